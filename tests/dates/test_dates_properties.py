"""Rules that hold for every date text: forms read back, no day invented, stable readings."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import example, given, settings
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


# -- What the text does not write is never in the reading ------------------------------
MARKS = st.sampled_from(["x", "X", "*", "?", "#", "_"])
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
# Numeric forms that may have any of their parts hidden: (separator, two-digit year?)
NUMERIC = st.sampled_from([("/", False), (".", False), ("-", False), ("/", True), (".", True)])


def hide(written: str, mark: str) -> str:
    return mark * len(written)


@settings(max_examples=400, deadline=None)
@given(day=days, form=NUMERIC, mark=MARKS,
       hidden=st.sets(st.sampled_from(["day", "month", "year"]), min_size=1),
       word_month=st.booleans())
def test_a_hidden_part_is_never_in_the_reading(day, form, mark, hidden, word_month):
    separator, two_digit = form
    day_text, month_text = f"{day.day:02d}", f"{day.month:02d}"
    year_text = day.strftime("%y") if two_digit else str(day.year)
    if "month" not in hidden and word_month:
        month_text, separator = day.strftime("%B"), " "
    parts = {"day": day_text, "month": month_text, "year": year_text}
    text = separator.join(hide(parts[p], mark) if p in hidden else parts[p]
                          for p in ("day", "month", "year"))
    reading = read_date(text, today=TODAY)
    assert "redacted" in reading.flags, (text, reading)
    assert reading.date is None, text
    if "year" in hidden:
        assert reading.precision is Precision.UNKNOWN and reading.start is None, text
    elif "month" in hidden:
        assert reading.precision is Precision.YEAR, text
        assert (reading.start, reading.end) == (dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
    else:
        assert reading.precision is Precision.MONTH, text
        assert (reading.start.year, reading.start.month) == (day.year, day.month), text


def written_month(text: str, month: int) -> bool:
    """Whether the month is in the text: as a number, a name or a Roman numeral."""
    lowered = text.lower()
    names = {dt.date(2000, month, 1).strftime(f).lower() for f in ("%B", "%b")}
    numbers = {int(n) for n in re.findall(r"\d+", text)}
    return (month in numbers or any(name in lowered for name in names)
            or re.search(rf"(?<![a-z]){ROMAN[month - 1]}(?![a-z])", lowered) is not None
            or any(len(n) == 8 and int(n[4:6]) == month or int(n[2:4]) == month
                   for n in re.findall(r"\d{8}", text)))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/.-: xX*?#_ivIVaprmhsJunMy")),
               max_size=24))
@example("14/02/20**")     # the base reader read these as 2020
@example("7 Jun 20xx")
def test_no_day_month_or_year_is_read_that_the_text_does_not_write(text):
    reading = read_date(text, today=TODAY)
    if reading.date is not None:
        numbers = {int(n) for n in re.findall(r"\d+", text)}
        assert reading.date.day in numbers or f"{reading.date.day:02d}" in text, text
        assert written_year(text, reading.date.year), text
        assert written_month(text, reading.date.month), text
    if reading.start is not None and reading.precision is not Precision.RANGE:
        assert written_year(text, reading.start.year), text


def written_year(text: str, year: int) -> bool:
    """Whether the year is in the text: four digits, or two not followed by a digit or a
    redaction mark ('20xx' writes no year)."""
    return str(year) in text or re.search(rf"(?<!\d){year % 100:02d}(?![\dxX*?#_])",
                                          text) is not None


# -- Day and month are never swapped ----------------------------------------------------
@settings(max_examples=400, deadline=None)
@given(first=st.integers(1, 31), second=st.integers(1, 31), year=st.integers(1930, 2025),
       form=st.sampled_from(["{a}/{b}/{y}", "{a:02d}.{b:02d}.{y}", "{a} {b} {y}",
                             "{a}-{b}-{y}", "{a:02d}{b:02d}{y}", "On {a}/{b}/{y} seen by GP"]))
def test_day_and_month_are_never_swapped(first, second, year, form):
    text = form.format(a=first, b=second, y=year)
    reading = read_date(text, today=TODAY)
    if reading.date is not None:
        assert (reading.date.day, reading.date.month) == (first, second), text
    if first <= 12 < second and "{a:02d}{b:02d}" not in form:
        assert reading.flags == ("month_first",), text


# -- A reading written back out reads as itself ---------------------------------------
SEASON_NAMES = {3: "Spring", 6: "Summer", 9: "Autumn"}


def written_back(reading) -> str:
    """A reading written out the way the merged chronology writes one (dd-mm-yyyy, HH:MM)
    or, for a period, in plain words."""
    start, end = reading.start, reading.end
    if reading.precision is Precision.DAY:
        return " ".join(filter(None, [reading.date_text, reading.time_text]))
    if reading.precision is Precision.MONTH:
        return start.strftime("%B %Y")
    if reading.precision is Precision.YEAR:
        return str(start.year)
    if reading.precision is Precision.SEASON:
        if start.month == 12:
            return f"Winter {start.year}/{end.year % 100:02d}"
        if start.month == 1:
            return f"Winter {start.year}"
        return f"{SEASON_NAMES[start.month]} {start.year}"
    if reading.precision is Precision.RANGE:
        if end is None:
            return f"{start:%d-%m-%Y} onwards"
        return f"{start:%d-%m-%Y} - {end:%d-%m-%Y}"
    return "not known"


forms_with_readings = st.one_of(
    st.tuples(days, st.sampled_from(sorted(DAY_FORMS))).map(lambda p: DAY_FORMS[p[1]](p[0])),
    st.tuples(days, times).map(lambda p: f"{p[0]:%d/%m/%Y} {p[1]:%H:%M}"),
    st.tuples(days, times).map(
        lambda p: f"{p[0].day}.{ROMAN[p[0].month - 1]}.{p[0].year} at {p[1]:%H%M}"),
    days.map(lambda d: f"{d.day} {d.month} {d.year}"),
    days.map(lambda d: f"{d:%Y%m%d}"),
    days.map(lambda d: f"Last updated: {d.day} {d:%b %Y}"),
    days.map(lambda d: f"w/c {d:%d/%m/%Y}"),
    days.map(lambda d: f"week ending {d:%d.%m.%y}"),
    st.tuples(st.sampled_from(["first", "2nd", "third", "4th", "last"]), month_names, years).map(
        lambda p: f"{p[0]} week of {p[1]} {p[2]}"),
    st.tuples(st.sampled_from(["early", "mid", "late", ""]), month_names, years).map(
        lambda p: " ".join(p).strip()),
    st.tuples(st.sampled_from(["early", "mid", "late"]), years).map(" ".join),
    st.tuples(st.sampled_from(["Spring", "Summer", "Autumn", "Winter"]), years).map(" ".join),
    years.map(lambda y: f"Winter {y}/{(int(y) + 1) % 100:02d}"),
    days.map(lambda d: f"xx/{d:%m/%Y}"),
    days.map(lambda d: f"XX/XX/{d:%Y}"),
    days.map(lambda d: f"{d:%d %B} 20xx"),
    st.tuples(days, days).map(lambda p: f"{min(p):%d/%m/%Y} - {max(p):%d/%m/%Y}"),
    days.map(lambda d: f"{d:%d/%m/%Y} onwards"),
    st.sampled_from(["not known", "N/K", "unknown"]),
)


@settings(max_examples=400, deadline=None)
@given(text=forms_with_readings)
def test_a_reading_written_back_out_reads_the_same(text):
    reading = read_date(text, today=TODAY)
    assert reading.precision is not Precision.UNREADABLE, (text, reading)
    again = read_date(written_back(reading), today=TODAY)
    assert (again.precision, again.date, again.time, again.start, again.end) == (
        reading.precision, reading.date, reading.time, reading.start, reading.end), (
        text, written_back(reading))
