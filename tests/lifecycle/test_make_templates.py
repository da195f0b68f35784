"""The Word templates shipped in pipeline/lifecycle/templates/ are the ones the script
makes, and every tag in them is one the letters fill in."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docxtpl import DocxTemplate
from lxml import etree

from pipeline.case import load_case
from pipeline.ingest import read_file
from pipeline.lifecycle import letters, make_templates
from tests.builders.cases import DEMO
from tests.builders.filled_templates import fill_chronology


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
ALLOWED = {CORE, "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/"}


def test_the_shipped_templates_are_the_scripts(tmp_path):
    assert make_templates.main([str(tmp_path)]) == 0
    for name in make_templates.BUILDERS:
        assert parts(tmp_path / name) == parts(letters.TEMPLATES / name), (
            f"run `make templates` and commit pipeline/lifecycle/templates/{name}")


def test_filled_in_documents_have_valid_core_properties():
    """Only the namespaces the core properties part allows, whatever was imported before
    (docxcompose remaps python-docx's "cp" prefix)."""
    import docxcompose.composer  # noqa: F401

    case = load_case(DEMO)
    data = letters.render("notification_letter.docx", letters.context(
        case, case.agencies[0], dt.date(2016, 1, 20)), case.board)
    core = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml"))
    assert {etree.QName(child).namespace for child in core} <= ALLOWED
    assert core.find(f"{{{CORE}}}lastModifiedBy").text == case.board


def test_every_tag_is_filled_in():
    case = load_case(DEMO)
    known = set(letters.context(case, case.agencies[0], dt.date(2016, 1, 20)))
    for name in make_templates.BUILDERS:
        wanted = DocxTemplate(letters.TEMPLATES / name).get_undeclared_template_variables()
        assert wanted <= known, (name, wanted - known)


def test_no_tag_survives_filling_in():
    case = load_case(DEMO)
    values = letters.context(case, case.agencies[0], dt.date(2016, 1, 20), ["Scope."])
    values["overdue"] = ["the chronology"]
    for name in make_templates.BUILDERS:
        data = letters.render(name, values, case.board)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
        assert not re.search(rb"\{\{|\{%|%\}|\}\}", xml), name


SOFFICE = shutil.which("soffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_templates_the_board_saved_in_a_word_processor_still_fill_in(tmp_path, monkeypatch,
                                                                   case_dir):
    """The board edits a template and saves it (LibreOffice here, which rewrites every
    run); the tags still fill in and the chronology still reads back."""
    edited = tmp_path / "edited"
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(edited),
                    *map(str, sorted(letters.TEMPLATES.glob("*.docx")))],
                   check=True, capture_output=True, timeout=300)
    monkeypatch.setattr(letters, "TEMPLATES", edited)
    case = load_case(case_dir)
    values = letters.context(case, case.agencies[1], dt.date(2016, 1, 20), ["Scope & aims"])
    values["overdue"] = ["the chronology"]
    for name in make_templates.BUILDERS:
        data = letters.render(name, values, case.board)
        document = docx.Document(io.BytesIO(data))
        text = "\n".join([p.text for p in document.paragraphs]
                         + [c.text for t in document.tables for r in t.rows for c in r.cells])
        assert "{{" not in text and "{%" not in text, name
        assert "Children's Social Care" in text, name
    chronology = tmp_path / "csc.docx"
    chronology.write_bytes(letters.render("chronology_template.docx", values, case.board))
    filled = fill_chronology(chronology, case_dir / "csc return.docx", "unused")
    (ret,) = read_file(filled, case)
    assert ret.agency == "Children's Social Care" and ret.agency_matched
    assert ret.completed_by == "DC Example, Detective Constable" and len(ret.rows) == 3
