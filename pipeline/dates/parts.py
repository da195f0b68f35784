"""Date parts found in a text (a day, a month, a year, a season, a range) and their checks.

A part is either a `Span` (first and last day it may mean, and how exact it is) or a
`Refusal` (why no reading is safe). Nothing here fills in a missing day, month or year.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from pipeline.dates.patterns import MONTHS, SEASONS
from pipeline.model import Precision


@dataclass(frozen=True)
class Span:
    """What one date part means: precision, first and last day, and finding codes."""

    precision: Precision
    start: dt.date
    end: dt.date | None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Refusal:
    """A date part that cannot be read safely: a finding code and the reason in words."""

    code: str
    reason: str


Part = Span | Refusal

MONTH_NAMES = {number: name for name, number in MONTHS.items() if len(name) == 3}
MIN_YEAR = 1900   # earlier years in a chronology are typing slips ("03/04/1015")


def full_year(written: str, today: dt.date) -> tuple[int, tuple[str, ...]]:
    """The year a written year means, with `two_digit_year` when only two digits were given.

    Two digits are read in the century window that ends this year (26 -> 2026 in 2026,
    27 -> 1927).
    """
    digits = written.lstrip("'")
    if len(digits) == 4:
        return int(digits), ()
    two = int(digits)
    year = today.year - (today.year - two) % 100
    return year, ("two_digit_year",)


def month_number(word: str) -> int:
    """The month a month name or abbreviation ("Sept.", "Febuary") names."""
    return MONTHS[word.rstrip(".")]


def day(day_text: str, month: int | str, year_text: str, today: dt.date,
        *, numeric: bool) -> Part:
    """One exact day. `numeric` when the month was written as a number (month-first check)."""
    year, flags = full_year(year_text, today)
    day_number = int(day_text)
    month_value = int(month) if isinstance(month, int) or month.isdigit() else month_number(month)
    if numeric and month_value > 12 and 1 <= day_number <= 12 and month_value <= 31:
        return Refusal("month_first", "the second number is more than 12, so the date seems "
                       "written month first; write it day first, like 16-10-2015")
    if year < MIN_YEAR:
        return Refusal("impossible_date", f"the year {year} cannot be right; check it")
    try:
        when = dt.date(year, month_value, day_number)
    except ValueError:
        return Refusal("impossible_date", "there is no such day (check the day and the "
                       "month: the day comes first)")
    return Span(Precision.DAY, when, when, flags)


def month(month_word: str, year_text: str, today: dt.date) -> Part:
    """A whole month, flagged `period`."""
    year, flags = full_year(year_text, today)
    number = month_number(month_word)
    return Span(Precision.MONTH, dt.date(year, number, 1),
                dt.date(year, number, calendar.monthrange(year, number)[1]), ("period", *flags))


def numeric_month(month_text: str, year_text: str) -> Part:
    """A month written as numbers, like 03/2015."""
    number, year = int(month_text), int(year_text)
    if not 1 <= number <= 12:
        return Refusal("impossible_date", "there is no such month")
    return Span(Precision.MONTH, dt.date(year, number, 1),
                dt.date(year, number, calendar.monthrange(year, number)[1]), ("period",))


def year(year_text: str) -> Part:
    """A whole year, flagged `period`."""
    number = int(year_text)
    return Span(Precision.YEAR, dt.date(number, 1, 1), dt.date(number, 12, 31), ("period",))


def season(name: str, year_text: str, second_year: str | None) -> Part:
    """A season: meteorological months; winter runs from December into the next year.

    'Winter 2011/12' is December 2011 to February 2012. 'Winter 2012' alone may mean the
    start or the end of 2012, so it spans January 2012 to February 2013: wide, not invented.
    """
    first_year = int(year_text)
    first_month = SEASONS[name]
    if first_month == 12:
        if second_year is not None:
            start = dt.date(first_year, 12, 1)
        else:
            start = dt.date(first_year, 1, 1)
        end_year = first_year + 1
        return Span(Precision.SEASON, start,
                    dt.date(end_year, 2, calendar.monthrange(end_year, 2)[1]), ("period",))
    if second_year is not None:
        return Refusal("unreadable", "a season with two years; write the months, like "
                       "'March 2012 - May 2012'")
    last_month = first_month + 2
    return Span(Precision.SEASON, dt.date(first_year, first_month, 1),
                dt.date(first_year, last_month, calendar.monthrange(first_year, last_month)[1]),
                ("period",))


def approximate(part: Part) -> Part:
    """The same part flagged `approximate` (early/mid/late, approx., circa)."""
    if isinstance(part, Refusal):
        return part
    return Span(part.precision, part.start, part.end, (*part.flags, "approximate"))


def joined(first: Part, last: Part) -> Part:
    """A range from the start of `first` to the end of `last`, flagged `period`."""
    if isinstance(first, Refusal):
        return first
    if isinstance(last, Refusal):
        return last
    end = last.end or last.start
    if end < first.start:
        return Refusal("unreadable", "the period ends before it starts; check both dates")
    flags = ("period",) + tuple(f for f in (*first.flags, *last.flags) if f != "period")
    return Span(Precision.RANGE, first.start, end, flags)


def week(part: Part, commencing: bool) -> Part:
    """The week a 'w/c' or 'w/e' day opens or closes, as a range."""
    if isinstance(part, Refusal) or part.precision is not Precision.DAY:
        return part
    seven_days = dt.timedelta(days=6)
    if commencing:
        start, end = part.start, part.start + seven_days
    else:
        start, end = part.start - seven_days, part.start
    return Span(Precision.RANGE, start, end, ("period", *part.flags))


def open_ended(part: Part) -> Part:
    """A range with a start and no end ('from 2013 onwards', 'ongoing')."""
    if isinstance(part, Refusal):
        return part
    flags = ("period",) + tuple(f for f in part.flags if f != "period")
    return Span(Precision.RANGE, part.start, None, flags)


def nth_week(part: Part, number: int) -> Part:
    """The first..fourth (1-4) or last (0) seven days of a month, as a range."""
    if isinstance(part, Refusal):
        return part
    if part.precision is not Precision.MONTH:
        return Refusal("unreadable", "names a week of something that is not a month; write "
                       "'w/c' and the first day, or the day itself")
    six_days = dt.timedelta(days=6)
    end_of_month = part.end or part.start
    start = end_of_month - six_days if number == 0 else part.start + dt.timedelta(
        days=7 * (number - 1))
    flags = ("period",) + tuple(f for f in part.flags if f != "period")
    return Span(Precision.RANGE, start, start + six_days, flags)


def compact(digits: str, today: dt.date) -> Part:
    """Eight digits as one day: year first (20140303) or day first (03032014).

    Only a reading that is a real day in a year from 1900 to this year counts (eight
    digits in real files are as often a reference number: '46650112', '22040101'), and
    both orders can never both be real (the month of one is the century of the other);
    anything else is refused.
    """
    year_first = (digits[:4], digits[4:6], digits[6:])
    day_first = (digits[4:], digits[2:4], digits[:2])
    days = []
    for year_text, month_text, day_text in (year_first, day_first):
        if not MIN_YEAR <= int(year_text) <= today.year:
            continue
        try:
            days.append(dt.date(int(year_text), int(month_text), int(day_text)))
        except ValueError:
            continue
    if len(days) != 1:
        return Refusal("unreadable", "holds eight digits that are not one date; write the "
                       "date like 03-04-2015")
    return Span(Precision.DAY, days[0], days[0])
