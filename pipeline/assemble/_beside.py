"""Some outputs rendered by a second process while this one renders the others.

For 20,000 rows the merged chronology's workbook and the validation report take about as
long as every other output together (1.5 s of CPU each side); on a two-core machine with
a core free both halves are made at once, and assemble takes half the time (with both
cores busy it gains nothing, and loses nothing but the fork). A forked child renders the
outputs named (plain bytes, and the findings they made) and sends the renderings back
through a pipe; it writes nothing, so the one writer (assemble) stages and protects them
like any other. Forked, so the child has the run as it is without copying it.

Only when this process has a single thread: a fork copies the calling thread alone, and a
lock held by another would stay held in the child. When the child fails for any reason,
the collect gives nothing and this process renders the outputs itself, so an output is
never missing and a real error is raised here, with its traceback.
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
from collections.abc import Callable

from pipeline.assemble._render import Built, Rendered

log = logging.getLogger(__name__)


def can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def start(built: Built, names: list[str]) -> Callable[[], dict[str, Rendered]] | None:
    """Start rendering `names` in a child; returns what collects the renderings (empty
    when the child failed), or None when no child can be forked."""
    if not can_fork():
        return None
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:                                    # the child: render, send, vanish
        os.close(reading)
        try:
            with os.fdopen(writing, "wb") as stream:
                pickle.dump(_rendered_by(built, names), stream)
        finally:
            os._exit(0)                               # no cleanup of the parent's state
    os.close(writing)

    def collect() -> dict[str, Rendered]:
        with os.fdopen(reading, "rb") as stream:
            try:
                outcome = pickle.load(stream)
            except (EOFError, pickle.UnpicklingError):
                outcome = None
        os.waitpid(child, 0)
        if outcome is None or outcome[0] != "rendered":
            why = "it stopped" if outcome is None else outcome[1]
            log.warning("assemble: the second process did not render its outputs (%s); "
                        "rendering them here", why)
            return {}
        return outcome[1]

    return collect


def _rendered_by(built: Built, names: list[str]) -> tuple:
    """In the child: ("rendered", name -> Rendered), or ("failed", why)."""
    try:
        return "rendered", {name: built.rendered(name) for name in names}
    except BaseException as exc:  # noqa: BLE001 - the parent renders them again and raises
        return "failed", type(exc).__name__
