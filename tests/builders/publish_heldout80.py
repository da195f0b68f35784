# ruff: noqa: E501
"""A held-back publication case written blind, without sight of the anonymiser; every name,
boat, marina, number and address in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "OSCP-CSPR-2023-07"

CASE_TOML = '''reference = "OSCP-CSPR-2023-07"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-03-2021", to = "28-02-2023" }
board = "Oxfordshire Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["TVP", "Police"]

[[agencies]]
name = "Oxfordshire County Council Children's Social Care"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "Oxford Health NHS Foundation Trust Health Visiting Service"
aliases = ["Health Visiting Service", "HV Service"]

[[agencies]]
name = "Ladder Bridge Surgery"
aliases = ["Ladder Bridge GP"]
published_as = "the GP practice"

[[agencies]]
name = "Knowle Wharf Children's Centre"
aliases = ["Knowle Wharf"]

[[agencies]]
name = "Oxfordshire Elective Home Education Team"
aliases = ["Home Education Team"]
published_as = "the home education service"

[[people]]
name = "Isolde Marchbank"
aliases = ["Isolde", "Solly", "IM"]
role = "Child"
pseudonym = "Child R"
born = "14-06-2019"
address = "nb Tumbledown Tansy, Berth 14, Claydon Wharf Marina, Claydon, OX17 1QW"

[[people]]
name = "Caspian Marchbank"
aliases = ["Caspian", "Cas", "CM"]
role = "Sibling"
pseudonym = "Sibling S"
born = "02-11-2011"
address = "nb Tumbledown Tansy, Berth 14, Claydon Wharf Marina, Claydon, OX17 1QW"

[[people]]
name = "Ailbhe Ní Dhúill"
aliases = ["Ailbhe", "Ailbhe Ni Dhuill", "Ms Ní Dhúill", "Alva"]
role = "Mother"
pseudonym = "Mother"
born = "23-09-1986"
address = "nb Tumbledown Tansy, Berth 14, Claydon Wharf Marina, Claydon, OX17 1QW"

[[people]]
name = "Tobiah Marchbank"
aliases = ["Tobiah", "Tobe", "Mr Marchbank", "TM"]
role = "Father"
pseudonym = "Father"
born = "30-01-1983"
address = "nb Tumbledown Tansy, Berth 14, Claydon Wharf Marina, Claydon, OX17 1QW"

[[people]]
name = "Bríd Ní Dhúill"
aliases = ["Granny Bríd", "Brid"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "11-04-1958"
address = "7 Sheepwash Lane, Hockley Heath, B94 6ZZ"

[[staff]]
name = "Perpetua Oyelaran-Hobbs"
code = "HV1"
role = "Health Visitor"
agency = "Oxford Health NHS Foundation Trust Health Visiting Service"

[[staff]]
name = "Dafydd Penhallow"
code = "SW1"
role = "Social Worker"
agency = "Oxfordshire County Council Children's Social Care"

[[staff]]
name = "Ishbel Winter"
code = "GP1"
role = "General Practitioner"
agency = "Ladder Bridge Surgery"

[[staff]]
name = "Kerensa Bullivant"
code = "PC1"
role = "Police Constable"
agency = "Thames Valley Police"
'''

IDENTIFIERS = {
    "key_name": ["Isolde Marchbank", "Isolde", "Isolde's", "Caspian Marchbank", "Caspian",
                 "Caspian's", "Ailbhe Ní Dhúill", "Ailbhe Ni Dhuill", "Ailbhe",
                 "Ms Ní Dhúill", "Ms Ni Dhuill", "Tobiah Marchbank", "Tobiah",
                 "Mr Marchbank", "Marchbanks", "Bríd Ní Dhúill", "Brid"],
    "nickname": ["Solly", "Cas", "Tobe", "Granny Bríd", "Granny Brid", "Alva"],
    "initials": ["IM", "I.M.", "C-M", "TM", "A.N.D."],
    "not_in_key": ["Lem Ward", "Mr Ward", "Lem", "Saoirse Callaghan-Pryce", "Saoirse"],
    "staff_name": ["Perpetua Oyelaran-Hobbs", "Mrs Oyelaran-Hobbs", "Dafydd Penhallow",
                   "Dafydd", "Dr Winter", "Ishbel Winter", "Kerensa Bullivant",
                   "PC Bullivant"],
    "boat": ["Tumbledown Tansy", "the Tansy", "Kestrel's Folly"],
    "address": ["Claydon Wharf Marina", "Berth 14", "Sheepwash Lane", "Bridge 141"],
    "place": ["Claydon", "Hockley Heath", "Knowle", "Fenny Compton", "Marston Doles"],
    "postcode": ["OX17 1QW", "OX17", "1QW", "B94 6ZZ", "B94"],
    "agency_place": ["Ladder Bridge Surgery", "Knowle Wharf Children's Centre",
                     "Knowle Wharf"],
    "number": ["07700 900417", "01632 960283", "999 123 4567", "531872"],
    "email": ["tansyfolk@example.org"],
    "date_of_birth": ["14/06/2019", "14 June 2019", "02.11.2011"],
    "social_media": ["@tansy_afloat", "Tansy on the Cut"],
}

ORDINARY = [
    "Canal & River Trust", "continuous cruiser", "winter moorings", "Boat Safety Scheme",
    "carbon monoxide alarm", "Ehlers-Danlos syndrome", "Postural Tachycardia Syndrome",
    "Ehlers-Danlos Support UK", "Royal National Orthopaedic Hospital",
    "John Radcliffe Hospital", "children's ward", "Working Together to Safeguard Children 2018",
    "Children Act 1989", "Education Act 1996", "section 47", "Child in Need",
    "Child Safeguarding Practice Review Panel", "Dylan Seabridge", "Pembrokeshire",
    "Arthur Labinjo-Hughes", "Victoria Climbié", "Lord Laming", "Graded Care Profile 2",
    "Ages and Stages Questionnaire", "Healthy Child Programme", "Red Book",
    "Multi-Agency Safeguarding Hub", "Staffordshire Bull Terrier", "WhatsApp",
    "Personal Independence Payment", "Boxing Day", "Easter Monday", "Year 6",
    "Detective Sergeant", "NHS 111", "WAS NOT BROUGHT", "Ofsted", "Welsh Government",
    "Elective home education: departmental guidance for local authorities",
]

INVOLVEMENT = [
    "In March 2021 the family were living aboard the narrowboat Tumbledown Tansy, a 57-foot "
    "cruiser-stern boat registered to Tobiah Marchbank under index number 531872. They held "
    "winter moorings at Berth 14, Claydon Wharf Marina, OX17 1QW, and for the rest of the year "
    "were a continuous cruiser under the Canal & River Trust licence terms, moving between "
    "Marston Doles, Fenny Compton and the flight at Knowle. Ailbhe Ní Dhúill (recorded at the "
    "GP practice as Ailbhe Ni Dhuill, and once as Alva) gave the marina office as her postal "
    "address and 07700 900417 as her contact number.",
    "Isolde Marchbank was born on 14 June 2019. Her Red Book records the new birth visit but "
    "no 9-12 month review under the Healthy Child Programme: the Health Visiting Service wrote "
    "three times to the marina and the letters were returned. HV1, Perpetua Oyelaran-Hobbs, "
    "recorded Isolde as WAS NOT BROUGHT for two appointments and on 4 May 2021 closed the "
    "record to \"moved out of area\" because a boater, Lem Ward of the Kestrel's Folly, said "
    "the Tansy had gone north towards Hockley Heath. Mr Ward was not asked where.",
    "Caspian Marchbank (DOB 02.11.2011), known on the boat as Cas, left primary school at the "
    "end of Year 6 in July 2021 and was registered as electively home educated. The Home "
    "Education Team sent its annual enquiry by email to tansyfolk@example.org, as the "
    "Education Act 1996 allows, and received a short reply from Tobe saying that Caspian "
    "\"learns the locks, the stars and the engine\". No meeting took place and the team did "
    "not consider the Elective home education: departmental guidance for local authorities "
    "on when a child should be seen.",
    "Ms Ní Dhúill has Ehlers-Danlos syndrome (hypermobile type) and Postural Tachycardia "
    "Syndrome, diagnosed at the Royal National Orthopaedic Hospital in 2017. Dr Ishbel Winter at "
    "Ladder Bridge Surgery reviewed her in August 2021 and noted falls on the towpath, a claim "
    "for Personal Independence Payment, and that \"the children do the heavy lock work\". "
    "Her NHS number 999 123 4567 was linked to Isolde's record only in 2022. Ehlers-Danlos "
    "Support UK had given her a leaflet on fatigue in parenting, which she showed the GP.",
    "On Boxing Day 2021 Thames Valley Police attended the towpath at Bridge 141 after a "
    "walker called NHS 111 and then 999 about a small child alone on the roof of a moored "
    "boat beside a Staffordshire Bull Terrier. PC Bullivant (Kerensa Bullivant) found Isolde, "
    "then two, on the roof of Tumbledown Tansy while her father was in the pub; I.M. was "
    "cold but uninjured. Mrs Oyelaran-Hobbs was told of it only in February, in a note headed \"IM – TM\". Police protection was not considered. A referral reached "
    "the Multi-Agency Safeguarding Hub on 29 December and was closed as advice to parents.",
    "In spring 2022 Granny Bríd (Bríd Ní Dhúill, of 7 Sheepwash Lane, Hockley Heath, B94 6ZZ) "
    "phoned Children's Social Care on 01632 960283, saying the family were \"living on "
    "crisps\" and that Ailbhe was bedbound. Dafydd Penhallow, SW1, began a Child in Need "
    "assessment under the Children Act 1989 and visited the boat once, at Easter Monday, "
    "finding the stove lit and no working carbon monoxide alarm. He used the Graded Care "
    "Profile 2 but did not complete it, as the boat had moved on by the second visit.",
    "On 16 January 2023 Isolde Marchbank, aged three, was taken to the children's ward of "
    "the John Radcliffe Hospital with carbon monoxide poisoning, faltering growth and "
    "untreated dental decay. Caspian, then eleven, had carried her along the towpath to "
    "Saoirse Callaghan-Pryce, a friend on a nearby boat, who drove them. A section 47 "
    "enquiry followed and a Detective Sergeant interviewed Mr Marchbank. The family's "
    "public page Tansy on the Cut and their account @tansy_afloat had posted photographs "
    "of the stove flue taped with foil a week before.",
]

ANALYSIS = [
    "No agency held a reliable address for Isolde. Each treated the marina office, an email "
    "address or a WhatsApp number as the family's home, and each closed its work when "
    "post came back. The Tumbledown Tansy was never listed as a place where the children "
    "lived, and the Canal & River Trust, which knew the boat's movements from its licence "
    "sightings, was never asked. The Boat Safety Scheme certificate had lapsed in 2020. Ofsted's "
    "2022 inspection had already found that closures for no contact were not reviewed.",
    "Caspian's home education and his mother's illness hid the family's needs. The review "
    "notes the parallels with Dylan Seabridge, the home-educated boy who died of scurvy in "
    "Pembrokeshire in 2011, and the Welsh Government's later review: a child unseen by any "
    "service for years. Saoirse and Lem Ward saw more of the children than any professional.",
    "Professionals accepted Tobiah's account without checking it and did not think about "
    "Ms Ni Dhuill's capacity to parent when her Ehlers-Danlos syndrome flared. The learning "
    "from Arthur Labinjo-Hughes, that extended family concerns must be heard, applied to "
    "Granny Brid's call, which was recorded as \"family dispute\".",
]

LEARNING = [
    "Learning 1: A boat is a home. When a family such as the Marchbanks lives on a narrowboat "
    "with no fixed address, every agency should record the boat's name (here the Tumbledown "
    "Tansy), its index number 531872, its winter moorings at Claydon Wharf Marina and a "
    "mobile number, and should never close a child's record because letters to a marina come "
    "back. The Healthy Child Programme, the Red Book and the Ages and Stages Questionnaire "
    "all assume an address; Isolde, DOB 14/06/2019, fell through each of them, as children "
    "did in the cases Lord Laming reviewed after Victoria Climbié.",
    "Learning 2: Elective home education is lawful, but Caspian Marchbank (C-M) was not seen "
    "by any professional between Year 6 and the incident. Working Together to Safeguard "
    "Children 2018 expects agencies to consider who is caring for the children when a parent "
    "such as Ailbhe Ní Dhúill (A.N.D.) has a fluctuating illness like Postural Tachycardia "
    "Syndrome. Dr Winter, PC Bullivant and Dafydd each held part of the picture; none "
    "used the Multi-Agency Safeguarding Hub to join it up, or the Knowle Wharf Children's "
    "Centre, which had seen Solly at stay-and-play in the winter.",
    "Learning 3: Carbon monoxide risks on boats are well known. Professionals visiting a "
    "boat in winter should check for a carbon monoxide alarm, as the fire service and the Canal & "
    "River Trust advise, and should ask Tobe Marchbank or any parent to show a current Boat "
    "Safety Scheme certificate.",
    "Learning 4: Referrals from extended family and boaters (Granny Bríd, Lem, the walker on "
    "Boxing Day) deserve the same weight as referrals from professionals, a lesson the Child "
    "Safeguarding Practice Review Panel drew in its national review of the death of Arthur "
    "Labinjo-Hughes.",
]

RECOMMENDATIONS = [
    ("Agencies should record a boat-dwelling child's vessel name, index number and cruising "
     "pattern (e.g. Tumbledown Tansy, 531872, Claydon Wharf Marina to Knowle) and never close "
     "a child such as Isolde Marchbank as \"moved out of area\" without a Canal & River Trust "
     "check",
     "Add a boat-dwelling family prompt to the Healthy Child Programme contact record and to "
     "the Multi-Agency Safeguarding Hub screening tool",
     "Head of Health Visiting", "31-10-2023"),
    ("The home education service should see every electively home-educated child, including "
     "Caspian (Cas), at least once a year, where a parent like Ms Ní Dhúill has a chronic "
     "illness such as Ehlers-Danlos syndrome, using the Elective home education: departmental "
     "guidance for local authorities",
     "Revise the annual enquiry letter and add a seen-child standard; brief staff on the "
     "Dylan Seabridge review",
     "Elective Home Education Lead", "31-01-2024"),
    ("Thames Valley Police and Children's Social Care should treat a child found alone on a "
     "boat roof (as at Bridge 141 on Boxing Day) as a section 47 threshold question, with a "
     "Detective Sergeant review, and record the Graded Care Profile 2",
     "Issue a joint practice note and audit a sample of towpath call-outs",
     "Detective Chief Inspector, Public Protection", "30-04-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE: Marchbank family (Child R, Isolde) – nb Tumbledown Tansy",
    footer="Draft v3 – Ailbhe Ni Dhuill / Tobiah Marchbank – OX17 1QW – tansyfolk@example.org",
    comment="Check with PC Bullivant whether Lem Ward gave a statement; Saoirse's number is 07700 900417?",
    footnote="Granny Brid's call, 01632 960283; the boat sat at Bridge 141 near Fenny Compton, "
             "not Marston Doles.",
)
