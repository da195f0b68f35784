"""Opening a returned file safely: what it really is, decrypted, its zip parts bounded.

Every reader gets its bytes through `open_return`, so the size limits, the password and
the refusal of DTDs and external entities are enforced in one place.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from pipeline.ingest.errors import IngestError

MAX_FILE_BYTES = 200 * 1024 * 1024        # a return is a few MB; 200 MB is not a return
MAX_PART_BYTES = 256 * 1024 * 1024        # one XML part, inflated
MAX_TOTAL_BYTES = 512 * 1024 * 1024       # all parts, inflated
MAX_RATIO = 200                           # inflated / compressed, per part

# No DTD is loaded, no entity resolved, nothing fetched: a return cannot make us read
# a local file or a network address (XXE), nor expand a billion laughs.
SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=True, remove_comments=False)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class Package:
    """A return's content, decrypted: `kind` is docx, xlsx or csv."""

    kind: str
    data: bytes
    was_encrypted: bool = False
    macros: bool = False


def sniff_zip(data: bytes) -> str:
    """'docx', 'xlsx', 'odt' or '' for an OOXML/ODF zip, by the parts it holds."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        raise IngestError("is damaged (the zip inside it is broken or cut short); ask the "
                          "agency to send the file again.") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "mimetype" in names or "content.xml" in names:
        return "odt"
    return ""


def read_part(data: bytes, name: str) -> bytes | None:
    """One zip part's bytes, refusing zip bombs before inflating them; None if absent."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    check_sizes(archive)
    with archive.open(info) as handle:
        content = handle.read(MAX_PART_BYTES + 1)
    if len(content) > MAX_PART_BYTES:
        raise IngestError(f"has a part ({name}) larger than {MAX_PART_BYTES // 2**20} MB when "
                          "unpacked; it is not a normal return. Ask the agency to re-save it.")
    return content


def check_sizes(archive: zipfile.ZipFile) -> None:
    """Refuse an archive whose declared sizes are those of a zip bomb."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or (info.file_size > 10 * 2**20 and ratio > MAX_RATIO):
            raise IngestError(f"has a part ({info.filename}) that would unpack to "
                              f"{info.file_size // 2**20} MB; it looks like a zip bomb and was "
                              "not opened. Ask the agency to re-save the return.")
    if total > MAX_TOTAL_BYTES:
        raise IngestError("would unpack to more than 512 MB; it was not opened. Ask the agency "
                          "to re-save the return.")


def parse_xml(content: bytes) -> etree._Element:
    try:
        return etree.fromstring(content, SAFE_XML)
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"holds broken XML ({exc.msg}); open it in Word or Excel, save it "
                          "again as .docx or .xlsx, and put it back.") from None


def open_return(path: Path, password: str) -> Package:
    """Identify a file by its content and return its decrypted bytes, or raise IngestError."""
    size = path.stat().st_size
    if size == 0:
        raise IngestError("is empty (0 bytes); ask the agency to send the file again.")
    if size > MAX_FILE_BYTES:
        raise IngestError(f"is {size // 2**20} MB, far larger than any return; check it is "
                          "the right file.")
    data = path.read_bytes()
    encrypted = False
    if data.startswith(OLE_MAGIC):
        from pipeline.protect import decrypt_office   # msoffcrypto only when needed

        data = decrypt_office(data, password)
        encrypted = True
    if data.startswith(ZIP_MAGIC):
        kind = sniff_zip(data)
        if kind in ("docx", "xlsx"):
            macros = read_part_names_with(data, "vbaProject.bin")
            return Package(kind, data, was_encrypted=encrypted, macros=macros)
        if kind == "odt":
            raise IngestError("is an OpenDocument file (.odt/.ods); open it in Word or Excel "
                              "and save it as .docx or .xlsx.")
        raise IngestError("is a zip archive but not a Word or Excel file; unpack it and put "
                          "the returns themselves in the case folder.")
    if data.startswith(b"%PDF"):
        raise IngestError("is a PDF; the chronology cannot be read from it. Ask the agency "
                          "for the Word or Excel file of the return.")
    if data.startswith(b"{\\rtf"):
        raise IngestError("is a Rich Text file; open it in Word and save it as .docx.")
    if path.suffix.lower() == ".csv":
        return Package("csv", data, was_encrypted=encrypted)
    raise IngestError("is not a Word (.docx) or Excel (.xlsx) file; open it in Word or Excel "
                      "and save it as .docx or .xlsx.")


def read_part_names_with(data: bytes, suffix: str) -> bool:
    return any(n.endswith(suffix) for n in zipfile.ZipFile(io.BytesIO(data)).namelist())
