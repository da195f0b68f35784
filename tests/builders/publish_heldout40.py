"""A held-back publication case (number 40), written blind without sight of the anonymiser:
a fifteen-year-old boy in care who died of an overdose in a semi-independent placement.
Every name, address, number and date of birth in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

CASE_TOML = '''reference = "SSCP-CSPR-2024-03"
review = "Child Safeguarding Practice Review"
subject = "Child K"
period = { from = "01-04-2022", to = "17-02-2024" }
board = "Southampton Safeguarding Children Partnership"

[[agencies]]
name = "Hampshire and Isle of Wight Constabulary"
aliases = ["Hampshire Constabulary", "HIOWC", "Police"]
report_due = "15-07-2024"

[[agencies]]
name = "Southampton City Council Children's Social Care"
aliases = ["CSC", "Children's Services", "the Local Authority"]
published_as = "Children's Social Care"
report_due = "15-07-2024"

[[agencies]]
name = "Solent NHS Trust 0-19 Public Health Nursing (Health Visiting and School Nursing)"
aliases = ["Health Visiting", "School Nursing", "Solent 0-19"]
published_as = "Health Visiting and School Nursing"

[[agencies]]
name = "Itchen Quay College"
aliases = ["IQC", "the College"]
published_as = "the college"

[[agencies]]
name = "Southampton Youth Justice Service"
aliases = ["YOT", "Youth Offending Team", "YJS"]

[[agencies]]
name = "Tidemark Young People's Drug and Alcohol Service"
aliases = ["Tidemark", "the drugs service"]
published_as = "the young people's substance misuse service"

[[agencies]]
name = "Peartree Green Surgery"
aliases = ["the GP practice"]

[[people]]
name = "Kacper Żelazny"
aliases = ["Kacper", "Kaz", "Kacper Zelazny", "KZ", "Kasper"]
role = "Child"
pseudonym = "Child K"
born = "09-06-2008"
address = "Flat 3, 48 Kestrel Mews, Chapel, SO14 3ZT"
sex = "male"

[[people]]
name = "Kerry-Ann Summers"
aliases = ["Kerry-Ann", "Kezza", "Ms Summers", "KAS"]
role = "Mother"
pseudonym = "Mother"
born = "22-11-1988"
address = "19 Sedgefield Close, Woolston, SO19 7QN"
sex = "female"

[[people]]
name = "Mateusz Żelazny"
aliases = ["Mateusz", "Mateusz Zelazny", "Mr Żelazny"]
role = "Father"
pseudonym = "Father"
born = "03-02-1984"
sex = "male"

[[people]]
name = "Patricia Summers"
aliases = ["Nanna Pat", "Pat Summers"]
role = "Maternal grandmother"
pseudonym = "Grandmother"
born = "14-08-1962"
address = "7 Wharncliffe Row, Sholing, SO19 2JD"
sex = "female"

[[people]]
name = "Paige Lockwood"
aliases = ["Paige", "Miss Lockwood", "PL"]
role = "Girlfriend (adult)"
pseudonym = "Young Adult P"
born = "30-01-2004"
sex = "female"

[[staff]]
name = "Lyndsey Brook"
code = "PA1"
role = "Personal Adviser"
agency = "Southampton City Council Children's Social Care"

[[staff]]
name = "Howard Pennock"
code = "IRO1"
role = "Independent Reviewing Officer"
agency = "Southampton City Council Children's Social Care"

[[staff]]
name = "Rosa Thackeray"
code = "SW1"
role = "Social Worker"
agency = "Southampton City Council Children's Social Care"

[[staff]]
name = "Owain Pritchard"
code = "DW1"
role = "Young People's Drug Worker"
agency = "Tidemark Young People's Drug and Alcohol Service"
'''

CASE = HeldOut(
    reference="SSCP-CSPR-2024-03",
    case_toml=CASE_TOML,
    identifiers={
        "key_name": ["Kacper Żelazny", "Kacper Zelazny", "Kacper", "Kacper's", "Żelazny", "Zelazny",
                     "Kerry-Ann Summers", "Kerry-Ann", "Ms Summers", "Mateusz Żelazny", "Mateusz",
                     "Mr Żelazny", "Patricia Summers", "Paige Lockwood", "Paige",
                     "Paige's", "Paige Lockwood's", "Miss Lockwood", "Summers family"],
        "nickname": ["Kaz", "Kaz's", "Kezza", "Nanna Pat", "Kacpi"],
        "misspelling": ["Kasper", "Zelazney", "Kerry-Anne"],
        "initials": ["KZ", "K.Z.", "K-Z", "KAS", "P.L."],
        "pet_name": ["Tyson"],
        "not_in_key": ["Tyler Brennan-Voss", "Tyler", "Dex Maitland", "Dex", "Mrs Oyelaran",
                       "Auntie Shaz"],
        "staff_name": ["Lyndsey Brook", "Ms Brook", "Howard Pennock", "Mr Pennock", "Rosa Thackeray",
                       "Owain Pritchard", "Owain", "DS Halloran", "Detective Sergeant Halloran", "Halloran"],
        "address": ["Flat 3, 48 Kestrel Mews", "48 Kestrel Mews", "Kestrel Mews",
                    "19 Sedgefield Close", "Sedgefield Close", "7 Wharncliffe Row", "Wharncliffe Row"],
        "town": ["Woolston", "Sholing"],
        "postcode": ["SO14 3ZT", "SO14", "3ZT", "SO19 7QN", "SO19", "7QN"],
        "agency_place": ["Itchen Quay College", "Itchen Quay", "IQC", "Peartree Green Surgery",
                         "Peartree Green", "Harbourside Supported Living", "Tidemark"],
        "number": ["07700 900417", "07700 900862", "01632 960258", "485 777 3456", "44240031872"],
        "date_of_birth": ["09-06-2008", "9 June 2008", "09/06/2008"],
        "social_media": ["@kaz_zel08", "kaz.zel08@example.org", "@paigey.lock"],
    },
    ordinary=[
        "Brook clinic",
        "two summers",
        "Children Act 1989",
        "section 20",
        "Working Together to Safeguard Children 2023",
        "Supported Accommodation (England) Regulations 2023",
        "Ofsted",
        "National Referral Mechanism",
        "county lines",
        "It was hard to escape",
        "Child Safeguarding Practice Review Panel",
        "Arthur Labinjo-Hughes",
        "Star Hobson",
        "Jaden Moodie",
        "Nyxoid",
        "naloxone",
        "nitazenes",
        "Xanax",
        "Snapchat",
        "XL Bully",
        "Osgood-Schlatter",
        "ADHD",
        "Year 10",
        "Year 11",
        "Bonfire Night",
        "Boxing Day",
        "February half term",
        "Detective Sergeant",
        "CAMHS",
        "AssetPlus",
        "Strengths and Difficulties Questionnaire",
        "Personal Education Plan",
        "MISSING FROM CARE",
        "Poland",
        "London",
        "National Poisons Information Service",
        "Evelina London Children's Hospital",
        "Virtual School",
        "Return Home Interview",
        "Care Leavers' Covenant",
    ],
    involvement=[
        "Kacper Żelazny (Child K, born 9 June 2008) was the only child of Kerry-Ann Summers and Mateusz Żelazny. Mr Żelazny returned to Poland when Kacper was six and had telephone contact only. Kacper lived with his mother at 19 Sedgefield Close, Woolston, SO19 7QN, until April 2022, when Ms Summers asked for him to be accommodated under section 20 of the Children Act 1989 after he was found with cannabis and a knife on Bonfire Night the previous year. He spent the first weeks with his grandmother, Patricia Summers (known to him as Nanna Pat), at 7 Wharncliffe Row, Sholing, before a foster placement broke down.",
        "From September 2022 Kacper (recorded by the college as Kasper Zelazney, KZ, date of birth 09/06/2008) was in Year 10 at Itchen Quay College. His Personal Education Plan noted good attendance until the October half term and a love of football that had been limited by Osgood-Schlatter disease. The school nurse recorded a Strengths and Difficulties Questionnaire score in the high range and a referral to CAMHS for an ADHD assessment, which was not completed because he was not brought to two appointments. The Virtual School chased IQC twice for an updated plan.",
        "Between November 2022 and March 2023 Kaz was reported MISSING FROM CARE eleven times. Hampshire and Isle of Wight Constabulary found him twice in London and once on a train with Tyler Brennan-Voss, a 17-year-old known to police for dealing. A Return Home Interview was offered after four of the episodes. Detective Sergeant Halloran submitted intelligence that Kacper was running a county lines phone (07700 900862) for a man called Dex Maitland, and DS Halloran recorded crime reference 44240031872. No referral was made to the National Referral Mechanism at that time, and a second Detective Sergeant who reviewed the file in April 2023 did not escalate it.",
        "In May 2023, aged 14, Kacper was placed in a semi-independent flat at Flat 3, 48 Kestrel Mews, SO14 3ZT, run by Harbourside Supported Living, because no registered children's home bed could be found. The personal adviser, Lyndsey Brook, was allocated early because the team expected him to remain there after his sixteenth birthday. Ms Brook visited weekly and recorded that staff were on site for six hours a day. The independent reviewing officer, Howard Pennock, raised a formal dispute on 12 June 2023; Mr Pennock's dispute was closed when the placement was described as a 'bridging arrangement'.",
        "Through the summer of 2023 Kacper met Paige Lockwood, then aged 19, who had an XL Bully called Tyson and who posted as @paigey.lock. Paige's mother had known Kerry-Anne (sic) at school. The neighbour below the flat, Mrs Oyelaran, telephoned 01632 960258 on three occasions about young adults coming and going at night. Kacper's social worker, Rosa Thackeray, recorded that Miss Lockwood 'seemed a steadying influence'. Kacper's Snapchat account, @kaz_zel08, and his email kaz.zel08@example.org were later found to have been used to arrange deliveries.",
        "Southampton Youth Justice Service worked with Kacper from August 2023 after a referral order for possession with intent to supply. The AssetPlus assessment rated the risk of serious harm to himself as high and noted 'KAS is worried but worn out' about his mother. Tidemark (the drugs service) allocated Owain Pritchard, who saw Kacper seven times, including at the Brook clinic, where he had been helped with sexual health advice. Owain gave him Nyxoid nasal naloxone in November 2023 and recorded that Kacpi, as Nanna Pat called him, 'laughed it off'. In his Snapchat messages he signed himself K-Z.",
        "On Boxing Day 2023 Kacper was taken to the emergency department after taking Xanax bought online; the hospital contacted the National Poisons Information Service. He had been seen at the Evelina London Children's Hospital as a younger child for a kidney condition, and the records from there were not available locally. His GP at Peartree Green Surgery, who held his NHS number 485 777 3456, was not told of the admission until January. The Supported Accommodation (England) Regulations 2023 had by then made it unlawful to place a child under 16 in supported accommodation, but the placement continued.",
        "During the February half term of 2024 Kacper did not answer his phone (07700 900417). He was found unresponsive in the flat on 17 February 2024 by a support worker. Paige was present and had called an ambulance; naloxone was given but he died later that day. Toxicology found heroin and nitazenes. Auntie Shaz, a family friend, told the review that Kezza had 'begged for him to come home' at Christmas.",
    ],
    analysis=[
        "Kacper was a child, and was treated as a young adult. Over two summers the professional network came to describe Kaz as 'independent' and 'street-wise', language that the national panel's review It was hard to escape warned against. Kaz's own words, recorded by the youth justice worker, were that he 'owed people'. The deaths of Arthur Labinjo-Hughes and Star Hobson led the Child Safeguarding Practice Review Panel to stress that professionals must hold on to what they know; here what they knew about Kacper Zelazny's exploitation was held in separate systems and not joined up.",
        "The decision to place a 14-year-old in semi-independent accommodation was a resource decision, not a needs-led one. Ofsted did not inspect the provider, and the IRO's challenge was closed without escalation. When the Supported Accommodation (England) Regulations 2023 came into force, no one at Harbourside Supported Living or in Children's Social Care checked Kacper's age against the new rules. Mr Pennock told the review he had 'run out of routes'.",
        "The relationship with Paige Lockwood, an adult five years older, should have been considered as possible exploitation. Paige Lockwood's flat was used by Dex and Tyler to store drugs. The risks of a dog such as an XL Bully at the address were noted by police but not shared. The murder of Jaden Moodie in London had shown how quickly children drawn into county lines are harmed, and this knowledge was not applied to KZ.",
        "Health information was fragmented. The CAMHS referral for ADHD, the Osgood-Schlatter diagnosis, the overdose on Boxing Day and the earlier records from the Evelina London Children's Hospital were never brought together in Kacper's health assessment. The GP at Peartree Green Surgery was not invited to the strategy meeting.",
    ],
    learning=[
        "Children looked after under section 20 of the Children Act 1989 who go MISSING FROM CARE and are found in London or elsewhere on a county lines route must be referred to the National Referral Mechanism without delay. For Kacper Żelazny (K.Z.) eleven missing episodes and the intelligence from Detective Sergeant Halloran did not lead to a referral, and a Return Home Interview was offered less than half the time. Working Together to Safeguard Children 2023 is clear that exploitation outside the home is a child protection matter.",
        "A personal adviser allocated to a 14-year-old (here a boy born 09-06-2008) is not a substitute for a social worker and a registered placement. Ms Brook's weekly visits to 48 Kestrel Mews were supportive, but neither she nor the IRO could change the placement. The Care Leavers' Covenant and the Virtual School both offered help to Kacper's college, Itchen Quay College, that was not taken up. Nyxoid and naloxone training for carers, the Brook clinic and the drugs service should be part of every plan for a child who uses opioids or Xanax, and AssetPlus findings shared with Children's Social Care.",
        "Where a child's relationship is with an adult, as with Paige Lockwood (P.L. in police records), professionals should ask about exploitation, and Ofsted-registered settings should share their concerns. Snapchat and other platforms were central to how Kaz was contacted, and the account @kaz_zel08 was known to police before his death.",
        "Families are experts in their children. Ms Summers, Nanna Pat and Mr Żelazny in Poland were rarely asked for their views; the Summers family told the review they felt 'written out' from the day of the section 20 agreement.",
    ],
    recommendations=[
        ("Children's Social Care to audit every child under 16 in any supported or semi-independent placement against the Supported Accommodation (England) Regulations 2023, learning from Kacper's placement at Kestrel Mews, and report to the Child Safeguarding Practice Review Panel lead in the partnership",
         "Audit of all placements of children under 16 and escalation of any outside registered care", "Head of Service, Children in Care", "30-11-2024"),
        ("All agencies to refer children found in county lines activity to the National Referral Mechanism, with a Return Home Interview after every MISSING FROM CARE episode, so that no child is left as Kaz was between Woolston and London",
         "Joint protocol and quarterly missing and exploitation data to the partnership", "Detective Chief Inspector, Exploitation", "31-01-2025"),
        ("Health and the young people's drugs service to ensure naloxone, the Strengths and Difficulties Questionnaire and CAMHS outcomes are shared with the IRO before each review for children in Year 10 and Year 11",
         "Information-sharing agreement and audit of ten cases", "Designated Nurse for Children in Care", "28-02-2025"),
    ],
    header="RESTRICTED - Child K (Kacper Żelazny, DOB 09-06-2008) - SO14 3ZT",
    footer="Author: Howard Pennock, IRO - tel 01632 960258 - not for circulation beyond the Summers family and the panel",
    comment="Check with Lyndsey Brook whether Paige Lockwood's account @paigey.lock was ever reported; Kerry-Ann asked about this at Christmas.",
    footnote="College records give the date of birth as 09/06/2008 and the spelling Zelazney; Itchen Quay confirmed this is an error.",
)
