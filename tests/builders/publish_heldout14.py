"""Held-back publication case 14, written blind without sight of the anonymiser; every
person, family, address, school, surgery and number in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "TGSCB-CPR-2019-03"

CASE_TOML = '''reference = "TGSCB-CPR-2019-03"
review = "Child Practice Review"
subject = "Child T"
period = { from = "01-01-2018", to = "31-07-2019" }
board = "Tywi and Gwendraeth Safeguarding Children Board"

[[agencies]]
name = "Dyfed-Powys Police"
aliases = ["DPP", "Police"]

[[agencies]]
name = "Tywi and Gwendraeth Children's Services"
aliases = ["Children's Services", "CSC"]

[[agencies]]
name = "Hywel Glas University Health Board Health Visiting Service"
aliases = ["Health Visiting", "HGUHB"]

[[agencies]]
name = "Ysgol Gynradd Glanmorlais"
aliases = ["Glanmorlais Primary", "Ysgol Glanmorlais"]
published_as = "the primary school"

[[agencies]]
name = "Tŷ Isaf Surgery"
aliases = ["Ty Isaf Surgery", "Tŷ Isaf"]
published_as = "the GP practice"

[[agencies]]
name = "Flying Start Glanmorlais"
aliases = ["Glanmorlais Flying Start"]

[[people]]
name = "Nia Gwenllïan Rhydderch"
aliases = ["Nia", "Gwenllïan", "Gwenllian", "Nini", "N.G.R.", "NGR"]
role = "Child"
pseudonym = "Child T"
born = "14-03-2016"
address = "7 Heol Caradog, Glanmorlais, SA18 4XQ"

[[people]]
name = "Siân Rhydderch"
aliases = ["Siân", "Sian", "Sian Rhydderch", "Ms Rhydderch", "S.R.", "SR"]
role = "Mother"
pseudonym = "Mother"
born = "02-09-1995"
address = "7 Heol Caradog, Glanmorlais, SA18 4XQ"

[[people]]
name = "Dale Winter"
aliases = ["Dale", "Mr Winter", "Daley", "D.W.", "DW"]
role = "Mother's partner"
pseudonym = "Mr B"
born = "19-11-1990"
address = "7 Heol Caradog, Glanmorlais, SA18 4XQ"

[[people]]
name = "Macsen Rhydderch"
aliases = ["Macsen", "Macs"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "27-06-2013"
address = "7 Heol Caradog, Glanmorlais, SA18 4XQ"

[[people]]
name = "Glenys Rhydderch"
aliases = ["Glenys", "Nain Glenys", "Nain"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
address = "22 Maes yr Odyn, Pontybrenin, SA14 8YJ"

[[staff]]
name = "Bethan Harvey"
code = "HV1"
role = "Health Visitor"
agency = "Hywel Glas University Health Board Health Visiting Service"

[[staff]]
name = "Emyr Christmas"
code = "SW1"
role = "Social Worker"
agency = "Tywi and Gwendraeth Children's Services"

[[staff]]
name = "Lowri Dunmore"
code = "PC1"
role = "Police Constable"
agency = "Dyfed-Powys Police"

[[staff]]
name = "Tomasz Wiśniewski"
code = "GP1"
role = "General Practitioner"
agency = "Tŷ Isaf Surgery"
'''

IDENTIFIERS = {
    "key_name": ["Nia Gwenllïan Rhydderch", "Nia", "Gwenllïan", "Siân Rhydderch", "Siân",
                 "Siân's", "Ms Rhydderch", "Rhydderch", "Dale Winter", "Dale", "Dale's",
                 "Mr Winter", "Macsen", "Glenys", "Glenys Rhydderch"],
    "ascii_spelling": ["Gwenllian", "Sian", "Sian Rhydderch"],
    "misspelling": ["Rhyderch", "Sian Ryderch", "Macson"],
    "nickname": ["Nini", "Daley", "Macs", "Nain Glenys"],
    "initials": ["N.G.R.", "NGR", "S.R.", "SR", "D.W.", "DW"],
    "not_in_key": ["Olwen Prosser", "Mrs Prosser", "Kieran Tuckey", "Tucks",
                   "Jade Amphlett", "Ms Amphlett", "Anwen"],
    "address": ["7 Heol Caradog", "Heol Caradog", "Glanmorlais", "22 Maes yr Odyn",
                "Maes yr Odyn", "Pontybrenin"],
    "postcode": ["SA18 4XQ", "SA18", "4XQ", "SA14 8YJ"],
    "agency_place": ["Ysgol Gynradd Glanmorlais", "Glanmorlais Primary", "Tŷ Isaf Surgery",
                     "Ty Isaf Surgery", "Tŷ Isaf", "Flying Start Glanmorlais"],
    "number": ["07700 900417", "01632 960283", "943 476 5919", "DP-20181203-0457"],
    "email": ["sian.rhydderch95@example.org"],
    "social_media": ["@daleyw88", "Daley Wintz"],
    "date_of_birth": ["14 March 2016", "14/03/2016", "2 September 1995", "19.11.1990",
                      "27 June 2013"],
    "staff": ["Bethan Harvey", "Emyr Christmas", "Mr Christmas", "Lowri Dunmore",
              "PC Dunmore", "Dr Wiśniewski", "Dr Wisniewski", "Tomasz Wiśniewski"],
}

ORDINARY = [
    "winter of 2018", "Christmas Eve", "St David's Day", "Harvest Festival", "Halloween",
    "Easter Monday", "Detective Sergeant", "MARAC", "DASH risk assessment",
    "NO FURTHER ACTION", "Operation Encompass", "Clare's Law",
    "Social Services and Well-being (Wales) Act 2014", "Children Act 1989",
    "Wales Safeguarding Procedures", "Working Together to Safeguard Children",
    "Victoria Climbié", "Arthur Labinjo-Hughes", "Morriston Hospital",
    "Noah's Ark Children's Hospital for Wales", "Welsh Ambulance Service", "NSPCC",
    "Women's Aid", "Childline", "NHS 111 Wales", "Flying Start", "Year 2",
    "Reception class", "Aberdeen", "Care Inspectorate Wales", "Staffordshire Bull Terrier",
    "Facebook Messenger", "WhatsApp", "Kawasaki disease", "Crohn's disease",
    "Ages and Stages Questionnaire", "Graded Care Profile 2", "section 47",
    "Universal Credit", "Welsh Government",
]

INVOLVEMENT = [
    "Nia Gwenllïan Rhydderch (Nia, known at home as Nini) was born on 14 March 2016 at "
    "Glangwili and lived with her mother Siân Rhydderch (born 2 September 1995) and her "
    "brother Macsen (born 27 June 2013) at 7 Heol Caradog, Glanmorlais, SA18 4XQ. The "
    "family were registered with Tŷ Isaf Surgery and were offered Flying Start through "
    "Flying Start Glanmorlais. Siân has Crohn's disease and claimed Universal Credit.",
    "In the winter of 2018 Ms Rhydderch began a relationship with Dale Winter (D.W., date "
    "of birth 19.11.1990), who had returned from offshore work near Aberdeen. Mr Winter "
    "moved into Heol Caradog with a Staffordshire Bull Terrier. The health visitor, Bethan "
    "Harvey, recorded that Dale's dog was kept in the kitchen and that Sian said she felt "
    "'safer with Daley around'. The Ages and Stages Questionnaire was completed for Nia at "
    "two years and showed a delay in speech.",
    "On Christmas Eve 2018 a neighbour, Olwen Prosser, called the police on 01632 960283 "
    "after hearing shouting. PC Lowri Dunmore attended and completed a DASH risk "
    "assessment, graded as standard; the crime reference was DP-20181203-0457. Mrs Prosser "
    "told the officer that 'the little one, Nini, was screaming'. The incident was not "
    "shared through Operation Encompass because Macsen's school, Ysgol Gynradd Glanmorlais, "
    "was closed for the holiday. The case was marked NO FURTHER ACTION.",
    "In January 2019 Dale's former partner, Jade Amphlett, contacted Women's Aid and then "
    "the police to say Mr Winter had assaulted her in 2016. A Clare's Law application was "
    "made by Glenys Rhydderch (Nain Glenys to the children), who lives at 22 Maes yr Odyn, "
    "Pontybrenin, SA14 8YJ. A Detective Sergeant reviewed the request, but no disclosure was "
    "made to S.R. before the case went to MARAC in March 2019.",
    "Macsen, in Year 2 at Glanmorlais Primary, told his teacher around St David's Day that "
    "'Daley shouts at Nia when she wets'. The school made a referral to Children's Services; "
    "social worker Emyr Christmas visited on Easter Monday but saw the children only at the "
    "door. Mr Christmas recorded that Siân's mobile, 07700 900417, and her email, "
    "sian.rhydderch95@example.org, were the contact details. No section 47 enquiry was "
    "opened.",
    "In May 2019 Nia was seen at Ty Isaf Surgery by Dr Tomasz Wiśniewski with a high fever "
    "and a rash; Dr Wisniewski referred her to Morriston Hospital, where Kawasaki disease was "
    "considered and excluded. Her NHS number, 943 476 5919, was recorded against a "
    "misspelt surname, Rhyderch, so the hospital did not see the earlier notes. A friend of "
    "Dale's, Kieran Tuckey (known as Tucks), was staying at the house at the time.",
    "On 22 June 2019 the Welsh Ambulance Service was called to Heol Caradog after NGR was "
    "found unresponsive. She was transferred to Noah's Ark Children's Hospital for Wales "
    "with a fractured femur and burns to her feet. Sian Ryderch, as the ambulance log spelt "
    "her name, said Nia had climbed into the bath. Dale Winter posted on Facebook Messenger "
    "as Daley Wintz and on his public profile @daleyw88 that evening.",
]

ANALYSIS = [
    "Practitioners knew Nini, Nia and Gwenllian as three different children. The "
    "Reception class register used Gwenllïan, the surgery used Nia, and Flying Start used "
    "the family name Nini, so the professional network never joined up what was known. "
    "Flying Start held her date of birth as 14/03/2016. The Wales Safeguarding Procedures "
    "require agencies to check all known names.",
    "The DASH risk assessment on Christmas Eve was completed with Siân in front of Mr "
    "Winter. Nobody asked about the children, and nobody spoke to Macs, who was present. "
    "Since Arthur Labinjo-Hughes and, long before, Victoria Climbié, reviews have said that "
    "the child's voice must be heard directly; here the voice of Macsen was recorded by "
    "the primary school and not acted on.",
    "The MARAC minutes describe DW only as 'the partner' and did not record that he had a "
    "history with Ms Amphlett. The Graded Care Profile 2 was not used, although the health "
    "visitor's notes of a Halloween visit describe dog mess in the kitchen and Nia in a "
    "wet nappy at two and a half years old.",
    "Mrs Prosser and Anwen, a family friend who sometimes collected Macsen from Glanmorlais "
    "Primary, both saw bruising on Nia's legs around Harvest Festival in 2018 but did not "
    "know whom to tell. The NSPCC and Childline were not known to them; NHS 111 Wales was "
    "the only service Sian Rhydderch said she had ever rung for advice.",
]

LEARNING = [
    "When a new adult joins a household, as Dale Winter joined Siân Rhydderch and the "
    "children at 7 Heol Caradog, practitioners must find out who he is and check what the "
    "police know. The duty under the Social Services and Well-being (Wales) Act 2014 and "
    "the Children Act 1989 to look at the whole household applies even when a mother such "
    "as S.R. presents as coping. A Detective Sergeant or MARAC chair should ask for Clare's "
    "Law disclosure to be considered when Nain Glenys or others raise concerns.",
    "Names must be checked in every spelling: Rhydderch and Rhyderch, Siân and Sian, "
    "Gwenllïan and Gwenllian. The misspelling at Morriston Hospital meant the history of "
    "N.G.R. was missed, and Dr Wiśniewski, treating her for suspected Kawasaki disease, "
    "could not see it; a school letter to 'Macson' also went unanswered. Operation Encompass should reach the school on the next school day "
    "even after Christmas Eve or Easter Monday, and Tŷ Isaf and Flying Start Glanmorlais "
    "should be told about domestic abuse at SA18 4XQ. WhatsApp groups between staff must "
    "not replace records.",
    "Working Together to Safeguard Children and the guidance of the Welsh Government both "
    "say that a section 47 enquiry is needed where a child such as Nia has unexplained "
    "injuries; Care Inspectorate Wales has raised the same point in its inspections.",
    "Neighbours such as Olwen Prosser, and friends such as Anwen, need to know how to "
    "raise a concern; the Board should work with the NSPCC and Women's Aid on this.",
]

RECOMMENDATIONS = [
    ("Children's Services must check every name and spelling, including Rhydderch, "
     "Rhyderch and Nini, before closing a referral about Nia or any child, and use the "
     "Graded Care Profile 2 in cases of neglect",
     "Audit name checks in ten referrals", "Head of Children's Services", "30-11-2019"),
    ("Dyfed-Powys Police should share Operation Encompass notices about incidents such as "
     "the one at Heol Caradog, Glanmorlais, with Ysgol Gynradd Glanmorlais by the next "
     "school day, and ask about a new partner such as Mr Winter under Clare's Law",
     "Brief officers and MARAC chairs", "Detective Sergeant, Public Protection",
     "31-12-2019"),
    ("Health visitors should repeat the Ages and Stages Questionnaire when a new adult "
     "such as Dale joins the household, and ask Siân alone (SR in the health visiting notes) about domestic abuse, "
     "signposting to Women's Aid and NHS 111 Wales",
     "Update the Flying Start visit guidance", "Head of Health Visiting", "31-01-2020"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="Child Practice Review: Nia Rhydderch (Nini), 7 Heol Caradog, SA18 4XQ",
    footer="Prepared for the review of Siân Rhydderch's family, Glanmorlais; contact "
           "07700 900417",
    comment="Check with Emyr Christmas whether Dale Winter's friend Tucks was interviewed.",
    footnote="Entry made by PC Dunmore; see Tŷ Isaf Surgery notes for Macsen, born "
             "27 June 2013.",
)
