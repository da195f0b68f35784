"""The data protection officer's loop: anonymisation_report.xlsx lists every replacement
and suspect, one line per occurrence; the decisions typed into it are read back on the
next merge (protected, or saved again by LibreOffice) and applied; the gate still runs;
no decision lets a key identifier through."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess

import pytest
from docx import Document
from openpyxl import load_workbook

from pipeline.anonymise.decisions import KEEP, REPLACE, RESTORE, Decision, parse_decision
from pipeline.assemble import anonymisation_report, executive_summary
from pipeline.protect import encrypt_office
from tests.builders.runs import opened, reports_run, write_outputs

ORDINARY_GUESS = "Fennimore"      # a team name the gate cannot explain: the officer restores it


@pytest.mark.parametrize(("written", "text", "expected"), [
    ("restore", "", Decision(RESTORE)), ("Restore ", "", Decision(RESTORE)),
    ("keep redacted", "", Decision(KEEP)), ("Keep", "", Decision(KEEP)),
    ("replace with text", "the nursery", Decision(REPLACE, "the nursery")),
    ("replace with text", "", None), ("", "", None), ("maybe", "", None),
])
def test_decisions_are_read_as_people_type_them(written, text, expected):
    assert parse_decision(written, text) == expected


def _lines(data: bytes) -> tuple[list[str], list[dict]]:
    sheet = load_workbook(io.BytesIO(data))[anonymisation_report.SHEET]
    header = [c.value for c in sheet[1]]
    return header, [dict(zip(header, (c.value for c in row), strict=True))
                    for row in sheet.iter_rows(min_row=2)]


def _summary_text(run) -> str:
    document = Document(io.BytesIO(opened(run, executive_summary.NAME)))
    return "\n".join(p.text for p in document.paragraphs)


def _decide(run, choose) -> None:
    """Type decisions into the written report (as the officer would), save it protected."""
    data = opened(run, anonymisation_report.NAME)
    workbook = load_workbook(io.BytesIO(data))
    sheet = workbook[anonymisation_report.SHEET]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        line = dict(zip(header, (c.value for c in row), strict=True))
        decision = choose(line)
        if decision:
            row[header.index("Decision")].value = decision[0]
            row[header.index("Replacement text")].value = decision[1]
    out = io.BytesIO()
    workbook.save(out)
    content = out.getvalue()
    if run.protect:
        content = encrypt_office(content, run.case.password)
    (run.outputs_dir / anonymisation_report.NAME).write_bytes(content)


def _again(run):
    return dataclasses.replace(run, findings=[], outputs={},
                               anonymisation_decisions=None, outputs_kept=set())


@pytest.fixture()
def first_run(tmp_path):
    run, _ = reports_run(tmp_path)
    police = run.reports[-1]
    police.sections["learning"].insert(
        0, f"Learning: the {ORDINARY_GUESS} team did not ring Jane Brown about Kayla.")
    write_outputs(run, executive_summary.NAME, anonymisation_report.NAME)
    return run


def _choose(line: dict):
    if line["Original"] == ORDINARY_GUESS:
        return (RESTORE, "")
    if line["Original"] == "Kayla" and line["Found by"] == "anonymiser":
        return (RESTORE, "")                     # a key name: must never come back
    if line["Original"] == "Jane Brown":
        return (REPLACE, "the health visitor")
    return None


def test_one_line_per_occurrence_with_context_and_a_decision_column(first_run):
    header, lines = _lines(opened(first_run, anonymisation_report.NAME))
    assert header[-2:] == ["Decision", "Replacement text"]
    guess = [line for line in lines if line["Original"] == ORDINARY_GUESS
             and line["Document"] == executive_summary.NAME]
    assert len(guess) == 1 and guess[0]["Found by"] == "publication gate"
    assert ORDINARY_GUESS in guess[0]["Context"] and "[name]" in guess[0]["Now reads"]
    assert ORDINARY_GUESS not in _summary_text(first_run)


def test_decisions_are_applied_on_the_next_merge_and_kept(first_run):
    _decide(first_run, _choose)
    second = _again(first_run)
    write_outputs(second, executive_summary.NAME, anonymisation_report.NAME)
    text = _summary_text(second)
    assert f"the {ORDINARY_GUESS} team" in text                 # restored
    assert "Kayla" not in text and "Child X" in text            # a key name stays redacted
    assert "ring the health visitor" in text                    # replaced with the text
    _, lines = _lines(opened(second, anonymisation_report.NAME))
    decided = {line["Original"]: line["Decision"] for line in lines if line["Decision"]}
    assert decided[ORDINARY_GUESS] == RESTORE and decided["Jane Brown"] == REPLACE
    assert not [f for f in second.findings if f.code == "anonymisation_leak"]


def test_a_replacement_text_is_checked_by_the_gate(first_run):
    _decide(first_run, lambda line: (REPLACE, "Zebedee Quarrington")
            if line["Original"] == "Jane Brown" else None)
    second = _again(first_run)
    write_outputs(second, executive_summary.NAME, anonymisation_report.NAME)
    assert "Quarrington" not in _summary_text(second)


def test_a_decision_that_is_gone_is_kept_on_its_own_sheet(first_run):
    _decide(first_run, _choose)
    second = _again(first_run)
    second.reports[-1].sections["learning"].pop(0)      # the sentence is no longer there
    write_outputs(second, executive_summary.NAME, anonymisation_report.NAME)
    workbook = load_workbook(io.BytesIO(opened(second, anonymisation_report.NAME)))
    earlier = [[c.value for c in row] for row in
               workbook[anonymisation_report.EARLIER].iter_rows(min_row=2)]
    assert any(ORDINARY_GUESS in row for row in earlier)


def test_an_unreadable_decision_is_a_warning(first_run):
    _decide(first_run, lambda line: ("perhaps", "") if line["Original"] == ORDINARY_GUESS
            else None)
    second = _again(first_run)
    write_outputs(second, executive_summary.NAME, anonymisation_report.NAME)
    assert [f.code for f in second.findings if f.code == "decision_unreadable"]
    assert ORDINARY_GUESS not in _summary_text(second)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_decisions_saved_by_libreoffice_are_read(tmp_path):
    run, _ = reports_run(tmp_path, protect=False)
    run.reports[-1].sections["learning"].insert(
        0, f"Learning: the {ORDINARY_GUESS} team did not ring.")
    write_outputs(run, executive_summary.NAME, anonymisation_report.NAME)
    _decide(run, _choose)
    report = run.outputs_dir / anonymisation_report.NAME
    converted = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir",
                    str(converted), str(report)], check=True, capture_output=True,
                   timeout=180)
    shutil.copy(converted / report.name, report)
    second = _again(run)
    write_outputs(second, executive_summary.NAME, anonymisation_report.NAME)
    assert f"the {ORDINARY_GUESS} team" in _summary_text(second)
