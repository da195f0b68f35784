"""action_plan.xlsx: every agency's recommendations and actions (Appendix 6) in one table
the board can track, with a RAG status drop-down coloured by its value (toolkit 4.0)."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from pipeline.assemble._render import Built, Rendered
from pipeline.model import ActionItem, CaseRun
from pipeline.validate.reports import latest_reports

NAME = "action_plan.xlsx"
COLUMNS = (("Agency", 24), ("No.", 6), ("Recommendation", 45), ("Action", 40), ("Lead", 18),
           ("Timescale", 14), ("Outcome", 30), ("Progress", 30), ("Evidence", 30),
           ("RAG status", 14))
RAG_VALUES = ("Red", "Amber", "Green", "Blue - complete")
RAG_FILLS = {"Red": "FF9999", "Amber": "FFCC66", "Green": "99CC99", "Blue - complete": "99CCFF"}


def _rag(item: ActionItem) -> str:
    """The agency's own RAG word where it wrote one that the board uses, else empty."""
    written = item.rag.strip().lower()
    for value in RAG_VALUES:
        if written and value.lower().startswith(written.split()[0]):
            return value
    return ""


def build(run: CaseRun) -> bytes:
    """The workbook's bytes: one row per action, header frozen, filters on."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Action plan"
    sheet.append([title for title, _ in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
    for index, (_, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    for report in latest_reports(run.reports, run.case):
        for item in report.actions:
            sheet.append([report.agency, item.number, item.recommendation, item.action,
                          item.lead, item.timescale, item.outcome, item.progress,
                          item.evidence, _rag(item)])
    last = max(sheet.max_row, 2)
    for row in sheet.iter_rows(min_row=2, max_row=last):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    rag_range = f"J2:J{max(last, 200)}"   # room for the board to add rows
    validation = DataValidation(type="list", formula1='"' + ",".join(RAG_VALUES) + '"',
                                allow_blank=True, showErrorMessage=True,
                                errorTitle="RAG status",
                                error="Choose Red, Amber, Green or Blue - complete.")
    validation.add(rag_range)
    sheet.add_data_validation(validation)
    for value, colour in RAG_FILLS.items():
        sheet.conditional_formatting.add(rag_range, FormulaRule(
            formula=[f'$J2="{value}"'], fill=PatternFill("solid", fgColor=colour,
                                                         bgColor=colour)))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:J{last}"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def render(run: CaseRun, built: Built) -> Rendered:
    """action_plan.xlsx when any agency report holds an action plan."""
    if any(report.actions for report in latest_reports(run.reports, run.case)):
        return Rendered({NAME: build(run)})
    return Rendered()
