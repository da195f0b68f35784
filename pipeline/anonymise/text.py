"""One case's anonymiser for plain text: the key, patterns and suspected names together."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pipeline.anonymise import patterns
from pipeline.anonymise.keyforms import KeyForm, KeyPerson, build_forms, find_key_names
from pipeline.anonymise.patterns import POSTCODE
from pipeline.anonymise.spans import KEY, Span, apply, resolve
from pipeline.anonymise.suspects import find_suspected_names
from pipeline.case import DEFAULT_BOARD, Case

CACHE_SIZE = 100_000
MAX_PASSES = 3


def staff_labels(case: Case) -> dict[str, str]:
    """Each staff member's name -> their role label; roles held by several are numbered."""
    labels: dict[str, str] = {}
    counts: dict[str, int] = {}
    for member in case.staff:
        role = member.role or "Practitioner"
        counts[role] = counts.get(role, 0) + 1
    seen: dict[str, int] = {}
    for member in case.staff:
        role = member.role or "Practitioner"
        seen[role] = seen.get(role, 0) + 1
        labels[member.name] = f"{role} {seen[role]}" if counts[role] > 1 else role
    return labels


@dataclass
class Anonymiser:
    """Finds and replaces identifiers in text for one case.

    `generalise_dates` turns exact dates into month and year (the executive summary).
    """

    forms: list[KeyForm]
    births: set[dt.date]
    key_addresses: list[re.Pattern[str]]
    agency_places: list[tuple[re.Pattern[str], str]]
    allowed: frozenset[str]
    key_tokens: dict[str, str]
    today: dt.date
    generalise_dates: bool = False
    board: str = DEFAULT_BOARD
    _cache: dict[str, list[Span]] = field(default_factory=dict, repr=False)

    @classmethod
    def for_case(cls, case: Case, today: dt.date, *, generalise_dates: bool = False
                 ) -> Anonymiser:
        people = [KeyPerson(p.name, p.aliases, p.pseudonym) for p in case.people]
        labels = staff_labels(case)
        people += [KeyPerson(s.name, (), labels[s.name]) for s in case.staff]
        forms = build_forms(people)
        key_tokens: dict[str, str] = {}
        for person in people:
            for word in re.findall(r"[A-Za-z]+", " ".join((person.name, *person.aliases))):
                if len(word) >= 4:
                    key_tokens[word.lower()] = person.replacement
        allowed_text = " ".join([
            case.review, case.subject, case.board, *labels.values(),
            *(p.pseudonym for p in case.people), *(p.role for p in case.people),
            *(name for a in case.agencies for name in a.names),
            *(s.role for s in case.staff)])
        allowed = frozenset(w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", allowed_text)
                            if w.lower() not in key_tokens)
        return cls(forms=forms, births={p.born for p in case.people if p.born},
                   key_addresses=_address_patterns(case),
                   agency_places=_agency_patterns(case), allowed=allowed,
                   key_tokens=key_tokens, today=today, generalise_dates=generalise_dates,
                   board=case.board)

    def spans(self, text: str) -> list[Span]:
        """Every identifier in `text`, resolved to non-overlapping spans in text order."""
        if not text.strip():
            return []
        cached = self._cache.get(text)
        if cached is None:
            cached = self._find(text)
            if len(self._cache) < CACHE_SIZE:    # chronology cells repeat; bound the memory
                self._cache[text] = cached
        return cached

    def _find(self, text: str) -> list[Span]:
        found = find_key_names(text, self.forms)
        for pattern in self.key_addresses:
            found += [Span(m.start(), m.end(), "[address]", "key_address", KEY)
                      for m in pattern.finditer(text)]
        for pattern, published in self.agency_places:
            found += [Span(m.start(), m.end(), _sentence_case(text, m.start(), published)
                           + (m["poss"] or ""), "agency", KEY)
                      for m in pattern.finditer(text)]
        found += patterns.find_birth_dates(text, self.births, self.today)
        found += patterns.find_identifiers(text)
        if self.generalise_dates:
            found += patterns.generalise_dates(text, self.today)
        found += find_suspected_names(text, self.allowed, self.key_tokens)
        return resolve(found)

    def anonymise(self, text: str) -> tuple[str, list[Span]]:
        """`text` with identifiers replaced, and the spans replaced (of every pass: a
        replacement can bring words together that read as a new identifier)."""
        replaced: list[Span] = []
        for _ in range(MAX_PASSES):
            spans = self.spans(text)
            if not spans:
                break
            replaced.extend(spans)
            text = apply(text, spans)
        return text, replaced


def _agency_patterns(case: Case) -> list[tuple[re.Pattern[str], str]]:
    """Each agency whose name locates the family: its name and its aliases that hold a
    word of their own ('Oakfield', not 'School'), to be replaced by how it is published."""
    from pipeline.anonymise.keyforms import form_regex
    from pipeline.anonymise.lexicon import locating_names

    patterns = []
    for agency in case.agencies:
        if not agency.locates:
            continue
        for name in sorted(locating_names(agency), key=len, reverse=True):
            patterns.append((re.compile(rf"(?<!\w)(?:[Tt]he[\s\u00a0]+)?{form_regex(name)}"
                                        rf"(?P<poss>['’]s)?(?!\w)", re.IGNORECASE),
                             agency.published))
    return patterns


def _sentence_case(text: str, start: int, phrase: str) -> str:
    """`phrase` with a capital where a sentence, heading or cell starts."""
    before = text[:start].rstrip()
    return phrase[:1].upper() + phrase[1:] if not before or before[-1] in ".!?" else phrase


def _address_patterns(case: Case) -> list[re.Pattern[str]]:
    """The key's addresses whole, their first line and the street name without number."""
    from pipeline.anonymise.keyforms import form_regex

    pieces: set[str] = set()
    for person in case.people:
        if not person.address:
            continue
        pieces.add(person.address)
        first = person.address.split(",")[0].strip()
        if re.search(r"[A-Za-z]", first):
            pieces.add(first)
            street = re.sub(r"^(?:Flat\s+\w+\s+)?\d+[A-Za-z]?\s+", "", first).strip()
            if len(street) >= 4 and street != first:
                pieces.add(street)
    compiled = [re.compile(rf"(?<!\w){form_regex(piece)}(?!\w)", re.IGNORECASE)
                for piece in sorted(pieces, key=len, reverse=True)]
    # The outward half of a key postcode ('MK6') narrows the family to a few streets.
    for person in case.people:
        for postcode in POSTCODE.finditer(person.address):
            outward = postcode[0].split()[0] if " " in postcode[0] else postcode[0][:-3]
            compiled.append(re.compile(rf"(?<![\w]){re.escape(outward)}(?![\w])",
                                       re.IGNORECASE))
    return compiled
