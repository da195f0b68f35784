"""Held-back publication case 37, written blind: a twelve-year-old girl in a Gujarati Hindu
family, emotional abuse at home and an online gaming contact; every name, place, number and
event here is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

CASE_TOML = '''# A fictional case: every name, place, number and event in this file is invented.
reference = "LCSP-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child K"
period = { from = "01-09-2023", to = "31-10-2024" }
board = "Soarbrook Safeguarding Children Partnership"
summary_dates = "month"
decision = "02-12-2024"

[[agencies]]
name = "Leicestershire Police"
aliases = ["Police", "LP"]

[[agencies]]
name = "Leicester City Children's Social Care"
aliases = ["CSC", "Children's Social Care", "Leicester City CSC"]
published_as = "Children's Social Care"

[[agencies]]
name = "Leicester City Health Visiting and School Nursing Service"
aliases = ["0-19 Service", "School Nursing", "Health Visiting"]
published_as = "the 0-19 Service"

[[agencies]]
name = "Shri Ramkrishna Academy"
aliases = ["SRA", "the Academy"]

[[agencies]]
name = "Marlowfield Medical Centre"
aliases = ["Marlowfield Surgery"]
published_as = "the GP practice"

[[agencies]]
name = "Child and Adolescent Mental Health Services"
aliases = ["CAMHS"]

[[people]]
name = "Diya Vaghjiani"
aliases = ["Diya", "Diyu", "D.V."]
role = "child"
pseudonym = "Child K"
born = "14-03-2012"
address = "41 Brandywell Road, Belgrave, Leicester LE4 6QX"

[[people]]
name = "Rekha Vaghjiani"
aliases = ["Rekha", "Rekhaben", "Mrs Vaghjiani"]
role = "mother"
pseudonym = "Mother"
born = "02-09-1985"
address = "41 Brandywell Road, Belgrave, Leicester LE4 6QX"

[[people]]
name = "Mahesh Vaghjiani"
aliases = ["Mahesh", "Mr Vaghjiani", "Maheshbhai"]
role = "father"
pseudonym = "Father"
born = "21-06-1981"
address = "41 Brandywell Road, Belgrave, Leicester LE4 6QX"

[[people]]
name = "Krish Vaghjiani"
aliases = ["Krish"]
role = "sibling"
pseudonym = "Sibling"
born = "05-11-2016"
address = "41 Brandywell Road, Belgrave, Leicester LE4 6QX"

[[people]]
name = "Savitaben Vaghjiani"
aliases = ["Savita Ba", "Savitaben", "Savita"]
role = "paternal grandmother"
pseudonym = "Grandmother"
born = "17-01-1949"
address = "9 Corbridge Walk, Rushey Mead, Leicester LE4 7TS"

[[staff]]
name = "Faith Rowntree"
code = "FR"
role = "School Nurse"
agency = "Leicester City Health Visiting and School Nursing Service"

[[staff]]
name = "Tobias Mensah-Whitlock"
code = "TMW"
role = "GP"
agency = "Marlowfield Medical Centre"

[[staff]]
name = "Owen Shepherd"
code = "OS"
role = "Detective Constable"
agency = "Leicestershire Police"

[[staff]]
name = "Miriam Tallis"
code = "MT"
role = "Social Worker"
agency = "Leicester City Children's Social Care"
'''

IDENTIFIERS = {
    "key_name": ["Diya Vaghjiani", "Diya", "Vaghjiani", "Vaghjianis", "Rekha Vaghjiani",
                 "Rekha", "Rekhaben", "Mrs Vaghjiani", "Mahesh Vaghjiani", "Mahesh",
                 "Maheshbhai", "Mr Vaghjiani", "Krish", "Savitaben Vaghjiani",
                 "Savitaben", "Vaghjani", "Diya's", "Mahesh's"],
    "nickname": ["Diyu", "Savita Ba"],
    "initials": ["D.V.", "D-V", "M.V.", "RV"],
    "staff_name": ["Faith Rowntree", "Nurse Rowntree", "Rowntree", "Tobias Mensah-Whitlock",
                   "Dr Mensah-Whitlock", "Owen Shepherd", "DC Shepherd", "Miriam Tallis",
                   "Ms Tallis"],
    "not_in_key": ["Arti Masi", "Arti", "Aashvi Karsandas", "Aashvi", "Zoë Pendragon",
                   "Zoe Pendragon", "Bhavna Soneji", "Mrs Soneji", "Hasmukh Shastri"],
    "address": ["41 Brandywell Road", "Brandywell Road", "Belgrave", "Leicester",
                "9 Corbridge Walk", "Corbridge Walk", "Rushey Mead"],
    "postcode": ["LE4 6QX", "LE4", "6QX", "LE4 7TS", "7TS"],
    "agency_place": ["Shri Ramkrishna Academy", "SRA", "Ramkrishna", "Marlowfield Medical Centre",
                     "Marlowfield Surgery", "Marlowfield", "Shree Hanuman Seva Mandir",
                     "Hanuman Seva Mandir"],
    "number": ["07700 900418", "07700 900733", "01632 960215", "0116 496 0572",
               "LP-24-118734"],
    "date_of_birth": ["14/03/2012", "14-03-2012", "14th March 2012", "02/09/1985"],
    "social_media": ["KryptoFox77", "@kryptofox_77", "diya.v2012@example.org"],
}

ORDINARY = [
    "faith school", "Diwali", "Navratri", "garba", "aarti", "diyas", "Year 7", "Year 8",
    "Working Together to Safeguard Children 2023", "Children Act 1989", "section 47",
    "Early Help Assessment", "CAMHS", "NSPCC", "Childline", "CEOP", "Roblox", "Discord",
    "Great Ormond Street", "Child Q", "Victoria Climbié", "Arthur Labinjo-Hughes",
    "Child Safeguarding Practice Review Panel", "Detective Constable", "MASH",
    "Graded Care Profile 2", "Crohn's disease", "German Shepherd", "Uganda", "Gujarati",
    "Sunday", "Language Line", "Operation Encompass", "Keeping Children Safe in Education",
    "WAS NOT BROUGHT", "DV", "Birmingham New Street", "British Transport Police", "CPOMS",
]

INVOLVEMENT = [
    "Diya Vaghjiani (Child K, d.o.b. 14/03/2012) joined Year 7 at Shri Ramkrishna Academy, a "
    "Hindu faith school, in September 2023. She lived with her mother Rekha Vaghjiani, her "
    "father Mahesh Vaghjiani and her younger brother Krish at 41 Brandywell Road, Belgrave, "
    "Leicester LE4 6QX. Her paternal grandmother, Savitaben Vaghjiani (known in the family as "
    "Savita Ba), lived nearby at 9 Corbridge Walk, Rushey Mead, LE4 7TS, and spoke Gujarati "
    "only; she had come to England from Uganda in 1972.",
    "On 14 October 2023 the Form Tutor recorded that Diya cried in registration and said her "
    "dad called her 'useless' and 'a shame on the family' in front of relatives after the "
    "garba night at the Shree Hanuman Seva Mandir during Navratri. The Designated Safeguarding "
    "Lead, Bhavna Soneji, logged the concern on CPOMS but did not contact the parents or make a "
    "referral; the record says 'family matter, monitor'. SRA did not consider Keeping Children "
    "Safe in Education, which is clear that emotional abuse is abuse.",
    "In November 2023 Leicestershire Police attended the address after a neighbour rang 999 "
    "about shouting. Officers spoke to Mr Vaghjiani (Maheshbhai to neighbours) on the doorstep; Mrs Vaghjiani (Rekhaben) said it was "
    "'only an argument about Diwali'. A DASH risk assessment was recorded as standard and a DV "
    "notification was shared with the MASH. An Operation Encompass notification was not sent "
    "to the Academy because the school was recorded as 'not known' (the child's school was "
    "listed as 'Ramkrishna' with no DfE number). Nobody spoke to D.V. or Krish.",
    "The School Nurse, Faith Rowntree, saw Diya at a drop-in on 9 January 2024 about "
    "headaches and poor sleep. Diya said she stayed up late on Roblox and Discord because "
    "'online is the only place nobody shouts at me', and that a friend she had met in a game, "
    "Zoë Pendragon, who said she was 14, 'understands me'. Nurse Rowntree gave advice on sleep "
    "and online safety, mentioned Childline and CEOP, and wrote to Marlowfield Medical Centre. "
    "The letter went to the mother's mobile number (07700 900733) by text, which Mrs "
    "Vaghjiani read first.",
    "Dr Tobias Mensah-Whitlock at Marlowfield Surgery saw Diya with her father on 2 February 2024; "
    "Mahesh did the talking, and Mahesh's account was accepted: Diya's headaches were put down to 'screen time and exams'. Two "
    "follow-up appointments in March were recorded as DNA; neither was coded WAS NOT BROUGHT "
    "as the practice policy requires. The GP notes also record the father's Crohn's disease "
    "and a letter from Great Ormond Street about Krish's earlier surgery, which was not "
    "linked to the sibling's home situation.",
    "On Sunday 12 May 2024 Diya told her aunt, Arti Masi, at the temple that she wanted to "
    "die and that her father said he would send her to India 'to learn respect'. Arti rang "
    "the CSC front door (0116 496 0572). A social worker, Miriam Tallis, completed an Early "
    "Help Assessment rather than a strategy discussion under section 47 of the Children Act "
    "1989. The grandmother was spoken to through Krish, aged seven, because Language Line "
    "was not booked, and Ms Tallis accepted this; Savitaben said 'she is a good girl, her father is strict'. The case was "
    "closed to CAMHS after one telephone triage because the family 'did not opt in'; the CAMHS letter was addressed to 'Mrs R. Vaghjani'.",
    "In Year 8, on 18 October 2024, Diya left the Academy at lunchtime and took a train to "
    "meet 'Zoe Pendragon', whose Roblox name was KryptoFox77 and who messaged her as "
    "@kryptofox_77 and at diya.v2012@example.org. British Transport Police found her alone at "
    "Birmingham New Street at 19:40; the contact, an adult man, had sent photographs of a "
    "German Shepherd and gifts of game currency. Detective Constable Owen Shepherd (DC "
    "Shepherd) of Leicestershire Police took the crime report LP-24-118734. D-V said at "
    "interview that 'at least he was nice to me'.",
]

ANALYSIS = [
    "The Vaghjianis were known to five agencies, but each saw one part of Diya's life. The "
    "faith school saw a tearful girl, the 0-19 Service a tired one, the GP a child with "
    "headaches and the Police a row between adults. No agency put the father's words at the "
    "centre, and no one asked Diya, on her own, what life at Brandywell Road was like. The "
    "Graded Care Profile 2 was not used, though it was the tool the partnership expected for "
    "neglect and emotional harm.",
    "Practitioners told the review that they were cautious about 'cultural expectations' in "
    "a close Gujarati community and did not want to offend the family or the Shree Hanuman "
    "Seva Mandir, where the father volunteered at aarti and the grandmother's friend, "
    "Hasmukh Shastri, was a trustee. This is the 'cultural relativism' that the inquiry into "
    "the death of Victoria Climbié warned against. Strict parenting and emotional abuse are "
    "not the same, and a child's words ('useless', 'shame') must be heard as they are said.",
    "The grandmother was a protective figure whose voice was lost. Savitaben was spoken to "
    "through a seven-year-old child, which is unsafe and never acceptable; Language Line and "
    "a face-to-face Gujarati interpreter were both available. Her view (recorded as 'M.V. too hard, RV frightened') that Mahesh was 'too "
    "hard on the girl, like his own father' was only recorded after the incident in October.",
    "The online risk was seen late. Diya's friend from school, Aashvi Karsandas, had told a "
    "teacher in June that 'Diyu talks to an older boy on Discord'; this was not passed to the "
    "DSL. A child who is emotionally rejected at home is more open to grooming, and the "
    "contact used this deliberately, as in the cases reviewed by the Child Safeguarding "
    "Practice Review Panel.",
]

LEARNING = [
    "Learning 1: Emotional abuse must be named and acted on. Diya Vaghjiani (Child K, born "
    "14th March 2012) told staff at the faith school, the School Nurse and her aunt Arti what "
    "her father said to her, from Year 7 onwards. Working Together to Safeguard Children 2023 "
    "and Keeping Children Safe in Education are clear that persistent belittling is abuse; "
    "the Shri Ramkrishna Academy logged it as a 'family matter'. As in the review of Arthur "
    "Labinjo-Hughes, the child's voice was heard but not acted on. A DV call-out, an Operation "
    "Encompass gap and a CAMHS closure should together have led to a section 47 enquiry.",
    "Learning 2: Grandparents who speak another language must be spoken to in it. Savita Ba "
    "(Savitaben Vaghjiani, of 9 Corbridge Walk, Rushey Mead) spoke Gujarati and had come from "
    "Uganda; she was interviewed through Krish. Language Line must be used, and children must "
    "never interpret. The Child Q review in Hackney is a reminder that a child's race, faith "
    "and culture must inform, not limit, the response. Online contacts such as KryptoFox77, "
    "met on Roblox and Discord, need to be reported to CEOP and the NSPCC helpline early.",
    "Learning 3: Health appointments the child WAS NOT BROUGHT to, and letters sent to a "
    "parent's mobile (07700 900418 was the father's), can hide harm. Marlowfield Medical Centre "
    "and the 0-19 Service need to see the child alone, as Nurse Rowntree tried to do.",
    "Learning 4: Faith settings such as the Shree Hanuman Seva Mandir are part of the "
    "safeguarding network. Festivals such as Diwali and Navratri, when diyas are lit and the "
    "family gathers, were flagged in the records as times of more conflict at Brandywell Road.",
]

RECOMMENDATIONS = [
    ("Shri Ramkrishna Academy and every faith school in the partnership to audit how "
     "emotional abuse concerns (such as those about Diya Vaghjiani in Year 7 and Year 8) are "
     "referred to the MASH and checked against Operation Encompass, Keeping Children Safe in "
     "Education and Working Together to Safeguard Children 2023",
     "Audit of CPOMS entries and DSL training, with Language Line and Gujarati speaking "
     "staff, led by Mrs Soneji's successor",
     "Head of Safeguarding, Education", "31-03-2025"),
    ("The 0-19 Service and Marlowfield Medical Centre to see children alone, code WAS NOT "
     "BROUGHT, and use the Graded Care Profile 2 and Early Help Assessment where a child such "
     "as D.V. speaks of online contacts on Roblox or Discord, with advice on CEOP and "
     "Childline",
     "Practice guidance and audit; Nurse Rowntree and Dr Mensah-Whitlock to brief staff",
     "Designated Nurse", "30-06-2025"),
    ("Leicestershire Police and Children's Social Care to make sure a DV notification about "
     "the Vaghjianis' address (LE4 6QX) or any family leads to a child being spoken to and "
     "a section 47 strategy discussion under the Children Act 1989 where abuse is alleged",
     "Review of MASH triage; Detective Constable briefing by DC Shepherd",
     "Detective Inspector, Public Protection", "31-05-2025"),
]

CASE = HeldOut(
    "LCSP-2024-07",
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="CONFIDENTIAL - Diya Vaghjiani (D.V.) - 41 Brandywell Road, Leicester LE4 6QX",
    footer="Author: Miriam Tallis, Leicester City CSC, 01632 960215 - re Vaghjani family",
    comment="Check with Ms Tallis whether Mr Vaghjiani (M.V.) and Rekha (RV) were told; "
            "is 07700 900418 the father's number?",
    footnote="School nurse letter of 9 January 2024 from Faith Rowntree to Marlowfield; "
             "d.o.b. 14-03-2012, mother 02/09/1985; Zoë Pendragon seen by Aashvi.",
)
