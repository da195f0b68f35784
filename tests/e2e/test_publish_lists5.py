"""A case whose agency reports name a family's journeys and institutions the way
practitioners write them (the Stena Line ferry from Belfast Harbour to Cairnryan ferry
port, Glasgow Central, Aer Lingus, HMP Maghaberry, HMYOI Feltham, Oakhill Secure Training
Centre, The Walton Centre, Rampton Hospital, Rough Fell ewes and an Irish Draught cross),
in a family whose names are words of those phrases (the child Mason Walton, the mother
Chloe Garth, the father Dean Rampton, the grandmother Ruby Feltham) and who live in a
village with a prison (Styal), through the whole merge: the phrases survive into
executive_summary.docx and overview_draft.docx; the family's names where they stand alone,
and the village even inside 'HMP Styal', are replaced in both and listed."""

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
reference = "LBB-2024-05"
review = "Child Safeguarding Practice Review"
subject = "Child W"
period = { from = "01-01-2022", to = "31-12-2023" }
board = "Marlcombe Safeguarding Children Partnership"

[[agencies]]
name = "Cheshire Constabulary"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"

[[agencies]]
name = "Probation Service"

[[people]]
name = "Mason Walton"
role = "Child"
pseudonym = "Child W"
born = "14-03-2021"
address = "Flat 2, 9 Heronsgate Walk, Styal, SK9 4QT"

[[people]]
name = "Chloe Garth"
role = "Mother"
pseudonym = "Mother"
born = "02-06-1998"

[[people]]
name = "Dean Rampton"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Ruby Feltham"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"
"""

IDENTIFIERS = {
    "key_name": ["Mason", "Walton", "Chloe", "Garth", "Dean", "Rampton", "Ruby", "Feltham"],
    "address": ["Heronsgate Walk", "Styal"],
    "postcode": ["SK9 4QT"],
}
ORDINARY = [
    "Stena Line", "Belfast Harbour", "Cairnryan ferry port", "Glasgow Central", "Aer Lingus",
    "London Liverpool Street", "Avanti West Coast", "HMP Maghaberry", "HMYOI Feltham",
    "HMP & YOI Doncaster", "Oakhill Secure Training Centre", "The Walton Centre",
    "Rampton Hospital", "Royal National Orthopaedic Hospital", "Rough Fell ewes",
    "Irish Draught cross", "HMP Garth",
]

INVOLVEMENT = [
    "Mason was born early and at ten months was referred to The Walton Centre and later to "
    "the Royal National Orthopaedic Hospital. Chloe Garth took him by Avanti West Coast "
    "from London Liverpool Street and home again; Ms Garth said the trains were hard.",
    "Dean Rampton was remanded to HMP Maghaberry after a fight on the Stena Line ferry from "
    "Belfast Harbour to Cairnryan ferry port, and was later moved to HMP Garth and then "
    "HMP Styal's visits hall was used for a family day. Mr Rampton's brother was once a "
    "patient at Rampton Hospital.",
    "Ruby Feltham kept Rough Fell ewes and an Irish Draught cross on land near Styal. Her "
    "nephew had been in HMYOI Feltham, HMP & YOI Doncaster and Oakhill Secure Training "
    "Centre. Ruby flew Aer Lingus to see him and met Chloe at Glasgow Central.",
]
ANALYSIS = [
    "Staff saw Chloe's journeys as engagement; Mr Rampton's custody in HMP Maghaberry was "
    "never shared with the health visitor, and Feltham was named by Mason's aunt only.",
]
LEARNING = [
    "Learning: the probation officer knew of HMP Maghaberry and HMP Garth but no one asked "
    "Dean about Mason; Garth and Walton were never seen together.",
    "Learning: the long trips to The Walton Centre by Avanti West Coast wore Chloe down.",
]
RECOMMENDATIONS = [
    ("The Probation Service must tell Children's Social Care when a parent is held in HMP "
     "Maghaberry or any prison", "Audit records", "Head of service", "31-03-2024"),
]

LISTS5_CASE = HeldOut(
    "LBB-2024-05", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Mason Walton, SK9 4QT",
    footer="Author: probation officer", comment="Ask Chloe about Ruby",
    footnote="Mr Rampton's account of the Stena Line crossing.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(LISTS5_CASE, tmp_path_factory.mktemp("lists5"))


def test_the_journeys_and_institutions_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, LISTS5_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("HMP Maghaberry", "HMP Garth", "The Walton Centre", "Avanti West Coast"):
        assert occurrences(phrase, summary), phrase


def test_the_family_and_its_village_are_replaced_in_both_documents(outputs):
    assert summary_left(outputs, LISTS5_CASE) == {}
    assert overview_left(outputs, LISTS5_CASE) == []
    for document in (SUMMARY, OVERVIEW):
        text = document_text((outputs / document).read_bytes())
        assert "Styal" not in text, document


@pytest.mark.parametrize(("document", "names"), [
    (SUMMARY, ("Dean", "Garth", "Walton", "Chloe")),
    (OVERVIEW, ("Walton", "Garth", "Rampton", "Feltham", "Chloe", "Ruby", "Styal"))])
def test_the_family_is_listed_in_the_report(outputs, document, names):
    assert not_listed(outputs, document, names) == [], document
    assert phrases_suspected(outputs, document, ORDINARY) == [], document
