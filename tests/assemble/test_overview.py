"""overview_draft.docx and anonymisation_report.xlsx, built from real agency report files."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_COLOR_INDEX
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from pipeline.assemble import anonymisation_report, chronology_docx, overview
from pipeline.lifecycle.clock import working_days_left
from pipeline.model import Provenance, Row, Severity
from pipeline.received import Submitted
from pipeline.validate.reports import report_findings
from tests.builders.report_builder import ReportSpec
from tests.builders.runs import opened, read_again, reports_run, write_outputs
from tests.builders.written import part_texts


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    run, planted = reports_run(tmp_path_factory.mktemp("overview"))
    write_outputs(run, overview.NAME, anonymisation_report.NAME)
    return run, planted


def test_written_protected_and_structured(written):
    run, _ = written
    assert (run.outputs_dir / overview.NAME).read_bytes()[:4] != b"PK\x03\x04"
    document = Document(io.BytesIO(opened(run, overview.NAME)))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    for expected in ("1. Introduction and terms of reference", "2. The review process",
                     "3. The family", "4. Summary of the merged chronology",
                     "5. Agency involvement and analysis", "6. Lessons learnt",
                     "7. Good practice", "8. Recommendations",
                     "Appendix: the merged chronology"):
        assert expected in headings
    text = "\n".join(p.text for p in document.paragraphs)
    for word in ("RESTRICTED", "DRAFT", run.case.reference, run.case.subject):
        assert word in text
    assert "Was the child seen and heard?" in text          # from the terms of reference
    # case.toml's [[panel]] is shown as a table (it wins over the terms of reference's list)
    cells = {c.text for table in document.tables for row in table.rows for c in row.cells}
    assert {m.role for m in run.case.panel} <= cells and run.case.panel


def test_author_placeholders_are_highlighted(written):
    run, _ = written
    document = Document(io.BytesIO(opened(run, overview.NAME)))
    marks = [r for p in document.paragraphs for r in p.runs
             if r.text.startswith("[AUTHOR TO COMPLETE:")]
    assert len(marks) >= 5
    assert all(r.font.highlight_color is not None for r in marks)


def test_no_planted_identifier_in_any_part(written):
    run, planted = written
    texts = part_texts(opened(run, overview.NAME))
    for values in planted.values():
        for kind, strings in values.items():
            for value in strings:
                for part, text in texts.items():
                    assert value.lower() not in text.lower(), (part, kind)


def test_learning_analysis_and_recommendations_kept(written):
    run, _ = written
    document = Document(io.BytesIO(opened(run, overview.NAME)))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    spec = ReportSpec(agency="x")
    assert spec.learning in text and spec.good_practice in text
    assert "Practitioners accepted what Mother said without checking it." in text
    for recommendation, *_ in spec.recommendations:
        assert recommendation in cells
    # each agency's own involvement section came through docxcompose
    for number, agency in enumerate(("Thames Valley Police", "Children's Social Care",
                                     "Health Visiting Service"), start=1):
        assert f"5.{number} {agency}" in text


def test_family_by_pseudonym_and_timeliness(written):
    run, _ = written
    document = Document(io.BytesIO(opened(run, overview.NAME)))
    rows = [[c.text for c in r.cells] for t in document.tables for r in t.rows]
    assert ["Child X", "Child"] in rows and ["Adult Male 1", "Mother's partner"] in rows
    timeliness = {r[0]: r[4] for r in rows if len(r) == 5}
    assert timeliness["Thames Valley Police"] == "submitted 10-03-2016, on time"  # due 15-03
    assert timeliness["Children's Social Care"] == "submitted 15-03-2016, on time"
    # Sunday 20-03: three working days after Tuesday 15-03
    assert timeliness["Health Visiting Service"] == "submitted 20-03-2016, 3 working days late"
    assert timeliness["Acute Hospital Trust"] == "not received"
    assert timeliness["General Practice"] == "not asked"


def test_no_comments_or_python_docx_properties(written):
    run, _ = written
    data = opened(run, overview.NAME)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "word/comments.xml" not in names
    properties = Document(io.BytesIO(data)).core_properties
    assert properties.author == run.case.board == "Oakbridge Safeguarding Children Board"
    assert "python-docx" not in (properties.comments or "")


def test_anonymisation_report_lists_replacements_and_suspects(written):
    run, _ = written
    workbook = load_workbook(io.BytesIO(opened(run, anonymisation_report.NAME)))
    sheet = workbook[anonymisation_report.SHEET]
    header = [c.value for c in sheet[1]]
    lines = [dict(zip(header, (c.value for c in r), strict=True))
             for r in sheet.iter_rows(min_row=2)]
    replaced = [line for line in lines if line["Found by"] == "anonymiser"]
    assert any(r["Original"].lower().startswith("kayla") and r["Now reads"].startswith(
        "Child X") for r in replaced)
    assert any(r["Original"] == "Jane Brown" and r["Now reads"] == "Health Visitor"
               for r in replaced)
    fletcher = next(r for r in lines if "Maureen Fletcher" in (r["Original"] or ""))
    assert "grandmother Maureen Fletcher" in fletcher["Context"]   # context for the reviewer
    # one line per occurrence, each with an id and an empty Decision to fill in
    assert len({line["ID"] for line in lines}) == len(lines)
    assert all(line["Decision"] is None for line in lines)


def test_missing_section_becomes_a_warning(tmp_path):
    run, _ = reports_run(tmp_path, protect=False)
    run.reports[0].missing_sections = ["methodology"]
    found = [f for f in report_findings(run.reports, run.case)
             if f.code == "report_section_missing"]
    assert found and found[0].severity is Severity.WARNING and "Methodology" in found[0].message


def test_chronology_appendix_is_anonymised(tmp_path, monkeypatch):
    run, _ = reports_run(tmp_path, protect=False)
    run.merged = [Row(Provenance("a.docx", "1", 2), "Thames Valley Police", "03/04/2015",
                      comment="Kayla seen by Jane Brown")]

    def chronology(_run, _picture):
        document = Document()
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "03-04-2015"
        table.cell(0, 1).text = "Kayla Smith seen by Jane Brown at 12 Acacia Avenue"
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()

    monkeypatch.setattr(chronology_docx, "build", chronology, raising=False)
    write_outputs(run, overview.NAME)
    document = Document(io.BytesIO(opened(run, overview.NAME)))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "Child X seen by Health Visitor at [address]" in cells


def test_a_leak_stops_the_document(tmp_path, monkeypatch):
    """With the anonymiser and the gate both failing, the leak check still stops it."""
    run, _ = reports_run(tmp_path, protect=False)
    from pipeline.anonymise.publication import Verdict
    from pipeline.assemble import _published

    monkeypatch.setattr(_published, "anonymise_docx",
                        lambda data, *a, **k: (data, []))
    monkeypatch.setattr(_published, "gate_document", lambda data, *a, **k: Verdict(data))
    write_outputs(run, overview.NAME)
    assert not (run.outputs_dir / overview.NAME).exists()
    leak = next(f for f in run.findings if f.code == "anonymisation_leak")
    assert leak.severity is Severity.ERROR
    assert "word/document.xml" in leak.message and "key name" in leak.message
    assert "Kayla" not in leak.message and "Smith" not in leak.message


def test_the_gate_alone_replaces_and_marks_what_the_anonymiser_missed(tmp_path,
                                                                     monkeypatch):
    run, _ = reports_run(tmp_path, protect=False)
    from pipeline.assemble import _published

    monkeypatch.setattr(_published, "anonymise_docx",
                        lambda data, *a, **k: (data, []))
    write_outputs(run, overview.NAME)
    document = Document(io.BytesIO(opened(run, overview.NAME)))
    runs = [r for p in document.paragraphs for r in p.runs]
    assert "Kayla" not in "".join(r.text for r in runs)
    marked = {r.text for r in runs if r.font.highlight_color == WD_COLOR_INDEX.PINK}
    assert "[name]" in marked


def test_a_key_name_brought_together_by_the_gate_is_anonymised_once_more(tmp_path,
                                                                         monkeypatch):
    """The gate's replacements can make words read as a key name again ('the Bishop of
    [name]'): the document is anonymised and gated once more, not refused."""
    run, _ = reports_run(tmp_path, protect=False)
    from pipeline.anonymise.publication import Verdict
    from pipeline.assemble import _published

    real = _published.gate_document
    calls = []

    def gate_that_brings_back_a_name(data, *args, **kwargs):
        verdict = real(data, *args, **kwargs)
        calls.append(1)
        if len(calls) > 1:
            return verdict
        document = Document(io.BytesIO(verdict.data))
        document.add_paragraph("Kayla was seen again.")
        out = io.BytesIO()
        document.save(out)
        return Verdict(out.getvalue(), verdict.suspects, verdict.blocking)

    monkeypatch.setattr(_published, "gate_document", gate_that_brings_back_a_name)
    write_outputs(run, overview.NAME)
    assert len(calls) == 2
    text = "\n".join(part_texts(opened(run, overview.NAME)).values())
    assert "Kayla" not in text and "Child X was seen again." in text
    assert not [f for f in run.findings if f.code == "anonymisation_leak"]


def test_footnotes_of_a_report_are_kept_and_anonymised(tmp_path):
    from tests.builders.report_builder import add_footnote

    run, _ = reports_run(tmp_path, protect=False)
    police = next(r for r in run.reports if r.agency == "Thames Valley Police")
    add_footnote(police.path, "Practitioners accepted what",
                 "Source: Kayla Smith's police record, checked by Dr Patel on 07700 900123.")
    read_again(run, police)
    write_outputs(run, overview.NAME)
    data = opened(run, overview.NAME)
    footnotes = zipfile.ZipFile(io.BytesIO(data)).read("word/footnotes.xml").decode()
    assert "Child X's police record, checked by Dr [name] on [phone]." in footnotes
    assert "Kayla" not in footnotes and "Patel" not in footnotes


def test_a_password_protected_report_is_appended(tmp_path):
    from pipeline.protect import encrypt_office

    run, _ = reports_run(tmp_path, protect=False)
    police = next(r for r in run.reports if r.agency == "Thames Valley Police")
    police.path.write_bytes(encrypt_office(police.path.read_bytes(), run.case.password))
    read_again(run, police)
    write_outputs(run, overview.NAME)
    text = "\n".join(p.text for p in Document(io.BytesIO(opened(run, overview.NAME))).paragraphs)
    start = text.index("5.1 Thames Valley Police")
    assert "Practitioners accepted what Mother said" in text[start:start + 2000]


def test_a_broken_report_does_not_stop_the_draft(tmp_path, monkeypatch):
    run, _ = reports_run(tmp_path, protect=False)
    monkeypatch.setattr(overview, "_learning", lambda *a: 1 / 0)
    write_outputs(run, overview.NAME)
    failed = next(f for f in run.findings if f.code == "overview_failed")
    assert "ZeroDivisionError" in failed.message
    assert not (run.outputs_dir / overview.NAME).exists()


def test_a4_and_the_chronology_appendix_in_landscape(written):
    run, _ = written
    document = Document(io.BytesIO(opened(run, overview.NAME)))
    first, last = document.sections[0], document.sections[-1]
    assert (round(first.page_width.cm, 1), round(first.page_height.cm, 1)) == (21.0, 29.7)
    assert last.orientation == WD_ORIENT.LANDSCAPE
    assert (round(last.page_width.cm, 1), round(last.page_height.cm, 1)) == (29.7, 21.0)


def test_agency_sections_start_on_the_overviews_headings_without_their_numbers(written):
    """Reports with styled, bold and numbered ('7. Agency involvement') headings all read
    as the overview's 5.N agency heading, then its two sections in its own style."""
    run, _ = written
    document = Document(io.BytesIO(opened(run, overview.NAME)))
    paragraphs = [(p.text, p.style.name) for p in document.paragraphs]
    texts = [text for text, _ in paragraphs]
    section = paragraphs[texts.index("5. Agency involvement and analysis"):
                         texts.index("6. Lessons learnt")]
    headings = [(text, style) for text, style in section if style.startswith("Heading")]
    expected = [("5. Agency involvement and analysis", "Heading 1")]
    for number, agency in enumerate(("Thames Valley Police", "Children's Social Care",
                                     "Health Visiting Service"), start=1):
        expected += [(f"5.{number} {agency}", "Heading 2"),
                     ("Involvement with the child and family", "Heading 3"),
                     ("Analysis of involvement", "Heading 3")]
    assert headings == expected
    body = [text for text, style in section if not style.startswith("Heading")]
    assert not [text for text in body if re.match(r"\d+\.\s", text)]


def test_one_panel_list_from_case_toml_saying_so(written):
    run, _ = written
    document = Document(io.BytesIO(opened(run, overview.NAME)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Independent chair; Designated Nurse; Detective Inspector." not in text
    assert overview.PANEL_POINTER in text
    assert "The panel as the board's office recorded it in this review's settings." in text
    assert text.count("The review panel") == 2              # the heading and the pointer


def test_the_terms_of_references_panel_when_case_toml_has_none(tmp_path):
    run, _ = reports_run(tmp_path, protect=False)
    run.case.panel = []
    write_outputs(run, overview.NAME)
    texts = [p.text for p in Document(io.BytesIO(opened(run, overview.NAME))).paragraphs]
    at = texts.index("The panel as the terms of reference give it (the review's settings list no "
                         "panel):")
    assert texts[at + 1] == "Independent chair; Designated Nurse; Detective Inspector."
    assert texts.count("Independent chair; Designated Nurse; Detective Inspector.") == 1


@settings(deadline=None)          # a count over years of days: no time limit on a test
@given(st.integers(1, 1500))
def test_days_late_in_the_right_number(late):
    due = dt.date(2016, 2, 15)                 # a Monday; every day after it is counted
    received = Submitted(due + dt.timedelta(days=late), "received")
    words = overview._on_time(received, due)
    working = working_days_left(received.day, due) * -1
    expected = f"{working} working day late" if working == 1 else f"{working} working days late"
    assert words == (f"{received}, on time" if working <= 0 else f"{received}, {expected}")
