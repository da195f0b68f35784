"""A case whose agency reports name a family's peoples, languages, faiths and the regions
it came through the way practitioners write them (a Masalit family from West Darfur,
Kurmanji Kurdish, Gurmukhi, a Seventh Day Adventist pastor, the Horn of Africa, Kakuma
camp, the Sherpa people, the Jain community), in a family whose names are words of those
phrases (the child Dawa Sherpa, the mother Karen Gurung, the father Rohan Jain), through
the whole merge: the phrases survive into executive_summary.docx and overview_draft.docx,
and the family's names, where they stand alone, are replaced in both and listed."""

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
reference = "PPL-2024-02"
review = "Child Safeguarding Practice Review"
subject = "Child D"
period = { from = "01-01-2023", to = "31-12-2024" }
board = "Marlcombe Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"

[[agencies]]
name = "Health Visiting Service"

[[people]]
name = "Dawa Sherpa"
role = "Child"
pseudonym = "Child D"
born = "11-05-2021"
address = "Flat 7, 22 Tansy Row, Brackleigh, MK9 2QP"

[[people]]
name = "Karen Gurung"
role = "Mother"
pseudonym = "Mother"
born = "19-09-1995"

[[people]]
name = "Rohan Jain"
role = "Father"
pseudonym = "Father"
"""

IDENTIFIERS = {
    "key_name": ["Dawa", "Sherpa", "Karen", "Gurung", "Rohan", "Jain"],
    "address": ["Tansy Row", "Brackleigh"],
    "postcode": ["MK9 2QP"],
}
ORDINARY = [
    "Masalit", "Zaghawa", "West Darfur", "Kakuma camp", "the Horn of Africa",
    "Kurdistan Region", "Kurmanji Kurdish", "Gurmukhi", "Khyber Pakhtunkhwa", "Hazaras",
    "Romanichal", "Seventh Day Adventist", "Charedi community", "Sherpa people",
    "Gurung community", "Jain community", "Karen refugees", "Ramgarhia Gurdwara",
    "Barelvi mosque",
]

INVOLVEMENT = [
    "Ms Gurung told the health visitor her first husband's family were Masalit from West "
    "Darfur and had lived beside Zaghawa neighbours before they fled through the Horn of "
    "Africa to Kakuma camp. Karen spoke of the Gurung community who helped her in Nepal.",
    "Mr Jain's mother belonged to the Jain community; Rohan had worked in the Kurdistan "
    "Region and in Khyber Pakhtunkhwa, and spoke Kurmanji Kurdish with a colleague. Jain "
    "said his brother read Gurmukhi at the Ramgarhia Gurdwara.",
    "Dawa's grandmother came from the Sherpa people and had worked with Karen refugees. "
    "A Seventh Day Adventist pastor, a Romanichal family on the site and a member of the "
    "Charedi community were among the neighbours; two Hazaras attended the Barelvi mosque.",
]
ANALYSIS = [
    "Professionals read Karen's faith in the Seventh Day Adventist church as support and "
    "did not ask Mr Sherpa, Dawa's uncle, what the family had seen in Kakuma camp.",
]
LEARNING = [
    "Learning: no one asked which language Dawa heard at home; Kurmanji Kurdish and "
    "Gurmukhi were assumed. Sherpa was never seen with the child.",
    "Learning: Rohan and Karen were seen apart; Gurung was named by the school.",
]
RECOMMENDATIONS = [
    ("Children's Social Care must record a family's languages and faith community, such "
     "as the Jain community, at first contact", "Audit records", "Service manager",
     "31-03-2025"),
]

PEOPLES_CASE = HeldOut(
    "PPL-2024-02", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Dawa Sherpa, MK9 2QP",
    footer="Author: social worker", comment="Ask Karen about Rohan",
    footnote="Mr Jain's account of the Kurdistan Region.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(PEOPLES_CASE, tmp_path_factory.mktemp("peoples"))


def test_the_peoples_languages_and_faiths_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, PEOPLES_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("Kurmanji Kurdish", "Gurmukhi"):
        assert occurrences(phrase, summary), phrase


def test_the_family_named_like_the_phrases_is_replaced_in_both_documents(outputs):
    assert summary_left(outputs, PEOPLES_CASE) == {}
    assert overview_left(outputs, PEOPLES_CASE) == []


@pytest.mark.parametrize(("document", "names"), [
    (SUMMARY, ("Dawa", "Sherpa", "Karen", "Rohan", "Gurung")),
    (OVERVIEW, ("Sherpa", "Gurung", "Jain", "Karen", "Rohan", "Dawa"))])
def test_the_family_is_listed_in_the_report(outputs, document, names):
    # The summary carries the learning paragraphs, which name the family.
    assert not_listed(outputs, document, names) == [], document
    # No phrase of the list was taken for a name by the gate.
    assert phrases_suspected(outputs, document, ORDINARY) == [], document
