"""No row is rejected for its length: a 4 MB cell reaches every output, whole or continued."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import pytest

from pipeline.run import run_case
from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx

HUGE = ("Home visit notes copied from the case file in full. " * 80_000)[:4 * 2**20]


@pytest.fixture
def long_run(case_dir, tmp_path):
    doc = ChronologyDocx().header_block(agency="Thames Valley Police",
                                        date_completed="12/02/2016", completed_by="DC X")
    doc.add_table(TEMPLATE_HEADINGS, [
        ["03/04/2014", "Seen at home", "", "", "Record", "PC1", ""],
        ["04/04/2014", "Seen again", "", "", "Record", "PC1", HUGE],
    ])
    doc.save(case_dir / "police.docx")
    return run_case(case_dir, tmp_path / "out", write_csv=True, protect=False)


def test_the_row_is_merged_and_a_warning_names_it(long_run):
    [row] = [r for r in long_run.merged if r.comment == HUGE]
    assert "long_cell" in row.flags
    [finding] = [f for f in long_run.findings if f.code == "long_cell"]
    assert (finding.file, finding.row) == ("police.docx", 3)
    assert "Row 3" in finding.message or "row 3" in finding.message


def test_the_csv_and_the_word_chronology_keep_the_cell_whole(long_run):
    folder = long_run.outputs_dir
    text = (folder / "merged_chronology.csv").read_text(encoding="utf-8-sig")
    limit = csv.field_size_limit(len(text) + 1)
    try:
        comments = [r["comment"] for r in csv.DictReader(io.StringIO(text))]
    finally:
        csv.field_size_limit(limit)
    assert HUGE in comments
    with zipfile.ZipFile(folder / "merged_chronology.docx") as package:
        body = package.read("word/document.xml").decode()
    assert body.count("Home visit notes copied") == HUGE.count("Home visit notes copied")


def test_the_workbook_continues_the_cell_and_loses_nothing(long_run):
    from openpyxl import load_workbook

    book = load_workbook(long_run.outputs_dir / "merged_chronology.xlsx", read_only=True)
    sheet = book["Chronology"]
    rows = [[c for c in row if isinstance(c, str)] for row in sheet.iter_rows(values_only=True)]
    [long] = [r for r in rows if any("Home visit notes copied" in c for c in r)]
    assert all(len(c) <= 32_767 for c in long)
    first = next(c for c in long if c.startswith("Home visit notes copied"))
    continued = [re.sub(r"^\[Comment, part \d+\] ", "", c) for c in long
                 if c.startswith("[Comment, part ")]
    assert len(continued) > 100 and first + "".join(continued) == HUGE
