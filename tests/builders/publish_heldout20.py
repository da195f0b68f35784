"""A held-back publication case, written blind without sight of the anonymiser: a baby
with unexplained fractures in a large household; every name, address and number in it is
invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "BSCP-2026-031"
review = "Child Safeguarding Practice Review"
subject = "Baby Q"
period = { from = "01-04-2025", to = "31-03-2026" }
board = "Birmingham Safeguarding Children Partnership"

[[agencies]]
name = "West Midlands Police"
aliases = ["WMP", "Police", "Public Protection Unit"]

[[agencies]]
name = "Birmingham Children's Trust"
aliases = ["BCT", "Children's Social Care", "CSC"]

[[agencies]]
name = "Birmingham Community Healthcare NHS Foundation Trust"
aliases = ["BCHC", "Health Visiting", "0-19 Service"]

[[agencies]]
name = "University Hospitals Birmingham NHS Foundation Trust"
aliases = ["UHB", "Midwifery", "Emergency Department", "Heartlands Hospital"]

[[agencies]]
name = "Pelham Lane Surgery"
aliases = ["Pelham Lane", "PLS"]

[[agencies]]
name = "Saltley Gate Children's Centre"
aliases = ["Saltley Gate"]
published_as = "the children's centre"

[[agencies]]
name = "Bromford Vale Primary School"
aliases = ["Bromford Vale"]
published_as = "the primary school"

[[people]]
name = "Ehsan Ali Rathore"
aliases = ["Ehsan", "Baby Rathore", "Baby Talukder", "E.A.R."]
role = "Child"
pseudonym = "Baby Q"
born = "11-01-2026"
address = "27 Wexcombe Road, Saltley, Birmingham B8 9ZX"

[[people]]
name = "Nusrat Jahan Talukder"
aliases = ["Nusrat", "Ms Talukder", "Mrs Rathore", "Lovely Apa", "N.T.", "NT"]
role = "Mother"
pseudonym = "Mother"
born = "03-09-2001"
address = "27 Wexcombe Road, Saltley, Birmingham B8 9ZX"

[[people]]
name = "Faisal Iqbal Rathore"
aliases = ["Faisal", "Mr Rathore", "Fas", "F.I.R.", "Chacha Faisal"]
role = "Father"
pseudonym = "Father"
born = "17-06-1996"
address = "27 Wexcombe Road, Saltley, Birmingham B8 9ZX"

[[people]]
name = "Parveen Akhtar Rathore"
aliases = ["Parveen", "Dadi Parveen", "Mrs Rathore senior"]
role = "Paternal grandmother"
pseudonym = "Paternal Grandmother"
born = "02-02-1964"
address = "27 Wexcombe Road, Saltley, Birmingham B8 9ZX"

[[people]]
name = "Adnan Rathore"
aliases = ["Adnan", "Addy"]
role = "Paternal uncle"
pseudonym = "Paternal Uncle"
born = "09-11-1991"
address = "27 Wexcombe Road, Saltley, Birmingham B8 9ZX"

[[people]]
name = "Sumaira Bibi"
aliases = ["Sumaira"]
role = "Paternal uncle's wife"
pseudonym = "Aunt"
address = "14 Attwood Grove, Small Heath, Birmingham B10 0QT"

[[people]]
name = "Hamza Rathore"
aliases = ["Hamza"]
role = "Cousin"
pseudonym = "Cousin"
born = "21-05-2019"
address = "27 Wexcombe Road, Saltley, Birmingham B8 9ZX"

[[staff]]
name = "Bernadette Okoro"
code = "MW1"
role = "Community Midwife"
agency = "University Hospitals Birmingham NHS Foundation Trust"

[[staff]]
name = "April Huxtable"
code = "HV1"
role = "Health Visitor"
agency = "Birmingham Community Healthcare NHS Foundation Trust"

[[staff]]
name = "Kerry-Ann Doyle"
code = "SW1"
role = "MASH Social Worker"
agency = "Birmingham Children's Trust"

[[staff]]
name = "Sunita Vaghela"
code = "GP1"
role = "General Practitioner"
agency = "Pelham Lane Surgery"

[[staff]]
name = "Martin Lent"
code = "DC1"
role = "Detective Constable"
agency = "West Midlands Police"
"""

IDENTIFIERS = {
    "key_name": [
        "Ehsan Ali Rathore", "Ehsan Rathore", "Ehsan", "Ehsan's", "Baby Rathore",
        "Baby Talukder", "Nusrat Jahan Talukder", "Nusrat Talukder", "Nusrat",
        "Ms Talukder", "Talukder", "Mrs Rathore", "Faisal Iqbal Rathore", "Faisal Rathore",
        "Faisal", "Mr Rathore", "Mr Rathore's", "Rathore", "Parveen Akhtar Rathore", "Parveen Rathore",
        "Parveen", "Adnan Rathore", "Adnan", "Adnan's", "Sumaira Bibi", "Sumaira",
        "Hamza Rathore", "Hamza",
    ],
    "nickname": ["Lovely Apa", "Fas", "Dadi Parveen", "Addy", "Chacha Faisal"],
    "misspelling": ["Nusraat", "Talukdar", "Rathor", "Faysal"],
    "initials": ["E.A.R.", "N.T.", "NT", "F.I.R.", "F-R"],
    "not_in_key": [
        "Halina Wróbel", "Mrs Wróbel", "Wróbel", "Wrobel", "Auntie Shabana", "Shabana",
        "Khaleda Begum", "Khaleda",
    ],
    "staff_name": [
        "Bernadette Okoro", "Sister Okoro", "Okoro", "April Huxtable", "Ms Huxtable",
        "Huxtable",
        "Kerry-Ann Doyle", "Kerry-Ann", "Ms Doyle", "Dr Sunita Vaghela", "Dr Vaghela",
        "Vaghela", "Martin Lent", "DC Lent",
    ],
    "address": [
        "27 Wexcombe Road", "Wexcombe Road", "Wexcombe Rd", "Saltley", "14 Attwood Grove",
        "Attwood Grove", "Small Heath",
    ],
    "postcode": ["B8 9ZX", "B8", "9ZX", "B10 0QT", "B10", "0QT"],
    "agency_place": [
        "Pelham Lane Surgery", "Pelham Lane", "Saltley Gate Children's Centre",
        "Saltley Gate", "Bromford Vale Primary School", "Bromford Vale",
    ],
    "workplace": ["Saltley Star Cars", "Star Cars"],
    "number": [
        "07700 900417", "01632 960283", "999 417 2286", "20BE/4471/25", "20BE/1129/26",
        "BK19 XRT",
    ],
    "date_of_birth": [
        "11 January 2026", "11/01/2026", "3 September 2001", "03.09.2001", "17/06/1996",
    ],
    "email": ["faisal.rathore86@example.org"],
    "social_media": ["@fas_r86", "nusrat.mishti"],
}

ORDINARY = [
    "Birmingham Children's Hospital", "West Midlands Police", "Ramadan", "Eid al-Fitr",
    "Mothering Sunday", "Boxing Day", "Arthur Labinjo-Hughes", "Star Hobson",
    "The Myth of Invisible Men", "ICON", "Babies Cry, You Can Cope",
    "Working Together to Safeguard Children 2023", "Children Act 1989", "section 47",
    "non-mobile babies", "osteogenesis imperfecta", "Ehlers-Danlos syndrome",
    "Mongolian blue spot", "skeletal survey", "Edinburgh Postnatal Depression Scale",
    "Language Line", "Sylheti", "Mirpur", "No Recourse to Public Funds", "MASH",
    "Detective Sergeant", "released under investigation", "Friday prayers", "April 2025",
    "had lent", "Moses basket", "Tommee Tippee", "XL Bully", "Year 1", "NSPCC",
    "Home-Start", "NHS 111", "Graded Care Profile 2", "WAS NOT BROUGHT", "a lovely baby",
]

INVOLVEMENT = [
    "Nusrat Jahan Talukder (DOB 3 September 2001), known in the family as Lovely Apa, booked her pregnancy with the community midwife Bernadette Okoro in April 2025 at Pelham Lane Surgery. She gave her address as 27 Wexcombe Road, Saltley, Birmingham B8 9ZX, the home of her husband Faisal Rathore, his mother Parveen Rathore, his brother Adnan Rathore and Adnan's son Hamza. Ms Talukder had come from Sylhet in 2023 on a spouse visa with No Recourse to Public Funds; she speaks Sylheti and a little English, while the household speaks Urdu and Pothwari, the family's roots being in Mirpur. Sister Okoro used Faisal as interpreter at booking and at two later appointments, and once a family friend, Auntie Shabana; Language Line was not used. The Whooley questions and the Edinburgh Postnatal Depression Scale were recorded as 'declined'.",
    "On Sunday 12 October 2025 West Midlands Police attended Wexcombe Road after the next-door neighbour, Mrs Halina Wróbel, called 999 to report shouting and a door being kicked. The log (20BE/4471/25) records an argument between F-R and his brother Addy about money from Saltley Star Cars, where Mr Rathore drives a private hire vehicle (BK19 XRT) on nights. The officers noted that Nusrat was 'about five months pregnant' and that an XL Bully was kept in the yard with its exemption certificate. The officers spelt the neighbour's name Wrobel, the mother's Nusraat Talukdar (date of birth given as 03.09.2001) and the father's Faysal Rathor, of Wexcombe Rd. A notification went to the MASH, where Kerry-Ann Doyle screened it and closed it the same day: 'no children resident', so neither the unborn baby nor Hamza Rathore, then in Year 1 at Bromford Vale Primary School, was considered, and health visiting was not told.",
    "On Boxing Day Nusrat attended maternity triage with reduced fetal movements. Dadi Parveen came with her and answered the questions; Mrs Rathore senior said the mother 'worries too much'. Ehsan Ali Rathore was born at Heartlands Hospital on 11 January 2026 at 38 weeks and was first recorded as Baby Talukder; his NHS number is 999 417 2286. The postnatal midwife wrote that he was a lovely baby, feeding well from a Tommee Tippee bottle. The ICON message, Babies Cry, You Can Cope, was recorded as given, but to the mother only, in English and without an interpreter: Mr Rathore was at work and no one asked when he could be seen.",
    "The health visitor April Huxtable made the new birth visit on 22 January 2026. Baby Rathore was sleeping in a Moses basket that Mrs Wróbel had lent the couple. Ms Huxtable noted a blue-grey mark on the lower back, recorded it as a Mongolian blue spot (congenital dermal melanocytosis) and drew no body map. Seven people lived in the three-bedroomed house; the Graded Care Profile 2 was not used, and the father was not met because 'Fas is sleeping after his shift'. Ms Talukder was referred to Home-Start and to the baby group at Saltley Gate Children's Centre, which she attended twice with her sister-in-law Sumaira Bibi, who lives at 14 Attwood Grove, Small Heath, Birmingham B10 0QT. Saltley Gate did not follow up when she stopped coming.",
    "Ramadan began on 18 February 2026. The family kept the fast and Faisal Iqbal Rathore went to Friday prayers before his shifts, sleeping in the day. On Friday 27 February a man calling from the landline 01632 960283 rang NHS 111 to say that Ehsan screamed whenever his left arm was moved; the call handler advised that the baby be seen by a GP within 24 hours. The appointment offered at Pelham Lane for 2 March, which was also the six-to-eight-week check, is coded WAS NOT BROUGHT; Dr Sunita Vaghela sent a text to the father's mobile, 07700 900417, and an email to faisal.rathore86@example.org, and rebooked the check for April. At Bromford Vale, Hamza told his Year 1 teacher that 'the baby cries all night and Chacha Faisal shouts at him'; this was written in the class log and not passed on.",
    "On Mothering Sunday, 15 March 2026, Mr Rathore and his mother, Parveen Akhtar Rathore, brought Ehsan, then nine weeks old (date of birth 11/01/2026 on the triage card), to the Emergency Department at Heartlands Hospital with a swollen right thigh. Mr Rathore's account was that the leg had caught in the side of the Moses basket. An X-ray showed a spiral fracture of the femur. E.A.R. was transferred to Birmingham Children's Hospital, where a skeletal survey showed healing fractures of three posterior ribs and a metaphyseal fracture of the left wrist. The child protection medical noted that osteogenesis imperfecta, Ehlers-Danlos syndrome and vitamin D deficiency had been considered and excluded by genetic and blood tests.",
    "A strategy discussion was held that evening and section 47 enquiries began under the Children Act 1989. DC Martin Lent of the Public Protection Unit and a Detective Sergeant interviewed the father, F.I.R. (DOB 17/06/1996), and Adnan Rathore under caution; both were released under investigation (crime reference 20BE/1129/26). DC Lent found on the father's Snapchat account, @fas_r86, a clip of Ehsan crying with the caption 'no sleep in this house', and the mother's TikTok account, nusrat.mishti, had been private since February. Ehsan's discharge to a foster carer was delayed until after Eid al-Fitr at the family's request. The mother's sister, Khaleda Begum, contacted the NSPCC helpline from Luton in late March 2026.",
]

ANALYSIS = [
    "The father was, in the words of the national panel's report The Myth of Invisible Men, an invisible man to every agency. Faisal was not registered at the surgery, was never seen by the health visitor, was asked to interpret for his wife rather than asked about himself, and was known to the police only as the man in an argument with his brother. No one asked who else cared for Baby Q; in a household of seven, Mr Rathore, Adnan and Parveen Rathore all had care of the baby at night during Ramadan.",
    "Nusrat Talukder was never heard in her own language. Using a husband, a mother-in-law or a family friend such as Shabana as interpreter meant the routine questions about domestic abuse and mood were not asked safely, and the record that she 'declined' the Edinburgh Postnatal Depression Scale says more about the conversation than about her. Professionals assumed that a large extended family was a protective factor; Dadi Parveen's presence at every contact was read as support and not as a possible limit on what N.T. could say; the midwifery notes, which refer to her only as NT, never record her alone.",
    "Bruising or a mark on a baby who is not yet mobile must be explained. The mark Ms Huxtable recorded on 22 January was not mapped, so no one could later tell whether it was a birthmark or a bruise. The NHS 111 call on 27 February described pain on moving a limb in a six-week-old, yet the missed appointment was treated by Dr Vaghela's practice as an ordinary did-not-attend; and Hamza's words at Bromford Vale Primary School were a child's account of a baby crying and an adult shouting, which the school did not see as its business.",
    "The closure of the October notification, 20BE/4471/25, without considering the unborn baby mirrors learning from the national review after the deaths of Arthur Labinjo-Hughes and Star Hobson: information from neighbours and relatives, here Mrs Wróbel and later Khaleda, was not gathered or weighed, and the MASH decision rested on the question of who was resident rather than who was expected.",
]

LEARNING = [
    "Men in a baby's life must be seen, named and spoken to. Ehsan Rathore lived with his father, his uncle Adnan and his grandmother Parveen, yet the ICON programme and its message Babies Cry, You Can Cope reached only his mother, in English, while Mr Rathore worked nights for Saltley Star Cars. Practitioners should read The Myth of Invisible Men and, where a father works nights or fasts during Ramadan, arrange to see him at home or by video; Nusrat's own account, through Language Line in Sylheti and never through Auntie Shabana or Dadi Parveen, should have been sought at 27 Wexcombe Road.",
    "Any mark on one of the non-mobile babies must be recorded on a body map, and a Mongolian blue spot should be named only after that is done. Had Ms Huxtable mapped the mark on Baby Talukder and had Pelham Lane Surgery followed up the appointment coded WAS NOT BROUGHT after the NHS 111 call, Ehsan's fractures might have been found before the skeletal survey at Birmingham Children's Hospital. Bromford Vale Primary School should have passed on what Hamza said in Year 1, and the MASH should have asked who was expected at Wexcombe Road, B8 9ZX, and not only who lived there.",
    "A large extended family is neither a protection nor a risk in itself. Professionals should ask who does the night feeds and who settles the baby, and should use the Graded Care Profile 2 where a household is crowded; here Sumaira, Adnan and Parveen Rathore were all carers, and the police log of 12 October, naming Mrs Wróbel and the XL Bully, showed a household under strain.",
    "Agencies should follow Working Together to Safeguard Children 2023 when a notification mentions a pregnancy: the unborn child is a child to be considered. The Detective Sergeant who reviewed the October log, Ms Doyle at the MASH and Sister Okoro each held part of the picture; only the strategy discussion after 15 March brought it together, under section 47 of the Children Act 1989.",
]

RECOMMENDATIONS = [
    (
        "University Hospitals Birmingham and Birmingham Community Healthcare to give the ICON message to every man caring for a baby, such as Mr Rathore and Adnan at 27 Wexcombe Road, in his own language through Language Line, and never through relatives such as Dadi Parveen",
        "Audit of ICON contacts recording who received the message and the interpreter used",
        "Head of Midwifery; Head of 0-19 Service",
        "30-09-2026",
    ),
    (
        "Pelham Lane Surgery and the health visiting service to treat a WAS NOT BROUGHT appointment for a baby under twelve weeks after an NHS 111 call, as with Ehsan, as a safeguarding alert, and to body-map every mark on non-mobile babies, including any thought to be a Mongolian blue spot",
        "Practice protocol and training; quarterly audit of body maps",
        "Named GP; Named Nurse",
        "31-10-2026",
    ),
    (
        "The MASH to consider unborn babies and every child in the household, such as Hamza at Bromford Vale Primary School, when screening police notifications like 20BE/4471/25, in line with Working Together to Safeguard Children 2023",
        "Revised MASH screening tool with an 'expected child' question",
        "Head of MASH, Birmingham Children's Trust",
        "31-12-2026",
    ),
]

CASE = HeldOut(
    "BSCP-2026-031",
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="CONFIDENTIAL - Baby Q (Ehsan Rathore), 27 Wexcombe Rd, Saltley B8 9ZX",
    footer="Agency report on E.A.R., DOB 11/01/2026, NHS number 999 417 2286 - author April Huxtable",
    comment="Check with Sister Okoro whether Nusraat was offered Language Line, and ask DC Lent whether Mrs Wróbel (Wrobel on the log) gave a statement.",
    footnote="Khaleda Begum, the mother's sister, told DC Lent that Nusrat (DOB 03.09.2001) was 'frightened of Addy and of Faysal Rathor'; Sumaira Bibi's address is 14 Attwood Grove, B10 0QT.",
)
