"""Published judgments as reports cite them keep their courts' initials; the key's
initials inside a citation are still suspects, and the anonymiser still replaces them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.citations import citations
from pipeline.anonymise.lexicon import Lexicon
from pipeline.case import Agency, Case, Person
from tests.builders.gate_probe import suspect_texts


def _case() -> Case:
    return Case(root=Path("."), reference="J-3", review="Child Safeguarding Practice Review",
                subject="Child J", period_from=dt.date(2021, 1, 1),
                period_to=dt.date(2022, 12, 31), agencies=[Agency("Avon Police")],
                people=[Person("Bhavika Moran", "Mother", "Mother"),
                        Person("Riddhi Moran", "Child J", "Child")])


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.for_case(_case())


@pytest.mark.parametrize("citation", [
    "Re S-B (Children) [2009] UKSC 17",
    "Re B (Care Proceedings: Appeal) [2013] UKSC 33",
    "Re W (A Child)",
    "Re H (Minors) (Sexual Abuse: Standard of Proof)",
    "Re B-S (Children) [2013] EWCA Civ 1146",
    "[2021] EWHC 2154 (Fam)",
])
def test_a_cited_judgment_is_no_suspect_and_is_kept(citation, lexicon):
    text = f"Applying {citation}, the judge found the injuries were inflicted."
    assert suspect_texts(text, lexicon) == []
    anonymiser = Anonymiser.for_case(_case(), dt.date(2026, 12, 1))
    assert citation in anonymiser.anonymise(text)[0]


def test_the_keys_initials_inside_a_citation_are_still_suspects(lexicon):
    text = "The author cited Re BM (A Child) beside the mother's account."
    assert "BM" in suspect_texts(text, lexicon)
    anonymiser = Anonymiser.for_case(_case(), dt.date(2026, 12, 1))
    assert "Re BM" not in anonymiser.anonymise(text)[0]


@settings(max_examples=60, deadline=None)
@given(st.text("ABCDEFGHJKLNPSTWXYZ", min_size=1, max_size=3), st.booleans())
def test_a_citation_is_allowed_exactly_when_its_initials_are_not_the_keys(letters, hyphen):
    written = "-".join(letters) if hyphen else letters
    text = f"See Re {written} (Children) on delay."
    key = frozenset({"BM", "RM", letters}) if len(letters) > 1 and letters < "M" else \
        frozenset({"BM", "RM"})
    expected = [] if letters in key else [(4, text.index(")") + 1)]
    assert citations(text, key) == expected
