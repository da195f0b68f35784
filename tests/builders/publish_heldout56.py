"""Held-back publication case 56, written blind (without sight of the anonymiser): a
17-year-old care leaver in supported accommodation in Norfolk who died of an overdose.
Every name of a person, place, street, provider and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "NSCP-CSPR-2023-04"

CASE_TOML = '''\
reference = "NSCP-CSPR-2023-04"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-06-2021", to = "19-11-2022" }
board = "Norfolk Safeguarding Children Partnership"

[[agencies]]
name = "Norfolk Constabulary"
aliases = ["Norfolk Police", "NC"]

[[agencies]]
name = "Norfolk County Council Children's Services"
aliases = ["Children's Services", "Leaving Care Team", "Youth Justice Service", "NCC"]

[[agencies]]
name = "East Norfolk Community Healthcare NHS Trust"
aliases = ["ENCH", "Health Visiting Service", "Healthy Child Programme"]

[[agencies]]
name = "Broadland and Waveney Mental Health NHS Foundation Trust"
aliases = ["BWMH", "BWMHFT", "Crisis Team"]

[[agencies]]
name = "Turnstone Young People's Drug and Alcohol Service"
aliases = ["Turnstone", "Turnstone YP Service"]
published_as = "the young people's substance misuse service"

[[agencies]]
name = "Brisworth Vale College"
aliases = ["BVC", "Brisworth College"]

[[agencies]]
name = "Tollgate Surgery"
aliases = ["Tollgate Surgery, Brisworth", "Tollgate"]
published_as = "the GP practice"

[[people]]
name = "Kacper Ślęzak"
aliases = ["Kacper", "Kaz", "Kacper Slezak", "Slezak", "KS", "K.S."]
role = "Child"
pseudonym = "Child R"
born = "09-06-2005"
address = "Flat 4, Sallowfield House, 22 Pightle Row, Brisworth, NR20 3QJ"

[[people]]
name = "Agnieszka Ślęzak"
aliases = ["Agnieszka", "Aga", "Agnieszka Slezak", "Ms Ślęzak", "Mrs Slezak"]
role = "Mother"
pseudonym = "Mother"
born = "11-02-1983"
address = "31 Ferrier Close, Sedgeby Staithe, NR31 7HT"

[[people]]
name = "Zofia Ślęzak"
aliases = ["Zofia", "Zosia", "Zofia Slezak", "Z.S."]
role = "Sister"
pseudonym = "Sibling"
born = "23-10-2002"
address = "31 Ferrier Close, Sedgeby Staithe, NR31 7HT"

[[people]]
name = "Tiana Bloomfield"
aliases = ["Tiana", "Tia", "Ms Bloomfield", "T.B."]
role = "Partner"
pseudonym = "Partner"
born = "14-01-2006"

[[people]]
name = "Maja Bloomfield"
aliases = ["Maja"]
role = "Daughter"
pseudonym = "Infant"
born = "02-04-2022"

[[staff]]
name = "Amber Thurlow"
code = "PA1"
role = "Personal Adviser"
agency = "Norfolk County Council Children's Services"

[[staff]]
name = "Hal Winter"
code = "PO1"
role = "Probation Officer (seconded to the Youth Justice Service)"
agency = "Norfolk County Council Children's Services"

[[staff]]
name = "Priya Chaudhry"
code = "CRHT1"
role = "Crisis Resolution and Home Treatment Nurse"
agency = "Broadland and Waveney Mental Health NHS Foundation Trust"

[[staff]]
name = "Faith Ottaway"
code = "YPDA1"
role = "Young People's Substance Misuse Worker"
agency = "Turnstone Young People's Drug and Alcohol Service"

[[staff]]
name = "Morag Quennell"
code = "HV1"
role = "Health Visitor"
agency = "East Norfolk Community Healthcare NHS Trust"
'''

IDENTIFIERS = {
    "key_name": [
        "Kacper Ślęzak", "Kacper Slezak", "Kacper", "Kacper's", "Ślęzak", "Slezak",
        "Agnieszka Ślęzak", "Agnieszka", "Ms Ślęzak", "Mrs Slezak",
        "Zofia Ślęzak", "Zofia",
        "Tiana Bloomfield", "Tiana", "Ms Bloomfield",
        "Maja Bloomfield", "Maja",
    ],
    "misspelling": ["Kasper Slezac", "Agnieska"],
    "nickname": ["Kaz", "Kaz's", "Aga", "Zosia", "Tia"],
    "initials": ["K.S.", "KS", "Z.S.", "T.B."],
    "not_in_key": [
        "Reece Dunmore", "Dunmore", "Dunny", "Pauline Eldridge", "Trevor Eldridge",
        "Eldridges", "Babcia Halina", "Halina", "Ms Yelverton", "Connor Platt",
    ],
    "staff_name": [
        "Amber Thurlow", "Ms Thurlow", "Thurlow", "Hal Winter", "Mr Winter",
        "Priya Chaudhry", "Ms Chaudhry", "Faith Ottaway", "Ms Ottaway",
        "Morag Quennell", "Ms Quennell",
    ],
    "address": [
        "Flat 4", "Sallowfield House", "Sallowfield", "22 Pightle Row", "Pightle Row",
        "Brisworth", "31 Ferrier Close", "Ferrier Close", "Sedgeby Staithe", "Coldham Yard",
    ],
    "postcode": ["NR20 3QJ", "NR20", "3QJ", "NR31 7HT"],
    "agency_place": [
        "Brisworth Vale College", "Tollgate Surgery", "Turnstone",
        "Larkrise Supported Housing", "Larkrise",
    ],
    "number": ["07700 900417", "01632 960233", "999 274 6130", "36/77410/22", "BVC-204173"],
    "date_of_birth": ["09-06-2005", "9th June 2005", "23.10.2002", "02/04/2022"],
    "email": ["kaz.slezak05@example.org"],
    "social_media": ["@kazzy_sl3zak", "kazzy_sl3zak"],
}

ORDINARY = [
    "rated Amber",
    "winter of 2021",
    "in good faith",
    "Norfolk Constabulary",
    "Working Together to Safeguard Children 2018",
    "Children (Leaving Care) Act 2000",
    "Mental Capacity Act 2005",
    "Section 136",
    "Mental Health Act 1983",
    "Crisis Resolution and Home Treatment Team",
    "National Referral Mechanism",
    "county lines",
    "It was hard to escape",
    "Child Safeguarding Practice Review Panel",
    "Ofsted",
    "Barnardo's",
    "Talk to FRANK",
    "Prenoxad",
    "etizolam",
    "Xanax",
    "Staffordshire Bull Terrier",
    "Asperger's syndrome",
    "Year 9",
    "Wigilia",
    "Boxing Day",
    "May half-term",
    "Great Ormond Street Hospital",
    "NHS 111",
    "EU Settlement Scheme",
    "Detective Sergeant",
    "STAYING PUT",
    "Pathway Plan",
    "Snapchat",
    "Greggs",
    "Prince's Trust",
    "AssetPlus",
    "CRAFFT",
    "Arthur Labinjo-Hughes",
    "Kooth",
    "Independent Review of Children's Social Care",
]

INVOLVEMENT = [
    "Kacper Ślęzak (Child R, date of birth 09-06-2005) was of White Polish heritage and was "
    "brought up a Roman Catholic. He had a heart defect repaired at Great Ormond Street Hospital "
    "as an infant and was given a diagnosis of Asperger's syndrome when he was in Year 9. He "
    "became looked after in 2018, aged 13, after repeated police call-outs to his mother "
    "Agnieszka Ślęzak's flat at 31 Ferrier Close, Sedgeby Staithe, NR31 7HT, where Aga, as "
    "neighbours knew her, was drinking heavily. He lived with foster carers Pauline Eldridge and "
    "Trevor Eldridge until July 2021. The placement ended after two arrests, and the Eldridges "
    "told the fostering service they could not offer him a home after 18; the fostering record "
    "for that month reads 'STAYING PUT - NOT AGREED - KS TOLD'.",

    "On 26-07-2021 Kacper moved into Flat 4 at Sallowfield House, 22 Pightle Row, Brisworth, "
    "NR20 3QJ, supported accommodation for 16 to 18 year olds run by Larkrise Supported Housing, "
    "with four hours of key work a week and no staff on site between 22:00 and 08:00. His "
    "personal adviser, Amber Thurlow, was allocated in August 2021 and wrote his first Pathway "
    "Plan with him in September 2021. The plan recorded his wish to 'get my own place and be a "
    "mechanic', his application to the EU Settlement Scheme (still undecided when he died) and "
    "that Kaz 'does not want his mum told where he lives'. Ms Thurlow visited K.S. at Pightle Row "
    "eleven times in fifteen months; on four of those visits he was not in.",

    "Kacper enrolled at Brisworth Vale College in September 2021 on a Level 1 motor vehicle "
    "course (student number BVC-204173). His attendance fell from 92% in the autumn term to 41% "
    "by the May half-term of 2022. The designated safeguarding lead, Ms Yelverton, recorded that "
    "he came in one Friday with a cut hand and new trainers and 'said he was doing runs for a "
    "mate'. The college sent its concern to the children's services front door, which passed it "
    "to the Leaving Care Team as information only because Kacper already had a personal adviser. "
    "In January 2022 a GP at Tollgate Surgery saw Kacper for poor sleep, suggested Kooth and "
    "recorded 'KS declines CAMHS, lives at Sallowfield, mobile 07700 900417'.",

    "Over the winter of 2021 Norfolk Constabulary recorded Kacper missing from Sallowfield House "
    "seven times. Three times he was found at a flat in Coldham Yard, Brisworth, which officers "
    "believed Reece Dunmore, a 24-year-old man from east London known as Dunny, was using as a "
    "base for county lines supply; a Staffordshire Bull Terrier was noted at the flat each time. "
    "On 11-03-2022 Kacper was arrested there with wraps of heroin and crack cocaine (crime "
    "reference 36/77410/22); the custody record named him as 'Kasper Slezac' and his mother as "
    "'Agnieska Slezak'. A Detective Sergeant referred him to the National Referral Mechanism the "
    "same day, and a positive reasonable grounds decision followed in April 2022. Dunmore was "
    "remanded but released on bail in June 2022, after which Kaz's missing episodes resumed. The "
    "risk of criminal exploitation was rated Amber at the multi-agency exploitation meeting in "
    "March 2022 and was not reviewed again.",

    "In May 2022 Kacper received a nine-month Referral Order. Hal Winter, a probation officer "
    "seconded to the Youth Justice Service, completed the AssetPlus assessment and began to plan "
    "his transfer to the Probation Service at 18. Mr Winter referred him to Turnstone, where "
    "Faith Ottaway completed a CRAFFT screen on 07-06-2022. Kacper described daily cannabis use "
    "and 'bars' of Xanax and etizolam bought through Snapchat (his account was @kazzy_sl3zak). "
    "Ms Ottaway gave harm reduction advice and the Talk to FRANK leaflets but did not offer a "
    "Prenoxad naloxone kit, because Turnstone then supplied naloxone only to people aged 18 or "
    "over. Kacper attended four of nine appointments; another resident, Connor Platt, told staff "
    "that Kacper was 'selling to the younger ones'.",

    "Kacper's partner, Tiana Bloomfield (Tia, T.B. in the records), then 16, gave birth to their "
    "daughter Maja Bloomfield on 02/04/2022. The health visitor, Morag Quennell, saw Tiana and "
    "Maja at the new birth visit on 15-04-2022, when Kacper was present and 'holding the baby "
    "confidently'. Ms Quennell recorded the father as 'Kasper Slezac, 17, no concerns'; she did "
    "not know he was a care leaver or that he was being exploited. Kacper spent Wigilia, the "
    "Polish Christmas Eve supper, and Boxing Day 2021 with his mother and his sister Zofia Ślęzak "
    "(Zosia, born 23.10.2002) at Ferrier Close, the first time in three years. Agnieszka told "
    "Ms Thurlow that Babcia Halina, the maternal grandmother in Poland, had paid for his "
    "train ticket.",

    "On 17-09-2022 police used Section 136 of the Mental Health Act 1983 after Kacper was found "
    "in distress by a road, and took him to the health-based place of safety. Priya Chaudhry of "
    "the Crisis Resolution and Home Treatment Team assessed him; he was found to have capacity "
    "under the Mental Capacity Act 2005 and was not detained. The plan was a call within 72 hours "
    "to 07700 900417, the number on his record, but that number was no longer in use. Ms "
    "Chaudhry's team closed the episode after two attempts and a letter to Sallowfield House; "
    "neither the Leaving Care Team nor Mr Winter was told. Staff at Pightle Row had twice called "
    "NHS 111 when they found Kacper drowsy. In October 2022 he told Ms Thurlow he wanted to try "
    "the Prince's Trust programme and apply for a job at Greggs. On the morning of 19-11-2022 a "
    "support worker found Kacper unresponsive in Flat 4; the night line, 01632 960233, had "
    "diverted to an answerphone since 23:00. The inquest found mixed drug toxicity (etizolam and "
    "heroin).",
]

ANALYSIS = [
    "Kacper's Pathway Plan was written in good faith and in his own words, but it covered "
    "accommodation, education and health and said nothing about exploitation, though the college "
    "and the police had both shared concerns by the time of its first review. The Children "
    "(Leaving Care) Act 2000 and Working Together to Safeguard Children 2018 both expect a plan "
    "for a 17-year-old to address the risks he actually faces. Ms Thurlow's caseload was 31 young "
    "people, and her supervision records show Kacper Ślęzak discussed twice in fifteen months.",

    "Once Kacper was arrested at Coldham Yard, the agencies saw K.S. mainly as an offender. The "
    "National Referral Mechanism referral was good practice, but the positive decision did not "
    "change the plan, and nobody asked how Dunny's release on bail altered the risk, which stayed "
    "rated Amber. The national review It was hard to escape (Child Safeguarding Practice Review "
    "Panel, 2020) describes this pattern in county lines cases, as do Barnardo's and the "
    "Independent Review of Children's Social Care. Sallowfield House was not registered with "
    "Ofsted, as supported accommodation for 16 and 17 year olds did not have to be until 2023.",

    "Turnstone's CRAFFT screen identified the drugs that killed Kacper, but its age rule meant "
    "that Kaz never held a Prenoxad kit and staff at Pightle Row had none either. The crisis "
    "team's follow-up relied on one mobile number and on a letter to an address the young person "
    "rarely used. Because Kacper was 17, the transition to adult services was on three separate "
    "timetables: Mr Winter's transfer to the Probation Service, the move from children's to adult "
    "mental health services, and the end of Turnstone's service at 18; none of them was shared.",

    "Ms Quennell saw Kacper with Tiana Bloomfield and Maja as a father and recorded no concerns, "
    "because the health visiting record had no link to his status as a looked after child. The "
    "misspelt 'Kasper Slezac' in the police and health records meant that checks on Kacper Slezak "
    "found nothing; a housing officer wrote to 'Mrs Slezak' at an old address. The GP at Tollgate "
    "Surgery did not know Kacper was a care leaver. Ms Ślęzak and Zofia were not asked to "
    "contribute to any plan, though Kacper went to them at Christmas and spoke of them to "
    "Ms Thurlow.",
]

LEARNING = [
    "Care leavers aged 16 and 17 living in supported accommodation such as Sallowfield House are "
    "children, and their exploitation is a safeguarding matter, not only an offending one. Kacper "
    "Ślęzak's missing episodes from Pightle Row, his arrest with Reece Dunmore's drugs and his "
    "falling attendance at Brisworth Vale College should have led to a strategy discussion under "
    "Working Together to Safeguard Children 2018, as It was hard to escape advises for county "
    "lines, and to a review of the risk rated Amber. When the National Referral Mechanism finds "
    "reasonable grounds, the Pathway Plan should change with it; Kacper's did not. The "
    "Independent Review of Children's Social Care, like the national review after the death of "
    "Arthur Labinjo-Hughes, found that agencies that each hold part of a picture still need one "
    "person to join it up.",

    "Harm reduction has to follow the risk, not the birthday. Because Turnstone supplied naloxone "
    "only from 18, K.S. never held a Prenoxad kit, though he had told Faith Ottaway in the CRAFFT "
    "screen that he used etizolam and Xanax. The Crisis Resolution and Home Treatment Team "
    "assessed Kaz after Section 136 was used, under the Mental Health Act 1983 and the Mental "
    "Capacity Act 2005, and then relied on one out-of-date number, 07700 900417, to follow him up. "
    "Staff at Sallowfield had called NHS 111 twice; the night line 01632 960233 went to an "
    "answerphone. Agnieszka Ślęzak, Zosia and Tia (Tiana Bloomfield) knew things about Kacper that "
    "no plan drew on (Ms Bloomfield was never asked), and Ofsted registration now makes "
    "providers such as Larkrise Supported Housing accountable for night cover.",

    "The transition to adult services for a 17-year-old care leaver must be one plan, not three. "
    "Mr Winter's AssetPlus assessment, the crisis team's discharge and Turnstone's closure at 18 "
    "each assumed someone else held the whole picture. The personal adviser is best placed to "
    "hold it, and Amber Thurlow said at the practitioner event that she would have called a "
    "meeting had she known about the Section 136 or the naloxone rule.",

    "Young fathers who are themselves looked after children or care leavers should be seen as "
    "both. Morag Quennell recorded Kacper as 'Kasper Slezac, no concerns' because the record "
    "system could not show her his status; the misspelling also defeated the police checks. "
    "Kacper's wish to apply to the Prince's Trust and for work at Greggs shows what a plan built "
    "on his own goals might have held on to.",
]

RECOMMENDATIONS = [
    ("Norfolk County Council Children's Services to make sure that every Pathway Plan for a care "
     "leaver aged 16 or 17 in supported accommodation, as Kacper Ślęzak was at Sallowfield House, "
     "includes an exploitation risk assessment reviewed after every missing episode, every "
     "National Referral Mechanism decision and whenever county lines concerns are rated Amber or "
     "above",
     "Revise the Pathway Plan template and audit twenty plans of 16 and 17 year olds in supported "
     "accommodation",
     "Head of Service, Leaving Care", "31-07-2023"),
    ("Turnstone to offer a Prenoxad naloxone kit and training to every young person aged 16 or "
     "over whose CRAFFT screen shows opioid, etizolam or Xanax use, and to the provider of their "
     "accommodation, so that no young person is left without one as K.S. was",
     "Change the naloxone policy; train all workers; report kits supplied to the partnership",
     "Service Manager, young people's substance misuse service", "30-06-2023"),
    ("Broadland and Waveney Mental Health NHS Foundation Trust to make sure that the Crisis "
     "Resolution and Home Treatment Team confirms a working phone number and tells the personal "
     "adviser before it closes the episode of any care leaver seen under Section 136, as it did "
     "not for Kaz",
     "Amend the discharge checklist; audit closures of care leavers each quarter",
     "Clinical Lead, Crisis Resolution and Home Treatment", "30-09-2023"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="RESTRICTED - Child R (Kacper Ślęzak, born 9th June 2005) - NSCP-CSPR-2023-04",
    footer="Agency report: K.S., Flat 4, Sallowfield House, NR20 3QJ - not for circulation",
    comment="Amber Thurlow to check with Zosia (Z.S., born 23.10.2002) when Aga was told; "
            "college email kaz.slezak05@example.org, Snapchat kazzy_sl3zak.",
    footnote="Crime reference 36/77410/22; NHS number 999 274 6130; Larkrise night line "
             "01632 960233.",
)
