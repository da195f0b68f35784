"""The publication gate: default-deny over text as written. It does not ask what the case
key holds first (that is the anonymiser's way); it asks of every capitalised word, every
word English does not know, and every number, whether something explains it, and calls
it a suspect when nothing does. Only then does it also look for the key's names in every
spelling (fuzzy, phonetic, without accents, as initials).

`suspects_in(text, lexicon)` returns the suspects in one text; pipeline.anonymise.gatedocx
runs it over every part of a document.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import jellyfish
from rapidfuzz import fuzz, process

from pipeline.anonymise.lexicon import (
    MONTHS,
    POLICE_RANKS,
    TITLES,
    Lexicon,
    fold,
    is_ordinary,
    zipf,
)

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:[-‐‑][^\W\d_]+(?:['’][^\W\d_]+)*)*")
DOTTED_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.[\s\u00a0]?){2,4}(?![\w])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|"
                 r"uk|io|info|me)(?:/[^\s<>\"')\]]*)?", re.IGNORECASE)
PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)44[\s-]?(?:\(0\)[\s-]?)?\d{2,5}|\(0\d{2,5}\)|"
                   r"0\d{2,5})(?:[\s-]?\d){5,8}(?![\w])")
LONG_NUMBER = re.compile(r"(?<![\w-])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\w-])")
NI_NUMBER = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]"
                       r"(?![A-Za-z0-9])")
POSTCODE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,2}\d[A-Za-z\d]?[\s\u00a0]*\d[A-Za-z]{2}"
                      r"(?![A-Za-z0-9])")
POSTCODE_HALF = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d[A-Z\d]?|\d[A-Z]{2})"
                           r"(?![A-Za-z0-9])")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DATE = re.compile(rf"(?<![\w/.-])(?:(\d{{1,2}})[/.-](\d{{1,2}})[/.-](\d{{2}}|\d{{4}})|(\d{{1,2}})"
                  rf"(?:st|nd|rd|th)?(?:\s+of)?[\s-]+({_MONTH})[\s,-]+(\d{{4}}))(?![\w/-])",
                  re.IGNORECASE)
BORN_CUE = re.compile(r"(?:\bd\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|\bborn)\W{0,3}(?:on\s+|in\s+)?"
                      r"(?:the\s+)?$", re.IGNORECASE)
BORN_MONTH = re.compile(rf"(?:\bd\.?o\.?b\.?|date\s+of\s+birth|\bborn(?:\s+in)?)\W{{0,3}}"
                        rf"(?P<when>{_MONTH}\s+\d{{4}})", re.IGNORECASE)
ALIAS_CUE = re.compile(r"(?:known(?:\s+\w+){0,3}\s+as|a\.?k\.?a\.?|called(?:\s+(?:her|him))?|"
                       r"nicknamed|nickname|goes\s+by|went\s+by)[\s\u00a0]*[:,]?[\s\u00a0]*['\"‘“]?$",
                       re.IGNORECASE)
# "Mai, as the family called her": the word before is what someone was called.
CALLED_AFTER = re.compile(r",?[\s\u00a0]+as[\s\u00a0]+(?:[\w'’]+[\s\u00a0]+){0,3}(?:called|"
                          r"calls|knew|knows|call)[\s\u00a0]+(?:her|him|them)\b", re.IGNORECASE)
QUOTED_AFTER_NAME = re.compile(r"^[\s\u00a0]*[(,]?[\s\u00a0]*['\"‘“]$")
PLACE_TYPES = frozenset("""Road Street Avenue Close Lane Drive Way Crescent Court Gardens
Place Terrace Grove Walk Rise Row Square Mews Parade Green Park Estate Heights Vale Croft
Meadow Meadows Hill Wharf Yard Cottages Flats Tower Towers Lodge Manor House Farm Village
School Academy Nursery Pre-School Preschool Surgery Centre College Church Chapel Mosque
Temple Gurdwara Playgroup Practice""".split())
PLACE_QUALIFIERS = frozenset("""Primary Junior Infant Infants Secondary High First Middle
Upper Lower Community Medical Health Children's Family Day Pre Sixth Form Church CE RC
Catholic Methodist Baptist Free Special Grammar Group Village Leisure""".split())
KEY_WHY = "a name in the case key"
STOP = frozenset("the a an this that these those his her their its our my your at in of "
                 "to from on by and or for with".split())
PLACEHOLDER = {"name": "[name]", "key_name": "[name]", "alias": "[name]",
               "initials": "[name]", "not_english": "[name]", "place": "[place]",
               "agency_place": "[place]", "phone": "[phone]", "nhs_number": "[number]",
               "ni_number": "[number]", "postcode": "[postcode]", "date_of_birth": "[date]",
               "email": "[email]", "url": "[link]"}


@dataclass(frozen=True)
class GateSpan:
    """`text[start:end]` could name a person or place; `kind` says how it was found."""

    start: int
    end: int
    kind: str
    why: str
    from_key: bool = False

    @property
    def placeholder(self) -> str:
        return PLACEHOLDER.get(self.kind, "[name]")


class _Phrases:
    """A list of phrases found by their words (not one regex of hundreds of alternatives,
    which is slow): each phrase's words in lower case, indexed by its first word."""

    def __init__(self, phrases: tuple[str, ...]):
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(_key(w) for w in WORD.findall(phrase))
            if words:
                self.by_first.setdefault(words[0], []).append(words)
        for candidates in self.by_first.values():
            candidates.sort(key=len, reverse=True)

    def spans(self, text: str, words: list[re.Match[str]]) -> list[tuple[int, int]]:
        """(start, end) of each phrase written in `text` (any case, with a possessive)."""
        found = []
        keys = [_key(w[0]) for w in words]
        index = 0
        while index < len(words):
            end = self._match(text, words, keys, index)
            if end is None:
                index += 1
                continue
            found.append((words[index].start(), words[end].end()))
            index = end + 1
        return found

    def _match(self, text: str, words: list[re.Match[str]], keys: list[str], index: int
               ) -> int | None:
        for phrase in self.by_first.get(keys[index], ()):
            last = index + len(phrase) - 1
            if last >= len(words):
                continue
            if all(_same(keys[index + k], phrase[k], k == len(phrase) - 1)
                   for k in range(len(phrase))) and all(
                    len(text[words[k].end():words[k + 1].start()]) <= 3
                    for k in range(index, last)):
                return last
        return None


def _key(word: str) -> str:
    return word.lower().replace("’", "'")


def _same(written: str, wanted: str, last: bool) -> bool:
    return written == wanted or (last and written == wanted + "'s")


@lru_cache(maxsize=64)
def _compiled(lexicon: Lexicon) -> tuple[_Phrases, _Phrases, dict[str, str]]:
    phonetic = {jellyfish.metaphone(w): w for w in lexicon.key_words if len(w) >= 4}
    return _Phrases(lexicon.allowed_phrases), _Phrases(lexicon.denied_phrases), phonetic


def _at_start(text: str, start: int) -> bool:
    """True when the word at `start` begins a sentence, heading, list item or quote."""
    before = text[:start].rstrip(" \t\u00a0\"'“‘([")
    if not before:
        return True
    if before[-1] in "!?:;•–—-\n":
        return True
    if before[-1] == ".":
        last = before[:-1].split()[-1:] or [""]
        return last[0] not in TITLES and not re.fullmatch(r"[A-Z]", last[0])
    return bool(re.search(r"(?:^|\s)\(?\d+(?:\.\d+)*[.)]?$", before))


def _word_before(text: str, start: int) -> str:
    found = re.search(r"([^\W\d_]+)\.?[\s\u00a0]+(?:\d{2,6}[\s\u00a0]+)?$", text[:start])
    return found[1] if found else ""


def _month_context(text: str, start: int, end: int) -> bool:
    """'June 2016', '5 June', 'Monday 5 June': the word is a month, not a person."""
    return bool(re.match(r"[\s\u00a0,]+(?:\d{4}|'\d{2})\b", text[end:]) or
                re.search(r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s\u00a0]+$", text[:start]))


def _key_match(word: str, text: str, start: int, end: int, lexicon: Lexicon,
               phonetic: dict[str, str]) -> str | None:
    """Why `word` is a key name in some spelling, or None."""
    folded = re.sub(r"['’]s$", "", fold(word))
    parts = [p for p in re.split(r"[-‐‑]", folded) if p]
    capitalised = word[:1].isupper()
    for part in [folded, *parts]:
        if part not in lexicon.key_words:
            continue
        if zipf(part) >= 3.0:       # also an ordinary word: only where it names the person
            if not capitalised or (part.capitalize() in MONTHS
                                   and _month_context(text, start, end)):
                return None
            if word.isupper() and len(word) <= 4:
                return None
        return KEY_WHY
    if not capitalised or len(folded) < 4 or is_ordinary(word, at_start=False):
        return None
    best = process.extractOne(folded, lexicon.key_words, scorer=fuzz.ratio,
                              score_cutoff=84)
    if best and len(best[0]) >= 4:
        return "spelt like a name in the case key"
    if len(folded) >= 5 and jellyfish.metaphone(folded) in phonetic:
        return "sounds like a name in the case key"
    return None


def _glued_to_digit(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit())


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _word_suspects(text: str, lexicon: Lexicon, allowed: list[tuple[int, int]],
                   multiword: list[tuple[int, int]], seen_names: frozenset[str]
                   ) -> list[GateSpan]:
    """Key names in any spelling, and capitalised or unknown words nothing explains."""
    _, _, phonetic = _compiled(lexicon)
    found: list[GateSpan] = []
    words = list(WORD.finditer(text))
    for index, match in enumerate(words):
        word, start, end = match[0], match.start(), match.end()
        if not _covered(multiword, start, end):
            why = _key_match(word, text, start, end, lexicon, phonetic)
            if why:
                found.append(GateSpan(start, end, "key_name", why,
                                      from_key=why == KEY_WHY))
                continue
        if _covered(allowed, start, end):
            continue
        if _glued_to_digit(text, start, end):
            continue            # a code ('HV2', 'KS2', '9.3kg'), not a name
        bare = re.sub(r"['’]s$", "", word)
        if word[:1].isupper() and fold(bare) in seen_names:
            found.append(GateSpan(start, end, "name", "a name seen elsewhere in the document"))
            continue
        kind = _unexplained(bare, text, start, words, index, lexicon)
        if kind:
            found.append(GateSpan(start, end, *kind))
    return found


def _unexplained(word: str, text: str, start: int, words: list[re.Match[str]], index: int,
                 lexicon: Lexicon) -> tuple[str, str] | None:
    """(kind, why) when nothing explains `word` where it stands, else None."""
    if not word[:1].isupper():
        if len(word) >= 3 and zipf(word) == 0:
            return "not_english", "not an English word"
        return None
    if re.fullmatch(r"[A-Z](?:[-‐‑][A-Z])+", word):
        return "initials", "initials"
    if word.isupper() and len(word) >= 2:
        if word in lexicon.key_initials and not _shouting(words, index):
            return "initials", "initials of a name in the case key"
        if len(word) <= 4 and zipf(word.lower()) < 3.0 and not _shouting(words, index):
            return "initials", "capitals that are not a known abbreviation"
    if _word_before(text, start) in TITLES and word not in POLICE_RANKS:
        return "name", "after a title"
    if ALIAS_CUE.search(text[:start]) or CALLED_AFTER.match(text, start + len(word)):
        return "alias", "after 'known as' or 'called'"
    at_start = _at_start(text, start)
    if not at_start and re.match(r"['’]s\b", text[start + len(word):]):
        return "name", "a capitalised word with a possessive: a name or a place"
    if word.isupper() and _shouting(words, index):
        return None if is_ordinary(word, at_start=True) else ("name", "not an ordinary word")
    if is_ordinary(word, at_start=at_start):
        return None
    return "name", "a capitalised word no list explains"


def _shouting(words: list[re.Match[str]], index: int) -> bool:
    """True when the word stands in a run of words written in capitals ('DO NOT VISIT')."""
    near = words[max(0, index - 2):index] + words[index + 1:index + 3]
    return sum(1 for w in near if w[0].isupper() and len(w[0]) >= 2) >= 2


def _places(text: str, allowed: list[tuple[int, int]]
            ) -> list[GateSpan]:
    """Capitalised words before a place word ('Castle Hill Surgery', 'Juniper Walk'),
    joined with any suspect they hold into one place."""
    places = []
    words = list(WORD.finditer(text))
    for index, match in enumerate(words):
        if match[0] not in PLACE_TYPES:
            continue
        first = index
        while first > 0:
            previous = words[first - 1]
            gap = text[previous.end():words[first].start()]
            if (not previous[0][:1].isupper() or previous[0].lower() in STOP
                    or not re.fullmatch(r"[\s\u00a0]+", gap)):
                break
            first -= 1
        named = [w for w in words[first:index] if w[0] not in PLACE_QUALIFIERS
                 and w[0] not in PLACE_TYPES]
        if not named:
            continue
        start, end = named[0].start(), match.end()
        if _covered(allowed, start, end):
            continue
        places.append(GateSpan(start, end, "place", "a named place"))
    return places


def _numbers(text: str, lexicon: Lexicon, seen_postcodes: frozenset[str]
             ) -> list[GateSpan]:
    spans = [GateSpan(m.start(), m.end(), "email", "an email address")
             for m in EMAIL.finditer(text)]
    spans += [GateSpan(m.start(), m.end(), "url", "a web address") for m in URL.finditer(text)
              if not EMAIL.search(m[0])]
    spans += [GateSpan(m.start(), m.end(), "phone", "a phone number")
              for m in PHONE.finditer(text)]
    spans += [GateSpan(m.start(), m.end(), "nhs_number", "a 10-digit number")
              for m in LONG_NUMBER.finditer(text)]
    spans += [GateSpan(m.start(), m.end(), "ni_number", "a National Insurance number")
              for m in NI_NUMBER.finditer(text)]
    for match in POSTCODE.finditer(text):
        code = re.sub(r"\s", "", match[0]).upper()
        spans.append(GateSpan(match.start(), match.end(), "postcode", "a postcode",
                              from_key=code in lexicon.key_postcodes))
    halves = lexicon.key_postcodes | seen_postcodes
    spans += [GateSpan(m.start(), m.end(), "postcode", "half of a postcode seen",
                       from_key=m[0] in lexicon.key_postcodes)
              for m in POSTCODE_HALF.finditer(text) if m[0] in halves]
    spans += _birth_dates(text, lexicon)
    return spans


def _birth_dates(text: str, lexicon: Lexicon) -> list[GateSpan]:
    spans = [GateSpan(m.start("when"), m.end("when"), "date_of_birth", "after 'born'")
             for m in BORN_MONTH.finditer(text)]
    for match in DATE.finditer(text):
        day, month, year = (match[1], match[2], match[3]) if match[1] else (
            match[4], _month_number(match[5]), match[6])
        year = int(year) + (2000 if len(year) == 2 and int(year) < 50 else
                            1900 if len(year) == 2 else 0)
        try:
            date = dt.date(year, int(month), int(day))
        except ValueError:
            date = None
        if date is not None and date in lexicon.births:
            spans.append(GateSpan(match.start(), match.end(), "date_of_birth",
                                  "a birth date in the case key", from_key=True))
        elif BORN_CUE.search(text[max(0, match.start() - 30):match.start()]):
            spans.append(GateSpan(match.start(), match.end(), "date_of_birth", "after 'born'"))
        elif year < lexicon.period_from.year - 1:
            spans.append(GateSpan(match.start(), match.end(), "date_of_birth",
                                  "a full date long before the review period"))
    return spans


def _month_number(word: str) -> int:
    return next(i for i, m in enumerate(MONTHS[:12], 1) if m.lower().startswith(word[:3].lower()))


def postcodes_in(text: str) -> set[str]:
    """Each full postcode's two halves, so the gate knows them when written alone."""
    halves = set()
    for match in POSTCODE.finditer(text):
        code = re.sub(r"\s", "", match[0]).upper()
        halves |= {code[:-3], code[-3:]}
    return halves


def suspects_in(text: str, lexicon: Lexicon, seen_postcodes: frozenset[str] = frozenset(),
                seen_names: frozenset[str] = frozenset()) -> list[GateSpan]:
    """Every suspect in `text`, longest first where they overlap, in text order.
    `seen_postcodes` and `seen_names` are what the rest of the document showed to be
    postcode halves and names ('Pam' alone, after 'Mrs Pam Ellery')."""
    if not text.strip():
        return []
    # A document is checked more than once (after replacing, and as written to disk), and
    # chronology cells repeat: the same text with the same knowledge gives the same answer.
    return list(_suspects(text, lexicon, seen_postcodes, seen_names))


@lru_cache(maxsize=50_000)
def _suspects(text: str, lexicon: Lexicon, seen_postcodes: frozenset[str],
              seen_names: frozenset[str]) -> tuple[GateSpan, ...]:
    seen_postcodes = seen_postcodes | postcodes_in(text)
    allow, deny, _ = _compiled(lexicon)
    words = list(WORD.finditer(text))
    allowed = allow.spans(text, words)
    multiword = [(s, e) for s, e in allowed if re.search(r"\s", text[s:e])]
    found = [GateSpan(start, end, "agency_place", "an agency whose name locates the family",
                      from_key=True) for start, end in deny.spans(text, words)]
    found += _numbers(text, lexicon, seen_postcodes)
    taken = [(s.start, s.end) for s in found]
    found += [s for s in _word_suspects(text, lexicon, allowed, multiword, seen_names)
              if not any(a < s.end and s.start < b for a, b in taken)]
    found += [GateSpan(m.start(), m.end(), "initials", "initials")
              for m in DOTTED_INITIALS.finditer(text)]
    found += _aliases(text, found, allowed)
    found += _places(text, allowed)
    return tuple(_resolve(_joined(text, found, allowed)))


def _aliases(text: str, found: list[GateSpan], allowed: list[tuple[int, int]]
             ) -> list[GateSpan]:
    """A quoted word straight after a suspect name ("Callum ('Tank')"), and a single
    capitalised word in quotes inside a sentence ("and 'Bear' to his friends"): that is
    how nicknames are written, whatever the word means."""
    spans = []
    for match in re.finditer(r"(?<!\w)['\"‘“]([^\W\d_][^'\"’”\n]{0,30})['\"’”](?!\w)", text):
        before = text[:match.start() + 1]
        word = match[1]
        beside = any(0 <= match.start() - s.end <= 3 and QUOTED_AFTER_NAME.search(
            before[s.end:]) for s in found if s.kind in ("name", "key_name", "alias"))
        nickname = (re.fullmatch(r"[^\W\d_][\w'’-]*", word) and word[:1].isupper()
                    and not _at_start(text, match.start()) and zipf(word.lower()) < 5.0
                    and not _covered(allowed, match.start(1), match.end(1)))
        if beside or nickname:
            spans.append(GateSpan(match.start(1), match.end(1), "alias",
                                  "a nickname beside a name" if beside else
                                  "a capitalised word in quotes, as nicknames are written"))
    return spans


def _extended(text: str, span: GateSpan, allowed: list[tuple[int, int]]) -> GateSpan:
    """A name suspect taken out over the capitalised words around it that nothing else
    explains ('Milton Keynes'), stopping at titles, allowed phrases and sentence ends."""
    start, end = span.start, span.end
    while True:
        before = re.search(rf"(?<![\w])({WORD.pattern})[ \u00a0]+$", text[:start])
        if not before or not _joinable(before[1], before.start(1), before.end(1), allowed):
            break
        if _at_start(text, before.start(1)) and is_ordinary(before[1], at_start=True):
            break
        start = before.start(1)
    while True:
        after = re.match(rf"[ \u00a0]+({WORD.pattern})(?![\w])", text[end:])
        if not after or not _joinable(after[1], end + after.start(1), end + after.end(1),
                                      allowed):
            break
        end += after.end(1)
    return GateSpan(start, end, span.kind, span.why, span.from_key)


def _joinable(word: str, start: int, end: int, allowed: list[tuple[int, int]]) -> bool:
    return (word[:1].isupper() and word not in TITLES and word.lower() not in STOP
            and word not in PLACE_TYPES
            and not any(a < end and start < b for a, b in allowed))


def _joined(text: str, spans: list[GateSpan], allowed: list[tuple[int, int]]
            ) -> list[GateSpan]:
    """Name suspects next to each other become one ('Tomasz Wiśniewski')."""
    names = sorted((_extended(text, s, allowed) if s.kind == "name" else s
                    for s in spans if s.kind in ("name", "key_name")), key=lambda s: s.start)
    joined = []
    for span in names:
        if joined and (span.start < joined[-1].end or
                       re.fullmatch(r"[\s\u00a0]+", text[joined[-1].end:span.start])):
            last = joined.pop()
            span = GateSpan(last.start, max(span.end, last.end), "key_name" if "key_name" in
                            (last.kind, span.kind) else "name", last.why,
                            last.from_key or span.from_key)
        joined.append(span)
    return joined + [s for s in spans if s.kind not in ("name", "key_name")]


def _resolve(spans: list[GateSpan]) -> list[GateSpan]:
    chosen: list[GateSpan] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if span.end > span.start and not any(c.start < span.end and span.start < c.end
                                             for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)
