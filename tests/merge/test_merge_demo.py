"""The merge on the committed demo case's real files (Word, Excel, protected, resubmitted),
and event linking measured against the demo story's own labels (written by the demo's
author, never used to tune the linker)."""

import datetime as dt
import itertools

import pytest

from pipeline.case import load_case
from tests.builders.cases import DEMO
from tests.builders.demo_entries import as_read
from tests.builders.demo_story import RETURNS
from tests.builders.runs import case_run, ingest_stage, merge_stage, normalise_stage


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    outputs = tmp_path_factory.mktemp("out") / "demo"
    outputs.mkdir()
    run = case_run(load_case(DEMO), outputs, today=dt.date(2016, 3, 1))
    return merge_stage(normalise_stage(ingest_stage(run)))


def story_labels() -> dict[tuple[str, str, str, str], str]:
    labels = {}
    for ret in RETURNS:
        for entry in ret.entries:
            key = (ret.file, as_read(entry.child), as_read(entry.family),
                   as_read(entry.communication))
            labels[key] = entry.event
    return labels


def test_every_row_of_the_demo_is_accounted_for(demo_run):
    superseded = {ret.file for ret in demo_run.superseded}
    assert len(superseded) == 1
    for ret in demo_run.returns:
        merged = sum(r.provenance.file == ret.file for r in demo_run.merged)
        dropped = sum(r.provenance.file == ret.file for r in demo_run.duplicates_dropped)
        rest = ret.rows_read if ret.file in superseded else 0
        assert ret.rows_read == merged + dropped + rest + len(ret.rejected), ret.file
    assert len(demo_run.duplicates_dropped) == 1
    assert any(r.is_changed for r in demo_run.merged)


def test_event_linking_against_the_story_labels(demo_run, capsys):
    labels = story_labels()
    rows = [(r, labels.get((r.provenance.file, r.child, r.family, r.communication)))
            for r in demo_run.merged]
    matched = [(r, label) for r, label in rows if label is not None]
    assert len(matched) >= 0.9 * len(rows)          # the story's rows are found
    predicted = actual = both = 0
    for (a, label_a), (b, label_b) in itertools.combinations(matched, 2):
        if a.agency == b.agency:
            continue
        same_id = bool(a.event) and a.event == b.event
        same_label = bool(label_a) and label_a == label_b
        predicted += same_id
        actual += same_label
        both += same_id and same_label
    precision, recall = both / max(1, predicted), both / max(1, actual)
    with capsys.disabled():
        print(f"\nevent linking on the demo story: {actual} labelled cross-agency pairs, "
              f"{predicted} linked; precision {precision:.2f}, recall {recall:.2f}")
    # Floors under the figures measured when this test was written (0.79, 0.75): several
    # misses are the story's own date quirks (an entry whose date is carried from the row
    # above lands on another day, where it is compared with that day's meeting).
    assert precision >= 0.75 and recall >= 0.7
