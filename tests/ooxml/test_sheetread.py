"""Sheet cells as the text a person sees; a shared string costs one pass however many
cells show it."""

from __future__ import annotations

import datetime as dt

from pipeline.case import load_case
from pipeline.ingest import read_file
from pipeline.ooxml import sheetread
from tests.builders.huge_strings import huge_shared_string_return

# A megabyte of notes pasted into one cell, with Windows line ends, shown in every row.
HUGE = ("Notes copied from the case file.\r\n" * 32_000)[:2**20]


def test_a_huge_shared_string_in_many_cells_is_read_whole_and_made_text_once(
        case_dir, monkeypatch):
    path = case_dir / "police.xlsx"
    path.write_bytes(huge_shared_string_return(HUGE, entries=400))
    made: list[int] = []
    convert = sheetread.cell_text

    def counted(value, shown="dmy"):
        if isinstance(value, str) and len(value) > 1000:
            made.append(len(value))
        return convert(value, shown)

    monkeypatch.setattr(sheetread, "cell_text", counted)
    [ret] = read_file(path, load_case(case_dir))
    assert len(ret.rows) == 400
    expected = HUGE.replace("\r\n", "\n")
    assert all(row.comment == expected for row in ret.rows)
    assert all("long_cell" in row.flags for row in ret.rows)     # kept whole, and said
    assert made == [len(HUGE)]          # made text once, not once for each of 400 cells


def test_cell_values_as_shown():
    assert sheetread.cell_text("a\r\nb\rc") == "a\nb\nc"
    assert sheetread.cell_text("plain") == "plain"
    assert sheetread.cell_text(dt.datetime(2014, 4, 3, 14, 30)) == "03/04/2014 14:30"
    assert sheetread.cell_text(dt.date(2014, 4, 3), "my") == "April 2014"
    assert sheetread.cell_text(12.0) == "12" and sheetread.cell_text(True) == "TRUE"
