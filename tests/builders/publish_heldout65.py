# ruff: noqa: E501
"""A held-back publication case written blind, without reading the anonymiser: an Irish
Traveller family on a council caravan site on the edge of a fictional Lincolnshire-style
market town, a trailer fire and a child missing education; every name, place, number and
address in it is invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "KSCP-CSPR-2024-03"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-09-2022", to = "31-03-2024" }
board = "Kesterby Safeguarding Children Partnership"

[[agencies]]
name = "Kesterby Police"
aliases = ["KP", "Police"]

[[agencies]]
name = "Kesterby County Council Children's Services"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "Kesterby Community Health Services NHS Trust (Health Visiting)"
aliases = ["Health Visiting", "Health Visiting Service"]

[[agencies]]
name = "Kesterby Gypsy, Roma and Traveller Education Service"
aliases = ["GRT Education Service", "Traveller Education Service"]

[[agencies]]
name = "St Hugh's Catholic Primary School"
aliases = ["St Hugh's", "St Hugh's Primary"]
published_as = "the primary school"

[[agencies]]
name = "Wragholme Road Surgery"
aliases = ["Wragholme Road", "Wragholme Road Surgery, Stallingford"]

[[people]]
name = "Winifred Power"
aliases = ["Winnie", "Winnie Power", "WP", "W.P."]
role = "Child"
pseudonym = "Child R"
born = "14-03-2014"
address = "Pitch 7, Sowerholme Caravan Site, Ketsby Drove, Stallingford, PE23 9QZ"

[[people]]
name = "Siobhán Power"
aliases = ["Siobhan Power", "Siobhán", "Siobhan", "Ms Power"]
role = "Mother"
pseudonym = "Mother"
born = "09-05-1991"
address = "Pitch 7, Sowerholme Caravan Site, Ketsby Drove, Stallingford, PE23 9QZ"

[[people]]
name = "Patrick Joseph Power"
aliases = ["PJ", "PJ Power", "Patrick Power", "Mr Power"]
role = "Father"
pseudonym = "Father"
born = "30-12-1988"
address = "Pitch 7, Sowerholme Caravan Site, Ketsby Drove, Stallingford, PE23 9QZ"

[[people]]
name = "Christopher Power"
aliases = ["Christy", "Christy Power"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "02-11-2020"
address = "Pitch 7, Sowerholme Caravan Site, Ketsby Drove, Stallingford, PE23 9QZ"

[[people]]
name = "Martin Power"
aliases = ["Martin"]
role = "Sibling"
pseudonym = "Sibling 2"
born = "21-07-2010"
address = "Pitch 7, Sowerholme Caravan Site, Ketsby Drove, Stallingford, PE23 9QZ"

[[people]]
name = "Nóra Power"
aliases = ["Nora Power", "Queenie", "Nanny Queenie"]
role = "Paternal grandmother"
pseudonym = "Paternal Grandmother"
born = "17-08-1955"
address = "Pitch 8, Sowerholme Caravan Site, Ketsby Drove, Stallingford, PE23 9QZ"

[[people]]
name = "Francis Gaffney"
aliases = ["Frankie", "Frankie Gaffney", "Mr Gaffney"]
role = "Cousin"
pseudonym = "Cousin"
born = "11-04-2002"
address = "Pitch 11, Sowerholme Caravan Site, Ketsby Drove, Stallingford, PE23 9QZ"

[[staff]]
name = "Joanne Lent"
code = "HV1"
role = "Health Visitor"
agency = "Kesterby Community Health Services NHS Trust (Health Visiting)"

[[staff]]
name = "Hannah Greatorex"
code = "SW1"
role = "Social Worker"
agency = "Kesterby County Council Children's Services"

[[staff]]
name = "Deirdre Mulvey"
code = "GRT1"
role = "Advisory Teacher"
agency = "Kesterby Gypsy, Roma and Traveller Education Service"

[[staff]]
name = "Rhys Capstick"
code = "PC1"
role = "Police Constable"
agency = "Kesterby Police"

[[staff]]
name = "Lorraine Fitchett"
code = "DSL1"
role = "Headteacher and Designated Safeguarding Lead"
agency = "St Hugh's Catholic Primary School"
"""

INVOLVEMENT = [
    "Winifred Power, known to everyone as Winnie, was born on 14/03/2014 and is the second "
    "of three children of Siobhán Power (née Cawley) and Patrick Joseph Power, whom every "
    "agency knew as PJ. The family are Irish Traveller and have lived since 2019 on Pitch 7 "
    "of the Sowerholme Caravan Site, Ketsby Drove, Stallingford PE23 9QZ, a council site of "
    "fourteen pitches on the edge of the town. Winnie's older brother Martin Power (then 12) "
    "and her younger brother Christopher, always called Christy (born 02.11.2020), shared the "
    "family's Vanmaster trailer; their paternal grandmother Mrs Nóra Power, whom the family "
    "and the whole site call Nanny Queenie, had the trailer on the next pitch. Ms Power told "
    "the advisory teacher that at home the family speak English mixed with Shelta, which she "
    "called Gammon, and that the children were wary of buffers (settled people).",

    "In September 2022 Winnie was in Year 4 at St Hugh's Catholic Primary School, where her "
    "attendance for the previous year had been 71%; the admission form spelt her name "
    "Winnifred and left her NHS number (999 402 7715) blank. The Gypsy, Roma and Traveller "
    "Education Service allocated advisory teacher Deirdre Mulvey, who visited the site "
    "fortnightly and gave the school a leaflet adapted from one produced by Pavee Point in "
    "Dublin. Mrs Fitchett, the headteacher, recorded in March 2023 that W.P. was 'bright but "
    "well behind in reading'. Winnie made her First Holy Communion in May 2023; Father Declan "
    "Moriarty told Mrs Mulvey that she had missed most of the preparation classes because she "
    "was minding Christy. On 2 June 2023 Ms Power sent the school office a WhatsApp message "
    "from 07700 900417 saying the family were 'going on the road for Appleby Horse Fair' and "
    "that she would teach Winnie herself. The school treated the message as notice of elective "
    "home education and removed WP from roll on 19 July 2023, without the enquiries that the "
    "Children Missing Education guidance and the Education Act 1996 expect and without telling "
    "the local authority's CME officer.",

    "Health Visitor Joanne Lent, a Queen's Nurse, saw Christy for his two-year review on "
    "Pitch 7 on 9 March 2023; the ASQ-3 showed a delay in communication. The pitch carried a "
    "DO NOT VISIT ALONE marker on the health record, added in 2021 after a lurcher bit a "
    "student nurse, so contacts were booked only when a second worker was free. Ms Lent noted "
    "a Jack Russell and a piebald Gypsy Cob mare tethered beside the trailer steps, and wrote "
    "that the Red Book was 'kept by Queenie'. She did not use the Graded Care Profile 2. In "
    "November 2023 she tried three times to visit; the site warden, Gordon Skipworth, told her "
    "from the site office (01632 960288) that the family had come back from Stow Fair and "
    "that 'P.J. does the talking'.",

    "At 23:40 on Saturday 28 October 2023 Teresa Lovell, a Romany neighbour on the site, rang "
    "999 to report that PJ Power was shouting and throwing things outside his trailer. PC Rhys "
    "Capstick attended with a PCSO, spoke to Mr Power and Ms Power separately and completed a "
    "DASH risk assessment graded standard. Winnie, of Year 5 age but not in school, was seen "
    "holding Christy at the trailer door. The PNC check gave Patrick Power's date of birth as "
    "30-12-1988 and his Ford Ranger as FN68 WZD. A Child Concern Notification went to "
    "children's social care, where it was closed the next day because 'the family are known "
    "to the Traveller Education Service'. No one asked why a nine-year-old was up at that "
    "hour or whether she was on a school roll.",

    "Nora Power (date of birth 17/08/1955) is registered at Wragholme Road Surgery, where Dr "
    "Priya Nandra reviews her Parkinson's disease. From November 2023, after a fall, Nanny "
    "Queenie slept in the family's trailer, and at three appointments Winnie came with her, "
    "explained her grandmother's tablets and repeated her words for the GP. Dr Nandra "
    "discussed a Lasting Power of Attorney with Mrs Power senior and noted 'granddaughter a "
    "great help, carer?', but made no young carer referral and did not ask why a child was at "
    "the surgery on a school day. The surgery held the mother's name as Shivaun, with the "
    "email shivpower91@example.org, so her children's records were never linked to hers.",

    "In December 2023 the supply to Pitch 7 failed after a power cut and was not restored, and "
    "the family heated the trailer with a Calor Gas heater and candles. The fire and rescue "
    "service had offered a Safe and Well visit to every pitch in 2022, but the Powers were "
    "away and no second visit was made. On Shrove Tuesday, 13 February 2024, Mrs Mulvey found "
    "Winnie alone with Christy at 11:00 and told the school, which said she was no longer its "
    "pupil. At about 02:10 on Sunday 18 February 2024, during Lent, a fire started in the "
    "Vanmaster trailer while both parents were at hospital with Nanny Queenie. The children's "
    "cousin Francis Gaffney, known on the site as 'Sparky', had agreed to mind them but had "
    "gone back to his own trailer. Winnie carried Christy out and suffered burns to 11% of "
    "her body surface, estimated on the Lund and Browder chart. East Midlands Ambulance "
    "Service took both children to the local emergency department, and Winnie was moved "
    "that morning to Sheffield Children's Hospital.",

    "A strategy discussion was held on 19 February 2024 and a Detective Sergeant led the "
    "joint investigation (crime reference CR/24/018842) with social worker Hannah Greatorex. "
    "Ms Greatorex found that Winnie had been off roll for seven months and that Martin, now "
    "13, had never been on the roll of a secondary school. A video of the burnt trailer was "
    "posted by Frankie on TikTok from the account @queeniescobs. Ms Power's sister, Josie "
    "Cawley, came over from Tuam to help, and the Children's Burns Trust and Dan's Fund for "
    "Burns supported the family, while Friends, Families and Travellers advised Ms Siobhan "
    "Power about the pitch licence under the Caravan Sites and Control of Development Act 1960.",
]

ANALYSIS = [
    "Agencies too often read what they saw as culture rather than as a child's experience. "
    "Irish Travellers and Romany Gypsies are ethnic groups protected by the Equality Act 2010, "
    "and the Power family's travelling to Appleby Horse Fair and Stow Fair was part of that "
    "identity; but a nine-year-old minding a toddler at midnight is not. Mrs Mulvey was the "
    "one professional whom Ms Power trusted, and other agencies leaned on her without asking "
    "what she had seen. The closure of the October contact because the family were 'known to "
    "the Traveller Education Service' is the clearest example of that reliance.",

    "The decision at St Hugh's to accept a WhatsApp message as notice of elective home "
    "education removed the one daily safeguard Winnie had. Mrs Fitchett told the review that "
    "families on the Sowerholme site 'always come back in September'; W.P. did not, and no "
    "Children Missing Education referral was made until Mrs Mulvey made one on 2 October 2023, "
    "more than ten weeks later.",

    "Winnie was a young carer long before anyone used the term. At Wragholme Road she "
    "interpreted for Nanny Queenie; on Pitch 7 she cared for Christy; in her mother's record "
    "she did not exist, because the surgery had her mother as Shivaun Power. Each agency saw "
    "one part, and none put together that the same child was absent from school, up at night "
    "and caring for a grandmother with Parkinson's disease.",

    "The marker DO NOT VISIT ALONE and the habit of ringing the warden meant that Mr Skipworth "
    "and PJ became the route to the family. Ms Lent, PC Capstick and the CME officer all "
    "spoke to adults; none spoke to Winnie alone. Fire safety advice depended on the family "
    "being at home on the one day it was offered, and the power cut that left the Powers "
    "using a Calor Gas heater was known to the warden but to no agency.",
]

LEARNING = [
    "A child who goes to Appleby Horse Fair has not left education. When Siobhan Power's "
    "WhatsApp message said Winnie would be taught on the road, St Hugh's should have treated "
    "W.P. as a child at risk of being a Child Missing Education case and told the Gypsy, Roma "
    "and Traveller Education Service the same day; Mrs Fitchett accepted it because families "
    "on the Sowerholme site in Stallingford usually came back. The Education Act 1996, the "
    "Children Missing Education guidance and Working Together to Safeguard Children 2023 all "
    "expect schools to find out where a child has gone, and the reviews of Daniel Pelka and "
    "Victoria Climbié show what happens when a child is out of sight of school.",

    "Professionals let a marker and a go-between stand in for the child. The DO NOT VISIT "
    "ALONE marker on Pitch 7 (PE23), the site office on 01632 960288 and 'P.J. does the "
    "talking' meant that Winnie was never spoken to alone; Ms Lent, a Queen's Nurse, saw Nanny "
    "Queenie's care of the Red Book as a strength and did not ask who cared for Queenie. The "
    "Child Safeguarding Practice Review Panel has found the same pattern elsewhere: a child "
    "who cares for a grandparent with Parkinson's disease and a brother of three is a young "
    "carer, whatever her family call it, and Sparky's promise to mind the children was no "
    "plan at all.",

    "Fire safety is a safeguarding matter on a caravan site. A power cut, a Calor Gas heater "
    "and candles in a Vanmaster trailer were a known risk, and a Safe and Well visit offered "
    "once, when the Powers were away at Stow Fair, was not an offer to this family.",

    "Cultural knowledge helps only when it is used to listen. Ms Power's Shelta (she calls it "
    "Gammon) and her word for settled people, buffers, told professionals how far apart they "
    "were; the materials of Pavee Point and of Friends, Families and Travellers, and the "
    "Gypsy, Roma and Traveller History Month work of the service, could have helped "
    "practitioners close that distance.",
]

RECOMMENDATIONS = [
    ("St Hugh's Catholic Primary School and every school in the partnership should check any "
     "notice of elective home education from a Traveller family, including one sent by "
     "WhatsApp as Winnie Power's was, with the CME officer and the Gypsy, Roma and Traveller "
     "Education Service before removing a child from roll, as the Education Act 1996 requires",
     "Revise the off-rolling procedure and audit every removal from roll for a term",
     "Headteacher, with the GRT Education Service", "31-07-2024"),
    ("Wragholme Road Surgery should ask whether a child who comes with a grandparent, as W.P. "
     "came with Nanny Queenie to reviews of her Parkinson's disease, is a young carer, and "
     "refer her for a young carer's assessment",
     "Add a young carer prompt to the chronic disease review template",
     "Practice safeguarding lead", "30-09-2024"),
    ("The partnership and the fire and rescue service should offer a Safe and Well visit to "
     "every pitch on the Sowerholme site, with advice on Calor Gas heaters and a power cut, "
     "and follow up any family away at Stow Fair or Appleby Horse Fair",
     "Agree a joint visiting schedule with the site warden",
     "Partnership business manager", "31-10-2024"),
]

IDENTIFIERS = {
    "key_name": [
        "Winifred Power", "Winnie Power", "Winnie", "Winnie's", "Winnie Power's",
        "Siobhán Power", "Siobhan Power", "Siobhan Power's", "Siobhán", "Ms Power",
        "Ms Power's", "Patrick Joseph Power", "Patrick Power", "Patrick Power's", "PJ Power",
        "Mr Power", "Christopher", "Christy", "Martin Power", "Martin", "Mrs Nóra Power",
        "Nora Power", "Mrs Power", "Francis Gaffney", "Frankie", "the Power family",
        "the Powers",
    ],
    "nickname": ["PJ", "P.J.", "Nanny Queenie", "Queenie", "Queenie's", "Sparky", "Sparky's"],
    "misspelling": ["Winnifred", "Shivaun", "Shivaun Power"],
    "initials": ["W.P.", "WP"],
    "not_in_key": [
        "Teresa Lovell", "Gordon Skipworth", "Mr Skipworth", "Father Declan Moriarty",
        "Dr Priya Nandra", "Dr Nandra", "Josie Cawley", "Cawley",
    ],
    "staff_name": [
        "Joanne Lent", "Ms Lent", "Hannah Greatorex", "Ms Greatorex", "Deirdre Mulvey",
        "Mrs Mulvey", "Rhys Capstick", "Capstick", "Mrs Fitchett",
    ],
    "address": [
        "Pitch 7", "Sowerholme Caravan Site", "Sowerholme", "Ketsby Drove", "Stallingford",
    ],
    "postcode": ["PE23 9QZ", "PE23"],
    "place": ["Tuam"],
    "agency_place": [
        "St Hugh's Catholic Primary School", "St Hugh's", "Wragholme Road Surgery",
        "Wragholme Road",
    ],
    "number": ["07700 900417", "01632 960288", "999 402 7715", "FN68 WZD", "CR/24/018842"],
    "email": ["shivpower91@example.org"],
    "social_media": ["@queeniescobs"],
    "date_of_birth": ["14/03/2014", "02.11.2020", "30-12-1988", "17/08/1955"],
}

ORDINARY = [
    "Irish Traveller", "Appleby Horse Fair", "Stow Fair", "Gypsy Cob", "lurcher",
    "Jack Russell", "Shelta", "Gammon", "buffers", "Pavee Point", "Dublin",
    "Friends, Families and Travellers", "Gypsy, Roma and Traveller History Month",
    "First Holy Communion", "during Lent", "Shrove Tuesday", "Lasting Power of Attorney",
    "power cut", "Parkinson's disease", "Lund and Browder chart", "Children's Burns Trust",
    "Dan's Fund for Burns", "Sheffield Children's Hospital", "East Midlands Ambulance Service",
    "Calor Gas", "Vanmaster", "Caravan Sites and Control of Development Act 1960",
    "Education Act 1996", "Equality Act 2010", "Children Missing Education",
    "DO NOT VISIT ALONE", "Working Together to Safeguard Children 2023",
    "Graded Care Profile 2", "Daniel Pelka", "Victoria Climbié", "Year 5", "WhatsApp",
    "Detective Sergeant", "Queen's Nurse", "Safe and Well visit",
]

CASE = HeldOut(
    "KSCP-CSPR-2024-03",
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="RESTRICTED: KSCP-CSPR-2024-03, Winnie Power, Pitch 7, Sowerholme Caravan Site",
    footer="Author: Deirdre Mulvey, GRT Education Service; family mobile 07700 900417, PE23 9QZ",
    comment="Check with Ms Greatorex whether Nanny Queenie has a Lasting Power of Attorney "
            "and whether Sparky still lives on the Sowerholme site.",
    footnote="Ms Power's maiden name is Cawley; her sister Josie Cawley lives in Tuam and "
             "Winnie's date of birth is 14/03/2014.",
)
