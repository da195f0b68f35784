"""Filling the shipped Word templates (docxtpl) with a case's details, for one agency.

The wording lives in pipeline/lifecycle/templates/*.docx, which the board can edit in
Word; this module only supplies the values. Values are escaped, so an agency called
"A & E" cannot break the document.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from docxtpl import DocxTemplate

import pipeline.ooxml  # noqa: F401  (puts back the "cp" prefix docxtpl's docxcompose rebinds)
from pipeline.case import Agency, Case
from pipeline.lifecycle.clock import review_deadline

TEMPLATES = Path(__file__).resolve().parent / "templates"
FOLDER = "to_agencies"
DMY = "%d-%m-%Y"

# What start writes for each agency: output name -> template.
DOCUMENTS = {
    "notification_letter.docx": "notification_letter.docx",
    "chronology_template.docx": "chronology_template.docx",
    "agency_report_template.docx": "agency_report_template.docx",
    "action_plan_template.docx": "action_plan_template.docx",
}
ENCLOSURES = ("the chronology template (Appendix 4), the agency report template "
              "(Appendix 5) and the action plan template (Appendix 6)")


def agency_folder(name: str) -> str:
    """to_agencies/<agency>, the name kept to characters every file system accepts."""
    kept = re.sub(r"[^A-Za-z0-9 ._-]+", "", name.replace("/", " "))
    safe = re.sub(r"\s+", " ", kept).strip(" .") or "agency"
    return f"{FOLDER}/{safe}"


def letter_date(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


def context(case: Case, agency: Agency, today: dt.date,
            terms: list[str] | None = None) -> dict[str, object]:
    """The values the templates' tags name."""
    deadline = review_deadline(case.review, case.decision, case.notification)
    return {
        "board": case.board,
        "reference": case.reference,
        "review": case.review,
        "subject": case.subject,
        "agency": agency.name,
        "period": f"{case.period_from.strftime(DMY)} to {case.period_to.strftime(DMY)}",
        "letter_date": letter_date(today),
        "chronology_due": agency.chronology_due.strftime(DMY) if agency.chronology_due
        else "the date we will confirm to you",
        "report_due": agency.report_due.strftime(DMY) if agency.report_due else "",
        "review_deadline": (f"The review itself is due by {deadline.day.strftime(DMY)} "
                            f"({deadline.rule}, as Working Together sets it)."
                            if deadline.day else ""),
        "terms": list(terms or []),
        "enclosures": ENCLOSURES,
        "overdue": [],
    }


def render(template: str, values: dict[str, object], author: str) -> bytes:
    """The template filled in with `values`, as .docx bytes (not yet protected)."""
    document = DocxTemplate(TEMPLATES / template)
    document.render(values, autoescape=True)
    properties = document.docx.core_properties
    properties.author = properties.last_modified_by = author
    properties.title = f"{values['reference']} - {values['agency']}"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
