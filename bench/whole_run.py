"""One whole run of a case in this process, for bench_merge.py: prints a JSON line with
the seconds from process start to the import of the pipeline and each stage's seconds.

    python -m bench.whole_run CASE_DIR OUTPUTS_ROOT
"""

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from pipeline.run import run_case  # noqa: E402


def main() -> None:
    os.environ["TQDM_DISABLE"] = "1"
    imported = time.perf_counter() - STARTED
    seconds: dict[str, float] = {}
    run = run_case(Path(sys.argv[1]), Path(sys.argv[2]), seconds=seconds)
    print(json.dumps({"import": imported, "stages": seconds, "rows": len(run.merged),
                      "outputs": sorted(run.outputs),
                      "in_process": time.perf_counter() - STARTED}))


# Guarded: the second process a run starts for its suites imports this module again.
if __name__ == "__main__":
    main()
