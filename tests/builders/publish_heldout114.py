# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 114): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "PCSCPB-CSPR-2023-06"

CASE_TOML = """\
reference = "PCSCPB-CSPR-2023-06"
review = "Child Safeguarding Practice Review"
subject = "Child X"
board = "Peterborough and Cambridgeshire Safeguarding Children Partnership Board"
period = { from = "01-01-2022", to = "09-09-2023" }
decision = "28-09-2023"
notification = "11-09-2023"

[[agencies]]
name = "Cambridgeshire Constabulary"
aliases = ["Cambs Police", "Police"]

[[agencies]]
name = "Peterborough City Council Children's Services"
aliases = ["Children's Services", "Children's Social Care", "CSC"]

[[agencies]]
name = "Cambridgeshire Community Services NHS Trust"
aliases = ["Cambridgeshire Community Services", "CCS", "Health Visiting Service"]

[[agencies]]
name = "Wendlebury Fields Primary Academy"
aliases = ["Wendlebury Fields", "Wendlebury Fields Academy"]
published_as = "the primary school"

[[agencies]]
name = "Lindgate Medical Centre"
aliases = ["Lindgate Surgery"]
published_as = "the GP practice"

[[people]]
name = "Tymoteusz Jędrzejczak"
aliases = ["Tymon", "Tymek", "Tymon Jedrzejczak", "Tymoteusz Jedrzejczak"]
role = "child"
pseudonym = "Child X"
born = "14-02-2019"
address = "17 Tallingford Close, Brakesby Estate, Peterborough PE2 8WX"

[[people]]
name = "Agnieszka Jędrzejczak"
aliases = ["Agnieszka", "Aga", "Agnieszka Sołtysiak-Jędrzejczak", "Agnieszka Jedrzejczak", "Mrs Jędrzejczak"]
role = "mother"
pseudonym = "Mother"
born = "07-05-1994"
address = "17 Tallingford Close, Brakesby Estate, Peterborough PE2 8WX"

[[people]]
name = "Paweł Jędrzejczak"
aliases = ["Paweł", "Pawel Jedrzejczak", "Mr Jędrzejczak"]
role = "father"
pseudonym = "Father"
born = "23-11-1990"
address = "17 Tallingford Close, Brakesby Estate, Peterborough PE2 8WX"

[[people]]
name = "Halina Sołtysiak"
aliases = ["Halina", "Babcia Hala", "Mrs Sołtysiak"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
address = "ul. Jaskółcza Dolna 7/12, 80-317 Gdańsk, Poland"

[[people]]
name = "Kacper Sołtysiak"
aliases = ["Kacper"]
role = "half-brother"
pseudonym = "Sibling 1"
born = "03-08-2011"
address = "ul. Jaskółcza Dolna 7/12, 80-317 Gdańsk, Poland"

[[people]]
name = "Grzegorz Jędrzejczak"
aliases = ["Grzegorz", "Grzesiek"]
role = "paternal uncle"
pseudonym = "Paternal Uncle"
address = "58 Eastlode Road, Peterborough"

[[staff]]
name = "Rebecca Thirlwell"
code = "HV1"
role = "Health Visitor"
agency = "Cambridgeshire Community Services NHS Trust"

[[staff]]
name = "Joanne Pickersgill"
code = "SW1"
role = "Social Worker"
agency = "Peterborough City Council Children's Services"

[[staff]]
name = "Harriet Quenby"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Wendlebury Fields Primary Academy"

[[staff]]
name = "Sanjeev Rattan"
code = "GP1"
role = "General Practitioner"
agency = "Lindgate Medical Centre"

[[staff]]
name = "Craig Newbould"
code = "PC1"
role = "Police Constable"
agency = "Cambridgeshire Constabulary"
"""

IDENTIFIERS = {
    "key_name": [
        "Tymoteusz Jędrzejczak", "Tymoteusz", "Tymon", "Jędrzejczak", "Jedrzejczak",
        "JĘDRZEJCZAK", "Agnieszka", "Sołtysiak-Jędrzejczak", "Sołtysiak", "Soltysiak",
        "Paweł", "Pawel", "Halina", "Kacper", "Grzegorz", "Jedrzejczack", "JEDRZEJCZACK",
        "Jendrzejczak", "Agnieska", "Timon", "Pavel", "Rebecca Thirlwell", "Thirlwell",
        "Joanne Pickersgill", "Pickersgill", "Harriet Quenby", "Quenby", "Rattan",
        "Craig Newbould", "Newbould",
    ],
    "nickname": ["Tymek", "Tymuś", "Aga", "Agnes", "Pablo", "Grzesiek", "Babcia Hala", "Mario", "Pani Ewelina"],
    "initials": ["T.J.", "TJ", "A.S-J.", "AS-J", "P.J."],
    "not_in_key": [
        "Mariusz Ślęzak", "Ślęzak", "Slezak", "Beata Urbańczyk", "Urbańczyk", "Urbanczyk",
        "Maureen Tebbutt", "Tebbutt", "Ewelina Czarnecka", "Czarnecka", "Ewelina",
        "Desmond Okafor-Lyle", "Okafor-Lyle", "Liam Grasby", "Grasby", "Zbigniew Sołtysiak",
        "Zbigniew", "Farrant",
    ],
    "address": [
        "Flat 6, 22 Harlowby Street", "Harlowby Street", "Harlowby St", "Millfield",
        "17 Tallingford Close", "Tallingford Close", "Tallingford Cl", "Brakesby Estate",
        "Brakesby", "58 Eastlode Road", "Eastlode Road", "ul. Jaskółcza Dolna 7/12",
        "Jaskółcza Dolna",
    ],
    "postcode": ["PE1 9ZQ", "PE1", "9ZQ", "PE2 8WX", "PE28WX", "PE2", "8WX", "80-317"],
    "agency_place": [
        "Wendlebury Fields Primary Academy", "Wendlebury Fields", "Wendlebury",
        "Lindgate Medical Centre", "Lindgate Surgery", "Lindgate", "Szkoła Sobotnia Orzełek",
        "Orzełek",
    ],
    "number": [
        "07700 900614", "07700900238", "+44 7700 900615", "01632 960442", "485 203 9917",
        "4852039917", "612 884 3075", "QQ 47 82 19 D", "QQ193847B", "19221407358",
        "BWS-448213", "aga.jedrzejczak94@example.com", "pawel.j1990@example.net",
        "halina.soltysiak@example.pl", "facebook.com/agnieszka.soltysiak.7", "@pablo_pboro90",
        "AE16 WZK", "GD 4K217",
    ],
    "date_of_birth": [
        "14th February 2019", "14/02/2019", "14.02.2019", "14-02-2019", "14.02.19",
        "1990-11-23", "23.11.1990", "07/05/1994", "7 May 1994", "03/08/2011",
    ],
    "other": [
        "Harrowden Logistics", "Bridgeway Staffing", "Sklep Bursztyn", "Misiek", "Latarnia",
    ],
}

ORDINARY = [
    "Children Act 1989", "Section 17", "Section 47", "Working Together to Safeguard Children",
    "Children and Young Persons Act 1933", "Child Safeguarding Practice Review Panel",
    "The Myth of Invisible Men", "Daniel Pelka", "Coventry", "Arthur Labinjo-Hughes",
    "Star Hobson", "NSPCC", "Nacoa", "Alcoholics Anonymous", "Anonimowi Alkoholicy",
    "Language Line", "EU Settlement Scheme", "Healthy Child Programme", "ASQ-3", "AUDIT-C",
    "Graded Care Profile 2", "Operation Encompass", "DASH", "MASH", "Early Help",
    "Child in Need", "strategy discussion", "Peterborough City Hospital", "Addenbrooke's",
    "diazepam", "Relanium", "chlordiazepoxide", "eczema", "hydrocortisone", "dental caries",
    "expressive language delay", "Wigilia", "opłatek", "Śmigus-Dyngus", "Dzień Dziecka",
    "babcia", "tata śpi", "pije za dużo", "na zawsze", "Żubrówka", "Tyskie", "Christmas",
    "Easter Monday", "in May 2023", "little hope", "good faith", "amber", "frank", "PC", "DS",
    "PCSO", "FS1", "DO NOT RELEASE CHILD TO A PARENT WHO APPEARS INTOXICATED",
    "Polish Saturday school", "magistrates' court",
]

INVOLVEMENT = [
    "Tymoteusz Jędrzejczak (Child X), known to his family as Tymon and more often as Tymek, was born at Peterborough City Hospital on 14th February 2019. At the start of the review period he lived with his mother, Agnieszka Jędrzejczak, and his father, Paweł Jędrzejczak, in Flat 6, 22 Harlowby Street, Millfield, Peterborough PE1 9ZQ, a one-bedroomed flat above a Polish grocery, Sklep Bursztyn. Both parents grew up in Gdańsk; Paweł came to the UK in 2014 and Agnieszka in 2017, and both hold settled status under the EU Settlement Scheme. Agnieszka's older son, Kacper Sołtysiak (born 03/08/2011), stayed behind in Gdańsk with his maternal grandmother, Halina Sołtysiak, at ul. Jaskółcza Dolna 7/12, 80-317 Gdańsk, and the family speak to them by video call most Sundays. Both parents worked through an employment agency, Bridgeway Staffing, as pickers at the Harrowden Logistics distribution centre, on twelve-hour shifts which changed from week to week and were often confirmed only the evening before. The agency registered the mother under the name Agnes, with worker number BWS-448213, and it is by that name that her supervisors knew her.",
    "On 15 March 2022 Rebecca Thirlwell (HV1), a health visitor with Cambridgeshire Community Services NHS Trust, carried out Tymon's 2 to 2½ year review under the Healthy Child Programme at the Harlowby Street flat. The review was eleven months late: it had been postponed twice during the pandemic and once when nobody answered the door. Tymon was by then three years old. The ASQ-3 showed an expressive language delay; he used about twenty single words, nearly all of them Polish, among them mama, tata and babcia. Mrs Jędrzejczak, who speaks good English, answered the questions, and the questionnaire was scored in English without allowing for a child learning two languages. Mr Jędrzejczak was asleep in the bedroom after a night shift and was not seen. Ms Thirlwell recorded 'strong smell of stale alcohol in living room - parents had a party at the weekend' but did not ask either parent about drinking. She noted the mother's mobile as 07700 900614 and the child's NHS number as 485 203 9917, and referred T.J. to the speech and language therapy drop-in at the family hub. The family did not attend, and the referral was closed after two letters.",
    "On 27 April 2022 Mr Jędrzejczak saw Dr Sanjeev Rattan (GP1) at Lindgate Medical Centre with upper abdominal pain and poor sleep. His record is headed 'Pavel Jedrzejczack', a spelling carried over from a handwritten registration form in 2015, and gives his date of birth as 1990-11-23, the order in which it is printed on his Polish identity card. He told Dr Rattan that he drank 'four or five cans after a shift, more on days off', usually Tyskie, with Żubrówka at weekends. His AUDIT-C score was 11 and a blood test showed a raised GGT. Dr Rattan advised him to cut down, gave him the details of the adult drug and alcohol service and a leaflet in Polish, and recorded 'lives with partner and son'. The record was not linked to Tymon's, and Dr Rattan did not ask who looked after the child when Mr Jędrzejczak had been drinking or was sleeping after nights. Mr Jędrzejczak did not contact the service. The practice holds his mobile number as 07700900238 and his NI number as QQ 47 82 19 D.",
    "At 23:50 on Saturday 18 June 2022 a neighbour in Harlowby Street, Mrs Maureen Tebbutt, rang 999 to report a man shouting and a child crying in the flat above the shop. PC Craig Newbould (PC1) of Cambridgeshire Constabulary attended with a colleague. He found Mr Jędrzejczak heavily intoxicated and Agnieszka, whom her partner called Aga, upset but uninjured; she had come home from a late shift to find him drinking with a workmate, Mariusz Ślęzak, known as 'Mario', who had been in the flat since the afternoon while Paweł was caring for Tymon. The officers saw Tymon, awake and in a wet nappy, in his cot-bed. A DASH risk assessment was completed with the mother in English, and she answered 'no' to most of the questions; the risk was graded standard. The public protection notice recorded the father as 'Pawel JEDRZEJCZACK', the mother as 'Agnieska Soltysiak' and the address as 22 Harlowby St, PE1 9ZQ, and recorded Mr Slezak only as 'friend, left prior to police arrival'. Because Tymon did not yet attend a nursery, no Operation Encompass notification was made. The notice went to the MASH, which sent the family a letter in English listing local support services and closed the contact.",
    "On 5 September 2022 Tymon started in the nursery class (FS1) at Wendlebury Fields Primary Academy, for fifteen hours a week in the mornings. The admission form, completed by his mother, gave his name as 'Tymon Jedrzejczak' and his date of birth as 14/02/2019, a home telephone number of 01632 960442, and as second emergency contact his uncle, Grzegorz Jędrzejczak ('Grzesiek'), of 58 Eastlode Road. Tymon's attendance in the autumn term was 71 per cent. He was often collected late and on two occasions was not collected at all until the school rang his uncle, who also worked shifts for Bridgeway Staffing and came straight from the warehouse. Staff described Tymon as quiet and watchful, with sore, cracked patches of eczema on his hands and wrists, and noticed that he ate the nursery breakfast very quickly and asked for more. A bilingual teaching assistant, Mrs Ewelina Czarnecka, whom the children called Pani Ewelina, became the adult he trusted most, and it was to her that he spoke in full sentences for the first time.",
    "On Friday 25 November 2022 Mr Jędrzejczak arrived to collect Tymon at 11:45 smelling strongly of alcohol and unsteady on his feet. Mrs Czarnecka spoke to him in Polish and he said that he had 'only had one beer' after his night shift. The Designated Safeguarding Lead, Harriet Quenby (DSL1), kept Tymon at school and rang the mother, who left the warehouse early to collect him and lost half a day's pay. Ms Quenby logged the incident on the school's safeguarding system ('P.J. smelt of alcohol, slurring, refused to wait') and placed an alert on Tymon's file which read, in capitals, DO NOT RELEASE CHILD TO A PARENT WHO APPEARS INTOXICATED. Earlier that week Tymon had told Pani Ewelina, when she asked why he was so tired, 'tata śpi, tata śpi na podłodze', which she wrote down as 'daddy's sleeping, daddy sleeps on the floor'. Ms Quenby consulted the MASH, which advised that the school offer an Early Help assessment. The mother agreed but said she could not come to meetings during her shifts. The school rated the concern amber on its own scale, and the Early Help assessment had not started by Christmas.",
    "Halina Sołtysiak came from Gdańsk on 17 December 2022 and stayed until 8 January 2023. Nursery staff noticed the difference at once: Tymon was brought on time every day by his grandmother, who walked him from Harlowby Street and called him Tymuś, and he told the class about Wigilia, the Christmas Eve supper, about breaking the opłatek with his family, and about a present from 'Babcia Hala' and one posted from his brother Kacper. On the last morning of her visit Mrs Sołtysiak told Pani Ewelina at the gate that her son-in-law 'pije za dużo' ('drinks too much'), that her daughter was 'working herself to death', and that she was afraid for her grandson once she went home. Mrs Czarnecka passed this to Ms Quenby, who recorded it in the safeguarding log together with the grandmother's email address, halina.soltysiak@example.pl, which Mrs Sołtysiak had written on a piece of paper so that the school could contact her. Nobody did. The information was not shared with any other agency, because the Early Help assessment had not begun and the school did not think a grandmother's worry on its own met the threshold for a referral.",
    "At 07:35 on Tuesday 24 January 2023 officers of Cambridgeshire Constabulary stopped a grey Vauxhall Astra, registration AE16 WZK, which was being driven erratically on the approach road to the Harrowden Logistics site. The driver was Mr Jędrzejczak, who had finished a night shift at 06:00 and was on his way home to take Tymon to nursery; Mrs Jędrzejczak had started a day shift at 06:00 and had left Tymon asleep with a friend, Beata Urbańczyk, who had handed him to his father at the warehouse gate. Tymon was in the back of the car in a booster seat that was not fixed in. Mr Jędrzejczak gave an evidential breath reading of 71 micrograms of alcohol in 100 millilitres of breath, twice the legal limit. He was arrested and taken to custody, where he gave his date of birth as 23.11.1990 and his address as Flat 6, 22 Harlowby Street. PC Newbould took Tymon to nursery and Ms Quenby rang his mother at work. A child referral was sent to the MASH that morning naming the child as 'Timon Jendrzejczak'. The MASH search found no earlier contact under that spelling. No strategy discussion was held; the referral was accepted for a Child and Family assessment under Section 17 of the Children Act 1989 and on 30 January 2023 was allocated to Joanne Pickersgill (SW1) of Peterborough City Council Children's Services.",
    "Ms Pickersgill visited the flat on 2 and 16 February 2023 and saw Tymon once at nursery, with Mrs Czarnecka present. Mr Jędrzejczak, whose spoken English is limited, was seen once, with Mrs Jędrzejczak interpreting for him; a Language Line telephone interpreter was booked for the second visit, but the call did not connect and the visit went ahead without one. Mr Jędrzejczak said that he had stopped drinking 'na zawsze' (for ever) after his arrest and was going to a Polish-speaking group of Alcoholics Anonymous, Anonimowi Alkoholicy, which met on Thursday evenings in a church hall; Ms Pickersgill recorded it as 'the Latarnia AA group' and did not contact it. She did not use the Graded Care Profile 2, did not ask the GP for Mr Jędrzejczak's alcohol history and did not speak to Mrs Sołtysiak, whose concerns were in the school's log. The assessment, completed on 24 March 2023, recommended a Child in Need plan. Its front sheet named the child as Tymoteusz and the mother as Agnieszka Sołtysiak-Jędrzejczak, the double surname on her Polish documents; the body of the report called him TJ throughout and called his mother A.S-J.",
    "On 27 March 2023 the family moved to a privately rented house at 17 Tallingford Close, on the Brakesby Estate, Peterborough PE2 8WX, taking with them their dog, a terrier cross called Misiek. The move added forty minutes by bus to the journey to nursery. The first Child in Need meeting was held at Wendlebury Fields on 4 April 2023. Mrs Jędrzejczak attended; Mr Jędrzejczak was on shift and was not offered the chance to join by telephone. The plan required the father to stay abstinent, to attend AA every week and not to drive, and required the mother to tell the social worker if he drank. It did not say who would look after Tymon when both parents were at work, or when his father was asleep after a night shift. The minutes give the new address as '17 Tallingford Cl, PE28WX', the mother's date of birth as 07/05/1994 and her email as aga.jedrzejczak94@example.com, and record that 'AS-J is confident P has not had a drink since January'. The health visiting service, which still held the Harlowby Street address, was not told that the family had moved and was not invited to the meeting.",
    "On Easter Monday, 10 April 2023, Tymon was soaked during Śmigus-Dyngus, the Polish custom of throwing water at one another, at a gathering at his uncle's house, and he came back to nursery after the holiday with a cold and his eczema badly flared. On 13 April 2023 his mother took him to Lindgate Surgery, where the practice nurse prescribed an emollient and hydrocortisone cream and noted that four of his front teeth were badly decayed. Tymon's GP record is held under 'Tymoteusz Jedrzejczak', with the date of birth 14.02.2019 and the NHS number 4852039917. The letter from Children's Services telling the practice about the Child in Need plan had been scanned into his father's record instead, because it named Mr Jędrzejczak first, and the nurse did not know that a plan was in place. She referred Tymon to the community dental service for dental caries; two appointments were sent to the Harlowby Street address, and neither was kept.",
    "On 16 May 2023 Mr Jędrzejczak was convicted at the magistrates' court of driving with excess alcohol and disqualified from driving for twenty months. Bridgeway Staffing moved him onto permanent nights, and from then on Mr Ślęzak drove him to and from the warehouse. From the end of May 2023 Mrs Jędrzejczak worked days, 06:00 to 18:00, four days a week, so that on most weekdays Tymon was cared for after nursery by a father who had worked all night and had not slept. On days when Paweł was too tired, Tymon went to Mrs Urbańczyk, who lived on the Brakesby Estate and could be reached on +44 7700 900615, or to Grzegorz. Mr Jędrzejczak's shift manager at Harrowden Logistics, Liam Grasby, told the review that Paweł, whom his workmates called 'Pablo', was 'a good worker when he turned up', and that he had twice been sent home in June 2023 for smelling of drink. Mr Grasby said that the agency, not the warehouse, would have dealt with it and that nobody had ever asked him whether a worker had children at home.",
    "At the second Child in Need meeting on 22 June 2023 Mrs Jędrzejczak said that her partner had not had a drink since January. Ms Pickersgill recorded that Tymon's attendance had risen to 88 per cent, that he was 'happy and settled', and that he had brought in a card he had made at home for Dzień Dziecka, the Polish Children's Day, on 1 June. The plan was closed and Tymon was stepped down to Early Help. The Early Help referral joined a waiting list and no worker had been allocated by 9 September 2023. Before closing the plan nobody spoke to Mr Jędrzejczak alone, to the AA group or to the GP, and nobody asked Mr Grasby or the agency about his attendance at work. In July 2023 Mrs Jędrzejczak posted photographs on her Facebook page, facebook.com/agnieszka.soltysiak.7, of Tymon at the Polish Saturday school he had started to attend, Szkoła Sobotnia Orzełek, with a caption thanking 'everyone who helped us through a hard year'.",
    "On 28 July 2023 a neighbour in Tallingford Close, Mr Desmond Okafor-Lyle, rang 101 to say that a small boy had been alone in the front garden for more than an hour and had tried to open the gate onto the road. A PCSO called at 17 Tallingford Close and found Mr Jędrzejczak asleep on the sofa and Tymon watching a tablet with the dog. The PCSO noted a smell of alcohol and 'several empty cans in the kitchen' but recorded that the father 'was not drunk, only tired after nights'; words of advice were given and no referral was made. On 11 August 2023 Mrs Jędrzejczak flew to Gdańsk for the funeral of her father, Zbigniew Sołtysiak, and left Tymon with Paweł for eight days. On 14 August 2023 Mr Jędrzejczak asked Dr Rattan, through the practice's online consultation form and from the address pawel.j1990@example.net, for chlordiazepoxide 'to stop drinking at home'. Dr Rattan declined to prescribe a home detoxification without an assessment and referred him again to the adult drug and alcohol service, but did not ask who was caring for the child. Mr Jędrzejczak has told the review that he then took diazepam tablets, sold in Poland as Relanium, which Mr Ślęzak had brought back from a trip home.",
    "Tymon started in Reception at Wendlebury Fields on 6 September 2023. At about 09:20 on Saturday 9 September 2023, while his mother was at work, Mrs Urbańczyk called at 17 Tallingford Close to take him to the Polish Saturday school and found him drowsy and unable to stand in the kitchen, with an open strip of tablets and a half-empty bottle of Żubrówka on the table. Mr Jędrzejczak was asleep upstairs and could not easily be woken. She rang 999, and the ambulance service logged the caller as 'B. Urbanczyk, family friend'. Tymon was taken to Peterborough City Hospital and transferred that afternoon to the paediatric intensive care unit at Addenbrooke's, where toxicology found diazepam and alcohol in his blood. He has made a full physical recovery. Mr Jędrzejczak was arrested on suspicion of an offence under section 1 of the Children and Young Persons Act 1933 and released on bail. A strategy discussion chaired by DS Farrant was held on 11 September 2023, Section 47 enquiries began, and Tymon went home to his mother under a safety plan which requires his father to live elsewhere. Mrs Sołtysiak flew from Gdańsk the next day. The hospital recorded the child as TYMOTEUSZ JĘDRZEJCZAK, with his Polish PESEL number 19221407358 copied from his passport, and only then did the police system link the records held under JEDRZEJCZACK, Jendrzejczak and Jedrzejczak.",
]

ANALYSIS = [
    "Mr Jędrzejczak's drinking was known, in part, to every agency in this review: to the GP, who recorded an AUDIT-C score of 11 in April 2022; to the police, who attended an incident in June 2022, arrested him with his son in the car in January 2023 and found him asleep among empty cans in July 2023; to the school, which saw him arrive intoxicated in November 2022; and to Children's Services, who assessed the family and closed the plan. No agency put these pieces together or asked what his drinking meant for a child of three and then four. The Child Safeguarding Practice Review Panel's report The Myth of Invisible Men describes how fathers and male carers slip out of view, and it happened here: Paweł was asleep at the health visit, on shift at both Child in Need meetings, and spoken for by his partner at the assessment. A three-year-old in an unsecured seat in a car driven at 07:35 by a father twice over the limit after a night shift was a reason to hold a strategy discussion and to consider Section 47 enquiries, and it was treated as a Section 17 matter. Practitioners acted in good faith, but with little hope of changing anything for Tymon without ever meeting the man who cared for him most.",
    "Shift work shaped Tymon's days more than any plan did. Both parents worked twelve-hour agency shifts that were confirmed at short notice and could be lost if they refused them, and for most of the period they cared for Tymon in turns, handing him over at the warehouse gate, at the nursery door or through friends. After the conviction in May 2023 the arrangement became one in which a father who had worked all night was the sole carer of a four-year-old all afternoon. Tymon described this himself when he said 'tata śpi' in November 2022, and it was how he came to be alone in the garden in July and alone in the kitchen in September. Nobody drew up a plan of who cared for Tymon, hour by hour, across a working week. The Child in Need plan was built around the school day and around meetings the mother could attend only by losing pay; Mrs Jędrzejczak told the review that she was afraid that if she turned down shifts the agency would stop offering them.",
    "Language mattered in three ways. First, Mr Jędrzejczak was spoken to about his drinking only through his partner, who had every reason to present things well; the one attempt to use Language Line failed and was not repeated. Second, Tymon's own words were in Polish and reached the record only because a bilingual teaching assistant was in the room: 'tata śpi na podłodze' was written down and translated, but it was not passed on, and it did not appear in the referral of January 2023 or in the assessment. Third, his grandmother's warning that Paweł 'pije za dużo' was recorded at the nursery gate and never acted on. Mrs Czarnecka carried much of the school's relationship with the family without any formal role; she was asked to translate, reassure and report, but nobody outside the school asked her what she knew. The ASQ-3 completed in English also underestimated a bilingual child, and the expressive language delay it found was never reviewed.",
    "Some practitioners told the review that they had thought heavy drinking at weekends was 'part of the culture' and that the family were 'like a lot of the Polish families on the estate'. The review heard the same view in different words from more than one agency, and it needs a frank answer. The serious case review into the death of Daniel Pelka in Coventry warned against assumptions of this kind, and about the weight given to parents' explanations when a child's own voice was not heard. The family's culture was a source of strength that agencies did not use. Staff recorded Wigilia, the opłatek, Śmigus-Dyngus and Dzień Dziecka with real interest, but they did not ask about the people round the table: a grandmother in Gdańsk who was worried and wanted to help, an uncle who was already collecting Tymon, and a friend, Mrs Urbańczyk, who in the end found him. Mrs Sołtysiak's email address sat in the school's log for eight months.",
    "The family was recorded under at least nine versions of their names. The father was Paweł Jędrzejczak, Pawel Jedrzejczak, Pavel Jedrzejczack and JEDRZEJCZACK; the mother Agnieszka, Agnieska, Aga, Agnes at work and A.S-J. in the assessment; the child Tymoteusz on his passport, Tymon at nursery, Timon Jendrzejczak on the police referral and TJ in the social work report. Systems that do not accept Polish letters turned ę into e and ł into l, and names were typed as they were heard. As a result the MASH found no match in January 2023 for the notice of June 2022, the GP letter went to the father's record, and the health visiting service never learned of the move to Tallingford Close. Every record held Tymon's date of birth, 14-02-2019, and one of two postcodes. Like the national review into the deaths of Arthur Labinjo-Hughes and Star Hobson, this review found that information was held but not connected. A search on date of birth and postcode would have linked every record, and the mother's date of birth, 7 May 1994, was correct in all of them.",
]

LEARNING = [
    "Every practitioner who meets a parent should ask about alcohol, using a tool such as AUDIT-C, and should then ask the question that was never asked here: who looks after the child when you have been drinking, or when you are asleep after a night shift? A GP who finds a high AUDIT-C score in a parent should link the result to the child's record and tell the health visitor. A smell of stale alcohol at a health visit and an AUDIT-C score of 11 at the GP are each worth recording, and together they are a concern.",
    "Where parents work agency shifts, practitioners should map who cares for the child across a whole week, including nights and weekends, and should make plans with the people who actually do the caring, here a friend and an uncle as well as the parents. Meetings should be arranged when working parents can attend, by telephone if necessary; a plan that relies on one parent to watch another, while both are working twelve-hour shifts, is not a plan.",
    "Partners and relatives must not interpret for a parent in a safeguarding conversation. Agencies should use professional Polish interpreters, rebook when a call fails, and see each parent alone. A child's words should be recorded as he said them, in his own language, with the translation alongside, so that 'tata śpi' reaches the social worker as well as the school. Bilingual staff like Mrs Czarnecka are a great asset, but they should not carry safeguarding work alone, and their knowledge should be sought directly.",
    "A parent's account of abstinence should be tested, not accepted. Alcoholics Anonymous and Anonimowi Alkoholicy are anonymous by design and cannot confirm attendance, so agencies should ask the GP, the adult drug and alcohol service or the employer, with consent, and should look for change over time. Working Together to Safeguard Children expects assessments to draw on all the agencies involved and on the wider family. The Graded Care Profile 2 would have shown the neglect of Tymon's teeth, skin, speech and supervision as a pattern. Children living with a parent's drinking should be offered support in their own right, and practitioners can use the resources of Nacoa and the NSPCC.",
    "Records must be searchable across spellings. Every agency should search by date of birth and postcode as well as by name, should record names with their Polish letters where systems allow and note both forms where they do not, and should keep the names a family actually uses, such as Tymek, alongside the names in passports. Relatives abroad are family too: Mrs Sołtysiak told the school what she feared in December 2022, and a telephone call or an email to her could have changed what followed.",
]

RECOMMENDATIONS = [
    ("Peterborough City Council Children's Services and Cambridgeshire Constabulary should hold a strategy discussion whenever a child is found in the care of, or being driven by, an intoxicated parent, as should have happened when Tymon was in the car with Mr Jędrzejczak on 24 January 2023",
     "Revise the MASH threshold guidance on parental intoxication and audit every such contact for six months", "Head of Service, MASH", "31-03-2024"),
    ("All agencies should ask every parent about alcohol with a validated tool such as AUDIT-C and ask who cares for the child when a parent has been drinking or is asleep after a night shift",
     "Add alcohol and shift-pattern questions to the health visiting, GP new-patient and Early Help templates", "Designated Nurse for Safeguarding Children", "30-06-2024"),
    ("Agencies must use professional interpreters rather than partners or relatives when they speak to Polish-speaking parents, and must record a child's own words in the language he used, as when Tymon said 'tata śpi'",
     "Issue partnership guidance on booking Polish interpreters and on recording children's words verbatim with a translation", "Partnership Business Manager", "31-05-2024"),
    ("The MASH, Lindgate Medical Centre and Cambridgeshire Community Services should search records by date of birth and postcode as well as by name, so that Jędrzejczak, Jedrzejczak and Jendrzejczak are linked",
     "Update the MASH search protocol and the practice's record-matching procedure, and train staff on Polish names and letters", "Detective Inspector, MASH", "29-02-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | PCSCPB-CSPR-2023-06 | Child X: Tymoteusz ('Tymek') JĘDRZEJCZAK, DOB 14.02.19, 17 Tallingford Close, Brakesby, PE2 8WX",
    footer="Draft v4 - Joanne Pickersgill (SW1), Peterborough City Council | Family: Jędrzejczak / Sołtysiak, formerly Flat 6, 22 Harlowby St, PE1 9ZQ | Not for circulation",
    comment="HQ: Ewelina says Babcia Hala (halina.soltysiak@example.pl) wants to give her own account to the panel - can we book a Polish interpreter? Also Pawel's Instagram @pablo_pboro90 posted from Tallingford Cl on 8/9, the night before - DS Farrant has a screenshot.",
    footnote="Polish ID card: PAWEŁ JĘDRZEJCZAK, born 23.11.1990; mother's NHS number 612 884 3075, NI number QQ193847B; her car, GD 4K217, is still registered in Gdańsk.",
)
