# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 96): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CSCP-2024-096"

CASE_TOML = """\
reference = "CSCP-2024-096"
review = "Child Safeguarding Practice Review"
subject = "Child T"
board = "Croydon Safeguarding Children Partnership"
period = { from = "05-09-2022", to = "16-02-2024" }
decision = "08-03-2024"
notification = "20-02-2024"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["Metropolitan Police", "the Met", "MPS"]

[[agencies]]
name = "Croydon Children's Social Care"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "Coldharbour Heights Academy"
aliases = ["Coldharbour Heights", "the Academy"]
published_as = "the secondary school"

[[agencies]]
name = "Wickham Brook Medical Centre"
aliases = ["Wickham Brook surgery", "Wickham Brook"]
published_as = "the GP practice"

[[agencies]]
name = "South London and Maudsley NHS Foundation Trust"
aliases = ["SLaM", "CAMHS"]

[[agencies]]
name = "Croydon Health Services NHS Trust"
aliases = ["CHS", "school nursing service"]

[[people]]
name = "Emmanuel Kwabena Kyeremateng"
aliases = ["Kobby", "Manny", "Kwabena", "E.K.K.", "EKK", "E-K"]
role = "child"
pseudonym = "Child T"
born = "16-06-2009"
address = "Flat 11, Halberd Court, 62 Marrowfield Road, Thornton Heath CR7 0ZW"

[[people]]
name = "Beatrice Adwoa Serwaa Kyeremateng"
aliases = ["Adwoa", "Adjoa", "Serwaa", "Beatrice Ampofo", "Mrs Kyeremateng", "B.A.K."]
role = "mother"
pseudonym = "Mother"
born = "13-02-1978"
address = "Flat 11, Halberd Court, 62 Marrowfield Road, Thornton Heath CR7 0ZW"

[[people]]
name = "Samuel Kwame Kyeremateng"
aliases = ["Sam", "Sammy", "Kwame", "Elder Kyeremateng", "S.K.K."]
role = "father"
pseudonym = "Father"
born = "14-09-1974"
address = "Flat 11, Halberd Court, 62 Marrowfield Road, Thornton Heath CR7 0ZW"

[[people]]
name = "Priscilla Akua Kyeremateng"
aliases = ["Cilla", "Akua"]
role = "sibling"
pseudonym = "Sibling 1"
born = "23-11-2005"
address = "Flat 11, Halberd Court, 62 Marrowfield Road, Thornton Heath CR7 0ZW"

[[people]]
name = "Nathaniel Kofi Kyeremateng"
aliases = ["Kofi", "Nat"]
role = "sibling"
pseudonym = "Sibling 2"
born = "08-05-2015"
address = "Flat 11, Halberd Court, 62 Marrowfield Road, Thornton Heath CR7 0ZW"

[[people]]
name = "Akosua Frempɔmaa Ampofo"
aliases = ["Akosua Frempomaa Ampofo", "Nana Akosua", "Mrs Ampofo"]
role = "grandmother"
pseudonym = "Maternal Grandmother"
born = "06-04-1952"

[[staff]]
name = "Rosalind Achterberg"
code = "SW1"
role = "Social Worker"
agency = "Croydon Children's Social Care"

[[staff]]
name = "Owen Trethewey"
code = "PO1"
role = "Detective Constable"
agency = "Metropolitan Police Service"

[[staff]]
name = "Farhan Qadeer"
code = "GP1"
role = "GP"
agency = "Wickham Brook Medical Centre"

[[staff]]
name = "Fionnuala Brereton"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Coldharbour Heights Academy"

[[staff]]
name = "Renée Stockdale"
code = "CAMHS1"
role = "CAMHS Clinician"
agency = "South London and Maudsley NHS Foundation Trust"

[[staff]]
name = "Hollis Pemberton"
code = "SN1"
role = "School Nurse"
agency = "Croydon Health Services NHS Trust"
"""

IDENTIFIERS = {
    "names": ["Emmanuel", "Kwabena", "Kyeremateng", "Kyerematengs", "Kyerematen",
              "Beatrice", "Adwoa", "Adjoa", "Serwaa", "Ampofo", "Samuel", "Sam", "Kwame",
              "Priscilla", "Akua", "Nathaniel", "Kofi", "Akosua", "Frempɔmaa", "Frempomaa"],
    "nicknames": ["Kobby", "Manny", "Sammy", "Cilla", "Nat", "Papa Ebo", "Rizzy"],
    "initials": ["E.K.K.", "EKK", "E-K", "B.A.K.", "S.K.K.", "P.A.K."],
    "people_not_in_key": ["Ebenezer Ofosu-Appiah", "Ofosu-Appiah", "Ebenezer", "Gifty",
                          "Agyeiwaa", "Yaw", "Boadu", "Lorraine", "Hebblethwaite",
                          "Tyrell", "Marchbanks"],
    "staff": ["Rosalind", "Achterberg", "Owen", "Trethewey", "Farhan", "Qadeer",
              "Fionnuala", "Brereton", "Renée", "Stockdale", "Hollis", "Pemberton"],
    "streets": ["Marrowfield Road", "Marrowfield Rd", "Tennyshaw Close", "Tennyshaw Cl",
                "Pellinore Lane"],
    "estates": ["Ravensmere Estate", "Ravensmere", "Halberd Court", "Gorsewick Works"],
    "house_numbers": ["Flat 11", "62", "27", "Unit 3"],
    "places": ["Thornton Heath", "South Norwood", "Selhurst", "Norbury", "Broad Green",
               "Mitcham", "Ejisu"],
    "postcodes": ["CR7 0ZW", "CR7", "0ZW", "SE25 4ZJ", "SE25"],
    "locating_agencies": ["Coldharbour Heights Academy", "Coldharbour Heights",
                          "Coldharbour", "Wickham Brook Medical Centre", "Wickham Brook",
                          "Glory Overcomers Tabernacle", "Glory Overcomers"],
    "phones": ["07700 900418", "+44 7700 900273", "07700900731", "07700 900129",
               "01632 960584"],
    "nhs_ni": ["483 916 2050", "4839162050", "6310475827", "QQ 12 34 56 C", "QQ654321A"],
    "emails": ["adwoa.kyeremateng@example.com", "kobbyk09@example.org",
               "pastor.ebenezer@example.org"],
    "social": ["@kobby.blaqz09", "instagram.com/kwabena_k09", "tiktok.com/@cilla.akua"],
    "dates_of_birth": ["16-06-2009", "16/06/2009", "16.06.09", "16th June 2009",
                       "June 16, 2009", "13/02/1978", "14.09.74", "23rd November 2005",
                       "08/05/2015", "6th April 1952"],
    "other": ["LK19 WXP", "Zazu", "Adwoa's Kitchen", "Heathway Cars", "Norwood Lions"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children", "Section 47",
    "Section 17", "Child Safeguarding Practice Review Panel", "NSPCC", "Ofsted",
    "AFRUCA", "Department for Education", "Victoria Climbié", "Lord Laming", "Child Q",
    "Kristy Bamu", "Great Ormond Street Hospital", "sickle cell disease",
    "hydroxycarbamide", "sertraline", "cannabis", "Snapchat", "PlayStation",
    "Watch Night service", "Christmas", "Easter Sunday", "Ghana Independence Day",
    "akwaaba", "medaase", "abusua", "Gye Nyame", "kenkey", "kente", "Akan day name",
    "Grace", "Hope", "Mark", "May", "Dawn", "Tuesday", "February", "DS", "PC", "MASH",
    "Early Help", "child abuse linked to faith or belief", "deliverance", "Holy Spirit",
    "criminal exploitation", "National Referral Mechanism", "Strategy discussion",
    "return home interview", "PLEASE DO NOT DISCUSS SPIRITUAL MATTERS WITH THE YOUNG PERSON",
]

INVOLVEMENT = [
    "On 5 September 2022 Emmanuel Kwabena Kyeremateng, known at home and at school as "
    "'Kobby', started Year 9 at Coldharbour Heights Academy. He lived with his mother, "
    "Mrs Beatrice Adwoa Serwaa Kyeremateng, his father, Mr Samuel Kwame Kyeremateng, his "
    "older sister Priscilla and his younger brother Nathaniel at Flat 11, Halberd Court, "
    "62 Marrowfield Road, Thornton Heath CR7 0ZW, a block on the Ravensmere Estate. The "
    "family had moved there in 2019 from 27 Tennyshaw Close, South Norwood SE25 4ZJ (written on one "
    "form as 27 Tennyshaw Cl). The "
    "school's admission form gave his date of birth as 16-06-2009 and recorded that he "
    "was born on a Tuesday, which is why he carries the Akan day name Kwabena.",
    "Wickham Brook Medical Centre holds the registration for the whole household. The "
    "records for Kobby give NHS number 483 916 2050 (4839162050 on the "
    "school nursing record) and date of birth 16/06/2009; his "
    "mother is registered under NHS number 6310475827 with a date of birth of 13/02/1978, "
    "and is recorded in one place under her maiden name, Beatrice Ampofo. Nathaniel ('Nat'), "
    "known in the family as Kofi, was born on 08/05/2015 and has sickle cell disease; he "
    "takes hydroxycarbamide and his specialist care has been at Great Ormond Street "
    "Hospital. The surgery's contact number for Mrs Kyeremateng was 07700 900418.",
    "The family's life centred on the Glory Overcomers Tabernacle, a Pentecostal church "
    "meeting at Unit 3, Gorsewick Works, Pellinore Lane, Selhurst, led by Pastor "
    "Ebenezer Ofosu-Appiah, whom members call 'Papa Ebo'. Mr Kyeremateng is an elder "
    "there and is addressed as Elder Kyeremateng; Adwoa runs a small catering business, "
    "Adwoa's Kitchen, which supplies kenkey and jollof for church events. The church "
    "office number is 01632 960584. Members greet visitors with 'akwaaba' and the "
    "family's messages to practitioners often ended with 'medaase' and 'Gye Nyame'.",
    "On 12 October 2022 Fionnuala Brereton (DSL1), the Designated Safeguarding Lead at "
    "Coldharbour Heights, recorded that E-K's attendance had fallen to 84% and that he "
    "was arriving late and tired. When she telephoned Mrs Kyeremateng, Adwoa said that "
    "the family had been at an all-night prayer meeting and that her son had stayed "
    "until dawn. Ms Brereton noted the explanation and took no further action, in the "
    "hope that attendance would improve after half term.",
    "On 18 November 2022 a PC stopped and searched Kobby and an older youth, Tyrell "
    "Marchbanks, known as 'Rizzy', outside a shop on Broad Green. A small amount of "
    "cannabis was found on Marchbanks. DC Owen Trethewey (PO1) later linked Tyrell to a "
    "local line supplying cannabis and recorded Kobby's mobile number, 07700900731, "
    "and his Snapchat handle, @kobby.blaqz09. No referral was made to the MASH at that "
    "point; Trethewey recorded the boy as 'E.K.K., 13, no previous'.",
    "On 6 December 2022 Dr Farhan Qadeer (GP1) saw Kobby at Wickham Brook with his "
    "mother, whom the GP's note names as 'Adjoa Kyerematen'. The consultation was about "
    "poor sleep and headaches. Mrs Kyeremateng told Dr Qadeer that her son was 'under "
    "spiritual attack' and that the church was praying for him. The GP offered a review "
    "in four weeks, which was not booked, and did not ask Kobby about his mood when his "
    "mother was out of the room.",
    "On 31 December 2022 the family attended the Watch Night service at the Tabernacle. "
    "Kobby left during the service and did not return home. At 02:40 on 1 January 2023 "
    "Mr Kyeremateng reported him missing from +44 7700 900273. A DS on the Missing "
    "Persons Unit graded the report as medium risk; the boy was found the next afternoon "
    "at a flat in Norbury associated with Rizzy. The return home interview was "
    "completed by a commissioned worker, to whom Kobby said that 'they think I have a "
    "spirit in me'; the worker passed this to Children's Social Care.",
    "On 2 February 2023 Kobby was given a fixed-term suspension after a fight in which "
    "another pupil was hurt. Ms Brereton's referral to the MASH on 3 February 2023 "
    "described EKK as 'a polite boy from a very religious family who is changing fast'. "
    "The MASH screening recorded the family as the Kyerematengs of Marrowfield Rd and "
    "stepped the case down to Early Help with parental consent; no Section 17 "
    "assessment was made.",
    "On 6 March 2023, Ghana Independence Day, the Early Help worker visited the family "
    "home. Sister Gifty Agyeiwaa, a church member who was visiting, answered many of the "
    "questions put to Kobby. The worker noted a kente cloth and a Gye Nyame symbol on "
    "the wall and wrote that the family were 'warm and welcoming'. The Early Help plan "
    "listed church attendance as a protective factor and offered a mentor through the "
    "youth service; Kobby did not attend any of the mentoring sessions.",
    "On Easter Sunday, 9 April 2023, Kobby took part in a deliverance session at the "
    "Tabernacle led by Pastor Ofosu-Appiah. On 17 April 2023 the school nurse, Hollis "
    "Pemberton (SN1), saw him after a teacher noticed a mark on his left wrist and a "
    "bruise on his upper arm. Kobby said he had been held down 'so the Holy Spirit "
    "could get the bad thing out', then laughed and said he was joking. Ms Pemberton "
    "shared this with the DSL by email on the same day, but the email was not read "
    "until the following week.",
    "On 3 May 2023 Ms Brereton made a second referral to the MASH. A Strategy discussion "
    "was not convened. Rosalind Achterberg (SW1), a social worker in Croydon Children's "
    "Social Care, was allocated a Child and Family assessment. Ms Achterberg saw Kobby "
    "at home with both parents present; Samuel, who she recorded as 'Sam K', said that "
    "physical chastisement had never been used and that prayer was 'the only medicine "
    "for what is in the boy'. Mrs Kyeremateng's email for contact was "
    "adwoa.kyeremateng@example.com.",
    "On 22 May 2023 the GP referred Kobby to CAMHS. Renée Stockdale (CAMHS1) of South "
    "London and Maudsley NHS Foundation Trust completed an initial assessment on 14 June "
    "2023. Kobby described low mood, cutting his forearm and hearing 'a voice' at night, "
    "which he thought was a demon because that was what he had been told. Ms Stockdale "
    "discussed sertraline but deferred it; she recorded that his father, Kwame, wanted "
    "the church and not doctors to deal with it, and that the family's cat, Zazu, was "
    "the only thing Kobby said he looked forward to at home.",
    "Kobby turned 14 on 16 June 2023; his passport, which Ms Achterberg saw, gives his "
    "date of birth as June 16, 2009, and the CAMHS referral as 16th June 2009. His "
    "sister Priscilla Akua Kyeremateng ('Cilla'), then 17, posted birthday messages to "
    "instagram.com/kwabena_k09, the account he used alongside Snapchat. The same month "
    "his maternal grandmother, Nana Akosua Frempɔmaa Ampofo, born 6th April 1952 in "
    "Ejisu, arrived from Ghana to stay for the summer. The social worker's notes spell "
    "her name Frempomaa and record that Mrs Ampofo believed the boy's trouble came from "
    "a curse on the abusua.",
    "In August 2023 Kobby spent three weeks with his mother's cousin, Uncle Yaw Boadu, "
    "in Mitcham. Mr Boadu told the social worker that the boy slept well, trained with "
    "the Norwood Lions under-15s and played PlayStation 'like a normal boy'. Ms "
    "Achterberg closed the assessment on 30 August 2023 with no further action, "
    "recording that the parents were engaging and that E.K.K. 'presents as settled'. "
    "The closure did not mention the wrist injury or the CAMHS assessment.",
    "On 21 September 2023, shortly after Kobby began Year 10, DC Trethewey found him "
    "again in Norbury in a flat used by Tyrell Marchbanks, with £340 in cash and two "
    "phones. The officer considered criminal exploitation and made a referral under the "
    "National Referral Mechanism. A Strategy discussion on 25 September 2023 agreed a "
    "Section 47 enquiry, but it focused entirely on exploitation outside the home and "
    "did not consider the church.",
    "On 14 October 2023 a neighbour in Halberd Court, Mrs Lorraine Hebblethwaite, "
    "telephoned the police to report loud praying, shouting and a boy crying in Flat 11 "
    "for several hours after midnight. Lorraine said she had heard 'the same every "
    "Friday since the summer'. A PC attended, spoke to Mr Kyeremateng at the door and "
    "was told it was a family prayer vigil. The officer did not see Kobby.",
    "On 8 November 2023 the Section 47 enquiry concluded that Kobby was at risk of "
    "significant harm from criminal exploitation. A Child Protection conference was "
    "planned. During a home visit Ms Achterberg noted that Sammy, as Adwoa called her "
    "husband, drove for a minicab firm, Heathway Cars, in a silver Toyota, LK19 WXP, "
    "and that he took Kobby with him on night shifts 'to keep him off the street'. "
    "Mr Kyeremateng gave his National Insurance number as QQ 12 34 56 C and his date of "
    "birth as 14.09.74 for a benefits check.",
    "On 11 December 2023 Priscilla, now 18 and at college, emailed the social worker "
    "from her phone, 07700 900129, giving her own National Insurance number, QQ654321A, "
    "and her date of birth, 23rd November 2005, so that she could be registered as a contact. P.A.K., as she signed herself, wrote "
    "that her brother was being made to fast 'for days' ahead of Christmas and that she "
    "was frightened of what the Pastor planned. The email was filed but not followed up "
    "before the Christmas closure.",
    "On 9 January 2024 Pastor Ofosu-Appiah wrote to the school from "
    "pastor.ebenezer@example.org on behalf of the parents. His letter ended, in "
    "capitals: PLEASE DO NOT DISCUSS SPIRITUAL MATTERS WITH THE YOUNG PERSON. Ms "
    "Brereton forwarded the letter to Children's Social Care and recorded that she felt "
    "'out of her depth'. The school nursing service noted that Kobby had lost weight "
    "since the autumn.",
    "On 13 February 2024, a Tuesday, Kobby did not attend a CAMHS appointment. His "
    "sister posted on tiktok.com/@cilla.akua that night asking for prayers. In the early "
    "hours of 15 February 2024, after a three-day fast and an all-night deliverance "
    "session at Unit 3, Gorsewick Works, Kobby was taken to hospital by ambulance, "
    "severely dehydrated and with injuries to his wrists and ribs. The ambulance record "
    "gave his date of birth as 16.06.09 and his contact email as kobbyk09@example.org.",
]

ANALYSIS = [
    "Over eighteen months at least six agencies saw parts of Kobby's life, but no one "
    "put together the picture of a boy who was being told he was possessed. Each "
    "practitioner heard something: Ms Brereton the all-night prayer, Dr Qadeer the "
    "'spiritual attack', Ms Pemberton the holding down, Ms Stockdale the demon, Mrs "
    "Hebblethwaite the crying. Working Together to Safeguard Children names child abuse "
    "linked to faith or belief as a form of harm, and the Children Act 1989 required a "
    "Section 47 enquiry that looked at what was happening inside Flat 11.",
    "Professionals were respectful of the family's faith, and rightly so, but respect "
    "became deference. The church was recorded as a protective factor because of the "
    "warmth of the welcome; no one asked what deliverance meant for Kwabena. The "
    "learning from Victoria Climbié and from Lord Laming's inquiry, and from the death "
    "of Kristy Bamu, is that belief in possession can coexist with love and with severe "
    "harm. AFRUCA and the NSPCC publish guidance that was not used.",
    "The focus on exploitation outside the home was justified: Tyrell Marchbanks was "
    "known to the Met, and the National Referral Mechanism referral was good practice. "
    "But contextual safeguarding was read as 'the street', and the Section 47 enquiry "
    "did not ask whether Kobby ran to Rizzy because of what happened at home and at the "
    "Glory Overcomers Tabernacle. His time with Uncle Yaw, when he slept and played "
    "football, was the clearest evidence of what a settled home gave him.",
    "The family were seen almost always together, and the adults spoke for the child. "
    "Sister Gifty answered for him at the Early Help visit; his father answered for him "
    "with the social worker; the Pastor wrote to the school asking that he not be "
    "asked. Kobby was fourteen, bright and articulate with CAMHS when seen alone. The "
    "rule that a child of his age should be seen on his own, at school if not at home, "
    "was not followed by CSC in May or November 2023.",
    "The information held about the Kyeremateng household was fragmented by spelling. "
    "The GP record named the mother Adjoa Kyerematen, the MASH record used the maiden "
    "name Ampofo for one contact, and the Metropolitan Police held the boy under EKK and "
    "under 'Manny', a name his friends used. Akan naming, in which a child carries an "
    "English name, an Akan day name and a family name, was not understood, and searches "
    "on 'Emmanuel' and 'Kwabena' returned different records.",
    "The voices of the siblings were missed. Priscilla's email of December 2023 was the "
    "clearest warning in the whole period and was filed without action over Christmas. "
    "Nathaniel's needs as a child with sickle cell disease drew the parents' attention "
    "and the family's hospital visits, and nobody asked how Kofi experienced the night "
    "prayers. Nana Akosua's belief in a curse was recorded as a cultural detail rather "
    "than as a risk.",
    "Grace was shown to the family in every contact, and there is little sign that "
    "practitioners doubted the parents' love for their son. The Child Safeguarding "
    "Practice Review Panel and Ofsted have both found that professional optimism is "
    "strongest where a family is articulate, devout and cooperative. Here that optimism "
    "lasted from the first missing episode in January to the ambulance in February.",
]

LEARNING = [
    "Learning 1: Practitioners in all agencies, including Coldharbour Heights Academy "
    "and Wickham Brook Medical Centre, need confidence to ask what a family's faith "
    "practices involve for the child, using plain questions about fasting, all-night "
    "prayer and deliverance, without assuming that a devout family is a safe one.",
    "Learning 2: A child who is 14 must be seen alone. Mrs Kyeremateng and Mr "
    "Kyeremateng were present at every CSC contact; Kobby spoke freely only to CAMHS and "
    "to the school nurse. The child's account, not the parents' or the Pastor's, must "
    "drive the assessment, as Child Q reminds us in a very different setting.",
    "Learning 3: Records about families with West African names need the full set of "
    "names, including day names, English names and maiden names. Searches for B.A.K. and "
    "for S.K.K. found nothing; searches for Kyeremateng found only part of the history.",
    "Learning 4: When a sibling raises a concern it must be acted on, even during a "
    "holiday closure. Priscilla told the social worker in writing what was going to "
    "happen, and the Department for Education's guidance on information sharing would "
    "have supported an immediate call to the police.",
    "Learning 5: Extra-familial harm and harm within the family can be present together. "
    "The Strategy discussion in September 2023 should have considered the Tabernacle, the "
    "night prayers reported from Halberd Court and the injuries seen in April, not only "
    "the links to Norbury. Hope for the family lay in the relationships Kobby already "
    "had at school, at football and with Uncle Yaw.",
]

RECOMMENDATIONS = [
    ("Croydon Safeguarding Children Partnership to deliver multi-agency training on child "
     "abuse linked to faith or belief, co-designed with African-led churches such as the "
     "Glory Overcomers Tabernacle, by the end of May",
     "Commission and run four sessions; evaluate with attendees",
     "Partnership Business Manager", "31-05-2025"),
    ("Croydon Children's Social Care to ensure that every child aged 10 or over in an "
     "assessment is seen alone, and that the record says where and for how long",
     "Audit 40 assessments after six months", "Head of Assessment", "30-11-2024"),
    ("All agencies to record the full names, day names and maiden names of family "
     "members, and to search on each of them",
     "Amend record templates and brief MASH staff", "MASH Service Manager",
     "31-10-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="CONFIDENTIAL – CSCP-2024-096 – Emmanuel 'Kobby' KYEREMATENG, DOB 16/06/2009, Flat 11 Halberd Court, 62 Marrowfield Road, Thornton Heath CR7 0ZW",
    footer="Author: Rosalind Achterberg (SW1), Croydon Children's Social Care – 01632 960317 – OFFICIAL-SENSITIVE",
    comment="Check with Fionnuala whether Adwoa ever signed the Early Help consent, and ask Cilla about Pastor Ofosu-Appiah before the panel.",
    footnote="Uncle Yaw Boadu confirmed that Kobby stayed with him in Mitcham in August 2023 (NHS 483 916 2050).",
)
