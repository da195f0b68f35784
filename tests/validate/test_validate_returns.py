"""validate: the return as a whole (header block, staff list, timeliness, file flags), the
agencies that have not returned, and suites that a board edits (no code change)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from pipeline.case import CaseError
from pipeline.model import Finding, Severity
from pipeline.validate import SHIPPED_SUITES, SuiteError
from tests.builders.cases import CSC, POLICE
from tests.builders.chronology_rows import clean_row, written_return
from tests.builders.runs import normalised_run, validate_stage


def codes_of(run, file: str) -> dict[str, Finding]:
    return {f.code: f for f in run.findings if f.file == file and f.row is None}


@pytest.fixture(scope="module")
def validated(tmp_path_factory):
    """Four police returns each breaking return-wide rules; no CSC return."""
    tmp_path = tmp_path_factory.mktemp("returns")
    returns = [
        written_return(POLICE, [clean_row(2)], file="clean.docx"),
        written_return(POLICE, [clean_row(2)], file="header.docx", agency_as_written="",
                    date_completed="", completed_by=" ",
                    file_flags=["tracked_changes", "macros", "hidden_sheet", "protected"]),
        written_return(POLICE, [clean_row(2)], file="late.docx", date_completed="20/02/2016",
                    staff_key={}, file_flags=["single_contact_column"]),
        written_return(POLICE, [clean_row(2, staff="")], file="nostaff.docx", staff_key={},
                    date_completed="sometime in February"),
        written_return("Fictional Youth Club", [clean_row(2)], file="stranger.docx",
                    agency_matched=False),
    ]
    run = normalised_run(tmp_path, returns, agencies=(POLICE, CSC))
    validate_stage(run)
    return run


def test_a_clean_return_has_no_finding(validated):
    assert [f for f in validated.findings if f.file == "clean.docx"] == []


def test_header_block_fields_must_be_filled(validated):
    found = codes_of(validated, "header.docx")
    for code in ("header_agency_missing", "header_date_missing", "header_person_missing"):
        assert found[code].severity is Severity.WARNING
    assert found["header_date_missing"].message == (
        "header.docx: 'Date completed' at the top of the template is empty; please fill it "
        "in as dd-mm-yyyy.")


def test_tracked_changes_and_macros_are_reported_protection_is_not(validated):
    found = codes_of(validated, "header.docx")
    assert {"tracked_changes", "macros", "hidden_sheet"} <= set(found)
    assert "protected" not in found
    assert "deletions were not" in found["tracked_changes"].message


def test_a_return_completed_after_its_due_date_is_late(validated):
    late = codes_of(validated, "late.docx")["return_late"]
    assert late.message == "late.docx: completed on 20-02-2016, after the due date of 15-02-2016."
    assert "return_late" not in codes_of(validated, "clean.docx")


def test_the_received_date_counts_when_date_completed_cannot_be_read(validated):
    found = codes_of(validated, "nostaff.docx")
    assert found["header_date_unreadable"].text == "sometime in February"
    assert "return_late" not in found          # received 12-02-2016, before the due date


def test_initials_without_a_staff_id_list(validated):
    assert "staff_id_list_missing" in codes_of(validated, "late.docx")
    # No row names staff, so no list is needed.
    assert "staff_id_list_missing" not in codes_of(validated, "nostaff.docx")


def test_single_contact_column(validated):
    assert "single_contact_column" in codes_of(validated, "late.docx")


def test_unmatched_agency_is_reported_once(validated):
    unmatched = [f for f in validated.all_findings if f.code == "agency_unmatched"]
    assert len(unmatched) == 1 and unmatched[0].file == "stranger.docx"
    assert "Fictional Youth Club" in unmatched[0].message


def test_a_finding_for_each_agency_that_has_not_returned(validated):
    missing = [f for f in validated.findings if f.code == "return_missing"]
    assert [(f.agency, f.severity) for f in missing] == [(CSC, Severity.ERROR)]
    assert missing[0].message == ("No chronology has been received from Children's Social "
                                  "Care (due 15-02-2016); please chase the return.")


# -- suites a board edits ------------------------------------------------------------------


def copy_suites(tmp_path: Path) -> Path:
    folder = tmp_path / "expectations"
    shutil.copytree(SHIPPED_SUITES, folder)
    return folder


def edit_suite(folder: Path, name: str, change) -> None:
    path = folder / name
    suite = json.loads(path.read_text())
    change(suite)
    path.write_text(json.dumps(suite, indent=2))


def period_run(tmp_path: Path):
    # After the review period, before today: a future date only by the edited rule.
    return normalised_run(tmp_path, [written_return(POLICE, [clean_row(2, date="15/01/2016")])])


def test_a_changed_rule_changes_the_result_without_a_code_change(tmp_path):
    shipped = period_run(tmp_path / "a")
    validate_stage(shipped)
    assert "future_date" not in {f.code for f in shipped.findings}

    folder = copy_suites(tmp_path)

    def today_is_a_bound(suite):   # the board: nothing after the review period ends
        for expectation in suite["expectations"]:
            if expectation["meta"]["code"] == "future_date":
                expectation["kwargs"]["max_value"] = {"$PARAMETER": "period_to"}

    edit_suite(folder, "chronology_rows.json", today_is_a_bound)
    edited = period_run(tmp_path / "b")
    validate_stage(edited, suites=folder)
    assert "future_date" in {f.code for f in edited.findings}


def test_a_removed_rule_reports_nothing(tmp_path, monkeypatch):
    folder = copy_suites(tmp_path)
    edit_suite(folder, "chronology_rows.json", lambda suite: suite.update(expectations=[
        e for e in suite["expectations"] if e["meta"]["code"] != "staff_missing"]))
    monkeypatch.setenv("PIPELINE_EXPECTATIONS", str(folder))   # the environment's way
    run = normalised_run(tmp_path, [written_return(POLICE, [clean_row(2, staff="")])])
    validate_stage(run)
    assert "staff_missing" not in {f.code for f in run.findings}


def test_a_boards_own_rule_with_its_own_code_and_sentence(tmp_path):
    folder = copy_suites(tmp_path)
    edit_suite(folder, "chronology_rows.json", lambda suite: suite["expectations"].append({
        "type": "expect_column_values_to_not_be_null", "kwargs": {"column": "comment"},
        "meta": {"code": "comment_missing", "message": "{where}: please add a comment.",
                 "rule": "every entry is commented"},
        "severity": "critical"}))
    rows = [clean_row(2, comment=""), clean_row(3)]
    run = normalised_run(tmp_path, [written_return(POLICE, rows)])
    validate_stage(run, suites=folder)
    own = [f for f in run.findings if f.code == "comment_missing"]
    assert [(f.row, f.severity, f.message) for f in own] == [
        (2, Severity.ERROR, "Row 2: please add a comment.")]


def test_a_suite_naming_a_missing_column_stops_with_the_file_named(tmp_path):
    folder = copy_suites(tmp_path)
    edit_suite(folder, "chronology_rows.json", lambda suite: suite["expectations"].append({
        "type": "expect_column_values_to_not_be_null", "kwargs": {"column": "no_such"},
        "meta": {"code": "x"}}))
    run = normalised_run(tmp_path, [written_return(POLICE, [clean_row(2)])])
    with pytest.raises(SuiteError, match="chronology_rows.json") as raised:
        validate_stage(run, suites=folder)
    assert isinstance(raised.value, CaseError)   # the command line exits 2 with the message


@pytest.mark.parametrize(("content", "words"), [
    ("{not json", "not valid JSON"),
    ('{"name": "x", "expectations": []}', "meta.applies_to"),
    ('{"name": "x", "meta": {"applies_to": "rows"}, "expectations": '
     '[{"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "staff"}}]}',
     "meta.code"),
])
def test_a_broken_suite_file_is_named_with_the_fix(tmp_path, content, words):
    folder = tmp_path / "suites"
    folder.mkdir()
    (folder / "board.json").write_text(content)
    run = normalised_run(tmp_path, [written_return(POLICE, [clean_row(2)])])
    with pytest.raises(SuiteError, match=words):
        validate_stage(run, suites=folder)


def test_today_is_passed_as_a_parameter_not_edited_into_the_suite():
    text = (SHIPPED_SUITES / "chronology_rows.json").read_text()
    assert '"$PARAMETER": "today"' in text and "2016" not in text
    assert dt.date.today().isoformat() not in text


def test_a_return_without_entries_is_an_error(tmp_path):
    run = normalised_run(tmp_path, [written_return(POLICE, [])])
    validate_stage(run)
    assert [(f.code, f.severity, f.file) for f in run.findings] == [
        ("return_empty", Severity.ERROR, f"{POLICE}.docx")]


def test_a_year_typed_far_ahead_in_date_completed_is_reported_not_a_crash(tmp_path):
    # 2916 for 2016: beyond the dates a suite's datetime64[ns] column holds (2262). The
    # suites see the last day it holds, still after the due date; the finding the day typed.
    typo = written_return(POLICE, [clean_row(2)], file="typo.docx", date_completed="12/02/2916")
    run = normalised_run(tmp_path, [typo], agencies=(POLICE,))
    validate_stage(run)
    assert "completed on 12-02-2916" in codes_of(run, "typo.docx")["return_late"].message
