"""status: what each agency has returned and when, what is due, the working days left or
overdue, chase letters for what is overdue; plain text, exit 0, no personal data."""

from __future__ import annotations

import datetime as dt
import io
import shutil

import docx
import pytest

from pipeline.cli import main
from pipeline.lifecycle.start import start_case
from pipeline.lifecycle.status import case_status, report
from pipeline.outputs import case_lock
from pipeline.protect import decrypt_output
from tests.builders.cases import DEMO, OFFICE_RECORD, write_case_toml
from tests.builders.docx_builder import police_return

FEB_19 = dt.date(2016, 2, 19)          # a Friday, four working days after the 15th


@pytest.fixture
def case_dir(case_dir):
    """The demo's case.toml without the office's received dates: the register decides."""
    return write_case_toml(case_dir, drop=OFFICE_RECORD)


def rows_of(text: str) -> dict[str, list[str]]:
    table = text.split("\n\n")[1].splitlines()
    return {line[:25].strip(): line[25:].split() for line in table[1:]}


def test_nothing_received_yet(case_dir, tmp_path):
    status = case_status(case_dir, tmp_path / "out", today=dt.date(2016, 2, 10))
    text = report(status)
    rows = rows_of(text)
    assert rows["Thames Valley Police"] == ["-", "15-02-2016", "3", "left", "-",
                                            "15-03-2016", "24", "left"]
    assert rows["General Practice"] == ["-", "15-02-2016", "3", "left", "not", "asked"]
    assert "Missing: 11" in text
    assert "Thames Valley Police: chronology due 15-02-2016" in text
    assert "Review due 04-07-2016 (within 6 months of the decision" in text
    assert "Outputs last written never" in text


def test_returns_dropped_in_are_received_and_overdue_ones_counted(case_dir, tmp_path,
                                                                  capsys):
    out = tmp_path / "out"
    police_return(case_dir, "tvp.docx", completed="12/02/2016")
    case_status(case_dir, out, today=dt.date(2016, 2, 12))        # first seen on the 12th
    police_return(case_dir, "late.docx", completed="", text="Seen again")
    assert main(["status", "case", "--inputs", str(case_dir.parent), "--outputs",
                 str(out)]) == 0
    text = capsys.readouterr().out
    # the CLI's today is the real one: the register keeps the 12th for the first file
    assert rows_of(text)["Thames Valley Police"][:3] == ["12-02-2016", "15-02-2016",
                                                         "on"]
    later = report(case_status(case_dir, out, today=FEB_19))
    rows = rows_of(later)
    assert rows["Children's Social Care"][:3] == ["-", "15-02-2016", "4"]
    assert "4 OVERDUE" in " ".join(rows["Children's Social Care"])
    assert "Children's Social Care: chronology overdue since 15-02-2016 (4 working days)" \
        in later
    for name in ("Kayla", "Smith", "Donna", "Seen", "DC Example"):   # no case text
        assert name not in text and name not in later


def test_chase_letters_only_for_what_is_overdue_never_twice_silently(case_dir, tmp_path):
    out = tmp_path / "out"
    police_return(case_dir, "tvp.docx", completed="12/02/2016")
    case_status(case_dir, out, today=dt.date(2016, 2, 12))
    status = case_status(case_dir, out, write_letters=True, today=FEB_19)
    folders = sorted(name.split("/")[1] for name in status.letters_written)
    assert "Thames Valley Police" not in folders          # its chronology came on time
    assert folders == ["Acute Hospital Trust", "Childrens Social Care", "General Practice",
                       "Health Visiting Service", "Housing Services",
                       "Oakfield Primary School"]
    letter = out / "case" / "to_agencies/Childrens Social Care/chase_letter_19-02-2016.docx"
    document = docx.Document(io.BytesIO(decrypt_output(letter.read_bytes(), "DEMO-2016-01")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "the chronology (Appendix 4), due 15-02-2016: 4 working days overdue" in text
    assert "agency report" not in text.split("following")[1].split("Delays")[0]  # not due
    again = case_status(case_dir, out, write_letters=True, today=FEB_19)
    assert again.letters_written == [] and len(again.letters_kept) == 6
    assert "Chase letter kept (already written today)" in report(again)


def test_no_due_dates_say_what_is_missing(case_dir, tmp_path):
    write_case_toml(case_dir, drop=(*OFFICE_RECORD, "chronology_due", "report_due", "decision"))
    text = report(case_status(case_dir, tmp_path / "out", today=FEB_19))
    assert rows_of(text)["Thames Valley Police"][:2] == ["-", "no"]
    assert ("Thames Valley Police: chronology has no due date; add chronology_due to the "
            "agency (or to the case) in case.toml") in text
    assert 'add decision = "dd-mm-yyyy"' in text


def test_an_agency_renamed_since_start_is_pointed_out(case_dir, tmp_path):
    out = tmp_path / "out"
    start_case(case_dir, out, protect=False, today=dt.date(2016, 1, 20))
    renamed = {"name": "Landlord Services"}
    write_case_toml(case_dir, drop=OFFICE_RECORD, agency_changes={"Housing Services": renamed})
    text = report(case_status(case_dir, out, today=FEB_19))
    assert ("letters were written for 'Housing Services', which case.toml no longer names; "
            "add 'Housing Services' to the aliases") in text
    renamed["aliases"] = ["Housing", "Housing Services"]
    write_case_toml(case_dir, drop=OFFICE_RECORD, agency_changes={"Housing Services": renamed})
    assert "no longer names" not in report(case_status(case_dir, out, today=FEB_19))


def test_while_a_merge_runs_status_still_answers_and_writes_nothing(case_dir, tmp_path):
    out = tmp_path / "out"
    police_return(case_dir, "tvp.docx", completed="12/02/2016")
    with case_lock(out / "case", None):
        status = case_status(case_dir, out, today=FEB_19)
    assert not status.recorded and "a merge of this case is running" in report(status)
    assert not (out / "case" / ".received.json").exists()


def test_the_demo_case_after_a_merge(tmp_path):
    from pipeline.run import run_case

    shutil.copytree(DEMO, tmp_path / "in" / "demo")
    run_case(tmp_path / "in" / "demo", tmp_path / "out", protect=False,
             today=dt.date(2016, 3, 16))
    text = report(case_status(tmp_path / "in" / "demo", tmp_path / "out",
                              today=dt.date(2016, 3, 16)))
    rows = rows_of(text)
    assert rows["General Practice"][:4] == ["18-02-2016", "15-02-2016", "3", "late"]
    assert rows["Thames Valley Police"] == ["12-02-2016", "15-02-2016", "on", "time",
                                            "14-03-2016", "15-03-2016", "on", "time"]
    assert "Missing: nothing." in text
    assert "Outputs last written by merge on 16-03-2016." in text


def test_a_template_sent_back_empty_is_not_a_chronology_received(case_dir, tmp_path):
    out = tmp_path / "out"
    start_case(case_dir, out, protect=False, today=dt.date(2016, 1, 20))
    shutil.copy(out / "case/to_agencies/Childrens Social Care/chronology_template.docx",
                case_dir / "csc.docx")
    status = case_status(case_dir, out, write_letters=True, today=FEB_19)
    text = report(status)
    assert " ".join(rows_of(text)["Children's Social Care"][:5]) == (
        "19-02-2016 15-02-2016 EMPTY, 4 OVERDUE")
    assert ("Children's Social Care: chronology came back with no entries on 19-02-2016; "
            "ask for it again") in text
    letter = docx.Document(io.BytesIO(decrypt_output((
        out / "case/to_agencies/Childrens Social Care/chase_letter_19-02-2016.docx"
    ).read_bytes(), "DEMO-2016-01")))
    assert "(the template came back with no entries)" in "\n".join(
        p.text for p in letter.paragraphs)
