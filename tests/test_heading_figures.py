"""The heading figure runs on any file of the published file's form, given as an argument."""

from __future__ import annotations

import json

from tests import heading_figures


def test_a_heading_file_given_as_an_argument_is_scored(tmp_path, capsys):
    case = {"name": "Made up", "headings": ["Date", "Ref", "Account of visit", "Worker"],
            "expect": ["date", "extra", "contact", "staff"],
            "rows": [["03/04/2014", "A1", "Home visit; mother and Child X seen, flat cold.",
                      "FSW1"],
                     ["04/04/2014", "A2", "Phone call from mother asking for a food voucher.",
                      "FSW1"]]}
    wrong = {**case, "name": "Wrong expectation", "expect": ["date", "contact", "extra",
                                                             "staff"]}
    path = tmp_path / "headings_new.json"
    path.write_text(json.dumps({"about": "test", "cases": [case, wrong]}), encoding="utf-8")
    assert heading_figures.main([str(path), "-v"]) == 0
    out = capsys.readouterr().out
    assert f"{path}: 2 of 4 rows read with the right meaning" in out
    assert "Wrong expectation row 2: 'Ref' -> contact" in out


def test_a_missing_file_is_named(capsys):
    assert heading_figures.main(["no_such_headings.json"]) == 2
    assert "no_such_headings.json: no such heading file" in capsys.readouterr().out
