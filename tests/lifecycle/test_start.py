"""start: each agency's letter and pre-filled templates, protected, never overwritten
silently; filled-in templates read back cleanly through ingest."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from pipeline.cli import main
from pipeline.ingest import read_file
from pipeline.lifecycle import letters
from pipeline.lifecycle.start import load_started, start_case
from pipeline.model import AgencyReport, Return
from pipeline.protect import decrypt_output
from tests.builders.cases import DEMO, write_case_toml
from tests.builders.filled_templates import fill_chronology, fill_report
from tests.builders.runs import case_run, normalise_stage, validate_stage

TODAY = dt.date(2016, 1, 20)
PASSWORD = "DEMO-2016-01"
SOFFICE = shutil.which("soffice")
POLICE = "to_agencies/Thames Valley Police"
DEMO_TERMS = DEMO / "Terms of Reference - DEMO-2016-01.docx"


def opened(path: Path, password: str = PASSWORD) -> docx.document.Document:
    return docx.Document(io.BytesIO(decrypt_output(path.read_bytes(), password)))


def text_of(document) -> str:
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    footers = [p.text for s in document.sections for p in s.footer.paragraphs]
    return "\n".join([p.text for p in document.paragraphs] + cells + footers)


@pytest.fixture
def started(case_dir, tmp_path):
    shutil.copy(DEMO_TERMS, case_dir / "terms.docx")
    result = start_case(case_dir, tmp_path / "out", today=TODAY)
    return result, tmp_path / "out" / "case"


def test_four_documents_per_agency_all_protected(started):
    result, outputs = started
    assert len(result.written) == 7 * 4 and not result.kept and not result.replaced
    for name in letters.DOCUMENTS:
        data = (outputs / POLICE / name).read_bytes()
        assert data.startswith(b"\xd0\xcf\x11\xe0"), name          # an encrypted container
    assert sorted(p.name for p in (outputs / "to_agencies").iterdir()) == [
        "Acute Hospital Trust", "Childrens Social Care", "General Practice",
        "Health Visiting Service", "Housing Services", "Oakfield Primary School",
        "Thames Valley Police"]
    assert load_started(outputs) == {a: "20-01-2016" for a in load_started(outputs)}


def test_the_letter_says_board_reference_due_dates_and_protection(started):
    _, outputs = started
    text = text_of(opened(outputs / POLICE / "notification_letter.docx"))
    for expected in ("Oakbridge Safeguarding Children Board", "DEMO-2016-01", "20 January 2016",
                     "return it by 15-02-2016", "by 15-03-2016", "Encrypt with Password",
                     "the same password that opened this letter",
                     "The review itself is due by 04-07-2016"):
        assert expected in text, expected
    # Appendix 3's own wording
    assert "has had some involvement or contact with the child" in text
    assert "need to be made secure from the date of receipt of this letter" in text
    # no agency report is due from the school: its letter does not ask for one by a date
    school = text_of(opened(outputs / "to_agencies/Oakfield Primary School"
                            / "notification_letter.docx"))
    assert "by 15-03-2016" not in school and "return it by 15-02-2016" in school


def test_templates_are_pre_filled(started):
    _, outputs = started
    chronology = opened(outputs / POLICE / "chronology_template.docx")
    text = text_of(chronology)
    assert "Chronology Template in respect of: Child X" in text
    assert "DEMO-2016-01" in text and "RESTRICTED" in text
    header, table, _staff = chronology.tables
    assert [c.text for c in header.rows[0].cells] == [
        "Agency:", "Date completed:", "Name of person completing chronology:"]
    assert header.rows[1].cells[0].text == "Thames Valley Police"
    assert table.rows[0].cells[0].text == "DATE & TIME"
    assert "List initial of those involved" in table.rows[0].cells[5].text
    assert "Record times in 24-hour format" in text
    assert "Kayla" not in text and "Smith" not in text       # the child as outputs name them
    report = text_of(opened(outputs / POLICE / "agency_report_template.docx"))
    assert "Agency: Thames Valley Police" in report and "Subject: Child X" in report
    assert "Oakbridge" in report
    # the terms of reference from the case folder, inside Appendix 2 of the report
    assert "Scope and Terms of Reference" in report and "Kayla" not in report
    plan = text_of(opened(outputs / POLICE / "action_plan_template.docx"))
    assert "Recommendation (*SMART)" in plan and "Thames Valley Police" in plan


def test_terms_of_reference_text_reaches_the_report_template(started, case_dir):
    _, outputs = started
    from pipeline.case import load_case
    terms = read_file(case_dir / "terms.docx", load_case(case_dir))[0]
    assert terms.kind == "terms_of_reference"
    lines = terms.sections["terms_of_reference"]
    report = text_of(opened(outputs / POLICE / "agency_report_template.docx"))
    scope = next(line for line in lines if line.startswith("The review covers"))
    assert "Kayla" in scope                                 # the board's own document names her
    anonymised = scope.replace("Kayla", "Child X")
    assert anonymised.split(",")[0] in report               # the template uses her pseudonym
    for name in ("Kayla", "Jayden", "Donna", "Ryan Carter"):
        assert name not in report


def test_running_start_twice_keeps_every_letter_and_says_so(started, case_dir, tmp_path, capsys):
    _, outputs = started
    letter = outputs / POLICE / "notification_letter.docx"
    before = letter.read_bytes()
    assert main(["start", "case", "--inputs", str(case_dir.parent),
                 "--outputs", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert "0 written, 0 written again, 28 kept as they were" in printed
    assert "kept as they were (`start --again` writes them again):" in printed
    assert f"    {POLICE}/ (all 4)" in printed
    assert letter.read_bytes() == before
    assert main(["start", "case", "--inputs", str(case_dir.parent),
                 "--outputs", str(tmp_path / "out"), "--again"]) == 0
    printed = capsys.readouterr().out
    assert "0 written, 28 written again, 0 kept" in printed
    assert f"written again:\n    {POLICE}/ (all 4)" in printed
    assert letter.read_bytes() != before
    assert load_started(outputs)["Thames Valley Police"] == "20-01-2016"   # first day kept


def test_no_due_dates_in_case_toml_are_said_missing(case_dir, tmp_path):
    write_case_toml(case_dir, drop=("chronology_due", "report_due"))
    result = start_case(case_dir, tmp_path / "out", protect=False, today=TODAY)
    assert "Thames Valley Police: no chronology due date; add chronology_due" in "\n".join(
        result.notes)
    letter = docx.Document(tmp_path / "out/case" / POLICE / "notification_letter.docx")
    assert "return it by the date we will confirm to you" in text_of(letter)


# --- a filled-in template reads back cleanly ------------------------------------------

def header_findings(case_dir: Path, path: Path) -> list[str]:
    from pipeline.case import load_case

    case = load_case(case_dir)
    run = case_run(case, case_dir.parent / "checked", today=dt.date(2016, 2, 20))
    run.returns = [item for item in read_file(path, case) if isinstance(item, Return)]
    normalise_stage(run)
    validate_stage(run)
    return sorted(f.code for f in run.findings if f.code.startswith(("header_", "agency_",
                                                                     "return_empty")))


def test_a_filled_in_chronology_reads_back_with_no_header_finding(started, case_dir):
    _, outputs = started
    path = fill_chronology(outputs / POLICE / "chronology_template.docx",
                           case_dir / "police return.docx", PASSWORD, protect=True)
    (ret,) = read_file(path, __import__("pipeline.case").case.load_case(case_dir))
    assert ret.agency == "Thames Valley Police" and ret.agency_matched
    assert ret.date_completed == "12-02-2016"
    assert ret.completed_by == "DC Example, Detective Constable"
    assert [r.date_as_written for r in ret.rows] == ["03-04-2015 14:30", "04-04-2015",
                                                     "not known"]
    assert ret.staff_key == {"PC1": "Police Constable", "PC2": "Police Sergeant"}
    assert "protected" in ret.file_flags          # protected again, as the letter asks
    assert header_findings(case_dir, path) == []


def test_an_empty_template_coming_back_is_return_empty(started, case_dir):
    _, outputs = started
    path = case_dir / "police empty.docx"
    opened(outputs / POLICE / "chronology_template.docx").save(path)
    (ret,) = read_file(path, __import__("pipeline.case").case.load_case(case_dir))
    assert ret.agency == "Thames Valley Police" and ret.rows == []
    found = header_findings(case_dir, path)
    assert "return_empty" in found
    assert {"header_date_missing", "header_person_missing"} <= set(found)


def test_an_agency_renamed_after_start_is_recognised_through_its_alias(started, case_dir):
    _, outputs = started
    renamed = {"name": "Police Service", "aliases": ["Thames Valley Police", "TVP"]}
    write_case_toml(case_dir, agency_changes={"Thames Valley Police": renamed})
    path = fill_chronology(outputs / POLICE / "chronology_template.docx",
                           case_dir / "police return.docx", PASSWORD)
    (ret,) = read_file(path, __import__("pipeline.case").case.load_case(case_dir))
    assert ret.agency == "Police Service" and ret.agency_matched


def test_a_filled_in_report_template_reads_as_that_agencys_report(started, case_dir):
    _, outputs = started
    path = fill_report(outputs / POLICE / "agency_report_template.docx",
                       case_dir / "police report.docx", PASSWORD, submitted="10-03-2016")
    (report,) = read_file(path, __import__("pipeline.case").case.load_case(case_dir))
    assert isinstance(report, AgencyReport) and report.kind == "agency_report"
    assert report.agency == "Thames Valley Police"
    assert report.date_submitted == "10-03-2016"
    assert report.missing_sections == []
    assert [a.recommendation for a in report.actions] == [
        "Train staff in recording the child's voice."]




@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_template_saved_again_by_libreoffice_reads_back_cleanly(started, case_dir,
                                                                  tmp_path):
    _, outputs = started
    filled = fill_chronology(outputs / POLICE / "chronology_template.docx",
                             tmp_path / "filled.docx", PASSWORD)
    converted = tmp_path / "libreoffice"
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(converted),
                    str(filled)], check=True, capture_output=True, timeout=180)
    path = case_dir / "police via libreoffice.docx"
    shutil.copy(converted / "filled.docx", path)
    (ret,) = read_file(path, __import__("pipeline.case").case.load_case(case_dir))
    assert ret.agency == "Thames Valley Police" and ret.agency_matched
    assert [r.date_as_written for r in ret.rows] == ["03-04-2015 14:30", "04-04-2015",
                                                     "not known"]
    assert header_findings(case_dir, path) == []


def test_agency_names_that_need_care(case_dir, tmp_path):
    renamed = {"name": "A & E / Urgent <Care>"}
    write_case_toml(case_dir, agency_changes={"Housing Services": renamed})
    start_case(case_dir, tmp_path / "out", protect=False, today=TODAY)
    folder = tmp_path / "out/case/to_agencies/A E Urgent Care"
    letter = docx.Document(folder / "notification_letter.docx")
    assert "your agency, A & E / Urgent <Care>, has had" in text_of(letter)


def test_a_broken_case_toml_is_one_message_and_exit_2(case_dir, tmp_path, capsys):
    (case_dir / "case.toml").write_text('reference = "X"\n')
    for command in ("start", "status"):
        assert main([command, "case", "--inputs", str(case_dir.parent),
                     "--outputs", str(tmp_path / "out")]) == 2
        err = capsys.readouterr().err
        assert "could not be processed: period is missing" in err and "Traceback" not in err
