"""The Word documents list the first inconsistencies and say where the rest are; the
workbook's Inconsistencies sheet holds every one."""

import io

import openpyxl
import pytest
from docx import Document

from pipeline.assemble import chronology_docx, chronology_xlsx, key_episodes, timeline
from tests.builders.chronology_rows import AGENCIES, chronology, day, run_for
from tests.builders.runs import merge_stage

POLICE, CSC, HV, GP = AGENCIES


@pytest.fixture
def run(tmp_path):
    """A merge that finds two inconsistencies: a meeting a day apart, a call hours apart."""
    return merge_stage(run_for(tmp_path, [
        chronology(POLICE, [(day(2015, 12, 1, 10), "Multi-agency strategy meeting at the "
                                                   "family centre; section 47 agreed."),
                            (day(2015, 3, 2, 9), "Strategy discussion with social care "
                                                 "and the paediatrician.")]),
        chronology(CSC, [(day(2015, 12, 2), "Strategy meeting at the family centre. "
                                            "Section 47 enquiries agreed.")]),
        chronology(GP, [(day(2015, 3, 2, 11, 30), "Strategy discussion with police and "
                                                  "social care.")])]))


def _paragraphs(docx: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(docx)).paragraphs]


def _documents(run) -> dict[str, list[str]]:
    return {"key episodes": _paragraphs(key_episodes.build(run)),
            "chronology": _paragraphs(chronology_docx.build(run, timeline.build(run)))}


def test_every_inconsistency_is_listed_when_there_are_few(run):
    ids = [found.id for found in run.inconsistencies]
    assert len(ids) == 2
    for name, paragraphs in _documents(run).items():
        assert [p.split(":")[0] for p in paragraphs if p[:1] == "I" and p[1:4].isdigit()] \
            == ids, name
        assert not any(p.startswith("And ") and "more" in p for p in paragraphs), name


def test_beyond_the_limit_the_documents_point_to_the_workbook(run, monkeypatch):
    monkeypatch.setattr(chronology_docx, "LISTED", 1)
    first, second = run.inconsistencies
    for name, paragraphs in _documents(run).items():
        listed = [p for p in paragraphs if p.startswith(("I0", "And "))]
        assert listed[0].startswith(f"{first.id}: {first.explanation}"), name
        assert listed[1] == ("And 1 more (of 2): see the Inconsistencies sheet of "
                             "merged_chronology.xlsx, which lists every one."), name
        assert not any(second.id in p for p in paragraphs), name
    sheet = openpyxl.load_workbook(io.BytesIO(chronology_xlsx.build(run)))["Inconsistencies"]
    assert {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)} \
        == {first.id, second.id}
