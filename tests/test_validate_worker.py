"""The suites run in a second process while merge runs: the run ends the same as when
validate runs whole before merge, and a worker that fails never costs a finding.

This test session has imported Great Expectations, so a run here would not start a worker
on its own (validate.worker.wanted); these tests give the run one.
"""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

import pytest

from pipeline import ingest, merge, normalise, validate
from pipeline.case import load_case
from pipeline.model import CaseRun
from pipeline.validate import SuiteError
from pipeline.validate.worker import SuiteWorker, WorkerLost, wanted
from tests.test_validate import POLICE, clean_row, make_return, make_run
from tests.test_validate_returns import copy_suites, edit_suite

DEMO = Path(__file__).resolve().parents[1] / "inputs" / "demo"


def read_demo(tmp_path: Path, name: str) -> CaseRun:
    run = CaseRun(case=load_case(DEMO), outputs_dir=tmp_path / name, protect=False)
    ingest.ingest(run)
    normalise.normalise(run)
    return run


def what_the_panel_sees(run: CaseRun) -> tuple[list, list]:
    findings = [(f.code, f.severity, f.file, f.table, f.row, f.agency, f.message, f.text)
                for f in run.all_findings]
    rows = [(row.provenance.file, row.provenance.row, tuple(row.flags), row.event)
            for row in run.merged]
    return findings, rows


@pytest.fixture(scope="module")
def in_order(tmp_path_factory) -> tuple[list, list]:
    """The demo validated whole, then merged: the order SPEC.md gives the stages."""
    run = read_demo(tmp_path_factory.mktemp("in_order"), "demo")
    validate.validate(run)
    merge.merge(run)
    return what_the_panel_sees(run)


def test_suites_beside_merge_end_as_suites_before_merge(tmp_path, in_order):
    run = read_demo(tmp_path, "demo")
    run.suite_worker = SuiteWorker()
    try:
        validate.start(run)
        assert run.pending_validation.in_worker
        merge.merge(run)
        validate.finish(run)
    finally:
        run.suite_worker.close()
    findings, rows = what_the_panel_sees(run)
    assert findings == in_order[0]
    assert rows == in_order[1]


def near_duplicates_with_findings(tmp_path: Path) -> CaseRun:
    """Two entries of a day nearly the same, with times written am/pm, and one repeated
    word for word: rows whose flags come from both stages, and a duplicate both see."""
    rows = [clean_row(2, date="03/04/2015 2.30pm", comment="Home visit, mother present."),
            clean_row(3, date="03/04/2015 2.30pm", comment="Home visit; mother present"),
            clean_row(4, date="05/04/2015"), clean_row(5, date="05/04/2015")]
    rows[3]["comment"] = rows[2]["comment"]
    return make_run(tmp_path, [make_return(POLICE, rows)])


def test_flags_of_both_stages_keep_their_order(tmp_path):
    first = near_duplicates_with_findings(tmp_path / "first")
    validate.validate(first)
    merge.merge(first)
    second = near_duplicates_with_findings(tmp_path / "second")
    second.suite_worker = SuiteWorker()
    try:
        validate.start(second)
        merge.merge(second)
        validate.finish(second)
    finally:
        second.suite_worker.close()
    assert what_the_panel_sees(second) == what_the_panel_sees(first)
    flags = [row.flags for row in second.merged]
    assert ["time_12h", "near_duplicate"] in flags       # validate's, then merge's
    codes = [f.code for f in second.findings]
    assert codes.count("exact_duplicate") == 1          # merge's; validate's replaced


def test_a_worker_that_dies_costs_nothing(tmp_path, in_order, caplog):
    run = read_demo(tmp_path, "demo")
    run.suite_worker = SuiteWorker()
    validate.start(run)
    run.suite_worker.close()          # killed while the suites were to run
    merge.merge(run)
    with caplog.at_level(logging.WARNING):
        validate.finish(run)
    assert what_the_panel_sees(run) == in_order
    assert "the suites run here instead" in caplog.text


def test_a_worker_that_stops_answering_is_given_up(tmp_path, in_order, caplog):
    run = read_demo(tmp_path, "demo")
    run.suite_worker = SuiteWorker()
    run.suite_worker.patience = 1.0
    validate.start(run)
    os.kill(run.suite_worker._process.pid, signal.SIGSTOP)     # alive, but never answers
    merge.merge(run)
    with caplog.at_level(logging.WARNING):
        validate.finish(run)
    assert what_the_panel_sees(run) == in_order
    assert "no answer from the worker in 1 s" in caplog.text
    assert run.suite_worker._process.poll() is not None         # and it was stopped


def test_a_suite_that_cannot_run_in_the_worker_stops_with_the_file_named(tmp_path):
    folder = copy_suites(tmp_path)
    edit_suite(folder, "chronology_rows.json", lambda suite: suite["expectations"].append({
        "type": "expect_column_values_to_not_be_null", "kwargs": {"column": "no_such"},
        "meta": {"code": "x"}}))
    run = read_demo(tmp_path, "demo")
    run.suite_worker = SuiteWorker()
    try:
        validate.start(run, suites=folder)
        with pytest.raises(SuiteError, match="chronology_rows.json"):
            validate.finish(run)
    finally:
        run.suite_worker.close()


def test_a_worker_asked_for_an_answer_it_was_never_sent_says_so():
    worker = SuiteWorker()
    try:
        with pytest.raises(WorkerLost, match="no job"):
            worker.failures()
    finally:
        worker.close()


def test_a_process_that_has_imported_great_expectations_needs_no_worker(tmp_path):
    validate.suites.import_great_expectations()
    assert not wanted()
    run = read_demo(tmp_path, "demo")
    with validate.suite_worker(run):
        assert run.suite_worker is None
