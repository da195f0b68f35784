"""Word tables as grids (pipeline/ooxml/wordgrid.py): merges and spans on hand-written XML,
and the fast sweep of clean tables against the careful walk."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.etree import fromstring as parsed

from pipeline.ooxml import wordgrid, wordread
from tests.builders.docx_builder import ChronologyDocx
from tests.builders.docx_pieces import MERGED, CellControl, Hyperlink, Row, Span

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def test_vmerge_restart_hmerge_and_span_over_the_whole_grid():
    tbl = parsed(f"""<w:tbl {_W}><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
      <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>d</w:t></w:r>
        </w:p></w:tc><w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr><w:p><w:r>
        <w:t>h</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc></w:tr>
      <w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>
        <w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>
      <w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>2015</w:t></w:r>
        </w:p></w:tc></w:tr></w:tbl>""")
    rows = list(wordgrid.grid_rows(tbl))
    assert [r.cells for r in rows] == [["d", "h", ""], [None, "x", ""], ["2015", "", ""]]
    assert [r.spans_all for r in rows] == [False, False, True]
    assert [r.repeated_header for r in rows] == [False, True, False]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.lists(st.sampled_from(
    ["a", "b\nc", "", "d\te", MERGED, "span", "ctl", "link", "row"]), min_size=4, max_size=4),
    min_size=1, max_size=6), st.integers(0, 1))
def test_flat_sweep_and_careful_walk_read_tables_alike(layout, grid_before):
    """The fast path of clean tables gives what the careful path gives, merges included."""
    rows = []
    for index, cells in enumerate(layout):
        made = []
        for cell in cells:
            if cell is MERGED and index == 0:
                cell = "top"
            made.append({"span": Span("wide", 2), "ctl": CellControl("in control"),
                         "link": [Hyperlink("linked"), " text"]}.get(cell, cell)
                        if isinstance(cell, str) else cell)
        rows.append(Row(made, control=cells[0] == "row", grid_before=grid_before * (index % 2)))
    doc = ChronologyDocx().add_table(["Date", "Child", "Staff", "Comment"], rows)
    tbl = wordread.load_document(doc.to_bytes()).find(".//" + wordread.TBL)
    width = wordgrid.grid_columns(tbl)
    assert list(wordgrid._swept_rows(tbl, width)) == list(wordgrid._walked_rows(tbl, width))
