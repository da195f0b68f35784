# ruff: noqa: E501
"""A held-back publication case written blind, without sight of the anonymiser: a family in a
Cornish fishing and holiday town; every person, street, school, surgery, boat and festival named
here is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CSPR-23-071"

CASE_TOML = '''reference = "CSPR-23-071"
review = "Child Safeguarding Practice Review"
subject = "Child L"
period = { from = "01-03-2021", to = "30-09-2023" }
board = "Cornwall and Isles of Scilly Safeguarding Children Partnership"

[[agencies]]
name = "Devon and Cornwall Police"
aliases = ["D&C Police", "DCP", "Police"]

[[agencies]]
name = "Cornwall Council Children's Social Care"
aliases = ["Children's Social Care", "CSC", "Children's Services"]

[[agencies]]
name = "Cornwall Partnership NHS Foundation Trust Health Visiting Service"
aliases = ["Health Visiting", "HV Service", "CFT"]

[[agencies]]
name = "Porthvennor Community Primary School"
aliases = ["PCPS", "Porthvennor School"]
published_as = "the primary school"

[[agencies]]
name = "Little Gulls Pre-School"
aliases = ["Little Gulls"]

[[agencies]]
name = "Polgrain Surgery"
aliases = ["Polgrain"]
published_as = "the GP practice"

[[agencies]]
name = "Royal Cornwall Hospitals NHS Trust"
aliases = ["RCHT"]

[[people]]
name = "Elowen Penhallurick"
aliases = ["Elowen", "Elly", "Elowen Penhallurick-Trebilcock", "EP", "E.P."]
role = "Child"
pseudonym = "Child L"
born = "14-06-2019"
address = "4 Chynoweth Ope, Porthvennor, TR20 7ZX"

[[people]]
name = "Tamsyn Penhallurick"
aliases = ["Tamsyn", "Tam", "Tamsin", "T.P."]
role = "Mother"
pseudonym = "Mother"
born = "11-02-1995"
address = "4 Chynoweth Ope, Porthvennor, TR20 7ZX"

[[people]]
name = "Jory Nancekivell"
aliases = ["Jory", "JN", "J.N."]
role = "Sibling"
pseudonym = "Sibling"
born = "03-09-2011"
address = "4 Chynoweth Ope, Porthvennor, TR20 7ZX"

[[people]]
name = "Cadan Trebilcock"
aliases = ["Cadan", "Caddy", "C.T."]
role = "Father"
pseudonym = "Father"
born = "27-10-1990"
address = "Flat 3, The Net Loft, Wharf Road, Porthvennor, TR20 7ZX"

[[people]]
name = "May Penhallurick"
aliases = ["Nan May", "Nanna May"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "19-05-1968"
address = "12 Trewartha Parc, Porthvennor, TR20 7PL"

[[staff]]
name = "Kerensa Hall"
code = "KH"
role = "Health Visitor"
agency = "Cornwall Partnership NHS Foundation Trust Health Visiting Service"

[[staff]]
name = "Piran Odgers"
code = "SW1"
role = "Social Worker"
agency = "Cornwall Council Children's Social Care"

[[staff]]
name = "Demelza Kitto"
code = "PC1"
role = "Police Constable"
agency = "Devon and Cornwall Police"

[[staff]]
name = "Wendy Tonkin"
code = "DSL"
role = "Designated Safeguarding Lead"
agency = "Porthvennor Community Primary School"

[[staff]]
name = "Siân Pryce"
code = "GP1"
role = "General Practitioner"
agency = "Polgrain Surgery"
'''

IDENTIFIERS = {
    "key_name": [
        "Elowen Penhallurick", "Elowen", "Elowen's", "Tamsyn Penhallurick", "Tamsyn",
        "Tamsyn's", "Ms Penhallurick", "Penhallurick", "Jory Nancekivell", "Jory", "Jory's",
        "Nancekivell", "Cadan Trebilcock", "Cadan", "Cadan's", "Mr Trebilcock", "Trebilcock",
        "May Penhallurick", "Penhallurick-Trebilcock",
    ],
    "nickname": ["Elly", "Tam", "Caddy", "Nan May", "Nanna May"],
    "misspelling": ["Elowyn", "Penhalurick", "Tamsin", "Trebilcok"],
    "initials": ["EP", "E.P.", "E.P-T.", "T.P.", "JN", "J.N.", "C.T.", "KH"],
    "staff": [
        "Kerensa Hall", "Ms Hall", "Piran Odgers", "Mr Odgers", "Demelza Kitto", "PC Kitto",
        "Wendy Tonkin", "Mrs Tonkin", "Dr Siân Pryce", "Dr Sian Pryce", "Dr Pryce",
    ],
    "not_in_key": [
        "Mrs Jelbert", "Dot Jelbert", "Łukasz Wróbel", "Lukasz Wrobel", "Łukasz", "Lukasz",
        "Billy Hosken", "Shane Nancekivell", "Auntie Jenna", "Hayley",
    ],
    "address": [
        "4 Chynoweth Ope", "Chynoweth Ope", "12 Trewartha Parc", "Trewartha Parc",
        "The Net Loft", "Porthvennor", "Porthvennor's", "Porthvenor",
    ],
    "postcode": ["TR20 7ZX", "TR20", "7ZX", "TR20 7PL", "7PL"],
    "agency_place": [
        "Porthvennor Community Primary School", "PCPS", "Little Gulls Pre-School",
        "Little Gulls", "Polgrain Surgery", "Polgrain",
    ],
    "local_place": [
        "Mount Zion", "Gannet's Rest", "Porthvennor Gig Club", "Porthvennor Pilchard Fair",
        "Girl Lowenna",
    ],
    "number": [
        "07700 900417", "01632 960288", "PZ 417", "PZ417", "WF67 KTX", "CR/0048812/21",
        "999 432 1876",
    ],
    "date_of_birth": ["14-06-2019", "14/06/2019", "14th June 2019", "11-02-1995", "03/09/2011"],
    "social_media": ["tamsyn.pen95@example.org", "@tamz_pen95", "ellyandjory_xx"],
}

ORDINARY = [
    "Working Together to Safeguard Children 2018", "Children Act 1989", "section 47",
    "Domestic Abuse Act 2021", "Arthur Labinjo-Hughes", "Star Hobson", "Victoria Climbié",
    "Child Safeguarding Practice Review Panel", "Graded Care Profile 2",
    "DASH risk checklist", "Ages and Stages Questionnaire", "MARAC", "MASH",
    "Detective Sergeant", "Operation Encompass", "NO FURTHER ACTION",
    "Royal Cornwall Hospital", "Bristol Royal Hospital for Children",
    "paediatric intensive care unit", "CT scan", "RNLI", "Fishermen's Mission",
    "We Are With You", "South Western Ambulance Service", "Staffordshire bull terrier",
    "Jack Russell", "Legg-Calvé-Perthes disease", "St Piran's Day", "May half-term",
    "Boxing Day", "harvest festival", "tea treat", "Methodist chapel hall", "Wendy house",
    "Year 6", "Snapchat", "Calpol", "zero-hours contract", "harbour master", "Poland",
]

INVOLVEMENT = [
    "Elowen Penhallurick (Elly to her family; registered at Polgrain Surgery as Elowen Penhallurick-Trebilcock, NHS number 999 432 1876) was born on 14/06/2019 at the Royal Cornwall Hospital. Through the review period she lived with her mother Tamsyn Penhallurick and her half-brother Jory Nancekivell at 4 Chynoweth Ope, Porthvennor, TR20 7ZX, a two-bedroom former fisherman's cottage let to the family on a winter let that had to be renegotiated each Easter, when the landlord could take holiday bookings. Health Visitor Kerensa Hall (KH) completed EP's 2-2½ year review at home on 22/09/2021 using the Ages and Stages Questionnaire; Elowen's communication score was below the cut-off and she was referred to speech and language therapy. Ms Hall recorded that the cottage was cold and damp, that a Staffordshire bull terrier was shut in the kitchen throughout the visit, and that Tamsyn said money was 'tight until the season starts again'.",
    "On Boxing Day 2021 at 21:50 Devon and Cornwall Police attended Chynoweth Ope after a neighbour, Mrs Jelbert, rang 999 to report shouting and a child screaming. PC Demelza Kitto found Elowen's father Cadan Trebilcock (known in the town as Caddy) intoxicated, and a red mark on Tamsyn's neck. PC Kitto completed a DASH risk checklist, graded medium; Elowen and Jory were recorded as present but neither child was spoken to. No MARAC referral was made. Mr Trebilcock was arrested, interviewed and released under investigation; Ms Penhallurick did not support a prosecution and crime CR/0048812/21 was filed. An Operation Encompass notification was sent to Porthvennor Community Primary School, but it was not opened until 05/01/2022 because of the Christmas holidays, and nothing was sent to Little Gulls Pre-School, which had no Operation Encompass contact. Two further incidents followed, on 06/03/2022 (St Piran's Day, after a session in the town) and on 18/06/2022 at the home of the maternal grandmother May Penhallurick (Nan May) at 12 Trewartha Parc, TR20 7PL.",
    "The MASH recorded the first notification as 'NO FURTHER ACTION - SIGNPOSTED TO EARLY HELP'. After the March 2022 incident Children's Social Care opened a Child and Family Assessment on 16/03/2022. Social worker Piran Odgers (SW1) visited twice and on both visits saw Elowen and Jory together in the front room with their mother present. Tamsin (sic; she asked to be called Tam) told Mr Odgers that Cadan had gone away to work on a scalloper and would not be back before the summer; she gave her mobile as 07700 900417 and her email as tamsyn.pen95@example.org. The assessment concluded on 02/05/2022 that Elowen was a child in need under section 17 of the Children Act 1989, and a Child in Need plan was agreed. The plan was closed on 28/09/2022, at the end of the summer season, when Ms Penhalurick reported that Cadan had left the area. No one checked this with the police, who had seen him on the quay, or with the skipper of the Girl Lowenna (PZ 417), Billy Hosken, who had taken him back on for the season.",
    "Jory (J.N., born 03/09/2011) was in Year 6 at PCPS in 2022-23. He has Legg-Calvé-Perthes disease of the left hip and needed a wheelchair for the school trip and for long distances. His attendance fell to 81% in the summer term of 2023 and he was repeatedly late on Monday mornings. The Designated Safeguarding Lead, Mrs Wendy Tonkin, recorded on 12/06/2023 that Jory said he 'looks after Elly when Mum is on lates' at the Gannet's Rest, the harbourside café where Tamsyn worked a zero-hours contract from Easter to October. Mrs Tonkin did not identify him as a young carer. Jory rowed with the Porthvennor Gig Club and told his coach that he 'hated Caddy' and that 'Nanna May's is better'. His Snapchat name, ellyandjory_xx, showed late-night videos filmed on the harbour wall; the school's filtering log noted them but they were not linked with the safeguarding record. His father, Shane Nancekivell, was in prison throughout the review period and had no contact.",
    "Elowyn (as the pre-school's register spelt her name) took up a funded place at Little Gulls, which meets in the Methodist chapel hall behind Mount Zion in Fore Street, in September 2022. Her key worker, Hayley, recorded on 09/02/2023 a cluster of four bruises to her upper left arm; Tamsyn said Elowen had been pulled out of the Wendy house by another child, a body map was completed and no referral was made. Elowen sang at the harvest festival and at the chapel tea treat, and Auntie Jenna collected her on some afternoons. Her attendance stopped at the May half-term in 2023 and she did not return before the incident; Little Gulls is closed in the school holidays and did not follow up her absence.",
    "On 17/04/2023 Dr Siân Pryce at Polgrain Surgery saw Tamsyn for low mood and started sertraline. Tamsyn said Cadan was 'back for the season' and crewing on the Girl Lowenna again; Dr Pryce did not ask who else now lived or stayed in the household and the children's records were not flagged. Cadan's methadone was prescribed through We Are With You; at the end of June 2023 supervised consumption was relaxed to weekly collection because his work at sea made daily pick-up impossible. The treatment service recorded that he lived at Flat 3, The Net Loft, Wharf Road, a deckhand's lodging he shared with a crewmate, Łukasz Wróbel (recorded by the police as Lukasz Wrobel), and it did not know that he had a four-year-old child. Tamsyn's public posts as @tamz_pen95 advertised a Jack Russell puppy for sale on 30/06/2023.",
    "At 23:40 on Saturday 19/08/2023, during the Porthvennor Pilchard Fair, the harbour master found Elowen, then aged four, alone on the lifeboat slipway in her pyjamas. An RNLI volunteer carried her home, where Cadan was asleep; Tamsyn was working a late shift. Police attended and submitted a public protection notice, which reached the MASH on 24/08/2023. On 02/09/2023 at 07:55 Tamsyn called 999 because Elowen could not be woken. South Western Ambulance Service paramedics gave naloxone and she was taken to the Royal Cornwall Hospital, where a CT scan of her head was normal, and then by the retrieval team to the paediatric intensive care unit at Bristol Royal Hospital for Children. Toxicology confirmed methadone. Mr Trebilcock told a Detective Sergeant that he had decanted his weekly dose into an old Calpol bottle, which Elowen had found in the fridge. A strategy discussion was held that afternoon and section 47 enquiries began; Elowen recovered and went to stay with Nan May. Łukasz, who was at the flat that night, returned to Poland the following week and has not been spoken to. Elowen's grandmother has since been helped by the Fishermen's Mission.",
]

ANALYSIS = [
    "Every agency saw part of the same seasonal pattern and none put it together. In the winter the family was short of money, the cottage was damp and Cadan was said to be away; in the summer Tamsyn worked long, late shifts, Cadan came home to fish out of Porthvennor and the domestic abuse, the drinking and the supervision of the children got worse. The closure of the Child in Need plan in September 2022 and the relaxing of supervised consumption in June 2023 both fell at the turn of the season, and both relied on what Ms Penhallurick or Mr Trebilcock said rather than on what others knew.",
    "Elowen was never seen alone or heard on her own terms. The health visitor, Mr Odgers and PC Kitto all saw her with her mother. E.P.'s speech delay was known from the Ages and Stages Questionnaire and should have prompted professionals to find other ways to understand her experience, as the Child Safeguarding Practice Review Panel urged in its national review into the murders of Arthur Labinjo-Hughes and Star Hobson. Jory was treated as a source of information about Elly rather than as a child in his own right, and his caring role, his Legg-Calvé-Perthes disease and his late nights on the harbour were not connected.",
    "Fathers and partners who work away were invisible. Cadan Trebilcock's address at The Net Loft, his methadone prescription and his return each spring were held by the police, the treatment service and the GP, but the plan for Elowen recorded him as 'no longer in the household'. The lesson of the Victoria Climbié inquiry, that agencies must check what they are told, applies to the question of who is in the home: no agency asked Mrs Jelbert, Nan May or the skipper, Billy Hosken, who saw the family every week.",
    "The DASH risk checklist was completed on each occasion but was graded on the injuries seen that night, not on the pattern: three incidents in six months, a child under five, alcohol and opiates, and a victim who withdrew. A referral to MARAC, and through it to the Fishermen's Mission and the drug service, would have brought this history into one room. The Domestic Abuse Act 2021 recognises children as victims in their own right; the Boxing Day record did not treat them so.",
]

LEARNING = [
    "Learning 1: Seasonal work shapes risk. In Porthvennor's holiday season Tamsyn worked a zero-hours contract at the Gannet's Rest until midnight, Cadan (Caddy) was home from the boats and Jory, a Year 6 pupil with Legg-Calvé-Perthes disease, was left to mind Elly. Practitioners should ask what changes at Easter, over the May half-term and after St Piran's Day, and plan for the summer months, not only for the week of the visit. Agencies closed or relaxed their involvement with Elowen Penhallurick (EP, born 14th June 2019) each autumn and each spring on the word of her parents. The harbour master and an RNLI volunteer, not a professional, were the ones who found Elowen on the slipway during the Porthvennor Pilchard Fair.",
    "Learning 2: Know who is in the household. Elowen's father, Cadan Trebilcock (C.T.), was recorded by Children's Social Care as having left, by the GP as 'back for the season' and by We Are With You as living at The Net Loft with Łukasz Wróbel. Working Together to Safeguard Children 2018 expects practitioners to understand the whole family, including men who are not always present. A Graded Care Profile 2 and a check with the MASH, the police and the treatment service before the Child in Need plan for Elowyn closed would have shown that he was still at 4 Chynoweth Ope, Porthvennor TR20 7ZX, and that methadone was kept at the home where a four-year-old lived. The toddler was found to have swallowed it from a Calpol bottle.",
    "Learning 3: Operation Encompass worked for Jory Nancekivell's school but not for his sister's pre-school, because Little Gulls Pre-School had no named contact and was closed in the holidays. Early years settings that meet in a Methodist chapel hall or other community building, and close for the summer, need a route for notifications and for following up a child who stops attending.",
    "Learning 4: Young carers are hidden in plain sight. Mrs Tonkin heard Jory describe looking after his sister while his mother worked late, and his Snapchat videos from the harbour wall were logged, but neither led to a young carer's assessment or to a conversation with Nan May, who would have helped. Schools should record caring roles as safeguarding information.",
]

RECOMMENDATIONS = [
    ("Health visitors, GPs and the drug and alcohol service should ask at every contact who lives in or stays at a child's home, including fathers such as Cadan Trebilcock who work at sea or away for the winter, and record the answer so that Elowen's and Jory's records show him", "Add a household membership question to the health visiting and Polgrain Surgery templates; audit 20 records of families with a parent in seasonal or sea-going work", "Named Nurse for Safeguarding Children, Cornwall Partnership NHS Foundation Trust", "31-03-2024"),
    ("Children's Social Care should close no Child in Need plan on a parent's word alone: for Elowen Penhallurick the plan closed at the end of the summer season without a multi-agency meeting, a Graded Care Profile 2 or a word with Nan May, Little Gulls Pre-School or Porthvennor Community Primary School", "Revise the closure checklist to require a final network meeting and a recorded check with the police and the treatment service; dip-sample closures in September and October", "Head of Service, Cornwall Council Children's Social Care (contact 01632 960288)", "30-04-2024"),
    ("Devon and Cornwall Police should refer to the MASH within 24 hours every incident graded medium on the DASH risk checklist where a child under five lives at the address, as at 4 Chynoweth Ope, TR20 7ZX on Boxing Day, and should send Operation Encompass notices to pre-schools as well as schools", "Brief response officers including PC Kitto's team; extend the Operation Encompass list to early years settings; report compliance to the partnership quarterly", "Detective Inspector, Public Protection, Devon and Cornwall Police", "30-06-2024"),
]

CASE = HeldOut(
    REFERENCE,
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE - Agency report CSPR-23-071 - Elowen Penhallurick (E.P-T.), 4 Chynoweth Ope",
    footer="Author: Safeguarding Lead, PCPS, Porthvennor TR20 7ZX - queries to 01632 960288 - draft for Nan May's family meeting",
    comment="Check with Kerensa Hall whether Tamsyn's sister Auntie Jenna or Dot Jelbert was present at the 2-2½ year review; T.P. gave her date of birth as 11-02-1995 and Cadan's car was WF67 KTX. Lukasz on the crew list of PZ417?",
    footnote="Attendance figures for Jory supplied by Mrs Tonkin on 12/10/2023; Elowen's date of birth 14-06-2019 is confirmed by Dr Sian Pryce. Skipper of the Girl Lowenna: Billy Hosken. Spelling Trebilcok in the MASH record is sic. JN's address at Trewartha Parc (TR20 7PL) from April 2023. Porthvenor in the hospital record is sic.",
)
