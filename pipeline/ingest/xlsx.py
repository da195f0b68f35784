"""Excel reader (.xlsx, .xlsm): every sheet's cells as plain rows; macros are never run.

The cells are read by pipeline.ooxml.sheetread (text as a person sees it, merges kept);
here they become a return: hidden sheets, the text above the heading row, merged cells
laid on the chronology's columns.
"""

from __future__ import annotations

import logging
import warnings

from openpyxl.utils.cell import range_boundaries

from pipeline.case import Case
from pipeline.errors import IngestError
from pipeline.ingest import columns, notice, tables
from pipeline.ingest.header import label_rows_to_lines
from pipeline.ingest.tables import RawRow, RawTable
from pipeline.model import Return
from pipeline.ooxml import sheetread
from pipeline.ooxml.package import Package

log = logging.getLogger(__name__)

MAX_COLUMNS = 1_000          # columns holding text in one sheet; a return uses 7 to 10
MAX_ROWS = 200_000           # rows holding text in one workbook


def read(package: Package, source, case: Case) -> list[Return]:
    """The workbook's one chronology return. Raises IngestError if it holds none."""
    # openpyxl's warnings ("Unknown extension is not supported", "Cannot parse header or
    # footer") are about the library, not the return: logged at debug, the file name only.
    with warnings.catch_warnings(record=True) as library_warnings:
        warnings.simplefilter("always")
        workbook = sheetread.open_workbook(package.data)
        try:
            sheets, header_lines, flags = _read_sheets(workbook)
        except (KeyError, ValueError, TypeError, IndexError, AttributeError, SyntaxError):
            # SyntaxError: expat's ParseError on a broken sheet; the others: a cell pointing
            # at a shared string or style that is not there.
            raise IngestError("is an Excel file with a damaged sheet (a cell points at text "
                              "or a style that is not there, or the sheet's XML is broken); "
                              "open it in Excel, save it again as .xlsx, and put it "
                              "back.") from None
        finally:
            workbook.close()
    if library_warnings:
        log.debug("%s: %d warnings from the Excel library", source.file, len(library_warnings))
    # A macro-enabled workbook is read as data only (openpyxl never runs VBA, keep_vba is
    # off); ingest flags it "macros".
    try:
        ret = tables.build_return(source, case, header_lines, sheets, flags)
    except tables.NoChronologyTable:
        raise notice.table_notice("an Excel workbook", sheets) from None
    log.debug("%s: %d rows read from %d sheets", source.file, ret.rows_read, len(sheets))
    return [ret]


def _read_sheets(workbook) -> tuple[list[RawTable], list[str], list[str]]:
    """Every sheet as a RawTable; the text above the first heading row; file flags."""
    sheets: list[RawTable] = []
    header_lines: list[str] = []
    flags: list[str] = []
    heading_seen = False
    rows_total = 0
    for sheet in workbook.worksheets:
        table = _read_sheet(workbook, sheet)
        rows_total += len(table.rows)
        if rows_total > MAX_ROWS:
            raise IngestError(f"holds more than {MAX_ROWS:,} rows; it is not a chronology "
                              "return. Check it is the right file.")
        heading_at = _first_heading(table)
        if sheet.sheet_state != "visible":
            if heading_at is None:
                flags.append("hidden_sheet_skipped")   # lists behind drop-downs, workings
                continue
            flags.append("hidden_sheet")
        if not heading_seen:
            stop = len(table.rows) if heading_at is None else heading_at
            header_lines.extend(label_rows_to_lines(
                [[c or "" for c in raw.cells] for raw in table.rows[:stop]]))
            heading_seen = heading_at is not None
        sheets.append(table)
    return sheets, header_lines, flags


def _first_heading(table: RawTable) -> int | None:
    for index, raw in enumerate(table.rows):
        if columns.match_header([c or "" for c in raw.cells]) is not None:
            return index
    number, _ = tables.content_heading_row(table) or (None, None)
    return next((i for i, raw in enumerate(table.rows) if raw.number == number), None)


def _read_sheet(workbook, sheet) -> RawTable:
    """One sheet: rows holding text, numbered as Excel numbers them; merges applied."""
    rows, merge_refs = sheetread.sheet_cells(workbook, sheet, MAX_ROWS)
    return _table(sheet.title, rows, merge_refs)


def _table(name: str, rows: dict[int, dict[int, str]], merge_refs: list[str]) -> RawTable:
    """Rows as RawRows over the sheet's used columns; merge continuations None."""
    continued: set[tuple[int, int]] = set()
    spans: list[tuple[int, int, int, int]] = []
    for ref in merge_refs:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        if (max_row - min_row + 1) * (max_col - min_col + 1) > MAX_ROWS:
            continue    # a merge over a whole sheet area: only its first cell holds text
        spans.append((min_col, min_row, max_col, max_row))
        for row in range(min_row, max_row + 1):
            for col in range(min_col, max_col + 1):
                if (row, col) != (min_row, min_col):
                    continued.add((row, col))
    used = sorted({col for texts in rows.values() for col in texts})
    if len(used) > MAX_COLUMNS:
        raise IngestError(f"has text in {len(used)} columns of sheet '{name}'; a chronology "
                          "has about seven. Delete the stray columns and send it again.")
    width_first, width_last = _table_width(rows, used)
    # Rows inside a merge across the whole chronology (a year heading, a note).
    spanning = {number for min_col, min_row, max_col, max_row in spans
                if min_col <= width_first and max_col >= width_last and max_col > min_col
                for number in range(min_row, max_row + 1)}
    raw_rows = []
    for number in sorted(rows):      # a row that only continues a merge holds no entry
        texts = rows[number]
        cells: list[str | None] = []
        for col in used:
            if col not in texts and (number, col) in continued:
                cells.append(None)
            else:
                cells.append(texts.get(col, ""))
        raw_rows.append(RawRow(number=number, cells=cells, spans_all=number in spanning))
    return RawTable(name=name, rows=raw_rows)


def _table_width(rows: dict[int, dict[int, str]], used: list[int]) -> tuple[int, int]:
    """First and last column of the chronology: its heading row's, else all used columns."""
    for number in sorted(rows):
        texts = rows[number]
        ordered = [texts.get(col, "") for col in used]
        if columns.match_header(ordered) is not None:
            return min(texts), max(texts)
    return (used[0], used[-1]) if used else (1, 1)
