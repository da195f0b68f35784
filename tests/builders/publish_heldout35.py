"""A held-back publication case written blind: the risk of female genital mutilation and
forced marriage to a Year 8 girl in an East London family; every name in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "LEY-CSPR-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child X"
period = { from = "01-09-2023", to = "31-08-2024" }
board = "Leyford Safeguarding Children Partnership"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["MPS", "Met Police", "Central East BCU"]

[[agencies]]
name = "Leyford Children's Social Care"
aliases = ["CSC", "Children's Services"]

[[agencies]]
name = "Leyford 0-19 Health Visiting and School Nursing Service"
aliases = ["0-19 service", "Health Visiting"]

[[agencies]]
name = "Ravensbury Park Academy"
aliases = ["RPA", "Ravensbury Park"]
published_as = "the secondary school"

[[agencies]]
name = "Stannard Green Medical Centre"
aliases = ["Stannard Green Surgery"]

[[agencies]]
name = "Marlpit Lane Clinic"
aliases = ["Marlpit Lane FGM Clinic"]
published_as = "the specialist FGM clinic"

[[agencies]]
name = "Ilays Women's Centre"
aliases = ["Ilays"]
published_as = "the community organisation"

[[people]]
name = "Naciimo Faarax Geelle"
aliases = ["Naciimo", "Nacimo", "Nimo", "N.F.G.", "NFG"]
role = "Child"
pseudonym = "Child X"
sex = "female"
born = "14-03-2011"
address = "Flat 14 Marlow House, Ravensbury Walk, Stannard Green, E13 7QX"

[[people]]
name = "Sagal Faarax Geelle"
aliases = ["Sagal", "S.G."]
role = "Sibling"
pseudonym = "Sibling"
sex = "female"
born = "02-09-2015"
address = "Flat 14 Marlow House, Ravensbury Walk, Stannard Green, E13 7QX"

[[people]]
name = "Khadra Ismaaciil Cumar"
aliases = ["Khadra", "Kadra", "Mrs Cumar", "Mrs Geelle"]
role = "Mother"
pseudonym = "Mother"
sex = "female"
born = "21-06-1988"
address = "Flat 14 Marlow House, Ravensbury Walk, Stannard Green, E13 7QX"
mother_of = ["Naciimo Faarax Geelle", "Sagal Faarax Geelle"]

[[people]]
name = "Faarax Geelle Warsame"
aliases = ["Faarax", "Mr Geelle"]
role = "Father"
pseudonym = "Father"
sex = "male"
born = "03-01-1979"
father_of = ["Naciimo Faarax Geelle", "Sagal Faarax Geelle"]

[[people]]
name = "Cawo Jaamac Nuur"
aliases = ["Cawo", "Ayeeyo Cawo"]
role = "Maternal grandmother"
pseudonym = "Grandmother"
sex = "female"

[[staff]]
name = "Bernadette Friday"
code = "SN1"
role = "School Nurse"
agency = "Leyford 0-19 Health Visiting and School Nursing Service"

[[staff]]
name = "Marcus Hope"
code = "SW1"
role = "Social Worker"
agency = "Leyford Children's Social Care"

[[staff]]
name = "Owain Sterling"
code = "DS1"
role = "Detective Sergeant"
agency = "Metropolitan Police Service"

[[staff]]
name = "Abena Mensah-Croft"
code = "MW1"
role = "Specialist FGM Midwife"
agency = "Marlpit Lane Clinic"
"""

IDENTIFIERS = {
    "key_name": ["Naciimo Faarax Geelle", "Naciimo", "Sagal Faarax Geelle", "Sagal",
                 "Khadra Ismaaciil Cumar", "Khadra", "Mrs Cumar", "Faarax Geelle Warsame",
                 "Faarax", "Mr Geelle", "Cawo"],
    "possessive": ["Naciimo's", "Khadra's"],
    "misspelling": ["Nacimo", "Kadra", "Mrs Geelle"],
    "nickname": ["Nimo", "Ayeeyo Cawo"],
    "initials": ["N.F.G.", "NFG", "S.G."],
    "not_in_key": ["Valerie Stott", "Mrs Stott", "Ikraan Bile", "Ikraan", "Hibaaq",
                   "Ṣiddīq ʿAbd al-Raḥmān", "Ṣiddīq", "Siddiq Abdelrahman", "Siddiq"],
    "staff": ["Bernadette Friday", "Ms Friday", "Bernadette", "Marcus Hope", "Mr Hope",
              "Owain Sterling", "DS Sterling", "Abena Mensah-Croft", "Ms Mensah-Croft"],
    "address": ["Flat 14 Marlow House", "Marlow House", "Ravensbury Walk", "Stannard Green"],
    "postcode": ["E13 7QX", "E13", "7QX"],
    "agency_place": ["Ravensbury Park Academy", "Ravensbury Park", "RPA",
                     "Stannard Green Medical Centre", "Marlpit Lane Clinic", "Marlpit Lane",
                     "Ilays Women's Centre", "Ilays"],
    "number": ["07700 900417", "01632 960288", "999 402 7316", "CRIS 4217394/24",
               "ZE24P00871"],
    "email": ["khadra.cumar@example.org"],
    "date_of_birth": ["14 March 2011", "14/03/2011", "14-03-2011", "2 September 2015"],
    "social_media": ["@nimo_x_geelle", "nimo.g2011"],
}

ORDINARY = [
    "Forced Marriage Unit", "Forced Marriage Protection Order", "FGM Protection Order",
    "Female Genital Mutilation Act 2003", "Serious Crime Act 2015",
    "Working Together to Safeguard Children 2023",
    "Multi-Agency Statutory Guidance on Female Genital Mutilation",
    "mandatory reporting duty", "Operation Limelight", "Border Force", "Heathrow", "Gatwick",
    "FCDO", "MASH", "Section 47", "Eid al-Adha", "Ramadan", "Easter holidays", "Friday",
    "Victoria Climbié", "Lord Laming", "Somaliland", "Khartoum", "Dubai", "WhatsApp", "TikTok",
    "Year 8", "Crohn's disease", "Staffordshire Bull Terrier", "Karma Nirvana", "NSPCC",
    "Signs of Safety", "Language Line", "pounds sterling", "in the hope that",
    "OFFICIAL-SENSITIVE", "Detective Sergeant", "Family Court",
]

INVOLVEMENT = [
    "Naciimo Faarax Geelle (Child X, born 14 March 2011) lived with her mother Khadra Ismaaciil Cumar and her younger sister Sagal at Flat 14 Marlow House, Ravensbury Walk, Stannard Green, E13 7QX. In September 2023 Naciimo started Year 8 at Ravensbury Park Academy (RPA). On Friday 22 September 2023 the school nurse, Bernadette Friday, saw Nimo at a lunchtime drop-in. Nimo said that her Ayeeyo Cawo had told her she would be \"made clean\" when the family went to Somaliland in the summer. Ms Friday wrote this in the school nursing record as a possible risk of FGM, in the hope that the mother would talk to her, but she did not make a referral to the MASH that day.",
    "The GP at Stannard Green Medical Centre knew from the maternity record that Khadra's own FGM was Type 3 and it had been recorded on the FGM Information Sharing system when Sagal was born on 2 September 2015. No one linked this to Naciimo's risk. Mrs Cumar, called \"Mrs Geelle\" in the practice letters and \"Kadra\" in the health visiting record, has Crohn's disease and missed two appointments during Ramadan. The health visitor's notes for S.G. (NHS number 999 402 7316) say the girls were frightened of a Staffordshire Bull Terrier kept next door by the neighbour, Mrs Valerie Stott, who later told the police that Mrs Stott \"heard shouting about a wedding\".",
    "In October 2023 Hibaaq, the outreach worker at Ilays Women's Centre, rang the front door of children's social care on 01632 960288. She said that Naciimo's father, Faarax Geelle Warsame, who lives abroad, had sent about 2,000 pounds sterling for tickets to Khartoum by way of Dubai for the Easter holidays, and that a marriage to a cousin, Ṣiddīq ʿAbd al-Raḥmān, had been spoken of in the family. Marcus Hope, the allocated social worker, completed a single assessment using the Signs of Safety model. Mr Hope spoke to Khadra with her friend Ikraan Bile interpreting rather than a Somali interpreter through Language Line. The assessment, which spelt her name Nacimo throughout, did not use the words honour-based abuse.",
    "In January 2024 the designated safeguarding lead at Ravensbury Park saw messages on Naciimo's phone: a WhatsApp group set up by her grandmother, and a TikTok account, @nimo_x_geelle, where she had posted a picture of a wedding dress with the words \"not my choice\". A second account, nimo.g2011, on Snapchat, showed flights being searched. The school sent a referral marked OFFICIAL-SENSITIVE to the MASH. Detective Sergeant Owain Sterling of the Child Abuse Investigation Team held a strategy discussion with Mr Hope the same day and a Section 47 enquiry began under reference CRIS 4217394/24.",
    "N.F.G. was seen at Marlpit Lane Clinic by the specialist midwife Abena Mensah-Croft, who found that no FGM had been carried out. The mandatory reporting duty did not apply because nothing had been seen, but Ms Mensah-Croft used the Multi-Agency Statutory Guidance on Female Genital Mutilation to set out the continuing risk. Her letter to the GP gave the date of birth as 14/03/2011 and the mother's mobile as 07700 900417, and it was copied in error to khadra.cumar@example.org, which Kadra shared with her own mother.",
    "In March 2024 the Family Court made an FGM Protection Order under the Female Genital Mutilation Act 2003 and a Forced Marriage Protection Order (case number ZE24P00871), with a travel ban and an order to surrender both girls' passports. DS Sterling took advice from the Forced Marriage Unit at the FCDO, and Border Force at Heathrow and Gatwick were told of the orders through Operation Limelight. Shortly before Eid al-Adha, Faarax arrived in the UK and Mr Geelle tried to book flights for Naciimo and Sagal; the booking was stopped at Gatwick and NFG stayed in school.",
]

ANALYSIS = [
    "The first thing Nimo said to Ms Friday was a clear disclosure. Bernadette said later that she did not know that talk of being \"made clean\", or of a long summer in Somaliland, is a recognised sign of risk. The learning from the Victoria Climbié inquiry led by Lord Laming is that practitioners must act on what a child tells them, not wait for more.",
    "Health records held what was needed. Kadra's FGM was known, but the GP practice did not treat a mother's FGM as a risk to her daughters, and the health visiting record for S.G. was not shared with the school nurse. Because the practice letters used the name Mrs Geelle, the records of Khadra Ismaaciil Cumar were not matched at first.",
    "Children's social care saw the family through a cultural lens that explained risk away. Mr Hope accepted the view of Ikraan, a family friend, that the trip was for a family wedding. Using a friend to interpret goes against guidance; Language Line was available. The links between FGM, forced marriage and honour-based abuse were not made, no one sought advice from Karma Nirvana or the NSPCC FGM helpline, and the Forced Marriage Unit was not told until March 2024.",
    "Once DS Sterling was involved the response was quick and good. The powers from the Serious Crime Act 2015 were used, and the worker from Ilays helped Naciimo speak for herself about Ṣiddīq and about her grandmother, Cawo, whose influence over the household the assessment had missed.",
]

LEARNING = [
    "Learning 1: a child's words are a disclosure. When Naciimo Faarax Geelle (Nimo) spoke to the school nurse Bernadette Friday on a Friday early in Year 8, the risk should have gone to the MASH that day, as Working Together to Safeguard Children 2023 and the Multi-Agency Statutory Guidance on Female Genital Mutilation expect. Staff at Ravensbury Park Academy and in the 0-19 service need to know the signs, among them talk of a long summer in Somaliland or Khartoum and of an older relative such as Ayeeyo Cawo who wants it done.",
    "Learning 2: a mother's FGM is a risk to her daughters. Khadra's FGM was known at Stannard Green Medical Centre from the time Sagal was born on 2 September 2015. Khadra Ismaaciil Cumar, of Flat 14 Marlow House, Ravensbury Walk, E13 7QX, should have been offered support by Marlpit Lane Clinic and Ilays Women's Centre, through a professional interpreter from Language Line and not through a friend such as Ikraan Bile. A conversation before Ramadan or Eid al-Adha, when travel is often planned, is the right time.",
    "Learning 3: FGM and forced marriage go together. The money from Faarax Geelle Warsame, the planned marriage to Siddiq Abdelrahman, and the posts on @nimo_x_geelle were all signs of honour-based abuse. An FGM Protection Order and a Forced Marriage Protection Order, with a travel ban, protect a child best when they are sought early.",
    "Learning 4: records must follow the child. Naciimo's date of birth, 14-03-2011, was written three ways in three agencies, and her mother's name two ways, while her sister's full name, Sagal Faarax Geelle, was held only by the GP, so that Mrs Cumar and Mr Geelle were each missed in a search at least once.",
]

RECOMMENDATIONS = [
    ("The 0-19 service and Ravensbury Park Academy should make sure that every school nurse and designated safeguarding lead knows the signs of FGM risk that Nimo showed, and refers to the MASH on the same day",
     "Deliver training on the Multi-Agency Statutory Guidance on Female Genital Mutilation and audit referrals",
     "Head of the 0-19 Service", "31-03-2025"),
    ("GP practices, Stannard Green Medical Centre first, should flag the records of daughters when a mother such as Khadra has FGM recorded, and should tell Marlpit Lane Clinic",
     "Add an alert to the clinical system; audit in Ramadan and before the Easter holidays",
     "Designated Nurse, Integrated Care Board", "30-06-2025"),
    ("Children's social care should use Language Line, never a friend, and should refer to the Forced Marriage Unit when a Forced Marriage Protection Order or an FGM Protection Order may be needed, as it was for N.F.G. and her sister Sagal",
     "Update the practice guidance and check it at Section 47 strategy discussions",
     "Head of Service, Children's Social Care", "30-09-2025"),
]

CASE = HeldOut(
    "LEY-CSPR-2024-07", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE - agency report on Naciimo Faarax Geelle (NFG), born 14-03-2011",
    footer="Ravensbury Walk, E13 7QX - contact Marcus Hope on 01632 960288",
    comment="Check with Ms Mensah-Croft whether Kadra saw the letter sent to khadra.cumar@example.org",
    footnote="The Snapchat account nimo.g2011 was seen by DS Sterling; Siddiq's father lives in Khartoum.",
)
