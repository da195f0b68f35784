"""Held-back publication case 33, written blind: a teenager's death in a Lancashire town after
online bullying and self-harm; every name, address, number and account in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "LCSAP-CSPR-2022-07"

CASE_TOML = '''reference = "LCSAP-CSPR-2022-07"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-09-2019", to = "13-11-2021" }
board = "Lancashire Children's Safeguarding Assurance Partnership"

[[agencies]]
name = "Lancashire Constabulary"
aliases = ["Lancs Police", "Police", "LC"]

[[agencies]]
name = "Lancashire County Council Children's Social Care"
aliases = ["CSC", "Children's Social Care", "LCC CSC"]

[[agencies]]
name = "Rossendale 0-19 Health Visiting and School Nursing Service"
aliases = ["Health Visiting", "0-19 Service", "School Nursing"]
published_as = "the 0-19 health visiting service"

[[agencies]]
name = "East Lancashire Hospitals NHS Trust"
aliases = ["ELHT"]

[[agencies]]
name = "Bleakedge High School"
aliases = ["Bleakedge"]

[[agencies]]
name = "Cribden Sixth Form College"
aliases = ["Cribden"]
published_as = "the sixth-form college"

[[agencies]]
name = "Ryeclough Medical Centre"
aliases = ["Ryeclough", "the surgery"]
published_as = "the GP practice"

[[people]]
name = "Maisie-Jo Entwistle"
aliases = ["Maisie-Jo", "Maisie", "Maisy-Jo", "MJ", "Mais", "M-J", "M.J.E.", "MJE"]
role = "Child"
pseudonym = "Child R"
sex = "female"
born = "14-09-2004"
address = "14 Pikelaw Street, Haslingden, Rossendale BB4 5RW"

[[people]]
name = "Shona Entwistle"
aliases = ["Shona", "Ms Entwistle", "S.E."]
role = "Mother"
pseudonym = "Mother"
sex = "female"
born = "22-06-1983"
address = "14 Pikelaw Street, Haslingden, Rossendale BB4 5RW"
mother_of = ["Maisie-Jo Entwistle", "Oskar Wróbel"]
partner_of = [{ name = "Łukasz Wróbel", from = "01-05-2012" }]
lives_with = ["Łukasz Wróbel", "Maisie-Jo Entwistle", "Oskar Wróbel"]

[[people]]
name = "Łukasz Wróbel"
aliases = ["Lukasz Wrobel", "Łukasz", "Lukasz", "Luke", "Mr Wróbel", "Mr Wrobel", "Ł.W."]
role = "Stepfather"
pseudonym = "Stepfather"
sex = "male"
born = "05-11-1979"
address = "14 Pikelaw Street, Haslingden, Rossendale BB4 5RW"
father_of = ["Oskar Wróbel"]

[[people]]
name = "Oskar Wróbel"
aliases = ["Oskar", "Oskar Wrobel"]
role = "Half-brother"
pseudonym = "Sibling"
sex = "male"
born = "30-03-2014"
address = "14 Pikelaw Street, Haslingden, Rossendale BB4 5RW"

[[people]]
name = "Jamie Pilling"
aliases = ["Mr Pilling"]
role = "Birth father"
pseudonym = "Father"
sex = "male"
address = "Whalley Road, Accrington"
father_of = ["Maisie-Jo Entwistle"]

[[staff]]
name = "Gail Summer"
code = "SC1"
role = "School Counsellor"
agency = "Bleakedge High School"

[[staff]]
name = "Imran Haq"
code = "GP1"
role = "General Practitioner"
agency = "Ryeclough Medical Centre"

[[staff]]
name = "Nathan Heald"
code = "YW1"
role = "Youth Worker"
agency = "Lancashire County Council Children's Social Care"

[[staff]]
name = "Faith Ogunleye"
code = "SW1"
role = "Social Worker"
agency = "Lancashire County Council Children's Social Care"
'''

IDENTIFIERS = {
    "key_name": ["Maisie-Jo Entwistle", "Maisie-Jo", "Maisie-Jo's", "Maisie", "Maisy-Jo",
                 "Entwistle", "Entwhistle", "Shona Entwistle", "Shona", "Ms Entwistle",
                 "Łukasz Wróbel", "Lukasz Wrobel", "Łukasz", "Lukasz", "Mr Wróbel",
                 "Mr Wrobel", "Wróbel", "Wrobel", "Oskar Wróbel", "Oskar", "Jamie Pilling"],
    "nickname": ["MJ", "M-J", "Mais", "Luke"],
    "initials": ["M.J.E.", "M-J.E.", "MJE", "S.E.", "Ł.W."],
    "not_in_key": ["Nana Pat", "Kacey Nuttall", "Kacey", "Tyler Marsden", "Tyler",
                   "Mrs Rawcliffe"],
    "staff": ["Gail Summer", "Ms Summer", "Dr Imran Haq", "Imran Haq", "Dr Haq",
              "Nathan Heald", "Nathan", "Mr Heald", "Faith Ogunleye", "Ms Ogunleye"],
    "address": ["14 Pikelaw Street", "Pikelaw Street", "Pikelaw St", "Pikelaw", "Haslingden",
                "Helmshore", "Rossendale", "Bacup", "Whalley Road", "Accrington"],
    "postcode": ["BB4 5RW", "BB4", "5RW"],
    "agency_place": ["Bleakedge High School", "Bleakedge", "Cribden Sixth Form College",
                     "Cribden", "Ryeclough Medical Centre", "Ryeclough",
                     "Helmshore Youth Club"],
    "number": ["07700 900417", "01632 960283", "LC-20200623-0457"],
    "email": ["shona.entwistle83@example.org"],
    "date_of_birth": ["14-09-2004", "14/09/2004", "14th September 2004", "22-06-1983",
                      "30-03-2014"],
    "social_media": ["@maisiejo_xo", "maisiejo.x", "tylerm_2002"],
    "pet": ["Tank"],
}

ORDINARY = [
    "summer term", "in good faith", "Year 11", "Year 12", "A&E", "Royal Blackburn Hospital",
    "Papyrus HOPELINEUK", "Kooth", "Childline", "Samaritans", "CAMHS", "MASH", "DSL", "PCSO",
    "Working Together to Safeguard Children 2018", "Keeping Children Safe in Education",
    "Malicious Communications Act 1988", "Children Act 1989", "Molly Russell", "Regulation 28",
    "Instagram", "Snapchat", "TikTok", "NICE guideline NG225", "Boxing Day", "Bonfire Night",
    "Friday", "PHQ-9", "SDQ", "Ehlers-Danlos syndrome", "Staffordshire bull terrier", "Poland",
    "Operation Encompass", "Child Safeguarding Practice Review Panel",
    "Child Death Overview Panel", "Early Help Assessment", "COVID-19", "BTEC", "NSPCC",
    "Signs of Safety",
]

INVOLVEMENT = [
    "Maisie-Jo Entwistle (Child R) was born on 14-09-2004 and lived at 14 Pikelaw Street, Haslingden, Rossendale BB4 5RW with her mother Shona Entwistle (born 22-06-1983), her stepfather Łukasz Wróbel, known to everyone as Luke, and her half-brother Oskar Wróbel (born 30-03-2014). Ms Entwistle worked nights as a senior care assistant at a care home in Bacup, and Mr Wróbel, who came to England from Poland in 2007, drove an HGV on early shifts, so for much of the week Maisie-Jo was the only person awake in the house in the evenings, looking after Oskar. The family had a Staffordshire bull terrier called Tank. Maisie-Jo's birth father, Jamie Pilling, lived in Whalley Road, Accrington and had had no regular contact with her since 2012.",
    "In October 2019, in Year 11 at Bleakedge High School, Maisie-Jo told her form tutor that girls in her year were sharing edited photographs of her on Snapchat and in a group chat on Instagram. The DSL recorded the disclosure on CPOMS and referred her to the school counsellor, Gail Summer, who saw her for six sessions in the spring term. Ms Summer noted superficial cuts to M-J.E.'s forearms in January 2020, completed an SDQ and, with Maisie-Jo's consent, telephoned Shona on 07700 900417; no referral was made to the MASH because the self-harm was judged to be 'low level'. Face-to-face counselling stopped with the first national lockdown in March 2020 because of COVID-19, and Maisie-Jo was signposted to Kooth and Childline.",
    "Dr Imran Haq at Ryeclough Medical Centre spoke to Maisie-Jo by telephone on 02-06-2020 and saw her on 16-07-2020, with her mother present on both occasions. Dr Haq recorded low mood, poor sleep and a PHQ-9 score of 19, and a history of joint pain for which he was considering a referral to rule out hypermobile Ehlers-Danlos syndrome. He made a routine referral to CAMHS, which was declined on 04-08-2020 as not meeting the threshold, with advice to use Kooth and the Papyrus HOPELINEUK number. The letter was sent to 14 Pikelaw St; Shona Entwistle says it was never opened, and nobody at Ryeclough followed it up.",
    "In the summer term of 2020 Ms Entwistle reported to Lancashire Constabulary that an account called @maisiejo_xo, which her daughter had not created, was posting sexualised images with Maisie-Jo's face edited onto them, and that a young man of 19, Tyler Marsden, had been messaging her from the Snapchat account tylerm_2002. A PCSO visited the house in Haslingden on a Monday afternoon when only Łukasz was at home; he told the officer that 'MJ' was 'just getting wound up by girls from school'. The report was recorded, with the child's name spelt 'Maisy-Jo Entwhistle' and her date of birth as 14/09/2004, under crime reference LC-20200623-0457 as an offence under the Malicious Communications Act 1988; no devices were seized and the investigation was filed within three weeks. No referral was made to Children's Social Care, and Operation Encompass did not apply because there had been no domestic abuse incident.",
    "Maisie-Jo, born on 14th September 2004 and so among the oldest in her year, began a BTEC in Health and Social Care at Cribden Sixth Form College in September 2020 and, in Year 12, joined a girls' group run on Friday evenings at Helmshore Youth Club by the youth worker Nathan Heald. Nathan became the professional she trusted most. In November 2020, just after Bonfire Night, she showed him messages from the account maisiejo.x telling her to kill herself; Mr Heald passed them to the college's safeguarding lead, who completed an Early Help Assessment with Shona Entwistle by video call at 07:30, through a link sent to shona.entwistle83@example.org, the only time that suited a mother who had just come off a night shift. Kacey Nuttall, Maisie-Jo's closest friend, later told the review that 'Mais' had stopped eating at college and was 'on TikTok all night'.",
    "On Boxing Day 2020 Maisie-Jo was brought to A&E at the Royal Blackburn Hospital by her stepfather after taking an overdose of paracetamol and ibuprofen. She was admitted overnight to the children's ward and was seen the next morning by the CAMHS liaison team, who recorded that M-J had taken the tablets after a row at home and a new wave of comments on Instagram. She was discharged to the care of Lukasz Wrobel, as the hospital spelt his name, with a safety plan, a CAMHS appointment in mid-January and the numbers for Samaritans and Childline. East Lancashire Hospitals NHS Trust sent a discharge notification to Ryeclough Medical Centre and a copy to the MASH, which screened it as 'information only' because the family were already open to early help. Nana Pat, Maisie-Jo's grandmother in Helmshore, was not told.",
    "Between January and October 2021 Maisie-Jo was seen four times by CAMHS and twice by Dr Haq, and told each of them that the bullying had 'moved online and will never stop' and that she slept in the day while her mum worked nights. The social worker, Faith Ogunleye, completed a Child and Family Assessment under section 17 of the Children Act 1989 in March 2021 and stepped the case down to early help in April 2021 without seeing Maisie-Jo alone; Ms Ogunleye acted in good faith on her mother's account that things had settled. Maisie-Jo died at home in Haslingden on 13-11-2021, aged 17; Łukasz found her and a neighbour, Mrs Rawcliffe, called the ambulance. Police found messages on her phone from tylerm_2002 and from a Cribden group chat that had continued until the night before her death. The death was notified to the Child Safeguarding Practice Review Panel and the Child Death Overview Panel, and HM Coroner opened an inquest.",
]

ANALYSIS = [
    "No single agency held the whole picture of Maisie-Jo's life. Bleakedge High School knew about the self-harm, Ryeclough Medical Centre knew about the low mood and the PHQ-9 score, Lancashire Constabulary knew about the images and about Tyler Marsden, and Cribden Sixth Form College and Nathan Heald knew about the messages urging her to kill herself; each agency responded within its own remit and each assumed that someone else, usually CAMHS, was holding the risk. Working Together to Safeguard Children 2018 is clear that a child who is self-harming and targeted online may be a child in need of help and protection, and a referral to the MASH at any of these points would have brought the information together.",
    "Professionals treated the online bullying as a falling-out between teenage girls rather than as harm. The messages from maisiejo.x and @maisiejo_xo, and contact from an adult of 19, should have prompted consideration of child sexual exploitation and a strategy discussion. The inquest into the death of Molly Russell has since shown how content on Instagram and Pinterest can deepen a young person's despair; at the time, no agency asked Maisie-Jo what she was seeing on TikTok or Snapchat, or asked Shona or Łukasz whether they knew.",
    "The family's working pattern shaped what professionals saw. Shona Entwistle worked nights and slept in the day, and almost every contact with her was by telephone, on 07700 900417 or on the care home's landline, 01632 960283. Mr Wróbel was seen at home but treated as a visitor rather than a parent, and his English was never considered, although he told the review that he would have welcomed an interpreter. Neither parent was told what the self-harm meant or how to keep medicines safe after the A&E attendance on Boxing Day. The voice of the child was recorded, but Maisie-Jo's own words, 'it will never stop', were not acted on.",
    "The move from Year 11 to Year 12 broke the thread. Keeping Children Safe in Education expects the DSL of the school a child leaves to transfer the child protection file; Bleakedge sent it to Cribden six weeks after term began and without Gail Summer's counselling notes, and CAMHS letters named her only as MJE. CAMHS declined the first referral on threshold and accepted the second only after the A&E attendance, and Dr Haq was not told that Maisie-Jo had missed her CAMHS appointments in the summer term of 2021.",
]

LEARNING = [
    "Learning 1: self-harm in a young person is a safeguarding concern, never 'low level'. When Ms Summer saw cuts on Maisie-Jo's arms in Year 11, and when Maisie-Jo came to A&E at the Royal Blackburn Hospital on Boxing Day, the response should have been what NICE guideline NG225 now sets out: a psychosocial assessment, a conversation with both Shona Entwistle and Łukasz Wróbel, and a referral to the MASH. The Child Safeguarding Practice Review Panel has made the same point in its national reviews, and the NSPCC and Papyrus HOPELINEUK publish guidance that every counsellor at Bleakedge High School and Cribden Sixth Form College should know.",
    "Learning 2: online bullying is harm, and it follows a child home. The accounts @maisiejo_xo, maisiejo.x and tylerm_2002 were known to the police, the college and the youth worker, but nobody brought them together under the Malicious Communications Act 1988 or asked whether an adult, Tyler Marsden, was exploiting M.J.E. Practitioners in Haslingden need to ask young people about Snapchat, Instagram and TikTok as routinely as they ask about school, and to tell parents such as Shona and Lukasz what to look for. The findings of the Molly Russell inquest, and the Prevention of Future Deaths report that followed it under Regulation 28, make this learning national, not local.",
    "Learning 3: a parent who works nights is hard to reach but not unreachable. Agencies offered Ms Entwistle appointments in office hours and accepted telephone calls in place of meetings; the Early Help Assessment was done by video at 07:30 on a Friday. Mr Wrobel was present and willing (the college's notes name the parents only as S.E. and Ł.W.), and an interpreter in Polish would have let him take part. Practitioners should use Signs of Safety flexibly, meet parents at times they can manage, and always see the young person alone.",
    "Learning 4: the move from school to college at sixteen is a moment of risk. The file from Bleakedge reached Cribden late and the counselling record from Year 11 was lost, while Nathan at Helmshore Youth Club knew more about Maisie-Jo's state of mind than any statutory agency and was never invited to a meeting. Youth workers and services such as Samaritans and Kooth should, with consent, be part of multi-agency planning; Ofsted has since found the college's safeguarding team strengthened.",
]

RECOMMENDATIONS = [
    ("The partnership assures itself that every young person who attends A&E after self-harm, as Maisie-Jo Entwistle did at the Royal Blackburn Hospital, is referred to the MASH, and that both parents, including a stepfather such as Mr Wróbel, are advised on keeping medicines safe, in line with NICE guideline NG225",
     "Audit 30 A&E attendances for self-harm by under-18s; revise the CAMHS liaison pathway",
     "Designated Nurse for Safeguarding Children", "31-03-2023"),
    ("Schools and colleges in Rossendale, including Bleakedge High School and Cribden Sixth Form College, transfer the child protection file and any counselling record, such as Ms Summer's notes, within five school days of a move into Year 12, as Keeping Children Safe in Education requires",
     "Transfer protocol agreed and audited; briefing for the DSL network",
     "Head of Education Safeguarding", "31-07-2023"),
    ("Lancashire Constabulary treats reports of online bullying of a child, such as the messages sent to Maisie-Jo from @maisiejo_xo and tylerm_2002, as a safeguarding matter: every PCSO and officer refers to Children's Social Care, considers a strategy discussion under Working Together to Safeguard Children 2018, and seizes devices where an adult such as Tyler Marsden is involved",
     "Briefing for response officers; dip sample of Snapchat and Instagram reports",
     "Detective Chief Inspector, Public Protection", "30-06-2023"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="RESTRICTED - Child R (Maisie-Jo Entwistle, DOB 14/09/2004) - LCSAP-CSPR-2022-07",
    footer="Family contact: Shona Entwistle, 07700 900417, shona.entwistle83@example.org",
    comment="Check with Nana Pat and Kacey before the family meeting; S.E. asks whether Ł.W. can have an interpreter. Police ref LC-20200623-0457.",
    footnote="The GP gives MJE's date of birth as 14th September 2004 and her address as 14 Pikelaw St, BB4 5RW.",
)
