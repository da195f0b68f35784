"""Held-back publication case 53, written blind (without reading the anonymiser): abuse linked
to faith or belief in a family in Birmingham; every name of a person, street, school, church
and surgery in it is invented."""
# ruff: noqa: E501

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "BSCP-CSPR-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-09-2023", to = "31-08-2024" }
board = "Birmingham Safeguarding Children Partnership"

[[agencies]]
name = "West Midlands Police"
aliases = ["WMP", "Police"]

[[agencies]]
name = "Birmingham Children's Trust"
aliases = ["BCT", "Children's Social Care", "CSC"]

[[agencies]]
name = "Birmingham Community Healthcare NHS Foundation Trust"
aliases = ["BCHC", "Health Visiting Service"]

[[agencies]]
name = "Larkspur House School"
aliases = ["Larkspur House", "LHS"]
published_as = "the independent school"

[[agencies]]
name = "Quarrington Road Surgery"
aliases = ["Quarrington Road"]

[[agencies]]
name = "Birmingham Women's and Children's NHS Foundation Trust"
aliases = ["BWC"]

[[people]]
name = "Exaucé Moïse Ndombasi-Makiese"
aliases = ["Exaucé", "Exauce", "Ezo", "Exaucé Ndombasi-Makiese", "Exauce Ndombasi", "Moïse", "Moise Makiese", "ENM"]
role = "Child"
pseudonym = "Child T"
born = "14-03-2016"
address = "Flat 2, 41 Cordwainer Grove, Sparkmoor, B21 6ZQ"

[[people]]
name = "Conceição Makiese"
aliases = ["Conceição", "Conceicao", "Ms Makiese", "CM"]
role = "Mother"
pseudonym = "Mother"
born = "02-11-1987"
address = "Flat 2, 41 Cordwainer Grove, Sparkmoor, B21 6ZQ"

[[people]]
name = "Blaise Lutete Mavungu"
aliases = ["Blaise", "Mr Mavungu", "Papa Blaise", "Lutete", "BLM"]
role = "Mother's partner"
pseudonym = "Mother's partner"
born = "23-06-1984"
address = "Flat 9, Quillet House, Hamstead Lane, B20 3ZX"

[[people]]
name = "Josué Mavungu"
aliases = ["Josué", "Josue"]
role = "Half-sibling"
pseudonym = "Sibling 2"
born = "07-01-2024"
address = "Flat 2, 41 Cordwainer Grove, Sparkmoor, B21 6ZQ"

[[people]]
name = "Nadège Makiese"
aliases = ["Nadège", "Nadege"]
role = "Half-sibling (adult, at university)"
pseudonym = "Sibling 1"
born = "19-05-2004"

[[people]]
name = "Prosper Kabamba"
aliases = ["Pastor Kabamba", "Pasteur Kabamba", "Papa Prosper"]
role = "Pastor of the church the family attended"
pseudonym = "Adult P"

[[staff]]
name = "Ruth Tregaskis"
code = "SN1"
role = "School Nurse"
agency = "Larkspur House School"

[[staff]]
name = "Colm Easter"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Larkspur House School"

[[staff]]
name = "Amara Whitbread"
code = "SW1"
role = "Social Worker"
agency = "Birmingham Children's Trust"

[[staff]]
name = "Rhys Penfold"
code = "DC1"
role = "Detective Constable"
agency = "West Midlands Police"

[[staff]]
name = "Bethan Rowley"
code = "HV1"
role = "Health Visitor"
agency = "Birmingham Community Healthcare NHS Foundation Trust"
"""

IDENTIFIERS = {
    "key_name": [
        "Exaucé Moïse Ndombasi-Makiese", "Exaucé Ndombasi-Makiese", "Exaucé", "Exaucé's",
        "Exauce", "Exauce Ndombasi", "Ndombasi-Makiese", "Ndombasi", "Moïse", "Moise Makiese",
        "Moise", "Conceição Makiese", "Conceição", "Conceicao", "Ms Makiese", "Makiese",
        "Blaise Lutete Mavungu", "Blaise", "Blaise's", "Mr Mavungu", "Mr Mavungu's",
        "Mavungu", "Lutete", "Josué Mavungu", "Josué", "Josue", "Nadège Makiese", "Nadège",
        "Nadège's", "Nadege", "Prosper Kabamba", "Pastor Kabamba", "Pasteur Kabamba",
        "Kabamba", "Prosper",
    ],
    "nickname": ["Ezo", "Ceci", "Nana", "Papa Blaise", "Papa Prosper"],
    "initials": ["ENM", "E.N-M.", "C.M.", "BLM", "N.M.", "P.K."],
    "misspelling": ["Mavungo", "Kabambe", "Nadége", "E. Mavungu"],
    "not_in_key": [
        "Sister Bijou", "Bijou", "Maman Bijou", "Ferdinand Nzuzi", "Mr Nzuzi", "Nzuzi",
        "Avó Esperança", "Esperança", "Esperanca", "Tia Lurdes", "Lurdes",
        "Mrs Gwendolyn Threlfall", "Mrs Threlfall", "Gwendolyn", "Pastora Odete",
    ],
    "staff_name": [
        "Ruth Tregaskis", "Ms Tregaskis", "Tregaskis", "Colm Easter", "Mr Easter", "Colm",
        "Amara Whitbread", "Ms Whitbread", "Whitbread", "Rhys Penfold", "Penfold",
        "Bethan Rowley", "Rowley",
    ],
    "address": [
        "Flat 2, 41 Cordwainer Grove", "41 Cordwainer Grove", "Cordwainer Grove", "Cordwainer",
        "Sparkmoor", "Quillet House", "Hamstead Lane",
    ],
    "postcode": ["B21 6ZQ", "B21", "6ZQ", "B20 3ZX", "3ZX"],
    "agency_place": [
        "Larkspur House School", "Larkspur House", "Larkspur", "LHS",
        "Quarrington Road Surgery", "Quarrington Road", "Quarrington",
    ],
    "place": [
        "Église Feu de Pentecôte", "Eglise Feu de Pentecote", "Feu de Pentecôte",
        "Tanyard Hall", "Tanyard",
    ],
    "number": [
        "07700 900417", "07700 900863", "01632 960771", "999 041 2738", "20MI/448213/24",
    ],
    "date_of_birth": ["14/03/2016", "14.03.16", "14 March 2016", "07/01/2024"],
    "email": ["n.makiese@example.org", "pasteur.kabamba@example.org"],
    "social_media": ["@PapaProsperLive", "@FeuDePentecoteBrum"],
}

ORDINARY = [
    "Victoria Climbié",
    "Lord Laming",
    "Kristy Bamu",
    "Project Violet",
    "Metropolitan Police",
    "AFRUCA",
    "Victoria Climbié Foundation",
    "National Action Plan to Tackle Child Abuse Linked to Faith or Belief",
    "Working Together to Safeguard Children 2023",
    "Children Act 1989",
    "Children and Young Persons Act 1933",
    "Keeping Children Safe in Education",
    "Independent Schools Inspectorate",
    "Birmingham Children's Hospital",
    "West Midlands Police",
    "Children's Advice and Support Service",
    "CASS",
    "Kinshasa",
    "Luanda",
    "Democratic Republic of the Congo",
    "Lingala",
    "Portuguese",
    "kindoki",
    "Mongolian blue spot",
    "Moses basket",
    "Easter holidays",
    "Easter Sunday",
    "Pentecost",
    "Black History Month",
    "Year 4",
    "Designated Safeguarding Lead",
    "NSPCC",
    "YouTube",
    "WhatsApp",
    "Charity Commission",
    "Operation Encompass",
    "Tourette's syndrome",
    "ADHD",
    "Calpol",
    "DO NOT CONTACT PARENTS BEFORE STRATEGY DISCUSSION",
]

INVOLVEMENT = [
    "Child T, known at home as 'Ezo', joined Larkspur House School in Year 4 in September 2023, "
    "having left a state primary after his mother, Conceição Makiese, told the admissions "
    "secretary that Exaucé had been 'troubled by bad influences'. The registration form gave the "
    "address as Flat 2, 41 Cordwainer Grove, Sparkmoor, B21 6ZQ, a mobile number of 07700 900417 "
    "and a date of birth of 14/03/2016. The full name on the form was Exaucé Moïse "
    "Ndombasi-Makiese; the school's information system, which could not store the accents, held "
    "him as 'Exauce Ndombasi', and the GP record at Quarrington Road Surgery held him as 'Moise "
    "Makiese'. Mother's partner, Blaise Lutete Mavungu, was recorded by the school as "
    "'step-father' with parental responsibility, which he did not have.",

    "On Tuesday 10 October 2023, in the school's Black History Month assembly week, the school "
    "nurse, Ruth Tregaskis, saw Exaucé after a swimming lesson and recorded two linear bruises on "
    "the backs of both calves, each about 4cm long, and a healing burn on the left forearm. She "
    "distinguished them from the Mongolian blue spot already noted on his lower back and "
    "completed a body map. Exaucé told her that 'Papa Blaise and the Pastor prayed the ndoki out "
    "of me' on the Sunday evening. Ms Tregaskis took the body map to the Designated Safeguarding "
    "Lead, Mr Colm Easter, who rang the Children's Advice and Support Service (CASS) that "
    "afternoon. The entry on the school's safeguarding log was headed DO NOT CONTACT PARENTS "
    "BEFORE STRATEGY DISCUSSION.",

    "A strategy discussion under section 47 of the Children Act 1989 was held on 11 October 2023 "
    "between Birmingham Children's Trust, West Midlands Police and Larkspur House; neither the "
    "GP practice nor the health visitor, who was seeing the family's baby, Josué, was invited. "
    "DC Rhys Penfold and the social worker, Amara Whitbread, visited Cordwainer Grove that "
    "evening with an interpreter, Mr Ferdinand Nzuzi, booked for Lingala and Portuguese. Ms "
    "Makiese, whose first language is Portuguese and who grew up in Luanda, said the marks came "
    "from a fall on the stairs of the Cordwainer flats. Mr Mavungu, who came to the UK from "
    "Kinshasa in the Democratic Republic of the Congo, said the boy had been taken to Église Feu "
    "de Pentecôte, which meets at Tanyard Hall, for prayer because he wet the bed and 'brought "
    "bad luck' to the house. Nobody knew until March 2024 that Mr Nzuzi belonged to the same "
    "congregation and had sat beside Sister Bijou at the deliverance service that Sunday.",

    "Exaucé had a child protection medical at Birmingham Children's Hospital on 12 October 2023. "
    "The paediatrician found the bruising consistent with blows from a flexible implement and the "
    "burn consistent with contact with a hot object, and recorded his NHS number, 999 041 2738, "
    "and a weight below the 9th centile. Alone with the paediatrician and a telephone "
    "interpreter, Exaucé said that Pasteur Kabamba 'says I have the kindoki and the fasting will "
    "burn it', and that he had been given only water for three days before the service. The "
    "police recorded an offence of child cruelty under the Children and Young Persons Act 1933, "
    "crime reference 20MI/448213/24. The hospital's discharge letter, addressed to 'E. Mavungu', "
    "did not reach the GP practice for five weeks.",

    "Bethan Rowley, the health visitor, saw Conceição and Josué (born 07/01/2024) at home on 15 "
    "November 2023 for a planned contact. The baby slept in a Moses basket in the front room; "
    "Exaucé was not seen, and HV Rowley was told that he was 'at the church with Papa Prosper'. "
    "The health visiting record carried no flag of the section 47 enquiry. Conceicao asked "
    "whether the Calpol she gave Exaucé at night would 'fight the spirit'; this was recorded as "
    "'cultural belief, nil concerns'. Exaucé's older half-sister, Nadège Makiese, known in the "
    "family as 'Nana', was in her second year at a university in the north of England. She "
    "emailed the social worker from n.makiese@example.org on 28 November 2023 to say that Pastor "
    "Prosper Kabamba had named Ezo as a witch at Christmas 2022, that videos of him had been sent "
    "on WhatsApp to their grandmother, Avó Esperança, in Luanda, and that their aunt, Tia Lurdes, "
    "had offered to take him.",

    "In the Easter holidays of 2024 Exaucé stayed for twelve nights with Sister Bijou, a church "
    "member who was not related to him; nobody told the local authority, and the arrangement was "
    "not considered as private fostering. On Easter Sunday, 31 March 2024, a neighbour in the "
    "flat below 41 Cordwainer Grove, Mrs Gwendolyn Threlfall, rang West Midlands Police after "
    "hearing chanting and a child screaming for more than an hour. Officers found Exaucé with a "
    "cut lip and candle wax on his arms; Blaise and Pastor Kabamba said it was a 'night of "
    "deliverance' before Pentecost. The incident was not domestic abuse, so no Operation "
    "Encompass notification reached the school, and Mr Easter learnt of it from Exaucé himself.",

    "The pastor's YouTube channel, @PapaProsperLive, had streamed a deliverance night in January "
    "2024 in which a child whose face was blurred was named as a witch; the church's Facebook "
    "page, @FeuDePentecoteBrum, listed Mr Mavungu as a deacon, and gave pasteur.kabamba@example.org "
    "for 'deliverance enquiries'. A search of the Charity Commission register for 'Eglise Feu de "
    "Pentecote' found the church was not a registered charity. Advice was sought from Project Violet of the Metropolitan Police "
    "and from AFRUCA. Exaucé was placed with foster carers in April 2024 under an interim care "
    "order, and told his foster carer that he 'was not a witch any more'. Blaise Lutete Mavungu "
    "and Prosper Kabamba were charged in August 2024.",
]

ANALYSIS = [
    "Agencies knew Child T by at least four names: Exaucé Ndombasi-Makiese at school, Exauce "
    "Ndombasi on its information system, Moise Makiese at the GP practice and E. Mavungu on the "
    "hospital's letter, while a police log spelled the partner's surname Mavungo. Ndombasi was his "
    "late father's name and Makiese his mother's; no agency asked the family which name Exaucé "
    "used, and no search across them linked ENM, as LHS forms abbreviated him, with the "
    "boy the GP had referred in 2022 for assessment of ADHD and tics. That assessment, which "
    "might have explained the tics as Tourette's syndrome rather than a spirit, never took place.",

    "The interpreter was not independent. Mr Nzuzi was booked through an agency that did not ask "
    "whether he knew the family, the church or the pastor. Conceição later told the social worker "
    "that she could not speak freely in front of 'a brother from the church', and Ceci, as the "
    "family call her, had agreed before the visit what C.M. and BLM would say. National guidance, "
    "the National Action Plan to Tackle Child Abuse Linked to Faith or Belief and Working "
    "Together to Safeguard Children 2023, asks practitioners to consider exactly this.",

    "Practitioners were reluctant to question Pastor Kabamba, whom one record called Pastor "
    "Kabambe and another P.K. Mr Easter accepted the pastor's assurance by telephone on 07700 "
    "900863 that prayer 'never touches a child'. The lessons of the inquiry into the death of "
    "Victoria Climbié, led by Lord Laming, and of the murder of Kristy Bamu in 2010, in which "
    "kindoki was central, were known to the Designated Safeguarding Lead but not applied: a "
    "child's bedwetting, tics, a new baby and the family's debts made Exaucé the one blamed.",

    "Nadège was the person who could best explain the family's beliefs, and the only one Exaucé "
    "named as safe. Nadege was not spoken to by any agency until she made contact herself, and "
    "Nadège's offer to come home for the Easter holidays was not taken up. Ms Whitbread recorded Blaise's "
    "account of the fall without asking to see the stairs. The review found no "
    "evidence that Josué Mavungu (Josue on the GP list) had been harmed, but the health visitor's record of 'nil "
    "concerns' rested on a visit at which the older child, the subject of a section 47 enquiry, "
    "was absent and unknown to her.",
]

LEARNING = [
    "Abuse linked to faith or belief is rarely about a faith itself. Here the belief that Exaucé "
    "was a ndoki, kindoki in Lingala, grew out of Mr Mavungu's debts, the birth of Josué and the "
    "boy's bedwetting, and was confirmed by Pastor Prosper Kabamba of Église Feu de Pentecôte at "
    "Tanyard Hall. Staff at Larkspur House School and at Birmingham Children's Trust needed to ask "
    "Ms Makiese and Mr Mavungu directly about spirit possession, as the National Action Plan to "
    "Tackle Child Abuse Linked to Faith or Belief asks, and to know that AFRUCA, the NSPCC, the "
    "Victoria Climbié Foundation and Project Violet give advice. A Mongolian blue spot on a Black "
    "child is not a bruise, but a linear bruise beside it is.",

    "Interpreters must be independent of the family and its community. Mr Ferdinand Nzuzi, "
    "booked for Lingala and Portuguese at 41 Cordwainer Grove, sat beside Sister Bijou at the "
    "church; Conceição could not say in front of him what 'Papa Blaise' did to Ezo. Children's "
    "social care and West Midlands Police should ask an interpreting service whether an "
    "interpreter knows the family, the church or the pastor, should speak to the child alone, as "
    "Exaucé asked, and should speak to an older sibling such as Nadège Makiese, who had written "
    "from university about Avó Esperança in Luanda and the videos sent on WhatsApp. An Easter "
    "Sunday call to West Midlands Police should reach the school even when Operation Encompass "
    "does not apply.",

    "An independent school is bound by Keeping Children Safe in Education as any school is, and "
    "the Independent Schools Inspectorate, not Ofsted, inspects Larkspur. Ms Tregaskis's body map "
    "was exemplary; what was missing was a way for the school to learn what had happened after "
    "the strategy discussion. The DSL, Colm Easter, was not invited to it and was not told of the "
    "Easter Sunday call.",

    "One child should have one record. The names Exaucé, Exauce, Moise and E. Mavungu, and the "
    "dates of birth 14/03/2016 and 14 March 2016 written in different orders, kept the GP "
    "practice at Quarrington Road, the hospital and the health visitor from seeing that the "
    "same boy had been seen by a school nurse, a paediatrician and police within five months.",
]

RECOMMENDATIONS = [
    ("Birmingham Children's Trust and West Midlands Police should make sure that when a child such "
     "as Exaucé is said to be a witch or possessed, as Pastor Kabamba said of Ezo at the church in "
     "Sparkmoor, the strategy discussion asks about beliefs, the church and its pastor, invites the "
     "school, the GP and the health visitor, and follows the National Action Plan to Tackle Child "
     "Abuse Linked to Faith or Belief and the Children Act 1989",
     "Revise the strategy discussion template and train CASS staff with AFRUCA",
     "Head of Service, Birmingham Children's Trust", "31-03-2025"),
    ("Larkspur House School and all independent schools should train their Designated Safeguarding "
     "Lead and school nurse to recognise abuse linked to faith or belief, so that a body map like "
     "Ms Tregaskis's of October 2023 leads to a referral to the Children's Advice and Support "
     "Service the same day and to a request for the outcome, as Keeping Children Safe in "
     "Education requires",
     "Deliver training with the Victoria Climbié Foundation before the Easter holidays",
     "Head of Larkspur House School", "30-04-2025"),
    ("Every agency booking a Lingala or Portuguese interpreter should ask before a visit such as "
     "that of 11 October 2023 to Cordwainer Grove whether the interpreter knows the family, Mr "
     "Mavungu or the congregation of Église Feu de Pentecôte, and should record the answer",
     "Add a conflict of interest question to the interpreting booking form",
     "Birmingham Safeguarding Children Partnership business manager", "31-01-2025"),
]

CASE = HeldOut(
    reference="BSCP-CSPR-2024-07",
    case_toml=CASE_TOML,
    identifiers=IDENTIFIERS,
    ordinary=ORDINARY,
    involvement=INVOLVEMENT,
    analysis=ANALYSIS,
    learning=LEARNING,
    recommendations=RECOMMENDATIONS,
    header="RESTRICTED - Child T (Exaucé Ndombasi-Makiese, DOB 14.03.16, E.N-M.) - BSCP-CSPR-2024-07",
    footer="Larkspur House School, Designated Safeguarding Lead Mr Easter, 01632 960771 - not for "
           "circulation beyond the panel",
    comment="Check with Nadége (sic) whether 'Nana' is what Exaucé calls her, and whether N.M. on "
            "the hospital list is her; Maman Bijou and Pastora Odete of the church not yet seen.",
    footnote="The family's names are written Ndombasi, Makiese and Mavungu in different records; "
             "Lutete is Mr Mavungu's father's name. Before moving into Cordwainer Grove he lived at "
             "Flat 9, Quillet House, Hamstead Lane, B20 3ZX. Mrs Threlfall, the neighbour, gave a "
             "statement; Esperanca is the grandmother's name as the school wrote it.",
)
