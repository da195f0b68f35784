"""The two broad public lists of a family's animals and things (data/breeds.txt: dog, cat,
horse, pony and farm breeds; data/brands.txt: brands and products): they load, every
entry passes both the anonymiser and the gate in a sentence, no entry the gate reads as
one word is someone's name, no entry is shaped like a person's name, and a key person
whose name is a word of an entry or a word held back from the lists is still replaced
and still a suspect."""

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
from pipeline.anonymise.wordlists import TITLES, _english_given_names, fold, shipped_terms
from pipeline.case import Person
from tests.builders.gate_probe import suspect_texts
from tests.builders.vocabulary import (
    a_name,
    assert_key_surname_replaced,
    changed_in_a_sentence,
    entries,
    neutral_judges,
    one_word,
    vocabulary_case,
)

LISTS = ("breeds.txt", "brands.txt")
# Breeds and brands that are given names or surnames too, held back from the lists alone
# (the comments at the top of the two files give the reasons): each is in a list only
# inside a phrase ('Bearded Collie', 'Jaguar Land Rover'), or not at all.
HELD_BACK = ["Collie", "Boxer", "Jacob", "Morgan", "Dexter", "Brittany", "Savannah",
             "Springer", "Cocker", "Jaguar", "Bentley", "Guinness", "Zara", "Tesla", "Alexa",
             "Chase", "Clio", "Fabia", "Zafira", "Sharan", "Merino", "Siri", "Halifax",
             "Levi", "Barclay", "Nike", "Juul", "Hornby", "Lonsdale"]
# Those of them the gate judges a name where it stands: the rest ('Boxer', 'Chase',
# 'Bentley', 'Halifax') English uses so often that the gate reads them as ordinary words,
# whatever the lists say.
NAMES_LEFT_TO_THE_GATE = ["Collie", "Jacob", "Morgan", "Dexter", "Brittany", "Savannah",
                          "Guinness", "Zara", "Alexa", "Clio", "Fabia", "Zafira", "Sharan",
                          "Merino", "Siri", "Levi", "Barclay", "Nike", "Juul", "Hornby",
                          "Lonsdale"]
# Phrases the lists hold beside a held-back word: there the word is the breed or brand.
PHRASES = {"Collie": "Bearded Collie", "Boxer": "Boxer dog", "Jacob": "Jacob sheep",
           "Morgan": "Morgan horse", "Dexter": "Dexter cattle", "Brittany": "Brittany Spaniel",
           "Savannah": "Savannah cat", "Jaguar": "Jaguar Land Rover", "Alexa": "Amazon Alexa"}
# 'Jack Russell' is the vocabulary's own, older public name (data/safeguarding_terms.txt):
# the breed lists only extend it ('Jack Russell Terrier').
OLDER_PERSON_SHAPED = ("Jack Russell",)


ENTRIES = [e for name in LISTS for e in entries(name)]
ONE_WORD = one_word(ENTRIES)


@pytest.fixture(scope="module")
def neutral():
    return neutral_judges()


def test_both_lists_load_into_the_shipped_terms():
    terms = set(shipped_terms())
    for name in LISTS:
        terms_of = entries(name)
        assert len(terms_of) >= 800, name
        assert set(terms_of) <= terms, name
        assert len(terms_of) == len(set(terms_of)), f"{name} repeats an entry"
    assert {"Moses basket", "Tommee Tippee", "SpareRoom", "Fell pony", "Patterdale Terrier",
            "Cockapoo", "Herdwick", "Snap Map", "Elf Bar", "Monzo"} <= terms


def test_the_new_lists_repeat_none_of_the_older_vocabulary():
    older = {e for name in ("safeguarding_terms.txt", "medicines.txt", "hospitals.txt",
                            "conditions.txt", "nationalities.txt", "cities.txt",
                            "national_services.txt") for e in entries(name)}
    assert not older & set(entries("breeds.txt"))
    assert not older & set(entries("brands.txt"))
    assert not set(entries("breeds.txt")) & set(entries("brands.txt"))


def test_every_entry_passes_the_anonymiser_and_the_gate_in_a_sentence(neutral):
    assert changed_in_a_sentence(ENTRIES, *neutral) == []


def test_no_one_word_entry_is_a_given_name_or_surname():
    # A hyphenated word is a name only when every part is one ('Fisher-Price' could be a
    # double-barrelled surname; 'Anglo-Nubian' cannot). A plural of a given name in
    # English use ('Lloyds', 'Barclays') is its possessive written without the apostrophe.
    names = []
    for entry in ONE_WORD:
        word = re.sub(r"['’]s$", "", WORD.findall(entry)[0])
        parts = [p for p in re.split(r"[-‐‑]", word) if len(p) >= 2]
        plural_of_a_given_name = (len(word) > 4 and word.lower().endswith("s")
                                  and fold(word[:-1]) in _english_given_names())
        if (parts and all(a_name(p) for p in parts)) or plural_of_a_given_name:
            names.append(entry)
    assert names == []


def test_no_entry_is_shaped_like_a_persons_name():
    # Where a given name in English use comes first and every other word is a name too,
    # the entry could be someone ('Ted Baker', 'Devon Rex'): a word that is no name ('cat'
    # of 'Devon Rex cat', 'basket' of 'Moses basket') makes it the thing. A title or rank
    # first ('Dr Pepper', 'PS Vita') likewise.
    shaped = []
    for entry in ENTRIES:
        words = [w for w in WORD.findall(entry) if w.lower() not in ("and", "of", "the")]
        if any(entry.startswith(older) for older in OLDER_PERSON_SHAPED) or len(words) < 2:
            continue
        if fold(words[0]) in _english_given_names() and all(a_name(w) for w in words[1:]):
            shaped.append(entry)
        elif words[0] in TITLES and a_name(words[1]):
            shaped.append(entry)
    assert shaped == []


def test_no_entry_reads_to_the_gate_as_initials():
    # The gate compares words, and digits and '&' are no words: 'M&S' would read as 'M S'
    # and allow the initials 'M.S.', 'RAV4' as 'RAV'. An entry of several words holds one
    # of three letters or more; an entry of one word in capitals is written as the gate
    # reads it, so that the key's initials (taken out of the allowed phrases as written)
    # take it out too.
    initials = []
    for entry in ENTRIES:
        words = WORD.findall(entry)
        if len(words) > 1 and max(len(w) for w in words) < 3:
            initials.append(entry)
        elif len(words) == 1 and words[0].isupper() and len(words[0]) <= 4 and \
                words[0] != entry:
            initials.append(entry)
    assert initials == []


def test_no_held_back_word_stands_alone_in_the_lists():
    alone = {re.sub(r"['’]s?$", "", e) for e in ONE_WORD}
    assert not set(HELD_BACK) & alone
    assert set(PHRASES.values()) <= set(ENTRIES)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(HELD_BACK), st.sampled_from(
    ["{} said she would come back later.", "The nurse spoke to {} alone.",
     "Later {}'s brother rang the school.", "DO NOT DISCUSS WITH {} PRESENT."]))
def test_a_key_person_named_like_a_held_back_word_is_replaced_and_a_suspect(word, wording):
    case = vocabulary_case(Person(f"{word} Ashdown", "Father", "Father"))
    shown = word.upper() if wording.isupper() else word
    text = wording.format(shown)
    assert shown not in Anonymiser.for_case(case, dt.date(2026, 1, 1)).anonymise(text)[0]
    assert any(shown in text[s.start:s.end] for s in suspects_in(text, Lexicon.for_case(case)))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NAMES_LEFT_TO_THE_GATE))
def test_a_held_back_name_not_in_the_key_is_still_a_suspect(neutral, word):
    # Nothing explains it: someone outside the key may be called Collie or Bentley.
    _, lexicon = neutral
    text = f"The neighbour said {word} had been at the flat."
    assert word in suspect_texts(text, lexicon)


@settings(max_examples=120, deadline=None)
@given(st.sampled_from([e for e in ONE_WORD if e[:1].isupper() and not e.isupper()
                        and re.fullmatch(r"[^\W\d_]+(?:['’]s)?", e)]))
def test_a_key_surname_that_is_a_one_word_entry_is_still_replaced(entry):
    # 'Ms Cockapoo', 'Mr Monzo': a list word that is the key's is the person's.
    surname = re.sub(r"['’]s$", "", entry)
    assert_key_surname_replaced(surname)


@pytest.mark.parametrize(("surname", "phrase"), [
    ("Collie", "Border Collie"), ("Tippee", "Tommee Tippee"), ("Moses", "Moses basket"),
    ("Terrier", "Patterdale Terrier"), ("Cross", "Silver Cross"), ("Bar", "Elf Bar")])
def test_a_key_surname_inside_a_phrase_is_the_phrase_there_and_the_person_alone(
        surname, phrase):
    case = vocabulary_case(Person(f"Dean {surname}", "Father", "Father"))
    text = f"Mr {surname} bought a {phrase} on Tuesday; {surname} said it was for the baby."
    published = Anonymiser.for_case(case, dt.date(2026, 1, 1)).anonymise(text)[0]
    assert published == f"Father bought a {phrase} on Tuesday; Father said it was for the baby."
    found = suspect_texts(text, Lexicon.for_case(case))
    # Both of the person's own occurrences, and nothing of the phrase.
    assert " ".join(found).count(surname) == 2
    assert phrase not in found
