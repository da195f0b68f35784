"""Identifiers found by their shape: dates, postcodes, addresses, phones, emails, NHS and
National Insurance numbers. Each finder returns `Span`s over the text as written."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from pipeline.anonymise.spans import KEY, PATTERN, Span

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
               r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_ORD = r"(?:st|nd|rd|th)?"

NUMERIC_DATE = re.compile(
    r"(?<![\w/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\w/-])")
ISO_DATE = re.compile(r"(?<![\w/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w/-])")
DAY_MONTH_YEAR = re.compile(
    rf"(?<!\w){_WEEKDAY}?(\d{{1,2}}){_ORD}(?:\s+of)?[\s-]+({_MONTH_WORD})(?:,?[\s-]+('?\d{{4}}|'\d{{2}}|\d{{2}}(?!\d)))?(?!\w)",
    re.IGNORECASE)
MONTH_DAY_YEAR = re.compile(
    rf"(?<!\w){_WEEKDAY}?({_MONTH_WORD})\s+(\d{{1,2}}){_ORD},?(?:\s+(\d{{4}}))?(?!\w)",
    re.IGNORECASE)
# "DOB 14/03/2013", "born on the 14th March 2013": the date after these is a birth date
# whoever it belongs to.
BIRTH_CUE = re.compile(r"(?:\bD\.?\s?O\.?\s?B\.?|\bdate\s+of\s+birth|\bborn(?:\s+on)?(?:\s+the)?)"
                       r"\s*[:\-–]?\s*$", re.IGNORECASE)

POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])(?:GIR\s?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|"
    r"[A-HK-Y]\d[ABEHMNPRV-Y])\s*\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])", re.IGNORECASE)
_STREET_WORDS = (r"Road|Rd|Street|St|Avenue|Ave|Close|Cl|Lane|Ln|Drive|Dr|Way|Crescent|Cres|"
                 r"Court|Ct|Gardens|Gdns|Place|Pl|Terrace|Grove|Walk|Rise|Row|Square|Sq|Hill|"
                 r"Mews|Parade|View|Green|Park|Estate|Heights|Vale|Wharf|Croft|Meadow|Meadows")
STREET_ADDRESS = re.compile(
    rf"(?<!\w)(?:(?:Flat|Apartment|Apt|Unit|Room)\s+\d+[A-Za-z]?,?\s+)?\d{{1,4}}[A-Za-z]?,?\s+"
    rf"(?:[A-ZÀ-ÞĀ-Ž][^\W\d_]*(?:['’-][^\W\d_]+)*\s+){{1,3}}(?:{_STREET_WORDS})\.?(?!\w)")
# A street named without a house number ("moved to Acacia Avenue"): removed too, because a
# street in a small town can be enough to find a family.
STREET_NAME = re.compile(
    r"(?<!\w)(?:[A-ZÀ-ÞĀ-Ž][^\W\d_A-Z]+(?:['’][^\W\d_]+)?\s+){1,2}(?:Road|Street|Avenue|"
    r"Close|Lane|Drive|Crescent|Gardens|Terrace|Grove|Mews|Parade|Court|Walk|Row|Way|Rise|"
    r"Square|Place|Wharf|Croft|Meadows|Heights)(?!\w)")
# Courts of law and other places whose names end like streets: never a family's address.
NOT_STREETS = re.compile(r"(?:Crown|County|Family|High|Magistrates['’]?|Youth|Coroner['’]?s|"
                         r"Appeal|Supreme|Combined|Law|Civil|Juvenile)\s+Court"
                         r"|^(?:The|This|That|A|An|No|Every|One|Any|Some|Each|"
                         r"Which|What|Other|Same|Best|Only|Wrong|Right|Usual)\s+\w+$")
# 'the High Street', 'the Market Square': a street every town has, named by its kind and
# 'the', is no address; with a house number ('12 High Street') it is one.
GENERIC_STREET = re.compile(r"(?:High|Main|Market|Church|Station|Town|Village)[\s\u00a0]+\w+$")
_THE_BEFORE = re.compile(r"(?<!\w)[Tt]he[\s\u00a0]+$")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A web address can name a person's profile ('facebook.com/jo.smith.7'): it goes whole.
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+|(?<![\w@.-])[\w-]+(?:\.[\w-]+)*\."
                 r"(?:com|org|net|co\.uk|uk|io|me|info)/[^\s<>\"')\]]*", re.IGNORECASE)
PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)44[\s-]?(?:\(0\)[\s-]?)?\d{2,5}|\(0\d{2,5}\)|0\d{2,5})"
    r"(?:[\s-]?\d){5,8}(?![\w])")
TEN_DIGITS = re.compile(r"(?<![\w-])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\w-])")
# Any two letters: HMRC's own examples use prefixes (QQ) no real number has, and a
# number written wrongly is still someone's.
NINO = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![A-Za-z0-9])",
                  re.IGNORECASE)


def nhs_checksum_ok(digits: str) -> bool:
    """True when a 10-digit NHS number's mod-11 check digit is right."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _year(text: str, today: dt.date) -> int:
    text = text.lstrip("'")
    if len(text) == 4:
        return int(text)
    value = int(text)
    # Two-digit years: the century window that ends this year (SPEC.md).
    return 2000 + value if 2000 + value <= today.year else 1900 + value


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    for index, name in enumerate(MONTHS, start=1):
        if name.startswith(word[:3]):
            return index
    raise ValueError(word)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iter_dates(text: str, today: dt.date) -> Iterator[tuple[int, int, dt.date | None, int, bool]]:
    """(start, end, date or None, month, has_year) of every day-precise date written in text.

    Numeric dates are read day first (SPEC.md); a date that is not a real day gives None.
    """
    for match in NUMERIC_DATE.finditer(text):
        day, month, year = int(match[1]), int(match[3]), _year(match[4], today)
        yield match.start(), match.end(), _safe_date(year, month, day), month, True
    for match in ISO_DATE.finditer(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        yield match.start(), match.end(), _safe_date(year, month, day), month, True
    for match in DAY_MONTH_YEAR.finditer(text):
        month = _month(match[2])
        if match[3]:
            yield (match.start(), match.end(),
                   _safe_date(_year(match[3], today), month, int(match[1])), month, True)
        else:
            yield match.start(), match.end(), None, month, False
    for match in MONTH_DAY_YEAR.finditer(text):
        month = _month(match[1])
        if match[3]:
            yield (match.start(), match.end(),
                   _safe_date(int(match[3]), month, int(match[2])), month, True)
        else:
            yield match.start(), match.end(), None, month, False


BORN_IN_MONTH = re.compile(
    rf"(?:\bD\.?\s?O\.?\s?B\.?|\bdate\s+of\s+birth|\bborn(?:\s+in)?)\s*[:\-–]?\s*"
    rf"(?P<when>{_MONTH_WORD},?\s+\d{{4}})(?!\w)", re.IGNORECASE)


def find_birth_dates(text: str, births: set[dt.date], today: dt.date) -> list[Span]:
    """Dates of birth: a key person's birth date in any format, any date after 'DOB', and
    a month and year after 'born in'."""
    # KEY tier: a birth date must never lose to its own generalised form
    spans = [Span(m.start("when"), m.end("when"), "[date of birth]", "date_of_birth", KEY)
             for m in BORN_IN_MONTH.finditer(text)]
    for start, end, date, _month_number, has_year in iter_dates(text, today):
        cued = BIRTH_CUE.search(text[max(0, start - 30):start]) is not None
        if (date is not None and date in births) or (cued and has_year):
            # KEY tier: a birth date must never lose to its own generalised form
            spans.append(Span(start, end, "[date of birth]", "date_of_birth", KEY))
    return spans


def generalise_dates(text: str, today: dt.date) -> list[Span]:
    """Exact dates as month and year ('14/03/2015' -> 'March 2015'); a day and month
    with no year keeps the month; a date that is not a real day becomes '[date]'."""
    spans = []
    for start, end, date, month, has_year in iter_dates(text, today):
        if date is not None:
            replacement = f"{MONTHS[date.month - 1].capitalize()} {date.year}"
        elif not has_year and 1 <= month <= 12:
            replacement = MONTHS[month - 1].capitalize()
        else:
            replacement = "[date]"
        before = _ON_BEFORE.search(text, max(0, start - 8), start)
        if before and replacement != "[date]":
            # 'on 8 November 2014' reads 'in November 2014', not 'on November 2014'
            start = before.start()
            replacement = ("In " if before[0][0] == "O" else "in ") + replacement
        spans.append(Span(start, end, replacement, "exact_date", PATTERN, rank=1))
    return spans


def _generic_street(text: str, match: re.Match[str]) -> bool:
    """True for 'the High Street': a street of every town, with 'the' and no name."""
    return bool(GENERIC_STREET.fullmatch(match[0])
                and _THE_BEFORE.search(text, max(0, match.start() - 6), match.start()))


_ON_BEFORE = re.compile(r"(?<![\w])[Oo]n(?:\s+the)?\s+$")


def find_identifiers(text: str) -> list[Span]:
    """Postcodes, street addresses, emails, phones, NHS and NI numbers in `text`."""
    # An email wins over the key names inside it, so it goes whole.
    spans = [Span(m.start(), m.end(), "[email]", "email", KEY) for m in EMAIL.finditer(text)]
    spans += [Span(m.start(), m.end() - len(m[0]) + len(m[0].rstrip(".,;:")), "[link]", "url",
                   KEY) for m in URL.finditer(text)]
    spans += [Span(m.start(), m.end(), "[postcode]", "postcode") for m in POSTCODE.finditer(text)]
    spans += [Span(m.start(), m.end(), "[address]", "address")
              for m in STREET_ADDRESS.finditer(text)]
    spans += [Span(m.start(), m.end(), "[street]", "address", rank=1)
              for m in STREET_NAME.finditer(text) if not NOT_STREETS.search(m[0])
              and not _generic_street(text, m)]
    spans += [Span(m.start(), m.end(), "[NI number]", "ni_number") for m in NINO.finditer(text)]
    for match in TEN_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", match[0])
        # Any 3-3-4 number is removed; one with a valid checksum is named an NHS number.
        kind = "nhs_number" if nhs_checksum_ok(digits) else "number"
        label = "[NHS number]" if kind == "nhs_number" else "[number]"
        spans.append(Span(match.start(), match.end(), label, kind))
    for match in PHONE.finditer(text):
        digits = re.sub(r"\D", "", match[0])
        national = digits[2:] if digits.startswith("44") else digits.lstrip("0")
        national = national.lstrip("0")
        if 9 <= len(national) <= 10:
            spans.append(Span(match.start(), match.end(), "[phone]", "phone", rank=1))
    return spans
