"""The document properties every Word output carries: the board as author, the run's date,
nothing left from python-docx's template ("python-docx", 2013)."""

from __future__ import annotations

import datetime as dt

from docx.document import Document as DocxDocument

from pipeline.model import CaseRun


def set_properties(document: DocxDocument, run: CaseRun, *, title: str, subject: str = "",
                   category: str = "RESTRICTED") -> None:
    properties = document.core_properties
    when = dt.datetime.combine(run.today, dt.time())
    properties.title = title
    properties.subject = subject
    properties.author = properties.last_modified_by = run.case.board
    properties.keywords = properties.content_status = "RESTRICTED"
    properties.category = category
    properties.comments = ""
    properties.created = properties.modified = properties.last_printed = when
    properties.revision = 1
