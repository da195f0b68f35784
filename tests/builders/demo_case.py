"""Build the fictional demo case folder from `demo_story`: the returns as real files.

    python -m tests.builders.demo_case inputs/demo      (what `make demo` runs)

Word returns are made in `demo_word` (with `docx_builder`), the Excel return and the PDF
letter in `demo_files` (with `xlsx_builder`), agency reports and the terms of reference
here (with `report_builder`). Every file is deterministic:
zip entries carry one fixed time, document properties fixed dates, and each file's time
is set with os.utime to when the agency emailed it. The password-protected return is
encrypted with a random salt (msoffcrypto), so it is rewritten only when what it holds
changes; a rebuild therefore leaves the committed files byte for byte as they are.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

from tests.builders import demo_reports, panel_copy
from tests.builders import demo_story as story
from tests.builders.demo_files import (
    GP_LETTER,
    excel_return,
    fixed_properties,
    package_content,
    settle_zip,
    small_pdf,
)
from tests.builders.demo_word import word_return

# --- agency reports and the terms of reference -------------------------------------------
# report_builder plants identifiers in generic text for the anonymiser's tests; the demo's
# reports carry the story's own words, so they are written here with python-docx.

def agency_report(report: demo_reports.ReportStory) -> bytes:
    """An Appendix 5 report with its Appendix 6 action plan, headings as the agency made them."""
    document = Document()
    fixed_properties(document.core_properties, report.author.split(",")[0],
                f"Agency Report - {report.agency}", report.file_time)
    document.sections[0].header.paragraphs[0].text = report.page_header
    document.add_paragraph().add_run("Agency Report").bold = True
    for line in (f"Name of Agency: {report.agency}", "Subject: Child KS",
                 "Date of first submission to SCR Panel: 14/03/2016",
                 f"Author: {report.author}"):
        document.add_paragraph(line)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for number, (key, heading, paragraphs) in enumerate(report.sections, start=1):
        _report_heading(document, heading, number, report.heading_style)
        for text in paragraphs:
            paragraph = document.add_paragraph(text)
            if report.comment and report.comment[0] in text:
                _comment_on(document, paragraph, *report.comment)
        if key == "family" and report.family_table:
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for left, right in report.family_table:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = left, right
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph().add_run("AGENCY REPORT ACTION PLAN FOR KS").bold = True
    document.add_paragraph(f"{report.agency.upper()} RECOMMENDATIONS FROM THE AGENCY REPORT")
    table = document.add_table(rows=1, cols=len(demo_reports.ACTION_COLUMNS))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, demo_reports.ACTION_COLUMNS, strict=True):
        cell.text = text
    for action in report.actions:
        for cell, text in zip(table.add_row().cells, action, strict=True):
            cell.text = text
    return _fixed_comment_dates(_to_bytes(document))


def _report_heading(document, text: str, number: int, style: str) -> None:
    if style == "style":
        document.add_heading(text, level=1)
    elif style == "bold":
        document.add_paragraph().add_run(text).bold = True
    elif style == "numbered":
        document.add_paragraph().add_run(f"{number}. {text}").bold = True
    else:
        document.add_paragraph(text.upper())


def _comment_on(document, paragraph, words: str, text: str, reviewer: str) -> None:
    """A reviewer's comment on `words` inside `paragraph` (split into its own run)."""
    whole = paragraph.text
    before, after = whole.split(words, 1)
    paragraph.clear()
    paragraph.add_run(before)
    marked = paragraph.add_run(words)
    paragraph.add_run(after)
    initials = "".join(part[0] for part in reviewer.split())
    document.add_comment(marked, text=text, author=reviewer, initials=initials)


def _fixed_comment_dates(data: bytes) -> bytes:
    """Comments carry the time they were made; a fixed one keeps the build repeatable."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/comments.xml":
                content = re.sub(rb'w:date="[^"]*"', b'w:date="2016-03-10T09:00:00Z"', content)
            target.writestr(info, content)
    return out.getvalue()


def terms_of_reference() -> bytes:
    document = Document()
    fixed_properties(document.core_properties, "Safeguarding Children Board",
                "Terms of Reference", dt.datetime(2016, 1, 8, 10, 0))
    for index, (heading, paragraphs) in enumerate(demo_reports.TERMS_OF_REFERENCE):
        document.add_heading(heading, level=0 if index == 0 else 1)
        for text in paragraphs:
            document.add_paragraph(text)
    return _to_bytes(document)


def _to_bytes(document) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


# --- the folder ---------------------------------------------------------------------------

Maker = Callable[[], bytes]


def planned_files() -> dict[str, tuple[Maker, dt.datetime, bool]]:
    """Relative path -> (bytes maker, file time, protected?) for every file of the case."""
    plan: dict[str, tuple[Maker, dt.datetime, bool]] = {}
    for ret in story.RETURNS:
        maker = (lambda r=ret: excel_return(r)) if ret.fmt == "xlsx" else (
            lambda r=ret: word_return(r))
        plan[ret.file] = (maker, ret.file_time, ret.protected)
    plan[story.UNREADABLE_FILE] = (lambda: small_pdf(GP_LETTER),
                                   dt.datetime(2016, 2, 18, 8, 31), False)
    plan.update(report_files())
    return plan


def report_files() -> dict[str, tuple[Maker, dt.datetime, bool]]:
    """Agency reports and the terms of reference."""
    plan: dict[str, tuple[Maker, dt.datetime, bool]] = {
        report.file: (lambda r=report: agency_report(r), report.file_time, False)
        for report in demo_reports.REPORTS}
    plan[demo_reports.TERMS_OF_REFERENCE_FILE] = (terms_of_reference,
                                           dt.datetime(2016, 1, 8, 10, 0), False)
    return plan


def build(folder: Path) -> list[Path]:
    """Write the demo case into `folder`; return the files written or left as they were.

    A Word or Excel file whose parts are already what the story makes is left as it is:
    its compressed bytes may differ with the zlib at hand, and the protected one is
    encrypted with a random salt, but neither is a change a newcomer should see in git.
    """
    folder.mkdir(parents=True, exist_ok=True)
    toml = folder / "case.toml"
    if not toml.exists() or toml.read_text(encoding="utf-8") != story.CASE_TOML:
        toml.write_text(story.CASE_TOML, encoding="utf-8")
    written = [toml]
    for relative, (make, when, protected) in planned_files().items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        data = make()
        if data.startswith(b"PK"):
            data = settle_zip(data)
            if path.exists() and _same_content(path.read_bytes(), data):
                data = path.read_bytes()      # same parts: keep the committed bytes
            elif protected:
                from pipeline.protect import encrypt_office

                data = encrypt_office(data, story.REFERENCE)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        stamp = when.replace(tzinfo=dt.UTC).timestamp()
        os.utime(path, (stamp, stamp))
        written.append(path)
    written.append(_write_panel_copy(folder))
    return written


def _write_panel_copy(folder: Path) -> Path:
    """The panel member's annotated copy, made from the returns just written."""
    from pipeline.protect import encrypt_office

    path = folder / panel_copy.PANEL_COPY
    path.parent.mkdir(parents=True, exist_ok=True)
    data = settle_zip(panel_copy.panel_copy(folder))
    if not (path.exists() and _same_content(path.read_bytes(), data)):
        path.write_bytes(encrypt_office(data, story.REFERENCE))
    return path


def _same_content(existing: bytes, plain: bytes) -> bool:
    """True when `existing` (perhaps protected) holds exactly the parts of `plain`."""
    try:
        return package_content(existing) == package_content(plain)
    except Exception:   # not a package we can open (or a wrong password): rebuild it
        return False


def describe() -> list[str]:
    """One line per file of the demo: what it is and the quirks it shows a reader."""
    lines = []
    for ret in story.RETURNS:
        lines.append(f"{ret.file}: {ret.agency_written}, {ret.rows_expected()} entries; "
                     + "; ".join(ret.quirks))
    lines.append(f"{story.UNREADABLE_FILE}: a PDF letter, deliberately unreadable")
    lines.extend(f"{report.file}: agency report ({report.agency}), headings "
                 f"{report.heading_style}, {len(report.actions)} actions"
                 for report in demo_reports.REPORTS)
    lines.append(f"{demo_reports.TERMS_OF_REFERENCE_FILE}: the panel's terms of reference")
    lines.append(f"{panel_copy.PANEL_COPY}: a panel member's annotated copy of the merged "
                 f"chronology workbook, protected, {len(panel_copy.MARKED)} rows marked")
    return lines


def stray_files(folder: Path) -> list[str]:
    """Files in `folder` the story does not make (left over from an older story)."""
    planned = set(planned_files()) | {"case.toml", panel_copy.PANEL_COPY}
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and p.relative_to(folder).as_posix() not in planned)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the case folder to (re)build, e.g. "
                        "inputs/demo")
    args = parser.parse_args(argv)
    written = build(args.folder)
    print(f"{len(written)} files in {args.folder}:")
    for line in describe():
        print(f"  {line}")
    for name in stray_files(args.folder):
        print(f"not part of the demo story (remove it if it is stale): {name}",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
