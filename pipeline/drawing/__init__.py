"""The pictures (timeline.png, genogram.png), drawn by matplotlib from plain data.

They are drawn from plain data so that the run's second process can draw them while this
one reads and merges the case (pipeline/run.py; assemble takes the drawings as made):
drawing a busy case's timeline takes a fifth of assemble's time, and matplotlib's import
a third of the stages' imports. So this package imports nothing of the stages, and
matplotlib only in `matplotlib_parts`, when a picture is drawn: a process that never
draws (the run's own, when the second one draws) never imports it.
"""

from __future__ import annotations

from types import SimpleNamespace


def matplotlib_parts() -> SimpleNamespace:
    """What the drawings use of matplotlib, its non-interactive backend chosen before
    anything of it is drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates
    from matplotlib import patches
    from matplotlib.figure import Figure

    return SimpleNamespace(Figure=Figure, dates=matplotlib.dates, patches=patches)
