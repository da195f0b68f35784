"""Held-back publication case 18, written blind (without sight of the anonymiser): neglect
of a four-year-old girl of Romany Gypsy and Irish Traveller heritage in a Dales market town.
Every name, address, number and date in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CSPR-NYE-2024-11"

CASE_TOML = """\
reference = "CSPR-NYE-2024-11"
review = "Child Safeguarding Practice Review"
subject = "Child H"
period = { from = "01-03-2022", to = "30-11-2024" }
board = "North Yorkshire and Eden Safeguarding Children Partnership"
decision = "19-12-2024"
notification = "05-11-2024"

[[agencies]]
name = "North Yorkshire Police"
aliases = ["NYP", "Police"]
report_due = "28-03-2025"

[[agencies]]
name = "North Yorkshire Council Children and Families Service"
aliases = ["Children's Social Care", "CSC", "Children and Families"]
report_due = "28-03-2025"

[[agencies]]
name = "Harrogate and District NHS Foundation Trust 0-19 Service"
aliases = ["HDFT", "Health Visiting", "0-19 Service"]
report_due = "28-03-2025"

[[agencies]]
name = "Kelderby Medical Practice"
aliases = ["Kelderby Surgery", "Kelderby MP"]
published_as = "the GP practice"
report_due = "28-03-2025"

[[agencies]]
name = "Ghyllside Community Nursery"
aliases = ["Ghyllside", "Ghyllside Nursery"]
report_due = "28-03-2025"

[[agencies]]
name = "Hollin Gate Site Management"
aliases = ["Hollin Gate", "Site Warden"]
published_as = "the site management service"

[[agencies]]
name = "South Tees Hospitals NHS Foundation Trust"
aliases = ["STHFT", "South Tees"]
report_due = "28-03-2025"

[[people]]
name = "Kezia Ward"
aliases = ["Kezia", "Keziah", "Kizzy", "Kez", "KW", "K.W."]
role = "Child"
pseudonym = "Child H"
sex = "female"
born = "23-08-2020"
address = "17 Tenter Garth, Kelderby, DL8 9RT"

[[people]]
name = "Levi Ward"
aliases = ["Levi", "LW"]
role = "Sibling"
pseudonym = "Sibling"
sex = "male"
born = "30-01-2016"
address = "17 Tenter Garth, Kelderby, DL8 9RT"
sibling_of = ["Kezia Ward"]

[[people]]
name = "Vashti Young"
aliases = ["Vashti", "Vash", "Ms Young", "Vashti Ward", "Vashti Lovell", "VY", "V.Y."]
role = "Mother"
pseudonym = "Mother"
sex = "female"
born = "02-05-1996"
address = "17 Tenter Garth, Kelderby, DL8 9RT"
mother_of = ["Kezia Ward", "Levi Ward"]
partner_of = [{ name = "Pádraig Ward", from = "01-06-2014", to = "12-03-2023" }, { name = "Jason Dinsdale", from = "01-07-2023" }]
lives_with = ["Kezia Ward", "Levi Ward", "Jason Dinsdale"]

[[people]]
name = "Pádraig Ward"
aliases = ["Padraig Ward", "Padraic Ward", "Pádraig", "Padraig", "Paddy", "Mr Ward", "PW"]
role = "Father"
pseudonym = "Father"
sex = "male"
born = "11-11-1992"
address = "Pitch 4, Hollin Gate Traveller Site, Kelderby, DL8 9QJ"
father_of = ["Kezia Ward", "Levi Ward"]

[[people]]
name = "Jason Dinsdale"
aliases = ["Jase", "Mr Dinsdale", "Dinsdale", "JD"]
role = "Mother's partner"
pseudonym = "Mother's partner"
sex = "male"
born = "19-07-1990"
address = "3 Mill Wynd, Kelderby, DL8 9RS"

[[staff]]
name = "Rachel Fell"
code = "HV1"
role = "Health Visitor"
agency = "Harrogate and District NHS Foundation Trust 0-19 Service"

[[staff]]
name = "Łukasz Wróbel"
code = "SW1"
role = "Social Worker"
agency = "North Yorkshire Council Children and Families Service"

[[staff]]
name = "Nerys Christmas"
code = "GP1"
role = "General Practitioner"
agency = "Kelderby Medical Practice"

[[staff]]
name = "Janice Armistead"
code = "NM1"
role = "Nursery Manager"
agency = "Ghyllside Community Nursery"

[[staff]]
name = "Dan Beckwith"
code = "PC1"
role = "Police Constable"
agency = "North Yorkshire Police"
"""

IDENTIFIERS = {
    "key_name": [
        "Kezia Ward", "Kezia", "Levi Ward", "Levi", "Levi's",
        "Vashti Young", "Vashti", "Ms Young", "Ms Young's", "Vashti Ward",
        "Pádraig Ward", "Padraig Ward", "Pádraig", "Padraig", "Mr Ward", "Mr Ward's",
        "the Wards", "Jason Dinsdale", "Mr Dinsdale", "Mr Dinsdale's", "Dinsdale",
    ],
    "misspelling": ["Keziah", "Padraic Ward", "Padraic"],
    "nickname": ["Kizzy", "Kez", "Vash", "Paddy", "Jase"],
    "initials": ["KW", "K.W.", "LW", "VY", "V.Y.", "PW", "JD"],
    "staff": [
        "Rachel Fell", "Ms Fell", "Łukasz Wróbel", "Lukasz Wrobel", "Łukasz",
        "Mr Wróbel", "Mr Wrobel's", "Dr Nerys Christmas", "Dr Christmas",
        "Janice Armistead", "Mrs Armistead", "PC Dan Beckwith", "PC Beckwith",
    ],
    "not_in_key": [
        "Bríd Ward", "Nan Bridie", "Bridie", "Maureen Metcalfe", "Mrs Metcalfe",
        "Lavinia Young", "Auntie Vinnie",
    ],
    "address": [
        "Pitch 4", "Hollin Gate Traveller Site", "Hollin Gate", "17 Tenter Garth",
        "Tenter Garth", "Mill Wynd",
    ],
    "town": ["Kelderby", "Kelderby's"],
    "postcode": ["DL8 9RT", "DL8 9QJ", "DL8", "9RT", "9QJ"],
    "agency_place": ["Kelderby Medical Practice", "Ghyllside Community Nursery", "Ghyllside"],
    "number": ["07700 900417", "01632 960582", "943 476 5919", "PX67 WDN", "2241"],
    "email": ["vashtiyoung96@example.org"],
    "social_media": ["@kizzyskrew", "Vashti Lovell"],
    "date_of_birth": [
        "23/08/2020", "23-08-2020", "23rd August 2020", "2nd May 1996", "11/11/1992",
        "30.01.2016",
    ],
}

ORDINARY = [
    "Gypsy or Irish Traveller",
    "A&E",
    "Appleby Horse Fair",
    "Ballinasloe Horse Fair",
    "Fell pony",
    "Patterdale terrier",
    "children's ward",
    "young people",
    "Young Carers",
    "Christmas holidays",
    "Bank Holiday Monday",
    "Gypsy, Roma and Traveller History Month",
    "Working Together to Safeguard Children 2023",
    "Children Act 1989",
    "section 47 enquiries",
    "Victoria Climbié Inquiry",
    "Arthur Labinjo-Hughes and Star Hobson",
    "Child Safeguarding Practice Review Panel",
    "The Myth of Invisible Men",
    "Graded Care Profile 2",
    "NSPCC",
    "TikTok",
    "MASH",
    "Operation Encompass",
    "Clare's Law",
    "DASH risk assessment",
    "Traveller Movement",
    "Friends, Families and Travellers",
    "Leeds GATE",
    "Light and Life",
    "Caravan Sites Act 1968",
    "Equality Act 2010",
    "James Cook University Hospital",
    "Hirschsprung's disease",
    "WhatsApp",
    "Calpol",
    "Year 4",
    "rule of optimism",
    "Trussell Trust",
    "Detective Sergeant",
]

INVOLVEMENT = [
    "Kezia Ward (Child H), born 23/08/2020, is the younger of the two children of Vashti Young "
    "(Mother, born 2nd May 1996) and Pádraig Ward (Father, born 11/11/1992). Ms Young is a Romany "
    "Gypsy whose family has wintered in the Dales for generations; Mr Ward is an Irish Traveller "
    "whose mother, Bríd Ward, still travels between England and Ireland. Both parents gave their "
    "ethnicity as Gypsy or Irish Traveller, the category used in the census, although no agency's "
    "record said so. Until March 2023 the family lived on Pitch 4 at Hollin Gate Traveller Site, the "
    "council site on the edge of Kelderby, DL8 9QJ. Kezia's brother, Levi Ward (born 30.01.2016), "
    "was in Year 4 at the time of the incident and is the Sibling in this review. Each June Mr Ward "
    "took the horses, among them the children's Fell pony, to Appleby Horse Fair, and each October "
    "he went to Ballinasloe Horse Fair with his mother, whom the children call Nan Bridie.",

    "Rachel Fell (HV1), the health visitor, completed Kezia's two-year review in the trailer on "
    "Pitch 4 on 14th October 2022. Ms Fell recorded that the trailer was warm and spotless, that a "
    "Patterdale terrier and a lurcher were kept on the plot, and that Kezia was using fewer than ten "
    "words. The Ages and Stages Questionnaire placed her below the cut-off for communication and for "
    "personal-social skills. Vashti told Ms Fell that she had been 'bad with my nerves' since her own "
    "mother died and that she could not read the letters that came from the hospital. A referral was "
    "made to Speech and Language Therapy; the appointments in December 2022 and January 2023 were "
    "sent to the site office, Kezia was not brought to either, and K.W. was discharged in February "
    "2023. The health visiting record gave her ethnicity, and that of LW, as 'White Other'.",

    "On 12th March 2023 North Yorkshire Police were called to Hollin Gate after Mr Ward's van "
    "(PX67 WDN) was driven at a fence during an argument between the parents. Pádraig ('Paddy') was "
    "arrested and later cautioned; PW then left for Ireland and no agency saw him again, although he "
    "rang Levi most weeks. The site warden issued a notice about the damage, and on 27th March 2023 "
    "the family accepted a council tenancy at 17 Tenter Garth, Kelderby, DL8 9RT. It was the first "
    "time Ms Young had lived in bricks and mortar, and she told the warden that she 'couldn't "
    "breathe in a house'. The new address was not given to the health visiting service, to the "
    "Speech and Language Therapy service or to Kelderby Medical Practice, which went on writing to "
    "the site office until the summer of 2024.",

    "Jason Dinsdale (Mother's partner), known as Jase, who is not a Traveller, moved into Tenter "
    "Garth in July 2023. On Bank Holiday Monday, 28th August 2023, the neighbour at number 15, Mrs "
    "Maureen Metcalfe, rang 999 to report shouting and a child crying. PC Dan Beckwith (collar "
    "number 2241) found V.Y. with a swollen lip and Mr Dinsdale gone; Kezia and Levi were in the back "
    "bedroom. The DASH risk assessment was graded standard because VY would not answer most of the "
    "questions. A notification went to the MASH, and an Operation Encompass message reached "
    "Ghyllside Community Nursery, where Kezia was to start the following week. A Detective Sergeant "
    "reviewed the incident and considered a right-to-know disclosure under Clare's Law; none was "
    "made, because JD had no recorded history of abuse.",

    "Kezia took up her funded place at Ghyllside Community Nursery on 4th September 2023; her mother "
    "signed the forms as Vashti Ward. Janice Armistead (NM1), the nursery manager, records "
    "attendance of 41% in the spring term of 2024 and "
    "38% in the summer term. When she came, Kizzy, or Kez as the staff called her, was often hungry, "
    "in the clothes of the day before, with head lice and a wet pull-up, and she was often collected "
    "late by Levi, then eight, on his way home from school. Staff messaged Ms Young on WhatsApp "
    "(07700 900417), signing off to 'Vash' as she signed to them, and emailed "
    "vashtiyoung96@example.org; most messages were read and not answered. Mr Dinsdale rang the "
    "nursery on 01632 960582 twice to say Kezia was 'poorly'. Mrs Armistead gave the family spare "
    "clothes, information on Healthy Start vouchers and a referral to the Trussell Trust food bank, "
    "and in January 2024 completed an Early Help Assessment with Vashti, who signed it but said "
    "afterwards that she had not understood it. Staff noticed that Kezia would eat nothing hard and "
    "that several of her front teeth were black.",

    "Kelderby Medical Practice had registered the family as temporary residents in 2021 and as "
    "permanent patients in 2022, with the site as their address. Dr Nerys Christmas (GP1) saw Kezia "
    "on 19th December 2023 with a cough and recorded that she was 'small and pale'; her weight had "
    "fallen from the 25th centile at the two-year review to below the 2nd. Dr Christmas prescribed "
    "antibiotics, advised Calpol and asked for a weight check in two weeks; the practice was short "
    "of staff over the Christmas holidays and the check was never booked. The nursery's referral to "
    "the Community Dental Service led to a paediatric review at James Cook University Hospital in "
    "March 2024, where Hirschsprung's disease was considered and ruled out as the cause of Kezia's "
    "constipation and poor growth, and on 17th April 2024 eight of her teeth were extracted under "
    "general anaesthetic. The discharge letter gave KW's NHS number (943 476 5919) and the old "
    "address at Hollin Gate, and was filed at the practice without being read by a GP.",

    "Children's social care received a second referral, from the nursery, on 22nd May 2024. Łukasz "
    "Wróbel (SW1), the social worker, completed a Child and Family Assessment under Section 17 of the "
    "Children Act 1989 and visited Tenter Garth three times, twice by appointment. Mr Wróbel "
    "recorded the home as 'cluttered but adequate', noted Levi's part in caring for his sister and "
    "referred him to Young Carers, and in August 2024 stepped the case down to Early Help because Ms "
    "Young had accepted support. Graded Care Profile 2 was not used. Mr Wrobel's assessment does not "
    "mention the children's ethnicity, Mr Ward, or Mr Dinsdale's drinking, which Mrs Metcalfe had "
    "raised with him in the street.",

    "At 02:10 on Saturday 2nd November 2024 Mrs Metcalfe found Kezia alone on Mill Wynd, barefoot "
    "and in wet pyjamas, in a temperature of one degree. An ambulance took her to A&E, and she was "
    "admitted to the children's ward at James Cook University Hospital with hypothermia and "
    "pneumonia. Officers found Ms Young and Mr Dinsdale asleep at 17 Tenter Garth with the back "
    "door open, the prepayment meter run out, no food in the house and dog mess on the landing. "
    "Kezia and Levi were taken into police protection; a strategy meeting was held that day and "
    "section 47 enquiries began. The children now live with their maternal aunt, Lavinia Young "
    "(Auntie Vinnie), on a private site, under child protection plans. The partnership notified the "
    "Child Safeguarding Practice Review Panel on 5th November 2024.",
]

ANALYSIS = [
    "Kezia's neglect was cumulative, and each agency held one piece of it: the health visitor saw "
    "her speech, the GP her weight, the nursery her hunger, her teeth and her attendance, and the "
    "police the violence at home. No one put the pieces together, and no one used Graded Care "
    "Profile 2, the partnership's tool for neglect, which the NSPCC licenses and which local "
    "procedures under Working Together to Safeguard Children 2023 expect to be used where neglect is "
    "suspected. The national review of the deaths of Arthur Labinjo-Hughes and Star Hobson found "
    "the same pattern, and the lesson is older than that: the Victoria Climbié Inquiry found in 2003 "
    "that the most basic step, seeing and speaking to the child, was missed again and again. Nobody "
    "asked Kizzy what her days were like.",

    "Practitioners were warm towards the family, and the warmth became a rule of optimism. The tidy "
    "trailer at Hollin Gate was remembered long after the family had left it, and both Ms Fell and "
    "Mr Wróbel told the author that they had not wanted to be 'one more professional who judges "
    "Travellers'. That concern is understandable: Romany Gypsies and Irish Travellers are protected "
    "as ethnic groups under the Equality Act 2010, and many families have good reason to fear 'the "
    "welfare'. But respect for a culture is not a reason to expect less for a child. Nobody asked "
    "Vashti what moving into a house meant to her, although being housed after a travelling life "
    "is widely linked with isolation and depression; nobody used the guidance of the Traveller "
    "Movement, Friends, Families and Travellers or Leeds GATE; and nobody noticed that Ms Young's "
    "reading was not good enough for the letters on which every appointment depended.",

    "The men in the children's lives were invisible. Mr Ward was not seen by any agency after March "
    "2023, and Mr Dinsdale was not spoken to by the health visitor, the GP, the nursery or children's "
    "social care, although Mrs Metcalfe, Ms Young's TikTok account (@kizzyskrew) and her Facebook "
    "profile, under the name Vashti Lovell, all showed Jase living at Tenter Garth. The national "
    "panel's report The Myth of Invisible Men (2021) describes exactly this. PC Beckwith's DASH risk "
    "assessment and the decision on Clare's Law were never seen by the social worker, whose name the "
    "police system spells Lukasz Wrobel, so a search under Łukasz Wróbel found nothing.",

    "Systems did not follow the family. When the Wards left Pitch 4, the address held by the GP, the "
    "hospital and the speech therapists stayed at the site, so letters went unread and Kezia was "
    "recorded as not brought rather than as missing. The Caravan Sites Act 1968 and later housing "
    "law give councils duties towards Gypsies and Travellers, but no one in the site service thought "
    "it their job to tell health services of the move. Kelderby's GP records list Keziah and her "
    "mother under different surnames, her father appears as Padraig Ward on one record and Padraic "
    "Ward on another, and the hospital letter gives her date of birth as 23rd August 2020, as the nursery's "
    "23-08-2020 does, but her address as the site; only the NHS number linked them.",
]

LEARNING = [
    "Learning 1: neglect is seen in pieces, and someone must hold the whole. Kezia's hunger, her "
    "black teeth, her falling weight, her missed speech therapy and her 41% attendance at Ghyllside "
    "were each known to one service in Kelderby. Graded Care Profile 2 would have brought them "
    "together; it was not used by the health visitor, by Kelderby Medical Practice, by Ghyllside "
    "Community Nursery or by children's social care. Working Together to Safeguard Children 2023 is "
    "clear that each practitioner who sees a child such as Kizzy should share what they see and ask "
    "what others see, and the NSPCC's training says the same. A child who is not brought to two "
    "appointments, whose weight falls across two centile lines or who misses half her sessions "
    "should be discussed by the agencies together, as the Child Safeguarding Practice Review Panel "
    "asked after the deaths of Arthur Labinjo-Hughes and Star Hobson, and as the Victoria Climbié "
    "Inquiry asked twenty years before. The rule of optimism that kept Dr Christmas, Ms Fell and "
    "Mrs Armistead hopeful is learnt, and can be unlearnt.",

    "Learning 2: culture is part of the assessment, not a reason to expect less. Vashti Young and "
    "Pádraig Ward are proud of their heritage as Gypsy or Irish Traveller; the children grew up with "
    "the Fell pony and the Patterdale terrier, trips to Appleby Horse Fair and Ballinasloe Horse "
    "Fair and the Light and Life meetings on the site, and Ms Young's move from Hollin Gate "
    "Traveller Site to 17 Tenter Garth was a loss as well as a tenancy. Practitioners needed to ask "
    "about that, to record the family's ethnicity as the family gave it, to check whether V.Y. could "
    "read the letters, and to use what the Traveller Movement, Leeds GATE and Friends, Families and "
    "Travellers publish. Gypsy, Roma and Traveller History Month, each June, is a natural point for "
    "the partnership's training, and the Equality Act 2010 and the Caravan Sites Act 1968 belong in "
    "it. The young people of the family, Levi among them, should be asked too.",

    "Learning 3: the men who live with or visit a child must be seen. Mr Dinsdale and Mr Ward were "
    "known only through what Ms Young and Mrs Metcalfe said. Operation Encompass worked as intended, "
    "and the nursery knew of the incident on Bank Holiday Monday before Kezia started, but the MASH "
    "did not link it to the nursery's referral nine months later, and the DASH risk assessment, the "
    "Detective Sergeant's review and the decision on Clare's Law were not shared with children's "
    "social care. The Myth of Invisible Men should be read by every practitioner in the MASH.",

    "Learning 4: a child who is not brought is a child at risk. The 'was not brought' policies of "
    "the health services discharged Kezia when she stopped coming; they should have prompted a "
    "question about where she was. Levi, who in Year 4 was collecting his sister from nursery and "
    "feeding her, should have had his own needs assessed through Young Carers, not been counted as "
    "the family's strength. The night Kezia was found on Mill Wynd and taken to A&E, and then to the "
    "children's ward, was the end of a long run of such signs, not a sudden event; the section 47 "
    "enquiries that followed found nothing that was not already in some agency's records. WhatsApp "
    "messages marked as read, a note of Calpol advised, a discharge letter from James Cook "
    "University Hospital filed unread: each was a chance.",
]

RECOMMENDATIONS = [
    (
        "Kelderby Medical Practice, the 0-19 Service and Ghyllside Community Nursery to complete "
        "Graded Care Profile 2 with the family whenever a child such as Kezia is not brought to two "
        "health appointments, her weight falls across two centile lines or she misses half her "
        "nursery sessions in a term, as Working Together to Safeguard Children 2023 expects",
        "Joint Graded Care Profile 2 training for the three services; NSPCC licence renewed; "
        "quarterly audit of 'was not brought' discharges",
        "Designated Nurse for Safeguarding Children",
        "31-05-2025",
    ),
    (
        "Every agency to record ethnicity as Gypsy or Irish Traveller where a family such as the "
        "Wards gives it, and to check how well a parent like Ms Young reads before relying on "
        "letters, with training from the Traveller Movement and Leeds GATE during Gypsy, Roma and "
        "Traveller History Month",
        "Change to the ethnicity fields in the GP and nursery records; a literacy question added "
        "to the health visiting contact; training delivered in June 2025",
        "Head of Equality and Inclusion, children's social care",
        "30-06-2025",
    ),
    (
        "North Yorkshire Police and the MASH to link every Operation Encompass notification, DASH "
        "risk assessment and Clare's Law decision about a household such as 17 Tenter Garth, "
        "Kelderby, with any referral about the same children made within 12 months, so that young "
        "people living with Mr Dinsdale or any other partner are seen",
        "MASH screening procedure revised; monthly audit of linked referrals by a Detective "
        "Sergeant; findings reported to the partnership",
        "Detective Chief Inspector, Safeguarding",
        "31-03-2025",
    ),
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
    header="RESTRICTED - agency report - Kezia Ward (KW), DOB 23-08-2020, 17 Tenter Garth, "
           "Kelderby DL8 9RT",
    footer="Ghyllside Community Nursery, Kelderby DL8 9RT - 01632 960582 - not for circulation "
           "beyond the panel",
    comment="Check with Łukasz whether Nan Bridie and Auntie Vinnie go in the genogram, and "
            "whether Paddy's new number should be added to Mr Ward's entry.",
    footnote="Ms Young's Facebook name at the time was Vashti Lovell; Mr Ward is also recorded "
             "as Padraic Ward, and Kezia as Keziah on the practice system.",
)
