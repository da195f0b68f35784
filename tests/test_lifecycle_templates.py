"""The Word templates shipped in pipeline/lifecycle/templates/ are the ones the script
makes, and every tag in them is one the letters fill in."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from docxtpl import DocxTemplate
from lxml import etree

from pipeline.case import load_case
from pipeline.lifecycle import letters, make_templates
from tests.conftest import DEMO_CASE


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

    case = load_case(DEMO_CASE.parent)
    data = letters.render("notification_letter.docx", letters.context(
        case, case.agencies[0], dt.date(2016, 1, 20)), case.board)
    core = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml"))
    assert {etree.QName(child).namespace for child in core} <= ALLOWED
    assert core.find(f"{{{CORE}}}lastModifiedBy").text == case.board


def test_every_tag_is_filled_in():
    case = load_case(DEMO_CASE.parent)
    known = set(letters.context(case, case.agencies[0], dt.date(2016, 1, 20)))
    for name in make_templates.BUILDERS:
        wanted = DocxTemplate(letters.TEMPLATES / name).get_undeclared_template_variables()
        assert wanted <= known, (name, wanted - known)


def test_no_tag_survives_filling_in():
    case = load_case(DEMO_CASE.parent)
    values = letters.context(case, case.agencies[0], dt.date(2016, 1, 20), ["Scope."])
    values["overdue"] = ["the chronology"]
    for name in make_templates.BUILDERS:
        data = letters.render(name, values, case.board)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
        assert not re.search(rb"\{\{|\{%|%\}|\}\}", xml), name
