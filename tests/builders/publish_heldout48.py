"""Held-back publication case 48, written blind (without sight of the anonymiser): an
unaccompanied asylum-seeking child, an age dispute and labour exploitation; every name of
a person, place and agency below is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CSPR-SCP-2024-02"

CASE_TOML = """\
reference = "CSPR-SCP-2024-02"
review = "Child Safeguarding Practice Review"
subject = "Child K"
board = "Sussex Coast Safeguarding Children Partnership"
period = { from = "01-08-2023", to = "31-03-2024" }
chronology_due = "14-06-2024"
report_due = "26-07-2024"

[[agencies]]
name = "Sussex Police"
aliases = ["Police", "SxP", "Missing and Exploitation Team"]

[[agencies]]
name = "Downs and Coast Children's Services"
aliases = ["Children's Social Care", "CSC", "UASC Team"]
published_as = "Children's Social Care"

[[agencies]]
name = "Downs and Coast Community Health NHS Trust 0-19 Health Visiting Service"
aliases = ["Health Visiting", "0-19 Service", "HV Service"]

[[agencies]]
name = "Kittiwake Bay Surgery"
aliases = ["Kittiwake Bay", "KBS"]

[[agencies]]
name = "Selbrook Coastal College"
aliases = ["Selbrook College", "SCC ESOL"]
published_as = "the college"

[[agencies]]
name = "Home Office - UK Visas and Immigration"
aliases = ["Home Office", "UKVI", "Asylum Support"]

[[agencies]]
name = "Refugee Council"
aliases = ["Refugee Council Children's Section"]

[[people]]
name = "Mujtaba Elnour Dafaalla"
aliases = ["Mujtaba", "Mujji", "Mr Dafaalla", "Dafalla"]
role = "Child"
pseudonym = "Child K"
born = "14-03-2007"
address = "Room 214, Belvedere Court Hotel, 41-43 Grenville Esplanade, Selbrook-on-Sea BN47 3QZ"

[[people]]
name = "Nafisa Abakar"
aliases = ["Nafisa", "Mrs Abakar"]
role = "Mother"
pseudonym = "Mother"

[[people]]
name = "Elnour Dafaalla Ishag"
aliases = ["Elnour"]
role = "Father (deceased)"
pseudonym = "Father"

[[people]]
name = "Tasneem Elnour Dafaalla"
aliases = ["Tasneem"]
role = "Sibling"
pseudonym = "Sibling"
born = "05-06-2014"

[[people]]
name = "Abdelmoneim Khater"
aliases = ["Uncle Moneim", "Mr Khater"]
role = "Adult claiming to be an uncle"
pseudonym = "Adult A"
address = "Flat 9, Tolhurst House, east London"

[[people]]
name = "Ardit Këlliçi"
aliases = ["Kelly", "Ardit Kellici"]
role = "Car wash operator (alleged exploiter)"
pseudonym = "Adult B"
address = "Aqua Gleam Hand Car Wash, Cattermole Road, London E10 8QY"

[[staff]]
name = "Bethan Rowcliffe"
code = "SW1"
role = "Social Worker, UASC Team"
agency = "Downs and Coast Children's Services"

[[staff]]
name = "Gideon Maplethorpe"
code = "SW2"
role = "Advanced Practitioner (age assessment)"
agency = "Downs and Coast Children's Services"

[[staff]]
name = "Tamsin Brackley"
code = "HV1"
role = "Health Visitor"
agency = "Downs and Coast Community Health NHS Trust 0-19 Health Visiting Service"

[[staff]]
name = "Amelia Bright"
code = "PO1"
role = "Detective Constable, Missing and Exploitation Team"
agency = "Sussex Police"

[[staff]]
name = "Ruairí Ó Dálaigh"
code = "ESOL1"
role = "ESOL Lecturer and course safeguarding lead"
agency = "Selbrook Coastal College"
"""

IDENTIFIERS = {
    "key_name": [
        "Mujtaba Elnour Dafaalla", "Mujtaba", "Mujtaba's", "Mujtaba Elnour", "Mr Dafaalla",
        "Dafaalla", "Dafalla", "Dafaʿalla", "Mojtaba", "Elnour",
        "Nafisa Abakar", "Nafisa", "Mrs Abakar", "Abakar",
        "Elnour Dafaalla Ishag", "Ishag", "Tasneem",
        "Abdelmoneim Khater", "Abdelmoneim", "Mr Khater", "Khater",
        "Ardit Këlliçi", "Ardit Kellici", "Ardit Kelici", "Këlliçi", "Kellici", "Ardit",
    ],
    "nickname": ["Mujji", "Umm Mujtaba", "Uncle Moneim", "Moneim", "Abu Sami", "Kelly"],
    "initials": ["M.E.D.", "MED", "A.K."],
    "staff_name": [
        "Bethan Rowcliffe", "Ms Rowcliffe", "Bethan", "Gideon Maplethorpe", "Mr Maplethorpe",
        "Tamsin Brackley", "Ms Brackley", "Tamsin", "Amelia Bright", "DC Amelia Bright",
        "DC Bright", "Ruairí Ó Dálaigh", "Ruairí", "Mr Ó Dálaigh", "Ruairi O Dalaigh",
        "Ruairi", "Mr O Dalaigh",
    ],
    "not_in_key": [
        "Philippa Ormesher", "Ms Ormesher", "Pippa", "Elsadig Babikir", "Mr Babikir",
        "Mohanad Sirelkhatim", "Hanood", "Lorraine Tedder", "Mrs Tedder",
        "Zehra Yıldız", "Ms Yıldız", "Zehra Yildiz",
    ],
    "address": [
        "Room 214", "41-43 Grenville Esplanade", "Grenville Esplanade", "Selbrook-on-Sea",
        "Selbrook", "Tolhurst House", "Cattermole Road",
    ],
    "postcode": ["BN47 3QZ", "BN47", "3QZ", "E10 8QY", "E10", "8QY"],
    "agency_place": [
        "Belvedere Court Hotel", "Belvedere Court", "the Belvedere", "Kittiwake Bay Surgery",
        "Kittiwake Bay", "Selbrook Coastal College", "Aqua Gleam Hand Car Wash", "Aqua Gleam",
    ],
    "number": [
        "D2871406", "999 402 7716", "47230219118", "07700 900417", "07700 900862",
        "01632 960355", "01632 960781",
    ],
    "date_of_birth": [
        "14/03/2007", "14-03-2007", "14 March 2007", "01/01/2003", "1 January 2003",
    ],
    "social_media": ["@mujji.sd07", "elnour_boy07"],
    "email": ["pippa.ormesher@example.org", "mujji.dafaalla07@example.org"],
}

ORDINARY = [
    "Merton-compliant", "London Borough of Merton", "Refugee Council",
    "National Referral Mechanism", "Modern Slavery Act 2015",
    "Independent Child Trafficking Guardian", "Barnardo's", "Helen Bamber Foundation",
    "ECPAT UK", "Missing People", "Children Act 1989",
    "Working Together to Safeguard Children 2023", "National Age Assessment Board",
    "Entry 1 ESOL", "Year 11", "Sudanese Arabic", "Masalit", "Darfur", "eastern Chad",
    "Manston", "Lunar House in Croydon", "Victoria Climbié", "Professor Alexis Jay",
    "Child Q", "adultification", "Raynaud's phenomenon", "Gillick competent", "XL Bully",
    "WhatsApp", "Google Translate", "LanguageLine", "Christmas Day", "Ramadan",
    "Detective Sergeant", "OFFICIAL-SENSITIVE", "Royal London Hospital",
    "Gangmasters and Labour Abuse Authority", "bright and polite", "MACE", "UASC",
]

INVOLVEMENT = [
    "On 09/08/2023 Mujtaba Elnour Dafaalla arrived at Dover in a small boat and was taken "
    "to Manston. Through a Sudanese Arabic interpreter he said that he was 16 and born on "
    "14/03/2007. Home Office officers judged from his appearance that he was over 18, "
    "recorded him as Mujtaba Elnour with an assigned date of birth of 01/01/2003 (Home "
    "Office reference D2871406) and on 12/08/2023 placed him in Room 214 of the Belvedere "
    "Court Hotel, 41-43 Grenville Esplanade, Selbrook-on-Sea BN47 3QZ, a hotel used for "
    "adult asylum seekers and families. Mujtaba is Masalit and comes from Darfur. His "
    "father, Elnour Dafaalla Ishag, was killed in June 2023; his mother Nafisa Abakar and "
    "his sister Tasneem live in a camp in eastern Chad. He travelled through Libya and "
    "spent five weeks near Calais before the crossing.",

    "On Tuesday 22nd August 2023 Health Visitor Tamsin Brackley (HV1) held the weekly "
    "drop-in at the Belvedere for mothers with babies. A thin boy in a tracksuit used Google "
    "Translate on his phone to tell her 'I am 16, I am alone, please'. Ms Brackley recorded "
    "that he looked 'Year 11 age at most', was bright and polite, had scabies on both hands "
    "and had not seen a doctor since he arrived. The same afternoon she made a referral to "
    "Children's Social Care and told the safeguarding lead at Kittiwake Bay Surgery, where "
    "residents of the hotel are registered, giving his mobile number, 07700 900417. Tamsin "
    "telephoned two days later to check that the referral had been received and allocated.",

    "Bethan Rowcliffe (SW1), a social worker in the UASC team, visited Mujtaba at the hotel "
    "on 24/08/2023 with a LanguageLine telephone interpreter, and left him the team's duty "
    "number, 01632 960355. She decided that a short visual check could not settle his age "
    "and, with Advanced Practitioner Gideon Maplethorpe (SW2), began a Merton-compliant age "
    "assessment. Mujtaba became a looked after child under section 20 of the Children Act "
    "1989 on 25/08/2023, but no foster or supported placement was available and he stayed "
    "in Room 214 for another 58 days. Mr Maplethorpe's note of 29/08/2023 reads: 'Risk of "
    "remaining at the Belvedere Court accepted by the service manager; daily call from Ms "
    "Rowcliffe.' The daily calls were made on nine of the 58 days. The interpreter at the "
    "three assessment sessions, Mr Elsadig Babikir, spoke Sudanese Arabic; no Masalit "
    "interpreter was sought, and Mr Babikir told Bethan that 'Mujji', as the other boys at "
    "the hotel called him, did not follow some of the questions.",

    "From 18/09/2023 Mujtaba attended an Entry 1 ESOL course at Selbrook Coastal College, "
    "which enrolled him as 'Mujtaba Dafaʿalla' with the email address "
    "mujji.dafaalla07@example.org. His lecturer, Ruairí Ó Dálaigh (ESOL1), said that "
    "M.E.D. was 'always first in the room'. On 02/10/2023 Mr Ó Dálaigh recorded that he had "
    "a new phone and new Nike trainers, and that a grey car collected him after class. Zehra "
    "Yıldız, an adviser in the Refugee Council's Children's Section, met him at the college, "
    "arranged a WhatsApp call in which Umm Mujtaba confirmed that her son was born in March "
    "2007, and referred him to a solicitor to challenge the Home Office age. On 11/10/2023 "
    "an independent visitor, Philippa Ormesher (Pippa), was matched with him. She emailed "
    "Ms Rowcliffe from pippa.ormesher@example.org that he often spoke of his 'Uncle Moneim' "
    "in London, who had promised him work and a room.",

    "The age assessment concluded on 09/10/2023 that Mujtaba was a child and accepted his "
    "date of birth, 14 March 2007. The BP7 form went to the Home Office on 10/10/2023, but "
    "the hotel's list still showed 'Mr Dafalla, born 1 January 2003' on 27/10/2023. At "
    "23:40 on 30/10/2023 the hotel's welfare officer, Lorraine Tedder, called 101 from the "
    "hotel office line, 01632 960781, to report him missing (occurrence 47230219118). DC "
    "Amelia Bright graded the report medium risk. Mujtaba came back on 01/11/2023 and told "
    "the return home interview worker that his friend Hanood (Mohanad Sirelkhatim) had "
    "taken him 'to wash cars for Abu Sami's friend'. His WhatsApp held messages from 07700 "
    "900862, saved as 'Uncle Moneim', and his TikTok account, @mujji.sd07, followed a car "
    "wash page. He missed his asylum appointment at Lunar House in Croydon on 07/11/2023.",

    "A MACE meeting on 16/11/2023, chaired by a Detective Sergeant and minuted as "
    "OFFICIAL-SENSITIVE, heard that 07700 900862 belonged to Abdelmoneim Khater, a man of "
    "about 40 living at Tolhurst House in east London, who was not a relative. The meeting "
    "agreed a disruption plan and a move to foster care, but Mr Khater was not spoken to, "
    "the Snapchat account elnour_boy07 was not looked at, and no referral to the National "
    "Referral Mechanism was made. The Initial Health Assessment took place on 20/11/2023 "
    "at Kittiwake Bay Surgery (NHS number 999 402 7716); Mujtaba was Gillick competent and "
    "consented. On 06/12/2023, before a foster placement was found, he went missing again "
    "from the Belvedere Court Hotel. Sussex Police regraded him high risk on 08/12/2023. He "
    "was still missing on Christmas Day, and the charity Missing People published an appeal "
    "on 28/12/2023 with the agreement of Children's Social Care.",

    "On 14/02/2024 a joint operation of the Metropolitan Police and the Gangmasters and "
    "Labour Abuse Authority found Mujtaba working at the Aqua Gleam Hand Car Wash, "
    "Cattermole Road, London E10 8QY. The car wash was run by Ardit Këlliçi (recorded by "
    "the Metropolitan Police as Ardit Kellici, and once as Ardit Kelici), whom the workers "
    "called 'Kelly'; two XL Bully dogs were chained in the yard. Mojtaba, as the Metropolitan "
    "Police recorded him, had slept in a shipping container for ten weeks, worked twelve "
    "hours a day for £20, and had chemical burns and signs of Raynaud's phenomenon in both "
    "hands from working in cold water. He was taken to the Royal London Hospital. A.K. was "
    "arrested and released under investigation. DC Bright travelled to London, and Sussex "
    "Police made a referral to the National Referral Mechanism the next day; a positive "
    "reasonable grounds decision followed on 19/02/2024 and an Independent Child "
    "Trafficking Guardian from Barnardo's was allocated. Since 23/02/2024 Mujtaba has lived "
    "with foster carers of Sudanese heritage, with whom he kept Ramadan in March 2024.",
]

ANALYSIS = [
    "Mujtaba was first seen as an adult because of his height and a beard, and nobody at "
    "the hotel questioned the Home Office date of birth until the health visitor did. The "
    "review heard the term adultification from the Child Q review, and it applies here: "
    "staff at the Belvedere Court called him 'Mr Dafaalla' and 'the tall lad in 214', and "
    "Mrs Tedder told the review that she 'had no idea he was a child'. His claimed date of "
    "birth, 14-03-2007, was on his screening record from the first day. National guidance is "
    "clear that a person who says he is a child is treated as one until an assessment shows "
    "otherwise. Tamsin Brackley's referral was the moment of professional curiosity that "
    "changed his course.",

    "The decision to leave a looked after child in an adult hotel was made because there "
    "was no placement, not because it was safe. In July 2023 the High Court, in a claim "
    "brought by ECPAT UK, held that the use of hotels for unaccompanied children was "
    "unlawful beyond very short emergency periods; the service manager knew of the "
    "judgment but did not apply it to a child living in an asylum hotel for adults. Working "
    "Together to Safeguard Children 2023 expects a multi-agency response to harm outside "
    "the family, yet Mujtaba's plan relied on daily calls from Ms Rowcliffe, most of which "
    "were not made, and the UASC team had no oversight of who visited the hotel.",

    "The signs of labour exploitation were seen by four people in four agencies: Mr Ó "
    "Dálaigh saw the phone, the trainers and the grey car; Ms Yıldız heard about work in "
    "London; Pippa heard about 'Uncle Moneim'; DC Bright read Hanood's words about washing "
    "cars. They were not put together before the second missing episode. The Modern Slavery "
    "Act 2015 places a duty to notify on the police and the local authority, and a child "
    "does not have to consent to a referral to the National Referral Mechanism; a referral "
    "after the first episode would have brought an Independent Child Trafficking Guardian "
    "in at once. The college's record, sent by Ruairi O Dalaigh to the UASC team on "
    "03/10/2023, was filed but not read.",

    "Language and identity were not explored. Mujtaba's first language is Masalit; his "
    "Sudanese Arabic was learnt at school and is a second language. LanguageLine could have "
    "supplied a Masalit interpreter, but nobody asked, and the Initial Health Assessment "
    "used an Arabic interpreter too. His faith, his grief for his father and his calls to "
    "Nafisa (recorded by the hotel as 'Mrs Abakar') in eastern Chad were known to the "
    "independent visitor but not to the people who made plans for him.",
]

LEARNING = [
    "Age disputes: an unaccompanied child who says he is 16 must be treated as a child "
    "while a Merton-compliant age assessment, carried out as the London Borough of Merton "
    "case requires, is completed. Mujtaba (Child K) spent 58 days in Room 214 at the "
    "Belvedere Court Hotel in Selbrook-on-Sea because the Home Office had given him the "
    "date of birth 01/01/2003. Practitioners need to know how the National Age Assessment "
    "Board and the BP7 form work, to challenge adultification, and to remember what the "
    "Victoria Climbié inquiry taught about seeing the child and speaking with him in his "
    "own language: Masalit, not only Sudanese Arabic.",

    "Missing and exploitation: when a child from Darfur who has crossed Libya goes missing "
    "and comes back with new trainers, a new phone and talk of 'Uncle Moneim' or of Abu "
    "Sami's friend, professionals should consider labour exploitation and refer to the "
    "National Referral Mechanism under the Modern Slavery Act 2015 without waiting for a "
    "MACE meeting. The Refugee Council adviser, the college and the independent visitor, "
    "Ms Ormesher, each held part of the picture. Professor Alexis Jay's inquiry in "
    "Rotherham showed how fragments held by different agencies hide exploitation; the same "
    "happened here until the Gangmasters and Labour Abuse Authority found M.E.D. at the "
    "Aqua Gleam car wash.",

    "Good practice should be recognised. The health visitor, Ms Brackley, used Google "
    "Translate to listen to a boy she had no duty to see, and acted the same day. Zehra "
    "Yildiz of the Refugee Council reached his mother by WhatsApp. After he was found, the "
    "Helen Bamber Foundation offered therapeutic support, and the Independent Child "
    "Trafficking Guardian from Barnardo's made sure that Mujtaba's account was taken with a "
    "Masalit interpreter.",

    "Interpreters must be chosen for the child's first language, and their names and "
    "languages recorded; Mr Babikir's warning that Mujji did not follow the questions should "
    "have stopped the session. Mr O Dalaigh's note should have gone to the MACE panel. "
    "Health checks should not wait: the scabies and the first burns would have been seen "
    "earlier if the Initial Health Assessment had taken place within 20 working days.",
]

RECOMMENDATIONS = [
    (
        "Children's Social Care should ensure that no child whose age is disputed, such as "
        "Mujtaba, is left in an asylum hotel like the Belvedere Court while a "
        "Merton-compliant age assessment is completed, in line with the ECPAT UK judgment",
        "Agree a placement protocol with the Home Office; a weekly list of age-disputed young "
        "people in hotels sent to the UASC team; audit after six months",
        "Head of Service, Children in Care",
        "30-09-2024",
    ),
    (
        "Sussex Police and Children's Social Care should refer an unaccompanied child who "
        "returns from a missing episode with signs of labour exploitation to the National "
        "Referral Mechanism within 24 hours, as should have happened for MED after Hanood's "
        "account of washing cars, and should check numbers such as 07700 900862 found on "
        "the child's WhatsApp",
        "Missing and exploitation procedure revised; NRM referral prompt added to the return "
        "home interview form; quarterly audit presented to the MACE panel",
        "Detective Inspector, Missing and Exploitation Team",
        "31-10-2024",
    ),
    (
        "Selbrook Coastal College and the 0-19 service should record a child's first "
        "language, such as Masalit, and book an interpreter in that language through "
        "LanguageLine for Entry 1 ESOL enrolment, health checks and safeguarding "
        "conversations",
        "Enrolment form updated; interpreting account for ESOL staff; training for ESOL "
        "lecturers on exploitation indicators",
        "Head of Safeguarding, further education and 0-19 service",
        "31-12-2024",
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
    header="OFFICIAL-SENSITIVE | Agency Report | Mujtaba Elnour Dafaalla (M.E.D.) | "
           "DOB 14-03-2007 | Home Office ref D2871406",
    footer="Placement: Room 214, Belvedere Court Hotel, Grenville Esplanade, Selbrook "
           "BN47 3QZ | UASC team 01632 960355 | hotel 01632 960781",
    comment="Bethan - the Home Office has 'Dafalla' and the college 'Dafaʿalla'; please "
            "confirm the spelling with Mujji and check his Snapchat, elnour_boy07, and "
            "mujji.dafaalla07@example.org.",
    footnote="Nafisa Abakar (Mrs Abakar on the hotel list) confirmed by WhatsApp, through "
             "Zehra Yildiz, that Mujtaba was born on 14 March 2007.",
)
