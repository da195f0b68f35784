"""Reading WordprocessingML with lxml: the text a person sees in Word, and table grids.

The one place that knows Word's XML. python-docx misses text that real returns hold
(tracked insertions, content controls, smart tags, simple fields, custom XML) and is slow
on big tables (see /work/shared/notes/docx_perf.md), so readers walk the tree here once.

What counts as text is Word's "accepted changes" view: insertions and moved-to text are
read; deletions, moved-from text, field instructions and the placeholder text of an
empty content control ("Click or tap to enter a date.") are not. `mc:AlternateContent`
(a text box stored twice, as DrawingML and as VML) is read once. A table nested in a cell
is appended once to that cell's text, one line per nested row, its cells joined by tabs;
it is never read as a table of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from pipeline.ingest.errors import IngestError
from pipeline.ingest.package import parse_xml, read_part

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(tag: str) -> str:
    """The Clark name of a w: element ('{namespace}tag')."""
    return f"{{{W_NS}}}{tag}"


P, TBL, TR, TC, T = w("p"), w("tbl"), w("tr"), w("tc"), w("t")
SDT, SDT_CONTENT, CUSTOM_XML = w("sdt"), w("sdtContent"), w("customXml")
TAB, BR, CR, NO_BREAK_HYPHEN = w("tab"), w("br"), w("cr"), w("noBreakHyphen")
INS, DEL, MOVE_FROM, MOVE_TO = w("ins"), w("del"), w("moveFrom"), w("moveTo")
ALTERNATE = f"{{{MC_NS}}}AlternateContent"
CHOICE, FALLBACK = f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"
VAL = w("val")

# Single characters Word draws for these run elements.
_CHARACTERS = {TAB: "\t", BR: "\n", CR: "\n", NO_BREAK_HYPHEN: "-"}

# Subtrees that hold no visible text of the accepted document (or hold properties whose
# w:tab children are tab stops, not tabs).
_SKIPPED = frozenset({DEL, MOVE_FROM, w("delText"), w("instrText"), w("pPr"), w("rPr"),
                      w("sdtPr"), w("sdtEndPr"), w("customXmlPr"), w("smartTagPr"),
                      w("tcPr"), w("trPr"), w("tblPr"), w("fldData"), CHOICE, FALLBACK})

# A paragraph holding none of these is read by one flat C-level sweep (the fast path);
# otherwise by the careful recursive walk.
_NEEDS_WALK = (DEL, MOVE_FROM, w("delText"), w("instrText"), ALTERNATE, w("tabs"),
               w("txbxContent"), TBL, w("fldData"), w("showingPlcHdr"))


def load_document(data: bytes) -> etree._Element:
    """The root (w:document) of word/document.xml in a .docx package's bytes."""
    content = read_part(data, "word/document.xml")
    if content is None:
        raise IngestError("is not a Word document (it has no word/document.xml); open it in "
                          "Word and save it again as .docx.")
    return parse_xml(content)


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
    if next(p.iter(*_NEEDS_WALK), None) is None:
        parts = []
        for element in p.iter(T, TAB, BR, CR, NO_BREAK_HYPHEN):
            parts.append(element.text or "" if element.tag == T else _CHARACTERS[element.tag])
        return "".join(parts)
    parts = []
    _walk(p, parts)
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
        elif tag == w("txbxContent"):
            parts.append(" ".join(_block_text(b) for b in iter_blocks(child)))
        elif tag == TBL:
            parts.append(_nested_table_text(child))
        else:
            _walk(child, parts)        # runs, w:ins, w:moveTo, hyperlinks, sdt, fields...


def showing_placeholder(sdt: etree._Element) -> bool:
    """True when a content control shows its placeholder ("Click here to enter text.")."""
    sdt_pr = sdt.find(w("sdtPr"))
    flag = None if sdt_pr is None else sdt_pr.find(w("showingPlcHdr"))
    return flag is not None and flag.get(VAL, "true") not in ("0", "false", "off")


def _one_branch(alternate: etree._Element) -> etree._Element | None:
    """The branch of mc:AlternateContent to read: the first Choice, else the Fallback."""
    branch = alternate.find(CHOICE)
    return branch if branch is not None else alternate.find(FALLBACK)


def paragraph_mark_deleted(p: etree._Element) -> bool:
    """True when the paragraph's mark is a tracked deletion (it joins the next paragraph)."""
    ppr = p.find(w("pPr"))
    rpr = None if ppr is None else ppr.find(w("rPr"))
    return rpr is not None and (rpr.find(DEL) is not None or rpr.find(MOVE_FROM) is not None)


def cell_text(tc: etree._Element) -> str:
    """The text of a w:tc: paragraphs joined by "\\n", a nested table appended once."""
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
    for child in tbl:
        tag = child.tag
        if tag == TR:
            yield child
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from iter_rows(content)
        elif tag == CUSTOM_XML:
            yield from iter_rows(child)


def iter_cells(tr: etree._Element) -> Iterator[etree._Element]:
    """The w:tc of a row in order, through cell-level content controls and custom XML."""
    for child in tr:
        tag = child.tag
        if tag == TC:
            yield child
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from iter_cells(content)
        elif tag == CUSTOM_XML:
            yield from iter_cells(child)


def _int_property(parent: etree._Element | None, tag: str, default: int) -> int:
    element = None if parent is None else parent.find(tag)
    if element is None:
        return default
    try:
        return max(int(element.get(VAL, default)), 0)
    except ValueError:
        return default


def row_deleted(tr: etree._Element) -> bool:
    """True when the whole row is a tracked deletion (w:trPr/w:del)."""
    trpr = tr.find(w("trPr"))
    return trpr is not None and trpr.find(DEL) is not None


def row_is_repeated_header(tr: etree._Element) -> bool:
    """True when Word repeats this row at the top of each page (w:trPr/w:tblHeader)."""
    trpr = tr.find(w("trPr"))
    flag = None if trpr is None else trpr.find(w("tblHeader"))
    return flag is not None and flag.get(VAL, "true") not in ("0", "false", "off")


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
    """The table's rows on its grid, tracked deletions left out, in order."""
    width = grid_columns(tbl)
    for tr in iter_rows(tbl):
        if row_deleted(tr):
            continue
        trpr = tr.find(w("trPr"))
        cells: list[str | None] = [""] * _int_property(trpr, w("gridBefore"), 0)
        real_cells = 0
        widest = 0
        for tc in iter_cells(tr):
            tcpr = tc.find(w("tcPr"))
            span = max(_int_property(tcpr, w("gridSpan"), 1), 1)
            if _continues(tcpr, "vMerge"):
                cells.extend([None] * span)
                real_cells += 1
                continue
            if _continues(tcpr, "hMerge"):   # Word 97's horizontal merge: text is in the first
                cells.extend([""] * span)
                continue
            cells.append(cell_text(tc))
            cells.extend([""] * (span - 1))
            real_cells += 1
            widest = max(widest, span)
        cells.extend([""] * _int_property(trpr, w("gridAfter"), 0))
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
        columns = max(width, len(cells))
        spans_all = real_cells == 1 and columns > 1 and widest == columns
        yield GridRow(cells, spans_all, row_is_repeated_header(tr))


def _continues(tcpr: etree._Element | None, tag: str) -> bool:
    """True for a w:vMerge/w:hMerge that continues the cell before (no val="restart")."""
    element = None if tcpr is None else tcpr.find(w(tag))
    return element is not None and element.get(VAL, "continue") != "restart"
