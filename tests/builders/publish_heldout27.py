"""Held-back publication case 27, written blind (without reading the anonymiser or the other
held-back cases): fabricated or induced illness in an eight-year-old girl seen at several
hospitals; every name, address, number and handle in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CE-CSPR-2024-02"

CASE_TOML = '''\
reference = "CE-CSPR-2024-02"
review = "Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-04-2021", to = "30-11-2023" }
board = "Cheshire East Safeguarding Children's Partnership"

[[agencies]]
name = "Cheshire Constabulary"
aliases = ["Cheshire Police", "Police"]
report_due = "15-03-2024"

[[agencies]]
name = "Cheshire East Council Children's Social Care"
aliases = ["Children's Social Care", "CSC", "ChECS"]
report_due = "15-03-2024"

[[agencies]]
name = "Cheshire and Wirral Partnership NHS Foundation Trust 0-19 Service"
aliases = ["CWP", "Health Visiting", "0-19 Service", "School Nursing"]

[[agencies]]
name = "East Cheshire NHS Trust"
aliases = ["ECT", "Community Paediatrics", "Paediatric Dietetics"]

[[agencies]]
name = "Manchester University NHS Foundation Trust"
aliases = ["MFT", "Manchester Foundation Trust"]

[[agencies]]
name = "Goyt Valley Medical Practice"
aliases = ["Goyt Valley", "the surgery"]

[[agencies]]
name = "Lyme Hollins Preparatory School"
aliases = ["Lyme Hollins", "LHPS", "the Prep"]
published_as = "the independent school"

[[people]]
name = "Elowen Rushworth"
aliases = ["Elowen", "Wren", "Lowey", "Elowyn", "E.R.", "ER"]
role = "Child"
pseudonym = "Child T"
sex = "female"
born = "14-03-2015"
address = "3 Ravenscar Fold, Disley SK12 2PW"

[[people]]
name = "Zoë Rushworth"
aliases = ["Zoe Rushworth", "Zoë", "Zoe", "Zoey", "Zoë Ackerley", "Zoë Ackerley-Rushworth", "Ms Rushworth", "Mrs Rushworth", "ZR", "ZA-R"]
role = "Mother"
pseudonym = "Mother"
sex = "female"
born = "21-07-1986"
address = "3 Ravenscar Fold, Disley SK12 2PW"
mother_of = ["Elowen Rushworth", "Jago Rushworth"]
lives_with = ["Elowen Rushworth", "Jago Rushworth"]

[[people]]
name = "Declan Rushworth"
aliases = ["Declan", "Mr Rushworth"]
role = "Father"
pseudonym = "Father"
sex = "male"
born = "30-01-1984"
address = "22 Weaver Bank, Northwich CW9 7TL"
father_of = ["Elowen Rushworth", "Jago Rushworth"]
partner_of = [{ name = "Zoë Rushworth", from = "01-06-2008", to = "01-10-2019" }]

[[people]]
name = "Jago Rushworth"
aliases = ["Jago", "J.R."]
role = "Sibling"
pseudonym = "Sibling 1"
sex = "male"
born = "02-11-2009"
address = "3 Ravenscar Fold, Disley SK12 2PW"
sibling_of = ["Elowen Rushworth"]

[[people]]
name = "Brenda Ackerley"
aliases = ["Brenda", "Nana Bren", "Mrs Ackerley"]
role = "Maternal Grandmother"
pseudonym = "Maternal Grandmother"
sex = "female"
address = "5 Toddbrook Row, Whaley Bridge SK23 7HN"
mother_of = ["Zoë Rushworth"]

[[staff]]
name = "Hamish Strachan"
code = "CP1"
role = "Community Paediatrician"
agency = "East Cheshire NHS Trust"

[[staff]]
name = "Rebecca Lord"
code = "DT1"
role = "Paediatric Dietitian"
agency = "East Cheshire NHS Trust"

[[staff]]
name = "Bethany Sowerby"
code = "SW1"
role = "Social Worker"
agency = "Cheshire East Council Children's Social Care"

[[staff]]
name = "Gareth Hulme"
code = "DS1"
role = "Detective Sergeant"
agency = "Cheshire Constabulary"

[[staff]]
name = "Carys Lake"
code = "SN1"
role = "School Nurse (formerly Health Visitor)"
agency = "Cheshire and Wirral Partnership NHS Foundation Trust 0-19 Service"
'''

IDENTIFIERS = {
    "key_name": ["Elowen Rushworth", "Elowen", "Elowen's", "Rushworth", "Rushworths",
                 "Zoë Rushworth", "Zoe Rushworth", "Zoë", "Zoe", "Zoë's", "Ms Rushworth",
                 "Mrs Rushworth", "Mrs Rushworth's", "Declan Rushworth", "Declan",
                 "Mr Rushworth", "Jago Rushworth", "Jago", "Jago's", "Brenda Ackerley",
                 "Brenda", "Mrs Ackerley", "Zoë Ackerley", "Ackerley"],
    "nickname": ["Wren", "Lowey", "Nana Bren", "Nana Bren's"],
    "misspelling": ["Elowyn", "Elowyn Rushworth", "Zoey", "Zoey Rushworth"],
    "initials": ["E.R.", "ER", "ZR", "ZA-R", "J.R."],
    "staff_name": ["Hamish Strachan", "Dr Strachan", "Dr Strachan's", "Rebecca Lord", "Ms Lord",
                   "Bethany Sowerby", "Ms Sowerby", "Bethany", "Gareth Hulme", "DS Hulme",
                   "Detective Sergeant Hulme", "Carys Lake", "Ms Lake"],
    "staff_initials": ["RL", "HS"],
    "not_in_key": ["Summer Royle", "Ms Royle", "Saoirse Ní Bhriain", "Saoirse Ni Bhriain",
                   "Saoirse", "Mr Öztürk", "Mr Ozturk", "Öztürk's", "Tash Lingard", "Tash"],
    "address": ["3 Ravenscar Fold", "Ravenscar Fold", "Disley", "22 Weaver Bank", "Weaver Bank",
                "Northwich", "5 Toddbrook Row", "Toddbrook Row", "Whaley Bridge"],
    "postcode": ["SK12 2PW", "SK12", "2PW", "CW9 7TL", "CW9", "SK23 7HN"],
    "agency_place": ["Lyme Hollins Preparatory School", "Lyme Hollins", "LHPS",
                     "Goyt Valley Medical Practice", "Goyt Valley"],
    "number": ["07700 900417", "01632 960582", "999 482 1730", "CC/22/118804"],
    "email": ["zoe.rushworth@example.org"],
    "date_of_birth": ["14-03-2015", "14 March 2015", "21-07-1986", "02-11-2009"],
    "social_media": ["@WrensWingsJourney", "Wren's Wings", "gofundme.com/f/wrens-wings",
                     "Zoë Ackerley-Rushworth"],
    "pet": ["Bramble"],
}

ORDINARY = [
    "Fabricated or Induced Illness", "Perplexing Presentations", "RCPCH",
    "Working Together to Safeguard Children 2018", "Children Act 1989", "Lord Laming",
    "Victoria Climbié", "Arthur Labinjo-Hughes", "Star Hobson",
    "Royal Manchester Children's Hospital", "Stepping Hill Hospital",
    "Alder Hey Children's Hospital", "Great Ormond Street Hospital", "Ehlers-Danlos syndrome",
    "Munchausen syndrome by proxy", "Hickman line", "PEG", "ARFID", "German Shepherd",
    "Year 4", "summer holidays", "Boxing Day", "Easter", "Independent Schools Inspectorate",
    "Keeping Children Safe in Education", "Elective Home Education", "Graded Care Profile 2",
    "UK-WHO growth charts", "Paediatric Yorkhill Malnutrition Score", "GoFundMe", "WhatsApp",
    "Barnardo's", "NSPCC", "Blue Badge", "Disability Living Allowance", "Barcelona",
    "Lake District", "Child Protection Information Sharing", "OFFICIAL-SENSITIVE",
    "Detective Sergeant",
]

INVOLVEMENT = [
    "Elowen Rushworth (Child T, born 14-03-2015) lived with her mother, Zoë Rushworth (born 21-07-1986), and her older brother Jago at 3 Ravenscar Fold, Disley SK12 2PW, with the family's German Shepherd, Bramble. Her father, Declan Rushworth, left the home in October 2019 and lives at 22 Weaver Bank, Northwich CW9 7TL with his partner, Summer Royle; Declan saw the children on alternate weekends until Mrs Rushworth told him in 2021 that travel made Elowen ill. Mr Rushworth told the author that Ms Royle had twice asked why Elowen was never unwell at their house. Elowen was registered with Goyt Valley Medical Practice from birth. The practice records 61 contacts between April 2021 and November 2023, 38 of them telephone consultations with Ms Rushworth alone; Elowen's NHS number, 999 482 1730, was held at two hospitals under the spelling Elowyn Rushworth, and the mother appears in one trust's records as Zoey Rushworth, so that three sets of notes never met.",
    "Between May 2021 and August 2023 Elowen was taken to the emergency departments of Stepping Hill Hospital, Macclesfield District General Hospital and Leighton Hospital, and was admitted four times to the Royal Manchester Children's Hospital, with reported vomiting, fainting, joint pain and weight loss. Each hospital took the history as Mrs Rushworth gave it. She told staff that a consultant at Great Ormond Street Hospital had diagnosed Ehlers-Danlos syndrome and postural tachycardia; no referral to that hospital was ever made. On 09-02-2022 a gastroenterologist at the Royal Manchester Children's Hospital agreed to a trial of nasogastric feeding on the strength of the mother's food diary, and in October 2022 a PEG was placed. A request by Zoe for a Hickman line for intravenous fluids was declined at Alder Hey Children's Hospital in January 2023. The discharge letters describe her as 'knowledgeable, articulate and exhausted' and give her mobile, 07700 900417, as the only contact.",
    "Dr Hamish Strachan, community paediatrician at East Cheshire NHS Trust, saw Elowen five times. In clinic on 17-06-2022 she ate a packed lunch and a chocolate bar in the waiting area while her mother told the nurse she could not tolerate solids. The paediatric dietitian, Rebecca Lord (RL), plotted every recorded weight on the UK-WHO growth charts and found Elowen on the 25th centile throughout, with no fall at any admission, and scored her as low risk on the Paediatric Yorkhill Malnutrition Score. Ms Lord emailed Dr Strachan on 04-07-2022: 'the numbers Mum gives us and the numbers on our scales are not the same child.' Dr Strachan's letter to the GP raised Perplexing Presentations under the RCPCH guidance, but it went to the practice's general inbox and was filed without being read by a GP; HS did not follow it up.",
    "Elowen joined Lyme Hollins Preparatory School in Reception and was in Year 4 when the review period ended. Her attendance fell to 61% in 2022-23. Zoe Rushworth sent absence notes by WhatsApp and by email from zoe.rushworth@example.org and copies of hospital letters, two of which the school later found had been altered. The Designated Safeguarding Lead at Lyme Hollins recorded that E.R. ran at break, won her heat at sports day and asked to stay for the Christmas play rehearsals, while her mother asked for a wheelchair to be kept at school and for E.R. to be excused PE. The school is inspected by the Independent Schools Inspectorate and follows Keeping Children Safe in Education, but it made no referral until March 2023; LHPS staff told the author they 'did not think a parent at a prep school would do that'.",
    "Jago Rushworth (born 02-11-2009) was withdrawn from his secondary school in September 2021 and registered for Elective Home Education. The local authority's adviser visited once, spoke with Jago's mother on the doorstep and accepted a written plan; J.R. was not seen. Carys Lake, now a school nurse in the 0-19 Service, had been Elowen's health visitor and knew the family: Ms Lake recorded in 2016 that Zoë had described Jago as having 'a rare allergy nobody can find'. In 2023 Jago told a police officer that he sat up with his sister at night and gave her 'the pink medicine' when his mother told him to. A referral to a Barnardo's young carers service was made by the mother herself in 2022, for Jago, on the grounds of Lowey's 'life-limiting condition'; it was not shared with any other agency.",
    "From January 2022 Mrs Rushworth posted daily on Facebook and Instagram as @WrensWingsJourney, in the name Zoë Ackerley-Rushworth, and ran a GoFundMe page, Wren's Wings (gofundme.com/f/wrens-wings), which raised £41,600 for treatment at a private clinic in Barcelona. A family friend, Saoirse Ní Bhriain, administered the page. The posts showed Wren with her feeding tube and asked for prayers for a Hickman line she never had. On Boxing Day 2022 a neighbour, Mr Öztürk, called the NSPCC helpline and then Cheshire Constabulary to say that he had seen Elowen running along Ravenscar Fold with the dog an hour after a post said she was in intensive care. A PCSO visited and later rang the landline, 01632 960582; Ms Rushworth said the neighbour had been sent by Tash Lingard, who ran a rival online support group. The police log, marked OFFICIAL-SENSITIVE and numbered CC/22/118804, was closed as a neighbour dispute; the force system held the mother only as ZA-R, from the name on her Facebook account.",
    "Cheshire East Council Children's Social Care received four contacts between February 2022 and March 2023. The first three were closed at the front door after a telephone call to the mother, who gave the social worker, Bethany Sowerby, the names of consultants who, it later emerged, had never met Elowen. After the school's referral in March 2023 a strategy discussion was held, section 47 enquiries began and Detective Sergeant Gareth Hulme joined Ms Sowerby on a joint visit. Seen alone, Elowen said: 'Mummy says I'm poorly so people help us.' An initial child protection conference was held after Easter, and care proceedings followed in June 2023. Nana Bren (Brenda Ackerley, of 5 Toddbrook Row, Whaley Bridge SK23 7HN) has cared for Elowen and Jago since the summer holidays of 2023; Mrs Ackerley told the author she had 'stopped asking questions years ago'. The PEG was removed in September 2023 and Elowen now eats normally.",
]

ANALYSIS = [
    "No single agency held the whole picture. Elowen was seen by more than forty clinicians in three trusts across Greater Manchester and Cheshire, and each trusted the mother's account of what the others had found. The RCPCH guidance on Perplexing Presentations and Fabricated or Induced Illness asks for one lead paediatrician to hold a single health chronology; Dr Strachan was that person in all but name, yet he could not see the records of the Royal Manchester Children's Hospital or of Stepping Hill Hospital. Child Protection Information Sharing flags only children already subject to a plan or looked after, so it did nothing for ER until very late.",
    "Professionals were reassured by class and by fluency. Staff at the school, at Goyt Valley and at two hospitals described Mrs Rushworth as 'a devoted mum who has done her research'. ZR's use of terms such as ARFID, Ehlers-Danlos syndrome and even Munchausen syndrome by proxy, which she said 'lazy doctors' would accuse her of, was read as the knowledge of a parent who knew her child. The fees, the small classes and a good report from the Independent Schools Inspectorate led staff at Lyme Hollins Preparatory School to see themselves as outside the local safeguarding arrangements.",
    "Elowen's voice is almost absent from thirty months of records: she was spoken to alone once. Her brother, home educated and unseen, was carrying an adult's responsibilities. Elective Home Education guidance allows a local authority to ask to see the child, but the adviser did not, and nobody linked Jago's withdrawal from school to his sister's illness. Ms Sowerby told the author that the Graded Care Profile 2 was not considered because 'this was a mother doing too much, not too little'.",
    "The online world was treated as private. The GoFundMe page, the WhatsApp messages to the school and the Facebook posts held the clearest evidence that the illness the Rushworths described and the child professionals saw did not match. Zoë's posts were read by hundreds of people and by none of the professionals. Police and children's social care treated Mr Ozturk's call as a dispute between neighbours; Öztürk's account was not recorded as a concern about a child, and no agency asked who held the £41,600 raised for Barcelona (DS Hulme later found that Saoirse Ni Bhriain had transferred it to the mother's own account), or whether the Disability Living Allowance and Blue Badge awarded on the mother's account were spent on Elowen.",
]

LEARNING = [
    "When the dietitian, Ms Lord, saw that the girl on the UK-WHO growth charts was not the girl in her mother's diary, that was the turning point that did not turn. More than twenty years after Lord Laming's inquiry into the death of Victoria Climbié, and after the national review that followed the murders of Arthur Labinjo-Hughes and Star Hobson, the lesson is the same: professionals must record what they see, share it and say it plainly. For Elowen Rushworth, born on 14 March 2015, a steady weight, a low-risk Paediatric Yorkhill Malnutrition Score and photographs of Wren climbing in the Lake District during the summer holidays of 2022, the week after Zoë Rushworth told the ward that a consultant at Great Ormond Street Hospital had found she could not walk, were the evidence. They sat in separate files at Goyt Valley Medical Practice, at East Cheshire NHS Trust and at Lyme Hollins.",
    "Fabricated or Induced Illness does not stop at one hospital's door. Mrs Rushworth took Elowen to Stepping Hill Hospital, Alder Hey Children's Hospital and the Royal Manchester Children's Hospital, and every PEG review, the Hickman line request and the working diagnosis of ARFID rested on a history nobody checked. Working Together to Safeguard Children 2018 and the Children Act 1989 place a duty on every agency to share what it knows, and Keeping Children Safe in Education applies to Lyme Hollins Preparatory School as it does to any state school. Jago Rushworth, withdrawn for Elective Home Education at the start of Year 7, was never seen alone; the NSPCC call about E.R. on Boxing Day, Mr Öztürk's second call after Easter and the GoFundMe page were the information that would have joined the picture.",

    "Crowdfunding and online support groups are part of a child's world and are open to professionals to read. Mrs Rushworth's posts as @WrensWingsJourney and the Wren's Wings page were public throughout, and the Facebook group run by Tash Lingard shared her updates with thousands of members. No agency in Cheshire East had guidance on when it may look at a family's public posts, or on what to do when a charity such as Barnardo's is told of a diagnosis that no clinician has made.",
    "Good practice was present and should be recognised. Ms Lord's email, Ms Lake's memory of the family from her health visiting days, Mr Ozturk's persistence and the joint visit by Detective Sergeant Hulme and Bethany Sowerby, who made sure Elowen was seen alone, each moved the case on. Since the summer holidays of 2023 Nana Bren's care has let Elowen return to school full time, and the Disability Living Allowance and Blue Badge have been stopped.",
]

RECOMMENDATIONS = [
    ("East Cheshire NHS Trust names a lead paediatrician for every child for whom Perplexing Presentations or Fabricated or Induced Illness is considered, as Dr Strachan should have been for Elowen Rushworth, holding one health chronology across the Royal Manchester Children's Hospital, Stepping Hill Hospital and Alder Hey Children's Hospital",
     "Agree a cross-trust protocol following the RCPCH guidance; audit six cases in a year, starting with Child T",
     "Named Doctor for Safeguarding Children", "31-07-2024"),
    ("Lyme Hollins Preparatory School trains every member of staff in Keeping Children Safe in Education, using the altered letters Mrs Rushworth sent by WhatsApp and the Year 4 attendance of E.R. as a case study for the Independent Schools Inspectorate's next visit",
     "Whole-staff training before the September term; the Designated Safeguarding Lead reports attendance below 90% to the partnership each term",
     "Head of the independent school", "30-09-2024"),
    ("Cheshire East Council Children's Social Care sees every home-educated sibling alone, as Jago was not, whenever a section 47 enquiry concerns the family, and checks public crowdfunding such as the GoFundMe page Wren's Wings with the Police when a child's illness is in doubt",
     "Amend the Elective Home Education and Fabricated or Induced Illness procedures; audit compliance after six months",
     "Head of Service, Safeguarding and Quality Assurance", "31-12-2024"),
]

HEADER = "OFFICIAL-SENSITIVE - CE-CSPR-2024-02 - Child T (Elowen Rushworth, DOB 14-03-2015), Disley"
FOOTER = "Draft 3, not for circulation. Family contact: Mrs Rushworth, 01632 960582, zoe.rushworth@example.org"
COMMENT = "Check with Carys Lake whether Jago's 2016 allergy entry is also in the Goyt Valley Medical Practice notes (NHS number 999 482 1730); Lowey is the name the school uses."
FOOTNOTE = "Nana Bren's statement of 12-09-2023 and Mr Öztürk's two calls are held by DS Hulme; Saoirse Ni Bhriain declined to be interviewed."

CASE = HeldOut(REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
               RECOMMENDATIONS, header=HEADER, footer=FOOTER, comment=COMMENT,
               footnote=FOOTNOTE)
