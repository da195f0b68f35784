"""Held-back publication case 57, written blind (without reading the anonymiser): the
intra-familial sexual abuse of two siblings on a farm on the Welsh border; every name,
place, number and date in it is invented."""

from tests.builders.publish_heldout import HeldOut

_CASE_TOML = """\
reference = "HSCP-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child X"
period = { from = "01-09-2021", to = "30-04-2024" }
board = "Herefordshire Safeguarding Children Partnership"

[[agencies]]
name = "West Mercia Police"
aliases = ["WMP", "Police"]

[[agencies]]
name = "Herefordshire Council Children's Services"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "Wye Valley NHS Trust Health Visiting Service"
aliases = ["Health Visiting", "0-19 Service"]

[[agencies]]
name = "Brockwardine CE Primary School"
aliases = ["Brockwardine Primary", "Brockwardine School"]

[[agencies]]
name = "The Wenhope Surgery"
aliases = ["Wenhope Surgery", "Wenhope GP"]
published_as = "the GP practice"

[[agencies]]
name = "Hafod Child House"
aliases = ["Hafod", "the Hafod"]
published_as = "the Child House"

[[people]]
name = "Lowri-Mai Tudge"
aliases = ["Lowri", "Lowri Mai", "Lolly", "Mai", "LMT", "L-MT"]
role = "Child"
pseudonym = "Child X"
born = "14-03-2013"
address = "Upper Wenallt Farm, Brockwardine, Wenhope HR2 7QN"

[[people]]
name = "Rhodri Tudge"
aliases = ["Rhodri", "Rhod", "Roddy", "RT"]
role = "Sibling"
pseudonym = "Child Y"
born = "02-09-2010"
address = "Upper Wenallt Farm, Brockwardine, Wenhope HR2 7QN"

[[people]]
name = "Bethan Tudge"
aliases = ["Bethan", "Beth", "Bethan Gwatkin", "Mrs Tudge"]
role = "Mother"
pseudonym = "Mother"
born = "21-06-1987"
address = "Upper Wenallt Farm, Brockwardine, Wenhope HR2 7QN"

[[people]]
name = "Aled Tudge"
aliases = ["Aled", "Mr Tudge"]
role = "Father"
pseudonym = "Father"
born = "08-11-1984"
address = "Upper Wenallt Farm, Brockwardine, Wenhope HR2 7QN"

[[people]]
name = "Emrys Tudge"
aliases = ["Emrys", "Taid Em", "Councillor Tudge", "ET"]
role = "Paternal Grandfather"
pseudonym = "Paternal Grandfather"
born = "30-01-1951"
address = "Tŷ Draw, Rhosfach Lane, Cilwern, Powys LD8 2PW"

[[people]]
name = "Gwenllian Tudge"
aliases = ["Gwenllian", "Nain Gwen", "Gwen"]
role = "Paternal Grandmother"
pseudonym = "Paternal Grandmother"
born = "17-05-1953"
address = "Tŷ Draw, Rhosfach Lane, Cilwern, Powys LD8 2PW"

[[staff]]
name = "Tomasz Wiśniewski"
code = "GP1"
role = "General Practitioner"
agency = "The Wenhope Surgery"

[[staff]]
name = "Ruth Shearer"
code = "DC1"
role = "Detective Constable"
agency = "West Mercia Police"

[[staff]]
name = "Rhiannon Causer"
code = "SW1"
role = "Social Worker"
agency = "Herefordshire Council Children's Services"

[[staff]]
name = "Nerys Meadow"
code = "ISVA1"
role = "Children's Independent Sexual Violence Adviser"
agency = "Hafod Child House"

[[staff]]
name = "Joely Fitchett"
code = "HV1"
role = "Health Visitor"
agency = "Wye Valley NHS Trust Health Visiting Service"
"""

_INVOLVEMENT = [
    "In September 2021 Lowri-Mai Tudge (Child X, date of birth 14/03/2013) was in Year 4 at "
    "Brockwardine CE Primary School and lived with her brother Rhodri (Child Y, born "
    "2 September 2010), her mother Bethan Tudge (née Gwatkin) and her father Aled Tudge at "
    "Upper Wenallt Farm, Brockwardine, HR2 7QN, a hill farm of Texel ewes and Welsh Black "
    "cattle. Her paternal grandparents, Emrys Tudge and Gwenllian Tudge, lived three miles "
    "away across the border at Tŷ Draw, Rhosfach Lane, Cilwern, LD8 2PW. Emrys was a parish "
    "councillor, chaired the parish council's footpaths group and had been president of "
    "Brockwardine Young Farmers' Club for twenty years.",

    "The family were known to the Health Visiting service only through universal contacts. "
    "Its records from Lowri's early years, read for this review, show that Joely "
    "Fitchett, the health visitor, recorded at her two-year review that "
    "\"Nain Gwen and Taid Em do most of the childcare during lambing\" and that the farmhouse "
    "had no working landline; the mobile number given for Mrs Tudge was 07700 900418. "
    "The record for Rhodri, NHS number 999 401 2278, noted a referral to the GP for knee "
    "pain later diagnosed as Osgood-Schlatter disease.",

    "On a Wednesday in November 2022 the class teacher told the designated safeguarding "
    "lead, Mrs Brierley, that Lolly had drawn a picture of \"Taid's shed\" and had said "
    "that her grandad made her keep \"the hay meadow secret\". Anwen Brierley used the Brook "
    "Traffic Light Tool, rated the behaviour amber and logged \"L-MT upset, LMT's mum "
    "informed\" after speaking to Beth at the school gate, who said that Lowri had "
    "been \"unsettled since the Royal Welsh Show\". No referral was made to Children's "
    "Social Care. The school's records describe E.T. as \"a pillar of the village\" "
    "who ran the Harvest Festival auction.",

    "In February 2023 Dr Tomasz Wiśniewski at The Wenhope Surgery saw Lowri-Mai with "
    "recurrent urinary symptoms. Dr Wisniewski noted that she \"went quiet when Grandad was "
    "mentioned\" and that the consultation was shared with her grandmother, Gwenllian, "
    "because Bethan was at the livestock market. A urine sample was sent; no safeguarding "
    "question was asked and the Strengths and Difficulties Questionnaire later completed by "
    "the school was not seen by the GP.",

    "On St David's Day 2023 Rhod told his friend Cerys's mother, who contacted Childline and then "
    "the NSPCC helpline, that his grandfather had \"done things\" to him and to his sister "
    "in the lambing shed when they stayed at Ty Draw. A strategy discussion was held the "
    "next day under section 47 of the Children Act 1989; its minutes were marked "
    "OFFICIAL-SENSITIVE and recorded crime reference 22/48817/23. Rhiannon Causer, the "
    "allocated social worker, visited Upper Wenallt with DC Shearer the same afternoon.",

    "Both children were interviewed under Achieving Best Evidence at Hafod Child House, a "
    "Barnahus-style centre modelled on the Barnahus developed in Iceland, where a "
    "Detective Sergeant monitored the interview and a paediatrician from Birmingham "
    "Children's Hospital completed the medical. DC Ruth Shearer led the interviews. "
    "Roddy disclosed that Emrys's abuse of him began when he was eight and that his "
    "grandfather filmed him on a Snapchat account, @lolly_lowri13, set up in his sister's "
    "name, and sent the clips from emrys.tudge@example.org. The Land Rover Defender "
    "registered WP17 ODF was seized.",

    "Nerys Meadow, the Children's Independent Sexual Violence Adviser, supported Lowri "
    "and R.T. through the months before the trial. Ms Meadow recorded that the family "
    "was being shunned: Uncle Huw had sided with his father; Dilwyn Probert, the contract "
    "shearer, had stopped coming after Boxing Day; Lowri would talk only to the Border "
    "Collie, Fly; the pub where Emrys drank, the Drovers Arms, had taken sides; and "
    "Bethan's sister Siân Gwatkin (Sian in the police record) was the only relative who "
    "still visited. Emrys was charged under the Sexual Offences Act 2003 and stood down "
    "from the parish council in April 2024.",
]

_ANALYSIS = [
    "Professionals found it hard to think of Councillor Tudge as a risk. He was known to "
    "the GP, the school and the police through public life, and Mrs Tudge said at the "
    "Initial Child Protection Conference that \"nobody would have believed the children "
    "against Emrys\". Emrys (date of birth 30.01.51) had no previous convictions, "
    "and photographs of the children were on the farm's Facebook page, Upper Wenallt "
    "Texels. The Independent Inquiry into Child Sexual Abuse found the same "
    "deference in rural communities, and the Centre of expertise on child sexual abuse "
    "describes how status in a small place silences children.",

    "Isolation was part of the risk: few families in the HR2 area are as remote. The "
    "farm is at the end of a single-track lane, the "
    "Tudges' landline (01632 960227) had not worked for a year and the family relied on "
    "Taid Em and Nain Gwen for transport to the school and to the Wenhope Surgery. The "
    "Farming Community Network had supported Aled during bovine TB restrictions and "
    "Aled's long hours were known, but no "
    "agency asked who cared for the children when both parents were working.",

    "The school's use of the Brook Traffic Light Tool was sound but it stopped at amber. "
    "Keeping Children Safe in Education is clear that a designated safeguarding lead "
    "should seek advice when unsure, and Mrs Brierley recorded Lowri's drawing without "
    "asking the child who else used the shed. The later referral misspelt both names "
    "(\"Lowrie's drawing\", \"Rodri\"), and the two records were not linked.",

    "The ABE interviews were well planned. Having both children interviewed at the Hafod "
    "rather than at Wenhope police station reduced their distress, and the "
    "Children's Independent Sexual Violence Adviser gave the children one trusted adult "
    "across police, health and court. The learning from the Victoria Climbié inquiry about "
    "speaking to children alone still applies.",
]

_LEARNING = [
    "Practitioners in Brockwardine and across the rural west of the county need to be "
    "able to consider that a respected figure such as Emrys Tudge, a parish councillor "
    "and a leader of the Young Farmers' movement, can harm children in his own family. "
    "The National Federation of Young Farmers' Clubs has since strengthened its guidance, "
    "and the Lucy Faithfull Foundation offers material on intra-familial abuse. "
    "Lowri-Mai's and Rhodri's accounts, given at school on a Wednesday and to a friend's "
    "mother on St David's Day, show that children tell when someone outside the family listens.",

    "Grandparents who provide regular care should be seen and recorded by name in "
    "assessments: the health visitor knew that Nain Gwen and Taid Em cared for Lolly "
    "during lambing, and Dr Wiśniewski saw Lowri with Gwenllian, but neither was "
    "recorded as a carer. The Working Together to Safeguard Children 2023 expectation "
    "that practitioners understand who is important in a child's life, and the "
    "Achieving Best Evidence guidance on early planning, apply equally on a farm at "
    "Upper Wenallt as in a town; the Royal Welsh Show, the Harvest Festival and the "
    "hay meadow were all places where the grandfather had unsupervised access.",

    "Children living on isolated farms may depend on one extended family for transport, "
    "childcare and work. Agencies should use existing networks such as the Farming "
    "Community Network and the NSPCC's rural outreach to reach them, and the Child "
    "Safeguarding Practice Review Panel's report on child sexual abuse within the family "
    "environment should be shared with the Brockwardine YFC and other rural clubs.",

    "The Barnahus model worked for these children and the Home Office should be told of "
    "its value, but a child's first words are usually said at school or at the GP, long "
    "before any interview at the Hafod.",
]

_RECOMMENDATIONS = [
    ("Brockwardine CE Primary School and all rural primary schools to ensure that an amber "
     "rating on the Brook Traffic Light Tool, such as the one given for Lowri-Mai Tudge in "
     "Year 4, leads to a conversation with the child and advice from Children's Social "
     "Care, in line with Keeping Children Safe in Education",
     "Designated safeguarding leads trained on intra-familial child sexual abuse; audit of "
     "amber ratings each term",
     "Head of Safeguarding in Education", "31-07-2025"),
    ("The GP practice and the Health Visiting service to record by name any grandparent "
     "who provides regular care, as Emrys and Gwenllian did for Lolly and Rhod, and to "
     "ask a safeguarding question when a child presents with recurrent urinary symptoms, "
     "drawing on the Centre of expertise on child sexual abuse and referring to the Sexual "
     "Assault Referral Centre where an offence under the Sexual Offences Act 2003 is suspected",
     "Template change in the GP record; briefing by the named GP",
     "Named GP for Safeguarding", "30-09-2025"),
    ("West Mercia Police and the Herefordshire Safeguarding Children Partnership to "
     "promote the Achieving Best Evidence pathway through the Barnahus at Hafod Child "
     "House and to brief the National Federation of Young Farmers' Clubs and the Farming "
     "Community Network on spotting abuse by a trusted figure such as Councillor Tudge",
     "Joint briefing; Detective Sergeant lead for rural communities named",
     "Detective Chief Inspector, Public Protection", "31-12-2025"),
]

CASE = HeldOut(
    reference="HSCP-2024-07",
    case_toml=_CASE_TOML,
    identifiers={
        "key_name": [
            "Lowri-Mai Tudge", "Lowri-Mai", "Lowri", "Lowri-Mai's", "Lowri's", "Rhodri",
            "Rhodri's", "Bethan Tudge", "Bethan", "Aled Tudge", "Aled", "Aled's",
            "Emrys Tudge", "Emrys", "Emrys's", "Gwenllian Tudge", "Gwenllian", "Tudge",
            "Mrs Tudge", "Councillor Tudge", "Tudges'", "Gwatkin", "Gwen",
        ],
        "nickname": ["Lolly", "Rhod", "Roddy", "Beth", "Taid Em", "Nain Gwen", "Taid's"],
        "misspelling": ["Lowrie's", "Rodri", "Wisniewski", "Sian"],
        "initials": ["R.T.", "E.T.", "LMT", "L-MT"],
        "not_in_key": [
            "Uncle Huw", "Huw", "Dilwyn Probert", "Dilwyn", "Siân Gwatkin", "Siân",
            "Mrs Brierley", "Anwen Brierley", "Cerys", "Fly",
        ],
        "staff_name": [
            "Dr Tomasz Wiśniewski", "Dr Wiśniewski", "Dr Wisniewski", "Tomasz",
            "Wiśniewski", "DC Ruth Shearer", "Ruth Shearer", "DC Shearer",
            "Rhiannon Causer", "Nerys Meadow", "Ms Meadow", "Joely Fitchett",
        ],
        "address": [
            "Upper Wenallt Farm", "Upper Wenallt", "Tŷ Draw", "Ty Draw", "Rhosfach Lane",
            "Cilwern", "Brockwardine", "Wenhope", "Drovers Arms",
        ],
        "postcode": ["HR2 7QN", "LD8 2PW", "HR2", "7QN"],
        "agency_place": [
            "Brockwardine CE Primary School", "The Wenhope Surgery", "Wenhope Surgery",
            "Hafod Child House", "Hafod", "Brockwardine Young Farmers' Club",
            "Brockwardine YFC",
        ],
        "number": ["07700 900418", "01632 960227", "999 401 2278", "22/48817/23",
                   "WP17 ODF"],
        "date_of_birth": ["14/03/2013", "2 September 2010", "30.01.51"],
        "social_media": ["@lolly_lowri13", "emrys.tudge@example.org",
                         "Upper Wenallt Texels"],
    },
    ordinary=[
        "Achieving Best Evidence", "Barnahus", "Iceland",
        "Children's Independent Sexual Violence Adviser",
        "National Federation of Young Farmers' Clubs", "Royal Welsh Show", "Border Collie",
        "Texel ewes", "Welsh Black cattle", "Farming Community Network", "NSPCC",
        "Childline", "Sexual Offences Act 2003", "Working Together to Safeguard Children 2023",
        "Children Act 1989", "Keeping Children Safe in Education", "Victoria Climbié",
        "Independent Inquiry into Child Sexual Abuse", "Brook Traffic Light Tool",
        "Osgood-Schlatter disease", "Detective Sergeant", "OFFICIAL-SENSITIVE", "Year 4",
        "Harvest Festival", "St David's Day", "Boxing Day", "Snapchat",
        "Land Rover Defender", "contract shearer", "hay meadow",
        "Child Safeguarding Practice Review Panel", "Home Office",
        "Centre of expertise on child sexual abuse", "Lucy Faithfull Foundation",
        "Birmingham Children's Hospital", "Strengths and Difficulties Questionnaire",
        "parish council", "Wednesday", "lambing", "Sexual Assault Referral Centre",
    ],
    involvement=_INVOLVEMENT,
    analysis=_ANALYSIS,
    learning=_LEARNING,
    recommendations=_RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE: HSCP-2024-07 Lowri-Mai Tudge and Rhodri Tudge, "
           "Upper Wenallt Farm, HR2 7QN",
    footer="Contact Rhiannon Causer on 01632 960227 or emrys.tudge@example.org re LMT, "
           "Brockwardine",
    comment="Check with Ms Meadow whether Cerys, Lolly's friend at Brockwardine YFC, "
            "should be named; the Tudges' dog Fly is in the photographs.",
    footnote="Emrys Tudge (born 30.01.51) of Tŷ Draw, LD8 2PW; Facebook page "
             "Upper Wenallt Texels; seen drinking at the Drovers Arms, Cilwern.",
)
