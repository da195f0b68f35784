"""The fast lane: the commonest whole cells read by one compiled pattern, or None.

'03/04/2015', '03/04/2015 14:30', '12.03.14 1430hrs', '3rd April 2015 2.30pm',
'Tuesday 5th May 2015 at 1430', 'March 2015'. Anything else, and anything doubtful in
these (a month above 12, no such day, a time like 25:00), returns None and goes to the
full scan in reader.py, which gives the same reading for everything read here
(tests/dates/test_dates_properties.py checks that).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from pipeline.dates.parts import MIN_YEAR, full_year
from pipeline.dates.patterns import FAST_TIME, MONTHS, WEEKDAYS
from pipeline.model import DateReading, Precision

_DAY_CELL = re.compile(
    r"\s*(?:(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?\.?,?\s+)?"
    r"(?:(\d{1,2})([/.\-])(\d{1,2})\3(\d{4}|\d{2})"
    r"|(\d{1,2})(?:st|nd|rd|th)?[\s\-]([a-z]{3,9})\.?[\s\-](\d{4}))"
    r"(?:,?\s+(?:(?:at|@)\s*)?(?:(\d{2}):?(\d{2})(?::\d{2})?(?:\s?hrs)?"
    r"|(\d{1,2})(?:[.:](\d{2}))?\s?(am|pm)))?\s*",
    re.IGNORECASE)
_MONTH_CELL = re.compile(r"\s*([a-z]{3,9})\.?\s+(\d{4})\s*", re.IGNORECASE)


def read_fast(text: str, time_text: str, today: dt.date) -> DateReading | None:
    """The reading of one of the commonest cells, or None for the full scan to read."""
    match = _DAY_CELL.fullmatch(text)
    if match is None:
        return None if time_text else _month(text)
    (weekday, num_day, _, num_month, num_year, word_day, month_word, word_year,
     hour, minute, hour12, minute12, ampm) = match.groups()
    if num_day is not None:
        day_text, month_value, year_text = num_day, int(num_month), num_year
    else:
        month_value = MONTHS.get(month_word.lower(), 0)
        day_text, year_text = word_day, word_year
    year, flags = full_year(year_text, today)
    if year < MIN_YEAR or not 1 <= month_value <= 12:
        return None
    try:
        when = dt.date(year, month_value, int(day_text))
    except ValueError:
        return None
    time = None
    if hour is not None:
        if int(hour) > 23 or int(minute) > 59:
            return None
        time = dt.time(int(hour), int(minute))
    elif hour12 is not None:
        hour_value, minute_value = int(hour12), int(minute12 or 0)
        if not 1 <= hour_value <= 12 or minute_value > 59:
            return None
        hour_value = hour_value % 12 + (12 if ampm.lower() == "pm" else 0)
        time = dt.time(hour_value, minute_value)
        flags = (*flags, "time_12h")
    if time_text:
        if time is not None:
            return None
        cell = FAST_TIME.fullmatch(time_text)
        if cell is None or int(cell.group(1)) > 23 or int(cell.group(2)) > 59:
            return None
        time = dt.time(int(cell.group(1)), int(cell.group(2)))
    if weekday is not None and WEEKDAYS[weekday.lower()] != when.weekday():
        flags = (*flags, "weekday_mismatch")
    return DateReading(text, Precision.DAY, date=when, time=time, start=when, end=when,
                       flags=flags)


def _month(text: str) -> DateReading | None:
    match = _MONTH_CELL.fullmatch(text)
    if match is None:
        return None
    month_value = MONTHS.get(match.group(1).lower().rstrip("."))
    year = int(match.group(2))
    if month_value is None or year < MIN_YEAR:
        return None
    last = calendar.monthrange(year, month_value)[1]
    return DateReading(text, Precision.MONTH, start=dt.date(year, month_value, 1),
                       end=dt.date(year, month_value, last), flags=("period",))
