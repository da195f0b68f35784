"""A case whose agency reports name a family's faith the way practitioners write them
(Guru Nanak, Sukhmani Sahib, Prophet Ibrahim, Surah Yasin, Our Lady of Czestochowa, Saint
Nicholas, Haile Selassie, the Redeemed Christian Church of God), in a family whose names
are words of those phrases (the child Nicholas Ibrahim, the mother Teresa Kolbe, the father
Yusuf Ibrahim), through the whole merge: the phrases survive into executive_summary.docx
and overview_draft.docx, and the family's names, where they stand alone, are replaced in
both and listed."""

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
reference = "LBB-2023-14"
review = "Child Safeguarding Practice Review"
subject = "Child N"
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
name = "Nicholas Ibrahim"
role = "Child"
pseudonym = "Child N"
born = "14-03-2021"
address = "Flat 3, 14 Sorrel Walk, Brackleigh, MK7 4QT"

[[people]]
name = "Teresa Kolbe"
role = "Mother"
pseudonym = "Mother"
born = "02-06-1996"

[[people]]
name = "Yusuf Ibrahim"
role = "Father"
pseudonym = "Father"
"""

IDENTIFIERS = {
    "key_name": ["Nicholas", "Ibrahim", "Teresa", "Kolbe", "Yusuf"],
    "address": ["Sorrel Walk", "Brackleigh"],
    "postcode": ["MK7 4QT"],
}
ORDINARY = [
    "Guru Nanak", "Sukhmani Sahib", "Surah Yasin", "Our Lady of Czestochowa",
    "Haile Selassie", "Redeemed Christian Church of God", "Bhagavad Gita",
    "Saint Maximilian Kolbe", "Ethiopian Orthodox Tewahedo Church", "Jasna Gora",
]

INVOLVEMENT = [
    "Nicholas was born at term. Ms Kolbe kept a picture of Our Lady of Czestochowa and of "
    "Saint Maximilian Kolbe by the cot and had made a pilgrimage to Jasna Gora.",
    "Mr Ibrahim read Surah Yasin at night; Yusuf told the health visitor he also attended "
    "the Redeemed Christian Church of God with a friend.",
    "A neighbour, who followed Guru Nanak and read the Sukhmani Sahib, said Teresa had "
    "asked for help; a lodger spoke of Haile Selassie and the Bhagavad Gita and worshipped "
    "at the Ethiopian Orthodox Tewahedo Church.",
]
ANALYSIS = [
    "Staff read Teresa's faith as support; no one asked Mr Ibrahim who else lived there.",
]
LEARNING = [
    "Learning: practitioners recorded Our Lady of Czestochowa and the Redeemed Christian "
    "Church of God but never asked Nicholas's parents who the lodger was; Kolbe was not "
    "seen alone.",
]
RECOMMENDATIONS = [
    ("Children's Social Care must ask who lives in the home when a faith community is named",
     "Audit records", "Service manager", "31-03-2024"),
]

FAITHS_CASE = HeldOut(
    "LBB-2023-14", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on Nicholas Ibrahim, MK7 4QT",
    footer="Author: social worker", comment="Ask Teresa about Yusuf",
    footnote="Mr Ibrahim's account of the lodger.")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return run_heldout(FAITHS_CASE, tmp_path_factory.mktemp("faiths"))


def test_the_names_of_faith_survive_into_both_documents(outputs):
    assert phrases_lost(outputs, FAITHS_CASE) == set()
    summary = document_text((outputs / SUMMARY).read_bytes())
    for phrase in ("Our Lady of Czestochowa", "Redeemed Christian Church of God"):
        assert occurrences(phrase, summary), phrase


def test_the_family_named_like_the_phrases_is_replaced_in_both_documents(outputs):
    assert summary_left(outputs, FAITHS_CASE) == {}
    assert overview_left(outputs, FAITHS_CASE) == []


@pytest.mark.parametrize(("document", "names"), [
    (SUMMARY, ("Nicholas", "Kolbe")),
    (OVERVIEW, ("Nicholas", "Ibrahim", "Teresa", "Kolbe", "Yusuf"))])
def test_the_family_is_listed_in_the_report(outputs, document, names):
    assert not_listed(outputs, document, names) == [], document
    assert phrases_suspected(outputs, document, ORDINARY) == [], document
