# ruff: noqa: E501
"""Held-back publication case 78, written blind (without sight of the anonymiser): a family
in a former mining village with a kinship carer grandmother and a sibling exploited through a
county line. Every name, place, number and date of birth here is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "DVSCP-CSPR-2021-07"

CASE_TOML = '''reference = "DVSCP-CSPR-2021-07"
review = "Child Safeguarding Practice Review"
subject = "Child M"
period = { from = "01-04-2019", to = "31-03-2021" }
board = "Durham Vale Safeguarding Children Partnership"

[[agencies]]
name = "Durham Constabulary"
aliases = ["Police", "DC"]
report_due = "30-06-2021"

[[agencies]]
name = "Durham County Council Children's Services"
aliases = ["CSC", "Children's Social Care"]

[[agencies]]
name = "0-19 Public Health Nursing Service"
aliases = ["Health Visiting", "HV service"]

[[agencies]]
name = "Whinnyburn St Aidan's RC Primary School"
aliases = ["St Aidan's", "St Aidan's Primary"]
published_as = "the primary school"

[[agencies]]
name = "Colliery Row Medical Practice"
aliases = ["Colliery Row surgery"]

[[agencies]]
name = "Stellingham Community Academy"
aliases = ["the Academy"]
published_as = "the secondary school"

[[people]]
name = "Kezia Thirlwell"
aliases = ["Kezia", "Kez", "Kezzie", "Keziah", "KT"]
role = "Child"
pseudonym = "Child M"
born = "14-03-2013"
address = "23 Wigham Terrace, Whinnyburn, DH6 4QZ"

[[people]]
name = "Brodie Thirlwell"
aliases = ["Brodie", "Brod", "B.T."]
role = "Sibling"
pseudonym = "Sibling"
born = "02-09-2005"
address = "23 Wigham Terrace, Whinnyburn, DH6 4QZ"

[[people]]
name = "Zoë Thirlwell"
aliases = ["Zoe Thirlwell", "Zoë", "Zoe", "Ms Thirlwell", "ZT"]
role = "Mother"
pseudonym = "Mother"
born = "21-11-1988"
address = "23 Wigham Terrace, Whinnyburn, DH6 4QZ"

[[people]]
name = "Maureen Ellerker"
aliases = ["Maureen", "Mrs Ellerker", "Nana Mo", "Mo"]
role = "Maternal grandmother, kinship carer"
pseudonym = "Grandmother"
born = "08-05-1961"
address = "4 Tindle Close, Whinnyburn, DH6 4RB"

[[people]]
name = "Jaydn Collier"
aliases = ["Jaydn", "Mr Collier", "Jayden Collier", "JC"]
role = "Mother's partner"
pseudonym = "Mother's partner"

[[staff]]
name = "Fiona Easter"
code = "HV1"
role = "Health Visitor"
agency = "0-19 Public Health Nursing Service"

[[staff]]
name = "Aidan Moorhouse"
code = "SW1"
role = "Social Worker"
agency = "Durham County Council Children's Services"

[[staff]]
name = "Lindsay Blenkinsop"
code = "PC1"
role = "Police Constable"
agency = "Durham Constabulary"

[[staff]]
name = "Carol Hepple"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Whinnyburn St Aidan's RC Primary School"
'''

IDENTIFIERS = {
    "key_name": ["Kezia Thirlwell", "Kezia", "Kezia's", "Brodie Thirlwell", "Brodie",
                 "Brodie's", "Zoë Thirlwell", "Zoe Thirlwell", "Zoë", "Zoe", "Ms Thirlwell",
                 "Thirlwell", "Maureen Ellerker", "Maureen", "Mrs Ellerker", "Jaydn Collier",
                 "Jaydn", "Mr Collier"],
    "nickname": ["Kez", "Kezzie", "Brod", "Nana Mo", "Mo"],
    "misspelling": ["Keziah", "Jayden Collier", "Zoe Thirwell"],
    "initials": ["KT", "B.T.", "Z-T", "JC"],
    "not_in_key": ["Dorothy Pattinson", "Dot Pattinson", "Reece Gallimore", "Gallimore",
                   "Skeeta", "Craig Ellerker", "Uncle Craig"],
    "address": ["23 Wigham Terrace", "Wigham Terrace", "Whinnyburn", "4 Tindle Close",
                "Tindle Close"],
    "postcode": ["DH6 4QZ", "DH6 4RB", "DH6", "4QZ"],
    "agency_place": ["Whinnyburn St Aidan's RC Primary School", "St Aidan's",
                     "Colliery Row Medical Practice", "Colliery Row",
                     "Stellingham Community Academy", "Stellingham"],
    "local_place": ["Whinnyburn Comrades Club", "the Comrades", "Whinnyburn Colliery Band",
                    "Low Pit Allotments", "Low Pit"],
    "number": ["07700 900417", "01632 960233", "DC-20-118734", "943 476 5919"],
    "date_of_birth": ["14-03-2013", "14/03/2013", "2 September 2005", "02-09-2005"],
    "social_media": ["@brod_whinny05", "KOJO line"],
    "staff": ["Fiona Easter", "Aidan Moorhouse", "PC Lindsay Blenkinsop", "Blenkinsop",
              "Carol Hepple", "Mrs Hepple"],
}

ORDINARY = [
    "Working Together to Safeguard Children 2018", "Children Act 1989", "section 47",
    "National Referral Mechanism", "Modern Slavery Act 2015", "Arthur Labinjo-Hughes",
    "Star Hobson", "Victoria Climbié", "Child Safeguarding Practice Review Panel",
    "It was hard to escape", "MASH", "Detective Sergeant", "Christmas Eve", "Bonfire Night",
    "Easter holidays", "Boxing Day", "Year 6", "Year 10", "Royal Victoria Infirmary",
    "NSPCC", "Childline", "Barnardo's", "Graded Care Profile 2", "Signs of Safety",
    "Snapchat", "Staffordshire Bull Terrier", "Parkinson's disease", "a retired collier",
    "brass band", "Early Help", "Special Guardianship Order", "Child Criminal Exploitation",
    "Operation Encompass", "Merseyside", "Home Office", "COVID-19", "A&E",
    "NO FURTHER ACTION", "Universal Credit", "1984 Miners' Strike",
]

INVOLVEMENT = [
    "Kezia Thirlwell (Child M, born 14-03-2013) lived with her mother Zoë Thirlwell and her "
    "brother Brodie Thirlwell (born 2 September 2005) at 23 Wigham Terrace, Whinnyburn, DH6 4QZ, "
    "a former pit village whose last colliery closed after the 1984 Miners' Strike. Her maternal "
    "grandmother Maureen Ellerker, known to the children as Nana Mo, lived round the corner at "
    "4 Tindle Close (DH6 4RB) and was the family's main support. Kezia was in Year 6 at "
    "Whinnyburn St Aidan's RC Primary School during the review period.",
    "In May 2019 Fiona Easter, the health visitor, completed Graded Care Profile 2 with Zoe "
    "Thirlwell after the Colliery Row Medical Practice reported that Kez had missed two dental "
    "appointments. Ms Thirlwell said her partner Jaydn Collier kept a Staffordshire Bull Terrier "
    "in the yard and that Mr Collier had lost his job. The family was referred to Early Help; "
    "the case was closed in August when Zoë stopped answering 07700 900417.",
    "On Bonfire Night 2019 Brodie, then in Year 10 at Stellingham Community Academy, was found "
    "by PC Lindsay Blenkinsop at the bus station in Stellingham with £340 and two phones. He "
    "gave his name as B.T. and said he was \"grafting for Skeeta\", later identified as Reece "
    "Gallimore, a man believed to run the KOJO line from Merseyside into the town. The police "
    "record (DC-20-118734) spells the partner as Jayden Collier and the mother as Zoe Thirwell.",
    "A section 47 enquiry began after Brodie's second missing episode on Christmas Eve 2019. "
    "Aidan Moorhouse, the social worker, spoke to Maureen at the Whinnyburn Comrades Club, "
    "where she worked the bar on Fridays; she told him Brod had stopped going to the "
    "Whinnyburn Colliery Band, where he had played cornet since he was eight, and now spent his "
    "evenings at Low Pit Allotments with older lads from Stellingham. The strategy discussion "
    "recorded NO FURTHER ACTION for Kezia and a referral to the National Referral Mechanism "
    "for Brodie.",
    "From Boxing Day 2019 Kezzie stayed most nights with Mrs Ellerker, who has Parkinson's "
    "disease and lives on Universal Credit. Mrs Hepple (Carol Hepple), the designated "
    "safeguarding lead at St Aidan's, noted that Keziah arrived hungry on Mondays and that "
    "Nana Mo's neighbour Dorothy Pattinson (\"Dot Pattinson\") often walked her to school. "
    "Neighbours told the school that Uncle Craig (Craig Ellerker), a retired collier, had warned "
    "Jaydn off the allotment.",
    "During COVID-19 restrictions in April 2020 contact was by telephone on 01632 960233. Z-T "
    "told the health visitor that Brodie's Snapchat account @brod_whinny05 was being used to "
    "send him \"jobs\". On 30 May 2020 Brodie was taken to the Royal Victoria Infirmary after a "
    "stabbing in Stellingham; A&E recorded his NHS number as 943 476 5919 and KT as the child "
    "waiting with her grandmother. Operation Encompass notifications reached the school for the "
    "incidents at Wigham Terrace.",
]

ANALYSIS = [
    "Agencies saw Brodie Thirlwell as a young person making choices rather than as a child "
    "exploited through Child Criminal Exploitation. The Child Safeguarding Practice Review "
    "Panel's national review It was hard to escape (2020) warned against exactly this, and the "
    "Modern Slavery Act 2015 defence was never considered for him. The MASH treated each "
    "contact about Brod as separate from the concerns about Kezia.",
    "The contribution of Maureen Ellerker as a kinship carer was relied on but never assessed. "
    "Nobody asked whether Mrs Ellerker, with Parkinson's disease and a household on Universal "
    "Credit, could care for Kez, nor whether a Special Guardianship Order or support under the "
    "Children Act 1989 was needed. Practitioners who met Nana Mo at the Comrades or the band "
    "hall spoke of the family's strengths; the brass band and the club were protective but "
    "also where the exploitation of Brodie was first noticed and not reported.",
    "The national reviews following the deaths of Arthur Labinjo-Hughes and Star Hobson, and "
    "the inquiry into the death of Victoria Climbié before them, stress that a child must be "
    "seen and heard on their own. Kezia's voice is largely absent from the records of "
    "Colliery Row and the 0-19 service; she was seen alone once, by Fiona Easter, in the "
    "Easter holidays of 2020.",
    "A Detective Sergeant reviewed the Gallimore intelligence in June 2020 and linked the "
    "KOJO line to addresses in Whinnyburn, but the link to the Thirlwell children was not "
    "shared with Children's Social Care or with Stellingham Community Academy until September.",
]

LEARNING = [
    "Learning 1: When a sibling such as Brodie is criminally exploited, the younger child in the "
    "household (here Kezia Thirlwell, known as Kezzie) must be assessed in her own right. The "
    "Signs of Safety framework was used for Brodie's plan but Kez's lived experience at 23 Wigham "
    "Terrace and with Nana Mo in Tindle Close was not explored. Working Together to Safeguard "
    "Children 2018 requires agencies to think about the whole family.",
    "Learning 2: Community places (the Whinnyburn Comrades Club, the Whinnyburn Colliery Band "
    "and Low Pit Allotments) are where exploitation becomes visible in a village like "
    "Whinnyburn. Maureen Ellerker and Uncle Craig saw the signs months before agencies did. "
    "Practitioners should know how to contact the NSPCC, Childline and Barnardo's, and should "
    "tell kinship carers how to report concerns to the Home Office's National Referral "
    "Mechanism, not only to the Police at Stellingham.",
    "Learning 3: The Colliery Row Medical Practice and St Aidan's each held pieces of the "
    "picture (missed appointments, hunger on Mondays) that were never put together.",
    "Learning 4: Records must use the child's correct name; the police spelling Jayden Collier "
    "and Zoe Thirwell meant that checks on Jaydn Collier and Zoë Thirlwell returned nothing.",
]

RECOMMENDATIONS = [
    ("Durham Constabulary to share county line intelligence naming a child, as it did for "
     "Brodie Thirlwell at Stellingham, with the MASH within 24 hours, with a section 47 "
     "strategy discussion for every sibling such as Kezia",
     "Revise the Child Criminal Exploitation procedure and audit ten cases",
     "Detective Sergeant, Exploitation Hub", "30-11-2021"),
    ("Children's Social Care to assess kinship carers such as Maureen Ellerker (Nana Mo) within "
     "the Children Act 1989 and offer a Special Guardianship Order assessment where a child "
     "lives mainly with them",
     "Kinship care assessment guidance issued; training for all social workers",
     "Head of Service, Children's Social Care", "31-01-2022"),
    ("The 0-19 service and Colliery Row Medical Practice to use Graded Care Profile 2 and see "
     "the child alone, as Fiona Easter did for Kez only once",
     "Audit of seen-alone recording in health visiting and GP records",
     "Named Nurse for Safeguarding", "31-03-2022"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="RESTRICTED: Thirlwell family, 23 Wigham Terrace, Whinnyburn DH6 4QZ",
    footer="Prepared by Aidan Moorhouse for the review of Kezia Thirlwell (KT), tel 01632 960233",
    comment="Check with Mrs Hepple whether Keziah's DOB is 14/03/2013 and whether JC is still at Tindle Close",
    footnote="Brodie (B.T., born 02-09-2005) confirmed the KOJO line phone 07700 900417 belonged to Skeeta.",
)
