# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 104): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "PDSC-2023-014"

CASE_TOML = """\
reference = "PDSC-2023-014"
review = "Child Safeguarding Practice Review"
subject = "Child L"
board = "Pan-Dorset Safeguarding Children Partnership"
period = { from = "01-09-2021", to = "17-02-2023" }
decision = "10-03-2023"
notification = "22-02-2023"

[[agencies]]
name = "Dorset Police"
aliases = ["Police", "the police"]

[[agencies]]
name = "BCP Council Children's Services"
aliases = ["Children's Social Care", "CSC", "BCP Children's Services"]

[[agencies]]
name = "Dorset HealthCare University NHS Foundation Trust"
aliases = ["Dorset HealthCare", "Health Visiting Service", "HV service"]

[[agencies]]
name = "Fernlea Medical Centre"
aliases = ["Fernlea", "Fernlea surgery"]
published_as = "the GP practice"

[[agencies]]
name = "Cherrywell Primary School"
aliases = ["Cherrywell", "Cherrywell Primary"]
published_as = "the primary school"

[[agencies]]
name = "Pebblecombe Nursery"
aliases = ["Pebblecombe"]
published_as = "the nursery"

[[people]]
name = "Larissa Vitória Ferreira Tavares"
aliases = ["Larissa", "Lari", "Larissa Tavares", "Larissa Vitória", "Larrisa", "L.T.", "LVFT"]
role = "child"
pseudonym = "Child L"
born = "09-08-2014"
address = "Flat A, 317 Sallowfield Road, Boscombe, Bournemouth BH7 9XJ"

[[people]]
name = "Maria da Conceição Ferreira Lima"
aliases = ["Conceição", "Conceicao", "Ceiça", "Connie", "Connie Tavares", "Conceição Tavares", "Mrs Lima", "Mrs Brandão"]
role = "mother"
pseudonym = "Mother"
born = "22-11-1989"
address = "Flat A, 317 Sallowfield Road, Boscombe, Bournemouth BH7 9XJ"

[[people]]
name = "João Paulo Assunção Brandão"
aliases = ["João", "Joao", "João Brandão", "Joao Brandao", "JP", "J-P", "J.P.B.", "Mr Brandão"]
role = "stepfather"
pseudonym = "Stepfather"
born = "03-05-1985"
address = "Flat A, 317 Sallowfield Road, Boscombe, Bournemouth BH7 9XJ"

[[people]]
name = "Thiago Mendonça Tavares"
aliases = ["Thiago", "Thiago Tavares", "Mr Tavares", "Mendonca"]
role = "father"
pseudonym = "Father"
born = "30-07-1987"

[[people]]
name = "Enzo Brandão Ferreira"
aliases = ["Enzo", "Enzinho", "Enzo Brandão", "E.B."]
role = "sibling"
pseudonym = "Sibling 1"
born = "17-01-2020"
address = "Flat A, 317 Sallowfield Road, Boscombe, Bournemouth BH7 9XJ"

[[people]]
name = "Aparecida Ferreira Lima"
aliases = ["Aparecida", "Cida", "Vó Cida", "Dona Cida"]
role = "grandmother"
pseudonym = "Maternal Grandmother"
born = "12-04-1963"

[[staff]]
name = "Harriet Coombes"
code = "HV1"
role = "Health Visitor"
agency = "Dorset HealthCare University NHS Foundation Trust"

[[staff]]
name = "Priya Halloran"
code = "SW1"
role = "Social Worker"
agency = "BCP Council Children's Services"

[[staff]]
name = "Edmund Farquharson"
code = "GP1"
role = "General Practitioner"
agency = "Fernlea Medical Centre"

[[staff]]
name = "Bethan Yarrow"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Cherrywell Primary School"

[[staff]]
name = "Owen Trethewey"
code = "PC1"
role = "Police Constable"
agency = "Dorset Police"

[[staff]]
name = "Kerry-Ann Loosemore"
code = "NKW1"
role = "Nursery Key Worker"
agency = "Pebblecombe Nursery"
"""

IDENTIFIERS = {
    "names": [
        "Larissa Vitória Ferreira Tavares", "Larissa", "Vitória", "Tavares", "Larrisa",
        "Maria da Conceição", "Conceição", "Conceicao", "Ferreira Lima", "Ferreira", "Lima",
        "João Paulo Assunção Brandão", "João", "Joao", "Brandão", "Brandao", "Brandãos",
        "Assunção", "Enzo", "Aparecida", "Thiago Mendonça Tavares", "Thiago", "Mendonça",
        "Mendonca",
    ],
    "nicknames": ["Lari", "Ceiça", "Connie", "JP", "Enzinho", "Cida"],
    "initials": ["L.T.", "LVFT", "J-P", "J.P.B.", "E.B."],
    "people_not_in_key": [
        "Edivaldo Sampaio", "Edivaldo", "Sampaio", "Rosângela", "Wellington",
        "Valdir Quaresma", "Quaresma", "Dorothy Pilbeam", "Pilbeam", "Jéssica Moura", "Moura",
    ],
    "staff": [
        "Harriet Coombes", "Coombes", "Harriet", "Priya Halloran", "Halloran", "Priya",
        "Edmund Farquharson", "Farquharson", "Bethan Yarrow", "Yarrow", "Owen Trethewey",
        "Trethewey", "Kerry-Ann Loosemore", "Loosemore",
    ],
    "streets": ["Sallowfield Road", "Sallowfield Rd", "Quennell Close", "Quennell Cl",
                "Ambrose Lane", "Ambrose Ln"],
    "estates": ["Harrowmead estate", "Harrowmead"],
    "house_numbers": ["317 Sallowfield Road", "27 Quennell Close", "5 Ambrose Lane"],
    "places": ["Boscombe", "Kinson", "Winton", "Goiânia", "Anápolis"],
    "postcodes": ["BH7 9XJ", "BH7", "9XJ", "BH11 8QW", "BH11", "8QW"],
    "locating_agencies": ["Cherrywell Primary School", "Cherrywell", "Fernlea Medical Centre",
                          "Fernlea", "Pebblecombe Nursery", "Pebblecombe"],
    "phones": ["07700 900417", "+44 7700 900582", "01632 960238", "07700900763"],
    "nhs_ni": ["943 476 5919", "9434765927", "QQ 48 27 61 B", "QQ739104D"],
    "emails": ["ceica.lima89@example.com", "jpb.reformas@example.org"],
    "social": ["@jpb_reformas_bmth", "facebook.com/conceicao.ferreiralima", "@lari.vitoria.14"],
    "dates_of_birth": ["09-08-2014", "09/08/2014", "09.08.14", "9th August 2014",
                       "August 9, 2014", "22/11/1989", "3rd May 1985", "17.01.20",
                       "17 January 2020"],
    "other": ["HJ17 VXR", "Sabor Mineiro", "Pipoca", "JPB Reformas", "Fonte de Luz",
              "SparkleBay", "Dunnock Hall"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children", "Section 47",
    "Section 17", "Child in Need", "Child Protection Plan", "Multi-Agency Safeguarding Hub",
    "MASH", "Early Help", "strategy discussion", "Graded Care Profile 2", "Was Not Brought",
    "Child Safeguarding Practice Review Panel", "NSPCC", "Ofsted", "Great Ormond Street Hospital",
    "Victoria Climbié", "Lord Laming", "Arthur Labinjo-Hughes", "Star Hobson", "Festa Junina",
    "Carnaval", "quadrilha", "feijoada", "saudade", "culto", "chinelo", "Dia das Crianças",
    "Christmas", "Easter Sunday", "eczema", "Calpol", "sertraline", "Havaianas", "WhatsApp",
    "LanguageLine", "CPOMS", "EU Settlement Scheme", "DASH risk assessment", "DS", "PC",
    "hope", "grace", "May", "mark", "dawn", "Monday", "February 2023", "physical chastisement",
    "DO NOT DISCUSS CONCERNS IN FRONT OF THE CHILDREN",
]

INVOLVEMENT = [
    "In late August 2021 the family moved from 27 Quennell Close on the Harrowmead estate in Kinson, BH11 8QW, to Flat A, 317 Sallowfield Road, Boscombe, BH7 9XJ. The flat is above Sabor Mineiro, a Brazilian grocery owned by Mr Valdir Quaresma, who was also the family's landlord. Mr Quaresma told the review that the family had lived at Quennell Cl for about two years before the move and that JP had done building work on the shop in lieu of a deposit.",
    "On 6 September 2021 Larissa Vitória Ferreira Tavares started in Year 3 at Cherrywell Primary School. The admission form gave her date of birth as 09/08/2014 and listed her mother, Maria da Conceição Ferreira Lima, and her stepfather, João Paulo Assunção Brandão, as contacts. The form recorded the mother's mobile as 07700 900417 and her email as ceica.lima89@example.com. Under 'home language' the office wrote Brazilian Portuguese; no interpreter was requested for the induction meeting and Larissa translated for her mother.",
    "On 14 September 2021 Conceição (known to friends as 'Ceiça') registered both children at Fernlea Medical Centre. The registration form gave Larissa's NHS number as 943 476 5919 and her date of birth as 09.08.14; Enzo's NHS number was written without spaces as 9434765927 and his date of birth as 17.01.20. The receptionist recorded the mother under her married name, Conceição Tavares, and added an English name she used at work, 'Connie'. The practice system later held a second record for 'Larrisa Tavares', a misspelling that was never merged.",
    "On 12 October 2021 the Health Visitor, Harriet Coombes (HV1), completed a transfer-in home visit for Enzo Brandão Ferreira (known at home as 'Enzinho'), who was then 21 months old. HV1 recorded that the flat was reached by an outside staircase at the back of the shop on Sallowfield Rd, that the family dog, Pipoca, was kept in the kitchen, and that Mr Brandão was at work. Harriet noted that Ms Ferreira 'was tired, working from dawn as a cleaner' and that there were no concerns about Enzo's development. The Graded Care Profile 2 was not used.",
    "During November 2021 Cherrywell staff logged six concerns on CPOMS: Larissa was late on most days, her uniform was unwashed and her eczema was untreated. The Designated Safeguarding Lead, Bethan Yarrow (DSL1), spoke to Mrs Brandão (the school's records used the stepfather's surname for the mother) on a Monday morning. The mother said that she left for work at 5am with SparkleBay, an office cleaning firm, and that 'J-P does the school run'. The CPOMS entries were filed under the initials LVFT. Mrs Yarrow offered Early Help but the mother declined, saying that her husband would not like it.",
    "On 2 December 2021 Larissa told a teaching assistant that her stepfather had hit her on the legs with a chinelo (a Havaianas flip-flop) because she had not looked after her brother. Ms Yarrow saw a red mark on the back of Larissa's thigh and made a referral to the Multi-Agency Safeguarding Hub (MASH) the same day. The referral form read 'LARISSA TAVARES, DOB 09-08-2014, stepfather JOÃO BRANDAO'. The MASH search was made under 'Brandao' without the tilde and did not find the 2020 police record held under 'Brandão'. No strategy discussion was held and the referral was progressed as a Section 17 Child in Need assessment.",
    "The Social Worker, Priya Halloran (SW1), visited the flat on 9 December 2021. The visit was arranged by telephone with Mr Brandão on +44 7700 900582 and he was present throughout. A family friend, Mrs Jéssica Moura, interpreted for the mother at Mr Brandão's request; a LanguageLine interpreter was not booked. JP told Priya that in Brazil 'a chinelo is normal, it is how we were raised' and that he would stop. Priya recorded that the Brandãos 'presented as a loving family who say grace before meals' and that Larissa was seen in her bedroom with Enzo, but not alone.",
    "On 20 December 2021 Pastor Edivaldo Sampaio of the Fonte de Luz evangelical church, which meets at Dunnock Hall, 5 Ambrose Lane, Winton, wrote to Children's Social Care in support of the family on church notepaper headed 'Dunnock Hall, Ambrose Ln'. The letter described Mr and Mrs Brandão as 'faithful members' who attended culto twice a week. Pastor Sampaio's wife, Irmã Rosângela, ran the children's Sunday group that Larissa attended. SW1 did not speak to the pastor or to Rosângela directly.",
    "The Child in Need assessment was completed on 18 January 2022. It recorded that JP had 'agreed not to use physical chastisement' and that Larissa's father, Thiago Mendonça Tavares, lived in Anápolis, Brazil, and had no contact. The case was stepped down to Early Help on 24 January 2022 and closed after the family did not respond to two letters. The closure summary recorded the stepfather's initials as J.P.B. and the child's as L.T.",
    "In February 2022 the school noted that Larissa had spoken enthusiastically about Carnaval celebrations at the church hall and had come to school with glitter in her hair. Her attendance that half term was 91%. Mrs Yarrow recorded that Larissa seemed 'brighter' and that there was hope the situation had improved.",
    "On 11 April 2022 Conceição saw Dr Edmund Farquharson (GP1) at Fernlea with low mood. Dr Farquharson recorded 'saudade, misses her mother, works long hours' and prescribed sertraline. She had last attended the surgery with Larissa after Easter Sunday, when Larissa had a fever and she was advised to give Calpol. He noted that she became tearful when asked about home and said that her partner 'shouts when he drinks'. No routine enquiry about domestic abuse was made and the GP did not know that Children's Social Care had been involved. The consultation took place in English without an interpreter.",
    "Enzo started at Pebblecombe Nursery in May 2022, funded through the two-year-old offer. On 23 May 2022 his key worker, Kerry-Ann Loosemore (NKW1), recorded a bruise to his left shin and completed a body map, labelled E.B. Mr Brandão said that Enzo had fallen on the stairs behind the shop. Ms Loosemore accepted this as consistent with a mobile toddler and did not discuss it with the nursery's safeguarding lead. The nursery's records gave the stepfather's business as JPB Reformas and his email as jpb.reformas@example.org.",
    "On 18 June 2022 the family attended the church's Festa Junina at Dunnock Hall, where Larissa danced the quadrilha and the congregation shared feijoada. Mrs Moura later told the review that Larissa had cried when JP told her off in front of the other children for dancing with a boy. Photographs of the event were posted on the business's Instagram account, @jpb_reformas_bmth, which also advertised Mr Brandão's building services across Boscombe and Kinson.",
    "At 23:40 on 26 June 2022 a neighbour across the road, Mrs Dorothy Pilbeam, called Dorset Police to report shouting and a child screaming at 317 Sallowfield Road. PC Owen Trethewey (PC1) attended with a colleague. PC Trethewey recorded that Mr Brandão's van, registration HJ17 VXR, was parked outside, that the stepfather had been drinking and that the mother 'did not want to speak'. A DASH risk assessment was completed with the stepfather in the next room and graded standard. A child notification was sent to the MASH on the following Monday but was not linked to the December referral because of the different spelling of the surname.",
    "In July 2022 the GP practice sent a Was Not Brought letter after Larissa missed a dermatology follow-up for her eczema. The letter was sent to the old address, 27 Quennell Close, because the address on Larissa's second record had not been updated. Mrs Pilbeam told the review that by the summer she 'rarely saw Lari outside' except when she was taking Enzo to the shop below.",
    "In September 2022 Larissa moved into Year 4. Her teacher recorded that she often arrived without breakfast and that she said she had 'put Enzinho to bed' because Mamãe was at work and JP was out. On 12 October 2022, Dia das Crianças, Larissa told her class that she had not been given a present 'because I was bad'. The school also found that Larissa had an Instagram account, @lari.vitoria.14, on which she had posted a video from her bedroom showing the window above the shop sign.",
    "From November 2022 to January 2023 Larissa's maternal grandmother, Aparecida Ferreira Lima ('Vó Cida'), visited from Goiânia. Dona Cida telephoned the school from her WhatsApp number, 07700900763, on 29 November 2022, speaking through an office colleague who knew some Portuguese, to ask whether Larissa was 'all right at school'. The message was recorded but not passed to Mrs Yarrow until December. Aparecida later told the review, through an interpreter, that she had seen JP hit Larissa with a belt and had told Pastor Edivaldo, who advised her to pray with the family.",
    "On 8 December 2022 Ms Yarrow noticed a mark on Larissa's left cheek. Larissa said that she had fallen off her scooter. Mrs Yarrow telephoned the mother on 07700 900417 but the call was answered by Mr Brandão, who confirmed the account. The school's chronology entry reads: DO NOT DISCUSS CONCERNS IN FRONT OF THE CHILDREN. No referral was made. Over Christmas the family travelled to stay with the stepfather's brother, Wellington, in London.",
    "Larissa was absent for six days in late January 2023. A member of school staff visited on 31 January 2023 and spoke to Mr Quaresma in Sabor Mineiro, who said that 'the little one has a cold'. The school did not see Larissa. On 2 February 2023 Thiago emailed the school asking for news of his daughter; the school was unsure whether he had parental responsibility and did not reply. Thiago had found the mother's public Facebook page, facebook.com/conceicao.ferreiralima, which showed the flat.",
    "On 17 February 2023 the mother brought Larissa to the Emergency Department with a head injury and multiple bruises of different ages. A strategy discussion was held the same day and Section 47 enquiries began. The police recorded the stepfather's date of birth as 3rd May 1985 and his National Insurance number as QQ739104D; the mother's date of birth was recorded as 22/11/1989 and her number as QQ 48 27 61 B. Mr João Brandão was arrested. The shop's landline, 01632 960238, was given as the family's contact number. The DS overseeing the investigation asked for an independent paediatric opinion from a consultant at Great Ormond Street Hospital. The partnership notified the Child Safeguarding Practice Review Panel on 22 February 2023.",
]

ANALYSIS = [
    "The review found that Larissa was repeatedly used to interpret for her mother, at school admission, at the GP practice and, in effect, through her stepfather's choice of Mrs Moura. Professionals heard what the adults wanted them to hear. A child born on 9th August 2014 was being asked to speak for the family about the harm she was suffering. Working Together to Safeguard Children is clear that children should be seen and heard on their own, and a professional interpreter should have been booked through LanguageLine for every contact with Conceição.",
    "Practitioners accepted the explanation that a chinelo was 'normal in Brazil'. Understanding a family's culture matters, but culture does not change the threshold in the Children Act 1989, and physical chastisement that leaves a mark is not reasonable punishment. The national review of the murders of Arthur Labinjo-Hughes and Star Hobson warned that professionals can be reassured by a parent's promise to change. JP's promise in December 2021 was never tested.",
    "Mr Brandão was the most significant adult in Larissa's life and the least known. He was seen by SW1 once, on his terms, and by PC1 once, when he had been drinking. No agency checked his history, his business, JPB Reformas, or asked who else stayed at the flat. The 'invisible man' has featured in reviews since Lord Laming's inquiry into the death of Victoria Climbié, and it featured again here. Had the concerns been linked, a Child Protection Plan would very likely have been considered in 2022.",
    "The different spellings of the family's names, Brandão, Brandao and BRANDÃO, Larissa and Larrisa, Conceição and Conceicao, and the mother being recorded as 'Mrs Brandão', 'Ms Ferreira Lima' and 'Connie Tavares', meant that the MASH could not see the pattern. Each agency held a piece: the school's CPOMS entries, the police call from Mrs Pilbeam, the nursery's body map, the GP's note that JP shouted when he drank. No one held them together.",
    "The Fonte de Luz congregation was a real source of support for the family, with culto, the Festa Junina and Carnaval at Dunnock Hall giving Larissa friends and routine. It was also a place where concerns were held within the community. Pastor Sampaio's letter was treated as evidence of safety, yet no one asked him, Irmã Rosângela or Dona Cida what they had seen. Faith leaders are an important part of the safeguarding system and should be spoken to, not only written to.",
    "Living above Sabor Mineiro meant that the family's home, landlord and community were in the same building. Mr Quaresma was a landlord, a neighbour and a friend of the stepfather, and when school staff called at the shop in January 2023 they accepted his word. Practitioners should have insisted on seeing Larissa. The flat on Sallowfield Road was reached through a yard at the back and the child was not visible from the street.",
    "The mother's low mood, her long working hours from dawn with SparkleBay, her saudade for her family in Goiânia and her uncertain position under the EU Settlement Scheme left her isolated and dependent on her partner. The Early Help offer was closed when she did not reply to letters in English. The NSPCC and Ofsted have both noted that step-down to Early Help without a named worker often ends in closure, and that is what happened to the Brandãos in January 2022.",
]

LEARNING = [
    "Learning 1: Children should never be used as interpreters. Larissa (Lari) interpreted for her mother at Cherrywell and at Fernlea, and Mrs Moura, a friend of the stepfather, interpreted for the social worker. A professional Portuguese interpreter should be booked for every contact where a parent's first language is not English.",
    "Learning 2: Culture must inform, not lower, the response to physical harm. When a parent explains that a chinelo or a belt is normal where they grew up, practitioners should acknowledge the explanation, be clear about the law in England and test any promise to stop. Had Larissa been seen alone after the December 2021 referral, the risk from João might have been understood.",
    "Learning 3: Agencies should search every spelling of a name. The MASH, Dorset Police and the GP practice each held records under Brandão, Brandao, Joao Brandao, Tavares and Larrisa, and under Thiago Mendonca's and Enzo's different surnames. Dates of birth such as August 9, 2014 and 17 January 2020 were written in different formats that did not match.",
    "Learning 4: Men in the household must be assessed. J.P.B. was the children's main carer in the mornings, a builder who worked across Boscombe, Kinson and Winton, and was known to the police. Professionals should ask who lives at an address, who visits and who looks after the children, and should speak to those adults directly.",
    "Learning 5: Faith and community leaders hold important information. Pastor Edivaldo Sampaio and Dona Cida each knew more than the professionals did, and the grandmother's call on 07700900763 was not passed on. Safeguarding partners should build links with Brazilian evangelical congregations in the area so that concerns raised in Portuguese reach the right professional.",
]

RECOMMENDATIONS = [
    ("BCP Council Children's Services should ensure that no child, including a child like Larissa Tavares, is used to interpret, and that interpreters are booked through LanguageLine for every assessment and home visit",
     "Audit 30 Child in Need assessments for interpreter use and report the findings to the partnership", "Head of Service, Children's Services", "31-12-2023"),
    ("The MASH should search all spellings and orderings of Brazilian and Portuguese double surnames, such as Ferreira Lima and Brandão, before making a threshold decision",
     "Update the MASH search protocol and train all MASH staff in name searching", "MASH Manager", "30-09-2023"),
    ("The partnership should work with faith groups such as the Fonte de Luz church to agree how concerns raised by members reach Children's Social Care",
     "Hold a faith-leader safeguarding event and publish a simple guide in Portuguese", "Partnership Business Manager", "31-03-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="CONFIDENTIAL - Agency Report: Larissa Vitória Ferreira TAVARES (DOB 09/08/2014), Flat A, 317 Sallowfield Road, Boscombe, BH7 9XJ - NHS 943 476 5919",
    footer="Report author: Bethan Yarrow, DSL, Cherrywell Primary School, b.yarrow@example.org, 01632 960451",
    comment="Check with Priya whether JP's van (HJ17 VXR) was ever run through PNC, and whether Ceiça ever had an interpreter.",
    footnote="Vó Cida (Aparecida Ferreira Lima) gave this account through Jéssica Moura, not a professional interpreter; Pastor Edivaldo Sampaio was present.",
)
