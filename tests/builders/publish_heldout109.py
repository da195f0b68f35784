# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 109): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "KBSP-CSPR-2024-02"

CASE_TOML = """\
reference = "KBSP-CSPR-2024-02"
review = "Child Safeguarding Practice Review"
subject = "Child X"
board = "Keeping Bristol Safe Partnership"
period = { from = "01-06-2022", to = "09-02-2024" }
decision = "07-03-2024"
notification = "12-02-2024"

[[agencies]]
name = "Avon and Somerset Police"
aliases = ["Police", "A&S Police", "ASP"]

[[agencies]]
name = "Bristol City Council Children's Services"
aliases = ["Children's Services", "Bristol Children's Services", "First Response"]

[[agencies]]
name = "Sirona care & health"
aliases = ["Sirona", "School Nursing Service"]

[[agencies]]
name = "Ashdene Park Primary School"
aliases = ["Ashdene Park", "Ashdene Park Primary"]
published_as = "the primary school"

[[agencies]]
name = "Colverdale Health Centre"
aliases = ["Colverdale Surgery"]
published_as = "the GP practice"

[[agencies]]
name = "Fennimore Academy"
aliases = ["Fennimore"]
published_as = "the secondary school"

[[people]]
name = "Ubah Abdiqani Warsame"
aliases = ["Ubah", "Ubah Warsame", "Ubax", "Bubu", "U.W."]
role = "child"
pseudonym = "Child X"
born = "09-07-2017"
address = "Flat 4, 27 Dellbrook Street, Easton, Bristol BS5 0ZQ"

[[people]]
name = "Faadumo Hassan Nuur"
aliases = ["Faadumo", "Fadumo", "Faduma Nur", "Ms Nuur", "Mrs Warsame"]
role = "mother"
pseudonym = "Mother"
born = "14-05-1991"
address = "Flat 4, 27 Dellbrook Street, Easton, Bristol BS5 0ZQ"

[[people]]
name = "Abdiqani Warsame Jama"
aliases = ["Abdiqani", "Abdi", "Abdikani", "Mr Warsame", "Mr Jama"]
role = "father"
pseudonym = "Father"
born = "03-03-1984"
address = "Flat 4, 27 Dellbrook Street, Easton, Bristol BS5 0ZQ"

[[people]]
name = "Mahad Ismail Roble"
aliases = ["Mahad", "Mahad Roble"]
role = "half-brother"
pseudonym = "Sibling 1"
born = "22-10-2007"
address = "Flat 4, 27 Dellbrook Street, Easton, Bristol BS5 0ZQ"

[[people]]
name = "Hodan Hassan Nuur"
aliases = ["Hodan", "Hodan Nuur"]
role = "maternal aunt"
pseudonym = "Maternal Aunt"
born = "30-01-1988"
address = "58 Tollmead Road, Bristol BS2 9WY"

[[staff]]
name = "Rosalind Ashby-Kerr"
role = "Social Worker"
agency = "Bristol City Council Children's Services"

[[staff]]
name = "Naomi Fairweather"
role = "Designated Safeguarding Lead"
agency = "Ashdene Park Primary School"

[[staff]]
name = "Owain Pritchard"
role = "General Practitioner"
agency = "Colverdale Health Centre"

[[staff]]
name = "Róisín Keady"
role = "School Nurse"
agency = "Sirona care & health"

[[staff]]
name = "Lorna Haskins"
role = "Detective Constable"
agency = "Avon and Somerset Police"
"""

IDENTIFIERS = {
    "key_name": [
        "Ubah Abdiqani Warsame", "Ubah", "Ubax", "Warsame", "Warsama", "Oobah",
        "Faadumo Hassan Nuur", "Faadumo", "Fadumo", "Faduma", "Faduma Nur", "Nuur",
        "فاطمة حسن نور", "Abdiqani Warsame Jama", "Abdiqani", "Abdikani", "Abdi-Qani", "Abdi",
        "Cabdiqani", "Jaamac", "عبدالغني ورسمي جامع", "Mahad Ismail Roble", "Mahad", "Mahat",
        "Roble", "Robleh", "Hodan Hassan Nuur", "Hodan",
        "Rosalind Ashby-Kerr", "Ashby-Kerr", "Naomi Fairweather", "Fairweather",
        "Owain Pritchard", "Pritchard", "Róisín Keady", "Róisín", "Roisin", "Keady",
        "Lorna Haskins", "Haskins",
    ],
    "nickname": ["Bubu", "Dumo", "Dheere", "M-Dee", "Petty"],
    "initials": ["U.A.W.", "UAW", "A-Q", "F.H.N.", "FHN", "M.R.", "MIR"],
    "not_in_key": [
        "Brenda Tovey", "Tovey", "Kyle Pettigrew", "Pettigrew", "Liibaan Aadan", "Liibaan",
        "Aadan", "Khadra", "Guuleed", "Sahra", "Geele",
    ],
    "address": [
        "Flat 4, 27 Dellbrook Street", "27 Dellbrook Street", "Dellbrook Street", "Dellbrook St",
        "Flat 12 Kestrel House", "Kestrel House", "Barrowdene Estate", "Barrowdene",
        "58 Tollmead Road", "Tollmead Road", "Tollmead Rd", "Sowerby Close",
    ],
    "postcode": ["BS5 0ZQ", "BS50ZQ", "BS5", "0ZQ", "BS5 7XZ", "7XZ", "BS2 9WY"],
    "agency_place": [
        "Ashdene Park Primary School", "Ashdene Park", "Ashdene", "Colverdale Health Centre",
        "Colverdale", "Fennimore Academy", "Fennimore",
    ],
    "number": [
        "07700 900614", "07700900614", "+44 7700 900227", "0117 496 0382", "07700 900951",
        "612 483 9075", "6124839075", "487 220 6193", "QQ 48 19 27 D", "QQ731604B",
        "faadumo.nuur91@example.com", "r.ashby-kerr@example.org", "@mdee_bs5",
        "tiktok.com/@dumo_bristol", "WU19 KXP", "WX70 HBN",
    ],
    "date_of_birth": [
        "09-07-2017", "09/07/2017", "9th July 2017", "09.07.17", "July 9, 2017",
        "14/05/1991", "14 May 1991", "22.10.2007", "22/10/07", "3 March 1984", "03-03-1984",
    ],
    "other": [
        "Berbera Star Minimarket", "Berbera Star", "Diesel", "Remy line",
        "Hilaac Qur'an School", "Hilaac", "Iftiin Women's Group", "Iftiin",
    ],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children", "Modern Slavery Act 2015",
    "National Referral Mechanism", "Child Safeguarding Practice Review Panel",
    "It was hard to escape", "Keeping Children Safe in Education", "Graded Care Profile 2",
    "Victoria Climbié", "Lord Laming", "Arthur Labinjo-Hughes", "Star Hobson", "Child Q",
    "Bristol Royal Hospital for Children", "NHS Talking Therapies", "sertraline", "PHQ-9",
    "depression", "Childline", "NSPCC", "Mind", "FRANK", "Barnardo's", "cuckooing",
    "county lines", "Child Criminal Exploitation", "Ramadan", "Eid al-Fitr", "Christmas",
    "Hooyo", "Aabo", "Habaryar", "Ayeeyo", "dugsi", "canjeero", "waali", "khat", "Somaliland",
    "Hargeisa", "Section 47", "Section 17", "strategy discussion", "Child in Need", "Early Help",
    "Detective Inspector", "DS", "PCSO", "CAMHS", "return home interview", "Language Line",
    "free school meals", "Healthy Start", "vitamin D", "head lice", "Was Not Brought",
    "XL bully", "Hope", "June 2023", "August",
    "DO NOT USE FAMILY MEMBERS TO INTERPRET",
]

INVOLVEMENT = [
    "At the start of the period under review, in June 2022, Ubah Abdiqani Warsame (Child X, date of birth 09-07-2017) was in the Reception class at Ashdene Park Primary School in Easton. She lived with her mother, Faadumo Hassan Nuur, and her half-brother, Mahad Ismail Roble, then fourteen, at Flat 4, 27 Dellbrook Street, Easton, Bristol BS5 0ZQ, a two-bedroomed flat above the Berbera Star Minimarket. The family had moved there in 2021 from Flat 12 Kestrel House on the Barrowdene Estate (BS5 7XZ) after a long dispute about damp. Ubah's father, Abdiqani Warsame Jama, came to Bristol from Hargeisa in 2006 and has British citizenship; known to friends as Abdi Dheere ('tall Abdi'), he buys and ships used car parts and told the school that he spends 'about half of every year' in Somaliland. In the Somali way Ubah carries her father's first name as her second name and her grandfather's as her third, and her mother has kept her own family name. Ms Nuur was nonetheless addressed in almost every letter from every agency as 'Mrs Warsame', a name she has never used. Mahad's father, Ismail Roble Guuleed, lives in Leicester and has had no contact with him since 2013.",
    "In September 2022 Ubah moved into Year 1. Within three weeks her class teacher had logged that she arrived hungry, asked the lunchtime staff for 'second breakfast', wore the same cardigan every day and had head lice that came back after each letter home. Naomi Fairweather, the Designated Safeguarding Lead, rang Ms Nuur on 07700 900614 on 29 September 2022. Faadumo, who is called Dumo by her sister and friends, said she was 'only tired' and that Mahad got Ubah ready in the mornings; Ubah told her teacher that Hooyo was 'sleeping in the day' and that Mahad made her canjeero when there was flour. Ms Fairweather checked that the family were claiming free school meals and gave the mother a Healthy Start leaflet. The school's admission form, completed in 2021 in Mahad's handwriting, gave the child's name as 'Oobah Warsama' and her date of birth as 09/07/2017; her mother calls her 'Bubu', and the Reception staff had used that name too. Attendance for the first half-term was 84 per cent.",
    "On 18 October 2022 Ms Nuur saw Dr Owain Pritchard at Colverdale Health Centre with low mood, poor sleep and weight loss. Her PHQ-9 score was 19, which is in the range for moderately severe depression. Dr Pritchard prescribed sertraline 50mg and gave her the details of NHS Talking Therapies, which she did not contact. The consultation note reads 'son interpreted - pt reluctant to discuss, says she is not waali'; Mahad, four days short of his fifteenth birthday (date of birth 22.10.2007), had missed a morning at Fennimore Academy to come with her. Ms Nuur told Dr Pritchard that her husband was 'in Hargeisa with his other wife', whom she named as Sahra, and that he sent money when he could. The practice registration holds the mother as 'Faduma Nur', date of birth 14/05/1991, NHS number 487 220 6193, at Dellbrook St. Ubah was registered at the same practice as 'Ubah Warsame' at the old Kestrel House address, so the two records were not linked, and the GP did not know that the patient in front of him was the sole carer of a five-year-old.",
    "On the evening of 25 November 2022 Ms Nuur reported Mahad missing; he had not been seen at school for two days. On 27 November 2022 officers of Avon and Somerset Police found him at an address in Sowerby Close, Bridgwater, with two mobile phones, £340 in cash and eleven wraps of what was later confirmed to be crack cocaine. One of the phones, 07700 900951, was already known to the police as the handset of a county drugs line which intelligence called the 'Remy line'. The officers recorded him as 'Mahat Robleh, DOB 22/10/07'. He was taken home, a referral was made to the National Referral Mechanism, and a return home interview was completed by Barnardo's on 1 December 2022. Mahad told the Barnardo's worker that he owed money to an older man called 'Petty' and that he had been 'sent down to Bridgy' to pay it off. The police missing report described the household as 'mother and son'; Ubah was not mentioned, and neither the primary school nor the GP was told.",
    "On 17 January 2023 Róisín Keady, a school nurse with Sirona care & health, saw Ubah in school at Ms Fairweather's request. Ubah's weight had fallen from the 25th centile at her Reception check to just below the 2nd, she had visible tooth decay in six teeth, untreated eczema on both hands and head lice. Ms Keady advised vitamin D drops, sent a further head lice letter and made a referral to the community dental service. Ubah was recorded as Was Not Brought to dental appointments on 2 February and 9 March 2023. Ms Keady rang the mother's mobile, 07700 900614, three times; on the third attempt Mahad answered and told her that 'Mum is ill, I will tell her', and the nurse recorded 'brother (15) says mum unwell'. The Sirona record gives Ubah's NHS number as 612 483 9075 and her address correctly; it shows no link to Mahad, whose school health record sat with a different team because he attended Fennimore.",
    "On 6 March 2023 the school made a referral to First Response, the front door of Bristol City Council Children's Services, setting out the hunger, lice, weight loss, missed dental care and the mother's tiredness. The referral was accepted for a Child and Family assessment under Section 17 of the Children Act 1989, and Rosalind Ashby-Kerr, a social worker in the east of the city, was allocated. She visited on 14 and 29 March 2023, the second visit falling in the first week of Ramadan. The flat was cold, the fridge held milk and little else, and Ubah slept on a mattress on the floor of her mother's room because Mahad's friends sometimes used the second bedroom. Ms Nuur said she was fasting and that Ubah ate well at school. At the first visit Ms Ashby-Kerr used a Language Line interpreter by telephone; at the second the line failed and Mahad interpreted. Ubah's father took part by WhatsApp video from Hargeisa on +44 7700 900227, said that he would send money and 'come home after Eid', and asked the social worker to call him Abdi. The assessment named the maternal aunt, Hodan Hassan Nuur, of 58 Tollmead Road, Bristol BS2 9WY (0117 496 0382), as the family's main support. Graded Care Profile 2 was not used.",
    "The assessment concluded on 14 April 2023 that Ubah was a Child in Need, and the first Child in Need meeting took place on 20 April 2023, the day before Eid al-Fitr. Ms Fairweather, Ms Keady (minuted as 'Roisin, school nurse') and Hodan attended; Ms Nuur did not, and the minutes record 'F.H.N. unwell, aunt to feed back'. Mr Warsame joined by telephone for ten minutes. The plan asked the mother to take Ubah to the dentist, to restart treatment for the lice and to 'engage with NHS Talking Therapies'. It asked nothing of the father beyond 'continue to support from abroad'. Hodan, whom Ubah calls Habaryar, agreed to do the school run twice a week from Tollmead Rd. In May 2023 Ms Nuur stopped taking sertraline because it made her sleep even more; she did not tell the GP, and no agency asked. Over the same weeks Mahad's own case was held by the council's adolescent service because of Child Criminal Exploitation concerns, under a different social worker, with a separate plan and separate meetings. The two plans were never considered together.",
    "On Tuesday 13 June 2023 a neighbour in the flat opposite, Mrs Brenda Tovey, rang 101 to report young men coming and going at all hours, cannabis smoke on the landing and a large dog on the stairs. A PCSO attended at 13:30 and found Kyle Pettigrew, aged nineteen, in the flat with an XL bully called Diesel, which he said was his. Mr Pettigrew said that he was 'Mahad's mate' and was staying 'a couple of nights'. A grey car, WX70 HBN, registered to Mr Pettigrew's mother, was parked outside. The PCSO also saw a small girl in pyjamas in the doorway of the bedroom; it was a school day. Mrs Tovey told the officer that 'the little one is always in, and the mum never comes out'. An intelligence report was submitted noting possible cuckooing of the address, and it was linked to Mahad's nominal record. Because the report was filed under Mahad, it did not reach Ubah's social worker, and the school, which had recorded Ubah as absent with 'illness' that day, was not told.",
    "Mr Warsame came back to Bristol on 2 July 2023, a week before Ubah's sixth birthday on 9 July. At the second Child in Need meeting on 12 July 2023 he said that he would now stay, that he would take Ubah to the dentist and that he would drive her in his car, WU19 KXP, to the Hilaac Qur'an School on Saturday mornings so that she could start dugsi with her cousins under Macallin Geele. Professionals found him warm, articulate and committed. Ms Nuur was present for the first time and said little; when the social worker asked her, through the father, how she was, the minutes record his answer rather than hers. The Child in Need plan was closed on 26 July 2023 on the basis that 'father is now home and mother is improving', in the hope that the improvement would hold. On 15 August 2023 Mr Warsame flew back to Hargeisa, telling Hodan that his mother, Ubah's Ayeeyo, was unwell. No agency was told that he had gone.",
    "Ubah started Year 2 in September 2023. She was late on most days, her attendance fell to 71 per cent by the October half-term, and she was again seen eating food from other children's plates. She told her class teacher that 'Mahad's friends give me sweets' and that 'the big dog sleeps by my bed'. She had by then learned at dugsi to write her name as her father writes it, Ubax, and signed her drawings that way. On 4 October 2023 Ms Fairweather rang First Response. The contact was recorded as 'information and advice': the duty worker noted that the Child in Need plan had closed in July with father at home, and suggested an Early Help referral. The Early Help offer was sent by email to faadumo.nuur91@example.com, an address the mother told the review she had not opened since 2021. The school was not asked, and did not say, whether the father was still in the country.",
    "On 19 October 2023 Mahad was arrested in Sowerby Close, Bridgwater, for a second time, with wraps of heroin and crack cocaine and the same handset. He raised the statutory defence under section 45 of the Modern Slavery Act 2015, and a positive reasonable grounds decision was made under the National Referral Mechanism. A strategy discussion about Mahad was held on 23 October 2023, chaired by a team manager from the adolescent service and attended by DC Lorna Haskins, a Detective Inspector from the exploitation team and the Fennimore Academy safeguarding lead. DC Haskins reported that Mahad, known on the street as 'M-Dee', posted under the Snapchat name @mdee_bs5 and that the flat had been used by the line since the spring; on each trip Mahad had been driven to Somerset by Liibaan Aadan, a 20-year-old distant cousin of the family. The minutes list 'U. Warsame (sister, 6) - no concerns known', although the school's referral from March and the closed Child in Need plan were on the same case management system under Ubah's name. The strategy discussion agreed a Section 47 enquiry for Mahad. No one was asked about Ubah.",
    "On 14 November 2023 Hodan took her sister back to Colverdale Health Centre. Ms Nuur's PHQ-9 score was now 24. She told Dr Pritchard that she slept for fourteen hours a day, that the money from her husband had stopped and that she had heard from him only once since August, when he rang from a qaad session to say that he would come 'after the rains'; Hodan said that Abdi-Qani chewed khat 'from lunch to sunset' in Hargeisa, as many men there do. Dr Pritchard restarted sertraline, made an urgent referral to the community mental health team and, at Hodan's suggestion, gave the details of the Iftiin Women's Group, which a friend of the sisters, Khadra, helps to run, and a Mind peer support group. Because Mahad had interpreted in October 2022, the practice added an alert to her record in capitals: DO NOT USE FAMILY MEMBERS TO INTERPRET. The mental health referral described the patient as 'lives with son (16)', and CAMHS, the school and Children's Services were not told that a six-year-old was in her sole care.",
    "Ubah did not come to school in the last week before Christmas. On 19 December 2023 the school's family link worker knocked at Dellbrook Street; a young man who was not Mahad opened the door, said 'her Hooyo is sick', and closed it. The school asked the police for a welfare check, and a PC attended that evening. The officer saw Ubah asleep on the mattress and her mother awake, recorded that 'child safe and well, mother has flu', and took no further action. The log gives the mother's mobile as 07700900614 and the child as 'Ubah Warsama, about 6'. Mahad was in Bristol over Christmas; his Section 47 enquiry had concluded with a child protection plan for him, and the child protection conference in early December had recorded his sister's name, but not her needs, in the family composition.",
    "On 16 January 2024 Ms Keady saw Ubah in school again. Her weight was now below the 0.4th centile, several teeth were abscessed and she had been placed on the waiting list for dental treatment under general anaesthetic. Ubah told the nurse that Aabo was 'in Africa' and that she was 'looking after Hooyo'. Ms Keady made a referral to Children's Services the same day, and the case was allocated for a new Child and Family assessment on 30 January 2024. The allocated social worker telephoned Ms Nuur on 2 February and arranged to visit on 12 February. The referral gave Ubah's date of birth in the American order used on her father's airline booking, July 9, 2017, and the system created a new record for her, which was merged only after the events that led to this review.",
    "At 07:50 on Friday 9 February 2024 Hodan arrived to walk Ubah to school and found her unresponsive on the mattress, with her mother asleep beside her. An ambulance took Ubah to the Bristol Royal Hospital for Children, where she was treated in intensive care for two days. Toxicology found cocaine and a benzodiazepine not prescribed to anyone in the household. The hospital recorded her as 'WARSAME, Ubah Abdiqani', date of birth 9th July 2017 (entered on the discharge letter as 09.07.17), NHS number 6124839075. A strategy discussion was held that afternoon, chaired by a Children's Services team manager with a DS from the exploitation team, and Section 47 enquiries began. Kyle Pettigrew was arrested at the flat; Mahad was found two days later in Bridgwater and was placed in supported accommodation outside the city. Ubah recovered and went to live with her aunt at 58 Tollmead Road under a safety plan. Her father returned from Hargeisa on 14 February 2024. The police investigation is continuing and this review makes no finding about how Ubah came to swallow the drugs.",
]

ANALYSIS = [
    "Ubah's neglect was visible at school for seventeen months. She was hungry, infested with lice, losing weight and in pain from her teeth, and every agency that saw her wrote it down. What no agency did was put these things together and ask what daily life in the flat was like for a five- and then six-year-old. Graded Care Profile 2 would have asked exactly that, and it was not used at either assessment. The Child in Need plan set tasks for an adult who was too depressed to carry them out and closed because a father had come home, without asking how long he would stay. Hope is not a plan. The review found that practitioners in the primary school saw U.A.W. more clearly than anyone, and were the least able to make the rest of the system listen.",
    "Ms Nuur's depression was treated as her illness alone. The GP saw her three times and never learned that she was the only adult caring for a young child; the mental health referral described her as living with her son. Dumo told the review, through an independent interpreter, that she had been afraid to say how ill she was because in her community people would say she was waali, mad, and that 'they would take Bubu'. That fear is common and understandable, and it is precisely why professionals must ask about children directly and must not rely on a family member to carry their questions. Mahad, a boy of fourteen and fifteen, interpreted for his mother at the GP and for the social worker at home. The Victoria Climbié inquiry, led by Lord Laming, warned over twenty years ago against using family members, let alone children, as interpreters in safeguarding work.",
    "Mr Warsame's absences shaped the household more than any other fact about it, and no agency planned for them. He was treated as a protective parent on the strength of two appearances, one on a telephone and one in a meeting, and his return was the reason the Child in Need plan closed. Transnational families are ordinary in Easton, and many Somali fathers spend long periods in Somaliland for work, family and ageing parents. The learning is not that such families are a risk but that the question 'who is caring for this child this month?' must be asked again at every contact. Nobody asked where Aabo was in October, November or December 2023. Nobody asked about Sahra or the father's second household, which Ms Nuur had mentioned to her GP in October 2022, or what it meant for the money and attention that reached the flat.",
    "Mahad was a child being criminally exploited, and agencies responded to him as such: there were two return home interviews, an NRM referral, a Section 47 enquiry and a child protection plan. But his exploitation was managed as though he lived alone. The flat where he slept was, from the spring of 2023, used by the people who exploited him, and the police knew this by June 2023. The Child Safeguarding Practice Review Panel's national review, It was hard to escape, asks agencies to look at the places and people around a child at risk of exploitation; here the place was a six-year-old's bedroom. The minutes of October 2023, 'no concerns known' about a sister already subject to a closed Child in Need plan, show how two teams in the same service held two children at one address without ever meeting. The review also heard that Mahad was spoken of in some meetings as an offender rather than a victim; the Child Q review in Hackney warned of exactly this adultification of Black children.",
    "The family's names were written in at least a dozen ways, and each variation broke a link. Ubah was Ubah Warsame, Ubax, Oobah and, in the police log, 'Ubah Warsama'; her mother was Faadumo, Fadumo, Faduma Nur and, on her Somaliland documents, فاطمة حسن نور; her father was Abdiqani, Abdikani, Abdi, A-Q Warsame and, in Somali spelling, Cabdiqani Warsame Jaamac; her brother was Mahad and Mahat, Roble and Robleh. Nobody needed to choose the right spelling: a search on date of birth and postcode would have found every record, but the postcode was entered once as BS50ZQ and once only as BS5, and the child's date of birth in three formats. The mother's initials appear as FHN in one system and F.H.N. in another; Mahad's as M.R. and MIR. Lord Laming described the same failure in 2003, and the national review after the deaths of Arthur Labinjo-Hughes and Star Hobson described it again in 2022.",
]

LEARNING = [
    "Professionals must ask, at every contact, who is looking after the child now. A parent's presence at one meeting is not evidence that they will be present next month. Where a parent is known to travel abroad for long periods, as Ubah's father did to Hargeisa, the plan should say who will care for the child when they are away, and agencies should agree how they will learn that a parent has gone. Working Together to Safeguard Children is clear that assessments should consider the whole household and how it changes over time.",
    "Children must never be used as interpreters in health or safeguarding work, and family members should not be used where a child's welfare is in question. Language Line and face-to-face Somali interpreters were available throughout this period. Practitioners should record the language each adult prefers, should book an interpreter for every contact, and should see and speak to a parent alone where there are concerns about their mental health. The GP practice's alert, DO NOT USE FAMILY MEMBERS TO INTERPRET, came a year too late; it should be standard for every patient who needs an interpreter.",
    "When a parent has depression, adult services must ask about children in the household, and children's services must ask about the parent's treatment. A PHQ-9 score of 19 and then 24, in a mother who was the sole carer of a young child, should have led the GP to ask who was caring for Ubah, and to share that with the school or with Children's Services with her consent or, if necessary, without it. Keeping Children Safe in Education expects schools to share concerns about neglect; the school did so repeatedly, and the learning is that health services should share back.",
    "Where a young person is criminally exploited, agencies must assess every child in the home. Cuckooing puts younger siblings at direct risk from drugs, weapons, dogs and adults the family does not know. Police intelligence about an address should be shared with the social workers for every child who lives there, not only the child whose nominal record it is linked to. The adolescent service and the children in need service should hold one joint meeting whenever two plans are open for children at one address, and strategy discussions about exploitation should check the records of siblings before recording 'no concerns known'.",
    "Faith and community settings can help. The dugsi that Ubah attended on Saturdays, and the Iftiin Women's Group that Ms Nuur was later told about, were places where adults saw her and her mother regularly and where a Somali-speaking adult might have been the first to notice. Partners should work with Somali community organisations in Easton, and with NSPCC, Childline and FRANK resources in Somali, so that mothers in Ms Nuur's position know that asking for help with depression will not mean losing their children, and so that families know the signs of county lines.",
]

RECOMMENDATIONS = [
    ("Bristol City Council Children's Services should require every Child and Family assessment where neglect is suspected, as it was for Ubah Warsame, to use Graded Care Profile 2 and to record who cares for the child when each parent is absent",
     "Amend the assessment template and audit 25 neglect assessments", "Head of Service, Children's Services", "30-09-2024"),
    ("All partners should stop using children and family members as interpreters, as happened when Mahad interpreted for his mother at Colverdale Health Centre and at home",
     "Issue joint interpreting guidance and add an interpreter field to GP and social care records", "Designated Nurse for Safeguarding Children", "31-07-2024"),
    ("Avon and Somerset Police and Children's Services should share intelligence about suspected cuckooing with the social workers and schools of every child at the address, including younger siblings",
     "Revise the exploitation information-sharing protocol and check sibling records at every strategy discussion", "Detective Inspector, Exploitation Team", "30-06-2024"),
    ("The partnership should make sure that searches for a child find every spelling of the family's names, such as Ubax, Oobah and Warsama, by searching on date of birth and postcode",
     "Agree a multi-agency search standard and train First Response staff", "Partnership Business Manager", "31-10-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | KBSP-CSPR-2024-02 | Ubah WARSAME ('Bubu'), UAW, DOB 09/07/2017 | Flat 4, 27 Dellbrook Street, Easton BS5 0ZQ | Draft v4",
    footer="Author: Rosalind Ashby-Kerr, r.ashby-kerr@example.org | Mother: Faadumo Hassan NUUR, 14 May 1991, tiktok.com/@dumo_bristol, NI QQ731604B | not for circulation",
    comment="NF: Hodan says Petty had a key to Dellbrook St from June and Liibaan Aadan drove Mahad to Bridgwater; Khadra from the Iftiin group saw Ubah at Hilaac in Jan. Check with DC Haskins before panel. Also Geele (dugsi teacher) not yet contacted.",
    footnote="Somaliland passport: CABDIQANI WARSAME JAAMAC (عبدالغني ورسمي جامع), born 3 March 1984 (03-03-1984 on the UK record), NI number QQ 48 19 27 D; Barrowdene flats were 7XZ.",
)
