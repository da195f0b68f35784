# ruff: noqa: E501
"""A held-back publication case, written blind (without sight of the anonymiser): a large
Somali family in an inner-city ward of a fictional city, with FGM concerns, an older sister
who interprets, a father abroad, a mosque and a Qur'an school; every name is invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "ASCP-CSPR-2024-03"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-09-2021", to = "31-12-2023" }
board = "Avonmere Safeguarding Children Partnership"

[[agencies]]
name = "Avonmere and Somerdown Police"
aliases = ["ASP", "Police"]
report_due = "15-04-2024"

[[agencies]]
name = "Avonmere City Council Children's Social Care"
aliases = ["Children's Social Care", "CSC", "Front Door"]
report_due = "15-04-2024"

[[agencies]]
name = "Avonmere Community Children's Health Partnership"
aliases = ["Health Visiting", "0-19 Service", "CCHP"]

[[agencies]]
name = "Quarrington Road Medical Centre"
aliases = ["Quarrington Road Surgery", "QRMC", "GP"]

[[agencies]]
name = "Fennimore Primary School"
aliases = ["Fennimore Primary", "Fennimore"]
published_as = "the primary school"

[[agencies]]
name = "Lawrence Fold Academy"
aliases = ["LFA"]
published_as = "the secondary school"

[[agencies]]
name = "Avonmere University Hospitals NHS Foundation Trust"
aliases = ["AUH", "Hospital"]

[[people]]
name = "Nasteexo Cabdiwali Maxamed"
aliases = ["Nasteho", "Nasteexo", "Nasteho Abdiwali", "Nasteho Abdi-Wali Mohamed", "Naasi", "NAM"]
role = "Child"
pseudonym = "Child R"
born = "14-02-2015"
address = "Flat 23, Kestrel House, Ashcombe Road, Lawrence Fold, SV5 9QH"

[[people]]
name = "Ubah Jaamac Xirsi"
aliases = ["Ubah Jama Hirsi", "Ubah", "Mrs Hirsi", "Ms Xirsi", "Mrs Mohamed", "Mrs Abdiwali"]
role = "Mother"
pseudonym = "Mother"
born = "03-06-1986"
address = "Flat 23, Kestrel House, Ashcombe Road, Lawrence Fold, SV5 9QH"

[[people]]
name = "Cabdiwali Maxamed Geedi"
aliases = ["Abdiwali Mohamed Gedi", "Abdi-Wali Mohammed", "Abdiwali", "Mr Gedi", "Mr Mohamed", "Wali"]
role = "Father"
pseudonym = "Father"
born = "22-11-1979"
address = "Flat 23, Kestrel House, Ashcombe Road, Lawrence Fold, SV5 9QH"

[[people]]
name = "Ifrah Cabdiwali Maxamed"
aliases = ["Ifrah", "Ifra", "Ifrah Abdiwali", "Ifrah Mohammed"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "09-10-2006"

[[people]]
name = "Cabdullaahi Cabdiwali Maxamed"
aliases = ["Abdullahi", "Abdullahi Abdiwali", "Abdi"]
role = "Sibling"
pseudonym = "Sibling 2"
born = "21-03-2009"

[[people]]
name = "Libaan Cabdiwali Maxamed"
aliases = ["Libaan", "Liban"]
role = "Sibling"
pseudonym = "Sibling 3"
born = "30-01-2012"

[[people]]
name = "Sumaya Cabdiwali Maxamed"
aliases = ["Sumaya", "Sumaiya", "Sumaiya Mohammed"]
role = "Sibling"
pseudonym = "Sibling 4"
born = "02-08-2018"

[[people]]
name = "Xamdi Cabdiwali Maxamed"
aliases = ["Xamdi", "Hamdi"]
role = "Sibling"
pseudonym = "Sibling 5"
born = "17-05-2022"

[[staff]]
name = "Lucinda Ward"
code = "SW1"
role = "Social Worker"
agency = "Avonmere City Council Children's Social Care"

[[staff]]
name = "Imogen Ramadan"
code = "DC1"
role = "Detective Constable"
agency = "Avonmere and Somerdown Police"

[[staff]]
name = "Siân Prothero"
code = "HV1"
role = "Health Visitor"
agency = "Avonmere Community Children's Health Partnership"

[[staff]]
name = "Folasade Bright"
code = "GP1"
role = "General Practitioner"
agency = "Quarrington Road Medical Centre"

[[staff]]
name = "Gethin Ellery"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Fennimore Primary School"
"""

INVOLVEMENT = [
    "In September 2021 the family moved from Larchfield Lodge, a hostel for homeless families, "
    "to Flat 23, Kestrel House, Ashcombe Road, in the Lawrence Fold ward (SV5 9QH). The household "
    "was Ubah Jaamac Xirsi (registered at the GP as Ubah Jama Hirsi, date of birth 03-06-1986), "
    "her husband Cabdiwali Maxamed Geedi and six children: Ifrah, Cabdullaahi, Libaan, Nasteexo "
    "(Child R, born 14-02-2015), Sumaya and, from May 2022, Xamdi. The family are Somali, of the "
    "Habar Qaalo clan, and came to the UK in 2014 from Dadaab refugee camp in Kenya. Mr Gedi holds "
    "a hackney carriage licence (HC-04417) and drives for Uber in the summer, but spends most "
    "winters working as a taxi driver in Dubai; known to his friends as Wali, he was seen by no "
    "practitioner in the period under review.",

    "At the antenatal booking on 11-11-2021 the midwife recorded that Mrs Hirsi had WHO Type 3 "
    "FGM (infibulation), performed in Somalia when she was seven. Ifrah, then fifteen, interpreted "
    "because no Somali interpreter had been booked, and Language Line was not used. The midwife "
    "completed the FGM risk assessment, recorded the younger girls as at risk and referred to the "
    "Front Door. A social worker spoke to Mr Mohamed by telephone on 07700 900418 the same day; he "
    "said the family 'are against this old practice' and the contact was closed as NO FURTHER "
    "ACTION. Xamdi (Hamdi in the maternity record) was born on 17 May 2022 and Mrs Mohamed, as the "
    "postnatal ward recorded her, went home after two days. An alert was placed on the FGM "
    "Information Sharing system for Nasteho but not for Sumaiya or for the baby.",

    "Siân Prothero, health visitor, made the new birth visit on 30-05-2022 and recorded the "
    "interpreter as 'older sister Ifra'. Ms Prothero noted seven people in a two-bedroom flat, a "
    "mattress on the floor and Libaan's crutches: Liban had been diagnosed with Perthes disease and "
    "the orthopaedic clinic had written twice under its Was Not Brought policy. The Graded Care "
    "Profile 2 was started but never completed. At the six-week check Dr Folasade Bright of "
    "Quarrington Road Medical Centre saw Hamdi and her mother, U.H. in the GP's note; Dr Bright "
    "described Nasteho, who had come on a school day to help, as 'a bright and sociable girl'. In "
    "October 2022 Sumaya was admitted to the children's hospital with Henoch-Schönlein purpura; the "
    "discharge letter reached Quarrington Road Surgery under the name Sumaiya Mohammed and was not "
    "linked to her sisters' records. Reminders went by text and to ubah.hirsi86@example.org.",

    "One evening in January 2023 a neighbour, Bernadette Scully, made a 999 call to say that the "
    "children in the flat above were alone and crying. A PCSO attended and found Abdulahi, then "
    "thirteen and known at home as Abdi, looking after four younger siblings while their mother "
    "was at the Al-Huda Mosque. Mrs Scully, who keeps an XL Bully, said that 'Bernie from "
    "downstairs' had often looked in on the children, and that the father's taxi, WX19 KFD, had "
    "not been parked in the bay since November. The log (reference 5223014471) recorded no "
    "concerns; no notification was sent to children's social care, and Fennimore Primary was not "
    "told.",

    "During Ramadan in 2023 Nasteho and Sumaya went every evening to Qur'an classes at Darul Arqam "
    "Supplementary School, which meets at Masjid Al-Huda on Ashcombe Road; their teacher, Macallin "
    "Sharmaarke, later told the review that the girls talked of a 'big girl party'. In May 2023 "
    "Nasteho told her class teacher that after Eid al-Adha she would go to Somaliland with Eedo "
    "Faadumo 'to become a big girl'. The teacher told Mr Gethin Ellery, the Designated Safeguarding "
    "Lead at Fennimore Primary School, who referred NAM (Year 3) to the Front Door that day. A "
    "STRATEGY DISCUSSION on 06-06-2023 was attended by DC Imogen Ramadan, Lucinda Ward (social "
    "worker) and Mr Ellery; health were not invited. Ms Ward visited with a Somali interpreter, and "
    "Ms Xirsi said that Auntie Fadumo, her husband's sister, would travel with the girls but that no "
    "daughter of hers would be cut. The family were given the Statement Opposing Female Genital "
    "Mutilation, the section 47 enquiry ended, and an FGM Protection Order was discussed but not "
    "sought.",

    "In June 2023 Ifrah (I.A. on the academy's log), then sixteen and in Year 11 at Lawrence Fold "
    "Academy, told her form tutor that she had been cut in Dadaab refugee camp when she was six and "
    "was frightened for her sisters. The tutor passed this to the academy's safeguarding lead "
    "rather than reporting it to the police herself, as the Mandatory Reporting duty under section "
    "5B of the Female Genital Mutilation Act 2003 requires. The academy emailed Ms Ward, who filed "
    "it on Ifrah's own record; DC Ramadan was not told. Ifrah Abdiwali also sent Ms Ward a WhatsApp "
    "message from 07700 900962, and posted as @ifrah.x.abdiwali about 'summer in Somaliland'.",

    "The family flew on 20 July 2023, three weeks after Eid al-Adha, with the paternal aunt, "
    "Faadumo Maxamed Geedi; no alert had been sent to Border Force under Operation Limelight, and "
    "Mr Abdiwali joined them from Dubai. They came back on 29 August 2023. Nasteho Abdiwali missed "
    "the first two weeks of Year 4, and the school's letters asked the family to ring the office "
    "on 01632 960277. On 19 September 2023 Nasteexo Cabdiwali Maxamed (NHS number 999 021 4763) "
    "was brought to the emergency department with a urinary infection, and examination found that "
    "she had undergone FGM. A Detective Sergeant led the joint investigation, all six children "
    "became subject to child protection plans before the October half-term, and FGM Protection "
    "Orders were made for Sumaya and Xamdi under the powers the Serious Crime Act 2015 introduced.",
]

ANALYSIS = [
    "Ifrah interpreted for her mother at least five times between November 2021 and June 2023, "
    "about her mother's own FGM, her sisters' risk and the family's money. The lesson of the "
    "Victoria Climbié inquiry, that a child must never be the interpreter for her own family, was "
    "known to every agency, and Language Line was available at the antenatal clinic, at Quarrington "
    "Road and to Sian Prothero, the health visitor. The reliance on Ifra was partly kindness and partly speed; it "
    "meant that Mrs Hirsi was heard in Somali only once, and that Ifrah's own history was hidden "
    "behind her usefulness.",

    "Agencies held the family under at least eight spellings: Abdiwali, Abdi-Wali Mohammed, "
    "Cabdiwali, Mohamed, Mohammed, Maxamed, Gedi and Geedi. The mother was recorded as Mrs "
    "Mohamed, Mrs Abdiwali and Ms Xirsi, although Somali women keep their own father's name. The GP "
    "held Nasteho Abdi-Wali Mohamed, the school Nasteho Abdiwali and the hospital Nasteexo; her "
    "family called her Naasi. Nobody recognised that these were one child, and so the FGM "
    "Information Sharing system alert for one girl did not follow her sisters, and the police "
    "record of A.M.G. was never matched to Abdiwali Mohamed Gedi.",

    "The father was absent from every assessment. Practitioners accepted Mr Mohamed's telephone "
    "assurance in November 2021 and again in June 2023, though he was in Dubai for much of the "
    "year and his sister was to take the girls abroad. Eedo Faadumo, who was not part of the "
    "household and appears in no agency's key, was the adult the children spoke of most. Staff "
    "told the review they had heard that the Habar Kaalo elders 'would deal with it', and did not "
    "feel able to ask what that meant. The weeks of absence after the summer echo the learning "
    "from the review into the death of Khyra Ishaq about children who are not seen.",

    "Nasteho's helpfulness was read as maturity and Abdullahi, at thirteen, was left as a carer "
    "without anyone asking how that felt; the Child Q review showed how Black children are seen as "
    "older than they are. Practitioners were also anxious about giving offence: none spoke to the "
    "imam or to Mr Sharmarke, who teaches at the dugsi after Friday prayers, and none drew on the "
    "many Somali women in Lawrence Fold who campaign against cutting. Respect for the family's "
    "faith, including its teaching on the Prophet Muhammad, was never a reason not to protect.",
]

LEARNING = [
    "From November 2021 every agency knew that Ubah had WHO Type 3 FGM and that Nasteho, Sumaya and "
    "later Xamdi were girls at risk, yet the risk was treated as closed when Mr Mohamed said he was "
    "against it. The Multi-agency statutory guidance on female genital mutilation and Working "
    "Together to Safeguard Children 2018 are clear that a parent's opposition is not a safety plan. "
    "The planned trip to Somaliland with Auntie Fadumo after Eid al-Adha was the moment to apply "
    "for an FGM Protection Order and to alert Operation Limelight; Fennimore Primary, QRMC and "
    "Dr Bright each held part of the picture, and the visit to Kestrel House never put it together.",

    "The Mandatory Reporting duty is personal to the teacher, nurse or doctor who hears a girl "
    "disclose. When Ifrah told her tutor at Lawrence Fold Academy what had happened to her, the "
    "report went through the academy's safeguarding lead to Ms Ward and never reached DC Ramadan. "
    "Ifrah's voice was used for everyone else and never heard for herself, just as Bernadette "
    "Scully's 999 call about Abdullahi and the younger children went unshared. Nobody rang the "
    "NSPCC FGM helpline or sought advice from the National FGM Centre, and the training that "
    "FORWARD had given to Fennimore staff in 2022 had not reached the academy.",

    "Names must be recorded as the family write them. Cabdullaahi, Abdullahi and Abdulahi, "
    "Nasteexo and Nasteho, Sumaya and Sumaiya, and Mrs Hirsi's own name alongside her husband's, "
    "should have been linked by date of birth (14/02/2015 for Nasteho) and address (Ashcombe Road, "
    "SV5) across the GP, school and hospital records. A check on 9QH and the NHS number would have "
    "shown one household.",

    "The Al-Huda Mosque and Darul Arqam were places the family trusted, and Khadra Bulale, a family "
    "friend, told the review that women there would have spoken up if asked. Agencies in Lawrence "
    "Fold should work with the mosque and the dugsi before each summer holiday, in Ramadan and "
    "around Eid al-Adha, as other cities have done with the support of FORWARD.",
]

RECOMMENDATIONS = [
    ("Every agency to record each child's Somali name with its variants (Cabdiwali, Abdi-Wali, "
     "Maxamed, Mohammed) so that an FGM Information Sharing system alert follows all the girls "
     "registered at Quarrington Road Medical Centre and Fennimore Primary School",
     "Agree a shared naming standard; audit the records of 20 families with a history of FGM",
     "Designated Nurse for Safeguarding Children", "30-09-2024"),
    ("Schools to ensure each teacher reports FGM to the police personally under the Mandatory "
     "Reporting duty, as the Lawrence Fold Academy tutor did not when Ifrah disclosed, and that no "
     "child such as Ifrah or Abdi interprets for a parent when Language Line is available",
     "Termly briefing for Designated Safeguarding Leads; Language Line details in every school office",
     "Head of Education Safeguarding", "31-07-2024"),
    ("The Partnership to seek legal advice on an FGM Protection Order whenever a girl such as "
     "Nasteho is to travel with a relative like Eedo Faadumo to Somaliland after Eid al-Adha, and "
     "to share the plan with Border Force under Operation Limelight",
     "Revise the FGM pathway with the National FGM Centre; work with Masjid Al-Huda on the dugsi",
     "Head of Service, Children's Social Care", "31-05-2024"),
]

IDENTIFIERS = {
    "key_name": [
        "Nasteexo Cabdiwali Maxamed", "Nasteexo", "Nasteho", "Nasteho's", "Nasteho Abdiwali",
        "Nasteho Abdi-Wali Mohamed",
        "Ubah Jaamac Xirsi", "Ubah Jama Hirsi", "Ubah", "Mrs Hirsi", "Mrs Hirsi's", "Ms Xirsi",
        "Mrs Mohamed", "Mrs Abdiwali", "Hirsi", "Xirsi",
        "Cabdiwali Maxamed Geedi", "Abdiwali Mohamed Gedi", "Abdi-Wali Mohammed", "Abdi-Wali",
        "Abdiwali", "Mr Abdiwali", "Cabdiwali", "Mr Gedi", "Mr Mohamed", "Mr Mohamed's", "Gedi",
        "Geedi", "Maxamed", "Mohamed", "Mohammed",
        "Ifrah", "Ifrah's", "Ifra", "Ifrah Abdiwali",
        "Cabdullaahi", "Abdullahi", "Abdulahi",
        "Libaan", "Libaan's", "Liban",
        "Sumaya", "Sumaiya", "Sumaiya Mohammed",
        "Xamdi", "Hamdi",
    ],
    "nickname": ["Naasi", "Wali", "Abdi"],
    "initials": ["NAM", "U.H.", "A.M.G.", "I.A."],
    "not_in_key": [
        "Faadumo Maxamed Geedi", "Eedo Faadumo", "Faadumo", "Auntie Fadumo", "Fadumo",
        "Bernadette Scully", "Bernadette Scully's", "Mrs Scully", "Bernie",
        "Macallin Sharmaarke", "Mr Sharmarke", "Khadra Bulale",
    ],
    "staff_name": [
        "Lucinda Ward", "Ms Ward", "Imogen Ramadan", "DC Imogen Ramadan", "DC Ramadan",
        "Siân Prothero", "Sian Prothero", "Siân", "Ms Prothero", "Folasade Bright", "Dr Folasade Bright", "Dr Bright",
        "Gethin Ellery", "Mr Gethin Ellery", "Mr Ellery",
    ],
    "address": [
        "Flat 23, Kestrel House", "Kestrel House", "Ashcombe Road", "Larchfield Lodge",
    ],
    "ward": ["Lawrence Fold"],
    "postcode": ["SV5 9QH", "SV5", "9QH"],
    "agency_place": [
        "Quarrington Road Medical Centre", "Quarrington Road Surgery", "Quarrington Road",
        "QRMC", "Fennimore Primary School", "Fennimore Primary", "Fennimore",
        "Lawrence Fold Academy",
    ],
    "community_place": [
        "Al-Huda Mosque", "Masjid Al-Huda", "Al-Huda", "Darul Arqam Supplementary School",
        "Darul Arqam",
    ],
    "clan": ["Habar Qaalo", "Habar Kaalo"],
    "date_of_birth": ["14-02-2015", "14/02/2015", "03-06-1986", "17 May 2022"],
    "number": [
        "07700 900418", "07700 900962", "01632 960277", "999 021 4763", "WX19 KFD",
        "5223014471", "HC-04417",
    ],
    "email": ["ubah.hirsi86@example.org"],
    "social_media": ["@ifrah.x.abdiwali"],
}

ORDINARY = [
    "postnatal ward", "Ramadan", "Eid al-Adha", "Friday prayers", "October half-term",
    "Mandatory Reporting duty", "Female Genital Mutilation Act 2003", "FGM Protection Order",
    "Working Together to Safeguard Children 2018",
    "Multi-agency statutory guidance on female genital mutilation",
    "Statement Opposing Female Genital Mutilation", "FGM Information Sharing system",
    "Victoria Climbié", "Khyra Ishaq", "Child Q", "National FGM Centre", "FORWARD", "NSPCC",
    "Language Line", "Operation Limelight", "Border Force", "Somaliland", "Dubai",
    "Dadaab refugee camp", "Prophet Muhammad", "Qur'an", "dugsi", "hackney carriage", "Uber",
    "WhatsApp", "XL Bully", "Perthes disease", "Henoch-Schönlein purpura", "Was Not Brought",
    "Graded Care Profile 2", "NO FURTHER ACTION", "Detective Sergeant", "Year 4", "Somali",
    "bright and sociable",
]

CASE = HeldOut(
    "ASCP-CSPR-2024-03",
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="RESTRICTED - ASCP-CSPR-2024-03 - Child R (Nasteexo Cabdiwali Maxamed, DOB 14/02/2015)",
    footer="Flat 23, Kestrel House, Ashcombe Road, SV5 9QH - report checked by Gethin Ellery",
    comment=("Check with Ms Ward: Nasteho or Nasteexo? Mum (Ubah Jama Hirsi) prefers Xirsi. Should "
             "the clan, Habar Qaalo, come out?"),
    footnote=("Information from Macallin Sharmaarke and Khadra Bulale, a family friend, given to "
              "DC Ramadan on 21/09/2023; the family had lived at Larchfield Lodge until 2021."),
)
