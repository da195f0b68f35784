# ruff: noqa: E501
"""A held-back publication case written blind (a seven-week-old baby with a skull fracture in a
Northumberland market town near the Scottish border); every name, address and number in it is
invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "NTSCP-2025-07"
review = "Child Safeguarding Practice Review"
subject = "Child Q"
period = { from = "01-05-2024", to = "05-03-2025" }
board = "North of Tyne Safeguarding Children Partnership"
summary_dates = "month"

[[agencies]]
name = "Northumbria Police"
aliases = ["Police", "NP"]

[[agencies]]
name = "Northumberland County Council Children's Services"
aliases = ["Children's Social Care", "CSC", "Northumberland CSC"]

[[agencies]]
name = "Northumbria Healthcare NHS Foundation Trust"
aliases = ["NHCT", "Health Visiting Service", "Midwifery", "Emergency Department"]

[[agencies]]
name = "Brankhope Medical Practice"
aliases = ["Brankhope Surgery", "the Practice"]

[[agencies]]
name = "Brankhope St Ebba's CE First School"
aliases = ["St Ebba's", "St Ebba's First School"]
published_as = "the first school"

[[agencies]]
name = "Police Scotland"
aliases = ["PS"]

[[agencies]]
name = "NHS Borders"
aliases = ["NHS Borders Health Board"]

[[people]]
name = "Isla Faith Heron"
aliases = ["Isla", "Isla Heron", "IFH", "I.H."]
role = "Child"
pseudonym = "Child Q"
born = "14-01-2025"
address = "14 Tillside Terrace, Brankhope, Northumberland, NE71 6ZX"

[[people]]
name = "Kerys Heron"
aliases = ["Kerys", "Kez", "Keris", "KH", "Ms Heron"]
role = "Mother"
pseudonym = "Mother"
born = "03-08-1999"
address = "14 Tillside Terrace, Brankhope, Northumberland, NE71 6ZX"

[[people]]
name = "Dariusz Wójcik"
aliases = ["Dariusz", "Darek", "Dariusz Wojcik", "Mr Wojcik", "Wojick", "D.W."]
role = "Father"
pseudonym = "Father"
born = "22-11-1994"
address = "Flat 2, 9 Bourtree Wynd, Ettrickmuir, TD9 7ZQ"

[[people]]
name = "Brodie Heron"
aliases = ["Brodie"]
role = "Half-sibling"
pseudonym = "Sibling"
born = "09-06-2019"
address = "14 Tillside Terrace, Brankhope, Northumberland, NE71 6ZX"

[[people]]
name = "Pauline Elsdon"
aliases = ["Nana Pauline", "Pauline"]
role = "Maternal Grandmother"
pseudonym = "Maternal Grandmother"
born = "17-02-1972"
address = "3 Glendale Court, Brankhope, NE71 6ZT"

[[staff]]
name = "Rhoswen Pattinson"
code = "MW1"
role = "Community Midwife"
agency = "Northumbria Healthcare NHS Foundation Trust"

[[staff]]
name = "Lorna Swinburne"
code = "HV1"
role = "Health Visitor"
agency = "Northumbria Healthcare NHS Foundation Trust"

[[staff]]
name = "Euan Christmas"
code = "GP1"
role = "General Practitioner"
agency = "Brankhope Medical Practice"

[[staff]]
name = "Sean Winter"
code = "SW1"
role = "Social Worker"
agency = "Northumberland County Council Children's Services"

[[staff]]
name = "Tamsin Reay"
code = "DC1"
role = "Detective Constable"
agency = "Northumbria Police"
"""

IDENTIFIERS = {
    "key_name": ["Isla Faith Heron", "Isla Heron", "Isla", "Isla's", "Kerys Heron", "Kerys",
                 "Kerys's", "Ms Heron", "Heron", "Dariusz Wójcik", "Dariusz", "Wójcik",
                 "Brodie Heron", "Brodie", "Brodie's", "Pauline Elsdon", "Pauline"],
    "ascii_spelling": ["Dariusz Wojcik", "Mr Wojcik", "Wojcik"],
    "misspelling": ["Keris", "Wojick"],
    "nickname": ["Kez", "Darek", "Nana Pauline", "Darek Wojo", "Izzy"],
    "initials": ["I.H.", "IFH", "KH", "D.W.", "D-W"],
    "not_in_key": ["Morven Tait", "Morven", "Kacper", "Greta Lumsden", "Mrs Lumsden",
                   "Jodie Purdy", "Jodie"],
    "staff_name": ["Rhoswen Pattinson", "Rhoswen", "Lorna Swinburne", "Euan Christmas",
                   "Dr Christmas", "Sean Winter", "Mr Winter", "Tamsin Reay", "DC Reay"],
    "address": ["14 Tillside Terrace", "Tillside Terrace", "Flat 2, 9 Bourtree Wynd",
                "Bourtree Wynd", "Glendale Court"],
    "agency_place": ["Brankhope", "St Ebba's", "Ettrickmuir", "Hartsgarth Timber"],
    "postcode": ["NE71 6ZX", "NE71", "6ZX", "TD9 7ZQ"],
    "number": ["07700 900417", "01632 960582", "999 482 1163", "1401254872"],
    "email": ["kez.heron99@example.org"],
    "social_media": ["@kez_heron99"],
    "date_of_birth": ["14-01-2025", "14th January 2025", "03/08/1999"],
}

ORDINARY = [
    "Christmas Day", "over the winter", "faith and cultural needs", "Hogmanay",
    "Police Scotland", "NHS Borders", "Borders General Hospital",
    "Great North Children's Hospital", "Child Protection Register",
    "Getting It Right For Every Child", "GIRFEC", "Named Person",
    "Inter-agency Referral Discussion", "National Guidance for Child Protection in Scotland 2021",
    "ICON", "Babies cry, you can cope", "The Myth of Invisible Men",
    "Star Hobson", "Arthur Labinjo-Hughes", "Child Safeguarding Practice Review Panel",
    "Working Together to Safeguard Children 2023", "Section 47",
    "Edinburgh Postnatal Depression Scale", "Whooley questions", "ASQ-3",
    "Staffordshire Bull Terrier", "Moses basket", "Calpol", "von Willebrand disease",
    "Menkes disease", "Operation Encompass", "MASH", "Year 1", "Detective Sergeant",
    "Polish", "Language Line", "Lullaby Trust", "across the border", "Sunday",
    "WhatsApp",
]

INVOLVEMENT = [
    "In May 2024 Kerys Heron booked her pregnancy with the community midwife, Rhoswen "
    "Pattinson, at Brankhope Medical Practice. Kerys said that the baby's father, Dariusz "
    "Wójcik, worked shifts at Hartsgarth Timber across the border and stayed during the week "
    "at Flat 2, 9 Bourtree Wynd, Ettrickmuir TD9 7ZQ. The Whooley questions were asked and "
    "routine enquiry about domestic abuse was made with Mr Wojcik not present; Ms Heron "
    "answered no to both. Her faith and cultural needs were recorded as none. Rhoswen did not "
    "record the father's date of birth or his address in Scotland, and he was never seen "
    "antenatally.",

    "In October 2024 the health visitor, Lorna Swinburne, made an antenatal contact at 14 "
    "Tillside Terrace. She noted a Staffordshire Bull Terrier in the home, that Brodie (then "
    "in Year 1 at St Ebba's) was at school, and that Kerys's score on the Edinburgh Postnatal "
    "Depression Scale was 11. Kez told her that her mother, Pauline Elsdon (Nana Pauline to Brodie), lived nearby in "
    "Glendale Court and helped most days, and that Darek 'liked a drink at weekends'. The "
    "health visitor did not ask whether Dariusz had other children. Kerys gave her mobile "
    "number as 07700 900417 and her email as kez.heron99@example.org.",

    "On Christmas Day 2024 a neighbour, Greta Lumsden, rang Northumbria Police on 01632 "
    "960582 to report shouting and a child crying at the address. Officers attended; Mr "
    "Wojcik had left for Scotland. A DASH risk assessment was completed with Kerys and graded "
    "standard. Brodie was present. A notification went to the MASH on the Sunday after, and "
    "the first school was told under Operation Encompass when term began. Mrs Lumsden told "
    "officers that she had heard shouting 'over the winter' several times. No check was made "
    "with Police Scotland.",

    "Isla Faith Heron was born at term on 14th January 2025. On the postnatal ward ICON "
    "('Babies cry, you can cope') was discussed with Kerys alone, as Dariusz was at work in "
    "Ettrickmuir; the leaflet was left in the Moses basket. At the new birth visit the health "
    "visitor advised safer sleep using the Lullaby Trust leaflet. The father was again not "
    "seen. Kerys's friend Jodie Purdy was present and said Isla 'screamed for hours' and that "
    "Kez had been giving Calpol.",

    "On a Sunday in February 2025, when Isla was three and a half weeks old and staying with "
    "her father for the weekend, Dariusz Wojcik took her to the Emergency Department of "
    "Borders General Hospital with a small bruise on the left cheek, which he said Brodie's "
    "toy had caused. The doctor accepted the explanation; no Inter-agency Referral Discussion "
    "was sought and no skeletal survey was done. NHS Borders posted a letter to Dr Christmas "
    "giving Isla's CHI number 1401254872; it reached the Practice twelve days later and was "
    "filed by an administrator without a GP seeing it.",

    "In early March 2025 Kerys brought Isla, then seven weeks old, to the Emergency "
    "Department at Northumbria Specialist Emergency Care Hospital, saying she had been "
    "floppy since her father's visit. A CT scan showed a parietal skull fracture and I.H. was "
    "transferred to the Great North Children's Hospital. The child protection medical also "
    "found healing rib fractures; tests for von Willebrand disease and Menkes disease were "
    "negative. A strategy discussion agreed a Section 47 enquiry under the Children Act 1989, "
    "led by the social worker, Sean Winter, with DC Tamsin Reay. Mr Winter visited Keris (as the ward spelled her name) that evening.",

    "During the strategy discussion Police Scotland shared that in 2021 Mr Wójcik had been "
    "arrested after an incident at Hogmanay involving his former partner, Morven Tait, and that "
    "their son, Kacper, had been placed on the Child Protection Register by Scottish Borders "
    "Council social work. A Polish interpreter was booked through Language Line for the "
    "father's interview, although he spoke English well. Kerys later showed DC Reay WhatsApp "
    "messages from 'Darek Wojo' and a Snapchat account, @kez_heron99, on which she had posted "
    "photographs of Isla.",
]

ANALYSIS = [
    "The review has found, as The Myth of Invisible Men found nationally, that the father was "
    "barely known to any agency in England. Dariusz was never seen by the midwife or the "
    "health visitor, and nobody asked about Kacper or Morven. Had Northumbria Police asked "
    "Police Scotland after Christmas Day, the Child Protection Register history would have "
    "been known before Isla was born.",

    "The bruise seen at Borders General Hospital was on a non-mobile infant and should have "
    "led to an Inter-agency Referral Discussion under the National Guidance for Child "
    "Protection in Scotland 2021. Under Getting It Right For Every Child a baby living in "
    "Scotland would have a Named Person; Isla lived in Brankhope and had none in Scotland, and "
    "the letter to Dr Christmas was the only route of information across the border.",

    "Kerys's EPDS score, the crying described by Jodie, the Christmas Day call by Mrs Lumsden "
    "and the Calpol were each held by a different agency. No one put them together. The "
    "health visitor planned an ASQ-3 at eight weeks, which was never reached.",

    "The learning echoes the national review of the murders of Star Hobson and Arthur "
    "Labinjo-Hughes by the Child Safeguarding Practice Review Panel: information held by "
    "one agency was not known to another, and a professional's sense that a father was "
    "'working away' was taken as the end of the enquiry, not the start of it.",
]

LEARNING = [
    "When a family lives in England and a parent lives or works across the border, agencies "
    "must ask Police Scotland, NHS Borders and Scottish social work what they hold. In this "
    "case Dariusz Wójcik (D.W. in the health records) was known in Scotland, and Kerys Heron (KH) "
    "at 14 Tillside Terrace, Brankhope NE71 6ZX was not told. The Hogmanay incident, the Child "
    "Protection Register and the Named Person arrangements under GIRFEC were all unknown to the "
    "midwife, Rhoswen, and to the health visitor, Lorna Swinburne.",

    "A bruise on a baby who cannot move is never ordinary. Isla Heron's bruise at Borders "
    "General Hospital, seen on a Sunday, should have been shared on the same day with the "
    "health visitor and the GP, Euan Christmas, not posted. ICON ('Babies cry, you can cope') "
    "must be given to fathers and to any carer, including Nana Pauline and Mr Wojcik, and "
    "recorded; here only Kez heard it. The Whooley questions and the Edinburgh Postnatal "
    "Depression Scale were used well, but the father's own history was never asked.",

    "Operation Encompass worked as intended: St Ebba's knew of the Christmas Day call and "
    "staff watched Brodie Heron in Year 1 carefully. The school was not told about the new "
    "baby's father and could not have known the risk.",

    "Working Together to Safeguard Children 2023 expects the strategy discussion to include "
    "every agency that may hold information, including agencies in Scotland. On this occasion "
    "the strategy discussion did so, and Police Scotland, NHS Borders and Scottish Borders "
    "Council shared quickly, but only after Isla was injured.",
]

RECOMMENDATIONS = [
    ("The North of Tyne Safeguarding Children Partnership should agree with NHS Borders and "
     "Police Scotland a protocol so that an Emergency Department attendance in Scotland by a "
     "baby living in England, such as Isla in Brankhope, is shared on the same day with the "
     "health visitor and GP, using the Inter-agency Referral Discussion where needed",
     "Draft a cross-border protocol and test it by audit of attendances at Borders General "
     "Hospital",
     "Designated Nurse", "30-09-2025"),
    ("Northumbria Healthcare NHS Foundation Trust should make sure that ICON and safer sleep "
     "advice from the Lullaby Trust are given to every father, as they were not to Dariusz "
     "Wójcik, and that the father's address, date of birth and other children are recorded at "
     "booking, following The Myth of Invisible Men",
     "Update the midwifery booking record and the health visiting new birth template",
     "Head of Midwifery", "31-12-2025"),
    ("Northumbria Police should check Police Scotland systems after any domestic abuse call on "
     "Christmas Day or at any other time where a partner lives across the border, as at 14 "
     "Tillside Terrace, and the Detective Sergeant reviewing a DASH graded standard should "
     "confirm that the check was made",
     "Amend the domestic abuse attendance checklist and brief response officers",
     "Detective Sergeant, Safeguarding", "31-10-2025"),
]

CASE = HeldOut(
    reference="NTSCP-2025-07",
    case_toml=CASE_TOML,
    identifiers=IDENTIFIERS,
    ordinary=ORDINARY,
    involvement=INVOLVEMENT,
    analysis=ANALYSIS,
    learning=LEARNING,
    recommendations=RECOMMENDATIONS,
    header="CONFIDENTIAL - IFH (Isla Heron), DOB 14-01-2025, NHS No 999 482 1163",
    footer="Kerys Heron (DOB 03/08/1999), 14 Tillside Terrace, Brankhope NE71 6ZX, 07700 900417",
    comment="Check with Rhoswen whether Izzy's father (D-W, Wojick in the ED notes) still "
            "works at Hartsgarth Timber; Morven's number is on file.",
    footnote="Letter from Borders General Hospital to Dr Christmas, CHI 1401254872; father's "
             "address Flat 2, 9 Bourtree Wynd, Ettrickmuir TD9 7ZQ; Isla born 14th January 2025.",
)
