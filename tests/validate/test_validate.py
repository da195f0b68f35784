"""validate: rows breaking each template rule give the finding, its row and its sentence.

Readings come from the real reader (pipeline.dates.read_date) and the real normalise
stage, so the date codes are the ones a real run gives. One return holds every broken
row, validated once (Great Expectations' per-run cost is the slow part).
"""

from __future__ import annotations

import datetime as dt
import logging

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import validate
from pipeline.model import CaseRun, Severity
from tests.builders.cases import POLICE
from tests.builders.chronology_rows import clean_row, written_return
from tests.builders.runs import findings_at, normalised_run, validate_stage

TODAY = dt.date(2016, 3, 1)


# (row number, cells that break one rule, the code, its severity, words of the sentence)
BROKEN = [
    (3, {"date": "04/13/2015"}, "month_first", Severity.ERROR,
     "Row 3: '04/13/2015' is written month first; please write 13-04-2015."),
    (4, {"date": "March 2015"}, "period", Severity.WARNING,
     "Row 4: 'March 2015' is a period, not a day;"),
    (5, {"date": "31/02/2015"}, "impossible_date", Severity.ERROR,
     "Row 5: '31/02/2015' is not a real date"),
    (6, {"date": "last week"}, "relative_date", Severity.ERROR,
     "Row 6: 'last week' is not a date"),
    (7, {"date": "03/04/2015 2.30pm"}, "time_12h", Severity.WARNING,
     "Row 7: '03/04/2015 2.30pm' gives the time with am/pm; please write it in 24-hour "
     "form (14:30)."),
    (8, {"date": "03/04/2015", "time": "25:00"}, "time_unreadable", Severity.ERROR,
     "Row 8: the time in '03/04/2015 25:00' is not a real time"),
    (9, {"date": "01/06/2013"}, "outside_period", Severity.WARNING,
     "Row 9: '01/06/2013' is outside the review period (01-01-2014 to 31-12-2015)"),
    (10, {"date": "01/06/2013"}, "before_birth", Severity.WARNING,
     "Row 10: '01/06/2013' is before the child was born"),
    (11, {"date": "05/05/2017"}, "future_date", Severity.ERROR,
     "Row 11: '05/05/2017' is after today (01-03-2016)"),
    (12, {"staff": ""}, "staff_missing", Severity.WARNING,
     "Row 12: no staff initials are given"),
    (13, {"staff": "PC1, ZZ9 (duty officer)"}, "staff_not_in_id_list", Severity.WARNING,
     "Row 13: the initials ZZ9 are not in your staff ID list"),
    (14, {"child": ""}, "contact_missing", Severity.ERROR,
     "Row 14: none of the contact columns"),
    (15, {"source": "  "}, "source_missing", Severity.WARNING,
     "Row 15: the information source is not given"),
    (16, {"date": "Wednesday 5th May 2015"}, "weekday_mismatch", Severity.ERROR,
     "Row 16: in 'Wednesday 5th May 2015' the weekday does not fall on that date"),
    (17, {"date": "03/04/2015", "time": "2.30"}, "time_ambiguous", Severity.ERROR,
     "Row 17: the time in '03/04/2015 2.30' could be morning or afternoon"),
    (18, {"date": "approx 03/04/2015"}, "approximate", Severity.WARNING,
     "Row 18: 'approx 03/04/2015' is approximate"),
    (19, {"date": "5th May"}, "no_year", Severity.ERROR, "Row 19: '5th May' has no year"),
    (20, {"date": "03/04/15"}, "two_digit_year", Severity.WARNING,
     "Row 20: '03/04/15' has a two-digit year (read as 03-04-2015)"),
    (25, {"staff": "n/a"}, "staff_missing", Severity.WARNING,
     "Row 25: no staff initials are given"),
    (26, {"date": "03/04/2015", "time": "noon"}, "time_not_24h", Severity.WARNING,
     "Row 26: the time 'noon' is not in 24-hour form; please write it as HH:MM"),
]
FIRST_CLEAN, DUPLICATE_OF, DUPLICATE = 2, 21, 22


@pytest.fixture(scope="module")
def validated(tmp_path_factory) -> CaseRun:
    tmp_path = tmp_path_factory.mktemp("validate")
    rows = [clean_row(FIRST_CLEAN)]
    for number, cells, *_ in BROKEN:
        rows.append(clean_row(number, number=number, **cells))
    # Row 10 repeats row 9's date; give it a different comment so it is no duplicate.
    rows.append(clean_row(DUPLICATE_OF, number=DUPLICATE_OF, staff=""))
    rows.append(clean_row(DUPLICATE_OF, number=DUPLICATE, staff=""))
    # A row with an empty date below an unreadable one: nothing to carry.
    rows.append(clean_row(23, number=23, date="gibberish"))
    rows.append(clean_row(24, number=24, date=""))
    run = normalised_run(tmp_path, [written_return(POLICE, rows)])
    validate_stage(run)
    return run


@pytest.mark.parametrize(("number", "cells", "code", "severity", "words"), BROKEN,
                         ids=[b[2] for b in BROKEN])
def test_each_broken_rule_gives_its_finding_row_and_sentence(validated, number, cells, code,
                                                             severity, words):
    found = findings_at(validated, number)
    assert code in found, f"row {number}: {sorted(found)}"
    finding = found[code]
    assert finding.severity is severity
    assert finding.message.startswith(words)
    assert finding.agency == POLICE and finding.table == "1"
    row = next(r for r in validated.returns[0].rows if r.provenance.row == number)
    assert code in row.flags


def test_clean_row_has_no_finding(validated):
    assert findings_at(validated, FIRST_CLEAN) == {}


def test_staff_written_as_none_is_missing_not_unlisted(validated):
    assert "staff_not_in_id_list" not in findings_at(validated, 25)


def test_the_text_as_written_is_kept_with_the_finding(validated):
    assert findings_at(validated, 3)["month_first"].text == "04/13/2015"
    assert findings_at(validated, 13)["staff_not_in_id_list"].text == "PC1, ZZ9 (duty officer)"


def test_a_more_exact_code_replaces_the_general_one(validated):
    # 'March 2015' breaks "exact date or not known" but says so as `period`, once.
    assert "not_exact_date" not in findings_at(validated, 4)
    # A 12-hour time in a time cell is time_12h, not also time_not_24h.
    assert "time_not_24h" not in findings_at(validated, 8)


def test_an_exact_duplicate_gets_only_that_finding(validated):
    found = findings_at(validated, DUPLICATE)
    assert set(found) == {"exact_duplicate"}
    assert found["exact_duplicate"].message == (
        f"Row {DUPLICATE} repeats row {DUPLICATE_OF} of table 1 word for word; the repeat "
        "was left out of the merged chronology. Delete it from the return.")
    assert "staff_missing" in findings_at(validated, DUPLICATE_OF)


def test_missing_and_unreadable_dates_are_errors(validated):
    assert findings_at(validated, 23)["unreadable"].severity is Severity.ERROR
    missing = findings_at(validated, 24)["missing_date"]
    assert missing.severity is Severity.ERROR
    assert missing.message.startswith("Row 24: the date is missing")


def test_every_code_once_per_row(validated):
    keys = [(f.code, f.file, f.table, f.row) for f in validated.findings]
    assert len(keys) == len(set(keys))


def test_validating_again_gives_the_same_findings(validated):
    job = validate.prepare(validated.case, validated.returns, validated.today)
    assert validate.validate(job, validated.reports) == validated.findings


def test_a_repeat_in_another_table_names_the_table(tmp_path):
    rows = [clean_row(2), clean_row(2, table="2", number=2)]
    run = normalised_run(tmp_path, [written_return(POLICE, rows)])
    validate_stage(run)
    assert [f.message for f in run.findings] == [
        "Table 2, row 2 repeats row 2 of table 1 word for word; the repeat was left out of "
        "the merged chronology. Delete it from the return."]


def test_carried_date_is_a_warning(tmp_path):
    rows = [clean_row(2), clean_row(3, date="")]
    run = normalised_run(tmp_path, [written_return(POLICE, rows)])
    validate_stage(run)
    carried = findings_at(run, 3)
    assert set(carried) == {"date_carried"}
    assert carried["date_carried"].severity is Severity.WARNING
    assert "(03-04-2015) was used" in carried["date_carried"].message


def test_rows_of_a_second_table_are_located_by_table(tmp_path):
    rows = [clean_row(2), clean_row(2, table="2", number=2, date="04/13/2015")]
    run = normalised_run(tmp_path, [written_return(POLICE, rows)])
    validate_stage(run)
    finding = next(f for f in run.findings if f.code == "month_first")
    assert (finding.table, finding.row) == ("2", 2)
    assert finding.message.startswith("Table 2, row 2: '04/13/2015'")


def test_case_staff_codes_explain_initials_too(tmp_path):
    # PC9 is in case.toml's staff for the police, though not in the return's list.
    run = normalised_run(tmp_path, [written_return(POLICE, [clean_row(2, staff="PC1 / PC9")])])
    validate_stage(run)
    assert run.findings == []


def test_logs_carry_codes_and_counts_never_cell_text(tmp_path, caplog):
    secret_date, secret_staff = "04/13/2015", "QX7"
    rows = [clean_row(2, date=secret_date, staff=secret_staff)]
    run = normalised_run(tmp_path, [written_return(POLICE, rows)])
    with caplog.at_level(logging.DEBUG):
        validate_stage(run)
    assert "month_first" in caplog.text
    assert secret_date not in caplog.text and secret_staff not in caplog.text


def test_nothing_is_written_outside_outputs(tmp_path, monkeypatch):
    import tempfile

    work, temporary = tmp_path / "work", tmp_path / "tmp"
    work.mkdir()
    temporary.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("HOME", str(work))
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    made: list[str] = []
    real_mkdtemp = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp", lambda *a, **k: made.append("dir") or
                        real_mkdtemp(*a, **k))
    run = normalised_run(tmp_path / "case", [written_return(POLICE, [clean_row(2)])])
    validate_stage(run)
    assert list(work.iterdir()) == [] and list(temporary.iterdir()) == [] and made == []
    assert not run.outputs_dir.exists() or list(run.outputs_dir.iterdir()) == []


def test_great_expectations_prints_no_progress_or_warnings(tmp_path, capfd):
    run = normalised_run(tmp_path, [written_return(POLICE, [clean_row(2, time="2.30pm")])])
    capfd.readouterr()
    validate_stage(run)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


# -- the parts of the rules that need no Great Expectations run ------------------------

INITIALS = st.from_regex(r"[A-Z]{1,3}[0-9]?", fullmatch=True)
SEPARATORS = st.sampled_from([", ", "/", " & ", "; ", "\n", " and ", ",", " + "])


# Drawing lists from a regex is slow for Hypothesis on a loaded machine, not the test.
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(INITIALS, min_size=1, max_size=5), st.lists(INITIALS, max_size=3),
       SEPARATORS)
def test_unlisted_initials_are_exactly_those_not_in_the_list(listed, extra, separator):
    from pipeline.validate.frames import unlisted_initials

    known = {code.upper() for code in listed}
    cell = separator.join([*listed, *extra])
    missing = [code for code in extra if code.upper() not in known]
    assert unlisted_initials(cell, known) == (", ".join(missing) or None)
    assert unlisted_initials(f"{cell} (duty team)", known) == (", ".join(missing) or None)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))
       .filter(lambda d: d.day > 12), st.sampled_from(["/", ".", "-"]))
def test_a_month_first_date_is_suggested_day_first(day, separator):
    from pipeline.validate.wording import day_first

    written = f"{day.month:02d}{separator}{day.day:02d}{separator}{day.year}"
    assert day_first(written) == day.strftime("%d-%m-%Y")


def test_no_suggestion_is_invented_for_what_is_not_a_month_first_date():
    from pipeline.validate.wording import day_first

    for text in ("02/30/2015", "last week", "13/13/2015", ""):
        assert day_first(text) == "the day first, as dd-mm-yyyy"


def test_no_network_is_used(tmp_path, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("validate tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    run = normalised_run(tmp_path, [written_return(POLICE, [clean_row(2, date="04/13/2015")])])
    validate_stage(run)
    assert [f.code for f in run.findings] == ["month_first"]


def test_great_expectations_is_imported_only_when_validation_runs():
    import subprocess
    import sys

    code = ("import sys, pipeline.run, pipeline.validate; "
            "assert 'great_expectations' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_far_dates_do_not_wrap_round_in_the_frame():
    from pipeline.validate.frames import days_column

    days = days_column([dt.date(2999, 5, 5), dt.date(1066, 10, 14), None, dt.date(2015, 4, 3)])
    assert days[0] > np.datetime64("2261-01-01") and days[1] < np.datetime64("1679-01-01")
    assert np.isnat(days[2]) and days[3] == np.datetime64("2015-04-03")
