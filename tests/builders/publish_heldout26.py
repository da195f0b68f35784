"""Held-back publication case 26, written blind without sight of the anonymiser: an armed forces
family on a garrison, a mother with serious mental illness after a birth. Every name, place,
number and address of the family, friends and staff is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "KVSCP-LCSPR-2024-04"

CASE_TOML = """\
reference = "KVSCP-LCSPR-2024-04"
review = "Local Child Safeguarding Practice Review"
subject = "Child X"
board = "Kennet Vale Safeguarding Children Partnership"
period = { from = "01-07-2023", to = "30-06-2024" }
notification = "04-06-2024"
decision = "25-06-2024"

[[agencies]]
name = "Wiltshire Police"
aliases = ["Police", "WP"]

[[agencies]]
name = "Wiltshire Children's Social Care"
aliases = ["Children's Social Care", "CSC", "MASH"]

[[agencies]]
name = "Health Visiting Service"
aliases = ["HV", "0-19 Service"]

[[agencies]]
name = "Avonside Mental Health NHS Trust"
aliases = ["Perinatal Mental Health Team", "PMHT", "Crisis Resolution and Home Treatment Team", "CRHTT"]

[[agencies]]
name = "Larkmoor Medical Centre"
aliases = ["Defence Primary Healthcare", "DPHC", "Larkmoor Med Centre"]

[[agencies]]
name = "Hexcombe Lines Nursery"
aliases = ["Hexcombe Lines Day Nursery"]
published_as = "the nursery on the base"

[[agencies]]
name = "1 R WESSEX Unit Welfare Office"
aliases = ["Unit Welfare Office", "UWO", "1st Battalion The Royal Wessex Regiment"]
published_as = "the father's unit"

[[people]]
name = "Oisín Haigh"
aliases = ["Oisín", "Oisin", "Oisin Haigh", "Osh", "O.H."]
role = "Child"
pseudonym = "Child X"
born = "28-03-2024"
address = "14 Kandahar Road, Larkmoor Camp, Chalkford SP4 8QZ"

[[people]]
name = "Poppie-Rose Haigh"
aliases = ["Poppie-Rose", "Poppie", "Pops", "PRH", "P-R"]
role = "Sibling"
pseudonym = "Child Y"
born = "17-06-2022"
address = "14 Kandahar Road, Larkmoor Camp, Chalkford SP4 8QZ"

[[people]]
name = "Siobhán Haigh"
aliases = ["Siobhán", "Siobhan", "Siobhan Haigh", "Siobhán Kearney", "Shiv", "Mrs Haigh", "SH", "S.H."]
role = "Mother"
pseudonym = "Mother"
born = "23-03-1996"
address = "14 Kandahar Road, Larkmoor Camp, Chalkford SP4 8QZ"

[[people]]
name = "Benjamin Haigh"
aliases = ["Ben", "Ben Haigh", "Cpl Haigh", "Corporal Haigh", "Haighy", "BH"]
role = "Father"
pseudonym = "Father"
born = "09-11-1993"
address = "14 Kandahar Road, Larkmoor Camp, Chalkford SP4 8QZ"

[[people]]
name = "Bríd Kearney"
aliases = ["Bríd", "Brid Kearney", "Nana Bríd", "Nana Brid"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "02-02-1968"
address = "7 Knockbrack Terrace, Navan, C15 K7W2"

[[staff]]
name = "Morwenna Lance"
code = "HV1"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Jerome Christmas"
code = "SW1"
role = "Social Worker"
agency = "Wiltshire Children's Social Care"

[[staff]]
name = "Tobias Greenhalgh"
code = "UWO1"
role = "Unit Welfare Officer"
agency = "1 R WESSEX Unit Welfare Office"

[[staff]]
name = "Ffion Castell"
code = "CPN1"
role = "Perinatal Community Psychiatric Nurse"
agency = "Avonside Mental Health NHS Trust"
"""

IDENTIFIERS = {
    "key_name": [
        "Oisín Haigh", "Oisin Haigh", "Oisín", "Oisin",
        "Poppie-Rose Haigh", "Poppie-Rose", "Poppie",
        "Siobhán Haigh", "Siobhan Haigh", "Siobhán", "Siobhan", "Siobhán Kearney", "Mrs Haigh",
        "Benjamin Haigh", "Ben Haigh", "Ben", "Corporal Haigh", "Cpl Haigh", "Haigh",
        "Bríd Kearney", "Brid Kearney", "Kearney",
    ],
    "nickname": ["Shiv", "Pops", "Osh", "Haighy", "Nana Bríd", "Nana Brid"],
    "misspelling": ["Shiobhan", "Shiobhan Hague", "Cpl Hague", "Poppy-Rose"],
    "initials": ["S.H.", "SH", "BH", "PRH", "P-R", "O.H."],
    "not_in_key": [
        "Gwen Tarrant", "Mrs Tarrant", "Jodie Farrier", "Jodes", "Dean Farrier",
        "Lewis Pryce", "Sharon Haigh", "Auntie Shaz",
    ],
    "staff_name": [
        "Morwenna Lance", "Ms Lance", "Jerome Christmas", "Mr Christmas",
        "Tobias Greenhalgh", "Capt Greenhalgh", "Ffion Castell", "Ffion",
    ],
    "address": [
        "14 Kandahar Road", "Kandahar Road", "Larkmoor Camp", "Larkmoor", "Chalkford",
        "7 Knockbrack Terrace", "Knockbrack Terrace", "Navan",
    ],
    "postcode": ["SP4 8QZ", "SP4", "8QZ", "C15 K7W2", "C15", "K7W2"],
    "agency_place": [
        "Larkmoor Medical Centre", "Hexcombe Lines Nursery", "Hexcombe Lines",
        "St Barbara's Garrison Church",
    ],
    "military_unit": [
        "1st Battalion The Royal Wessex Regiment", "Royal Wessex Regiment", "1 R WESSEX",
    ],
    "number": ["07700 900417", "01632 960288", "30093771", "999 062 4417", "54240112876"],
    "date_of_birth": ["28 March 2024", "28/03/2024", "23/03/1996", "9th November 1993", "17/06/2022"],
    "social_media": ["@shiv.haigh.xo", "siobhan.haigh96@example.org", "Kandahar Rd Wives"],
    "pet": ["Dougal"],
}

ORDINARY = [
    "Poppy Appeal", "Remembrance Sunday", "Christmas Day", "St Patrick's Day",
    "Lance Corporal", "Commanding Officer", "Unit Welfare Officer", "SSAFA",
    "Army Welfare Service", "Armed Forces Covenant", "HIVE", "Op COURAGE",
    "Operation CABRIT", "Estonia", "Tapa", "Kandahar Airfield", "Hague Convention",
    "Haig Housing Trust", "Edinburgh Postnatal Depression Scale", "Whooley questions",
    "Graded Care Profile 2", "Mental Health Act 1983", "section 136",
    "Approved Mental Health Professional", "Rosewood Mother and Baby Unit",
    "Bristol Royal Hospital for Children", "Action on Postpartum Psychosis",
    "Daksha Emson inquiry", "MBRRACE-UK", "NICE guideline CG192",
    "Working Together to Safeguard Children 2023", "Hashimoto's thyroiditis", "Apgar scores",
    "Staffordshire bull terrier", "Jack Russell terrier", "Ring doorbell", "WhatsApp",
    "Peppa Pig", "Leaving Certificate", "999 call",
]

INVOLVEMENT = [
    "Child X is Oisín Haigh, born on 28 March 2024, the second child of Siobhán Haigh (Mother, born 23/03/1996) and Benjamin Haigh (Father, born 9th November 1993). His sister, Poppie-Rose Haigh (Child Y), was born on 17/06/2022. Father is a Corporal in 1st Battalion The Royal Wessex Regiment (1 R WESSEX), service number 30093771, known in his platoon as 'Haighy'; he served on Op HERRICK at Kandahar Airfield and was promoted from Lance Corporal in 2021, when the family moved into Service Family Accommodation at 14 Kandahar Road, Larkmoor Camp, Chalkford SP4 8QZ. Mother grew up in Navan with her mother, Bríd Kearney, at 7 Knockbrack Terrace, Navan, C15 K7W2; as Siobhán Kearney she sat her Leaving Certificate in 2014 and was diagnosed with bipolar affective disorder in Ireland at nineteen. The Kearney family remained in Ireland throughout the review period.",
    "Mother booked with the community midwife on 18/07/2023, ten weeks pregnant, and said she had stopped her lithium herself when the pregnancy test was positive. Larkmoor Medical Centre referred her to the Avonside perinatal mental health team on 02/08/2023, citing NICE guideline CG192, but the letter named her 'Shiobhan Hague, wife of Cpl Hague' and the referral sat unmatched for five weeks. The health visitor, Morwenna Lance, made the antenatal contact on 19/10/2023; Mother answered no to both Whooley questions, and Ms Lance recorded a tidy home, the family's Staffordshire bull terrier, Dougal, and that 'Nana Bríd will come over for the birth'. The perinatal community psychiatric nurse, Ffion Castell, saw Mother twice before the birth; a perinatal plan was drafted but was not sent to the GP, the health visitor or the nursery.",
    "Father deployed on Operation CABRIT to Tapa in Estonia on 06/11/2023 for six months. Before he left, the Unit Welfare Officer, Captain Tobias Greenhalgh, ran a families' brief at the garrison HIVE and gave out the welfare office number (01632 960288) and the details of SSAFA and the Army Welfare Service. Capt Greenhalgh was not told of Mother's history. On Remembrance Sunday Mother ran the Poppy Appeal stall at St Barbara's Garrison Church with a friend, Jodie Farrier ('Jodes'), whose husband, Lance Corporal Dean Farrier, was on the same tour; Ms Lance, passing the stall, thought Shiv 'bright and chatty'.",
    "At 02:40 on Christmas Day 2023 a neighbour, Gwen Tarrant, rang the police because Mother was shouting in the back garden of 14 Kandahar Road. Officers found her tearful and saying she could hear Father's voice through the baby monitor; they judged that she had capacity, did not refer to the MASH and recorded the children as 'Poppy-Rose (18 months) and unborn' (incident log 54240112876). On St Patrick's Day Mother told the midwife she was 'too excited to sleep'; the midwife told Larkmoor Medical Centre, whose entry reads 'BH on tour, SH struggling, perinatal aware'.",
    "Oisín was born on 28/03/2024 at 38 weeks; his Apgar scores were 9 and 10. Father came home on compassionate leave and went back to Tapa on 15/04/2024 after the Commanding Officer, advised by the company sergeant major, Lewis Pryce, declined to extend it. At the new birth visit on 08/04/2024 Mother scored 14 on the Edinburgh Postnatal Depression Scale. Ffion visited on 10/04/2024; blood tests excluded Hashimoto's thyroiditis and Mother agreed to restart medication. From 22/04/2024 Poppie went two mornings a week to Hexcombe Lines Nursery, the nursery on the base, where staff called her Pops, as her mother did; they noted 'PRH settling well' and, on 29/04/2024, 'P-R cried at drop-off, said Mummy talks to the telly'. Baby Osh was gaining weight.",
    "On 02/05/2024 Jodie Farrier told the nursery manager that Mother had not slept for three nights and was posting on Instagram as @shiv.haigh.xo that the babies were 'watched through the Ring doorbell'; the posts were also shared in the 'Kandahar Rd Wives' WhatsApp group. The nursery told Ms Lance but not Children's Social Care. On 06/05/2024 the crisis team took Mother onto home treatment; its notes say Poppie-Rose watched Peppa Pig in the next room during the assessment. A bed search found no mother and baby unit place nearer than the Rosewood Mother and Baby Unit in Kent, and Mrs Haigh declined informal admission so far from Poppie-Rose. The perinatal team referred to the MASH on 09/05/2024. The social worker, Jerome Christmas, visited on 14/05/2024 and opened a child in need plan; Graded Care Profile 2 was not used. Mr Christmas recorded Father's mobile, 07700 900417, and Mother's email, siobhan.haigh96@example.org, and spoke to Ben Haigh by video call from Estonia.",
    "Nana Brid (Brid Kearney) offered to take both children to Navan until Mother was well; Mr Christmas told her that without Father's consent the 1980 Hague Convention could apply. Father asked Capt Greenhalgh whether he could leave the Army, and about the Haig Housing Trust. At 03:10 on 30/05/2024 the Ring doorbell recorded Mother leaving with Oisín in his pram in heavy rain. Mrs Tarrant's Jack Russell terrier woke her at 03:40; she found Poppie-Rose alone at the open front door and made a 999 call. Officers found Mother at 04:25 on a track two miles from Larkmoor Camp; the pram had overturned and O.H. was cold, with a bruise to the head. He was flown to the Bristol Royal Hospital for Children (wristband 'Oisin Haigh', NHS number 999 062 4417), where a skull fracture was found. Mother was detained under section 136 of the Mental Health Act 1983 and, after assessment by an Approved Mental Health Professional, under section 2. Father's sister, Sharon Haigh ('Auntie Shaz'), cared for Poppie-Rose until Father returned on 01/06/2024.",
]

ANALYSIS = [
    "The risk was known and written down. A woman with bipolar disorder who stops lithium in pregnancy has a high risk of postpartum psychosis; the Daksha Emson inquiry, successive MBRRACE-UK reports and NICE guideline CG192 all say that a perinatal plan must be agreed in the third trimester and shared with everyone who will see the mother and baby. Siobhán's plan stayed in the Avonside record. The misspelt referral ('Shiobhan') cost five weeks, and the screening that was done, the Whooley questions and later the Edinburgh Postnatal Depression Scale, looks for depression, not for the early signs of mania that Jodes and the nursery saw.",
    "Father's deployment shaped everything. On Operation CABRIT, Corporal Haigh was in Estonia for the last trimester and most of Oisín's first weeks, and Mother, whose own family were in Ireland, was alone with a toddler on a garrison she had lived on for under three years. The Armed Forces Covenant asks public services to take account of the effects of service life; the Unit Welfare Officer could have asked the Commanding Officer to bring Cpl Haigh home had he known the history, but no agency asked Mrs Haigh for consent to tell the unit, and SSAFA and the Army Welfare Service were never asked to help.",
    "The police attendance on Christmas Day was the first sign of illness seen by any agency. Officers focused on whether an offence had been committed and whether Mother had capacity; the children were recorded wrongly ('Poppy-Rose') or not at all, and the unborn child was not considered. What reached the nursery in May, the Instagram posts and the WhatsApp messages among the wives, was the clearest picture anyone had of Shiv's state of mind, yet it went to the health visitor as 'a friend's worry'. The GP's letter to the crisis team, which used the spelling Siobhan Haigh, said nothing of the children. Poppie-Rose's words to nursery staff were recorded but not understood as the voice of the child.",
    "The crisis team and the social worker each treated the other as holding the risk to the children. The home treatment plan concerned Mother only; the child in need plan rested on the crisis team's daily visits and on Father's reassurance by video call from Tapa. Working Together to Safeguard Children 2023 expects adult services to think about the children of the adults they treat; no one asked who would care for the Haigh children at night, and the lack of a mother and baby unit bed nearer than the Rosewood Mother and Baby Unit left home treatment as the only plan. Advice from Action on Postpartum Psychosis was available to the family but was not offered.",
]

LEARNING = [
    "Learning 1: a history of bipolar disorder is a perinatal emergency in waiting. Siobhán Haigh (S.H.), known to her friends as Shiv, had stopped lithium, and everyone who met her needed the plan: Larkmoor Medical Centre, Ms Lance, Ffion Castell, Hexcombe Lines Nursery and, with consent, the Unit Welfare Officer. The Edinburgh Postnatal Depression Scale and the Whooley questions do not detect psychosis, and blood tests that exclude Hashimoto's thyroiditis do not make the risk smaller. NICE guideline CG192, the Daksha Emson inquiry and Action on Postpartum Psychosis make the same point: the plan for Oisín and Poppie-Rose should have said who would act, and how, if Mother became unwell after 28 March 2024.",
    "Learning 2: service life changes the shape of family support. When Cpl Haigh deployed on Operation CABRIT to Tapa in Estonia, Mother was left at 14 Kandahar Road, Larkmoor Camp, with Poppie-Rose and then a newborn, while her own mother, Nana Bríd, was in Navan. The unit, 1 R WESSEX, together with SSAFA, the Army Welfare Service and the garrison HIVE, is part of the safeguarding network around a service family, and the Armed Forces Covenant gives a basis for asking the Commanding Officer to bring a soldier home. Informal networks matter too: the Kandahar Rd Wives WhatsApp group, friends such as Jodie Farrier and a neighbour, Gwen Tarrant. A soldier's wife who ran the Poppy Appeal stall on Remembrance Sunday can be very unwell five months later, and a Lance Corporal on the same tour may know more than the welfare office.",
    "Learning 3: the first attendance matters. The officers who went to the house on Christmas Day 2023 had no prompt to record every child correctly, or the unborn baby, or to ask about mental health in pregnancy. A 999 call, a Ring doorbell recording or a Jack Russell terrier barking in the night should not be what brings a family to notice. Mr Christmas's assessment would have been stronger with the police log, the nursery's notes and a Graded Care Profile 2.",
    "Learning 4: adult mental health services must plan for the children. The crisis team, the Approved Mental Health Professional and the social worker each needed to know who would care for PRH and Osh at night, and a bed at the Rosewood Mother and Baby Unit, however far away, should have been discussed with Mother as a way of keeping her with her baby. Detention under section 136 of the Mental Health Act 1983 came after the harm, not before it. When Nana Brid offered to take the children to Ireland, the Hague Convention question was right, but the urgent question was the children's safety that week. Father was later signposted to Op COURAGE, which serves veterans, rather than to the Department of Community Mental Health, and his question about the Haig Housing Trust showed how close the family came to losing its home with his job.",
]

RECOMMENDATIONS = [
    ("Avonside Mental Health NHS Trust and Larkmoor Medical Centre should ensure that every woman with a history of bipolar disorder, as Mother (S.H.) had, has a written perinatal plan by 32 weeks, shared with the GP, the health visitor, the nursery and, with consent, the Unit Welfare Officer, as NICE guideline CG192 and the Daksha Emson inquiry advise",
     "Audit of 20 perinatal plans; plan template amended to list every agency it was sent to",
     "Head of Perinatal Mental Health, Avonside Mental Health NHS Trust", "31-03-2025"),
    ("The Partnership, 1 R WESSEX and SSAFA should agree how a Unit Welfare Officer is told, with consent, when a soldier's partner is under the perinatal or crisis team, so that decisions such as Cpl Haigh's return to Estonia on Operation CABRIT take account of the Armed Forces Covenant",
     "Protocol agreed with the garrison; briefing for welfare staff and the HIVE",
     "Partnership Business Manager", "30-06-2025"),
    ("Wiltshire Police should ensure that officers attending a concern for welfare, as on Christmas Day 2023 at Kandahar Road, record every child by name and date of birth (not 'Poppy-Rose') and any pregnancy, and refer to the MASH when a parent's mental health is a concern",
     "Briefing for response officers; dip sample of 50 concern for welfare logs",
     "Detective Superintendent, Public Protection", "31-12-2024"),
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
    header="RESTRICTED - Agency report - Oisín Haigh (Child X), 14 Kandahar Road, SP4 8QZ",
    footer="Haigh family, Larkmoor Camp - NHS number 999 062 4417 - draft for the panel",
    comment="Check with Capt Greenhalgh whether Haighy was still in Tapa on 30/05; Jodes says he was.",
    footnote="Screenshots of @shiv.haigh.xo and of the Kandahar Rd Wives group were given to the nursery by Jodie Farrier; Siobhan's date of birth is 23/03/1996.",
)
