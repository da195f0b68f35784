"""Stage 3: the Great Expectations suites of expectations/ run on the normalised rows.

Every failing row is traced by its row_id back to its Row and becomes a Finding (code,
severity and sentence from pipeline/findings.py) in run.findings, with the code added to
row.flags. The date codes normalise gave a row become findings too. Logs carry codes and
counts only, never cell text.

In a run the stage has two halves: start() sets the suites running in a second process
(worker.py) and merge runs meanwhile; finish() adds the findings as if merge had come
after. validate() does both at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from pipeline.dates import read_date
from pipeline.findings import CATALOGUE, Kind, kind_of, sentence
from pipeline.model import CaseRun, DateReading, Finding, Return, Row
from pipeline.validate import frames, wording
from pipeline.validate.suites import Failure, SuiteError, load_suites, run_suites
from pipeline.validate.worker import SuiteWorker, WorkerLost, wanted

__all__ = ["validate", "start", "finish", "suite_worker", "suites_dir", "SuiteError"]

log = logging.getLogger(__name__)

# The suites shipped with the pipeline; PIPELINE_EXPECTATIONS or the `suites` argument
# points at a board's own folder instead.
SHIPPED_SUITES = Path(__file__).resolve().parents[2] / "expectations"
# A bound far before any chronology, for "born" when case.toml does not give it.
NO_BIRTH_DATE = pd.Timestamp("1800-01-01")


def suites_dir(override: Path | None = None) -> Path:
    """The folder whose suites are run: `override`, else $PIPELINE_EXPECTATIONS, else the
    expectations/ folder shipped with the pipeline."""
    if override is not None:
        return Path(override)
    from_env = os.environ.get("PIPELINE_EXPECTATIONS", "").strip()
    return Path(from_env) if from_env else SHIPPED_SUITES


def parameters(run: CaseRun) -> dict[str, object]:
    """The case's values the suites refer to as {"$PARAMETER": name}."""
    case = run.case
    born = case.subject_born
    return {
        "period_from": pd.Timestamp(case.period_from),
        "period_to": pd.Timestamp(case.period_to),
        "today": pd.Timestamp(run.today),
        "born": pd.Timestamp(born) if born else NO_BIRTH_DATE,
        "agencies": [agency.name for agency in case.agencies],
    }


def _date_reader(run: CaseRun) -> frames.DateReader:
    """pipeline.dates.read_date with the run's today."""
    def read(text: str) -> DateReading | None:
        return read_date(text, today=run.today)

    return read


@contextlib.contextmanager
def suite_worker(run: CaseRun) -> Iterator[None]:
    """For the length of a run, run.suite_worker: a second process importing Great
    Expectations while the run reads the case (worker.py), where that saves time."""
    run.suite_worker = None
    if wanted():
        try:
            run.suite_worker = SuiteWorker()
        except OSError as exc:
            log.warning("validate: no second process (%s); the suites run here",
                        type(exc).__name__)
    try:
        yield
    finally:
        if run.suite_worker is not None:
            run.suite_worker.close()
            run.suite_worker = None


def validate(run: CaseRun, suites: Path | None = None) -> None:
    """Run the suites on the case; append findings to run.findings and codes to row.flags.

    Raises SuiteError (a CaseError) when a suite file cannot be used.
    """
    start(run, suites)
    finish(run)


def start(run: CaseRun, suites: Path | None = None) -> None:
    """Build the frames and set the suites running: in run.suite_worker when the run has
    one (they then run while merge does), else here. finish(run) adds the findings."""
    suite_list = load_suites(suites_dir(suites))
    row_frame, rows = frames.rows_frame(run)
    return_frame, returns = frames.returns_frame(run, _date_reader(run))
    agency_frame = frames.agencies_frame(run)
    job = (suite_list, {"rows": row_frame, "returns": return_frame, "agencies": agency_frame},
           parameters(run))
    pending = _Findings(run, row_frame, return_frame, agency_frame, rows, returns, job)
    if run.suite_worker is not None:
        try:
            run.suite_worker.submit(*job)
            pending.in_worker = True
        except WorkerLost as exc:
            log.warning("validate: %s; the suites run here instead", exc)
    if not pending.in_worker:
        pending.add_failures(run_suites(*job))
    run.pending_validation = pending


def finish(run: CaseRun) -> None:
    """Add the findings of the suites set running by start(run), in the order the run would
    have had with merge after them: before merge's findings, and before its row flags."""
    pending = run.pending_validation
    if pending is None:
        return
    run.pending_validation = None
    if pending.in_worker:
        try:
            pending.add_failures(run.suite_worker.failures())
        except WorkerLost as exc:
            log.warning("validate: %s; the suites run here instead", exc)
            pending.add_failures(run_suites(*pending.job))
        finally:
            run.suite_worker.close()      # its memory (Great Expectations) back for assemble
    added = pending.finish()
    counts = Counter(f.code for f in added)
    log.info("validate: %d findings on %d rows of %d returns (%s)", len(added),
             len(pending.rows), len(pending.returns),
             ", ".join(f"{code} {n}" for code, n in sorted(counts.items())))


class _Findings:
    """Collects findings per row, return and agency, then adds them to the run in order.

    Made by start(run): what the run holds then (the rows' flags, the findings so far) is
    kept, so that finish() gives the same findings and flags whether or not merge ran in
    between."""

    def __init__(self, run: CaseRun, row_frame: pd.DataFrame, return_frame: pd.DataFrame,
                 agency_frame: pd.DataFrame, rows: list[Row], returns: list[Return],
                 job: tuple):
        self.run, self.rows, self.returns = run, rows, returns
        self.job = job                   # what run_suites is given, to run it again here
        self.row_frame, self.return_frame, self.agency_frame = (row_frame, return_frame,
                                                                agency_frame)
        self.row_codes: dict[int, dict[str, Kind]] = {}
        self.return_codes: dict[int, dict[str, Kind]] = {}
        self.agency_codes: dict[int, dict[str, Kind]] = {}
        self.case_fields = {
            "period_from": wording.dmy(run.case.period_from),
            "period_to": wording.dmy(run.case.period_to),
            "today": wording.dmy(run.today),
        }
        self.warned_codes: set[str] = set()
        # Plain lists: a frame lookup per finding costs more than the finding.
        self.unlisted = row_frame["staff_unlisted"].tolist() if len(row_frame) else []
        self.repeats = row_frame["repeats_row"].tolist() if len(row_frame) else []
        # The run as it is now, before merge: the codes normalise gave each row, and the
        # findings already reported.
        self.flags_before = [list(row.flags) for row in rows]
        self.existing = {_key(f) for f in run.all_findings}
        self.known = {id(f) for f in run.findings}
        self.in_worker = False
        # Codes a stage run since start(run) reports itself (merge: duplicates), which
        # would have replaced these findings had it run after them.
        self.replaced_codes: set[str] = set()

    def add_failures(self, failures: list[Failure]) -> None:
        targets = {"rows": self.row_codes, "returns": self.return_codes,
                   "agencies": self.agency_codes}
        scopes = {"rows": "row", "returns": "return", "agencies": "agency"}
        for failure in failures:
            log.info("%s: %s failed for %d rows", failure.suite, failure.code,
                     len(failure.row_ids))
            kind = kind_of(failure.code, failure.severity, failure.template,
                           failure.explanation, scopes[failure.frame])
            for row_id in failure.row_ids:
                targets[failure.frame].setdefault(row_id, {}).setdefault(kind.code, kind)

    def finish(self) -> list[Finding]:
        """Add the findings to run.findings (each code once per row, return or agency, and
        not again when another stage already reported it); return those added."""
        existing = set(self.existing)
        added: list[Finding] = []
        self.flags_added: dict[int, list[str]] = {}

        def keep(finding: Finding) -> None:
            key = _key(finding)
            if key not in existing:
                existing.add(key)
                added.append(finding)

        row_id = 0   # rows_frame numbered the rows return by return, in order
        for return_id, ret in enumerate(self.returns):
            for kind in self.return_codes.get(return_id, {}).values():
                keep(self._return_finding(return_id, ret, kind))
            tables = {row.provenance.table for row in ret.rows}
            for _ in ret.rows:
                for finding in self._row_findings(row_id, tables):
                    keep(finding)
                row_id += 1
        for agency_id, kinds in sorted(self.agency_codes.items()):
            for kind in kinds.values():
                keep(self._agency_finding(agency_id, kind))
        # Before whatever a later stage added since start(run), as if it came after.
        added = [f for f in added if f.code not in self.replaced_codes]
        findings = self.run.findings
        self.run.findings = ([f for f in findings if id(f) in self.known] + added
                             + [f for f in findings if id(f) not in self.known])
        for row_id, codes in self.flags_added.items():
            row, before = self.rows[row_id], set(self.flags_before[row_id])
            later = [code for code in row.flags if code not in before and code not in codes]
            row.flags = [code for code in row.flags if code in before] + codes + later
        return added

    def _row_findings(self, row_id: int, tables: set[str]) -> list[Finding]:
        row = self.rows[row_id]
        from_suites = self.row_codes.get(row_id)
        # The codes normalise gave the row: its flags and its reading's.
        flags = self.flags_before[row_id]
        codes = flags + list(row.reading.flags) if row.reading else list(flags)
        if not codes and not from_suites:
            return []
        kinds: dict[str, Kind] = {}
        for code in codes:
            if code not in kinds:
                kinds[code] = CATALOGUE.get(code) or self._uncatalogued(code)
        for code, kind in (from_suites or {}).items():
            kinds.setdefault(code, kind)
        present = set(kinds)
        alone = [code for code, kind in kinds.items() if kind.alone]
        if alone:
            kinds = {code: kinds[code] for code in alone}
        fields = None
        found = []
        for code, kind in kinds.items():
            if kind.unless and present.intersection(kind.unless):
                continue
            if fields is None:
                fields = wording.RowFields(row, tables, {
                    **self.case_fields, "unlisted": self.unlisted[row_id] or "",
                    "repeats_row": self.repeats[row_id] or ""})
            where = row.provenance
            found.append(Finding(code, kind.severity, sentence(kind, fields), where.file,
                                 where.table, where.row, row.agency, _as_written(row, kind)))
            if code not in flags:
                self.flags_added.setdefault(row_id, []).append(code)
        return found

    def _uncatalogued(self, code: str) -> Kind:
        if code not in self.warned_codes:
            self.warned_codes.add(code)
            log.warning("row code %s is not in pipeline/findings.py; reported as a warning "
                        "with a generic sentence", code)
        return kind_of(code)

    def _return_finding(self, return_id: int, ret: Return, kind: Kind) -> Finding:
        record = self.return_frame.iloc[return_id]
        fields = {**self.case_fields, **wording.return_fields(
            ret, _day(record["completed_on"]), _day(record["due"]),
            as_written=record["date_completed_precision"] == "day")}
        text = ret.date_completed if kind.code.startswith("header_date") else ""
        if kind.code == "agency_unmatched":
            text = ret.agency_as_written
        return Finding(kind.code, kind.severity, sentence(kind, fields), file=ret.file,
                       agency=ret.agency, text=wording.shorten(text))

    def _agency_finding(self, agency_id: int, kind: Kind) -> Finding:
        record = self.agency_frame.iloc[agency_id]
        due = _day(record["due"])
        fields = {**self.case_fields, "agency": record["agency"],
                  "due": wording.dmy(due),
                  "due_note": f" (due {wording.dmy(due)})" if due else ""}
        return Finding(kind.code, kind.severity, sentence(kind, fields),
                       agency=record["agency"])


def _key(finding: Finding) -> tuple[object, ...]:
    """What makes two findings the same: one code once per row, return or agency."""
    return finding.code, finding.file, finding.table, finding.row, finding.agency


def _day(value: object) -> dt.date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


def _as_written(row: Row, kind: Kind) -> str:
    """The cell a finding is about, as written: the date (and time), the time, or staff."""
    if kind.column == "date":
        return wording.shorten(row.written_when)
    if kind.column == "time":
        return wording.shorten(row.time_as_written or row.written_when)
    if kind.column == "staff":
        return wording.shorten(row.staff)
    return ""
