"""The broad public list of medicines and drugs (data/medicines.txt: the BNF's and BNF for
Children's medicines by generic name and UK brand, the UK immunisation programme's
vaccines, prescribed infant formulas, and street drugs with their slang): it loads, every
entry passes both the anonymiser and the gate in a sentence, no entry the gate reads as
one word is someone's name, none is a full name, a town or initials alone, and a key
person whose name is a word of an entry ('Ms Fury' beside 'Benzo Fury', a father called
Mr Senna) is still replaced and still a suspect wherever the name stands alone."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gatespan import WORD
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import DATA, WORD_NAMES, _english_given_names, fold, shipped_terms
from pipeline.case import Person
from tests.builders.gate_probe import suspect_texts
from tests.builders.vocabulary import (
    KEY_WORDINGS,
    a_name,
    assert_entry_kept_and_word_alone_replaced,
    assert_key_surname_replaced,
    bare,
    changed_in_a_sentence,
    entries,
    held_elsewhere,
    named_words,
    neutral_judges,
    one_word,
    vocabulary_case,
)

ENTRIES = entries("medicines.txt")
ONE_WORD = one_word(ENTRIES)
_LINES = (DATA / "medicines.txt").read_text(encoding="utf-8").splitlines()
_STREET = next(i for i, line in enumerate(_LINES) if line.startswith("# Street drugs"))
STREET_DRUGS = [t.strip() for t in _LINES[_STREET:] if t.strip() and not t.startswith("#")]
# Held back from the list alone because they are given names or surnames, or the slang
# for a drug that is a name (the comment in the file gives the reasons).
HELD_BACK = ["Yasmin", "Katya", "Hana", "Olena", "Lucette", "Clairette", "Cerelle", "Aizea",
             "Sunya", "Zoely", "Yaz", "Rennie", "Zacco", "Alzain", "Thorens", "Kyleena",
             "Evra", "Alkindi", "Mirena", "Charlie", "Molly", "Mandy", "Tina", "Gina", "Billy",
             "Bobby", "Lucy", "Henry", "Kush", "Snow", "Crystal", "Rock", "Bong", "Lean"]
# Held back, yet read as ordinary by the gate's other rules whatever the list says.
ORDINARY_ELSEWHERE = {"Henry", "Snow", "Crystal", "Rock", "Lean"}
# Phrases the list holds beside a held-back word: there the word is the product.
PHRASES = {"Kyleena": "Kyleena coil", "Evra": "Evra patch", "Alkindi": "Alkindi Sprinkle",
           "Kush": "OG Kush", "Mirena": "Mirena coil"}

NAMED_WORDS = named_words(ENTRIES)


@pytest.fixture(scope="module")
def neutral():
    return neutral_judges()


def test_the_list_loads_into_the_shipped_terms():
    terms = set(shipped_terms())
    assert len(ENTRIES) - len(STREET_DRUGS) >= 800
    assert len(STREET_DRUGS) >= 150
    assert set(ENTRIES) <= terms
    assert len(ENTRIES) == len({e.casefold() for e in ENTRIES}), "an entry is repeated"
    assert {"MMR", "6-in-1", "Bexsero", "Prevenar 13", "Fluenz", "Fluenz Tetra", "Priorix",
            "dexamfetamine", "Concerta XL", "Elvanse", "Clenil Modulite", "Buvidal",
            "Sayana Press", "Dermol 500", "Healthy Start vitamin drops"} <= terms
    assert {"nitazenes", "Spice", "crack", "ket", "MDMA", "nos", "THC vapes", "Xanax bars",
            "monkey dust", "Benzo Fury"} <= set(STREET_DRUGS)


def test_no_other_data_file_repeats_an_entry_in_any_case():
    assert held_elsewhere(("medicines.txt",)) == {}


def test_every_entry_passes_the_anonymiser_and_the_gate_in_a_sentence(neutral):
    assert changed_in_a_sentence(ENTRIES, *neutral) == []


def test_no_one_word_entry_is_a_given_name_or_surname():
    # The shipped lists, the name dictionary, the English given names and the names that
    # are everyday words too ('Rock', 'Crystal'). A hyphenated word is a name only when
    # every part is one ('Half-Inderal' is not); a plural of a given name is one too.
    names = []
    for entry in ONE_WORD:
        word = bare(WORD.findall(entry)[0])
        parts = [p for p in re.split(r"[-‐‑]", word) if len(p) >= 2]
        plural = len(word) > 4 and word.lower().endswith("s") and \
            fold(word[:-1]) in _english_given_names()
        if (parts and all(a_name(p) or fold(p) in WORD_NAMES for p in parts)) or plural:
            names.append(entry)
    assert names == []


def test_no_entry_is_a_full_name_alone():
    given_names = _english_given_names()
    full = []
    for entry in ENTRIES:
        words = [bare(w) for w in WORD.findall(entry)]
        if len(words) in (2, 3) and all(w[:1].isupper() for w in words) and \
                fold(words[0]) in given_names and \
                all(a_name(w) or fold(w) in WORD_NAMES for w in words[1:]):
            full.append(entry)
    assert full == []


def test_no_entry_is_a_uk_place_or_reads_to_the_gate_as_initials():
    assert not {fold(p) for p in entries("uk_places.txt")} & {fold(e) for e in ENTRIES}
    # Digits are no words to the gate: 'E45' would allow the initials 'E', 'K2' 'K'.
    initials = [e for e in ENTRIES
                if (len(WORD.findall(e)) > 1 and max(map(len, WORD.findall(e))) < 3)
                or (len(WORD.findall(e)) == 1 and WORD.findall(e)[0].isupper()
                    and len(WORD.findall(e)[0]) <= 4 and WORD.findall(e)[0] != e)]
    assert initials == []


def test_no_held_back_word_stands_alone_in_the_list():
    alone = {fold(bare(e)) for e in ONE_WORD}
    assert not {fold(w) for w in HELD_BACK} & alone
    assert set(PHRASES.values()) <= set(ENTRIES)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(HELD_BACK), st.sampled_from(KEY_WORDINGS))
def test_a_key_person_named_like_a_held_back_word_is_replaced_and_a_suspect(word, wording):
    case = vocabulary_case(Person(f"{word} Ashdown", "Father", "Father"))
    text = wording.format(word)
    assert word not in Anonymiser.for_case(case, dt.date(2026, 1, 1)).anonymise(text)[0]
    assert any(word in text[s.start:s.end] for s in suspects_in(text, Lexicon.for_case(case)))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(set(HELD_BACK) - ORDINARY_ELSEWHERE)))
def test_a_held_back_name_not_in_the_key_is_still_a_suspect(neutral, word):
    # Nothing explains it: someone outside the key may be called Molly or Yasmin.
    _, lexicon = neutral
    text = f"The neighbour said {word} had been at the flat."
    assert word in suspect_texts(text, lexicon)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([e for e in ONE_WORD if re.fullmatch(r"[^\W\d_]+", e)
                        and not e.isupper()]))
def test_a_key_surname_that_is_a_one_word_entry_is_still_replaced(entry):
    # 'Ms Senna', 'Mr Ritalin': a list word that is the key's is the person's, a generic
    # written in lower case as much as a brand.
    assert_key_surname_replaced(entry[0].upper() + entry[1:])


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(NAMED_WORDS))
def test_a_key_surname_inside_an_entry_is_replaced_where_it_stands_alone(named):
    # 'Mr Fury' beside 'Benzo Fury', 'Ms Max' beside 'Solpadeine Max': the entry whole is
    # the product; the word alone is the person.
    entry, word = named
    assert_entry_kept_and_word_alone_replaced(
        entry, word, f"Then Ms {word} said the {entry} was found, and {word} left.")


@pytest.mark.parametrize(("surname", "phrase"), [
    ("Fury", "Benzo Fury"), ("Max", "Solpadeine Max"), ("Marks", "Full Marks Solution"),
    ("Day", "Day Nurse"), ("White", "White Widow"), ("Haze", "Purple Haze")])
def test_a_key_surname_of_a_phrase_is_the_phrase_there_and_the_person_alone(
        surname, phrase):
    case = vocabulary_case(Person(f"Dean {surname}", "Father", "Father"))
    text = f"Mr {surname} was given {phrase} on Tuesday; {surname} said it was for the baby."
    published = Anonymiser.for_case(case, dt.date(2026, 1, 1)).anonymise(text)[0]
    assert published == f"Father was given {phrase} on Tuesday; Father said it was for the baby."
    found = suspect_texts(text, Lexicon.for_case(case))
    assert " ".join(found).count(surname) == 2
    assert phrase not in found
