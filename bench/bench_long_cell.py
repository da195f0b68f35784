"""What one 4 MB cell costs a whole run: the same small case with and without it, same run.

The case is one Word return of 50 entries; in the second copy one entry's comment is
4 MB of text (kept whole in the Word chronology and the CSV, continued in the workbook).
Each figure is the best of a few runs, stage by stage. Nothing is asserted.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from pipeline.run import run_case

DEMO_CASE = Path(__file__).resolve().parents[1] / "inputs" / "demo" / "case.toml"
HUGE = ("Home visit notes copied from the case file in full. " * 80_000)[:4 * 2**20]
ENTRIES = 50
REPEATS = 5


def _case(folder: Path, long_comment: str) -> Path:
    from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx

    folder.mkdir(parents=True)
    shutil.copy(DEMO_CASE, folder / "case.toml")
    rows = [[f"{1 + n % 28:02d}/0{1 + n % 9}/2014", f"Seen at home, visit {n}", "", "",
             "Record", "PC1", long_comment if n == ENTRIES // 2 else ""]
            for n in range(ENTRIES)]
    doc = ChronologyDocx().header_block(agency="Thames Valley Police",
                                        date_completed="12/02/2016", completed_by="DC X")
    doc.add_table(TEMPLATE_HEADINGS, rows)
    doc.save(folder / "police.docx")
    return folder


def _best(case_dir: Path, outputs: Path) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(REPEATS):
        shutil.rmtree(outputs, ignore_errors=True)
        seconds: dict[str, float] = {}
        began = time.perf_counter()
        run_case(case_dir, outputs, write_csv=True, protect=False, today=dt.date(2016, 3, 1),
                 seconds=seconds)
        seconds["whole run"] = time.perf_counter() - began
        best = {k: min(v, best.get(k, v)) for k, v in seconds.items()}
    return best


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        plain = _best(_case(root / "plain", ""), root / "out")
        long = _best(_case(root / "long", HUGE), root / "out")
    print(f"one 4 MB cell in a {ENTRIES}-entry return (best of {REPEATS}):")
    for stage in plain:
        print(f"  {stage:10s} {plain[stage]:6.2f} s without, {long[stage]:6.2f} s with: "
              f"{long[stage] - plain[stage]:+.2f} s")


if __name__ == "__main__":
    main()
