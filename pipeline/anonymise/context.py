"""Ordinary uses of a key name's letters or word, told by the words around them, which the
anonymiser and the publication gate both keep: an abbreviation or a police rank used as a
word ('a DA notification', 'the PC who attended'), a time of day ('after 6 PM', where PM
are the child's initials), a national service referred to ('referred to Brook', where
Brook is a social worker's surname), and a month, a day or a season ('the end of May',
'on a Sunday afternoon', 'the Easter holidays', where May, Sunday and Easter are people's
names). Each rule is narrow: a title, a first name or a person's verb beside the word
makes it the person again."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.anonymise.gatespan import WORD
from pipeline.anonymise.wordlists import DATA, DAYS, MONTHS, POLICE_RANKS, fold, shipped_terms

# A capitals word after one of these, or before a noun of the field, is an abbreviation
# in use ('a DA notification', 'the GP', 'DA referral'), never someone's initials.
_DETERMINER_BEFORE = re.compile(r"(?<![\w])(?i:a|an|the|no|any|each|every|this|that|"
                                r"our|their|his|her|its)[\s\u00a0]+$")
# 'the allocated SW', 'a new HV': a determiner and one word of lower case before.
_DESCRIBED_BEFORE = re.compile(r"(?<![\w])(?i:a|an|the|their|his|her)[\s\u00a0]+"
                               r"(?-i:[a-z]{3,})[\s\u00a0]+$")
_NOUN_AFTER = re.compile(r"[\s\u00a0]+(?:[a-z]+(?:tions?|sions?|ments?|rals?)|notes|risk|"
                         r"risks|incidents?|concerns?|history|cases?|plans?|reports?|records?|"
                         r"checks?|team|services?|practice|surgery|register|strategy|"
                         r"perpetrators?|victims?|survivors?|marker|flag|abuse|policy|"
                         r"protocol|procedures?|training|workers?|lead|nurse|visits?|review|"
                         r"conference|threshold|forms?|log|calls?|alerts?|pathway|panel|"
                         r"information|letters?|meetings?|lessons?|class(?:es)?|teachers?|"
                         r"homework|exams?|kit|department|curriculum|coursework)\b")
# 'in PE', 'missed RE': a school subject, whoever's initials its letters are.
SCHOOL_SUBJECTS = frozenset({"PE", "RE", "DT", "ICT", "PSHE", "RSE", "SRE"})
_SUBJECT_BEFORE = re.compile(r"(?<![\w])(?:in|during|for|after|before|missed|skipped)"
                             r"[\s\u00a0]+$")


@lru_cache(maxsize=1)
def acronyms() -> frozenset[str]:
    """The shipped vocabulary's abbreviations written in capitals ('DA', 'GP', 'MARAC')."""
    return frozenset(t for t in shipped_terms() if t.isupper() and t.isalpha())


def noun_after(text: str, end: int) -> bool:
    """True when a noun of the field follows `text[:end]` ('DA referral', 'CP plan')."""
    return bool(_NOUN_AFTER.match(text, end))


def acronym_in_use(text: str, start: int, end: int) -> bool:
    """True when the undotted capitals `text[start:end]` are a known abbreviation used as
    a word: after a determiner, or before a noun of the field. Dotted or spaced letters
    ('D.A.', 'D A') are always initials."""
    if text[start:end] not in acronyms():
        return False
    before = text[max(0, start - 30):start]
    return bool(_DETERMINER_BEFORE.search(before) or _DESCRIBED_BEFORE.search(before)
                or _NOUN_AFTER.match(text, end)
                or (text[start:end] in SCHOOL_SUBJECTS and _SUBJECT_BEFORE.search(before)))


# 'PC Jones', 'PC 1234 Jones', 'DC [Detective Constable]', 'DS (name withheld)'.
_NAME_AFTER_RANK = re.compile(r"\.?[\s\u00a0]+(?:\d{2,6}[\s\u00a0]+)?[A-Z\[(]")


def rank_in_use(text: str, start: int, end: int) -> bool:
    """True when a police rank's letters `text[start:end]` stand as the rank: before a
    name or collar number, or as a noun after a determiner ('the PC who attended')."""
    return text[start:end] in POLICE_RANKS and bool(
        _DETERMINER_BEFORE.search(text[max(0, start - 8):start])
        or _NAME_AFTER_RANK.match(text, end))


# '6 PM', '6.30 P.M.', '10:15 am': the letters after a clock time are the time.
_CLOCK_BEFORE = re.compile(r"(?<![\w.:])\d{1,2}(?:[.:][0-5]\d)?[\s\u00a0]?$")
_TIME_LETTERS = frozenset({"AM", "PM"})


def time_of_day(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` is 'AM' or 'PM' (dotted or not) after a clock time."""
    letters = re.sub(r"[.\s\u00a0]", "", text[start:end]).upper()
    return letters in _TIME_LETTERS and bool(_CLOCK_BEFORE.search(text[max(0, start - 8):start]))


def _one_word_entries(name: str) -> frozenset[str]:
    """The entries of one word of data file `name`, as written: the rest are found whole,
    among the shipped terms."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(t.strip() for t in lines
                     if t.strip() and not t.startswith("#") and " " not in t.strip())


@lru_cache(maxsize=1)
def national_services() -> frozenset[str]:
    """data/national_services.txt's names of one word ('Brook', 'Relate')."""
    return _one_word_entries("national_services.txt")


# 'referred to Brook', 'signposted her to Relate', 'attended Brook': a service's name.
_SERVICE_BEFORE = re.compile(
    r"(?:\b(?i:refer|refers|referring|referred|referral|referrals|re-referred|self-referred|"
    r"signpost|signposted|signposting|direct|directed|introduced|sent)(?:[\s\u00a0]+(?:her|him|them|the[\s\u00a0]+\w+|\w+self|back|"
    r"again|on))?[\s\u00a0]+(?i:to)|\b(?i:attended|accessed|engaged[\s\u00a0]+with|"
    r"supported[\s\u00a0]+by|support[\s\u00a0]+from|via|through))[\s\u00a0]+$")
# 'a Brook clinic', 'the Relate counsellor'.
_SERVICE_AFTER = re.compile(
    r"[\s\u00a0]+(?:clinics?|services?|workers?|counsell?(?:ors?|ing)|appointments?|"
    r"sessions?|outreach|centres?|helpline|project|nurses?|drop-in|advis[eo]rs?|"
    r"programme|group|charity|staff|website|app)\b")
_DETERMINERS = frozenset("The A An This That Her His Their".split())
_PERSON_AFTER = re.compile(r"['’]s\b|[\s\u00a0]+(?:said|says|told|tells|reported|stated|"
                           r"explained|agreed|asked|visited|rang|phoned|wrote|noted)\b")


@lru_cache(maxsize=1)
def shops() -> frozenset[str]:
    """data/shops.txt: shops and brands whose one-word name is also a surname."""
    lines = (DATA / "shops.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(t.strip() for t in lines if t.strip() and not t.startswith("#"))


# 'worked at Morrisons', 'bought it from Boots', 'a Greggs shift', 'placed by Mears'.
_SHOP_BEFORE = re.compile(r"\b(?:(?i:worked|works|working|work|shopping|shopped|shops|job|"
                          r"shifts?|employed|bought(?:[\s\u00a0]+\w+)?|stolen|stole|"
                          r"taken)[\s\u00a0]+(?i:at|from|in)|(?i:placed|housed|rehoused|"
                          r"accommodated|provided|managed)[\s\u00a0]+by)[\s\u00a0]+$")
_SHOP_AFTER = re.compile(r"[\s\u00a0]+(?:supermarket|store|shop|café|cafe|car[\s\u00a0]+park|"
                         r"staff|manager|uniform|depot|warehouse|branch|delivery|van|"
                         r"vouchers?|cards?|shifts?|bags?|till|counter|pharmacy|"
                         r"housing|accommodation|property|properties)\b")


def shop_in_use(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` is one of data/shops.txt standing as the shop: after
    'worked at', 'bought it from' and the like, or before a shop's noun, with no title
    or first name before it and no person's verb after it."""
    if text[start:end] not in shops() or not _no_person_beside(text, start, end):
        return False
    return bool(_SHOP_BEFORE.search(text[max(0, start - 30):start])
                or _SHOP_AFTER.match(text, end))


def _no_person_beside(text: str, start: int, end: int) -> bool:
    named = re.search(r"(?:([A-Z][\w'’.-]*)|\])[\s\u00a0]+$", text[max(0, start - 40):start])
    return not ((named and named[1] not in _DETERMINERS) or _PERSON_AFTER.match(text, end))


def service_in_use(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]`, a national service's one-word name, stands as the
    service: after 'referred to', 'signposted to', 'attended' and the like, or before a
    service's noun, with no capitalised word (a title or first name) straight before it
    and no possessive or person's verb after it."""
    if text[start:end] not in national_services() or not _no_person_beside(text, start, end):
        return False
    return bool(_SERVICE_BEFORE.search(text[max(0, start - 40):start])
                or _SERVICE_AFTER.match(text, end))


@lru_cache(maxsize=1)
def world_cities() -> frozenset[str]:
    """data/world_cities.txt's cities of one word ('Amritsar', 'Plovdiv')."""
    return _one_word_entries("world_cities.txt")


@lru_cache(maxsize=1)
def _abroad_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """data/cities.txt's and world_cities.txt's entries folded into words, by first word,
    longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for name in ("cities.txt", "world_cities.txt"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            words = tuple(WORD.findall(fold(line)))
            if words and not line.startswith("#"):
                found.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(set(entries), key=len, reverse=True))
            for first, entries in found.items()}


def places_abroad(text: str) -> list[tuple[int, int]]:
    """Where `text` names a city or town abroad of the shipped lists, in any accents
    ('Cần Thơ', 'Can Tho'). The gate allows them (too large to locate anyone); the overview
    draft lists them all the same: one may be the family's home town."""
    words = [(fold(m[0]), m.start(), m.end()) for m in WORD.finditer(text)]
    spans, index = [], 0
    while index < len(words):
        entries = _abroad_by_first_word().get(words[index][0], ()) \
            if text[words[index][1]].isupper() else ()
        length = next((len(e) for e in entries
                       if tuple(w for w, *_ in words[index:index + len(e)]) == e), 0)
        if length:
            spans.append((words[index][1], words[index + length - 1][2]))
        index += max(length, 1)
    return spans


# 'flew to Amritsar', 'a labour provider in Plovdiv', 'family back home in Lahore'.
_CITY_BEFORE = re.compile(r"\b(?i:in|from|to|near|outside|around|via|visiting|visited)"
                          r"[\s\u00a0]+$")


def city_in_use(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]`, a city abroad of one word too large to locate anyone,
    stands as the place: after 'in', 'from', 'to' and the like, with no title or first
    name before it and no possessive or person's verb after it. Elsewhere it may be a
    person: a city's name is often a surname too ('Kawasaki', 'Mendoza')."""
    if text[start:end] not in world_cities() or not _no_person_beside(text, start, end):
        return False
    return bool(_CITY_BEFORE.search(text[max(0, start - 12):start]))


_MONTHS = frozenset(m.lower() for m in MONTHS)
_DAYS = frozenset(d.lower() for d in DAYS)
SEASONS = frozenset("spring summer autumn winter easter christmas whitsun halloween diwali "
                    "eid ramadan hanukkah lent advent pentecost passover vaisakhi navratri "
                    "holi newroz nowruz pesach".split())
_S = r"[\s\u00a0]+"
# Before a month or a day: 'every', 'until', 'the end of', 'early', 'mid-'.
_CALENDAR_BEFORE = re.compile(r"(?<![\w])(?i:every|each|last|next|this|until|till|since|"
                              rf"(?:end|start|beginning|middle|rest){_S}of(?:{_S}the)?|early|"
                              rf"late|mid){_S}$|(?<![\w])(?i:mid)-$")
# Before a day only: 'on Sunday', 'a Sunday afternoon'.
_DAY_WORD_BEFORE = re.compile(rf"(?<![\w])(?i:on|a|one){_S}$")
# After a month: its year ('June 2016', "May '19"), or a break ('the May half term').
_MONTH_AFTER = re.compile(rf"[\s\u00a0,]+(?:\d{{4}}|'\d{{2}})\b|{_S}(?i:half[\s\u00a0-]?terms?|"
                          rf"terms?|bank[\s\u00a0-]+holidays?)\b")
_YEAR_AFTER = re.compile(r"[\s\u00a0,]+(?:\d{4}|'\d{2})\b")
# A day number before a month: '5 June', '5th of June'.
_DAY_NUMBER_BEFORE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:{_S}of)?{_S}$")
# After a day: its date ('Sunday 10 November'), or a part of it ('Sunday afternoon').
_DAY_AFTER = re.compile(rf",?{_S}(?:\d{{1,2}}(?:st|nd|rd|th)?\b|(?i:mornings?|afternoons?|"
                        r"evenings?|nights?|lunchtimes?|service|school|club|roast|shifts?|"
                        r"included|onwards|visits?)\b)")
# Before a festival or season: 'during Ramadan', 'over Christmas', 'at Easter'.
SEASON_BEFORE = re.compile(rf"(?<![\w])(?i:during|throughout|over|after|before|since|until|in|"
                           rf"till|for|at|this|last|next|every|each){_S}(?:(?i:the){_S})?$")
SEASON_AFTER = re.compile(rf"{_S}(?:terms?|half-terms?|holidays?|break|vacation|services?|"
                          r"fairs?|part(?:y|ies)|camps?|clubs?|shows?|concerts?|fayres?|"
                          r"plays?|period|timetable|celebrations?|festivals?|events?|gatherings?|meals?|"
                          r"prayers?|eve)\b")


def calendar_in_use(text: str, start: int, end: int) -> bool:
    """True when the month, day or season `text[start:end]` is used as one where it
    stands: 'June 2016', '5 June', 'the end of May', 'on a Sunday afternoon', 'Sunday
    10 November', 'the Easter holidays'. A possessive ("May's") is the person's."""
    word = text[start:end].lower()
    if re.match(r"['’]s\b", text[end:end + 3]):
        return False
    before = text[max(0, start - 24):start]
    if word in SEASONS:
        return bool(SEASON_AFTER.match(text, end) or SEASON_BEFORE.search(before)
                    or _YEAR_AFTER.match(text, end))
    if word in _MONTHS:
        return bool(_MONTH_AFTER.match(text, end) or _DAY_NUMBER_BEFORE.search(before)
                    or _CALENDAR_BEFORE.search(before))
    if word in _DAYS:
        return bool(_DAY_AFTER.match(text, end) or _CALENDAR_BEFORE.search(before)
                    or _DAY_WORD_BEFORE.search(before))
    return False
