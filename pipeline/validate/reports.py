"""Findings about the agency reports: a report without an Appendix 5 section, and an
agency whose report is due but has not come."""

from __future__ import annotations

import datetime as dt

from pipeline.case import Case
from pipeline.ingest.report import SECTION_TITLES
from pipeline.model import AgencyReport, Finding, Severity


def latest_reports(reports: list[AgencyReport], case: Case,
                   kind: str = "agency_report") -> list[AgencyReport]:
    """The case's reports of one kind, latest per agency, in case.toml agency order."""
    latest: dict[str, AgencyReport] = {}
    for report in reports:
        if report.kind != kind:
            continue
        kept = latest.get(report.agency)
        if kept is None or _received(report) >= _received(kept):
            latest[report.agency] = report
    return sorted(latest.values(), key=lambda r: (case.agency_order(r.agency), r.agency))


def _received(report: AgencyReport) -> dt.date:
    return report.received or dt.date.min


def report_findings(reports: list[AgencyReport], case: Case) -> list[Finding]:
    """A warning for each missing section of each latest report; once any report (or the
    terms of reference) is in, a warning for each agency whose report is due in case.toml
    and has not come."""
    if not reports:
        return []
    latest = latest_reports(reports, case)
    found = [Finding("report_section_missing", Severity.WARNING,
                     f"{report.file}: the agency report has no '{SECTION_TITLES[key]}' "
                     "section (toolkit Appendix 5); ask the agency to add it, or check its "
                     "heading.", file=report.file, agency=report.agency)
             for report in latest for key in report.missing_sections]
    received = {report.agency for report in latest}
    found += [Finding("report_missing", Severity.WARNING,
                      f"No agency report from {agency.name} (due "
                      f"{agency.report_due.strftime('%d-%m-%Y')}); ask the agency for it and "
                      "put it in the case folder.", agency=agency.name)
              for agency in case.agencies
              if agency.report_due and agency.name not in received]
    return found
