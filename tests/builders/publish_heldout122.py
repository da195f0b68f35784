# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 122): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "LSCP-2024-017"

CASE_TOML = """\
reference = "LSCP-2024-017"
review = "Child Safeguarding Practice Review"
subject = "Child F"
board = "Leeds Safeguarding Children Partnership"
period = { from = "01-06-2022", to = "06-02-2024" }
decision = "01-03-2024"
notification = "07-02-2024"

[[agencies]]
name = "West Yorkshire Police"
aliases = ["WYP", "Police"]

[[agencies]]
name = "Leeds Children's Social Care"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "Leeds Community Healthcare NHS Trust"
aliases = ["Leeds Community Healthcare", "LCH", "Health Visiting Service"]

[[agencies]]
name = "Beckfold Primary School"
aliases = ["Beckfold Primary", "Beckfold"]
published_as = "the primary school"

[[agencies]]
name = "Ravensworth Medical Centre"
aliases = ["Ravensworth Surgery", "Ravensworth"]
published_as = "the GP practice"

[[agencies]]
name = "Larkhollow Nursery"
aliases = ["Larkhollow"]
published_as = "the nursery"

[[people]]
name = "Feven Mehari Tekeste"
aliases = ["Feven", "Feven Mehari", "Fiven", "Fevan", "Fevi", "F.M.T.", "FMT", "F.M.", "ፌቨን"]
role = "child"
pseudonym = "Child F"
born = "12-08-2018"
address = "Flat 2, 31 Ellerholme Grove, Gipton, Leeds LS8 3XW"

[[people]]
name = "Senait Ghebremedhin Woldu"
aliases = ["Senait", "Senait Ghebremedhin", "Senayt", "Sennait", "Gebremedhin", "Seni", "Mrs Mehari", "Mrs Tekeste", "S.G.W.", "SGW", "S.G.", "ሰናይት ገብረመድህን"]
role = "mother"
pseudonym = "Mother"
born = "03-04-1994"
address = "Flat 2, 31 Ellerholme Grove, Gipton, Leeds LS8 3XW"

[[people]]
name = "Mehari Tekeste Habtom"
aliases = ["Mehari", "Mehari Tekeste", "Mahari", "Meheri", "Mike", "M-T", "MTH", "Mr Tekeste", "መሓሪ ተኸስተ"]
role = "father"
pseudonym = "Father"
born = "17-11-1988"
address = "Flat 2, 31 Ellerholme Grove, Gipton, Leeds LS8 3XW"

[[people]]
name = "Natnael Mehari Tekeste"
aliases = ["Natnael", "Natnael Mehari", "Nathnael", "Nati"]
role = "sibling"
pseudonym = "Sibling 1"
born = "09-01-2021"
address = "Flat 2, 31 Ellerholme Grove, Gipton, Leeds LS8 3XW"

[[people]]
name = "Yonas Tekeste Habtom"
aliases = ["Yonas", "Jonas", "Yoni", "Wedi Tekeste", "Y.T.", "Mr Habtom"]
role = "paternal uncle"
pseudonym = "Paternal Uncle"
born = "22-06-1985"
address = "6 Tarnwood Terrace, Harehills, Leeds"

[[people]]
name = "Abrehet Tsegai Berhe"
aliases = ["Abrehet", "Mrs Tsegai"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
address = "Kassala, Sudan"

[[staff]]
name = "Joanne Featherstone"
code = "SW1"
role = "Social Worker"
agency = "Leeds Children's Social Care"

[[staff]]
name = "Parveen Akhtar"
code = "HV1"
role = "Health Visitor"
agency = "Leeds Community Healthcare NHS Trust"

[[staff]]
name = "Oliver Threlfall"
code = "GP1"
role = "General Practitioner"
agency = "Ravensworth Medical Centre"

[[staff]]
name = "Helen Moorcroft"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Beckfold Primary School"

[[staff]]
name = "Craig Bottomley"
code = "DC1"
role = "Detective Constable"
agency = "West Yorkshire Police"
"""

IDENTIFIERS = {
    "names": [
        "Feven Mehari Tekeste", "Feven Mehari", "Feven", "Fiven", "Fevan", "ፌቨን",
        "Senait Ghebremedhin Woldu", "Senait Ghebremedhin", "Senait", "Senayt", "Sennait",
        "Ghebremedhin", "Gebremedhin", "Woldu", "ሰናይት ገብረመድህን", "Mehari Tekeste Habtom",
        "Mehari Tekeste", "Mehari", "Mahari", "Meheri", "Tekeste", "Habtom", "መሓሪ ተኸስተ",
        "Natnael Mehari", "Natnael", "Nathnael", "Yonas Tekeste Habtom", "Yonas", "Jonas",
        "Abrehet Tsegai Berhe", "Abrehet", "Tsegai",
    ],
    "nicknames": ["Fevi", "Seni", "Mike", "Nati", "Yoni", "Wedi Tekeste"],
    "initials": ["F.M.T.", "FMT", "F.M.", "S.G.W.", "SGW", "S.G.", "M-T", "MTH", "Y.T."],
    "people_not_in_key": [
        "Brenda Ackroyd", "Ackroyd", "Tewolde Zerai", "Tewolde", "Zerai", "Mebrat Fessahaye",
        "Mebrat", "Fessahaye", "Tariq Mahmood", "Mahmood", "Samuel Ghirmay", "Ghirmay",
        "Filmon Asmerom", "Filmon", "Asmerom", "Hinchliffe", "Priestley",
    ],
    "staff": [
        "Joanne Featherstone", "Featherstone", "Parveen Akhtar", "Akhtar", "Oliver Threlfall",
        "Threlfall", "Helen Moorcroft", "Moorcroft", "Craig Bottomley", "Bottomley",
    ],
    "streets": ["Quenby Mount", "Quenby Mt", "Ellerholme Grove", "Ellerholme Gr", "Tarnwood Terrace"],
    "estates": ["Fellgate Estate", "Fellgate"],
    "house_numbers": [
        "14 Quenby Mount", "14 Quenby Mt", "Flat 2, 31 Ellerholme Grove", "31 Ellerholme Grove",
        "31 Ellerholme Gr", "6 Tarnwood Terrace",
    ],
    "places": ["Harehills", "Gipton", "Chapeltown", "Mendefera", "Kassala", "Shagarab", "Khartoum", "Bani Walid"],
    "postcodes": ["LS9 7ZT", "LS97ZT", "LS9", "7ZT", "LS8 3XW", "LS8"],
    "locating_agencies": [
        "Beckfold Primary School", "Beckfold Primary", "Beckfold", "Ravensworth Medical Centre",
        "Ravensworth", "Larkhollow Nursery", "Larkhollow", "Debre Tsehay Abune Aregawi Church",
        "Debre Tsehay", "Tsigereda Women's Group",
    ],
    "phones": ["07700 900614", "+44 7700 900615", "01632 960388", "07700900742", "01632 960471"],
    "nhs_ni": ["718 234 5590", "7182345590", "4459021876", "QQ 48 21 07 B", "QQ730915D"],
    "emails": ["senait.g94@example.com", "massawacoffee@example.org", "j.featherstone@example.org"],
    "social": ["@mehari.tekeste88", "@massawa_coffee", "facebook.com/senait.woldu.94"],
    "dates_of_birth": [
        "12-08-2018", "12/08/2018", "12.08.18", "12th August 2018", "August 12, 2018",
        "6 Nehase 2010", "03/04/1994", "3rd April 1994", "17.11.88", "09/01/2021",
        "9 January 2021",
    ],
    "other": ["Massawa Coffee House", "Massawa Coffee", "YE68 KTW", "YB19 ZRN", "ZR4471902"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children", "Modern Slavery Act 2015",
    "Domestic Abuse Act 2021", "National Referral Mechanism", "Home Office", "Refugee Council",
    "British Red Cross", "Ofsted", "NSPCC", "Child Safeguarding Practice Review Panel",
    "Leeds Children's Hospital", "Victoria Climbié", "Lord Laming", "sertraline", "Calpol",
    "Piriton", "WhatsApp", "Western Union", "Lidl", "Eritrean Orthodox Tewahedo Church",
    "Meskel", "Fasika", "Timket", "Ldet", "Hudade", "Easter", "Christmas", "kidase", "netsela",
    "mateb", "Qeshi", "holy water", "Egziabher", "yekenyeley", "Selam", "injera", "zigni",
    "shiro", "berbere", "buna", "jebena", "himbasha", "coffee ceremony", "Adey", "Aboy",
    "Abaye", "Hawey", "Haftey", "Habesha", "Tigrinya", "Ge'ez", "Arabic", "ginnel",
    "back-to-back", "nowt", "DS", "PC", "MASH", "Section 47", "Early Help", "Child in Need",
    "strategy discussion", "Graded Care Profile", "core group", "MARAC", "Language Line",
    "NO MALE INTERPRETERS - MOTHER'S REQUEST", "Hope", "May", "Friday", "in March 2023",
]

INVOLVEMENT = [
    "Feven Mehari Tekeste (Child F, date of birth 12-08-2018) lived with her mother, her father Mehari Tekeste Habtom and her brother at 14 Quenby Mount, Harehills, Leeds LS9 7ZT, a back-to-back terrace rented from Mr Tariq Mahmood. The family speak Tigrinya and worship at the Debre Tsehay Abune Aregawi Church in Chapeltown, a congregation of the Eritrean Orthodox Tewahedo Church. Following Eritrean custom, the mother, Senait Ghebremedhin Woldu, kept her own father's name, so no two members of the household shared a surname.",
    "Senait Ghebremedhin, known to friends as 'Seni', told the health visitor, Parveen Akhtar (HV1), that she left Mendefera in 2015, spent a year in the Shagarab camp near Kassala and cleaned houses in Khartoum, where she learned Arabic, before crossing into Libya. She was held for seven months at Bani Walid until a ransom was sent by Western Union. Her mother, Abrehet Tsegai Berhe, whom Feven calls Abaye, still lives in Kassala. Mrs Akhtar recorded the account in full.",
    "On 14 June 2022 Dr Oliver Threlfall (GP1) at Ravensworth Medical Centre saw Senait for low mood and poor sleep and prescribed sertraline. The record was filed under 'Mrs Senayt Mehari', and the child's record was held under 'Fiven Tekeste', NHS number 718 234 5590, date of birth 12/08/2018. Her mother's NHS number, 4459021876, had been copied onto the child's record in error. Dr Threlfall noted 'husband interprets, pt quiet'; no Language Line interpreter was booked.",
    "Feven began at Larkhollow Nursery, rated good by Ofsted, in September 2022. Her key worker recorded that 'Fevi', as her parents called her, ate only injera and shiro sent from home, and that she wore a mateb, a blue cord, round her neck. On 3 November 2022 staff saw a fingertip bruise on her cheek and gave Calpol for a temperature. Mr Meheri, as the nursery register spelt his name, said she had fallen in the ginnel behind the house. Larkhollow made no referral.",
    "On Friday 6 January 2023, the eve of Ldet, a neighbour, Mrs Brenda Ackroyd, rang West Yorkshire Police from 01632 960471 to report shouting and a child crying. Mrs Ackroyd said the family 'never say nowt to anyone'. PC Hinchliffe was greeted at the door with 'Selam' by Mehari's brother, recorded as 'Jonas Habtom', who interpreted. Senait had a cut lip and, through him, said she had slipped carrying the jebena. The incident was graded standard risk and was not referred to MARAC.",
    "The police notification reached the MASH on 9 January 2023 under the name 'Senait Woldu'. The MASH searched for 'Feven Woldu', found nothing, and closed the contact with advice; the nursery's concern, held under 'Fevan Mehari', was not linked. A second contact came from the health visitor after a visit to 14 Quenby Mt, giving the child's date of birth as 12.08.18 and the mother's mobile as 07700 900614. That contact too was closed in March 2023, because the mother 'declined Early Help'.",
    "At Fasika in April 2023 Senait told a volunteer at the Tsigereda Women's Group, Mrs Mebrat Fessahaye, whom she calls Haftey, that she owed her husband's family for the ransom and that Mehari took her wages from her night shifts at Lidl. Mebrat sent this to Mrs Akhtar by WhatsApp from 07700900742. The priest, Qeshi Tewolde Zerai, had blessed the children with holy water at Timket and had seen bruising on Feven's arm. Qeshi Tewolde was not asked. Nothing was shared.",
    "In May 2023 Mr Mahmood served notice and the family moved to Flat 2, 31 Ellerholme Grove, Gipton, LS8 3XW, on the edge of the Fellgate Estate. The GP recorded the new address as 31 Ellerholme Gr; the council kept LS97ZT. The younger child, Natnael Mehari, born 9 January 2021 and known as 'Nati', was registered at Ravensworth as 'Nathnael Tekeste', 09/01/2021. The family car, YE68 KTW, and the Massawa Coffee van, YB19 ZRN, were both registered to Yonas at 6 Tarnwood Terrace.",
    "Feven started Reception at Beckfold Primary School in September 2023. The admission form named her as 'Feven Mehari', with her first name written in Ge'ez as ፌቨን, and gave her date of birth as August 12, 2018; the baptism certificate her father brought in gave it as 6 Nehase 2010. On 27 September 2023, the day of Meskel, she arrived with a burn to her forearm. Her father said it was from the jebena at the family's coffee ceremony, and gave his mobile as +44 7700 900615.",
    "The designated safeguarding lead, Helen Moorcroft (DSL1), referred to the MASH. Joanne Featherstone (SW1), a social worker, visited on 2 October 2023 with Mr Samuel Ghirmay, an interpreter the family knew from church. Asked whether she was safe, Senait said only 'Egziabher knows' and, as he left, 'yekenyeley'. A Child in Need plan was agreed and the Graded Care Profile was not used. Ms Featherstone's emails, sent from j.featherstone@example.org, called the mother 'Mrs Tekeste' and the child F.M.T.",
    "Ms Featherstone's assessment, completed in November 2023, gave the mother's date of birth as 03/04/1994 on its first page and as 3rd April 1994 on its fourth. It noted that the coffee house's TikTok account, @massawa_coffee, had posted a video of Feven behind the counter after 10pm, and that Mehari's Instagram, @mehari.tekeste88, and facebook.com/senait.woldu.94 were public. The landline, 01632 960388, and the email massawacoffee@example.org were recorded, but no one visited the business.",
    "Between October and December 2023 three Child in Need meetings were held at Beckfold Primary. Mehari, who signed the attendance sheets as 'Mike', attended each; Senait attended none, and no core group met. Mrs Moorcroft recorded that Feven drew her Adey crying and her Aboy 'shouting in the car', and that she had asked for her Hawey, Natnael. On 11 December 2023 Feven told her teacher that Yoni had hit her with a belt. A message to senait.g94@example.com went unanswered, and the note of the disclosure was filed under S.G.",
    "During Hudade, on 4 February 2024, Senait took Feven to Leeds Children's Hospital with a fractured wrist and bruising across her back. Through a Tigrinya interpreter on Language Line she said Feven had fallen down the stairs. A strategy discussion was held that day, chaired by the MASH team manager with DS Priestley, and Section 47 enquiries under the Children Act 1989 began. DC Craig Bottomley (DC1) was allocated. The hospital recorded the child as FEVEN MEHARI TEKESTE, 12th August 2018, NHS number 7182345590.",
    "On 6 February 2024 Feven, seen alone with a woman interpreter, said that Wedi Tekeste had hurt her while her parents were at the Massawa Coffee House. Yonas Tekeste Habtom (Y.T. on the police system, NI number QQ 48 21 07 B) was arrested; Mehari (NI number QQ730915D, date of birth 17.11.88) was interviewed as a witness. Senait and the children moved to a refuge. Her biometric residence permit, ZR4471902, was found at Mr Habtom's house. The police investigation continues, and DC Bottomley's enquiries are not complete.",
]

ANALYSIS = [
    "The family's names defeated every search. An Eritrean name is a given name, the father's name and the grandfather's name, so Feven's 'surname' was her father's first name. Agencies filed her as Feven Mehari, Fevan, Fiven and F.M., and Larkhollow's system held her as FMT. Her mother, whose name is Senait Ghebremedhin Woldu, written ሰናይት ገብረመድህን on her church card and spelt Gebremedhin by the Home Office, became Mrs Mehari, Mrs Tekeste, Sennait, S.G.W. and SGW.",
    "The father appeared as Mehari Tekeste, Mahari, Meheri, M-T and MTH, and once in Ge'ez as መሓሪ ተኸስተ on a letter from the church. The Victoria Climbié inquiry, chaired by Lord Laming, described this failure more than twenty years ago. Searching on date of birth and postcode (LS9 7ZT, recorded once as LS9, 7ZT, and later LS8 3XW, recorded once only as LS8) would have linked every record. The MASH searched on surname alone.",
    "Family and community members interpreted at almost every contact: Mehari at the GP, Yonas, whom the children call Yoni, for the police, and Mr Ghirmay, a fellow member of the Debre Tsehay congregation, for the social worker. Working Together to Safeguard Children is clear that family members should not interpret in safeguarding work. Senait had asked for a woman interpreter, and the flag NO MALE INTERPRETERS - MOTHER'S REQUEST was on the GP record at Ravensworth but never reached the social care file.",
    "Practitioners knew that Senait had been held at Bani Walid and had passed through Khartoum and Kassala, but none asked what that history meant now. The ransom, raised by Yonas and a cousin, Filmon Asmerom, left a debt that the household used to control her; Filmon still rang her from Italy, and Mrs Tsegai was told the debt would pass to her. This was coercive control under the Domestic Abuse Act 2021, and the Modern Slavery Act 2015 may have applied. Neither was considered.",
    "Several practitioners described the family as 'very religious' and 'a traditional Habesha household'. The Meskel burn was accepted because the coffee ceremony, with its jebena, buna and himbasha, was seen as ordinary family life, and the belt was thought a matter of discipline. Respect for culture must not replace curiosity. Qeshi Zerai told the review that no agency had ever asked the church for help, although he had noticed Feven flinch at kidase and her mother hide her face under her netsela.",
]

LEARNING = [
    "A mother's name may not be her husband's or her child's. Agencies working with Tigrinya-speaking families should record each person's given name, father's name and grandfather's name separately, note the name in Ge'ez script, and search on all three with date of birth and postcode. Senait was never 'Mrs Mehari'. Knowing that a child calls her grandmother Abaye and her brother Hawey, that zigni and berbere are everyday food and that Fasika follows a long fast, is part of knowing the child.",
    "Mothers must be seen alone, with an interpreter of their choosing. Language Line provides Tigrinya interpreters by telephone at short notice, and the NSPCC, the Refugee Council and the British Red Cross publish guidance on working with survivors of trafficking. Senait said 'Egziabher knows' and 'yekenyeley' to professionals who took both as reassurance, yet over injera at a coffee ceremony she told Mebrat everything. Hope is not a plan: a woman visitor alone with her at Meskel could have heard the same.",
    "Faith settings are part of the safeguarding system. The Debre Tsehay Abune Aregawi Church and the Tsigereda Women's Group knew more of Feven's life than any agency did. Agencies should know which church a family attends and, with the family's knowledge, involve its leaders in assessments. The partnership's work with faith groups at Easter and Christmas should reach Orthodox congregations, whose Ldet and Timket fall in January, and the Child Safeguarding Practice Review Panel's guidance on community engagement should be used.",
    "Practitioners should ask refugee families about the journey. A mother who spent a year in Shagarab and months in Bani Walid may owe money to the people around her, and that debt may be how she is controlled. Immigration papers, wages and benefits should be checked as part of the assessment, and the National Referral Mechanism considered. Piriton for Feven's rash, sertraline for her mother and Calpol at the nursery were all recorded in May 2023; the debt was not.",
]

RECOMMENDATIONS = [
    ("Leeds Children's Social Care, Beckfold Primary School and Ravensworth Medical Centre should record each family member's full name as given, including any Tigrinya name in Ge'ez script, so that Senait Ghebremedhin Woldu is never again filed as Mrs Mehari",
     "Amend the name fields in the MASH, GP and school admission templates; audit twenty cases of families using patronymic names", "Head of Service, Children's Social Care", "30-09-2024"),
    ("Agencies must not use family members, such as Yonas Tekeste Habtom, or fellow worshippers as interpreters, and must book a Tigrinya interpreter through Language Line, a woman where the mother asks for one",
     "Issue joint guidance on booking interpreters and audit interpreter use at every Child in Need and strategy discussion", "Partnership Business Manager", "31-10-2024"),
    ("The MASH and West Yorkshire Police should consider the Modern Slavery Act 2015 and the National Referral Mechanism whenever a mother describes a ransom or a debt from her journey, as Senait did at the Tsigereda Women's Group",
     "Add a question on journey-related debt to the MASH screening tool and train MASH staff", "Detective Inspector, MASH", "31-12-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | LSCP-2024-017 | Feven Mehari TEKESTE ('Fevi'), DOB 12/08/2018, Flat 2, 31 Ellerholme Grove, Gipton, Leeds LS8 3XW",
    footer="Author: Joanne Featherstone (SW1), j.featherstone@example.org | Family: Senait Woldu and Mehari Tekeste, 14 Quenby Mt (previous) | Draft 2",
    comment="JF: Mebrat says Yonas ('Wedi Tekeste') kept Seni's permit ZR4471902 at Tarnwood Terrace - check with DC Bottomley before panel. Ghirmay interpreted again at the refuge on 07/02, should not have.",
    footnote="Church baptism record: ፌቨን መሓሪ, born 6 Nehase 2010; Ravensworth holds 'Fiven Tekeste', NHS number 7182345590; mother Senait Ghebremedhin Woldu, NHS number 4459021876, date of birth 3rd April 1994.",
)
