"""The normalise stage: every row's date and time read by the rules of SPEC.md.

For each row of each return, in order, `row.reading` is set and its finding codes are added
to `row.flags` (once each). The codes read_date gives are listed in pipeline/dates; this
stage adds the ones that need the case or the row above:

  date_carried    the date cell is empty (or holds only a time) and the row above in the
                  same table is dated: its date (never its time) is used; the text as
                  written stays empty
  missing_date    the date cell is empty and nothing can be carried: an error
  future_date     the day (or the start of the period) is after today
  outside_period  the day is outside the review period; for a period, all of it is
  before_birth    the day is before the subject's date of birth; for a period, all of it is
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from pipeline.case import Case
from pipeline.dates import read_date
from pipeline.model import DateReading, Precision, Return, Row
from pipeline.progress import tqdm

log = logging.getLogger(__name__)

# Precisions that place a row in time, so the row below may take its date.
DATED = {Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.SEASON, Precision.RANGE}


def normalise(returns: list[Return], case: Case, today: dt.date) -> list[Return]:
    """`returns`, every row's date and time cells read: `row.reading` and `row.flags`
    filled."""
    total = sum(len(ret.rows) for ret in returns)
    with tqdm(total=total, desc="normalise", unit="row", disable=None, leave=False) as bar:
        for ret in returns:
            above: Row | None = None
            for row in ret.rows:
                reading = read_date(row.date_as_written, row.time_as_written, today=today)
                if reading.precision is Precision.MISSING:
                    reading = _carried(reading, row, above)
                extra = case_flags(reading, today, case.period_from, case.period_to,
                                   case.subject_born)
                if extra:
                    reading = dataclasses.replace(reading, flags=_unique(reading.flags + extra))
                row.reading = reading
                for code in reading.flags:
                    if code not in row.flags:
                        row.flags.append(code)
                above = row
                bar.update()
    counts = _precision_counts(returns)
    log.info("normalise: %d rows read; %s", total,
             ", ".join(f"{name} {count}" for name, count in sorted(counts.items())))
    return returns


def _carried(reading: DateReading, row: Row, above: Row | None) -> DateReading:
    """A missing date taken from the row above in the same table, else flagged missing_date.

    Only the date is carried, never the time: the row keeps its own time (a time-only
    cell, or the time cell) or has none. Its place after the row above comes from the
    return's order (pipeline/merge/order.py), not from a borrowed time.
    """
    source = above.reading if above is not None else None
    if (source is None or source.precision not in DATED
            or above is None or above.provenance.table != row.provenance.table):
        return dataclasses.replace(reading, flags=_unique((*reading.flags, "missing_date")))
    return DateReading(
        text=reading.text,
        precision=source.precision,
        date=source.date,
        time=reading.time,
        start=source.start,
        end=source.end,
        flags=_unique((*reading.flags, "date_carried")),
    )


def case_flags(reading: DateReading, today: dt.date, period_from: dt.date,
               period_to: dt.date, born: dt.date | None) -> tuple[str, ...]:
    """future_date, outside_period and before_birth for one reading (empty when none apply).

    A day is checked itself; a period only when all of it lies outside (its start after,
    or its end before); an open range (no end) only by its start.
    """
    if reading.precision not in DATED or reading.start is None:
        return ()
    first = reading.start
    last = reading.end or dt.date.max
    flags: list[str] = []
    if first > today:
        flags.append("future_date")
    if first > period_to or last < period_from:
        flags.append("outside_period")
    if born is not None and last < born:
        flags.append("before_birth")
    return tuple(flags)


def _unique(codes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(codes))


def _precision_counts(returns: list[Return]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ret in returns:
        for row in ret.rows:
            if row.reading is not None:
                name = row.reading.precision.value
                counts[name] = counts.get(name, 0) + 1
    return counts
