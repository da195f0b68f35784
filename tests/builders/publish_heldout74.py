# ruff: noqa: E501
"""A held-back publication case, written blind without sight of the anonymiser: a family
from a town in County Tyrone, then Belfast, who moved to Liverpool. Every person, address,
number, club and school in it is invented; any likeness to a real family is chance."""

from tests.builders.publish_heldout import HeldOut

_CASE_TOML = """\
reference = "LSCP-CSPR-2024-03"
review = "Child Safeguarding Practice Review"
subject = "Child K"
period = { from = "01-03-2021", to = "31-12-2023" }
board = "Liverpool Safeguarding Children Partnership"

[[agencies]]
name = "Merseyside Police"
aliases = ["MerPol", "Merseyside Police Public Protection Unit"]
report_due = "15-04-2024"

[[agencies]]
name = "Liverpool City Council Children's Services"
aliases = ["LCC Children's Services", "Careline", "Children's Social Care"]
report_due = "15-04-2024"

[[agencies]]
name = "Mersey Care NHS Foundation Trust 0-19 Health Visiting Service"
aliases = ["Health Visiting", "0-19 Service", "Mersey Care"]

[[agencies]]
name = "Cabbage Hall Medical Centre"
aliases = ["Cabbage Hall MC", "Cabbage Hall"]
published_as = "the GP practice"

[[agencies]]
name = "St Dympna's Catholic Primary School"
aliases = ["St Dympna's", "St Dympnas"]

[[agencies]]
name = "Police Service of Northern Ireland"
aliases = ["PSNI"]

[[agencies]]
name = "Belfast Health and Social Care Trust"
aliases = ["BHSCT", "Belfast Trust"]
published_as = "a Health and Social Care Trust in Northern Ireland"

[[people]]
name = "Bláthnaid Ní Chorra"
aliases = ["Bláthnaid", "Blathnaid", "Blathnaid Corr", "BNC"]
role = "Child"
pseudonym = "Child K"
sex = "female"
born = "03-11-2021"
address = "22 Kemlyn Close, Clubmoor, Liverpool L11 5BQ"

[[people]]
name = "Oisín Ó Corra"
aliases = ["Oisín", "Oisin", "Oisin Corr"]
role = "Sibling"
pseudonym = "Brother"
sex = "male"
born = "21-06-2017"
address = "22 Kemlyn Close, Clubmoor, Liverpool L11 5BQ"
sibling_of = ["Bláthnaid Ní Chorra"]

[[people]]
name = "Gráinne Ní Mhealláin"
aliases = ["Gráinne", "Grainne", "Grainne Mallon", "Ms Mallon", "GNM"]
role = "Mother"
pseudonym = "Mother"
sex = "female"
born = "14-09-1997"
address = "22 Kemlyn Close, Clubmoor, Liverpool L11 5BQ"
mother_of = ["Bláthnaid Ní Chorra", "Oisín Ó Corra"]
partner_of = [{ name = "Dean Power", from = "01-12-2022" }]
lives_with = ["Dean Power"]

[[people]]
name = "Ruairí Ó Corra"
aliases = ["Ruairí", "Rory Corr", "Mr Corr"]
role = "Father"
pseudonym = "Father"
sex = "male"
born = "02-05-1994"
father_of = ["Bláthnaid Ní Chorra", "Oisín Ó Corra"]
partner_of = [{ name = "Gráinne Ní Mhealláin", from = "01-01-2016", to = "31-08-2021" }]

[[people]]
name = "Dean Power"
aliases = ["Dean", "Mr Power"]
role = "Mother's partner"
pseudonym = "Mother's partner"
sex = "male"
born = "19-01-1995"
address = "22 Kemlyn Close, Clubmoor, Liverpool L11 5BQ"

[[staff]]
name = "June Mercer"
code = "SW1"
role = "Social Worker"
agency = "Liverpool City Council Children's Services"

[[staff]]
name = "Carys Winstanley"
code = "HV1"
role = "Health Visitor"
agency = "Mersey Care NHS Foundation Trust 0-19 Health Visiting Service"

[[staff]]
name = "Łucja Wierzbicka"
code = "GP1"
role = "General Practitioner"
agency = "Cabbage Hall Medical Centre"

[[staff]]
name = "Declan Early"
code = "SW2"
role = "Social Worker, Gateway team"
agency = "Belfast Health and Social Care Trust"

[[staff]]
name = "Lisa Kewley"
code = "DS1"
role = "Detective Sergeant"
agency = "Merseyside Police"
"""

_INVOLVEMENT = [
    "Gráinne Ní Mhealláin (Mother, DOB 14/09/1997), who gives her name as Grainne Mallon on English "
    "forms and whom friends in Fintona call Gra, grew up in Fintona, County Tyrone, where she played "
    "camogie for Tattykeeran Éire Óg. She lived with Ruairí Ó Corra (Father, known locally as Rory "
    "Corr) at 12 Ecclesville Park, Fintona BT78 2QN, and their son Oisín Ó Corra was born on "
    "21.06.2017. Between 2019 and 2021 the PSNI attended the house six times after reports of "
    "domestic abuse, once after Gráinne's friend Caitríona McAleer rang 101. A DASH risk checklist "
    "completed on St Patrick's Day 2021 scored 17 and the case was heard at MARAC; the Western Health "
    "and Social Care Trust completed a UNOCINI assessment and offered a Family Support Hub referral, "
    "which Ms Ní Mhealláin declined.",

    "In August 2021 Gráinne left Fintona with Oisín and moved to a Northern Ireland Housing Executive "
    "flat at 19 Oldpark Terrace, Belfast BT14 6FQ. Bláthnaid Ní Chorra (Child K) was born on 3 November "
    "2021 and spent four days at the Royal Belfast Hospital for Sick Children with jaundice. Mr Corr "
    "breached a non-molestation order in January 2022; the PSNI record shows that he had also come to "
    "the notice of An Garda Síochána, as Ruairi O Corra, while working in the Republic of Ireland. The "
    "Belfast Trust Gateway team, through the social worker Declan Early, convened a child protection "
    "case conference under the Children (Northern Ireland) Order 1995 and both children's names were "
    "placed on the Child Protection Register. Mr Early's notes describe Gráinne as 'a warm, organised "
    "mammy' who brought Bláthnaid (whom she called Blossom) to every clinic. Oisín completed Primary 2 "
    "at Bunscoil Ard na Gréine, an Irish-medium school. The H&C numbers were 320 987 1445 (Bláthnaid) "
    "and 320 987 1446 (Oisín).",

    "The children's names were removed from the register in December 2022 after Father moved to the "
    "Republic of Ireland and a referral was sent to Tusla. Gráinne had by then met Dean Power, who was "
    "working on a building site in the city, through Facebook, where she posted as Gra Mallon; she told "
    "Mr Early that Dean was 'good with the wains' and that they would move to Liverpool to be near his "
    "family. The Belfast Trust closed the case on 30 June 2023, the day before the Twelfth fortnight "
    "began, with a transfer summary e-mailed to Careline. No social worker spoke to another, and "
    "because CP-IS does not extend to Northern Ireland no flag followed the children to England.",

    "The family moved in June 2023 to 22 Kemlyn Close, Clubmoor, Liverpool L11 5BQ, the tenancy in Mr "
    "Power's name, and registered at Cabbage Hall Medical Centre on 4 July 2023. The receptionist "
    "recorded the mother as 'Grawnya Mallon' and the baby as 'Blawnid Corr' (DOB 03/11/2021), so the "
    "records requested from the Business Services Organisation did not match for eleven weeks. Dr "
    "Łucja Wierzbicka saw Bláthnaid for a chest infection and advised Calpol; two hearing appointments "
    "were coded DNA rather than WAS NOT BROUGHT. The health visitor Carys Winstanley made a transfer-in "
    "visit on 16 August 2023, completed the Edinburgh Postnatal Depression Scale with Gráinne (score "
    "14), noted an XL Bully and a Staffordshire bull terrier in the kitchen, and gave the ICON leaflet "
    "to both adults. Carys recorded the partner as 'Dean Power-Rimmer' from the tenancy letter and did "
    "not ask who else lived in the house.",

    "Oisín joined Year 2 at St Dympna's Catholic Primary School in September 2023. The Designated "
    "Safeguarding Lead, Mrs Fidelma Rushe, noted that Osheen (as the register first spelt him) read "
    "Irish but not English, and that he told his teacher 'Deano shouts at Blossom when she cries'. This "
    "was logged but not shared. On Halloween a neighbour, Mrs Maureen Ashcroft, rang Merseyside Police "
    "after hearing a man shouting and a baby screaming; officers attended Kemlyn Close, found Ms Mallon "
    "tearful and Mr Power 'calm and polite', and graded the DASH risk checklist standard. An Operation "
    "Encompass notice reached St Dympna's the next morning, and the police referral to Liverpool City "
    "Council Children's Services was screened as Early Help. Police systems held two reports against "
    "Mr Power by a previous partner in 2020; nobody considered a disclosure under Clare's Law.",

    "The social worker June Mercer completed an Early Help assessment in November 2023, visited twice "
    "and otherwise kept in touch with Gráinne on WhatsApp. She did not see Bláthnaid undressed or speak "
    "to Oisín alone, and she did not contact the Belfast Trust, because the transfer summary had been "
    "filed under 'Grainne Ni Mhellain'. Mr Power's mother, Lorraine Power, who lives on Stonebridge Lane "
    "in Croxteth, minded the children at weekends and told Ms Mercer there were 'no problems'. Gráinne "
    "had joined the camogie team at Learpholl Gaels and named only her own mother, Bríd Mallon (Granny "
    "Bríd, recorded by the school as Brid Mallon), still living in Tattykeeran, as support.",

    "On Christmas Eve 2023 Bláthnaid, then 25 months old, was taken by ambulance to Alder Hey "
    "Children's Hospital with a subdural haemorrhage and retinal haemorrhages; a skeletal survey showed "
    "healing rib fractures. Tests for von Willebrand disease and other clotting disorders were normal. "
    "Detective Sergeant Lisa Kewley led the investigation; DS Kewley arrested Mr Power (DP) on Boxing "
    "Day and both children were placed with foster carers. The Liverpool Safeguarding Children "
    "Partnership held a rapid review and notified the Child Safeguarding Practice Review Panel.",
]

_ANALYSIS = [
    "What Belfast knew did not travel with the family. Bláthnaid had been on the Child Protection "
    "Register until December 2022, but the Gateway team's e-mail went to a shared inbox, named the "
    "mother only as Gráinne Ní Mhealláin and the children by their Irish names, and was matched to "
    "no one in Liverpool, where the family were known as Mallon and Corr. Co-operating to Safeguard "
    "Children and Young People in Northern Ireland and Working Together to Safeguard Children 2023 "
    "both expect a conversation between social workers when a child on a plan moves, not a letter.",

    "Practitioners treated the spelling of Irish names as a clerical matter. Blawnid, Grawnya and "
    "Osheen were written as they sounded, and the systems failed silently: the GP record, the school "
    "register and the police record held different versions of each name, and no one asked Gráinne "
    "how to spell Bláthnaid's name or whether Oisín's surname was Ó Corra or Corr. The inquiry into "
    "the death of Victoria Climbié found the same confusion of a child's names across agencies.",

    "Mr Power was never assessed. The health visitor saw him as 'mum's partner', the officers on "
    "Halloween took him at his word, and the Early Help assessment recorded only that Dean 'works long "
    "hours'. The Power and Control Wheel, which Mr Early had used with Gráinne in 2022, describes the "
    "isolation she was living in, far from Fintona and from Granny Bríd and without money of her own. "
    "The national review after the murders of Arthur Labinjo-Hughes and Star Hobson found that the "
    "new partner is too often unseen; so it was here.",

    "Oisín's words, 'Deano shouts at Blossom when she cries', were the clearest account of Bláthnaid's "
    "daily life that any agency held. Because nobody at St Dympna's knew that Blossom was his sister's "
    "pet name, Mrs Rushe and his teacher read them as being about the Staffordshire bull terrier. Mrs "
    "Ashcroft, who had heard the crying for weeks, was never asked what she knew.",
]

_LEARNING = [
    "When a family moves from Northern Ireland to England, a child protection history must be handed "
    "over by a conversation, not an e-mail. Had Mr Early spoken to June Mercer in June 2023, she would "
    "have known that Bláthnaid and Oisín had been on the Child Protection Register, that the DASH risk "
    "checklist completed in Fintona on St Patrick's Day had scored 17, and that Rory Corr was known to "
    "An Garda Síochána and to Tusla. CP-IS could not have told her, and Working Together to Safeguard "
    "Children 2023 does not say who should pick up the telephone when the other agency is a Health "
    "and Social Care Trust.",

    "Names matter. Gráinne Ní Mhealláin, Grainne Mallon and 'Grawnya' are one woman; Bláthnaid, "
    "Blathnaid Corr, 'Blawnid' and 'Blossom' one child. St Dympna's, Cabbage Hall Medical Centre and "
    "Merseyside Police each held a different one. The Edinburgh Postnatal Depression Scale score, the "
    "ICON leaflet and the Early Help plan were filed against names that linked to nothing, and the "
    "discharge letter from the Royal Belfast Hospital for Sick Children was never found. Practitioners "
    "should ask a parent to spell each child's name, and any Irish-language or former surname, and "
    "record every form on the child's file.",

    "A man who joins a household must be seen and assessed in his own right. Mr Power-Rimmer's "
    "previous partner had reported him twice; an application under Clare's Law after Halloween would "
    "have told Gráinne so. The Power and Control Wheel and the DASH risk checklist help only when the "
    "professional knows who is living in the house: an XL Bully in a kitchen with a toddler was a "
    "reason to ask whose dog it was and who else stayed at Kemlyn Close.",

    "Missed health appointments for a baby should be recorded as WAS NOT BROUGHT, so that the adult "
    "who did not bring her is visible. Bláthnaid was not brought to two hearing appointments at Cabbage "
    "Hall in the autumn of 2023 or to her developmental review, and each was read as a parent's choice. "
    "Dr Wierzbicka has since asked that every such code be reviewed by the practice safeguarding lead.",
]

_RECOMMENDATIONS = [
    ("Liverpool City Council Children's Services agrees with the Belfast Health and Social Care Trust "
     "that the transfer of any child who has been on the Child Protection Register, as Bláthnaid Ní "
     "Chorra was, is made by a conversation between social workers within five working days, "
     "including over the Twelfth fortnight",
     "Write a transfer protocol with the Gateway team and audit six transfers",
     "Head of Service, Careline", "31-05-2024"),
    ("Cabbage Hall Medical Centre and St Dympna's Catholic Primary School record every spelling of "
     "a child's name, such as Blawnid for Bláthnaid, and any Irish-language surname, at registration",
     "Add an 'other names' field to the registration form and train reception staff",
     "Practice Manager and Designated Safeguarding Lead", "30-09-2024"),
    ("Merseyside Police considers a disclosure under Clare's Law whenever officers attend a domestic "
     "incident involving a new partner, such as Mr Power, and a mother who has recently moved from "
     "Northern Ireland",
     "Brief response officers and add a prompt to the DASH risk checklist",
     "Detective Chief Inspector, Public Protection Unit", "31-03-2024"),
]

_IDENTIFIERS = {
    "key_name": [
        "Bláthnaid Ní Chorra", "Bláthnaid", "Blathnaid", "Bláthnaid's", "Blathnaid Corr",
        "Oisín Ó Corra", "Oisín", "Oisín's",
        "Gráinne Ní Mhealláin", "Ms Ní Mhealláin", "Gráinne", "Gráinne's", "Grainne Mallon",
        "Ms Mallon", "Mallon", "Corr",
        "Ruairí Ó Corra", "Rory Corr", "Mr Corr", "Ó Corra",
        "Dean Power", "Dean", "Mr Power", "Mr Power's",
    ],
    "nickname": ["Blossom", "Gra", "Gra Mallon", "Deano", "Ossie"],
    "misspelling": ["Ruairi O Corra", "Ruairi", "Grawnya", "Grawnya Mallon", "Blawnid",
                    "Blawnid Corr", "Osheen", "Grainne Ni Mhellain", "Dean Power-Rimmer",
                    "Power-Rimmer"],
    "initials": ["GNM", "B.N-C.", "DP"],
    "not_in_key": ["Caitríona McAleer", "Fidelma Rushe", "Mrs Rushe", "Maureen Ashcroft",
                   "Mrs Ashcroft", "Lorraine Power", "Bríd Mallon", "Brid Mallon", "Granny Bríd",
                   "Bríd"],
    "staff_name": ["June Mercer", "Ms Mercer", "Carys Winstanley", "Carys", "Łucja Wierzbicka",
                   "Lucja Wierzbicka", "Dr Wierzbicka", "Declan Early", "Mr Early", "Mr Early's",
                   "Lisa Kewley", "DS Kewley"],
    "address": ["12 Ecclesville Park", "Ecclesville Park", "Tattykeeran", "19 Oldpark Terrace",
                "Oldpark Terrace", "22 Kemlyn Close", "Kemlyn Close", "Clubmoor",
                "Stonebridge Lane", "Croxteth"],
    "town": ["Fintona"],
    "postcode": ["BT78 2QN", "BT78", "2QN", "BT14 6FQ", "BT14", "6FQ", "L11 5BQ", "L11", "5BQ"],
    "agency_place": ["Cabbage Hall Medical Centre", "Cabbage Hall", "St Dympna's Catholic Primary School",
                     "St Dympna's", "St Dympnas", "Bunscoil Ard na Gréine", "Ard na Gréine",
                     "Tattykeeran Éire Óg", "Learpholl Gaels"],
    "number": ["320 987 1445", "320 987 1446", "CC2022011400562", "23000418812", "07700 900417",
               "07700900417", "07700 900862", "01632 960288"],
    "date_of_birth": ["14/09/1997", "21.06.2017", "3 November 2021", "03/11/2021", "19/01/1995"],
    "social_media": ["@gra_nimh97", "@blossomsmammy", "deano_l11"],
    "email": ["gra.mallon97@example.org"],
}

_ORDINARY = [
    "Early Help", "Power and Control Wheel", "June 2023", "St Patrick's Day", "Twelfth fortnight",
    "Halloween", "Christmas Eve", "Alder Hey Children's Hospital",
    "Royal Belfast Hospital for Sick Children", "von Willebrand disease",
    "Edinburgh Postnatal Depression Scale", "UNOCINI",
    "Co-operating to Safeguard Children and Young People in Northern Ireland",
    "Children (Northern Ireland) Order 1995", "Working Together to Safeguard Children 2023",
    "Clare's Law", "Operation Encompass", "MARAC", "DASH risk checklist", "CP-IS", "ICON",
    "An Garda Síochána", "Tusla", "Republic of Ireland", "Child Safeguarding Practice Review Panel",
    "Arthur Labinjo-Hughes", "Victoria Climbié", "Staffordshire bull terrier", "XL Bully",
    "WhatsApp", "Calpol", "Gateway team", "Family Support Hub", "Primary 2", "Year 2",
    "WAS NOT BROUGHT", "camogie", "Child Protection Register", "Northern Ireland Housing Executive",
    "Boxing Day",
]

CASE = HeldOut(
    "LSCP-CSPR-2024-03",
    _CASE_TOML,
    _IDENTIFIERS,
    _ORDINARY,
    _INVOLVEMENT,
    _ANALYSIS,
    _LEARNING,
    _RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | LSCP CSPR Child K | Bláthnaid Ní Chorra (B.N-C.) DOB 03/11/2021",
    footer="Draft 2 for panel only | author contact June Mercer 01632 960288 | family contact "
           "gra.mallon97@example.org, 07700 900417",
    comment="Please check spellings with Gráinne (GNM) and the letter from Lucja Wierzbicka before circulation. Granny Bríd, on 07700 "
            "900862, says Blossom was only ever a pet name; Oisín is Ossie at St Dympnas. The "
            "TikTok account @blossomsmammy was taken down after Christmas Eve.",
    footnote="PSNI reference CC2022011400562; Merseyside Police crime reference 23000418812; Mr "
             "Power's date of birth 19/01/1995; mother's mobile 07700900417; his Snapchat deano_l11; "
             "her Instagram @gra_nimh97.",
)
