"""A found identifier: where it is in one text, what replaces it, and why."""

from __future__ import annotations

from dataclasses import dataclass

# Tiers: the case key wins over patterns, patterns over guessed names, so a name the key
# knows is always given its own pseudonym rather than a generic placeholder.
KEY, PATTERN, SUSPECT = 0, 1, 2


@dataclass(frozen=True)
class Span:
    """`text[start:end]` is an identifier of `kind`, replaced by `replacement`.

    `suspected` marks names not in the case key (listed for the data protection officer).
    `note` says why a suspected name was taken, in plain words.
    """

    start: int
    end: int
    replacement: str
    kind: str
    tier: int = PATTERN
    rank: int = 0
    suspected: bool = False
    note: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


def resolve(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans in text order: lower tier, then longer, then lower rank win."""
    chosen: list[Span] = []
    taken: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: (s.tier, -s.length, s.rank, s.start)):
        if span.length <= 0:
            continue
        if any(span.start < end and start < span.end for start, end in taken):
            continue
        chosen.append(span)
        taken.append((span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def apply(text: str, spans: list[Span]) -> str:
    """`text` with each resolved span replaced."""
    pieces, position = [], 0
    for span in spans:
        pieces.append(text[position:span.start])
        pieces.append(span.replacement)
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)
