"""Date and time readings: the labelled corpus, the held-out set, dateparser traps, the command."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.dates import dates_command, fallback, read_date, shown_time
from pipeline.dates.parts import full_year
from pipeline.model import DateReading, Precision

DATA = Path(__file__).parents[1] / "data"
TODAY = dt.date(2026, 1, 15)   # the corpus files are labelled for this day


def load(name: str) -> list[dict[str, str]]:
    """The rows of a labelled TSV file (comment lines start with '#')."""
    lines = [line for line in (DATA / name).read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    assert all(line.count("\t") == 7 for line in lines), f"{name}: a line without 8 columns"
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def as_written(reading: DateReading, precision: str) -> dict[str, str]:
    """A reading in the corpus's own columns (start/end only compared for periods)."""
    def day(value: dt.date | None) -> str:
        return value.strftime("%d-%m-%Y") if value else ""

    period = precision != "day"
    return {
        "precision": reading.precision.value,
        "date": reading.date_text,
        "time": reading.time_text,
        "start": day(reading.start) if period else "",
        "end": day(reading.end) if period else "",
        "flags": ";".join(sorted(reading.flags)),
    }


def expected(line: dict[str, str]) -> dict[str, str]:
    period = line["precision"] != "day"
    return {
        "precision": line["precision"],
        "date": line["date"],
        "time": line["time"],
        "start": line["start"] if period else "",
        "end": line["end"] if period else "",
        "flags": ";".join(sorted(f for f in line["flags"].split(";") if f)),
    }


CORPUS = load("date_corpus.tsv")


def test_corpus_is_big_and_varied():
    assert len(CORPUS) >= 400
    assert {line["precision"] for line in CORPUS} == {p.value for p in Precision}
    codes = {code for line in CORPUS for code in line["flags"].split(";") if code}
    assert {"period", "time_12h", "time_ambiguous", "two_digit_year", "weekday_mismatch",
            "approximate", "month_first", "impossible_date", "relative_date", "no_year",
            "several_dates", "unreadable", "time_unreadable", "time_conflict",
            "redacted"} <= codes


@pytest.mark.parametrize("line", CORPUS, ids=[f"{i}:{line['text']!r}"
                                              for i, line in enumerate(CORPUS, start=1)])
def test_corpus_line(line):
    reading = read_date(line["text"], line["time_text"], today=TODAY)
    assert as_written(reading, line["precision"]) == expected(line)
    assert reading.text == line["text"]   # the text as written is kept


def accuracy(lines: list[dict[str, str]]) -> dict[str, int]:
    """Counts over a labelled set: exact days right, days invented, lines fully right."""
    counts = {"lines": len(lines), "all_right": 0, "days": 0, "days_right": 0,
              "days_invented": 0}
    for line in lines:
        reading = read_date(line["text"], line["time_text"], today=TODAY)
        counts["all_right"] += as_written(reading, line["precision"]) == expected(line)
        if line["precision"] == "day":
            counts["days"] += 1
            counts["days_right"] += reading.date_text == line["date"]
        elif reading.date is not None:
            counts["days_invented"] += 1
    return counts


@pytest.mark.parametrize("name", ["date_heldout.tsv", "date_heldout_2.tsv",
                                  "date_heldout_3.tsv"])
def test_heldout_accuracy(name):
    """Texts written before the reader read them: >= 95% of days right, no day invented."""
    counts = accuracy(load(name))
    print(f"{name}: {counts}")
    assert counts["days_invented"] == 0
    assert counts["days_right"] >= 0.95 * counts["days"]


def test_no_day_is_ever_invented_in_the_corpus():
    assert accuracy(CORPUS)["days_invented"] == 0


@pytest.mark.parametrize("text, reason_word", [
    ("10/16/2015", "month first"),
    ("31/02/2015", "no such day"),
    ("last week", "relative"),
    ("3rd March", "year"),
])
def test_unreadable_readings_say_why(text, reason_word):
    reading = read_date(text, today=TODAY)
    assert reading.precision is Precision.UNREADABLE
    assert reason_word in reading.reason
    assert reading.date is None and reading.start is None


def test_day_and_month_are_never_swapped():
    # 03/04/2015 is 3 April; 04/13/2015 is refused, not read as 13 April.
    assert read_date("03/04/2015", today=TODAY).date == dt.date(2015, 4, 3)
    assert read_date("04/13/2015", today=TODAY).date is None


@pytest.mark.parametrize("written, year, flagged", [
    ("15", 2015, True), ("26", 2026, True), ("27", 1927, True), ("99", 1999, True),
    ("00", 2000, True), ("2015", 2015, False), ("'09", 2009, True),
])
def test_two_digit_years_end_this_year(written, year, flagged):
    assert full_year(written, TODAY) == (year, ("two_digit_year",) if flagged else ())


def test_two_digit_year_window_moves_with_today():
    assert read_date("01/02/27", today=dt.date(2027, 3, 1)).date == dt.date(2027, 2, 1)
    assert read_date("01/02/27", today=dt.date(2026, 3, 1)).date == dt.date(1927, 2, 1)


@pytest.mark.parametrize("text", [
    # dateparser's own traps, measured in ../shared/notes/docx_perf.md section 3.
    "1430hrs", "0930", "23.12.", "Mar-15", "3rd March", "today", "5 days later",
    "Tuesday", "March 2015", "2015", "w/c 3 March 2015", "mid-March 2015",
])
def test_dateparser_traps_never_give_an_invented_day(text):
    reading = read_date(text, today=TODAY)
    assert reading.date is None, reading


def test_trap_readings_are_the_right_ones():
    assert read_date("1430hrs", today=TODAY).time == dt.time(14, 30)
    assert read_date("0930", today=TODAY).time == dt.time(9, 30)
    mar_15 = read_date("Mar-15", today=TODAY)
    assert (mar_15.precision, mar_15.start) == (Precision.MONTH, dt.date(2015, 3, 1))


def test_fallback_reads_what_the_scan_cannot_and_checks_it():
    fallback.read.cache_clear()
    reading = read_date("march the 3rd 2015 2.30pm", today=TODAY)
    assert (reading.precision, reading.date, reading.time) == (
        Precision.DAY, dt.date(2015, 3, 3), dt.time(14, 30))
    assert "time_12h" in reading.flags
    assert fallback.read.cache_info().misses >= 1


@pytest.mark.parametrize("text", [
    "march the 3rd",           # no year: the two reference moments disagree
    "the 3rd of this month",   # relative
    "march the 3rd",
    "20150303",                # digits only: the scan's job, never dateparser's
    "3 4 2015",
])
def test_fallback_refuses_filled_in_parts(text):
    assert fallback.read(text) is None


def test_fallback_settings_are_pinned():
    settings = fallback._settings(dt.datetime(2001, 1, 1))
    assert settings["DATE_ORDER"] == "DMY"
    assert settings["PREFER_LOCALE_DATE_ORDER"] is False
    assert "relative-time" not in settings["PARSERS"]
    assert "timestamp" not in settings["PARSERS"]
    assert settings["RELATIVE_BASE"] == dt.datetime(2001, 1, 1)


def test_readings_are_cached_and_immutable():
    first = read_date("3rd April 2015 2.30pm", today=TODAY)
    assert read_date("3rd April 2015 2.30pm", today=TODAY) is first
    with pytest.raises(AttributeError):
        first.date = None   # frozen: a cached reading cannot be changed by one row


def test_periods_keep_their_start_for_sorting():
    reading = read_date("w/c 04/05/2015", today=TODAY)
    assert reading.date is None
    assert (reading.start, reading.end) == (dt.date(2015, 5, 4), dt.date(2015, 5, 10))
    assert reading.date_text == ""


def test_dates_command_one_json_object_a_line_in_order():
    texts = ["03/04/2015 14:30", "not known", "", "04/13/2015", "Spring 2014", "2.30pm"]
    out = io.StringIO()
    assert dates_command(io.StringIO("\n".join(texts) + "\n"), out) == 0
    objects = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [o["text"] for o in objects] == texts
    assert all(list(o) == ["text", "date", "time", "precision", "flags"] for o in objects)
    assert objects[0] == {"text": "03/04/2015 14:30", "date": "03-04-2015", "time": "14:30",
                          "precision": "day", "flags": []}
    assert objects[1]["precision"] == "unknown" and objects[1]["date"] is None
    assert objects[2]["precision"] == "missing"
    assert objects[3]["flags"] == ["month_first"]
    assert objects[4]["flags"] == ["period"] and objects[4]["date"] is None
    assert objects[5]["time"] == "14:30" and objects[5]["date"] is None


def test_python_m_pipeline_dates():
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "dates"], input="12.03.14 1430hrs\nN/K\n",
        capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first == {"text": "12.03.14 1430hrs", "date": "12-03-2014", "time": "14:30",
                     "precision": "day", "flags": ["two_digit_year"]}
    assert second["precision"] == "unknown"


@pytest.mark.parametrize("text, time_text, shown", [
    ("03/04/2015 2.30", "", "2.30"), ("03/04/2015", "2.30", "2.30"),
    ("3 April 2015 at 9", "", "9"), ("03/04/2015 14:30", "", "14:30"),
    ("3/4/15 2.30pm", "", "14:30"),
])
def test_a_time_that_may_be_am_or_pm_is_shown_as_written(text, time_text, shown):
    assert shown_time(read_date(text, time_text, today=TODAY), time_text) == shown
