"""anonymisation_report.xlsx: every replacement made in the overview draft and executive
summary (original, replacement, where) and every suspected name, for the data protection
officer. It holds the real names, so it is protected like every output."""

from __future__ import annotations

import io
from collections import Counter

from openpyxl import Workbook
from openpyxl.styles import Font

from pipeline.anonymise import Replacement
from pipeline.assemble._render import Built, Rendered
from pipeline.model import CaseRun

NAME = "anonymisation_report.xlsx"
# The outputs whose replacements it lists.
ANONYMISED = ("overview_draft.docx", "executive_summary.docx")
KIND_WORDS = {
    "key_name": "name in the case key", "key_address": "address in the case key",
    "date_of_birth": "date of birth", "postcode": "postcode", "address": "address",
    "email": "email address", "phone": "phone number", "nhs_number": "NHS number",
    "number": "10-digit number", "ni_number": "National Insurance number",
    "exact_date": "exact date generalised", "suspected_name": "name not in the case key",
    "misspelt_key_name": "likely misspelling of a key name",
}


def _where(part: str) -> str:
    if part == "word/document.xml":
        return "body"
    return part.removeprefix("word/").removesuffix(".xml")


def _sheet(workbook: Workbook, title: str, header: list[str], rows: list[list[object]],
           widths: list[int]) -> None:
    sheet = workbook.create_sheet(title)
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{sheet.cell(1, len(header)).column_letter}{max(2, sheet.max_row)}"


def build(entries: list[Replacement]) -> bytes:
    """The workbook: replacements (counted by document, part, original), suspected names."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    counted: Counter = Counter()
    first_context: dict[tuple, str] = {}
    for e in entries:
        if not e.suspected:
            key = (e.document, _where(e.part), e.original, e.replacement, e.kind)
            counted[key] += 1
            first_context.setdefault(key, e.context)
    _sheet(workbook, "Replacements",
           ["Document", "Where", "Original", "Replacement", "Kind", "Times",
            "First seen in"],
           [[doc, where, original, replacement, KIND_WORDS.get(kind, kind), times,
             first_context[(doc, where, original, replacement, kind)]]
            for (doc, where, original, replacement, kind), times in counted.items()],
           [24, 14, 40, 24, 30, 8, 80])
    # Every suspected name on its own row, with its context: each needs a decision.
    _sheet(workbook, "Suspected names",
           ["Document", "Where", "Text removed", "Replacement", "Kind", "Why", "Context",
            "Reviewer's decision"],
           [[e.document, _where(e.part), e.original, e.replacement,
             KIND_WORDS.get(e.kind, e.kind), e.note, e.context, ""]
            for e in entries if e.suspected],
           [24, 14, 30, 14, 30, 40, 80, 30])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def render(run: CaseRun, built: Built) -> Rendered:
    """The report of everything the anonymised documents replaced, when any was made."""
    made = [built.rendered(name) for name in ANONYMISED]
    if not any(rendered.files or rendered.replacements for rendered in made):
        return Rendered()
    return Rendered({NAME: build([entry for rendered in made
                                  for entry in rendered.replacements])})
