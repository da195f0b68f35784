"""The new date codes as findings: what the validation report and the agency's letter say."""

from __future__ import annotations

from pipeline.model import Severity
from tests.builders.cases import POLICE
from tests.builders.chronology_rows import clean_row, written_return
from tests.builders.runs import findings_at, normalised_run, validate_stage


def test_redacted_and_date_with_text_become_warnings_with_their_sentences(tmp_path):
    rows = [clean_row(2, date="xx/03/2014"), clean_row(3, date="7 June 20xx"),
            clean_row(4, date="On 5.11.2014 the evening before the child was seen")]
    run = normalised_run(tmp_path, [written_return(POLICE, rows)])
    validate_stage(run)
    month = findings_at(run, 2)
    assert month["redacted"].severity is Severity.WARNING
    assert month["redacted"].message.startswith(
        "Row 2: 'xx/03/2014' has parts hidden by redaction marks")
    # A redacted day is not reported again as 'not an exact date': redacted says it.
    assert "not_exact_date" not in month and "period" not in month
    no_year = findings_at(run, 3)
    assert set(no_year) == {"redacted"}
    assert run.returns[0].rows[1].reading.start is None          # no year, no place
    sentence = findings_at(run, 4)
    assert set(sentence) == {"date_with_text"}
    assert sentence["date_with_text"].message.startswith("Row 4: the date cell 'On 5.11.2014")
