"""Reading WordprocessingML with lxml: the text a person sees in Word, and table grids.

The one place that reads Word's XML. python-docx misses text that real returns hold
(tracked insertions, content controls, smart tags, simple fields, custom XML) and takes
about a millisecond a row on big tables, so readers walk the tree here once.

What counts as text is Word's "accepted changes" view: insertions and moved-to text are
read; deletions, moved-from text, field instructions and the placeholder text of an
empty content control ("Click or tap to enter a date.") are not. `mc:AlternateContent`
(a text box stored twice, as DrawingML and as VML) is read once. A table nested in a cell
is appended once to that cell's text, one line per nested row, its cells joined by tabs;
it is never read as a table of its own.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from pipeline.errors import IngestError
from pipeline.ooxml.ns import STRICT_TO_TRANSITIONAL, qn
from pipeline.ooxml.package import read_part
from pipeline.ooxml.parser import parse_xml


def w(tag: str) -> str:
    """The Clark name of a w: element ('{namespace}tag')."""
    return qn(f"w:{tag}")


P, TBL, TR, TC, T = w("p"), w("tbl"), w("tr"), w("tc"), w("t")
SDT, SDT_CONTENT, CUSTOM_XML = w("sdt"), w("sdtContent"), w("customXml")
TAB, BR, CR, NO_BREAK_HYPHEN = w("tab"), w("br"), w("cr"), w("noBreakHyphen")
PTAB = w("ptab")
INS, DEL, MOVE_FROM, MOVE_TO = w("ins"), w("del"), w("moveFrom"), w("moveTo")
TC_PR, TR_PR, P_PR, R_PR, SDT_PR = w("tcPr"), w("trPr"), w("pPr"), w("rPr"), w("sdtPr")
GRID_SPAN, V_MERGE, H_MERGE = w("gridSpan"), w("vMerge"), w("hMerge")
GRID_BEFORE, GRID_AFTER, TBL_HEADER = w("gridBefore"), w("gridAfter"), w("tblHeader")
TXBX_CONTENT, SHOWING_PLACEHOLDER = w("txbxContent"), w("showingPlcHdr")
ALTERNATE = qn("mc:AlternateContent")
CHOICE, FALLBACK = qn("mc:Choice"), qn("mc:Fallback")
VAL = w("val")

# Single characters Word draws for these run elements.
_CHARACTERS = {TAB: "\t", PTAB: "\t", BR: "\n", CR: "\n", NO_BREAK_HYPHEN: "-"}

# Subtrees that hold no visible text of the accepted document (or hold properties whose
# w:tab children are tab stops, not tabs).
_SKIPPED = frozenset({DEL, MOVE_FROM, w("delText"), w("instrText"), w("pPr"), w("rPr"),
                      w("sdtPr"), w("sdtEndPr"), w("customXmlPr"), w("smartTagPr"),
                      w("tcPr"), w("trPr"), w("tblPr"), w("fldData"), CHOICE, FALLBACK})

# A paragraph holding none of these is read by one flat C-level sweep (the fast path);
# otherwise by the careful recursive walk.
_NEEDS_WALK = (DEL, MOVE_FROM, w("delText"), w("instrText"), ALTERNATE, TXBX_CONTENT,
               TBL, w("fldData"), SHOWING_PLACEHOLDER)
TAB_STOPS = w("tabs")   # w:pPr/w:tabs/w:tab are tab stops, not tab characters
# One lxml sweep yields these; meeting any of _NEEDS_WALK sends the text to the walk.
_SWEPT = (P, T, TAB, PTAB, BR, CR, NO_BREAK_HYPHEN, *_NEEDS_WALK)
_FAST = frozenset((P, T, TAB, PTAB, BR, CR, NO_BREAK_HYPHEN))


# Word's "Strict Open XML Document" names the same elements in another namespace.
_STRICT_W, _TRANSITIONAL_W = STRICT_TO_TRANSITIONAL[0]


def load_document(data: bytes) -> etree._Element:
    """The root (w:document) of word/document.xml in a .docx package's bytes."""
    content = read_part(data, "word/document.xml")
    if content is None:
        raise IngestError("is not a Word document (it has no word/document.xml); open it in "
                          "Word and save it again as .docx.")
    return parse_xml(content.replace(_STRICT_W, _TRANSITIONAL_W))


def page_header_lines(data: bytes) -> list[str]:
    """The text lines of the page headers (word/header*.xml), in part-name order."""
    names = sorted(n for n in zipfile.ZipFile(io.BytesIO(data)).namelist()
                   if re.fullmatch(r"word/header\d*\.xml", n))
    lines: list[str] = []
    for name in names:
        root = parse_xml((read_part(data, name) or b"").replace(_STRICT_W, _TRANSITIONAL_W))
        for block in iter_blocks(root):
            text = paragraph_text(block) if block.tag == P else _nested_table_text(block)
            lines.extend(line.strip() for line in text.split("\n") if line.strip())
    return lines


def layout_cells(tbl: etree._Element) -> list[etree._Element] | None:
    """The cells of a table used only to lay out the page, or None for a real table.

    Such a table has one cell a row, and its cells hold tables (a whole form drawn inside
    a frame); the tables inside are the document's real tables.
    """
    cells = []
    for tr in iter_rows(tbl):
        row = list(iter_cells(tr))
        if len(row) != 1:
            return None
        cells.append(row[0])
    holds_tables = any(next(iter_blocks_of(cell, TBL), None) is not None for cell in cells)
    return cells if holds_tables else None


def iter_blocks_of(container: etree._Element, tag: str) -> Iterator[etree._Element]:
    """The blocks of `container` with this tag (w:p or w:tbl)."""
    return (block for block in iter_blocks(container) if block.tag == tag)


def body(root: etree._Element) -> etree._Element:
    """The w:body of a w:document root (the root itself if it has none)."""
    found = root.find(w("body"))
    return root if found is None else found


def iter_blocks(container: etree._Element) -> Iterator[etree._Element]:
    """The w:p and w:tbl of a body or cell in reading order, through content controls."""
    for child in container:
        tag = child.tag
        if tag == P or tag == TBL:
            yield child
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None and not showing_placeholder(child):
                yield from iter_blocks(content)
        elif tag == CUSTOM_XML or tag == INS or tag == MOVE_TO:
            yield from iter_blocks(child)
        elif tag == ALTERNATE:
            branch = _one_branch(child)
            if branch is not None:
                yield from iter_blocks(branch)


def paragraph_text(p: etree._Element) -> str:
    """The text of one w:p as Word shows it with changes accepted."""
    text = _swept_text(p)
    if text is None:
        parts: list[str] = []
        _walk(p, parts)
        text = "".join(parts)
    return text


def _swept_text(container: etree._Element) -> str | None:
    """Text of a paragraph or cell by one flat sweep; None if it needs the careful walk.

    Most cells hold only runs of plain text; this reads them about ten times faster than
    the walk, which handles deletions, fields, text boxes and nested tables.
    """
    parts: list[str] = []
    paragraphs = 0
    for element in container.iter(*_SWEPT):
        tag = element.tag
        if tag == T:
            parts.append(element.text or "")
        elif tag == P:
            if paragraphs:
                parts.append("\n")
            paragraphs += 1
        elif tag == TAB:
            if element.getparent().tag != TAB_STOPS:
                parts.append("\t")
        elif tag in _FAST:
            parts.append(_CHARACTERS[tag])
        else:
            return None
    return "".join(parts)


def _walk(element: etree._Element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag == T:
            parts.append(child.text or "")
        elif tag in _CHARACTERS:
            parts.append(_CHARACTERS[tag])
        elif tag in _SKIPPED or not isinstance(tag, str):
            continue                   # deleted text, properties, comments, PIs
        elif tag == ALTERNATE:
            branch = _one_branch(child)
            if branch is not None:
                _walk(branch, parts)
        elif tag == SDT and showing_placeholder(child):
            continue                   # "Click or tap to enter a date.": nothing written
        elif tag == TXBX_CONTENT:
            parts.append(" ".join(_block_text(b) for b in iter_blocks(child)))
        elif tag == TBL:
            parts.append(_nested_table_text(child))
        else:
            _walk(child, parts)        # runs, w:ins, w:moveTo, hyperlinks, sdt, fields...


def showing_placeholder(sdt: etree._Element) -> bool:
    """True when a content control shows its placeholder ("Click here to enter text.")."""
    sdt_pr = sdt.find(SDT_PR)
    flag = None if sdt_pr is None else sdt_pr.find(SHOWING_PLACEHOLDER)
    return flag is not None and flag.get(VAL, "true") not in ("0", "false", "off")


def _in_placeholder_control(tc: etree._Element) -> bool:
    """True for a cell in a cell- or row-level content control showing its placeholder."""
    parent = tc.getparent()
    if parent is not None and parent.tag == SDT_CONTENT:
        return showing_placeholder(parent.getparent())
    row_parent = None if parent is None else parent.getparent()
    return (row_parent is not None and row_parent.tag == SDT_CONTENT
            and showing_placeholder(row_parent.getparent()))


def _one_branch(alternate: etree._Element) -> etree._Element | None:
    """The branch of mc:AlternateContent to read: the first Choice, else the Fallback."""
    branch = alternate.find(CHOICE)
    return branch if branch is not None else alternate.find(FALLBACK)


def paragraph_mark_deleted(p: etree._Element) -> bool:
    """True when the paragraph's mark is a tracked deletion (it joins the next paragraph)."""
    ppr = p.find(P_PR)
    rpr = None if ppr is None else ppr.find(R_PR)
    return rpr is not None and (rpr.find(DEL) is not None or rpr.find(MOVE_FROM) is not None)


def cell_text(tc: etree._Element) -> str:
    """The text of a w:tc: paragraphs joined by "\\n", a nested table appended once."""
    swept = _swept_text(tc)
    if swept is not None:
        return swept.rstrip("\n")
    lines: list[str] = []
    joins_next = False
    for block in iter_blocks(tc):
        text = _block_text(block)
        if joins_next and lines:
            lines[-1] += text
        else:
            lines.append(text)
        joins_next = block.tag == P and paragraph_mark_deleted(block)
    # Word ends a cell with a paragraph after a nested table; empty lines at the end are
    # not text anyone wrote.
    return "\n".join(lines).rstrip("\n")


def _block_text(block: etree._Element) -> str:
    return paragraph_text(block) if block.tag == P else _nested_table_text(block)


def _nested_table_text(tbl: etree._Element) -> str:
    """A nested table as text: one line per row, cells joined by tabs."""
    lines = []
    for tr in iter_rows(tbl):
        cells = [cell_text(tc) for tc in iter_cells(tr)]
        lines.append("\t".join(c for c in cells if c))
    return "\n".join(line for line in lines if line)


def has_tracked_changes(root: etree._Element) -> bool:
    """True when the document holds tracked insertions, deletions or moves."""
    return next(root.iter(INS, DEL, MOVE_FROM, MOVE_TO), None) is not None


# ---- tables -------------------------------------------------------------------------


def iter_rows(tbl: etree._Element) -> Iterator[etree._Element]:
    """The w:tr of a table in order, through row-level content controls and custom XML."""
    return _through_wrappers(tbl, TR)


def iter_cells(tr: etree._Element) -> Iterator[etree._Element]:
    """The w:tc of a row in order, through cell-level content controls and custom XML."""
    return _through_wrappers(tr, TC)


def _through_wrappers(parent: etree._Element, wanted: str) -> Iterator[etree._Element]:
    """`parent`'s `wanted` children in order, also those wrapped in w:sdt or w:customXml."""
    for child in parent:
        tag = child.tag
        if tag == wanted:
            yield child
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _through_wrappers(content, wanted)
        elif tag == CUSTOM_XML:
            yield from _through_wrappers(child, wanted)


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


def grid_columns(tbl: etree._Element) -> int:
    """How many grid columns the table declares (w:tblGrid/w:gridCol); 0 if none."""
    grid = tbl.find(w("tblGrid"))
    return 0 if grid is None else len(grid.findall(w("gridCol")))


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


def grid_rows(tbl: etree._Element) -> Iterator[GridRow]:
    """The table's rows on its grid, tracked deletions left out, in order.

    A table holding nothing that needs the careful walk (no deletions, fields, text boxes,
    nested tables, placeholders) is read by one flat sweep: same result, several times
    faster on the long tables of real returns.
    """
    width = grid_columns(tbl)
    if next(tbl.iterdescendants(*_NEEDS_WALK), None) is None:
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
                "" if _in_placeholder_control(tc) else cell_text(tc))
            layout.add(text, _count(props.get(GRID_SPAN), 1), *merge)
        yield layout.finish(_count(row_props.get(GRID_AFTER), 0), width)


# What the flat sweep of a table meets, in document order.
_TABLE_SWEPT = (TR, TC, P, T, TAB, PTAB, BR, CR, NO_BREAK_HYPHEN, GRID_SPAN, V_MERGE, H_MERGE,
                GRID_BEFORE, GRID_AFTER, TBL_HEADER)


def _swept_rows(tbl: etree._Element, width: int) -> Iterator[GridRow]:
    """Rows of a table without nested tables or tracked changes, by one flat sweep.

    Row properties come before a row's cells, cell properties before a cell's paragraphs,
    so the elements met in document order carry everything grid_rows reads.
    """
    layout: _RowLayout | None = None
    parts: list[str] = []
    paragraphs = span = 0
    v_merge = h_merge = None
    before = after = 0
    header = in_row = in_cell = False

    def end_row() -> GridRow:
        row = layout or _RowLayout(before, header)
        if in_cell:
            text = "".join(parts).rstrip("\n")
            row.add(None if _continues(v_merge, h_merge) else text, span, v_merge, h_merge)
        return row.finish(after, width)

    for element in tbl.iterdescendants(*_TABLE_SWEPT):
        tag = element.tag
        if tag == T:
            parts.append(element.text or "")
        elif tag == P:
            if paragraphs:
                parts.append("\n")
            paragraphs += 1
        elif tag == TC:
            if in_cell:
                text = "".join(parts).rstrip("\n")
                layout.add(None if _continues(v_merge, h_merge) else text, span, v_merge,
                           h_merge)
            elif layout is None:
                layout = _RowLayout(before, header)
            parts, paragraphs, span, v_merge, h_merge, in_cell = [], 0, 1, None, None, True
        elif tag == TR:
            if in_row:
                yield end_row()
            layout, before, after, header, in_row, in_cell = None, 0, 0, False, True, False
        elif tag == TAB:
            if element.getparent().tag != TAB_STOPS:
                parts.append("\t")
        elif tag in _CHARACTERS:
            parts.append(_CHARACTERS[tag])
        else:
            value = element.get(VAL, "")
            if tag == GRID_SPAN:
                span = _count(value, 1)
            elif tag == V_MERGE:
                v_merge = value
            elif tag == H_MERGE:
                h_merge = value
            elif tag == GRID_BEFORE:
                before = _count(value, 0)
            elif tag == GRID_AFTER:
                after = _count(value, 0)
            elif tag == TBL_HEADER:
                header = _on(value)
    if in_row:
        yield end_row()


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
