"""feedback/<agency>.docx: a short letter to each agency whose return breaks the template.

One document a return with findings, ready to send: the case reference, the return file,
the date, then each kind of problem once, errors first: one sentence naming it with the
rows it affects listed compactly ("rows 3, 5 and 9 to 40") and one example as written,
then what the template asks about those points. The validation report keeps the
row-by-row detail. A superseded return gets no letter: the agency has already sent a
later one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from pipeline.assemble._docprops import set_properties
from pipeline.assemble._render import Built, Rendered
from pipeline.assemble.validation_report import clean, plural, unique_findings
from pipeline.findings import kind_of
from pipeline.model import CaseRun, Finding, Return, Severity
from pipeline.ooxml.wordwrite import add_heading, blank_document, docx_bytes

FOLDER = "feedback"
NAME = FOLDER                # the output: one letter a return with findings

# What each kind of problem is called in a letter; a code without a title here (a
# board's own rule) is named by its meaning in the catalogue.
TITLES = {
    "missing_date": "Date missing", "unreadable": "Date that cannot be read",
    "month_first": "Date written month first", "impossible_date": "Date that does not exist",
    "relative_date": "Relative date", "no_year": "Date without a year",
    "several_dates": "More than one date in a row", "time_unreadable": "Time that is not real",
    "time_conflict": "Two different times", "weekday_mismatch": "Weekday not on that date",
    "time_ambiguous": "Time without am/pm", "future_date": "Date after today",
    "period": "Period instead of a date", "date_carried": "Date cell empty",
    "time_12h": "Time with am/pm", "two_digit_year": "Two-digit year",
    "outside_period": "Outside the review period", "before_birth": "Before the child's birth",
    "approximate": "Approximate date", "not_exact_date": "Not an exact date",
    "time_not_24h": "Time not in 24-hour form", "contact_missing": "No contact described",
    "source_missing": "No information source", "staff_missing": "No staff initials",
    "staff_not_in_id_list": "Initials not in the staff ID list",
    "exact_duplicate": "Repeated row", "near_duplicate": "Nearly the same entry",
    "return_empty": "No entries", "header_agency_missing": "Agency not filled in",
    "header_date_missing": "Date completed not filled in",
    "header_date_unreadable": "Date completed not a date",
    "header_person_missing": "Name of person completing not filled in",
    "staff_id_list_missing": "No staff ID list", "agency_unmatched": "Agency not recognised",
    "return_late": "Completed after the due date", "tracked_changes": "Tracked changes",
    "macros": "Macros", "hidden_sheet": "Hidden sheet",
    "single_contact_column": "One contact column", "redacted": "Date partly hidden",
    "date_with_text": "Words in the date cell", "long_cell": "Very long cell",
    "two_returns": "Two returns",
}

# Appendix 4's instructions, each with the codes it answers: a letter repeats only those
# its findings touch.
_DATE_CODES = frozenset({
    "missing_date", "unreadable", "month_first", "impossible_date", "relative_date",
    "no_year", "several_dates", "weekday_mismatch", "future_date", "period", "date_carried",
    "two_digit_year", "approximate", "not_exact_date", "redacted", "date_with_text"})
TEMPLATE_ASKS = (
    ("Exact dates, day-month-year (for example 13-04-2015), in every row; if a date is not "
     "known, write 'not known'. Do not give periods of time instead of dates.", _DATE_CODES),
    ("Times in 24-hour form (for example 14:30).",
     frozenset({"time_unreadable", "time_conflict", "time_ambiguous", "time_12h",
                "time_not_24h"})),
    ("In each row, the contact with the child, with parents/carers and family members, or "
     "between agencies, in the template's three columns.",
     frozenset({"contact_missing", "single_contact_column"})),
    ("The information source of each entry.", frozenset({"source_missing"})),
    ("The initials of the staff involved, with a separate ID list giving each person's role.",
     frozenset({"staff_missing", "staff_not_in_id_list", "staff_id_list_missing"})),
    ("The header block filled in: Agency, Date completed, Name of person completing.",
     frozenset({"header_agency_missing", "header_date_missing", "header_date_unreadable",
                "header_person_missing"})),
)


@dataclass(frozen=True)
class Point:
    """One kind of problem in a return: its findings, the first one the example."""

    code: str
    severity: Severity
    findings: tuple[Finding, ...]

    @property
    def rows(self) -> list[Finding]:
        return [f for f in self.findings if f.row is not None]


def file_name(agency: str, ret: Return, shared: bool) -> str:
    """feedback/<agency>.docx; with the return's file name too when the agency has more
    than one letter."""
    stem = agency if not shared else f"{agency} - {PurePosixPath(ret.file).stem}"
    safe = re.sub(r"[^A-Za-z0-9 ._-]+", "", stem.replace("/", " ")).strip(" .") or "agency"
    return f"{FOLDER}/{safe}.docx"


def letters(run: CaseRun) -> list[tuple[Return, list[Finding]]]:
    """(return, its findings) for every current return with at least one finding."""
    superseded = {id(ret) for ret in run.superseded}
    findings = unique_findings(run.findings)
    found = []
    for ret in run.returns:
        if id(ret) in superseded:
            continue
        own = [f for f in findings if f.file == ret.file]
        if own:
            found.append((ret, own))
    return found


def build(run: CaseRun, ret: Return, findings: list[Finding]) -> bytes:
    """The feedback letter for one return, as .docx bytes."""
    document = blank_document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)   # A4, not Letter
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    section.header.paragraphs[0].text = f"RESTRICTED - {run.case.reference}"
    normal = document.styles["Normal"].font
    normal.name, normal.size = "Arial", Pt(11)
    set_properties(
        document, run, title=f"Chronology feedback: {ret.agency} - {run.case.reference}",
        subject=f"{run.case.review} {run.case.reference}: chronology return",
        category="Chronology feedback")

    case = run.case
    document.add_paragraph(run.case.board)
    add_heading(document, "Chronology return: corrections requested", 1)
    details = (("Case reference", f"{case.reference} ({case.review})"),
               ("Agency", ret.agency), ("Return file", ret.file),
               ("Date completed", ret.date_completed or "not given"),
               ("Date of this letter", f"{run.today:%d-%m-%Y}"))
    for label, value in details:
        line = document.add_paragraph()
        line.add_run(f"{label}: ").bold = True
        line.add_run(clean(value))
        line.paragraph_format.space_after = Pt(0)

    found = points(findings)
    errors = [point for point in found if point.severity is Severity.ERROR]
    document.add_paragraph()
    document.add_paragraph(f"Dear {clean(ret.completed_by) or 'colleague'},")
    document.add_paragraph(
        "Thank you for your agency's chronology for this review. We have checked it against "
        "the chronology template (Appendix 4) so that the merged chronology the panel reads "
        f"is complete and accurate. {_counts(len(errors), len(found) - len(errors))} Each "
        "is listed once, with the rows it affects and one example as you wrote it. Please "
        "correct the return and send it back to us, password-protected as before.")
    bullet = document.styles["List Bullet"].style_id
    for heading, severity in (("To correct", Severity.ERROR), ("To check", Severity.WARNING)):
        chosen = [point for point in found if point.severity is severity]
        if chosen:
            add_heading(document, heading, 2)
        for point in chosen:
            _add_bullet(document, bullet, *sentence(point, ret))
    asks = template_asks(found)
    if asks:
        add_heading(document, "What the template asks", 2)
        for instruction in asks:
            _add_bullet(document, bullet, "", instruction)
    document.add_paragraph()
    document.add_paragraph("If anything here is unclear, or you would like the list of every "
                           "row concerned, please contact us.")
    document.add_paragraph("Yours sincerely,")
    document.add_paragraph(run.case.board)
    return docx_bytes(document)


def points(findings: list[Finding]) -> list[Point]:
    """The findings as one point a code: errors first, then warnings; in each, points
    about the return as a whole first, then in the order of their first row."""
    by_code: dict[str, list[Finding]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding)
    made = []
    for code, found in by_code.items():
        ordered = tuple(sorted(found, key=_position))
        error = any(f.severity is Severity.ERROR for f in ordered)
        made.append(Point(code, Severity.ERROR if error else Severity.WARNING, ordered))
    return sorted(made, key=lambda p: (p.severity is not Severity.ERROR,
                                       _position(p.findings[0])))


def title(code: str) -> str:
    """What a kind of problem is called in a letter."""
    if code in TITLES:
        return TITLES[code]
    meaning = kind_of(code).explanation
    name = re.split(r";\s|\.\s|\s\(|:\s", meaning, maxsplit=1)[0].strip().rstrip(".")
    if len(name) > 60:
        name = name[:57].rsplit(" ", 1)[0] + "..."
    return name or code.replace("_", " ").capitalize()


def sentence(point: Point, ret: Return) -> tuple[str, str]:
    """The point as (its name, in bold; the rest): the rows it affects and one example
    as written; for the return as a whole, what to do."""
    rows = point.rows
    name = title(point.code)
    if not rows:
        return f"{name}. ", " ".join(_without_file(clean(f.message), ret.file)
                                     for f in point.findings)
    example = clean(rows[0].message)
    if len(rows) == 1:
        return f"{name}. ", example
    listed = rows_text(rows)
    count = f" ({len(rows)} rows)" if " to " in listed else ""
    return name, f", {listed}{count}. For example, {_lower_first(example)}"


def rows_text(rows: list[Finding]) -> str:
    """The rows compactly: 'rows 3, 5 and 9 to 40'; with the table or sheet when the
    return has several ('table 1, rows 2 and 3; table 2, row 7')."""
    by_table: dict[str, list[int]] = {}
    for finding in rows:
        by_table.setdefault(finding.table, []).append(finding.row)
    parts = []
    for table, numbers in by_table.items():
        words = ("row " if len(set(numbers)) == 1 else "rows ") + compact(numbers)
        if len(by_table) > 1 and table:
            words = (f"table {table}" if table.isdigit() else f"sheet '{table}'") + ", " + words
        parts.append(words)
    return "; ".join(parts)


def compact(numbers: list[int]) -> str:
    """Numbers in order, once each, runs of three or more as 'a to b': '3, 5 and 9 to 40'."""
    ordered = sorted(set(numbers))
    parts, start = [], 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        if end - start >= 2:
            parts.append(f"{ordered[start]} to {ordered[end]}")
            start = end + 1
        else:
            parts.append(str(ordered[start]))
            start += 1
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def template_asks(found: list[Point]) -> list[str]:
    """Appendix 4's instructions that the letter's points concern."""
    codes = {point.code for point in found}
    return [instruction for instruction, about in TEMPLATE_ASKS if about & codes]


def _counts(errors: int, warnings: int) -> str:
    if not errors:
        return f"Nothing must be corrected; we found {plural(warnings, 'point')} to check."
    checks = f" and {warnings} to check" if warnings else ""
    return f"We found {plural(errors, 'point')} that must be corrected{checks}."


def _position(finding: Finding) -> tuple[object, ...]:
    table = finding.table
    return (finding.row is not None, (int(table), "") if table.isdigit() else (0, table),
            finding.row or 0)


def _without_file(message: str, file: str) -> str:
    """A return finding's sentence without the file name the letter already gives."""
    if file and message.startswith(f"{file}: "):
        message = message[len(file) + 2:]
    return message[:1].upper() + message[1:]


def _lower_first(text: str) -> str:
    """'Row 4: ...' as it reads after 'For example, '."""
    return text[:1].lower() + text[1:] if re.match(r"(Row|Table|Sheet) ", text) else text


def _add_bullet(document: DocxDocument, style_id: str, lead: str, text: str) -> None:
    """A bulleted paragraph with an optional bold lead. The style id is set on the XML:
    python-docx's `style=` scans every style of the document on each call."""
    paragraph = document.add_paragraph()
    paragraph._p.style = style_id
    if lead:
        paragraph.add_run(lead).bold = True
    paragraph.add_run(text)


def render(run: CaseRun, built: Built) -> Rendered:
    """One feedback letter a current return with findings."""
    found = letters(run)
    per_agency: dict[str, int] = {}
    for ret, _ in found:
        per_agency[ret.agency] = per_agency.get(ret.agency, 0) + 1
    return Rendered({file_name(ret.agency or "agency", ret, per_agency[ret.agency] > 1):
                     build(run, ret, findings) for ret, findings in found})
