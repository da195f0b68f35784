"""Received dates: the first day the case folder held a return, kept between runs; the
office's record in case.toml; never the file's time on disk."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pipeline.assemble import overview
from pipeline.case import load_case
from pipeline.model import CaseRun
from pipeline.outputs import case_lock
from pipeline.received import (
    RECEIVED,
    first_submissions,
    load_register,
    record_received,
    submitted,
)
from tests.builders.cases import OFFICE_RECORD, write_case_toml
from tests.builders.docx_builder import police_return
from tests.builders.runs import case_run, ingest_stage, normalise_stage, validate_stage


@pytest.fixture
def case_dir(case_dir: Path) -> Path:
    """The demo's case.toml without the office's received dates: the register decides."""
    return write_case_toml(case_dir, drop=OFFICE_RECORD)


def run_on(case_dir: Path, outputs: Path, today: dt.date) -> CaseRun:
    run = case_run(load_case(case_dir), outputs / "out", today=today)
    ingest_stage(run)
    register = record_received(run)
    if register is not None:           # written with the outputs, as a merge does
        with case_lock(run.outputs_dir, None) as staging:
            staging.write(RECEIVED, register)
    return run


def test_first_day_seen_is_kept_from_run_to_run(case_dir, tmp_path):
    police_return(case_dir, "tvp.docx", completed="")
    first = run_on(case_dir, tmp_path, dt.date(2016, 2, 10))
    assert first.returns[0].received == dt.date(2016, 2, 10)
    # a week later the same file (moved, renamed) still counts from its first day
    (case_dir / "Police").mkdir()
    (case_dir / "tvp.docx").rename(case_dir / "Police" / "chronology.docx")
    police_return(case_dir, "tvp v2.docx", completed="", text="Seen again")
    later = run_on(case_dir, tmp_path, dt.date(2016, 2, 17))
    days = {r.file: r.received for r in later.returns}
    assert days == {"Police/chronology.docx": dt.date(2016, 2, 10),
                    "tvp v2.docx": dt.date(2016, 2, 17)}
    record = json.loads((tmp_path / "out" / RECEIVED).read_text())
    assert sorted(e["first_seen"] for e in record["files"].values()) == [
        "10-02-2016", "17-02-2016"]
    assert "Seen" not in json.dumps(record)          # hashes and names, no case text


def test_the_office_record_in_case_toml_wins(case_dir, tmp_path):
    write_case_toml(case_dir, drop=OFFICE_RECORD,
                    agency_changes={"Thames Valley Police": {"received": "11-02-2016"}})
    police_return(case_dir, "tvp.docx", completed="")
    run = run_on(case_dir, tmp_path, dt.date(2016, 3, 1))
    assert run.returns[0].received == dt.date(2016, 2, 11)


def test_date_completed_as_written_else_received_never_file_time(case_dir, tmp_path):
    police_return(case_dir, "dated.docx", completed="14/02/2016")
    police_return(case_dir, "undated.docx", completed="sometime in February")
    run = run_on(case_dir, tmp_path, dt.date(2016, 2, 20))
    by_file = {r.file: submitted(r, run.today) for r in run.returns}
    assert str(by_file["dated.docx"]) == "completed 14-02-2016"
    assert str(by_file["undated.docx"]) == "received 20-02-2016"
    # the agency's first chronology counts for its timeliness
    chronology, report = first_submissions(run)["Thames Valley Police"]
    assert str(chronology) == "completed 14-02-2016" and report is None


def test_return_late_uses_the_received_day_when_date_completed_is_empty(case_dir, tmp_path):
    police_return(case_dir, "undated.docx", completed="")
    run = run_on(case_dir, tmp_path, dt.date(2016, 2, 19))
    normalise_stage(run)
    validate_stage(run)
    late = [f for f in run.findings if f.code == "return_late"]
    assert [f.message for f in late] == [
        "undated.docx: received on 19-02-2016 (no exact Date completed), after the due date "
        "of 15-02-2016."]


def test_a_damaged_register_is_never_overwritten(case_dir, tmp_path, caplog):
    police_return(case_dir, "tvp.docx", completed="")
    outputs = tmp_path / "out"
    outputs.mkdir()
    (outputs / RECEIVED).write_text("{not json")
    run = run_on(case_dir, tmp_path, dt.date(2016, 2, 10))
    assert run.returns[0].received == dt.date(2016, 2, 10)
    assert (outputs / RECEIVED).read_text() == "{not json"
    assert "restore it from a backup" in caplog.text


def test_no_file_time_is_read_anywhere():
    """The file's time on disk decides nothing: no module of the pipeline reads it."""
    root = Path(__file__).resolve().parents[1] / "pipeline"
    readers = [p.relative_to(root).as_posix() for p in root.rglob("*.py")
               if "st_mtime" in p.read_text() or "getmtime" in p.read_text()
               or "fromtimestamp" in p.read_text()]
    assert readers == []


def test_overview_timeliness_from_received_days(case_dir, tmp_path):
    police_return(case_dir, "tvp.docx", completed="")
    run = run_on(case_dir, tmp_path, dt.date(2016, 2, 19))     # Friday after Monday 15th
    rows = dict((agency, text) for agency, text in _timeliness(run))
    assert rows["Thames Valley Police"] == "received 19-02-2016, 4 working days late"
    assert rows["Children's Social Care"] == "not received"
    assert load_register(run.outputs_dir)


def _timeliness(run: CaseRun):
    received = first_submissions(run)
    for agency in run.case.agencies:
        yield agency.name, overview._on_time(received[agency.name][0], agency.chronology_due)
