# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 99): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "BSCP-2023-014"

CASE_TOML = """\
reference = "BSCP-2023-014"
review = "Child Safeguarding Practice Review"
subject = "Child L"
board = "Birmingham Safeguarding Children Partnership"
period = { from = "01-09-2022", to = "14-07-2023" }
decision = "28-07-2023"
notification = "17-07-2023"

[[agencies]]
name = "West Midlands Police"
aliases = ["WMP", "Police"]

[[agencies]]
name = "Birmingham Children's Trust"
aliases = ["BCT", "the Trust", "Children's Social Care"]

[[agencies]]
name = "Birmingham Community Healthcare NHS Foundation Trust"
aliases = ["BCHC", "Health Visiting Service", "0-19 Service"]

[[agencies]]
name = "Cherrimount Medical Centre"
aliases = ["Cherrimount Surgery", "Cherrimount"]
published_as = "the GP practice"

[[agencies]]
name = "Calloway Green Primary School"
aliases = ["Calloway Green", "CGPS"]
published_as = "the primary school"

[[agencies]]
name = "Kinvarra Park Academy"
aliases = ["Kinvarra Park"]
published_as = "the secondary school"

[[people]]
name = "Trần Minh Khoa"
aliases = ["Khoa", "Minh Khoa", "Khoa Tran", "Tran Minh Khoa", "Kevin", "Kevin Tran", "K.T.", "KT", "M-K", "T.M.K."]
role = "child"
pseudonym = "Child L"
born = "09-11-2016"
address = "27 Kettleworth Grove, Handsworth, Birmingham B21 8QX"

[[people]]
name = "Nguyễn Thị Thu Hằng"
aliases = ["Hằng", "Hang", "Thu Hằng", "Thu Hang", "Hang Nguyen", "Nguyen Thi Thu Hang", "Hannah", "Hannah Nguyen", "Ms Nguyen", "Mrs Tran", "Nyugen", "N.T.T.H.", "H.N."]
role = "mother"
pseudonym = "Mother"
born = "23-04-1989"
address = "27 Kettleworth Grove, Handsworth, Birmingham B21 8QX"

[[people]]
name = "Trần Văn Đức"
aliases = ["Đức", "Duc", "Duc Tran", "Tran Van Duc", "Mr Tran"]
role = "father"
pseudonym = "Father"
born = "17-08-1984"
address = "Flat 5, 30 Teversham Close, Walsall WS2 9XJ"

[[people]]
name = "Trần Bảo Ngọc"
aliases = ["Bảo Ngọc", "Ngọc", "Ngoc", "Bao Ngoc", "Bông"]
role = "sibling"
pseudonym = "Sibling 1"
born = "03-06-2021"
address = "27 Kettleworth Grove, Handsworth, Birmingham B21 8QX"

[[people]]
name = "Nguyễn Văn Tùng"
aliases = ["Tùng", "Tung", "Tony", "Tony Nguyen", "Nguyen Van Tung", "T.N."]
role = "cousin"
pseudonym = "Cousin"
born = "02-01-2007"
address = "27 Kettleworth Grove, Handsworth, Birmingham B21 8QX"

[[people]]
name = "Lê Thị Nhàn"
aliases = ["Bà Nhàn", "Nhàn", "Nhan", "Nan Nhàn"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "05-03-1961"
address = "Quỳnh Lưu, Nghệ An, Vietnam"

[[people]]
name = "Nguyễn Văn Phúc"
aliases = ["Phúc", "Phuc"]
role = "maternal uncle"
pseudonym = "Maternal Uncle"
born = "11-10-1978"

[[staff]]
name = "Rosalind Keddie"
code = "HV1"
role = "Health Visitor"
agency = "Birmingham Community Healthcare NHS Foundation Trust"

[[staff]]
name = "Nadia Ferreira-Bland"
code = "SW1"
role = "Social Worker"
agency = "Birmingham Children's Trust"

[[staff]]
name = "Gareth Hollinshead"
code = "PC1"
role = "Police Constable"
agency = "West Midlands Police"

[[staff]]
name = "Aileen Costigan"
code = "GP1"
role = "General Practitioner"
agency = "Cherrimount Medical Centre"

[[staff]]
name = "Joanne Pridmore"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Calloway Green Primary School"

[[staff]]
name = "Owen Tidball"
code = "DSL2"
role = "Designated Safeguarding Lead"
agency = "Kinvarra Park Academy"
"""

IDENTIFIERS = {
    "names": [
        "Trần Minh Khoa", "Minh Khoa", "Khoa", "Trần", "Tran",
        "Nguyễn Thị Thu Hằng", "Thu Hằng", "Hằng", "Thu Hang", "Hang", "Nguyễn", "Nguyen",
        "Nguyens", "Nyugen",
        "Trần Văn Đức", "Đức", "Duc",
        "Trần Bảo Ngọc", "Bảo Ngọc", "Ngọc", "Ngoc",
        "Nguyễn Văn Tùng", "Tùng", "Tung",
        "Lê Thị Nhàn", "Lê", "Nhàn", "Nhan",
        "Nguyễn Văn Phúc", "Phúc", "Phuc",
    ],
    "nicknames": ["Kevin", "Hannah", "Tony", "Bông"],
    "initials": ["K.T.", "KT", "M-K", "T.M.K.", "N.T.T.H.", "H.N.", "T.N."],
    "people_not_in_key": [
        "Phạm Quốc Huy", "Huy", "Pham", "Harry",
        "Lưu Thị Kim Liên", "Kim Liên", "Liên", "Lien", "Luu",
        "Maureen Dabbs", "Dabbs", "Minh Quang", "Bình", "Binh", "Pauline Egerton", "Egerton",
    ],
    "staff": [
        "Rosalind Keddie", "Keddie", "Ros", "Nadia Ferreira-Bland", "Ferreira-Bland",
        "Gareth Hollinshead", "Hollinshead", "Aileen Costigan", "Costigan",
        "Joanne Pridmore", "Pridmore", "Owen Tidball", "Tidball",
    ],
    "streets": [
        "Kettleworth Grove", "Kettleworth Gr", "Ambrey Street", "Ambrey St", "Dunmore House",
        "Stockmoor Parade", "Brindlecote Road", "Brindlecote Rd", "Teversham Close",
    ],
    "estates": ["Ambrey Fields", "Corvedale Heights"],
    "house_numbers": [
        "27 Kettleworth Grove", "Flat 12, Dunmore House", "9 Stockmoor Parade",
        "114 Brindlecote Road", "Flat 5, 30 Teversham Close",
    ],
    "places": ["Handsworth", "Aston", "Lozells", "Perry Barr", "Walsall", "Quỳnh Lưu", "Nghệ An"],
    "postcodes": ["B21 8QX", "B21", "8QX", "B6 7ZJ", "B19 1TQ", "WS2 9XJ"],
    "locating_agencies": [
        "Calloway Green Primary School", "Calloway Green", "Cherrimount Medical Centre",
        "Cherrimount", "Kinvarra Park Academy", "Kinvarra Park", "Lotus Crystal Nails",
        "Chùa Từ Tâm", "Sông Hồng Community Hub",
    ],
    "phones": ["07700 900417", "07700900417", "+44 7700 900582", "01632 960219", "07700 900863"],
    "nhs_ni": ["943 476 5919", "9434765919", "485 221 7036", "QQ 47 82 19 B", "QQ478219B"],
    "emails": ["thuhang.nguyen89@example.com", "r.keddie@example.org", "lotuscrystalnails@example.com"],
    "social": ["@tung.ng2007", "facebook.com/hannah.lotusnails"],
    "dates_of_birth": [
        "09/11/2016", "09-11-2016", "09.11.16", "9th November 2016", "November 9, 2016",
        "23/04/1989", "23rd April 1989", "02.01.2007", "3 June 2021", "17/08/84",
    ],
    "other": ["BK68 ZTW", "Mít", "20BE/118422N/22"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children", "Modern Slavery Act 2015",
    "National Referral Mechanism", "Home Office", "NSPCC", "Barnardo's", "ECPAT UK",
    "Child Safeguarding Practice Review Panel", "Birmingham Children's Hospital",
    "Victoria Climbié", "Arthur Labinjo-Hughes", "cannabis", "Calpol", "sertraline",
    "iron deficiency anaemia", "TikTok", "Toyota Yaris", "Language Line", "Vietnamese",
    "Buddhist", "Tết", "Tết Nguyên Đán", "Lunar New Year", "Trung Thu", "bánh chưng",
    "lì xì", "phở", "áo dài", "bà ngoại", "January", "February", "Monday", "Friday",
    "Christmas", "May", "Grace", "Hope", "Mark", "Dawn", "DS", "PC", "Section 47",
    "Section 17", "Child in Need", "strategy discussion", "MASH", "Early Help",
    "private fostering", "professional curiosity", "Was Not Brought",
    "CHECK WHO IS LOOKING AFTER THE CHILDREN TONIGHT.",
]

INVOLVEMENT = [
    "On 5 September 2022 Nguyễn Thị Thu Hằng (Mother) telephoned Birmingham Children's Trust from 07700 900417 to ask about help with a deposit. She explained that she and her two children, Trần Minh Khoa and Trần Bảo Ngọc, were moving from Flat 12, Dunmore House, Ambrey Street, Aston B6 7ZJ, on the Ambrey Fields estate, to a privately rented terraced house at 27 Kettleworth Grove, Handsworth, Birmingham B21 8QX. The call was handled through Language Line with a Vietnamese interpreter. Ms Nguyen mentioned that 'a nephew from home' had arrived and would be staying with them for a while; the call handler recorded this as a visiting relative and did not ask his age. The contact was closed on Monday 12 September 2022 with signposting to Early Help.",
    "On 12 September 2022 Khoa was admitted to Year 2 at Calloway Green Primary School. The admission form, completed in English by a friend of the family, gave his name as 'Kevin Tran', with his Vietnamese name written underneath in capitals as TRẦN MINH KHOA, and his date of birth as 09/11/2016. The Designated Safeguarding Lead, Mrs Joanne Pridmore (DSL1), noted that the school in Aston had recorded him as 'Minh Khoa Tran', and the school system was amended so that both names appeared, with the date of birth shown as 9th November 2016. The emergency contacts listed were 'Mum (Hằng)' on 07700 900417 and 'Tony, cousin' with no number. The mother gave her email as thuhang.nguyen89@example.com. Calloway Green held no information about who else lived in the household. In the same week Khoa made a paper lantern for the school's Trung Thu afternoon and told staff his cousin had helped him.",
    "On 20 September 2022 Ms Nguyen registered herself and both children at Cherrimount Medical Centre. The new patient questionnaires gave her date of birth as 23/04/1989 and Khoa's as 09-11-2016; his NHS number was recorded as 943 476 5919 and Ngọc's as 485 221 7036. The receptionist entered the mother's surname as 'Nyugen', an error that was not corrected until March 2023 and which meant that a later MASH search under the correct spelling found no GP record for her. Because the children were registered as Tran and the mother as Nyugen, the practice system did not link them as one household. No interpreter was booked for the new patient check, and the mother's English was described as 'good enough'.",
    "On 18 October 2022 Health Visitor Rosalind Keddie (HV1) of Birmingham Community Healthcare NHS Foundation Trust made a transfer-in home visit to 27 Kettleworth Grove following the move from Aston. Present were Hằng, Ngọc (whom the family called 'Bông'), the family's cat, Mít, and a slight young man introduced as 'Tony', who said he was 19 and studying at college. Tony interpreted for the visit; no professional interpreter was used. HV1 noted that Ngọc was pale and a poor eater, that Ms Nguyen said the toddler 'only eats phở and rice', and advised a GP appointment to check for iron deficiency anaemia. She gave advice on Calpol dosing and on home safety, noting that the front bedroom on the first floor, where both children slept, had a window that opened fully with no restrictor. She recorded the plan to revisit in six weeks and left her card with the email r.keddie@example.org. The revisit did not take place because Ros Keddie went on long-term sick leave and the family was not reallocated until January.",
    "On 7 November 2022 a man who gave his name as Phạm Quốc Huy, and described himself as Ms Nguyen's partner, attended Kinvarra Park Academy to ask whether 'Tony Nguyen' could join Year 11. Mr Owen Tidball (DSL2), the academy's Designated Safeguarding Lead, spoke with him. Mr Pham gave the young person's full name as Nguyễn Văn Tùng and his date of birth as 02.01.2007, which made him 15, not 19 as he had told the health visitor. Mr Tidball explained that an in-year application had to be made to the local authority and gave him the form and the academy's leaflet; no application was received. Mr Tidball recorded 'possible CME – cousin living with family at Kettleworth Gr., Handsworth, not in any school' on the academy's system, but no referral was made to the Children Missing Education team or to the MASH. Mr Pham gave his own address as a flat in Corvedale Heights, Aston.",
    "At 23:40 on Friday 2 December 2022 PC Gareth Hollinshead (PC1) of West Midlands Police stopped a grey Toyota Yaris, registration BK68 ZTW, on Brindlecote Road, Lozells. The driver, an adult man who gave only the name Bình and whom the passenger called 'Uncle Binh', had no licence or insurance. The passenger gave his name as Tony Nguyen and said he was 18; there was a strong smell of cannabis in the car and £640 in cash in his jacket. The vehicle was registered to Mr Duc Tran at Flat 5, 30 Teversham Close, Walsall WS2 9XJ. PC Hollinshead recorded the passenger's address as 27 Kettleworth Grove, B21 8QX, and submitted a child concern PPN because he believed the passenger looked much younger than he claimed. The crime reference was 20BE/118422N/22. The Toyota was seized.",
    "On 5 December 2022 the PPN was screened in the MASH. The MASH social worker searched for 'Tony Nguyen' and found no record; a search under Nguyen Van Tung was not made because that name was not on the PPN, and the GP record could not be found because of the misspelling. The screening note refers to 'the Nguyens at Kettleworth Grove', although the two children in the household are registered under the surname Tran. The contact was closed with a letter to the mother offering Early Help; the letter was in English only. No strategy discussion was held, and the possibility that the young person was a privately fostered child, or a potential victim of trafficking within the meaning of the Modern Slavery Act 2015, was not considered.",
    "On 14 December 2022 Dr Aileen Costigan (GP1) saw Ngọc with her mother. A blood test confirmed iron deficiency anaemia and iron supplements were prescribed, with a review booked for Monday 23 January 2023. Ms Nguyen told Dr Costigan that she worked 'every day except Christmas' at the nail bar and that the cousin helped with the children. On 23 January 2023 Ngọc Was Not Brought to the review appointment; Cherrimount sent a text reminder to 07700900417. She Was Not Brought again on 6 February 2023, and the practice wrote to the family at the old Ambrey St address, which was still on the summary care record.",
    "Khoa was absent from Calloway Green Primary School from 19 to 27 January 2023. Ms Nguyen told the school office that the family was preparing for Tết and that the children's grandmother, Bà Nhàn (Lê Thị Nhàn), had arrived from Quỳnh Lưu in Nghệ An province for the Lunar New Year. The absence was recorded as unauthorised. On his return Khoa told his teacher about the bánh chưng his grandmother had made, and about the red envelopes of lì xì he had been given for Tết Nguyên Đán, and drew a picture of himself in an áo dài standing with 'Nan Nhàn', 'Tony' and the cat. He said he called his grandmother bà ngoại. Staff described him as happy and excited. The office recorded the grandmother as 'Mrs Nhan'; her visit was noted but no one asked where she was staying or who would look after the children when she returned to Vietnam in February.",
    "On Wednesday 8 February 2023 Khoa came to school with a bruise and a raised mark on his forehead. He said he had fallen from the top bunk 'when Tony was on his phone'. Mrs Pridmore spoke to the mother at collection. Hằng said that she works until late at Lotus Crystal Nails, 9 Stockmoor Parade, Perry Barr, from Tuesday to Saturday, and that her nephew looks after the children in the evenings. The account was accepted. Mrs Pridmore recorded it on the school's system with the comment 'Mum works long hours at the nail bar, cousin babysits – is he an adult?', but did not contact the MASH or the health visiting service. The salon's number, 01632 960219, was added to the contact sheet.",
    "Shortly after midnight on 24 February 2023 a neighbour, Mrs Maureen Dabbs, telephoned West Midlands Police from 07700 900863 to report that two small children had been crying in the front bedroom of number 27 for over an hour and that 'there is no adult there, only the lad'. Officers attended at 01:10. Tùng answered the door and said the mother was at work. Hằng returned at 01:45 and explained that she had stayed to clean the salon after closing because the owner, Mrs Lưu Thị Kim Liên, was away. The officers noted that the first-floor window of the children's bedroom was open and had no restrictor, and that the only food in the house was rice and a pan of phở. A PPN was submitted for both children. Mrs Dabbs told officers that she had 'hope that someone will finally do something'.",
    "On 1 March 2023 the MASH held a strategy discussion with West Midlands Police, Calloway Green Primary School and the health visiting service. The discussion agreed that the threshold for a Section 47 enquiry was not met and that a Child and Family assessment under Section 17 of the Children Act 1989 should be completed. The school shared the bruise of 8 February 2023 but not the earlier reference to a cousin of uncertain age; Kinvarra Park Academy was not invited because no one knew that Tùng had been taken there. Social worker Nadia Ferreira-Bland (SW1) was allocated. The minutes record Khoa as 'K.T.' and his sister as 'Bao Ngoc T.' throughout.",
    "On 9 March 2023 Ms Ferreira-Bland visited with a Vietnamese interpreter booked through Language Line. She saw Khoa and Ngọc, and met Hằng and Mr Phạm Quốc Huy, known as 'Harry', who said he stayed two or three nights a week. Tùng was not at home. Ms Nguyen explained that Tùng was the son of her brother, Nguyễn Văn Phúc, who had sent him to England 'for a better life'; she did not know how he had travelled and said that Phúc had 'paid people'. The interpreter spelt the uncle's name as Phuc in the notes. SW1 recorded Tùng's date of birth as 02.01.2007 and described him as 'a 16-year-old relative providing childcare'. Because he was by then over 16, the question of whether he had been living with the family under a private fostering arrangement since September 2022, when he was 15, was not asked. Ms Nguyen's National Insurance number, QQ 47 82 19 B, was taken for a referral for help with rent; the Trust's finance system holds it as QQ478219B.",
    "On 21 March 2023 Dr Costigan saw Ms Nguyen, whose surname had that week been corrected from Nyugen after a letter from the Trust. Her record gives her date of birth as 23rd April 1989. She reported low mood, poor sleep and headaches. She said she worked six days a week at the nail bar, sent money every month to her mother in Nghệ An and was worried about 'the debt for Tùng's journey', which she said was owed to people in Birmingham. Dr Costigan prescribed sertraline and referred her to talking therapies, but did not ask what the debt meant or share the comment with the Trust. The GP record for the consultation lists the patient as 'N.T.T.H. (Hannah)', the name she used at work.",
    "On 4 April 2023 officers executing a drugs warrant at 114 Brindlecote Road, Lozells B19 1TQ found a cannabis grow of about 300 plants across four rooms. Tùng was found in an upstairs room with a mattress, a rice cooker and a padlock on the outside of the door. He was arrested. DS Pauline Egerton recognised him as a potential victim of modern slavery and West Midlands Police, as first responder, made a referral to the National Referral Mechanism on 5 April 2023. Tùng's phone showed a TikTok account, @tung.ng2007, and messages from a contact saved as 'Chú Bình' directing him to the address. The custody record held him as 'T.N.', and an intelligence log of the previous December linked the same phone to Brindlecote Rd. He was released under investigation, and because 27 Kettleworth Grove was the only address known for him, he was returned there the same evening.",
    "On 6 April 2023 a strategy discussion was held about Tùng as a child at risk of criminal exploitation. The Trust, the police, the youth justice service and Kinvarra Park were represented, and a referral was made to the Independent Child Trafficking Guardian service run by Barnardo's. DS Egerton raised concern that Tùng owed money to the people who had brought him to the UK. The discussion did not consider the two younger children in the household, for whom Tùng was the main evening carer, and SW1 was not invited although the Child in Need plan for Khoa and Ngọc had begun two days earlier. Ms Nguyen was described in the minutes as 'Mrs Tran, the aunt'.",
    "Tùng was reported missing on 12 May 2023 and found on 15 May 2023 at Flat 5, 30 Teversham Close, Walsall, the address of Khoa's father, Mr Trần Văn Đức. Mr Tran said that he had given Tùng 'a few days' work' at a hand car wash and that he had not seen his own children since the summer. His date of birth, 17/08/84, and his mobile, +44 7700 900582, were recorded by the police. This was the first time any agency had spoken to Đức. Neither the police nor the Trust asked him about his contact with Khoa or about the Toyota stopped in December. On his return Tùng began at Kinvarra Park Academy on 22 May 2023 on a reduced timetable; his attendance in the following four weeks was 38%.",
    "On 20 June 2023 the Child in Need plan for Khoa and Ngọc was closed and stepped down to Early Help, to be delivered with the Sông Hồng Community Hub, a Vietnamese community group in Handsworth where Ms Nguyen had begun ESOL classes. The closing summary recorded that 'Mum has a good support network at the Buddhist pagoda, Chùa Từ Tâm, and through the monk, Thầy Minh Quang', and that 'the cousin is now in school'. No one checked who looked after the children on the evenings when Ms Nguyen worked at the salon, and the window restrictor had still not been fitted. The salon's Facebook page, facebook.com/hannah.lotusnails, advertised opening until 10pm from Thursday to Saturday, and its email, lotuscrystalnails@example.com, was given to the Trust as a contact for the mother.",
    "At about 21:30 on Friday 14 July 2023 Khoa fell from the first-floor front bedroom window at 27 Kettleworth Grove onto the concrete yard below. Ms Nguyen was at work at Lotus Crystal Nails. Tùng, then 16, was in charge of both children and was reported to have been on a video call. Mrs Dabbs heard the fall and called 999. Khoa was taken to Birmingham Children's Hospital, where he was found to have a fractured skull and a broken wrist; he has since made a good recovery. A Section 47 enquiry began the same night and the Trust notified the Child Safeguarding Practice Review Panel on Monday 17 July 2023. Police recorded the child's date of birth as 09.11.16 and his name as 'T.M.K.'; the hospital recorded him as 'Kevin Tran', born November 9, 2016, NHS number 9434765919.",
    "Following the incident, on 18 July 2023 Ngọc (date of birth 3 June 2021) was placed with Ms Nguyen under a safety plan and Tùng was accommodated under section 20 in a foster placement outside Birmingham. The National Referral Mechanism decision, received from the Home Office on 2 August 2023, was a positive reasonable grounds decision that Tùng was a victim of modern slavery. Ms Nguyen told the social worker: 'I trusted Tùng like a son. I had no choice – I work or we do not eat.' Her employer, Mrs Luu (recorded by police as 'Lien Luu'), told police that 'Hannah' had worked at the salon since 2019 and that Ms Nguyen's mother, Lê Thị Nhàn, had helped with childcare when she visited.",
]

ANALYSIS = [
    "The single most important feature of this case is that a 15-year-old boy arrived from Vietnam and lived with the family for ten months as the main evening carer for two young children, and no agency treated him as a child in his own right until April 2023. Under the Children Act 1989 a child under 16 living for more than 28 days with someone who is not a close relative is privately fostered; a cousin is not a close relative for this purpose. Tùng was known to the Trust, the police, Kinvarra Park and the health visiting service, but each held only part of the picture, and the private fostering arrangement was never notified or assessed.",
    "Vietnamese naming conventions contributed to the failure to join up information. In Vietnamese the family name comes first and women keep their own family name after marriage, so the mother was Nguyễn, the children were Trần, and the cousin was Nguyễn. Practitioners wrote 'Mrs Tran', 'Hang Nguyen', 'Thu Hang' and 'Nyugen' for the same woman, and 'Khoa Tran', 'Minh Khoa', 'KT' and 'M-K' for the child. Searches across systems therefore failed, and the MASH referred to 'the Nguyens' as though the children shared their mother's name. Records held for 'H.N.' at one agency and 'Ms Nguyen' at another were never matched.",
    "The indicators of trafficking and exploitation were present from December 2022: a child giving a false age, travelling at night with an unrelated adult, carrying cash, in a car smelling of cannabis, with an address in Handsworth and a vehicle registered in Walsall. The guidance from the Home Office and ECPAT UK on Vietnamese children in cannabis cultivation has been clear for many years. The mother's reference to a debt for the journey, made to her GP in March 2023, was a further indicator. Practitioners needed the professional curiosity to ask what the debt was, who it was owed to and what Tùng was doing to repay it.",
    "The risks to Khoa and Ngọc were seen only in fragments. The health visitor's advice on the window in October 2022, the bruise and mark of February 2023, the neighbour's call about children left with 'only the lad', and the open window seen by police all pointed to inadequate supervision by a young person who was himself being exploited. No one brought these together. The strategy discussion on 6 April 2023 focused, rightly, on Tùng, but did not ask who was caring for the younger children when he was taken away each night. There was a hope, recorded more than once, that the mother's community network would provide support; it was not tested.",
    "Ms Nguyen's working pattern was central. She worked long hours at Lotus Crystal Nails, often until late, and sent money home. Nail bar work is low paid and can itself involve exploitation, and practitioners did not explore whether she was free to change her hours. The family's financial pressure, the debt and her low mood were known to different agencies. A holistic assessment under Section 17 would have looked at her circumstances as a worker, a mother and a carer for her nephew, rather than treating the childcare arrangement as a private family matter. Working Together to Safeguard Children expects assessment of the whole household.",
    "Language was a barrier at key points. The health visitor's first visit was interpreted by Tùng himself, which meant that nothing he said about his age or circumstances could be tested, and several letters were sent in English only. When interpreters were used, through Language Line, the quality of information improved markedly. The lessons of the inquiry into the death of Victoria Climbié, and more recently the national review following the death of Arthur Labinjo-Hughes, about hearing directly from children and not relying on family members to interpret, apply here.",
    "The father, Trần Văn Đức, was almost invisible to services. He was contacted only once, in May 2023, and then only in connection with Tùng's missing episode. No agency asked him about Khoa's care, his own contact with the children, or the use of his car in December 2022. The review also notes that the Buddhist pagoda and the community hub were cited as protective without any contact being made with them, and that the celebration of Tết and the grandmother's visit in January and February 2023 were seen only as attendance issues rather than as a moment when the family's care arrangements changed.",
]

LEARNING = [
    "Learning point 1: When a child or young person from overseas joins a household, practitioners must establish their age, their relationship to the family and whether a private fostering notification is needed. A cousin under 16 staying for more than 28 days, as Tùng did at 27 Kettleworth Grove from September 2022, is privately fostered, and the arrangement must be notified to children's social care.",
    "Learning point 2: Agencies need to understand Vietnamese naming conventions and record names consistently, with the family name, middle name and given name in separate fields and the anglicised spellings recorded as aliases. The misspelling 'Nyugen' and the use of 'Mrs Tran' for Ms Nguyen meant that records about Khoa and his mother were not linked. Searches in the MASH should include all known versions of a name and the child's date of birth in each format.",
    "Learning point 3: Indicators of trafficking and criminal exploitation must lead to a strategy discussion that considers every child in the household, not only the young person at the centre. Tùng's exploitation and the supervision of Khoa and Ngọc were one problem seen from two sides. Practitioners should use the National Referral Mechanism promptly and should contact the NSPCC helpline or the Independent Child Trafficking Guardian service for advice when unsure.",
    "Learning point 4: A child's care at night is as important as their care in the day. When a parent works late, as Ms Nguyen did at the salon on Stockmoor Parade, practitioners should ask directly who looks after the children, how old that person is and whether they are able to keep them safe. Home safety advice, such as window restrictors, should be followed up, and a mark or bruise should prompt a conversation about supervision, not only about how the injury happened. One practitioner's note said it plainly: CHECK WHO IS LOOKING AFTER THE CHILDREN TONIGHT.",
    "Learning point 5: Practitioners should see cultural and religious festivals such as Tết, and the arrival and departure of relatives, as points at which care arrangements can change. Absence in January or February for the Lunar New Year should prompt a supportive conversation rather than only an unauthorised code. Practitioners should give families a period of grace where appropriate, but should use it to understand the household. In May the family had been stepped down before anyone had spoken to the pagoda or the community hub they were relying on; a recommendation addresses this. Several practitioners said that, before dawn on 15 July 2023, they had not known the family well enough to mark the risk.",
]

RECOMMENDATIONS = [
    ("Birmingham Children's Trust should ensure that private fostering is considered and recorded whenever a young person from overseas, such as the cousin living at Kettleworth Grove, is found in a household",
     "Add a private fostering prompt to the MASH screening tool and the Child and Family assessment template; deliver briefings to MASH and locality teams",
     "Head of Service, MASH", "31-03-2024"),
    ("All partner agencies should record Vietnamese names with family, middle and given names in separate fields and search on every known spelling, so that records such as those for Nguyễn and Nyugen are linked",
     "Issue practice guidance on naming conventions; audit a sample of MASH searches after six months",
     "Partnership Business Manager", "30-06-2024"),
    ("Strategy discussions about a child at risk of exploitation must consider every other child in the household, including the children cared for by that young person, as with Khoa and Ngọc",
     "Amend the strategy discussion template to include a section on other children in the household and their carers",
     "Designated Safeguarding Partners", "31-01-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="IMR – Trần Minh Khoa ('Kevin'), DOB 09/11/2016, NHS 943 476 5919, 27 Kettleworth Grove, Handsworth B21 8QX – OFFICIAL-SENSITIVE",
    footer="BSCP-2023-014 | Author: Rosalind Keddie (HV1), r.keddie@example.org | Mother: Nguyễn Thị Thu Hằng, 07700 900417",
    comment="Check with Hằng whether Tony (Tùng) was really 16 at the time – Mrs Dabbs told PC Hollinshead he looked about 14. Also confirm Mr Tran's Walsall address (Teversham Close).",
    footnote="The salon, Lotus Crystal Nails on Stockmoor Parade, Perry Barr (01632 960219), is owned by Mrs Lưu Thị Kim Liên, who knew the mother as 'Hannah'.",
)
