"""A rural case whose agency reports name the machines and customs of a family's life the
way practitioners write them (the Bailey caravan and the Willerby static caravan they
lived in, the father's Dennis Eagle bin lorry and Norton Commando, the Kubota RTV and the
Ifor Williams trailer on the smallholding, a Heath Robinson repair, a Davy lamp, the
grandmother's Jāņu svētki and Kaliady, a Sumalak gathering for Navruz), in a family whose
names are words of those phrases (the child Finley Bailey, the mother Lizzie Norton, the
father Dennis Heath, the grandmother Irena Davy), through the whole merge: the phrases
survive into executive_summary.docx and overview_draft.docx, and the family's names,
where they stand alone, are replaced in both and listed."""

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
reference = "CSPR-2024-14"
review = "Child Safeguarding Practice Review"
subject = "Child F"
period = { from = "01-01-2022", to = "31-12-2023" }
board = "Brackenfold Safeguarding Children Partnership"

[[agencies]]
name = "Police"

[[agencies]]
name = "Children's Services"

[[agencies]]
name = "Health Visiting Service"

[[people]]
name = "Finley Bailey"
role = "Child"
pseudonym = "Child F"
born = "14-03-2018"
address = "3 Willow Rise, Harlowby, DL13 9XQ"

[[people]]
name = "Lizzie Norton"
role = "Mother"
pseudonym = "Mother"
born = "02-06-1994"

[[people]]
name = "Dennis Heath"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Irena Davy"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"
"""

IDENTIFIERS = {
    "key_name": ["Finley", "Bailey", "Lizzie", "Norton", "Dennis", "Heath", "Irena", "Davy"],
    "address": ["Willow Rise", "Harlowby"],
    "postcode": ["DL13 9XQ"],
}
ORDINARY = [
    "Bailey caravan", "Willerby static caravan", "Dennis Eagle", "Norton Commando",
    "Kubota RTV", "Ifor Williams trailer", "Iveco Daily", "Mountfield mower",
    "Stihl chainsaw", "Polaris Ranger", "Heath Robinson", "Busy Lizzie", "Davy lamp",
    "Belisha beacon", "Bunsen burner", "Jāņu svētki", "Kaliady", "Sumalak", "Tbilisoba",
]

INVOLVEMENT = [
    "Finley lived with his mother in a Bailey caravan and later a Willerby static caravan "
    "on a smallholding, where a Kubota RTV and an Ifor Williams trailer were kept; Finley "
    "was seen riding on a Polaris Ranger. Bailey relatives visited at weekends.",
    "Lizzie Norton told the health visitor that the heating was a Heath Robinson "
    "arrangement; Lizzie grew Busy Lizzie plants to sell. Ms Norton said the father drove "
    "a Dennis Eagle bin lorry and an Iveco Daily for a second job.",
    "Dennis Heath kept a Norton Commando, a Mountfield mower and a Stihl chainsaw in the "
    "shed. Mr Heath said Dennis was his grandfather's name. Heath told police he worked "
    "by a Davy lamp when the power failed.",
    "Irena Davy kept Jāņu svētki and Kaliady with Finley and took him to a Sumalak "
    "gathering and to Tbilisoba with friends; Irena said Davy was her late husband's name.",
]
ANALYSIS = [
    "The school's Bunsen burner incident and the missing Belisha beacon on the lane were "
    "raised by Ms Davy; Finley's account was not sought.",
]
LEARNING = [
    "Learning: the risks of the Kubota RTV and the Stihl chainsaw were never discussed "
    "with Lizzie or Dennis; Finley was not asked.",
    "Learning: Norton family members and Heath relatives were never seen together.",
]
RECOMMENDATIONS = [
    ("Children's Services must ask about farm machinery at the first visit",
     "Audit records", "Service manager", "31-03-2024"),
]

EVERYDAY_CASE = HeldOut(
    "CSPR-2024-14", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Finley Bailey, DL13 9XQ",
    footer="Author: social worker", comment="Ask Lizzie about Irena",
    footnote="Mr Heath's account of the Norton Commando.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(EVERYDAY_CASE, tmp_path_factory.mktemp("everyday"))


def test_the_machines_phrases_and_customs_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, EVERYDAY_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("Kubota RTV", "Stihl chainsaw"):
        assert occurrences(phrase, summary), phrase


def test_the_family_named_like_the_phrases_is_replaced_in_both_documents(outputs):
    assert summary_left(outputs, EVERYDAY_CASE) == {}
    assert overview_left(outputs, EVERYDAY_CASE) == []


@pytest.mark.parametrize(("document", "names"), [
    (SUMMARY, ("Finley", "Lizzie", "Dennis", "Norton", "Heath")),
    (OVERVIEW, ("Finley", "Bailey", "Lizzie", "Norton", "Dennis", "Heath", "Irena",
                "Davy"))])
def test_the_family_is_listed_in_the_report(outputs, document, names):
    # The summary carries the learning paragraphs, which name the family.
    assert not_listed(outputs, document, names) == [], document
    # No phrase of the lists was taken for a name by the gate.
    assert phrases_suspected(outputs, document, ORDINARY) == [], document
