# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 102): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "LSCP-2023-014"

CASE_TOML = """\
reference = "LSCP-2023-014"
review = "Child Safeguarding Practice Review"
subject = "Child G"
board = "Lincolnshire Safeguarding Children Partnership"
period = { from = "01-06-2021", to = "28-02-2023" }
decision = "09-03-2023"
notification = "14-02-2023"

[[agencies]]
name = "Lincolnshire Police"
aliases = ["Police", "the police"]

[[agencies]]
name = "Lincolnshire County Council Children's Services"
aliases = ["Children's Services", "Children's Social Care", "CSC"]

[[agencies]]
name = "Lincolnshire Community Health Services NHS Trust"
aliases = ["LCHS", "0-19 Health Service", "the health visiting service"]

[[agencies]]
name = "Marram Bank Surgery"
aliases = ["Marram Bank", "the surgery"]
published_as = "the GP practice"

[[agencies]]
name = "Crowfen Primary School"
aliases = ["Crowfen Primary", "Crowfen"]
published_as = "the primary school"

[[agencies]]
name = "Bramblefen Day Nursery"
aliases = ["Bramblefen"]
published_as = "the nursery"

[[people]]
name = "Gabija Kazlauskaitė"
aliases = ["Gabija", "Gabytė", "Gabby", "Gabiya", "Kazlauskaite", "G.K.", "GK", "G-K"]
role = "child"
pseudonym = "Child G"
born = "09-11-2019"
address = "Room 4, 23 Quillfen Street, Boston PE21 8XQ"

[[people]]
name = "Rūta Kazlauskienė"
aliases = ["Rūta", "Ruta", "Ruth", "Rūtelė", "Kazlauskiene", "Rūta Žukauskaitė", "Zukauskaite", "R.K."]
role = "mother"
pseudonym = "Mother"
born = "03-02-1991"
address = "Room 4, 23 Quillfen Street, Boston PE21 8XQ"

[[people]]
name = "Tomas Kazlauskas"
aliases = ["Tomas", "Tom", "Tomukas", "Kazlaukas", "TK", "T-K"]
role = "father"
pseudonym = "Father"
born = "17-08-1987"
address = "Room 4, 23 Quillfen Street, Boston PE21 8XQ"

[[people]]
name = "Matas Kazlauskas"
aliases = ["Matas", "Matukas", "M.K."]
role = "sibling"
pseudonym = "Sibling 1"
born = "26-06-2013"
address = "Room 4, 23 Quillfen Street, Boston PE21 8XQ"

[[people]]
name = "Emilija Kazlauskaitė"
aliases = ["Emilija", "Emmy"]
role = "sibling"
pseudonym = "Sibling 2"
born = "02-03-2022"
address = "Room 4, 23 Quillfen Street, Boston PE21 8XQ"

[[people]]
name = "Danutė Žukauskienė"
aliases = ["Danutė", "Nan Danutė", "Mrs Žukauskienė"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "21-04-1964"
address = "Šiauliai, Lithuania"

[[people]]
name = "Darius Kazlauskas"
aliases = ["Darius", "Šeškas"]
role = "paternal uncle"
pseudonym = "Paternal Uncle"
born = "05-01-1990"
address = "Room 5, 23 Quillfen Street, Boston PE21 8XQ"

[[staff]]
name = "Joanne Threlkeld"
code = "HV1"
role = "Health Visitor"
agency = "Lincolnshire Community Health Services NHS Trust"

[[staff]]
name = "Priya Ellingham"
code = "SW1"
role = "Social Worker"
agency = "Lincolnshire County Council Children's Services"

[[staff]]
name = "Owen Marchetti"
code = "GP1"
role = "General Practitioner"
agency = "Marram Bank Surgery"

[[staff]]
name = "Liam Dunsford"
code = "PC1"
role = "Police Constable"
agency = "Lincolnshire Police"

[[staff]]
name = "Sarah Pocklington"
code = "DS1"
role = "Detective Sergeant"
agency = "Lincolnshire Police"

[[staff]]
name = "Helen Culverhouse"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Crowfen Primary School"
"""

IDENTIFIERS = {
    "names": [
        "Gabija", "Kazlauskaitė", "Kazlauskaite", "Gabiya", "Rūta", "Ruta", "Kazlauskienė",
        "Kazlauskiene", "Žukauskaitė", "Zukauskaite", "Tomas", "Kazlauskas", "Kazlaukas",
        "Kazlauskases", "Kazlauskai", "Matas", "Emilija", "Danutė", "Žukauskienė", "Darius",
    ],
    "nicknames": ["Gabytė", "Gabby", "Rūtelė", "Ruth", "Tom", "Tomukas", "Matukas", "Emmy", "Šeškas", "Vytas", "Remis"],
    "initials": ["G.K.", "GK", "G-K", "R.K.", "TK", "T-K", "M.K."],
    "people_not_in_key": [
        "Vytautas", "Jankūnas", "Aurelija", "Stankevičienė", "Clive", "Hubbert",
        "Remigijus", "Baranauskas", "Algirdas", "Šimkus", "Laima", "Vaitkutė",
    ],
    "staff": [
        "Joanne Threlkeld", "Joanne", "Threlkeld", "Priya Ellingham", "Priya", "Ellingham",
        "Owen Marchetti", "Marchetti", "Liam Dunsford", "Dunsford", "Sarah Pocklington",
        "Pocklington", "Helen Culverhouse", "Culverhouse",
    ],
    "streets": ["Quillfen Street", "Quillfen St", "Harrowdyke Road", "Harrowdyke Rd", "Lammaskirk Close"],
    "estates": ["Fenhaven", "Hollowmere Park"],
    "house_numbers": ["23 Quillfen Street", "23 Quillfen St", "7 Harrowdyke Road", "7 Harrowdyke Rd", "11 Lammaskirk Close"],
    "places": ["Boston", "Skirbeck", "Fishtoft", "Kirton", "Spalding", "Šiauliai"],
    "postcodes": ["PE21 8XQ", "PE218XQ", "PE21", "8XQ", "PE21 6WJ", "6WJ", "PE20 1QN"],
    "locating_agencies": [
        "Marram Bank Surgery", "Marram Bank", "Crowfen Primary School", "Crowfen",
        "Bramblefen Day Nursery", "Bramblefen", "Northfen Staffing Solutions", "Northfen",
        "Holmdyke Fresh Produce", "Holmdyke", "Pilgrim Hospital", "Gintarėlis",
        "Saulutė Saturday School", "Our Lady of the Fens",
    ],
    "phones": ["07700 900417", "07700900417", "+44 7700 900582", "01632 960233", "07700 900 871"],
    "nhs_ni": ["999 042 7781", "9990518836", "QQ 12 34 56 C", "QQ654321A"],
    "emails": ["ruta.kazlauskiene91@example.com", "tomas.k1987@example.org", "j.threlkeld@example.org"],
    "social": ["facebook.com/ruta.zukauskaite.5", "@rutele_k91", "tiktok.com/@gabytes_mama"],
    "dates_of_birth": [
        "09-11-2019", "09/11/2019", "09.11.19", "9th November 2019", "November 9, 2019",
        "3rd February 1991", "03/02/1991", "17-08-1987", "17.08.1987", "26/06/2013", "2nd March 2022",
    ],
    "other": ["FY17 KZD", "HGT 604", "Pūkis", "DK Baltic Parcels", "Room 4", "NFS-40917"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children", "Section 47", "Section 17",
    "Section 20", "child in need", "Child Protection Plan", "Early Help Assessment", "MASH",
    "Graded Care Profile 2", "Gangmasters and Labour Abuse Authority", "Modern Slavery Act 2015",
    "National Referral Mechanism", "NSPCC", "Citizens Advice", "EU Settlement Scheme",
    "Universal Credit", "Victoria Climbié", "Lord Laming", "Child Safeguarding Practice Review Panel",
    "Queen's Medical Centre", "paracetamol", "Calpol", "bronchiolitis", "scabies", "WhatsApp",
    "Google Translate", "LanguageLine", "Joninės", "Kūčios", "Christmas Eve", "Easter",
    "močiutė", "ačiū", "kūčiukai", "šakotis", "Lithuanian", "Roman Catholic", "May", "Hope",
    "Grace", "Mark", "Dawn", "Sunday", "January 2023", "DS", "PC", "toxic trio",
    "Operation Encompass", "Signs of Safety", "TO BE SEEN ALONE AT EVERY VISIT",
    "house in multiple occupation", "HMO",
]

INVOLVEMENT = [
    "On 7 June 2021 Rūta Kazlauskienė (née Žukauskaitė, born 3rd February 1991) registered herself, Gabija and Matas with Marram Bank Surgery. The registration form gave the family's address as Flat 2, 7 Harrowdyke Road, Boston PE21 6WJ, a two-bedroom flat above a shop on the edge of the Fenhaven estate. Rūta, who told the receptionist that at work everyone called her 'Ruth', gave her mobile as 07700 900417 and her email as ruta.kazlauskiene91@example.com. The receptionist entered the child's first name as 'Gabiya' and her date of birth as 09/11/2019; the spelling was not corrected until the following spring. No interpreter was offered and Mrs Kazlauskienė completed the form with the help of Google Translate on her phone.",
    "The health visitor, Joanne Threlkeld (HV1), carried out a transfer-in contact at 7 Harrowdyke Rd on 22 June 2021. Ms Threlkeld recorded that Gabija ('Gabytė' to her mother) was nineteen months old, walking well and meeting her milestones. Both parents were employed through a labour agency, Northfen Staffing Solutions: Mrs Kazlauskienė on the packing lines at Holmdyke Fresh Produce outside Kirton and Tomas Kazlauskas (date of birth 17-08-1987) on planting and picking in the fields. The family had come to England from Šiauliai in 2018 and both parents held settled status under the EU Settlement Scheme. HV1 noted that the parents spoke some English but that Lithuanian was the language of the home; LanguageLine was not used at this or any later health visiting contact. Ms Threlkeld left a card giving her email, j.threlkeld@example.org, but the parents said later that they had not understood who she was.",
    "On 24 June 2021 the family celebrated Joninės with other Lithuanian families at a bonfire on farmland near Fishtoft. Matas Kazlauskas (born 26/06/2013), who turned eight two days later, told his teacher afterwards that it was 'the best night of the year'. Crowfen Primary School recorded that Matas, whom the family call 'Matukas', joined Year 3 in September 2021 after a term at another school in Skirbeck. The designated safeguarding lead, Helen Culverhouse (DSL1), noted that his attendance in the first half-term was 88%, the absences falling on days when both parents had early starts and there was no one to walk him to school. Matas also attended the Saulutė Saturday School, a Lithuanian language and culture group, where his mother helped with the little ones.",
    "In October 2021 Northfen moved Mr Kazlauskas, whom the English supervisors called 'Tom', to field work around Spalding, with pick-up by minibus at dawn from the yard behind the Gintarėlis Baltic Foods shop. Mrs Kazlauskienė's shifts at Holmdyke changed every week and were sent by WhatsApp the evening before; her worker number, NFS-40917, appears on each message. The agency allowed her a week's grace on her housing charge once, in October, and then began deducting it from her wages. Citizens Advice later found that Ms Kazlauskienė had never been told that she could claim Universal Credit alongside her earnings.",
    "On 1 December 2021 the family had to leave 7 Harrowdyke Road when the building was sold. The agency's accommodation officer, Remigijus Baranauskas (known to the workers as 'Remis'), arranged a single room for all four of them at Room 4, 23 Quillfen Street, Boston PE21 8XQ, a house in multiple occupation let by Mr Clive Hubbert, whose number was 01632 960233. Eleven adults and three children shared one kitchen and one bathroom. Mr Baranauskas later told Children's Services that the rent of £140 a week was taken from both parents' wages before they were paid. No one told the surgery, the school or the health visiting service about the move, and letters continued to go to Harrowdyke Road.",
    "On Christmas Eve 2021 the family kept Kūčios in the shared kitchen at Quillfen Street with the customary twelve dishes, kūčiukai and a šakotis carried over by the maternal grandmother, Danutė Žukauskienė, who was visiting from Lithuania. Mrs Žukauskienė, the children's močiutė (recorded by the nursery as 'Nan Danutė'), stayed until after Easter and looked after Gabija while both parents worked. Another tenant, Aurelija Stankevičienė, later told the police that the grandmother 'was the only one who ever told the men in the kitchen to mind the children'.",
    "On 11 January 2022 Gabija began two mornings a week at Bramblefen Day Nursery in a funded two-year-old place. The nursery register shows her as 'Gabby' and her date of birth as 09.11.19. Her key worker noted that her coat smelled of damp and cigarette smoke. Her mother gave the address as 23 Quillfen St and a second contact number, +44 7700 900582, for Mr Kazlauskas. On 3 February 2022 staff noticed small itchy spots between Gabija's fingers, and on 7 February 2022 Dr Owen Marchetti (GP1) diagnosed scabies and prescribed treatment for the family. Dr Marchetti wrote that 'the whole house will need treating', but nobody contacted the landlord or the district council's private sector housing team about the HMO.",
    "Emilija Kazlauskaitė was born at Pilgrim Hospital on 2nd March 2022 (NHS number 9990518836). Mrs Kazlauskienė returned to the packhouse after eleven weeks because, she said, Northfen would otherwise give her place on the line to someone else. The maternity discharge letter went to the Harrowdyke Rd address. HV1 carried out the new birth visit at Room 4 on 21 March 2022 and wrote that six people, a cot and a hamster called Pūkis shared a room of about fourteen square metres. Ms Threlkeld recorded 'parents warm with the children, room clean but very crowded' and did not complete a Graded Care Profile 2.",
    "In May 2022 the father's younger brother, Darius Kazlauskas, known in the house as 'Šeškas', moved into the room next door. Darius ran a van service, DK Baltic Parcels, carrying parcels between Boston and Lithuania every fortnight in a white van on Lithuanian plates, HGT 604. He had a caution for assault from 2019 and Mrs Stankevičienė described him as 'loud when he drinks'. His mobile number, 07700 900 871, was later found written on the kitchen wall beside the kettle as the person to ring if the children were on their own.",
    "On 25 June 2022, the night after Joninės, Lincolnshire Police attended 23 Quillfen Street after a tenant reported shouting. PC Liam Dunsford (PC1) found Tomas and Darius arguing in the yard and Mr Kazlauskas with a cut to his hand. The police log records the father as 'TOMAS KAZLAUKAS (T-K)' and a child in the room as 'G-K, approx 2 yrs'. PC Dunsford noted that a girl of about two and a baby were asleep in Room 4 with Matas, then just nine, in charge. No domestic abuse risk assessment was completed because the argument was between brothers, and so no Operation Encompass notification reached Crowfen Primary School.",
    "PC1 submitted a child concern notification on 27 June 2022, which the MASH screened on 29 June 2022 as needing no further action beyond a letter to the parents. The letter, in English, went to 7 Harrowdyke Road. The MASH record lists the child as 'KAZLAUSKAITĖ, Gabija' and the mother as 'R.K.', with no date of birth for either; the checks did not find the Bramblefen scabies record or the health visitor's note about the crowded room.",
    "When Matas returned to Crowfen for Year 4 in September 2022 his attendance fell to 71%. Mrs Culverhouse recorded on 4 October 2022 that Matukas had fallen asleep in class and said he had been 'looking after Emmy in the night' because his mother was on a night shift at Holmdyke and his father was away in Spalding. Helen Culverhouse telephoned Mrs Kazlauskienė on 07700900417; Rūta apologised, said 'ačiū' several times and explained that Tomas now left for the fields at four in the morning. The school made a referral for early help on 6 October 2022 and described M.K. as 'a lovely boy carrying too much'.",
    "An Early Help Assessment was begun on 19 October 2022 by a family support worker from Children's Services, with an interpreter, Laima Vaitkutė, booked through LanguageLine. The assessment recorded the father's National Insurance number, QQ654321A, and the mother's, QQ 12 34 56 C, so that Citizens Advice could look at the wage deductions. Mrs Kazlauskienė told the worker that she was 'not allowed' to refuse a shift and that Mr Baranauskas kept the couple's passports 'for the paperwork'. The worker did not recognise this as a possible sign of labour exploitation and no report was made to the Gangmasters and Labour Abuse Authority or through the National Referral Mechanism.",
    "On 10 November 2022, the day after Gabija's third birthday (her date of birth is written on the nursery form as 9th November 2019 and on the health record as 09-11-2019), Bramblefen staff saw a red mark the size of a coin on the back of her left hand. Gabytė told them in Lithuanian that the pan was hot. The nursery's incident form, which uses the initials GK for the child and TK for her father, recorded the explanation; staff photographed the mark and sent a message to her mother, but did not discuss it with the health visitor. The manager told the review that by then staff had little hope of getting either parent on the phone during a shift.",
    "On 24 November 2022 Aurelija Stankevičienė rang the NSPCC helpline to say that the children at Quillfen St were often left with 'whoever is in the kitchen'. She gave the mother's Facebook page, facebook.com/ruta.zukauskaite.5, where a video showed G.K. alone on the stairs, and said Rūtelė, as friends called her, also posted about her shifts as @rutele_k91 and on tiktok.com/@gabytes_mama. She gave the postcode as PE218XQ. The NSPCC passed the information to the MASH on 25 November 2022, which recorded the referral under the misspelling 'Kazlauskiene Ruta, 03/02/1991' and did not link it to the June police notification.",
    "Priya Ellingham (SW1) was allocated on 28 November 2022 and began a child and family assessment under Section 17 of the Children Act 1989. Ms Ellingham visited Room 4 on 1 December 2022 with the interpreter. Mr Kazlauskas was at work; his silver Vauxhall, registration FY17 KZD, was parked outside with a flat tyre. Priya found Vytautas Jankūnas ('Vytas'), a tenant from another room, sitting on the bed holding Emilija; he said he was 'a friend of Rūta's from the packhouse'. Mr Jankūnas was not checked on police or social care systems. On 8 December 2022 Dr Marchetti saw Emilija with bronchiolitis and advised Calpol (paracetamol suspension) and fluids; the consultation note records 'baby brought by family friend Vytautas'.",
    "On 24 December 2022 Mrs Kazlauskienė took the children to the Kūčios supper that Father Algirdas Šimkus holds after the Lithuanian Roman Catholic mass at Our Lady of the Fens. Father Šimkus told the review that she 'looked exhausted' and that Tomas (whom he calls 'Tomukas') had gone back to Lithuania for Christmas with Darius in the van. He said that 'the Kazlauskai are a good family who work too much', and that he had not thought it was his place to contact anyone.",
    "A child in need meeting was held on 12 January 2023. The GP, the health visitor and the nursery were not invited, and Mr Kazlauskas did not attend because Northfen would not release him from the field. The plan asked the parents to find childcare for the early mornings and to look for a larger room. The team manager added a note in capitals to the front of the file, TO BE SEEN ALONE AT EVERY VISIT, but Matas was not seen on his own at the one further visit made in January 2023. Ms Ellingham emailed the father at tomas.k1987@example.org about the plan; there was no reply.",
    "On Sunday 12 February 2023, at about 6.40am, after both parents had left for work, Gabija pulled a kettle of boiling water from the worktop in the shared kitchen at Quillfen Street. Matas rang his father, and Vytautas Jankūnas called 999. Gabija was taken to Pilgrim Hospital and transferred the same day to the burns service at the Queen's Medical Centre with scalds to 14% of her body. The transfer form gave her NHS number as 999 042 7781 and her date of birth as November 9, 2019. The ambulance crew recorded that the kitchen had no door and that the kettle sat on a worktop without a guard.",
    "DS Sarah Pocklington (DS1) led the police investigation and a strategy discussion on 13 February 2023 agreed Section 47 enquiries for all three children. Both parents were arrested on suspicion of child neglect and released under investigation; the police record gives the father's date of birth as 17.08.1987. Matas and Emilija were placed with foster carers under Section 20. Danutė flew from Šiauliai on 16 February 2023 and stayed with a family friend at 11 Lammaskirk Close, Kirton PE20 1QN, on the Hollowmere Park estate, so that she could see the children each day. DS Pocklington referred Mr Baranauskas and Northfen to the Gangmasters and Labour Abuse Authority on 20 February 2023.",
]

ANALYSIS = [
    "Every agency knew part of the picture and none knew all of it. The surgery knew about the scabies and the crowding, the nursery knew about the damp coat and the mark on Gabija's hand, Crowfen knew that Matas was caring for his sister at night, and the police knew that a nine-year-old had been left in charge of a toddler and a baby in a room in an HMO. Because the family's address on most systems remained 7 Harrowdyke Rd, the information about the Kazlauskases was never brought together, and each agency treated its own concern as small. Taken together, the concerns known by December 2022 would arguably have justified a strategy discussion and consideration of a Child Protection Plan rather than a child in need plan.",
    "Practitioners saw warm parents and a clean room, and this was true. What they did not weigh was that both parents' hours were set by Northfen Staffing Solutions at a day's notice, that their rent and transport were taken from their wages, and that Ms Kazlauskienė believed she could not refuse a shift. Neglect in this case arose less from the parents' care than from the conditions of their work and housing, and the agencies' tools, including the Graded Care Profile 2 and Signs of Safety, were not used in a way that took those conditions into account.",
    "The family's names were recorded in at least five forms across the agencies: Kazlauskaitė and Kazlauskaite, Kazlauskienė and Kazlauskiene, Žukauskaitė and Zukauskaite, and the police spelling Kazlaukas. Gabija was also registered as Gabiya and known at nursery as Gabby. Searches in the MASH were made on exact spellings and so the June 2022 police notification and the November 2022 NSPCC referral about the same child were never linked. This echoes the lessons drawn by Lord Laming after the death of Victoria Climbié, where variant spellings also kept information apart.",
    "No practitioner spoke Lithuanian, and interpreters were used only by Children's Services from October 2022. Rūta's English was good enough for short conversations, and professionals took her 'ačiū' and apologies as agreement. Neither parent was asked in their own language what happened when both were at work, who looked after Gabija and Emilija before dawn, or what they would do if the children were ill. Mr Kazlauskas, the father, was not seen by any agency except the police during the whole period.",
    "The indicators of labour exploitation were present from the start: housing arranged by the employer, deductions before pay, withheld passports, and a worker who felt she could not say no. They were heard by the family support worker in October 2022 but not recognised. The Modern Slavery Act 2015 and the National Referral Mechanism are not only matters for the police; any professional can make a referral, and practitioners in an area where so many families work through agencies need to know the signs.",
    "The adults around the children were not assessed. Darius Kazlauskas had a caution for assault and was said to drink; Vytautas Jankūnas was found holding the baby and brought her to the surgery; Mr Hubbert, the landlord, and Mr Baranauskas, the agency officer, controlled the family's housing. None of them was checked. The review did not find the full toxic trio in this household, but it did find that the family's safety depended on whoever happened to be in the shared kitchen.",
    "The Child Safeguarding Practice Review Panel has noted how often the risks to very young children in overcrowded or temporary housing are underestimated. Here the risk of a scald in a shared kitchen with no door, where a three-year-old was left with her nine-year-old brother at 6.40am on a Sunday, was foreseeable. The capitals note on the social work file, and the child in need plan, described the right actions, but no one checked that they were carried out.",
]

LEARNING = [
    "Learning point 1: when a family with young children moves into a house in multiple occupation, every agency should update the address, tell the others, and look at the kitchen and the sleeping arrangements. The move from Harrowdyke Road to Room 4 at Quillfen Street was known to the family's employer but not to the GP, the health visitor or the school for several months.",
    "Learning point 2: names from languages with letters beyond English, such as Rūta Kazlauskienė's and her maiden name Žukauskaitė, and Lithuanian feminine surname forms such as Kazlauskaitė for a daughter, must be searched in every spelling. The MASH should search for Kazlauskas, Kazlauskienė and Kazlauskaitė together, with and without the accents, and by date of birth.",
    "Learning point 3: practitioners in the Boston area should know the signs of labour exploitation and should refer to the Gangmasters and Labour Abuse Authority when a worker's housing, transport and wages are all controlled by the same agency. Families who work at dawn and into the night through agencies such as Northfen may need childcare help rather than advice.",
    "Learning point 4: a professional interpreter should be used for any assessment of a family whose first language is not English, even when a parent appears to manage. Relying on Google Translate, on a nine-year-old or on a fellow tenant is not enough, and it meant that neither Tomas nor Rūta was ever asked in Lithuanian who cared for the children before dawn.",
    "Learning point 5: Working Together to Safeguard Children expects agencies to think about every adult in a child's life. Uncles, lodgers, fellow tenants and a mother's new friend, such as Darius, Vytas and Mr Hubbert here, should be identified and, where they care for the children, checked.",
]

RECOMMENDATIONS = [
    (
        "Lincolnshire Community Health Services NHS Trust and Marram Bank Surgery should agree a shared process so that a change of address, such as the Kazlauskas family's move from Harrowdyke Road to Quillfen Street, is recorded by both within two weeks and triggers a Graded Care Profile 2 where children live in an HMO",
        "Write and audit a joint change-of-address protocol for health visiting and general practice",
        "Named Nurse for Safeguarding",
        "30-09-2023",
    ),
    (
        "The MASH should search all name variants with and without accents, for example Kazlauskaitė and Kazlauskaite, and link referrals about the same child before screening",
        "Introduce variant-name searching guidance and train MASH staff in Lithuanian and Polish naming conventions",
        "Head of Service, MASH",
        "31-12-2023",
    ),
    (
        "The partnership should train practitioners in the Boston area to recognise labour exploitation, as seen with Northfen Staffing Solutions, and to refer to the Gangmasters and Labour Abuse Authority and the National Referral Mechanism",
        "Deliver multi-agency training and publish a one-page guide on labour exploitation and families",
        "Partnership Business Manager",
        "31-03-2024",
    ),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="CONFIDENTIAL - Gabija KAZLAUSKAITĖ (Gabytė), DOB 09/11/2019, Room 4, 23 Quillfen Street, Boston PE21 8XQ",
    footer="Author: Joanne Threlkeld (HV1), j.threlkeld@example.org - Marram Bank Surgery / LCHS - do not share with Northfen",
    comment="Check with Rūta whether Vytas was still staying at Quillfen St after Kūčios, and ring Darius on 07700 900 871",
    footnote="The interpreter, Laima Vaitkutė, confirmed that Mrs Kazlauskienė's maiden name is Žukauskaitė; the surgery record spells it Zukauskaite and gives her date of birth as 03/02/1991.",
)
