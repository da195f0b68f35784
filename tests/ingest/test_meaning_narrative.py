"""One narrative column instead of the template's three: its text reaches the contact
columns whatever its heading, and the return is flagged as not on the template.

The wordings here are made up for these tests (none is in tests/data/headings_*.json):
the rule must hold for headings nobody tuned it on, and hypothesis tries others.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipeline.case import load_case
from pipeline.errors import IngestError
from pipeline.ingest import columns, meaning, read_file
from tests.builders.docx_builder import ChronologyDocx
from tests.builders.returns import csv_return, docx_return, read_return, xlsx_return
from tests.builders.xlsx_builder import XlsxReturn

DEMO_CASE = Path(__file__).resolve().parents[2] / "inputs" / "demo" / "case.toml"
NARRATIVES = [
    "Home visit: mother and Child X seen together, the flat was cold and there was little "
    "food in the cupboards.",
    "Mother telephoned to say the baby had been crying all night and would not feed.",
    "Child X brought to the clinic by her grandmother, who said her mother was unwell.",
]

# Headings a narrative column has been given in returns like these; none names a contact.
NARRATIVE_HEADINGS = [
    "Narrative", "Record of visit", "What was observed", "Free text", "Running record",
    "Log entry", "Practitioner's account", "Observations", "Case note", "Synopsis",
    "Particulars", "Text", "Memo", "Body", "Entry", "Record", "Notes of session",
    "Clinical record", "Précis", "Write-up", "",
]
DATE_HEADINGS = ["Date", "Date seen", "Visit date", "When", "Date of visit", "Recorded date"]






def _contacts(row) -> str:
    return "\n".join((row.child, row.family, row.communication))


def _table(date_heading: str, narrative_heading: str) -> tuple[list[str], list[list[str]]]:
    headings = [date_heading, "Ref", "Seen alone?", narrative_heading, "Officer", "Result"]
    rows = [[f"0{n + 3}/04/2014", f"LOG-{n + 40}", "Y" if n % 2 else "N", text, "PC3",
             "No further action." if n else "Referred to CSC."]
            for n, text in enumerate(NARRATIVES)]
    return headings, rows


@pytest.mark.parametrize("build", [docx_return, xlsx_return, csv_return])
@pytest.mark.parametrize("heading", NARRATIVE_HEADINGS)
def test_the_narrative_reaches_the_contact_columns_whatever_its_heading(case_dir, build,
                                                                         heading):
    date_heading = DATE_HEADINGS[NARRATIVE_HEADINGS.index(heading) % len(DATE_HEADINGS)]
    headings, rows = _table(date_heading, heading)
    ret = read_return(build(case_dir, headings, rows))
    assert [row.child for row in ret.rows] == NARRATIVES
    assert "single_contact_column" in ret.file_flags
    first = ret.rows[0]
    assert first.date_as_written == "03/04/2014" and first.staff == "PC3"
    # The other columns are kept under their headings, never taken for a contact.
    assert first.comment.split("\n") == ["Ref: LOG-40", "Seen alone: N",
                                         "Result: Referred to CSC."]


def test_below_a_title_and_a_whole_header_block_in_excel(case_dir):
    book = XlsxReturn()
    sheet = book.sheet("Chronology")
    sheet.title("Thames Valley Police: chronology of involvement")
    sheet.title("Case review DEMO-2016-01 - RESTRICTED")
    sheet.header_block(agency="Thames Valley Police", date_completed="12/02/2016",
                       completed_by="DC X")
    sheet.entry("In respect of:", "Child X")
    sheet.entry("Period:", "01/01/2014 to 31/12/2015")
    sheet.blank()
    headings, rows = _table("Date", "Narrative")
    sheet.headings(headings)
    for cells in rows:
        sheet.entry(*cells)
    ret = read_return(book.save(case_dir / "police.xlsx"))
    assert [row.child for row in ret.rows] == NARRATIVES
    assert (ret.date_completed, ret.completed_by) == ("12/02/2016", "DC X")


@pytest.mark.parametrize("date_heading", ["", "Occurred", "Day", "On"])
def test_the_date_column_is_found_by_its_cells_when_no_heading_names_it(case_dir,
                                                                        date_heading):
    headings, rows = _table(date_heading, "Account")
    ret = read_return(docx_return(case_dir, headings, rows))
    assert [row.child for row in ret.rows] == NARRATIVES
    assert [row.date_as_written for row in ret.rows] == ["03/04/2014", "04/04/2014",
                                                         "05/04/2014"]


def test_a_column_of_sentences_that_mention_dates_is_not_taken_for_the_date(case_dir):
    headings = ["Day", "Account", "Officer"]
    rows = [[f"0{n + 3}/04/2014", f"On 0{n + 2}/04/2014 the mother said: {text}", "PC3"]
            for n, text in enumerate(NARRATIVES)]
    ret = read_return(docx_return(case_dir, headings, rows))
    assert [row.date_as_written for row in ret.rows] == ["03/04/2014", "04/04/2014",
                                                         "05/04/2014"]
    assert ret.rows[0].child.startswith("On 02/04/2014 the mother said")


@pytest.mark.parametrize("heading", ["Entered by", "Author", "By whom", "Completed by",
                                     "Written by (name and role)", "GP", "Midwife", "Crew",
                                     "Offender manager", "Paramedic"])
def test_who_acted_is_the_staff_column(heading):
    assert columns.heading_meaning(heading) == "staff"


@pytest.mark.parametrize("heading", ["Manager oversight", "Manager's comments", "Care plan",
                                     "Contact by"])
def test_a_role_word_in_another_heading_is_not_the_staff_column(heading):
    assert columns.heading_meaning(heading) != "staff"


def test_a_comment_column_of_long_text_is_the_narrative_when_no_contact_column_is(case_dir):
    headings = ["Date", "Clinic", "Attended (Y/N)", "Comments", "Clinician"]
    rows = [[f"0{n + 3}/05/2014", "Dietetics", "Y", text, "DT1"]
            for n, text in enumerate(NARRATIVES)]
    ret = read_return(docx_return(case_dir, headings, rows))
    assert [row.child for row in ret.rows] == NARRATIVES
    assert ret.rows[0].comment == "Clinic: Dietetics\nAttended: Y"
    assert "single_contact_column" in ret.file_flags


def test_short_notes_are_still_the_narrative_when_they_are_the_only_text(case_dir):
    headings = ["Date", "Type of contact", "Seen alone?", "Notes", "Staff"]
    rows = [["03/04/2014", "Home visit", "Y", "All well, baby feeding.", "HV1"],
            ["10/04/2014", "Phone", "N", "Mum asked about jabs.", "HV1"],
            ["17/04/2014", "Home visit", "N", "Rash on arms, GP advised.", "HV2"]]
    ret = read_return(docx_return(case_dir, headings, rows))
    assert [row.child for row in ret.rows] == [r[3] for r in rows]
    assert ret.rows[0].comment == "Type of contact: Home visit\nSeen alone: Y"
    assert "single_contact_column" in ret.file_flags


def test_with_a_family_column_a_long_comment_stays_the_comment(case_dir):
    headings = ["Date", "Contact with parents/carers", "Comment", "Staff"]
    rows = [[f"0{n + 3}/05/2014", "Mother seen.", text, "SW1"]
            for n, text in enumerate(NARRATIVES)]
    ret = read_return(docx_return(case_dir, headings, rows))
    assert [(r.family, r.comment, r.child) for r in ret.rows] == [
        ("Mother seen.", text, "") for text in NARRATIVES]
    assert "single_contact_column" not in ret.file_flags


def test_a_heading_repeated_over_a_split_table_keeps_its_meaning(case_dir):
    headings, rows = _table("Date", "Narrative")
    doc = ChronologyDocx().header_block(agency="Thames Valley Police")
    doc.add_table(headings, rows[:2])
    doc.paragraph("Continued")
    doc.add_table(headings, rows[2:])
    ret = read_return(doc.save(case_dir / "split.docx"))
    assert [row.child for row in ret.rows] == NARRATIVES
    assert [row.provenance.table for row in ret.rows] == ["1", "1", "2"]


@pytest.mark.parametrize(("headings", "rows"), [
    # Short labels: a list of versions, not a record of contacts.
    (["Date", "Version", "Change", "Author"],
     [["03/04/2014", "1.2", "Typo fixed", "AB"], ["05/04/2014", "1.3", "New logo", "CD"]]),
    # Long text, but the Date column holds no dates.
    (["Date", "Version", "Change", "Author"],
     [["see below", "1.2", NARRATIVES[0], "AB"], ["n/a", "1.3", NARRATIVES[1], "CD"]]),
    # Dated orders whose long column is addresses, not sentences.
    (["Date Created", "Created by", "Order #", "Delivery address"],
     [["15/12/2015 22:50", "J Smith", "4", "19 Front Street, Binghamton, NY 13905, USA"],
      ["15/12/2015 23:33", "J Smith", "5", "196 Robinson Street, Binghamton, NY 13904, USA"]]),
    # No heading names a date, and the first column holds section numbers and years.
    (["No.", "Objective", "Lead officer"],
     [["1.1", "Decrease the cost of dispatch services and enhance officer safety.", "AB"],
      ["2019", "A lieutenant's position and an investigator are needed for efficiency.",
       "CD"]]),
    # Phone numbers are not dates, whatever the rest.
    (["Telephone", "Organisation and what it does", "Contact officer"],
     [["(812) 560-95-33", "The city archive keeps the records of the district courts.", "AB"],
      ["(812) 560-96-01", "The registry office records births, marriages and deaths.", "CD"]]),
])
def test_a_table_without_dates_and_sentences_is_not_read_as_a_chronology(case_dir, headings,
                                                                          rows):
    with pytest.raises(IngestError):
        read_file(docx_return(case_dir, headings, rows), load_case(case_dir))


# Words headings are made of, template words among them, and some made up.
WORDS = ["contact", "with", "child", "family", "details", "of", "event", "comment", "notes",
         "summary", "seen", "parent", "informed", "type", "agency", "what", "happened",
         "record", "log", "entry", "account", "visit", "clinical", "zorp", "quell", "brindle",
         "narrative", "issue", "incident", "description", "communication", "ref", "no"]
HEADING = st.lists(st.sampled_from(WORDS), min_size=0, max_size=4).map(
    lambda words: " ".join(words).capitalize())
CODES = st.sampled_from(["Yes", "No", "Y", "N", "N/A", "E1", "LOG-0412", "12", "CR/123/14"])
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _read_csv(headings: list[str], rows: list[list[str]]):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(DEMO_CASE, folder / "case.toml")
        return read_return(csv_return(folder, headings, rows))


def _other_meaning(heading: str) -> bool:
    """A heading naming a column no narrative is (a date, time, source or staff)."""
    return columns.heading_meaning(heading) in ("date", "time", "source", "staff")


@SETTINGS
@given(narrative_heading=HEADING, codes_heading=HEADING,
       codes=st.lists(CODES, min_size=3, max_size=3),
       date_heading=st.one_of(st.just("Date"), HEADING))
def test_property_long_free_text_is_a_contact_and_codes_never_are(narrative_heading,
                                                                  codes_heading, codes,
                                                                  date_heading):
    """Property: in a dated table, the column of long free text reaches the contact
    columns and a column of Yes/No or short codes never does, whatever their headings
    (the date column's too: its cells say it is the date)."""
    assume(not _other_meaning(narrative_heading) and not _other_meaning(codes_heading))
    headings = [date_heading, codes_heading, narrative_heading, "Officer"]
    assume(sum(1 for h in headings if h.strip()) >= 2)   # one heading alone heads nothing
    rows = [[f"0{n + 3}/04/2014", code, text, "PC3"]
            for n, (code, text) in enumerate(zip(codes, NARRATIVES, strict=True))]
    ret = _read_csv(headings, rows)
    assert len(ret.rows) == len(rows)
    for written, row in zip(rows, ret.rows, strict=True):
        contact_lines = _contacts(row).split("\n")
        assert written[2] in contact_lines
        assert written[1] not in contact_lines


@SETTINGS
@given(heading=HEADING, codes=st.lists(CODES, min_size=1, max_size=8))
def test_property_a_column_of_codes_is_never_a_contact_column(heading, codes):
    """Property, on the meaning alone: whatever its heading, a column of codes and flags
    is never the child, family or communication column."""
    headings = ["Date", heading, "Details of contact", "Staff"]
    entries = [["03/04/2014", code, NARRATIVES[n % 3], "PC1"] for n, code in enumerate(codes)]
    mapping = columns.match_header(headings) or columns.loose_header(headings) or {0: "date"}
    decided = meaning.resolve(headings, mapping, entries)
    assert decided.mapping.get(1) not in meaning.CONTACTS
