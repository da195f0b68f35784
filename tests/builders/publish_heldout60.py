# ruff: noqa: E501
"""Held-back publication case 60, written blind (without reading the anonymiser): a young
carer on an upland sheep farm in Cumbria. Every name, farm, address, number and handle in it
is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CSCP-CSPR-2022-07"

CASE_TOML = """\
reference = "CSCP-CSPR-2022-07"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-09-2020", to = "31-12-2021" }
board = "Cumbria Safeguarding Children Partnership"

[[agencies]]
name = "Cumbria Constabulary"
aliases = ["Police", "Cumbria Police"]

[[agencies]]
name = "Cumbria County Council Children's Services"
aliases = ["Children's Social Care", "CSC", "Children's Services"]

[[agencies]]
name = "North Cumbria 0-19 Health Visiting and School Nursing Service"
aliases = ["Health Visiting", "School Nursing", "0-19 Service"]

[[agencies]]
name = "Skelgarth CE Primary School"
aliases = ["Skelgarth School", "the village school"]
published_as = "the primary school"

[[agencies]]
name = "Kirkstane Academy"
aliases = ["Kirkstane"]

[[agencies]]
name = "Stainthwaite Surgery"
aliases = ["Stainthwaite", "the GP"]
published_as = "the GP practice"

[[people]]
name = "Tilda Gaskarth"
aliases = ["Tilda", "Tilly", "Matilda Gaskarth", "TG"]
role = "Child"
pseudonym = "Child R"
born = "14-03-2007"
address = "Gillthwaite Farm, Skelgarth, Kirkby Fellside, CA17 4ZQ"

[[people]]
name = "Wilfred Gaskarth"
aliases = ["Wilf", "Mr Gaskarth", "WG"]
role = "Father"
pseudonym = "Father"
born = "22-07-1969"
address = "Gillthwaite Farm, Skelgarth, Kirkby Fellside, CA17 4ZQ"

[[people]]
name = "Mair\u00e9ad Gaskarth"
aliases = ["Mairead", "Mrs Gaskarth", "Ms Quinlan"]
role = "Mother"
pseudonym = "Mother"
born = "05-11-1976"
address = "Gillthwaite Farm, Skelgarth, Kirkby Fellside, CA17 4ZQ"

[[people]]
name = "Esmond Gaskarth"
aliases = ["Esmond", "Ezzy"]
role = "Sibling"
pseudonym = "Sibling"
born = "09-06-2013"
address = "Gillthwaite Farm, Skelgarth, Kirkby Fellside, CA17 4ZQ"

[[people]]
name = "Margaret Gaskarth"
aliases = ["Peggy"]
role = "Paternal grandmother"
pseudonym = "Paternal grandmother"
born = "02-02-1940"
address = "19 Priest Lonning, Kirkby Fellside, CA17 4QT"

[[staff]]
name = "Priya Moorhouse"
code = "SW1"
role = "Social Worker"
agency = "Cumbria County Council Children's Services"

[[staff]]
name = "Amos Fell"
code = "DC1"
role = "Detective Constable"
agency = "Cumbria Constabulary"

[[staff]]
name = "June Tarn"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Kirkstane Academy"

[[staff]]
name = "Bronwen Hesketh"
code = "SN1"
role = "School Nurse"
agency = "North Cumbria 0-19 Health Visiting and School Nursing Service"

[[staff]]
name = "Obiageli Nwosu-Hartley"
code = "GP1"
role = "General Practitioner"
agency = "Stainthwaite Surgery"
"""

IDENTIFIERS = {
    "key_name": ["Tilda Gaskarth", "Matilda Gaskarth", "Tilda", "Tilda's", "Gaskarth",
                 "Mr Gaskarth", "Mrs Gaskarth", "Wilfred Gaskarth", "Wilf", "Wilf's",
                 "Mair\u00e9ad", "Mair\u00e9ad's", "Mairead", "Mair\u00e9ad Gaskarth",
                 "Mairead Gaskarth", "Esmond", "Esmond's", "Margaret Gaskarth", "Peggy",
                 "Ms Quinlan"],
    "nickname": ["Tilly", "Ezzy", "Granny Peg"],
    "misspelling": ["Gaskath", "Mrs Gaskath"],
    "initials": ["TG", "T.G.", "WG", "W.G.", "M.G."],
    "not_in_key": ["Lance Bewley", "Lance", "Keeley Nattrass", "Keeley", "Keeley's",
                   "Robbie Tweddle", "Aunty Colette", "Colette"],
    "staff_name": ["Priya Moorhouse", "Ms Moorhouse", "DC Amos Fell", "DC Fell",
                   "Mrs Tarn", "June Tarn", "Bronwen Hesketh", "Dr Nwosu-Hartley"],
    "address": ["Gillthwaite Farm", "Gillthwaite", "19 Priest Lonning", "Priest Lonning",
                "Kirkby Fellside", "Skelgarth"],
    "postcode": ["CA17 4ZQ", "CA17", "4ZQ"],
    "agency_place": ["Skelgarth CE Primary School", "Kirkstane Academy", "Kirkstane",
                     "Stainthwaite Surgery", "Stainthwaite", "Skelgarth Young Farmers Club",
                     "Skelgarth Mountain Rescue Team", "Kirkby Fellside Auction Mart",
                     "Skelgarth Show"],
    "number": ["07700 900417", "01632 960288", "08/123/4567", "PN15 XKR", "CC-21-0417"],
    "email": ["wilf.gaskarth@example.org"],
    "date_of_birth": ["14/03/2007", "22 July 1969", "5th November 1976"],
    "social_media": ["@tilly_herdwick07", "mairead.quinlan.77"],
}

ORDINARY = [
    "Rough Fell", "Herdwick", "Swaledale", "Border Collie", "Land Rover", "Snapchat",
    "WhatsApp", "Carers Trust", "MS Society", "Nacoa", "Al-Anon", "Childline",
    "Farming Community Network", "Mountain Rescue England and Wales",
    "Great North Air Ambulance Service", "Children and Families Act 2014",
    "section 17 of the Children Act 1989", "June 2021",
    "Working Together to Safeguard Children 2018", "Victoria Climbié", "Daniel Pelka",
    "Graded Care Profile 2", "AUDIT-C", "Year 9", "Year 10", "CAMHS", "PCSO",
    "OFFICIAL SENSITIVE", "Boxing Day", "Bonfire Night", "Easter", "The Walton Centre",
    "Royal Victoria Infirmary", "Cumberland Infirmary", "Korsakoff's syndrome",
    "Lyme disease", "New Zealand", "Great Yorkshire Show", "Young Farmers",
    "Child Safeguarding Practice Review Panel",
]

INVOLVEMENT = [
    "Cumbria County Council Children's Services first knew Tilda Gaskarth (date of birth "
    "14/03/2007) in September 2020, when Skelgarth CE Primary School passed on a concern from "
    "Esmond's class teacher: his older sister was collecting him from the village school most "
    "days, and Mr Gaskarth, who has relapsing multiple sclerosis and is under The Walton "
    "Centre, could no longer manage the stairs at Gillthwaite Farm, Skelgarth, Kirkby "
    "Fellside CA17 4ZQ. The contact was screened as a request for early help under section "
    "17 of the Children Act 1989. No young carer's assessment was offered and nobody spoke "
    "to Tilda.",

    "In Year 9 at Kirkstane Academy, an hour each way on the school bus from the foot of the "
    "valley, Matilda Gaskarth's attendance fell to 71% over the winter. June Tarn, the Designated "
    "Safeguarding Lead, recorded on 3 February 2021 that \"TG says she does the lambing "
    "checks before the bus and sorts out her dad's tablets\". The school nurse, Bronwen "
    "Hesketh, telephoned the farm landline (01632 960288) twice; Mairéad answered once, said "
    "everything was fine and that Tilly was \"just a farm lass who likes her sleep\". No "
    "referral was made to Carers Trust or to the county young carers service.",

    "On Boxing Day 2020 a PCSO and DC Amos Fell attended Gillthwaite after a 999 call from "
    "the child's mobile (07700 900417). Mrs Gaskarth was heavily intoxicated. Wilf had fallen "
    "in the kitchen and Tilda, then 13, had been trying to lift him for over an hour. The "
    "neighbouring farmer, Lance Bewley, had been rung first and had driven over in his Land "
    "Rover. DC Fell recorded the incident as a concern for welfare; the notification to the "
    "MASH, marked OFFICIAL SENSITIVE, was graded as information only and did not reach "
    "Skelgarth School or Kirkstane.",

    "In the Easter holidays of 2021, after an argument in which her mother told her to \"get "
    "yourself off to Belfast to your Aunty Colette\", Tilda went up onto the fell with the "
    "family's Border Collie and did not come home. Skelgarth Mountain Rescue Team were called "
    "out at 21:40 and found her above the tarn at 02:15, cold but unhurt; the Great North Air "
    "Ambulance Service was stood down. Police logged a missing episode (CC-21-0417) but no "
    "return home interview was offered because she had been \"found by MRT, not missing from "
    "care\". Her friend Keeley Nattrass had been messaging her on Snapchat "
    "(@tilly_herdwick07) all evening.",

    "Stainthwaite Surgery saw Mairead Gaskarth (date of birth 5th November 1976) four times in "
    "the period for low mood and a fall. Her drinking was coded once, in June 2021, when her "
    "AUDIT-C score was 11 of 12; Dr Nwosu-Hartley referred her to the community alcohol "
    "service and she did not attend. The GP also saw W.G. (date of birth 22 July 1969) after "
    "a relapse and wrote \"daughter does most of his personal care\", but did not ask whether "
    "anyone else knew. The practice's carers' register form, which gives the farm's CPH "
    "number 08/123/4567 and the email address wilf.gaskarth@example.org, was never "
    "completed.",

    "A child and family assessment was opened by Priya Moorhouse in July 2021 after the "
    "Great Yorkshire Show. Tilda had gone to show her Rough Fell shearlings with Skelgarth "
    "Young Farmers Club, and Robbie Tweddle, the club leader, found her asleep in the trailer "
    "and told the school she had said she had not slept properly for weeks. Ms Moorhouse "
    "visited Gillthwaite Farm once and spoke to Tilda in the kitchen with her mother present. "
    "The case was stepped down to early help on the basis that Granny Peg (Margaret "
    "Gaskarth), who was 81 and living at 19 Priest Lonning, would \"help out\". Peggy was not "
    "spoken to.",

    "In the autumn of 2021 Tilda was seen several times at Kirkby Fellside Auction Mart on "
    "school days, selling Swaledale and Herdwick draft ewes for her father, who by then used "
    "a wheelchair. On Bonfire Night Colette telephoned the police from Belfast to say M.G. had "
    "posted on Facebook as Ms Quinlan (mairead.quinlan.77) that she \"couldn't do it any "
    "more\". Officers "
    "found Mrs Gaskath in the family's Land Rover (PN15 XKR) in the car park of the Skelgarth "
    "Show field. Tilda, by then in Year 10, and Ezzy were at home alone with their father.",
]

ANALYSIS = [
    "Tilda was known to six agencies in sixteen months, but always as a capable daughter "
    "rather than as a child with needs of her own. The duty in the Children and Families Act "
    "2014 to assess a young carer on the appearance of need was not used by anyone, and the "
    "Care Act 2014 carer's assessment for Wilfred Gaskarth was never linked to his children. "
    "Like the lessons drawn from the reviews after Victoria Climbié and Daniel Pelka, the "
    "child was seen but not heard: TG was spoken to with a parent present every time.",

    "Rural isolation shaped every contact. Gillthwaite is four miles up a single-track road "
    "from Skelgarth, there is no mobile signal beyond the cattle grid and the bus to "
    "Kirkstane Academy leaves at 06:55. Wilf's family had farmed there since before Foot and "
    "Mouth, and his pride in coping alone, and the Farming Community Network's offer of help "
    "in 2019, which he had turned down, were not known to the professionals.",

    "No practitioner used the Graded Care Profile 2 or asked Tilda what it was like to live "
    "with her mother's drinking. Mrs Gaskarth's memory problems, which the GP thought might "
    "be early Korsakoff's syndrome, were not shared outside health. Tilda was never told "
    "about Nacoa or Al-Anon, and Keeley's mother, who knew most, was not asked.",

    "Health information sat in letters. The Walton Centre and the Royal Victoria Infirmary "
    "both wrote to Stainthwaite Surgery about Mr Gaskarth's rising care needs, and when Tilda "
    "was treated at the Cumberland Infirmary for Lyme disease after a tick bite at lambing "
    "time, nobody asked who was looking after her father. A CAMHS referral made by Kirkstane "
    "Academy in November 2021 was declined as \"situational\".",
]

LEARNING = [
    "Learning point 1: young carers in farming families are hidden by the work itself. Tilda "
    "Gaskarth's lambing, her days at Kirkby Fellside Auction Mart and the care she gave her "
    "father were seen as ordinary farm life, and Young Farmers and the MS Society were "
    "sources of support that nobody used. Practitioners should ask every child in a household "
    "with a disabled parent who does the caring, as section 17 of the Children Act 1989 and "
    "Working Together to Safeguard Children 2018 expect; TG's own words to Mrs Tarn in Year 9 "
    "were the clearest evidence in the records. Mairéad's drinking and Esmond's needs should "
    "have been part of the same picture.",

    "Learning point 2: a mountain rescue call-out for a child is a missing episode. When "
    "Skelgarth Mountain Rescue Team brought Tilda down on Easter Monday, no one offered a "
    "return home interview or asked why a 14-year-old had left Gillthwaite Farm at night. "
    "What DC Fell saw of Mairéad Gaskarth on Boxing Day and what Dr Nwosu-Hartley "
    "recorded in June 2021 was never "
    "brought together for Kirkstane Academy. Tilda's Snapchat messages to Keeley Nattrass, "
    "and not any professional, told us how she felt; she had not heard of Childline, Nacoa "
    "or CAMHS. Mountain Rescue England and Wales volunteers are not a safeguarding agency and "
    "should not be left holding the concern.",

    "Learning point 3: distance changes what schools can see. Skelgarth CE Primary School "
    "knew the family well but lost sight of Tilda when she moved up; Kirkstane Academy "
    "relied on WhatsApp messages to Mr Gaskarth that he could not read when his eyesight "
    "failed. A shared plan across the transition to Year 10 would have helped.",

    "Learning point 4: the voice of the neighbour counts. Lance Bewley, Robbie Tweddle and "
    "Aunty Colette each raised a concern in their own way, and each was treated as hearsay. "
    "The shearing contractor from New Zealand who worked at Gillthwaite each summer noticed "
    "that WG could no longer stand in the pens. The Child Safeguarding Practice Review Panel "
    "has found the same reliance on informal networks in other rural reviews.",
]

RECOMMENDATIONS = [
    ("All partners to identify young carers in farming households, as in Tilda Gaskarth's "
     "case at Gillthwaite Farm, and refer them to Carers Trust under the Children and "
     "Families Act 2014",
     "Young carers prompt added to early help, school nursing and GP templates; Young "
     "Farmers and the MS Society briefed",
     "Head of Early Help, Cumbria County Council Children's Services", "31-03-2023"),
    ("Cumbria Constabulary to treat any Skelgarth Mountain Rescue Team search for a child "
     "such as T.G. as a missing episode, and to share Boxing Day style incidents with "
     "Kirkstane Academy the next school day",
     "Missing persons policy amended; PCSO briefing; notifications copied to the DSL",
     "Detective Inspector, Public Protection Unit", "30-06-2023"),
    ("Stainthwaite Surgery to record carers' register status and AUDIT-C results for "
     "Wilf's and Mairéad's household, and to ask who cares for a parent with multiple "
     "sclerosis",
     "Carers' register audit; Graded Care Profile 2 training for practice staff",
     "Practice Safeguarding Lead, Stainthwaite Surgery", "30-09-2023"),
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
    header="OFFICIAL SENSITIVE - CSPR Child R (Tilda Gaskarth, Gillthwaite Farm)",
    footer="Stainthwaite Surgery return - Mrs Gaskarth and Wilf - CA17 4ZQ",
    comment="Check with Mrs Tarn whether Ezzy's teacher at Skelgarth CE Primary School had "
            "the Boxing Day notification; Granny Peg may know.",
    footnote="Mairead Gaskarth's post was screenshot by Keeley's mother and sent to "
             "Priya Moorhouse on 06/11/2021.",
)
