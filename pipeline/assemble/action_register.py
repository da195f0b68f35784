"""The action plan as a register the board keeps between merges (toolkit 4.0: RAG progress
at every board meeting).

Each run lists every action of the agency reports' action plans (Appendix 6) and the
panel's multi-agency recommendations (case.toml), then reads back what the board typed
into the previous action_plan.xlsx (pipeline/readback.py): RAG status, Progress,
Evidence and Completed stay on the same action, found by agency, recommendation number
and text; a recommendation whose words changed keeps them, flagged. Actions the board
worked on that no report holds any more are kept on a sheet of their own, never dropped.
A SMART check applies Appendix 5's own rule; the board summary counts by RAG, lists the
overdue actions and those completed since the last run.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from pipeline.assemble._reportdoc import reports_of
from pipeline.case_panel import PANEL_AGENCY
from pipeline.dates import read_date
from pipeline.model import ActionItem, CaseRun, Precision
from pipeline.readback import EditsRead, read_previous_output

NAME, SHEET, GONE_SHEET = "action_plan.xlsx", "Action plan", "Actions no longer in reports"
KEYS = ("Agency", "No.", "Recommendation")
EDITS = ("RAG status", "Progress", "Evidence", "Completed")
CONTEXT = ("Action", "Wording check", "Complete when merged")
RAG_VALUES = ("Red", "Amber", "Green", "Blue - complete")
REWORDED = "reworded since the board's entries; was: "
# rapidfuzz ratio of recommendation and action a reworded action needs to be the same one:
# with its number unchanged, or (renumbered) with nearly the same words.
SAME_NUMBER, OTHER_NUMBER = 60.0, 90.0
_AND = re.compile(r"\band\b|&", re.I)


@dataclass
class Action(ActionItem):
    """One row of the register: the plan's words (an ActionItem), the board's entries, the
    checks."""

    completed: str = ""
    reworded: str = ""                # "reworded ...; was: <old words>" until cleared
    was_complete: bool = False        # complete when the previous run wrote it
    smart: list[str] = field(default_factory=list)

    @property
    def is_complete(self) -> bool:
        return self.rag == "Blue - complete" or bool(self.completed.strip())


@dataclass
class Register:
    actions: list[Action]
    gone: list[Action]
    read: EditsRead


def build_register(run: CaseRun) -> Register:
    """Every action, the board's entries read back onto them (problems reading them in
    `read.problems`), checks made."""
    actions = _planned(run)
    read = read_previous_output(run, NAME, SHEET, KEYS, EDITS, context_columns=CONTEXT,
                                optional_sheets=(GONE_SHEET,))
    gone = _carry(read, actions)
    for action in actions:
        action.smart = smart_check(action)
    return Register(actions, gone, read)


def rag_of(written: str) -> str:
    """A RAG word as the drop-down names it ("amber" -> "Amber"), else as written."""
    first = written.strip().lower().split()[0] if written.strip() else ""
    for value in RAG_VALUES:
        if first and value.lower().startswith(first):
            return value
    return written.strip()


def smart_check(action: Action) -> list[str]:
    """What Appendix 5 asks of a recommendation that this one lacks: one thing ('avoid
    using the word "and"'), a lead, a timescale, evidence that it was done."""
    problems = []
    if _AND.search(action.recommendation):
        problems.append("'and' in the recommendation: one recommendation each")
    for what, value in (("lead", action.lead), ("timescale", action.timescale),
                        ("evidence", action.evidence)):
        if not value.strip():
            problems.append(f"no {what}")
    return problems


def due_date(timescale: str, today: dt.date) -> dt.date | None:
    """The last day of an action's timescale when it is written as a date or a month,
    quarter or year ('31/03/2016', 'March 2016'); None for 'ongoing', '3 months'..."""
    if not timescale.strip():
        return None
    reading = read_date(timescale.strip(), today=today)
    if reading.precision is Precision.DAY:
        return reading.date
    return reading.end if reading.end else None


def overdue(register: Register, today: dt.date) -> list[tuple[Action, int]]:
    """(action, days overdue) for each action past its timescale and not complete."""
    late = []
    for action in register.actions:
        due = due_date(action.timescale, today)
        if due is not None and due < today and not action.is_complete:
            late.append((action, (today - due).days))
    return late


def completed_since_last_run(register: Register) -> list[Action]:
    return [a for a in register.actions if a.is_complete and not a.was_complete]


def _planned(run: CaseRun) -> list[Action]:
    actions = [Action(report.agency, item.number, item.recommendation, item.action,
                      item.lead, item.timescale, item.outcome, item.progress, item.evidence,
                      rag_of(item.rag))
               for report in reports_of(run) for item in report.actions]
    actions += [Action(PANEL_AGENCY, r.number, r.text, r.action, r.lead, r.timescale,
                       r.outcome, evidence=r.evidence) for r in run.case.recommendations]
    return actions


def _carry(read: EditsRead, actions: list[Action]) -> list[Action]:
    """Put each read-back row's entries on its action; the rows whose action is gone."""
    rows = list(read.rows)
    unmatched: list = []
    free = list(range(len(actions)))
    for row in rows:                       # the same words: the same action
        hit = next((i for i in free if _key(actions[i]) == _row_key(row)), None)
        if hit is None:
            unmatched.append(row)
            continue
        free.remove(hit)
        _take(actions[hit], row, reworded=False)
    gone = []
    for row in unmatched:
        hit = _closest(row, [actions[i] for i in free])
        if hit is None:
            gone.append(_gone(row))
            continue
        free.remove(actions.index(hit))
        _take(hit, row, reworded=True)
    return gone


def _key(action: Action) -> tuple[str, ...]:
    return (action.agency, action.number.strip(), " ".join(action.recommendation.split()),
            " ".join(action.action.split()))


def _row_key(row) -> tuple[str, ...]:
    return (row["Agency"], row["No."].strip(), " ".join(row["Recommendation"].split()),
            " ".join(row["Action"].split()))


def _closest(row, candidates: list[Action]) -> Action | None:
    best, best_score = None, 0.0
    words = f"{row['Recommendation']} {row['Action']}"
    for action in candidates:
        if action.agency != row["Agency"]:
            continue
        same_number = action.number.strip() == row["No."].strip()
        score = fuzz.ratio(words, f"{action.recommendation} {action.action}",
                           score_cutoff=SAME_NUMBER if same_number else OTHER_NUMBER)
        if score + 10 * same_number > best_score and score:
            best, best_score = action, score + 10 * same_number
    return best


def _take(action: Action, row, *, reworded: bool) -> None:
    """The board's entries from `row` onto `action` (a filled cell wins over the plan)."""
    action.rag = rag_of(row["RAG status"]) or action.rag
    action.progress = row["Progress"] or action.progress
    action.evidence = row["Evidence"] or action.evidence
    action.completed = row["Completed"]
    action.was_complete = row["Complete when merged"] == "yes"
    if reworded and row["Recommendation"] != action.recommendation:
        action.reworded = REWORDED + row["Recommendation"]
    else:
        action.reworded = row["Wording check"]


def _gone(row) -> Action:
    return Action(row["Agency"], row["No."], row["Recommendation"], row["Action"],
                  progress=row["Progress"], evidence=row["Evidence"],
                  rag=rag_of(row["RAG status"]), completed=row["Completed"],
                  reworded=row["Wording check"],
                  was_complete=row["Complete when merged"] == "yes")
