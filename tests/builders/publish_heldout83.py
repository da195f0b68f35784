# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 83): every name, place and number is invented."""

from tests.builders.publish_heldout import HeldOut

reference = "HSCP-2023-07"

case_toml = """
reference = "HSCP-2023-07"
review = "Local Child Safeguarding Practice Review"
subject = "Child A"
period = { from = "01-04-2022", to = "31-10-2023" }
board = "Herefordshire Safeguarding Children Partnership"

[[agencies]]
name = "Herefordshire Council Children's Services"
aliases = ["Children's Services", "CSC", "Childrens Social Care"]

[[agencies]]
name = "Herefordshire Council Homes for Ukraine Team"
aliases = ["Homes for Ukraine Team", "HfU Team"]

[[agencies]]
name = "Wye Valley NHS Trust"
aliases = ["WVT", "Health Visiting Service"]

[[agencies]]
name = "West Mercia Police"
aliases = ["WMP", "Police"]

[[agencies]]
name = "Wharton Ley CE Primary School"
aliases = ["Wharton Ley Primary", "Wharton Ley School", "WLPS"]
published_as = "the primary school"

[[agencies]]
name = "Orle Brook Surgery"
aliases = ["Orle Brook", "OBS"]

[[people]]
name = "Matvii Zhuravel"
aliases = ["Matvii", "Matviy", "Matvij", "Матвій", "Матвій Журавель", "Motia", "Мотя", "Matty", "MZ", "M.Z."]
role = "Child"
pseudonym = "Child A"
born = "14-03-2020"
address = "Upper Lydiatt Farm, Ley Bank Lane, Wharton Ley, Leominster, HR6 9QZ"

[[people]]
name = "Sofiia Zhuravel"
aliases = ["Sofiia", "Sofia", "Sofiya", "Софія", "Sonia", "Соня", "SZ"]
role = "Sibling"
pseudonym = "Child B"
born = "02-11-2014"
address = "Upper Lydiatt Farm, Ley Bank Lane, Wharton Ley, Leominster, HR6 9QZ"

[[people]]
name = "Nataliia Zhuravel"
aliases = ["Nataliia", "Natalia", "Nataliya", "Наталія", "Наталія Журавель", "Natasha", "Наташа", "Mrs Zhuravel", "NZ", "N.Z."]
role = "Mother"
pseudonym = "Mother"
born = "21-07-1991"
address = "Upper Lydiatt Farm, Ley Bank Lane, Wharton Ley, Leominster, HR6 9QZ"

[[people]]
name = "Andrii Zhuravel"
aliases = ["Andrii", "Andriy", "Андрій", "Mr Zhuravel", "AZ"]
role = "Father"
pseudonym = "Father"
born = "09-01-1988"

[[people]]
name = "Huw Prothero"
aliases = ["Huw", "Mr Prothero"]
role = "Host"
pseudonym = "Host 1"
address = "Upper Lydiatt Farm, Ley Bank Lane, Wharton Ley, Leominster, HR6 9QZ"

[[people]]
name = "Wendy Prothero"
aliases = ["Wendy", "Mrs Prothero"]
role = "Host"
pseudonym = "Host 2"
address = "Upper Lydiatt Farm, Ley Bank Lane, Wharton Ley, Leominster, HR6 9QZ"

[[people]]
name = "Dean Prothero"
aliases = ["Dean", "Deano", "DP"]
role = "Host's adult son"
pseudonym = "Adult S"
born = "17-08-1994"
address = "Upper Lydiatt Farm, Ley Bank Lane, Wharton Ley, Leominster, HR6 9QZ"

[[staff]]
name = "Rhian Eckley"
code = "HV1"
role = "Health Visitor"
agency = "Wye Valley NHS Trust"

[[staff]]
name = "Tom Haverfield"
code = "SW1"
role = "Social Worker"
agency = "Herefordshire Council Children's Services"

[[staff]]
name = "Janet Loxley"
code = "HT1"
role = "Headteacher"
agency = "Wharton Ley CE Primary School"

[[staff]]
name = "Priya Sandhu"
code = "GP1"
role = "General Practitioner"
agency = "Orle Brook Surgery"

[[staff]]
name = "Marcus Fenn"
code = "HFU1"
role = "Homes for Ukraine Officer"
agency = "Herefordshire Council Homes for Ukraine Team"

[[staff]]
name = "Lee Walford"
code = "PC1"
role = "Police Constable"
agency = "West Mercia Police"
"""

identifiers = {
    "family_names": [
        "Matvii Zhuravel", "Matvii", "Matvii's", "Matviy", "Matvij", "Matvei", "Матвій", "Матвій Журавель",
        "Sofiia Zhuravel", "Sofiia", "Sofiia's", "Sofia", "Sofiya", "Софія",
        "Nataliia Zhuravel", "Nataliia", "Nataliia's", "Natalia", "Nataliya", "Natalija", "Наталія", "Наталія Журавель",
        "Andrii Zhuravel", "Andrii", "Andriy", "Андрій",
        "Zhuravel", "Zhuravel's", "Zhurawel", "Jouravel", "Żurawel", "Schurawel", "Журавель",
        "Mrs Zhuravel", "Mr Zhuravel",
        "Huw Prothero", "Huw", "Wendy Prothero", "Wendy", "Dean Prothero", "Dean", "Dean's",
        "Prothero", "Prothero's", "Mr Prothero", "Mrs Prothero", "Mr and Mrs Prothero",
    ],
    "nicknames": ["Motia", "Мотя", "Matty", "Sonia", "Соня", "Soniachko", "Natasha", "Наташа", "Deano"],
    "initials": ["MZ", "M.Z.", "M-Z", "SZ", "S.Z.", "NZ", "N.Z.", "AZ", "DP", "D.P.", "HP", "WP"],
    "not_in_key": [
        "Halyna Moroz", "Галина Мороз", "Mrs Moroz", "Pani Halyna", "Halyna",
        "Kayleigh Bevan", "Kayleigh", "Tomasz Wróbel", "Tomasz",
        "Iryna Savchuk", "Ірина Савчук", "Iryna",
    ],
    "staff": [
        "Rhian Eckley", "Rhian", "Ms Eckley", "Eckley", "Tom Haverfield", "Mr Haverfield", "Haverfield",
        "Janet Loxley", "Mrs Loxley", "Loxley", "Priya Sandhu", "Dr Sandhu", "Dr Priya Sandhu", "Sandhu",
        "Marcus Fenn", "Mr Fenn", "Lee Walford", "PC Walford", "Walford",
    ],
    "places": [
        "Upper Lydiatt Farm", "Upper Lydiatt", "Lydiatt", "Ley Bank Lane", "Wharton Ley", "Leominster",
        "Brightwells Row", "19 Brightwells Row", "Flat 3", "Kenwater Park", "Okhtyrka", "Akhtyrka", "Охтирка",
        "St Ethelbert's Hall", "the Granary",
    ],
    "postcodes": ["HR6 9QZ", "HR6", "9QZ", "HR6 8QT", "8QT"],
    "locating_agencies": [
        "Wharton Ley CE Primary School", "Wharton Ley Primary", "Wharton Ley School",
        "Orle Brook Surgery", "Orle Brook", "WLPS",
    ],
    "numbers": [
        "07700 900417", "01632 960283", "07700 900852", "+380 50 000 4471", "943 610 2287", "943 610 2295",
        "QQ 48 21 07 D", "GWF071843296", "FK 418207",
    ],
    "emails": ["nataliia.zhuravel@example.org", "uplydiatt.farm@example.org"],
    "social": ["@natali_zh_ua", "@deano_prothero94"],
    "dates_of_birth": [
        "14/03/2020", "14.03.2020", "14th March 2020", "14-03-2020", "14.03.20",
        "02/11/2014", "2.11.14", "2nd November 2014",
        "21/07/1991", "21.07.1991",
    ],
    "other": ["Dzherelo", "Джерело", "Kenwater Fruits", "YJ61 FKP"],
}

ordinary = [
    "Homes for Ukraine", "Children Act 1989", "Working Together to Safeguard Children",
    "Child Safeguarding Practice Review Panel", "Victoria Climbié", "Lord Laming", "Arthur Labinjo-Hughes",
    "Star Hobson", "Armed Forces of Ukraine", "Google Translate", "Language Line",
    "Birmingham Children's Hospital", "Birmingham Airport", "Calpol", "ibuprofen", "Orthodox Christmas",
    "Easter", "Disclosure and Barring Service", "Early Help Assessment", "Section 47",
    "Initial Child Protection Conference", "Was Not Brought", "English as an Additional Language",
    "MMR vaccine", "Universal Credit", "NSPCC", "British Red Cross", "Refugee Council", "Ofsted",
    "NO FURTHER ACTION", "NOT IN THE SAME DWELLING", "thank you payments", "Aga", "Sunflower", "Hope",
    "May half term", "skeletal survey", "post-traumatic stress disorder",
    "Herefordshire Safeguarding Children Partnership", "West Mercia Police", "Wye Valley NHS Trust",
    "Department for Levelling Up, Housing and Communities", "Signs of Safety",
]

involvement = [
    "Nataliia Zhuravel (Наталія Журавель, d.o.b. 21/07/1991) arrived at Birmingham Airport on 11/05/2022 with her children Sofiia (DOB 02/11/2014) and Matvii (DOB 14/03/2020) on visas issued under the Homes for Ukraine scheme, GWF reference GWF071843296 (mother's Ukrainian passport FK 418207). The family's sponsors were Huw and Wendy Prothero of Upper Lydiatt Farm, Ley Bank Lane, Wharton Ley, Leominster HR6 9QZ. The family had left Okhtyrka (Охтирка; 'Akhtyrka' on the visa record) in March 2022. Nataliia's husband, Andrii Zhuravel, was serving with the Armed Forces of Ukraine and remained at the front throughout the period under review.",
    "On 19/05/2022 Mr Fenn (Homes for Ukraine Officer) completed the accommodation and welfare check at UPPER LYDIATT FARM. Marcus Fenn recorded that the family had 'the Granary', a converted barn across the yard from the farmhouse, and that 'Mr Prothero's son Dean lives in the farmhouse and works the farm with his dad'. Disclosure and Barring Service checks were requested for Huw Prothero and Wendy Prothero. No check was asked for Dean Prothero, then 27, because the form says 'adult son lives in main house NOT IN THE SAME DWELLING'. The guidance issued by the Department for Levelling Up, Housing and Communities at the time asked for checks on all adults in the household; whether the Granary counted as the same household was not considered.",
    "The family were registered at Orle Brook Surgery on 24/05/2022. Nataliia completed the forms herself with Google Translate on her phone. The surname was entered as Zhuravel for the mother, as Zhurawel for Sofiya, and as 'Jouravel' for Matvij, the spelling in the French transliteration on his Ukrainian birth certificate (born 14.03.2020). Three unlinked records were created, and the children were not linked to their mother on the clinical system until March 2023. Matvii's NHS number is 943 610 2287; a second number, 943 610 2295, belongs to the duplicate record made for 'Matvei Schurawel' when Wendy Prothero telephoned the surgery from 01632 960283 to book his MMR vaccine.",
    "Sofiia started at Wharton Ley CE Primary School on 06/06/2022 in Year 2. Mrs Loxley (Headteacher) recorded that 'Sonia', as her mother called her, had almost no English; English as an Additional Language support was put in place from September. The school's admission form lists her as 'Sofia ZHURAVEL, dob 2.11.14' with her mother's mobile 07700 900417 and email nataliia.zhuravel@example.org, and names Wendy as emergency contact. Janet Loxley's note of the first meeting reads: 'Mum v. anxious about husband, no news from him for 3 weeks. Sonia wears Sunflower badge every day.'",
    "Rhian Eckley (Health Visitor) visited the Granary on 08/07/2022 for a transfer-in contact with Matvii. Rhian used Google Translate on Nataliia's phone because Language Line was not booked for a home visit. The record reads: 'mum says husband at front, no news for 3 wks, M.Z. sleeping poorly, wakes with the air-raid dreams, mum tearful'. Ms Eckley gave advice on sleep and signposted to the British Red Cross and the Refugee Council. She noted that Dean Prothero came into the kitchen during the visit and 'translated' some of Mrs Zhuravel's answers, and that Motia (Мотя) went to him readily.",
    "The 2-year review for MZ was not completed: the family 'Was Not Brought' on 03/10/2022. The appointment letter was addressed in English to 'Mrs N. Zhuravel, Upper Lydiatt, Wharton Ley'; Nataliia later told the review that letters went to the farmhouse and that Mrs Prothero gave her the ones she thought mattered. A second appointment on 07/11/2022 was attended by Wendy Prothero and Matty (the host family's name for him) without his mother, who was at an English class. Rhian Eckley weighed and measured him; no concerns were recorded and consent was not queried.",
    "From September 2022 Sofiia and Matvii attended Dzherelo Ukrainian Saturday School (Українська суботня школа «Джерело») at St Ethelbert's Hall, where Matvii went to the toddler group. The teacher, Halyna Moroz (Галина Мороз, known to the children as 'Pani Halyna'), was not known to any agency during the period. Mrs Moroz told the review that she saw 'Motia' with a bruise on his cheek in June 2023 and that Nataliia said he had fallen from the quad bike that Dean let the children ride. Halyna did not know who to tell in England and 'did not want to make trouble for Natasha with the host'.",
    "In December 2022 Wendy Prothero emailed the Homes for Ukraine Team from uplydiatt.farm@example.org to say the placement was 'under strain' and that her son and Nataliia 'have been seeing each other since the summer'. Mr Fenn's note of the call on 21/12/2022 reads: 'Host reports adult son DP and guest NZ in a relationship. Host wishes to continue the sponsorship to the 12 month point. Thank you payments to continue.' The relationship was not seen as a safeguarding matter, and no referral was made to Children's Services. The family spent Orthodox Christmas (07/01/2023) with the Saturday school families and, in the words of Sofiia's teacher, 'came back happy'.",
    "On 16/01/2023 Sofiia told her class teacher that 'Deano shouts at Motia when mama is at work and puts him in the dark room'. The class teacher wrote this on a sticky note and gave it to Mrs Loxley, who spoke to Mrs Zhuravel at the gate with Sofiia interpreting; the record says mother said Dean 'is strict but he is good man, he loves Motia'. No concern was logged on the WLPS safeguarding system, and the note was not found until after the events of September 2023. S.Z. was eight at the time.",
    "From 06/02/2023 Nataliia worked shifts at the Kenwater Fruits packhouse in Leominster (06:00 to 14:30, Monday to Friday), travelling with a colleague from the Kenwater Park estate. On most weekdays Matvii was left in the care of Dean Prothero on the farm; Wendy worked three days a week and Huw was 'in the fields'. Nataliia's Universal Credit claim (NI number QQ 48 21 07 D) closed when she began work, and with it the work coach's fortnightly contact. Andrii, reached by the review through a messaging app, said that Natalia 'told me Dean was like an uncle for the children'.",
    "On 27/03/2023 Dr Sandhu saw Matvij (recorded as 'Matvij Jouravel, 14-03-2020') with 'a burn to the back of the L hand, mum says touched the Aga'. Calpol and ibuprofen were advised and the wound was dressed by the practice nurse. No interpreter was booked, Language Line was not used, and Dean Prothero attended with Nataliia and 'helped explain'. The consultation was coded as a minor injury. Because of the duplicate records Dr Priya Sandhu did not see the Health Visitor's July entry, and the burn was not considered against the age and mobility of a child of three.",
    "Dean's former partner, Kayleigh Bevan, called West Mercia Police on 30/04/2023 to report threatening messages sent from 07700 900852 and through Instagram (@deano_prothero94). PC Walford spoke to Dean Prothero in the yard of Upper Lydiatt Farm the same evening. The children were in the Granary and were not seen. PC Lee Walford recorded 'No children at the address' because the police system linked the farm only to Mr and Mrs Prothero. Kayleigh did not wish to make a statement; the log is closed 'NO FURTHER ACTION'.",
    "On 12/06/2023 Iryna Savchuk (Ірина Савчук), Nataliia's sister in Poland, telephoned the Homes for Ukraine helpline from +380 50 000 4471 after a video call in which Matviy had 'a black eye'. The call handler recorded: 'caller Iryna states nephew has bruise to eye, says the son of the host is hitting him, mother is afraid to lose the house'. The call was passed to Children's Services on 14/06/2023. Tom Haverfield (Social Worker) visited the Granary on 20/06/2023 with Google Translate; Dean Prothero was in the room for most of the visit. Mr Haverfield recorded that Nataliia 'denies any concern, says M fell off the quad bike', and the case was stepped down to an Early Help Assessment which was never started.",
    "The Children's Services record opened on 14/06/2023 lists the household as: Наталія Журавель (NATALIJA on her passport, 'Nataliya' in the school file, d.o.b. 21.07.1991, known as Наташа); her daughter Софія, called Соня (born 2nd November 2014); her son Матвій Журавель (born 14th March 2020; '14.03.20' on the Wharton Ley Primary sibling form); the father, Андрій (AZ), in Ukraine; the hosts HP and WP; and D.P., the hosts' son. Mr Zhuravel's parental responsibility was not recorded until October 2023, and the case notes for N.Z. and for M-Z were never cross-referenced.",
    "Tomasz Wróbel, a seasonal worker at the farm over the summer of 2023, told police after the events of September that he had seen Dean 'throw the small boy up into the tractor cab, hard, and the boy was crying'. Tomasz did not tell anyone at the time. No agency knew that seasonal workers lived on the farm during the May half term and the summer, or that Sofiia had spent part of the summer holiday away with a Saturday school family because, her mother told the review, 'Sonia was afraid in the house'.",
    "On 18/09/2023 at 13:10 Dean Prothero drove Matvii to Orle Brook Surgery in the farm Land Rover (YJ61 FKP), saying he had 'fallen off the hay bales'. Dr Priya Sandhu found a swollen right thigh and bruising to both upper arms, and called 999. Matvii was taken to Birmingham Children's Hospital, where a fracture of the right femur was confirmed and the skeletal survey showed older rib fractures of different ages. Nataliia was reached at Kenwater Fruits at 14:05. A strategy discussion was held that evening and a Section 47 enquiry begun under the Children Act 1989.",
    "On 20/09/2023 Nataliia and Sofiia were moved to emergency accommodation at Flat 3, 19 Brightwells Row, Leominster HR6 8QT, where MZ joined them on discharge. Andrii Zhuravel was told by video call; he asked, through the interpreter, 'Why did nobody tell me my son was hurt in March?' An Initial Child Protection Conference on 05/10/2023 made both children subject to child protection plans. Nataliia's Telegram messages to Dean (@natali_zh_ua) were given to the police. Sofiia asked the social worker to call her 'Soniachko', as her father does.",
]

analysis = [
    "The Homes for Ukraine check at Upper Lydiatt Farm treated the Granary and the farmhouse as two homes, and so Dean Prothero was never checked. In practice the household was one: Dean came and went in the Granary, cared for Matvii for long hours, and 'translated' for Nataliia Zhuravel at health and police contacts. The review accepts that officers were working at pace in the spring of 2022, but the question of who was an adult in the household was one the Disclosure and Barring Service process needed answered, and the 'NOT IN THE SAME DWELLING' note closed it.",
    "Three spellings of one surname (Zhuravel, Zhurawel, Jouravel) and a fourth from the police system (Żurawel) meant that no agency held a single picture of the family. At Orle Brook the children were not linked to their mother until March 2023; the Health Visitor and Dr Sandhu were writing in different records for the same child; the police record for HR6 9QZ knew only of Mr and Mrs Prothero. The Cyrillic form, Журавель, appears only on the school's Ukrainian-language consent form. Records in other alphabets need one agreed Latin spelling and the original script kept alongside it.",
    "Nataliia's voice is hard to hear in the records. Google Translate, a host's son, and an eight-year-old (Sofiia, at the school gate) stood in for an interpreter at every key contact. Language Line was available to every agency and was used once, after the Section 47 enquiry began. When Nataliia said Dean 'is good man' she was speaking, through her child, in front of people she depended on for her home. The learning from the national reviews of Arthur Labinjo-Hughes and Star Hobson, and before them Lord Laming's report on the death of Victoria Climbié, is that what a child says must be heard directly and with an interpreter where needed.",
    "The relationship between Dean and Nataliia was known to the Homes for Ukraine Team from December 2022 but was seen as a housing matter. Wendy Prothero's email (uplydiatt.farm@example.org) was the first sign that the care of Matvii was shifting to the host's son. Sponsorship placed a mother who had fled war, whose husband Andrii was at the front, in a household where her home, her income and her immigration status felt tied to the goodwill of the hosts. That imbalance of power was not named by any agency.",
    "Sofiia's words to her class teacher in January 2023 ('Deano shouts at Motia') were the clearest early sign of harm. They were written on a sticky note and not logged. Mrs Loxley has been open with the review that the school's systems at Wharton Ley were built for families it already knew. Ofsted had judged safeguarding at Wharton Ley School effective in 2021. The school did not know that Sofiia also spoke of the farm at the Dzherelo Saturday School, where Halyna Moroz had her own worries.",
    "The burn of March 2023, the bruise seen in June by Mrs Moroz, the black eye reported by Iryna and the thigh injury in September formed a pattern that no one agency could see. Each explanation (the Aga, the quad bike, the hay bales) was accepted from the adult who gave it, and that adult was usually Dean. Signs of Safety mapping on 20/06/2023 recorded 'Hope: mum wants to stay at Upper Lydiatt until Andriy comes home' as a strength without asking what staying cost the children.",
]

learning = [
    "Sponsorship schemes create households that agencies do not see as households. Where a host's adult son, a seasonal worker such as Tomasz, or anyone else has unsupervised care of a guest's child, they are part of that child's household for safeguarding purposes, whatever the buildings on the farm are called. Working Together to Safeguard Children applies in full to children arriving under Homes for Ukraine.",
    "Names written in Cyrillic must be recorded once, in the original script, with one agreed transliteration used by every agency. The family of Matvii Zhuravel and Sofiia Zhuravel was split across three GP records, two school spellings (SZ was 'Sofia' on one form and 'Sofiya' on the other) and a police record under the host's name. A shared transliteration of the name on the visa (GWF071843296) would have linked them.",
    "An interpreter is not optional. Google Translate is a tool for arranging a visit, not for asking a mother whether her child is safe. No child, and no member of the host family, should interpret for a parent; Dean Prothero's presence at the contacts of March and June 2023 should have prompted a second visit with Language Line and without him.",
    "Community groups see what statutory agencies do not. The Saturday school, the Orthodox Christmas and Easter gatherings, and relatives abroad such as Iryna Savchuk all held part of the picture. The partnership should reach Ukrainian community organisations with simple advice on how to raise a concern, in Ukrainian, with the NSPCC helpline as a fallback.",
    "Mothers who have fled war carry trauma of their own. Nataliia was later diagnosed with post-traumatic stress disorder; none of the agencies asked about her mental health, or about how news from the front about Andrii Zhuravel affected her capacity to notice and act. Fear of losing accommodation, income or status silences parents and must be named directly with them.",
    "Children who move at short notice must be visible to every agency at their new address. When the family moved to 19 Brightwells Row the GP records still showed Upper Lydiatt Farm, and the school had 'Flat 3' without a street. The Child Safeguarding Practice Review Panel has asked partnerships to report on how they track children placed through Homes for Ukraine; the Herefordshire Safeguarding Children Partnership will share this review with the Panel and with the Wye Valley NHS Trust and West Mercia Police safeguarding leads.",
]

recommendations = [
    ("Homes for Ukraine checks include every adult with unsupervised care of a guest child, whichever building they sleep in", "Revise the accommodation and welfare check form and brief all officers", "Head of Housing Solutions", "31-03-2024"),
    ("Orle Brook Surgery records every patient's name in its original script with one agreed transliteration", "Audit registrations of patients arriving under Homes for Ukraine and merge duplicate records", "Practice Manager", "30-04-2024"),
    ("Every contact about a child's safety with a parent who does not speak English uses a qualified interpreter", "Book Language Line for all such contacts and audit twenty records a quarter", "Designated Safeguarding Leads", "30-06-2024"),
]

CASE = HeldOut(
    reference, case_toml, identifiers, ordinary, involvement, analysis, learning, recommendations,
    header="RESTRICTED: HSCP-2023-07, Child A (Matvii Zhuravel), Upper Lydiatt Farm",
    footer="Zhuravel / Prothero family review, Wharton Ley, HR6 9QZ",
    comment="Check with Nataliia whether she is content for Sofiia's words to Mrs Loxley to be quoted.",
    footnote="Dean Prothero was interviewed under caution on 19/09/2023; Kayleigh Bevan has not been contacted.",
)
