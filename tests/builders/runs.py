"""In-memory runs for tests: `case_run` is the one way a test makes a CaseRun (the
builders below start from it); the stages on it each call the real stage with the values
it takes and put what it returns into the run (as pipeline/run.py does)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from pipeline import assemble, ingest, merge, normalise, validate
from pipeline.case import Agency, Case, load_case
from pipeline.ingest import Source, report
from pipeline.merge import history, marks
from pipeline.model import CaseRun, Finding, Return, Severity
from pipeline.ooxml.package import open_return
from pipeline.outputs import case_lock
from pipeline.protect import decrypt_office
from tests.builders import hostile
from tests.builders.cases import CSC, DEMO, HV, POLICE, validation_case
from tests.builders.report_builder import build_report_folder


def case_run(case: Case, outputs_dir: Path, *, protect: bool = False, **fields) -> CaseRun:
    """A run of `case` writing into `outputs_dir`, unprotected unless told (tests read
    most outputs as they are); `fields` are the run's other fields (returns, today...)."""
    return CaseRun(case=case, outputs_dir=outputs_dir, protect=protect, **fields)


def reports_run(tmp: Path, *, protect: bool = True) -> tuple[CaseRun, dict]:
    """A run of the demo's case.toml holding the agency reports report_builder writes
    into tmp/case/reports, read by the real reader; and what was planted in them."""
    root = tmp / "case"
    root.mkdir()
    shutil.copy(DEMO / "case.toml", root / "case.toml")
    planted = build_report_folder(root / "reports")
    case = load_case(root)
    run = case_run(case, tmp / "out", protect=protect, today=dt.date(2016, 4, 1))
    run.reports = [read_report(path, case) for path in sorted((root / "reports").glob("*.docx"))]
    return run, planted


def read_report(path: Path, case: Case):
    """The agency report in `path`, read as ingest reads it."""
    return report.read(open_return(path, case.password), Source(path, case.root), case)


def read_again(run: CaseRun, old) -> None:
    """The report in the run read again from its file (which the test changed)."""
    run.reports[run.reports.index(old)] = read_report(old.path, run.case)


def feedback_run(tmp_path: Path, protect: bool = False) -> CaseRun:
    """A run of three agencies' returns with findings for the feedback letters: CSC's
    current return has three, the police's superseded one has one, HV's none."""
    case = Case(root=tmp_path, reference="TEST-2016-01", review="Serious Case Review",
                subject="Child X", period_from=dt.date(2014, 1, 1),
                period_to=dt.date(2015, 12, 31),
                agencies=[Agency(POLICE), Agency(CSC), Agency(HV)])
    run = case_run(case, tmp_path / "out", protect=protect, today=dt.date(2016, 3, 1))

    def ret(file: str, agency: str) -> Return:
        return Return(path=tmp_path / file, file=file, sha256="0" * 64, agency=agency,
                      date_completed="12/02/2016", completed_by="A Author")

    csc, police_old, police_new, hv = (ret("returns/csc.docx", CSC),
                                       ret("tvp_v1.docx", POLICE), ret("tvp_v2.docx", POLICE),
                                       ret("hv.xlsx", HV))
    run.returns = [csc, police_old, police_new, hv]
    run.superseded = [police_old]
    run.findings = [
        Finding("tracked_changes", Severity.WARNING, "returns/csc.docx: the document holds "
                "tracked changes; please accept or reject all changes.", "returns/csc.docx",
                agency=CSC),
        Finding("month_first", Severity.ERROR, "Row 2: '04/13/2015' is written month first; "
                "please write 13-04-2015.", "returns/csc.docx", "1", 2, CSC, "04/13/2015"),
        Finding("staff_missing", Severity.WARNING, "Table 2, row 7: no staff initials are "
                "given.", "returns/csc.docx", "2", 7, CSC, "\x0b03/04/2015"),
        Finding("period", Severity.WARNING, "Row 4: 'May 2014' is a period.", "tvp_v1.docx",
                "1", 4, POLICE, "May 2014"),
    ]
    return run


def normalised_run(tmp_path: Path, returns: list[Return], **case_options) -> CaseRun:
    """A run of the validation tests' case (cases.validation_case) on 1 March 2016 with
    `returns` through the real normalise stage."""
    case = validation_case(tmp_path, **case_options)
    run = case_run(case, tmp_path / "out", returns=returns, today=dt.date(2016, 3, 1))
    return normalise_stage(run)


def findings_at(run: CaseRun, row: int, file: str = f"{POLICE}.docx") -> dict:
    """The run's findings on `row` of `file`, by code."""
    return {f.code: f for f in run.findings if f.row == row and f.file == file}


def opened(run: CaseRun, name: str) -> bytes:
    """The output `name` of `run` as its reader opens it (decrypted when protected)."""
    data = (run.outputs_dir / name).read_bytes()
    return decrypt_office(data, run.case.password) if run.protect else data


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
