"""What may stand before or after a date in a date cell: a label, or the rest of a sentence.

'Last updated: 02 Sept 2025' has a label before the date; 'On 5.11.03 the evening before
...' opens a sentence with it. The date is read; the rest of the cell is kept as written
(in the row's text) and never read for a date.
"""

from __future__ import annotations

import re

from pipeline.dates import patterns as pt

# Scan items that can give an exact day, and what may follow it in the opening.
_DAY_KINDS = frozenset({"iso", "dmy", "dmonthy", "monthdy", "roman", "dmy_space", "compact"})
_WITH_DAY = frozenset({"t_colon", "t_dot", "t_hrs", "t_h", "t_noon", "t_bare", "t_at",
                       "pair", "year", "weekday"})
_BEFORE = re.compile(r"\s*(?:on\s+(?:the\s+)?)?")
_BETWEEN = re.compile(r"\s*(?:,|at|@|-)?\s*")
# The rest is a sentence: at least two words of two letters or more ('a.m.' is not).
_SENTENCE = re.compile(r"[\s:;,.\-()]*[a-z]{2,}[a-z']*\W+(?:[a-z]\W+)*[a-z]{2,}")


def without_label(text: str) -> str:
    """A cleaned text with a label before the date taken off ('date of contact: ')."""
    label = pt.LABEL.match(text)
    if label is None or pt.APPROXIMATE.search(label.group(1)) or pt.UNKNOWN.search(
            label.group(1)):
        return text
    return text[label.end():]


def opening(text: str) -> tuple[str, str] | None:
    """(the opening date, the rest) when a cleaned text opens a sentence with one day.

    The opening is one day item with its weekday and time if written next to it; the rest
    must be words (a sentence) that hold no other date. None otherwise.
    """
    position = _BEFORE.match(text).end()
    days = 0
    while True:
        # Items one after another from the start (anchored: prose is never scanned).
        gap = _BETWEEN.match(text, position)
        match = pt.ITEM.match(text, gap.end()) if gap else None
        kind = (match.lastgroup or "num") if match else ""
        if kind in _DAY_KINDS:
            days += 1
        elif kind not in _WITH_DAY:
            break
        position = match.end()
    rest = text[position:]
    if days != 1 or not _SENTENCE.match(rest) or _holds_a_date(rest):
        return None
    return text[:position], rest


_DATE_KINDS = _DAY_KINDS | {"dr_word", "dr_months", "dr_num", "mr", "sr", "quarter", "my",
                            "season", "qyear", "yr", "nmy", "year", "pair", "monthd"}


def _holds_a_date(rest: str) -> bool:
    if not any(character.isdigit() for character in rest):
        return False    # every date the scan reads has a digit
    return any((match.lastgroup or "num") in _DATE_KINDS for match in pt.ITEM.finditer(rest))
