"""merged_chronology.docx, opened as written: layout, key, marks, dates, properties."""

import io
import re
import zipfile

import msoffcrypto
import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from lxml import etree

from pipeline.assemble import chronology_docx, timeline
from pipeline.assemble._colours import PALETTE, contrast_with_black, tint
from pipeline.case import DEFAULT_BOARD
from pipeline.merge.history import PREVIOUS_MERGE
from tests.builders.chronology_rows import chronology, day, month, run_for, unknown
from tests.builders.runs import merge_stage, write_outputs
from tests.builders.written import W, body_table, cell_texts

POLICE, CSC, HV = "Thames Valley Police", "Children's Social Care", "Health Visiting Service"


def sample_run(tmp_path, **options):
    police = chronology(POLICE, [
        (day(2014, 4, 3, 15), "Attended strategy meeting at MASH, agreed joint s47 with CSC"),
        (day(2014, 4, 4, 9, 5), "Line one\nline two <b> & 'quotes'\tafter tab")])
    csc = chronology(CSC, [
        (day(2014, 4, 3), "Strategy meeting held, decision to proceed to s47 enquiry with "
                          "police"),
        (month(2014, 7), "Visits during July"), (unknown(), "Date not known")])
    hv_old = chronology(HV, [(day(2014, 1, 10, 11), "Home visit")], file="hv1.docx",
                        completed="01/02/2016")
    hv = chronology(HV, [(day(2014, 1, 10, 11), "Home visit"),
                         (day(2014, 1, 10, 11, 30), "Home visit.")], file="hv2.docx",
                    completed="09/02/2016")
    run = run_for(tmp_path, [police, csc, hv_old, hv], **options)
    merge_stage(run)
    return run


def fills(tr) -> list[str]:
    return [tc.find(f"{W}tcPr/{W}shd").get(f"{W}fill") for tc in tr.findall(f"{W}tc")]


@pytest.fixture
def written(tmp_path):
    run = sample_run(tmp_path)
    write_outputs(run, chronology_docx.NAME)
    path = run.outputs_dir / "merged_chronology.docx"
    return run, path, zipfile.ZipFile(path).read("word/document.xml")


def test_landscape_with_restricted_reference_and_page_n_of_m(written):
    run, path, _ = written
    document = Document(path)
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    header = "".join(p.text for p in section.header.paragraphs)
    assert "RESTRICTED" in header and run.case.reference in header
    footer = etree.tostring(section.footer._element).decode()
    assert "RESTRICTED" in footer
    assert re.search(r'w:instr=" PAGE ', footer) and re.search(r'w:instr=" NUMPAGES ', footer)


def test_header_row_repeats_and_rows_do_not_split(written):
    _, _, xml = written
    rows = body_table(xml).findall(f"{W}tr")
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert cell_texts(rows[0]) == ["Marks", "Date", "Time", "Age", "Agency",
                                   "Contact with child",
                                   "Contact with parents/carers and family",
                                   "Inter/intra-agency communication", "Source", "Staff",
                                   "Comment"]
    for tr in rows[1:]:
        assert tr.find(f"{W}trPr/{W}tblHeader") is None
        assert tr.find(f"{W}trPr/{W}cantSplit") is not None


def test_dates_times_ages_text_and_line_breaks_as_written(written):
    run, _, xml = written
    rows = [cell_texts(tr) for tr in body_table(xml).findall(f"{W}tr")[1:]]
    assert len(rows) == len(run.merged) == 7
    by_text = {r[5]: r for r in rows}
    police = by_text["Line one\nline two <b> & 'quotes'\tafter tab"]   # escaped, kept
    assert police[1:5] == ["04-04-2014", "09:05", "1y 0m", POLICE]
    july = by_text["Visits during July"]
    assert july[1] == "July 2014" and july[3] == "" and "period" in july[0]
    assert by_text["Date not known"][1] == "not known"


def test_agency_colours_with_a_key_readable_by_contrast(written):
    run, _, xml = written
    colours = dict(zip([POLICE, CSC, HV], PALETTE, strict=False))
    for tr in body_table(xml).findall(f"{W}tr")[1:]:
        agency = cell_texts(tr)[4]
        row_fills = fills(tr)
        assert row_fills[4] == colours[agency]             # the agency cell: full colour
        assert row_fills[5] == tint(colours[agency])       # the rest: its light tint
    key = etree.fromstring(xml).findall(f".//{W}tbl")[0]
    key_rows = [(cell_texts(tr)[0], fills(tr)[0]) for tr in key.findall(f"{W}tr")[1:]]
    assert key_rows == [(POLICE, colours[POLICE]), (CSC, colours[CSC]), (HV, colours[HV])]


@pytest.mark.parametrize("colour", PALETTE)
def test_black_text_on_every_colour_and_tint_has_contrast_of_at_least_7(colour):
    assert contrast_with_black(colour) >= 7.0
    assert contrast_with_black(tint(colour)) >= contrast_with_black(colour)


def document_xml(run) -> bytes:
    """word/document.xml of the run's Word chronology, built now."""
    built = chronology_docx.build(run, timeline.build(run))
    return zipfile.ZipFile(io.BytesIO(built)).read("word/document.xml")


def test_contrast_formula_matches_wcag_extremes():
    assert contrast_with_black("FFFFFF") == pytest.approx(21.0)
    assert contrast_with_black("000000") == pytest.approx(1.0)


def test_flagged_changed_new_and_linked_rows_are_marked_with_a_legend(tmp_path):
    run = sample_run(tmp_path)
    write_outputs(run, chronology_docx.NAME, PREVIOUS_MERGE)
    again = sample_run(tmp_path)                     # same outputs folder: a second merge
    again.returns[0].rows[0].comment = "Added after the first circulation"
    merge_stage(again)
    xml = chronology_docx.build(again, timeline.build(again))
    document = Document(io.BytesIO(xml))
    rows = [cell_texts(tr) for tr in body_table(
        zipfile.ZipFile(io.BytesIO(xml)).read("word/document.xml")).findall(f"{W}tr")[1:]]
    marks = {r[5]: r[0] for r in rows}
    strategy = "Attended strategy meeting at MASH, agreed joint s47 with CSC"
    assert marks[strategy].split("\n")[:2] == ["NEW", "E001"]
    assert marks["Strategy meeting held, decision to proceed to s47 enquiry with police"] \
        == "E001"
    assert marks["Home visit."].startswith("CHG\n! near duplicate")
    text = "\n".join(p.text for p in document.paragraphs)
    for mark in ("NEW =", "CHG =", "E001 =", "! = what makes the entry read differently"):
        assert mark in text
    assert "1 row is new since the last merge" in text
    assert "near duplicate = " in text and "period = " in text


def test_template_findings_stay_off_the_panels_page(tmp_path):
    """Only what changes how a row is read is marked: a two-digit year, a 12-hour time or
    missing initials are the agency's to fix, not the panel's to read."""
    run = sample_run(tmp_path)
    template_codes = ["two_digit_year", "time_12h", "staff_missing", "outside_period",
                      "source_missing", "time_not_24h", "staff_not_in_id_list"]
    for row in run.merged:
        row.flags = template_codes + row.flags
    data = chronology_docx.build(run, timeline.build(run))
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    marks = [cell_texts(tr)[0] for tr in body_table(xml).findall(f"{W}tr")[1:]]
    text = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    shown = "\n".join(marks) + text
    for code in template_codes:
        assert code.replace("_", " ") not in shown, code
    assert any("! period" in mark for mark in marks)
    assert ("Uncertain or period date (the date is not a sure day: shown as the agency "
            "wrote it): period = a period, not a day") in text


def test_age_column_left_out_without_a_date_of_birth(tmp_path):
    run = sample_run(tmp_path, born=None)
    xml = document_xml(run)
    header = cell_texts(body_table(xml).findall(f"{W}tr")[0])
    assert "Age" not in header and len(header) == 10


def test_timeline_on_the_first_page_and_properties_set(written):
    run, path, xml = written
    package = zipfile.ZipFile(path)
    assert [n for n in package.namelist() if n.startswith("word/media/")]
    body = etree.fromstring(xml).find(f"{W}body")
    first_table = next(i for i, e in enumerate(body) if e.tag == f"{W}tbl")
    drawing = next(i for i, e in enumerate(body) if e.find(f".//{W}drawing") is not None)
    breaks = [i for i, e in enumerate(body) if e.find(f".//{W}br[@{W}type='page']") is not None]
    assert drawing < first_table and not [b for b in breaks if b < drawing]
    properties = Document(path).core_properties
    assert properties.author == DEFAULT_BOARD
    assert properties.last_modified_by == DEFAULT_BOARD
    assert properties.title == f"Merged chronology {run.case.reference}"
    assert "python-docx" not in (properties.comments + properties.author)
    assert properties.created.year == run.today.year
    run.case.board = "Fictional Safeguarding Board"
    named = Document(io.BytesIO(chronology_docx.build(run, timeline.build(run)))).core_properties
    assert named.author == "Fictional Safeguarding Board"


def test_protected_output_opens_with_the_case_password(tmp_path):
    run = sample_run(tmp_path)
    run.protect = True
    write_outputs(run, chronology_docx.NAME)
    encrypted = (run.outputs_dir / "merged_chronology.docx").read_bytes()
    assert not zipfile.is_zipfile(io.BytesIO(encrypted))
    office = msoffcrypto.OfficeFile(io.BytesIO(encrypted))
    office.load_key(password=run.case.password)
    plain = io.BytesIO()
    office.decrypt(plain)
    assert len(body_table(zipfile.ZipFile(plain).read("word/document.xml"))) > 1


def test_characters_xml_cannot_hold_are_dropped_not_fatal(tmp_path):
    run = run_for(tmp_path, [chronology(POLICE, [(day(2014, 1, 2), "bell\x07 and\x0b tab")])])
    merge_stage(run)
    xml = document_xml(run)
    assert cell_texts(body_table(xml).findall(f"{W}tr")[1])[5] == "bell and tab"


def test_a_row_taller_than_a_page_may_split_so_no_text_is_cut_off(tmp_path):
    long_entry = "Long entry. " * 400
    run = run_for(tmp_path, [chronology(POLICE, [(day(2014, 1, 2), long_entry),
                                                 (day(2014, 1, 3), "Short")])])
    merge_stage(run)
    xml = document_xml(run)
    long_row, short_row = body_table(xml).findall(f"{W}tr")[1:]
    assert long_row.find(f"{W}trPr/{W}cantSplit") is None
    assert cell_texts(long_row)[5] == long_entry
    assert short_row.find(f"{W}trPr/{W}cantSplit") is not None


@pytest.mark.parametrize("new", [1, 2])
def test_the_summary_line_counts_in_the_right_number(tmp_path, new):
    run = run_for(tmp_path, [chronology(POLICE, [(day(2014, 4, 3), "Seen")])], gap_days=1)
    merge_stage(run)
    run.first_merge, run.new_since_last = False, new
    built = chronology_docx.build(run, timeline.build(run))
    text = "\n".join(p.text for p in Document(io.BytesIO(built)).paragraphs)
    assert ("1 row is new" if new == 1 else "2 rows are new") in text
    assert "1 entry from 1 agency," in text and "0 superseded returns left out" in text
    assert "(longer than 1 day)" in text


def test_words_after_the_day_in_a_date_cell_are_shown_with_it(tmp_path):
    import datetime as dt

    from pipeline.dates import read_date

    written = "On 5.11.03 the evening before the child was seen"
    reading = read_date(written, today=dt.date(2016, 3, 1))
    ret = chronology(POLICE, [(reading, "Call from neighbour")])
    ret.rows[0].date_as_written = written
    run = run_for(tmp_path, [ret])
    merge_stage(run)
    shown = cell_texts(body_table(document_xml(run)).findall(f"{W}tr")[1])
    assert shown[1] == f"05-11-2003\n{written}"      # the day, then the cell as written


def test_a_time_that_may_be_am_or_pm_is_shown_as_written(tmp_path):
    import datetime as dt

    from pipeline.dates import read_date

    police = chronology(POLICE, [(read_date("17.6.2015 @ 9am", today=dt.date(2016, 3, 1)),
                                  "officers attended"),
                                 (read_date("17/06/2015 2.30", today=dt.date(2016, 3, 1)),
                                  "call back")])
    run = run_for(tmp_path, [police])
    merge_stage(run)
    rows = [cell_texts(tr) for tr in body_table(document_xml(run)).findall(f"{W}tr")[1:]]
    assert [(r[2], r[5]) for r in rows] == [("09:00", "officers attended"),
                                            ("2.30", "call back")]   # not 02:30, not 14:30
