"""One whole run of a case, as the command line makes it, for bench_merge.py: prints a
JSON line with the seconds from process start to the import of the pipeline, each
stage's seconds ("suites": waiting for the second process after merge) and when the run
ended, from process start.

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
    with second_process.started() as second:
        run_case = cli.import_stages()
        imported = time.perf_counter() - STARTED
        seconds: dict[str, float] = {}
        run = run_case(Path(sys.argv[1]), Path(sys.argv[2]), seconds=seconds, second=second)
    print(json.dumps({"import": imported, "stages": seconds, "rows": len(run.merged),
                      "outputs": sorted(run.outputs),
                      "in_process": time.perf_counter() - STARTED}))


if __name__ == "__main__":
    main()
    gc.freeze()          # as pipeline/__main__.py does: no last collection at exit
