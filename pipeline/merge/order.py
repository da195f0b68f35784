"""The merged chronology's order (SPEC.md "Merge rules").

Date, then time (untimed entries of a day first), then agency in case.toml order, then
the order in the return. Periods (month, season, year, range) sort at their start; rows
whose date is unknown, missing or unreadable follow every dated row, by agency.

Within one return and one day the return's own order is kept, unless two rows both have
exact times that say otherwise: an entry with no time (a carried date, 'later the same
day') or a time that may be morning or afternoon ('2.30', flagged time_ambiguous) never
moves before an entry the agency wrote above it, and takes its place among the other
agencies' entries just after that entry.
"""

from __future__ import annotations

import datetime as dt
import heapq

from pipeline.case import Case
from pipeline.model import Precision, Row

PERIODS = {Precision.MONTH, Precision.YEAR, Precision.SEASON, Precision.RANGE}
_UNTIMED = (0, dt.time.min)   # sorts before every time of the day


def sort_day(row: Row) -> dt.date | None:
    """The day a row sorts on: its date, a period's start; None when it has no date."""
    reading = row.reading
    if reading is None:
        return None
    if reading.precision is Precision.DAY and reading.date is not None:
        return reading.date
    if reading.precision in PERIODS and reading.start is not None:
        return reading.start
    return None


def exact_time(row: Row) -> dt.time | None:
    """The row's time when it can order the row: written, and not possibly am or pm."""
    reading = row.reading
    if reading is None or reading.time is None or "time_ambiguous" in reading.flags:
        return None
    return reading.time


def sort_rows(rows: list[Row], case: Case) -> list[Row]:
    """`rows` in merged order, with each linked event's entries brought together.

    The SPEC asks both for the sort and for one event's entries to be "shown together":
    on a day, the later entries of an event move up to follow its first entry, so the
    panel reads the police, social care and health accounts of one meeting side by side.
    An entry never moves up past an earlier entry of its own return. Nothing else moves.
    """
    return _events_together(_sorted(rows, case))


def _sorted(rows: list[Row], case: Case) -> list[Row]:
    """Day by day, each return's rows of the day (in the return's order) merged by time."""
    # Each agency's key (its place in case.toml, then its name), found once.
    agency_key = {name: (case.agency_order(name), name) for name in {row.agency for row in rows}}
    by_day: dict[dt.date, dict[str, list[Row]]] = {}
    undated: list[Row] = []
    for row in rows:
        day = sort_day(row)
        if day is None:
            undated.append(row)
        else:
            by_day.setdefault(day, {}).setdefault(row.provenance.file, []).append(row)
    ordered: list[Row] = []
    for day in sorted(by_day):
        returns = [_one_return_day(day_rows, agency_key) for day_rows in by_day[day].values()]
        ordered.extend(row for _, row in heapq.merge(*returns, key=lambda keyed: keyed[0]))
    undated.sort(key=lambda row: (agency_key[row.agency], row.provenance.file, row.order))
    return ordered + undated


def _one_return_day(rows: list[Row], agency_key: dict[str, tuple[int, str]]
                    ) -> list[tuple[tuple, Row]]:
    """One return's rows of one day in the order they take, each with its merge key.

    Rows with exact times that stand together in the return are put in time order; a row
    without an exact time stays where the return put it and shares the key of the row
    before it, so it follows that row in the merged chronology too.
    """
    in_return = sorted(rows, key=lambda row: row.order)
    placed: list[Row] = []
    timed_run: list[Row] = []
    for row in in_return:
        if exact_time(row) is not None:
            timed_run.append(row)
            continue
        placed.extend(sorted(timed_run, key=exact_time))
        timed_run = []
        placed.append(row)
    placed.extend(sorted(timed_run, key=exact_time))
    keyed = []
    time_key = _UNTIMED
    for row in placed:
        time = exact_time(row)
        if time is not None:
            time_key = (1, time)
        keyed.append(((time_key, agency_key[row.agency], row.provenance.file, row.order), row))
    return keyed


def _events_together(ordered: list[Row]) -> list[Row]:
    """Each event's entries brought together, where that keeps every return's own order.

    At an event's first entry, the later entries move up to follow it. If one of them
    cannot (an earlier entry of its own return is not placed yet), the earlier entries
    wait for it instead, where none of them would be passed by an entry of its own
    return; otherwise each keeps its place.
    """
    by_event: dict[str, list[Row]] = {}
    for row in ordered:
        if row.event:
            by_event.setdefault(row.event, []).append(row)
    if not by_event:
        return ordered
    position = {id(row): index for index, row in enumerate(ordered)}
    waiting = _Waiting(ordered)
    deferred: dict[int, list[Row]] = {}     # id of the entry they wait for -> entries
    waiting_for: set[int] = set()           # the entries that wait
    together: list[Row] = []

    def place(row: Row) -> None:
        for early in deferred.pop(id(row), []):
            place(early)
        together.append(row)
        waiting.place(row)

    for row in ordered:
        if waiting.is_placed(row) or id(row) in waiting_for:
            continue
        members = [m for m in by_event.get(row.event, [])
                   if m is not row and not waiting.is_placed(m) and id(m) not in waiting_for]
        blocked = [m for m in members if not waiting.is_next_of_its_return(m)]
        blocked_ids = {id(m) for m in blocked}
        if blocked and waiting.can_wait([row], blocked[-1], position):
            deferred.setdefault(id(blocked[-1]), []).append(row)
            waiting_for.add(id(row))
            continue
        place(row)
        for member in members:
            if id(member) not in blocked_ids:
                place(member)
    return together


class _Waiting:
    """The rows not yet placed, and for each return the first of them in merged order."""

    def __init__(self, ordered: list[Row]) -> None:
        self._placed: set[int] = set()
        self._rows_of: dict[str, list[Row]] = {}
        for row in ordered:
            self._rows_of.setdefault(row.provenance.file, []).append(row)
        self._first = dict.fromkeys(self._rows_of, 0)
        # A return's rows are in merged order: of those after a row, its next is first.
        self._next_at: dict[int, int] = {}     # id of a row -> where its return's next is
        position = {id(row): index for index, row in enumerate(ordered)}
        for rows in self._rows_of.values():
            for row, after in zip(rows, rows[1:], strict=False):
                self._next_at[id(row)] = position[id(after)]

    def is_placed(self, row: Row) -> bool:
        return id(row) in self._placed

    def place(self, row: Row) -> None:
        self._placed.add(id(row))

    def can_wait(self, rows: list[Row], anchor: Row, position: dict[int, int]) -> bool:
        """Whether `rows` can move down to just before `anchor` without any row of
        their own returns passing them."""
        end = position[id(anchor)]
        return all(self._next_at.get(id(row), end) >= end for row in rows)

    def is_next_of_its_return(self, row: Row) -> bool:
        """Whether every row of `row`'s return before it is placed already."""
        rows = self._rows_of[row.provenance.file]
        first = self._first[row.provenance.file]
        while id(rows[first]) in self._placed:
            first += 1
        self._first[row.provenance.file] = first
        return rows[first] is row
