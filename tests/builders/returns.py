"""A police return of given headings and rows in each format the pipeline reads (Word,
Excel, CSV), under its header block, and the one return read back from it: for the
tests of column meaning."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pipeline.case import load_case
from pipeline.ingest import read_file
from pipeline.model import Return
from tests.builders.docx_builder import ChronologyDocx
from tests.builders.xlsx_builder import XlsxReturn

AGENCY = "Thames Valley Police"


def docx_return(folder: Path, headings: list[str], rows: list[list[str]]) -> Path:
    doc = ChronologyDocx().header_block(agency=AGENCY)
    doc.add_table(headings, rows)
    return doc.save(folder / "return.docx")


def xlsx_return(folder: Path, headings: list[str], rows: list[list[str]]) -> Path:
    book = XlsxReturn()
    sheet = book.sheet("Chronology")
    sheet.header_block(agency=AGENCY)
    sheet.headings(headings)
    for cells in rows:
        sheet.entry(*cells)
    return book.save(folder / "return.xlsx")


def csv_return(folder: Path, headings: list[str], rows: list[list[str]]) -> Path:
    stream = io.StringIO(newline="")
    csv.writer(stream).writerows([["Agency:", AGENCY], headings, *rows])
    path = folder / "return.csv"
    path.write_text(stream.getvalue(), encoding="utf-8")
    return path


def read_return(path: Path) -> Return:
    """The one return `path` holds, read with the case.toml beside it."""
    [ret] = read_file(path, load_case(path.parent))
    return ret
