"""The slow fallback: dateparser, with every setting pinned, for texts the scan cannot place.

dateparser's defaults are wrong for a chronology (month first, a missing day or year filled
from today, relative dates on). Here every setting is fixed, and each text is parsed twice
against two different reference moments: a part that changes between the two was filled
in by dateparser, not written, and is never kept. Results are cached.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from pipeline.dates.parts import Span
from pipeline.dates.patterns import MONTHS
from pipeline.model import Precision

# Two reference moments that differ in every part (year, month, day, hour, minute).
_BASES = (dt.datetime(2001, 1, 1, 0, 0), dt.datetime(2002, 2, 2, 1, 1))


def _settings(base: dt.datetime) -> dict[str, object]:
    return {
        "DATE_ORDER": "DMY",
        "PREFER_LOCALE_DATE_ORDER": False,
        "RELATIVE_BASE": base,
        "PARSERS": ["custom-formats", "absolute-time"],   # no relative time, no timestamps
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "current_period",
        "PREFER_MONTH_OF_YEAR": "first",
        "STRICT_PARSING": False,         # missing parts are found by the two bases instead
        "REQUIRE_PARTS": [],
        "RETURN_TIME_AS_PERIOD": True,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "TIMEZONE": "UTC",
        "TO_TIMEZONE": "UTC",
        "NORMALIZE": True,
        "SKIP_TOKENS": ["t"],
    }


@functools.cache
def _parsers() -> tuple[object, object]:
    from dateparser.date import DateDataParser  # 50-80 ms to import: only when needed

    return tuple(DateDataParser(languages=["en"], settings=_settings(base))
                 for base in _BASES)


_MONTH_NAME = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")


@functools.lru_cache(maxsize=4096)
def read(text: str) -> tuple[Span, dt.time | None] | None:
    """A checked reading of a cleaned text by dateparser, or None when none is safe.

    Accepted only when the day (if any), the month and the year are all written in the
    text: the year as digits, the month by name (numbers are the scan's job, so day and
    month can never be swapped here), the day as a number.
    """
    try:
        first, second = (parser.get_date_data(text) for parser in _parsers())
    except (ValueError, OverflowError, TypeError):
        return None
    a, b = first.date_obj, second.date_obj
    if a is None or b is None or a.year != b.year or a.month != b.month:
        return None
    month_named = _MONTH_NAME.search(text)
    if month_named is None or MONTHS[month_named.group(1)] != a.month or str(a.year) not in text:
        return None
    written_days = {int(n) for n in re.findall(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)", text)}
    if a.day == b.day and a.day in written_days:
        when = dt.date(a.year, a.month, a.day)
        time = None
        if (a.hour, a.minute) == (b.hour, b.minute) and first.period == "time":
            time = dt.time(a.hour, a.minute)
        return Span(Precision.DAY, when, when), time
    last_day = calendar.monthrange(a.year, a.month)[1]
    return Span(Precision.MONTH, dt.date(a.year, a.month, 1), dt.date(a.year, a.month, last_day),
                ("period",)), None
