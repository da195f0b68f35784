"""The publication gate's finders of initials in any spelling: dotted, spaced, hyphenated
('K.B.', 'L H-P', 'RF-M', 'C.McA.'), the key's initials, and short capitals that are no
known abbreviation or stand beside a key name's initials or pseudonym. Capitals in a run
of capitals ('DO NOT VISIT'), ranks ('DS'), times ('6 PM') and abbreviations in use are
not initials."""

from __future__ import annotations

import re

from pipeline.anonymise.context import acronym_in_use, noun_after, rank_in_use, time_of_day
from pipeline.anonymise.gatespan import GateSpan, covered, word_before
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import POLICE_RANKS, zipf

# Initials with a double-barrelled surname's hyphen: 'RF-M' for Rosália Fonseca-Morjaria.
# In quotes too ("'AS-J is confident'"), not after a name's apostrophe ("O'RF-M").
HYPHENATED_INITIALS = re.compile(r"(?:(?<![\w.'’‘-])|(?<=['’‘])(?<![\w.]['’‘]))"
                                 r"[A-Z]{2}[-‐‑][A-Z](?![\w'’-])")
# Dotted initials of a 'Mc' or 'Mac' surname: 'C.McA.', 'J. MacD.'
MC_INITIALS = re.compile(r"(?<![\w.'’-])[A-Z]\.[\s\u00a0]?Ma?c[A-Z]\.?(?![\w'’-])")
# Initials in any spelling: 'K.B.', 'K B', 'L H-P', 'G.B', and in quotes ("signed 'C.S.'"),
# but not after a letter and an apostrophe ('O'B.').
INITIAL_RUN = re.compile(r"(?<![\w.-])(?<!\w['’])[A-Z](?:(?:\.[\s\u00a0]?|[\s\u00a0]|[-‐‑])"
                         r"[A-Z]){1,3}\.?(?!\w|['’]\w)")
# Staff written before their initials ('PC JT', 'HV KM').
STAFF_BEFORE = frozenset({*POLICE_RANKS, "HV", "SW", "GP", "FSW", "SN", "RM", "DSL"})

# 'that' points ('that GP') as often as it begins a clause ('recorded that JP had').
_THAT_BEFORE = re.compile(r"(?<!\w)(?i:that)[\s\u00a0]+$")

# How far from short capitals a key pseudonym makes them initials, in characters.
PSEUDONYM_NEAR = 24


def initials_suspect(word: str, text: str, start: int, words: list[re.Match[str]], index: int,
                     lexicon: Lexicon) -> tuple[str, str] | tuple[()] | None:
    """(kind, why) for initials, () for capitals that are explained, None for a word."""
    if re.fullmatch(r"[A-Z](?:[-‐‑][A-Z])+", word):
        return "initials", "initials"
    if not (word.isupper() and len(word) >= 2):
        return None
    if (word in POLICE_RANKS | lexicon.defined and word not in lexicon.key_initials) or \
            _abbreviation(word, text, start, lexicon) or rank_in_use(
            text, start, start + len(word)) or time_of_day(text, start, start + len(word)):
        return ()               # 'DCI', 'a DA notification', 'the PC', '6 PM', 'the JTT
    in_capitals = shouting(words, index)
    if word in lexicon.key_initials and not in_capitals:
        return "initials", "initials of a name in the case key"
    if len(word) <= 4 and word_before(text, start) in STAFF_BEFORE:
        return ()               # 'PC JT', 'HV KM': a practitioner's initials
    if len(word) <= 4 and zipf(word.lower()) < 3.0 and not in_capitals:
        return "initials", "capitals that are not a known abbreviation"
    # 'JC concerned re KA': beside a key name's initials, or the pseudonym the anonymiser
    # wrote for them ('Parent 2 concerned re KA'), short capitals are initials too,
    # however common the letters are in English ('ka').
    near = text[max(0, start - PSEUDONYM_NEAR):start + len(word) + PSEUDONYM_NEAR]
    if len(word) <= 3 and not in_capitals and (
            any(w[0] in lexicon.key_initials for w in words[max(0, index - 3):index + 4])
            or any(p in near for p in lexicon.pseudonyms)):
        return "initials", "capitals beside a key name's initials or pseudonym"
    return None


def _abbreviation(word: str, text: str, start: int, lexicon: Lexicon) -> bool:
    """A known abbreviation standing as a word; the key's initials after 'that' are the
    person's unless a noun of the field follows ('that DA referral')."""
    end = start + len(word)
    if word in lexicon.key_initials and _THAT_BEFORE.search(text[max(0, start - 8):start]):
        return noun_after(text, end)
    return acronym_in_use(text, start, end)


def shouting(words: list[re.Match[str]], index: int) -> bool:
    """True when the word stands in a run of words written in capitals ('DO NOT VISIT')."""
    near = words[max(0, index - 2):index] + words[index + 1:index + 3]
    return sum(1 for w in near if w[0].isupper() and len(w[0]) >= 2) >= 2


def initial_runs(text: str, lexicon: Lexicon, allowed: list[tuple[int, int]]
                 ) -> list[GateSpan]:
    """Single capitals joined by dots, spaces or hyphens: initials unless only spaces
    join them and one is 'A' or 'I' (a word); two capitals, a hyphen and one ('RF-M')."""
    spans = []
    for match in HYPHENATED_INITIALS.finditer(text):
        if not covered(allowed, match.start(), match.end()):
            spans.append(GateSpan(match.start(), match.end(), "initials",
                                  "initials with a double-barrelled surname's hyphen"))
    spans += [GateSpan(m.start(), m.end(), "initials", "initials of a 'Mc' surname")
              for m in MC_INITIALS.finditer(text) if not covered(allowed, m.start(), m.end())]
    for match in INITIAL_RUN.finditer(text):
        letters = re.sub(r"[^A-Z]", "", match[0])
        if covered(allowed, match.start(), match.end()) or time_of_day(
                text, match.start(), match.end()):
            continue
        if letters in lexicon.key_initials:
            spans.append(GateSpan(match.start(), match.end(), "initials",
                                  "initials of a name in the case key"))
        elif re.search(r"[.\-‐‑]", match[0]) or not set(letters) & {"A", "I"}:
            spans.append(GateSpan(match.start(), match.end(), "initials", "initials"))
    return spans
