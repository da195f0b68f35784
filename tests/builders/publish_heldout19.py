"""Held-back publication case 19, written blind: a 15-year-old criminally exploited through
county lines from an outer London borough; every name, place, number and account is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "HAT-CSPR-2024-02"

CASE_TOML = """\
reference = "HAT-CSPR-2024-02"
review = "Child Safeguarding Practice Review"
subject = "Child M"
period = { from = "01-09-2022", to = "30-11-2023" }
board = "Hatchmere Safeguarding Children Partnership"
decision = "20-11-2023"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["MPS", "the Met", "Police"]
report_due = "29-03-2024"

[[agencies]]
name = "British Transport Police"
aliases = ["BTP"]
report_due = "29-03-2024"

[[agencies]]
name = "Hatchmere Children's Social Care"
aliases = ["Children's Social Care", "CSC", "MASH"]
report_due = "29-03-2024"

[[agencies]]
name = "Hatchmere Youth Offending Service"
aliases = ["YOS", "Youth Justice Service"]
report_due = "29-03-2024"

[[agencies]]
name = "Larchmont Community Health NHS Trust"
aliases = ["Health Visiting", "0-19 Service", "CAMHS", "Larchmont CAMHS"]
report_due = "12-04-2024"

[[agencies]]
name = "Spurstowe Tuition Centre"
aliases = ["Spurstowe PRU", "Spurstowe", "STC"]
published_as = "the pupil referral unit"
report_due = "12-04-2024"

[[agencies]]
name = "Wexcombe Lane Children's Centre"
aliases = ["Wexcombe Lane"]
report_due = "12-04-2024"

[[people]]
name = "Remy Cross"
aliases = ["Remy", "Rem", "Rembo", "Remi Cross", "RC", "R.C."]
role = "Child"
pseudonym = "Child M"
born = "14-03-2008"
address = "Flat 22, Amberley House, Larkspur Rise, Collier Heath, RM13 9ZQ"

[[people]]
name = "Danielle Cross"
aliases = ["Danielle", "Dani", "Danni", "Ms Cross", "D.C."]
role = "Mother"
pseudonym = "Mother"
born = "02-11-1986"
address = "Flat 22, Amberley House, Larkspur Rise, Collier Heath, RM13 9ZQ"

[[people]]
name = "Łukasz Wróblewski"
aliases = ["Łukasz", "Lukasz", "Lukasz Wroblewski", "Mr Wróblewski", "Mr Wroblewski", "Luke"]
role = "Mother's partner"
pseudonym = "Mother's partner"
born = "21-07-1984"
address = "Flat 22, Amberley House, Larkspur Rise, Collier Heath, RM13 9ZQ"

[[people]]
name = "Zofia Cross-Wróblewska"
aliases = ["Zofia", "Zosia", "Zofia Wroblewska", "Z.C-W."]
role = "Half-sister"
pseudonym = "Sibling"
born = "09-06-2020"
address = "Flat 22, Amberley House, Larkspur Rise, Collier Heath, RM13 9ZQ"

[[people]]
name = "Trevane Hollis"
aliases = ["Trev", "Mr Hollis"]
role = "Father"
pseudonym = "Father"
born = "30-01-1985"

[[staff]]
name = "Ruth Easter"
code = "YOS1"
role = "YOS Case Manager"
agency = "Hatchmere Youth Offending Service"

[[staff]]
name = "Gráinne Ní Bhriain"
code = "SW1"
role = "Social Worker"
agency = "Hatchmere Children's Social Care"

[[staff]]
name = "Idris Penhaligon"
code = "PRU1"
role = "Head of Centre and Designated Safeguarding Lead"
agency = "Spurstowe Tuition Centre"

[[staff]]
name = "Oluwaseun Pardew"
code = "CAMHS1"
role = "Clinical Psychologist"
agency = "Larchmont Community Health NHS Trust"

[[staff]]
name = "Haldane Voss"
code = "BTP1"
role = "Police Constable"
agency = "British Transport Police"
"""

IDENTIFIERS = {
    "key_name": [
        "Remy Cross", "Remy", "Remy's", "Remi Cross", "Rem",
        "Danielle Cross", "Danielle", "Dani", "Danni", "Ms Cross", "Ms Cross's",
        "Łukasz Wróblewski", "Łukasz", "Lukasz", "Lukasz Wroblewski", "Mr Wróblewski",
        "Mr Wroblewski", "Luke",
        "Zofia Cross-Wróblewska", "Zofia", "Zofia Wroblewska",
        "Trevane Hollis", "Mr Hollis",
        "the Cross family",
    ],
    "nickname": ["Rembo", "Zosia", "Trev", "Nanny Mo", "Taz", "Nate"],
    "initials": ["RC", "R.C.", "D.C.", "Z.C-W."],
    "not_in_key": [
        "Maureen Cross", "Maureen", "Nathaniel Brackley", "Marcus-Lee Fenwick", "Marcus-Lee",
        "Petronella Vance", "Mrs Vance", "Bernadette Quill", "Ms Quill", "Yusuf Kaplan",
        "DS Kaplan",
    ],
    "staff_name": [
        "Ruth Easter", "Ms Easter", "Gráinne Ní Bhriain", "Grainne Ni Bhriain", "Gráinne",
        "Ms Ní Bhriain", "Idris Penhaligon", "Mr Penhaligon", "Oluwaseun Pardew", "Dr Pardew",
        "Haldane Voss", "PC Voss",
    ],
    "address": ["Amberley House", "Flat 22", "Larkspur Rise", "Cobbold Street", "14 Gannet Row",
                "Gannet Row"],
    "place": ["Collier Heath", "Saltmarsh Quay"],
    "postcode": ["RM13 9ZQ", "RM13", "9ZQ"],
    "agency_place": [
        "Spurstowe Tuition Centre", "Spurstowe", "Wexcombe Lane Children's Centre",
        "Wexcombe Lane", "Kestrel Park Academy", "Kestrel Park", "Heathside Medical Centre",
        "Collier Heath station",
    ],
    "number": ["07700 900417", "07700 900862", "01632 960285", "999 082 4561", "4402317/23"],
    "email": ["dani.cross86@example.org"],
    "social_media": ["rembo_x9", "@remz.cr0ss"],
    "date_of_birth": ["14/03/2008", "14 March 2008", "14.03.08", "02/11/1986", "09/06/2020"],
}

ORDINARY = [
    "British Transport Police",
    "Liverpool Street",
    "King's Cross",
    "cross-border",
    "Easter holidays",
    "Modern Slavery Act 2015",
    "section 45 defence",
    "National Referral Mechanism",
    "Working Together to Safeguard Children 2018",
    "appropriate adult",
    "Timpson Review",
    "It was hard to escape",
    "Victoria Climbié",
    "Lord Laming",
    "Star Hobson",
    "Arthur Labinjo-Hughes",
    "St Giles Trust",
    "Rescue and Response",
    "London's Air Ambulance",
    "Great Ormond Street Hospital",
    "Operation Encompass",
    "Merlin report",
    "MACE",
    "HIGH RISK",
    "AssetPlus",
    "Strengths and Difficulties Questionnaire",
    "ASQ-3",
    "Was Not Brought",
    "Osgood-Schlatter disease",
    "Crohn's disease",
    "XL Bully",
    "Staffordshire bull terrier",
    "Boxing Day",
    "Notting Hill Carnival",
    "Bonfire Night",
    "Lloyds Bank",
    "Snapchat",
    "Year 10",
    "Poland",
    "999 call",
]

INVOLVEMENT = [
    "Child M is Remy Cross, born 14/03/2008, who was 14 when the review period began and 15 when he was seriously injured. Remy lived with his mother, Danielle Cross, her partner Łukasz Wróblewski and his half-sister Zofia Cross-Wróblewska (born 09/06/2020) at Flat 22, Amberley House, Larkspur Rise, Collier Heath, RM13 9ZQ. Remy is of mixed White British and Black Caribbean heritage. His father, Trevane Hollis, known in the family as Trev, had not lived with them since 2015 and saw Remy rarely. Mr Wróblewski came to England from Poland in 2011 and the family speak Polish and English at home. Remy's maternal grandmother, Maureen Cross, whom the children call Nanny Mo, lives five minutes away on Cobbold Street with her Staffordshire bull terrier, and was the adult Remy turned to most. In September 2022 Remy started Year 10 at Kestrel Park Academy. His teachers described a popular, bright boy who had played for a Sunday league team until Osgood-Schlatter disease stopped him playing the year before.",
    "On Friday 18/11/2022 at 23:40, PC Haldane Voss of the British Transport Police stopped Remy on the concourse at Liverpool Street after he was seen handing a small package to an older male. Remy gave his name as Remi Cross and said he was 16. He had £420 in cash, a Nokia handset that rang throughout the conversation and his own phone, 07700 900417. His Zip Oyster photocard showed eleven journeys in three weeks between Collier Heath station, King's Cross and Liverpool Street, most of them on school days, and PC Voss noted that the older male, who walked away before he could be spoken to, had been called \"Taz\". PC Voss drove Remy home at 01:50 and spoke briefly to Ms Cross, who said Rem was \"just hanging about with his mates\". A Child Coming to Notice form went to the Metropolitan Police Service, where a Merlin report was created on 21/11/2022 and passed to the MASH. It described R.C. as \"suspected of involvement in drug supply\" and did not use the word exploitation.",
    "The MASH screened the Merlin report as information only, because the family were not open to Hatchmere Children's Social Care. On Boxing Day 2022 police attended Amberley House after a 999 call from a neighbour, Mrs Petronella Vance, who reported shouting; Mrs Vance told officers it was \"the third time this month\", and they recorded a verbal argument between Ms Cross and Mr Wróblewski, and that Remy had a black eye he said came from being \"jumped\" in Collier Heath. An Operation Encompass notification reached Kestrel Park Academy on the first day of the spring term. Remy was reported missing three times in January 2023. Return home interviews were offered through the St Giles Trust Rescue and Response service, and in one of them Remy said he owed Taz money for a phone and a package that had been taken from him. On 08/02/2023 Remy was permanently excluded from Kestrel Park Academy after a lock knife was found in his bag; the knife led to a youth conditional caution and a referral to the Hatchmere Youth Offending Service. On 20/02/2023 he started at Spurstowe Tuition Centre, where the head of centre, Idris Penhaligon, made a referral to the MASH on his first day.",
    "The referral from Spurstowe led to a strategy meeting on 23/02/2023 and section 47 enquiries. The allocated social worker, Gráinne Ní Bhriain, saw Remy at home and at Nanny Mo's flat; he told her that \"everyone round Larkspur Rise knows who runs the Taz line\", and that on the estate he was known as Rembo. A Multi-Agency Child Exploitation (MACE) meeting on 16/03/2023 rated Remy HIGH RISK of criminal exploitation, and Ms Ní Bhriain made a referral to the National Referral Mechanism on 20/03/2023; a positive reasonable grounds decision followed within a week. The deal line number, 07700 900862, and Remy's Snapchat account, rembo_x9, were shared with the exploitation team of the Met. Ms Cross (02/11/1986) was emailed at dani.cross86@example.org and telephoned on 01632 960285 to arrange visits, and several were cancelled by Danni, as the case notes spell her name, because of a flare of her Crohn's disease. Neither Zofia nor Mr Wroblewski was seen during the assessment, and the health visitor and the children's centre were not invited to the MACE meeting.",
    "The Youth Offending Service case manager, Ruth Easter, began work with Remy in March 2023 and completed an AssetPlus assessment. Ms Easter's sessions were held at Spurstowe Tuition Centre, and when the centre closed for the Easter holidays they stopped: the record shows no contact with Remy from 31/03/2023 to 17/04/2023. On 02/05/2023 Remy was arrested with another Collier Heath boy, Marcus-Lee Fenwick, at 14 Gannet Row, Saltmarsh Quay, the flat of a vulnerable adult whose home had been taken over by the line. Both boys had wraps of crack cocaine and heroin. Remy was interviewed under the Police and Criminal Evidence Act 1984 with his grandmother acting as appropriate adult, because Ms Cross could not travel, and he was released under investigation. The file passed between two forces and was not sent on to the Met for seven weeks, a cross-border delay that meant the YOS did not know of the arrest until June; the YOS recorded the stepfather as Lukasz Wroblewski and had no contact with him. In July 2023 Ms Easter recorded that the Crown Prosecution Service had been asked to consider the section 45 defence under the Modern Slavery Act 2015, and that Remy's Lloyds Bank account had received payments from people he did not know.",
    "Larchmont Community Health NHS Trust provides both the health visiting service and CAMHS. The health visitor, Bernadette Quill, completed Zofia's two-and-a-half-year review with the ASQ-3 at Wexcombe Lane Children's Centre on 13/12/2022. Ms Cross told her that Remy was \"bringing money home\" and that she was frightened of the young men who came to the door for him. Ms Quill recorded this under the mother's emotional health and took no further action. Zofia was under Great Ormond Street Hospital for follow-up of a heart murmur, registered there as Zofia Wroblewska, and those appointments were kept. Spurstowe Tuition Centre completed a Strengths and Difficulties Questionnaire in March 2023 and referred Remy to CAMHS. The clinical psychologist, Dr Oluwaseun Pardew, offered appointments in May and June 2023 (NHS number 999 082 4561); both were coded as did not attend, not as Was Not Brought, and the referral was closed with a letter to the GP at Heathside Medical Centre.",
    "Staff at Wexcombe Lane Children's Centre saw Zofia at stay and play most weeks. In the summer of 2023 they noted that Remy sometimes collected Zosia, that he wore new designer clothes and was always on his phone, and that Mr Wróblewski, who introduced himself to staff as Luke, said Remy was \"doing Deliveroo\". On a home visit in July 2023 staff saw an XL Bully tied up on the walkway outside the flat and recorded it as a home safety matter. Remy was reported missing over the Notting Hill Carnival weekend in August 2023 and came back with a cut hand; an Instagram account, @remz.cr0ss, posted drill videos of him filmed in Saltmarsh Quay. None of what the children's centre saw reached the social worker.",
    "On Bonfire Night, 05/11/2023, Remy was stabbed in the thigh in a stairwell of Amberley House. A passer-by made a 999 call at 19:12 and London's Air Ambulance took him to the major trauma centre, where a youth worker from Redthread met him; he survived after surgery. Detective Sergeant Yusuf Kaplan of the Met later charged Nathaniel Brackley, the adult known as Taz and as Nate, with offences of supplying class A drugs and of arranging the travel of a child for exploitation. The Hatchmere Safeguarding Children Partnership decided on 20/11/2023 to hold a Child Safeguarding Practice Review, and the Child Safeguarding Practice Review Panel was notified.",
]

ANALYSIS = [
    "The stop at Liverpool Street was the clearest early chance to see Remy as a child being exploited rather than a young person choosing to offend. The British Transport Police record is careful and detailed, but the words of the Merlin report framed R.C. as a suspect, and the MASH screened it as one. The national review by the Child Safeguarding Practice Review Panel, It was hard to escape (2020), found the same pattern in many areas: a child first noticed by transport police far from home, with cash and a second phone, and a response that waited for the next incident. Working Together to Safeguard Children 2018 is clear that criminal exploitation is abuse and calls for a referral. The National Referral Mechanism was not considered until March 2023, four months after Remy's journeys to Saltmarsh Quay were known, and Marcus-Lee, who travelled with him, was never referred at all.",
    "Each agency held part of the picture of the Cross family. The health visitor and Wexcombe Lane knew that Danielle was frightened of the young men at the door and that money was coming into the home; the school knew of the Boxing Day incident through Operation Encompass; the Rescue and Response worker knew that Remy owed Taz money. Since the death of Victoria Climbié and the inquiry led by Lord Laming, reviews have repeated that no single agency sees everything, and the national review after the murders of Arthur Labinjo-Hughes and Star Hobson again found that what is known about one child in a household is not joined to another. Here what was known about Zofia's home was never linked to Remy's risk. Mr Wróblewski was never spoken to alone; Grainne Ni Bhriain, as the YOS record spells her name, wrote that he \"did not want to be involved\", but no one offered him an interpreter or asked Mr Hollis to take part.",
    "The permanent exclusion in Year 10 took away Remy's school day just as his exploitation grew. The Timpson Review of School Exclusion (2019) found that excluded children are more exposed to criminal exploitation, and the demands on Remy rose in the weeks after he left Kestrel Park. Spurstowe Tuition Centre acted quickly, and Mr Penhaligon's referral on Remy's first day is good practice. But the centre closed for the Easter holidays, the YOS sessions held there stopped, and from the end of March to the middle of April no professional saw Remy while the line took him back and forth to Saltmarsh Quay.",
    "Health services did not follow up Remy's missed CAMHS appointments as the trust's Was Not Brought policy asks for a child of his age and risk. The Strengths and Difficulties Questionnaire score from the pupil referral unit was high, and Dr Pardew's letter recorded possible ADHD and trauma, but the case was closed because Remy \"chose not to engage\". Ms Cross's Crohn's disease and her low mood were known to the health visitor and to the GP, but neither linked them to her ability to protect Remy or to take him to appointments, and the young people of the RM13 estates were known to every agency as a group long before Remy's name appeared.",
]

LEARNING = [
    "Learning 1: a child found travelling with cash and a second phone is a child at risk of criminal exploitation, whatever else he may be suspected of. When PC Voss stopped Remy Cross (born 14 March 2008; RC in the BTP record) at Liverpool Street on a Friday night, the Oyster journeys through King's Cross, the Nokia handset and the adult called Taz were all signs listed in the British Transport Police's own guidance, and in It was hard to escape. The Merlin report should have led to a strategy discussion and a National Referral Mechanism referral that week, not four months later after MACE rated Remy HIGH RISK. The Modern Slavery Act 2015 and the section 45 defence protect a child best when the exploitation is recorded early. Practitioners told the review that cross-border cases, where a London child is arrested by another force, are where this fails most often, as it did after Remy's arrest at 14 Gannet Row in Saltmarsh Quay.",
    "Learning 2: what a family tells practitioners working with a younger child must reach those working with the older one. Danielle Cross told the health visitor, Bernadette Quill, at Zofia's ASQ-3 review that Remy was bringing money home; Wexcombe Lane Children's Centre saw Remy collect Zosia in new clothes, saw the XL Bully outside the flat and heard Mr Wróblewski say he was doing Deliveroo; the Operation Encompass notice after Boxing Day stayed with the school. None of it reached Gráinne Ní Bhriain or the MACE meeting. As in the national review after Arthur Labinjo-Hughes and Star Hobson, Remy's safety depended on joining up what was known about the whole household at Amberley House, including Nanny Mo, the adult he trusted most, who was never asked to a meeting. The St Giles Trust Rescue and Response worker's notes belong in the same picture.",
    "Learning 3: an exclusion is a safeguarding moment, not only an education decision. The Timpson Review warned that children out of mainstream school are targeted by exploiters, and Remy's exclusion from Kestrel Park Academy was followed within weeks by longer trips to Saltmarsh Quay. Ruth Easter's sessions stopped over the Easter holidays because they depended on the centre being open; children at HIGH RISK need a plan for every closure.",
    "Learning 4: a missed appointment for a 15-year-old at risk is a safeguarding signal. The CAMHS referral closed after two missed appointments without a call to Ms Cross or to the social worker, and the Was Not Brought policy was not applied because Remy was thought old enough to choose. London's Air Ambulance and the trauma team met Remy on Bonfire Night; the review heard that he had told Nanny Mo weeks earlier that he was frightened of going back to the Taz line.",
]

RECOMMENDATIONS = [
    (
        "The Metropolitan Police Service and the British Transport Police should treat every child found as Remy Cross was at Liverpool Street, carrying cash and a second phone, as a child at risk of exploitation, with a referral to the MASH and a decision on the National Referral Mechanism within 24 hours",
        "Joint briefing for response and station officers; monthly audit of Merlin reports for children stopped outside the borough; first responder training on the Modern Slavery Act 2015",
        "Detective Superintendent for Safeguarding, Metropolitan Police Service, with the BTP safeguarding lead",
        "31-07-2024",
    ),
    (
        "Hatchmere Children's Social Care should invite the health visitor and the children's centre of any younger sibling, as Zofia was at Wexcombe Lane Children's Centre, to MACE and strategy meetings, so that what Ms Cross told them about money and young men at Amberley House is heard",
        "Amend the MACE terms of reference; add a sibling check to MASH screening; dip sample ten MACE cases rated HIGH RISK",
        "Head of Service, Adolescent Safeguarding",
        "30-09-2024",
    ),
    (
        "The Youth Offending Service and Spurstowe Tuition Centre should agree how children on their lists are seen during the Easter holidays and every other closure, as the Timpson Review advises for excluded children, so that a child like Rembo is not left for weeks without a trusted adult",
        "Holiday contact plan for every child rated HIGH RISK at MACE; quarterly report to the partnership's exploitation subgroup",
        "Head of the Youth Offending Service with the Head of Centre",
        "31-12-2024",
    ),
]

HEADER = "OFFICIAL-SENSITIVE | Agency Report | Subject: Child RC, date of birth 14.03.08 | HAT-CSPR-2024-02"
FOOTER = "Prepared for the review of R.C. and the Cross family, Larkspur Rise, Collier Heath RM13 9ZQ. Not to be disclosed without the agency's permission."
COMMENT = "Gráinne, please ask Ms Cross whether Maureen Cross (Cobbold Street) will meet the author; D.C. gave 07700 900417 as the best number for Remy."
FOOTNOTE = "Screenshots of rembo_x9 and @remz.cr0ss were kept under CRIS 4402317/23 by DS Kaplan; Z.C-W. is on the Wexcombe Lane register as Zosia."

CASE = HeldOut(
    REFERENCE,
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header=HEADER,
    footer=FOOTER,
    comment=COMMENT,
    footnote=FOOTNOTE,
)
