"""A Welsh case whose agency reports name the nation's bodies, laws and Welsh-language
services the way practitioners write them (Betsi Cadwaladr UHB, Arolygiaeth Gofal Cymru,
the Meic helpline, Mudiad Meithrin's Cylch Meithrin, Mwy na geiriau, the Social Services
and Well-being (Wales) Act 2014, a Scottish Children's Hearing and GIRFEC where the family
lived before, Tusla in Ireland) and the staff's and family's qualifications (a BA (Hons)
in Social Work, a Master's degree, NVQ Level 3, PGCE, DipSW, RGN, GCSE Welsh, Year 6), in
a family whose names are words of those phrases (the child Osian Cadwaladr, the mother
Seren Bevan, the father Meic Hywel, the grandfather Dewi Masters), through the whole
merge: the phrases survive into executive_summary.docx and overview_draft.docx, and the
family's names, where they stand alone, are replaced in both and listed."""

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
reference = "CPR-2024-09"
review = "Child Practice Review"
subject = "Child O"
period = { from = "01-01-2022", to = "31-12-2023" }
board = "Tregaron Vale Regional Safeguarding Board"

[[agencies]]
name = "North Wales Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Services"

[[agencies]]
name = "Health Visiting Service"

[[people]]
name = "Osian Cadwaladr"
role = "Child"
pseudonym = "Child O"
born = "14-03-2016"
address = "2 Bryn Eithin, Llanfarwen, LL77 4QT"

[[people]]
name = "Seren Bevan"
role = "Mother"
pseudonym = "Mother"
born = "02-06-1994"

[[people]]
name = "Meic Hywel"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Dewi Masters"
role = "Maternal grandfather"
pseudonym = "Maternal grandfather"
"""

IDENTIFIERS = {
    "key_name": ["Osian", "Cadwaladr", "Seren", "Bevan", "Meic", "Hywel", "Dewi", "Masters"],
    "address": ["Bryn Eithin", "Llanfarwen"],
    "postcode": ["LL77 4QT"],
}
ORDINARY = [
    "Betsi Cadwaladr UHB", "Aneurin Bevan UHB", "Hywel Dda UHB", "Arolygiaeth Gofal Cymru",
    "Comisiynydd Plant Cymru", "Meic helpline", "Mudiad Meithrin", "Cylch Meithrin",
    "Mwy na geiriau", "Active Offer", "Social Services and Well-being (Wales) Act 2014",
    "Seren Network", "Dechrau'n Deg", "Children's Hearing", "GIRFEC", "Tusla", "Gaelscoil",
    "BA (Hons)", "Master's degree", "NVQ Level 3", "PGCE", "DipSW", "RGN", "GCSE Welsh",
    "Year 6", "Heddlu Gogledd Cymru",
]

INVOLVEMENT = [
    "Osian was born in Ireland, where Tusla supported the family and he began at a "
    "Gaelscoil; the family then lived in Scotland, where a Children's Hearing made a plan "
    "under GIRFEC. They moved to Wales when Osian was in Year 6.",
    "Seren Bevan had a health visitor from Betsi Cadwaladr UHB, an RGN with a BA (Hons) "
    "in nursing; records from Aneurin Bevan UHB and Hywel Dda UHB were sought. Seren said "
    "Osian attended a Cylch Meithrin run by Mudiad Meithrin before school.",
    "Meic Hywel, who held NVQ Level 3, called the Meic helpline about Osian. Mr Hywel told "
    "Heddlu Gogledd Cymru that Meic was his father's name too. Dewi Masters, who had a "
    "Master's degree, said Dechrau'n Deg had helped Seren.",
    "The social worker, with a DipSW and a PGCE, assessed under the Social Services and "
    "Well-being (Wales) Act 2014; Arolygiaeth Gofal Cymru later inspected the service.",
]
ANALYSIS = [
    "The Active Offer of a Welsh-speaking worker was not made, against Mwy na geiriau; "
    "Osian, who was sitting GCSE Welsh early, was never asked by Mr Masters' side.",
]
LEARNING = [
    "Learning: Comisiynydd Plant Cymru's guidance was not used; Seren Network mentoring "
    "was offered to Osian's cousin but not to Osian, whom Dewi called brave; Seren was "
    "not asked.",
    "Learning: Cadwaladr family members and Bevan relatives were never seen together.",
]
RECOMMENDATIONS = [
    ("Children's Services must make the Active Offer at the first visit and record it for "
     "Arolygiaeth Gofal Cymru", "Audit records", "Service manager", "31-03-2024"),
]

CELTIC_CASE = HeldOut(
    "CPR-2024-09", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Osian Cadwaladr, LL77 4QT",
    footer="Author: social worker", comment="Ask Seren about Dewi",
    footnote="Mr Hywel's account of the Meic helpline call.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(CELTIC_CASE, tmp_path_factory.mktemp("celtic"))


def test_the_welsh_bodies_and_qualifications_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, CELTIC_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("Comisiynydd Plant Cymru", "Seren Network"):
        assert occurrences(phrase, summary), phrase


def test_the_family_named_like_the_phrases_is_replaced_in_both_documents(outputs):
    assert summary_left(outputs, CELTIC_CASE) == {}
    assert overview_left(outputs, CELTIC_CASE) == []


@pytest.mark.parametrize(("document", "names"), [
    (SUMMARY, ("Osian", "Seren", "Dewi", "Cadwaladr", "Bevan")),
    (OVERVIEW, ("Osian", "Cadwaladr", "Seren", "Bevan", "Meic", "Hywel", "Dewi",
                "Masters"))])
def test_the_family_is_listed_in_the_report(outputs, document, names):
    # The summary carries the learning paragraphs, which name the family.
    assert not_listed(outputs, document, names) == [], document
    # No phrase of the lists was taken for a name by the gate.
    assert phrases_suspected(outputs, document, ORDINARY) == [], document
