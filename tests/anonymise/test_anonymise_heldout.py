"""Held out: reports written differently from the tuning set (report_builder.py), naming
the family and others in ways the anonymiser was not tuned on. Written before tuning; a
failure here is a gap to close in general, not by adding these strings to a list."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document

from pipeline.anonymise import Anonymiser, anonymise_docx, leak_check
from pipeline.case import load_case
from tests.builders.cases import DEMO
from tests.builders.runs import case_run, write_outputs

HELD_OUT_TEXT = [
    ("SMITH, Donna (mother, d.o.b. 02/07/1994) and SMITH, Kayla (d.o.b. 14-Mar-2013) were "
     "registered at the surgery."),
    "Miss K. Smith attended with her mum; Kayla-s pram was checked.",
    "Mr. R. Carter declined to give his number (07700 900 456) to the receptionist.",
    "Ryan C. and Ms. D Smith were seen together at 12, Acacia Ave, mk6 3ab.",
    "The GP, Dr. L. Harris, reviewed KAYLA SMITH'S weight chart.",
    "Jaydens school (Oakfield Primary) raised concerns about bruising.",
    "The maternal grandmother, Mrs Pauline Fletcher, phoned on +44 (0)1908 555 123.",
    "A male known as Dex Walker was also living at the property.",
    "Social worker Peter O. visited; Mr Okafor noted the home was cold.",
    "Kaylah was weighed on the 5th of June 2015; Donnas account was accepted.",
    "Contact e-mail: ryan.carter1990@example.org; NHS no. 4010232137.",
    "Her partner's NINO is JT 45 67 89 A according to the housing file.",
]
HELD_OUT_IDENTIFIERS = [
    "Donna", "Kayla", "Smith", "Carter", "Ryan", "Jayden", "Harris", "Okafor", "Peter",
    "Fletcher", "Pauline", "Dex", "Walker", "Kaylah", "02/07/1994", "14-Mar-2013",
    "07700 900 456", "Acacia", "mk6 3ab", "1908 555 123", "ryan.carter1990@example.org",
    "4010232137", "JT 45 67 89 A",
]
LESSONS = [
    "Lesson: reception staff should pass on concerns raised at the front desk.",
    "Recommendation: the practice must record who attends with a child.",
]


def _held_out_docx(tmp_path: Path) -> bytes:
    document = Document()
    document.add_heading("Individual Management Review", level=0)
    for text in HELD_OUT_TEXT:
        document.add_paragraph(text)
    for text in LESSONS:
        document.add_paragraph(text)
    path = tmp_path / "held_out.docx"
    document.save(path)
    return path.read_bytes()


def _all_text(data: bytes) -> str:
    archive = zipfile.ZipFile(io.BytesIO(data))
    texts = []
    for name in archive.namelist():
        if name.endswith(".xml"):
            xml = archive.read(name).decode("utf-8")
            texts.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)))
            texts.append(re.sub(r"<[^>]+>", " ", xml))
    return "\n".join(texts)


@pytest.fixture(scope="module")
def case():
    return load_case(DEMO)


def test_no_held_out_identifier_survives(tmp_path, case):
    anonymiser = Anonymiser.for_case(case, dt.date(2026, 1, 1))
    result, _ = anonymise_docx(_held_out_docx(tmp_path), anonymiser, document="held_out",
                               title="t", when=dt.datetime(2026, 1, 1))
    text = _all_text(result)
    survivors = [i for i in HELD_OUT_IDENTIFIERS if i.lower() in text.lower()]
    assert survivors == []
    assert leak_check(result, anonymiser) == []


def test_held_out_lessons_kept(tmp_path, case):
    anonymiser = Anonymiser.for_case(case, dt.date(2026, 1, 1))
    result, _ = anonymise_docx(_held_out_docx(tmp_path), anonymiser, document="held_out",
                               title="t", when=dt.datetime(2026, 1, 1))
    text = _all_text(result)
    for lesson in LESSONS:
        assert lesson in text


# ---- agency reports someone else wrote: the demo case's, read as the pipeline reads them


def _forbidden(case) -> list[re.Pattern[str]]:
    """Every identifier of the key, written out independently of the anonymiser's forms."""
    words: set[str] = set()
    for person in [*case.people, *case.staff]:
        words.update(w for w in re.findall(r"[A-Za-z]+", person.name) if len(w) >= 3)
        for alias in getattr(person, "aliases", ()):
            words.update(w for w in re.findall(r"[A-Za-z]+", alias)
                         if len(w) >= 3 and w not in ("Mr", "Mrs", "Ms"))
    patterns = [re.compile(rf"\b{w}", re.IGNORECASE) for w in sorted(words)]
    for person in case.people:
        if person.born:
            b = person.born
            for text in (b.strftime("%d/%m/%Y"), b.strftime("%d-%m-%Y"), f"{b.day} {b:%B %Y}",
                         f"{b.day}/{b.month}/{b:%y}"):
                patterns.append(re.compile(re.escape(text)))
        if person.address:
            first = person.address.split(",")[0]
            patterns.append(re.compile(re.escape(first), re.IGNORECASE))
            patterns.append(re.compile(re.escape(person.address.split()[-2]) + r"\s*"
                                       + re.escape(person.address.split()[-1]), re.IGNORECASE))
    return patterns


@pytest.fixture(scope="module")
def demo_outputs(tmp_path_factory):
    from pipeline.assemble import anonymisation_report, executive_summary, overview
    from pipeline.ingest import report
    from pipeline.ooxml.package import open_return

    case = load_case(DEMO)
    run = case_run(case, tmp_path_factory.mktemp("demo"), today=dt.date(2016, 4, 1))
    for path in sorted(DEMO.rglob("*.docx")):
        source = type("Source", (), {"path": path, "file": path.name, "sha256": "0",
                                     "modified": path.stat().st_mtime})()
        try:
            found = report.read(open_return(path, case.password), source, case)
        except Exception:   # a chronology return or a protected file: not a report
            continue
        if found is not None:
            run.reports.append(found)
    write_outputs(run, overview.NAME)
    write_outputs(run, executive_summary.NAME, anonymisation_report.NAME)
    return run


def test_demo_reports_leave_no_identifier(demo_outputs):
    run = demo_outputs
    assert len([r for r in run.reports if r.kind == "agency_report"]) >= 3
    forbidden = _forbidden(run.case)
    for name in ("overview_draft.docx", "executive_summary.docx"):
        data = (run.outputs_dir / name).read_bytes()
        for part, text in _parts(data).items():
            hits = [p.pattern for p in forbidden if p.search(text)]
            assert hits == [], (name, part)


def test_demo_reports_keep_lessons_and_recommendations(demo_outputs):
    run = demo_outputs
    summary = _all_text((run.outputs_dir / "executive_summary.docx").read_bytes())
    overview_text = _all_text((run.outputs_dir / "overview_draft.docx").read_bytes())
    forbidden = _forbidden(run.case)
    for report in run.reports:
        for item in report.actions:
            if not any(p.search(item.recommendation) for p in forbidden):
                assert item.recommendation in summary
                assert item.recommendation in overview_text
        for paragraph in report.sections.get("learning", []):
            words = [w for w in re.findall(r"[a-z]{6,}", paragraph)][:6]
            assert all(w in overview_text for w in words)


def _parts(data: bytes) -> dict[str, str]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    texts = {}
    for name in archive.namelist():
        if name.endswith((".xml", ".rels")):
            xml = archive.read(name).decode("utf-8")
            paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
            joined = "\n".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
                               for p in paragraphs)
            texts[name] = joined + "\n" + xml
    return texts
