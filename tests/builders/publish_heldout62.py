# ruff: noqa: E501
"""A held-back publication case written blind: a Ukrainian boy in Norfolk, a broken Homes for
Ukraine sponsorship and county lines exploitation. Every name, address and number is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "NSCP-LCSPR-2025-14"

CASE_TOML = '''reference = "NSCP-LCSPR-2025-14"
review = "Local Child Safeguarding Practice Review"
subject = "Child V"
period = { from = "01-05-2022", to = "31-08-2024" }
board = "Norfolk Safeguarding Children Partnership"

[[agencies]]
name = "Norfolk Constabulary"
aliases = ["Norfolk Police", "NC", "Police"]

[[agencies]]
name = "Norfolk County Council Children's Services"
aliases = ["Children's Services", "CSC", "NCC"]

[[agencies]]
name = "Norfolk Healthy Child Programme"
aliases = ["Health Visiting", "HCP", "Just One Norfolk"]

[[agencies]]
name = "St Withburga's C of E Academy"
aliases = ["St Withburga's", "SWA"]

[[agencies]]
name = "Wensum Vale Short Stay School"
aliases = ["Wensum Vale", "WVSSS", "the PRU"]
published_as = "the alternative provision"

[[agencies]]
name = "Cherrytree Hill Medical Centre"
aliases = ["Cherrytree Hill", "Cherrytree Hill Surgery"]

[[people]]
name = "Tymofii Zhuravskyi"
aliases = ["Tymofii", "Tymofiy", "Timofey", "Tymofei", "Tymko", "Tima", "Тимофій", "Тимофій Журавський", "Тимко", "Zhuravskyi", "Zhuravsky", "Zuravskyi", "TZ", "T.Z."]
role = "Child"
pseudonym = "Child V"
born = "11-02-2009"
address = "4 Tolhurst Close, Dereham, NR19 2QX"

[[people]]
name = "Oleksandra Zhuravska"
aliases = ["Lesia", "Lesia Zhuravska", "Mrs Zhuravska", "Zhuravska", "Олександра Журавська", "Леся", "LZ", "L.Z."]
role = "Mother"
pseudonym = "Mother"
born = "23-06-1986"
address = "4 Tolhurst Close, Dereham, NR19 2QX"

[[people]]
name = "Andrii Zhuravskyi"
aliases = ["Andrii", "Andriy", "Andrei"]
role = "Father"
pseudonym = "Father"
born = "02-09-1983"

[[people]]
name = "Solomiia Zhuravska"
aliases = ["Solomiia", "Solomiya", "Solia", "Соломія"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "30-07-2014"
address = "4 Tolhurst Close, Dereham, NR19 2QX"

[[people]]
name = "Myroslava Zhuravska"
aliases = ["Myroslava", "Myrosia"]
role = "Sibling"
pseudonym = "Sibling 2"
born = "19-11-2022"
address = "4 Tolhurst Close, Dereham, NR19 2QX"

[[people]]
name = "Fenella Gathercole"
aliases = ["Mrs Gathercole", "Gathercole", "Fen"]
role = "Sponsor"
pseudonym = "the sponsor"
born = "14-04-1961"
address = "Kettlebrook House, Wendling Parva, NR19 4JD"

[[staff]]
name = "Amber Knight"
code = "SW1"
role = "Social Worker"
agency = "Norfolk County Council Children's Services"

[[staff]]
name = "Sunday Adeyemi"
code = "HV1"
role = "Health Visitor"
agency = "Norfolk Healthy Child Programme"

[[staff]]
name = "Carys Penhallow"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "St Withburga's C of E Academy"

[[staff]]
name = "Ellis Warren"
code = "PC1"
role = "Missing Persons Coordinator"
agency = "Norfolk Constabulary"
'''

IDENTIFIERS = {
    "key_name": ["Tymofii Zhuravskyi", "Tymofii", "Tymofii's", "Oleksandra Zhuravska",
                 "Lesia", "Lesia's", "Lesia Zhuravska", "Mrs Zhuravska", "Zhuravska",
                 "Zhuravskyi", "Andrii Zhuravskyi", "Andrii", "Solomiia", "Solomiia Zhuravska",
                 "Myroslava", "Fenella Gathercole", "Mrs Gathercole", "Gathercole"],
    "transliteration": ["Tymofiy", "Timofey", "Tymofei", "Zhuravsky", "Zuravskyi",
                        "Timofey Zhuravsky", "Tymofei Zuravskyi", "Andriy", "Solomiya"],
    "cyrillic": ["Тимофій Журавський", "Тимофій", "Журавський", "Тимко", "Олександра Журавська",
                 "Леся", "Соломія"],
    "nickname": ["Tymko", "Tymko's", "Tima", "Solia", "Myrosia"],
    "initials": ["T.Z.", "TZ", "L.Z."],
    "not_in_key": ["Nazar Bilyk", "Nazar", "Nazar's", "Ashy", "Auntie Halyna", "Тітка Галина",
                   "Halyna", "Mr Tebbutt"],
    "staff_name": ["Amber Knight", "Sunday Adeyemi", "Adeyemi", "Carys Penhallow",
                   "Ms Penhallow", "Ellis Warren"],
    "address": ["Kettlebrook House", "Wendling Parva", "4 Tolhurst Close", "Tolhurst Close",
                "Dereham", "Flat 3, 27 Marram Terrace", "Marram Terrace", "Great Yarmouth",
                "Yarmouth"],
    "postcode": ["NR19 2QX", "NR19 4JD", "NR19", "2QX", "NR30 2LP"],
    "agency_place": ["St Withburga's C of E Academy", "St Withburga's", "Wensum Vale Short Stay School",
                     "Wensum Vale", "Cherrytree Hill Medical Centre", "Cherrytree Hill"],
    "number": ["07700 900418", "01632 960227", "HFU-2022-0581734", "NC-36-24-0419"],
    "date_of_birth": ["11-02-2009", "11/02/2009", "11 February 2009", "23.06.1986",
                      "19-11-2022"],
    "social_media": ["tymko_09", "@zhuravel_t", "lesia.zh@example.org"],
    "line_name": ["Deano line"],
}

ORDINARY = [
    "Homes for Ukraine", "Home Office", "Armed Forces of Ukraine", "Kyiv", "Poland", "Stansted",
    "London Liverpool Street", "Norfolk and Norwich University Hospital",
    "James Paget University Hospital", "Ukrainian interpreter", "LanguageLine", "Sunday",
    "Orthodox Christmas", "Orthodox Easter", "Premier Inn", "Year 10", "Google Translate",
    "Osgood-Schlatter disease", "Chelsea shirt", "Mudryk", "pupil referral unit",
    "Philomena Protocol", "Return Home Interview", "rated amber", "PCSO", "Detective Sergeant",
    "National Referral Mechanism", "Modern Slavery Act 2015",
    "XL Bully", "Section 17 of the Children Act 1989", "Child Q", "NO FURTHER ACTION",
    "It was hard to escape", "Victoria Climbié", "Working Together to Safeguard Children 2023",
    "Strengths and Difficulties Questionnaire", "Barnardo's", "British Red Cross",
    "Slava Ukraini", "National County Lines Coordination Centre",
]

INVOLVEMENT = [
    "Tymofii Zhuravskyi (Тимофій Журавський, known at home as Tymko) landed at Stansted in May "
    "2022 with his mother, Oleksandra Zhuravska, who is known to everyone as Lesia, and his sister "
    "Solomiia. His father, Andrii Zhuravskyi (Andriy on the visa letter), stayed in Kyiv with the Armed Forces of Ukraine. The "
    "family came under the Homes for Ukraine scheme and lived with their sponsor, Fenella "
    "Gathercole, at Kettlebrook House, Wendling Parva, NR19 4JD. Norfolk County Council Children's "
    "Services completed the accommodation check and the DBS check; nobody visited again after the "
    "first month. The Home Office reference on the visa letter was HFU-2022-0581734.",

    "Lesia was pregnant on arrival. Myroslava was born at the Norfolk and Norwich University "
    "Hospital on 19-11-2022. The health visitor, Sunday Adeyemi, completed the new birth visit at "
    "Kettlebrook House with a Ukrainian interpreter booked through LanguageLine, but Mrs Gathercole "
    "answered most of the questions for Lesia. On a later visit Mum told the health visitor that "
    "the sponsor 'did not want a crying baby in the house' and that Tymko was out most nights. The "
    "Strengths and Difficulties Questionnaire was not used for the older children, who were outside "
    "the caseload, and no referral to the MASH was made. Lesia's mobile was recorded as 01632 "
    "960227 and her email as lesia.zh@example.org.",

    "Soon after Orthodox Christmas in January 2023 the sponsorship broke down. Fenella Gathercole "
    "emailed the council that 'Lesia's son is out all night and I cannot have police at my door'. "
    "The family spent six weeks in a Premier Inn before they were offered 4 Tolhurst Close, "
    "Dereham, NR19 2QX. A neighbour there, Mr Tebbutt, later told police that 'the Ukrainian lad' "
    "came and went in taxis. Cherrytree Hill Medical Centre registered the family again and "
    "recorded the boy as Tymofii Zhuravskyi and his mother as 'Oleksandra Zhuravska (Lesia)', date "
    "of birth 23.06.1986. The GP referred Tymofii to CAMHS for low mood and poor sleep; CAMHS "
    "closed the referral because he was 'not engaging'.",

    "At St Withburga's C of E Academy, Tymofiy (as the school spelled it) joined Year 9 with "
    "English as an additional language support and did his work through Google Translate. The "
    "Designated Safeguarding Lead, Carys Penhallow, recorded that he had Osgood-Schlatter disease "
    "and could no longer play football, the thing he had loved; he wore a Chelsea shirt with "
    "Mudryk on the back on every non-uniform day and wrote Slava Ukraini on his planner. After a "
    "fight in October 2023 with an older pupil who called him 'Russian', he was permanently "
    "excluded in Year 10 and placed at Wensum Vale Short Stay School, the pupil referral unit. "
    "There he met Nazar Bilyk, another Ukrainian boy, and through Nazar a young man from London "
    "known only as 'Ashy'.",

    "Between November 2023 and July 2024 Tymofii was reported missing eleven times. Norfolk "
    "Constabulary graded most episodes as low risk; only the last two were rated amber by the "
    "missing persons coordinator, Ellis Warren. Lesia gave police the Philomena Protocol form that "
    "Wensum Vale had never completed. A Return Home Interview was offered after each episode; four "
    "took place, two with his mother interpreting, which Tymko's Snapchat (tymko_09) later called "
    "'a joke'. In March 2024 a British Transport Police PCSO found him at London Liverpool Street with £400 and two phones; "
    "one, 07700 900418, was the Deano line. The Detective Sergeant referred him to the National "
    "Referral Mechanism and the Single Competent Authority made a positive reasonable grounds "
    "decision in April 2024.",

    "Over Orthodox Easter in May 2024 Tymko went missing for four days. He was found in Great "
    "Yarmouth, and his possession of cannabis was marked NO FURTHER ACTION under crime reference "
    "NC-36-24-0419. His mother asked the social worker, Amber Knight, whether he could go to "
    "Auntie Halyna (Тітка Галина) in Poland; this was not explored. The family support plan "
    "recorded 'Tima is safer at home', and Solomiia Zhuravska (Соломія, Solia at home and Solomiya on her school roll) told her "
    "teacher that her brother had a second "
    "phone and a Telegram account, @zhuravel_t.",

    "On Sunday 11 August 2024 Tymofii was found with a stab wound at Flat 3, 27 Marram Terrace, "
    "Great Yarmouth, NR30 2LP, a flat used to deal drugs where an XL Bully was kept on the "
    "balcony. He was taken to the James Paget University Hospital and survived. The custody record "
    "from May named him 'Tymofei Zuravskyi', born 11-02-2009; the hospital had 'Timofey Zhuravsky' with a date of "
    "birth of 11/02/2009, and for a day nobody linked the two. His mother's mobile went "
    "unanswered because she was at work in Yarmouth, three streets away.",
]

ANALYSIS = [
    "Once the checks were done, no agency regarded the Zhuravskyi family as a family in need. When "
    "the Homes for Ukraine sponsorship broke down the family were treated as a housing case and "
    "never assessed under Section 17 of the Children Act 1989. Mrs Gathercole's email was the "
    "first sign that Tymofii was being drawn away from home, but it went to a housing inbox.",

    "Professionals saw a difficult boy, not an exploited child. The review panel noted the same "
    "adultification that the Child Q review in Hackney described, and the national review It was "
    "hard to escape warned of it in 2020. Tymko's permanent exclusion in Year 10 took away his last "
    "daily contact with a safe adult. Wensum Vale did not know about the NRM referral, and the "
    "National County Lines Coordination Centre was never asked for what it knew about the Deano "
    "line.",

    "Agencies recorded at least seven spellings of the boy's name: Tymofii, Tymofiy, Timofey, "
    "Tymofei, Zhuravskyi, Zhuravsky and Zuravskyi, and the Cyrillic Тимофій only on the GP record, which also held Тимко, the name his family "
    "used, and his mother as Олександра Журавська, called Леся. "
    "No agency held his name in Cyrillic alongside an agreed transliteration, so the police "
    "national computer, the hospital and Children's Services could not match their records. T.Z. "
    "appeared as his initials on school logs and TZ on the PRU's own register.",

    "Lesia's voice is largely missing from the records. She spoke Ukrainian and some Russian, her "
    "English was limited, and her son or the sponsor often interpreted for her. A Barnardo's "
    "exploitation worker was allocated in July 2024, after he had been on the waiting list for "
    "eleven weeks. Nobody asked L.Z. what she needed; she told the review 'I came to keep my son "
    "away from a war'.",
]

LEARNING = [
    "When a Homes for Ukraine sponsorship breaks down, a child is not simply rehoused: the child "
    "loses the adults around him. Tymofii's move from Kettlebrook House in Wendling Parva to "
    "Tolhurst Close in Dereham, by way of a Premier Inn, was handled as accommodation. Working "
    "Together to Safeguard Children 2023 expects agencies to consider whether such a child is a "
    "child in need, and the British Red Cross and the Home Office guidance for sponsors both say "
    "that breakdown is a point of risk. Sunday Adeyemi was the only professional who saw the "
    "family in the sponsor's home and in the new one.",

    "A name in Cyrillic needs one agreed spelling and its known variants. Тимофій Журавський was "
    "recorded as Tymofii Zhuravskyi, Timofey Zhuravsky and Tymofei Zuravskyi, and his mother as "
    "Lesia, Oleksandra Zhuravska and Mrs Zhuravska. The Victoria Climbié inquiry found the same "
    "failure to link records under different names more than twenty years ago. A Return Home "
    "Interview should be held by someone independent, with a Ukrainian interpreter, and never "
    "with a parent or a sibling such as Solomiia interpreting. The Philomena Protocol should be "
    "completed for every child on the National Referral Mechanism.",

    "Permanent exclusion to a pupil referral unit exposed Tymko to the people who exploited him. "
    "The Modern Slavery Act 2015 offers a defence to a child who is compelled to commit offences, "
    "but only when the child is recognised as a victim. Ms Penhallow's record of Nazar Bilyk's "
    "influence did not follow Tymofii to Wensum Vale Short Stay School.",

    "The health visitor's contact with Myroslava (Myrosia to her mother) gave a rare view into the household, yet nothing "
    "about the older children was shared. Sunday contacts, made outside office hours because Lesia "
    "worked, were not recorded on the family's shared record.",
]

RECOMMENDATIONS = [
    ("The Norfolk Safeguarding Children Partnership should make sure that every Homes for Ukraine "
     "sponsorship breakdown involving a child, as at Kettlebrook House for Tymofii Zhuravskyi and "
     "his sisters, leads to an assessment under Section 17 of the Children Act 1989",
     "Agree a protocol between housing and Children's Services", "Director of Children's Services",
     "31-03-2026"),
    ("Norfolk Constabulary and Children's Services should hold Cyrillic names with one agreed "
     "transliteration and its variants (for example Zhuravskyi, Zhuravsky and Журавський) on every "
     "missing person record and every Return Home Interview, with a Ukrainian interpreter and not "
     "Lesia or another relative", "Amend the missing episode and RHI templates",
     "Detective Superintendent, Safeguarding", "30-06-2026"),
    ("St Withburga's C of E Academy and the pupil referral unit should share exploitation concerns "
     "at every move of school, using the National County Lines Coordination Centre indicators, as "
     "the national review It was hard to escape recommended",
     "Add exploitation to the transfer form", "Head of Inclusion", "31-12-2025"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING, RECOMMENDATIONS,
    header="LCSPR Child V draft 3: Tymofii Zhuravskyi (TZ), 4 Tolhurst Close, NR19 2QX",
    footer="Author: Amber Knight, Children's Services. Copy to Lesia Zhuravska, lesia.zh@example.org",
    comment="Check spelling: Tymko's Snapchat is tymko_09; Nazar's mum says he also used @zhuravel_t",
    footnote="Home Office reference HFU-2022-0581734; date of birth 11 February 2009; Auntie Halyna "
             "in Poland was never contacted.",
)
