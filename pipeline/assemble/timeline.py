"""timeline.png: one lane per agency across the review period.

Entries on a day are ticks, periods short bars, gaps hatched grey, and the events seen
by several agencies are joined by a dotted line and labelled with their event id.
Colours are the Word key's (pipeline.assemble._colours).

What the timeline shows is worked out here, as a Picture of plain numbers and words;
pipeline/drawing/timeline.py draws it, in the run's second process when it has one
(pipeline/run.py hands the drawing to assemble), else here.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict

from pipeline.assemble._colours import agency_colours
from pipeline.assemble._render import Built, Rendered
from pipeline.drawing import timeline as drawing
from pipeline.drawing.timeline import Picture, day_number
from pipeline.merge.gaps import covered
from pipeline.model import CaseRun, Precision

log = logging.getLogger(__name__)

NAME = "timeline.png"
MAX_LABELS = 15          # more event labels than this overprint each other


def lanes(run: CaseRun) -> list[str]:
    """The agencies with entries, in case.toml order."""
    present = {row.agency for row in run.merged} | {gap.agency for gap in run.gaps}
    return [name for name in agency_colours(run) if name in present]


def build(run: CaseRun) -> bytes:
    """The timeline as PNG bytes, drawn here."""
    return drawing.draw(picture(run))


def render(run: CaseRun, built: Built) -> Rendered:
    return Rendered({NAME: built.drawing(NAME, lambda: build(run))})


def picture(run: CaseRun) -> Picture:
    """What the timeline of `run` shows."""
    case = run.case
    agencies = lanes(run)
    colours = agency_colours(run)
    lane_of = {name: len(agencies) - 1 - i for i, name in enumerate(agencies)}
    ticks: dict[str, list[float]] = defaultdict(list)
    bars: dict[str, list[tuple[float, int]]] = defaultdict(list)
    undated = 0
    for row in run.merged:
        span = covered(row)
        if span is None or row.agency not in lane_of:
            undated += 1
            continue
        if row.reading.precision is Precision.DAY:
            ticks[row.agency].append(day_number(span[0]))
        else:
            bars[row.agency].append((day_number(span[0]), (span[1] - span[0]).days + 1))
    events, labels = _events(run, lane_of)
    months = (case.period_to - case.period_from).days // 30
    note = (f"; {undated} {'entry' if undated == 1 else 'entries'} without a date not shown"
            if undated else "")
    return Picture(
        lanes=tuple(agencies),
        colours=tuple("#" + colours[agency] for agency in agencies),
        ticks=tuple(tuple(sorted(set(ticks[agency]))) for agency in agencies),
        bars=tuple(tuple(bars[agency]) for agency in agencies),
        gaps=tuple((lane_of[gap.agency], day_number(gap.start), gap.days)
                   for gap in run.gaps if gap.agency in lane_of),
        events=events, labels=labels,
        period=(day_number(case.period_from),
                day_number(case.period_to + dt.timedelta(days=1))),
        month_step=max(1, months // 10),
        title=(f"{case.reference}: entries by agency, "
               f"{case.period_from:%d-%m-%Y} to {case.period_to:%d-%m-%Y}{note}"),
        gap_key=f"no contact for more than {case.gap_days} days")


def _events(run: CaseRun, lane_of: dict[str, int]
            ) -> tuple[tuple[tuple[float, int, int], ...], tuple[tuple[float, str], ...]]:
    """Each linked event's line across its lanes (day, lowest, highest lane), and the
    labels of the events seen by most agencies: events days apart would overprint, so
    close ones share one label ("E012-E015")."""
    members: dict[str, list] = defaultdict(list)
    for row in run.merged:
        if row.event and row.agency in lane_of and covered(row) is not None:
            members[row.event].append(row)
    ranked = sorted(members, key=lambda e: (-len({r.agency for r in members[e]}), e))
    labelled = set(ranked[:MAX_LABELS])
    lines, places = [], []
    for event, rows in members.items():
        x = day_number(covered(rows[0])[0])
        lanes_hit = [lane_of[r.agency] for r in rows]
        lines.append((x, min(lanes_hit), max(lanes_hit)))
        if event in labelled:
            places.append((x, event))
    close = (day_number(run.case.period_to) - day_number(run.case.period_from)) / 60
    groups: list[list[tuple[float, str]]] = []
    for x, event in sorted(places):
        if groups and x - groups[-1][-1][0] <= close:
            groups[-1].append((x, event))
        else:
            groups.append([(x, event)])
    labels = []
    for group in groups:
        names = sorted(event for _, event in group)
        labels.append((group[0][0], names[0] if len(names) == 1 else f"{names[0]}-{names[-1]}"))
    return tuple(lines), tuple(labels)
