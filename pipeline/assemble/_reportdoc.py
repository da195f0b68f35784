"""What the overview draft and the executive summary share: building a clean document,
clearly marked author placeholders, the reports' sections, and appending agency reports
with docxcompose (their OOXML cleaned by pipeline.ooxml.wordedit first).
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.shared import Cm, Pt
from docxcompose.composer import Composer

from pipeline.assemble._docprops import set_properties
from pipeline.ingest import report as reader
from pipeline.model import AgencyReport, CaseRun
from pipeline.ooxml import wordread
from pipeline.ooxml.wordedit import clean_for_compose, keep_body_blocks
from pipeline.ooxml.wordwrite import blank_document, docx_bytes
from pipeline.validate.reports import latest_reports

log = logging.getLogger(__name__)
AUTHOR_MARK = "[AUTHOR TO COMPLETE: {}]"


def new_document(run: CaseRun, title: str) -> DocxDocument:
    """A blank document with the board's properties, never python-docx's defaults."""
    document = blank_document()
    section = document.sections[0]   # python-docx's template is US Letter; boards print A4
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    set_properties(document, run, title=title)
    return document


def title_page(document: DocxDocument, lines: Iterable[tuple[str, int]]) -> None:
    """Centred bold lines, each (text, size in points): the document's title page."""
    for text, size in lines:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        words = paragraph.add_run(text)
        words.bold = True
        words.font.size = Pt(size)


def add_placeholder(document: DocxDocument, what: str) -> None:
    """A highlighted paragraph the author must replace: '[AUTHOR TO COMPLETE: ...]'."""
    run = document.add_paragraph().add_run(AUTHOR_MARK.format(what))
    run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    run.bold = True


def add_paragraphs(document: DocxDocument, paragraphs: Iterable[str]) -> int:
    """Add each paragraph; the number added."""
    count = 0
    for text in paragraphs:
        if text.strip():
            document.add_paragraph(text)
            count += 1
    return count


def page_break(document: DocxDocument) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def to_bytes(document: DocxDocument) -> bytes:
    return docx_bytes(document)


def reports_of(run: CaseRun, kind: str = "agency_report") -> list[AgencyReport]:
    """The case's reports of one kind, latest per agency, in case.toml agency order."""
    return latest_reports(run.reports, run.case, kind)


def section_text(reports: list[AgencyReport], *keys: str) -> list[tuple[str, list[str]]]:
    """(agency, paragraphs) of the given section keys, for each report that has them."""
    found = []
    for report in reports:
        paragraphs = [p for key in keys for p in report.sections.get(key, [])]
        if paragraphs:
            found.append((report.agency, paragraphs))
    return found


def good_practice(reports: list[AgencyReport]) -> list[tuple[str, list[str]]]:
    """Good practice: its own section where a report has one, else sentences that say so."""
    found = []
    for report in reports:
        paragraphs = list(report.sections.get("good_practice", []))
        for key, texts in report.sections.items():
            if key == "good_practice":
                continue
            paragraphs += [t for t in texts if re.search(r"good\s+practice|worked\s+well",
                                                          t, re.IGNORECASE)]
        if paragraphs:
            found.append((report.agency, list(dict.fromkeys(paragraphs))))
    return found


def keep_sections(data: bytes, keys: tuple[str, ...]) -> bytes:
    """The report with only the body blocks under headings of `keys` (the whole report
    when no such heading is found, so nothing is silently left out)."""
    styles = reader.heading_styles(data)
    current: str | None = None

    def under_kept_heading(block) -> bool:
        nonlocal current
        if block.tag == wordread.P:
            text = wordread.paragraph_text(block).strip()
            current = (reader.heading_key(block, text, styles) if text else None) or current
        return current in keys

    return keep_body_blocks(data, under_kept_heading)


class Appender:
    """Appends whole .docx files to a master with docxcompose, each after a page break
    and keeping its own formatting. A file that cannot be appended is replaced by a
    highlighted note, so one odd report never stops the draft."""

    def __init__(self, master: DocxDocument):
        self.master = master
        self.composer = Composer(master)

    def append(self, heading: str, data: bytes, *, landscape: bool = False, level: int = 1,
               new_page: bool = True, own_styles: bool = False) -> bool:
        """Append `data` under `heading` (a heading of `level`), on a new page unless
        `new_page` is False; `landscape` starts a landscape section for it (docxcompose
        drops the appended document's own page set-up), so a wide table such as the
        merged chronology keeps its width. `own_styles` keeps the document's own styles
        (the chronology's 8-point text) where by default the master's apply."""
        if landscape:
            section = self.master.add_section(WD_SECTION.NEW_PAGE)
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Cm(29.7), Cm(21.0)
            for side in ("left_margin", "right_margin"):
                setattr(section, side, Cm(1.27))
        elif new_page:
            page_break(self.master)
        self.master.add_heading(heading, level=level)
        self.composer.preserve_styles = own_styles
        try:
            self.composer.append(Document(io.BytesIO(clean_for_compose(data))))
        except Exception as exc:  # docxcompose fails on some Word features
            log.warning("could not append a document to the draft: %s", type(exc).__name__)
            add_placeholder(self.master, f"{heading} could not be included automatically "
                            f"({type(exc).__name__}); paste it in by hand")
            return False
        return True

    def to_bytes(self) -> bytes:
        return docx_bytes(self.composer.doc)       # what Composer.save writes
