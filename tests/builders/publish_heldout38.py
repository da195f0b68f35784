"""Held-back publication case 38, written blind without sight of the anonymiser: a child's
drowning at a holiday park on a coast far from home. Every name, place, number and date of the
family and staff is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

CASE_TOML = '''reference = "CSPR-2025-38"
review = "Child Safeguarding Practice Review"
subject = "Child M"
board = "City Safeguarding Children Partnership"
summary_dates = "month"
period = { from = "01-09-2024", to = "31-08-2025" }

[[agencies]]
name = "North Yorkshire Police"
aliases = ["NYP"]

[[agencies]]
name = "Sheffield Children's Social Care"
aliases = ["Sheffield CSC", "Sheffield City Council Children's Services"]
published_as = "Children's Social Care"

[[agencies]]
name = "Sheffield 0-19 Health Visiting Service"
aliases = ["Sheffield 0-19 Service", "the 0-19 team"]
published_as = "the Health Visiting Service"

[[agencies]]
name = "Cinderhill Tots Nursery"
aliases = ["Cinderhill Tots"]

[[agencies]]
name = "Shirecliffe Road Medical Centre"
aliases = ["Shirecliffe Road surgery"]
published_as = "the family's GP practice"

[[agencies]]
name = "Holmsea and District Hospital"
aliases = ["Holmsea Hospital"]
published_as = "the coastal hospital"

[[people]]
name = "Maisie-Rae Brackenbury"
aliases = ["Maisie-Rae", "Maisie Rae", "Maisie", "Mai-Mai", "Maisy-Rae"]
role = "child"
pseudonym = "Child M"
born = "14-03-2021"
address = "27 Cinderhill Walk, Parson Cross, Sheffield S5 9XW"

[[people]]
name = "Renée Brackenbury"
aliases = ["Renee Brackenbury", "Renée", "Renee", "Ren", "Ms Brackenbury"]
role = "mother"
pseudonym = "Mother"
born = "22-07-1998"
address = "27 Cinderhill Walk, Parson Cross, Sheffield S5 9XW"

[[people]]
name = "Kieran Wade"
aliases = ["Kieran", "Kez", "Mr Wade"]
role = "father"
pseudonym = "Father"
born = "05-01-1995"
address = "27 Cinderhill Walk, Parson Cross, Sheffield S5 9XW"

[[people]]
name = "Lennon Wade"
aliases = ["Lennon"]
role = "sibling"
pseudonym = "Sibling"
born = "02-11-2023"
address = "27 Cinderhill Walk, Parson Cross, Sheffield S5 9XW"

[[people]]
name = "Pauline Brackenbury"
aliases = ["Pauline", "Nana Pauline", "Nana P"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "30-04-1969"
address = "Flat 6, Marlcliffe Court, Sheffield S6 4PZ"

[[staff]]
name = "Lorna Christmas"
role = "Health Visitor"
agency = "Sheffield 0-19 Health Visiting Service"

[[staff]]
name = "Dean Pashley"
role = "Social Worker"
agency = "Sheffield Children's Social Care"

[[staff]]
name = "Harriet Swindells"
role = "Detective Constable"
agency = "North Yorkshire Police"

[[staff]]
name = "Gaynor Uttley"
role = "Nursery Manager"
agency = "Cinderhill Tots Nursery"
'''

IDENTIFIERS = {
    "key_name": ["Maisie-Rae Brackenbury", "Maisie-Rae", "Maisie-Rae's", "Maisie Rae", "Maisie",
                 "Renée Brackenbury", "Renee Brackenbury", "Renée", "Renee", "Ms Brackenbury",
                 "Brackenbury", "Brackenburys", "Kieran Wade", "Kieran", "Kieran's", "Mr Wade",
                 "Lennon Wade", "Lennon", "Pauline Brackenbury", "Pauline"],
    "nickname": ["Mai-Mai", "Ren", "Kez", "Nana Pauline", "Nana P"],
    "misspelling": ["Maisy-Rae", "Brackenberry"],
    "initials": ["M-RB", "M.B.", "MRB", "K.W.", "KW", "R.B."],
    "staff_name": ["Lorna Christmas", "Ms Christmas", "Dean Pashley", "Mr Pashley",
                   "Harriet Swindells", "DC Swindells", "Gaynor Uttley", "Gaynor"],
    "not_in_key": ["Zoë Pickersgill", "Zoe Pickersgill", "Zoë", "Terry Ollerenshaw",
                   "Mr Ollerenshaw", "Jordan Bramley", "Mick Hebblethwaite", "Mrs Gledhill"],
    "address": ["27 Cinderhill Walk", "Cinderhill Walk", "Parson Cross", "Sheffield",
                "Plot 47", "Heron Row", "Gullcliffe Holiday Park", "Gullcliffe", "Holmsea",
                "Marlcliffe Court"],
    "postcode": ["S5 9XW", "S5", "9XW", "S6 4PZ", "YO14 9ZX", "YO14", "9ZX"],
    "agency_place": ["Cinderhill Tots Nursery", "Cinderhill Tots", "Shirecliffe Road Medical Centre",
                     "Shirecliffe Road surgery", "Holmsea and District Hospital"],
    "number": ["07700 900417", "01632 960228", "999 123 4567"],
    "date_of_birth": ["14/03/2021", "14 March 2021", "2 November 2023"],
    "social_media": ["@ren_brackx", "renee.b@example.org"],
}

ORDINARY = [
    "over Christmas", "wade out", "bracken", "HM Coastguard", "RNLI", "Float to Live",
    "Royal Life Saving Society", "Child Accident Prevention Trust",
    "Working Together to Safeguard Children 2023", "Children Act 1989", "Section 47",
    "Child Protection Information Sharing", "AUDIT-C", "Graded Care Profile 2",
    "Ages and Stages Questionnaire", "Victoria Climbié", "Lord Laming",
    "Child Safeguarding Practice Review Panel", "August Bank Holiday", "Bonfire Night",
    "Saturday", "Reception class", "Year 1", "Leeds General Infirmary",
    "Paediatric Intensive Care Unit", "Staffordshire Bull Terrier", "Kawasaki disease",
    "Calpol", "WhatsApp", "Drinkaware", "Operation Encompass", "DASH risk checklist",
    "MARAC", "Detective Sergeant", "NSPCC", "Barnardo's", "Tenerife", "CAMHS",
]

INVOLVEMENT = [
    "Maisie-Rae Brackenbury (Child M, born 14/03/2021) lived with her mother Renée Brackenbury, "
    "her father Kieran Wade and her baby brother Lennon Wade (born 2 November 2023) at "
    "27 Cinderhill Walk, Parson Cross, Sheffield S5 9XW. Maisie-Rae attended Cinderhill Tots "
    "Nursery three days a week and was due to start in the Reception class in September 2025. "
    "The family were registered with Shirecliffe Road Medical Centre. Her maternal grandmother, "
    "Pauline Brackenbury, known to the children as Nana Pauline, lived nearby at Flat 6, "
    "Marlcliffe Court, S6 4PZ and often collected Maisie from nursery.",

    "Health visitor Lorna Christmas completed the 2-2½ year review in September 2024 using the "
    "Ages and Stages Questionnaire. Ms Christmas recorded that Renee 'likes a drink at the "
    "weekend' but did not complete an AUDIT-C or ask Mr Wade about his own drinking. Over "
    "Christmas 2024 a neighbour, Mrs Gledhill, rang 101 to report shouting at the address; "
    "South Yorkshire officers attended but did not raise an Operation Encompass notification "
    "to the nursery because the record named 'Maisy-Rae Brackenberry' and no match was found. "
    "Nursery manager Gaynor Uttley said later that nobody at Cinderhill Tots was told.",

    "On Bonfire Night 2024 Renée attended the emergency department with Lennon, then 12 months, "
    "with a burn to his hand; she said she had given Calpol and that Kieran had been 'on the "
    "cans'. A Child Protection Information Sharing check was made and a referral sent to "
    "Sheffield Children's Social Care. Social worker Dean Pashley carried out a Section 47 "
    "enquiry under the Children Act 1989; Mr Pashley concluded the burn was accidental and the "
    "case closed with advice from Drinkaware and a leaflet from the Child Accident Prevention "
    "Trust. The mother's phone, 07700 900417, and renee.b@example.org were the only contacts "
    "recorded.",

    "In spring 2025 Shirecliffe Road surgery saw Maisie-Rae for a prolonged fever; Kawasaki "
    "disease was considered and excluded. The GP noted Ms Brackenbury smelt of alcohol at a "
    "morning appointment and that Kez, as she called him, had 'lost his job at the yard'. No "
    "one asked the family about safety at home, and the family's Staffordshire Bull Terrier was "
    "noted by the health visitor but never discussed. Renée posted about a planned trip to "
    "Tenerife on @ren_brackx and sent WhatsApp messages signed 'Ren'; Renee Brackenbury later "
    "said the family could not afford it.",

    "On Saturday 23 August 2025, the August Bank Holiday weekend, the Brackenburys travelled "
    "to Gullcliffe Holiday Park, Holmsea YO14 9ZX, with the mother's friend Zoë Pickersgill. "
    "They rented Plot 47, Heron Row. That afternoon the park's pool lifeguard, Jordan Bramley, "
    "twice spoke to Renee because M-RB was in the pool unsupervised, and logged that the adults "
    "at the poolside were drinking. The log was not passed to the park manager, and the park "
    "holds no contact for the lifeguard log except 01632 960228.",

    "At about 21:40 a caravan neighbour, Terry Ollerenshaw, heard Kieran Wade shouting for "
    "Maisie. Mr Ollerenshaw rang 999. North Yorkshire Police and HM Coastguard were called "
    "because the park backs onto the cliff path through the bracken and the beach below, where "
    "the tide was coming in. Coastguard rescue officer Mick Hebblethwaite began to wade out "
    "at the shoreline while officers searched the park. Maisie-Rae was found at 22:15 in the "
    "park's ornamental boating lake, about 200 metres from the caravan.",

    "Maisie-Rae was taken to Holmsea and District Hospital and then, by the regional transport "
    "team, to the Paediatric Intensive Care Unit at Leeds General Infirmary, where she died two "
    "days later. Harriet Swindells, a detective constable, and a Detective Sergeant interviewed both parents; Mr Wade "
    "admitted drinking about fourteen cans and Ms Brackenbury said Zoe Pickersgill had been "
    "'watching the kids'. The hospital's NHS number for Maisie-Rae, 999 123 4567, was "
    "recorded against her mother's record in error for some hours.",
]

ANALYSIS = [
    "The professionals who knew Maisie-Rae in Sheffield saw parental alcohol use as a lifestyle "
    "matter rather than a risk to supervision. The health visitor, Lorna Christmas, did not use "
    "AUDIT-C or the Graded Care Profile 2, and the Section 47 enquiry into Lennon's burn did not "
    "ask how much either parent drank. Kieran's drinking was never explored with him directly; "
    "as in many reviews since the Victoria Climbié inquiry and the report of Lord Laming, the "
    "father was invisible.",

    "Records held the family under several spellings. 'Maisy-Rae', 'Maisie Rae' and "
    "'Brackenberry' all appear, and the initials MRB and M.B. were used in nursery notes, "
    "so the police notification did not reach Cinderhill Tots Nursery. Operation Encompass "
    "depends on the child's name being matched; the DASH risk checklist was not completed "
    "because the call was logged as a 'domestic, verbal only', and no referral to MARAC was "
    "considered for R.B. or K.W. (KW in the custody record).",

    "The holiday park, the lifeguard and HM Coastguard acted quickly on the night, but "
    "information about the adults' drinking at the poolside stayed with Jordan Bramley. The "
    "RNLI and Royal Life Saving Society both advise that young children near open water need "
    "constant adult supervision; neither message reached the family, who told DC Swindells "
    "they had never heard of Float to Live. Nana P said the family 'never went anywhere near "
    "the sea in Sheffield'.",
]

LEARNING = [
    "Learning 1: Professionals in Sheffield should ask every parent about alcohol, and record "
    "the answer, whenever a young child is injured. Had Ms Christmas or Mr Pashley asked Kieran "
    "Wade and Renée Brackenbury how much they drank, the risk to Maisie-Rae's supervision on "
    "holiday might have been seen. Working Together to Safeguard Children 2023 expects fathers "
    "and male carers to be included; Mr Wade was not, and the Child Safeguarding Practice "
    "Review Panel has made the same point in its national reviews.",

    "Learning 2: A single, correct record of a child's name and date of birth is basic. "
    "Maisie-Rae (Mai-Mai to her family, 14 March 2021) appeared as 'Maisy-Rae Brackenberry' in "
    "the police log and as M-RB in the records of Cinderhill Tots, so a notification from South "
    "Yorkshire officers never reached Gaynor Uttley. Nurseries should check Operation Encompass "
    "alerts against every spelling, and the NSPCC and Barnardo's guidance on parental drinking "
    "should be shared with staff before the summer holidays and in Year 1 induction.",

    "Learning 3: When a family from Sheffield is away from home, information known to the "
    "holiday park and the coastal hospital should reach the home agencies quickly. Holmsea and "
    "District Hospital told the Shirecliffe Road Medical Centre of Maisie's death only after "
    "nine days; the message about baby Lennon went to the wrong practice.",

    "Learning 4: Lifeguards and holiday park staff are often the only adults who see a family "
    "drinking around water. Jordan Bramley's log at Gullcliffe should have led to a call to "
    "the park manager and, if needed, to North Yorkshire Police. Nana Pauline's view, and that "
    "of the family friend Zoë, were not sought by Sheffield CSC; CAMHS support for Lennon and "
    "the wider family is now in place.",
]

RECOMMENDATIONS = [
    ("The Sheffield 0-19 service to use AUDIT-C with both parents at every contact where a "
     "child is injured, as the Brackenburys' case shows that asking Renée alone is not enough",
     "Audit 50 records, including fathers such as Mr Wade, against Working Together to "
     "Safeguard Children 2023",
     "Head of Health Visiting", "31-03-2026"),
    ("North Yorkshire Police and Sheffield CSC, after DC Swindells' findings, to match Operation Encompass notifications on "
     "every spelling of a child's name, so that a child like Maisie-Rae (MRB, Maisy-Rae) at "
     "Cinderhill Tots Nursery is not missed over Christmas or the August Bank Holiday",
     "Weekly check of unmatched notifications by a Detective Sergeant",
     "Detective Superintendent, Public Protection", "30-06-2026"),
    ("Holiday parks on the coast, including Gullcliffe Holiday Park at Holmsea, to adopt the "
     "RNLI Float to Live and Royal Life Saving Society water safety advice and to pass "
     "lifeguard concerns such as those of Jordan Bramley to HM Coastguard and the police",
     "Letter to park operators with the Child Accident Prevention Trust and NSPCC",
     "Partnership Business Manager", "30-09-2026"),
]

CASE = HeldOut(
    reference="CSPR-2025-38",
    case_toml=CASE_TOML,
    identifiers=IDENTIFIERS,
    ordinary=ORDINARY,
    involvement=INVOLVEMENT,
    analysis=ANALYSIS,
    learning=LEARNING,
    recommendations=RECOMMENDATIONS,
    header="Agency report on Maisie-Rae Brackenbury (M.B.), DOB 14/03/2021, RESTRICTED",
    footer="Prepared for the review of Child M; contact renee.b@example.org, 07700 900417",
    comment="Check with Dean Pashley whether Kez (Kieran Wade) was ever seen at Cinderhill Walk",
    footnote="Pauline Brackenbury, of Marlcliffe Court, Sheffield S6 4PZ, gave her account in "
             "September 2025.",
)
