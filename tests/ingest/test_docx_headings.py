"""Chronology tables headed as boards head them: each wording maps onto the template's
columns, a heading in two rows, a narrative column, words of headings inside entries."""

from __future__ import annotations

import pytest

from tests.builders.docx_builder import TEMPLATE_HEADINGS, TOOLKIT_HEADINGS, ChronologyDocx
from tests.builders.docx_pieces import Span
from tests.builders.word_returns import entry, police_return, read, values

# Whole heading rows as boards word them (date, child, family, communication, source,
# staff, comment); each maps onto the template's columns in that order.
BOARD_HEADINGS = [
    TEMPLATE_HEADINGS,
    TOOLKIT_HEADINGS,
    ["Date/Time", "Contact with child", "Contact with parents/carers",
     "Inter-agency communication", "Source of information", "Practitioner",
     "Action taken/Comment"],
    ["Date & time of contact", "Direct contact with the young person", "Contact with family",
     "Multi-agency communication", "Where recorded", "Professional(s) involved",
     "Comments/analysis"],
    ["When", "Child seen", "Parent/carer contact", "Liaison with other agencies",
     "Document/Reference", "Name and role", "Significance"],
]


# Written without running the code first and never tuned on: wordings from other
# boards' pro formas (SILP, IMR, CSPR, SAR chronologies).
HELD_OUT_HEADINGS = [
    ["Date of Event", "Contact with the child", "Contact with parent(s)/carer(s)",
     "Communication with other agencies", "Information Source", "Practitioner(s)",
     "Comments"],
    ["Date and time", "Contact with Child/Young Person (inc. observations)", "Family contact",
     "Liaison / information sharing", "Source / reference", "Staff name and role",
     "Outcome/Actions"],
    ["DATE", "Direct contact with the subject child", "Contact with mother",
     "Intra-agency communication", "Record reference", "Worker involved", "Action taken"],
]


@pytest.mark.parametrize("headings", BOARD_HEADINGS + HELD_OUT_HEADINGS)
def test_heading_wordings_of_several_boards(case_dir, headings):
    doc = ChronologyDocx().header_block(agency="Police")
    row = ["03/04/2014", "c", "f", "m", "s", "PC1", "note"]
    doc.add_table(headings, [row])
    assert values(read(doc, case_dir)) == [tuple(row)]


def test_single_narrative_column_and_separate_time_column(case_dir):
    doc = ChronologyDocx().header_block(agency="Police")
    doc.add_table(["Date", "Time (24hr)", "Event / contact", "Agency", "Source",
                   "Staff", "Outcome"],
                  [["03/04/2014", "14:30", "Seen", "CSC told", "Record", "PC1", "NFA"]])
    ret = read(doc, case_dir)
    row = ret.rows[0]
    # "Agency" names who recorded the entry, not a communication: kept under its heading.
    assert (row.date_as_written, row.time_as_written, row.child, row.communication,
            row.comment) == ("03/04/2014", "14:30", "Seen", "", "NFA\nAgency: CSC told")
    assert "single_contact_column" in ret.file_flags


def test_two_row_heading_and_an_unheaded_column_kept_in_the_comment(case_dir):
    doc = ChronologyDocx().header_block(agency="Police")
    doc.add_table(None, [
        ["Date", Span("Contact", 3), "Source", "Staff", "Comment", "Ref"],
        ["", "Child", "Family", "Other agencies", "", "", "", ""],
        ["03/04/2014", "c", "f", "m", "s", "PC1", "note", "R12"],
    ])
    ret = read(doc, case_dir)
    assert values(ret) == [("03/04/2014", "c", "f", "m", "s", "PC1", "note\nRef: R12")]
    assert ret.rows[0].provenance.row == 3


def test_an_entry_holding_heading_words_is_not_taken_for_a_heading(case_dir):
    tricky = entry("Date not known (2014)", "Child seen", "Mother present",
                   "Agency meeting", "Source: notes", "Staff", "Comment")
    ret = read(police_return([tricky, entry("03/04/2014", "after")]), case_dir)
    assert values(ret)[0] == tuple(tricky)
    assert [r.child for r in ret.rows] == ["Child seen", "after"]
