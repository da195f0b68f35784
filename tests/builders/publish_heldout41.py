"""Held-back publication case 41, written blind: twins aged two in a Polish and Lithuanian
family in a house in multiple occupation in a fenland agricultural town. Every person, street,
postcode, local service and number in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CPSCP-CSPR-2024-07"

CASE_TOML = '''reference = "CPSCP-CSPR-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child X"
period = { from = "01-04-2022", to = "30-11-2023" }
board = "Cambridgeshire and Peterborough Safeguarding Children Partnership"

[[agencies]]
name = "Cambridgeshire Constabulary"
aliases = ["Cambs Police", "Police"]

[[agencies]]
name = "Cambridgeshire County Council Children's Services"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "Cambridgeshire Community Services NHS Trust"
aliases = ["Health Visiting Service", "CCS"]

[[agencies]]
name = "Marshland Drove Children's Centre"
aliases = ["Marshland Drove"]
published_as = "the children's centre"

[[agencies]]
name = "Nene Quay Surgery"
aliases = ["Nene Quay"]

[[agencies]]
name = "Cambridgeshire Fire and Rescue Service"
aliases = ["CFRS", "Fire Service"]

[[people]]
name = "Zofia Žemaitytė"
aliases = ["Zofia Zemaityte", "Zofia", "Zosia", "Z.Z."]
role = "Child"
pseudonym = "Child X"
born = "14-03-2021"
address = "9 Cutbridge Terrace, Wisbech, PE13 4XJ"

[[people]]
name = "Tomas Žemaitis"
aliases = ["Tomas", "Tomek", "Tomasz", "TŽ"]
role = "Sibling"
pseudonym = "Child Y"
born = "14-03-2021"
address = "9 Cutbridge Terrace, Wisbech, PE13 4XJ"

[[people]]
name = "Agnieszka Wróblewska"
aliases = ["Agnieszka Wroblewska", "Agnieszka", "Aga", "Ms Wróblewska", "Aga Wróbel", "A.W.", "AW"]
role = "Mother"
pseudonym = "Mother"
born = "02-09-1994"
address = "9 Cutbridge Terrace, Wisbech, PE13 4XJ"

[[people]]
name = "Vytautas Žemaitis"
aliases = ["Vytautas Zemaitis", "Vytas", "Mr Žemaitis", "Zemaitis", "VZ"]
role = "Father"
pseudonym = "Father"
born = "11-06-1990"
address = "9 Cutbridge Terrace, Wisbech, PE13 4XJ"

[[people]]
name = "Halina Wróblewska"
aliases = ["Babcia Halina", "Halina"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"

[[staff]]
name = "Bryony Mould"
code = "HV1"
role = "Health Visitor"
agency = "Cambridgeshire Community Services NHS Trust"

[[staff]]
name = "Nadia Frost"
code = "SW1"
role = "Social Worker"
agency = "Cambridgeshire County Council Children's Services"

[[staff]]
name = "Liam Carraway"
code = "PC1"
role = "Police Constable"
agency = "Cambridgeshire Constabulary"

[[staff]]
name = "Gethin Shipley"
code = "WM1"
role = "Watch Manager"
agency = "Cambridgeshire Fire and Rescue Service"
'''

IDENTIFIERS = {
    "key_name": ["Zofia Žemaitytė", "Zofia Zemaityte", "Zofia", "Tomas Žemaitis", "Tomas",
                 "Agnieszka Wróblewska", "Agnieszka Wroblewska", "Agnieszka",
                 "Ms Wróblewska", "Wróblewska's", "Vytautas Žemaitis", "Vytautas Zemaitis",
                 "Mr Žemaitis", "Zemaitis", "Halina Wróblewska", "Halina"],
    "misspelling": ["Zematis", "Tomasz", "Wroblewski"],
    "nickname": ["Aga", "Vytas", "Zosia", "Tomek", "Babcia Halina"],
    "initials": ["A.W.", "AW", "VZ", "Z.Z.", "TŽ"],
    "not_in_key": ["Darius Kavaliauskas", "Darius", "Darek", "Mr Osgathorpe", "Osgathorpe",
                   "Renata Sobczak", "Renata", "Jolanta Ulrych", "Jolanta", "Oksana Delacey"],
    "staff_name": ["Bryony Mould", "Ms Mould", "Bryony", "Nadia Frost", "Ms Frost",
                   "Liam Carraway", "PC Carraway", "Gethin Shipley", "WM Shipley"],
    "address": ["9 Cutbridge Terrace", "Cutbridge Terrace", "Wisbech", "41 Old Market Row",
                "Old Market Row", "Spalding"],
    "postcode": ["PE13 4XJ", "PE13", "4XJ", "PE11 2QZ"],
    "agency_place": ["Marshland Drove Children's Centre", "Marshland Drove", "Nene Quay Surgery",
                     "Nene Quay", "Fenstaff Recruitment", "Fenstaff", "Harlowe Brothers Salads",
                     "Harlowe Brothers"],
    "number": ["07700 900417", "01632 960582", "943 476 5919", "HMO/FDC/2019/0147",
               "CC-23-118842"],
    "social_media": ["aga.wroblewska@example.org", "@zosia.i.tomek", "Aga Wróbel"],
    "date_of_birth": ["14 March 2021", "14/03/2021", "02/09/1994", "11 June 1990"],
}

ORDINARY = [
    "damp and mould", "frost on the inside of the windows", "Awaab's Law",
    "Victoria Climbié", "Working Together to Safeguard Children 2023",
    "Child Safeguarding Practice Review Panel", "Housing Act 2004",
    "Housing Health and Safety Rating System", "Children Act 1989",
    "Gangmasters and Labour Abuse Authority", "Nottingham", "Ages and Stages Questionnaire",
    "ASQ-3", "Graded Care Profile 2", "NSPCC", "The Lullaby Trust", "Safe and Well visit",
    "Red Book", "Language Line", "Mongolian blue spots", "Kawasaki disease",
    "Addenbrooke's Hospital", "St Andrew's Centre for Plastic Surgery and Burns", "Chelmsford",
    "Wigilia", "Easter Monday", "Bonfire Night", "WhatsApp", "Facebook Messenger",
    "Staffordshire Bull Terrier", "NO ACCESS", "Detective Sergeant", "Watch Manager", "MASH",
    "DASH risk assessment", "Operation Encompass", "Early Years Foundation Stage",
    "two-year-old progress check", "EU Settlement Scheme",
]

INVOLVEMENT = [
    "Agnieszka Wróblewska (known to everyone as Aga) came to the UK from Poland in 2017 and met Vytautas Žemaitis, a Lithuanian national, while both were placed by Fenstaff Recruitment on seasonal shifts at Harlowe Brothers Salads. The family first lived at Flat 2, 41 Old Market Row, Spalding, PE11 2QZ. The twins, Zofia Žemaitytė and Tomas Žemaitis, were born on 14 March 2021; Zofia's surname follows the Lithuanian feminine form, which the GP record at Nene Quay Surgery wrote as Zofia Zemaityte and the birth notification as 14/03/2021. Both parents held settled status under the EU Settlement Scheme; the agency's file gives the mother's date of birth as 02/09/1994 and the father's as 11 June 1990.",
    "In April 2022 the family moved to a single room at 9 Cutbridge Terrace, Wisbech, PE13 4XJ, a house in multiple occupation let by Mr Osgathorpe under licence HMO/FDC/2019/0147. Nine adults and the twins shared one kitchen. Health visitor Bryony Mould carried out a new birth transfer visit and noted damp and mould on the bedroom wall, laundry drying over the cot and, in January 2023, frost on the inside of the windows. Ms Mould used Language Line for the first visit; at later visits a housemate, Darius Kavaliauskas (Darek), interpreted for Aga because the telephone line failed. Darius kept a Staffordshire Bull Terrier in the room next door.",
    "At the two-year-old progress check in March 2023 Ms Mould completed the Ages and Stages Questionnaire (ASQ-3) with Polish-speaking interpreter Jolanta Ulrych. Tomek scored below the threshold for communication; Zosia was within range. Bryony recorded Mongolian blue spots on the lower back of both twins in the Red Book, and a referral was made to the children's centre for stay and play sessions. Oksana Delacey, the family worker at Marshland Drove Children's Centre, offered two-year-old funded places under the Early Years Foundation Stage, but Aga said her shifts changed every week by WhatsApp message from Fenstaff. The centre's register listed the children as Z.Z. and TŽ and their mother as A.W.",
    "On Easter Monday 2023 PC Liam Carraway attended 9 Cutbridge Terrace after housemates reported shouting. Vytas was said to have pushed Agnieszka against the kitchen door; she declined to make a statement. The police log records Ms Wróblewska as the victim and VZ as the suspect. PC Carraway completed a DASH risk assessment graded standard (occurrence CC-23-118842) and a notification went to the MASH. Operation Encompass was not used because neither twin attended a school or nursery. Children's Social Care recorded the contact as no further action after a telephone call to Aga on 07700 900417 in English, without an interpreter.",
    "In June 2023 the GP at Nene Quay Surgery saw Tomas (registered as Tomasz, NHS number 943 476 5919) with a fever and rash; Kawasaki disease was considered and ruled out at Addenbrooke's Hospital. In July 2023 Ms Mould asked Cambridgeshire Fire and Rescue Service for a Safe and Well visit. Watch Manager Gethin Shipley found extension leads plugged into each other, a chip pan on a camping stove in the bedroom and a smoke alarm with no battery. WM Shipley fitted two alarms and emailed the district council about the HMO; the landlord's number, 01632 960582, went unanswered and the council recorded NO ACCESS at two inspections.",
    "Social worker Nadia Frost began a child and family assessment in September 2023 after Aga's friend Renata Sobczak told the children's centre that the twins were left with Darius during night shifts. Ms Frost used the Graded Care Profile 2 with Jolanta interpreting and noted that Halina Wróblewska (Babcia Halina) had returned to Poland after Wigilia the previous year. Mr Žemaitis told Ms Frost that Harlowe Brothers paid the agency, not him, and that he owed Fenstaff Recruitment for transport and rent; no referral was made to the Gangmasters and Labour Abuse Authority.",
    "On Bonfire Night, 5 November 2023, while Agnieszka was on a night shift and Vytautas was asleep, a fire started from the extension lead in the family's room. Zofia suffered burns to her arms and smoke inhalation and was transferred to the St Andrew's Centre for Plastic Surgery and Burns in Chelmsford; Tomas was treated and discharged. A Detective Sergeant reviewed the scene. Renata later posted an appeal on Facebook Messenger and on the account @zosia.i.tomek, and Aga's profile Aga Wróbel shared it with the email aga.wroblewska@example.org.",
]

ANALYSIS = [
    "The quality of the home was known to every agency but was treated as a housing matter rather than a safeguarding one. Ms Mould's records of damp and mould and frost on the inside of the windows were accurate, and Wróblewska's own account of the cold was written down, yet nobody used the Housing Health and Safety Rating System or the Housing Act 2004 to press the landlord, Mr Osgathorpe. Awaab's Law now makes this harder to overlook, but the overcrowding at Cutbridge Terrace was a risk to the twins long before the fire.",
    "Interpreting was inconsistent. Language Line was used once; after that Darek, Renata and at one point Vytas himself interpreted for Agnieszka Wroblewska, (the referral form spelled her name Wroblewski), so that a possible victim of domestic abuse was asked about her safety through her partner. The Victoria Climbié inquiry warned that using family and friends as interpreters silences the child; the same lesson is repeated in Working Together to Safeguard Children 2023.",
    "The parents' work for Fenstaff and Harlowe Brothers Salads shaped everything: shifts changed by WhatsApp at a day's notice, rent and transport were deducted by the agency, and childcare fell to housemates. No professional asked whether the parents were free to refuse work, and the GLAA, based in Nottingham, was not told. The Safe and Well visit was good practice, but WM Shipley's concern about the electrics in the HMO at Wisbech was never followed up by the council or Children's Social Care.",
    "The police response on Easter Monday relied on a DASH risk assessment completed in English. PC Carraway had no interpreter and the MASH did not learn that the twins, then aged two, slept in the room where the assault took place. The NSPCC and The Lullaby Trust both publish advice on unsafe sleeping in crowded rooms, and it was not shared with the family.",
]

LEARNING = [
    "Professionals must see overcrowding and poor housing as a matter of neglect, not only of housing. Bryony recorded damp and mould at 9 Cutbridge Terrace, and the Graded Care Profile 2 completed by Nadia Frost showed that Zofia and Tomas slept beside a camping stove, yet neither the Housing Health and Safety Rating System nor Awaab's Law was used. The Child Safeguarding Practice Review Panel has made the same finding in other reviews of children in houses in multiple occupation.",
    "A professional interpreter must be used for every safeguarding conversation. Aga (AW in the MASH record) was asked about the assault on Easter Monday through housemate Darius, and the two-year-old progress check for Tomek relied on Jolanta only because she happened to be free. Language Line should be booked in advance, and no relative, partner or friend such as Renata Sobczak should interpret. This was the lesson of Victoria Climbié and it applies to Polish and Lithuanian families at Wisbech as much as anywhere.",
    "The Safe and Well visit by Cambridgeshire Fire and Rescue Service was the only visit that tested the physical risk in the room. Gethin Shipley's findings should have gone to the MASH and to the Children Act 1989 assessment led by Ms Frost. Fire services see inside homes that other agencies do not, and on Bonfire Night the risk they had named became real.",
    "Seasonal work arranged through an employment agency can hide exploitation. Vytautas Zemaitis (recorded once as Zematis) and Agnieszka owed Fenstaff Recruitment money; professionals should know how to contact the Gangmasters and Labour Abuse Authority and should ask about the EU Settlement Scheme, debt and tied housing.",
]

RECOMMENDATIONS = [
    ("The Health Visiting Service and Children's Social Care should book Language Line or a face-to-face interpreter for every contact with a family like that of Aga and Vytas, and never use a housemate such as Darius or Darek, as the Victoria Climbié inquiry and Working Together to Safeguard Children 2023 require",
     "Audit of interpreter use in health visiting and Children's Social Care records", "Designated Nurse, Safeguarding Children", "31-05-2024"),
    ("Cambridgeshire Fire and Rescue Service and the district council should agree that a Safe and Well visit finding a risk in a house in multiple occupation, as WM Shipley found at Cutbridge Terrace, Wisbech (licence HMO/FDC/2019/0147), is shared with the MASH and assessed under the Housing Health and Safety Rating System and Awaab's Law",
     "Joint protocol between the fire service, private sector housing and the MASH", "Head of Prevention, CFRS", "30-06-2024"),
    ("The Partnership should brief practitioners on labour exploitation through agencies such as Fenstaff Recruitment and Harlowe Brothers Salads, and on referral to the Gangmasters and Labour Abuse Authority, so that the care of Zofia Žemaitytė and Tomas Žemaitis is not left to chance",
     "Multi-agency briefing and a one-minute guide", "Partnership Business Manager", "30-09-2024"),
]

CASE = HeldOut(
    REFERENCE,
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE CPSCP-CSPR-2024-07: Zofia Žemaitytė and Tomas Žemaitis, 9 Cutbridge Terrace, PE13 4XJ",
    footer="Author's copy: Nene Quay Surgery record for Tomasz, NHS 943 476 5919, born 14/03/2021",
    comment="Check with Bryony whether Aga's mobile 07700 900417 is still live, and whether Agnieszka (born 02/09/1994) has left Wisbech.",
    footnote="Interpreter Jolanta Ulrych confirmed that Vytas (born 11 June 1990) read the letter from Mr Osgathorpe; VZ and A.W. both signed it, as did Z.Z.'s grandmother Halina.",
)
