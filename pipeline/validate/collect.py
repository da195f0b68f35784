"""The suites' failures and normalise's date codes made into findings, each once.

Every failing frame row is traced by its row_id back to its Row, Return or agency and
becomes a Finding (code, severity and sentence from pipeline/findings.py); a row's new
codes are added to row.flags. Logs carry codes and counts only, never cell text.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from pipeline.case import Case
from pipeline.findings import CATALOGUE, Kind, kind_of, sentence
from pipeline.model import Finding, Return, Row
from pipeline.validate import wording
from pipeline.validate.frames import Tables
from pipeline.validate.suites import Failure, Suite

log = logging.getLogger(__name__)

_SCOPES = {"rows": "row", "returns": "return", "agencies": "agency"}


@dataclass
class Job:
    """What the suites run on, and what their failures are traced back to: the tables'
    rows are numbered by the place of each Row, Return and case.toml agency in these
    lists."""

    case: Case
    today: dt.date
    returns: list[Return]
    rows: list[Row]
    suites: list[Suite]
    tables: Tables
    parameters: dict[str, object]
    # The codes each row came to validate with (ingest's and normalise's), by row_id:
    # merge runs while the suites do, and may flag a row before its findings are made.
    codes: list[tuple[str, ...]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.codes:
            self.codes = [tuple(row.flags) for row in self.rows]

    def arguments(self) -> tuple:
        """What suites.run_suites is given (in this process or another)."""
        return self.suites, self.tables, self.parameters


def findings_of(job: Job, failures: list[Failure]) -> list[Finding]:
    """The findings of a validated case, returns in order: each return's own findings,
    then its rows', then the agencies'. Each code once per row, return or agency."""
    return _Findings(job, failures).made()


class _Findings:
    def __init__(self, job: Job, failures: list[Failure]):
        self.job = job
        self.codes: dict[str, dict[int, dict[str, Kind]]] = {frame: {} for frame in _SCOPES}
        for failure in failures:
            log.info("%s: %s failed for %d rows", failure.suite, failure.code,
                     len(failure.row_ids))
            kind = kind_of(failure.code, failure.severity, failure.template,
                           failure.explanation, _SCOPES[failure.frame])
            for row_id in failure.row_ids:
                self.codes[failure.frame].setdefault(row_id, {}).setdefault(kind.code, kind)
        self.case_fields = {"period_from": wording.dmy(job.case.period_from),
                            "period_to": wording.dmy(job.case.period_to),
                            "today": wording.dmy(job.today)}
        self.unlisted = job.tables.rows["staff_unlisted"]
        self.repeats = job.tables.rows["repeats_row"]
        self.warned_codes: set[str] = set()

    def made(self) -> list[Finding]:
        seen: set[tuple[object, ...]] = set()
        made: list[Finding] = []

        def keep(finding: Finding) -> None:
            key = (finding.code, finding.file, finding.table, finding.row, finding.agency)
            if key not in seen:
                seen.add(key)
                made.append(finding)

        row_id = 0   # the rows frame numbers the rows return by return, in order
        for return_id, ret in enumerate(self.job.returns):
            for kind in self.codes["returns"].get(return_id, {}).values():
                keep(self._return_finding(return_id, ret, kind))
            tables = {row.provenance.table for row in ret.rows}
            for _ in ret.rows:
                for finding in self._row_findings(row_id, tables):
                    keep(finding)
                row_id += 1
        for agency_id, kinds in sorted(self.codes["agencies"].items()):
            for kind in kinds.values():
                keep(self._agency_finding(agency_id, kind))
        return made

    def _row_findings(self, row_id: int, tables: set[str]) -> list[Finding]:
        row = self.job.rows[row_id]
        kinds = self._row_kinds(row, self.job.codes[row_id], self.codes["rows"].get(row_id, {}))
        if not kinds:
            return []
        fields = wording.RowFields(row, tables, {
            **self.case_fields, "unlisted": self.unlisted[row_id] or "",
            "repeats_row": self.repeats[row_id] or ""})
        found = []
        for code, kind in kinds.items():
            where = row.provenance
            found.append(Finding(code, kind.severity, sentence(kind, fields), where.file,
                                 where.table, where.row, row.agency, _as_written(row, kind)))
        _add_flags(row, self.job.codes[row_id], kinds)
        return found

    def _row_kinds(self, row: Row, came_with: tuple[str, ...],
                   from_suites: dict[str, Kind]) -> dict[str, Kind]:
        """The kinds a row is reported with: normalise's codes (those it came with and its
        reading's), then the suites', less those a more exact code already says."""
        codes = [*came_with, *row.reading.flags] if row.reading else list(came_with)
        if not codes and not from_suites:
            return {}                    # most rows: nothing to report
        kinds: dict[str, Kind] = {}
        for code in codes:
            if code not in kinds:
                kinds[code] = CATALOGUE.get(code) or self._uncatalogued(code)
        for code, kind in from_suites.items():
            kinds.setdefault(code, kind)
        present = set(kinds)
        alone = [code for code, kind in kinds.items() if kind.alone]
        if alone:
            kinds = {code: kinds[code] for code in alone}
        return {code: kind for code, kind in kinds.items()
                if not (kind.unless and present.intersection(kind.unless))}

    def _uncatalogued(self, code: str) -> Kind:
        if code not in self.warned_codes:
            self.warned_codes.add(code)
            log.warning("row code %s is not in pipeline/findings.py; reported as a warning "
                        "with a generic sentence", code)
        return kind_of(code)

    def _return_finding(self, return_id: int, ret: Return, kind: Kind) -> Finding:
        record = self.job.tables.return_record(return_id)
        fields = {**self.case_fields, **wording.return_fields(
            ret, record["completed_on"], record["due"],
            as_written=record["date_completed_precision"] == "day")}
        text = ret.date_completed if kind.code.startswith("header_date") else ""
        if kind.code == "agency_unmatched":
            text = ret.agency_as_written
        return Finding(kind.code, kind.severity, sentence(kind, fields), file=ret.file,
                       agency=ret.agency, text=wording.shorten(text))

    def _agency_finding(self, agency_id: int, kind: Kind) -> Finding:
        record = self.job.tables.agency_record(agency_id)
        due = record["due"]
        fields = {**self.case_fields, "agency": record["agency"],
                  "due": wording.dmy(due),
                  "due_note": f" (due {wording.dmy(due)})" if due else ""}
        return Finding(kind.code, kind.severity, sentence(kind, fields),
                       agency=record["agency"])


def _add_flags(row: Row, came_with: tuple[str, ...], kinds: dict[str, Kind]) -> None:
    """The row's new codes in its flags, after those it came with and before any a later
    stage has added meanwhile (merge's near_duplicate), so that its flags read in the
    order of the stages whichever finished first."""
    new = [code for code in kinds if code not in row.flags]
    if not new:
        return
    later = [code for code in row.flags if code not in came_with]
    row.flags[:] = [code for code in row.flags if code in came_with] + new + later


def _as_written(row: Row, kind: Kind) -> str:
    """The cell a finding is about, as written: the date (and time), the time, or staff."""
    if kind.column == "date":
        return wording.shorten(row.written_when)
    if kind.column == "time":
        return wording.shorten(row.time_as_written or row.written_when)
    if kind.column == "staff":
        return wording.shorten(row.staff)
    return ""
