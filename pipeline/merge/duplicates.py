"""Exact duplicates inside one return (dropped) and near-duplicates (kept, flagged)."""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz

from pipeline.merge.order import sort_day
from pipeline.model import Finding, Row, Severity

# Two entries of one agency on one day whose text scores at least this (rapidfuzz ratio on
# lower-cased, space-collapsed text, 0-100) are near-duplicates. 90 catches a re-typed
# entry with a typo or an added word ("Home visit by HV" / "Home visit by the HV") while
# two different visits on one day, which share a template phrase but not their detail,
# stay well below it (see tests/merge/test_merge.py).
NEAR_DUPLICATE_SCORE = 90.0


def drop_exact(rows: list[Row]) -> tuple[list[Row], list[Row]]:
    """Rows of ONE return split into (kept, dropped).

    A row is an exact duplicate when its date, time and every content column are the same
    as an earlier row's in the same return; the first is kept. The validate stage has
    reported each (exact_duplicate), by the same rule.
    """
    first_seen: dict[tuple[str, ...], Row] = {}
    kept: list[Row] = []
    dropped: list[Row] = []
    for row in rows:
        identity = row.content()
        if identity not in first_seen:
            first_seen[identity] = row
            kept.append(row)
            continue
        dropped.append(row)
    return kept, dropped


def _comparable(row: Row) -> str:
    text = " ".join((row.child, row.family, row.communication, row.comment))
    return " ".join(text.lower().split())


def flag_near(rows: list[Row]) -> tuple[list[tuple[Row, Row]], list[Finding]]:
    """Pairs of one agency's entries on one day with nearly the same text, and findings.

    Each row of a pair gets `near_duplicate` in its flags; both are kept, because only
    the agency can say whether two visits happened or one was typed twice.
    """
    by_agency_day: dict[tuple[str, object], list[Row]] = defaultdict(list)
    for row in rows:
        day = sort_day(row)
        # Only whether there is text: the comparable text of a 4 MB cell is made once.
        if day is not None and any(part.strip() for part in (
                row.child, row.family, row.communication, row.comment)):
            by_agency_day[(row.agency, day)].append(row)
    pairs: list[tuple[Row, Row]] = []
    findings: list[Finding] = []
    for same_day in by_agency_day.values():
        if len(same_day) < 2:
            continue
        texts = [_comparable(row) for row in same_day]
        for i in range(len(same_day)):
            for j in range(i + 1, len(same_day)):
                if fuzz.ratio(texts[i], texts[j]) < NEAR_DUPLICATE_SCORE:
                    continue
                first, second = same_day[i], same_day[j]
                pairs.append((first, second))
                for row in (first, second):
                    if "near_duplicate" not in row.flags:
                        row.flags.append("near_duplicate")
                where = first.provenance
                findings.append(Finding.at(
                    second, "near_duplicate", Severity.WARNING,
                    f"Row {second.provenance.row} of {second.provenance.file} is nearly the "
                    f"same as row {where.row} of {where.file} (table {where.table}) on the "
                    "same day; both are kept. Confirm whether they are one contact or two, "
                    "and delete the repeat if it is one."))
    return pairs, findings
