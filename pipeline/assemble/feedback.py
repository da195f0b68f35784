"""feedback/<agency>.docx: a short letter to each agency whose return breaks the template.

One document a return with findings, ready to send: the case reference, the return file,
the date, what the template asks, then the findings about the return as a whole and a
table of the rows to correct (row, as written, what to correct). A superseded return
gets no letter: the agency has already sent a later one.
"""

from __future__ import annotations

import io
import re
from pathlib import PurePosixPath
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Length, Pt

from pipeline.assemble._docprops import set_properties
from pipeline.assemble._render import Built, Rendered
from pipeline.assemble.validation_report import clean, plural, unique_findings
from pipeline.model import CaseRun, Finding, Return, Severity

FOLDER = "feedback"
NAME = FOLDER                # the output: one letter a return with findings

# The table of row findings: heading and width of each column.
COLUMNS = (("Row", Cm(1.8)), ("As written", Cm(3.6)), ("What to correct", Cm(9.8)),
           ("Must or check", Cm(1.8)))

# Appendix 4's instructions, as the letter repeats them.
TEMPLATE_ASKS = (
    "Exact dates, day-month-year (for example 13-04-2015); if a date is not known, write "
    "'not known'. Do not give periods of time instead of dates.",
    "Times in 24-hour form (for example 14:30).",
    "In each row, the contact with the child, with parents/carers and family members, or "
    "between agencies, in the template's three columns.",
    "The information source of each entry.",
    "The initials of the staff involved, with a separate ID list giving each person's role.",
    "The header block filled in: Agency, Date completed, Name of person completing.",
)


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


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _where(finding: Finding, several_tables: bool) -> str:
    if not (several_tables and finding.table):
        return str(finding.row)
    if finding.table.isdigit():
        return f"Table {finding.table}, row {finding.row}"
    return f"{finding.table}, row {finding.row}"


def _cell_xml(text: str, width: Length) -> str:
    paragraphs = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in (clean(text).split("\n") or [""]))
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width.twips}" w:type="dxa"/></w:tcPr>'
            f"{paragraphs}</w:tc>")


def _findings_table(document, rows: list[Finding]) -> None:
    """The table of row findings. Body rows are written as XML in one pass: python-docx's
    add_row costs about half a millisecond a row, too slow for a return with thousands."""
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    table.autofit = False
    header = table.rows[0]
    for index, (title, width) in enumerate(COLUMNS):
        table.columns[index].width = width
        cell = header.cells[index]
        cell.width = width
        cell.paragraphs[0].add_run(title).bold = True
    _repeat_header(header)
    several_tables = len({f.table for f in rows}) > 1
    body = "".join(
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        + _cell_xml(_where(finding, several_tables), COLUMNS[0][1])
        + _cell_xml(finding.text, COLUMNS[1][1])
        + _cell_xml(finding.message, COLUMNS[2][1])
        + _cell_xml("Must" if finding.severity is Severity.ERROR else "Check", COLUMNS[3][1])
        + "</w:tr>"
        for finding in rows)
    for row in parse_xml(f"<w:tbl {nsdecls('w')}>{body}</w:tbl>"):
        table._tbl.append(row)


def build(run: CaseRun, ret: Return, findings: list[Finding]) -> bytes:
    """The feedback letter for one return, as .docx bytes."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)   # A4, not Letter
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    section.header.paragraphs[0].text = f"RESTRICTED - {run.case.reference}"
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    set_properties(
        document, run, title=f"Chronology feedback: {ret.agency} - {run.case.reference}",
        subject=f"{run.case.review} {run.case.reference}: chronology return",
        category="Chronology feedback")

    case = run.case
    document.add_paragraph(run.case.board)
    document.add_heading("Chronology return: corrections requested", level=1)
    details = (("Case reference", f"{case.reference} ({case.review})"),
               ("Agency", ret.agency), ("Return file", ret.file),
               ("Date completed", ret.date_completed or "not given"),
               ("Date of this letter", f"{run.today:%d-%m-%Y}"))
    for label, value in details:
        line = document.add_paragraph()
        line.add_run(f"{label}: ").bold = True
        line.add_run(clean(value))
        line.paragraph_format.space_after = Pt(0)

    rows = [f for f in findings if f.row is not None]
    whole = [f for f in findings if f.row is None]
    errors = sum(f.severity is Severity.ERROR for f in findings)
    document.add_paragraph()
    document.add_paragraph(f"Dear {clean(ret.completed_by) or 'colleague'},")
    document.add_paragraph(
        "Thank you for your agency's chronology for this review. We have checked it against "
        "the chronology template (Appendix 4) so that the merged chronology the panel reads "
        f"is complete and accurate. We found {plural(errors, 'point')} that must be "
        f"corrected and {len(findings) - errors} to check, listed below. Please correct "
        "the return and send it back to us, password-protected as before.")

    document.add_heading("What the template asks", level=2)
    bullet = document.styles["List Bullet"].style_id
    for instruction in TEMPLATE_ASKS:
        _add_bullet(document, instruction, bullet)

    if whole:
        document.add_heading("The return as a whole", level=2)
        for finding in whole:
            _add_bullet(document, clean(finding.message), bullet)

    if rows:
        document.add_heading("Rows to correct", level=2)
        _findings_table(document, rows)

    document.add_paragraph()
    document.add_paragraph("If anything here is unclear, please contact us.")
    document.add_paragraph("Yours sincerely,")
    document.add_paragraph(run.case.board)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _add_bullet(document: DocxDocument, text: str, style_id: str) -> None:
    """A bulleted paragraph. The style id is set on the XML: python-docx's `style=`
    scans every style of the document on each call (a third of a letter's time)."""
    document.add_paragraph(text)._p.style = style_id


def render(run: CaseRun, built: Built) -> Rendered:
    """One feedback letter a current return with findings."""
    found = letters(run)
    per_agency: dict[str, int] = {}
    for ret, _ in found:
        per_agency[ret.agency] = per_agency.get(ret.agency, 0) + 1
    return Rendered({file_name(ret.agency or "agency", ret, per_agency[ret.agency] > 1):
                     build(run, ret, findings) for ret, findings in found})
