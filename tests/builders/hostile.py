"""Hostile and broken returns, built byte by byte, for the security tests.

Each builder returns the file's bytes (or writes it): zip bombs (honest, lying and quiet),
DTDs with external entities (a local file, a network address), entity expansion (billion
laughs) in any XML part and in UTF-16, a truncated or corrupt zip, an empty file, text or
PDF with a Word name, a legacy Word 97-2003 container, an OpenDocument file, a Word file
with no chronology, a return protected with another password, a symbolic link out of the
case folder, a macro-enabled file, a cell of several megabytes.

hostile_folder.py assembles all of them beside good returns and says, for each file,
what the report must say about it.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from docx import Document

from tests.builders.cases import case_toml
from tests.builders.xlsx_builder import EXCEL_HEADINGS, XlsxReturn, add_vba_project

MB = 2**20
SECRET_MARKER = "SECRET-FROM-ELSEWHERE-7f3a"   # the text of the file an entity names

# Text that a spreadsheet would run as a formula if an output wrote it as one.
FORMULA_TEXT = '=HYPERLINK("http://example.invalid/x","see record")'

# The case key's people, named in the good returns' rows as real returns name them: a
# test checks none of these (nor any cell text) reaches logs or the terminal.
KEY_NAMES = ("Jolene Fictitious", "Jojo", "Darren Madeup", "Tamsin Invented",
             "14 Nowhere Close")
GOOD_ENTRIES = [
    (dt.date(2015, 4, 3), dt.time(14, 30), "Home visit, Jolene Fictitious (Jojo) seen", "",
     "", "Visit record", "HV1", "No concerns"),
    (dt.date(2015, 6, 10), None, "", "Mother Tamsin Invented phoned from 14 Nowhere Close", "",
     "Call log", "HV1", ""),
    ("July 2015", "", "", "", "Referral to CSC about Darren Madeup", "Referral form", "HV2",
     FORMULA_TEXT),
]


# ---------------------------------------------------------------------------- raw zips

@dataclass
class RawEntry:
    """One zip entry as written: the bytes stored, and what the headers declare."""

    name: str
    stored: bytes                 # raw deflate (method 8) or plain bytes (method 0)
    declared_size: int
    crc: int = 0
    method: int = 8


def write_zip(entries: list[RawEntry]) -> bytes:
    """A zip whose headers say exactly what `entries` declare, true or not."""
    out = io.BytesIO()
    central = []
    for entry in entries:
        offset = out.tell()
        name = entry.name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, entry.method, 0, 0x21,
                              entry.crc, len(entry.stored), entry.declared_size, len(name), 0))
        out.write(name)
        out.write(entry.stored)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, entry.method,
                                   0, 0x21, entry.crc, len(entry.stored), entry.declared_size,
                                   len(name), 0, 0, 0, 0, 0, offset) + name)
    start = out.tell()
    for record in central:
        out.write(record)
    size = out.tell() - start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), size,
                          start, 0))
    return out.getvalue()


def deflated_zeros(megabytes: int, fill: bytes = b" ") -> bytes:
    """A raw deflate stream of `megabytes` MB of `fill` (spaces: XML-like, no NUL), ~1 KB
    a MB, built without compressing it all: one full-flushed block repeated (each block
    starts a fresh history, so the copies join into one valid stream)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(fill * MB) + compressor.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    return block * megabytes + final


def entries_of(data: bytes) -> list[RawEntry]:
    """A real zip's entries, recompressed, to rebuild it with extra or changed parts."""
    source = zipfile.ZipFile(io.BytesIO(data))
    entries = []
    for info in source.infolist():
        content = source.read(info)
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        entries.append(RawEntry(info.filename, compressor.compress(content) + compressor.flush(),
                                len(content), zlib.crc32(content)))
    return entries


def replace_part(data: bytes, name: str, content: bytes) -> bytes:
    """`data` (a zip) with part `name` replaced by `content`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename,
                            content if info.filename == name else source.read(info))
    return out.getvalue()


def zip_of_parts(parts: dict[str, bytes]) -> bytes:
    """A plain zip of the given parts."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


def part(data: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read(name)


# ---------------------------------------------------------------------------- good returns

def good_xlsx(agency: str = "Health Visiting Service", entries=None) -> bytes:
    book = XlsxReturn()
    sheet = book.sheet("Chronology")
    sheet.title("Multi-agency chronology")
    sheet.header_block(agency=agency, date_completed="12/02/2016",
                       completed_by="A. Example")
    sheet.blank()
    sheet.headings(EXCEL_HEADINGS)
    for cells in entries or GOOD_ENTRIES:
        sheet.entry(*cells)
    return book.to_bytes()


def good_docx(agency: str = "Thames Valley Police", extra_comment: str = "") -> bytes:
    """A Word return built with python-docx directly: a table with Appendix 4 headings."""
    from tests.builders.docx_builder import TEMPLATE_HEADINGS

    document = Document()
    document.add_paragraph(f"Agency: {agency}")
    document.add_paragraph("Date completed: 12/02/2016")
    document.add_paragraph("Name of person completing: DC A Example")
    table = document.add_table(rows=1, cols=len(TEMPLATE_HEADINGS))
    for cell, heading in zip(table.rows[0].cells, TEMPLATE_HEADINGS, strict=True):
        cell.text = heading
    for values in (("03/04/2015 14:30", "Jolene Fictitious seen at home", "", "",
                    "Crime record", "PC1", ""),
                   ("05/05/2015", "", "Darren Madeup interviewed", "", "Statement", "PC2",
                    extra_comment)):
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def docx_without_chronology() -> bytes:
    document = Document()
    document.add_heading("Agency report", 1)
    document.add_paragraph("This letter covers our involvement; the chronology follows later.")
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


# ---------------------------------------------------------------------------- zip bombs

def zip_bomb(megabytes: int = 2048) -> bytes:
    """An .xlsx whose one worksheet honestly declares `megabytes` MB (about 2 MB stored)."""
    entries = entries_of(good_xlsx())
    entries = [e for e in entries if e.name != "xl/worksheets/sheet1.xml"]
    entries.append(RawEntry("xl/worksheets/sheet1.xml", deflated_zeros(megabytes),
                            megabytes * MB))
    return write_zip(entries)


def lying_zip_bomb(megabytes: int = 1024) -> bytes:
    """A .docx whose document.xml declares 4 MB but inflates to `megabytes` MB."""
    entries = [e for e in entries_of(good_docx()) if e.name != "word/document.xml"]
    entries.append(RawEntry("word/document.xml", deflated_zeros(megabytes), 4 * MB))
    return write_zip(entries)


def quiet_zip_bomb(parts: int = 64) -> bytes:
    """An .xlsx of many 9 MB parts (each under the per-part checks) that add up to > 512 MB."""
    entries = entries_of(good_xlsx())
    stored = deflated_zeros(9)
    entries += [RawEntry(f"xl/media/filler{i}.xml", stored, 9 * MB) for i in range(parts)]
    return write_zip(entries)


# ---------------------------------------------------------------------------- XML entities

def external_entity_dtd(target: str) -> bytes:
    return f'<!DOCTYPE root [<!ENTITY xxe SYSTEM "{target}">]>'.encode()


def _laughs() -> bytes:
    """The billion laughs: lol9 expands to 10**9 "lol"s if a parser honours the DTD."""
    declarations = ['<!ENTITY lol0 "lol">']
    for level in range(1, 10):
        declarations.append(f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">')
    return ("<!DOCTYPE lolz [" + "".join(declarations) + "]>").encode()


BILLION_LAUGHS = _laughs()


def with_dtd(data: bytes, name: str, dtd: bytes, reference: bytes = b"&xxe;",
             marker: bytes | None = None, utf16: bool = False) -> bytes:
    """`data` with a DTD put in part `name` and `reference` (an entity use) inside its text.

    The reference goes before `marker` if given, else before the first `</` close tag
    after the root opens; `utf16` writes the part as UTF-16 (a scan of bytes misses it).
    """
    content = part(data, name)
    end_of_declaration = content.find(b"?>") + 2 if content.startswith(b"<?xml") else 0
    body = content[end_of_declaration:]
    if marker is not None and marker in body:
        body = body.replace(marker, reference + marker, 1)
    else:
        close = body.find(b"</")
        body = body[:close] + reference + body[close:]
    declaration = content[:end_of_declaration]
    if utf16:
        declaration = b'<?xml version="1.0" encoding="UTF-16" standalone="yes"?>'
        new = (declaration + b"\n" + dtd + body).decode("utf-8").encode("utf-16")
    else:
        new = declaration + b"\n" + dtd + body
    return replace_part(data, name, new)


def many_tags_xlsx(strings: int = 1_600_000) -> bytes:
    """A good Excel return whose shared strings table holds `strings` tiny distinct strings
    (4 tags each): a few MB that would keep openpyxl busy for minutes."""
    data = good_xlsx()
    table = part(data, "xl/sharedStrings.xml")
    filler = "".join(f"<si><t>{index:x}</t></si>" for index in range(strings)).encode()
    return replace_part(data, "xl/sharedStrings.xml", table.replace(b"</sst>", filler + b"</sst>"))


def renamed_sheet_with_dtd(data: bytes, dtd: bytes, new_name: str = "xl/worksheets/data.bin"
                           ) -> bytes:
    """The workbook with its sheet moved to a name that does not say XML (the workbook's
    relationship follows it), carrying a DTD: a scan that trusts names would miss it."""
    sheet = part(data, "xl/worksheets/sheet1.xml")
    rels = part(data, "xl/_rels/workbook.xml.rels").replace(
        b"worksheets/sheet1.xml", new_name.removeprefix("xl/").encode())
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                target.writestr(new_name, sheet.replace(b"?>", b"?>" + dtd, 1))
            elif info.filename == "xl/_rels/workbook.xml.rels":
                target.writestr(info.filename, rels)
            else:
                target.writestr(info.filename, source.read(info))
    return out.getvalue()


# ---------------------------------------------------------------------------- broken files

def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def corrupt(data: bytes) -> bytes:
    """The zip with its central directory intact but a stored part's bytes scrambled."""
    start = data.find(b"PK\x03\x04", 100)
    middle = bytearray(data)
    for index in range(start + 60, min(start + 400, len(middle))):
        middle[index] ^= 0x5A
    return bytes(middle)


PDF_BYTES = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
             b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n"
             b"%%EOF\n")
TEXT_BYTES = b"Chronology attached as discussed.\nDate, Event\n03/04/2015, seen\n"


def odt() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", '<?xml version="1.0"?><office:document-content '
                         'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
    return out.getvalue()


def legacy_doc() -> bytes:
    """A Word 97-2003 compound file (CFB v3): one WordDocument stream with a FIB start."""
    sector = 512
    endofchain, freesect, fatsect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    stream = struct.pack("<HH", 0xA5EC, 0x00C1) + b"\0" * (4096 - 4)
    data_sectors = len(stream) // sector
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, endofchain, 0, endofchain, 0)
    struct.pack_into("<I", header, 76, 0)                 # the FAT is sector 0
    for index in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * index, freesect)
    fat = [fatsect, endofchain] + [3 + i for i in range(data_sectors - 1)] + [endofchain]
    fat += [freesect] * (128 - len(fat))
    fat_sector = struct.pack("<128I", *fat)

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0" if name else b""
        raw[0:len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, nostream, nostream, child)
        struct.pack_into("<IQ", raw, 116, start, size)
        return bytes(raw)

    directory = (entry("Root Entry", 5, 1, endofchain, 0) + entry("WordDocument", 2, nostream, 2,
                 len(stream)) + entry("", 0, nostream, 0, 0) + entry("", 0, nostream, 0, 0))
    return bytes(header) + fat_sector + directory + stream


# ---------------------------------------------------------------------------- odd cells

def big_cell_docx(megabytes: int = 5) -> bytes:
    """A good Word return whose second entry's comment is `megabytes` MB of text."""
    text = ("Lorem ipsum dolor sit amet " * (megabytes * MB // 27 + 1))[: megabytes * MB]
    return good_docx("Housing Association", extra_comment=text)


def big_cell_xlsx(megabytes: int = 5) -> bytes:
    """A good Excel return with one extra entry whose comment is `megabytes` MB of text.

    openpyxl cuts a cell at Excel's 32,767 characters, so the text is put into
    sharedStrings.xml after saving, as a crafted file would carry it."""
    marker = "BIG-CELL-GOES-HERE"
    entries = [*GOOD_ENTRIES, (dt.date(2015, 8, 1), None, "Visit", "", "", "", "HV1", marker)]
    data = good_xlsx("Hilltop Primary School", entries=entries)
    text = ("Lorem ipsum dolor sit amet " * (megabytes * MB // 27 + 1))[: megabytes * MB]
    strings = part(data, "xl/sharedStrings.xml").replace(marker.encode(), text.encode())
    return replace_part(data, "xl/sharedStrings.xml", strings)


def big_cell_csv(megabytes: int = 5) -> bytes:
    text = "x" * (megabytes * MB)
    lines = ["Agency:,Health Visiting Service", ",".join(EXCEL_HEADINGS),
             "03/04/2015,14:30,Home visit,,,Record,HV1,ok",
             f'04/04/2015,,Visit,,,Record,HV1,"{text}"']
    return "\r\n".join(lines).encode()


def macro_xlsm(agency: str = "General Practice") -> bytes:
    return add_vba_project(good_xlsx(agency))


# ---------------------------------------------------------------------------- the case

CASE_TOML = case_toml(
    reference="HOSTILE-01", subject="Child Q",
    agencies=[{"name": name, "aliases": [alias]} for name, alias in (
        ("Thames Valley Police", "TVP"), ("Health Visiting Service", "HV"),
        ("General Practice", "GP"), ("Hilltop Primary School", "School"),
        ("Housing Association", "Housing"))],
    people=[{"name": "Jolene Fictitious", "aliases": ["Jojo"], "pseudonym": "Child Q",
             "role": "Child", "address": "14 Nowhere Close"},
            {"name": "Darren Madeup", "pseudonym": "Father", "role": "Father"},
            {"name": "Tamsin Invented", "pseudonym": "Mother", "role": "Mother"}])
