"""A held-back publication case written blind, without sight of the anonymiser: an
Extended Child Practice Review in an invented Welsh valley town. Every name, place,
number and agency below is invented (phone numbers are Ofcom drama numbers)."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CTRSB-CPR-2024-03"

CASE_TOML = """\
reference = "CTRSB-CPR-2024-03"
review = "Extended Child Practice Review"
subject = "Child Q"
period = { from = "01-04-2023", to = "30-04-2024" }
board = "Cwm Taran Regional Safeguarding Board"

[[agencies]]
name = "South Wales Police"
aliases = ["SWP", "Police", "Public Protection Unit"]

[[agencies]]
name = "Blaen Taran County Borough Council Children's Services"
aliases = ["Children's Services", "Social Services", "BTCBC"]

[[agencies]]
name = "Health Visiting Service, Taran Valleys University Health Board"
aliases = ["Health Visiting", "HV", "TVUHB Health Visiting"]

[[agencies]]
name = "Ysgol Gynradd Cwm Eithin"
aliases = ["Cwm Eithin Primary School", "Ysgol Cwm Eithin"]
published_as = "the primary school"

[[agencies]]
name = "Heol Fawr Surgery"
aliases = ["Heol Fawr Medical Practice", "GP"]

[[agencies]]
name = "Tŷ Seren Flying Start Centre"
aliases = ["Ty Seren", "Tŷ Seren"]
published_as = "the Flying Start centre"

[[people]]
name = "Tirion Mererid Adéyẹmí"
aliases = ["Tirion", "Tiri", "Tirion Adeyemi", "Tirion Adéyẹmí", "Tirion Hopkins", "TA"]
role = "Child"
pseudonym = "Child Q"
sex = "female"
born = "07-03-2022"
address = "14 Heol Glyndŵr, Abertaran, CF44 9ZT"

[[people]]
name = "Carys Hopkins"
aliases = ["Carys", "Caz", "Ms Hopkins", "CH"]
role = "Mother"
pseudonym = "Mother"
sex = "female"
born = "19-08-2001"
address = "14 Heol Glyndŵr, Abertaran, CF44 9ZT"
mother_of = ["Tirion Mererid Adéyẹmí", "Deio Hopkins"]
partner_of = [{ name = "Kyle Lord", from = "01-08-2023" }]
lives_with = ["Kyle Lord"]

[[people]]
name = "Oluwaseun Adéyẹmí"
aliases = ["Seun", "Oluwaseun Adeyemi", "Mr Adeyemi", "Mr Adéyẹmí"]
role = "Father"
pseudonym = "Father"
sex = "male"
born = "02-05-1997"
father_of = ["Tirion Mererid Adéyẹmí"]

[[people]]
name = "Deio Hopkins"
aliases = ["Deio"]
role = "Sibling"
pseudonym = "Sibling 1"
sex = "male"
born = "30-11-2016"
address = "14 Heol Glyndŵr, Abertaran, CF44 9ZT"

[[people]]
name = "Kyle Lord"
aliases = ["Kyle", "Lordy", "Mr Lord"]
role = "Mother's partner"
pseudonym = "Adult Male"
sex = "male"
born = "14-01-1995"
address = "7 Llwyncelyn Terrace, Abertaran"

[[people]]
name = "Glenys Hopkins"
aliases = ["Glenys", "Nana Glen", "Mamgu Glenys", "Mrs Hopkins"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
sex = "female"
address = "2 Rhes Tŷ Coch, Abertaran"

[[staff]]
name = "Gareth Christmas"
code = "SW1"
role = "Social Worker"
agency = "Blaen Taran County Borough Council Children's Services"

[[staff]]
name = "Eluned Ward"
code = "HT1"
role = "Headteacher"
agency = "Ysgol Gynradd Cwm Eithin"

[[staff]]
name = "Huw Summers"
code = "DC1"
role = "Detective Constable"
agency = "South Wales Police"

[[staff]]
name = "Tomos Bevan"
code = "GP1"
role = "General Practitioner"
agency = "Heol Fawr Surgery"

[[staff]]
name = "Angharad Lewis-Morgan"
code = "HV1"
role = "Health Visitor"
agency = "Health Visiting Service, Taran Valleys University Health Board"
"""

IDENTIFIERS = {
    "key_name": [
        "Tirion Mererid Adéyẹmí", "Tirion Adéyẹmí", "Tirion Adeyemi", "Tirion Hopkins",
        "Tirion", "Tirion's", "Mererid",
        "Carys Hopkins", "Carys", "Ms Hopkins", "Ms Hopkins's",
        "Oluwaseun Adéyẹmí", "Oluwaseun Adeyemi", "Mr Adéyẹmí", "Mr Adeyemi",
        "Deio Hopkins", "Deio", "Deio's",
        "Kyle Lord", "Kyle", "Kyle's", "Mr Lord", "Mr Lord's",
        "Glenys Hopkins", "Glenys", "Mrs Hopkins",
    ],
    "nickname": ["Tiri", "Caz", "Caz's", "Seun", "Lordy", "Nana Glen", "Mamgu Glenys"],
    "misspelling": ["Tiron", "Adeyami", "Oluwasean", "Carys Hopkin"],
    "initials": ["T.A.", "TA", "C.H.", "CH", "KL", "O.A."],
    "not_in_key": [
        "Delyth Probert", "Mrs Probert", "Ashley Coombes", "Smudge",
        "Auntie Siân", "Siân", "Sian", "Bosco",
    ],
    "staff": [
        "Gareth Christmas", "Mr Christmas", "Eluned Ward", "Mrs Ward",
        "Huw Summers", "DC Summers", "Tomos Bevan", "Dr Bevan",
        "Angharad Lewis-Morgan", "Angharad",
    ],
    "address": [
        "14 Heol Glyndŵr", "Heol Glyndŵr", "Heol Glyndwr", "Abertaran",
        "Rhes Tŷ Coch", "Rhes Ty Coch", "Llwyncelyn Terrace",
    ],
    "postcode": ["CF44 9ZT", "CF44", "9ZT"],
    "agency_place": [
        "Ysgol Gynradd Cwm Eithin", "Cwm Eithin", "Heol Fawr Surgery", "Heol Fawr",
        "Tŷ Seren", "Ty Seren",
    ],
    "number": [
        "07700 900418", "07700 900872", "01632 960274", "999 018 4427",
        "SWP/21/118406", "CU19 XKP",
    ],
    "email": ["carys.hopkins01@example.org"],
    "social_media": ["@lordy_xl", "@caz_hopz01"],
    "date_of_birth": ["07/03/2022", "7 March 2022", "30/11/2016", "19-08-2001"],
}

ORDINARY = [
    "Christmas Day", "Boxing Day", "Easter Monday", "St David's Day", "summer holidays",
    "children's ward", "Lord Laming", "Victoria Climbié",
    "Arthur Labinjo-Hughes and Star Hobson",
    "Noah's Ark Children's Hospital for Wales", "Welsh Ambulance Services NHS Trust",
    "Aneurin Bevan University Health Board", "Care Inspectorate Wales",
    "Social Services and Well-being (Wales) Act 2014", "Wales Safeguarding Procedures",
    "Children Act 1989", "Dangerous Dogs Act 1991", "XL Bully",
    "Staffordshire bull terrier", "Mongolian blue spots", "Flying Start",
    "Public Protection Notice", "Multi-Agency Safeguarding Hub", "DASH risk assessment",
    "MARAC", "Graded Care Profile 2", "Ages and Stages Questionnaire", "NSPCC",
    "Snapchat", "WhatsApp", "Calpol", "Year 2", "Detective Sergeant", "Lagos", "Nigeria",
    "OFFICIAL-SENSITIVE", "Welsh-medium", "Welsh Women's Aid",
    "Personal Child Health Record", "Universal Credit",
]

INVOLVEMENT = [
    "South Wales Police first met the family on Christmas Day 2023, when a neighbour, "
    "Delyth Probert, rang 999 to report shouting and a dog barking at 14 Heol Glyndŵr, "
    "Abertaran CF44 9ZT. Officers found Carys Hopkins (born 19-08-2001), her partner Kyle "
    "Lord, Tirion and her brother Deio in the flat. A Public Protection Notice, marked "
    "OFFICIAL-SENSITIVE, was completed and a DASH risk assessment graded the risk as "
    "standard. The officer wrote the child's name as 'Tiron Adeyami' and described the dog, "
    "Bosco, as a Staffordshire bull terrier; it was an XL Bully. The Multi-Agency "
    "Safeguarding Hub received the notice on Boxing Day.",

    "The health visitor, Angharad Lewis-Morgan, had known Ms Hopkins since Deio was a baby. "
    "In May 2023 she saw Tirion Adéyẹmí at Rhes Tŷ Coch, the home of the maternal "
    "grandmother, Glenys Hopkins, whom the children call Mamgu Glenys. An Ages and Stages "
    "Questionnaire was completed and Angharad recorded Mongolian blue spots over the lower "
    "back, as the Personal Child Health Record had at birth. Carys gave her email, "
    "carys.hopkins01@example.org, and mobile, 07700 900418; letters continued to go to Rhes "
    "Ty Coch. Tirion was offered her two-year review three times in March and April 2024 and "
    "was not brought.",

    "Tirion attended the Welsh-medium Flying Start session at Tŷ Seren two mornings a week. "
    "In February 2024 staff at Ty Seren saw a bruise to her left cheek; her mother said "
    "Tiri had fallen against the dog's crate. Caz told staff that 'Kyle' was 'just a mate' "
    "who walked the dog. Nobody at the centre knew that Mr Lord was living at the flat, nor "
    "that his friend Ashley Coombes, known as Smudge, often stayed there.",

    "Deio (born 30/11/2016) was in Year 2 at Ysgol Gynradd Cwm Eithin. His attendance fell "
    "to 81% after the summer holidays. On St David's Day 2024 the headteacher, Eluned Ward, "
    "saw Deio's drawing of 'Lordy' and a very big dog; Mrs Ward spoke to Ms Hopkins and "
    "logged it but did not refer. Deio said that Auntie Siân sometimes walked him to school. "
    "The school's system listed the mother as 'Carys Hopkin' and held 07700 900872, Mr "
    "Lord's number, as an emergency contact without knowing who he was.",

    "Heol Fawr Surgery saw Tirion on 15/02/2024 for a cough. Dr Bevan advised Calpol; the "
    "bruise seen at the Flying Start session had not been shared and was not examined. The "
    "practice held NHS number 999 018 4427 and two addresses. Tomos Bevan told the review "
    "he did not know there was a man in the household. The father, Oluwaseun Adéyẹmí "
    "(O.A.), was registered at Heol Fawr until he left for Lagos, Nigeria, in 2022; the "
    "record spells him Oluwaseun Adeyemi and one letter 'Oluwasean'.",

    "The social worker, Gareth Christmas, made enquiries under the Social Services and "
    "Well-being (Wales) Act 2014 after the notice. He visited Carys at Heol Glyndwr in "
    "January 2024 by appointment, saw Tirion asleep and did not see Deio. Mr Christmas did "
    "not ask where Kyle Lord (KL) had lived before, at Llwyncelyn Terrace, nor check police "
    "records, which held a 2021 caution under the Dangerous Dogs Act 1991 (reference "
    "SWP/21/118406). The case closed on 09/02/2024 with leaflets about Welsh Women's Aid "
    "and Universal Credit.",

    "On Easter Monday 2024 Tirion was bitten by Bosco in the kitchen. The Welsh Ambulance "
    "Services NHS Trust took her to Noah's Ark Children's Hospital for Wales, where a "
    "skeletal survey on the children's ward found healing rib fractures. DC Summers (Huw "
    "Summers) and a Detective Sergeant led the investigation; Kyle's Snapchat account "
    "@lordy_xl, Caz's account @caz_hopz01 and Mr Lord's van, CU19 XKP, were examined. Mr "
    "Adeyemi was reached by WhatsApp in Lagos. Nana Glen, on 01632 960274, took Deio to "
    "live with her.",
]

ANALYSIS = [
    "Agencies saw Tirion Adeyemi as the child of a single mother. Mr Lord was, in the "
    "words of the national review into the deaths of Arthur Labinjo-Hughes and Star Hobson, "
    "a man invisible to services: the notice named him, the school held his number, Tŷ "
    "Seren heard his name, yet no agency asked who Kyle was, or what kind of dog Bosco "
    "was. No one asked to see an exemption certificate for the XL Bully.",

    "Mongolian blue spots were on record, and practitioners were slow to question marks "
    "on Tirion's skin. A bruise to the cheek of a child of 23 months, born 7 March 2022, "
    "is not a common accidental injury, and the Wales Safeguarding Procedures ask that "
    "bruising to the face is discussed with children's services. Staff accepted Ms "
    "Hopkins's account and did not tell the health visitor or Heol Fawr Surgery.",

    "The visit by Mr Christmas was announced and short. The Graded Care Profile 2 was not "
    "used, though the flat was cold and the crate stood in the children's bedroom. Since "
    "Lord Laming's report on the death of Victoria Climbié, reviews have said that children "
    "must be seen and spoken to alone; Deio, in Year 2, could have said who lived at home.",

    "No agency spoke to Mr Adéyẹmí, though his number was in the records of Heol Fawr "
    "Surgery. Tirion Hopkins, Tirion Adéyẹmí and Tirion Mererid Adéyẹmí appear as three "
    "records in two systems, and Deio Hopkins in a third. The Welsh spoken at home between "
    "Carys and Mrs Hopkins was not recorded as the family's language.",
]

LEARNING = [
    "When a Public Protection Notice names a new adult, as the notice of Christmas Day "
    "named Kyle Lord ('Lordy') at 14 Heol Glyndŵr, Abertaran CF44 9ZT, every agency "
    "working with the children must be told and must ask about him. DC Summers, the health "
    "visitor, Mrs Ward and Tŷ Seren each held a piece. The NSPCC and Care Inspectorate "
    "Wales have both said that men in the household go unseen; a check with MARAC and with "
    "Aneurin Bevan University Health Board would have found Mr Lord's history and his XL "
    "Bully.",

    "A bruise on a young child's face must not be explained away by Mongolian blue spots "
    "or a parent's account. Tirion (T.A.) had both. Dr Bevan at Heol Fawr Surgery and staff "
    "at Ty Seren did not know what the other had seen, and the Wales Safeguarding "
    "Procedures and the Children Act 1989 expect it to be shared the same day. When Deio, "
    "in Year 2 at Cwm Eithin, draws a frightening dog and a man called Lordy, the school "
    "must refer, not log; Mr Christmas should have seen Deio alone before Easter Monday.",

    "A child who is not brought to a review, as Tirion was not in March 2024, is a child "
    "whose voice is missing. Letters to Rhes Ty Coch and texts to 07700 900418 did not "
    "reach Carys Hopkins (C.H.). Flying Start and Health Visiting should follow up a missed "
    "review in person, and the Ages and Stages Questionnaire should be repeated.",

    "Fathers abroad still matter. Mr Adeyemi in Lagos could be reached on WhatsApp, yet no "
    "agency tried until after the children's ward called him. Seun, as the family call "
    "him, told the review he would have come home for the summer holidays, and that Nana "
    "Glen had told him about Bosco and that the maternal aunt, spelt Sian in the police "
    "record, had been worried for months.",
]

RECOMMENDATIONS = [
    ("South Wales Police share every Public Protection Notice that names a new adult in a "
     "household with a child under five, such as the notice about Kyle Lord at Heol "
     "Glyndŵr on Christmas Day, with the health visitor within one working day",
     "Amend the notice process and brief every Detective Sergeant",
     "Head of Public Protection", "30-09-2024"),
    ("Ysgol Gynradd Cwm Eithin and Tŷ Seren refer any facial bruise, and any disclosure "
     "about a dog such as an XL Bully, to children's services as Mrs Ward now agrees, and "
     "train staff on Mongolian blue spots and the Wales Safeguarding Procedures",
     "Whole-school and Flying Start training before the summer holidays",
     "Headteacher", "31-07-2024"),
    ("Children's services use the Graded Care Profile 2 and see every child alone, "
     "including a child in Year 2 like Deio, before closing enquiries under the Social "
     "Services and Well-being (Wales) Act 2014",
     "Audit closed enquiries and report to the board", "Head of Children's Services",
     "31-12-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE: CTRSB-CPR-2024-03, Tirion Adéyẹmí (TA), 07/03/2022",
    footer="Family home: 14 Heol Glyndŵr, Abertaran CF44 9ZT; grandmother on 01632 960274",
    comment="Check with Mrs Ward whether Deio's teacher spoke to Nana Glen or Mrs Probert "
            "before St David's Day; CH to confirm.",
    footnote="Mr Lord's Snapchat account @lordy_xl was seen by DC Summers; the dog Bosco "
             "was seized under the Dangerous Dogs Act 1991.",
)
