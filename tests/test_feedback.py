"""feedback/<agency>.docx: one letter a current return with findings, ready to send."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx import Document

from pipeline.assemble import feedback
from pipeline.case import DEFAULT_BOARD, Agency, Case
from pipeline.model import CaseRun, Finding, Return, Severity
from pipeline.protect import decrypt_output, is_protected_package
from tests.builders.runs import write_outputs

POLICE, CSC, HV = "Thames Valley Police", "Children's Social Care", "Health Visiting Service"


def make_run(tmp_path: Path, protect: bool = False) -> CaseRun:
    case = Case(root=tmp_path, reference="TEST-2016-01", review="Serious Case Review",
                subject="Child X", period_from=dt.date(2014, 1, 1),
                period_to=dt.date(2015, 12, 31),
                agencies=[Agency(POLICE), Agency(CSC), Agency(HV)])
    run = CaseRun(case=case, outputs_dir=tmp_path / "out", protect=protect,
                  today=dt.date(2016, 3, 1))

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


def letter(run: CaseRun, name: str) -> Document:
    data = (run.outputs_dir / name).read_bytes()
    if is_protected_package(data):
        data = decrypt_output(data, run.case.password)
    return Document(io.BytesIO(data))


def test_one_letter_a_current_return_with_findings(tmp_path):
    run = make_run(tmp_path)
    write_outputs(run, feedback.NAME)
    # Police: only its superseded return has findings; HV: none; CSC: one letter.
    assert sorted(run.outputs) == ["feedback/Childrens Social Care.docx"]


def test_the_letter_says_what_to_correct_row_by_row(tmp_path):
    run = make_run(tmp_path)
    write_outputs(run, feedback.NAME)
    document = letter(run, "feedback/Childrens Social Care.docx")
    text = "\n".join(p.text for p in document.paragraphs)
    for words in ("Case reference: TEST-2016-01 (Serious Case Review)",
                  f"Agency: {CSC}", "Return file: returns/csc.docx",
                  "Date completed: 12/02/2016", "Date of this letter: 01-03-2016",
                  "Dear A Author,", "1 point that must be corrected and 2 to check",
                  "What the template asks", "Times in 24-hour form",
                  "returns/csc.docx: the document holds tracked changes"):
        assert words in text, words
    table = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Row", "As written", "What to correct", "Must or check"]
    assert rows[1] == ["Table 1, row 2", "04/13/2015",
                       "Row 2: '04/13/2015' is written month first; please write 13-04-2015.",
                       "Must"]
    assert rows[2][0] == "Table 2, row 7" and rows[2][1] == "03/04/2015"   # control char gone
    assert rows[2][3] == "Check"
    assert table.rows[0]._tr.trPr is not None        # header repeated on every page


def test_document_properties_name_the_board_not_python_docx(tmp_path):
    run = make_run(tmp_path)
    write_outputs(run, feedback.NAME)
    props = letter(run, "feedback/Childrens Social Care.docx").core_properties
    assert props.author == DEFAULT_BOARD == props.last_modified_by
    assert props.title == f"Chronology feedback: {CSC} - TEST-2016-01"
    assert "python-docx" not in f"{props.comments} {props.author} {props.title}"
    assert props.created.date() == dt.date(2016, 3, 1)


def test_the_board_named_in_case_toml_signs_the_letter(tmp_path):
    run = make_run(tmp_path)
    run.case.board = "Fictional Safeguarding Children Partnership"
    write_outputs(run, feedback.NAME)
    document = letter(run, "feedback/Childrens Social Care.docx")
    assert document.core_properties.author == run.case.board
    assert document.paragraphs[-1].text == run.case.board


def test_letters_are_protected_with_the_case_password(tmp_path):
    run = make_run(tmp_path, protect=True)
    write_outputs(run, feedback.NAME)
    data = (run.outputs_dir / "feedback/Childrens Social Care.docx").read_bytes()
    assert is_protected_package(data)
    assert letter(run, "feedback/Childrens Social Care.docx").tables


def test_two_current_returns_of_one_agency_get_a_letter_each(tmp_path):
    run = make_run(tmp_path)
    run.superseded = []
    run.findings.append(Finding("period", Severity.WARNING, "Row 4: 'May 2014' is a period.",
                                "tvp_v2.docx", "1", 4, POLICE, "May 2014"))
    write_outputs(run, feedback.NAME)
    assert {"feedback/Thames Valley Police - tvp_v1.docx",
            "feedback/Thames Valley Police - tvp_v2.docx"} <= set(run.outputs)


def test_file_names_are_safe():
    ret = Return(path=Path("/x"), file="a/b.docx", sha256="")
    assert feedback.file_name("../../etc/Agency: A*B?", ret, False) == (
        "feedback/etc Agency AB.docx")
    assert feedback.file_name("GP", ret, True) == "feedback/GP - b.docx"
