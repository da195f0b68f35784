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
CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"


@contextlib.contextmanager
def docxcompose_prefixes() -> Iterator[None]:
    """python-docx's "cp" prefix as docxcompose needs it, for the length of the block.

    Importing docxcompose maps "cp" to the custom-properties namespace for all of
    python-docx, for good: every document written after the first overview in a process
    then had revision and lastPrinted in the wrong namespace, and read its lastModifiedBy
    as empty. docxcompose gets its mapping while it works; then the core one is back.
    """
    import docxcompose.utils  # noqa: F401  (its import remaps the prefix)

    nsmap["cp"] = CUSTOM
    try:
        yield
    finally:
        nsmap["cp"] = CORE


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
