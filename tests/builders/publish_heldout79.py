# ruff: noqa: E501
"""A held-back publication case, written blind without sight of the anonymiser; every
name, address, number and place of the family, staff and local services is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "STSCP-CSPR-2024-02"

CASE_TOML = '''reference = "STSCP-CSPR-2024-02"
review = "Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-06-2021", to = "30-11-2023" }
board = "South Tees Safeguarding Children Partnership"

[[agencies]]
name = "Cleveland Police"
aliases = ["Police", "CP"]

[[agencies]]
name = "Middlesbrough Children's Services"
aliases = ["Children's Social Care", "CSC", "MCS"]

[[agencies]]
name = "Harrogate and District NHS Foundation Trust 0-19 Service"
aliases = ["HDFT", "0-19 Service", "Health Visiting"]

[[agencies]]
name = "Brambling Fields Primary School"
aliases = ["Brambling Fields", "Brambling Fields Primary", "BFPS"]
published_as = "the primary school"

[[agencies]]
name = "Fellgate Lane Surgery"
aliases = ["Fellgate Lane", "the Fellgate practice"]

[[agencies]]
name = "Roj Kurdish Community Centre"
aliases = ["Roj Centre", "the Roj"]
published_as = "the community centre"

[[people]]
name = "Rojîn Xoşnaw-Nikravesh"
aliases = ["Rojîn", "Rojin", "Roji", "Rojîn Xoşnaw", "Rojin Khoshnaw", "R.X.", "RX"]
role = "Child"
pseudonym = "Child T"
born = "14-03-2017"
address = "23 Hesleden Terrace, Middlesbrough TS3 9WJ"

[[people]]
name = "Bêrîvan Xoşnaw"
aliases = ["Bêrîvan", "Berivan", "Beri", "Berivan Khoshnaw", "Berivan Xosnaw", "Ms Xoşnaw", "BX", "B.X."]
role = "Mother"
pseudonym = "Mother"
born = "09-11-1991"
address = "23 Hesleden Terrace, Middlesbrough TS3 9WJ"

[[people]]
name = "Kourosh Nikravesh"
aliases = ["Kourosh", "Kouri", "Kurosh", "Mr Nikravesh", "KN", "K-N"]
role = "Father"
pseudonym = "Father"
born = "27-01-1986"
address = "Tarnbeck Lodge Hotel, Marton Carr Way, Middlesbrough TS7 8PL"

[[people]]
name = "Aram Xoşnaw-Nikravesh"
aliases = ["Aram", "Aram Khoshnaw"]
role = "Sibling"
pseudonym = "Sibling"
born = "02-09-2013"
address = "23 Hesleden Terrace, Middlesbrough TS3 9WJ"

[[people]]
name = "Pakhshan Karimzadeh"
aliases = ["Pakhshan", "Daya Pakhshan", "Mrs Karimzadeh"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "03-04-1962"

[[staff]]
name = "Harriet Bank"
code = "SW1"
role = "Social Worker"
agency = "Middlesbrough Children's Services"

[[staff]]
name = "Owen Peace"
code = "DC1"
role = "Detective Constable"
agency = "Cleveland Police"

[[staff]]
name = "Nerys Applegarth"
code = "HV1"
role = "Health Visitor"
agency = "Harrogate and District NHS Foundation Trust 0-19 Service"

[[staff]]
name = "Ardalan Berzinji"
code = "INT1"
role = "Interpreter"
agency = "Middlesbrough Children's Services"

[[staff]]
name = "Lorna Kildale"
code = "SENCO1"
role = "Special Educational Needs Co-ordinator"
agency = "Brambling Fields Primary School"
'''

IDENTIFIERS = {
    "key_name": [
        "Rojîn Xoşnaw-Nikravesh", "Rojîn Xoşnaw", "Rojin Khoshnaw", "Rojîn", "Rojin",
        "Rojîn's", "Bêrîvan Xoşnaw", "Berivan Khoshnaw", "Berivan Xosnaw", "Bêrîvan",
        "Berivan", "Bêrîvan's", "Ms Xoşnaw", "Ms Khoshnaw", "Kourosh Nikravesh", "Kourosh",
        "Kourosh's", "Mr Nikravesh", "Nikravesh", "Aram Xoşnaw-Nikravesh", "Aram",
        "Pakhshan Karimzadeh", "Mrs Karimzadeh", "Xoşnaw",
    ],
    "misspelling": ["Kurosh", "Koroush", "Khoshnow", "Berivaan"],
    "nickname": ["Roji", "Beri", "Kouri", "Daya Pakhshan"],
    "initials": ["R.X.", "RX", "BX", "B.X.", "KN", "K-N", "R.X-N."],
    "not_in_key": [
        "Sirwan Qaradaghi", "Sirwan", "Mam Sirwan", "Eileen Grisedale", "Mrs Grisedale",
        "Hêmin Barzinjî", "Hemin Barzinji",
    ],
    "staff": [
        "Harriet Bank", "Ms Bank", "Owen Peace", "DC Peace", "Nerys Applegarth",
        "Ms Applegarth", "Ardalan Berzinji", "Mr Berzinji", "Lorna Kildale", "Mrs Kildale",
    ],
    "address": [
        "23 Hesleden Terrace", "Hesleden Terrace", "Flat 2/1, 17 Ardgowan Wynd",
        "Ardgowan Wynd", "Tarnbeck Lodge Hotel", "Tarnbeck Lodge", "Marton Carr Way",
        "Cathcart Bridge Hotel",
    ],
    "postcode": ["TS3 9WJ", "TS3", "9WJ", "G33 5NQ", "TS7 8PL"],
    "agency_place": [
        "Brambling Fields Primary School", "Brambling Fields", "Fellgate Lane Surgery",
        "Fellgate Lane", "Roj Kurdish Community Centre", "Roj Centre",
        "Masjid Noor-ul-Huda", "Noor-ul-Huda",
    ],
    "number": ["K7730418", "999 041 7263", "07700 900417", "01632 960583"],
    "date_of_birth": ["14-03-2017", "14 March 2017", "14/03/2017", "02-09-2013"],
    "email": ["beri.xosnaw@example.org"],
    "social_media": ["@roji_smiles_tees", "Beri Kurdistan Rose"],
}

ORDINARY = [
    "food bank", "breach of the peace", "Home Office", "Detective Sergeant", "MASH",
    "EHCP", "Newroz", "Eid al-Fitr", "Ramadan", "Friday prayers", "November",
    "Great Ormond Street Hospital", "British Red Cross", "Migrant Help", "Mears",
    "Children Act 1989", "section 17", "Equality Act 2010",
    "Working Together to Safeguard Children 2018", "Victoria Climbié", "Star Hobson",
    "Graded Care Profile 2", "Ages and Stages Questionnaire", "GMFCS level IV",
    "Lennox-Gastaut syndrome", "Lunar House", "Croydon", "Calais", "Iran", "WhatsApp",
    "Google Translate", "Staffordshire bull terrier", "Year 2", "Sorani", "Farsi",
    "LanguageLine", "Police Scotland", "NO FURTHER ACTION",
    "Child Safeguarding Practice Review Panel", "Disability Living Allowance",
]

INVOLVEMENT = [
    "Rojîn Xoşnaw-Nikravesh (born 14-03-2017) arrived in the United Kingdom with her mother "
    "Bêrîvan Xoşnaw, her brother Aram Xoşnaw-Nikravesh (born 02-09-2013) and her father "
    "Kourosh Nikravesh after crossing from Calais in a small boat. The family claimed asylum "
    "and their screening interview took place at Lunar House in Croydon; the Home Office "
    "reference K7730418 was used on every later record. They were first placed by Mears in "
    "the Cathcart Bridge Hotel and then at Flat 2/1, 17 Ardgowan Wynd, G33 5NQ, where "
    "Police Scotland recorded one call about a dispute on the landing.",
    "In November 2021 the family were moved to the Tarnbeck Lodge Hotel on Marton Carr Way, "
    "TS7 8PL. Hotel staff told the 0-19 Service that Roji used a borrowed wheelchair that did "
    "not fit her, and that Beri carried her up two flights of stairs. Health Visitor Nerys "
    "Applegarth completed an Ages and Stages Questionnaire through LanguageLine in Sorani, "
    "not in Farsi, which Mr Nikravesh speaks; Kourosh's answers were translated by Aram, "
    "who was eight. Ms Applegarth noted Rojîn's diagnosis of Lennox-Gastaut syndrome and a "
    "referral from Great Ormond Street Hospital that had not followed the family north.",
    "In March 2022 the family were dispersed to 23 Hesleden Terrace, TS3 9WJ. Rojin was "
    "registered at Fellgate Lane Surgery under two spellings, Rojin Khoshnaw and Rojîn "
    "Xoşnaw, so that two NHS numbers existed until 999 041 7263 was confirmed. The mother's "
    "mobile, 07700 900417, was recorded against Kouri's entry as well. A neighbour, Mrs "
    "Grisedale, kept a Staffordshire bull terrier in the shared yard and told DC Peace that "
    "the children were 'left to themselves'; Eileen Grisedale later withdrew the comment.",
    "Rojîn started in Reception at Brambling Fields Primary School in April 2022. The SENCo, "
    "Lorna Kildale, asked for an EHCP needs assessment and sought a GMFCS level IV rating "
    "from the community paediatrician. Mrs Kildale emailed beri.xosnaw@example.org in "
    "English and, when no reply came, used Google Translate on WhatsApp. The school rang "
    "01632 960583, the number of the Roj Kurdish Community Centre, where a volunteer, "
    "Hêmin Barzinjî (Hemin Barzinji), often read letters to the family.",
    "During Ramadan in 2022, after Friday prayers, Kourosh Nikravesh was arrested for a breach of the peace outside "
    "the Masjid Noor-ul-Huda after an argument with Sirwan Qaradaghi, a family friend who had "
    "driven the family from Glasgow. The Police log reads NO FURTHER ACTION. DC Owen Peace "
    "made a referral to the MASH about B.X. and K-N, and a Detective Sergeant reviewed it as a domestic "
    "incident because Bêrîvan said Kurosh had pushed her at the hotel. Mam Sirwan told "
    "officers that Mr Nikravesh was 'not a bad man, just tired of the hotel'.",
    "Social Worker Harriet Bank completed a child and family assessment under section 17 of "
    "the Children Act 1989. Ardalan Berzinji interpreted in Sorani at the first visit; Mr "
    "Berzinji was not booked for the second, and Ms Bank relied on Aram. The assessment "
    "named Berivan Khoshnaw as carer but not Mrs Karimzadeh, the maternal grandmother in "
    "Iran, whom the children called Daya Pakhshan and spoke to each evening on WhatsApp. "
    "Ms Bank arranged a food bank voucher and a British Red Cross referral for clothing.",
    "Over Newroz and Eid al-Fitr in 2023 the Roj Centre held events the family attended; "
    "staff there saw Roji seizing twice without rescue medication. A TikTok account, "
    "@roji_smiles_tees, run from the Facebook profile Beri Kurdistan Rose, showed the "
    "child unsupervised in a bath. The Graded Care Profile 2 was started in November 2023 "
    "by Ms Applegarth but never finished. Rojîn was admitted in November 2023 with a "
    "prolonged seizure and a scald; Mrs Grisedale called the ambulance from 23 Hesleden "
    "Terrace.",
]

ANALYSIS = [
    "Professionals spoke to Bêrîvan Xoşnaw in Sorani and to Kourosh Nikravesh rarely at "
    "all. No agency asked which language each parent preferred, and Aram was used as "
    "interpreter on at least four occasions. This is the pattern the Child Safeguarding "
    "Practice Review Panel described nationally and which the inquiry into the death of "
    "Victoria Climbié warned against more than twenty years ago.",
    "The move from the Cathcart Bridge Hotel to the Tarnbeck Lodge Hotel, and then to "
    "Hesleden Terrace, broke the chain of health information. Rojîn's Great Ormond Street "
    "Hospital plan and her Disability Living Allowance claim were held under the spelling "
    "Rojin Khoshnaw; Fellgate Lane Surgery held a record for R.X-N. and another for R.X. "
    "Nobody reconciled them, and Migrant Help was not told of her needs under the Equality "
    "Act 2010.",
    "The incident outside the Masjid Noor-ul-Huda was treated as a public order matter. "
    "Bêrîvan's account of being pushed by Kouri at Tarnbeck Lodge was recorded by DC Peace "
    "but not linked to the children; the MASH saw BX and KN as 'asylum adults' rather than "
    "as parents of a disabled child.",
    "Brambling Fields and the Roj Kurdish Community Centre both knew that Berivan Xosnaw "
    "was isolated and that Daya Pakhshan in Iran was her main support. Mrs Kildale's "
    "request for an EHCP was a strength. The learning from Star Hobson about listening to "
    "those outside the family, such as Mrs Grisedale and Sirwan, applies here.",
]

LEARNING = [
    "Learning 1: When Rojîn Xoşnaw-Nikravesh moved from Ardgowan Wynd to the Tarnbeck Lodge "
    "Hotel and then to 23 Hesleden Terrace, TS3 9WJ, her health records did not move with "
    "her. Working Together to Safeguard Children 2018 expects agencies to follow a child "
    "across boundaries; for a disabled child with Lennox-Gastaut syndrome placed by Mears "
    "and the Home Office, nobody held that responsibility. Ms Applegarth and the Fellgate "
    "Lane Surgery each believed the other had the plan from Great Ormond Street Hospital.",
    "Learning 2: Bêrîvan Xoşnaw, known to staff as Beri, and Kourosh Nikravesh were spoken "
    "to through their son Aram and through Google Translate. A professional interpreter "
    "from LanguageLine in Farsi or Sorani was used only when Mr Berzinji was available. "
    "The voice of the child, Roji, was not heard; Mrs Kildale at Brambling Fields Primary "
    "School was the only professional who asked Rojîn's view, using picture cards, in "
    "Year 2 in the autumn of 2023; her school file names her only as RX.",
    "Learning 3: Concerns raised by the community, at the Roj Centre, by Hêmin Barzinjî and "
    "by the neighbour Mrs Grisedale, were not brought into the assessment by Ms Bank. Ms "
    "Xoşnaw (recorded by the GP as Ms Khoshnaw) was never asked what help she wanted.",
    "Learning 4: The Graded Care Profile 2 should be completed with an interpreter, not "
    "with a child in the room, and the Ages and Stages Questionnaire should be repeated "
    "after each move.",
]

RECOMMENDATIONS = [
    ("The Partnership should seek assurance that when a child such as Rojîn (Roji) is "
     "moved by Mears or the Home Office from a hotel like the Tarnbeck Lodge Hotel, the "
     "0-19 Service and Fellgate Lane Surgery transfer her plan from Great Ormond Street "
     "Hospital within ten working days, and that Kourosh Nikravesh and Bêrîvan Xoşnaw are "
     "told in Sorani or Farsi",
     "Write a protocol for health transfer on dispersal", "HDFT Head of Service",
     "31-07-2024"),
    ("Children's Social Care should audit assessments under section 17 of the Children Act "
     "1989 for families in asylum accommodation, as happened at 23 Hesleden Terrace, to "
     "check that no child like Aram acted as interpreter and that LanguageLine was booked",
     "Audit ten assessments", "Principal Social Worker", "30-09-2024"),
    ("Cleveland Police should ensure that a breach of the peace involving a parent of a "
     "disabled child, as outside the Masjid Noor-ul-Huda, is shared with the MASH",
     "Briefing for the Detective Sergeant team", "Detective Chief Inspector", "31-10-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="STSCP-CSPR-2024-02 Child T (Rojîn Xoşnaw-Nikravesh, DOB 14/03/2017) RESTRICTED",
    footer="Prepared for the panel; family at 23 Hesleden Terrace TS3 9WJ, tel 07700 900417",
    comment="Check the spelling Berivaan with Ms Bank; Kourosh says Koroush on the HO letter",
    footnote="Home Office ref K7730418; grandmother Pakhshan Karimzadeh lives in Iran; born 14 March 2017; Khoshnow on GP record",
)
