"""Stage 4: every agency's latest return into one chronology (SPEC.md "Merge rules").

Order of work: choose each agency's latest return (earlier ones superseded, rows new or
changed against them marked); drop exact duplicates inside each return; flag
near-duplicates; link one event seen by several agencies; sort; find gaps (`chronology`);
then (`compare`) mark rows new since the previous merge; find inconsistencies between
agencies and the relatives the returns name who are not in the family key. The panel's
marks are carried onto the merged rows after it (merge/marks.py, pipeline/run.py). Rows are never
edited: only what later stages learn of them (flags, event, is_new, is_changed, the
panel's marks, inconsistencies) is set.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections import Counter

from pipeline.case import Case
from pipeline.merge import (
    duplicates,
    events,
    gaps,
    history,
    inconsistencies,
    relatives,
    resubmit,
)
from pipeline.merge.order import sort_rows
from pipeline.model import Merged, Return, Row

log = logging.getLogger(__name__)


def merge(case: Case, returns: list[Return], today: dt.date,
          previous: Counter[str] | None) -> Merged:
    """The latest returns merged; `previous` holds the previous merge's row fingerprints
    (None on a first merge). Rows are never edited: only their flags, event, is_new,
    is_changed and inconsistencies are set."""
    return compare(case, chronology(case, returns, today), previous)


def chronology(case: Case, returns: list[Return], today: dt.date) -> Merged:
    """The merged chronology in order: the latest returns' rows, without their exact
    duplicates, near-duplicates flagged, events linked, sorted, and its gaps. What the
    timeline shows (pipeline/run.py has it drawn while `compare` runs)."""
    latest, superseded, findings = resubmit.choose(returns, today)
    kept: list[Row] = []
    dropped_rows: list[Row] = []
    for ret in latest:
        for row in ret.rows:          # what an earlier merge of the same rows marked
            row.event = ""
            if "near_duplicate" in row.flags:
                row.flags.remove("near_duplicate")
        rows, dropped = duplicates.drop_exact(ret.rows)
        kept.extend(rows)
        dropped_rows.extend(dropped)
    near, found = duplicates.flag_near(kept)
    findings.extend(found)
    linked = events.link(kept)

    merged = sort_rows(kept, case)
    events.renumber(merged)
    agencies = sorted({ret.agency for ret in latest},
                      key=lambda name: (case.agency_order(name), name))
    result = Merged(rows=merged, duplicates_dropped=dropped_rows, near_duplicates=near,
                    superseded=superseded, gaps=gaps.find_gaps(merged, agencies, case),
                    findings=findings)
    log.info("merged %d rows from %d returns (%d superseded); %d exact duplicates dropped, "
             "%d near-duplicate pairs, %d linked events, %d gaps", len(merged), len(latest),
             len(superseded), len(dropped_rows), len(near), linked, len(result.gaps))
    return result


def compare(case: Case, merged: Merged, previous: Counter[str] | None) -> Merged:
    """`merged` (a chronology) compared: with the previous merge (`previous`, its row
    fingerprints; None on a first merge), the rows new since it; between agencies, the
    inconsistencies; with the family key, the relatives not in it."""
    fingerprints, new_since_last = history.mark_new(merged.rows, previous)
    result = dataclasses.replace(
        merged, fingerprints=fingerprints, new_since_last=new_since_last,
        first_merge=previous is None, inconsistencies=inconsistencies.find(merged.rows),
        findings=merged.findings + relatives.not_in_key(case, merged.rows))
    log.info("%d rows new since last merge, %d inconsistencies", new_since_last,
             len(result.inconsistencies))
    return result
