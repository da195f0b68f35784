"""Held-back publication case 22, written blind (without sight of the anonymiser): a disabled
child in a coastal town in the east of England; every name, place, number and date is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CSPR-2025-07"

CASE_TOML = '''\
reference = "CSPR-2025-07"
review = "Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-09-2023", to = "31-12-2024" }
board = "Wolds and Coast Safeguarding Children Partnership"

[[agencies]]
name = "Lincolnshire Police"
aliases = ["Police", "LP", "Public Protection Unit"]

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC", "Children with Disabilities Team", "CWD Team"]

[[agencies]]
name = "Children's Health 0-19 Service"
aliases = ["Health Visiting", "Health Visiting Service", "0-19 Service", "HV"]

[[agencies]]
name = "Brinkwell Harbour Surgery"
aliases = ["Harbour Surgery", "GP"]

[[agencies]]
name = "Fenmere Bay School"
aliases = ["Fenmere Bay", "FBS"]
published_as = "the special school"

[[agencies]]
name = "Wolds and Coast Community Health NHS Trust"
aliases = ["Community Paediatrics", "WCCH"]

[[agencies]]
name = "Kittiwake House Short Breaks"
aliases = ["Kittiwake House", "Kittiwake"]
published_as = "the short breaks unit"

[[people]]
name = "Ezra Marchbank"
aliases = ["Ezra", "Ez", "Ezzy", "EM", "E.M."]
role = "Child"
pseudonym = "Child T"
sex = "male"
born = "14-03-2013"
address = "17 Tamarisk Parade, Brinkwell-on-Sea, LN14 7XW"

[[people]]
name = "Agnieszka Marchbank"
aliases = ["Agnieszka", "Aga", "Agnieszka Wróbel-Marchbank", "Agnieszka Wrobel-Marchbank", "Mrs Marchbank", "A.W-M."]
role = "Mother"
pseudonym = "Mother"
sex = "female"
born = "02-11-1984"
address = "17 Tamarisk Parade, Brinkwell-on-Sea, LN14 7XW"
mother_of = ["Ezra Marchbank", "Marnie Marchbank", "Philippa Marchbank"]
partner_of = [{ name = "Lyall Marchbank", from = "01-06-2007" }]

[[people]]
name = "Lyall Marchbank"
aliases = ["Lyall", "Mr Marchbank", "L.M."]
role = "Father"
pseudonym = "Father"
sex = "male"
born = "27-06-1979"
address = "17 Tamarisk Parade, Brinkwell-on-Sea, LN14 7XW"
father_of = ["Ezra Marchbank", "Marnie Marchbank", "Philippa Marchbank"]

[[people]]
name = "Marnie Marchbank"
aliases = ["Marnie"]
role = "Sibling"
pseudonym = "Sibling 1"
sex = "female"
born = "09-08-2009"
address = "17 Tamarisk Parade, Brinkwell-on-Sea, LN14 7XW"

[[people]]
name = "Philippa Marchbank"
aliases = ["Philippa", "Pip"]
role = "Sibling"
pseudonym = "Sibling 2"
sex = "female"
born = "21-01-2024"
address = "17 Tamarisk Parade, Brinkwell-on-Sea, LN14 7XW"

[[people]]
name = "Nathaniel Scoles"
aliases = ["Nathaniel", "Nat", "Mr Scoles", "N.S."]
role = "Lodger"
pseudonym = "Adult L"
sex = "male"
born = "05-05-1990"
address = "17 Tamarisk Parade, Brinkwell-on-Sea, LN14 7XW"
lives_with = ["Agnieszka Marchbank", "Lyall Marchbank"]

[[staff]]
name = "Sunday Okafor"
code = "SW1"
role = "Social Worker, Children with Disabilities Team"
agency = "Children's Social Care"

[[staff]]
name = "Tegan Lowery"
code = "HV1"
role = "Health Visitor"
agency = "Children's Health 0-19 Service"

[[staff]]
name = "Dean Harvest"
code = "PC1"
role = "Police Constable"
agency = "Lincolnshire Police"

[[staff]]
name = "Robin Church"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Fenmere Bay School"

[[staff]]
name = "Imogen Pardew"
code = "CP1"
role = "Community Paediatrician"
agency = "Wolds and Coast Community Health NHS Trust"
'''

IDENTIFIERS = {
    "key_name": ["Ezra Marchbank", "Ezra", "Ezra's", "Agnieszka Marchbank", "Agnieszka",
                 "Agnieszka Wróbel-Marchbank", "Mrs Marchbank", "Mrs Marchbank's",
                 "Lyall Marchbank", "Lyall", "Lyall's", "Mr Marchbank", "Marnie Marchbank",
                 "Marnie", "Marnie's", "Philippa Marchbank", "Philippa", "Nathaniel Scoles",
                 "Nathaniel", "Mr Scoles", "Mr Scoles's", "Scoles", "Marchbank"],
    "nickname": ["Ez", "Ezzy", "Aga", "Pip", "Nat"],
    "misspelling": ["Marchbanks", "Agneszka", "Lyle Marchbank"],
    "ascii_spelling": ["Wrobel-Marchbank", "Halina Wrobel"],
    "initials": ["E.M.", "EM", "A.W-M.", "L.M.", "N.S."],
    "not_in_key": ["Babcia Halina", "Halina Wróbel", "Halina", "Pauline Gedge", "Mrs Gedge",
                   "Mrs Gedge's", "Dylan Rix", "Rix"],
    "pet_name": ["Kipper"],
    "staff_name": ["Sunday Okafor", "Ms Okafor", "Tegan Lowery", "Dean Harvest", "PC Harvest",
                   "Robin Church", "Mr Church", "Imogen Pardew", "Dr Pardew"],
    "address": ["17 Tamarisk Parade", "Tamarisk Parade", "Cobble Row"],
    "town": ["Brinkwell-on-Sea", "Brinkwell"],
    "postcode": ["LN14 7XW", "LN14", "7XW"],
    "agency_place": ["Fenmere Bay School", "Fenmere Bay", "Brinkwell Harbour Surgery",
                     "Harbour Surgery", "Kittiwake House", "Sandhills Holiday Park"],
    "number": ["07700 900417", "07700 900862", "01632 960288", "999 041 2836",
               "LP-24-118307"],
    "date_of_birth": ["14/03/2013", "14 March 2013", "21/01/2024"],
    "social_media": ["@natscoles_90", "aga.marchbank@example.org"],
}

ORDINARY = [
    "Sunday", "Harvest Festival", "church hall", "Christmas", "Wigilia", "Easter Monday",
    "May half-term", "Victoria Climbié", "Arthur Labinjo-Hughes", "Lord Laming",
    "Child Safeguarding Practice Review Panel", "Working Together to Safeguard Children 2023",
    "Children Act 1989", "Children and Families Act 2014", "Education, Health and Care Plan",
    "Angelman syndrome", "Angelman UK", "Makaton", "Proloquo2Go", "SpareRoom", "WhatsApp",
    "Instagram", "Sheffield Children's Hospital", "Doncaster", "Poland",
    "Graded Care Profile 2", "Signs of Safety", "Detective Sergeant", "MASH", "DBS", "NSPCC",
    "Ofsted", "Year 6", "Staffordshire Bull Terrier", "WAS NOT BROUGHT", "ReSPECT", "RNLI",
    "Carers Trust", "Integrated Community Equipment Service", "Section 47",
]

INVOLVEMENT = [
    "Ezra Marchbank (E.M., born 14/03/2013) is the subject of this review and is called Child T "
    "in published documents. Ezra has Angelman syndrome with complex epilepsy, is non-verbal, "
    "communicates with Makaton signs and the Proloquo2Go app on his tablet, and has an "
    "Education, Health and Care Plan. During the review period he was in Year 6 and then Year 7 "
    "at Fenmere Bay School, a special school twelve miles from home, travelling by council "
    "minibus. He lived with his mother Agnieszka Marchbank (née Wróbel), his father Lyall "
    "Marchbank, his sister Marnie and, from January 2024, his baby sister Philippa (Pip), at "
    "17 Tamarisk Parade, Brinkwell-on-Sea, LN14 7XW. Both parents were his full-time carers and "
    "received Disability Living Allowance and Carer's Allowance for him.",

    "In September 2023 the Children with Disabilities Team allocated the social worker, Sunday "
    "Okafor, to complete a child in need assessment under section 17 of the Children Act 1989, "
    "after Mrs Marchbank told the school that the family were 'at breaking point'. Ms Okafor "
    "visited on a Sunday afternoon because that was the one day Lyall was home from his shifts "
    "at Sandhills Holiday Park. She recorded that Ezzy slept about three hours a night, that a "
    "safety bed had been ordered through the Integrated Community Equipment Service in July "
    "but not delivered, and that Marnie, then fourteen, did much of his evening care. Marnie "
    "was referred to Carers Trust for a young carer's assessment; the referral was not followed "
    "up. Mrs Marchbank's mobile, 07700 900417, and her email, aga.marchbank@example.org, were "
    "recorded as the contact details.",

    "Philippa Marchbank was born on 21/01/2024. The health visitor, Tegan Lowery, completed the new birth "
    "visit in February 2024 and noted that a lodger, Nathaniel Scoles ('Nat'), had moved into "
    "the box room after answering an advert Aga placed on SpareRoom over Christmas, to help "
    "with the rent and the cost of heating; he had first come to the house on Boxing Day. Tegan "
    "Lowery recorded the lodger's presence but did not ask his date of birth, whether he cared "
    "for the children or whether any agency knew him. The family's Staffordshire Bull Terrier, "
    "Kipper, was noted as 'friendly, shut in the kitchen'. The maternal grandmother, known to "
    "the children as Babcia Halina (Halina Wróbel, written Halina Wrobel in the "
    "health visiting record), had gone home to Poland after staying for Wigilia, and "
    "could not help again until the summer.",

    "Lincolnshire Police held intelligence on Mr Scoles from 2019, including a caution for "
    "assaulting a former partner's child, linked to his previous address in Cobble Row, "
    "Brinkwell. On Easter Monday 2024 a neighbour, Pauline Gedge, rang 101 from 07700 900862 "
    "to report shouting and 'a child screaming' at Tamarisk Parade. PC Dean Harvest attended, "
    "spoke to Mr Marchbank on the doorstep and was told that Ezra screams when he has a seizure. "
    "PC Harvest did not see Ezra, did not check the occupants on police systems and closed the "
    "log (LP-24-118307) as a concern for welfare with no offences; the household was recorded "
    "as 'Lyle Marchbank and family' (L.M.). No referral was made to the MASH. Had the occupants been "
    "checked, the link to N.S. would have been found.",

    "The school's designated safeguarding lead, Robin Church, recorded bruising to the upper "
    "arms of Ezra ('Ez' to the staff) on three occasions between May half-term and July 2024, each on a body map. "
    "Mrs Marchbank explained that Ezra falls in drop seizures and that 'Nat holds him when he "
    "fits'. Mr Church telephoned the Children with Disabilities Team on 01632 960288 after the "
    "third occasion; the call was logged as information only because EM had an open child in "
    "need plan. At the school's Harvest Festival in October 2024 a teaching assistant saw Ezra "
    "flinch when the lodger, who had come to collect him, took his arm; this was not recorded "
    "until after his injury. In June 2024 Ezra WAS NOT BROUGHT to two appointments at the "
    "Harbour Surgery, where a letter had been filed for 'Agneszka Marchbanks'.",

    "Dr Imogen Pardew, community paediatrician, saw Ezra in September 2024 for his epilepsy "
    "review and a ReSPECT discussion with both parents. She noted 'bruises of different ages "
    "on both upper arms, in keeping with his seizures' and that his weight had fallen from the "
    "50th to the 25th centile. Dr Pardew wrote to Brinkwell Harbour Surgery but did not "
    "consider a Section 47 referral or a child protection medical, and was not told of the "
    "body maps held at Fenmere Bay. Her letter gave Ezra's NHS number, 999 041 2836, and his "
    "date of birth as 14 March 2013.",

    "On Sunday 10 November 2024 Lyall took Ezra to the emergency department with a swollen left "
    "thigh. An X-ray showed a fractured femur and a skeletal survey found two healing rib "
    "fractures. Mr Scoles had looked after Ezra alone the evening before, while Agnieszka took "
    "Pip to a parent carer support group in the church hall and Lyall was on a shout with the "
    "RNLI. A strategy discussion led to a Section 47 enquiry and a joint investigation with a "
    "Detective Sergeant of the Public Protection Unit. Ezra was transferred to Sheffield "
    "Children's Hospital and then stayed at Kittiwake House, where he already had short "
    "breaks, while Marnie went to stay with Mrs Gedge. Mr Scoles's phone, his Instagram "
    "account @natscoles_90 and WhatsApp messages with a friend, Dylan Rix, were seized; Rix "
    "was later interviewed as a witness.",
]

ANALYSIS = [
    "The central finding is diagnostic overshadowing: every professional who saw Ezra's "
    "bruises explained them by his Angelman syndrome. This is the pattern the Child "
    "Safeguarding Practice Review Panel described in its review of disabled children in "
    "residential settings in Doncaster, and that the NSPCC and Ofsted have described for many "
    "years: disabled children are more likely to be abused and less likely to be protected. "
    "Ezra could not tell anyone what was happening to him, and nobody used his communication "
    "passport, his Makaton signs or his Proloquo2Go pages to ask him.",

    "The lodger was invisible to the system. Working Together to Safeguard Children 2023 asks "
    "practitioners to think about every adult in a household. The health visitor, the social "
    "worker and the school each knew that 'Nat' lived at 17 Tamarisk Parade; none asked who he "
    "was, and none told the police. The police knew who Nathaniel Scoles was but not where he "
    "lived. A private lodger needs no DBS check, and nobody suggested to Agnieszka and Lyall "
    "that they could ask for one, or that the MASH could check him with their consent.",

    "The parents were seen as carers first. Agnieszka Wróbel-Marchbank and Lyall Marchbank were "
    "exhausted, loving and cooperative, and professionals identified with them. Ms Okafor's "
    "plan concentrated on equipment, short breaks and a parent carer's needs assessment under "
    "the Children and Families Act 2014, all of which were needed, but the plan never described "
    "Ezra's day. The Graded Care Profile 2 was not used, and Signs of Safety mapping happened "
    "once, at the kitchen table, while Ezra was asleep upstairs.",

    "Information stayed where it was recorded. The school held three body maps, the "
    "paediatrician one letter and the police one call; no one put them together. Lord Laming's "
    "inquiry into the death of Victoria Climbié, and the national review after the murder of "
    "Arthur Labinjo-Hughes, found the same thing: the pieces were known but never joined. The "
    "appointments Ezra WAS NOT BROUGHT to in June were coded 'did not attend' at the Harbour "
    "Surgery and were not followed up, and the family's WhatsApp messages to the school about "
    "his bruises were not copied to his record.",
]

LEARNING = [
    "Learning 1: bruising on a disabled child must be explained, not explained away. When "
    "Fenmere Bay School recorded bruises on Ezra's arms after May half-term, when staff saw him "
    "flinch at the Harvest Festival, and when Dr Pardew saw the bruises in September, the "
    "account given by Mrs Marchbank (that Ezra falls in seizures and that Nat holds him) was "
    "accepted without a child protection medical. A child who cannot speak, such as a child "
    "with Angelman syndrome who uses Makaton and Proloquo2Go, needs professionals to be curious "
    "for him; Angelman UK and the NSPCC both publish guidance on this. Marnie Marchbank, who "
    "knew more than anyone and was Ezzy's main carer in the evenings, was never asked, and the "
    "Carers Trust referral for Marnie's own needs was lost.",

    "Learning 2: every adult in the household must be known. Agnieszka Wrobel-Marchbank "
    "(A.W-M. in the school's records) found the lodger, "
    "Nathaniel Scoles (N.S.), on SpareRoom over Christmas, and he lived at 17 Tamarisk Parade, "
    "Brinkwell-on-Sea, LN14 7XW from January 2024. The health visitor recorded him, PC Harvest "
    "met the household after Mrs Gedge's call on Easter Monday without checking who lived "
    "there, and Sunday Okafor assumed he was a family friend. Working Together to Safeguard "
    "Children 2023, Lord Laming's report on Victoria Climbié and the Child Safeguarding "
    "Practice Review Panel's national review after Arthur Labinjo-Hughes all ask practitioners "
    "to identify every adult around a child and to check them with the police, whatever day of "
    "the week, Sunday included, the visit is made.",

    "Learning 3: parent carers need support and challenge together. The Integrated Community "
    "Equipment Service did not deliver Ezra's safety bed until after his injury, and short "
    "breaks at Kittiwake House were cut over the Easter holidays when Philippa was three months "
    "old. Lyall's volunteering with the RNLI and his shifts at Sandhills Holiday Park left "
    "Agnieszka relying on the lodger for help. Support for the Marchbanks and challenge about "
    "Ezra's safety were both needed; the first must not replace the second.",

    "Learning 4: seeing the child. Across sixteen months nobody saw Ezra alone or used his "
    "communication passport. The Children Act 1989 and Ofsted's inspection framework are clear "
    "that a disabled child's wishes and feelings must be sought by the means the child uses, "
    "whether that is Makaton, an eye-gaze board or a Proloquo2Go page. A meeting in the church "
    "hall, or a visit on a Sunday when the whole family is at home and Kipper is shut in the "
    "kitchen, is not the same as seeing the child.",
]

RECOMMENDATIONS = [
    ("The Children with Disabilities Team and Fenmere Bay School will make sure that any "
     "bruising seen on a non-verbal disabled child such as Ezra, including bruising explained "
     "by Angelman syndrome or seizures, leads to a strategy discussion and a child protection "
     "medical, as Working Together to Safeguard Children 2023 expects",
     "Revise the bruising protocol to cover disabled children of every age; train staff at "
     "the school and at Kittiwake House; add a Makaton symbol set for 'hurt' to each child's "
     "communication passport",
     "Head of Service, Children with Disabilities", "31-03-2025"),
    ("Every agency will record each adult living in or often visiting the household, including "
     "lodgers found through SpareRoom or WhatsApp groups, and share their details with the MASH "
     "so that the police can check them, as should have happened for Nathaniel Scoles at "
     "Tamarisk Parade after the Easter Monday call",
     "Add a household members section to the child in need and Early Help templates; the "
     "Detective Sergeant for the MASH audits 30 cases with a lodger or new adult",
     "MASH Manager", "30-06-2025"),
    ("The health visiting service and Brinkwell Harbour Surgery will follow up every WAS NOT "
     "BROUGHT appointment for a disabled child, and the Integrated Community Equipment Service "
     "will report any delay over eight weeks to the child's social worker, so that families "
     "like the Marchbanks are not left waiting from May half-term to Christmas",
     "Relaunch the Was Not Brought policy with the GP practices; a monthly delay report from "
     "the equipment service to the Children with Disabilities Team",
     "Designated Nurse for Safeguarding Children", "30-09-2025"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE - CSPR-2025-07 - Ezra Marchbank (E.M.), 17 Tamarisk Parade",
    footer="Author: Sunday Okafor, Children with Disabilities Team, 01632 960288, for Lyall and Agnieszka",
    comment="Check with Aga whether Nat Scoles was ever asked for ID; Mrs Gedge may know - RC",
    footnote="Body map held at Fenmere Bay School for Ezzy, LN14 7XW, seen by Mr Church and Dr Pardew.",
)
