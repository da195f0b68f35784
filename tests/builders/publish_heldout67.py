# ruff: noqa: E501
"""A held-back publication case, written blind (without sight of the anonymiser): a Lithuanian
and Latvian family in a Fenland town, a baby with a head injury; every name, place, number and
organisation in it is invented, apart from national bodies, hospitals, laws and inquiries."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "OSCP-LCSPR-2023-11"
review = "Local Child Safeguarding Practice Review"
subject = "Baby T"
period = { from = "01-09-2022", to = "31-07-2023" }
board = "Ousemere Safeguarding Children Partnership"
notification = "24-07-2023"
decision = "14-08-2023"

[[agencies]]
name = "Ousemere Constabulary"
aliases = ["Police", "Ousemere Police Public Protection Unit"]
chronology_due = "29-09-2023"
report_due = "17-11-2023"

[[agencies]]
name = "Ousemere County Council Children's Social Care"
aliases = ["CSC", "Children's Social Care", "Ousemere Children's Services"]
chronology_due = "29-09-2023"
report_due = "17-11-2023"

[[agencies]]
name = "Ousemere Community Health Services 0-19 Health Visiting"
aliases = ["Health Visiting", "HV Service", "0-19 Service"]
chronology_due = "29-09-2023"
report_due = "17-11-2023"

[[agencies]]
name = "Sluice Road Surgery"
aliases = ["GP", "Sluice Road Medical Practice"]
published_as = "the GP practice"
chronology_due = "29-09-2023"

[[agencies]]
name = "Fleetgate Primary Academy"
aliases = ["Fleetgate", "Fleetgate Academy"]
chronology_due = "29-09-2023"

[[agencies]]
name = "Holmfleet and District Hospital"
aliases = ["North Ousemere Hospitals NHS Foundation Trust", "NOHFT"]
published_as = "the acute hospital trust"
chronology_due = "29-09-2023"
report_due = "17-11-2023"

[[people]]
name = "Anete Ķeniņa"
aliases = ["Anete", "Anete Kenina", "Anetīte", "Netty", "Baby Seskauskiene", "AK"]
role = "Child"
pseudonym = "Baby T"
born = "09-03-2023"
address = "27 Ringmoor Drove, Holmfleet, PE14 3WX"

[[people]]
name = "Rūta Šeškauskienė"
aliases = ["Rūta", "Ruta Seskauskiene", "Ruta", "Rūta Žilinskaitė", "Zilinskaite", "RS"]
role = "Mother"
pseudonym = "Mother"
born = "23-11-1994"
address = "27 Ringmoor Drove, Holmfleet, PE14 3WX"

[[people]]
name = "Jānis Ķeniņš"
aliases = ["Jānis", "Janis Kenins", "Janis", "JK"]
role = "Father"
pseudonym = "Father"
born = "02-08-1990"
address = "27 Ringmoor Drove, Holmfleet, PE14 3WX"

[[people]]
name = "Lukas Šeškauskas"
aliases = ["Lukas", "Lukas Seskauskas", "Lukiukas"]
role = "Sibling"
pseudonym = "Sibling"
born = "18-05-2016"
address = "27 Ringmoor Drove, Holmfleet, PE14 3WX"

[[people]]
name = "Aldona Žilinskienė"
aliases = ["Aldona", "Aldona Zilinskiene", "Močiutė Aldona"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "11-04-1966"

[[staff]]
name = "Faith Reed"
code = "HV1"
role = "Health Visitor"
agency = "Ousemere Community Health Services 0-19 Health Visiting"

[[staff]]
name = "Joy Winter"
code = "SW1"
role = "Social Worker"
agency = "Ousemere County Council Children's Social Care"

[[staff]]
name = "Mark Tolland"
code = "DS1"
role = "Detective Sergeant, Public Protection"
agency = "Ousemere Constabulary"

[[staff]]
name = "Priya Ravindran"
code = "GP1"
role = "General Practitioner"
agency = "Sluice Road Surgery"
"""

INVOLVEMENT = [
    "Rūta Šeškauskienė (Mother; Žilinskaitė before her marriage) came to England from Lithuania in 2019 with her son, Lukas Šeškauskas, then aged three, having separated from her husband, Tomas Šeškauskas, who remains in Lithuania. She registered with Sluice Road Surgery in Holmfleet under the spelling SESKAUSKIENE, Ruta, and was granted pre-settled status under the EU Settlement Scheme in 2020 (application 4417-2290-6631-0054). Jānis Ķeniņš (Father), a Latvian national, joined the household in 2021; his date of birth was given to the police as 02-08-1990 and appears in the labour provider's file as 08-02-1990. Both parents worked night shifts packing salad and brassicas at the Delfwick Produce packhouse on Fleet Road, placed there by Baltic Star Recruitment. The family rented two rooms in a house in multiple occupation at 27 Ringmoor Drove, Holmfleet, PE14 3WX, from Vytautas Dambrauskas, known to the tenants as Vytas, who also drove the minibus to the packhouse and took the rent straight from their wages.",
    "The health visiting service first met Mother on 14 November 2022, when she was 28 weeks pregnant. Faith Reed, the health visitor, completed the antenatal contact in English, using Google Translate on Rūta's phone because the LanguageLine telephone interpreter could not be connected on the signal at the house. Ms Reed recorded that Mrs Seskauskene 'understood well' and that the household was 'busy, shared kitchen, Staffordshire Bull Terrier belonging to another tenant'. The Edinburgh Postnatal Depression Scale was not offered. Ruta told the midwife in December that she hoped to take Lukas home for Kūčios, the Lithuanian Christmas Eve supper, with her mother, Aldona Žilinskienė, but they did not travel because Baltic Star would not release her holiday pay. The contact number recorded for the family, 07700 900417, was Mr Dambrauskas's.",
    "Anete Ķeniņa (Baby T) was born at Holmfleet and District Hospital on 9 March 2023 at 37 weeks. For her first two days she was recorded as Baby Seskauskiene and then, in error, as Anete Kenins, the male form of her father's surname; both records carried her NHS number, 943 476 5919, but the duplicate was not merged until May. Her grandmother, Granny Aldona to the ward staff and Močiutė Aldona to the family, came from Lithuania for six weeks. The new birth visit on 22 March 2023 took place with a Lithuanian interpreter, Jurgita Vaitkienė, booked through the council's interpreting service; the health visitor later learnt that Ms Vaitkiene was related to the landlord's partner, and that Rūta had said very little in her presence. Graded Care Profile 2 was not used. ICON (Babies Cry, You Can Cope) was discussed with Mother only: Jānis was at work and was never seen by the health visiting service.",
    "On Bank Holiday Monday, 1 May 2023, Ousemere Constabulary attended 27 Ringmoor Drove after a 999 call from a tenant reporting a fight in the kitchen. Officers found Mr Ķeniņš with a cut to his hand and recorded that Vytautas Dambrauskas had told him he owed £1,400 for 'transport and deposit' and would be moved to a caravan. Detective Sergeant Mark Tolland reviewed the report the next day as possible labour exploitation and, as a First Responder under the Modern Slavery Act 2015, made a referral to the National Referral Mechanism (NRM) for Janis Kenins with his consent, on the basis of debt bondage and the holding of his wages and passport. The Single Competent Authority made a positive reasonable grounds decision on 12 May 2023 and The Salvation Army offered support, which Father declined after one call because he feared losing work (crime reference 23000118406). The incident itself was closed NO FURTHER ACTION. The officers noted that 'a baby and a boy of about seven' lived in the room, but no notification was sent to the MASH, and DS Tolland's intelligence report to the Gangmasters and Labour Abuse Authority in Nottingham did not mention the children.",
    "In late May 2023 Mr D, as Father called him, evicted the family and they moved to a static caravan at Willowmere Caravan Park, Cawdle Bank, two miles outside Holmfleet, which Baltic Star Recruitment rented to its workers. Lukas stayed at Fleetgate Primary Academy, where he was in Year 2 (school record date of birth 18.05.2016). The school recorded that he was tired and was often collected late by his mother's friend, Inga Kalniņa, and that he told his teacher 'Anetīte cries all night and Jānis shouts'. The designated safeguarding lead acted in good faith on the understanding that the health visitor was involved and did not refer. The family used a food bank voucher from Citizens Advice twice in June. Mother's Universal Credit claim was refused while her status was checked, and she went back to nights at the packhouse ten weeks after the birth, leaving Anete with Jānis during the day.",
    "On 26 June 2023 Rūta took Anete to the GP with a small red mark on her forehead and a swollen cheek. Dr Priya Ravindran recorded the father's account, given in Latvian and translated into English by Lukas, that a neighbour's XL Bully had jumped at the bouncer chair. A bruise in a non-mobile baby was not recognised as a possible sentinel injury, no interpreter was used, and there was no referral to children's social care or the paediatric team, contrary to the partnership's protocol for bruising in non-mobile babies. The surgery's record is in the name of Anete Kenina at the Ringmoor Drove address; the caravan was never added, and Dr Ravindran's letter of 27 June went to the old house.",
    "At 03:40 on 21 July 2023 Father called 999 saying that Anete was 'not breathing right'. She was taken to Holmfleet and District Hospital with a Glasgow Coma Scale of 8 and a skull fracture, and transferred to the PICU at Addenbrooke's Hospital, the regional children's hospital, where CT and MRI showed subdural haematomas of different ages and retinal haemorrhages. Tests for von Willebrand disease and other bleeding disorders were normal, a genetics opinion excluded Ehlers-Danlos syndrome, and a second opinion on the imaging was obtained from Great Ormond Street Hospital. A strategy discussion that morning agreed a Section 47 enquiry. Joy Winter, the social worker, met Mother at the hospital with a Lithuanian interpreter by video, and Lukas went to a foster carer because Aldona Zilinskiene could not get a flight before the weekend. Both parents were arrested; the investigation is continuing.",
]

ANALYSIS = [
    "The central feature of this case is that a baby under six months and her brother lived in a household that each agency saw only in part. Health visiting saw Rūta and Anete; the police saw Jānis Ķeniņš as a possible victim of modern slavery; the school saw Lukas; nobody saw the family as a whole. The NRM referral was good practice, made promptly and with Father's consent, but the officers and DS Tolland treated him only as an adult victim and not also as the father of a baby living in an overcrowded room controlled by the landlord. The Child Safeguarding Practice Review Panel's national review following the deaths of Arthur Labinjo-Hughes and Star Hobson found the same gap: what agencies knew about adults was not connected to the children those adults cared for.",
    "Language was a barrier at every stage, and it was met with workarounds. Practitioners used Google Translate, WhatsApp messages and, once, a seven-year-old interpreting for his stepfather. The interpreter booked for the new birth visit belonged to the landlord's circle, and no one asked Mother whether she was comfortable with her. The panel heard that LanguageLine was available by telephone in every setting, but that staff found it slow on a poor signal. Lord Laming's inquiry into the death of Victoria Climbié made the use of independent interpreters a basic expectation more than twenty years ago, and Working Together to Safeguard Children 2023 repeats it.",
    "The family's names split their records. Lithuanian and Latvian surnames have female and male forms, so mother, son, daughter and father each carried a different surname (Šeškauskienė, Šeškauskas, Ķeniņa and Ķeniņš), and each agency spelt them with or without the diacritics: Seskauskiene, Sheskauskiene, Kenina, Kenins. The hospital's record for Baby Seskauskiene was not linked to Anete's until May, and the GP could not see the health visitor's note of the Staffordshire Bull Terrier or the police report, because no system recognised Ķeniņa and Ķeniņš as one family. Mr Kenins's NRM referral and Miss Kenina's hospital record sat in different systems for eleven weeks.",
    "Dr Ravindran acted in good faith on an account that seemed plausible, but the bruise to Anete's face at fifteen weeks was a sentinel injury and should have led to a same-day child protection medical and a referral under Section 47 of the Children Act 1989. The explanation offered, a dog, and the absence of an interpreter do not change what the protocol requires. Joy Winter's assessment after the injury was thorough, and the strategy discussion, held within three hours of admission, was timely and well attended.",
]

LEARNING = [
    "Learning point 1: a referral of an adult to the National Referral Mechanism is also information about every child in the household. When DS Tolland referred Jānis Ķeniņš (Janis Kenins on the police system) under the Modern Slavery Act 2015, the form had no field for dependants, and Ousemere Constabulary's procedure did not require a notification to the MASH. Rūta Šeškauskienė and the children lived on wages controlled by Baltic Star Recruitment and by a landlord, Vytas Dambrauskas, who could move them at a day's notice from Ringmoor Drove to Willowmere Caravan Park. During the winter months, when Delfwick Produce ran extra night shifts, both parents worked nights and Lukas was looked after by Inga. Debt bondage, a tied caravan and a food bank are safeguarding information about Anete and Lukas, not only about their father; the NSPCC and the Gangmasters and Labour Abuse Authority both publish guidance saying so.",
    "Learning point 2: professional curiosity needs an interpreter who is independent of the family and their community. At the new birth visit in Holmfleet the interpreter, Jurgita Vaitkiene, was connected to the landlord; at the surgery on Sluice Road, Lukas, a boy in Year 2, interpreted for his stepfather; and Faith Reed's antenatal contact relied on Google Translate. Mrs Seskauskene (RS in the health visiting notes, R.Š. in the maternity notes) was never asked on her own, in Lithuanian, how she was coping, whether she felt safe, or how Jānis managed when Anetīte cried. The Edinburgh Postnatal Depression Scale, Graded Care Profile 2 and ICON all depend on a conversation the mother can have freely. A Lithuanian interpreter from LanguageLine, booked in advance and checked for conflicts of interest, was available throughout. The panel also heard that Kūčios in December and Jāņi, the Latvian midsummer festival, in June were the weeks when both parents most wanted to go home and could not.",
    "Learning point 3: one family, many spellings. Practitioners did not know that Anete Ķeniņa, Baby Seskauskiene and Anete Kenins were one child (A.K. on the police log, AK on the ward), or that Ms Žilinskaitė on the maternity record was Mrs Šeškauskienė at the surgery. Systems that strip diacritics, and staff unaware that Lithuanian and Latvian surnames change with sex and marriage, will keep splitting the records of families from the Baltic states. The NHS number and the Child Protection Information Sharing service should link records from birth, whatever the spelling of Ruta Seskauskiene's or Lukas Seskauskas's name.",
    "Learning point 4: bruising in a non-mobile baby is never minor. The small red mark seen on 26 June 2023 was the first visible sign of the injuries found on 21 July. An explanation involving a sibling or a dog, here an XL Bully belonging to a neighbour at Cawdle Bank, must not stop a referral; von Willebrand disease and Ehlers-Danlos syndrome are for the paediatrician to exclude, not the GP. Netty, as the school heard Lukas call his sister, had been seen by four professionals in the fortnight before the mark; none of them asked about Lukiukas's account of the nights.",
]

RECOMMENDATIONS = [
    (
        "Ousemere Constabulary to ensure that every NRM referral and every intelligence report to the Gangmasters and Labour Abuse Authority records any child in the household, as it should have recorded Anete and Lukas when Jānis Ķeniņš was referred from 27 Ringmoor Drove, and is shared with the MASH the same day",
        "Add a dependants section to the First Responder checklist; brief every Detective Sergeant in Public Protection; audit 20 NRM referrals for child notifications",
        "Detective Chief Inspector, Public Protection",
        "31-03-2024",
    ),
    (
        "Health visiting and the GP practice to use an independent interpreter from LanguageLine, never a child, a relative, a landlord's contact or Google Translate, for every contact with a parent who is not fluent in English, as Rūta Šeškauskienė needed in Holmfleet, and to act in good faith on the duty to ask each parent alone",
        "Update the interpreting standard; add a conflict-of-interest question to every booking; audit 30 records of families who needed a Lithuanian interpreter or a Latvian one",
        "Head of 0-19 Services; Practice Manager",
        "30-06-2024",
    ),
    (
        "The partnership to ensure that a small red mark or any bruise on a non-mobile baby leads to a same-day referral and child protection medical, and that the records of a child such as Anete Ķeniņa (Anete Kenina, Baby Seskauskiene) are linked by NHS number at birth whatever the spelling, with learning from the Child Safeguarding Practice Review Panel shared by Bank Holiday Monday in May",
        "Relaunch the bruising protocol with ICON; ask the acute hospital trust to link birth records by NHS number; report progress to the partnership",
        "Designated Doctor for Safeguarding Children",
        "31-05-2024",
    ),
]

IDENTIFIERS = {
    "key_name": [
        "Rūta Šeškauskienė", "Rūta", "Šeškauskienė", "Mrs Šeškauskienė", "Žilinskaitė",
        "Ms Žilinskaitė", "Jānis Ķeniņš", "Jānis", "Ķeniņš", "Mr Ķeniņš",
        "Anete Ķeniņa", "Anete", "Ķeniņa", "Lukas Šeškauskas", "Lukas", "Šeškauskas",
        "Aldona Žilinskienė", "Aldona",
    ],
    "ascii_spelling": [
        "Ruta Seskauskiene", "Ruta", "Seskauskiene", "Janis Kenins",
        "Kenins", "Anete Kenina", "Kenina", "Miss Kenina", "Lukas Seskauskas",
        "Aldona Zilinskiene", "Baby Seskauskiene",
    ],
    "wrong_form_or_misspelling": [
        "Anete Kenins", "Mrs Seskauskene", "Seskauskene", "Sheskauskiene",
    ],
    "possessive": [
        "Rūta's", "Anete's", "Mr Dambrauskas's", "Mr Kenins's", "Ruta Seskauskiene's",
        "Lukas Seskauskas's", "Faith Reed's", "Dr Ravindran's", "Joy Winter's",
        "DS Tolland's", "Lukiukas's",
    ],
    "nickname": [
        "Anetīte", "Netty", "Lukiukas", "Granny Aldona", "Močiutė Aldona", "Vytas", "Mr D",
    ],
    "initials": ["RS", "R.Š.", "A.K.", "AK"],
    "staff_name": [
        "Faith Reed", "Ms Reed", "Joy Winter", "Mark Tolland", "DS Tolland",
        "Priya Ravindran", "Dr Priya Ravindran", "Dr Ravindran",
    ],
    "not_in_key": [
        "Tomas Šeškauskas", "Vytautas Dambrauskas", "Dambrauskas", "Vytas Dambrauskas",
        "Jurgita Vaitkienė", "Jurgita Vaitkiene", "Ms Vaitkiene", "Inga Kalniņa", "Inga",
    ],
    "place_not_in_key": [
        "Delfwick Produce", "Delfwick", "Fleet Road", "Baltic Star Recruitment",
        "Baltic Star", "Willowmere Caravan Park", "Willowmere", "Cawdle Bank",
    ],
    "address": ["27 Ringmoor Drove", "Ringmoor Drove", "Holmfleet"],
    "postcode": ["PE14 3WX", "PE14", "3WX"],
    "agency_place": [
        "Sluice Road Surgery", "Sluice Road", "Fleetgate Primary Academy", "Fleetgate",
        "Holmfleet and District Hospital",
    ],
    "number": [
        "943 476 5919", "07700 900417", "01632 960582", "4417-2290-6631-0054",
        "23000118406", "QQ 12 34 56 C", "OSCP/NRM/0917",
    ],
    "email": ["ruta.s94@example.org"],
    "social_media": ["@rutele_94", "Rūtelė Šeš"],
    "date_of_birth": [
        "9 March 2023", "09/03/2023", "02-08-1990", "08-02-1990", "18.05.2016",
        "23/11/1994",
    ],
}

ORDINARY = [
    "in good faith",
    "the winter months",
    "a small red mark",
    "food bank",
    "Bank Holiday Monday",
    "Star Hobson",
    "Victoria Climbié",
    "Lord Laming",
    "Child Safeguarding Practice Review Panel",
    "Working Together to Safeguard Children 2023",
    "Section 47 of the Children Act 1989",
    "Modern Slavery Act 2015",
    "NRM",
    "EU Settlement Scheme",
    "pre-settled status",
    "Gangmasters and Labour Abuse Authority",
    "Nottingham",
    "The Salvation Army",
    "Citizens Advice",
    "NSPCC",
    "LanguageLine",
    "Google Translate",
    "WhatsApp",
    "XL Bully",
    "Staffordshire Bull Terrier",
    "von Willebrand disease",
    "Ehlers-Danlos syndrome",
    "Glasgow Coma Scale",
    "Edinburgh Postnatal Depression Scale",
    "Graded Care Profile 2",
    "ICON",
    "Addenbrooke's Hospital",
    "Great Ormond Street Hospital",
    "Detective Sergeant",
    "Lithuanian interpreter",
    "the Baltic states",
    "Kūčios",
    "Jāņi",
    "Year 2",
    "NO FURTHER ACTION",
]

CASE = HeldOut(
    "OSCP-LCSPR-2023-11",
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE: agency report, Baby T (Anete Ķeniņa, A.K.), 27 Ringmoor Drove, Holmfleet PE14 3WX",
    footer="Draft 2, checked with Ms Reed and DS Tolland; queries to 01632 960582 or ruta.s94@example.org (Mother's address for the panel letter)",
    comment="Check the spelling: Rūta's married surname is Šeškauskienė, not Seskauskene; the school saw her TikTok, @rutele_94, and her Facebook name, Rūtelė Šeš.",
    footnote="Father's NRM case reference OSCP/NRM/0917; Mother's National Insurance number QQ 12 34 56 C and date of birth 23/11/1994; Baby T's date of birth 09/03/2023.",
)
