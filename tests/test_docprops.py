"""Word outputs' document properties stay in the core namespace after docxcompose."""

import io
import zipfile

import docx
from docx.oxml.ns import nsmap

from pipeline.assemble._docprops import CORE, set_properties
from tests.builders.chronology_rows import run_for


def test_core_properties_after_docxcompose_was_imported(tmp_path, monkeypatch):
    monkeypatch.setitem(nsmap, "cp", nsmap["cp"])     # put back for the other tests
    from docxcompose.composer import Composer  # noqa: F401

    monkeypatch.setitem(nsmap, "cp", "http://schemas.openxmlformats.org/officeDocument/"
                        "2006/custom-properties")     # what importing docxcompose does
    document = docx.Document()
    set_properties(document, run_for(tmp_path, []), title="Merged chronology")
    out = io.BytesIO()
    document.save(out)
    core = zipfile.ZipFile(out).read("docProps/core.xml").decode()
    assert "custom-properties" not in core
    assert f'xmlns:cp="{CORE}"' in core and "<cp:revision>1</cp:revision>" in core
