"""Running the Great Expectations suites of expectations/ on the tables, in memory.

Great Expectations and pandas (dataframes.py) are imported here, lazily: Great
Expectations costs over a second (and a third more without deferred.py), pandas a tenth,
and only the suites need them (a run imports them in a second process while it reads the
case, pipeline/second_process.py, and runs the suites there). The context is ephemeral
(nothing is written to disk), usage statistics are off before the import, and progress
bars are off.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.case import CaseError
from pipeline.validate import deferred
from pipeline.validate.frames import Tables

# Which frame a suite runs on: meta.applies_to in the suite file.
FRAMES = ("rows", "returns", "agencies")


class SuiteError(CaseError):
    """A suite file cannot be used; the message names the file and the fix.

    A CaseError: the case cannot be validated, so the command line stops with exit 2
    rather than write reports that silently skip a rule."""


@dataclass(frozen=True)
class Failure:
    """One expectation that failed, with the row_ids of the frame rows that broke it."""

    code: str
    frame: str
    suite: str                       # the suite file's name, for the log
    row_ids: tuple[int, ...]
    severity: str = ""               # as the suite gives it: critical / warning / info
    template: str = ""               # meta.message: a board's own sentence
    explanation: str = ""            # meta.rule


@dataclass
class Suite:
    path: Path
    frame: str
    content: dict[str, Any] = field(default_factory=dict)


def load_suites(folder: Path) -> list[Suite]:
    """Every *.json suite in `folder`, sorted by file name. Raises SuiteError."""
    if not folder.is_dir():
        raise SuiteError(f"the expectations folder {folder} does not exist; point the "
                         "pipeline at the folder holding the suite files.")
    suites = []
    for path in sorted(folder.glob("*.json")):
        try:
            content = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise SuiteError(f"{path} is not valid JSON ({exc}); fix it or compare it "
                             "with the suites shipped in expectations/.") from None
        applies_to = content.get("meta", {}).get("applies_to") if isinstance(content,
                                                                            dict) else None
        if applies_to not in FRAMES:
            raise SuiteError(f"{path}: meta.applies_to must be one of {', '.join(FRAMES)}; "
                             "add it to the suite's meta.")
        for number, expectation in enumerate(content.get("expectations", []), start=1):
            if not expectation.get("meta", {}).get("code"):
                raise SuiteError(f"{path}: expectation {number} has no meta.code; give it "
                                 "the finding code it reports (see pipeline/findings.py).")
        suites.append(Suite(path, applies_to, content))
    if not suites:
        raise SuiteError(f"{folder} holds no suite (*.json); copy the suites shipped in "
                         "expectations/ into it.")
    return suites


def import_great_expectations() -> Any:
    """The great_expectations module, imported with usage statistics off, and the module
    that makes the tables into pandas frames (pandas is needed only with the suites)."""
    os.environ["GX_ANALYTICS_ENABLED"] = "False"
    deferred.defer()                  # a third of its import, for expectations not used
    import great_expectations

    import pipeline.validate.dataframes  # noqa: F401

    return great_expectations


def start_second_process() -> None:
    """Run first in a process that will run the suites for another: its output silenced
    (its answers go back through the pool's pipe, and a run's log carries no case text)
    and Great Expectations imported, while the other process reads the returns."""
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    logging.disable(logging.CRITICAL)
    try:
        import_great_expectations()
    except Exception:  # noqa: BLE001 - the job meets the same error and reports it
        pass


def _quiet_context() -> Any:
    gx = import_great_expectations()
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    # Its INFO lines (temporary folders, registries) are noise in a run's log; some of its
    # modules set their own level to INFO on import.
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if name.startswith("great_expectations") and isinstance(logger, logging.Logger):
            logger.setLevel(logging.WARNING)

    # In-memory stores and no Data Docs site: not even a temporary folder is made.
    config = DataContextConfig(store_backend_defaults=InMemoryStoreBackendDefaults(
        init_temp_docs_sites=False))
    context = gx.get_context(mode="ephemeral", project_config=config)
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


RESULT_FORMAT = {
    "result_format": "COMPLETE",
    "unexpected_index_column_names": ["row_id"],
    "return_unexpected_index_query": False,
    "partial_unexpected_count": 0,
    # Values are not needed (the row_id leads back to the row) and cost time.
    "exclude_unexpected_values": True,
}


def _row_ids(result: dict[str, Any]) -> tuple[int, ...]:
    """The row_ids in an expectation result, in either shape Great Expectations returns:
    [{'row_id': 3}, ...] or, with values excluded, [{'row_id': [3, 7, ...]}]."""
    ids: list[int] = []
    for entry in result.get("unexpected_index_list") or []:
        value = entry.get("row_id") if isinstance(entry, dict) else entry
        if isinstance(value, list | tuple):
            ids.extend(int(v) for v in value)
        elif value is not None:
            ids.append(int(value))
    return tuple(dict.fromkeys(ids))


def run_suites(suites: list[Suite], tables: Tables,
               values: dict[str, Any]) -> list[Failure]:
    """Validate each table with its suites, the case's `values` (validate.parameters) as
    their parameters; every failed expectation as a Failure.

    Raises SuiteError when an expectation cannot run (a column the frame lacks, a wrong
    parameter), naming the suite file and the expectation, so a board's edit that
    breaks a rule is never silently ignored.
    """
    context = _quiet_context()
    import great_expectations as gx

    from pipeline.validate import dataframes

    frames, parameters = dataframes.frames(tables), dataframes.parameters(values)

    source = context.data_sources.add_pandas("chronology")
    failures: list[Failure] = []
    for name, frame in frames.items():
        wanted = [s for s in suites if s.frame == name]
        if not wanted or frame.empty:
            continue
        batch = (source.add_dataframe_asset(name)
                 .add_batch_definition_whole_dataframe("all")
                 .get_batch(batch_parameters={"dataframe": frame}))
        for suite in wanted:
            try:
                gx_suite = gx.ExpectationSuite(**suite.content)
            except Exception as exc:  # GX raises several types for a malformed suite
                raise SuiteError(f"{suite.path}: not a valid suite ({type(exc).__name__}: "
                                 f"{exc}); compare it with the suites in expectations/.") \
                    from None
            outcome = batch.validate(gx_suite, result_format=RESULT_FORMAT,
                                     expectation_parameters=parameters)
            failures.extend(_failures(suite, name, outcome))
    return failures


def _failures(suite: Suite, frame: str, outcome: Any) -> list[Failure]:
    found = []
    for result in outcome.results:
        config = result.expectation_config
        meta = config.meta or {}
        if result.exception_info and _raised(result.exception_info):
            raise SuiteError(f"{suite.path}: expectation {config.type} "
                             f"({meta.get('code')}) could not run: "
                             f"{_exception_message(result.exception_info)}; check its column "
                             "names and parameters against the suite's meta.notes.")
        if result.success:
            continue
        ids = _row_ids(result.result)
        severity = getattr(config.severity, "value", config.severity) or ""
        found.append(Failure(meta["code"], frame, suite.path.name, ids, str(severity),
                             meta.get("message", ""), meta.get("rule", "")))
    return found


def _raised(info: dict[str, Any]) -> bool:
    # The flat form, or (for a failed metric) a dict keyed by metric id whose values hold
    # the flat form (docx_perf.md section 4).
    if "raised_exception" in info:
        return bool(info["raised_exception"])
    return any(isinstance(v, dict) and v.get("raised_exception") for v in info.values())


def _exception_message(info: dict[str, Any]) -> str:
    if "exception_message" in info:
        return str(info["exception_message"])
    for value in info.values():
        if isinstance(value, dict) and value.get("exception_message"):
            return str(value["exception_message"])
    return "unknown error"
