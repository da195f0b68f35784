"""Stage 1: every file of the case folder becomes returns (rows with provenance) or reports.

One reader module per format behind `READERS`; a new format is one module and one line.
A file that cannot be read becomes a problem finding naming it and the fix; the rest of
the case goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from pipeline.case import CASE_FILE, PANEL_FOLDER, Case
from pipeline.dates import read_date
from pipeline.errors import IngestError, NotAReturn
from pipeline.ingest import csvfile, docx, xlsx
from pipeline.model import AgencyReport, DateReading, Finding, Ingested, Return, Severity
from pipeline.ooxml.package import Package, open_return
from pipeline.progress import tqdm

log = logging.getLogger(__name__)

Reader = Callable[[Package, "Source", Case], list[Return | AgencyReport]]
READERS: dict[str, Reader] = {
    "docx": docx.read,
    "xlsx": xlsx.read,
    "csv": csvfile.read,
}

# Files a person leaves in a folder that are not returns: skipped without a finding.
IGNORED_NAMES = {CASE_FILE, ".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep"}


class Source:
    """The file being read: where it is, how a person names it, and its hash."""

    def __init__(self, path: Path, case_root: Path):
        self.path = path
        self.file = path.relative_to(case_root).as_posix()
        self.sha256 = hashlib.sha256(path.read_bytes()).hexdigest()


def discover(case: Case) -> list[Path]:
    """Every file below the case folder that may be a return, in a stable order."""
    found = []
    for path in sorted(case.root.rglob("*")):
        relative = path.relative_to(case.root)
        if any(part.startswith(".") for part in relative.parts) or path.name in IGNORED_NAMES:
            continue
        if relative.parts[0] == PANEL_FOLDER:   # annotated copies, read back (readback.py)
            continue
        if path.name.startswith("~$"):          # Word's lock file of an open document
            continue
        if path.is_file() or path.is_symlink():
            found.append(path)
    return found


def ingest(case: Case, today: dt.date | None = None) -> Ingested:
    """Every file of the case folder read: its returns, its reports, and a problem
    finding for each file that could not be read. `today` reads a two-digit year in
    Date completed (default: today)."""
    today = today or dt.date.today()
    read = Ingested()
    for path in tqdm(discover(case), desc="Reading returns", unit="file", leave=False,
                     disable=None):
        relative = path.relative_to(case.root).as_posix()
        try:
            items = read_file(path, case, today)
        except NotAReturn as exc:
            read.problems.append(Finding("not_a_return", Severity.WARNING,
                                        f"{relative} {exc}", file=relative))
            log.info("%s: not a return", relative)
            continue
        except IngestError as exc:
            read.problems.append(_problem(relative, str(exc)))
            log.info("%s: could not be read", relative)   # the summary names it and why
            continue
        except Exception as exc:  # a hostile file must not stop the case
            # The exception's name is for a developer's log, not the administrator.
            log.debug("%s: unexpected %s while reading", relative, type(exc).__name__)
            read.problems.append(_problem(
                relative, "could not be read: its contents are not laid out as Word or "
                "Excel lay them out; open it in Word or Excel, save it again as .docx or "
                ".xlsx, and put it back."))
            continue
        for item in items:
            if isinstance(item, Return):
                read.returns.append(item)
            else:
                read.reports.append(item)
    return read


def read_file(path: Path, case: Case, today: dt.date | None = None
              ) -> list[Return | AgencyReport]:
    """The returns or report one file holds; raises IngestError. A return's header block
    is read here, once, for every later stage: its Date completed as a date reading."""
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(case.root.resolve()):
            raise IngestError("is a link to a file outside the case folder; it was not "
                              "followed. Copy the return itself into the case folder.")
    if not path.is_file():
        raise IngestError("is not a regular file; put the return itself in the case folder.")
    package = open_return(path, case.password)
    source = Source(path, case.root)
    items = READERS[package.kind](package, source, case)
    for item in (item for item in items if isinstance(item, Return)):
        item.completed = completed_reading(item.date_completed, today or dt.date.today())
        if package.macros:
            item.file_flags.append("macros")
        if package.was_encrypted:
            item.file_flags.append("protected")
    return items


def completed_reading(written: str, today: dt.date) -> DateReading | None:
    """A header block's Date completed as a date reading; None when it is blank."""
    return read_date(written, today=today) if written.strip() else None


def _problem(file: str, message: str) -> Finding:
    return Finding("unreadable_file", Severity.ERROR, f"{file} {message}", file=file)
