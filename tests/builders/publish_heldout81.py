# ruff: noqa: E501
"""A blind, fictional held-back publication case: nothing in it is real."""

from tests.builders.publish_heldout import HeldOut

reference = "EAL-CSPR-2024-07"

case_toml = '''reference = "EAL-CSPR-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-09-2022", to = "29-02-2024" }
board = "Ealing Safeguarding Children Partnership"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["MPS", "Met Police", "Police"]

[[agencies]]
name = "Havelock Fields Primary School"
aliases = ["Havelock Fields", "HFPS", "the School"]
published_as = "the primary school"

[[agencies]]
name = "Greenleaf Surgery"
aliases = ["Greenleaf", "Greenleaf Medical Practice", "GP"]

[[agencies]]
name = "Ealing Children's Social Care"
aliases = ["CSC", "Children's Services"]

[[agencies]]
name = "Community Health Visiting Service"
aliases = ["Health Visiting", "HV Service"]

[[people]]
name = "Harleen Kaur Kalsi"
aliases = ["Harleen", "Harlin", "Leeny", "Harleen Kalsi", "HKK"]
role = "Child"
pseudonym = "Child R"
born = "14-03-2019"
address = "27 Orchardleigh Avenue, Southall, UB2 4QX"

[[people]]
name = "Arjan Singh Kalsi"
aliases = ["Arjan", "Arjun", "Arjun Kalsi", "ASK"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "02-11-2016"
address = "27 Orchardleigh Avenue, Southall, UB2 4QX"

[[people]]
name = "Manpreet Kaur Kalsi"
aliases = ["Manpreet", "Manprit", "Preeti", "Mandy", "Mrs Kalsi", "MKK"]
role = "Mother"
pseudonym = "Mother"
address = "27 Orchardleigh Avenue, Southall, UB2 4QX"

[[people]]
name = "Jaswinder Singh Kalsi"
aliases = ["Jaswinder", "Jasvinder", "Jas", "Jazz", "Mr Kalsi", "JSK"]
role = "Father"
pseudonym = "Father"
address = "27 Orchardleigh Avenue, Southall, UB2 4QX"

[[people]]
name = "Gurdev Kaur Kalsi"
aliases = ["Gurdev", "Gurdeep", "Biji"]
role = "Paternal grandmother"
pseudonym = "Grandmother"
address = "27 Orchardleigh Avenue, Southall, UB2 4QX"

[[people]]
name = "Balwant Singh Kalsi"
aliases = ["Balwant", "Bulwant", "Bill"]
role = "Paternal grandfather"
pseudonym = "Grandfather"
address = "27 Orchardleigh Avenue, Southall, UB2 4QX"

[[people]]
name = "Kuldip Singh Kalsi"
aliases = ["Kuldip", "Kuldeep", "Kuldeep Singh", "Chacha ji"]
role = "Paternal uncle"
pseudonym = "Uncle"
address = "Kotli Bhagwan, Punjab"

[[staff]]
name = "Siobhan Pryce"
code = "HV1"
role = "Health Visitor"
agency = "Community Health Visiting Service"

[[staff]]
name = "Ravinder Athwal"
code = "GP1"
role = "General Practitioner"
agency = "Greenleaf Surgery"

[[staff]]
name = "Lauren Fennimore"
code = "T1"
role = "Class Teacher"
agency = "Havelock Fields Primary School"

[[staff]]
name = "Kwame Asante-Boyd"
code = "SW1"
role = "Social Worker"
agency = "Ealing Children's Social Care"

[[staff]]
name = "Daniel Horgan"
code = "PC1"
role = "Police Constable"
agency = "Metropolitan Police Service"
'''

identifiers = {
    "child": ["Harleen Kaur Kalsi", "Harleen", "Harlin", "Leeny", "Harleen Kalsi", "Harleen's", "HARLEEN"],
    "sibling": ["Arjan Singh Kalsi", "Arjan", "Arjun", "Arjun Kalsi", "Arjan's"],
    "mother": ["Manpreet Kaur Kalsi", "Manpreet", "Manprit", "Preeti", "Mandy", "Mrs Kalsi", "Manpreet's"],
    "father": ["Jaswinder Singh Kalsi", "Jaswinder", "Jasvinder", "Jas", "Jazz", "Mr Kalsi", "Jaswinder's"],
    "grandparents": ["Gurdev Kaur Kalsi", "Gurdev", "Biji", "Balwant Singh Kalsi", "Balwant", "Bulwant", "Bill Kalsi"],
    "uncle": ["Kuldip Singh Kalsi", "Kuldip", "Kuldeep", "Kuldeep Singh", "Chacha ji"],
    "surname": ["Kalsi", "Kalsi's", "KALSI", "the Kalsis"],
    "initials": ["HKK", "H.K.K.", "H-K-K", "MKK", "M.K.K.", "JSK", "J.S.K."],
    "not_in_key": ["Tejinder Rai", "Tejinder", "Mrs Rai", "Sukhvinder Gill", "Sukhi Gill", "Sukhi", "Navdeep Johal", "Navdeep"],
    "staff": ["Siobhan Pryce", "Siobhan", "Ravinder Athwal", "Dr Athwal", "Lauren Fennimore", "Ms Fennimore", "Kwame Asante-Boyd", "Kwame", "Daniel Horgan", "PC Horgan"],
    "address": ["27 Orchardleigh Avenue", "Orchardleigh Avenue", "Orchardleigh Ave", "No. 27", "Orchardleigh"],
    "postcode": ["UB2 4QX", "UB2", "4QX", "UB24QX"],
    "places": ["Kotli Bhagwan", "Havelock Fields Primary School", "Havelock Fields", "HFPS", "Greenleaf Surgery", "Greenleaf Medical Practice", "Greenleaf"],
    "gurdwara": ["Gurdwara Nanaksar Darbar", "Nanaksar Darbar", "Nanaksar"],
    "club": ["Havelock Lions Kabaddi Club", "Havelock Lions"],
    "workplace": ["Westbourne Air Freight", "Westbourne"],
    "shop": ["Kalsi Sweet Centre", "Preeti Fabrics"],
    "vehicle": ["LK19 XHV", "LK19XHV"],
    "phones": ["07700 900417", "07700900417", "01632 960288", "07700 900862"],
    "numbers": ["943 476 5919", "9434765919", "JK 44 71 26 C", "JK447126C"],
    "email": ["kalsi.jas@example.org", "manpreet.k27@example.org"],
    "social": ["@jazz_kalsi_kabaddi", "@preeti.k.styles"],
    "dob": ["14-03-2019", "14/03/2019", "14th March 2019", "14.03.19", "March 14, 2019", "02/11/2016", "2nd November 2016"],
}

ordinary = [
    "Victoria Climbié Inquiry",
    "Children Act 1989",
    "Children Act 2004",
    "Working Together to Safeguard Children 2018",
    "Child Safeguarding Practice Review Panel",
    "NSPCC",
    "Barnardo's",
    "Ofsted",
    "Care Quality Commission",
    "Great Ormond Street Hospital",
    "Calpol",
    "paracetamol",
    "ibuprofen",
    "Vaisakhi",
    "Diwali",
    "Bandi Chhor Divas",
    "Gurpurab",
    "langar",
    "seva",
    "Punjabi",
    "Language Line",
    "Early Help Assessment",
    "Multi-Agency Safeguarding Hub",
    "Section 47",
    "Child Protection Plan",
    "iron deficiency anaemia",
    "eczema",
    "bronchiolitis",
    "Was Not Brought",
    "May",
    "Grace",
    "Hope",
    "Amber",
    "Weetabix",
    "Department for Education",
    "NO FURTHER ACTION",
    "night shifts",
    "Sikh",
    "kabaddi",
    "Professional curiosity",
]

involvement = [
    "Harleen Kaur Kalsi (known in the family as Leeny, DOB 14-03-2019) lived throughout the review period at 27 Orchardleigh Avenue, Southall UB2 4QX, with her mother Manpreet Kaur Kalsi, her father Jaswinder Singh Kalsi, her brother Arjan Singh Kalsi and her paternal grandparents Gurdev Kaur Kalsi and Balwant Singh Kalsi. The household is a Sikh, Punjabi-speaking extended family; Mr Kalsi worked night shifts as a forklift driver at Westbourne Air Freight, a cargo depot near the airport, from 22:00 to 06:00 four nights a week.",
    "Harleen was registered with Greenleaf Surgery from birth (NHS no. 943 476 5919). GP records give her date of birth as 14/03/2019 in one place and as \"14th March 2019\" on the new patient form; the registration form completed by Mrs Kalsi spells the child's name \"Harlin\" and the mother's name \"Manprit\", and the surgery held both spellings as separate alerts until 2023.",
    "On 12-09-2022 Harleen started in the Nursery class at Havelock Fields Primary School, where Arjan (recorded on the school system as \"Arjun Kalsi\") was already in Year 1. The admission form gives a contact number for mother of 07700 900417 and for father of 07700 900862, and an email of manpreet.k27@example.org. Class teacher Lauren Fennimore (T1) noted that HARLEEN \"speaks Punjabi at home, some English\" and arranged a Language Line interpreter for the first parents meeting, which Mr Kalsi declined, saying \"my English is fine, Biji does not need it\".",
    "On 03-11-2022 the Health Visitor Siobhan Pryce (HV1) made a developmental review home visit to Orchardleigh Avenue. She recorded that Gurdev (\"Biji\") did most of Harleen's day care while Manpreet worked part time at Preeti Fabrics on The Broadway, and that Mr Kalsi \"sleeps in the day, children must be quiet\". HV1 noted eczema on both arms and advised on emollients; weight was on the 9th centile. No concerns about neglect were recorded. Siobhan wrote \"family warm, busy house, 8 people at No. 27 incl. lodger?\" but did not follow up who the eighth person was.",
    "On 14-11-2022 Dr Ravinder Athwal (GP1) saw Harleen with bronchiolitis. Dr Athwal prescribed Calpol and advised on fluids. Mrs Kalsi was accompanied by a neighbour, Tejinder Rai, who interpreted. The GP did not use a professional interpreter and recorded \"Mrs Rai translating, mum happy with this\". Professional curiosity about why a neighbour rather than a family member attended was not shown.",
    "Over Diwali and Bandi Chhor Divas (Oct-Nov 2022) the family hosted a large gathering. The school recorded that Harleen was absent for 4 days in the week after, the absence coded as \"religious observance\" on the phone call from 01632 960288 (the grandparents' landline). Ms Fennimore later told the author she had \"assumed this was usual for the Kalsis at Gurpurab and Vaisakhi too\".",
    "In January 2023 the father's paternal younger brother, Kuldip Singh Kalsi (written Kuldeep in the school visitor book and \"Chacha ji\" by the children), arrived from the village of Kotli Bhagwan in Punjab on a six-month visitor visa and stayed at the house. He slept in the front room downstairs. Kuldeep Singh collected Harleen from Nursery on 11 occasions between 16-01-2023 and 24-03-2023, although he was not on the school's list of named adults; staff knew him as \"the uncle from India\" and did not check his identity.",
    "On 07-02-2023 the school's Designated Safeguarding Lead recorded that Harleen had a bruise to her left upper arm. Leeny said \"Chacha ji squeezed me when I was naughty\". The DSL spoke to Mrs Kalsi at pick-up; MKK said the uncle \"plays rough, like with the boys at kabaddi\", and that Kuldip helped coach the under-10s at Havelock Lions Kabaddi Club, where Arjan trained on Sundays. The DSL recorded the explanation as plausible. No referral to the Multi-Agency Safeguarding Hub was made; the record reads \"NFA – mum spoken to, explanation given\".",
    "Between February and April 2023 Harleen attended the langar at Gurdwara Nanaksar Darbar with her grandmother most weekends. A langar volunteer, Sukhvinder Gill (known as Sukhi), later told police that she had seen Harleen \"flinch away from the uncle\" in the langar hall and had mentioned this to Gurdev, who told her it was family business. Sukhi Gill did not tell anyone at the Gurdwara or any agency at the time; Nanaksar has no written safeguarding lead for seva volunteers.",
    "On 18-04-2023 Harleen was taken to the Emergency Department of the local hospital by Mr Kalsi at 07:10, after he came home from his night shift, with a spiral fracture of the right forearm. The account given by Jaswinder was that she had fallen from the bunk bed in the night; he had not been at home. Grandfather Balwant (written \"Bulwant\" in the ED notes, and \"Bill Kalsi\" on the triage sheet because that is the name he uses at work) said he had heard her cry at about 03:00 and that \"Kuldeep went to her\". Paracetamol and ibuprofen were given. A skeletal survey was completed and the case was transferred to Great Ormond Street Hospital for specialist review.",
    "On 18-04-2023 PC Daniel Horgan (PC1) attended the hospital following the Section 47 strategy discussion. PC Horgan recorded the father's mobile as 07700900417, his vehicle as a silver Toyota Corolla LK19 XHV and his email as kalsi.jas@example.org. Kuldip Singh Kalsi was spoken to at the house with a Punjabi-speaking officer; he denied any injury and gave his date of birth and a passport number. He was not arrested. On 21-04-2023 he flew back to Punjab, two months early. The police record states \"NO FURTHER ACTION – suspect left jurisdiction\".",
    "Kwame Asante-Boyd (SW1) of Ealing Children's Social Care completed the assessment. Kwame visited 27 Orchardleigh Avenue on 20-04-2023, 27-04-2023 and 09-05-2023. He recorded that \"the Kalsi family are united that the uncle is responsible and has gone\"; Mr and Mrs Kalsi, Gurdev and Balwant all signed a written agreement that Kuldip would not return to the house. Harleen was made subject to a Child Protection Plan under the category of physical abuse on 25-05-2023.",
    "Mrs Kalsi's Instagram account (@preeti.k.styles) was reviewed by the social worker with her consent in May 2023; it showed the uncle at a family event in Southall on 30-04-2023, after the date he was said to have flown home. When asked, Manpreet said the photograph was \"an old one, from Vaisakhi\". Mr Kalsi's account (@jazz_kalsi_kabaddi) had posts tagging \"Chacha ji\" at the Havelock Lions ground in June 2023. Neither point was shared with the police or the GP at the time.",
    "In the autumn term of 2023 Harleen's attendance at Havelock Fields fell to 81%. Several absences were marked \"Was Not Brought\" to health appointments at Greenleaf Medical Practice, including a review of iron deficiency anaemia. Siobhan Pryce had by then transferred the family to the school nursing service; the handover said \"H.K.K. on CP plan – see CSC\" and nothing about the uncle.",
    "On 15-01-2024 a second neighbour, Navdeep Johal, phoned the police non-emergency line to say a man matching Kuldeep's description had been seen going into No. 27 late at night while the father was at work. PC Horgan visited the next day; only the grandparents were at home, and Gurdev said in Punjabi that the man was a cousin. The officer did not use an interpreter. A notification was sent to CSC on 17-01-2024, which Kwame Asante-Boyd recorded as \"info noted – family deny\".",
    "The Early Help Assessment opened by the school on 10-10-2022 (before the period of concern) lists the children as \"Harleen Kalsi (HKK), d.o.b. 14.03.19\" and \"Arjan S. Kalsi, born 2nd November 2016\", and Arjan's date of birth is also written 02/11/2016 on the school's medical form. The address is given as \"27 Orchardleigh Ave, UB24QX\". Manpreet's employment is given as the family shop, Kalsi Sweet Centre; father's NI number is recorded as JK 44 71 26 C (elsewhere JK447126C) and JSK (J.S.K. on the consent form) signed for both children. The form describes Harleen as a \"little ray of Grace and sunshine\" who \"loves Weetabix and her bike\". The hospital letter of March 14, 2019 (Harleen's birth) is filed with it, and the NHS number is written 9434765919 without spaces.",
    "At the first Child Protection conference (25-05-2023) the risk was rated Amber. M.K.K. (the mother) and J.S.K. both attended; the police report at conference gave the car registration as LK19XHV. The Care Quality Commission rating of the surgery was noted as irrelevant to the case and is not discussed further.",
    "At the core group on 06-02-2024 Ms Fennimore reported that Harleen (H-K-K in the Nursery register) had told a teaching assistant \"Chacha came back, he sleeps in Biji's room when Papa is at the planes\". Jaswinder's reply in the meeting was that he \"cannot be at home and at work\"; he had moved to five nights a week at Westbourne after a pay cut. A Section 47 enquiry was reopened on 08-02-2024. The review period ends on 29-02-2024.",
]

analysis = [
    "The Kalsi household was large and changing, and no agency held an accurate list of who lived at 27 Orchardleigh Avenue. The health visitor's note of \"8 people\" at Orchardleigh and the school's visitor-book entries for Kuldeep were the first signs of an adult in the home who was not known to services. Working Together to Safeguard Children 2018 asks practitioners to understand who is in the household; here the question was asked once and then dropped.",
    "Practitioners accepted explanations given by the family on behalf of Harleen. The bruise in February 2023 was explained by MKK, and the DSL did not speak to Leeny alone or consult the Multi-Agency Safeguarding Hub. The lessons of the Victoria Climbié Inquiry about accepting an adult's account of a child's injuries, and about language, apply directly: Harleen's own words about \"Chacha ji\" were recorded but not acted upon.",
    "The use of family members and neighbours as interpreters (Mrs Rai at the GP, Gurdev at the police visit, Arjan for his mother on one occasion at school) meant that the voices of Manpreet and of Biji were filtered. The Language Line service was available to every agency and was used only once. Jaswinder Singh Kalsi's night shifts meant he was rarely seen by any professional between 09:00 and 17:00; no agency offered him an evening appointment.",
    "Cultural and religious life was seen as a protective factor without being explored. The Gurdwara, the langar and the kabaddi club (Havelock Lions) were where the uncle was seen with the children; Sukhvinder Gill's observation was never heard by a professional. Faith settings can be a source of Hope and support for families, but as Barnardo's and the NSPCC have noted, volunteers in faith settings need a clear route to report a concern.",
    "The police decision of NO FURTHER ACTION when the uncle left the country was not revisited when the social worker saw the photograph of 30-04-2023, nor when Navdeep reported a man at No. 27 in January 2024. Information about Kuldip Singh Kalsi's return (his travel, the posts by @jazz_kalsi_kabaddi) sat with Children's Social Care and was not shared under the Children Act 2004 duty to co-operate.",
    "Greenleaf Surgery held two records for Harleen under two spellings (Harleen and Harlin) until 2023, so the GP did not see that the bronchiolitis attendance, the eczema reviews and the fracture related to one child. Dr Athwal told the author that the practice \"sees many families with the surname Kalsi and similar first names\". Anglicised forms (Mandy, Bill, Jazz) appeared in hospital and employer records and were not linked to the family key.",
]

learning = [
    "Practitioners should establish, and record, every adult who lives in or regularly stays at a child's home, including relatives visiting from abroad such as Kuldeep, and check this at every visit to Orchardleigh Avenue or any other home. The Child Safeguarding Practice Review Panel has made the same finding about unseen men.",
    "Professional curiosity must extend to explanations given by family members for a child's injury. When Harleen said something about an adult, it should have been recorded in her words and passed to the Multi-Agency Safeguarding Hub; the Children Act 1989 places her welfare first.",
    "A professional interpreter should be used for every significant conversation with Punjabi-speaking carers such as Gurdev Kaur Kalsi and Balwant; neighbours (Tejinder Rai) and children (Arjan) should never interpret. Record every spelling of a name (Manpreet/Manprit/Preeti/Mandy; Jaswinder/Jasvinder/Jas) against one person.",
    "Schools should keep an up-to-date list of adults allowed to collect a child and check the identity of any other adult; Havelock Fields Primary School has since reviewed its policy, and HFPS staff have been trained. Ofsted and the Department for Education guidance on collection was not followed in this case.",
    "Fathers who work night shifts, such as Mr Kalsi at Westbourne Air Freight, should be offered appointments they can attend, and their knowledge of the household should be sought. Faith and community settings, including Gurdwara Nanaksar Darbar and Havelock Lions Kabaddi Club, should be supported to name a safeguarding lead for langar and seva volunteers.",
]

recommendations = [
    ("The Partnership should require every agency to record all adults living at or staying in a child's home, as was needed for the Kalsi household at 27 Orchardleigh Avenue", "Audit of household composition recording in health visiting, school and social care records", "Head of Quality Assurance, Ealing Children's Social Care", "30-09-2024"),
    ("Greenleaf Surgery and other practices should merge duplicate records held under variant spellings, as for Harleen and Harlin, and record Anglicised names as aliases", "Practice-wide duplicate record search and staff briefing", "Practice Manager, Greenleaf Surgery", "31-07-2024"),
    ("All agencies should use Language Line or another professional interpreter, never family members or neighbours, when speaking with carers such as Mrs Kalsi and Gurdev", "Interpreter use added to supervision checklists and audited quarterly", "Designated Nurse for Safeguarding Children", "31-12-2024"),
]

CASE = HeldOut(
    reference,
    case_toml,
    identifiers,
    ordinary,
    involvement,
    analysis,
    learning,
    recommendations,
    header="EAL-CSPR-2024-07 – Harleen Kaur Kalsi (HKK) – 27 Orchardleigh Avenue UB2 4QX – CONFIDENTIAL",
    footer="Agency report re Kalsi family (Harleen, Arjan) – Havelock Fields Primary School – not for circulation",
    comment="Check with Kwame Asante-Boyd whether Kuldip Singh Kalsi is still at No. 27 before this goes to panel – Siobhan",
    footnote="Mr Kalsi (Jaswinder, known as Jazz at Westbourne Air Freight) confirmed his shift pattern by phone on 07700 900862.",
)
