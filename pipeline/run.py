"""A run: the five stages in order, each a function of what the earlier ones returned.

    ingest(case)                           -> Ingested: returns, reports, unreadable files
                                              (and the day each file was first received)
    normalise(returns, case, today)        -> the returns, each row's date read
    validate(prepare(...), reports)        -> findings about returns, rows, agencies, reports
    merge(case, returns, today, previous)  -> Merged: the merged rows, gaps, what was left
                                              out (merge.chronology, then merge.compare:
                                              new rows, inconsistencies), then the panel's
                                              marks carried onto them
    assemble(run, staging)                 -> every output written, protected, hashed

The CaseRun holds what they returned, put together, for the outputs.

The findings of all stages are put in one order (pipeline.findings.FindingOrder) before
the outputs list them, so their order never depends on which stage made them first.

The suites of validate need Great Expectations, whose import takes about two seconds: a
second process (pipeline/second_process.py) imports it while this one reads the case,
then runs the suites: one Future, submitted once the tables are prepared and joined
after merge, which does not need validate's findings and runs meanwhile. Then it draws
the pictures the outputs embed (assemble.to_draw: the genograms from case.toml while
this process merges, the timeline once the chronology is in order, while this process
compares its rows and makes validate's findings), so that this process never imports
matplotlib; assemble takes them as drawn, or draws here any the second process could
not. The outputs are staged, under the case's lock, and published
together when the run ends well.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import gc
import logging
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path, PurePosixPath

from pipeline import assemble, ingest, merge, normalise, received, second_process, validate
from pipeline.assemble import Drawing
from pipeline.case import Case, load_case
from pipeline.findings import FindingOrder
from pipeline.merge import history, marks
from pipeline.model import CaseRun, Ingested
from pipeline.outputs import case_lock
from pipeline.second_process import SecondProcess
from pipeline.validate.suites import run_suites

log = logging.getLogger(__name__)
# Seconds to wait for a picture from the second process: timeline.png takes under a
# second for 20,000 rows; longer means the process is stuck, and it is drawn here.
DRAWING_PATIENCE = 60.0


def run_case(case_dir: Path, outputs_root: Path, *, write_csv: bool = False,
             protect: bool = True, today: dt.date | None = None,
             seconds: dict[str, float] | None = None,
             second: SecondProcess | None = None) -> CaseRun:
    """Run every stage on one case folder; `seconds` (for bench/) gets the time each
    stage took, validate's in two: its tables ("validate") and, after merge and the
    wait for the suites' process ("suites"), its findings ("findings"); and the wait for
    the pictures the second process draws ("pictures").
    `second` is a second process already started (the command line starts one before it
    imports the stages); without it the run starts its own. Raises CaseError or
    CaseLocked."""
    case = load_case(case_dir)
    today = today or dt.date.today()
    outputs_dir = outputs_root / case_dir.name
    timer = _Timer(seconds)
    with case_lock(outputs_dir, case.password if protect else None) as staging, \
            _spared_by_the_collector() as spare:
        with _suites_beside(second) as beside:
            with _collector_paused():
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
                    failures = beside.submit(run_suites, *job.arguments()) if beside else None
                # Then, there, the pictures drawn from case.toml alone (matplotlib's import
                # with them), while this process merges.
                drawings = _drawn_beside(beside, assemble.to_draw(run, merged=False))
                spare()               # the rows read, and validate's tables
                with timer("merge"):  # while the suites run in the second process
                    chronology = merge.chronology(case, returns, today)
                    # The timeline drawn there while this process compares its rows.
                    drawings |= _drawn_beside(beside, assemble.to_draw(
                        run.with_merge(chronology), merged=True))
                    merged = merge.compare(case, chronology,
                                           history.load_previous(outputs_dir))
            run = run.with_merge(merged)
            with timer("suites"):
                failures = _answered(failures)
            with timer("findings"):   # before merge's, as the stages ran
                run.findings = validate.validate(job, read.reports, failures) + run.findings
            marks.carry(run)          # the panel's marks and notes onto the merged rows
            run.findings = finding_order(case, read).sorted(run.findings)
            with timer("pictures"):   # waiting for the second process's drawings
                # (none when it gave the suites no answer: they wait behind what is stuck)
                drawn = _drawn(drawings) if failures is not None else {}
        spare()                       # the merged chronology and every finding
        with timer("assemble"):
            assemble.assemble(run, staging, drawings=drawn)
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


def _answered(failures: Future | None) -> Future | None:
    """The suites' Future once it has answered, or None when the second process has
    given no answer in validate.PATIENCE seconds (validate then runs the suites here)."""
    if failures is None or concurrent.futures.wait([failures], timeout=validate.PATIENCE).done:
        return failures
    log.warning("validate: the second process gave no answer in %.0f s; the suites run "
                "here instead", validate.PATIENCE)
    return None


def _drawn_beside(beside: SecondProcess | None, drawings: dict[str, Drawing]
                  ) -> dict[str, Future]:
    """Each picture being drawn by the second process, by name (none without one)."""
    if beside is None:
        return {}
    futures = {name: beside.submit(draw, *arguments)
               for name, (draw, arguments) in drawings.items()}
    return {name: future for name, future in futures.items() if future is not None}


def _drawn(drawings: dict[str, Future]) -> dict[str, bytes]:
    """The pictures the second process drew, by name. One it did not draw in
    DRAWING_PATIENCE seconds, or failed to, is missing: assemble draws it here, where any
    error it meets is raised with its traceback."""
    pictures = {}
    for name, future in drawings.items():
        try:
            pictures[name] = future.result(DRAWING_PATIENCE)
        except Exception as exc:  # noqa: BLE001 - drawn again here, which reports it
            log.warning("assemble: the second process did not draw %s (%s); it is drawn "
                        "here", name, type(exc).__name__)
    return pictures


@contextlib.contextmanager
def _suites_beside(second: SecondProcess | None = None) -> Iterator[SecondProcess | None]:
    """The second process for the length of the block, stopped at its end (before
    assemble: its memory back, no thread left): `second` when given, else one started
    now; None where it cannot pay (this process has imported Great Expectations already,
    as a test session has)."""
    if second is not None:
        try:
            yield second
        finally:
            second.stop()
        return
    if "great_expectations" in sys.modules:
        yield None
        return
    with second_process.started() as started:
        yield started


@contextlib.contextmanager
def _spared_by_the_collector() -> Iterator[Callable[[], None]]:
    """What the process holds when the run begins (its modules), and what the run holds
    when it calls `spare()`, kept out of Python's cyclic garbage collector until the run
    ends. A run holds its rows (tens of thousands, with their readings, flags and
    findings) from ingest to the end; the collector would scan them, and every module's
    functions and classes, again each time it runs (a third of merge's time on a case of
    20,000 rows), and a forked process (assemble's) would copy the memory pages it scans.
    Nothing is spared where the caller has frozen objects itself (gc.freeze)."""
    if gc.get_freeze_count():
        yield lambda: None
        return
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block (ingest to merge). What those
    stages make (the rows read and their readings; each row's event, tens of thousands
    of inconsistencies and their lists on a large case) lives as long as the run: each
    collection would scan all of it again and free next to nothing (30 objects of the
    bench's 20,000-row case, in an eighth of merge's CPU time). The first collection
    after the block frees any cycle made in it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _Timer:
    def __init__(self, seconds: dict[str, float] | None):
        self.seconds = seconds

    @contextlib.contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        log.info("stage %s", stage)
        began = time.perf_counter()
        yield
        if self.seconds is not None:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - began

