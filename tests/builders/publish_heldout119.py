# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 119): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "HSCP-CSPR-2024-02"

CASE_TOML = """\
reference = "HSCP-CSPR-2024-02"
review = "Child Safeguarding Practice Review"
subject = "Child S"
board = "Harrow Safeguarding Children Partnership"
period = { from = "14-05-2022", to = "19-11-2023" }
decision = "14-12-2023"
notification = "21-11-2023"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["Metropolitan Police", "Met Police", "MPS", "Police"]

[[agencies]]
name = "Harrow Children's Services"
aliases = ["Children's Services", "Harrow Children's Social Care", "Children's Social Care"]

[[agencies]]
name = "Central and North West London NHS Foundation Trust"
aliases = ["CNWL", "Health Visiting Service", "Harrow Health Visiting"]

[[agencies]]
name = "Cedarmoor Day Nursery"
aliases = ["Cedarmoor Nursery", "Cedarmoor"]
published_as = "the nursery"

[[agencies]]
name = "Ashcombe Parade Medical Practice"
aliases = ["Ashcombe Parade Surgery"]
published_as = "the GP practice"

[[people]]
name = "Ștefan-Matei Lupașcu"
aliases = ["Ștefan", "Stefan", "Stefan-Matei Lupascu", "Matei", "S-M"]
role = "child"
pseudonym = "Child S"
born = "14-05-2022"
address = "Flat 3, 41 Mardlow Avenue, Wealdstone, Harrow HA3 5WQ"

[[people]]
name = "Ioana Lupașcu"
aliases = ["Ioana", "Ioana Lupascu", "Ioana Hrițcu", "Mrs Lupascu"]
role = "mother"
pseudonym = "Mother"
born = "03-09-1998"
address = "Flat 3, 41 Mardlow Avenue, Wealdstone, Harrow HA3 5WQ"

[[people]]
name = "Vasile-Dorin Lupașcu"
aliases = ["Dorin", "Vasile Lupascu", "Dorin Lupascu", "Mr Lupascu"]
role = "father"
pseudonym = "Father"
born = "27-01-1994"
address = "Flat 3, 41 Mardlow Avenue, Wealdstone, Harrow HA3 5WQ"

[[people]]
name = "Bianca Lupașcu"
aliases = ["Bianca"]
role = "sibling"
pseudonym = "Sibling"
born = "08-11-2017"
address = "Flat 3, 41 Mardlow Avenue, Wealdstone, Harrow HA3 5WQ"

[[people]]
name = "Elena Hrițcu"
aliases = ["Elena", "Mrs Hritcu"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
address = "Strada Pietrei Albe nr. 23, Vârfu Cornului, județul Suceava, Romania"

[[people]]
name = "Gheorghe Hrițcu"
aliases = ["Gheorghe"]
role = "maternal grandfather"
pseudonym = "Maternal Grandfather"
address = "Strada Pietrei Albe nr. 23, Vârfu Cornului, județul Suceava, Romania"

[[people]]
name = "Constantin Lupașcu"
aliases = ["Costel"]
role = "paternal uncle"
pseudonym = "Paternal Uncle"
address = "7 Tennyfield Close, Edgware HA8 9RZ"

[[staff]]
name = "Charlotte Pennock"
role = "Health Visitor"
agency = "Central and North West London NHS Foundation Trust"

[[staff]]
name = "Tomasz Wierzbicki"
role = "Social Worker"
agency = "Harrow Children's Services"

[[staff]]
name = "Anjali Raithatha"
role = "General Practitioner"
agency = "Ashcombe Parade Medical Practice"

[[staff]]
name = "Sharon Kettleby"
role = "Nursery Manager"
agency = "Cedarmoor Day Nursery"

[[staff]]
name = "Owen Blackmore"
role = "Detective Constable"
agency = "Metropolitan Police Service"
"""

IDENTIFIERS = {
    "key_name": [
        "Ștefan-Matei Lupașcu", "Ștefan-Matei", "Ștefan", "Stefan", "Matei", "Stephan",
        "Lupașcu", "Lupascu", "LUPAȘCU", "LUPASCU", "Lupaşcu", "Lupasco", "LUPASCO",
        "Ioana Lupașcu", "Ioana", "Yoana", "Hrițcu", "Hritcu", "HRIȚCU", "Hritco",
        "Vasile-Dorin Lupașcu", "Vasile-Dorin", "Vasile", "Vasilie", "Dorin",
        "Bianca", "Elena Hrițcu", "Elena", "Gheorghe", "Constantin Lupașcu", "Costel",
        "Charlotte Pennock", "Pennock", "Tomasz Wierzbicki", "Wierzbicki", "Raithatha",
        "Owen Blackmore", "Blackmore", "Sharon Kettleby", "Kettleby",
    ],
    "nickname": ["Ștefănuț", "Stefanut", "Fănel", "Dorel", "Nuți", "Bibi", "Ghiță"],
    "initials": ["S-M", "Ș-M", "S.M.L.", "SML", "I.L.", "IL", "V-D L", "VDL", "D.L.", "CP"],
    "not_in_key": [
        "Marius Ciobanu", "Marius", "Ciobanu", "Florentina Rusu", "Florentina",
        "Iosif Bârlădeanu", "Bârlădeanu", "Barladeanu", "Lidia Munteanu", "Lidia",
        "Munteanu", "Farrant", "Hollis", "Doreen Ashdown", "Ashdown", "Mirela", "Jodie Marchant", "Marchant",
        "Kuldip Sangha", "Sangha",
    ],
    "address": [
        "Flat 3, 41 Mardlow Avenue", "41 Mardlow Avenue", "Mardlow Avenue", "Mardlow Ave",
        "Room 2, 18 Culvercote Road", "18 Culvercote Road", "Culvercote Road", "Culvercote Rd",
        "7 Tennyfield Close", "Tennyfield Close", "Hallowmead Estate", "Hallowmead",
        "Kenmere Parade", "Strada Pietrei Albe nr. 23", "Strada Pietrei Albe",
        "Vârfu Cornului", "Varfu Cornului", "Wealdstone", "Rayners Lane", "Edgware",
    ],
    "postcode": ["HA3 5WQ", "HA35WQ", "HA3", "5WQ", "HA2 9NJ", "HA2", "HA8 9RZ", "727391"],
    "agency_place": [
        "Cedarmoor Day Nursery", "Cedarmoor Nursery", "Cedarmoor",
        "Ashcombe Parade Medical Practice", "Ashcombe Parade Surgery", "Ashcombe Parade",
        "Wealdmoor Primary School", "Wealdmoor",
    ],
    "number": [
        "07700 900614", "+44 7700 900614", "07700900287", "07700 900287", "020 7946 0381",
        "020 7946 0522", "482 619 3068", "4826193068", "473 920 5815", "4739205815",
        "QQ 48 27 19 B", "QQ731904D", "1940127332080", "ioana.lupascu98@example.com",
        "dorin@bucovinabuild.example.net", "facebook.com/ioana.hritcu.77", "@dorin_bucovina94",
        "@mama.lui.stefanut", "HN17 KDW", "HN17KDW",
    ],
    "date_of_birth": [
        "14-05-2022", "14/05/2022", "14.05.22", "14th May 2022", "14 May 2022",
        "03/09/1998", "3 September 1998", "27.01.1994", "27/01/94", "08/11/2017",
    ],
    "other": [
        "Bucovina Build & Renovations Ltd", "Bucovina Build", "Biserica Penticostală Emanuel Londra",
        "Biserica Emanuel", "Emanuel church", "Dor de Acasă", "Pufi", "CSCS 40218837",
        "058193726",
    ],
}

ORDINARY = [
    "Children Act 1989", "Children and Young Persons Act 1933",
    "Working Together to Safeguard Children", "Child Safeguarding Practice Review Panel",
    "Out of routine", "The Lullaby Trust", "Safer Sleep Week", "NSPCC", "ICON",
    "Graded Care Profile 2", "Healthy Child Programme", "Ages and Stages Questionnaire",
    "Language Line", "Northwick Park Hospital", "London Ambulance Service",
    "Child Death Overview Panel", "SUDC", "EU Settlement Scheme", "pre-settled status",
    "Universal Credit", "CSCS card", "MMR", "Calpol", "Sudocrem", "co-codamol",
    "bronchiolitis", "faltering growth", "Early Help", "MASH", "Section 17", "Section 47",
    "strategy discussion", "Child in Need", "Merlin", "DS", "PC", "Detective Inspector",
    "Pentecostal", "Romanian", "doarme cu noi", "pătuț", "bunica", "tata", "Doamne ajută",
    "Crăciun", "Paște", "Rusalii", "sarmale", "mămăligă", "dor de casă", "țuică",
    "Christmas", "Easter", "Amazing Grace", "in March 2023", "August",
    "Victoria Climbié", "Lord Laming", "Arthur Labinjo-Hughes", "NO COT SEEN IN THE FLAT",
]

INVOLVEMENT = [
    "Ștefan-Matei Lupașcu (Child S) was born at Northwick Park Hospital on 14 May 2022, three weeks early, weighing 2.6 kilograms. His mother, Ioana Lupașcu (née Hrițcu, born 3 September 1998), had booked for antenatal care at 31 weeks, having arrived from Romania in the autumn of 2021 to join his father, Vasile-Dorin Lupașcu, who had lived in London since 2016 and held pre-settled status under the EU Settlement Scheme. The parents lived in a single room, Room 2, 18 Culvercote Road, Rayners Lane, HA2 9NJ, in a house in multiple occupation let by a Mr Kuldip Sangha, sharing a kitchen and bathroom with five other adults. Their daughter Bianca, then four and known in the family as Bibi, had stayed behind with her maternal grandparents, Elena and Gheorghe Hrițcu, at Strada Pietrei Albe nr. 23, Vârfu Cornului, in Suceava county (cod poștal 727391). Mr Lupașcu, who is known to everyone as Dorin and to his friends as Dorel, worked as a dryliner for his older brother's firm, Bucovina Build & Renovations Ltd, usually leaving the house before 6am. Costel ran the firm, as Bucovina Build, from his home in Edgware.",
    "On 26 May 2022 the health visitor, Charlotte Pennock of Central and North West London NHS Foundation Trust (CNWL), carried out the new birth visit. Dorin interpreted, as he did at most contacts that year; Mrs Lupașcu's spoken English was then limited and no Language Line interpreter was booked because, the record says, 'father speaks good English and mum happy for him to translate'. Ștefan was asleep in a Moses basket on the parents' double bed. Ms Pennock gave The Lullaby Trust's safer sleep leaflet in Romanian and discussed ICON and the period of purple crying. She recorded Mrs Lupascu's mobile as 07700 900614 and the father's as 07700900287, and wrote that when she asked where the baby would sleep once he outgrew the basket, Ioana answered 'doarme cu noi' ('he sleeps with us'), which Dorin translated as 'he will have a cot'. The record notes 'no cot in room - parents plan to buy'.",
    "On 7 July 2022 Dr Anjali Raithatha at Ashcombe Parade Medical Practice carried out the six-to-eight week check. The practice had registered the baby as 'Stephan Lupasco' from a handwritten form, with NHS number 482 619 3068 and date of birth 14/05/2022, and the mother under her maiden name, Yoana Hritcu, with NHS number 473 920 5815; the two records were not linked as a family until March 2023. Dr Raithatha completed a PHQ-9 through the father, which scored 11. Mrs Lupascu told the GP, in the few English words she had, that she was 'sad, no family, no friends', and Dorin added that she had 'dor de casă' (homesickness) and would be better when her mother visited at Christmas. Dr Raithatha offered a referral to talking therapies, which was declined, and booked a review that did not take place. A later entry, made when Mrs Hrițcu registered as a temporary resident, gives the grandmother's home address as 'Varfu Cornului, Suceava' and spells the family name Hritco. The baby's first immunisations were given on 14 July 2022 at the practice, and Calpol was advised for the fever that followed.",
    "In September 2022 the family moved to Flat 3, 41 Mardlow Avenue, Wealdstone, Harrow HA3 5WQ, a one-bedroomed flat above a launderette on Kenmere Parade, which Costel (Constantin Lupașcu) had found for them. Bianca arrived from Suceava with her grandmother, who returned home a week later, on 2 September 2022 and started in Reception at Wealdmoor Primary School. Dorin's workmate Marius Ciobanu moved in at the same time and slept on the sofa in the living room, sharing the rent; his girlfriend, Florentina Rusu, stayed at weekends, and Florentina's cat, Pufi, lived in the flat and slept on the sofa. Mr Ciobanu told the review that 'there were four adults and two children, and the cat, in two rooms'. The health visiting service was not told of the move. Letters offering the nine-to-twelve month review were sent to 18 Culvercote Rd and returned marked 'gone away', and the review was later completed by telephone on 16 May 2023, when the baby was a year old, with the father answering on 07700 900287. The mother's Universal Credit claim, under NI number QQ731904D, still gave the Culvercote Road address. The Ages and Stages Questionnaire was not completed.",
    "The family are members of a Romanian Pentecostal congregation, the Biserica Penticostală Emanuel Londra, which meets for worship on Sunday afternoons and for prayer on Wednesday evenings in the community hall on the Hallowmead Estate. Members call it simply the Emanuel church. The pastor, Iosif Bârlădeanu, told the review that Dorin had been baptised in the church in 2018 and that 'fratele Dorin' was well liked and helped with the sound system. Services often ran until 9pm or later, followed by a shared meal of sarmale and mămăligă, and the children slept on coats laid across chairs at the back of the hall. In the congregation Ioana was known as Nuți and the baby as Fănel. A member of the church, sora Lidia Munteanu, regularly looked after Ștefan and Bianca during services and, later, after school. No agency knew of the church's place in the family's week until after Ștefan's death, although the mother's Facebook page, facebook.com/ioana.hritcu.77, showed the family there most weekends.",
    "In December 2022 the family travelled to Romania for Crăciun, missing the twelve-month immunisations (the practice's copy of the mother's passport, taken for the travel vaccination form, records her as HRIȚCU Ioana), and returned on 11 January 2023 with Elena Hrițcu, who stayed until just before Paște. Mrs Hrițcu, whom Bianca and Ștefan call bunica and who has always called her grandson Matei, told the review through an interpreter that she had been 'frightened' by the flat: the cot which the parents had bought was in the bedroom, but it was full of Marius's work clothes and boxes of plasterboard screws, and the baby slept in the double bed between his parents, or on the sofa with his father when Dorin came home late. She said she had told Ioana that in Romania 'we do the same', but that in Vârfu Cornului there was a house and a garden and there were not four adults in one room. While Mrs Hrițcu was in London the baby was fed and changed regularly, and the nursery later said that his best weeks were those in which his grandmother brought him.",
    "On 19 February 2023 Ștefan, then nine months old, was taken to the emergency department at Northwick Park Hospital by ambulance with bronchiolitis and stayed two nights. The ward recorded that his weight had fallen from the 50th centile at birth to just below the 9th, that he had severe nappy rash with broken skin in the groin, and that the father said the mother 'does not manage the nappies' and that Sudocrem was used. The discharge summary was sent to the GP and to the health visiting service; it gave the address as 41 Mardlow Ave, HA35WQ, and the child's name as Stefan Lupascu, and it recommended weighing by the health visitor within a week. The health visiting team attempted two telephone calls to 07700 900614 without reply and sent a letter. Faltering growth was not followed up until the nursery raised it.",
    "Mrs Lupașcu started part-time work in March 2023 at a Romanian grocery, Dor de Acasă, at 6 Kenmere Parade, and Ștefan began attending Cedarmoor Day Nursery three days a week from 13 March 2023, the fees met partly through the childcare element of Universal Credit. The registration form, completed by the father, gave the child's date of birth as 14.05.22, named him 'Ștefan-Matei (Ștefănuț)', and gave the mother's email as ioana.lupascu98@example.com and an emergency contact, 'Lidia (church)'. The nursery manager, Sharon Kettleby, added a flag to his file in March 2023 which read, in capitals, HOME LANGUAGE ROMANIAN - USE INTERPRETER FOR PARENT MEETINGS. His key worker, Jodie Marchant, recorded that he arrived most days in the clothes he had worn the day before, with a heavy nappy, that he ate 'as if he had not eaten since Friday', and that he fell asleep at the table before lunch. Her notes, written in the nursery's shorthand, refer to him as Ș-M or S.M.L. and to his mother as IL ('IL collected 17:55, no bag, no spare nappies'). Mrs Lupașcu signed the nursery's sleep agreement as I.L. on 13 March 2023.",
    "On 4 May 2023 Ms Kettleby rang the Harrow MASH from the nursery's office line, 020 7946 0381, and made a referral after Ștefan arrived with nappy rash that had bled onto his clothing and a dummy dipped in sugar. She recorded that he had attended 21 of 42 sessions since March, that the MMR had not been given, and that the mother, who had begun to speak more English, told staff that he slept 'with tata' because 'the pătuț is full'. The MASH checked police and health records. A Merlin report was not yet on file and the health records were not found under Stefan Lupascu because the GP held him as Stephan. The referral was stepped down to Early Help on 9 May 2023, and an Early Help practitioner visited twice in June 2023 with Dorin interpreting. The practitioner recorded that the flat was 'cramped but clean', that the parents were 'loving' and that a travel cot had been requested from a local charity. The Graded Care Profile 2 was not used.",
    "At 01:40 on Saturday 17 June 2023 the downstairs neighbour, Mrs Doreen Ashdown, rang 999 to report shouting and a child crying in the flat above. PC Hollis and a colleague from the Metropolitan Police attended, their pocket notebooks referring to the father as V-D L and D.L., and found Dorin and Marius Ciobanu drinking in the living room with a bottle of țuică, Ioana asleep in the bedroom with Bianca, and Ștefan asleep on the sofa beside his father under a duvet, with an ashtray on the arm of the sofa. The officers spoke to the father in English. He said that the baby would not settle in the bedroom and that he always slept with him on a Friday. The officers' Merlin report, which named the family as LUPASCO and the father as 'Vasilie Lupasco, DOB 27/01/94', ended with the line NO COT SEEN IN THE FLAT. The report was shared with the MASH on 20 June 2023 and was linked to the May referral only because Ms Kettleby rang the same week to say that Ștefan had come to nursery with a burn from a cigarette on his forearm.",
    "The MASH held a strategy discussion by telephone on 23 June 2023 with police and health, which decided that the threshold for Section 47 enquiries was not met because the burn was 'accidental, explanation consistent', and the case was allocated to the Children and Families team for a Child and Family assessment under Section 17 of the Children Act 1989. The social worker, Tomasz Wierzbicki, visited on 28 June and 6 July 2023. He used Language Line on the first visit for twenty minutes, after which the call dropped; on the second visit Dorin interpreted. Mr Wierzbicki saw the cot, which he described as 'used for storage', and the travel cot, still in its box. He gave the parents the safer sleep advice again, noted Dorin's van outside, a white Transit with registration HN17 KDW and the firm's name on the side, and recorded Dorin's date of birth as 27.01.1994 and NI number QQ 48 27 19 B. The assessment concluded in July that Ștefan was a Child in Need because of neglect linked to overcrowding, and a plan was agreed.",
    "The first Child in Need meeting was held at Cedarmoor Nursery on 10 August 2023; the invitation went to the father at dorin@bucovinabuild.example.net. Mrs Lupașcu attended with Lidia Munteanu, who interpreted; Dorin was at a site in Watford and did not attend. The plan was that Ștefan should sleep in his own cot, that Marius would move out by September, that the MMR would be given, and that the health visitor would weigh him monthly. Minutes record that the mother said 'Doamne ajută' (God willing) when asked whether the lodger would leave, which was minuted as 'mother agrees'. Ms Kettleby told the meeting that attendance had improved to 60 per cent in July and that the mother now collected him on time. The GP practice was sent the minutes but filed them under Stefan Lupaşcu, spelt with a cedilla, a record that had been created by the practice system when the Merlin report was scanned and which was not merged with that of Stephan Lupasco.",
    "Between 3 and 21 September 2023 Mrs Lupașcu was in Suceava because her father, Gheorghe Hrițcu (known in the family as Tata Ghiță), had had a stroke. She took Bianca but left Ștefan with his father, and during the day with Lidia and with Costel's wife, Mirela. The nursery was told that the mother was 'on holiday' and Ștefan attended on four days in three weeks. Bianca missed nine days of school at Wealdmoor Primary School, which the school recorded as an unauthorised absence; it did not know that her brother had a Child in Need plan. Photographs posted on TikTok from the father's account, @dorin_bucovina94, during this period show Ștefan asleep on the sofa under a work jacket and, on 16 September 2023, in a car seat on the floor of the church hall. An Instagram account in the mother's name, @mama.lui.stefanut, posted daily from Romania.",
    "On 12 October 2023 the health visitor weighed Ștefan at home for the first time since February; his weight was on the 2nd centile. The social worker and the health visitor visited together on 19 October 2023 and saw the travel cot set up in the bedroom, made up with a pillow and a quilt. Marius had not moved out. Mr Wierzbicki recorded that the father had hurt his back lifting plasterboard and was off work, and that he 'seems low'. On 24 October 2023 Dr Raithatha saw Dorin, whose record reads 'VDL, 29 yrs, construction, CSCS card holder, lower back pain, lives with wife and 2 children', and prescribed co-codamol 30/500 and naproxen; she did not know of the Child in Need plan. The second Child in Need meeting, on 26 October 2023, agreed that the case should close to Early Help at the next review in December 2023 if Ștefan's weight improved. The Graded Care Profile 2 was again planned but not completed.",
    "On Saturday 18 November 2023 the family attended an evening of worship and a wedding meal for a church member at the Hallowmead Estate hall, which ended at around 11pm. Dorin then went with Marius to his brother's home at 7 Tennyfield Close, Edgware HA8 9RZ, where Marius stayed the night and where, by his account, Dorin drank 'three or four glasses'. He returned at about 2:30am and took two co-codamol tablets for his back. Ștefan had been crying and Ioana, who was in the bedroom with Bianca, brought him to Dorin on the sofa, where they both fell asleep under a duvet with a cushion behind them. At 06:10 on Sunday 19 November 2023 Ioana found Ștefan face down, wedged between his father and the back of the sofa, and not breathing. She called 999 from 07700 900614, logged by the ambulance service as +44 7700 900614, and the London Ambulance Service began resuscitation; Ștefan was taken to Northwick Park Hospital, where he was pronounced dead at 07:02. He was eighteen months old.",
    "A Joint Agency Response was started the same morning. DS Farrant of the Metropolitan Police's child abuse investigation team, under the direction of a Detective Inspector, and DC Owen Blackmore attended the flat with the paediatrician, and the scene record notes that the cot in the bedroom still held a suitcase and two boxes of tools. Dorin was arrested on suspicion of an offence under section 1 of the Children and Young Persons Act 1933 and released under investigation. The hospital recorded the child as LUPAȘCU, Ștefan-Matei, 14th May 2022, NHS number 4826193068, and the mother's NHS number as 4739205815; the police file held the father's Romanian identity number, CNP 1940127332080, and passport number 058193726 from the van's insurance documents, and his CSCS card, CSCS 40218837. DC Blackmore traced the van, HN17KDW on the ANPR record, to Tennyfield Close for the early hours of 19 November. The hospital also noted the father as Vasile and the mother as Ioana HRIȚCU. Elena Hrițcu travelled from Romania on 21 November 2023. The church held a service on 2 December 2023 at which the congregation sang Amazing Grace in Romanian and English. The case was notified to the Child Safeguarding Practice Review Panel on 21 November 2023 and to the Child Death Overview Panel. The police investigation continues, and this review makes no finding on the cause of Ștefan's death, which is being treated as a SUDC pending the inquest.",
]

ANALYSIS = [
    "Safe sleep advice was given to this family at least five times: at the new birth visit, on discharge in February 2023, by the Early Help practitioner, by the social worker in July and again by the health visitor in October. Each time it was given in the same form, a leaflet and a conversation, and each time it was given through Dorin. No practitioner asked who slept where on each night of the week, what happened when the father came home late, or what the household did on the nights after church. The Child Safeguarding Practice Review Panel's report Out of routine found that most sudden unexpected deaths in families known to children's social care happened when the family's normal routine was disrupted, often by alcohol, drugs, a late night or a change of carer, and that advice alone rarely changed what parents did on those nights. Ștefan died on exactly such a night. The question that mattered was not whether the parents had a cot, but whether anyone had planned for a Saturday night.",
    "The mother's voice was almost entirely absent from the records. For eighteen months the principal interpreter in this case was the father, and later a friend from church. Working Together to Safeguard Children and the London Safeguarding Children Procedures are clear that family members and friends should not interpret in safeguarding discussions. Ioana's words were recorded at least three times in Romanian: 'doarme cu noi' at the new birth visit, 'dor de casă' at the GP, and 'Doamne ajută' at the Child in Need meeting. Each time the English version that went into the record said something else: that there would be a cot, that she missed her family, that she agreed. A professional Romanian interpreter would have told Ms Pennock in May 2022 that the baby was going to sleep in the parents' bed, and would have told the Child in Need meeting that the mother did not think the lodger would leave.",
    "Neglect was recognised in fragments. The hospital saw faltering growth and severe nappy rash; the nursery saw hunger, unchanged nappies, poor attendance and a burn; the police saw a baby asleep on a sofa with two adults who had been drinking; the health visiting service saw a child weighed once in eight months. The Graded Care Profile 2 was planned twice and never completed, and no single assessment brought these things together. The strategy discussion in June 2023 considered the burn as an injury rather than as evidence of supervision, and the Section 47 threshold was not revisited when the second Child in Need meeting heard that the weight had fallen further. Practitioners described the parents as 'loving' and 'engaged', and the review found no reason to doubt that they loved their children; but the Victoria Climbié inquiry, chaired by Lord Laming, and the national review following the deaths of Arthur Labinjo-Hughes and Star Hobson both warn that warmth towards professionals is not evidence of a child's safety.",
    "The father was seen as the family's interpreter, not as its second parent. Dorin worked long and irregular hours on building sites, was paid partly in cash, drank at weekends, and from October 2023 was in pain and taking co-codamol. None of this was brought into the Child and Family assessment, which described him as 'supportive of mother'. The GP who prescribed the co-codamol did not know there were safeguarding concerns, because the Child in Need minutes sent to Ashcombe Parade Surgery had been filed under a third version of the family's name. Men working in construction are often hard for daytime services to reach, but the father was present and speaking English at almost every contact; he was reached, and then he was asked to speak for someone else.",
    "The family's faith was a strength that no agency knew about and a risk that no agency saw. The Pentecostal church gave the Lupașcu family friendship, childcare and a place in a community far from Suceava, and the pastor and members of the congregation have cooperated fully with this review. It also shaped the family's week in ways that mattered for Ștefan's sleep: long services on Sunday and Wednesday evenings, late meals, children asleep on coats or in car seats, and a weekend in which the household went to bed long after midnight. Practitioners told the review that they had not asked about religion because they did not want to be intrusive. Asking a family about their week, including their church, festivals such as Rusalii, Easter and Christmas, and the people who help them, is not intrusive; it is the assessment.",
]

LEARNING = [
    "Safer sleep conversations must be about the household's real week, not about the equipment. Practitioners should ask where the child sleeps on every night, who else is in the home, what happens when routines change, after a late night, after alcohol or when a parent is unwell or taking medication such as co-codamol, and should write a safer sleep plan with the parents for those nights. Seeing a cot is not the same as seeing a child sleeping in it. The Lullaby Trust's materials for Safer Sleep Week and the NSPCC's resources are available in Romanian and should be used with an interpreter, not handed over.",
    "Families whose first language is Romanian must have a professional interpreter at every safeguarding contact, including new birth visits, Child in Need meetings and strategy discussions held with parents. Where a parent uses a phrase in her own language, such as 'doarme cu noi' or 'Doamne ajută', the practitioner should record it and ask the interpreter what it means, rather than accept a family member's summary. Language Line calls that fail should be rebooked, not replaced by the father.",
    "Neglect should be assessed with a tool that brings information together. Harrow has adopted the Graded Care Profile 2, and it should be completed whenever a young child is subject to a Child in Need plan for neglect, with the health visitor and nursery contributing. The Healthy Child Programme reviews, weighing and immunisations such as the MMR are part of that picture; a missed review or a child not brought should prompt a call to the nursery and the social worker, not only a letter to an old address.",
    "Names must be searched in every spelling. Romanian names carry letters, ș and ț, which many systems replace with s and t or with the look-alike letters ş and ţ; the family in this review appeared as Lupașcu, Lupascu, Lupaşcu and Lupasco, and Ștefan as Stefan and Stephan. The MASH, the GP practice and the health visiting service should search on date of birth and address as well as name, and should merge duplicate records when they are found. The Merlin report which recorded NO COT SEEN IN THE FLAT would have reached the GP had the records been linked.",
    "Faith communities are part of a child's network. Romanian Pentecostal churches in north-west London are large and well organised, and the people who minded Ștefan, interpreted for his mother and saw him most Sunday evenings belonged to one. Agencies should ask families which church, community group or shop is part of their week, should include trusted members in plans with the family's agreement, and should offer churches safer sleep and neglect training. The partnership's links with faith groups should include Romanian-speaking congregations, and church leaders should know how to raise a concern.",
]

RECOMMENDATIONS = [
    ("CNWL, Harrow Children's Services and the nursery should agree a safer sleep plan with each family of a child under two who is on a Child in Need plan, covering nights when routines are disrupted, as they were for the Lupașcu family after church and after drinking",
     "Introduce a joint safer sleep plan template drawing on Out of routine and audit 20 plans at six months", "Head of Service, Children and Families", "30-06-2024"),
    ("All agencies should use professional interpreters for Romanian-speaking parents in safeguarding work and must not rely on a partner, relative or friend, as happened when Dorin and Lidia Munteanu interpreted",
     "Issue partnership guidance on interpreter use and add an 'interpreter used' field to health visiting and Child in Need records", "Partnership Business Manager", "31-05-2024"),
    ("Ashcombe Parade Medical Practice, the MASH and CNWL should search records by every spelling of a name, including letters such as ș and ț, with date of birth and postcode, so that records held as Stephan Lupasco and Stefan Lupaşcu are linked",
     "Review name-matching on health and MASH systems and train administrative staff on diacritics and duplicate records", "Named GP for Safeguarding", "30-09-2024"),
    ("The partnership should engage with Romanian Pentecostal congregations, including the Biserica Emanuel, to share safer sleep and neglect messages",
     "Offer training to church leaders and add Romanian churches to the faith settings network", "Partnership Faith Lead", "31-12-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | HSCP-CSPR-2024-02 | Ștefan-Matei LUPAȘCU ('Fănel'), DOB 14-05-2022, Flat 3, 41 Mardlow Avenue, HA3 5WQ | DRAFT - NOT FOR CIRCULATION",
    footer="Author: Tomasz Wierzbicki, Harrow Children's Services, 020 7946 0522 | Family: LUPASCU / HRIȚCU, 41 Mardlow Ave, Wealdstone | Draft 2",
    comment="CP: Nuți (mum) says S-M slept with Dorel most Fridays; Bibi told school 'Stefanut sleeps with tata'. Check with Pastor Barladeanu re who minded SML on 18/11 and whether Pufi the cat was in the flat. Mum DOB 03/09/1998, Bianca 08/11/2017.",
    footnote="Attendance figures from the Cedarmoor Nursery register supplied by Sharon Kettleby (SK) on 07/12/2023; Bianca's school attendance from Wealdmoor, DOB 08/11/2017; mother's number 07700 900614.",
)
