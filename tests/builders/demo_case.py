"""Build the fictional demo case folder from `demo_story`: the returns as real files.

    python -m tests.builders.demo_case inputs/demo      (what `make demo` runs)

Word returns are made with `docx_builder`, the Excel return with `xlsx_builder`, agency
reports and the terms of reference with `report_builder`. Every file is deterministic:
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
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.shared import Mm

from tests.builders import demo_story as story
from tests.builders import panel_copy
from tests.builders.docx_builder import (
    MERGED,
    ChronologyDocx,
    ComplexField,
    Control,
    Deleted,
    Hyperlink,
    Inserted,
    Row,
    Section,
)
from tests.builders.xlsx_builder import XlsxReturn

ZIP_TIME = (2016, 1, 1, 0, 0, 0)      # one fixed time for every zip entry

# Markup in the story's cell text -> docx_builder pieces (see demo_story.as_read).
_PIECE = re.compile(r"\[\+(.*?)\+\]|\[-(.*?)-\]|<<(.*?)>>|\{\{(.*?)\|([^}]*)\}\}|\(\((.*?)\)\)",
                    re.S)


def pieces(text: str) -> str | list:
    """A cell's text as docx_builder pieces: plain text stays a str."""
    if not story.has_markup(text):
        return text
    found: list = []
    position = 0
    for match in _PIECE.finditer(text):
        if match.start() > position:
            found.append(text[position:match.start()])
        inserted, deleted, control, link_text, url, field_result = match.groups()
        if inserted is not None:
            found.append(Inserted(inserted))
        elif deleted is not None:
            found.append(Deleted(deleted))
        elif control is not None:
            found.append(Control(control, tag="category"))
        elif link_text is not None:
            found.append(Hyperlink(link_text, url))
        else:
            found.append(ComplexField(field_result, " REF appendix_2 \\h "))
        position = match.end()
    if position < len(text):
        found.append(text[position:])
    return found


# --- Word returns -----------------------------------------------------------------------

_INSTRUCTIONS = (
    "Record any occasion there was direct or indirect contact with the child",
    "Record any occasion there was direct or indirect contact with the family members - "
    "individually or as a unit",
    "Include exact dates: day-month-year, if not known, state 'not known' do not include "
    "periods of time",
    "Record times in 24-hour format",
)

# The staff ID table's headings as each agency wrote them.
_STAFF_HEADINGS = {
    "police": ("Initials", "Name and role"),
    "csc": ("ID", "Role"),
    "hv-first": ("Code", "Designation"),
    "hv": ("Code", "Designation"),
    "housing": ("Initials", "Job title"),
    "school": ("Staff initials", "Role"),
}

# Whole rows changed with track changes on. A deleted row is shown struck through in Word
# and is not an entry; inserted rows are entries (the amended return's additions).
_DELETED_ROW = {
    "csc": ["16.04.2014", "", "", "Duplicate contact record - see above.", "Contact record",
            "MASH1", ""],
}
_INSERTED_ROWS = {"hv": story.HV_ADDED}   # rows the amended return adds, tracked


def _entry_row(ret: story.ChronologyReturn, entry: story.Entry) -> list | Row:
    date_cell: object = entry.when
    if entry.quirk == "date_merged":
        date_cell = MERGED
    cells = [date_cell, *(pieces(text) for text in entry.cells())]
    if entry.when in _INSERTED_ROWS.get(ret.key, ()):
        return Row(cells, inserted=True)
    return cells


def _year_of(entry: story.Entry) -> str:
    match = re.search(r"(?:19|20)\d\d", entry.when)
    if match:
        return match.group(0)
    two_digit = re.search(r"/(\d\d)\b", entry.when)
    return f"20{two_digit.group(1)}" if two_digit else ""


def _with_year_rows(ret: story.ChronologyReturn, entries: list[story.Entry]) -> list:
    """Rows of a table, a year heading (one cell across the table) before each new year."""
    rows: list = []
    year = ""
    for entry in entries:
        entry_year = _year_of(entry) or year
        if ret.year_rows and entry_year != year:
            rows.append(Section(entry_year))
        year = entry_year
        rows.append(_entry_row(ret, entry))
    return rows


def word_return(ret: story.ChronologyReturn) -> bytes:
    """The return as a .docx (not yet protected)."""
    doc = ChronologyDocx()
    _properties(doc.document.core_properties, ret.completed_by, "Chronology", ret.file_time)
    _landscape(doc.document.sections[0])
    doc.paragraph(f"Chronology Template in respect of: Kayla Smith (DOB 14/03/2013) - "
                  f"{story.REFERENCE}")
    doc.header_block(agency=ret.agency_written, date_completed=ret.date_completed,
                     completed_by=ret.completed_by, as_table=ret.header_as_table,
                     labels=story.HEADER_LABELS[ret.key])
    for line in _INSTRUCTIONS:
        doc.paragraph(f"- {line}")
    entries = list(ret.entries)
    if ret.split_by_year:
        # Two tables, as a return pasted together from two files: 2013-14 and 2015-16.
        first = [e for e in entries if _year_of(e) in ("2013", "2014")]
        second = entries[len(first):]
        doc.add_table(list(ret.headings), _with_year_rows(ret, first))
        doc.paragraph("Chronology continued")
        doc.add_table(list(ret.headings), _with_year_rows(ret, second))
    else:
        rows = _with_year_rows(ret, entries)
        if ret.key in _DELETED_ROW:
            rows.insert(2, Row(_DELETED_ROW[ret.key], deleted=True))
        if ret.key == "school":
            # The heading row copied in again halfway down, as when pages are pasted.
            rows.insert(len(rows) // 2, list(ret.headings))
        doc.add_table(list(ret.headings), rows, control=ret.key == "csc")
    if ret.key in _STAFF_HEADINGS:
        doc.add_staff_table(list(ret.staff_key), _STAFF_HEADINGS[ret.key])
    else:
        doc.paragraph("Staff: " + "; ".join(f"{code} = {role}" for code, role in
                                           ret.staff_key))
    return doc.to_bytes()


def _landscape(section) -> None:
    """The template's page: A4 landscape, for seven columns."""
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)


def _properties(core, author: str, title: str, when: dt.datetime) -> None:
    """Fixed document properties: who wrote it and when, never the time of the build."""
    core.author = author
    core.last_modified_by = author
    core.title = title
    core.created = when
    core.modified = when
    core.last_printed = when
    core.revision = 1


# --- agency reports and the terms of reference -------------------------------------------
# report_builder plants identifiers in generic text for the anonymiser's tests; the demo's
# reports carry the story's own words, so they are written here with python-docx.

def agency_report(report: story.ReportStory) -> bytes:
    """An Appendix 5 report with its Appendix 6 action plan, headings as the agency made them."""
    document = Document()
    _properties(document.core_properties, report.author.split(",")[0],
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
    table = document.add_table(rows=1, cols=len(story.ACTION_COLUMNS))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, story.ACTION_COLUMNS, strict=True):
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
    _properties(document.core_properties, "Safeguarding Children Board",
                "Terms of Reference", dt.datetime(2016, 1, 8, 10, 0))
    for index, (heading, paragraphs) in enumerate(story.TERMS_OF_REFERENCE):
        document.add_heading(heading, level=0 if index == 0 else 1)
        for text in paragraphs:
            document.add_paragraph(text)
    return _to_bytes(document)


def _to_bytes(document) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


# --- the Excel return ---------------------------------------------------------------------

def _date_cell(text: str) -> object:
    """A real date cell where the agency typed a plain day; its text otherwise."""
    match = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", text)
    if not match:
        return text
    day, month, year = (int(g) for g in match.groups())
    return dt.date(year, month, day)


def _time_cell(text: str) -> object:
    match = re.fullmatch(r"(\d\d):(\d\d)", text)
    return dt.time(int(match.group(1)), int(match.group(2))) if match else text


def excel_return(ret: story.ChronologyReturn) -> bytes:
    book = XlsxReturn()
    sheet = book.sheet("Chronology")
    sheet.width = len(ret.headings)
    sheet.title("Acute Hospital Trust - Safeguarding Children")
    sheet.title(f"Chronology for Serious Case Review {story.REFERENCE}")
    sheet.blank()
    sheet.header_block(agency=ret.agency_written, date_completed=ret.date_completed,
                       completed_by=ret.completed_by)
    sheet.blank()
    sheet.headings(list(ret.headings))
    year = ""
    for entry in ret.entries:
        when = _date_cell(entry.when)
        entry_year = str(when.year) if isinstance(when, dt.date) else year
        if year and entry_year != year:
            sheet.blank()          # the agency left a blank row between years
        year = entry_year
        sheet.entry(when, _time_cell(entry.time), *entry.cells())
    staff = book.sheet("Staff key")
    staff.headings(["Initials", "Role"])
    for code, role in ret.staff_key:
        staff.entry(code, role)
    workbook = book.workbook()
    props = workbook.properties
    props.creator = props.lastModifiedBy = ret.completed_by
    props.created = props.modified = ret.file_time
    props.title = "Chronology"
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


# --- the unreadable file -------------------------------------------------------------------

def small_pdf(lines: list[str]) -> bytes:
    """A genuine one-page PDF holding `lines` (what a practice sends as a scanned letter)."""
    text = "BT /F1 11 Tf 72 760 Td 14 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for line in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text.encode("latin-1") + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, xref))
    return bytes(out)


GP_LETTER = [
    "Brookfield Surgery, Fernhill, Milton Keynes (fictional)",
    "To: Safeguarding Children Board administrator",
    "Re: Serious Case Review DEMO-2016-01",
    "Please find our chronology attached. A copy of the hospital letter of 23/07/2014",
    "is enclosed as a scan.",
    "Dr L Harris, GP safeguarding lead",
]


# --- making the files deterministic ------------------------------------------------------

def settle_zip(data: bytes) -> bytes:
    """The same package with every entry dated ZIP_TIME, so a rebuild is byte-identical.

    openpyxl stamps "modified" with the time of saving; it is set back to "created".
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/core.xml":
                content = _modified_as_created(content)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, content)
    return out.getvalue()


def _modified_as_created(core_xml: bytes) -> bytes:
    created = re.search(rb"<dcterms:created[^>]*>([^<]*)<", core_xml)
    if created is None:
        return core_xml
    return re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                  lambda m: m.group(1) + created.group(1) + m.group(2), core_xml)


def package_content(data: bytes, password: str = story.REFERENCE) -> dict[str, bytes]:
    """Part name -> bytes of a Word or Excel file, decrypted first if protected."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        from pipeline.protect import decrypt_office

        data = decrypt_office(data, password)
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


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
        for report in story.REPORTS}
    plan[story.TERMS_OF_REFERENCE_FILE] = (terms_of_reference,
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
                 for report in story.REPORTS)
    lines.append(f"{story.TERMS_OF_REFERENCE_FILE}: the panel's terms of reference")
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
