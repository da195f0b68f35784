"""Rules that hold for every date text: forms read back, no day invented, stable readings."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates import read_date
from pipeline.dates.fast import read_fast
from pipeline.dates.reader import read
from pipeline.model import Precision

TODAY = dt.date(2026, 1, 15)
# Two-digit years are read in the century ending this year: 1927..2026 on TODAY.
days = st.dates(min_value=dt.date(1927, 1, 1), max_value=dt.date(2026, 1, 15))
times = st.times().map(lambda t: t.replace(second=0, microsecond=0))


def ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


# Every supported way of writing a day, as a function of the day.
DAY_FORMS = {
    "dd/mm/yyyy": lambda d: d.strftime("%d/%m/%Y"),
    "d/m/yyyy": lambda d: f"{d.day}/{d.month}/{d.year}",
    "dd.mm.yy": lambda d: d.strftime("%d.%m.%y"),
    "d.m.yy": lambda d: f"{d.day}.{d.month}.{d.strftime('%y')}",
    "dd-mm-yyyy": lambda d: d.strftime("%d-%m-%Y"),
    "d/m/yy": lambda d: f"{d.day}/{d.month}/{d.strftime('%y')}",
    "yyyy-mm-dd": lambda d: d.isoformat(),
    "d Month yyyy": lambda d: f"{d.day} {d.strftime('%B %Y')}",
    "dth Month yyyy": lambda d: f"{ordinal(d.day)} {d.strftime('%B %Y')}",
    "dth of Month yyyy": lambda d: f"{ordinal(d.day)} of {d.strftime('%B %Y')}",
    "d Mon yyyy": lambda d: f"{d.day} {d.strftime('%b %Y')}",
    "dd-Mon-yy": lambda d: d.strftime("%d-%b-%y"),
    "Weekday dth Month yyyy": lambda d: f"{d.strftime('%A')} {ordinal(d.day)} "
                                        f"{d.strftime('%B %Y')}",
    "Wkd d/m/yy": lambda d: f"{d.strftime('%a')} {d.day}/{d.month}/{d.strftime('%y')}",
    "Month dth yyyy": lambda d: f"{d.strftime('%B')} {ordinal(d.day)} {d.year}",
    "On d Month yyyy": lambda d: f"On {d.day} {d.strftime('%B %Y')}",
    "upper case": lambda d: f"{d.day} {d.strftime('%B %Y')}".upper(),
}
TIME_FORMS = {
    "HH:MM": (lambda t: t.strftime("%H:%M"), ()),
    "HHMMhrs": (lambda t: t.strftime("%H%Mhrs"), ()),
    "at HHMM": (lambda t: t.strftime("at %H%M"), ()),
    "HH.MM hours": (lambda t: t.strftime("%H.%M hours"), ()),
    "@ HH:MM": (lambda t: t.strftime("@ %H:%M"), ()),
    "h.MMpm": (lambda t: f"{(t.hour % 12) or 12}.{t.minute:02d}{'pm' if t.hour >= 12 else 'am'}",
               ("time_12h",)),
}


@settings(max_examples=300, deadline=None)
@given(day=days, form=st.sampled_from(sorted(DAY_FORMS)))
def test_every_day_form_reads_back_as_itself(day, form):
    text = DAY_FORMS[form](day)
    reading = read_date(text, today=TODAY)
    assert reading.precision is Precision.DAY, (text, reading)
    assert reading.date == day, text
    assert "weekday_mismatch" not in reading.flags
    assert ("two_digit_year" in reading.flags) == (str(day.year) not in text)


@settings(max_examples=200, deadline=None)
@given(day=days, when=times, form=st.sampled_from(["dd/mm/yyyy", "d Month yyyy", "dd.mm.yy",
                                                    "Weekday dth Month yyyy"]),
       time_form=st.sampled_from(sorted(TIME_FORMS)))
def test_every_date_and_time_form_reads_back(day, when, form, time_form):
    write_time, flags = TIME_FORMS[time_form]
    text = f"{DAY_FORMS[form](day)} {write_time(when)}"
    reading = read_date(text, today=TODAY)
    assert (reading.date, reading.time) == (day, when), text
    assert set(flags) <= set(reading.flags)


@settings(max_examples=100, deadline=None)
@given(day=days, when=times)
def test_excel_cells_read_exactly_with_no_flags(day, when):
    """The Excel reader's convention: 'dd/mm/yyyy' (+ ' HH:MM') and a time cell 'HH:MM'."""
    date_cell = day.strftime("%d/%m/%Y")
    for reading in (read_date(date_cell, when.strftime("%H:%M"), today=TODAY),
                    read_date(f"{date_cell} {when.strftime('%H:%M')}", today=TODAY)):
        assert (reading.precision, reading.date, reading.time) == (Precision.DAY, day, when)
        assert reading.flags == ()


month_names = st.sampled_from(["January", "Feb", "March", "Apr", "May", "June", "Jul",
                               "August", "Sept", "Oct", "November", "Dec"])
years = st.integers(1930, 2025).map(str)
fillers = st.sampled_from(["", "On ", "In ", "During ", "approx ", "c. ", "Home visit ",
                           "?", "Date: "])
no_day_texts = st.one_of(
    st.tuples(month_names, years).map(" ".join),                           # March 2015
    st.tuples(month_names, st.integers(0, 99)).map(lambda p: f"{p[0]}-{p[1]:02d}"),
    years,                                                                 # 2015
    st.tuples(st.sampled_from(["Spring", "Summer", "Autumn", "Winter"]), years).map(" ".join),
    st.tuples(st.sampled_from(["early", "mid", "late", "end of"]),
              st.one_of(years, st.tuples(month_names, years).map(" ".join))).map(" ".join),
    st.tuples(st.integers(1, 31), month_names).map(lambda p: f"{ordinal(p[0])} {p[1]}"),
    st.tuples(st.integers(1, 31), st.integers(1, 12)).map(lambda p: f"{p[0]}/{p[1]}"),
    st.tuples(st.integers(1, 31), st.integers(1, 12)).map(lambda p: f"{p[0]}.{p[1]}."),
    st.tuples(st.integers(1, 12), st.integers(13, 31), years).map(
        lambda p: f"{p[0]}/{p[1]}/{p[2]}"),                                # month first
    st.tuples(st.integers(2, 9), st.sampled_from(["days", "weeks", "months"]),
              st.sampled_from(["later", "ago", "before", "after"])).map(
        lambda p: f"{p[0]} {p[1]} {p[2]}"),
    st.sampled_from(["last week", "yesterday", "the following day", "Tuesday", "not known",
                     "N/K", "", "14:30", "1430hrs", "2.30pm", "noon"]),
)


@settings(max_examples=400, deadline=None)
@given(filler=fillers, text=no_day_texts)
def test_no_text_without_a_day_reads_as_a_day(filler, text):
    reading = read_date(filler + text, today=TODAY)
    assert reading.precision is not Precision.DAY, (filler + text, reading)
    assert reading.date is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefmnorstuyJMS /.-:,?'&")), max_size=30))
def test_text_without_digits_never_reads_as_a_day(text):
    reading = read_date(text, today=TODAY)
    assert reading.date is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/.-: aprmhsJunMy")), max_size=24))
def test_a_day_read_is_written_in_the_text(text):
    """Precision never finer than the text: the day's numbers are all in it."""
    reading = read_date(text, today=TODAY)
    if reading.date is None:
        return
    numbers = {int(n) for n in re.findall(r"\d+", text)}
    assert reading.date.day in numbers
    assert reading.date.year in numbers or reading.date.year % 100 in numbers


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.text(max_size=8))
def test_readings_are_stable_and_never_raise(text, time_text):
    first = read_date(text, time_text, today=TODAY)
    read_date.cache_clear()
    again = read_date(text, time_text, today=TODAY)
    assert first == again
    assert first.text == text
    assert (first.date is not None) == (first.precision is Precision.DAY)


fast_lane_texts = st.tuples(
    st.sampled_from(["", "Tuesday ", "Tues ", "wed ", "Sat, "]),
    st.one_of(days.map(DAY_FORMS["dd/mm/yyyy"]), days.map(DAY_FORMS["d.m.yy"]),
              days.map(DAY_FORMS["dth Month yyyy"]), days.map(DAY_FORMS["d Mon yyyy"]),
              st.tuples(st.integers(0, 35), st.integers(0, 14), st.integers(0, 2030)).map(
                  lambda p: f"{p[0]}/{p[1]}/{p[2]}")),
    st.sampled_from(["", " 14:30", " 1430hrs", " at 0930", " @ 2.30pm", " 12am", " 25:00",
                     " 9pm", " 13pm", " 2359", " 14:30:00"]),
).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=fast_lane_texts, time_text=st.sampled_from(["", "14:30", "09:05", "24:00"]))
def test_fast_lane_reads_as_the_full_scan_does(text, time_text):
    fast = read_fast(text, time_text, TODAY)
    if fast is not None:
        assert fast == read(text, time_text, TODAY), text
