"""Files recognised by content: a chronology, an agency report, terms of reference, or not
a return (a notice saying what it looks like, never an error)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from pipeline.case import load_case
from pipeline.errors import IngestError, NotAReturn
from pipeline.ingest import read_file
from pipeline.model import AgencyReport, Return
from pipeline.run import run_case
from tests.builders.cases import write_case_toml
from tests.builders.docx_builder import TOOLKIT_HEADINGS, ChronologyDocx
from tests.builders.xlsx_builder import XlsxReturn

PROSE = ("The findings are set out below with the evidence for each, drawn from the sources "
         "listed, and read against the published literature on the subject.")


def _document(path: Path, title: str, headings: list[str], table: list[list[str]] | None = None,
              paragraphs: int = 2) -> Path:
    document = Document()
    document.add_paragraph(title)
    for heading in headings:
        document.add_heading(heading, level=1)
        for _ in range(paragraphs):
            document.add_paragraph(PROSE)
        if table and heading == headings[1]:
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            for cells, row in zip(table, grid.rows, strict=True):
                for text, cell in zip(cells, row.cells, strict=True):
                    cell.text = text
    document.save(path)
    return path


def _read(path: Path):
    return read_file(path, load_case(path.parent))


def test_a_research_paper_is_not_taken_for_an_agency_report(case_dir):
    path = _document(case_dir / "paper.docx", "Review Article",
                     ["Abstract", "1. Introduction", "2. Methodology", "3. Analysis",
                      "4. Results", "5. Discussion", "6. Conclusions", "References"],
                     paragraphs=30)
    with pytest.raises(NotAReturn, match="looks like a paper"):
        _read(path)


def test_a_paper_with_only_a_reports_generic_headings_is_not_a_report(case_dir):
    path = _document(case_dir / "study.docx", "A study of home visiting",
                     ["Introduction", "Methodology", "Analysis", "Conclusions"], paragraphs=20)
    with pytest.raises(NotAReturn):
        _read(path)


def test_a_short_agency_report_with_a_dated_table_is_a_report(case_dir):
    table = [["Date", "Event", "Action taken"],
             ["03/04/2014", "Home visit; baby weighed and well.", "None"],
             ["10/04/2014", "Mother missed the clinic.", "Letter sent"]]
    path = _document(case_dir / "hv report.docx", "Agency Report: Health Visiting Service",
                     ["Introduction", "Agency involvement with the child",
                      "Analysis of involvement", "Recommendations"], table=table, paragraphs=1)
    [item] = _read(path)
    assert isinstance(item, AgencyReport) and item.kind == "agency_report"
    assert any("Home visit" in line for line in item.sections["involvement"])


def test_a_return_on_the_toolkits_template_is_a_chronology(case_dir):
    doc = ChronologyDocx().toolkit_header_block(agency="Thames Valley Police",
                                                date_completed="12/02/2016", completed_by="X")
    for line in ("Record any occasion there was direct or indirect contact with the child",
                 "Record any occasion there was direct or indirect contact with the family "
                 "members - individually or as a unit",
                 "Record any referral to other agencies or information sharing",
                 "Please consider good practice in addition to concerns or learning "
                 "identified."):
        doc.paragraph(line)
    doc.add_table(TOOLKIT_HEADINGS, [["03/04/2014", "Seen", "", "", "Notes", "PC1", ""]])
    [item] = _read(doc.save(case_dir / "police.docx"))
    assert isinstance(item, Return) and len(item.rows) == 1


def test_a_covering_letter_is_a_notice_saying_what_it_looks_like(case_dir):
    document = Document()
    for text in ("12 February 2016", "Dear Business Manager,",
                 "Please find attached our chronology for the review.", "Yours sincerely,"):
        document.add_paragraph(text)
    document.save(case_dir / "letter.docx")
    with pytest.raises(NotAReturn, match="a covering letter"):
        _read(case_dir / "letter.docx")


def test_a_dated_table_under_unknown_headings_stays_an_error(case_dir):
    document = Document()
    grid = document.add_table(rows=4, cols=3)
    for cells, row in zip([["When", "What", "Who"], ["03/04/2014", "Visit", "HV1"],
                           ["04/04/2014", "Call", "HV1"], ["05/04/2014", "Visit", "HV2"]],
                          grid.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text
    document.save(case_dir / "odd.docx")
    with pytest.raises(IngestError, match="table of dated entries") as caught:
        _read(case_dir / "odd.docx")
    assert not isinstance(caught.value, NotAReturn)


def test_a_workbook_of_other_data_is_a_notice(case_dir):
    book = XlsxReturn()
    sheet = book.sheet("Budget")
    sheet.entry("Item", "Cost")
    sheet.entry("Room hire", 120)
    with pytest.raises(NotAReturn, match="other data"):
        _read(book.save(case_dir / "budget.xlsx"))




def _police_return_and_a_covering_letter(folder: Path) -> None:
    """A one-row police return and a covering letter (not a return) in `folder`."""
    doc = ChronologyDocx().header_block(agency="Thames Valley Police",
                                        date_completed="12/02/2016", completed_by="DC X")
    doc.add_table(TOOLKIT_HEADINGS, [["03/04/2014 14:30", "Seen at home", "", "", "Crime record",
                                      "PC1", ""]])
    doc.add_staff_table([("PC1", "Police Constable")])
    doc.save(folder / "police.docx")
    letter = Document()
    letter.add_paragraph("Dear Business Manager, please find our return attached.")
    letter.save(folder / "covering letter.docx")


def test_a_case_folder_with_a_covering_letter_exits_clean(tmp_path):
    folder = write_case_toml(tmp_path / "case", reference="NOTICE-01",
                             agencies=["Thames Valley Police"])
    _police_return_and_a_covering_letter(folder)
    run = run_case(folder, tmp_path / "out", protect=False)
    [notice] = [p for p in run.problems if p.file == "covering letter.docx"]
    assert notice.code == "not_a_return" and notice.severity.value == "warning"
    assert not run.has_errors
    from pipeline.cli import summary
    assert "  notice: covering letter.docx looks like a letter" in summary(run)


def test_the_exit_status_is_0_for_a_notice_and_1_for_a_file_that_cannot_be_read(tmp_path):
    from pipeline import cli

    folder = write_case_toml(tmp_path / "inputs" / "case", reference="NOTICE-01",
                             agencies=["Thames Valley Police"])
    _police_return_and_a_covering_letter(folder)
    argv = ["merge", "case", "--inputs", str(tmp_path / "inputs"), "--outputs",
            str(tmp_path / "out"), "--no-protect"]
    assert cli.main(argv) == cli.EXIT_OK
    (folder / "health.docx").write_bytes(b"PK\x03\x04 a damaged zip")
    assert cli.main(argv) == cli.EXIT_FINDINGS
