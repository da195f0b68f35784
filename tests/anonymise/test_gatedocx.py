"""The gate over a whole document: what one paragraph shows is looked for in the others."""

from __future__ import annotations

import io

from docx import Document

from pipeline.anonymise.gatedocx import check_docx
from pipeline.anonymise.lexicon import Lexicon
from tests.builders.cases import gate_case


def docx_of(*paragraphs: str) -> bytes:
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_local_firms_name_is_a_suspect_in_every_paragraph_once_seen_with_its_trade():
    data = docx_of("Mother was placed at the packhouse by Baltic Star Recruitment.",
                   "Baltic Star would not release her holiday pay.",
                   "The star chart was kept on the fridge.")
    found = [(s.text, s.why) for s in check_docx(data, Lexicon.for_case(gate_case()))]
    assert ("Baltic Star Recruitment", "a local firm: where someone works") in found
    assert ("Baltic Star", "a firm's or place's name seen elsewhere in the document") in found
    assert not any("star chart" in text.lower() for text, _ in found)
