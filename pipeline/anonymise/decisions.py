"""The data protection officer's decisions (toolkit 3.4): one a line of
anonymisation_report.xlsx, read back on the next merge and applied to the same
occurrence. An occurrence is known by its document, the stage that found it, the part,
the words and their context as written, so a decision follows it from run to run.

A decision may restore words the anonymiser or the gate took, or give the text that
replaces them; it never restores a name, address or birth date the case key holds, and
whatever it leaves is checked by the gate again before anything is published.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

KEEP, RESTORE, REPLACE = "keep redacted", "restore", "replace with text"
CHOICES = (KEEP, RESTORE, REPLACE)
ANONYMISER, GATE = "anonymiser", "gate"
# What the anonymiser takes from the case key itself: a decision never restores it.
KEY_KINDS = frozenset({"key_name", "key_address", "date_of_birth"})


def occurrence_id(document: str, stage: str, part: str, original: str, context: str) -> str:
    """A short stable id for one occurrence, the same on every run of the same reports."""
    digest = hashlib.sha256("\x1f".join((document, stage, part, original, context))
                            .encode("utf-8")).hexdigest()
    return digest[:12]


@dataclass(frozen=True)
class Decision:
    """What the officer chose for one occurrence; `text` is the replacement they gave."""

    choice: str
    text: str = ""


def parse_decision(written: str, text: str) -> Decision | None:
    """The decision as typed in the workbook (any case, a few words are enough), or None
    when the cell is empty or says something else."""
    words = re.sub(r"\s+", " ", written or "").strip().lower()
    if not words:
        return None
    if words.startswith("restore") or words in ("keep original", "not an identifier"):
        return Decision(RESTORE)
    if words.startswith("replace"):
        return Decision(REPLACE, text.strip()) if text.strip() else None
    if words.startswith("keep"):
        return Decision(KEEP)
    return None


@dataclass
class Decisions:
    """Every decision read back, by occurrence id; `unreadable` counts lines whose
    Decision cell could not be read (the report says so).

    An occurrence whose context has changed since (another decision rewrote the words
    around it) is still found when every decision on the same words in the same part
    of the same document agrees."""

    by_id: dict[str, Decision] = field(default_factory=dict)
    unreadable: int = 0
    rows: dict[str, dict[str, str]] = field(default_factory=dict)   # id -> the line as read
    by_words: dict[tuple[str, str, str, str], set[str]] = field(default_factory=dict)

    def add(self, ident: str, where: tuple[str, str, str, str], decision: Decision) -> None:
        """Record a decision read for occurrence `ident` of (document, stage, part, words)."""
        self.by_id[ident] = decision
        self.by_words.setdefault(where, set()).add(ident)

    def line(self, document: str, stage: str, part: str, original: str, context: str
             ) -> str | None:
        """The id of the line read back that decides this occurrence, or None."""
        ident = occurrence_id(document, stage, part, original, context)
        if ident in self.by_id:
            return ident
        same = self.by_words.get((document, stage, part, original), set())
        if same and len({self.by_id[i] for i in same}) == 1:
            return next(iter(same))
        return None

    def get(self, document: str, stage: str, part: str, original: str, context: str
            ) -> Decision | None:
        ident = self.line(document, stage, part, original, context)
        return self.by_id[ident] if ident else None

    def __bool__(self) -> bool:
        return bool(self.by_id)
