"""One event seen by several agencies: entries of different agencies on one day that
describe the same meeting, admission or referral share an event id ("E001"). None is
dropped: each agency's account is evidence for the review.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

import numpy
from rapidfuzz import fuzz, process

from pipeline.merge.order import sort_day
from pipeline.merge.threads import each_day
from pipeline.model import Row

# Multi-agency events boards see in every review, by the words agencies use for them.
# Two entries naming the same kind of event on the same day are very likely one event.
EVENT_KINDS: dict[str, re.Pattern[str]] = {name: re.compile(pattern, re.I) for name, pattern in {
    "strategy": r"\bstrategy (meeting|discussion)|\bs\.? ?47\b|\bsection 47\b",
    "conference": r"\b(case|child protection|initial|review) conference\b|\b[ir]cpc\b",
    "core_group": r"\bcore group\b",
    "admission": r"\badmi(tted|ssion)\b|\bward\b|\bpaediatric (ward|unit)\b",
    "emergency": r"\ba ?& ?e\b|\bemergency department\b|\bed attendance\b|\bambulance\b",
    "referral": r"\bmash\b|\breferr(al|ed)\b|\bcontact and referral\b",
    "medical": r"\b(child protection|cp) medical\b",
    "discharge": r"\bdischarg(e|ed)\b",
    "arrest": r"\barrest(ed)?\b|\bcustody\b",
    "domestic": r"\bdomestic (abuse|incident|violence)\b|\bmarac\b|\bdv incident\b",
    "joint_visit": r"\bjoint (home )?visit\b",
    "court": r"\b(court|hearing|emergency protection order|epo|interim care order)\b",
    "police_protection": r"\bpolice protection\b|\bpps\b",
    "police_attendance": r"\bpolice (attend\w*|called)\b|\battendance by police\b",
}.items()}

# Kinds so common in ordinary work ("referral to speech and language therapy", "referral
# to housing") that naming one is weaker evidence: the wording must agree more.
WEAK_KINDS = {"referral"}

# rapidfuzz token_set_ratio (0-100) on the contact text. Tuned on the labelled pairs in
# tests/data/event_pairs.json (tests/merge/test_events.py prints precision and recall):
# entries naming the same kind of event need only a modest overlap in wording, because
# agencies describe one meeting from their own side; without a shared kind, only text
# that is nearly the same links.
WITH_SHARED_KIND = 45.0
WITH_SHARED_WEAK_KIND = 58.0
WITHOUT_SHARED_KIND = 78.0


_KIND_BITS = {name: 1 << bit for bit, name in enumerate(EVENT_KINDS)}
_WEAK_MASK = sum(_KIND_BITS[name] for name in WEAK_KINDS)


def contact_text(row: Row) -> str:
    """The three contact columns, which say what happened (not the agency's comment)."""
    return " ".join(part for part in (row.child, row.family, row.communication) if part)


# Words at least one kind's pattern needs: a text holding none of them names no kind, and
# most entries are told that way without running the patterns.
_TRIGGERS = ("strateg", "47", "conferenc", "cpc", "core group", "admi", "ward", "a&e",
             "a & e", "emergency", "ed attendance", "ambulance", "mash", "referr", "medical",
             "discharg", "arrest", "custody", "domestic", "marac", "dv incident", "joint",
             "court", "hearing", "epo", "care order", "police", "pps")


def kinds(text: str) -> frozenset[str]:
    """The kinds of multi-agency event a text names."""
    return _kinds(text.lower())


@functools.lru_cache(maxsize=4096)      # agencies repeat set phrases ("Core group attended")
def _kind_mask(lowered: str) -> int:
    """The kinds a text names, one bit each, so that a day's pairs compare at once."""
    return sum(_KIND_BITS[name] for name in _kinds(lowered))


@functools.lru_cache(maxsize=4096)
def _kinds(lowered: str) -> frozenset[str]:
    if not any(trigger in lowered for trigger in _TRIGGERS):
        return frozenset()
    return frozenset(name for name, pattern in EVENT_KINDS.items() if pattern.search(lowered))


def same_event(text_a: str, text_b: str) -> bool:
    """True when two same-day entries of different agencies describe one event: the rule
    link() applies to every pair of a day."""
    return bool(_linked([text_a.lower(), text_b.lower()], ["first", "second"])[0, 1])


def link(rows: list[Row]) -> int:
    """Give linked entries a shared provisional event id; returns how many events.

    Ids are renumbered in reading order by `renumber` once the rows are sorted.
    """
    by_day: dict[object, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        row.event = ""
        day = sort_day(row)
        if day is not None:
            by_day[day].append(index)
    days = [indexes for indexes in by_day.values()
            if len({rows[i].agency for i in indexes}) > 1]
    events_by_day = each_day(lambda indexes: _events_of_a_day([rows[i] for i in indexes]),
                             days)
    count = 0
    for indexes, groups in zip(days, events_by_day, strict=True):
        for group in groups:
            count += 1
            for member in group:
                rows[indexes[member]].event = f"E{count:03d}"
    return count


def _events_of_a_day(rows: list[Row]) -> list[list[int]]:
    """The groups (positions in `rows`) of one day's entries that describe one event.

    Whole matrices, not pairs: a busy day has dozens of entries, and a loop over its pairs
    costs more than scoring them.
    """
    linked = _linked([contact_text(row).lower() for row in rows], [row.agency for row in rows])
    # Entries joined by a chain of links are one event: each takes the smallest position
    # among its neighbours' until nothing changes.
    label = numpy.arange(len(rows))
    while True:
        lowest = numpy.where(linked, label[None, :], len(rows)).min(axis=1, initial=len(rows))
        new_label = numpy.minimum(label, lowest)
        if (new_label == label).all():
            break
        label = new_label
    groups: dict[int, list[int]] = defaultdict(list)
    for member, first in enumerate(label.tolist()):
        groups[first].append(member)
    return [members for members in groups.values() if len(members) > 1]


def _linked(texts: list[str], agencies: list[str]) -> numpy.ndarray:
    """Which pairs of one day's entries (lower-case contact texts, and their agencies)
    describe one event, as a symmetric boolean matrix. Entries of one agency are never
    linked; the score two texts need is lower when they name the same kind of event."""
    # Every pair scored once, in C: given one list as both sides, rapidfuzz scores each
    # pair of a symmetric scorer once and fills both halves of the matrix.
    scores = process.cdist(texts, texts, scorer=fuzz.token_set_ratio,
                           score_cutoff=WITH_SHARED_KIND, dtype=numpy.float32)
    by_agency = numpy.array(agencies, dtype=object)
    scores[by_agency[:, None] == by_agency[None, :]] = 0
    masks = numpy.array([_kind_mask(text) for text in texts], dtype=numpy.int64)
    shared = masks[:, None] & masks[None, :]
    needed = numpy.where(shared == 0, WITHOUT_SHARED_KIND,
                         numpy.where(shared & ~_WEAK_MASK == 0, WITH_SHARED_WEAK_KIND,
                                     WITH_SHARED_KIND))
    has_text = numpy.array([bool(text.strip()) for text in texts])
    return (scores >= needed) & has_text[:, None] & has_text[None, :]


def renumber(rows: list[Row]) -> None:
    """Event ids E001, E002... in the order the events first appear in `rows`."""
    new_ids: dict[str, str] = {}
    for row in rows:
        if row.event and row.event not in new_ids:
            new_ids[row.event] = f"E{len(new_ids) + 1:03d}"
    for row in rows:
        if row.event:
            row.event = new_ids[row.event]
