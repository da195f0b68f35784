"""Linking one event seen by several agencies: measured on a labelled set of pairs; days
scored in threads link as days scored one by one."""

import json
import threading
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.merge import events
from pipeline.merge.events import kinds, same_event
from tests.builders.chronology_rows import day, entry

LABELLED = json.loads((Path(__file__).parents[1] / "data" / "event_pairs.json").read_text())
PAIRS, HOLDOUT = LABELLED["pairs"], LABELLED["holdout"]


def linking_scores(pairs: list[dict]) -> tuple[float, float, int]:
    """(precision, recall, pairs) of same_event on labelled pairs."""
    found = [(same_event(p["a"], p["b"]), p["same"]) for p in pairs]
    true_positive = sum(got and want for got, want in found)
    precision = true_positive / max(1, sum(got for got, _ in found))
    recall = true_positive / max(1, sum(want for _, want in found))
    return precision, recall, len(found)


def test_linking_precision_and_recall_on_the_labelled_pairs(capsys):
    tuned = linking_scores(PAIRS)
    held_out = linking_scores(HOLDOUT)
    with capsys.disabled():
        for name, (precision, recall, count) in (("tuning", tuned), ("held-out", held_out)):
            print(f"\nevent linking, {name} set of {count} pairs: precision {precision:.2f}, "
                  f"recall {recall:.2f}")
    # The tuning set was fitted, so it must stay (near) perfect; the held-out figures are
    # the honest estimate, held as floors so a change that makes linking worse fails.
    # A wrong link misleads the panel more than a missed one (every entry stays in the
    # chronology either way), so precision is held higher than recall.
    assert tuned[0] >= 0.95 and tuned[1] >= 0.9
    assert held_out[0] >= 0.85 and held_out[1] >= 0.7


def test_linking_is_symmetric_and_needs_text_on_both_sides():
    for pair in PAIRS + HOLDOUT:
        assert same_event(pair["a"], pair["b"]) == same_event(pair["b"], pair["a"])
    assert not same_event("Strategy meeting held", "")


def test_event_kinds_are_read_from_the_words_agencies_use():
    assert kinds("Attended ICPC at civic offices") == {"conference"}
    assert kinds("Child X admitted to the ward via A&E") == {"admission", "emergency"}
    assert kinds("Weighed at clinic") == set()


TEXTS = ["Strategy meeting held with police", "Core group meeting, plan reviewed",
         "Child admitted to the ward", "Home visit, child seen", "s47 strategy discussion"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Police", "Health", "School"]),
                          st.integers(1, 4), st.sampled_from(TEXTS)), max_size=30))
def test_days_scored_in_threads_link_as_days_scored_one_by_one(spec):
    def rows():
        return [entry(agency, day(2015, 3, on), text, order=n)
                for n, (agency, on, text) in enumerate(spec)]
    threads_before = threading.active_count()
    in_threads = rows()
    count = events.link(in_threads)
    assert threading.active_count() == threads_before      # none outlives link (forks)
    one_by_one = rows()
    found = 0
    for on in dict.fromkeys(on for _, on, _ in spec):
        members = [row for row, (_, d, _) in zip(one_by_one, spec, strict=True) if d == on]
        if len({row.agency for row in members}) < 2:
            continue
        for group in events._events_of_a_day(members):
            found += 1
            for index in group:
                members[index].event = f"E{found:03d}"
    assert count == found
    assert [row.event for row in in_threads] == [row.event for row in one_by_one]
