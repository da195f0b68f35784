# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 103): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "LSCP-2023-014"

CASE_TOML = """\
reference = "LSCP-2023-014"
review = "Child Safeguarding Practice Review"
subject = "Child X"
board = "Leicester Safeguarding Children Partnership"
period = { from = "01-09-2021", to = "28-02-2023" }
decision = "11-04-2023"
notification = "17-02-2023"

[[agencies]]
name = "Leicestershire Police"
aliases = ["Police", "the police"]

[[agencies]]
name = "Leicester City Council Children's Social Care"
aliases = ["Children's Social Care", "CSC", "the local authority"]

[[agencies]]
name = "Leicestershire Partnership NHS Trust"
aliases = ["LPT", "Health Visiting Service", "the health visiting service"]

[[agencies]]
name = "Harrowbeck Medical Centre"
aliases = ["Harrowbeck Surgery", "Harrowbeck"]
published_as = "the GP practice"

[[agencies]]
name = "Glenmere Vale Primary School"
aliases = ["Glenmere Vale", "Glenmere Vale Primary"]
published_as = "the primary school"

[[agencies]]
name = "Brambledown Children's Centre"
aliases = ["Brambledown", "Brambledown nursery"]
published_as = "the children's centre"

[[people]]
name = "Feven Mehari"
aliases = ["Fefe", "F.M.", "ፌቨን"]
role = "child"
pseudonym = "Child X"
born = "09-11-2017"
address = "Flat 3, 27 Wendlebury Street, Leicester LE5 3QX"

[[people]]
name = "Hiwet Andemariam"
aliases = ["Hiwi", "Helen", "Hiwot Andemariam", "Hiwet Mehari", "H.A.", "ሕይወት"]
role = "mother"
pseudonym = "Mother"
born = "17-06-1997"
address = "Flat 3, 27 Wendlebury Street, Leicester LE5 3QX"

[[people]]
name = "Mehari Tekeste"
aliases = ["Mr Tekeste", "Mehari Tekesti"]
role = "father"
pseudonym = "Father"
born = "12-08-1992"
address = "Handsworth, Birmingham B21 9TZ"

[[people]]
name = "Nahom Mehari"
aliases = ["Nahi", "N.M."]
role = "sibling"
pseudonym = "Sibling 1"
born = "23-04-2016"
address = "Flat 3, 27 Wendlebury Street, Leicester LE5 3QX"

[[people]]
name = "Milka Kibrom"
aliases = ["Milka Tsegai"]
role = "half-sibling"
pseudonym = "Sibling 2"
born = "02-03-2022"
address = "6 Ferrisford Close, Leicester LE3 1WN"

[[people]]
name = "Kibrom Tsegai"
aliases = ["Kibi", "Kevin", "K-T"]
role = "mother's partner"
pseudonym = "Mother's Partner"
born = "04-02-1989"
address = "6 Ferrisford Close, Leicester LE3 1WN"

[[people]]
name = "Letebrhan Tekeste"
aliases = ["Lete"]
role = "paternal aunt"
pseudonym = "Paternal Aunt"
address = "Spinney Hills, Leicester"

[[staff]]
name = "Rachel Thornycroft"
code = "HV1"
role = "Health Visitor"
agency = "Leicestershire Partnership NHS Trust"

[[staff]]
name = "Imran Dhaliwal"
code = "SW1"
role = "Social Worker"
agency = "Leicester City Council Children's Social Care"

[[staff]]
name = "Dean Wolstenholme"
code = "PA1"
role = "Personal Adviser, Leaving Care Service"
agency = "Leicester City Council Children's Social Care"

[[staff]]
name = "Anjali Ruparelia"
code = "GP1"
role = "General Practitioner"
agency = "Harrowbeck Medical Centre"

[[staff]]
name = "Joanne Pickersgill"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Glenmere Vale Primary School"

[[staff]]
name = "Gareth Ollerenshaw"
code = "PC1"
role = "Police Constable"
agency = "Leicestershire Police"
"""

IDENTIFIERS = {
    "names": ["Feven", "Mehari", "Meharis", "Hiwet", "Andemariam", "Hiwot", "Andemarian",
              "Nahom", "Milka", "Kibrom", "Tsegai", "Letebrhan", "Tekeste", "Tekesti",
              "ሕይወት", "ፌቨን"],
    "nicknames": ["Fefe", "Hiwi", "Kibi", "Lete", "Nahi", "Helen", "Kevin"],
    "initials": ["H.A.", "F.M.", "FM", "K-T", "N.M."],
    "people_not_in_key": ["Abba Tesfalem", "Tesfalem", "Brenda Oakshott", "Oakshott",
                          "Pauline Garside", "Garside", "Yemane Habtu", "Habtu", "Yemane",
                          "Senait"],
    "staff": ["Rachel Thornycroft", "Thornycroft", "Imran Dhaliwal", "Dhaliwal",
              "Dean Wolstenholme", "Wolstenholme", "Anjali Ruparelia", "Ruparelia",
              "Joanne Pickersgill", "Pickersgill", "Gareth Ollerenshaw", "Ollerenshaw"],
    "streets": ["Wendlebury Street", "Wendlebury St", "Pellingham Road", "Pellingham Rd",
                "Ferrisford Close", "Fosbrooke Walk"],
    "estates": ["Marrowdene", "Marrowdene estate"],
    "house_numbers": ["27 Wendlebury Street", "27 Wendlebury St", "114 Pellingham Road",
                      "6 Ferrisford Close", "9 Fosbrooke Walk"],
    "places": ["Highfields", "Spinney Hills", "Evington", "Braunstone", "Handsworth"],
    "postcodes": ["LE5 3QX", "LE53QX", "LE5", "3QX", "LE3 1WN", "B21 9TZ"],
    "locating_agencies": ["Harrowbeck Medical Centre", "Harrowbeck",
                          "Glenmere Vale Primary School", "Glenmere Vale",
                          "Brambledown Children's Centre", "Brambledown"],
    "phones": ["07700 900417", "07700900582", "+44 7700 900239", "01632 960781",
               "01632 960455"],
    "nhs_ni": ["449 517 5106", "4722378592", "496 052 8672", "QQ 47 18 92 D", "QQ582093A"],
    "emails": ["hiwet.andemariam@example.com", "kibi.tsegai@example.org",
               "rachel.thornycroft@example.org"],
    "social": ["facebook.com/kibrom.tsegai.52", "@kibi_carwash", "@hiwi_ale"],
    "dates_of_birth": ["09-11-2017", "09/11/2017", "09.11.17", "9th November 2017",
                       "November 9, 2017", "23/04/2016", "2nd March 2022", "17-06-1997",
                       "17 June 1997", "01/01/1996", "12.08.1992"],
    "other": ["LK19 XWP", "Tyson", "Adulis Hand Car Wash", "Kidus Aregawi Church",
              "Kidus Aregawi", "Tesfa Mothers' Group", "K1187342"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children",
    "Children (Leaving Care) Act 2000", "Section 47", "Section 20", "Home Office",
    "National Transfer Scheme", "Refugee Council", "British Red Cross", "NSPCC",
    "Child Safeguarding Practice Review Panel", "Leicester Royal Infirmary",
    "Victoria Climbié", "Lord Laming", "Arthur Labinjo-Hughes",
    "Eritrean Orthodox Tewahedo Church", "Meskel", "Fasika", "Ghenna", "injera",
    "netsela", "buna", "tsom", "selam", "Tigrinya", "Asmara", "Eritrea",
    "post-traumatic stress disorder", "sertraline", "vitamin D deficiency", "Calpol",
    "WhatsApp", "Language Line", "Early Help", "MASH", "strategy discussion",
    "Child Protection Plan", "DS", "PC", "May", "Grace", "Hope", "Mark", "Monday",
    "September 2021", "unaccompanied asylum-seeking child", "skeletal survey",
    "DO NOT USE FAMILY OR FRIENDS TO INTERPRET",
]

INVOLVEMENT = [
    # 1
    "Hiwet Andemariam arrived in the United Kingdom in June 2012 as an unaccompanied asylum-seeking child, having travelled from Eritrea through Sudan and Libya. She was accommodated under Section 20 of the Children Act 1989 and moved to Leicester in 2013, where she lived with a foster carer, Mrs Pauline Garside, in Evington until she was eighteen. The Home Office did not accept her account of her age and recorded an assessed date of birth of 01/01/1996, under Home Office reference K1187342; Hiwet has always given her date of birth as 17 June 1997, and the GP record at Harrowbeck Medical Centre holds 17-06-1997. The Refugee Council and the British Red Cross both supported her at that time. Her name is written in Tigrinya as ሕይወት, and she told her foster carer that at college she preferred to be known as 'Helen'.",
    # 2
    "As a care leaver Ms Andemariam was allocated a personal adviser, Dean Wolstenholme (PA1), under the Children (Leaving Care) Act 2000. Mr Wolstenholme's case notes describe a quiet, capable young woman who attended the Kidus Aregawi Church, an Eritrean Orthodox Tewahedo Church congregation that meets in a hall on Fosbrooke Walk, and it was there that she met Mehari Tekeste. Nahom Mehari was born on 23/04/2016 and Feven Mehari on 9th November 2017. Both children carry their father's given name as their surname, in the Eritrean way, so that neither child shares a surname with their mother; agencies were slow to understand this, and a number of records call her 'Mrs Mehari'.",
    # 3
    "At the start of the review period, on a Monday in September 2021, the family lived at Flat 3, 27 Wendlebury Street, Highfields, Leicester LE5 3QX, a two-bedroom flat let by a private landlord. Mr Tekeste had separated from Hiwet in 2020 and moved to Handsworth, Birmingham B21 9TZ, where he worked nights; he saw the children most Sundays at church. His sister, Letebrhan Tekeste (known to the family as 'Lete'), lived nearby in Spinney Hills and collected Feven from nursery twice a week. The paternal aunt's telephone number, 07700 900417, was the only emergency contact on the children's centre file.",
    # 4
    "Feven attended Brambledown Children's Centre for fifteen funded hours from September 2021. Staff knew her as 'Fefe', the name her mother and brother used, and described a lively, talkative girl who sang in Tigrinya and English. Her registration form gave her date of birth as 09/11/2017 (09-11-2017 in the red book) and her NHS number as 449 517 5106. On 18 October 2021 a nursery practitioner recorded a small mark on Feven's left upper arm; Ms Andemariam said that Feven had fallen against the bath. The explanation was accepted, the body map was completed, and no further action was taken. Brambledown recorded the mother's mobile as 07700900582.",
    # 5
    "On 26 October 2021 the health visitor, Rachel Thornycroft (HV1), completed an antenatal contact at 27 Wendlebury St, as Hiwet was then about 20 weeks pregnant. The father of the unborn baby was Kibrom Tsegai, whom Hiwet had met through friends from church in the spring of 2021. Mr Tsegai was present and interpreted for Hiwet throughout the visit, although the health visiting service has access to Language Line and the flat's file already carried an alert in capitals that read DO NOT USE FAMILY OR FRIENDS TO INTERPRET. HV1 recorded that Hiwet 'smiled and nodded' and that K-T 'answered for her'. No routine enquiry about domestic abuse was made because Mr Tsegai did not leave the room.",
    # 6
    "On 3 December 2021 a neighbour, Mrs Brenda Oakshott, telephoned Leicestershire Police at 23:10 to report shouting and a child crying at the flat below her. PC Gareth Ollerenshaw (PC1) attended. Kibrom Tsegai, who gave his name as 'Kevin', answered the door and told the officer that the couple had argued about money and that it was 'a family matter'. PC Ollerenshaw spoke to Hiwet in English on the doorstep; she said she was fine. A DASH risk assessment was completed as standard risk. Mrs Oakshott later told the review that she heard Nahom calling his mother 'Hiwi' and begging Kibi to stop. The officer's notebook recorded the address as 27 Wendlebury Street, LE53QX, and a Public Protection Notice was sent to the MASH.",
    # 7
    "The MASH screened the notification on 6 December 2021. The Children's Social Care system already held a closed leaving care record for Hiwet Andemariam, but the new contact was created under the name 'Hiwet Mehari', taken from the children's surname, and the two records were not linked; a third, older record spelt her name 'Hiwot Andemarian'. The MASH decision was a referral to Early Help. The family were offered a place at the Tesfa Mothers' Group, a peer group for Eritrean and Ethiopian women that meets on Thursday mornings at the church hall, 9 Fosbrooke Walk. A friend from the group, Senait, told the review that Hiwet came twice and then stopped, saying that Kibrom did not like her going out.",
    # 8
    "Hiwet celebrated Ghenna with the children on 7 January 2022 at the Kidus Aregawi Church. The priest, Abba Tesfalem, told the review that he noticed that Hiwet had stopped wearing her netsela to services and sat at the back, and that Mr Tsegai waited outside in his car, a silver Toyota registered LK19 XWP. Abba Tesfalem spoke to Lete about his worries but did not contact any agency, because he did not know how, had not heard of the NSPCC helpline, and because, as he put it, 'in our community these things are kept in the family'.",
    # 9
    "The Early Help worker visited on 19 January 2022 and met H.A. with the children. The visit was carried out with an interpreter booked through Language Line, the only visit in the review period at which this happened. Hiwet said that she was tired, that she missed her mother in Asmara, and that Kibrom was 'good with the children but strict'. She gave her email address as hiwet.andemariam@example.com and her National Insurance number, QQ 47 18 92 D, for a benefits referral. The Early Help plan concentrated on housing and money; the case was closed in April 2022 as the family had 'not engaged', after three letters in English went unanswered.",
    # 10
    "Milka Kibrom was born at Leicester Royal Infirmary on 2nd March 2022. In line with Eritrean naming, Milka's surname is her father's given name, so that the three children in the household carried two different surnames, neither of them their mother's. The maternity discharge and the NHS number 4722378592 were, however, registered under the name 'Milka Tsegai', and the health visiting record for the new birth was opened under that name, so that it was not connected to Feven's or Nahom's records.",
    # 11
    "HV1 completed the new birth visit on 15 March 2022 at 6 Ferrisford Close, Braunstone, Leicester LE3 1WN, Mr Tsegai's address, where Hiwet and the baby were staying for the first weeks. A Staffordshire-cross dog called Tyson was loose in the kitchen. Rachel Thornycroft recorded that Hiwet looked 'flat', but the Edinburgh Postnatal Depression Scale was not completed because no interpreter had been booked and Mr Tsegai was again interpreting. HV1 left her contact details, 01632 960455 and rachel.thornycroft@example.org, and arranged a review at 6 weeks.",
    # 12
    "On 11 April 2022, during the Lenten fast (tsom) before Fasika, Ms Andemariam saw Dr Anjali Ruparelia (GP1) at Harrowbeck Surgery with poor sleep, flashbacks and low mood. Dr Ruparelia, with a telephone interpreter, diagnosed post-traumatic stress disorder linked to her journey through Libya and started sertraline. Hiwet said she had been fasting until the afternoon every day while breastfeeding. Dr Ruparelia asked about home and Hiwet said Kibrom 'shouts, only shouts'. GP1 did not share this with the health visitor. At the same appointment Feven was found to have vitamin D deficiency and was prescribed drops; her mother had been giving her Calpol for 'leg pains'. The practice's record for Hiwet holds her NHS number, 496 052 8672.",
    # 13
    "On 16 May 2022 Nahom, then a Year 1 pupil at Glenmere Vale Primary School, whom his friends call 'Nahi', told his teacher that 'Kibi shouts at Fefe and puts her in the dark room'. The Designated Safeguarding Lead, Mrs Joanne Pickersgill (DSL1), spoke to Nahom, who said that his sister cried at night. Mrs Pickersgill made a referral to the MASH that afternoon; the referral form listed N.M. and F.M. at 27 Wendlebury Street, and the mother's number as +44 7700 900239, a number that had in fact belonged to Mr Tsegai since March. The school's own records give Nahom's date of birth as 23/04/2016.",
    # 14
    "A strategy discussion was held on 18 May 2022 between Children's Social Care, Leicestershire Police and the school; health was not invited. It was decided that a single agency assessment, not a Section 47 enquiry, was proportionate. The allocated social worker, Imran Dhaliwal (SW1), visited on 23 May 2022. Because the booked interpreter did not arrive, Mr Dhaliwal accepted an offer from Mr Yemane Habtu, a family friend who attended the visit, to interpret. The review has since learned that Yemane Habtu is Kibrom Tsegai's cousin. Hiwet, through Mr Habtu, said that Nahom had misunderstood a game.",
    # 15
    "The assessment by Imran Dhaliwal was completed on 24 June 2022 and the case was closed with advice. The assessment did not record that Ms Andemariam was a care leaver who had arrived as an unaccompanied asylum-seeking child, nor that she had a diagnosis of post-traumatic stress disorder, because the leaving care record was held under a different name and the GP was not asked. Mr Wolstenholme's involvement had ended in January 2021, when Hiwet reached twenty-five by the Home Office date of 01/01/1996, some seventeen months earlier than her own date of birth would have allowed.",
    # 16
    "Mehari Tekeste telephoned Children's Social Care on 29 July 2022 from 01632 960781, a number at his work, asking for help to see the children more often, as Hiwet was no longer bringing them to church. His date of birth was recorded as 12.08.1992 and his name spelt 'Mehari Tekesti'. He said that 'the Meharis', meaning his children, were afraid of Kibrom. The call was logged as a private law matter and Mr Tekeste was advised to seek legal advice. No one from CSC spoke to him again before February 2023.",
    # 17
    "At the Meskel celebration on 27 September 2022, Lete noticed that Feven was thin and had a healing burn on the back of her hand. Letebrhan Tekeste tried to raise this with Hiwet, who cried and said that she could not leave. Lete sent a WhatsApp message to the school office, which was read but not passed to Mrs Pickersgill. From 1 October 2022 the family moved to live with Mr Tsegai at 6 Ferrisford Close on the Marrowdene estate, and Hiwet closed her Facebook account; Kibrom's page, facebook.com/kibrom.tsegai.52, and the business's Instagram account, @kibi_carwash, continued to show family photographs.",
    # 18
    "Feven started in Reception at Glenmere Vale in September 2022, travelling across the city each day in Mr Tsegai's car from the Marrowdene estate. The class register listed her as 'FM' with a date of birth of 09.11.17, and her attendance fell to 71% in the autumn term. On 9 November 2022, Feven's fifth birthday, her class teacher recorded that she ate 'as if starving' at lunch and had a bruise on her cheek. Mrs Pickersgill telephoned the mother's number and spoke to a man who said that Feven had fallen at the car wash, the Adulis Hand Car Wash on Pellingham Road, where Mr Tsegai worked. The school did not make a referral, as the explanation 'fitted'. The school's pupil record gave Feven's date of birth in the American style as November 9, 2017.",
    # 19
    "On 5 December 2022 the family's previous landlord forwarded mail for the Meharis from Wendlebury Street to 114 Pellingham Road, the address of the car wash, which the GP system then recorded as the family's home address, '114 Pellingham Rd'. A letter from Harrowbeck inviting Feven to a vitamin D review was returned unopened. The GP practice did not follow up a child who was not brought. Mr Tsegai's email address, kibi.tsegai@example.org, and National Insurance number, QQ582093A, appear on a landlord reference the practice was sent in error.",
    # 20
    "On 14 February 2023 Kibrom Tsegai brought Feven to the Emergency Department at Leicester Royal Infirmary with a swollen thigh, saying that she had fallen from a bunk bed. An X-ray showed a fractured femur, and a skeletal survey found healing fractures of three ribs. A Section 47 enquiry began the same day, and a DS from the Child Abuse Investigation Team interviewed Hiwet with a Tigrinya interpreter. Hiwet described months of control and violence by Kibi, who had taken her phone, her bank card and her Instagram account, @hiwi_ale. Mr Tsegai was arrested. Feven, Nahom and Milka were placed with their paternal aunt under an interim order, and the review was notified to the Child Safeguarding Practice Review Panel on 17 February 2023.",
]

ANALYSIS = [
    "The most striking thread in this review is the way the family's names defeated the agencies' systems. The children's surname, Mehari, is their father's given name; the mother's surname, Andemariam, is her own father's given name; and the baby's surname, Kibrom, is Mr Tsegai's given name. Practitioners who assumed that a family shares one surname created records for 'Hiwet Mehari' and 'Milka Tsegai', mis-spelt Hiwot and Tekesti, and did not find the leaving care history, the GP's diagnosis or the earlier police contact. No practitioner asked Hiwet what her name was, or how it was written in Tigrinya (ሕይወት), or how Feven's own name (ፌቨን) is written.",
    "Interpreting was the second thread. On at least five occasions Mr Tsegai, or his cousin Yemane, interpreted for the person he was harming. The Victoria Climbié inquiry, in which Lord Laming found that a child was interpreted for by her abuser's partner, made the same point more than twenty years ago, and the national review after Arthur Labinjo-Hughes again warned against relying on family members. There was little hope that Hiwet could disclose with Kibi in the room. Where an interpreter was booked, as at the Early Help visit and in the GP consultation with Dr Ruparelia, Hiwet said more.",
    "Practitioners knew that Ms Andemariam had come to the UK alone as a teenager, but this knowledge did not travel. Her experience as an unaccompanied asylum-seeking child, her post-traumatic stress disorder and her lack of any family in the UK other than the Tekeste family made her isolated and dependent on Mr Tsegai. The Home Office's assessed date of birth of 01/01/1996 cut short her leaving care support, and Dean Wolstenholme, who knew her best, was never consulted. Before the National Transfer Scheme and since, children in Hiwet's position have been given 1 January as a birthday with consequences for their later support that practitioners rarely consider.",
    "The faith community saw more than any agency. Abba Tesfalem, the Tesfa Mothers' Group and Lete each noticed change: Hiwet stopping wearing her netsela, missing buna with other women after the Sunday liturgy, not bringing the children to church for Meskel or Fasika. The Eritrean Orthodox Tewahedo Church in Leicester had no route into safeguarding services and its priest did not know what the MASH was. Greetings of selam at the church door were, for some months, the only contact Hiwet had outside the home.",
    "The decision on 18 May 2022 not to hold a Section 47 enquiry was not unreasonable on what was known to the strategy discussion, but much more was known across the partnership: the mark recorded by Brambledown, the December police call to 27 Wendlebury Street, the GP's record that Kibrom 'shouts', and the father's concerns. Working Together to Safeguard Children expects health to be part of a strategy discussion; here it was not. Had the GP and health visitor been invited, a Child Protection Plan is likely to have followed.",
    "Feven's vitamin D deficiency, her weight, her poor attendance and the missed appointment at Harrowbeck were each treated as a health or attendance matter rather than as possible neglect. Fasting during tsom, a diet of injera with little dairy and limited time outdoors were offered, and accepted, as cultural explanations. Practitioners must be curious about culture without letting it close down enquiry; a grace period given out of respect became a gap in which a child was not seen.",
    "The father's call of 29 July 2022 was a missed opportunity. Mr Tekeste was treated as an estranged parent with a contact dispute rather than as a source of information about risk, and his number at 01632 960781 was never called back. Fathers who do not live with their children, including those with different surnames from the mother and who live in another city such as Handsworth, must be seen as part of the safeguarding picture.",
]

LEARNING = [
    "Learning 1: Records must be searched and linked by more than surname. Eritrean, Ethiopian and many other naming traditions do not give a family one shared surname; agencies should ask each person for their full name, how it is spelt, any previous spellings (Hiwot, Andemarian) and any name used at work or college (Helen, Kevin), and record a mother's own surname rather than her children's. Leicester City Council Children's Social Care should check why Hiwet's care leaver record was not found.",
    "Learning 2: Use professional interpreters, never family or friends. The alert on the family's file was ignored on a Monday morning visit and on later visits. Language Line is available to every agency in the partnership, and practitioners should plan for an interpreter to be present or on the phone before a visit, not hope one arrives. When Mr Tsegai or Mr Habtu offered to help, the visit should have been rearranged.",
    "Learning 3: Former unaccompanied asylum-seeking children who become parents may carry trauma, isolation and disputed ages into parenthood. Practitioners should ask about a parent's journey, about post-traumatic stress disorder and about who supports them, and should contact the Leaving Care Service where a parent has been in care, whatever their recorded age.",
    "Learning 4: Faith leaders and community groups are part of the safeguarding network. The partnership should work with the Kidus Aregawi Church and other Eritrean and Ethiopian congregations so that clergy and lay leaders know how to raise a concern, in Tigrinya as well as in English, and so that services understand the calendar of fasts and feasts, from Ghenna in January to Meskel in September.",
    "Learning 5: Injuries to a young child with an explanation given by an adult who is not the parent should prompt curiosity. The mark in October 2021, the burn seen by Lete in September 2022 and the bruise at school in November 2022 were each explained by someone else. In May 2022 Nahom told his teacher what was happening; children's own words must be acted upon.",
]

RECOMMENDATIONS = [
    ("Leicester Safeguarding Children Partnership agencies should adopt a common standard for recording names from naming traditions without a shared family surname, so that Hiwet Andemariam and Milka Kibrom would be linked to one household",
     "Agree a shared standard for recording names, aliases and spellings, and audit MASH searches against it",
     "Head of Service, MASH", "30-11-2023"),
    ("All agencies should ensure that professional interpreters are used for every contact with a parent whose first language is not English, and that no partner, relative or friend such as Mr Tsegai interprets",
     "Issue a partnership interpreting protocol and report monthly on visits held without an interpreter",
     "Designated Nurse for Safeguarding", "31-01-2024"),
    ("The partnership should build a safeguarding link with Eritrean and Ethiopian faith communities, beginning with the congregation that Abba Tesfalem leads",
     "Deliver safeguarding awareness sessions in Tigrinya and Amharic and name a link officer for faith settings",
     "Partnership Business Manager", "31-03-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="CONFIDENTIAL - Agency Report: Feven MEHARI (FM), DOB 09.11.17, Flat 3, 27 Wendlebury Street, Leicester LE5 3QX",
    footer="Author: Rachel Thornycroft (HV1), rachel.thornycroft@example.org, tel. 01632 960455 - LPT Safeguarding",
    comment="Check with Lete whether Hiwi still goes to the Kidus Aregawi Church - and is Senait (Hiwet's friend from the Tesfa Mothers' Group) the one who told Abba Tesfalem?",
    footnote="Ms Andemariam's Home Office assessed date of birth is 01/01/1996; she gives 17-06-1997. Mrs Garside confirmed the family in Evington knew her as Hiwi.",
)
