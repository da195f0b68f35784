"""`python -m pipeline start CASE`: the letters and templates each agency is sent.

From case.toml alone (and the terms of reference, anonymised, when a file in the case
folder holds them) it writes, per agency, under outputs/<CASE>/to_agencies/<agency>/:
the notification letter (Appendix 3), the chronology template (Appendix 4) and agency
report template (Appendix 5) pre-filled with the case's details, and the action plan
template (Appendix 6), protected with the case password. A document already written is
kept, and said to be kept, unless `again` is given; then it is replaced, and said to be.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.anonymise import Anonymiser
from pipeline.case import load_case
from pipeline.ingest import ingest
from pipeline.lifecycle import letters
from pipeline.model import CaseRun
from pipeline.outputs import case_lock
from pipeline.received import RECEIVED, record_received

log = logging.getLogger(__name__)

STARTED = ".started.json"      # agency -> the day its letters were first written


@dataclass
class StartResult:
    outputs_dir: Path
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)        # already there: left as they were
    replaced: list[str] = field(default_factory=list)    # already there: written again
    terms_found: bool = False
    notes: list[str] = field(default_factory=list)       # due dates derived or missing


def start_case(case_dir: Path, outputs_root: Path, *, protect: bool = True,
               again: bool = False, today: dt.date | None = None) -> StartResult:
    """Write every agency's letter and templates. Raises CaseError or CaseLocked."""
    case = load_case(case_dir)
    run = CaseRun(case=case, outputs_dir=outputs_root / case_dir.name, protect=protect,
                  today=today or dt.date.today())
    result = StartResult(run.outputs_dir)
    with case_lock(run.outputs_dir, run.output_password) as staging:
        read = ingest(case)             # only for the terms of reference, if one is there
        run.returns, run.reports, run.problems = read.returns, read.reports, read.problems
        register = record_received(run)
        if register is not None:
            staging.write(RECEIVED, register)
        terms = terms_of_reference(run)
        result.terms_found = bool(terms)
        started = load_started(run.outputs_dir)
        for agency in case.agencies:
            values = letters.context(case, agency, run.today, terms)
            folder = letters.agency_folder(agency.name)
            for name, template in letters.DOCUMENTS.items():
                relative = f"{folder}/{name}"
                exists = (run.outputs_dir / relative).exists()
                if exists and not again:
                    result.kept.append(relative)
                    continue
                staging.write(relative, letters.render(template, values, case.board))
                (result.replaced if exists else result.written).append(relative)
            started.setdefault(agency.name, run.today.strftime(letters.DMY))
            result.notes += [f"{agency.name}: {note}" for note in agency.due_notes]
            if agency.chronology_due is None:
                result.notes.append(f"{agency.name}: no chronology due date; add "
                                    "chronology_due to the agency (or to the case) in "
                                    "case.toml, then run start again with --again")
        staging.write(STARTED, json.dumps({"case": case.reference, "agencies": started},
                                          indent=1, sort_keys=True).encode("utf-8"))
    return result


def terms_of_reference(run: CaseRun) -> list[str]:
    """The latest terms of reference's paragraphs, anonymised with the case key as the
    agency report must be (Appendix 5); [] when the folder holds none."""
    terms = [r for r in run.reports if r.kind == "terms_of_reference"]
    if not terms:
        return []
    latest = max(terms, key=lambda r: (r.received or dt.date.min, r.file))
    anonymiser = Anonymiser.for_case(run.case, run.today)
    return [anonymiser.anonymise(line)[0]
            for line in latest.sections.get("terms_of_reference", [])]


def load_started(outputs_dir: Path) -> dict[str, str]:
    """Agency name -> the day start first wrote its letters ({} before any start)."""
    path = outputs_dir / STARTED
    try:
        agencies = json.loads(path.read_text(encoding="utf-8"))["agencies"]
        return {str(k): str(v) for k, v in agencies.items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("%s cannot be read; the days letters were first written are not known",
                    path.name)
        return {}


def summary(result: StartResult) -> str:
    """What start did, for the terminal: counts, files kept or replaced, notes."""
    lines = [f"Letters and templates: {len(result.written)} written, "
             f"{len(result.replaced)} written again, {len(result.kept)} kept as they were."]
    lines.append("Terms of reference: " + ("put into each agency report template."
                                           if result.terms_found else
                                           "none in the case folder; the agency report "
                                           "templates ask agencies to refer to them."))
    for label, names in (("kept as they were (`start --again` writes them again)",
                          result.kept), ("written again", result.replaced)):
        by_folder: dict[str, list[str]] = {}
        for name in names:
            folder, _, file = name.rpartition("/")
            by_folder.setdefault(folder, []).append(file)
        if by_folder:
            lines.append(f"  {label}:")
        lines += [f"    {folder}/ " + (f"(all {len(files)})" if len(files) == len(
            letters.DOCUMENTS) else f"({', '.join(files)})") for folder, files in
            by_folder.items()]
    lines += [f"  note: {note}" for note in result.notes]
    lines.append(f"Outputs: {result.outputs_dir / letters.FOLDER}/")
    return "\n".join(lines)
