"""The demo case's outputs show the panel's work: marks read back from the member's
annotated copy, key episodes, inconsistencies, the action plan register and the genogram;
and a second merge keeps what people typed into the first one's outputs."""

import io
import shutil
import zipfile

import pytest
from docx import Document
from openpyxl import load_workbook

from pipeline.protect import decrypt_output, encrypt_office
from pipeline.run import run_case
from tests.builders.cases import DEMO


def opened(run, name: str) -> bytes:
    return decrypt_output((run.outputs_dir / name).read_bytes(), run.case.password)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo")
    shutil.copytree(DEMO, root / "demo")
    return root, run_case(root / "demo", root / "outputs")


def test_marks_from_the_annotated_copy(demo):
    _, run = demo
    marked = [row for row in run.merged if row.panel_marks]
    assert len(marked) == 6 and not run.gone_marks
    assert all(note.startswith("[Dr Helen Ward (Designated Nurse)] ")
               for row in marked for note in row.panel_notes)
    sheet = load_workbook(io.BytesIO(opened(run, "merged_chronology.xlsx")))["Chronology"]
    headings = [c.value for c in sheet[1]]
    marks = [sheet.cell(r, headings.index("Panel mark") + 1).value
             for r in range(2, sheet.max_row + 1)]
    assert sorted(m for m in marks if m) == sorted(m for row in marked
                                                   for m in row.panel_marks)
    [choices] = sheet.data_validations.dataValidation
    assert "Query for agency" in choices.formula1


def test_key_episodes_inconsistencies_register_and_genogram(demo):
    _, run = demo
    document = Document(io.BytesIO(opened(run, "key_episodes.docx")))
    assert len(document.tables[0].rows) == 1 + 5          # the query is not an episode
    assert {found.kind for found in run.inconsistencies} == {"day", "time"}
    text = "\n".join(p.text for p in document.paragraphs)
    assert all(found.id in text for found in run.inconsistencies)
    plan = load_workbook(io.BytesIO(opened(run, "action_plan.xlsx")))
    assert plan.sheetnames[:2] == ["Action plan", "Board summary"]
    assert "MA1" in [c.value for c in plan["Action plan"]["B"]]
    assert (run.outputs_dir / "genogram.png").read_bytes()[:4] == b"\x89PNG"
    overview = zipfile.ZipFile(io.BytesIO(opened(run, "overview_draft.docx")))
    assert len([n for n in overview.namelist() if n.startswith("word/media/")]) >= 2
    chronology = zipfile.ZipFile(io.BytesIO(opened(run, "merged_chronology.docx")))
    body = chronology.read("word/document.xml").decode()
    assert "Panel: Key episode" in body and "I001" in body


def test_a_second_merge_keeps_what_people_typed(demo):
    root, run = demo
    path = run.outputs_dir / "action_plan.xlsx"
    book = load_workbook(io.BytesIO(opened(run, "action_plan.xlsx")))
    sheet = book["Action plan"]
    sheet["J2"], sheet["H2"] = "Green", "On track"
    out = io.BytesIO()
    book.save(out)
    path.write_bytes(encrypt_office(out.getvalue(), run.case.password))
    again = run_case(root / "demo", root / "outputs")
    assert len([row for row in again.merged if row.panel_marks]) == 6
    notes = [n for row in again.merged for n in row.panel_notes]
    assert len(notes) == len(set(notes)) == 6                # read twice, kept once
    row = load_workbook(io.BytesIO(opened(again, "action_plan.xlsx")))["Action plan"][2]
    assert (row[7].value, row[9].value) == ("On track", "Green")
