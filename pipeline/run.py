"""A run: the five stages in order, each a function of what the earlier ones returned.

    ingest(case)                           -> Ingested: returns, reports, unreadable files
                                              (and the day each file was first received)
    normalise(returns, case, today)        -> the returns, each row's date read
    validate(prepare(...), reports)        -> findings about returns, rows, agencies, reports
    merge(case, returns, today, previous)  -> Merged: the merged rows, gaps, what was left
                                              out (then the panel's marks carried onto them)
    assemble(run, staging)                 -> every output written, protected, hashed

The CaseRun holds what they returned, put together, for the outputs.

The findings of all stages are put in one order (pipeline.findings.FindingOrder) before
the outputs list them, so their order never depends on which stage made them first.

The suites of validate need Great Expectations, whose import takes about five seconds:
a second process imports it while this one reads the case, then runs the suites (one
Future, joined by validate). The outputs are staged, under the case's lock, and
published together when the run ends well.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import multiprocessing
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path, PurePosixPath

from pipeline import assemble, ingest, merge, normalise, received, validate
from pipeline.case import Case, load_case
from pipeline.findings import FindingOrder
from pipeline.merge import history, marks
from pipeline.model import CaseRun, Ingested
from pipeline.outputs import case_lock
from pipeline.validate.suites import run_suites, start_second_process

log = logging.getLogger(__name__)


def run_case(case_dir: Path, outputs_root: Path, *, write_csv: bool = False,
             protect: bool = True, today: dt.date | None = None,
             seconds: dict[str, float] | None = None) -> CaseRun:
    """Run every stage on one case folder; `seconds` (for bench/) gets the time each
    stage took. Raises CaseError or CaseLocked."""
    case = load_case(case_dir)
    today = today or dt.date.today()
    outputs_dir = outputs_root / case_dir.name
    timer = _Timer(seconds)
    with case_lock(outputs_dir, case.password if protect else None) as staging:
        with _suites_beside() as beside:
            with timer("ingest"):
                read = ingest.ingest(case)
                run = CaseRun(case=case, outputs_dir=outputs_dir, write_csv=write_csv,
                              protect=protect, today=today, returns=read.returns,
                              reports=read.reports, problems=read.problems)
                run.received_register = received.record_received(run)
            with timer("normalise"):
                returns = normalise.normalise(read.returns, case, today)
            with timer("validate"):
                job = validate.prepare(case, returns, today)
                run.findings = validate.validate(job, read.reports,
                                                 beside.submit(job) if beside else None)
        with timer("merge"):
            merged = merge.merge(case, returns, today, history.load_previous(outputs_dir))
            run = run.with_merge(merged)
            marks.carry(run)          # the panel's marks and notes onto the merged rows
        run.findings = finding_order(case, read).sorted(run.findings)
        with timer("assemble"):
            assemble.assemble(run, staging)
    return run


def finding_order(case: Case, read: Ingested) -> FindingOrder:
    """The order of the run's findings: the files in the order ingest read them (their
    paths sorted, as `ingest.discover` sorts them), their tables as their rows came,
    case.toml's agencies."""
    files = [ret.file for ret in read.returns] + [report.file for report in read.reports]
    tables = [(row.provenance.file, row.provenance.table)
              for ret in read.returns for row in ret.rows]
    return FindingOrder(sorted(files, key=PurePosixPath), tables,
                        [agency.name for agency in case.agencies])


class SecondProcess:
    """The process validate's suites run in: it imports Great Expectations as soon as it
    starts, while this process reads the case; `submit` gives the one Future validate
    joins."""

    def __init__(self) -> None:
        self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        self.futures = [self.pool.submit(start_second_process)]

    def submit(self, job: validate.Job) -> Future | None:
        """The suites of `job` running there; None when it has stopped (validate then
        runs them here)."""
        try:
            future = self.pool.submit(run_suites, *job.arguments())
        except (BrokenProcessPool, RuntimeError) as exc:
            log.warning("validate: the second process stopped (%s); the suites run here",
                        type(exc).__name__)
            return None
        self.futures.append(future)
        return future

    def stop(self) -> None:
        """Stopped, whatever it is doing: its memory back for assemble, no thread left
        (assemble may fork), no run waiting for an import or a stuck suite."""
        if not all(future.done() for future in self.futures):
            # No public way to stop a busy worker before Python 3.14's terminate_workers.
            for process in list((self.pool._processes or {}).values()):
                process.kill()
        self.pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _suites_beside() -> Iterator[SecondProcess | None]:
    """The second process for the length of the block; None where it cannot pay (this
    process has imported Great Expectations already, as a test session has)."""
    if "great_expectations" in sys.modules:
        yield None
        return
    try:
        beside = SecondProcess()
    except OSError as exc:
        log.warning("validate: no second process (%s); the suites run here",
                    type(exc).__name__)
        yield None
        return
    try:
        yield beside
    finally:
        beside.stop()


class _Timer:
    def __init__(self, seconds: dict[str, float] | None):
        self.seconds = seconds

    @contextlib.contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        log.info("stage %s", stage)
        began = time.perf_counter()
        yield
        if self.seconds is not None:
            self.seconds[stage] = time.perf_counter() - began

