"""Held-back publication case 47, written blind: a boy abused online through gaming
while privately fostered in an outer London borough. Every name, place, number and
handle in it is invented."""


from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "ESCP-CSPR-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child E"
period = { from = "01-08-2022", to = "31-12-2024" }
board = "Eldersbrook Safeguarding Children Partnership"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["MPS", "Met Police", "Police"]
report_due = "28-02-2025"

[[agencies]]
name = "Eldersbrook Children's Social Care"
aliases = ["CSC", "Children's Social Care", "Eldersbrook CSC"]
report_due = "28-02-2025"

[[agencies]]
name = "Riverhaven Community Health NHS Trust"
aliases = ["0-19 Service", "Health Visiting", "School Nursing"]
report_due = "28-02-2025"

[[agencies]]
name = "Marlcote Hill Academy"
aliases = ["MHA", "the Academy"]
published_as = "the secondary school"

[[agencies]]
name = "Tannery Lane Medical Centre"
aliases = ["Tannery Lane Surgery", "GP"]

[[agencies]]
name = "Living Springs Tabernacle Saturday School"
aliases = ["Living Springs", "LST Saturday School"]
published_as = "the supplementary school"

[[agencies]]
name = "Fenbridge Rovers FC Academy"
aliases = ["Fenbridge Rovers", "FRFC Academy"]
published_as = "the football academy"

[[people]]
name = "Ìdòwú Kwabena Ṣóyẹmí"
aliases = ["Ìdòwú", "Idowu", "Dowu", "Idowu Soyemi", "Idowu Shoyemi", "IKS", "Kwabena"]
role = "Child"
pseudonym = "Child E"
born = "14-03-2012"
address = "14 Ferrymead Close, Marlcote Hill, Eldersbrook RM21 4JZ"

[[people]]
name = "Comfort Afua Owusu-Darkwah"
aliases = ["Auntie Comfort", "Aunty Comfort", "Ms Owusu-Darkwah", "Mrs Darkwa", "Ms O-D"]
role = "Mother's cousin, described as aunt; private foster carer"
pseudonym = "Carer"
born = "22-09-1985"
address = "14 Ferrymead Close, Marlcote Hill, Eldersbrook RM21 4JZ"

[[people]]
name = "Akua Serwah Kyerematen"
aliases = ["Akua", "Ms Kyeremateng", "AK"]
role = "Mother"
pseudonym = "Mother"
born = "05-11-1989"

[[people]]
name = "Olúwọlé Ṣóyẹmí"
aliases = ["Oluwole Soyemi", "Mr Soyemi"]
role = "Father"
pseudonym = "Father"
born = "17-07-1980"

[[people]]
name = "Kwesi Anane"
aliases = ["Uncle Kwesi", "Mr Anane"]
role = "Carer's partner"
pseudonym = "Adult A"
born = "09-02-1982"
address = "14 Ferrymead Close, Marlcote Hill, Eldersbrook RM21 4JZ"

[[people]]
name = "Nhyira Anane"
aliases = ["Nhyira"]
role = "Carer's daughter"
pseudonym = "Child F"
born = "02-06-2023"
address = "14 Ferrymead Close, Marlcote Hill, Eldersbrook RM21 4JZ"

[[people]]
name = "Craig Mottershead"
aliases = ["Mottershead", "Coach Marcus", "ScoutMarcusLDN", "tia.xo_2009"]
role = "Perpetrator"
pseudonym = "Adult B"
born = "30-01-1983"

[[staff]]
name = "Fenella Quarrie"
code = "SW1"
role = "Social Worker"
agency = "Eldersbrook Children's Social Care"

[[staff]]
name = "Bartholomew Ashdown"
code = "DS1"
role = "Detective Sergeant"
agency = "Metropolitan Police Service"

[[staff]]
name = "Hollis Steward"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Marlcote Hill Academy"

[[staff]]
name = "Rosamund Ekwueme-Hart"
code = "HV1"
role = "Health Visitor"
agency = "Riverhaven Community Health NHS Trust"

[[staff]]
name = "Josiah Adomako"
code = "SS1"
role = "Pastor and supplementary school lead"
agency = "Living Springs Tabernacle Saturday School"
"""


IDENTIFIERS = {
    'key_name': [
        "Ìdòwú Kwabena Ṣóyẹmí",
        "Ìdòwú",
        "Ìdòwú's",
        "Idowu",
        "Idowu Soyemi",
        "Idowu Shoyemi",
        "Ṣóyẹmí",
        "Soyemi",
        "Shoyemi",
        "Kwabena",
        "Comfort Owusu-Darkwah",
        "Comfort's",
        "Ms Owusu-Darkwah",
        "Owusu-Darkwah",
        "Ms Owusu Darkwah",
        "Mrs Darkwa",
        "Akua Serwah Kyerematen",
        "Akua",
        "Kyerematen",
        "Ms Kyeremateng",
        "Olúwọlé Ṣóyẹmí",
        "Oluwole",
        "Mr Soyemi",
        "Kwesi Anane",
        "Mr Anane",
        "Nhyira Anane",
        "Nhyira",
        "Craig Mottershead",
        "Mottershead",
    ],
    'nickname': [
        "Dowu",
        "Auntie Comfort",
        "Aunty Comfort",
        "Uncle Kwesi",
        "Coach Marcus",
    ],
    'initials': [
        "IKS",
        "I.K.S.",
        "I.S.",
        "AK",
        "Ms O-D",
    ],
    'not_in_key': [
        "Nana Yaa",
        "Jaylen Okafor-Briggs",
        "Jaylen",
        "Philomena Rourke",
        "Mrs Rourke",
    ],
    'staff_name': [
        "Fenella Quarrie",
        "Ms Quarrie",
        "Bartholomew Ashdown",
        "DS Ashdown",
        "Hollis Steward",
        "Mr Steward",
        "Mr Steward's",
        "Rosamund Ekwueme-Hart",
        "Ms Ekwueme-Hart",
        "Josiah Adomako",
        "Pastor Adomako",
    ],
    'address': [
        "14 Ferrymead Close",
        "Ferrymead Close",
        "Marlcote Hill",
        "Marlcote",
        "RM21 4JZ",
        "RM21",
        "4JZ",
    ],
    'agency_place': [
        "Marlcote Hill Academy",
        "Tannery Lane Medical Centre",
        "Tannery Lane",
        "Living Springs Tabernacle",
        "Living Springs",
        "Fenbridge Rovers",
        "Fenbridge",
    ],
    'number': [
        "07700 900417",
        "01632 960283",
        "999 062 4418",
        "K302418670015",
        "CRIS 3011647/24",
    ],
    'email': [
        "comfort.od@example.org",
    ],
    'date_of_birth': [
        "14th March 2012",
        "14/03/2012",
        "14.03.12",
        "02/06/2023",
    ],
    'social_media': [
        "KwabzFC_12",
        "@kwabz_fc12",
        "ScoutMarcusLDN",
        "tia.xo_2009",
    ],
}


ORDINARY = [
    "CEOP",
    "Internet Watch Foundation",
    "National Crime Agency",
    "Report Remove",
    "Childline",
    "Marie Collins Foundation",
    "Lucy Faithfull Foundation",
    "Breck Bednar",
    "Victoria Climbié",
    "Lord Laming",
    "Child Q",
    "Children Act 1989",
    "Children (Private Arrangements for Fostering) Regulations 2005",
    "Online Safety Act 2023",
    "Keeping Children Safe in Education",
    "Working Together to Safeguard Children 2023",
    "Brook Sexual Behaviours Traffic Light Tool",
    "Roblox",
    "Robux",
    "Fortnite",
    "V-Bucks",
    "Discord",
    "Premier League",
    "Bukayo Saka",
    "Osgood-Schlatter disease",
    "Cavalier King Charles Spaniel",
    "Year 7",
    "Nigeria",
    "Ghana",
    "Cambridge",
    "Black History Month",
    "Christmas Eve",
    "Saturday mornings",
    "Detective Sergeant",
    "MASH",
    "DELETE THIS CHAT NOW",
    "comfort and reassurance",
    "club steward",
    "Maudsley Hospital",
]


INVOLVEMENT = [
    (
        "Child E, whose full name is Ìdòwú Kwabena Ṣóyẹmí and who is known at home as Dowu, "
        "was born in Ghana on 14th March 2012. He came to England in August 2022, aged ten, to "
        "live with Comfort Owusu-Darkwah at 14 Ferrymead Close, Marlcote Hill, Eldersbrook "
        "RM21 4JZ. Ms Owusu-Darkwah is his mother's cousin; the family describe her as his "
        "aunt and Ìdòwú calls her Auntie Comfort. His mother, Akua Serwah Kyerematen, stayed "
        "in Ghana with his maternal grandmother, Nana Yaa, and his father, Olúwọlé Ṣóyẹmí, "
        "lives in Nigeria. Comfort's partner, Kwesi Anane, stays in the household for part of "
        "each week, and their daughter Nhyira was born on 02/06/2023. A mother's cousin is not "
        "a close relative as the Children Act 1989 defines one, so this was a private "
        "fostering arrangement from the day Ìdòwú arrived; no agency notified Eldersbrook "
        "Children's Social Care of it until November 2024."
    ),
    (
        "The 0-19 service first met the household when the health visitor, Rosamund "
        "Ekwueme-Hart, completed the new birth visit for Nhyira Anane at Ferrymead Close in "
        "June 2023. Her record reads: 'Nephew Idowu (11) lives here, parents in Nigeria and "
        "Ghana, Aunty Comfort has full care, settled.' The mother is listed only as 'AK, "
        "Ghana'. Ms Ekwueme-Hart did not ask who held parental responsibility, how long the "
        "arrangement would last or whether the local authority knew of it, and the entry was "
        "not shared with the school nursing team. In Year 7 the school nursing health "
        "questionnaire was completed by Uncle Kwesi, who was recorded as 'father', with the "
        "mobile number 07700 900417. The trust had no other contact with Child E before the "
        "referral."
    ),
    (
        "Ìdòwú joined Marlcote Hill Academy in Year 7 in September 2023, registered as Idowu "
        "Soyemi with the unique pupil number K302418670015. The admission form named Ms Owusu "
        "Darkwah as 'parent', gave the home landline 01632 960283 and the email address "
        "comfort.od@example.org. Staff describe a polite, quiet boy who was proud of his place "
        "in the Under-13s at Fenbridge Rovers, and during Black History Month he gave his "
        "tutor group a talk about Ghana. From March 2024 his attendance fell to 88 per cent, "
        "he was often asleep in lessons and his phone was twice confiscated. On 14/05/2024 a "
        "teaching assistant saw a message on his screen reading DELETE THIS CHAT NOW and told "
        "the designated safeguarding lead, Hollis Steward. Mr Steward spoke to I.K.S., who "
        "said it was 'a game thing', and telephoned Mrs Darkwa, who said she would check the "
        "phone. Mr Steward's note was logged on the school's safeguarding system; no referral "
        "was made to the MASH."
    ),
    (
        "Fenbridge Rovers FC Academy, a Category 3 academy within the Premier League's Elite "
        "Player Performance Plan, registered Child E in the summer of 2023; the academy's "
        "registration form gave his date of birth as 14.03.12. In February 2024 Mr Anane took "
        "him to Tannery Lane Medical Centre with painful knees. The GP diagnosed "
        "Osgood-Schlatter disease, advised rest from training and recorded the patient as "
        "Idowu Shoyemi, NHS number 999 062 4418, with Uncle Kwesi as 'parent'. While he was "
        "resting Ìdòwú spent much more time online. In April 2024 his teammate, Jaylen "
        "Okafor-Briggs, told a club steward that 'a scout called Coach Marcus' was messaging "
        "several of the boys. The steward passed this on to the academy's welfare officer, who "
        "reminded parents at a training session not to accept contact from unofficial scouts; "
        "the academy did not tell the police or the boys' carers individually, and Auntie "
        "Comfort was not told."
    ),
    (
        "The police investigation later established that Craig Mottershead, aged 41, used the "
        "name Coach Marcus and the account ScoutMarcusLDN on Roblox and Fortnite to befriend "
        "boys who played for football academies. He contacted Dowu in March 2024, gave him "
        "Robux and V-Bucks, talked about trials and about Bukayo Saka, and sent him "
        "photographs of his Cavalier King Charles Spaniel. In May he moved the conversation to "
        "Parlr, a voice and text chat app similar to Discord, where Ìdòwú's account was "
        "KwabzFC_12; his Snapchat was @kwabz_fc12. A second account, tia.xo_2009, presenting "
        "as a 15-year-old girl, asked Child E for images. Once he had sent them, Mottershead "
        "threatened to send them to his teammates and to the youth group at Living Springs "
        "Tabernacle unless he sent more. Ìdòwú told officers he believed the threats because "
        "'Coach Marcus knew my school and my church'."
    ),
    (
        "Ìdòwú attended Living Springs Tabernacle Saturday School, a supplementary school held "
        "on Saturday mornings by a Pentecostal church in Fenbridge, for maths, Twi and Bible "
        "study. On 07/09/2024 Pastor Josiah Adomako found him crying over his phone and read a "
        "message threatening to 'send everything to your aunty'. Pastor Adomako prayed with "
        "him, offered comfort and reassurance and told Ms Owusu-Darkwah after the service that "
        "'someone online is bullying the boy'. The church had no written safeguarding policy "
        "and no designated safeguarding lead, its volunteers had not heard of CEOP, and nobody "
        "at Living Springs contacted the police or children's social care."
    ),
    (
        "On 08/10/2024 analysts at the Internet Watch Foundation in Cambridge found images of "
        "Child E on a forum and referred them to the National Crime Agency. CEOP traced the "
        "Parlr account and referred the case to the Metropolitan Police Service on 11/10/2024 "
        "(CRIS 3011647/24). Officers visited Ferrymead Close that evening; their notes refer "
        "to the carer as Ms O-D. A neighbour, Philomena Rourke, told them she had heard the "
        "boy crying at night since the summer. A strategy meeting held through the MASH the "
        "next day agreed enquiries under section 47. Detective Sergeant Bartholomew Ashdown "
        "led the investigation and IKS gave an Achieving Best Evidence interview on "
        "16/10/2024; with help from Childline he used Report Remove to have the images taken "
        "down. DS Ashdown arrested Mottershead on 29/10/2024; he was charged and was later "
        "convicted. Mrs Rourke has since been thanked by the family."
    ),
    (
        "The social worker, Fenella Quarrie, recognised at her first home visit that the "
        "arrangement was private fostering, and the notification was completed on 04/11/2024, "
        "more than two years after Ìdòwú arrived. Ms Quarrie spoke to Ms Kyeremateng in Ghana "
        "by video call with a Twi interpreter, and to Mr Soyemi, whom the admission form names "
        "as Oluwole Soyemi, by telephone in Nigeria. CAMHS accepted a referral and took advice "
        "from the national specialist service at the Maudsley Hospital, and the Marie Collins "
        "Foundation began working with Auntie Comfort. Ms Quarrie visited again on Christmas "
        "Eve, when Child E said he felt 'safer now the phone stays downstairs'."
    ),
]


ANALYSIS = [
    (
        "No agency recognised the arrangement as private fostering. Each recorded Ms "
        "Owusu-Darkwah as 'aunt', 'parent' or Aunty Comfort and assumed that an aunt is a "
        "close relative, without asking how she was related to Akua. The duty to notify in the "
        "Children (Private Arrangements for Fostering) Regulations 2005 followed the inquiry "
        "by Lord Laming into the death of Victoria Climbié, who came from abroad to be cared "
        "for by a relative who was not her parent. The health visitor, the GP at Tannery Lane "
        "and the school each held part of the picture of Child E's life at Ferrymead Close. "
        "Had the arrangement been notified in 2022, a social worker would have visited him "
        "every six weeks in his first year and at least every twelve weeks after that: an "
        "adult outside the household whom he might have told."
    ),
    (
        "The grooming followed a pattern that is well described: a stranger befriends a child "
        "through online gaming, gives him in-game currency such as Robux and V-Bucks, moves "
        "him to a private chat platform and then extorts him sexually. It is the pattern of "
        "the grooming of Breck Bednar through online gaming in 2014, and the Independent "
        "Inquiry into Child Sexual Abuse set it out in 2020. Yet the school treated DELETE "
        "THIS CHAT NOW as a behaviour matter and the academy treated a report of a fake scout "
        "as a matter for a general reminder. Nobody asked Ìdòwú, alone and in words he would "
        "understand, who Coach Marcus was. The Detective Sergeant who led the investigation "
        "told the review that the May conversation was 'the chance to stop it five months "
        "earlier'."
    ),
    (
        "Ìdòwú is a Black boy of Ghanaian and Nigerian heritage. Practitioners described him "
        "as 'mature' and 'sensible' for a boy in Year 7, and there is a risk that this "
        "adultification, which the review of Child Q examined, led them to expect him to "
        "manage online risk himself. He had been told that the images were shameful, and he "
        "was afraid that his mother in Ghana and his father in Nigeria would send him home. "
        "After the disclosure Mr Steward used the Brook Sexual Behaviours Traffic Light Tool "
        "and rightly treated what had happened as harm done to him, not behaviour of his own, "
        "but only once the police were involved."
    ),
    (
        "Pastor Adomako acted kindly but alone. Supplementary schools and faith settings are "
        "outside Keeping Children Safe in Education, but Working Together to Safeguard "
        "Children 2023 expects every organisation that works with children to have "
        "safeguarding arrangements, and the Department for Education's code of practice for "
        "out-of-school settings asks them to name a safeguarding lead. Living Springs "
        "Tabernacle had neither, and the advice that the family should pray and keep the "
        "matter private reinforced the secrecy on which Mottershead relied."
    ),
]


LEARNING = [
    (
        "Professionals must ask, not assume, who a child lives with and how they are related. "
        "Ìdòwú, recorded variously as Idowu Soyemi, Idowu Shoyemi and I.S., lived with Auntie "
        "Comfort at Ferrymead Close in Marlcote for more than two years while his parents were "
        "in Nigeria and Ghana. The health visitor, the GP at Tannery Lane Medical Centre and "
        "Marlcote Hill Academy each saw the arrangement and none asked whether it was private "
        "fostering. The learning from Victoria Climbié and Lord Laming is that a child cared "
        "for away from his parents needs someone outside the household who checks on him; the "
        "Children (Private Arrangements for Fostering) Regulations 2005 exist to provide that, "
        "and they work only if agencies notify."
    ),
    (
        "Online sexual abuse of boys through gaming is not rare and is often hidden by shame. "
        "Child E was groomed on Roblox and Fortnite by a man calling himself Coach Marcus "
        "(ScoutMarcusLDN), paid in Robux and V-Bucks, and then coerced on a chat app like "
        "Discord as KwabzFC_12. Three settings saw signs and none referred: Mr Steward at the "
        "school, the club steward at Fenbridge Rovers and Pastor Adomako at Living Springs. "
        "Practitioners need to know that CEOP, the Internet Watch Foundation and Report Remove "
        "from Childline exist, that the Online Safety Act 2023 does not move their own duty to "
        "act onto the platforms, and that the child must be spoken to alone."
    ),
    (
        "Faith settings and supplementary schools are trusted by families who may be wary of "
        "statutory services. The partnership had no list of the supplementary schools in the "
        "borough and had never offered them training. Working Together to Safeguard Children "
        "2023 gives the partnership the means to reach them, and the response to Living "
        "Springs Tabernacle shows that volunteers who teach on Saturday mornings want to know "
        "what to do."
    ),
    (
        "Football academies attract adults who pretend to be scouts. When Jaylen told a club "
        "steward about Coach Marcus, the information was about several children and should "
        "have gone to the police. The Premier League's safeguarding standards and the "
        "resources of the Lucy Faithfull Foundation for parents and carers were not used. "
        "Injury, such as Osgood-Schlatter disease, takes a boy away from training and his team "
        "at the time he is most isolated, and academies should keep in touch with injured "
        "players."
    ),
]


RECOMMENDATIONS = [
    (
        (
            "Eldersbrook Children's Social Care should lead a private fostering campaign with "
            "Marlcote Hill Academy, Tannery Lane Medical Centre and the 0-19 service so that a "
            "child like Ìdòwú, living with an 'aunt' such as Ms Owusu-Darkwah while his "
            "parents are in Nigeria and Ghana, is notified under the Children Act 1989"
        ),
        (
            "Briefings for all front-line staff; a private fostering question added to school "
            "admission, GP registration and new birth visit records"
        ),
        "Head of Service, Children's Social Care",
        "31-03-2025",
    ),
    (
        (
            "The partnership should make sure that schools, football academies and faith "
            "settings refer concerns like those about Coach Marcus to the MASH and CEOP, know "
            "the Internet Watch Foundation, and tell children such as Child E about Report "
            "Remove"
        ),
        (
            "Multi-agency training with the Marie Collins Foundation; audit of referrals from "
            "Fenbridge Rovers and the supplementary school"
        ),
        "Partnership Business Manager",
        "30-06-2025",
    ),
    (
        (
            "Living Springs Tabernacle Saturday School and the other supplementary schools in "
            "the borough should adopt a written safeguarding policy that meets Keeping "
            "Children Safe in Education and names a safeguarding lead for Saturday mornings"
        ),
        (
            "Register of supplementary schools; policy template and training for Pastor "
            "Adomako and volunteers"
        ),
        "Faith and Communities Safeguarding Lead",
        "30-09-2025",
    ),
]


HEADER = (
    "RESTRICTED: Child E (Ìdòwú Ṣóyẹmí), 14 Ferrymead Close, Marlcote Hill RM21 4JZ"
)


FOOTER = (
    "Agency report, Child E, DOB 14/03/2012, carer Comfort Owusu-Darkwah, tel 07700 900417"
)


COMMENT = (
    "Check with DS Ashdown before naming tia.xo_2009 or Mottershead; Auntie Comfort asked for "
    "a copy at comfort.od@example.org. Academy form gives DOB 14.03.12."
)


FOOTNOTE = (
    "Tannery Lane Medical Centre record for Idowu Shoyemi, NHS number 999 062 4418, seen with "
    "Uncle Kwesi."
)


CASE = HeldOut(
    "ESCP-CSPR-2024-07",
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header=HEADER,
    footer=FOOTER,
    comment=COMMENT,
    footnote=FOOTNOTE,
)
