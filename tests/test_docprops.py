"""Word outputs' document properties stay in the core namespace when docxcompose (which
remaps python-docx's "cp" prefix on import) has composed a document in the process."""

import io
import zipfile

import docx
from docx.oxml.ns import nsmap

from pipeline.assemble._docprops import CORE, set_properties
from pipeline.assemble._reportdoc import Appender
from tests.builders.chronology_rows import run_for


def test_properties_written_and_read_after_docxcompose_composed(tmp_path):
    run = run_for(tmp_path, [])
    appender = Appender(docx.Document())
    appended = io.BytesIO()
    docx.Document().save(appended)
    assert appender.append("A report", appended.getvalue())
    appender.to_bytes()
    assert nsmap["cp"] == CORE
    document = docx.Document()
    set_properties(document, run, title="Merged chronology")
    out = io.BytesIO()
    document.save(out)
    core = zipfile.ZipFile(out).read("docProps/core.xml").decode()
    assert "custom-properties" not in core and "<cp:revision>1</cp:revision>" in core
    assert docx.Document(io.BytesIO(out.getvalue())).core_properties.last_modified_by == \
        run.case.board
