"""`python -m pipeline status CASE`: who still owes what, on the review clock.

Per agency: whether its chronology and agency report have been received and when, when
each is due, and the working days left or overdue; then what is missing, the review's own
deadline, and when the outputs were last written. Only agency names, dates and counts are
shown: never a file's contents. `letters=True` writes a chase letter to each agency with
something overdue (to_agencies/<agency>/chase_letter_<date>.docx), never over one
already written that day.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.case import Agency, load_case
from pipeline.ingest import ingest
from pipeline.lifecycle import letters
from pipeline.lifecycle.clock import review_deadline, working_days_left
from pipeline.lifecycle.start import load_started
from pipeline.model import CaseRun
from pipeline.outputs import CaseLocked, Staging, case_lock
from pipeline.received import RECEIVED, record_received

log = logging.getLogger(__name__)

DMY = letters.DMY
WHAT = {"chronology": "the chronology (Appendix 4)",
        "report": "the agency report (Appendix 5) with its action plan (Appendix 6)"}


@dataclass(frozen=True)
class Owed:
    """One thing an agency was asked for: when it came (if it has), when it is due."""

    what: str                       # "chronology" or "report"
    received: dt.date | None
    due: dt.date | None
    asked: bool = True
    empty: bool = False             # only templates with no entries have come back

    @property
    def done(self) -> bool:
        return self.received is not None and not self.empty

    def left(self, today: dt.date) -> int | None:
        """Working days left (negative: overdue) for what has not come; None otherwise."""
        if self.done or self.due is None or not self.asked:
            return None
        return working_days_left(today, self.due)


@dataclass
class AgencyStatus:
    agency: Agency
    chronology: Owed
    report: Owed


@dataclass
class CaseStatus:
    run: CaseRun
    agencies: list[AgencyStatus] = field(default_factory=list)
    letters_written: list[str] = field(default_factory=list)
    letters_kept: list[str] = field(default_factory=list)
    recorded: bool = True          # False when a merge held the case: nothing new kept


def case_status(case_dir: Path, outputs_root: Path, *, write_letters: bool = False,
                protect: bool = True, today: dt.date | None = None) -> CaseStatus:
    """Read the case folder and the clock. Raises CaseError (a merge running: CaseLocked
    only when chase letters were asked for)."""
    run = CaseRun(case=load_case(case_dir), outputs_dir=outputs_root / case_dir.name,
                  protect=protect, today=today or dt.date.today())
    status = CaseStatus(run)
    try:
        with case_lock(run.outputs_dir, run.output_password) as staging:
            register = _gather(status, keep=True)
            if register is not None:
                staging.write(RECEIVED, register)
            if write_letters:
                _chase(status, staging)
    except CaseLocked:
        if write_letters:
            raise
        status.run.returns.clear()
        status.run.reports.clear()
        status.run.problems.clear()
        status.recorded = False
        _gather(status, keep=False)
    return status


def _gather(status: CaseStatus, keep: bool) -> bytes | None:
    """The case read into status (the register of received days to keep, if any)."""
    run = status.run
    read = ingest(run.case)
    run.returns, run.reports, run.problems = read.returns, read.reports, read.problems
    register = record_received(run, keep=keep)
    first: dict[str, dict[str, dt.date]] = {}
    filled = {r.agency for r in run.returns if r.rows_read}
    items = [("chronology", r) for r in run.returns]
    items += [("report", r) for r in run.reports if r.kind == "agency_report"]
    for what, item in items:
        days = first.setdefault(item.agency, {})
        if item.received and (what not in days or item.received < days[what]):
            days[what] = item.received
    reports_asked = any(a.report_due for a in run.case.agencies)
    status.agencies = []
    for agency in run.case.agencies:
        days = first.get(agency.name, {})
        report_asked = bool(agency.report_due) or "report" in days or not reports_asked
        chronology = days.get("chronology")
        status.agencies.append(AgencyStatus(
            agency, Owed("chronology", chronology, agency.chronology_due,
                         empty=chronology is not None and agency.name not in filled),
            Owed("report", days.get("report"), agency.report_due, report_asked)))
    return register


def _chase(status: CaseStatus, staging: Staging) -> None:
    run = status.run
    for entry in status.agencies:
        overdue = [f"{WHAT[owed.what]}, due {owed.due.strftime(DMY)}: "
                   f"{-owed.left(run.today)} working days overdue"
                   + (" (the template came back with no entries)" if owed.empty else "")
                   for owed in (entry.chronology, entry.report)
                   if owed.left(run.today) is not None and owed.left(run.today) < 0]
        if not overdue:
            continue
        relative = (f"{letters.agency_folder(entry.agency.name)}/chase_letter_"
                    f"{run.today.strftime(DMY)}.docx")
        if (run.outputs_dir / relative).exists():
            status.letters_kept.append(relative)
            continue
        values = letters.context(run.case, entry.agency, run.today)
        values["overdue"] = overdue
        staging.write(relative, letters.render("chase_letter.docx", values, run.case.board))
        status.letters_written.append(relative)


def _cell(owed: Owed, today: dt.date) -> tuple[str, str, str]:
    """(received, due, left) as the table shows them."""
    received = owed.received.strftime(DMY) if owed.received else (
        "not asked" if not owed.asked else "-")
    due = owed.due.strftime(DMY) if owed.due else ("" if not owed.asked else "no date")
    left = owed.left(today)
    if owed.done and owed.due:
        late = -working_days_left(owed.received, owed.due)
        when = "on time" if late <= 0 else f"{late} late"
    elif owed.empty:
        when = "EMPTY" + (f", {-left} OVERDUE" if left is not None and left < 0 else "")
    elif left is None:
        when = ""
    elif left > 0:
        when = f"{left} left"
    elif left == 0:
        when = "due today"
    else:
        when = f"{-left} OVERDUE"
    return received, due, when


def table(status: CaseStatus) -> str:
    """The per-agency table, in plain text columns."""
    today = status.run.today
    header = ("Agency", "Chronology in", "due", "working days", "Report in", "due",
              "working days")
    rows = [header]
    for entry in status.agencies:
        rows.append((entry.agency.name, *_cell(entry.chronology, today),
                     *_cell(entry.report, today)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths,
                                                                         strict=True)).rstrip()
                     for row in rows)


def missing(status: CaseStatus) -> list[str]:
    """What is still to come, and what case.toml must say for the clock to be known."""
    today = status.run.today
    lines = []
    for entry in status.agencies:
        for owed in (entry.chronology, entry.report):
            if owed.done or not owed.asked:
                continue
            name = f"{entry.agency.name}: {owed.what}"
            left = owed.left(today)
            if owed.empty:
                lines.append(f"{name} came back with no entries on "
                             f"{owed.received.strftime(DMY)}; ask for it again")
            elif owed.due is None:
                lines.append(f"{name} has no due date; add {owed.what}_due to the agency "
                             f"(or to the case) in case.toml")
            elif left < 0:
                lines.append(f"{name} overdue since {owed.due.strftime(DMY)} "
                             f"({-left} working days)")
            else:
                lines.append(f"{name} due {owed.due.strftime(DMY)}")
    return lines


def renamed(status: CaseStatus) -> list[str]:
    """Agencies letters were written for that case.toml no longer names: their returns
    will only be recognised if the old name is one of an agency's aliases."""
    case = status.run.case
    known = {name.casefold() for agency in case.agencies for name in agency.names}
    return [f"letters were written for '{name}', which case.toml no longer names; add "
            f"'{name}' to the aliases of the agency it became, so its returns are "
            "recognised" for name in load_started(status.run.outputs_dir)
            if name.casefold() not in known]


def last_written(outputs_dir: Path) -> str:
    """When merge last wrote the outputs, from its manifest."""
    try:
        manifest = json.loads((outputs_dir / "manifest.json").read_text(encoding="utf-8"))
        return f"by merge on {manifest['run_date']}"
    except FileNotFoundError:
        return "never: the case has not been merged yet"
    except (OSError, ValueError, KeyError, TypeError):
        return "unknown: manifest.json cannot be read"


def report(status: CaseStatus) -> str:
    """The whole terminal report: the table, then what is missing and when."""
    run = status.run
    case = run.case
    lines = [f"Case {case.reference} ({case.review}) on {run.today.strftime(DMY)}:", "",
             table(status), ""]
    deadline = review_deadline(case.review, case.decision, case.notification)
    if deadline.day:
        left = working_days_left(run.today, deadline.day)
        lines.append(f"Review due {deadline.day.strftime(DMY)} ({deadline.rule}): "
                     + (f"{left} working days left." if left >= 0 else
                        f"{-left} working days OVERDUE."))
    else:
        lines.append(f"Review deadline: {deadline.rule}"
                     + (f"; {deadline.missing}." if deadline.missing else "."))
    still = missing(status)
    lines.append("Missing: " + ("nothing." if not still else f"{len(still)}"))
    lines += [f"  {line}" for line in still]
    lines += [f"  note: {note}" for entry in status.agencies for note in
              (f"{entry.agency.name}: {n}" for n in entry.agency.due_notes)]
    lines += [f"  note: {line}" for line in renamed(status)]
    unread = [p for p in run.problems if p.code == "unreadable_file"]
    if unread:
        lines.append(f"  {len(unread)} file{'' if len(unread) == 1 else 's'} in the case "
                     "folder could not be read; `merge` says which and why.")
    if not status.recorded:
        lines.append("  (a merge of this case is running: files new today are counted "
                     "from today, and kept by that merge)")
    lines.append(f"Outputs last written {last_written(run.outputs_dir)}.")
    lines += [f"Chase letter written: {name}" for name in status.letters_written]
    lines += [f"Chase letter kept (already written today): {name}"
              for name in status.letters_kept]
    return "\n".join(lines)
