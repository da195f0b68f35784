# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 108): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "OSCP-2024-031"

CASE_TOML = """\
reference = "OSCP-2024-031"
review = "Child Safeguarding Practice Review"
subject = "Child R"
board = "Oldham Safeguarding Children Partnership"
period = { from = "01-09-2021", to = "27-11-2023" }
decision = "19-12-2023"
notification = "28-11-2023"

[[agencies]]
name = "Greater Manchester Police"
aliases = ["GMP", "Police"]

[[agencies]]
name = "Oldham Children's Social Care"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "Northern Care Alliance NHS Foundation Trust"
aliases = ["Northern Care Alliance", "NCA", "Speech and Language Therapy"]

[[agencies]]
name = "Brindlecote Community Primary School"
aliases = ["Brindlecote Primary", "Brindlecote"]
published_as = "the primary school"

[[agencies]]
name = "Hurstlea Medical Practice"
aliases = ["Hurstlea Surgery", "Hurstlea"]
published_as = "the GP practice"

[[people]]
name = "Rayhan Ahmed Miah"
aliases = ["Rayhan", "Rayhan Miah", "Raihan", "Rayhaan", "Rehan", "Rehan Meah", "Rayhan Mia", "Tutul", "R.M.", "RM"]
role = "child"
pseudonym = "Child R"
born = "14-03-2016"
address = "27 Quarnley Street, Glodwick, Oldham OL4 2ZW"

[[people]]
name = "Shahana Begum"
aliases = ["Shahana", "Shahanna", "Shahana Khanom", "Shahana Miah", "Mrs Miah", "Shana", "Sharon", "S.B.", "SB", "শাহানা বেগম"]
role = "mother"
pseudonym = "Mother"
born = "02-11-1993"
address = "27 Quarnley Street, Glodwick, Oldham OL4 2ZW"

[[people]]
name = "Abdul Muhit Miah"
aliases = ["Muhit", "Muhith", "Mohith", "Muhith Mia", "Monu", "A-M", "AMM", "Mr Miah"]
role = "father"
pseudonym = "Father"
born = "19-07-1988"
address = "27 Quarnley Street, Glodwick, Oldham OL4 2ZW"

[[people]]
name = "Sumaiya Miah"
aliases = ["Sumaiya", "Sumaya", "Sumi"]
role = "sibling"
pseudonym = "Sibling 1"
born = "05-09-2012"
address = "27 Quarnley Street, Glodwick, Oldham OL4 2ZW"

[[people]]
name = "Ibrahim Miah"
aliases = ["Ibrahim", "Ibby"]
role = "sibling"
pseudonym = "Sibling 2"
born = "21-06-2022"
address = "27 Quarnley Street, Glodwick, Oldham OL4 2ZW"

[[people]]
name = "Rokeya Bibi"
aliases = ["Rokeya", "Rukeya", "Roqiya", "Mrs Bibi", "R.B."]
role = "paternal grandmother"
pseudonym = "Paternal Grandmother"
born = "01-01-1961"
address = "27 Quarnley Street, Glodwick, Oldham OL4 2ZW"

[[people]]
name = "Abdul Jalil Miah"
aliases = ["Jalil", "Jolil", "Jolil Miah", "Lalu"]
role = "paternal uncle"
pseudonym = "Paternal Uncle"
address = "9 Pellerin Close, Werneth, Oldham"

[[staff]]
name = "Kerry-Ann Pilkington"
code = "SW1"
role = "Social Worker"
agency = "Oldham Children's Social Care"

[[staff]]
name = "Siân Protheroe"
code = "SALT1"
role = "Speech and Language Therapist"
agency = "Northern Care Alliance NHS Foundation Trust"

[[staff]]
name = "Martin Hollinrake"
code = "SENCO1"
role = "Special Educational Needs Co-ordinator"
agency = "Brindlecote Community Primary School"

[[staff]]
name = "Imran Qureshi"
code = "GP1"
role = "General Practitioner"
agency = "Hurstlea Medical Practice"

[[staff]]
name = "Gareth Swindells"
code = "DC1"
role = "Detective Constable"
agency = "Greater Manchester Police"
"""

IDENTIFIERS = {
    "names": [
        "Rayhan Ahmed Miah", "Rayhan Miah", "Rayhan", "Raihan", "Rayhaan", "Rehan", "Miah",
        "Mia", "Meah", "Miahs", "Shahana Begum", "Shahana", "Shahanna", "Shahana Khanom",
        "Khanom", "Begum", "শাহানা বেগম", "Abdul Muhit Miah", "Muhit", "Muhith", "Mohith",
        "Sumaiya Miah", "Sumaiya", "Sumaya", "Ibrahim Miah", "Ibrahim", "Rokeya Bibi",
        "Rokeya", "Rukeya", "Roqiya", "Bibi", "Abdul Jalil Miah", "Jalil", "Jolil",
    ],
    "nicknames": ["Tutul", "Sumi", "Shana", "Sharon", "Ibby", "Monu", "Lalu"],
    "initials": ["R.M.", "RM", "S.B.", "SB", "A-M", "AMM", "R.B."],
    "people_not_in_key": [
        "Dorothy Greenhalgh", "Greenhalgh", "Whitworth", "Lomax", "Abdus Sobhan", "Sobhan",
        "Tanvir Alam", "Tanvir", "Alam", "Forhad Uddin", "Forhad", "Farhad", "Uddin",
        "Nazma Begum", "Nazma",
    ],
    "staff": [
        "Kerry-Ann Pilkington", "Kerry-Ann", "Pilkington", "Siân Protheroe", "Siân", "Sian",
        "Protheroe", "Martin Hollinrake", "Hollinrake", "Imran Qureshi", "Qureshi",
        "Gareth Swindells", "Swindells",
    ],
    "streets": ["Quarnley Street", "Quarnley St", "Wharmby Road", "Wharmby Rd", "Pellerin Close"],
    "estates": ["Fernhollow Estate", "Fernhollow"],
    "house_numbers": [
        "27 Quarnley Street", "27 Quarnley St", "118 Wharmby Road", "Flat 3, 118 Wharmby Road",
        "9 Pellerin Close",
    ],
    "places": ["Glodwick", "Werneth", "Beanibazar", "Westwood"],
    "postcodes": ["OL4 2ZW", "OL42ZW", "OL4", "2ZW", "OL8 9XJ", "OL8"],
    "locating_agencies": [
        "Brindlecote Community Primary School", "Brindlecote Primary", "Brindlecote",
        "Hurstlea Medical Practice", "Hurstlea", "Baitul Ihsan Jame Masjid", "Baitul Ihsan",
        "Ihsania Madrasa", "Shapla Women's Circle",
    ],
    "phones": ["07700 900481", "+44 7700 900482", "01632 960217", "07700900733", "01632 960555"],
    "nhs_ni": ["943 476 5919", "9434765919", "6128457037", "QQ 12 34 56 C", "QQ654321A"],
    "emails": ["shahana.miah93@example.com", "kushiaraspice@example.org", "k.pilkington@example.org"],
    "social": ["@muhit.miah88", "@kushiara_spice", "facebook.com/shahana.begum.9322"],
    "dates_of_birth": [
        "14-03-2016", "14/03/2016", "14.03.16", "14th March 2016", "March 14, 2016",
        "02/11/1993", "2nd November 1993", "19.07.88", "05/09/2012", "21 June 2022",
        "01/01/1961",
    ],
    "other": [
        "Kushiara Spice Takeaway", "Kushiara Spice", "MA19 XKT", "MF68 RZU", "Mishti",
        "BCP-AAC-07", "Rupsha Cash and Carry",
    ],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children", "Children and Families Act 2014",
    "Equality Act 2010", "Child Safeguarding Practice Review Panel", "Ofsted", "NSPCC",
    "National Autistic Society", "Royal Manchester Children's Hospital", "Victoria Climbié",
    "Lord Laming", "Star Hobson", "autism", "melatonin", "Movicol", "pica", "Proloquo2Go",
    "iPad", "Makaton", "PECS", "Deliveroo", "Eid al-Fitr", "Ramadan", "Pohela Boishakh",
    "Amma", "Abba", "Dadi", "Chacha", "Bhabi", "Nani", "Khala", "Sylheti", "Bangla", "taweez",
    "Qur'an", "May", "Hope", "Grace", "Faith", "Dawn", "DS", "PC", "MASH", "Section 47", "EHCP",
    "Early Help", "CAMHS", "strategy discussion", "Child in Need",
    "CHILD IS NON-VERBAL - USE HIS DEVICE", "Friday", "in January 2023", "Language Line",
    "genetic counselling", "first cousins",
]

INVOLVEMENT = [
    "On 6 September 2021 Rayhan Ahmed Miah (Child R, date of birth 14-03-2016) started Year 1 in the resourced provision for autistic pupils at Brindlecote Community Primary School, a provision rated good by Ofsted at its last inspection. He had been diagnosed with autism by the community paediatric service in 2019 and had an EHCP naming the school. He lived with his mother Shahana Begum, his father Abdul Muhit Miah, his sister Sumaiya Miah and his paternal grandmother Rokeya Bibi at 27 Quarnley Street, Glodwick, Oldham OL4 2ZW, a four-bedroomed terraced house on the edge of the Fernhollow Estate. Rayhan's parents are first cousins: Mrs Bibi is at once his Dadi and his mother's Khala, being the older sister of Shahana's own mother, who lives in Beanibazar and who is referred to in the school's records simply as Nani.",
    "On 16 September 2021 the SENCO, Martin Hollinrake (SENCO1), set up Rayhan's communication aid, a school-owned iPad running Proloquo2Go and labelled with the asset tag BCP-AAC-07. The home page carried symbols for Amma, Abba, Dadi and Sumi (his name for his sister), together with 'drink', 'toilet', 'stop', 'scared' and 'hurt'. Mr Hollinrake wrote a one-page profile for every adult working with Rayhan, which ended in capitals with the line CHILD IS NON-VERBAL - USE HIS DEVICE. At home Rayhan was called 'Tutul'; the class teacher noted that he turned to the name Tutul more readily than to Rayhan, and staff were asked to use both. The class also used Makaton signs and PECS cards, and Rayhan was described as a keen and consistent communicator when the device was in front of him.",
    "On 14 October 2021 Dr Imran Qureshi (GP1) at Hurstlea Medical Practice saw Rayhan with his mother for constipation and prescribed Movicol. The record reads 'Mum Shahanna reports R eating paper, soil and cat litter - ?pica', and notes that the family's cat, Mishti, belonged to the grandmother. Dr Qureshi recorded that Mrs Miah's spoken English was limited and that 'uncle interpreted'; the uncle was Abdul Jalil Miah, the father's older brother, who runs the Kushiara Spice Takeaway at 118 Wharmby Road, Werneth, where the family had lived in Flat 3, 118 Wharmby Road above the shop until 2020. Melatonin was continued for sleep. The practice holds Rayhan's NHS number as 943 476 5919 and gives his address as 27 Quarnley St, OL4 2ZW.",
    "On 11 November 2021 Siân Protheroe (SALT1), the Speech and Language Therapist from the Northern Care Alliance, visited Rayhan at school and then at home. Ms Protheroe asked that the iPad go home each night so that Rayhan could use it with his family. At the home visit Mr Miah, who is known in the family as Monu and who is recorded on the therapy system as 'A-M Miah', said the device would be kept on top of the wardrobe 'so it does not get broken'. Mrs Bibi, who speaks only Sylheti, was not asked her view; Sumaiya, then nine, translated for her grandmother. Ms Protheroe wrote that the family were warm and welcoming and that she had no concerns. She did not record where Rayhan slept, who cared for him after school or whether the device had ever been used at home.",
    "On Thursday 20 January 2022 a teaching assistant saw a line of bruising across both of Rayhan's upper arms while changing him after PE. When she pointed to the marks he went to his device and pressed 'hurt' and then 'Dadi'. Mr Hollinrake made a referral to the MASH the same morning, giving the mother's mobile, 07700 900481, and the home landline, 01632 960217. The MASH social worker spoke to Mr Miah by telephone; he explained that Rayhan had had a meltdown and that he and his wife had held him to stop him banging his head. The referral was closed as 'no further action, advice given', and an Early Help assessment was offered. No strategy discussion was held and no one saw Rayhan. RM's words on the device were recorded in the referral only as 'child indicated grandmother'.",
    "Between 8 February and 31 March 2022 an Early Help practitioner from the Glodwick family hub met Mrs Miah three times at home. Shahana Begum was pregnant with her third child. The practitioner recorded that she had been 'known at work as Sharon' in a part-time job at Rupsha Cash and Carry which she had given up, and that she preferred professionals to call her Shana. The plan addressed sleep, toileting and a place on the National Autistic Society parent course. On 3 March 2022 Dr Qureshi discussed genetic counselling with SB because the parents are first cousins; Mrs Miah declined, saying that Rayhan's condition was 'not from the family'. The Early Help plan was closed on 31 March 2022 in the hope that the parenting course would be enough.",
    "On Friday 29 April 2022, during Ramadan, a neighbour, Mrs Dorothy Greenhalgh, rang Greater Manchester Police to report a child screaming in the back yard and a man shouting. PC Whitworth attended at 22:15 and spoke to Abdul Jalil Miah, who had come to break the fast with the family and who interpreted for the household. Mr Jalil Miah said that Rayhan screamed most evenings and that the family had taken him to the Baitul Ihsan Jame Masjid so that prayers could be said for him. PC Whitworth saw Rayhan asleep upstairs and did not wake him. A vulnerable child form was submitted, naming the child as 'Rayhan Mia', the father as 'Muhith Mia' and the uncle as 'Jolil Miah'; it was not linked to the January referral because the spellings differed.",
    "In May 2022 Rayhan began attending the Ihsania Madrasa, which meets in the basement of the Baitul Ihsan mosque on weekday evenings from 5pm to 7pm, so that he could learn to recite the Qur'an alongside his sister. His father told the school that the teacher, Hafiz Tanvir Alam, was 'very patient' and that the imam, Maulana Abdus Sobhan, had blessed a taweez for Rayhan to wear around his neck. School staff noticed the taweez and asked whether it could be taken off for PE; the request was handled with respect and the family agreed that it could be tucked under his shirt. Neither the madrasa nor the mosque was approached by any agency, and no one asked Mr Alam how Rayhan's behaviour was managed there.",
    "Ibrahim Miah was born on 21 June 2022. The health visiting record, shared with the review, gives the mother's NHS number as 6128457037 and notes that the new-birth visit at 27 Quarnley Street found nine people living in the house: the parents, three children, Mrs Bibi, and Mr Jalil Miah's wife Nazma Begum with her two children, who were staying while their own house at 9 Pellerin Close was repaired after a flood. The health visitor wrote that this was 'a supportive extended family', that Dadi rose at dawn to pray and did most of the cooking, and that she also did much of Rayhan's care. Mrs Miah told her that the baby would be called Ibby at home.",
    "On 15 July 2022 the family left for Bangladesh for what Mr Miah described as a six-week visit to his mother's village near Beanibazar. They did not return until 28 October 2022, and Rayhan missed the first eight weeks of the autumn term. The school sent letters to shahana.miah93@example.com, rang 07700 900481 without reply, and allowed a fortnight's grace before making a Children Missing Education referral on 3 October 2022. A member of staff found photographs posted from the Instagram account @muhit.miah88 showing Rayhan in the village. His iPad had been left at school, and for over three months Rayhan had no way of communicating except by pulling adults by the hand.",
    "On 7 November 2022 Mr Hollinrake recorded that Rayhan had lost weight, was eating only rice and biscuits, and had a healed burn the size of a coin on the back of his left hand. Asked through the device where it hurt, Rayhan pressed 'hurt' and 'Chacha'. The school made a second referral to the MASH. A strategy discussion was again not held, but the case was allocated for a Child and Family assessment under Section 17 of the Children Act 1989, and a referral to the CAMHS learning disability team was discussed but not made. The referral gave Rayhan's date of birth as 14/03/2016 and the father's as 19.07.88, and listed the home address as 27 Quarnley Street with the takeaway, OL8 9XJ, as a correspondence address.",
    "Kerry-Ann Pilkington (SW1), a newly qualified social worker, completed the assessment between 14 November and 22 December 2022. She visited the home twice. On the first visit Mr Jalil Miah interpreted, and explained that the burn had happened in the Kushiara Spice kitchen, where Rayhan sometimes sat after madrasa while Abba and his uncle worked until closing. On the second visit Ms Pilkington booked a Language Line interpreter by telephone, but Dadi would not come downstairs, and Sumi (Sumaiya, then ten) translated again. Kerry-Ann noted that Rayhan 'did not communicate' during either visit; his iPad was at school. The assessment concluded that Rayhan was a Child in Need because of his disability and that the family were 'doing their best in overcrowded conditions'.",
    "The first Child in Need meeting was held at the school on Monday 16 January 2023. Mr Muhit Miah attended; Mrs Miah did not, as Ibrahim was unwell. Mr Miah told the meeting that a younger cousin, Forhad Uddin, had arrived from Sylhet on a spouse visa and was living with them until his wife could join him, sharing the back bedroom with Rayhan. Forhad, who called Mrs Miah Bhabi, helped with the school run. No checks were made on Mr Uddin. The plan, written in January 2023, said that Rayhan's device would go home at weekends and that the social worker would see him using it. The minutes record the father's mobile as +44 7700 900482 and Mr Jalil Miah's as 07700900733.",
    "On 9 February 2023 Ms Protheroe reviewed Rayhan at school. The iPad BCP-AAC-07 had come back from its first weekend at home with a cracked screen, and the Proloquo2Go vocabulary had been reset so that the 'hurt' and 'scared' buttons were missing from the home page. Mrs Miah's email to the school, sent from shahana.miah93@example.com, said that Rayhan had thrown it. Ms Protheroe restored the vocabulary and added a Bangla page recorded in his mother's voice. In an email to the SENCO, which she signed 'Sian', she wrote that she was 'worried the device is being kept from him'. This was not passed to Children's Social Care, and the device did not go home again.",
    "Ramadan began on 23 March 2023. On 4 April 2023 Rayhan was brought to Hurstlea by his grandmother and by Forhad, who interpreted, with a swollen wrist. Dr Qureshi recorded Mrs Bibi's date of birth as 01/01/1961 and wrote 'gran - Rukeya - says fell in yard; R.B. very anxious'. An X-ray was normal. Dr Qureshi did not know that a Child in Need plan was in place: the letter from Children's Social Care had been filed under 'Rehan Meah', a spelling carried over from the practice's old system, and the father's record, headed AMM in the practice's summary, sat under a different household.",
    "On 14 April 2023, at a Pohela Boishakh celebration run by the Shapla Women's Circle at a community centre in Westwood, Mrs Miah told a volunteer that she was 'tired all the time', that Rayhan was 'only calm with Dadi' and that she was frightened of how her husband's family would react if she asked for respite care. The volunteer, who knew her from facebook.com/shahana.begum.9322, gave her the NSPCC helpline number and the social worker's email, k.pilkington@example.org. Mrs Miah did not make contact. Eid al-Fitr fell on Friday 21 April 2023 and the school was closed; on his return Rayhan had a graze on his cheek, which was recorded but not reported.",
    "At the third Child in Need review on 18 May 2023 Ms Pilkington recommended closure. The minutes say that the family had engaged well, that the house was 'less crowded' now that Nazma Begum and her children had moved back to Pellerin Close, and that the parents had completed the National Autistic Society course. Rayhan had not been seen with his device at any visit. The school's view, minuted as 'SENCO has some concerns re device at home', was not explored. The case closed on 25 May 2023 with a step-down to Brindlecote Primary's own pastoral support.",
    "On 26 June 2023 a teaching assistant recorded in the school's safeguarding log that RM had used his device at lunchtime to say 'no madrasa', 'scared' and 'Forhad'. Mr Hollinrake rang Mrs Miah, who said that Rayhan did not like the cousin sleeping in his room and that Forhad would soon move out. Mr Hollinrake logged the call and rang the MASH for advice; he was told that the information did not meet the threshold for a new referral and should be shared with the family's Early Help worker, although there was no open Early Help episode. The log entry ends: 'In the hope that things settle over the summer.'",
    "On Sunday 15 October 2023 at 22:40 a Deliveroo rider flagged down a police patrol on Wharmby Rd to report a small boy in pyjamas walking in the road. PC Whitworth found Rayhan barefoot some 300 metres from the takeaway and took him to the Kushiara Spice Takeaway, where his father and uncle were working. Mr Muhit Miah said that Forhad had brought Rayhan there in the family car, MA19 XKT, and that he must have slipped out of the back door while the delivery van, MF68 RZU, was being loaded. The officers recorded the takeaway's number, 01632 960555, and its email, kushiaraspice@example.org, and noted that its TikTok account @kushiara_spice had posted a video of Rayhan in the kitchen. The vulnerable child form gave his date of birth as March 14, 2016, copied from a passport scan, and did not match the earlier forms.",
    "On Monday 27 November 2023 Mrs Miah took Rayhan to hospital because he would not put weight on his left leg. He had a fracture of the left femur, and a skeletal survey at Royal Manchester Children's Hospital found healing fractures of two ribs. The explanation given, through a professional interpreter, was that he had fallen down the stairs at home on the Saturday night. A strategy discussion was held the same day, chaired by the MASH team manager with DS Lomax of Greater Manchester Police, and Section 47 enquiries began. DC Gareth Swindells (DC1) was allocated. The hospital recorded Rayhan as RAYHAN AHMED MIAH, 14th March 2016, NHS number 9434765919, and the police system then linked the vulnerable child forms and the MASH records held under 'Raihan', 'Rayhaan' and 'Rehan'.",
    "On 29 November 2023 Ms Protheroe brought Rayhan's device to the ward at the request of DC Swindells. With his mother out of the room and a Sylheti-speaking intermediary present, Rayhan pressed 'hurt', 'leg' and 'Forhad', and then the Bangla button for 'stairs'. Forhad Uddin, recorded on the police system as 'Farhad', had left 27 Quarnley Street on 26 November 2023 and was traced to an address in West Yorkshire. Mr Abdul Muhit Miah (NI number QQ 12 34 56 C) and Mr Abdul Jalil Miah (NI number QQ654321A) were interviewed as witnesses. Sumaiya and Ibrahim went to stay with Mrs Nazma Begum at 9 Pellerin Close under a safety plan, and Rayhan was discharged to foster carers on 8 December 2023. The police investigation continues, and this review makes no finding on how Rayhan was injured.",
]

ANALYSIS = [
    "Rayhan told professionals what was happening to him in the only way he could. On at least five occasions between January 2022 and November 2023 he used his device to say 'hurt' or 'scared', and three times he named a person. Each time his words were written down by the adult who heard them and then lost as the information moved between agencies: 'hurt, Dadi' became 'child indicated grandmother', and 'no madrasa, scared, Forhad' became a telephone call to his mother. The SENCO told the review that R.M. was 'one of the most consistent communicators in the class'. Yet the device was at school for every home visit. A professional who cannot hear a child's voice must go to where it is, and for Rayhan that was a school-owned iPad in a cupboard at Brindlecote.",
    "Family members interpreted at almost every contact: the uncle, Jalil, whom the children call Chacha and the adults call Lalu; the father; the cousin Forhad; and, most troubling, Sumaiya, a child of nine and then ten. Working Together to Safeguard Children and the local procedures are clear that family members should not interpret in safeguarding discussions, still less children. Practitioners told the review that Language Line interpreters for Sylheti were hard to book, that Sylheti has no standard written form, and that Bangla interpreters could not always follow Mrs Bibi. This is a real difficulty, but it was overcome within a day on 29 November 2023, and it could have been overcome in 2022.",
    "Several practitioners described the Miahs as 'a close family', 'very religious' and 'a big household who look after their own'. The review found no evidence that these judgements were wrong, but they were made instead of assessment rather than as part of it. No one asked who cared for Rayhan after school, who slept in his room or how he was handled at the madrasa. The Shapla Women's Circle, the Ihsania Madrasa and the imam, Maulana Sobhan, were never contacted, although faith and community groups are named as partners in the local arrangements. Staff told the review that they had been anxious not to appear disrespectful; respect for the family's faith should have included asking its faith leaders for help.",
    "The parents' relationship as first cousins was recorded by the GP and discussed only in terms of genetic counselling. Its meaning for the household was not considered: Mrs Bibi was at once Shahana's mother-in-law and her Khala, and Mrs Miah told a volunteer that she was afraid to ask for help in case her husband's family, who were also her own, took it badly. Marriage between cousins is common in many communities and is not in itself a safeguarding concern. The learning is that where a mother's birth family and married family are the same, she may have nowhere else to turn, and professionals should see her alone. Rayhan's Nani in Beanibazar was the only relative outside the household, and she was five thousand miles away.",
    "The family's names were written in many ways: Miah, Mia and Meah; Rayhan, Raihan, Rayhaan and the misspelling Rehan; Muhit, Muhith and Mohith; Rokeya, Rukeya and Roqiya; Sumaiya and, at the GP, Sumaya; and Shahana, Shahanna and Shahana Khanom, her name before marriage, which appears in Bangla script as শাহানা বেগম on a letter the family showed the social worker. The mother was S.B. in the Early Help notes and Mrs Miah elsewhere; the GP record for A-M Miah was filed as AMM. The Victoria Climbié inquiry, chaired by Lord Laming, described the same failure more than twenty years ago. Searching on date of birth (14-03-2016, written once as 14.03.16) and postcode (OL4 2ZW, recorded once as OL42ZW and once as OL4, 2ZW) would have found every record.",
    "Rayhan's bruising, burn, weight loss and pica were each explained by his autism. The Child Safeguarding Practice Review Panel's national review following the murders of Arthur Labinjo-Hughes and Star Hobson warned against accepting explanations for injury without testing them. Restraint at home, a meltdown and a fall in the yard were each accepted without anyone asking Rayhan. Under the Equality Act 2010 and the Children and Families Act 2014 disabled children are entitled to the same protection as any other child, and an injury to a non-verbal child is a reason to look harder, not less hard. The Section 47 threshold was not considered in January 2022, nor in November 2022 when a burn and a named person were recorded. Practitioners acted in good faith, but they were not curious.",
    "The working pattern of the Kushiara Spice Takeaway shaped the household. Mr Miah and his brother worked from late afternoon until after midnight, six nights a week, and on many evenings Rayhan was at the madrasa, at the takeaway or in the care of his grandmother and the cousin. Practitioners knew that the family ran a takeaway on Wharmby Road, and it was a Deliveroo rider who found Rayhan in the road, but no one asked what the business meant for his care in the evenings. The Friday night call in April 2022 and the Sunday night incident in October 2023 both came when the takeaway was at its busiest. Melatonin and a calm bedtime routine had been advised; the routine of the household made that impossible.",
]

LEARNING = [
    "A child who communicates with an aid must be seen with it. Every assessment, Child in Need visit and meeting about Rayhan took place without his device, and the only time he was asked a question with it in front of him and his family out of the room, he answered. Agencies should treat the absence of a child's communication aid as they would the absence of an interpreter. Brindlecote Community Primary School has already changed its practice so that the device travels with the child to every meeting about him.",
    "Children and family members must not be used as interpreters in safeguarding work. Sylheti is a spoken language without a standard script; agencies should know how to obtain a Sylheti interpreter, including at short notice and out of hours, and should record the language and dialect spoken by each adult in the household. A ten-year-old sister, an uncle who worked alongside the father and a cousin who shared the child's bedroom were not neutral, and using them silenced both Rayhan and his grandmother.",
    "Names must be searched in all their spellings, together with date of birth and postcode. The MASH should search at least Miah, Mia and Meah, and Rayhan, Raihan and Rehan, and should add known nicknames such as Tutul and Monu to the record. The review noted that the social worker's closing summary gave Mrs Miah's date of birth as 02/11/1993 on its first page and as 2nd November 1993 on its fourth, gave Sumaiya's as 05/09/2012, and left out the baby's, 21 June 2022; each record was correct, but none was searched across agencies.",
    "Faith settings are part of the safeguarding system. The Ihsania Madrasa at the Baitul Ihsan Jame Masjid taught Rayhan five evenings a week, and its teacher, Mr Tanvir Alam, saw more of him than any professional did. Agencies should know which faith and community settings a child attends and should include them in assessments, with the family's knowledge. The partnership's work with mosques during Ramadan and Eid should extend to madrasas, and their staff should be offered training on disability, restraint and safe handling.",
    "Practitioners should see the mother alone. In an extended household where the parents are first cousins, the family of marriage and the family of birth may be one and the same. Shahana told a volunteer, not a professional, that she was frightened, and the volunteer wrote down her words: 'Shana says she cannot go to her Amma in Bangladesh and cannot go to her Khala here, because they are the same family.' Professionals should make space, without relatives present, to ask a mother what she needs, and should record her answer in her own words.",
]

RECOMMENDATIONS = [
    ("Oldham Children's Social Care, Brindlecote Community Primary School and the Northern Care Alliance should make sure that any child who uses a communication aid, as Rayhan Miah did, is seen with it at every home visit, Child in Need meeting and strategy discussion",
     "Amend the home visit and Child in Need templates to record whether the child's communication aid was present and used; audit twenty cases", "Head of Service, Children's Social Care", "31-07-2024"),
    ("Agencies must not use children or family members as interpreters, as happened when Jalil Miah and Sumaiya interpreted for the Miahs, and must record the language and dialect each adult speaks",
     "Issue joint guidance on booking Sylheti interpreters and audit interpreter use in safeguarding contacts", "Partnership Business Manager", "30-09-2024"),
    ("The MASH and Greater Manchester Police should search every spelling and nickname of a child's name with the date of birth and postcode, so that records held as Rehan Meah, Rayhan Mia and Raihan are linked",
     "Update the MASH search protocol and train all MASH staff", "Detective Inspector, MASH", "31-05-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | OSCP-2024-031 | Rayhan Ahmed MIAH ('Tutul'), DOB 14/03/2016, 27 Quarnley Street, Glodwick, Oldham OL4 2ZW",
    footer="Author: Kerry-Ann Pilkington (SW1), k.pilkington@example.org | Family: the Miahs, 27 Quarnley St | Draft 3",
    comment="KP: Sumi says Dadi (Rokeya) and Forhad were both home on the Saturday night - check with DC Swindells before this goes to panel. Jalil interpreted again on the ward on 28/11, should not have.",
    footnote="Passport spelling RAIHAN AHMED MIAH; Hurstlea records hold 'Rehan Meah' with NHS number 9434765919; mother Shahana Begum, NHS number 6128457037.",
)
