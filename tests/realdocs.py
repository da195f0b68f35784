"""Sweep a folder of real Word, Excel and CSV files from other projects through ingest.

`python -m tests.realdocs [FOLDER]` (`make realdocs`; FOLDER defaults to ../shared/realdocs)
reads every file as a case folder's return would be read and prints how many were taken
for a chronology, an agency report, terms of reference, not a return (a notice), or
could not be read (by first words of the reason); and how many raised an exception, gave
a message naming a Python exception, or took more than a second. It asserts nothing: the
committed subset under tests/data/realdocs is what the tests check every time.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

from pipeline.case import Case
from pipeline.errors import IngestError, NotAReturn
from pipeline.ingest import read_file
from pipeline.model import Return

DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "shared" / "realdocs"
OFFICE_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm", ".xlsx", ".xlsm", ".xltx", ".csv",
                   ".tsv"}
# "KeyError", "zipfile.BadZipFile", "UnicodeDecodeError" in a message shown to a person.
EXCEPTION_NAME = re.compile(r"\b[A-Z][a-z]+(Error|Exception|Warning)\b|\bBadZipFile\b")
SLOW_SECONDS = 1.0


def sweep_case(folder: Path) -> Case:
    """A case whose root is `folder`, with no agencies: every return is unmatched."""
    return Case(root=folder, reference="REALDOCS", review="sweep", subject="Child X",
                period_from=dt.date(2000, 1, 1), period_to=dt.date(2030, 12, 31))


def outcome(path: Path, case: Case) -> tuple[str, str]:
    """(kind, message): chronology, agency_report, terms_of_reference, not_a_return,
    unreadable, or exception."""
    try:
        items = read_file(path, case)
    except NotAReturn as notice:
        return "not_a_return", str(notice)
    except IngestError as exc:
        return "unreadable", str(exc)
    except Exception as exc:  # noqa: BLE001 - counted, that is the point of the sweep
        return "exception", type(exc).__name__
    kinds = ["chronology" if isinstance(i, Return) else i.kind for i in items]
    return (kinds[0] if kinds else "nothing"), ""


def sweep(folder: Path) -> dict[str, Counter]:
    """Counts of kinds, reasons and defects over every Office or CSV file below `folder`."""
    case = sweep_case(folder)
    kinds: Counter = Counter()
    reasons: Counter = Counter()
    defects: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()
                       and p.suffix.lower() in OFFICE_SUFFIXES):
        began = time.perf_counter()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            kind, message = outcome(path, case)
        seconds = time.perf_counter() - began
        kinds[kind] += 1
        relative = path.relative_to(folder).as_posix()
        examples.setdefault(kind, []).append(relative)
        if kind in ("unreadable", "not_a_return"):
            reasons[f"{kind}: {' '.join(message.split()[:7])}"] += 1
        if EXCEPTION_NAME.search(message) or kind == "exception":
            defects["exception name shown"] += 1
            examples.setdefault("exception name shown", []).append(relative)
        if caught:
            defects["warning reached the caller"] += 1
        if seconds > SLOW_SECONDS:
            defects[f"slower than {SLOW_SECONDS:g} s"] += 1
            examples.setdefault("slow", []).append(f"{relative} {seconds:.1f}s")
    return {"kinds": kinds, "reasons": reasons, "defects": defects, "examples": examples}


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DEFAULT_FOLDER
    if not folder.is_dir():
        print(f"{folder} is not there; nothing to sweep (the corpus lives beside the "
              "repository, in ../shared/realdocs).")
        return 0
    logging.basicConfig(level=logging.ERROR)
    began = time.perf_counter()
    result = sweep(folder)
    total = sum(result["kinds"].values())
    print(f"{total} files swept in {time.perf_counter() - began:.0f} s from {folder}")
    for title in ("kinds", "reasons", "defects"):
        print(f"{title}:")
        for key, count in result[title].most_common():
            print(f"  {count:5d}  {key}")
    verbose = "-v" in argv
    for key, names in result["examples"].items():
        if verbose or key in ("exception", "exception name shown", "slow", "chronology",
                              "agency_report", "terms_of_reference"):
            print(f"{key}: {', '.join(names[:40])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main([a for a in sys.argv[1:]]))
