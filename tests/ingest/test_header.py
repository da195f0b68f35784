"""Appendix 4's header block read in every layout: the toolkit's own, Label: value lines,
a two-column table, labels over values in Excel and CSV."""

from __future__ import annotations

import pytest

from pipeline.case import load_case
from pipeline.ingest import read_file
from pipeline.ingest.header import label_rows_to_lines, read_header_block
from tests.builders.docx_builder import TEMPLATE_HEADINGS, TOOLKIT_HEADINGS, ChronologyDocx
from tests.builders.word_returns import entry, read
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


# ---- in Word returns: a table, a title line, the file name, a sign-off, the page header

def test_header_block_in_a_table_and_agency_by_alias(case_dir):
    doc = ChronologyDocx()
    doc.heading("Appendix 4: chronology")
    doc.header_block(agency="MKUH", date_completed="1st March 2016",
                     completed_by="Named Nurse", as_table=True,
                     labels=("Name of agency", "Date of completion", "Completed by"))
    doc.add_table(TEMPLATE_HEADINGS, [entry("03/04/2014", "x")])
    ret = read(doc, case_dir, "return.docx")
    assert (ret.agency, ret.agency_as_written, ret.agency_matched) == (
        "Acute Hospital Trust", "MKUH", True)
    assert (ret.date_completed, ret.completed_by) == ("1st March 2016", "Named Nurse")
    assert ret.rows[0].provenance.table == "2"


def test_agency_from_title_line_then_file_name_then_unmatched_kept(case_dir):
    doc = ChronologyDocx().heading("Housing Services chronology")
    doc.add_table(TEMPLATE_HEADINGS, [entry("03/04/2014", "x")])
    assert read(doc, case_dir, "a.docx").agency == "Housing Services"

    doc = ChronologyDocx().add_table(TEMPLATE_HEADINGS, [entry("03/04/2014", "x")])
    named = read(doc, case_dir, "GP_chronology_v2.docx")
    assert (named.agency, named.agency_matched) == ("General Practice", True)

    doc = ChronologyDocx().header_block(agency="Ambulance Service")
    doc.add_table(TEMPLATE_HEADINGS, [entry("03/04/2014", "x")])
    unmatched = read(doc, case_dir, "b.docx")
    assert (unmatched.agency, unmatched.agency_matched) == ("Ambulance Service", False)
    assert unmatched.rows[0].agency == "Ambulance Service"


def test_sign_off_table_after_the_chronology_is_header_block_not_entries(case_dir):
    doc = ChronologyDocx().header_block(agency="Police")
    doc.add_table(TEMPLATE_HEADINGS, [entry("03/04/2014", "x")])
    doc.add_table(None, [["Completed by:", "DC Example"], ["Signature:", ""],
                         ["Date completed:", "12/02/2016"]])
    doc.add_table(None, [entry("04/04/2014", "split, no heading")])
    ret = read(doc, case_dir)
    assert [r.child for r in ret.rows] == ["x", "split, no heading"]
    assert (ret.completed_by, ret.date_completed) == ("DC Example", "12/02/2016")


def test_chronology_inside_a_frame_table_and_agency_in_the_page_header(case_dir):
    doc = ChronologyDocx().page_header("Oakfield Primary School - RESTRICTED")
    doc.add_table(TEMPLATE_HEADINGS, [entry("03/04/2014", "framed")], frame=True)
    doc.add_table(TEMPLATE_HEADINGS, [entry("04/04/2014", "second")], frame=True)
    ret = read(doc, case_dir, "return.docx")
    assert [(r.child, r.provenance.table, r.provenance.row) for r in ret.rows] == [
        ("framed", "1", 2), ("second", "2", 2)]
    assert (ret.agency, ret.agency_matched) == ("Oakfield Primary School", True)


def test_guidance_naming_agencies_does_not_outrank_the_file_name(case_dir):
    doc = ChronologyDocx().heading("Chronology template")
    doc.paragraph("Please complete in 24-hour time.")
    doc.paragraph("Record contact with parents, carers and family.")
    doc.paragraph("Include contact with other agencies, e.g. Police, School.")
    doc.add_table(TEMPLATE_HEADINGS, [entry("03/04/2014", "x")])
    assert read(doc, case_dir, "Housing chronology.docx").agency == "Housing Services"


@pytest.mark.parametrize("lines", [
    ["Agency: Thames Valley Police", "Date completed: 12/02/2016", "Completed by: DC X"],
    ["Name of agency", "Thames Valley Police", "Date of completion", "12/02/2016",
     "Name of person completing", "DC X"],
    ["Agency - Thames Valley Police", "Date completed \u2013 12/02/2016",
     "Prepared by:\tDC X"],
    ["Organisation:\tThames Valley Police", "Date submitted: 12/02/2016",
     "Name and role of person completing: DC X"],
])
def test_header_block_wordings(lines):
    assert read_header_block(["Chronology of agency involvement", *lines]) == {
        "agency": "Thames Valley Police", "date_completed": "12/02/2016",
        "completed_by": "DC X"}
