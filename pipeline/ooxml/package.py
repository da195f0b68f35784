"""Opening a returned file safely: what it really is, decrypted, its zip parts bounded.

Every reader gets its bytes through `open_return`, so the size limits, the password and
the refusal of DTDs and external entities are enforced in one place. Before any reader
(ours or openpyxl) parses a part, `inspect_zip` has checked every part's declared size,
inflated every XML part once through a bounded stream (its actual size), and refused any
DTD: Office never writes one (ECMA-376 Part 2 forbids DTD declarations in package XML),
so a return that carries one is crafted, and no parser is ever shown it.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import IngestError
from pipeline.ooxml import opc
from pipeline.protect import decrypt_office

MAX_FILE_BYTES = 100 * 1024 * 1024        # a return is a few MB; 100 MB is not a return
MAX_PART_BYTES = 256 * 1024 * 1024        # one part, inflated
MAX_TOTAL_BYTES = 512 * 1024 * 1024       # all parts, inflated
MAX_RATIO = 200                           # inflated / compressed, per part over 10 MB
MAX_PARTS = 10_000                        # a real package has tens of parts
# XML tags ("<") in all parts. A 5,000-row Word return built by our tests holds 0.35 M;
# real Word writes three or four times as many. Parsing costs about 10-30 microseconds a
# tag in openpyxl, so this also bounds the time a crafted file (millions of tiny shared
# strings or cells, each part small enough to pass the size checks) can take.
MAX_MARKUP = 6_000_000
# Our own workbooks read back for what people typed (outputs/<CASE>/, owner-only): the
# merged chronology of 20,000 rows, with its inconsistencies and agency sheets, holds
# more than a return; openpyxl then parses only the sheets read.
MAX_OUTPUT_MARKUP = 60_000_000
_CHUNK = 1024 * 1024

DOCTYPE_ALLOWED = (".svg", ".htm", ".html", ".xhtml", ".mht", ".mhtml")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY|ATTLIST|ELEMENT|NOTATION)", re.I)
_DTD_TEXT = re.compile(r"<!\s*(DOCTYPE|ENTITY|ATTLIST|ELEMENT|NOTATION)", re.I)
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
# Encodings in which "<!DOCTYPE" is the same bytes as in ASCII, so the byte scan sees it.
_ASCII_COMPATIBLE = re.compile(r"^(utf-?8|us-ascii|ascii|iso-?8859-\d+|latin-?1|"
                               r"(windows|cp)-?125\d)$", re.I)

_DAMAGED = ("is damaged (the zip inside it is broken or cut short); ask the agency to send "
            "the file again.")
_CRAFTED_DTD = ("holds an XML document type declaration (DTD), which Word and Excel never "
                "write; such a file can be crafted to read other files, so it was not opened. "
                "Ask the agency to open it in Word or Excel and save it again.")


@dataclass
class Package:
    """A return's content, decrypted: `kind` is docx, xlsx or csv."""

    kind: str
    data: bytes
    was_encrypted: bool = False
    macros: bool = False


def inspect_zip(data: bytes, max_markup: int = MAX_MARKUP) -> list[str]:
    """The part names of a zip that is safe to hand to a parser; else IngestError.

    Checks, in order: the archive opens; no more than MAX_PARTS parts; every declared
    size (`check_sizes`); then every part that looks like XML (whatever its name) is
    inflated once, chunk by chunk, and refused if its actual size passes the limits, it
    holds a DTD, or it is in an encoding the scan cannot read.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError):
        raise IngestError(_DAMAGED) from None
    if len(infos) > MAX_PARTS:
        raise IngestError(f"holds {len(infos)} parts, far more than any Word or Excel file; "
                          "it was not opened. Ask the agency to re-save the return.")
    check_sizes(archive)
    total = markup = 0
    for info in infos:
        if not info.is_dir():
            size, tags = _scan_part(archive, info, MAX_TOTAL_BYTES - total)
            total, markup = total + size, markup + tags
            if markup > max_markup:
                raise IngestError(f"holds more than {max_markup // 10**6} million XML tags, "
                                  "far more than any return; it may be crafted to make "
                                  "reading it take hours, and was not opened. Ask the "
                                  "agency to check it is the right file, or to split it.")
    return [info.filename for info in infos]


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo,
               budget: int) -> tuple[int, int]:
    """Inflate one part through a bounded stream: (its actual size, its XML tags).
    Refuses a DTD, an unreadable encoding, or a size past the limits."""
    limit = min(MAX_PART_BYTES, budget)
    size = tags = 0
    tail = b""
    mode = None              # "bytes" (ASCII-compatible), a UTF-16 decoder, or "binary"
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise IngestError(f"has a part ({info.filename}) that unpacks to more than "
                                      f"{limit // 2**20} MB; it looks like a zip bomb and was "
                                      "not opened. Ask the agency to re-save the return.")
                if mode is None:
                    # Any part may be parsed as XML (a relationship can point a sheet at
                    # any name), so every part that reads as XML is scanned, whatever it
                    # is called. Images, fonts and other binaries are only inflated, so
                    # their actual size is checked too.
                    mode = _text_mode(chunk, info.filename) or "binary"
                if mode == "binary":
                    continue
                if mode == "bytes":
                    if b"\x00" in chunk:
                        raise IngestError(_unusual_encoding(info.filename))
                    tags += chunk.count(b"<")
                    window = tail + chunk
                    found = _DTD.search(window)
                    # An SVG picture, or the HTML of an altChunk (a web page pasted into
                    # Word), may carry the W3C's standard DOCTYPE line; only entity
                    # declarations in them are refused (no XML parser is given them).
                    if found and (not info.filename.lower().endswith(DOCTYPE_ALLOWED)
                                  or b"<!ENTITY" in window.upper()):
                        raise IngestError(_CRAFTED_DTD)
                    tail = window[-32:]
                else:
                    text = mode.decode(chunk)
                    tags += text.count("<")
                    if "\x00" in text or _DTD_TEXT.search(tail.decode() + text):
                        raise IngestError(_CRAFTED_DTD if "\x00" not in text
                                          else _unusual_encoding(info.filename))
                    tail = text[-32:].encode()
    except IngestError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, UnicodeError):
        raise IngestError(f"is damaged: a part ({info.filename}) does not unpack to what the "
                          "file says it holds (cut short, corrupted or crafted); it was not "
                          "read. Ask the agency to send the file again.") from None
    except (NotImplementedError, RuntimeError):   # unknown compression, zip encryption
        raise IngestError("is packed in a way Word and Excel never use (an encrypted or "
                          "unusual zip); ask the agency to save it again from Word or "
                          "Excel.") from None
    return size, tags


# How a parser could read a part's first bytes: (codec, code unit size). A part is XML to
# a parser if, read in one of these, it opens (after a BOM and white space) with "<".
# EBCDIC is only ever detected by its "<?xm" (libxml2 does; expat reads no EBCDIC).
_READINGS = (("utf-8", 1), ("utf-16-le", 2), ("utf-16-be", 2), ("utf-32-le", 4),
             ("utf-32-be", 4))
_EBCDIC_START = b"\x4c\x6f\xa7\x94"


def _reading_of(first: bytes) -> str | None:
    """The codec in which `first` reads as the start of an XML document, else None (an
    image, font or other binary that no parser is given)."""
    if first.startswith(_EBCDIC_START):
        return "cp037"
    # A NUL in the first characters: two or four bytes a character ("<\0?\0x\0" is
    # UTF-16 without a BOM, as Excel writes customProperty parts), never UTF-8.
    wide = b"\x00" in first[:4]
    for codec, unit in _READINGS:
        if wide and codec == "utf-8":
            continue
        sample = first[: 256 - 256 % unit]
        text = sample.decode(codec, errors="replace").lstrip("\ufeff \t\r\n")
        # XML may open with any amount of white space: padding is no way round the scan.
        if text.startswith("<") or not text:
            return codec
    return None


def _text_mode(first: bytes, name: str):
    """How to scan a part's text: "bytes" (UTF-8 or another ASCII-compatible encoding),
    an incremental UTF-16 decoder, or None for a binary part; refuses what it cannot read."""
    codec = _reading_of(first)
    if codec is None:
        return None
    if codec.startswith("utf-16"):
        if first.startswith((b"\xff\xfe", b"\xfe\xff")):
            codec = "utf-16"               # the BOM says which end first; the decoder drops it
        return codecs.getincrementaldecoder(codec)(errors="strict")
    if codec != "utf-8":                   # UTF-32, EBCDIC: Office never writes them
        raise IngestError(_unusual_encoding(name))
    declared = _DECLARED_ENCODING.match(first.removeprefix(b"\xef\xbb\xbf"))
    if declared and not _ASCII_COMPATIBLE.match(declared.group(1).decode("ascii")):
        raise IngestError(_unusual_encoding(name))
    return "bytes"


def _unusual_encoding(name: str) -> str:
    return (f"has a part ({name}) in a text encoding Word and Excel never write; it was not "
            "opened. Ask the agency to open it in Word or Excel and save it again.")


def read_part(data: bytes, name: str) -> bytes | None:
    """One zip part's bytes, refusing zip bombs before inflating them; None if absent."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, ValueError, OSError):
        raise IngestError(_DAMAGED) from None
    check_sizes(archive)
    pieces, size = [], 0
    try:
        with archive.open(info) as handle:
            # In chunks: one read(n) inflates up to n bytes at once, whatever the part
            # declares; chunk by chunk, a part longer than it says stops at its size.
            while size <= MAX_PART_BYTES and (piece := handle.read(_CHUNK)):
                pieces.append(piece)
                size += len(piece)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise IngestError(_DAMAGED) from None
    content = b"".join(pieces)
    if len(content) > MAX_PART_BYTES:
        raise IngestError(f"has a part ({name}) larger than {MAX_PART_BYTES // 2**20} MB when "
                          "unpacked; it is not a normal return. Ask the agency to re-save it.")
    return as_utf8(content)


_UTF16_STARTS = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")
_ENCODING_DECLARED = re.compile(r"""(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])""")


def as_utf8(content: bytes) -> bytes:
    """An XML part in UTF-16 (with or without a BOM) as UTF-8, its declaration said so;
    any other part unchanged. inspect_zip has already refused a DTD in either."""
    if not content.startswith(_UTF16_STARTS):
        return content
    codec = "utf-16" if content.startswith((b"\xff\xfe", b"\xfe\xff")) else (
        "utf-16-le" if content.startswith(b"<\x00") else "utf-16-be")
    try:
        text = content.decode(codec)
    except UnicodeDecodeError:
        raise IngestError(_DAMAGED) from None
    return _ENCODING_DECLARED.sub(r"\1UTF-8\2", text, count=1).encode("utf-8")


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
        raise IngestError("would unpack to more than 512 MB; it looks like a zip bomb and was "
                          "not opened. Ask the agency to re-save the return.")


def open_return(path: Path, password: str, max_markup: int = MAX_MARKUP) -> Package:
    """Identify a file by its content and return its decrypted bytes, or raise IngestError.
    `max_markup` bounds its XML tags (MAX_OUTPUT_MARKUP for a workbook we wrote)."""
    size = path.stat().st_size
    if size == 0:
        raise IngestError("is empty (0 bytes); ask the agency to send the file again.")
    if size > MAX_FILE_BYTES:
        raise IngestError(f"is {size // 2**20} MB, far larger than any return; check it is "
                          "the right file.")
    # Read no more than the limit, even if the file grows meanwhile; read(n) reserves n
    # bytes at once, so ask for the size the file has, not the limit.
    with path.open("rb") as stream:
        data = stream.read(size + 1)
        if len(data) > size:
            data += stream.read(MAX_FILE_BYTES + 1 - len(data))
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(f"is larger than {MAX_FILE_BYTES // 2**20} MB, far larger than any "
                          "return; check it is the right file.")
    encrypted = False
    if data.startswith(OLE_MAGIC):
        data = decrypt_office(data, password)
        encrypted = True
    if data.startswith(ZIP_MAGIC):
        names = inspect_zip(data, max_markup)
        kind, data = opc.kind_and_layout(data)
        if kind in ("docx", "xlsx"):
            macros = any(n.lower().endswith("vbaproject.bin") for n in names)
            return Package(kind, data, was_encrypted=encrypted, macros=macros)
        if "mimetype" in names or "content.xml" in names:
            raise IngestError("is an OpenDocument file (.odt/.ods); open it in Word or Excel "
                              "and save it as .docx or .xlsx.")
        if any(n.replace("\\", "/").lower().endswith("xl/workbook.bin") for n in names):
            raise IngestError("is an Excel binary workbook (.xlsb); open it in Excel and save "
                              "it as .xlsx (Excel Workbook).")
        raise IngestError("is a zip archive but not a Word or Excel file; unpack it and put "
                          "the returns themselves in the case folder.")
    if encrypted:
        raise IngestError("decrypts to something that is not a Word or Excel file; ask the "
                          "agency to save it again as .docx or .xlsx.")
    if data.startswith(b"%PDF"):
        raise IngestError("is a PDF; the chronology cannot be read from it. Ask the agency "
                          "for the Word or Excel file of the return.")
    if data.startswith(b"{\\rtf"):
        raise IngestError("is a Rich Text file; open it in Word and save it as .docx.")
    if path.suffix.lower() == ".csv":
        return Package("csv", data, was_encrypted=encrypted)
    raise IngestError("is not a Word (.docx) or Excel (.xlsx) file; open it in Word or Excel "
                      "and save it as .docx or .xlsx.")
