"""Who acted, which date is the entry's and where a range ends, from heading words and
cell content, decided the same way whatever the exact wording.

The wordings here are made up for these tests (none is in tests/data/headings_*.json):
the rules must hold for headings nobody tuned them on, and hypothesis tries others.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.ingest import columns, meaning
from tests.builders.returns import csv_return, docx_return, read_return

ACCOUNTS = [
    "Officers attended after a neighbour reported shouting; Child X was seen and was well.",
    "Mother rang the office to say the partner had returned to the address last night.",
    "Child X was seen at school by the nurse, who noted a bruise on her arm and asked her.",
]





# ---- staff: roles by their initials, officers by rank and number ----------------------

@pytest.mark.parametrize("heading", ["OIC", "O/C SIO", "Officer in the case", "DSL on duty",
                                     "Key worker (KW)", "PCSO"])
def test_a_role_by_its_initials_names_the_staff_column(heading):
    assert columns.heading_meaning(heading) == "staff"


@pytest.mark.parametrize("heading", ["Attended", "Unit", ""])
def test_officers_by_rank_and_number_are_the_staff_whatever_the_heading(case_dir, heading):
    headings = ["Date of call", "Account", heading]
    ranks = ["Sgt 409", "DC 1187 Khan", "PC 77"]
    rows = [[f"0{i + 3}/04/2014", text, rank]
            for i, (text, rank) in enumerate(zip(ACCOUNTS, ranks, strict=True))]
    got = read_return(docx_return(case_dir, headings, rows)).rows
    assert [r.staff for r in got] == ranks
    assert all("staff_missing" not in r.flags for r in got)


RANK = st.sampled_from(["PC", "DC", "PS", "DS", "Sgt", "Insp", "DI", "DCI", "PCSO", "TDC"])


@given(st.lists(st.tuples(RANK, st.integers(1, 999999)), min_size=1, max_size=5))
def test_property_a_column_of_ranked_officers_is_read_as_staff(officers):
    cells = [f"{rank} {number}" for rank, number in officers]
    entries = [["03/04/2014", ACCOUNTS[0], cell] for cell in cells]
    decided = meaning.resolve(["Date", "Account", "Unit"], {0: "date"}, entries)
    assert decided.mapping.get(2) == "staff"


@given(st.lists(st.sampled_from(["Closed", "Open", "Pending", "Police", "PCT", "DCS list"]),
                min_size=1, max_size=5))
def test_property_words_that_are_not_an_officer_are_never_the_staff(cells):
    entries = [["03/04/2014", ACCOUNTS[0], cell] for cell in cells]
    decided = meaning.resolve(["Date", "Account", "Status"], {0: "date"}, entries)
    assert decided.mapping.get(2) != "staff"


# ---- the entry's date and the other dates of an entry ---------------------------------

@pytest.mark.parametrize("heading", ["Seen on", "Reported on", "Received on (date)",
                                     "Entry made on", "Opened on", "Call logged on"])
def test_a_column_named_by_what_happened_on_it_is_the_date(heading):
    assert columns.heading_meaning(heading) == "date"


def test_a_date_named_by_what_happened_on_it_heads_a_chronology(case_dir):
    headings = ["Entered on", "Entered by", "Account"]
    rows = [[f"1{i}/05/2014", "YJ4", text] for i, text in enumerate(ACCOUNTS)]
    got = read_return(csv_return(case_dir, headings, rows)).rows
    assert [(r.date_as_written, r.staff) for r in got] == [
        ("10/05/2014", "YJ4"), ("11/05/2014", "YJ4"), ("12/05/2014", "YJ4")]


BEFORE_DATE = st.sampled_from(["follow-up", "follow up", "next review", "review", "next visit",
                               "due", "deadline", "birth", "target", "planned", "expiry"])
AFTER_DATE = st.sampled_from(["of follow-up", "of next review", "for review", "of birth",
                              "due", "of next contact", "next seen"])
SECOND_DATE = st.one_of(
    st.builds(lambda w, form: form.format(w=w), BEFORE_DATE,
              st.sampled_from(["{w} date", "{w} date (if any)", "{w} when", "{w} date/time"])),
    st.builds(lambda w, form: form.format(w=w), AFTER_DATE,
              st.sampled_from(["Date {w}", "Date {w} (if any)", "When {w}"])))


@given(SECOND_DATE)
def test_property_a_second_date_of_an_entry_never_names_the_date(heading):
    heading = heading.capitalize()
    assert columns.is_secondary_date(heading)
    assert columns.heading_meaning(heading) != "date"


@pytest.mark.parametrize("heading", ["Date", "Date of contact", "Date reviewed",
                                     "Date/time", "When seen"])
def test_the_entrys_own_date_is_not_a_second_date(heading):
    assert not columns.is_secondary_date(heading)
    assert columns.heading_meaning(heading) == "date"


@pytest.mark.parametrize("first", [True, False])
def test_a_second_date_column_is_kept_as_an_extra_and_makes_no_range(case_dir, first):
    headings = ["Next review date", "Date of contact", "Account", "Worker"]
    rows = [["20/05/2014", "03/05/2014", ACCOUNTS[0], "SW2"],
            ["", "09/05/2014", ACCOUNTS[1], "SW2"]]
    if not first:
        headings, rows = headings[1:] + headings[:1], [r[1:] + r[:1] for r in rows]
    got = read_return(docx_return(case_dir, headings, rows)).rows
    assert [r.date_as_written for r in got] == ["03/05/2014", "09/05/2014"]
    assert "Next review date: 20/05/2014" in got[0].comment.split("\n")
    assert "Next review date" not in got[1].comment


def test_a_second_date_is_not_taken_for_the_date_found_by_its_cells(case_dir):
    headings = ["Next visit due", "Visit", "Worker", "Account"]
    rows = [["20/05/2014", "03/05/2014", "FS1", ACCOUNTS[0]],
            ["27/05/2014", "09/05/2014", "FS1", ACCOUNTS[1]]]
    got = read_return(csv_return(case_dir, headings, rows)).rows
    assert [r.date_as_written for r in got] == ["03/05/2014", "09/05/2014"]
    assert "Next visit due: 20/05/2014" in got[0].comment.split("\n")


# ---- the end of a range, named anywhere in the heading --------------------------------

END = st.sampled_from(["end", "ended", "finish", "finished", "until", "stop", "ending"])
WHAT = st.sampled_from(["", "visit", "call", "episode", "placement", "session"])


@given(WHAT, END, st.sampled_from(["date", "time"]),
       st.sampled_from(["{what} {end} {kind}", "{kind} {what} {end}", "{what} {kind} {end}"]))
def test_property_an_end_word_anywhere_makes_the_end_of_a_range(what, end, kind, phrasing):
    heading = " ".join(phrasing.format(what=what, end=end, kind=kind).split()).capitalize()
    assert meaning._range_part(heading) == f"end_{kind}"


@pytest.mark.parametrize(("heading", "part"), [
    ("Date visit started", "date"), ("Session start time", "time"), ("Time from", "time"),
    ("Date of referral to CSC", None), ("Weekend contact", None), ("Follow-up date", None)])
def test_the_parts_of_a_range_and_headings_that_are_none(heading, part):
    assert meaning._range_part(heading) == part


def test_a_start_and_an_end_named_mid_heading_are_read_as_a_range(case_dir):
    headings = ["Visit start date", "Visit start time", "Visit finish date",
                "Visit finish time", "Account", "Worker"]
    rows = [["03/04/2014", "10:00", "05/04/2014", "12:30", ACCOUNTS[0], "FS1"],
            ["07/04/2014", "09:15", "", "09:45", ACCOUNTS[1], "FS1"]]
    got = read_return(csv_return(case_dir, headings, rows)).rows
    assert [(r.date_as_written, r.time_as_written) for r in got] == [
        ("03/04/2014 - 05/04/2014", "10:00 - 12:30"), ("07/04/2014", "09:15 - 09:45")]


# ---- a record rated Red/Amber/Green, with gestation codes -----------------------------

def test_a_record_with_a_rag_column_and_gestation_codes_is_a_chronology(case_dir):
    headings = ["Appointment date", "Gestation (weeks+days)", "Clinician",
                "What was discussed", "RAG rating"]
    rows = [["02/02/2015", "12+1", "SM3", ACCOUNTS[1], "Green"],
            ["16/02/2015", "14+1", "SM3", ACCOUNTS[2], "Amber"]]
    got = read_return(docx_return(case_dir, headings, rows)).rows
    assert [(r.date_as_written, r.staff, r.child) for r in got] == [
        ("02/02/2015", "SM3", ACCOUNTS[1]), ("16/02/2015", "SM3", ACCOUNTS[2])]
    assert "Gestation: 12+1" in got[0].comment and "RAG rating: Green" in got[0].comment


@pytest.mark.parametrize("headings", [
    ["Action", "Lead", "By when", "RAG"],
    ["No.", "Action", "Lead officer", "Target date", "RAG status"],
    ["Recommendation", "Date agreed", "Details", "RAG"]])
def test_a_rag_column_beside_an_action_and_its_lead_is_still_an_action_plan(headings):
    assert columns.loose_header(headings) is None


@pytest.mark.parametrize("values", [["28+3", "30+1", "32+6"], ["6+0", "40+2"]])
def test_weeks_and_days_of_a_pregnancy_are_codes(values):
    assert meaning.profile(values).kind == "categorical"

