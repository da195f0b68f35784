"""Relatives the returns name who are not in case.toml's family key ("maternal
grandmother", "Jayden's father"): listed for the administrator, who may add them to the
key (for anonymisation, and for the genogram). Only words of kinship are looked for, never
names, so the list holds no personal data beyond them.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline.case import Case
from pipeline.model import Finding, Row, Severity

CODE = "relative_not_in_key"
# Words of kinship, grouped: a person of the key whose role holds any word of a group
# stands for the whole group ("Sibling" for a brother or sister).
KIN_GROUPS = (
    ("grandmother", "grandma", "nan", "nana", "nanny", "granny"),
    ("grandfather", "grandad", "granddad", "grandpa"),
    ("father", "dad", "birth father"),
    ("mother", "mum", "birth mother"),
    ("stepfather", "step-father", "stepdad"),
    ("stepmother", "step-mother", "stepmum"),
    ("uncle",), ("aunt", "auntie", "aunty"), ("cousin",),
    ("sibling", "brother", "sister", "half-brother", "half-sister"),
    ("partner", "boyfriend", "girlfriend", "ex-partner"),
)
_QUALIFIERS = ("maternal", "paternal", "great")
_WORDS = sorted((w for group in KIN_GROUPS for w in group), key=len, reverse=True)
# The lookahead on the first letters lets the scan skip most positions of a text at once
# (the same matches: each starts with a qualifier or a word of kinship).
_QUALIFIED = re.compile(
    "(?=[" + "".join(sorted({w[0] for w in (*_WORDS, *_QUALIFIERS)})) + r"])"
    r"\b((?:maternal|paternal|great[- ])\s*)?(" + "|".join(map(re.escape, _WORDS)) + r")\b",
    re.I)
# The same pattern for ASCII text in lower case: matching without re.I is about three
# times faster on a long cell, and for ASCII text it finds the same matches.
_QUALIFIED_LOWER = re.compile(_QUALIFIED.pattern)
_GROUP_OF = {word: index for index, group in enumerate(KIN_GROUPS) for word in group}


def kinship(text: str):
    """The matches of `_QUALIFIED` in `text` (for ASCII text, found in its lower case)."""
    if text.isascii():
        return _QUALIFIED_LOWER.finditer(text.lower())
    return _QUALIFIED.finditer(text)


def not_in_key(case: Case, rows: list[Row]) -> list[Finding]:
    """One warning per kind of relative the merged `rows` name and the key has no one
    for, with where they are named (agency, file and row)."""
    covered = {index for person in case.people for index, group in enumerate(KIN_GROUPS)
               if any(re.search(rf"\b{re.escape(w)}\b", person.role, re.I) for w in group)}
    places: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        text = " ".join((row.child, row.family, row.communication, row.comment))
        for match in kinship(text):
            word = match[2].lower()
            group = _GROUP_OF[word]
            if group not in covered or match[1]:
                said = " ".join(match[0].lower().split())
                named = places[said]
                if not named or named[-1] is not row:     # rows come once each, in turn
                    named.append(row)
    return [_finding(said, rows) for said, rows in sorted(places.items())
            if not _in_roles(said, case)]


def _in_roles(said: str, case: Case) -> bool:
    return any(said in person.role.lower() for person in case.people)


def _finding(said: str, rows: list[Row]) -> Finding:
    where = "; ".join(f"{row.agency}, {row.provenance.file} row {row.provenance.row}"
                      for row in rows[:6]) + ("; ..." if len(rows) > 6 else "")
    return Finding(CODE, Severity.WARNING,
                   f"The returns name a '{said}' ({len(rows)} "
                   f"{'entry' if len(rows) == 1 else 'entries'}: {where}), but "
                   "case.toml's family key has no one in that role. If they belong to the "
                   "family, add a [[people]] section (name, pseudonym, role, relations) so "
                   "the anonymiser and the genogram know them.")
