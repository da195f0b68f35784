"""Writing WordprocessingML tables as text, for the big tables of the chronology documents;
making and saving python-docx documents quickly.

python-docx adds about a millisecond a row; a 40,000-row chronology is built here as one
XML string instead and put into the document in place of a marker paragraph. Text is
escaped, line breaks become w:br and tabs w:tab, characters XML cannot hold are dropped
(Word cannot hold them either). The documents python-docx makes start as a copy of its
template read once (`blank_document`) and are saved with the same parts in our package
zip (`docx_bytes`).
"""

from __future__ import annotations

import copy
import functools
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.pkgwriter import PackageWriter
from docx.oxml import parse_xml
from docx.text.paragraph import Paragraph

from pipeline.ooxml.ns import nsdecls, qn
from pipeline.ooxml.zipwrite import PackageZip

MARKER = "@@TABLE:{name}@@"

# XML 1.0 forbids most control characters; a cell holding one would corrupt the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PLAIN = re.compile("[^\x00-\x1f\ufffe\uffff]*")    # no break, tab or control character
_CONTROL = re.compile("([\t\n\r])")
_SAFE = re.compile("[^\x00-\x1f\ufffe\uffff&<>]*")   # and nothing to escape
_BORDER = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
_BORDERS = "".join(_BORDER.format(side=s)
                   for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
# Rows with more text than this may be taller than a page; they are allowed to split
# across pages, because a row that cannot split and does not fit is cut off in print.
CANT_SPLIT_LIMIT = 1500
_ROWS_A_PART = 256


class Cell(NamedTuple):
    """One cell: its text, an optional fill colour ("RRGGBB") and bold. (A tuple: tens of
    thousands are made per document.)"""

    text: str
    fill: str = ""
    bold: bool = False


# A cell as a plain (text, fill, bold) tuple: a table of 20,000 rows has 220,000 cells,
# and making each a Cell takes longer than writing its XML.
CellTuple = tuple[str, str, bool]


def runs(text: str, bold: bool = False) -> str:
    """The w:r content of one paragraph holding `text`: line breaks as w:br, tabs as w:tab."""
    if not text:
        return ""
    properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    if _SAFE.fullmatch(text):           # most cells: one line, nothing to escape or drop
        return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'
    if _PLAIN.fullmatch(text):
        return f'<w:r>{properties}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    text = _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text:
        return ""
    pieces = []
    for number, line in enumerate(text.split("\n")):
        if number:
            pieces.append("<w:br/>")
        for part_number, part in enumerate(line.split("\t")):
            if part_number:
                pieces.append("<w:tab/>")
            if part:
                pieces.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    return f"<w:r>{properties}{''.join(pieces)}</w:r>"


def cell(content: Cell, width: int | None = None) -> str:
    """One w:tc. `width` in twentieths of a point; body rows leave it to the grid."""
    return (f"<w:tc>{_cell_properties(content.fill, width)}"
            f"<w:p>{runs(content.text, content.bold)}</w:p></w:tc>")


@functools.cache
def _fill_properties(fill: str) -> str:
    """A body cell's w:tcPr: its fill alone."""
    return _cell_properties(fill, None)


@functools.cache
def _cell_properties(fill: str, width: int | None) -> str:
    """A cell's w:tcPr (a table has a few fills and widths, and thousands of cells)."""
    properties = []
    if width is not None:
        properties.append(f'<w:tcW w:w="{width}" w:type="dxa"/>')
    if fill:
        properties.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
    return f"<w:tcPr>{''.join(properties)}</w:tcPr>" if properties else ""


def row(cells: Iterable[CellTuple], *, header: bool = False,
        widths: list[int] | None = None) -> str:
    """One w:tr of Cells (or tuples of the same three fields). A header row repeats on
    every page (w:tblHeader); rows do not split across pages (w:cantSplit) unless they
    hold more text than a page may show."""
    if widths is not None:
        cells = list(cells)
        body = "".join(cell(Cell(*c), w) for c, w in zip(cells, widths, strict=True))
        size = sum(len(text) for text, _, _ in cells)
    else:                  # a body row: its cells made here, the most made of any
        size, parts = 0, []
        for text, fill, bold in cells:
            size += len(text)
            parts.append(f"<w:tc>{_fill_properties(fill)}<w:p>{runs(text, bold)}</w:p></w:tc>")
        body = "".join(parts)
    properties = ""
    if header:
        properties = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    elif size <= CANT_SPLIT_LIMIT:
        properties = "<w:trPr><w:cantSplit/></w:trPr>"
    return f"<w:tr>{properties}{body}</w:tr>"


def table(widths: list[int], header: list[Cell], rows: Iterable[list[CellTuple]]
          ) -> Iterator[str]:
    """A whole w:tbl, in parts of a few hundred rows (written as made, a 40,000-row table
    is never whole in memory): fixed layout (fast to lay out in Word), the grid, a header
    row repeated on every page, then `rows`."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    yield "".join((
        "<w:tbl><w:tblPr>",
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>',
        f"<w:tblBorders>{_BORDERS}</w:tblBorders>",
        '<w:tblLayout w:type="fixed"/>',
        '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
        "</w:tblCellMar>",
        '<w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>",
        row(header, header=True, widths=widths),
    ))
    chunk = []
    for cells in rows:
        chunk.append(row(cells))
        if len(chunk) == _ROWS_A_PART:
            yield "".join(chunk)
            chunk = []
    yield "".join(chunk) + "</w:tbl>"


def marker(name: str) -> str:
    """The text of the paragraph `replace_markers` replaces with table `name`."""
    return MARKER.format(name=name)


def replace_markers(docx: bytes, tables: dict[str, Iterable[str]]) -> bytes:
    """`docx` with each marker paragraph (see `marker`) replaced by its table, whose XML
    comes in parts (see `table`) and goes into the package as it comes."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    document = source.read("word/document.xml").decode("utf-8")
    places = []
    for name in tables:
        at = document.find(marker(name))
        if at < 0:
            raise ValueError(f"no marker paragraph for table {name!r}")
        start = max(document.rfind("<w:p>", 0, at), document.rfind("<w:p ", 0, at))
        places.append((start, document.find("</w:p>", at) + len("</w:p>"), name))
    output = io.BytesIO()
    with PackageZip(output) as target:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                target.writestr(item.filename, source.read(item.filename))
                continue
            with target.open(item.filename, "w") as part:
                cursor = 0
                for start, end, name in sorted(places):
                    part.write(document[cursor:start].encode("utf-8"))
                    for piece in tables[name]:
                        part.write(piece.encode("utf-8"))
                    cursor = end
                part.write(document[cursor:].encode("utf-8"))
    return output.getvalue()


def blank_document() -> DocxDocument:
    """A new document on python-docx's default template, as Document() makes it: a copy
    of one read once (reading the template's 880 KB of styles takes twice as long as
    copying them, and a run makes a document for every agency with findings)."""
    return copy.deepcopy(_template())


@functools.cache
def _template() -> DocxDocument:
    return Document()                 # never changed: only its copies are given out


def add_heading(document: DocxDocument, text: str, level: int) -> Paragraph:
    """document.add_heading(text, level) as python-docx makes it, the style set by id:
    python-docx looks through every style of the template for the default one on each
    call."""
    heading = document.add_paragraph(text)
    heading._p.style = document.styles[f"Heading {level}"].style_id
    return heading


def docx_bytes(document: DocxDocument) -> bytes:
    """The document as python-docx's save writes it (the same parts, byte for byte), in
    our package zip (pipeline.ooxml.zipwrite): python-docx deflates every part with
    zlib's default level, pictures too, and the template's two style parts (850 KB) in
    every letter."""
    package = document.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    output = io.BytesIO()
    with PackageZip(output) as target:
        writer = _PartWriter(target)
        # python-docx's own steps of OpcPackage.save, with this zip (its writer is made
        # inside them, with zipfile).
        PackageWriter._write_content_types_stream(writer, parts)
        PackageWriter._write_pkg_rels(writer, package.rels)
        PackageWriter._write_parts(writer, parts)
    return output.getvalue()


class _PartWriter:
    """python-docx's physical package writer, over our zip (what PackageWriter calls)."""

    def __init__(self, target: PackageZip):
        self.target = target

    def write(self, name, blob: bytes) -> None:      # name: python-docx's PackURI
        self.target.writestr(name.membername, blob)


def paragraph(text: str, style_id: str | None = None) -> str:
    """One w:p as python-docx's add_paragraph(text) writes it, its style given by id: one
    run; each tab a w:tab and each line break (\n or \r) a w:br, as python-docx's
    run.text makes them; xml:space="preserve" on a w:t with space at either end. Characters
    XML cannot hold are dropped (python-docx refuses them)."""
    style = "" if style_id is None else f"<w:pPr><w:pStyle w:val={quoteattr(style_id)}/></w:pPr>"
    if not text:
        return f"<w:p>{style}</w:p>"
    if _PLAIN.fullmatch(text):          # most paragraphs: one line, nothing to drop
        return f"<w:p>{style}<w:r>{_t(text)}</w:r></w:p>"
    pieces = []
    for part in _CONTROL.split(_NOT_XML.sub("", text)):
        if part == "\t":
            pieces.append("<w:tab/>")
        elif part in ("\n", "\r"):
            pieces.append("<w:br/>")
        elif part:
            pieces.append(_t(part))
    return f"<w:p>{style}<w:r>{''.join(pieces)}</w:r></w:p>"


def _t(text: str) -> str:
    space = ' xml:space="preserve"' if len(text.strip()) < len(text) else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def append_paragraphs(document: DocxDocument, texts: Iterable[str],
                      style_id: str | None = None) -> None:
    """Paragraphs of `texts` added at the end of the body, as document.add_paragraph adds
    them (see `paragraph`), each with the style of id `style_id`. Written as XML and parsed
    once: python-docx looks through every paragraph of the body for the place of each new
    one and builds each run's text a character at a time, so a busy case's thousands of
    inconsistencies took seconds."""
    made = parse_xml(f"<w:body {nsdecls('w')}>"
                     + "".join(paragraph(text, style_id) for text in texts) + "</w:body>")
    body = document.element.body
    last = next(body.iterchildren(reversed=True), None)    # lxml's len() counts them all
    for element in list(made):
        if last is not None and last.tag == qn("w:sectPr"):    # where Word keeps it: last
            last.addprevious(element)
        else:
            body.append(element)
