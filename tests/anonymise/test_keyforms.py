"""A key name that is an ordinary word is replaced only where it names the person: a RAG
colour ('rated Amber') is a status, 'Ward 12' a place and 'the Bishop of Oxford' an
office; 'Amber' alone in a sentence is the child."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.suspects import first_names
from pipeline.anonymise.wordlists import dictionary_word
from pipeline.case import Agency, Case, Person, StaffMember


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    case = Case(root=Path("."), reference="K-1", review="Serious Case Review",
                subject="Child W", period_from=dt.date(2015, 1, 1),
                period_to=dt.date(2016, 12, 31), agencies=[Agency("Thames Valley Police")],
                people=[Person("Amber-Jade Whitfield", "Child W", "Child"),
                        Person("Red Hollings", "Father", "Father"),
                        Person("Dean Bishop", "Mother's partner", "Mother's partner")],
                staff=[StaffMember("Helen Ward", role="Health Visitor")])
    return Anonymiser.for_case(case, dt.date(2026, 1, 1))


@pytest.mark.parametrize("text", [
    "The risk was rated Amber at the meeting.",
    "Red/Amber/Green ratings were used; an Amber rating followed.",
    "Its RAG status was Red.",
    "She was moved to Ward 12 and then the ward by the lift.",
    "The Bishop of Oxford wrote to the board.",
])
def test_a_rag_colour_is_kept(anonymiser, text):
    assert anonymiser.anonymise(text)[0] == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Amber said she was hungry.", "Amber"),
    ("The nursery saw Amber-Jade and Amber's brother.", "Amber"),
    ("Red had moved in with the mother.", "Red"),
    ("Helen Ward visited; Ward said the child was well.", "Ward"),
    ("Bishop moved in; Mr Bishop's van was outside.", "Bishop"),
])
def test_the_person_is_replaced(anonymiser, text, gone):
    assert gone not in anonymiser.anonymise(text)[0]


@pytest.fixture(scope="module")
def fixed_names() -> Anonymiser:
    """Staff whose surnames are everyday words; a father known by an English short form."""
    case = Case(root=Path("."), reference="K-2", review="Serious Case Review",
                subject="Child P", period_from=dt.date(2017, 1, 1),
                period_to=dt.date(2018, 12, 31), agencies=[Agency("Essex Police")],
                people=[Person("Wojciech Nowakowski", "Father", "Father"),
                        Person("Ellie-Rose Nowakowska", "Child P", "Child")],
                staff=[StaffMember("Ruth Baker", role="Health Visitor"),
                       StaffMember("Paul White", role="GP")])
    return Anonymiser.for_case(case, dt.date(2026, 1, 1))


@pytest.mark.parametrize("text", [
    "The parents were given the White Paper on early years and a Baker-Table leaflet.",
    "Weights were plotted against the Green Book and the Red Book schedule.",
    "The toddler was pushed in a Fisher-Price walker; the family came from Coca-Cola land.",
])
def test_an_everyday_surname_inside_a_fixed_name_is_kept(fixed_names, text):
    assert fixed_names.anonymise(text)[0] == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Ms Baker Visited the flat.", "Baker"),             # a title: the person
    ("Ruth Baker Street visit was cancelled.", "Baker"),  # her first name before it
    ("Report By White And Baker.", "White"),             # title case, not a noun after
    ("Dr White Paper records were read.", "White"),
    ("Baker's Notes were read.", "Baker"),               # a possessive: hers
    ("Wojtek said he would call; WOJTEK was seen later.", "Wojtek"),
])
def test_the_person_is_still_replaced(fixed_names, text, gone):
    assert gone.lower() not in fixed_names.anonymise(text)[0].lower()


def test_an_english_short_form_of_a_key_given_name_is_the_person(fixed_names):
    published = fixed_names.anonymise("Known to police as Voytek Nowakowski.")[0]
    assert "Voytek" not in published and "Father" in published


@pytest.fixture(scope="module")
def word_surnames() -> Anonymiser:
    """A partner and a social worker whose surnames are everyday words of the gate's list
    ('frost', 'moss'), and a father whose name ends in s."""
    case = Case(root=Path("."), reference="K-3", review="Serious Case Review",
                subject="Child R", period_from=dt.date(2021, 1, 1),
                period_to=dt.date(2022, 12, 31), agencies=[Agency("Essex Police")],
                people=[Person("Jordan Frost", "Adult M", "Mother's partner"),
                        Person("Aled Jones", "Father", "Father")],
                staff=[StaffMember("Ruth Moss", role="Social Worker")])
    return Anonymiser.for_case(case, dt.date(2026, 1, 1))


@pytest.mark.parametrize("text", [
    "During a hard frost the flat had no heating; moss grew on the walls.",
    "The car was white with frost and the path was covered in moss.",
])
def test_an_everyday_surname_in_lower_case_is_the_word(word_surnames, text):
    assert word_surnames.anonymise(text)[0] == text


@pytest.mark.parametrize(("text", "published"), [
    ("Frost said he was tired; MOSS saw him.", "Adult M said he was tired; Social Worker "
                                               "saw him."),
    # A quote closed after a name is no possessive; a bare apostrophe after an s is.
    ("Friends called him 'Frost' and 'Jordan'.", "Friends called him 'Adult M' and "
                                                 "'Adult M'."),
    ("It was Jones' car and Frost's van.", "It was Father's car and Adult M's van."),
])
def test_the_person_is_replaced_as_written(word_surnames, text, published):
    assert word_surnames.anonymise(text)[0] == published


def test_an_initial_after_a_first_name_is_a_capital():
    """'Jordan A.' (Jordan Ashdown) is not 'Jordan as', nor 'Kyle I.' 'Kyle is'."""
    case = Case(root=Path("."), reference="K-4", review="Serious Case Review",
                subject="Child R", period_from=dt.date(2021, 1, 1),
                period_to=dt.date(2022, 12, 31), agencies=[Agency("Essex Police")],
                people=[Person("Jordan Ashdown", "Father", "Father"),
                        Person("Kyle Ives", "Adult M", "Mother's partner")])
    anonymiser = Anonymiser.for_case(case, dt.date(2026, 1, 1))
    assert anonymiser.anonymise("Jordan as discussed, Kyle is here; JORDAN A. and Kyle I. "
                                "left.")[0] == ("Father as discussed, Adult M is here; "
                                               "Father and Adult M left.")


@pytest.fixture(scope="module")
def secondary_school() -> tuple[Case, Anonymiser]:
    """A boy whose initials are a school subject's (RE), a partner whose surname is an
    adjective (Gaunt), a case manager whose surname is no English word (Sadiq)."""
    case = Case(root=Path("."), reference="K-5", review="Serious Case Review",
                subject="Child T", period_from=dt.date(2019, 1, 1),
                period_to=dt.date(2021, 12, 31), agencies=[Agency("Essex Police")],
                people=[Person("Rhodri Evans", "Child T", "Child"),
                        Person("Lee Gaunt", "Adult M", "Mother's partner")],
                staff=[StaffMember("Imran Sadiq", role="Case Manager")])
    return case, Anonymiser.for_case(case, dt.date(2026, 1, 1))


@pytest.mark.parametrize(("text", "published"), [
    ("He missed RE lessons and looked gaunt; the PE kit was lost.",
     "He missed RE lessons and looked gaunt; the PE kit was lost."),
    ("Mr Gaunt said RE was tired; GAUNT left.", "Adult M said Child T was tired; Adult M "
                                                 "left."),
    # No English word: the name in any case.
    ("Seen by imran sadiq, then by SADIQ.", "Seen by Case Manager, then by Case Manager."),
])
def test_a_dictionary_word_or_a_subject_is_the_person_only_as_a_name(secondary_school, text,
                                                                     published):
    assert secondary_school[1].anonymise(text)[0] == published


def _given_names_that_are_words() -> list[str]:
    return sorted(n for n in first_names() if dictionary_word(n))


@pytest.mark.parametrize("name", _given_names_that_are_words())
def test_a_given_name_that_is_a_dictionary_word_is_replaced_only_capitalised(name):
    """'the carol service' with an attendance officer called Carol: the word stays, the
    officer goes."""
    case = Case(root=Path("."), reference="K-3", review="Child Safeguarding Practice Review",
                subject="Child A", period_from=dt.date(2023, 1, 1),
                period_to=dt.date(2024, 1, 1),
                staff=[StaffMember(f"{name.capitalize()} Dewhurst", role="Attendance Officer")])
    anonymiser = Anonymiser.for_case(case, dt.date(2026, 1, 1))
    text = f"The {name} was mentioned; later {name.capitalize()} rang the school."
    assert anonymiser.anonymise(text)[0] == (
        f"The {name} was mentioned; later Attendance Officer rang the school.")
