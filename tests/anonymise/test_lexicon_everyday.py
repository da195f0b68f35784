"""The broad public lists of machines and customs the publication gate reads
(data/machinery.txt: farm, construction, garden and workshop machinery, motorbikes, vans,
lorries, caravans and boats; data/eastern_festivals.txt: the name days and customs of
Eastern Europe, the Balkans, the Baltic states, the Caucasus and Central Asia) and the
everyday phrases holding a given name or surname appended to data/fixed_phrases.txt
('Heath Robinson', 'Davy lamp'): they load, every entry passes both the anonymiser and
the gate in a sentence, no one-word entry is someone's name, no entry is a full name or a
UK place alone, and a key person whose name is a word of an entry ('Ms Bailey' beside a
'Bailey caravan', 'Mr Tippee' beside 'Tommy Tippee') is still replaced wherever the name
stands alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import DATA, fixed_phrases_in, shipped_terms
from pipeline.case import Person
from tests.builders.vocabulary import (
    KEY_WORDINGS,
    TODAY,
    assert_entry_kept_and_word_alone_replaced,
    assert_key_person_named_like_replaced,
    assert_key_surname_replaced,
    bare,
    changed_in_a_sentence,
    entries,
    full_names,
    held_elsewhere,
    named_words,
    names_among,
    neutral_judges,
    one_word,
    vocabulary_case,
)

LISTS = ("machinery.txt", "eastern_festivals.txt")
PHRASES_MARKER = "# Everyday phrases, objects, inventions"
# Makers and customs that are given names, surnames or towns too, held back from the
# lists alone: each stands only in a longer form ('Bailey caravan', 'Krsna slava').
HELD_BACK = ["Bailey", "Dennis", "Norton", "Foden", "Clarke", "Draper", "McCormick",
             "McHale", "Webb", "Hayter", "Pemberton", "Stanley", "Leyland", "Marston",
             "Adria", "Claas", "Slava", "Marzanna", "Morena", "Kupala", "Jani"]


def _appended_phrases() -> list[str]:
    lines = (DATA / "fixed_phrases.txt").read_text(encoding="utf-8").splitlines()
    start = lines.index(next(line for line in lines if line.startswith(PHRASES_MARKER)))
    return [t.strip() for t in lines[start:] if t.strip() and not t.startswith("#")]


NEW = {name: entries(name) for name in LISTS}
ENTRIES = [e for terms in NEW.values() for e in terms]
ONE_WORD = one_word(ENTRIES)
NAMED_WORDS = named_words(ENTRIES)
PHRASES = _appended_phrases()


@pytest.fixture(scope="module")
def neutral():
    return neutral_judges()


def test_the_lists_load_into_the_shipped_terms():
    terms = set(shipped_terms())
    for name, least in (("machinery.txt", 450), ("eastern_festivals.txt", 380)):
        assert len(NEW[name]) >= least, name
        assert set(NEW[name]) <= terms, name
        assert len(entries(name)) == len({e.casefold() for e in entries(name)}), name
    assert {"Claas Lexion", "Ifor Williams trailer", "Bailey caravan", "Dennis Eagle",
            "Willerby static caravan", "Kawasaki Ninja", "Iveco Daily", "Mountfield mower",
            "Sultan Nevruz", "Tbilisoba", "Sumalak", "Jāņu svētki", "Janu svetki"} <= terms


def test_no_data_file_repeats_a_term_of_the_lists_in_any_case():
    repeated = held_elsewhere(LISTS)
    assert {e: f for e, f in repeated.items() if e in {t.casefold() for t in ENTRIES}} == {}


def test_the_appended_phrases_are_new_and_each_read():
    lines = [t.strip() for t in (DATA / "fixed_phrases.txt").read_text(
        encoding="utf-8").splitlines() if t.strip() and not t.startswith("#")]
    assert len(PHRASES) >= 200
    assert len(lines) == len(set(lines))
    assert not {p.casefold() for p in PHRASES} & {t.casefold() for t in shipped_terms()}
    # A line of one word is not read; every appended line is a phrase the regex finds.
    for phrase in PHRASES:
        assert fixed_phrases_in(f"They spoke of the {phrase} then.", frozenset()), phrase


def test_every_entry_passes_the_anonymiser_and_the_gate_in_a_sentence(neutral):
    assert changed_in_a_sentence(ENTRIES, *neutral) == []


def test_every_appended_phrase_passes_the_gate_in_a_sentence(neutral):
    assert changed_in_a_sentence(PHRASES, *neutral) == []


def test_no_one_word_entry_is_a_given_name_or_surname():
    assert names_among(ONE_WORD) == []


def test_no_entry_is_a_full_name_alone():
    assert full_names(ENTRIES) == []


def test_no_entry_is_a_uk_place_or_a_held_back_word_alone():
    alone = {bare(e) for e in ONE_WORD}
    assert not set(entries("uk_places.txt")) & set(ENTRIES)
    assert not set(HELD_BACK) & alone


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(NAMED_WORDS))
def test_a_key_surname_inside_an_entry_is_replaced_where_it_stands_alone(named):
    # 'Ms Bailey' beside 'Bailey caravan', 'Mr Deere' beside 'John Deere Gator'.
    entry, word = named
    assert_entry_kept_and_word_alone_replaced(
        entry, word, f"Then Ms {word} said the {entry} was gone, and {word} left.")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Bailey", "Dennis", "Norton", "Pemberton", "Williams", "Tippee",
                        "Robinson", "Davy", "Heath", "Moses", "Collie"]),
       st.sampled_from(KEY_WORDINGS))
def test_a_key_person_named_like_a_word_of_an_entry_is_replaced_and_a_suspect(word, wording):
    assert_key_person_named_like_replaced(word, wording)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from([e for e in ONE_WORD if e[:1].isupper() and not e.isupper()
                        and re.fullmatch(r"[^\W\d_]+(?:['’]s)?", e)]))
def test_a_key_surname_that_is_a_one_word_entry_is_still_replaced(entry):
    assert_key_surname_replaced(bare(entry))


@pytest.mark.parametrize(("phrase", "given", "surname"), [
    ("Heath Robinson", "Heath", "Carver"), ("Tommy Tippee", "Tamsin", "Tippee"),
    ("Davy lamp", "Davy", "Lamb"), ("Belisha beacon", "Belisha", "Marsh"),
    ("Busy Lizzie", "Lizzie", "Hale")])
def test_a_key_name_inside_an_appended_phrase_is_the_phrase_but_replaced_alone(
        phrase, given, surname):
    # The mother is called like a word of the phrase: the phrase stays, her name alone
    # is replaced by the anonymiser and is a suspect of the gate.
    case = vocabulary_case(Person(f"{given} {surname}", "Mother", "Mother"))
    name = surname if surname in phrase else given
    text = f"She bought a {phrase} in May. Later {name} said {name} was tired."
    published = Anonymiser.for_case(case, TODAY).anonymise(text)[0]
    assert phrase in published, published
    assert published.count(name) == phrase.count(name), published
    found = " ".join(text[s.start:s.end] for s in suspects_in(text, Lexicon.for_case(case)))
    assert found.count(name) == 2, found
