"""Held-back publication case 13, written blind (without sight of the anonymiser): a
fictional family and fictional agencies in north Oxfordshire; every name, address,
number and handle is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "NOSCP-CSPR-2020-04"

CASE_TOML = '''\
reference = "NOSCP-CSPR-2020-04"
review = "Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-09-2018", to = "31-01-2020" }
board = "North Oxfordshire Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["TVP", "Police"]

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC", "Oxfordshire Children's Social Care"]

[[agencies]]
name = "Health Visiting Service"
aliases = ["HV Service", "Health Visiting"]

[[agencies]]
name = "Wrenford Upper School"
aliases = ["Wrenford Upper", "WUS"]
published_as = "the secondary school"

[[agencies]]
name = "Tansy Lane Surgery"
aliases = ["Tansy Lane"]

[[agencies]]
name = "Sallowfield Children's Centre"
aliases = ["Sallowfield CC"]
published_as = "the children's centre"

[[people]]
name = "Elīna Ozoliņa"
aliases = ["Elina Ozolina", "Elīna", "Elina", "Ellie", "Elena Ozolina", "EO", "E.O."]
role = "Child"
pseudonym = "Child T"
born = "17-06-2005"
address = "14 Coppice Row, Wrenford, OX16 9ZQ"

[[people]]
name = "Siân Threlkeld"
aliases = ["Sian Threlkeld", "Siân", "Sian", "Ms Threlkeld", "Threlkheld"]
role = "Mother"
pseudonym = "Mother"
born = "02-11-1984"
address = "14 Coppice Row, Wrenford, OX16 9ZQ"

[[people]]
name = "Mārtiņš Ozoliņš"
aliases = ["Martins Ozolins", "Mārtiņš", "Martins", "Mr Ozoliņš", "Mr Ozolins"]
role = "Father"
pseudonym = "Father"
born = "09-04-1979"

[[people]]
name = "Dale Hollins"
aliases = ["Dale", "Mr Hollins", "DH"]
role = "Mother's partner"
pseudonym = "Adult Male 1"
born = "28-01-1988"
address = "14 Coppice Row, Wrenford, OX16 9ZQ"

[[people]]
name = "Rory Hollins"
aliases = ["Rory", "Roo"]
role = "Half-brother"
pseudonym = "Sibling 1"
born = "22-02-2017"
address = "14 Coppice Row, Wrenford, OX16 9ZQ"

[[people]]
name = "Glenys Threlkeld"
aliases = ["Glenys", "Nanna Glenys"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "15-08-1958"
address = "3 Pelham Yard, Wrenford, OX16 9ZT"

[[staff]]
name = "Hope Carver"
code = "SW1"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Owen Frost"
code = "PO1"
role = "Detective Constable"
agency = "Thames Valley Police"

[[staff]]
name = "Bronwen Achterberg"
code = "HV1"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Gideon Marwood"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Wrenford Upper School"
'''

IDENTIFIERS = {
    "key_name": ["Elīna Ozoliņa", "Elina Ozolina", "Siân Threlkeld", "Sian Threlkeld",
                 "Mārtiņš Ozoliņš", "Martins Ozolins", "Dale Hollins", "Rory Hollins",
                 "Glenys Threlkeld"],
    "first_name": ["Elīna", "Elina", "Siân", "Sian", "Mārtiņš", "Martins", "Dale", "Rory",
                   "Glenys"],
    "nickname": ["Ellie", "Nanna Glenys", "Roo"],
    "possessive": ["Elīna's", "Ellie's", "Ms Threlkeld's", "Dale's", "Mr Ozoliņš's"],
    "surname": ["Ms Threlkeld", "Mr Ozoliņš", "Mr Ozolins", "Mr Hollins", "Ozoliņa",
                "Threlkeld"],
    "misspelling": ["Threlkheld", "Elena Ozolina", "Ozolina-Threlkeld"],
    "initials": ["E.O.", "EO", "DH"],
    "not_in_key": ["Kieran Loveday", "Loveday", "KJ", "Tamsin Budge", "Tamsin", "Miss Budge",
                   "Mrs Ashworth-Vane", "Ashworth-Vane"],
    "staff": ["Hope Carver", "Ms Carver", "Owen Frost", "DC Frost", "Bronwen Achterberg",
              "Bronwen", "Gideon Marwood", "Mr Marwood"],
    "address": ["14 Coppice Row", "Coppice Row", "3 Pelham Yard", "Pelham Yard", "Wrenford"],
    "postcode": ["OX16 9ZQ", "OX16 9ZT", "OX16", "9ZQ"],
    "agency_place": ["Wrenford Upper School", "Wrenford Upper", "Tansy Lane Surgery",
                     "Tansy Lane", "Sallowfield Children's Centre", "Sallowfield"],
    "number": ["07700 900417", "01632 960288", "485 777 3456", "43190087654", "KX15 LVD"],
    "date_of_birth": ["17-06-2005", "17/06/2005", "17 June 2005", "22-02-2017"],
    "social_media": ["@kj_lovedayy", "ellie_o_xx", "sian.threlkeld@example.org"],
}

ORDINARY = [
    "Working Together to Safeguard Children 2018", "Children Act 1989", "section 47",
    "Police and Criminal Evidence Act 1984", "county lines", "National Referral Mechanism",
    "CEOP", "Snapchat", "Detective Sergeant", "PCSO", "MASH", "MARAC",
    "British Transport Police", "Birmingham New Street", "Rotherham", "Professor Alexis Jay",
    "Victoria Climbié", "Lord Laming", "Christmas Eve", "Bonfire Night", "Diwali", "Year 9",
    "Year 10", "John Radcliffe Hospital", "Barnardo's", "NSPCC",
    "Strengths and Difficulties Questionnaire", "Brook", "Staffordshire bull terrier",
    "Ehlers-Danlos syndrome", "Early Help Assessment", "Ofsted", "Language Line",
    "Yorkshire Dales", "would not budge", "hard frost", "little hope", "A&E",
    "RETURN HOME INTERVIEW", "Ages and Stages Questionnaire",
]

INVOLVEMENT = [
    "Elīna Ozoliņa (Ellie) was 13 and in Year 9 at Wrenford Upper School when the review "
    "period began. She lived at 14 Coppice Row, Wrenford, OX16 9ZQ with her mother Siân "
    "Threlkeld, Ms Threlkeld's partner Dale Hollins and her half-brother Rory Hollins, then "
    "aged 18 months. Her father, Mārtiņš Ozoliņš, had returned to work in the Yorkshire "
    "Dales and saw her during the school holidays. Elīna's date of birth (17-06-2005) was "
    "recorded correctly by the school but as 17/06/2005 and 17 June 2005 elsewhere.",

    "On a Friday in October 2018 Ellie was reported missing after she did not return from "
    "Bonfire Night celebrations with her friend Tamsin Budge; Miss Budge's mother rang "
    "the police at midnight. A PCSO found her the next "
    "morning after a hard frost, sitting in a silver car, registration KX15 LVD, belonging "
    "to Kieran Loveday, known locally as KJ, who was 22. A RETURN HOME INTERVIEW was "
    "offered by Barnardo's but Ms Threlkeld declined it, saying Elīna 'would not budge' "
    "about where she had been.",

    "DC Frost (Owen Frost) completed a CSE screening tool and referred Ellie to the MASH. "
    "Children's Social Care held a strategy discussion and a section 47 enquiry was opened "
    "under the Children Act 1989. The allocated social worker, Hope Carver, visited Coppice "
    "Row and spoke to Mr Hollins, who said Loveday was 'just a mate'. Ms Carver recorded "
    "that Siân had little hope of keeping Elīna at home at night. The mother's mobile "
    "(07700 900417) was recorded wrongly on the referral.",

    "The Health Visiting Service was involved with Rory (Roo), born 22-02-2017, for his "
    "two-year review. "
    "Bronwen Achterberg, the health visitor, completed the Ages and Stages Questionnaire "
    "at Sallowfield Children's Centre and noted a Staffordshire bull terrier loose in the "
    "kitchen at home. Bronwen also recorded that Nanna Glenys (Glenys Threlkeld, of 3 "
    "Pelham Yard, OX16 9ZT) was providing most of Rory's care and that the landline "
    "01632 960288 at Pelham Yard was the best contact.",

    "Tansy Lane Surgery saw Ellie in December 2018 for joint pain linked to her "
    "Ehlers-Danlos syndrome; she asked about contraception and was referred to Brook. The "
    "GP recorded her NHS number as 485 777 3456 and her name as Elena Ozolina. On "
    "Christmas Eve she attended A&E at the John Radcliffe Hospital with an injury to her "
    "wrist, accompanied by 'a cousin' later identified as KJ.",

    "In February 2019 Ellie was found by British Transport Police at Birmingham New Street "
    "with cash and two phones. She was interviewed under the Police and Criminal Evidence "
    "Act 1984 and a Detective Sergeant referred her to the National Referral Mechanism as "
    "a possible victim of county lines exploitation (URN 43190087654). Messages on "
    "Snapchat from @kj_lovedayy and an Instagram account, ellie_o_xx, were passed to CEOP.",

    "Gideon Marwood, the designated safeguarding lead, referred Elīna to the MARAC after a "
    "neighbour, Mrs Ashworth-Vane, reported hearing Dale threaten her. In Year 10 E.O. "
    "missed her GCSE mock examinations during Diwali week, when school records show a "
    "Strengths and Difficulties Questionnaire was started and never finished. Mr Marwood "
    "emailed the mother at sian.threlkeld@example.org; the email was unanswered.",
]

ANALYSIS = [
    "Practitioners saw Elīna as a difficult teenager rather than a child being exploited. "
    "The language used about EO ('putting herself at risk', 'would not budge') echoes the "
    "findings of Professor Alexis Jay in Rotherham, and the lesson from Victoria Climbié "
    "and Lord Laming that the child must be seen and heard in her own right.",

    "Police logs wrote the mother as Sian Threlkeld without the accent. "
    "The records for Ms Threlkeld's household used three spellings of the family name "
    "(Threlkeld, Threlkheld, Ozolina-Threlkeld) and neither checked the father's name as "
    "Martins Ozolins or Mārtiņš Ozoliņš. Mr Ozoliņš's contact with the school was never "
    "followed up, and Mr Ozolins was not offered Language Line when CSC spoke to him.",

    "Dale's role in the household was not assessed. DH was named in two police logs but "
    "Children's Social Care did not link them to the MASH referral. Ofsted's inspection "
    "had already found that Early Help Assessment was not used for teenagers; no NSPCC or "
    "Childline contact was recorded, though Ellie told Tamsin she had phoned Childline.",
]

LEARNING = [
    "Ellie's missing episodes should have been read together: Elīna Ozoliņa was missing "
    "nine times from Coppice Row, Wrenford, and each RETURN HOME INTERVIEW was refused. "
    "Working Together to Safeguard Children 2018 expects agencies to share intelligence "
    "about adults such as Kieran Loveday (KJ) in a strategy discussion, and British "
    "Transport Police and Thames Valley Police did not do so.",

    "Professionals relied on Siân Threlkeld and on Nanna Glenys to keep Ellie safe, with "
    "little hope that they could. Wrenford Upper School, Tansy Lane Surgery and the "
    "Sallowfield Children's Centre each held part of the picture; the Health Visiting "
    "Service's contact with Rory Hollins, the John Radcliffe Hospital's A&E record and "
    "Hope Carver's notes were never brought together before the MARAC.",

    "Electronic records must carry every spelling of a name; Elena Ozolina, Elina Ozolina "
    "and Elīna Ozoliņa were three records for one child, with dates of birth 17-06-2005 "
    "and 17/06/2005, and the NHS number 485 777 3456 was not on the school file.",

    "Snapchat and Instagram evidence, including the account @kj_lovedayy, should be "
    "referred to CEOP quickly; the referral took six weeks, covering Christmas Eve and "
    "the Bonfire Night period, and Gideon Marwood was not told of the outcome.",
]

RECOMMENDATIONS = [
    ("Thames Valley Police and Children's Social Care should hold a strategy discussion "
     "when a child such as Ellie (Elīna Ozoliņa) is found with an adult like Kieran "
     "Loveday, and consider the National Referral Mechanism for county lines",
     "Audit missing episodes and NRM referrals", "Detective Sergeant, Exploitation Hub",
     "30-09-2020"),
    ("Wrenford Upper School and Tansy Lane Surgery should share concerns about Year 10 "
     "pupils with Ehlers-Danlos syndrome or other needs through the MASH, checking every "
     "spelling, as with Ms Threlkeld and Threlkheld, and use Language Line for Mr Ozoliņš",
     "Brief designated safeguarding leads on name searches", "Head of Service",
     "31-12-2020"),
    ("The Health Visiting Service should record who cares for a child such as Rory Hollins "
     "at 14 Coppice Row, including Nanna Glenys, and the Ages and Stages Questionnaire "
     "result, and refer to Early Help Assessment where an NSPCC or Barnardo's service fits",
     "Update health visiting guidance", "Named Nurse", "31-03-2021"),
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
    header="Agency report on Elīna Ozoliņa (Ellie), 14 Coppice Row, Wrenford OX16 9ZQ",
    footer="OFFICIAL-SENSITIVE: Child T (E.O.), DOB 17-06-2005, NHS 485 777 3456",
    comment="Ms Carver to check whether Dale Hollins is the KJ mentioned by Tamsin Budge.",
    footnote="Siân Threlkeld's phone, 07700 900417, and Glenys Threlkeld at Pelham Yard "
             "were both recorded by Bronwen Achterberg.",
)
