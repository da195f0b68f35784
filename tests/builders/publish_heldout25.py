"""A held-back publication case written blind, to be run once untuned: a 14-year-old girl in a
private children's home far from her placing authority, groomed online and sexually exploited;
every name, place, number and address in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "TSCP-CSPR-2024-11"

CASE_TOML = """\
reference = "TSCP-CSPR-2024-11"
review = "Child Safeguarding Practice Review"
subject = "Child K"
period = { from = "01-04-2023", to = "30-11-2024" }
board = "Trentmere Safeguarding Children Partnership"
gap_days = 90

[[agencies]]
name = "Trentmere Police"
aliases = ["Trentmere Constabulary", "TP", "Police"]
chronology_due = "20-01-2025"
report_due = "24-02-2025"

[[agencies]]
name = "Marlhaven Children's Social Care"
aliases = ["Marlhaven CSC", "Marlhaven Children's Services", "Children's Social Care"]
published_as = "the placing authority's children's social care"
chronology_due = "20-01-2025"
report_due = "24-02-2025"

[[agencies]]
name = "Marlhaven 0-19 Health Visiting Service"
aliases = ["Health Visiting", "0-19 Service", "HV Service"]
published_as = "the health visiting service"
chronology_due = "20-01-2025"

[[agencies]]
name = "Larkspur House (Evergreen Horizons Care Ltd)"
aliases = ["Larkspur House", "Evergreen Horizons", "Evergreen Horizons Care Ltd"]
published_as = "the children's home"
chronology_due = "20-01-2025"
report_due = "24-02-2025"

[[agencies]]
name = "Brightwater Fostering"
aliases = ["Brightwater", "Brightwater Fostering Ltd"]
published_as = "the independent fostering agency"
chronology_due = "20-01-2025"

[[agencies]]
name = "St Aldhelm's Catholic Academy"
aliases = ["St Aldhelm's", "St Aldhelms"]
chronology_due = "20-01-2025"

[[agencies]]
name = "Trentmere Community Health NHS Trust"
aliases = ["Integrated Sexual Health Service", "Community Health"]
chronology_due = "20-01-2025"
report_due = "24-02-2025"

[[people]]
name = "Anaïs Corvell"
aliases = ["Anaïs", "Anais", "Anais Corvell", "Nai", "AC"]
role = "Child"
sex = "female"
pseudonym = "Child K"
born = "09-03-2010"
address = "Larkspur House, 3 Quarry Hill Lane, Collingbrook, DE76 3WN"
sibling_of = ["Riley-Jay Corvell"]

[[people]]
name = "Jolene Corvell"
aliases = ["Jolene", "Jo", "Ms Corvell", "JC"]
role = "Mother"
sex = "female"
pseudonym = "Mother"
born = "22-11-1990"
address = "41 Tanyard Row, Marlhaven, WN9 2HX"
mother_of = ["Anaïs Corvell", "Riley-Jay Corvell"]
partner_of = [{ name = "Gavin Brook", from = "01-06-2019" }]
lives_with = ["Gavin Brook", "Riley-Jay Corvell"]

[[people]]
name = "Reece Halloran"
aliases = ["Reece", "Mr Halloran"]
role = "Father"
sex = "male"
pseudonym = "Father"
born = "14-06-1988"
father_of = ["Anaïs Corvell"]

[[people]]
name = "Riley-Jay Corvell"
aliases = ["Riley-Jay", "RJ"]
role = "Half-brother"
sex = "male"
pseudonym = "Sibling"
born = "17-01-2023"
address = "41 Tanyard Row, Marlhaven, WN9 2HX"

[[people]]
name = "Gavin Brook"
aliases = ["Gavin", "Mr Brook"]
role = "Mother's partner"
sex = "male"
pseudonym = "Mother's partner"
born = "30-10-1985"
address = "41 Tanyard Row, Marlhaven, WN9 2HX"
father_of = ["Riley-Jay Corvell"]

[[people]]
name = "Beverley Dunsford"
aliases = ["Bev", "Mrs Dunsford"]
role = "Maternal grandmother"
sex = "female"
pseudonym = "Grandmother"
born = "05-05-1966"
address = "Flat 6, Sorrel Court, Marlhaven"
mother_of = ["Jolene Corvell"]

[[people]]
name = "Mason Treloar"
aliases = ["Mason", "Treloar", "Mr Treloar", "MT"]
role = "Adult A (alleged perpetrator)"
sex = "male"
pseudonym = "Adult A"
born = "02-08-2000"
address = "Flat 2, 118 Sefton Parade, Collingbrook"

[[staff]]
name = "Carol Winter"
code = "RM1"
role = "Registered Manager"
agency = "Larkspur House (Evergreen Horizons Care Ltd)"

[[staff]]
name = "Amber Lyle"
code = "DC1"
role = "Detective Constable"
agency = "Trentmere Police"

[[staff]]
name = "Tobias Marwood"
code = "SW1"
role = "Social Worker"
agency = "Marlhaven Children's Social Care"

[[staff]]
name = "Siobhán Keogh"
code = "HV1"
role = "Health Visitor"
agency = "Marlhaven 0-19 Health Visiting Service"

[[staff]]
name = "Hester Quince"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "St Aldhelm's Catholic Academy"
"""

IDENTIFIERS = {
    "key_name": [
        "Anaïs Corvell", "Anais Corvell", "Anaïs", "Anais", "Corvell",
        "Jolene Corvell", "Jolene", "Jolene's", "Ms Corvell",
        "Reece Halloran", "Reece", "Mr Halloran",
        "Riley-Jay Corvell", "Riley-Jay", "Riley-Jay's",
        "Gavin Brook", "Gavin", "Mr Brook",
        "Beverley Dunsford", "Mrs Dunsford",
        "Mason Treloar", "Mason", "Treloar", "Mr Treloar", "Treloar's",
    ],
    "misspelling": ["Anays Corvel", "Anays", "Corvel"],
    "nickname": ["Nai", "Nai's", "Nana Bev", "Bev", "Jo", "Rix"],
    "initials": ["AC", "A.C.", "JC", "J.C.", "R-JC", "MT", "TM"],
    "not_in_key": [
        "Shania Pryce", "Shania", "Ricky Vasey", "Ricky", "Vasey",
        "Glenys Pumphrey", "Howell Pumphrey", "Glenys", "Mrs Pumphrey", "Pumphreys",
    ],
    "staff": [
        "Carol Winter", "Carol", "Ms Winter", "Amber Lyle", "DC Lyle",
        "Tobias Marwood", "Toby Marwood", "Mr Marwood",
        "Siobhán Keogh", "Siobhan Keogh", "Ms Keogh",
        "Hester Quince", "Mrs Quince",
    ],
    "address": [
        "3 Quarry Hill Lane", "Quarry Hill Lane", "41 Tanyard Row", "Tanyard Row",
        "Flat 6, Sorrel Court", "Sorrel Court", "118 Sefton Parade", "Sefton Parade",
    ],
    "town": ["Collingbrook", "Marlhaven"],
    "postcode": ["DE76 3WN", "DE76", "3WN", "WN9 2HX", "WN9", "2HX"],
    "agency_place": [
        "Larkspur House", "Evergreen Horizons Care Ltd", "Evergreen Horizons",
        "Brightwater Fostering", "Brightwater", "St Aldhelm's Catholic Academy",
        "St Aldhelm's", "St Aldhelms", "Fernleigh Road Surgery", "Fernleigh Road",
        "The Orchard Clinic", "Orchard Clinic", "Golden Griddle",
    ],
    "number": [
        "07700 900418", "07700 900735", "01632 960284", "999 041 7732",
        "TP/24/118342", "LT17 ZPF",
    ],
    "date_of_birth": [
        "09-03-2010", "9 March 2010", "09/03/2010", "22-11-1990", "17-01-2023", "02-08-2000",
    ],
    "email": ["jolene.corvell@example.org", "nai.corvell10@example.org"],
    "social_media": ["masonx_t24", "@masonx_t24", "nai.xo.14", "@nai.xo.14"],
}

ORDINARY = [
    "Working Together to Safeguard Children 2023",
    "Children Act 1989",
    "Sexual Offences Act 2003",
    "Children's Homes (England) Regulations 2015",
    "Regulation 44",
    "Ofsted",
    "Independent Inquiry into Child Sexual Exploitation in Rotherham",
    "Telford",
    "Child Abduction Warning Notice",
    "National Referral Mechanism",
    "CEOP",
    "Report Remove",
    "Brook Sexual Behaviours Traffic Light Tool",
    "Fraser guidelines",
    "Gillick competence",
    "Snapchat",
    "Snap Map",
    "Year 9",
    "Bonfire Night",
    "Valentine's Day",
    "Mother's Day",
    "Crohn's disease",
    "Staffordshire Bull Terrier",
    "Philomena Protocol",
    "Victoria Climbié",
    "Arthur Labinjo-Hughes and Star Hobson",
    "Child Q",
    "Sarah's Law",
    "Portugal",
    "The Children's Society",
    "Spotting the Signs",
    "RAG rating of Amber",
    "the winter months",
    "Birmingham New Street",
    "British Transport Police",
    "Independent Reviewing Officer",
    "Detective Sergeant",
    "OFFICIAL-SENSITIVE",
    "Virtual School",
    "Friday",
]

INVOLVEMENT = [
    "Child K (Anaïs Corvell, born 09-03-2010) is the elder child of Jolene Corvell (born 22-11-1990). Anaïs, known to everyone who worked with her as Nai, was made the subject of a care order under the Children Act 1989 by Marlhaven in 2021, after years of neglect linked to her mother's drinking and to domestic abuse by Ms Corvell's partner, Gavin Brook. Her father, Reece Halloran, was in custody for most of the review period and Mr Halloran had no direct contact; Reece wrote to her twice from prison. From April 2023 Nai lived with foster carers Glenys and Howell Pumphrey, approved by Brightwater Fostering, an independent fostering agency; her half-brother Riley-Jay Corvell (born 17-01-2023) stayed with Jolene (Jo to the family) and Mr Brook at 41 Tanyard Row, Marlhaven WN9 2HX, telephone 07700 900418.",
    "The health visitor, Siobhán Keogh, saw Riley-Jay at home for his reviews; the R-JC 15-month review took place at Tanyard Row in April 2024. On Mother's Day 2024 Nai was at the house for supervised contact, and Ms Keogh recorded that she spent the visit on a phone she said was a gift from 'Mason, my boyfriend', and that Jolene described her as 'old for her age'. The same note records that Jolene's Crohn's disease had flared and that Nana Bev (Beverley Dunsford, the maternal grandmother, of Flat 6, Sorrel Court, Marlhaven) was helping with Riley-Jay's care. Gavin was present and said little. The entry, typed up by Siobhan Keogh the following week, was not shared with the social worker, Tobias Marwood, or with anyone else in Marlhaven Children's Social Care.",
    "At the Pumphreys' home Nai began to go missing in the autumn of 2023, usually on a Friday, coming back after midnight. Mrs Pumphrey found messages on Snapchat from an account called masonx_t24, whose owner said he was 17 and had just come back from Portugal; he had found Nai through Snap Map, and her own Instagram account @nai.xo.14 was public. Brightwater reported each episode to the police and to Toby Marwood (TM in the agency's log), but no return home interview was offered after three of the five episodes. On 22 November 2023 Glenys Pumphrey gave notice, and on 1 December 2023 Mr Marwood placed Nai, with a day's notice, at Larkspur House, a four-bed private children's home run by Evergreen Horizons Care Ltd at 3 Quarry Hill Lane, Collingbrook DE76 3WN, some ninety miles from Marlhaven. No other placement was offered to the placing authority that week.",
    "Larkspur House registered Nai with Fernleigh Road Surgery on 4 December 2023, where the record spells her name 'Anays Corvel'; her date of birth, 9 March 2010, and NHS number, 999 041 7732, were correct. The Virtual School found her a place in Year 9 at St Aldhelm's Catholic Academy from January 2024, after five weeks out of education. The registered manager, Carol Winter, notified Ofsted of the placement, but the host authority learnt of it only in February 2024. Ms Winter's staff recorded eleven missing episodes over the winter months, each reported to Trentmere Police under the Philomena Protocol from the home's landline, 01632 960284. Nai told Carol that she went to see 'a friend with a puppy' and, on six occasions, that she had caught the train to Nana Bev's flat in the WN9 area; Mrs Dunsford confirmed two of these visits.",
    "On 19 February 2024 Trentmere Police linked the Snapchat account @masonx_t24 to Mason Treloar (born 02-08-2000), aged 23, of Flat 2, 118 Sefton Parade, Collingbrook, above the Golden Griddle takeaway. The intelligence report, marked OFFICIAL-SENSITIVE, recorded that Treloar's Staffordshire Bull Terrier puppy was used to draw girls to his flat. DC Amber Lyle completed the force's exploitation screening tool, which gave a RAG rating of Amber; a Detective Sergeant agreed that a Child Abduction Warning Notice should be served, and DC Lyle served it on Mr Treloar on 3 April 2024 under crime reference TP/24/118342. On 8 April 2024 Carol Winter asked whether a Sarah's Law disclosure could be made to the home about Mason; the request was logged but never answered. The home was not told that the man named in the notice lived half a mile from Quarry Hill Lane.",
    "On 13 May 2024 Nai attended The Orchard Clinic, the integrated sexual health service in Collingbrook run by Trentmere Community Health NHS Trust, asking for emergency contraception. She gave her mobile number as 07700 900735 (a phone Mason had given her on Valentine's Day) and her email as nai.corvell10@example.org. The nurse assessed her against the Fraser guidelines and judged her to have Gillick competence; the clinic's Spotting the Signs proforma recorded 'older boyfriend (23), has a car, gives her gifts', but the safeguarding lead was not told. At a second visit on 24 June 2024 Anais Corvell (written without the diaeresis in the clinic record) tested positive for chlamydia and said that her friend Shania Pryce, another resident of Larkspur House, 'goes with Ricky too'. Shania had been seen at the same clinic a week earlier.",
    "Return home interviews were commissioned by the host authority from The Children's Society. Of the fourteen missing episodes recorded at Larkspur House in 2024, five led to an interview: two were by telephone, and one was held by a member of the home's staff rather than an independent worker. In the interview after Valentine's Day, when she had been missing for thirty hours, A.C. said that 'Rix' (Ricky Vasey) collected her from outside the Golden Griddle in a silver car, registration LT17 ZPF; the summary was sent in error to jolene.corvell@example.org and not to the social worker. On Bonfire Night 2024 British Transport Police found Nai at Birmingham New Street with Vasey, and she disclosed that she had been sexually abused by Mason Treloar and by men he had introduced to her. A Section 47 enquiry followed; Treloar and Ricky Vasey were arrested under the Sexual Offences Act 2003; a referral was made to the National Referral Mechanism; images of Nai were taken down through Report Remove and the case was referred to CEOP.",
    "Mrs Quince, the designated safeguarding lead at St Aldhelms, told the review that Hester Quince's own concerns about Nai's attendance in Year 9 were raised with the Virtual School three times, but the school was never invited to a strategy meeting. The Independent Reviewing Officer chaired two looked after reviews in the period; neither was told of the Child Abduction Warning Notice. The school's chronology refers to the child as AC (date of birth 09/03/2010) throughout, to her mother as JC or J.C., and to Adult A, once the police had shared his name, as MT.",
]

ANALYSIS = [
    "The central question for this review is why five agencies each held a part of the picture of Nai's exploitation, and no one put it together until Bonfire Night. The police intelligence about Mason Treloar was marked OFFICIAL-SENSITIVE and stayed within the force; Larkspur House was never told that the man served with a Child Abduction Warning Notice lived on Sefton Parade, half a mile from 3 Quarry Hill Lane. The national review that followed the deaths of Arthur Labinjo-Hughes and Star Hobson, and the Victoria Climbié inquiry twenty years before it, found the same thing: information that is held is not information that is shared.",
    "Nai's wishes and feelings were recorded, but in words that placed the responsibility on her: 'Anaïs is choosing to go missing', 'AC is putting herself at risk', 'Nai is sexually active with an older boyfriend'. The Independent Inquiry into Child Sexual Exploitation in Rotherham, and the later inquiry in Telford, identified such language as one reason exploited children were not protected, and the Child Q review warned how Black and older-looking girls are seen as adults. The Fraser guidelines and a judgement of Gillick competence answer whether a 14-year-old can consent to treatment; they do not answer whether she is being exploited, and the clinic's own Spotting the Signs proforma showed that Child K was.",
    "Return home interviews were treated as a task to be completed rather than the conversation the statutory guidance on children who run away or go missing from care intends. Ms Winter's staff completed the missing reports under the Philomena Protocol promptly, but the home had no way of knowing what The Children's Society had learnt, and the Independent Reviewing Officer saw none of the interviews before the looked after review of 5 June 2024. The Regulation 44 reports on Larkspur House noted 'a pattern of Friday missing episodes' in three successive months, and Evergreen Horizons told Ofsted as the Children's Homes (England) Regulations 2015 require; nobody asked the placing authority to revisit the placement.",
    "The placement itself was made in a crisis. Marlhaven placed Nai ninety miles away, in a town where she knew no one except, as it later emerged, the man who was grooming her; Snap Map had shown Treloar where she was within a day of her arrival in Collingbrook. Mr Marwood had never worked with a child placed in Collingbrook, and the host authority learnt of the placement two months late. The first sign in any record was Jolene Corvell's remark to Siobhán Keogh that her daughter had 'a boyfriend called Mason', and it was held by a service that saw Nai only as a visitor to her mother's home at Tanyard Row.",
]

LEARNING = [
    "When a child in care is moved because of exploitation, the placing authority must know who the child is being moved away from, and who she is being moved towards. For Child K the move from Brightwater Fostering in Marlhaven to Larkspur House in Collingbrook took Anaïs Corvell within walking distance of Mason Treloar. A check of the Snapchat and Snap Map activity already known to the Pumphreys, and a request to Trentmere Police, would have shown it. Working Together to Safeguard Children 2023 expects the placing and host authorities to share such information from the first day of a placement; Ms Winter and DC Lyle were never in the same meeting, and Nana Bev, whose flat at Sorrel Court was where Nai went on six of her fourteen missing episodes, was never asked what she knew.",
    "A sexual health consultation with a 14-year-old is a safeguarding opportunity as well as a clinical one. The Orchard Clinic applied the Fraser guidelines and completed the Spotting the Signs proforma, but what Nai said about a boyfriend of 23 with a Staffordshire Bull Terrier and a car went no further than the record. Used with the Brook Sexual Behaviours Traffic Light Tool, what she described would have been rated red. The clinic did not know that Nai was in care, that she had gone missing from Larkspur House (DE76 3WN) fourteen times, or that Shania Pryce was attending too; St Aldhelm's Catholic Academy knew of her absences in Year 9 but not their cause, and Ricky Vasey's car had already been named in a return home interview.",
    "Return home interviews must be independent, timely and read. The disclosure that 'Rix' collected Nai from the Golden Griddle on Valentine's Day did not reach the police for six weeks, and The Children's Society's summary went to her mother's email address rather than to Toby Marwood. The Philomena Protocol form held the right information; nobody had the job of putting it next to the police intelligence.",
    "The words professionals use shape what they do. Records that said Nai was 'choosing' or 'promiscuous' turned a child who was being abused into a child who was misbehaving. The Independent Reviewing Officer and the Virtual School are well placed to challenge such language. There was good practice too: British Transport Police at Birmingham New Street treated Nai as a victim from the first minute, and DC Lyle's use of a Child Abduction Warning Notice under the Children Act 1989 was prompt once the intelligence was shared within the force.",
]

RECOMMENDATIONS = [
    (
        "Marlhaven Children's Social Care and Trentmere Police should hold a joint exploitation risk meeting, with the receiving home and the host authority, within five working days of any child being placed in Collingbrook or elsewhere because of exploitation, as Working Together to Safeguard Children 2023 expects, so that what was known about Mason Treloar and his Snapchat account is shared before a child like Nai arrives at a home such as Larkspur House",
        "Agree a placing and host authority exploitation protocol; audit the first ten placements made under it; report the audit to the partnership",
        "Head of Service for Children in Care, placing authority; Detective Chief Inspector, Public Protection",
        "31-03-2025",
    ),
    (
        "Trentmere Community Health NHS Trust should make sure that every Spotting the Signs proforma completed at The Orchard Clinic for a child under 16 who names an older partner reaches the named nurse for safeguarding the same day, whatever the outcome under the Fraser guidelines, as it should have done for Anaïs and for Shania Pryce",
        "Change the clinic record so that a positive Spotting the Signs screen creates a same-day safeguarding task; train all clinic staff",
        "Named Nurse for Safeguarding Children",
        "30-04-2025",
    ),
    (
        "The Trentmere Safeguarding Children Partnership should commission return home interviews that are independent of the children's home, offered within 72 hours under the Philomena Protocol, and shared with the Independent Reviewing Officer, the school and the police, so that what a child tells The Children's Society, as Nai did about Ricky Vasey and the Golden Griddle, is never again left unread",
        "Re-specify the return home interview contract; add sharing of every interview to the missing-from-care dataset reported to the partnership",
        "Partnership Business Manager",
        "30-06-2025",
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
    header="OFFICIAL-SENSITIVE | TSCP-CSPR-2024-11 | Child K: Anaïs Corvell (DOB 09/03/2010), NHS 999 041 7732",
    footer="Larkspur House, 3 Quarry Hill Lane, Collingbrook DE76 3WN | 01632 960284 | Registered Manager: Carol Winter",
    comment="Author: please check with Toby Marwood whether Nana Bev still lives at Flat 6, Sorrel Court, and whether Jo has seen this draft; J.C. asked for a copy.",
    footnote="Crime reference TP/24/118342; CAWN served on Mason Treloar (@masonx_t24) by DC Lyle; Ricky Vasey's car LT17 ZPF; MT's DOB 02-08-2000.",
)
