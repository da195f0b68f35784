"""genogram.png: who is who in the family, drawn from case.toml's [[people]] relations
(pipeline/drawing/genogram.py draws it; its symbols are told there).

genogram.png carries the family's names and goes to the panel; the overview draft gets
the same drawing with pseudonyms only (`build(run, pseudonyms=True)`). Both are drawn in
the run's second process when it has one (pipeline/run.py hands them to assemble), else
here.
"""

from __future__ import annotations

import logging

from pipeline.assemble._render import Built, Rendered
from pipeline.drawing import genogram as drawing
from pipeline.model import CaseRun

log = logging.getLogger(__name__)

NAME = "genogram.png"
# The overview's drawing, with pseudonyms only (embedded there, not written).
PSEUDONYMS = "genogram with pseudonyms"


def has_family(run: CaseRun) -> bool:
    return bool(run.case.people)


def has_relations(run: CaseRun) -> bool:
    """Whether case.toml relates the family (the overview's genogram needs relations)."""
    return any(person.relations for person in run.case.people)


def build(run: CaseRun, *, pseudonyms: bool = False) -> bytes:
    """The genogram as PNG bytes; with `pseudonyms`, nobody's name is on it."""
    return drawing.draw(*drawn_from(run, pseudonyms=pseudonyms))


def drawn_from(run: CaseRun, *, pseudonyms: bool) -> tuple[list, str, str, bool]:
    """What drawing.draw draws the genogram from: the family, the subject child's name,
    the title, and whether with pseudonyms."""
    title = f"Genogram: {run.case.subject}" if pseudonyms else \
        f"Genogram {run.case.reference} (RESTRICTED: names of the family)"
    return run.case.people, _subject(run), title, pseudonyms


def render(run: CaseRun, built: Built) -> Rendered:
    """genogram.png (with names) when case.toml has a family key."""
    if not has_family(run):
        return Rendered()
    return Rendered({NAME: built.drawing(NAME, lambda: build(run))})


def _subject(run: CaseRun) -> str:
    for person in run.case.people:
        if person.pseudonym == run.case.subject:
            return person.name
    child = [p for p in run.case.people if p.role.lower() == "child"]
    return child[0].name if child else ""
