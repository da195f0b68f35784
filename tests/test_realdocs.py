"""Real files from other projects' test suites (tests/data/realdocs, SOURCES.tsv beside
them): read as a case folder's files are, each is classified as expected, with no
traceback, no message naming a Python exception and no library warning let through."""

from __future__ import annotations

import csv
import hashlib
import warnings
from pathlib import Path

import pytest

from tests.realdocs import EXCEPTION_NAME, outcome, sweep_case

FOLDER = Path(__file__).parent / "data" / "realdocs"
SOURCES = list(csv.DictReader((FOLDER / "SOURCES.tsv").open(encoding="utf-8"),
                              delimiter="\t"))


def test_every_file_is_listed_with_its_source_and_license():
    listed = {row["file"] for row in SOURCES}
    on_disk = {p.name for p in FOLDER.iterdir()} - {"SOURCES.tsv", "LICENSES.md",
                                                     "LICENSE-Apache-2.0.txt"}
    assert listed == on_disk
    for row in SOURCES:
        assert row["license"] in ("Apache-2.0", "BSD-3-Clause", "MIT"), row["file"]
        assert hashlib.sha256((FOLDER / row["file"]).read_bytes()).hexdigest() == row["sha256"]


@pytest.mark.parametrize("row", SOURCES, ids=lambda row: row["file"])
def test_a_real_file_is_classified_as_expected(row):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        kind, message = outcome(FOLDER / row["file"], sweep_case(FOLDER))
    assert kind == row["expected"], message
    assert not EXCEPTION_NAME.search(message), message
    assert [str(w.message) for w in caught] == []
