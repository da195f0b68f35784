"""A held-back publication case (number 24), written blind: a Roma family from Slovakia in a
West Yorkshire town, long-term neglect in a hoarded home; every name, place and number is
invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CVSCP-2024-02"

CASE_TOML = """\
reference = "CVSCP-2024-02"
review = "Child Safeguarding Practice Review"
subject = "Child K"
period = { from = "01-09-2021", to = "05-11-2023" }
board = "Calder Vale Safeguarding Children Partnership"
decision = "11-12-2023"

[[agencies]]
name = "West Yorkshire Police"
aliases = ["WYP", "Police"]

[[agencies]]
name = "Calder Vale Children's Social Care"
aliases = ["CSC", "Children's Social Care", "Children's Services"]

[[agencies]]
name = "Calder Vale 0-19 Public Health Nursing Service"
aliases = ["Health Visiting", "HV", "0-19 Service"]

[[agencies]]
name = "Sowden Fold Primary Academy"
aliases = ["Sowden Fold", "SFPA"]
published_as = "the primary school"

[[agencies]]
name = "Healey Nook Medical Centre"
aliases = ["Healey Nook Surgery", "GP"]

[[agencies]]
name = "Calder Vale Private Sector Housing Enforcement Team"
aliases = ["Housing Enforcement", "Private Sector Housing"]

[[people]]
name = "Dominika Mirgová"
aliases = ["Dominika Mirgova", "Dominika", "Domi", "DM", "D.M."]
role = "Child"
pseudonym = "Child K"
born = "09-02-2017"
address = "14 Tenter Croft Street, Hebbleworth, HD7 9QJ"

[[people]]
name = "Renáta Mirgová"
aliases = ["Renata Mirgova", "Renáta", "Renata", "Reni", "Mrs Mirgová", "RM"]
role = "Mother"
pseudonym = "Mother"
born = "21-07-1988"
address = "14 Tenter Croft Street, Hebbleworth, HD7 9QJ"

[[people]]
name = "Jozef Mirga"
aliases = ["Jozef", "Joe Mirga", "Mr Mirga"]
role = "Father"
pseudonym = "Father"
born = "03-11-1984"
address = "14 Tenter Croft Street, Hebbleworth, HD7 9QJ"

[[people]]
name = "Patrik Mirga"
aliases = ["Patrik", "Paťo"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "17-05-2009"

[[people]]
name = "Nikolas Mirga"
aliases = ["Nikolas"]
role = "Sibling"
pseudonym = "Sibling 2"
born = "28-10-2011"

[[people]]
name = "Vanesa Mirgová"
aliases = ["Vanesa Mirgova", "Vanesa"]
role = "Sibling"
pseudonym = "Sibling 3"
born = "02-04-2014"

[[people]]
name = "Samuel Mirga"
aliases = ["Samuel"]
role = "Sibling"
pseudonym = "Sibling 4"
born = "12-12-2020"

[[people]]
name = "Margita Lakatošová"
aliases = ["Margita Lakatosova", "Margita", "Babka Margita"]
role = "Maternal Grandmother"
pseudonym = "Maternal Grandmother"
born = "30-01-1962"
address = "14 Tenter Croft Street, Hebbleworth, HD7 9QJ"

[[staff]]
name = "Bethany Frost"
code = "SW1"
role = "Social Worker"
agency = "Calder Vale Children's Social Care"

[[staff]]
name = "Joanne Hardcastle"
code = "HV1"
role = "Health Visitor"
agency = "Calder Vale 0-19 Public Health Nursing Service"

[[staff]]
name = "Nadeem Qureshi"
code = "HEO1"
role = "Housing Enforcement Officer"
agency = "Calder Vale Private Sector Housing Enforcement Team"

[[staff]]
name = "Lenka Horvátová"
code = "TA1"
role = "Bilingual Teaching Assistant, EAL team"
agency = "Sowden Fold Primary Academy"

[[staff]]
name = "Gareth Lumb"
code = "PC1"
role = "Police Constable"
agency = "West Yorkshire Police"
"""

IDENTIFIERS = {
    "key_name": [
        "Dominika Mirgová", "Dominika Mirgova", "Dominika", "Dominika's",
        "Renáta Mirgová", "Renata Mirgova", "Renáta", "Renata",
        "Jozef Mirga", "Jozef", "Mr Mirga", "Mrs Mirgová", "Mirgová", "Mirgová's", "Mirgova",
        "Mirga", "Patrik Mirga", "Patrik", "Nikolas Mirga", "Nikolas", "Vanesa Mirgová",
        "Vanesa", "Samuel Mirga", "Samuel", "Margita Lakatošová", "Margita Lakatosova",
        "Margita",
    ],
    "misspelling": ["Dominica Mergova", "Mergova", "Dominica", "Josef Mirga", "Mirgowa", "Reneta"],
    "nickname": ["Domi", "Reni", "Joe Mirga", "Paťo", "Pato", "Babka Margita", "Babka"],
    "initials": ["D.M.", "DM", "R.M.", "RM", "J.M.", "Mrs M", "M.L."],
    "not_in_key": [
        "Ladislav Mirga", "Uncle Laco", "Laco", "Denise Hurst", "Mrs Hurst", "Gejza Oláh",
        "Gejza Olah", "Mr Oláh", "Shabir Dar", "Mr Dar", "Ruth Ogden", "Mrs Ogden",
    ],
    "staff_name": [
        "Bethany Frost", "Bethany", "Ms Frost", "Joanne Hardcastle", "Mrs Hardcastle",
        "Nadeem Qureshi", "Mr Qureshi", "Lenka Horvátová", "Lenka Horvatova", "Lenka",
        "Mrs Horvátová", "Gareth Lumb", "PC Lumb",
    ],
    "address": [
        "14 Tenter Croft Street", "Tenter Croft Street", "Tenter Croft", "61 Lowergate",
        "Lowergate",
    ],
    "place": ["Hebbleworth", "Hebbleworth's", "Sowden Fold", "Stará Lipnica", "Stara Lipnica"],
    "postcode": ["HD7 9QJ", "HD7", "9QJ"],
    "agency_place": [
        "Sowden Fold Primary Academy", "Healey Nook Medical Centre", "Healey Nook",
    ],
    "number": [
        "621 394 0857", "K820351204017", "13220578412", "07700 900418", "01632 960227",
    ],
    "date_of_birth": [
        "09-02-2017", "9 February 2017", "09/02/2017", "21-07-1988", "21/07/1988",
        "03-11-1984",
    ],
    "email": ["reni.mirgova88@example.org"],
    "social_media": ["@reni_mirgova88", "Reni Mirgová"],
}

ORDINARY = [
    "Graded Care Profile 2",
    "Clutter Image Rating",
    "Housing Health and Safety Rating System",
    "Housing Act 2004",
    "section 47",
    "Children Act 1989",
    "Working Together to Safeguard Children 2023",
    "Daniel Pelka",
    "Victoria Climbié",
    "Lord Laming",
    "Child Safeguarding Practice Review Panel",
    "NSPCC",
    "Roma Support Group",
    "Hoarding UK",
    "West Yorkshire Fire and Rescue Service",
    "Safe and Well visit",
    "EU Settlement Scheme",
    "pre-settled status",
    "LanguageLine",
    "Google Translate",
    "WhatsApp",
    "CPOMS",
    "Jack Russell terriers",
    "Staffordshire Bull Terrier",
    "Parkinson's disease",
    "Leeds General Infirmary",
    "Year 1",
    "Bonfire Night",
    "Christmas",
    "WAS NOT BROUGHT",
    "NO ACCESS",
    "Detective Sergeant",
    "Designated Safeguarding Lead",
    "English as an additional language",
    "Gypsy, Roma and Traveller",
    "frost on the inside of the windows",
    "fold-out sofa bed",
    "Slovakia",
    "Romani",
    "Monday morning",
]

INVOLVEMENT = [
    "Dominika Mirgová (Child K, date of birth 09-02-2017) lived with her mother Renáta Mirgová (born 21-07-1988), her father Jozef Mirga (born 03-11-1984), her brothers Patrik, Nikolas and Samuel, her sister Vanesa and her maternal grandmother Margita Lakatošová at 14 Tenter Croft Street, Hebbleworth, HD7 9QJ, a privately rented three-bedroom terrace. Until 2019 the family lived at 61 Lowergate. The Mirga family are Roma and came to England from Slovakia in 2015, from a settlement on the edge of Stará Lipnica; they speak Romani at home, and Mrs Mirgová reads a little Slovak. Dominika was registered with Healey Nook Medical Centre (NHS number 621 394 0857) and started in Reception at Sowden Fold Primary Academy in September 2021, where she was recorded as Gypsy, Roma and Traveller and as a pupil with English as an additional language (UPN K820351204017).",
    "The 0-19 service knew the family from Samuel's birth in December 2020. Samuel Mirga has Down's syndrome and had heart surgery at Leeds General Infirmary in 2021. Joanne Hardcastle, the health visitor, saw the family at home with a telephone interpreter from LanguageLine, who spoke Slovak, not Romani. At Samuel's review in June 2022 she could not complete the developmental check because there was no clear floor to put him down on; she recorded 'bags and boxes to the ceiling in the front room, two Jack Russell terriers and a Staffordshire Bull Terrier loose, strong smell of dog urine'. Mrs Hardcastle rated the front room at 6 on the Clutter Image Rating and took it to safeguarding supervision, but no referral was made, because RM (R.M. in the GP record, date of birth 21/07/1988) said the boxes were Babka Margita's belongings waiting to be sent back to Slovakia. Two appointments for Child K at the surgery in the autumn of 2022 were coded WAS NOT BROUGHT; Healey Nook sent letters in English only.",
    "At Sowden Fold the EAL team, led by Mrs Ruth Ogden, paired Domi with Lenka Horvátová, a Slovak-speaking bilingual teaching assistant who also understands Romani. In Year 1 (2022 to 2023) Dominika's attendance fell to 71%. She often arrived late on a Monday morning, hungry, with head lice and in the same clothes, and told Mrs Horvátová that she slept downstairs on a fold-out sofa bed with Vanesa Mirgová and the dogs because 'upstairs is full'. The Designated Safeguarding Lead logged each concern on CPOMS. Mrs Ogden made an Early Help Assessment with Mother in January 2023 with Gejza Oláh, an interpreter booked through the council, who told the school afterwards that he knew the family from Stará Lipnica. Lenka Horvatova kept in touch with Reni (Reni Mirgová on Facebook) through WhatsApp messages to 07700 900418.",
    "The Private Sector Housing Enforcement Team first heard of Tenter Croft Street in March 2022, when a neighbour, Mrs Denise Hurst, complained by telephone from 01632 960227 about rats and rubbish in the back yard. Nadeem Qureshi, the enforcement officer, left a NO ACCESS card twice and wrote to Mrs Hurst that he would try again. When Mr Mirga let him in during January 2023 he found frost on the inside of the windows, black mould in both back bedrooms, an overloaded extension lead behind the sofa and the stairs half blocked with bags. He assessed the house under the Housing Health and Safety Rating System and found Category 1 hazards for damp and mould, fire and crowding and space. An improvement notice under the Housing Act 2004 was served on the landlord, Mr Shabir Dar, in February 2023; Mr Dar cleared the yard but not the house. Mr Qureshi did not tell children's social care: the complaint, as he understood it, was about the property and not about the children in it.",
    "West Yorkshire Police were called to the street on Christmas night 2022, when Uncle Laco (Ladislav Mirga, who often stayed at the house) fought with another man outside. Joe Mirga, as the police log names the father, let PC Gareth Lumb into the house; the officer and recorded it as 'very cluttered, nowhere to sit, children up at midnight'; he submitted a child concern report (occurrence 13220578412) naming 'Dominica Mergova' and her siblings. The report reached the MASH, where it was not matched to the school's records because the name was spelled differently, and it was closed with a letter to Josef Mirga at the old address in Lowergate.",
    "Calder Vale Children's Social Care received the school's referral in April 2023, after D.M. came to school with a blistered burn on the back of her hand that she said came from the heater. A strategy discussion between a Detective Sergeant, the school's Designated Safeguarding Lead, the health visitor and the social worker agreed section 47 enquiries under the Children Act 1989. Bethany Frost, the social worker, visited with Mr Oláh; when he was not available she used Google Translate on her phone with Renata, and on one visit asked Patrik (Paťo to the family, Pato in the school's notes), then fourteen, to interpret for his mother. She began the Graded Care Profile 2 but did not complete it. An initial child protection conference in May 2023 made child protection plans for all five children under the category of neglect. Mrs M told the conference that she was frightened the children would be taken and the family sent back to Slovakia, because J.M.'s pre-settled status under the EU Settlement Scheme had run out.",
    "Over the summer of 2023 the core group met three times; Ms Frost recorded that the downstairs had been 'cleared by half' with help from a skip the landlord paid for, but nobody went upstairs. On Bonfire Night 2023 a fire began in the back bedroom where the grandmother, who has Parkinson's disease, kept a heater among her bags. Child K was carried out by her brother Nikolas Mirga and was treated for burns and smoke inhalation at the regional burns centre. West Yorkshire Fire and Rescue Service had never been asked to make a Safe and Well visit, although fire was one of the Category 1 hazards on the improvement notice.",
]

ANALYSIS = [
    "For more than two years each agency saw one part of Dominika's life and none saw the whole of it. The health visitor saw the clutter, the school saw the hunger and the lice, housing enforcement saw the damp and the blocked stairs, the police saw a child up at midnight in a house with nowhere to sit. Like Daniel Pelka, who also had English as an additional language and whose hunger was noticed at school, Child K was seen every day by people who cared about her, and the signs of neglect were explained away one by one. Mirgová's household was eight and sometimes nine people in three bedrooms; no single agency put that together with the Clutter Image Rating, the missed appointments and the attendance of 71%.",
    "Language was the thread that ran through every failure to hear the family. Mrs Mirgová and her children speak Romani; the interpreters offered were Slovak speakers by telephone through LanguageLine, or Mr Oláh, who knew the family socially, and when none was free the social worker used Google Translate or Patrik Mirga. Lord Laming's inquiry into the death of Victoria Climbié warned in 2003 against relying on a relative to interpret; twenty years later a fourteen-year-old in Year 10 was asked to explain a child protection plan to his own mother. Lenka Horvátová, who understood Domi better than anyone, was never invited to the conference or the core group.",
    "The hoarding was treated as a housing matter and then as a cultural one. Mr Qureshi applied the Housing Health and Safety Rating System, which assesses the dwelling, not the children; his service had no route into the MASH and no practice of asking West Yorkshire Fire and Rescue Service for a Safe and Well visit. Several records describe the state of the house as 'how Roma families live'. The Roma Support Group and Hoarding UK both warn that such assumptions hide neglect and hoarding, which can affect any family; Renáta's fear of the Home Office under the EU Settlement Scheme, and Babka Margita's grief for the home she left, were never explored.",
    "Some practice was good. The school's EAL team logged every concern on CPOMS and made the referral that led to section 47 enquiries; PC Lumb looked beyond the fight in the street and reported what he saw of the children; the health visitor took her worry to supervision. What was missing was an agency that owned the whole picture and a Graded Care Profile 2 completed with an interpreter who spoke the family's language.",
]

LEARNING = [
    "Families like the Mirga family must be assessed in their own language. In Hebbleworth's schools and surgeries a Romani speaker should be booked for every assessment, conference and core group, and children must never interpret for their parents; Working Together to Safeguard Children 2023 expects practitioners to hear the child and to engage the family in a language they understand. Lessons from Victoria Climbié, repeated in national reviews since, are that informal interpreters filter what is said. For Dominika Mirgová the person who understood her best was Lenka Horvátová in the EAL team, who spoke with her in Romani every Monday morning, exchanged WhatsApp messages with Renata Mirgova about attendance, and heard about the fold-out sofa bed long before anyone visited 14 Tenter Croft Street; she should have been part of the plan, with Gejza Olah's role as interpreter stopped once he said he knew the family from Stara Lipnica.",
    "Hoarding in a home where children live is a safeguarding matter, not only a housing one. A Clutter Image Rating of 6 or more, Category 1 hazards under the Housing Health and Safety Rating System or a NO ACCESS card at a family home should lead to a referral and to a Graded Care Profile 2, and West Yorkshire Fire and Rescue Service should be asked for a Safe and Well visit. At Tenter Croft Street in Hebbleworth the frost on the inside of the windows, the Jack Russell terriers and the Staffordshire Bull Terrier shut in with the children, and Margita Lakatošová's heater among her bags (M.L. in the fire service log, Margita Lakatosova on the tenancy) were all recorded by Mr Qureshi and Mrs Hardcastle, and nobody connected them to the six-year-old DM (as the housing file calls her) or to the NSPCC and Hoarding UK guidance on neglect in cluttered homes.",
    "Records must be matched however the family's names are written. The police report named 'Dominica Mergova', the surgery wrote 'Mirgowa', the school held the UPN and the health visitor the NHS number; the MASH matched none of them. Practitioners should search by date of birth (9 February 2017, written 09/02/2017 in the school's records) and address, and Healey Nook should send WAS NOT BROUGHT letters in a language the parents read, not only to reni.mirgova88@example.org or the Facebook account @reni_mirgova88 that Reneta, as one record spells her, rarely used.",
    "Fear of the Home Office shapes what families say. Mr and Mrs Mirga believed that a child protection plan could end their right to stay under the EU Settlement Scheme; practitioners should explain pre-settled status, give advice about the Children Act 1989, and refer to the Roma Support Group or a local Gypsy, Roma and Traveller advocacy service, so that cooperation is not mistaken for consent. The Child Safeguarding Practice Review Panel's national work on neglect and the learning from Daniel Pelka both point the same way.",
]

RECOMMENDATIONS = [
    ("Calder Vale Children's Social Care should make sure that every assessment of a Roma family such as the Mirga family is made with a Romani interpreter, never LanguageLine in Slovak, Google Translate or a child such as Patrik, and that the language of Dominika Mirgova and each parent is recorded",
     "Interpreting standard agreed with the Roma Support Group; audit of 20 files of children with English as an additional language",
     "Head of Service, Safeguarding and Quality Assurance", "31-07-2024"),
    ("The Private Sector Housing Enforcement Team should refer to the MASH whenever a Category 1 hazard under the Housing Health and Safety Rating System is found in a home where children live, as it should have done at 14 Tenter Croft Street, and should ask West Yorkshire Fire and Rescue Service for a Safe and Well visit where the Clutter Image Rating is 6 or more",
     "Procedure rewritten; joint training with the fire service; quarterly audit of referrals",
     "Service Manager, Private Sector Housing", "30-09-2024"),
    ("The 0-19 service, Healey Nook Medical Centre and Sowden Fold Primary Academy should complete the Graded Care Profile 2 with families like Domi's and share every WAS NOT BROUGHT episode with the Designated Safeguarding Lead and the allocated social worker",
     "GCP2 training for health visitors and school safeguarding leads; WAS NOT BROUGHT policy reissued in Romani and Slovak",
     "Named Nurse for Safeguarding Children", "31-12-2024"),
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
    header="RESTRICTED - CVSCP-2024-02 - agency report on Dominika Mirgová (Child K), DOB 09-02-2017",
    footer="Family home: 14 Tenter Croft Street, Hebbleworth, HD7 9QJ (previously 61 Lowergate). Not for circulation beyond the panel.",
    comment="Bethany Frost to check whether Renáta still uses 07700 900418 and the Facebook account Reni Mirgová before the draft goes to the family; M.L. (Babka) asked for a copy too.",
    footnote="Mrs Hurst's complaint of March 2022 was taken on 01632 960227; Mr Dar, the landlord, was written to about the improvement notice at his letting office in Hebbleworth's market square.",
)
