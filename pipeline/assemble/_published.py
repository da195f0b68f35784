"""A document that leaves the office anonymised: built, anonymised, through the
publication gate, leak-checked, and checked again once written (what is published is the
file, not the bytes we meant to write). A document that fails either check is not
published: an error finding names the part and the kind of identifier, never the
identifier."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from pipeline.anonymise import Anonymiser, anonymise_docx, leak_check
from pipeline.anonymise.publication import Verdict, gate_document, still_found
from pipeline.assemble import anonymisation_report
from pipeline.assemble._render import Rendered
from pipeline.model import CaseRun, Finding, Severity

log = logging.getLogger(__name__)


def published(run: CaseRun, name: str, build: Callable[[], bytes], title: str, *,
              failed_code: str, check: str, generalise_dates: bool = False,
              gate_mode: str = "mark") -> Rendered:
    """`build()`'s document anonymised and passed through the publication gate
    (`gate_mode`: suspects "replace"d, or replaced with the placeholder highlighted:
    "mark"), the data protection officer's decisions in the last anonymisation report
    applied; with its replacements and suspects, and the check its file must pass once
    written. A build that fails must not stop the other outputs: it becomes the error
    finding `failed_code`, whose sentence ends with `check`."""
    try:
        data = build()
    except Exception as exc:  # an odd agency report must not stop the other outputs
        log.error("%s not written: %s while assembling", name, type(exc).__name__)
        return Rendered(findings=[Finding(
            failed_code, Severity.ERROR,
            f"{name} could not be assembled ({type(exc).__name__}); {check}", file=name)])
    anonymiser = Anonymiser.for_case(run.case, run.today, generalise_dates=generalise_dates)
    # What the agency reports say of the family (a nickname, a first name after the full
    # one) is known in every document made from them, even where it is written once.
    sources = [p for report in run.reports for texts in report.sections.values()
               for p in texts]
    verdict, entries, leaks = _anonymised_and_gated(run, data, name, title, anonymiser,
                                                    gate_mode, sources)
    leaks += verdict.blocking
    if leaks:
        return Rendered(findings=[_refused(name, leaks)], replacements=entries)

    def written_clean(written: bytes) -> list[Finding]:
        found = leak_check(written, anonymiser) + still_found(written, run.case,
                                                              verdict.suspects, sources)
        return [_refused(name, found)] if found else []

    log.info("%s anonymised: %d replacements", name, len(entries))
    return Rendered({name: verdict.data}, replacements=entries, checks={name: written_clean})


def _anonymised_and_gated(run: CaseRun, data: bytes, name: str, title: str,
                          anonymiser: Anonymiser, gate_mode: str, sources: list[str]
                          ) -> tuple[Verdict, list, list]:
    """`data` anonymised, then through the gate, with the officer's decisions; once more
    when the replacements brought words together that the anonymiser or the gate reads
    as an identifier ('the Bishop of [name]'). The verdict, every replacement and suspect, and
    what the leak check still finds."""
    when = dt.datetime.combine(run.today, dt.time(0, 0))
    decisions = anonymisation_report.decisions(run)
    entries: list = []
    for _ in range(2):
        data, replacements = anonymise_docx(data, anonymiser, document=name, title=title,
                                            when=when, decisions=decisions,
                                            learn_from=sources)
        verdict = gate_document(data, run.case, document=name, mode=gate_mode,
                                decisions=decisions, sources=sources)
        entries += [*replacements, *verdict.suspects]
        leaks = leak_check(verdict.data, anonymiser)
        if not leaks and not verdict.blocking:
            break
        data = verdict.data
    return verdict, [*entries, *verdict.blocking], leaks


def _refused(name: str, leaks: list) -> Finding:
    where = "; ".join(sorted({f"{leak.part}: {leak.kind.replace('_', ' ')}"
                              for leak in leaks}))
    log.error("%s not written: leak check found %d identifier kinds", name, len(leaks))
    return Finding(
        "anonymisation_leak", Severity.ERROR,
        f"{name} was not written: the leak check or the publication gate still found "
        f"identifiers ({where}). Each is listed in anonymisation_report.xlsx: record a "
        "decision there, or check the agency reports and case.toml's people, staff and "
        "agencies, then run again.",
        file=name)
