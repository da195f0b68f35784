"""The publication gate: default-deny over text as written, independent of the anonymiser.

Every name here is invented. The case below is tuning material (the held-back case is
tests/builders/publish_heldout.py).
"""

from __future__ import annotations

import ast
import datetime as dt
import io
from pathlib import Path

import pytest
from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gatedocx import check_docx, publish_docx
from pipeline.anonymise.lexicon import Lexicon, zipf
from pipeline.case import Agency, Case, Person, StaffMember
from tests.builders.report_builder import add_footnote

ANONYMISE = Path(__file__).resolve().parents[2] / "pipeline" / "anonymise"


def gate_case() -> Case:
    return Case(
        root=Path("."), reference="G-1", review="Serious Case Review", subject="Child T",
        period_from=dt.date(2015, 1, 1), period_to=dt.date(2016, 12, 31),
        board="Wexfield Safeguarding Children Board",
        agencies=[Agency("Thames Valley Police", ("Police",)),
                  Agency("Larkspur Primary School", ("Larkspur", "School")),
                  Agency("Castle Hill Surgery", published_as="the GP practice")],
        people=[Person("Tia-Mae Ellery", "Child T", "Child", born=dt.date(2014, 5, 1),
                       address="Flat 4, 22 Heron Court, Bletchley, MK3 4HN"),
                Person("June Ellery", "Mother", "Mother"),
                Person("Jason Maddox", "Father", "Father", aliases=("Jase",)),
                Person("Łucja Dąbrowska", "Neighbour", "Neighbour")],
        staff=[StaffMember("Dawn Smith", role="Detective Sergeant"),
               StaffMember("Gary Hill", role="Health Visitor")])


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.for_case(gate_case())


def found(text: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.kind) for s in suspects_in(text, lexicon)]


@pytest.mark.parametrize(("text", "expected", "kind"), [
    ("A man called Zebedee Quarrington visited.", "Zebedee Quarrington", "name"),
    ("Tomasz Wiśniewski lived next door.", "Tomasz Wiśniewski", "name"),
    ("Her friend was known as 'Spider' locally.", "Spider", "alias"),
    ("Tyrone Bellamy ('Tank') moved in.", "Tank", "alias"),
    ("T-M was seen at home.", "T-M", "initials"),
    ("K.R. was present.", "K.R.", "initials"),
    ("The family lived at 5 Mill Walk.", "Mill Walk", "place"),
    ("They moved to Hatters Row.", "Hatters Row", "place"),
    ("She attended Brookside Children's Centre.", "Brookside Children's Centre", "place"),
    ("Larkspur Primary School raised it.", "Larkspur Primary School", "agency_place"),
    ("Staff at Larkspur said so.", "Larkspur", "agency_place"),
    ("Call 07700 900123 after six.", "07700 900123", "phone"),
    ("NHS number 943 476 5919 checked.", "943 476 5919", "nhs_number"),
    ("Her NI number is QQ 12 34 56 C.", "QQ 12 34 56 C", "ni_number"),
    ("Post went to MK9 2ZZ instead.", "MK9 2ZZ", "postcode"),
    ("Write to mum@example.org today.", "mum@example.org", "email"),
    ("See www.facebook.com/tank.bellamy for photos.", "www.facebook.com/tank.bellamy", "url"),
    ("He gave his DOB as 03/07/1990.", "03/07/1990", "date_of_birth"),
    ("The mother kept a diary in Kaszubian.", "Kaszubian", "name"),
    ("He said zjebany twice.", "zjebany", "not_english"),
])
def test_unexplained_words_and_numbers_are_suspects(lexicon, text, expected, kind):
    assert (expected, kind) in found(text, lexicon)


@pytest.mark.parametrize(("text", "expected"), [
    ("Jase said he would call.", "Jase"),                      # an alias in the key
    ("Ms Ellery was not at home.", "Ellery"),
    ("Dabrowska was away.", "Dabrowska"),                      # without its accents
    ("Dąbrowsky was away.", "Dąbrowsky"),                      # spelt otherwise
    ("Maddocks had moved in.", "Maddocks"),                    # sounds alike
    ("TME was happy.", "TME"),                                 # the key's initials
    ("June came to the meeting.", "June"),                     # a key name that is a month
])
def test_the_key_in_every_spelling(lexicon, text, expected):
    assert expected in [t for t, _ in found(text, lexicon)]


@pytest.mark.parametrize("text", [
    "In June 2016 the strategy meeting was held; on 5 June the plan ended.",
    "DO NOT DISCLOSE ADDRESS TO THE FATHER.",
    "Police DS and DC officers attended with a PC.",
    "The family had a Jack Russell.",
    "The Victoria Climbié inquiry and Lord Laming's report are cited.",
    "Children's Social Care held a Child Protection Conference under Section 47.",
    "The Health Visitor and the GP shared information through the MASH.",
    "Working Together to Safeguard Children sets out the duties.",
    "Caseloads of absent health visitors must be reviewed.",
    "Practitioners did not see the child on her own at Christmas.",
    "Child T and Mother were seen by Thames Valley Police.",
    "The Crown Court heard the case in March 2017.",
    "Wexfield Safeguarding Children Board commissioned the review.",
    "the GP practice saw the child.",
])
def test_ordinary_text_passes(lexicon, text):
    assert found(text, lexicon) == []


def test_a_first_name_alone_after_the_full_name_was_seen(lexicon):
    text = "Mrs Pam Kettleby was worried. Pam told the health visitor."
    first = found(text, lexicon)
    assert ("Pam Kettleby", "name") in first
    seen = frozenset({"pam", "kettleby"})
    alone = "Pam told the health visitor."
    later = [(alone[s.start:s.end], s.kind)
             for s in suspects_in(alone, lexicon, seen_names=seen)]
    assert ("Pam", "name") in later


def test_the_half_of_a_postcode_seen_whole_elsewhere(lexicon):
    spans = suspects_in("The flat (4HN) was cold.", lexicon, seen_postcodes=frozenset({"4HN"}))
    assert [s.kind for s in spans] == ["postcode"]


@settings(max_examples=60, deadline=None)
@given(word=st.from_regex(r"[bcdfghjklmnpqrstvwxz][aeiouy][bcdfghjklmnpqrstvwxz]{2}"
                          r"[aeiouy][bcdfghjklmnpqrstvwxz]", fullmatch=True))
def test_any_word_english_does_not_know_is_denied_in_any_case(lexicon, word):
    if zipf(word) > 0:
        return
    for written in (word, word.capitalize(), word.upper()):
        text = f"The worker met {written} at the door."
        assert written in [t for t, _ in found(text, lexicon)], written


@settings(max_examples=60, deadline=None)
@given(digits=st.from_regex(r"[1-9]\d{9}", fullmatch=True),
       sep=st.sampled_from([" ", "-", ""]))
def test_any_ten_digit_number_is_denied(lexicon, digits, sep):
    written = sep.join((digits[:3], digits[3:6], digits[6:]))
    assert found(f"Number {written} noted.", lexicon)


def test_the_gate_never_uses_the_anonymiser():
    """Independent: no module of the gate imports the anonymiser's finders."""
    anonymiser = {"text", "keyforms", "patterns", "suspects", "spans", "learn", "docxparts"}
    for name in ("gate.py", "gatedocx.py", "lexicon.py"):
        tree = ast.parse((ANONYMISE / name).read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not {f"pipeline.anonymise.{m}" for m in anonymiser} & imported, name


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
    import zipfile

    archive = zipfile.ZipFile(io.BytesIO(data))
    return [archive.read(n) for n in archive.namelist()]


def test_highlight_keeps_the_text_and_marks_the_suspect(tmp_path, lexicon):
    document = Document()
    paragraph = document.add_paragraph("Seen with ")
    paragraph.add_run("Zebedee Quar").bold = True
    paragraph.add_run("rington at home.")
    out = io.BytesIO()
    document.save(out)
    marked, suspects = publish_docx(out.getvalue(), lexicon, mode="highlight")
    runs = Document(io.BytesIO(marked)).paragraphs[0].runs
    assert "".join(r.text for r in runs) == "Seen with Zebedee Quarrington at home."
    lit = "".join(r.text for r in runs if r.font.highlight_color is not None)
    assert lit == "Zebedee Quarrington"
    assert runs[1].bold                     # the run's own formatting is kept
    assert [s.action for s in suspects] == ["highlighted"]


def test_a_key_name_is_replaced_even_where_suspects_are_highlighted(lexicon):
    document = Document()
    document.add_paragraph("Jase was seen with Zebedee.")
    out = io.BytesIO()
    document.save(out)
    marked, suspects = publish_docx(out.getvalue(), lexicon, mode="highlight")
    text = Document(io.BytesIO(marked)).paragraphs[0].text
    assert "Jase" not in text and "Zebedee" in text
    assert {s.action for s in suspects} == {"replaced", "highlighted"}
