"""The pairs of entries on two days that inconsistencies.py takes for one event (scored in
blocks, only entries naming a kind scored) are the pairs found by comparing every entry of
one day with every entry of the other by the rule as the module states it."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from pipeline.merge.events import WEAK_KINDS, contact_text, kinds
from pipeline.merge.inconsistencies import _HEARSAY, WITH_SHARED_KIND, _Day, _hearsay, _one_event
from tests.builders.chronology_rows import day, entry

WORDS = ["strategy meeting", "held", "with police", "s47", "core group", "admitted",
         "to ward", "A&E", "home visit", "child seen", "informed of", "referral", "MASH",
         "mother", "plan agreed"]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
day_rows = st.lists(st.tuples(st.sampled_from(["Health", "Police", "School"]), texts),
                    max_size=8)


def strong(text: str) -> set[str]:
    return {name for name in kinds(text) if name not in WEAK_KINDS}


def every_pair(first, second) -> set[tuple[int, int]]:
    def kept(rows):
        return [row for row in rows if not _HEARSAY.search(contact_text(row).lower())]
    found = set()
    for i, a in enumerate(kept(first)):
        for j, b in enumerate(kept(second)):
            ta, tb = contact_text(a).lower(), contact_text(b).lower()
            if a.agency == b.agency:
                continue
            if re.findall(r"\w+", ta) == re.findall(r"\w+", tb) or (
                    strong(ta) & strong(tb)
                    and fuzz.token_set_ratio(ta, tb) >= WITH_SHARED_KIND):
                found.add((i, j))
    return found


@settings(max_examples=150, deadline=None)
@given(day_rows, day_rows)
def test_pairs_of_two_days_are_those_every_pair_compared_gives(first, second):
    def rows(spec, on):
        return [entry(agency, day(2014, 3, on), text, order=n)
                for n, (agency, text) in enumerate(spec)]
    a, b = rows(first, 1), rows(second, 2)
    assert _one_event(_Day(a), _Day(b)) == every_pair(a, b)


HEARSAY_WORDS = ["informed", "notified", "received", "told", "called from", "call from",
                 "letter", "minutes", "reported", "aware", "notice", "copy of", "feedback",
                 "ınformed", "mınutes", "ſtrategy", "noticeſ", "letters", "uninformed"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(HEARSAY_WORDS), st.text(max_size=6)), max_size=6)
       .map(" ".join).map(str.lower))
def test_hearsay_is_the_case_blind_pattern_in_any_lower_case_text(text):
    # ASCII texts are matched case-sensitively (faster), others as the pattern says.
    assert _hearsay(text) == bool(_HEARSAY.search(text))
