# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 124): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "HSSCP-2024-007"

CASE_TOML = """\
reference = "HSSCP-2024-007"
review = "Child Safeguarding Practice Review"
subject = "Child L"
board = "Hartlepool and Stockton-on-Tees Safeguarding Children Partnership"
period = { from = "01-03-2022", to = "12-01-2024" }
decision = "09-02-2024"
notification = "15-01-2024"

[[agencies]]
name = "Cleveland Police"
aliases = ["Police"]

[[agencies]]
name = "Hartlepool Children's Services"
aliases = ["Children's Services", "Children's Social Care", "CSC"]

[[agencies]]
name = "North Tees and Hartlepool NHS Foundation Trust"
aliases = ["North Tees and Hartlepool", "Health Visiting Service", "Health Visiting"]

[[agencies]]
name = "Tees, Esk and Wear Valleys NHS Foundation Trust"
aliases = ["TEWV"]

[[agencies]]
name = "Gallowfield Primary School"
aliases = ["Gallowfield Primary", "Gallowfield"]
published_as = "the primary school"

[[agencies]]
name = "Little Puffins Nursery"
aliases = ["Little Puffins"]
published_as = "the nursery"

[[agencies]]
name = "Fensgate Medical Centre"
aliases = ["Fensgate Surgery", "Fensgate"]
published_as = "the GP practice"

[[people]]
name = "Lacey-Mae Tindall"
aliases = ["Lacey-Mae", "Lacey", "Lacey Mae", "Lacie-Mae", "Lacey-Mae Bonner", "Titch", "L-M", "L.M.T.", "LMT"]
role = "child"
pseudonym = "Child L"
born = "09-02-2019"
address = "14 Cormorant Walk, Skelwick, Hartlepool TS25 9QX"

[[people]]
name = "Shannon Louise Tindall"
aliases = ["Shannon", "Shanon", "Shannon Tindall", "Shan", "Ms Tindall", "S.T."]
role = "mother"
pseudonym = "Mother"
born = "17-06-1996"
address = "14 Cormorant Walk, Skelwick, Hartlepool TS25 9QX"

[[people]]
name = "Darren Paul Bonner"
aliases = ["Darren", "Darren Bonner", "Darran Bonnar", "Bonnar", "Mr Bonner", "Bonzo", "Daz", "D.B.", "DPB"]
role = "mother's partner"
pseudonym = "Mother's Partner"
born = "03-11-1984"
address = "14 Cormorant Walk, Skelwick, Hartlepool TS25 9QX"

[[people]]
name = "Tyler-James Tindall"
aliases = ["Tyler-James", "Tyler", "TJ", "T-J"]
role = "sibling"
pseudonym = "Sibling 1"
born = "22-08-2015"
address = "14 Cormorant Walk, Skelwick, Hartlepool TS25 9QX"

[[people]]
name = "Denise Tindall"
aliases = ["Denise", "Dee", "Nana Dee"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "30-04-1971"
address = "52 Throstle Grove, Brierholme, Hartlepool"

[[people]]
name = "Kenneth Tindall"
aliases = ["Kenneth", "Kenny"]
role = "maternal grandfather"
pseudonym = "Maternal Grandfather"

[[people]]
name = "Jordan Pounder"
aliases = ["Jordan", "Mr Pounder"]
role = "father"
pseudonym = "Father"

[[staff]]
name = "Rachael Featherstone"
code = "SW1"
role = "Social Worker"
agency = "Hartlepool Children's Services"

[[staff]]
name = "Joanne Elstob"
code = "HV1"
role = "Health Visitor"
agency = "North Tees and Hartlepool NHS Foundation Trust"

[[staff]]
name = "Sunil Varma"
code = "GP1"
role = "General Practitioner"
agency = "Fensgate Medical Centre"

[[staff]]
name = "Beverley Scurr"
code = "NM1"
role = "Nursery Manager"
agency = "Little Puffins Nursery"

[[staff]]
name = "Craig Hindmarch"
code = "PC1"
role = "Police Constable"
agency = "Cleveland Police"

[[staff]]
name = "Lindsey Coulthard"
code = "DS1"
role = "Detective Sergeant"
agency = "Cleveland Police"
"""

IDENTIFIERS = {
    "names": [
        "Lacey-Mae Tindall", "Lacey-Mae", "Lacey Mae", "Lacey", "Lacie-Mae", "Tindall", "Tindale",
        "Tindalls", "Shannon Louise Tindall", "Shannon", "Shanon", "Darren Paul Bonner",
        "Darren Bonner", "Darren", "Darran", "Bonner", "Bonnar", "Tyler-James Tindall",
        "Tyler-James", "Tyler", "Denise Tindall", "Denise", "Kenneth Tindall", "Kenneth",
        "Jordan Pounder", "Pounder",
    ],
    "nicknames": ["Bonzo", "Daz", "Shan", "Titch", "Dee", "Kenny", "Tiny"],
    "initials": ["L-M", "L.M.T.", "LMT", "S.T.", "D.B.", "DPB", "TJ", "T-J"],
    "people_not_in_key": [
        "Pauline Heslop", "Heslop", "Gary Lumsden", "Lumsden", "Kirsty Raine", "Raine",
        "Jade Purvis", "Purvis", "Trevor Maddison", "Maddison", "Colin Armstrong",
        "Alison Thwaites", "Thwaites",
    ],
    "staff": [
        "Rachael Featherstone", "Featherstone", "Joanne Elstob", "Elstob", "Sunil Varma", "Varma",
        "Craig Hindmarch", "Hindmarch", "Lindsey Coulthard", "Coulthard", "Beverley Scurr", "Scurr",
    ],
    "streets": ["Cormorant Walk", "Gallowfield Terrace", "Gallowfield Tce", "Throstle Grove",
                "Wreckhill Road", "Wreckhill Rd"],
    "estates": ["Skelwick Estate", "Skelwick"],
    "house_numbers": ["14 Cormorant Walk", "Flat 6, 31 Gallowfield Terrace", "31 Gallowfield Tce",
                      "52 Throstle Grove", "88 Wreckhill Road", "Plot 112"],
    "places": ["Brierholme", "Paderborn", "Torrevieja"],
    "postcodes": ["TS25 9QX", "TS259QX", "TS25", "9QX", "TS24 0ZP", "TS24"],
    "locating_agencies": [
        "Gallowfield Primary School", "Gallowfield Primary", "Gallowfield", "Little Puffins Nursery",
        "Little Puffins", "Fensgate Medical Centre", "Fensgate", "Skelwick Working Men's Club",
        "Skelwick WMC", "Whitmore Sands Caravan Park", "Whitmore Sands", "St Bega's Church",
        "St Bega's",
    ],
    "phones": ["07700 900614", "+44 7700 900615", "01632 960348", "07700900972", "01632 960871"],
    "nhs_ni_service": ["732 519 4486", "7325194486", "401 662 8157", "QQ 48 27 19 B", "QQ731942D",
                       "25169843"],
    "emails": ["shan.tindall96@example.com", "r.featherstone@example.org"],
    "social": ["facebook.com/shannon.tindall.9611", "@bonners_valeting", "xBonzoDB84x",
               "Skelwick Stoker"],
    "dates_of_birth": [
        "09-02-2019", "09/02/2019", "9.2.19", "9th February 2019", "February 9, 2019",
        "17/06/1996", "17th June 1996", "03.11.84", "22/08/2015", "30 April 1971",
    ],
    "other": ["Bonner's Mobile Valeting", "NK17 ZWB", "YX63 RPL", "Brutus"],
}

ORDINARY = [
    "Children Act 1989", "Domestic Abuse Act 2021", "Working Together to Safeguard Children",
    "Armed Forces Covenant", "Child Safeguarding Practice Review Panel", "Ofsted", "NSPCC",
    "SSAFA", "Royal British Legion", "Combat Stress", "Op COURAGE", "Royal Regiment of Fusiliers",
    "Catterick Garrison", "Lance Corporal", "Army", "Helmand", "PTSD", "Hartlepool United", "Pools",
    "Monkey Hangers", "season ticket", "University Hospital of Hartlepool", "Clare's Law",
    "Operation Encompass", "Freedom Programme", "MARAC", "DASH", "Section 47", "Child in Need",
    "strategy discussion", "Early Help", "MASH", "DS", "PC", "sertraline", "propranolol", "Calpol",
    "Greggs", "Xbox", "Call of Duty", "Instagram", "Carling", "Staffie", "CB radio",
    "static caravan", "Christmas", "Bonfire Night", "Remembrance Sunday", "Armed Forces Day",
    "bairn", "bairns", "hinny", "canny", "Canny", "gan", "howay", "Howay", "Nana", "Grandad",
    "mam", "pet", "wor lass", "marra", "bait", "stottie", "parmo", "clarty", "netty",
    "shy bairns get nowt", "Geordie", "Teesside", "May", "Friday", "in the hope",
    "in January 2024", "Star Hobson", "Arthur Labinjo-Hughes",
    "NO LONE VISITS - DOG AND MALE ADULT",
]

INVOLVEMENT = [
    "In March 2022 Shannon Louise Tindall (date of birth 17/06/1996) lived at Flat 6, 31 Gallowfield Terrace, Brierholme, Hartlepool TS24 0ZP with her children, Lacey-Mae Tindall (Child L, born 09-02-2019) and Tyler-James Tindall (born 22/08/2015), who was in Year 1 at Gallowfield Primary School. Their father, Jordan Pounder, had no contact. Shannon's mother, Denise Tindall (born 30 April 1971), known to the bairns as Nana Dee, lived nearby at 52 Throstle Grove and collected them most days.",
    "On 14 April 2022 the health visitor, Joanne Elstob (HV1), saw Lacey-Mae for her developmental review at Fensgate Medical Centre. Ms Elstob recorded that Shan, as the mother asked to be called, was 'a canny mam, tired but coping', and that she had a new partner whom she had met at the Skelwick Working Men's Club, where she worked behind the bar on Friday nights. The practice held Lacey-Mae's NHS number as 732 519 4486 and her mother's mobile as 07700 900614.",
    "The partner was Darren Paul Bonner, born 03.11.84 in Paderborn, Germany, to an Army family, a former Lance Corporal in the Royal Regiment of Fusiliers who had served in Helmand and left the Army in 2017 after his last posting at Catterick Garrison. Known to everyone as 'Bonzo', he ran Bonner's Mobile Valeting from a van, registration NK17 ZWB, took bookings on 07700900972 and advertised on Instagram as @bonners_valeting. In May 2022 he moved into the flat with his Staffie, Brutus.",
    "On 2 June 2022 Dr Sunil Varma (GP1) saw Mr Bonner at Fensgate about nightmares and poor sleep. The registration form read 'Darran Bonnar', with his service number, 25169843, and the address 31 Gallowfield Tce, TS24. He told Dr Varma that he had PTSD 'from Afghan' but did not want a fuss. Dr Varma prescribed sertraline and propranolol and gave him leaflets for Op COURAGE, Combat Stress and SSAFA, but did not ask whether children lived with him.",
    "On Bonfire Night, 5 November 2022, a neighbour, Mrs Pauline Heslop, rang Cleveland Police to report shouting and a child screaming. PC Craig Hindmarch found Darren on the landing; he said the fireworks 'set him off' and that he had argued with his marra, Gary Lumsden, known as 'Tiny', who was sleeping on the sofa. Shannon had a red mark on her neck. The DASH was scored standard, and an Operation Encompass notice reached Gallowfield Primary two days later.",
    "In December 2022 the family moved to a council house at 14 Cormorant Walk on the Skelwick Estate, TS25 9QX, and Lacey-Mae started at Little Puffins Nursery, rated good by Ofsted, whose register named her 'Lacey-Mae Bonner'. Staff called her Titch. The manager, Beverley Scurr, noted that L-M often came in without a coat, in clarty clothes, and was frightened of the netty. Denise told Ms Scurr: 'She's doing her best, hinny, wor lass is, but he has her run ragged.'",
    "On 11 January 2023 Shannon's friend Jade Purvis, who had first rung the NSPCC helpline, told the MASH that Darren's former partner, Kirsty Raine, said he had assaulted her. A Clare's Law disclosure was discussed but not made. Rachael Featherstone (SW1), a social worker, visited 14 Cormorant Walk while Mr Bonner was at the Skelwick WMC. Ms Tindall said that Christmas had been 'canny' and that 'he's good with the bairns, he just needs his bait and his Xbox'.",
    "In February 2023 Ms Featherstone completed an assessment under the Children Act 1989 and the children became Child in Need. The plan included an Early Help parenting course, SSAFA support for Mr Bonner and 'Mam to gan to the Freedom Programme'. The assessment gave Lacey-Mae's date of birth as 9.2.19 and spelt the family name Tindale. Ms Featherstone gave her email, r.featherstone@example.org, to Nana Dee. Mr Bonner, whose mobile was +44 7700 900615, did not attend either Child in Need meeting.",
    "Between March and August 2023 a SSAFA caseworker, Colin Armstrong, visited Mr Bonner four times about debts and a grant from the Royal British Legion. On one visit he found Lacey-Mae asleep on the sofa at midday among empty Carling cans; Mr Bonner said the bairn was poorly and had 'had Calpol'. Mr Armstrong did not know of the Child in Need plan, which closed on 22 June 2023 in the hope that the Freedom Programme would be enough.",
    "In July and August 2023 the family spent weekends at the static caravan, Plot 112, that Shannon's father owned at Whitmore Sands Caravan Park. Kenneth Tindall, a retired lorry driver known as Kenny, whom the children called Grandad, talked on his CB radio as 'Skelwick Stoker'. He told the review that Darren sat up all night playing Call of Duty as xBonzoDB84x. On 13 August 2023 the park office rang the police on 01632 960871 after Lacey-Mae was found alone by the boating lake at 7am.",
    "On Remembrance Sunday, 12 November 2023, after an afternoon at the Skelwick club, Mr Bonner and Ms Tindall argued at home. Tyler-James, then eight, rang his Nana on 01632 960348 and said 'howay Nana, come and get us'. DS Lindsey Coulthard reviewed the incident, noted five call-outs and the marker NO LONE VISITS - DOG AND MALE ADULT, and learned that Mr Bonner had spent September with his mother in Torrevieja. The case was heard at MARAC on 23 November 2023.",
    "A strategy discussion on 24 November 2023 agreed Section 47 enquiries. Ms Featherstone saw T-J alone at school. He said Bonzo told him 'shy bairns get nowt' when he asked for his tea, that tea was a parmo from the takeaway or a stottie from Greggs, and that Lacey was shut in her room 'when Daz has a bad head'. Ms Tindall signed an agreement that Mr Bonner would leave, giving her email as shan.tindall96@example.com, but his van was seen outside Cormorant Walk most nights.",
    "On Friday 12 January 2024 Nana Dee took Lacey-Mae to the University Hospital of Hartlepool with a scald to her left arm and bruising behind one ear; the family said she had pulled a kettle over. The hospital recorded her as Lacie-Mae Tindall, 9th February 2019, NHS number 7325194486, and her mother's NHS number as 401 662 8157. Mr Bonner (NI number QQ 48 27 19 B) was arrested. Ms Tindall (NI number QQ731942D) had posted on facebook.com/shannon.tindall.9611 that he was 'a canny lad off the drink'.",
]

ANALYSIS = [
    "Mr Bonner's service history was known to the GP, to SSAFA and to the police, but it was never linked to his role in the household. Before moving in he had rented a room from Trevor Maddison at 88 Wreckhill Road, where Mr Maddison had twice called the police; those calls sat under 'D.B., Wreckhill Rd'. The Armed Forces Covenant promises veterans fair treatment; it does not ask professionals to look away. Neither Combat Stress nor Op COURAGE knew that DPB lived with two children.",
    "Practitioners described the Tindalls as 'a close Teesside family who look after their own', and one called Ms Tindall 'a proper Geordie lass', a label she resented. Nana Dee's reassurances - 'she's grand, pet, just a clarty bairn' - were recorded as protective factors, and 'shy bairns get nowt' was heard as a joke rather than as a description of how Lacey-Mae's needs were met. No one asked Kenny or Denise what they had seen at the caravan.",
    "The records held the family under many names: Tindall and Tindale; Lacey, Lacey Mae, Lacie-Mae and the nursery's 'Lacey-Mae Bonner'; Shannon and Shanon; Darren Bonner, Darran Bonnar and Bonzo. Initials differed too: L.M.T. on the nursery register, LMT in the health record, S.T. in police logs and TJ at school. Lacey-Mae's date of birth appeared as 09/02/2019 and as February 9, 2019, and her postcode as TS259QX. A search on date of birth and postcode would have joined them.",
    "Domestic abuse was treated as a run of separate incidents. The Domestic Abuse Act 2021 recognises children as victims in their own right, yet neither child was spoken to after Bonfire Night, and PC Hindmarch did not ask who Lumsden was. The Child Safeguarding Practice Review Panel's review after the murders of Arthur Labinjo-Hughes and Star Hobson warned that a new partner's history must be checked. The account of Ms Raine, passed on by Ms Purvis, was never tested, and Mrs Heslop's call was not linked to it.",
    "The club, the football and the caravan were where this family lived, and no agency went there. Mr Bonner drank before and after Hartlepool United home games on his season ticket, and Tyler wore his Monkey Hangers shirt to every Pools match with him. Tiny, the club steward and the caravan warden saw more than professionals did. The Reverend Alison Thwaites of St Bega's Church, who christened Lacey-Mae, was never asked, although Revd Thwaites had worried all through Christmas.",
]

LEARNING = [
    "Practitioners must ask about every adult in a child's household, including veterans. Working Together to Safeguard Children and the Armed Forces Covenant are consistent: a veteran's PTSD should prompt support for him and a question about the bairns he lives with. SSAFA, Combat Stress and Op COURAGE should be told, with consent, when a veteran lives with children, and Fensgate Medical Centre should have recorded that Darren Bonner was living with Lacey-Mae and Tyler-James.",
    "Dialect and warmth are not evidence of safety. When Nana Dee said a bairn was 'canny' or told a worker 'Howay, pet, she's fine', practitioners should write the words down and then ask what lies behind them. Canny is praise, not assessment. A saying such as shy bairns get nowt can describe how a child is fed and heard, and it should have been explored with Tyler-James long before the scald in January 2024.",
    "Names must be searched in every spelling, with date of birth and postcode. The MASH should search Tindall and Tindale, Bonner and Bonnar, Lacey-Mae and Lacie-Mae, and record nicknames such as Bonzo, Daz, Shan and Titch. The mother's date of birth was held as 17/06/1996 and as 17th June 1996, her car, YX63 RPL, sat on a separate police record, and Kenneth's CB handle, Skelwick Stoker, and the gamertag xBonzoDB84x were known to the family but never recorded.",
    "Community settings are part of the safeguarding system. The Skelwick Working Men's Club, Whitmore Sands and St Bega's saw the family every week, and Little Puffins saw Lacey-Mae every day. The partnership's events for Armed Forces Day and Remembrance Sunday, and its links with Hartlepool United, are a chance to reach veterans' families, and staff in clubs and caravan parks should know how to raise a concern with the MASH.",
]

RECOMMENDATIONS = [
    ("Hartlepool Children's Services, North Tees and Hartlepool NHS Foundation Trust and Fensgate Medical Centre should ask every new adult in a child's household, as nobody asked Darren Bonner, whether they have served in the Army or other Armed Forces, and with consent tell SSAFA or Op COURAGE that a veteran with PTSD is living with children",
     "Add a question on Armed Forces service to assessment and GP registration templates, in line with the Armed Forces Covenant; audit twenty cases", "Head of Service, Children's Social Care", "30-09-2024"),
    ("Cleveland Police and the MASH should search every spelling and nickname of a name, such as Bonnar, Bonzo and Lacie-Mae, with date of birth and postcode, and should speak to children after each call-out as victims under the Domestic Abuse Act 2021",
     "Update the MASH search protocol and the DASH and Operation Encompass guidance; train all MASH staff", "Detective Inspector, MASH", "31-07-2024"),
    ("The partnership should work with the Skelwick Working Men's Club, Whitmore Sands Caravan Park, St Bega's Church and Hartlepool United so that stewards, wardens and volunteers know how to raise a concern about a bairn",
     "Deliver short safeguarding sessions, including at Armed Forces Day and Remembrance Sunday events", "Partnership Business Manager", "31-12-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | HSSCP-2024-007 | Lacey-Mae TINDALL ('Titch'), DOB 09/02/2019, 14 Cormorant Walk, Skelwick, Hartlepool TS25 9QX",
    footer="Author: Rachael Featherstone (SW1), r.featherstone@example.org | Family: the Tindalls, 14 Cormorant Walk | Draft 2",
    comment="RF: Nana Dee says Bonzo (Darren) was back at Cormorant Walk on the Thursday night - check with DS Coulthard before this goes to panel. Kenny says the Whitmore Sands office has CCTV from 13/08.",
    footnote="Hospital spelling LACIE-MAE TINDALL; Fensgate records hold 'Lacey Mae Tindale' with NHS number 7325194486; mother Shannon Tindall, NHS number 401 662 8157.",
)
