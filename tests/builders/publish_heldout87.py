# ruff: noqa: E501
"""Held-back publication case 87: blind and wholly fictional (a travelling showmen's family)."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "NLSCP-CSPR-2025-087"

CASE_TOML = '''reference = "NLSCP-CSPR-2025-087"
review = "Child Safeguarding Practice Review"
subject = "Child R"
board = "North Lancashire Safeguarding Children Partnership"
period = { from = "01-03-2024", to = "31-01-2025" }

[[agencies]]
name = "Lancashire Constabulary"
aliases = ["Police", "LanCon"]

[[agencies]]
name = "Lancashire County Council Children's Social Care"
aliases = ["CSC", "Children's Social Care"]

[[agencies]]
name = "Lancashire Teaching Hospitals NHS Foundation Trust"
aliases = ["LTHTR"]

[[agencies]]
name = "North West Ambulance Service NHS Trust"
aliases = ["NWAS"]

[[agencies]]
name = "Lancashire and South Cumbria NHS Foundation Trust (School Nursing)"
aliases = ["LSCFT", "School Nursing"]

[[agencies]]
name = "Lancashire Traveller Education Service"
aliases = ["TES", "Traveller Education"]

[[agencies]]
name = "St Wilfrid's CE Primary School"
aliases = ["St Wilfrid's", "St Wilfrids", "St. Wilfrid's CE Primary"]

[[agencies]]
name = "Bridgefold Surgery"
aliases = ["Bridgefold", "Bridgefold Medical Practice"]
published_as = "the GP practice"

[[people]]
name = "Ruby-Mae Corlass"
aliases = ["Ruby-Mae", "Ruby Mae", "Ruby", "Rubymae", "Rubes", "RMC", "R-MC"]
role = "Child"
pseudonym = "Child R"
born = "14-03-2019"
address = "Plot 6, Tenterfield Yard, Mossbrook Lane, Cragholme, BB7 4XG"

[[people]]
name = "Levi Corlass"
aliases = ["Levi", "Lev", "LC"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "02-09-2014"
address = "Plot 6, Tenterfield Yard, Mossbrook Lane, Cragholme, BB7 4XG"

[[people]]
name = "Shannon Corlass"
aliases = ["Shannon", "Shan", "Ms Corlass", "Mrs Corlass", "Shannon Vickery", "SC"]
role = "Mother"
pseudonym = "Parent 1"
born = "22-11-1993"
address = "Plot 6, Tenterfield Yard, Mossbrook Lane, Cragholme, BB7 4XG"

[[people]]
name = "Jody Corlass"
aliases = ["Jody", "Mr Corlass", "JC"]
role = "Father"
pseudonym = "Parent 2"
born = "07-06-1990"

[[people]]
name = "Eli Corlass"
aliases = ["Eli", "Old Eli", "EC"]
role = "Paternal grandfather"
pseudonym = "Grandparent 1"
born = "19-04-1951"
address = "Plot 1, Tenterfield Yard, Mossbrook Lane, Cragholme, BB7 4XG"

[[staff]]
name = "Priya Kenyon"
code = "PC1"
role = "Detective Constable"
agency = "Lancashire Constabulary"

[[staff]]
name = "Gemma Threlfall"
code = "SW1"
role = "Social Worker"
agency = "Lancashire County Council Children's Social Care"

[[staff]]
name = "Bernadette Quayle"
code = "SN1"
role = "School Nurse"
agency = "Lancashire and South Cumbria NHS Foundation Trust (School Nursing)"

[[staff]]
name = "Owen Duckworth"
code = "TES1"
role = "Teacher for Travelling Children"
agency = "Lancashire Traveller Education Service"

[[staff]]
name = "Helen Brierley"
code = "HT1"
role = "Headteacher and Designated Safeguarding Lead"
agency = "St Wilfrid's CE Primary School"

[[staff]]
name = "Anand Mistry"
code = "GP1"
role = "General Practitioner"
agency = "Bridgefold Surgery"
'''

IDENTIFIERS = {
    "child": ["Ruby-Mae Corlass", "Ruby-Mae", "Ruby-Mae's", "Ruby Mae", "Ruby", "Rubymae", "Rubes"],
    "sibling": ["Levi Corlass", "Levi", "Levi's", "Lev"],
    "mother": ["Shannon Corlass", "Shannon", "Shannon's", "Shan", "Ms Corlass", "Mrs Corlass",
               "Shannon Vickery", "Vickery"],
    "father": ["Jody Corlass", "Jody", "Jody's", "Mr Corlass"],
    "grandfather": ["Eli Corlass", "Eli", "Eli's", "Old Eli"],
    "surname": ["Corlass", "Corlass's", "Corlasses"],
    "not_in_key": ["Kieran Ashworth", "Kieran", "Kieran's", "Ashworth", "Mr Ashworth", "Kez",
                   "Marlene Vickery", "Marlene", "Nanna Marlene", "Terry Holroyd", "Holroyd",
                   "Mr Holroyd"],
    "initials": ["RMC", "R.M.C.", "R-MC", "SC", "S.C.", "JC", "LC", "EC", "KA", "K.A."],
    "staff": ["Priya Kenyon", "DC Kenyon", "Kenyon", "Gemma Threlfall", "Ms Threlfall",
              "Threlfall", "Gemma", "Bernadette Quayle", "Bernie Quayle", "Quayle", "Bernie",
              "Owen Duckworth", "Mr Duckworth", "Duckworth", "Helen Brierley", "Mrs Brierley",
              "Brierley", "Anand Mistry", "Dr Mistry", "Mistry", "Callum Rigby", "Mr Rigby",
              "Rigby", "Tia Sowerbutts", "Miss Sowerbutts", "Sowerbutts", "GT", "HB", "BQ",
              "PK", "OD"],
    "places": ["Tenterfield Yard", "Tenterfield", "Tenterfeild", "Mossbrook Lane", "Mossbrook",
               "Cragholme", "Whittlebrook", "Kestrel Rise", "14 Kestrel Rise", "Plot 6",
               "Plot 1"],
    "postcodes": ["BB7 4XG", "BB74XG", "BB7", "4XG", "BB6 8LT", "BB6", "8LT"],
    "locating_agencies": ["St Wilfrid's CE Primary School", "St Wilfrid's", "St Wilfrids",
                          "Bridgefold Surgery", "Bridgefold Medical Practice", "Bridgefold"],
    "numbers": ["07700 900514", "07700900514", "07700 900827", "01632 960433",
                "401 223 7788", "4012237788", "JX 41 27 93 C", "LS/0441"],
    "emails": ["shannon.corlass@example.org", "corlass.amusements@example.org"],
    "social_media": ["@rubymae_onthefair", "@kez_dodgems", "Corlass Family Funfairs"],
    "dates_of_birth": ["14-03-2019", "14/03/2019", "14th March 2019", "14.03.19",
                       "22-11-1993", "22/11/1993", "02-09-2014", "2nd September 2014"],
    "firm_rides_trailers": ["E. Corlass & Sons", "Corlass Amusements", "Moonraker",
                            "Eli's Gallopers", "Ruby's Dragon", "Silver Belle", "Old Gold"],
    "vehicles": ["PN19 KXA", "EC05 WLZ"],
    "route_of_fairs": ["Cragholme Easter Fair", "Slatterby Wakes", "Slatterby",
                       "Gisbrook Feast", "Gisbrook", "Pendleford Gala", "Pendleford"],
}

ORDINARY = [
    "Showmen's Guild of Great Britain",
    "Travelling Showpeople",
    "Hull Fair",
    "Nottingham Goose Fair",
    "Royal Preston Hospital",
    "Alder Hey Children's Hospital",
    "North West Ambulance Service",
    "Lancashire Constabulary",
    "Children Act 1989",
    "section 47",
    "Working Together to Safeguard Children 2023",
    "Education Act 1996",
    "Domestic Abuse Act 2021",
    "Planning Policy for Traveller Sites",
    "Traveller Education Service",
    "dual registration",
    "distance learning pack",
    "Friends, Families and Travellers",
    "Fairground Heritage Trust",
    "NSPCC",
    "Ofsted",
    "Health and Safety Executive",
    "ADIPS",
    "Child Safeguarding Practice Review Panel",
    "Multi-Agency Safeguarding Hub",
    "Operation Encompass",
    "MARAC",
    "DASH risk assessment",
    "Early Help Assessment",
    "Child Protection Plan",
    "child protection medical",
    "skeletal survey",
    "supracondylar fracture",
    "partial thickness scald",
    "Calpol",
    "ibuprofen",
    "Easter",
    "Christmas",
    "May",
    "Rose",
    "Hope",
    "waltzer",
    "dodgems",
    "NO FURTHER ACTION",
    "WAS NOT BROUGHT",
]

INVOLVEMENT = [
    "The Corlass family are Travelling Showpeople and members of the Showmen's Guild of Great Britain (Guild membership number LS/0441, held in the name of Eli Corlass). From November to February they winter at Tenterfield Yard, a privately owned showmen's yard on Mossbrook Lane, Cragholme, BB7 4XG, where the family's living trailers stand on Plot 6 and Old Eli's living wagon, the Old Gold, stands on Plot 1. For the rest of the year they travel with the family firm, E. Corlass & Sons, which Eli's father started after the war and which still trades as Corlass Amusements with three rides: the Moonraker waltzer, a set of gallopers known as Eli's Gallopers, and a juvenile ride, Ruby's Dragon.",
    "Ruby-Mae Corlass (date of birth 14-03-2019, NHS number 401 223 7788) is the younger child of Shannon Corlass (nee Vickery, date of birth 22-11-1993) and Jody Corlass. Her brother, Levi Corlass (date of birth 02-09-2014), is on the roll of St Wilfrid's CE Primary School in Cragholme and during the travelling season is taught through the Traveller Education Service, with a distance learning pack and dual registration at a school near each ground. Ruby-Mae started in Reception at St Wilfrid's in September 2023; the admission form gives her birthday as 14th March 2019 and Levi's as 2nd September 2014.",
    "Shannon and Jody separated in the autumn of 2023. Jody now works the southern run with a cousin's firm and did not live at the yard during the review period; he saw the children only when both firms opened at Nottingham Goose Fair and then at Hull Fair in October. Mr Corlass told the author that he 'only ever saw the kids on the ground, never at home', and that Jody's own father, Eli, 'runs the firm and runs the family'.",
    "In March 2024 Kieran Ashworth, who is not from a showland family (Shannon described him to the school as 'a flattie, but a grafter'), joined the firm to build up and drive the dodgems. By May 2024 he was Shannon's partner and was living in the Silver Belle, the family's living trailer, with Shannon, Ruby-Mae and Levi. Kieran is known on the fairground as 'Kez' and posts videos of the rides as @kez_dodgems; his mobile is 07700 900827.",
    "On 18-03-2024 Ruby-Mae was seen at Bridgefold Surgery by Dr Anand Mistry (GP1) with a cough. Ms Corlass gave her mobile as 07700 900514 and said the family would be 'open at Cragholme Easter Fair, then off to Slatterby Wakes', and asked the surgery to text rather than write. The practice record still has her registered as Shannon Vickery, and RMC's address is entered as 'Plot 6 Tenterfeild Yd, Mossbrook, BB74XG'.",
    "On 02-04-2024 Owen Duckworth (TES1), the teacher for travelling children, met Shannon at the yard to give out distance learning packs for Levi and Ruby-Mae before the season. He recorded: 'Mum v. keen for LEVI to keep up his reading. RUBY-MAE shy, hid behind nanna marlene, would not do her phonics sheet. Lev did 3 pages with me.' Marlene Vickery, Shannon's mother, lives at 14 Kestrel Rise, Whittlebrook, BB6 8LT and keeps the children's school uniform while the family is away; the school sends its letters for the Corlasses to her.",
    "Between April and July 2024 the firm opened at Slatterby Wakes, Gisbrook Feast and Pendleford Gala. Levi's dual registration forms came back from the schools at Slatterby and at Gisbrook; none came back from Pendleford. St Wilfrids recorded Ruby-Mae's absence as Code T throughout, in the hope that she was working from her distance learning pack, but no work was returned for her and Mr Duckworth (OD) recorded on 30-05-2024 'Rubymae pack not started - Mum says she is too little'.",
    "On 14-06-2024 at 23:40 Lancashire Constabulary received a 999 call from Terry Holroyd, a showman whose firm was open beside the Corlass rides at Gisbrook Feast. Mr Holroyd reported 'screaming and banging from Corlass's trailer, the little one crying'. Officers attended and spoke to Shannon and to Kieran Ashworth; both said it was 'a row about money' and Ms Corlass declined a DASH risk assessment. The children were recorded as asleep and were not spoken to. The log was closed NO FURTHER ACTION and no Operation Encompass notification was sent, because the children's school was recorded as 'N/K - travelling'.",
    "On 09-07-2024 Gemma Threlfall (SW1) of Children's Social Care received the police notification through the Multi-Agency Safeguarding Hub. She rang Shannon on 07700900514 and left two messages. On 12-07-2024 Shannon rang back and said 'Gemma, we're on the road till October, there's nothing to see'. Ms Threlfall (GT) recorded the family as 'travellers, NFA', noted Shannon's National Insurance number (JX 41 27 93 C) and date of birth (22/11/1993) from the benefits check, and closed the contact with advice. The yard address on Mossbrook Lane was on the GP record and on the school roll but was not checked, and Kieran's name was not searched.",
    "On 11-08-2024 at Pendleford Gala Ruby-Mae was treated by Callum Rigby, a paramedic with North West Ambulance Service, after her right hand was caught in the platform of the Moonraker while the ride was being pulled down. Mr Rigby recorded: 'Pt 5yo F. Mother S.C. and partner K.A. present, state child was playing under the Moonraker. Minor crush inj R hand, Calpol given by mum, advised GP.' Rigby did not make a safeguarding referral, judging it an accident; the ride had a current ADIPS declaration and the Health and Safety Executive was not told.",
    "Ruby-Mae did not come back to St Wilfrid's CE Primary School in September 2024. On 04-09-2024 the Designated Safeguarding Lead, Helen Brierley (HB), emailed shannon.corlass@example.org and corlass.amusements@example.org to ask when she would return. Mrs Brierley had seen a video posted on @rubymae_onthefair in August in which Ruby-Mae, sitting in the pay box of Ruby's Dragon, had a bandaged hand and 'looked frightened of whoever was filming'. No reply came and no referral was made; Brierley recorded 'will raise when family back on yard'.",
    "On 08-10-2024 at Hull Fair Jody Corlass told Owen Duckworth that 'Rubes has gone quiet, she won't come to me no more' and that he did not like Kieran being 'hard on the kids'. Duckworth wrote in his notes 'JC concerned re KA, SC tired, RMC and LC seen briefly, LC fine' but did not pass this on, because Jody 'isn't the main carer' and the children were due back at school within weeks.",
    "The family pulled back onto Tenterfield Yard on 02-11-2024. Ruby-Mae's school nursing appointment for her Reception height and weight, sent to Plot 6 for 16-10-2024, had been coded WAS NOT BROUGHT. On 19-11-2024 Bernadette Quayle (BQ), school nurse, saw her in school (referral form: 'Ruby Mae Corlass, NHS 4012237788, DOB 14/03/2019'): her weight had fallen from the 50th to below the 9th centile. Bernie Quayle, as families on the yard call her, rang 01632 960433, the yard office telephone, which Eli answered. Old Eli said 'the girl eats like a sparrow, always has, her mother's the same'. Quayle offered a review in six weeks.",
    "On 03-12-2024 Dr Mistry saw Ruby-Mae at Bridgefold with a healing scar across the back of her right hand and a sore left wrist. Shannon's account was that she had 'caught it on the Moonraker in the summer'. Mistry advised ibuprofen for the wrist, recorded 'Hx crush inj at fair Aug, NAD, ?sprain', and did not ask who else lived in the trailer. Kieran Ashworth was not registered at Bridgefold Medical Practice and the practice did not know that he lived with the family; the letters were addressed to Mrs Corlass.",
    "From December school staff noticed that Ruby-Mae wore long sleeves and would not change for PE. Her class teacher, Miss Tia Sowerbutts, recorded on 13-12-2024: 'R.M.C. (dob 14.03.19) said Kez shouts at her and \"puts my hand near the stove\" - she then said she was only joking.' Mrs Brierley rang Gemma Threlfall that afternoon; Ms Threlfall advised an Early Help Assessment and the school offered one to Shannon, who refused it and said 'we're Showmen's Guild, Mrs B, we sort our own'. Sowerbutts wrote that Shan 'looked tired and had a bruise by her eye'.",
    "Over Christmas the family stayed on the yard. On 11-01-2025 at 07:52 North West Ambulance Service was called to Plot 6, Tenterfield Yard by Eli Corlass (EC), who said that Ruby-Mae had 'gone down the trailer steps'. She was taken to Royal Preston Hospital with a supracondylar fracture of the left elbow and a partial thickness scald to the right hand; her temperature rose overnight. A child protection medical and a skeletal survey on 12-01-2025 found two healing rib fractures. A section 47 enquiry was opened, and DC Priya Kenyon (PK) interviewed Kieran Ashworth, who was arrested and released on bail.",
    "Ruby-Mae was moved to Alder Hey Children's Hospital for her burns care and, on discharge, was placed with Nanna Marlene at 14 Kestrel Rise under a Child Protection Plan. Levi went to stay with Jody. The lorries of the firm, PN19 KXA and EC05 WLZ, were examined by DC Kenyon, because the camera on the yard gate shows EC05 WLZ leaving at 06:10 that morning with Mr Ashworth driving. Shannon has asked that the Silver Belle and the Old Gold both be searched 'to clear Eli's name'.",
    "The firm's Facebook page, Corlass Family Funfairs, and the yard office number were used by the family throughout the season, and both are printed on the Guild's notices for each ground. Kieran's mobile was known to the police from the June call at Gisbrook but was never shared with Children's Social Care, and Kenyon's enquiries found that he had moved to Cragholme from a firm in the south in February 2024.",
]

ANALYSIS = [
    "The central learning for every agency is that the Corlass family were treated as having no fixed address when they had one. Tenterfield Yard has been the winter quarters of E. Corlass & Sons for three generations and is held on the GP and school systems, but 'travellers, NFA' in July 2024 meant that no-one visited Plot 6 and that Ruby-Mae was not seen by Children's Social Care until she was in hospital. Planning Policy for Traveller Sites recognises a showmen's yard as a permanent base, and Travelling Showpeople are a distinct community whose members live at a known yard each winter.",
    "No practitioner asked who lived in the Silver Belle. Kieran Ashworth was unknown to Bridgefold, to St Wilfrid's and to Children's Social Care until January 2025, although Lancashire Constabulary had his name and number from Gisbrook Feast. Working Together to Safeguard Children 2023 is clear that agencies must identify the men in a child's household; here the only man they knew of was Jody, who was not living with the children, and Old Eli, whose account of his granddaughter was accepted without question.",
    "Ruby-Mae's own words were recorded but not acted on. What R-MC said to Miss Sowerbutts in December met the threshold for a referral under the Children Act 1989, and a strategy discussion would have considered a section 47 enquiry; instead, Shannon's refusal of an Early Help Assessment closed the matter. The June incident should have led to a MARAC referral had the DASH risk assessment been completed, and the Domestic Abuse Act 2021 recognises Ruby-Mae and Levi as victims in their own right.",
    "Each injury was explained by the fairground. The crush injury on the Moonraker, the bandaged hand in the @rubymae_onthefair video and the scar Dr Mistry saw were each accepted as accidents of showland life. A current ADIPS declaration says a ride is safe; it says nothing about whether a child was supervised or hurt on purpose, and the Health and Safety Executive should have been told of a child's injury on a ride being pulled down.",
    "The education arrangements worked for Levi and not for Ruby-Mae. Levi's dual registration followed him from Slatterby to Gisbrook, but Ruby-Mae's absence was coded T all season in the hope that her distance learning pack was being used, when Mr Duckworth knew in May that it had not been started. Under the Education Act 1996 a child of compulsory school age must receive a suitable education; Ruby-Mae reached that age in the spring term and St Wilfrid's, the Traveller Education Service and Children's Social Care each held part of the picture.",
    "There was good practice. Bernie Quayle's weight check in November found the first measurable sign of harm, and Mrs Brierley's record of the video is careful and dated. Jody Corlass spoke up at Hull Fair, and neighbours on the ground, including Terry Holroyd at Gisbrook, were the first to raise an alarm; Ofsted's inspection of St Wilfrid's CE Primary School in 2023 had praised its links with showland families.",
]

LEARNING = [
    "A showmen's yard is a home address. When a family says they are 'on the road', practitioners should record the yard (for the Corlass children, Tenterfield Yard, Mossbrook Lane, Cragholme) as the home address, check it, and visit it when the family is back in November.",
    "Ask who lives in the trailer. Partners who join a travelling firm for the season, as Kieran did in March 2024, may not register with a GP near the yard; police, health and school records of the household must be checked against each other whenever a domestic incident is reported, whether at Gisbrook, at Pendleford or at home.",
    "The route of fairs is information, not an obstacle. The Showmen's Guild of Great Britain publishes where each member's firm is open; an Operation Encompass notification for Ruby-Mae and Levi could have gone to St Wilfrids, the school that knows them, and the Traveller Education Service can reach any ground within a day.",
    "A child's words outweigh a parent's refusal. When Rubes said that Kez put her hand near the stove, the school did what it was told by Children's Social Care; staff need the confidence to escalate, and the NSPCC and Friends, Families and Travellers both offer training on hearing children from travelling communities.",
    "Cultural understanding must not become an explanation for injury. Practitioners should learn about showland life, for example through the Fairground Heritage Trust and the Guild's own education officers, so that 'it happened on the rides' is tested like any other account, as the Child Safeguarding Practice Review Panel has urged in other reviews.",
    "Fathers and grandfathers who are not the main carer still know the child. What Jody told Mr Duckworth at Hull Fair, and what Eli Corlass said to the school nurse, should have been shared; in May, at Easter or at Christmas, the family are easy to find if agencies think to ask the Guild or the yard.",
]

RECOMMENDATIONS = [
    ("Children's Social Care should record a showmen's yard as the family's home address and visit it when the family returns to winter quarters",
     "Amend the contact recording guidance and audit 20 contacts about travelling families", "Head of Service, Front Door", "30-06-2025"),
    ("St Wilfrid's CE Primary School should agree a written travelling learning plan for every pupil coded T before each season",
     "Agree plans with the Traveller Education Service and review them at each return", "Headteacher", "31-07-2025"),
    ("Lancashire Constabulary should send an Operation Encompass notification to the yard's school for every child of a travelling family",
     "Change the notification procedure and brief all response officers", "Detective Superintendent, Public Protection", "31-05-2025"),
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
    header="RESTRICTED - Agency report on Ruby-Mae Corlass and the Corlass family, Tenterfield Yard",
    footer="Ruby-Mae Corlass, Plot 6, Tenterfield Yard, Mossbrook Lane, Cragholme BB7 4XG - Confidential",
    comment="Check with Shannon Corlass whether Kieran Ashworth was on the Guild's list for Gisbrook Feast.",
    footnote="Eli Corlass confirmed the route (Slatterby Wakes, Gisbrook Feast, Pendleford Gala) by telephone on 01632 960433.",
)
