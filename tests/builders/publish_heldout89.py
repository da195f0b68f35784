# ruff: noqa: E501
"""A blind, fictional held-back case: every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

reference = "CSPR-2024-11"

case_toml = '''reference = "CSPR-2024-11"
review = "Child Safeguarding Practice Review"
subject = "Child Q"
period = { from = "01-03-2022", to = "30-09-2024" }
board = "Westmorland and Furness Safeguarding Children Partnership"

[[agencies]]
name = "Cumbria Constabulary"
aliases = ["Police", "CC"]

[[agencies]]
name = "Westmorland and Furness Council Children's Services"
aliases = ["Children's Services", "CSC", "WFC CSC"]

[[agencies]]
name = "Lancashire and South Cumbria NHS Foundation Trust Health Visiting Service"
aliases = ["Health Visiting", "0-19 Service", "LSCFT"]

[[agencies]]
name = "Fellside Surgery"
aliases = ["Fellside Medical Practice", "Fellside", "the surgery"]
published_as = "the GP practice"

[[agencies]]
name = "Garnsgill Church of England Primary School"
aliases = ["Garnsgill CofE Primary School", "Garnsgill School"]

[[agencies]]
name = "North West Ambulance Service"
aliases = ["NWAS"]

[[people]]
name = "Isla-Mae Bousfield"
aliases = ["Isla-Mae", "Isla", "Izzy", "IMB", "I.M.B.", "I-MB"]
role = "Child"
pseudonym = "Child Q"
born = "14-03-2022"
address = "High Birkrigg Farm, Garnsgill, Kirkby Stainmoor, CA17 4QX"

[[people]]
name = "Kirsty Bousfield"
aliases = ["Kirsty", "Kirst", "Kirsty Atkinson", "Mrs Bousfield", "KB", "K.B."]
role = "Mother"
pseudonym = "Mother"
born = "21-11-1994"
address = "High Birkrigg Farm, Garnsgill, Kirkby Stainmoor, CA17 4QX"

[[people]]
name = "Daniel Bousfield"
aliases = ["Daniel", "Danny", "Mr Bousfield", "DB", "D.B."]
role = "Father"
pseudonym = "Father"
address = "High Birkrigg Farm, Garnsgill, Kirkby Stainmoor, CA17 4QX"

[[people]]
name = "Harvey Bousfield"
aliases = ["Harvey", "HB"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "02-08-2018"
address = "High Birkrigg Farm, Garnsgill, Kirkby Stainmoor, CA17 4QX"

[[people]]
name = "Robert Bousfield"
aliases = ["Robert", "Bob", "Owd Bob", "RB", "R.B."]
role = "Paternal grandfather"
pseudonym = "Paternal Grandfather"
address = "2 Beckside Cottages, Garnsgill, Kirkby Stainmoor, CA17 4RB"

[[staff]]
name = "Rachel Threlkeld"
code = "HV1"
role = "Health Visitor"
agency = "Lancashire and South Cumbria NHS Foundation Trust Health Visiting Service"

[[staff]]
name = "Joanne Pickthall"
code = "SW1"
role = "Social Worker"
agency = "Westmorland and Furness Council Children's Services"

[[staff]]
name = "Anil Varma"
code = "GP1"
role = "General Practitioner"
agency = "Fellside Surgery"

[[staff]]
name = "Susan Airey"
code = "HT1"
role = "Headteacher"
agency = "Garnsgill Church of England Primary School"

[[staff]]
name = "Mark Irving"
code = "P1"
role = "Detective Constable"
agency = "Cumbria Constabulary"
'''

identifiers = {
    "child": ["Isla-Mae Bousfield", "Isla-Mae", "Isla-Mae's", "Isla", "Izzy", "Izzy's"],
    "mother": ["Kirsty Bousfield", "Kirsty", "Kirsty's", "Kirst", "Mrs Bousfield", "Kirsty Atkinson", "Atkinson"],
    "father": ["Daniel Bousfield", "Daniel", "Danny", "Danny's", "Mr Bousfield"],
    "sibling": ["Harvey Bousfield", "Harvey", "Harvey's"],
    "grandfather": ["Robert Bousfield", "Robert", "Bob", "Bob's", "Owd Bob", "Mr Bousfield senior"],
    "surname": ["Bousfield", "Bousfield's", "Bousfields", "BOUSFIELD"],
    "not_in_key": ["Ciaran McAleese", "Ciaran", "Ciaran's", "McAleese", "Mr McAleese", "Gwen Metcalfe", "Gwen", "Mrs Metcalfe", "Metcalfe", "Sandra Atkinson", "Sandra"],
    "initials": ["IMB", "I.M.B.", "I-MB", "KB", "K.B.", "DB", "D.B.", "RB", "R.B.", "HB", "CMcA", "C.McA."],
    "staff": ["Rachel Threlkeld", "Threlkeld", "Mrs Threlkeld", "Rachel", "Joanne Pickthall", "Jo Pickthall", "Pickthall", "Ms Pickthall", "Dr Varma", "Anil Varma", "Varma", "Susan Airey", "Mrs Airey", "Airey", "DC Irving", "Mark Irving", "Irving"],
    "farm": ["High Birkrigg Farm", "High Birkrigg", "Birkrigg", "HIGH BIRKRIGG", "Birkrigg Allotment"],
    "fields": ["Long Intake", "Cragg Close", "Low Ing"],
    "holding": ["08/123/4567", "CPH 08/123/4567", "UK 512347", "512347"],
    "places": ["Garnsgill", "GARNSGILL", "Kirkby Stainmoor", "Stainmoor", "Harrowthwaite", "Beckside Cottages", "2 Beckside Cottages", "Beckside"],
    "postcodes": ["CA17 4QX", "CA174QX", "4QX", "CA17 4RB", "4RB", "CA17"],
    "locating_agencies": ["Garnsgill Church of England Primary School", "Garnsgill CofE Primary School", "Garnsgill School", "Fellside Surgery", "Fellside Medical Practice", "Fellside"],
    "marts": ["Kirkby Stainmoor Auction Mart", "Stainmoor Mart", "Harrowthwaite Mart"],
    "club": ["Garnsgill and District Young Farmers' Club", "Garnsgill YFC"],
    "church": ["St Oswald's Church", "St Oswald's"],
    "numbers": ["07700 900417", "07700900417", "01632 960283", "401 023 7718", "4010237718", "JT 48 27 16 C", "JT482716C"],
    "emails": ["kirstyb.highbirkrigg@example.org", "d.bousfield@example.org"],
    "handles": ["@HighBirkriggTexels", "@kirsty_b_farmlife"],
    "dates_of_birth": ["14-03-2022", "14/03/2022", "14.03.22", "14th March 2022", "14 March 2022", "14/3/22", "02/08/2018", "2nd August 2018", "21/11/1994"],
    "vehicles": ["PX19 WDK", "PX19WDK", "PN66 HFB"],
    "dog": ["Nell", "Nell's"],
}

ordinary = [
    "Working Together to Safeguard Children 2023",
    "Children Act 1989",
    "section 47",
    "Child Safeguarding Practice Review Panel",
    "Health and Safety Executive",
    "Farm Safety Foundation",
    "Yellow Wellies",
    "Royal Preston Hospital",
    "Great North Air Ambulance",
    "Victoria Climbié",
    "Lord Laming",
    "Arthur Labinjo-Hughes",
    "Star Hobson",
    "Child Death Overview Panel",
    "Rural Payments Agency",
    "Animal and Plant Health Agency",
    "bovine TB",
    "Calpol",
    "sertraline",
    "postnatal depression",
    "Easter",
    "Christmas",
    "lambing",
    "Ifor Williams",
    "Honda",
    "Land Rover Defender",
    "National Federation of Young Farmers' Clubs",
    "NSPCC",
    "Graded Care Profile 2",
    "Early Help Assessment",
    "disguised compliance",
    "Was Not Brought",
    "Initial Child Protection Conference",
    "Cumbria Constabulary",
    "heather",
    "May",
    "Swaledale",
    "Herdwick",
    "RABI",
    "NO CHILDREN ON QUADS",
]

involvement = [
    "Isla-Mae Bousfield (DOB 14/03/2022, NHS no. 401 023 7718) was born at Royal Preston Hospital and discharged home to High Birkrigg Farm, Garnsgill, Kirkby Stainmoor CA17 4QX, where she lived with her mother Kirsty Bousfield, her father Daniel Bousfield and her brother Harvey. The farm is a hill holding (CPH 08/123/4567) of about 300 acres of in-bye and fell with a flock of Swaledale and Herdwick ewes (flock no. UK 512347); it is owned by the paternal grandfather, Robert Bousfield, who lives at 2 Beckside Cottages, CA17 4RB.",
    "On 23/03/2022 HV1 (Rachel Threlkeld) completed the new birth visit. Mrs Bousfield said she was 'fine, just tired, it's lambing, everybody's tired'. The Health Visitor noted the kitchen was cold, the Ifor Williams trailer was parked across the yard gate and the collie, Nell, was loose in the house. Kirsty's Edinburgh Postnatal score was 14 and she was advised to see her GP at Fellside Surgery.",
    "Dr Varma (GP1) saw Kirsty on 04/04/2022 and diagnosed postnatal depression; sertraline 50mg was started. The record reads 'pt says husband + father in law work 18hr days, she is alone on the farm w/ 2 kids, no car' and 'Danny keeps Land Rover Defender (PN66 HFB) for the farm'. No referral to Health Visiting was made and the Fellside Medical Practice record shows the review appointment in May 2022 as DNA, not coded as Was Not Brought.",
    "Garnsgill Church of England Primary School recorded on 16/09/2022 that Harvey Bousfield (DOB 02/08/2018) arrived in Reception 'smelling of sheep dip and in the same jumper all week'. Mrs Airey, the headteacher, telephoned home on 01632 960283 and spoke to Bob, who said 'the lad's fine, he's a farm bairn, not a town bairn'. Harvey's attendance that autumn was 84%.",
    "On 12/10/2022 Kirsty contacted the 0-19 Service from her mobile (07700 900417) and said Izzy had 'banged her head on the quad'. HV1 visited on 14/10/2022: Isla-Mae had a healing bruise to her forehead. Kirsty said Danny had been 'taking her round the sheep on the Honda, she loves it, she sits in front of him'. HV1 gave verbal advice and a Farm Safety Foundation leaflet (the Yellow Wellies quad bike guidance that says NO CHILDREN ON QUADS). No Early Help Assessment was offered.",
    "A farmhand, Ciaran McAleese, from County Antrim, had been living in the static caravan at the top of Cragg Close since the spring. Mr McAleese told the police after Isla-Mae's death that he had 'said to Danny more than once that the wee one shouldn't be on the bike'. Ciaran's account was not known to any agency before September 2024.",
    "Over Christmas 2022 the family had no contact with any agency. On 09/01/2023 a neighbour, Gwen Metcalfe, rang Children's Services and said that 'the Bousfield bairn is always out in the yard on her own in a nappy, with the dogs, in the muck'. Mrs Metcalfe asked for her name not to be given to the Bousfields. The contact was recorded as 'anon. caller - neighbouring farm' and passed to Early Help with no visit.",
    "SW1 (Joanne Pickthall) completed the Early Help Assessment at High Birkrigg on 02/02/2023. Kirsty was 'warm and welcoming, the house was tidy', although the record notes that the visit had been rearranged twice and that Robert Bousfield 'did most of the talking'. Ms Pickthall wrote: 'GF owns the farm and it is his say, Kirsty + Daniel feel they cannot change anything about how the yard is run'. The plan was for Kirsty to attend a toddler group at St Oswald's Church and for HV1 to complete the Graded Care Profile 2.",
    "The Graded Care Profile 2 was never completed. HV1 made four attempts between February and Easter 2023; on two of them the family was at Kirkby Stainmoor Auction Mart with store lambs and on one at Harrowthwaite Mart. Mrs Threlkeld recorded 'family v. busy, Mum says she will ring'. Kirsty posted photographs of Isla-Mae at the mart on Instagram (@kirsty_b_farmlife) on the same days.",
    "On 27/05/2023 Cumbria Constabulary attended High Birkrigg Farm after a call from Garnsgill YFC members leaving a barn dance: Danny and his father were said to be fighting in the yard. DC Irving's later review of the log shows that Daniel was 'in drink' and that Bob told officers it was 'a family matter, about the farm, nowt to do with you'. No DASH was completed, Isla-Mae and Harvey were recorded as 'asleep in house, not seen', and no notification was sent to Children's Services.",
    "Children's Services closed Early Help on 30/06/2023, recording 'Mum engaging, no further concerns, GCP2 not needed as Mum doing well'. The closure summary names 'ISLA-MAE BOUSFIELD' and 'HARVEY BOUSFIELD' and gives the address as 'High Birkrigg, Garnsgill' with the postcode written as CA174QX. Kirsty was told by text; her email (kirstyb.highbirkrigg@example.org) was not used.",
    "In the autumn of 2023 Daniel's work with the Garnsgill and District Young Farmers' Club (he was club leader) and the bovine TB testing on the farm meant, in Kirsty's words, 'I don't see him from one week end to the next'. The Animal and Plant Health Agency's TB restrictions on the holding stopped sales for 60 days and Bob's letters to the Rural Payments Agency about the farm's Basic Payment were sent from d.bousfield@example.org. Kirsty told Dr Varma on 07/11/2023 that 'money is that tight we are on Calpol and toast'.",
    "The surgery's record for 07/11/2023 lists I.M.B. as 'not brought for 12 month imms x2'. Dr Varma did not ask who cared for Isla while Kirsty worked the sheep. The RABI, the farming charity, was suggested, and Kirsty said 'Danny won't have charity, he says the Bousfields have farmed Birkrigg 150 year without it'.",
    "In March 2024 Mrs Airey (HT1) raised a concern that Harvey had described his little sister 'riding the quad with Ciaran up the Long Intake'. The school's record, written as 'HB disclosed IMB on quad w/ farm worker CMcA', was passed to Rachel Threlkeld but not to Children's Services. Mrs Threlkeld visited and was told by Kirst 'that's just Harvey telling tales, she's never off the bike with Danny, she's safe with her dad'.",
    "HV1 completed the 2-year review at the farm on 19/03/2024, after the date of birth on the letter had been written as 14.03.22 and the letter had gone to 2 Beckside Cottages. Isla-Mae's speech was delayed and she was not toilet-trained. HV1 recorded 'Nell (dog) + 2 other collies in kitchen, ? safe gate', and noted the quad bike (PX19 WDK) parked by the back door with the key in it.",
    "Between April and August 2024 there was no contact with the family by any agency apart from a Was Not Brought for Isla-Mae's 2-year hearing test, which Fellside did not follow up, and Harvey's school report, addressed to Mr Bousfield. The Facebook page and the Instagram account @HighBirkriggTexels show Isla-Mae, then two, in the yard with the collies and on the quad, in posts liked by Gwen.",
    "The GP record (Fellside Surgery) for the household lists: KB (mother, DOB 21/11/1994, tel. 07700900417), DB (father), IMB (DOB 14-03-2022, NHS 4010237718) and HB (DOB 2nd August 2018). RB, the grandfather, is registered at the same practice as 'Mr Bousfield senior, 2 Beckside Cottages, Garnsgill CA17 4RB'. Dr Anil Varma's entry of 07/11/2023 is headed 'Bousfield's - FAMILY REVIEW', and Kirsty's NI number is held in the social care record as JT482716C.",
    "Garnsgill CofE Primary School's safeguarding log for 2023-24 was kept by Susan Airey. Her entry of 04/03/2024 reads: 'Harvey said Izzy's favourite thing is the quad. He said Danny's quad is \"the red Honda\" and that Ciaran lets her steer. Logged as I-MB / C.McA. and emailed to HV.' Jo Pickthall, who had closed the Early Help plan, was on leave and the copy sent to the duty inbox was not opened. Bob had taken Harvey to the store cattle sale at Stainmoor Mart that day; the school recorded him as absent, 'authorised - family business'.",
    "On 19/09/2024 at 14:10 North West Ambulance Service received a 999 call from Ciaran. Isla-Mae had been found under the quad bike in the gateway between Low Ing and Cragg Close. The Great North Air Ambulance took her to Royal Preston Hospital, where she died that evening. DC Mark Irving led the police investigation with the Health and Safety Executive; a section 47 enquiry was opened for Harvey, and the Child Death Overview Panel was notified.",
    "During the police enquiry Kirsty Atkinson (as she was known before her marriage; NI number JT 48 27 16 C) and her mother Sandra Atkinson told officers that Isla-Mae had been left with Robert while Kirsty and Danny were gathering ewes off Birkrigg Allotment. Robert said 'I thought Danny had her'. The vehicle was registered as PX19WDK to 'R BOUSFIELD, HIGH BIRKRIGG', and the family's records at three agencies held her date of birth as 14th March 2022, 14 March 2022 and 14/3/22.",
]

analysis = [
    "From October 2022 every agency knew that Isla was being taken on a quad. No agency treated this as a neglect concern rather than a safety message. The Farm Safety Foundation guidance and the Health and Safety Executive's advice are clear: NO CHILDREN ON QUADS. HV1's record of 14/10/2022, Mrs Airey's of March 2024 and Ciaran McAleese's account all describe the same risk, yet the Bousfields were never asked what would change.",
    "Practitioners accepted the family's account of themselves as a busy hill farm 'like everyone round Garnsgill'. The rhythm of lambing, tupping and the sales at Kirkby Stainmoor Auction Mart was allowed to explain missed appointments, and the Graded Care Profile 2 was never done. This is the disguised compliance described in the national reviews of Arthur Labinjo-Hughes and Star Hobson, and the Early Help closure of 30/06/2023 relied on Kirsty's word alone.",
    "Robert Bousfield owned High Birkrigg Farm, held the CPH 08/123/4567 in his own name and controlled the money, the vehicles and the work. Ms Pickthall recorded this ('it is his say') but no agency saw Owd Bob as a carer whose views on risk mattered, or asked Bob's consent to change the yard. The Children Act 1989 duty to consider every adult caring for the child was not applied to him, nor to Mr McAleese.",
    "The police response in May 2023 did not see the children. Had DC Irving's colleagues completed a DASH and notified Children's Services, the anonymous call from Mrs Metcalfe in January 2023 would have been linked to it. Working Together to Safeguard Children 2023 expects each contact to be read with the history; here the history sat at Fellside Surgery, at Garnsgill School and in the 0-19 Service record, and no one brought it together.",
    "Kirsty's postnatal depression and her isolation (no car, the nearest shop six miles off at Stainmoor, a husband and father-in-law out from dawn) were known to Dr Varma and to HV1. Sertraline was prescribed but no one asked who looked after Isla-Mae when Kirsty was low or working. K.B. and D.B. both said later that they thought 'someone else had her' on the day; R.B. thought the same.",
    "Isla-Mae's short life was recorded in five agencies' systems under four spellings of her date of birth and two addresses (CA17 4QX and CA17 4RB). Kirsty, Daniel, Robert, Harvey and Ciaran each held part of the picture. 'Danny's a good dad,' Kirsty told SW1, 'and Bob's been on this farm all his life'; and the practitioners (Rachel Threlkeld, Joanne Pickthall, Dr Varma, Mrs Airey and DC Irving) each accepted that. Garnsgill, not the child, became the frame.",
    "Farming families are not hard to reach: they are at the mart every week, at the YFC and at St Oswald's. Garnsgill and District Young Farmers' Club, the National Federation of Young Farmers' Clubs and the NSPCC all offer safety sessions for farm children that none of the practitioners knew of. Harvey's school was the one agency that saw the family every day.",
]

learning = [
    "Repeated single concerns about a young child's safety on a working farm (a head injury on a quad, a toddler alone in the yard, a child on a quad with a farm worker) are signs of neglect and must be assessed together, with a Graded Care Profile 2, not answered one at a time with a leaflet.",
    "Where a grandparent owns the farm and sets its rules, as Robert Bousfield did at High Birkrigg, he is part of the child's care and must be seen, spoken to and included in any plan. The same applies to resident farm workers: Ciaran was living on the holding and no agency knew his name.",
    "Was Not Brought appointments for a toddler on a remote farm are a warning, not an administrative matter. Fellside Medical Practice should have followed up Isla-Mae's missed immunisations and hearing test, and the health visitor should have been told.",
    "Practitioners need to understand farming life well enough not to be reassured by it. Lambing, bovine TB restrictions, the sales at Harrowthwaite Mart and the money worries that follow explain pressure; they do not explain why a two-year-old is alone in a yard with a quad bike and three collies. Lord Laming's lesson from the Victoria Climbié inquiry, that practitioners must keep the child in view, applies on a fell farm as in a city.",
    "The Initial Child Protection Conference for Harvey in October 2024, after his sister's death, was the first time the agencies' records were put side by side. The Child Safeguarding Practice Review Panel has said that this should not wait for a death. The names of the Bousfield children, their farm and their school must be kept out of the published report, as must the name of the dog, Nell's photograph on @HighBirkriggTexels and the quad's registration.",
    "Agencies should use farming routes to reach families: the marts, the YFC, the Rural Payments Agency and the Animal and Plant Health Agency visits, and farming charities such as RABI and the Farm Safety Foundation (Yellow Wellies). A card given out at Kirkby Stainmoor Auction Mart at Easter, when the heather is burned and the ewes come in, reaches every hill farm in the dale.",
]

recommendations = [
    ("Health Visiting will assess every report of a child under five on a quad bike or other farm vehicle as a neglect concern, completing a Graded Care Profile 2 and telling Children's Services, as at High Birkrigg", "Update the 0-19 neglect pathway and train all health visitors in rural teams", "Head of 0-19 Service", "31-03-2025"),
    ("Children's Services will identify and see every adult caring for a child on a farm, including grandparents who own the holding and resident farm workers, before closing Early Help", "Add a 'who else lives or works on the holding' prompt to the Early Help Assessment and audit twenty rural cases", "Service Manager, Early Help", "30-06-2025"),
    ("The Partnership will work with the auction marts, the Young Farmers and farming charities to give farm families safety and support information in places they use", "Agree a farm safety campaign with the Farm Safety Foundation and the National Federation of Young Farmers' Clubs for lambing 2025", "Partnership Business Manager", "30-04-2025"),
]

header = "RESTRICTED - CSPR-2024-11 - Isla-Mae Bousfield, High Birkrigg Farm, Garnsgill"
footer = "Agency report - Bousfield family, Kirkby Stainmoor CA17 4QX - do not circulate"
comment = "Check with Mrs Threlkeld whether Kirsty's GCP2 visit in April 2023 went ahead, and whether Ciaran McAleese was ever spoken to."
footnote = "The holding number 08/123/4567 is registered to Robert Bousfield; Isla-Mae (DOB 14-03-2022) was registered at Fellside Surgery."

CASE = HeldOut(reference, case_toml, identifiers, ordinary, involvement, analysis,
               learning, recommendations, header=header, footer=footer, comment=comment,
               footnote=footnote)
