"""The shapes that cross stages: a return's rows with provenance, date readings, findings.

Each stage returns what it made (`Ingested`, readings on the rows, findings, `Merged`);
pipeline/run.py puts them together into the `CaseRun` the outputs are assembled from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.case import Case

# The chronology's content columns (Appendix 4), in template order. Ingest maps each
# return's own headings onto these names; every later stage uses only these.
CONTENT_COLUMNS = ("child", "family", "communication", "source", "staff", "comment")

# The CSV's canonical columns, in SPEC.md's order.
CSV_COLUMNS = (
    "date", "time", "agency", "child", "family", "communication", "source", "staff",
    "comment", "date_as_written", "precision", "flags", "event", "file", "table", "row",
)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    SEASON = "season"
    RANGE = "range"
    UNKNOWN = "unknown"      # the agency wrote 'not known'
    MISSING = "missing"      # the cell is empty
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class Provenance:
    """Where a row came from, as a person would look it up.

    `file` is the path relative to the case folder; `table` the 1-based table number in a
    Word file, the sheet name in Excel, "" for CSV; `row` the 1-based row in that table
    (header included) or the sheet's own row number.
    """

    file: str
    table: str
    row: int


@dataclass(frozen=True)
class DateReading:
    """One reading of a date cell (and its time cell, where separate).

    `date` is set only for precision day. `start`/`end` bound a period (month, year,
    season, range) so it can be sorted at its start without pretending to be a day.
    """

    text: str
    precision: Precision
    date: dt.date | None = None
    time: dt.time | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    flags: tuple[str, ...] = ()
    reason: str = ""   # why a reading is unreadable, in plain words

    @property
    def date_text(self) -> str:
        return self.date.strftime("%d-%m-%Y") if self.date else ""

    @property
    def time_text(self) -> str:
        return f"{self.time.hour:02d}:{self.time.minute:02d}" if self.time else ""


# A Row's text columns, read at once (Row.content: called for every row by several stages).
_CONTENT = operator.attrgetter("date_as_written", "time_as_written", *CONTENT_COLUMNS)


@dataclass
class Row:
    """One chronology entry as the agency wrote it, plus what later stages learn of it."""

    provenance: Provenance
    agency: str                       # the agency's name as case.toml gives it (or as written)
    date_as_written: str              # the date cell's text, unchanged
    time_as_written: str = ""         # a separate time cell's text (Excel returns), unchanged
    child: str = ""
    family: str = ""
    communication: str = ""
    source: str = ""
    staff: str = ""
    comment: str = ""
    reading: DateReading | None = None
    flags: list[str] = field(default_factory=list)   # finding codes about this row
    event: str = ""                   # shared id of one event seen by several agencies
    is_new: bool = False              # not in the previous merge of this case
    is_changed: bool = False          # new or changed against the return it supersedes
    order: int = 0                    # position in its return, for a stable sort
    # The panel's work, read back from the previous workbook and panel copies
    # (pipeline/merge/marks.py): marks, notes as "[author] text", and whether the text
    # changed since it was marked; `row_id` is the identity the workbook shows.
    row_id: str = ""
    panel_marks: list[str] = field(default_factory=list)
    panel_notes: list[str] = field(default_factory=list)
    marked_text_changed: bool = False
    inconsistencies: list[str] = field(default_factory=list)   # ids ("I001") it is part of

    def content(self) -> tuple[str, ...]:
        """The entry's text columns, the identity used for duplicates and changes."""
        return _CONTENT(self)

    @property
    def written_when(self) -> str:
        """Date and separate time as written, joined for display."""
        return " ".join(part for part in (self.date_as_written, self.time_as_written) if part)


@dataclass(frozen=True)
class Finding:
    """A problem found in a return or a row, in words an agency can act on.

    `message` may quote the text as written: it goes into the protected reports only,
    never into logs or the terminal, which carry `code`, file and row.
    """

    code: str
    severity: Severity
    message: str
    file: str = ""
    table: str = ""
    row: int | None = None
    agency: str = ""
    text: str = ""

    @classmethod
    def at(cls, row: Row, code: str, severity: Severity, message: str) -> Finding:
        p = row.provenance
        return cls(code, severity, message, p.file, p.table, p.row, row.agency,
                   row.written_when)


@dataclass
class Return:
    """One returned chronology file (Appendix 4): its header block and rows."""

    path: Path                        # absolute path of the input file
    file: str                         # path relative to the case folder
    sha256: str
    agency: str = ""                  # matched case.toml name, else as written
    agency_as_written: str = ""
    agency_matched: bool = False
    date_completed: str = ""          # as written in the header block
    completed: DateReading | None = None   # Date completed read, once, at ingest
    completed_by: str = ""
    in_respect_of: str = ""           # "Chronology Template in respect of:" as written
    version_note: str = ""            # a header line or file name saying "Version 2", "revised"
    rows: list[Row] = field(default_factory=list)
    rows_read: int = 0                # entry rows found (before anything is dropped)
    rejected: list[tuple[Row, str]] = field(default_factory=list)
    staff_key: dict[str, str] = field(default_factory=dict)   # initials -> role/name
    file_flags: list[str] = field(default_factory=list)       # e.g. tracked_changes, macros
    received: dt.date | None = None   # first day the case folder held it (pipeline/received)

    @property
    def completed_day(self) -> dt.date | None:
        """The day Date completed gives, None when it is blank or not a day."""
        reading = self.completed
        return reading.date if reading and reading.precision is Precision.DAY else None


@dataclass
class ActionItem:
    """One row of an Appendix 6 action plan."""

    agency: str
    number: str = ""
    recommendation: str = ""
    action: str = ""
    lead: str = ""
    timescale: str = ""
    outcome: str = ""
    progress: str = ""
    evidence: str = ""
    rag: str = ""


@dataclass
class AgencyReport:
    """One returned agency report (Appendix 5) with its action plan (Appendix 6)."""

    path: Path
    file: str
    sha256: str
    agency: str = ""
    sections: dict[str, list[str]] = field(default_factory=dict)  # section key -> paragraphs
    actions: list[ActionItem] = field(default_factory=list)
    received: dt.date | None = None   # first day the case folder held it (pipeline/received)
    kind: str = "agency_report"       # or "terms_of_reference"
    title: str = ""                   # the document's own title, as written
    missing_sections: list[str] = field(default_factory=list)  # Appendix 5 keys not found
    date_submitted: str = ""          # the title page's submission date, as written
    # The .docx as read (decrypted): the overview composes from it, never from the disk.
    content: bytes = field(default=b"", repr=False)


@dataclass(frozen=True)
class Gap:
    agency: str
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass
class GoneMark:
    """The panel's marks on a row no longer in the chronology, kept and listed."""

    row_id: str
    agency: str
    when: str                         # date and time as written
    text: dict[str, str]              # the workbook's text columns as the panel saw them
    marks: list[str]
    notes: list[str]
    source: str                       # the file the marks were read from


@dataclass(frozen=True)
class Inconsistency:
    """Entries of different agencies that seem to record one event but disagree on its
    day or time (pipeline/merge/inconsistencies.py)."""

    id: str                           # "I001"
    kind: str                         # "day" or "time"
    rows: tuple[Row, ...]
    explanation: str                  # in plain words, dates and times only


@dataclass
class Ingested:
    """What the ingest stage read: the returns, the reports, the files it could not use."""

    returns: list[Return] = field(default_factory=list)
    reports: list[AgencyReport] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)


@dataclass
class Merged:
    """What the merge stage made of the latest returns: the merged rows and what was left
    out, gaps, rows new since the previous merge, and this merge's row fingerprints (kept
    beside the outputs for the next run)."""

    rows: list[Row] = field(default_factory=list)
    duplicates_dropped: list[Row] = field(default_factory=list)
    near_duplicates: list[tuple[Row, Row]] = field(default_factory=list)
    superseded: list[Return] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    new_since_last: int = 0
    first_merge: bool = False
    fingerprints: list[str] = field(default_factory=list)
    gone_marks: list[GoneMark] = field(default_factory=list)
    panel_sources: dict[str, int] = field(default_factory=dict)
    inconsistencies: list[Inconsistency] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


@dataclass
class CaseRun:
    """Everything one run of one case knows: what each stage returned, put together."""

    case: Case
    outputs_dir: Path
    write_csv: bool = False
    protect: bool = True
    returns: list[Return] = field(default_factory=list)
    reports: list[AgencyReport] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)    # files that could not be read
    findings: list[Finding] = field(default_factory=list)    # rows and returns breaking rules
    merged: list[Row] = field(default_factory=list)
    duplicates_dropped: list[Row] = field(default_factory=list)
    near_duplicates: list[tuple[Row, Row]] = field(default_factory=list)
    superseded: list[Return] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    new_since_last: int = 0
    gone_marks: list[GoneMark] = field(default_factory=list)
    panel_sources: dict[str, int] = field(default_factory=dict)  # file -> marked rows read
    inconsistencies: list[Inconsistency] = field(default_factory=list)
    first_merge: bool = False   # no previous merge of this case: nothing is marked new
    fingerprints: list[str] = field(default_factory=list)   # this merge's rows, hashed
    outputs: dict[str, str] = field(default_factory=dict)    # output path -> sha256
    # Outputs left as they are this run: open in another program (pipeline/readback.py).
    outputs_kept: set[str] = field(default_factory=set)
    anonymisation_decisions: object = None   # pipeline.anonymise.decisions.Decisions, read once
    received_register: bytes | None = None   # .received.json to write, when a file is new
    today: dt.date = field(default_factory=dt.date.today)

    def with_merge(self, merged: Merged) -> CaseRun:
        """This run with the merge stage's results in it (its findings after the others)."""
        return dataclasses.replace(
            self, findings=self.findings + merged.findings, merged=merged.rows,
            duplicates_dropped=merged.duplicates_dropped,
            near_duplicates=merged.near_duplicates, superseded=merged.superseded,
            gaps=merged.gaps, new_since_last=merged.new_since_last,
            first_merge=merged.first_merge, fingerprints=merged.fingerprints,
            gone_marks=merged.gone_marks, panel_sources=merged.panel_sources,
            inconsistencies=merged.inconsistencies)

    @property
    def output_password(self) -> str | None:
        """The password the Word and Excel outputs are protected with; None: unprotected."""
        return self.case.password if self.protect else None

    @property
    def all_findings(self) -> list[Finding]:
        return self.problems + self.findings

    @property
    def current_findings(self) -> list[Finding]:
        """Findings still to act on: those about a superseded return are history (the
        validation report still lists them, marked), except the note that it was replaced."""
        replaced = {ret.file for ret in self.superseded}
        return [f for f in self.all_findings
                if f.file not in replaced or f.code == "superseded_return"]

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.current_findings)
