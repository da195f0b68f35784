"""Reading a 5,000-row Excel return, and what the safety checks cost, in the same run.

Baseline: the obvious openpyxl code, `load_workbook(path)` then
`[[c.value for c in row] for row in ws.iter_rows()]` on every sheet (no heading found, no
merges applied, no header block). Ours: `read_file` (open_return's zip and DTD checks,
the streamed sheet parser, merges, header block, rows with provenance). The checks alone:
`inspect_zip` on the same package, and on a 5,000-row Word return's package. Best of a few
runs each; peak Python memory by tracemalloc. Nothing is asserted.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook

from pipeline.case import load_case
from pipeline.ingest import read_file
from pipeline.ooxml.package import inspect_zip
from tests.builders import hostile
from tests.builders.xlsx_builder import EXCEL_HEADINGS, XlsxReturn

ROWS = 5_000
REPEATS = 3


def build(path: Path, rows: int) -> Path:
    book = XlsxReturn()
    sheet = book.sheet("Chronology")
    sheet.title("Multi-agency chronology")
    sheet.header_block(agency="Health Visiting Service", date_completed="12/02/2016")
    sheet.headings(EXCEL_HEADINGS)
    day = dt.date(2014, 1, 1)
    for index in range(rows):
        if index % 250 == 0:
            sheet.section(str(day.year))
        number = sheet.entry(day + dt.timedelta(days=index // 4), dt.time(9 + index % 8, 15),
                             f"Visit {index}: child seen, weighed and well", "Mother present",
                             "", "Visit record", "HV1", "No concerns" if index % 3 else "")
        if index % 50 == 1:
            sheet.merge_down(1, number - 1, number)
    return book.save(path)


def best(action: Callable[[], object]) -> tuple[float, float]:
    """Best wall time of REPEATS runs (s), and the peak traced memory of one run (MB)."""
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return min(times), peak / 2**20


def openpyxl_baseline(path: Path) -> list:
    workbook = load_workbook(path)
    return [[cell.value for cell in row] for ws in workbook.worksheets for row in ws.iter_rows()]


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "case"
        folder.mkdir()
        (folder / "case.toml").write_text(hostile.CASE_TOML)
        path = build(folder / "hv.xlsx", ROWS)
        case = load_case(folder)
        (ret,) = read_file(path, case)
        print(f"{ROWS:,}-row Excel return, {path.stat().st_size / 2**20:.1f} MB; "
              f"{ret.rows_read:,} rows read")
        base_time, base_peak = best(lambda: openpyxl_baseline(path))
        ours_time, ours_peak = best(lambda: read_file(path, case))
        print(f"  openpyxl load_workbook + iter_rows (baseline): {base_time:6.3f} s, "
              f"peak {base_peak:6.1f} MB")
        print(f"  read_file (checks + reader + rows):            {ours_time:6.3f} s, "
              f"peak {ours_peak:6.1f} MB  ({base_time / ours_time:.1f}x the baseline's speed)")
        data = path.read_bytes()
        check_time, _ = best(lambda: inspect_zip(data))
        print(f"  inspect_zip alone (sizes, DTD scan):           {check_time:6.3f} s "
              f"({100 * check_time / ours_time:.0f}% of read_file)")
        bomb = hostile.zip_bomb(2048)
        bomb_time, bomb_peak = best(lambda: _refuse(bomb))
        print(f"  a 2 GB zip bomb refused in                     {bomb_time:6.3f} s, "
              f"peak {bomb_peak:6.1f} MB")


def _refuse(data: bytes) -> None:
    try:
        inspect_zip(data)
    except Exception:     # IngestError expected: the bomb is refused
        return


if __name__ == "__main__":
    main()
