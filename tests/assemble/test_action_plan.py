"""action_plan.xlsx: every agency's actions in one table with a RAG drop-down."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from pipeline.assemble import action_plan
from tests.builders.runs import opened, reports_run, write_outputs


def test_every_action_with_rag_dropdown(tmp_path):
    run, _ = reports_run(tmp_path)
    run.reports[0].actions[0].rag = "amber"
    write_outputs(run, action_plan.NAME)
    sheet = load_workbook(io.BytesIO(opened(run, action_plan.NAME)))["Action plan"]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    expected = [(r.agency, a.recommendation) for r in run.reports for a in r.actions]
    expected += [("Multi-agency (panel)", r.text) for r in run.case.recommendations]
    assert sorted((r[0], r[2]) for r in rows) == sorted(expected)
    assert len(rows) == 6 + 2
    headings = [c.value for c in sheet[1]]
    assert headings[9] == "RAG status" and headings[10] == "Completed"
    assert "Amber" in [r[9] for r in rows]
    validation = sheet.data_validations.dataValidation[0]
    assert "Blue - complete" in validation.formula1 and "J2" in str(validation.sqref)
    assert len(sheet.conditional_formatting) >= 1
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:M")


def test_not_written_without_actions(tmp_path):
    run, _ = reports_run(tmp_path, protect=False)
    for report in run.reports:
        report.actions = []
    run.case.recommendations = []         # the demo's case.toml has the panel's own
    write_outputs(run, action_plan.NAME)
    assert not (run.outputs_dir / action_plan.NAME).exists()
