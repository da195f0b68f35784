"""Excel returns read row by row: real .xlsx/.xlsm files built with the quirks of real ones."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from pipeline.case import load_case
from pipeline.errors import IngestError
from pipeline.ingest import columns, read_file
from pipeline.ingest.tables import MAX_CELL_CHARS
from pipeline.ooxml.sheetread import cell_text
from tests.builders import hostile
from tests.builders.xlsx_builder import EXCEL_HEADINGS, XlsxReturn, simple_return


def read_one(path: Path):
    (ret,) = read_file(path, load_case(path.parent))
    return ret


def quirky_book() -> tuple[XlsxReturn, dict[str, int]]:
    """A police return with every Excel quirk; the row numbers where each entry sits."""
    book = XlsxReturn()
    sheet = book.sheet("Chronology 2015")
    sheet.title("Serious Case Review - Child X")
    sheet.title("Chronology of agency involvement")
    sheet.header_block(agency="TVP - Child Abuse Investigation Unit",
                       date_completed="12/02/2016", completed_by="DS A Example")
    sheet.blank()
    sheet.headings(EXCEL_HEADINGS)
    sheet.section("2015")
    rows = {}
    rows["dated"] = sheet.entry(dt.date(2015, 4, 3), dt.time(14, 30), "Seen at home", "", "",
                                "Crime record", "PC1", "No injuries")
    rows["shares_date"] = sheet.entry(None, dt.time(16, 0), "Seen again", "", "", "", "PC1", "")
    sheet.merge_down(1, rows["dated"], rows["shares_date"])
    sheet.blank()
    sheet.blank()
    rows["datetime"] = sheet.entry(dt.datetime(2015, 5, 6, 9, 5), None, "", "Mother called",
                                   "", "Call log", "PC2", 12.0)
    rows["midnight"] = sheet.entry(dt.datetime(2015, 5, 7, 0, 0), None, "", "", "Strategy "
                                   "discussion", "", "PC2", 1.5)
    rows["period"] = sheet.entry("March 2015", "2.30pm", "Line one\r\nline two", "", "", "",
                                 "PC3", "=HYPERLINK(\"http://example.invalid\")")
    second = book.sheet("Chronology 2016")
    second.headings(EXCEL_HEADINGS)       # the heading repeated on the next sheet
    rows["second_sheet"] = second.entry(dt.date(2016, 1, 4), None, "School visit", "", "", "",
                                        "PC1", True)
    key = book.sheet("Staff ID")
    key.entry("Initials", "Role")
    key.entry("PC1", "Police Constable, CAIU")
    lists = book.sheet("Lists", hidden=True)
    lists.entry("Yes")
    lists.entry("No")
    return book, rows


def test_every_quirk_read_with_its_sheet_and_row(case_dir: Path) -> None:
    book, rows = quirky_book()
    ret = read_one(book.save(case_dir / "police.xlsx"))

    by_row = {(r.provenance.table, r.provenance.row): r for r in ret.rows}
    assert sorted(by_row) == sorted(
        [("Chronology 2015", rows[k]) for k in ("dated", "shares_date", "datetime",
                                                 "midnight", "period")]
        + [("Chronology 2016", rows["second_sheet"])])
    dated = by_row[("Chronology 2015", rows["dated"])]
    assert (dated.date_as_written, dated.time_as_written) == ("03/04/2015", "14:30")
    assert (dated.child, dated.source, dated.staff, dated.comment) == (
        "Seen at home", "Crime record", "PC1", "No injuries")
    shares = by_row[("Chronology 2015", rows["shares_date"])]
    assert (shares.date_as_written, shares.time_as_written) == ("03/04/2015", "16:00")
    assert by_row[("Chronology 2015", rows["datetime"])].date_as_written == "06/05/2015 09:05"
    assert by_row[("Chronology 2015", rows["datetime"])].comment == "12"
    assert by_row[("Chronology 2015", rows["midnight"])].date_as_written == "07/05/2015"
    assert by_row[("Chronology 2015", rows["midnight"])].comment == "1.5"
    period = by_row[("Chronology 2015", rows["period"])]
    assert (period.date_as_written, period.time_as_written) == ("March 2015", "2.30pm")
    assert period.child == "Line one\nline two"
    assert period.comment == "=HYPERLINK(\"http://example.invalid\")"    # text, never run
    assert by_row[("Chronology 2016", rows["second_sheet"])].comment == "TRUE"

    assert ret.agency == "Thames Valley Police" and ret.agency_matched
    assert (ret.date_completed, ret.completed_by) == ("12/02/2016", "DS A Example")
    assert ret.staff_key == {"PC1": "Police Constable, CAIU"}
    assert "hidden_sheet_skipped" in ret.file_flags
    assert ret.rows_read == len(ret.rows) == 6


def test_1904_workbook_dates_are_the_same_days(case_dir: Path) -> None:
    book = simple_return("Thames Valley Police", [(dt.date(2015, 4, 3), dt.time(9, 0), "Seen",
                                                   "", "", "", "PC1", "")])
    workbook = book.workbook()
    workbook.epoch = CALENDAR_MAC_1904      # Excel for Mac's old date system
    path = case_dir / "mac.xlsx"
    workbook.save(path)
    (row,) = read_one(path).rows
    assert (row.date_as_written, row.time_as_written) == ("03/04/2015", "09:00")


def test_macro_enabled_workbook_is_read_and_flagged(case_dir: Path) -> None:
    path = case_dir / "gp.xlsm"
    path.write_bytes(hostile.macro_xlsm())
    ret = read_one(path)
    assert ret.rows_read == len(hostile.GOOD_ENTRIES)
    assert ret.file_flags.count("macros") == 1


def test_protected_workbook_opened_with_case_password(case_dir: Path, monkeypatch) -> None:
    monkeypatch.delenv("CASE_PASSWORD", raising=False)
    path = case_dir / "hv.xlsx"
    path.write_bytes(simple_return("HV", hostile.GOOD_ENTRIES).to_bytes(password="DEMO-2016-01"))
    ret = read_one(path)
    assert ret.rows_read == 3 and "protected" in ret.file_flags
    assert [r.date_as_written for r in ret.rows] == ["03/04/2015", "10/06/2015", "July 2015"]


def test_wrong_password_is_reported_not_read(case_dir: Path, monkeypatch) -> None:
    monkeypatch.delenv("CASE_PASSWORD", raising=False)
    path = case_dir / "hv.xlsx"
    path.write_bytes(simple_return("HV", hostile.GOOD_ENTRIES).to_bytes(password="other"))
    with pytest.raises(IngestError, match="password other than the case password"):
        read_one(path)


def test_cell_of_megabytes_kept_whole_and_flagged(case_dir: Path) -> None:
    path = case_dir / "big.xlsx"
    path.write_bytes(hostile.big_cell_xlsx(megabytes=3))
    ret = read_one(path)
    assert ret.rows_read == 4 and len(ret.rows) == 4 and ret.rejected == []
    [long] = [r for r in ret.rows if len(r.comment) > MAX_CELL_CHARS]
    assert len(long.comment) == 3 * hostile.MB and long.flags == ["long_cell"]


def test_stray_far_column_does_not_widen_every_row(case_dir: Path) -> None:
    book = simple_return("Thames Valley Police", hostile.GOOD_ENTRIES)
    workbook = book.workbook()
    workbook.active.cell(row=8, column=5000, value="note far right")
    path = case_dir / "wide.xlsx"
    workbook.save(path)
    ret = read_one(path)
    assert ret.rows_read == 3
    assert all(len(r.comment) < 100 for r in ret.rows)
    assert any("note far right" in r.comment for r in ret.rows)   # kept, not lost


def test_workbook_without_chronology_is_reported(case_dir: Path) -> None:
    book = XlsxReturn()
    book.sheet("Notes").entry("Nothing to report for this period")
    path = book.save(case_dir / "notes.xlsx")
    with pytest.raises(IngestError, match="no chronology"):
        read_one(path)


def test_numbers_and_times_as_written() -> None:
    assert cell_text(12.0) == "12" and cell_text(7) == "7" and cell_text(0.25) == "0.25"
    assert cell_text(dt.time(7, 5)) == "07:05"
    assert cell_text(dt.datetime(2015, 1, 2, 23, 59)) == "02/01/2015 23:59"
    assert cell_text(dt.timedelta(hours=26, minutes=30)) == "26:30"
    assert cell_text(None) == "" and cell_text(False) == "FALSE"


@given(st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2099, 12, 31)))
def test_datetime_text_is_day_first_and_never_invents_a_time(value: dt.datetime) -> None:
    text = cell_text(value.replace(second=0, microsecond=0))
    date_part, _, time_part = text.partition(" ")
    assert dt.datetime.strptime(date_part, "%d/%m/%Y").date() == value.date()
    if (value.hour, value.minute) == (0, 0):
        assert time_part == ""
    else:
        assert time_part == value.strftime("%H:%M")


CELL = st.one_of(
    # Text a heading could be made of is left out: a row of headings is a heading row.
    # U+FFFE and U+FFFF are no XML characters: no Excel file can hold them.
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"),
                                   exclude_characters="\ufffe\uffff"),
            max_size=30).filter(lambda text: columns.meaning_of(text) is None),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.integers(min_value=-10**6, max_value=10**6),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.lists(CELL, min_size=8, max_size=8), min_size=1, max_size=12),
       blanks=st.lists(st.booleans(), min_size=12, max_size=12))
def test_every_entry_row_arrives_with_its_row_number(case_dir: Path, entries, blanks) -> None:
    """Property: each written entry row (with a date) is read once, at its Excel row."""
    book = XlsxReturn()
    sheet = book.sheet("Chronology")
    sheet.header_block(agency="Thames Valley Police")
    sheet.headings(EXCEL_HEADINGS)
    expected = {}
    for cells, blank_before in zip(entries, blanks, strict=False):
        if blank_before:
            sheet.blank()
        cells = [dt.date(2015, 1, 1), *cells[1:]]        # a date: never a heading row
        number = sheet.entry(*cells)
        # A cell of only spaces holds nothing: it is read as empty.
        expected[number] = [text if text.strip() else "" for text in map(cell_text, cells)]
    path = book.save(case_dir / "prop.xlsx")
    ret = read_one(path)
    got = {r.provenance.row: r for r in ret.rows}
    assert sorted(got) == sorted(expected)
    for number, texts in expected.items():
        row = got[number]
        assert row.date_as_written == texts[0]
        assert row.staff == texts[6]
        # The child cell reaches the child column, unless every child cell is a number or
        # a date: such a column is never a contact column, and is kept in the comment
        # (the entries' free text, if no contact column is left, is the narrative then).
        assert row.child == texts[2] or (
            not texts[2] or f"{EXCEL_HEADINGS[2]}: {texts[2]}" in row.comment)
        assert texts[7] in row.comment or texts[7] in row.child


@pytest.mark.parametrize(("number_format", "expected"), [
    ("mmm-yy", "March 2015"), ("mmmm yyyy", "March 2015"), ("[$-809]mmm yyyy", "March 2015"),
    ("yyyy", "2015"), ("dd/mm/yyyy", "01/03/2015"), ("d-mmm-yy", "01/03/2015"),
])
def test_date_format_hiding_the_day_gives_a_period_not_a_day(case_dir: Path, number_format,
                                                             expected) -> None:
    """A cell formatted "mmm-yy" holds the 1st of the month; the agency wrote a month."""
    book = XlsxReturn()
    sheet = book.sheet("Chronology")
    sheet.headings(EXCEL_HEADINGS)
    number = sheet.entry(dt.date(2015, 3, 1), None, "Seen", "", "", "", "PC1", "")
    sheet.number_format(number, 1, number_format)
    (row,) = read_one(book.save(case_dir / "formats.xlsx")).rows
    assert row.date_as_written == expected


def test_inline_strings_as_other_programs_write_them(case_dir: Path) -> None:
    """LibreOffice and openpyxl write text inline in the sheet, not in shared strings."""
    book = simple_return("Thames Valley Police", hostile.GOOD_ENTRIES)
    path = case_dir / "inline.xlsx"
    path.write_bytes(book.to_bytes(shared_strings=False))
    ret = read_one(path)
    assert [r.child for r in ret.rows] == [e[2] for e in hostile.GOOD_ENTRIES]


def test_binary_workbook_named_for_what_it_is(case_dir: Path) -> None:
    path = case_dir / "police.xlsb"
    path.write_bytes(hostile.zip_of_parts({"[Content_Types].xml": b"<Types/>",
                                           "xl/workbook.bin": b"\x83\x01\x00"}))
    with pytest.raises(IngestError, match=r"\.xlsb"):
        read_one(path)


def strict(data: bytes) -> bytes:
    """The workbook as Excel's "Strict Open XML Spreadsheet" names its namespaces."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info).replace(
                b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                b"http://purl.oclc.org/ooxml/spreadsheetml/main").replace(
                b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                b"http://purl.oclc.org/ooxml/officeDocument/relationships")
            target.writestr(info, content)
    return out.getvalue()


def test_strict_open_xml_workbook_read(case_dir: Path) -> None:
    path = case_dir / "strict.xlsx"
    path.write_bytes(strict(simple_return("Thames Valley Police",
                                          hostile.GOOD_ENTRIES).to_bytes()))
    ret = read_one(path)
    assert [r.date_as_written for r in ret.rows] == ["03/04/2015", "10/06/2015", "July 2015"]
    assert ret.agency == "Thames Valley Police"


@pytest.mark.parametrize(("find", "replace"), [
    (b"<v>0</v>", b"<v>999999</v>"),             # a shared string that is not there
    (b"</sheetData>", b"<row r="),                # the sheet cut short
])
def test_damaged_sheet_reported_with_the_fix(case_dir: Path, find: bytes,
                                             replace: bytes) -> None:
    data = simple_return("Thames Valley Police", hostile.GOOD_ENTRIES).to_bytes()
    sheet = hostile.part(data, "xl/worksheets/sheet1.xml")
    assert find in sheet
    path = case_dir / "damaged.xlsx"
    path.write_bytes(hostile.replace_part(data, "xl/worksheets/sheet1.xml",
                                          sheet.replace(find, replace, 1)))
    with pytest.raises(IngestError, match="damaged sheet.*save it again"):
        read_one(path)
