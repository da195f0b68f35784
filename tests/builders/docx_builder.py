"""Build real .docx chronology returns with the quirks real returns have.

python-docx makes the skeleton (styles, headings, paragraphs, section); tables are written
as WordprocessingML directly, because python-docx cannot make most quirks (tracked
changes, content controls, fields, row-level controls) and is slow for big tables.

A cell is written as any of (the pieces are in docx_pieces.py):

- a `str`: one paragraph; "\\n" becomes a line break (w:br), "\\t" a tab;
- a list of pieces, one paragraph: `str`, `Inserted`, `Deleted`, `MovedTo`, `MovedFrom`,
  `Control` (inline content control; `placeholder=True` shows Word's "Click or tap to
  enter text." instead of an entry), `Hyperlink`, `SimpleField`, `ComplexField`,
  `SmartTag`, `DELETED_MARK` (the paragraph mark deleted: joins the next paragraph);
- `Paragraphs(a, b, ...)`: several paragraphs, each a str or a list of pieces;
- `Span(content, columns)`: a horizontal merge (w:gridSpan) over `columns` grid columns;
- `MERGED`: continues the cell above (w:vMerge); the cell above is made the merge's start;
- `CellControl(content, placeholder=False)`: the cell wrapped in a cell-level content
  control;
- `Nested(rows)`: a small table inside the cell.

A row is a list of cells, or `Row(cells, control=..., deleted=..., inserted=...,
grid_before=...)`, or `Section(text)`: one cell across the whole table (a year heading).

Blocks, in the order they are added: `heading`, `paragraph`, `header_block` (as
paragraphs or a two-column table), `add_table(headings, rows, repeat_header=True,
control=False, frame=False)`, `add_staff_table`; `page_header(text)` sets the page
header. `TEMPLATE_HEADINGS` is Appendix 4's heading row shortened, `TOOLKIT_HEADINGS` the
row word for word with its guidance. `save(path)` / `to_bytes()` write the file.

Example::

    doc = ChronologyDocx()
    doc.header_block(agency="Thames Valley Police", date_completed="12/02/2016",
                     completed_by="DC A Example")
    doc.heading("Chronology")
    doc.add_table(TEMPLATE_HEADINGS, [
        Section("2014"),
        ["03/04/2014 14:30", "Seen at home", "", "", "Crime record", "PC1", ""],
        [MERGED, ["Child ", Inserted("smiling")], "", "", "", "PC1", ""],
    ])
    doc.add_staff_table([("PC1", "Police Constable")])
    doc.save(path)
"""

from __future__ import annotations

import datetime as dt
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml

from tests.builders.docx_pieces import (
    DELETED_MARK,
    MERGED,
    CellControl,
    ComplexField,
    Control,
    Deleted,
    Hyperlink,
    Inserted,
    MovedFrom,
    MovedTo,
    Nested,
    Paragraphs,
    Row,
    Section,
    SimpleField,
    SmartTag,
    Span,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# Appendix 4 of the board toolkit, as the template words its headings.
TEMPLATE_HEADINGS = [
    "DATE & TIME",
    "CONTACT WITH CHILD (inc direct contact, observations, assessments)",
    "CONTACT WITH PARENTS/CARERS and other family members",
    "INTER/INTRA-AGENCY COMMUNICATION",
    "INFORMATION SOURCE",
    "STAFF INVOLVED",
    "COMMENT",
]

# The same row word for word as the toolkit prints it (its guidance in the heading cells).
TOOLKIT_HEADINGS = [
    "DATE & TIME",
    "CONTACT WITH CHILD (inc direct contact, medical information, reports, observations)",
    "CONTACT WITH PARENTS/CARERS and other family members",
    "INTER/INTRA-AGENCY COMMUNICATION (internal/ inter-agency phone calls. Letters, etc)",
    "INFORMATION SOURCE",
    "STAFF INVOLVED List initial of those involved and provide a separate ID list",
    "COMMENT Opportunity for the agency author to clarify or explain information/raise "
    "queries/highlight good practice/raise concerns",
]

AUTHOR = "Test Author"
CHANGE_DATE = "2016-02-10T10:00:00Z"


# ---- the document -------------------------------------------------------------------


@dataclass
class _Counter:
    value: int = 0

    def next(self) -> int:
        self.value += 1
        return self.value


@dataclass
class ChronologyDocx:
    """A Word return being built; blocks appear in the order they are added."""

    document: object = field(default_factory=Document)
    _ids: _Counter = field(default_factory=_Counter)

    # -- blocks

    def heading(self, text: str, level: int = 1) -> ChronologyDocx:
        self.document.add_heading(text, level)
        return self

    def paragraph(self, content: str | list = "") -> ChronologyDocx:
        """A body paragraph (str or pieces, like a cell's paragraph)."""
        self._append(f"<w:p {_NS}>{self._runs(content)}</w:p>")
        return self

    def header_block(self, *, agency: str = "", date_completed: str = "",
                     completed_by: str = "", as_table: bool = False,
                     labels: tuple[str, str, str] = ("Agency", "Date completed",
                                                     "Name of person completing"),
                     ) -> ChronologyDocx:
        """The return's header block, as "Label: value" paragraphs or a two-column table."""
        pairs = [(label, value) for label, value in zip(
            labels, (agency, date_completed, completed_by), strict=True) if value]
        if as_table:
            self.add_table(None, [[f"{label}:", value] for label, value in pairs],
                           repeat_header=False)
        else:
            for label, value in pairs:
                self.paragraph(f"{label}: {value}")
        return self

    def toolkit_header_block(self, *, subject: str = "", agency: str = "",
                             date_completed: str = "", completed_by: str = "",
                             ) -> ChronologyDocx:
        """Appendix 4's header block as the toolkit prints it: "Chronology Template in
        respect of:", then a table whose first row holds the three labels side by side and
        whose second row holds the values (an empty value is an empty cell)."""
        self.paragraph(f"Chronology Template in respect of: {subject}".rstrip())
        self.add_table(None, [["Agency:", "Date completed:",
                               "Name of person completing chronology:"],
                              [agency, date_completed, completed_by]], repeat_header=False)
        return self

    def page_header(self, text: str) -> ChronologyDocx:
        """Text in the page header of every page."""
        self.document.sections[0].header.paragraphs[0].text = text
        return self

    def add_table(self, headings: list[str] | None, rows: list, *, repeat_header: bool = True,
                  control: bool = False, columns: int | None = None,
                  frame: bool = False) -> ChronologyDocx:
        """A table: a heading row (None for none) and `rows`; see the module docstring.

        `repeat_header` marks the heading row to repeat on each page (w:tblHeader);
        `control` wraps the whole table in a block-level content control; `frame` puts it
        inside a one-cell table that only frames it on the page.
        """
        all_rows = list(rows)
        if headings is not None:
            all_rows.insert(0, Row(list(headings), header=repeat_header))
        width = columns or max(_width(r) for r in all_rows)
        starts = _merge_starts(all_rows)
        body = "".join(self._row(r, width, i, starts) for i, r in enumerate(all_rows))
        grid = f'<w:gridCol w:w="{14000 // width}"/>' * width
        xml = (f"<w:tbl {_NS}><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" "
               f"w:type=\"auto\"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>")
        if control:
            xml = self._sdt(xml, "chronology")
        if frame:
            xml = (f"<w:tbl {_NS}><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>"
                   f"<w:p/>{xml}<w:p/></w:tc></w:tr></w:tbl>")
        self._append(xml)
        return self

    def add_staff_table(self, entries: list[tuple[str, str]],
                        headings: tuple[str, str] = ("Initials", "Name and role"),
                        ) -> ChronologyDocx:
        """A separate staff ID table: code and who it is."""
        self.paragraph("Staff involved")
        return self.add_table(list(headings), [list(e) for e in entries], repeat_header=False)

    def save(self, path: Path | str) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.to_bytes())
        return path

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    # -- XML

    def _append(self, xml: str) -> None:
        body = self.document.element.body
        body.sectPr.addprevious(parse_xml(xml))

    def _row(self, row: object, width: int, index: int, starts: set[tuple[int, int]]) -> str:
        if isinstance(row, Section):
            row = Row([Span(row.text, width)])
        elif not isinstance(row, Row):
            row = Row(list(row))
        props = []
        if row.grid_before:
            props.append(f'<w:gridBefore w:val="{row.grid_before}"/>')
        if row.header:
            props.append("<w:tblHeader/>")
        if row.inserted:
            props.append(self._change("ins", ""))
        if row.deleted:
            props.append(self._change("del", ""))
        cells, column = [], row.grid_before
        for cell in row.cells:
            cells.append(self._cell(cell, (index, column) in starts, row.deleted))
            column += cell.columns if isinstance(cell, Span) else 1
        xml = f"<w:tr><w:trPr>{''.join(props)}</w:trPr>{''.join(cells)}</w:tr>"
        return self._sdt(xml, "row") if row.control else xml

    def _cell(self, cell: object, merge_start: bool, deleted: bool) -> str:
        wrap = isinstance(cell, CellControl)
        placeholder = wrap and cell.placeholder
        if wrap:
            cell = cell.content
        props = []
        if isinstance(cell, Span):
            props.append(f'<w:gridSpan w:val="{cell.columns}"/>')
            cell = cell.content
        if cell is MERGED:
            props.append("<w:vMerge/>")
            cell = ""
        elif merge_start:
            props.append('<w:vMerge w:val="restart"/>')
        xml = f"<w:tc><w:tcPr>{''.join(props)}</w:tcPr>{self._cell_body(cell, deleted)}</w:tc>"
        return self._sdt(xml, "cell", placeholder) if wrap else xml

    def _cell_body(self, cell: object, deleted: bool) -> str:
        if isinstance(cell, Nested):
            inner = "".join(
                "<w:tr>" + "".join(f"<w:tc><w:p>{self._runs(c)}</w:p></w:tc>" for c in r)
                + "</w:tr>" for r in cell.rows)
            width = max(len(r) for r in cell.rows)
            grid = "<w:gridCol/>" * width
            return f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{inner}</w:tbl><w:p/>"
        paragraphs = cell.paragraphs if isinstance(cell, Paragraphs) else (cell,)
        if deleted:   # a deleted row's text is deleted text
            paragraphs = tuple([Deleted(_plain(p))] for p in paragraphs)
        return "".join(f"<w:p>{self._mark(p)}{self._runs(p)}</w:p>" for p in paragraphs)

    def _mark(self, paragraph: object) -> str:
        if isinstance(paragraph, list) and DELETED_MARK in paragraph:
            return f"<w:pPr><w:rPr>{self._change('del', '')}</w:rPr></w:pPr>"
        return ""

    def _runs(self, content: object) -> str:
        pieces = content if isinstance(content, list) else [content]
        return "".join(self._piece(p) for p in pieces)

    def _piece(self, piece: object) -> str:
        if piece is DELETED_MARK:
            return ""
        if isinstance(piece, str):
            return _run(piece) if piece else ""
        if isinstance(piece, Inserted):
            return self._change("ins", _run(piece.text))
        if isinstance(piece, Deleted):
            return self._change("del", _run(piece.text, tag="w:delText"))
        if isinstance(piece, MovedTo):
            return self._change("moveTo", _run(piece.text))
        if isinstance(piece, MovedFrom):
            return self._change("moveFrom", _run(piece.text, tag="w:delText"))
        if isinstance(piece, Control):
            return self._sdt(self._runs(piece.content), piece.tag, piece.placeholder)
        if isinstance(piece, Hyperlink):
            rel = self.document.part.relate_to(piece.url, RELATIONSHIP_TYPE.HYPERLINK,
                                               is_external=True)
            return f'<w:hyperlink r:id="{rel}">{_run(piece.text)}</w:hyperlink>'
        if isinstance(piece, SimpleField):
            return (f"<w:fldSimple w:instr={quoteattr(piece.instruction)}>"
                    f"{_run(piece.result)}</w:fldSimple>")
        if isinstance(piece, ComplexField):
            return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                    f'<w:r><w:instrText xml:space="preserve">{escape(piece.instruction)}'
                    '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                    f'{_run(piece.result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        if isinstance(piece, SmartTag):
            return (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                    f'w:element="{piece.element}">{_run(piece.text)}</w:smartTag>')
        raise TypeError(f"not a paragraph piece: {type(piece).__name__}")

    def _change(self, kind: str, inner: str) -> str:
        return (f'<w:{kind} w:id="{self._ids.next()}" w:author="{AUTHOR}" '
                f'w:date="{CHANGE_DATE}">{inner}</w:{kind}>')

    def _sdt(self, inner: str, tag: str, placeholder: bool = False) -> str:
        showing = "<w:showingPlcHdr/>" if placeholder else ""
        return (f'<w:sdt {_NS}><w:sdtPr><w:alias w:val="{escape(tag)}"/>'
                f'<w:tag w:val="{escape(tag)}"/><w:id w:val="{self._ids.next()}"/>{showing}'
                '</w:sdtPr>'
                f"<w:sdtContent>{inner}</w:sdtContent></w:sdt>")


_NS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'


def _run(text: str, tag: str = "w:t") -> str:
    """One run: line breaks as w:br and tabs as w:tab, as Word stores them."""
    parts = []
    for index, line in enumerate(text.split("\n")):
        if index:
            parts.append("<w:br/>")
        for tab_index, chunk in enumerate(line.split("\t")):
            if tab_index:
                parts.append("<w:tab/>")
            if chunk:
                parts.append(f'<{tag} xml:space="preserve">{escape(chunk)}</{tag}>')
    return f"<w:r>{''.join(parts)}</w:r>"


def _plain(content: object) -> str:
    pieces = content if isinstance(content, list) else [content]
    return "".join(p if isinstance(p, str) else getattr(p, "text", "") for p in pieces)


def _width(row: object) -> int:
    if isinstance(row, Section):
        return 1
    cells = row.cells if isinstance(row, Row) else row
    extra = row.grid_before if isinstance(row, Row) else 0
    return extra + sum(c.columns if isinstance(c, Span) else 1 for c in cells)


def _merge_starts(rows: list) -> set[tuple[int, int]]:
    """(row index, grid column) of each cell that a MERGED cell below continues."""
    starts: set[tuple[int, int]] = set()
    layout: list[dict[int, object]] = []
    for row in rows:
        cells = [] if isinstance(row, Section) else (row.cells if isinstance(row, Row) else row)
        column = row.grid_before if isinstance(row, Row) else 0
        placed: dict[int, object] = {}
        for cell in cells:
            placed[column] = cell
            column += cell.columns if isinstance(cell, Span) else 1
        layout.append(placed)
    for index, placed in enumerate(layout):
        for column, cell in placed.items():
            if cell is MERGED:
                above = index - 1
                while above >= 0 and layout[above].get(column) is MERGED:
                    above -= 1
                if above >= 0:
                    starts.add((above, column))
    return starts


def police_return(folder: Path, name: str, *, completed: str, text: str = "Seen") -> Path:
    """A one-row police return on the template, its file dated 2001 (a time on disk no
    rule may use)."""
    doc = ChronologyDocx()
    doc.header_block(agency="Thames Valley Police", date_completed=completed,
                     completed_by="DC Example")
    doc.add_table(TEMPLATE_HEADINGS, [["03/04/2015 14:30", text, "", "", "Case notes", "PC1",
                                       ""]])
    path = doc.save(folder / name)
    old = dt.datetime(2001, 1, 1).timestamp()
    os.utime(path, (old, old))
    return path
