"""Build real .xlsx/.xlsm chronology returns with the quirks Excel returns have.

openpyxl writes the workbook: title rows above a header block, real date cells beside a
separate time column, blank rows, a year row merged across the table, a date merged down
over two entries, numbers, several sheets, a hidden sheet of drop-down lists, a staff ID
sheet. `to_bytes(macros=True)` adds a VBA project part (an .xlsm); `password=` protects it
as Excel does.

Example::

    book = XlsxReturn()
    sheet = book.sheet("Chronology")
    sheet.title("Chronology of involvement")
    sheet.header_block(agency="Thames Valley Police", date_completed="12/02/2016")
    sheet.blank()
    sheet.headings(EXCEL_HEADINGS)
    number = sheet.entry(dt.date(2015, 4, 3), dt.time(14, 30), "Seen at home", ...)
    book.save(path)
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from pipeline.protect import encrypt_office

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

# How boards word the columns of an Excel chronology: a date and a separate time column.
EXCEL_HEADINGS = [
    "Date", "Time (24hr)", "Contact with child", "Contact with parents/carers",
    "Inter-agency communication", "Source of information", "Practitioner",
    "Action taken/Comment",
]


@dataclass
class SheetBuilder:
    """One sheet, written top to bottom; each method returns the Excel row number used."""

    name: str
    hidden: bool = False
    rows: list[list[object]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)   # r1, c1, r2, c2
    width: int = len(EXCEL_HEADINGS)
    formats: dict[tuple[int, int], str] = field(default_factory=dict)

    def _add(self, cells: list[object]) -> int:
        self.rows.append(list(cells))
        return len(self.rows)

    def title(self, text: str) -> int:
        """A title merged across the table, as boards put above the header block."""
        number = self._add([text])
        self.merges.append((number, 1, number, self.width))
        return number

    def header_block(self, agency: str = "", date_completed: str = "",
                     completed_by: str = "") -> int:
        number = 0
        for label, value in (("Agency:", agency), ("Date completed:", date_completed),
                             ("Name of person completing:", completed_by)):
            if value:
                number = self._add([label, value])
        return number

    def blank(self) -> int:
        return self._add([])

    def headings(self, headings: list[str]) -> int:
        self.width = len(headings)
        return self._add(headings)

    def entry(self, *cells: object) -> int:
        """One chronology row; date/time/number cells stay real Excel values."""
        return self._add(list(cells))

    def section(self, text: str) -> int:
        """A year heading: one cell merged across the whole table."""
        number = self._add([text])
        self.merges.append((number, 1, number, self.width))
        return number

    def merge_down(self, column: int, first_row: int, last_row: int) -> None:
        """Merge one column's cells over rows (a date shared by two entries)."""
        self.merges.append((first_row, column, last_row, column))

    def number_format(self, row: int, column: int, fmt: str) -> None:
        self.formats[(row, column)] = fmt


@dataclass
class XlsxReturn:
    sheets: list[SheetBuilder] = field(default_factory=list)

    def sheet(self, name: str, hidden: bool = False) -> SheetBuilder:
        builder = SheetBuilder(name, hidden=hidden)
        self.sheets.append(builder)
        return builder

    def workbook(self) -> Workbook:
        book = Workbook()
        book.remove(book.active)
        for spec in self.sheets:
            sheet = book.create_sheet(spec.name)
            if spec.hidden:
                sheet.sheet_state = "hidden"
            for row_index, cells in enumerate(spec.rows, start=1):
                for col_index, value in enumerate(cells, start=1):
                    if value is None:
                        continue
                    cell = sheet.cell(row=row_index, column=col_index, value=value)
                    if isinstance(value, str) and value.startswith("="):
                        cell.data_type = "s"          # text as written, never a formula
                    if isinstance(value, dt.datetime):
                        cell.number_format = "dd/mm/yyyy hh:mm"
                    elif isinstance(value, dt.date):
                        cell.number_format = "dd/mm/yyyy"
                    elif isinstance(value, dt.time):
                        cell.number_format = "hh:mm"
                    if (row_index, col_index) in spec.formats:
                        cell.number_format = spec.formats[(row_index, col_index)]
            for r1, c1, r2, c2 in spec.merges:
                sheet.merge_cells(f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}")
        return book

    def to_bytes(self, macros: bool = False, password: str | None = None,
                 shared_strings: bool = True) -> bytes:
        stream = io.BytesIO()
        self.workbook().save(stream)
        data = stream.getvalue()
        if shared_strings:
            data = to_shared_strings(data)
        if macros:
            data = add_vba_project(data)
        if password is not None:
            data = encrypt_office(data, password)
        return data

    def save(self, path: Path, macros: bool = False, password: str | None = None) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.to_bytes(macros=macros, password=password))
        return path


def to_shared_strings(data: bytes) -> bytes:
    """The workbook with its text in xl/sharedStrings.xml, as Excel itself saves it
    (openpyxl writes inline strings)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    strings: list[str] = []
    index: dict[str, int] = {}
    sheets: dict[str, bytes] = {}
    for name in source.namelist():
        if not name.startswith("xl/worksheets/sheet"):
            continue
        root = etree.fromstring(source.read(name))
        for cell in root.iter(f"{{{_MAIN}}}c"):
            if cell.get("t") != "inlineStr":
                continue
            inline = cell.find(f"{{{_MAIN}}}is")
            text = "" if inline is None else "".join(inline.itertext())
            if inline is not None:
                cell.remove(inline)
            cell.set("t", "s")
            etree.SubElement(cell, f"{{{_MAIN}}}v").text = str(index.setdefault(
                text, len(index)))
            if len(strings) < len(index):
                strings.append(text)
        sheets[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                      standalone=True)
    table = etree.Element(f"{{{_MAIN}}}sst", count=str(len(strings)),
                          uniqueCount=str(len(strings)), nsmap={None: _MAIN})
    for text in strings:
        item = etree.SubElement(etree.SubElement(table, f"{{{_MAIN}}}si"), f"{{{_MAIN}}}t")
        item.text = text
        if text != text.strip():
            item.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = sheets.get(info.filename) or source.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", b'<Override PartName="/xl/'
                                          b'sharedStrings.xml" ContentType="application/vnd.'
                                          b'openxmlformats-officedocument.spreadsheetml.'
                                          b'sharedStrings+xml"/></Types>')
            elif info.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(b"</Relationships>", b'<Relationship Id="rIdSst" '
                                          b'Type="http://schemas.openxmlformats.org/'
                                          b'officeDocument/2006/relationships/sharedStrings" '
                                          b'Target="sharedStrings.xml"/></Relationships>')
            target.writestr(info, content)
        target.writestr("xl/sharedStrings.xml", etree.tostring(
            table, xml_declaration=True, encoding="UTF-8", standalone=True))
    return out.getvalue()


def add_vba_project(data: bytes) -> bytes:
    """The workbook as an .xlsm: a VBA project part (whose code must never run) added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml").replace(
                    b"</Types>", b'<Default Extension="bin" ContentType='
                    b'"application/vnd.ms-office.vbaProject"/></Types>')
            target.writestr(info, content)
        # Not a real VBA project: bytes a macro scanner would flag; nothing may execute them.
        target.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"Sub AutoOpen()" * 64)
    return out.getvalue()


def simple_return(agency: str, entries: list[tuple], title: str = "Chronology") -> XlsxReturn:
    """A plain Excel return: title, header block, headings, then `entries` as rows."""
    book = XlsxReturn()
    sheet = book.sheet(title)
    sheet.title("Multi-agency chronology")
    sheet.header_block(agency=agency, date_completed="12/02/2016",
                       completed_by="A. Example, Safeguarding Lead")
    sheet.blank()
    sheet.headings(EXCEL_HEADINGS)
    for cells in entries:
        sheet.entry(*cells)
    return book
