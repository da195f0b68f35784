"""collect: the findings and row flags of validate are the same whether merge ran before
them (a run joins the suites' Future after merge) or after them (as the tests' stages go)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline import merge, validate
from pipeline.model import CaseRun
from tests.builders.chronology_rows import chronology, day, run_for

POLICE = "Thames Valley Police"


def police_run(folder: Path) -> CaseRun:
    """A return whose first two rows are near-duplicates (one typed twice) and whose rows
    also break template rules (no staff, no source, a two-digit year)."""
    carried = day(2015, 3, 4, 10, flags=("two_digit_year",))
    return run_for(folder, [chronology(POLICE, [
        (carried, "Home visit, child seen with mother in the kitchen"),
        (carried, "Home visit; child seen with mother in the kitchen."),
        (day(2015, 3, 9), "Strategy meeting held with health and police"),
        (day(2016, 9, 1), "Letter to the family"),
    ])])


def seen(run: CaseRun, found: list) -> tuple[list, list]:
    return ([(f.code, f.file, f.row, f.message, f.text) for f in found],
            [tuple(row.flags) for ret in run.returns for row in ret.rows])


def test_merge_before_the_findings_gives_the_same_findings_and_flags(tmp_path):
    first = police_run(tmp_path / "validate_first")
    job = validate.prepare(first.case, first.returns, first.today)
    found = validate.validate(job, [])
    merge.merge(first.case, first.returns, first.today, None)
    expected = seen(first, found)

    later = police_run(tmp_path / "merge_first")
    job = validate.prepare(later.case, later.returns, later.today)
    merge.merge(later.case, later.returns, later.today, None)
    assert seen(later, validate.validate(job, [])) == expected

    flags = expected[1]
    # The case in point: a row with its own codes, validate's and merge's near_duplicate.
    assert flags[0][0] == "two_digit_year" and flags[0][-1] == "near_duplicate"
    assert len(flags[0]) > 2


def test_codes_a_row_came_with_are_reported_once_and_merge_flags_never(tmp_path):
    run = police_run(tmp_path)
    job = validate.prepare(run.case, run.returns, run.today)
    merge.merge(run.case, run.returns, run.today, None)
    found = validate.validate(job, [])
    assert "near_duplicate" not in {f.code for f in found}
    assert [f.code for f in found if f.row == 2].count("two_digit_year") == 1
    assert dt.date(2015, 3, 4) == run.returns[0].rows[0].reading.date
