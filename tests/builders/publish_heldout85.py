# ruff: noqa: E501
"""A blind, fictional held-back publication case (85): every name, place and number is invented."""

from tests.builders.publish_heldout import HeldOut

reference = "BSCP-2023-85"

case_toml = """\
reference = "BSCP-2023-85"
review = "Child Safeguarding Practice Review"
subject = "Child H"
period = { from = "01-09-2020", to = "28-02-2023" }
board = "Bristol Safeguarding Children Partnership"

[[agencies]]
name = "Avon and Somerset Constabulary"
aliases = ["Avon and Somerset Police", "ASC", "Police"]

[[agencies]]
name = "Bristol City Council Children's Services"
aliases = ["Children's Social Care", "CSC", "First Response"]

[[agencies]]
name = "Sirona Health Visiting and School Nursing Service"
aliases = ["Health Visiting", "HV service", "School Nursing"]

[[agencies]]
name = "Hamlyn Road Primary School"
aliases = ["Hamlyn Road Primary", "Hamlyn Road", "HRPS"]

[[agencies]]
name = "Tenby Street Children's Centre"
aliases = ["Tenby Street CC", "Tenby Street"]
published_as = "the children's centre"

[[agencies]]
name = "Averill Street Surgery"
aliases = ["Averill Street", "Averill St Surgery"]

[[people]]
name = "Hodan Abdirahman Warsame"
aliases = ["Hodan", "Hoodo", "Xoodan", "Hodan Warsame", "Hodan Abdirahman", "HW", "H.W."]
role = "Child"
pseudonym = "Child H"
born = "14-03-2017"
address = "Flat 87, Marlcombe House, Lamorna Walk, Bristol BS5 6QX"

[[people]]
name = "Faadumo Cali Xirsi"
aliases = ["Fadumo Ali Hirsi", "Fatuma Hirsi", "Faadumo", "Fadumo", "Fatuma", "Ms Hirsi", "Mrs Hirsi", "Mrs Warsame", "FH", "F.H."]
role = "Mother"
pseudonym = "Mother"
born = "02-09-1989"
address = "Flat 87, Marlcombe House, Lamorna Walk, Bristol BS5 6QX"

[[people]]
name = "Abdirahman Warsame Jama"
aliases = ["Cabdiraxmaan Warsame", "Abdi Rahman Warsama", "Abdirahman", "Abdi", "Mr Warsame", "Mr Jama", "AWJ"]
role = "Father"
pseudonym = "Father"
born = "21-11-1983"

[[people]]
name = "Sacdiya Abdirahman Warsame"
aliases = ["Sacdiya", "Sadia", "Saadia"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "05-06-2012"
address = "Flat 87, Marlcombe House, Lamorna Walk, Bristol BS5 6QX"

[[people]]
name = "Yusuf Abdirahman Warsame"
aliases = ["Yusuf", "Yuusuf", "Yare"]
role = "Sibling"
pseudonym = "Sibling 2"
born = "30-12-2021"
address = "Flat 87, Marlcombe House, Lamorna Walk, Bristol BS5 6QX"

[[people]]
name = "Mohamed Warsame Jama"
aliases = ["Maxamed Warsame", "Mohammed Jama", "Mohamed", "Maxamed", "Dheere", "Uncle Mo", "MWJ"]
role = "Paternal uncle"
pseudonym = "Uncle"
born = "17-04-1979"
address = "Flat 112, Marlcombe House, Lamorna Walk, Bristol BS5 6QX"

[[people]]
name = "Hibaaq Cali Xirsi"
aliases = ["Hibaaq", "Hibo", "Hibo Hirsi"]
role = "Maternal aunt"
pseudonym = "Aunt"
address = "41 Kedleston Walk, Leicester LE5 3QH"

[[staff]]
name = "Rebecca Tull"
code = "SW1"
role = "Social Worker"
agency = "Bristol City Council Children's Services"

[[staff]]
name = "Joanne Kitto"
code = "HV1"
role = "Health Visitor"
agency = "Sirona Health Visiting and School Nursing Service"

[[staff]]
name = "Gemma Radford"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Hamlyn Road Primary School"

[[staff]]
name = "Lorraine Beckett"
code = "FSW1"
role = "Family Support Worker"
agency = "Tenby Street Children's Centre"

[[staff]]
name = "Hawa Mire Guled"
code = "INT1"
role = "Community Interpreter"
agency = "Bristol City Council Children's Services"

[[staff]]
name = "Daniel Hext"
code = "PC1"
role = "Police Constable"
agency = "Avon and Somerset Constabulary"

[[staff]]
name = "Priya Raman"
code = "GP1"
role = "General Practitioner"
agency = "Averill Street Surgery"
"""

identifiers = {
    "child": ["Hodan Abdirahman Warsame", "Hodan", "Hodan's", "Hoodo", "Xoodan", "Hodan Warsame", "Hodan Abdirahman"],
    "mother": ["Faadumo Cali Xirsi", "Fadumo Ali Hirsi", "Fatuma Hirsi", "Faadumo", "Fadumo", "Fatuma", "Fadumo's", "Ms Hirsi", "Mrs Hirsi", "Mrs Warsame", "Hirsi", "Xirsi"],
    "father": ["Abdirahman Warsame Jama", "Cabdiraxmaan Warsame", "Abdi Rahman Warsama", "Abdirahman", "Abdirahman's", "Cabdiraxmaan", "Abdi", "Mr Warsame", "Mr Jama", "Warsame", "Warsama", "Jama"],
    "siblings": ["Sacdiya Abdirahman Warsame", "Sacdiya", "Sadia", "Saadia", "Yusuf Abdirahman Warsame", "Yusuf", "Yuusuf", "Yare"],
    "uncle": ["Mohamed Warsame Jama", "Maxamed Warsame", "Mohammed Jama", "Mohamed", "Maxamed", "Dheere", "Dheere's", "Uncle Mo"],
    "aunt": ["Hibaaq Cali Xirsi", "Hibaaq", "Hibo", "Hibo Hirsi"],
    "not_in_key": ["Ilhan Osman", "Ilhan", "Ilhaan", "Osman Farah", "Mr Farah", "Shirley Pugh", "Mrs Pugh", "Shirley", "Sheikh Abdullahi Nuur", "Macallin Abdullahi", "Abdullahi"],
    "initials": ["HW", "H.W.", "H-W", "HAW", "FH", "F.H.", "F-H", "AWJ", "A.W.J.", "MWJ", "M.W.J."],
    "staff": ["Rebecca Tull", "Ms Tull", "Rebecca", "Joanne Kitto", "Joanne", "Mrs Kitto", "Kitto", "Gemma Radford", "Mrs Radford", "Gemma", "Lorraine Beckett", "Lorraine", "Ms Beckett", "Hawa Mire Guled", "Hawa Guled", "Hawa", "Daniel Hext", "PC Hext", "Priya Raman", "Dr Raman"],
    "addresses": ["Marlcombe House", "Marlcombe", "Flat 87", "Flat 112", "Lamorna Walk", "Barrow Lane Estate", "Barrow Lane", "Easton", "Stapleton Road", "Kedleston Walk", "41 Kedleston Walk"],
    "postcodes": ["BS5 6QX", "BS5", "6QX", "LE5 3QH", "LE5", "3QH"],
    "agencies_locating": ["Hamlyn Road Primary School", "Hamlyn Road Primary", "Hamlyn Road", "HRPS", "Tenby Street Children's Centre", "Tenby Street CC", "Tenby Street", "Averill Street Surgery", "Averill Street"],
    "numbers": ["07700 900417", "07700900417", "07700 900863", "01632 960582", "943 476 5919", "9434765919", "QQ 12 34 56 C", "TEN/4471829", "WU19 KXF", "4417"],
    "emails_handles": ["fadumo.hirsi@example.org", "g.radford@example.org", "@ummu_sacdiya", "@dheere_bs5"],
    "dates_of_birth": ["14-03-2017", "14/03/2017", "14.03.17", "14th March 2017", "14 March 2017", "March 14, 2017", "02/09/1989", "2nd September 1989"],
    "places_community": ["Masjid al-Hidaya", "al-Hidaya", "Hidaya Madrasa", "Jubba Cafe", "Baraka Money Transfer", "Severnside Cars"],
}

ordinary = [
    "Children Act 1989",
    "section 11 of the Children Act 2004",
    "Working Together to Safeguard Children 2018",
    "Misuse of Drugs Act 1971",
    "Victoria Climbié Inquiry",
    "Lord Laming",
    "Child Safeguarding Practice Review Panel",
    "NSPCC",
    "Ofsted",
    "Home Office",
    "Bristol Royal Hospital for Children",
    "Leicester Royal Infirmary",
    "Ramadan",
    "Eid al-Fitr",
    "Eid al-Adha",
    "Qur'an",
    "khat",
    "Calpol",
    "salbutamol",
    "iron deficiency anaemia",
    "vitamin D deficiency",
    "rickets",
    "Dahabshiil",
    "Western Union",
    "WhatsApp",
    "Language Line",
    "Early Help Assessment",
    "Team Around the Family",
    "Signs of Safety",
    "strategy discussion",
    "Section 47 enquiry",
    "Universal Credit",
    "Department for Work and Pensions",
    "Healthy Child Programme",
    "Somali",
    "faith communities",
    "Patience",
    "June",
    "Hope",
    "WAS NOT BROUGHT",
    "Was Not Brought policy",
    "Serious Incident Notification",
]

involvement = [
    "Hodan Abdirahman Warsame (born 14/03/2017, also recorded as 14.03.17 and once as 14th March 2017) lived with her mother Faadumo Cali Xirsi, her older sister Sacdiya Abdirahman Warsame and, from December 2021, her baby brother Yusuf Abdirahman Warsame at Flat 87, Marlcombe House, Lamorna Walk, Bristol BS5 6QX, a 16-storey tower block on the Barrow Lane Estate in Easton. Records across agencies spell the family's names in at least four ways: Hodan appears as Xoodan on the madrasa register and as \"Hoodo\", the name the family uses at home; her mother appears as Faadumo, Fadumo, Fatuma and, on the school system, as \"Mrs Warsame\", a name she has never used.",
    "On 07/09/2020 Hodan started in Reception at Hamlyn Road Primary School. The admission form, completed with the help of a neighbour, Shirley Pugh, gave the mother's mobile as 07700 900417 and an email address of fadumo.hirsi@example.org. The school's MIS holds Hodan as HAW (UPN file \"H-W 2020\") and gives her date of birth as 14-03-2017. The form listed Mr Warsame as \"father, lives away, drives taxi\". Mrs Radford, the Designated Safeguarding Lead, noted: \"Mum speaks some English, Somali is the home language, Language Line offered.\"",
    "On 19/10/2020 the health visitor, Joanne Kitto, saw Hodan at Tenby Street Children's Centre for a delayed Healthy Child Programme review. Hodan was small for her age, bow-legged and reluctant to walk far. Mrs Kitto recorded \"?vitamin D deficiency, mum not giving drops, advised GP\". Fadumo's account, given through the community interpreter Hawa Mire Guled, was that \"the children do not go out much, the lift is always broken and it is 14 floors\".",
    "On 02/11/2020 Dr Priya Raman at Averill Street Surgery confirmed vitamin D deficiency with early signs of rickets and iron deficiency anaemia, and prescribed treatment. The surgery recorded the NHS number 943 476 5919 against Hodan (the number also appears as 9434765919 on the hospital letter) and a second number for the mother, 07700 900863, which was later found to belong to the paternal uncle, Mohamed Warsame Jama.",
    "In January 2021 the school noted that Hodan WAS NOT BROUGHT to two follow-up appointments at Averill Street. Under the surgery's Was Not Brought policy a letter was sent to Flat 87, but Ms Hirsi later said letters in English, including one addressed to \"Sadia Warsame\" about a Qur'an class, \"go in the drawer until Sacdiya reads them\". Sacdiya was then 8. Dr Raman's note reads: \"DNA x2 - Hodans mum Fatuma Hirsi, letter sent, ? interpreter needed\".",
    "During Ramadan 2021 (April to May) attendance at Hamlyn Road fell to 81%. Gemma Radford spoke to the mother at the gate; Mrs Hirsi said the family were fasting, \"the children are tired because we pray late and they go to madrasa\". Hodan and Sacdiya attended Hidaya Madrasa at Masjid al-Hidaya on Stapleton Road on weekday evenings and at weekends. The madrasa teacher, Sheikh Abdullahi Nuur (known to the children as Macallin Abdullahi), was not contacted by any agency at this time.",
    "On 14/06/2021 Avon and Somerset Constabulary attended Marlcombe House after a call from Mrs Pugh reporting \"shouting and a man banging on the door of flat 87 at 3am\". PC Daniel Hext spoke to the man, identified as Mohamed (\"Dheere\"), date of birth 17/04/1979, who was the father's brother and lived in Flat 112 on the same block. He was described as \"agitated, eyes glazed, green leaves in carrier bag - khat?\". Since 2014 khat has been a Class C drug under the Misuse of Drugs Act 1971. PC Hext recorded the children as \"asleep, not seen\". MWJ (entered on the police system as M.W.J., \"Mr Jama\") was given a warning for possession; no referral to Children's Social Care was made.",
    "On 21/06/2021 Lorraine Beckett, family support worker at Tenby Street, opened an Early Help Assessment after the mother asked for help with a housing transfer and with debt. Faadumo explained that she sent money every month through Dahabshiil and, when that shop was shut, through Western Union or the Baraka Money Transfer counter on Stapleton Road, to her mother and younger siblings in Somalia, and that after the remittances \"there is nothing left for the electric\". Ms Beckett recorded the Universal Credit claim reference and the tenancy reference TEN/4471829.",
    "Eid al-Adha fell in July 2021. Ms Beckett noted that the mother took Hodan and Sacdiya by coach to Leicester to stay with her sister, Hibaaq Cali Xirsi (\"Hibo\"), at 41 Kedleston Walk, Leicester LE5 3QH, for two weeks. Hibo Hirsi's daughter Ilhan Osman, then 16, was said to \"help a lot with the girls\"; Hibaaq's husband, Osman Farah, was recorded only as \"Mr Farah, works nights\". No agency in Leicester was told the children were staying there.",
    "A Team Around the Family meeting was held at Tenby Street Children's Centre on 28/09/2021. Present were Lorraine Beckett, Gemma Radford, Joanne Kitto and the mother, with Hawa Guled interpreting. The minutes record \"Uncle Mo is a good help, he takes the girls to madrasa and the shop\". Nobody at the meeting knew of the police contact in June. The mother said that Abdirahman \"comes on Fridays and sends money when he can\"; he was working for Severnside Cars under private hire badge 4417 and was said to spend part of each month in Leicester.",
    "Yusuf was born at 34 weeks on 30/12/2021 and spent three weeks in neonatal care. At the new birth visit on 25/01/2022 Mrs Kitto recorded that Yusuf (\"Yare\", the little one) was feeding well but that the mother was \"exhausted, low, tearful\". She screened the mother for depression and recorded a score that met the threshold for referral. FH (F-H on the HV caseload list) declined a referral: \"If I see a doctor for my head they will take the children.\" The record reads \"F.H. says husband's family will judge her\".",
    "On 03/03/2022 the school made a referral to First Response after Sacdiya told her class teacher that \"Uncle Dheere shouts and chews all night and Hoodo cries\". Rebecca Tull, social worker, held a strategy discussion by telephone on 04/03/2022 with the police and the school; the health visitor was not invited. It was agreed a Section 47 enquiry was not required and that Ms Tull would complete a single assessment. The home visit on 10/03/2022 used Hawa as interpreter. Ms Tull later learned that the interpreter was related by marriage to Abdirahman's family; the mother said afterwards \"I could not tell the truth with her in the room\".",
    "The single assessment (completed 21/04/2022, during Ramadan) recorded the father as \"Abdi Rahman Warsama\", the uncle as \"Maxamed Warsame\" and the mother as \"Fadumo Ali Hirsi\", and did not link these names to the police record for \"Mohammed Jama\" or to the GP record for \"Cabdiraxmaan Warsame\". The assessment concluded that the uncle \"supports the family\" and closed the case to Children's Social Care with a step-down to Early Help at Tenby Street CC.",
    "Between May and December 2022 the school recorded 11 occasions when Hodan was collected late, twice by Mohamed and once by a boy of about 14 nobody knew. HODAN (HW on the lunch register) was often hungry and was seen taking food from other children's lunch boxes. Gemma emailed the safeguarding inbox from g.radford@example.org: \"H.W. again not collected - uncle smelt strongly, mum in Leicester with baby\". In October 2022 the school nurse gave Hodan a salbutamol inhaler for asthma and noted that the spacer was \"kept at Uncle Mo flat (112)\".",
    "In December 2022 Ms Beckett saw a post on an Instagram account, @ummu_sacdiya, believed to be the mother's, showing Hodan alone on the balcony of a high floor of Marlcombe with the caption \"my big girl looking after her brother\". A second account, @dheere_bs5, posted videos from the Jubba Cafe on Stapleton Road, which local residents described as a mafrish where khat is chewed through the night. Ms Beckett discussed this with her manager but no referral was made.",
    "On 11/02/2023, while the mother was in Leicester with Yusuf, Hodan suffered scald burns to both legs from a flask of hot tea in Flat 112. Her uncle, who had been chewing khat since the previous evening, applied toothpaste and gave Calpol; she was taken to the Bristol Royal Hospital for Children by taxi (registration WU19 KXF) some 14 hours later by Abdirahman Warsame Jama. The hospital raised a safeguarding referral the same day and a Serious Incident Notification followed. The father gave the mother's date of birth to the ward as 02/09/1989 and Hodan's as \"March 14, 2017\"; the ward recorded her as \"Hodan Abdirahman, 14 March 2017\" and later merged the two records.",
    "On 13/02/2023 a strategy discussion under the Children Act 1989 agreed a joint Section 47 enquiry. The records gathered for it show how scattered the family was across systems: the father as AWJ on the taxi licensing file and as A.W.J. on a Home Office letter about his Dutch passport; Sacdiya as Saadia on the HRPS attendance export; the mother's date of birth as 2nd September 1989 on the housing file; and the mother's number without spaces, 07700900417, on a WhatsApp group for parents at the children's centre. Dheere's phone held messages to the mother saying \"the girls are fine with me, stay with Hibo\". An NSPCC helpline contact from a neighbour in 2021, passed to the police, had not been linked; Ofsted's later inspection of the children's centre did not concern this family.",
    "During the police investigation the mother's National Insurance number (QQ 12 34 56 C) and the earlier number 01632 960582 for the mother's sister were used to trace Hibaaq in Leicester, where Hodan's cousin Ilhaan confirmed that the mother had been staying there \"most weeks since Yuusuf was born\". Hibaaq had once taken Yusuf to the Leicester Royal Infirmary with bronchiolitis in November 2022; no information was shared with Bristol.",
]

analysis = [
    "The most important finding is that agencies did not know who was in this family. Somali names follow a patronymic pattern: a child's name is her own given name, followed by her father's and then her grandfather's given names, and a married woman keeps her own names. Hodan Abdirahman Warsame, her father Abdirahman Warsame Jama and her uncle Mohamed Warsame Jama share names in a pattern that practitioners did not recognise, and Faadumo Cali Xirsi was wrongly recorded as Mrs Warsame. Because Xirsi, Hirsi, Warsame, Warsama and Jama were treated as unrelated surnames, the police record for MWJ was never matched to the family at Marlcombe House.",
    "The use of one community interpreter across the health, early help and social work contacts, without checking her relationship to the family, meant that the mother's voice was filtered. Hawa Mire Guled was skilled and trusted, but the mother told the review that she \"could not say anything about Dheere\" in front of someone from the father's side. Language Line was available and would have given the mother an interpreter outside her community.",
    "Practitioners understood the uncle's khat use as a cultural habit rather than as a risk to the children. The Misuse of Drugs Act 1971 has controlled khat since 2014, but the question for practice is not legality: it is whether a carer chewing through the night is able to care for a five-year-old. Mohamed's care of Hodan and Sacdiya was described as \"a good help\" at the Team Around the Family meeting because no-one had the police record and no-one asked the mother, alone, what nights with Uncle Mo were like.",
    "The family's faith and calendar were noted but not understood. Falls in attendance during Ramadan, and the trips to Leicester around Eid al-Fitr and Eid al-Adha, were accepted as explanations in themselves. Masjid al-Hidaya and its madrasa saw the children on more days than any agency, and faith communities in Easton have previously asked to be part of safeguarding training; no contact was made with Sheikh Abdullahi Nuur or with the madrasa's safeguarding lead.",
    "The Early Help Assessment at Tenby Street identified financial pressure from remittances, the broken lifts at Marlcombe House and the mother's isolation on the fourteenth floor, but these were treated as housing and benefits matters for the Department for Work and Pensions and the housing provider. The step-down from Children's Social Care in April 2022 gave Ms Beckett a case that had not been assessed as one of neglect.",
    "The health records show clear signs of neglect of Hodan's health: vitamin D deficiency, rickets, iron deficiency anaemia, missed appointments and an asthma plan that depended on the uncle's flat. Each was addressed by the agency that saw it, but none was shared. The Was Not Brought policy at Averill Street Surgery worked as designed, by letter, for a mother who could not read the letters.",
    "The movement of the mother and the children between Bristol and Leicester was never treated as a change of household. When Hodan was in Bristol with her uncle, her mother was usually at 41 Kedleston Walk with Yusuf; when Hodan was in Leicester she was cared for by a 16-year-old cousin, Ilhan. Neither local area knew the children were living in two places. This is the pattern Lord Laming described in the Victoria Climbié Inquiry: a child moving between carers and authorities, each holding a fragment.",
]

learning = [
    "Agencies must record Somali names as the family gives them, in full, and record other spellings as aliases (for example Faadumo, Fadumo and Fatuma; Xirsi and Hirsi; Abdirahman and Cabdiraxmaan) so that searches find them. No agency should record a married Somali woman under her husband's name; Mrs Warsame was an invention of the school's system.",
    "A community interpreter must be asked, before each contact, whether she knows the family, and families must be offered an interpreter from outside their community (for example through Language Line) for any conversation about the home. The review heard from the mother that Hawa Guled was kind but \"is family to Abdirahman's people\".",
    "Khat use by a carer is a question about the care of the children, not about culture. Practitioners should ask who looks after the children at night, whether that person chews khat, and where; the Jubba Cafe and similar premises on Stapleton Road are known to the police and to community organisations.",
    "Mosques and madrasas are part of the network around a child. The partnership should work with faith communities, including Masjid al-Hidaya, so that madrasa teachers know how to raise a concern and agencies know to ask them. Patience and persistence from practitioners, and Hope that this will be welcomed, are shown by the offer from the mosque committee to take part in training this June.",
    "When a family lives between two cities, agencies must share information across the boundary. The children's stays with Hibaaq Cali Xirsi in Leicester should have led to contact with Leicester services, and the visit to the Leicester Royal Infirmary should have been known in Bristol.",
    "Signs of Safety conversations should be held with the mother alone, with an independent interpreter, and should include the voice of the children: Sacdiya told her teacher in March 2022 what was happening to Hodan, and the strategy discussion did not hear her words.",
    "Neglect of health (vitamin D deficiency, rickets, iron deficiency anaemia, missed appointments) should be read together. The duties under section 11 of the Children Act 2004 and Working Together to Safeguard Children 2018 require agencies to share what they know; the Child Safeguarding Practice Review Panel has repeatedly found that they do not, and this review adds Hodan Warsame's experience to that learning.",
]

recommendations = [
    ("Bristol Safeguarding Children Partnership agencies to adopt a standard for recording Somali and other patronymic names, with spellings such as Fadumo, Faadumo and Fatuma held as aliases so that Hodan's family would have been found on one search",
     "Name-recording standard agreed and audited across police, health, school and early help records", "Partnership Business Manager", "31-12-2023"),
    ("Children's Services to check, before each booking, that a community interpreter has no link to the family, and to offer Language Line or an interpreter from outside the community when the home is discussed (the arrangement with Hawa Mire Guled is the example)",
     "Interpreter booking form amended; audit of 20 cases", "Head of Service, Children's Services", "30-09-2023"),
    ("Agencies to ask about khat use by any carer, such as Mohamed Warsame Jama, and to share police contacts with the school and health visitor when children are in the household",
     "Practice guidance issued and briefings delivered with faith communities and the madrasa at Masjid al-Hidaya", "Detective Inspector, Avon and Somerset Constabulary", "31-03-2024"),
]

header = "CONFIDENTIAL - Agency Report - Hodan Abdirahman Warsame (Xoodan), Flat 87 Marlcombe House BS5 6QX"
footer = "Prepared for the review concerning Hodan Warsame and Faadumo Cali Xirsi - Hamlyn Road Primary School - page"
comment = "Check spelling with the mother: is it Fadumo or Faadumo Xirsi? And is Dheere the same man as Mohamed in Flat 112?"
footnote = "The mother's sister Hibaaq (Hibo Hirsi) lives at 41 Kedleston Walk, Leicester LE5 3QH; Hodan stayed there over Eid al-Adha."

CASE = HeldOut(reference, case_toml, identifiers, ordinary, involvement, analysis,
               learning, recommendations, header=header, footer=footer, comment=comment,
               footnote=footnote)
