"""A case whose agency reports name a family's medicines, immunisations and drugs the way
practitioners and police write them (Calpol Six Plus, the 6-in-1 and Bexsero, Prevenar 13,
Fluenz Tetra, Concerta XL, Clenil Modulite, a Mirena coil, Sayana Press, Buvidal; Spice,
nitazenes, THC vapes, Xanax bars, Benzo Fury, Purple Haze), in a family whose names are
words of those phrases (the child Kian Fury, the father Ryan Fury, the mother Sayana
Whitlock, the grandfather Dennis Haze, the uncle Luca Senna), through the whole merge: the
phrases survive into executive_summary.docx and overview_draft.docx, and the family's
names, where they stand alone, are replaced in both and listed."""

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
reference = "LBB-2024-11"
review = "Child Safeguarding Practice Review"
subject = "Child K"
period = { from = "01-01-2023", to = "31-12-2024" }
board = "Marlcombe Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"

[[agencies]]
name = "Youth Justice Service"

[[people]]
name = "Kian Fury"
role = "Child"
pseudonym = "Child K"
born = "14-03-2023"
address = "Flat 7, 22 Tansy Row, Brackleigh, MK7 4QT"

[[people]]
name = "Sayana Whitlock"
role = "Mother"
pseudonym = "Mother"
born = "02-06-2003"

[[people]]
name = "Ryan Fury"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Dennis Haze"
role = "Maternal grandfather"
pseudonym = "Maternal grandfather"

[[people]]
name = "Luca Senna"
role = "Paternal uncle"
pseudonym = "Paternal uncle"
"""

IDENTIFIERS = {
    "key_name": ["Kian", "Fury", "Sayana", "Whitlock", "Ryan", "Dennis", "Haze", "Luca",
                 "Senna"],
    "address": ["Tansy Row", "Brackleigh"],
    "postcode": ["MK7 4QT"],
}
ORDINARY = [
    "Calpol Six Plus", "6-in-1", "Bexsero", "Prevenar 13", "MMR", "Fluenz Tetra",
    "Concerta XL", "Elvanse", "Clenil Modulite", "Oilatum Junior", "Dermol 500",
    "Healthy Start vitamin drops", "Mirena coil", "Sayana Press", "Buvidal", "Senokot",
    "Full Marks Solution", "Spice", "nitazenes", "THC vapes", "Xanax bars", "Benzo Fury",
    "Purple Haze", "monkey dust", "Tusi",
]

INVOLVEMENT = [
    "Kian had the 6-in-1, Bexsero and Prevenar 13 on time but missed the MMR; the health "
    "visitor advised Calpol Six Plus for fever, Oilatum Junior and Dermol 500 for his "
    "eczema, and Healthy Start vitamin drops. Sayana Whitlock used Full Marks Solution "
    "for head lice and Senokot for his constipation.",
    "Ryan Fury was prescribed Buvidal by the drug service. In May 2024 Police searched the "
    "flat and found Spice, THC vapes, Xanax bars and a bag labelled Benzo Fury; Mr Fury "
    "said the Purple Haze was his brother's. Luca Senna was later arrested with nitazenes "
    "and Tusi.",
    "Sayana had a Mirena coil removed and chose Sayana Press. Dennis Haze said Ms Whitlock "
    "was using monkey dust; Haze rang the Youth Justice Service about Kian's cousin, who "
    "took Concerta XL, then Elvanse, and used a Clenil Modulite inhaler.",
    "Fluenz Tetra was offered at nursery; Whitlock refused it. Senna collected Kian twice.",
]
ANALYSIS = [
    "Professionals heard that Mr Fury's Buvidal had stopped, yet no one asked Ms Whitlock "
    "about the Xanax bars or the nitazenes Mr Senna was known to sell.",
]
LEARNING = [
    "Learning: the 6-in-1, Bexsero and Prevenar 13 were given, but the missed MMR and "
    "Fluenz Tetra were not followed up while Spice and THC vapes were in the home.",
    "Learning: Ryan and Dennis were never seen together, though Fury was named by Sayana "
    "and Luca by Kian.",
]
RECOMMENDATIONS = [
    ("Thames Valley Police must tell Children's Social Care when nitazenes or Xanax bars "
     "are found where a child lives", "Audit records", "Detective inspector", "31-03-2025"),
]

MEDICINES_CASE = HeldOut(
    "LBB-2024-11", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Kian Fury, MK7 4QT",
    footer="Author: youth justice officer", comment="Ask Sayana about Dennis",
    footnote="Mr Senna's account of the Benzo Fury.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(MEDICINES_CASE, tmp_path_factory.mktemp("medicines"))


def test_the_medicines_vaccines_and_drugs_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, MEDICINES_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("Bexsero", "Prevenar 13", "Fluenz Tetra", "Spice", "THC vapes"):
        assert occurrences(phrase, summary), phrase


def test_the_family_named_like_the_phrases_is_replaced_in_both_documents(outputs):
    assert summary_left(outputs, MEDICINES_CASE) == {}
    assert overview_left(outputs, MEDICINES_CASE) == []


@pytest.mark.parametrize(("document", "names"), [
    (SUMMARY, ("Ryan", "Dennis", "Fury", "Sayana", "Luca", "Kian")),
    (OVERVIEW, ("Fury", "Whitlock", "Haze", "Senna", "Sayana", "Kian"))])
def test_the_family_is_listed_in_the_report(outputs, document, names):
    # The summary carries the learning paragraphs, which name the family.
    assert not_listed(outputs, document, names) == [], document
    # No phrase of the list was taken for a name by the gate.
    assert phrases_suspected(outputs, document, ORDINARY) == [], document
