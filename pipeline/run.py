"""The stages in order: ingest, normalise, validate, merge, assemble."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from pipeline import assemble, ingest, merge, normalise, validate
from pipeline.case import load_case
from pipeline.model import CaseRun
from pipeline.outputs import case_lock

log = logging.getLogger(__name__)

STAGES = (
    ("ingest", ingest.ingest),
    ("normalise", normalise.normalise),
    ("validate", validate.validate),
    ("merge", merge.merge),
    ("assemble", assemble.assemble),
)


def run_case(case_dir: Path, outputs_root: Path, *, write_csv: bool = False,
             protect: bool = True, today: dt.date | None = None) -> CaseRun:
    """Run every stage on one case folder. Raises CaseError or CaseLocked."""
    case = load_case(case_dir)
    run = CaseRun(case=case, outputs_dir=outputs_root / case_dir.name, write_csv=write_csv,
                  protect=protect, today=today or dt.date.today())
    with case_lock(run.outputs_dir):
        for name, stage in STAGES:
            log.info("stage %s", name)
            stage(run)
    return run
