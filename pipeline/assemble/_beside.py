"""Some outputs written by a second process while this one writes the others.

For 20,000 rows the merged chronology's workbook takes about as long as its Word document
(3 s each); on a two-core machine both can be written at once. A forked child runs the
writers given, through write_output like any writer (staged, protected, owner-only), and
sends back what they wrote (names and hashes) and any finding they added; the run adopts
both when it collects them. Forked, so the child has the run as it is without copying it.

Only when this process has a single thread: a fork copies the calling thread alone, and a
lock held by another would stay held in the child. When the child fails for any reason,
this process runs the writers itself, so an output is never missing and a real error is
raised here, with its traceback.
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
from collections.abc import Callable, Sequence

from pipeline.model import CaseRun
from pipeline.outputs import adopt_output

log = logging.getLogger(__name__)

Writer = Callable[[CaseRun], None]


def can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def start(run: CaseRun, writers: Sequence[Writer]) -> Callable[[], None]:
    """Start `writers` in a child when possible; returns what collects their outputs
    (or, without a child, runs them)."""
    if not can_fork():
        return lambda: _run_here(run, writers)
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:                                    # the child: write, report, vanish
        os.close(reading)
        try:
            with os.fdopen(writing, "wb") as stream:
                pickle.dump(_written_by(run, writers), stream)
        finally:
            os._exit(0)                               # no cleanup of the parent's state
    os.close(writing)

    def collect() -> None:
        with os.fdopen(reading, "rb") as stream:
            try:
                outcome = pickle.load(stream)
            except (EOFError, pickle.UnpicklingError):
                outcome = None
        os.waitpid(child, 0)
        if outcome is None or outcome[0] != "written":
            why = "it stopped" if outcome is None else outcome[1]
            log.warning("assemble: the second process did not write its outputs (%s); "
                        "writing them here", why)
            _run_here(run, writers)
            return
        _, outputs, findings = outcome
        for relative, sha256 in outputs.items():
            adopt_output(run, relative, sha256)
        run.findings.extend(findings)

    return collect


def _written_by(run: CaseRun, writers: Sequence[Writer]) -> tuple:
    """In the child: ("written", outputs written, findings added), or ("failed", why)."""
    try:
        outputs, findings = dict(run.outputs), len(run.findings)
        _run_here(run, writers)
    except BaseException as exc:  # noqa: BLE001 - the parent writes them again and raises
        return "failed", type(exc).__name__
    return ("written", {name: sha for name, sha in run.outputs.items()
                        if outputs.get(name) != sha}, run.findings[findings:])


def _run_here(run: CaseRun, writers: Sequence[Writer]) -> None:
    for write in writers:
        write(run)
