"""The suites run in a second process (one Future, pipeline/run.py): the findings and the
rows' flags are the same as when they run here, and a process that fails or hangs never
costs a finding: the suites then run here.

This test session has imported Great Expectations, so a run here would not start the
second process on its own (run._suites_beside); these tests start it.
"""

from __future__ import annotations

import gc
import json
import logging
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from pipeline import run as run_module
from pipeline import validate
from pipeline.assemble import genogram, timeline
from pipeline.case import load_case
from pipeline.model import CaseRun
from pipeline.validate import SuiteError
from pipeline.validate.suites import run_suites
from tests.builders.cases import DEMO
from tests.builders.runs import case_run, ingest_stage, normalise_stage


def read_demo(tmp_path: Path) -> CaseRun:
    run = case_run(load_case(DEMO), tmp_path / "out")
    return normalise_stage(ingest_stage(run))


def what_the_panel_sees(run: CaseRun, found: list) -> tuple[list, list]:
    findings = [(f.code, f.severity, f.file, f.table, f.row, f.agency, f.message, f.text)
                for f in found]
    flags = [(row.provenance.file, row.provenance.row, tuple(row.flags))
             for ret in run.returns for row in ret.rows]
    return findings, flags


@pytest.fixture
def beside():
    beside = run_module.SecondProcess()
    yield beside
    beside.stop()


def test_suites_in_a_second_process_give_the_same_findings_and_flags(tmp_path, beside):
    here = read_demo(tmp_path / "here")
    job = validate.prepare(here.case, here.returns, here.today)
    expected = what_the_panel_sees(here, validate.validate(job, here.reports))

    there = read_demo(tmp_path / "beside")
    job = validate.prepare(there.case, there.returns, there.today)
    failures = beside.submit(run_suites, *job.arguments())
    assert what_the_panel_sees(there, validate.validate(job, there.reports,
                                                        failures)) == expected


def test_a_process_that_died_costs_no_finding(tmp_path, beside, caplog):
    here = read_demo(tmp_path / "here")
    job = validate.prepare(here.case, here.returns, here.today)
    expected = validate.validate(job, here.reports)
    beside.pool.submit(time.sleep, 0).result()           # the process is running
    for process in beside.pool._processes.values():
        process.kill()
    again = read_demo(tmp_path / "again")
    job = validate.prepare(again.case, again.returns, again.today)
    with caplog.at_level(logging.WARNING):
        found = validate.validate(job, again.reports, beside.submit(run_suites, *job.arguments()))
    assert "the suites run here" in caplog.text
    assert found == expected


def test_a_process_that_never_answers_is_given_up_and_stopped(tmp_path, beside,
                                                              monkeypatch):
    monkeypatch.setattr(validate, "PATIENCE", 1.0)
    run = read_demo(tmp_path)
    job = validate.prepare(run.case, run.returns, run.today)
    stuck = beside.pool.submit(time.sleep, 120)
    beside.futures.append(stuck)
    began = time.monotonic()
    found = validate.validate(job, run.reports, stuck)
    assert found and time.monotonic() - began < 60
    processes = list(beside.pool._processes.values())
    began = time.monotonic()
    beside.stop()                                       # stopped, not waited for
    assert all(not process.is_alive() for process in processes)
    assert time.monotonic() - began < 30


def test_a_suite_that_cannot_run_in_the_process_stops_with_the_file_named(tmp_path, beside):
    folder = tmp_path / "suites"
    shutil.copytree(validate.SHIPPED_SUITES, folder)
    path = folder / "chronology_rows.json"
    suite = json.loads(path.read_text())
    suite["expectations"].append({"type": "expect_column_values_to_not_be_null",
                                  "kwargs": {"column": "no_such"}, "meta": {"code": "x"}})
    path.write_text(json.dumps(suite))
    run = read_demo(tmp_path)
    job = validate.prepare(run.case, run.returns, run.today, folder)
    failures = beside.submit(run_suites, *job.arguments())
    with pytest.raises(SuiteError, match="chronology_rows.json"):
        validate.validate(job, run.reports, failures)


def test_a_process_that_has_imported_great_expectations_starts_no_second_one():
    validate.suites.import_great_expectations()
    with run_module._suites_beside() as beside:
        assert beside is None


def test_a_run_spares_what_it_holds_from_the_collector_and_leaves_nothing_frozen(
        tmp_path, monkeypatch):
    frozen_at_assemble = []
    monkeypatch.setattr(run_module.assemble, "assemble",
                        lambda run, staging, **_: frozen_at_assemble.append(gc.get_freeze_count()))
    assert gc.get_freeze_count() == 0
    run = run_module.run_case(DEMO, tmp_path, protect=False)
    assert run.merged and frozen_at_assemble[0] > 0      # the rows, findings, modules
    assert gc.get_freeze_count() == 0                    # the caller collects as before


def test_ingest_to_merge_run_with_the_collector_paused_and_it_is_on_again_after(
        tmp_path, monkeypatch):
    collecting = {}

    def watched(stage, name):
        def call(*arguments):
            collecting[name] = gc.isenabled()
            return stage(*arguments)
        return call

    monkeypatch.setattr(run_module.ingest, "ingest", watched(run_module.ingest.ingest,
                                                             "in ingest"))
    monkeypatch.setattr(run_module.merge, "compare", watched(run_module.merge.compare,
                                                             "in merge"))
    monkeypatch.setattr(run_module.assemble, "assemble",
                        lambda run, staging, **_: collecting.setdefault("in assemble",
                                                                   gc.isenabled()))
    assert gc.isenabled()
    run_module.run_case(DEMO, tmp_path, protect=False)
    assert collecting == {"in ingest": False, "in merge": False, "in assemble": True}
    assert gc.isenabled()


def test_a_caller_that_froze_objects_itself_finds_them_frozen_after_a_run(tmp_path,
                                                                          monkeypatch):
    monkeypatch.setattr(run_module.assemble, "assemble", lambda run, staging, **_: None)
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        run_module.run_case(DEMO, tmp_path, protect=False)
        # Still frozen (less what has died since), and nothing of the run's added.
        assert 0.9 * frozen < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()


def test_a_run_whose_second_process_never_answers_runs_the_suites_itself(
        tmp_path, monkeypatch, beside, caplog):
    monkeypatch.setattr(validate, "PATIENCE", 1.0)
    monkeypatch.setattr(run_module.assemble, "assemble", lambda run, staging, **_: None)
    expected = run_module.run_case(DEMO, tmp_path / "here", protect=False)
    beside.futures.append(beside.pool.submit(time.sleep, 120))   # the suites queue behind it
    processes = list(beside.pool._processes.values())
    began = time.monotonic()
    with caplog.at_level(logging.WARNING):
        run = run_module.run_case(DEMO, tmp_path / "stuck", protect=False, second=beside)
    assert "gave no answer in 1 s" in caplog.text
    assert time.monotonic() - began < 60                  # waited once, then stopped it
    assert [f.message for f in run.findings] == [f.message for f in expected.findings]
    assert processes and all(not process.is_alive() for process in processes)


def _png_in(docx: Path) -> set[bytes]:
    with zipfile.ZipFile(docx) as package:
        return {package.read(name) for name in package.namelist()
                if name.startswith("word/media/")}


def test_the_pictures_the_second_process_draws_are_those_drawn_here(tmp_path, beside):
    """The run's own process draws nothing when the second one can: the genograms while
    it merges, the timeline while it compares the merged rows and makes validate's
    findings."""
    run = run_module.run_case(DEMO, tmp_path, protect=False, second=beside)
    drawn_there = [future.result() for future in beside.futures[2:]]   # after the suites
    assert len(drawn_there) == 3 and all(png.startswith(b"\x89PNG") for png in drawn_there)
    written = tmp_path / "demo"
    assert (written / timeline.NAME).read_bytes() == timeline.build(run)
    assert (written / genogram.NAME).read_bytes() == genogram.build(run)
    assert genogram.build(run, pseudonyms=True) in _png_in(written / "overview_draft.docx")
    assert sorted(drawn_there) == sorted([timeline.build(run), genogram.build(run),
                                          genogram.build(run, pseudonyms=True)])


def test_the_timeline_is_handed_to_the_second_process_before_the_rows_are_compared(
        tmp_path, beside, monkeypatch):
    """The timeline needs the chronology in order, not merge's comparisons (rows new since
    the last merge, inconsistencies), so it is drawn there while they run here."""
    submitted_before = []
    compare = run_module.merge.compare

    def watched(*arguments):
        submitted_before.append(len(beside.futures))
        merged = compare(*arguments)
        assert merged.inconsistencies and not arguments[1].inconsistencies
        return merged

    monkeypatch.setattr(run_module.merge, "compare", watched)
    run = run_module.run_case(DEMO, tmp_path, protect=False, second=beside)
    # The GX import, the suites, the two genograms and the timeline: all five by then.
    assert submitted_before == [5]
    assert beside.futures[4].result() == timeline.build(run)


def _cannot_draw(*_) -> bytes:
    raise RuntimeError("no drawing here")


def test_a_picture_the_second_process_could_not_draw_is_drawn_here(tmp_path, beside,
                                                                   monkeypatch, caplog):
    to_draw = run_module.assemble.to_draw
    monkeypatch.setattr(run_module.assemble, "to_draw", lambda run, merged: {
        name: (_cannot_draw, arguments)
        for name, (_, arguments) in to_draw(run, merged=merged).items()})
    with caplog.at_level(logging.WARNING):
        run = run_module.run_case(DEMO, tmp_path, protect=False, second=beside)
    assert "did not draw timeline.png (RuntimeError); it is drawn here" in caplog.text
    assert (tmp_path / "demo" / timeline.NAME).read_bytes() == timeline.build(run)
    assert (tmp_path / "demo" / genogram.NAME).read_bytes() == genogram.build(run)
