# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 117): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "HSCP-CSPR-2024-117"

CASE_TOML = """\
reference = "HSCP-CSPR-2024-117"
review = "Child Safeguarding Practice Review"
subject = "Child K"
board = "Hampshire Safeguarding Children Partnership"
period = { from = "01-09-2022", to = "10-03-2024" }
decision = "04-04-2024"
notification = "11-03-2024"

[[agencies]]
name = "Hampshire and Isle of Wight Constabulary"
aliases = ["Hampshire Constabulary", "Police"]

[[agencies]]
name = "Hampshire County Council Children's Services"
aliases = ["Children's Services", "HCC Children's Services"]

[[agencies]]
name = "Frimley Health NHS Foundation Trust"
aliases = ["Frimley Health", "Frimley Park Hospital"]

[[agencies]]
name = "Kestrel Heath Infant School"
aliases = ["Kestrel Heath Infants"]
published_as = "the infant school"

[[agencies]]
name = "Tarrant Brook Surgery"
aliases = ["Tarrant Brook"]
published_as = "the GP practice"

[[people]]
name = "Sunaina Ghale"
aliases = ["Sunaina", "Sunayna Ghale", "Sunu"]
role = "child"
pseudonym = "Child K"
born = "14-02-2019"
address = "41 Brackenhurst Close, Tanglemere, Aldershot GU11 9ZQ"

[[people]]
name = "Pramila Ghale"
aliases = ["Pramila", "Pramila Thapa", "Mrs Ghale"]
role = "mother"
pseudonym = "Mother"
born = "03-08-1992"
address = "41 Brackenhurst Close, Tanglemere, Aldershot GU11 9ZQ"

[[people]]
name = "Bikram Ghale"
aliases = ["Bikram", "Bikrum", "Mr Ghale"]
role = "father"
pseudonym = "Father"
born = "22-11-1988"
address = "41 Brackenhurst Close, Tanglemere, Aldershot GU11 9ZQ"

[[people]]
name = "Dil Kumari Ghale"
aliases = ["Dil Kumari", "Dilkumari Ghale"]
role = "paternal grandmother"
pseudonym = "Paternal Grandmother"
born = "01-01-1951"
address = "41 Brackenhurst Close, Tanglemere, Aldershot GU11 9ZQ"

[[people]]
name = "Aayush Ghale"
aliases = ["Aayush"]
role = "sibling"
pseudonym = "Sibling 1"
born = "30-06-2014"
address = "41 Brackenhurst Close, Tanglemere, Aldershot GU11 9ZQ"

[[people]]
name = "Man Bahadur Ghale"
role = "paternal grandfather (deceased)"
pseudonym = "Paternal Grandfather"

[[staff]]
name = "Rebecca Stannard"
role = "Social Worker"
agency = "Hampshire County Council Children's Services"

[[staff]]
name = "Lorraine Bexley"
role = "Headteacher and Designated Safeguarding Lead"
agency = "Kestrel Heath Infant School"

[[staff]]
name = "Naomi Feltham"
role = "General Practitioner"
agency = "Tarrant Brook Surgery"

[[staff]]
name = "Ishaan Varma"
role = "Consultant Paediatrician"
agency = "Frimley Health NHS Foundation Trust"

[[staff]]
name = "Daniel Ashworth"
role = "Police Constable"
agency = "Hampshire and Isle of Wight Constabulary"
"""

IDENTIFIERS = {
    "key_name": [
        "Sunaina Ghale", "Sunaina", "Sunayna", "Sunena", "SUNAINA GHALE", "सुनैना घले",
        "Ghale", "GHALE", "Ghaley", "GHALEY", "Gahle", "Pramila", "Pramilla", "Pramila Thapa",
        "Thapa", "Bikram Ghale", "Bikram", "Bickram", "Bikrum", "Dil Kumari Ghale", "Dil Kumari",
        "Dilkumari", "Dil Kumārī", "दिल कुमारी", "Aayush", "Man Bahadur",
        "Rebecca Stannard", "Stannard", "Stanard", "Lorraine Bexley", "Bexley", "Naomi Feltham",
        "Feltham", "Ishaan Varma", "Varma", "Daniel Ashworth", "Ashworth",
    ],
    "nickname": ["Sunu", "Bicky", "Pammy", "Rocky", "Aayu"],
    "initials": ["S.G.", "SG", "P.G.", "PG", "B.G.", "D-K", "DKG", "D K Ghale", "M B Ghale"],
    "not_in_key": [
        "Janet Colebrook", "Colebrook", "Santosh Limbu", "Santosh", "Limbu", "Rakesh Shrestha",
        "Shrestha", "Kamala Thapaliya", "Thapaliya", "Sabitri Rai", "Sabitri", "Sarita Thapa",
        "Sarita", "Dipendra", "Okoro", "Mel Danvers", "Danvers", "Hari Adhikari", "Adhikari",
    ],
    "address": [
        "41 Brackenhurst Close", "Brackenhurst Close", "Brackenhurst Cl", "Tanglemere",
        "Flat 6, Ormonde House, 112 Kettlewood Road", "Ormonde House", "Kettlewood Road",
        "Kettlewood Rd", "9 Quillan Walk", "Quillan Walk", "17 Larkspur Terrace",
        "Larkspur Terrace", "Flat 3, 58 Dunmore Parade", "Dunmore Parade",
    ],
    "postcode": ["GU11 9ZQ", "GU11", "9ZQ", "GU12 7XW", "GU127XW", "RG30 8QP"],
    "agency_place": [
        "Kestrel Heath Infant School", "Kestrel Heath Infants", "Kestrel Heath",
        "Tarrant Brook Surgery", "Tarrant Brook", "Laligurans Day Nursery", "Laligurans",
        "Wyndham Ridge Junior School", "Wyndham Ridge",
    ],
    "number": [
        "07700 900614", "07700900287", "+44 7700 900351", "01632 960842", "01632 960519",
        "486 213 7790", "4862137790", "712 904 3318", "QQ 48 21 73 B", "QQ739204C",
        "bikram.ghale88@example.com", "pramilathapa92@example.net", "@bicky_ghale88",
        "facebook.com/bikram.ghale.5683", "@sunu.ko.aama", "GX18 VWN", "HK65 RZT",
        "21156784", "LH-7784412", "FPH0948213",
    ],
    "date_of_birth": [
        "14-02-2019", "14/02/2019", "14.02.19", "14th February 2019", "February 14, 2019",
        "Falgun 2, 2075", "03/08/1992", "3rd August 1992", "22.11.88", "22 November 1988",
        "01/01/1951", "30/06/2014",
    ],
    "other": [
        "Pokhreli Momo House", "Ashdene Court", "Kalimati Bazaar", "Lucky Himal Casino",
        "Lucky Himal", "Kettlewood Nepali Community Hall", "Saathi Samuha", "Mishri",
    ],
}

ORDINARY = [
    "Children Act 1989", "Care Act 2014", "Gambling Act 2005", "Children and Young Persons Act 1933",
    "Working Together to Safeguard Children 2023", "Armed Forces Covenant", "Brigade of Gurkhas",
    "Gurkha Welfare Trust", "SSAFA", "GamCare", "GamStop", "National Gambling Helpline",
    "NHS Southern Gambling Service", "Citizens Advice", "Trussell Trust",
    "England Illegal Money Lending Team", "Frimley Park Hospital", "Southampton Children's Hospital",
    "South Central Ambulance Service", "Child Safeguarding Practice Review Panel",
    "Arthur Labinjo-Hughes", "gliclazide", "metformin", "sertraline", "Calpol", "type 2 diabetes",
    "vascular dementia", "dental caries", "hypoglycaemia", "Graded Care Profile 2",
    "Operation Encompass", "DASH", "Early Help", "Supporting Families", "Children's Reception Team",
    "Section 47", "strategy discussion", "Language Line", "was not brought", "Dashain", "Tihar",
    "Bhai Tika", "Tamu Lhosar", "Teej", "tika", "dhukuti", "Hajurama", "Hajurbuwa", "Buwa", "Aama", "ijjat", "flush",
    "Bikram Sambat", "Tamu Kyi", "nani", "PCSO", "DS", "in May 2023", "Faith",
    "GRANDMOTHER SPEAKS NEPALI AND GURUNG ONLY - BOOK AN INTERPRETER",
]

INVOLVEMENT = [
    "At the start of the period under review Sunaina Ghale (Child K, date of birth 14-02-2019) was three years old and lived with her parents, Pramila Ghale and Bikram Ghale, her brother Aayush and her paternal grandmother Dil Kumari Ghale at 41 Brackenhurst Close, Tanglemere, Aldershot GU11 9ZQ, a three-bedroomed housing association house. The family had moved there in 2021 from Flat 6, Ormonde House, 112 Kettlewood Road, Aldershot GU12 7XW. Sunaina's grandfather, Man Bahadur Ghale, served for twenty-eight years in the Brigade of Gurkhas, retiring as an honorary lieutenant (army number 21156784), and settled in Aldershot with his wife and son in 2010 after the change in the settlement rules for Gurkha veterans. He died in January 2021. The children called their grandmother Hajurama and spoke of their late grandfather as Hajurbuwa; Dil Kumari in turn called Sunaina nani, the Nepali word of affection for a little girl, more often than by her name. In September 2022 Sunaina began her funded hours at Laligurans Day Nursery, where her registration form gave her name in English and in Devanagari as सुनैना घले and noted that she was 'known as Sunu at home'. Aayush attended Wyndham Ridge Junior School. Mr Ghale drove for Pokhreli Momo House in the evenings, and Mrs Ghale worked night shifts as a care assistant at Ashdene Court, a care home in the town, where her colleagues knew her as 'Pammy'.",
    "On Tuesday 11 October 2022 Dr Naomi Feltham at Tarrant Brook Surgery reviewed Dil Kumari Ghale (NHS number 712 904 3318) for her type 2 diabetes. The practice holds her date of birth as 01/01/1951; a note on the record explains that the date is 'assumed - DK knows only the year, 2007 in the Bikram Sambat calendar'. Her HbA1c had risen, and Dr Feltham added gliclazide to the metformin she already took; the community pharmacy began supplying her tablets in a weekly dosette box. Mr Ghale interpreted. Dr Feltham recorded that Mrs Ghale senior seemed 'a little muddled about her tablets' and that Sunaina, who had come with her, sat on Hajurama's lap throughout eating crisps. Dr Feltham added an alert to the record which reads, in capitals, GRANDMOTHER SPEAKS NEPALI AND GURUNG ONLY - BOOK AN INTERPRETER. No interpreter was booked for any later appointment, and the question of who looked after Sunaina while her parents worked was not asked.",
    "At 01:20 on Wednesday 26 October 2022, during Tihar, a neighbour, Mrs Janet Colebrook, rang Hampshire and Isle of Wight Constabulary to report shouting and a door slamming at number 41. PC Daniel Ashworth attended with a colleague. Pramila told PC Ashworth that her husband had lost £2,300 over three nights playing flush, a card game played for money at Tihar, at the flat of a friend, Santosh Limbu, at Flat 3, 58 Dunmore Parade, and that he had taken the money from the tin in which Dil Kumari kept her pension. Mr Ghale, recorded by the attending officer as 'Bickram GHALEY, DOB 22.11.88', said it was 'only a family argument about festival money'. A DASH risk assessment was completed and graded standard. The children were asleep upstairs and were not seen. An Operation Encompass notification was sent to Laligurans the next morning, and the nursery recorded that Sunaina was tired, had a red tika on her forehead and told her key worker 'Buwa shouting'. No referral was made to the Children's Reception Team.",
    "In January 2023 Sunaina's key worker at the nursery noticed that her front teeth were blackened and that she was reluctant to eat on one side. The nursery spoke to Mrs Ghale, who took her to Tarrant Brook, and the GP referred her to the paediatric dental service at Frimley Health for assessment of dental caries and possible extraction under general anaesthetic. Sunaina was not brought to appointments on Tuesday 14 February 2023, her fourth birthday, or on Tuesday 21 March 2023. The appointment letters were addressed to 'Sunena Gahle, 41 Brackenhurst Cl, GU11 9ZQ' and were sent by post only; the trust's records show the mobile number held for the family as 07700 900614, which was the mother's, but no text reminder was sent because the number had been entered against a duplicate record. Under the trust's policy at the time, a child who was not brought twice was discharged back to the GP, and a letter to that effect was sent on 28 March 2023. The practice filed the letter without action. Mrs Ghale told the review that she had been giving Sunaina Calpol for toothache 'most nights' that spring.",
    "On Tuesday 18 April 2023 Pramila saw Dr Feltham on her own. She said that she was not sleeping, felt low and was frightened by the family's debts, which she put at about £18,000. She explained that her husband ('Bicky') had been gambling online, mainly on slot games on the Lucky Himal Casino site, had taken out loans in her name, and had borrowed from people in the community. Dr Feltham prescribed sertraline and signposted Mrs Ghale to GamCare, the National Gambling Helpline and Citizens Advice, and the record notes that 'pt asks that gambling not be written in any letter as husband reads the post'. The consultation was thorough and kind about the mother's own health. It did not ask who cared for the children while she worked, or what the debts meant for them, and P.G.'s record, summarised on the practice system under the initials PG, was not linked to Sunaina's or to Dil Kumari's, although all three were registered at the practice. Pramila said that her sister, Sarita Thapa, who lives at 17 Larkspur Terrace, Reading RG30 8QP, was 'the only one I can tell'.",
    "On Saturday 13 May 2023 at about 21:40 two men came to 41 Brackenhurst Close asking for Bikram. Dil Kumari and the two children were at home; Mr Ghale was out and Mrs Ghale was at work. The men kicked the front door, shouted through the letterbox that 'Bicky owes Rocky' and left in a grey car, registration GX18 VWN. Aayush, then eight, rang his mother, who rang 999 from Ashdene Court. A PCSO and a PC attended. The officers recorded that an elderly woman who spoke no English and two children were present and that the younger child was 'crying and clinging to grandmother'. A crime of criminal damage was recorded, and the car was later linked to Rakesh Shrestha, known as 'Rocky', who was of interest to the England Illegal Money Lending Team. Mr Ghale declined to make a statement, saying he had borrowed £4,000 from 'a friend' and would pay it back. The crime was filed in May 2023 with no suspect charged. A child concern form was not submitted, because the officers took the view that the children were 'not the target'.",
    "The review heard that in the spring of 2023 Mr Ghale joined a dhukuti, an informal rotating savings circle common among Nepali families in the area, run by Mrs Kamala Thapaliya and organised through a WhatsApp group called 'Saathi Samuha'. Members paid in each month at the Kettlewood Nepali Community Hall, and on Saturday 24 June 2023 it was Mr Ghale's turn to take the pot of about £6,000. He then stopped paying in. Mrs Thapaliya went to the house and spoke to Dil Kumari. Dil Kumari, recorded by SSAFA as 'Mrs Dilkumari Ghale, widow of Hon Lt M B Ghale', told a SSAFA caseworker, who visited on Wednesday 12 July 2023 about her widow's pension, that she no longer had her bank card and that 'my son is ashamed, and now I cannot go to the hall'. The caseworker, using a telephone interpreter from Language Line, raised an adult safeguarding concern with Adults' Health and Care about possible financial abuse. An enquiry under section 42 of the Care Act 2014 was opened and closed within three weeks after Mr Ghale said that he managed his mother's money with her agreement and that she had asked him to. No one asked who else depended on that money, or who Dil Kumari cared for during the day.",
    "On Wednesday 6 September 2023 Sunaina started in Reception at Kestrel Heath Infant School. The transition record from Laligurans Day Nursery mentioned the Operation Encompass notification and that Sunaina 'was not brought to dental'. The headteacher and designated safeguarding lead, Mrs Lorraine Bexley, placed Sunaina on the school's list of children to watch. Staff were told that she preferred to be called Sunu and that she spoke Nepali at home, and she was given a place in a small English language group. Dil Kumari did most of the dropping off and collecting. On three occasions in the first half of term she arrived at about 11:00, believing it to be home time, and on four afternoons she did not arrive until after 16:00, when the office rang Mr Ghale on 07700900287. On Monday 18 September 2023, the day of Teej, Mrs Ghale's friend Sabitri Rai collected Sunaina, and told a teaching assistant that 'Pramila is working every night to pay his debts and Hajurama is not well'. The teaching assistant wrote this on a sticky note, which Mrs Bexley added to the safeguarding file. It was not shared with anyone.",
    "Mr Ghale asked the school in early October 2023 for Sunaina to be absent for the week of Monday 16 October 2023 so that the family could 'go to relatives in Kent for Dashain and receive tika from the elders'. The request was refused and the absence was recorded as unauthorised. A member of staff later saw photographs posted that week on the public account facebook.com/bikram.ghale.5683, and on the Instagram account @bicky_ghale88, showing Mr Ghale at a card table in a flat in Aldershot. Sunaina's mother told the review that the family had not gone to Kent, that Sunaina stayed at home with her grandmother, and that a small celebration was held at home on Vijaya Dashami, with jamara and tika for the children. Over the same weeks Mrs Ghale posted short videos of Sunaina dancing on the TikTok account @sunu.ko.aama. By the October half-term Sunaina's attendance stood at 86 per cent, and her class teacher noted that she was often hungry on Monday mornings and ate 'everything on her plate and some of her friend's'.",
    "On Thursday 2 November 2023 Mrs Ghale took Sunaina to the emergency department at Frimley Park Hospital with a swollen face and a temperature. She had a dental abscess. The record gives her name as SUNAINA GHALE, her date of birth as 14th February 2019, her NHS number as 486 213 7790 and her hospital number as FPH0948213. Six teeth were extracted under general anaesthetic on Thursday 9 November 2023. Dr Ishaan Varma, consultant paediatrician, reviewed Sunaina on the ward and noted that the extent of the dental caries, together with two previous appointments at which she was not brought, 'raises the question of dental neglect', and asked that the trust's safeguarding team be told. The safeguarding team wrote to the GP and to the school nursing service recommending 'continued monitoring'. No referral was made to Children's Services. The hospital's discharge summary was sent to the GP addressed to 'Sunayna Ghaley' at the correct address, and was filed under a duplicate record that the practice had created in 2022.",
    "On Tuesday 14 November 2023, during Tihar, Sunaina told her class teacher that she had not had any dinner the night before because 'Buwa took Hajurama's money from the tin and Aama cried'. She ate two breakfasts at the school's breakfast club. The next day, Wednesday 15 November 2023, which was Bhai Tika, Mrs Bexley made a referral to the Children's Reception Team. The referral form gave Sunaina's date of birth as 14/02/2019, the family's landline as 01632 960842 and the father's email as bikram.ghale88@example.com, and it set out the hunger, the attendance, the dental extractions, the late collections and the note from Teej. Rebecca Stannard, a social worker in the Children's Reception Team, spoke to Mr Ghale by telephone, who said that Sunaina had 'made a story' and that money was tight because of the festival. Ms Stannard also spoke to the GP practice, which did not mention the mother's disclosure of April 2023. No strategy discussion was held and no one saw Sunaina. On Friday 17 November 2023 the referral was stepped down to Early Help under the Supporting Families programme, with the outcome recorded as 'financial pressures - signpost'.",
    "A family support worker, Mel Danvers, visited the house three times between Tuesday 5 December 2023 and the end of January 2024. Mr Ghale interpreted for his mother on each visit. The Early Help plan had four actions: Mr Ghale would install GamStop on his phone and self-refer to the NHS Southern Gambling Service; the family would receive a Trussell Trust food bank voucher; Dil Kumari would be 'supported to attend' the memory assessment service, to which the GP had not yet referred her; and Sunaina's attendance would be monitored by the school. Ms Danvers recorded that the family were 'warm and engaged', that the house was clean and that Sunaina showed her the cat, Mishri, and her new school shoes. The Graded Care Profile 2 was not used. Mrs Ghale's email on the plan is given as pramilathapa92@example.net and her mobile as 07700 900614. On Saturday 30 December 2023 the family celebrated Tamu Lhosar at the community hall, and Ms Danvers recorded afterwards that Mr Ghale had 'not gambled since Tihar', a statement she had no means of checking. Mr Ghale did not contact the gambling service.",
    "On Tuesday 23 January 2024 Dil Kumari collapsed at the school gate while collecting Sunaina at the end of the day. South Central Ambulance Service recorded a blood glucose of 2.1 mmol/L, treated her for hypoglycaemia and took her to Frimley Park Hospital. Sunaina stayed at school with Mrs Bexley until Mr Ghale collected her at 17:30. In the emergency department the nurse used a Language Line interpreter, who recorded the patient's name as 'Dil Kumārī Ghale' and her words as 'I am tired of looking after the little one, I forget my tablets, no one helps me'. The department's notes refer to her as 'D-K Ghale, 73, ?vascular dementia', give her mobile as +44 7700 900351, and record that 'grandson translated at triage'. She was discharged the same evening. The discharge letter asked the GP to review her gliclazide and refer her for memory assessment. The letter reached Tarrant Brook Surgery on Monday 29 January 2024, and a medication review was booked for Monday 11 March 2024. No one considered whether a woman who was confused about her own tablets, and who had just told a nurse that she could not manage, was the main daytime carer of a four-year-old.",
    "The Early Help episode was closed on Friday 16 February 2024, two days after Sunaina's fifth birthday, because 'family engaged and goals met'. At the closing meeting Mrs Ghale said that bailiffs had written about an unpaid council tax bill and that the electricity meter had been empty for two days that week. On Wednesday 28 February 2024 Sunaina told a teaching assistant that 'Hajurama gives me her medicine sweeties when I am good'. The teaching assistant logged this, and the log was read by the deputy designated safeguarding lead, who spoke to Mrs Ghale at the gate; Mrs Ghale said that her mother-in-law sometimes gave the children glucose tablets, which she kept for her diabetes. The entry was closed as 'explained'. The review has seen Mrs Bexley's file, in which the school's records use the initials SG for Sunaina and DKG for her grandmother, and has noted that on that day the school had no means of knowing that the grandmother had been in hospital with a hypo five weeks earlier.",
    "On the evening of Friday 8 March 2024 Mrs Ghale left for a night shift at Ashdene Court (01632 960519) at 19:30. Mr Ghale went out at about 22:00, telling Aayush that he was going to 'Santosh uncle's'. Dil Kumari was asleep. At about 05:30 on Saturday 9 March 2024 Aayush, aged nine, could not wake his sister and ran to Mrs Colebrook's house. Mrs Colebrook rang 999. Sunaina's blood glucose on arrival at Frimley Park Hospital was 1.6 mmol/L; the dosette box in the kitchen was found with the compartments for the following three days empty. She was treated for severe hypoglycaemia caused by gliclazide and transferred to the paediatric intensive care unit at Southampton Children's Hospital, from where she was discharged, well, on Thursday 14 March 2024. A strategy discussion was held on 9 March 2024, chaired by a team manager with DS Okoro of the Constabulary and with Ms Stannard as the allocated social worker, and Section 47 enquiries began. Mr Ghale's phone showed that he had been logged in to Lucky Himal (player ID LH-7784412) until 04:10. He was arrested on suspicion of child neglect under the Children and Young Persons Act 1933 and released on bail; his NI number is recorded as QQ 48 21 73 B.",
    "Under a safety plan agreed with Mrs Ghale, Sunaina and Aayush went to stay with their maternal aunt, Sarita, in Reading. Mr Ghale moved to his cousin Dipendra's house at 9 Quillan Walk, Farnborough, and agreed to have no unsupervised contact with the children. Dil Kumari was admitted to a respite placement arranged by Adults' Health and Care, and a carer's assessment and an assessment of her own needs under the Care Act 2014 began for the first time. The Gurkha Welfare Trust and SSAFA have since helped her to regain control of her pension. Mrs Ghale, whose NI number is recorded as QQ739204C and whose earlier surname, Thapa, appears on some of the family's older records, has left her night job and is being supported with the family's debts. She has asked the review to record that Sunaina, now back at school, 'still asks for Hajurama every day'. The family car, HK65 RZT, has been sold. The police investigation continues, and this review makes no finding on criminal responsibility.",
]

ANALYSIS = [
    "The father's gambling was known to the police in October 2022, to the GP in April 2023, to the police again in May 2023, to adult services in July 2023 and to the school from September 2023. Each agency saw it as an adult's problem: a domestic argument, a mother's low mood, a debt, a question about a pension. None of them asked what it meant for Sunaina. Gambling harm reaches children through the loss of money for food and heating, through parents who are absent, exhausted or frightened, and through people who come to the door to collect debts. The Gambling Act 2005 treats gambling as a regulated leisure activity, and practitioners told the review that they had not thought of it as a safeguarding matter unless a child was gambling. The National Gambling Helpline and GamCare were offered to the mother, who was not the gambler; Mr Ghale was asked to install GamStop and self-refer to a specialist service, and nobody checked whether he had. A man who had lost money playing flush at Tihar, taken his mother's pension and borrowed from a lender known as Rocky was taken at his word that he had stopped.",
    "Dil Kumari Ghale was the household's most important carer and its most overlooked member. She was in her seventies, had type 2 diabetes on gliclazide and metformin, had a possible vascular dementia that had never been assessed, spoke Nepali and Tamu Kyi but no English, and had lost control of her own money. She looked after Sunaina for most of the day, five days a week, and for most nights. Every professional who met her saw a devoted Hajurama, and none asked whether she could safely do what was being asked of her. Her words to the emergency department nurse in January 2024 were a request for help. The Care Act 2014 gives her a right to an assessment as a carer, and the Children Act 1989 requires those assessing a child to understand who is caring for her. At Tarrant Brook, Sunaina, her mother and her grandmother were registered under the same surname but were never seen as one household; DKG's tablets and SG's care were treated as separate matters.",
    "The family's first language was used by the family and not by the agencies. The alert on the GP record said, in capitals, that an interpreter should be booked, and none was. Mr Ghale interpreted for his mother at the GP, with the Early Help worker and, through his son, in the emergency department; he interpreted her answers about her money and about her tablets, and in both he had an interest. Language Line was used twice in the whole period, both times by practitioners outside children's safeguarding. Dil Kumari speaks Nepali and the Gurung language, and practitioners told the review that they had not known that a Nepali interpreter might not be enough for a Gurung-speaking woman of her generation. Mr Hari Adhikari, the interpreter who worked with the review, said that she had 'waited a long time for someone to ask her in her own words'.",
    "Practitioners were careful not to criticise the family's culture, and they were right to be. But respect became reluctance. The card games at Tihar were described in one record as 'cultural', the Dashain absence as 'a religious festival', and the dhukuti as 'a community matter'. Nepali families in the area told the review that playing flush at Tihar is a long tradition, that most families play for small sums, and that losing thousands in a week is recognised in the community as a problem. They also spoke of ijjat, the family's honour or standing, and of how the shame of an unpaid dhukuti had cut Dil Kumari off from the community hall that had been her main support since her husband's death. Faith and community organisations, including the Gurkha Welfare Trust and the Nepali community associations, know these families well and were never asked for help. Hampshire's commitment under the Armed Forces Covenant extends to the families of veterans, and it could have opened a door.",
    "The family's names and dates were written in many ways: Ghale, Ghaley and Gahle; Sunaina, Sunayna and Sunena; Pramila, Pramilla and Pramila Thapa; Bikram, Bikrum and Bickram. Sunaina was S.G. in the nursery's notes and SG in the school's. Her date of birth was given as 14-02-2019, as 14.02.19 on the dental referral, and on a translated birth certificate supplied to the nursery as Falgun 2, 2075 in the Bikram Sambat calendar; the hospital's paediatric notes once give it as February 14, 2019. Mrs Ghale's date of birth appears as 03/08/1992 and as 3rd August 1992, Mr Ghale's as 22 November 1988, and Aayush's as 30/06/2014. The duplicate records at the GP practice and the trust were each created by a different spelling. The Child Safeguarding Practice Review Panel's review following the death of Arthur Labinjo-Hughes warned that information is lost between agencies when records are not linked; here the dental neglect, the hunger, the grandmother's illness and the father's gambling were each known, but never in the same place.",
]

LEARNING = [
    "Gambling harm is a safeguarding matter. When an agency learns that a parent or carer is gambling at a level that causes debt, it should ask about the children: who looks after them while the adults work to pay the debts, whether there is food and heating, and whether anyone has come to the house to collect money. The partnership should make clear in its procedures, and in line with Working Together to Safeguard Children 2023, that a disclosure of gambling harm to a GP, a police officer or an adult social care worker should prompt the question 'are there children in the household?', and that the answer should be shared. Referral to the NHS Southern Gambling Service should be offered to the person who gambles, with their consent, and not only signposting to the person who is harmed by it.",
    "Grandparents who provide most of a child's care are carers, and their health is part of the child's safety. Where an older carer has diabetes treated with gliclazide, a possible dementia or a recent episode of hypoglycaemia, the GP and the hospital should ask whether she looks after young children and whether her medicines are stored out of their reach. The Graded Care Profile 2 would have led practitioners to ask who supervised Sunaina at night, and what the grandmother could manage. Adult services and children's services should consider a joint visit whenever a Care Act 2014 enquiry concerns a person who lives with children.",
    "Family members, and children above all, must not interpret in safeguarding or health matters. Agencies should record the language and dialect that each adult speaks, and should know how to book interpreters for Gurung as well as Nepali, including by telephone through Language Line. Where an alert on a record says that an interpreter is needed, that alert must be followed. Dil Kumari's view of her own capacity to care for Sunaina was the most important single piece of information in this case, and it was heard once, by a nurse with an interpreter, in an emergency department.",
    "Practitioners should understand the festivals and customs of the families they work with well enough to ask about them, not so little that they are afraid to. Dashain, Tihar, Teej and Tamu Lhosar are times of family gathering, of gifts, of tika from the elders and, for some families, of gambling. A dhukuti is an ordinary part of community life, and its failure can be a cause of shame and isolation. A professional who asked a Nepali family how Tihar had gone, or what had happened to their dhukuti, would have been welcomed, and might have learnt a great deal.",
    "Records must be searched across every spelling and every format of a child's name and date of birth, including dates converted from the Nepali calendar. The school's note from Teej, the hospital's concern about dental neglect and the grandmother's visit to the emergency department were each held by an agency that could not see the others. A 'was not brought' letter is not an administrative event: two missed dental appointments for a four-year-old in pain should have led the GP practice to ask why, and to tell the nursery.",
]

RECOMMENDATIONS = [
    ("All partner agencies should treat a disclosure of gambling harm by or about a parent or carer as a prompt to ask about the children in the household, and should share that information with the Children's Reception Team where there is a concern, as there was for the Ghale children from October 2022",
     "Add gambling harm to the partnership's neglect strategy and to the multi-agency referral form; deliver briefings with GamCare and the NHS Southern Gambling Service", "Partnership Business Manager", "30-09-2024"),
    ("Tarrant Brook Surgery and Frimley Health NHS Foundation Trust should ensure that where an older person who takes gliclazide or has a possible dementia is a main carer of young children, this is recorded, medicine storage is discussed and a carer's assessment under the Care Act 2014 is offered",
     "Amend the practice's diabetes review template and the trust's emergency department safeguarding prompt; audit twenty records", "Named GP for Safeguarding", "31-10-2024"),
    ("Agencies must not use family members or children as interpreters in health or safeguarding contacts, as happened when Bikram interpreted for Dil Kumari, and must record whether an adult needs a Nepali or a Gurung interpreter",
     "Issue joint interpreting guidance and audit interpreter use in Early Help and Children's Reception Team contacts", "Head of Service, Children's Services", "31-12-2024"),
    ("Hampshire and Isle of Wight Constabulary should ensure that a child concern form is submitted whenever children are present at an incident linked to debt collection or illegal money lending, whether or not they are the target",
     "Brief response officers and PCSOs in the Aldershot area; dip-sample incidents for six months", "Detective Inspector, Public Protection", "30-11-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | HSCP-CSPR-2024-117 | Sunaina GHALE ('Sunu'), DOB 14/02/2019, 41 Brackenhurst Close, Tanglemere GU11 9ZQ | Kestrel Heath Infants",
    footer="Author: Rebecca Stanard (SW), Children's Services | Family: the Ghales, 41 Brackenhurst Cl, GU11 | mother Pramila ('Pammy'), 07700 900614 | Draft 2",
    comment="RS: Sarita says Aayu (Aayush) rang her first, not Mrs Colebrook - check with DS Okoro. B.G. also had a Kalimati Bazaar tab of £900 in his name; Pokhreli Momo House paid him in cash.",
    footnote="Dosette box supplied for D K Ghale (दिल कुमारी घले), NHS number 712 904 3318; child's NHS number 4862137790 at the old address, Ormonde House, Kettlewood Rd, GU127XW.",
)
