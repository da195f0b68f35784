"""The demo case's fictional story, as data: every return's rows exactly as written.

Every name, street, number and event here is invented. The child (Kayla, "Child X"),
her brother Jayden, their mother Donna Smith and her partner Ryan Carter live at a
fictional address in a Milton Keynes-like town; seven agencies know them over 2014-2015.

`RETURNS` holds each chronology return in the order its file is built: the header block,
the headings the agency used, the staff ID list and the entries (each agency's in
demo_police_social_care.py, demo_health.py and demo_housing_school.py; what an entry and
a return are, in demo_entries.py). An entry's text may carry markup for the Word quirks
the builder must write (see `demo_entries.as_read`, which gives the text a correct reader
must see). demo_reports.py holds the agency reports (Appendix 5 + 6) and the panel's
terms of reference. `demo_case.py` turns all of it into files.

The story is also a labelled set: entries of different agencies that record one shared
event carry the same `event` label, and entries written with a quirk carry the finding
codes SPEC.md's rules give them in `expect`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tests.builders.demo_entries import TEMPLATE_HEADINGS, ChronologyReturn, Entry
from tests.builders.demo_health import (
    GP_ENTRIES,
    GP_STAFF,
    HOSPITAL_ENTRIES,
    HOSPITAL_STAFF,
    HV_ENTRIES,
    HV_FIRST_ENTRIES,
    HV_STAFF,
)
from tests.builders.demo_housing_school import (
    HOUSING_ENTRIES,
    HOUSING_STAFF,
    SCHOOL_ENTRIES,
    SCHOOL_STAFF,
)
from tests.builders.demo_police_social_care import (
    CSC_ENTRIES,
    CSC_STAFF,
    POLICE_ENTRIES,
    POLICE_STAFF,
)

REFERENCE = "DEMO-2016-01"

# The case key, written to the folder as case.toml (the demo's own, fictional key).
CASE_TOML = """\
# A fictional case: every name, place, number and event in this folder is invented.
reference = "DEMO-2016-01"
review = "Serious Case Review"
subject = "Child X"
period = { from = "01-01-2014", to = "31-12-2015" }
gap_days = 90            # report an agency's silences longer than this inside the period
board = "Oakbridge Safeguarding Children Board"   # fictional; names the outputs' author
summary_dates = "month"  # the executive summary shows exact dates as month and year
decision = "04-01-2016"  # the review was decided on: due six months later

[[panel]]
role = "Independent Chair"

[[panel]]
role = "Designated Nurse"
agency = "Clinical Commissioning Group"

[[panel]]
role = "Detective Inspector"
agency = "Thames Valley Police"

[[panel]]
role = "Head of Service, Safeguarding"
agency = "Children's Social Care"

[[agencies]]
name = "Thames Valley Police"
aliases = ["TVP", "Police"]
chronology_due = "15-02-2016"
report_due = "15-03-2016"
received = "12-02-2016"         # the office's record of the day each return came
report_received = "14-03-2016"

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC", "Social Care", "Milton Keynes Children's Social Care"]
chronology_due = "15-02-2016"
report_due = "15-03-2016"
received = "15-02-2016"
report_received = "14-03-2016"

[[agencies]]
name = "Health Visiting Service"
aliases = ["Health Visiting", "HV", "0-19 Service"]
chronology_due = "15-02-2016"
report_due = "15-03-2016"
received = "08-02-2016"
report_received = "14-03-2016"

[[agencies]]
name = "General Practice"
aliases = ["GP", "Brookfield Surgery"]
chronology_due = "15-02-2016"
received = "18-02-2016"

[[agencies]]
name = "Acute Hospital Trust"
aliases = ["Hospital", "MKUH", "Emergency Department"]
chronology_due = "15-02-2016"
report_due = "15-03-2016"
received = "11-02-2016"
report_received = "14-03-2016"

[[agencies]]
name = "Housing Services"
aliases = ["Housing"]
chronology_due = "15-02-2016"
received = "16-02-2016"

[[agencies]]
name = "Oakfield Primary School"
aliases = ["School", "Education"]
chronology_due = "15-02-2016"
received = "10-02-2016"

[[people]]
name = "Kayla Smith"
aliases = ["Kayla", "Kay", "KS"]
role = "Child"
pseudonym = "Child X"
born = "14-03-2013"
address = "12 Acacia Avenue, Milton Keynes MK6 3AB"
sex = "female"
lives_with = ["Donna Smith", "Jayden Smith"]

[[people]]
name = "Donna Smith"
aliases = ["Donna", "Ms Smith", "DS"]
role = "Mother"
pseudonym = "Mother"
born = "02-07-1994"
address = "12 Acacia Avenue, Milton Keynes MK6 3AB"
# relations, for the genogram: mother_of, father_of, partner_of (from/to), lives_with,
# sibling_of, each naming another person of this key
mother_of = ["Kayla Smith", "Jayden Smith"]
partner_of = [{ name = "Ryan Carter", from = "01-09-2014" }]
lives_with = ["Ryan Carter"]

[[people]]
name = "Ryan Carter"
aliases = ["Ryan", "Mr Carter", "RC"]
role = "Mother's partner"
pseudonym = "Adult Male 1"
born = "19-11-1990"
sex = "male"

[[people]]
name = "Jayden Smith"
aliases = ["Jayden", "JS"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "05-09-2010"
sex = "male"
sibling_of = ["Kayla Smith"]

# The panel's own multi-agency recommendations, for the action plan register.
[[recommendations]]
number = "MA1"
text = "The board audits each decision to end a child protection plan against its guidance"
action = "Quarterly audit of step-down decisions by the quality assurance subgroup"
lead = "Board business manager"
timescale = "31-12-2016"
outcome = "No plan ends on a parent's account alone"
evidence = "Audit reports to the board"

[[recommendations]]
number = "MA2"
text = "Schools and health visitors share and record concerns about a new adult in the household"
action = "Joint briefing for designated safeguarding leads and health visitors"

[[staff]]
name = "Jane Brown"
code = "HV1"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Peter Okafor"
code = "SW1"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Linda Harris"
code = "GP1"
role = "General Practitioner"
agency = "General Practice"
"""

# --- the returns, as files ------------------------------------------------------------

RETURNS: tuple[ChronologyReturn, ...] = (
    ChronologyReturn(
        key="police", file="TVP - Chronology - DEMO-2016-01.docx",
        agency_written="Thames Valley Police - Child Abuse Investigation Unit",
        date_completed="12/02/2016", completed_by="DI Sarah Quinlan",
        headings=("Date/Time", "Contact with child", "Contact with parents/carers",
                  "Inter-agency communication", "Source of information", "Officer(s)",
                  "Action taken/Comment"),
        entries=POLICE_ENTRIES, staff_key=POLICE_STAFF, split_by_year=True,
        year_rows=True, file_time=dt.datetime(2016, 2, 12, 16, 5),
        quirks=("two tables with the heading repeated", "year rows spanning all columns",
                "12-hour and 'hrs' times", "hyperlinks", "rows outside the period",
                "separate staff ID table")),
    ChronologyReturn(
        key="csc", file="Social care/CSC chronology (password protected).docx",
        agency_written="Milton Keynes Children's Social Care",
        date_completed="15 February 2016", completed_by="Anita Rowe, Practice Manager",
        headings=("Date", "Contact with Child/Young Person", "Contact with "
                  "Parent/Carer/Family", "Multi-agency communication",
                  "Source (case record)", "Worker", "Analysis / Comment"),
        entries=CSC_ENTRIES, staff_key=CSC_STAFF, protected=True, header_as_table=True,
        file_time=dt.datetime(2016, 2, 15, 17, 40),
        quirks=("password-protected (the case reference)", "header block as a table",
                "tracked insertions and deletions", "content control",
                "date merged down over two entries", "an entry pasted twice",
                "'Spring 2014'", "'w/c 04/05/2015'")),
    ChronologyReturn(
        key="hv-first", file="Health/HV Chronology DEMO-2016-01.docx",
        agency_written="0-19 Service (Health Visiting)", date_completed="08/02/2016",
        completed_by="Claire Dunmore, Named Nurse",
        headings=("Date and time of contact", "Contact with child",
                  "Contact with parent(s)/carer(s)", "Communication with other agencies",
                  "Record/source", "Practitioner", "Comments / analysis"),
        entries=HV_FIRST_ENTRIES, staff_key=HV_STAFF,
        file_time=dt.datetime(2016, 2, 8, 11, 20),
        quirks=("superseded by the amended return",)),
    ChronologyReturn(
        key="hv", file="Health/HV Chronology DEMO-2016-01 v2 AMENDED.docx",
        agency_written="0-19 Service (Health Visiting)", date_completed="02/03/2016",
        completed_by="Claire Dunmore, Named Nurse",
        headings=("Date and time of contact", "Contact with child",
                  "Contact with parent(s)/carer(s)", "Communication with other agencies",
                  "Record/source", "Practitioner", "Comments / analysis"),
        entries=HV_ENTRIES, staff_key=HV_STAFF, file_time=dt.datetime(2016, 3, 2, 14, 55),
        quirks=("resubmission: two entries added, one changed", "line breaks in cells",
                "'March 2015'", "'not known'", "'31/02/2015'",
                "an empty date under a dated row")),
    ChronologyReturn(
        key="gp", file="Health/GP/Brookfield Surgery chronology.docx",
        agency_written="Brookfield Surgery", date_completed="",
        completed_by="Dr Linda Harris",
        headings=("Date / time", "Contact with patient (child)",
                  "Contact with parent / family", "Liaison with other agencies",
                  "Where recorded", "Clinician (initials)", "Comment"),
        entries=GP_ENTRIES, staff_key=GP_STAFF, file_time=dt.datetime(2016, 2, 18, 8, 30),
        quirks=("no 'Date completed' in the header block", "two-digit years",
                "rows before the period", "an entry with no staff initials")),
    ChronologyReturn(
        key="hospital", file="Acute Trust ED chronology 11.02.16.xlsx",
        agency_written="Acute Hospital Trust - Emergency Department",
        date_completed="11/02/2016", completed_by="Mary Okonjo, Named Nurse",
        headings=("Date", "Time", "Contact with child", "Contact with family",
                  "Communication with other agencies", "Source (system)", "Staff",
                  "Comment"),
        entries=HOSPITAL_ENTRIES, staff_key=HOSPITAL_STAFF, fmt="xlsx",
        file_time=dt.datetime(2016, 2, 11, 15, 10),
        quirks=("Excel: real date cells, a separate time column", "title rows above "
                "the heading", "a blank row", "near-duplicate entries")),
    ChronologyReturn(
        key="housing", file="Copy of Housing chronology (2).docx",
        agency_written="Housing Services (Landlord Services)", date_completed="16.02.2016",
        completed_by="Tom Bexley, Tenancy Services Manager",
        headings=("Date", "Child", "Parent / carer", "Agency communication", "Record",
                  "Officer", "Notes"),
        entries=HOUSING_ENTRIES, staff_key=HOUSING_STAFF,
        file_time=dt.datetime(2016, 2, 16, 12, 0),
        quirks=("headings in the landlord's words", "month-first '04/13/2015'",
                "a row before the period")),
    ChronologyReturn(
        key="school", file="Education/Oakfield Primary - SCR chronology final.docx",
        agency_written="Oakfield Primary School", date_completed="10/02/2016",
        completed_by="Mrs K Patel, Deputy Head (DSL)",
        headings=TEMPLATE_HEADINGS,
        entries=SCHOOL_ENTRIES, staff_key=SCHOOL_STAFF,
        file_time=dt.datetime(2016, 2, 10, 16, 45),
        quirks=("the board's template headings word for word", "a date with its weekday, "
                "'at 1430'", "'last week'", "a field and a hyperlink in cells",
                "the heading row repeated inside the table")),
)

# The header block labels each file uses (agency, date completed, person completing).
HEADER_LABELS: dict[str, tuple[str, str, str]] = {
    "police": ("Agency", "Date completed", "Name of person completing chronology"),
    "csc": ("Agency", "Date completed", "Name of person completing"),
    "hv-first": ("Organisation", "Date of completion", "Completed by"),
    "hv": ("Organisation", "Date of completion", "Completed by"),
    "gp": ("Agency", "Date completed", "Name of person completing chronology"),
    "hospital": ("Agency", "Date completed", "Name of person completing"),
    "housing": ("Agency", "Date submitted", "Name of person completing chronology"),
    "school": ("Name of agency", "Date completed", "Author"),
}

# A file that cannot be read: the GP practice sent a scanned letter as a PDF.
UNREADABLE_FILE = "Health/GP/GP letter.pdf"


def returns_by_key() -> dict[str, ChronologyReturn]:
    return {ret.key: ret for ret in RETURNS}


def all_entries() -> Iterator[tuple[ChronologyReturn, Entry]]:
    for ret in RETURNS:
        for entry in ret.entries:
            yield ret, entry


def shared_events() -> dict[str, set[str]]:
    """Event label -> keys of the returns (latest ones) that record it: the labelled set."""
    events: dict[str, set[str]] = {}
    for ret, entry in all_entries():
        if entry.event and ret.key != "hv-first":
            events.setdefault(entry.event, set()).add(ret.key)
    return {label: keys for label, keys in events.items() if len(keys) > 1}
