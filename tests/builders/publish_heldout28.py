"""Held-back publication case 28, written blind (without reading the anonymiser): a Black
British boy of thirteen in Bristol, his exclusion, a search and a knife injury; every name,
address, number and local place in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "KBSP-2024-03"

CASE_TOML = """\
reference = "KBSP-2024-03"
review = "Child Safeguarding Practice Review"
subject = "Child Z"
period = { from = "01-09-2022", to = "31-01-2024" }
board = "Keeping Bristol Safe Partnership"

[[agencies]]
name = "Avon and Somerset Constabulary"
aliases = ["Avon and Somerset Police", "ASC", "Police"]
report_due = "29-03-2024"

[[agencies]]
name = "Bristol City Council Children's Services"
aliases = ["Children's Social Care", "CSC", "BCC Children's Services"]
report_due = "29-03-2024"

[[agencies]]
name = "Severnside Community Health Trust"
aliases = ["Health Visiting Service", "Severnside HV"]

[[agencies]]
name = "Brackenhurst Academy"
aliases = ["Brackenhurst"]
published_as = "the secondary school"

[[agencies]]
name = "Ferncombe Learning Centre"
aliases = ["Ferncombe", "FLC"]
published_as = "the alternative provision"

[[agencies]]
name = "Marlstone Medical Practice"
aliases = ["Marlstone Surgery"]

[[agencies]]
name = "University Hospitals Bristol and Weston NHS Foundation Trust"
aliases = ["UHBW"]

[[people]]
name = "Azariah Pennycooke"
aliases = ["Azariah", "Zari"]
role = "Child"
pseudonym = "Child Z"
sex = "male"
born = "17-05-2010"
address = "Flat 14, Marigold House, Pellow Gardens, Bristol BS5 9QX"

[[people]]
name = "Shanté Wisdom"
aliases = ["Shanté", "Shante Wisdom"]
role = "Mother"
pseudonym = "Mother"
sex = "female"
born = "09-11-1989"
address = "Flat 14, Marigold House, Pellow Gardens, Bristol BS5 9QX"
mother_of = ["Azariah Pennycooke", "Nyla-Rose Wisdom"]

[[people]]
name = "Nyla-Rose Wisdom"
aliases = ["Nyla-Rose"]
role = "Sibling"
pseudonym = "Sibling"
sex = "female"
born = "03-06-2023"
address = "Flat 14, Marigold House, Pellow Gardens, Bristol BS5 9QX"

[[people]]
name = "Euphemia Wisdom"
aliases = ["Phemie"]
role = "Maternal grandmother"
pseudonym = "Grandmother"
sex = "female"
born = "02-08-1951"
address = "43 Quarrington Road, Bristol BS16 4TW"
mother_of = ["Shanté Wisdom"]

[[people]]
name = "Dorian Pennycooke"
aliases = ["Dorian"]
role = "Father"
pseudonym = "Father"
sex = "male"
born = "21-01-1986"
father_of = ["Azariah Pennycooke"]

[[staff]]
name = "Lorna Grace"
code = "SW1"
role = "Social Worker"
agency = "Bristol City Council Children's Services"

[[staff]]
name = "Tobias Rendell"
code = "PC1"
role = "Police Constable"
agency = "Avon and Somerset Constabulary"

[[staff]]
name = "Colm Deverell"
code = "HOY1"
role = "Head of Year"
agency = "Brackenhurst Academy"

[[staff]]
name = "Winston Clarke-Bell"
code = "YW1"
role = "Youth Worker"
agency = "Bristol City Council Children's Services"

[[staff]]
name = "Rhiannon Tullett"
code = "HV1"
role = "Health Visitor"
agency = "Severnside Community Health Trust"
"""

IDENTIFIERS = {
    "key_name": [
        "Azariah Pennycooke", "Azariah", "Azariah's", "Pennycooke",
        "Shanté Wisdom", "Shanté", "Ms Wisdom",
        "Euphemia Wisdom", "Euphemia", "Mrs Wisdom",
        "Nyla-Rose", "Dorian Pennycooke", "Dorian",
    ],
    "ascii_or_misspelling": ["Shante", "Pennycook", "Azaria"],
    "nickname": ["Zari", "Miss Phemie", "Nana Phemie", "Phemie"],
    "initials": ["A.P.", "S.W.", "E.W.", "D.P."],
    "not_in_key": [
        "Tyreece Okafor", "Tyreece", "Rakeem Thorne", "Rakeem", "Thorne", "Smokey",
        "Kadeem Wisdom", "Kadeem", "Devon", "Pastor Everton Samuels", "Everton",
        "Samuels", "Yolanda Brathwaite", "Brathwaite",
    ],
    "staff_name": [
        "Lorna Grace", "Ms Grace", "Lorna", "Tobias Rendell", "Rendell",
        "Colm Deverell", "Deverell", "Winston Clarke-Bell", "Clarke-Bell",
        "Rhiannon Tullett", "Rhiannon", "Tullett",
    ],
    "agency_place": [
        "Brackenhurst Academy", "Brackenhurst", "Ferncombe Learning Centre", "Ferncombe",
        "FLC", "Marlstone Medical Practice", "Marlstone",
    ],
    "place": [
        "Cotterell Vale", "Kestrel Youth Hub", "Ebenezer Full Gospel Tabernacle",
        "Ebenezer Tabernacle",
    ],
    "address": [
        "Flat 14, Marigold House", "Marigold House", "Pellow Gardens",
        "43 Quarrington Road", "Quarrington Road", "Haddow Street",
    ],
    "postcode": ["BS5 9QX", "BS59QX", "BS5", "9QX", "BS16 4TW", "BS16", "4TW"],
    "number": ["07700 900417", "07700900417", "01632 960288", "5223047581", "999 041 7726"],
    "date_of_birth": ["17/05/2010", "17.05.2010", "09/11/1989", "02/08/1951", "03/06/2023"],
    "email": ["shante.wisdom@example.org", "lorna.grace@example.org"],
    "social_media": ["@zari_bs5x"],
}

ORDINARY = [
    "adultification bias",
    "conventional wisdom",
    "Amazing Grace",
    "Winston's Wish",
    "Child Q",
    "Stephen Lawrence Inquiry",
    "It was hard to escape",
    "Timpson Review of School Exclusion",
    "Working Together to Safeguard Children 2023",
    "Children Act 1989",
    "PACE Code A",
    "section 60",
    "More Thorough Search",
    "Serious Violence Duty",
    "Violence Reduction Unit",
    "National Referral Mechanism",
    "Bristol Royal Hospital for Children",
    "Osgood-Schlatter disease",
    "Boxall Profile",
    "AssetPlus",
    "Ben Kinsella Trust",
    "St Giles Trust",
    "Kooth",
    "Windrush Day",
    "Windrush Compensation Scheme",
    "Good Friday",
    "Bonfire Night",
    "Year 8",
    "Key Stage 3",
    "XL Bully",
    "JD Sports",
    "Snap Map",
    "PS5",
    "the AP",
    "allocated SW",
    "Jamaica",
    "New Testament Church of God",
    "Stanley knife",
    "NO FURTHER ACTION",
    "PCSO",
]

INVOLVEMENT = [
    "When the review period begins in September 2022 Azariah Pennycooke (known at home as Zari) was 12 years old and in Year 8 at Brackenhurst Academy. He lived with his mother, Shanté Wisdom, at Flat 14, Marigold House, Pellow Gardens, on the Cotterell Vale estate (BS5 9QX). His father, Dorian Pennycooke, had not lived with the family since 2016 and his contact was irregular. Azariah's maternal grandmother, Mrs Euphemia Wisdom (dob 02/08/1951), came to England from Jamaica in 1962 as a girl of ten and lives at 43 Quarrington Road, BS16 4TW. At the Ebenezer Full Gospel Tabernacle, a Pentecostal congregation of the New Testament Church of God where she has worshipped for forty years, she is known as Miss Phemie; Azariah calls her Nana Phemie. In April 2021 Azariah's cousin, Kadeem Wisdom, then 17, died after being stabbed. Marlstone Medical Practice referred Azariah to Winston's Wish for bereavement support in October 2021; Ms Wisdom did not take up the offer, and Children's Social Care closed an early help episode in July 2022 with the note 'family managing, strong support from grandmother and church'.",
    "On Bonfire Night, Saturday 05/11/2022 at 21:40, a section 60 authorisation was in force across the BS5 area after two stabbings in the previous week. PC Tobias Rendell and a PCSO stopped Azariah and his friend Tyreece Okafor outside the Kestrel Youth Hub. The search record describes Azariah as 'IC3 male, approx 16-17 yrs, 6ft, hostile, refused details' and gives no date of birth, although he told the officers he was twelve. Because he kept his hands in his pockets he was handcuffed and put in the back of the police van, where a More Thorough Search was carried out: his jacket, tracksuit top and trainers were removed. No appropriate adult was called, no parent was told before the search, and body-worn video was switched on only after it had ended. Nothing was found and the outcome was recorded as NO FURTHER ACTION. PC Rendell did not submit a child concern notification. The youth worker at the hub, Winston Clarke-Bell, rang Ms Wisdom on 07700 900417 that evening to tell her what had happened; Tyreece was not searched.",
    "At Brackenhurst Azariah was suspended four times between September 2022 and February 2023, mostly for 'defiance' and an 'intimidating presence' in the corridors. The Head of Year 8, Mr Colm Deverell, who was also a deputy DSL, wrote in January 2023 that A.P. was 'a big lad who knows exactly what he is doing and is not a victim here'. The SENCO started a Boxall Profile in the autumn term but it was never finished, and no request was made for an EHC needs assessment, although social, emotional and mental health needs had been noted in his transition plan at the start of Key Stage 3 in Year 7. On 14/03/2023 a teaching assistant found a Stanley knife blade wrapped in tissue in Azariah's blazer pocket; he said he carried it 'because of what happened to Kadeem'. The headteacher excluded him permanently the next day. The school told the police, who recorded NO FURTHER ACTION, but made no referral to Children's Social Care. Ms Wisdom was told of the exclusion by letter and by an email to shante.wisdom@example.org; she did not know that she could ask the governors to review the decision and no one at Brackenhurst Academy explained it to her.",
    "Mr Clarke-Bell referred Azariah to Children's Social Care on 20/03/2023 and a child and family assessment began; the allocated SW, Lorna Grace, first visited Marigold House on 26/04/2023. Azariah started at Ferncombe Learning Centre on 17/04/2023, the first day of the summer term, on a part-time timetable of three mornings a week. On Good Friday, the week before, he had gone with his grandmother to the service at Ebenezer Tabernacle, where Pastor Everton Samuels asked the youth leaders to 'keep him close'. By July 2023 his attendance at the AP had fallen to 41%. Ferncombe staff noted new JD Sports clothing, two phones and boasting about a PS5, and wrote that Zari was often 'collected by an older lad in a grey Audi', later identified as Rakeem Thorne, 19, known on the estate as 'Smokey'. FLC shared these notes with the allocated SW only in September 2023. An AP key worker suggested Kooth to Azariah; he did not register.",
    "Nyla-Rose was born on 03/06/2023. The health visitor, Rhiannon Tullett, made the new birth visit to Marigold House on 15/06/2023. Her record reads: 'Older sibling A.P. (13) came in at 11:30, hood up, did not speak. Mum says he is out with older boys most nights and she cannot stop him. Large dog (XL Bully?) heard in the stairwell, not the family's.' Mother S.W. was recorded as coping well and the family as universal. Ms Tullett did not share what she had seen with Children's Social Care, because Azariah 'is not on the HV caseload'. On Windrush Day, 22/06/2023, the 75th anniversary, Mrs Wisdom took Azariah to the thanksgiving service at the church; Pastor Samuels later told Ms Grace that Azariah had £200 in cash that day and would not say where it came from. Mrs Wisdom told the pastor she did not want 'the authorities' involved: she had been wrongly refused NHS treatment in 2018 and was still waiting for a decision on her claim under the Windrush Compensation Scheme.",
    "Between July and September 2023 Azariah was reported missing four times, once for two nights. Police intelligence placed him on Snap Map at addresses linked to Rakeem, and his Snapchat account @zari_bs5x showed him with bundles of cash and a balaclava. He was discussed at the multi-agency child exploitation (MACE) panel on 09/08/2023 and rated medium risk of criminal exploitation; no strategy meeting was held and no referral was made to the National Referral Mechanism. Ms Grace visited Mrs Wisdom at Quarrington Road on 24/08/2023 (landline 01632 960288). Nana Phemie asked whether Zari could live with her, and said that his uncle Devon, who lives in London, had offered to take him 'away from Cotterell Vale for good'. The assessment recorded the offer but no viability assessment followed. At Marlstone on 12/09/2023 the GP diagnosed Osgood-Schlatter disease after Azariah, now in Year 9 at the AP, complained of knee pain after football; E.W. (maternal grandmother) brought him. The GP record, which lists his mother as 'Shante Wisdom' of 'Pellow Gdns, BS59QX' and his date of birth as 17.05.2010, notes that he smelled strongly of cannabis; this was not shared.",
    "On Saturday 18/11/2023 at 19:55 Azariah was stabbed in the left thigh on Haddow Street, two streets from the Kestrel Youth Hub. A neighbour, Mrs Yolanda Brathwaite, kept pressure on the wound until the ambulance came. He was taken to the Bristol Royal Hospital for Children, where he had surgery to repair a damaged artery; the ward board recorded him as 'Azaria Pennycook'. Police officers spoke to him on the ward at 02:10 without an appropriate adult and recorded him as a 'suspect in a gang-related disorder' because a second knife was found nearby (crime reference 5223047581); he was later released under investigation. Mr Clarke-Bell visited him the next morning with the hospital's youth navigator, who is funded by the Violence Reduction Unit. Mrs Wisdom and Pastor Samuels prayed at his bedside and sang Amazing Grace. A strategy meeting was held on 20/11/2023 and an enquiry under section 47 of the Children Act 1989 began the same day.",
    "Azariah moved to live with Mrs Wisdom on 22/11/2023 under a safety plan; Shanté agreed to the move. The Youth Justice Service completed an AssetPlus assessment in December 2023. On 04/01/2024 a referral was made to the National Referral Mechanism, and the AP arranged a Ben Kinsella Trust workshop and a caseworker from the St Giles Trust. Azariah told Ms Grace that nobody had asked him about the search in the van until she did; he said 'they looked at me like I was a man'. His father, D.P., has not responded to letters from Children's Social Care. Tyreece Okafor and Rakeem Thorne were not known to this agency as children in need.",
]

ANALYSIS = [
    "Throughout the period Azariah was seen as older, bigger and more culpable than a boy of 12 or 13. The search record put his age at 16-17; his Head of Year wrote that he was 'not a victim here'; the officers who spoke to him on the ward treated him first as a suspect. This is adultification bias, and it shaped each of these decisions. The national learning is clear: the Stephen Lawrence Inquiry named institutional racism, and the review of the strip search of Child Q in Hackney found that a Black child's safeguarding needs were lost once she was seen as a risk. The More Thorough Search of Azariah in a police van, without an appropriate adult or a parent, under a section 60 authorisation, is a close parallel, and PACE Code A was not followed on the recording of his age or the use of body-worn video.",
    "The permanent exclusion in Year 8 was the point at which Azariah lost the protection of a full school day. The conventional wisdom among staff at Brackenhurst was that a move to the AP was a fresh start; the Timpson Review of School Exclusion found instead that Black Caribbean boys are excluded at higher rates and that exclusion is followed by a sharp rise in the risk of harm outside the home. The national panel's review It was hard to escape described permanent exclusion as a 'trigger point' for criminal exploitation. A part-time timetable of three mornings a week at Ferncombe Learning Centre left Azariah free on most afternoons, which is when Rakeem Thorne collected him. The Boxall Profile that was never finished, and the carrying of a Stanley knife blade 'because of Kadeem', were signs of unmet need and fear, not of defiance.",
    "Information that would have changed the picture was held in five places and put together in none: the youth worker's account of the search, the health visitor's note of the older sibling out most nights, the pastor's concern about cash, the AP's notes on the grey car and the JD Sports clothing, and the GP's note of cannabis. The MACE panel rated the risk medium without hearing from the AP or the church. No referral was made to the National Referral Mechanism until after the stabbing, although the indicators were present from July 2023.",
    "The family's strengths were recorded but not used. Mrs Wisdom offered a home in August 2023 and her church offered a place of safety; uncle Devon offered a move away from the estate. Her distrust of statutory services, rooted in how she was treated in 2018 and in her long wait under the Windrush Compensation Scheme, was understandable and should have been explored with her, not recorded as reluctance. Working Together to Safeguard Children 2023 expects practitioners to work with the wider family network from the start.",
]

LEARNING = [
    "When a Black child is described as older, bigger or more threatening than his age, every practitioner must name adultification bias and ask what a child of that age would need. The search of Azariah Pennycooke by PC Rendell on Bonfire Night, the More Thorough Search in the van with no appropriate adult, and the interview of Zari on the ward after the knife injury are the same mistake three times, and they repeat the learning from Child Q and the Stephen Lawrence Inquiry. A search under section 60 of a child who says he is twelve must be recorded against PACE Code A with his age as he gives it, and Ms Wisdom, or Mrs Euphemia Wisdom, must be told before a child is taken into a van, not afterwards.",
    "A permanent exclusion is a safeguarding event, not only a behaviour decision. Brackenhurst Academy excluded A.P. in Year 8 for carrying a Stanley knife blade, and neither Brackenhurst nor Ferncombe made a referral to Children's Social Care; the allocated SW heard from the AP only months later. The Timpson Review of School Exclusion and It was hard to escape both say that the move to the AP is the moment of greatest risk. The conventional wisdom that a new setting is a fresh start must give way to a plan that covers the afternoons, finishes the Boxall Profile, and offers Nana Phemie, who asked for him, a viability assessment. The grief for Kadeem that Winston's Wish was asked to support in 2021 was still driving the fear in 2023.",
    "A family's faith and community are a safeguarding resource. The Pentecostal church that Miss Phemie attends, the youth club where Mr Clarke-Bell knew Azariah, and the support of uncle Devon could all have been part of a plan. The Serious Violence Duty and the Violence Reduction Unit give partners the means to bring these voices into the MACE panel, and the Ben Kinsella Trust and St Giles Trust offers should come before a child is hurt, not after.",
    "Health visitors see the whole household. Ms Tullett's note of an older sibling with his hood up, out with older boys most nights, and a large dog in the stairwell at Marigold House was a sign of risk to a child in the home, even though he was not on her caseload. Think Family means sharing it.",
]

RECOMMENDATIONS = [
    ("Avon and Somerset Constabulary audits every section 60 search of a child in BS5 since Bonfire Night 2022, including the More Thorough Search of Azariah Pennycooke, against PACE Code A with the learning from Child Q",
     "Dip sample 50 searches of children under 16; report the findings on age recording, appropriate adults and body-worn video to the partnership",
     "Superintendent, Neighbourhood Policing", "30-09-2024"),
    ("Bristol City Council Children's Services holds a strategy discussion within five working days of every permanent exclusion of a child known to it, as Brackenhurst Academy excluded A.P. in Year 8, drawing on the Timpson Review of School Exclusion",
     "Amend the front door procedure; the allocated SW records the exclusion on the child's file; audit after six months",
     "Head of Service, Children's Social Care", "31-10-2024"),
    ("The Violence Reduction Unit offers every child admitted to the Bristol Royal Hospital for Children with a knife injury a St Giles Trust caseworker within 48 hours, as Zari was offered only after seven weeks",
     "Commission the hospital navigator pathway for under-16s; report numbers seen to the Serious Violence Duty board",
     "VRU Director", "31-12-2024"),
]

HEADER = "RESTRICTED - Child Z (Azariah PENNYCOOKE, dob 17/05/2010, BS5 9QX) - KBSP-2024-03 agency report"
FOOTER = "Author: Lorna Grace, Social Worker, lorna.grace@example.org - mother Shanté Wisdom dob 09/11/1989, 07700900417"
COMMENT = "Lorna - check with Miss Phemie (01632 960288, Quarrington Road) whether uncle Devon still offers Zari a home, and whether E.W. wants her Windrush papers mentioned"
FOOTNOTE = "Ward record spells him 'Azaria Pennycook'; NHS number 999 041 7726; mother S.W., grandmother E.W., father D.P.; Snapchat @zari_bs5x."

CASE = HeldOut(
    REFERENCE,
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header=HEADER,
    footer=FOOTER,
    comment=COMMENT,
    footnote=FOOTNOTE,
)
