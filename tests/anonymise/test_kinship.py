"""The words families use for a relative as if it were a name (data/kin_words.txt,
kinship.py): the gate keeps them where they stand for the relative ('Nain and Taid
collected him', 'hurt, Dadi', "Rayhan's Nani"), and still suspects them where something
beside them makes them a person's name: a title, a first name before, a surname after,
or (for a word that is also a given name) no cue at all. A relative in the key is the
key's, whatever the list says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import DATA, fold, is_name, is_ordinary, kin_words
from pipeline.case import Agency, Case, Person
from tests.builders.adversarial import document_text
from tests.builders.gate_probe import paragraphs_docx, suspect_texts
from tests.builders.publishing import publish
from tests.builders.vocabulary import entries

WORDS = sorted({w for line in (DATA / "kin_words.txt").read_text(encoding="utf-8")
                .splitlines() if not line.startswith("#") for w in line.split()})
NOT_NAMES = [w for w in WORDS if not is_name(fold(w))]
GIVEN_NAMES = [w for w in WORDS if is_name(fold(w))]
# Frames where a kin word stands bare for the relative, and where a cue says whose it is.
BARE = ("{} collected him from school on Friday.", "He pressed 'hurt' and then '{}'.",
        "The children stayed with {} over the summer.", "On 3 May {} rang the nursery.")
# A key no kin word sounds like: with June Ellery's, 'Tia' and 'Tannie' are hers.
KEY = (Person("Rokeya Featherstonehaugh", "Grandmother", "Grandmother"),)
POSSESSED = ("His {} collected him from school.", "The boy's {} rang the nursery.",
             "He stayed with his father and {} that week.")
CUED = (*POSSESSED, "The children call her {} and visit every week.",
        "She is known simply as {}.")


def _case(*people: Person) -> Case:
    return Case(root=Path("."), reference="K-1", review="Child Safeguarding Practice Review",
                subject="Child R", period_from=dt.date(2021, 1, 1),
                period_to=dt.date(2023, 12, 31), agencies=[Agency("Avon Police")],
                people=list(people))


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.for_case(_case(*KEY))


def test_the_list_is_read_and_no_word_is_ordinary_english_or_twice_written():
    assert not {"Bibi", "Lola", "Tito", "Tita", "Anna"} & set(WORDS)
    assert len(WORDS) > 120 and kin_words() == frozenset(fold(w) for w in WORDS)
    assert [w for w in WORDS if is_ordinary(w, at_start=False)] == []
    assert len({fold(w) for w in WORDS}) == len(WORDS)


def test_no_other_list_but_the_home_words_holds_a_word_of_it():
    # home_words.txt allows a word in lower case ('dziadek'); this list, capitalised.
    others = {e.casefold() for path in DATA.glob("*.txt")
              if path.name not in ("kin_words.txt", "home_words.txt")
              for e in entries(path.name)}
    assert [w for w in WORDS if w.casefold() in others] == []


@settings(max_examples=150, deadline=None)
@given(word=st.sampled_from(NOT_NAMES), frame=st.sampled_from(BARE + CUED))
def test_a_kin_word_that_is_no_given_name_passes_the_gate_wherever_it_stands(lexicon, word,
                                                                            frame):
    assert suspect_texts(frame.format(word), lexicon) == []


@settings(max_examples=100, deadline=None)
@given(word=st.sampled_from(GIVEN_NAMES), frame=st.sampled_from(POSSESSED))
def test_a_kin_word_that_is_a_given_name_passes_after_a_possessive(lexicon, word, frame):
    assert suspect_texts(frame.format(word), lexicon) == []


@settings(max_examples=60, deadline=None)
@given(word=st.sampled_from(GIVEN_NAMES))
def test_a_kin_word_that_is_a_given_name_is_a_suspect_with_no_possessive(lexicon, word):
    assert suspect_texts(f"{word} collected him from school.", lexicon) == [word]
    # 'Known as' or 'called' makes it a nickname ('known in the family as Bibi').
    assert suspect_texts(f"Bianca, known in the family as {word}, stayed.", lexicon) == [
        "Bianca", word]


@settings(max_examples=100, deadline=None)
@given(word=st.sampled_from(WORDS), frame=st.sampled_from((
    "Mrs {} collected him.", "Rokeya {} collected him.", "Later {} Osei collected him.")))
def test_a_title_a_first_name_or_a_surname_beside_it_makes_it_a_name(lexicon, word, frame):
    text = frame.format(word)
    assert any(word in suspect for suspect in suspect_texts(text, lexicon))


@pytest.mark.parametrize(("text", "expected"), [
    ("Mrs Bibi is at once his Dadi and his mother's Khala.", ["Bibi"]),
    ("The home page carried symbols for Amma, Abba, Dadi and Sumi.", ["Sumi"]),
    ("Rayhan's Nani lives in Sylhet.", ["Rayhan's"]),
    ("Nain, Ceridwen Gwilym, drove up from the village.", ["Ceridwen Gwilym"]),
    ("He left Sylhet. Nani said no.", ["Nani"]),
    ("Nana Osei visited the flat.", ["Nana Osei"]),
    ("Asked where it hurt, he pressed 'hurt' and then 'Dadi'.", []),
])
def test_kin_words_in_real_reports_wordings(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


def test_a_relative_in_the_key_is_matched_as_the_key_name():
    case = _case(Person("Rokeya Bibi", "Paternal grandmother", "Grandmother",
                        aliases=("Dadi",)))
    assert suspect_texts("His Dadi collected him.", Lexicon.for_case(case)) == ["Dadi"]
    assert suspect_texts("Sumaiya Miah ('Nani') rang.", Lexicon.for_case(case)) == [
        "Sumaiya Miah", "Nani"]


@pytest.mark.parametrize("mode", ["replace", "mark"])
def test_a_kin_word_after_an_english_relation_word_is_kept_whole(mode):
    # The anonymiser reads 'her brother Natnael' as a name, never 'her brother Hawey'.
    item = SimpleNamespace(case=_case(*KEY), data=paragraphs_docx([
        "She asked for her brother Hawey; her grandmother Abaye lives in Kassala.",
        "Her uncle Darius visited, and her brother Natnael."]))
    _, verdict = publish(item, mode)
    text = document_text(verdict.data)
    assert "her brother Hawey" in text and "her grandmother Abaye" in text
    assert "Darius" not in text and "Natnael" not in text
