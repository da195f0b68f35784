"""A held-back publication case written blind, without sight of the anonymiser; the family,
staff, agencies' local units, streets and numbers are all invented for this test."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "PRSB-CPR-2025-07"

CASE_TOML = '''reference = "PRSB-CPR-2025-07"
review = "Child Practice Review"
subject = "Child R"
period = { from = "01-09-2022", to = "31-03-2025" }
board = "Mid and West Wales Safeguarding Board"

[[agencies]]
name = "Dyfed-Powys Police"
aliases = ["DPP", "the Police"]
published_as = "Police"

[[agencies]]
name = "Powys Children's Services"
aliases = ["PCS", "Children's Services"]
published_as = "Children's Social Care"

[[agencies]]
name = "Powys Teaching Health Board Health Visiting Service"
aliases = ["PTHB", "Health Visiting"]
published_as = "Health Visiting Service"

[[agencies]]
name = "Teme Valley Primary School"
aliases = ["TVPS", "the school"]

[[agencies]]
name = "Knighton Medical Practice"
aliases = ["the Practice", "KMP"]

[[agencies]]
name = "Knighton Flying Start"
aliases = ["the Flying Start setting"]
published_as = "Early Years Provider"

[[people]]
name = "Tegwen Hollis-Marsh"
aliases = ["Tegwen", "Teggy", "Tegs"]
role = "subject child"
pseudonym = "Child R"
born = "14-02-2016"
address = "7 Crabtree Walk, Knighton, Powys LD7 1QZ"

[[people]]
name = "Macsen Hollis-Marsh"
aliases = ["Macsen", "Macs"]
role = "sibling"
pseudonym = "Sibling"
born = "11-06-2021"
address = "7 Crabtree Walk, Knighton, Powys LD7 1QZ"

[[people]]
name = "Carys Hollis"
aliases = ["Carys", "Caz", "Ms Hollis"]
role = "mother"
pseudonym = "Mother"
born = "03-09-1991"
address = "7 Crabtree Walk, Knighton, Powys LD7 1QZ"

[[people]]
name = "Rhys Marsh"
aliases = ["Rhys", "Mr Marsh"]
role = "father"
pseudonym = "Father"
born = "22-12-1988"
address = "Flat 2, 19 Wylcwm Place, Knighton, Powys LD7 1AP"

[[people]]
name = "Jordan Pritchard-Oakes"
aliases = ["Jordan", "Jord", "Mr Pritchard-Oakes"]
role = "mother's partner"
pseudonym = "Mother's Partner"
born = "30-07-1993"

[[people]]
name = "Siân Prydderch"
aliases = ["Sian Prydderch", "Nain Siân", "Nain Sian", "Mrs Prydderch"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "19-04-1966"
address = "Bryn Glas, Stanage Lane, Bucknell SY7 0DD"

[[staff]]
name = "Mark Foster"
role = "Social Worker"
agency = "Powys Children's Services"

[[staff]]
name = "Gwenllian Rees-Bowen"
role = "Health Visitor"
agency = "Powys Teaching Health Board Health Visiting Service"

[[staff]]
name = "Aled Winter"
role = "Police Constable"
agency = "Dyfed-Powys Police"

[[staff]]
name = "Owain Pryce"
role = "Deputy Head and Designated Safeguarding Person"
agency = "Teme Valley Primary School"
'''

IDENTIFIERS = {
    "key_name": ["Tegwen Hollis-Marsh", "Tegwen", "Macsen Hollis-Marsh", "Macsen",
                 "Carys Hollis", "Carys", "Ms Hollis", "Hollis-Marsh", "Rhys Marsh",
                 "Mr Marsh", "Jordan Pritchard-Oakes", "Mr Pritchard-Oakes",
                 "Pritchard-Oakes", "Siân Prydderch", "Sian Prydderch", "Mrs Prydderch",
                 "Carys's", "Tegwen's", "Jordan's", "Jordan"],
    "nickname": ["Teggy", "Tegs", "Macs", "Caz", "Jord", "Nain Siân", "Nain Sian"],
    "misspelling": ["Tegwyn", "Carys Hollies", "Prydderech", "Macsan"],
    "initials": ["T.H-M.", "THM", "C.H.", "J P-O", "SP"],
    "staff": ["Mark Foster", "Mr Foster", "Gwenllian Rees-Bowen", "Gwenllian",
              "Aled Winter", "PC Winter", "Owain Pryce", "Mr Pryce"],
    "not_in_key": ["Delyth Amory", "Mrs Amory", "Kayleigh-Jo Brannigan", "Kayleigh-Jo", "KJ",
                   "Uncle Dai", "Dai Hollis"],
    "address": ["7 Crabtree Walk", "Crabtree Walk", "19 Wylcwm Place", "Wylcwm Place",
                "Stanage Lane", "Bryn Glas", "Bucknell", "Knighton", "Tref-y-Clawdd"],
    "postcode": ["LD7 1QZ", "LD7 1AP", "SY7 0DD", "LD7"],
    "agency_place": ["Teme Valley Primary School", "Teme Valley Primary", "TVPS",
                     "Knighton Medical Practice", "Knighton Flying Start"],
    "number": ["07700 900318", "01632 960744", "DPP/25/004417"],
    "email": ["caz.hollis91@example.org"],
    "date_of_birth": ["14-02-2016", "14/02/2016", "03.09.1991", "11 June 2021"],
    "social_media": ["@tegsandmacs_mum", "cazzyh_91"],
}

ORDINARY = [
    "Flying Start", "foster placement", "the winter months", "Detective Sergeant", "MASH",
    "MARAC", "DASH risk assessment", "Social Services and Well-being (Wales) Act 2014",
    "Wales Safeguarding Procedures", "Victoria Climbié", "Lord Laming",
    "Arthur Labinjo-Hughes", "Graded Care Profile 2", "NSPCC", "Barnardo's",
    "Hereford County Hospital", "Birmingham Children's Hospital", "St David's Day",
    "Christmas Eve", "Monday", "August", "Year 4", "Reception class",
    "Staffordshire Bull Terrier", "Perthes disease", "Snapchat", "WhatsApp",
    "Universal Credit", "Care Inspectorate Wales", "ADHD", "CAMHS", "Section 47",
    "Child Protection Register", "CHILD PROTECTION CONFERENCE", "Operation Encompass",
    "Tenerife", "Tesco", "Reading Recovery", "Jordanian", "mark the anniversary",
]

INVOLVEMENT = [
    "Tegwen Hollis-Marsh (Child R, born 14-02-2016) lived with her mother Carys Hollis, her "
    "brother Macsen (born 11 June 2021) and, from the winter months of 2022, her mother's "
    "partner Jordan Pritchard-Oakes at 7 Crabtree Walk, Knighton, Powys LD7 1QZ. Tegwen was "
    "known at home as Teggy or Tegs. The family also had a Staffordshire Bull Terrier.",
    "On a Monday in September 2022 PC Winter attended Crabtree Walk after a neighbour, "
    "Mrs Amory, rang 999 to report shouting. PC Aled Winter completed a DASH risk "
    "assessment graded standard and submitted a public protection notice (DPP/25/004417). "
    "An Operation Encompass notification reached Teme Valley Primary School the next "
    "morning, and the deputy head, Owain Pryce, spoke to Tegwen in her Year 4 classroom.",
    "The Health Visitor, Gwenllian Rees-Bowen, saw Macsen at Knighton Flying Start and at "
    "home. Gwenllian recorded that Macs had not been brought to two appointments at "
    "Hereford County Hospital and that Caz (as Carys preferred to be called) said the "
    "car had failed. The Flying Start setting described Macsan arriving hungry on three "
    "Mondays in October.",
    "Knighton Medical Practice saw Tegwen with a limp in November 2022 and referred her to "
    "Birmingham Children's Hospital, where Perthes disease was confirmed. Ms Hollis missed "
    "the follow-up because, she told the Practice on 07700 900318, she was staying with "
    "Nain Siân (Siân Prydderch) at Bryn Glas, Stanage Lane, Bucknell SY7 0DD.",
    "On Christmas Eve 2022 Mrs Prydderch telephoned Powys Children's Services on "
    "01632 960744 to say that Jordan had hit Carys in front of the children. The MASH "
    "opened a Section 47 enquiry led by a Detective Sergeant and the social worker, "
    "Mark Foster. Mr Foster visited and Carys Hollies (as the MASH record spelled her) "
    "agreed a safety plan; Jordan's name was not checked against MARAC records.",
    "The INITIAL CHILD PROTECTION CONFERENCE in January 2023 placed both children on the "
    "Child Protection Register under the category of neglect. Mr Marsh, who lived at "
    "Flat 2, 19 Wylcwm Place, Knighton, Powys LD7 1AP, attended and offered to have "
    "Tegwen's brother stay with him. A foster placement was discussed but not pursued "
    "because Nain Sian offered to help. A later review CHILD PROTECTION CONFERENCE ended "
    "the plan in August 2023.",
    "In 2024 the school noticed that Tegwyn had joined Snapchat and WhatsApp groups. "
    "Carys's friend Kayleigh-Jo Brannigan (known as KJ) posted photographs of the children "
    "from a holiday in Tenerife on the account @tegsandmacs_mum, and Caz posted as "
    "cazzyh_91. Uncle Dai (Dai Hollis) told Mr Pryce that Jord was back at the house.",
]

ANALYSIS = [
    "Agencies knew each of the family in part. Rhys Marsh was not asked about Jordan "
    "Pritchard-Oakes, and Mr Pritchard-Oakes was recorded under three spellings, so the "
    "MASH did not see the pattern. The learning echoes the death of Victoria Climbié and "
    "Lord Laming's warning about information that is held but not shared.",
    "Graded Care Profile 2 was not used, although the Wales Safeguarding Procedures expect "
    "it where neglect is suspected. The Social Services and Well-being (Wales) Act 2014 "
    "requires the voice of the child; Tegwen's wish to mark the anniversary of her "
    "grandfather's death on St David's Day was recorded by the school but not by others.",
    "The family received Universal Credit and the mother shopped at Tesco on the night "
    "shift, which explained some missed appointments. Tegwen's referral to CAMHS for "
    "possible ADHD was closed when the email to caz.hollis91@example.org went unanswered. "
    "Macsen's date of birth was given to one service as 14/02/2016 and the mother's as "
    "03.09.1991.",
    "As in the national review after the death of Arthur Labinjo-Hughes, professionals "
    "accepted a plausible parent. Mr Foster did not see Tegwen alone, and the Jordanian "
    "interpreter booked in error for a neighbour added to the confusion.",
]

LEARNING = [
    "Learning 1: When Tegwen Hollis-Marsh (THM, also recorded as T.H-M.) was in Reception "
    "class and later Year 4, Teme Valley Primary held more information than any other "
    "agency. TVPS must be invited to every strategy meeting, as the NSPCC and Barnardo's "
    "both advise, and Mr Pryce's Reading Recovery notes showed Tegs was tired and hungry.",
    "Learning 2: Checks on Carys Hollis (C.H.) and Jordan Pritchard-Oakes (J P-O) must "
    "include every alias, including Caz and Jord, and the grandmother Siân Prydderch (SP, "
    "also Sian Prydderch or Prydderech). Neighbours such as Delyth Amory and friends such "
    "as Kayleigh-Jo at Crabtree Walk, Tref-y-Clawdd, were never asked what they saw, and "
    "Care Inspectorate Wales found the same gap.",
    "Learning 3: The Health Visitor Gwenllian and PC Winter did not share the Flying Start "
    "concerns about Macsen Hollis-Marsh at Knighton Flying Start with Knighton Medical "
    "Practice.",
    "Learning 4: The DASH risk assessment and MARAC referral should have been reconsidered "
    "after the Christmas Eve incident involving Carys's partner.",
]

RECOMMENDATIONS = [
    ("Teme Valley Primary School must be told of every Operation Encompass incident in "
     "LD7, such as those at 7 Crabtree Walk, and invited to the MASH strategy meeting, as "
     "it was not for Tegwen",
     "Brief the designated safeguarding person and Mr Pryce", "Head Teacher", "31-07-2025"),
    ("Searches must cover aliases such as Caz, Jord and Nain Siân and misspellings such as "
     "Carys Hollies before a Section 47 enquiry closes",
     "Audit MASH name checks against the Wales Safeguarding Procedures",
     "Detective Sergeant, Public Protection", "30-09-2025"),
    ("Use Graded Care Profile 2 whenever a child is on the Child Protection Register for "
     "neglect, as Mark Foster did not for the Hollis-Marsh children",
     "Train social workers and health visitors", "Head of Service", "31-12-2025"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="PRSB-CPR-2025-07 Child R (Tegwen Hollis-Marsh), Knighton LD7 1QZ",
    footer="Author: Gwenllian Rees-Bowen, Health Visitor; copy to Mr Foster",
    comment="Check with Mrs Prydderch whether Dai Hollis still lives in Bucknell.",
    footnote="Teggy's school, Teme Valley Primary School, holds her Reading Recovery file.",
)
