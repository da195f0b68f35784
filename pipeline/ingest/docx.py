"""Word returns: every top-level table laid on its grid, the header block, in one lxml pass.

Tables are named "1", "2"... by their position among the document's top-level tables in
reading order (tables inside content controls included; tables nested in a cell are part
of that cell's text, except in a table that only frames the page - one cell a row, holding
tables - whose inner tables are read and counted in its place). Rows are numbered 1-based
in their table, header included; rows deleted with tracked changes are neither read nor
counted, as in Word's final view.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from pipeline.case import Case
from pipeline.errors import IngestError
from pipeline.ingest import columns, notice, report, tables
from pipeline.ingest.header import label_rows_to_lines
from pipeline.model import AgencyReport, Return
from pipeline.ooxml import altchunk, wordgrid, wordread
from pipeline.ooxml.package import Package

log = logging.getLogger(__name__)

# How far down a table a chronology heading row is looked for (title rows come first).
HEADING_SEARCH_ROWS = 6
UNREAD_CHUNK = ("holds part of its content as an embedded chunk (an altChunk) that Word merges "
                "in only when it opens the file, and that chunk cannot be read safely here; "
                "open the file in Word, save it again as .docx, and put it back.")
# How many first paragraphs may hold a report's title.
REPORT_TITLE_LINES = 6


def read(package: Package, source, case: Case) -> list[Return | AgencyReport]:
    """The return this Word file holds, or its agency report; raises IngestError if neither."""
    root = wordread.load_document(package.data)
    header_lines, raw_tables = read_body(root)
    chunks = altchunk.read_chunks(package.data, root)
    for rows in chunks.tables:        # a web page pasted in whole: its tables follow
        name = str(len(raw_tables) + 1)
        raw_tables.append(tables.RawTable(name, [tables.RawRow(number, list(cells))
                                                 for number, cells in enumerate(rows, 1)]))
    # The page header ("Thames Valley Police - RESTRICTED") is read after the body's lines.
    header_lines += wordread.page_header_lines(package.data)
    flags = ["tracked_changes"] if wordread.has_tracked_changes(root) else []
    try:
        ret = tables.build_return(source, case, header_lines, raw_tables, file_flags=flags)
    except tables.NoChronologyTable:
        if chunks.unread:
            raise IngestError(UNREAD_CHUNK) from None
        agency_report = report.read(package, source, case)
        if agency_report is None:
            raise notice.word_notice(_paragraphs(root), raw_tables) from None
        return [agency_report]
    if _may_be_report(root):
        # A report with a table of key dates is still a report, however short, and its
        # table is not a chronology return; report.read decides by the sections.
        agency_report = report.read(package, source, case)
        if agency_report is not None:
            return [agency_report]
    log.info("%s: %d tables, %d entry rows", source.file, len(raw_tables), ret.rows_read)
    return [ret]


def read_body(root) -> tuple[list[str], list[tables.RawTable]]:
    """(header block lines, every top-level table) of a w:document root, in reading order.

    The header block lines are the paragraphs and table cells before the first table that
    holds a chronology heading row.
    """
    header_lines: list[str] = []
    raw_tables: list[tables.RawTable] = []
    in_header = True
    for block in _blocks(wordread.body(root)):
        if block.tag == wordread.P:
            if in_header:
                header_lines.extend(_lines(wordread.paragraph_text(block)))
            continue
        table = raw_table(block, str(len(raw_tables) + 1))
        raw_tables.append(table)
        if in_header:
            if _holds_heading(table):
                in_header = False
            else:
                header_lines.extend(label_rows_to_lines(
                    [[c or "" for c in row.cells] for row in table.rows]))
    return header_lines, raw_tables


def _blocks(container) -> Iterator:
    """Paragraphs and tables in reading order, through tables that only lay out the page."""
    for block in wordread.iter_blocks(container):
        cells = wordread.layout_cells(block) if block.tag == wordread.TBL else None
        if cells is None:
            yield block
        else:
            for cell in cells:
                yield from _blocks(cell)


def raw_table(tbl, name: str) -> tables.RawTable:
    """One w:tbl as a RawTable: a RawRow per row read, numbered as a person counts."""
    rows = [tables.RawRow(number, grid_row.cells, grid_row.spans_all)
            for number, grid_row in enumerate(wordgrid.grid_rows(tbl), start=1)]
    return tables.RawTable(name, rows)


def _paragraphs(root) -> list[str]:
    """The text of the body's paragraphs outside tables."""
    return [text for block in _blocks(wordread.body(root)) if block.tag == wordread.P
            for text in [wordread.paragraph_text(block).strip()] if text]


def _may_be_report(root) -> bool:
    """Whether the paragraphs outside tables name a report (its title, or two of its
    sections), so the file is worth reading as one."""
    paragraphs = _paragraphs(root)
    if any(report.names_report(line) for line in paragraphs[:REPORT_TITLE_LINES]):
        return True
    return sum(1 for line in paragraphs if report.classify_heading(line)
               in report.REQUIRED_SECTIONS) >= 2


def _holds_heading(table: tables.RawTable) -> bool:
    return any(columns.match_header([c or "" for c in row.cells]) is not None
               for row in table.rows[:HEADING_SEARCH_ROWS]) or \
        tables.content_heading_row(table) is not None


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]
