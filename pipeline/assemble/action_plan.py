"""action_plan.xlsx: the register of every agency's recommendations and actions (Appendix
6) and the panel's multi-agency ones, which the board keeps up to date between merges
(pipeline/assemble/action_register.py reads its entries back).

Sheets: Action plan (one row per action: a RAG status drop-down coloured by its value,
Progress, Evidence, Completed, the SMART check and any change of wording), Board summary
(counts by RAG, overdue actions, actions completed since the last run) and, when there
are any, the actions the board worked on that no report holds any more.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from pipeline.assemble._render import Built, Rendered
from pipeline.assemble.action_register import (
    GONE_SHEET,
    NAME,
    RAG_VALUES,
    SHEET,
    Action,
    Register,
    build_register,
    completed_since_last_run,
    overdue,
)
from pipeline.model import CaseRun

COLUMNS = (("Agency", 24), ("No.", 6), ("Recommendation", 45), ("Action", 40), ("Lead", 18),
           ("Timescale", 14), ("Outcome", 30), ("Progress", 30), ("Evidence", 30),
           ("RAG status", 14), ("Completed", 12), ("SMART check", 30), ("Wording check", 30),
           ("Complete when merged", 8))
RAG_FILLS = {"Red": "FF9999", "Amber": "FFCC66", "Green": "99CC99", "Blue - complete": "99CCFF"}
_RAG_COLUMN = "J"


def build(run: CaseRun, register: Register | None = None) -> bytes:
    """The workbook's bytes: the register, the board summary, the actions gone."""
    register = register or build_register(run)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    _actions_sheet(sheet, register.actions)
    _summary_sheet(workbook.create_sheet("Board summary"), register, run)
    if register.gone:
        _actions_sheet(workbook.create_sheet(GONE_SHEET), register.gone)
    workbook.properties.creator = workbook.properties.lastModifiedBy = run.case.board
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def render(run: CaseRun, built: Built) -> Rendered:
    """action_plan.xlsx when there is any action: from an agency report, the panel's
    recommendations, or the board's entries kept from the last run; the findings of
    reading those entries back."""
    register = build_register(run)
    if register.actions or register.gone:
        return Rendered({NAME: build(run, register)}, register.read.problems)
    return Rendered(findings=register.read.problems)


def _actions_sheet(sheet, actions: list[Action]) -> None:
    sheet.append([title for title, _ in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
    for index, (_, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.column_dimensions[get_column_letter(len(COLUMNS))].hidden = True
    for a in actions:
        sheet.append([a.agency, a.number, a.recommendation, a.action, a.lead, a.timescale,
                      a.outcome, a.progress, a.evidence, a.rag, a.completed,
                      "; ".join(a.smart), a.reworded, "yes" if a.is_complete else ""])
    last = max(sheet.max_row, 2)
    for row in sheet.iter_rows(min_row=2, max_row=last):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    rag_range = f"{_RAG_COLUMN}2:{_RAG_COLUMN}{max(last, 200)}"   # room for rows added
    validation = DataValidation(type="list", formula1='"' + ",".join(RAG_VALUES) + '"',
                                allow_blank=True, showErrorMessage=True,
                                errorTitle="RAG status",
                                error="Choose Red, Amber, Green or Blue - complete.")
    validation.add(rag_range)
    sheet.add_data_validation(validation)
    for value, colour in RAG_FILLS.items():
        sheet.conditional_formatting.add(rag_range, FormulaRule(
            formula=[f'${_RAG_COLUMN}2="{value}"'],
            fill=PatternFill("solid", fgColor=colour, bgColor=colour)))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS) - 1)}{last}"
    _print_landscape(sheet)


def _print_landscape(sheet) -> None:
    """Printed for a board meeting: landscape, the sheet's width on one page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0


def _summary_sheet(sheet, register: Register, run: CaseRun) -> None:
    """Counts by RAG, the overdue actions, those completed since the last run."""
    bold = Font(bold=True)
    sheet.append([f"Board summary: {run.case.review} {run.case.reference}, "
                  f"{run.today:%d-%m-%Y}"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(["RAG status", "Actions"])
    for value in (*RAG_VALUES, ""):
        count = sum(1 for a in register.actions if a.rag == value)
        sheet.append([value or "Not rated yet", count])
    sheet.append(["All actions", len(register.actions)])
    late = overdue(register, run.today)
    _listing(sheet, f"Overdue ({len(late)}): past their timescale and not complete",
             ("Agency", "No.", "Action", "Timescale", "Days overdue", "RAG status"),
             [(a.agency, a.number, a.action or a.recommendation, a.timescale, days, a.rag)
              for a, days in late])
    done = completed_since_last_run(register)
    _listing(sheet, f"Completed since the last run ({len(done)})",
             ("Agency", "No.", "Action", "Completed", "Evidence"),
             [(a.agency, a.number, a.action or a.recommendation, a.completed, a.evidence)
              for a in done])
    flagged = [a for a in register.actions if a.smart or a.reworded]
    _listing(sheet, f"To look at ({len(flagged)}): SMART check or wording changed",
             ("Agency", "No.", "Recommendation", "SMART check", "Wording check"),
             [(a.agency, a.number, a.recommendation, "; ".join(a.smart), a.reworded)
              for a in flagged])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if cell.value in ("RAG status", "Actions", "Agency"):
                cell.font = bold
            if cell.column > 2:           # the words of actions; titles stay one line
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEF", (26, 8, 50, 30, 30, 14), strict=True):
        sheet.column_dimensions[letter].width = width
    _print_landscape(sheet)


def _listing(sheet, title: str, headings: tuple[str, ...], rows: list[tuple]) -> None:
    sheet.append([])
    sheet.append([title])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    sheet.append(list(headings))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for row in rows or [("None.",)]:
        sheet.append(list(row))
