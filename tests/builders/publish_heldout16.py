"""Held-back publication case 16, written blind without sight of the anonymiser: a
fictional Welsh family and fictional agencies; every name, address and number is invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = '''reference = "CPR-2023-016"
review = "Child Practice Review"
subject = "Child M"
period = { from = "01-09-2020", to = "28-02-2023" }
board = "Teifi Vale Regional Safeguarding Board"

[[agencies]]
name = "Dyfed-Powys Police"
aliases = ["DPP"]
published_as = "the police"

[[agencies]]
name = "Cwmgarreg Children's Services"
aliases = ["Children's Services"]

[[agencies]]
name = "Teifi Vale Health Visiting Service"
aliases = ["Health Visiting"]

[[agencies]]
name = "Ysgol Gynradd Cwmgarreg"
aliases = ["Cwmgarreg Primary"]
published_as = "the primary school"

[[agencies]]
name = "Meddygfa Glan Teifi"
published_as = "the GP practice"

[[agencies]]
name = "Ty Enfys Family Centre"
aliases = ["Tŷ Enfys"]

[[people]]
name = "Tegwen Ravensholt"
aliases = ["Teggy", "Tegi"]
role = "child"
pseudonym = "Child M"
born = "14-02-2015"
address = "27 Heol Cynfelyn, Cwmgarreg, SA48 7QJ"

[[people]]
name = "Siân Ravensholt"
aliases = ["Sian Ravensholt", "Siani"]
role = "mother"
pseudonym = "Mother"
born = "03-09-1991"
address = "27 Heol Cynfelyn, Cwmgarreg, SA48 7QJ"

[[people]]
name = "Brandon Mould"
aliases = ["Bran"]
role = "mother's partner"
pseudonym = "Mr Y"
born = "22-11-1987"

[[people]]
name = "Ffion Ravensholt"
role = "sibling"
pseudonym = "Sibling 1"
born = "06-05-2019"

[[people]]
name = "Morfudd Ravensholt"
aliases = ["Nain Morfudd"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"

[[staff]]
name = "Eirlys Tanat-Jones"
role = "Health Visitor"
agency = "Teifi Vale Health Visiting Service"

[[staff]]
name = "Rhodri Penwyn"
role = "Social Worker"
agency = "Cwmgarreg Children's Services"

[[staff]]
name = "Huw Frost"
role = "Detective Constable"
agency = "Dyfed-Powys Police"

[[staff]]
name = "Olwen Carbery"
role = "Headteacher"
agency = "Ysgol Gynradd Cwmgarreg"
'''

IDENTIFIERS = {
    "key_name": ["Tegwen Ravensholt", "Tegwen", "Tegwen's", "Ravensholt", "Ravensholts",
                 "Siân", "Sian", "Siân's", "Brandon Mould", "Mr Mould", "Mould's",
                 "Brandon", "Ffion", "Morfudd", "Ms Ravensholt"],
    "nickname": ["Teggy", "Tegi", "Siani", "Bran", "Nain Morfudd"],
    "misspelling": ["Ravenshold", "Tegwyn"],
    "initials": ["T.R.", "SR", "B.M."],
    "not_in_key": ["Dilwyn Prothero", "Mr Prothero", "Kez Ashmole", "Kez"],
    "staff": ["Eirlys Tanat-Jones", "Eirlys", "Rhodri Penwyn", "Mr Penwyn", "DC Frost",
              "Huw Frost", "Olwen Carbery", "Mrs Carbery"],
    "address": ["27 Heol Cynfelyn", "Heol Cynfelyn", "Cwmgarreg"],
    "postcode": ["SA48 7QJ", "SA48", "7QJ"],
    "agency_place": ["Ysgol Gynradd Cwmgarreg", "Meddygfa Glan Teifi", "Glan Teifi",
                     "Tŷ Enfys", "Ty Enfys"],
    "number": ["07700 900417", "943 476 5919", "DP-2022-0418-117"],
    "date_of_birth": ["14 February 2015", "14/02/2015"],
    "social_media": ["@sianir91", "siani.r@example.org"],
}

ORDINARY = [
    "black mould", "hard frost", "Detective Sergeant", "MARAC", "DASH risk assessment",
    "St David's Day", "Valentine's Day", "Christmas Eve", "Wednesday",
    "Social Services and Well-being (Wales) Act 2014", "Wales Safeguarding Procedures",
    "Victoria Climbié", "Peter Connelly", "Graded Care Profile 2",
    "University Hospital of Wales", "Great Ormond Street Hospital", "NSPCC", "Childline",
    "Women's Aid", "Year 3", "Perthes disease", "Staffordshire bull terrier", "XL Bully",
    "Snapchat", "WhatsApp", "Flying Start", "NHS 111", "Emergency Department", "CAMHS",
    "Team Around the Family", "Healthy Child Wales Programme", "Operation Encompass",
    "Children Act 1989", "Care Inspectorate Wales", "Universal Credit", "Calpol",
    "Bonfire Night", "WORKING TOGETHER",
]

INVOLVEMENT = [
    "The Health Visiting Service first met Tegwen Ravensholt (T.R.) and her mother Siân at "
    "27 Heol Cynfelyn, Cwmgarreg, SA48 7QJ in September 2020 under the Healthy Child Wales "
    "Programme. Health Visitor Eirlys Tanat-Jones noted black mould in the back bedroom and "
    "that the family had just moved onto Universal Credit; the family was referred to "
    "Flying Start and to Tŷ Enfys for a parenting group.",
    "Tegwen, born 14 February 2015, told staff that her birthday was on Valentine's Day and "
    "that everyone called her Teggy. Her younger sister Ffion was then eighteen months old. "
    "The records also spell the child's name as Tegwyn and the family name as Ravenshold, "
    "which meant that two files were opened for the same family.",
    "On Bonfire Night 2021 a neighbour, Dilwyn Prothero, called the police to report "
    "shouting. DC Frost attended and completed a DASH risk assessment with Sian, which was "
    "graded medium; Brandon Mould, known to friends as Bran, had left before officers "
    "arrived. Crime reference DP-2022-0418-117 was later linked to the same address. "
    "An Operation Encompass notice was sent to Ysgol Gynradd Cwmgarreg the next morning.",
    "In Year 3 Tegwen's class teacher noticed she was limping. Meddygfa Glan Teifi referred "
    "her to the University Hospital of Wales, where Perthes disease was diagnosed; a review "
    "at Great Ormond Street Hospital was discussed but not pursued. Her NHS number, "
    "943 476 5919, was recorded wrongly on the referral letter.",
    "On Christmas Eve 2021 Siân's mobile, 07700 900417, was used to call NHS 111 about a "
    "burn to Tegwen's arm; the mother said she had given Calpol. The Emergency Department "
    "did not make a safeguarding referral. Nain Morfudd told the school that Mr Mould kept "
    "a Staffordshire bull terrier and an XL Bully in the yard.",
    "Rhodri Penwyn, the allocated social worker, completed a Graded Care Profile 2 on a "
    "Wednesday in January 2022 and convened a Team Around the Family meeting. Mrs Carbery "
    "reported that Tegi was often hungry and that Kez Ashmole, a friend of Brandon, "
    "collected the girls from school without permission.",
    "Strategy discussions under the Children Act 1989 and the Wales Safeguarding Procedures "
    "followed a disclosure to Childline in March 2022. The case was heard at MARAC, and "
    "Women's Aid offered Ms Ravensholt a refuge place outside Cwmgarreg, which she declined.",
]

ANALYSIS = [
    "Professionals relied on what Siani told them and did not test it against what the "
    "children said. Mr Penwyn accepted that Mr Mould (B.M.) had left the household because "
    "the mother said so, although the school had seen him at the gate.",
    "The threshold for a referral to CAMHS was not met, yet Tegwen's withdrawal in class "
    "was recorded by Olwen Carbery on four occasions. The school used a Snapchat account, "
    "@sianir91, to contact the mother, and messages sent on WhatsApp were not kept on file.",
    "A Detective Sergeant reviewed the medium DASH grading but did not know that Kez had "
    "been seen at 27 Heol Cynfelyn. Huw Frost was not told of the Emergency Department "
    "attendance, which was the second injury in a year to the same child.",
    "The review notes the learning from the Victoria Climbié inquiry and from the death of "
    "Peter Connelly: several agencies each held a part of the picture of the Ravensholts "
    "and nobody brought it together.",
]

LEARNING = [
    "Health visitors and school staff in Cwmgarreg must share concerns about home "
    "conditions, such as black mould, with Children's Services; Eirlys Tanat-Jones had "
    "raised them with Siân twice but never recorded them as neglect under the Social "
    "Services and Well-being (Wales) Act 2014.",
    "Records for Tegwen Ravensholt were split between two spellings (Ravenshold and "
    "Tegwyn) and the date of birth 14/02/2015 was typed wrongly at Meddygfa Glan Teifi; "
    "the NSPCC has highlighted the risk of duplicate records, and Care Inspectorate Wales "
    "raised the same point. Staff at Ty Enfys knew the mother by the email "
    "siani.r@example.org only.",
    "Practitioners should be curious about new adults in the household: Mr Mould's dogs, "
    "the visits of Kez Ashmole and the concern of Mr Prothero were all known to someone.",
    "The Welsh guidance and the English WORKING TOGETHER guidance both expect agencies "
    "to escalate disagreement; nobody escalated when Rhodri Penwyn closed the case just "
    "before St David's Day, on a morning of hard frost when the children were again "
    "found without heating.",
]

RECOMMENDATIONS = [
    ("Health visitors must record home conditions such as black mould seen at addresses "
     "like Heol Cynfelyn, and refer to Flying Start and the Graded Care Profile 2 when "
     "they recur, as they did for Tegwen",
     "Audit of home visit records", "Head of Health Visiting", "30-09-2023"),
    ("Ysgol Gynradd Cwmgarreg and every primary school must pass Operation Encompass "
     "notices, and any contact from Childline or NHS 111 about a child such as Teggy, to "
     "the designated safeguarding lead the same day",
     "Briefing for designated safeguarding leads", "Education Safeguarding Lead",
     "31-12-2023"),
    ("The MARAC and the Detective Sergeant reviewing each DASH risk assessment must check "
     "for adults not named by the victim, as Brandon Mould and Kez were not",
     "Change to the MARAC referral form", "Detective Inspector", "31-03-2024"),
]

CASE = HeldOut(
    "CPR-2023-016", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="Child Practice Review Child M (Tegwen Ravensholt, SA48 7QJ): OFFICIAL-SENSITIVE",
    footer="Report on the Ravensholt family, 27 Heol Cynfelyn, Cwmgarreg - do not copy",
    comment="Check with Eirlys whether Nain Morfudd still lives near Tŷ Enfys.",
    footnote="Mrs Carbery's note of Tegwen's hunger, copied to DC Frost and to SR.",
)
