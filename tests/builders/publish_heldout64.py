# ruff: noqa: E501
"""A held-back publication case written blind, without sight of the anonymiser: a
residential special school, Deaf parents and online grooming; every name, address, number
and place of the family is invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "BSCP-CSPR-2024-06"
review = "Child Safeguarding Practice Review"
subject = "Child M"
period = { from = "01-09-2022", to = "31-03-2024" }
board = "Blackbrook Safeguarding Children Partnership"
summary_dates = "month"

[[agencies]]
name = "West Midlands Police"
aliases = ["WMP", "Police", "Public Protection Unit"]

[[agencies]]
name = "Blackbrook Children's Social Care"
aliases = ["Blackbrook CSC", "Children's Social Care", "CSC"]

[[agencies]]
name = "Blackbrook 0-19 Health Visiting and School Nursing Service"
aliases = ["0-19 Service", "Health Visiting Service"]

[[agencies]]
name = "Ravensholme Hall School"
aliases = ["Ravensholme Hall", "Ravensholme"]
published_as = "the residential special school"

[[agencies]]
name = "Cradley Moss Medical Centre"
aliases = ["the surgery"]

[[agencies]]
name = "Mercia Valley NHS Foundation Trust"
aliases = ["MVFT", "Community Learning Disability Team"]

[[people]]
name = "Zoë Penhallow"
aliases = ["Zoë", "Zoe", "Zoe Penhallow", "Zo", "Zoey", "ZP", "Z.P."]
role = "Child"
pseudonym = "Child M"
born = "14-03-2008"
address = "27 Quillet Close, Cradley Moss, DY9 7QZ"
sex = "female"

[[people]]
name = "Bernadette Penhallow"
aliases = ["Bernadette", "Bernie", "Mrs Penhallow", "BP"]
role = "Mother"
pseudonym = "Mother"
born = "02-11-1979"
address = "27 Quillet Close, Cradley Moss, DY9 7QZ"
sex = "female"
mother_of = ["Zoë Penhallow", "Caspian Penhallow"]
partner_of = [{ name = "Dónal Penhallow", from = "01-06-2003" }]

[[people]]
name = "Dónal Penhallow"
aliases = ["Dónal", "Donal", "Donal Penhallow", "Mr Penhallow", "DP"]
role = "Father"
pseudonym = "Father"
born = "19-06-1976"
address = "27 Quillet Close, Cradley Moss, DY9 7QZ"
sex = "male"
father_of = ["Zoë Penhallow", "Caspian Penhallow"]

[[people]]
name = "Caspian Penhallow"
aliases = ["Caspian", "Cas"]
role = "Brother"
pseudonym = "Sibling"
born = "07-08-2005"
sex = "male"

[[people]]
name = "Ivy Threlfall"
aliases = ["Ivy", "Nanna Ivy", "Mrs Threlfall"]
role = "Maternal grandmother"
pseudonym = "Grandmother"
born = "23-01-1951"
sex = "female"

[[staff]]
name = "Harriet Dunmore"
code = "SW1"
role = "Social Worker"
agency = "Blackbrook Children's Social Care"

[[staff]]
name = "Owain Tranter"
code = "DC1"
role = "Detective Constable"
agency = "West Midlands Police"

[[staff]]
name = "Carol Winter"
code = "LDN1"
role = "Learning Disability Nurse"
agency = "Mercia Valley NHS Foundation Trust"

[[staff]]
name = "Imran Chance"
code = "CAMHS1"
role = "Consultant Child and Adolescent Psychiatrist"
agency = "Mercia Valley NHS Foundation Trust"

[[staff]]
name = "Beverley Askew"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Ravensholme Hall School"
"""

IDENTIFIERS = {
    "key_name": ["Zoë Penhallow", "Zoe Penhallow", "Zoë", "Zoë's", "Zoe", "Penhallow",
                 "Penhallows", "Bernadette Penhallow", "Bernadette", "Mrs Penhallow",
                 "Dónal Penhallow", "Dónal", "Donal", "Mr Penhallow", "Caspian Penhallow",
                 "Caspian", "Ivy Threlfall", "Mrs Threlfall", "Ivy"],
    "nickname": ["Zo", "Bernie", "Cas", "Nanna Ivy", "Rook"],
    "misspelling": ["Zoey", "Penhallowe"],
    "initials": ["Z.P.", "ZP", "Z-P", "BP", "DP"],
    "not_in_key": ["Lowell Garrity", "Garrity", "Mr Garrity", "Kezia Ambrose-Lund",
                   "Kezia", "Gwilym Pask", "Mr Pask"],
    "social_media": ["Rook_Vantage7", "ZoZoPixie08", "zoe.p08@example.org"],
    "address": ["27 Quillet Close", "Quillet Close", "Cradley Moss"],
    "postcode": ["DY9 7QZ", "DY9", "7QZ"],
    "agency_place": ["Ravensholme Hall School", "Ravensholme Hall", "Ravensholme",
                     "Upper Clatley", "Cradley Moss Medical Centre"],
    "number": ["07700 900417", "01632 960288", "999 201 4476", "20/77415/23"],
    "date_of_birth": ["14 March 2008", "14/03/2008", "14-03-2008", "07-08-2005"],
    "staff_name": ["Harriet Dunmore", "Ms Dunmore", "Owain Tranter", "DC Tranter",
                   "Carol Winter", "Ms Winter", "Imran Chance", "Dr Chance",
                   "Beverley Askew", "Mrs Askew"],
}

ORDINARY = [
    "Detective Constable", "CAMHS", "Education, Health and Care Plan", "EHCP",
    "Children Act 1989", "Working Together to Safeguard Children 2023",
    "Mental Capacity Act 2005", "British Sign Language (BSL) Act 2022",
    "Online Safety Act 2023", "CEOP", "National Crime Agency", "Report Remove",
    "Childline", "Lucy Faithfull Foundation", "Barnardo's", "Victoria Climbié",
    "Independent Inquiry into Child Sexual Abuse", "Asperger's syndrome", "ADOS-2",
    "Brook Traffic Light Tool", "Mind of My Own", "Makaton", "Staffordshire Bull Terrier",
    "Multi-Agency Safeguarding Hub", "Designated Safeguarding Lead", "Deaf community",
    "Relay UK", "SignVideo", "Oliver McGowan Mandatory Training",
    "Dynamic Support Register", "Care (Education) and Treatment Review",
    "Registered Intermediary", "Achieving Best Evidence", "Discord", "Roblox",
    "Christmas Day", "Year 11", "winter of 2022", "by chance",
    "Birmingham Children's Hospital",
]

INVOLVEMENT = [
    "Zoë Penhallow (born 14 March 2008) is autistic and has a moderate learning disability; "
    "a diagnosis of Asperger's syndrome made at Birmingham Children's Hospital in 2013 was "
    "revised after an ADOS-2 assessment in 2016. From September 2022 she boarded Monday to "
    "Friday at Ravensholme Hall School, a residential special school in Upper Clatley, and "
    "went home to 27 Quillet Close, Cradley Moss, DY9 7QZ at weekends. Her Education, "
    "Health and Care Plan (EHCP) named the school and set out that she communicates in "
    "British Sign Language and Makaton, with spoken English as a second language.",

    "Zoë's parents, Bernadette Penhallow and Dónal Penhallow, are Deaf and BSL is their "
    "first language. They are well known in the local Deaf community. The records show "
    "that agencies telephoned the family home on 01632 960288 or texted Mrs Penhallow on "
    "07700 900417 rather than booking a BSL interpreter, and that on at least four "
    "occasions Caspian Penhallow (born 07-08-2005), known as Cas, Zoë's hearing older brother, was asked "
    "to interpret at appointments. Mr Penhallow told the reviewer, through a registered "
    "interpreter, that 'nobody ever used Relay UK or SignVideo to ring us back'.",

    "In the winter of 2022 residential staff noticed that Zo was staying up late on her "
    "tablet and was secretive about a friend she called 'Rook'. The Designated Safeguarding "
    "Lead, Mrs Askew, recorded on 9 December 2022 that Z.P. had been messaging on Roblox and "
    "later on Discord with a user named Rook_Vantage7, who said he was fifteen. Beverley "
    "Askew spoke to Bernie by text, not in BSL, and the note says only 'Mum aware, will "
    "monitor'. No referral was made to Children's Social Care and the Brook Traffic Light "
    "Tool was not used.",

    "On Christmas Day 2022 Zoe told her grandmother, Nanna Ivy, that her boyfriend would "
    "come to Cradley Moss to meet her. Ivy Threlfall passed this on to the family's GP at "
    "Cradley Moss Medical Centre in January 2023, when she also said that ZP had been sent "
    "gifts and a phone. The GP recorded the concern against NHS number 999 201 4476 but "
    "did not share it. The practice nurse noted that the family's Staffordshire Bull "
    "Terrier had bitten a visitor, a neighbour, Mr Pask, which is the only other entry "
    "for that month.",

    "In March 2023 Kezia Ambrose-Lund, a Year 11 pupil at the school, showed staff "
    "indecent images that Zoë had been persuaded to send from the account ZoZoPixie08. A "
    "referral went to the Multi-Agency Safeguarding Hub and a strategy discussion was held "
    "under section 47 of the Children Act 1989. Detective Constable Owain Tranter of West "
    "Midlands Police opened crime reference 20/77415/23 and sought help from CEOP, part of "
    "the National Crime Agency, which identified the user as Lowell Garrity, a 31-year-old "
    "man. Mr Garrity was later charged under the Sexual Offences Act 2003.",

    "Zoe Penhallow was interviewed under Achieving Best Evidence guidance with a Registered "
    "Intermediary and a BSL interpreter. DC Tranter told the reviewer that the first "
    "interview was delayed by three weeks because no interpreter with the NRCPD "
    "registration and experience of interviewing a young person with a learning "
    "disability could be found. The social worker, Harriet Dunmore, used Mind of My Own to "
    "record Zoë's wishes, but the app was not adapted for her and Ms Dunmore accepted that "
    "the answers were largely Caspian's.",

    "CAMHS accepted a referral in May 2023. Dr Imran Chance, consultant psychiatrist, saw "
    "Zoë with her parents and an interpreter and noted that BP and DP 'did not understand "
    "why the police were involved'. Carol Winter, learning disability nurse, added Z-P to "
    "the Dynamic Support Register and arranged a Care (Education) and Treatment Review. "
    "Ms Winter wrote to the family at zoe.p08@example.org, an address Zoë shared with the "
    "man who groomed her; Dr Chance's letters were in written English only.",

    "In October 2023 Zoë went missing from Ravensholme Hall for eleven hours and was found "
    "at a railway station with a train ticket bought for her online by Garrity. She was "
    "made subject to a child protection plan in November 2023. She was helped to use "
    "Report Remove, the Childline and Internet Watch Foundation tool, to take down images "
    "of her. The Penhallows told the review that they learned of the images by chance, "
    "from another Deaf parent, weeks after professionals knew.",
]

ANALYSIS = [
    "The review found that Zoey was seen by professionals as 'safe at school' and that her "
    "learning disability and autism were understood as reasons for her secrecy rather "
    "than as factors that made her more vulnerable to grooming. The Brook Traffic Light "
    "Tool and the exploitation screening tool would have prompted a referral in December "
    "2022. The Independent Inquiry into Child Sexual Abuse reported in 2022 that disabled "
    "children are less likely to be recognised as victims; this case is another example.",

    "Communication with Dónal and Bernadette was consistently inadequate. The British Sign "
    "Language (BSL) Act 2022 recognises BSL as a language of England, Wales and Scotland, "
    "and the Accessible Information Standard requires NHS bodies to meet it, yet no agency "
    "routinely booked interpreters. Using Caspian, a child himself at the start of the "
    "period, to interpret about his sister's sexual abuse was harmful to both. The lessons "
    "of the inquiry into the death of Victoria Climbié, where a family member interpreted, "
    "were not applied.",

    "Zoë turned sixteen in March 2024, when the Mental Capacity Act 2005 began to apply to "
    "her decisions. Professionals at Ravensholme had begun to say that Z.P. 'chose' to "
    "keep in contact with Garrity. The review is clear that a child cannot consent to her "
    "own exploitation and that Working Together to Safeguard Children 2023 requires a "
    "planned transition, not a change of stance on a birthday. Staff of the school had "
    "not completed the Oliver McGowan Mandatory Training.",

    "The Online Safety Act 2023 places new duties on platforms such as Roblox and Discord, "
    "but the review found that the response in this case did not depend on the platforms: "
    "staff at the school, the GP at Cradley Moss Medical Centre and the grandmother each "
    "held part of the picture of Lowell Garrity for up to three months.",
]

LEARNING = [
    "Learning 1: The Deaf parents of Zoë Penhallow were never offered an independent BSL "
    "interpreter at the time of the first concerns. Bernadette Penhallow and Dónal "
    "Penhallow (Mrs Penhallow and Mr Penhallow, or 'Donal', in the school's records) told the review "
    "that written English, text messages to 07700 900417 and their son Caspian were used "
    "instead. Every agency must book a qualified interpreter registered with the NRCPD "
    "and use Relay UK or SignVideo for calls; a member of the family, and above all a "
    "child, must never interpret. The Deaf community in Cradley Moss has asked to be "
    "involved in the partnership's response.",

    "Learning 2: A residential special school holds information no other agency has. "
    "Ravensholme Hall School, Upper Clatley, knew from December 2022 that Zoe was talking "
    "to Rook_Vantage7 on Discord, and Nanna Ivy told the surgery in January 2023. The "
    "Designated Safeguarding Lead should have referred to the Multi-Agency Safeguarding "
    "Hub and used the Brook Traffic Light Tool. Resources from the Lucy Faithfull "
    "Foundation, Barnardo's and Childline, and the CEOP Education materials, are available "
    "in accessible formats and in BSL but were not given to ZP or to her parents.",

    "Learning 3: Children with an EHCP who board away from home can fall between the host "
    "area and the home authority. Harriet Dunmore and the school both believed the other "
    "was leading. The review recommends a named lead for every child placed out of area.",

    "Learning 4: Assessment tools should be adapted to the child. Mind of My Own and the "
    "ADOS-2 report were not used together, and Zoë's own account in Makaton was recorded "
    "only by Mrs Askew, in one line.",
]

RECOMMENDATIONS = [
    ("Blackbrook Children's Social Care and every agency that worked with Zoë Penhallow and "
     "the Penhallows should commission BSL interpreters registered with the NRCPD for all "
     "contact with Deaf parents, and never use a sibling such as Caspian to interpret, in "
     "line with the British Sign Language (BSL) Act 2022",
     "Interpreting protocol agreed; audit of 20 cases with Deaf parents",
     "Head of Service, Children's Social Care", "30-09-2024"),
    ("Ravensholme Hall School and residential special schools in the area should train all "
     "staff in the Brook Traffic Light Tool and online grooming on Roblox and Discord, so "
     "that concerns like those about Z.P. and Mr Garrity reach the Multi-Agency "
     "Safeguarding Hub the same day",
     "Training delivered; referral audit against the Online Safety Act 2023 guidance",
     "Designated Safeguarding Lead", "31-12-2024"),
    ("Mercia Valley NHS Foundation Trust should ensure that CAMHS and the learning "
     "disability nurse send accessible letters, in BSL video where needed, and that the "
     "Dynamic Support Register and every Care (Education) and Treatment Review for a young "
     "person such as Zo includes her parents' language, and that staff complete the Oliver "
     "McGowan Mandatory Training",
     "Accessible Information Standard audit; training compliance report",
     "Named Nurse for Safeguarding Children", "31-03-2025"),
]

CASE = HeldOut(
    reference="BSCP-CSPR-2024-06",
    case_toml=CASE_TOML,
    identifiers=IDENTIFIERS,
    ordinary=ORDINARY,
    involvement=INVOLVEMENT,
    analysis=ANALYSIS,
    learning=LEARNING,
    recommendations=RECOMMENDATIONS,
    header="RESTRICTED - Zoe Penhallow (DOB 14/03/2008) - Penhallowe family",
    footer="Ravensholme Hall School, Upper Clatley - DY9 - case of Z.P., born 14-03-2008",
    comment="Check with Ms Dunmore and DC Tranter whether Kezia's statement and Gwilym Pask's "
            "account of the dog bite at Quillet Close (7QZ) are to be quoted.",
    footnote="Information from Mrs Threlfall (Ivy Threlfall) and from Beverley Askew; "
             "Lowell Garrity used Rook_Vantage7 and CEOP was told of ZoZoPixie08.",
)
