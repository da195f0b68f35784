"""The demo story's housing and school chronologies."""

from __future__ import annotations

from tests.builders.demo_entries import (
    SEED,
    E,
    Routine,
    period,
    slash_date,
    weave,
)

# --- Housing Services -----------------------------------------------------------------
# Word; headings in the landlord's own words; a month-first date; an entry before the
# period (the homeless application).

_HOUSING_KEY = [
    E("12/11/2013", "", "Homeless application by Donna Smith with two children; placed "
      "in temporary accommodation at Flat 4, Willow Court.", "", "Housing register",
      "HO1", "Before the review period.", expect=("outside_period",)),
    E("06/01/2014", "", "Tenancy signed for 12 Acacia Avenue, Fernhill (2-bed house). "
      "Sole tenant Donna Smith.", "", "Tenancy file", "HO1", ""),
    E("04/02/2014", "Children seen briefly.", "Settling-in visit. Property in good "
      "order.", "", "Tenancy file", "HO1", "Settling-in visit within 6 weeks: good "
      "practice."),
    E("14/10/2014", "", "Rent arrears of \u00a3412; letter sent offering a payment plan.",
      "", "Rent account", "RO1", ""),
    E("21/10/2014", "", "Donna reported damp and mould in the children's bedroom.", "",
      "Repairs log", "HO1", "Repair raised as routine (28 days)."),
    E("20/11/2014", "", "", "MARAC action received: target hardening at 12 Acacia "
      "Avenue.", "MARAC action log", "ASB1", "", event="marac-1"),
    E("26/11/2014", "", "Locks changed and door chain fitted (sanctuary measures).", "",
      "Repairs log", "ASB1", "Completed within a week of MARAC."),
    E("03/12/2014", "", "", "Initial child protection conference: housing report "
      "submitted.", "Email", "HO1", "", event="icpc"),
    E("17/12/2014", "", "", "Core group meeting attended.", "Tenancy file", "HO1", "",
      event="core-1"),
    E("04/13/2015", "", "Rent account review: arrears cleared.", "", "Rent account",
      "RO1", "", expect=("unreadable",)),
    E("14/07/2015", "", "Neighbour complaint: shouting at night; a man appears to be "
      "living at the property.", "", "ASB case file", "ASB1",
      "Not shared with CSC. A missed opportunity."),
    E("22/07/2015", "", "Letter to Donna about the complaint and tenancy conditions.",
      "", "ASB case file", "ASB1", ""),
    E("30/11/2015", "", "", "Call from CSC: Kayla in hospital. Tenancy file flagged.",
      "Tenancy file", "HO1", ""),
]

_HOUSING_ROUTINE = (
    Routine(
        windows=(period("2014-02-10", "2014-09-30"),),
        count=9,
        bank=(
            ("", "Rent payment missed; text reminder sent.", "", "Rent account", "RO1", ""),
            ("", "Repair completed: kitchen tap.", "", "Repairs log", "HO1", ""),
            ("", "Annual gas safety check completed.", "", "Repairs log", "HO1", ""),
            ("", "Donna phoned about housing benefit change.", "", "Tenancy file", "HO1",
             "Referred to benefits advice."),
        )),
    Routine(
        windows=(period("2015-01-05", "2015-07-10"),),
        count=8,
        bank=(
            ("", "Rent payment missed; text reminder sent.", "", "Rent account", "RO1", ""),
            ("", "", "Information request from social worker answered.", "Email", "HO1",
             ""),
            ("", "Repair completed: damp treatment in the children's bedroom.", "",
             "Repairs log", "HO1", ""),
        )),
)

HOUSING_ENTRIES = weave(_HOUSING_KEY, _HOUSING_ROUTINE, SEED + 6,
                         lambda day, rng: slash_date(day, rng, times=False))
HOUSING_STAFF = (
    ("HO1", "Housing Officer"),
    ("RO1", "Income Officer (rents)"),
    ("ASB1", "Anti-social Behaviour Officer"),
)


# --- Oakfield Primary School ----------------------------------------------------------
# Word; dates written out in words with a weekday; 'last week'; a field (a cross-reference)
# and a hyperlink in cells; line breaks. Jayden is the pupil; Kayla is named as a sibling.

_SCHOOL_KEY = [
    E("14/04/2014 08:45", "", "", "Police notification of a domestic incident at "
      "Jayden's home at the weekend (school notification scheme).", "Email from MASH",
      "DSL", "Jayden's nursery key worker told so she could support him."),
    E("03/09/2014 08:50", "Jayden started Reception (Class R1).", "Mum brought him; "
      "Kayla in the buggy.", "", "Admissions", "CT1", ""),
    E("11/11/2014 14:00", "", "", "Strategy discussion by telephone with police and "
      "social care.", "Safeguarding file", "DSL", "", event="strategy-1"),
    E("03/12/2014 10:00", "", "", "Initial child protection conference attended.\n"
      "School report submitted, see ((Appendix 2)).", "Safeguarding file", "DSL", "",
      event="icpc"),
    E("17/12/2014 13:30", "", "", "Core group meeting attended.", "Safeguarding file",
      "DSL", "", event="core-1"),
    E("21/01/2015 13:30", "", "", "Core group meeting attended.", "Safeguarding file",
      "DSL", "", event="core-2"),
    E("02/02/2015 10:20", "Jayden fell from the climbing frame in the playground and cut "
      "his chin.", "Mum phoned and collected him to take him to hospital.", "",
      "Accident book", "TA1", "First aid given; accident form completed.",
      event="jayden-fall"),
    E("25/02/2015 13:30", "", "", "Core group meeting attended.", "Safeguarding file",
      "DSL", "", event="core-3"),
    E("04/03/2015 10:00", "", "", "Review child protection conference attended.",
      "Safeguarding file", "DSL", "", event="rcpc-1"),
    E("Tuesday 5th May 2015 at 1430", "", "Mum came in upset about Jayden's reading "
      "book; calmed and reassured.", "", "Office log", "HT1", ""),
    E("last week", "Jayden told TA1 that \"Ryan hurt mummy's arm\".", "", "",
      "Note written by TA1 on 13/05/2015", "TA1", "Passed to the DSL a week late. "
      "Staff reminded of the same-day rule.", expect=("unreadable",)),
    E("13/05/2015 15:10", "Jayden said at carpet time \"Ryan lives at our house now\".",
      "", "", "Safeguarding log (CPOMS)", "CT1 / DSL", ""),
    E("13/05/2015 15:25", "Jayden said at carpet time that \"Ryan lives at our house "
      "now\".", "", "", "Safeguarding log (CPOMS)", "DSL", "",
      expect=("near_duplicate",)),
    E("14/05/2015 09:00", "", "", "Referral to CSC by the DSL, by telephone and in "
      "writing ({{MASH referral form|http://mash.example.invalid/referral}}).",
      "Safeguarding file", "DSL", "Same-day written referral: good practice.",
      event="school-referral"),
    E("02/06/2015 11:00", "", "", "Strategy meeting attended.", "Safeguarding file",
      "DSL", "", event="strategy-2"),
    E("24/06/2015 10:00", "", "", "Review child protection conference. DSL said she "
      "was worried about ending the plans.", "Safeguarding file", "DSL",
      "Disagreement not escalated under the resolution of professional differences "
      "procedure.", event="rcpc-2"),
    E("19/10/2015 09:30", "Jayden's attendance this term is 82%.", "Letter to mum.", "",
      "Attendance system", "AO1", "Attendance below 90% triggers a meeting."),
    E("30/11/2015 08:40", "Jayden arrived with his grandmother.", "", "Social worker "
      "phoned: Kayla in hospital; Jayden staying with his grandmother.",
      "Safeguarding log (CPOMS)", "DSL", ""),
    # The school dated the meeting of 01/12/2015 a day late: an inconsistency between
    # agencies for the panel (merge/inconsistencies.py), not linked as one event.
    E("02/12/2015 10:00", "", "", "Strategy meeting attended.", "Safeguarding file",
      "DSL", ""),
]

_SCHOOL_LOG = (
    ("Jayden arrived late (09:20). Had not had breakfast; given toast.", "", "",
     "Late book", "AO1", ""),
    ("Jayden tired and tearful in class.", "", "", "Safeguarding log (CPOMS)", "CT1",
     "Logged for the DSL."),
    ("", "Mum spoken to at the gate about Jayden's uniform.", "", "Class log", "CT1", ""),
    ("Jayden absent: mum phoned, unwell.", "", "", "Attendance system", "AO1", ""),
    ("Jayden collected late at 15:50.", "Mum apologised.", "", "Office log", "HT1", ""),
)
_SCHOOL_ROUTINE = (
    Routine(windows=(period("2014-09-04", "2014-11-07"),), count=6, bank=_SCHOOL_LOG),
    Routine(   # while social care is involved
        windows=(period("2014-11-12", "2014-12-19"), period("2015-01-05", "2015-03-27"),
                 period("2015-04-13", "2015-07-21"), period("2015-09-02", "2015-09-30")),
        count=18,
        bank=(*_SCHOOL_LOG,
              ("Jayden seen by the DSL for a check-in; said home is \"OK\".", "", "",
               "Safeguarding log (CPOMS)", "DSL", "Jayden's voice recorded."),
              ("", "", "Email to social worker with attendance figures.", "Email", "AO1",
               ""))),
    Routine(windows=(period("2015-10-01", "2015-11-27"),), count=4, bank=_SCHOOL_LOG),
)

SCHOOL_ENTRIES = weave(_SCHOOL_KEY, _SCHOOL_ROUTINE, SEED + 7, slash_date)
SCHOOL_STAFF = (
    ("DSL", "Designated Safeguarding Lead (Deputy Head)"),
    ("HT1", "Head Teacher"),
    ("CT1", "Class Teacher, Reception"),
    ("TA1", "Teaching Assistant"),
    ("AO1", "Attendance Officer"),
)
