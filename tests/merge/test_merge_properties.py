"""Properties of the merge that hold for every case: nothing lost, nothing rewritten,
merging twice gives the same rows, the sort is stable."""

import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.merge import merge
from pipeline.merge.order import exact_time, sort_day
from tests.builders.chronology_rows import AGENCIES, chronology, day, month, run_for, unknown
from tests.builders.runs import merge_stage

WORDS = ["home visit", "strategy meeting", "seen", "referral", "letter", "clinic", "MASH",
         "weighed", "no reply", "core group", "A&E", "mother", "child"]

readings = st.one_of(
    st.builds(day, st.just(2014), st.integers(1, 3), st.integers(1, 3),
              st.one_of(st.none(), st.integers(8, 10))),
    st.builds(day, st.just(2014), st.integers(1, 3), st.integers(1, 3), st.integers(1, 9),
              st.just(30), st.just(("time_ambiguous",))),                  # '2.30'
    st.builds(day, st.just(2014), st.integers(1, 3), st.integers(1, 3), st.integers(0, 23),
              st.sampled_from([0, 15, 30])),
    st.builds(month, st.just(2014), st.integers(1, 3)),
    st.just(unknown()), st.none())
texts = st.lists(st.sampled_from(WORDS), min_size=0, max_size=4).map(" ".join)
return_rows = st.lists(st.tuples(readings, texts), min_size=0, max_size=12)
returns = st.lists(
    st.tuples(st.sampled_from(AGENCIES), return_rows, st.integers(1, 28)), max_size=5)

PROPERTY = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def build(spec, numbers=None):
    """Returns for `spec`; file names from `numbers` (default: position in spec)."""
    numbers = numbers or range(len(spec))
    return [chronology(agency, rows, file=f"r{n}.docx", completed=f"{completed:02d}/02/2016")
            for n, (agency, rows, completed) in zip(numbers, spec, strict=True)]


def merged_run(spec, numbers=None):
    with tempfile.TemporaryDirectory() as folder:
        run = run_for(Path(folder), build(spec, numbers))
        originals = {id(r): r.content() for ret in run.returns for r in ret.rows}
        merge_stage(run)
        return run, originals


def identity(row):
    return (row.provenance, row.content(), row.event, tuple(row.flags), row.is_changed)


@PROPERTY
@given(returns)
def test_nothing_is_lost(spec):
    run, _ = merged_run(spec)
    superseded = {ret.file for ret in run.superseded}
    for ret in run.returns:
        merged = sum(r.provenance.file == ret.file for r in run.merged)
        dropped = sum(r.provenance.file == ret.file for r in run.duplicates_dropped)
        lost = ret.rows_read - merged - dropped - len(ret.rejected)
        assert lost == (ret.rows_read if ret.file in superseded else 0)
    kept_ids = {id(r) for r in run.merged} | {id(r) for r in run.duplicates_dropped}
    for ret in run.returns:
        if ret.file not in superseded:
            assert all(id(r) in kept_ids for r in ret.rows)


@PROPERTY
@given(returns)
def test_no_row_text_changes_on_the_way(spec):
    run, originals = merged_run(spec)
    for row in run.merged + run.duplicates_dropped:
        assert row.content() == originals[id(row)]


@PROPERTY
@given(returns)
def test_merging_twice_gives_the_same_rows(spec):
    with tempfile.TemporaryDirectory() as folder:
        run = run_for(Path(folder), build(spec))
        first = merge(run.case, run.returns, run.today, None)
        again = merge(run.case, run.returns, run.today, Counter(first.fingerprints))
        assert [identity(r) for r in again.rows] == [identity(r) for r in first.rows]
        assert again.findings == first.findings
        assert again.new_since_last == 0          # nothing new since the first merge


@PROPERTY
@given(returns, st.randoms(use_true_random=False))
def test_sort_is_by_day_and_independent_of_file_order(spec, random):
    run, _ = merged_run(spec)
    days = [sort_day(r) for r in run.merged]
    dated = [d for d in days if d is not None]
    assert dated == sorted(dated)                      # by day (events move only on their day)
    assert days == dated + [None] * (len(days) - len(dated))   # undated rows after all dated
    numbers = list(range(len(spec)))
    random.shuffle(numbers)
    again, _ = merged_run([spec[n] for n in numbers], numbers)
    assert [(r.provenance.file, r.order) for r in again.merged] == [
        (r.provenance.file, r.order) for r in run.merged]


@PROPERTY
@given(returns)
def test_within_one_return_and_day_the_returns_order_is_kept(spec):
    """Unless both rows have exact times that say otherwise (an ambiguous or missing time
    never moves a row before one the agency wrote above it)."""
    run, _ = merged_run(spec)
    place = {id(r): i for i, r in enumerate(run.merged)}
    for ret in run.returns:
        rows = [r for r in ret.rows if id(r) in place]
        for first_index, first in enumerate(rows):
            for second in rows[first_index + 1:]:
                if sort_day(first) != sort_day(second) or place[id(first)] < place[id(second)]:
                    continue
                a, b = exact_time(first), exact_time(second)
                assert a is not None and b is not None and b < a, (first, second)
