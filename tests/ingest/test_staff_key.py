"""A Word return's key to staff initials (pipeline/ingest/staff_key.py): a table of its own
before or after the chronology, under a title row, or at the foot of the chronology's
table; never taken for entries."""

from __future__ import annotations

from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx
from tests.builders.docx_pieces import Section, Span
from tests.builders.word_returns import entry, police_return, read


def test_staff_id_table_is_the_staff_key_not_entries(case_dir):
    doc = police_return([entry("03/04/2014", "x", staff="PC1")])
    doc.add_staff_table([("PC1", "Police Constable, Response"), ("DS2", "Detective Sergeant")])
    ret = read(doc, case_dir)
    assert ret.staff_key == {"PC1": "Police Constable, Response", "DS2": "Detective Sergeant"}
    assert len(ret.rows) == 1


def test_staff_key_before_the_chronology_with_three_columns(case_dir):
    doc = ChronologyDocx()
    doc.header_block(agency="TVP")
    doc.add_table(["ID", "Name", "Role"], [["PC1", "A Example", "Constable"]])
    doc.add_table(TEMPLATE_HEADINGS, [entry("03/04/2014", "x")])
    ret = read(doc, case_dir)
    assert ret.staff_key == {"PC1": "A Example - Constable"}
    assert [r.provenance.table for r in ret.rows] == ["2"]


def test_staff_list_at_the_foot_of_the_chronology_table_is_the_staff_key(case_dir):
    ret = read(police_return([
        entry("03/04/2014", "x", staff="PC1"),
        Section("Staff ID list"),
        ["PC1", Span("Police Constable, Response", 6)],
        ["DS2", Span("Detective Sergeant", 6)],
    ]), case_dir)
    assert [r.child for r in ret.rows] == ["x"]
    assert ret.staff_key == {"PC1": "Police Constable, Response", "DS2": "Detective Sergeant"}


def test_separate_staff_table_under_a_title_row(case_dir):
    doc = police_return([entry("03/04/2014", "x")])
    doc.add_table(None, [Section("Key to staff initials"), ["Initials", "Role"],
                         ["PC1", "Police Constable"]])
    doc.add_table(None, [Section("Staff key"), ["HV1", "Health Visitor"]])
    ret = read(doc, case_dir)
    assert ret.staff_key == {"PC1": "Police Constable", "HV1": "Health Visitor"}
    assert len(ret.rows) == 1
