"""CaseRun: which findings are still to act on decides the exit status; a reading's time
as the outputs write it."""

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from pipeline.model import CaseRun, DateReading, Finding, Precision, Return, Severity


def test_errors_of_a_superseded_return_do_not_decide_the_exit_status():
    old = Return(path=Path("old.docx"), file="old.docx", sha256="")
    run = CaseRun(case=None, outputs_dir=Path("out"))
    run.superseded = [old]
    run.findings = [Finding("month_first", Severity.ERROR, "Row 3 ...", file="old.docx"),
                    Finding("superseded_return", Severity.WARNING, "replaced", file="old.docx")]
    assert not run.has_errors
    assert [f.code for f in run.current_findings] == ["superseded_return"]
    run.findings.append(Finding("month_first", Severity.ERROR, "Row 3 ...", file="new.docx"))
    assert run.has_errors


def test_summary_names_counts_and_problems_without_case_text():
    import datetime as dt

    from pipeline.case import Case
    from pipeline.cli import summary
    from pipeline.model import Provenance, Row

    case = Case(root=Path("c"), reference="T-1", review="r", subject="Child A",
                period_from=dt.date(2014, 1, 1), period_to=dt.date(2015, 12, 31))
    ret = Return(path=Path("police.docx"), file="police.docx", sha256="", rows_read=2,
                 agency="Police")
    rows = [Row(Provenance("police.docx", "1", n), "Police", "03/04/2014", child="Kayla seen")
            for n in (2, 3)]
    run = CaseRun(case=case, outputs_dir=Path("out/T-1"), returns=[ret], merged=rows[:1],
                  duplicates_dropped=rows[1:], first_merge=True)
    run.problems.append(Finding("unreadable_file", Severity.ERROR,
                                "gp.pdf is a PDF; ask for the Word file.", file="gp.pdf"))
    text = summary(run)
    assert "1 chronology return and 0 agency reports read; 1 file could not be read." in text
    assert "2 read, 1 merged, 1 exact duplicate dropped" in text
    assert "every row accounted for" in text
    assert "  problem: gp.pdf is a PDF; ask for the Word file." in text
    assert "Kayla" not in text
    run.duplicates_dropped = []          # a row gone missing is shouted, not hidden
    assert "ROWS NOT ACCOUNTED FOR in police.docx" in summary(run)


@given(st.times())
def test_a_readings_time_is_written_as_hours_and_minutes(time):
    reading = DateReading("as written", Precision.DAY, dt.date(2015, 3, 4), time)
    assert reading.time_text == time.strftime("%H:%M")
    assert DateReading("as written", Precision.DAY).time_text == ""
