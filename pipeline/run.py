"""The stages in order: ingest, normalise, validate, merge, assemble.

Validate comes in two halves: its suites run in a second process (on the machine's second
core) while merge runs here and the timeline (which shows no finding) is drawn; their
findings then join the run, in the order they would have had with merge after them
(pipeline/validate), before the other outputs are written.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path

from pipeline import assemble, ingest, merge, normalise, received, validate
from pipeline.case import load_case
from pipeline.model import CaseRun
from pipeline.outputs import case_lock

log = logging.getLogger(__name__)

STAGES = (
    ("ingest", ingest.ingest),
    ("received", received.record_received),
    ("normalise", normalise.normalise),
    ("validate", validate.start),
    ("merge", merge.merge),
    ("timeline", assemble.assemble_without_findings),
    ("findings", validate.finish),
    ("assemble", assemble.assemble_with_findings),
)


def run_case(case_dir: Path, outputs_root: Path, *, write_csv: bool = False,
             protect: bool = True, today: dt.date | None = None) -> CaseRun:
    """Run every stage on one case folder. Raises CaseError or CaseLocked."""
    case = load_case(case_dir)
    run = CaseRun(case=case, outputs_dir=outputs_root / case_dir.name, write_csv=write_csv,
                  protect=protect, today=today or dt.date.today())
    run_stages(run)
    return run


def run_stages(run: CaseRun, seconds: dict[str, float] | None = None) -> None:
    """The stages on `run`, holding the case's lock; `seconds` (for bench/) gets the time
    each took."""
    with case_lock(run.outputs_dir), validate.suite_worker(run):
        for name, stage in STAGES:
            log.info("stage %s", name)
            began = time.perf_counter()
            stage(run)
            if seconds is not None:
                seconds[name] = time.perf_counter() - began
