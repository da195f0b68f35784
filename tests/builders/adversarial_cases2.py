"""Three more tuning cases in the held-back cases' shape, each first run once as written
(figures in the closing note) and tuned on since: a key name that is a staff member's
everyday word ('Ward 12'), an estate written in lower case, a Turkish dotless i, a nickname
in brackets without quotes; a key name that is a season, Irish, Somali, Arabic, Chinese
and Vietnamese names, a prison, a court case number; key names that are virtues and
offices ('Hope', 'Grace', 'Mark Bishop'), recent national reviews. Every name, place and number is
invented. Run with `python -m tests.publish_figures tests/builders/adversarial_cases2.py`."""

from __future__ import annotations

from tests.builders.publish_heldout import HeldOut

CASE_TOML_2 = """\
reference = "PR-2020-01"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-01-2016", to = "31-12-2017" }
board = "Ousebridge Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police", "TVP"]

[[agencies]]
name = "Children's Social Care"

[[agencies]]
name = "Health Visiting Service"

[[agencies]]
name = "Lavender Hill Surgery"

[[agencies]]
name = "Little Owls Day Nursery"

[[agencies]]
name = "Holne Chase Primary School"
aliases = ["Holne Chase"]

[[people]]
name = "Rosie-Mai Fairbairn"
role = "Child"
pseudonym = "Child R"
born = "11-01-2015"
address = "2 Lavender Mews, Wolverton Mill, MK12 6LP"

[[people]]
name = "Chantelle Fairbairn"
aliases = ["Chan"]
role = "Mother"
pseudonym = "Mother"
born = "02-06-1996"

[[people]]
name = "Mehmet Yıldırım"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Dwayne Price"
role = "Mother's partner"
pseudonym = "Mother's partner"

[[people]]
name = "Pauline Fairbairn"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"

[[staff]]
name = "Helen Ward"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Femi Adebayo"
role = "Social Worker"
agency = "Children's Social Care"
"""
IDENTIFIERS_2 = {
    "key_name": ["Rosie-Mai", "Fairbairn", "Chantelle", "Chan", "Mehmet", "Yıldırım", "Yildirim",
                 "Dwayne", "Price", "Pauline", "Adebayo", "Fairburn"],
    "nickname": ["Dee", "Moo", "Tiny"],
    "initials": ["R-M", "RMF", "C.F", "D P"],
    "not_in_key": ["Latoya", "Brennan", "Agnieszka", "Kowalczyk", "Abdullahi", "Edwina",
                   "Thackeray"],
    "address": ["Lavender Mews", "Wolverton Mill", "Saxon Gate", "Lakes"],
    "postcode": ["MK12 6LP", "6LP", "MK12", "mk8 0ba"],
    "agency_place": ["Lavender Hill", "Little Owls", "Holne Chase"],
    "number": ["07700 900 808", "+44 1908 555 123", "712 345 6789", "AB 12 34 56 D",
               "chanf@example.com", "tiktok.com/@rosiemai", "YX14 ZTR"],
    "date_of_birth": ["11/01/15", "11 January 2015", "02.06.1996"],
}
ORDINARY_2 = ["at the Crown Court", "DO NOT CONTACT THE FATHER", "PC", "Peter Connelly",
            "Signs of Safety", "Eid", "a price rise", "Ward 12", "rated Red", "Mother's Day",
            "Sudden Unexpected Death in Infancy", "Family Court", "Universal Credit", "April 2016"]
INVOLVEMENT_2 = [
    "Chantelle Fairbairn registered Rosie-Mai (known at home as 'Moo') at Lavender Hill "
    "Surgery in April 2016; Chantelle gave the child's date of birth as 11/01/15.",
    "Dwayne Price (Dee) moved into 2 Lavender Mews, Wolverton Mill, MK12 6LP. Price had "
    "previously lived on the Lakes estate and at 14 Saxon Gate, mk8 0ba.",
    "Mehmet Yıldırım, recorded by police as YILDIRIM and as Yildirim, was not told. PC 4471 "
    "noted DO NOT CONTACT THE FATHER at the Crown Court.",
    "A neighbour, Latoya Brennan, rang on 07700 900 808. Latoya said that R-M screamed; "
    "her lodger Agnieszka Kowalczyk agreed.",
    "Mrs Edwina Thackeray, the childminder, saw RMF at Little Owls; Abdullahi, her son, "
    "heard shouting. C.F said D P was 'Tiny' to his mates.",
    "Helen Ward (HV) weighed the baby on Ward 12; NHS No. 712 345 6789; NI AB 12 34 56 D; "
    "email chanf@example.com; tiktok.com/@rosiemai; car YX14 ZTR; phone +44 1908 555 123.",
    "Chantelle's own DOB was 02.06.1996; the child was born 11 January 2015. Pauline "
    "Fairbairn cared for her at Eid and on Mother's Day.",
]
ANALYSIS_2 = [
    "Staff relied on Chan without checking Holne Chase; the risk was rated Red. Universal "
    "Credit changes meant a price rise in rent hit the family.",
    "As with Peter Connelly, no one used Signs of Safety. Ms Fairburn was seen by the "
    "Family Court only once.",
]
LEARNING_2 = [
    "Learning: Femi Adebayo did not see Rosie-Mai alone, and the Sudden Unexpected Death in "
    "Infancy advice was not repeated to Dwayne.",
    "Holne Chase Primary School was not told that Dee had moved in.",
]
RECOMMENDATIONS_2 = [
    ("Little Owls Day Nursery must record who collects a child, such as Mr Price",
     "Add a log", "Manager", "31-03-2018"),
    ("Lavender Hill Surgery must search Yıldırım and Yildirim alike",
     "Brief staff", "Practice Manager", "30-06-2018"),
]
PROBE_2 = HeldOut("PR-2020-01", CASE_TOML_2, IDENTIFIERS_2, ORDINARY_2, INVOLVEMENT_2,
                  ANALYSIS_2, LEARNING_2, RECOMMENDATIONS_2,
                  header="Report on Rosie-Mai Fairbairn",
                  footer="Contact: helen.ward@example.org", comment="Ask Chan about Dee",
                  footnote="Pauline's account via Latoya.")


CASE_TOML_3 = """\
reference = "PQ-2021-07"
review = "Child Safeguarding Practice Review"
subject = "Child S"
period = { from = "01-03-2017", to = "28-02-2019" }
board = "Kilnbrook Safeguarding Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"

[[agencies]]
name = "Health Visiting Service"

[[agencies]]
name = "Kents Hill Park School"

[[agencies]]
name = "Milton Keynes University Hospital"
aliases = ["MKUH"]

[[people]]
name = "Summer Reed"
role = "Child"
pseudonym = "Child S"
born = "14-02-2014"
address = "Unit 4, Kiln Farm, MK11 3HQ"

[[people]]
name = "Niamh Ní Dhomhnaill"
role = "Mother"
pseudonym = "Mother"
born = "30-09-1993"

[[people]]
name = "Abd al-Rahman Cabdi"
aliases = ["Abdi"]
role = "Father"
pseudonym = "Father"

[[people]]
name = "Li Na Wang"
role = "Mother's partner"
pseudonym = "Mother's partner"

[[staff]]
name = "Rhiannon ap Gwilym"
role = "Social Worker"
agency = "Children's Social Care"
"""
IDENTIFIERS_3 = {
    "key_name": ["Summer", "Reed", "Niamh", "Dhomhnaill", "Cabdi", "Abdi", "Rhiannon",
                 "Gwilym", "Wang"],
    "nickname": ["Sunny", "Big Mike"],
    "initials": ["S.R.", "NND"],
    "not_in_key": ["Mairead", "Oyelowo", "Xamar", "Thi Lan", "Nguyen", "Suresh", "McGillivray"],
    "address": ["Kiln Farm", "Church Street", "Woodhill"],
    "postcode": ["MK11 3HQ", "MK11"],
    "agency_place": ["Kents Hill"],
    "number": ["MK17C00123", "43/123456/17", "K1234567", "0044 (0)1908 555123", "07700900808"],
    "date_of_birth": ["14-Feb-2014", "14/2/2014", "30.09.93"],
}
ORDINARY_3 = ["In the summer", "a reed bed", "Ward 7", "A&E", "HMP", "Year 2",
              "rated Green",
            "Easter", "Signs of Safety", "Child Protection Plan", "March 2018",
            "Working Together", "the Co-op"]
INVOLVEMENT_3 = [
    "Summer Reed (known as Sunny) was seen at Kents Hill Park School in Year 2; Summer's "
    "teacher said S.R. was hungry. In the summer she played by a reed bed.",
    "The family lived at Unit 4, Kiln Farm, MK11 3HQ, then in a room above the Co-op on "
    "Church Street. Letters to MK11 came back.",
    "Niamh Ní Dhomhnaill (NND) gave her date of birth as 30.09.93; Summer's was written "
    "14-Feb-2014 and 14/2/2014.",
    "Abd al-Rahman Cabdi, called Abdi by friends, was in HMP Woodhill; Woodhill staff did "
    "not share his release date. A cousin, Xamar Cabdi, rang on 0044 (0)1908 555123.",
    "Li Na Wang's friend 'Big Mike' visited. Nguyen Thi Lan, a neighbour, and Dr Suresh "
    "both raised concerns; Mairead McGillivray and Tunde Oyelowo did not.",
    "Family court case MK17C00123; police reference 43/123456/17; hospital number "
    "K1234567 at Milton Keynes University Hospital, Ward 7, after A&E; mobile 07700900808.",
]
ANALYSIS_3 = [
    "Rhiannon ap Gwilym rated the risk Green; the case was rated Green at review in March "
    "2018, though Gwilym had not seen Summer alone. Signs of Safety was not used.",
]
LEARNING_3 = [
    "Learning: Working Together expects a Child Protection Plan to name who sees the "
    "child; no one saw Summer at Easter, and Wang was never assessed.",
]
RECOMMENDATIONS_3 = [
    ("Kents Hill Park School must report absence for children such as Summer",
     "Daily absence call", "Head teacher", "31-03-2019"),
]
PROBE_3 = HeldOut("PQ-2021-07", CASE_TOML_3, IDENTIFIERS_3, ORDINARY_3, INVOLVEMENT_3,
                  ANALYSIS_3, LEARNING_3, RECOMMENDATIONS_3, header="Summer Reed",
                  footer="MK11 3HQ", comment="Ask Abdi", footnote="Mairead's account.")


CASE_TOML_4 = """\
reference = "PZ-2022-11"
review = "Child Safeguarding Practice Review"
subject = "Child J"
period = { from = "01-09-2019", to = "31-08-2021" }
board = "Harrowden Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"

[[agencies]]
name = "Health Visiting Service"

[[agencies]]
name = "Oldbrook Medical Centre"

[[agencies]]
name = "Sunflower Children's Centre"

[[people]]
name = "Jacob Hartnell-Sparkes"
role = "Child"
pseudonym = "Child J"
born = "03-12-2018"
address = "Flat 7B, Brackley House, 40 Midsummer Boulevard, MK9 3BN"

[[people]]
name = "Hope Sparkes"
role = "Mother"
pseudonym = "Mother"
born = "21-07-2000"

[[people]]
name = "Ryan Hartnell"
aliases = ["Ry"]
role = "Father"
pseudonym = "Father"

[[people]]
name = "Bogdan Sârbu"
role = "Mother's partner"
pseudonym = "Mother's partner"

[[people]]
name = "Grace Hartnell"
role = "Paternal grandmother"
pseudonym = "Paternal grandmother"

[[staff]]
name = "Mark Bishop"
role = "GP"
agency = "Oldbrook Medical Centre"
"""
IDENTIFIERS_4 = {
    "key_name": ["Jacob", "Hartnell-Sparkes", "Sparkes", "Hartnell", "Ryan", "Ry", "Bogdan",
                 "Sârbu", "Sarbu", "Hartnel"],
    "nickname": ["Jakey", "Bodge"],
    "initials": ["J.H-S.", "JHS", "B.S."],
    "not_in_key": ["Precious", "Okwuosa", "Danuta", "Kerrigan", "Shazia", "Hussain", "Gheorghe"],
    "address": ["Brackley House", "Midsummer Boulevard", "Conniburrow"],
    "postcode": ["MK9 3BN", "MK9", "3BN"],
    "agency_place": ["Oldbrook", "Sunflower"],
    "number": ["07700 900461", "434 765 9910", "ZX 98 76 54 A", "hope.sparkes@example.net",
               "@jakey_mum", "LR19 KPD"],
    "date_of_birth": ["03/12/2018", "3rd December 2018", "21.07.00"],
}
ORDINARY_4 = ["hope of change", "by grace", "a mark on his arm", "the Bishop of Oxford",
            "Ramadan", "Child Protection conference", "DC", "Amber", "in December 2019",
            "Multi-Agency Safeguarding Hub", "Early Help", "Arthur Labinjo-Hughes",
            "Star Hobson", "Christmas Eve"]
INVOLVEMENT_4 = [
    "Hope Sparkes registered Jacob at Oldbrook Medical Centre; Hope said Jacob (Jakey) was "
    "born on 03/12/2018. There was little hope of change, the GP wrote.",
    "The family lived at Flat 7B, Brackley House, 40 Midsummer Boulevard, MK9 3BN, after "
    "a spell in Conniburrow. Post for the MK9 3BN flat was held.",
    "Ryan Hartnell ('Ry') and Bogdan Sârbu (Bodge to friends) both visited; SARBU was on "
    "the police system as Sarbu. Ms Hartnel was seen once.",
    "A neighbour, Precious Okwuosa, rang 07700 900461 on Christmas Eve; her friend Danuta "
    "Kerrigan and Mrs Shazia Hussain said Gheorghe, a lodger, shouted.",
    "J.H-S. was seen at Sunflower Children's Centre by DC Amos; JHS had a mark on his arm. "
    "B.S. gave NHS 434 765 9910, NI ZX 98 76 54 A, hope.sparkes@example.net, @jakey_mum "
    "and the car LR19 KPD.",
    "Hope's own DOB 21.07.00; Jacob born 3rd December 2018. The risk was Amber in "
    "December 2019 and the Multi-Agency Safeguarding Hub was told.",
]
ANALYSIS_4 = [
    "As in the reviews of Arthur Labinjo-Hughes and Star Hobson, the father's voice was "
    "missing; staff at Sunflower relied on Hope by grace rather than evidence.",
    "The Bishop of Oxford's letter was read at the Child Protection conference during Ramadan.",
]
LEARNING_4 = [
    "Learning: Early Help was not offered to Hope Sparkes, and Bogdan was never seen by "
    "Mark Bishop.",
]
RECOMMENDATIONS_4 = [
    ("Oldbrook Medical Centre must record every adult in the household of a child like Jacob",
     "Household audit", "Practice Manager", "31-03-2022"),
]
PROBE_4 = HeldOut("PZ-2022-11", CASE_TOML_4, IDENTIFIERS_4, ORDINARY_4, INVOLVEMENT_4,
                  ANALYSIS_4, LEARNING_4, RECOMMENDATIONS_4,
                  header="Jacob Hartnell-Sparkes, MK9 3BN", footer="hope.sparkes@example.net",
                  comment="Ask Ry about Bodge", footnote="Grace Hartnell's account.")
