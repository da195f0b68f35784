"""Held-back publication case 50, written blind (without sight of the anonymiser): a
fabricated or induced illness review in which every person, street, school, surgery, clinic
and account is invented."""
# ruff: noqa: E501

from tests.builders.publish_heldout import HeldOut

REFERENCE = "BSG-LCSPR-2024-50"

CASE_TOML = """\
reference = "BSG-LCSPR-2024-50"
review = "Local Child Safeguarding Practice Review"
subject = "Child W"
period = { from = "01-04-2022", to = "30-06-2024" }
board = "South Gloucestershire Safeguarding Children Partnership"
summary_dates = "month"

[[agencies]]
name = "Avon and Somerset Constabulary"
aliases = ["Avon and Somerset Police", "ASC", "Police"]
chronology_due = "16-09-2024"
report_due = "14-10-2024"

[[agencies]]
name = "South Gloucestershire Children's Social Care"
aliases = ["Children's Social Care", "CSC", "Access and Response Team"]
chronology_due = "16-09-2024"
report_due = "14-10-2024"

[[agencies]]
name = "Sirona Care and Health - Health Visiting, School Nursing and Community Paediatrics"
aliases = ["Sirona", "Health Visiting Service", "Community Paediatrics"]
chronology_due = "16-09-2024"
report_due = "14-10-2024"

[[agencies]]
name = "University Hospitals Bristol and Weston NHS Foundation Trust"
aliases = ["UHBW", "University Hospitals Bristol and Weston"]
chronology_due = "16-09-2024"
report_due = "14-10-2024"

[[agencies]]
name = "Ferncombe CE Primary School"
aliases = ["Ferncombe Church of England Primary School", "Ferncombe Primary", "Ferncombe"]
published_as = "the primary school"
chronology_due = "16-09-2024"

[[agencies]]
name = "Baylis Mead Surgery"
aliases = ["Baylis Mead", "Baylis Mead GP"]
chronology_due = "16-09-2024"

[[people]]
name = "Marigold Penhallow-Askew"
aliases = ["Marigold", "Goldie", "Mari", "MPA", "M.P-A.", "M P-A", "Marigold Penhallow"]
role = "Child"
pseudonym = "Child W"
born = "14-03-2018"
address = "17 Lapwing Close, Bradley Stoke, BS32 9QX"

[[people]]
name = "Zoë Penhallow"
aliases = ["Zoë", "Zoe", "Zoe Penhallow", "Ms Penhallow", "Zoë Garrity", "ZP", "Z.P.", "Penhalow"]
role = "Mother"
pseudonym = "Mother"
born = "02-11-1989"
address = "17 Lapwing Close, Bradley Stoke, BS32 9QX"

[[people]]
name = "Torin Askew"
aliases = ["Torin", "Mr Askew"]
role = "Father"
pseudonym = "Father"
born = "21-06-1986"
address = "41 Quarrington Road, Nailsea, BS48 2LT"

[[people]]
name = "Rafferty Penhallow"
aliases = ["Rafferty", "Raff", "RP"]
role = "Half-brother"
pseudonym = "Sibling 1"
born = "09-07-2015"
address = "17 Lapwing Close, Bradley Stoke, BS32 9QX"

[[people]]
name = "Merle Haskins"
aliases = ["Nanna Merle", "Mrs Haskins", "Haskin"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "30-01-1961"
address = "22 Corsley Walk, Kingswood, BS15 4RN"

[[staff]]
name = "Hafsa Whitlock"
code = "CP1"
role = "Consultant Community Paediatrician"
agency = "Sirona Care and Health - Health Visiting, School Nursing and Community Paediatrics"

[[staff]]
name = "Annika Prowse"
code = "HV1"
role = "Health Visitor"
agency = "Sirona Care and Health - Health Visiting, School Nursing and Community Paediatrics"

[[staff]]
name = "Carol Dewhurst"
code = "AO1"
role = "Attendance Officer"
agency = "Ferncombe CE Primary School"

[[staff]]
name = "Oisín Farraday"
code = "DC1"
role = "Detective Constable"
agency = "Avon and Somerset Constabulary"

[[staff]]
name = "Bethan Ledgerwood"
code = "SW1"
role = "Social Worker"
agency = "South Gloucestershire Children's Social Care"
"""

IDENTIFIERS = {
    "key_name": [
        "Marigold Penhallow-Askew", "Penhallow-Askew", "Marigold", "Marigold's", "Penhallow",
        "Penhallows", "Zoë Penhallow", "Zoë Penhallow's", "Zoe Penhallow", "Zoë", "Zoë's",
        "Zoe", "Ms Penhallow", "Zoë Garrity", "Garrity", "Torin Askew", "Torin", "Mr Askew",
        "Askew", "Rafferty Penhallow", "Rafferty", "Merle Haskins", "Mrs Haskins", "Haskins",
    ],
    "nickname": ["Goldie", "Goldie's", "Mari", "Raff", "Raff's", "Nanna Merle"],
    "misspelling": ["Penhalow", "Haskin"],
    "initials": ["MPA", "M.P-A.", "M P-A", "ZP", "Z.P.", "RP"],
    "not_in_key": [
        "Kerensa Dunmore", "Kerensa", "Ms Dunmore", "Ottilie Brannagh", "Mrs Brannagh",
        "Shauna Teague", "Shauna",
    ],
    "pet": ["Biscuit"],
    "staff_name": [
        "Dr Hafsa Whitlock", "Dr Whitlock", "Dr Whitlock's", "Whitlock", "Annika Prowse",
        "Carol Dewhurst", "Mrs Dewhurst", "Mrs Dewhurst's", "Oisín Farraday", "Oisin Farraday",
        "DC Farraday", "Bethan Ledgerwood", "Bethan",
    ],
    "address": [
        "17 Lapwing Close", "Lapwing Close", "Bradley Stoke", "41 Quarrington Road",
        "Quarrington Road", "Nailsea", "22 Corsley Walk", "Corsley Walk", "Kingswood",
    ],
    "postcode": ["BS32 9QX", "BS32", "9QX", "BS48 2LT", "BS15 4RN"],
    "agency_place": [
        "Ferncombe CE Primary School", "Ferncombe Primary", "Ferncombe", "Baylis Mead Surgery",
        "Baylis Mead",
    ],
    "place": ["Privatklinik Seeblick", "Seeblick"],
    "number": ["07700 900417", "01632 960288", "999 012 3456", "5224087731"],
    "email": ["zoe.penhallow@example.org", "h.whitlock@example.org"],
    "date_of_birth": ["14/03/2018", "14-03-2018", "02-11-1989", "09-07-2015"],
    "social_media": ["Goldie's Fight for Answers", "#TeamGoldie", "@goldiesbravesteps"],
}

ORDINARY = [
    "Perplexing Presentations", "Fabricated or Induced Illness",
    "Royal College of Paediatrics and Child Health", "RCPCH", "Munchausen syndrome by proxy",
    "Ehlers-Danlos syndrome", "Bristol Royal Hospital for Children", "Southmead Hospital",
    "Royal United Hospital", "Great Ormond Street Hospital", "Stoke Mandeville", "Germany",
    "GoFundMe", "Facebook", "Instagram", "Whizz-Kidz", "NSPCC", "NHS 111",
    "South Western Ambulance Service", "Working Together to Safeguard Children 2023",
    "Children Act 1989", "section 47", "Education Act 1996", "Victoria Climbié",
    "Signs of Safety", "Early Help Assessment", "MASH", "CAMHS", "SENCo", "PEG",
    "Detective Sergeant", "OFFICIAL-SENSITIVE", "Easter", "Boxing Day", "Mother's Day",
    "carol service", "Year 1", "Calpol", "blue merle", "Cockapoo",
]

INVOLVEMENT = [
    "Marigold Penhallow-Askew, known in the family as Goldie and to her grandmother as Mari, was born on 14/03/2018. She lived at 17 Lapwing Close, Bradley Stoke, BS32 9QX with her mother, Zoë Penhallow (born 02-11-1989, formerly Zoë Garrity), and her half-brother Rafferty Penhallow (born 09-07-2015). Her father, Torin Askew, lived at 41 Quarrington Road, Nailsea, BS48 2LT and had contact every other weekend until Easter 2022. Between April 2022 and June 2024 Marigold was taken to the Emergency Department of the Bristol Royal Hospital for Children 23 times, to Southmead Hospital four times and to the Royal United Hospital in Bath twice, and she was seen in outpatients at Great Ormond Street Hospital in London. No single trust held the whole picture.",
    "The last contact of the health visitor, Annika Prowse, before school entry in 2022 described 'a bright, chatty girl who eats well', a clean home and a blue merle Cockapoo called Biscuit. From the autumn of 2022 Ms Penhallow told Baylis Mead Surgery that Goldie vomited after every meal and fainted on standing. She described a diagnosis of Ehlers-Danlos syndrome and of postural tachycardia that no NHS clinician had made. The GP record shows 31 contacts in 2023 alone, nine of them after calls to NHS 111 and two after the South Western Ambulance Service was called to the home, one of them on Boxing Day. The surgery misspelt the family name as Penhalow on two referrals, so that letters from the hospitals were not matched to her record. Zoe Penhallow gave her mobile, 07700 900417, and zoe.penhallow@example.org as the contacts for every appointment.",
    "In January 2023, after Zoë reported weight loss that the ward scales did not show, a nasogastric tube was placed at the Royal United Hospital; the dietitian noted that MPA ate a full meal and a yoghurt on the ward. In the same month the mother asked the Bristol Royal Hospital for Children for a gastrostomy (a PEG). The request was declined, but the nasogastric tube stayed in place for eleven months because each trust believed another had recommended it. Calpol and an anti-sickness medicine were given at home in doses that the GP had not prescribed, and a referral to CAMHS for anxiety about eating was closed when Zoë Penhallow's account changed.",
    "In May 2023 Ms Penhallow took Marigold to Privatklinik Seeblick, a private clinic in Germany. The trip was paid for through a GoFundMe page, Goldie's Fight for Answers, set up by a family friend, Kerensa Dunmore, and shared on Facebook under #TeamGoldie and on Instagram as @goldiesbravesteps. The page raised £23,400 and told donors that Marigold could no longer walk. The clinic advised a lightweight wheelchair. Whizz-Kidz asked for an NHS therapy assessment before it would fund one; the mother told the charity that the chair had been recommended at Stoke Mandeville, where Marigold had never been seen, and a wheelchair was then bought privately. The Seeblick letters were written in German and were scanned onto the GP record without translation.",
    "Marigold started in Reception at Ferncombe CE Primary School in September 2022 and was in Year 1 from September 2023, when her attendance fell to 58%. The attendance officer, Carol Dewhurst, recorded that M.P-A. walked and ran at playtime, arrived in the wheelchair and left it by the classroom door, and stood to sing at the Christmas carol service. The mother asked the SENCo to apply for an education, health and care plan on the strength of the German diagnosis. Mrs Dewhurst's letters under the Education Act 1996 were answered with hospital appointment cards, some of which the hospitals later said they had never issued. A neighbour, Ottilie Brannagh, told Ferncombe Primary that she had seen Goldie riding a scooter in Lapwing Close; Mrs Brannagh was not asked to say more.",
    "In October 2023 Merle Haskins (Nanna Merle), who lives at 22 Corsley Walk, Kingswood, BS15 4RN, rang the NSPCC helpline from her landline, 01632 960288, and the call was passed to the MASH. Mrs Haskins said that the feeding pump alarm sounded at night without reason and that her daughter filled in the diary of vomits herself. The MASH, which logged the caller as 'Mrs M Haskin', recorded the call as a family dispute, noted Raff's good attendance at a different school and closed it with advice. Torin Askew told the social worker later that he had raised his worries with the GP in 2022 and had been told that Zoe 'knew her daughter best'.",
    "In February 2024 the consultant community paediatrician, Dr Hafsa Whitlock, compiled a single health chronology from the records of four trusts, Baylis Mead Surgery and the German clinic, following the Royal College of Paediatrics and Child Health guidance on Perplexing Presentations and Fabricated or Induced Illness. It showed 112 health contacts in 22 months, symptoms seen only by the mother and repeated accounts of tests that had never taken place. Dr Whitlock referred to the MASH in March 2024. A strategy discussion chaired by a Detective Sergeant began section 47 enquiries under the Children Act 1989, and DC Oisín Farraday of Avon and Somerset Constabulary recorded crime reference 5224087731; DC Farraday visited the home that afternoon. The social worker, Bethan Ledgerwood, saw Marigold alone at school three times, and a Signs of Safety mapping was held with the Penhallows and Mr Askew.",
    "After a child protection medical and nine days of observation on the ward, during which Marigold ate normally, walked unaided and did not faint, an interim care order was made in May 2024. She moved to live with Torin and his partner, Shauna Teague, on Mother's Day weekend; the nasogastric tube was removed within a week and the wheelchair returned. Rafferty (RP in the school nursing record) was made the subject of a child protection plan. The police log, written by DC Oisin Farraday, records that ZP declined to be interviewed.",
]

ANALYSIS = [
    "No agency held the whole picture, and none asked for it. Each trust saw Marigold for one episode and took the mother's account as history: the Bristol Royal Hospital for Children did not know of the tube placed at the Royal United Hospital, and Great Ormond Street Hospital was told of a PEG 'planned in Bristol' that had in fact been refused. Dr Whitlock's chronology, built in February 2024, could have been built in the spring of 2023, because every entry in it was already on record at Baylis Mead. Its front sheet, marked OFFICIAL-SENSITIVE, is the first document in which any professional set the accounts of Z.P. side by side.",
    "Professionals were slow to consider fabricated or induced illness. Two clinicians still used the older language of Munchausen syndrome by proxy, which framed the question as one of proving a mother's motive; the RCPCH guidance asks instead whether the child's health and everyday life are being harmed, whatever the cause. Zoë's distress, her detailed knowledge and her use of a German diagnosis were read as advocacy, and the Ehlers-Danlos syndrome she described was written into three discharge letters as if it had been confirmed.",
    "The school saw what the hospitals did not: a child who ran at playtime, ate her lunch and sang at the carol service. Ferncombe treated the absences as an attendance matter rather than as a safeguarding concern, the Early Help Assessment offered at Easter 2023 was declined by Ms Penhallow without challenge, and Mrs Dewhurst's observations of Goldie were not shared with health. Bethan noted in April 2024 that the school's attendance records were the single most useful source in the review.",
    "The voice of the child was not heard until the section 47 enquiries. Since the inquiry into the death of Victoria Climbié, seeing and speaking with a child alone has been a basic expectation, yet in 22 months no health professional did so. When she was asked, Marigold told Bethan Ledgerwood that the tube 'tickles' and that she was 'not allowed' to walk at home. Nor was her father heard: Mr Askew's call in 2022 was filed, and Kerensa (Ms Dunmore) later said that she had written the GoFundMe page from what Zoe Penhallow told her, without ever seeing Marigold's medical letters.",
]

LEARNING = [
    "When a child such as Marigold is seen at several hospitals of different trusts, no one clinician sees the pattern. A lead paediatrician should be named early and a single health chronology, like the one Dr Hafsa Whitlock compiled, started as soon as Perplexing Presentations are recognised, drawing on the Bristol Royal Hospital for Children, Southmead Hospital, the Royal United Hospital, Great Ormond Street Hospital, the GP at Baylis Mead Surgery and any private clinic abroad, such as Privatklinik Seeblick in Germany. The Royal College of Paediatrics and Child Health guidance on Fabricated or Induced Illness sets this out, and Working Together to Safeguard Children 2023 expects agencies to share what they know without waiting for certainty.",
    "Schools hold the everyday evidence of how a child functions. Ferncombe CE Primary School knew that Goldie walked, ran and ate normally in Year 1, and Carol Dewhurst's records showed absences clustered around appointments that Zoë Penhallow said were at Great Ormond Street Hospital. That knowledge should reach the MASH and the paediatrician, not only the attendance team enforcing the Education Act 1996. A public GoFundMe page and #TeamGoldie posts on Facebook describing a child as unable to walk are information that professionals may read, record and share; so is a call to the NSPCC from a grandmother such as Nanna Merle.",
    "Fathers and the wider family are sources of knowledge, not parties to a dispute. Torin Askew's worries in 2022 and Mrs Haskins's account of the feeding pump were dismissed until the section 47 enquiries under the Children Act 1989 began. The MASH should test a relative's concern against the health record before closing it.",
    "Equipment and procedures a child does not need are themselves harm. The nasogastric tube, the wheelchair and the request for a PEG each added to what M P-A lived with, and each rested on the mother's account alone. Whizz-Kidz rightly asked for an NHS assessment before funding a chair; statutory services should do no less before equipment is issued, and a letter from a clinic abroad should be translated and checked before it enters the record as a diagnosis.",
]

RECOMMENDATIONS = [
    ("Community paediatrics should begin a single health chronology across all trusts, the GP and any private clinic abroad within 20 working days of Perplexing Presentations being recognised, as Dr Whitlock did for Marigold, in line with the RCPCH guidance",
     "Write the chronology standard into the Fabricated or Induced Illness pathway; audit six cases",
     "Designated Doctor for Safeguarding Children", "31-03-2025"),
    ("Primary schools should refer concerns about medical absence, such as those Ferncombe Primary held about Goldie in Year 1, to the MASH as a safeguarding concern and not only under the Education Act 1996",
     "Briefing for designated safeguarding leads and attendance officers; add medical absence to the MASH threshold guidance",
     "Head of Education Safeguarding", "30-04-2025"),
    ("The partnership should issue guidance on reading public crowdfunding pages, such as a GoFundMe page or Goldie's Fight for Answers on Facebook, and on checking equipment such as a wheelchair or a PEG advised by a clinic in Germany such as Seeblick before Easter 2025",
     "Multi-agency practice guidance and a learning briefing; test through a dip sample",
     "Partnership Business Manager", "18-04-2025"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="Child W (Marigold Penhallow-Askew), 17 Lapwing Close, BS32 9QX: OFFICIAL-SENSITIVE",
    footer="Author: h.whitlock@example.org; mother's mobile 07700 900417",
    comment="Check with Nanna Merle on 01632 960288 whether Raff's school knew; DOB 14-03-2018",
    footnote="Zoë's NHS number 999 012 3456, per Baylis Mead; page run by Kerensa Dunmore.",
)
