"""The package scan alone (pipeline/ooxml/package.py): a DTD in any part, however named
or encoded, an encoding the scan cannot read, or too many parts refuse the file before any
parser sees it; pictures and binaries are not taken for crafted XML."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.errors import IngestError
from pipeline.ooxml.package import MAX_PARTS, inspect_zip


def zip_of(parts: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return stream.getvalue()


BASE = {"[Content_Types].xml": b'<?xml version="1.0"?><Types/>',
        "word/document.xml": b"<w:document/>"}
@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(["word/document.xml", "word/styles.xml", "docProps/core.xml",
                             "_rels/.rels", "customXml/item1.xml", "word/data.bin",
                             "xl/worksheets/sheet.dat", "anything"]),
       prefix=st.sampled_from([b"", b"\xef\xbb\xbf", b"  \r\n", b'<?xml version="1.0"?>',
                               b"<!-- note -->", b" " * 300, b"\n" * 3_000_000]),
       encoding=st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be"]),
       keyword=st.sampled_from(["DOCTYPE", "doctype", "ENTITY"]))
def test_any_dtd_in_any_part_any_encoding_is_refused(name, prefix, encoding, keyword) -> None:
    """Property: wherever a DTD sits and however the part is named or encoded, the package
    is refused before any parser sees it."""
    text = prefix.decode("utf-8") + f"<!{keyword} r []><r>&x;</r>"
    content = text.encode(encoding)
    if encoding == "utf-16":
        assert content.startswith((b"\xff\xfe", b"\xfe\xff"))
    with pytest.raises(IngestError, match="DTD|encoding"):
        inspect_zip(zip_of({**BASE, name: content}))


@pytest.mark.parametrize("content", [
    b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE r+AD4-<r/>',
    b'<?xml version="1.0" encoding="cp037"?><r/>',
    '<?xml version="1.0" encoding="cp037"?><r/>'.encode("cp037"),   # EBCDIC
    "<r/>".encode("utf-32"),
    b"\x00\x00\x00<\x00\x00\x00r\x00\x00\x00/\x00\x00\x00>",  # UTF-32 without a BOM
])
def test_encodings_the_scan_cannot_read_are_refused(content: bytes) -> None:
    with pytest.raises(IngestError, match="encoding|DTD"):
        inspect_zip(zip_of({**BASE, "word/footer1.xml": content}))


def test_pictures_and_binaries_are_not_mistaken_for_crafted_xml() -> None:
    svg = (b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
           b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>')
    png = b"\x89PNG\r\n\x1a\n" + b"<!DOCTYPE" + bytes(range(256)) * 4
    font = b"L" + bytes(range(256)) * 4          # an obfuscated font: random-looking bytes
    names = inspect_zip(zip_of({**BASE, "word/media/logo.svg": svg,
                                "word/media/image1.png": png, "word/fonts/font1.odttf": font,
                                "word/vbaProject.bin": b"\xd0\xcf\x11\xe0" + bytes(64)}))
    assert "word/media/logo.svg" in names
    crafted_svg = svg.replace(b"svg11.dtd\">", b'svg11.dtd" [<!ENTITY x "y">]>')
    with pytest.raises(IngestError, match="DTD"):
        inspect_zip(zip_of({**BASE, "word/media/logo.svg": crafted_svg}))


def test_too_many_parts_refused() -> None:
    parts = {f"word/p{i}.xml": b"<p/>" for i in range(MAX_PARTS + 1)}
    with pytest.raises(IngestError, match="parts"):
        inspect_zip(zip_of({**BASE, **parts}))
