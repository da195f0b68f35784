"""Gaps: stretches inside the review period in which an agency recorded no contact.

The threshold is case.toml's `gap_days`, 90 days by default. Why 90: the toolkit asks
that periods with no agency contact be "made clear" (2.4) without saying how long; a
quarter is the longest interval at which the services in a child's review are expected
to see the family in ordinary work (the health visiting reviews of the Healthy Child
Programme, child protection core groups and reviews, school terms all run at or under
about three months), so a silence longer than a quarter is worth the panel's question,
while shorter silences (a month between GP visits) are ordinary and would bury the real
gaps. A review of a baby or of a case under a plan may want 28-42 days; set gap_days.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from pipeline.case import Case
from pipeline.merge.order import PERIODS
from pipeline.model import Gap, Precision, Row

ONE_DAY = dt.timedelta(days=1)


def covered(row: Row) -> tuple[dt.date, dt.date] | None:
    """The days an entry shows contact on: its day, or the whole of a period."""
    reading = row.reading
    if reading is None:
        return None
    if reading.precision is Precision.DAY and reading.date is not None:
        return reading.date, reading.date
    if reading.precision in PERIODS and reading.start is not None:
        return reading.start, reading.end or reading.start
    return None


def find_gaps(rows: list[Row], agencies: list[str], case: Case) -> list[Gap]:
    """Per agency (in `agencies` order), each stretch of more than `case.gap_days` days
    inside the review period with no entry, including the stretch before its first
    entry and after its last. An agency with no dated entry has one gap: the period."""
    spans: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for row in rows:
        span = covered(row)
        if span is not None:
            spans[row.agency].append(span)
    gaps: list[Gap] = []
    for agency in agencies:
        cursor = case.period_from           # first day not yet known to be covered
        for start, end in sorted(spans.get(agency, [])):
            if end < case.period_from or start > case.period_to:
                continue
            if (start - cursor).days > case.gap_days:
                gaps.append(Gap(agency, cursor, start - ONE_DAY))
            cursor = max(cursor, end + ONE_DAY)
        if cursor <= case.period_to and (case.period_to - cursor).days + 1 > case.gap_days:
            gaps.append(Gap(agency, cursor, case.period_to))
    return gaps
