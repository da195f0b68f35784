"""Some outputs rendered by a second process while this one renders the others.

For 20,000 rows the merged chronology's workbook and the validation report take about as
long as every other output together (1.5 s of CPU each side); on a two-core machine with
a core free both halves are made at once, and assemble takes half the time (with both
cores busy it gains nothing, and loses nothing but the fork). A forked child renders the
outputs named (plain bytes, and the findings they made) and sends each rendering back
through a pipe as soon as it is made, where a thread reads it off at once; it writes
nothing, so the one writer (assemble) stages and protects them like any other. Forked, so
the child has the run as it is without copying it.

Only when this process has a single thread: a fork copies the calling thread alone, and a
lock held by another would stay held in the child. When the child fails for any reason,
the collect gives nothing and this process renders the outputs itself, so an output is
never missing and a real error is raised here, with its traceback; the outputs it sent
before failing are kept.
"""

from __future__ import annotations

import logging
import os
import pickle
import queue
import threading

from pipeline.assemble._render import Built, Rendered

log = logging.getLogger(__name__)


def can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def start(built: Built, names: list[str]) -> Collector | None:
    """Start rendering `names` in a child, in that order; returns what collects each
    rendering by name, in the same order (None when the child failed), or None when no
    child can be forked."""
    if not can_fork():
        return None
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:                                    # the child: render, send, vanish
        os.close(reading)
        try:
            with os.fdopen(writing, "wb") as stream:
                _send_renderings(built, names, stream)
        finally:
            os._exit(0)                               # no cleanup of the parent's state
    os.close(writing)
    return Collector(child, os.fdopen(reading, "rb"), names)


class Collector:
    """The renderings of a child, by name in the order it makes them. A thread here reads
    each one off the pipe as soon as it is sent: a rendering is megabytes, a pipe holds
    64 KB, and a child left waiting for this process to collect one would make the
    next only then. The thread starts after the fork and ends with the child's stream."""

    def __init__(self, pid: int, stream, names: list[str]):
        self.pid, self.pending, self.stopped = pid, list(names), ""
        self.arrived: queue.SimpleQueue[tuple] = queue.SimpleQueue()
        self.reader = threading.Thread(target=self._read, args=(stream, len(names)),
                                       name="beside-reader", daemon=True)
        self.reader.start()

    def _read(self, stream, count: int) -> None:
        with stream:
            for _ in range(count):
                outcome = _received(stream)
                self.arrived.put(outcome)
                if outcome[0] != "rendered":
                    break
        os.waitpid(self.pid, 0)                       # nothing more to come: reaped

    def __call__(self, name: str) -> Rendered | None:
        outcome = "failed", self.stopped
        if self.pending and self.pending[0] == name:
            self.pending.pop(0)
            outcome = self.arrived.get()
            if outcome[0] != "rendered":
                self.pending.clear()
                self.stopped = outcome[1]
            if not self.pending:
                self.reader.join()
        if outcome[0] != "rendered":
            log.warning("assemble: the second process did not render %s (%s); rendering "
                        "it here", name, outcome[1] or "it stopped")
            return None
        return outcome[1]


def _send_renderings(built: Built, names: list[str], stream) -> None:
    """In the child: ("rendered", Rendered) for each name in turn, or ("failed", why)
    and nothing more."""
    for name in names:
        try:
            outcome = "rendered", built.rendered(name)
        except BaseException as exc:  # noqa: BLE001 - the parent renders it again and raises
            outcome = "failed", type(exc).__name__
        pickle.dump(outcome, stream)
        stream.flush()
        if outcome[0] != "rendered":
            return


def _received(stream) -> tuple:
    try:
        return pickle.load(stream)
    except (EOFError, pickle.UnpicklingError):
        return "failed", ""
