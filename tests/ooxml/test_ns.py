"""python-docx's namespaces stay its own after docxcompose and docxtpl are imported."""

import io
import zipfile

import docxcompose.composer  # noqa: F401  (what the overview and the letters import)
import docxtpl  # noqa: F401
from docx import Document

import pipeline.ooxml  # noqa: F401
from pipeline.ooxml.ns import NAMESPACES


def test_last_modified_by_is_written_in_the_core_properties_namespace():
    document = Document()
    document.core_properties.last_modified_by = "Safeguarding Children Board"
    saved = io.BytesIO()
    document.save(saved)
    core = zipfile.ZipFile(saved).read("docProps/core.xml").decode()
    assert ('<cp:lastModifiedBy>Safeguarding Children Board</cp:lastModifiedBy>' in core)
    assert NAMESPACES["cp"] in core
    assert "officeDocument/2006/custom-properties" not in core
