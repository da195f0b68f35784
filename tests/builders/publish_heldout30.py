"""Held-back publication case 30, written blind: a fictional child safeguarding practice
review of a neglected three-year-old in a seaside town; every name in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "KSCP-CSPR-2024-07"

CASE_TOML = '''reference = "KSCP-CSPR-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child Q"
period = { from = "01-06-2020", to = "30-11-2023" }
board = "Kent Safeguarding Children Multi-Agency Partnership"

[[agencies]]
name = "Kent Police"
aliases = ["Police", "KP"]

[[agencies]]
name = "Kent County Council Integrated Children's Services"
aliases = ["ICS", "Children's Social Care", "CSC"]

[[agencies]]
name = "Kent Community Health NHS Foundation Trust"
aliases = ["KCHFT", "Health Visiting", "the health visiting service"]

[[agencies]]
name = "Barton's Point Pre-School"
aliases = ["Barton's Point", "the pre-school"]
published_as = "the pre-school"

[[agencies]]
name = "Rushenden Bay Surgery"
aliases = ["Rushenden Bay", "the surgery"]

[[agencies]]
name = "Swale Early Help and Preventative Services"
aliases = ["Swale Early Help", "EHPS"]
published_as = "the early help service"

[[people]]
name = "Kacey-Lou Fensham"
aliases = ["Kacey-Lou", "Kacey", "Little Kace", "KLF", "K-L.F."]
role = "Child"
pseudonym = "Child Q"
born = "03-06-2020"
address = "14 Wellmarsh Terrace, Sheerness, ME12 2QX"

[[people]]
name = "Jodie Fensham"
aliases = ["Jodie", "Jodes", "Jody", "JF", "J.F."]
role = "Mother"
pseudonym = "Mother"
born = "22-09-1999"
address = "14 Wellmarsh Terrace, Sheerness, ME12 2QX"

[[people]]
name = "Lee Winter"
aliases = ["Lee", "Mr Winter", "LW"]
role = "Father"
pseudonym = "Father"
born = "17-01-1996"

[[people]]
name = "Brooklyn Fensham-Winter"
aliases = ["Brooklyn"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "08-08-2022"
address = "14 Wellmarsh Terrace, Sheerness, ME12 2QX"

[[people]]
name = "Beverley Fensham"
aliases = ["Bev", "Nan Bev"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "30-04-1974"
address = "Flat 2, 41 Halfway Parade, Minster-on-Sea, ME12 3RT"

[[staff]]
name = "Aoife Ní Bhriain"
code = "HV1"
role = "Health Visitor"
agency = "Kent Community Health NHS Foundation Trust"

[[staff]]
name = "Marcus Oyelaran"
code = "SW1"
role = "Social Worker"
agency = "Kent County Council Integrated Children's Services"

[[staff]]
name = "Sunita Early"
code = "PS1"
role = "Pre-school Manager"
agency = "Barton's Point Pre-School"

[[staff]]
name = "Ryan Dobbie"
code = "PC1"
role = "Police Constable"
agency = "Kent Police"

[[staff]]
name = "Nadia Pearce"
code = "EH1"
role = "Family Support Worker"
agency = "Swale Early Help and Preventative Services"
'''

IDENTIFIERS = {
    "key_name": ["Kacey-Lou Fensham", "Kacey-Lou", "Kacey-Lou's", "Kacey", "Jodie Fensham",
                 "Jodie", "Jodie's", "Ms Fensham", "Fensham", "Lee Winter", "Mr Winter",
                 "Lee", "Lee's", "Brooklyn Fensham-Winter", "Brooklyn", "Beverley Fensham",
                 "Beverley"],
    "nickname": ["Little Kace", "Jodes", "Nan Bev", "Bev"],
    "misspelling": ["Kacy-Lou", "Jody", "Fensam"],
    "initials": ["KLF", "K-L.F.", "JF", "J.F.", "LW"],
    "not_in_key": ["Dean Cottle", "Deano", "Hanna Wójcik", "Mrs Wójcik", "Mrs Wojcik",
                   "Terry Ashdown", "Mr Ashdown", "Ashdown Lettings"],
    "staff": ["Aoife Ní Bhriain", "Aoife Ni Bhriain", "Ms Ní Bhriain", "Aoife",
              "Marcus Oyelaran", "Mr Oyelaran", "Sunita Early", "Ms Early",
              "PC Ryan Dobbie", "PC Dobbie", "Nadia Pearce", "Nadia"],
    "address": ["14 Wellmarsh Terrace", "Wellmarsh Terrace", "Wellmarsh",
                "41 Halfway Parade", "Halfway Parade"],
    "town": ["Sheerness", "Minster-on-Sea", "Isle of Sheppey", "Sheppey"],
    "postcode": ["ME12 2QX", "ME12", "2QX", "ME12 3RT", "3RT"],
    "agency_place": ["Barton's Point Pre-School", "Barton's Point", "Rushenden Bay Surgery",
                     "Rushenden Bay", "Swale Early Help", "Swale", "Sheerness Foodbank"],
    "number": ["07700 900461", "01632 960318", "943 476 5919", "46/88213/23"],
    "date_of_birth": ["03-06-2020", "3 June 2020", "22/09/1999", "8 August 2022"],
    "social_media": ["@jodesfensham99", "jodie.fensham99@example.org",
                     "Jodie Bubblez Fensham"],
}

ORDINARY = [
    "over the winter",
    "Early Years Foundation Stage",
    "early help assessment",
    "Trussell Trust",
    "Working Together to Safeguard Children 2018",
    "Children Act 1989",
    "Mental Capacity Act 2005",
    "Graded Care Profile 2",
    "GCP2",
    "Daniel Pelka",
    "Arthur Labinjo-Hughes",
    "Awaab Ishak",
    "Child Safeguarding Practice Review Panel",
    "Universal Credit",
    "Department for Work and Pensions",
    "HM Prison and Probation Service",
    "County Durham",
    "Boxing Day",
    "Bonfire Night",
    "Shrove Tuesday",
    "Great Ormond Street Hospital",
    "Evelina London Children's Hospital",
    "Mencap",
    "NSPCC",
    "Shelter",
    "Citizens Advice",
    "Healthy Start",
    "Staffordshire Bull Terrier",
    "Hirschsprung's disease",
    "Year 9",
    "PCSO",
    "NO ACCESS",
    "WAS NOT BROUGHT",
    "WhatsApp",
    "Facebook Marketplace",
    "Calpol",
    "Signs of Safety",
    "Poland",
    "NHS 111",
    "Section 47",
]

INVOLVEMENT = [
    "Kacey-Lou Fensham (Child Q) was born on 3 June 2020 at term, the first child of Jodie "
    "Fensham, then aged 20, and Lee Winter. The family lived in a privately rented two-bedroom "
    "house at 14 Wellmarsh Terrace, Sheerness, ME12 2QX, let by Terry Ashdown through Ashdown "
    "Lettings. The health visitor, Aoife Ní Bhriain, completed the new birth visit when Kacey "
    "was eleven days old and recorded that Ms Fensham had a mild learning disability, had "
    "attended a special school and left in Year 9, and had been known to Mencap as a young "
    "adult. The maternity notes gave her date of birth as 22/09/1999 and a contact number of "
    "07700 900461; her NHS number (943 476 5919) appears on every later health record.",
    "Over the winter of 2020-21 the health visiting service recorded two missed contacts. The "
    "second card was left marked NO ACCESS and the surgery coded the following 12-month check "
    "as WAS NOT BROUGHT. Jodie told Aoife Ni Bhriain by WhatsApp that the baby had a cold and "
    "that she had given Calpol. Her Facebook profile, under the name Jodie Bubblez Fensham, and "
    "her Instagram account @jodesfensham99 showed Kacey-Lou's first birthday party at Nan Bev's "
    "flat at 41 Halfway Parade, Minster-on-Sea, ME12 3RT, where Little Kace often stayed. No one in either agency saw the child again "
    "until the spring.",
    "In March 2022 Lee was remanded and later sentenced to four years for burglary; he served "
    "the early part of his sentence at a local prison and was moved in 2023 to a prison in County "
    "Durham, far from the family. HM Prison and Probation Service did not tell Children's "
    "Social Care that Mr Winter had been a protective adult who did the shopping and managed "
    "the money. Kent Police attended the house on Boxing Day 2022 after the neighbour, Hanna "
    "Wójcik, who had come from Poland in 2015, rang 999 about shouting; PC Ryan Dobbie and a "
    "PCSO found Dean Cottle (known as Deano) in the house, recorded crime reference "
    "46/88213/23 in error for the incident log, and made a child concern notification.",
    "Brooklyn Fensham-Winter was born on 8 August 2022. The social worker, Marcus Oyelaran, "
    "completed an early help assessment with the family and then a single assessment under Section 17 of the Children Act 1989 in the autumn and "
    "closed the case to Swale Early Help with a plan for a family support worker, Nadia Pearce, "
    "to visit weekly. Nadia used the Graded Care Profile 2 (GCP2) at the first visit and scored "
    "the home at level 4 for nutrition and housing. The house had black mould in both "
    "bedrooms; Mr Ashdown did not reply to two letters, and Nadia referred Jodes to Shelter and "
    "Citizens Advice, but no one wrote to the council's private sector housing team.",
    "Kacey-Lou started at Barton's Point Pre-School in January 2023 on a funded two-year-old "
    "place that had been extended. The manager, Sunita Early, recorded under the Early Years "
    "Foundation Stage that Kacey was small for her age, arrived hungry, wore the same clothes "
    "on most days and had severe nappy rash. Ms Early rang the surgery on 01632 960318 on "
    "Shrove Tuesday and asked whether the child had been weighed; the GP at Rushenden Bay "
    "Surgery referred KLF to a paediatrician, who queried Hirschsprung's disease because of "
    "chronic constipation and asked for tests at Great Ormond Street Hospital. The family did "
    "not attend. The surgery's record spelled the child Kacy-Lou Fensam, DOB 03-06-2020.",
    "Through 2023 Jodie relied on the Sheerness Foodbank, which works with the Trussell Trust, "
    "and on Healthy Start vouchers, after a sanction cut her Universal Credit. Her mother "
    "Beverley Fensham told the foodbank volunteer that Jodie could not read the letters from "
    "the Department for Work and Pensions. A Staffordshire Bull Terrier belonging to Deano was "
    "living in the house by the summer; Jodie had bought a cot for Brooklyn on Facebook Marketplace and sold the "
    "children's toys there. Kacey-Lou's attendance at the pre-school fell to two "
    "sessions in ten after Bonfire Night, and the pre-school made a referral that was logged by "
    "the early help team as information only.",
    "On 19 November 2023 Bev found Kacey-Lou unresponsive and called NHS 111, which passed the "
    "call to the ambulance service. Kacey was taken to hospital and transferred to the Evelina "
    "London Children's Hospital, where she died two days later of pneumonia with severe "
    "malnutrition and dehydration. Mr Oyelaran, who had moved teams, learned of the death from JF's solicitor, who "
    "wrote to jodie.fensham99@example.org. A Section 47 enquiry was opened for Brooklyn, who was also "
    "underweight. Kent Police began a criminal investigation and Ms Fensham was interviewed "
    "with an appropriate adult; the Isle of Sheppey community has since raised money for the "
    "funeral.",
]

ANALYSIS = [
    "Agencies saw Jodie Fensham's learning disability as a reason for patience, not for a "
    "different kind of help. The single assessment did not ask whether she could read, tell "
    "the time or plan meals, and did not consider a referral for an adult social care "
    "assessment or whether her consent was informed under the Mental Capacity Act 2005. Signs "
    "of Safety mapping recorded 'Mum loves her children' as a strength without testing what "
    "Jody could actually do each day for Kacey-Lou and Brooklyn.",
    "The loss of Lee Winter from the household when he went to prison was the single largest "
    "change in the children's lives and no agency recognised it. The father had done the "
    "budgeting and the food shopping; after his sentence Jodie's money ran out in the second "
    "week of each month. Nobody asked Mr Winter, who could have been reached through the prison, "
    "about the care of his children or about Lee's own wishes, and LW was not invited to any meeting.",
    "As in the reviews of Daniel Pelka and Arthur Labinjo-Hughes, the child was seen often but "
    "not looked at: the pre-school saw a hungry child, the foodbank saw an empty cupboard, the "
    "health visitor saw missed weights, and each held a piece. The damp and mould at Wellmarsh "
    "Terrace should have been treated as a risk to the children's health, as the inquest into "
    "the death of Awaab Ishak made clear, and not as a dispute between Ms Fensham and a private "
    "landlord.",
    "The Boxing Day notification from the police was the only contact in which an adult outside "
    "the family, Mrs Wojcik, described the children as 'always crying and never fed'. It was "
    "screened by the front door against the threshold for the existing early help plan and "
    "sent on to Swale without anyone speaking to the neighbour or to PC Dobbie. Mrs Wójcik was "
    "never contacted again.",
]

LEARNING = [
    "Learning 1: where a parent has a learning disability, practitioners must find out what "
    "help the parent needs to meet the child's needs, as Working Together to Safeguard Children "
    "2018 expects, and must not rely on a parent's word that all is well. Jodie Fensham (J.F.) "
    "needed written plans in easy read, which Mencap could have helped to produce; instead she "
    "received standard letters at 14 Wellmarsh Terrace that she could not read, and Kacey-Lou "
    "(K-L.F.) went hungry over the winter of 2022-23. The Children Act 1989 and the Mental "
    "Capacity Act 2005 both point to an assessment of what she could do, not what she said.",
    "Learning 2: when a parent goes to prison, the care of the children changes overnight. The "
    "imprisonment of Lee Winter should have prompted a review by the early help team and by "
    "Children's Social Care, and HM Prison and Probation Service should share that a prisoner "
    "has young children at home. A Graded Care Profile 2 repeated after Mr Winter's sentence "
    "would have shown the fall in care at Sheerness; a 3-year-old recorded as WAS NOT BROUGHT twice "
    "is a child whose needs are not being met, as the NSPCC and the Child Safeguarding "
    "Practice Review Panel have both said. Universal Credit "
    "sanctions and reliance on the Trussell Trust should be read as signs, as in the review "
    "after the death of Daniel Pelka.",
    "Learning 3: poverty and neglect overlap but are not the same. The Sheerness Foodbank, "
    "Healthy Start and Universal Credit advice each met a need, but no agency put the foodbank "
    "visits alongside the pre-school's observations that KLF was hungry and the health "
    "visitor's missed weights.",
    "Learning 4: housing conditions are part of neglect. Ms Ní Bhriain and Nadia Pearce saw the "
    "mould; a referral to the council's private sector housing team, not only to Shelter, "
    "would have put a duty on Terry Ashdown to act.",
]

RECOMMENDATIONS = [
    ("The partnership should make sure that every assessment of a parent with a learning "
     "disability, like Jodie Fensham in Sheerness, asks how the parent learns and includes "
     "an adult social care assessment, using easy-read materials from Mencap and the Signs of Safety "
     "framework",
     "Audit twelve single assessments and early help assessment plans for parents with a "
     "learning disability; issue practice guidance",
     "Head of Service, Integrated Children's Services", "31-03-2025"),
    ("HM Prison and Probation Service and Kent Police should tell Children's Social Care when "
     "a parent such as Lee Winter with children under five is imprisoned, so that the Graded "
     "Care Profile 2 (GCP2) and the early help plan are reviewed, "
     "even when he is held as far away as County Durham",
     "Agree an information-sharing protocol with the prison and the police; add a prompt to "
     "the front door screening form",
     "Partnership Business Manager", "30-06-2025"),
    ("Pre-schools and foodbanks, including Barton's Point Pre-School and the Trussell Trust "
     "network, should know how to raise a neglect concern about a child like Kacey-Lou and "
     "how to escalate it when the reply is information only",
     "Deliver neglect and escalation training with the NSPCC; publish a one-page guide",
     "Early Years Safeguarding Lead", "30-09-2025"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="KSCP-CSPR-2024-07 Child Q (Kacey-Lou Fensham) - OFFICIAL SENSITIVE",
    footer="Agency report: Kacey Fensham, DOB 03-06-2020, 14 Wellmarsh Terrace, ME12 2QX",
    comment="Check with Marcus Oyelaran and Mr Oyelaran's manager whether Jodie (JF) was "
            "offered an advocate; Nan Bev's email was jodie.fensham99@example.org in error. "
            "Also note the spelling Kacy-Lou and Fensam in the GP notes; Little Kace on Facebook.",
    footnote="Aoife Ní Bhriain, health visitor, and Sunita Early, Barton's Point, gave "
             "statements; Beverley lives at Halfway Parade, ME12 3RT, on the Isle of Sheppey.",
)
