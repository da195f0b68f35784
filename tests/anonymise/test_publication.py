"""The adversarial corpus (tests/builders/adversarial.py) through the anonymiser and the
publication gate: in the executive summary's way (suspects replaced) no planted
identifier is left in any part; in the overview draft's way (suspects replaced, the
placeholders highlighted) at most 2% are left and each one left is listed as a suspect;
ordinary phrases survive."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders.adversarial import build_corpus, document_text, left_in, lost_from
from tests.builders.publishing import publish


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(seed=11, families=6)


def test_the_summary_way_leaves_no_identifier_in_any_part(corpus):
    leaks: Counter = Counter()
    for item in corpus:
        _, verdict = publish(item, "replace")
        assert not verdict.blocking
        for planted in left_in(document_text(verdict.data), item.planted, item.ordinary):
            leaks[(planted.kind, planted.part, planted.text)] += 1
    assert not leaks, leaks


def test_the_overview_way_leaves_few_and_lists_each(corpus):
    planted = left = 0
    unlisted = []
    for item in corpus:
        _, verdict = publish(item, "mark")
        planted += len(item.planted)
        remaining = left_in(document_text(verdict.data), item.planted, item.ordinary)
        left += len(remaining)
        listed = " ".join(s.text for s in verdict.suspects)
        unlisted += [p for p in remaining if p.text.lower() not in listed.lower()]
    assert left <= 0.02 * planted, (left, planted)
    assert not unlisted, unlisted


def test_ordinary_phrases_survive(corpus):
    lost = []
    for item in corpus:
        _, verdict = publish(item, "replace")
        lost += lost_from(document_text(verdict.data), item.ordinary)
    assert len(lost) <= 1, lost
