"""Held-back publication case 46, written blind (without sight of the anonymiser): a child
who drowned in a garden pond in the Fens; every person, place, business and number is
invented."""

from tests.builders.publish_heldout import HeldOut

_REFERENCE = "LSCB-SCR-2019-04"

_CASE_TOML = """\
reference = "LSCB-SCR-2019-04"
review = "Serious Case Review"
subject = "Child R"
period = { from = "01-04-2018", to = "23-06-2019" }
board = "Lincolnshire Safeguarding Children Board"
decision = "22-07-2019"
notification = "25-06-2019"
summary_dates = "month"

[[agencies]]
name = "Lincolnshire Police"
aliases = ["Police", "LP", "Public Protection Unit"]
chronology_due = "30-09-2019"
report_due = "29-11-2019"

[[agencies]]
name = "Lincolnshire County Council Children's Services"
aliases = ["Children's Social Care", "CSC", "Children's Services"]
chronology_due = "30-09-2019"
report_due = "29-11-2019"

[[agencies]]
name = "Lincolnshire Community Health Services NHS Trust"
aliases = ["LCHS", "Health Visiting", "0-19 Service", "Health Visiting Service"]
chronology_due = "30-09-2019"
report_due = "29-11-2019"

[[agencies]]
name = "Sedgeholme Fen Surgery"
aliases = ["Sedgeholme Surgery", "the Surgery", "GP"]
published_as = "the GP surgery"
chronology_due = "30-09-2019"

[[agencies]]
name = "Samphire Day Nursery"
aliases = ["Samphire Nursery", "Samphire", "Nursery"]
published_as = "the day nursery"
chronology_due = "30-09-2019"
report_due = "29-11-2019"

[[agencies]]
name = "East Midlands Ambulance Service NHS Trust"
aliases = ["EMAS", "Ambulance Service"]
chronology_due = "30-09-2019"

[[agencies]]
name = "United Lincolnshire Hospitals NHS Trust"
aliases = ["ULHT", "Acute Trust"]
chronology_due = "30-09-2019"

[[people]]
name = "Jokūbas Aukštikalnis"
aliases = ["Jokubas Aukstikalnis", "Jokūbas", "Jokubas", "Kuba", "Kubiukas", "Jacob", "J.A."]
role = "Child"
pseudonym = "Child R"
born = "03-02-2015"
address = "2 Eaudyke Cottages, Quarrington Bank, Sedgeholme Fen, Gullcote PE12 9XT"

[[people]]
name = "Elīna Vītoliņa"
aliases = ["Elina Vitolina", "Elīna", "Elina", "Ellie", "Ms Vitolina", "E.V."]
role = "Mother"
pseudonym = "Mother"
born = "19-09-1993"
address = "2 Eaudyke Cottages, Quarrington Bank, Sedgeholme Fen, Gullcote PE12 9XT"

[[people]]
name = "Vilmantas Žiogelis"
aliases = ["Vilmantas Ziogelis", "Vilmantas", "Vilius", "Big Bear"]
role = "Mother's partner"
pseudonym = "Adult M"
born = "22-05-1986"
address = "2 Eaudyke Cottages, Quarrington Bank, Sedgeholme Fen, Gullcote PE12 9XT"

[[people]]
name = "Amēlija Žiogelytė"
aliases = ["Amelija Ziogelyte", "Amēlija"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "11-08-2018"
address = "2 Eaudyke Cottages, Quarrington Bank, Sedgeholme Fen, Gullcote PE12 9XT"

[[people]]
name = "Rimvydas Aukštikalnis"
aliases = ["Rimvydas", "Rimas"]
role = "Father"
pseudonym = "Father"
born = "07-11-1989"
address = "Jonava, Lithuania"

[[people]]
name = "Baiba Vītoliņa"
aliases = ["Baiba", "Omīte Baiba"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
address = "Rēzekne, Latvia"

[[staff]]
name = "Hazel Pond"
code = "HP"
role = "Health Visitor"
agency = "Lincolnshire Community Health Services NHS Trust"

[[staff]]
name = "Victoria Athersmith"
code = "VA"
role = "Social Worker"
agency = "Lincolnshire County Council Children's Services"

[[staff]]
name = "Jordan Summer"
code = "PC1184"
role = "Police Constable"
agency = "Lincolnshire Police"

[[staff]]
name = "Dawn Ellery-Price"
code = "DEP"
role = "Nursery Manager"
agency = "Samphire Day Nursery"

[[staff]]
name = "Harriet Quaile"
code = "HQ"
role = "General Practitioner"
agency = "Sedgeholme Fen Surgery"
"""

_IDENTIFIERS = {
    "key_name": [
        "Jokūbas Aukštikalnis", "Jokubas Aukstikalnis", "Jokūbas", "Jokubas", "Jokūbas's",
        "Jacob", "Jacob's", "Aukštikalnis", "Aukstikalnis",
        "Elīna Vītoliņa", "Elina Vitolina", "Elīna", "Elina", "Elīna's", "Ms Vītoliņa",
        "Ms Vitolina", "Ms Vītoliņa's", "Vītoliņa", "Vitolina",
        "Vilmantas Žiogelis", "Vilmantas Ziogelis", "Vilmantas", "Vilmantas's", "Vilius",
        "Mr Žiogelis", "Mr Ziogelis", "Žiogelis", "Ziogelis",
        "Amēlija Žiogelytė", "Amelija Ziogelyte", "Amēlija", "Amelija", "Žiogelytė",
        "Ziogelyte",
        "Rimvydas Aukštikalnis", "Rimvydas", "Rimas", "Mr Aukštikalnis",
        "Baiba Vītoliņa", "Baiba",
    ],
    "misspelling": ["Vitolins", "Ziogellis", "Amelia", "Jokubus"],
    "nickname": ["Kuba", "Kubiukas", "Big Bear", "Lokys", "Ellie", "Omīte Baiba", "Omīte",
                 "Omite"],
    "initials": ["J.A.", "JA", "E.V.", "E-V", "EV", "VZ", "V.Ž.", "A.Ž."],
    "not_in_key": [
        "Pauline Christmas", "Mrs Christmas", "Mrs Christmas's",
        "Kristīne Ābele", "Kristine Abele", "Kristīne", "Kristine", "Ms Ābele",
        "Aunt Līga", "Līga", "Liga",
    ],
    "staff": [
        "Hazel Pond", "Ms Pond", "HV Pond", "HP", "Victoria Athersmith", "Ms Athersmith",
        "Athersmith", "PC Jordan Summer", "PC Summer", "PC Summer's", "Jordan Summer",
        "Dawn Ellery-Price", "Mrs Ellery-Price", "Dr Quaile", "Harriet Quaile",
    ],
    "address": [
        "31 Cawdron Street", "Cawdron Street", "Pleasance Lakes Caravan Park",
        "Pleasance Lakes", "Marram Drove", "2 Eaudyke Cottages", "Eaudyke Cottages",
        "Quarrington Bank", "Sedgeholme Fen", "Sedgeholme", "Gullcote", "Jonava",
        "Rēzekne", "Rezekne",
    ],
    "postcode": ["PE12 9XT", "PE12 6HW", "PE12", "9XT", "6HW"],
    "agency_place": [
        "Samphire Day Nursery", "Samphire", "Sedgeholme Fen Surgery",
        "Amber Coast Recruitment", "Amber Coast", "Fenrow Fresh Produce Ltd",
        "Fenrow Fresh", "Fenrow",
    ],
    "number": [
        "07700 900482", "07700900482", "01632 960317", "612 448 0975", "Pitch 27",
        "CR/041877/18", "LP-20181225-0872", "KEF 417",
    ],
    "date_of_birth": [
        "03-02-2015", "03/02/2015", "3 February 2015", "19-09-1993", "19.09.1993",
        "22-05-1986", "11-08-2018", "07-11-1989",
    ],
    "social_media": ["Ellie Vit", "@ziogas_86", "elina.vitolina93@example.org"],
}

_ORDINARY = [
    "Working Together to Safeguard Children 2018", "Children Act 1989", "section 47",
    "Modern Slavery Act 2015", "Gangmasters and Labour Abuse Authority", "EU Settlement Scheme",
    "Daniel Pelka", "Victoria Climbié", "Lord Laming", "RoSPA",
    "Child Accident Prevention Trust", "Lincs & Notts Air Ambulance", "Pilgrim Hospital",
    "Addenbrooke's Hospital", "LanguageLine", "Google Translate", "WhatsApp", "Tapestry",
    "Staffordshire Bull Terrier", "Kawasaki disease", "ASQ-3", "Graded Care Profile 2",
    "AUDIT-C", "DASH", "MARAC", "Operation Encompass", "Detective Sergeant", "PCSO",
    "WAS NOT BROUGHT", "Jāņi", "Midsummer Eve", "Christmas Day", "garden pond", "teddy bear",
    "summer picking season", "Reception class", "rated amber", "Lithuania", "Latvia",
    "Healthy Child Programme",
]

_INVOLVEMENT = [
    "Jokūbas Aukštikalnis (Child R, called Kuba or Kubiukas at home) was born on 03-02-2015 in "
    "Jonava, Lithuania, to Elīna Vītoliņa, a Latvian national born on 19-09-1993, and Rimvydas "
    "Aukštikalnis (born 07-11-1989), who stayed in Lithuania; the mother says Rimas (Mr "
    "Aukštikalnis) has not seen his son since 2016. In May 2016 Ms Vītoliņa came to England "
    "with Jokūbas for seasonal agricultural work found through Amber Coast Recruitment, a "
    "labour agency licensed by the Gangmasters and Labour Abuse Authority, which placed her on "
    "the line at the Fenrow Fresh packhouse. Mother and child first had one room in a house in "
    "multiple occupation at 31 Cawdron Street, Gullcote PE12 6HW, shared with six other agency "
    "workers.",

    "Elina registered herself and Jokubas with Sedgeholme Fen Surgery in June 2016, giving her "
    "mobile as 07700 900482 (written 07700900482 on the registration form, which gives her "
    "date of birth as 19.09.1993 and his as 3 February 2015). In November 2017 Jokūbas was "
    "taken to Pilgrim Hospital with a high fever and a rash; Kawasaki disease was suspected "
    "and he was transferred to Addenbrooke's Hospital, from which he was discharged well. The "
    "discharge letter spelt him Jokubus Aukstikalnis, date of birth 03/02/2015, and his NHS "
    "number 612 448 0975 now carries both spellings. Dr Quaile saw Ms Vitolina at the "
    "follow-up appointment without an interpreter; Dr Harriet Quaile recorded that 'mum "
    "understood, using Google Translate on her phone'.",

    "By April 2018 Elīna was in a relationship with Vilmantas Žiogelis (born 22-05-1986), a "
    "Lithuanian national also supplied by Amber Coast to Fenrow Fresh Produce Ltd, whom the "
    "line supervisors called Big Bear, from his nickname Lokys. The family moved to a static "
    "caravan on Pitch 27 at Pleasance Lakes Caravan Park, Marram Drove, Sedgeholme Fen. "
    "Amēlija Žiogelytė was born at Pilgrim Hospital on 11-08-2018 (the birth notification "
    "spelt her Amelija Ziogelyte). The health visitor, Hazel Pond (HP), made the new birth "
    "visit for A.Ž. at Pleasance Lakes; Mr Žiogelis interpreted because the LanguageLine "
    "telephone interpreter could not be reached from the caravan. HV Pond found that Jokūbas's "
    "two-year review under the Healthy Child Programme had never been done: the ASQ-3 had been "
    "posted twice and both appointments were coded WAS NOT BROUGHT. Ms Pond left the home "
    "safety leaflets, in English only, for Amelija and her brother.",

    "On Christmas Day 2018 at 23:40 Pauline Christmas, who lived in the next caravan, rang 999 "
    "to report a woman screaming and a child crying. PC Jordan Summer and a PCSO attended "
    "(incident log LP-20181225-0872). PC Summer's notes record that Vilmantas Ziogellis (sic), "
    "who gave his name as Vilius, was calm, spoke good English and translated for Elina, who "
    "said it was 'only words'. The DASH risk assessment was asked through him and graded "
    "standard, and crime reference CR/041877/18 was closed NO FURTHER ACTION. Mrs Christmas "
    "told the officer that she had heard the man shouting at Ellie most weekends since the "
    "summer picking season ended, and that the Staffordshire Bull Terrier kept in the caravan "
    "had been kicked. Mrs Christmas's account was not put on the intelligence system, and no "
    "Operation Encompass notice was sent, because police records did not show that J.A. went "
    "to Samphire Day Nursery.",

    "The notification reached the MASH two days later. The social worker, Victoria Athersmith, "
    "visited in January 2019 with a LanguageLine interpreter speaking Lithuanian; Ms "
    "Athersmith noted afterwards that Elīna's first language was Latvian and that she had "
    "mostly nodded. Vilmantas was present throughout and Ms Vitolins (sic) declined domestic "
    "abuse support. The assessment found no need for a section 47 enquiry under the Children "
    "Act 1989 and the case was stepped down to early help, to a team around the child that "
    "never met. Athersmith's note gives a contact for the mother's friend Kristīne Ābele, who "
    "'helps with English', on 01632 960317, the mother's email, elina.vitolina93@example.org, "
    "and Baiba Vītoliņa, the maternal grandmother in Rēzekne (Rezekne on the referral form), "
    "as the family's only support; Ms Ābele was not asked to interpret.",

    "Jokūbas had started at Samphire Day Nursery in September 2018 on a funded place. The "
    "nursery registered him as Jacob Aukstikalnis, his mother as Ellie and his sister as "
    "Amelia. On 14-03-2019 the manager, Dawn Ellery-Price, recorded that V.Ž. smelt strongly "
    "of alcohol when he came to collect JA, and that the child had a bruise on his shin; Mrs "
    "Ellery-Price let the children go when Kristine Abele arrived and drove them home, and "
    "told E-V the next morning; the log refers to the adults only as EV and VZ, and to the "
    "mother as E.V. in its index. Jacob's key person wrote on Tapestry that he talked about "
    "Big Bear and the dog, and carried a teddy bear he called Omite, after Omīte Baiba, who "
    "had stayed with the family that spring. Kuba was due to start in a Reception class in "
    "September 2019. A water safety message from RoSPA was sent to parents on WhatsApp in May "
    "but the nursery's list still held the old number.",

    "In May 2019 Amber Coast Recruitment moved the family to 2 Eaudyke Cottages, Quarrington "
    "Bank, Sedgeholme Fen, Gullcote PE12 9XT, a tied cottage with an overgrown garden pond "
    "left by the previous tenant; only the surgery was told, and only on the mother's record. "
    "On Midsummer Eve, Sunday 23-06-2019, Elīna, Vilmantas and friends celebrated Jāņi in the "
    "garden; Elina Vitolina posted photographs of the party on Facebook as Ellie Vit, and "
    "Vilmantas Ziogelis posted on Instagram as @ziogas_86. At about 21:15 Kubiukas was found "
    "face down in the pond by Aunt Līga (Liga in the police log), the mother's sister visiting "
    "from Latvia. East Midlands Ambulance Service and the Lincs & Notts Air Ambulance attended "
    "and the child was taken to Pilgrim Hospital, where he died. A Detective Sergeant from the "
    "Public Protection Unit recorded that both carers were intoxicated, Vilmantas's breath "
    "test reading over twice the limit; the Lithuanian-registered van KEF 417 was seized.",
]

_ANALYSIS = [
    "Language was the thread through every contact. Each agency at some point let a partner, a "
    "friend or an app speak for the family: Mr Ziogelis interpreted for the health visitor and "
    "for PC Summer, Kristīne interpreted for the nursery, and Dr Quaile relied on Google "
    "Translate. Nobody asked whether Ms Vītoliņa's preferred language was Latvian, Lithuanian "
    "or Russian, and the LanguageLine interpreter booked by children's social care spoke the "
    "wrong one. Lord Laming's inquiry into the death of Victoria Climbié and the review after "
    "the death of Daniel Pelka both found that a child's voice is lost when the adult of "
    "concern, or a family friend, is the one who translates; Jokūbas was never seen alone by "
    "anyone who could speak to him in his own language.",

    "The domestic abuse reported by Mrs Christmas was the clearest chance to help. The DASH "
    "was asked through the alleged perpetrator, so its grade of standard says little; a "
    "repeat-incident search would have shown two earlier calls about shouting at Pleasance "
    "Lakes, and the case was never considered for MARAC. The surgery had seen Vilmantas "
    "Žiogelis with alcohol-related gastritis but did not use AUDIT-C, and early help did not "
    "use the Graded Care Profile 2, although the nursery's record of a carer smelling of "
    "alcohol at collection was hidden harm in plain sight.",

    "The family's housing, work and immigration status were all in the hands of the labour "
    "agency. Amber Coast moved them three times in three years, always to tied accommodation, "
    "and no agency knew of the move to Eaudyke Cottages. The Fenrow packhouse had been rated "
    "amber at its last labour audit for long shifts through the summer picking season, when "
    "both carers worked twelve hours a day and the children were left with friends. Neither "
    "adult had applied to the EU Settlement Scheme, and no one considered whether the Modern "
    "Slavery Act 2015 applied to the deductions from their wages for the caravan.",

    "Young children can drown silently in a few centimetres of water. The Child Accident "
    "Prevention Trust and RoSPA advise that garden ponds be fenced, covered or filled in where "
    "a child under five lives, yet no home safety check was offered at the cottage and the "
    "only water safety message went to a number the mother no longer used. Professionals did "
    "not know that Jāņi, like Christmas Day, is a festival at which Latvian and Lithuanian "
    "families in England may drink heavily together, and so could not plan for it.",
]

_LEARNING = [
    "Every practitioner must use a qualified, independent interpreter in the language the "
    "parent chooses, and record that language: Elīna Vītoliņa (Ellie) spoke Latvian, but was "
    "offered Lithuanian, and was otherwise heard through Vilmantas Žiogelis or Kristine, or "
    "through Google Translate and WhatsApp. When Jokūbas became Jacob at Samphire, the police "
    "could not link J.A. to the day nursery, and Operation Encompass failed. Working Together "
    "to Safeguard Children 2018 and the lessons of Victoria Climbié and Daniel Pelka ask us to "
    "see the child and hear the child's voice directly; LanguageLine can be booked by video as "
    "well as by telephone, and a partner such as Mr Žiogelis is never an interpreter.",

    "A neighbour's report of domestic abuse is evidence, not gossip. When Pauline Christmas "
    "called on Christmas Day, PC Summer and the PCSO should have asked the DASH questions of "
    "Ms Vītoliņa alone, with an interpreter, and a Detective Sergeant should have reviewed "
    "whether Big Bear's pattern of shouting at the caravan on Marram Drove met the threshold "
    "for MARAC. Social workers assessing under the Children Act 1989 and section 47 need to "
    "know who holds the tenancy: for families placed by Amber Coast Recruitment at Fenrow "
    "Fresh, the landlord and employer are the same agency, and the Gangmasters and Labour "
    "Abuse Authority can help to find them when they move, as Kuba's family did to a cottage "
    "in Sedgeholme Fen with a garden pond, postcode PE12 9XT, during the summer picking season.",

    "Records must follow the child, not the spelling. Jokubas Aukstikalnis, Jokubus, Jacob and "
    "Kuba were the same boy, and the surgery, the hospitals and the nursery each held a "
    "different name and a different address; a single check against the NHS number and the "
    "date of birth would have joined them. Health visiting should treat a WAS NOT BROUGHT "
    "two-year review, and an ASQ-3 never returned, as a safeguarding question about the child.",

    "Seasonal workers' children live where the risks are. Where a family moves into tied "
    "housing with a pond, a drain or a dyke, a home safety visit using RoSPA and Child "
    "Accident Prevention Trust advice, in the family's language, should be offered before the "
    "summer, and festivals such as Jāņi on Midsummer Eve should be part of the conversation "
    "about alcohol and supervision.",
]

_RECOMMENDATIONS = [
    ("Lincolnshire Police, health visiting and children's social care to use only a qualified "
     "interpreter in the parent's chosen language, never a partner such as Vilmantas "
     "Ziogelis or a friend such as Kristīne Ābele, as Lord Laming and the Daniel Pelka review "
     "advised, so that a child like Jokūbas Aukštikalnis is heard through LanguageLine and "
     "not Google Translate",
     "Audit 20 records a quarter for the interpreter's language and name; update the "
     "interpreting policy and the Healthy Child Programme contact guidance",
     "Head of Safeguarding, Lincolnshire Community Health Services NHS Trust", "31-03-2020"),
    ("Lincolnshire Police to complete every DASH reported by a neighbour, as Mrs Christmas "
     "did on Christmas Day, with the victim alone, and to send an Operation Encompass notice "
     "to any nursery a child attends under an anglicised name, such as Jacob at Samphire Day "
     "Nursery",
     "Brief all response officers and PCSO teams; add known-as names and the early years "
     "setting to the domestic abuse record; dip-sample 30 cases for MARAC referral",
     "Detective Chief Inspector, Public Protection Unit", "30-06-2020"),
    ("Children's social care, with the Gangmasters and Labour Abuse Authority, to agree with "
     "labour agencies such as Amber Coast Recruitment that each move of a family into tied "
     "accommodation (Pleasance Lakes Caravan Park, Eaudyke Cottages, Gullcote) is notified "
     "to health visiting, so that RoSPA advice on a garden pond is given in Latvian or "
     "Lithuanian before the summer picking season",
     "Write a protocol with the GLAA and the three largest labour agencies; translate the "
     "water safety leaflet; report take-up to the board",
     "Assistant Director, Early Help", "30-09-2020"),
]

_HEADER = ("OFFICIAL-SENSITIVE  LSCB-SCR-2019-04  Child R (Jokūbas Aukštikalnis, "
           "DOB 03-02-2015)")
_FOOTER = ("Agency report on J.A., E.V. and VZ, 2 Eaudyke Cottages, PE12 9XT. "
           "Author contact 07700 900482 to be removed before circulation.")
_COMMENT = ("Check the spelling of Vilmantas Ziogelis / Ziogellis against the PNC, and "
            "whether Ms Ābele (01632 960317) consented; EV's email is "
            "elina.vitolina93@example.org.")
_FOOTNOTE = ("The nursery knew the child as Jacob and his mother as Ellie; Ms Vītoliņa's "
             "Facebook name is Ellie Vit and the maternal grandmother is Omīte Baiba, of "
             "Rezekne.")

CASE = HeldOut(
    _REFERENCE,
    _CASE_TOML,
    _IDENTIFIERS,
    _ORDINARY,
    _INVOLVEMENT,
    _ANALYSIS,
    _LEARNING,
    _RECOMMENDATIONS,
    header=_HEADER,
    footer=_FOOTER,
    comment=_COMMENT,
    footnote=_FOOTNOTE,
)
