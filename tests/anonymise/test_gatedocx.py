"""The gate over a whole document (pipeline/anonymise/gatedocx.py): every part checked and
replaced or marked, formatting kept, no decision restoring the key, and what one paragraph
shows looked for in the others."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document

from pipeline.anonymise.gatedocx import check_docx, publish_docx
from pipeline.anonymise.lexicon import Lexicon
from tests.builders.cases import gate_case
from tests.builders.report_builder import add_footnote


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


def _every_part_docx(tmp_path: Path, name: str) -> bytes:
    document = Document()
    document.add_paragraph(f"The body names {name}.")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = f"A cell naming {name}"
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Header: {name}"
    section.footer.paragraphs[0].text = f"Footer: {name}"
    note = document.add_paragraph("A commented paragraph.")
    document.add_comment(note.runs[0], text=f"Ask {name}", author="Reviewer")
    document.core_properties.title = f"About {name}"
    path = tmp_path / "parts.docx"
    document.save(path)
    add_footnote(path, "The body names", f"A footnote naming {name}.")
    return path.read_bytes()


def test_every_part_is_checked_and_replaced(tmp_path, lexicon):
    data = _every_part_docx(tmp_path, "Zebedee Quarrington")
    parts = {s.part for s in check_docx(data, lexicon) if s.text == "Zebedee Quarrington"}
    assert {"word/document.xml", "word/header1.xml", "word/footer1.xml", "word/comments.xml",
            "word/footnotes.xml", "docProps/core.xml"} <= parts
    replaced, suspects = publish_docx(data, lexicon, mode="replace")
    assert all(s.replacement == "[name]" for s in suspects if s.text == "Zebedee Quarrington")
    assert not [s for s in check_docx(replaced, lexicon) if "Quarrington" in s.text]
    assert b"Quarrington" not in b"".join(_parts(replaced))
    Document(io.BytesIO(replaced))          # still opens


def _parts(data: bytes) -> list[bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return [archive.read(n) for n in archive.namelist()]


def test_mark_replaces_the_suspect_and_highlights_its_placeholder(lexicon):
    document = Document()
    paragraph = document.add_paragraph("Seen with ")
    paragraph.add_run("Zebedee Quar").bold = True
    paragraph.add_run("rington at home.")
    out = io.BytesIO()
    document.save(out)
    marked, suspects = publish_docx(out.getvalue(), lexicon, mode="mark")
    runs = Document(io.BytesIO(marked)).paragraphs[0].runs
    assert "".join(r.text for r in runs) == "Seen with [name] at home."
    lit = [r for r in runs if r.font.highlight_color is not None]
    assert [r.text for r in lit] == ["[name]"]
    assert lit[0].bold                      # the run's own formatting is kept
    assert [s.action for s in suspects] == ["replaced"]
    replaced, _ = publish_docx(out.getvalue(), lexicon, mode="replace")
    plain = Document(io.BytesIO(replaced)).paragraphs[0].runs
    assert "".join(r.text for r in plain) == "Seen with [name] at home."
    assert all(r.font.highlight_color is None for r in plain)


@pytest.mark.parametrize("mode", ["replace", "mark"])
def test_no_decision_restores_what_the_key_holds(lexicon, mode):
    document = Document()
    document.add_paragraph("Jase and Zebedee met on 01/05/2014 at MK3 4HN.")
    out = io.BytesIO()
    document.save(out)
    published, suspects = publish_docx(out.getvalue(), lexicon, mode=mode,
                                       decide=lambda s: ("restore", ""))
    text = Document(io.BytesIO(published)).paragraphs[0].text
    assert "Zebedee" in text                        # not in the key: the officer's call
    assert not {"Jase", "01/05/2014", "MK3 4HN"} & set(text.split()) and "4HN" not in text
    refused = [s for s in suspects if s.from_key]
    assert refused and all("cannot be restored" in s.action for s in refused)


def test_a_possessive_stays_on_the_placeholder_and_the_next_word_with_it(lexicon):
    """'Mr Quarrington's Ring doorbell' reads 'Mr [name]'s Ring doorbell': whose it was is
    kept, and 'Ring' is not taken for the rest of a name beside a placeholder."""
    document = Document()
    document.add_paragraph("Footage from Mr Quarrington’s Ring doorbell was viewed.")
    out = io.BytesIO()
    document.save(out)
    replaced, suspects = publish_docx(out.getvalue(), lexicon, mode="replace")
    text = Document(io.BytesIO(replaced)).paragraphs[0].text
    assert text == "Footage from Mr [name]’s Ring doorbell was viewed."
    assert [s.text for s in suspects] == ["Quarrington’s"]
