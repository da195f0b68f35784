"""merged_chronology.xlsx: the merged rows to filter and sort, with findings and gaps.

Sheets: Chronology (every merged row), Findings (every finding and unreadable file),
Gaps, and one sheet per agency. Each row sheet has a filter, a frozen header, widths
that fit and wrapped text. openpyxl's write-only mode keeps 40,000 rows fast and small.

Excel holds at most 32,767 characters in a cell: longer text is split, the first part
in its column and the rest in "Continued" columns at the end of the row, each part
labelled, and a note on the Findings sheet says where. Nothing is cut.
"""

from __future__ import annotations

import copy
import io
import logging
import re

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from pipeline.assemble._colours import HEADER_FILL, agency_colours
from pipeline.assemble.chronology_docx import age_at
from pipeline.model import CaseRun, Precision, Row
from pipeline.outputs import write_output

log = logging.getLogger(__name__)

NAME = "merged_chronology.xlsx"
CELL_LIMIT = 32_767

# (heading, width in characters, wrapped)
COLUMNS = (
    ("Date", 11, False), ("Time", 7, False), ("Age", 8, False), ("Agency", 22, True),
    ("Contact with child", 40, True), ("Contact with parents/carers and family", 40, True),
    ("Inter/intra-agency communication", 40, True), ("Source", 18, True),
    ("Staff", 10, True), ("Comment", 36, True), ("Date as written", 18, True),
    ("Precision", 10, False), ("Flags", 18, True), ("Event", 7, False), ("New", 5, False),
    ("Changed", 8, False), ("File", 24, True), ("Table", 7, False), ("Row", 6, False),
)
TEXT_COLUMNS = {"Agency", "Contact with child", "Contact with parents/carers and family",
                "Inter/intra-agency communication", "Source", "Staff", "Comment",
                "Date as written", "Flags", "File"}


class _Styles:
    """Prototype cells whose style arrays are copied onto new cells (much faster than
    setting fonts and alignments cell by cell)."""

    def __init__(self, sheet):
        wrap = WriteOnlyCell(sheet, "")
        wrap.alignment = Alignment(wrap_text=True, vertical="top")
        top = WriteOnlyCell(sheet, "")
        top.alignment = Alignment(vertical="top")
        date = WriteOnlyCell(sheet, "")
        date.alignment = Alignment(vertical="top")
        date.number_format = "DD-MM-YYYY"
        self.wrap, self.top, self.date = wrap._style, top._style, date._style
        self.sheet = sheet

    def cell(self, value, style) -> WriteOnlyCell:
        result = WriteOnlyCell(self.sheet, value)
        result._style = copy.copy(style)
        if isinstance(value, str) and value.startswith("="):
            result.data_type = "s"          # text, never a formula
        return result


def clean(text: str) -> str:
    """Text as Excel can hold it: characters XML forbids are dropped."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


# Room left in a continuation cell for its label ("[Inter/intra-agency communication,
# part 12] ").
_LABEL_ROOM = 60


def split_long(text: str) -> list[str]:
    """`text` in parts that fit a cell with their label (one part when it fits)."""
    if len(text) <= CELL_LIMIT:
        return [text]
    size = CELL_LIMIT - _LABEL_ROOM
    return [text[i:i + size] for i in range(0, len(text), size)]


def row_values(row: Row, born) -> dict[str, object]:
    reading = row.reading
    is_day = reading is not None and reading.precision is Precision.DAY and reading.date
    return {
        "Date": reading.date if is_day else None,
        "Time": reading.time_text if is_day else row.time_as_written,
        "Age": age_at(born, reading.date if is_day else None),
        "Agency": row.agency,
        "Contact with child": row.child,
        "Contact with parents/carers and family": row.family,
        "Inter/intra-agency communication": row.communication,
        "Source": row.source, "Staff": row.staff, "Comment": row.comment,
        "Date as written": row.written_when,
        "Precision": reading.precision.value if reading else "",
        "Flags": ";".join(dict.fromkeys(row.flags)),
        "Event": row.event, "New": "yes" if row.is_new else "",
        "Changed": "yes" if row.is_changed else "",
        "File": row.provenance.file, "Table": row.provenance.table,
        "Row": row.provenance.row,
    }


def build(run: CaseRun) -> bytes:
    """The workbook as unprotected .xlsx bytes."""
    workbook = Workbook(write_only=True)
    columns = [c for c in COLUMNS if c[0] != "Age" or run.case.subject_born is not None]
    notes: list[list[object]] = []
    _rows_sheet(workbook, "Chronology", run, run.merged, columns, notes)
    _findings_sheet(workbook, run, notes)
    _gaps_sheet(workbook, run)
    used = {"Chronology", "Findings", "Gaps"}
    for agency in agency_colours(run):
        rows = [row for row in run.merged if row.agency == agency]
        if rows:
            name = _sheet_name(agency, used)
            _rows_sheet(workbook, name, run, rows, columns, None)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def write(run: CaseRun) -> None:
    write_output(run, NAME, build(run))
    log.info("%s: %d rows", NAME, len(run.merged))


def _rows_sheet(workbook, title: str, run: CaseRun, rows: list[Row], columns, notes) -> None:
    sheet = workbook.create_sheet(title)
    styles = _Styles(sheet)
    born = run.case.subject_born
    colours = {name: PatternFill("solid", fgColor=colour)
               for name, colour in agency_colours(run).items()}
    agency_styles = {}
    for name, fill in colours.items():
        prototype = WriteOnlyCell(sheet, "")
        prototype.alignment = Alignment(wrap_text=True, vertical="top")
        prototype.fill = fill
        agency_styles[name] = prototype._style
    # Texts over Excel's limit: how many continuation columns the sheet needs.
    names = [name for name, _, _ in columns]
    extra = max((len(split_long(clean(str(v)))) - 1
                 for row in rows for k, v in row_values(row, born).items()
                 if k in TEXT_COLUMNS and isinstance(v, str) and len(v) > CELL_LIMIT),
                default=0)
    headings = names + [f"Continued {i}" for i in range(1, extra + 1)]
    widths = [w for _, w, _ in columns] + [40] * extra
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headings))}{len(rows) + 1}"
    header_style = _header_style(sheet)
    sheet.append([styles.cell(h, header_style) for h in headings])
    wrapped = {name for name, _, wrap in columns if wrap}
    for number, row in enumerate(rows, start=2):
        values = row_values(row, born)
        cells, continued = [], []
        for name in names:
            value = values[name]
            if isinstance(value, str):
                value = clean(value)
                if len(value) > CELL_LIMIT:
                    parts = split_long(value)
                    if notes is not None:
                        notes.append(_split_note(row, name, len(parts), number,
                                                 len(names) + len(continued) + 1))
                    value = parts[0]
                    for part_number, part in enumerate(parts[1:], start=2):
                        continued.append(f"[{name}, part {part_number}] {part}")
            if name == "Agency":
                style = agency_styles.get(row.agency, styles.wrap)
            elif name == "Date":
                style = styles.date
            else:
                style = styles.wrap if name in wrapped else styles.top
            cells.append(styles.cell(value, style))
        cells.extend(styles.cell(part, styles.wrap) for part in continued)
        sheet.append(cells)


def _split_note(row: Row, column: str, parts: int, sheet_row: int, first_extra: int
                ) -> list[object]:
    letter = get_column_letter(first_extra)
    return ["note", "cell_split", row.agency, row.provenance.file, row.provenance.table,
            row.provenance.row, row.written_when,
            f"{column} is longer than Excel's 32,767-character cell limit: it is split into "
            f"{parts} parts; part 2 onwards are in the Continued columns (from column "
            f"{letter}) of row {sheet_row} on the Chronology sheet. Nothing is cut; the Word "
            "document holds the text whole."]


def _header_style(sheet):
    prototype = WriteOnlyCell(sheet, "")
    prototype.font = Font(bold=True)
    prototype.fill = PatternFill("solid", fgColor=HEADER_FILL)
    prototype.alignment = Alignment(wrap_text=True, vertical="top")
    return prototype._style


def _findings_sheet(workbook, run: CaseRun, notes: list[list[object]]) -> None:
    sheet = workbook.create_sheet("Findings")
    headings = ["Severity", "Code", "Agency", "File", "Table", "Row", "Date as written",
                "What to do"]
    widths = [9, 18, 22, 28, 7, 6, 18, 90]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    findings = run.all_findings
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:H{len(findings) + len(notes) + 1}"
    styles = _Styles(sheet)
    header = _header_style(sheet)
    sheet.append([styles.cell(h, header) for h in headings])
    for finding in findings:
        values = [finding.severity.value, finding.code, finding.agency, finding.file,
                  finding.table, finding.row, finding.text, finding.message]
        sheet.append([styles.cell(clean(v) if isinstance(v, str) else v, styles.wrap)
                      for v in values])
    for values in notes:
        sheet.append([styles.cell(clean(v) if isinstance(v, str) else v, styles.wrap)
                      for v in values])


def _gaps_sheet(workbook, run: CaseRun) -> None:
    sheet = workbook.create_sheet("Gaps")
    for letter, width in zip("ABCD", (30, 12, 12, 8), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:D{len(run.gaps) + 1}"
    styles = _Styles(sheet)
    header = _header_style(sheet)
    sheet.append([styles.cell(h, header) for h in ("Agency", "From", "To", "Days")])
    for gap in run.gaps:
        sheet.append([styles.cell(gap.agency, styles.wrap),
                      styles.cell(gap.start, styles.date), styles.cell(gap.end, styles.date),
                      styles.cell(gap.days, styles.top)])


def _sheet_name(agency: str, used: set[str]) -> str:
    """A sheet name Excel accepts (31 characters, none of []:*?/\\), unique."""
    base = re.sub(r"[\[\]:*?/\\]", " ", agency).strip(" '")[:31] or "Agency"
    name, number = base, 2
    while name.lower() in {u.lower() for u in used}:
        suffix = f" ({number})"
        name, number = base[:31 - len(suffix)] + suffix, number + 1
    used.add(name)
    return name
