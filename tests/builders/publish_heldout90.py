# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 90): every name, place and number is invented."""

from tests.builders.publish_heldout import HeldOut

reference = "LSCP-SCR-2024-03"

case_toml = """reference = "LSCP-SCR-2024-03"
review = "Serious Case Review"
subject = "Child K"
period = { from = "01-09-2021", to = "31-01-2024" }
board = "Lewisham Safeguarding Children Partnership"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["MPS", "Met Police", "Police"]

[[agencies]]
name = "London Borough of Lewisham Children's Social Care"
aliases = ["CSC", "Children's Social Care", "LBL CSC"]

[[agencies]]
name = "Elmcroft Primary School"
aliases = ["Elmcroft", "Elmcroft Primary"]

[[agencies]]
name = "Hatcliffe Children's Centre"
aliases = ["Hatcliffe CC"]
published_as = "the children's centre"

[[agencies]]
name = "Springbank Medical Centre"
aliases = ["Springbank Surgery"]

[[agencies]]
name = "Lewisham and Greenwich NHS Trust"
aliases = ["LGT", "School Nursing Service"]

[[people]]
name = "Oluwatobiloba Ogunleye"
aliases = ["Tobiloba", "Tobi", "Daniel", "Daniel Ogunleye", "OO"]
role = "Child"
pseudonym = "Child K"
born = "14-03-2011"
address = "27 Bramdean Rise, SE6 4LW"

[[people]]
name = "Ayomide Ogunleye"
aliases = ["Ayo", "Mide", "Esther", "AO"]
role = "Sibling"
pseudonym = "Sibling L"
born = "02-09-2015"
address = "27 Bramdean Rise, SE6 4LW"

[[people]]
name = "Babatunde Ogunleye"
aliases = ["Tunde", "Samuel", "Pastor Sam", "Pastor Tunde", "Mr Ogunleye", "BO"]
role = "Father"
pseudonym = "Father"
born = "19-06-1979"
address = "27 Bramdean Rise, SE6 4LW"

[[people]]
name = "Folasade Ogunleye"
aliases = ["Sade", "Florence", "Mrs Ogunleye", "Mama Tobi", "FO"]
role = "Mother"
pseudonym = "Mother"
born = "08-11-1983"
address = "27 Bramdean Rise, SE6 4LW"

[[people]]
name = "Omolara Bankole"
aliases = ["Lara", "Aunty Lara", "Elizabeth", "Mrs Bankole", "OB"]
role = "Paternal aunt"
pseudonym = "Aunt"
address = "Flat 9, Maybury Court, Honeyden Estate, SE13 6JT"

[[staff]]
name = "Rebecca Thornhill"
code = "SW1"
role = "Social Worker"
agency = "London Borough of Lewisham Children's Social Care"

[[staff]]
name = "Gareth Penhaligon"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Elmcroft Primary School"

[[staff]]
name = "Marcia Blackwood"
code = "FSW1"
role = "Family Support Worker"
agency = "Hatcliffe Children's Centre"

[[staff]]
name = "Anjali Raman"
code = "GP1"
role = "General Practitioner"
agency = "Springbank Medical Centre"

[[staff]]
name = "Liam Fairweather"
code = "PC1"
role = "Detective Constable"
agency = "Metropolitan Police Service"

[[staff]]
name = "Joanne Mabey"
code = "SN1"
role = "School Nurse"
agency = "Lewisham and Greenwich NHS Trust"
"""

identifiers = {
    "child": ["Oluwatobiloba Ogunleye", "Oluwatobiloba", "Tobiloba", "Tobi", "Tobi's", "Daniel", "Daniel Ogunleye", "Danny"],
    "sibling": ["Ayomide Ogunleye", "Ayomide", "Ayo", "Ayo's", "Mide", "Esther"],
    "father": ["Babatunde Ogunleye", "Babatunde", "Tunde", "Samuel", "Samuel Ogunleye", "Pastor Sam", "Pastor Tunde", "Pastor Ogunleye", "Mr Ogunleye", "Mr Ogunleye's"],
    "mother": ["Folasade Ogunleye", "Folasade", "Sade", "Sade's", "Florence", "Florence Ogunleye", "Mrs Ogunleye", "Mrs Ogunleye's"],
    "aunt": ["Omolara Bankole", "Omolara", "Lara", "Aunty Lara", "Lara's", "Elizabeth Bankole", "Mrs Bankole", "Bankole"],
    "surname": ["Ogunleye", "Ogunleyes", "Ogunleye's", "Ogunleye family"],
    "nicknames": ["Mama Tobi", "Iya Tobi", "Baba Tobi", "Big Daddy T", "Tobz", "Aunty Mama"],
    "initials": ["OO", "O.O.", "BO", "B.O.", "B-O", "FO", "F.O.", "F-O", "OB", "O.B.", "AO", "A.O."],
    "not_in_key": ["Femi Ajayi", "Deacon Femi", "Deacon Ajayi", "Ajayi", "Pauline Tierney", "Mrs Tierney", "Kemi Oduya", "Kemi", "Adunni Fashola", "Mrs Fashola", "Uncle Wale", "Adewale Bankole"],
    "staff": ["Rebecca Thornhill", "Ms Thornhill", "Thornhill", "Gareth Penhaligon", "Mr Penhaligon", "Penhaligon", "Marcia Blackwood", "Marcia", "Blackwood", "Anjali Raman", "Dr Raman", "Liam Fairweather", "DC Fairweather", "Fairweather", "Joanne Mabey", "Mabey"],
    "streets": ["Bramdean Rise", "27 Bramdean Rise", "Torridon Parade", "14 Torridon Parade", "Wickwood Lane"],
    "estates": ["Honeyden Estate", "Honeyden", "Maybury Court"],
    "house_numbers": ["Flat 9", "No. 27", "Unit 14"],
    "places": ["Catford", "Hither Green", "Bellingham", "Ikorodu"],
    "postcodes": ["SE6 4LW", "SE6", "4LW", "SE13 6JT", "SE13", "6JT"],
    "locating_agencies": ["Elmcroft Primary School", "Elmcroft Primary", "Elmcroft", "Hatcliffe Children's Centre", "Hatcliffe CC", "Hatcliffe", "Springbank Medical Centre", "Springbank Surgery", "Springbank"],
    "phones": ["07700 900417", "07700900417", "07700 900862", "+44 7700 900862", "01632 960245"],
    "numbers": ["485 777 3321", "4857773321", "QQ 12 34 56 C", "A07731945", "1198765"],
    "emails": ["pastor.sam@example.org", "crownedbysade@example.org"],
    "social": ["@crownedbysade_hair", "@PastorTundeGDBC"],
    "dob": ["14-03-2011", "14/03/2011", "14.03.11", "14th March 2011", "14 March 2011", "02/09/2015", "2nd September 2015", "02.09.15"],
    "other": ["Glorious Dominion Bible Church", "GDBC", "Endwell Community Hall", "Endwell Hall", "Crowned by Sade", "Crowned by Sade Hair & Braids", "Greenfield Covenant College", "Greenfield College", "LK19 XWP"],
}

ordinary = [
    "Victoria Climbié Inquiry",
    "Lord Laming",
    "Children Act 1989",
    "Children Act 2004",
    "Section 47",
    "Working Together to Safeguard Children 2018",
    "Keeping Children Safe in Education",
    "National Action Plan to Tackle Child Abuse Linked to Faith or Belief",
    "child abuse linked to faith or belief",
    "AFRUCA",
    "NSPCC",
    "Childline",
    "Ofsted",
    "Charity Commission",
    "Great Ormond Street Hospital",
    "Evelina London Children's Hospital",
    "sickle cell disease",
    "malaria",
    "paracetamol",
    "Calpol",
    "Easter Sunday",
    "Christmas",
    "Black History Month",
    "Patience",
    "Grace",
    "May",
    "Pentecostal",
    "Yoruba",
    "Nigeria",
    "Lagos",
    "WhatsApp",
    "Dark and Lovely",
    "private fostering",
    "Multi-Agency Safeguarding Hub",
    "Early Help Assessment",
    "Initial Child Protection Conference",
    "Achieving Best Evidence",
    "Heathrow",
    "British Airways",
    "Foreign, Commonwealth & Development Office",
    "THE CHILD WAS NOT SEEN ALONE",
    "Sunday school",
]

involvement = [
    "Oluwatobiloba Ogunleye (known at home as Tobi and at school by his English name Daniel, DOB 14/03/2011) lived with his father Babatunde Ogunleye, his mother Folasade Ogunleye and his younger sister Ayomide (Esther, DOB 02/09/2015) at 27 Bramdean Rise, Catford SE6 4LW. Mr Ogunleye is the founding pastor of the Glorious Dominion Bible Church (GDBC), a small independent Pentecostal congregation which meets on Sundays and Wednesday evenings in the Endwell Community Hall, hired by the hour. The church is registered with the Charity Commission (no. 1198765). Mrs Ogunleye runs a hairdressing salon, selling Dark and Lovely relaxers and braiding hair, Crowned by Sade Hair & Braids, at 14 Torridon Parade, Hither Green.",
    "On 07/09/2021 Tobi started Year 6 at Elmcroft Primary School, where Ayomide was in Year 1. The school's records list both children's contacts as Father (Pastor Sam) 07700 900417 and Mother (Florence) 07700 900862, with a third contact 'Aunty Lara - Mrs Bankole - 01632 960245'. Staff at Elmcroft note that parents and children alike use the names interchangeably: the class register shows DANIEL OGUNLEYE, the reading record shows 'Tobiloba', and Tobi signed his own work 'Tobz'.",
    "On 15/10/2021 the Designated Safeguarding Lead, Gareth Penhaligon (DSL1), recorded that Daniel arrived with a healed linear mark on the back of his left hand. Tobi said 'Daddy flogged me because I did not finish my Bible memory verse' and then said he was 'only joking'. Mr Penhaligon telephoned the father, who said 'Tobi is a dramatist, sir, he watches too much Nollywood'. No referral was made. The school did not speak to Mrs Ogunleye. THE CHILD WAS NOT SEEN ALONE after the call.",
    "On 02/11/2021 Marcia Blackwood (FSW1) of Hatcliffe Children's Centre began Early Help work with Mrs Ogunleye following a self-referral for support with Ayo's sleep and Tobi's 'stubbornness'. The Early Help Assessment records that Sade works six days a week at the salon and that the children go after school to their paternal aunt, Omolara Bankole, at Flat 9, Maybury Court, Honeyden Estate, SE13 6JT. Marcia noted: 'Mum says Aunty Lara is the one who really raises them. Mum calls her Aunty Mama.'",
    "At a home visit on 23/11/2021 Ms Blackwood was told by Folasade that the church elders believed Tobi had 'a stubborn spirit' and that Deacon Femi (Femi Ajayi) had prayed over him at Endwell Hall. Mrs Ogunleye said 'it is only prayer, by God's Grace he will be calm'. The worker did not recognise this as a possible indicator of child abuse linked to faith or belief and did not discuss it with her supervisor. The Hatcliffe CC case notes record the conversation under 'Parenting - routines'.",
    "On 10/12/2021 Mr Ogunleye told Elmcroft Primary that Tobi would not return after Christmas because he was going to 'school back home' in Lagos. The father said 'In Nigeria they will teach him respect'. A Children Missing Education form was completed on 06/01/2022 giving Greenfield Covenant College, Ikorodu as the destination school. The school took no further steps to confirm the placement, and the form gives the father's email as pastor.sam@example.org.",
    "Tobi flew from Heathrow on British Airways on 03/01/2022 with Mr Ogunleye, who returned alone on 17/01/2022. Tobi's Nigerian passport number (A07731945) was recorded later, by police, from a copy held by the aunt. There is no record that any agency considered whether the arrangement, or the later care of the children by Mrs Bankole, amounted to private fostering.",
    "Between January 2022 and June 2023 Ayomide continued at Elmcroft. Her attendance fell to 86% and she was frequently collected late by 'Aunty Lara' or by Kemi (Kemi Oduya), a trainee at the salon who is not a family member and was not on the school's contact list. On 19/05/2022 Ayo told her teacher 'Mummy says Tobi is bad in his head so Daddy sent him far away'. The teacher logged this on the school's system under 'Wellbeing' and it was not read by the DSL until the following September.",
    "On 14/07/2022 Mrs Ogunleye attended Springbank Medical Centre with Ayomide (NHS no. 485 777 3321) for a chest infection. Dr Anjali Raman (GP1) prescribed amoxicillin and advised Calpol and paracetamol as needed. The consultation note mentions that 'brother is at boarding school in Lagos, mum tearful, says husband's church is under pressure'. Dr Raman did not explore this further. Springbank Surgery had no record that Tobi was no longer living in the UK and he remained on the practice list.",
    "In May 2023 the principal of Greenfield Covenant College, Mrs Adunni Fashola, wrote to Pastor Ogunleye asking that Tobi be removed because he had been 'involved in a matter of spiritual attack against other pupils'. The letter, later found by police, was copied to the aunt. Mrs Fashola's letter also gave Tobi's date of birth as 14th March 2011 and called him 'Danny'. Tobi returned to the UK on 28/06/2023 (Greenfield College having refused to keep him over the summer). He was not registered at any school; Mr Ogunleye told the aunt that Tobi would be 'home schooled through the church' and that he would attend Sunday school and Wednesday deliverance services at the Endwell Community Hall.",
    "Between July and October 2023 Tobi lived mostly with Mrs Bankole on the Honeyden Estate. A neighbour, Mrs Pauline Tierney, made an anonymous call to the Multi-Agency Safeguarding Hub on 21/08/2023 saying 'the boy at Flat 9 is locked out on the balcony at night and the auntie shouts that he is a witch'. The MASH record shows the address but no family names; checks against the Honeyden address found 'OB' (Omolara Bankole) as tenant and no children known, and the contact was closed with NO FURTHER ACTION on 24/08/2023. THE CHILD WAS NOT SEEN ALONE or at all.",
    "On 12/09/2023 Mr Penhaligon read the entry about Ayo's comment from the previous May and made a referral to Children's Social Care. The referral gave Ayomide's name, date of birth (2nd September 2015) and address, and recorded that a brother 'Daniel, or Tobi, DOB 14.03.11' had been sent to Nigeria. It did not mention the linear mark seen in October 2021. Rebecca Thornhill (SW1) was allocated on 14/09/2023. The referral form listed the father as 'Samuel Ogunleye' and the mother as 'Florence Ogunleye'; the social care system created new records for both rather than linking them to an earlier record of Ayomide Ogunleye from 2016.",
    "Ms Thornhill made a home visit to Bramdean Rise (No. 27, a three-bedroom house rented through a lettings agent on Wickwood Lane) on 20/09/2023. Mr Ogunleye ('please call me Pastor Tunde') said that Tobi was 'still in Lagos with his grandmother'. Mrs Ogunleye was not present; she was at Crowned by Sade. Ayo was seen with her father in the room. The social worker did not ask to see Tobi's room, did not check with the Foreign, Commonwealth & Development Office or the Nigerian school, and did not visit Mrs Bankole, whose name appeared in the school's contacts. The assessment was closed on 26/10/2023 as 'no role for CSC; family engaging with church and community'.",
    "The salon's Instagram account (@crownedbysade_hair) and the church's account (@PastorTundeGDBC) both posted, in October 2023, photographs from a 'Black History Month Youth Sunday' at GDBC in which Tobi can be seen. These were later found by DC Fairweather. Agencies did not use open-source information during the period under review, and were not expected to.",
    "On 03/10/2023 the School Nursing Service received a records transfer request for Ayomide Ogunleye. The transfer summary, typed by an administrator, reads: 'AO (A.O.) DOB 02.09.15, sibling OO (O.O.) dob 14-03-2011 - not known to service. Mother FO / F.O. works at salon Unit 14 Torridon Parade, father BO is minister. Parents known as Baba Tobi and Iya Tobi in the congregation.' Mum's second mobile, 07700900417, is listed against 'F-O' in error; it is the father's number. The NI number QQ 12 34 56 C appears against the father on a housing benefit note that had been forwarded with the summary.",
    "Joanne Mabey saw Ayo (called 'Mide' by her aunt) at school on 16/10/2023 for a routine Year 3 height and weight check. Ayo said that 'Big Daddy T' (her name for her father at church) had told her brother was 'in Bellingham with Aunty', which was the first indication to any health professional that Tobi might be in the UK. The school nurse recorded this on the child's health record (NHS number 4857773321) but did not pass it on. Ms Mabey said to the author that she assumed Social Care were aware, as the Ogunleyes had had an assessment the month before.",
    "On the night of 18/11/2023 Tobi was brought to the Emergency Department of the Evelina London Children's Hospital by Mrs Bankole and Uncle Wale (Adewale Bankole, the aunt's husband) in a car registered LK19 XWP. He had scald injuries to his back and arms, bruising consistent with beating and was malnourished. Tobi told the triage nurse 'Deacon Ajayi and Daddy said the water will wash out the witch'. He was transferred to Great Ormond Street Hospital the next day. Tests excluded sickle cell disease and malaria.",
    "A strategy discussion was held on 19/11/2023 under Section 47 of the Children Act 1989. DC Liam Fairweather (PC1) led the police investigation; Babatunde Ogunleye, Femi Ajayi and Omolara Bankole were arrested. An Achieving Best Evidence interview with Tobi took place on 04/12/2023 with an intermediary who speaks Yoruba. Ayomide was placed with foster carers. An Initial Child Protection Conference on 08/12/2023 made both children subject to Child Protection Plans; Joanne Mabey (SN1), school nurse, attended for the Lewisham and Greenwich NHS Trust.",
    "In interview Mrs Ogunleye said: 'Tunde told everybody Tobi was an ogbanje, that he brought the trouble on the church. I told Lara to keep him away from the hall. I sent money every week from the salon, I put it on WhatsApp, you can see.' Mrs Ogunleye's phone (07700 900862, stored in the father's contacts as +44 7700 900862 'Sade's line') and the salon email (crownedbysade@example.org) were seized. Mr Ogunleye's account was that 'we only prayed, as every Pentecostal church prays, and the boy harmed himself'.",
]

analysis = [
    "The Victoria Climbié Inquiry, chaired by Lord Laming, set out more than twenty years ago how a child's care by a relative, belief in spirit possession and the absence of any professional seeing the child alone can combine. Every one of those features was present for Tobi. The National Action Plan to Tackle Child Abuse Linked to Faith or Belief was not known to the Elmcroft DSL, the Hatcliffe Children's Centre worker or the allocated social worker, and none of them had attended training on it.",
    "The many names in use for each member of the Ogunleye family (Tobiloba, Tobi, Daniel, Tobz; Babatunde, Tunde, Samuel, Pastor Sam; Folasade, Sade, Florence, Mama Tobi) meant that agency systems held several records which were never linked. Springbank held 'Oluwatobiloba Ogunleye'; Elmcroft held 'Daniel Ogunleye'; the MASH check searched for 'Tobi Bankole' and found nothing. Staff should ask families which names a child is known by and record all of them.",
    "Mrs Bankole's care of the children, and in particular of Tobi from July 2023, was never considered as private fostering. Under the Children Act 1989 and the 2005 regulations the arrangement should have been notified. Had it been, Tobi would have been seen, alone, at the Honeyden Estate flat by a social worker at least every six weeks. Lara's own account is that she was never asked. The aunt (O.B. in the police summary) told police 'Tunde is my senior brother and the pastor; in our culture I cannot question him.'",
    "The decision that Tobi should go to Greenfield Covenant College was presented by Pastor Ogunleye as discipline and opportunity. Schools in the UK are not required to verify a destination school abroad, but Keeping Children Safe in Education expects staff to consider why a child is leaving. Mr Penhaligon accepted the father's explanation even though the only earlier disclosure from Tobi (October 2021) had been of physical chastisement by the father.",
    "Ms Thornhill's assessment in September 2023 relied wholly on Mr Ogunleye's account. His standing as a pastor, and the respect the social worker said she wished to show to 'a man of God', affected her professional curiosity. Working Together to Safeguard Children 2018 is clear that an assessment must seek the views of every adult caring for the child. Mrs Ogunleye, Mrs Bankole and Tobi himself were not spoken to. Patience with a family is not the same as trust in its account.",
    "The anonymous call from Mrs Tierney was closed because no children were known at the address. This was correct as a records check but missed the point: the caller described a child and a belief that he was a witch. AFRUCA and the NSPCC both publish guidance for MASH staff on the words that should lead to a strategy discussion in such cases; the MASH staff had not seen it.",
    "The Hatcliffe CC family support worker heard on 23/11/2021 that Tobi had been 'prayed over' by Deacon Femi for a 'stubborn spirit'. Marcia recorded it faithfully, but under a heading that meant no manager would read it. Had this been shared with the school and with Springbank Medical Centre, the GP would have had context for the mother's distress in July 2022.",
]

learning = [
    "Professionals working with Nigerian-British and other West African families should ask, early and without embarrassment, about faith, church membership and beliefs about children's behaviour. Ofsted's inspection of the borough in 2022 and the Children Act 2004 duty to co-operate both point to the same gap. Children should know they can call Childline. Most Pentecostal churches, including small independent congregations like GDBC, do not harm children; the question is what is believed about this child. Concerns should be recorded under safeguarding headings, not 'Parenting - routines'.",
    "When a child leaves a primary school such as Elmcroft for a school abroad, the school should record the name of the school, a contact there and the adult with whom the child will live, and should inform Children's Social Care where there has been any earlier concern. The Ogunleyes' case shows that 'gone to Lagos' can hide a child for eighteen months.",
    "Every agency should record all the names a child is known by (English names, Yoruba names and shortened forms) and search on each. Tobi was known by at least four names (his birth was recorded as 14 March 2011 by the GP and as 14/03/2011 by the school); B.O. was recorded on one Springbank note as 'Pastor B-O', and Omolara Bankole was recorded at different times as 'Lara', 'Aunty Mama' and 'Elizabeth Bankole'.",
    "Private fostering must be considered whenever a child under 16 is looked after by an aunt, a family friend or a church member for 28 days or more. Practitioners at Hatcliffe Children's Centre, Elmcroft Primary School and Springbank all knew that Aunty Lara provided most of the children's day-to-day care and none considered it.",
    "A child who is not on any school roll and is 'home schooled through the church' should be treated as a child missing education until a visit confirms otherwise. Easter Sunday, Christmas and other church festivals, when the church hall at Endwell is busiest, are not the only times such children are seen in the community.",
    "Staff should be supported to challenge adults who hold positions of authority in a community, whether a pastor, a deacon or an elder, in the same way as any other parent. Tobi's own words, 'Daddy flogged me' in 2021 and 'the water will wash out the witch' in 2023, should have carried more weight than Pastor Sam's reassurance.",
]

recommendations = [
    ("All agencies to record every name by which a child and their carers are known (including English names, Yoruba names and shortened forms) and to search on each before closing a contact", "Audit of 20 MASH contacts for multiple-name searches; guidance issued to all staff", "Head of MASH", "31-05-2024"),
    ("The Partnership to deliver training on child abuse linked to faith or belief, using the National Action Plan and AFRUCA materials, to schools, children's centres and social work teams", "Two multi-agency sessions a year; attendance reported to the board", "Partnership Training Lead", "30-09-2024"),
    ("Schools to record the destination school, a contact there and the carer abroad for every child who leaves to be educated overseas, and to inform Children's Social Care where there has been any previous concern", "Children Missing Education procedure amended; termly report of leavers abroad", "Education Safeguarding Adviser", "31-07-2024"),
    ("Children's Social Care to raise awareness of private fostering with faith groups and community organisations, including independent churches meeting in hired halls", "Private fostering campaign launched; leaflets in Yoruba and English", "Private Fostering Lead", "31-10-2024"),
]

header = "RESTRICTED - Agency report - Ogunleye family (Tobi and Ayomide) - LSCP-SCR-2024-03"
footer = "Prepared for the review concerning Oluwatobiloba Ogunleye, 27 Bramdean Rise, Catford SE6 4LW"
comment = "Check with Ms Thornhill whether Mrs Bankole (Aunty Lara) was ever spoken to at Flat 9, Maybury Court."
footnote = "Tobi's father, Pastor Sam (Babatunde Ogunleye), leads the Glorious Dominion Bible Church at the Endwell Community Hall."

CASE = HeldOut(reference, case_toml, identifiers, ordinary, involvement, analysis, learning, recommendations, header=header, footer=footer, comment=comment, footnote=footnote)
