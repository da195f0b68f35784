"""Word returns read row by row: every quirk of real returns built as a real .docx file."""

from __future__ import annotations

import docx as python_docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.case import load_case
from pipeline.errors import IngestError
from pipeline.ingest import read_file, report
from pipeline.model import AgencyReport
from pipeline.ooxml.ns import NAMESPACES, STRICT_TO_TRANSITIONAL
from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx
from tests.builders.docx_pieces import (
    DELETED_MARK,
    MERGED,
    CellControl,
    ComplexField,
    Control,
    Deleted,
    Hyperlink,
    Inserted,
    MovedFrom,
    MovedTo,
    Nested,
    Paragraphs,
    Row,
    Section,
    SimpleField,
    SmartTag,
    Span,
)
from tests.builders.word_returns import FIELDS, entry, police_return, read, values

# ---- the template return --------------------------------------------------------------


def test_template_return_rows_header_block_and_provenance(case_dir):
    rows = [entry("03/04/2014 14:30", "Seen at home", "Mother present", "", "Crime record",
                  "PC1", "No concerns"),
            entry("05/04/2014", "", "", "Strategy discussion with CSC", "Minutes", "DS2", "")]
    ret = read(police_return(rows), case_dir)
    assert values(ret) == [tuple(r) for r in rows]
    assert [(r.provenance.file, r.provenance.table, r.provenance.row) for r in ret.rows] == [
        ("police.docx", "1", 2), ("police.docx", "1", 3)]
    assert (ret.agency, ret.agency_matched) == ("Thames Valley Police", True)
    assert ret.date_completed == "12/02/2016" and ret.completed_by == "DC Example"
    assert ret.rows_read == 2 and ret.file_flags == []
    assert all(r.agency == "Thames Valley Police" for r in ret.rows)
    assert [r.order for r in ret.rows] == [0, 1]


def test_split_tables_repeated_headings_and_section_rows(case_dir):
    doc = police_return([
        Section("2014"),
        entry("03/04/2014", "first"),
        entry("04/04/2014", "second"),
    ])
    doc.paragraph("(continued)")
    doc.add_table(TEMPLATE_HEADINGS, [
        Section("2015"),
        entry("01/01/2015", "third"),
        TEMPLATE_HEADINGS,                        # the heading typed again mid-table
        Row(["2015"] * 7),                        # a merged year read cell by cell
        Row(["Part 2", "", "", "", "", "", ""]),  # a section typed into the first cell
        entry("02/01/2015", "fourth"),
    ])
    doc.add_table(None, [entry("03/01/2015", "fifth")])   # split with no heading at all
    ret = read(doc, case_dir)
    assert [r.child for r in ret.rows] == ["first", "second", "third", "fourth", "fifth"]
    assert [(r.provenance.table, r.provenance.row) for r in ret.rows] == [
        ("1", 3), ("1", 4), ("2", 3), ("2", 7), ("3", 1)]


def test_note_across_the_whole_table_is_kept_not_taken_for_a_section(case_dir):
    note = "Case transferred in from another authority on 01/02/2014; records requested."
    ret = read(police_return([entry("03/04/2014", "first"), Section(note),
                              Section("Before the review period"),
                              entry("05/04/2014", "second")]), case_dir)
    assert [r.child for r in ret.rows] == ["first", "", "second"]
    assert ret.rows[1].comment == note and ret.rows[1].date_as_written == ""
    assert ret.rows[1].provenance.row == 3


# ---- merged cells, line breaks --------------------------------------------------------


def test_date_merged_down_gives_both_rows_that_date_without_duplicating_text(case_dir):
    ret = read(police_return([
        entry("03/04/2014", "Home visit", "", "", "HV record", "HV1", "Long comment"),
        [MERGED, "Clinic visit", "", "", MERGED, MERGED, MERGED],
        [MERGED, "Phone call", "", "", "", "HV1", ""],
    ]), case_dir)
    assert [r.date_as_written for r in ret.rows] == ["03/04/2014"] * 3
    assert [r.source for r in ret.rows] == ["HV record", "HV record", ""]
    assert [r.staff for r in ret.rows] == ["HV1", "HV1", "HV1"]
    # The narrative merged down is not written twice.
    assert [r.comment for r in ret.rows] == ["Long comment", "", ""]


def test_horizontal_merge_text_once_in_its_first_column(case_dir):
    ret = read(police_return([
        ["03/04/2014", Span("Seen with mother at clinic", 2), "", "Clinic", "HV1", ""],
        Row(["04/04/2014", "x", "", "", "", ""], grid_before=1),
    ]), case_dir)
    first = ret.rows[0]
    assert (first.child, first.family) == ("Seen with mother at clinic", "")
    assert "".join(getattr(first, f) for f in FIELDS).count("Seen with mother") == 1
    # gridBefore shifts the row's cells right: they stay under their own headings.
    assert (ret.rows[1].date_as_written, ret.rows[1].child) == ("", "04/04/2014")


def test_line_breaks_tabs_and_paragraphs_inside_a_cell_are_kept(case_dir):
    ret = read(police_return([
        entry("03/04/2014\n14:30", Paragraphs("Seen at home.", "Bruise noted\tleft arm.")),
    ]), case_dir)
    assert ret.rows[0].date_as_written == "03/04/2014\n14:30"
    assert ret.rows[0].child == "Seen at home.\nBruise noted\tleft arm."


# ---- tracked changes ------------------------------------------------------------------


def test_tracked_changes_insertions_read_deletions_not_file_flagged(case_dir):
    ret = read(police_return([
        entry(["0", Deleted("4"), Inserted("3"), "/04/2014"],
              ["Seen ", Deleted("briefly "), Inserted("at length "), "at home"],
              [MovedFrom("moved text"), "stays"], [MovedTo("moved text")]),
        Row(entry("04/04/2014", "a row deleted with track changes"), deleted=True),
        Row(entry("05/04/2014", "a row inserted"), inserted=True),
    ]), case_dir)
    assert ret.file_flags == ["tracked_changes"]
    assert values(ret)[0][:4] == ("03/04/2014", "Seen at length at home", "stays", "moved text")
    assert [r.child for r in ret.rows] == ["Seen at length at home", "a row inserted"]
    # A deleted row is neither read nor counted: the next row is row 3 as Word shows it.
    assert ret.rows[1].provenance.row == 3
    for row in ret.rows:
        assert "briefly" not in row.child and "deleted" not in row.child


def test_deleted_paragraph_mark_joins_the_next_paragraph(case_dir):
    ret = read(police_return([entry("03/04/2014", Paragraphs(["Seen ", DELETED_MARK],
                                                             "at home", "Later"))]), case_dir)
    assert ret.rows[0].child == "Seen at home\nLater"
    assert ret.file_flags == ["tracked_changes"]


# ---- content controls, hyperlinks, fields ---------------------------------------------


def test_content_controls_hyperlinks_fields_and_smart_tags_are_read(case_dir):
    ret = read(police_return([
        entry([Control("03/04/2014", tag="date")], CellControl("cell control"),
              ["Called ", Hyperlink("the school"), "."],
              [SimpleField("04/04/2014"), " and ", ComplexField("see record 12")],
              [SmartTag("Milton Keynes", element="place")], "PC1", "end"),
        Row(entry("05/04/2014", "in a row-level control"), control=True),
    ], control=True), case_dir)
    assert values(ret) == [
        ("03/04/2014", "cell control", "Called the school.",
         "04/04/2014 and see record 12", "Milton Keynes", "PC1", "end"),
        ("05/04/2014", "in a row-level control", "", "", "", "", ""),
    ]
    assert ret.rows[1].provenance.row == 3
    for row in ret.rows:                          # field instructions are never text
        assert "REF" not in row.family and "DATE" not in row.family


def test_nested_table_text_appended_once_and_not_a_table_of_its_own(case_dir):
    ret = read(police_return([
        entry("03/04/2014", "outer", comment=Nested([["Attendees", "HV, SW"], ["Venue"]])),
        entry("04/04/2014", "next"),
    ]), case_dir)
    assert ret.rows[0].comment == "Attendees\tHV, SW\nVenue"
    assert [r.provenance.table for r in ret.rows] == ["1", "1"]


# ---- a table made by python-docx itself, merges included -------------------------------


def test_return_written_with_python_docx_merges(case_dir):
    document = python_docx.Document()
    document.add_paragraph("Agency: Children's Social Care")
    table = document.add_table(rows=4, cols=7)
    for index, heading in enumerate(TEMPLATE_HEADINGS):
        table.rows[0].cells[index].text = heading
    table.cell(1, 0).text = "03/04/2014"
    table.cell(1, 1).text = "Visit"
    table.cell(2, 1).text = "Second visit"
    table.cell(1, 0).merge(table.cell(2, 0))            # date merged down
    table.cell(3, 0).merge(table.cell(3, 6)).text = "2015"   # a year across the table
    document.save(case_dir / "csc.docx")
    ret = read_file(case_dir / "csc.docx", load_case(case_dir))[0]
    assert [(r.date_as_written, r.child) for r in ret.rows] == [
        ("03/04/2014", "Visit"), ("03/04/2014", "Second visit")]
    assert ret.agency == "Children's Social Care"


# ---- not a chronology -----------------------------------------------------------------


def test_no_chronology_table_goes_to_the_report_reader(case_dir, monkeypatch):
    doc = ChronologyDocx().heading("Agency report").paragraph("Terms of reference ...")
    path = doc.save(case_dir / "report.docx")
    case = load_case(case_dir)
    monkeypatch.setattr(report, "read", lambda package, source, case: None)
    with pytest.raises(IngestError, match="no chronology table"):
        read_file(path, case)
    made = AgencyReport(path=path, file="report.docx", sha256="x")
    monkeypatch.setattr(report, "read", lambda package, source, case: made)
    assert read_file(path, case) == [made]


# ---- properties -----------------------------------------------------------------------

CELL_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r")
    | st.sampled_from("\n\t&<>\"'"), max_size=30).map(lambda t: t.strip())


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(st.lists(st.tuples(CELL_TEXT, CELL_TEXT, CELL_TEXT), min_size=1, max_size=8))
def test_any_cell_text_arrives_exactly_as_written(case_dir, cells):
    rows = [entry(f"{i + 1:02d}/04/2014", child, family, "", "", "", comment)
            for i, (child, family, comment) in enumerate(cells)]
    ret = read(police_return(rows), case_dir)
    # A contact column of codes only ("0", "Y") is kept in the comment under its heading.
    titles = ("CONTACT WITH CHILD", "CONTACT WITH PARENTS/CARERS and other family members")
    for (child, family, comment), row in zip(cells, ret.rows, strict=True):
        for value, read_as, title in zip((child, family), (row.child, row.family), titles,
                                         strict=True):
            assert read_as == value.strip("\n") or (
                read_as == "" and f"{title}: {value.strip()}" in row.comment)
        written = comment.strip("\n")
        assert row.comment == written or row.comment.startswith(f"{written}\n" if written else "")


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(st.lists(st.lists(st.booleans(), min_size=7, max_size=7), min_size=2, max_size=6))
def test_vertical_merges_never_lose_or_duplicate_text(case_dir, merge_pattern):
    rows = [[MERGED if merged[col] and index > 0 else f"r{index}c{col}" for col in range(7)]
            for index, merged in enumerate(merge_pattern)]
    rows[0][0] = "01/04/2014"
    ret = read(police_return(rows), case_dir)
    # A row whose every cell continues the one above has no text of its own: no entry.
    own_text = [i for i, row in enumerate(rows) if any(c is not MERGED for c in row)]
    assert [r.provenance.row for r in ret.rows] == [i + 2 for i in own_text]
    text = "\n".join("\n".join(getattr(r, f) for f in ("child", "family", "communication",
                                                        "comment")) for r in ret.rows)
    for row in rows:                              # narrative written once, never copied
        for col in (1, 2, 3, 6):
            if row[col] is not MERGED:
                assert text.count(row[col]) == 1
    assert all(r.date_as_written for r in ret.rows)   # a date merged down is every row's


# ---- end to end -----------------------------------------------------------------------


def test_run_case_reads_word_returns_into_the_run(case_dir, tmp_path):
    from pipeline.run import run_case

    police_return([entry("03/04/2014", "a"), entry("04/04/2014", "b")]).save(
        case_dir / "police.docx")
    doc = ChronologyDocx().header_block(agency="CSC")
    doc.add_table(TEMPLATE_HEADINGS, [entry("05/04/2014", "c")])
    doc.save(case_dir / "sub" / "social care.docx")
    run = run_case(case_dir, tmp_path / "out", protect=False)
    by_file = {r.file: r for r in run.returns}
    assert set(by_file) == {"police.docx", "sub/social care.docx"}
    assert by_file["police.docx"].rows_read == 2
    assert by_file["sub/social care.docx"].agency == "Children's Social Care"
    assert [r.provenance.row for r in by_file["police.docx"].rows] == [2, 3]


def test_placeholder_of_an_empty_content_control_is_not_text(case_dir):
    ret = read(police_return([
        entry([Control("Click or tap to enter a date.", placeholder=True)], "seen"),
        entry([Control("04/04/2014", tag="date")], "again"),
        entry(CellControl("Click or tap here to enter text.", placeholder=True), "third"),
    ]), case_dir)
    assert [r.date_as_written for r in ret.rows] == ["", "04/04/2014", ""]
    assert [r.child for r in ret.rows] == ["seen", "again", "third"]


def test_python_docx_misses_what_we_read(case_dir):
    """The reason for wordread: python-docx drops insertions, controls and whole rows."""
    doc = police_return([
        entry("03/04/2014", ["Seen ", Inserted("at home")], CellControl("cc")),
        Row(entry("04/04/2014", "row control"), control=True),
    ])
    path = doc.save(case_dir / "police.docx")
    table = python_docx.Document(str(path)).tables[0]
    theirs = [[c.text for c in r.cells] for r in table.rows]
    assert len(theirs) == 2 and theirs[1][1] == "Seen "          # row lost, text lost
    ours = read_file(path, load_case(case_dir))[0]
    assert [(r.child, r.family) for r in ours.rows] == [("Seen at home", "cc"),
                                                        ("row control", "")]


def test_an_undated_entry_whose_comment_mentions_the_date_is_kept(case_dir):
    """Found by the demo case: a 'not known' entry was once taken for a heading row."""
    undated = entry("not known", "", "Mother said a relative sometimes babysits.", "",
                    "HV1's handwritten notes", "HV1", "Date not recorded in the notes.")
    ret = read(police_return([entry("03/04/2014", "a"), undated, entry("05/04/2014", "b")]),
               case_dir)
    assert values(ret)[1] == tuple(undated)
    assert [r.child for r in ret.rows] == ["a", "", "b"]


def test_strict_open_xml_document_is_read(case_dir):
    import io
    import zipfile

    data = police_return([entry("03/04/2014", "strict")]).to_bytes()
    strict = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(strict, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml":
                content = content.replace(NAMESPACES["w"].encode(), STRICT_TO_TRANSITIONAL[0][0])
            target.writestr(info, content)
    (case_dir / "strict.docx").write_bytes(strict.getvalue())
    ret = read_file(case_dir / "strict.docx", load_case(case_dir))[0]
    assert [r.child for r in ret.rows] == ["strict"]


def test_agency_report_with_a_table_of_key_contacts_stays_a_report(case_dir):
    doc = ChronologyDocx().heading("Thames Valley Police: Agency Report", 0)
    for section in ("Introduction", "Agency background", "Methodology", "Agency involvement",
                    "Analysis of involvement", "Recommendations"):
        doc.heading(section)
        for n in range(8):
            doc.paragraph(f"Paragraph {n} of the {section.lower()} section, in prose.")
        if section == "Agency involvement":
            doc.add_table(["Date", "Contact with child", "Source", "Staff"],
                          [["03/04/2014", "Seen at home", "Crime record", "PC1"]])
    path = doc.save(case_dir / "TVP agency report.docx")
    items = read_file(path, load_case(case_dir))
    assert len(items) == 1 and isinstance(items[0], AgencyReport)
    assert items[0].agency == "Thames Valley Police"


def test_held_out_return_made_with_python_docx_alone(case_dir):
    """Built without our builder, headings never tuned on: split table, repeated heading,
    a year row merged across, a line break, an empty row; every entry arrives."""
    from docx.oxml import parse_xml as docx_xml

    headings = ["Date of contact/event", "Contact with child or young person",
                "Contact with parents or carers", "Communication with/between agencies",
                "Source of info", "Professional (initials)", "Comments / reflections"]
    document = python_docx.Document()
    document.add_heading("Chronology: Health Visiting Service", 1)
    expected = []
    for part in range(2):
        table = document.add_table(rows=1, cols=7)
        for cell, heading in zip(table.rows[0].cells, headings, strict=True):
            cell.text = heading
        table.rows[0]._tr.get_or_add_trPr().append(docx_xml(
            '<w:tblHeader xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
            '2006/main"/>'))
        year = table.add_row()
        year.cells[0].merge(year.cells[6]).text = str(2014 + part)
        for n in range(3):
            row = table.add_row().cells
            values = [f"0{n + 1}/0{part + 3}/201{4 + part}", f"seen {part}-{n}", "", "",
                      "notes", "HV1", ""]
            for cell, value in zip(row, values, strict=True):
                cell.text = value
            row[2].paragraphs[0].add_run("line one").add_break()
            row[2].paragraphs[0].add_run("line two")
            expected.append((values[0], values[1], "line one\nline two", "notes", "HV1"))
        table.add_row()                                     # an empty row
        document.add_page_break()
    document.save(case_dir / "hv return.docx")
    ret = read_file(case_dir / "hv return.docx", load_case(case_dir))[0]
    assert [(r.date_as_written, r.child, r.family, r.source, r.staff)
            for r in ret.rows] == expected
    assert [(r.provenance.table, r.provenance.row) for r in ret.rows] == [
        ("1", 3), ("1", 4), ("1", 5), ("2", 3), ("2", 4), ("2", 5)]
    assert ret.agency == "Health Visiting Service"


def test_a_cell_of_megabytes_is_kept_whole_and_flagged(case_dir):
    huge = "x" * 3_000_000
    ret = read(police_return([entry("03/04/2014", child="Seen at home"),
                              entry("04/04/2014", comment=huge),
                              entry("05/04/2014", child="Seen again")]), case_dir)
    assert [r.date_as_written for r in ret.rows] == ["03/04/2014", "04/04/2014", "05/04/2014"]
    assert ret.rows_read == 3 and ret.rejected == []
    assert ret.rows[1].comment == huge and ret.rows[1].flags == ["long_cell"]
    assert ret.rows[0].flags == ret.rows[2].flags == []
