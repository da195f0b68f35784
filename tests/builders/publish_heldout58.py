"""Held-back publication case 58, written blind (without sight of the anonymiser): a
five-year-old autistic boy of a Hong Kong BN(O) family found by a canal; every name,
address, number and group in it is invented."""
# ruff: noqa: E501

from tests.builders.publish_heldout import HeldOut

REFERENCE = "LCSPR-2025-58"

CASE_TOML = """\
reference = "LCSPR-2025-58"
review = "Local Child Safeguarding Practice Review"
subject = "Child W"
period = { from = "01-06-2023", to = "30-11-2024" }
board = "Birmingham Safeguarding Children Partnership"
decision = "09-12-2024"
notification = "19-11-2024"

[[agencies]]
name = "West Midlands Police"
aliases = ["WMP", "Police"]
chronology_due = "24-01-2025"
report_due = "21-03-2025"

[[agencies]]
name = "Birmingham Children's Trust"
aliases = ["BCT", "Children's Social Care", "CSC"]
chronology_due = "24-01-2025"
report_due = "21-03-2025"

[[agencies]]
name = "Birmingham Community Healthcare NHS Foundation Trust"
aliases = ["BCHC", "Health Visiting Service", "Paediatric Neurodevelopmental Service"]
chronology_due = "24-01-2025"
report_due = "21-03-2025"

[[agencies]]
name = "Brackenmere Primary School"
aliases = ["Brackenmere", "Brackenmere Primary"]
published_as = "the primary school"
chronology_due = "24-01-2025"
report_due = "21-03-2025"

[[agencies]]
name = "Cotterell Green Medical Practice"
aliases = ["Cotterell Green Surgery", "Cotterell Green"]
chronology_due = "24-01-2025"

[[agencies]]
name = "Lantern Bridge Hong Kong Welcome Hub"
aliases = ["Lantern Bridge", "LBWH"]
published_as = "the welcome hub"
chronology_due = "24-01-2025"

[[people]]
name = "Lucius Mak Tsz-lok"
aliases = ["Lucius", "Lucius Mak", "Tsz-lok", "Lok Lok", "麥梓樂", "LM", "T.L. Mak"]
role = "Child"
pseudonym = "Child W"
born = "14-03-2019"
address = "Flat 3, 41 Kestrelmoor Drive, Sutton Coldfield, B74 9ZD"

[[people]]
name = "Ivy Cheung Wing-lam"
aliases = ["Ivy", "Ivy Cheung", "Wing-lam", "Ms Cheung", "張詠琳", "IC"]
role = "Mother"
pseudonym = "Mother"
born = "02-11-1990"
address = "Flat 3, 41 Kestrelmoor Drive, Sutton Coldfield, B74 9ZD"

[[people]]
name = "Desmond Mak Chun-hei"
aliases = ["Desmond", "Desmond Mak", "Mr Mak", "Chun-hei"]
role = "Father"
pseudonym = "Father"
born = "27-06-1987"
address = "Flat 3, 41 Kestrelmoor Drive, Sutton Coldfield, B74 9ZD"

[[people]]
name = "Clementine Mak Hoi-yan"
aliases = ["Clementine", "Clemmie", "Hoi-yan"]
role = "Sibling"
pseudonym = "Sibling"
born = "09-01-2024"
address = "Flat 3, 41 Kestrelmoor Drive, Sutton Coldfield, B74 9ZD"

[[people]]
name = "Lai Yuk-lan"
aliases = ["Mrs Lai", "Yuk-lan", "Po Po"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "18-05-1961"
address = "Flat 18C, Kwun Fai Court, Hong Kong"

[[staff]]
name = "Gwenllian Frost"
code = "HV1"
role = "Health Visitor"
agency = "Birmingham Community Healthcare NHS Foundation Trust"

[[staff]]
name = "Tamsin Ward"
code = "SW1"
role = "Social Worker"
agency = "Birmingham Children's Trust"

[[staff]]
name = "Perpetua Oyelaran"
code = "SENCO1"
role = "Special Educational Needs Coordinator"
agency = "Brackenmere Primary School"

[[staff]]
name = "Hamish Strang"
code = "PC1"
role = "Police Constable"
agency = "West Midlands Police"

[[staff]]
name = "Aoife Ní Bhriain"
code = "PAED1"
role = "Community Paediatrician"
agency = "Birmingham Community Healthcare NHS Foundation Trust"
"""

IDENTIFIERS = {
    "key_name": ["Lucius Mak Tsz-lok", "Lucius Mak", "Lucius", "Lucius's", "Tsz-lok",
                 "Ivy Cheung Wing-lam", "Ivy Cheung", "Ivy", "Ivy's", "Ms Cheung", "Wing-lam",
                 "Desmond Mak Chun-hei", "Desmond", "Mr Mak", "Chun-hei", "Mak",
                 "Clementine Mak Hoi-yan", "Clementine", "Hoi-yan",
                 "Mrs Lai Yuk-lan", "Lai Yuk-lan", "Mrs Lai"],
    "nickname": ["Lok Lok", "Clemmie", "Po Po"],
    "misnaming": ["Mrs Mak", "Ivy Mak", "Lucious", "Tsz Lok", "Wing Lam"],
    "initials": ["LM", "L.M.", "T.L. Mak", "I.C.", "IC"],
    "name_beyond_ascii": ["麥梓樂", "張詠琳"],
    "staff_name": ["Gwenllian Frost", "Ms Frost", "Tamsin Ward", "Ms Ward", "Tamsin",
                   "Perpetua Oyelaran", "Mrs Oyelaran", "Hamish Strang", "PC Strang",
                   "Aoife Ní Bhriain", "Dr Ní Bhriain", "Dr Ni Bhriain"],
    "not_in_key": ["Radovan Szczepański", "Mr Szczepański", "Mr Szczepanski",
                   "Ambrose Tuckwell", "Mr Tuckwell", "Alvin Kwok", "Mr Kwok",
                   "Cindy Lo", "Ms Lo", "Pastor Enoch Yiu", "Pastor Yiu",
                   "Auntie Bonnie", "Bonnie Cheung"],
    "address": ["Flat 3, 41 Kestrelmoor Drive", "41 Kestrelmoor Drive", "Kestrelmoor Drive",
                "Kestrelmoor Dr.", "Kestrelmoor", "Kwun Fai Court"],
    "town": ["Sutton Coldfield", "Royal Sutton Coldfield", "Sutton", "Four Oaks"],
    "postcode": ["B74 9ZD", "B749ZD", "B74", "9ZD"],
    "place": ["Birmingham and Fazeley Canal", "Pellham Locks"],
    "agency_place": ["Brackenmere Primary School", "Brackenmere", "Cotterell Green Medical Practice",
                     "Cotterell Green", "Lantern Bridge Hong Kong Welcome Hub", "Lantern Bridge",
                     "LBWH"],
    "group": ["Living Water Cantonese Fellowship", "恩典同行"],
    "social_media": ["@lokloks_mama"],
    "number": ["999 047 3158", "H330299104017", "Y482913(7)", "17112024-0356"],
    "phone": ["07700 900418", "01632 960277"],
    "email": ["ivy.cheung.wl@example.org"],
    "date_of_birth": ["14/03/2019", "14.03.19", "2 November 1990", "27.06.1987",
                      "09-01-2024"],
}

ORDINARY = [
    "Working Together to Safeguard Children 2023", "Children and Families Act 2014",
    "SEND Code of Practice", "Equality Act 2010", "Children Act 1989",
    "Child Safeguarding Practice Review Panel", "Victoria Climbié", "Daniel Pelka",
    "Herbert Protocol", "ADOS-2", "Ages and Stages Questionnaire", "Makaton",
    "Kawasaki disease", "Portage", "SENCo", "EHCP", "MASH", "OFFICIAL-SENSITIVE",
    "Mid-Autumn Festival", "Lunar New Year", "Sunday", "Queen Mary Hospital",
    "Child Assessment Service", "National Autistic Society", "Canal & River Trust",
    "Missing People", "Hong Kong", "British National (Overseas)",
    "no recourse to public funds", "Disability Living Allowance", "Heathrow Airport",
    "Cocker Spaniel", "WhatsApp", "Google Translate", "Thomas the Tank Engine",
    "Reception class", "a hard frost", "children's ward", "Cantonese", "LanguageLine",
]

INVOLVEMENT = [
    "Child W is Lucius Mak Tsz-lok (麥梓樂), known at home as Lok Lok, date of birth "
    "14/03/2019. He arrived at Heathrow Airport in June 2023 with his mother, Ivy Cheung "
    "Wing-lam (張詠琳, born 2 November 1990), and his father, Desmond Mak Chun-hei "
    "(27.06.1987), on the British National (Overseas) route; the visa carries a condition "
    "of no recourse to public funds. In Hong Kong Lucius had been seen by the Child "
    "Assessment Service and, aged two, had spent nine days on the children's ward at Queen "
    "Mary Hospital with Kawasaki disease. After viewing a flat in Four Oaks, in August 2023 the family rented "
    "Flat 3, 41 Kestrelmoor Drive, Sutton Coldfield B74 9ZD; the tenancy agreement gives "
    "the town as Royal Sutton Coldfield. The maternal grandmother, Mrs Lai "
    "Yuk-lan (Po Po to the children), stayed at Kwun Fai Court and spoke to Ivy every "
    "evening on WhatsApp.",

    "Lucius started in the Reception class at Brackenmere Primary School in September 2023 "
    "(UPN H330299104017). The SENCo, Mrs Perpetua Oyelaran, recorded that he used no words "
    "in English or Cantonese, lined up his Thomas the Tank Engine carriages for hours and "
    "ran for any open door. Meetings with Ms Cheung, who appears throughout the school file "
    "as 'Mrs Mak', were held with Google Translate on a tablet; no interpreter was booked, and the "
    "SENCo's notes call the mother simply IC. "
    "In February 2024 Mrs Oyelaran asked for an EHC needs assessment under the Children and "
    "Families Act 2014 and the SEND Code of Practice, and the EHCP was issued in October "
    "2024 with Makaton and visual timetables in section F. On 21 June 2024 'Lucious' (sic) "
    "left the playground through the side gate and was found on the pavement of "
    "Kestrelmoor Dr. by a lunchtime supervisor; it was logged as a health and safety "
    "incident, not as a safeguarding concern.",

    "Ms Gwenllian Frost, health visitor, made the new birth visit for Clementine Mak "
    "Hoi-yan (Clemmie, born 09-01-2024) on 23 January 2024. A LanguageLine interpreter was "
    "booked for Cantonese, but the interpreter who joined by telephone, Mr Alvin Kwok, "
    "spoke Mandarin; Ms Frost completed the Ages and Stages Questionnaire for T.L. Mak "
    "through Mr Mak's English instead. She asked Cotterell Green Medical Practice to refer "
    "L.M. to the paediatric neurodevelopmental service and suggested Portage. The GP at "
    "Cotterell Green recorded 'LM ?ASD, HK records requested' against NHS number 999 047 "
    "3158 and the mother's mobile, 07700 900418. The records from Hong Kong, which named "
    "him Mak Tsz Lok with identity card Y482913(7), did not arrive before the review "
    "period ended.",

    "On Sunday 14 July 2024 a neighbour, Mr Radovan Szczepański, found Lucius in his back "
    "garden in a nappy and rang the police. PC Hamish Strang took him home and recorded "
    "the mother as 'Ivy Mak' and the neighbour as 'Mr Szczepanski'. The log notes that the "
    "mother 'had limited English' and that the child 'did not respond to his name'. PC "
    "Strang closed the log with words of advice; no notification was made to the MASH.",

    "Dr Aoife Ní Bhriain, community paediatrician, saw Tsz-lok on 12 September 2024, the "
    "week of the Mid-Autumn Festival, and completed ADOS-2 with a Cantonese-speaking "
    "nursery nurse. She diagnosed autism and wrote: 'no sense of danger; has been found "
    "outside the home twice'. Dr Ni Bhriain (as the clinic letter spells it) gave Ivy a "
    "National Autistic Society leaflet in English and advised the parents to claim "
    "Disability Living Allowance, not knowing that the family could not claim it; the "
    "letter was copied to the GP and to the school, not to the health visitor.",

    "At 06:40 on Sunday 17 November 2024, after a hard frost, Mr Ambrose Tuckwell, "
    "walking his Cocker Spaniel on the towpath of the Birmingham and Fazeley Canal near "
    "Pellham Locks, found Lok Lok barefoot in his pyjamas at the water's edge, almost a "
    "mile from Kestrelmoor. Mr Tuckwell rang 999; police log 17112024-0356, marked "
    "OFFICIAL-SENSITIVE, shows officers reached Flat 3, 41 Kestrelmoor Drive at 07:25 and "
    "found the back door open. Mr Mak was on a night shift in a warehouse and Ivy had "
    "fallen asleep feeding the baby. The Canal & River Trust later confirmed that the "
    "gate at the bridge had been broken since October. A strategy discussion was held the "
    "next day and Ms Tamsin Ward, social worker, began enquiries under section 47 of the "
    "Children Act 1989. Ms Ward read Lucius's EHCP for the first time that week.",

    "The Lantern Bridge Hong Kong Welcome Hub (LBWH) had helped the family to register "
    "with the GP and apply for a school place; its coordinator, Ms Cindy Lo (01632 "
    "960277), knew that Ms Cheung was exhausted, isolated and frightened that Lucius would "
    "run. The family's main support was an online church group, the Living Water "
    "Cantonese Fellowship, which met on Zoom and in a WhatsApp group called '恩典同行'; "
    "Pastor Enoch Yiu prayed with the mother each week. Ivy's sister, Auntie Bonnie "
    "(Bonnie Cheung), lived too far away to help. After the canal, the mother wrote about "
    "that night on Instagram as @lokloks_mama and gave the hub ivy.cheung.wl@example.org "
    "as her contact. The hub's intake form spells her name 'Cheung Wing Lam' and the "
    "postcode B749ZD. At Lunar New Year 2024 she had told Ms Lo that she wanted to go back "
    "to Hong Kong.",
]

ANALYSIS = [
    "Language shaped every contact. Ms Cheung's first language is Cantonese, yet the school "
    "relied on Google Translate, the health visiting service accepted a Mandarin speaker "
    "from LanguageLine, and the police took the father's or a neighbour's English as the "
    "family's voice. Several agencies wrote her name as 'Mrs Mak', so her own records were "
    "split across two names. The lessons of Victoria Climbié and of Daniel Pelka, both of "
    "whom were not heard in their own language, apply here.",

    "Three episodes of Lucius leaving a safe place (the playground in June, Mr "
    "Szczepański's garden in July, the canal in November) were each seen by one agency "
    "alone. None was treated as a child going missing. The paediatric letter naming 'no "
    "sense of danger' did not reach Ms Frost or PC Strang, and the school's incident form "
    "did not reach the EHCP. No agency offered the family the advice of Missing People, a "
    "door alarm or an AirTag, or considered a scheme like the Herbert Protocol.",

    "The condition of no recourse to public funds was not understood. Dr Ní Bhriain "
    "advised a claim for Disability Living Allowance that would have put the visa at risk, "
    "and no agency considered support under section 17. The grandmother, Mrs Lai, had been "
    "the family's help in Hong Kong; without her, with a newborn and a father on night "
    "shifts, Ms Cheung was alone. The welcome hub and the church group (Pastor Yiu and "
    "the WhatsApp group) knew this; no statutory agency asked them.",

    "The Equality Act 2010 requires reasonable adjustments for disabled children and their "
    "families. The SENCo's work on the EHCP was good practice, but no plan described what "
    "should happen at home, at night, when Lok Lok ran.",
]

LEARNING = [
    "Practitioners did not hear the family in their own language. Ivy Cheung Wing-lam "
    "(張詠琳) was called 'Mrs Mak' by the school and 'Ivy Mak' by the police, and a "
    "Mandarin interpreter, Mr Kwok, was accepted for a Cantonese speaker. When Lucius "
    "(Lok Lok, 麥梓樂) and his mother arrived from Hong Kong on the British National "
    "(Overseas) route, the agencies relied on Google Translate, on WhatsApp messages and on "
    "Mr Mak's English. Working Together to Safeguard Children 2023 expects practitioners "
    "to understand a child's daily life, and the review of Victoria Climbié showed where "
    "this ends; the partnership should ask every agency to book a Cantonese interpreter "
    "through LanguageLine and to record the mother's own name, Ms Cheung.",

    "An autistic child who runs is a child at risk of going missing. Lucius Mak (L.M., "
    "born 14/03/2019) left the Reception class playground at Brackenmere Primary School, "
    "reached a neighbour's garden off Kestrelmoor Drive, and was found on a Sunday after a "
    "hard frost by a man walking his Cocker Spaniel on the Birmingham and Fazeley Canal "
    "near Pellham Locks, a mile from Flat 3, 41 Kestrelmoor Drive, Sutton Coldfield "
    "B74 9ZD. The ADOS-2 report said he had no sense of danger; the EHCP, written under "
    "the SEND Code of Practice, offered Makaton and a SENCo but no plan for the home. "
    "Agencies should use the National Autistic Society's advice, the Herbert Protocol, the "
    "Canal & River Trust and Missing People to plan for a child who wanders.",

    "Families who arrive through the Hong Kong UK Welcome Programme have no recourse to "
    "public funds. The mother of Child W was advised to claim Disability Living Allowance "
    "and was not offered support under section 17; the welcome hub at Lantern Bridge and "
    "the Living Water Cantonese Fellowship knew more about her than any statutory agency.",

    "Isolation was the risk. With Mrs Lai Yuk-lan left in Hong Kong, a baby born in "
    "January 2024 and a father working nights, no one was awake when Tsz-lok opened the "
    "back door. The Child Safeguarding Practice Review Panel has asked partnerships to "
    "think about children whose parents are alone; this family is such a family.",
]

RECOMMENDATIONS = [
    ("The partnership should require every agency working with a Cantonese-speaking family, "
     "such as that of Lucius Mak (Lok Lok) and Ms Cheung, to book a Cantonese interpreter "
     "through LanguageLine rather than rely on Google Translate, to record the mother's own "
     "name and not 'Mrs Mak', and to meet the Equality Act 2010 and Working Together to "
     "Safeguard Children 2023 for families who arrived from Hong Kong as British National "
     "(Overseas) citizens",
     "Interpreting standard agreed by all agencies; audit of 20 files of Cantonese-speaking "
     "families",
     "Partnership Business Manager", "30-09-2025"),
    ("Police, the SENCo network and the paediatric neurodevelopmental service should agree "
     "a plan, like the Herbert Protocol, for autistic children who wander, drawing on the "
     "incident at Pellham Locks on the Birmingham and Fazeley Canal near Sutton Coldfield "
     "and on advice from the National Autistic Society, Missing People and the Canal & "
     "River Trust; each EHCP should say what happens at home when a child like Lucius runs",
     "Protocol written and added to the EHCP template; briefing for every SENCo and for "
     "response officers",
     "Detective Inspector, Public Protection Unit", "31-12-2025"),
    ("Children's social care and the Lantern Bridge Hong Kong Welcome Hub should make sure "
     "that families with no recourse to public funds, like the family of Child W at 41 "
     "Kestrelmoor Drive, are told of support under section 17 and are not advised to claim "
     "Disability Living Allowance, and that community groups such as the Living Water "
     "Cantonese Fellowship are asked what they know",
     "NRPF guidance for practitioners; named link worker at the hub",
     "Head of Service, Children's Social Care", "31-10-2025"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="LCSPR-2025-58 Child W (Lucius Mak, DOB 14.03.19) - OFFICIAL-SENSITIVE",
    footer="Brackenmere Primary School, Kestrelmoor Drive, Sutton Coldfield B74 9ZD - not for "
           "circulation",
    comment="Check with Ms Frost whether I.C. (Ivy) saw the clinic letter from Dr Ní Bhriain; "
            "the school still calls her Mrs Mak.",
    footnote="Mr Tuckwell's statement; the police log 17112024-0356 names the mother as "
             "Ivy Mak, born 2 November 1990.",
)
