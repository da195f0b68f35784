"""The overview draft's way with a suspect the gate has no evidence for (pipeline/anonymise/
gatedocx.py, "mark"): a word no list knows, or a town abroad, is left where it stands,
highlighted and listed for the data protection officer; anything with a sign of a name
is replaced as in the summary, and the summary replaces every suspect."""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise.gatedocx import (
    HIGHLIGHT_COLOUR,
    KEEP,
    LEFT,
    LEFT_COLOUR,
    RESTORE,
    publish_docx,
)
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.publication import gate_document
from pipeline.anonymise.wordlists import fold, home_words, is_name, zipf
from tests.builders.adversarial import document_text
from tests.builders.cases import gate_case

FAMILY_WORDS = ("Mother cooked quandrelo for the children every morning.",
                "At bedtime the children sang a brovnika together.",
                "Father's cousin had come from Cần Thơ in 2014, and another from Kassala.")


def docx_of(*paragraphs: str, title: str = "") -> bytes:
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.core_properties.title = title
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def highlighted(data: bytes) -> dict[str, str]:
    """Each highlighted run's text in the body, with its colour."""
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    runs = re.findall(r'<w:highlight w:val="(\w+)"/>.*?<w:t[^>]*>([^<]*)</w:t>', body)
    return {text: colour for colour, text in runs}


def test_the_overview_leaves_the_familys_words_highlighted_and_lists_them():
    case = gate_case()
    verdict = gate_document(docx_of(*FAMILY_WORDS), case, document="overview_draft.docx",
                            mode="mark")
    text = document_text(verdict.data)
    for word in ("quandrelo", "brovnika", "Cần Thơ", "Kassala"):
        assert word in text
        assert highlighted(verdict.data)[word] == LEFT_COLOUR
        assert any(s.text == word and s.action == LEFT for s in verdict.suspects)
    assert not verdict.blocking          # left by design: the draft is still written


def test_the_summary_replaces_what_the_overview_leaves():
    verdict = gate_document(docx_of(*FAMILY_WORDS), gate_case(),
                            document="executive_summary.docx", mode="replace")
    text = document_text(verdict.data)
    assert "quandrelo" not in text and "brovnika" not in text
    assert not any(s.action == LEFT for s in verdict.suspects)
    assert not highlighted(verdict.data)


def test_any_sign_of_a_name_is_replaced_in_the_overview_too():
    paragraphs = ("At bedtime the children sang Vostrimak together.",  # a word no list
                  #   knows, capitalised: a name's, as the gate's first pass reads it
                  "Mrs Quastavik rang the school twice.",         # after a title
                  "A friend, Tyrese, stayed at the flat.",          # a given name
                  "QV was seen by the nurse in March.",             # capitals: initials
                  "June Ellery said she would call Zelmorrin Pellacott later.",  # a run
                  "Tia-Mae's grandmother Ottoline Ellery visited.")
    verdict = gate_document(docx_of(*paragraphs), gate_case(), document="overview_draft.docx",
                            mode="mark")
    text = document_text(verdict.data)
    for name in ("Vostrimak", "Quastavik", "Tyrese", "QV", "Zelmorrin", "Ellery"):
        assert name not in text
    assert all(colour == HIGHLIGHT_COLOUR for colour in highlighted(verdict.data).values())


def test_a_word_in_the_documents_properties_is_replaced_where_no_highlight_shows():
    data = docx_of("Mother cooked quandrelo every morning.", title="Notes on quandrelo")
    verdict = gate_document(data, gate_case(), document="overview_draft.docx", mode="mark")
    core = zipfile.ZipFile(io.BytesIO(verdict.data)).read("docProps/core.xml").decode()
    assert "quandrelo" not in core
    assert "quandrelo" in document_text(verdict.data)        # the body keeps it


def test_the_officers_decision_replaces_or_restores_a_word_left():
    data = docx_of(*FAMILY_WORDS)
    lexicon = Lexicon.for_case(gate_case())
    redacted, suspects = publish_docx(
        data, lexicon, mode="mark",
        decide=lambda s: (KEEP, "") if s.text == "brovnika" else None)
    assert "brovnika" not in document_text(redacted)
    assert "quandrelo" in document_text(redacted)
    restored, suspects = publish_docx(
        data, lexicon, mode="mark",
        decide=lambda s: (RESTORE, "") if s.text == "quandrelo" else None)
    assert "quandrelo" in document_text(restored)
    assert "quandrelo" not in highlighted(restored)          # restored: no longer marked
    assert [s.action for s in suspects if s.text == "quandrelo"] == ["restored by decision"]


def _unknown(word: str) -> bool:
    return zipf(word.lower()) == 0 and fold(word) not in home_words() and not is_name(
        fold(word))


@settings(max_examples=40, deadline=None)
@given(word=st.text(alphabet="bcdfghklmnprstvwxz", min_size=3, max_size=5).map(
    lambda consonants: "".join(c + "aeiou"[i % 5] for i, c in enumerate(consonants)))
    .filter(_unknown), capital=st.booleans())
def test_a_word_left_in_the_overview_is_always_highlighted_and_listed(word, capital):
    word = word.capitalize() if capital else word
    data = docx_of(f"At home the family used the word {word} for bedtime.")
    overview = gate_document(data, gate_case(), document="overview_draft.docx", mode="mark")
    summary = gate_document(data, gate_case(), document="executive_summary.docx",
                            mode="replace")
    listed = {s.text for s in overview.suspects}
    if word in document_text(overview.data):
        assert word in listed and highlighted(overview.data).get(word) == LEFT_COLOUR
    assert word not in document_text(summary.data)
