"""bench/compare_outputs.py on a case folder of its own (--case): its outputs decrypted
with that case's password, the same from one run to the next, and a changed entry named
in the outputs it changed."""

from __future__ import annotations

import pytest

from bench import compare_outputs
from tests.builders.cases import POLICE, write_case_toml
from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx

PASSWORD = "Not-The-Reference-7"


def _case(folder, entry: str):
    """A one-return case whose outputs are protected with a password of its own."""
    case = write_case_toml(folder, agencies=[POLICE], password=PASSWORD, panel=None,
                           staff=None, people=None)
    rows = [["03/04/2015 10:00", entry, "", "", "Case record", "PC1", ""],
            ["12/06/2015", "Strategy meeting held.", "", "", "Case record", "PC1", ""]]
    doc = ChronologyDocx()
    doc.header_block(agency=POLICE, date_completed="12/02/2016", completed_by="A Author")
    doc.add_table(TEMPLATE_HEADINGS, rows)
    doc.save(case / f"{POLICE}.docx")
    return case


def test_a_case_folder_is_compared_with_its_own_password(tmp_path):
    case = _case(tmp_path / "one" / "SMALL", "Home visit; child seen.")
    first = compare_outputs.snapshot(None, case)
    sheet = first["merged_chronology.xlsx"]
    assert isinstance(sheet, dict) and any("Home visit; child seen." in part
                                           for part in sheet.values())
    assert compare_outputs.differences(first, compare_outputs.snapshot(None, case)) == []

    changed = compare_outputs.snapshot(None, _case(tmp_path / "two" / "SMALL",
                                                   "Home visit; child not seen."))
    named = {line.split(":")[0].split(" ")[0]
             for line in compare_outputs.differences(first, changed)}
    assert {"merged_chronology.xlsx", "merged_chronology.docx"} <= named


def test_the_password_is_read_from_case_toml_else_the_environment_else_the_reference(
        tmp_path, monkeypatch):
    monkeypatch.delenv("CASE_PASSWORD", raising=False)
    toml = tmp_path / "case.toml"
    toml.write_text('reference = "R-1"\npassword = "P-1"\n')
    assert compare_outputs.case_password(toml) == "P-1"
    toml.write_text('reference = "R-1"\n')
    assert compare_outputs.case_password(toml) == "R-1"
    monkeypatch.setenv("CASE_PASSWORD", "E-1")
    assert compare_outputs.case_password(toml) == "E-1"


def test_a_folder_without_case_toml_is_refused_with_the_fix(tmp_path):
    with pytest.raises(SystemExit) as refused:
        compare_outputs.main(["snapshot", str(tmp_path / "out.json"), "--case",
                              str(tmp_path)])
    assert "has no case.toml" in str(refused.value)
    assert "Give the folder that holds case.toml" in str(refused.value)
