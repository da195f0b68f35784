"""Dates with redaction marks in place of digits: the parts written in full, nothing more.

Anonymised returns and published reviews write '20xx', '**/03/2014', 'XX/XX/2014',
'7 June 20xx'. A mark is never a digit: what is written in full keeps its precision (the
month of 'xx/03/2014', the year of 'XX/XX/2014') and the rest stays unknown. A hidden year
leaves nothing to place the entry by, so '7 June 20xx' is a date not known. Every such
reading is flagged `redacted`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipeline.dates import parts
from pipeline.dates import patterns as pt
from pipeline.dates.parts import Part, Refusal, Span
from pipeline.model import Precision


@dataclass(frozen=True)
class Redacted:
    """One redacted date in a cleaned text: where it is, and what its written parts mean.

    `part` is None when the year is hidden (nothing can place the entry).
    """

    start: int
    end: int
    part: Part | None


def find(text: str, today: dt.date) -> list[Redacted]:
    """Every redacted date in a cleaned text, in order (none when no mark is written)."""
    if not pt.MAY_BE_REDACTED.search(text):
        return []
    found = []
    for match in pt.REDACTED.finditer(text):
        if not pt.REDACTION_MARK.search(match.group(0)):
            continue     # a date written in full: the scan reads it
        kind = match.lastgroup
        groups = match.groups()
        if kind == "r_num":
            day_text, _, month_text, year_text = groups[1:5]
        elif kind == "r_my":
            day_text, month_text, year_text = None, *groups[6:8]
        elif kind == "r_word":
            day_text, month_text, year_text = groups[9:12]
        else:
            day_text, month_text, year_text = None, None, groups[13]
        found.append(Redacted(*match.span(), _part(day_text, month_text, year_text, today)))
    return found


def _hidden(written: str | None) -> bool:
    return written is not None and bool(pt.REDACTION_MARK.search(written))


def _part(day_text: str | None, month_text: str | None, year_text: str,
          today: dt.date) -> Part | None:
    """The span the written parts give: a month, a year, or None (the year is hidden)."""
    if _hidden(year_text):
        return None
    year, flags = parts.full_year(year_text, today)
    flags = ("redacted", *flags)
    if year < parts.MIN_YEAR:
        return Refusal("impossible_date", f"the year {year} cannot be right; check it")
    if month_text is None or _hidden(month_text):
        whole = parts.year(str(year))
        return Span(Precision.YEAR, whole.start, whole.end, flags)
    if month_text.isdigit():
        number = int(month_text)
        if not 1 <= number <= 12:
            return Refusal("impossible_date", "there is no such month")
        month_word = parts.MONTH_NAMES[number]
    else:
        month_word = month_text
    whole_month = parts.month(month_word, str(year), today)
    if isinstance(whole_month, Refusal):
        return whole_month
    return Span(Precision.MONTH, whole_month.start, whole_month.end, flags)
