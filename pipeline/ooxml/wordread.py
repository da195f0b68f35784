"""Reading WordprocessingML with lxml: the text a person sees in Word (wordgrid.py lays
tables on their grid with it).

With wordgrid.py, the one place that reads Word's XML. python-docx misses text that real
returns hold (tracked insertions, content controls, smart tags, simple fields, custom
XML) and takes about a millisecond a row on big tables, so readers walk the tree here once.

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
CHARACTERS = {TAB: "\t", PTAB: "\t", BR: "\n", CR: "\n", NO_BREAK_HYPHEN: "-"}

# Subtrees that hold no visible text of the accepted document (or hold properties whose
# w:tab children are tab stops, not tabs).
_SKIPPED = frozenset({DEL, MOVE_FROM, w("delText"), w("instrText"), w("pPr"), w("rPr"),
                      w("sdtPr"), w("sdtEndPr"), w("customXmlPr"), w("smartTagPr"),
                      w("tcPr"), w("trPr"), w("tblPr"), w("fldData"), CHOICE, FALLBACK})

# A paragraph holding none of these is read by one flat C-level sweep (the fast path);
# otherwise by the careful recursive walk.
NEEDS_WALK = (DEL, MOVE_FROM, w("delText"), w("instrText"), ALTERNATE, TXBX_CONTENT,
               TBL, w("fldData"), SHOWING_PLACEHOLDER)
TAB_STOPS = w("tabs")   # w:pPr/w:tabs/w:tab are tab stops, not tab characters
# One lxml sweep yields these; meeting any of NEEDS_WALK sends the text to the walk.
_SWEPT = (P, T, TAB, PTAB, BR, CR, NO_BREAK_HYPHEN, *NEEDS_WALK)
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
            parts.append(CHARACTERS[tag])
        else:
            return None
    return "".join(parts)


def _walk(element: etree._Element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag == T:
            parts.append(child.text or "")
        elif tag in CHARACTERS:
            parts.append(CHARACTERS[tag])
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


def in_placeholder_control(tc: etree._Element) -> bool:
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
