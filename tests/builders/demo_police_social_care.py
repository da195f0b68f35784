"""The demo story's police and children's social care chronologies: key entries, routine
contacts woven between them, staff keys."""

from __future__ import annotations

from tests.builders.demo_entries import (
    SEED,
    E,
    Routine,
    dot_date,
    period,
    slash_date,
    weave,
)

# --- Thames Valley Police -------------------------------------------------------------
# Word; split into one table a year with the heading repeated and a year row spanning all
# columns; 12-hour and 'hrs' times; an incident log number as a hyperlink; rows before and
# after the review period; a separate staff ID table.

_POLICE_KEY = [
    E("22/08/2013 21:40", "", "Ryan Carter arrested for criminal damage at a previous "
      "address (Flat 9, Linnet Close). No children present.", "", "Niche RMS", "PC JT",
      "Outside the review period; included as background to Ryan's history.",
      expect=("outside_period",)),
    E("12/04/2014 23:10", "Kayla (1 yr) and Jayden (3 yrs) asleep upstairs. Officers "
      "checked on both children, no injuries seen.",
      "Call from neighbour reporting shouting at 12 Acacia Avenue. Donna Smith tearful, "
      "said argument with partner Ryan Carter over money. Ryan had left before police "
      "arrival.", "", "Incident log {{43140412-2310|http://niche.example.invalid/occ/"
      "43140412}}", "PC JT / PC AL",
      "DASH completed: standard risk. Donna declined to make a statement.",
      event="dv-incident-1"),
    E("14/04/2014 2.30pm", "", "", "Public Protection Notice (PPN) sent to MASH for "
      "Children's Social Care and Health Visiting.", "PPN 14/0412", "PS KM",
      "PPN sent within 48 hours in line with force policy. Good practice.",
      event="ppn-1", expect=("time_12h",)),
    E("08/11/2014 0215hrs", "Kayla (19 months) found awake and crying in her cot in the "
      "same room. Jayden (4 yrs) told PC JT \"Ryan shouted and pushed mummy\".",
      "999 call from Donna Smith. Visible swelling to her left cheek. Ryan Carter "
      "arrested at the scene on suspicion of assault occasioning actual bodily harm.",
      "", "Incident log {{43141108-0215|http://niche.example.invalid/occ/43141108}}",
      "PC JT / PC RB", "DASH: high risk. Referred to MARAC. Jayden's account recorded in "
      "the officer's notebook: the voice of the child captured.",
      event="dv-incident-2"),
    E("08/11/2014 1130hrs", "", "Ryan Carter interviewed under caution, made no comment. "
      "Released on police bail with conditions not to contact Donna or attend 12 Acacia "
      "Avenue.", "", "Custody record MK/14/8812", "DC RW",
      "Bail conditions shared with CSC by telephone the same day.", event=""),
    E("09/11/2014 10:15", "", "", "Telephone call to Emergency Duty Team (CSC) about "
      "arrest and bail conditions.", "Niche RMS", "DC RW", "", event="edt-call-1"),
    E("11/11/2014 14:00", "", "", "Strategy discussion at MASH with CSC (PO), Health "
      "Visiting (safeguarding nurse) and Oakfield Primary School (DSL). Agreed joint "
      "Section 47 enquiry.", "Strategy discussion minutes", "DS ME",
      "Multi-agency information gathered quickly.", event="strategy-1"),
    E("12/11/2014 16:30", "Joint home visit with social worker. Both children seen. "
      "Jayden spoken to alone in his bedroom.", "Donna said she wants Ryan to stay away.",
      "", "Niche RMS", "DC RW", "", event="s47-visit-1"),
    E("20/11/2014 09:30", "", "", "MARAC: case heard. Actions for housing (target "
      "hardening at 12 Acacia Avenue) and IDVA support for Donna.", "MARAC minutes",
      "PS KM", "", event="marac-1"),
    E("03/12/2014 10:00", "", "", "Initial child protection conference attended. Both "
      "children made subject to child protection plans (emotional abuse).",
      "Conference minutes", "DS ME", "", event="icpc"),
    E("05/02/2015 15:20", "", "Ryan Carter: no further action on the ABH; Donna "
      "withdrew her support for a prosecution. Bail conditions end.", "Telephone call to "
      "CSC social worker to tell her.", "CPS advice file", "DC RW",
      "No victimless prosecution considered. Learning point for the force.",
      event=""),
    E("04/03/2015 10:00", "", "", "Review child protection conference: police report "
      "submitted, officer unable to attend.", "Conference invite", "PS KM", "",
      event="rcpc-1"),
    E("02/06/2015 11:00", "", "", "Strategy meeting: school report that Ryan is living "
      "at the address again. Police check: no incidents since November.",
      "Strategy meeting minutes", "DS ME", "", event="strategy-2"),
    E("14/07/2015 22:50", "", "Neighbour reported a man and woman arguing in the street "
      "outside 12 Acacia Avenue. Both gone on arrival.", "", "Incident log "
      "{{43150714-2250|http://niche.example.invalid/occ/43150714}}", "PC AL",
      "Not linked to the family at the time: no PPN sent. A missed opportunity.",
      event=""),
    E("28/11/2015 20:25", "", "", "Call from Acute Hospital Trust ED: Kayla (2 yrs) "
      "admitted with a head injury and bruising not explained. Officers attended "
      "the hospital.", "Incident log {{43151128-2025|http://niche.example.invalid/occ/"
      "43151128}}", "PC AL / PS KM", "", event="admission"),
    E("29/11/2015 09:00", "", "", "Strategy discussion with CSC Emergency Duty Team and "
      "the on-call paediatrician.", "Strategy discussion notes", "DS ME", "",
      event="strategy-3"),
    E("29/11/2015 13:40", "", "Ryan Carter arrested on suspicion of causing grievous "
      "bodily harm to Kayla. Donna Smith arrested for neglect.", "",
      "Custody record MK/15/9930", "DC RW", "Both interviewed; released under "
      "investigation.", event=""),
    E("01/12/2015 10:00", "", "", "Multi-agency strategy meeting at Fernhill Family "
      "Centre. Section 47 enquiries for both children.", "Strategy meeting minutes",
      "DS ME", "", event="strategy-4"),
    E("14/01/2016 16:00", "", "Ryan Carter charged with GBH.", "", "Niche RMS", "DC RW",
      "After the review period; included so the panel knows the outcome.",
      expect=("outside_period",)),
]

_POLICE_ROUTINE = (
    Routine(   # before the first domestic incident: nothing ties these to the children
        windows=(period("2014-01-05", "2014-04-10"),),
        count=4,
        bank=(
            ("", "Ryan Carter stopped in vehicle on Fernhill Road; no offences.", "",
             "Stop record", "PC AL", "Not linked to the family on the record."),
            ("", "Donna Smith reported her purse stolen in the town centre. Crime "
             "recorded.", "", "Crime report", "PC JT", "Not safeguarding-related."),
            ("", "Ryan Carter gave a witness statement about a road traffic collision.", "",
             "Niche RMS", "PC RB", ""),
            ("", "", "Neighbour reported youths on Acacia Avenue; no link to the family.",
             "Incident log", "PC AL", ""),
        )),
    Routine(
        windows=(period("2014-05-01", "2014-10-30"), period("2014-12-10", "2015-05-20"),
                 period("2015-08-01", "2015-11-20")),
        count=18,
        bank=(
            ("", "", "Intelligence check on address for MASH: no new information.",
             "Niche RMS", "PS KM", ""),
            ("", "", "PNC and local checks for Children's Social Care request.", "PNC",
             "DC RW", ""),
            ("", "Ryan Carter stopped in vehicle on Fernhill Road; no offences.", "",
             "Stop record", "PC AL", "Not linked to the family on the record."),
            ("", "", "Information request from Children's Social Care answered.",
             "Email", "PS KM", ""),
            ("", "", "Domestic abuse case review by PPU supervisor. No further action "
             "needed.", "Niche RMS", "DS ME", "Supervisory review recorded: good practice."),
            ("", "", "Address flagged for repeat calls reviewed by neighbourhood team; no "
             "action.", "Niche RMS", "PC AL", ""),
        )),
)

POLICE_ENTRIES = weave(_POLICE_KEY, _POLICE_ROUTINE, SEED + 1, slash_date)
POLICE_STAFF = (
    ("PC JT", "Police Constable, Response"),
    ("PC AL", "Police Constable, Response"),
    ("PC RB", "Police Constable, Response"),
    ("PS KM", "Police Sergeant, Public Protection Unit"),
    ("DC RW", "Detective Constable, Child Abuse Investigation Unit"),
    ("DS ME", "Detective Sergeant, Child Abuse Investigation Unit"),
)


# --- Children's Social Care -----------------------------------------------------------
# Word, password-protected with the case reference; the header block in a small table;
# tracked changes (insertions and deletions); content controls; a date merged down over
# two entries; an entry pasted twice; a season and a week written instead of a day.

_CSC_KEY = [
    E("14.04.2014", "", "", "PPN received from police (domestic incident 12/04/2014). "
      "MASH checks with health visiting and school.", "MASH record", "MASH1",
      "Checks completed the same day.", event="ppn-1"),
    E("16.04.2014", "", "Telephone call to Donna Smith. She said she and Ryan had "
      "separated [+for now+] and she did not want services.", "Letter to Donna with "
      "Early Help leaflet.", "Contact record", "MASH1",
      "[-No further action.-][+Stepped down to Early Help advice; no assessment.+] "
      "On reflection the children's views were not sought.", expect=()),
    E("Spring 2014", "", "Early Help assessment offered by the Family Centre; Donna "
      "declined.", "", "Family Centre log", "FSW1",
      "Exact date not recorded in the Family Centre log.", expect=("period",)),
    E("10.11.2014", "", "", "Referral from police following arrest of Ryan Carter "
      "(08/11/2014). Referral accepted by team manager.", "Referral record", "TM1",
      "", event=""),
    E("11.11.2014", "", "", "Strategy discussion with police (DS ME), health visiting "
      "and school. Section 47 enquiry agreed jointly with police.",
      "Strategy discussion record", "TM1 / SW1", "", event="strategy-1"),
    E("11.11.2014", "", "", "Checks with GP surgery by telephone: no concerns noted "
      "for the children.", "Case note", "SW1", "", quirk="date_merged", event="gp-checks"),
    E("12.11.2014", "Joint visit with police. Kayla seen in her cot; [-appeared well-]"
      "[+clean and appropriately dressed+]. Jayden seen alone and said he felt safe now "
      "Ryan had gone.", "Donna agreed to a written agreement that Ryan would not return.",
      "", "Case note", "SW1", "Jayden's wishes recorded in his words: good practice.",
      event="s47-visit-1"),
    E("12.11.2014", "Joint visit with police. Kayla seen in her cot; [-appeared well-]"
      "[+clean and appropriately dressed+]. Jayden seen alone and said he felt safe now "
      "Ryan had gone.", "Donna agreed to a written agreement that Ryan would not return.",
      "", "Case note", "SW1", "Jayden's wishes recorded in his words: good practice.",
      quirk="exact_duplicate", event="s47-visit-1"),
    E("20.11.2014", "", "", "MARAC attended. Target hardening requested from housing.",
      "MARAC minutes", "SW1", "", event="marac-1"),
    E("03.12.2014", "", "Donna attended the conference with an advocate; Ryan not "
      "invited.", "Initial child protection conference. Both children subject to child "
      "protection plans, category <<emotional abuse>>.", "Conference minutes",
      "IRO1 / SW1", "", event="icpc"),
    E("17.12.2014", "", "", "First core group meeting: CSC, health visitor, school DSL, "
      "housing officer.", "Core group minutes", "SW1", "", event="core-1"),
    E("21.01.2015", "Kayla seen at home, playing with blocks. Jayden seen at school.",
      "Donna reports Ryan has not visited.", "Core group meeting.", "Core group minutes",
      "SW1", "", event="core-2"),
    E("25.02.2015", "", "", "Core group meeting. Health visitor absent (sickness), no "
      "report sent.", "Core group minutes", "SW1",
      "The health visiting gap was noted but not escalated.", event="core-3"),
    E("04.03.2015", "", "Donna attended.", "Review child protection conference. Plans "
      "continue.", "Conference minutes", "IRO1 / SW1", "", event="rcpc-1"),
    E("w/c 04/05/2015", "", "Two home visits this week; a man's work boots seen in the "
      "hallway. Donna said they belonged to her brother.", "", "Case note", "SW1",
      "Visits recorded together in one note. The boots were not followed up.",
      expect=("period",)),
    E("14.05.2015", "", "", "Referral from Oakfield Primary School: Jayden said \"Ryan "
      "lives at our house\".", "Referral record", "TM1", "Prompt referral by the school: "
      "good practice.", event="school-referral"),
    E("15.05.2015", "Unannounced visit. Kayla seen; small bruise to forehead, Donna said "
      "she fell against the coffee table.", "Donna denied that Ryan was living there.",
      "", "Case note", "SW1", "No medical opinion sought on the bruise. A missed "
      "opportunity.", event=""),
    E("02.06.2015", "", "", "Strategy meeting with police, school and health visiting "
      "(HV returned from leave).", "Strategy meeting minutes", "TM1 / SW1", "",
      event="strategy-2"),
    E("24.06.2015", "", "Donna and Ryan attended together; Ryan said he was now "
      "living there.", "Review child protection conference: plans ended, children "
      "stepped down to Child in Need.", "Conference minutes", "IRO1 / SW1",
      "The conference relied on parental self-report. A key decision point.",
      event="rcpc-2"),
    E("30.09.2015", "", "", "Child in Need plan closed. Case closed to social care.",
      "Closure summary", "TM1", "Closed without a multi-agency review meeting.",
      event=""),
    E("28.11.2015", "", "", "Emergency Duty Team: call from hospital about Kayla's "
      "admission.", "EDT log", "EDT1", "", event="admission"),
    E("29.11.2015", "", "", "EDT strategy discussion with police and paediatrician. "
      "Jayden placed with maternal grandmother under a safety plan.", "EDT log", "EDT1",
      "", event="strategy-3"),
    E("01.12.2015", "", "", "Strategy meeting at Fernhill Family Centre. Section 47 "
      "enquiries for both children.", "Strategy meeting minutes", "TM1 / SW2", "",
      event="strategy-4"),
    E("10.12.2015", "Kayla discharged from hospital to foster carers.", "", "",
      "Placement record", "SW2", "", event="discharge"),
]

_CSC_ROUTINE = (
    Routine(
        windows=(period("2014-11-13", "2015-09-25"),),
        count=40,
        bank=(
            ("Kayla seen at home; walking and babbling.", "Donna present. Home conditions "
             "adequate.", "", "Case note", "SW1", "Statutory visit within timescale."),
            ("", "", "Supervision with team manager: plan reviewed.", "Supervision record",
             "TM1 / SW1", ""),
            ("Jayden seen at school alone.", "", "", "Case note", "SW1",
             "Jayden's wishes recorded."),
            ("", "Donna attended Freedom Programme session at the Family Centre.", "",
             "Family Centre log", "FSW1", ""),
            ("", "", "Email to health visitor asking for update.", "Email", "SW1", ""),
            ("Children seen at home; Kayla had a runny nose.", "Donna said money is tight.",
             "", "Case note", "SW1", "Food bank voucher given."),
            ("", "Home visit, no answer. Card left.", "", "Case note", "SW1",
             "Followed up by telephone the next day."),
            ("", "", "Telephone call to housing officer about repairs.", "Case note", "SW1",
             ""),
        ),
    ),
)

CSC_ENTRIES = weave(_CSC_KEY, _CSC_ROUTINE, SEED + 2, dot_date)
CSC_STAFF = (
    ("SW1", "Social Worker, Assessment and Child Protection Team"),
    ("SW2", "Social Worker, Assessment and Child Protection Team"),
    ("TM1", "Team Manager"),
    ("MASH1", "Senior Practitioner, MASH"),
    ("IRO1", "Child Protection Conference Chair"),
    ("FSW1", "Family Support Worker, Fernhill Family Centre"),
    ("EDT1", "Emergency Duty Team Social Worker"),
)
