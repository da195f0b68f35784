"""The document properties every Word output carries: the board as author, the run's date,
nothing left from python-docx's template ("python-docx", 2013)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

from docx.document import Document as DocxDocument
from docx.oxml.ns import nsmap

from pipeline.model import CaseRun

CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"


@contextlib.contextmanager
def core_namespace() -> Iterator[None]:
    """python-docx's "cp" prefix as the core properties' namespace while they are set.
    Importing docxcompose maps "cp" to its custom-properties namespace for all of
    python-docx, so every document written after the first overview in a process got
    revision and lastPrinted in the wrong namespace."""
    before = nsmap.get("cp")
    nsmap["cp"] = CORE
    try:
        yield
    finally:
        if before is not None:
            nsmap["cp"] = before


def set_properties(document: DocxDocument, run: CaseRun, *, title: str, subject: str = "",
                   category: str = "RESTRICTED") -> None:
    with core_namespace():
        _set_properties(document, run, title, subject, category)


def _set_properties(document: DocxDocument, run: CaseRun, title: str, subject: str,
                    category: str) -> None:
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
