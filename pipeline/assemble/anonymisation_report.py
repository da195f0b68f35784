"""anonymisation_report.xlsx, for the data protection officer (toolkit 3.4): every
replacement the anonymiser made and every suspect the publication gate found in the
overview draft and executive summary, one line per occurrence with its context, and a
Decision column (keep redacted, restore, replace with text). The next merge reads the
decisions back and applies them; lines whose occurrence has gone are kept on a sheet of
their own, so no decision is lost. It holds the real names, so it is protected like
every output."""

from __future__ import annotations

import io
from collections import Counter

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from pipeline.anonymise import Replacement
from pipeline.anonymise.decisions import (
    ANONYMISER,
    CHOICES,
    GATE,
    Decisions,
    occurrence_id,
    parse_decision,
)
from pipeline.anonymise.gatedocx import Suspect
from pipeline.assemble._render import Built, Rendered
from pipeline.model import CaseRun, Finding, Severity

NAME = "anonymisation_report.xlsx"
# The outputs whose replacements and suspects it lists.
ANONYMISED = ("overview_draft.docx", "executive_summary.docx")
SHEET, EARLIER, COUNTS = "Occurrences", "Earlier decisions", "Summary"
HEADER = ["ID", "Document", "Where", "Found by", "Kind", "Original", "Now reads", "Why",
          "Context", "Decision", "Replacement text"]
KEY_COLUMNS = tuple(HEADER[:-2])    # the ID, and what a kept earlier decision shows
EDIT_COLUMNS = ("Decision", "Replacement text")
KIND_WORDS = {
    "key_name": "name in the case key", "key_address": "address in the case key",
    "date_of_birth": "date of birth", "postcode": "postcode", "address": "address",
    "email": "email address", "phone": "phone number", "nhs_number": "NHS number",
    "number": "10-digit number", "ni_number": "National Insurance number",
    "exact_date": "exact date generalised", "suspected_name": "name not in the case key",
    "misspelt_key_name": "likely misspelling of a key name", "agency": "agency that "
    "locates the family", "name": "capitalised word nothing explains", "alias": "nickname",
    "initials": "initials", "not_english": "word English does not know",
    "place": "named place", "agency_place": "agency that locates the family",
    "url": "web address",
}
DECIDE_FILL = PatternFill("solid", fgColor="FFF2CC")


def _where(part: str) -> str:
    """The part in words: 'body', 'header1', 'comments'; other parts by their path."""
    if part == "word/document.xml":
        return "body"
    inner = part.removeprefix("word/")
    return inner.removesuffix(".xml") if inner != part and "/" not in inner else part


def _part(where: str) -> str:
    """The part a 'Where' cell names (the inverse of _where)."""
    if where == "body":
        return "word/document.xml"
    return where if "/" in where else f"word/{where}.xml"


def _line(entry: Replacement | Suspect) -> list[str]:
    """One occurrence's cells before the decision columns."""
    if isinstance(entry, Suspect):
        stage, now = GATE, entry.replacement or entry.action
        if entry.replacement:
            now = f"{entry.replacement} ({entry.action})"
        why = entry.why
    else:
        stage, now, why = ANONYMISER, entry.replacement, entry.note
        if entry.restored:
            now = f"{entry.original} (restored by decision)"
    ident = occurrence_id(entry.document, stage, entry.part, entry.original if isinstance(
        entry, Replacement) else entry.text, entry.context)
    original = entry.original if isinstance(entry, Replacement) else entry.text
    return [ident, entry.document, _where(entry.part),
            "anonymiser" if stage == ANONYMISER else "publication gate",
            KIND_WORDS.get(entry.kind, entry.kind), original, now, why, entry.context]


def build(entries: list, previous: Decisions | None = None) -> bytes:
    """The workbook: one line per occurrence, with the decisions read back filled in;
    earlier decisions whose occurrence is gone; counts by document and kind."""
    previous = previous or Decisions()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    sheet.append(HEADER)
    seen: set[str] = set()
    for entry in entries:
        line = _line(entry)
        if line[0] in seen:         # a restored span is logged once more; one line for it
            continue
        seen.add(line[0])
        stage = GATE if isinstance(entry, Suspect) else ANONYMISER
        decided = previous.line(entry.document, stage, entry.part, line[5], entry.context)
        if decided:
            seen.add(decided)
        earlier = previous.rows.get(decided or line[0], {})
        sheet.append(line + [earlier.get("Decision", ""), earlier.get("Replacement text", "")])
    _style(sheet, [14, 22, 12, 16, 26, 28, 28, 34, 70, 18, 24])
    choices = DataValidation(type="list", formula1='"' + ",".join(CHOICES) + '"',
                             allow_blank=True)
    sheet.add_data_validation(choices)
    choices.add(f"J2:J{max(2, sheet.max_row)}")
    for row in sheet.iter_rows(min_row=2, min_col=10, max_col=11):
        for cell in row:
            cell.fill = DECIDE_FILL
    gone = [row for ident, row in previous.rows.items() if ident not in seen]
    if gone:
        old = workbook.create_sheet(EARLIER)
        old.append(HEADER)
        for row in gone:
            old.append([row.get(h, "") for h in HEADER])
        _style(old, [14, 22, 12, 16, 26, 28, 28, 34, 70, 18, 24])
    _counts(workbook, entries)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _style(sheet, widths: list[int]) -> None:
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{sheet.cell(1, len(HEADER)).column_letter}{max(2, sheet.max_row)}"


def _counts(workbook: Workbook, entries: list) -> None:
    counted = Counter((line[1], line[3], line[4]) for line in map(_line, entries))
    sheet = workbook.create_sheet(COUNTS)
    sheet.append(["Document", "Found by", "Kind", "Occurrences"])
    for (document, stage, kind), times in sorted(counted.items()):
        sheet.append([document, stage, kind, times])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCD", (24, 18, 34, 12), strict=True):
        sheet.column_dimensions[column].width = width


def decisions(run: CaseRun) -> Decisions:
    """The officer's decisions in the last anonymisation_report.xlsx (read once a run).
    A line whose Decision cannot be read is counted and said in a warning."""
    if run.anonymisation_decisions is None:
        run.anonymisation_decisions = _read_back(run)
    return run.anonymisation_decisions


def _read_back(run: CaseRun) -> Decisions:
    found = Decisions()
    edits = read_previous(run)
    for row in edits:
        ident = row.get("ID", "")
        decision = parse_decision(row.get("Decision", ""), row.get("Replacement text", ""))
        if not ident:
            continue
        found.rows[ident] = row
        if decision is None:
            found.unreadable += 1
            continue
        stage = GATE if row.get("Found by") == "publication gate" else ANONYMISER
        found.add(ident, (row.get("Document", ""), stage, _part(row.get("Where", "")),
                          row.get("Original", "")), decision)
    if found.unreadable:
        run.findings.append(Finding(
            "decision_unreadable", Severity.WARNING,
            f"{NAME}: {found.unreadable} line(s) of the Decision column could not be read; "
            f"write one of: {', '.join(CHOICES)} (with the text in 'Replacement text' for "
            "the last).", file=NAME))
    return found


def read_previous(run: CaseRun) -> list[dict[str, str]]:
    """The lines of the last report in which a decision column is filled, each as
    {heading: text}."""
    from pipeline.readback import read_previous_output

    edits = read_previous_output(run, NAME, SHEET, KEY_COLUMNS, EDIT_COLUMNS)
    run.findings.extend(edits.problems)
    return [row.values for row in edits.rows]


def render(run: CaseRun, built: Built) -> Rendered:
    """The report of everything the anonymised documents replaced and the gate suspected,
    with the officer's decisions read back, when either document was made."""
    made = [built.rendered(name) for name in ANONYMISED]
    if not any(rendered.files or rendered.replacements for rendered in made):
        return Rendered()
    return Rendered({NAME: build([entry for rendered in made for entry in rendered.replacements],
                                 decisions(run))})
