"""A key name that is an ordinary word is replaced only where it names the person: a RAG
colour ('rated Amber') is a status, 'Ward 12' a place and 'the Bishop of Oxford' an
office; 'Amber' alone in a sentence is the child."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.anonymise import Anonymiser
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
