"""A case whose agency reports name the programmes, tools, helplines and charities a
family was offered the way practitioners write them (Portage, WellComm, Widgit symbols,
Talkboost, Mellow Bumps, TF-CBT, Kooth, Mencap, the Michael Palin Centre, the Lucy
Faithfull Foundation, the Herbert Protocol), in a family whose names are words of those
phrases (the child Felix Palin, the mother Lucy Palin, the father Herbert Conners, the
grandmother Maureen Faithfull), through the whole merge: the phrases survive into
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
reference = "LBB-2024-09"
review = "Child Safeguarding Practice Review"
subject = "Child F"
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
name = "Felix Palin"
role = "Child"
pseudonym = "Child F"
born = "11-05-2020"
address = "Flat 6, 3 Teasel Row, Brackleigh, MK7 2LW"

[[people]]
name = "Lucy Palin"
role = "Mother"
pseudonym = "Mother"
born = "19-02-1996"

[[people]]
name = "Herbert Conners"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Maureen Faithfull"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"
"""

IDENTIFIERS = {
    "key_name": ["Felix", "Palin", "Lucy", "Herbert", "Conners", "Maureen", "Faithfull"],
    "address": ["Teasel Row", "Brackleigh"],
    "postcode": ["MK7 2LW"],
}
ORDINARY = [
    "Portage", "WellComm", "Widgit symbols", "Talkboost", "Mellow Bumps", "TF-CBT",
    "Kooth", "Mencap", "Michael Palin Centre", "Lucy Faithfull Foundation",
    "Herbert Protocol", "Conners Rating Scale", "Incredible Years Toddler programme",
    "Signalong", "Numicon", "Boardmaker", "Safe and Together model", "Family Hubs",
    "Early Talk Boost", "Caring Dads programme", "ChIDVA", "Shout 85258",
]

INVOLVEMENT = [
    "Felix was slow to talk; at two the health visitor scored him on WellComm and referred "
    "him to Portage, and the nursery used Widgit symbols, Signalong and Early Talk Boost. "
    "Lucy joined Mellow Bumps in her second pregnancy and the Incredible Years Toddler "
    "programme at the Family Hubs.",
    "Herbert Conners was offered the Caring Dads programme; the social worker used the Safe "
    "and Together model, and a ChIDVA saw Felix twice. Mr Conners said Felix stammered and "
    "asked about the Michael Palin Centre. Herbert never went.",
    "Maureen Faithfull rang the Lucy Faithfull Foundation about a neighbour's son; Mrs "
    "Faithfull said Lucy had been known to Mencap as a teenager. Police filed a Herbert "
    "Protocol form for Maureen, who has dementia.",
    "At school Felix used Numicon and a Boardmaker timetable; a Conners Rating Scale was "
    "sent home. Ms Palin was offered TF-CBT, suggested Kooth to her sister and texted "
    "Shout 85258 one night. Palin said nobody called back.",
]
ANALYSIS = [
    "Staff read Lucy's attendance at Talkboost sessions as engagement; no one asked Mr "
    "Conners about the Caring Dads programme he left.",
]
LEARNING = [
    "Learning: Portage, WellComm and Talkboost each saw part of Felix's needs, and the "
    "Safe and Together model was named but not used; Maureen was never asked.",
    "Learning: Kooth and Shout 85258 are no substitute for a named worker; Herbert and "
    "Lucy were never seen together, and Faithfull was named only by Felix.",
]
RECOMMENDATIONS = [
    ("Children's Social Care must share WellComm and Portage findings with the school",
     "Audit records", "Service manager", "31-03-2025"),
]

INTERVENTIONS_CASE = HeldOut(
    "LBB-2024-09", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Felix Palin, MK7 2LW",
    footer="Author: health visitor", comment="Ask Lucy about Herbert",
    footnote="Mrs Faithfull's account of the Herbert Protocol.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(INTERVENTIONS_CASE, tmp_path_factory.mktemp("interventions"))


def test_the_programmes_tools_and_helplines_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, INTERVENTIONS_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("Portage", "WellComm", "Talkboost", "Kooth", "Safe and Together model"):
        assert occurrences(phrase, summary), phrase


def test_the_family_named_like_the_phrases_is_replaced_in_both_documents(outputs):
    assert summary_left(outputs, INTERVENTIONS_CASE) == {}
    assert overview_left(outputs, INTERVENTIONS_CASE) == []


@pytest.mark.parametrize(("document", "names"), [
    (SUMMARY, ("Felix", "Maureen", "Herbert", "Lucy", "Faithfull")),
    (OVERVIEW, ("Felix", "Palin", "Lucy", "Herbert", "Conners", "Maureen", "Faithfull"))])
def test_the_family_is_listed_in_the_report(outputs, document, names):
    # The summary carries the learning paragraphs, which name the family by first names.
    assert not_listed(outputs, document, names) == [], document
    # No phrase of the list was taken for a name by the gate.
    assert phrases_suspected(outputs, document, ORDINARY) == [], document
