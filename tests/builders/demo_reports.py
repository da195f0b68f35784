"""The demo story's agency reports (Appendix 5) with their action plans (Appendix 6), and
the panel's terms of reference."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# --- agency reports (Appendix 5) with action plans (Appendix 6) -----------------------
# Written as real reports are: they name the family in full, by first name, as 'Ms Smith'
# and 'Mr Carter', by initials and with possessives; they give dates of birth, the address,
# a phone number and an NHS number; they name relatives and practitioners who are not in
# the case key. The anonymiser must catch all of it before anything is published.

@dataclass(frozen=True)
class ReportStory:
    """One agency report: its section headings in the agency's own words and its text."""

    key: str
    file: str
    agency: str
    author: str                                   # as on the title page
    heading_style: str                            # "style", "bold", "numbered", "capitals"
    sections: tuple[tuple[str, str, tuple[str, ...]], ...]   # (key, heading, paragraphs)
    actions: tuple[tuple[str, ...], ...]          # Appendix 6 rows, `ACTION_COLUMNS` order
    page_header: str = ""
    comment: tuple[str, str, str] = ()            # (words it marks, comment, reviewer)
    family_table: tuple[tuple[str, str], ...] = ()   # the family key as a table
    file_time: dt.datetime = dt.datetime(2016, 3, 14, 12, 0)


ACTION_COLUMNS = ("", "Recommendation (*SMART)", "Action", "Lead", "Timescale", "Outcome",
                  "Progress", "Evidence")

_FAMILY_TABLE = (
    ("Child: Kayla Smith (Child X)", "Date of birth: 14/03/2013"),
    ("Ethnic origin: White British", "Religion: not documented"),
    ("Mother: Donna Smith", "Date of birth: 02/07/1994"),
    ("Mother's partner: Ryan Carter", "Date of birth: 19/11/1990"),
    ("Sibling: Jayden Smith", "Date of birth: 05/09/2010"),
)

REPORTS: tuple[ReportStory, ...] = (
    ReportStory(
        key="police", file="Agency reports/TVP Agency Report SCR Child KS final.docx",
        agency="Thames Valley Police", author="DI Sarah Quinlan, Public Protection "
        "Review Team", heading_style="bold",
        page_header="Thames Valley Police - RESTRICTED - Agency Report (Kayla Smith)",
        sections=(
            ("introduction", "Introduction", (
                "This agency report arises from a serious case review commissioned by the "
                "Safeguarding Children Board into the circumstances of the serious injuries "
                "suffered by Kayla Smith (born 14/03/2013) on 28 November 2015, and the "
                "response of the agencies involved, including Thames Valley Police.",)),
            ("author", "Author's Background", (
                "The author is a Detective Inspector in the Public Protection Review Team "
                "with twelve years' experience of child abuse investigation. She had no "
                "involvement with the family or in managing the officers concerned.",)),
            ("agency_background", "Agency Background Information", (
                "The force polices the county through local policing areas; domestic abuse "
                "and child abuse investigations are led by the Public Protection Unit and "
                "the Child Abuse Investigation Unit.",)),
            ("background", "Background", (
                "Kayla lived with her mother Donna Smith and her brother Jayden at 12 Acacia "
                "Avenue, Fernhill, Milton Keynes MK6 3AB. Her mother's partner Ryan Carter "
                "(DOB 19/11/1990) was known to police before the review period.",)),
            ("family", "Family Composition and Brief History of Family", (
                "The family key used in this report is set out in the table below.",)),
            ("methodology", "Methodology", (
                "The author read the incident logs, custody records and public protection "
                "notices, and spoke to PC Tom Jarvis and DS Michael Ellison.",)),
            ("involvement", "Thames Valley Police Involvement with this Child and Family", (
                "On 12 April 2014 officers attended 12 Acacia Avenue after a neighbour "
                "reported shouting. Ms Smith said she had argued with Mr Carter about money. "
                "A public protection notice was sent to the MASH two days later.",
                "On 8 November 2014 Donna called 999; Ryan was arrested for assaulting her. "
                "Jayden told PC Jarvis that \"Ryan shouted and pushed mummy\". The case was "
                "heard at MARAC and both children became subject to child protection plans.",
                "In February 2015 Donna withdrew her support for a prosecution and the case "
                "was closed. On 14 July 2015 officers attended a report of a couple arguing "
                "outside the house; nobody linked it to KS or her brother.",
                "On 28 November 2015 Kayla's admission with a head injury was reported by "
                "the hospital; Mr Carter and Ms Smith were arrested the next day.")),
            ("analysis", "Analysis of Involvement", (
                "The response to the two domestic incidents was prompt and the notices were "
                "shared within the force's timescales. Jayden's own words were recorded, "
                "which is good practice.",
                "The decision not to pursue a prosecution without Donna's support was not "
                "reviewed by a supervisor. The July 2015 incident was not linked to the "
                "family because the caller gave a neighbouring address; officers did not "
                "check who lived at number 12.")),
            ("learning", "What Have We Learnt?", (
                "Incidents in the street outside a known address need the same checks as "
                "incidents inside it.",
                "Good practice: the voice of the child was captured at the scene on "
                "8 November 2014.")),
            ("recommendations", "Recommendations for Action", (
                "1. Officers attending any incident near an address flagged for domestic "
                "abuse should check who lives there and whether children are subject to a "
                "plan.",
                "2. Every decision to take no further action on a high-risk domestic abuse "
                "case should be reviewed by a detective sergeant.")),
        ),
        actions=(
            ("1", "Officers attending incidents near a flagged address check the household "
             "and any child protection plan", "Add a flagged-address prompt to the "
             "command-and-control system", "Head of Contact Management", "30-09-2016",
             "No incident near a flagged address closes without a household check",
             "In progress", "Dip sample of 50 incidents"),
            ("2", "Every NFA decision on a high-risk domestic abuse case is reviewed by a "
             "detective sergeant", "Amend the domestic abuse investigation policy",
             "Detective Superintendent, Public Protection", "30-06-2016",
             "Supervisory review recorded on every high-risk case", "Complete",
             "Policy v4.2; audit report May 2016"),
        ),
        family_table=_FAMILY_TABLE),
    ReportStory(
        key="csc", file="Agency reports/CSC IMR - DEMO-2016-01 (draft 3).docx",
        agency="Children's Social Care", author="Gillian Marsh, Independent Reviewer",
        heading_style="style",
        page_header="Children's Social Care - Individual Management Review - CONFIDENTIAL",
        comment=("stepped down to Child in Need", "Please check this date against the "
                 "conference minutes - Donna Smith says she was not told.", "Anita Rowe"),
        sections=(
            ("introduction", "Purpose of this Report", (
                "This Individual Management Review examines the involvement of Children's "
                "Social Care with Kayla Smith, her brother Jayden Smith and their mother "
                "Donna between January 2014 and December 2015.",)),
            ("author", "Independence of the Reviewer", (
                "The reviewer is an independent social work consultant who has never worked "
                "for the local authority.",)),
            ("agency_background", "Context of the Organisation", (
                "Children's Social Care runs a Multi-Agency Safeguarding Hub, assessment and "
                "child protection teams, an Emergency Duty Team and Fernhill Family "
                "Centre.",)),
            ("background", "Summary of the Case", (
                "K.S. was two years and eight months old when she was admitted to hospital "
                "with a subdural haematoma and healing rib fractures. Her mother's partner "
                "Ryan Carter has since been charged.",)),
            ("family", "Genogram and Household", (
                "Kayla (DOB 14.03.2013) lived with her mother Donna Smith (DOB 02.07.1994) "
                "and her half-brother Jayden (DOB 05.09.2010). Ryan Carter is Kayla's "
                "father. Donna's mother, Pauline Hart, lives nearby and cared for Jayden "
                "after Kayla's admission.",)),
            ("methodology", "Sources of Information", (
                "The reviewer read the case records, conference minutes and supervision "
                "notes, and met the social worker Peter Okafor, the team manager and the "
                "conference chair.",)),
            ("involvement", "Narrative Chronology of Contact", (
                "After the first domestic incident in April 2014 the MASH gave Ms Smith "
                "Early Help advice; she declined an assessment. After the second incident "
                "in November 2014 a joint Section 47 enquiry was held and both children "
                "became subject to child protection plans for emotional abuse.",
                "Mr Okafor visited regularly. On 15 May 2015 he saw a bruise on Kayla's "
                "forehead; Ms Smith said she had fallen against a table. No medical opinion "
                "was sought. On 24 June 2015 the plans were ended and the children were "
                "stepped down to Child in Need; the case closed on 30 September 2015.")),
            ("analysis", "Critical Analysis", (
                "The decision to end the plans rested on Donna's account that Mr Carter "
                "was not a risk. The school's concern that he was living at the house, and "
                "the boots seen in the hallway, were not weighed against that account.",
                "Jayden's wishes and feelings were recorded well; Kayla was too young to "
                "say what life was like and her experience was not observed closely.")),
            ("learning", "Lessons Learned", (
                "When a new adult may have joined the household, practitioners must find "
                "out who he is before any plan is ended.",
                "Good practice: Jayden was seen alone on every statutory visit.")),
            ("recommendations", "Single Agency Recommendations", (
                "1. Any injury to a child on a plan is assessed by a paediatrician.",
                "2. A child protection plan is not ended while a partner's presence in the "
                "household is disputed.")),
        ),
        actions=(
            ("1", "Any injury to a child on a child protection plan is assessed by a "
             "paediatrician", "Revise the bruising protocol and brief all teams",
             "Head of Safeguarding", "31-07-2016", "Every injury has a medical opinion",
             "Not started", "Case audit"),
            ("2", "No plan ends while a partner's presence in the household is disputed",
             "Add a household composition check to review conference reports",
             "Principal Social Worker", "31-10-2016", "Conference reports show the check",
             "In progress", "Conference chair audit"),
            ("3", "Closure of a Child in Need plan follows a multi-agency review meeting",
             "Amend the closure procedure", "Service Manager", "30-09-2016",
             "No closure without a review meeting", "Not started", ""),
        )),
    ReportStory(
        key="hv", file="Agency reports/0-19 Service agency report v2.docx",
        agency="Health Visiting Service", author="Claire Dunmore, Named Nurse for "
        "Safeguarding Children", heading_style="numbered",
        page_header="0-19 Service (Health Visiting) - Agency Report - Child KS",
        sections=(
            ("introduction", "Introduction", (
                "This report sets out the involvement of the health visiting service with "
                "Kayla Smith and her family for the serious case review.",)),
            ("author", "Author's Background", (
                "The author is the Named Nurse for Safeguarding Children and a registered "
                "health visitor; she did not supervise the health visitors concerned.",)),
            ("agency_background", "Agency Background Information", (
                "The 0-19 Service provides the Healthy Child Programme to every family with "
                "children under five.",)),
            ("background", "Background", (
                "Kayla's family transferred in from another area in January 2014. Her NHS "
                "number is 945 807 3022. Her mother can be reached on 07700 900461.",)),
            ("family", "Family Composition and Brief History of Family", (
                "Child: Kayla Smith, date of birth 14th March 2013.",
                "Mother: Donna Smith, date of birth 2nd July 1994.",
                "Sibling: Jayden Smith. Mother's partner: Ryan Carter.")),
            ("methodology", "Methodology", (
                "The author read the SystmOne records and met Jane Brown, the health "
                "visitor, and the covering health visitor.",)),
            ("involvement", "Health Visiting Involvement with this Child and Family", (
                "Jane Brown saw Kayla at home in February and March 2014; the one-year "
                "review found her development within normal limits. Donna's low mood was "
                "recognised and she was referred to her GP.",
                "After Kayla's scald in July 2014 the health visitor visited within a week "
                "and gave safety advice. From February to June 2015 the health visitor was "
                "on sick leave and the caseload was not reallocated: Kayla, then on a child "
                "protection plan, was not seen for more than three months.",
                "In June 2015 the new health visitor met Mr Carter at the home; he was "
                "introduced as a friend. Kayla's speech was delayed.")),
            ("analysis", "Analysis of Involvement", (
                "Routine enquiry about domestic abuse was made, which is good practice. The "
                "failure to reallocate children on plans during sick leave left KS without "
                "a health professional for a quarter of a year.",)),
            ("learning", "What Have We Learnt?", (
                "Caseloads of absent health visitors must be reviewed within a week, "
                "starting with children on child protection plans.",)),
            ("recommendations", "Recommendations for Action", (
                "1. Children on child protection plans are reallocated within five working "
                "days of a health visitor's absence.",)),
        ),
        actions=(
            ("1", "Children on child protection plans are reallocated within five working "
             "days of a health visitor's absence", "Write a caseload cover standard",
             "Head of 0-19 Service", "31-05-2016", "No child on a plan without a named "
             "health visitor", "Complete", "Standard approved April 2016"),
            ("2", "A new adult seen in the home is recorded and shared with the social "
             "worker", "Add a household member field to the contact template",
             "Named Nurse", "31-08-2016", "Households recorded at every contact",
             "In progress", "Template change request HV-112"),
        ),
        family_table=()),
    ReportStory(
        key="hospital", file="Agency reports/Acute Hospital Trust - Agency Report.docx",
        agency="Acute Hospital Trust", author="Mary Okonjo, Named Nurse Safeguarding "
        "Children", heading_style="capitals",
        page_header="Acute Hospital Trust - Agency Report - Private and Confidential",
        sections=(
            ("introduction", "Introduction", (
                "The Trust was asked to review its contact with Kayla Smith and her brother "
                "Jayden for the serious case review.",)),
            ("author", "Author's Background", (
                "The author is the Trust's Named Nurse for Safeguarding Children.",)),
            ("agency_background", "Agency Background Information", (
                "The Trust runs the emergency department, the children's ward and "
                "outpatient services for the town.",)),
            ("background", "Background", (
                "Kayla was born at the Trust on 14 March 2013.",)),
            ("family", "Family Composition and Brief History of Family", (
                "See the family key in Appendix 1.",)),
            ("methodology", "Methodology", (
                "The author read the emergency department, ward and radiology records.",)),
            ("involvement", "Acute Hospital Trust Involvement with this Child and Family", (
                "On 19 July 2014 Kayla, then sixteen months old, attended the emergency "
                "department with her mother with a scald to her right hand. Ms Smith's "
                "account was consistent and the safeguarding checklist was completed.",
                "On 28 November 2015 Kayla was brought by ambulance with a head injury; "
                "Donna said she had fallen down the stairs and Mr Carter was present. A CT "
                "scan showed a subdural haematoma and the police and the Emergency Duty "
                "Team were told within the hour. A skeletal survey found healing rib "
                "fractures.")),
            ("analysis", "Analysis of Involvement", (
                "The scald in 2014 was correctly judged accidental, but the Trust did not "
                "ask whether the family had a social worker. Kayla's missed audiology "
                "appointment in 2015 was reported only to the GP.",)),
            ("learning", "What Have We Learnt?", (
                "Good practice: the referral on 28 November 2015 was made within an hour.",
                "Was-not-brought letters for children on plans should also go to the "
                "social worker.")),
            ("recommendations", "Recommendations for Action", (
                "1. The emergency department checks the child protection information system "
                "for every child who attends.",)),
        ),
        actions=(
            ("1", "The emergency department checks the child protection information system "
             "for every child who attends", "Make the check a mandatory field at triage",
             "Clinical Director, Emergency Medicine", "31-12-2016",
             "Every attendance shows the check", "Not started", "Monthly audit"),
        )),
)

TERMS_OF_REFERENCE_FILE = "Terms of Reference - DEMO-2016-01.docx"
TERMS_OF_REFERENCE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Serious Case Review DEMO-2016-01: Terms of Reference", ()),
    ("Why this review", (
        "On 28 November 2015 Kayla Smith, aged two, was admitted to hospital with a head "
        "injury and healing fractures. The Safeguarding Children Board's serious case "
        "review subgroup decided on 14 December 2015 that the criteria for a serious case "
        "review were met.",)),
    ("Scope", (
        "The review covers the involvement of agencies with Kayla, her brother Jayden, "
        "their mother Donna Smith and her partner Ryan Carter from 1 January 2014 to "
        "31 December 2015. Significant events before that period may be summarised.",)),
    ("Agencies asked for a chronology and an agency report", (
        "Thames Valley Police; Children's Social Care; Health Visiting Service; General "
        "Practice (chronology only); Acute Hospital Trust; Housing Services (chronology "
        "only); Oakfield Primary School (chronology only).",)),
    ("Key lines of enquiry", (
        "1. How well did agencies share information about new adults in the household?",
        "2. Was Kayla seen, and was her daily experience understood?",
        "3. How were decisions to end the child protection plans reached?",
        "4. Were professional disagreements escalated?",
        "5. What was the impact of staff absence on the services the children received?")),
    ("How the family is named", (
        "In all reports for publication the child is 'Child X', her mother 'Mother', "
        "Mr Carter 'Adult Male 1' and Jayden 'Sibling 1'.",)),
    ("Panel", (
        "Independent chair; Detective Superintendent, Public Protection; Head of "
        "Safeguarding, Children's Social Care; Designated Nurse; Named GP; Head of Housing "
        "Services; Education Safeguarding Lead.",)),
    ("Timescales", (
        "Chronologies by 15 February 2016; agency reports by 15 March 2016.",)),
)
