"""Received dates: the first day the case folder held each return, kept from run to run.

A return's received date is the office's own record in case.toml (`received` for the
agency's chronology, `report_received` for its agency report) when given, else the first
day a run (merge, start or status) found the file's content in the case folder. Those days
are kept in outputs/<CASE>/.received.json: the SHA-256 of each file's content, the day it
was first seen and the file's name then (no case text). The file's time on disk is never
used: copying the folder, unzipping an email or cloning resets it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from pipeline.dates import read_date
from pipeline.model import AgencyReport, CaseRun, Precision, Return

log = logging.getLogger(__name__)

RECEIVED = ".received.json"
_DMY = "%d-%m-%Y"


class RegisterUnreadable(Exception):
    """.received.json exists but cannot be read; it is left as it is."""


def load_register(outputs_dir: Path) -> dict[str, dict[str, str]]:
    """sha256 -> {"first_seen": "dd-mm-yyyy", "file": name}; {} before the first run.
    Raises RegisterUnreadable for a damaged record (never silently reset: the dates in it
    cannot be recovered)."""
    path = outputs_dir / RECEIVED
    if not path.is_file():
        return {}
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        files = record["files"]
        for entry in files.values():
            dt.datetime.strptime(entry["first_seen"], _DMY)
        return files
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise RegisterUnreadable(
            f"{path} cannot be read, so the days returns were first received are not "
            "known; restore it from a backup (or delete it to count from today).") from None


def record_received(run: CaseRun, keep: bool = True) -> bytes | None:
    """Set `received` on every return and report of the run; the register to write with
    the outputs (.received.json) when a file is new and `keep` is True, else None."""
    try:
        register = load_register(run.outputs_dir)
    except RegisterUnreadable as exc:
        log.warning("%s", exc)
        register, keep = {}, False
    new = 0
    for item in (*run.returns, *run.reports):
        entry = register.get(item.sha256)
        if entry is None:
            entry = register[item.sha256] = {"first_seen": run.today.strftime(_DMY),
                                             "file": item.file}
            new += 1
        first_seen = dt.datetime.strptime(entry["first_seen"], _DMY).date()
        item.received = office_record(run, item) or first_seen
    if not (new and keep):
        return None
    log.info("%d files seen for the first time", new)
    return json.dumps({"case": run.case.reference, "files": register}, indent=1,
                      sort_keys=True).encode("utf-8")


def office_record(run: CaseRun, item: Return | AgencyReport) -> dt.date | None:
    """The received date case.toml gives for this return's agency, if any."""
    agency = next((a for a in run.case.agencies if a.name == item.agency), None)
    if agency is None:
        return None
    if isinstance(item, Return):
        return agency.received
    return agency.report_received if item.kind == "agency_report" else None


@dataclass(frozen=True)
class Submitted:
    """The day a return counts as submitted, and how that day is known."""

    day: dt.date
    how: str            # "completed" (as the agency wrote it), "submitted", "received"

    def __str__(self) -> str:
        return f"{self.how} {self.day.strftime(_DMY)}"


def submitted(item: Return | AgencyReport, today: dt.date) -> Submitted | None:
    """Date completed (a report: its date of first submission) as the agency wrote it,
    when it reads as a day; else the day it was received; None when neither is known."""
    if isinstance(item, Return):
        if item.completed_day:
            return Submitted(item.completed_day, "completed")
    elif item.date_submitted.strip():
        reading = read_date(item.date_submitted, today=today)
        if reading.precision is Precision.DAY and reading.date:
            return Submitted(reading.date, "submitted")
    return Submitted(item.received, "received") if item.received else None


def first_submissions(run: CaseRun) -> dict[str, tuple[Submitted | None, Submitted | None]]:
    """Agency -> (its first chronology, its first agency report), as `submitted` dates;
    None where nothing has come. Timeliness counts the first submission, even when a
    later one supersedes it."""
    found: dict[str, list[Submitted | None]] = {a.name: [None, None]
                                                for a in run.case.agencies}
    items = [(0, r) for r in run.returns]
    items += [(1, r) for r in run.reports if r.kind == "agency_report"]
    for slot, item in items:
        days = found.setdefault(item.agency, [None, None])
        when = submitted(item, run.today)
        if when and (days[slot] is None or when.day < days[slot].day):
            days[slot] = when
    return {agency: (days[0], days[1]) for agency, days in found.items()}
