"""append_paragraph adds what python-docx's add_paragraph adds, in the same place."""

from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ooxml.wordwrite import append_paragraph

TEXTS = st.lists(st.tuples(st.text(st.characters(blacklist_categories=("Cs", "Cc")),
                                   max_size=20) | st.sampled_from(["a\tb", "one\ntwo", ""]),
                           st.sampled_from([None, "ListBullet"])), max_size=8)


def _body(document) -> str:
    return document.element.body.xml


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_the_body_is_the_one_add_paragraph_makes(paragraphs):
    ours, theirs = Document(), Document()
    for text, style in paragraphs:
        append_paragraph(ours, text, style)
        made = theirs.add_paragraph(text)
        if style is not None:
            made._p.style = style
    assert _body(ours) == _body(theirs)
    assert ours.element.body[-1].tag.endswith("sectPr")
