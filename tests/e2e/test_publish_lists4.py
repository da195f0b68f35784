"""A case whose agency reports name a service family's care, tools and everyday life the
way practitioners write them (a Hickman line, a PEG tube, Graded Care Profile 2, a Lance
Corporal on Op CABRIT in Tapa, Amazing Grace at the funeral, Peppa Pig, a Stanley knife,
disguised compliance, the allocated SW), in a family whose names are words of those
phrases (the child Kayden Hickman, the mother Grace Stanley, the father Lance Hickman,
the grandfather Allen Haig), through the whole merge: the phrases survive into
executive_summary.docx and overview_draft.docx, and the family's names, where they stand
alone, are replaced in both and listed."""

from __future__ import annotations

import pytest

from tests.builders.adversarial import document_text
from tests.builders.publish_heldout import HeldOut, occurrences
from tests.publish_figures import (
    OVERVIEW,
    SUMMARY,
    not_listed,
    overview_left,
    phrases_lost,
    phrases_suspected,
    run_heldout,
    summary_left,
)

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "LBB-2023-04"
review = "Child Safeguarding Practice Review"
subject = "Child K"
period = { from = "01-01-2022", to = "31-12-2023" }
board = "Marlcombe Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"

[[agencies]]
name = "Health Visiting Service"

[[people]]
name = "Kayden Hickman"
role = "Child"
pseudonym = "Child K"
born = "14-03-2022"
address = "Flat 3, 14 Sorrel Walk, Brackleigh, MK7 4QT"

[[people]]
name = "Grace Stanley"
role = "Mother"
pseudonym = "Mother"
born = "02-06-1998"

[[people]]
name = "Lance Hickman"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Allen Haig"
role = "Maternal grandfather"
pseudonym = "Maternal grandfather"
"""

IDENTIFIERS = {
    "key_name": ["Kayden", "Hickman", "Grace", "Stanley", "Lance", "Allen", "Haig"],
    "address": ["Sorrel Walk", "Brackleigh"],
    "postcode": ["MK7 4QT"],
}
ORDINARY = [
    "Hickman line", "PEG tube", "NG tube", "Graded Care Profile 2", "Clutter Image Rating",
    "Paediatric Yorkhill Malnutrition Score", "Kangaroo pump", "Lance Corporal",
    "Unit Welfare Officer", "Op CABRIT", "Tapa", "Kandahar Airfield", "Haig Housing Trust",
    "Amazing Grace", "Peppa Pig", "Hey Duggee", "Stanley knife", "Allen key",
    "disguised compliance", "adultification bias", "SW", "AP",
]

INVOLVEMENT = [
    "Kayden was born at term with a heart condition and came home with a Hickman line and "
    "an NG tube; at ten months a PEG tube replaced the NG tube and feeds ran on a Kangaroo "
    "pump. The dietitian recorded a Paediatric Yorkhill Malnutrition Score of 4.",
    "Lance Hickman, a Lance Corporal, was deployed on Op CABRIT in Tapa; he had served at "
    "Kandahar Airfield. The Unit Welfare Officer said Mr Hickman had asked the Haig Housing "
    "Trust for a home. Lance rang Grace most nights.",
    "The allocated SW completed Graded Care Profile 2 and a Clutter Image Rating of 6 and "
    "found a Stanley knife and an Allen key on the kitchen floor. Ms Stanley said Allen "
    "Haig helped her; Grace watched Peppa Pig and Hey Duggee with Kayden.",
    "At the funeral the family chose Amazing Grace. Mr Haig told the AP that Grace had "
    "seemed tired for months.",
]
ANALYSIS = [
    "Staff read Grace's warmth as engagement; with hindsight it was disguised compliance, "
    "and no one asked Mr Hickman about the Hickman line care while he was away.",
]
LEARNING = [
    "Learning: the allocated SW saw the PEG tube and the Stanley knife yet asked no one "
    "about supervision; adultification bias shaped how Kayden's older cousin was heard.",
    "Learning: Lance and Allen were never seen together, though Haig was named by Grace.",
]
RECOMMENDATIONS = [
    ("Children's Social Care must ask the Unit Welfare Officer about a serving parent when a "
     "child has a Hickman line", "Audit records", "Service manager", "31-03-2024"),
]

LISTS4_CASE = HeldOut(
    "LBB-2023-04", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Kayden Hickman, MK7 4QT",
    footer="Author: social worker", comment="Ask Grace about Allen",
    footnote="Mr Hickman's account of the Kangaroo pump.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(LISTS4_CASE, tmp_path_factory.mktemp("lists4"))


def test_the_tools_ranks_and_songs_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, LISTS4_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("PEG tube", "Stanley knife", "adultification bias"):
        assert occurrences(phrase, summary), phrase


def test_the_family_named_like_the_phrases_is_replaced_in_both_documents(outputs):
    assert summary_left(outputs, LISTS4_CASE) == {}
    assert overview_left(outputs, LISTS4_CASE) == []


@pytest.mark.parametrize(("document", "names"), [
    (SUMMARY, ("Kayden", "Lance", "Allen", "Haig")),
    (OVERVIEW, ("Hickman", "Stanley", "Grace", "Lance", "Allen", "Haig"))])
def test_the_family_is_listed_in_the_report(outputs, document, names):
    # The summary carries the learning paragraphs, which name the family by first names.
    assert not_listed(outputs, document, names) == [], document
    # No phrase of the lists was taken for a name by the gate.
    assert phrases_suspected(outputs, document, ORDINARY) == [], document
