"""Two returns from one agency: a resubmission supersedes the earlier; parts are both merged."""

from __future__ import annotations

from pipeline.merge import resubmit
from tests.builders.chronology_rows import chronology, day, run_for
from tests.builders.runs import merge_stage

HV = "Health Visiting Service"
FIRST = [(day(2014, 1, 5), "Birth visit"), (day(2014, 2, 5), "Weighed"),
         (day(2014, 3, 5), "Clinic"), (day(2014, 4, 5), "Phone call")]


def test_a_return_holding_most_earlier_rows_is_a_resubmission(tmp_path):
    first = chronology(HV, FIRST, file="hv.docx", completed="01/02/2016")
    second = chronology(HV, [*FIRST[:3], (day(2014, 4, 5), "Phone call to mother"),
                             (day(2014, 5, 5), "Review")],
                        file="hv corrected.docx", completed="10/02/2016")
    run = run_for(tmp_path, [first, second])
    merge_stage(run)
    assert run.superseded == [first]
    assert {r.provenance.file for r in run.merged} == {"hv corrected.docx"}
    assert [r.child for r in run.merged if r.is_changed] == ["Phone call to mother", "Review"]
    assert [f.code for f in run.findings if f.file == "hv.docx"] == ["superseded_return"]


def test_returns_holding_different_rows_are_both_merged_with_a_warning(tmp_path):
    part_one = chronology(HV, FIRST[:2], file="hv 2014 jan-feb.docx", completed="01/02/2016")
    part_two = chronology(HV, FIRST[2:], file="hv 2014 mar-apr.docx", completed="08/02/2016")
    run = run_for(tmp_path, [part_one, part_two])
    merge_stage(run)
    assert run.superseded == []
    assert sorted(r.child for r in run.merged) == sorted(text for _, text in FIRST)
    [warning] = [f for f in run.findings if f.code == "two_returns"]
    assert warning.file == "hv 2014 jan-feb.docx" and warning.agency == HV
    assert "hv 2014 jan-feb.docx" in warning.message and "hv 2014 mar-apr.docx" in warning.message
    assert not any(r.is_changed for r in run.merged)


def test_a_version_line_makes_a_resubmission_whatever_its_rows(tmp_path):
    first = chronology(HV, FIRST, file="hv.docx", completed="01/02/2016")
    second = chronology(HV, [(day(2014, 6, 5), "Rewritten from the records")],
                        file="hv.docx v2.docx", completed="10/02/2016")
    second.version_note = "Version 2 - replaces the return of 01/02/2016"
    run = run_for(tmp_path, [first, second])
    merge_stage(run)
    assert run.superseded == [first]


def test_three_returns_two_parts_and_a_resubmission_of_one(tmp_path):
    part_one = chronology(HV, FIRST[:2], file="a.docx", completed="01/02/2016")
    part_two = chronology(HV, FIRST[2:], file="b.docx", completed="02/02/2016")
    part_one_again = chronology(HV, [*FIRST[:2], (day(2014, 1, 20), "Home visit")],
                                file="c.docx", completed="09/02/2016")
    run = run_for(tmp_path, [part_one, part_two, part_one_again])
    merge_stage(run)
    assert run.superseded == [part_one]
    assert sorted({r.provenance.file for r in run.merged}) == ["b.docx", "c.docx"]
    assert [f.file for f in run.findings if f.code == "two_returns"] == ["b.docx"]


def test_share_kept_ignores_case_and_spacing():
    first = chronology(HV, FIRST)
    retyped = chronology(HV, [(reading, "  " + text.upper()) for reading, text in FIRST])
    assert resubmit.share_kept(first, retyped) == 1.0
    assert resubmit.share_kept(first, chronology(HV, FIRST[:1])) == 0.25


def test_the_version_note_is_read_from_the_header_block_or_the_file_name():
    from pipeline.ingest.tables import version_note

    assert version_note(["Agency: Police", "Version 2 (revised)"], "police") == \
        "Version 2 (revised)"
    assert version_note([], "GP_chronology_v2") == "GP chronology v2"
    assert version_note(["Version 1"], "GP chronology") == ""
    assert version_note([], "HV chronology part 2 v2") == ""


def test_a_chain_of_resubmissions_supersedes_the_first_whatever_the_last_holds(tmp_path):
    v1 = chronology(HV, FIRST, file="v1.docx", completed="01/02/2016")
    v2 = chronology(HV, [*FIRST[1:], (day(2014, 5, 5), "Review")], file="v2.docx",
                    completed="05/02/2016")
    v3 = chronology(HV, [*FIRST[3:], (day(2014, 5, 5), "Review"), (day(2014, 6, 5), "Visit")],
                    file="v3.docx", completed="09/02/2016")
    assert resubmit.share_kept(v1, v3) < resubmit.RESUBMISSION_SHARE
    run = run_for(tmp_path, [v1, v2, v3])
    merge_stage(run)
    assert [r.file for r in run.superseded] == ["v1.docx", "v2.docx"]
    assert not [f for f in run.findings if f.code == "two_returns"]
