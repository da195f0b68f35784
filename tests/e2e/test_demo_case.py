"""The demo case: its committed files are what the script builds, and the pipeline reads
every one of them (except the deliberately unreadable letter) with every row accounted for.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.case import load_case
from pipeline.model import CaseRun, Severity
from tests.builders import demo_case, demo_entries, demo_files, demo_reports, demo_word
from tests.builders import demo_story as story
from tests.builders.cases import DEMO
from tests.builders.runs import case_run, ingest_stage, merge_stage, normalise_stage

CONTENT = ("child", "family", "communication", "source", "staff", "comment")


# --- the committed files are the script's ----------------------------------------------

def test_rebuilding_the_committed_folder_changes_no_byte(tmp_path):
    copy = tmp_path / "demo"
    shutil.copytree(DEMO, copy)
    demo_case.build(copy)
    committed = sorted(p.relative_to(DEMO) for p in DEMO.rglob("*") if p.is_file())
    rebuilt = sorted(p.relative_to(copy) for p in copy.rglob("*") if p.is_file())
    assert rebuilt == committed
    changed = [str(name) for name in committed
               if (copy / name).read_bytes() != (DEMO / name).read_bytes()]
    assert changed == [], "run `make demo` and commit inputs/demo"


def test_a_fresh_build_holds_what_is_committed(tmp_path):
    """Built from nothing, every file holds the committed content: Word and Excel files
    part by part (the protected one is encrypted with a new salt, and compressed bytes
    depend on zlib), the others byte for byte."""
    fresh = tmp_path / "fresh"
    demo_case.build(fresh)
    assert demo_case.stray_files(DEMO) == []
    for relative, (_, _, protected) in demo_case.planned_files().items():
        new, old = (fresh / relative).read_bytes(), (DEMO / relative).read_bytes()
        if protected:
            assert old.startswith(b"\xd0\xcf\x11\xe0"), relative   # still encrypted
        if relative.endswith((".docx", ".xlsx")):
            assert demo_files.package_content(new) == demo_files.package_content(old), relative
        else:
            assert new == old, relative
    assert (fresh / "case.toml").read_text() == (DEMO / "case.toml").read_text()


def test_file_times_are_when_the_agencies_sent_them(tmp_path):
    demo_case.build(tmp_path)
    first = tmp_path / story.returns_by_key()["hv-first"].file
    amended = tmp_path / story.returns_by_key()["hv"].file
    assert first.stat().st_mtime < amended.stat().st_mtime
    sent = story.returns_by_key()["hv-first"].file_time.replace(tzinfo=dt.UTC)
    assert first.stat().st_mtime == sent.timestamp()


# --- the files carry the quirks the story says -----------------------------------------

def _document_xml(relative: str) -> str:
    parts = demo_files.package_content((DEMO / relative).read_bytes())
    return parts["word/document.xml"].decode("utf-8")


def test_word_returns_carry_their_quirks():
    files = story.returns_by_key()
    police = _document_xml(files["police"].file)
    assert police.count("<w:tbl>") == 3                      # two chronology tables + staff
    assert police.count("<w:tblHeader/>") == 2               # the heading on both
    assert len(re.findall(r'<w:gridSpan w:val="7"/>', police)) == 4   # 2013..2016 rows
    links = sum("{{" in text for e in files["police"].entries for text in e.cells())
    assert police.count("<w:hyperlink ") == links > 0
    csc = _document_xml(files["csc"].file)
    assert (DEMO / files["csc"].file).read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    assert csc.count("<w:ins ") >= 3 and csc.count("<w:del ") >= 3
    assert "<w:delText" in csc and "<w:sdt" in csc
    assert 'w:vMerge w:val="restart"' in csc and "<w:vMerge/>" in csc
    assert "<w:tblGrid>" in csc and "Date completed:" in csc          # header as a table
    school = _document_xml(files["school"].file)
    assert "w:fldCharType" in school and "<w:hyperlink " in school
    assert "Date completed" not in _document_xml(files["gp"].file)
    assert "<w:br/>" in _document_xml(files["hv"].file)


def test_excel_return_has_real_dates_title_rows_and_a_blank_row():
    from openpyxl import load_workbook

    ret = story.returns_by_key()["hospital"]
    sheet = load_workbook(DEMO / ret.file)["Chronology"]
    heading_row = next(row[0].row for row in sheet.iter_rows()
                       if row[0].value == ret.headings[0])
    assert heading_row > 3                                    # titles and header above
    entries = list(sheet.iter_rows(min_row=heading_row + 1, values_only=True))
    assert any(all(v is None for v in row) for row in entries)             # a blank row
    dated = [row for row in entries if row[0] is not None]
    assert len(dated) == len(ret.entries)
    assert all(hasattr(row[0], "year") and hasattr(row[1], "hour") for row in dated)


def test_the_unreadable_file_is_a_genuine_pdf():
    data = (DEMO / story.UNREADABLE_FILE).read_bytes()
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    xref = int(re.search(rb"startxref\n(\d+)", data).group(1))
    assert data[xref:xref + 4] == b"xref"


def test_story_has_the_date_quirks_and_shared_events():
    written = {entry.when for _, entry in story.all_entries()}
    for quirk in ("March 2015", "Spring 2014", "w/c 04/05/2015", "04/13/2015", "31/02/2015",
                  "not known", "last week", ""):
        assert quirk in written, quirk
    assert any(w.endswith("pm") for w in written) and any(w.endswith("hrs") for w in written)
    assert any(re.fullmatch(r"\d\d/\d\d/\d\d", w) for w in written)        # two-digit year
    assert any(e.quirk == "exact_duplicate" for _, e in story.all_entries())
    assert any(not e.staff for _, e in story.all_entries())                # no initials
    assert sum(r.rows_expected() for r in story.RETURNS) >= 300
    assert len({story.returns_by_key()[k].agency_written for k in story.returns_by_key()}) >= 6
    assert len(story.shared_events()) >= 10


@given(st.text(alphabet=st.characters(exclude_characters="[]<>{}()|+-")),
       st.text(alphabet=st.characters(exclude_characters="[]<>{}()|+-"), min_size=1))
def test_as_read_keeps_insertions_and_drops_deletions(plain, changed):
    assert demo_entries.as_read(plain) == plain
    assert demo_entries.as_read(f"{plain}[-{changed}-]") == plain
    assert demo_entries.as_read(f"[+{changed}+]{plain}") == changed + plain
    assert demo_entries.as_read(f"<<{changed}>>{{{{{plain}|http://x.invalid}}}}") == changed + plain


_SAFE_TEXT = st.text(alphabet=st.characters(exclude_characters="[]<>{}()|+-",
                                            exclude_categories=("Cs",)), min_size=1)
_MARKED = {"plain": "{}", "inserted": "[+{}+]", "deleted": "[-{}-]", "control": "<<{}>>",
           "link": "{{{{{}|http://record.example.invalid}}}}", "field": "(({}))"}


@given(st.lists(st.tuples(st.sampled_from(sorted(_MARKED)), _SAFE_TEXT), max_size=6))
def test_builder_pieces_hold_what_a_reader_must_see(segments):
    """Whatever the markup, the Word pieces carry every segment but the deleted ones."""
    from tests.builders.docx_pieces import ComplexField, Control, Deleted, Hyperlink, Inserted

    marked = "".join(_MARKED[kind].format(text) for kind, text in segments)
    expected = "".join(text for kind, text in segments if kind != "deleted")
    found = demo_word.pieces(marked)
    pieces = [found] if isinstance(found, str) else found
    shown = "".join(
        piece if isinstance(piece, str) else
        "" if isinstance(piece, Deleted) else
        piece.content if isinstance(piece, Control) else
        piece.result if isinstance(piece, ComplexField) else
        piece.text for piece in pieces)
    assert shown == expected == demo_entries.as_read(marked)
    assert all(isinstance(p, str | Inserted | Deleted | Control | Hyperlink | ComplexField)
               for p in pieces)


# --- the pipeline reads all of it --------------------------------------------------------

@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> CaseRun:
    """The committed demo case through the stages that read, date and merge its rows.

    Validation and the documents are left out here to keep this file fast (about 10 s
    of Great Expectations); `make merge` runs the whole pipeline on the demo in CI.
    """
    run = case_run(load_case(DEMO), tmp_path_factory.mktemp("outputs"))
    return merge_stage(normalise_stage(ingest_stage(run)))


def test_every_file_is_read_but_the_pdf(demo_run):
    problems = [(p.file, p.code) for p in demo_run.problems if p.severity is Severity.ERROR]
    assert problems == [(story.UNREADABLE_FILE, "unreadable_file")]
    assert "PDF" in demo_run.problems[0].message
    read = {ret.file for ret in demo_run.returns}
    assert read == {ret.file for ret in story.RETURNS}
    reports = {report.file for report in demo_run.reports}
    assert {report.file for report in demo_reports.REPORTS} <= reports
    assert demo_reports.TERMS_OF_REFERENCE_FILE in reports


def test_each_return_is_matched_to_its_agency(demo_run):
    case = load_case(DEMO)
    for ret in demo_run.returns:
        written = story.returns_by_key()[_key(ret.file)].agency_written
        assert ret.agency_matched, ret.file
        assert ret.agency == case.match_agency(written).name


@pytest.mark.parametrize("key", [ret.key for ret in story.RETURNS])
def test_every_row_of_a_return_is_read_as_written(demo_run, key):
    expected = story.returns_by_key()[key]
    ret = next(r for r in demo_run.returns if r.file == expected.file)
    assert ret.rows_read == expected.rows_expected()
    for row, entry in zip(ret.rows, expected.entries, strict=True):
        where = f"{ret.file} row {row.provenance.row}"
        assert row.date_as_written == entry.when, where
        assert row.time_as_written == entry.time, where
        for name, text in zip(CONTENT, entry.cells(), strict=True):
            assert getattr(row, name) == demo_entries.as_read(text), f"{where} {name}"


def test_agency_reports_are_read_with_every_section_and_action(demo_run):
    for spec in demo_reports.REPORTS:
        report = next(r for r in demo_run.reports if r.file == spec.file)
        assert report.kind == "agency_report", spec.file
        assert report.agency == spec.agency, spec.file
        assert report.missing_sections == [], spec.file
        assert [a.recommendation for a in report.actions] == [a[1] for a in spec.actions]


def test_terms_of_reference_is_read_as_such(demo_run):
    terms = next(r for r in demo_run.reports if r.file == demo_reports.TERMS_OF_REFERENCE_FILE)
    assert terms.kind == "terms_of_reference"


PRECISION_CODES = {"unknown", "unreadable"}     # said by the reading's precision, not a flag


@pytest.mark.parametrize("key", [ret.key for ret in story.RETURNS
                                 if any(e.expect for e in ret.entries)])
def test_each_quirk_of_a_return_gets_its_finding(demo_run, key):
    """The entries the story writes with a quirk arrive flagged as SPEC.md's rules say."""
    expected = story.returns_by_key()[key]
    ret = next(r for r in demo_run.returns if r.file == expected.file)
    for row, entry in zip(ret.rows, expected.entries, strict=True):
        where = f"{ret.file} row {row.provenance.row} ({entry.when!r})"
        for code in entry.expect:
            if code in PRECISION_CODES:
                assert row.reading.precision == code, where
            elif code != "near_duplicate" or ret not in demo_run.superseded:
                assert code in row.flags, f"{where}: {code}"


def test_nothing_is_lost_between_reading_and_merging(demo_run):
    read = sum(ret.rows_read for ret in demo_run.returns)
    superseded = sum(ret.rows_read for ret in demo_run.superseded)
    rejected = sum(len(ret.rejected) for ret in demo_run.returns)
    assert read == len(demo_run.merged) + len(demo_run.duplicates_dropped) + superseded \
        + rejected
    assert [r.file for r in demo_run.superseded] == [story.returns_by_key()["hv-first"].file]
    assert len(demo_run.duplicates_dropped) == sum(
        e.quirk == "exact_duplicate" for _, e in story.all_entries())


def _key(file: str) -> str:
    return next(ret.key for ret in story.RETURNS if ret.file == file)


def test_docx_parts_are_stored_with_one_fixed_time():
    for relative, (_, _, protected) in demo_case.planned_files().items():
        if relative.endswith((".docx", ".xlsx")) and not protected:
            with zipfile.ZipFile(DEMO / relative) as archive:
                assert {i.date_time for i in archive.infolist()} == {demo_files.ZIP_TIME}
