# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 123): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "LSCP-2024-123"

CASE_TOML = """\
reference = "LSCP-2024-123"
review = "Child Safeguarding Practice Review"
subject = "Child G"
board = "Lincolnshire Safeguarding Children Partnership"
period = { from = "01-09-2022", to = "15-03-2024" }
decision = "04-04-2024"
notification = "11-03-2024"

[[agencies]]
name = "Lincolnshire Police"
aliases = ["Police"]

[[agencies]]
name = "Lincolnshire County Council Children's Services"
aliases = ["Children's Services", "CSC"]

[[agencies]]
name = "Lincolnshire Community Health Services NHS Trust"
aliases = ["LCHS", "Health Visiting Service"]

[[agencies]]
name = "Holmdyke Primary Academy"
aliases = ["Holmdyke Primary", "Holmdyke"]
published_as = "the primary school"

[[agencies]]
name = "Thornwick Medical Practice"
aliases = ["Thornwick Surgery", "Thornwick"]
published_as = "the GP practice"

[[agencies]]
name = "Wrayfield Day Nursery"
aliases = ["Wrayfield"]
published_as = "the nursery"

[[people]]
name = "Gabija Kazlauskaitė"
aliases = ["Gabija", "Gabijos", "Gabija Kazlauskaite", "Kazlauskaitė", "Kazlauskaite", "Gabby", "Gabiukė", "G.K.", "GK"]
role = "child"
pseudonym = "Child G"
born = "03-02-2017"
address = "Flat 2, 37 Maudsley Terrace, Wrangholme, Boston PE21 7XJ"

[[people]]
name = "Rasa Kazlauskienė"
aliases = ["Rasa", "Kazlauskienė", "Kazlauskiene", "Kazlauskine", "Rasytė", "Rasa Petrauskaitė", "Petrauskaitė", "R.K.", "RK"]
role = "mother"
pseudonym = "Mother"
born = "14-08-1989"
address = "Flat 2, 37 Maudsley Terrace, Wrangholme, Boston PE21 7XJ"

[[people]]
name = "Tomas Kazlauskas"
aliases = ["Tomas", "Kazlauskas", "Tomukas", "TK"]
role = "father"
pseudonym = "Father"
born = "22-05-1986"
address = "Panevėžys, Lithuania"

[[people]]
name = "Lukas Kazlauskas"
aliases = ["Lukas", "Luke"]
role = "sibling"
pseudonym = "Sibling 1"
born = "11-10-2010"
address = "Flat 2, 37 Maudsley Terrace, Wrangholme, Boston PE21 7XJ"

[[people]]
name = "Emilija Kazlauskaitė"
aliases = ["Emilija", "Emilia", "E.K."]
role = "sibling"
pseudonym = "Sibling 2"
born = "27-06-2021"
address = "Flat 2, 37 Maudsley Terrace, Wrangholme, Boston PE21 7XJ"

[[people]]
name = "Danutė Petrauskienė"
aliases = ["Danutė", "Danute Petrauskiene", "Petrauskienė", "Mrs Petrauskienė", "D.P."]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "09-01-1958"
address = "Flat 2, 37 Maudsley Terrace, Wrangholme, Boston PE21 7XJ"

[[people]]
name = "Darius Kazlauskas"
aliases = ["Darius", "Šernas", "D.K."]
role = "paternal uncle"
pseudonym = "Paternal Uncle"
address = "Flat 2, 37 Maudsley Terrace, Wrangholme, Boston PE21 7XJ"

[[staff]]
name = "Hayley Frusher"
code = "SW1"
role = "Social Worker"
agency = "Lincolnshire County Council Children's Services"

[[staff]]
name = "Bethany Skells"
code = "HV1"
role = "Health Visitor"
agency = "Lincolnshire Community Health Services NHS Trust"

[[staff]]
name = "Anil Varsani"
code = "GP1"
role = "General Practitioner"
agency = "Thornwick Medical Practice"

[[staff]]
name = "Joanne Clifton-Baird"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Holmdyke Primary Academy"

[[staff]]
name = "Ryan Tointon"
code = "PC1"
role = "Police Constable"
agency = "Lincolnshire Police"
"""

IDENTIFIERS = {
    "names": [
        "Gabija Kazlauskaitė", "Gabija", "Gabijos", "Kazlauskaitė", "Kazlauskaite",
        "Rasa Kazlauskienė", "Rasa", "Kazlauskienė", "Kazlauskiene", "Kazlauskine",
        "Rasa Petrauskaitė", "Petrauskaitė", "Tomas Kazlauskas", "Tomas", "Kazlauskas",
        "Lukas Kazlauskas", "Lukas", "Emilija Kazlauskaitė", "Emilija", "Emilia",
        "Danutė Petrauskienė", "Danutė", "Danute Petrauskiene", "Petrauskienė",
        "Darius Kazlauskas", "Darius",
    ],
    "nicknames": ["Gabby", "Gabiukė", "Rasytė", "Tomukas", "Šernas", "Luke"],
    "initials": ["G.K.", "GK", "R.K.", "RK", "TK", "D.K.", "D.P.", "E.K."],
    "people_not_in_key": [
        "Sheila Tebbutt", "Tebbutt", "Raymond Dowsett", "Dowsett", "Artūras Bružas",
        "Artūras", "Bružas", "Bruzas", "Mindaugas Vaitkus", "Mindaugas", "Vaitkus",
        "Jurgita Stankevičiūtė", "Jurgita", "Stankevičiūtė", "Vytautas Rimkus", "Rimkus",
        "Karen Ingoldby", "Ingoldby",
    ],
    "staff": [
        "Hayley Frusher", "Hayley", "Frusher", "Bethany Skells", "Skells", "Anil Varsani",
        "Varsani", "Joanne Clifton-Baird", "Clifton-Baird", "C-B", "Ryan Tointon", "Tointon",
    ],
    "streets": ["Spillway Road", "Spillway Rd", "Maudsley Terrace", "Cranmoor Street"],
    "house_numbers": [
        "14 Spillway Road", "Flat 2, 37 Maudsley Terrace", "37 Maudsley Terrace", "6 Cranmoor Street",
    ],
    "estates": ["Hollanby Estate", "Hollanby"],
    "places": ["Skelfleet", "Wrangholme", "Panevėžys", "Panevezys", "Gružėnai"],
    "postcodes": ["PE21 8QZ", "PE218QZ", "PE21", "8QZ", "PE21 7XJ"],
    "locating_agencies": [
        "Holmdyke Primary Academy", "Holmdyke Primary", "Holmdyke", "Thornwick Medical Practice",
        "Thornwick", "Wrayfield Day Nursery", "Wrayfield", "St Hildred's Church", "St Hildred's",
        "Saulutė Saturday School", "Saulutė", "Boston Vytis Basketball Club", "Vytis",
    ],
    "business": [
        "Fenstar Recruitment Ltd", "Fenstar", "Wash Vale Growers", "Nemunas Express Parcels",
        "Nemunas Express", "FSR-20417",
    ],
    "vehicles": ["JGM 062", "YX17 KZP"],
    "phones": ["07700 900614", "+370 612 48093", "+37061248093", "01632 960388", "07700900275"],
    "nhs_ni": [
        "472 918 3306", "4729183306", "603 551 2847", "QQ 48 27 19 D", "QQ302615B", "48908140357",
    ],
    "emails": ["rasa.kazlauskiene@example.com", "fenstarjobs@example.org", "h.frusher@example.org"],
    "social": ["@rasyte.k89", "facebook.com/darius.kazlauskas.33", "@nemunas_express"],
    "dates_of_birth": [
        "03-02-2017", "03/02/2017", "3rd February 2017", "2017-02-03", "03.02.17",
        "14/08/1989", "1989-08-14", "22.05.1986", "9 January 1958", "11/10/2010", "27 June 2021",
    ],
}

ORDINARY = [
    "Children Act 1989", "Modern Slavery Act 2015", "Gangmasters (Licensing) Act 2004",
    "Housing Act 2004", "Working Together to Safeguard Children",
    "Gangmasters and Labour Abuse Authority", "GLAA", "National Referral Mechanism",
    "EU Settlement Scheme", "pre-settled status", "Ofsted", "NSPCC", "Victoria Climbié",
    "Lord Laming", "Arthur Labinjo-Hughes", "Child Safeguarding Practice Review Panel",
    "Calpol", "metformin", "insulin", "Lidl", "Viber", "Žalgiris", "Christmas", "Easter",
    "Catholic", "Mass", "Kūčios", "Joninės", "Užgavėnės", "plotkelės", "cepelinai",
    "šaltibarščiai", "kugelis", "Močiutė", "močiutė", "Tėtis", "tėtis", "Mama", "Dėdė",
    "Viskas gerai", "Ačiū", "mardy", "frit", "chuntering", "Section 47", "strategy discussion",
    "Child in Need", "Early Help", "MASH", "Graded Care Profile 2", "Team Around the Child",
    "Language Line", "HMO", "DS", "PC", "INTERPRETER REQUIRED - LITHUANIAN", "Lithuanian",
    "in March 2023", "packhouse", "brassicas",
]

INVOLVEMENT = [
    "Gabija Kazlauskaitė (Child G, date of birth 03-02-2017) was born in Panevėžys and came to Boston in August 2019 with her mother Rasa Kazlauskienė, her father Tomas Kazlauskas and her brother Lukas Kazlauskas. The family were granted pre-settled status under the EU Settlement Scheme. Both parents found work through Fenstar Recruitment Ltd, a licensed gangmaster, cutting brassicas and then packing salad at Wash Vale Growers near Skelfleet. Fenstar also let the family two rooms at 14 Spillway Road, PE21 8QZ.",
    "On 12 September 2022 Gabija started Year 1 at Holmdyke Primary Academy, a school rated good by Ofsted. The admission form, completed in English by a Fenstar supervisor, recorded her as 'Gabby Kazlauskaite, DOB 03/02/2017' and her mother as 'Rasa Kazlauskine'. The designated safeguarding lead, Joanne Clifton-Baird (DSL1), marked the file INTERPRETER REQUIRED - LITHUANIAN. Staff noted that Gabija called her grandmother Močiutė and her father Tėtis, and that she cried when collected by 'the minibus man', Artūras Bružas.",
    "The maternal grandmother, Danutė Petrauskienė (born 9 January 1958), arrived from Gružėnai, a village near Panevezys, in October 2022 to look after the children while both parents worked nights. She speaks no English and has type 2 diabetes. On 2 November 2022 Dr Anil Varsani (GP1) at Thornwick Medical Practice registered her as 'Danute Petrauskiene' and started metformin; Lukas, then twelve, interpreted. The record reads 'močiutė very tired, sugars poorly controlled', copying the boy's own word for her.",
    "Emilija Kazlauskaitė, born on 27 June 2021, started at Wrayfield Day Nursery in January 2023, where the register spells her name Emilia. The health visitor, Bethany Skells (HV1), completed a Graded Care Profile 2 on 8 February 2023 and scored home conditions as a concern: nine adults shared one kitchen at Spillway Road and Emilija slept in a drawer. Rasa told Ms Skells 'Viskas gerai' and said Fenstar would move them soon. The HMO was not referred to the council's housing team.",
    "Tomas Kazlauskas, known to his friends as 'Tomukas', went back to Lithuania in March 2023 after a dispute with Fenstar over deductions from his wages. He kept in touch by Viber on +370 612 48093, saved on Gabija's tablet as 'tėtis', and drove for Nemunas Express Parcels, whose TikTok account @nemunas_express showed him on the road between Boston and Panevėžys. His grey Passat, with the Lithuanian plate JGM 062, stayed outside the house. The school was told only that 'TK has gone home', and never took Rasa's number, 07700 900614.",
    "On 3 April 2023 Fenstar moved the family to Flat 2, 37 Maudsley Terrace, Wrangholme, a first-floor flat owned by Mr Raymond Dowsett and sublet by the agency. Mr Dowsett told the review he did not know who lived there. The father's brother, Darius Kazlauskas, known as 'Šernas', moved in from 6 Cranmoor Street on the Hollanby Estate with a lodger, Mindaugas Vaitkus. A neighbour, Mrs Sheila Tebbutt, heard shouting most weekends and said 'the little one were frit of him'.",
    "On Saturday 24 June 2023, the night of Joninės, PC Ryan Tointon (PC1) attended 37 Maudsley Terrace after Mrs Tebbutt reported a fight in the yard. Darius had been watching Žalgiris with friends and had a cut hand; Mindaugas had left. PC Tointon recorded that D.K. was drunk and 'chuntering in Lithuanian', and that the girls were awake with their grandmother. No domestic abuse risk assessment was completed. A notification reached the MASH five days later and was closed with no further action.",
    "In September 2023 Gabija's attendance fell to 71 per cent. Mrs Clifton-Baird recorded that G.K. arrived hungry, with head lice, and said that Mama slept in the day and gave her Calpol when she could not sleep. Artūras still brought her to school in the agency minibus. Rasa was working twelve-hour night shifts at the packhouse, paid through Fenstar, whose office number was 01632 960388; her worker number, FSR-20417, was on a payslip she showed staff. An Early Help assessment began on 19 September 2023.",
    "Team Around the Child meetings were held at Holmdyke Primary on 10 October and 21 November 2023, minuted by C-B. The minutes call the mother RK and give her email as rasa.kazlauskiene@example.com. She attended the first with a Language Line interpreter by telephone and the second with her friend Jurgita Stankevičiūtė, who interpreted. Ms Stankevičiūtė told staff that Rasa was 'not being mardy, only tired'. The plan covered attendance, lice treatment and a Lidl voucher. No one asked who cared for the children at night.",
    "The school was closed over Christmas. Rasa told the review that on Kūčios, Christmas Eve, Darius overturned the table laid with plotkelės and twelve dishes, and that Močiutė took the girls to the Lithuanian Mass at St Hildred's Church, said by Father Vytautas Rimkus. Father Rimkus told the review that Gabiukė, as the family called her, had a bruise on her cheek, which Danutė said was from a fall on the ice. He did not tell anyone, and the school did not ask about the holiday.",
    "On 15 January 2024 an ambulance took Mrs Petrauskienė to hospital after a hypoglycaemic collapse at the flat; Gabija, then six, had rung 999 and said only 'Močiutė sleeping'. Dr Varsani's note reads 'D.P. hypo, switch to insulin'. The discharge letter gave her address as 37 Maudsley Terrace, PE21 7XJ, and her NHS number as 603 551 2847. No agency asked who cared for the children while she was in hospital. Lukas (born 11/10/2010), known at secondary school as Luke, missed four days.",
    "On 6 February 2024 Mrs Clifton-Baird referred Gabija to Children's Services after she told a teaching assistant that Dėdė Darius had locked her in the bathroom. The social worker, Hayley Frusher (SW1), visited on 9 February with Darius present and Lukas interpreting. The referral gives Gabija's date of birth as 3rd February 2017, the mother's as 14/08/1989 and her NI number as QQ 48 27 19 D. No strategy discussion was held, and the case was opened as Child in Need under section 17 of the Children Act 1989.",
    "At the Child in Need meeting on 28 February 2024, circulated from h.frusher@example.org, Hayley noted that Darius had posted photographs of the girls on facebook.com/darius.kazlauskas.33 and that Rasa, called Rasytė by friends, used the Instagram account @rasyte.k89. Ms Frusher recorded Darius's mobile, 07700900275, his NI number, QQ302615B, Tomas's date of birth, 22.05.1986, and a second number for him, +37061248093. Rasa's identity card showed her maiden name, Rasa Petrauskaitė, her date of birth as 1989-08-14 and her personal code, 48908140357.",
    "At about 04:30 on Saturday 9 March 2024 Gabija fell from the bedroom window of Flat 2, 37 Maudsley Terrace into the yard. Rasa was at work; Mrs Petrauskienė was asleep after her insulin and Darius was drunk. Mr Vaitkus, who had returned, and Mrs Tebbutt called 999. Gabija had a fractured skull and has since recovered well. A strategy discussion was held that morning and DS Karen Ingoldby began Section 47 enquiries. The hospital recorded her as GABIJA KAZLAUSKAITE, 2017-02-03, NHS number 472 918 3306.",
]

ANALYSIS = [
    "Fenstar was at once Rasa's employer, landlord and transport. Rent, the minibus and her shifts came off one payslip, and Mr Bružas, recorded by police as 'Bruzas', drove the minibus, YX17 KZP, to Wash Vale Growers each night. No agency asked the Gangmasters and Labour Abuse Authority (GLAA) whether Fenstar was keeping to its licence, and no one considered the National Referral Mechanism under the Modern Slavery Act 2015, although the indicators were recorded. The agency's address, fenstarjobs@example.org, appeared in every file.",
    "Children and friends interpreted at key contacts: Lukas for his grandmother at Thornwick and for his uncle when the social worker visited, and Jurgita at a Team Around the Child meeting. Working Together to Safeguard Children is clear that family members, and children above all, should not interpret in safeguarding work. Language Line could have supplied a Lithuanian interpreter within minutes, but practitioners said they 'got by'. R.K. told the review that she said 'Viskas gerai' because she was frit of losing the flat.",
    "No one recognised the records as one family. Lithuanian surnames change with gender and marriage: the father and uncle are Kazlauskas, the mother Kazlauskienė (Kazlauskiene without accents), the girls Kazlauskaitė and the grandmother Petrauskienė. A Viber message signed 'Gabijos mama', meaning Gabija's mother, was filed at Wrayfield under a parent called Gabijos. Gabija was 'Gabby' at Holmdyke and GK on the nursery's sibling list, and Emilija was E.K. Her NHS number, 4729183306, and date of birth, 03.02.17, would have linked every record.",
    "The postcode was recorded as PE21 8QZ, as PE218QZ and once only as PE21, 8QZ, so address searches also failed. The Victoria Climbié inquiry, chaired by Lord Laming, described the same failure more than twenty years ago, and the Child Safeguarding Practice Review Panel's review after the death of Arthur Labinjo-Hughes warned against accepting explanations for bruising without testing them. The bruise Father Rimkus saw and the fall on the ice were never tested, and the bathroom was never asked about again.",
    "Practitioners described the grandmother as 'a traditional Lithuanian močiutė' and assumed she could care for three children at night. Mrs Petrauskienė was sixty-five, newly on insulin and unable to call for help in English. The family's Catholic faith and closeness were seen as protective: Gabija attended Saulutė Saturday School, Lukas played for Boston Vytis Basketball Club, and the family cooked cepelinai, kugelis and šaltibarščiai for every Easter and Joninės. These were real strengths, but they did not answer who was awake at 04:30.",
]

LEARNING = [
    "When a gangmaster is employer, landlord and driver, a parent's working pattern is part of the child's care. Agencies should ask about shifts, transport and deductions, share concerns with the Gangmasters and Labour Abuse Authority, which enforces the Gangmasters (Licensing) Act 2004, and consider the National Referral Mechanism under the Modern Slavery Act 2015. An overcrowded HMO should be referred under the Housing Act 2004; the rooms at Spillway Rd and at Maudsley Terrace were never inspected.",
    "Children must not interpret, and a grandmother is not a safeguarding plan. Practitioners should use Language Line, record the language each adult speaks, and ask the mother alone who is awake at night. To Gabija, Močiutė, Mama, Tėtis and Dėdė were four people with four roles. Staff who learned those words, and asked about Kūčios, Užgavėnės and Joninės, were trusted more; Rasa said 'Ačiū' to the one worker who asked what the family ate at Christmas, and that worker heard about Darius first.",
    "Names must be searched in all their forms. The MASH should search Kazlauskas, Kazlauskienė and Kazlauskaitė together, with and without accents, with the date of birth in every format, including the Lithuanian order 2017-02-03, and with the postcode. Nicknames such as Gabiukė, Rasytė and Šernas should be added to the record. Lukas's date of birth, 11/10/2010, was held correctly by the school, but no agency searched it when he interpreted at the GP and at home.",
    "Faith and community settings saw more of Gabija than professionals did. Father Rimkus saw a bruise at Christmas; the teachers at Saulutė and the coaches at Vytis knew the family well; and the supervisors at St Hildred's Mass and at the packhouse knew when Rasa was working double shifts. The partnership should offer safeguarding training, with the NSPCC, to the Lithuanian Mass, the Saturday school and the basketball club, and to packhouse supervisors.",
]

RECOMMENDATIONS = [
    ("Children's Services, Lincolnshire Police and Holmdyke Primary Academy should ask, in every assessment of a family working through a gangmaster such as Fenstar, who employs, houses and transports the parents, and should share concerns with the GLAA under the Modern Slavery Act 2015",
     "Add employer, landlord and transport questions to the Early Help and Child in Need assessment templates; audit fifteen cases", "Head of Service, Children's Services", "30-09-2024"),
    ("Agencies must use Language Line or a qualified Lithuanian interpreter and must never use children, as happened when Lukas interpreted for Danutė Petrauskienė, and should record kin terms such as Močiutė and Tėtis with the person each one means",
     "Issue joint interpreting guidance and audit interpreter use at safeguarding contacts", "Partnership Business Manager", "31-10-2024"),
    ("The MASH should search every gendered and accented form of a surname, so that Kazlauskaitė, Kazlauskiene and Gabijos are linked to one household by date of birth and postcode before any strategy discussion or Section 47 decision",
     "Update the MASH search protocol and train all MASH staff", "Detective Inspector, MASH", "31-07-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | LSCP-2024-123 | Gabija KAZLAUSKAITĖ ('Gabby'), DOB 03/02/2017, Flat 2, 37 Maudsley Terrace, Wrangholme PE21 7XJ",
    footer="Author: Hayley Frusher (SW1), h.frusher@example.org | Family: Kazlauskienė / Kazlauskas, 37 Maudsley Terrace | Draft 2",
    comment="HF: Lukas says Šernas (Darius) and Mindaugas were both in the flat on 9/3 - check with DS Ingoldby before panel. Jurgita interpreted for Rasa on the ward again, should not have.",
    footnote="Lithuanian ID card: Rasa Petrauskaitė, personal code 48908140357; Thornwick holds 'Gabija Kazlauskaite' with NHS number 4729183306; Darius Kazlauskas NI QQ302615B.",
)
