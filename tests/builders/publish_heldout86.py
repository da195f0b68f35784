# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 86): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "SCSP-2025-086"

CASE_TOML = """\
reference = "SCSP-2025-086"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-09-2023", to = "28-02-2025" }
board = "Sheffield Children Safeguarding Partnership"

[[agencies]]
name = "South Yorkshire Police"
aliases = ["SYP", "Police"]

[[agencies]]
name = "Sheffield City Council Children's Services"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "Netherfold Primary School"
aliases = ["Netherfold Primary", "Netherfold Primary Academy"]

[[agencies]]
name = "Gatefield Road Surgery"
aliases = ["Gatefield Surgery", "Gatefield Road Medical Practice"]
published_as = "the GP practice"

[[agencies]]
name = "Sheffield Children's NHS Foundation Trust"
aliases = ["SCH", "Sheffield Children's"]

[[agencies]]
name = "Sheffield City Council Private Housing Standards"
aliases = ["Private Housing Standards", "PHS"]

[[people]]
name = "Ionuț-Florin Căldăraru"
aliases = ["Ionuț", "Ionut", "Ionut-Florin Caldararu", "Ionut Caldararu", "IFC"]
role = "Child"
pseudonym = "Child R"
born = "14-03-2019"
address = "47 Ravenwood Terrace, Netherfold, Sheffield S4 9ZT"

[[people]]
name = "Denisa Căldăraru"
aliases = ["Denisa", "Denisa Caldararu"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "09-07-2016"
address = "47 Ravenwood Terrace, Netherfold, Sheffield S4 9ZT"

[[people]]
name = "Mirela Lăcătuș"
aliases = ["Mirela", "Mirela Lacatus", "Ms Lacatus", "Mrs Lăcătuș"]
role = "Mother"
pseudonym = "Mother"
born = "02-11-1996"
address = "47 Ravenwood Terrace, Netherfold, Sheffield S4 9ZT"

[[people]]
name = "Costel Căldăraru"
aliases = ["Costel", "Costel Caldararu", "Mr Căldăraru", "Mr Caldararu"]
role = "Father"
pseudonym = "Father"
born = "21-05-1993"
address = "47 Ravenwood Terrace, Netherfold, Sheffield S4 9ZT"

[[people]]
name = "Marian Căldăraru"
aliases = ["Marian", "Marian Caldararu"]
role = "Paternal uncle"
pseudonym = "Uncle"
born = "03-01-1990"
address = "47 Ravenwood Terrace, Netherfold, Sheffield S4 9ZT"

[[people]]
name = "Ramona Căldăraru"
aliases = ["Ramona", "Ramona Caldararu"]
role = "Paternal aunt"
pseudonym = "Aunt"
born = "17-08-1992"
address = "47 Ravenwood Terrace, Netherfold, Sheffield S4 9ZT"

[[people]]
name = "Rodica Căldăraru"
aliases = ["Rodica", "Rodica Caldararu"]
role = "Paternal grandmother"
pseudonym = "Paternal Grandmother"
born = "30-06-1968"
address = "Flat 3, 113 Gatefield Road, Sheffield S4 8QJ"

[[staff]]
name = "Sarah Greenwood"
code = "SW1"
role = "Social Worker"
agency = "Sheffield City Council Children's Services"

[[staff]]
name = "Emma Lindley"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Netherfold Primary School"

[[staff]]
name = "Andreea Munteanu"
code = "BTA1"
role = "Bilingual Teaching Assistant"
agency = "Netherfold Primary School"

[[staff]]
name = "Dr Rajesh Mistry"
code = "GP1"
role = "General Practitioner"
agency = "Gatefield Road Surgery"

[[staff]]
name = "Julie Barraclough"
code = "PN1"
role = "Practice Nurse"
agency = "Gatefield Road Surgery"

[[staff]]
name = "Claire Dunford"
code = "SN1"
role = "School Nurse"
agency = "Sheffield Children's NHS Foundation Trust"

[[staff]]
name = "Lee Hartley"
code = "POL1"
role = "Police Constable"
agency = "South Yorkshire Police"

[[staff]]
name = "Kate Oldroyd"
code = "EHO1"
role = "Environmental Health Officer"
agency = "Sheffield City Council Private Housing Standards"
"""

IDENTIFIERS = {
    "key_names": [
        "Ionuț-Florin Căldăraru", "Ionuț-Florin", "Ionuț", "Ionuţ", "Ionut", "Ionut-Florin Caldararu",
        "IONUT CALDARARU", "Ionuț's", "Florin",
        "Denisa Căldăraru", "Denisa", "Denisa's",
        "Mirela Lăcătuș", "Mirela Lăcătuş", "Mirela Lacatus", "Mirela", "Mirela's", "Ms Lacatus",
        "Mrs Lăcătuș", "Lăcătuș", "Lacatus",
        "Costel Căldăraru", "Costel Caldararu", "Costel", "Costel's", "Mr Căldăraru", "Mr Caldararu",
        "Marian Căldăraru", "Marian", "Ramona Căldăraru", "Ramona", "Rodica Căldăraru", "Rodica",
        "Rodica's", "Căldăraru", "Caldararu", "Căldăraru's", "Caldarary",
    ],
    "nicknames": ["Nuțu", "Nutu", "Costi", "Deni", "Mirelușa"],
    "initials": ["IFC", "I.F.C.", "I-F.C.", "ML", "M.L.", "CC", "C.C.", "MC", "RC"],
    "not_in_key": [
        "Dennis Howarth", "Mr Howarth", "Howarth", "Howarth's", "Den Howarth",
        "Pat Kirkby", "Mrs Kirkby",
        "Sorin Rostaș", "Sorin Rostas", "Sorin",
        "Viorel Boldea", "Pastor Boldea", "Fratele Viorel", "Brother Viorel", "Viorel",
        "Rekan Aziz", "Rekan", "Mr Aziz",
        "Rebeca", "Alin",
    ],
    "staff": [
        "Sarah Greenwood", "Ms Greenwood", "Sarah",
        "Emma Lindley", "Mrs Lindley", "Emma",
        "Andreea Munteanu", "Andreea", "Ms Munteanu",
        "Dr Rajesh Mistry", "Rajesh Mistry", "Dr Mistry",
        "Julie Barraclough", "Julie",
        "Claire Dunford", "Claire",
        "PC Lee Hartley", "PC Hartley", "Lee Hartley",
        "Kate Oldroyd", "Ms Oldroyd",
    ],
    "streets": [
        "Ravenwood Terrace", "Ravenwood Tce", "Gatefield Road", "Gatefield Rd", "Mowbray Lane",
        "Warrender Street",
    ],
    "house_numbers": [
        "47 Ravenwood Terrace", "No. 47", "number 47", "49 Ravenwood Terrace", "Flat 3, 113 Gatefield Road",
        "113 Gatefield Road",
    ],
    "places": ["Netherfold", "Lunca Văleni", "Lunca Valeni"],
    "postcodes": ["S4 9ZT", "S49ZT", "9ZT", "S4 8QJ", "8QJ"],
    "agencies": [
        "Netherfold Primary School", "Netherfold Primary", "Netherfold Primary Academy",
        "Gatefield Road Surgery", "Gatefield Surgery", "Gatefield Road Medical Practice",
        "Școala Gimnazială nr. 2", "Scoala Gimnaziala nr. 2",
    ],
    "numbers": [
        "07700 900418", "07700900418", "07700 900733", "01632 960217",
        "721 404 8836", "7214048836", "JT 48 62 19 B", "5190314054321", "XB 482915",
        "40078215",
    ],
    "emails": ["mirela.lacatus96@example.org", "c.caldararu@example.org"],
    "social": ["@costi.caldararu93", "mirelusa_96", "Romii din Netherfold"],
    "dates_of_birth": [
        "14/03/2019", "14.03.2019", "14-03-2019", "14th March 2019", "14 martie 2019", "14/3/19",
        "09/07/2016", "9 July 2016", "02/11/1996", "2nd November 1996", "21.05.1993",
    ],
    "other": [
        "Biserica Penticostală Emanuel", "Biserica Penticostala Emanuel", "Emanuel Pentecostal Church",
        "Emanuel", "Kristal Hand Car Wash", "Kristal Car Wash", "Kristal",
        "YB17 KHZ", "YB17KHZ",
    ],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children 2023", "Education Act 1996",
    "Housing Act 2004", "Housing Health and Safety Rating System", "House in Multiple Occupation",
    "Modern Slavery Act 2015", "Gangmasters and Labour Abuse Authority", "National Referral Mechanism",
    "Child Safeguarding Practice Review Panel", "Ofsted", "NSPCC", "Roma Support Group",
    "Sheffield Children's Hospital", "Northern General Hospital", "Victoria Climbié", "Lord Laming",
    "Arthur Labinjo-Hughes", "Calpol", "amoxicillin", "salbutamol", "asthma", "scabies", "Easter",
    "Christmas", "Romanes", "Pentecostal", "Early Help Assessment", "Child Protection Plan",
    "Section 47", "Strategy Discussion", "Children Missing Education", "Fixed Penalty Notice",
    "Language Line", "Was Not Brought", "Universal Credit", "EU Settlement Scheme", "Wizz Air",
    "WhatsApp", "NO ACCESS", "Bucharest", "Gypsy, Roma and Traveller", "May", "Faith",
]

INVOLVEMENT = [
    "Ionuț-Florin Căldăraru (known at home as Nuțu) was born in Romania on 14.03.2019 and arrived in Sheffield with his mother Mirela Lăcătuș, his father Costel Căldăraru and his sister Denisa in the summer of 2022. The family registered at Gatefield Road Surgery on 06-09-2023, giving their address as 47 Ravenwood Terrace, Netherfold, S4 9ZT. The registration form gives Ionuţ's date of birth as 14/03/2019 and his Romanian personal number (CNP) as 5190314054321; the surname is written CALDARARU, without diacritics, and the mother's as \"Lacatus\".",
    "On 11-09-2023 Ionut started in Reception at Netherfold Primary School. The admission form, completed with the help of Andreea Munteanu (Bilingual Teaching Assistant), lists ten people living at the house: Costel and Mirela, their two children, the paternal uncle Marian Căldăraru and his wife Ramona with their children Rebeca and Alin, the paternal grandmother Rodica, and \"a cousin who comes and goes\" later identified as Sorin Rostaș. Andreea noted that she speaks Romanian but not Romanes, and that Rodica understood little of what was said. The contact number given was 07700 900418 (Mirela's mobile).",
    "Mr Căldăraru and Marian both worked at Kristal Hand Car Wash on Mowbray Lane, six days a week, from 8am. Costel told the school in October 2023: \"We work, we pay the rent, we are not beggars.\" Mirela said the men were paid cash \"by the car\" and that Mr Aziz (Rekan Aziz, who runs the car wash) kept their passports \"for safety\". This was not recorded as a concern at the time and no referral to the Gangmasters and Labour Abuse Authority or consideration of the National Referral Mechanism was made.",
    "On 02-11-2023 the Practice Nurse, Julie Barraclough, saw Ionuț for an asthma review; salbutamol was prescribed. The record reads \"mum ML struggles with english, Language Line not booked as mum said daughter would translate\". Denisa, then seven, interpreted for her mother. Julie recorded the date of birth as 14-03-2019 and the NHS number as 721 404 8836. A follow up apointment on 30-11-2023 was coded Was Not Brought.",
    "In December 2023 Pat Kirkby, the neighbour at 49 Ravenwood Terrace, telephoned Private Housing Standards to complain of rubbish in the yard and \"ten or twelve of them in there, kids sleeping on the floor\". Kate Oldroyd visited on 19-12-2023 and found damp and mould in both bedrooms, an unsafe gas fire and no working smoke alarm. Ms Oldroyd wrote to the landlord, Dennis Howarth, under the Housing Act 2004 and assessed the house under the Housing Health and Safety Rating System; she considered whether it should be licensed as a House in Multiple Occupation. Mr Howarth told her the tenancy was \"to the one family, what they do with it is up to them\". Mrs Kirkby was not told the outcome.",
    "Between 20-12-2023 and 22-04-2024 Ionuț-Florin and Denisa did not attend school. Emma Lindley (Designated Safeguarding Lead) rang 07700 900418 repeatedly and then 07700 900733 (Costel). The number was answered once, by Rodica, who said \"they are in Romania, at home, for Christmas, the grandfather is sick\". A WhatsApp message from Mirela, translated by Andreea, said the family had flown with Wizz Air to Bucharest and gone on to LUNCA VALENI, \"where our house is\". Mrs Lindley referred both children to Children Missing Education on 15-01-2024.",
    "The Attendance Service wrote to 47 Ravenwood Terrace on 22-01-2024 warning of a Fixed Penalty Notice under the Education Act 1996. The letter was written in English. A home visit on 05-02-2024 was recorded as NO ACCESS; a man who gave his name as Sorin said through the door that \"the family of Costi is in Romania, I mind the house\". The visitor did not ask who else was living there.",
    "On 12-03-2024 the school received an email from mirela.lacatus96@example.org with a photograph of a letter from Școala Gimnazială nr. 2 Lunca Văleni saying that Denisa and Ionut had been enrolled there \"temporar\" (temporarily). Mrs Lindley asked the local authority whether the children could be taken off roll; she was advised to keep them on roll as the family had not said they were electing to home educate. The children returned on 22-04-2024, after Orthodox Easter. Ionuț had lost weight and had an itchy rash; the school nurse, Claire Dunford, suspected scabies and advised the GP.",
    "Dr Rajesh Mistry saw Ionuț, Denisa and Rodica together on 25-04-2024. Dr Mistry diagnosed scabies in all three and prescribed treatment \"for the whole household\", without asking how many people that was. He recorded \"Mum says 4 in house\". The GP record holds the child's date of birth as 14th March 2019 and, in a scanned Romanian vaccination booklet, as \"14 martie 2019\". The booklet also shows the address in Romania as \"sat Lunca Valeni\".",
    "In May 2024 the school submitted an Early Help Assessment with the family's agreement. The plan named the overcrowding, the children's absence and Ionuț's poor dental health. Mirela said: \"In Romania we have a big house, here we are ten in three rooms, but here there is work.\" The Early Help worker signposted the family to the Roma Support Group and to help with Universal Credit and their EU Settlement Scheme status (Mirela had pre-settled status; Costel's application was pending). The Early Help plan was closed in July 2024 when the family did not attend two meetings.",
    "The family worshipped at Biserica Penticostală Emanuel, a Pentecostal congregation whose services are held in Romanes in a hired hall on Warrender Street. The pastor, Viorel Boldea (known to the family as Fratele Viorel), told the review that the church had collected money for the family's flights \"so the children could see their grandfather before he died\". Pastor Boldea was not known to any agency before the review; Mr Căldăraru described him to the school as \"our Brother Viorel, he speaks for us\".",
    "On 09-09-2024 Ionuț-Florin started Year 1 at Netherfold Primary. His attendance between September and November 2024 was 71%. The register shows a further block of absence from 04-11-2024, when the family again travelled to Romania for a funeral; Marian Căldăraru and Ramona stayed in Sheffield with their children. Emma telephoned Ramona, who said \"the little one is with his Mamă, they come back after Christmas\".",
    "On 06-01-2025 the children came back. Andreea Munteanu recorded that Ionuț said, in Romanian, that he \"slept with Buni and the big boys\" in the front room of No. 47 and that the kettle was on the floor \"because the table is for beds\". The Designated Safeguarding Lead discussed this with the family support worker; no referral to Children's Social Care was made because the family were \"engaging\" and the concern was seen as housing.",
    "On 17-02-2025 Ionut was taken by his father to Sheffield Children's Hospital with a scald to his chest and left arm. The burn was at least three days old and infected; Mirela said she had put oil and Calpol on it and that \"it happened by the kettle, he pulled the cable\". The hospital record gives his name as IONUT CALDARARU, his date of birth as 14/3/19 and his hospital number as 40078215; a second record, opened in error, spells the surname Caldarary. Amoxicillin was started. The hospital made a referral to Children's Social Care at 16:40.",
    "A Strategy Discussion was held on 18-02-2025 and Section 47 enquiries began. Sarah Greenwood (SW1) and PC Lee Hartley visited 47 Ravenwood Tce that evening with a Romanes interpreter from Language Line. They counted eleven people, and mattresses in every room. PC Hartley noted the car outside, a grey Vauxhall Zafira, YB17 KHZ, registered to Costel Caldararu. Ms Greenwood recorded Mirela's National Insurance number (JT 48 62 19 B) and her Romanian identity card (XB 482915) from the Universal Credit papers.",
    "The hospital chronology (under \"Ionut-Florin Caldararu\") shows that Denisa Căldăraru, born 09/07/2016 (9 July 2016 on her Romanian papers), had been seen at the Northern General Hospital in 2023 with a burn to her hand; Denisa's record was never linked to her brother's. The mother's record gives Mirela Lacatus, born 02/11/1996 (2nd November 1996), and the father's Romanian papers give 21.05.1993. Ms Lacatus was also listed under a second mobile, 07700900418, and a second email, c.caldararu@example.org. IFC, RC and C.C. appear in the school's handwritten register notes; Rodica's surname is written Căldăraru's in one letter.",
    "At the initial child protection conference on 10-03-2025 both children were made subject to a Child Protection Plan. Mrs Lăcătuș attended with Ms Munteanu, and Ramona Căldăraru and Rodica Căldăraru came to give their views. Rodica said \"Nutu is the light of the house\"; his mother, who signs her messages Mirelușa, said she wanted \"a house with doors\". Howarth's letting agent was invited and did not come. The conference noted that the school's old letterhead still reads Netherfold Primary Academy, that the surgery signs its letters Gatefield Road Medical Practice from Gatefield Rd, that the Romanian certificate from Scoala Gimnaziala nr. 2 was never translated, that the NHS number 7214048836 was entered twice, and that the car YB17KHZ was insured at S49ZT.",
    "Ionuț was discharged on 24-02-2025 to stay with Rodica at Flat 3, 113 Gatefield Road, S4 8QJ, under a safety plan; Denisa stayed with her. An initial child protection conference was arranged. Mr Howarth was contacted by the social worker on 01632 960217; Den Howarth said he \"had no idea\" how many people lived at number 47. The family's Facebook group, Romii din Netherfold, and a TikTok account in Costel's name (@costi.caldararu93) carried videos filmed in the front room; one, posted by mirelusa_96, shows Ionuț on a mattress next to the kettle.",
]

ANALYSIS = [
    "Agencies saw the Căldăraru family one member at a time. The surgery believed four people lived at 47 Ravenwood Terrace, the school knew of ten, Private Housing Standards had a neighbour's estimate and the landlord said he did not know. No one brought these together. As Lord Laming observed after the death of Victoria Climbié, the information was held, but not shared; the same lesson was drawn in the review concerning Arthur Labinjo-Hughes.",
    "The spelling of the family's names made this harder. Records hold Căldăraru, Caldararu and CALDARARU; Lăcătuș and Lacatus, and in one letter imported from an older system Mirela Lăcătuş; Ionuț, Ionuţ and Ionut. At Gatefield Surgery two records were opened for I.F.C. and one for I-F.C., and the school's MIS held him as Florin. A search for one spelling did not find the others, and the mother's surname (she kept her own name, as is common) led staff to think M.L. was not the child's mother.",
    "Interpreting relied on a Romanian speaker and on children. Andreea and the school did their best, but Romanes is the family's first language and Rodica and the men understood little Romanian in writing. Denisa interpreted her mother's consultation at the age of seven. Language Line offers Romanes; it was not booked until Section 47 enquiries began.",
    "The months in Romania were treated as an attendance matter. Under the Education Act 1996 the children stayed on roll, the Fixed Penalty Notice warning was sent in English and the NO ACCESS visit did not ask who was living at No. 47. Staff did not think about what the children's lives were like in Lunca Valeni, or why the family went: a dying grandfather, a funeral, and money raised at Emanuel Pentecostal Church. The children came back unwell each time.",
    "The conditions of the fathers' work were visible and not explored. Costel and Marian worked six days a week at Kristal Car Wash, paid in cash, with their passports held by Mr Aziz. These are recognised indicators under the Modern Slavery Act 2015 and the family's poverty, overcrowding and reliance on the cousin Sorin Rostas fit the pattern set out by the Gangmasters and Labour Abuse Authority. No agency asked whether Mr Caldararu was free to leave.",
    "The church was the one place the family trusted. Pastor Boldea and the congregation of Biserica Penticostala Emanuel knew the household well, but no agency knew the church existed. Faith leaders are named as partners in Working Together to Safeguard Children 2023; in Sheffield there was no route for a Romanes-speaking Pentecostal congregation to raise a worry, or for agencies to reach CC and MC through it.",
]

LEARNING = [
    "Overcrowding is a safeguarding matter and not only a housing one. When a child tells school that the kettle is on the floor \"because the table is for beds\", as Nuțu did, staff should consider a referral under the Children Act 1989 and not leave it to Private Housing Standards.",
    "Names written with Romanian diacritics must be searched in every form. Practitioners should record the spelling the family uses (Ionuț-Florin, Lăcătuș) and the form without diacritics, and check both; one family in this review was held under at least five spellings, including Caldarary.",
    "Children Missing Education procedures should ask where the child is, with whom and why, not only whether they are on roll. A photograph of a letter from a school in Romania, sent from mirela.lacatus96@example.org, was taken as reassurance without anyone speaking to the children.",
    "Interpreters should speak the family's first language. For Roma families from Romania that is often Romanes, not Romanian; children such as Deni must never interpret for a parent. The Roma Support Group and the NSPCC both publish guidance on working with Gypsy, Roma and Traveller families.",
    "Indicators of labour exploitation (cash pay, long hours, passports held by an employer such as Rekan at the car wash) should prompt consideration of the National Referral Mechanism even when the men say, as Costel did, \"we work, we are not beggars\".",
    "Agencies should know and work with the faith communities that families trust. In this case Brother Viorel and the church knew of the household's difficulties, the videos posted to Romii din Netherfold showed them, and no professional asked. The Child Safeguarding Practice Review Panel has asked partnerships to reach such communities; Ofsted has made the same point.",
]

RECOMMENDATIONS = [
    ("Netherfold Primary School and Gatefield Road Surgery will record the full household at every registration and review it after any absence abroad",
     "Add a household composition section to admission and registration forms, with names in the family's own spelling and without diacritics",
     "Designated Safeguarding Lead and Practice Manager", "30-09-2025"),
    ("The Partnership will ensure Romanes interpreters are booked for Roma families whose first language is Romanes, and that children are never used to interpret",
     "Brief all agencies on Language Line's Romanes service and audit interpreter use quarterly",
     "Partnership Business Manager", "31-12-2025"),
    ("The Partnership will build a link with Roma Pentecostal congregations in the city, so that faith leaders can raise concerns and families such as the Căldăraru family can be reached",
     "Meet the pastors of the congregations and agree a named contact in Children's Social Care",
     "Head of Safeguarding Partnerships", "31-03-2026"),
]

HEADER = "Agency report: Căldăraru / Lăcătuș family, 47 Ravenwood Terrace, S4 9ZT. OFFICIAL-SENSITIVE"
FOOTER = "Ionuț-Florin Căldăraru (14.03.2019), Netherfold Primary School. Not for circulation."
COMMENT = "Check with Mrs Lindley whether Mirela Lacatus has signed the consent; Costel's number is 07700 900733."
FOOTNOTE = "The mother is recorded as Mirela Lăcătuș at Gatefield Road Surgery and as Ms Lacatus at the school; Ionut's NHS number is 7214048836."

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING, RECOMMENDATIONS,
    header=HEADER, footer=FOOTER, comment=COMMENT, footnote=FOOTNOTE,
)
