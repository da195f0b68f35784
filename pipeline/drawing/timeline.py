"""timeline.png drawn from a Picture: what the timeline shows, as plain numbers and words
(pipeline/assemble/timeline.py makes it from the merged rows).

Days are numbers of days since 1970-01-01, matplotlib's date epoch (rcParams
"date.epoch", which nothing here changes), so that they are its own numbers.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from pipeline.drawing import matplotlib_parts

EPOCH = dt.date(1970, 1, 1)


def day_number(day: dt.date) -> float:
    """matplotlib's number for a day (mdates.date2num, without its cost per call: a
    chronology has tens of thousands of entries)."""
    return float((day - EPOCH).days)


@dataclass(frozen=True)
class Picture:
    """The timeline to draw: one lane per agency, top to bottom (lane 0 at the bottom is
    the last agency), each with its colour ("#RRGGBB"), the entries on a day (ticks) and
    periods (bars: start, days), the gaps (lane, start, days), each linked event as a
    dotted line (day, lowest lane, highest lane) and the labels above the lanes."""

    lanes: tuple[str, ...]
    colours: tuple[str, ...]
    ticks: tuple[tuple[float, ...], ...]
    bars: tuple[tuple[tuple[float, int], ...], ...]
    gaps: tuple[tuple[int, float, int], ...]
    events: tuple[tuple[float, int, int], ...]
    labels: tuple[tuple[float, str], ...]
    period: tuple[float, float]           # the x axis: first day, the day after the last
    month_step: int                       # a month named every month_step months
    title: str
    gap_key: str                          # the key's words for the gaps' hatching


def draw(picture: Picture) -> bytes:
    """The picture as PNG bytes (150 dpi, 26 x 9 cm, fits the Word page's width)."""
    parts = matplotlib_parts()
    height = 1.5 + 0.32 * max(1, len(picture.lanes))
    figure = parts.Figure(figsize=(10.2, height), dpi=150)
    axes = figure.add_subplot()
    for lane, start, days in picture.gaps:
        axes.broken_barh([(start, days)], (lane - 0.4, 0.8), facecolors="#EEEEEE",
                         edgecolors="#888888", hatch="///", linewidth=0.4, zorder=1)
    for lane, (colour, ticks, bars) in _lanes_bottom_up(picture):
        if bars:
            axes.broken_barh(list(bars), (lane - 0.15, 0.3), facecolors=colour,
                             edgecolors="black", linewidth=0.3, zorder=2)
        if ticks:
            # A light colour alone fades on white: each tick is outlined in black.
            _ticks(axes, ticks, lane, 0.3, "black", 2.6, 3)
            _ticks(axes, ticks, lane, 0.27, colour, 1.6, 4)
    _events(axes, picture)
    _frame(axes, picture, parts)
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


def _lanes_bottom_up(picture: Picture):
    top = len(picture.lanes) - 1
    return ((top - index, lane) for index, lane in
            enumerate(zip(picture.colours, picture.ticks, picture.bars, strict=True)))


def _frame(axes, picture: Picture, parts) -> None:
    """The lanes' names, the period's months, the title and the key of the gaps."""
    top = len(picture.lanes) - 1
    axes.set_yticks([top - index for index in range(len(picture.lanes))],
                    list(picture.lanes))
    axes.set_ylim(-0.6, len(picture.lanes) + 1.1)      # room above the lanes for labels
    axes.set_xlim(*picture.period)
    axes.xaxis.set_major_locator(parts.dates.MonthLocator(interval=picture.month_step))
    axes.xaxis.set_major_formatter(parts.dates.DateFormatter("%b %Y"))
    axes.tick_params(labelsize=7)
    axes.grid(axis="x", linewidth=0.3, color="#BBBBBB")
    axes.set_title(picture.title, fontsize=8)
    axes.legend(handles=[parts.patches.Patch(facecolor="#EEEEEE", edgecolor="#888888", hatch="///",
                               label=picture.gap_key)],
                fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)


def _ticks(axes, xs, lane: int, half: float, colour: str, width: float,
           layer: int) -> None:
    """Vertical ticks at `xs` as ONE line broken by NaNs (a collection of thousands of
    separate segments takes seconds to build)."""
    nan = float("nan")
    x_points = [value for x in xs for value in (x, x, nan)]
    y_points = [lane - half, lane + half, nan] * len(xs)
    axes.plot(x_points, y_points, color=colour, linewidth=width, solid_capstyle="butt",
              zorder=layer)


def _events(axes, picture: Picture) -> None:
    """A dotted line across the lanes of each linked event (one line broken by NaNs for
    all: a big case has thousands), and the labels above the lanes."""
    nan = float("nan")
    x_points = [value for x, _, _ in picture.events for value in (x, x, nan)]
    y_points = [value for _, low, high in picture.events for value in (low, high, nan)]
    axes.plot(x_points, y_points, linestyle=":", color="black", linewidth=0.8, zorder=5)
    top = max(len(picture.lanes) - 1, 0) + 0.4
    for x, label in picture.labels:
        axes.annotate(label, (x, top), fontsize=6, ha="center", va="bottom",
                      rotation=90, annotation_clip=False)
