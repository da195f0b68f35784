"""Word tables laid on their grid: a cell per grid column, merges and spans resolved.

A row of a Word table does not list one cell per column: a cell may span several grid
columns (w:gridSpan), continue the cell above (w:vMerge) or, in Word 97's files, the cell
before it (w:hMerge), and a row may skip columns before or after its cells (w:gridBefore,
w:gridAfter). `grid_rows` lays each row on the table's grid, with the cell text wordread
gives. Two ways, one result: the careful walk, row by row and cell by cell through
wordread, for any table; and one flat sweep of the table's elements in document order for
a table holding nothing that needs the walk (the long tables of real returns), several
times faster. tests/ingest/test_docx.py checks that both agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from pipeline.ooxml.wordread import (
    BR,
    CHARACTERS,
    CR,
    DEL,
    GRID_AFTER,
    GRID_BEFORE,
    GRID_SPAN,
    H_MERGE,
    NEEDS_WALK,
    NO_BREAK_HYPHEN,
    PTAB,
    TAB,
    TAB_STOPS,
    TBL_HEADER,
    TC,
    TC_PR,
    TR,
    TR_PR,
    V_MERGE,
    VAL,
    P,
    T,
    cell_text,
    in_placeholder_control,
    iter_cells,
    iter_rows,
    w,
)


@dataclass
class GridRow:
    """One table row laid on the grid: a cell per grid column.

    A cell is "" in the columns a horizontal merge covers after its first, and None where
    a vertical merge continues the cell above. `spans_all` is True when one cell covers the
    whole grid (a section heading such as a year).
    """

    cells: list[str | None]
    spans_all: bool
    repeated_header: bool


def grid_columns(tbl: etree._Element) -> int:
    """How many grid columns the table declares (w:tblGrid/w:gridCol); 0 if none."""
    grid = tbl.find(w("tblGrid"))
    return 0 if grid is None else len(grid.findall(w("gridCol")))


def grid_rows(tbl: etree._Element) -> Iterator[GridRow]:
    """The table's rows on its grid, tracked deletions left out, in order.

    A table holding nothing that needs the careful walk (no deletions, fields, text boxes,
    nested tables, placeholders) is read by one flat sweep: same result, several times
    faster on the long tables of real returns.
    """
    width = grid_columns(tbl)
    if next(tbl.iterdescendants(*NEEDS_WALK), None) is None:
        return _swept_rows(tbl, width)
    return _walked_rows(tbl, width)


def _walked_rows(tbl: etree._Element, width: int) -> Iterator[GridRow]:
    """Rows of any table, row by row and cell by cell (the careful path)."""
    for tr in iter_rows(tbl):
        row_props = _properties(tr.find(TR_PR))
        if DEL in row_props:
            continue
        layout = _RowLayout(_count(row_props.get(GRID_BEFORE), 0), _on(row_props.get(TBL_HEADER)))
        for tc in iter_cells(tr):
            first = tc[0] if len(tc) else None
            props = _properties(first if first is not None and first.tag == TC_PR else None)
            merge = props.get(V_MERGE), props.get(H_MERGE)
            text = None if _continues(*merge) else (
                "" if in_placeholder_control(tc) else cell_text(tc))
            layout.add(text, _count(props.get(GRID_SPAN), 1), *merge)
        yield layout.finish(_count(row_props.get(GRID_AFTER), 0), width)


# What the flat sweep of a table meets, in document order.
_TABLE_SWEPT = (TR, TC, P, T, TAB, PTAB, BR, CR, NO_BREAK_HYPHEN, GRID_SPAN, V_MERGE, H_MERGE,
                GRID_BEFORE, GRID_AFTER, TBL_HEADER)


def _swept_rows(tbl: etree._Element, width: int) -> Iterator[GridRow]:
    """Rows of a table without nested tables or tracked changes, by one flat sweep.

    Row properties come before a row's cells, cell properties before a cell's paragraphs,
    so the elements met in document order carry everything grid_rows reads. What comes
    before the first row (nothing, in a table Word wrote) goes to a row never listed.
    """
    row, in_row = _SweptRow(), False
    append = row.parts.append
    for element in tbl.iterdescendants(*_TABLE_SWEPT):
        tag = element.tag
        if tag == T:
            append(element.text or "")
        elif tag == P:
            row.paragraph()
        elif tag == TC:
            row.cell()
            append = row.parts.append
        elif tag == TR:
            if in_row:
                yield row.finish(width)
            row, in_row = _SweptRow(), True
            append = row.parts.append
        elif tag == TAB:
            if element.getparent().tag != TAB_STOPS:
                append("\t")
        elif tag in CHARACTERS:
            append(CHARACTERS[tag])
        else:
            row.set(tag, element.get(VAL, ""))
    if in_row:
        yield row.finish(width)


class _SweptRow:
    """A row as the flat sweep meets it: its properties, then its cells one by one."""

    def __init__(self) -> None:
        self.layout: _RowLayout | None = None      # made when the first cell begins
        self.parts: list[str] = []                 # the text of the cell being read
        self.paragraphs = 0
        self.span, self.v_merge, self.h_merge = 1, None, None
        self.before = self.after = 0
        self.header = False

    def paragraph(self) -> None:
        if self.paragraphs:
            self.parts.append("\n")
        self.paragraphs += 1

    def cell(self) -> None:
        """A cell begins: the one read before it is laid on the grid."""
        if self.layout is None:
            self.layout = _RowLayout(self.before, self.header)
        else:
            self._lay_cell()
        self.parts, self.paragraphs, self.span, self.v_merge, self.h_merge = [], 0, 1, None, None

    def set(self, tag: str, value: str) -> None:
        """A row's or a cell's property, by its element's tag."""
        if tag == GRID_SPAN:
            self.span = _count(value, 1)
        elif tag == V_MERGE:
            self.v_merge = value
        elif tag == H_MERGE:
            self.h_merge = value
        elif tag == GRID_BEFORE:
            self.before = _count(value, 0)
        elif tag == GRID_AFTER:
            self.after = _count(value, 0)
        elif tag == TBL_HEADER:
            self.header = _on(value)

    def finish(self, width: int) -> GridRow:
        if self.layout is None:                    # a row without cells
            return _RowLayout(self.before, self.header).finish(self.after, width)
        self._lay_cell()
        return self.layout.finish(self.after, width)

    def _lay_cell(self) -> None:
        text = "".join(self.parts).rstrip("\n")
        merged = _continues(self.v_merge, self.h_merge)
        self.layout.add(None if merged else text, self.span, self.v_merge, self.h_merge)


def _properties(props: etree._Element | None) -> dict[str, str]:
    """A properties element's children, by tag, to their w:val ("" when absent)."""
    if props is None:
        return {}
    return {child.tag: child.get(VAL, "") for child in props if isinstance(child.tag, str)}


def _count(value: str | None, default: int) -> int:
    try:
        return max(int(value), 0) if value else default
    except ValueError:
        return default


def _on(value: str | None) -> bool:
    """A w:ST_OnOff property that is present and not switched off."""
    return value is not None and value not in ("0", "false", "off")


def _continues(v_merge: str | None, h_merge: str | None) -> bool:
    """True for a cell that a vertical or (Word 97) horizontal merge continues."""
    return (v_merge is not None and v_merge != "restart") or (
        h_merge is not None and h_merge != "restart")


class _RowLayout:
    """Cells of one row being laid on the grid."""

    def __init__(self, grid_before: int, repeated_header: bool):
        self.cells: list[str | None] = [""] * grid_before
        self.repeated_header = repeated_header
        self.real_cells = 0
        self.widest = 0

    def add(self, text: str | None, span: int, v_merge: str | None,
            h_merge: str | None) -> None:
        """A cell: its text, or None when a merge continues it."""
        if span < 1:
            span = 1
        if text is None and h_merge is not None and h_merge != "restart":
            self.cells.extend([""] * span)        # Word 97's merge: the text is in the first
            return
        self.real_cells += 1
        if text is None:
            self.cells.extend([None] * span)      # continues the cell above
            return
        self.cells.append(text)
        if span > 1:
            self.cells.extend([""] * (span - 1))
        if span > self.widest:
            self.widest = span

    def finish(self, grid_after: int, width: int) -> GridRow:
        cells = self.cells
        cells.extend([""] * grid_after)
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
        columns = max(width, len(cells))
        spans_all = self.real_cells == 1 and columns > 1 and self.widest == columns
        return GridRow(cells, spans_all, self.repeated_header)
