"""What the publication gate finds (`GateSpan`) and the reading of text its finders share:
words as written in any letters, where a sentence starts, the word before."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.anonymise.wordlists import TITLES


def _mark_ranges() -> str:
    """Every combining mark (Unicode category M) below U+20000, as ranges of a class."""
    ranges: list[list[int]] = []
    for code in range(0x300, 0x20000):
        if unicodedata.category(chr(code))[0] == "M":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


# A word's letters may carry marks written as characters of their own: a combining accent
# ('o\u0301'), or the vowel signs of Devanagari, Bengali, Gurmukhi and every other script
# that writes them so ('सुनैना'): without them such a name falls apart into letters.
_LETTERS = rf"[^\W\d_]+(?:[{_mark_ranges()}]+[^\W\d_]*)*"
WORD = re.compile(rf"{_LETTERS}(?:['’]{_LETTERS})*(?:[-‐‑]{_LETTERS}(?:['’]{_LETTERS})*)*")
KEY_WHY = "a name in the case key"
STOP = frozenset("the a an this that these those his her their its our my your at in of "
                 "to from on by and or for with during after before since until following "
                 "throughout within near".split())
PLACEHOLDER = {"name": "[name]", "key_name": "[name]", "alias": "[name]",
               "initials": "[name]", "not_english": "[name]", "place": "[place]",
               "agency_place": "[place]", "phone": "[phone]", "nhs_number": "[number]",
               "ni_number": "[number]", "number": "[number]", "postcode": "[postcode]",
               "date_of_birth": "[date]", "email": "[email]", "url": "[link]",
               "handle": "[handle]", "vehicle": "[vehicle]"}


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


def covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def at_start(text: str, start: int) -> bool:
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


def word_before(text: str, start: int) -> str:
    """The word before `start` ('Mr' of 'Mr. Quinn', 'PC' of 'PC 1234 Quinn')."""
    found = re.search(r"([^\W\d_]+)\.?[\s\u00a0]+(?:\d{2,6}[\s\u00a0]+)?$", text[:start])
    return found[1] if found else ""


def words_of(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))
