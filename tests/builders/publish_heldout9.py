"""Held-back publication case 9, written blind (without reading the anonymiser, the gate or
any other held-back case): a Welsh-born fifteen-year-old exploited through county lines in a
northern English borough; every name, place, number and handle in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "KSCP-CSPR-2021-03"

CASE_TOML = '''\
reference = "KSCP-CSPR-2021-03"
review = "Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-04-2019", to = "28-02-2021" }
board = "Kirkmoor Safeguarding Children Partnership"

[[agencies]]
name = "West Pennine Police"
aliases = ["WPP", "Police"]

[[agencies]]
name = "Kirkmoor Children's Social Care"
aliases = ["CSC", "Children's Services"]

[[agencies]]
name = "Kirkmoor Health Visiting Service"
aliases = ["0-19 Service", "Health Visiting"]

[[agencies]]
name = "Ravensknowle Academy"
aliases = ["Ravensknowle", "RKA"]

[[agencies]]
name = "Highfold Medical Practice"
aliases = ["Highfold Surgery", "Highfold"]
published_as = "the GP practice"

[[agencies]]
name = "Kirkmoor Youth Justice Service"
aliases = ["YJS", "Youth Offending Team", "YOT"]

[[agencies]]
name = "Pennine Vale Homes"
aliases = ["PVH"]
published_as = "the housing provider"

[[people]]
name = "Rhydian Ezeh"
aliases = ["Rhydian", "Rhyd", "Ghost", "R.E."]
role = "Child"
pseudonym = "Child T"
born = "14-03-2005"
address = "27 Sowerby Bank Road, Broadholme, Kirkmoor, KM4 7RT"

[[people]]
name = "Siân Ezeh"
aliases = ["Sian Ezeh", "Siân", "Sian", "Siân Parry", "Mrs Ezeh", "Ms Parry", "SE"]
role = "Mother"
pseudonym = "Mother"
sex = "female"
born = "02-11-1984"
address = "27 Sowerby Bank Road, Broadholme, Kirkmoor, KM4 7RT"
mother_of = ["Rhydian Ezeh", "Ffion Ezeh", "Kobi Gaunt"]
partner_of = [{ name = "Lee Gaunt", from = "01-12-2019" }]
lives_with = ["Lee Gaunt", "Rhydian Ezeh", "Ffion Ezeh", "Kobi Gaunt"]

[[people]]
name = "Obinna Ezeh"
aliases = ["Obinna", "Obi", "Mr Ezeh"]
role = "Father"
pseudonym = "Father"
sex = "male"
born = "19-07-1979"
father_of = ["Rhydian Ezeh", "Ffion Ezeh"]

[[people]]
name = "Lee Gaunt"
aliases = ["Lee", "Mr Gaunt", "Gaunty", "LG"]
role = "Mother's partner"
pseudonym = "Adult M"
sex = "male"
born = "23-01-1988"
address = "Flat 12, Netherfold House, Kirkmoor, KM2 3HD"
father_of = ["Kobi Gaunt"]

[[people]]
name = "Ffion Ezeh"
aliases = ["Ffion", "Ffi"]
role = "Sibling"
pseudonym = "Sibling A"
sex = "female"
born = "30-06-2013"

[[people]]
name = "Kobi Gaunt"
aliases = ["Kobi"]
role = "Sibling"
pseudonym = "Sibling B"
sex = "male"
born = "08-06-2020"

[[staff]]
name = "Marcia Holroyd"
code = "SW1"
role = "Social Worker"
agency = "Kirkmoor Children's Social Care"

[[staff]]
name = "Jordan Fell"
code = "PC1"
role = "Police Constable"
agency = "West Pennine Police"

[[staff]]
name = "Alison Buckley"
code = "HV1"
role = "Health Visitor"
agency = "Kirkmoor Health Visiting Service"

[[staff]]
name = "Anwen Pritchard-Lowe"
code = "GP1"
role = "General Practitioner"
agency = "Highfold Medical Practice"

[[staff]]
name = "Imran Sadiq"
code = "YJ1"
role = "Youth Justice Case Manager"
agency = "Kirkmoor Youth Justice Service"
'''

IDENTIFIERS = {
    "key_name": [
        "Rhydian Ezeh", "Rhydian", "Rhydian's", "Ezeh", "Siân Ezeh", "Siân", "Siân's",
        "Sian Ezeh", "Sian", "Siân Parry", "Ms Parry", "Mrs Ezeh", "Obinna Ezeh", "Obinna",
        "Mr Ezeh", "Lee Gaunt", "Lee", "Lee's", "Mr Gaunt", "Ffion Ezeh", "Ffion", "Kobi Gaunt",
        "Kobi", "Kobi's",
    ],
    "nickname": ["Rhyd", "Ghost", "Obi", "Gaunty", "Ffi"],
    "initials": ["R.E.", "S E", "LG"],
    "misspelling": ["Rhidian", "Ezah", "Rhydion", "Ffyon"],
    "not_in_key": [
        "Nain Glenys", "Glenys Parry", "Glenys", "Kacper Wójcik", "Kacper Wojcik", "Kacper",
        "Kaz", "Bernadette Hinchliffe", "Mrs Hinchliffe", "Bernie", "Auntie Dawn", "Dawn Gaunt",
        "Mr Kershaw", "Tasmin O'Rourke", "Miss O'Rourke", "Whitworth",
    ],
    "staff": [
        "Marcia Holroyd", "Marcia", "Ms Holroyd", "Jordan Fell", "PC Fell", "Alison Buckley",
        "Alison", "Anwen Pritchard-Lowe", "Dr Pritchard-Lowe", "Imran Sadiq", "Mr Sadiq",
    ],
    "address": [
        "27 Sowerby Bank Road", "Sowerby Bank Road", "Sowerby Bank", "Broadholme",
        "Flat 12, Netherfold House", "Netherfold House", "Flat 3, Tŷ Gwyn", "Tŷ Gwyn", "Ty Gwyn",
        "Heol y Felin", "Cwmderwen",
    ],
    "postcode": ["KM4 7RT", "KM4", "7RT", "KM2 3HD", "LL54 7ZQ"],
    "agency_place": [
        "Ravensknowle Academy", "Ravensknowle", "RKA", "Highfold Medical Practice", "Highfold",
        "Broadholme Primary School", "Cwmderwen Comprehensive", "Spring Lane",
    ],
    "number": [
        "07700 900417", "01632 960283", "999 041 7726", "WP/20/118734", "YK09 FZP",
    ],
    "email": ["sian.ezeh84@example.org"],
    "social_media": ["@rhyd_ghost05", "ghxst.rhyd"],
    "date_of_birth": ["14/03/2005", "14.03.2005", "02.11.1984", "23-01-1988", "30/06/2013",
                      "08/06/2020", "19-07-1979"],
}

ORDINARY = [
    "fell asleep in lessons", "looked gaunt", "RE lessons", "a dawn raid", "the spring term",
    "food bank", "Trussell Trust", "Year 10", "Bonfire Night", "Boxing Day",
    "St David's Day", "New Year's Eve", "October half term", "Osgood-Schlatter disease",
    "Crohn's disease", "Edinburgh Postnatal Depression Scale", "Staffordshire bull terrier",
    "Sheffield Children's Hospital", "Lagos", "Welsh-medium", "Talk to FRANK",
    "St Giles Trust", "Barnardo's", "Citizens Advice", "Shelter", "Snapchat",
    "PlayStation 4", "CPOMS", "AssetPlus", "Graded Care Profile 2",
    "National Referral Mechanism", "Modern Slavery Act 2015", "Children Act 1989", "Working Together to Safeguard Children 2018",
    "It was hard to escape", "Daniel Pelka", "Operation Encompass", "OFFICIAL SENSITIVE",
    "a PCSO", "Social Services and Well-being (Wales) Act 2014",
]

INVOLVEMENT = [
    "Rhydian Ezeh (DOB 14/03/2005) moved in April 2019 with his mother Siân Ezeh (née Parry, "
    "DOB 02.11.1984) and his sister Ffion (DOB 30/06/2013) from Flat 3, Tŷ Gwyn, Heol y Felin, "
    "Cwmderwen LL54 7ZQ to 27 Sowerby Bank Road, Broadholme, KM4 7RT, a tenancy with Pennine "
    "Vale Homes, after Siân's relationship with Rhydian's father Obinna Ezeh ended. Cwmderwen "
    "Comprehensive sent no safeguarding file; Rhydian had been taught in the Welsh-medium "
    "stream and his attendance had been good. Ffion joined Broadholme Primary School in Year 3 "
    "and Rhydian joined Ravensknowle Academy in Year 10 in September 2019, where the admissions "
    "record spelt him 'Rhidian Ezah' until the spring term.",

    "During the autumn term Rhydian fell asleep in lessons, missed RE lessons and PE, and told "
    "his Head of Year, Miss Tasmin O'Rourke, that his knee hurt; on 21/10/2019 Dr "
    "Anwen Pritchard-Lowe at Highfold Medical Practice diagnosed Osgood-Schlatter disease and noted "
    "that Rhyd 'looked gaunt' and had lost weight. On 06/11/2019, the night after Bonfire "
    "Night, a PCSO brought him home at 02:40 after fireworks were thrown at a bus, and PC Fell "
    "(Jordan Fell) submitted a child concern report, WP/20/118734 in the later crime file. The "
    "designated safeguarding lead, Mr Kershaw, found a Snapchat account, @rhyd_ghost05, showing "
    "R.E. with cash and a new PlayStation 4, and logged on CPOMS that older boys called him "
    "'Ghost'.",

    "Siân's partner Lee Gaunt (DOB 23-01-1988), 'Gaunty' to the family, moved in during "
    "December 2019. Pennine Vale Homes recorded arrears from January 2020 (tenant: S E, the "
    "tenancy still in the name of Ms Parry, telephone 01632 960283) and referred Siân to Citizens Advice about Universal Credit "
    "deductions and to the Trussell Trust food bank. On Boxing Day 2019 the neighbour, "
    "Bernadette Hinchliffe, told the housing officer that a Staffordshire bull terrier was "
    "left on the balcony and that young men came and went at night; Mrs Hinchliffe ('Bernie' in "
    "the housing notes) was thanked and the report was closed as anti-social behaviour. On St "
    "David's Day, 01/03/2020, police attended a domestic incident between Siân and Lee; LG had "
    "left before officers arrived, and Operation Encompass notifications reached Ravensknowle "
    "Academy and Broadholme Primary School the next morning.",

    "On 12/03/2020 Rhydian was stopped in a car, registration YK09 FZP, driven by Kacper "
    "Wójcik, aged 19 and known as 'Kaz', with £640 and wraps of Class A drugs. The custody "
    "record spells the driver 'Kacper Wojcik' and the passenger as 'Rhydion Ezeh' (mother Sian Ezeh). A strategy discussion under Section 47 of the "
    "Children Act 1989 was held on 17/03/2020, and the minutes, marked OFFICIAL SENSITIVE, were "
    "not sent to the school. DS Whitworth made a National Referral Mechanism referral under the "
    "Modern Slavery Act 2015 in May 2020, and the Single Competent Authority made a positive "
    "reasonable grounds decision. The social worker, Marcia Holroyd, visited once before the "
    "first lockdown and afterwards spoke to Siân by WhatsApp video; Rhydian would not come to "
    "the screen.",

    "Kobi Gaunt was born on 08/06/2020. The health visitor, Alison Buckley, did the new birth "
    "visit by telephone under the COVID-19 arrangements and used the Edinburgh Postnatal "
    "Depression Scale at the six-to-eight-week contact, when Siân scored 15 and spoke of her "
    "Crohn's disease flaring; the GP had last seen Mrs Ezeh in 2019. Alison recorded that Lee was 'in and out' and collected a "
    "methadone prescription from the Spring Lane recovery hub. Kobi's record was not linked to "
    "Rhydian's or Ffion's, so the health visitor did not know that Rhydian was subject to a "
    "child protection plan, and the ASQ-3 review due at nine months was not done.",

    "After Rhydian received a Youth Conditional Caution for possession of a bladed article in "
    "September 2020, the case manager, Imran Sadiq, completed AssetPlus. Rhydian told Mr Sadiq "
    "that he owed Kaz for drugs that had been taken from him, the debt bondage described in the "
    "national panel's review It was hard to escape. Mr Sadiq referred him to the St Giles Trust "
    "SOS project and gave him the Childline and Talk to FRANK numbers; the CAMHS referral was "
    "declined. Rhydian went missing three times over the October half term, and Barnardo's "
    "completed the return home interviews.",

    "On New Year's Eve 2020 Rhydian was found by police in a flat in another force area. On "
    "11/02/2021, a week after the family was moved in an emergency to Flat 12, Netherfold House, "
    "KM2 3HD, he arrived at A&E with stab wounds to his thigh and was transferred to Sheffield "
    "Children's Hospital (NHS number 999 041 7726). Siân had been ringing his mobile, 07700 "
    "900417, for hours; Auntie Dawn (Dawn Gaunt) looked after Ffion Ezeh and Kobi, and Nain Glenys, "
    "the maternal grandmother Glenys Parry, travelled from Wales. Police carried out a dawn raid "
    "on an address linked to Kacper the next day. No agency contacted Mr Ezeh, who spends part of "
    "each year in Lagos.",
]

ANALYSIS = [
    "Practitioners saw Rhydian as a boy making choices rather than as a child being exploited. "
    "The school's CPOMS entries, the Highfold note that he looked gaunt, the PCSO's report after "
    "Bonfire Night and the housing officer's note of young men visiting Sowerby Bank Road were "
    "each right in themselves, but nobody put them together before the stop in March 2020, although police intelligence already placed the line's "
    "customers across the KM4 district. As "
    "in the review after the death of Daniel Pelka, the child's own voice is almost absent from "
    "the records: Rhydian's wishes and feelings were recorded only once, by the Youth Justice "
    "Service in AssetPlus.",

    "The reports from Mrs Hinchliffe about 27 Sowerby Bank Road were closed by Pennine Vale "
    "Homes as anti-social behaviour. The housing officer had not had safeguarding training "
    "since 2016 and did not know that the Staffordshire bull terrier on the balcony and the "
    "visitors at night are recognised signs of cuckooing. Shelter's guidance to social "
    "landlords, and Working Together to Safeguard Children 2018, both expect housing staff to "
    "refer such concerns to children's social care.",

    "Health records for the household were held in three places: Highfold Medical Practice "
    "held Siân's and Lee's records, the 0-19 Service held Kobi's and Ffion's, and Rhydian's "
    "child protection plan was flagged only on his own record. The Edinburgh Postnatal "
    "Depression Scale score of 15 was not shared with Dr Pritchard-Lowe, and the Graded Care "
    "Profile 2 was not used although the health visitor recorded a cold flat, no food and the "
    "dog's mess in the kitchen. Mr Gaunt's treatment at Spring Lane was not known to any agency "
    "working with the children.",

    "Information from Wales did not follow the family. Cwmderwen Comprehensive held records, under "
    "his mother's maiden name Siân Parry, of two incidents in Year 9 that were never requested, and the local authority in Wales, "
    "working under the Social Services and Well-being (Wales) Act 2014, was not asked whether "
    "the family had been known. Nain Glenys, who had cared for Rhydian and Ffion in Tŷ Gwyn for "
    "months at a time, was a protective adult whom no practitioner spoke to.",
]

LEARNING = [
    "When Ravensknowle Academy saw Rhydian with cash on Snapchat and logged the name 'Ghost' on "
    "CPOMS in Year 10, this was the first sign of criminal exploitation, and it was read as "
    "behaviour. A boy who fell asleep in lessons, stopped coming to RE lessons and looked "
    "gaunt needed a referral, not a detention. The Operation Encompass notification "
    "after the incident at 27 Sowerby Bank Road on St David's Day reached the school, but Miss O'Rourke and Mr Kershaw did not link it to "
    "what they already knew about R.E. and Kacper Wójcik ('Kaz').",

    "The needs of the adults were the children's needs too. Siân Ezeh's low mood after Kobi's "
    "birth (an Edinburgh Postnatal Depression Scale score of 15), her Crohn's disease, Lee "
    "Gaunt's methadone treatment at Spring Lane and the arrears that sent the family to the "
    "food bank were each known to one agency only. Nain Glenys in Cwmderwen, who had kept Rhydian in "
    "Welsh-medium schooling, and Auntie Dawn in Broadholme were never asked to help keep Rhydian and Ffion safe. The National Referral "
    "Mechanism decision was not shared with the school or the health visitor, Alison Buckley.",

    "Contact by telephone and WhatsApp during the first lockdown meant that neither Ms Holroyd "
    "nor any other practitioner saw Rhydian alone between March and September 2020. The Children Act 1989 and the guidance "
    "after the death of Daniel Pelka both require that the child is seen and heard; a video "
    "call to a mother's phone is not that.",

    "The return home interviews by Barnardo's and the St Giles Trust work were good practice: "
    "Rhydian spoke openly to both. Their findings did not reach the strategy discussions because "
    "neither service was invited, and the Youth Justice Service learned of the child protection "
    "plan from Rhydian himself.",
]

RECOMMENDATIONS = [
    ("Ravensknowle Academy to record street names such as 'Ghost', handles like "
     "@rhyd_ghost05 on CPOMS as exploitation indicators for every Year 10 pupil",
     "Amend the CPOMS categories; brief the safeguarding team",
     "Designated Safeguarding Lead", "31-07-2021"),
    ("Pennine Vale Homes to refer reports like Mrs Hinchliffe's about Sowerby Bank Road to the "
     "MASH under Working Together to Safeguard Children 2018, with Shelter's cuckooing guidance",
     "Train housing officers; audit anti-social behaviour closures",
     "Head of Housing Management", "30-09-2021"),
    ("The 0-19 Service to link Kobi Gaunt's record with Rhydian Ezeh's child protection plan "
     "whenever an Edinburgh Postnatal Depression Scale score is above 12",
     "Change the household linking rule in the health record",
     "Head of 0-19 Services", "31-12-2021"),
]

HEADER = "OFFICIAL SENSITIVE - Rhydian EZEH (R.E.) DOB 14.03.2005 - KM4 7RT"
FOOTER = "Ezeh / Gaunt household, Netherfold House - tel 01632 960283 - Highfold Surgery"
COMMENT = ("RKA pastoral log. Marcia - please confirm whether Nain Glenys (Glenys Parry, Ty Gwyn) was ever "
           "spoken to, and whether Obi was told about the stabbing. CA")
FOOTNOTE = ("Instagram ghxst.rhyd and Snapchat @rhyd_ghost05 were recorded by Mr Kershaw; "
            "Siân's email is sian.ezeh84@example.org; father Obinna born 19-07-1979; Ffi "
            "(Ffyon in the school record) was in Year 3; Rhydion in the custody record.")

CASE = HeldOut(REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
               RECOMMENDATIONS, header=HEADER, footer=FOOTER, comment=COMMENT,
               footnote=FOOTNOTE)
