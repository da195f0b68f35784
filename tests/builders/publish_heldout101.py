# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 101): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "SSCP-2024-031"

CASE_TOML = """\
reference = "SSCP-2024-031"
review = "Child Safeguarding Practice Review"
subject = "Child N"
board = "Stockport Safeguarding Children Partnership"
period = { from = "09-04-2021", to = "17-10-2023" }
decision = "08-11-2023"
notification = "20-10-2023"

[[agencies]]
name = "Greater Manchester Police"
aliases = ["GMP", "Police"]

[[agencies]]
name = "Stockport Council Children's Social Care"
aliases = ["Children's Social Care", "CSC", "Stockport Family"]

[[agencies]]
name = "Stockport NHS Foundation Trust Health Visiting Service"
aliases = ["Health Visiting Service", "HV service", "health visiting"]

[[agencies]]
name = "Marlcroft Medical Practice"
aliases = ["Marlcroft", "Marlcroft surgery"]
published_as = "the GP practice"

[[agencies]]
name = "Hollinfold Primary School"
aliases = ["Hollinfold", "Hollinfold Primary"]
published_as = "the primary school"

[[agencies]]
name = "Bramblecot Day Nursery"
aliases = ["Bramblecot", "Bramblecot Nursery"]
published_as = "the nursery"

[[people]]
name = "Natalie Chan Wing-sum"
aliases = ["Natalie", "Wing-sum", "Sum Sum", "Natalie Chen", "N.C.", "N.W.C.", "陳詠心"]
role = "child"
pseudonym = "Child N"
born = "14-03-2019"
address = "Flat 4, Aldercote House, 27 Wynfold Grove, Reddish, Stockport SK5 7XQ"

[[people]]
name = "Winnie Lau Mei-ling"
aliases = ["Winnie Chan", "Winnie", "Mei-ling", "Ah Ling", "Mrs Chan", "Ms Lau", "WLC", "劉美玲"]
role = "mother"
pseudonym = "Mother"
born = "02-08-1987"
address = "Flat 4, Aldercote House, 27 Wynfold Grove, Reddish, Stockport SK5 7XQ"

[[people]]
name = "Raymond Chan Tsz-kin"
aliases = ["Raymond", "Ray", "Tsz-kin", "Tze-kin", "Mr Chan", "T-K"]
role = "father"
pseudonym = "Father"
born = "21-11-1984"
address = "Flat 4, Aldercote House, 27 Wynfold Grove, Reddish, Stockport SK5 7XQ"

[[people]]
name = "Ethan Chan Chun-yin"
aliases = ["Ethan", "Chun-yin", "Yin Jai"]
role = "sibling"
pseudonym = "Sibling 1"
born = "09-06-2012"
address = "Flat 4, Aldercote House, 27 Wynfold Grove, Reddish, Stockport SK5 7XQ"

[[people]]
name = "Lau Siu-fong"
aliases = ["Margaret Lau", "Margaret", "Siu-fong", "Mrs Lau"]
role = "grandmother"
pseudonym = "Maternal Grandmother"
born = "05-01-1958"
address = "Flat 4, Aldercote House, 27 Wynfold Grove, Reddish, Stockport SK5 7XQ"

[[people]]
name = "Dickson Chan Tsz-wai"
aliases = ["Dickson", "Tsz-wai", "Ah Wai"]
role = "uncle"
pseudonym = "Paternal Uncle"
address = "18 Kestlebrook Crescent, Heaton Chapel, Stockport SK4 3TZ"

[[staff]]
name = "Rachel Ashworth"
code = "HV1"
role = "Health Visitor"
agency = "Stockport NHS Foundation Trust Health Visiting Service"

[[staff]]
name = "Daniel Okafor"
code = "SW1"
role = "Social Worker"
agency = "Stockport Council Children's Social Care"

[[staff]]
name = "Priya Raghunathan"
code = "GP1"
role = "General Practitioner"
agency = "Marlcroft Medical Practice"

[[staff]]
name = "Joanne Whitworth"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Hollinfold Primary School"

[[staff]]
name = "Gareth Lomax"
code = "PC1"
role = "Police Constable"
agency = "Greater Manchester Police"

[[staff]]
name = "Chloe Hargreaves"
code = "NKW1"
role = "Nursery Key Worker"
agency = "Bramblecot Day Nursery"
"""

IDENTIFIERS = {
    "names": [
        "Natalie Chan Wing-sum", "Natalie", "Wing-sum", "Chan", "Chans", "陳詠心",
        "Winnie Lau Mei-ling", "Winnie Chan", "Winnie", "Mei-ling", "Lau", "劉美玲",
        "Raymond Chan Tsz-kin", "Raymond", "Tsz-kin", "Tze-kin", "Chen",
        "Ethan Chan Chun-yin", "Ethan", "Chun-yin",
        "Lau Siu-fong", "Siu-fong", "Margaret Lau", "Margaret",
        "Dickson Chan Tsz-wai", "Dickson", "Tsz-wai",
    ],
    "nicknames": ["Sum Sum", "Ah Ling", "Ray", "Yin Jai", "Ah Wai"],
    "initials": ["N.C.", "N.W.C.", "WLC", "T-K"],
    "people_not_in_key": [
        "Brenda Ollerenshaw", "Ollerenshaw", "Brenda", "Timothy Yeung", "Yeung",
        "Cecilia Kwok", "Kwok", "Fanny Tsang", "Tsang", "Sammy Leung", "Leung",
        "Kerry Pilkington", "Pilkington",
    ],
    "staff": [
        "Rachel Ashworth", "Ashworth", "Daniel Okafor", "Okafor", "Priya Raghunathan",
        "Raghunathan", "Joanne Whitworth", "Whitworth", "Gareth Lomax", "Lomax",
        "Chloe Hargreaves", "Hargreaves",
    ],
    "streets": [
        "Wynfold Grove", "Wynfold Gr.", "Kestlebrook Crescent", "Kestlebrook Cres.",
        "Sallowmere Road", "Sallowmere Rd", "Aldercote House",
    ],
    "estates": ["Brackenlow estate", "Brackenlow"],
    "house_numbers": ["27 Wynfold Grove", "18 Kestlebrook Crescent", "112 Sallowmere Road"],
    "places": ["Reddish", "Heaton Chapel", "Whitefield", "Tseung Kwan O"],
    "postcodes": ["SK5 7XQ", "SK5", "7XQ", "SK4 3TZ", "SK4"],
    "locating_agencies": [
        "Marlcroft Medical Practice", "Marlcroft", "Hollinfold Primary School", "Hollinfold",
        "Bramblecot Day Nursery", "Bramblecot", "Lion Rock Fellowship", "Hallam Brow Chapel",
        "Hallam Brow",
    ],
    "phones": ["07700 900417", "07700900417", "+44 7700 900382", "01632 960558", "01632 960214"],
    "nhs_ni": ["943 476 2158", "9434762158", "401 773 5286", "QQ 48 27 19 B", "QQ731904A"],
    "emails": ["winnie.lau87@example.com", "raychan.hk@example.org", "r.ashworth@example.org"],
    "social": ["@sumsum_and_pudding", "facebook.com/raymond.chan.tszkin", "@lionrock.stockport"],
    "dates_of_birth": [
        "14-03-2019", "14/03/2019", "14.03.19", "14th March 2019", "March 14, 2019",
        "02/08/1987", "2nd August 1987", "21.11.1984", "09-06-2012", "05/01/1958",
    ],
    "other": ["MF21 KZT", "Pudding", "Jade Lantern", "GWF062741853", "Z683412(5)"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children", "Section 47", "Section 17",
    "Initial Child Protection Conference", "MASH", "MARAC", "DASH", "Early Help",
    "Team Around the Family", "Operation Encompass", "Graded Care Profile", "NSPCC",
    "Home Office", "British National (Overseas)", "BN(O)", "no recourse to public funds",
    "Citizens Advice", "Language Line", "Royal Manchester Children's Hospital",
    "Child Safeguarding Practice Review Panel", "Arthur Labinjo-Hughes", "Victoria Climbié",
    "Lord Laming", "Chinese New Year", "Mid-Autumn Festival", "mooncakes", "lai see",
    "Por Por", "dim sum", "Cantonese", "WhatsApp", "Calpol", "sertraline",
    "postnatal depression", "congenital dermal melanocytosis", "subdural haemorrhage",
    "DS", "PC", "in May 2022", "little hope", "grace", "mark", "dawn", "Sunday", "Tuesday",
    "Christmas", "ALWAYS USE A PROFESSIONAL INTERPRETER", "Hong Kong",
]

INVOLVEMENT = [
    # 1
    "On 9 April 2021 the family arrived in England from Hong Kong on the British National (Overseas) route. "
    "Raymond Chan Tsz-kin, known to friends and colleagues as 'Ray', held the BN(O) status and was the main "
    "applicant; his wife Winnie Lau Mei-ling (who used her married name, Winnie Chan, on most English forms), "
    "their son Ethan Chan Chun-yin and their daughter Natalie Chan Wing-sum (陳詠心) came as his dependants under "
    "Home Office reference GWF062741853. The family had lived in a flat in Tseung Kwan O. For the first four "
    "months they stayed with Mr Chan's younger brother, Dickson Chan Tsz-wai (\"Ah Wai\"), at 18 Kestlebrook "
    "Crescent, Heaton Chapel, SK4 3TZ, a three-bedroomed house Dickson shared with two lodgers. The visa "
    "carried the condition of no recourse to public funds, which none of the agencies recorded at the time.",
    # 2
    "On 4 May 2021 Mrs Chan attended Marlcroft Medical Practice to register herself and the two children. There "
    "was no interpreter: the registration form was completed in English by Ethan, then aged eight, who wrote his "
    "sister's date of birth as 14/03/2019 and his mother's as 02/08/1987. The receptionist took a copy of Mrs "
    "Chan's Hong Kong identity card, numbered Z683412(5), and recorded the mother's mobile as 07700 900417 and "
    "her email as winnie.lau87@example.com. New NHS numbers were issued in the following fortnight: 943 476 2158 "
    "for Natalie and 401 773 5286 for Ethan (his date of birth was entered as 09-06-2012). The practice's new "
    "patient questionnaire has a box for 'language spoken at home'; it was left blank, and Language Line was not "
    "offered at this or at any of the next four appointments.",
    # 3
    "Mrs Chan's mother, Lau Siu-fong, joined the family in June 2021 on her own BN(O) visa. She speaks only "
    "Cantonese and is called Por Por (maternal grandmother) by the children; on her GP registration she gave the "
    "English name Margaret Lau and a date of birth of 05/01/1958. Mrs Lau took over much of Natalie's daytime "
    "care. The household at Kestlebrook Cres. now held eight people, and Dickson Chan later told the review that "
    "'there was shouting every night, mostly about money'.",
    # 4
    "On Tuesday 22 June 2021 the health visitor, Rachel Ashworth (HV1), completed a transfer-in visit at "
    "Kestlebrook Crescent. Ms Ashworth had booked a telephone interpreter but the line failed, and she continued "
    "with Mr Chan interpreting for his wife. She recorded that Natalie, then two, had 'blue-grey patches over the "
    "sacrum and both buttocks, consistent with congenital dermal melanocytosis', but did not complete a body map "
    "or record the size of the marks. Mrs Chan said the Hong Kong Maternal and Child Health Centre book had been "
    "left behind. Ms Ashworth left her card with the team number, 01632 960214, and her email, "
    "r.ashworth@example.org, and noted that the family 'seem settled and well supported by the church'.",
    # 5
    "In August 2021 the family moved to Flat 4, Aldercote House, 27 Wynfold Grove, Reddish, Stockport SK5 7XQ, a "
    "privately rented two-bedroomed flat on the Brackenlow estate. Mr Chan had started work as a kitchen "
    "assistant and delivery driver at the Jade Lantern takeaway, 112 Sallowmere Road, owned by Mr Sammy Leung, "
    "who also acted as guarantor for the tenancy. The takeaway's landline, 01632 960558, was later given to "
    "Hollinfold Primary School as a 'work number'. Mr Leung told the review that Ray often worked until two in "
    "the morning, six days a week, and that he 'sent money home and borrowed more than he earned'.",
    # 6
    "In September 2021 Ethan started in Year 5 at Hollinfold Primary School on Sallowmere Rd. The admission form "
    "gave Mr Chan's mobile as +44 7700 900382 and his email as raychan.hk@example.org, and named the mother as "
    "'WLC – no English'. The Designated Safeguarding Lead, Mrs Joanne Whitworth (DSL1), met both parents with "
    "a Cantonese-speaking teaching assistant. Ethan, whose family call him Yin Jai, was described by his class "
    "teacher as 'polite, watchful and always the first to translate for other Hong Kong children'. The same "
    "month the family went to a Mid-Autumn Festival lantern evening and shared mooncakes with the Lion Rock "
    "Fellowship, a church-based group for families from Hong Kong.",
    # 7
    "The Lion Rock Fellowship meets on Sunday afternoons at Hallam Brow Chapel and is led by Pastor Timothy "
    "Yeung. A volunteer, Mrs Cecilia Kwok, helped Mrs Chan with the tenancy, the school forms and her National "
    "Insurance application; the number issued, QQ 48 27 19 B, appears in Mrs Kwok's handwriting on a letter "
    "later found in the flat. Mrs Kwok told the review that the Chans 'said grace before every meal and never "
    "missed a Sunday', and that Winnie was known in the group by her childhood name, Ah Ling. The group also runs "
    "an Instagram account, @lionrock.stockport, on which photographs of the children were posted without any "
    "consent being recorded.",
    # 8
    "Natalie started at Bramblecot Day Nursery on 19 April 2022, using the universal fifteen hours. Her key "
    "worker was Chloe Hargreaves (NKW1). The nursery's records name her 'Natalie Chen' and give her date of "
    "birth as 14.03.19; the family's own name for her, Sum Sum, was noted on the 'all about me' sheet together "
    "with the name of the family's Pomeranian, Pudding, which Natalie talked about every day. Miss Hargreaves "
    "noted that Natalie understood a little English, spoke Cantonese at home and 'goes very quiet when Daddy "
    "collects'. The nursery did not ask who held parental responsibility or who else lived in the household.",
    # 9
    "Mrs Chan saw Dr Priya Raghunathan (GP1) at Marlcroft on 11 May 2022, with Ethan again interpreting. She "
    "described poor sleep, tearfulness and 'no hope'. Dr Raghunathan recorded low mood in the context of "
    "migration and considered, but did not record exploring, postnatal depression following a pregnancy that "
    "had ended in miscarriage in Hong Kong. Sertraline 50mg was prescribed. The record states that Mrs Chan said "
    "'my husband very angry, always money', which Dr Raghunathan noted but did not follow up; there was no "
    "routine enquiry about domestic abuse, and the next appointment in May 2022 was booked with Ethan named as "
    "the interpreter.",
    # 10
    "At 23:40 on Saturday 9 July 2022 a neighbour in the flat below, Mrs Brenda Ollerenshaw, called 999 to "
    "report shouting, a crash and a child screaming at 27 Wynfold Grove. PC Gareth Lomax (PC1) attended with a "
    "colleague. Mr Chan, who speaks good English, said his wife had dropped a pan. PC Lomax recorded Mrs Chan "
    "as 'not able to speak English', and the DASH questions were asked through Ethan with his father in the "
    "room; the risk was graded standard. The police record spells the father's name 'Raymond CHAN Tze-kin', "
    "with date of birth 21.11.1984 and National Insurance number QQ731904A. Brenda told the review she had "
    "heard 'the same thing most weekends since they moved in'.",
    # 11
    "An Operation Encompass notification reached Hollinfold at 8:15 the next Monday, and Mrs Whitworth spoke "
    "to Ethan, who said 'Dad was only shouting'. The police notification went to the MASH on 11 July 2022. "
    "The MASH record lists Natalie under the misspelt name 'Natalie Chen', so the check against the health "
    "visiting record found nothing, and the nursery was not contacted because no agency knew Natalie attended "
    "it. The contact was stepped down to Early Help with a letter, in English, posted to Wynfold Gr.; it was "
    "never answered.",
    # 12
    "Around the Mid-Autumn Festival in September 2022, Natalie brought mooncakes to Bramblecot to share and "
    "Miss Hargreaves noted a small red mark on her left cheek. Mrs Chan said through gestures that Natalie had "
    "fallen from her scooter. On 3 October 2022 Natalie told Miss Hargreaves in a mixture of Cantonese and "
    "English that 'Baba angry, Mama cry, Por Por take me bed'. The entry in the nursery's concerns log is "
    "initialled N.C. and signed by the manager; it was not shared with any other agency.",
    # 13
    "In October 2022 Mrs Whitworth began an Early Help assessment for Ethan, whose attendance had fallen after "
    "he was seen asleep in class. A Team Around the Family meeting was held at Hollinfold on 20 October 2022 "
    "with a Language Line interpreter on the speakerphone. Mr Chan answered most questions; he presented Mrs Lau "
    "as Natalie's main carer and said his wife 'is tired, she has the sickness of the mind'. The plan focused "
    "on Ethan's sleep and homework and on referring the family to Citizens Advice about their no recourse to "
    "public funds condition. Natalie was mentioned once, as 'the little sister (N.W.C.)'.",
    # 14
    "At Christmas 2022 the Lion Rock Fellowship held a dinner at Hallam Brow. Mrs Chan confided in a friend from "
    "the group, Mrs Fanny Tsang, that Ray had gambling debts, took her wages from a nail bar and had pushed her "
    "against the door. Mrs Tsang sent Mrs Kwok a WhatsApp message about it. Mrs Kwok told Pastor Yeung, who "
    "visited the flat and, by his own account to the review, 'advised the couple to pray together and to keep "
    "the matter within the family'. No one from the group contacted an agency, and the Fellowship had no "
    "safeguarding policy or named safeguarding lead.",
    # 15
    "On 12 January 2023 Chloe Hargreaves saw bruising on Natalie's lower back and a fingertip-pattern bruise on "
    "her right upper arm while helping her change after a toileting accident. She completed a body map, and the "
    "nursery manager telephoned the health visiting team on 01632 960214. Ms Ashworth read her June 2021 entry "
    "over the telephone and said the back was 'Mongolian spots, that's normal for Chinese children'. The upper "
    "arm was not discussed. The manager recorded 'HV confirmed birthmark – no further action' and Mrs Chan was "
    "given a leaflet about Calpol dosing for a cold.",
    # 16
    "Natalie was absent from Bramblecot for two weeks over Chinese New Year in late January 2023. Calls to "
    "07700 900417 (held on the nursery system as 07700900417) were not answered. When she returned, Mrs Chan said the family had visited Whitefield for the "
    "holiday and that Natalie had been given lai see by her uncle. On 14 February 2023 a GMP patrol stopped "
    "Mr Chan's grey Toyota, registration MF21 KZT, on the A6 for having no insurance; Natalie was in the back "
    "without a car seat. He was reported for the offences. No child welfare referral was made, and the stop "
    "was not linked on the police system to the July 2022 domestic incident.",
    # 17
    "At dawn on Sunday 12 March 2023 Mrs Chan called 999 herself. She said 'help' and spoke in Cantonese until "
    "a Language Line interpreter was connected. Officers found her with a cut lip and Natalie hiding under a bed "
    "with the dog. Mr Chan was arrested for assault. With a professional interpreter, the DASH risk assessment "
    "was graded high and the case went to MARAC on 23 March 2023. Mrs Chan withdrew her statement two days after "
    "a visit from Pastor Yeung, and Mr Chan was released with no further action. The officer in the case, a DS, "
    "recorded that 'the victim states the church will help them'.",
    # 18
    "After the MARAC a strategy discussion was held on 24 March 2023 and a Section 47 enquiry began, led by "
    "Daniel Okafor (SW1). Mr Okafor saw Natalie at the nursery with an interpreter and looked at the family's "
    "public Instagram account, @sumsum_and_pudding, which Mrs Chan ran and which showed Natalie and the dog in "
    "the flat. He recorded Natalie's date of birth as 14th March 2019 and the mother's as 2nd August 1987. He "
    "did not speak to Mrs Lau, who he was told was 'too old to understand'. The enquiry concluded that the "
    "threshold for an Initial Child Protection Conference was not met, and a Section 17 child in need plan was "
    "agreed on 19 April 2023.",
    # 19
    "In June 2023 Mr Chan left the flat and moved to Whitefield, Bury, to live with a new partner, Ms Kerry "
    "Pilkington, whom he had met through deliveries for the Jade Lantern. Contact was arranged informally, "
    "with Natalie staying with her father every other weekend. Mr Chan's Facebook page, "
    "facebook.com/raymond.chan.tszkin, showed photographs of Natalie at Ms Pilkington's house from July 2023. "
    "Mr Okafor closed the child in need plan on 27 July 2023, recording that the separation had 'removed the "
    "risk', without speaking to Ms Pilkington or visiting the Whitefield address. The closure letter was "
    "addressed to 'Mrs Winnie Chan, Flat 4, Wynfold Grove, SK5' and omitted the postcode's second half, 7XQ.",
    # 20
    "Natalie started in Reception at Hollinfold Primary School in September 2023. The school's admission form, "
    "completed with Mrs Kwok's help, gave her date of birth as March 14, 2019; the 'previous concerns' section "
    "was blank, and the child in need closure summary had been sent to Ethan's new secondary school instead. In "
    "the week of the Mid-Autumn Festival, 29 September 2023, Mrs Whitworth noticed Natalie's left hand "
    "bandaged; Mrs Chan said she had caught it in a door at her father's. On Tuesday 17 October 2023, after a "
    "weekend with her father, Natalie was taken by ambulance from 27 Wynfold Grove and transferred to the Royal "
    "Manchester Children's Hospital, where she was booked in under NHS number 9434762158, with a subdural haemorrhage and a fractured left humerus. A skeletal survey "
    "found healing rib fractures some weeks old. Mr Chan and Ms Pilkington were arrested; the Child "
    "Safeguarding Practice Review Panel was notified on 20 October 2023.",
]

ANALYSIS = [
    "Language was the thread running through every contact. On at least seven occasions a child in the family "
    "interpreted for an adult, including for the DASH questions in July 2022 when Ethan was asked, in front of "
    "his father, whether his father had hurt his mother. The two occasions on which a professional interpreter "
    "was used – the Team Around the Family meeting and the March 2023 call – were the two occasions on which "
    "Mrs Chan's account differed from Mr Chan's. The message to every agency must be the one now printed on the "
    "front of the MASH screening form: ALWAYS USE A PROFESSIONAL INTERPRETER. No family member, and never a "
    "child, should interpret in safeguarding work.",
    "The family's names were recorded in at least five forms: Natalie Chan Wing-sum, Natalie Chen, CHAN Wing-sum, "
    "N.C. and Sum Sum. Practitioners were not confident about Hong Kong naming, in which the family name comes "
    "first, the given name is hyphenated (Tsz-kin, not 'Tze-kin' as GMP recorded it, nor 'T-K' as it appears in "
    "the takeaway's staff list) and an English name is added at school. Because the MASH search for 'Chen' "
    "returned nothing, the health visiting record of the birthmarks and the nursery's log were never brought "
    "together with the police record of domestic abuse.",
    "The January 2023 bruising is the clearest missed opportunity. Congenital dermal melanocytosis is common in "
    "children of East Asian heritage, which is exactly why it should be documented with a body map when first "
    "seen. Ms Ashworth's June 2021 note described the sacrum and buttocks only; it could not account for a "
    "fingertip-pattern bruise on an upper arm. A birthmark does not change colour or move, and a mark on a "
    "non-mobile site of a child of three needed a paediatric opinion under the local bruising protocol, whatever "
    "the child's ethnicity.",
    "The condition of no recourse to public funds shaped the household's stress. Mr Chan could not claim "
    "Universal Credit, and the family's debts grew while he worked nights at the Jade Lantern. Agencies did not "
    "ask about the visa conditions, and the Early Help plan's referral to Citizens Advice was the only response. "
    "There was little hope that a leaflet would ease pressures that, on Dickson's and Mr Leung's accounts, were "
    "building from the first months in Heaton Chapel.",
    "The Lion Rock Fellowship was the family's main source of support, and Mrs Kwok in particular did more for "
    "the Chans than any agency. But the group had no safeguarding policy, and Pastor Yeung's advice in December "
    "2022 and March 2023 to keep the matter 'within the family' contributed to Winnie's withdrawal of her "
    "statement. Practitioners repeatedly recorded 'well supported by church' as a protective factor without "
    "asking what the support was or who provided it. Faith and community groups for families arriving from Hong "
    "Kong are growing across Greater Manchester, and most have no link to the partnership.",
    "The separation in June 2023 was treated as the end of the risk. In reality it moved Natalie, every other "
    "weekend, into a household no agency had assessed, with an adult, Ms Pilkington, about whom nothing was known, "
    "in Whitefield, outside the borough. Working Together to Safeguard Children is clear that a change of "
    "household is a time to reassess, not to close. The hand injury in September 2023 was not connected to "
    "earlier concerns because the Hollinfold admission form, filled in for Mrs Chan by a volunteer, said nothing "
    "of them.",
    "These themes are not new. The inquiry into the death of Victoria Climbié, led by Lord Laming, warned of "
    "children's names recorded in several ways and of agencies relying on adults who spoke for the child; the "
    "national review following the death of Arthur Labinjo-Hughes found that risk was wrongly thought to have "
    "ended when a household changed. The duties in section 11 of the Children Act 2004 and the Children Act "
    "1989 were not in doubt; what was missing was curiosity about Natalie's daily life, and a single person "
    "who held the whole picture of the Chans' first two and a half years in Stockport.",
]

LEARNING = [
    "Learning 1: When a family arrives under the BN(O) route, practitioners should ask, at the first contact, "
    "which language each adult prefers, whether any condition of no recourse to public funds applies, and who "
    "else lives in the household. For the Chans that would have meant recording that Lau Siu-fong, the maternal "
    "grandmother, was a daily carer who spoke only Cantonese and was never once seen alone.",
    "Learning 2: Names from Hong Kong should be recorded in full, in the order the person uses, with the Chinese "
    "characters where the family gives them (for example 劉美玲 for Mrs Chan, whose English name is Winnie and "
    "whose family name before marriage is Lau) and every known spelling linked. A search for 'Chan' and 'Chen', "
    "'Tsz-kin' and 'Tze-kin', and for Natalie's date of birth written as 14-03-2019, would have joined the "
    "records in July 2022.",
    "Learning 3: A birthmark should be described with a body map the first time it is seen, and any later mark "
    "in a different place, or of a different shape, should be treated as a possible injury. The nursery at "
    "Bramblecot and the health visitor each thought the other had made the decision in January 2023. "
    "Practitioners can use the NSPCC guidance on bruising in non-mobile and young children and the Graded Care "
    "Profile to look at care over time rather than incident by incident.",
    "Learning 4: Faith and community groups are often where a family's troubles are first spoken about. Mrs "
    "Tsang and Mrs Kwok knew of the violence from Christmas 2022, months before any agency did. The partnership "
    "should offer groups such as the Lion Rock Fellowship simple safeguarding training, in Cantonese, and a "
    "named contact; festivals such as Chinese New Year and the Mid-Autumn Festival, and shared food such as dim "
    "sum after Sunday worship, are natural times to reach families.",
    "Learning 5: A parent's separation, a change of address or a new adult in a child's life, as when Mr Chan "
    "moved in with Kerry Pilkington, is a point at which to reassess, not to close. When a case is closed, the "
    "closure summary must go to every setting the child attends; the summary about Natalie (N.W.C.) went to her "
    "brother's school instead of hers.",
]

RECOMMENDATIONS = [
    ("All partner agencies must stop using Ethan and other children as interpreters, as happened at Marlcroft "
     "Medical Practice and in the GMP response to 27 Wynfold Grove, and must book a professional interpreter "
     "for any safeguarding conversation",
     "Issue a partnership-wide interpreting standard and audit use of Language Line in MASH, police and GP "
     "safeguarding contacts", "Partnership Business Manager", "31-07-2024"),
    ("The MASH must search every known spelling and order of a child's names, such as Natalie Chan Wing-sum and "
     "Natalie Chen, and the date of birth, before deciding that an agency holds no record",
     "Update the MASH search procedure and train screening staff in East Asian naming conventions",
     "Head of MASH", "30-09-2024"),
    ("Health visitors and early years settings such as Bramblecot Day Nursery must complete a body map whenever "
     "congenital dermal melanocytosis is first recorded and must seek a paediatric opinion for any mark elsewhere",
     "Revise the bruising protocol and the health visiting transfer-in template",
     "Named Nurse for Safeguarding Children", "31-12-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE – Agency Report – Natalie CHAN Wing-sum (DOB 14/03/2019), Flat 4, Aldercote House, 27 Wynfold Grove, Reddish SK5 7XQ",
    footer="Author: Rachel Ashworth (HV1), Health Visiting Service – r.ashworth@example.org – 01632 960214",
    comment="Check with Mrs Kwok whether Por Por (Margaret Lau) still lives at Wynfold Grove, and whether Ray's car MF21 KZT is the grey Toyota the patrol stopped.",
    footnote="Mrs Chan's identity card (Z683412(5)) and the Home Office reference GWF062741853 were copied by the Marlcroft receptionist; Ethan, then aged eight, translated for his mother.",
)
