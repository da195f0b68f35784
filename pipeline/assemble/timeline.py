"""timeline.png: one lane per agency across the review period.

Entries on a day are ticks, periods short bars, gaps hatched grey, and the events seen
by several agencies are joined by a dotted line and labelled with their event id.
Colours are the Word key's (pipeline.assemble._colours).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402  (the backend is chosen first)
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from pipeline.assemble._colours import agency_colours  # noqa: E402
from pipeline.case import Case  # noqa: E402
from pipeline.merge.gaps import covered  # noqa: E402
from pipeline.model import CaseRun, Precision  # noqa: E402

log = logging.getLogger(__name__)

NAME = "timeline.png"
MAX_LABELS = 15          # more event labels than this overprint each other


def day_number(day: dt.date) -> float:
    """matplotlib's number for a day (mdates.date2num, without its cost per call: a
    chronology has tens of thousands of entries)."""
    return float((day - _EPOCH).days)


_EPOCH = mdates.num2date(0).date()


def lanes(run: CaseRun) -> list[str]:
    """The agencies with entries, in case.toml order."""
    present = {row.agency for row in run.merged} | {gap.agency for gap in run.gaps}
    return [name for name in agency_colours(run) if name in present]


def build(run: CaseRun) -> bytes:
    """The timeline as PNG bytes (150 dpi, 26 x 9 cm, fits the Word page's width)."""
    case = run.case
    agencies = lanes(run)
    colours = agency_colours(run)
    height = 1.5 + 0.32 * max(1, len(agencies))
    figure = Figure(figsize=(10.2, height), dpi=150)
    axes = figure.add_subplot()
    lane_of = {name: len(agencies) - 1 - i for i, name in enumerate(agencies)}

    for gap in run.gaps:
        if gap.agency in lane_of:
            axes.broken_barh([(mdates.date2num(gap.start), gap.days)],
                             (lane_of[gap.agency] - 0.4, 0.8), facecolors="#EEEEEE",
                             edgecolors="#888888", hatch="///", linewidth=0.4, zorder=1)
    ticks: dict[str, list[float]] = defaultdict(list)
    bars: dict[str, list[tuple[float, float]]] = defaultdict(list)
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
    for agency, lane in lane_of.items():
        colour = "#" + colours[agency]
        if bars[agency]:
            axes.broken_barh(bars[agency], (lane - 0.15, 0.3), facecolors=colour,
                             edgecolors="black", linewidth=0.3, zorder=2)
        if ticks[agency]:
            # A light colour alone fades on white: each tick is outlined in black.
            _ticks(axes, sorted(set(ticks[agency])), lane, 0.3, "black", 2.6, 3)
            _ticks(axes, sorted(set(ticks[agency])), lane, 0.27, colour, 1.6, 4)
    _events(axes, run, lane_of)

    _frame(axes, case, lane_of, undated)
    figure.tight_layout()
    # tight_layout leaves a placeholder layout engine, which makes savefig draw the whole
    # figure once more, unseen, before drawing it: the layout is done, none is needed.
    figure.set_layout_engine(None)
    output = io.BytesIO()
    # zlib level 3: a busy case's picture is made in half the time of the default level
    # and is smaller (the pixels are the same: PNG is lossless).
    figure.savefig(output, format="png", metadata={"Software": None},
                   pil_kwargs={"compress_level": 3})
    return output.getvalue()


def _frame(axes, case: Case, lane_of: dict[str, int], undated: int) -> None:
    """The lanes' names, the period's months, the title (with the undated entries left
    out) and the key of the gaps' hatching."""
    axes.set_yticks(list(lane_of.values()), list(lane_of))
    axes.set_ylim(-0.6, len(lane_of) + 1.1)      # room above the lanes for event labels
    axes.set_xlim(mdates.date2num(case.period_from),
                  mdates.date2num(case.period_to + dt.timedelta(days=1)))
    months = (case.period_to - case.period_from).days // 30
    axes.xaxis.set_major_locator(mdates.MonthLocator(interval=max(1, months // 10)))
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    axes.tick_params(labelsize=7)
    axes.grid(axis="x", linewidth=0.3, color="#BBBBBB")
    note = (f"; {undated} {'entry' if undated == 1 else 'entries'} without a date not shown"
            if undated else "")
    axes.set_title(f"{case.reference}: entries by agency, "
                   f"{case.period_from:%d-%m-%Y} to {case.period_to:%d-%m-%Y}{note}",
                   fontsize=8)
    axes.legend(handles=[Patch(facecolor="#EEEEEE", edgecolor="#888888", hatch="///",
                               label=f"no contact for more than {case.gap_days} days")],
                fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)


def _ticks(axes, xs: list[float], lane: int, half: float, colour: str, width: float,
           layer: int) -> None:
    """Vertical ticks at `xs` as ONE line broken by NaNs (a collection of thousands of
    separate segments takes seconds to build)."""
    nan = float("nan")
    x_points = [value for x in xs for value in (x, x, nan)]
    y_points = [lane - half, lane + half, nan] * len(xs)
    axes.plot(x_points, y_points, color=colour, linewidth=width, solid_capstyle="butt",
              zorder=layer)


def _events(axes, run: CaseRun, lane_of: dict[str, int]) -> None:
    """Dotted line across the lanes of each linked event; the ids of the events seen by
    most agencies are written above the lanes."""
    members: dict[str, list] = defaultdict(list)
    for row in run.merged:
        if row.event and row.agency in lane_of and covered(row) is not None:
            members[row.event].append(row)
    ranked = sorted(members, key=lambda e: (-len({r.agency for r in members[e]}), e))
    labelled = set(ranked[:MAX_LABELS])
    top = max(lane_of.values(), default=0) + 0.4
    places = []
    nan = float("nan")
    x_points: list[float] = []
    y_points: list[float] = []
    for event, rows in members.items():
        x = day_number(covered(rows[0])[0])
        lanes_hit = [lane_of[r.agency] for r in rows]
        x_points += [x, x, nan]
        y_points += [min(lanes_hit), max(lanes_hit), nan]
        if event in labelled:
            places.append((x, event))
    # One line broken by NaNs for all events: a big case has thousands.
    axes.plot(x_points, y_points, linestyle=":", color="black", linewidth=0.8, zorder=5)
    # Events days apart would overprint: close ones share one label ("E012-E015").
    close = (mdates.date2num(run.case.period_to) - mdates.date2num(run.case.period_from)) / 60
    groups: list[list[tuple[float, str]]] = []
    for x, event in sorted(places):
        if groups and x - groups[-1][-1][0] <= close:
            groups[-1].append((x, event))
        else:
            groups.append([(x, event)])
    for group in groups:
        names = sorted(event for _, event in group)
        label = names[0] if len(names) == 1 else f"{names[0]}-{names[-1]}"
        axes.annotate(label, (group[0][0], top), fontsize=6, ha="center", va="bottom",
                      rotation=90, annotation_clip=False)


