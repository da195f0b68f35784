"""The review clock: England's working days and Working Together's timescales."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.case import load_case
from pipeline.lifecycle.clock import (
    add_months,
    add_working_days,
    is_working_day,
    review_deadline,
    working_days_left,
)
from tests.builders.cases import write_case_toml

D = dt.date


def test_bank_holidays_of_england_are_not_working_days():
    # Easter 2016: Good Friday 25-03 and Easter Monday 28-03; the Christmas substitute day
    for holiday in (D(2016, 3, 25), D(2016, 3, 28), D(2016, 12, 27), D(2016, 5, 30)):
        assert not is_working_day(holiday)
    assert is_working_day(D(2016, 3, 24)) and not is_working_day(D(2016, 3, 26))
    # 1 August is a bank holiday in Scotland, not in England
    assert is_working_day(D(2016, 8, 1))


def test_rapid_review_within_fifteen_working_days_of_notification():
    deadline = review_deadline("Rapid Review", None, D(2016, 3, 18))
    # 21-24 March (4), Easter, 29 March - 8 April (9), 11-12 April (2)
    assert deadline.day == D(2016, 4, 12)
    assert "15 working days of notification" in deadline.rule
    missing = review_deadline("Rapid review", D(2016, 3, 1), None)
    assert missing.day is None and "notification =" in missing.missing


def test_practice_reviews_within_six_months_of_the_decision():
    lcspr = review_deadline("Local Child Safeguarding Practice Review", D(2016, 8, 31), None)
    assert lcspr.day == D(2017, 2, 28)
    assert review_deadline("Serious Case Review", D(2016, 1, 4), None).day == D(2016, 7, 4)
    assert "decision =" in review_deadline("LCSPR", None, None).missing
    silp = review_deadline("SILP", D(2016, 1, 4), D(2016, 1, 4))
    assert silp.day is None and silp.missing == "" and "no national timescale" in silp.rule


def test_working_days_left_and_overdue():
    due = D(2016, 2, 15)                                   # a Monday
    assert working_days_left(D(2016, 2, 10), due) == 3     # Thu, Fri, Mon
    assert working_days_left(due, due) == 0
    assert working_days_left(D(2016, 2, 13), due) == 1     # Saturday: Monday is left
    assert working_days_left(D(2016, 2, 19), due) == -4    # Tue-Fri overdue


@given(st.dates(D(2000, 1, 1), D(2040, 12, 31)), st.integers(0, 60))
def test_counting_back_gives_the_count(start, count):
    due = add_working_days(start, count)
    assert working_days_left(start, due) == count
    assert count == 0 or is_working_day(due)


@given(st.dates(D(2000, 1, 1), D(2040, 12, 31)), st.integers(0, 30))
def test_add_months_keeps_the_day_or_the_month_end(start, months):
    later = add_months(start, months)
    assert (later.year * 12 + later.month) - (start.year * 12 + start.month) == months
    assert later.day == start.day or later.day < start.day


def test_case_level_due_dates_fill_agencies_without_their_own(tmp_path):
    case = load_case(write_case_toml(tmp_path, report_due="01-04-2016"))
    by_name = {a.name: a for a in case.agencies}
    assert by_name["General Practice"].report_due == D(2016, 4, 1)
    assert by_name["Thames Valley Police"].report_due == D(2016, 3, 15)   # its own
    assert by_name["General Practice"].due_notes == ()       # case.toml said so: no note


def test_a_rapid_review_derives_chronology_due_from_the_notification(tmp_path):
    case = load_case(write_case_toml(
        tmp_path, notification="18-03-2016", review="Rapid Review",
        agency_changes={"General Practice": {"chronology_due": None}}))
    by_name = {a.name: a for a in case.agencies}
    assert by_name["General Practice"].chronology_due == D(2016, 4, 12)
    assert by_name["General Practice"].due_notes == (
        "chronology due date derived (rapid review: within 15 working days of "
        "notification)",)
    assert by_name["Housing Services"].chronology_due == D(2016, 2, 15)   # its own stays


# England and Wales bank holidays as GOV.UK lists them (weekdays only), typed in by hand:
# an independent check of the holidays package, moved and one-off days included.
GOV_UK = {
    2016: ["01-01", "25-03", "28-03", "02-05", "30-05", "29-08", "26-12", "27-12"],
    2020: ["01-01", "10-04", "13-04", "08-05", "25-05", "31-08", "25-12", "28-12"],
    2022: ["03-01", "15-04", "18-04", "02-05", "02-06", "03-06", "29-08", "19-09", "26-12",
           "27-12"],
    2023: ["02-01", "07-04", "10-04", "01-05", "08-05", "29-05", "28-08", "25-12", "26-12"],
}


@pytest.mark.parametrize("year", sorted(GOV_UK))
def test_bank_holidays_match_gov_uk(year):
    expected = {dt.datetime.strptime(f"{d}-{year}", "%d-%m-%Y").date() for d in GOV_UK[year]}
    days = [D(year, 1, 1) + dt.timedelta(days=n) for n in range(366)]
    off = {day for day in days if day.year == year and day.weekday() < 5
           and not is_working_day(day)}
    assert off == expected
