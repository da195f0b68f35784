"""Stage 3: every finding about the returns, their rows, the agencies and the reports.

The Great Expectations suites of expectations/ run on three tables of the normalised
returns (frames.py; made pandas frames where the suites run, dataframes.py); each failure,
and each date code normalise gave a row, becomes a Finding with its code added to
row.flags (collect.py); the agency reports are checked for their sections and for reports
not received (reports.py). `prepare` builds what the suites
run on; `validate` makes the findings, from the suites' failures run here or (a Future)
in a second process.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import logging
import os
from collections import Counter
from pathlib import Path

from pipeline.case import Case
from pipeline.model import AgencyReport, Finding, Return
from pipeline.validate import frames
from pipeline.validate.collect import Job, findings_of
from pipeline.validate.reports import report_findings
from pipeline.validate.suites import Failure, SuiteError, load_suites, run_suites

__all__ = ["Job", "SuiteError", "prepare", "suites_dir", "validate"]

log = logging.getLogger(__name__)

# The suites shipped with the pipeline; PIPELINE_EXPECTATIONS or the `suites` argument
# points at a board's own folder instead.
SHIPPED_SUITES = Path(__file__).resolve().parents[2] / "expectations"
# Seconds to wait for the suites run in a second process: the import and the suites of a
# 40,000-row case take under 15 s here; a process silent this long is stuck.
PATIENCE = 600.0


def suites_dir(override: Path | None = None) -> Path:
    """The folder whose suites are run: `override`, else $PIPELINE_EXPECTATIONS, else the
    expectations/ folder shipped with the pipeline."""
    if override is not None:
        return Path(override)
    from_env = os.environ.get("PIPELINE_EXPECTATIONS", "").strip()
    return Path(from_env) if from_env else SHIPPED_SUITES


def parameters(case: Case, today: dt.date) -> dict[str, object]:
    """The case's values the suites refer to as {"$PARAMETER": name} (made timestamps
    where the suites run: dataframes.parameters)."""
    return {
        "period_from": case.period_from,
        "period_to": case.period_to,
        "today": today,
        "born": case.subject_born,
        "agencies": [agency.name for agency in case.agencies],
    }


def prepare(case: Case, returns: list[Return], today: dt.date,
            suites: Path | None = None) -> Job:
    """The suites and the frames they run on. Raises SuiteError (a CaseError) when a
    suite file cannot be used."""
    tables, rows = frames.tables(case, returns)
    return Job(case, today, list(returns), rows, load_suites(suites_dir(suites)), tables,
               parameters(case, today))


def validate(job: Job, reports: list[AgencyReport],
             failures: concurrent.futures.Future | None = None) -> list[Finding]:
    """The findings of the case, in order: returns and their rows, agencies, reports.

    `failures` is the suites' result when they run in another process; without it (or
    when that process cannot answer) they run here. Raises SuiteError as the suites do.
    """
    found = findings_of(job, _failures(job, failures)) + report_findings(reports, job.case)
    counts = Counter(f.code for f in found)
    log.info("validate: %d findings on %d rows of %d returns (%s)", len(found),
             len(job.rows), len(job.returns),
             ", ".join(f"{code} {n}" for code, n in sorted(counts.items())))
    return found


def _failures(job: Job, beside: concurrent.futures.Future | None) -> list[Failure]:
    if beside is not None:
        try:
            return beside.result(timeout=PATIENCE)
        except SuiteError:
            raise
        except Exception as exc:  # the process died, hung or could not take the job
            log.warning("validate: the second process gave no answer (%s); the suites run "
                        "here instead", type(exc).__name__)
    return run_suites(*job.arguments())
