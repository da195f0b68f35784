"""key_episodes.docx: the entries the panel marked, the short document the panel and the
author work from (SCIE's "key practice episodes").

The entries marked Key episode, Decision point, Good practice or Inconsistency in
merged_chronology.xlsx or a returned copy (pipeline/merge/marks.py), in date order, each
with its marks, the panel's notes (with their authors) and where it comes from; then the
inconsistencies between agencies the merge found, and marks on entries no longer in the
chronology. Written every run: with nothing marked yet it says how to mark. The overview
draft's chronology section lists the same episodes (`add_to_overview`).
"""

from __future__ import annotations

import logging
import re

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

from pipeline.assemble._docprops import set_properties
from pipeline.assemble.chronology_docx import listed, shown_date
from pipeline.case import PANEL_FOLDER
from pipeline.merge.marks import CHANGED, GONE_SHEET
from pipeline.model import CaseRun, Row
from pipeline.ooxml.wordwrite import (
    add_heading,
    append_paragraphs,
    blank_document,
    docx_bytes,
)

log = logging.getLogger(__name__)

NAME = "key_episodes.docx"
EPISODE_MARKS = ("Key episode", "Decision point", "Good practice", "Inconsistency")
COLUMNS = (("Date", 2.2), ("Agency", 3.2), ("Panel mark", 2.8), ("What the agency recorded", 9.0),
           ("Panel notes", 6.0), ("From", 3.4))
_BULLET_ID = "ListBullet"          # the style List Bullet of python-docx's template
_AUTHOR = re.compile(r"^\[[^\]\n]{1,80}\]\s*")


def episodes(run: CaseRun) -> list[Row]:
    """The merged rows the panel marked as an episode, in the chronology's (date) order."""
    return [row for row in run.merged if set(row.panel_marks) & set(EPISODE_MARKS)]


def recorded(row: Row, between: str = "\n") -> str:
    """What the agency wrote of the entry, each part labelled as the template heads it,
    the parts joined by `between`."""
    parts = (("With the child", row.child), ("With the family", row.family),
             ("Communication", row.communication), ("Comment", row.comment))
    return between.join(f"{label}: {text.strip()}" for label, text in parts if text.strip())


def build(run: CaseRun) -> bytes:
    """The document as unprotected .docx bytes."""
    document = blank_document()
    _page_setup(document, run)
    set_properties(document, run, title=f"Key practice episodes {run.case.reference}",
                   subject=run.case.review)
    add_heading(document, f"Key practice episodes: {run.case.review} {run.case.reference}", 1)
    marked = episodes(run)
    document.add_paragraph(_introduction(run, len(marked)))
    if marked:
        _episodes_table(document, marked)
    else:
        document.add_paragraph(
            "No entry is marked yet. Choose a mark in the Panel mark column of "
            "merged_chronology.xlsx (or return an annotated copy into the case's "
            f"{PANEL_FOLDER} folder); the next merge lists the marked entries here.")
    _inconsistencies(document, run)
    _gone(document, run)
    return docx_bytes(document)


def add_to_overview(document, run: CaseRun, table) -> bool:
    """The episodes as a table in the overview draft (which is anonymised afterwards;
    the notes without their authors, who are panel members, not the family; one line a
    cell, as the overview's tables hold them). `table` is the overview's own table
    maker. False when nothing is marked."""
    marked = episodes(run)
    if not marked:
        return False
    document.add_paragraph("The key practice episodes the panel identified in the merged "
                           "chronology (key_episodes.docx):")
    table(document, ("Date", "Agency", "Panel mark", "What the agency recorded", "Panel notes"),
          [(shown_date(row)[0], row.agency, "; ".join(row.panel_marks), recorded(row, " "),
            " ".join(_AUTHOR.sub("", note) for note in row.panel_notes)) for row in marked])
    _set_widths(document.tables[-1], (2.2, 2.4, 2.2, 6.2, 3.5))
    return True


def _introduction(run: CaseRun, count: int) -> str:
    sources = "; ".join(f"{name} ({count_} marked rows)"
                        for name, count_ in run.panel_sources.items()) or "none yet"
    return (f"RESTRICTED. {count} entries of the merged chronology that the panel marked "
            f"{', '.join(EPISODE_MARKS[:-1])} or {EPISODE_MARKS[-1]}, in date order, with "
            "the panel's notes and where each entry comes from. Marks read from: "
            f"{sources}. Made {run.today:%d-%m-%Y}. An entry marked '{CHANGED}' was changed "
            "by its agency after the panel marked it: check the mark still holds.")


def _episodes_table(document, marked: list[Row]) -> None:
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    for cell, (heading, _) in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = heading
        cell.paragraphs[0].runs[0].bold = True
    for row in marked:
        date, time = shown_date(row)
        marks = "; ".join(row.panel_marks)
        if row.marked_text_changed:
            marks += f"\n({CHANGED})"
        p = row.provenance
        where = f"{p.file}, " + (f"table {p.table}, " if p.table else "") + f"row {p.row}"
        values = (f"{date} {time}".strip(), row.agency, marks, recorded(row),
                  "\n".join(row.panel_notes), where)
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    _set_widths(table, [width for _, width in COLUMNS])
    _repeat_header(table.rows[0])


def _set_widths(table, widths_cm) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)          # the grid LibreOffice reads; cells for Word
        for cell in column.cells:
            cell.width = Cm(width)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:tblHeader"))


def _inconsistencies(document, run: CaseRun) -> None:
    if not run.inconsistencies:
        return
    add_heading(document, "Inconsistencies between agencies the merge found", 2)
    document.add_paragraph("Entries of different agencies that seem to record one event "
                           "but disagree on its day or time; they are marked I001... in "
                           "merged_chronology.docx and listed in the workbook.")
    shown, more = listed(run)
    _bullets(document, [f"{found.id}: {found.explanation}"
                        + (" The panel has marked it." if _marked(found) else "")
                        for found in shown])
    if more:
        document.add_paragraph(more)


def _marked(found) -> bool:
    return any("Inconsistency" in row.panel_marks for row in found.rows)


def _gone(document, run: CaseRun) -> None:
    if not run.gone_marks:
        return
    add_heading(document, "Marks on entries no longer in the chronology", 2)
    document.add_paragraph(f"Kept on the workbook's '{GONE_SHEET}' sheet: the agency "
                           "removed or rewrote the entry in a later return.")
    _bullets(document, [_gone_line(gone) for gone in run.gone_marks])


def _gone_line(gone) -> str:
    notes = " ".join(gone.notes)
    return (f"{gone.agency}, {gone.when}: {'; '.join(gone.marks)}"
            + (f". {notes}" if notes else "") + f" (from {gone.source})")


def _bullets(document, texts: list[str]) -> None:
    # The style set by its id: by its name python-docx reads every style, each paragraph.
    append_paragraphs(document, texts, _BULLET_ID)


def _page_setup(document, run: CaseRun) -> None:
    normal = document.styles["Normal"]
    normal.font.size, normal.font.name = Pt(9), "Arial"
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    section.header.paragraphs[0].add_run(
        f"RESTRICTED    {run.case.reference}    Key practice episodes").bold = True
    section.footer.paragraphs[0].add_run("RESTRICTED").bold = True
