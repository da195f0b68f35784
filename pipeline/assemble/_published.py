"""A document that leaves the office anonymised: built, anonymised, leak-checked, and
checked again once written (what is published is the file, not the bytes we meant to
write). A document that fails either check is not published: an error finding names the
part and the kind of identifier, never the identifier."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from pipeline.anonymise import Anonymiser, Leak, anonymise_docx, leak_check
from pipeline.assemble._render import Rendered
from pipeline.model import CaseRun, Finding, Severity

log = logging.getLogger(__name__)


def published(run: CaseRun, name: str, build: Callable[[], bytes], title: str, *,
              failed_code: str, check: str, generalise_dates: bool = False) -> Rendered:
    """`build()`'s document anonymised, with its replacements and the leak check its
    file must pass once written. A build that fails must not stop the other outputs: it
    becomes the error finding `failed_code`, whose sentence ends with `check`."""
    try:
        data = build()
    except Exception as exc:  # an odd agency report must not stop the other outputs
        log.error("%s not written: %s while assembling", name, type(exc).__name__)
        return Rendered(findings=[Finding(
            failed_code, Severity.ERROR,
            f"{name} could not be assembled ({type(exc).__name__}); {check}", file=name)])
    anonymiser = Anonymiser.for_case(run.case, run.today, generalise_dates=generalise_dates)
    when = dt.datetime.combine(run.today, dt.time(0, 0))
    anonymised, replacements = anonymise_docx(data, anonymiser, document=name, title=title,
                                              when=when)
    leaks = leak_check(anonymised, anonymiser)
    if leaks:
        return Rendered(findings=[_refused(name, leaks)], replacements=replacements)

    def written_clean(written: bytes) -> list[Finding]:
        found = leak_check(written, anonymiser)
        return [_refused(name, found)] if found else []

    log.info("%s anonymised: %d replacements", name, len(replacements))
    return Rendered({name: anonymised}, replacements=replacements,
                    checks={name: written_clean})


def _refused(name: str, leaks: list[Leak]) -> Finding:
    where = "; ".join(f"{leak.part}: {leak.kind.replace('_', ' ')}" for leak in leaks)
    log.error("%s not written: leak check found %d identifier kinds", name, len(leaks))
    return Finding(
        "anonymisation_leak", Severity.ERROR,
        f"{name} was not written: the leak check still found identifiers ({where}). "
        "Check the agency reports and case.toml's people and staff, then run again.",
        file=name)
