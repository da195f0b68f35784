"""Reading agency reports, their action plans and terms of reference by meaning."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from pipeline.case import load_case
from pipeline.ingest import report
from pipeline.ooxml.package import open_return
from tests.builders.cases import DEMO
from tests.builders.report_builder import (
    SECTION_ORDER,
    ReportSpec,
    build_agency_report,
    build_terms_of_reference,
)


class Source:
    def __init__(self, path: Path):
        self.path, self.file, self.sha256 = path, path.name, "0" * 64


@pytest.fixture(scope="module")
def case():
    return load_case(DEMO)


def read(path: Path, case):
    return report.read(open_return(path, case.password), Source(path), case)


@pytest.mark.parametrize("heading", ["style", "bold", "numbered", "capitals"])
@pytest.mark.parametrize("wording", ["toolkit", "imr"])
def test_sections_found_by_meaning(tmp_path, case, heading, wording):
    path = tmp_path / "r.docx"
    spec = ReportSpec(agency="Children's Social Care", heading=heading, wording=wording,
                      plant_everywhere=False)
    build_agency_report(path, spec)
    found = read(path, case)
    assert found is not None and found.kind == "agency_report"
    assert found.agency == "Children's Social Care"
    assert found.missing_sections == []
    for key in SECTION_ORDER:
        assert found.sections[key], key
    assert any(spec.learning in p for p in found.sections["learning"])
    assert "Contents" not in " ".join(found.sections.get("introduction", []))


def test_action_plan_rows(tmp_path, case):
    path = tmp_path / "r.docx"
    spec = ReportSpec(agency="Thames Valley Police")
    build_agency_report(path, spec)
    found = read(path, case)
    assert [a.recommendation for a in found.actions] == [r[0] for r in spec.recommendations]
    first = found.actions[0]
    assert (first.number, first.action, first.lead, first.timescale) == (
        "1", spec.recommendations[0][1], spec.recommendations[0][2], spec.recommendations[0][3])
    assert first.progress == "Not started" and first.evidence == "Audit of case records"
    assert first.agency == "Thames Valley Police"
    assert found.date_submitted == spec.submitted


def test_missing_section_is_listed_not_fatal(tmp_path, case):
    path = tmp_path / "r.docx"
    sections = tuple(k for k in SECTION_ORDER if k not in ("methodology", "author"))
    build_agency_report(path, ReportSpec(agency="Acute Hospital Trust", sections=sections,
                                         plant_everywhere=False))
    found = read(path, case)
    assert found.missing_sections == ["author", "methodology"]


def test_agency_from_file_name_when_title_page_is_silent(tmp_path, case):
    document = Document()
    for heading in ("Introduction", "Background", "Analysis of involvement",
                    "Lessons learned", "Recommendations"):
        document.add_heading(heading, level=1)
        document.add_paragraph("Some text about the case.")
    path = tmp_path / "MKUH agency report.docx"
    document.save(path)
    assert read(path, case).agency == "Acute Hospital Trust"


def test_terms_of_reference(tmp_path, case):
    path = build_terms_of_reference(tmp_path / "tor draft v3.docx")
    found = read(path, case)
    assert found.kind == "terms_of_reference"
    text = " ".join(found.sections["terms_of_reference"])
    assert "Was the child seen and heard?" in text
    assert found.sections["panel"] == ["Independent chair; Designated Nurse; Detective Inspector."]


def test_a_letter_is_not_a_report(tmp_path, case):
    document = Document()
    document.add_paragraph("Dear colleague,")
    document.add_paragraph("Please find our chronology attached. Kind regards.")
    path = tmp_path / "letter.docx"
    document.save(path)
    assert read(path, case) is None


@pytest.mark.parametrize("text, key", [
    ("3. Analysis of Involvement", "analysis"),
    ("AGENCY BACKGROUND INFORMATION", "agency_background"),
    ("Author's Background", "author"), ("What have we learnt?", "learning"),
    ("Family Composition and Brief History of the Family", "family"),
    ("Thames Valley Police involvement with this child and family?", "involvement"),
    ("Recommendations for Action", "recommendations"), ("Good practice", "good_practice"),
    ("The child was seen at home by the health visitor who noted bruising.", None),
])
def test_classify_heading(text, key):
    assert report.classify_heading(text) == key

