"""executive_summary.docx per toolkit 3.4: brief; the case in outline, the review process
and who took part, the key issues, and every recommendation. Anonymised, exact dates
generalised to month and year (unless case.toml says otherwise), and leak-checked."""

from __future__ import annotations

from pipeline.assemble._published import published
from pipeline.assemble._render import Built, Rendered
from pipeline.assemble._reportdoc import (
    add_paragraphs,
    add_placeholder,
    new_document,
    reports_of,
    section_text,
    title_page,
    to_bytes,
)
from pipeline.model import CaseRun

NAME = "executive_summary.docx"
KEY_ISSUES_PER_AGENCY = 2      # brief: the first paragraphs of each agency's learning


def generalise_dates(run: CaseRun) -> bool:
    """Whether exact dates become month and year: case.toml `summary_dates = "exact"`
    turns it off (the lead's case.py parses the key); month and year by default."""
    return run.case.summary_dates != "exact"


def build(run: CaseRun) -> bytes:
    """The summary's bytes before anonymisation."""
    case = run.case
    title = f"{case.review}: executive summary"
    document = new_document(run, title)
    title_page(document, ((case.board, 14), (case.review, 22),
                          (f"Concerning {case.subject}", 16), ("Executive summary", 18)))
    section = document.sections[0]
    section.footer.paragraphs[0].text = f"{case.board} - {case.review} - executive summary"
    reports = reports_of(run)

    document.add_heading("1. The case in outline", level=1)
    period = f"{case.period_from.strftime('%B %Y')} to {case.period_to.strftime('%B %Y')}"
    document.add_paragraph(
        f"This {case.review} looked at how agencies worked with {case.subject} and the "
        f"family from {period}.")
    add_placeholder(document, "the events that led to the review, in a few sentences")

    document.add_heading("2. The review process and who took part", level=1)
    contributed = {r.agency for r in reports} | {r.agency for r in run.returns}
    # An agency whose name locates the family is named by its kind ('the primary school').
    taking_part = [a.published for a in case.agencies if a.name in contributed] or [
        a.published for a in case.agencies]
    document.add_paragraph(
        f"{case.board} commissioned the review. Each agency gave a chronology of its "
        "contact with the family and an agency report analysing its involvement. These "
        "agencies took part:")
    for agency in taking_part:
        document.add_paragraph(agency, style="List Bullet")
    if case.panel:
        document.add_paragraph("The review panel:")
        for member in case.panel:
            where = f", {member.agency}" if member.agency else ""
            document.add_paragraph(f"{member.role}{where}", style="List Bullet")
        add_placeholder(document, "the independent author, and how the family were involved")
    else:
        add_placeholder(document, "the composition of the review panel and the independent "
                        "author, and how the family were involved")

    document.add_heading("3. Key issues", level=1)
    for agency, paragraphs in section_text(reports, "learning"):
        document.add_heading(_published(run, agency), level=2)
        add_paragraphs(document, paragraphs[:KEY_ISSUES_PER_AGENCY])
    add_placeholder(document, "the key multi-agency issues arising from the case")

    document.add_heading("4. Recommendations", level=1)
    add_placeholder(document, "the multi-agency recommendations")
    for report in reports:
        if report.actions:
            document.add_heading(_published(run, report.agency), level=2)
            for item in report.actions:
                document.add_paragraph(f"{item.number}. {item.recommendation}")
        elif report.sections.get("recommendations"):
            document.add_heading(_published(run, report.agency), level=2)
            add_paragraphs(document, report.sections["recommendations"])
    return to_bytes(document)


def _published(run: CaseRun, agency: str) -> str:
    """How the summary names an agency: by its kind when its name locates the family."""
    known = run.case.match_agency(agency)
    published = known.published if known else agency
    return published[:1].upper() + published[1:]


def render(run: CaseRun, built: Built) -> Rendered:
    """executive_summary.docx, anonymised and leak-checked (rendered when reports are in)."""
    return published(run, NAME, lambda: build(run), f"{run.case.review}: executive summary",
                     failed_code="summary_failed",
                     check="check the agency reports open in Word and run again.",
                     generalise_dates=generalise_dates(run), gate_mode="replace")
