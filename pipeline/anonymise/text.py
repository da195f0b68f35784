"""One case's anonymiser for plain text: the key, patterns and suspected names together."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.anonymise import patterns
from pipeline.anonymise.gateshapes import nhs_bodies
from pipeline.anonymise.keyforms import (
    KeyForm,
    KeyPerson,
    build_forms,
    find_key_names,
    form_regex,
)
from pipeline.anonymise.learn import (
    aliases_beside_key_names,
    bracketed_aliases,
    learned_forms,
    learned_spans,
    names_in_full_names,
)
from pipeline.anonymise.lexicon import (
    address_towns,
    address_words,
    holds_an_address_word,
    locating_names,
    names_of_people,
    names_the_key,
)
from pipeline.anonymise.patterns import POSTCODE
from pipeline.anonymise.spans import KEY, SUSPECT, Span, apply, resolve
from pipeline.anonymise.suspects import find_suspected_names
from pipeline.anonymise.wordlists import countries, fixed_phrases_in, fold, shipped_terms, uk_places
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
    key_words: frozenset[str] = frozenset()              # folded words of the key's names
    key_people: tuple[frozenset[str], ...] = ()          # ...of each person's (lexicon.py)
    place_words: frozenset[str] = frozenset()            # ...of its addresses (lexicon.py)
    town_words: frozenset[str] = frozenset()             # ...of their towns (lexicon.py)
    learned_names: frozenset[str] = frozenset()          # learn.py: from the document
    alias_forms: list[KeyForm] = field(default_factory=list)
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
            for word in re.findall(r"[^\W\d_]+", " ".join((person.name, *person.aliases))):
                if len(word) >= 4:
                    key_tokens[word.lower()] = person.replacement
        allowed_text = " ".join([
            case.review, case.subject, case.board, *labels.values(),
            *(p.pseudonym for p in case.people), *(p.role for p in case.people),
            *(name for a in case.agencies for name in a.names),
            *(s.role for s in case.staff)])
        allowed = frozenset(w for w in re.findall(r"[^\W\d_][\w'’-]*", allowed_text)
                            if w.lower() not in key_tokens)
        key_words = frozenset(fold(w) for p in people
                              for w in re.findall(r"[^\W\d_]+", " ".join((p.name, *p.aliases))))
        return cls(forms=forms, births={p.born for p in case.people if p.born},
                   key_addresses=_address_patterns(case),
                   agency_places=_agency_patterns(case), allowed=allowed,
                   key_tokens=key_tokens, today=today, generalise_dates=generalise_dates,
                   board=case.board, key_words=key_words, place_words=address_words(case),
                   town_words=address_towns(case),
                   key_people=names_of_people([[p.name, *p.aliases] for p in people]))

    def learned_from(self, texts: list[str]) -> Anonymiser:
        """This anonymiser knowing what `texts` (a whole document's) say of themselves:
        nicknames beside key names, and names not in the key seen in a full name."""
        aliases: list[KeyPerson] = []
        names: set[str] = set()
        for text in texts:
            aliases += aliases_beside_key_names(text, self.forms)
            names |= names_in_full_names(text, self.allowed, self.key_tokens,
                                         public_names_in(text, self.key_words,
                                                         self.key_people, self.town_words))
        known = {p.name for p in aliases}
        return replace(self, learned_names=frozenset(names - known),
                       alias_forms=learned_forms(aliases), _cache={})

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
        found += bracketed_aliases(text, found)
        found += learned_spans(text, self.learned_names, self.alias_forms)
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
        return resolve(_without_public_names(text, found, self.key_words, self.key_people,
                                             self.place_words, self.town_words))

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


@lru_cache(maxsize=1)
def _public_names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The shipped vocabulary's capitalised terms (public inquiries and their subjects,
    'Jack Russell'): those of several words, and those of one."""
    from pipeline.anonymise.keyforms import form_regex

    named = [t for t in shipped_terms() if re.search(r"[a-z]", t) and t[:1].isupper()]
    several = sorted((t for t in named if " " in t), key=len, reverse=True)
    single = sorted((t for t in named if " " not in t), key=len, reverse=True)
    return tuple(re.compile(rf"(?<!\w)(?:{'|'.join(form_regex(t) for t in terms)})"
                            rf"(?:['’]s)?(?!\w)")
                 for terms in (several, single))


def public_names_in(text: str, key_words: frozenset[str],
                    key_people: tuple[frozenset[str], ...] = (),
                    town_words: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Where `text` holds a public name of several words ('Victoria Climbié', 'Sudden
    Infant Death Syndrome') that is no person of the key (`names_the_key`) and no town of
    its addresses ('HMP Styal' for a family in Styal), or a fixed name with at most one
    word of the key."""
    return [(m.start(), m.end()) for m in _public_names()[0].finditer(text)
            if not names_the_key(m[0], key_people)
            and not holds_an_address_word(m[0], town_words)] + \
        fixed_phrases_in(text, key_words)


def _without_public_names(text: str, spans: list[Span], key_words: frozenset[str],
                          key_people: tuple[frozenset[str], ...] = (),
                          place_words: frozenset[str] = frozenset(),
                          town_words: frozenset[str] = frozenset()) -> list[Span]:
    """Spans less those inside a public name: 'Victoria Climbié' and 'Lord Laming' are
    kept unless they may be a person of the key, a fixed name ('Robin Hood') unless two
    of its words are the key's; a one-word public name, or an NHS body, keeps only
    against a guess."""
    whole = public_names_in(text, key_words, key_people, town_words)
    one = [(m.start(), m.end()) for m in _public_names()[1].finditer(text)]
    places = _large_places(text, key_words, place_words) \
        if any(s.tier != KEY or s.kind == "key_name" for s in spans) else []
    # 'James Cook University Hospital': an NHS body, no one called James Cook; the key's
    # names inside one are still the key's.
    one += nhs_bodies(text) \
        if any(s.tier == SUSPECT for s in spans) else []
    return [s for s in spans
            if not any(a <= s.start and s.end <= b for a, b in whole)
            and not (s.tier == SUSPECT and any(a <= s.start and s.end <= b for a, b in one))
            and not ((s.tier != KEY or s.kind == "key_name")
                     and any(a <= s.start and s.end <= b for a, b in places))]


def _large_places(text: str, key_words: frozenset[str], place_words: frozenset[str]
                  ) -> list[tuple[int, int]]:
    """'Birmingham New Street', "King's Cross", 'the Yorkshire Dales': places of several
    words too large to locate anyone, where no street or guessed name stands, nor a name
    of the key when only one of their words is the key's ("King's Cross" with a family
    called Cross). One that holds a word of the key's addresses is no such place."""
    found = []
    for match in uk_places().finditer(text):
        words = [re.sub(r"['’]s$", "", fold(w)) for w in re.findall(r"[^\W\d_][\w'’]*", match[0])]
        if len(words) > 1 and not set(words) & place_words and \
                sum(w in key_words for w in words) <= 1:
            found.append((match.start(), match.end()))
    return found


def _agency_patterns(case: Case) -> list[tuple[re.Pattern[str], str]]:
    """Each agency whose name locates the family: its name and its aliases that hold a
    word of their own ('Oakfield', not 'School'), to be replaced by how it is published."""
    from pipeline.anonymise.keyforms import form_regex

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
    """The key's addresses whole; each line of them that names a street, with and without
    its flat and house number ('Flat 4, 22 Heron Court' gives 'Heron Court'); the town
    where no agency or board is named after it, and no country (a home abroad's
    'Lithuania'); each postcode whole, then its halves."""
    pieces: set[str] = set()
    public = " ".join([case.board, *(n for a in case.agencies for n in a.names)]).lower()
    for person in case.people:
        if not person.address:
            continue
        pieces.add(person.address)
        for line in (part.strip() for part in person.address.split(",")):
            if POSTCODE.fullmatch(line) or not re.search(r"[^\W\d_]{3}", line):
                continue
            if re.fullmatch(r"(?i:flat|apartment|apt|unit|room)\s+\w+", line):
                continue
            street = re.sub(r"^(?i:(?:flat|apartment|apt|unit)\s+\w+\s+)?\d+[A-Za-z]?\s+", "",
                            line).strip()
            if street == line and (line.lower() in public or fold(line) in countries()):
                continue        # the town the board is named after, a country: public
            pieces.add(line)
            if len(street) >= 4:
                pieces.add(street)
    compiled = [re.compile(rf"(?<!\w){form_regex(piece)}(?!\w)", re.IGNORECASE)
                for piece in sorted(pieces, key=len, reverse=True)]
    # The whole postcode first, so its halves are never left beside a placeholder; the
    # outward half alone ('MK6') narrows the family to a few streets.
    for person in case.people:
        for postcode in POSTCODE.finditer(person.address):
            code = re.sub(r"\s", "", postcode[0])
            outward, inward = code[:-3], code[-3:]
            compiled.append(re.compile(rf"(?<![\w]){re.escape(outward)}[\s\u00a0]*"
                                       rf"{re.escape(inward)}(?![\w])", re.IGNORECASE))
            compiled.append(re.compile(rf"(?<![\w]){re.escape(outward)}(?![\w])",
                                       re.IGNORECASE))
            compiled.append(re.compile(rf"(?<![\w]){re.escape(inward)}(?![\w])"))
    return compiled
