"""The stages on an in-memory CaseRun, for tests: each calls the real stage with the
values it takes and puts what it returns into the run (as pipeline/run.py does)."""

from __future__ import annotations

from pathlib import Path

from pipeline import assemble, ingest, merge, normalise, validate
from pipeline.merge import history, marks
from pipeline.model import CaseRun
from pipeline.outputs import case_lock
from tests.builders import hostile


def ingest_stage(run: CaseRun) -> CaseRun:
    read = ingest.ingest(run.case)
    run.returns, run.reports, run.problems = read.returns, read.reports, read.problems
    return run


def normalise_stage(run: CaseRun) -> CaseRun:
    normalise.normalise(run.returns, run.case, run.today)
    return run


def validate_stage(run: CaseRun, suites: Path | None = None) -> CaseRun:
    job = validate.prepare(run.case, run.returns, run.today, suites)
    run.findings = run.findings + validate.validate(job, run.reports)
    return run


def merge_stage(run: CaseRun) -> CaseRun:
    """The run with the merge stage's results (in place, as the tests read `run`)."""
    result = merge.merge(run.case, run.returns, run.today,
                         history.load_previous(run.outputs_dir))
    run.__dict__.update(run.with_merge(result).__dict__)
    marks.carry(run)
    return run


def write_outputs(run: CaseRun, *names: str) -> CaseRun:
    """The outputs `names` (of assemble.OUTPUTS) written through the run's one writer,
    under the case's lock, into run.outputs_dir."""
    wanted = tuple(output for output in assemble.OUTPUTS if output.name in names)
    assert len(wanted) == len(names), f"not outputs: {names}"
    with case_lock(run.outputs_dir, run.case.password if run.protect else None) as staging:
        assemble.assemble(run, staging, wanted)
    return run


def small_case(root: Path) -> Path:
    """inputs/small under `root`: a case.toml and one good Excel return."""
    folder = root / "inputs" / "small"
    folder.mkdir(parents=True)
    (folder / "case.toml").write_text(hostile.CASE_TOML)
    (folder / "hv.xlsx").write_bytes(hostile.good_xlsx())
    return folder
