"""Stage 4: every agency's latest return into one chronology (SPEC.md "Merge rules").

Order of work: choose each agency's latest return (earlier ones superseded, rows new or
changed against them marked); drop exact duplicates inside each return; flag
near-duplicates; link one event seen by several agencies; sort; find gaps; mark rows new
since the previous merge; carry the panel's marks onto their rows; find inconsistencies
between agencies. Rows are never edited: only what later stages learn of them (flags,
event, is_new, is_changed, the panel's marks, inconsistencies) is set.
"""

from __future__ import annotations

import logging

from pipeline.merge import duplicates, events, gaps, history, inconsistencies, marks, resubmit
from pipeline.merge.order import sort_rows
from pipeline.model import CaseRun, Row

log = logging.getLogger(__name__)

# Finding codes this stage adds; they replace those of an earlier merge, or of the
# validate stage (whose suites also spot a row repeated word for word).
MERGE_CODES = {"exact_duplicate", "near_duplicate", "superseded_return", "two_returns"}


def merge(run: CaseRun) -> None:
    """Fill run.merged, duplicates_dropped, near_duplicates, superseded, gaps,
    new_since_last and first_merge, and add this stage's findings."""
    run.findings = [f for f in run.findings if f.code not in MERGE_CODES]
    if run.pending_validation is not None:    # its suites are running beside this stage
        run.pending_validation.replaced_codes.update(MERGE_CODES)
    latest, run.superseded, findings = resubmit.choose(run.returns, run.today)

    kept: list[Row] = []
    run.duplicates_dropped = []
    for ret in latest:
        for row in ret.rows:
            row.event = ""
            if "near_duplicate" in row.flags:
                row.flags.remove("near_duplicate")
        rows, dropped, found = duplicates.drop_exact(ret.rows)
        kept.extend(rows)
        run.duplicates_dropped.extend(dropped)
        findings.extend(found)
    run.near_duplicates, found = duplicates.flag_near(kept)
    findings.extend(found)
    linked = events.link(kept)

    run.merged = sort_rows(kept, run.case)
    events.renumber(run.merged)
    agencies = sorted({ret.agency for ret in latest},
                      key=lambda name: (run.case.agency_order(name), name))
    run.gaps = gaps.find_gaps(run.merged, agencies, run.case)
    run.first_merge = history.mark_new(run)
    marks.carry(run)
    run.inconsistencies = inconsistencies.find(run.merged)
    run.findings.extend(findings)
    log.info("merged %d rows from %d returns (%d superseded); %d exact duplicates dropped, "
             "%d near-duplicate pairs, %d linked events, %d gaps, %d new since last merge",
             len(run.merged), len(latest), len(run.superseded), len(run.duplicates_dropped),
             len(run.near_duplicates), linked, len(run.gaps), run.new_since_last)
