"""Published judgments as reports cite them: 'Re S-B (Children) [2009] UKSC 17', 'Re B (Care
Proceedings: Appeal)', '[2013] EWCA Civ 1146'. The family courts' own initials name no
one in the case: the gate allows the citation, except initials of the case key, which
stay suspects wherever they are written."""

from __future__ import annotations

import re

_INITIALS = r"[A-Z](?:[-‐‑.]?[A-Z]){0,3}\.?"
# 'Re S-B (Children)', 'Re W (A Child)', 'Re H (Minors) (Sexual Abuse: Standard of Proof)'.
_IN_RE = re.compile(rf"\bRe[ \u00a0]+({_INITIALS})(?:[ \u00a0]+and[ \u00a0]+({_INITIALS}))?"
                    r"(?:[ \u00a0]*\([A-Z][^()\n]{0,60}\)){1,2}")
# '[2009] UKSC 17', '[2013] EWCA Civ 1146', '[2021] EWHC 2154 (Fam)', '[2019] EWFC B16'.
_NEUTRAL = re.compile(r"\[(?:19|20)\d\d\][ \u00a0]+(?:UKSC|UKHL|UKPC|EWCA[ \u00a0]+(?:Civ|Crim)|"
                      r"EWHC|EWFC|EWCOP|CSIH|CSOH|NICA|NIFam)[ \u00a0]+B?\d{1,5}"
                      r"(?:[ \u00a0]+\((?:Fam|Admin|QB|KB|Ch|Civ)\))?")


def citations(text: str, key_initials: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the judgments cited in `text` whose initials are none of the key's."""
    found = [(m.start(), m.end()) for m in _NEUTRAL.finditer(text)]
    for match in _IN_RE.finditer(text):
        initials = {re.sub(r"[-‐‑.]", "", i) for i in match.groups() if i}
        if not initials & key_initials:
            found.append((match.start(), match.end()))
    return found
