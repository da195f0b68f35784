"""The package zip reads back, with Python's zipfile, as the entries written: every byte,
whole or written in pieces, pictures stored and the rest deflated."""

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ooxml import zipwrite
from pipeline.ooxml.zipwrite import PackageZip

NAMES = st.sampled_from(["[Content_Types].xml", "_rels/.rels", "word/document.xml",
                         "xl/worksheets/sheet1.xml", "word/media/image1.png",
                         "word/media/photo.JPEG", "docProps/núcleo.xml"])
DATA = st.binary(max_size=3000) | st.text(max_size=400).map(str.encode) \
    | st.integers(0, 50_000).map(lambda n: b"<row/>" * n)


@settings(max_examples=80, deadline=None)
@given(st.dictionaries(NAMES, st.lists(DATA, max_size=4), max_size=7))
def test_every_entry_reads_back_as_written(entries):
    output = io.BytesIO()
    with PackageZip(output) as package:
        for name, pieces in entries.items():
            with package.open(name, "w") as part:
                for piece in pieces:
                    part.write(piece)
    archive = zipfile.ZipFile(io.BytesIO(output.getvalue()))
    assert archive.testzip() is None
    assert archive.namelist() == list(entries)
    for name, pieces in entries.items():
        assert archive.read(name) == b"".join(pieces)
        info = archive.getinfo(name)
        picture = name.lower().endswith((".png", ".jpeg"))
        assert info.compress_type == (zipfile.ZIP_STORED if picture else zipfile.ZIP_DEFLATED)
        assert info.date_time == (1980, 1, 1, 0, 0, 0)


def test_text_is_written_as_utf8_and_the_bytes_depend_on_the_parts_alone():
    def package() -> bytes:
        output = io.BytesIO()
        with PackageZip(output) as zipped:
            zipped.writestr("word/document.xml", "<w:t>Zoë &amp; Siân</w:t>")
        return output.getvalue()

    first = package()
    assert zipfile.ZipFile(io.BytesIO(first)).read("word/document.xml").decode() \
        == "<w:t>Zoë &amp; Siân</w:t>"
    assert package() == first


def test_a_part_too_large_for_a_plain_zip_is_refused(monkeypatch):
    monkeypatch.setattr(zipwrite, "_LIMIT", 100)
    with pytest.raises(ValueError, match="too large for an Office package without Zip64"):
        with PackageZip(io.BytesIO()) as package:
            package.writestr("xl/worksheets/sheet1.xml", b"x" * 101)
