"""The merged chronology's order (SPEC.md "Merge rules"), as one sort key per row.

Date, then time (untimed entries of a day first), then agency in case.toml order, then
the order in the return. Periods (month, season, year, range) sort at their start; rows
whose date is unknown, missing or unreadable follow every dated row, by agency.
"""

from __future__ import annotations

import datetime as dt

from pipeline.case import Case
from pipeline.model import Precision, Row

PERIODS = {Precision.MONTH, Precision.YEAR, Precision.SEASON, Precision.RANGE}


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


def sort_key(row: Row, case: Case) -> tuple:
    """The row's place in the merged chronology; ties are broken by the file's name."""
    day = sort_day(row)
    agency = (case.agency_order(row.agency), row.agency)
    within_return = (row.provenance.file, row.order)
    if day is None:
        return (1, dt.date.min, (0, dt.time.min), agency, within_return)
    time = row.reading.time if row.reading is not None else None
    untimed_first = (0, dt.time.min) if time is None else (1, time)
    return (0, day, untimed_first, agency, within_return)


def sort_rows(rows: list[Row], case: Case) -> list[Row]:
    """`rows` in merged order, with each linked event's entries brought together.

    The SPEC asks both for the sort and for one event's entries to be "shown together":
    on a day, the later entries of an event move up to follow its first entry, so the
    panel reads the police, social care and health accounts of one meeting side by side.
    Nothing else moves.
    """
    ordered = sorted(rows, key=lambda row: sort_key(row, case))
    by_event: dict[str, list[Row]] = {}
    for row in ordered:
        if row.event:
            by_event.setdefault(row.event, []).append(row)
    together: list[Row] = []
    placed: set[int] = set()
    for row in ordered:
        if id(row) in placed:
            continue
        group = by_event.get(row.event, [row]) if row.event else [row]
        for member in group:
            together.append(member)
            placed.add(id(member))
    return together
