"""The held-back cases (tests/builders/publish_heldout.py and publish_heldoutN.py for
each N of PINNED, publish_selfheld.py and publish_selfheld2.py, written before tuning;
each run once, then tuned on; 32, 34-36, 38, 63, 64, 69, 72, 74, 75 and 95 met every
limit on that first run, 93 too but for the scorer reading a style's number as text)
and the tuning cases in their shape (adversarial_case.py, adversarial_cases2.py) through
the whole merge, measured as tests/publish_figures.py measures them: no planted
identifier in any part of executive_summary.docx; at most 2% left in
overview_draft.docx, each listed as a suspect in anonymisation_report.xlsx; at most one
ordinary phrase lost. The held-back cases not in PINNED miss a limit (README says how)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders.adversarial_case import TUNING
from tests.builders.adversarial_cases2 import PROBE_2, PROBE_3, PROBE_4
from tests.builders.publish_heldout import FIRST, HeldOut, planted_count
from tests.builders.publish_heldout2 import SECOND
from tests.builders.publish_selfheld import SELF_HELD
from tests.builders.publish_selfheld2 import SELF_HELD_2
from tests.publish_figures import (
    OVERVIEW,
    load_cases,
    overview_left,
    phrases_lost,
    run_heldout,
    summary_left,
)

BUILDERS = Path(__file__).resolve().parents[1] / "builders"
# The numbered held-back cases that meet every limit today.
PINNED = (*range(2, 12), *range(13, 48), 49, 50, *range(52, 59), 61, *range(63, 66), 67,
          *range(69, 99), 100, 105, 109, 111, 113, 116, 118)
CASES = {"first": FIRST,
         **{f"heldout{n}": case for n in PINNED
            for case in load_cases(BUILDERS / f"publish_heldout{n}.py")[0]},
         "self_held": SELF_HELD, "self_held2": SELF_HELD_2, "tuning": TUNING,
         "probe2": PROBE_2, "probe3": PROBE_3, "probe4": PROBE_4}


@pytest.fixture(scope="module", params=list(CASES.values()), ids=list(CASES))
def held(request, tmp_path_factory) -> tuple[HeldOut, Path]:
    case: HeldOut = request.param
    return case, run_heldout(case, tmp_path_factory.mktemp("heldout"))


def test_no_identifier_in_any_part_of_the_summary(held):
    case, outputs = held
    assert summary_left(outputs, case) == {}


def test_few_left_in_the_overview_and_each_listed(held):
    case, outputs = held
    left = overview_left(outputs, case)
    assert sum(n for *_, n, _ in left) <= 0.02 * planted_count(case), left
    assert all(listed for *_, listed in left), left
    assert (outputs / OVERVIEW).exists()


def test_at_most_one_ordinary_phrase_lost(held):
    case, outputs = held
    assert len(phrases_lost(outputs, case)) <= 1


def test_the_runner_takes_a_case_module_from_anywhere(tmp_path):
    module = tmp_path / "elsewhere.py"
    module.write_text("from tests.builders.publish_heldout2 import SECOND as THIRD\n",
                      encoding="utf-8")
    cases, _ = load_cases(module)
    assert [c.reference for c in cases] == [SECOND.reference]
    with pytest.raises(SystemExit, match="defines no HeldOut"):
        empty = tmp_path / "empty.py"
        empty.write_text("X = 1\n", encoding="utf-8")
        load_cases(empty)
