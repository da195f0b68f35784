"""The date part one scanned item means (a day, a month, a range...), or why none is safe."""

from __future__ import annotations

import datetime as dt

from pipeline.dates import parts
from pipeline.dates import patterns as pt
from pipeline.dates.parts import Part, Refusal

_RANGES = {"dr_word", "dr_months", "dr_num", "mr", "sr", "quarter", "yr"}
_DAYS = {"iso", "dmy", "roman", "dmy_space", "dmonthy", "monthdy", "monthd"}


def part(kind: str, g: tuple[str | None, ...], text: str, today: dt.date) -> Part:
    """The date part one scanned date item means (`g`: the pattern's groups)."""
    if kind in _RANGES:
        return _range(kind, g, text, today)
    if kind in _DAYS:
        return _day(kind, g, today)
    return _period(kind, g, today)


def _range(kind: str, g: tuple[str | None, ...], text: str, today: dt.date) -> Part:
    """From one day, month, season or year to another."""
    if kind == "dr_word":
        first_day, join, last_day, month_word, year_text = g
        if year_text is None:
            return Refusal("no_year", "the days have no year; add the year")
        if join in ("and", "&") and not pt.BETWEEN.search(text):
            return several()
        return parts.joined(parts.day(first_day, month_word, year_text, today, numeric=False),
                            parts.day(last_day, month_word, year_text, today, numeric=False))
    if kind == "dr_months":
        first_day, first_month, join, last_day, last_month, year_text = g
        if join in ("and", "&") and not pt.BETWEEN.search(text):
            return several()
        return parts.joined(parts.day(first_day, first_month, year_text, today, numeric=False),
                            parts.day(last_day, last_month, year_text, today, numeric=False))
    if kind == "dr_num":
        first_day, first_month, join, last_day, last_month, year_text = g
        if join in ("and", "&") and not pt.BETWEEN.search(text):
            return several()
        first_month = first_month or last_month   # 16-17/06/2014
        return parts.joined(parts.day(first_day, first_month, year_text, today, numeric=True),
                            parts.day(last_day, last_month, year_text, today, numeric=True))
    if kind == "mr":
        first_qualifier, first_month, last_qualifier, last_month, year_text = g
        part = parts.joined(parts.month(first_month, year_text, today),
                            parts.month(last_month, year_text, today))
        return parts.approximate(part) if first_qualifier or last_qualifier else part
    if kind == "sr":
        first_qualifier, first_season, last_qualifier, last_season, year_text = g
        part = parts.joined(parts.season(first_season, year_text, None),
                            parts.season(last_season, year_text, None))
        return parts.approximate(part) if first_qualifier or last_qualifier else part
    if kind == "quarter":
        first_month = 3 * int(g[0]) - 2
        return parts.joined(parts.month(parts.MONTH_NAMES[first_month], g[1], today),
                            parts.month(parts.MONTH_NAMES[first_month + 2], g[1], today))
    first, last = g                                   # "yr"
    if len(last) == 2:
        last = first[:2] + last
    return parts.joined(parts.year(first), parts.year(last))


def _day(kind: str, g: tuple[str | None, ...], today: dt.date) -> Part:
    """One day, written in one of the forms the scan knows."""
    if kind == "iso":
        year_text, month_text, day_text = g
        return parts.day(day_text, month_text, year_text, today, numeric=False)
    if kind == "dmy":
        day_text, month_text, year_text = g
        return parts.day(day_text, month_text, year_text, today, numeric=True)
    if kind == "roman":
        day_text, numeral, year_text = g
        return parts.day(day_text, pt.ROMAN_MONTHS[numeral], year_text, today, numeric=False)
    if kind == "dmy_space":
        day_text, month_text, year_text = g
        return parts.day(day_text, month_text, year_text, today, numeric=True)
    if kind == "dmonthy":
        day_text, month_word, year_text = g
        if year_text is None:
            return Refusal("no_year", "the date has no year; add the year")
        return parts.day(day_text, month_word, year_text, today, numeric=False)
    if kind == "monthdy":
        month_word, day_text, year_text = g
        return parts.day(day_text, month_word, year_text, today, numeric=False)
    return Refusal("no_year", "the date has no year; add the year")   # "monthd"


def _period(kind: str, g: tuple[str | None, ...], today: dt.date) -> Part:
    """A month, season or year standing alone."""
    if kind == "my":
        qualifier, month_word, year_text = g
        part = parts.month(month_word, year_text, today)
        return parts.approximate(part) if qualifier else part
    if kind == "season":
        qualifier, name, year_text, second_year = g
        part = parts.season(name, year_text, second_year)
        return parts.approximate(part) if qualifier else part
    if kind == "qyear":
        return parts.approximate(parts.year(g[1]))
    if kind == "nmy":
        return parts.numeric_month(g[0], g[1])
    raise ValueError(kind)


def several() -> Refusal:
    return Refusal("several_dates", "holds more than one date; write one entry a date, or a "
                   "period as 'from - to'")
