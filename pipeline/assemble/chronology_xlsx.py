"""merged_chronology.xlsx: the merged rows to filter and sort, with findings and gaps.

Sheets: Chronology (every merged row, with the panel's columns: Panel mark, a drop-down;
Panel note; Mark check; Inconsistency; Row ID, which the next run reads them back by),
Findings (every finding and unreadable file), Gaps, the panel's marks on rows gone and
the inconsistencies found (when there are any), and one sheet per agency. The Marks column
holds what the Word chronology marks (pipeline.panel_view); the Flags column every finding
code of the row, to filter on. Each sheet has a filter, a frozen header, set widths and
wrapped text; the agency cell carries the agency's colour from the Word key. The sheets
are written as XML strings
(pipeline.ooxml.sheetwrite): openpyxl's object per cell is too slow for 20,000 rows on
every sheet.

Excel holds at most 32,767 characters in a cell: longer text is split, the first part
in its column and the rest in "Continued" columns at the end of the row, each part
labelled, and a note on the Findings sheet says where. Nothing is cut.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline import panel_view
from pipeline.assemble._colours import HEADER_FILL, agency_colours
from pipeline.assemble.chronology_docx import age_at
from pipeline.dates import shown_time
from pipeline.merge.marks import (
    CHANGED,
    CHECK,
    FROM,
    GONE_SHEET,
    MARK,
    NOTE,
    PANEL_MARKS,
    ROW_ID,
    TEXT_COLUMNS,
)
from pipeline.model import CaseRun, Precision, Row
from pipeline.ooxml import sheetwrite
from pipeline.ooxml.sheetwrite import DATE, FIRST_FILL, HEADER, TOP, WRAP, Sheet

log = logging.getLogger(__name__)

NAME = "merged_chronology.xlsx"
CELL_LIMIT = 32_767
# Room left in a continuation cell for its label ("[Inter/intra-agency communication,
# part 12] ").
_LABEL_ROOM = 60

# (heading, widest in characters, style): a column is as wide as its longest line, up
# to this; the narrative columns wrap at it.
COLUMNS = (
    ("Date", 11, DATE), ("Time", 7, TOP), ("Age", 8, TOP), ("Agency", 22, WRAP),
    ("Contact with child", 40, WRAP), ("Contact with parents/carers and family", 40, WRAP),
    ("Inter/intra-agency communication", 40, WRAP), ("Source", 18, WRAP),
    ("Staff", 10, WRAP), ("Comment", 36, WRAP), ("Date as written", 18, WRAP),
    ("Precision", 10, TOP), ("Marks", 16, WRAP), ("Flags", 18, WRAP), ("Event", 7, TOP),
    ("New", 5, TOP), ("Changed", 8, TOP), ("File", 24, WRAP), ("Table", 7, TOP), ("Row", 6, TOP),
)
# The panel's columns, on the Chronology sheet only (the sheet read back next run; the
# agency sheets are views of it): after the row's own columns, before any Continued.
PANEL_COLUMNS = ((MARK, 16, WRAP), (NOTE, 40, WRAP), (CHECK, 14, WRAP),
                 ("Inconsistency", 14, WRAP), (ROW_ID, 18, TOP))
GONE_COLUMNS = ((ROW_ID, 18), *((name, 30) for name in TEXT_COLUMNS), (MARK, 16), (NOTE, 40),
                (FROM, 30))
FINDING_COLUMNS = (("Severity", 9), ("Code", 18), ("Agency", 22), ("File", 28),
                   ("Table", 7), ("Row", 6), ("Date as written", 18), ("What to do", 90))
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """Text as Excel can hold it: characters XML forbids are dropped."""
    return _NOT_XML.sub("", text)


def split_long(text: str) -> list[str]:
    """`text` in parts that fit a cell with their label (one part when it fits)."""
    if len(text) <= CELL_LIMIT:
        return [text]
    size = CELL_LIMIT - _LABEL_ROOM
    return [text[i:i + size] for i in range(0, len(text), size)]


def row_values(row: Row, born: dt.date | None,
               by_file: dict[str, list[str]] | None = None) -> dict[str, object]:
    """One merged row as the workbook's columns (`by_file`: the panel flags each return
    gives its rows, panel_view.off_template)."""
    reading = row.reading
    is_day = reading is not None and reading.precision is Precision.DAY and reading.date
    return {
        "Marks": "\n".join(panel_view.row_marks(row, by_file)),
        "Date": reading.date if is_day else None,
        "Time": shown_time(reading, row.time_as_written) if is_day else row.time_as_written,
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
    columns = [c for c in COLUMNS if c[0] != "Age" or run.case.subject_born is not None]
    colours = agency_colours(run)
    prepared = _prepare(run, columns, {agency: FIRST_FILL + n
                                       for n, agency in enumerate(colours)})
    sheets = [_chronology_sheet(prepared, columns), _findings_sheet(run, prepared.notes),
              _gaps_sheet(run)]
    used = {"chronology", "findings", "gaps"}
    for extra in (_gone_sheet(run), _inconsistencies_sheet(run)):
        if extra is not None:
            sheets.append(extra)
            used.add(extra.name.lower())
    for agency in colours:
        if agency in prepared.by_agency:
            sheets.append(_agency_sheet(prepared, columns, agency, _sheet_name(agency, used)))
    return sheetwrite.workbook(sheets, list(colours.values()), header_fill=HEADER_FILL,
                               title=f"Merged chronology {run.case.reference}",
                               author=run.case.board,
                               when=dt.datetime.combine(run.today, dt.time()))


@dataclass
class _Prepared:
    """The merged rows' cells as XML, each made once for the Chronology sheet and its
    agency's sheet, and the longest line of each column (per agency) for the widths."""

    own: list[str] = field(default_factory=list)         # the row's own columns
    panel: list[str] = field(default_factory=list)       # the panel's columns, after them
    continued: list[list[tuple[object, int]]] = field(default_factory=list)
    by_agency: dict[str, list[int]] = field(default_factory=dict)    # agency -> row indexes
    longest: dict[str, list[int]] = field(default_factory=dict)      # agency -> per column
    panel_longest: list[int] = field(default_factory=lambda: [0] * len(PANEL_COLUMNS))
    notes: list[list[object]] = field(default_factory=list)


def _prepare(run: CaseRun, columns, fill_style: dict[str, int]) -> _Prepared:
    by_file = panel_view.off_template(run)
    prepared = _Prepared()
    first_panel = len(columns) + 1
    for index, row in enumerate(run.merged):
        cells, notes = _row_cells(row, run, columns, fill_style, by_file)
        panel = _panel_cells(row)
        prepared.notes += notes
        prepared.own.append(sheetwrite.cells_xml(cells[:len(columns)]))
        prepared.panel.append(sheetwrite.cells_xml(panel, first_panel))
        prepared.continued.append(cells[len(columns):])
        prepared.by_agency.setdefault(row.agency, []).append(index)
        if row.agency not in prepared.longest:
            prepared.longest[row.agency] = [0] * len(columns)
        _measure(cells[:len(columns)], prepared.longest[row.agency])
        _measure(panel, prepared.panel_longest)
    return prepared


def _measure(cells: list[tuple[object, int]], longest: list[int]) -> None:
    """`longest` (per column, in characters) raised to the longest line of `cells`; a
    date shown dd-mm-yyyy or a number counts 10."""
    for index, (value, _) in enumerate(cells):
        if isinstance(value, str):
            if len(value) > longest[index]:
                longest[index] = max(longest[index], *(len(line) for line in value.split("\n")))
        elif value is not None and longest[index] < 10:
            longest[index] = 10


def _widths(columns, longest: list[int]) -> list[int]:
    """Characters for each column: its longest line plus a margin, 6 to its widest."""
    return [max(6, min(widest, most + 2)) for (_, widest, _), most in zip(columns, longest,
                                                                          strict=True)]


def _headings(columns, extra: int) -> str:
    return sheetwrite.cells_xml([(name, HEADER) for name, _, _ in columns]
                                + [(f"Continued {n}", HEADER) for n in range(1, extra + 1)])


def _chronology_sheet(prepared: _Prepared, columns) -> Sheet:
    """Every merged row with the panel's columns, the sheet read back next run."""
    with_panel = [*columns, *PANEL_COLUMNS]
    extra = max(map(len, prepared.continued), default=0)
    longest = [max(most) for most in zip(*prepared.longest.values(), strict=True)] \
        or [0] * len(columns)
    widths = _widths(columns, longest) + _widths(PANEL_COLUMNS, prepared.panel_longest)

    def rows() -> Iterator[str]:
        yield _headings(with_panel, extra)
        for own, panel, continued in zip(prepared.own, prepared.panel, prepared.continued,
                                         strict=True):
            yield own + panel + (sheetwrite.cells_xml(continued, len(with_panel) + 1)
                                 if continued else "")

    chronology = Sheet("Chronology", widths + [40] * extra, rows(), len(prepared.own) + 1,
                       len(with_panel) + extra)
    first_panel = sheetwrite.column_letter(len(columns) + 1)
    chronology.choices.append((f"{first_panel}2:{first_panel}1048576", PANEL_MARKS))
    return chronology


def _agency_sheet(prepared: _Prepared, columns, agency: str, name: str) -> Sheet:
    """One agency's rows, as on the Chronology sheet without the panel's columns."""
    mine = prepared.by_agency[agency]
    extra = max((len(prepared.continued[i]) for i in mine), default=0)

    def rows() -> Iterator[str]:
        yield _headings(columns, extra)
        for i in mine:
            continued = prepared.continued[i]
            yield prepared.own[i] + (sheetwrite.cells_xml(continued, len(columns) + 1)
                                     if continued else "")

    return Sheet(name, _widths(columns, prepared.longest[agency]) + [40] * extra, rows(),
                 len(mine) + 1, len(columns) + extra)


def _row_cells(row: Row, run: CaseRun, columns, fill_style: dict[str, int],
               by_file: dict[str, list[str]]
               ) -> tuple[list[tuple[object, int]], list[list[object]]]:
    """(the row's cells, notes for the Findings sheet about text split over cells)."""
    values = row_values(row, run.case.subject_born, by_file)
    cells: list[tuple[object, int]] = []
    continued: list[str] = []
    notes: list[list[object]] = []
    for name, _, style in columns:
        value = values[name]
        if isinstance(value, str) and len(value) > CELL_LIMIT:
            parts = split_long(clean(value))
            notes.append(_split_note(row, name, len(parts),
                                     len(columns) + len(PANEL_COLUMNS) + len(continued) + 1))
            value = parts[0]
            continued += [f"[{name}, part {n}] {part}" for n, part in enumerate(parts[1:], 2)]
        if name == "Agency":
            style = fill_style.get(row.agency, WRAP)
        cells.append((value, style))
    cells += [(part, WRAP) for part in continued]
    return cells, notes


def _panel_cells(row: Row) -> list[tuple[object, int]]:
    return [("; ".join(row.panel_marks), WRAP), ("\n".join(row.panel_notes), WRAP),
            (CHANGED if row.marked_text_changed and (row.panel_marks or row.panel_notes)
             else "", WRAP), (", ".join(row.inconsistencies), WRAP), (row.row_id, TOP)]


def _gone_sheet(run: CaseRun) -> Sheet | None:
    """The panel's marks on rows no longer in the chronology: kept, and read back."""
    if not run.gone_marks:
        return None
    rows = [[(h, HEADER) for h, _ in GONE_COLUMNS]]
    for gone in run.gone_marks:
        text = {"Agency": gone.agency, "Date as written": gone.when, **gone.text}
        rows.append([(gone.row_id, TOP), *((text.get(name, ""), WRAP) for name in TEXT_COLUMNS),
                     ("; ".join(gone.marks), WRAP), ("\n".join(gone.notes), WRAP),
                     (gone.source, WRAP)])
    return sheetwrite.sheet(GONE_SHEET, [w for _, w in GONE_COLUMNS], rows)


def _inconsistencies_sheet(run: CaseRun) -> Sheet | None:
    """A row for each row of each inconsistency (thousands in a busy case: made as
    written, each row's own cells made once)."""
    if not run.inconsistencies:
        return None
    headings = (("Inconsistency", 13), ("Kind", 8), ("What disagrees", 60), ("Agency", 24),
                ("Date as written", 18), ("File", 28), ("Table", 7), ("Row", 6), (ROW_ID, 18))
    made: dict[int, str] = {}        # by the id of a row, alive while this is written

    def rows() -> Iterator[str]:
        yield sheetwrite.cells_xml([(h, HEADER) for h, _ in headings])
        for found in run.inconsistencies:
            head = sheetwrite.cells_xml([(found.id, WRAP), (found.kind, WRAP),
                                         (found.explanation, WRAP)])
            for row in found.rows:
                if id(row) not in made:
                    p = row.provenance
                    made[id(row)] = sheetwrite.cells_xml(
                        [(v, WRAP) for v in (row.agency, row.written_when, p.file, p.table,
                                             p.row, row.row_id)], 4)
                yield head + made[id(row)]

    count = 1 + sum(len(found.rows) for found in run.inconsistencies)
    return Sheet("Inconsistencies", [w for _, w in headings], rows(), count, len(headings))


def _split_note(row: Row, column: str, parts: int, first_extra: int) -> list[object]:
    letter = sheetwrite.column_letter(first_extra)
    return ["note", "cell_split", row.agency, row.provenance.file, row.provenance.table,
            row.provenance.row, row.written_when,
            f"{column} is longer than Excel's 32,767-character cell limit: it is split into "
            f"{parts} parts; part 2 onwards are in the Continued columns (from column "
            f"{letter}) of this row on the Chronology sheet. Nothing is cut; the Word "
            "document holds the text whole."]


def _findings_sheet(run: CaseRun, notes: list[list[object]]) -> Sheet:
    rows = [[(name, HEADER) for name, _ in FINDING_COLUMNS]]
    for finding in run.all_findings:
        values = [finding.severity.value, finding.code, finding.agency, finding.file,
                  finding.table, finding.row, finding.text, finding.message]
        rows.append([(v, WRAP) for v in values])
    rows += [[(v, WRAP) for v in note] for note in notes]
    return sheetwrite.sheet("Findings", [w for _, w in FINDING_COLUMNS], rows)


def _gaps_sheet(run: CaseRun) -> Sheet:
    rows = [[(h, HEADER) for h in ("Agency", "From", "To", "Days")]]
    rows += [[(g.agency, WRAP), (g.start, DATE), (g.end, DATE), (g.days, TOP)]
             for g in run.gaps]
    return sheetwrite.sheet("Gaps", [30, 12, 12, 8], rows)


def _sheet_name(agency: str, used: set[str]) -> str:
    """A sheet name Excel accepts (31 characters, none of []:*?/\\), unique."""
    base = re.sub(r"[\[\]:*?/\\]", " ", agency).strip(" '")[:31] or "Agency"
    name, number = base, 2
    while name.lower() in used:
        suffix = f" ({number})"
        name, number = base[:31 - len(suffix)] + suffix, number + 1
    used.add(name.lower())
    return name
