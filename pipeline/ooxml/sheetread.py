"""Reading SpreadsheetML: a workbook opened safely, each sheet's cells as the text shown.

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
import re
import zipfile

from openpyxl import load_workbook
from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.worksheet._reader import WorkSheetParser

from pipeline.errors import IngestError
from pipeline.ooxml.ns import STRICT_TO_TRANSITIONAL

# Excel's "Strict Open XML Spreadsheet" names the same parts and elements in other
# namespaces; openpyxl reads only the transitional ones, so strict names are mapped.
_STRICT_NAMESPACES = STRICT_TO_TRANSITIONAL[1:]


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


def open_workbook(data: bytes):
    """The workbook, read-only and values only (macros and links never loaded)."""
    data = transitional(data)
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True,
                             keep_vba=False, keep_links=False, rich_text=False)
    except (KeyError, ValueError, TypeError, AttributeError, IndexError, OSError):
        raise IngestError("is an Excel file whose workbook cannot be read (a part it names "
                          "is missing or damaged); open it in Excel, save it again as .xlsx, "
                          "and put it back.") from None


def sheet_cells(workbook, sheet, max_rows: int) -> tuple[dict[int, dict[int, str]], list[str]]:
    """A sheet's cells holding text, {row number: {column number: text}} as Excel numbers
    them, and its merged ranges ("A1:C1"). IngestError past `max_rows` rows of text."""
    parser = WorkSheetParser(sheet._get_source(), sheet._shared_strings, data_only=True,
                             epoch=workbook.epoch, date_formats=workbook._date_formats,
                             timedelta_formats=workbook._timedelta_formats)
    rows: dict[int, dict[int, str]] = {}
    shown = _shown_parts(workbook)
    # A shared string is one object however many cells show it; it is made text once, so
    # a megabyte string in thousands of cells costs one pass, not one per cell.
    texts_of: dict[str, str] = {}
    try:
        for number, cells in parser.parse():
            texts = {c["column"]: _text(c["value"], shown.get(c["style_id"] or 0, "dmy"),
                                        texts_of) for c in cells}
            texts = {col: text for col, text in texts.items() if text.strip()}
            if texts:
                rows[number] = texts
                if len(rows) > max_rows:
                    raise IngestError(f"holds more than {max_rows:,} rows in sheet "
                                      f"'{sheet.title}'; it is not a chronology return.")
    finally:
        parser.source.close()
    merges = parser.merged_cells.mergeCell if parser.merged_cells else []
    return rows, [m.ref for m in merges]


def _text(value: object, shown: str, texts_of: dict[str, str]) -> str:
    if not isinstance(value, str):
        return cell_text(value, shown)
    text = texts_of.get(value)
    if text is None:
        text = texts_of[value] = cell_text(value)
    return text


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
        return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
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


