"""Reading a 5,000-row Word return: our lxml reader beside python-docx's loop, same file, same run.

The baseline is the obvious python-docx code,
`[[c.text for c in r.cells] for r in doc.tables[i].rows]` after `Document(path)`. Ours is
the whole Word reader (`pipeline.ingest.docx.read`: unzip, parse, lay every table on its
grid, header block, map the columns into rows), and its lxml pass alone (`read_body`).
Each figure is the best of a few runs. Nothing is asserted.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx as python_docx

from pipeline.case import Agency, Case
from pipeline.ingest import Source
from pipeline.ingest import docx as docx_reader
from pipeline.ooxml import wordread
from pipeline.ooxml.package import open_return

ROWS = 5_000
REPEATS = 2


def build_return(path: Path, rows: int, merges: bool = True) -> Path:
    """A fictional 7-column return: year rows, line breaks and (if `merges`) merged dates.

    python-docx's `row.cells` is quadratic in the length of a vertical merge, not in the
    number of merges, so the merged dates here (every 17th row) cost it little extra; the
    plain file is measured too.
    """
    from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx
    from tests.builders.docx_pieces import MERGED, Section

    body = []
    for n in range(rows):
        if n % 1000 == 0:
            body.append(Section(str(2010 + n // 1000)))
        day = f"{n % 28 + 1:02d}/{n % 12 + 1:02d}/2014 14:{n % 60:02d}"
        date = MERGED if merges and n % 17 == 1 else day
        body.append([date, f"Home visit {n}: child seen\nwith mother", "", "Phoned CSC",
                     "Case file", "HV1", f"Comment on entry {n}, no concerns raised."])
    doc = ChronologyDocx().header_block(agency="Health Visiting Service",
                                        date_completed="12/02/2016", completed_by="Author")
    doc.add_table(TEMPLATE_HEADINGS, body)
    return doc.save(path)


def best_of(action: Callable[[], object]) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result


def measure(path: Path, root: Path, case: Case) -> None:
    """Print the three timings for one file."""
    source = Source(path, root)

    def python_docx_loop():
        document = python_docx.Document(str(path))
        return [[c.text for c in r.cells] for r in document.tables[-1].rows]

    def ours_whole():
        return docx_reader.read(open_return(path, case.password), source, case)

    def ours_lxml_pass():
        return docx_reader.read_body(wordread.load_document(path.read_bytes()))

    baseline, their_rows = best_of(python_docx_loop)
    whole, ours = best_of(ours_whole)
    lxml_only, _ = best_of(ours_lxml_pass)
    print(f"  python-docx Document() + row.cells loop: {baseline:.3f} s "
          f"({len(their_rows):,} table rows)")
    print(f"  ours, whole Word reader to Return rows:  {whole:.3f} s "
          f"({ours[0].rows_read:,} entries)   {baseline / whole:.1f}x faster")
    print(f"  ours, the lxml pass alone (read_body):   {lxml_only:.3f} s   "
          f"{baseline / lxml_only:.1f}x faster")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        case = Case(root=root, reference="BENCH-1", review="SCR", subject="Child X",
                    period_from=dt.date(2010, 1, 1), period_to=dt.date(2015, 12, 31),
                    agencies=[Agency("Health Visiting Service", ("HV",))])
        for name, merges in (("with merged dates", True), ("plain", False)):
            start = time.perf_counter()
            path = build_return(root / f"hv_{merges}.docx", ROWS, merges)
            print(f"{ROWS:,}-row return, {name} ({path.stat().st_size // 1024} KB, built in "
                  f"{time.perf_counter() - start:.2f} s), best of {REPEATS}:")
            measure(path, root, case)


if __name__ == "__main__":
    main()
