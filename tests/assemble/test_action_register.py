"""The action plan register: the board's entries read back and kept on the same action,
wording changes flagged, new and gone actions, the SMART check and the board summary."""

import dataclasses
import datetime as dt
import io
from pathlib import Path

from openpyxl import load_workbook

from pipeline.assemble import action_plan
from pipeline.assemble.action_register import (
    build_register,
    completed_since_last_run,
    due_date,
    overdue,
    smart_check,
)
from pipeline.case_panel import PANEL_AGENCY, PanelRecommendation
from pipeline.model import ActionItem, AgencyReport
from pipeline.protect import decrypt_output, encrypt_office
from tests.builders.chronology_rows import run_for
from tests.builders.runs import write_outputs

POLICE = "Thames Valley Police"
PLAN = [ActionItem(POLICE, "1", "Review every NFA decision on high-risk cases",
                   "Monthly audit of NFA decisions", "DCI Safeguarding", "31/03/2016",
                   "Fewer unreviewed decisions", "", "Audit reports", ""),
        ActionItem(POLICE, "2", "Train officers and staff in coercive control",
                   "Training for all response officers", "", "", "", "", "", "")]


def run_with(tmp_path: Path, items, protect=True, today=dt.date(2016, 6, 1), panel=()):
    run = run_for(tmp_path, [])
    run.protect, run.today = protect, today
    run.case.recommendations = list(panel)
    run.reports = [AgencyReport(Path("/none/r.docx"), "r.docx", "0" * 64, agency=POLICE,
                                actions=[dataclasses.replace(i) for i in items])]
    return run


def board_types(run, values_by_number: dict[str, dict[str, str]]) -> None:
    """The board types into the protected register, as Excel saves it."""
    path = run.outputs_dir / action_plan.NAME
    book = load_workbook(io.BytesIO(decrypt_output(path.read_bytes(), run.case.password)))
    sheet = book["Action plan"]
    headings = [c.value for c in sheet[1]]
    for row in range(2, sheet.max_row + 1):
        for heading, value in values_by_number.get(sheet.cell(row, 2).value, {}).items():
            sheet.cell(row, headings.index(heading) + 1).value = value
    book.properties.lastModifiedBy = "Board business manager"
    out = io.BytesIO()
    book.save(out)
    path.write_bytes(encrypt_office(out.getvalue(), run.case.password))


def test_board_entries_survive_the_next_merge(tmp_path):
    run = run_with(tmp_path, PLAN)
    write_outputs(run, action_plan.NAME)
    board_types(run, {"1": {"RAG status": "Amber", "Progress": "Two audits done",
                            "Completed": None},
                      "2": {"RAG status": "Blue - complete", "Completed": "20-05-2016",
                            "Evidence": "Training register"}})
    reworded = [PLAN[0], dataclasses.replace(
        PLAN[1], recommendation="Train response officers in coercive control"),
        ActionItem(POLICE, "3", "Audit domestic abuse referrals to MASH", "Quarterly audit",
                   "DI MASH", "September 2016", "", "", "Audit", "")]
    run = run_with(tmp_path, reworded, today=dt.date(2016, 6, 2))
    register = build_register(run)
    one, two, three = register.actions
    assert (one.rag, one.progress, one.evidence) == ("Amber", "Two audits done",
                                                      "Audit reports")
    assert (two.rag, two.completed, two.evidence) == ("Blue - complete", "20-05-2016",
                                                      "Training register")
    assert two.reworded.endswith("Train officers and staff in coercive control")
    assert not one.reworded and (three.rag, three.progress) == ("", "")
    assert completed_since_last_run(register) == [two]
    assert [(a.number, days) for a, days in overdue(register, run.today)] == [("1", 63)]
    # Written again and read back: the flag and the completion stay, not completed anew.
    write_outputs(run, action_plan.NAME)
    again = build_register(run_with(tmp_path, reworded, today=dt.date(2016, 6, 3)))
    assert again.actions[1].reworded == two.reworded
    assert completed_since_last_run(again) == []


def test_actions_no_report_holds_are_kept(tmp_path):
    run = run_with(tmp_path, PLAN)
    write_outputs(run, action_plan.NAME)
    board_types(run, {"2": {"RAG status": "Red", "Progress": "Not started"}})
    run = run_with(tmp_path, PLAN[:1])
    write_outputs(run, action_plan.NAME)
    book = load_workbook(io.BytesIO(decrypt_output(
        (run.outputs_dir / action_plan.NAME).read_bytes(), run.case.password)))
    gone = [[c.value for c in r] for r in book["Actions no longer in reports"].iter_rows()]
    assert gone[1][:2] == [POLICE, "2"] and gone[1][7] == "Not started" and gone[1][9] == "Red"
    run = run_with(tmp_path, PLAN)                        # back in the report: back on it
    assert build_register(run).actions[1].progress == "Not started"


def test_panel_recommendations_from_case_toml_and_the_smart_check(tmp_path):
    panel = [PanelRecommendation("MA1", "The board audits step-down decisions", "Audit",
                                 "Board business manager", "31-12-2016", evidence="Audit"),
             PanelRecommendation("MA2", "Agencies share and record information")]
    register = build_register(run_with(tmp_path, PLAN, panel=panel))
    ma1, ma2 = register.actions[2:]
    assert ma1.agency == ma2.agency == PANEL_AGENCY
    assert ma1.smart == [] and register.actions[0].smart == []
    assert ma2.smart == ["'and' in the recommendation: one recommendation each", "no lead",
                         "no timescale", "no evidence"]
    assert smart_check(register.actions[1]) == [
        "'and' in the recommendation: one recommendation each", "no lead", "no timescale",
        "no evidence"]


def test_board_summary_sheet(tmp_path):
    run = run_with(tmp_path, PLAN, protect=False)
    run.reports[0].actions[1].rag = "red"
    write_outputs(run, action_plan.NAME)
    book = load_workbook(run.outputs_dir / action_plan.NAME)
    summary = [[c.value for c in row] for row in book["Board summary"].iter_rows()]
    counts = {row[0]: row[1] for row in summary if row[0] in ("Red", "Not rated yet",
                                                              "All actions")}
    assert counts == {"Red": 1, "Not rated yet": 1, "All actions": 2}
    titles = [row[0] for row in summary if row[0]]
    assert "Overdue (1): past their timescale and not complete" in titles
    assert "Completed since the last run (0)" in titles


def test_due_dates():
    today = dt.date(2016, 6, 1)
    assert due_date("31/03/2016", today) == dt.date(2016, 3, 31)
    assert due_date("March 2016", today) == dt.date(2016, 3, 31)
    assert due_date("Ongoing", today) is None and due_date("", today) is None
