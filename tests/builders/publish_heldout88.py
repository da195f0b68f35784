# ruff: noqa: E501
"""A blind, fictional held-back case: every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "HSCP-LCSPR-2024-03"

CASE_TOML = """reference = "HSCP-LCSPR-2024-03"
review = "Local Child Safeguarding Practice Review"
subject = "Child A"
period = { from = "01-01-2024", to = "31-10-2024" }
board = "Hollinshire Safeguarding Children Partnership"

[[agencies]]
name = "Hollinshire Police"
aliases = ["Police", "HP", "Hollinshire Constabulary"]

[[agencies]]
name = "Hollinshire County Council Children's Services"
aliases = ["Children's Social Care", "CSC", "HCC Children's Services"]

[[agencies]]
name = "Wrensall Brook Academy"
aliases = ["Brook Academy", "WBA", "Wrensall Brook"]
published_as = "the secondary school"

[[agencies]]
name = "Tanners Lane Surgery"
aliases = ["Tanners Lane Medical Practice", "Tanners Lane"]

[[agencies]]
name = "Hollinshire Fostering Service"
aliases = ["Fostering Service"]

[[agencies]]
name = "Barnardo's Independent Child Trafficking Guardianship Service"
aliases = ["ICTG Service", "Barnardo's ICTG"]

[[people]]
name = "Đặng Quốc Huy"
aliases = ["Dang Quoc Huy", "Huy Dang", "Quoc Huy Dang", "Huy Quoc Dang", "Đặng Huy", "Dang Huy", "Đang Quốc Huy", "Huy", "Tèo", "Teo", "DQH", "Mr Dang", "Mr Đặng"]
role = "Child"
pseudonym = "Child A"
born = "14-09-2008"
address = "3 Pinfold Lane, Fenny Aston, HL9 2WR"

[[people]]
name = "Lê Thị Hằng"
aliases = ["Le Thi Hang", "Hang Le", "Hằng", "Hang", "Mrs Le", "Ms Le", "Ms Lê"]
role = "Mother"
pseudonym = "Parent 1"

[[people]]
name = "Vũ Đức Thắng"
aliases = ["Vu Duc Thang", "Thang Vu", "Duc Thang Vu", "Tony Vu", "Tony", "Thắng", "Thang", "Mr Vu", "Mr Vũ", "anh Thắng", "VDT"]
role = "Adult associated with the child (said to be a cousin)"
pseudonym = "Adult B"
born = "03-11-1988"
address = "Flat 2, 61 Millrace Road, Kettlebury, HL8 3JT"

[[people]]
name = "Marion Ashdown"
aliases = ["Mrs Ashdown", "Marion"]
role = "Foster carer"
pseudonym = "Foster Carer 1"
address = "3 Pinfold Lane, Fenny Aston, HL9 2WR"

[[staff]]
name = "Rachel Dunmore"
code = "PC1"
role = "Police Constable"
agency = "Hollinshire Police"

[[staff]]
name = "Imran Hafeez"
code = "DS1"
role = "Detective Sergeant, Modern Slavery Single Point of Contact"
agency = "Hollinshire Police"

[[staff]]
name = "Chloe Barraclough"
code = "SW1"
role = "Social Worker"
agency = "Hollinshire County Council Children's Services"

[[staff]]
name = "Priya Mistry"
code = "TM1"
role = "Team Manager"
agency = "Hollinshire County Council Children's Services"

[[staff]]
name = "Lowri Penhaligon"
code = "ICTG1"
role = "Independent Child Trafficking Guardian"
agency = "Barnardo's Independent Child Trafficking Guardianship Service"

[[staff]]
name = "Gareth Pountney"
code = "HOY1"
role = "Head of Year 10"
agency = "Wrensall Brook Academy"

[[staff]]
name = "Anh Sutcliffe"
code = "DSL1"
role = "Designated Safeguarding Lead and EAL Coordinator"
agency = "Wrensall Brook Academy"

[[staff]]
name = "Farah Quraishi"
code = "GP1"
role = "General Practitioner"
agency = "Tanners Lane Surgery"

[[staff]]
name = "Janice Ollerenshaw"
code = "PM1"
role = "Practice Manager"
agency = "Tanners Lane Surgery"
"""

IDENTIFIERS = {
    "child": [
        "Đặng Quốc Huy", "Dang Quoc Huy", "DANG, Quoc Huy", "Huy Dang", "Quoc Huy Dang",
        "Huy Quoc Dang", "Đặng Huy", "Dang Huy", "Đang Quốc Huy", "Huy", "Huy's",
        "Huy Dang's", "Mr Dang", "Mr Đặng", "Huy Vu",
    ],
    "mother": [
        "Lê Thị Hằng", "Le Thi Hang", "Hang Le", "Hằng", "Hang", "Mrs Le", "Ms Le", "Ms Lê",
    ],
    "cousin": [
        "Vũ Đức Thắng", "Vu Duc Thang", "VU Duc Thang", "Thang Vu", "Duc Thang Vu",
        "Tony Vu", "Tony", "Tony's", "Thắng", "Thang", "Mr Vu", "Mr Vũ", "anh Thắng",
        "anh Thang",
    ],
    "foster_carer": [
        "Marion Ashdown", "Mrs Ashdown", "Marion", "Clive Ashdown", "Mr Ashdown",
        "the Ashdowns",
    ],
    "nicknames": ["Tèo", "Teo", "Chị Ngân", "Chi Ngan"],
    "initials": ["DQH", "D.Q.H.", "D-Q-H", "H.D.", "VDT", "V.D.T.", "M.A."],
    "others_named": [
        "Hoàng Văn Tú", "Hoang Van Tu", "Tu Hoang", "Tú", "Nguyễn Thị Kim Ngân",
        "Kim Ngan Nguyen", "Kim Ngân", "Ms Nguyen", "Gurpreet Sahota", "Mr Sahota",
        "Dennis Pargeter", "Mr Pargeter",
    ],
    "staff": [
        "Rachel Dunmore", "PC Dunmore", "Dunmore", "Imran Hafeez", "DS Hafeez", "Hafeez",
        "Chloe Barraclough", "Ms Barraclough", "Chloe", "Priya Mistry", "Ms Mistry",
        "Lowri Penhaligon", "Lowri", "Gareth Pountney", "Mr Pountney", "Anh Sutcliffe",
        "Mrs Sutcliffe", "Farah Quraishi", "Dr Quraishi", "Janice Ollerenshaw",
        "Mrs Ollerenshaw", "Bao Lam", "Mr Lam",
    ],
    "places": [
        "Wrensall", "Wrensall's", "Kettlebury", "Fenny Aston", "Tanyard Close",
        "27 Tanyard Close", "Pinfold Lane", "3 Pinfold Lane", "Millrace Road",
        "61 Millrace Road", "Flat 2", "Sheep Street", "14 Sheep Street", "Foxholes",
        "Foxholes estate", "Orchard Lea", "Diễn Hồng", "Dien Hong",
    ],
    "postcodes": ["HL7 4QD", "HL7", "4QD", "HL9 2WR", "HL9", "2WR", "HL8 3JT", "HL8", "3JT"],
    "locating_agencies": [
        "Wrensall Brook Academy", "Brook Academy", "Wrensall Brook", "WBA",
        "Tanners Lane Surgery", "Tanners Lane Medical Practice", "Tanners Lane",
    ],
    "numbers": [
        "07700 900417", "07700900417", "07700 900582", "+44 7700 900582", "01632 960214",
        "943 476 5919", "9434765919", "D1284739", "NRM/24/11873", "K938207114022",
        "JT 48 22 91 C", "JT482291C",
    ],
    "emails": ["huydang2008@example.org", "tony.vu88@example.org", "crystalnails.kettlebury@example.org"],
    "social": ["@teo_dang08", "facebook.com/huy.dang.0914", "Tèo Nghệ An"],
    "dates_of_birth": [
        "14-09-2008", "14/09/2008", "14.09.2008", "14.09.08", "14/9/08",
        "14th September 2008", "14 September 2008", "September 14th 2008",
        "01/01/2005", "01-01-2005", "1st January 2005", "03-11-1988", "3 November 1988",
    ],
    "business": ["Crystal Nails & Spa", "Crystal Nails", "CRYSTAL NAILS"],
    "vehicle": ["FN19 KXT", "FN19KXT", "FN19"],
}

ORDINARY = [
    "Modern Slavery Act 2015",
    "National Referral Mechanism",
    "Single Competent Authority",
    "Reasonable Grounds decision",
    "Conclusive Grounds decision",
    "Home Office",
    "Independent Child Trafficking Guardian",
    "Barnardo's",
    "ECPAT UK",
    "Hope for Justice",
    "The Salvation Army",
    "NSPCC",
    "Missing People",
    "Children Act 1989",
    "section 20",
    "Working Together to Safeguard Children 2023",
    "Merton-compliant age assessment",
    "Philomena Protocol",
    "Return Home Interview",
    "Crown Prosecution Service",
    "section 45 defence",
    "Border Force",
    "Immigration Enforcement",
    "Independent Inquiry into Child Sexual Abuse",
    "Victoria Climbié",
    "Multi-Agency Safeguarding Hub",
    "Strategy Discussion",
    "Birmingham Children's Hospital",
    "Tết",
    "Lunar New Year",
    "Easter",
    "Vietnamese",
    "Zalo",
    "TikTok",
    "Toyota Prius",
    "cannabis",
    "hydrocortisone cream",
    "hepatitis B",
    "tuberculosis",
    "post-traumatic stress disorder",
    "Common Transfer File",
    "GP2GP",
    "English as an Additional Language",
    "Patience",
    "NOT TO BE COLLECTED BY ANYONE NOT NAMED ON THE PLACEMENT PLAN",
]

INVOLVEMENT = [
    "On 06-02-2024 a neighbour, Mr Dennis Pargeter, rang 101 about 27 Tanyard Close, Wrensall HL7 4QD (a rented semi on the edge of the Foxholes estate). He said the house \"smells like a skunk farm\", that the windows had been blacked out since Christmas and that \"two lads, Vietnamese I think, never come out, a man in a silver Toyota Prius drops food off\". The landlord, Mr Gurpreet Sahota, told officers later that the house had been let in November 2023 to \"a Mr Vu\" who paid six months in cash.",
    "At 06:10 on 08-02-2024 officers executed a warrant under the Misuse of Drugs Act at 27 Tanyard Close. PC Rachel Dunmore recorded 412 cannabis plants across three bedrooms and the loft, bypassed electrics and two males sleeping on mattresses in the kitchen. The older male gave his name as Hoang Van Tu (later Hoàng Văn Tú, aged 19). The younger gave only \"Huy\" and, through a telephone interpreter, said \"Em mười lăm tuổi\" (\"I am fifteen\"). PC Dunmore wrote in her pocket notebook: \"Appears 20ish. Stubble. Nervous. Hands cracked and raw.\"",
    "Both were arrested for cultivation. The custody record was opened as DANG, Quoc Huy, DOB 01/01/2005, because a Home Office check returned a match to a Border Force encounter at Dover in August 2023, where he had been recorded as an adult with the default date 01-01-2005 and Home Office reference D1284739. Huy's own account, given later, was that the men in the lorry \"told me to say eighteen\". The custody sergeant did not record the age dispute as such; he wrote \"claims 15 - HO says adult - treat as adult\".",
    "DS Imran Hafeez, the force's Modern Slavery single point of contact, reviewed the arrests at 11:30 and recorded trafficking indicators: the boys had no keys, no money and no phones of their own, Huy said he owed \"anh Thắng\" £18,000 for the journey from Diễn Hồng commune (recorded by the interpreter as \"Dien Hong\") in Nghệ An, and he had worked before at \"a nails shop\" in Kettlebury where \"Chị Ngân keeps my wages\". DS Hafeez gave Huy the benefit of the doubt as to age, in line with Home Office guidance, arranged a Strategy Discussion with Children's Social Care and submitted an NRM referral as first responder on 09-02-2024 (NRM/24/11873). The Crown Prosecution Service was told that a section 45 defence was likely and the cultivation matter was later discontinued.",
    "The Strategy Discussion on 09-02-2024 (PC Dunmore, DS Hafeez, Ms Chloe Barraclough, Social Worker, Ms Priya Mistry, Team Manager, and the Multi-Agency Safeguarding Hub health lead) agreed a section 47 enquiry and accommodation under section 20 of the Children Act 1989, Huy having no parent in the United Kingdom. His mother, Lê Thị Hằng (recorded by the MASH as Le Thi Hang, and on the referral as Hang Le), was said to live in Nghệ An; Huy gave her number from memory and Ms Barraclough's attempts to reach Ms Le (Ms Lê) through the interpreter failed. Huy was placed that evening with Mrs Marion Ashdown and Mr Clive Ashdown, foster carers with the Hollinshire Fostering Service, at Orchard Lea, 3 Pinfold Lane, Fenny Aston HL9 2WR.",
    "The Fostering Service's supervising social worker visited Orchard Lea on 21-02-2024. Mr Ashdown told her that Huy spent most evenings on Zalo, under the profile name \"Tèo Nghệ An\", messaging a contact saved as \"anh Thang\", and that the foster carers had set up an email address for him, huydang2008@example.org, for school. Her note, signed off \"M.A. agrees\", refers to him throughout as \"Mr Dang\" and once as \"Mr Đặng\"; the referral form from Children's Services had him as Đặng Huy. Huy Dang's phone was not examined, because it had been bought by the Ashdowns and was seen as his own.",
    "Hoang Van Tu, as an adult, was referred into the NRM with his consent and supported by The Salvation Army under the adult victim care contract. Tu Hoang told officers that the boys had been moved to Tanyard Close from a flat above a nail bar, that \"Chi Ngan\" (Kim Ngan Nguyen) drove them, and that the man who paid the rent was \"Mr Vũ\". Mr Sahota provided a tenancy signed \"Duc Thang Vu\" with a phone number of +44 7700 900582. Mr Pargeter gave a statement about the Prius on 15-02-2024.",
    "The placement plan, typed by Ms Barraclough on 10-02-2024, said in bold: NOT TO BE COLLECTED BY ANYONE NOT NAMED ON THE PLACEMENT PLAN. It named only the Ashdowns and the social worker. A Philomena Protocol form was started but the photograph field was left blank and the description read \"slim, 5'5, Vietnamese, black hair, goes by Teo\". Huy had told Mrs Ashdown that everyone at home calls him Tèo. The Reasonable Grounds decision from the Single Competent Authority was positive on 14-02-2024.",
    "On 12-02-2024 a referral was made to the Barnardo's Independent Child Trafficking Guardian service. Lowri Penhaligon (ICTG) was allocated on 27-02-2024, a fifteen-day wait that the service put down to demand. Lowri met Huy at Fenny Aston on 01-03-2024 with the interpreter Mr Bao Lam; her note records Huy saying \"Thang is my cousin, he helps me\" and, later in the same visit, \"if I talk my mum has a problem\". Ms Penhaligon's note spells the name both \"Thang\" and \"Tony\" and does not say whether they were the same man.",
    "Huy was registered at Tanners Lane Surgery on 15-02-2024 as \"Huy Dang\", DOB 14/09/2008, by Mrs Ashdown. Dr Farah Quraishi saw him on 16-02-2024 with a telephone interpreter: contact dermatitis of both hands from handling plant feed (hydrocortisone cream prescribed), a healed scar on the left forearm he said came from \"the man with the cigarette\", and low mood. She arranged bloods for hepatitis B and a referral for tuberculosis screening, and wrote: \"? PTSD - refer CAMHS, child is a suspected trafficking victim, LAC, carer present\". The NHS number allocated was 943 476 5919. The summary card listed him as Quoc Huy Dang, and the temporary record created at Wrensall's walk-in centre the week before was under DANG Huy, with a letter header that read Đang Quốc Huy, with no date of birth at all.",
    "At 22:40 on 19-02-2024 Mrs Ashdown found Huy's bedroom empty and the window open. She rang 101 and gave his mobile number, 07700 900417, which she had set up for him on 12-02-2024. He came back at 07:05 on 20-02-2024 in a silver Toyota Prius; Mrs Ashdown wrote down the registration as FN19 KXT and said the driver \"told me through the car window he was the cousin, Tony, and that Huy had been at a Tết party\" (Lunar New Year had been on 10-02-2024). The police missing log recorded the car as FN19KXT and the person collecting him as \"Tony VU, cousin, no further details\". No Return Home Interview took place until 29-02-2024.",
    "On 26-02-2024 Ms Barraclough and a second assessor began a Merton-compliant age assessment, with Mr Lam interpreting. Huy gave his date of birth as 14th September 2008, and said he had been told to give 01/01/2005 \"because then they do not send you to school\". His Facebook page (facebook.com/huy.dang.0914) showed a 2022 school certificate from Vietnam with the date 14.09.2008 (written by the assessor as \"14.09.08\" and in the final report as 14 September 2008, and on the Home Office amendment request as September 14th 2008); the Home Office file showed nothing but the default. Ms Mistry's management note of 01-03-2024 reads: \"Assessment to proceed. Child to be treated as 15 pending outcome. Patience needed - he is very guarded.\"",
    "Huy started at Wrensall Brook Academy (WBA) on 04-03-2024 in Year 10, with English as an Additional Language support. Mr Gareth Pountney, Head of Year, recorded that the school's management information system would not accept the surname field with a diacritic, so the admissions officer entered him as Quoc Huy Dang with the unique pupil number K938207114022, and the attendance list printed \"DANG Quoc\". Mrs Anh Sutcliffe, Designated Safeguarding Lead and EAL Coordinator, who speaks Vietnamese, met him on his first day.",
    "On 11-03-2024 Huy told Mrs Sutcliffe in Vietnamese, at the end of a reading session: \"Tony is not my real cousin. He is the one from the house. He says I still owe.\" Mrs Sutcliffe recorded this on the school's safeguarding system under \"D.Q.H.\" (the printout shows \"D-Q-H\" and, on one page, \"H.D.\") and rang the MASH the same day; the contact was logged against \"Huy Quoc Dang\" and was not linked to the open case under Đặng Quốc Huy. Mrs Sutcliffe's log also notes a TikTok account, @teo_dang08, that Huy showed her, \"videos of nails and cars\", and that Tony's number was saved in his phone as 07700 900582.",
    "On 13-03-2024 a man who said he was Huy's cousin rang the Ashdowns' landline, 01632 960214, and asked to take Huy \"to the temple for a late Tết meal\" at Easter. Mrs Ashdown refused and told Ms Barraclough. Ms Barraclough emailed DS Hafeez asking for checks on \"Thang Vu / Tony Vu / Vu Duc Thang, DOB 03-11-1988\". DS Hafeez replied on 20-03-2024 that a VU Duc Thang, born 3 November 1988, of Flat 2, 61 Millrace Road, Kettlebury HL8 3JT, with National Insurance number JT 48 22 91 C (JT482291C on the PNC, where he is indexed as VDT and V.D.T.; the full name Vũ Đức Thắng appeared only on the tenancy) and email tony.vu88@example.org, was \"known to Immigration Enforcement in connection with a nail bar\" but that the car FN19 KXT was registered to a hire company.",
    "The age assessment concluded on 18-03-2024 that Huy's presentation was consistent with his stated date of birth (14-09-2008). The Home Office record was not corrected until June; the custody record still shows 01/01/2005.",
    "On 22-03-2024 Huy did not return to the Ashdowns after school. Mr Pountney had seen him at 15:20 getting into \"a grey or silver car, maybe a Prius, number starting FN19\" on the road outside the academy gates, and had thought it was a taxi. Mrs Ashdown rang the police at 17:00. The Philomena Protocol form was sent to the police without a photograph. Huy's phone (07700900417) was switched off from 15:41. Police visited Crystal Nails & Spa (the PNC entry reads CRYSTAL NAILS, WRENSALL BROOK ROAD in error), 14 Sheep Street, Kettlebury, on 05-04-2024; Ms Nguyen (Nguyễn Thị Kim Ngân), who runs it, said she \"did not know any Huy\", and the email given for the shop, crystalnails.kettlebury@example.org, went unanswered.",
    "On 24-04-2024 Mrs Janice Ollerenshaw, Practice Manager at Tanners Lane (the Tanners Lane Medical Practice, as the request called it), received a GP2GP request from a practice in Kettlebury for a new patient registered as \"Huy Vu\", DOB 14/9/08, NHS number 9434765919, address Flat 2, 61 Millrace Road. Because Dr Quraishi had put a missing-child alert on the record, Mrs Ollerenshaw rang the MASH. On 25-04-2024 Wrensall Brook Academy received a Common Transfer File request from a school in Kettlebury for \"Huy Dang\", enrolled by \"his uncle Mr Vu\"; Mrs Sutcliffe linked it to the missing record by the pupil number, not by the name.",
    "On 02-05-2024 officers went to 61 Millrace Road. Huy was found in a back bedroom with a deep infected laceration to his right hand and marked weight loss; he said he had been working at the nail bar by day and \"watching plants\" at another address by night. He was taken to Birmingham Children's Hospital, where he stayed nine days. Thắng (Tony Vu) was arrested for offences under the Modern Slavery Act 2015; the silver Toyota Prius, FN19 KXT, was seized. A Conclusive Grounds decision that Huy was a victim of trafficking followed on 17-10-2024.",
]

ANALYSIS = [
    "The first record of Huy in this agency was as an adult, DANG, Quoc Huy, 01/01/2005, and that record followed him. The custody sergeant read the Home Office default as a fact about age rather than as the absence of one. Working Together to Safeguard Children 2023 and the Home Office statutory guidance are clear that where age is in doubt the person is treated as a child until an assessment says otherwise; DS Hafeez did this, but only three hours later, and the adult date stayed on the police system for the rest of the review period.",
    "Across the agencies Huy was written at least six ways: Đặng Quốc Huy, Dang Quoc Huy, Huy Dang, Quoc Huy Dang, Huy Quoc Dang and Dang Huy, with the family name sometimes first and sometimes last, and with and without tone marks. Each system that met a new spelling made a new record. The MASH contact of 11-03-2024 about Tony was not matched to the open case because it was logged as Huy Quoc Dang; the police missing log of 22-03-2024 searched for \"Huy Dang\" and did not find the 19-02-2024 episode recorded under DQH. None of the practitioners was at fault for the spellings: Vietnamese names are written family name, middle name, given name, and the given name (Huy) is the one the child uses.",
    "Tony Vu was accepted as a cousin on his own word. In Vietnamese, \"anh\" is said to any older young man, and \"anh Thắng\" means no more than \"older brother Thắng\"; the word cousin was the foster carer's and the police officer's, not Huy's. Mrs Ashdown followed the placement plan when she refused the Easter request, but nobody had told her the name Vu Duc Thang, and the placement plan did not say which adults were a risk, only which were allowed. The Independent Inquiry into Child Sexual Abuse, and reports by ECPAT UK and Hope for Justice, have each described the \"family member\" who collects a trafficked child from care.",
    "The first missing episode was a warning. The car, FN19 KXT, the name Tony and the number 07700 900582 were all known by 11-03-2024, in three different agencies' records, and nobody put them together before Huy went missing on 22-03-2024. The Return Home Interview after the first episode came ten days late and was done by phone. The Philomena Protocol form was never completed with a photograph, and the description \"goes by Teo\" was not shared with the school.",
    "Wrensall Brook Academy and Tanners Lane Surgery found Huy when the police had not, through the ordinary machinery of a Common Transfer File and a GP2GP request. Mrs Sutcliffe's match by pupil number and Mrs Ollerenshaw's attention to an alert are good practice. It is worth noting that the new registrations in Kettlebury (\"Huy Vu\") used the trafficker's surname; a search by name alone would have missed both.",
    "The Victoria Climbié inquiry found a child known to agencies under different names and spellings, none of them linked. Twenty years on, Huy's records did the same. The Zalo messages and TikTok account were the most current information anyone had about where he was, and no agency had the lawful route or the skills to read them.",
    "Huy's mother, Mrs Le, was never spoken to. The interpreter, Mr Lam, was from the south of Vietnam and Huy, who is from Nghệ An, said later that he \"did not understand all his words\". Huy's fear for Hang (he used her given name to Lowri) was known from 01-03-2024 and was not explored as a reason for his silence or his return to Thang.",
]

LEARNING = [
    "Vietnamese names must be recorded in a consistent order (family name, middle name, given name) with the given name the child uses flagged, and every known order searched: a check for Dang Quoc Huy should also find Huy Dang and Quoc Huy Dang. Systems that strip tone marks (Đặng to Dang) must keep both forms.",
    "An age stated on a Home Office record as 01-01-2005 or 1st January 2005 is a default, not an assessed age. Custody staff should record an age dispute as such and refer to the Merton-compliant age assessment route at once.",
    "Any adult who presents as a relative of a child in the National Referral Mechanism, as Tony did, should be checked before any contact; the placement plan should name adults known to be a risk (here VU Duc Thang, also known as Tony Vu, of Millrace Road) as well as those allowed.",
    "Missing episodes of a suspected trafficked child are a risk of re-trafficking from the first night. A Philomena Protocol form with a photograph, the vehicle (FN19 KXT), the phone numbers and the child's nickname (Tèo) should be shared with the school and the police within the hour.",
    "The Independent Child Trafficking Guardian should be allocated within days, not weeks; Lowri's work with Huy was the only place where his fear for his mother was written down.",
    "Schools and GP practices hold identifiers (a unique pupil number, an NHS number) that do not change with a name. Wrensall Brook Academy's and Tanners Lane's use of them to find Huy should be shared across the partnership, with the Missing People and NSPCC guidance on trafficked children who go missing from care. In the months following, Huy has begun treatment for post-traumatic stress disorder.",
]

RECOMMENDATIONS = [
    ("Hollinshire Police and Children's Services to adopt a name-recording standard for Vietnamese children (family name, middle name, given name, with and without tone marks) so that records for a child such as Đặng Quốc Huy are matched whatever the order",
     "Standard written, systems changed to search all orders and unaccented forms, audit of ten cases",
     "Head of Safeguarding, Hollinshire Police", "31-03-2025"),
    ("Placement plans for children referred to the National Referral Mechanism to name adults who pose a risk and must not collect the child, with vehicle registrations, and to be shared with the school",
     "Placement plan template amended; briefing to foster carers and the Hollinshire Fostering Service",
     "Service Manager, Children in Care", "31-01-2025"),
    ("The partnership to share the practice at Wrensall Brook Academy and Tanners Lane Surgery of using pupil and NHS numbers to locate missing children",
     "Seven-minute briefing to all schools and GP practices; Common Transfer File and GP2GP alerts added to the missing-child procedure",
     "Partnership Business Manager", "28-02-2025"),
]

HEADER = "OFFICIAL-SENSITIVE | Agency Report | re: DANG Quoc Huy (Tèo), DOB 14/09/2008, 3 Pinfold Lane, Fenny Aston"
FOOTER = "Hollinshire LCSPR - Huy Dang / Tony Vu - NRM/24/11873 - not for circulation outside the panel"
COMMENT = "Chloe - please check whether Mrs Ashdown wants her name and the Fenny Aston address in, and whether Tony Vu's number 07700 900582 should be redacted."
FOOTNOTE = "Huy gave his date of birth as 14.09.08; the Home Office record for Dang Quoc Huy showed 01/01/2005 until June 2024."

CASE = HeldOut(REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS,
               LEARNING, RECOMMENDATIONS, header=HEADER, footer=FOOTER, comment=COMMENT,
               footnote=FOOTNOTE)
