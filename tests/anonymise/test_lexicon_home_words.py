"""The words of dialects and home languages the publication gate allows in lower case
(data/home_words.txt): each is a word English's word counts do not know and no other list
holds (else the list holds it for nothing), none is anyone's name on the lists the gate
reads, each passes the gate written in lower case in a sentence, and the same word with
a capital, or an unknown word the list does not hold, is still a suspect."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise.wordlists import DATA, fold, name_dictionary, name_lists, zipf
from tests.builders.gate_probe import suspect_texts
from tests.builders.vocabulary import entries

WORDS = sorted({word for line in (DATA / "home_words.txt").read_text(encoding="utf-8")
                .splitlines() if not line.startswith("#") for word in line.split()})
FRAMES = ("Mother said the children were {} that winter.",
          "The family's word for it, '{}', was written in the notes.",
          "On 3 May she told the health visitor: {}.")


def test_the_list_is_read_and_each_word_is_one_english_does_not_know():
    assert len(WORDS) > 100
    assert [w for w in WORDS if zipf(w) > 0] == []


def test_no_other_list_holds_a_word_of_it():
    others = {e.casefold() for path in DATA.glob("*.txt") if path.name != "home_words.txt"
              for e in entries(path.name)}
    assert [w for w in WORDS if w.casefold() in others] == []


def test_no_word_is_a_name_on_the_lists_or_in_the_name_dictionary():
    assert [w for w in WORDS if fold(w) in name_lists() | name_dictionary()] == []


@settings(max_examples=150, deadline=None)
@given(word=st.sampled_from(WORDS), frame=st.sampled_from(FRAMES))
def test_each_word_in_lower_case_passes_the_gate(lexicon, word, frame):
    assert suspect_texts(frame.format(word), lexicon) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr Lonning visited the farm.", ["Lonning"]),
    ("The letter was from Clarty, her cousin's friend.", ["Clarty"]),
    # An unknown word the list does not hold is still read as a name in lower case.
    ("She said 'zorvak' had come to the caravan.", ["zorvak"]),
])
def test_a_capital_or_an_unlisted_word_is_still_a_suspect(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected
