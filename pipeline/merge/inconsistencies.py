"""Inconsistencies between agencies, for the panel to look at (toolkit 3.1: "inconsistencies
between agencies").

Two kinds:
- "day": entries of different agencies a few days apart that describe the same event
  (they name the same kind of multi-agency event, a strategy meeting or an admission, in
  much the same words, or their text is nearly the same), when neither agency also
  recorded it on the other's day and neither entry records hearing of it ("informed of");
- "time": entries of one linked event (merge/events.py) whose times are more than an hour
  apart.
Only exact days are compared: a period has no day to disagree with. Nothing is changed
in the rows: each inconsistency gets an id ("I001") that its rows list.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from itertools import combinations

import numpy
from rapidfuzz import fuzz, process

from pipeline.merge.events import WEAK_KINDS, contact_text, kinds
from pipeline.model import Inconsistency, Precision, Row

# How far apart (days) two accounts of one event may be and still be taken for one.
MAX_DAYS_APART = 3
# token_set_ratio (0-100) the texts need: with a shared kind of event, or without one.
# Stricter than same-day linking (events.py): on different days two similar entries are
# more often two events (a visit, then another).
WITH_SHARED_KIND = 60.0
WITHOUT_SHARED_KIND = 90.0
MIN_TEXT = 15
# Words of an entry that records hearing of an event rather than the event: "informed of
# the admission" two days after it is no inconsistency.
_HEARSAY = re.compile(r"\b(informed|notified|received|told|call(ed)? from|letter|minutes|"
                      r"reported|aware|notice|copy of|feedback)\b", re.I)
# Two times of one event further apart than this contradict each other.
MAX_MINUTES_APART = 60


def find(rows: list[Row]) -> list[Inconsistency]:
    """The inconsistencies among the merged `rows` (in their order), ids set on the rows."""
    for row in rows:
        row.inconsistencies = []
    found = [*_different_days(rows), *_contradicting_times(rows)]
    position = {id(row): index for index, row in enumerate(rows)}
    found.sort(key=lambda item: min(position[id(row)] for row in item[1]))
    result = []
    for number, (kind, members, explanation) in enumerate(found, start=1):
        ident = f"I{number:03d}"
        for row in members:
            row.inconsistencies.append(ident)
        result.append(Inconsistency(ident, kind, tuple(members), explanation))
    return result


def _day(row: Row) -> dt.date | None:
    reading = row.reading
    if reading is not None and reading.precision is Precision.DAY:
        return reading.date
    return None


def _different_days(rows: list[Row]) -> list[tuple[str, list[Row], str]]:
    by_day: dict[dt.date, list[Row]] = defaultdict(list)
    for row in rows:
        day = _day(row)
        if day is not None and len(contact_text(row)) >= MIN_TEXT:
            by_day[day].append(row)
    texts = {id(row): contact_text(row).lower() for group in by_day.values() for row in group}
    pairs = []
    for day, today_rows in sorted(by_day.items()):
        later_rows = [row for gap in range(1, MAX_DAYS_APART + 1)
                      for row in by_day.get(day + dt.timedelta(days=gap), [])]
        if not later_rows:
            continue
        # Every pair scored at once, in C; only the few that reach the lower bar are
        # looked at here.
        scores = process.cdist([texts[id(r)] for r in today_rows],
                               [texts[id(r)] for r in later_rows],
                               scorer=fuzz.token_set_ratio, score_cutoff=WITH_SHARED_KIND)
        for i, j in zip(*numpy.nonzero(scores), strict=True):
            first, second = today_rows[i], later_rows[j]
            if first.agency != second.agency and _one_event(first, second) \
                    and not _also_on(first, by_day.get(_day(second), []), second) \
                    and not _also_on(second, by_day.get(day, []), first):
                pairs.append((first, second))
    return [("day", rows_, _day_words(rows_)) for rows_ in _joined(pairs, rows)]


def _joined(pairs: list[tuple[Row, Row]], rows: list[Row]) -> list[list[Row]]:
    """The pairs joined into groups: pairs that share a row, or whose rows share a linked
    event, are one inconsistency (one meeting on the 1st, one agency's entry on the 2nd)."""
    parent: dict[int, int] = {}

    def root(key: int) -> int:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    by_event: dict[str, int] = {}
    for first, second in pairs:
        for row in (first, second):
            if row.event:
                parent[root(id(row))] = root(by_event.setdefault(row.event, id(row)))
        parent[root(id(first))] = root(id(second))
    groups: dict[int, list[Row]] = defaultdict(list)
    involved = {id(row) for pair in pairs for row in pair}
    for row in rows:
        if id(row) in involved:
            groups[root(id(row))].append(row)
    return list(groups.values())


def _one_event(first: Row, second: Row) -> bool:
    text_a, text_b = contact_text(first).lower(), contact_text(second).lower()
    if _HEARSAY.search(text_a) or _HEARSAY.search(text_b):
        return False
    shared = (kinds(text_a) & kinds(text_b)) - WEAK_KINDS
    needed = WITH_SHARED_KIND if shared else WITHOUT_SHARED_KIND
    return fuzz.token_set_ratio(text_a, text_b, score_cutoff=needed) > 0


def _also_on(row: Row, other_day: list[Row], counterpart: Row) -> bool:
    """True when `row`'s agency also recorded `counterpart`'s event on `counterpart`'s day
    (then the two are two events, each recorded on its day)."""
    return any(other.agency == row.agency and other is not row and _one_event(other, counterpart)
               for other in other_day)


def _contradicting_times(rows: list[Row]) -> list[tuple[str, list[Row], str]]:
    events: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.event and row.reading is not None and row.reading.time is not None:
            events[row.event].append(row)
    found = []
    for event, members in events.items():
        for first, second in combinations(members, 2):
            if first.agency != second.agency and _minutes_apart(first, second) > \
                    MAX_MINUTES_APART:
                found.append(("time", [first, second], _time_words(event, first, second)))
    return found


def _minutes_apart(first: Row, second: Row) -> int:
    a, b = first.reading.time, second.reading.time
    return abs((a.hour * 60 + a.minute) - (b.hour * 60 + b.minute))


def _day_words(rows: list[Row]) -> str:
    by_day: dict[dt.date, list[str]] = defaultdict(list)
    for row in rows:
        if row.agency not in by_day[_day(row)]:
            by_day[_day(row)].append(row.agency)
    days = "; ".join(f"{', '.join(agencies)} on {day:%d-%m-%Y}"
                     for day, agencies in sorted(by_day.items()))
    return f"The same event seems recorded on different days: {days}. Which date is right?"


def _time_words(event: str, first: Row, second: Row) -> str:
    return (f"One event ({event}, {_day(first):%d-%m-%Y}) at different times: "
            f"{first.agency} {first.reading.time_text}, {second.agency} "
            f"{second.reading.time_text}. Which time is right?")
