"""case.toml: the typed case, and one clear message naming the field for each mistake."""

import datetime as dt
import textwrap

import pytest

from pipeline.case import CaseError, load_case
from pipeline.cli import main

GOOD = """
reference = "T-1"
subject = "Child A"
period = { from = "01-01-2014", to = "31-12-2015" }
[[agencies]]
name = "Thames Valley Police"
aliases = ["TVP", "Police"]
chronology_due = "15-02-2016"
[[people]]
name = "Kayla Smith"
pseudonym = "Child A"
role = "Child"
born = "03-04-2013"
"""


def write_case(tmp_path, text):
    folder = tmp_path / "case"
    folder.mkdir(exist_ok=True)
    (folder / "case.toml").write_text(textwrap.dedent(text))
    return folder


def test_good_case_is_typed(tmp_path, monkeypatch):
    monkeypatch.delenv("CASE_PASSWORD", raising=False)
    case = load_case(write_case(tmp_path, GOOD))
    assert case.period_from == dt.date(2014, 1, 1)
    assert case.agencies[0].chronology_due == dt.date(2016, 2, 15)
    assert case.subject_born == dt.date(2013, 4, 3)      # day first: 3 April
    assert case.password == "T-1"
    monkeypatch.setenv("CASE_PASSWORD", "from-env")
    assert case.password == "from-env"


@pytest.mark.parametrize(("change", "field"), [
    (("reference = \"T-1\"", ""), "reference"),
    (("period = { from = \"01-01-2014\", to = \"31-12-2015\" }", ""), "period"),
    (("01-01-2014", "2014-01-01"), "period.from"),
    (("31-12-2015", "31-02-2015"), "period.to"),
    (("chronology_due = \"15-02-2016\"", "chronology_due = \"02/15/2016\""),
     "agencies[1].chronology_due"),
    (("pseudonym = \"Child A\"", ""), "people[1].pseudonym"),
    (("aliases = [\"TVP\", \"Police\"]", "aliases = \"TVP\""), "agencies[1].aliases"),
])
def test_each_mistake_names_its_field(tmp_path, change, field):
    old, new = change
    folder = write_case(tmp_path, GOOD.replace(old, new))
    with pytest.raises(CaseError) as error:
        load_case(folder)
    assert str(error.value).startswith(field)


def test_agency_matched_by_alias_and_by_longer_wording(tmp_path):
    case = load_case(write_case(tmp_path, GOOD))
    assert case.match_agency("TVP").name == "Thames Valley Police"
    assert case.match_agency("Thames Valley Police - CAIU").name == "Thames Valley Police"
    assert case.match_agency("Oakfield School") is None


def test_bad_case_exits_2_without_traceback(tmp_path, capsys):
    write_case(tmp_path, "reference = [")
    status = main(["merge", "case", "--inputs", str(tmp_path), "--outputs",
                   str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 2
    assert "not valid TOML" in err and "Traceback" not in err


def test_missing_case_folder_exits_2(tmp_path, capsys):
    assert main(["merge", "nothing", "--inputs", str(tmp_path)]) == 2
    assert "No case folder" in capsys.readouterr().err


def test_board_panel_and_summary_dates(tmp_path):
    text = GOOD.replace('subject = "Child A"', 'subject = "Child A"\nboard = "Oakbridge SCB"\n'
                        'summary_dates = "exact"') + '\n[[panel]]\nrole = "Independent Chair"\n'
    case = load_case(write_case(tmp_path, text))
    assert (case.board, case.summary_dates) == ("Oakbridge SCB", "exact")
    assert [m.role for m in case.panel] == ["Independent Chair"]
    with pytest.raises(CaseError, match="^summary_dates"):
        load_case(write_case(tmp_path, text.replace('"exact"', '"weekly"')))
