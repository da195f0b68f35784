"""append_paragraphs adds what python-docx's add_paragraph adds, in the same place."""

from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ooxml.wordwrite import append_paragraphs

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
