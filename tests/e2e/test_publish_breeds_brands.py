"""A case whose agency reports name the family's animals and things the way practitioners
write them (a Moses basket, a Tommee Tippee bottle, a Border Collie, a Fell pony, Snap
Map, an Elf Bar), in a family whose names are words of those phrases (the father Mr
Tippee, the mother Brittany Collie, the uncle Dexter, the grandfather Morgan), through
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
reference = "LBB-2022-02"
review = "Child Safeguarding Practice Review"
subject = "Child A"
period = { from = "01-01-2021", to = "31-12-2022" }
board = "Marlcombe Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"

[[agencies]]
name = "Health Visiting Service"

[[people]]
name = "Alfie Tippee"
role = "Child"
pseudonym = "Child A"
born = "14-03-2021"
address = "Flat 3, 14 Sorrel Walk, Brackleigh, MK7 4QT"

[[people]]
name = "Brittany Collie"
role = "Mother"
pseudonym = "Mother"
born = "02-06-1999"

[[people]]
name = "Ryan Tippee"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Dexter Collie"
role = "Maternal uncle"
pseudonym = "Maternal uncle"

[[people]]
name = "Morgan Collie"
role = "Maternal grandfather"
pseudonym = "Maternal grandfather"
"""

IDENTIFIERS = {
    "key_name": ["Alfie", "Tippee", "Brittany", "Collie", "Ryan", "Dexter", "Morgan"],
    "address": ["Sorrel Walk", "Brackleigh"],
    "postcode": ["MK7 4QT"],
}
ORDINARY = [
    "Moses basket", "Tommee Tippee", "Snuzpod", "Maxi-Cosi", "Aptamil Comfort", "Jumperoo",
    "Border Collie", "Brittany Spaniel", "Dexter cattle", "Morgan horse", "cockapoo",
    "Patterdale Terrier", "Fell pony", "Shetland pony", "Herdwick", "Belted Galloway",
    "Staffie", "SpareRoom", "Snap Map", "Elf Bar", "Vauxhall Zafira", "Monzo",
    "Octopus Energy", "Uber Eats", "Vinted", "Klarna", "PlayStation 5", "Gumtree",
]

INVOLVEMENT = [
    "Alfie was born at term and slept in a Moses basket beside the bed; the health visitor "
    "saw a Snuzpod still in its box and a Tommee Tippee bottle in the sink. Brittany said "
    "Mr Tippee had bought a Maxi-Cosi car seat and Aptamil Comfort on Klarna.",
    "At the six-month visit Alfie sat in a Jumperoo. The family had a Border Collie and a "
    "cockapoo; Ryan said a friend's Staffie and a Patterdale Terrier also stayed at the "
    "flat. Brittany Collie was saving for a Brittany Spaniel puppy she had seen on Gumtree.",
    "Dexter worked on a farm with Dexter cattle, Herdwick sheep and a Belted Galloway herd; "
    "Morgan kept a Fell pony, a Shetland pony and a Morgan horse. Morgan said Dexter drove "
    "a Vauxhall Zafira.",
    "Ms Collie had found a room on SpareRoom and sold baby clothes on Vinted; her Monzo "
    "account and an Octopus Energy prepayment meter were in arrears. Ryan ordered Uber Eats "
    "most nights, played the PlayStation 5 and used an Elf Bar; Police found he followed "
    "Brittany on Snap Map.",
]
ANALYSIS = [
    "Staff accepted that the Moses basket and the Tommee Tippee bottles showed good care "
    "without asking Brittany who else stayed, or why Mr Tippee tracked her on Snap Map.",
]
LEARNING = [
    "Learning: a Moses basket beside the bed and a Snuzpod in its box were seen, yet no one "
    "asked Ryan where Alfie slept; the Border Collie and the Staffie were not risk assessed.",
    "Learning: Dexter and Morgan were never seen, though Morgan's Fell pony and Dexter "
    "cattle took Brittany to the farm each week.",
]
RECOMMENDATIONS = [
    ("Health visitors must ask where a baby sleeps when a Moses basket or a Snuzpod is seen, "
     "and who cares for the baby", "Audit safer sleep records", "Named nurse", "31-03-2023"),
]

BREEDS_BRANDS_CASE = HeldOut(
    "LBB-2022-02", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Alfie Tippee, MK7 4QT",
    footer="Author: health visitor", comment="Ask Brittany about Dexter",
    footnote="Mr Tippee's account of the Elf Bar.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(BREEDS_BRANDS_CASE, tmp_path_factory.mktemp("breeds"))


def test_the_breeds_and_brands_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, BREEDS_BRANDS_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("Moses basket", "Snuzpod", "Border Collie", "Staffie", "Fell pony",
                   "Dexter cattle"):
        assert occurrences(phrase, summary), phrase


def test_the_family_named_like_breeds_and_brands_is_replaced_in_both_documents(outputs):
    assert summary_left(outputs, BREEDS_BRANDS_CASE) == {}
    assert overview_left(outputs, BREEDS_BRANDS_CASE) == []


@pytest.mark.parametrize(("document", "names"), [
    (SUMMARY, ("Ryan", "Alfie", "Dexter", "Morgan", "Brittany")),
    (OVERVIEW, ("Tippee", "Collie", "Brittany", "Dexter", "Morgan", "Ryan"))])
def test_the_family_is_listed_in_the_report(outputs, document, names):
    # The summary carries the learning paragraphs, which name the family by first names.
    assert not_listed(outputs, document, names) == [], document
    # No phrase of the lists was taken for a name by the gate.
    assert phrases_suspected(outputs, document, ORDINARY) == [], document
