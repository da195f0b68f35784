"""A case whose agency reports name conditions, nationalities, languages and countries
the way clinicians and social workers write them, in a family whose mother is called
Georgia, whose father is called Jordan and whose uncle is Chad, through the whole merge:
the phrases survive into executive_summary.docx and overview_draft.docx, and the family's
names, also countries, are replaced in both and listed as suspects."""

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
reference = "LST-2021-07"
review = "Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-01-2020", to = "31-12-2021" }
board = "Marlcombe Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"

[[agencies]]
name = "Health Visiting Service"

[[people]]
name = "Tomos Varley-Okafor"
role = "Child"
pseudonym = "Child T"
born = "03-02-2020"
address = "Flat 2, 9 Quarrendon Row, Aylesford Vale, HP21 9XQ"

[[people]]
name = "Georgia Varley"
role = "Mother"
pseudonym = "Mother"
born = "11-09-1998"

[[people]]
name = "Jordan Okafor"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Chad Varley"
role = "Maternal uncle"
pseudonym = "Maternal uncle"
"""

IDENTIFIERS = {
    "key_name": ["Tomos", "Varley-Okafor", "Georgia", "Varley", "Jordan", "Okafor", "Chad"],
    "address": ["Quarrendon Row", "Aylesford Vale"],
    "postcode": ["HP21 9XQ"],
}
ORDINARY = [
    "Mongolian blue spot", "von Willebrand disease", "Osgood-Schlatter disease",
    "Down's syndrome", "Asperger's", "Glasgow Coma Scale", "Apgar score",
    "Ehlers-Danlos syndrome", "Henoch-Schönlein purpura", "caput succedaneum",
    "osteogenesis imperfecta", "Edinburgh Postnatal Depression Scale", "Perthes disease",
    "Tigrinya", "Nigerian", "Sierra Leone", "Republic of Georgia", "Lithuanian",
    "Sorani", "Bissau-Guinean", "Ivorian", "Eritrea", "Afaan Oromo",
]

INVOLVEMENT = [
    "Tomos was born at term with an Apgar score of 9; the midwife recorded a Mongolian "
    "blue spot and caput succedaneum. Georgia scored 14 on the Edinburgh Postnatal "
    "Depression Scale at the new birth visit.",
    "At eight months Tomos had bruises on his shins. The paediatrician tested for von "
    "Willebrand disease and osteogenesis imperfecta, and the Glasgow Coma Scale was 15. "
    "Jordan said Tomos bruised easily, like his cousin with Ehlers-Danlos syndrome.",
    "Georgia Varley is Nigerian and speaks Yoruba; Jordan Okafor was born in Sierra Leone "
    "to a Bissau-Guinean mother and an Ivorian father, and had lived in the Republic of "
    "Georgia. Chad Varley, the uncle, had Down's syndrome and Asperger's.",
    "A Tigrinya interpreter was booked for a neighbour from Eritrea in error; the mother "
    "had asked for help in Lithuanian, Sorani or Afaan Oromo for her lodgers.",
]
ANALYSIS = [
    "Staff accepted Henoch-Schönlein purpura, Perthes disease and Osgood-Schlatter disease "
    "as explanations without asking Georgia who cared for Tomos.",
]
LEARNING = [
    "Learning: a Mongolian blue spot was recorded at birth, so later bruising needed a body "
    "map; von Willebrand disease was excluded, yet Jordan was not asked who visited.",
    "Learning: Chad was never seen alone, and a Nigerian mother's first language was not "
    "asked; the Edinburgh Postnatal Depression Scale was not repeated.",
]
RECOMMENDATIONS = [
    ("Paediatricians must record the Glasgow Coma Scale and a body map for any bruise in a "
     "baby who is not mobile", "Audit body maps", "Named doctor", "31-03-2022"),
]

LISTS_CASE = HeldOut(
    "LST-2021-07", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Tomos Varley-Okafor, HP21 9XQ",
    footer="Author: health visitor", comment="Ask Georgia about Chad",
    footnote="Jordan's account of the shin bruises.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(LISTS_CASE, tmp_path_factory.mktemp("lists"))


def test_the_conditions_and_nationalities_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, LISTS_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("Mongolian blue spot", "von Willebrand disease", "Nigerian",
                   "Edinburgh Postnatal Depression Scale"):
        assert occurrences(phrase, summary), phrase


def test_the_family_named_like_countries_is_replaced_in_both_documents(outputs):
    assert summary_left(outputs, LISTS_CASE) == {}
    assert overview_left(outputs, LISTS_CASE) == []


@pytest.mark.parametrize(("document", "names"), [(SUMMARY, ("Jordan", "Chad")),
                                                  (OVERVIEW, ("Georgia", "Jordan", "Chad"))])
def test_the_family_named_like_countries_is_listed_in_the_report(outputs, document, names):
    # The summary carries the first learning paragraphs only, which name Jordan and Chad.
    assert not_listed(outputs, document, names) == [], document
