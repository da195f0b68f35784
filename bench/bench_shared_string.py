"""What a huge shared string costs the Excel reader: one megabyte of text shown in
thousands of cells (as Apache POI's poc-shared-strings.xlsx), read as a return, against
the same return whose cells show a short string. Best of a few runs; nothing asserted.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from pipeline.case import load_case
from pipeline.ingest import read_file

DEMO_CASE = Path(__file__).resolve().parents[1] / "inputs" / "demo" / "case.toml"
HUGE = ("Notes copied from the case file.\r\n" * 32_000)[:2**20]
ENTRIES = 4_000
REPEATS = 3


def _best(path: Path) -> float:
    case = load_case(path.parent)
    best = float("inf")
    for _ in range(REPEATS):
        began = time.perf_counter()
        read_file(path, case)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    from tests.builders.huge_strings import huge_shared_string_return

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(DEMO_CASE, folder / "case.toml")
        short, huge = folder / "short.xlsx", folder / "huge.xlsx"
        short.write_bytes(huge_shared_string_return("Seen at home.", ENTRIES))
        huge.write_bytes(huge_shared_string_return(HUGE, ENTRIES))
        plain, long = _best(short), _best(huge)
    print(f"{ENTRIES:,} cells showing one 1 MB shared string (best of {REPEATS}): "
          f"{long:.2f} s, against {plain:.2f} s for a short one: {long - plain:+.2f} s")


if __name__ == "__main__":
    main()
