# ruff: noqa: E501
"""A blind, fictional held-back publication case: everything in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CSPR-2023-14"

CASE_TOML = """\
reference = "CSPR-2023-14"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-09-2022", to = "31-08-2023" }
board = "Cornwall and the Isles of Scilly Safeguarding Children Partnership"

[[agencies]]
name = "Devon and Cornwall Police"
aliases = ["D&C Police", "Police"]

[[agencies]]
name = "Cornwall Council Children's Social Care"
aliases = ["CSC", "Children's Social Care"]

[[agencies]]
name = "Cornwall Partnership NHS Foundation Trust"
aliases = ["CFT", "Health Visiting"]

[[agencies]]
name = "Royal Cornwall Hospitals NHS Trust"
aliases = ["RCHT"]

[[agencies]]
name = "Penmorvah Surgery"
aliases = ["Penmorvah"]

[[agencies]]
name = "Porthkellis Community Primary School"
aliases = ["PCPS", "Porthkellis School"]

[[agencies]]
name = "Little Shrimps Pre-School"
aliases = ["Little Shrimps"]
published_as = "the pre-school"

[[people]]
name = "Morwenna Tregenza"
aliases = ["Morwenna", "Wenna", "MT", "M.T."]
role = "Child"
pseudonym = "Child R"
born = "14-02-2020"
address = "Net Loft Cottage, 4 Tremayne Opes, Porthkellis, TR13 9YQ"

[[people]]
name = "Jago Tregenza"
aliases = ["Jago", "JT", "J.T."]
role = "Sibling"
pseudonym = "Sibling 1"
born = "09-07-2017"
address = "Net Loft Cottage, 4 Tremayne Opes, Porthkellis, TR13 9YQ"

[[people]]
name = "Tamsin Tregenza"
aliases = ["Tamsin", "Tamsin Pascoe-Tregenza", "Tamsin Pascoe", "Tam", "TT", "TPT"]
role = "Mother"
pseudonym = "Mother"
born = "22-11-1994"
address = "Net Loft Cottage, 4 Tremayne Opes, Porthkellis, TR13 9YQ"

[[people]]
name = "Denzil Tregenza"
aliases = ["Denzil", "Den", "DT"]
role = "Father"
pseudonym = "Father"
born = "03-05-1990"
address = "Net Loft Cottage, 4 Tremayne Opes, Porthkellis, TR13 9YQ"

[[people]]
name = "Ellen Hicks"
aliases = ["Ellen", "Mrs Hicks", "EH"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
address = "Periglis Cottage, St Agnes, Isles of Scilly, TR22 0WX"

[[staff]]
name = "Demelza Rowe"
code = "HV1"
role = "Health Visitor"
agency = "Cornwall Partnership NHS Foundation Trust"

[[staff]]
name = "Lowenna Truscott"
code = "SW1"
role = "Social Worker"
agency = "Cornwall Council Children's Social Care"

[[staff]]
name = "Jowan Carlyon"
code = "TM1"
role = "Team Manager"
agency = "Cornwall Council Children's Social Care"

[[staff]]
name = "Hedley Opie"
code = "GP1"
role = "General Practitioner"
agency = "Penmorvah Surgery"

[[staff]]
name = "Sam Jenkin"
code = "PC1"
role = "Police Constable"
agency = "Devon and Cornwall Police"

[[staff]]
name = "Jenna Trewhella"
code = "DSL1"
role = "Headteacher and Designated Safeguarding Lead"
agency = "Porthkellis Community Primary School"

[[staff]]
name = "Kayleigh Pengelly"
code = "EY1"
role = "Pre-school Manager"
agency = "Little Shrimps Pre-School"
"""

IDENTIFIERS = {
    "names": [
        "Morwenna Tregenza", "Morwenna", "Morwenna's", "Morwena", "Wenna",
        "Tregenza", "Tregenzas", "Tregenza's",
        "Jago Tregenza", "Jago", "Jago's", "Jay-Jay",
        "Tamsin Tregenza", "Tamsin Pascoe-Tregenza", "Pascoe-Tregenza", "Tamsin Pascoe",
        "Pascoe", "Tamsin", "Tamsin's", "TAMSIN", "Tam", "Ms Tregenza", "Mrs Tregenza",
        "Denzil Tregenza", "Denzil", "Denzil's", "Denz", "Den", "Mr Tregenza",
        "Ellen Hicks", "Ellen", "Mrs Hicks", "Hicks", "Nell", "Granny Nell",
    ],
    "initials": [
        "MT", "M.T.", "JT", "J.T.", "TT", "T.T.", "TPT", "T.P-T.", "DT", "D.T.", "EH",
    ],
    "not_in_key": [
        "Kyle Bolitho", "Kyle", "Bolitho", "Bolitho's", "Bolly",
        "Ricky Nance", "Ricky", "Nance", "Nancey",
        "Loveday Curnow", "Loveday", "Mrs Curnow", "Curnow",
        "Arthur Polglase", "Polglase",
        "Gerry Hosken", "Mr Hosken",
        "Malcolm Jewell", "Mr Jewell",
        "Jenifer Angove", "Rev Angove",
    ],
    "staff": [
        "Demelza Rowe", "Demelza", "Ms Rowe",
        "Lowenna Truscott", "Lowenna", "Ms Truscott",
        "Jowan Carlyon", "Mr Carlyon",
        "Hedley Opie", "Dr Opie",
        "Sam Jenkin", "PC Jenkin", "PC 2291",
        "Jenna Trewhella", "Mrs Trewhella",
        "Kayleigh Pengelly", "Kayleigh", "Miss Pengelly",
    ],
    "places": [
        "Porthkellis", "Polwithen", "St Agnes", "Hugh Town",
        "Tremayne Opes", "4 Tremayne Opes", "Net Loft Cottage",
        "Carn Gwavas Holiday Park", "Carn Gwavas", "Plot 27",
        "Periglis Cottage", "Chapel Street", "11 Chapel Street", "Flat 2", "Quay Street",
    ],
    "postcodes": [
        "TR13 9YQ", "TR13", "9YQ", "TR22 0WX", "TR22", "0WX", "TR13 8NF", "8NF",
    ],
    "agencies": [
        "Porthkellis Community Primary School", "Porthkellis School", "PCPS",
        "Little Shrimps Pre-School", "Little Shrimps", "Penmorvah Surgery", "Penmorvah",
    ],
    "numbers": [
        "07700 900382", "07700900382", "07700 900719", "01632 960551", "01632 960884",
        "485 777 3456", "4857773456", "PW 41 28 73 C", "PW412873C", "CR/22/118842",
    ],
    "emails": ["tamsin.tregenza94@example.org", "bollyboy.tr13@example.org"],
    "handles": ["@kernowtam94", "kernowtam94", "@bollyboy_tr13", "bollyboy_tr13"],
    "dates_of_birth": [
        "14-02-2020", "14/02/2020", "14.02.20", "14th February 2020", "14 Feb 2020",
        "09/07/2017", "9th July 2017", "9.7.17",
        "22/11/1994", "22.11.94", "22nd November 1994",
        "03/05/1990", "3rd May 1990", "3 May 1990",
    ],
    "other": [
        "Kerenza Mai", "Kerenza", "PZ 417", "PZ417",
        "Elizabeth Mary Penrose", "Porthkellis Lifeboat Station",
        "Bethesda Methodist Chapel", "Bethesda Chapel", "Bethesda", "Bethesda Tiddlers",
        "Hosken's Pasty Shop", "Hosken's", "Hoskens",
        "Lugger Inn", "WF68 KZR",
    ],
}

ORDINARY = [
    "Children Act 1989",
    "Working Together to Safeguard Children",
    "Keeping Children Safe in Education",
    "Domestic Abuse Act 2021",
    "Victoria Climbié Inquiry",
    "Lord Laming",
    "Arthur Labinjo-Hughes",
    "Star Hobson",
    "Child Safeguarding Practice Review Panel",
    "Royal National Lifeboat Institution",
    "RNLI",
    "Maritime and Coastguard Agency",
    "Marine Accident Investigation Branch",
    "Fishermen's Mission",
    "NSPCC",
    "Citizens Advice",
    "Ofsted",
    "Derriford Hospital",
    "Bristol Royal Hospital for Children",
    "MARAC",
    "DASH risk assessment",
    "Early Help Assessment",
    "Team Around the Family",
    "Signs of Safety",
    "strategy discussion",
    "Section 47",
    "Calpol",
    "sertraline",
    "amoxicillin",
    "hypothermia",
    "post-natal depression",
    "glue ear",
    "St Piran's Day",
    "Valentine's Day",
    "Easter",
    "Christmas",
    "August",
    "Ginsters",
    "Rodda's",
    "Calor Gas",
    "Universal Credit",
    "Cornish pasty",
    "Patience",
    "skipper",
    "WAS NOT BROUGHT",
]

INVOLVEMENT = [
    "Health Visiting first knew the family when Tamsin Tregenza (then Tamsin Pascoe) transferred in from the Isles of Scilly caseload before Jago's birth on 9th July 2017. Within the review period the Tregenzas lived in two places. From October to Easter they rented Net Loft Cottage, 4 Tremayne Opes, Porthkellis, TR13 9YQ, a harbour cottage owned by Loveday Curnow, on a winter let; from Easter to the end of September the cottage goes back to holiday lets and the family moved to a static caravan on Plot 27 at Carn Gwavas Holiday Park, on the cliff above the harbour on the Polwithen road.",
    "On 06/09/2022 Jago Tregenza (DOB 09/07/2017) started Year 1 at Porthkellis Community Primary School and Morwenna Tregenza (DOB 14/02/2020) took up her funded two-year-old place at Little Shrimps Pre-School, which meets in the schoolroom of Bethesda Methodist Chapel. The registration form gives mother's mobile as 07700 900382 and her email as tamsin.tregenza94@example.org. Father is recorded as 'Denzil Tregenza, fisherman, away at sea Mon-Fri on the Kerenza Mai (PZ 417)', with no number for him.",
    "19-09-2022 HV1 (Demelza Rowe) completed the two-year review for MT at the cottage. Morwenna's speech was limited to single words and Ms Rowe noted 'possible glue ear - ask GP'. Tamsin said she had been low since the winter and was taking sertraline prescribed by Dr Opie at Penmorvah Surgery. She said 'Denz is never home, he's out on the boat or up the Lugger Inn with Ricky'. Demelza offered an Early Help Assessment, which Mum declined: 'we don't need social workers, we've got my mum and the chapel'.",
    "On 14/10/2022 the family moved back into the cottage for the winter. PCPS received a change of address slip in Tamsin's hand: 'back at 4 Tremayne Opes till Easter then the caravan again - sorry!! Tam x'. The Designated Safeguarding Lead, Mrs Trewhella, noted that this was the third move in a year for J.T. and that his Calpol consent form still gave the Carn Gwavas address.",
    "03-11-2022 Police. At 23:50hrs PC 2291 Sam Jenkin attended Tremayne Opes after a 999 call from the neighbour, Mrs Curnow, who reported shouting and 'a child screaming'. Denzil Tregenza was found in the street, intoxicated, having come ashore that evening from a week at sea. TAMSIN had a red mark on her left cheek and said 'he never touched me, I walked into the door'. A DASH risk assessment was graded STANDARD (crime ref CR/22/118842). Both children were seen asleep upstairs. PC Jenkin recorded Denzil's DOB as 03/05/1990 and his van, WF68 KZR, parked on the quay.",
    "The Police notification reached Children's Social Care on 07/11/2022 and was screened as no further action with a letter to 'Mrs Tregenza' at the cottage; Ms Tregenza later said she never received it. Health Visiting was copied in; Demelza Rowe rang the cottage landline, 01632 960551, and left a message. No professional contact was made with Mr Tregenza, and no check was made on the man the neighbour had seen 'hanging about', later known to be Kyle Bolitho.",
    "In November and December 2022 Little Shrimps recorded that Wenna arrived on four occasions 'in wet clothes, no coat, v hungry'. Kayleigh Pengelly, the pre-school manager, spoke to Mum, who said the cottage had no heating because 'the Calor Gas ran out and Loveday won't do the boiler till the visitors come back'. Miss Pengelly signposted Tamsin to the Fishermen's Mission for a hardship grant and to Citizens Advice about Universal Credit, because Denzil's share of the catch had been poor all autumn.",
    "Over Christmas the family stayed with the maternal grandmother, Ellen Hicks, at Periglis Cottage, St Agnes, TR22 0WX. The school holds her as 'Nell - Nan on Scilly - emergency contact 01632 960884'. Mrs Hicks told the review author that she met them off the boat at Hugh Town and had 'begged Tam to leave him and come home to the island'. She said Jago told her 'Daddy shouts when he's been at the Lugger'. No agency ever spoke to Granny Nell.",
    "11-01-2023 Penmorvah. Dr Hedley Opie saw Morwena (sic) with mum for an ear infection; amoxicillin prescribed and a referral made to audiology for glue ear, using NHS no. 485 777 3456. Entry reads: 'Mum tearful, hx post-natal depression after J, sertraline increased. Says partner drinks heavily when ashore. Domestic abuse discussed - declined referral.' No safeguarding code was added to either child's record, and the surgery did not tell Health Visiting.",
    "The audiology clinic wrote on 08/02/2023 that the child 'WAS NOT BROUGHT' to her appointment and discharged her back to the GP. The letter was addressed to Tremayne Opes, where the post for NHS number 4857773456 was being collected by Mrs Curnow for the family.",
    "On Valentine's Day 2023, Morwenna's third birthday (she was born 14th February 2020, recorded at pre-school as 14 Feb 2020 and on the audiology letter as 14.02.20), Tamsin posted on Instagram as @kernowtam94 a photograph of a bruise on her own upper arm, captioned 'happy birthday my Wenna, mummy's fine x', from the phone on 07700900382. Kayleigh saw the post and rang the Children's Social Care front door on 15/02/2023.",
    "15-02-2023 CSC accepted the referral. A strategy discussion on 16/02/2023 joined Police (PC Jenkin), CSC (Lowenna Truscott, SW1, and her Team Manager Jowan Carlyon) and Health (Demelza). Section 47 was not thought to be met; a Child and Family Assessment followed under section 17 of the Children Act 1989 with a Signs of Safety approach. Ms Truscott visited Tremayne Opes on 21/02/2023; Denzil was at sea on the Kerenza and spoke to her on 07700 900719: 'I work eighty hours a week to keep a roof over them, I'm not the problem.'",
    "On St Piran's Day (05/03/2023) the lifeboat was launched to a yacht in difficulty. Denzil has been volunteer crew with the RNLI since 2012; the operations manager at Porthkellis Lifeboat Station, Malcolm Jewell, stood him down from the shout because he smelt of drink. Mr Jewell told the review that he 'had a word with Arthur Polglase', owner and skipper of the KERENZA MAI, and that Polglase said the lads 'always sort themselves out'. No agency was told.",
    "In March 2023 PCPS saw Kyle Bolitho, the mother's ex-partner, collect Jago from school twice. Tamsin told staff he was 'just a mate helping out while Den's away'. Mrs Trewhella did not know who 'Bolly' was and did not ask. Police intelligence gives Bolitho's address as Flat 2, 11 Chapel Street, Polwithen, TR13 8NF, his Snapchat as @bollyboy_tr13 and his email as bollyboy.tr13@example.org; a harassment warning had been issued to him for a previous partner.",
    "The Child and Family Assessment closed on 30/03/2023 to Early Help, with a Team Around the Family led by Porthkellis School. It recorded mother's NI number (PW 41 28 73 C, elsewhere PW412873C) for a Universal Credit letter, but did not mention Kyle at all. The first TAF meeting, set for 04/04/2023 over Easter, was cancelled because the family were moving out to Carn Gwavas for the season; Mr Carlyon signed the closure.",
    "The family attended Bethesda Chapel, where Tamsin helped at the Bethesda Tiddlers toddler group. The minister, Rev Jenifer Angove, told the review that in May 2023 Tamsin asked the chapel for a food parcel and said 'the kids can't be in the van all day while I'm at Hosken's'. Jenifer Angove did not know who to tell; the chapel's safeguarding contact was on leave.",
    "From 22/05/2023 Tamsin worked seasonal shifts, 10:00 to 18:00 six days a week, at Hosken's Pasty Shop on Quay Street, selling the traditional Cornish pasty and cream teas with Rodda's to visitors who, Mr Hosken said, 'would sooner buy Ginsters at the garage'. Gerry Hosken confirmed that Morwenna was often kept 'in the back' when pre-school was closed, and that Jay-Jay was 'left with Ricky Nance or that Kyle'. Jago's attendance at Porthkellis Community Primary School fell to 81% in the summer term.",
    "On 2 August 2023 at 22:40 Morwenna, then aged three, was found in the water of the outer harbour by the crew of the all-weather lifeboat Elizabeth Mary Penrose, launched on a Maritime and Coastguard Agency tasking after a visitor saw a small child on the slipway. She had been left at the caravan with Denzil, who was asleep after an afternoon at the Lugger Inn with Ricky ('Nancey'); Tamsin was on a late shift at Hoskens and Jago was at Loveday Curnow's. M.T. had severe hypothermia and was taken to Derriford Hospital, then to the paediatric intensive care unit at Bristol Royal Hospital for Children. Denzil said 'she must've walked down the lane in her nightie, I only shut my eyes a minute'.",
]

ANALYSIS = [
    "Agencies saw the Tregenzas as a hard-working fishing family and did not weigh the father's drinking ashore. Mr Tregenza was seen by a professional once, by PC Jenkin on 03/11/2022; every other account of him came through Tamsin. Working Together to Safeguard Children expects fathers to be engaged, and the Child Safeguarding Practice Review Panel made the same finding after the deaths of Arthur Labinjo-Hughes and Star Hobson. Health Visiting offered no visit outside the Kerenza Mai's fishing trips, and Mr Tregenza's view of the children was never sought.",
    "The seasonal moves between the harbour cottage and the caravan were known to PCPS, to Little Shrimps and to the health visitor, but each held a different address on a different date. CSC's record still gave Net Loft Cottage when Morwenna was harmed at Carn Gwavas Holiday Park, and the first Police unit on 2 August went to 4 Tremayne Opes. The author found the family's address written three ways for Plot 27 alone.",
    "Kyle Bolitho was never checked by any agency. The DASH risk assessment of 03/11/2022 was graded STANDARD without asking who else came to the house, so MARAC was not considered. The Domestic Abuse Act 2021 recognises children as victims in their own right; had Mrs Trewhella or Kayleigh Pengelly asked who Bolly was, the harassment warning would have been found.",
    "Tamsin's post-natal depression and the rising dose of sertraline were known to Dr Opie at Penmorvah Surgery but not shared with Demelza Rowe, who had already noted low mood on 19/09/2022. Neither practitioner asked how TAMSIN managed two children alone while Denzil was at sea for five days at a time.",
    "Patience with the family was a real strength: Miss Pengelly and the pre-school staff kept Wenna fed and warm through the winter and stayed alongside Mum. But the help was practical (a coat, a Fishermen's Mission grant, Citizens Advice) and was not linked to the bruise posted on Valentine's Day or the missed audiology appointment.",
    "Much of what mattered was held outside the agencies: by Mr Jewell at the lifeboat station, by Rev Angove at Bethesda, by Mr Hosken at the pasty shop and by Granny Nell on St Agnes. Keeping Children Safe in Education binds Porthkellis Community Primary School, but none of these people knew where to take a worry. The NSPCC publishes guidance for faith groups and community organisations that the chapel had not used.",
    "Lord Laming's call in the Victoria Climbié Inquiry for respectful uncertainty applies here: mother's account that 'Den's a good dad, just tired' was accepted by Ms Truscott and signed off by Mr Carlyon without speaking to Denzil face to face. Ofsted has reported the same pattern in its inspections of assessments of families with a parent who works away.",
]

LEARNING = [
    "Fishing families have a father away at sea for days and ashore for short, often heavy, spells. Practitioners should plan contact around the fleet's pattern; the Fishermen's Mission and the Royal National Lifeboat Institution are community partners who know the crews, and the RNLI crew room at Porthkellis knew more about Denzil than any agency did.",
    "In a holiday-let housing market a family can be moved out every Easter and back again after the season. Records at PCPS, Little Shrimps Pre-School and Penmorvah must hold the current address and the date it changed; the move to Carn Gwavas in April 2023 closed the Team Around the Family before it met, and the return to Net Loft Cottage after Christmas was never recorded by CSC.",
    "The maternal grandmother, Ellen Hicks, was a protective adult on the Isles of Scilly whom nobody contacted. Families of the islands are often split between Hugh Town, the off-islands and the mainland, and EH's number (01632 960884) was on the school file all along.",
    "Initials in records were inconsistent: the author found 'TT', 'T.T.', 'TPT' and 'T.P-T.' used for Tamsin Pascoe-Tregenza, 'DT' and 'D.T.' for the father, and 'MT' and 'JT' for the children, which made searching the systems for the Tregenza household unreliable. Jago's dates of birth appear as 9.7.17 and 09/07/2017 in different systems, the mother's as 22/11/1994, 22.11.94 and 22nd November 1994, and the father's as 3rd May 1990 and 3 May 1990; Morwenna's own is 14-02-2020 on the case key.",
    "The children's voices were there to hear. Jay-Jay told his teacher in July that 'Dad sleeps on the floor after the Lugger', and Morwenna's nursery key person wrote that she was 'frightened of the harbour steps'. These were recorded but not passed on, and neither child was seen alone by Lowenna Truscott.",
    "The Marine Accident Investigation Branch and the Maritime and Coastguard Agency have both reported on fatigue and alcohol in the inshore fishing fleet. The review's learning is that a skipper such as Arthur Polglase, and a boat such as the Kerenza Mai (PZ417), sit in a community where drinking ashore is seen as normal, and that agencies need to ask about it directly, as Sam Jenkin did not. Demelza, Jenna Trewhella, Hedley Opie and Kayleigh have each said they would now ask.",
]

RECOMMENDATIONS = [
    ("Porthkellis Community Primary School and Little Shrimps Pre-School will record every seasonal change of address of a child on roll within five working days",
     "Add an address-history field to the admission and registration records and audit it each term",
     "Designated Safeguarding Lead", "31-03-2024"),
    ("Health visitors will offer at least one contact to fathers who work at sea, timed around fishing trips, as they did not for Mr Tregenza",
     "Amend the universal contact standard operating procedure and brief all teams",
     "Named Nurse for Safeguarding", "30-06-2024"),
    ("Police officers completing a DASH risk assessment will record and check every adult reported around the children, including ex-partners such as Kyle Bolitho",
     "Update the DASH guidance note and dip-sample twenty standard-risk cases a quarter",
     "Detective Inspector, Public Protection", "31-05-2024"),
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
    header="RESTRICTED - Agency report: Morwenna Tregenza (MT), 4 Tremayne Opes, Porthkellis, TR13 9YQ",
    footer="Tregenza family - Little Shrimps Pre-School and PCPS - contact Tamsin on 07700 900382",
    comment="Check with Demelza whether Ellen Hicks on St Agnes was ever contacted - she is Tamsin's mum.",
    footnote="Address confirmed from the Carn Gwavas Holiday Park booking for Plot 27 in the name of Denzil Tregenza (DOB 03/05/1990), crew of the Kerenza Mai.",
)
