"""Inconsistencies between agencies, for the panel to look at (toolkit 3.1: "inconsistencies
between agencies").

Two kinds:
- "day": entries of different agencies a few days apart that describe the same event
  (they name the same kind of multi-agency event, a strategy meeting or an admission, in
  much the same words, or their words are the same), when neither agency also
  recorded it on the other's day and neither entry records hearing of it ("informed of");
- "time": entries of one linked event (merge/events.py) whose times are more than an hour
  apart.
Only exact days are compared: a period has no day to disagree with. Nothing is changed
in the rows: each inconsistency gets an id ("I001") that its rows list.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from itertools import combinations

import numpy
from rapidfuzz import fuzz, process

from pipeline.merge.events import EVENT_KINDS, WEAK_KINDS, contact_text, kinds
from pipeline.model import Inconsistency, Precision, Row

# How far apart (days) two accounts of one event may be and still be taken for one.
MAX_DAYS_APART = 3
# token_set_ratio (0-100) the texts of two entries naming the same kind of event need;
# without a shared kind their words must be the same. Stricter than same-day linking
# (events.py): on different days two similar entries are more often two events.
WITH_SHARED_KIND = 60.0
MIN_TEXT = 15
# Words of an entry that records hearing of an event rather than the event: "informed of
# the admission" two days after it is no inconsistency.
_HEARSAY_WORDS = (r"\b(informed|notified|received|told|call(ed)? from|letter|minutes|"
                  r"reported|aware|notice|copy of|feedback)\b")
_HEARSAY = re.compile(_HEARSAY_WORDS, re.I)
# The same words matched case-sensitively: the same matches in a lower-case ASCII text,
# in a third of the time. Outside ASCII re.I also matches "ı" for "i" and "ſ" for "s".
_HEARSAY_LOWER_ASCII = re.compile(_HEARSAY_WORDS)
# Two times of one event further apart than this contradict each other.
MAX_MINUTES_APART = 60
_WORD = re.compile(r"\w+")
# An inconsistency as found: its kind, its rows' positions in the merged rows, its words.
_Found = tuple[str, list[int], str]


def find(rows: list[Row]) -> list[Inconsistency]:
    """The inconsistencies among the merged `rows` (in their order), ids set on the rows."""
    for row in rows:
        row.inconsistencies = []
    days = [_day(row) for row in rows]
    found = [*_different_days(rows, days), *_contradicting_times(rows, days)]
    found.sort(key=lambda item: min(item[1]))
    result = []
    for number, (kind, places, explanation) in enumerate(found, start=1):
        ident = f"I{number:03d}"
        members = tuple(map(rows.__getitem__, places))
        for row in members:
            row.inconsistencies.append(ident)
        result.append(Inconsistency(ident, kind, members, explanation))
    return result


def _day(row: Row) -> dt.date | None:
    reading = row.reading
    if reading is not None and reading.precision is Precision.DAY:
        return reading.date
    return None


class _Day:
    """One day's entries, as the comparisons need them: those naming a kind of event (their
    texts, kinds and agencies, for scoring), every entry's words for the same-words rule,
    and for each entry the agencies whose entries that day describe the same event.
    `places` are the entries' positions in the merged rows (their own order if not given),
    `texts` their contact texts (read from the rows if not given)."""

    def __init__(self, rows: list[Row], places: list[int] | None = None,
                 texts: list[str] | None = None):
        given = zip(places or range(len(rows)), rows,
                    texts or [contact_text(row) for row in rows], strict=True)
        lowered = ((place, row, text.lower()) for place, row, text in given)
        kept = [(place, row, text) for place, row, text in lowered if not _hearsay(text)]
        self.places = [place for place, _, _ in kept]
        self.rows = [row for _, row, _ in kept]
        self.words: dict[str, list[int]] = defaultdict(list)
        self.named: list[int] = []
        self.texts: list[str] = []
        masks: list[int] = []
        for index, (_, _, text) in enumerate(kept):
            self.words[" ".join(_WORD.findall(text))].append(index)
            mask = _strong_kinds(text)
            if mask:
                self.named.append(index)
                self.texts.append(text)
                masks.append(mask)
        self.named_at = numpy.array(self.named, dtype=numpy.int64)
        self.masks = numpy.array(masks, dtype=numpy.int64)
        self.agencies = numpy.array([self.rows[index].agency for index in self.named],
                                    dtype=object)
        self.also_by: list[set[str]] = [set() for _ in self.rows]
        for i, j in _one_event(self, self):
            self.also_by[j].add(self.rows[i].agency)


def _hearsay(lowered: str) -> bool:
    """Whether a lower-case contact text records hearing of an event."""
    pattern = _HEARSAY_LOWER_ASCII if lowered.isascii() else _HEARSAY
    return pattern.search(lowered) is not None


@functools.lru_cache(maxsize=4096)      # agencies repeat set phrases
def _strong_kinds(text: str) -> int:
    """The kinds of event a text names, but the weak ones, one bit each."""
    named = kinds(text)
    return sum(1 << bit for bit, name in enumerate(EVENT_KINDS)
               if name in named and name not in WEAK_KINDS)


def _one_event(first: _Day, second: _Day) -> set[tuple[int, int]]:
    """The pairs (entry of `first`, entry of `second`) of different agencies that describe
    one event: the same words, or naming the same kind of event in much the same words.
    Only entries naming a kind are scored against each other, so a busy day costs little."""
    pairs = {(i, j) for words, mine in first.words.items()
             for j in second.words.get(words, ()) for i in mine
             if first.rows[i].agency != second.rows[j].agency}
    if first.named and second.named:
        scores = process.cdist(first.texts, second.texts, scorer=fuzz.token_set_ratio,
                               score_cutoff=WITH_SHARED_KIND, dtype=numpy.float32)
        found = (scores > 0) & ((first.masks[:, None] & second.masks[None, :]) != 0)
        found &= first.agencies[:, None] != second.agencies[None, :]
        mine, theirs = numpy.nonzero(found)
        pairs.update(zip(first.named_at[mine].tolist(), second.named_at[theirs].tolist(),
                         strict=True))
    return pairs


def _different_days(rows: list[Row], days: list[dt.date | None]) -> list[_Found]:
    """The "day" inconsistencies, as positions in `rows`; `days` holds each row's day."""
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    texts: dict[int, str] = {}
    for place, (row, day) in enumerate(zip(rows, days, strict=True)):
        if day is not None:
            text = contact_text(row)
            if len(text) >= MIN_TEXT:
                by_day[day].append(place)
                texts[place] = text
    entries = {day: _Day([rows[place] for place in places], places,
                         [texts[place] for place in places])
               for day, places in by_day.items()}
    pairs = []
    for day in sorted(entries):
        earlier = entries[day]
        for gap in range(1, MAX_DAYS_APART + 1):
            later = entries.get(day + dt.timedelta(days=gap))
            if later is None:
                continue
            for i, j in sorted(_one_event(earlier, later)):
                # Not when either agency also recorded the event on the other's day.
                if earlier.rows[i].agency not in later.also_by[j] and \
                        later.rows[j].agency not in earlier.also_by[i]:
                    pairs.append((earlier.places[i], later.places[j]))
    agencies = [row.agency for row in rows]
    return [("day", group, _day_words(group, days, agencies))
            for group in _within_window(_joined(pairs, rows), pairs, days)]


def _within_window(groups: list[list[int]], pairs: list[tuple[int, int]],
                   days: list[dt.date | None]) -> list[list[int]]:
    """Groups as found, except that one spanning more than MAX_DAYS_APART days is no single
    event (routine entries in the same words on many days chain into one group): each of its
    pairs is then an inconsistency of its own."""
    result = []
    for group in groups:
        group_days = [days[place] for place in group]
        if (max(group_days) - min(group_days)).days <= MAX_DAYS_APART:
            result.append(group)
            continue
        members = set(group)
        result.extend([first, second] for first, second in pairs if first in members)
    return result


def _joined(pairs: list[tuple[int, int]], rows: list[Row]) -> list[list[int]]:
    """The pairs (positions in `rows`) joined into groups: pairs that share a row, or whose
    rows share a linked event, are one inconsistency (one meeting on the 1st, one agency's
    entry on the 2nd). The groups are listed by their first position, each in order."""
    parent = list(range(len(rows)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]       # halve the next walk
            index = parent[index]
        return index

    by_event: dict[str, int] = {}
    for first, second in pairs:
        for place in (first, second):
            event = rows[place].event
            if event:
                parent[root(place)] = root(by_event.setdefault(event, place))
        parent[root(first)] = root(second)
    groups: dict[int, list[int]] = defaultdict(list)
    for place in sorted({place for pair in pairs for place in pair}):
        groups[root(place)].append(place)
    return list(groups.values())


def _contradicting_times(rows: list[Row], days: list[dt.date | None]) -> list[_Found]:
    """The "time" inconsistencies, as positions in `rows`."""
    events: dict[str, list[int]] = defaultdict(list)
    for place, row in enumerate(rows):
        if row.event and row.reading is not None and row.reading.time is not None:
            events[row.event].append(place)
    found = []
    for event, members in events.items():
        for first, second in combinations(members, 2):
            one, other = rows[first], rows[second]
            if one.agency != other.agency and _minutes_apart(one, other) > MAX_MINUTES_APART:
                found.append(("time", [first, second],
                              _time_words(event, days[first], one, other)))
    return found


def _minutes_apart(first: Row, second: Row) -> int:
    a, b = first.reading.time, second.reading.time
    return abs((a.hour * 60 + a.minute) - (b.hour * 60 + b.minute))


def _day_words(places: list[int], days: list[dt.date | None], agencies: list[str]) -> str:
    if len(places) == 2 and days[places[0]] != days[places[1]]:     # most: one pair
        one, other = places if days[places[0]] < days[places[1]] else places[::-1]
        said = (f"{agencies[one]} on {_dmy(days[one])}; "
                f"{agencies[other]} on {_dmy(days[other])}")
        return f"The same event seems recorded on different days: {said}. Which date is right?"
    by_day: dict[dt.date, list[str]] = {}
    for place in places:
        on_day = by_day.setdefault(days[place], [])
        if agencies[place] not in on_day:
            on_day.append(agencies[place])
    said = "; ".join(f"{', '.join(on_day)} on {_dmy(day)}"
                     for day, on_day in sorted(by_day.items()))
    return f"The same event seems recorded on different days: {said}. Which date is right?"


@functools.lru_cache(maxsize=4096)      # a few hundred days, each named in many groups
def _dmy(day: dt.date) -> str:
    return f"{day:%d-%m-%Y}"


def _time_words(event: str, day: dt.date | None, first: Row, second: Row) -> str:
    return (f"One event ({event}, {_dmy(day)}) at different times: "
            f"{first.agency} {first.reading.time_text}, {second.agency} "
            f"{second.reading.time_text}. Which time is right?")
