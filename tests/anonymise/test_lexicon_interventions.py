"""The broad public list of the programmes, interventions, assessment tools, helplines and
charities of UK safeguarding, health, education and youth justice the publication gate
reads (data/interventions.txt): it loads, every entry passes both the anonymiser and the
gate in a sentence, no entry the gate reads as one word is someone's name or two letters
that could be initials, none is a full name or a town alone, no other data file holds
an entry (but the one-word national services it allows everywhere), and a key person
whose name is a word of an entry ('Ms Palin' beside the 'Michael Palin Centre', a Mr
Herbert beside the 'Herbert Protocol') is still replaced and still a suspect wherever
the name stands alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gatespan import WORD
from pipeline.anonymise.wordlists import is_ordinary, shipped_terms
from tests.builders.vocabulary import (
    KEY_WORDINGS,
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
)

FILE = "interventions.txt"
# Held back from the list alone because they are given names or surnames, or a phrase
# that may be a person in a sentence (the comment at the top of the file gives the
# reasons): each stands, if at all, only in a longer form ('IRIS programme', 'Peep
# Learning Together Programme', 'Gordon Moody Association').
HELD_BACK = ["Peep", "Brazelton", "Lexia", "Nessy", "Arbor", "Shore", "Saheli", "Roshni",
             "Dash", "Reynell", "Frank", "Jami", "Staf", "IRIS", "SARA", "DARA", "AVA",
             "NELI", "ISAC", "ERIC", "HENRY", "FRANK", "Ask Sam", "Talk to Frank",
             "Tom's Story", "Jessie and Friends", "Ask for Angela", "Gordon Moody",
             "Anna Freud", "Alright Charlie", "Braden Q"]
# Held back, yet read as ordinary words ('shore', 'dash', 'frank') or held whole by
# another list whatever this one says.
ORDINARY_ELSEWHERE = {"Shore", "Dash", "Frank", "FRANK", "Talk to Frank", "Ask for Angela",
                      "Anna Freud"}
# Forms whose letters, without their digits, are two capitals: never entries.
INITIALS_WITH_DIGITS = ["KS1", "KS2", "AQ-10", "SA07", "RM2000", "K10"]
# The last section: one-word national services data/national_services.txt keeps only
# where they stand as the service, whose names are no one's, so allowed everywhere here.
EVERYWHERE = {"Kooth", "Mencap", "Stonewall", "Lifeline", "Kidscape", "YoungMinds"}

ENTRIES = entries(FILE)
ONE_WORD = one_word(ENTRIES)

NAMED_WORDS = named_words(ENTRIES)


@pytest.fixture(scope="module")
def neutral():
    return neutral_judges()


def test_the_list_loads_into_the_shipped_terms():
    terms = set(shipped_terms())
    assert len(ENTRIES) >= 2000
    assert set(ENTRIES) <= terms
    assert len({t.casefold() for t in ENTRIES}) == len(ENTRIES), "the list repeats"
    assert {"WellComm", "Widgit", "Portage", "Kooth", "Talkboost", "Mellow Bumps",
            "Signs of Wellbeing", "Safe and Together", "Mockingbird Family Model",
            "Incredible Years Toddler programme", "TF-CBT", "Michael Palin Centre",
            "Lucy Faithfull Foundation", "Herbert Protocol", "Conners Rating Scale",
            "Building Better Relationships", "Turnaround programme", "Report Remove",
            "Homes for Ukraine", "ASQ-3", "RCADS", "ADOS-2", "ChIDVA"} <= terms


def test_no_other_data_file_holds_an_entry_in_any_case():
    # The one-word services allowed everywhere are in national_services.txt alone.
    assert held_elsewhere((FILE,)) == {e: {"national_services.txt"} for e in EVERYWHERE}


def test_every_entry_passes_the_anonymiser_and_the_gate_in_a_sentence(neutral):
    assert changed_in_a_sentence(ENTRIES, *neutral) == []


def test_no_one_word_entry_is_a_given_name_or_surname():
    # Every one: a hyphenated word is a name only when every part is one ('Team-Teach' is
    # not).
    assert names_among(ONE_WORD) == []


def test_no_entry_is_two_letters_the_gate_would_read_as_initials():
    # The gate reads words without their digits: 'KS1' would allow 'KS' anywhere.
    assert [e for e in ONE_WORD if len(WORD.findall(e)[0]) <= 2] == []


def test_no_one_word_entry_is_a_word_the_gate_already_reads_as_ordinary():
    # It would explain nothing alone, and inside a local name it would explain a word the
    # run needs: 'CARS-2' (read 'CARS') let 'Star Cars', a taxi firm, through unlisted.
    ordinary = [e for e in ONE_WORD if "-" not in (w := bare(WORD.findall(e)[0]))
                and (is_ordinary(w, at_start=False) or
                     is_ordinary(w.capitalize(), at_start=False))]
    assert ordinary == []


def test_no_entry_is_a_full_name_alone():
    # 'Gordon Moody' would keep a Gordon Moody of the key whole. A body's noun after the
    # name makes it the body ('Gordon Moody Association', 'Michael Palin Centre').
    assert full_names(ENTRIES) == []


def test_no_entry_is_a_uk_place_or_held_back_alone():
    places = {p.casefold() for p in entries("uk_places.txt")}
    assert not places & {e.casefold() for e in ENTRIES}
    held_back = {h.casefold() for h in HELD_BACK + INITIALS_WITH_DIGITS}
    assert not held_back & {e.casefold() for e in ENTRIES}


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(NAMED_WORDS))
def test_a_key_surname_inside_an_entry_is_replaced_where_it_stands_alone(named):
    # 'Ms Palin' beside the 'Michael Palin Centre', 'Mr Conners' beside a 'Conners Rating
    # Scale': the entry whole is the public name; the word alone is the person.
    entry, word = named
    assert_entry_kept_and_word_alone_replaced(
        entry, word, f"Then Ms {word} said the {entry} was read, and {word} left.")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Palin", "Faithfull", "Herbert", "Conners", "Peep", "Lexia"]),
       st.sampled_from(KEY_WORDINGS))
def test_a_key_person_named_like_a_list_word_is_replaced_and_a_suspect(word, wording):
    assert_key_person_named_like_replaced(word, wording)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(set(HELD_BACK) - ORDINARY_ELSEWHERE)))
def test_a_held_back_name_not_in_the_key_is_still_a_suspect(neutral, word):
    # Nothing explains it: someone outside the key may be called Peep or Lexia.
    _, lexicon = neutral
    text = f"The neighbour said {word} had been at the flat."
    found = " ".join(text[s.start:s.end] for s in suspects_in(text, lexicon))
    assert any(bare(w) in found for w in WORD.findall(word)), (word, found)


@settings(max_examples=120, deadline=None)
@given(st.sampled_from([e for e in ONE_WORD if e[:1].isupper() and not e.isupper()
                        and not re.search(r"['’]\w", bare(e))]))
def test_a_key_surname_that_is_a_one_word_entry_is_still_replaced(entry):
    # 'Ms Kooth', 'Mr Numicon': a list word that is the key's is the person's.
    surname = bare(WORD.findall(entry)[0])
    assert_key_surname_replaced(surname)


def test_a_one_word_service_is_kept_wherever_it_stands(neutral):
    # The context national_services.txt asks for ('referred to Kooth') is not needed for
    # a name that is no one's: 'suggested Kooth', 'known to Mencap' as reports write them.
    _, lexicon = neutral
    for text in ("An AP key worker suggested Kooth to him; he did not register.",
                 "She had been known to Mencap as a young woman.",
                 "The GP suggested Portage. The nursery used WellComm and Widgit symbols."):
        assert suspects_in(text, lexicon) == [], text
