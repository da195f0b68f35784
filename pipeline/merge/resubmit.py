"""Two returns from one agency: a resubmission supersedes the earlier return; returns
holding different rows (parts, teams) are all merged, with a warning naming both files."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from pipeline.model import CONTENT_COLUMNS, Finding, Return, Severity


def latest_first(returns: list[Return], today: dt.date) -> list[Return]:
    """One agency's returns, latest first: by Date completed, then received date, then name.

    A return whose date completed cannot be read counts as older than any dated one: a
    dated resubmission is the one the agency signed off last.
    """
    def key(ret: Return) -> tuple:
        day = ret.completed_day
        return (day is not None, day or dt.date.min, ret.received or dt.date.min, ret.file)
    return sorted(returns, key=key, reverse=True)


# A later return that holds at least this share of an earlier one's rows is its
# resubmission (corrected, added to); less, and the two are parts (or teams) of one return.
RESUBMISSION_SHARE = 0.5


# A corrected entry is still the entry: same day and text this alike (rapidfuzz ratio).
SAME_ENTRY_SCORE = 80


def _text(row) -> str:
    return " ".join(" ".join(getattr(row, name).lower().split()) for name in CONTENT_COLUMNS)


def share_kept(earlier: Return, later: Return) -> float:
    """The share of `earlier`'s rows that `later` still holds: word for word (case and
    spacing aside), with only its date changed, or corrected on the same day."""
    if not earlier.rows:
        return 1.0
    unmatched = list(later.rows)
    by_text: dict[str, list] = defaultdict(list)
    for row in unmatched:
        by_text[_text(row)].append(row)
    found = 0
    for row in earlier.rows:
        same = by_text.get(_text(row))
        match = same[0] if same else next(
            (other for other in unmatched if other.date_as_written == row.date_as_written
             and fuzz.ratio(_text(row), _text(other)) >= SAME_ENTRY_SCORE), None)
        if match is not None:
            found += 1
            unmatched.remove(match)
            by_text[_text(match)].remove(match)
    return found / len(earlier.rows)


def is_resubmission(earlier: Return, later: Return) -> bool:
    """Whether `later` replaces `earlier`: it holds most of its rows, or its header block or
    file name says it is a new version ("Version 2", "revised", "resubmitted")."""
    return bool(later.version_note) or share_kept(earlier, later) >= RESUBMISSION_SHARE


def choose(returns: list[Return], today: dt.date
           ) -> tuple[list[Return], list[Return], list[Finding]]:
    """(returns to merge, in input order; superseded returns; findings).

    Each agency's returns are taken latest first. An earlier return is superseded when a
    later one is its resubmission, by the merged return at the end of that chain; rows of
    that return that are new or changed against the one it replaced last get `is_changed`.
    An earlier return that no later one resubmits holds other rows (a part, another
    team): it is merged too, with a warning naming both.
    """
    by_agency: dict[str, list[Return]] = defaultdict(list)
    for ret in returns:
        by_agency[ret.agency].append(ret)
    merged: set[int] = set()
    superseded: list[Return] = []
    findings: list[Finding] = []
    for agency_returns in by_agency.values():
        ranked = latest_first(agency_returns, today)
        kept = [ranked[0]]
        replaced_by: dict[int, Return] = {}   # superseded -> the merged return replacing it
        marked: set[int] = set()
        for position, older in enumerate(ranked[1:], start=1):
            # Any later return, merged or itself replaced: v3 may hold little of v1 while
            # v2 resubmits v1 and v3 resubmits v2.
            later = next((k for k in ranked[:position] if is_resubmission(older, k)), None)
            if later is None:
                findings.append(_both_merged(older, kept[0]))
                kept.append(older)
                continue
            newer = replaced_by.get(id(later), later)
            replaced_by[id(older)] = newer
            if id(newer) not in marked:      # against the return it replaced last
                _mark_changes(newer, older)
                marked.add(id(newer))
            superseded.append(older)
            findings.append(Finding(
                "superseded_return", Severity.WARNING,
                f"{older.file} is an earlier return from {older.agency}; {newer.file} "
                f"(completed {newer.date_completed or 'date not given'}) is its "
                "resubmission and replaces it, so its rows are not merged. Remove the "
                "earlier file from the case folder if it should not be kept.",
                file=older.file, agency=older.agency))
        merged.update(id(ret) for ret in kept)
    superseded.sort(key=lambda ret: ret.file)
    return [ret for ret in returns if id(ret) in merged], superseded, findings


def _both_merged(older: Return, newer: Return) -> Finding:
    share = share_kept(older, newer)
    return Finding(
        "two_returns", Severity.WARNING,
        f"{older.file} and {newer.file} are both returns from {older.agency}, and they hold "
        f"different rows ({round(share * 100)}% of the rows of {older.file} are in "
        f"{newer.file}), so both are merged. If {newer.file} replaces the other, remove "
        f"{older.file} from the case folder, or write 'Version 2' in its header block.",
        file=older.file, agency=older.agency)


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
