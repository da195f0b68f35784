"""The review clock: working days in England and the due dates of a case.

Working days are Monday to Friday less England's bank holidays (the `holidays` package,
subdivision England, which knows substitute days such as 27-12-2016). A deadline "within
N working days of" a day is the Nth working day after it; the day itself is day 0.

National timescales (Working Together to Safeguard Children 2023, chapter 5; 2015 for
serious case reviews, as toolkit 1.4 repeats): a rapid review within 15 working days of
the serious incident notification; a local child safeguarding practice review, like a
serious case review before it, completed within six months of the decision to hold it.
Other kinds of review (SILP, multi-agency review) have no national timescale.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import holidays

if TYPE_CHECKING:
    from pipeline.case import Case

RAPID_REVIEW_WORKING_DAYS = 15
REVIEW_MONTHS = 6
_RAPID = re.compile(r"\brapid review\b", re.I)
_SIX_MONTHS = re.compile(r"\b(lcspr|cspr|child safeguarding practice review|serious case "
                         r"review|scr)\b", re.I)


@functools.lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The `count`th working day after `start` (start itself is day 0)."""
    day = start
    while count > 0:
        day += dt.timedelta(days=1)
        count -= is_working_day(day)
    return day


def working_days_left(today: dt.date, due: dt.date) -> int:
    """Working days after today up to and including `due`; 0 when due today (or on the
    last working day before a weekend that holds it); negative when overdue, counting the
    working days after `due` up to and including today."""
    if due >= today:
        return _working_days_after(today, due)
    return -_working_days_after(due, today)


def _working_days_after(start: dt.date, end: dt.date) -> int:
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        count += is_working_day(day)
    return count


def add_months(start: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day where it is shorter)."""
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Deadline:
    """A review's national deadline, or why there is none (`missing`)."""

    day: dt.date | None
    rule: str                  # in words, for the status table and letters
    missing: str = ""          # what case.toml must give for the deadline to be known


def review_deadline(review: str, decision: dt.date | None,
                    notification: dt.date | None) -> Deadline:
    """The deadline Working Together sets for this kind of review."""
    if _RAPID.search(review):
        rule = f"rapid review: within {RAPID_REVIEW_WORKING_DAYS} working days of notification"
        if notification is None:
            return Deadline(None, rule, 'add notification = "dd-mm-yyyy" (the day the '
                            "serious incident was notified) to case.toml")
        return Deadline(add_working_days(notification, RAPID_REVIEW_WORKING_DAYS), rule)
    if _SIX_MONTHS.search(review):
        rule = f"within {REVIEW_MONTHS} months of the decision to hold the review"
        if decision is None:
            return Deadline(None, rule, 'add decision = "dd-mm-yyyy" (the day the review '
                            "was decided on) to case.toml")
        return Deadline(add_months(decision, REVIEW_MONTHS), rule)
    return Deadline(None, "no national timescale for this kind of review")


def rapid(review: str) -> bool:
    return bool(_RAPID.search(review))


def fill_due_dates(case: Case) -> None:
    """Due dates for agencies case.toml gives none for: the case's own `chronology_due` /
    `report_due` (for every agency), else, in a rapid review, the review's deadline for the
    chronology (nothing can come later), noted on the agency as derived."""
    deadline = review_deadline(case.review, case.decision, case.notification)
    derived = case.chronology_due is None and rapid(case.review) and deadline.day
    for index, agency in enumerate(case.agencies):
        notes = list(agency.due_notes)
        chronology = agency.chronology_due or case.chronology_due
        if chronology is None and derived:
            chronology = deadline.day
            notes.append(f"chronology due date derived ({deadline.rule})")
        case.agencies[index] = replace(agency, chronology_due=chronology,
                                       report_due=agency.report_due or case.report_due,
                                       due_notes=tuple(notes))
