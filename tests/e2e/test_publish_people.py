"""A case whose agency reports cite the people of the public record and of a child's
everyday life the way practitioners write them (the Molly Russell inquest, Awaab's Law,
Arthur Labinjo-Hughes, the Breck Foundation, Josh MacAlister's review; Harry Kane, Taylor
Swift, Prince Harry, Kylian Mbappé), in a family whose names are words of those names (the
child Harry Okafor, the father Declan Swift, the grandmother Joan Ishak) and whose mother
holds one of them whole (Molly Russell), through the whole merge: the public names survive
into executive_summary.docx and overview_draft.docx; the family's names, where they stand
alone, are replaced in both and listed; and the mother's full name is replaced wherever it
is written, the inquest's too, because the key always wins."""

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
reference = "LBB-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child H"
period = { from = "01-01-2023", to = "31-12-2024" }
board = "Marlcombe Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"

[[agencies]]
name = "School Nursing Service"

[[people]]
name = "Harry Okafor"
role = "Child"
pseudonym = "Child H"
born = "09-05-2012"
address = "Flat 2, 31 Teasel Row, Brackleigh, MK7 2PD"

[[people]]
name = "Molly Russell"
role = "Mother"
pseudonym = "Mother"
born = "21-11-1989"

[[people]]
name = "Declan Swift"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Joan Ishak"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"
"""

IDENTIFIERS = {
    "key_name": ["Harry", "Okafor", "Molly", "Russell", "Declan", "Swift", "Joan", "Ishak"],
    "address": ["Teasel Row", "Brackleigh"],
    "postcode": ["MK7 2PD"],
}
ORDINARY = [
    "Harry Kane", "Taylor Swift", "Prince Harry", "Declan Rice", "Kylian Mbappé",
    "Bukayo Saka", "Awaab's Law", "Awaab Ishak", "Arthur Labinjo-Hughes", "Star Hobson",
    "Breck Foundation", "Josh MacAlister", "Daksha Emson", "Andrew Tate", "Rishi Sunak",
]

INVOLVEMENT = [
    "Harry, aged eleven, told the school nurse he wanted to play like Harry Kane and Bukayo "
    "Saka; his bedroom wall held a Kylian Mbappé poster. Mr Swift said Harry had watched "
    "Andrew Tate clips online and the school nurse gave the family the Breck Foundation's "
    "leaflet on online grooming.",
    "Molly Russell, the mother, said she had followed the Molly Russell inquest on the news "
    "and worried about Harry's phone. Declan took Harry to see Taylor Swift; Declan Swift "
    "told the police Harry cried when Prince Harry spoke about his mother.",
    "The flat was damp and the housing officer cited Awaab's Law and the death of Awaab "
    "Ishak. Mrs Ishak, the grandmother, said Joan had reported the mould twice. Harry's "
    "football coach said he was the next Declan Rice.",
]
ANALYSIS = [
    "The reviews of Arthur Labinjo-Hughes and Star Hobson, and Josh MacAlister's review of "
    "children's social care, warn that a parent's account is not evidence; Mr Okafor's "
    "absence was never explored, as Ms Russell was never asked about the father.",
]
LEARNING = [
    "Learning: the learning from Daksha Emson and from Awaab Ishak was known, yet no one "
    "asked Harry or Ms Russell about the damp; Swift was seen only once.",
    "Learning: staff should ask about online harm early; Rishi Sunak's government strategy "
    "on it was not used, and Joan was never asked what she had seen.",
]
RECOMMENDATIONS = [
    ("Children's Social Care must apply the learning from the review of Star Hobson when a "
     "parent's partner is unseen", "Audit records", "Service manager", "31-03-2025"),
]

PEOPLE_CASE = HeldOut(
    "LBB-2024-07", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Harry Okafor, MK7 2PD",
    footer="Author: school nurse", comment="Ask Molly about Declan",
    footnote="Mrs Ishak's account of the mould.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(PEOPLE_CASE, tmp_path_factory.mktemp("people"))


def test_the_public_names_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, PEOPLE_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("Daksha Emson", "Awaab Ishak", "Rishi Sunak", "Star Hobson"):
        assert occurrences(phrase, summary), phrase
    overview = document_text((outputs / OVERVIEW).read_bytes())
    for phrase in ("Harry Kane", "Taylor Swift", "Prince Harry", "Kylian Mbappé"):
        assert occurrences(phrase, overview), phrase


def test_the_family_is_replaced_in_both_documents(outputs):
    assert summary_left(outputs, PEOPLE_CASE) == {}
    assert overview_left(outputs, PEOPLE_CASE) == []


def test_the_mothers_full_name_is_replaced_where_it_is_the_inquests_too(outputs):
    # Her name is the inquest's as written: the key wins, the board loses the phrase.
    overview = document_text((outputs / OVERVIEW).read_bytes())
    assert not occurrences("Molly Russell", overview)
    assert "followed the Mother inquest" in overview


@pytest.mark.parametrize(("document", "names"), [
    (SUMMARY, ("Harry", "Russell", "Swift", "Joan")),
    (OVERVIEW, ("Harry", "Molly Russell", "Swift", "Declan", "Ishak", "Okafor"))])
def test_the_family_is_listed_in_the_report(outputs, document, names):
    assert not_listed(outputs, document, names) == [], document
    # No public name was taken for a name by the gate.
    assert phrases_suspected(outputs, document, ORDINARY) == [], document
