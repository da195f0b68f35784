# ruff: noqa: E501
"""Held-back publication case 59, written blind without sight of the anonymiser: a private
fostering arrangement in south-east London with concerns of domestic servitude. Every
person, street, school, surgery, church and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "STSCP-CSPR-2025-09"
review = "Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-08-2023", to = "31-07-2025" }
board = "South Thameside Safeguarding Children Partnership"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["MPS", "the Met", "South East BCU"]

[[agencies]]
name = "Hithermead Children's Social Care"
aliases = ["Hithermead CSC", "CSC", "Children's Services"]

[[agencies]]
name = "South Thameside Community Health NHS Trust Health Visiting Service"
aliases = ["Health Visiting", "HV service"]

[[agencies]]
name = "Brindley Grove Primary School"
aliases = ["Brindley Grove", "BGPS"]
published_as = "the primary school"

[[agencies]]
name = "Penhallow Road Surgery"
aliases = ["Penhallow Surgery"]

[[agencies]]
name = "Ọmọlúàbí Saturday School"
aliases = ["Omoluabi Saturday School", "Omoluabi"]
published_as = "the supplementary school"

[[people]]
name = "Morẹ́nikẹ́ Àdùkẹ́ Oyèláràn"
aliases = ["Morẹ́nikẹ́", "Morenike Oyelaran", "Morenike", "Renike", "MAO"]
role = "Child"
pseudonym = "Child T"
born = "14-03-2016"
address = "27 Halcombe Road, Catford, London SE6 4QX"

[[people]]
name = "Adébísí Oyèláràn"
aliases = ["Adebisi Oyelaran", "Adébísí", "Ms Oyelaran"]
role = "Mother"
pseudonym = "Mother"
born = "02-11-1989"
address = "Ikorodu, Lagos State, Nigeria"

[[people]]
name = "Comfort Ṣónúbí"
aliases = ["Comfort Sonubi", "Mrs Sonubi", "Aunty Comfort"]
role = "Private foster carer"
pseudonym = "Ms B"
born = "19-07-1978"
address = "27 Halcombe Road, Catford, London SE6 4QX"

[[people]]
name = "Sunday Ṣónúbí"
aliases = ["Sunday Sonubi", "Mr Sonubi", "Uncle Sunday"]
role = "Private foster carer's husband"
pseudonym = "Mr B"
born = "05-01-1974"
address = "27 Halcombe Road, Catford, London SE6 4QX"

[[people]]
name = "Damilola Ṣónúbí"
aliases = ["Damilola", "Dami"]
role = "Carer's adult daughter"
pseudonym = "Adult D"
born = "11-04-2001"
address = "27 Halcombe Road, Catford, London SE6 4QX"

[[people]]
name = "Jadesola Ṣónúbí"
aliases = ["Jadesola"]
role = "Carer's grandchild"
pseudonym = "Baby E"
born = "03-02-2024"
address = "27 Halcombe Road, Catford, London SE6 4QX"

[[people]]
name = "Tobiloba Ṣónúbí"
aliases = ["Tobiloba", "Tobi"]
role = "Carer's son"
pseudonym = "Young Person C"
born = "22-09-2010"
address = "27 Halcombe Road, Catford, London SE6 4QX"

[[staff]]
name = "Priyanka Deverell"
code = "SW1"
role = "Social Worker"
agency = "Hithermead Children's Social Care"

[[staff]]
name = "Marisol Church"
code = "HV1"
role = "Health Visitor"
agency = "South Thameside Community Health NHS Trust Health Visiting Service"

[[staff]]
name = "Osian Brackley"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Brindley Grove Primary School"

[[staff]]
name = "Rhiannon Bellamy"
code = "DC1"
role = "Detective Constable"
agency = "Metropolitan Police Service"
"""

IDENTIFIERS = {
    "key_name": [
        "Morẹ́nikẹ́ Àdùkẹ́ Oyèláràn", "Morenike Aduke Oyelaran", "Morẹ́nikẹ́",
        "Morenike", "Morenike's", "Oyèláràn", "Oyelaran", "Adébísí Oyèláràn",
        "Adebisi", "Comfort Ṣónúbí", "Comfort Sonubi", "Mrs Sonubi", "Mrs Ṣónúbí",
        "Sunday Sonubi", "Mr Sonubi", "the Sonubis", "Sonubi", "Damilola", "Jadesola",
        "Tobiloba",
    ],
    "nickname": ["Renike", "Renny", "Aunty Comfort", "Uncle Sunday", "Tobi", "Dami"],
    "misspelling": ["Morenikke", "Oyelarin", "Sunubi"],
    "initials": ["MAO", "M.A.O.", "M-A-O", "C.S.", "CS"],
    "not_in_key": [
        "Delphine Tarrant", "Mrs Tarrant", "Pastor Gbenga", "Gbenga Olatunji",
        "Auntie Bukky", "Bukola Adeyemo",
    ],
    "business": ["Comfort's Kitchen"],
    "social_media": ["@comfortskitchen_se6"],
    "address": ["27 Halcombe Road", "Halcombe Road", "Catford", "Ikorodu"],
    "postcode": ["SE6 4QX", "SE6", "4QX"],
    "agency_place": [
        "Brindley Grove Primary School", "Brindley Grove Primary", "Brindley Grove",
        "BGPS", "Penhallow Road Surgery", "Penhallow Surgery", "Penhallow Road",
        "Ọmọlúàbí Saturday School", "Omoluabi Saturday School", "Ọmọlúàbí", "Omoluabi",
        "Mountain of Mercy Assembly", "Mountain of Mercy", "MMA",
    ],
    "staff_name": [
        "Marisol Church", "Ms Church", "Priyanka Deverell", "Ms Deverell",
        "Osian Brackley", "Mr Brackley", "Rhiannon Bellamy", "DC Bellamy",
    ],
    "number": [
        "07700 900418", "01632 960277", "943 476 5919", "CRIS 3019874/25",
    ],
    "email": ["comfort.sonubi@example.org"],
    "date_of_birth": ["14-03-2016", "14 March 2016", "14/03/2016"],
}

ORDINARY = [
    "Pentecostal church", "every Sunday", "Saturday mornings", "comfort and reassurance",
    "Children Act 1989", "Children (Private Arrangements for Fostering) Regulations 2005",
    "Working Together to Safeguard Children 2023", "Victoria Climbié", "Lord Laming",
    "Modern Slavery Act 2015", "National Referral Mechanism", "Home Office", "Nigeria",
    "Lagos", "Heathrow Airport", "Harvest Thanksgiving", "Christmas Day", "Year 4",
    "Year 5", "Multi-Agency Safeguarding Hub", "MASH", "Section 47",
    "Strategy Discussion", "NSPCC", "Childline", "AFRUCA", "Barnardo's",
    "Evelina London Children's Hospital", "WhatsApp", "Yoruba", "Detective Sergeant",
    "Sever's disease", "Staffordshire Bull Terrier", "Child Q", "adultification",
    "CPOMS", "Tesco Express", "Zip Oyster photocard",
    "Independent Child Trafficking Guardian", "October half-term",
]

INVOLVEMENT = [
    "Morẹ́nikẹ́ Àdùkẹ́ Oyèláràn (Child T, known at home as Renike) was born in Nigeria on "
    "14 March 2016. She arrived at Heathrow Airport in August 2023, aged seven, on a visitor "
    "visa, in the company of Comfort Ṣónúbí, a friend of her mother Adébísí Oyèláràn from "
    "their Pentecostal church in Ikorodu. Mrs Sonubi is not a relative. Morenike went to "
    "live at 27 Halcombe Road, Catford, London SE6 4QX with Mrs Sonubi, her husband Sunday "
    "Sonubi, their son Tobiloba (Tobi, then 12), their adult daughter Damilola and, from "
    "February 2024, Damilola's baby Jadesola. The visa copy gives her name as Morenike Aduke Oyelaran. No agency was told that this was a private "
    "fostering arrangement, as the Children Act 1989 and the Children (Private "
    "Arrangements for Fostering) Regulations 2005 require.",

    "Brindley Grove Primary School admitted Morenike into Year 4 in September 2023. The "
    "admission form, completed by Mrs Ṣónúbí, gave the child's date of birth as 14/03/2016, "
    "(signed 'C.S.'), a contact number of 07700 900418 and the email comfort.sonubi@example.org, and "
    "described Mrs Sonubi as 'aunty'. The Designated Safeguarding Lead, Mr Osian Brackley, "
    "did not ask about parental responsibility. Staff recorded on CPOMS that M.A.O. was "
    "often the first child at the gate, was seen buying bread in the Tesco Express on "
    "Halcombe Road before 7am, and fell asleep in lessons on Monday mornings. A teaching "
    "assistant wrote 'MAO says she cooks for Uncle Sunday and washes the baby's things'.",

    "Penhallow Road Surgery registered Morenike in October 2023, with the NHS number "
    "943 476 5919 and the surgery's record of her date of birth as 14-03-2016. In January "
    "2024 she (spelt 'Oyelarin' on the record) was brought with heel pain; the GP thought of Sever's disease and did not "
    "ask why a child of seven was on her feet for long hours. In March 2024 Comfort Sonubi "
    "brought her with a scald to the back of her right hand, said to have happened while "
    "'helping in the kitchen'. The practice did not know that Comfort's Kitchen, a "
    "catering business advertised on Instagram as @comfortskitchen_se6, was run from the "
    "house, nor that Penhallow Surgery's own records showed no adult with parental "
    "responsibility for the child.",

    "The health visitor, Ms Marisol Church, visited Damilola and Jadesola at the house in "
    "February, May and September 2024. At the May visit, at 8.10am on a school day, she saw "
    "Renike mopping the kitchen floor and bottle-feeding Jadesola while the adults slept; "
    "the family's Staffordshire Bull Terrier was shut in the garden. Ms Church recorded "
    "that the girl in the kitchen was 'a relative helping out' and did not ask her name. "
    "Health visiting records list the household on 01632 960277 and note that Dami, as "
    "the record calls Damilola, had low mood; the older girl's needs were outside the visit's focus.",

    "Every Sunday, and for Harvest Thanksgiving and on Christmas Day 2024, Morenike served "
    "food and washed up at events of the Mountain of Mercy Assembly, a Pentecostal church "
    "in Catford, where Comfort's Kitchen did the catering. On Saturday mornings she went to "
    "the Ọmọlúàbí Saturday School, which taught Yoruba and maths in rooms at the church. "
    "Her teacher there noticed her bandaged hand and her tiredness and spoke to the church "
    "leader, Pastor Gbenga (Gbenga Olatunji), who said the Sonubis were 'doing that girl a "
    "great kindness' and that the matter was for the family. Omoluabi Saturday School had "
    "no written safeguarding policy and no link to the Multi-Agency Safeguarding Hub.",

    "In October half-term 2024 Morenike was sent for two weeks to Mrs Sonubi's sister, "
    "Auntie Bukky (Bukola Adeyemo), to clean and cook for her. On her return Brindley Grove "
    "noted that she had lost weight and her Zip Oyster photocard had been taken from her. "
    "The class teacher recorded 'Morenikke says she is not allowed to eat until the others "
    "have finished' in a note headed 'Sunubi household'. Mr Brackley rang the number on file; 'CS' (as the record calls Mrs "
    "Sonubi) said the child was 'just adjusting to London'. No referral was made.",

    "On 14 June 2025 a neighbour, Mrs Delphine Tarrant, rang the police at 5.50am having "
    "found Renny in the front garden of 27 Halcombe Road in her nightclothes, crying, with "
    "fresh burns to her forearm from hot oil. Officers of the Metropolitan Police Service "
    "(reference CRIS 3019874/25) took her to the Evelina London Children's Hospital. The "
    "MASH held a Strategy Discussion that day; a Section 47 enquiry led by the social "
    "worker, Ms Priyanka Deverell, and DC Rhiannon Bellamy, overseen by a Detective "
    "Sergeant, found that Morenike had no school uniform of her own, slept on the kitchen "
    "floor, and had spoken to her mother in Lagos, Adebisi, only twice in two years, by WhatsApp, "
    "with Mrs Sonubi listening. Mr Sonubi was arrested. She was placed with foster carers and referred to the "
    "National Referral Mechanism.",
]

ANALYSIS = [
    "This was a private fostering arrangement from the day Morenike arrived, and it was "
    "never notified. Every agency had a piece of it: the school's admission form named an "
    "'aunty', the surgery registered a child with no parent in the country, the health "
    "visitor saw a child working in the house, and Ọmọlúàbí knew she was burnt and tired. "
    "None of them used the words 'private fostering', and none told Hithermead Children's "
    "Social Care, although the lessons of Victoria Climbié, and Lord Laming's report on her "
    "death, were about exactly such a child.",

    "Professionals saw Child T's household tasks as cultural helpfulness. The review heard "
    "from AFRUCA and from Barnardo's that children sent from Nigeria to live with family "
    "friends may be expected to work for their keep, and that this can be domestic "
    "servitude under the Modern Slavery Act 2015. Staff at Brindley Grove Primary School "
    "and Ms Church were not curious about what Renike's days were like. The learning from "
    "the review of Child Q about adultification applies: a Black girl of nine was seen as "
    "older and more capable than she was.",

    "The voice of the child was heard only by the supplementary school teacher, and the "
    "route for her concern led back to the Sonubis' own pastor. Faith settings and "
    "supplementary schools are not always part of local safeguarding arrangements. The "
    "Saturday school had no one trained as a safeguarding lead, and Pastor Gbenga saw no "
    "reason to share the teacher's worry with anyone outside the Mountain of Mercy (MMA).",

    "Once Mrs Tarrant called the police, the response was prompt and child-centred. DC Bellamy "
    "arranged a Yoruba interpreter not connected with the church, and Ms Deverell gave "
    "Morenike comfort and reassurance before she was interviewed. The Home Office was "
    "told of her immigration status, and an Independent Child Trafficking Guardian was "
    "appointed within a week.",
]

LEARNING = [
    "Learning 1: a child living with someone who is not a close relative for 28 days or "
    "more is privately fostered, whatever the family calls the carer. Brindley Grove "
    "Primary (BGPS) recorded Mrs Sonubi as 'aunty' and accepted her account; Penhallow Road "
    "Surgery registered Morenike Oyelaran without asking who held parental responsibility. "
    "Admission and registration forms in the borough should ask the question directly, as "
    "Working Together to Safeguard Children 2023 expects; the lesson of Victoria Climbié, "
    "set out by Lord Laming, has not changed.",

    "Learning 2: signs of domestic servitude were seen and explained away. Renike's "
    "tiredness, her Year 5 teacher's notes, the scalds and Aunty Comfort's catering work "
    "together showed a child being used as unpaid labour at 27 Halcombe Road, SE6. "
    "Practitioners need training, with the NSPCC and AFRUCA, on children brought from "
    "abroad, and should know that Childline and the National Referral Mechanism are open "
    "to children like Child T.",

    "Learning 3: faith and supplementary settings held important knowledge. The "
    "Omoluabi teacher and the Mountain of Mercy Assembly knew more about Morenike's days "
    "than any statutory agency. The partnership should reach such settings directly.",

    "Learning 4: a health visitor visiting one child in a household should think about "
    "every child seen there. Ms Marisol Church saw an unknown child mopping a floor at "
    "8am and did not ask her name or whether she attended school.",
]

RECOMMENDATIONS = [
    ("Hithermead Children's Social Care, with Brindley Grove Primary School and Penhallow "
     "Road Surgery, to add a private fostering question to school admission and GP "
     "registration forms, so that no child like Morenike is taken in as an 'aunty's' child "
     "without notification under the Children Act 1989",
     "Revise forms and audit a sample of admissions",
     "Head of Service, Private Fostering", "31-03-2026"),
    ("The partnership to offer safeguarding training and a named contact at the MASH to "
     "every Pentecostal church and supplementary school in the borough, starting with the "
     "Ọmọlúàbí Saturday School and the Mountain of Mercy Assembly",
     "Map faith and supplementary settings; deliver training with AFRUCA",
     "Partnership Business Manager", "30-06-2026"),
    ("The health visiting service to require health visitors to record the name, age and "
     "school of every child seen in a household, as Ms Church did not for M-A-O",
     "Update the home visit template and supervision checklist",
     "Head of Health Visiting", "31-01-2026"),
]

CASE = HeldOut(
    reference="STSCP-CSPR-2025-09",
    case_toml=CASE_TOML,
    identifiers=IDENTIFIERS,
    ordinary=ORDINARY,
    involvement=INVOLVEMENT,
    analysis=ANALYSIS,
    learning=LEARNING,
    recommendations=RECOMMENDATIONS,
    header="Child T (Morenike Oyelaran, DOB 14-03-2016) - OFFICIAL-SENSITIVE",
    footer="Brindley Grove Primary School, Halcombe Road, Catford SE6 4QX - tel 01632 960277",
    comment="Check with Mr Brackley whether Mrs Tarrant's call about Renike was logged on CPOMS.",
    footnote="The Sonubis' address, 27 Halcombe Road, was confirmed by DC Bellamy; Adebisi gave consent by WhatsApp.",
)
