# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 116): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CIOSSCP-2023-02"

CASE_TOML = """\
reference = "CIOSSCP-2023-02"
review = "Child Safeguarding Practice Review"
subject = "Child P"
board = "Cornwall and the Isles of Scilly Safeguarding Children Partnership"
period = { from = "01-01-2020", to = "11-03-2023" }
decision = "04-04-2023"
notification = "13-03-2023"

[[agencies]]
name = "Devon and Cornwall Police"
aliases = ["Police", "D&C Police"]

[[agencies]]
name = "Cornwall Council Children's Services"
aliases = ["Children's Services", "Multi Agency Referral Unit", "MARU"]

[[agencies]]
name = "Cornwall Partnership NHS Foundation Trust"
aliases = ["CPFT", "CAMHS"]

[[agencies]]
name = "Polvennor Community Primary School"
aliases = ["Polvennor Primary", "Polvennor School"]
published_as = "the primary school"

[[agencies]]
name = "Penhallow Vean Surgery"
aliases = ["Penhallow Vean"]
published_as = "the GP practice"

[[agencies]]
name = "Penvose Academy"
published_as = "the secondary school"

[[people]]
name = "Jory Tregembo"
aliases = ["Jory", "Jory Hosking", "J.T."]
role = "child"
pseudonym = "Child P"
born = "17-02-2009"
address = "Chy-an-Mor, 4 Penwartha Terrace, Newlyn, Penzance TR18 9ZW"

[[people]]
name = "Morwenna Tregembo"
aliases = ["Morwenna", "Wenna", "Morwenna Hosking", "Mrs Tregembo"]
role = "mother"
pseudonym = "Mother"
born = "03-06-1985"
address = "Chy-an-Mor, 4 Penwartha Terrace, Newlyn, Penzance TR18 9ZW"

[[people]]
name = "Jago Tregembo"
aliases = ["Jago", "Mr Tregembo"]
role = "father"
pseudonym = "Father"
born = "21-11-1981"
address = "Chy-an-Mor, 4 Penwartha Terrace, Newlyn, Penzance TR18 9ZW"

[[people]]
name = "Elowen-Rose Tregembo"
aliases = ["Elowen-Rose", "Elowen"]
role = "sibling"
pseudonym = "Sibling"
born = "09-09-2015"
address = "Chy-an-Mor, 4 Penwartha Terrace, Newlyn, Penzance TR18 9ZW"

[[people]]
name = "Loveday Hosking"
aliases = ["Loveday", "Mrs Hosking"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "12-04-1958"
address = "11 Bosvargus Row, Mousehole, Penzance TR19 6QJ"

[[staff]]
name = "Tamsin Rowe"
code = "SW1"
role = "Social Worker"
agency = "Cornwall Council Children's Services"

[[staff]]
name = "Nathan Pengilly"
code = "DC1"
role = "Detective Constable"
agency = "Devon and Cornwall Police"

[[staff]]
name = "Demelza Curnow"
code = "CAMHS1"
role = "CAMHS Practitioner"
agency = "Cornwall Partnership NHS Foundation Trust"

[[staff]]
name = "Hilary Bone"
code = "DSL1"
role = "Headteacher and Designated Safeguarding Lead"
agency = "Polvennor Community Primary School"

[[staff]]
name = "Alasdair Ferrier"
code = "GP1"
role = "General Practitioner"
agency = "Penhallow Vean Surgery"
"""

IDENTIFIERS = {
    "key_name": [
        "Jory Tregembo", "Jory", "Tregembo", "TREGEMBO", "Tregembos", "Tregambo", "TREGAMBO",
        "Jorey", "Jory Hosking", "Morwenna", "Morwena", "Hosking", "Jago", "Elowen-Rose",
        "Elowen", "Loveday", "Tamsin Rowe", "Rowe", "Nathan Pengilly", "Pengilly",
        "Demelza Curnow", "Curnow", "Hilary Bone", "Bone", "Alasdair Ferrier", "Ferrier",
    ],
    "nickname": ["Sprat", "Wenna", "Jag", "Lowey", "Nan Loveday", "Vinny", "Bodes"],
    "initials": ["J.T.", "JT", "E-R", "M.T.", "S.V.", "KB"],
    "not_in_key": [
        "Shane Vingoe", "Vingoe", "Kyle Boden", "Boden", "Kayleigh Eddy", "Cissie Trounson",
        "Trounson", "Wilfred Angwin", "Angwin", "Gwenaëlle Le Goff", "Gwenaëlle",
        "Gwenaelle", "Le Goff", "Rodel Bañez", "Bañez", "Banez", "Dan Polglase", "Polglase",
        "Marcus Hendra", "Hendra",
    ],
    "address": [
        "Chy-an-Mor", "4 Penwartha Terrace", "Penwartha Terrace", "Penwartha Ter.",
        "11 Bosvargus Row", "Bosvargus Row", "Flat 2, 19 Polgrain Road", "Polgrain Road",
        "Gwelvor estate", "Carnhallow Slip", "Flat 7, Haldon Court", "Haldon Court",
        "Devonport", "Newlyn", "Mousehole", "Penzance",
    ],
    "postcode": ["TR18 9ZW", "TR189ZW", "TR18", "9ZW", "TR19 6QJ", "PL1 4ZT"],
    "agency_place": [
        "Polvennor Community Primary School", "Polvennor Primary", "Polvennor",
        "Penhallow Vean Surgery", "Penhallow Vean", "Penvose Academy", "Penvose",
    ],
    "number": [
        "07700 900614", "07700 900937", "07700900358", "01632 960418", "+44 7700 900772",
        "07700 900251", "07700 900583", "01632 960733", "401 562 8837", "4015628837",
        "629 411 7305", "QQ 48 21 77 B", "wenna.tregembo@example.co.uk", "jory.t09@example.com",
        "@sprat_pz09", "instagram.com/vinny.pz.v", "WF17 OXR", "WK68 HVB", "PZ 731",
    ],
    "date_of_birth": [
        "17/02/2009", "17.02.09", "February 17, 2009", "17th February 2009", "17-02-2009",
        "03/06/1985", "3rd June 1985", "21.11.81", "09/09/2015", "12/04/1958",
    ],
    "other": [
        "Morvoren", "Trenwith Seafoods", "Stormcock Inn", "Polgwyn Methodist Chapel",
        "Polgwyn", "Bucca", "Benny line",
    ],
}

ORDINARY = [
    "Children Act 1989", "Modern Slavery Act 2015", "Misuse of Drugs Act 1971",
    "Working Together to Safeguard Children", "Child Safeguarding Practice Review Panel",
    "It was hard to escape", "The Myth of Invisible Men", "National Referral Mechanism", "NRM",
    "MARU", "Section 47", "Child in Need", "strategy discussion", "Early Help", "CAMHS",
    "Child Protection conference", "Childline", "Fishermen's Mission", "RNLI", "CEOP", "Kooth",
    "British Transport Police", "Royal Cornwall Hospital", "Bristol Royal Hospital for Children",
    "salbutamol", "sertraline", "ketamine", "asthma", "Brook Sexual Behaviours Traffic Light Tool",
    "Contextual Safeguarding", "St Piran's Day", "Christmas", "tea treat", "saffron bun", "Wesley",
    "said grace", "dreckly", "wisht", "teasy", "mazed", "proper job", "cheel", "emmets",
    "Kernewek", "Nadelik Lowen", "mamm-wynn", "Onan hag Oll", "Was Not Brought", "in May 2021",
    "John Dory", "thornback ray", "Faith", "DC", "DS", "PCSO", "Detective Inspector",
    "county lines", "NO LIFTS FROM ANY ADULT MAN WITHOUT MUM SAYING YES FIRST",
]

INVOLVEMENT = [
    "Jory Tregembo (Child P) was born on 17/02/2009 and at the start of the review period was in Year 6 at Polvennor Community Primary School, a village school of sixty-one pupils on the hill above the harbour. He lived with his mother, Morwenna Tregembo (née Hosking), his younger sister Elowen-Rose, known at home as Lowey, and the family's dog, Bucca, at Chy-an-Mor, 4 Penwartha Terrace, Newlyn, Penzance TR18 9ZW, a rented granite cottage the family had occupied since 2012. His father, Jago Tregembo, crewed and later skippered the scalloper Morvoren (PZ 731), owned by Trenwith Seafoods Ltd, and worked trips of three to four weeks at a time, landing at Milford Haven or Brixham and coming home for between four and nine days in between. Jory's maternal grandmother, Loveday Hosking, lived alone at 11 Bosvargus Row, Mousehole, TR19 6QJ, and the family worshipped at Polgwyn Methodist Chapel, where Mrs Hosking had taught in the Sunday school for forty years. The school's admission form, completed by Wenna in 2013, gives the father's contact as 'on the boat - ring Mum' and the home landline as 01632 960418.",
    "When the schools closed in March 2020 Jory and Elowen-Rose were offered places in the school's key worker hub, because both parents worked in food production: Mrs Tregembo worked early shifts, from 4am, on the filleting line at Trenwith Seafoods. The headteacher and designated safeguarding lead, Hilary Bone (DSL1), recorded on 23 April 2020 that Jory seemed 'wisht and tired' and had told a teaching assistant he had been 'down the quay with the boys till gone eleven'. He was known to everyone on the harbour, including, it later emerged, the men who exploited him, as 'Sprat', the name his father's crew had given him when he first went aboard as a small boy; his father was known on the quay as Jag. Mrs Bone wrote that the family were 'proper fishing people, chapel people, salt of the earth' and that Jory was 'a good cheel who misses his dad'. She spoke to Mrs Tregembo at the gate and was told that Jory would be in bed earlier 'dreckly, once his father's home'. No further action was recorded.",
    "On 16 June 2020 Dr Alasdair Ferrier (GP1) at Penhallow Vean Surgery reviewed Jory's asthma by telephone. His salbutamol inhaler had been reissued five times in three months; the practice holds his NHS number as 401 562 8837 and his date of birth as 17.02.09. Dr Ferrier noted that Mum, recorded on the consultation as 'Morwena Tregembo', said Jory was 'using his pump more because he's out on his bike all hours' and that she thought he had started smoking, which Jory denied. Dr Ferrier gave advice about smoking and vaping, increased the preventer inhaler and arranged a face-to-face review which did not take place. The record contains no question about whom Jory was with when he was out, or where, and the practice did not know that his father was away for most of each month: Mr Tregembo's own record at Penhallow Vean, which gives his date of birth as 21.11.81, shows no attendance since 2016.",
    "In September 2020 Jory moved to Penvose Academy, a secondary school of eleven hundred pupils four miles from home, travelling on the school bus. His head of year, Mr Dan Polglase, recorded in October that his attendance had fallen to 86 per cent and that he was often late on Mondays. On 14 November 2020, during the second national lockdown, a PCSO on foot patrol found Jory, then eleven, with two men in their late twenties in a net loft at Carnhallow Slip at 21:40. One of them was Shane Vingoe, then 29, a former deckhand known on the harbour as 'Vinny', who rented the loft from a retired fisherman. The PCSO recorded that the men said they were 'teaching the boy to mend nets' and that there was a strong smell of cannabis. She walked Jory home to Penwartha Ter. and entered the contact on the police system as 'Jory TREGAMBO, 11 yrs, returned to mother, no offences disclosed'. Because of the misspelling the contact did not link to the family when their records were searched the following year.",
    "On 8 February 2021, while the schools were again closed to most pupils, Elowen-Rose, then five and attending the hub, told her teacher that 'Jory's friend Vinny gives him twenty pounds and Mum says don't tell Dad because Dad will go mazed'. Mrs Bone recorded the conversation in the safeguarding log under 'E-R' and the next morning made a referral to the Multi Agency Referral Unit (MARU). The referral gave the mother's mobile, 07700 900614, her email, wenna.tregembo@example.co.uk, her date of birth as 03/06/1985 and her National Insurance number, QQ 48 21 77 B, copied from the free school meals form, and said that the father was 'at sea until the end of the month, no phone signal'. The MARU social worker spoke to Mrs Tregembo, who said that Vinny was 'a lad off the boats' who gave Jory odd jobs on the quay, that Jory was saving for a bike and that she would have a word with him. The contact was closed on 11 February 2021 with advice to the mother and a letter to the school. No one checked the name Vingoe with the police, and no one spoke to Jory or to his father.",
    "Jory was first reported missing on Saturday 22 May 2021, when he did not come home after gig rowing practice. Mrs Tregembo rang 999 at 23:50. Her husband had been fishing in the Irish Sea since early in May 2021, and she told the call handler that she could not reach him because the boat's satellite phone was 'only for emergencies, and the owner has to ring it'. A neighbour, Mrs Cissie Trounson, told officers that she had seen Jory get into a black Audi, registration WF17 OXR, at the top of the terrace. Jory was found at 10:15 the following morning at Flat 2, 19 Polgrain Road, on the Gwelvor estate, the flat of Vingoe's partner, Kayleigh Eddy. PC Marcus Hendra recorded that Jory was 'safe and well, stayed over with mates and lost track of time' and that the flat was 'untidy, no concerns'. The youth service offered a return home interview by text to Jory's phone, 07700 900937; it was not taken up. Officers did not record that a second handset, later found to be 07700900358, was in Jory's pocket when he was found.",
    "On 6 July 2021 Mrs Tregembo saw Dr Ferrier about low mood and poor sleep. She told him she was 'on my own with the two of them three weeks in four', that Jory had become 'teasy and secretive', that he had new trainers and an expensive phone she had not bought him, and that she was frightened he was 'mixed up with somebody'. Dr Ferrier started sertraline 50mg and gave her the number of a local counselling service. He recorded, under her NHS number 629 411 7305, 'Son 12 - behaviour, ?peer group. Husband away at sea', but he did not open Jory's record, where the earlier concern about smoking was coded, and he did not consider a safeguarding referral. Dr Ferrier told the review that he had known the family for many years and that Mrs Tregembo had presented the difficulty as 'ordinary teenage stuff, proper job otherwise'. She told the review that she had hoped he would ask her more.",
    "On 20 September 2021 Penvose Academy found £340 in cash, two mobile phones and a small amount of cannabis in Jory's blazer. Mr Polglase referred to the MARU, and the case was allocated for a Child and Family assessment under Section 17 of the Children Act 1989 to Tamsin Rowe (SW1), a social worker in the West Cornwall locality team. Ms Rowe visited Chy-an-Mor twice and saw Jory once, in the kitchen, with his mother present. Jory said the money was from 'helping out on the fish market' and that the phones were 'old ones'. Ms Rowe recorded his Snapchat name as @sprat_pz09 and his email address as jory.t09@example.com, and noted that he had removed the school's filter from his phone. Mr Tregembo was at sea during both visits. The assessment was signed off on 29 October 2021 with a recommendation of Early Help support through the school, and described the father's part in one line: 'Dad works away on the trawlers, supportive, not seen'.",
    "Dr Ferrier referred Jory to CAMHS in November 2021 after a further consultation at which Mrs Tregembo described him as 'not sleeping, angry, and frightened of something'. The referral was triaged by Demelza Curnow (CAMHS1), a practitioner in the single point of access of the Cornwall Partnership NHS Foundation Trust, who offered two appointments at the Penzance clinic, on 2 and 16 December 2021. Jory attended neither. The first was recorded as 'DNA' and the second, after the Trust changed its recording policy, as 'Was Not Brought'. Ms Curnow wrote to the family at 4 Penwartha Terrace and discharged Jory to the GP on 7 January 2022, suggesting that he might try Kooth. Jory spent Christmas 2021 with his grandmother in Mousehole. Mrs Hosking later gave the review a card he had made her, which read 'Nadelik Lowen mamm-wynn, sorry for everything, love J.T.'; she said she had shown it to the minister but had not known who else to tell.",
    "On Thursday 27 January 2022 British Transport Police officers stopped Jory, then twelve, at Plymouth station off a train from Penzance. He was carrying £610 in cash, eighteen wraps later confirmed as cocaine and a basic handset that took calls as the 'Benny line' on +44 7700 900772. He would not give his name at first and was booked as 'unknown male, approx 15', and later as Jorey Tregembo, date of birth February 17, 2009. A man seen travelling with him, Kyle Boden, 26, of Flat 7, Haldon Court, Devonport, PL1 4ZT, known as 'Bodes' or 'KB', left the station before officers could speak to him. Devon and Cornwall Police held a strategy discussion on 31 January 2022, the first in the review period, chaired by a DS from the exploitation team, which identified Jory as at high risk of criminal exploitation through county lines and agreed a referral to the National Referral Mechanism (NRM). DC Nathan Pengilly (DC1) was allocated. No one from the Morvoren or from Trenwith Seafoods was asked to pass a message, and Jory's father did not learn of the arrest until he came ashore on 12 February.",
    "Ms Rowe met Mr Tregembo for the first and only time on 15 February 2022, at home, between trips. She recorded that Jago was 'shocked and angry', that he blamed 'emmets and Plymouth boys' for bringing drugs into the town, and that he meant to take Jory to sea with him in the summer 'to straighten him out, like my father did with me'. Jory became the subject of a Child in Need plan on 17 February 2022, his thirteenth birthday. Mr Tregembo told the review that nobody gave him a telephone number, a copy of the plan or any way of taking part while he was away. His crewmate on the Morvoren, Rodel Bañez, recorded as 'Rodel Banez' on the police statement he gave in 2023, told the review that Jago rang home every night the boat was in range and had said that winter that 'the boy has gone quiet on me'. The Child in Need meetings were held on Tuesday mornings, and Mr Tregembo attended none of them. On St Piran's Day, 5 March 2022, Jory was absent from school; that night a chapel steward, Mr Wilfred Angwin, saw him in the car park of the Stormcock Inn at 11pm getting into a grey Golf, registration WK68 HVB, and told Mrs Hosking, but not the police.",
    "In May 2022 Jory's sister, by then six, told Mrs Bone that 'a man took pictures of Jory with no top on in the loft' and that Jory had cried. Mrs Bone referred to the MARU the same day, recording Elowen-Rose's date of birth as 09/09/2015, and on 24 May 2022 DC Pengilly and Ms Rowe held a second strategy discussion, which agreed Section 47 enquiries for Jory and considered, for the first time, sexual as well as criminal exploitation. Jory's phone was examined with his mother's consent; it held messages from the account instagram.com/vinny.pz.v offering him money and vapes to 'come round and model'. Ms Rowe used the Brook Sexual Behaviours Traffic Light Tool with the secondary school and recorded several red indicators, and a report was made to CEOP. Ms Rowe gave Jory the Childline number and showed him how to report images through its website. Shane Vingoe was arrested on 8 June 2022 and released under investigation; the bail conditions the officer in the case had asked for were not imposed. Mrs Tregembo's friend Gwenaëlle Le Goff, who had come over from Brittany to work on the fish market and who appears in the police file as 'Gwenaelle Le Goff', told Ms Rowe that Jory was 'more frightened of what his father will do to Vinny than of Vinny'.",
    "Jory was excluded from Penvose for five days in September 2022 after he brought a lock knife onto the school bus, and on his return he was placed on a part-time timetable of two hours a day. Between 1 September and 20 November 2022 he was reported missing nine times, four times overnight. Mrs Trounson rang the police non-emergency number on 2 October 2022 to say that 'men in cars' were waiting at the end of Penwartha Terrace at night, and later gave the review her own handwritten list of registrations. An initial Child Protection conference was held on 24 November 2022 and Jory became the subject of a child protection plan under the category of physical abuse, which the chair described as 'extra-familial harm'. Mr Tregembo was at sea and was not told the date: the minutes record 'father invited by letter', a letter sent to Chy-an-Mor and opened by his wife. The safety plan agreed at the conference ended with a line in capitals which Mrs Tregembo stuck to the fridge: NO LIFTS FROM ANY ADULT MAN WITHOUT MUM SAYING YES FIRST.",
    "Over Christmas 2022 the plan leaned heavily on Mrs Hosking. Jory stayed at 11 Bosvargus Row for ten nights, helped to decorate Polgwyn for the carol service and on Boxing Day went out for the day with his father's cousin, a crabber. Mrs Hosking, known to the children as Nan Loveday and at chapel as 'our Loveday', texted the social worker from 07700 900251 on 29 December to say he was 'eating well, sleeping, saying his prayers, proper job'. The core group met on 10 January 2023 and heard that Jory had been seen with Vingoe again at the Stormcock. The minutes record the grandmother's date of birth as 12/04/1958 and her worry that she was 'too old to be chasing after him'. Jory turned fourteen in February 2023. On 24 February the CAMHS service, to which Ms Curnow had re-referred him on the conference's recommendation, offered him an appointment for the middle of April.",
    "At 02:10 on Saturday 11 March 2023 a crewman returning to a beam trawler on the quay saw Jory in the water between two boats in the inner harbour. He was brought out with a boathook and a ladder, the RNLI and the ambulance service attended, and he was in cardiac arrest when paramedics reached him. He was taken to the Royal Cornwall Hospital and then to the paediatric intensive care unit at the Bristol Royal Hospital for Children. Toxicology found ketamine and alcohol. His phone, recovered from the net loft, held messages sent from Vingoe's number, 07700 900583, at 00:47, telling him to 'come down the slip, KB's here'. The hospital recorded him as JORY TREGEMBO, 17-02-2009, NHS number 4015628837. A Detective Inspector took command of the investigation, and DC Pengilly arrested Shane Vingoe and Kyle Boden later that day on suspicion of offences under the Modern Slavery Act 2015 and the Misuse of Drugs Act 1971. Jory survived with a hypoxic brain injury and will need long-term rehabilitation. Mr Tregembo was on the Morvoren, 140 miles south-west of the Scillies, when the owner reached him by radio, and was landed by another boat the following evening.",
]

ANALYSIS = [
    "Over more than three years of agency contact Jago Tregembo was seen by a professional once. The Child Safeguarding Practice Review Panel's report The Myth of Invisible Men describes fathers and male carers who are absent from assessments because practitioners do not look for them; Mr Tregembo was absent because practitioners assumed that a man at sea could not be reached. That assumption was wrong. Fishing vessels carry satellite communications, owners and skippers pass urgent messages routinely, and the Fishermen's Mission exists in part to support fishing families through exactly these separations. Nobody asked Trenwith Seafoods for the Morvoren's trip pattern so that meetings could be held when he was ashore. His plan to take Jory to sea 'to straighten him out' was recorded and not discussed: it was a risk, because a thirteen-year-old cannot lawfully work on a fishing vessel, and it was also the offer of a father who wanted to do something and had been given nothing to do.",
    "Jory was exploited in the places where he was known and where he felt safest: the quay, the net loft at Carnhallow Slip, the car park of the Stormcock Inn and the Gwelvor estate. The men who groomed him used his harbour name, Sprat, and the small kindnesses of harbour life, a lift, a job mending nets, a few pounds for helping on the market, as cover. The national review It was hard to escape describes 'teachable moments' at which a child drawn into county lines may be reached; the British Transport Police stop in January 2022 was such a moment, and so was the PCSO's discovery of an eleven-year-old in a net loft in November 2020. Adults in the community noticed a great deal. Mrs Trounson kept a list of registrations and Mr Angwin saw Jory get into a car at 11pm, but they told each other and the chapel rather than the police, and no agency had asked them to do otherwise. A Contextual Safeguarding approach would have treated the harbour itself as the thing to be assessed.",
    "The review found Jory recorded under at least six names: Jory Tregembo, Jory TREGAMBO, Jorey Tregembo, Jory Hosking on the CAMHS system, which had taken his mother's maiden name from an old registration, J.T. and JT in the school's log, and 'Sprat' in police intelligence about Vingoe, where he was not linked to his own record at all. His mother appears as Morwenna, Morwena and Wenna, and Mr Polglase's referral calls the family 'the Tregembos of Chy-an-Mor'. His date of birth was written as 17/02/2009, 17.02.09 and February 17, 2009, and the postcode TR18 9ZW appears once as TR189ZW and once, on the custody record, as 'TR18, Cornwall'. Cornish surnames are often misheard by call handlers and officers from outside the county, and none of the searches made in 2021 used the date of birth with the postcode. Had they done so, the PCSO's contact in November 2020 would have been in front of the MARU when it closed the referral in February 2021.",
    "Faith and community were strengths in this family and should have been treated as such. Polgwyn chapel was the centre of Mrs Hosking's life; she told the review that she said grace with Jory at every meal he ate with her, that he had sung a Charles Wesley hymn at the Sunday school anniversary and that he had 'always loved the tea treat, for the saffron bun more than the hymns'. Faith, she said, was what had kept her going. At Polvennor, Jory had learned some Kernewek and had painted 'Onan hag Oll' on a banner for the school's St Piran's Day parade. Practitioners recorded these things warmly and then relied on them: 'chapel family' and 'close-knit community' appear in the records as reasons for reassurance rather than as sources of information and help. Nobody asked the minister, the chapel stewards or the grandmother what they had seen, although between them they knew more about Jory's evenings than any agency.",
    "For most of the review period Jory was responded to as a boy in trouble rather than as a child being exploited. The MARU closed the first referral on the mother's word; the first missing episode was recorded as a sleepover; the CAMHS appointments he missed were recorded against him; and after he carried a knife he was excluded and then given a part-time timetable that left him free during the day. Section 47 enquiries began only in May 2022, sixteen months after his sister first described Vinny's money, and the NRM referral was made after he was found with drugs on a train. Working Together to Safeguard Children is clear that children who are criminally exploited are victims, whatever they carry, and that harm outside the home is a child protection matter. The practitioners involved were conscientious and several were deeply affected by what happened to Jory, but they were working within a system that did not join up what the harbour, the school and the family already knew.",
]

LEARNING = [
    "Fathers who work at sea must be included, not excused. Where a parent works away, whether on the boats, on the rigs or on long-distance haulage, agencies should ask at the first contact how the parent can be reached, record the trip pattern and arrange meetings around it, and should agree with the vessel owner or the Fishermen's Mission how an urgent message will be passed. A letter to the family home is not an invitation to a father who is two hundred miles out in the Western Approaches. Jory's father said to the review: 'If someone had rung the boat, I would have come home.'",
    "A younger child's words about an older sibling are a referral about both children. Elowen-Rose twice told staff at Polvennor Primary what was happening to her brother, in February 2021 and in May 2022, and on both occasions the school acted promptly and recorded her words exactly. The learning is for the agencies that received those referrals: a five-year-old who says that a grown man gives her brother money and that Dad must not be told is describing grooming, and the MARU should have treated it as such, spoken to Jory and checked the man's name.",
    "Names, nicknames and harbour names must be searched together. In a small fishing community many people are known by names that appear on no official record, and the same surname may be spelled three ways in a single week. Searches should combine all known spellings with the date of birth and postcode, and nicknames such as Sprat and Vinny should be added to the records of the child and of the adults who pose a risk to him. The learning applies equally to the police intelligence system, the MARU, the GP record and the CAMHS case management system.",
    "The harbour is a place, and places can be safeguarded. Net lofts, slipways and the car parks of licensed premises were where Jory was groomed, supplied and photographed. The partnership should work with the harbour authority, vessel owners, licensees and the chapel to map those places, to share what is seen there and to disrupt the adults who use them, using the powers available under the Modern Slavery Act 2015 and through child abduction warning notices. When Vingoe was released under investigation without conditions in June 2022, the adults around Jory had no means of keeping him away from the loft.",
    "Practitioners should understand, and record exactly, the words that children and families use. Jory was 'wisht' in 2020 and 'teasy' in 2021; his father would 'go mazed'; his grandmother wrote 'proper job' when she meant that things were better than they had been; and a card in which a twelve-year-old apologised 'for everything' in Cornish was read as a sweet gesture. Practitioners new to Cornwall, and those who have lived here all their lives, should be curious about what is meant, and should not allow a familiar phrase such as 'dreckly' or 'he's a good cheel' to close a conversation that needed to be opened. Jory could tell a John Dory from a thornback ray before he could read; the adults around him knew the harbour as well as he did, and more could have been asked of them.",
]

RECOMMENDATIONS = [
    ("Cornwall Council Children's Services and Devon and Cornwall Police should make sure that a parent who works at sea, as Jago Tregembo did, is told of and able to join every strategy discussion, Child in Need meeting and Child Protection conference about his child",
     "Agree a protocol with vessel owners and the Fishermen's Mission for passing urgent safeguarding messages to crew at sea, and schedule meetings around trip patterns; audit ten cases", "Head of Service, Children's Services", "30-09-2023"),
    ("The MARU should search every known spelling and nickname of a child and of the adults around him, such as Tregambo, Jorey, Sprat and Vinny, together with the date of birth and postcode",
     "Update the MARU search protocol and train all MARU and police staff in it", "Detective Inspector, MARU", "31-07-2023"),
    ("Schools such as Polvennor Community Primary School, and the MARU, should treat a younger sibling's account of an older child's harm as a referral about both children",
     "Add sibling disclosures to designated safeguarding lead training and to the MARU threshold guidance", "Education Safeguarding Lead", "31-12-2023"),
    ("The partnership should map the harbour, net lofts, slipways and licensed premises as places of extra-familial harm and, using Contextual Safeguarding, work with the harbour authority, the chapel and the community to disrupt exploitation there",
     "Establish a harbour safeguarding group with quarterly reporting to the partnership", "Partnership Business Manager", "31-03-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | CIOSSCP-2023-02 | Jory TREGEMBO ('Sprat'), DOB 17/02/2009, Chy-an-Mor, 4 Penwartha Terrace, Newlyn TR18 9ZW",
    footer="Author: Tamsin Rowe (SW1), West Cornwall locality team, 01632 960733 | Family: the Tregembos, Penwartha Ter. | Draft 2 - not for circulation",
    comment="TR: check with DC Pengilly whether S.V. and KB are still under investigation before panel. M.T. asked that Nan Loveday is not named as the one who told the chapel about the Golf.",
    footnote="CAMHS holds Jory under 'Jory Hosking', NHS number 4015628837, DOB 17th February 2009; mother Morwenna Tregembo, NHS number 629 411 7305, DOB 3rd June 1985.",
)
