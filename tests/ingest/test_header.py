"""Appendix 4's header block read in every layout: the toolkit's own, Label: value lines,
a two-column table, labels over values in Excel and CSV."""

from __future__ import annotations

import pytest

from pipeline.case import load_case
from pipeline.ingest import read_file
from pipeline.ingest.header import label_rows_to_lines, read_header_block
from tests.builders.docx_builder import TOOLKIT_HEADINGS, ChronologyDocx
from tests.builders.xlsx_builder import EXCEL_HEADINGS, XlsxReturn

ENTRY = ["03/04/2014", "Seen at home", "", "", "HV notes", "HV1", ""]


def test_the_toolkits_header_block_word_for_word(case_dir):
    doc = ChronologyDocx().toolkit_header_block(
        subject="Child X", agency="Thames Valley Police", date_completed="12/02/2016",
        completed_by="DC Example")
    doc.add_table(TOOLKIT_HEADINGS, [ENTRY])
    [ret] = read_file(doc.save(case_dir / "return.docx"), load_case(case_dir))
    assert (ret.agency, ret.agency_as_written, ret.date_completed, ret.completed_by,
            ret.in_respect_of) == ("Thames Valley Police", "Thames Valley Police",
                                   "12/02/2016", "DC Example", "Child X")
    assert len(ret.rows) == 1


def test_an_empty_value_under_the_toolkits_labels_stays_empty(case_dir):
    doc = ChronologyDocx().toolkit_header_block(agency="Thames Valley Police",
                                                completed_by="DC Example")
    doc.add_table(TOOLKIT_HEADINGS, [ENTRY])
    [ret] = read_file(doc.save(case_dir / "return.docx"), load_case(case_dir))
    # The person's name is not shifted into Date completed.
    assert (ret.date_completed, ret.completed_by) == ("", "DC Example")


@pytest.mark.parametrize("label", [
    "Name of person completing chronology:", "Name of person completing the chronology:",
    "Name of person completing:", "Person completing chronology:", "Completed by:",
    "Name and role of person completing:", "Author:"])
def test_person_completing_wordings(label):
    assert read_header_block([f"{label} DC X"])["completed_by"] == "DC X"


def test_labels_over_values_in_an_excel_return(case_dir):
    book = XlsxReturn()
    sheet = book.sheet("Chronology")
    sheet.entry("Chronology Template in respect of:", "Child X")
    sheet.entry("Agency:", "Date completed:", "Name of person completing chronology:")
    sheet.entry("Thames Valley Police", "12/02/2016", "DC Example")
    sheet.headings(EXCEL_HEADINGS)
    sheet.entry("03/04/2014", "14:30", "Seen at home", "", "", "Notes", "PC1", "")
    [ret] = read_file(book.save(case_dir / "return.xlsx"), load_case(case_dir))
    assert (ret.date_completed, ret.completed_by, ret.in_respect_of) == (
        "12/02/2016", "DC Example", "Child X")


def test_labels_over_values_in_a_csv_return(case_dir):
    text = ("Agency:,Date completed:,Name of person completing chronology:\n"
            "Thames Valley Police,12/02/2016,DC Example\n"
            "Date,Contact with child,Source,Staff,Comment\n"
            "03/04/2014,Seen at home,Notes,PC1,\n")
    path = case_dir / "return.csv"
    path.write_text(text, encoding="utf-8")
    [ret] = read_file(path, load_case(case_dir))
    assert (ret.agency, ret.date_completed, ret.completed_by) == (
        "Thames Valley Police", "12/02/2016", "DC Example")


def test_a_row_of_labels_pairs_with_the_row_below_cell_by_cell():
    rows = [["Agency:", "Date completed:", "Name of person completing chronology:"],
            ["Police", "", "DC X"], ["Please record times in 24-hour format."]]
    assert label_rows_to_lines(rows) == [
        "Agency: Police", "Date completed:", "Name of person completing chronology: DC X",
        "Please record times in 24-hour format."]
    assert read_header_block(label_rows_to_lines(rows)) == {"agency": "Police",
                                                             "completed_by": "DC X"}


def test_a_label_row_over_more_labels_is_not_read_as_values():
    rows = [["Agency:", "Date completed:"], ["Completed by:", "Role:"]]
    assert read_header_block(label_rows_to_lines(rows)) == {}
