# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 113): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CSCP-CSPR-2024-02"

CASE_TOML = """\
reference = "CSCP-CSPR-2024-02"
review = "Child Safeguarding Practice Review"
subject = "Child S"
board = "Coventry Safeguarding Children Partnership"
period = { from = "05-09-2022", to = "17-02-2024" }
decision = "14-03-2024"
notification = "19-02-2024"

[[agencies]]
name = "West Midlands Police"
aliases = ["WMP", "Police"]

[[agencies]]
name = "Coventry City Council Children's Services"
aliases = ["Coventry Children's Services", "Children's Services", "MASH"]

[[agencies]]
name = "Coventry and Warwickshire Partnership NHS Trust"
aliases = ["CWPT", "Health Visiting Service", "School Nursing"]

[[agencies]]
name = "Hollinsmoor Primary School"
aliases = ["Hollinsmoor Primary"]
published_as = "the primary school"

[[agencies]]
name = "Harkness Park Academy"
published_as = "the secondary school"

[[agencies]]
name = "Pelham Croft Surgery"
aliases = ["Pelham Croft"]
published_as = "the GP practice"

[[people]]
name = "Spogmai Zadran"
aliases = ["Spogmai", "Spozhmai", "Spogi", "S.Z."]
role = "child"
pseudonym = "Child S"
born = "11-06-2016"
address = "63 Quenby Road, Foleshill, Coventry CV6 7LT"

[[people]]
name = "Bibi Hawa"
aliases = ["Hawa Zadran", "Hawa", "Mrs Zadran"]
role = "mother"
pseudonym = "Mother"
born = "01-01-1987"
address = "63 Quenby Road, Foleshill, Coventry CV6 7LT"

[[people]]
name = "Abdul Wali Zadran"
aliases = ["Wali", "Abdulwali Zadran", "Mr Zadran", "A.W.Z."]
role = "father"
pseudonym = "Father"
born = "01-01-1982"
address = "63 Quenby Road, Foleshill, Coventry CV6 7LT"

[[people]]
name = "Malalai Zadran"
aliases = ["Malalai", "Malalay", "Lali"]
role = "sibling"
pseudonym = "Sibling 1"
born = "03-09-2008"
address = "63 Quenby Road, Foleshill, Coventry CV6 7LT"

[[people]]
name = "Samiullah Zadran"
aliases = ["Samiullah", "Sami"]
role = "sibling"
pseudonym = "Sibling 2"
born = "22-04-2013"
address = "63 Quenby Road, Foleshill, Coventry CV6 7LT"

[[people]]
name = "Ahmad Shah Zadran"
aliases = ["Ahmad Shah"]
role = "sibling"
pseudonym = "Sibling 3"
born = "14-05-2023"
address = "63 Quenby Road, Foleshill, Coventry CV6 7LT"

[[people]]
name = "Gul Rahman Zadran"
aliases = ["Gul Rahman"]
role = "paternal uncle"
pseudonym = "Paternal Uncle"
address = "41 Wendlebury Avenue, Alum Rock, Birmingham B8 3QW"

[[staff]]
name = "Rhiannon Tebbutt"
role = "Social Worker"
agency = "Coventry City Council Children's Services"

[[staff]]
name = "Bethan Moorcroft"
role = "Health Visitor"
agency = "Coventry and Warwickshire Partnership NHS Trust"

[[staff]]
name = "Deborah Askew"
role = "Designated Safeguarding Lead"
agency = "Hollinsmoor Primary School"

[[staff]]
name = "Zoë Fairclough"
role = "General Practitioner"
agency = "Pelham Croft Surgery"

[[staff]]
name = "Ravinder Sohal"
role = "Detective Constable"
agency = "West Midlands Police"
"""

IDENTIFIERS = {
    "key_name": [
        "Spogmai Zadran", "Spogmai", "Spozhmai", "Spugmai", "SPOGMAI ZADRAN", "سپوږمۍ",
        "Zadran", "ZADRAN", "Zadraan", "ZADRAAN", "Zadrān", "ځدراڼ",
        "Malalai", "Malalay", "Malali", "ملالۍ", "Bibi Hawa", "Hawa", "Hauwa",
        "Abdul Wali Zadran", "Abdulwali", "Wali", "Samiullah", "Ahmad Shah", "Gul Rahman",
        "Rhiannon Tebbutt", "Tebbutt", "Bethan Moorcroft", "Moorcroft", "Deborah Askew",
        "Askew", "Zoë Fairclough", "Fairclough", "Ravinder Sohal", "Sohal",
    ],
    "nickname": ["Spogi", "Sophie", "Lali", "Sami", "Shahji", "Hekmat"],
    "initials": ["S.Z.", "SZ", "S-Z", "M.Z.", "AWZ", "A-W", "B.H."],
    "not_in_key": [
        "Hekmatullah", "Nazo", "Pauline Gorringe", "Gorringe", "Kiran Dosanjh", "Dosanjh",
        "Okafor", "Kirsty Mottram", "Mottram", "Liam Oakes", "Oakes", "Farid Popal", "Popal",
        "Habibullah", "Zalmai Noorzai", "Noorzai",
    ],
    "address": [
        "Flat 4, 27 Tamberlin Street", "Tamberlin Street", "Tamberlin St", "63 Quenby Road",
        "Quenby Road", "Quenby Rd", "Brackenhurst estate", "Brackenhurst", "Foleshill",
        "41 Wendlebury Avenue", "Wendlebury Avenue", "Alum Rock", "Ravensholt Hotel",
    ],
    "postcode": ["CV6 5QZ", "CV65QZ", "CV6", "5QZ", "CV6 7LT", "7LT", "B8 3QW"],
    "agency_place": [
        "Hollinsmoor Primary School", "Hollinsmoor", "Harkness Park Academy", "Harkness Park",
        "Pelham Croft Surgery", "Pelham Croft",
    ],
    "number": [
        "07700 900614", "07700900287", "+44 7700 900731", "01632 960478", "01632 960392",
        "721 384 5590", "7213845590", "485 902 3317", "QQ 73 21 58 D", "Z4419273",
        "1401-0512-33871", "a.wali.zadran@example.com", "lali.z08@example.net",
        "r.tebbutt@example.org", "@lali.zadran08", "facebook.com/abdulwali.zadran.5",
        "@paghman_kebabs_cov", "FY68 KZR",
    ],
    "date_of_birth": [
        "11/06/2016", "11.06.16", "11th June 2016", "June 11, 2016", "11-06-2016",
        "01/01/1987", "1st January 1982", "03.09.2008", "3 September 2008", "14/05/2023",
    ],
    "other": [
        "Paghman Kebab House", "Zargul", "Gharmi Kalay", "Spin Ghar Afghan Community Association",
        "Masjid-e-Rahimiya",
    ],
}

ORDINARY = [
    "Children Act 1989", "Section 47", "Section 17", "Section 20",
    "Working Together to Safeguard Children", "Forced Marriage Unit",
    "Forced Marriage Protection Order", "Marriage and Civil Partnership (Minimum Age) Act 2022",
    "Mental Health Act 1983", "Karma Nirvana", "Daniel Pelka", "Victoria Climbié",
    "Afghan Relocations and Assistance Policy", "ARAP", "Operation Pitting", "Home Office",
    "PTSD", "sertraline", "prazosin", "Freedom from Torture", "Language Line", "Dari", "Pashto",
    "Pashtunwali", "walwar", "nikah", "kozhdan", "shirini khori", "Plar", "Mor", "Kaka", "wera",
    "khapa", "namus", "ghairat", "tazkira", "tashakor", "Eid al-Adha", "Ramadan", "Helmand",
    "Taliban", "Hope", "Faith", "Summer term", "in March 2023", "PC", "DS", "MASH", "CPOMS",
    "Operation Encompass", "DASH", "Talking Therapies", "Child in Need", "strategy discussion",
    "EAL", "Afghan Citizens Resettlement Scheme", "University Hospital Coventry", "Birmingham Children's Hospital",
    "PASHTO INTERPRETER ONLY - NOT DARI",
]

INVOLVEMENT = [
    "Abdul Wali Zadran worked as an interpreter for British forces in Helmand between 2009 and 2013. After the Taliban took Kabul the family was evacuated during Operation Pitting on 24 August 2021 under the Afghan Relocations and Assistance Policy (ARAP), and the Home Office placed them in bridging accommodation at the Ravensholt Hotel in Coventry, where they stayed for just over a year. The household was Mr Zadran, his wife Bibi Hawa and their three children: Malalai, then 12, Samiullah, then 8, and Spogmai Zadran (Child S), then 5. As is common for Afghan arrivals without birth certificates, the Home Office gave both adults a birthday of 1 January; Bibi Hawa's biometric residence permit records her as born on 01/01/1987 and her husband's as born on 1st January 1982. Home Office papers (reference Z4419273) spell the family name ZADRAAN. The council's resettlement team needed a surname for the housing system and recorded the mother as 'Hawa Zadran', and it is under that name that she appears in most agency records. Mr Zadran speaks fluent English as well as Dari and Pashto; his wife speaks Pashto only and did not go to school in Afghanistan. The family comes from a village called Gharmi Kalay, and Mr Zadran later told his GP that he had been detained and beaten by the Taliban in 2020 because of his work for the British.",
    "On 5 September 2022 the family moved from the hotel to a three-bedroomed flat at Flat 4, 27 Tamberlin Street, Foleshill, Coventry CV6 5QZ, on the Brackenhurst estate. A resettlement caseworker completed the school admission forms the same week. Spogmai started in Year 2 at Hollinsmoor Primary School on 12 September 2022 and Samiullah, known to everyone as Sami, in Year 5; Malalai started Year 9 at Harkness Park Academy. The primary school's form gave Spogmai's date of birth as 11/06/2016 and her home language as 'Farsi/Dari'. This was wrong. The children's first language is Pashto, and although Malalai and Sami had picked up some Dari at school in Kabul, Spogmai spoke none. The school's EAL coordinator realised this within a fortnight, but the error was never corrected on the school's information system, and every interpreter the school booked through the council's framework during that first year spoke Dari. Spogmai asked her class teacher to call her Sophie, 'like the girl in the book', and she appears in the register notes as 'Spogmai (Sophie)'; at home she was Spogi. The contact numbers given were the flat's landline, 01632 960478, and Mr Zadran's mobile, 07700 900614, and letters from the council were sent by email to a.wali.zadran@example.com.",
    "Mr Zadran registered the family at Pelham Croft Surgery on 3 October 2022. At his new patient review on 19 October 2022 Dr Zoë Fairclough recorded that he had nightmares most nights, that he 'sees the faces of his friends who were killed', that he was startled by fireworks and slamming car doors and that he slept with the light on. She diagnosed post-traumatic stress disorder (PTSD), started sertraline 50mg and referred him to NHS Talking Therapies. The record notes 'wife present - pt interpreted for her'. His NHS number is recorded as 485 902 3317 and his NI number as QQ 73 21 58 D. Talking Therapies assessed him by telephone in December 2022 and wrote to the GP that his needs were 'too complex for step 2' and that a trauma-focused service would be more suitable; Dr Fairclough then referred him to Freedom from Torture, which placed him on its waiting list. She did not record who lived in the household, and the practice system did not link Mr Zadran's record with his children's, which had been registered with the address typed as '27 Tamberlin St, Flat 4' and, for Spogmai, with the postcode run together as CV65QZ.",
    "Bibi Hawa was expecting her fourth child. On 17 January 2023 the health visitor, Bethan Moorcroft, made an antenatal contact at the flat. She had booked a Language Line telephone interpreter for Dari, as the midwifery referral asked; Bibi Hawa could follow little of it, and Malalai, then 14, came home from school at lunchtime and interpreted for the rest of the visit. Ms Moorcroft recorded that the mother was 'tearful, low in mood, says she is khapa', and that Malalai had said her father 'fights in his sleep' and kept a kitchen knife under his pillow because 'in Afghanistan they came at night'. Ms Moorcroft completed the routine enquiry about domestic abuse with Malalai interpreting and recorded the answer as 'denied'. She wrote to the GP about the mother's mood and put a flag on the health visiting record: PASHTO INTERPRETER ONLY - NOT DARI. The flag was not copied to the school nursing record, which covered Spogmai and Sami, because the two services used separate systems. Ms Moorcroft also noted a caged grey partridge on the balcony, which the children called Zargul, and that Mr Zadran spent much of the day sitting out there with it.",
    "At 02:40 on Wednesday 8 March 2023 a neighbour in the flat above, Mrs Pauline Gorringe, rang West Midlands Police to report screaming and breaking glass. PC Liam Oakes and a colleague attended. Mr Zadran was dazed and had a deep cut to his right hand; he said he had woken believing that the Taliban were at the door and had put his fist through the glass panel of the kitchen door. Bibi Hawa and the three children were locked in the bathroom. Mr Zadran interpreted for his wife, who was recorded as saying that nothing had happened to her. PC Oakes completed a DASH risk assessment, graded it standard and recorded the incident as 'domestic - no offences, mental health'. The children were not spoken to. An Operation Encompass notification reached Hollinsmoor at 08:15, naming the child as 'Spugmai Zadraan, 11.06.16'. The designated safeguarding lead, Deborah Askew, checked in with Spogmai, who told her in English: 'Plar was fighting the bad men. Mor and me and Lali hid.' Mrs Askew recorded this on CPOMS and rang the MASH for advice. She was told that the police would share the incident themselves, and no referral was made; by the end of the day the MASH had logged the notification as 'information only'.",
    "Ahmad Shah Zadran was born at University Hospital Coventry on Sunday 14 May 2023; the discharge letter gives his date of birth as 14/05/2023 and his parents called him Shahji. At the new birth visit on 24 May 2023 Ms Moorcroft used a Pashto interpreter by telephone for the first time, while Mr Zadran was out collecting a prescription. Through the interpreter Bibi Hawa said that her husband 'does not know his family at night', that he had twice taken hold of her by the throat while he was asleep, and that 'he is not a bad man, he is sick'. She said that the children slept in one room and that she now often slept with them. Ms Moorcroft recorded that the mother denied that the children had been hurt, gave her the number of the national domestic abuse helpline, and wrote to Dr Fairclough the same day asking for a review of the father's treatment. She did not refer to children's services, and she told the review that she had understood the father's behaviour as a health matter. Her record holds the mother's mobile as 07700900287; Mr Zadran later told the social worker that he kept that phone himself because his wife could not read English texts.",
    "In June 2023 Malalai told her friend Kiran Dosanjh that she was to be engaged that summer to her cousin Hekmatullah, the 23-year-old son of her father's brother, Gul Rahman Zadran, whom the children call Kaka, the Dari word for a father's brother, and his wife Nazo, of 41 Wendlebury Avenue, Alum Rock, Birmingham B8 3QW. Hekmatullah had arrived in the United Kingdom in 2022 and lived with his parents. Kiran told Malalai's form tutor, Mrs Okafor, and on Monday 10 July 2023 Harkness Park Academy referred to the MASH. The referral quoted Malalai as saying that the kozhdan would be in August, that 'the walwar is already agreed' and that the nikah would be 'when I finish Year 11'. A photograph of Malalai wearing a ring had been posted on TikTok from the account @lali.zadran08, which had been set up with the email address lali.z08@example.net; the academy also held her own mobile, +44 7700 900731. A strategy discussion was held by telephone on 12 July 2023 with DS Kirsty Mottram of West Midlands Police, and the Forced Marriage Unit was consulted. It was agreed that the threshold for Section 47 enquiries was not met, because no date had been set, and that a Child and Family assessment should be completed under Section 17 of the Children Act 1989. The referral listed all four children, with Spogmai's date of birth as 11th June 2016, but the assessment was opened for Malalai alone.",
    "Rhiannon Tebbutt, a social worker in the Coventry Children's Services assessment team, visited the family at Tamberlin Street on 18 July and 9 August 2023. On both visits Mr Zadran interpreted for his wife. He told Ms Tebbutt that the engagement was a family promise only, that in a Pashtun family a girl's engagement to a cousin 'protects her', and that he knew the Marriage and Civil Partnership (Minimum Age) Act 2022 meant no marriage of any kind could take place before Malalai was 18. He described the walwar as 'a gift, not a price'. He said that under Pashtunwali a father must guard his daughter's namus, and that in Coventry, far from his tribe, he had no other way to do so. The kozhdan planned for August did not take place; Mr Zadran said it had been put off because his brother had been unwell since Eid al-Adha. Ms Tebbutt saw Malalai alone at school on 20 July 2023 with a Pashto interpreter, and Malalai said that she did not want to marry but did not want her father 'to get ill again'. The social worker gave her the numbers of Karma Nirvana and the Forced Marriage Unit. Spogmai was at home on both visits and was described as 'a bright, chatty little girl who showed me the bird'; she was not spoken to. The assessment was completed on 14 September 2023 and recommended a Child in Need plan for Malalai, with the aim of 'building trust with the father'.",
    "Spogmai moved into Year 3 in September 2023. On 21 September her class teacher recorded on CPOMS that she was falling asleep in lessons and had fingertip bruising on her left upper arm. Asked about it, she said 'Plar holds me in the night' and, when the teaching assistant asked why, 'because wera'. The EAL coordinator recognised wera as the Pashto word for fear, and the entry was amended to read 'S says she is frightened at night'. Mrs Askew raised the entry with Ms Tebbutt at the first Child in Need meeting on 3 October 2023. The minutes record that 'younger sibling S.Z. is sleeping in parents' bed due to nightmares, dad has PTSD and is under the GP, bruising explained'. Nobody asked whether the nightmares were Spogmai's or her father's. Spogmai's attendance had been 96% in the Summer term; by the October half-term it had fallen to 88%. The school nurse, who is also employed by Coventry and Warwickshire Partnership NHS Trust, was not invited to the meeting, did not know about the police call-out and held Spogmai's record under 'Spozhmai Zadran' with the old address.",
    "On Monday 16 October 2023 Mr Zadran saw Dr Fairclough again. He said that his nightmares were worse, that he woke 'already fighting', and that in his sleep he had struck the wall and 'once my small daughter, but not hard'. Dr Fairclough increased the sertraline to 100mg and, on the advice of a consultant psychiatrist at the Trust, added prazosin for the nightmares. She made an urgent referral to the Trust's adult community mental health team, which put him on an eighteen-week waiting list. Her entry reads 'hit wall + ?dtr in sleep, not intentional, wife supportive, no safeguarding concerns'. Dr Fairclough told the review that she had understood the family to be known to children's services because of the older daughter and had assumed that this was being managed; she did not contact the social worker. Freedom from Torture offered Mr Zadran an assessment in November 2023, but its letter went to Tamberlin Street after the family had moved and was returned marked 'not known at this address'. The practice summary, headed AWZ, still carried the note 'interpreter not needed'.",
    "On 1 November 2023 the family moved to a four-bedroomed council house at 63 Quenby Road, Foleshill, CV6 7LT, about half a mile away. The change of address reached the schools and the GP but not the adult mental health team. On Saturday 25 November 2023 the shirini khori, the Dari name the family used for the engagement party, was held at Gul Rahman's house in Alum Rock; Mr Zadran's friend Zalmai Noorzai drove the family there in his car, FY68 KZR. Photographs appeared the next day on a public Facebook page, facebook.com/abdulwali.zadran.5, and on the Instagram account @paghman_kebabs_cov of Paghman Kebab House on Foleshill Road, where Hekmatullah worked. On Tuesday 28 November 2023 Malalai told Mrs Okafor that the nikah would take place in Birmingham during the Easter holiday, at the end of Ramadan, that an imam, Mawlawi Habibullah, had agreed to perform it, and that her father had told her that if she refused she would shame his ghairat in front of his brother. She said she would run away before she married Hekmat. A strategy discussion was held on 29 November 2023, chaired by a MASH team manager with DS Mottram, and Section 47 enquiries began. The local authority applied for a Forced Marriage Protection Order, which was granted without notice on 1 December 2023 against both brothers. Malalai asked not to go home and was accommodated with foster carers under Section 20 of the Children Act 1989, with her mother's agreement given through a Pashto interpreter.",
    "Every agency described Mr Zadran in December 2023 as 'devastated'. He told Ms Tebbutt that he had lost his daughter and his namus, that his brother would no longer speak to him, and that men at the Masjid-e-Rahimiya were saying he had given his daughter to the government. He stopped taking his sertraline. He missed his first appointment with the community mental health team on 4 January 2024 because the letter went to the old address, and the team discharged him to the GP after a second missed appointment on 18 January 2024. At Ahmad Shah's eight-month review on 11 January 2024 Ms Moorcroft used a Pashto interpreter. Bibi Hawa said that Spogmai now slept between her and her husband 'because she is frightened since Lali went', that he 'does not know us at night' and that she was afraid for Spogmai. Ms Moorcroft wrote to the GP again and telephoned the MASH, where the call was recorded as 'information for allocated worker' against the name 'Hauwa Zadran'. The message was forwarded to Ms Tebbutt by email and was still unread in her inbox when she began a period of leave on 19 January 2024.",
    "In January 2024 Spogmai drew a picture in class of a man with a gun standing over a bed and told the teaching assistant that 'Plar sees Taliban in our room'. The school logged the drawing on CPOMS and asked Mr Farid Popal, a family support worker at the Spin Ghar Afghan Community Association who sometimes helped the school with Pashto, to speak to the mother. Mr Popal reported that Bibi Hawa had said the family was 'fine, tashakor' and that the father was 'a good man who worked for the British'. At the Child in Need review on Tuesday 23 January 2024, chaired in Ms Tebbutt's absence by a senior practitioner, Mr Zadran attended alone; his wife stayed at home with the baby. The minutes say that the younger children were 'well cared for' and that the plan for Malalai was working. It was agreed that the Child in Need plan would stay open for Malalai only and that the father would be 'encouraged to re-engage with mental health'. Neither the health visitor's call nor the drawing was discussed. No agency had seen Spogmai alone since the police call-out in March 2023, and no professional had ever spoken to her in Pashto.",
    "At 03:05 on Saturday 17 February 2024 Bibi Hawa rang 999 from 63 Quenby Road. The call handler used Language Line; no Pashto interpreter was free and the call was connected to a Dari interpreter, who understood that a child had fallen. The ambulance crew found Spogmai unconscious on the floor of her parents' bedroom with a head injury. She was taken to University Hospital Coventry and transferred that morning to Birmingham Children's Hospital, where scans showed a skull fracture and a subdural haematoma. Mr Zadran told the crew that she had fallen from the bed. Later that morning, through a Pashto interpreter and with her husband out of the room, Bibi Hawa told DC Ravinder Sohal that her husband had woken shouting, had taken hold of Spogmai and thrown her against the wall, and that 'he did not know her'. Mr Zadran was arrested and was later detained under section 2 of the Mental Health Act 1983. The hospital recorded the child as SPOGMAI ZADRAN, born June 11, 2016, NHS number 721 384 5590, and the interpreter wrote her name on the ward note as سپوږمۍ ځدراڼ. Spogmai is making a slow recovery. Sami and the baby went with their mother to a refuge. The police investigation continues, and this review makes no finding about how Spogmai was injured.",
]

ANALYSIS = [
    "Language runs through every part of this case. The family's language is Pashto, but for most of the period agencies booked Dari interpreters, because a resettlement form said 'Farsi/Dari' and no one corrected it. Where no interpreter was booked, family members interpreted: the father, who had been a professional interpreter and so seemed the obvious choice, translated his wife's words about his own behaviour at the GP, at the police call-out and on every social work visit; Malalai, at 14, interpreted her mother's answer to the domestic abuse enquiry; and a community worker who knew the father was asked to speak to the mother about Spogmai's drawing. Working Together to Safeguard Children is clear that family members should not interpret in safeguarding work. Coventry has learned this before: the review into the death of Daniel Pelka found that his mother's account was accepted and his own voice was not heard, partly because of language. The health visitor's flag, PASHTO INTERPRETER ONLY, was the right response, but it lived on one system only.",
    "Once the concern about Malalai's marriage arose, every agency's attention went to her, and her younger sister became part of the background. The referral in July 2023 named all four children, but the assessment was opened for Malalai alone; Spogmai was seen twice and described as chatty, but nobody asked her anything. She had told the school in March 2023 that her father fought bad men at night, and in September 2023 that 'Plar holds me in the night' because of wera, fear, and she drew the man with the gun in January 2024. Her words were recorded, translated and then tidied: 'because wera' became 'frightened at night', and 'fingertip bruising' became 'bruising explained'. The Victoria Climbié inquiry described children who were seen but not spoken to. Spogmai was spoken to, in a language she was still learning, and what she said was not put to anyone who could act on it.",
    "Mr Zadran's PTSD was treated throughout as a health matter. The GP, the health visitor and the police each knew part of what happened at night: the knife under the pillow, the hand through the glass, the grip on his wife's throat, the admission that he had once struck his small daughter in his sleep. Each wrote to another health professional. None put these together with the sleeping arrangements, which changed so that Spogmai, at seven, slept beside a man who woke 'already fighting'. Hope that treatment would soon begin stood in for a plan: Talking Therapies passed him on, Freedom from Torture's letter was returned, and the community mental health team discharged him after two letters to an address he had left. Hope is not a safety plan. A parent's trauma does not make him a risk to his children, and most of the many Afghan families resettled under ARAP are loving and safe, but when an adult is violent while asleep the question of where the children sleep is a safeguarding question.",
    "Professionals were anxious to respect the family's culture, and several told the review that they had not wanted to appear to judge. Mr Zadran explained the engagement through Pashtunwali, the walwar as a gift and the kozhdan as a promise, and the social worker accepted his account. The law was plain: since February 2023 it has been an offence to cause a child to enter any marriage, including a religious nikah that is not registered. The Forced Marriage Protection Order was the right response once the date was set. But nobody considered what the order, and Malalai's departure, would mean for a father whose sense of himself rested on namus and ghairat, who had lost his country, his tribe and now, as he put it, his daughter, and whose younger daughter was sleeping in his bed. Honour-based abuse and parental mental illness were held in different parts of the system and were never looked at together.",
    "The family's names were written in many ways: Zadran, Zadraan and ZADRAAN, and Zadrān on a British Red Cross tracing letter, with ځدراڼ in Pashto script on the hospital note; Spogmai, Spozhmai, Spugmai, Sophie and Spogi; Malalai, Malalay and, at the GP, Malali, written ملالۍ on her tazkira; and the mother as Bibi Hawa, Hawa Zadran, Hauwa Zadran and, in the Early Help notes, B.H.; the father was Abdul Wali Zadran to the Home Office and Abdulwali Zadran on the tenancy. The initials S.Z., SZ and S-Z, M.Z. and A-W all appear. Malalai's date of birth was 03.09.2008 on the Home Office papers but 3 September 2008 on the academy's system, and her tazkira (number 1401-0512-33871) gives only her year of birth in the Afghan solar calendar; the adults' dates were the Home Office's 1 January. Searching on address would have linked these records, but the family moved twice and the police, the MASH and the school nurse each held a different address. Coventry's MASH had no way to search across spellings.",
]

LEARNING = [
    "Agencies must record the language each member of a family actually speaks, and correct it everywhere once an error is found. Pashto and Dari are different languages; a Pashto speaker with no schooling may follow little Dari, and the reverse is also true. An interpreter flag held on one system protects no one on another. Family members, and above all children, must not interpret in safeguarding conversations, and a parent who is himself a trained interpreter is no exception when the conversation concerns his own behaviour.",
    "When a child is the subject of a forced marriage concern, her brothers and sisters are part of the assessment. The multi-agency statutory guidance on forced marriage, the Forced Marriage Unit and Karma Nirvana all advise that younger siblings may be at risk of the same plans or of the family's reaction when an older child is protected. Practitioners should plan for what happens at home after a Forced Marriage Protection Order is made or a child is accommodated, including the effect on a parent's mental health, and should see the other children alone.",
    "Parental PTSD with violence during sleep must be shared with children's services, not only with other health staff. GPs, health visitors and police should ask who sleeps where and should record the answer. Families resettled under ARAP and the Afghan Citizens Resettlement Scheme often carry severe trauma and wait a long time for specialist help; services must make sure that appointment letters follow a family who moves, and that a patient who misses appointments because he never received them is not simply discharged.",
    "Faith and community organisations can help families to trust professionals, but a community worker is not an interpreter and is not neutral. The Spin Ghar Afghan Community Association, the Masjid-e-Rahimiya and other Afghan organisations in the city should be invited to work with the partnership on forced marriage and on parental mental health, including during Ramadan and Eid, and their staff should be offered training on when to share a concern. Faith leaders can say things to a father that professionals cannot.",
    "A child's words must reach the people making decisions in the words the child used. The notes on CPOMS, the health visitor's call to the MASH and the drawing were all recorded in good time; none reached the Child in Need review. Where a child uses a word from her own language, such as wera, the record should keep it alongside its meaning. The MASH should not log a call from a health visitor about a younger child as 'information only' against an older sibling's open case.",
]

RECOMMENDATIONS = [
    ("Coventry City Council Children's Services, Coventry and Warwickshire Partnership NHS Trust and Hollinsmoor Primary School should record the language and dialect spoken by each adult and child, and share any correction, so that a Pashto-speaking mother such as Bibi Hawa is never again offered a Dari interpreter",
     "Add a mandatory language and dialect field to the MASH referral form and the school admission form; audit interpreter bookings for Afghan families", "Partnership Business Manager", "30-09-2024"),
    ("Assessments prompted by forced marriage concerns must include every child in the household, as Spogmai should have been included alongside Malalai Zadran, and must plan for the family's response to protective action",
     "Revise the forced marriage practice guidance and brief assessment team managers", "Head of Service, Children's Services", "31-07-2024"),
    ("GPs and health visitors who learn that a parent is violent while asleep should refer to the MASH and ask where the children sleep, as Dr Fairclough and Ms Moorcroft did not",
     "Issue a seven-minute briefing on parental PTSD and night-time violence to all practices and health visiting teams", "Designated Nurse for Safeguarding Children", "31-10-2024"),
    ("The MASH and West Midlands Police should search all spellings of a family's names, such as Zadran, Zadraan and Zadrān, together with previous addresses such as Tamberlin Street",
     "Update the MASH search protocol and train all MASH staff and police researchers", "Detective Inspector, MASH", "31-05-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | CSCP-CSPR-2024-02 DRAFT v2 | Spogmai ZADRAN ('Spogi'), DOB 11-06-2016, 63 Quenby Rd, Foleshill CV6 7LT (prev. CV6, 5QZ)",
    footer="Author: Rhiannon Tebbutt, r.tebbutt@example.org | Hollinsmoor DSL D. Askew 01632 960392 | Family: the Zadrans, Quenby Road | Page 4 of 31",
    comment="RT: Lali says Gul Rahman and Hekmatullah were at Quenby Rd on the 16th - check with DC Sohal before panel. Zalmai's car again? Tazkira 1401-0512-33871 puts her at 16, not 15.",
    footnote="Home Office papers spell the name ZADRAAN and the mother 'Hauwa Bibi'; Pelham Croft Surgery holds Spogmai under NHS number 7213845590, postcode 7LT missing.",
)
