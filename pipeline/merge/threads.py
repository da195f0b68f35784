"""Days scored two at a time: rapidfuzz scores a day's matrix of texts without holding
the interpreter's lock, and that scoring is most of linking a day's events (20,000 rows:
0.35 of 0.5 s). On two cores, two days at once take two thirds of the time; on one core,
one thread does them all. (Finding inconsistencies gains nothing: its days' work is
mostly Python, which holds the lock.)

The threads end when the days are done, so a later fork (assemble's) finds one thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

_Day = TypeVar("_Day")
_Result = TypeVar("_Result")


def _cores() -> int:
    """The cores this process may run on (a container may allow fewer than it has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


THREADS = min(4, _cores())


def each_day(work: Callable[[_Day], _Result], days: Iterable[_Day]) -> list[_Result]:
    """`work(day)` for every one of `days`, in their order."""
    days = list(days)
    if THREADS < 2 or len(days) < 2:
        return [work(day) for day in days]
    with ThreadPoolExecutor(THREADS, thread_name_prefix="merge-day") as pool:
        return list(pool.map(work, days))
