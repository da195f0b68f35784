"""A second process that runs the Great Expectations suites beside the rest of the run.

Importing great_expectations takes about five seconds on a two-core machine (scipy.stats
and altair come with it): as long as reading, dating and merging 20,000 rows together.
The worker is started when a run begins, so the import happens on the second core while
this process reads the returns; the suites then run there while this process merges
(pipeline/run.py). Only the three frames, the suites and the case's parameters cross
over, pickled through a pipe, in memory; only the failures come back.

A fresh interpreter (`python -c`), not multiprocessing: it starts clean, with none of the
run's open files, locks or threads, and never re-imports the caller's script (which
multiprocessing's spawn does, and which runs an unguarded script twice). It has no
output but the pipe: its stderr goes nowhere, as a run's log carries no case text and the
worker logs nothing; the failures are logged here. When the worker cannot help (it died,
or failed in a way that is not a suite's fault) the suites are run here instead, so a run
never depends on it.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.validate.suites import Failure, Suite, SuiteError

log = logging.getLogger(__name__)

# The folder holding the pipeline package, for the worker's import path.
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
_COMMAND = "from pipeline.validate.worker import serve; serve()"


class WorkerLost(Exception):
    """The worker could not give an answer; the caller runs the suites itself."""


def wanted() -> bool:
    """A worker only pays when this process has not imported Great Expectations yet (a
    long-lived process that has, such as the test session, runs the suites itself)."""
    return "great_expectations" not in sys.modules


class SuiteWorker:
    """One worker process: imports Great Expectations at once, then runs the jobs sent."""

    # Seconds to wait for an answer: the import and the suites of a 40,000-row case take
    # under 15 s here; a worker silent for this long is stuck, and the suites run here.
    patience = 600.0

    def __init__(self) -> None:
        path = os.pathsep.join(filter(None, (_PACKAGE_ROOT, os.environ.get("PYTHONPATH"))))
        self._process = subprocess.Popen(
            [sys.executable, "-c", _COMMAND], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": path})
        self._to = Connection(os.dup(self._process.stdin.fileno()), readable=False)
        self._from = Connection(os.dup(self._process.stdout.fileno()), writable=False)
        self._process.stdin.close()
        self._process.stdout.close()
        self._sender: threading.Thread | None = None
        self._send_error: OSError | None = None

    def submit(self, suites: list[Suite], frames: dict[str, pd.DataFrame],
               parameters: dict[str, Any]) -> None:
        """Send a job and return at once: the worker may still be importing, and a pipe
        holds 64 KB, so a thread waits for it to read the frames. Raises WorkerLost when
        the worker has already stopped."""
        if self._process.poll() is not None:
            raise WorkerLost(f"the worker stopped (exit code {self._process.returncode})")
        job = pickle.dumps((suites, frames, parameters), protocol=pickle.HIGHEST_PROTOCOL)

        def send() -> None:
            try:
                self._to.send_bytes(job)
            except OSError as exc:
                self._send_error = exc

        self._sender = threading.Thread(target=send, name="suite-job", daemon=True)
        self._sender.start()

    def failures(self) -> list[Failure]:
        """The failures of the job sent. Raises SuiteError as the suites raised it, or
        WorkerLost."""
        if self._sender is None:
            raise WorkerLost("no job was sent")
        try:
            if not self._from.poll(self.patience):
                raise WorkerLost(f"no answer from the worker in {self.patience:g} s")
            outcome, value = self._from.recv()
        except (EOFError, OSError) as exc:
            raise WorkerLost(f"the worker stopped ({type(exc).__name__})") from None
        finally:
            self._sender.join(timeout=5)
            self._sender = None
        if self._send_error is not None:
            raise WorkerLost(f"the job could not be sent ({type(self._send_error).__name__})")
        if outcome == "failures":
            return value
        if outcome == "suite_error":
            raise SuiteError(value)
        raise WorkerLost(value)

    def close(self) -> None:
        """Stop the worker, whatever it is doing: a run that failed need not wait for an
        import. The process first, so a job still being sent fails at once. Closing twice
        does nothing more."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        if self._sender is not None:
            self._sender.join(timeout=5)
        for connection in (self._to, self._from):
            connection.close()


def serve() -> None:
    """The worker's life: import Great Expectations, then answer each job sent on stdin
    until it closes. Answers go to the pipe that was stdout; stdout itself is pointed at
    nothing, so a library's print cannot break the answers."""
    answers = Connection(os.dup(1), readable=False)
    jobs = Connection(os.dup(0), writable=False)
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    logging.disable(logging.CRITICAL)

    from pipeline.validate.suites import import_great_expectations, run_suites

    try:
        import_great_expectations()
    except Exception:  # noqa: BLE001 - the job below meets the same error and reports it
        pass
    while True:
        try:
            suites, frames, parameters = jobs.recv()
        except (EOFError, OSError):
            return
        try:
            answer = ("failures", run_suites(suites, frames, parameters))
        except SuiteError as exc:
            answer = ("suite_error", str(exc))
        except Exception as exc:  # noqa: BLE001 - the caller re-runs the suites itself
            answer = ("lost", f"the suites failed in the worker ({type(exc).__name__})")
        answers.send(answer)
