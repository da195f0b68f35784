"""Held-back publication case 32, written blind (without sight of the anonymiser): a
ten-year-old autistic boy excluded from a commuter-town primary school, then an independent
school, then home education, in a household shaped by a father's coercive control. Every
name, address, number and date in it is invented."""

# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "LCSPR-2025-07"

CASE_TOML = """\
reference = "LCSPR-2025-07"
review = "Local Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-08-2023", to = "31-01-2025" }
board = "Hertfordshire Safeguarding Children Partnership"
decision = "03-03-2025"

[[agencies]]
name = "Hertfordshire Constabulary"
aliases = ["Herts Police", "Police", "HC"]
chronology_due = "14-04-2025"
report_due = "30-05-2025"

[[agencies]]
name = "Hertfordshire Children's Services"
aliases = ["Children's Services", "Children's Social Care", "CSC"]
chronology_due = "14-04-2025"
report_due = "30-05-2025"

[[agencies]]
name = "Health Visiting and School Nursing (0-19 Service)"
aliases = ["Health Visiting", "HV", "0-19 Service", "School Nursing"]
chronology_due = "14-04-2025"
report_due = "30-05-2025"

[[agencies]]
name = "Lydgate House Surgery"
aliases = ["Lydgate House", "Lydgate practice", "GP"]
chronology_due = "14-04-2025"

[[agencies]]
name = "Shepherds Dene Primary School"
aliases = ["Shepherds Dene", "SDPS", "Shepherds Dene Primary"]
chronology_due = "14-04-2025"
published_as = "the primary school"

[[agencies]]
name = "Fernleigh Hall School"
aliases = ["Fernleigh Hall", "Fernleigh", "Fernleigh Hall Prep"]
chronology_due = "14-04-2025"
published_as = "the independent school"

[[people]]
name = "Ambrose Ellery-Crane"
aliases = ["Ambrose", "Ambie", "AEC", "A.E-C.", "Ambrose Ellery Crane"]
role = "Child"
pseudonym = "Child T"
born = "14-03-2014"
address = "The Larches, 14 Wexcombe Lane, Harpenden, AL5 2QJ"

[[people]]
name = "Zoë Ellery-Crane"
aliases = ["Zoë", "Zoe", "Zoe Ellery-Crane", "Zoë Verhoeven", "Ms Verhoeven", "Mrs Ellery-Crane", "ZV"]
role = "Mother"
pseudonym = "Mother"
born = "22-10-1983"
address = "2 Mardle Cottages, Wheathampstead, AL4 8RB"

[[people]]
name = "Rupert Ellery-Crane"
aliases = ["Rupert", "Mr Ellery-Crane", "Mr E-C", "REC", "R.E-C."]
role = "Father"
pseudonym = "Father"
born = "09-06-1976"
address = "The Larches, 14 Wexcombe Lane, Harpenden, AL5 2QJ"

[[people]]
name = "Wilhelmina Ellery-Crane"
aliases = ["Wilhelmina", "Minnie"]
role = "Sibling"
pseudonym = "Sibling"
born = "02-08-2023"
address = "2 Mardle Cottages, Wheathampstead, AL4 8RB"

[[staff]]
name = "Tamsin Rowntree"
code = "SW1"
role = "Social Worker"
agency = "Hertfordshire Children's Services"

[[staff]]
name = "Heather May"
code = "HT1"
role = "Headteacher"
agency = "Shepherds Dene Primary School"

[[staff]]
name = "Siobhán Kerrigan"
code = "HV1"
role = "Health Visitor"
agency = "Health Visiting and School Nursing (0-19 Service)"

[[staff]]
name = "Dr Niall Ormond"
code = "GP1"
role = "General Practitioner"
agency = "Lydgate House Surgery"

[[staff]]
name = "DC Idris Pennock"
code = "DC1"
role = "Detective Constable"
agency = "Hertfordshire Constabulary"
"""

IDENTIFIERS = {
    "key_name": [
        "Ambrose Ellery-Crane", "Ambrose", "Ambrose's", "Ellery-Crane", "Ellery-Crane's",
        "Ellery Crane", "Ellory-Crane", "Rupert Ellery-Crane", "Rupert", "Rupert's",
        "Mr Ellery-Crane", "Zoë Ellery-Crane", "Zoë", "Zoë's", "Zoe", "Verhoeven",
        "Ms Verhoeven", "Zoë Verhoeven", "Wilhelmina",
    ],
    "nickname": ["Ambie", "Minnie", "Granny Pen", "Bernie"],
    "initials": ["AEC", "A.E-C.", "REC", "R.E-C.", "Mr E-C", "ZV", "TR", "SK"],
    "staff_name": [
        "Tamsin Rowntree", "Ms Rowntree", "Tamsin", "Heather May", "Mrs May",
        "Siobhán Kerrigan", "Siobhan Kerrigan", "Siobhán", "Ms Kerrigan", "Kerrigan",
        "Dr Ormond", "Niall Ormond", "Idris Pennock", "DC Pennock", "Pennock",
    ],
    "not_in_key": [
        "Bernadette Quigley-Shaw", "Mrs Quigley-Shaw", "Quigley-Shaw",
        "Kasia Wróblewska", "Kasia Wroblewska", "Wróblewska", "Kasia",
        "Hal Treadgold", "Mr Treadgold", "Treadgold",
        "Leontine Faber", "Dr Faber", "Leontine", "Cedarwell Therapies", "Cedarwell",
        "Penelope Ellery-Crane", "Penelope",
    ],
    "address": [
        "The Larches", "14 Wexcombe Lane", "Wexcombe Lane", "Harpenden",
        "2 Mardle Cottages", "Mardle Cottages", "Wheathampstead", "St Albans",
    ],
    "postcode": ["AL5 2QJ", "AL5", "2QJ", "AL52QJ", "AL4 8RB", "AL4", "8RB"],
    "agency_place": [
        "Shepherds Dene Primary School", "Shepherds Dene", "SDPS",
        "Fernleigh Hall School", "Fernleigh Hall", "Fernleigh",
        "Lydgate House Surgery", "Lydgate House", "Lydgate",
    ],
    "number": ["07700 900417", "01632 960582", "999 047 2281", "R9 ECR", "41/88213/24"],
    "date_of_birth": ["14-03-2014", "14/03/2014", "14th March 2014", "02-08-2023"],
    "email": ["r.ellerycrane@example.org", "zoe.makes.pots@example.org"],
    "social_media": ["@zoe.makes.pots"],
}

ORDINARY = [
    "Joseph Rowntree Foundation", "May half-term", "German Shepherd",
    "Great Ormond Street Hospital", "HM Government",
    "Working Together to Safeguard Children 2023", "Children Act 1989", "section 47",
    "Serious Crime Act 2015", "Clare's Law", "DASH", "MARAC", "Victoria Climbié",
    "Khyra Ishaq", "Dylan Seabridge", "Lord Laming", "Education, Health and Care Plan",
    "EHCP", "SENCo", "Year 5", "autism spectrum disorder", "Asperger's syndrome",
    "Ehlers-Danlos syndrome", "ADOS-2", "CAMHS", "National Autistic Society", "Refuge",
    "NSPCC", "Ofsted", "Independent Schools Inspectorate", "Life360", "WhatsApp",
    "Range Rover", "Dubai", "Boxing Day", "Bonfire Night", "Wednesday",
    "Detective Inspector", "DO NOT DISCLOSE ADDRESS", "Red Book",
]

INVOLVEMENT = [
    "Child T (Ambrose Ellery-Crane, date of birth 14-03-2014, NHS number 999 047 2281) lived with his mother, Zoë Ellery-Crane, his father, Rupert Ellery-Crane, and his baby sister Wilhelmina (known as Minnie, born 02-08-2023) at The Larches, 14 Wexcombe Lane, Harpenden, AL5 2QJ. The family is White British; Mother, who works under her own name as Zoë Verhoeven, grew up in the Netherlands and speaks Dutch with the children. Father works in private equity and was often in Dubai for several weeks at a time. Until the summer of 2023 the family employed an au pair, Kasia Wróblewska, and the paternal grandmother, Penelope Ellery-Crane (Granny Pen to the children), looked after Ambrose at weekends. Ambrose was diagnosed privately with autism spectrum disorder when he was six, after an ADOS-2 assessment his father paid for; Mr Ellery-Crane told several professionals that he preferred the older term Asperger's syndrome and did not want the diagnosis 'on any NHS file'.",
    "Health Visiting first met the family at the new birth visit on 16-08-2023, for Minnie. Siobhán Kerrigan (HV, initials SK) recorded that Mr Ellery-Crane answered the questions put to Zoë, held the Red Book throughout, and did not leave the room, so the routine enquiry about domestic abuse was not asked. At the six to eight week review Ms Kerrigan noted that Ms Verhoeven (ZV on the electronic record) was tearful, that her Ehlers-Danlos syndrome made lifting the baby painful and that she 'had no money of her own for a taxi to clinic'. The health visitor left a card for the National Domestic Abuse Helpline run by Refuge inside the Red Book. The record says Ambrose was 'at school, autistic, father manages that side'; Ambrose was not seen by Health Visiting and no one asked which school he attended.",
    "Shepherds Dene Primary School (SDPS) had known Ambrose since Reception. At the start of Year 5 the SENCo asked the parents to agree to a request for an Education, Health and Care Plan needs assessment; Father refused, writing from r.ellerycrane@example.org that 'no label and no EHCP will follow my son out of this school'. The headteacher, Heather May, recorded three suspensions in the autumn term after A.E-C. hit out at adults during transitions, and on 06-03-2024 a teaching assistant saw fingertip bruising on both of his upper arms, which he said came from 'Daddy holding me still on the stairs'. The school made a referral to the MASH that day. Mrs May permanently excluded Ambrose on the last day before the May half-term 2024, after a chair he threw struck a member of staff; his mother was told by telephone on 01632 960582 and his father by a letter addressed, wrongly, to 'Mr and Mrs Ellory-Crane'. The governors' meeting upheld the exclusion; the SENCo's view that the school had not made reasonable adjustments for a child with autism spectrum disorder was not put to them.",
    "Hertfordshire Children's Services received the MASH referral on 07-03-2024. The social worker, Tamsin Rowntree (TR), completed a Child and Family Assessment under the Children Act 1989 and visited The Larches once, by appointment made through Father. The German Shepherd was not put away during the visit, Ambrose was seen in the kitchen with his father beside him, and he repeated that the bruises came from a game. Ms Rowntree recorded that Mr E-C was 'articulate, well resourced and clearly devoted'. A strategy discussion and a section 47 enquiry were not considered. The case was closed on 22-04-2024 with a leaflet from the National Autistic Society and an offer of early help, which Father declined on the telephone. After the exclusion an officer of the Elective Home Education team wrote to 14 Wexcombe Lane in November 2024; Rupert replied that home education was 'well in hand' and declined a visit. No one from the local authority saw Ambrose again before January 2025.",
    "From June 2024 Ambrose attended Fernleigh Hall School, an independent preparatory school inspected by the Independent Schools Inspectorate rather than Ofsted, for eleven weeks of the summer and autumn terms. Fernleigh's records show him arriving hungry, and after Bonfire Night a class teacher wrote that Ambie 'said he hid in the boot of the Range Rover because fireworks and Dad are both loud'. The school did not make a referral. On 04-11-2024 Mr Ellery-Crane's solicitor wrote to Fernleigh Hall removing Ambrose for elective home education, and the school notified the local authority eighteen days later. A private tutor, Hal Treadgold, taught Ambrose at home on Wednesday afternoons, and from June 2024 a private clinical psychologist, Dr Leontine Faber of Cedarwell Therapies in St Albans, saw him weekly online. Mr Treadgold and Dr Faber each told the review that they had been worried about the father but had believed their contracts with him, and confidentiality, prevented them sharing it.",
    "At Lydgate House Surgery Dr Niall Ormond saw Ambrose with his mother on 19-06-2024 for poor sleep and weight loss; the practice system recorded his date of birth as 14/03/2014 and his initials as AEC, and held nothing about his private diagnosis; the CAMHS referral letter gave his date of birth as 14th March 2014. Dr Ormond referred him to CAMHS, where the waiting time for a first appointment was given as eighteen months; Zoe asked at reception whether a second opinion at Great Ormond Street Hospital could be arranged sooner, and Father later cancelled that request by telephone from 07700 900417. After Mother and the children moved to 2 Mardle Cottages, Wheathampstead, AL4 8RB in January 2025, the Lydgate practice added the alert DO NOT DISCLOSE ADDRESS to all three records, but only after Mr Ellery-Crane had rung twice asking for 'Zoë's new details so I can send the boy's medication'.",
    "Hertfordshire Constabulary first attended on Boxing Day 2023, when a neighbour, Bernadette Quigley-Shaw, reported shouting and a child screaming at the house. DC Idris Pennock completed a DASH risk checklist, assessed as standard risk; the record shows the address as The Larches, Wexcombe Lane, AL52QJ, and that Zoë said the argument had been 'about Christmas, nothing more'. Ambrose was not spoken to, and the record named the parents only as REC and 'Zoe Ellery Crane'. On 03-01-2025 (crime reference 41/88213/24) Ambrose was found alone by a member of the public on a footbridge near his home at 23:10, without a coat, with a wrist that was later found to be fractured. Interviewed alone for the first time, Zoë disclosed that Rupert controlled all the money, tracked her through Life360, read her WhatsApp messages, had closed her pottery business account @zoe.makes.pots and its email zoe.makes.pots@example.org, and restrained Ambrose during meltdowns. A Clare's Law disclosure was made, the case was heard at MARAC, and the investigation was reviewed by a Detective Inspector. Father (R.E-C. in the custody record) was arrested for controlling or coercive behaviour under section 76 of the Serious Crime Act 2015; a Range Rover registered R9 ECR was later seen outside Mardle Cottages in breach of his bail conditions. Mrs Quigley-Shaw (Bernie to the family) told DC Pennock she had heard 'the same shouting every week for two years'.",
]

ANALYSIS = [
    "The family's wealth and Father's confidence shaped how almost every professional saw them. The Joseph Rowntree Foundation's evidence review of poverty, child abuse and neglect explains why practitioners look for neglect where money is short; the risk in this case was the reverse, that an affluent, articulate father in Harpenden was read as protective. Mr Ellery-Crane decided where Ambrose was educated, who treated him and who could visit, and each private service he bought (Fernleigh Hall, Hal Treadgold, Dr Faber) stood outside the agencies that share information. Coercive control, as the Serious Crime Act 2015 and the statutory guidance to the Domestic Abuse Act describe it, was present in the records from August 2023 (no money for a taxi, the Red Book held by Father, the father answering for Zoë) but was not named by anyone until January 2025.",
    "Ambrose's autism was treated as the explanation for what was happening to him. Bruising on a child with autism spectrum disorder was accepted as the result of 'holding him still', fear of Bonfire Night as sensory overload, weight loss as restricted eating; this is diagnostic overshadowing. The SENCo at Shepherds Dene saw that he needed an EHCP and was right, but Father's refusal ended the matter, and a ten-year-old in Year 5 was permanently excluded without one. The GP knew nothing of the ADOS-2 diagnosis, the CAMHS waiting list made the referral look like action, and no professional asked Ambrose alone, with the help of a communication aid, what life at home was like. The strength of his tutor's and therapist's relationships with him was never used to hear his voice.",
    "The move to elective home education closed the last door. Fernleigh Hall took eighteen days to notify the local authority, the Elective Home Education team accepted a letter in place of seeing the child, and no agency linked the deregistration with the earlier MASH referral. The reviews of Khyra Ishaq in Birmingham and Dylan Seabridge in Pembrokeshire both found that a child withdrawn from school by a controlling parent can become invisible; HM Government's guidance for local authorities on elective home education says an authority should act when it appears a suitable education is not being provided, and the Children Act 1989 duties did not end when Ambrose left the roll.",
    "Health practitioners had the clearest view of Mother's position and the least chance to act on it. Siobhán Kerrigan (Siobhan Kerrigan in the GP's copy of her letter) could not ask the routine enquiry because Father never left the room, and the only safe step she found, a card from Refuge hidden in the Red Book, was good practice that went unrecorded elsewhere. Minnie's health visiting record and Ambrose's GP record were never linked, so the practice did not know a health visitor was worried, and the alert DO NOT DISCLOSE ADDRESS was added only after Father had tried twice to obtain the new address at Wheathampstead.",
]

LEARNING = [
    "Learning 1: coercive control is not confined to families already known to services. In Harpenden the headteacher, Mrs May, judged Mr Ellery-Crane 'a very involved dad', Tamsin Rowntree found him 'well resourced', and Fernleigh Hall welcomed a fee-paying parent; none of them knew that he tracked Zoë through Life360, read her WhatsApp messages and had stopped the au pair, Kasia Wroblewska, from speaking to her. Working Together to Safeguard Children 2023 expects practitioners to see the child's lived experience; the evidence gathered by the Joseph Rowntree Foundation on poverty and neglect should not lead practitioners to assume that wealth protects a child. When Ambrose told a teaching assistant at SDPS that 'Daddy holds me still on the stairs', and when his mother could not afford a taxi despite living at The Larches, those were signs of control. The German Shepherd left loose during the home visit, the Range Rover outside Mardle Cottages and the shouting reported on Boxing Day belong to the same pattern. Lord Laming's inquiry into the death of Victoria Climbié warned that professionals must be curious about what they are told; the review found the same lesson here, and a DASH checklist completed with Zoë's husband in the next room could not measure it.",
    "Learning 2: an autistic child who is excluded, moved to an independent school and then home educated can pass out of sight of every agency in a few months. Ambrose (Ambie to his tutor) was permanently excluded from Shepherds Dene before the May half-term without an Education, Health and Care Plan, spent eleven weeks at Fernleigh, and was then taught by Hal Treadgold on Wednesday afternoons and seen online by Dr Faber of Cedarwell Therapies, St Albans. The SENCo, the GP at Lydgate House Surgery and CAMHS each held part of the picture; no one held the whole. The cases of Khyra Ishaq and Dylan Seabridge showed the same risk. A child with autism spectrum disorder waiting for CAMHS, or for Great Ormond Street Hospital, is not thereby safe, and the National Autistic Society and the NSPCC both advise that exclusion of a disabled child should prompt a question about safeguarding, not only about behaviour. Rupert Ellery-Crane's refusal of an EHCP and of a visit by the Elective Home Education team should have been treated as information, not as the end of the enquiry; a section 47 enquiry in March 2024 would have seen Ambrose alone.",
    "Learning 3: private practitioners, tutors and independent schools are part of the safeguarding system. Dr Faber and Mr Treadgold both told the review they had been worried; both believed confidentiality to the person paying them came first. The Independent Schools Inspectorate and Ofsted expect independent schools to refer as maintained schools do, and Fernleigh Hall School has since changed its procedure. Professional bodies for psychologists and tutoring agencies should make clear that a concern about a child is shared with the MASH whoever pays the fee.",
    "Learning 4: health visiting contacts with a new baby are a chance to see the whole household. The routine enquiry was never asked because Father was always present, and the Red Book was in his hands; Ms Kerrigan's card from Refuge was the right instinct. The practice's alert DO NOT DISCLOSE ADDRESS came too late, after Rupert's calls from 07700 900417, and a Clare's Law disclosure, MARAC and the review by a Detective Inspector followed the footbridge incident rather than preceding it.",
]

RECOMMENDATIONS = [
    (
        "Hertfordshire Children's Services, with Shepherds Dene Primary School and Fernleigh Hall School, should make sure that every child with autism spectrum disorder who is permanently excluded, or removed for elective home education as Ambrose was, is seen alone within ten school days, and that a parent's refusal of an EHCP or of a visit (as Mr Ellery-Crane refused both) leads to a strategy discussion and, where bruising has been seen, a section 47 enquiry under the Children Act 1989",
        "Amend the Elective Home Education and exclusions procedures; audit twenty cases of exclusion and deregistration of children with an EHCP or a request for one; report to the Partnership's education subgroup",
        "Head of Education Safeguarding",
        "31-03-2026",
    ),
    (
        "The Partnership should publish guidance for private therapists, tutors and independent schools (including practitioners such as Dr Faber of Cedarwell Therapies in St Albans and tutors like Mr Treadgold) on sharing a concern with the MASH, drawing on Working Together to Safeguard Children 2023, the Independent Schools Inspectorate's expectations and the NSPCC helpline, and on the lesson of Victoria Climbié that curiosity is owed to every child",
        "Write and circulate a briefing; run two learning events with the National Autistic Society; add private practitioners to the Partnership's training offer",
        "Partnership Business Manager",
        "30-11-2025",
    ),
    (
        "Health Visiting and Lydgate House Surgery should ask the routine enquiry about domestic abuse with the mother alone at every contact, record when it could not be asked and why (as when Rupert Ellery-Crane held the Red Book at The Larches), link the records of siblings such as Minnie and Ambrose, and add DO NOT DISCLOSE ADDRESS at once when a victim such as Zoë moves, as she did to 2 Mardle Cottages, AL4 8RB",
        "Update the 0-19 Service standard operating procedure and the practice's alert protocol; audit routine enquiry at new birth visits; report compliance to the Designated Nurse",
        "Designated Nurse for Safeguarding Children",
        "28-02-2026",
    ),
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
    header="LCSPR-2025-07 Child T (Ambrose Ellery-Crane, 14th March 2014) OFFICIAL-SENSITIVE",
    footer="Draft for panel: The Larches, 14 Wexcombe Lane, Harpenden AL5 2QJ; queries to Tamsin Rowntree",
    comment="Check with Ms Verhoeven whether Kasia can be interviewed before the practitioner event; home phone 01632 960582. R.E-C. and REC not yet told.",
    footnote="Mrs Quigley-Shaw confirmed this to DC Pennock; see also the Ellory-Crane file held by Siobhan Kerrigan and the note Rupert's mother, Penelope, sent to Lydgate.",
)
