"""An Excel return whose cells all show one huge shared string, as Apache POI's
poc-shared-strings.xlsx does (one megabyte of text in thousands of cells)."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from tests.builders.xlsx_builder import EXCEL_HEADINGS, XlsxReturn

PLACEHOLDER = "HUGE-SHARED-STRING"


def huge_shared_string_return(text: str, entries: int) -> bytes:
    """A template return of `entries` rows whose comment cells all point at one shared
    string holding `text` (written once in xl/sharedStrings.xml, as Excel saves it)."""
    book = XlsxReturn()
    sheet = book.sheet("Chronology")
    sheet.header_block(agency="Thames Valley Police", date_completed="12/02/2016")
    sheet.headings(EXCEL_HEADINGS)
    for n in range(entries):
        sheet.entry(f"{1 + n % 28:02d}/04/2014", "", f"Seen at home, visit {n}", "", "",
                    "Record", "HV1", PLACEHOLDER)
    source = zipfile.ZipFile(io.BytesIO(book.to_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/sharedStrings.xml":
                # A carriage return kept as Excel keeps it: a character reference.
                written = escape(text).replace("\r", "&#13;")
                content = content.replace(f">{PLACEHOLDER}<".encode(), f">{written}<".encode())
            target.writestr(info, content)
    return out.getvalue()
