"""Resubmissions: an agency's latest return supersedes its earlier ones."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from pipeline.model import Finding, Return, Severity


def latest_first(returns: list[Return], today: dt.date) -> list[Return]:
    """One agency's returns, latest first: by Date completed, then received date, then name.

    A return whose date completed cannot be read counts as older than any dated one: a
    dated resubmission is the one the agency signed off last.
    """
    def key(ret: Return) -> tuple:
        day = ret.completed_day
        return (day is not None, day or dt.date.min, ret.received or dt.date.min, ret.file)
    return sorted(returns, key=key, reverse=True)


def choose(returns: list[Return], today: dt.date
           ) -> tuple[list[Return], list[Return], list[Finding]]:
    """(latest returns in input order, superseded returns, findings).

    Rows of the latest return that are new or changed against the return it supersedes
    (the next latest) get `is_changed`.
    """
    by_agency: dict[str, list[Return]] = defaultdict(list)
    for ret in returns:
        by_agency[ret.agency].append(ret)
    latest: set[int] = set()
    superseded: list[Return] = []
    findings: list[Finding] = []
    for agency_returns in by_agency.values():
        ranked = latest_first(agency_returns, today)
        newest = ranked[0]
        latest.add(id(newest))
        if len(ranked) == 1:
            continue
        _mark_changes(newest, ranked[1])
        for older in ranked[1:]:
            superseded.append(older)
            findings.append(Finding(
                "superseded_return", Severity.WARNING,
                f"{older.file} is an earlier return from {older.agency}; {newest.file} "
                f"(completed {newest.date_completed or 'date not given'}) replaces it, so "
                "its rows are not merged. Remove the earlier file from the case folder if "
                "it should not be kept.",
                file=older.file, agency=older.agency))
    kept = [ret for ret in returns if id(ret) in latest]
    superseded.sort(key=lambda ret: ret.file)
    return kept, superseded, findings


def _mark_changes(newest: Return, previous: Return) -> None:
    """Mark rows of `newest` whose content is not in `previous` (counted, so a row
    written twice in the new return and once in the old one marks the second)."""
    remaining = Counter(row.content() for row in previous.rows)
    for row in newest.rows:
        identity = row.content()
        if remaining[identity] > 0:
            remaining[identity] -= 1
        else:
            row.is_changed = True
