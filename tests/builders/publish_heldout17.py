"""Held-back publication case 17, written blind (without sight of the anonymiser): a
fictional Child Practice Review in west Wales; every name, place, number and address of the
family, staff and agencies is invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = '''reference = "BTSB-CPR-2024-03"
review = "Child Practice Review"
subject = "Child W"
board = "Bro Teifi Regional Safeguarding Board"
period = { from = "01-03-2022", to = "30-06-2024" }

[[agencies]]
name = "Dyfed-Powys Police"
aliases = ["DPP", "Cwmderwen Police Station"]
published_as = "Police"

[[agencies]]
name = "Bro Teifi Children's Services"
aliases = ["BTCS", "Bro Teifi County Borough Council Children's Services"]
published_as = "Children's Social Care"

[[agencies]]
name = "Teifi Vale Health Board Health Visiting Service"
aliases = ["Teifi Vale Health Visiting"]
published_as = "Health Visiting Service"

[[agencies]]
name = "Ysgol Gynradd Cwmderwen"
aliases = ["Cwmderwen Primary", "Cwmderwen Primary School"]

[[agencies]]
name = "Glan Teifi Surgery"
aliases = ["Glan Teifi Medical Practice"]

[[agencies]]
name = "Cylch Meithrin Derwen Fach"
aliases = ["Derwen Fach"]
published_as = "the nursery"

[[people]]
name = "Nia Prydderch"
aliases = ["Nini", "Nia Morfudd"]
role = "child"
pseudonym = "Child W"
born = "14-02-2017"
address = "7 Heol y Felin, Cwmderwen, Bro Teifi SA19 4QX"

[[people]]
name = "Macsen Prydderch"
aliases = ["Macs"]
role = "sibling"
pseudonym = "Sibling"
born = "03-09-2021"
address = "7 Heol y Felin, Cwmderwen, Bro Teifi SA19 4QX"

[[people]]
name = "Siân Prydderch"
aliases = ["Sian Prydderch", "Siân Morfudd"]
role = "mother"
pseudonym = "Mother"
born = "22-11-1996"
address = "7 Heol y Felin, Cwmderwen, Bro Teifi SA19 4QX"

[[people]]
name = "Kester Dee"
aliases = ["Kes"]
role = "mother's partner"
pseudonym = "Mr A"
born = "09-06-1990"
address = "7 Heol y Felin, Cwmderwen, Bro Teifi SA19 4QX"

[[people]]
name = "Lee Carnew"
role = "father"
pseudonym = "Father"
born = "30-01-1994"

[[people]]
name = "Glenys Prydderch"
aliases = ["Nain Glenys"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "05-05-1968"
address = "22 Maes y Dderwen, Cwmderwen, Bro Teifi SA19 4QZ"

[[staff]]
name = "Bethan Aldous"
role = "health visitor"
agency = "Teifi Vale Health Board Health Visiting Service"

[[staff]]
name = "Owain Trefor-Jenkins"
role = "social worker"
agency = "Bro Teifi Children's Services"

[[staff]]
name = "Ffion Gallow"
role = "police constable"
agency = "Dyfed-Powys Police"

[[staff]]
name = "Carys Wenallt"
role = "headteacher"
agency = "Ysgol Gynradd Cwmderwen"
'''

IDENTIFIERS = {
    "key_name": ["Nia Prydderch", "Nia", "Nia's", "Macsen Prydderch", "Macsen", "Siân Prydderch",
                 "Sian Prydderch", "Siân", "Sian", "Siân's", "Kester Dee", "Kester", "Mr Dee",
                 "Mr Dee's", "Lee Carnew", "Mr Carnew", "Glenys Prydderch", "Glenys",
                 "Prydderch", "Prydderchs"],
    "nickname": ["Nini", "Macs", "Kes", "Nain Glenys", "Siân Morfudd", "Nia Morfudd"],
    "misspelling": ["Pryderch", "Maxen", "Kestor"],
    "initials": ["N.P.", "NP", "S.P.", "K-D", "KD"],
    "not_in_key": ["Olwen Hartigan", "Mrs Hartigan", "Dai Pugh", "Dai Shed", "Rhian Prydderch",
                   "Auntie Rhian"],
    "staff": ["Bethan Aldous", "Ms Aldous", "Owain Trefor-Jenkins", "Owain", "Ffion Gallow",
              "PC Gallow", "Carys Wenallt", "Mrs Wenallt"],
    "address": ["7 Heol y Felin", "Heol y Felin", "22 Maes y Dderwen", "Maes y Dderwen",
                "Cwmderwen"],
    "postcode": ["SA19 4QX", "SA19", "4QX", "SA19 4QZ"],
    "agency_place": ["Ysgol Gynradd Cwmderwen", "Cwmderwen Primary", "Glan Teifi Surgery",
                     "Glan Teifi", "Cylch Meithrin Derwen Fach", "Derwen Fach",
                     "Cwmderwen Police Station"],
    "number": ["07700 900417", "01632 960288", "485 777 3456", "BT/22/04417", "2291"],
    "date_of_birth": ["14 February 2017", "14/02/2017", "3 September 2021", "22.11.1996",
                      "05-05-1968"],
    "social_media": ["sian.prydderch@example.org", "@siani_morfudd96", "Kes Dee Official"],
}

ORDINARY = [
    "Child Practice Review", "Social Services and Well-being (Wales) Act 2014",
    "Wales Safeguarding Procedures", "Working Together to Safeguard Children",
    "Morriston Hospital", "Noah's Ark Children's Hospital for Wales", "Victoria Climbié",
    "Lord Laming", "Peter Connelly", "NSPCC", "Childline", "Welsh Women's Aid", "MARAC",
    "DASH risk assessment", "Graded Care Profile 2", "Ages and Stages Questionnaire",
    "Flying Start", "Detective Sergeant", "Year 2", "St David's Day", "Urdd Eisteddfod",
    "Christmas Eve", "Shrove Tuesday", "Staffordshire Bull Terrier", "Snapchat", "WhatsApp",
    "Crohn's disease", "Care Inspectorate Wales", "Portugal", "River Dee", "the Tudors",
    "Initial Child Protection Conference", "Team Around the Family", "Public Protection Notice",
    "CAMHS", "NO FURTHER ACTION", "Bonfire Night", "Xbox", "Police Constable", "Cardiff",
]

INVOLVEMENT = [
    "Health Visiting first knew Nia Prydderch (N.P.) through the Flying Start programme. "
    "Bethan Aldous completed the Ages and Stages Questionnaire at 7 Heol y Felin when Nia was "
    "two; Siân Prydderch told her she had Crohn's disease and was often too tired to take Nia "
    "to Derwen Fach. Nain Glenys, who lives at 22 Maes y Dderwen, helped with the school run.",
    "On Shrove Tuesday 2022 a Police Constable, PC Gallow (collar number 2291), attended "
    "Heol y Felin after the neighbour, Olwen Hartigan, rang 999 reporting shouting. Kester Dee "
    "had left before officers arrived. A DASH risk assessment was graded standard and a Public "
    "Protection Notice was shared with Bro Teifi Children's Services, who recorded NO FURTHER "
    "ACTION under reference BT/22/04417.",
    "Macsen Prydderch was born on 3 September 2021. At the new birth visit Ms Aldous noted a "
    "Staffordshire Bull Terrier in the kitchen and that Mr Dee's friend Dai Pugh, known as "
    "Dai Shed, was staying on the sofa. Siân's mobile (07700 900417) was often switched off, "
    "so messages were left with Glenys on 01632 960288.",
    "Nia (date of birth 14 February 2017, recorded by Glan Teifi Surgery as 14/02/2017) "
    "started Year 2 at Ysgol Gynradd Cwmderwen in September 2023. Mrs Wenallt, the "
    "headteacher, noticed Nini arriving hungry after the weekend and dressed as a daffodil "
    "for St David's Day with bruising to her upper arm. The class had been learning about "
    "the Tudors, and Nia's drawing showed \"Kes\" shouting.",
    "Owain Trefor-Jenkins held a Team Around the Family meeting at Cwmderwen Primary. Mr Dee "
    "did not attend; he messaged Siân Morfudd on WhatsApp and posted on Snapchat as "
    "@siani_morfudd96's friend and on a Facebook page called Kes Dee Official. Lee Carnew, "
    "working in Portugal, was not contacted, and Mr Carnew's NHS number 485 777 3456 was "
    "wrongly linked to Macsen's record.",
    "On Christmas Eve 2023 Macs was taken to Morriston Hospital with a scald; he was "
    "transferred to Noah's Ark Children's Hospital for Wales in Cardiff. A Detective "
    "Sergeant from Cwmderwen Police Station interviewed Kestor (sic) and the case went to an "
    "Initial Child Protection Conference. Auntie Rhian (Rhian Prydderch) offered to care for "
    "both children.",
    "After Bonfire Night 2023 the school had shared a concern that Nia said Mr Dee kept her up "
    "playing the Xbox. Cylch Meithrin Derwen Fach had earlier noted that Maxen (as the "
    "nursery spelt Macsen) was rarely collected by the same adult, and that the Pryderch "
    "family had moved from a caravan near the River Dee.",
]

ANALYSIS = [
    "Agencies saw the Prydderchs one incident at a time. The Wales Safeguarding Procedures "
    "expect each referral to be considered against the family's history, and the Social "
    "Services and Well-being (Wales) Act 2014 places a duty to report a child at risk; no "
    "one drew together the events at Heol y Felin and Maes y Dderwen (SA19 4QZ), although "
    "Mrs Hartigan rang more than once.",
    "Siân Prydderch's health was treated as the explanation for neglect. A Graded Care "
    "Profile 2 was never completed although Bethan Aldous suggested one, and the referral to "
    "CAMHS for Nia was closed when Sian Prydderch did not reply to letters sent to SA19 4QX.",
    "The voice of the child was missing. Like Victoria Climbié, whose inquiry was led by "
    "Lord Laming, and Peter Connelly, Nia was seen but not asked about life with Kester. "
    "Glenys Prydderch (S.P.'s mother, born 05-05-1968) was not asked either.",
    "Referrals from MARAC were not cross-checked against Glan Teifi records for K-D, and the "
    "school's call to Childline information was not shared with the nursery.",
]

LEARNING = [
    "Learning point 1: when Nia Prydderch (NP) was seen at Cwmderwen Primary School with "
    "bruising, staff should have followed the Wales Safeguarding Procedures and Working "
    "Together to Safeguard Children, not waited for Siân to explain. The NSPCC and Welsh "
    "Women's Aid both provide guidance that Mr Dee's controlling behaviour was a risk to Nia "
    "and Macsen, and Nain Glenys should have been seen as a source of information.",
    "Learning point 2: information held about KD and Dai Pugh by Dyfed-Powys Police was not "
    "known to Owain or to Ffion Gallow's supervisor. A Child Practice Review in Bro Teifi "
    "must ask whether the Staffordshire Bull Terrier and the adults staying at 7 Heol y Felin "
    "(SA19) were considered. The NHS number error on Macsen Prydderch's record shows why "
    "Care Inspectorate Wales asks for records to be checked.",
    "Learning point 3: the Urdd Eisteddfod entry Nia Morfudd made with Carys Wenallt showed "
    "her talent, and professionals recorded her strengths as well as her needs.",
    "Learning point 4: the email sian.prydderch@example.org was the only reliable contact "
    "for Siân Prydderch and the dates of birth 22.11.1996 and 14 February 2017 were "
    "recorded differently across Glan Teifi Surgery and Cylch Meithrin Derwen Fach.",
]

RECOMMENDATIONS = [
    ("Ysgol Gynradd Cwmderwen and Cwmderwen Primary staff must record the voice of the "
     "child, as Nia Prydderch's case and the Victoria Climbié inquiry show, and use the "
     "Graded Care Profile 2 with Flying Start",
     "Train staff on the Wales Safeguarding Procedures", "Headteacher", "31-03-2025"),
    ("Police must share every Public Protection Notice about Kester Dee or any adult at "
     "Heol y Felin, SA19 4QX, with Health Visiting and Glan Teifi Surgery, and check MARAC "
     "records for the Prydderch household",
     "Audit Public Protection Notice sharing", "Detective Sergeant", "30-06-2025"),
    ("Children's Social Care must check sibling records, as with Macsen and Mr Carnew's "
     "NHS number 485 777 3456, and involve Nain Glenys and Auntie Rhian in planning",
     "Review record linking", "Head of Service", "30-09-2025"),
]

CASE = HeldOut(
    reference="BTSB-CPR-2024-03",
    case_toml=CASE_TOML,
    identifiers=IDENTIFIERS,
    ordinary=ORDINARY,
    involvement=INVOLVEMENT,
    analysis=ANALYSIS,
    learning=LEARNING,
    recommendations=RECOMMENDATIONS,
    header="Child W (Nia Prydderch) - Bro Teifi Children's Services - Owain Trefor-Jenkins",
    footer="7 Heol y Felin, Cwmderwen SA19 4QX - Siân Prydderch 07700 900417",
    comment="Check with Bethan Aldous whether Kester Dee still lives with Nini and Macs.",
    footnote="Glan Teifi Surgery record for Nia (14/02/2017); Lee Carnew informed via Glenys.",
)
