"""Held-back publication case 55, written blind (without sight of the anonymiser): a
nine-month-old with fractures in a Gujarati-speaking, multi-generational household; every
name of a person, street, town, shop, temple, school and surgery in it is invented."""
# ruff: noqa: E501

from tests.builders.publish_heldout import HeldOut

REFERENCE = "WVSCP-CSPR-2023-04"

CASE_TOML = """\
reference = "WVSCP-CSPR-2023-04"
review = "Child Safeguarding Practice Review"
subject = "Child L"
period = { from = "01-11-2021", to = "30-04-2023" }
board = "Wreake Valley Safeguarding Children Partnership"
summary_dates = "month"

[[agencies]]
name = "Leicestershire Police"
aliases = ["Leics Police", "Police", "CAIU"]
chronology_due = "12-06-2023"
report_due = "25-08-2023"

[[agencies]]
name = "Leicestershire County Council Children and Family Services"
aliases = ["Children and Family Services", "CFS", "Children's Social Care"]
chronology_due = "12-06-2023"
report_due = "25-08-2023"

[[agencies]]
name = "Leicestershire Partnership NHS Trust"
aliases = ["LPT", "Healthy Together", "Health Visiting", "0-19 Service"]
published_as = "the health visiting service"
chronology_due = "12-06-2023"
report_due = "25-08-2023"

[[agencies]]
name = "University Hospitals of Leicester NHS Trust"
aliases = ["UHL", "Leicester Royal Infirmary", "Children's Emergency Department"]
chronology_due = "12-06-2023"
report_due = "25-08-2023"

[[agencies]]
name = "Kessington Lane Surgery"
aliases = ["Kessington Lane Medical Practice", "the surgery"]
chronology_due = "12-06-2023"
report_due = "25-08-2023"

[[agencies]]
name = "Hollybrook Primary School"
aliases = ["Hollybrook Primary", "Hollybrook Nursery Class"]
published_as = "the sibling's school"
chronology_due = "12-06-2023"
report_due = "25-08-2023"

[[people]]
name = "Riddhi Morjaria"
aliases = ["Riddhi", "Chiku", "RM", "R.M.", "Ridhi", "Riddhi Morjariya"]
role = "Child"
pseudonym = "Child L"
born = "19-06-2022"
address = "31 Brackenfield Way, Kessington, LE7 4QX"

[[people]]
name = "Dhruv Morjaria"
aliases = ["Dhruv"]
role = "Sibling"
pseudonym = "Child M"
born = "03-11-2018"
address = "31 Brackenfield Way, Kessington, LE7 4QX"

[[people]]
name = "Bhavika Morjaria"
aliases = ["Bhavika", "Bhavi", "Bhavika Master", "BM", "B.M.", "ભાવિકા"]
role = "Mother"
pseudonym = "Mother"
born = "07-08-1996"
address = "31 Brackenfield Way, Kessington, LE7 4QX"

[[people]]
name = "Hitesh Morjaria"
aliases = ["Hitesh", "Hitu", "H.M.", "Mr Morjaria"]
role = "Father"
pseudonym = "Father"
born = "21-01-1993"
address = "31 Brackenfield Way, Kessington, LE7 4QX"

[[people]]
name = "Kusumben Morjaria"
aliases = ["Kusumben", "Kusum", "Kusum Ba", "KM", "કુસુમ"]
role = "Paternal grandmother"
pseudonym = "Paternal Grandmother"
born = "02-04-1961"
address = "31 Brackenfield Way, Kessington, LE7 4QX"

[[people]]
name = "Navinchandra Morjaria"
aliases = ["Navinchandra", "Navin", "Navinbhai", "N.M."]
role = "Paternal grandfather"
pseudonym = "Paternal Grandfather"
born = "15-09-1958"
address = "31 Brackenfield Way, Kessington, LE7 4QX"

[[people]]
name = "Jignesh Morjaria"
aliases = ["Jignesh", "Jignesh kaka", "Jigs"]
role = "Father's cousin, lodger"
pseudonym = "Paternal Cousin"
born = "28-02-1992"
address = "31 Brackenfield Way, Kessington, LE7 4QX"

[[staff]]
name = "Carys Ward"
code = "HV1"
role = "Health Visitor"
agency = "Leicestershire Partnership NHS Trust"

[[staff]]
name = "Ophelia Rickett"
code = "GP1"
role = "GP"
agency = "Kessington Lane Surgery"

[[staff]]
name = "Imogen Castellane"
code = "RAD1"
role = "Consultant Paediatric Radiologist"
agency = "University Hospitals of Leicester NHS Trust"

[[staff]]
name = "Lowri Pemberton"
code = "SW1"
role = "Social Worker"
agency = "Leicestershire County Council Children and Family Services"

[[staff]]
name = "Ruairí Fennelly"
code = "DC1"
role = "Detective Constable"
agency = "Leicestershire Police"
"""

IDENTIFIERS = {
    "key_name": [
        "Riddhi Morjaria", "Riddhi", "Riddhi's", "Dhruv Morjaria", "Dhruv", "Dhruv's",
        "Bhavika Morjaria", "Bhavika", "Mrs Morjaria", "Hitesh Morjaria", "Hitesh",
        "Mr Morjaria", "Kusumben Morjaria", "Kusumben", "Kusum", "Navinchandra Morjaria",
        "Navinchandra", "Navinbhai", "Navin", "Jignesh Morjaria", "Jignesh", "Morjaria",
    ],
    "maiden_name": ["Bhavika Master", "née Master"],
    "nickname": ["Chiku", "Hitu", "Hitu's", "Bhavi", "Kusum Ba", "Jignesh kaka", "Jigs"],
    "misspelling": ["Morjariya", "Riddhi Morjariya", "Ridhi"],
    "initials": ["RM", "R.M.", "BM", "B.M.", "H.M.", "KM", "N.M.", "RF-M"],
    "non_ascii": ["ભાવિકા", "કુસુમ", "Rosália", "Rosalia", "Ruairí", "Ruairi"],
    "not_in_key": [
        "Sneha Master", "Sneha", "Rosália Fonseca-Morjaria", "Pravin Lakhani",
        "Pravinbhai", "Mr Lakhani", "Daksha Pandya", "Gillian Ashworth-Pryce",
        "Mrs Ashworth-Pryce",
    ],
    "staff_name": [
        "Carys Ward", "Mrs Ward", "Dr Ophelia Rickett", "Dr Rickett", "Imogen Castellane",
        "Dr Castellane", "Lowri Pemberton", "Ms Pemberton", "Ruairí Fennelly",
        "DC Fennelly", "Ruairi Fennelly",
    ],
    "address": [
        "31 Brackenfield Way", "13 Brackenfield Way", "Brackenfield Way", "Kessington",
        "4 Fosbrooke Parade", "Fosbrooke Parade",
    ],
    "postcode": ["LE7 4QX", "LE7", "4QX"],
    "agency_place": [
        "Kessington Lane Surgery", "Hollybrook Primary School", "Hollybrook Primary",
        "Hollybrook", "Shree Ambaji Seva Mandir", "Ambaji Mandir", "Kessington Jamia Masjid",
        "Shubh Labh Stores",
    ],
    "number": ["07700 900417", "01632 960582", "999 214 7765"],
    "email": ["hitu.morjaria@example.org"],
    "social_media": ["facebook.com/ShubhLabhStoresKessington", "@hitu_shubhlabh"],
    "date_of_birth": ["19/06/2022", "19-06-2022", "03-11-2018", "7 August 1996"],
}

ORDINARY = [
    "children's ward", "Master's degree", "BA (Hons)", "HM Government",
    "fact-finding hearing", "skeletal survey", "paediatric radiologist",
    "classic metaphyseal lesions", "rickets", "vitamin D", "Osteogenesis Imperfecta",
    "Ehlers-Danlos syndrome", "Sheffield Children's Hospital", "Great Ormond Street Hospital",
    "Diwali", "Navratri", "Boxing Day", "LanguageLine", "Google Translate", "WhatsApp",
    "Bumbo seat", "Cocker Spaniel", "NSPCC", "ICON programme", "Children Act 1989",
    "section 47", "Working Together to Safeguard Children", "Public Law Outline",
    "Re S-B (Children)", "Child Safeguarding Practice Review Panel",
    "The Myth of Invisible Men", "Victoria Climbié", "Daniel Pelka", "Star Hobson",
    "Detective Sergeant", "MASH", "Kampala", "Edinburgh Postnatal Depression Scale",
    "TEN-4-FACESp", "OFFICIAL-SENSITIVE",
]

INVOLVEMENT = [
    "Riddhi Morjaria (date of birth 19/06/2022) was born at the Leicester Royal Infirmary and went home to 31 Brackenfield Way, Kessington LE7 4QX, the five-bedroomed house her paternal grandparents, Navinchandra and Kusumben Morjaria, bought after they came to England from Kampala in 1972. The household was Gujarati-speaking and Hindu. Riddhi lived with her mother, Bhavika Morjaria (née Master, born 7 August 1996), her father, Hitesh Morjaria, her brother Dhruv (born 03-11-2018, then in the nursery class at Hollybrook Primary School), her grandparents, and her father's cousin Jignesh Morjaria, who lodged with the family while he worked in the family's corner shop, Shubh Labh Stores at 4 Fosbrooke Parade. Bhavika came to England from Ahmedabad in 2017 and spoke some English; Kusumben, whom the family call Kusum Ba, speaks only Gujarati.",
    "The health visitor, Carys Ward (HV1), made the new birth visit on 05-07-2022. Hitesh answered the door and interpreted for his wife and for his mother; when he left for the shop Mrs Ward used Google Translate on her phone to ask Kusumben about feeding. No LanguageLine interpreter was booked, although the record reads 'mother's first language Gujarati'. The ICON programme leaflet was given in English only, and the Edinburgh Postnatal Depression Scale was not completed because 'mum's English limited'. Mrs Ward recorded the baby's pet name, Chiku, and that BM 'seems tired, family very supportive'. Hitu's mobile, 07700 900417, was the only number recorded for the family, and later contacts were arranged with him on WhatsApp.",
    "At the eight-week check at Kessington Lane Surgery on 16-08-2022 Dr Ophelia Rickett (GP1) noted a 'small bluish mark' on the left upper arm of R.M., which Mr Morjaria said was a birthmark. The entry is headed 'Ridhi Morjaria, NHS number 999 214 7765' and records that B.M. 'did not speak'. No body map was completed and TEN-4-FACESp was not applied, although the surgery's own policy on bruising in a baby who is not yet mobile, which follows the NSPCC's guidance and HM Government's Working Together to Safeguard Children, required a same-day referral to the on-call paediatrician. Dr Rickett told the author she had accepted the explanation because 'the grandmother was nodding'; Kusumben had not understood the question.",
    "During Navratri in October 2022 Pravin Lakhani, a volunteer who runs the welfare desk at the Shree Ambaji Seva Mandir, saw Bhavika crying in the temple hall with the baby, who 'screamed when her leg was touched'. Mr Lakhani, known in the temple as Pravinbhai, offered to take her to the GP; Bhavika said that her husband and Jignesh kaka would be angry. Over Diwali the household had visitors, among them the wife of the father's cousin, Rosália Fonseca-Morjaria (RF-M; her police statement spells her first name Rosalia), who lives in Lisbon; she later told the police that Jigs 'handled the baby roughly' and that the children were often left with him while the other adults worked at the shop until late. Neither the temple nor the relatives made a referral at the time. Mr Lakhani said that he 'did not know whom to call' and that the Ambaji Mandir had no safeguarding lead.",
    "On Boxing Day 2022 Riddhi, then six months old, was brought to the Children's Emergency Department by Hitesh and Jignesh Morjaria, who said she had slipped from a Bumbo seat on the kitchen worktop and was not moving her right arm; the triage note reads 'brought by father (H.M.) and uncle'. A junior doctor diagnosed a 'pulled elbow', gave Calpol and discharged her; no X-ray was taken, the safeguarding checklist was marked 'no concerns', and nobody asked to see Bhavika, who was at home with Navinbhai. The discharge letter, addressed to 'Riddhi Morjariya, 13 Brackenfield Way', did not reach Kessington Lane Surgery until 17-01-2023 and was filed without being read by a GP.",
    "At the nine-month review on 20-03-2023 Mrs Ward saw Bhavika alone for the first time, with a LanguageLine Gujarati interpreter on speakerphone. Bhavika scored 19 on the Edinburgh Postnatal Depression Scale and said that she was 'not allowed' to take the children to her cousin Sneha Master. Two days later, on 22-03-2023, Mr Lakhani drove Bhavika and Riddhi to the Children's Emergency Department at the Leicester Royal Infirmary with a swollen left thigh; the hospital registered the mother under her maiden name, Bhavika Master, from an old maternity record. An X-ray showed a spiral fracture of the femur. The skeletal survey, reported by the consultant paediatric radiologist Dr Imogen Castellane (RAD1), found eight posterior rib fractures of differing ages and classic metaphyseal lesions at both knees, and the repeat survey eleven days later confirmed them. Riddhi's head CT was normal. She was admitted to the children's ward.",
    "The hospital's referral reached the MASH at 16:40, marked OFFICIAL-SENSITIVE; it gave the family's religion as 'Muslim' and the household as 'mother, father, two children', with the shop's landline, 01632 960582, as the family's number. At the strategy discussion that evening the team manager, a Detective Sergeant from the CAIU and the named nurse agreed a section 47 enquiry under the Children Act 1989. The social worker, Lowri Pemberton (SW1), first asked the madrasa at Kessington Jamia Masjid whether Dhruv Morjaria attended; the family had no connection with the mosque, and the error cost a day before Hollybrook Primary was contacted. Ms Pemberton then placed Riddhi and Dhruv with Sneha under a safety plan. DC Ruairí Fennelly (DC1; 'Ruairi Fennelly' on the custody record) arrested Hitesh and Jignesh on 24-03-2023 and both were released under investigation. The neighbour, Mrs Gillian Ashworth-Pryce, told DC Fennelly that she had heard 'a baby screaming late at night' through the wall and had once seen Hitu 'shaking the pram hard' in the garden while her Cocker Spaniel barked; Mrs Ashworth-Pryce had not reported either.",
    "In care proceedings under the Public Law Outline the family court held a fact-finding hearing over eight days in November 2023. A paediatric radiologist at Great Ormond Street Hospital, instructed as a single joint expert, agreed with Dr Castellane on the ages of the fractures; the metabolic bone service at Sheffield Children's Hospital excluded Osteogenesis Imperfecta, Ehlers-Danlos syndrome and rickets, and found her vitamin D 'insufficient but not the cause'. Applying Re S-B (Children), the judge found that the injuries were inflicted on at least three occasions by Hitesh, Jignesh or Bhavika, and excluded Navin and Kusum from the pool of possible perpetrators. The court interpreter, Daksha Pandya, interpreted for Kusumben and Bhavika throughout; Bhavika signed her statement in Gujarati script, ભાવિકા, and her mother-in-law signed hers કુસુમ. Posts on the shop's page, facebook.com/ShubhLabhStoresKessington, and on Instagram as @hitu_shubhlabh, were part of the evidence about the father's hours, and the court saw messages that Mrs Morjaria sent from hitu.morjaria@example.org because she had no email of her own.",
]

ANALYSIS = [
    "Practice was not sensitive to the linguistic needs of the household. For nine months Bhavika and Kusumben were spoken to through Hitesh, through Jignesh and through Google Translate. This is the error that the inquiry into the death of Victoria Climbié and the review after the death of Daniel Pelka both named, and it meant that Mrs Morjaria could not say what she said on 20-03-2023 until she was seen alone with a LanguageLine interpreter; Sneha told the author that 'Bhavi was never asked on her own'. The Edinburgh Postnatal Depression Scale has a validated Gujarati version and could have been used at the new birth visit; the health visitor, who holds a Master's degree in public health nursing, told the author that she 'did not think to ask for one'.",
    "Professionals worked with the mother but not with the men. Neither Mr Morjaria nor Jignesh Morjaria was asked about his care of Riddhi, his stress or his hours at Shubh Labh Stores, which is exactly the gap that The Myth of Invisible Men (Child Safeguarding Practice Review Panel, 2021) describes. The ICON programme was never discussed with the father, the cousin or the grandparents, and Navinchandra Morjaria was recorded only as 'N.M. - grandad, runs shop'. The Morjaria family were repeatedly described as 'very supportive', and the size of the household was seen as protective rather than assessed: nobody asked who cared for the baby while the adults were at Fosbrooke Parade.",
    "The mark at eight weeks and the Boxing Day injury were two chances to find the fractures. A bruise in a baby who is not mobile is not a birthmark until a paediatrician says so. Dr Rickett did not apply TEN-4-FACESp or the local protocol, and in the emergency department an explanation involving a Bumbo seat, given for a six-month-old by two men who had not seen the fall, was accepted without a skeletal survey or a referral. The national review into the murders of Arthur Labinjo-Hughes and Star Hobson found the same readiness to accept a carer's account of an injury.",
    "The referral's 'Muslim' and the call to the madrasa show an assumption made from a South Asian surname: nobody asked the family, and the MASH did not know that seven people lived at 31 Brackenfield Way. The volunteer at the Shree Ambaji Seva Mandir saw what professionals did not, but faith settings had no route into the MASH. Dhruv's key person in Hollybrook Primary School's nursery class had noted in February that he said 'Chiku cries when Jignesh kaka holds her' and logged it without passing it to Children and Family Services; its designated safeguarding lead was a student teacher in the final term of a BA (Hons) in primary education, covering a vacancy.",
]

LEARNING = [
    "Learning 1. A household that speaks Gujarati needs a professional interpreter at every contact, booked through LanguageLine or face to face, and never a husband, a cousin or an app: for nine months Bhavika Morjaria (B.M.) and Kusumben (KM) were heard only through Hitesh, Jignesh and Google Translate, and Kusum Ba nodded at a question she did not understand. Practitioners should see a mother alone at least once before the eight-week check, as HM Government's Working Together to Safeguard Children expects, and should offer the Edinburgh Postnatal Depression Scale in her own language, as the lessons of Victoria Climbié and Daniel Pelka have long required.",
    "Learning 2. In a multi-generational household every adult who looks after a baby is a carer to be assessed. The Morjaria family at 31 Brackenfield Way, Kessington were 'very supportive' in every record, but no one asked who looked after Riddhi (RM, born 19-06-2022) and Dhruv while the adults worked at Shubh Labh Stores until late, or about the father's cousin Jignesh, who lodged with them. The Myth of Invisible Men applies to grandfathers, uncles and cousins as well as to fathers such as Hitu, and the ICON programme should reach them, in Gujarati, before Diwali and Navratri bring visitors and late nights; the NSPCC and the Child Safeguarding Practice Review Panel both publish material that could be used.",
    "Learning 3. Bruising or a limb injury in a baby who is not mobile needs a paediatric opinion the same day: the mark Dr Rickett saw at Kessington Lane Surgery and the 'pulled elbow' on Boxing Day were the chances to order a skeletal survey. Once the fractures were found, the paediatric radiologist's clear report, the repeat survey and the tests that excluded Osteogenesis Imperfecta and rickets at Sheffield Children's Hospital were good practice, and allowed the fact-finding hearing to reach its findings within eight months.",
    "Learning 4. Faith and community settings are part of the safeguarding network. Mr Lakhani at the Shree Ambaji Seva Mandir did not know whom to call, while the MASH assumed a faith the family did not hold and rang the madrasa at Kessington Jamia Masjid. The partnership should make the NSPCC helpline and the MASH number known in temples, gurdwaras and mosques alike, should record religion as the family gives it, and should make sure that Hollybrook Primary records what a child says about a baby at home and passes it on.",
]

RECOMMENDATIONS = [
    ("Health visiting to book a professional Gujarati interpreter through LanguageLine, never Hitesh Morjaria or another relative, for every contact with a mother such as Bhavika whose first language is not English",
     "Audit of 50 records of families who need an interpreter; interpreter use reported to the partnership each quarter",
     "Head of the Healthy Together 0-19 Service", "30-09-2024"),
    ("Primary care to apply TEN-4-FACESp with the bruising in non-mobile babies protocol at every infant check, using the eight-week check of Riddhi at Kessington Lane Surgery as a training case",
     "Protocol relaunched at the GP safeguarding leads' forum; audit of infant checks in six months",
     "Designated GP for Safeguarding Children", "31-03-2024"),
    ("The partnership to offer the ICON programme in Gujarati to fathers, grandparents and cousins in multi-generational households like the Morjaria family, through the Shree Ambaji Seva Mandir as well as through schools such as Hollybrook Primary School",
     "Gujarati ICON sessions at three temples and two schools; WhatsApp version of the leaflet",
     "Partnership Business Manager", "31-07-2024"),
]

HEADER = "OFFICIAL-SENSITIVE: Child L (Riddhi Morjaria), 31 Brackenfield Way, Kessington LE7 4QX"
FOOTER = "Kessington Lane Surgery | Shubh Labh Stores 01632 960582 | hitu.morjaria@example.org"
COMMENT = ("Ask Mrs Ward whether Hitu's number 07700 900417 is still on the HV record; Sneha Master "
           "says Bhavi has a new phone. DC Ruairi Fennelly spells the cousin's wife Rosalia.")
FOOTNOTE = ("Interpreter Daksha Pandya confirmed that Kusum Ba signs as કુસુમ and that Bhavika "
            "Master signed as ભાવિકા; N.M. and H.M. sign in English.")

CASE = HeldOut(REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
               RECOMMENDATIONS, header=HEADER, footer=FOOTER, comment=COMMENT,
               footnote=FOOTNOTE)
