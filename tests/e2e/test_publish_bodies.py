"""A case whose agency reports name the public bodies and festivals of a Latvian and
Bulgarian family's life the way practitioners write them (South Western Ambulance
Service and SWASFT, the Lincs & Notts Air Ambulance, the GLAA and the Security Industry
Authority, the Waterways Chaplaincy, Winston's Wish, the Ben Kinsella Trust, the Jani
festival and Jāņu vakars, Baba Marta Day, a Nine Night, SUDEP), in a family whose names
are words of those phrases (the child Jani Ozols, the mother Marta Kinsella, the father
Winston Ozols), through the whole merge: the phrases survive into executive_summary.docx
and overview_draft.docx, and the family's names, where they stand alone, are replaced
in both and listed."""

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
reference = "TSB-2024-09"
review = "Child Safeguarding Practice Review"
subject = "Child J"
period = { from = "01-01-2023", to = "31-12-2024" }
board = "Tamarvale Safeguarding Children Partnership"

[[agencies]]
name = "Devon and Cornwall Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"

[[agencies]]
name = "Health Visiting Service"

[[people]]
name = "Jani Ozols"
role = "Child"
pseudonym = "Child J"
born = "21-06-2023"
address = "Flat 2, 9 Kestrel Row, Pellowan, PL9 4TX"

[[people]]
name = "Marta Kinsella"
role = "Mother"
pseudonym = "Mother"
born = "03-03-1999"

[[people]]
name = "Winston Ozols"
role = "Father"
pseudonym = "Father"
"""

IDENTIFIERS = {
    "key_name": ["Jani", "Ozols", "Marta", "Kinsella", "Winston"],
    "address": ["Kestrel Row", "Pellowan"],
    "postcode": ["PL9 4TX"],
}
ORDINARY = [
    "South Western Ambulance Service", "SWASFT", "Lincs & Notts Air Ambulance",
    "Gangmasters and Labour Abuse Authority", "GLAA", "Security Industry Authority",
    "Insolvency Service", "Waterways Chaplaincy", "Winston's Wish", "Ben Kinsella Trust",
    "Jani festival", "Jāņu vakars", "Baba Marta Day", "Nine Night", "SUDEP",
    "Devon & Somerset Fire & Rescue Service", "Mehndi night",
]

INVOLVEMENT = [
    "Jani was born in June 2023, the week of the Jani festival, which Mr Ozols's family "
    "kept with Jāņu vakars songs. South Western Ambulance Service took Marta to hospital "
    "in labour; SWASFT's crew noted the flat was cold.",
    "Winston Ozols worked on farms through a labour agency; in 2024 the Gangmasters and "
    "Labour Abuse Authority (GLAA) visited the site. He had held a Security Industry "
    "Authority licence until the Insolvency Service wound up his firm.",
    "Ms Kinsella's family is Bulgarian and kept Baba Marta Day; she went to a friend's "
    "Mehndi night in May. The Waterways Chaplaincy visited the boat where Winston stayed "
    "for a month, and Devon & Somerset Fire & Rescue Service fitted a smoke alarm.",
    "When Marta's uncle died of SUDEP, the family held a Nine Night; Winston's Wish "
    "offered support to Jani's cousins, and the Ben Kinsella Trust ran a session at the "
    "cousins' school. Kinsella said Jani was sleeping badly.",
]
ANALYSIS = [
    "Staff did not ask Mr Ozols about his work; the GLAA visit and the Security Industry "
    "Authority licence were known only to Police. Marta's grief after the Nine Night was "
    "not linked to her care of Jani.",
]
LEARNING = [
    "Learning: the Lincs & Notts Air Ambulance crew who flew Marta's uncle shared no "
    "record with South Western Ambulance Service; SUDEP in a family was never discussed.",
    "Learning: Winston and Jani were never seen together, though Ozols was named by Marta; "
    "the Waterways Chaplaincy and Winston's Wish knew of Jani but were not asked.",
]
RECOMMENDATIONS = [
    ("Children's Social Care must ask a parent's employer or the GLAA about work that "
     "moves the family", "Audit records", "Service manager", "31-03-2025"),
]

BODIES_CASE = HeldOut(
    "TSB-2024-09", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Jani Ozols, PL9 4TX",
    footer="Author: social worker", comment="Ask Marta about Winston",
    footnote="Mr Ozols's account of the Jani festival.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(BODIES_CASE, tmp_path_factory.mktemp("bodies"))


def test_the_bodies_and_festivals_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, BODIES_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("Lincs & Notts Air Ambulance", "South Western Ambulance Service",
                   "SUDEP", "Waterways Chaplaincy", "Winston's Wish"):
        assert occurrences(phrase, summary), phrase


def test_the_family_named_like_the_phrases_is_replaced_in_both_documents(outputs):
    assert summary_left(outputs, BODIES_CASE) == {}
    assert overview_left(outputs, BODIES_CASE) == []


@pytest.mark.parametrize(("document", "names"), [
    (SUMMARY, ("Jani", "Marta", "Winston", "Ozols")),
    (OVERVIEW, ("Jani", "Ozols", "Marta", "Kinsella", "Winston"))])
def test_the_family_is_listed_in_the_report(outputs, document, names):
    # The summary carries the learning paragraphs, which name the family.
    assert not_listed(outputs, document, names) == [], document
    # No phrase of the lists was taken for a name by the gate.
    assert phrases_suspected(outputs, document, ORDINARY) == [], document
