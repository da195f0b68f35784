"""A held-back publication case written blind, without sight of the anonymiser: a
fictional family, agencies and staff, every name, address, number and date invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "OSCB-CSPR-2020-07"

CASE_TOML = '''\
reference = "OSCB-CSPR-2020-07"
review = "Child Safeguarding Practice Review"
subject = "Child L"
period = { from = "01-09-2018", to = "31-03-2020" }
board = "Oxfordshire Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["TVP", "Police"]

[[agencies]]
name = "Children's Social Care"
aliases = ["Oxfordshire Children's Social Care", "CSC"]

[[agencies]]
name = "Health Visiting Service"
aliases = ["Oxford Health Health Visiting", "HV Service"]

[[agencies]]
name = "Brize Meadow Academy"
aliases = ["Brize Meadow", "BMA"]

[[agencies]]
name = "Shilton Lane Surgery"
aliases = ["Shilton Lane"]
published_as = "the GP practice"

[[agencies]]
name = "West Oxfordshire Youth Justice Service"
aliases = ["YJS"]

[[people]]
name = "Inês Varela-Young"
aliases = ["Inês", "Ines", "Ines Varela-Young", "Nessa", "IVY", "I.V.Y."]
role = "Child"
pseudonym = "Child L"
born = "03-11-2005"
address = "14 Sparrowhawk Close, Carterton, OX18 9ZQ"

[[people]]
name = "Fernanda Varela"
aliases = ["Fernanda", "Nanda", "Ms Varela", "FV"]
role = "Mother"
pseudonym = "Mother"
born = "12-06-1984"
address = "14 Sparrowhawk Close, Carterton, OX18 9ZQ"

[[people]]
name = "Darren Young"
aliases = ["Darren", "Daz", "Mr Young", "DY"]
role = "Father"
pseudonym = "Father"
born = "08-01-1981"
address = "Flat 2, 61 Tadpole Row, Witney, OX28 6XW"

[[people]]
name = "Lorcan Tighe"
aliases = ["Lorcan", "Mr Tighe", "LT"]
role = "Mother's partner"
pseudonym = "Mr B"
born = "27-04-1979"
address = "14 Sparrowhawk Close, Carterton, OX18 9ZQ"

[[people]]
name = "Tomás Varela-Young"
aliases = ["Tomás", "Tomas", "Tommy"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "22-07-2010"
address = "14 Sparrowhawk Close, Carterton, OX18 9ZQ"

[[people]]
name = "Rhiannon Tighe"
aliases = ["Rhiannon", "Rhi"]
role = "Half-sibling"
pseudonym = "Sibling 2"
born = "19-02-2018"
address = "14 Sparrowhawk Close, Carterton, OX18 9ZQ"

[[people]]
name = "Graça Varela"
aliases = ["Avó Graça", "Avo Graca", "Graca Varela"]
role = "Maternal grandmother"
pseudonym = "Grandmother"

[[staff]]
name = "Ruth Friday"
code = "SW1"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Helen Cross"
code = "DS1"
role = "Detective Sergeant"
agency = "Thames Valley Police"

[[staff]]
name = "Amira Stannard"
code = "HV1"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Gethin Prowse"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Brize Meadow Academy"
'''

IDENTIFIERS = {
    "key_name": ["Inês Varela-Young", "Ines Varela-Young", "Inês", "Ines", "Inês's",
                 "Varela Young", "Fernanda Varela", "Fernanda", "Fernada", "Ms Varela",
                 "Darren Young", "Mr Young", "Darren", "Lorcan Tighe", "Lorcan", "Tighe", "Varela-Young", "Mr Tighe",
                 "Mr Tighe's", "Lorcan's", "Tigh", "Tomás", "Tomas", "Rhiannon Tighe",
                 "Rhiannon", "Graça Varela", "Graca Varela"],
    "nickname": ["Nessa", "Nanda", "Daz", "Tommy", "Rhi", "Avó Graça", "Avo Graca",
                 "Nan Graça"],
    "initials": ["IVY", "I.V.Y.", "I-V-Y", "FV", "F.V.", "LT", "DY"],
    "staff": ["Ruth Friday", "Ms Friday", "Helen Cross", "DS Cross", "Amira Stannard",
              "Amira", "Gethin Prowse", "Mr Prowse"],
    "not_in_key": ["Sheila Pettifer", "Mrs Pettifer", "Kayleigh Brassington", "Kayleigh",
                   "Eamon Tighe", "Uncle Eamon", "Jordan Kesterton", "Kesterton"],
    "address": ["14 Sparrowhawk Close", "Sparrowhawk Close", "Carterton",
                "61 Tadpole Row", "Tadpole Row", "Witney"],
    "postcode": ["OX18 9ZQ", "OX18", "9ZQ", "OX28 6XW"],
    "agency_place": ["Brize Meadow Academy", "Brize Meadow", "Shilton Lane Surgery",
                     "Shilton Lane", "West Oxfordshire Youth Justice Service"],
    "number": ["07700 900417", "01632 960552", "943 476 5919", "43190201877",
               "KX15 ZTU"],
    "date_of_birth": ["3 November 2005", "03/11/2005", "12.06.1984", "19 February 2018"],
    "social_media": ["@nessa_ivy05", "nessa.vy@example.org", "nessaxo_2005"],
}

ORDINARY = [
    "British Red Cross", "young carers assessment", "YoungMinds", "Good Friday",
    "Boxing Day", "Christmas Eve", "Bonfire Night", "half term", "Detective Sergeant",
    "Police Community Support Officer", "PCSO", "MASH", "CAMHS", "DSL",
    "Child Sexual Exploitation", "NO FURTHER ACTION", "John Radcliffe Hospital",
    "Childline", "NSPCC", "Children Act 1989", "Section 47",
    "Working Together to Safeguard Children 2018", "Victoria Climbié", "Daniel Pelka",
    "Graded Care Profile 2", "Strengths and Difficulties Questionnaire",
    "Operation Encompass", "MARAC", "DASH risk checklist", "Lisbon", "Porto",
    "Snapchat", "PlayStation", "Staffordshire Bull Terrier", "Crohn's disease",
    "Year 9", "Year 10", "Signs of Safety", "Early Help Assessment",
    "National Referral Mechanism",
]

INVOLVEMENT = [
    "Inês Varela-Young (Child L, born 3 November 2005) lived at 14 Sparrowhawk Close, "
    "Carterton, OX18 9ZQ with her mother Fernanda Varela, her brother Tomás, her baby "
    "half-sister Rhiannon Tighe (born 19 February 2018) and the mother's partner Lorcan "
    "Tighe. Inês was in Year 8 at Brize Meadow Academy when the review period began in "
    "September 2018, and moved into Year 9 a year later. Her father, Darren Young, lived at Flat 2, 61 Tadpole Row, Witney, "
    "OX28 6XW and saw the children most weekends.",
    "On Bonfire Night 2018 a Police Community Support Officer found Inês, then just 13, in a "
    "car registered KX15 ZTU in a car park near Shilton Lane with an adult male later "
    "identified as Jordan Kesterton. The PCSO recorded the contact but no Child Sexual "
    "Exploitation screening was completed. The log (crime reference 43190201877) was "
    "closed as NO FURTHER ACTION on the following Friday.",
    "In the Christmas Eve referral to the MASH the school's DSL, Gethin Prowse, wrote "
    "that 'Nessa' had told her friend Kayleigh Brassington that she was 'seeing an older "
    "lad from Witney'. Mr Prowse gave the mother's number as 07700 900417. The MASH "
    "record spells the mother's name 'Fernada' and did not link the referral to the "
    "earlier police contact; the Section 47 threshold was not considered.",
    "The health visitor, Amira Stannard, saw Rhiannon at home for the one-year review. "
    "Ms Varela told her that she had Crohn's disease and was often too unwell to get up, "
    "and that Inês looked after the baby and Tomas before school. Amira noted a "
    "Staffordshire Bull Terrier in the kitchen and old dog mess on the floor but did not "
    "complete the Graded Care Profile 2 or ask for a young carers assessment. The "
    "family's NHS number for the baby, 943 476 5919, was written on the visit record.",
    "Over Boxing Day and the New Year, neighbour Sheila Pettifer rang the police twice "
    "from 01632 960552 about shouting at the address. Officers attended under Operation "
    "Encompass; Mr Tighe's account was that Inês had 'kicked off' over her PlayStation "
    "being taken away. A DASH risk checklist was graded standard and the case was not "
    "heard at MARAC. Mrs Pettifer later told the review that 'Nan Graça' had visited from "
    "Porto and had been frightened of Lorcan.",
    "In February 2019 Detective Sergeant Helen Cross reviewed the Snapchat messages "
    "from the account @nessa_ivy05 and a second account, nessaxo_2005, after Inês went "
    "missing over half term. DS Cross made a referral to the National Referral "
    "Mechanism. Inês was found at the John Radcliffe Hospital after taking an overdose; "
    "her email nessa.vy@example.org had been used to arrange meetings with Kesterton.",
    "The social worker, Ruth Friday, completed the assessment in March 2019 using Signs "
    "of Safety. Ms Friday recorded the child's date of birth as 03/11/2005 and the "
    "mother's as 12.06.1984, and noted that Avó Graça (the maternal grandmother, Graça "
    "Varela) had offered to take the children to Lisbon over Good Friday and Easter. The "
    "plan was stepped down to an Early Help Assessment, to be reviewed in Year 10, despite a "
    "Strengths and Difficulties Questionnaire score in the high range.",
]

ANALYSIS = [
    "Professionals saw I.V.Y. as a young carer and a 'difficult teenager' rather than a "
    "child being exploited. The Child Sexual Exploitation indicators - an older male, a "
    "car, missing episodes and gifts - were each recorded by a different agency, and no "
    "one agency held the whole picture. As in the reviews after Daniel Pelka and the "
    "inquiry into the death of Victoria Climbié, the child's own voice was not heard.",
    "The records name the family in many ways: 'Varela Young', 'the Tigh household', "
    "'IVY', 'I-V-Y', 'Daz', 'Nanda' and, for the grandmother, 'Graca Varela'. Searches under one spelling missed records "
    "held under another, so the MASH did not see that Rhi, Tommy and Ines were all "
    "known to the same services. Lorcan's brother, Eamon Tighe ('Uncle Eamon'), was "
    "never checked although he was often at the home.",
    "CAMHS declined the referral from Shilton Lane Surgery because the Strengths and "
    "Difficulties Questionnaire was more than three months old. The GP practice did not "
    "know that F.V. (FV in the school record) and LT were the carers for the same children that DY had raised "
    "concerns about. Childline and the NSPCC helpline had both been contacted by Inês's "
    "friend, but that information did not reach any agency in West Oxfordshire Youth "
    "Justice Service or Children's Social Care.",
]

LEARNING = [
    "Learning point 1: a young person who is caring for a parent with Crohn's disease "
    "and a baby sibling needs a young carers assessment under the Children Act 1989, "
    "not only advice. Inês (Nessa) was 12 when Mr Young first told Brize Meadow Academy "
    "that she was 'doing everything at home'. Agencies should refer to YoungMinds, the "
    "British Red Cross young carers scheme or Childline when a child says she cannot "
    "cope, as Ines did to Kayleigh on Boxing Day.",
    "Learning point 2: a log closed as NO FURTHER ACTION should not end the police "
    "response when a Police Community Support Officer finds a child of 13 with an adult "
    "male. The contact with Jordan Kesterton near Carterton should have been shared "
    "with the MASH under Working Together to Safeguard Children 2018 and with "
    "Children's Social Care for a Section 47 strategy discussion. Detective Sergeant "
    "checks must cover every spelling: Varela-Young, Varela Young and Tighe.",
    "Learning point 3: the Graded Care Profile 2 should be used whenever a health "
    "visitor sees neglect in the home, such as the state of the kitchen at Sparrowhawk "
    "Close. Amira Stannard's record was clear but did not lead to a referral.",
    "Learning point 4: online exploitation on Snapchat and through a PlayStation "
    "account should be considered early; the DSL and the school nurse should know how "
    "to report to the National Referral Mechanism and the NSPCC.",
]

RECOMMENDATIONS = [
    ("The MASH should link every contact about Inês Varela-Young, including those "
     "headed Ines Varela-Young and the nickname Nessa, and hold a MARAC-style meeting "
     "when Child Sexual Exploitation is suspected",
     "Audit of MASH name searches and a briefing for Detective Sergeant and PCSO staff",
     "Head of MASH", "30-09-2020"),
    ("Brize Meadow Academy and Shilton Lane Surgery should ask for a young carers "
     "assessment when a child in Year 9 or Year 10 cares for a parent, as Inês did for "
     "Fernanda Varela",
     "Training for each DSL and GP on the Children Act 1989 and Signs of Safety",
     "Designated Nurse", "31-12-2020"),
    ("The Health Visiting Service should use the Graded Care Profile 2 and the DASH risk "
     "checklist on every home visit where there is a Staffordshire Bull Terrier or other "
     "dog and a baby, as at 14 Sparrowhawk Close",
     "Revise the home visit template", "Head of Health Visiting", "31-03-2021"),
]

CASE = HeldOut(
    reference=REFERENCE,
    case_toml=CASE_TOML,
    identifiers=IDENTIFIERS,
    ordinary=ORDINARY,
    involvement=INVOLVEMENT,
    analysis=ANALYSIS,
    learning=LEARNING,
    recommendations=RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE: Inês Varela-Young (I.V.Y.), OX18 9ZQ",
    footer="Author: Ruth Friday, 01632 960552, re Fernanda Varela of Carterton",
    comment="Check with DS Cross whether Kesterton's car KX15 ZTU was ever traced; "
            "Mrs Pettifer says Daz knew him.",
    footnote="Nan Graça (Avo Graca) confirmed the Lisbon trip; Tommy and Rhi went too.",
)
