"""The marks taken off a cleaned date text before its scan: week, label, redaction, approximate.

Each is a word or sign around the date that changes what the date means ('w/c', 'first
week of', 'approx.', 'not known', '20xx') or a label before it ('Last updated:').
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pipeline.dates import openers, redaction
from pipeline.dates import patterns as pt


@dataclass
class Marks:
    """What was taken off a cleaned text before its scan, and the text left."""

    text: str
    week: str = ""                  # "commencing" or "ending"
    nth_week: int | None = None     # 1-4 for the first..fourth week of a month, 0 the last
    time_not_recorded: bool = False
    approximate: bool = False
    unknown: bool = False
    redacted: list[redaction.Redacted] = field(default_factory=list)


PLACEHOLDER = "\x00"   # stands for a redacted date, so the scan keeps its place
PLACEHOLDERS = re.compile(PLACEHOLDER + "+")


def take(cleaned: str, today: dt.date) -> Marks:
    """The week, label, redaction, approximate and unknown marks of a cleaned text."""
    found = Marks(cleaned)
    s = cleaned
    # Week markers first: the 'c' of 'w/c' is not 'c.' for circa.
    if pt.WEEK_COMMENCING.search(s):
        found.week, s = "commencing", pt.WEEK_COMMENCING.sub(" ", s)
    elif pt.WEEK_ENDING.search(s):
        found.week, s = "ending", pt.WEEK_ENDING.sub(" ", s)
    nth = pt.NTH_WEEK.search(s) if "w" in s else None
    if nth:
        found.nth_week = pt.NTH_WEEK_NUMBER[nth.group(1)]
        s = s[:nth.start()] + " " + s[nth.end():]
    if ":" in s:
        s = openers.without_label(s)
    # Redaction before approximate: the '?' of '??/03/2014' stands for digits.
    found.redacted = redaction.find(s, today)
    for item in reversed(found.redacted):
        s = s[:item.start] + PLACEHOLDER * (item.end - item.start) + s[item.end:]
    found.time_not_recorded = bool(pt.TIME_NOT_RECORDED.search(s))
    if found.time_not_recorded:
        s = pt.TIME_NOT_RECORDED.sub(" ", s)
    found.approximate = bool(pt.APPROXIMATE.search(s))
    if found.approximate:
        s = pt.APPROXIMATE.sub(" ", s)
    found.unknown = bool(pt.UNKNOWN.search(s))
    if found.unknown:
        s = pt.UNKNOWN.sub(" ", s)
    found.text = s
    return found
