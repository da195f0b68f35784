# ruff: noqa: E501
"""A held-back publication case written blind, without reading the anonymiser: a service
family at an army garrison, domestic abuse and a toddler's fractures; every name of a person,
unit, school, nursery, street and handle in it is invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "NYSCP-LCSPR-2023-07"
review = "Local Child Safeguarding Practice Review"
subject = "Child H"
period = { from = "01-07-2019", to = "28-02-2023" }
board = "North Yorkshire Safeguarding Children Partnership"

[[agencies]]
name = "North Yorkshire Police"
aliases = ["NYP", "Police"]

[[agencies]]
name = "North Yorkshire Council Children and Families Service"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "Harrogate and District NHS Foundation Trust 0-19 Healthy Child Service"
aliases = ["Health Visiting", "HV", "0-19 Service"]

[[agencies]]
name = "Sittang Lines Medical Centre"
aliases = ["DPHC Sittang Lines", "Medical Centre"]
published_as = "the military medical centre"

[[agencies]]
name = "Swale Heights Community Primary School"
aliases = ["Swale Heights", "School"]

[[agencies]]
name = "Tiny Troopers Nursery"
aliases = ["Tiny Troopers", "Nursery"]
published_as = "the nursery on the base"

[[agencies]]
name = "2nd Battalion The Dales Rifles"
aliases = ["2 DALES", "Unit Welfare Office"]
published_as = "the father's unit"

[[people]]
name = "Aasha Rose Brassington"
aliases = ["Aasha", "Asha", "Aashu", "ARB", "A.R.B."]
role = "Child"
pseudonym = "Child H"
born = "19-07-2021"
address = "27 Kohima Road, Catterick Garrison, DL9 4RZ"

[[people]]
name = "Kiran Brassington"
aliases = ["Kiran", "Kiz"]
role = "Sibling"
pseudonym = "Sibling"
born = "02-03-2016"
address = "27 Kohima Road, Catterick Garrison, DL9 4RZ"

[[people]]
name = "Sunita Brassington"
aliases = ["Sunita", "Suni", "Sunitha", "Sunita Gurung", "S.B."]
role = "Mother"
pseudonym = "Mother"
born = "24-02-1998"
address = "27 Kohima Road, Catterick Garrison, DL9 4RZ"

[[people]]
name = "Kyle Brassington"
aliases = ["Kyle", "Brassy", "L/Cpl Brassington", "KB"]
role = "Father"
pseudonym = "Father"
born = "11-10-1996"
address = "27 Kohima Road, Catterick Garrison, DL9 4RZ"

[[people]]
name = "Dil Bahadur Gurung"
aliases = ["Dil Bahadur", "Mr Gurung", "Hajurba Dil"]
role = "Maternal Grandfather"
pseudonym = "Maternal Grandfather"
born = "08-05-1962"
address = "41 Heronwood Drive, Farnborough, GU14 6PJ"

[[staff]]
name = "Ewan Tindall"
code = "UWO1"
role = "Unit Welfare Officer (Captain)"
agency = "2nd Battalion The Dales Rifles"

[[staff]]
name = "Harriet Mossop"
code = "HV1"
role = "Health Visitor"
agency = "Harrogate and District NHS Foundation Trust 0-19 Healthy Child Service"

[[staff]]
name = "Lewis Ward"
code = "DC1"
role = "Detective Constable"
agency = "North Yorkshire Police"

[[staff]]
name = "April Garside"
code = "NM1"
role = "Nursery Manager"
agency = "Tiny Troopers Nursery"

[[staff]]
name = "Gemma Lightfoot"
code = "SW1"
role = "Social Worker"
agency = "North Yorkshire Council Children and Families Service"
"""

IDENTIFIERS = {
    "key_name": ["Aasha Rose Brassington", "Aasha Brassington", "Aasha", "Aasha's",
                 "Kiran Brassington", "Kiran", "Kiran's", "Sunita Brassington", "Sunita",
                 "Sunita's", "Kyle Brassington", "Kyle", "Kyle's", "L/Cpl Brassington",
                 "Brassington", "Brassingtons", "Dil Bahadur Gurung", "Dil Bahadur",
                 "Mr Gurung", "Sunita Gurung", "Gurung"],
    "nickname": ["Aashu", "Suni", "Brassy", "Kiz", "Hajurba Dil"],
    "misspelling": ["Asha", "Sunitha", "Brasington"],
    "initials": ["A.R.B.", "ARB", "S.B.", "KB"],
    "not_in_key": ["Bishnu Maya Gurung", "Bishnu Maya", "Anneliese Schröder",
                   "Anneliese Schroder", "Mrs Schröder", "Kirsty Oddie", "Mrs Oddie",
                   "Cpl Danny Rudd", "Danny Rudd"],
    "staff": ["Captain Ewan Tindall", "Capt Tindall", "Ewan Tindall", "Tindall",
              "Harriet Mossop", "Mrs Mossop", "Harriet", "DC Lewis Ward", "DC Ward",
              "Lewis Ward", "April Garside", "Ms Garside", "Gemma Lightfoot",
              "Ms Lightfoot"],
    "unit": ["2nd Battalion The Dales Rifles", "Dales Rifles", "2 DALES"],
    "agency_place": ["Swale Heights Community Primary School", "Swale Heights",
                     "Tiny Troopers Nursery", "Tiny Troopers",
                     "Sittang Lines Medical Centre", "Sittang Lines",
                     "Catterick Garrison", "Catterick"],
    "address": ["27 Kohima Road", "Kohima Road", "Kohima", "41 Heronwood Drive",
                "Heronwood Drive", "Farnborough", "Gütersloh", "Gutersloh"],
    "postcode": ["DL9 4RZ", "DL9", "4RZ", "GU14 6PJ", "GU14", "6PJ"],
    "number": ["07700 900614", "01632 960237", "30194467", "472 019 3862",
               "12230029817"],
    "email": ["sunita.brass98@example.org"],
    "social_media": ["@brassy_2dales"],
    "date_of_birth": ["19-07-2021", "19 July 2021", "02-03-2016"],
}

ORDINARY = [
    "Lance Corporal", "Unit Welfare Officer", "Army Welfare Service", "SSAFA",
    "Defence Primary Healthcare", "Royal Military Police", "Operation CABRIT", "Estonia",
    "Germany", "Royal Gurkha Rifles", "Gurkha Welfare Trust", "Nepali interpreter",
    "Dashain", "Remembrance Sunday", "April 2022", "Monday", "children's ward",
    "James Cook University Hospital", "skeletal survey", "von Willebrand disease",
    "Working Together to Safeguard Children 2018", "Section 47", "Armed Forces Covenant",
    "Domestic Abuse Act 2021", "DASH", "MARAC", "ICON", "Arthur Labinjo-Hughes",
    "Star Hobson", "The Myth of Invisible Men", "FaceTime", "Calpol",
    "Staffordshire Bull Terrier", "Year 2", "Andover",
    "Op COURAGE", "HM Forces", "concerns rose", "DMICP", "SystmOne",
]

INVOLVEMENT = [
    "The family moved to Catterick Garrison in the summer of 2019, when 2nd Battalion The "
    "Dales Rifles moved back from Gütersloh in Germany, and were allocated Service Family "
    "Accommodation at 27 Kohima Road, DL9 4RZ, on what families call the Kohima patch. "
    "Kiran was then three; he had been seen in Germany by a SSAFA health visitor, whose "
    "records reached the 0-19 Service only as a two-page summary naming him as Kiran "
    "Brasington. Kyle Brassington (service number 30194467) was a Lance Corporal in the "
    "battalion; his friends in 2 DALES called him Brassy.",

    "Aasha Rose Brassington was born at James Cook University Hospital on 19 July 2021 "
    "(NHS number 472 019 3862). Harriet Mossop, Health Visitor, made the new birth visit on "
    "Monday 9 August 2021. Kyle's presence throughout meant that the routine enquiry about "
    "domestic abuse was not made, and the ICON messages about coping with a crying baby "
    "were given to Sunita alone. Mrs Mossop recorded that the family had a Staffordshire "
    "Bull Terrier and that the mother, Sunita Brassington (née Gurung), had no family "
    "nearer than Farnborough. The mother's mobile, 07700 900614, was recorded on SystmOne; "
    "the registration of Aasha and Kiran at Sittang Lines Medical Centre, a Defence Primary "
    "Healthcare practice, was recorded on "
    "DMICP, which the health visitor could not see.",

    "On Monday 13 December 2021 the maternal grandfather, Dil Bahadur Gurung, a veteran "
    "of the Royal Gurkha Rifles, telephoned the Unit Welfare Office on 01632 960237 from "
    "his home at 41 Heronwood Drive, Farnborough, GU14 6PJ. He told Captain Ewan Tindall, "
    "the Unit Welfare Officer, that his daughter sounded frightened of Kyle's drinking. "
    "Capt Tindall recorded 'family friction, Mr Gurung to encourage S.B. to self-refer to "
    "the Army Welfare Service'. No one spoke to Sunita and no one told Children's Social "
    "Care. Mr Gurung also spoke to a SSAFA caseworker, who offered him the Gurkha Welfare "
    "Trust's number.",

    "On Tuesday 12 April 2022 a neighbour on the patch, Kirsty Oddie, dialled 999 after "
    "hearing shouting and a baby crying at Kohima Road. Officers of North Yorkshire Police "
    "attended (occurrence 12230029817) and found Sunitha, as the log spells her, with a red "
    "mark to her neck; L/Cpl Brassington said she had fallen against a door. The DASH "
    "questions were asked in the kitchen with him in the next room, and the risk was graded "
    "standard. The Royal Military Police and the unit were told the next day; the "
    "notification to the Multi-Agency Safeguarding Hub recorded 'children not present', "
    "although Aasha, then nine months old, was asleep upstairs. DC Lewis Ward reviewed the "
    "log and closed it when Mrs Oddie did not wish to give a statement.",

    "In July 2022 Kyle deployed to Estonia on Operation CABRIT for six months. Aasha started "
    "at Tiny Troopers Nursery, on the base, in September 2022, and Kiran moved into Year 2 "
    "at Swale Heights Community Primary School. In October 2022 Sunita took the children "
    "to Farnborough for Dashain; the maternal grandmother, Bishnu Maya Gurung, speaks "
    "little English and no Nepali interpreter was ever offered to her. Mr Gurung came north "
    "for Remembrance Sunday on 13 November 2022 and told the nursery that Suni was 'happier "
    "without him'. Kyle spoke to the children most evenings on FaceTime.",

    "Kyle returned on Monday 16 January 2023 and began post-operational tour leave. On "
    "Monday 30 January 2023 April Garside, the Nursery Manager, noted that Aashu, as the "
    "family call her (Asha on the concern form), would not stand on her left leg; Sunita said she had fallen off the "
    "sofa and had been given Calpol. Ms Garside completed a concern form but did not "
    "refer. Kiran told his class teacher at Swale Heights that 'Daddy shouts at Mummy "
    "since Estonia'.",

    "On Monday 6 February 2023 Sunita took Aasha to Sittang Lines, where the Civilian "
    "Medical Practitioner sent her to the children's ward at James Cook University "
    "Hospital. An X-ray showed a fracture of the left tibia; the skeletal survey showed two "
    "metaphyseal fractures and healing posterior rib fractures of different ages. The "
    "clotting screen excluded von Willebrand disease. A strategy discussion agreed Section "
    "47 enquiries, led by Gemma Lightfoot, Social Worker; Kyle was arrested by DC Ward, and "
    "the children went to their grandparents at Heronwood Drive under a safety plan.",
]

ANALYSIS = [
    "The family lived where the Army and civilian services meet, and each assumed the "
    "other held the whole picture. The unit knew of the grandfather's call and the April "
    "2022 incident; the 0-19 Service knew neither, and the medical centre's DMICP record "
    "of Aasha's weight and immunisations never reached SystmOne. Capt Tindall told the "
    "review he had understood the Army Welfare Service to be 'the safeguarding route' for "
    "families on the Kohima patch, which it is not, and the guidance issued from Army "
    "Headquarters in Andover does not say otherwise.",

    "The DASH completed on 12 April 2022 was graded standard on answers given within "
    "earshot of Kyle Brassington. Had it been repeated with her alone, Sunita's account "
    "(given later to DC Ward) of strangulation, control of money and her phone, and a "
    "threat to 'have the kids taken off you' would have reached the threshold for MARAC "
    "under the Domestic Abuse Act 2021, which recognises children as victims in their own "
    "right. The Brassingtons' neighbour and the mother's friend in Germany, Anneliese "
    "Schröder, both knew more than any agency; Mrs Schröder's WhatsApp messages, sent to the "
    "phone linked to sunita.brass98@example.org, show Suni describing Kyle as 'a "
    "different person since Gutersloh'.",

    "Sunita Gurung, as her own family still call her, is of Nepali heritage and the grandfather, a retired Colour Sergeant, "
    "turned first to the regiment and to SSAFA, as HM Forces families are taught to do. "
    "His concern was heard as a father's worry rather than as a referral. Practitioners "
    "did not ask what it had cost him, within his community, to telephone Kyle's unit, and "
    "no one used a Nepali interpreter with Bishnu Maya, who had seen bruises on Aashu's "
    "arm at Dashain.",

    "The father was almost invisible to the 0-19 Service and the nursery: he was either "
    "deployed or on leave. The national review The Myth of Invisible Men describes exactly "
    "this pattern, as does the national review into the deaths of Arthur Labinjo-Hughes "
    "and Star Hobson. Kyle's public account @brassy_2dales showed him drinking heavily in "
    "the weeks after Operation CABRIT; the review has not found that he was offered "
    "decompression support or referred to Op COURAGE, and Combat Stress was not "
    "approached.",
]

LEARNING = [
    "A concern about domestic abuse in Service Family Accommodation must be treated as a "
    "safeguarding concern about the children, wherever it is first heard. In this case the "
    "Unit Welfare Officer at 2 DALES, the Army Welfare Service and SSAFA each held part of "
    "what Dil Bahadur Gurung (Hajurba Dil to the children) and Kirsty Oddie knew, and none of it reached Children's "
    "Social Care before Aasha was injured. Working Together to Safeguard Children 2018 and "
    "the Armed Forces Covenant both require the Army and the local partnership to share "
    "such information; HM Forces families at Catterick Garrison are entitled to the same "
    "protection as any other family. Concerns rose over the winter, but each agency saw "
    "only its own part.",

    "A toddler's injury must be seen against what is known about the adults around her. "
    "When Aashu would not stand on her leg at Tiny Troopers, the nursery did not know "
    "about the April 2022 call to Kohima Road or that Kyle Brassington had just returned "
    "from Estonia. Records held on DMICP at Sittang Lines Medical Centre, on SystmOne by "
    "the 0-19 Service and on the police system, where she appears only as ARB, were never put together for Aasha and "
    "Kiran. The ICON programme was given to Sunita Brassington but not to Kyle; the lesson "
    "of The Myth of Invisible Men is that fathers and male carers must be seen, and a "
    "Nepali interpreter must be offered to any family member who needs one.",

    "Good practice was also found. Swale Heights Community Primary School recorded "
    "Kiran's words accurately and passed them on the same day, and the children's ward at "
    "James Cook University Hospital completed the skeletal survey and excluded von "
    "Willebrand disease within 48 hours. Ms Lightfoot's Section 47 enquiries included both "
    "grandparents from the outset.",

    "Families moved from Germany before 2020 may arrive with incomplete health visiting "
    "records. Kiran Brassington's SSAFA records from Gütersloh were thin, and his date of birth, "
    "02-03-2016, was wrongly recorded on one summary; the 0-19 Service should ask for the "
    "full record and not rely on a summary.",
]

RECOMMENDATIONS = [
    ("The Unit Welfare Officer of 2 DALES and the Army Welfare Service to refer every "
     "domestic abuse concern about a family in Service Family Accommodation at Catterick "
     "Garrison, such as the call about Kyle Brassington and Sunita in April 2022, to the "
     "Multi-Agency Safeguarding Hub within one working day, whether or not the children "
     "were seen",
     "Revise the unit welfare standing orders; brief all Unit Welfare Officers; audit six "
     "months of notifications with Children's Social Care",
     "Head of Army Welfare Service (North)", "31-10-2023"),
    ("North Yorkshire Police and the Royal Military Police to complete every DASH with the "
     "victim alone, as was not done at 27 Kohima Road, and to record any child in the "
     "house, including infants such as Aasha, however young",
     "Amend the domestic abuse attendance guidance; dip-sample 50 DASH forms a quarter; "
     "report to the MARAC steering group",
     "Detective Superintendent, Safeguarding", "31-12-2023"),
    ("Tiny Troopers Nursery, Swale Heights Community Primary School and the 0-19 Service to "
     "refer any unexplained injury to a child under two to Children's Social Care the same "
     "day, and to offer the ICON programme to fathers returning from operations such as "
     "Operation CABRIT",
     "Training for all nursery and school staff on the base; ICON leaflets in the "
     "post-operational tour leave pack; audit of referrals",
     "Designated Nurse, Safeguarding Children", "31-01-2024"),
]

CASE = HeldOut(
    "NYSCP-LCSPR-2023-07",
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE: Child H (A.R.B., born 19-07-2021), 27 Kohima Road, "
           "Catterick Garrison",
    footer="Prepared for the review of Aasha Brassington; queries to the Unit Welfare "
           "Office, 01632 960237",
    comment="Check with Capt Tindall whether Mr Gurung's call was logged; Harriet says "
            "Cpl Danny Rudd drove Kiz home that night.",
    footnote="From the WhatsApp messages of Anneliese Schroder to Sunita, given to DC Ward; "
             "KB's account @brassy_2dales, postcode DL9 4RZ.",
)
