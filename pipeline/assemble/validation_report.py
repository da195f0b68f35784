"""validation_report.html and validation_report.xlsx: every finding, by agency, counts first.

For the administrator: what each return breaks, in plain words, row by row. The HTML is
one self-contained page (no scripts, no external resources, every text escaped); the
workbook has one row a finding with filters and a frozen header.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from collections.abc import Iterable

from pipeline.assemble._render import Built, Rendered
from pipeline.findings import CATALOGUE, kind_of
from pipeline.model import CaseRun, Finding, Severity
from pipeline.ooxml import sheetwrite
from pipeline.ooxml.sheetwrite import HEADER, PLAIN, WRAP

HTML_NAME = "validation_report.html"
XLSX_NAME = "validation_report.xlsx"
NAME = "validation_report"        # the output: its two files
NO_AGENCY = "Files not read"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
XLSX_CELL_LIMIT = 32_767


def clean(text: object) -> str:
    """Text without the control characters Word, Excel and XML refuse."""
    return _CONTROL.sub("", str(text))


def unique_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings with repeats removed: one code once per file, table, row and agency
    (two stages may report the same repeated row)."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for finding in findings:
        key = (finding.code, finding.file, finding.table, finding.row, finding.agency)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def _table_key(table: str) -> tuple[int, str]:
    return (int(table), "") if table.isdigit() else (0, table)


def by_agency(run: CaseRun) -> list[tuple[str, list[Finding]]]:
    """(agency, its findings) in case.toml order, then other agencies, then findings of
    no agency; inside each: by file, return-wide findings first, then table and row."""
    groups: dict[str, list[Finding]] = {}
    for finding in unique_findings(run.all_findings):
        groups.setdefault(finding.agency or NO_AGENCY, []).append(finding)
    order = {agency.name: index for index, agency in enumerate(run.case.agencies)}

    def agency_key(name: str) -> tuple[int, int, str]:
        if name == NO_AGENCY:
            return (2, 0, "")
        return (0, order[name], "") if name in order else (1, 0, name.lower())

    def finding_key(finding: Finding) -> tuple[object, ...]:
        return (finding.file, finding.row is not None, _table_key(finding.table),
                finding.row or 0, finding.severity is not Severity.ERROR)

    return [(name, sorted(groups[name], key=finding_key))
            for name in sorted(groups, key=agency_key)]


def plural(count: int, word: str, many: str = "") -> str:
    """'1 error', '2 errors'; `many` is the plural where adding an s is wrong ('entries')."""
    return f"{count} {word if count == 1 else many or word + 's'}"


def severity_word(severity: Severity) -> str:
    return "Error" if severity is Severity.ERROR else "Warning"


def location(finding: Finding) -> tuple[str, str]:
    """(table, row) as a person reads them; blank for a finding about the whole return."""
    return finding.table if finding.row is not None else "", (
        str(finding.row) if finding.row is not None else "")


# -- HTML -------------------------------------------------------------------------------

_STYLE = """
body { font-family: Arial, Helvetica, sans-serif; margin: 2em; color: #1a1a1a; }
h1 { margin-bottom: 0.2em; } .marking { font-weight: bold; letter-spacing: 0.1em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #999; padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: #e8e8e8; } td.n { text-align: right; }
tr.error td.sev { color: #a00000; font-weight: bold; } tr.warning td.sev { color: #7a5a00; }
.as-written { font-family: Consolas, monospace; white-space: pre-wrap; }
"""


def _e(text: object) -> str:
    return html.escape(clean(text), quote=True)


def build_html(run: CaseRun) -> bytes:
    """The report as one self-contained HTML page (UTF-8 bytes)."""
    case = run.case
    groups = by_agency(run)
    totals = Counter(f.severity for _, findings in groups for f in findings)
    returns_of = Counter(ret.agency for ret in run.returns)
    superseded = {ret.file for ret in run.superseded}
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        # Nothing may be fetched: the page holds case details.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">",
        f"<title>Validation report - {_e(case.reference)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        '<p class="marking">RESTRICTED</p>',
        f"<h1>Validation report: {_e(case.reference)}</h1>",
        f"<p>{_e(case.review)}. Review period {case.period_from:%d-%m-%Y} to "
        f"{case.period_to:%d-%m-%Y}. Checked on {run.today:%d-%m-%Y}.</p>",
        '<h2 id="counts">Counts</h2>',
        f"<p>{plural(totals[Severity.ERROR], 'error')} and "
        f"{plural(totals[Severity.WARNING], 'warning')} in "
        f"{plural(len(run.returns), 'chronology return')}. Errors must be corrected by the agency; "
        "warnings are for the agency to check.</p>",
        "<table><thead><tr><th>Agency</th><th>Returns</th><th>Errors</th>"
        "<th>Warnings</th></tr></thead><tbody>",
    ]
    for number, (agency, findings) in enumerate(groups, start=1):
        counts = Counter(f.severity for f in findings)
        parts.append(
            f'<tr><td><a href="#agency-{number}">{_e(agency)}</a></td>'
            f'<td class="n">{returns_of.get(agency, 0)}</td>'
            f'<td class="n">{counts[Severity.ERROR]}</td>'
            f'<td class="n">{counts[Severity.WARNING]}</td></tr>')
    parts.append("</tbody></table>")
    if not groups:
        parts.append("<p>No findings: every return follows the template.</p>")
    for number, (agency, findings) in enumerate(groups, start=1):
        counts = Counter(f.severity for f in findings)
        parts += [f'<h2 id="agency-{number}">{_e(agency)}</h2>',
                  f"<p>{plural(counts[Severity.ERROR], 'error')}, "
                  f"{plural(counts[Severity.WARNING], 'warning')}.</p>"]
        by_file: dict[str, list[Finding]] = {}
        for finding in findings:
            by_file.setdefault(finding.file, []).append(finding)
        for file, in_file in by_file.items():
            parts += _file_section(file, in_file, file in superseded)
    parts += ['<h2 id="codes">What the codes mean</h2>',
              "<table><thead><tr><th>Code</th><th>Severity</th><th>Meaning</th></tr>"
              "</thead><tbody>"]
    for code in sorted({f.code for _, findings in groups for f in findings}):
        kind = kind_of(code)
        parts.append(f"<tr><td>{_e(code)}</td><td>{severity_word(kind.severity)}</td>"
                     f"<td>{_e(kind.explanation)}</td></tr>")
    parts.append("</tbody></table></body></html>")
    return "\n".join(parts).encode("utf-8")


def _file_section(file: str, findings: list[Finding], superseded: bool) -> list[str]:
    """One file's findings: a heading with its counts, then a table, row by row."""
    counts = Counter(f.severity for f in findings)
    title = _e(file) if file else "The agency"
    if superseded:
        title += " (replaced by a later return; no feedback letter)"
    parts = [f"<h3>{title}: {plural(counts[Severity.ERROR], 'error')}, "
             f"{plural(counts[Severity.WARNING], 'warning')}</h3>",
             "<table><thead><tr><th>Table</th><th>Row</th><th>Severity</th><th>Code</th>"
             "<th>As written</th><th>What to correct</th></tr></thead><tbody>"]
    for finding in findings:
        table, row = location(finding)
        parts.append(
            f'<tr class="{finding.severity.value}"><td>{_e(table)}</td>'
            f'<td class="n">{_e(row)}</td>'
            f'<td class="sev">{severity_word(finding.severity)}</td>'
            f"<td>{_e(finding.code)}</td>"
            f'<td class="as-written">{_e(finding.text)}</td>'
            f"<td>{_e(finding.message)}</td></tr>")
    parts.append("</tbody></table>")
    return parts


# -- Excel ------------------------------------------------------------------------------

XLSX_COLUMNS = (("Agency", 28), ("File", 32), ("Table", 10), ("Row", 7), ("Severity", 10),
                ("Code", 22), ("As written", 30), ("What to correct", 90))


def _text(value: object) -> str:
    return clean(value)[:XLSX_CELL_LIMIT]


def build_xlsx(run: CaseRun) -> bytes:
    """The findings as a workbook: one row a finding, filters on, header frozen; and the
    codes with their meanings. Written as raw SpreadsheetML (pipeline.ooxml.sheetwrite): a
    big case has tens of thousands of findings. Its strings are inline, so a text
    starting with '=' stays text and never becomes a formula."""
    header = [(title, HEADER) for title, _ in XLSX_COLUMNS]
    rows = [header]
    for agency, findings in by_agency(run):
        for finding in findings:
            table, row = location(finding)
            rows.append([
                (_text(agency), PLAIN), (_text(finding.file), PLAIN), (_text(table), PLAIN),
                (int(row) if row else None, PLAIN),
                (severity_word(finding.severity), PLAIN), (_text(finding.code), PLAIN),
                (_text(finding.text), PLAIN), (_text(finding.message), WRAP)])
    codes = [[("Code", HEADER), ("Severity", HEADER), ("Meaning", HEADER)]]
    codes += [[(kind.code, PLAIN), (severity_word(kind.severity), PLAIN),
               (_text(kind.explanation), PLAIN)]
              for kind in sorted(CATALOGUE.values(), key=lambda k: k.code)]
    sheets = [sheetwrite.sheet("Findings", [width for _, width in XLSX_COLUMNS], rows),
              sheetwrite.sheet("Codes", [24, 10, 100], codes, autofilter=False)]
    return sheetwrite.workbook(sheets, [], header_fill="E8E8E8",
                               title=f"Validation report {run.case.reference}",
                               author=run.case.board,
                               when=dt.datetime.combine(run.today, dt.time()))


def render(run: CaseRun, built: Built) -> Rendered:
    """validation_report.html and validation_report.xlsx."""
    return Rendered({HTML_NAME: build_html(run), XLSX_NAME: build_xlsx(run)})
