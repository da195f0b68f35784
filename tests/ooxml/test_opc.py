"""Packages as OPC defines them: the main part through the package relationships, part
names in any case and with either slash, UTF-16 parts, wherever another writer put them."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from pipeline.case import load_case
from pipeline.errors import IngestError
from pipeline.ingest import read_file
from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx
from tests.builders.xlsx_builder import simple_return

ROWS = [["03/04/2014", "Seen at home", "", "", "Record", "PC1", ""],
        ["04/04/2014", "Seen again", "Mother seen", "", "Record", "PC1", "Note"]]


def _docx() -> bytes:
    doc = ChronologyDocx().header_block(agency="Thames Valley Police",
                                        date_completed="12/02/2016", completed_by="DC X")
    doc.add_table(TEMPLATE_HEADINGS, ROWS)
    doc.page_header("Thames Valley Police - RESTRICTED")
    return doc.to_bytes()


def _repack(data: bytes, rename, edit=lambda name, content: content) -> bytes:
    """The package with each part renamed by `rename(name)` and edited by `edit`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(rename(info.filename), edit(info.filename, source.read(info)))
    return out.getvalue()


def _word_online(data: bytes) -> bytes:
    def rename(name):
        return {"word/document.xml": "word/document2.xml",
                "word/_rels/document.xml.rels": "word/_rels/document2.xml.rels"}.get(name, name)

    def edit(name, content):
        if name in ("_rels/.rels", "[Content_Types].xml"):
            return content.replace(b"word/document.xml", b"word/document2.xml")
        return content
    return _repack(data, rename, edit)


def _at_the_root(data: bytes) -> bytes:
    """Every word/ part moved to the package root, the relationships saying so."""
    def rename(name):
        return name[len("word/"):] if name.startswith("word/") else name

    def edit(name, content):
        if name in ("_rels/.rels", "[Content_Types].xml"):
            return content.replace(b"/word/", b"/").replace(b'"word/', b'"')
        return content
    return _repack(data, rename, edit)


LAYOUTS = {
    "as Word writes it": lambda data: data,
    "Word Online's document2.xml": _word_online,
    "backslashes": lambda data: _repack(data, lambda n: n.replace("/", "\\")),
    "a leading slash": lambda data: _repack(data, lambda n: "/" + n),
    "upper-case part names": lambda data: _repack(
        data, lambda n: n if n == "[Content_Types].xml" else n.upper()),
    "mixed case and backslashes": lambda data: _repack(
        data, lambda n: n if n == "[Content_Types].xml" else n.title().replace("/", "\\")),
    "parts at the package root": _at_the_root,
}


def _rows(path):
    [ret] = read_file(path, load_case(path.parent))
    return [(r.date_as_written, r.child, r.family, r.comment) for r in ret.rows], ret


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_word_return_in_any_opc_layout_reads_the_same(case_dir, layout):
    path = case_dir / "police.docx"
    path.write_bytes(LAYOUTS[layout](_docx()))
    rows, ret = _rows(path)
    assert rows == [("03/04/2014", "Seen at home", "", ""),
                    ("04/04/2014", "Seen again", "Mother seen", "Note")]
    assert (ret.agency, ret.date_completed) == ("Thames Valley Police", "12/02/2016")


@pytest.mark.parametrize("layout", ["backslashes", "upper-case part names"])
def test_an_excel_return_in_another_layout_reads_the_same(case_dir, layout):
    data = simple_return("Health Visiting Service",
                         [("03/04/2015", "14:30", "Seen", "", "", "Record", "HV1", "")]).to_bytes()
    path = case_dir / "hv.xlsx"
    path.write_bytes(LAYOUTS[layout](data))
    [ret] = read_file(path, load_case(case_dir))
    assert [(r.date_as_written, r.child) for r in ret.rows] == [("03/04/2015", "Seen")]


def _with_part(data: bytes, name: str, content: bytes) -> bytes:
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a") as target:
        target.writestr(name, content)
    return out.getvalue()


XML16 = '<?xml version="1.0" encoding="UTF-16"?><root><v>ORB_SHEET</v></root>'


@pytest.mark.parametrize("encoded", [XML16.encode("utf-16"), XML16.encode("utf-16-le"),
                                     XML16.encode("utf-16-be"), "True".encode("utf-16-le")])
def test_excels_utf16_custom_property_parts_are_read(case_dir, encoded):
    data = simple_return("Health Visiting Service",
                         [("03/04/2015", "14:30", "Seen", "", "", "Record", "HV1", "")]).to_bytes()
    path = case_dir / "hv.xlsx"
    path.write_bytes(_with_part(data, "xl/customProperty1.bin", encoded))
    [ret] = read_file(path, load_case(case_dir))
    assert len(ret.rows) == 1


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_dtd_in_utf16_is_still_refused(case_dir, codec):
    bomb = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY a "aaaa">]>'
            "<r>&a;</r>").encode(codec)
    path = case_dir / "police.docx"
    path.write_bytes(_with_part(_docx(), "customXml/item9.xml", bomb))
    with pytest.raises(IngestError, match="document type declaration"):
        read_file(path, load_case(case_dir))


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])   # BOM, and none
def test_a_word_document_in_utf16_is_read(case_dir, codec):
    def edit(name, content):
        if name == "word/document.xml":
            text = content.decode("utf-8")
            text = re.sub(r"encoding=.UTF-8.", 'encoding="UTF-16"', text, count=1)
            return text.encode(codec)
        return content
    path = case_dir / "police.docx"
    path.write_bytes(_repack(_docx(), lambda n: n, edit))
    rows, _ = _rows(path)
    assert len(rows) == 2


def test_a_zip_with_no_office_part_is_still_named_for_what_it_is(case_dir):
    path = case_dir / "photos.docx"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr("photo1.txt", "not a return")
    path.write_bytes(out.getvalue())
    with pytest.raises(IngestError, match="zip archive but not a Word or Excel file"):
        read_file(path, load_case(case_dir))
