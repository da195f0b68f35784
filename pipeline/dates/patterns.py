"""The words and compiled patterns of dates and times as practitioners write them.

Every pattern works on `clean(text)`: lower case, one space between words, commas gone,
dashes and quotes made plain. Nothing here decides a reading; `reader.py` does.
"""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "febuary": 2, "feburary": 2,
    "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6,
    "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# Roman-numeral months, as health records write them ('24.xi.96').
ROMAN_MONTHS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8,
                "ix": 9, "x": 10, "xi": 11, "xii": 12}

# Longest names first, so "september" is tried before "sep".
_MONTH = ("(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?![a-z])")
_MONTH_GROUP = "(" + _MONTH[3:]   # same alternation, captured
_ORD = r"(?:st|nd|rd|th)?"
_Y4 = r"(?:19|20)\d{2}"
# A two-digit year must not be the hour of a time that follows ("5 May 15:30").
_Y2 = r"'?\d{2}(?![\d]|[.:]\d|\s?(?:am|pm|a\.m|p\.m|hrs|hours|h\b|st|nd|rd|th))"
_YEAR = rf"({_Y4}(?!\d)|{_Y2})"
_AMPM = r"(am|pm|a\.m\.?|p\.m\.?)(?![a-z])"
_HRS = r"(?:hrs|hours|hr|h)\b"
# early/mid/late and friends: an approximate period.
_QUALIFIER = (r"(?:(early|mid|late|the end of|end of|the beginning of|beginning of|start of|"
              r"the start of|middle of|the middle of|end|beginning|start|middle)[\s\-]*)?")
_SEASON = r"(spring|summer|autumn|fall|winter)"
_RANGE_JOIN = r"\s*(-|to|until|till|and|&)\s*"
# Longest numerals first and whole between separators, so 'viii' is never read as 'v'.
_ROMAN = "(" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + ")"

# Named alternatives for one left-to-right scan. Order matters where two could start at
# the same place: ranges before single dates, dates before times, times before bare years.
_ALTERNATIVES = [
    # 3-5 April 2012, 19th-21st October 2011, 4 and 7 March 2012
    rf"(?P<dr_word>(?<!\d)(\d{{1,2}}){_ORD}{_RANGE_JOIN}(\d{{1,2}}){_ORD}\s*(?:of\s+)?"
    rf"{_MONTH_GROUP}(?:[\s\-/.']*{_YEAR})?)",
    # 12th March - 13th March 2014, 12 March to 15 April 2014: the year written once
    rf"(?P<dr_months>(?<!\d)(\d{{1,2}}){_ORD}\s*(?:of\s+)?{_MONTH_GROUP}{_RANGE_JOIN}"
    rf"(\d{{1,2}}){_ORD}\s*(?:of\s+)?{_MONTH_GROUP}[\s\-/.']*{_YEAR})",
    # 23/10 - 25/10/2012, 16-17/06/2014
    rf"(?P<dr_num>(?<![\d/.])(\d{{1,2}})(?:[/.](\d{{1,2}}))?{_RANGE_JOIN}(\d{{1,2}})[/.](\d{{1,2}})[/.]"
    rf"({_Y4}(?!\d)|\d{{2}}(?![\d]|[.:]\d)))",
    # Jan-Mar 2014, June/July 2014, January to March 2011, late Sept/early Oct 2014
    rf"(?P<mr>{_QUALIFIER}{_MONTH_GROUP}\s*(?:-|to|/|and|&)\s*{_QUALIFIER}{_MONTH_GROUP}"
    rf"[\s\-/.']*{_YEAR})",
    # Spring/Summer 2014, Autumn - Winter 2014
    rf"(?P<sr>{_QUALIFIER}{_SEASON}\s*(?:-|to|/|and|&)\s*{_QUALIFIER}{_SEASON}[\s\-/.]*"
    rf"({_Y4})(?![\d]|[.:]\d))",
    # Q3 2014
    rf"(?P<quarter>\bq([1-4])[\s\-/]*({_Y4})(?!\d))",
    # 2011-11-14, 2014/08/05 (year first is never month first)
    rf"(?P<iso>(?<!\d)({_Y4})[-/.](\d{{1,2}})[-/.](\d{{1,2}})(?![\d]|[.:]\d))",
    # 14/11/2011, 12.03.14, 22.05/16, 14 / 11 / 2011 (three-digit parts kept to report them)
    r"(?P<dmy>(?<![\d.])(\d{1,3})\s?[/.\-]\s?(\d{1,3})\s?[/.\-]\s?(\d{4}|\d{2})"
    r"(?![\d]|[.:]\d))",
    # 24.xi.96, 3.iv.2015, 3 iv 2015: a Roman-numeral month between a day and a year
    rf"(?P<roman>(?<![\d.])(\d{{1,2}})[./\- ]\s?{_ROMAN}[./\- ]\s?"
    rf"({_Y4}(?!\d)|\d{{2}}(?![\d]|[.:]\d)))",
    # 03 03 2014: spaces as separators, only with a four-digit year
    rf"(?P<dmy_space>(?<![\d.:/])(\d{{1,2}}) (\d{{1,2}}) ({_Y4})(?![\d]|[.:]\d))",
    # 14th of November 2011, 14-Nov-11, 3rd March (no year)
    rf"(?P<dmonthy>(?<!\d)(\d{{1,2}}){_ORD}(?:\s+of)?[\s\-/.]*{_MONTH_GROUP}"
    rf"(?:[\s\-/.']*{_YEAR})?)",
    # November 14th 2011, November 14 2011
    rf"(?P<monthdy>{_MONTH_GROUP}\s*(\d{{1,2}}){_ORD}\s+({_Y4}(?!\d)|'\d{{2}}(?!\d)))",
    # May 5th (no year)
    rf"(?P<monthd>{_MONTH_GROUP}\s*(\d{{1,2}})(?:st|nd|rd|th)(?![a-z]))",
    # March 2015, Mar-15, Sept 14, mid-June 2013
    rf"(?P<my>{_QUALIFIER}{_MONTH_GROUP}[\s\-/.']*{_YEAR})",
    # Summer 2013, Autumn term 2011, Winter 2011/12
    rf"(?P<season>{_QUALIFIER}(spring|summer|autumn|fall|winter)"
    rf"(?:\s+(?:term|holidays?|half[\s\-]term))?[\s\-/.]*({_Y4})(?!\d)"
    r"(?:\s*[/\-]\s*(\d{4}|\d{2})(?![\d]|[.:]\d))?)",
    # early 2010, mid-2014, end of 2011
    rf"(?P<qyear>(early|mid|late|the end of|end of|the beginning of|beginning of|start of|"
    rf"the start of|middle of|the middle of)[\s\-]*({_Y4})(?![\d]|[.:]\d))",
    # 2009-2010, 2010/11, 2010 to 2012
    rf"(?P<yr>(?<![\d.:/])({_Y4})\s*(?:-|to|/|and|&)\s*({_Y4}|\d{{2}})(?![\d]|[.:]\d))",
    # 03/2015: a month and year in numbers
    rf"(?P<nmy>(?<![\d.:/])(\d{{1,2}})[/.\-]({_Y4})(?![\d]|[.:/]\d))",
    # Times. 14:30, 2.30pm, 1430hrs, 18.25 hours, 9am, noon
    rf"(?P<t_colon>(?<!\d)(\d{{1,2}}):(\d{{2}})(?::\d{{2}})?\s*(?:{_AMPM})?\s*({_HRS})?)",
    rf"(?P<t_dot>(?<![\d.])(\d{{1,2}})\.(\d{{2}})(?![\d.])\s*(?:{_AMPM}|({_HRS})))",
    rf"(?P<t_hrs>(?<![\d.:/])(\d{{1,2}})(\d{{2}})\s*({_HRS}))",
    rf"(?P<t_h>(?<![\d.:/])(\d{{1,2}})\s*{_AMPM})",
    r"(?P<t_noon>(?:12\s*)?(noon|midday|midnight|mid-day)(?![a-z]))",
    # 20140303, 03032014: eight digits; read only where they open the cell (reader.py)
    r"(?P<compact>(?<![\d.:/])(\d{8})(?![\d]|[.:]\d))",
    # A bare year (after the times, so 1430hrs is a time)
    rf"(?P<year>(?<![\d.:/])({_Y4})(?![\d]|[.:]\d))",
    # 1430, 0930: a 24-hour time without a colon
    r"(?P<t_bare>(?<![\d.:/])([01]\d|2[0-3])([0-5]\d)(?!\d))",
    # at 9, @ 9: an hour alone
    r"(?P<t_at>(?:\bat|@)\s*(\d{1,2})(?![\d.:/]|\s*(?:am|pm|a\.m|p\.m|hrs|hours|h\b|noon)))",
    # 14.30, 3/4, 23.12. : a pair that may be a time or a day and month without a year
    r"(?P<pair>(?<![\d.:/])(\d{1,2})([./])(\d{1,2})(?![\d/]|\.\d))",
    rf"(?P<lone_month>{_MONTH_GROUP})",
    r"(?P<weekday>\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?"
    r"\.?(?![a-z]))",
    r"(?P<num>\d+)",
]
ITEM = re.compile("|".join(_ALTERNATIVES))
# Where each alternative's own groups sit in a match of ITEM: name -> (first, count).
ITEM_GROUPS = {
    name: (ITEM.groupindex[name], re.compile(alternative).groups - 1)
    for alternative in _ALTERNATIVES
    for name in re.compile(alternative).groupindex
}


def item_groups(match: re.Match[str]) -> tuple[str, tuple[str | None, ...]]:
    """The alternative a scan match is (its name) and that alternative's inner groups."""
    name = match.lastgroup or "num"
    first, count = ITEM_GROUPS[name]
    return name, match.groups()[first:first + count]

# Words that make a text relative to something else: no day can be read from them.
RELATIVE = re.compile(
    r"\b(?:yesterday|today|tomorrow|tonight|ago|later|earlier|previous(?:ly)?|following|"
    r"next|last|recently|prior|before|after|same day|that day|the day|within|since|"
    r"this (?:week|month|year|morning|afternoon|evening)|the other day)\b")
APPROXIMATE = re.compile(
    r"^\?|\?$|\(\?\)|\bapprox(?:imately|\.)?(?![a-z])|\bcirca\b|\bca\.|\bc\.|\bc\s*(?=\d)|"
    r"\bon or (?:about|around)\b|\baround\b|\babout\b|\best(?:imated|\.)(?![a-z])")
UNKNOWN = re.compile(
    r"(?:\bdate\s+)?(?:\bnot known\b|\bunknown\b|\bn/k\b|\bn\.k\.?|\bnk\b|\bunk\b|"
    r"\bnot recorded\b|\bnot stated\b|\bnot available\b|\bundated\b|\bno date\b)")
TIME_NOT_RECORDED = re.compile(
    r"\(?\s*(?:time|exact time)\s+(?:not (?:known|recorded|stated|given)|unknown|n/k)\s*\)?")
WEEK_COMMENCING = re.compile(
    r"\bw/[cb]\b|\bw\.[cb]\.?|\bw[cb](?=\s*\d)|"
    r"\b(?:week|wk)\.? ?(?:commencing|beginning|starting|com\.?|c|b)(?: on)?\b")
WEEK_ENDING = re.compile(
    r"\bw/e\b|\bw\.e\.?|\bwe(?=\s*\d)|\b(?:week|wk)\.? ?(?:ending|e)(?: on)?\b")
# The first (second, third, fourth) or last week of a month: a range inside that month.
NTH_WEEK = re.compile(r"\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)"
                      r"\s+(?:week|wk)\s+(?:of|in)\b")
NTH_WEEK_NUMBER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                   "fourth": 4, "4th": 4, "last": 0, "final": 0}
# Any other week or weekend: no single day and no safe range ('week of 3/4/15').
OTHER_WEEK = re.compile(r"\b(?:week|wk|weekend|fortnight)s?\b")
# An open end. 'present' and 'from' only in these places: 'mother present', 'call from
# school' are words around a day, not periods.
ONWARDS = re.compile(r"\b(?:onwards?|ongoing|continuing)\b|"
                     r"(?:-|\bto|\buntil|\btill)\s*(?:the\s+)?(?:present|date|now)\b")
OPEN_START = re.compile(r"^from\b")
OPEN_END = re.compile(r"\b(?:until|till|up to|no later than)\b|^by\b")
BETWEEN = re.compile(r"\bbetween\b")
# What may stand between the two ends of a range.
RANGE_GAP = re.compile(r"^\s*(?:-|to|until|till|and|&|/)\s*$")
TIME_RANGE_GAP = re.compile(r"^\s*(?:-|to|until|till)\s*$")
AND_GAP = re.compile(r"^\s*(?:and|&)\s*$")

# A label before the date ('Last updated: 02 Sept 2025', 'Date of contact: 3/4/15'):
# words and a colon, no digits.
LABEL = re.compile(r"^([a-z][a-z ]{0,40}?)\s?:\s*(?=\S)")

# Redaction marks written in place of digits: x, *, ?, # and _ ('20xx', '**/03/2014',
# 'XX/XX/2014'). A lone 'x' as the month is the Roman numeral X (October), and a '?'
# joined to a digit is the approximate mark ('?3/4/15'), so neither counts here.
_MARK = "[x*?#_]"
_R_DAY = r"(\d{1,2}|[x*?#_]{1,2}|\d[x*#_]|[x*#_]\d)"
_R_MONTH = r"(\d{1,2}|[*?#_]{1,2}|xx|\d[x*#_]|[x*#_]\d)"
_R_YEAR = r"(\d{4}|\d{2}|[x*?#_]{4}|[x*?#_]{2}|\d{2}[x*?#_]{2}|\d{3}[x*#_])"
_R_EDGE_BEFORE = r"(?<![\w*?#/.\-])"
_R_EDGE_AFTER = r"(?![\w*?#/.])"
REDACTED = re.compile(
    # xx/03/2014, 14/02/20**, XX/XX/2014
    rf"(?P<r_num>{_R_EDGE_BEFORE}{_R_DAY}\s?([/.\-])\s?{_R_MONTH}\s?\3\s?{_R_YEAR}"
    rf"{_R_EDGE_AFTER})|"
    # **/2014: a month and year
    rf"(?P<r_my>{_R_EDGE_BEFORE}{_R_MONTH}[/.\-](\d{{4}}|[x*?#_]{{4}}|\d{{2}}[x*?#_]{{2}})"
    rf"{_R_EDGE_AFTER})|"
    # 7 June 20xx, xx March 2014, June 20xx
    rf"(?P<r_word>{_R_EDGE_BEFORE}(?:{_R_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MONTH_GROUP}"
    rf"[\s\-/.']*{_R_YEAR}{_R_EDGE_AFTER})|"
    # 20xx, 201x
    rf"(?P<r_year>{_R_EDGE_BEFORE}((?:19|20)[x*?#_]{{2}}|(?:19|20)\d[x*#_]){_R_EDGE_AFTER})")
REDACTION_MARK = re.compile(_MARK)
# A mark next to a digit, a separator or another mark: the cheap test before REDACTED.
MAY_BE_REDACTED = re.compile(r"[x*?#_][\dx*?#_/.\-]|[\d/.\-][x*?#_]")

_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-",
                         "\u2011": "-", "\u00a0": " ", "\u2019": "'", "\u2018": "'",
                         ",": " ", "\t": " ", "\n": " ", "\r": " "})
_SPACES = re.compile(r" {2,}")


def clean(text: str) -> str:
    """The text in lower case with plain dashes and quotes, no commas, single spaces."""
    return _SPACES.sub(" ", text.translate(_DASHES).lower()).strip()


# A time cell as the Excel reader writes it.
FAST_TIME = re.compile(r"\s*(\d{2}):(\d{2})(?::\d{2})?\s*")
