"""Raw SpreadsheetML for the chronology workbook: tens of thousands of rows, fast.

openpyxl builds a Python object per cell (about 100 us each here, 20 s for a 20,000-row
chronology and its agency sheets); these sheets are strings instead. Strings are inline
(no shared-string table), so text can never become a formula, and characters XML cannot
hold are dropped.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from pipeline.ooxml.ns import NAMESPACES, nsdecls
from pipeline.ooxml.zipwrite import PackageZip

MAIN, RELS, PACKAGE_RELS = NAMESPACES["x"], NAMESPACES["r"], NAMESPACES["pr"]
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TO_CHANGE = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")   # one look, most text
_EXCEL_EPOCH = dt.date(1899, 12, 30)

# Cell styles (indexes into cellXfs in `_styles`); agency fills follow from FIRST_FILL.
PLAIN, HEADER, WRAP, DATE, TOP = 0, 1, 2, 3, 4
FIRST_FILL = 5
_ROWS_A_PART = 256


# Where a row's number goes in its prepared cells (`cells_xml`): a character no cell text
# holds, since characters XML cannot hold are dropped from it.
HOLE = "\x00"


@dataclass
class Sheet:
    """One worksheet. `rows` are each row's cells as `cells_xml` prepares them, the header
    first; `count` of them and `width` columns used (known before they are written, so
    they may come from a generator and never be in memory together)."""

    name: str
    widths: list[float]
    rows: Iterable[str]
    count: int
    width: int
    frozen_header: bool = True
    autofilter: bool = True
    # Drop-downs: (cell range, the values offered); other text typed there is allowed
    # after a warning (several values joined by ';').
    choices: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)


def sheet(name: str, widths: list[float], rows: list[list[tuple[object, int]]],
          **options) -> Sheet:
    """A Sheet of `rows` of (value, style) cells, the header first."""
    width = max([len(widths)] + [len(cells) for cells in rows])
    return Sheet(name, widths, [cells_xml(cells) for cells in rows], len(rows), width,
                 **options)


@functools.cache
def column_letter(number: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cells_xml(cells: Iterable[tuple[object, int]], first: int = 1) -> str:
    """The XML of a row's (value, style) cells from column `first` on, with HOLE where the
    row's number goes: made once, a row is written in several sheets (the Chronology and
    its agency's). An empty cell without style is left out."""
    parts = []
    for number, cell in enumerate(cells, first):
        value, style = cell
        if type(value) is str and value:              # most cells: text, made here at once
            parts.append(f'<c r="{column_letter(number)}{HOLE}" s="{style}" t="inlineStr">'
                         f'<is><t xml:space="preserve">{_text(value)}'
                         "</t></is></c>")
        elif part := _cell(cell):
            parts.append(f'<c r="{column_letter(number)}{HOLE}"{part}')
    return "".join(parts)


def _cell(cell: tuple[object, int]) -> str:
    """A cell's XML after its reference (`<c r="A1"` + this), "" for an empty cell
    without style."""
    value, style = cell
    if type(value) is str and value:
        return f' s="{style}" t="inlineStr"><is><t xml:space="preserve">{_text(value)}</t></is></c>'
    if value is None or value == "":
        return "/>" if style else ""
    if isinstance(value, bool):
        return _cell(("yes" if value else "", style))
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f' s="{style}"><v>{(value - _EXCEL_EPOCH).days}</v></c>'
    if isinstance(value, int | float):
        return f' s="{style}"><v>{value}</v></c>'
    return _cell((str(value), style))


def _text(value: str) -> str:
    """Text as XML holds it: escaped, characters XML cannot hold dropped."""
    if _TO_CHANGE.search(value) is None:
        return value
    return escape(_NOT_XML.sub("", value))


def sheet_xml(sheet: Sheet) -> Iterator[str]:
    """The sheet's XML in parts of a few hundred rows: written as made, a sheet of tens
    of thousands of rows is never whole in memory."""
    last = column_letter(sheet.width)
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             f'<worksheet xmlns="{MAIN}" xmlns:r="{RELS}">',
             f'<dimension ref="A1:{last}{max(1, sheet.count)}"/>',
             '<sheetViews><sheetView workbookViewId="0">']
    if sheet.frozen_header:
        parts.append('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
                     'state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
                     'sqref="A2"/>')
    parts.append('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>')
    parts.extend(f'<col min="{n}" max="{n}" width="{w}" customWidth="1"/>'
                 for n, w in enumerate(sheet.widths, start=1))
    parts.append("</cols><sheetData>")
    yield "".join(parts)
    chunk = []
    for number, cells in enumerate(sheet.rows, start=1):
        row = str(number)
        chunk.append(f'<row r="{row}">{cells.replace(HOLE, row)}</row>')
        if len(chunk) == _ROWS_A_PART:
            yield "".join(chunk)
            chunk = []
    yield "".join(chunk) + "</sheetData>"
    if sheet.autofilter:
        yield f'<autoFilter ref="{_filter_range(sheet)}"/>'
    if sheet.choices:
        yield _choices_xml(sheet.choices)
    yield "</worksheet>"


def _choices_xml(choices: list[tuple[str, tuple[str, ...]]]) -> str:
    items = []
    for where, values in choices:
        message = quoteattr(f"Choose one of: {', '.join(values)}. Several may be written, "
                            "separated by ;")
        offered = escape('"' + ",".join(values) + '"')
        items.append(f'<dataValidation type="list" errorStyle="warning" allowBlank="1" '
                     f'showErrorMessage="1" errorTitle="Not in the list" error={message} '
                     f'sqref="{where}"><formula1>{offered}</formula1></dataValidation>')
    return f'<dataValidations count="{len(items)}">{"".join(items)}</dataValidations>'


def _filter_range(sheet: Sheet) -> str:
    return f"A1:{column_letter(sheet.width)}{max(1, sheet.count)}"


def workbook(sheets: list[Sheet], fills: list[str], *, header_fill: str, title: str,
             author: str, when: dt.datetime) -> bytes:
    """The .xlsx bytes: `sheets` in order; `fills` the "RRGGBB" colours of the styles
    FIRST_FILL onwards (wrapped text on that fill), `header_fill` the HEADER style's."""
    output = io.BytesIO()
    with PackageZip(output) as package:
        package.writestr("[Content_Types].xml", _content_types(len(sheets)))
        package.writestr("_rels/.rels", _root_rels())
        package.writestr("docProps/core.xml", _core(title, author, when))
        package.writestr("docProps/app.xml", _app())
        package.writestr("xl/workbook.xml", _workbook(sheets))
        package.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(sheets)))
        package.writestr("xl/styles.xml", _styles(header_fill, fills))
        for number, sheet in enumerate(sheets, start=1):
            with package.open(f"xl/worksheets/sheet{number}.xml", "w") as part:
                for xml in sheet_xml(sheet):
                    part.write(xml.encode())
    return output.getvalue()


def _content_types(count: int) -> str:
    sheets = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in range(1, count + 1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Types xmlns="{NAMESPACES["ct"]}">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.'
            'openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.'
            f'openxmlformats-officedocument.extended-properties+xml"/>{sheets}</Types>')


def _root_rels() -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{PACKAGE_RELS}">'
            f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{RELS}/extended-properties" '
            'Target="docProps/app.xml"/></Relationships>')


def _core(title: str, author: str, when: dt.datetime) -> str:
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<cp:coreProperties {nsdecls("cp", "dc", "dcterms", "xsi")}>'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
            f"<cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy>"
            "<cp:keywords>RESTRICTED</cp:keywords>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            "</cp:coreProperties>")


def _app() -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Properties xmlns="{NAMESPACES["ep"]}">'
            "<Application>Microsoft Excel</Application></Properties>")


def _workbook(sheets: list[Sheet]) -> str:
    entries = "".join(f'<sheet name={quoteattr(s.name)} sheetId="{n}" r:id="rId{n}"/>'
                      for n, s in enumerate(sheets, start=1))
    names = []
    for index, sheet in enumerate(sheets):
        if sheet.autofilter:
            last = column_letter(sheet.width)
            quoted = "'" + sheet.name.replace("'", "''") + "'"
            names.append(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{index}" '
                         f'hidden="1">{escape(quoted)}!$A$1:${last}${max(1, sheet.count)}'
                         "</definedName>")
    defined = f"<definedNames>{''.join(names)}</definedNames>" if names else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><bookViews><workbookView/>'
            f"</bookViews><sheets>{entries}</sheets>{defined}</workbook>")


def _workbook_rels(count: int) -> str:
    sheets = "".join(f'<Relationship Id="rId{n}" Type="{RELS}/worksheet" '
                     f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, count + 1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{PACKAGE_RELS}">{sheets}'
            f'<Relationship Id="rId{count + 1}" Type="{RELS}/styles" Target="styles.xml"/>'
            "</Relationships>")


def _styles(header_fill: str, fills: list[str]) -> str:
    fill_xml = ['<fill><patternFill patternType="none"/></fill>',
                '<fill><patternFill patternType="gray125"/></fill>']
    for colour in [header_fill, *fills]:
        fill_xml.append(f'<fill><patternFill patternType="solid"><fgColor rgb="FF{colour}"/>'
                        '<bgColor indexed="64"/></patternFill></fill>')
    top = '<alignment vertical="top"/>'
    wrap = '<alignment vertical="top" wrapText="1"/>'
    xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
           f'<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" '
           f'applyFill="1" applyAlignment="1">{wrap}</xf>',
           f'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" '
           f'applyAlignment="1">{wrap}</xf>',
           f'<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" '
           f'applyNumberFormat="1" applyAlignment="1">{top}</xf>',
           f'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" '
           f'applyAlignment="1">{top}</xf>']
    xfs += [f'<xf numFmtId="0" fontId="0" fillId="{3 + n}" borderId="0" xfId="0" '
            f'applyFill="1" applyAlignment="1">{wrap}</xf>' for n in range(len(fills))]
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" '
            'formatCode="dd-mm-yyyy"/></numFmts>'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/>'
            '</font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            f'</fonts><fills count="{len(fill_xml)}">{"".join(fill_xml)}</fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
            f'borderId="0"/></cellStyleXfs><cellXfs count="{len(xfs)}">{"".join(xfs)}'
            '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" '
            'builtinId="0"/></cellStyles></styleSheet>')
