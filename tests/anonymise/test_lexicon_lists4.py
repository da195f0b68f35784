"""The three broad public lists of everyday professional and family life the publication
gate reads (data/clinical.txt: the named tools, scores, devices, tests, orders and teams of
child health, mental health, social work and education; data/military.txt: the forces'
ranks, units, welfare terms, bases abroad, operations and charities; data/culture.txt:
hymns, songs, rhymes, programmes, books, films, toys, apps, household names and the
phrases of safeguarding research) and the abbreviations appended to
data/safeguarding_terms.txt: they load, every entry passes both the anonymiser and the
gate in a sentence, no entry the gate reads as one word is someone's name, none is a full
name or a town alone, and a key person whose name is a word of an entry ('Ms Hickman'
beside a 'Hickman line', a Corporal called Lance) is still replaced and still a suspect
wherever the name stands alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gatespan import WORD
from pipeline.anonymise.wordlists import DATA, _english_given_names, fold, shipped_terms
from tests.builders.gate_probe import suspect_texts
from tests.builders.vocabulary import (
    KEY_WORDINGS,
    a_name,
    assert_entry_kept_and_word_alone_replaced,
    assert_key_person_named_like_replaced,
    assert_key_surname_replaced,
    bare,
    changed_in_a_sentence,
    entries,
    full_names,
    held_elsewhere,
    named_words,
    neutral_judges,
    one_word,
)

LISTS = ("clinical.txt", "military.txt", "culture.txt")
# Held back from the lists alone because they are given names or surnames, or towns
# (the comments at the top of the files give the reasons): each stands, if at all, only
# in a longer form ('Basra Air Station', 'Matilda the Musical', 'Elmer the Elephant').
HELD_BACK = ["Gunner", "Steward", "Bergen", "Suffield", "Erskine", "Mali", "Basra", "Matilda",
             "Annie", "Heidi", "Moana", "Coco", "Elmer", "Barbie", "Alexa", "Hoover", "Dyson",
             "Hornby", "Noddy", "Catterick", "Tidworth", "Aldershot", "Lympstone"]
# Held back, yet read as ordinary by the gate's other rules whatever the lists say.
ORDINARY_ELSEWHERE = {"Garrison", "Hoover"}


ENTRIES = [e for name in LISTS for e in entries(name)]
ONE_WORD = one_word(ENTRIES)


NAMED_WORDS = named_words(ENTRIES)


@pytest.fixture(scope="module")
def neutral():
    return neutral_judges()


def test_the_three_lists_load_into_the_shipped_terms():
    terms = set(shipped_terms())
    for name in LISTS:
        terms_of = entries(name)
        assert len(terms_of) >= 650, name
        assert set(terms_of) <= terms, name
        assert len(terms_of) == len(set(terms_of)), f"{name} repeats an entry"
    assert {"Graded Care Profile 2", "Clutter Image Rating", "Hickman line", "NG tube",
            "Paediatric Yorkhill Malnutrition Score", "Lance Corporal", "Tapa",
            "Brook Sexual Behaviours Traffic Light Tool", "Warrant Officer Class 2",
            "Kandahar Airfield", "Operation CABRIT", "Haig Housing Trust", "Amazing Grace",
            "Peppa Pig", "Hey Duggee", "Stanley knife", "adultification bias",
            "disguised compliance", "SW", "AP", "PEG"} <= terms


def test_no_data_file_repeats_a_term_of_the_lists_in_any_case():
    assert held_elsewhere(LISTS) == {}


def test_every_entry_passes_the_anonymiser_and_the_gate_in_a_sentence(neutral):
    assert changed_in_a_sentence(ENTRIES, *neutral) == []


def test_no_one_word_entry_is_a_given_name_or_surname():
    # A hyphenated word is a name only when every part is one ('Al-Anon' is not).
    names = [e for e in ONE_WORD
             if all(a_name(p) for p in re.split(r"[-‐‑]", bare(WORD.findall(e)[0]))
                    if len(p) >= 2)]
    assert names == []


def test_no_entry_is_a_full_name_alone():
    # 'Poppy Day' and 'Lucia Day' would keep a Poppy Day of the key whole: a phrase of
    # the vocabulary is kept whoever the key holds. A body's noun after the name makes
    # it the body ('Anthony Nolan Trust').
    assert full_names(ENTRIES, ("Day", "Eve", "House", "Bunny")) == []
    given_names = _english_given_names()
    days = [e for e in ENTRIES if re.fullmatch(r"\w+ Day", e)
            and fold(e.split()[0]) in given_names]
    assert days == []


def test_no_entry_is_a_uk_place_alone():
    places = set(entries("uk_places.txt"))
    assert not places & set(ENTRIES)
    assert not set(HELD_BACK) & set(ENTRIES)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(NAMED_WORDS))
def test_a_key_surname_inside_an_entry_is_replaced_where_it_stands_alone(named):
    # 'Ms Hickman' beside a 'Hickman line', 'Mr Haig' beside the 'Haig Housing Trust': the
    # entry whole is the public name; the word alone is the person.
    entry, word = named
    assert_entry_kept_and_word_alone_replaced(
        entry, word, f"Then Ms {word} said the {entry} was read, and {word} left.")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Hickman", "Lance", "Stanley", "Gunner", "Matilda", "Haig"]),
       st.sampled_from(KEY_WORDINGS))
def test_a_key_person_named_like_a_held_back_word_is_replaced_and_a_suspect(word, wording):
    assert_key_person_named_like_replaced(word, wording)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(set(HELD_BACK) - ORDINARY_ELSEWHERE)))
def test_a_held_back_name_not_in_the_key_is_still_a_suspect(neutral, word):
    # Nothing explains it: someone outside the key may be called Gunner or Matilda.
    _, lexicon = neutral
    text = f"The neighbour said {word} had been at the flat."
    assert word in suspect_texts(text, lexicon)


@settings(max_examples=120, deadline=None)
@given(st.sampled_from([e for e in ONE_WORD if e[:1].isupper() and not e.isupper()
                        and not re.search(r"['’]\w", bare(e))]))
def test_a_key_surname_that_is_a_one_word_entry_is_still_replaced(entry):
    # 'Ms Kipper', 'Mr Trooper': a list word that is the key's is the person's. (A word
    # with an apostrophe inside, "Baha'i" or "Jumu'ah", is no one's surname.)
    surname = bare(WORD.findall(entry)[0])
    assert_key_surname_replaced(surname)


def _abbreviations() -> list[str]:
    # The last section of safeguarding_terms.txt: the field's abbreviations.
    lines = (DATA / "safeguarding_terms.txt").read_text(encoding="utf-8").splitlines()
    start = max(i for i, line in enumerate(lines) if line.startswith("# The field's"))
    return [t.strip() for t in lines[start:] if t.strip() and not t.startswith("#")]


def test_an_abbreviation_that_is_a_name_passes_only_in_capitals(neutral):
    # 'PEG' and 'AP' pass; a given name written as a word ('Peg') is a person, a suspect.
    _, lexicon = neutral
    named = [a for a in _abbreviations() if a_name(a)]
    assert {"AP", "PEG"} <= set(named)
    for abbreviation in named:
        assert abbreviation[1:].upper() == abbreviation[1:], abbreviation
        assert not suspects_in(f"Fed by {abbreviation} at home, she said.", lexicon)
    # (A two-letter word such as "Ap" is left to the gate's other rules.)
    for abbreviation in [a for a in named if fold(a) in _english_given_names() and len(a) > 2]:
        word = abbreviation.capitalize()
        text = f"The neighbour said {word} had been at the flat."
        assert word in suspect_texts(text, lexicon), word
