"""pipeline.readback: edits read back from workbooks protected or not, saved by
LibreOffice, deleted, or open in another program."""

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from pipeline import assemble, readback
from pipeline.assemble import Output, single
from pipeline.case import load_case
from pipeline.model import CaseRun
from pipeline.outputs import case_lock
from pipeline.protect import encrypt_office
from pipeline.readback import (
    LOCKED,
    MISSING,
    UNREADABLE,
    lock_file_of,
    read_edits,
    read_previous_output,
)
from tests.builders.runs import case_run

PASSWORD = "DEMO-2016-01"
KEYS, EDITS = ("Row ID",), ("Panel mark", "Panel note")


def annotated_workbook(author: str = "Dr A Panel") -> bytes:
    """A chronology sheet with three rows, two of them marked, saved by `author`."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Chronology"
    sheet.append(["Date", "Agency", "Row ID", "Panel mark", "Panel note"])
    sheet.append(["03-04-2015", "Police", "r1", "Key episode", "First disclosure"])
    sheet.append(["04-04-2015", "Police", "r2", None, None])
    sheet.append(["05-04-2015", "GP", 17, None, "  Ask about the referral  "])
    book.properties.creator = "Safeguarding board"
    book.properties.lastModifiedBy = author
    other = book.create_sheet("Findings")
    other.append(["Row ID", "Panel mark"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def check_read(edits, author="Dr A Panel"):
    assert edits.exists and edits.readable and not edits.problems
    assert edits.author == author
    assert [(r.sheet_row, r["Row ID"], r["Panel mark"], r["Panel note"]) for r in edits.rows] \
        == [(2, "r1", "Key episode", "First disclosure"), (4, "17", "", "Ask about the referral")]


def test_unprotected_workbook(tmp_path):
    path = tmp_path / "copy.xlsx"
    path.write_bytes(annotated_workbook())
    check_read(read_edits(path, PASSWORD, "chronology", KEYS, EDITS))


def test_protected_workbook(tmp_path):
    path = tmp_path / "copy.xlsx"
    path.write_bytes(encrypt_office(annotated_workbook(), PASSWORD))
    check_read(read_edits(path, PASSWORD, "Chronology", KEYS, EDITS))


def test_other_password_is_a_problem_not_an_exception(tmp_path):
    path = tmp_path / "copy.xlsx"
    path.write_bytes(encrypt_office(annotated_workbook(), "another"))
    edits = read_edits(path, PASSWORD, "Chronology", KEYS, EDITS)
    assert not edits.readable and not edits.rows
    assert [p.code for p in edits.problems] == [UNREADABLE]
    assert "copy.xlsx" in edits.problems[0].message
    assert "password" in edits.problems[0].message
    assert "Error" not in edits.problems[0].message


def test_missing_key_column_and_sheet(tmp_path):
    path = tmp_path / "copy.xlsx"
    path.write_bytes(annotated_workbook())
    no_key = read_edits(path, PASSWORD, "Chronology", ("Row ID", "Event"), EDITS)
    assert "'Event'" in no_key.problems[0].message and not no_key.rows
    no_sheet = read_edits(path, PASSWORD, "Register", KEYS, EDITS)
    assert "no sheet named 'Register'" in no_sheet.problems[0].message


def test_damaged_and_not_a_workbook(tmp_path):
    path = tmp_path / "copy.xlsx"
    path.write_bytes(annotated_workbook()[:500])
    assert [p.code for p in read_edits(path, PASSWORD, "Chronology", KEYS, EDITS).problems] \
        == [UNREADABLE]
    path.write_bytes(b"%PDF-1.4 not a workbook")
    assert [p.code for p in read_edits(path, PASSWORD, "Chronology", KEYS, EDITS).problems] \
        == [UNREADABLE]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_workbook_saved_by_libreoffice(tmp_path):
    original = tmp_path / "orig.xlsx"
    original.write_bytes(annotated_workbook())
    converted = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/prof",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(converted),
                    str(original)], check=True, capture_output=True, timeout=180)
    saved = converted / "orig.xlsx"
    assert load_workbook(saved).sheetnames == ["Chronology", "Findings"]
    edits = read_edits(saved, PASSWORD, "Chronology", KEYS, EDITS)
    assert not edits.problems
    assert [(r["Row ID"], r["Panel mark"], r["Panel note"]) for r in edits.rows] == \
        [("r1", "Key episode", "First disclosure"), ("17", "", "Ask about the referral")]


@pytest.fixture
def run(case_dir, tmp_path) -> CaseRun:
    return case_run(load_case(case_dir), tmp_path / "out" / "case", protect=True)


def test_deleted_output_is_said_plainly(run):
    edits = read_previous_output(run, "merged_chronology.xlsx", "Chronology", KEYS, EDITS)
    assert not edits.exists and not edits.problems        # a first merge: nothing to say
    run.outputs_dir.mkdir(parents=True)
    (run.outputs_dir / "manifest.json").write_text(json.dumps(
        {"outputs": {"merged_chronology.xlsx": "ab"}}))
    edits = read_previous_output(run, "merged_chronology.xlsx", "Chronology", KEYS, EDITS)
    assert not edits.exists and not edits.rows
    [problem] = edits.problems
    assert problem.code == MISSING
    assert "case/merged_chronology.xlsx" in problem.message
    assert "no longer there" in problem.message


@pytest.mark.parametrize("damage", ["truncated", "no key column"])
def test_unreadable_output_is_not_replaced(run, damage):
    """Whatever was typed into an output the run cannot read stays in it: the run writes
    no new version over it, and says so."""
    run.outputs_dir.mkdir(parents=True)
    path = run.outputs_dir / "merged_chronology.xlsx"
    if damage == "truncated":
        saved = annotated_workbook()[:500]
    else:                                   # someone renamed the Row ID column
        book = load_workbook(io.BytesIO(annotated_workbook()))
        book["Chronology"]["C1"] = "Row"
        out = io.BytesIO()
        book.save(out)
        saved = encrypt_office(out.getvalue(), run.case.password)
    path.write_bytes(saved)
    edits = read_previous_output(run, "merged_chronology.xlsx", "Chronology", KEYS, EDITS)
    [problem] = edits.problems
    assert problem.code == UNREADABLE and "did not replace it" in problem.message
    written = (Output("merged_chronology.xlsx",
                      single("merged_chronology.xlsx", lambda _: b"new version")),)
    with case_lock(run.outputs_dir, run.output_password) as staging:
        assemble.assemble(run, staging, written)
    assert path.read_bytes() == saved


def test_an_output_holding_more_markup_than_a_return_is_read(run, monkeypatch):
    """The limit that refuses a crafted return (package.MAX_MARKUP) does not refuse the
    merged chronology of a big case, which is ours: its panel's marks are read."""
    run.outputs_dir.mkdir(parents=True)
    path = run.outputs_dir / "merged_chronology.xlsx"
    path.write_bytes(encrypt_office(annotated_workbook(), run.case.password))
    monkeypatch.setattr(readback, "MAX_MARKUP", 50)    # this small workbook holds more
    assert read_edits(path, PASSWORD, "Chronology", KEYS, EDITS).problems[0].code == \
        UNREADABLE                                       # as a return: refused
    edits = read_previous_output(run, "merged_chronology.xlsx", "Chronology", KEYS, EDITS)
    assert not edits.problems and [r["Row ID"] for r in edits.rows] == ["r1", "17"]


@pytest.mark.parametrize("lock_name", [".~lock.merged_chronology.xlsx#",
                                       "~$merged_chronology.xlsx"])
def test_locked_output_is_read_and_not_replaced(run, lock_name):
    run.outputs_dir.mkdir(parents=True)
    path = run.outputs_dir / "merged_chronology.xlsx"
    saved = encrypt_office(annotated_workbook(), run.case.password)
    path.write_bytes(saved)
    (run.outputs_dir / lock_name).write_text("someone,machine")
    assert lock_file_of(path) == run.outputs_dir / lock_name
    edits = read_previous_output(run, "merged_chronology.xlsx", "Chronology", KEYS, EDITS)
    assert edits.locked
    check_locked = [p for p in edits.problems if p.code == LOCKED]
    assert len(check_locked) == 1 and lock_name in check_locked[0].message
    assert "did not replace" in check_locked[0].message
    assert [r["Row ID"] for r in edits.rows] == ["r1", "17"]    # what was saved is read
    written = (Output("merged_chronology.xlsx",
                      single("merged_chronology.xlsx", lambda _: b"new version")),
               Output("other.xlsx", single("other.xlsx", lambda _: annotated_workbook())))
    with case_lock(run.outputs_dir, run.output_password) as staging:
        assemble.assemble(run, staging, written)
    assert path.read_bytes() == saved                             # nothing typed is lost
    assert (run.outputs_dir / "other.xlsx").is_file()


def test_locked_input_copy_is_a_warning(tmp_path):
    path = tmp_path / "Panel copy - Dr Panel.xlsx"
    path.write_bytes(annotated_workbook())
    (tmp_path / "~$nel copy - Dr Panel.xlsx").write_text("x")      # Word/Excel's long form
    edits = read_edits(path, PASSWORD, "Chronology", KEYS, EDITS)
    assert edits.locked and len(edits.rows) == 2
    assert edits.problems[0].severity.value == "warning"
    assert "next run" in edits.problems[0].message


def test_author_falls_back_to_creator(tmp_path):
    path = tmp_path / "copy.xlsx"
    path.write_bytes(annotated_workbook(author=""))
    assert read_edits(path, PASSWORD, "Chronology", KEYS, EDITS).author == "Safeguarding board"


def test_absent_file(tmp_path: Path):
    edits = read_edits(tmp_path / "none.xlsx", PASSWORD, "Chronology", KEYS, EDITS)
    assert not edits.exists and not edits.rows and not edits.problems


def test_panel_copies_are_not_read_as_returns(case_dir):
    from pipeline.ingest import discover

    (case_dir / "panel").mkdir()
    (case_dir / "panel" / "copy.xlsx").write_bytes(annotated_workbook())
    (case_dir / "Police.xlsx").write_bytes(annotated_workbook())
    found = [p.relative_to(case_dir).as_posix() for p in discover(load_case(case_dir))]
    assert found == ["Police.xlsx"]
