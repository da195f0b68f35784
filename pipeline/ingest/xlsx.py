"""Excel reader (.xlsx, .xlsm): every sheet's cells as plain rows; macros are never run.

openpyxl reads the workbook (sheet list, shared strings, date styles); each sheet is then
streamed row by row with openpyxl's own sheet parser, because the public read-only
iteration pads every row to the sheet's declared size (a crafted `A1:XFD1048576` costs
16,384 cells a row) and gives no merged cells. `package.open_return` has already refused
DTDs and zip bombs in every part, so nothing here can expand an entity or a bomb.

Cells become text as the date reader expects: real dates "dd/mm/yyyy" (with " HH:MM" when
the cell holds a time of day), times "HH:MM", numbers as written (12, not 12.0).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import warnings
import zipfile

from openpyxl import load_workbook
from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._reader import WorkSheetParser

from pipeline.case import Case
from pipeline.ingest import columns, tables
from pipeline.ingest.errors import IngestError
from pipeline.ingest.header import label_rows_to_lines
from pipeline.ingest.package import Package
from pipeline.ingest.tables import RawRow, RawTable
from pipeline.model import Return

log = logging.getLogger(__name__)

MAX_COLUMNS = 1_000          # columns holding text in one sheet; a return uses 7 to 10
MAX_ROWS = 200_000           # rows holding text in one workbook


def read(package: Package, source, case: Case) -> list[Return]:
    """The workbook's one chronology return. Raises IngestError if it holds none."""
    workbook = _open(package.data)
    try:
        sheets, header_lines, flags = _read_sheets(workbook)
    except (KeyError, ValueError, TypeError, IndexError, AttributeError, SyntaxError) as exc:
        # SyntaxError: expat's ParseError on a broken sheet; the others: a cell pointing at
        # a shared string or style that is not there.
        raise IngestError(f"is an Excel file with a damaged sheet ({type(exc).__name__}); "
                          "open it in Excel, save it again as .xlsx, and put it back.") from None
    finally:
        workbook.close()
    # A macro-enabled workbook is read as data only (openpyxl never runs VBA, keep_vba is
    # off); ingest flags it "macros".
    ret = tables.build_return(source, case, header_lines, sheets, flags)
    log.debug("%s: %d rows read from %d sheets", source.file, ret.rows_read, len(sheets))
    return [ret]


# Excel's "Strict Open XML Spreadsheet" names the same parts and elements in other
# namespaces; openpyxl reads only the transitional ones, so strict names are mapped.
_STRICT_NAMESPACES = (
    (b"http://purl.oclc.org/ooxml/spreadsheetml/main",
     b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    (b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
     b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
    (b"http://purl.oclc.org/ooxml/drawingml/main",
     b"http://schemas.openxmlformats.org/drawingml/2006/main"),
)


def transitional(data: bytes) -> bytes:
    """The package with Strict Open XML namespaces mapped to the transitional ones
    (unchanged, and not copied, if it is not strict). Parts were size-checked already."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    workbook = archive.read("xl/workbook.xml") if "xl/workbook.xml" in archive.namelist() \
        else b""
    if _STRICT_NAMESPACES[0][0] not in workbook:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            content = archive.read(info)
            for strict, usual in _STRICT_NAMESPACES:
                content = content.replace(strict, usual)
            target.writestr(info, content)
    return out.getvalue()


def _open(data: bytes):
    data = transitional(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")     # openpyxl warns about unsupported extensions
            return load_workbook(io.BytesIO(data), read_only=True, data_only=True,
                                 keep_vba=False, keep_links=False, rich_text=False)
    except (KeyError, ValueError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise IngestError(f"is an Excel file whose workbook cannot be read "
                          f"({type(exc).__name__}); open it in Excel, save it again as .xlsx, "
                          "and put it back.") from None


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
    return None


def _read_sheet(workbook, sheet) -> RawTable:
    """One sheet: rows holding text, numbered as Excel numbers them; merges applied."""
    parser = WorkSheetParser(sheet._get_source(), sheet._shared_strings, data_only=True,
                             epoch=workbook.epoch, date_formats=workbook._date_formats,
                             timedelta_formats=workbook._timedelta_formats)
    rows: dict[int, dict[int, str]] = {}
    shown = _shown_parts(workbook)
    try:
        for number, cells in parser.parse():
            texts = {c["column"]: cell_text(c["value"], shown.get(c["style_id"] or 0, "dmy"))
                     for c in cells}
            texts = {col: text for col, text in texts.items() if text.strip()}
            if texts:
                rows[number] = texts
                if len(rows) > MAX_ROWS:
                    raise IngestError(f"holds more than {MAX_ROWS:,} rows in sheet "
                                      f"'{sheet.title}'; it is not a chronology return.")
    finally:
        parser.source.close()
    merges = parser.merged_cells.mergeCell if parser.merged_cells else []
    return _table(sheet.title, rows, [m.ref for m in merges])


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


def _shown_parts(workbook) -> dict[int, str]:
    """Style id -> the date parts its number format shows ("dmy", "my", "y"), for date
    styles that hide the day: a cell formatted "mmm-yy" holds the 1st of the month, but
    the agency wrote (and sees) a month, so no day may be read from it."""
    shown = {}
    for style_id in getattr(workbook, "_date_formats", ()):
        try:
            number_format = workbook._cell_styles[style_id].numFmtId
            code = (BUILTIN_FORMATS.get(number_format) if number_format < BUILTIN_FORMATS_MAX_SIZE
                    else workbook._number_formats[number_format - BUILTIN_FORMATS_MAX_SIZE])
        except (IndexError, AttributeError, TypeError):
            continue
        parts = _date_parts(code or "")
        if parts != "dmy":
            shown[style_id] = parts
    return shown


def _date_parts(code: str) -> str:
    """Which of day, month, year a date format code shows: "dmy", "my" or "y"."""
    code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code.split(";")[0]).lower()
    if "d" in code or "h" in code or "s" in code or not ("m" in code or "y" in code):
        return "dmy"            # a day or a time is shown: the whole date is meant
    return "my" if "m" in code else "y"


def cell_text(value: object, shown: str = "dmy") -> str:
    """A cell's value as the text a person sees, in the form the date reader expects.

    `shown` is what the cell's date format shows: "my" gives "March 2015", "y" "2015"."""
    if isinstance(value, dt.date) and shown != "dmy":
        return value.strftime("%B %Y") if shown == "my" else value.strftime("%Y")
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.timedelta):
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    return str(value)


