"""The demo story's health chronologies: the health visitor's first and amended returns,
the GP practice's and the hospital's."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from tests.builders.demo_entries import (
    SEED,
    E,
    Entry,
    Routine,
    excel_date,
    period,
    slash_date,
    weave,
)

# --- Health Visiting Service ----------------------------------------------------------
# Word, returned twice: the second return (a later Date completed) adds two entries and
# corrects one. Line breaks inside cells; a period ('March 2015'); 'not known'; an
# impossible day; an empty date cell under a dated row. The service's silence from late
# February to June 2015 (the health visitor's sick leave) is a gap the panel must see.

_HV_KEY = [
    E("11/02/2014 10:00", "New birth visit not applicable: transfer-in visit. Kayla "
      "(11 months) seen and weighed.\nWeight 8.9kg (50th centile)\nNo concerns.",
      "Donna seen. Family moved to 12 Acacia Avenue in January.", "Records requested "
      "from previous health visiting team.", "SystmOne", "HV1",
      "Transfer-in contact within 2 weeks of notification: good practice."),
    E("18/03/2014 10:30", "One-year review. Kayla walking with support; babbling.\n"
      "Weight 9.3kg\nASQ-3: all areas within normal limits.", "Donna disclosed low mood "
      "since Christmas. EPDS score 14.", "", "SystmOne", "HV1",
      "Routine enquiry about domestic abuse asked; Donna said no."),
    E("", "", "", "Letter to GP about Donna's low mood, with her consent.", "SystmOne",
      "HV1", "Same day as the review.", quirk="date_empty", expect=("date_carried",)),
    E("17/04/2014 09:00", "", "", "PPN received from MASH: domestic incident "
      "12/04/2014.", "SystmOne", "SN1", "Added to the child health record; HV informed.",
      event="ppn-1"),
    E("23/04/2014 14:00", "Kayla seen at home, happy and interactive.", "Domestic "
      "incident discussed. Donna said Ryan had moved out.", "", "SystmOne", "HV1",
      "Targeted visit after the PPN: good practice."),
    E("24/07/2014 11:15", "Kayla seen: scald to right hand healing well, dressing clean.",
      "Home safety advice: hot drinks out of reach.", "ED discharge letter received "
      "22/07/2014.", "SystmOne", "HV1", "", event="scald-followup"),
    E("not known", "", "Donna told HV that Ryan's mother sometimes babysits.", "", "HV1's "
      "handwritten notes", "HV1", "Date not recorded in the notes.",
      expect=("unknown",)),
    E("11/11/2014 14:00", "", "", "Strategy discussion by telephone with police and "
      "social care. Health information shared.", "SystmOne", "SN1", "",
      event="strategy-1"),
    E("03/12/2014 10:00", "", "", "Initial child protection conference attended.\n"
      "Health report submitted.", "Conference minutes", "HV1", "", event="icpc"),
    E("17/12/2014 13:30", "", "", "Core group meeting attended.", "SystmOne", "HV1", "",
      event="core-1"),
    E("21/01/2015 13:30", "Kayla (22 months) not brought to the developmental review "
      "arranged for the same day.", "", "Core group meeting attended.", "SystmOne", "HV1",
      "", event="core-2"),
    E("31/02/2015", "Kayla seen at home.", "", "", "SystmOne", "HV1",
      "Date as it stands in the record.", expect=("unreadable",)),
    E("March 2015", "", "", "HV1 on long-term sick leave from 23/02/2015. Caseload held "
      "by duty; no visits made.", "Caseload records", "TL1",
      "Children on child protection plans were not reallocated. A gap in service.",
      expect=("period",)),
    E("02/06/2015 11:00", "", "", "Strategy meeting attended.", "SystmOne", "HV2", "",
      event="strategy-2"),
    E("03/06/2015 10:00", "Kayla (2 yrs 2 months) seen. Speech delayed: about 10 words.",
      "Ryan Carter present; introduced as \"a friend\".", "", "SystmOne", "HV2",
      "New health visitor; first contact for 3 months."),
    E("24/06/2015 10:00", "", "", "Review child protection conference: HV2 agreed the "
      "plans could end.", "Conference minutes", "HV2", "", event="rcpc-2"),
    E("29/09/2015 09:30", "", "", "Notified by CSC that the case is closing.",
      "SystmOne", "HV2", "Universal service only from now on."),
    E("30/11/2015 08:45", "", "", "Informed by hospital safeguarding team of Kayla's "
      "admission on 28/11/2015.", "SystmOne", "SN1", "", event="admission-notice"),
    E("01/12/2015 10:00", "", "", "Strategy meeting attended.", "SystmOne", "SN1", "",
      event="strategy-4"),
]

_HV_ROUTINE = (
    Routine(   # universal service, before social care is involved
        windows=(period("2014-02-12", "2014-11-07"),),
        count=16,
        bank=(
            ("Kayla seen at home; development appropriate.", "Donna seen.", "",
             "SystmOne", "HV1", ""),
            ("Kayla weighed at child health clinic.\nWeight within normal range.",
             "Attended with Donna.", "", "Clinic register", "CN1", ""),
            ("", "Donna phoned for advice on sleep routine.", "", "SystmOne", "HV1",
             "Advice given; leaflet posted."),
            ("Kayla seen; nappy rash.", "Advice to Donna.", "", "SystmOne", "CN1", ""),
            ("", "Home visit: no answer. Calling card left.", "", "SystmOne", "HV1",
             "Follow-up visit booked."),
        )),
    Routine(   # while the children are on plans, then Child in Need
        windows=(period("2014-11-12", "2015-02-20"), period("2015-06-04", "2015-09-25")),
        count=15,
        bank=(
            ("Kayla seen at home; development appropriate.", "Donna seen.", "",
             "SystmOne", "HV1", ""),
            ("", "", "Telephone call to social worker: update shared.", "SystmOne", "HV1",
             ""),
            ("Kayla weighed at child health clinic.\nWeight within normal range.",
             "Attended with Donna.", "", "Clinic register", "CN1", ""),
            ("", "", "Safeguarding supervision: case discussed.", "Supervision record",
             "HV1 / SN1", "Actions agreed and recorded."),
            ("", "Home visit: no answer. Calling card left.", "", "SystmOne", "HV1",
             "Follow-up visit booked."),
        )),
    Routine(   # universal service again after the case closed
        windows=(period("2015-10-01", "2015-11-25"),),
        count=3,
        bank=(
            ("Kayla weighed at child health clinic.\nWeight within normal range.",
             "Attended with Donna.", "", "Clinic register", "CN1", ""),
            ("", "Donna phoned to cancel the 2-year review.", "", "SystmOne", "HV2",
             "Rebooked."),
        )),
)


HV_ENTRIES = weave(_HV_KEY, _HV_ROUTINE, SEED + 3, slash_date)

# What the amended return changed: entries it added (by their date cell) and one rewording.
HV_ADDED = ("02/06/2015 11:00", "03/06/2015 10:00")
HV_REWORDED = ("24/06/2015 10:00", "Review child protection conference.")


def _hv_first_return() -> tuple[Entry, ...]:
    """The first return: the amended one without its two added entries, and with the
    earlier wording of the entry it changed."""
    first = []
    for entry in HV_ENTRIES:
        if entry.when in HV_ADDED:
            continue
        if entry.when == HV_REWORDED[0]:
            entry = replace(entry, communication=HV_REWORDED[1])
        first.append(entry)
    return tuple(first)


HV_FIRST_ENTRIES = _hv_first_return()
HV_STAFF = (
    ("HV1", "Health Visitor"),
    ("HV2", "Health Visitor (from June 2015)"),
    ("CN1", "Community Nursery Nurse"),
    ("SN1", "Named Nurse, Safeguarding Children"),
    ("TL1", "Health Visiting Team Leader"),
)


# --- General Practice -----------------------------------------------------------------
# Word; the header block leaves out "Date completed"; two-digit years; entries from before
# the period (Kayla's registration); one entry with no staff initials; headings in the
# practice's own words. The practice records nothing from March to September 2015.

_GP_KEY = [
    E("28/03/13", "Kayla registered as a new patient (born 14/03/13).", "", "",
      "EMIS", "RC1", "", expect=("two_digit_year", "outside_period")),
    E("24/04/13", "6-8 week baby check: normal.", "Donna attended.", "", "EMIS", "GP1",
      "", expect=("two_digit_year", "outside_period")),
    E("17/03/14", "Immunisations (12 months) given.", "", "", "EMIS", "PN1", "",
      expect=("two_digit_year",)),
    E("25/03/14", "", "Donna seen: low mood, referred by HV. PHQ-9 = 15. Sertraline "
      "started; talking therapies leaflet.", "HV letter received 19/03/14.", "EMIS",
      "GP1", "Children not asked about during the consultation.",
      expect=("two_digit_year",)),
    E("09/06/14", "Kayla: chest infection. Amoxicillin.", "Attended with Donna.", "",
      "EMIS", "GP2", "", expect=("two_digit_year",)),
    E("23/07/14", "", "", "ED discharge letter: Kayla, scald to right hand 19/07/14. "
      "Filed, no action.", "Scanned letter", "", "No clinician coded the letter: no "
      "initials recorded.", event="scald-letter", expect=("two_digit_year",)),
    E("11/11/14", "", "", "Telephone call from social worker: checks for strategy "
      "discussion. No concerns known.", "EMIS", "GP1",
      "The scald and mother's low mood were not mentioned.", event="gp-checks",
      expect=("two_digit_year",)),
    E("28/11/14", "", "", "Report for initial child protection conference sent.",
      "EMIS", "GP1", "GP unable to attend.", event="", expect=("two_digit_year",)),
    E("06/10/15", "Kayla not brought to appointment (cough).", "", "", "EMIS", "RC1",
      "Was Not Brought not coded as a safeguarding concern.", expect=("two_digit_year",)),
    E("20/10/15", "Kayla not brought to appointment.", "", "", "EMIS", "RC1", "",
      expect=("two_digit_year",)),
    E("30/11/15", "", "", "Hospital informed the practice of Kayla's admission.",
      "EMIS", "GP1", "", event="admission-notice", expect=("two_digit_year",)),
]

_GP_ROUTINE = (
    Routine(
        windows=(period("2014-01-22", "2015-02-27"), period("2015-09-21", "2015-11-25")),
        count=29,
        bank=(
            ("Kayla seen: viral illness. Advice given.", "Attended with Donna.", "", "EMIS",
             "GP2", ""),
            ("", "Donna: medication review. Mood improving.", "", "EMIS", "GP1", ""),
            ("Jayden seen: ear infection.", "Attended with Donna.", "", "EMIS", "GP2", ""),
            ("Immunisations given.", "", "", "EMIS", "PN1", ""),
            ("", "Repeat prescription for Donna collected.", "", "EMIS", "RC1", ""),
            ("", "", "Letter from health visitor filed.", "Scanned letter", "RC1", ""),
        ),
    ),
)


def _two_digit(day: dt.date, rng: random.Random) -> tuple[str, str]:
    return day.strftime("%d/%m/%y"), ""


GP_ENTRIES = weave(_GP_KEY, _GP_ROUTINE, SEED + 4, _two_digit)
GP_STAFF = (
    ("GP1", "GP Partner, Brookfield Surgery (safeguarding lead)"),
    ("GP2", "Salaried GP"),
    ("PN1", "Practice Nurse"),
    ("RC1", "Receptionist"),
)


# --- Acute Hospital Trust -------------------------------------------------------------
# Excel: title rows above the heading, real date cells and a separate time column, a
# blank row; two entries of one day that say nearly the same (two systems' notes).

_HOSPITAL_KEY = [
    E("14/03/2013", "Kayla born at 38 weeks, normal delivery, 3.1kg.", "Donna aged 18.",
      "", "Maternity record", "MW1", "Before the review period: birth details for "
      "context.", time="06:12", expect=("outside_period",)),
    E("19/07/2014", "Kayla (16 months) attended ED with mother: scald to right hand from "
      "a cup of tea.", "", "", "ED triage (Symphony)", "RN1", "", time="14:35",
      event="scald"),
    E("19/07/2014", "Kayla (16 mths) attended ED with mother: scald to right hand from a "
      "cup of tea.", "", "", "ED notes (paper)", "RN1", "", time="14:35", event="scald",
      expect=("near_duplicate",)),
    E("19/07/2014", "Seen by ED doctor. Superficial scald, 1% body surface. Dressing "
      "applied.", "Mother's account consistent with the injury.", "", "ED notes",
      "EDR1", "Safeguarding checklist completed: good practice.", time="16:10",
      event="scald"),
    E("21/07/2014", "", "", "Paediatric liaison: notification of attendance sent to "
      "health visitor and GP.", "Liaison log", "PLN1", "", time="09:30"),
    E("02/02/2015", "Jayden (4 yrs) brought to ED by mother after a fall in the school "
      "playground. Small cut to the chin, steri-stripped.", "Mother present.", "",
      "ED triage (Symphony)", "RN2", "Injury consistent with the school's account.",
      time="11:05", event="jayden-fall"),
    E("28/11/2015", "Kayla (2 yrs 8 months) brought by ambulance: drowsy, bruising to "
      "the left side of her face and her back.", "Mother said Kayla fell down the "
      "stairs. Mother's partner present.", "", "ED triage (Symphony)", "RN1", "",
      time="19:40", event="admission"),
    E("28/11/2015", "CT head: thin subdural haematoma. Admitted to the children's ward.",
      "", "Police and Emergency Duty Team informed by the nurse in charge.", "ED notes",
      "EDR2 / RN1", "Explanation not consistent with the injuries. Referral made "
      "within an hour: good practice.", time="20:15", event="admission"),
    # Police record this discussion at 09:00: the two times contradict each other.
    E("29/11/2015", "", "", "Strategy discussion with police and EDT.", "Ward notes",
      "PAED1", "", time="11:30", event="strategy-3"),
    E("29/11/2015", "Skeletal survey: two healing fractures of the left ribs.", "", "",
      "Radiology report", "PAED1", "Fractures some weeks old.", time="14:20"),
    E("30/11/2015", "", "", "Safeguarding team informed GP and health visiting of the "
      "admission.", "Safeguarding log", "PLN1", "", time="08:30",
      event="admission-notice"),
    E("01/12/2015", "", "", "Strategy meeting attended by consultant paediatrician.",
      "Safeguarding log", "PAED1", "", time="10:00", event="strategy-4"),
    E("10/12/2015", "Kayla discharged to foster carers.", "", "Discharge summary to GP "
      "and health visitor.", "Discharge summary", "PAED1", "", time="15:30",
      event="discharge"),
]

_HOSPITAL_ROUTINE = (
    Routine(   # on the children's ward after the admission
        windows=(period("2015-11-30", "2015-12-09"),),
        count=7,
        weekdays_only=False,
        bank=(
            ("Ward round: Kayla comfortable, eating small amounts.", "", "", "Ward notes",
             "PAED1", ""),
            ("", "Visit by maternal grandmother, supervised.", "", "Ward notes", "RN3",
             "Supervised contact as agreed with CSC."),
            ("Kayla settled overnight. Observations stable.", "", "", "Nursing notes",
             "RN3", ""),
            ("", "", "Telephone update to social worker.", "Safeguarding log", "PLN1", ""),
        )),
    Routine(
        windows=(period("2014-09-01", "2014-12-19"),),
        count=6,
        weekdays_only=False,
        bank=(
            ("Jayden attended ED with a high temperature; discharged with advice.",
             "Attended with mother.", "", "ED triage (Symphony)", "RN2", ""),
            ("Kayla seen in paediatric outpatients for recurrent chest infections; "
             "discharged to GP care.", "Attended with mother.", "Letter to GP.",
             "Outpatient system", "PAED1", ""),
            ("Kayla attended ED with a cough; discharged with advice.", "", "",
             "ED triage (Symphony)", "RN1", "Safeguarding checklist completed."),
        )),
    Routine(
        windows=(period("2015-07-01", "2015-08-28"),),
        count=2,
        bank=(
            ("Audiology outpatient appointment (speech delay): not brought.", "",
             "Letter to GP.", "Outpatient system", "AUD1", "Second appointment offered."),
        )),
)

HOSPITAL_ENTRIES = weave(_HOSPITAL_KEY, _HOSPITAL_ROUTINE, SEED + 5, excel_date)
HOSPITAL_STAFF = (
    ("RN1", "Staff Nurse, Emergency Department"),
    ("RN2", "Staff Nurse, Emergency Department"),
    ("RN3", "Staff Nurse, Children's Ward"),
    ("EDR1", "ED Doctor (Specialty Trainee)"),
    ("EDR2", "ED Consultant"),
    ("PAED1", "Consultant Paediatrician"),
    ("PLN1", "Paediatric Liaison Nurse"),
    ("MW1", "Midwife"),
    ("AUD1", "Audiologist"),
)
