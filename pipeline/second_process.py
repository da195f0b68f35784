"""The second process a run's validate suites run in (pipeline/run.py gives it one job,
a Future, and joins it after merge).

Great Expectations takes about two seconds to import, as long as the rest of a run before
assemble. The second process imports it while this one imports the stages and reads the
case, so it is started first thing: the command line starts it before it imports the
pipeline's stages (pipeline/cli.py), and a run started without one starts its own.

It is forked, not spawned: a spawned process starts a new interpreter and imports the
main module again (bench/whole_run.py, and with it every stage of the pipeline); forked
before the stages are imported, it holds the standard library and little else, and
imports only the suites' module and Great Expectations. Nothing here imports the stages:
this module is imported before them.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

log = logging.getLogger(__name__)


def _prepare() -> None:
    """The second process's first job: the suites' module and Great Expectations imported
    there, while the run reads the case. Imported here, in that process only, because
    this module is imported (and the process forked) before the pipeline's stages."""
    from pipeline.validate import suites

    suites.start_second_process()


class SecondProcess:
    """One worker process, forked now; `submit` gives the Future of a job run there."""

    def __init__(self) -> None:
        self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        self.futures = [self.pool.submit(_prepare)]

    def submit(self, job: Callable, *arguments: object) -> Future | None:
        """`job(*arguments)` running there; None when the process has stopped (the caller
        then runs it here)."""
        try:
            future = self.pool.submit(job, *arguments)
        except (BrokenProcessPool, RuntimeError) as exc:
            log.warning("validate: the second process stopped (%s); the suites run here",
                        type(exc).__name__)
            return None
        self.futures.append(future)
        return future

    def stop(self) -> None:
        """Stopped, whatever it is doing: its memory back for assemble, no thread left
        (assemble may fork), no run waiting for an import or a stuck suite. Stopping a
        stopped process does nothing."""
        if not all(future.done() for future in self.futures):
            # No public way to stop a busy worker before Python 3.14's terminate_workers.
            for process in list((self.pool._processes or {}).values()):
                process.kill()
        self.pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def started() -> Iterator[SecondProcess | None]:
    """A second process for the length of the block (stopped at its end, if the run has
    not stopped it before); None when the system gives none."""
    try:
        second = SecondProcess()
    except OSError as exc:
        log.warning("validate: no second process (%s); the suites run here",
                    type(exc).__name__)
        yield None
        return
    try:
        yield second
    finally:
        second.stop()
