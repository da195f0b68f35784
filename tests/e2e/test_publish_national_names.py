"""A case whose agency reports cite national names and events the way practitioners write
them (the Timpson Review, a Merlin report, the Athena record, the Child Death Overview
Panel, the RNLI, Wigilia, the Appleby Horse Fair...), in a family whose child is called
Athena Merlin, whose mother is Shannon Appleby and whose grandfather is Graham Timpson,
with a social worker Ms Casey, through the whole merge: the phrases survive into
executive_summary.docx and overview_draft.docx, and the family and the social worker,
where named alone, are replaced in both and listed as suspects (18 of its 24 phrases
are lost without data/national_names.txt and data/events.txt)."""

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
    run_heldout,
    summary_left,
)

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "NNE-2024-05"
review = "Child Safeguarding Practice Review"
subject = "Child A"
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
name = "Athena Merlin"
role = "Child"
pseudonym = "Child A"
born = "14-03-2021"
address = "Flat 3, 27 Quenby Walk, Hollinmere, OX29 4QT"

[[people]]
name = "Shannon Appleby"
role = "Mother"
pseudonym = "Mother"
born = "02-07-1999"

[[people]]
name = "Lee Merlin"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Graham Timpson"
role = "Maternal grandfather"
pseudonym = "Maternal grandfather"

[[staff]]
name = "Niamh Casey"
role = "Social worker"
agency = "Children's Social Care"
"""

IDENTIFIERS = {
    "key_name": ["Athena", "Merlin", "Shannon", "Appleby", "Timpson", "Graham", "Niamh",
                 "Casey"],
    "address": ["Quenby Walk", "Hollinmere"],
    "postcode": ["OX29 4QT"],
}
ORDINARY = [
    "Timpson Review", "Casey Review", "Merlin report", "Athena record", "Storm log",
    "Appleby Horse Fair", "Child Death Overview Panel", "National Domestic Abuse Helpline",
    "Young Farmers", "Angelman UK", "RNLI", "Wigilia", "Notting Hill Carnival",
    "Vaisakhi Mela", "Police National Database", "Family Drug and Alcohol Court",
    "Duke of Edinburgh's Award", "Sheffield Hallam University", "Army Cadets",
    "Safer Internet Day", "Nowruz", "Lohri", "Royal Welsh Show", "Girlguiding",
]

INVOLVEMENT = [
    "Athena was born in March 2021. The Storm log shows a call from Shannon on Christmas "
    "Eve; the officer completed a Merlin report and the Athena record was updated.",
    "Shannon Appleby told the health visitor she had called the National Domestic Abuse "
    "Helpline after Lee Merlin threatened her at the Appleby Horse Fair. Mr Merlin denied "
    "it; a Police National Database check found a warning.",
    "Ms Casey visited at Wigilia and again after Nowruz and Lohri, which the neighbours "
    "celebrated. Graham Timpson had taken Athena to the Notting Hill Carnival and to the "
    "Royal Welsh Show, and Mr Timpson said Ms Appleby had a cousin with Angelman UK help.",
]
ANALYSIS = [
    "Ms Casey did not ask Shannon who looked after Athena at the Vaisakhi Mela. The case "
    "was not taken to the Family Drug and Alcohol Court.",
]
LEARNING = [
    "Learning: the Merlin report and the Athena record were not read together; the Timpson "
    "Review and the Casey Review describe the same gap. Shannon was never seen alone.",
    "Learning: the Child Death Overview Panel noted that the RNLI had met Athena on a "
    "beach; Timpson, her grandfather, ran the Young Farmers club and was never asked.",
    "Learning: Ms Casey, a Sheffield Hallam University graduate, knew the family through "
    "Army Cadets, Girlguiding and the Duke of Edinburgh's Award, and Safer Internet Day.",
]
RECOMMENDATIONS = [
    ("Officers must read the Athena record and any Merlin report before a Storm log is "
     "closed", "Audit closures", "Detective inspector", "31-03-2024"),
]

NAMES_CASE = HeldOut(
    "NNE-2024-05", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Athena Merlin, OX29 4QT",
    footer="Author: police review officer", comment="Ask Ms Casey about Timpson",
    footnote="Shannon's account at the Appleby Horse Fair.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(NAMES_CASE, tmp_path_factory.mktemp("national"))


def test_the_national_names_and_events_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, NAMES_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("Merlin report", "Athena record", "Timpson Review", "Casey Review",
                   "Child Death Overview Panel", "RNLI", "Young Farmers"):
        assert occurrences(phrase, summary), phrase
    overview = document_text((outputs / OVERVIEW).read_bytes())
    for phrase in ("Wigilia", "Appleby Horse Fair", "Notting Hill Carnival",
                   "National Domestic Abuse Helpline", "Storm log"):
        assert occurrences(phrase, overview), phrase


def test_the_family_named_like_the_lists_is_replaced_in_both_documents(outputs):
    assert summary_left(outputs, NAMES_CASE) == {}
    assert overview_left(outputs, NAMES_CASE) == []


@pytest.mark.parametrize(("document", "names"),
                         [(SUMMARY, ("Shannon", "Athena", "Timpson")),
                          (OVERVIEW, ("Athena", "Merlin", "Appleby", "Timpson", "Casey"))])
def test_the_family_named_like_the_lists_is_listed_in_the_report(outputs, document, names):
    # The summary carries the first learning paragraphs only, which name Shannon, Athena
    # and Timpson alone.
    assert not_listed(outputs, document, names) == [], document
