"""append_paragraphs adds what python-docx's add_paragraph adds, in the same place."""

import io
import re

from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ooxml.wordwrite import Cell, append_paragraphs, marker, replace_markers, table

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
