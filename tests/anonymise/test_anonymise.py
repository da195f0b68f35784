"""Anonymisation of a finished .docx: every part, names split across runs, the leak check."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile

import pytest
from docx import Document
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.anonymise import Anonymiser, anonymise_docx, leak_check
from pipeline.anonymise.keyforms import POLICE_RANKS, KeyPerson, build_forms, find_key_names
from pipeline.anonymise.patterns import find_identifiers, nhs_checksum_ok
from pipeline.anonymise.spans import apply, resolve
from pipeline.case import Case, Person, load_case
from tests.builders.cases import DEMO
from tests.builders.report_builder import ReportSpec, build_agency_report
from tests.builders.written import part_texts

WHEN = dt.datetime(2026, 1, 1)


@pytest.fixture(scope="module")
def case():
    return load_case(DEMO)


@pytest.fixture(scope="module")
def anonymiser(case):
    return Anonymiser.for_case(case, dt.date(2026, 1, 1))


@pytest.fixture(scope="module")
def planted_report(tmp_path_factory):
    path = tmp_path_factory.mktemp("reports") / "police.docx"
    planted = build_agency_report(path, ReportSpec(agency="Thames Valley Police"))
    return path.read_bytes(), planted


def test_builder_plants_in_every_part(planted_report):
    data, planted = planted_report
    texts = part_texts(data)
    for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml",
                 "word/comments.xml", "docProps/core.xml"):
        assert any(i in texts.get(part, "") for values in planted.values() for i in values), part
    # the child's first name is split over two runs: only the joined text holds it
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    split = next(p for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S) if "at nursery" in p)
    assert "Kayla" not in split
    assert "Kayla" in "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", split))


def test_nothing_planted_survives_in_any_part(planted_report, anonymiser):
    data, planted = planted_report
    result, replacements = anonymise_docx(data, anonymiser, document="overview",
                                          title="Overview", when=WHEN)
    for part, text in part_texts(result).items():
        for kind, values in planted.items():
            for value in values:
                assert value.lower() not in text.lower(), (part, kind)
    assert leak_check(result, anonymiser) == []
    kinds = {r.kind for r in replacements}
    assert {"key_name", "date_of_birth", "phone", "email", "nhs_number", "ni_number",
            "key_address", "suspected_name"} <= kinds


def test_learning_and_recommendations_survive(planted_report, anonymiser):
    data, _ = planted_report
    result, _ = anonymise_docx(data, anonymiser, document="overview", title="Overview",
                               when=WHEN)
    document = Document(io.BytesIO(result))
    text = "\n".join(p.text for p in document.paragraphs)
    spec = ReportSpec(agency="Thames Valley Police")
    assert spec.learning in text
    assert spec.good_practice in text
    for recommendation in spec.recommendations:
        assert recommendation[0] in text
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert spec.recommendations[0][1] in cells


def test_properties_are_the_boards(planted_report, anonymiser):
    data, _ = planted_report
    result, _ = anonymise_docx(data, anonymiser, document="overview", title="Overview draft",
                               when=WHEN)
    properties = Document(io.BytesIO(result)).core_properties
    assert properties.title == "Overview draft"
    assert properties.author == anonymiser.board
    assert "python-docx" not in (properties.comments or "") + (properties.author or "")
    assert not properties.keywords and not properties.subject
    archive = zipfile.ZipFile(io.BytesIO(result))
    app = archive.read("docProps/app.xml").decode()
    assert f"<Company>{anonymiser.board}</Company>" in app
    assert "docProps/thumbnail.jpeg" not in archive.namelist()
    assert b"thumbnail" not in archive.read("_rels/.rels")


def test_leak_check_finds_what_was_left(planted_report, anonymiser):
    data, _ = planted_report
    leaks = leak_check(data, anonymiser)
    parts = {leak.part for leak in leaks}
    assert {"word/document.xml", "word/header1.xml", "word/footer1.xml",
            "word/comments.xml", "docProps/core.xml"} <= parts
    assert "key_name" in {leak.kind for leak in leaks}


def test_leak_check_joins_runs(tmp_path, anonymiser):
    document = Document()
    paragraph = document.add_paragraph("Seen: ")
    paragraph.add_run("Don").bold = True
    paragraph.add_run("na").italic = True
    document.core_properties.author = "board"
    path = tmp_path / "split.docx"
    document.save(path)
    leaks = leak_check(path.read_bytes(), anonymiser)
    assert ("word/document.xml", "key_name") in {(x.part, x.kind) for x in leaks}


def test_tracked_deletion_is_removed(tmp_path, anonymiser):
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    document = Document()
    paragraph = document.add_paragraph("Kept text. ")
    deleted = paragraph._p.makeelement(f"{w}del", {f"{w}id": "1", f"{w}author": "x"})
    run = deleted.makeelement(f"{w}r", {})
    run.append(run.makeelement(f"{w}delText", {}))
    run[0].text = "Kayla"
    deleted.append(run)
    paragraph._p.append(deleted)
    path = tmp_path / "tracked.docx"
    document.save(path)
    assert "key_name" in {x.kind for x in leak_check(path.read_bytes(), anonymiser)}
    result, _ = anonymise_docx(path.read_bytes(), anonymiser, document="x", title="x",
                               when=WHEN)
    xml = zipfile.ZipFile(io.BytesIO(result)).read("word/document.xml")
    assert b"Kayla" not in xml and b"Kept text." in xml
    assert leak_check(result, anonymiser) == []


@pytest.mark.parametrize("text, kind", [
    ("NHS 943 476 5919", "nhs_number"), ("tel 07700 900123", "phone"),
    ("tel +44 (0)1908 555 123", "phone"), ("QQ 12 34 56 C", "ni_number"),
    ("at MK6 3AB", "postcode"), ("sw1a 1aa", "postcode"), ("a.b@example.co.uk", "email"),
    ("lives at 4 Birch Close", "address"), ("Flat 2, 17 Mill Road", "address"),
])
def test_identifier_patterns(text, kind):
    assert kind in {s.kind for s in find_identifiers(text)}


def test_nhs_checksum():
    assert nhs_checksum_ok("9434765919")
    assert not nhs_checksum_ok("9434765918")


NAME = st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(first=NAME, last=NAME, possessive=st.sampled_from(["", "'s", "’s"]),
       case_form=st.sampled_from(["as is", "upper", "lower"]),
       form=st.sampled_from(["full", "first", "title", "initials", "initial surname"]))
def test_every_form_of_a_key_name_is_replaced(first, last, possessive, case_form, form):
    # Initials that are a police rank ('P.C.') are never taken for a person's.
    assume(form != "initials" or first[0] + last[0] not in POLICE_RANKS)
    forms = build_forms([KeyPerson(f"{first} {last}", (), "Child Q")])
    written = {"full": f"{first} {last}", "first": first, "title": f"Mrs {last}",
               "initials": f"{first[0]}.{last[0]}.", "initial surname": f"{first[0]}. {last}"}[form]
    if form != "initials":
        written = {"as is": written, "upper": written.upper(), "lower": written.lower()}[case_form]
        written += possessive
    text = f"On the visit {written} was seen."
    result = apply(text, resolve(find_key_names(text, forms)))
    assert first.lower() not in result.lower() and last.lower() not in result.lower()
    assert "Child Q" in result and result.endswith(" was seen.")


@pytest.mark.parametrize("text, removed", [
    ("Her grandmother Mary Jones visited.", "Mary Jones"),
    ("Her maternal grandmother, Mrs Pauline Fletcher, rang.", "Pauline Fletcher"),
    ("The uncle Steve was present.", "Steve"),
    ("Seen by Dr Patel in clinic.", "Patel"),
    ("A man named Tyler was there.", "Tyler"),
    ("Kaila was weighed.", "Kaila"),
    ("Smyth was not at home.", "Smyth"),
    ("Natalie from the nursery phoned.", "Natalie"),
    ("PC 1234 Jones attended.", "Jones"),
    ("Her boyfriend 'Dex' stayed.", "Dex"),
])
def test_names_not_in_the_key_are_removed(anonymiser, text, removed):
    result, spans = anonymiser.anonymise(text)
    assert removed not in result and "[name]" in result
    assert all(s.suspected for s in spans)


@pytest.mark.parametrize("text", [
    "The Crown Court heard the case.", "Children's Social Care held a strategy meeting.",
    "A brown bruise was seen on the arm.", "Mother's partner Adult Male 1 was present.",
    "The health visitor will visit in May.", "Carer support was offered.",
])
def test_ordinary_words_are_left_alone(anonymiser, text):
    assert anonymiser.anonymise(text)[0] == text


def test_staff_with_the_same_role_are_numbered(case):
    from dataclasses import replace

    from pipeline.anonymise import staff_labels
    from pipeline.case import StaffMember

    two = replace(case, staff=[StaffMember("Amy Stone", role="Social Worker"),
                               StaffMember("Bob Flint", role="Social Worker")])
    assert staff_labels(two) == {"Amy Stone": "Social Worker 1", "Bob Flint": "Social Worker 2"}
    anonymiser = Anonymiser.for_case(two, dt.date(2026, 1, 1))
    assert anonymiser.anonymise("Ms Stone and B. Flint met.")[0] == (
        "Social Worker 1 and Social Worker 2 met.")


FRAGMENTS = st.sampled_from([
    "Kayla", "Kayla's", "KAYLA SMITH", "Ms Smith", "Donna", "Mr Carter", "R.C.", "Jayden’s",
    "Jane Brown", "Dr Harris", "07700 900123", "MK6 3AB", "12 Acacia Avenue", "14/03/2013",
    "donna@example.com", "943 476 5919", "QQ 12 34 56 C", "grandmother Mary Jones",
    "uncle Steve", "the", "visited", "at home", "and", "on 3rd April 2015", "(", ")", ",",
    "the school", "was seen", "Dr Patel", "Kaila",
])


@settings(max_examples=80, deadline=None)
@given(st.lists(FRAGMENTS, min_size=1, max_size=14), st.booleans())
def test_anonymised_text_has_nothing_left_to_find(case, words, generalise):
    anonymiser = Anonymiser.for_case(case, dt.date(2026, 1, 1), generalise_dates=generalise)
    result, _ = anonymiser.anonymise(" ".join(words))
    assert anonymiser.spans(result) == []


@pytest.mark.parametrize("text, expected", [
    ("Subject: Child KS", "Subject: Child X"),
    ("Health Visitor Jane Brown visited.", "Health Visitor visited."),
    ("She was born in March 2013.", "She was born in [date of birth]."),
    ("They lived in MK6 before the move.", "They lived in [address] before the move."),
])
def test_key_context(anonymiser, text, expected):
    assert anonymiser.anonymise(text)[0] == expected


def test_picture_alt_text_is_anonymised(tmp_path, anonymiser):
    import struct
    import zlib

    def png() -> bytes:
        def chunk(kind: bytes, data: bytes) -> bytes:
            return (struct.pack(">I", len(data)) + kind + data
                    + struct.pack(">I", zlib.crc32(kind + data)))
        header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))

    document = Document()
    document.add_picture(io.BytesIO(png()))
    document.inline_shapes[0]._inline.docPr.set("descr", "Photo of Kayla Smith at home")
    path = tmp_path / "picture.docx"
    document.save(path)
    assert ("word/document.xml", "key_name") in {
        (x.part, x.kind) for x in leak_check(path.read_bytes(), anonymiser)}
    result, _ = anonymise_docx(path.read_bytes(), anonymiser, document="x", title="x",
                               when=WHEN)
    assert leak_check(result, anonymiser) == []
    assert b'descr="Photo of Child X at home"' in zipfile.ZipFile(
        io.BytesIO(result)).read("word/document.xml")


@settings(max_examples=30, deadline=None)
@given(town=st.from_regex(r"[A-Z][a-z]{4,10}", fullmatch=True))
def test_the_town_the_board_is_named_after_is_public(tmp_path_factory, town):
    """A board named after the family's town ('Fellbeck Safeguarding Children
    Partnership') keeps its name in every part; the street and postcode still go."""
    folder = tmp_path_factory.mktemp("town")
    (folder / "case.toml").write_text(
        (DEMO / "case.toml").read_text(encoding="utf-8").replace(
            'board = "', f'board = "{town} Safeguarding Children Partnership" # ', 1),
        encoding="utf-8")
    case = load_case(folder)
    assume(case.board.startswith(town))
    person = case.people[0]
    board_case = type(case)(**{**vars(case), "people": [
        type(person)(**{**vars(person), "address": f"14 Tarnside Close, {town}, LA9 7RW"}),
        *case.people[1:]]})
    anonymiser = Anonymiser.for_case(board_case, dt.date(2026, 1, 1))
    document = Document()
    document.add_paragraph(f"The {town} Safeguarding Children Partnership met; the family "
                           f"lived at 14 Tarnside Close, {town}, LA9 7RW.")
    out = io.BytesIO()
    document.save(out)
    data, _ = anonymise_docx(out.getvalue(), anonymiser, document="d", title="t", when=WHEN)
    text = Document(io.BytesIO(data)).paragraphs[0].text
    assert text.startswith(f"The {town} Safeguarding Children Partnership met")
    assert "Tarnside" not in text and "LA9" not in text and "7RW" not in text
    assert leak_check(data, anonymiser) == []


def test_a_name_pasted_with_combining_accents_is_the_keys(tmp_path):
    """'Ro\u0301isi\u0301n' (accents as marks of their own) is the key's 'Róisín': the
    document's text is composed before it is searched."""
    case = Case(root=tmp_path, reference="U-1", review="Child Safeguarding Practice Review",
                subject="Child R", period_from=dt.date(2024, 1, 1),
                period_to=dt.date(2025, 1, 1),
                people=[Person("Róisín Ward", "Mother", "Mother")])
    decomposed = unicodedata.normalize("NFD", "Róisín")
    document = Document()
    document.add_paragraph(f"{decomposed} Ward was seen; {decomposed}'s baby slept.")
    path = tmp_path / "pasted.docx"
    document.save(path)
    result, _ = anonymise_docx(path.read_bytes(), Anonymiser.for_case(case, WHEN.date()),
                               document="overview", title="Overview", when=WHEN)
    body = unicodedata.normalize("NFC", part_texts(result)["word/document.xml"])
    assert "Mother was seen; Mother's baby slept." in body
    assert "Róisín" not in body and "Roisin" not in body
