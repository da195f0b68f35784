"""The demo case's files that are not Word returns or reports: the hospital's Excel return,
the practice's letter as a PDF; and what makes every file of the case deterministic (one
fixed time in each zip entry, fixed document properties, "modified" set back to
"created"), and the template's landscape page."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from pipeline.protect import decrypt_office
from tests.builders import demo_story as story
from tests.builders.xlsx_builder import XlsxReturn

ZIP_TIME = (2016, 1, 1, 0, 0, 0)      # one fixed time for every zip entry


def landscape(section) -> None:
    """The template's page: A4 landscape, for seven columns."""
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)


def fixed_properties(core, author: str, title: str, when: dt.datetime) -> None:
    """Fixed document properties: who wrote it and when, never the time of the build."""
    core.author = author
    core.last_modified_by = author
    core.title = title
    core.created = when
    core.modified = when
    core.last_printed = when
    core.revision = 1


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
        data = decrypt_office(data, password)
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}
