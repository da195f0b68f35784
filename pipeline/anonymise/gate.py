"""The publication gate: default-deny over text as written. It does not ask what the case
key holds first (that is the anonymiser's way); it asks of every capitalised word, every
word English does not know, and every number, whether something explains it, and calls
it a suspect when nothing does. Only then does it also look for the key's names in every
spelling (fuzzy, phonetic, without accents, as initials).

The finders: gatewords.py (names, nicknames), gateinitials.py (initials), gatenumbers.py
(numbers, codes, postcodes, handles, dates of birth), gateshapes.py (named places); the
case's allow-list and key: lexicon.py, from the shipped word knowledge in wordlists.py.
`suspects_in(text, lexicon)` returns the suspects in one text; gatedocx.py runs it over
every part of a document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.anonymise.citations import citations
from pipeline.anonymise.gateinitials import initial_runs
from pipeline.anonymise.gatenumbers import numbers, postcodes_in
from pipeline.anonymise.gateshapes import PLACE_TYPES, places, public_bodies, seen_firms
from pipeline.anonymise.gatespan import (
    STOP,
    WORD,
    GateSpan,
    at_start,
    overlaps,
    words_of,
)
from pipeline.anonymise.gatewords import (
    ADDRESS_WORD,
    aliases,
    key_match,
    word_suspects,
)
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import (
    TITLES,
    fold,
    given_name_in_english_use,
    is_name,
    is_ordinary,
    uk_places,
)

__all__ = ["WORD", "GateSpan", "postcodes_in", "suspects_in"]


class _Phrases:
    """A list of phrases found by their words (not one regex of hundreds of alternatives,
    which is slow): each phrase's words in lower case, indexed by its first word. A
    phrase is found in any case, but a one-word abbreviation that is a name written as a
    word ('CRIS', 'ELSA') only as written or in capitals: 'Cris' and 'Elsa' are people."""

    def __init__(self, phrases: tuple[str, ...]):
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.as_written: dict[str, frozenset[str]] = {}
        for phrase in phrases:
            words = tuple(_key(w) for w in WORD.findall(phrase))
            if words:
                self.by_first.setdefault(words[0], []).append(words)
            if len(words) == 1 and _abbreviation(phrase):
                self.as_written[words[0]] = self.as_written.get(words[0], frozenset()) | {
                    phrase, phrase.upper()}
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
        first = keys[index]
        candidates = self.by_first.get(first, [])
        if first.endswith("'s"):            # 'Mother's': the phrase 'Mother' with its 's
            candidates = candidates + [p for p in self.by_first.get(first[:-2], [])
                                       if len(p) == 1]
        for phrase in candidates:
            last = index + len(phrase) - 1
            if last >= len(words):
                continue
            written = words[index][0].replace("’", "'").removesuffix("'s")
            if len(phrase) == 1 and written not in self.as_written.get(phrase[0], (written,)):
                continue
            if all(_same(keys[index + k], phrase[k], k == len(phrase) - 1)
                   for k in range(len(phrase))) and all(
                    len(text[words[k].end():words[k + 1].start()]) <= 3
                    for k in range(index, last)):
                return last
        return None


def _abbreviation(phrase: str) -> bool:
    """'CRIS', 'ELSA': capitals after the first letter that, written as a word, are a
    name (not 'Refuge', not 'iPad', not 'ACAS', written 'Acas')."""
    return phrase[:1].isupper() and any(c.isupper() for c in phrase[1:]) and is_name(
        fold(phrase))


def _key(word: str) -> str:
    return word.lower().replace("’", "'")


def _same(written: str, wanted: str, last: bool) -> bool:
    return written == wanted or (last and written == wanted + "'s")


# A run checks its documents with a few lexicons (the case's, and one per document with
# the abbreviations it defines); each index holds the whole vocabulary (1.4 MB).
@lru_cache(maxsize=16)
def _compiled(lexicon: Lexicon) -> tuple[_Phrases, _Phrases]:
    return _Phrases(lexicon.allowed_phrases), _Phrases(lexicon.denied_phrases)


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
    allow, deny = _compiled(lexicon)
    words = words_of(text)
    allowed = allow.spans(text, words) + _public_bodies(text, lexicon, seen_names) + \
        citations(text, lexicon.key_initials)
    multiword = [(s, e) for s, e in allowed if re.search(r"\s", text[s:e])]
    found = [GateSpan(start, end, "agency_place", "an agency whose name locates the family",
                      from_key=True) for start, end in deny.spans(text, words)]
    found += _agency_words(text, words, lexicon, multiword)
    found += numbers(text, lexicon, seen_postcodes)
    taken = [(s.start, s.end) for s in found]
    found += [s for s in word_suspects(text, words, lexicon, allowed, multiword, seen_names)
              if not overlaps(taken, s.start, s.end)]
    found += initial_runs(text, lexicon, allowed)
    found += aliases(text, found, allowed)
    found += places(text, allowed)
    found += seen_firms(text, seen_names)
    return tuple(_resolve(_joined(text, found, allowed)))


def _public_bodies(text: str, lexicon: Lexicon, seen_names: frozenset[str]
                   ) -> list[tuple[int, int]]:
    """The NHS bodies and tools named in `text` ('Milton Keynes University Hospital',
    'Brook Traffic Light Tool') that hold no word of the key in any spelling, of its
    addresses, of an agency that locates the family, or of a name seen in the document:
    those stay suspects. A place of several words too large to locate anyone ("King's
    Cross") may hold one word of the key's names: there it is the place's."""
    kept = []
    for start, end, words in public_bodies(text):
        # 'Bethany and Milton Keynes University Hospital': a given name before 'and' is
        # someone beside the body, not a word of its name (at the cost of 'Chelsea and').
        joined = re.search(r"[ \u00a0](?:and|&)[ \u00a0]", text[start:end])
        if joined and any(given_name_in_english_use(fold(w)) for w in
                          WORD.findall(text[start:start + joined.start()])):
            start += joined.end()
            words = WORD.findall(text[start:end])
        folded = [re.sub(r"['’]s$", "", fold(w)) for w in words]
        if any(f in lexicon.key_places or f in seen_names - lexicon.key_words
               or re.sub(r"['’]s$", "", w) in lexicon.denied_words
               for f, w in zip(folded, words, strict=True)):
            continue
        of_the_key = sum(1 for w in words if key_match(w, text, start, end, lexicon))
        large_place = len(words) > 1 and uk_places().fullmatch(text[start:end])
        if of_the_key > (1 if large_place else 0) or (of_the_key and any(
                f in seen_names for f in folded if f not in lexicon.key_words)):
            continue
        kept.append((start, end))
    return kept


def _agency_words(text: str, words: list[re.Match[str]], lexicon: Lexicon,
                  multiword: list[tuple[int, int]]) -> list[GateSpan]:
    """An ordinary word that is a locating agency's own name ('Riverside' of 'Riverside
    Medical Practice'), where it is written with a capital and no allowed phrase holds it."""
    return [GateSpan(w.start(), w.end(), "agency_place", "an agency whose name locates the "
                     "family", from_key=True) for w in words
            if w[0][:1].isupper() and re.sub(r"['’]s$", "", w[0]) in lexicon.denied_words
            and not overlaps(multiword, w.start(), w.end())]


def _extended(text: str, span: GateSpan, allowed: list[tuple[int, int]]) -> GateSpan:
    """A name suspect taken out over the capitalised words around it that nothing else
    explains ('Milton Keynes'), stopping at titles, allowed phrases and sentence ends."""
    start, end = span.start, span.end
    while True:
        before = re.search(rf"(?<![\w])({WORD.pattern})[ \u00a0]+$", text[:start])
        if not before or not _joinable(before[1], before.start(1), before.end(1), allowed):
            break
        if at_start(text, before.start(1)) and is_ordinary(before[1], at_start=True):
            break
        start = before.start(1)
    while not re.search(r"['’]s$", text[start:end]):    # a possessive ends a name
        after = re.match(rf"[ \u00a0]+({WORD.pattern})(?![\w])", text[end:])
        if not after or not _joinable(after[1], end + after.start(1), end + after.end(1),
                                      allowed):
            break
        end += after.end(1)
    return GateSpan(start, end, span.kind, span.why, span.from_key)


def _joinable(word: str, start: int, end: int, allowed: list[tuple[int, int]]) -> bool:
    return (word[:1].isupper() and word not in TITLES and word.lower() not in STOP
            and word not in PLACE_TYPES and not overlaps(allowed, start, end))


def _joined(text: str, spans: list[GateSpan], allowed: list[tuple[int, int]]
            ) -> list[GateSpan]:
    """Name suspects next to each other become one ('Tomasz Wiśniewski'); a word of the
    key's addresses takes the capitalised words around it."""
    names = sorted((_extended(text, s, allowed) if s.kind == "name" else s
                    for s in spans if s.kind in ("name", "key_name")), key=lambda s: s.start)
    joined: list[GateSpan] = []
    for span in names:
        if joined and (span.start < joined[-1].end or
                       re.fullmatch(r"[\s\u00a0]+", text[joined[-1].end:span.start])):
            last = joined.pop()
            span = GateSpan(last.start, max(span.end, last.end), "key_name" if "key_name" in
                            (last.kind, span.kind) else "name", last.why,
                            last.from_key or span.from_key)
        joined.append(span)
    # 'Saltley Star Cars' of an address in Saltley: the firm's whole name goes with it.
    return joined + [_extended(text, s, allowed) if s.why == ADDRESS_WORD else s
                     for s in spans if s.kind not in ("name", "key_name")]


def _resolve(spans: list[GateSpan]) -> list[GateSpan]:
    chosen: list[GateSpan] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if span.end > span.start and not overlaps([(c.start, c.end) for c in chosen],
                                                  span.start, span.end):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)
