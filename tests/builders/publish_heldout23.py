"""Held-back publication case 23, written blind: the sudden unexpected death of an infant who was
co-sleeping with a young father after alcohol and drug use, in a former mining town in County
Durham. Every name, address, number and date of birth in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "CDSCP-CSPR-2024-03"
review = "Child Safeguarding Practice Review"
subject = "Baby K"
period = { from = "01-03-2023", to = "24-12-2023" }
board = "County Durham Safeguarding Children Partnership"

[[agencies]]
name = "Durham Constabulary"
aliases = ["Durham Police", "Police"]

[[agencies]]
name = "Durham County Council Children's Services"
aliases = ["Children's Social Care", "CSC", "First Contact"]

[[agencies]]
name = "County Durham and Darlington NHS Foundation Trust 0-19 Service"
aliases = ["Health Visiting", "0-19 Service", "HV Service"]

[[agencies]]
name = "North East Ambulance Service NHS Foundation Trust"
aliases = ["NEAS", "Ambulance Service"]

[[agencies]]
name = "Derwentside Drug and Alcohol Recovery Service"
aliases = ["DDARS", "the recovery service"]
published_as = "the substance misuse service"

[[agencies]]
name = "Coldheugh Medical Group"
aliases = ["Coldheugh surgery", "the surgery"]
published_as = "the family's GP practice"

[[agencies]]
name = "Coldheugh Village Nursery"
aliases = ["the village nursery"]

[[people]]
name = "Ayla-Grace Bell"
aliases = ["Ayla-Grace", "Ayla", "Baby Ayla", "AGB", "A.G.B."]
role = "Child"
pseudonym = "Baby K"
born = "14-08-2023"
address = "Flat 2, 31 Wansbeck Court, Coldheugh, DH7 4QY"

[[people]]
name = "Shannon Bell"
aliases = ["Shannon", "Shan", "Ms Bell", "SB"]
role = "Mother"
pseudonym = "Mother"
born = "02-03-2004"
address = "Flat 2, 31 Wansbeck Court, Coldheugh, DH7 4QY"

[[people]]
name = "Callum Stobbart"
aliases = ["Callum", "Calum", "Cal", "Stobby", "Mr Stobbart", "Stobart", "C.S."]
role = "Father"
pseudonym = "Father"
born = "11-11-2003"
address = "22 Sinkers Row, Brantwick, NE42 6XR"

[[people]]
name = "Lorraine Bell"
aliases = ["Lorraine", "Nana Lorraine", "Nanna Lol", "Mrs Bell", "L.B."]
role = "Maternal Grandmother"
pseudonym = "Maternal Grandmother"
born = "19-06-1976"
address = "7 Pithead Terrace, Coldheugh, DH7 4QZ"

[[people]]
name = "Kaiden Bell"
aliases = ["Kaiden", "Kayden", "KB"]
role = "Sibling"
pseudonym = "Sibling"
born = "05-01-2020"
address = "Flat 2, 31 Wansbeck Court, Coldheugh, DH7 4QY"

[[staff]]
name = "Faith Armstrong"
code = "HV1"
role = "Health Visitor"
agency = "County Durham and Darlington NHS Foundation Trust 0-19 Service"

[[staff]]
name = "Bethany Coxon"
code = "SW1"
role = "Social Worker"
agency = "Durham County Council Children's Services"

[[staff]]
name = "Marek Dąbrowski"
code = "RW1"
role = "Recovery Worker"
agency = "Derwentside Drug and Alcohol Recovery Service"

[[staff]]
name = "Gareth Pringle"
code = "DS1"
role = "Detective Sergeant"
agency = "Durham Constabulary"
"""

IDENTIFIERS = {
    "key_name": ["Ayla-Grace Bell", "Ayla-Grace", "Ayla", "Ayla's", "Shannon Bell", "Shannon",
                 "Shannon's", "Ms Bell", "Callum Stobbart", "Callum", "Callum's", "Mr Stobbart",
                 "Lorraine Bell", "Lorraine", "Lorraine's", "Mrs Bell", "Kaiden Bell", "Kaiden",
                 "Bell family"],
    "misspelling": ["Kayden", "Calum", "Stobart"],
    "nickname": ["Shan", "Stobby", "Cal", "Nana Lorraine", "Nanna Lol", "Baby Ayla"],
    "initials": ["AGB", "A.G.B.", "SB", "C.S.", "L.B.", "KB"],
    "staff_name": ["Faith Armstrong", "Ms Armstrong", "Bethany Coxon", "Bethany",
                   "Marek Dąbrowski", "Marek Dabrowski", "Mr Dąbrowski", "Marek",
                   "Gareth Pringle", "DS Pringle"],
    "not_in_key": ["Renée Pattinson", "Renee Pattinson", "Renée", "Mrs Pattinson",
                   "Dean Nattrass", "Tacker", "Michelle Stobbart", "Reece Gaffney"],
    "address": ["31 Wansbeck Court", "Wansbeck Court", "22 Sinkers Row", "Sinkers Row",
                "7 Pithead Terrace", "Pithead Terrace"],
    "town": ["Coldheugh", "Brantwick"],
    "postcode": ["DH7 4QY", "DH7", "4QY", "NE42 6XR", "DH7 4QZ"],
    "agency_place": ["Coldheugh Medical Group", "Coldheugh Village Nursery", "Derwentside"],
    "number": ["07700 900418", "01632 960734", "485 777 3456", "CR/0418/23"],
    "date_of_birth": ["14-08-2023", "14/08/2023", "14th August 2023", "02-03-2004",
                      "11.11.2003", "19-06-1976"],
    "social_media": ["shan_bell04", "@stobby_cal", "shannon.bell04@example.org"],
}

ORDINARY = [
    "Christmas Eve", "Boxing Day", "Bonfire Night", "May 2023", "The Lullaby Trust",
    "Care of Next Infant", "ICON", "Sudden Infant Death Syndrome", "Joint Agency Response",
    "Child Death Overview Panel", "Working Together to Safeguard Children 2023",
    "Children Act 1989", "Misuse of Drugs Act 1971", "Out of Routine",
    "Child Safeguarding Practice Review Panel", "Victoria Climbié", "Star Hobson",
    "Arthur Labinjo-Hughes", "Detective Sergeant", "AUDIT-C", "Graded Care Profile 2",
    "Edinburgh Postnatal Depression Scale", "Apgar score", "Bell's palsy", "in good faith",
    "Moses basket", "Jack Russell", "Staffordshire Bull Terrier", "Talk to FRANK", "Snapchat",
    "Calpol", "Benidorm", "Great North Children's Hospital", "Year 10", "Subutex",
    "miners' strike", "NHS 111", "Signs of Safety", "University of Bristol", "Early Help",
]

INVOLVEMENT = [
    "Shannon Bell (Mother, DOB 02-03-2004) booked her pregnancy with Coldheugh Medical Group in May 2023, when she was 19. She lived with her son Kaiden Bell (Sibling, then three, whose father Reece Gaffney had no contact) at Flat 2, 31 Wansbeck Court, Coldheugh, DH7 4QY, a housing association flat on the estate built where the colliery stood before the miners' strike. Shannon told the midwife she had left school in Year 10, smoked, and used cannabis \"now and then\"; she developed Bell's palsy at 30 weeks and was treated by the GP. Her mother, Lorraine Bell (Maternal Grandmother, DOB 19-06-1976), lives nearby at 7 Pithead Terrace, DH7 4QZ, and was named by Ms Bell as her main support.",
    "Callum Stobbart (Father, DOB 11.11.2003), known to friends as Stobby, was 19 when the pregnancy was confirmed and lived with his mother, Michelle Stobbart, at 22 Sinkers Row, Brantwick, NE42 6XR. He had been open to Derwentside Drug and Alcohol Recovery Service since 2022 and was prescribed Subutex; his recovery worker, Marek Dąbrowski, recorded an AUDIT-C score of 10 in June and that Callum \"drinks with Tacker at weekends\", a reference to his friend Dean Nattrass, who was known to Durham Constabulary for supplying cocaine under the Misuse of Drugs Act 1971. Mr Dąbrowski did not know that Mr Stobbart was about to become a father, and the recovery service did not ask who he lived with or whether children stayed overnight.",
    "Ayla-Grace Bell (Baby K) was born on 14th August 2023 at 37 weeks with an Apgar score of 9 at five minutes. The hospital discharge summary gives her DOB as 14/08/2023 and her NHS number as 485 777 3456. The first visit by the health visitor, Faith Armstrong, took place at Wansbeck Court on 25 August. Ms Armstrong gave the safer sleep advice of The Lullaby Trust and the ICON message, and saw the Moses basket in the bedroom. Her record reads \"A.G.B. seen with mum SB, MGM L.B. present\". She recorded that Ayla slept there \"most nights\" and at weekends stayed with Nana Lorraine, who had a travel cot. The family's Jack Russell was kept in the kitchen. The Edinburgh Postnatal Depression Scale was not completed because Shannon's phone rang (07700 900418) and the visit was cut short.",
    "In September 2023 Ayla-Grace was admitted to the Great North Children's Hospital for three nights with bronchiolitis after Shannon rang NHS 111. The discharge letter to the surgery recorded that \"dad smelled of alcohol on the ward\"; the letter was scanned at Coldheugh Medical Group but not read by a GP, and it was not shared with the 0-19 Service. Lorraine Bell told the ward she had Ayla every Friday to Sunday in Lorraine's own house and would \"keep her right\"; staff accepted this in good faith and no one asked how the baby slept when she was with Callum.",
    "On Bonfire Night, 5 November 2023, police were called by a neighbour, Renée Pattinson (recorded on the log as Renee Pattinson), to shouting at Wansbeck Court. Officers found Mr Stobbart intoxicated; his Staffordshire Bull Terrier was loose on the landing and Baby Ayla was asleep on the sofa. The incident (CR/0418/23) was graded standard on the DASH form, and a notification reached Children's Social Care the next day. Bethany Coxon, the duty social worker, rang Shannon, who said Cal had \"gone back to his mam's\". The officer's note reads \"C.S. removed from address, Mrs Pattinson to give statement\". The contact was closed with a letter about Early Help; no check was made with the health visitor or with the recovery service, and no one saw Kaiden at Coldheugh Village Nursery, where the register lists him as KB.",
    "In early December Lorraine told the health visitor by phone (01632 960734) that she was going to Benidorm for Christmas and would be back on Boxing Day. Ms Armstrong recorded \"plan for Ayla over Christmas – mam and dad\" but did not ask where Ayla-Grace would sleep. Shannon's Snapchat account, shan_bell04, later showed photographs posted by @stobby_cal of cans and white powder on the coffee table on 23 December.",
    "On Christmas Eve 2023, at 07:42, Mr Stobbart rang 999 from the flat to say the baby was \"not breathing\". North East Ambulance Service crews arrived within nine minutes and began resuscitation; on the call he can be heard shouting \"Shan, get up\"; Ayla-Grace was conveyed to hospital and could not be saved. Callum told the paramedics that he had fallen asleep on the sofa with her on his chest after drinking and taking cocaine, and that Shannon had gone to bed after giving her Calpol. Detective Sergeant Gareth Pringle attended under the Joint Agency Response, and DS Pringle's note records that Kayden (sic) was asleep upstairs. The Coroner opened an inquest, and the case was notified to the Child Safeguarding Practice Review Panel.",
]

ANALYSIS = [
    "The national panel's review Out of Routine found that most infants who die suddenly in families known to children's social care die when the normal pattern of care is disrupted and a parent has used alcohol or drugs. That was the position in the Bell family over Christmas: Nanna Lol (Mrs Bell), who provided the weekend care that made the home safer, was in Benidorm, and Ayla was left with two young parents on Christmas Eve. No agency had asked what would happen when the routine changed; the question of a safety plan for the weekends never reached a professional who knew the whole picture.",
    "Each agency held part of the picture. The recovery service knew Callum Stobbart drank heavily and used cocaine with Dean Nattrass, but did not know he was a father; the hospital knew he smelled of alcohol on the ward; the police saw the baby asleep on a sofa beside an intoxicated adult on Bonfire Night. The recovery service record spells him \"Calum Stobart\" throughout, and Marek Dabrowski told the author that he \"never thought to ask about children, because Callum's file said no dependants\". This is the same failure to bring information together that the inquiries into Victoria Climbié, Star Hobson and Arthur Labinjo-Hughes described, and that Working Together to Safeguard Children 2023 requires agencies to overcome.",
    "Fathers were largely invisible. Ms Armstrong's records refer to Callum only as \"dad\" and never record his surname, his address at Sinkers Row or his drug use. Safer sleep advice was given to Shannon alone, and no one used the Graded Care Profile 2 or the Signs of Safety approach that the partnership expects when neglect is a concern. The decision of Bethany Coxon to close the contact after a phone call, without seeing Ayla-Grace or Kaiden, meant the threshold for an assessment under section 17 of the Children Act 1989 was never tested.",
    "There was no evidence that the death was intended. The post-mortem found no injury, and the Coroner recorded the death as unascertained, consistent with Sudden Infant Death Syndrome in an unsafe sleeping environment. The Child Death Overview Panel will consider modifiable factors, including the family's address at Wansbeck Court, like much housing in DH7, being overcrowded once Callum stayed most nights.",
]

LEARNING = [
    "Safer sleep advice must be given to every adult who cares for a baby, including fathers who do not live in the home and grandparents who provide regular care. Had Faith Armstrong met Callum Stobbart and Lorraine Bell, the advice of The Lullaby Trust about sofas, alcohol and drugs, and about the Moses basket being used every night and not only at home, would have reached the people who were with Ayla-Grace on the night of Ayla's death. Staff in Coldheugh should also offer Care of Next Infant support to Shannon Bell if she has another baby.",
    "Adult services must ask every client whether they are a parent or have contact with children, and must repeat the question at every review. The Derwentside recovery service recorded an AUDIT-C score and a Subutex prescription for Mr Stobbart but did not know that Ayla had been born on 14-08-2023 and stayed with him at weekends. Workers should give Talk to FRANK information to parents, tell them that a Jack Russell or Staffordshire Bull Terrier loose near a sleeping baby adds risk, and refer to children's social care when a parent who uses cocaine cares for an infant.",
    "Disrupted routine is a warning sign. When a carer like Nana Lorraine goes away for Christmas, or a parent is drinking more over Boxing Day and New Year, practitioners should ask a simple question: where will the baby sleep tonight? The ICON programme and the Edinburgh Postnatal Depression Scale should be completed at the contact when they are due, not left for the next visit, because the next visit may not come.",
    "Information held in hospital discharge letters must be read and acted on. The letter from the Great North Children's Hospital to Coldheugh Medical Group would have told the GP, and through the GP the health visitor, that Callum had been drunk on the ward. The surgery has since introduced a daily review of letters about children under one, and the partnership has shared the University of Bristol research on sudden infant deaths with all practices.",
]

RECOMMENDATIONS = [
    ("Coldheugh Medical Group and the 0-19 Service should make sure that safer sleep advice, using the materials of The Lullaby Trust, is given to fathers and to grandparents like Lorraine Bell who care for a baby overnight, and that this is recorded by name",
     "Audit of 30 new birth visits to check that every carer was seen and named", "Head of 0-19 Service", "31-07-2024"),
    ("The Derwentside recovery service should ask every client, at assessment and every review, whether they are a parent or have children staying with them, a question never put to Callum Stobbart, and share an AUDIT-C score above 8 with children's social care when an infant is in the household",
     "Change to the assessment form and a briefing for all recovery workers", "Service Manager, substance misuse service", "30-06-2024"),
    ("Children's Social Care should not close a police notification about a baby under one without seeing the child and checking with the health visitor, in line with Working Together to Safeguard Children 2023 and the learning from Out of Routine",
     "Practice guidance for the front door and an audit of closed contacts", "Head of First Contact", "30-09-2024"),
]

CASE = HeldOut(
    reference="CDSCP-CSPR-2024-03",
    case_toml=CASE_TOML,
    identifiers=IDENTIFIERS,
    ordinary=ORDINARY,
    involvement=INVOLVEMENT,
    analysis=ANALYSIS,
    learning=LEARNING,
    recommendations=RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE – Agency Report – Ayla-Grace Bell (AGB), DOB 14-08-2023",
    footer="Author: Faith Armstrong, Coldheugh – contact shannon.bell04@example.org via SB only",
    comment="Check with Lorraine (Nanna Lol) whether Renée Pattinson or Reece Gaffney gave a statement about Stobby.",
    footnote="Callum Stobbart's account @stobby_cal was seen by DS Pringle; Kaiden was at 31 Wansbeck Court.",
)
