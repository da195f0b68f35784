"""Reading date and time cells: day-month-year and 24-hour, never invented.

`read_date(text, time_text, today=...)` gives one `DateReading` for a date cell (and a
separate time cell, as Excel returns have); `shown_time` is its time as the panel's
documents show it. `dates_command` is `python -m pipeline dates`.
The common forms are read by a fast path of compiled patterns (`reader.py`); dateparser,
pinned and checked, reads only what that path cannot place (`fallback.py`).

Finding codes a reading may carry (its `flags`):
  period           a month, year, season or range, not a day (the template asks for days)
  approximate      written as approximate: approx., circa, c., about, '?', early/mid/late
  two_digit_year   the year has two digits (read in the century ending this year)
  time_12h         the time was written with am/pm; it is given in 24-hour form
  time_ambiguous   a time such as 2.30 with no am/pm: read as written (02:30), may be 14:30
  time_unreadable  a time was written but is no real time (25:00): no time is kept
  time_conflict    two different times (date cell and time cell, or two in one cell):
                   no time is kept
  weekday_mismatch the weekday written is not the weekday of the date (the date is kept)
  date_with_text   the cell opens a sentence with the day ('On 5.11.03 the evening
                   before ...'): the day is read, the rest is kept as written, unread
  redacted         redaction marks (x, *, ?, #, _) stand in place of digits: the parts
                   written in full are kept at their precision ('xx/03/2014' is March
                   2014, 'XX/XX/2014' the year); a hidden year gives precision unknown
Codes of unreadable readings (precision unreadable, `reason` says why in words):
  month_first      written month first (10/16/2015); day and month are never swapped
  impossible_date  no such day (31/02/2015, 32/01/2015, 13/13/2015, year 1015)
  relative_date    relative to something else: 'last week', 'four days later', 'Tuesday'
  no_year          a day or month without a year ('3rd March', '23.12.', 'May 5th')
  several_dates    more than one date in the cell ('12th & 13th July 2011')
  unreadable       no date can be read safely from the text: a week that is not 'w/c' or
                   'w/e' ('week of 3/4/15'), one end of a period ('until 2015', 'by 3/4/15'),
                   a period that ends before it starts, stray numbers, or words only
Precision unknown ('not known', 'N/K', 'unknown', 'NK') and missing (an empty cell, or a
cell holding only a time) carry no code here; normalise adds date_carried, missing_date,
future_date, outside_period and before_birth (see pipeline/normalise.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import TextIO

from pipeline.dates import patterns as pt
from pipeline.dates.fast import read_fast
from pipeline.dates.reader import read
from pipeline.model import DateReading

__all__ = ["read_date", "shown_time", "dates_command"]


@functools.lru_cache(maxsize=65536)
def read_date(text: str, time_text: str = "", *, today: dt.date) -> DateReading:
    """The reading of a date cell as written (and of its separate time cell, or "").

    `today` sets the two-digit-year window. Returns a DateReading whose `date` is set only
    for precision day; periods have `start`/`end`; unreadable readings have a `reason`.
    Cached: the same cell text gives the same (immutable) reading.
    """
    return read_fast(text, time_text, today) or read(text, time_text, today)


_WRITTEN_TIMES = frozenset({"t_colon", "t_dot", "t_hrs", "t_h", "t_bare", "t_at", "pair"})


def shown_time(reading: DateReading, time_as_written: str = "") -> str:
    """The reading's time for a person: HH:MM, or as written when it may be am or pm.

    '2.30' is shown as '2.30', never as 02:30 or 14:30: the agency did not say which.
    """
    if "time_ambiguous" not in reading.flags:
        return reading.time_text
    if time_as_written.strip():
        return time_as_written.strip()
    lowered = reading.text.lower()   # same places as the text
    for match in pt.ITEM.finditer(lowered):
        if match.lastgroup in _WRITTEN_TIMES:
            written = reading.text[match.start():match.end()].strip()
            return written.removeprefix("@").removeprefix("at ").strip() or written
    return reading.time_text


def reading_json(reading: DateReading) -> dict[str, object]:
    """The command's JSON object for one reading (SPEC.md: text, date, time, precision, flags)."""
    return {
        "text": reading.text,
        "date": reading.date_text or None,
        "time": reading.time_text or None,
        "precision": reading.precision.value,
        "flags": list(reading.flags),
    }


def dates_command(stdin: TextIO, stdout: TextIO) -> int:
    """`python -m pipeline dates`: one date text a line in, one JSON object a line out."""
    today = dt.date.today()
    for line in stdin:
        text = line.rstrip("\r\n")
        stdout.write(json.dumps(reading_json(read_date(text, today=today))) + "\n")
    stdout.flush()
    return 0
