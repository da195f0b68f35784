"""How many rows a heading set's tables are read with the right meaning.

Each case of tests/data/headings_*.json is built as a real Word return, read as the
pipeline reads it, and each row is counted right when every filled cell landed where the
case expects (see the file's "about") and no cell that is not a contact reached a contact
column.

    python -m tests.heading_figures                  # the published and old held-back files
    python -m tests.heading_figures FILE.json [-v]   # another file of the same form; -v
                                                     # lists each row read wrong
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from pipeline.case import load_case
from pipeline.ingest import read_file
from pipeline.model import Return, Row
from tests.builders.docx_builder import ChronologyDocx

DATA = Path(__file__).parent / "data"
DEMO_CASE = Path(__file__).resolve().parents[1] / "inputs" / "demo" / "case.toml"
CONTACTS = ("child", "family", "communication")


DEFAULT_FILES = ("headings_published.json", "headings_heldout.json")


def load(name: str) -> list[dict]:
    """The cases of a heading file: a path, or a file name in tests/data."""
    path = Path(name) if Path(name).exists() else DATA / name
    return json.loads(path.read_text(encoding="utf-8"))["cases"]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _landed(row: Row, target: str, heading: str, value: str) -> bool:
    contact_lines = [line for name in CONTACTS for line in _lines(getattr(row, name))]
    if target == "contact":
        return value in contact_lines
    if value in contact_lines:
        return False                       # a label, code or flag taken for a contact
    if target == "date":
        return row.date_as_written.startswith(value)
    if target == "end_date":
        return row.date_as_written.endswith(value) and row.date_as_written != value
    if target in ("time", "end_time"):
        title = heading.split("(")[0].strip()
        return value in row.time_as_written or f"{title}: {value}" in _lines(row.comment)
    if target in ("extra", "comment"):
        # Both mean: kept in the comment, as written or as "Heading: value"; which of
        # two comment-like columns takes the template's Comment is not a wrong meaning.
        return any(line == value or line.endswith(f": {value}")
                   for line in _lines(row.comment))
    return value in _lines(getattr(row, target))


def score(case: dict, ret: Return) -> tuple[int, list[str]]:
    """(rows right, what went wrong) for one case read back as `ret`."""
    right, wrong = 0, []
    rows = ret.rows
    if len(rows) != len(case["rows"]):
        return 0, [f"{case['name']}: {len(rows)} rows read of {len(case['rows'])}"]
    for written, row in zip(case["rows"], rows, strict=True):
        misses = [f"{case['headings'][i]!r} -> {target}"
                  for i, (target, value) in enumerate(zip(case["expect"], written, strict=True))
                  if value and not _landed(row, target, case["headings"][i], value)]
        if misses:
            wrong.append(f"{case['name']} row {row.provenance.row}: " + "; ".join(misses))
        else:
            right += 1
    return right, wrong


def read_case(case: dict, folder: Path) -> Return | None:
    doc = ChronologyDocx().header_block(agency="Thames Valley Police",
                                        date_completed="12/02/2016", completed_by="DC X")
    doc.add_table(case["headings"], case["rows"])
    path = doc.save(folder / "return.docx")
    try:
        items = read_file(path, load_case(folder))
    except Exception:  # noqa: BLE001 - a table not read at all scores no row
        return None
    return items[0] if items and isinstance(items[0], Return) else None


def figures(name: str) -> tuple[int, int, list[str]]:
    """(rows read right, rows, what went wrong) over one heading file."""
    right = total = 0
    wrong: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(DEMO_CASE, folder / "case.toml")
        for case in load(name):
            total += len(case["rows"])
            ret = read_case(case, folder)
            if ret is None:
                wrong.append(f"{case['name']}: not read as a chronology")
                continue
            good, missed = score(case, ret)
            right += good
            wrong += missed
    return right, total, wrong


def main(argv: list[str]) -> int:
    names = [a for a in argv if a != "-v"] or DEFAULT_FILES
    missing = [n for n in names if not Path(n).exists() and not (DATA / n).exists()]
    if missing:
        print(f"{', '.join(missing)}: no such heading file (a path, or a name in {DATA})")
        return 2
    for name in names:
        right, total, wrong = figures(name)
        print(f"{name}: {right} of {total} rows read with the right meaning")
        if "-v" in argv:
            for line in wrong:
                print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
