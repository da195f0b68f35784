"""The publication gate's finders of numbers and codes: phone, NHS, NI, reference,
licence and vehicle numbers, postcodes, email and web addresses, social media handles,
and dates of birth."""

from __future__ import annotations

import datetime as dt
import re

from pipeline.anonymise.gatespan import STOP, GateSpan
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import MONTHS, zipf

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|"
                 r"uk|io|info|me)(?:/[^\s<>\"')\]]*)?", re.IGNORECASE)
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
# A user name written alone ('bear_w', 'kez95'): an underscore, or a lower-case word run
# into two digits or more; never a code in capitals ('COVID19', 'KS2').
USER_NAME = re.compile(r"(?<![\w@./-])(?:[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*|"
                       r"[a-z][a-z]{2,}[0-9]{2,}[a-z0-9]*|"
                       # a dot inside, and numbers: 'lil.smokey99'
                       r"[a-z][a-z0-9]*\.[a-z][a-z0-9]*[0-9]{2,})(?![\w@/-]|\.[a-z]{3,4}\b)")
# 'her Snapchat was kaydz13', 'username: gracie_b': what follows a platform is a handle.
PLATFORM = re.compile(r"\b(?:snapchat|instagram|insta|tiktok|facebook|twitter|whatsapp|"
                      r"discord|telegram|username|user\s+name|gamertag)(?:\s+(?:name|account|"
                      r"handle|id|username|profile))?\s*(?:was|is|as|:|-|,|of|called|named)?"
                      r"\s*['\"‘“]?(?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])?)",
                      re.IGNORECASE)
PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)44[\s-]?(?:\(0\)[\s-]?)?\d{2,5}|\(0\d{2,5}\)|"
                   r"0\d{2,5})(?:[\s-]?\d){5,8}(?![\w])")
# A number abroad ('+380 50 000 4471', '+92 300 1234567'): a '+', a country code, eight
# digits or more in all (numbers() counts them).
PHONE_ABROAD = re.compile(r"(?<![\w+])\+(?!44)[1-9]\d{0,2}(?:[\s.\-]?\(?\d{1,5}\)?){2,6}(?![\w])")
PHONE_ABROAD_DIGITS = 8
LONG_NUMBER = re.compile(r"(?<![\w-])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\w-])")
# A hospital, crime or court case number ('RX1234567', '43/12345/16', 'MK17C00123',
# 'SWP/21/118406', '4402317/23', '20BE/4471/25').
REFERENCE = re.compile(r"(?<![\w/.,-])(?:[A-Za-z]{1,3}[\s-]?)?\d{6,}(?![\w/-])|"
                       r"(?<![\w/-])(?=[A-Z0-9]*\d{4})(?=[A-Z0-9]*[A-Z])[A-Z0-9]{7,}(?![\w/-])|"
                       r"(?<![\w/])\d{1,4}/\d{5,}(?:/\d{2,4})?(?![\w/])|"
                       # no date: three digits or more in the middle ('08/123/4567')
                       r"(?<![\w/])\d{1,4}/\d{3,}/\d{2,4}(?![\w/])|"
                       # a number, then its year: '4402317/23'
                       r"(?<![\w/])\d{5,}/\d{2,4}(?![\w/])|"
                       # a card or account number in fours: '4417-2290-6631-0054'
                       r"(?<![\w/.,-])\d{4}(?:[\s-]\d{4}){3}(?![\w/-])|"
                       # a day's log and its entry: '17112024-0356'
                       r"(?<![\w/.,-])\d{6,}-\d{3,}(?![\w/-])|"
                       # letters, then numbers after slashes or dashes: 'SWP/21/118406'
                       r"(?<![\w/-])(?=(?:[A-Za-z/-]*\d){5})[A-Za-z]{1,6}(?:[/-]\d+)+(?![\w/-])|"
                       # parts of letters and numbers after slashes, six numbers in all:
                       # '20BE/4471/25' (not a timestamp's dashes, '2013-12-23T23')
                       r"(?<![\w/-])(?=(?:[A-Za-z0-9/]*\d){6})(?=[A-Za-z0-9/]*[A-Za-z])"
                       r"(?=[A-Za-z]*\d)[A-Za-z0-9]+(?:/[A-Za-z0-9]+)+(?![\w/-])")
# An officer's or staff member's number after its name ('collar number 2291', 'warrant
# no. 4471'): short, but it names one person.
SERVICE_NUMBER = re.compile(r"\b(?i:collar|warrant|badge|shoulder|payroll|staff|employee)"
                            r"[\s\u00a0]+(?i:number|no\.?|num)[\s\u00a0]*:?[\s\u00a0]*"
                            r"(?P<number>\d{2,7})\b|"
                            # a rank, then the officer's collar number: 'PC 1187'
                            r"\b(?:PCSO|PC|DC|PS|Sgt|DS|TDC)\.?[\s\u00a0]?(?P<collar>\d{2,6})\b")
# A username written without its '@' ('KryptoFox77', 'GazCoachesU10s'): capitals inside a
# word, and numbers; not a code ('HV2', 'GAD-7', 'KS2').
USERNAME = re.compile(r"(?<![\w@.-])(?=[A-Za-z0-9_]*\d)(?=[A-Za-z0-9_]*[a-z][A-Z])"
                      r"(?=(?:[A-Za-z0-9_]*[A-Za-z]){5})[A-Za-z][A-Za-z0-9_]{4,}(?![\w@-])")
# Where someone sleeps, with the building named elsewhere: a bedroom in a hotel, a hostel
# or supported lodgings ('Room 214', not a meeting or court room), a flat ('Flat 4'), a
# caravan's pitch or plot, a boat's berth or mooring ('Pitch 27', 'Berth 12').
LODGING_NUMBER = re.compile(r"(?<!Meeting )(?<!Interview )(?<!Consulting )(?<!Court )"
                            r"(?<!Family )\b(?:Room|Rm\.?|Pitch|Plot|Berth|Mooring|Chalet|"
                            r"Caravan|Cabin|Flat|Apartment|Apt\.?|Bridge|Lock)[\s\u00a0]+"
                            r"(?:[Nn]o\.?[\s\u00a0]*)?"
                            r"(?P<number>\d{1,4}[A-Z]?)\b")
# A house named by its number alone ('seen going into No. 27', 'Bramdean Rise (No. 27', "an
# address of 'No. 14'"): the street is written elsewhere, or known to anyone who lives there.
HOUSE_NUMBER = re.compile(r"(?:\b(?i:at|to|into|from|outside|inside|visited|visiting|near|"
                          r"left|entered|in)[\s\u00a0]+|\()(?P<house>(?:No\.?|[Nn]umber)[\s\u00a0]*"
                          r"\d{1,4}[A-Za-z]?)\b|[‘'\"“](?P<quoted>No\.?[\s\u00a0]*\d{1,4}[A-Za-z]?)"
                          r"(?=[’'\"”])")
# A unit's number before the works or estate it is on ('Unit 3, Gorsewick Works'): where a
# firm trades or a group meets, as a flat's number is where someone lives.
UNIT_NUMBER = re.compile(r"\bUnits?[\s\u00a0]+(?P<number>\d{1,4}[A-Z]?(?:[-–]\d{1,4})?),?"
                         r"(?=[\s\u00a0]+[A-Z])")
# A relation or a nickname and one capital ('Big Daddy T', 'Uncle B', 'Aunty J'): the
# capital is someone's initial.
KIN_INITIAL = re.compile(r"\b(?:Uncle|Auntie|Aunty|Aunt|Daddy|Mummy|Nana|Nanny|Nan|Grandad|"
                         r"Grandma|Granny|Cousin|Bro|Sis|Big|Lil|Little)[ \u00a0]+"
                         r"(?P<initial>[A-Z])(?![\w.-]|['’]\w)")
# Letters glued to three or four digits ('PZ417', 'A4260', 'PC1187'): a fishing boat's
# port and number, a road by the family's home, a collar number. Shorter codes are the
# forms' and scores' ('HV2', 'KS2', 'GAD7').
LETTER_CODE = re.compile(r"(?<![\w/.-])(?!(?:NG|CG|QS|TA|DG|IPG|PH)\d)[A-Z]{1,3}\d{3,4}"
                         r"(?![\w/-])")     # not NICE's guidance ('NG225', 'QS158')
LETTER_CODE_WHY = "letters and a number: a boat, a road or a collar number"
_MAKER_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \u00a0]$")
# A what3words address ('///velvet.ladder.pebbles'): a three-metre square.
WHAT3WORDS = re.compile(r"(?:/{3}|\b(?i:what3words|w3w)\b\W{0,3}(?:(?i:address|location)"
                        r"\W{1,3})?(?:(?i:is|was|of)\W{1,3})?)(?P<words>[^\W\d_]+\.[^\W\d_]+\.[^\W\d_]+)")
# A licence, badge or permit's number ('PH/0412', 'licence number 0412'): one driver or
# trader, named by the council that issued it.
LICENCE = re.compile(r"(?<![\w/-])[A-Z]{1,4}/\d{3,6}(?![\w/-])|"
                     r"\b(?i:licen[cs]e|badge|permit|plate)[\s\u00a0]+(?:(?i:number|no\.?|num)"
                     r"[\s\u00a0]*:?[\s\u00a0]*)?(?P<number>[A-Z]{0,3}\d{3,7})\b")
# A military unit of hundreds ('3rd Battalion The Cleveland Rifles', '12 Regiment Royal
# Artillery', 'C Company'): where a serving parent is based. The armed forces' names, and
# their brigades and divisions of thousands ('3 Commando Brigade'), are public.
MILITARY_UNIT = re.compile(
    r"(?<![\w'’-])(?:\d{1,3}(?:st|nd|rd|th)?|[A-Z])[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+){0,2}"
    r"(?:Battalion|Regiment|Squadron|Company|Battery|Troop|Platoon|Commando|Flight|Wing)\b"
    r"(?![ \u00a0]+(?:Brigade|Division)\b)(?:,?[ \u00a0]+(?:(?:[Tt]he|of|and)[ \u00a0]+)*"
    r"[A-Z][\w'’-]*)*")
NI_NUMBER = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]"
                       r"(?![A-Za-z0-9])")
VEHICLE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2}\d{2}[\s\u00a0]?[A-Z]{3}|[A-Z]\d{1,3}"
                     r"[\s\u00a0]?[A-Z]{3}|[A-Z]{3}[\s\u00a0]?\d{1,3}[A-Z])(?![A-Za-z0-9])")
POSTCODE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,2}\d[A-Za-z\d]?[\s\u00a0]*\d[A-Za-z]{2}"
                      r"(?![A-Za-z0-9])")
# An Irish Eircode ('H54 Y2X9', 'D6W K2N4'): a routing key, then four letters and digits
# of the code's own alphabet, at least one a digit (so 'W12 THEY' is no code).
_EIRCODE_LETTERS = "0-9ACDEFHKNPRTV-Y"
EIRCODE = re.compile(rf"(?<![A-Za-z0-9])(?:[ACDEFHKNPRTV-Y]\d{{2}}|D6W)[\s\u00a0]?"
                     rf"(?=[A-Z]{{0,3}}\d)[{_EIRCODE_LETTERS}]{{4}}(?![A-Za-z0-9])")
POSTCODE_HALF = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d[A-Z\d]?|\d[A-Z]{2})"
                           r"(?![A-Za-z0-9])")
_AREAS = ("AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL "
          "DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA "
          "KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO "
          "PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W "
          "WA WC WD WF WN WR WS WV YO ZE").split()
# A postcode district alone ('moved to the MK6 area'): where a cue says it is one.
DISTRICT = re.compile(rf"(?:\b(?:in|to|from|near|around|within)[\s\u00a0]+(?:the[\s\u00a0]+)?"
                      rf"(?P<a>(?:{'|'.join(_AREAS)})\d{{1,2}}[A-Z]?)\b(?![-/])|"
                      rf"\b(?P<b>(?:{'|'.join(_AREAS)})\d{{1,2}}[A-Z]?)[\s\u00a0]+"
                      rf"(?:area|postcode|district)\b)")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ORD = r"(?:st|nd|rd|th)?"
DATES = (   # (regex, order of its day, month and year groups)
    (re.compile(r"(?<![\w/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\w/-])"),
     (1, 3, 4)),
    (re.compile(r"(?<![\w/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w/-])"), (3, 2, 1)),
    (re.compile(rf"(?<![\w/.-])(\d{{1,2}}){_ORD}(?:\s+of)?[\s-]+({_MONTH})[\s,-]+"
                rf"(\d{{4}}|'\d{{2}})(?![\w/-])", re.IGNORECASE), (1, 2, 3)),
    (re.compile(rf"(?<![\w/.-])({_MONTH})\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})(?![\w/-])",
                re.IGNORECASE), (2, 1, 3)),
)
# 'born on', 'DOB:', 'giving his date of birth as', 'date of birth was'.
BORN_CUE = re.compile(r"(?:\bd\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|\bborn)\W{0,3}"
                      r"(?:on\s+|in\s+|as\s+|was\s+|is\s+|of\s+)?"
                      r"(?:the\s+)?$", re.IGNORECASE)
BORN_MONTH = re.compile(rf"(?:\bd\.?o\.?b\.?|date\s+of\s+birth|\bborn(?:\s+in)?)\W{{0,3}}"
                        rf"(?P<when>{_MONTH}\s+\d{{4}})", re.IGNORECASE)
# 'born on 4 August', 'her birthday, 4th August': a birthday without its year.
BIRTHDAY = re.compile(rf"(?:\bd\.?o\.?b\.?|date\s+of\s+birth|\bborn|\bbirthday)\W{{0,3}}"
                      rf"(?:on\s+|is\s+|was\s+)?(?:the\s+)?(?P<when>\d{{1,2}}{_ORD}(?:\s+of)?"
                      rf"\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}{_ORD})(?![\w/-]|,?\s+'?\d{{2,4}})",
                      re.IGNORECASE)


def postcodes_in(text: str) -> set[str]:
    """Each full postcode's two halves, so the gate knows them when written alone."""
    halves = set()
    for match in POSTCODE.finditer(text):
        code = re.sub(r"\s", "", match[0]).upper()
        halves |= {code[:-3], code[-3:]}
    return halves


def _each(pattern: re.Pattern[str], text: str, kind: str, why: str) -> list[GateSpan]:
    return [GateSpan(m.start(), m.end(), kind, why) for m in pattern.finditer(text)]


def numbers(text: str, lexicon: Lexicon, seen_postcodes: frozenset[str]) -> list[GateSpan]:
    """Every number, code and address shaped like one that identifies."""
    spans = _each(EMAIL, text, "email", "an email address")
    # A firm known by its web address ('Booking.com') is on the brands list.
    spans += [GateSpan(m.start(), m.end(), "url", "a web address") for m in URL.finditer(text)
              if not EMAIL.search(m[0]) and m[0] not in lexicon.allowed_phrases]
    spans += _each(HANDLE, text, "handle", "a social media handle")
    spans += _each(USER_NAME, text, "handle", "written like a user name")
    spans += [GateSpan(m.start("handle"), m.end("handle"), "handle", "after a platform's name")
              for m in PLATFORM.finditer(text) if _handle_like(m["handle"])]
    # A national helpline's number ('Childline on 0800 1111') is the service's.
    spans += [span for span in _each(PHONE, text, "phone", "a phone number")
              if text[span.start:span.end] not in lexicon.allowed_phrases]
    spans += [span for span in _each(PHONE_ABROAD, text, "phone", "a phone number abroad")
              if sum(c.isdigit() for c in text[span.start:span.end]) >= PHONE_ABROAD_DIGITS]
    spans += _each(LONG_NUMBER, text, "nhs_number", "a 10-digit number")
    # The case's own reference ('DEMO-2016-01', on every cover) is public.
    spans += [span for span in _each(REFERENCE, text, "number",
                                     "a long number: a record or reference")
              if text[span.start:span.end] not in lexicon.allowed_phrases]
    spans += [GateSpan(m.start(group), m.end(group), "number",
                       "a collar, warrant or staff number") for m in SERVICE_NUMBER.finditer(text)
              for group in ["number" if m["number"] else "collar"]]
    spans += [span for span in _each(USERNAME, text, "handle",
                                     "a username: capitals inside a word, and numbers")
              if text[span.start:span.end] not in lexicon.allowed_phrases]
    spans += [GateSpan(m.start(), m.end(), "number", "where someone sleeps: a room, pitch, "
                       "berth, or a canal's bridge or lock a boat moors by")
              for m in LODGING_NUMBER.finditer(text)]
    spans += [GateSpan(m.start(group), m.end(group), "address", "a house's number")
              for m in HOUSE_NUMBER.finditer(text) for group in ["house" if m["house"]
                                                                  else "quoted"]]
    spans += [GateSpan(m.start(), m.end("number"), "address", "a unit's number on a works "
                       "or an estate") for m in UNIT_NUMBER.finditer(text)]
    # A model's code after its maker is the model's ('Mitsubishi L200', 'Stihl TS410').
    spans += [span for span in _each(LETTER_CODE, text, "number", LETTER_CODE_WHY)
              if not _MAKER_BEFORE.search(text, max(0, span.start - 30), span.start)]
    spans += [GateSpan(m.start("initial"), m.end("initial"), "initials",
                       "a relation's or nickname's initial") for m in KIN_INITIAL.finditer(text)]
    spans += [GateSpan(m.start("words"), m.end("words"), "address", "a what3words address")
              for m in WHAT3WORDS.finditer(text)]
    spans += [GateSpan(m.start(group), m.end(group), "number", "a licence or badge number")
              for m in LICENCE.finditer(text) for group in ["number" if m["number"] else 0]]
    spans += [GateSpan(m.start(), m.end(), "place", "a military unit: where a parent serves")
              for m in MILITARY_UNIT.finditer(text)]
    spans += _each(NI_NUMBER, text, "ni_number", "a National Insurance number")
    spans += _each(VEHICLE, text, "vehicle", "a vehicle registration")
    spans += _each(EIRCODE, text, "postcode", "an Irish Eircode")
    for match in POSTCODE.finditer(text):
        code = re.sub(r"\s", "", match[0]).upper()
        spans.append(GateSpan(match.start(), match.end(), "postcode", "a postcode",
                              from_key=code in lexicon.key_postcodes))
    halves = lexicon.key_postcodes | seen_postcodes
    spans += [GateSpan(m.start(), m.end(), "postcode", "half of a postcode seen",
                       from_key=m[0] in lexicon.key_postcodes)
              for m in POSTCODE_HALF.finditer(text) if m[0] in halves]
    spans += [GateSpan(m.start(g), m.end(g), "postcode", "a postcode district")
              for m in DISTRICT.finditer(text) for g in ("a", "b") if m[g]]
    return spans + birth_dates(text, lexicon)


def _handle_like(word: str) -> bool:
    """A word after a platform's name that is no word ('kaydz13', 'gracie.b'), not one
    that goes on the sentence ('her Snapchat was private')."""
    return bool(re.search(r"\d|_|\w\.\w", word)) or (word.lower() not in STOP
                                                     and zipf(word.lower()) < 3.0)


def _dates(text: str) -> list[tuple[re.Match[str], dt.date | None, int]]:
    """(match, the day or None, year) of every full date written."""
    found = []
    for pattern, (day, month, year) in DATES:
        for match in pattern.finditer(text):
            written = match[year].lstrip("'")
            number = int(written) + (2000 if len(written) == 2 and int(written) < 50 else
                                     1900 if len(written) == 2 else 0)
            month_number = (int(match[month]) if match[month].isdigit()
                            else _month_number(match[month]))
            try:
                date = dt.date(number, month_number, int(match[day]))
            except ValueError:
                date = None
            found.append((match, date, number))
    return found


def birth_dates(text: str, lexicon: Lexicon) -> list[GateSpan]:
    spans = [GateSpan(m.start("when"), m.end("when"), "date_of_birth", "after 'born'")
             for pattern in (BORN_MONTH, BIRTHDAY) for m in pattern.finditer(text)]
    for match, date, year in _dates(text):
        if date is not None and date in lexicon.births:
            spans.append(GateSpan(match.start(), match.end(), "date_of_birth",
                                  "a birth date in the case key", from_key=True))
        elif date is not None and _swapped(match[0], date) in lexicon.births:
            spans.append(GateSpan(match.start(), match.end(), "date_of_birth", "a birth date "
                                  "in the case key, day and month swapped", from_key=True))
        elif BORN_CUE.search(text[max(0, match.start() - 30):match.start()]):
            spans.append(GateSpan(match.start(), match.end(), "date_of_birth", "after 'born'"))
        elif year < lexicon.period_from.year - 1:
            spans.append(GateSpan(match.start(), match.end(), "date_of_birth",
                                  "a full date long before the review period"))
    return spans


def _swapped(written: str, date: dt.date) -> dt.date | None:
    """The date of figures `written` with its day and month swapped ('02/03/2023' for a
    child born on 3 February), as a record in the American order or a slip holds it."""
    if re.search(r"[A-Za-z]", written) or date.day > 12:
        return None
    return date.replace(month=date.day, day=date.month)


def _month_number(word: str) -> int:
    return next(i for i, m in enumerate(MONTHS[:12], 1) if m.lower().startswith(word[:3].lower()))
