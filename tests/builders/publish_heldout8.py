"""Held-back publication case 8, written blind (without seeing how the anonymiser works):
a fictional child safeguarding practice review in which every person, street, town,
school, nursery, surgery, number and handle is invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = '''\
reference = "KV-CSPR-2023-03"
review = "Child Safeguarding Practice Review"
subject = "Child R"
board = "Kennet Vale Safeguarding Children Partnership"
period = { from = "01-04-2021", to = "31-01-2023" }

[[agencies]]
name = "Thames Valley Police"
aliases = ["TVP", "Police"]

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC", "Kennet Vale Children's Services"]

[[agencies]]
name = "Health Visiting Service"
aliases = ["HV Service", "0-19 Service"]

[[agencies]]
name = "St Aldhelm's CofE Primary School"
aliases = ["St Aldhelm's", "St Aldhelms"]

[[agencies]]
name = "Little Wrens Day Nursery"
aliases = ["Little Wrens", "Wrens"]
published_as = "the nursery"

[[agencies]]
name = "Pightle Lane Surgery"
aliases = ["Pightle Lane"]
published_as = "the GP practice"

[[people]]
name = "Kezia Ormerod-Quaye"
aliases = ["Kezia", "Kez", "KOQ"]
role = "Child"
pseudonym = "Child R"
born = "14-03-2020"
address = "Flat 3, Larkspur House, Tansy Walk, Thrushford, RG31 7XN"

[[people]]
name = "Aoibhínn Ormerod"
aliases = ["Aoibhinn"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "22-07-2016"
address = "Flat 3, Larkspur House, Tansy Walk, Thrushford, RG31 7XN"

[[people]]
name = "Summer Ormerod"
aliases = ["Summer", "Ms Ormerod", "S.O."]
role = "Mother"
pseudonym = "Mother"
born = "02-11-1997"
address = "Flat 3, Larkspur House, Tansy Walk, Thrushford, RG31 7XN"

[[people]]
name = "Kwabena Quaye"
aliases = ["Kobby", "Mr Quaye"]
role = "Father"
pseudonym = "Father"
born = "19-05-1992"

[[people]]
name = "Jordan Frost"
aliases = ["Jordan", "Mr Frost", "JF"]
role = "Mother's partner"
pseudonym = "Adult M"
born = "07-08-1994"
address = "27 Coldharbour Road, Thrushford"

[[people]]
name = "Bernadette Ormerod"
aliases = ["Bernie"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
address = "9 Wyvern Close, Thrushford, RG31 7PL"

[[staff]]
name = "Tom Radcliffe"
code = "PC1"
role = "Police Constable"
agency = "Thames Valley Police"

[[staff]]
name = "Imogen Chase"
code = "SW1"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Farida Ashraf"
code = "HV1"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Gareth Pennock"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "St Aldhelm's CofE Primary School"

[[staff]]
name = "Anil Sethuraman"
code = "GP1"
role = "General Practitioner"
agency = "Pightle Lane Surgery"
'''

INVOLVEMENT = [
    "Kezia Ormerod-Quaye (Child R, born 14/03/2020, NHS number 999 062 4417) lived with "
    "her mother Summer Ormerod (DOB 02/11/1997) and her older sister Aoibhínn at Flat 3, "
    "Larkspur House, Tansy Walk, Thrushford RG31 7XN. The family was registered at Pightle "
    "Lane Surgery, and Aoibhínn started in the Reception class at St Aldhelm's CofE Primary "
    "School in September 2020. Kezia's father, Kwabena Quaye, moved to Ghana in 2021 and "
    "kept in touch with his daughters on WhatsApp.",

    "On Boxing Day 2021 Thames Valley Police were called by a neighbour, Mr Dariusz Wójcik, "
    "who heard a man shouting that he would 'set the dog on her'. PC Tom Radcliffe attended "
    "with a PCSO and found Jordan Frost ('Frosty'), Ms Ormerod's partner, in the flat with an "
    "XL Bully called Zeus. A DASH risk assessment was completed in the kitchen with Mr Frost "
    "in the next room and the risk was graded standard. The Ring doorbell footage Mr Wojcik "
    "offered was never collected. The log (URN 43210187763), marked OFFICIAL-SENSITIVE, "
    "records S.O. as the victim and JF as the suspect, and the incident was shared with the "
    "MASH the next morning. No referral to MARAC was made.",

    "Health Visitor Farida Ashraf completed the two-year review at home on 03.02.2022 using "
    "the Ages and Stages Questionnaire. Kez, as her mother called her, was behind in her "
    "communication and HV FA referred her to Speech and Language Therapy. Summer scored 17 on "
    "the Edinburgh Postnatal Depression Scale. Summer said Jordan was 'just a friend' who "
    "walked the dog, and that Nan Bernie (her own mother, Bernadette Ormerod of 9 Wyvern "
    "Close, Thrushford RG31 7PL) helped with childcare. Ms Ashraf noted a small bruise on "
    "Kezia's shin and a Mongolian blue spot on her lower back, and recorded both in the red "
    "book with the mobile number 07700 900473.",

    "The police notification about K.O-Q. was rated Amber by the MASH on 29-12-2021 and "
    "passed to the Assessment Team. Social Worker Imogen Chase completed a Child and "
    "Family Assessment; "
    "Ms Chase saw KOQ and Aoibhinn at home twice but did not speak to Mr Frost, did not check "
    "the Police National Computer and did not consider an application under Clare's Law, "
    "although Jordan's former partner Chantelle Pryor had reported assaults by him in 2019. "
    "The case was stepped down to Early Help in February 2022; a chase email sent by the "
    "school in March 2022 to ask who held the Early Help Assessment went unanswered.",

    "At St Aldhelm's, the Designated Safeguarding Lead, Mr Gareth Pennock, recorded that "
    "Aoibhínn (known at school as 'Eevie') was often late and hungry in Year 1 and had said "
    "'Jordy shouts at Kez'. During the summer holidays of 2022 a PCSO found her alone at "
    "Sallowfield recreation ground at 19:30; Summer told the officer that a friend, Tamsin "
    "Leary, had been watching her. After the October half term Eevie told her teacher that "
    "Frosty had locked her in the bathroom. Mr Pennock referred this to the MASH on "
    "07/11/2022; a Section 47 strategy discussion was held by telephone without the school "
    "or the health visitor, and it was agreed that Tamsin would supervise contact.",

    "Kezia took up her funded place at Little Wrens Day Nursery in September 2022. Wrens "
    "staff recorded bruising to her left ear on two Mondays and completed body maps; the "
    "nursery manager telephoned Ms Ormerod, who said Kez had fallen off the sofa. Dr Anil "
    "Sethuraman at Pightle Lane saw Kezia on 28-11-2022 for a cough, advised Calpol and had "
    "not been sent the body maps. Mr Quaye (Kwabena, known as Kobby) contacted the surgery "
    "from Ghana on 01632 960518 and by email from kwabena.quaye@example.org; the practice "
    "letter back to him was addressed to 'Mr Kwabina Quaye' and spelt the child's surname "
    "Ormrod. The girls' paternal aunt, Efua Mensah, offered to care for them.",

    "On 11 January 2023, during a hard frost, the flat had no heating. At 06:40 Ms Ormerod "
    "called NHS 111 to say Kezia was floppy. She was taken by ambulance to hospital and "
    "transferred to the John Radcliffe Hospital, where a subdural haematoma and retinal "
    "haemorrhages were found; tests for von Willebrand disease and other bleeding disorders "
    "were normal and advice on the imaging was sought from Great Ormond Street. A Detective "
    "Sergeant from the Child Abuse Investigation Unit arrested Jordan Frost (DOB 07.08.1994) "
    "of 27 Coldharbour Road, Thrushford, and his car, RK17 WXO, was seized near Cobbett "
    "Parade. His Snapchat account @frosty_j94 was examined.",
]

ANALYSIS = [
    "The agencies saw the household as Summer and her two girls and did not ask who else "
    "lived there or visited. Mr Frost was seen by police, named by Aoibhínn at St Aldhelms and "
    "mentioned to the health visitor, but no agency put together that 'Jordan', 'Jordy' and "
    "'Frosty' were the same man. This is the hidden male of many reviews, including the "
    "national review into the murders of Arthur Labinjo-Hughes and Star Hobson published by "
    "the Child Safeguarding Practice Review Panel.",

    "The DASH risk assessment on Boxing Day relied on what Ms Ormerod could say with JF in "
    "the next room. Officers did not ask to see the children, did not collect the Ring "
    "doorbell footage from Mr Wójcik and did not ask whether the XL Bully, Zeus, had ever "
    "been used to frighten the family. Had the risk been graded higher, MARAC would have "
    "brought the school and the health visitor to the same table.",

    "Ms Ashraf's visit was thorough, and her use of the Ages and Stages Questionnaire found "
    "Kez's delay early. The Edinburgh Postnatal Depression Scale score of 17 should have been "
    "shared with Dr Sethuraman, and the Graded Care Profile 2 would have shown the cold, the "
    "empty fridge and the dog. A referral to Home-Start was discussed with Summer but never "
    "made.",

    "Ms Chase's assessment was completed in time but was about Summer Ormerod alone. The "
    "Children Act 1989 and Working Together to Safeguard Children 2018 expect every adult in "
    "a child's life to be considered; Kwabena Quaye in Ghana, Bernadette Ormerod and Jordan "
    "Frost were not. The Section 47 discussion in November 2022 relied on Summer's word that "
    "Tamsin Leary would supervise, and nobody checked who Tamsin was.",
]

LEARNING = [
    "Learning 1: practitioners must find out who lives in and visits the home. Summer "
    "Ormerod (S.O. in the police log) told the health visitor, the school and the GP "
    "different things about Jordan Frost, known as 'Frosty' and 'Jordy', of Coldharbour Road. "
    "A check of the Police National Computer and an application under Clare's Law would have "
    "shown his history with Chantelle Pryor. The Child Safeguarding Practice Review Panel's "
    "review of Arthur Labinjo-Hughes and Star Hobson made the same point, as did the review "
    "after the death of Daniel Pelka. Mr Frost's dog, an XL Bully called Zeus, was itself a "
    "sign of the fear in the flat on Tansy Walk.",

    "Learning 2: what children say and show at school and nursery must reach the MASH and the "
    "strategy discussion. Aoibhínn told Mr Pennock in Year 1, was found alone in the summer "
    "holidays, and after the October half term said what was happening at Larkspur House; "
    "Little Wrens mapped the bruising to "
    "Kez's ear, and Dr Sethuraman saw Kezia (born 14/03/2020) for a cough without those "
    "maps. Under the Children Act 1989 and Working Together to Safeguard Children 2018 the "
    "Designated Safeguarding Lead and the health visitor should have been at the Section 47 "
    "strategy discussion. Bruising to the ear of a child of two should be seen by a "
    "paediatrician, who can exclude von Willebrand disease and tell a bruise from a Mongolian "
    "blue spot. The notification was rated Amber on what the police log said, without asking "
    "anyone who knew Eevie.",

    "Learning 3: a mother's low mood is a reason to look harder, not to wait. Summer's score "
    "on the Edinburgh Postnatal Depression Scale, the offer of Home-Start and the support of "
    "Nan Bernie at Wyvern Close were each known to one agency only. Women's Aid and the NSPCC "
    "both publish guidance for practitioners on speaking to a mother alone, and none of the "
    "contacts in the summer holidays was with Summer alone.",

    "Learning 4: fathers abroad are still fathers. Kwabena (Kobby) rang Pightle Lane Surgery "
    "from Ghana and wrote on WhatsApp to ask how the girls were; his sister Efua offered to "
    "care for them. Nobody told Mr Quaye about the Section 47 enquiry or asked him what he "
    "knew about Mr Frost.",
]

RECOMMENDATIONS = [
    ("Thames Valley Police should make sure that a DASH risk assessment is never completed "
     "with the suspect, such as Mr Frost at Tansy Walk, in the home, that officers ask to see "
     "every child, and that Ring doorbell footage offered by a neighbour like Mr Wójcik is "
     "collected",
     "Briefing to all response officers and a dip sample of 30 DASH forms",
     "Detective Chief Inspector, Safeguarding", "30-06-2023"),
    ("Children's Social Care and the MASH should invite the Designated Safeguarding Lead of "
     "the primary school (St Aldhelm's in this review) and the health visitor to every "
     "Section 47 strategy discussion, and check the Police National Computer and Clare's Law "
     "for every adult around a child such as Kezia Ormerod-Quaye",
     "Revise the strategy discussion procedure; audit of ten strategy discussions",
     "Head of Service, MASH", "30-09-2023"),
    ("The Health Visiting Service should use the Graded Care Profile 2 and share any "
     "Edinburgh Postnatal Depression Scale score of 13 or more with the GP, asking about every "
     "adult in the home, including a partner like Jordan ('Frosty') and a grandmother like Nan "
     "Bernie",
     "Update the 0-19 Service standard operating procedure; supervision audit",
     "Named Nurse for Safeguarding Children", "31-10-2023"),
]

CASE = HeldOut(
    reference="KV-CSPR-2023-03",
    case_toml=CASE_TOML,
    identifiers={
        "key_name": [
            "Kezia Ormerod-Quaye", "Kezia", "Kezia's", "Ormerod-Quaye",
            "Summer Ormerod", "Summer's", "Summer said", "Summer told", "Ms Ormerod",
            "Ms Ormerod's", "Ormerod",
            "Aoibhínn", "Aoibhinn",
            "Jordan Frost", "Jordan", "Jordan's", "Mr Frost", "Mr Frost's",
            "Kwabena Quaye", "Kwabena", "Mr Quaye", "Quaye",
            "Bernadette Ormerod", "Bernadette",
        ],
        "nickname": ["Kez", "Kez's", "Frosty", "Jordy", "Eevie", "Kobby", "Nan Bernie",
                     "Bernie"],
        "initials": ["S.O.", "JF", "K.O-Q.", "KOQ"],
        "misspelling": ["Ormrod", "Kwabina"],
        "not_in_key": ["Dariusz Wójcik", "Mr Wójcik", "Mr Wojcik", "Wójcik", "Wojcik",
                       "Chantelle Pryor", "Tamsin Leary", "Tamsin", "Efua Mensah", "Efua"],
        "staff_name": ["Tom Radcliffe", "PC Tom Radcliffe", "Imogen Chase", "Ms Chase",
                       "Ms Chase's", "Farida Ashraf", "Ms Ashraf", "Ms Ashraf's",
                       "Gareth Pennock", "Mr Pennock", "Pennock", "Anil Sethuraman",
                       "Dr Sethuraman", "Sethuraman"],
        "address": ["Flat 3, Larkspur House", "Larkspur House", "Tansy Walk", "Thrushford",
                    "9 Wyvern Close", "Wyvern Close", "27 Coldharbour Road",
                    "Coldharbour Road"],
        "postcode": ["RG31 7XN", "RG31 7PL", "RG31", "7XN", "7PL"],
        "place": ["Sallowfield", "Cobbett Parade"],
        "agency_place": ["St Aldhelm's CofE Primary School", "St Aldhelm's", "St Aldhelms",
                         "Little Wrens Day Nursery", "Little Wrens", "Wrens",
                         "Pightle Lane Surgery", "Pightle Lane"],
        "number": ["999 062 4417", "07700 900473", "07700 900861", "01632 960518",
                   "43210187763", "RK17 WXO"],
        "email": ["kwabena.quaye@example.org", "summer.ormerod97@example.org"],
        "date_of_birth": ["14/03/2020", "14.03.2020", "2020-03-14", "02/11/1997",
                          "07.08.1994"],
        "social_media": ["@frosty_j94", "@summerskye.x"],
        "pet": ["Zeus"],
    },
    ordinary=[
        "the summer holidays", "a hard frost", "a chase email", "John Radcliffe Hospital",
        "Great Ormond Street", "Child Abuse Investigation Unit", "Detective Sergeant", "PCSO",
        "MASH", "MARAC", "DASH risk assessment", "Section 47", "Children Act 1989",
        "Working Together to Safeguard Children 2018",
        "Child Safeguarding Practice Review Panel", "Arthur Labinjo-Hughes", "Star Hobson",
        "Daniel Pelka", "Clare's Law", "Boxing Day", "the October half term", "NSPCC",
        "Women's Aid", "Home-Start", "NHS 111", "Graded Care Profile 2",
        "Edinburgh Postnatal Depression Scale", "Ages and Stages Questionnaire", "Ghana",
        "WhatsApp", "Calpol", "Ring doorbell", "XL Bully", "von Willebrand disease",
        "Mongolian blue spot", "Year 1", "Reception class", "OFFICIAL-SENSITIVE",
        "rated Amber", "Police National Computer",
    ],
    involvement=INVOLVEMENT,
    analysis=ANALYSIS,
    learning=LEARNING,
    recommendations=RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE KV-CSPR-2023-03: Kezia Ormerod-Quaye, DOB 14.03.2020, "
           "Flat 3, Larkspur House, RG31 7XN",
    footer="Draft 2 for Summer Ormerod's family only: summer.ormerod97@example.org, "
           "07700 900473",
    comment="Check with Ms Chase whether Nan Bernie (Bernadette Ormerod, 9 Wyvern Close) was "
            "ever seen; her mobile is 07700 900861. Tamsin Leary says Bernie messages Summer's "
            "account @summerskye.x every day.",
    footnote="Statement of Mr Wojcik, 27/12/2021; Jordan Frost's Snapchat @frosty_j94 and "
             "Summer's Instagram @summerskye.x were viewed; Kezia's NHS record gives "
             "her date of birth as 2020-03-14 and her postcode as RG31 7XN.",
)
