"""Stage 5: the documents. One module per output; `OUTPUTS` lists them in writing order.

timeline.png comes before the documents that embed it; the finding lists after every
writer that may add a finding; the manifest is written last, so
it holds the hash of every other output. The writers in BESIDE run in a second process
(_beside.py) from their place in OUTPUTS while the ones after them run here, and are
collected before the manifest. A run writes those WITHOUT_FINDINGS first, while its
suites may still be running (pipeline/run.py), then the others.
"""

from __future__ import annotations

import logging
import time

from pipeline.assemble import (
    _beside,
    action_plan,
    chronology_csv,
    chronology_docx,
    chronology_xlsx,
    executive_summary,
    feedback,
    genogram,
    key_episodes,
    manifest,
    overview,
    timeline,
    validation_report,
)
from pipeline.model import CaseRun

log = logging.getLogger(__name__)
# The debug line each writer run here leaves (bench/bench_merge.py reads it).
WRITER_TIME = "assemble: %s written in %.2f s"

OUTPUTS = (
    timeline.write,
    genogram.write,
    key_episodes.write,
    action_plan.write,
    overview.write,            # anonymised; also writes anonymisation_report.xlsx
    executive_summary.write,   # anonymised and leak-checked
    # These list findings, so they follow every writer that may add one (a report section
    # missing, a leak found).
    chronology_xlsx.write,
    validation_report.write,
    chronology_docx.write,
    chronology_csv.write,
    feedback.write,
    manifest.write,
)
# Written by a second process while the Word chronology and the letters are written here:
# the two take about as long (bench/bench_merge.py prints each writer's time).
BESIDE = (chronology_xlsx.write, validation_report.write)
# Outputs that show no finding: written while the suites may still be running
# (pipeline/run.py).
WITHOUT_FINDINGS = (timeline.write, genogram.write, key_episodes.write)


def assemble(run: CaseRun) -> None:
    """Every output, in order."""
    assemble_without_findings(run)
    assemble_with_findings(run)


def assemble_without_findings(run: CaseRun) -> None:
    for write in OUTPUTS:
        if write in WITHOUT_FINDINGS:
            _timed(write, run)


def assemble_with_findings(run: CaseRun) -> None:
    """The outputs after those without findings; BESIDE in a second process."""
    collect = None
    for write in OUTPUTS:
        if write in WITHOUT_FINDINGS:
            continue
        if write is manifest.write and collect is not None:
            collect()
            collect = None
        if write not in BESIDE:
            _timed(write, run)
        elif collect is None:
            collect = _beside.start(run, BESIDE)
    if collect is not None:
        collect()


def _timed(write, run: CaseRun) -> None:
    began = time.perf_counter()
    write(run)
    log.debug(WRITER_TIME, write.__module__.rsplit(".", 1)[-1], time.perf_counter() - began)
