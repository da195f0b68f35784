"""Held-back publication case 21, written blind (without reading the anonymiser or the
other held-back cases): domestic abuse and coercive control on a rural farm; every name,
place, number and address in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "DCFP-2024-03"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-09-2022", to = "31-03-2024" }
board = "Devon Children and Families Partnership"

[[agencies]]
name = "Devon and Cornwall Police"
aliases = ["D&C Police", "Police", "DCP"]

[[agencies]]
name = "Devon Children's Services"
aliases = ["Children's Services", "CSC", "Children's Social Care"]

[[agencies]]
name = "Children and Family Health Devon"
aliases = ["Health Visiting", "CFHD", "Health Visiting Service"]

[[agencies]]
name = "Kennacott Church of England Primary School"
aliases = ["Kennacott Primary", "Kennacott School", "the school"]
published_as = "the primary school"

[[agencies]]
name = "Stowford Moor Surgery"
aliases = ["Stowford Moor", "the surgery"]

[[agencies]]
name = "Westcountry Domestic Abuse Service"
aliases = ["WDAS", "IDVA Service", "the IDVA service"]

[[agencies]]
name = "Moorview Housing"
aliases = ["Moorview", "Moorview Housing Association"]
published_as = "the housing association"

[[people]]
name = "Eliška Pengelly"
aliases = ["Eliška", "Eliska", "Eliska Pengelly", "Liška", "E.P."]
role = "Child"
pseudonym = "Child R"
sex = "female"
born = "14-03-2016"
address = "Higher Yeolland Farm, Kennacott, Holsworthy, EX22 7RW"

[[people]]
name = "Markéta Horáčková"
aliases = ["Markéta", "Marketa", "Marketa Horackova", "Ms Horáčková", "Ms Horackova", "Keta", "Mrs Pengelly", "M.H."]
role = "Mother"
pseudonym = "Mother"
sex = "female"
born = "22-08-1989"
address = "Flat 3, Ockment Court, Okehampton, EX20 1QP"
mother_of = ["Eliška Pengelly", "Tomáš Pengelly"]
partner_of = [{ name = "Corin Pengelly", from = "01-06-2014", to = "05-11-2023" }]

[[people]]
name = "Corin Pengelly"
aliases = ["Corin", "Mr Pengelly", "C.P."]
role = "Father"
pseudonym = "Father"
sex = "male"
born = "03-11-1981"
address = "Higher Yeolland Farm, Kennacott, Holsworthy, EX22 7RW"
father_of = ["Eliška Pengelly", "Tomáš Pengelly"]

[[people]]
name = "Tomáš Pengelly"
aliases = ["Tomáš", "Tomas", "Tomík"]
role = "Sibling"
pseudonym = "Sibling"
sex = "male"
born = "09-06-2021"

[[people]]
name = "Wenna Pengelly"
aliases = ["Wenna", "Nan Wenna", "Mrs Wenna Pengelly"]
role = "Paternal grandmother"
pseudonym = "Paternal grandmother"
sex = "female"
born = "17-01-1954"
address = "Higher Yeolland Farm, Kennacott, Holsworthy, EX22 7RW"

[[staff]]
name = "Jory Tonkin"
code = "PC1"
role = "Police Constable"
agency = "Devon and Cornwall Police"

[[staff]]
name = "Hedra Gale"
code = "SW1"
role = "Social Worker"
agency = "Devon Children's Services"

[[staff]]
name = "Senara Hext"
code = "HV1"
role = "Health Visitor"
agency = "Children and Family Health Devon"

[[staff]]
name = "Kerensa May"
code = "IDVA1"
role = "Independent Domestic Violence Adviser"
agency = "Westcountry Domestic Abuse Service"

[[staff]]
name = "Piran Jago"
code = "CT1"
role = "Class Teacher"
agency = "Kennacott Church of England Primary School"
"""

IDENTIFIERS = {
    "key_name": [
        "Eliška Pengelly", "Eliška", "Eliška's", "Eliska",
        "Markéta Horáčková", "Markéta", "Marketa", "Marketa Horackova", "Ms Horáčková",
        "Horáčková's", "Ms Horackova", "Mrs Pengelly",
        "Corin Pengelly", "Corin", "Corin's", "Mr Pengelly", "Pengelly",
        "Tomáš", "Tomas", "Wenna Pengelly", "Wenna", "Nan Wenna",
    ],
    "misspelling": ["Elishka", "Horácková", "Horackova", "Pengelley"],
    "nickname": ["Keta", "Liška", "Tomík"],
    "initials": ["E.P.", "C.P.", "MH", "M.H."],
    "staff_name": [
        "Jory Tonkin", "Tonkin", "Hedra Gale", "Ms Gale", "Hedra", "Senara Hext", "Senara",
        "Hext", "Kerensa May", "Kerensa", "Ms May", "Piran Jago", "Mr Jago", "Jago",
    ],
    "not_in_key": [
        "Dilys Vosper", "Mrs Vosper", "Dilys", "Bryn Skewes", "Bryn", "Ludmila Sýkorová",
        "Ludmila Sykorova", "Ludmila", "Jana", "Dr Tregear", "Jess",
    ],
    "address": [
        "Higher Yeolland Farm", "Lower Yeolland", "Yeolland", "Holsworthy",
        "Flat 3, Ockment Court", "Ockment Court", "Okehampton",
    ],
    "postcode": ["EX22 7RW", "EX22", "7RW", "EX20 1QP", "EX20", "1QP"],
    "agency_place": [
        "Kennacott Church of England Primary School", "Kennacott Primary", "Kennacott",
        "Stowford Moor Surgery", "Stowford Moor", "Moorview Housing", "Moorview",
    ],
    "number": [
        "07700 900417", "01632 960283", "999 041 7726", "CR/094417/23", "WK19 XRT",
    ],
    "date_of_birth": ["14/03/2016", "14.03.16", "22.08.1989", "3 November 1981", "09-06-2021"],
    "social_media": ["@keta_bakes_devon", "Yeolland Farm Beef", "corin.yeolland@example.org"],
}

ORDINARY = [
    "Storm Ciarán", "gale-force winds", "MARAC", "DASH risk identification checklist",
    "Domestic Abuse Act 2021", "Serious Crime Act 2015", "Clare's Law", "Operation Encompass",
    "Derriford Hospital", "Arthur Labinjo-Hughes", "Star Hobson",
    "Child Safeguarding Practice Review Panel", "Working Together to Safeguard Children 2023",
    "Young Farmers", "Border Collie", "Land Rover Defender", "WhatsApp", "Life360", "Year 2",
    "Year 3", "Harvest Festival", "Boxing Day", "Bell's palsy", "the Czech Republic",
    "EU Settlement Scheme", "Home Office", "National Domestic Abuse Helpline", "Refuge",
    "Farming Community Network", "Prague", "CP conference", "EP assessment", "DO NOT RELEASE",
    "end of May", "Devon and Cornwall Police", "CPOMS", "ASQ-3", "Graded Care Profile 2",
    "Non-Molestation Order", "Mothering Sunday",
]

INVOLVEMENT = [
    "Eliška Pengelly (date of birth 14/03/2016), called Liška at home, lived with her mother, "
    "Markéta Horáčková (born 22.08.1989), her father Corin Pengelly (born 3 November 1981), "
    "her brother Tomáš (born 09-06-2021) and her paternal grandmother "
    "Wenna Pengelly at Higher Yeolland Farm, Kennacott, Holsworthy EX22 7RW, a beef and sheep "
    "farm two miles from the village up a single-track lane; Corin also chaired the local Young Farmers club. Ms Horáčková came to England from "
    "the Czech Republic in 2012 to work at a meat packing plant and was granted settled status "
    "under the EU Settlement Scheme in 2020. Eliška attended Kennacott Church of England Primary "
    "School, where she was in Year 2 in the autumn of 2022 and in Year 3 from September 2023. "
    "The family were registered with Stowford Moor Surgery. Agency records call the mother "
    "Marketa Horackova, 'Mrs Pengelly' and 'Keta', the name Mr Pengelly used for her, and the "
    "school's system spelled her surname Horácková until the spring of 2023.",

    "On Boxing Day 2022 Devon and Cornwall Police received a 999 call from a neighbour, Dilys "
    "Vosper of Lower Yeolland, who had heard a woman screaming in the yard. PC Jory Tonkin "
    "attended with a colleague; Dilys told the call handler she had 'heard it before'. Mr Pengelly said that his partner had become 'hysterical' "
    "about the dog, a Border Collie called Jess, and had slipped on the ice by the milking "
    "parlour. The officer recorded the child's name as 'Elishka', spoke to Markéta in the "
    "kitchen with Corin present, and no Czech interpreter was offered. The DASH risk "
    "identification checklist was completed with him in the room and graded standard risk "
    "(crime reference CR/094417/23), with the suspect recorded as C.P. An Operation Encompass notification reached Kennacott "
    "Primary on the first day of the spring term, naming the child as E.P.",

    "Mr Piran Jago, Eliška's class teacher, logged on CPOMS in January 2023 that she had "
    "become quiet and was drawing the farm with 'a lock on Mummy's car'. She told a teaching "
    "assistant that Daddy kept Mummy's phone in the Land Rover Defender (registration WK19 "
    "XRT) and that Mummy could not come to the Harvest Festival or the Mothering Sunday "
    "assembly 'unless Daddy comes too'. In February Corin told the office that only he or Nan "
    "Wenna could collect the children, and asked that the record be marked DO NOT RELEASE "
    "information to the mother; the office did so without a court order. MH rang the school "
    "twice from a withheld number (recorded as 'M.H. - mum?') asking how Eliška was. An EP "
    "assessment was requested for her reading and was still awaited at the end of May.",

    "Senara Hext, health visitor, saw Tomáš at the farm for his two-year review in June 2023 "
    "and completed the ASQ-3 with Mr Pengelly answering for his partner throughout. Ms "
    "Horáčková had been seen at Derriford Hospital in April with Bell's palsy; Corin told the "
    "health visitor that she was 'not safe to drive' and that he had sold her car. The routine "
    "enquiry about domestic abuse was not asked because he did not leave the room, and the "
    "Graded Care Profile 2 was not used although the kitchen had no working cooker. Dr Tregear "
    "at Stowford Moor Surgery (NHS number 999 041 7726) noted that Markéta attended with her partner, that he held her "
    "phone (07700 900417) and that he asked for her repeat prescriptions to be sent to his "
    "email, corin.yeolland@example.org.",

    "On 04-11-2023, two days after Storm Ciarán, gale-force winds brought the power lines down "
    "along the lane and the farm was without electricity for three days. That evening Ms "
    "Horackova walked with both children across two fields to Mrs Vosper's farmhouse and "
    "called the National Domestic Abuse Helpline, run by Refuge, from the landline there "
    "(01632 960283). She was referred to the Westcountry Domestic Abuse Service, where Kerensa "
    "May, an IDVA, completed a new DASH with her through a Czech interpreter. Markéta "
    "disclosed that Corin tracked her on Life360, read her WhatsApp messages, kept her "
    "passport and her EU Settlement Scheme letter in the gun cabinet, took the money from her "
    "cake business (@keta_bakes_devon) and told her that the Home Office would 'send her back "
    "to Prague' without Eliska and Tomas. Ms May scored the checklist at 17 and referred the "
    "case to MARAC, which met on 23-11-2023.",

    "Devon Children's Services took the MARAC referral as a strategy discussion and Hedra Gale, "
    "social worker, began a section 47 enquiry. Eliška told Ms Gale that her dad 'counts the "
    "eggs so Mummy cannot sell them' and that Nan Wenna said Mummy was 'a foreigner who should "
    "be grateful'. An initial CP conference on 14-12-2023 made both children subject to child "
    "protection plans under the category of emotional abuse. Ms Horáčková and the children "
    "moved on 18-12-2023 to Flat 3, Ockment Court, Okehampton EX20 1QP, offered by Moorview "
    "Housing as an emergency let, and she applied for a Non-Molestation Order. She made an "
    "application under Clare's Law about Mr Pengelly's former partner and was told of an "
    "earlier caution for assault.",

    "In January 2024 the farmhand, Bryn Skewes, was seen outside Ockment Court on two "
    "evenings, and Corin posted on the Yeolland Farm Beef page that Tomík 'misses his dad'. "
    "The address had been found from a Facebook post by Markéta's friend Ludmila "
    "Sýkorová showing the children at a soft play centre in Okehampton, and from a rent "
    "statement addressed to 'Mr and Mrs Pengelley' that Moorview sent to Higher Yeolland Farm because the new "
    "tenancy had been set up from an old housing register entry. Ludmila Sykorova told police "
    "that Corin's sister-in-law Jana had 'asked where Keta lives now' on the family WhatsApp "
    "group. The family were moved to refuge accommodation out of county in February 2024, "
    "and the Farming Community Network contacted Mr Pengelly about support for the farm.",
]

ANALYSIS = [
    "The behaviour that Markéta described meets the offence of controlling or coercive "
    "behaviour in section 76 of the Serious Crime Act 2015 and the definition of domestic "
    "abuse in the Domestic Abuse Act 2021, which recognises Eliška and Tomáš as victims in their "
    "own right. Agencies saw each piece (the phone in the Land Rover Defender, the sold car, "
    "the repeat prescriptions sent to Corin, the instruction to the school) but nobody put "
    "them together until the MARAC in November 2023. The DASH risk identification checklist on "
    "Boxing Day 2022 was completed in front of the alleged perpetrator, without an "
    "interpreter, and the standard grading that followed shaped every later response.",

    "Rural isolation was itself part of the control. Higher Yeolland Farm is two miles from "
    "the village and Holsworthy is twelve miles away with no bus; Ms Horáčková had no car "
    "after her Bell's palsy and depended on Corin Pengelly for every journey. Her immigration "
    "status, secure under the EU Settlement Scheme, was misrepresented to her as a threat. "
    "Practitioners did not know that a settled person cannot be removed in the way she "
    "feared, and none of them told her. Ms Horáčková's first language was Czech, yet she was only offered "
    "an interpreter once she reached the IDVA service.",

    "The school's action in February 2023 (marking the record DO NOT RELEASE information to "
    "the mother at the father's request) was well meant but wrong in law and gave Mr Pengelly "
    "another means of control. The school knew from Operation Encompass that police had "
    "attended and did not link the notification with Eliška's drawings. The national review "
    "into the murders of Arthur Labinjo-Hughes and Star Hobson by the Child Safeguarding "
    "Practice Review Panel found the same pattern: a child's words written down but not acted "
    "on, and a parent's account accepted without challenge.",

    "Moorview Housing's letter to the farm was a failure of process rather than of any one "
    "officer: the emergency let was built from a joint housing register entry from 2019 and "
    "the system copied the old correspondence address. The post by Ludmila Sýkorová shows how "
    "easily a family's new town is found from social media; the IDVA had warned Markéta but "
    "not her friends.",
]

LEARNING = [
    "Eliška's account to Mr Jago in Year 2 (she signed her drawings 'Liška'), that Daddy kept Mummy's phone and that Mummy could "
    "not come to the Harvest Festival, was a disclosure of coercive control, not a comment on "
    "family life. Staff at Kennacott Primary logged it on CPOMS but did not link it with the "
    "Operation Encompass notification about the Boxing Day call to Higher Yeolland Farm. "
    "Schools should read an Encompass notification alongside what the child has already said, "
    "and a request from one parent to exclude the other (here from Corin Pengelly about Ms "
    "Horáčková) should be treated as a possible sign of abuse and discussed with the DSL, and "
    "never applied without a court order. The MH calls from a withheld number were the mother "
    "trying to reach her daughter.",

    "When a victim's first language is not English, the DASH risk identification checklist "
    "must be asked alone and through an independent interpreter, never through the partner. "
    "PC Tonkin (who recorded the child as 'Elishka'), Senara Hext and Dr Tregear each spoke to Markéta Horáčková with Corin in the "
    "room. Working Together to Safeguard Children 2023 expects practitioners to understand the "
    "lived experience of each child in the household, which cannot be done through the "
    "person who is causing the harm. In a farming family the perpetrator is often also the employer, landlord and only "
    "driver; Devon and Cornwall Police, health visiting and the GP should ask how a woman on "
    "a farm near Holsworthy would get to an appointment alone, and should know that the "
    "Farming Community Network, Refuge and the National Domestic Abuse Helpline can be "
    "reached by a landline at a neighbour's (as Mrs Vosper's was during Storm Ciarán).",

    "Threats about immigration status are a common tool of coercive control for women from "
    "Eastern Europe. Practitioners should be able to tell a mother with status under the EU "
    "Settlement Scheme, in her own language, that the Home Office will not remove her because "
    "she leaves her partner, and that her children will not be 'sent to Prague' or kept from "
    "her.",

    "A move to safety is only as safe as the information that follows it. Moorview and the "
    "IDVA service should check every record linked to a joint tenancy or register entry before "
    "a new address is set up, and safety planning should include friends' social media, as "
    "Ludmila Sykorova's post and Jana's question on WhatsApp showed.",
]

RECOMMENDATIONS = [
    ("Kennacott Church of England Primary School reviews its safeguarding policy so that a "
     "parent's request to withhold information from the other parent (such as Mr Pengelly's) "
     "is referred to the DSL and checked against any Operation Encompass notification",
     "Revise the policy and train all staff, including office staff, at the next INSET day",
     "Headteacher", "31-07-2024"),
    ("Devon and Cornwall Police ensure that every DASH risk identification checklist with a "
     "victim whose first language is not English, as with Markéta, is completed alone and "
     "through an independent interpreter, and audit this at the end of May",
     "Amend the domestic abuse attendance guidance and dip-sample 50 DASH forms a quarter",
     "Detective Chief Inspector, Public Protection", "30-09-2024"),
    ("Moorview Housing checks every linked record before an emergency let to a household "
     "fleeing abuse (the letter sent to Higher Yeolland Farm, EX22 7RW) and reports the check to MARAC",
     "Add a linked-records check to the emergency let procedure and report compliance",
     "Head of Housing Services", "31-10-2024"),
]

CASE = HeldOut(
    "DCFP-2024-03", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="Subject: Child E.P. (Eliška Pengelley, DOB 14.03.16) - NHS 999 041 7726",
    footer="Author: Kerensa May, 07700 900417; mother's DOB 22.08.1989; farm page Yeolland Farm Beef",
    comment="Check with Hedra whether C.P. (born 3 November 1981) still holds the shotgun certificate",
    footnote="Tomík and Liška are the names used at home; Bryn confirmed them to Ms Gale.",
)
