"""validate on a real Word return built by tests/builders: ingest, normalise, validate,
then the report and the feedback letter, as a run of the case does them."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document

from pipeline.assemble import feedback, validation_report
from pipeline.case import load_case
from pipeline.model import Severity
from tests.builders.cases import write_case_toml
from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx
from tests.builders.docx_pieces import Inserted
from tests.builders.runs import (
    case_run,
    ingest_stage,
    normalise_stage,
    validate_stage,
    write_outputs,
)


def test_a_word_return_with_template_mistakes(tmp_path):
    case_dir = write_case_toml(
        tmp_path / "case", reference="FILES-2016-01",
        agencies=[{"name": "Thames Valley Police", "aliases": ["TVP"],
                   "chronology_due": "15-02-2016"},
                  {"name": "General Practice", "aliases": ["GP"]}],
        people=[{"name": "Fictional Child", "pseudonym": "Child X", "role": "Child",
                 "born": "01-09-2013"}])
    doc = ChronologyDocx()
    doc.header_block(agency="TVP", date_completed="20/02/2016", completed_by="")
    doc.add_table(TEMPLATE_HEADINGS, [
        ["03/04/2014 14:30", "Seen at home", "", "", "Crime record", "PC1", ""],
        ["04/13/2015", "Seen at school", "", "", "Crime record", "PC1", ""],
        ["14/04/2014 2.30pm", "", "", "", "Crime record", "PC1", ""],
        ["March 2015", ["Child ", Inserted("seen")], "", "", "", "ZZ9", ""],
    ])
    doc.add_staff_table([("PC1", "Police Constable")])
    doc.save(case_dir / "TVP chronology.docx")

    run = case_run(load_case(case_dir), tmp_path / "out", today=dt.date(2016, 3, 1))
    ingest_stage(run)
    normalise_stage(run)
    validate_stage(run)
    found = {(f.code, f.row): f for f in run.findings}

    # Word rows count the heading as row 1.
    assert found[("month_first", 3)].message == (
        "Row 3: '04/13/2015' is written month first; please write 13-04-2015.")
    assert found[("month_first", 3)].severity is Severity.ERROR
    assert ("time_12h", 4) in found and ("contact_missing", 4) in found
    assert {("period", 5), ("source_missing", 5), ("staff_not_in_id_list", 5)} <= set(found)
    assert {("header_person_missing", None), ("tracked_changes", None),
            ("return_late", None), ("return_missing", None)} <= set(found)
    assert not [f for f in run.findings if f.row == 2]        # the clean row

    write_outputs(run, validation_report.NAME)
    write_outputs(run, feedback.NAME)
    assert "feedback/Thames Valley Police.docx" in run.outputs
    letter = Document(io.BytesIO(
        (run.outputs_dir / "feedback/Thames Valley Police.docx").read_bytes()))
    points = [p.text for p in letter.paragraphs]
    assert "Date written month first. " + found[("month_first", 3)].message in points
    page = (run.outputs_dir / "validation_report.html").read_text(encoding="utf-8")
    assert "No chronology has been received from General Practice" in page
