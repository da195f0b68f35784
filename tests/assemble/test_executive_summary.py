"""executive_summary.docx: brief, every recommendation, dates generalised, leak-checked."""

from __future__ import annotations

import io

import pytest
from docx import Document

from pipeline.assemble import anonymisation_report, executive_summary
from tests.builders.report_builder import ReportSpec
from tests.builders.runs import opened, reports_run, write_outputs
from tests.builders.written import part_texts


def _text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    run, planted = reports_run(tmp_path_factory.mktemp("summary"))
    police = run.reports[-1]
    police.sections["learning"].insert(
        0, "On 14/05/2015 and again on Tuesday 2nd June 2015 the child was not seen alone.")
    write_outputs(run, executive_summary.NAME, anonymisation_report.NAME)
    return run, planted


def test_structure_and_every_recommendation(written):
    run, _ = written
    text = _text(opened(run, executive_summary.NAME))
    for heading in ("1. The case in outline", "2. The review process and who took part",
                    "3. Key issues", "4. Recommendations"):
        assert heading in text
    for report in run.reports:
        if report.kind == "agency_report":
            assert report.agency in text
            for item in report.actions:
                assert f"{item.number}. {item.recommendation}" in text
    assert ReportSpec(agency="x").learning in text
    assert len(text.split()) < 1500          # brief
    for member in run.case.panel:            # who took part: the panel from case.toml
        assert member.role in text


def test_exact_dates_become_month_and_year(written):
    run, _ = written
    text = _text(opened(run, executive_summary.NAME))
    assert "In May 2015 and again in June 2015 the child was not seen alone." in text
    assert "14/05/2015" not in text and "2nd June" not in text


def test_no_identifier_in_any_part(written):
    run, planted = written
    texts = part_texts(opened(run, executive_summary.NAME))
    for values in planted.values():
        for strings in values.values():
            for value in strings:
                assert all(value.lower() not in t.lower() for t in texts.values())


def test_birth_date_never_generalised(tmp_path):
    run, _ = reports_run(tmp_path, protect=False)
    run.reports[-1].sections["learning"].insert(0, "She was born on 14/03/2013 at home.")
    write_outputs(run, executive_summary.NAME, anonymisation_report.NAME)
    text = _text(opened(run, executive_summary.NAME))
    assert "She was born on [date of birth] at home." in text
    assert "March 2013" not in text


def test_exact_dates_kept_when_the_case_asks(tmp_path):
    run, _ = reports_run(tmp_path, protect=False)
    run.case.summary_dates = "exact"
    run.reports[-1].sections["learning"].insert(0, "Seen on 14/05/2015.")
    write_outputs(run, executive_summary.NAME, anonymisation_report.NAME)
    assert "Seen on 14/05/2015." in _text(opened(run, executive_summary.NAME))


def test_a_summary_that_cannot_be_built_is_an_error_not_a_stop(tmp_path, monkeypatch):
    run, _ = reports_run(tmp_path, protect=False)
    monkeypatch.setattr(executive_summary, "build", lambda run: 1 / 0)
    write_outputs(run, executive_summary.NAME, anonymisation_report.NAME)
    failed = next(f for f in run.findings if f.code == "summary_failed")
    assert failed.message == (f"{executive_summary.NAME} could not be assembled "
                              "(ZeroDivisionError); check the agency reports open in Word and "
                              "run again.")
    assert not (run.outputs_dir / executive_summary.NAME).exists()
