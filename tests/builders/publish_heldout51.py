"""A held-back publication case (number 51), written blind without sight of the anonymiser:
a 14-year-old's suicide on Tyneside after homophobic online bullying. Every name of a person,
street, school, club, church, surgery and account in it is invented."""
# ruff: noqa: E501

from tests.builders.publish_heldout import HeldOut

REFERENCE = "TESCP-LCSPR-2025-02"

CASE_TOML = '''reference = "TESCP-LCSPR-2025-02"
review = "Local Child Safeguarding Practice Review"
subject = "Child N"
board = "Tyne Estuary Safeguarding Children Partnership"
period = { from = "01-09-2023", to = "08-11-2024" }
decision = "14-01-2025"
chronology_due = "28-02-2025"
report_due = "11-04-2025"

[[agencies]]
name = "Northumbria Police"
aliases = ["Police", "NP"]

[[agencies]]
name = "Tyne Estuary Children's Social Care"
aliases = ["Children's Social Care", "CSC", "Front Door"]

[[agencies]]
name = "Tyne Estuary 0-19 Public Health Nursing Service"
aliases = ["Health Visiting", "School Nursing", "0-19 Service"]

[[agencies]]
name = "Tyneside Child and Adolescent Mental Health Service"
aliases = ["Tyneside CYPS", "CYPS"]

[[agencies]]
name = "Tyne Estuary NHS Foundation Trust"
aliases = ["Tyne Estuary District Hospital", "the District Hospital"]
published_as = "the acute hospital trust"

[[agencies]]
name = "Ravensworth Lonnen Academy"
aliases = ["RLA", "Ravensworth Lonnen"]

[[agencies]]
name = "Carr Lane Youth Club"
aliases = ["Carr Lane", "Carr Lane Youth Project"]
published_as = "the youth club"

[[people]]
name = "Declan Rutter-Bright"
aliases = ["Declan Bright", "Declan", "Dec", "Deccy", "DRB", "D.R-B."]
role = "Child"
pseudonym = "Child N"
born = "14-03-2010"
address = "27 Wagonway Crescent, Hebburn, NE31 2QX"

[[people]]
name = "Shona Bright"
aliases = ["Shona", "Ms Bright", "Shona Rutter", "SB"]
role = "Mother"
pseudonym = "Mother"
born = "02-07-1985"
address = "27 Wagonway Crescent, Hebburn, NE31 2QX"

[[people]]
name = "Tomasz Wróbel"
aliases = ["Tomasz", "Tomek", "Mr Wróbel", "Tomasz Wrobel", "TW"]
role = "Mother's partner"
pseudonym = "Mother's partner"
born = "19-11-1982"
address = "27 Wagonway Crescent, Hebburn, NE31 2QX"

[[people]]
name = "Stephen Bright"
aliases = ["Stephen", "Mr Bright"]
role = "Father"
pseudonym = "Father"
born = "30-01-1983"
address = "14 Coquet Row, Blyth, NE24 3HW"

[[people]]
name = "Maja Wróbel"
aliases = ["Maja", "MW"]
role = "Half-sibling"
pseudonym = "Sibling"
born = "08-09-2016"
address = "27 Wagonway Crescent, Hebburn, NE31 2QX"

[[people]]
name = "Irene Rutter"
aliases = ["Irene", "Nana Reenie", "Mrs Rutter"]
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"
born = "23-05-1958"
address = "Flat 6, Kepier House, Jarrow, NE32 4JD"

[[staff]]
name = "Tony Young"
code = "YW1"
role = "Youth Worker"
agency = "Carr Lane Youth Club"

[[staff]]
name = "Helen March"
code = "SC1"
role = "School Counsellor"
agency = "Ravensworth Lonnen Academy"

[[staff]]
name = "Siobhán Doherty"
code = "SW1"
role = "Social Worker"
agency = "Tyne Estuary Children's Social Care"

[[staff]]
name = "Kerry-Ann Foggon"
code = "MH1"
role = "Mental Health Practitioner"
agency = "Tyneside Child and Adolescent Mental Health Service"

[[staff]]
name = "Liam Surtees"
code = "PC1"
role = "Police Community Support Officer"
agency = "Northumbria Police"
'''

IDENTIFIERS = {
    "key_name": [
        "Declan Rutter-Bright", "Declan Bright", "Declan", "Declan's", "Rutter-Bright",
        "Shona Bright", "Shona Rutter", "Shona", "Shona's", "Ms Bright",
        "Tomasz Wróbel", "Tomasz Wrobel", "Tomasz", "Mr Wróbel", "Mr Wrobel", "Wróbel",
        "Stephen Bright", "Stephen", "Mr Bright", "Bright family",
        "Maja Wróbel", "Maja", "Maja's",
        "Irene Rutter", "Irene", "Mrs Rutter",
    ],
    "nickname": ["Dec", "Deccy", "Tomek", "Nana Reenie"],
    "misspelling": ["Decklan", "Shauna Bright", "Maya", "Wroble"],
    "initials": ["DRB", "D.R-B.", "DR-B", "SB", "TW", "T.W.", "MW"],
    "not_in_key": [
        "Ellis Fairlamb", "Ellis", "Tyler Gowland", "Tyler", "Kayden Rutter", "Kayden",
        "Pastor Glenn Oxley", "Pastor Oxley", "Glenn", "Edna Scullion", "Mrs Scullion",
    ],
    "staff": [
        "Tony Young", "Mr Young", "Tony", "Helen March", "Ms March", "Helen",
        "Siobhán Doherty", "Siobhan Doherty", "Ms Doherty", "Kerry-Ann Foggon", "Kerry-Ann",
        "Liam Surtees", "Surtees",
    ],
    "address": [
        "27 Wagonway Crescent", "Wagonway Crescent", "Wagonway", "Hebburn",
        "14 Coquet Row", "Coquet Row", "Blyth", "Flat 6, Kepier House", "Kepier House",
        "Jarrow",
    ],
    "postcode": ["NE31 2QX", "NE31", "2QX", "NE24 3HW", "NE32 4JD"],
    "agency_place": [
        "Ravensworth Lonnen Academy", "Ravensworth Lonnen", "RLA", "Carr Lane Youth Club",
        "Carr Lane", "Rainbow Room", "Tyne Estuary District Hospital", "Argyle Street Surgery",
        "Harbour Light Church", "Harbour Light",
    ],
    "number": [
        "07700 900417", "07700 900583", "01632 960288", "999 046 2271", "NP/24/118305",
    ],
    "email": ["shona.rb85@example.org", "h.march@example.org"],
    "date_of_birth": ["14-03-2010", "14/03/2010", "14.03.10", "02-07-1985", "08-09-2016"],
    "social_media": ["rla.exposed", "@deccy_rb", "dec.rb10"],
}

ORDINARY = [
    "Childline", "0800 1111", "Samaritans", "Shout 85258", "CAMHS", "Single Point of Access",
    "Kooth", "Snapchat", "TikTok", "Year 9", "Year 10", "LGBT History Month",
    "Anti-Bullying Week", "Christmas", "Friday", "Keeping Children Safe in Education",
    "Working Together to Safeguard Children 2023", "Equality Act 2010",
    "Online Safety Act 2023", "Regulation 28", "Prevention of Future Deaths", "Molly Russell",
    "Victoria Climbié", "Gillick competence", "Fraser guidelines",
    "Strengths and Difficulties Questionnaire", "Designated Safeguarding Lead", "PCSO",
    "HM Senior Coroner", "Staffordshire Bull Terrier", "Osgood-Schlatter disease",
    "young people", "bright and funny", "March 2024", "his mam", "Stonewall", "Just Like Us",
    "NICE guideline NG225", "OFFICIAL-SENSITIVE", "Poland",
]

INVOLVEMENT = [
    "Declan Rutter-Bright (recorded at school as Declan Bright, date of birth 14-03-2010) lived at 27 Wagonway Crescent, Hebburn, NE31 2QX with his mother Shona Bright, her partner Tomasz Wróbel and his half-sister Maja Wróbel (date of birth 08-09-2016). His father, Stephen Bright, lives at 14 Coquet Row, Blyth, NE24 3HW and had Declan every other weekend; Mr Bright and Shona separated in 2015. His maternal grandmother, Irene Rutter, known to the children as Nana Reenie, lives at Flat 6, Kepier House, Jarrow, NE32 4JD, and the whole Bright family worshipped at Harbour Light Church. Mr Wróbel came to England from Poland in 2009; Ms Bright (born 02-07-1985, formerly Shona Rutter) had known him since school. Everyone who spoke to the review described Declan as bright and funny; he played football until Osgood-Schlatter disease stopped him in Year 9 (a GP letter from Argyle Street Surgery spells him 'Decklan'), and he walked the family's Staffordshire Bull Terrier most evenings.",
    "Over Christmas 2023 Declan told his closest friend, Ellis Fairlamb, that he was gay. On Friday 09-02-2024, during LGBT History Month, an anonymous Instagram account, rla.exposed, posted a screenshot of that private message. Within a day it had been shared on Snapchat and TikTok and Dec received messages calling him names and telling him to kill himself. The Designated Safeguarding Lead at Ravensworth Lonnen Academy spoke to him on 12-02-2024, logged the incident as bullying and reported the account; Tyler Gowland, a Year 9 pupil, later admitted setting it up and was suspended for three days. The school did not tell Ms Bright, because Declan asked that his mother not be told he was gay; the DSL noted that she had 'considered Gillick competence' but recorded no reasons and did not return to the decision. The school record spells the stepfather's name 'Wroble' throughout.",
    "Declan was referred to the school counsellor, Helen March, and saw her six times between 04-03-2024 and 22-04-2024. Ms March recorded in March 2024 that Declan said he 'could not be himself at home', that his mam 'would go mad' and that Pastor Glenn Oxley had preached that being gay was a sin. His score on the Strengths and Difficulties Questionnaire was in the very high range. On 15-04-2024 he told Ms March that he had thought about ending his life 'but wouldn't, because of Maja'; Maja's drawings were on the wall of his room. Helen completed a safety plan with him, gave him the Childline number (0800 1111) and the Shout 85258 text line, and emailed the disclosure from h.march@example.org to the DSL, who rang the GP from the school office (01632 960288) and asked for a referral to CAMHS; the referral form gives his date of birth as 14/03/2010 and his own mobile as 07700 900583.",
    "The referral reached the CAMHS Single Point of Access (Tyneside CYPS) on 18-04-2024. Kerry-Ann Foggon screened it by telephone with Ms Bright on 25-04-2024, on 07700 900417; Declan was not spoken to. Because he had a safety plan and no known self-harm, the referral was graded routine and placed on the waiting list, with an expected wait of 38 weeks, and the family were signposted to Kooth. The letter sent to Shona (Shona's email, shona.rb85@example.org, was the only address on file), marked OFFICIAL-SENSITIVE, gave Declan's NHS number, 999 046 2271, but no named worker to call if things got worse. Kerry-Ann did not ask the school for its records and did not know about the online bullying.",
    "Declan had started going to the Rainbow Room, the LGBTQ+ group at Carr Lane Youth Club, in January 2024, after his cousin Kayden Rutter took him along; his mother was told it was a gaming night. The youth worker, Tony Young, saw him most weeks (the young people called him Tony). Mr Young recorded that Declan was one of the young people most hurt by the Instagram account, that he joined the group's sessions run with Stonewall and Just Like Us, and that in May 2024 he said he had rung Childline and the Samaritans after a row at home in which Tomek (Tomasz Wrobel on the club's list of parents) had said 'no son of mine'. Mr Young judged that Deccy was old enough to ask that this stay private, citing the Fraser guidelines, and did not share it with the school, his parents or the Single Point of Access. Carr Lane had no information-sharing agreement with either, and Mr Young did not know Declan was on a CAMHS waiting list.",
    "On Friday 21-06-2024 at 23:40 Declan was brought to the Emergency Department of Tyne Estuary District Hospital by Mr Wróbel with cuts to his forearm. The triage note reads 'DRB, 14, self-harm, calm, with stepdad T.W., sister Maya at home with neighbour Edna Scullion'; Mrs Scullion later told police she had heard shouting that night. The hospital record lists him as DR-B, born 14.03.10. The liaison psychiatry nurse saw him alone the next morning and completed a psychosocial assessment in line with NICE guideline NG225; he said the cuts followed messages on TikTok and that he did not want to die. He was discharged with a letter to the GP and a request to the Single Point of Access to bring his appointment forward. The request was received on 24-06-2024; the grading was changed to 'urgent routine' and no date was given. A referral to Children's Social Care was made the same day.",
    "Siobhán Doherty, a social worker in the Front Door, reviewed the referral on 25-06-2024 and spoke to Ms Bright and to the school. The outcome was 'no further action, advice given, CAMHS involved', and a step-down to Early Help was offered and declined. Ms Doherty (Siobhan Doherty in the police record) did not speak to Declan or to Mr Wrobel, and the record does not show that his sexuality, the bullying or the family's faith were explored. On 02-07-2024 Shona reported the messages to Northumbria Police, who recorded her as 'Shauna Bright'; PCSO Liam Surtees visited Wagonway Crescent on 05-07-2024, gave advice on blocking and reporting, and recorded malicious communications under crime reference NP/24/118305. It was filed with no suspect identified; no one linked it to the school's record of Tyler's account.",
    "In Year 10 the bullying came back through a TikTok account, dec.rb10, that copied Declan's name and photographs; he stopped going to the Rainbow Room after the summer. The school nurse saw him once, at a drop-in on 17-09-2024, about sleep. On 14-10-2024 Shona rang the Single Point of Access to say Dec was 'not himself' and was told he was 'near the top of the list'. On Friday 08-11-2024, the week before Anti-Bullying Week, Declan took his own life at home. The Detective Inspector who attended referred his death to HM Senior Coroner. At the inquest in July 2025 the Coroner concluded that Declan died by suicide, that homophobic bullying online had contributed more than minimally, and issued a Prevention of Future Deaths report under Regulation 28 to the Trust about CAMHS waiting times, citing the inquest into the death of Molly Russell.",
]

ANALYSIS = [
    "Declan's voice is clear in the records of Ms March and Mr Young and absent from the records of the Single Point of Access and the Front Door. Working Together to Safeguard Children 2023 expects practitioners to see and speak to the child; the SPA screening and the Front Door decision were both made on what SB told them, and the chronology entry 'Spoke to SB and RLA re D.R-B., child not available, MW in the home, TW at work' is the whole of the Front Door's contact. A 14-year-old who had told three adults he was gay and frightened at home was assessed as if his mother could speak for him.",
    "Practitioners at Ravensworth Lonnen and Carr Lane were right to think about Declan's right to confidentiality, but neither recorded how they weighed it against the risk he described. Gillick competence is about a child's capacity to make a particular decision; the Fraser guidelines concern contraceptive advice and do not apply to keeping a suicidal thought private. Mr Young's notes cite Fraser; the DSL's notes cite 'Gillick' but say nothing about what Dec understood. Neither setting had a route for sharing a risk with CAMHS without telling the parents, and the youth club had no written safeguarding supervision.",
    "The family's faith and Mr Wróbel's views were known to the counsellor and the youth worker but not to anyone who assessed risk. Sexual orientation is a protected characteristic under the Equality Act 2010, and Keeping Children Safe in Education asks schools to treat homophobic bullying, including online, as a safeguarding matter. No agency asked Shona, Tomasz, Stephen or Irene what Declan's sexuality meant to them, or asked Declan how safe he felt at Harbour Light or at Nana Reenie's.",
    "The online harm was seen in pieces. The school dealt with rla.exposed as behaviour; the police recorded malicious communications against an unknown suspect; the hospital recorded 'messages on TikTok'; CAMHS never heard of it. Declan's own account, @deccy_rb, shows he was still receiving messages in the week he died. The Online Safety Act 2023 places duties on platforms, but it does not relieve local agencies of sharing what they know about a child being targeted.",
]

LEARNING = [
    "Learning 1: a child on a CAMHS waiting list is not a child receiving help. Declan Rutter-Bright of Wagonway Crescent waited 28 weeks after the Single Point of Access graded him routine in April 2024. In that time the school counsellor he first confided in in March 2024, the youth worker at Carr Lane Youth Club, Childline, the Samaritans and the Shout 85258 text line each held part of his distress, and no one held all of it; signposting to Kooth was the only help offered. When Ms Bright rang Kerry-Ann Foggon about Dec in Year 10, nobody reviewed the risk or rang Ravensworth Lonnen Academy. The Regulation 28 report in this case, like the inquest into the death of Molly Russell, says that young people who are waiting must be contacted, reassessed and told who to call, and that a parent's call saying a child is 'not himself' is new information.",
    "Learning 2: homophobic bullying online is a safeguarding matter, not only a matter of behaviour. The account rla.exposed outed Declan during LGBT History Month, Tyler Gowland's part was known to the school within a week, and the abuse on Snapchat and TikTok carried on into Year 10. The Designated Safeguarding Lead's decision not to tell Declan's mother, and Mr Young's decision not to tell anyone about the calls to Childline on 0800 1111, were made in good faith, but Gillick competence and the Fraser guidelines were confused, and neither decision was shared or reviewed. The Rainbow Room, with Stonewall and Just Like Us, gave Declan a place where he was bright and funny again; the review heard that he said his mam and Tomasz 'would never know that Deccy', and Mrs Rutter told the review she wished she had been asked. Keeping Children Safe in Education and the Equality Act 2010 require the school to act on such bullying, and Anti-Bullying Week is not enough on its own.",
    "Learning 3: respect for a family's faith must not stop practitioners asking a child how safe he feels at home. Lord Laming's inquiry into the death of Victoria Climbié warned that assumptions about culture and faith can close down the questions a child needs to be asked. Nobody asked Declan about Pastor Oxley's sermon, about what Mr Wrobel said, or whether he could talk to his father or to Nana Reenie.",
    "Learning 4: voluntary youth provision and the police hold safeguarding information that no one asks for. Carr Lane Youth Project was not on any referral pathway, and PCSO Surtees's report NP/24/118305 was not shared with the school or with Ms Doherty. A PCSO attending a report of online abuse of a child should check for a school or social care record before filing it. The review also notes good practice: the Emergency Department saw Declan alone and followed NICE guideline NG225.",
]

RECOMMENDATIONS = [
    ("Tyneside CYPS should contact every child graded routine on the CAMHS waiting list, and the child's school, at least every six weeks, and reassess on any call from a parent, as did not happen for Dec after April 2024; each letter from the Single Point of Access should name a worker and give the numbers for Childline, 0800 1111, the Samaritans and Shout 85258",
     "Write a waiting list contact standard; audit 40 waiting cases each quarter; report to the Partnership", "Head of Access, Tyneside CYPS", "31-03-2026"),
    ("Ravensworth Lonnen Academy should record every incident of homophobic bullying online, such as the rla.exposed account, as a safeguarding concern for the Designated Safeguarding Lead, in line with Keeping Children Safe in Education and the Equality Act 2010, and should record every Gillick competence decision with its reasons and a review date",
     "Revise the anti-bullying policy; train all staff in Year 9 and Year 10 teams; audit the safeguarding log in Anti-Bullying Week", "Headteacher", "30-09-2025"),
    ("Carr Lane Youth Club should agree with the school and the Single Point of Access how a worker shares a risk to life that young people ask to keep private, so that what Mr Young knew about Declan's calls to Childline or the Rainbow Room reaches those assessing risk; the Fraser guidelines should not be cited for such decisions",
     "Sign an information-sharing agreement; give the youth club's workers safeguarding supervision each month", "Youth Services Manager", "31-12-2025"),
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
    header="OFFICIAL-SENSITIVE: Declan Rutter-Bright (D.R-B.), born 14.03.10, Ravensworth Lonnen Academy",
    footer="Agency report author for RLA: contact via 01632 960288 or h.march@example.org; the counsellor is not the author",
    comment="Check with Siobhan Doherty whether Tomek or Stephen was ever seen; Shona's number is 07700 900417 (DR-B file)",
    footnote="Declan Rutter-Bright's own Instagram was @deccy_rb; Irene Rutter gave the review a statement at Kepier House; mother's DOB 02-07-1985; MW was at school",
)
