"""Inconsistencies between agencies: one event on different days, or at contradicting
times (pipeline/merge/inconsistencies.py)."""

from pipeline.merge import inconsistencies
from tests.builders.chronology_rows import AGENCIES, chronology, day, run_for
from tests.builders.runs import merge_stage

POLICE, CSC, HV, GP = AGENCIES


def merged(tmp_path, returns):
    return merge_stage(run_for(tmp_path, returns))


def test_one_meeting_recorded_a_day_late_by_one_agency(tmp_path):
    run = merged(tmp_path, [
        chronology(POLICE, [(day(2015, 12, 1, 10), "Multi-agency strategy meeting at the "
                                                   "family centre; section 47 agreed.")]),
        chronology(CSC, [(day(2015, 12, 1), "Strategy meeting at the family centre. "
                                            "Section 47 enquiries agreed.")]),
        chronology(HV, [(day(2015, 12, 2, 10), "Strategy meeting attended at the family "
                                               "centre.")])])
    [found] = run.inconsistencies
    assert found.kind == "day" and {r.agency for r in found.rows} == {POLICE, CSC, HV}
    assert "01-12-2015" in found.explanation and "02-12-2015" in found.explanation
    assert all(found.id in row.inconsistencies for row in found.rows)


def test_contradicting_times_of_one_linked_event(tmp_path):
    run = merged(tmp_path, [
        chronology(POLICE, [(day(2015, 11, 29, 9), "Strategy discussion with social care "
                                                   "and the paediatrician.")]),
        chronology(GP, [(day(2015, 11, 29, 11, 30), "Strategy discussion with police and "
                                                     "social care.")])])
    [found] = run.inconsistencies
    assert found.kind == "time" and "09:00" in found.explanation and "11:30" in found.explanation


def test_no_inconsistency_for_hearing_of_an_event_or_two_visits(tmp_path):
    run = merged(tmp_path, [
        chronology(CSC, [(day(2015, 4, 14), "Police notification of a domestic incident "
                                            "at the home; MASH checks.")]),
        chronology(HV, [(day(2015, 4, 16), "Notification received from MASH: domestic "
                                           "incident at the home.")]),
        chronology(POLICE, [(day(2015, 5, 1, 9), "Home visit: mother and child seen, all "
                                                 "well."),
                            (day(2015, 5, 1, 9, 40), "Home visit ended.")]),
        chronology(GP, [(day(2015, 5, 3), "Home visit by the practice nurse: mother and "
                                          "child seen.")])])
    assert run.inconsistencies == []


def test_each_agency_recording_its_own_day_is_no_inconsistency(tmp_path):
    text = "Core group meeting held at the school; plan reviewed."
    rows = [chronology(POLICE, [(day(2015, 6, 1), text), (day(2015, 6, 3), text)]),
            chronology(CSC, [(day(2015, 6, 1), text), (day(2015, 6, 3), text)])]
    run = merged(tmp_path, rows)
    assert inconsistencies.find(run.merged) == []


def test_routine_entries_on_many_days_never_chain_into_one_inconsistency(tmp_path):
    # Two agencies write the same words on alternate days for three weeks: each pair a day
    # apart may be one event told two ways, but no inconsistency spans more than the window.
    text = "Strategy meeting at the family centre; section 47 enquiries agreed."
    police = [(day(2015, 3, d), text) for d in range(1, 22, 2)]
    social_care = [(day(2015, 3, d), text) for d in range(2, 22, 2)]
    run = merged(tmp_path, [chronology(POLICE, police), chronology(CSC, social_care)])
    assert run.inconsistencies
    for found in run.inconsistencies:
        days = [row.reading.date for row in found.rows]
        assert (max(days) - min(days)).days <= inconsistencies.MAX_DAYS_APART
        assert {row.agency for row in found.rows} == {POLICE, CSC}
