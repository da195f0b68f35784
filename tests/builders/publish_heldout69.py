# ruff: noqa: E501
"""A held-back publication case written blind (county lines, a 15-year-old boy); every name,
address, number and handle in it is invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = '''reference = "LCSPR-BX-2024-03"
review = "Local Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-08-2023", to = "30-06-2024" }
board = "London Borough of Bexley Safeguarding Children Partnership"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["MPS", "Met Police", "South East BCU"]
chronology_due = "15-08-2024"
report_due = "30-09-2024"

[[agencies]]
name = "Kent Police"
aliases = ["Kent Police Public Protection"]
chronology_due = "15-08-2024"

[[agencies]]
name = "London Borough of Bexley Children's Social Care"
aliases = ["Children's Social Care", "CSC"]
chronology_due = "15-08-2024"

[[agencies]]
name = "Oxleas NHS Foundation Trust 0-19 Health Visiting Service"
aliases = ["Health Visiting", "Oxleas HV"]

[[agencies]]
name = "Bexley Youth Offending Service"
aliases = ["YOS", "Youth Justice Service"]

[[agencies]]
name = "Belvedere Heath Pupil Referral Unit"
aliases = ["Belvedere Heath PRU", "the PRU"]
published_as = "the pupil referral unit"

[[agencies]]
name = "Frobisher Vale Primary School"
aliases = ["Frobisher Vale"]

[[people]]
name = "Elijah Kwame Owusu-Ansah"
aliases = ["Elijah", "Eli", "Kwams", "Lil Kwams", "Kwame", "EOA"]
role = "Child"
pseudonym = "Child T"
born = "14-03-2009"
address = "Flat 12, Kenward Court, 3 Carrowmoor Road, Erith, DA8 2RQ"

[[people]]
name = "Abena Owusu-Ansah"
aliases = ["Abena", "Ms Owusu-Ansah", "AOA"]
role = "Mother"
pseudonym = "Mother"
born = "02-11-1983"
address = "Flat 12, Kenward Court, 3 Carrowmoor Road, Erith, DA8 2RQ"

[[people]]
name = "Adwoa Owusu-Ansah"
aliases = ["Adwoa"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "21-06-2014"
address = "Flat 12, Kenward Court, 3 Carrowmoor Road, Erith, DA8 2RQ"

[[people]]
name = "Kwaku Owusu-Ansah"
aliases = ["Kwaku"]
role = "Sibling"
pseudonym = "Sibling 2"
born = "05-10-2023"
address = "Flat 12, Kenward Court, 3 Carrowmoor Road, Erith, DA8 2RQ"

[[people]]
name = "Samuel Kojo Ansah"
aliases = ["Mr Ansah", "Kojo"]
role = "Father"
pseudonym = "Father"

[[people]]
name = "Dwayne Carrick-Rowe"
aliases = ["Big Dee", "Dee", "DCR", "Mr Carrick-Rowe"]
role = "Adult of concern"
pseudonym = "Adult B"
born = "09-01-2001"
address = "Flat 3, 6 Athelney Mews, Margate, CT9 1XZ"

[[staff]]
name = "Ciaran Whitelaw"
code = "SW1"
role = "Social Worker"
agency = "London Borough of Bexley Children's Social Care"

[[staff]]
name = "Rhys Winter"
code = "DC1"
role = "Detective Constable"
agency = "Metropolitan Police Service"

[[staff]]
name = "Marcus Bell"
code = "YOS1"
role = "YOS Case Manager"
agency = "Bexley Youth Offending Service"

[[staff]]
name = "Patience Adjei"
code = "HV1"
role = "Health Visitor"
agency = "Oxleas NHS Foundation Trust 0-19 Health Visiting Service"

[[staff]]
name = "Yolanda Ferreira-Bright"
code = "PRU1"
role = "Headteacher"
agency = "Belvedere Heath Pupil Referral Unit"
'''

IDENTIFIERS = {
    "key_name": ["Elijah Kwame Owusu-Ansah", "Elijah Owusu-Ansah", "Elijah", "Elijah's", "Kwame",
                 "Owusu-Ansah", "Owusu Ansah", "Owusu-Anash", "Abena Owusu-Ansah", "Abena",
                 "Abena's", "Ms Owusu-Ansah", "Adwoa", "Adjoa", "Kwaku", "Samuel Kojo Ansah",
                 "Mr Ansah", "Dwayne Carrick-Rowe", "Mr Carrick-Rowe", "Carrick-Rowe"],
    "nickname": ["Eli", "Kwams", "Lil Kwams", "Big Dee", "Dee", "Boaksy", "T-Mula"],
    "initials": ["EOA", "E.O-A.", "A.O.A.", "DCR"],
    "not_in_key": ["Kelvin Boakye", "Kelvin", "Auntie Akua", "Akua", "Tyrese Mbatha", "Tyrese",
                   "Kacper Wiśniewski", "Kacper Wisniewski", "Mrs Ifeoma Chukwu", "Mrs Chukwu"],
    "staff_name": ["Patience Adjei", "Ms Adjei", "Yolanda Ferreira-Bright", "Ms Ferreira-Bright",
                   "Marcus Bell", "Mr Bell", "Ciaran Whitelaw", "Mr Whitelaw", "Rhys Winter",
                   "DC Winter"],
    "gang": ["Carrowmoor Youngers", "CMY", "Tekky line", "Tekky"],
    "address": ["Kenward Court", "3 Carrowmoor Road", "Carrowmoor Road", "Carrowmoor", "Erith",
                "Pettman Gardens", "Belvedere", "41 Fortuna Terrace", "Fortuna Terrace",
                "Athelney Mews", "Margate", "Cliftonville"],
    "postcode": ["DA8 2RQ", "DA82RQ", "DA8", "CT9 1XZ", "CT9"],
    "agency_place": ["Hurstwood Academy", "Belvedere Heath Pupil Referral Unit",
                     "Belvedere Heath PRU", "Belvedere Heath", "Frobisher Vale Primary School",
                     "Lowry Green Surgery"],
    "number": ["07700 900417", "07700900417", "01632 960238"],
    "email": ["abena.oa@example.org"],
    "social_media": ["@lilkwams_da8", "lilkwams_da8"],
    "date_of_birth": ["14/03/2009", "14th March 2009", "14-03-2009", "02/11/1983",
                      "2 November 1983", "21/06/2014", "05/10/2023"],
}

ORDINARY = [
    "Detective Sergeant", "CCE", "National Referral Mechanism", "NRM",
    "Single Competent Authority", "Modern Slavery Act 2015",
    "Working Together to Safeguard Children 2023", "Children Act 1989", "AssetPlus",
    "Signs of Safety", "MACE", "Rescue and Response", "St Giles Trust", "Childline",
    "Barnardo's", "Snapchat", "Good Friday", "Year 10", "GCSE", "XL Bully",
    "Osgood-Schlatter disease", "Jaden Moodie", "Child Q", "Victoria Climbié",
    "It was hard to escape", "Child Safeguarding Practice Review Panel", "Home Office",
    "Youth Justice Board", "London Ambulance Service", "Queen Elizabeth Hospital",
    "King's College Hospital", "Ghana", "Twi", "OFFICIAL-SENSITIVE", "Operation Orochi",
    "school bell", "the winter months", "patience and persistence", "section 47",
]

INVOLVEMENT = [
    "Elijah Kwame Owusu-Ansah (Child T, date of birth 14/03/2009) lived with his mother, Abena Owusu-Ansah (date of birth 02/11/1983), his sister Adwoa (date of birth 21/06/2014) and, from his birth on 05/10/2023, his baby brother Kwaku, at Flat 12, Kenward Court, 3 Carrowmoor Road, Erith, DA8 2RQ. The family moved there from Pettman Gardens, Belvedere, in 2021. Ms Owusu-Ansah was born in Ghana and speaks Twi as her first language; her English is limited when she is tired or upset. Elijah's father, Samuel Kojo Ansah, lives in Ghana; Mr Ansah last spoke to his son by video call in 2019. Health visitor Patience Adjei saw Abena and Kwaku at the new birth visit in October 2023. Because Ms Adjei also speaks Twi, Abena asked her to read a letter from Hurstwood Academy about Elijah's third fixed-term exclusion in Year 10; Ms Adjei did so but recorded nothing about Elijah, as he was not on her caseload.",
    "Elijah was permanently excluded from Hurstwood Academy on 17/11/2023 after staff found a lock knife and £340 in cash in his bag. He started at Belvedere Heath Pupil Referral Unit in December 2023. The headteacher, Ms Yolanda Ferreira-Bright, recorded that Eli, as staff and pupils called him, often left before the school bell at lunchtime and was collected by an older youth in a grey car, whom staff believed to be his cousin Kelvin Boakye, aged 19, known in drill videos as \"Boaksy\". Elijah told a teaching assistant that his knees hurt because of Osgood-Schlatter disease and that he could no longer play football; the GP at Lowry Green Surgery had diagnosed it in August 2023. Belvedere Heath PRU predicted him grades 4 and 5 at GCSE in English and science.",
    "Over the winter months Ms Owusu-Ansah reported Elijah missing five times. Each time he came back within two days with new clothes and a second phone; each return home interview was offered by telephone in English, only one took place, and Elijah answered for his mother. On 14/02/2024 a neighbour of 41 Fortuna Terrace, Cliftonville, called Kent Police to report \"London boys\" coming and going at night. Officers found Elijah there with Tyrese Mbatha (\"T-Mula\"), also aged 15; both gave false names and were put on a train back to Erith. Kent Police recorded the address as a suspected trap house used by the Carrowmoor Youngers (CMY), a group from the DA8 area, but the intelligence reached the Metropolitan Police Service only in March.",
    "In January 2024 Elijah received a Referral Order for possession of a bladed article and was allocated to Marcus Bell, case manager at the Youth Offending Service. Mr Bell completed AssetPlus and the borough's exploitation screening tool, which rated Elijah at high risk of CCE, and referred him to the MACE panel, which met on 07/03/2024. The panel heard that Elijah's Snapchat account, @lilkwams_da8, posted drill clips in which \"Lil Kwams\" appeared with Kacper Wiśniewski and Tyrese. Mr Bell recorded that Abena was \"not engaging\"; she later told the review that the letters were in English, that nobody offered her a Twi interpreter, and that Elijah was asked to translate at his own meetings.",
    "On Good Friday, 29/03/2024, Kent Police executed a drugs warrant at Flat 3, 6 Athelney Mews, Margate, CT9 1XZ. Officers found Elijah with wraps of crack cocaine and heroin concealed in his clothing, an XL Bully shut in the kitchen, and Dwayne Carrick-Rowe, aged 23, known as \"Big Dee\", who held the deal phone for the Tekky line, 07700 900417. A Detective Sergeant treated Elijah as a victim of child criminal exploitation and, as first responder, referred him to the National Referral Mechanism; the Single Competent Authority made a positive reasonable grounds decision nine days later, and the conclusive grounds decision was still awaited when he was stabbed. Elijah gave his date of birth as 14th March 2009 and told the custody nurse that \"Dee\" would \"make it right\" with his mum.",
    "Children's social care had received four contacts by then. Social worker Ciaran Whitelaw completed a child and family assessment in February 2024 using Signs of Safety and closed it after one home visit to Kenward Court, at which Mr Whitelaw noted \"tidy bedroom, new trainers, two phones\" and that E.O-A. \"presents as mature and streetwise\". After the Margate arrest a strategy discussion was held and a section 47 enquiry began. Rescue and Response and the St Giles Trust were asked for a caseworker; a referral to Barnardo's was also made, but the waiting list was ten weeks. Mr Whitelaw tried to reach Ms Owusu-Ansah on 01632 960238 and at abena.oa@example.org, in English, without reply. At Frobisher Vale Primary School, Adjoa (as the school spells her name) told her teacher that \"men bang on our door at night\", and the school's referral was linked to her brother's file.",
    "On Saturday 22/06/2024 Elijah was stabbed twice in the thigh on the Carrowmoor estate, 200 metres from home. A neighbour, Mrs Ifeoma Chukwu, called 999. The London Ambulance Service took him to A&E at the Queen Elizabeth Hospital, where he was stabilised and transferred that night to the major trauma centre at King's College Hospital. DC Rhys Winter of the Metropolitan Police Service, working under Operation Orochi, linked the attack to a debt on the Tekky line after the seizure in Margate. Elijah would not name his attacker. His cousin Kelvin and Auntie Akua, Kelvin's mother, visited him on the ward; DC Winter noted that Elijah went silent while Kelvin was there. On discharge Abena's request, made through a Twi interpreter booked for the first time, was to \"send him to Ghana where Tekky cannot reach him\".",
]

ANALYSIS = [
    "Elijah was too often seen as a young man making choices rather than as a child being exploited. Hurstwood Academy described him as \"intimidating\", Kent Police as \"uncooperative\" and children's social care as \"streetwise\": the language of adultification that the Child Q review found in the treatment of a Black girl in Hackney, and that the national review It was hard to escape describes for boys drawn into county lines. No agency asked why a 14-year-old from Erith was repeatedly found in Margate, 60 miles from home, at 02:00 on a school night.",
    "Ms Owusu-Ansah (born 2 November 1983) was never offered a service in her first language. Records spell her name three ways (Owusu-Ansah, Owusu Ansah and, in the YOS file, Owusu-Anash) and none records her language. The informal use of Patience Adjei to read a school letter, and of Elijah to interpret at his own MACE meeting, meant that what A.O.A. knew about Kelvin, \"Big Dee\" and the Tekky line was never heard. The Victoria Climbié inquiry warned, more than twenty years ago, against relying on family members and ad hoc interpreters.",
    "Information did not cross the border between the Metropolitan Police Service and Kent Police quickly enough. The trap house at 41 Fortuna Terrace and the handle lilkwams_da8 were known in Kent in February but were not shared with the MACE panel in the home borough until after the arrest at Athelney Mews, where Mr Carrick-Rowe was charged and DCR's phone seized. Children from London found in CT9 were recorded as \"visitors\". The NRM referral was made promptly, but the Home Office process gave no protection in practice: the conclusive grounds decision came after the stabbing.",
    "The pupil referral unit held the most daily knowledge of Elijah. Ms Ferreira-Bright's staff noticed the car, the cousin and the missing afternoons and recorded them carefully, but the records went to the designated safeguarding lead and were not shared with the YOS or with DC Winter. Friends named in the records, Tyrese Mbatha and Kacper Wisniewski, were not themselves screened, although both also attended Belvedere Heath.",
]

LEARNING = [
    "Permanent exclusion is a moment of acute risk. Within three weeks of leaving Hurstwood Academy in Year 10, Elijah (Child T) was running the Tekky line from the Carrowmoor estate to Cliftonville and Margate for the Carrowmoor Youngers. Working Together to Safeguard Children 2023 expects partners to respond to extra-familial harm as a safeguarding matter, and the Children Act 1989 applies to Elijah as much as to his baby brother: a child in the hands of exploiters is a child in need of protection, not a young offender to be managed. The Child Safeguarding Practice Review Panel made the same point in It was hard to escape, the Child Q review showed how Black children are seen as older than they are, and the killing of 14-year-old Jaden Moodie in 2019 showed how quickly a child out of school can be lost. Every exclusion of a child such as EOA should trigger an exploitation screening and a MACE referral.",
    "Language, culture and faith were part of no assessment. Abena Owusu-Ansah came to London from Ghana in 2006, speaks Twi and looked to professionals for help; she was described as \"not engaging\" by agencies that wrote to her in English, phoned 01632 960238 during her working hours and asked her son to interpret. Where practitioners showed patience and persistence, as Ms Adjei did at the new birth visit, Abena spoke openly about Kelvin Boakye, Auntie Akua and the men who came to Kenward Court, and said she had seen the @lilkwams_da8 account on Snapchat without knowing what it meant. Every referral under the Modern Slavery Act 2015, and every NRM decision, should be explained to the parent in her own language, and the child told how to reach Childline and an independent advocate.",
    "Cross-border information sharing must move as fast as the county line. Kent Police intelligence about the trap houses at 41 Fortuna Terrace and Athelney Mews, marked OFFICIAL-SENSITIVE, took four weeks to reach DC Winter and the MACE panel; the deal line, 07700900417, was still active on the day Elijah was stabbed. The Youth Justice Board's child first guidance and the Metropolitan Police Service's Operation Orochi both depend on the home borough knowing what is happening in the destination town.",
    "Good practice was seen. The London Ambulance Service crew and the staff at the Queen Elizabeth Hospital recognised a child victim of exploitation and made a same-day referral; Mrs Chukwu's call probably saved his life; Mr Bell's AssetPlus assessment was thorough and his screening identified the risk correctly; and Ms Ferreira-Bright's records of the grey car were clear and timed.",
]

RECOMMENDATIONS = [
    ("Every child permanently excluded from a secondary school such as Hurstwood Academy, or admitted to Belvedere Heath PRU, is screened for CCE and discussed at MACE within ten working days, as was not done for Elijah",
     "Amend the exclusions protocol; audit the first 20 exclusions after the change",
     "Head of Inclusion, with Ms Ferreira-Bright to pilot", "31-03-2025"),
    ("A professional interpreter in the parent's language (for Ms Owusu-Ansah, Twi) is booked for every assessment, MACE meeting and NRM explanation, and no child or practitioner such as Patience Adjei is used to interpret",
     "Update the interpreting policy; record first language on every referral form; spot-check ten case files a quarter",
     "Service Manager, Children's Social Care", "30-06-2025"),
    ("Kent Police and the Metropolitan Police Service share intelligence on trap houses, deal lines and London children found away from home, such as the Tekky line on 07700 900417 and the addresses in Margate, with the home borough's MACE within 24 hours under Operation Orochi",
     "Agree a cross-border information sharing protocol; report compliance to the partnership each quarter",
     "Detective Superintendent, Public Protection", "31-12-2024"),
]

CASE = HeldOut(
    "LCSPR-BX-2024-03",
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | Child T (Elijah Owusu-Ansah, DOB 14-03-2009) | YOS file copy",
    footer="Family address: Flat 12, Kenward Court, 3 Carrowmoor Road, Erith DA8 2RQ (DA82RQ on the police system)",
    comment="Check with DC Winter whether Boaksy is Kelvin Boakye or another cousin, and whether Kwams and Big Dee used the same phone; mum on 01632 960238.",
    footnote="The Snapchat account @lilkwams_da8 was preserved by Kent Police on 30/03/2024; the deal phone 07700 900417 was attributed to Dwayne Carrick-Rowe (DCR).",
)
