# ruff: noqa: E501
"""Held-back publication case 61, written blind without sight of the anonymiser: a family
that moved from Belfast to Merseyside. Every name, address, number and account is invented."""

from tests.builders.publish_heldout import HeldOut

_TOML = """\
reference = "SSCP-CSPR-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-04-2022", to = "30-11-2023" }
board = "Sefton Safeguarding Children Partnership"

[[agencies]]
name = "Merseyside Police"
aliases = ["Police", "MerPol"]

[[agencies]]
name = "Sefton Children's Social Care"
aliases = ["CSC", "Children's Social Care"]

[[agencies]]
name = "Mersey Coast Community NHS Trust Health Visiting Service"
aliases = ["MCCT", "Health Visiting"]

[[agencies]]
name = "Orrell Mount Medical Centre"
aliases = ["Orrell Mount", "OMMC"]
published_as = "the GP practice"

[[agencies]]
name = "Rimrose Brook Children's Centre"
aliases = ["Rimrose Brook"]

[[agencies]]
name = "St Ita's Catholic Primary School"
aliases = ["St Ita's"]
published_as = "the primary school"

[[people]]
name = "Caoimhín Ó Fearghail"
aliases = ["Caoimhín", "Caoimhin", "Kevin", "Kevin Farrell", "Wee Kev", "CÓF"]
role = "Child"
pseudonym = "Child R"
born = "14-03-2019"
address = "17 Kilnbrook Close, Litherland, L21 9ZX"

[[people]]
name = "Róisín Ní Fhearghail"
aliases = ["Róisín", "Roisin", "Rosheen", "Rosie", "R.N.F."]
role = "Sibling"
pseudonym = "Sibling"
born = "02-09-2011"
address = "17 Kilnbrook Close, Litherland, L21 9ZX"

[[people]]
name = "Órlaith Ní Dhónaill"
aliases = ["Órlaith", "Orlaith", "Orla", "Orla Donnelly", "Ms Donnelly", "Ms Ní Dhónaill", "O.N.D."]
role = "Mother"
pseudonym = "Mother"
born = "21-06-1990"
address = "17 Kilnbrook Close, Litherland, L21 9ZX"

[[people]]
name = "Gareth Glass"
aliases = ["Gareth", "Gaz", "Mr Glass", "G.G."]
role = "Mother's partner"
pseudonym = "Adult Male"
born = "30-01-1986"
address = "17 Kilnbrook Close, Litherland, L21 9ZX"

[[people]]
name = "Pádraig Ó Fearghail"
aliases = ["Pádraig", "Padraig", "Paddy Farrell", "Mr Ó Fearghail", "Mr Farrell"]
role = "Father"
pseudonym = "Father"
born = "05-11-1987"
address = "9 Ardcarn Terrace, Belfast BT14 7QZ"

[[staff]]
name = "Nicola Alder"
code = "HV1"
role = "Health Visitor"
agency = "Mersey Coast Community NHS Trust Health Visiting Service"

[[staff]]
name = "Priya Walton"
code = "SW1"
role = "Social Worker"
agency = "Sefton Children's Social Care"

[[staff]]
name = "Lucy Christmas"
code = "FSW1"
role = "Family Support Worker"
agency = "Rimrose Brook Children's Centre"

[[staff]]
name = "Callum Roby"
code = "DC1"
role = "Detective Constable"
agency = "Merseyside Police"

[[staff]]
name = "Helen Mather"
code = "GP1"
role = "General Practitioner"
agency = "Orrell Mount Medical Centre"
"""

_INVOLVEMENT = [
    "Caoimhín Ó Fearghail, recorded by the nursery and in his health records as Kevin Farrell "
    "(date of birth 14/03/2019), moved in April 2022 with his mother Órlaith Ní Dhónaill, his "
    "sister Róisín and his mother's partner Gareth Glass from 9 Ardcarn Terrace, Ligoniel, "
    "Belfast BT14 7QZ to 17 Kilnbrook Close, Litherland, L21 9ZX. The family crossed on the "
    "Stena Line ferry. On the Tuesday after they arrived Ms Ní Dhónaill registered both children "
    "at Orrell Mount Medical Centre under the name Orla Donnelly, giving the mobile number "
    "07700 900417 and the email orla.donnelly90@example.org; Caoimhin was entered without the "
    "fada and no records were requested from Northern Ireland.",
    "The health visitor, Nicola Alder, completed a transfer-in contact in May 2022. Ms Alder used "
    "the Ages and Stages Questionnaire and recorded that Wee Kev, as his mother called him, was "
    "meeting his milestones apart from a limp. Dr Helen Mather at Orrell Mount thought this might "
    "be early Perthes disease and referred him to Alder Hey Children's Hospital. Ms Alder noted a "
    "Staffordshire Bull Terrier in the house and that 'Gaz' answered the door; she did not record "
    "his full name, date of birth or relationship to the children. The NHS number 999 204 6183 was "
    "Caoimhín's; Róisín's record, filed under the spelling Rosheen Farrell, did not transfer for "
    "four months.",
    "Róisín Ní Fhearghail (date of birth 02/09/2011) joined Year 6 at St Ita's Catholic Primary "
    "School in June 2022. Staff at St Ita's noted that she spoke the Irish language at home and had "
    "attended Gaelscoil na Fuiseoige in Belfast. On St Patrick's Day 2023 Rosie arrived upset and "
    "said that Mr Glass had burned her Celtic shirt in the yard because it was 'the wrong colours "
    "for this house'. The school referred to Children's Social Care. The following Tuesday "
    "Ms Donnelly wrote to withdraw her for elective home education under section 7 of the "
    "Education Act 1996. The officer for elective home education visited once, saw Roisin on the "
    "doorstep and did not ask to see Caoimhín.",
    "From September 2022 Caoimhín attended stay-and-play at Rimrose Brook Children's Centre, a "
    "former Sure Start centre. The family support worker, Lucy Christmas, completed an Early Help "
    "Assessment with Orla in October 2022. Ms Christmas recorded that the family had 'left Belfast "
    "in a hurry', that Granny Nuala rang most evenings from 028 9018 0472, and that a neighbour, "
    "Bernie Pendleton, took Kevin to watch Everton with her grandson. She also recorded that "
    "Mr Glass's friend Sammy Dunlop stayed at the house at weekends. Rimrose Brook closed the Early "
    "Help Assessment in January 2023 when the family stopped attending.",
    "On Christmas Eve 2022 Caoimhín was taken to Alder Hey Children's Hospital with a burn to his "
    "forearm. Órlaith said he had touched the oven door; the triage nurse recorded the adult with "
    "him as 'Gareth (stepdad)'. No skeletal survey was considered and the GP practice received a "
    "discharge letter addressed to Orlaith Ni Dhonaill. Ms Ní Dhónaill had herself been under the "
    "Walton Centre for epilepsy since the move, and her clinic letters mentioned 'stress at home'.",
    "On the Twelfth of July 2023 Merseyside Police were called to Kilnbrook Close after neighbours "
    "reported broken glass and shouting. The officers completed a DASH risk checklist, graded the "
    "risk as standard, and the case was not heard at MARAC. The log, MP-2307-1288, recorded "
    "Mr Glass's Facebook account @gaz_glass_1690, which carried photographs of an Eleventh Night "
    "bonfire and a Glasgow Rangers flag, and an account @roisin_celtic11 which had been blocked.",
    "On 19 July 2023 DC Callum Roby sent a Clare's Law request to the Police Service of Northern "
    "Ireland about Gareth Glass (date of birth 30.01.1986). The PSNI reply, reference CCS/23/01944, "
    "arrived seven weeks later: G.G. had a conviction for a sectarian assault in 2008, had served "
    "his sentence at HMP Maghaberry, and was believed to have been 'put out' of north Belfast by a "
    "paramilitary group in early 2022. Some of this was on the Police National Database but had "
    "not been searched. A Detective Sergeant passed the reply to Sefton Children's Social Care, "
    "where the social worker, Priya Walton, began a Child and Family assessment and spoke to "
    "Ms Donnelly by WhatsApp.",
    "On 3 October 2023, before the planned home visit, Caoimhín was admitted to Alder Hey with a "
    "head injury. His father, Pádraig Ó Fearghail (known as Paddy Farrell), travelled from Belfast "
    "and told DC Roby that O.N.D. had said on the phone 'Gaz has a temper, he's done this before'. "
    "Mr Ó Fearghail said he had rung the Royal Victoria Hospital in 2021 after an earlier injury "
    "to Róisín. Mr Glass was arrested. Roisin, then aged twelve, told Ms Walton she had not been "
    "allowed to leave the house since the summer.",
]

_ANALYSIS = [
    "Every agency knew the family by a different name. Health records held Kevin Farrell and "
    "Caoimhin; the school held Róisín Ní Fhearghail; the children's centre held Rosie and Wee Kev; "
    "the hospital held Orla Donnelly and Orlaith Ni Dhonaill. No agency recorded that Irish names "
    "with fadas and their anglicised spellings referred to the same people, so the Ó Fearghail "
    "children never appeared as one family on any system, and the PSNI reply about Gareth Glass "
    "was not matched to the Early Help Assessment held at Rimrose Brook.",
    "Practitioners treated the move from Northern Ireland as a fresh start rather than asking why "
    "the family had left. The references to the Good Friday Agreement, to Eleventh Night and to "
    "football in the records of Ms Christmas and Ms Alder were treated as culture, not as "
    "indicators that the man in the household had a history of sectarian violence and coercion. "
    "Mr Glass's objection to Róisín's Celtic shirt was the same control the PSNI later described.",
    "The withdrawal of Róisín for elective home education within a week of a referral was not seen "
    "as a safeguarding event. Learning from the review concerning Dylan Seabridge, and from the "
    "inquiry into the death of Victoria Climbié, shows that a child who is not seen is a child at "
    "risk. Nobody at St Ita's Catholic Primary School or in the Elective Home Education team knew "
    "that the Christmas Eve burn had happened.",
    "The Clare's Law request was the right step, but it was sent by email to a general inbox, "
    "and the PSNI marked its reply OFFICIAL-SENSITIVE, so it sat in a secure inbox; it was not "
    "linked to the BT14 address the family had left or to the new one in L21. No one searched "
    "the Police National Database either, and no one at the PSNI was named as a contact. Seven weeks passed. The "
    "review found that Merseyside Police had no agreed route for urgent requests to a force in "
    "another jurisdiction, and that MAPPA had not been considered for G.G. when he arrived.",
]

_LEARNING = [
    "When a family moves from another part of the United Kingdom, practitioners should ask why, "
    "and request records from the previous area. Had the PSNI been asked in April 2022 about "
    "Gareth Glass, the convictions that led him to leave Ligoniel would have been known before "
    "Caoimhín was burned on Christmas Eve. Working Together to Safeguard Children 2018 expects "
    "information to follow the child; here Kevin Farrell's records did, but Rosheen's and "
    "Mr Glass's did not.",
    "Names matter. Agencies must record a child's name as the family writes it, with its fadas, "
    "and every other spelling in use: Róisín, Roisin and Rosie; Caoimhín and Kevin; "
    "Órlaith Ní Dhónaill and Orla Donnelly. The Child Safeguarding Practice Review Panel has said "
    "that mis-recorded names defeat searches. Home visits to the family at 17 Kilnbrook Close "
    "should have used the Graded Care Profile 2 and seen both children, not only the one at the "
    "door on a Tuesday.",
    "Elective home education is a parent's right under the Education Act 1996, but a request to "
    "withdraw made days after a referral must trigger a joint check with Children's Social Care. "
    "The NSPCC has highlighted the same risk, and Year 6 is a point at which children can "
    "disappear from view.",
    "Sectarian violence, like other violence, is a risk to children. Practitioners in Merseyside "
    "were unfamiliar with the Twelfth of July, loyalist symbols and the meaning of a handle such "
    "as @gaz_glass_1690. Training should help staff recognise these signs without treating "
    "Irish or Ulster culture, or loyalty to Everton or Glasgow Rangers, as a risk in itself.",
]

_RECOMMENDATIONS = [
    ("Merseyside Police to agree with the Police Service of Northern Ireland a named route for "
     "urgent Clare's Law and safeguarding requests, so that a reply about a man like Gareth Glass "
     "arrives in days, not weeks, and is checked against the Police National Database",
     "Write a protocol with the PSNI and audit ten requests", "Merseyside Police", "31-03-2025"),
    ("All agencies to record every spelling of a child's name, including Irish names with fadas "
     "such as Caoimhín Ó Fearghail and their anglicised forms such as Kevin Farrell, and to search "
     "on each before closing an Early Help Assessment or a DASH risk checklist",
     "Change the recording guidance and the search steps in each case system",
     "Sefton Safeguarding Children Partnership", "30-06-2025"),
    ("The local authority to check with Children's Social Care, the GP practice and the "
     "children's centre before accepting any request for elective home education from a family "
     "known to them, as with Róisín Ní Fhearghail at St Ita's",
     "Add a multi-agency check to the elective home education procedure",
     "Sefton Children's Social Care", "31-12-2024"),
]

CASE = HeldOut(
    reference="SSCP-CSPR-2024-07",
    case_toml=_TOML,
    identifiers={
        "key_name": [
            "Caoimhín Ó Fearghail", "Caoimhín", "Caoimhin", "Caoimhín's", "Kevin Farrell",
            "Kevin", "Róisín Ní Fhearghail", "Róisín", "Roisin", "Róisín's",
            "Órlaith Ní Dhónaill", "Órlaith", "Orlaith", "Orlaith Ni Dhonaill", "Orla Donnelly",
            "Orla", "Ms Donnelly", "Ms Ní Dhónaill", "Ní Dhónaill", "Ni Dhonaill",
            "Gareth Glass", "Gareth", "Mr Glass", "Mr Glass's", "Pádraig Ó Fearghail",
            "Mr Ó Fearghail", "Ó Fearghail", "Ní Fhearghail", "Farrell",
        ],
        "nickname": ["Wee Kev", "Gaz", "Rosie", "Paddy Farrell"],
        "misspelling": ["Rosheen", "Rosheen Farrell", "Rosheen's"],
        "initials": ["G.G.", "O.N.D."],
        "not_in_key": ["Granny Nuala", "Nuala", "Bernie Pendleton", "Sammy Dunlop"],
        "staff_name": [
            "Nicola Alder", "Ms Alder", "Priya Walton", "Ms Walton", "Lucy Christmas",
            "Ms Christmas", "Callum Roby", "DC Roby", "DC Callum Roby", "Dr Helen Mather",
        ],
        "address": [
            "17 Kilnbrook Close", "Kilnbrook Close", "Litherland", "9 Ardcarn Terrace",
            "Ardcarn Terrace", "Ligoniel",
        ],
        "postcode": ["L21 9ZX", "BT14 7QZ", "L21", "BT14"],
        "agency_place": [
            "Orrell Mount Medical Centre", "Orrell Mount", "Rimrose Brook Children's Centre",
            "Rimrose Brook", "St Ita's Catholic Primary School", "St Ita's",
            "Gaelscoil na Fuiseoige",
        ],
        "number": [
            "07700 900417", "028 9018 0472", "999 204 6183", "MP-2307-1288", "CCS/23/01944",
        ],
        "email": ["orla.donnelly90@example.org"],
        "date_of_birth": ["14/03/2019", "02/09/2011", "30.01.1986", "14 March 2019"],
        "social_media": ["@gaz_glass_1690", "@roisin_celtic11"],
    },
    ordinary=[
        "Alder Hey Children's Hospital", "Walton Centre", "Christmas Eve", "broken glass",
        "Police Service of Northern Ireland", "PSNI", "Twelfth of July", "Eleventh Night",
        "St Patrick's Day", "Glasgow Rangers", "Celtic", "Everton",
        "Working Together to Safeguard Children 2018", "Education Act 1996",
        "elective home education", "MARAC", "DASH risk checklist", "MAPPA", "Clare's Law",
        "Victoria Climbié", "Dylan Seabridge", "Good Friday Agreement",
        "Ages and Stages Questionnaire", "Graded Care Profile 2", "NSPCC", "Year 6",
        "Staffordshire Bull Terrier", "Perthes disease", "WhatsApp",
        "Child Safeguarding Practice Review Panel", "Detective Sergeant",
        "Early Help Assessment", "Stena Line", "Sure Start", "Royal Victoria Hospital",
        "Police National Database", "OFFICIAL-SENSITIVE", "Irish language", "Tuesday",
        "HMP Maghaberry",
    ],
    involvement=_INVOLVEMENT,
    analysis=_ANALYSIS,
    learning=_LEARNING,
    recommendations=_RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE: Child R (Caoimhín Ó Fearghail, born 14 March 2019), 17 Kilnbrook Close, L21 9ZX",
    footer="Sefton CSPR draft: Órlaith Ní Dhónaill / Gareth Glass, Litherland",
    comment="Check with Ms Walton whether Rosheen's EHE letter names Gaz or Mr Farrell.",
    footnote="PSNI reply CCS/23/01944 on G.G. was copied to Orrell Mount and Rimrose Brook.",
)
