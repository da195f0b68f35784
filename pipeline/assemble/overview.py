"""overview_draft.docx: the overview report's draft in the structure of toolkit 3.3,
assembled from the agency reports with docxcompose, anonymised and leak-checked. It
embeds the run's own timeline.png and merged_chronology.docx.

What only the independent author can write is a highlighted '[AUTHOR TO COMPLETE: ...]'.
"""

from __future__ import annotations

import datetime as dt
import io
import re

from docx.document import Document as DocxDocument
from docx.shared import Inches

from pipeline.assemble import chronology_docx, genogram, timeline
from pipeline.assemble._placed import place_sections, terms_for_overview
from pipeline.assemble._published import published
from pipeline.assemble._render import Built, Rendered
from pipeline.assemble._reportdoc import (
    Appender,
    add_paragraphs,
    add_placeholder,
    good_practice,
    keep_sections,
    new_document,
    page_break,
    reports_of,
    section_text,
    title_page,
)
from pipeline.assemble.validation_report import plural
from pipeline.lifecycle.clock import working_days_left
from pipeline.model import AgencyReport, CaseRun
from pipeline.received import Submitted, first_submissions

NAME = "overview_draft.docx"
DMY = "%d-%m-%Y"


def _table(document: DocxDocument, header: tuple[str, ...], rows: list[tuple[str, ...]]
           ) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for values in rows:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text


def _title_page(document: DocxDocument, run: CaseRun) -> None:
    case = run.case
    title_page(document, (
        ("RESTRICTED", 12), ("DRAFT", 20), (case.board, 14), (case.review, 24),
        ("Overview report", 18), (f"Concerning {case.subject}", 16),
        (f"Reference: {case.reference}", 12),
        (f"Draft assembled {run.today.strftime(DMY)}", 11)))
    section = document.sections[0]
    section.header.paragraphs[0].text = f"RESTRICTED - DRAFT - {case.reference}"
    section.footer.paragraphs[0].text = f"{case.board} - {case.review} - {case.subject}"
    page_break(document)


def _introduction(appender: Appender, run: CaseRun) -> None:
    """Section 1: the terms of reference as written (their tables and lists kept), under
    the overview's headings, with their panel list left to section 2."""
    document = appender.master
    document.add_heading("1. Introduction and terms of reference", level=1)
    add_placeholder(document, "introduction to the case, using the terms of reference")
    terms = reports_of(run, "terms_of_reference")
    if not terms:
        document.add_heading("Terms of reference", level=2)
        add_placeholder(document, "terms of reference (none was found in the case folder)")
        return
    data = terms_for_overview(terms[-1].content, PANEL_POINTER, level=3)
    if not appender.append("Terms of reference", data, level=2, new_page=False):
        add_paragraphs(document, terms_without_panel(terms[-1]))


def _on_time(when: Submitted | None, due: dt.date | None) -> str:
    """'completed 12-02-2016, on time' / 'received ..., 3 working days late' / 'not
    received'."""
    if when is None:
        return "not received"
    text = str(when)
    if due is None:
        return f"{text}, no due date"
    late = -working_days_left(when.day, due)
    if late <= 0:
        return f"{text}, on time"
    return f"{text}, {plural(late, 'working day')} late"


def _review_process(document: DocxDocument, run: CaseRun) -> None:
    case = run.case
    document.add_heading("2. The review process", level=1)
    document.add_paragraph(
        f"This {case.review} covers the period {case.period_from.strftime(DMY)} to "
        f"{case.period_to.strftime(DMY)}. The agencies below were asked for a chronology "
        "and an agency report.")
    received = first_submissions(run)
    asked = {r.agency for r in reports_of(run)}
    rows = []
    for agency in case.agencies:
        chronology_day, report_day = received.get(agency.name, (None, None))
        rows.append((agency.name,
                     agency.chronology_due.strftime(DMY) if agency.chronology_due else "",
                     _on_time(chronology_day, agency.chronology_due),
                     agency.report_due.strftime(DMY) if agency.report_due else "",
                     _on_time(report_day, agency.report_due)
                     if (agency.name in asked or agency.report_due) else "not asked"))
    _table(document, ("Agency", "Chronology due", "Chronology", "Report due", "Agency report"),
           rows)
    document.add_paragraph("Timeliness is judged by each agency's first chronology and "
                           "report: the date completed (or of submission) the agency wrote "
                           "on it, else the day it was received (as the office recorded "
                           "it, else the first day the case folder held the file), "
                           "counted in working days (England's bank holidays excluded).")
    _panel(document, run)
    add_placeholder(document, "how the family were involved in the review, and any "
                    "parallel processes (criminal, coroner, disciplinary) and their learning")


# Where the terms of reference's panel list was: the draft shows one list, in section 2.
PANEL_POINTER = "The review panel is listed in section 2, The review process."


def terms_without_panel(terms: AgencyReport) -> list[str]:
    """The terms of reference's paragraphs with the panel list (and its heading) replaced
    by a pointer to section 2, so the draft shows one panel list."""
    paragraphs = list(terms.sections.get("terms_of_reference", []))
    panel = terms.sections.get("panel", [])
    if not panel:
        return paragraphs
    for start in range(len(paragraphs) - len(panel) + 1):
        if paragraphs[start:start + len(panel)] == panel:
            heading = start > 0 and re.search(r"panel|membership|reference\s+group",
                                               paragraphs[start - 1], re.IGNORECASE)
            first = start - 1 if heading else start
            return paragraphs[:first] + [PANEL_POINTER] + paragraphs[start + len(panel):]
    listed = set(panel)
    return [p for p in paragraphs if p not in listed] + [PANEL_POINTER]


def _panel(document: DocxDocument, run: CaseRun) -> None:
    """The one panel list: case.toml's, else the terms of reference's; it says which."""
    document.add_heading("The review panel", level=2)
    terms = reports_of(run, "terms_of_reference")
    from_terms = terms[-1].sections.get("panel", []) if terms else []
    if run.case.panel:
        also = (" The terms of reference also list a panel; check that this list is the "
                "current one." if from_terms else "")
        document.add_paragraph("The panel as the board's office recorded it in this "
                               f"review's settings.{also}")
        _table(document, ("Role", "Agency"),
               [(member.role, member.agency) for member in run.case.panel])
    elif from_terms:
        document.add_paragraph("The panel as the terms of reference give it (the review's "
                               "settings list no panel):")
        add_paragraphs(document, from_terms)
    else:
        add_placeholder(document, "the composition of the review panel")


def _family(document: DocxDocument, run: CaseRun, genogram: bytes | None) -> None:
    """The family by pseudonym, with the genogram with pseudonyms only (`genogram`, where
    case.toml gives relations)."""
    document.add_heading("3. The family", level=1)
    if run.case.people:
        _table(document, ("Name in this report", "Relationship to the child"),
               [(p.pseudonym, p.role) for p in run.case.people])
        if genogram:
            document.add_picture(io.BytesIO(genogram), width=Inches(5.5))
    add_placeholder(document, "the family's ethnicity, religion, culture and language, "
                    "and how agencies considered them")


def _chronology_summary(document: DocxDocument, run: CaseRun, picture: bytes | None) -> None:
    from pipeline.assemble import key_episodes

    document.add_heading("4. Summary of the merged chronology", level=1)
    agencies = sorted({row.agency for row in run.merged},
                      key=lambda a: (run.case.agency_order(a), a))
    document.add_paragraph(
        f"The merged chronology holds {plural(len(run.merged), 'entry', 'entries')} from "
        f"{plural(len(agencies), 'agency', 'agencies')} between "
        f"{run.case.period_from.strftime(DMY)} and {run.case.period_to.strftime(DMY)}.")
    if run.gaps:
        document.add_paragraph(f"Periods of more than {plural(run.case.gap_days, 'day')} in "
                               "which an agency recorded no contact:")
        _table(document, ("Agency", "From", "To", "Days"),
               [(g.agency, g.start.strftime(DMY), g.end.strftime(DMY), str(g.days))
                for g in run.gaps])
    key_episodes.add_to_overview(document, run, _table)
    if picture:
        document.add_picture(io.BytesIO(picture), width=Inches(6.3))
    else:
        add_placeholder(document, "the timeline picture (timeline.png was not available)")


# The overview's own headings for the agency report sections it places in section 5.
PLACED_TITLES = {"involvement": "Involvement with the child and family",
                 "analysis": "Analysis of involvement"}


def _agency_sections(appender: Appender, run: CaseRun) -> None:
    reports = reports_of(run)
    page_break(appender.master)
    appender.master.add_heading("5. Agency involvement and analysis", level=1)
    if not reports:
        add_placeholder(appender.master, "no agency reports were found in the case folder")
    for number, report in enumerate(reports, start=1):
        data = keep_sections(report.content, tuple(PLACED_TITLES))
        appender.append(f"5.{number} {report.agency}",
                        place_sections(data, PLACED_TITLES, level=3),
                        level=2, new_page=number > 1)
        add_placeholder(appender.master, f"the author's analysis of {report.agency}'s "
                        "involvement, with hindsight")


def _learning(document: DocxDocument, run: CaseRun) -> None:
    reports = reports_of(run)
    page_break(document)
    document.add_heading("6. Lessons learnt", level=1)
    add_placeholder(document, "the key themes across agencies, locally and nationally")
    for agency, paragraphs in section_text(reports, "learning"):
        document.add_heading(agency, level=2)
        add_paragraphs(document, paragraphs)
    document.add_heading("7. Good practice", level=1)
    found = good_practice(reports)
    for agency, paragraphs in found:
        document.add_heading(agency, level=2)
        add_paragraphs(document, paragraphs)
    if not found:
        add_placeholder(document, "good practice found by the review")
    document.add_heading("8. Recommendations", level=1)
    add_placeholder(document, "multi-agency recommendations, and how their implementation "
                    "will be monitored and evidenced")
    rows = [(r.agency, item.number, item.recommendation) for r in reports for item in r.actions]
    if rows:
        _table(document, ("Agency", "No.", "Recommendation"), rows)
    for agency, paragraphs in section_text(
            [r for r in reports if not r.actions], "recommendations"):
        document.add_heading(f"{agency} (no action plan returned)", level=2)
        add_paragraphs(document, paragraphs)


def build(run: CaseRun, picture: bytes | None, chronology: bytes | None,
          genogram: bytes | None = None) -> bytes:
    """The draft's bytes before anonymisation; `picture` is timeline.png and `chronology`
    merged_chronology.docx (a placeholder for either that is missing), `genogram` the
    genogram with pseudonyms only (none without relations)."""
    document = new_document(run, f"{run.case.review}: overview report (draft)")
    _title_page(document, run)
    appender = Appender(document)
    _introduction(appender, run)
    _review_process(document, run)
    _family(document, run, genogram)
    _chronology_summary(document, run, picture)
    _agency_sections(appender, run)
    _learning(document, run)
    if chronology:
        appender.append("Appendix: the merged chronology", chronology, landscape=True,
                        own_styles=True)
    else:
        page_break(document)
        document.add_heading("Appendix: the merged chronology", level=1)
        add_placeholder(document, "the merged chronology (merged_chronology.docx was not "
                        "available)")
    return appender.to_bytes()


def render(run: CaseRun, built: Built) -> Rendered:
    """overview_draft.docx, anonymised and leak-checked (rendered when reports are in)."""
    picture, chronology = built.file(timeline.NAME), built.file(chronology_docx.NAME)
    family = built.drawing(genogram.PSEUDONYMS, lambda: genogram.build(run, pseudonyms=True)) \
        if genogram.has_relations(run) else None
    return published(run, NAME, lambda: build(run, picture, chronology, family),
                     f"{run.case.review}: overview report (draft)",
                     failed_code="overview_failed",
                     check="check that each agency report opens in Word, save it again as "
                           ".docx, and run again.")
