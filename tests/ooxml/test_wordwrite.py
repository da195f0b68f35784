"""append_paragraphs adds what python-docx's add_paragraph adds, in the same place; a
table written as text reads back as its cells; a document copied from the template, its
headings and its package are the ones python-docx makes."""

import io
import re
import zipfile

from docx import Document
from docx.shared import Cm
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from pipeline.ooxml.wordwrite import (
    Cell,
    add_heading,
    append_paragraphs,
    blank_document,
    docx_bytes,
    marker,
    replace_markers,
    row,
    table,
)

# Text python-docx accepts (it refuses characters XML cannot hold): any letters, spaces at
# either end, tabs and line breaks of every kind.
TEXT = st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=6)
                | st.sampled_from(["\t", "\n", "\r", "\r\n", " ", "\u00a0", "&<>"]),
                max_size=6).map("".join)
BATCHES = st.lists(st.tuples(st.lists(TEXT | st.sampled_from(["a\tb", "one\r\ntwo", ""]),
                                      max_size=6),
                             st.sampled_from([None, "ListBullet", "Heading2"])), max_size=5)


def _body(document) -> str:
    return document.element.body.xml


@settings(max_examples=120, deadline=None)
@given(BATCHES)
def test_the_body_is_the_one_add_paragraph_makes(batches):
    ours, theirs = Document(), Document()
    for texts, style in batches:
        append_paragraphs(ours, texts, style)
        for text in texts:
            made = theirs.add_paragraph(text)
            if style is not None:
                made._p.style = style
    assert _body(ours) == _body(theirs)
    assert ours.element.body[-1].tag.endswith("sectPr")


def test_characters_xml_cannot_hold_are_dropped_not_fatal():
    ours, theirs = Document(), Document()
    append_paragraphs(ours, ["bell\x07 and\x00 null"])
    theirs.add_paragraph("bell and null")
    assert _body(ours) == _body(theirs)


def test_the_paragraphs_are_python_docx_paragraphs_afterwards():
    document = Document()
    append_paragraphs(document, ["first", "second\tline"], "ListBullet")
    document.add_paragraph("third")
    assert [p.text for p in document.paragraphs] == ["first", "second\tline", "third"]
    assert document.paragraphs[0].style.name == "List Bullet"


CELL_TEXT = st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=6)
                     | st.sampled_from(["&", "<w:t>", "\t", "\n", "\r\n", "\x07", " "]),
                     max_size=5).map("".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(CELL_TEXT, min_size=2, max_size=2), max_size=5), st.booleans())
def test_a_table_reads_back_in_python_docx_as_its_cells(rows, bold):
    document = Document()
    document.add_paragraph(marker("t"))
    plain = io.BytesIO()
    document.save(plain)
    header = [Cell("A", "DDDDDD", True), Cell("B", "DDDDDD", True)]
    written = replace_markers(plain.getvalue(), {"t": table(
        [2000, 2000], header, ([Cell(text, "FFEEDD", bold) for text in r] for r in rows))})
    [read] = Document(io.BytesIO(written)).tables
    expected = [["A", "B"]] + [[_as_read(text) for text in r] for r in rows]
    assert [[c.text for c in row.cells] for row in read.rows] == expected
    assert not any(p.text.startswith("@@") for p in Document(io.BytesIO(written)).paragraphs)


def _as_read(text: str) -> str:
    """python-docx reads a w:br as \\n and a w:tab as \\t; dropped characters are gone."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text.replace("\r\n", "\n")
                  .replace("\r", "\n"))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(CELL_TEXT, st.sampled_from(["", "FFEEDD"]), st.booleans()),
                max_size=6))
def test_a_row_of_tuples_is_the_row_of_their_cells(cells):
    assert row(cells) == row([Cell(*c) for c in cells])


def png_bytes() -> bytes:
    picture = io.BytesIO()
    Image.new("RGB", (8, 4), "#D9534F").save(picture, format="PNG")
    return picture.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


def _letter(document):
    document.core_properties.title = "A letter"
    add_heading(document, "Corrections requested", 1)
    document.add_paragraph("Dear colleague,")
    document.add_picture(io.BytesIO(png_bytes()), width=Cm(3))
    return document


def test_a_blank_document_and_its_package_are_what_python_docx_makes():
    ours = _letter(blank_document())
    theirs = Document()
    theirs.core_properties.title = "A letter"
    theirs.add_heading("Corrections requested", level=1)
    theirs.add_paragraph("Dear colleague,")
    theirs.add_picture(io.BytesIO(png_bytes()), width=Cm(3))
    saved = io.BytesIO()
    theirs.save(saved)
    assert _parts(docx_bytes(ours)) == _parts(saved.getvalue())
    # The picture is stored as it is (compressed already); the XML deflated.
    archive = zipfile.ZipFile(io.BytesIO(docx_bytes(ours)))
    kinds = {info.filename: info.compress_type for info in archive.infolist()}
    assert kinds["word/media/image1.png"] == zipfile.ZIP_STORED
    assert kinds["word/document.xml"] == zipfile.ZIP_DEFLATED


def test_each_blank_document_is_new_whatever_was_done_to_the_one_before():
    _letter(blank_document()).add_paragraph("only in the first")
    fresh = blank_document()
    assert [p.text for p in fresh.paragraphs] == [p.text for p in Document().paragraphs]
    assert "word/media/image1.png" not in _parts(docx_bytes(fresh))
