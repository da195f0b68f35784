"""The normalise stage on real Word and Excel returns built by code: readings and flags per row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.case import load_case
from pipeline.dates import read_date
from pipeline.ingest import read_file
from pipeline.model import CaseRun, DateReading, Precision, Provenance, Return, Row
from pipeline.normalise import case_flags
from tests.builders.cases import write_case_toml
from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx
from tests.builders.docx_pieces import Section
from tests.builders.runs import case_run, merge_stage, normalise_stage
from tests.builders.xlsx_builder import simple_return

TODAY = dt.date(2016, 3, 1)


def entry(date_cell: str, what: str) -> list[str]:
    return [date_cell, what, "", "", "Police record", "PC1", ""]


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    return write_case_toml(
        tmp_path, reference="T-1", subject="Child A",
        agencies=[{"name": "Thames Valley Police", "aliases": ["TVP"]},
                  {"name": "General Practice", "aliases": ["GP"]}],
        people=[{"name": "Kayla Example", "pseudonym": "Child A", "role": "Child",
                 "born": "03-04-2013"}])


@pytest.fixture
def run(case_dir: Path) -> CaseRun:
    """Ingested police (Word, two tables) and GP (Excel, real date cells) returns."""
    doc = ChronologyDocx().header_block(agency="Thames Valley Police",
                                        date_completed="12/02/2016")
    doc.add_table(TEMPLATE_HEADINGS, [
        Section("2014"),
        entry("03/04/2014 14:30", "dated with a time"),
        entry("", "empty date: carried"),
        entry("15:10", "a time only: carried, own time"),
        entry("not known", "unknown"),
        entry("", "empty under unknown: missing"),
        entry("Spring 2014", "a season"),
        entry("", "empty under a season: carried period"),
        entry("04/13/2015", "month first"),
        entry("3/4/15 2.30pm", "12-hour time"),
        entry("Tuesday 5th May 2030", "future, outside, weekday wrong"),
        entry("01/02/2012", "before the period and before birth"),
        entry("Summer 2013", "period partly before birth, all before the review"),
        entry("2015 onwards", "open range inside the period"),
    ])
    doc.add_table(TEMPLATE_HEADINGS, [
        entry("", "first row of a new table: nothing to carry"),
        entry("c. 2014", "approximate year"),
    ])
    doc.save(case_dir / "police.docx")
    simple_return("General Practice", [
        (dt.date(2015, 4, 3), dt.time(9, 5), "real date and time cells", "", "", "GP", "", ""),
        (dt.datetime(2015, 4, 4, 16, 45), None, "a date cell with a time part", "", "", "GP",
         "", ""),
        (None, None, "empty date under an Excel date", "", "", "GP", "", ""),
    ]).save(case_dir / "gp.xlsx")
    case = load_case(case_dir)
    returns = [r for name in ("police.docx", "gp.xlsx") for r in read_file(case_dir / name, case)]
    run = case_run(case, case_dir / "out", returns=returns, today=TODAY)
    normalise_stage(run)
    return run


def by_text(run: CaseRun) -> dict[str, Row]:
    return {row.child: row for ret in run.returns for row in ret.rows}


def test_every_row_gets_a_reading(run):
    rows = [row for ret in run.returns for row in ret.rows]
    assert len(rows) == 18
    assert all(isinstance(row.reading, DateReading) for row in rows)
    assert all(len(row.flags) == len(set(row.flags)) for row in rows)


def test_exact_days_and_times(run):
    rows = by_text(run)
    dated = rows["dated with a time"].reading
    assert (dated.precision, dated.date, dated.time) == (Precision.DAY, dt.date(2014, 4, 3),
                                                       dt.time(14, 30))
    assert rows["dated with a time"].flags == []
    twelve = rows["12-hour time"]
    assert twelve.reading.time == dt.time(14, 30)
    assert twelve.flags == ["two_digit_year", "time_12h"]


def test_excel_date_and_time_cells_read_exactly(run):
    rows = by_text(run)
    cells = rows["real date and time cells"]
    assert (cells.reading.date, cells.reading.time) == (dt.date(2015, 4, 3), dt.time(9, 5))
    assert cells.flags == []
    with_time = rows["a date cell with a time part"]
    assert (with_time.reading.date, with_time.reading.time) == (dt.date(2015, 4, 4),
                                                                dt.time(16, 45))
    assert with_time.flags == []


def test_empty_date_carried_from_the_row_above(run):
    rows = by_text(run)
    carried = rows["empty date: carried"]
    assert carried.flags == ["date_carried"]
    # The date is carried, never the time: 'later the same day' is not at 14:30.
    assert (carried.reading.date, carried.reading.time) == (dt.date(2014, 4, 3), None)
    assert carried.date_as_written == "" and carried.reading.text == ""
    own_time = rows["a time only: carried, own time"]
    assert (own_time.reading.date, own_time.reading.time) == (dt.date(2014, 4, 3),
                                                              dt.time(15, 10))
    assert own_time.date_as_written == "15:10"
    period = rows["empty under a season: carried period"].reading
    assert (period.precision, period.start) == (Precision.SEASON, dt.date(2014, 3, 1))
    excel = rows["empty date under an Excel date"]
    assert excel.flags == ["date_carried"] and excel.reading.date == dt.date(2015, 4, 4)
    assert excel.reading.time is None     # the Excel cell above has 16:45; it stays there


def test_nothing_carried_from_undated_rows_or_other_tables(run):
    rows = by_text(run)
    for what in ("empty under unknown: missing", "first row of a new table: nothing to carry"):
        assert rows[what].reading.precision is Precision.MISSING
        assert rows[what].flags == ["missing_date"]
        assert rows[what].reading.date is None


def test_unknown_and_unreadable(run):
    rows = by_text(run)
    assert rows["unknown"].reading.precision is Precision.UNKNOWN
    assert rows["unknown"].flags == []
    month_first = rows["month first"]
    assert month_first.reading.precision is Precision.UNREADABLE
    assert month_first.flags == ["month_first"]
    assert "month first" in month_first.reading.reason


def test_case_checks(run):
    rows = by_text(run)
    assert rows["future, outside, weekday wrong"].flags == [
        "weekday_mismatch", "future_date", "outside_period"]
    assert rows["before the period and before birth"].flags == ["outside_period",
                                                                "before_birth"]
    assert rows["period partly before birth, all before the review"].flags == [
        "period", "outside_period"]
    assert rows["open range inside the period"].flags == ["period"]
    assert rows["approximate year"].flags == ["period", "approximate"]
    assert rows["a season"].flags == ["period"]


def test_flags_added_once_and_existing_flags_kept(case_dir):
    case = load_case(case_dir)
    row = Row(Provenance("x.docx", "1", 2), "Thames Valley Police", "01/02/2012",
              flags=["outside_period", "tracked_change"])
    ret = Return(path=case_dir / "x.docx", file="x.docx", sha256="", rows=[row])
    run = case_run(case, case_dir, returns=[ret], today=TODAY)
    normalise_stage(run)
    normalise_stage(run)   # running twice adds nothing
    assert row.flags == ["outside_period", "tracked_change", "before_birth"]


PERIOD_FROM, PERIOD_TO = dt.date(2014, 1, 1), dt.date(2015, 12, 31)


@settings(max_examples=200, deadline=None)
@given(first=st.dates(dt.date(2005, 1, 1), dt.date(2025, 12, 31)),
       length=st.integers(0, 800))
def test_a_period_is_outside_only_when_all_of_it_is(first, length):
    last = first + dt.timedelta(days=length)
    reading = DateReading("x", Precision.RANGE, start=first, end=last, flags=("period",))
    outside = "outside_period" in case_flags(reading, TODAY, PERIOD_FROM, PERIOD_TO, None)
    overlaps = first <= PERIOD_TO and last >= PERIOD_FROM
    assert outside == (not overlaps)


@settings(max_examples=100, deadline=None)
@given(day=st.dates(dt.date(2005, 1, 1), dt.date(2030, 12, 31)))
def test_day_checks_match_their_definitions(day):
    reading = DateReading("x", Precision.DAY, date=day, start=day, end=day)
    born = dt.date(2013, 4, 3)
    flags = case_flags(reading, TODAY, PERIOD_FROM, PERIOD_TO, born)
    assert ("future_date" in flags) == (day > TODAY)
    assert ("outside_period" in flags) == (not PERIOD_FROM <= day <= PERIOD_TO)
    assert ("before_birth" in flags) == (day < born)


def test_a_returns_order_survives_normalise_and_merge_on_built_files(case_dir):
    """The issue's three cases on real files: a carried date, a time alone ('2.30'), and an
    ambiguous time after '17.6.2015 @ 9am', merged with another agency's Excel return."""

    doc = ChronologyDocx().header_block(agency="Thames Valley Police",
                                        date_completed="12/02/2016")
    doc.add_table(TEMPLATE_HEADINGS, [
        entry("17.6.2015 @ 9am", "officers attended the address"),
        entry("2.30", "call back to mother"),
        entry("", "telephone call to mother later the same day"),
    ])
    doc.save(case_dir / "police.docx")
    simple_return("General Practice", [
        (dt.date(2015, 6, 17), dt.time(1, 15), "out of hours call", "", "", "GP", "", ""),
        (dt.date(2015, 6, 17), dt.time(10, 0), "surgery appointment", "", "", "GP", "", ""),
    ]).save(case_dir / "gp.xlsx")
    case = load_case(case_dir)
    returns = [r for name in ("police.docx", "gp.xlsx") for r in read_file(case_dir / name, case)]
    run = case_run(case, case_dir / "out", returns=returns, today=TODAY)
    normalise_stage(run)
    rows = by_text(run)
    ambiguous = rows["call back to mother"]
    assert (ambiguous.reading.date, ambiguous.reading.time) == (dt.date(2015, 6, 17),
                                                                dt.time(2, 30))
    assert ambiguous.flags == ["time_ambiguous", "date_carried"]
    later = rows["telephone call to mother later the same day"]
    assert (later.reading.date, later.reading.time) == (dt.date(2015, 6, 17), None)
    merge_stage(run)
    assert [row.child for row in run.merged] == [
        "out of hours call", "officers attended the address", "call back to mother",
        "telephone call to mother later the same day", "surgery appointment"]


cells = st.sampled_from(["03/04/2014 14:30", "03/04/2014", "Spring 2014", "not known", "",
                         "", "09:15", "2.30", "04/04/2014 at 0800"])
time_cells = st.sampled_from(["", "", "10:45", "noon"])


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(written=st.lists(st.tuples(cells, time_cells), min_size=1, max_size=8))
def test_a_carried_date_never_carries_a_time(case_dir, written):
    case = load_case(case_dir)   # the same case for every example
    rows = [Row(Provenance("x.docx", "1", n + 2), "Thames Valley Police", date_cell, time_cell,
                order=n) for n, (date_cell, time_cell) in enumerate(written)]
    ret = Return(path=case_dir / "x.docx", file="x.docx", sha256="", rows=rows)
    normalise_stage(case_run(case, case_dir, returns=[ret], today=TODAY))
    for row in rows:
        if "date_carried" in row.flags:
            own = read_date(row.date_as_written, row.time_as_written, today=TODAY)
            assert row.reading.time == own.time, (row.date_as_written, row.time_as_written)
