"""One whole run of a case, as the command line makes it, for bench_merge.py: prints a
JSON line with the seconds from process start to the import of the pipeline, each
stage's seconds ("suites": waiting for the second process after merge), when the run
ended, from process start, and when the second process had imported Great Expectations
("suites_ready") and answered ("suites_answered"), and had drawn the last of the pictures
it draws ("drawn"), from process start: whether the run waits for it.

    python -m bench.whole_run CASE_DIR OUTPUTS_ROOT
"""

import time

STARTED = time.perf_counter()

import gc  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from pipeline import cli, second_process  # noqa: E402


def main() -> None:
    os.environ["TQDM_DISABLE"] = "1"
    # As pipeline/cli.py's merge does: the suites' process first, then the stages' modules.
    second_seconds: dict[str, float] = {}
    with second_process.started() as second:
        if second is not None:
            _when_done(second.futures[0], "suites_ready", second_seconds)
            submit = second.submit
            jobs = iter(["suites_answered"])      # the first job is the suites, then pictures
            second.submit = lambda *job: _when_done(submit(*job), next(jobs, "drawn"),
                                                   second_seconds)
        run_case = cli.import_stages()
        imported = time.perf_counter() - STARTED
        seconds: dict[str, float] = {}
        run = run_case(Path(sys.argv[1]), Path(sys.argv[2]), seconds=seconds, second=second)
    print(json.dumps({"import": imported, "stages": seconds, "rows": len(run.merged),
                      "outputs": sorted(run.outputs), **second_seconds,
                      "in_process": time.perf_counter() - STARTED}))


def _when_done(future, name: str, seconds: dict[str, float]):
    """`future`, noting in `seconds` when it is done, from process start (the latest of
    those of one name)."""
    if future is not None:
        future.add_done_callback(
            lambda _: seconds.__setitem__(name, time.perf_counter() - STARTED))
    return future


if __name__ == "__main__":
    main()
    gc.freeze()          # as pipeline/__main__.py does: no last collection at exit
