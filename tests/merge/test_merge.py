"""Merge rules (SPEC.md "Merge rules") on built returns."""

import datetime as dt
import json

from pipeline.merge.history import PREVIOUS_MERGE
from pipeline.merge.order import sort_rows
from tests.builders.chronology_rows import chronology, day, entry, month, run_for, unknown
from tests.builders.runs import merge_stage, write_outputs

POLICE, CSC, HV, GP = ("Thames Valley Police", "Children's Social Care",
                       "Health Visiting Service", "General Practice")


def texts(rows):
    return [row.child for row in rows]


def test_sort_by_date_then_time_then_agency_keeping_each_returns_order(tmp_path):
    hv = chronology(HV, [(day(2014, 5, 2), "hv untimed first"), (day(2014, 5, 2, 9), "hv 09:00"),
                         (day(2014, 5, 2), "hv later that day"),
                         (day(2014, 5, 1), "hv day before")])
    police = chronology(POLICE, [(day(2014, 5, 2, 10), "police 10:00"),
                                 (day(2014, 5, 2), "police untimed a"),
                                 (day(2014, 5, 2), "police untimed b")])
    run = run_for(tmp_path, [hv, police])
    merge_stage(run)
    # An untimed entry opening a return's day sorts first; one the agency wrote below a
    # timed entry stays below it (it is not moved to the start of the day).
    assert texts(run.merged) == ["hv day before", "hv untimed first", "hv 09:00",
                                 "hv later that day", "police 10:00", "police untimed a",
                                 "police untimed b"]


def test_exact_times_reorder_a_return_but_never_across_an_untimed_entry(tmp_path):
    police = chronology(POLICE, [(day(2014, 5, 2, 14), "p 14:00"), (day(2014, 5, 2, 9), "p 09:00"),
                                 (day(2014, 5, 2), "p untimed"), (day(2014, 5, 2, 8), "p 08:00")])
    gp = chronology(GP, [(day(2014, 5, 2, 11), "gp 11:00")])
    run = run_for(tmp_path, [police, gp])
    merge_stage(run)
    # 14:00 and 09:00 both exact: time order. 08:00 was written after an untimed entry:
    # nothing says the untimed entry was after 08:00, so the return's order stands.
    assert texts(run.merged) == ["p 09:00", "gp 11:00", "p 14:00", "p untimed", "p 08:00"]


def test_an_ambiguous_time_never_moves_before_an_earlier_entry_of_its_return(tmp_path):
    ambiguous = day(2015, 6, 17, 2, 30, flags=("time_ambiguous",))   # '2.30'
    police = chronology(POLICE, [(day(2015, 6, 17, 9), "17.6.2015 @ 9am"),
                                 (ambiguous, "2.30 call back")])
    gp = chronology(GP, [(day(2015, 6, 17, 1), "gp 01:00"), (day(2015, 6, 17, 10), "gp 10:00")])
    run = run_for(tmp_path, [police, gp])
    merge_stage(run)
    # 2.30 is shown as written (02:30, flagged) and follows the 9am entry it was written under.
    assert texts(run.merged) == ["gp 01:00", "17.6.2015 @ 9am", "2.30 call back", "gp 10:00"]
    assert run.merged[2].reading.time == dt.time(2, 30)


def test_periods_sort_at_their_start_and_undated_rows_follow_by_agency(tmp_path):
    gp = chronology(GP, [(unknown(), "gp unknown"), (month(2014, 3), "gp march"),
                         (day(2014, 3, 2), "gp 2 march"), (None, "gp no reading")])
    police = chronology(POLICE, [(unknown(), "police unknown"), (day(2014, 2, 28), "p feb")])
    run = run_for(tmp_path, [gp, police])
    merge_stage(run)
    assert texts(run.merged) == ["p feb", "gp march", "gp 2 march", "police unknown",
                                 "gp unknown", "gp no reading"]


def test_exact_duplicates_inside_a_return_are_dropped_and_listed(tmp_path):
    csc = chronology(CSC, [(day(2014, 6, 1), "Home visit"), (day(2014, 6, 1), "Home visit"),
                           (day(2014, 6, 2), "Home visit")])
    # The same words in another agency's return are that agency's evidence: kept.
    hv = chronology(HV, [(day(2014, 6, 1), "Home visit")])
    run = run_for(tmp_path, [csc, hv])
    merge_stage(run)
    assert len(run.merged) == 3
    assert [r.provenance.row for r in run.duplicates_dropped] == [3]
    # validate reported it (exact_duplicate), by the same rule: merge adds no finding
    assert not any(f.code == "exact_duplicate" for f in run.findings)


def test_near_duplicates_are_kept_and_flagged(tmp_path):
    csc = chronology(CSC, [
        (day(2014, 6, 1), "Home visit by social worker, children seen and spoken to alone"),
        (day(2014, 6, 1), "Home visit by the social worker, children seen and spoken to alone"),
        (day(2014, 6, 1), "Telephone call to school about attendance this term"),
        (day(2014, 6, 9), "Home visit by social worker, children seen and spoken to alone"),
    ])
    run = run_for(tmp_path, [csc])
    merge_stage(run)
    assert len(run.merged) == 4
    assert len(run.near_duplicates) == 1
    flagged = [r.provenance.row for r in run.merged if "near_duplicate" in r.flags]
    assert flagged == [2, 3]
    assert [f.code for f in run.findings] == ["near_duplicate"]


def test_latest_return_supersedes_and_marks_new_or_changed_rows(tmp_path):
    first = chronology(HV, [(day(2014, 1, 5), "Birth visit"), (day(2014, 2, 5), "Weighed")],
                       file="hv_first.docx", completed="01/02/2016",
                       received=dt.date(2016, 2, 20))
    second = chronology(HV, [(day(2014, 1, 5), "Birth visit"),
                             (day(2014, 2, 5), "Weighed, 6.1kg"),
                             (day(2014, 3, 5), "Clinic")],
                        file="hv_second.docx", completed="10/02/2016",
                        received=dt.date(2016, 2, 10))
    run = run_for(tmp_path, [second, first])
    merge_stage(run)
    assert [r.file for r in run.superseded] == ["hv_first.docx"]
    assert {r.provenance.file for r in run.merged} == {"hv_second.docx"}
    assert [(r.child, r.is_changed) for r in run.merged] == [
        ("Birth visit", False), ("Weighed, 6.1kg", True), ("Clinic", True)]
    assert any(f.code == "superseded_return" and f.file == "hv_first.docx"
               for f in run.findings)


def test_received_date_breaks_a_tie_in_date_completed(tmp_path):
    older = chronology(GP, [(day(2014, 1, 5), "old"), (day(2014, 1, 6), "kept")],
                       file="b.docx", received=dt.date(2016, 2, 1))
    newer = chronology(GP, [(day(2014, 1, 5), "new"), (day(2014, 1, 6), "kept")],
                       file="a.docx", received=dt.date(2016, 2, 3))
    run = run_for(tmp_path, [newer, older])
    merge_stage(run)
    assert texts(run.merged) == ["new", "kept"] and run.superseded == [older]


def test_one_event_seen_by_several_agencies_shares_an_id_and_is_shown_together(tmp_path):
    police = chronology(POLICE, [
        (day(2014, 4, 3, 9), "Domestic incident attended, children present"),
        (day(2014, 4, 3, 15), "Attended strategy meeting at MASH, agreed joint s47 with CSC")])
    csc = chronology(CSC, [(day(2014, 4, 3), "Strategy meeting held, decision to proceed to "
                                              "s47 enquiry jointly with police")])
    hv = chronology(HV, [(day(2014, 4, 3, 11), "Routine weighing at clinic")])
    run = run_for(tmp_path, [police, csc, hv])
    merge_stage(run)
    assert len(run.merged) == 4                     # none dropped
    linked = [(r.agency, r.event) for r in run.merged if r.event]
    assert linked == [(CSC, "E001"), (POLICE, "E001")]
    # The 15:00 police account cannot move up past the police 09:00 entry (both times
    # exact), so the untimed social care account waits for it: shown together, and each
    # return keeps its own order.
    assert texts(run.merged) == [
        "Domestic incident attended, children present", "Routine weighing at clinic",
        "Strategy meeting held, decision to proceed to s47 enquiry jointly with police",
        "Attended strategy meeting at MASH, agreed joint s47 with CSC"]


def test_an_event_entry_moves_up_when_nothing_of_its_return_is_passed(tmp_path):
    police = chronology(POLICE, [(day(2014, 4, 3, 15), "Attended strategy meeting at MASH, "
                                                       "agreed joint s47 with CSC")])
    csc = chronology(CSC, [(day(2014, 4, 3), "Strategy meeting held, decision to proceed to "
                                              "s47 enquiry jointly with police")])
    hv = chronology(HV, [(day(2014, 4, 3, 11), "Routine weighing at clinic")])
    run = run_for(tmp_path, [police, csc, hv])
    merge_stage(run)
    assert texts(run.merged) == [
        "Strategy meeting held, decision to proceed to s47 enquiry jointly with police",
        "Attended strategy meeting at MASH, agreed joint s47 with CSC",
        "Routine weighing at clinic"]


def test_entries_of_one_agency_are_never_linked_as_one_event(tmp_path):
    police = chronology(POLICE, [(day(2014, 4, 3), "Strategy meeting held"),
                                 (day(2014, 4, 3), "Strategy meeting held with CSC")])
    run = run_for(tmp_path, [police])
    merge_stage(run)
    assert all(r.event == "" for r in run.merged)


def test_gaps_inside_the_review_period_per_agency(tmp_path):
    gp = chronology(GP, [(day(2014, 2, 1), "a"), (day(2014, 3, 1), "b"),
                         (day(2014, 9, 1), "c"), (month(2015, 10), "d")])
    run = run_for(tmp_path, [gp], gap_days=90)
    merge_stage(run)
    assert [(g.start, g.end) for g in run.gaps] == [
        (dt.date(2014, 3, 2), dt.date(2014, 8, 31)),
        (dt.date(2014, 9, 2), dt.date(2015, 9, 30)),
    ]                       # 31 days before the first entry and December 2015 are short
    run = run_for(tmp_path / "short", [gp], gap_days=30)
    merge_stage(run)
    assert run.gaps[0] == type(run.gaps[0])(GP, dt.date(2014, 1, 1), dt.date(2014, 1, 31))
    assert run.gaps[-1].start == dt.date(2015, 11, 1) and run.gaps[-1].days == 61


def test_agency_with_no_dated_entry_has_the_whole_period_as_a_gap(tmp_path):
    run = run_for(tmp_path, [chronology(HV, [(unknown(), "not known")])])
    merge_stage(run)
    assert [(g.start, g.end) for g in run.gaps] == [(dt.date(2014, 1, 1),
                                                     dt.date(2015, 12, 31))]


def test_changes_since_the_last_merge(tmp_path):
    rows = [(day(2014, 1, 5), "Birth visit"), (day(2014, 2, 5), "Weighed")]
    run = run_for(tmp_path, [chronology(HV, rows)])
    merge_stage(run)
    write_outputs(run, PREVIOUS_MERGE)             # written with the outputs
    assert run.first_merge and run.new_since_last == 0
    assert not any(r.is_new for r in run.merged)
    record = (run.outputs_dir / ".previous_merge.json").read_text()
    assert "Birth visit" not in record and "Weighed" not in record
    assert len(json.loads(record)["rows"]) == 2

    run = run_for(tmp_path, [chronology(HV, [*rows, (day(2014, 3, 5), "Clinic")])])
    merge_stage(run)
    assert not run.first_merge and run.new_since_last == 1
    assert [r.child for r in run.merged if r.is_new] == ["Clinic"]


def test_every_dated_row_comes_before_every_undated_one(tmp_path):
    run = run_for(tmp_path, [])
    dated = entry(GP, day(2099, 1, 1))
    undated = entry(POLICE, unknown())
    assert sort_rows([undated, dated], run.case) == [dated, undated]
