"""Held-back publication case 36, written blind without sight of the anonymiser: a baby's
head injury in a small Derbyshire town; every name of a person, street, service and number
is invented (the towns are real places used fictionally)."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "DSCP-2024-06"
review = "Local Child Safeguarding Practice Review"
subject = "Child V"
period = { from = "01-03-2023", to = "02-04-2024" }
board = "Derbyshire Safeguarding Children Partnership"

[[agencies]]
name = "Derbyshire Constabulary"
aliases = ["Derbyshire Police", "Police"]

[[agencies]]
name = "Derbyshire County Council Children's Services"
aliases = ["Children's Social Care", "CSC", "Leaving Care Service"]

[[agencies]]
name = "Derbyshire Community Health Services NHS Foundation Trust"
aliases = ["DCHS", "Health Visiting Service"]

[[agencies]]
name = "Mundy Street Surgery"
aliases = ["Mundy Street", "the surgery"]

[[agencies]]
name = "Langley Mill Family Hub"
aliases = ["Langley Mill Sure Start Children's Centre", "the Hub"]
published_as = "the family hub"

[[agencies]]
name = "Probation Service East Midlands"
aliases = ["Probation", "PS East Midlands"]

[[agencies]]
name = "Bentinck Housing Group"
aliases = ["Bentinck"]
published_as = "the housing association"

[[people]]
name = "Rosie-Mae Threlkeld"
aliases = ["Rosie-Mae", "Rosie", "RMT", "R-M.T."]
role = "Child"
pseudonym = "Child V"
born = "28-09-2023"
address = "Flat 4, 17 Tanyard Close, Heanor, DE75 7QJ"
sex = "female"

[[people]]
name = "Kerensa Hope"
aliases = ["Kerensa", "Kez", "Ms Hope", "KH", "K.H.", "Kerenza"]
role = "Mother"
pseudonym = "Mother"
born = "14-02-2004"
address = "Flat 4, 17 Tanyard Close, Heanor, DE75 7QJ"
sex = "female"

[[people]]
name = "Ciarán Threlkeld"
aliases = ["Ciarán", "Ciaran", "Ciaran Threlkeld", "Mr Threlkeld", "C.T."]
role = "Father"
pseudonym = "Father"
born = "22-07-2002"
address = "Flat 4, 17 Tanyard Close, Heanor, DE75 7QJ"
sex = "male"

[[people]]
name = "Barrington Threlkeld"
aliases = ["Barry", "Grandad Barry", "Baz", "B.T."]
role = "Paternal Grandfather"
pseudonym = "Paternal Grandfather"
born = "05-11-1969"
address = "9 Furnace Row, Loscoe, DE75 7LP"
sex = "male"

[[staff]]
name = "Ruth Pendleton"
code = "HV1"
role = "Health Visitor"
agency = "Derbyshire Community Health Services NHS Foundation Trust"

[[staff]]
name = "Olamide Faulkner"
code = "SW1"
role = "Social Worker"
agency = "Derbyshire County Council Children's Services"

[[staff]]
name = "Femi Adeyemi"
code = "PA1"
role = "Personal Adviser"
agency = "Derbyshire County Council Children's Services"

[[staff]]
name = "Declan Bell"
code = "PO1"
role = "Probation Officer"
agency = "Probation Service East Midlands"

[[staff]]
name = "Kirsty Oldknow"
code = "FHW1"
role = "Family Hub Practitioner"
agency = "Langley Mill Family Hub"
"""

IDENTIFIERS = {
    "key_name": ["Rosie-Mae Threlkeld", "Kerensa Hope", "Ciarán Threlkeld",
                 "Barrington Threlkeld", "Threlkeld", "Rosie-Mae", "Rosie-Mae's", "Kerensa",
                 "Kerensa's", "Ciarán", "Ciaran", "Ms Hope", "Mr Threlkeld"],
    "nickname": ["Kez", "Rosie", "Barry", "Barry's", "Grandad Barry", "Baz"],
    "misspelling": ["Threlkheld", "Kerenza"],
    "initials": ["RMT", "R-M.T.", "KH", "K.H.", "C.T.", "B.T."],
    "not_in_key": ["Lorraine Pashley", "Lorraine", "Glenys Hatherall", "Auntie Glenys",
                   "Jayden Orme", "Jayden"],
    "staff_name": ["Ruth Pendleton", "Olamide Faulkner", "Femi Adeyemi", "Declan Bell",
                   "Mr Bell", "Kirsty Oldknow", "Kirsty"],
    "address": ["Flat 4, 17 Tanyard Close", "Tanyard Close", "9 Furnace Row", "Furnace Row"],
    "place": ["Heanor", "Loscoe", "Langley Mill"],
    "postcode": ["DE75 7QJ", "DE75 7LP", "DE75", "7QJ", "7LP"],
    "agency_place": ["Mundy Street Surgery", "Mundy Street", "Langley Mill Family Hub",
                     "Langley Mill Sure Start Children's Centre", "Bentinck Housing Group",
                     "Bentinck"],
    "number": ["07700 900417", "01632 960582", "485 777 3456", "DY/24/11872"],
    "date_of_birth": ["28 September 2023", "28/09/2023", "14-02-2004", "22.07.2002"],
    "social_media": ["@kezzahope_04", "kez.hope04@example.org"],
}

ORDINARY = [
    "in the hope that", "Bell's palsy", "Queen's Medical Centre", "Royal Derby Hospital",
    "Working Together to Safeguard Children 2023", "Children Act 1989", "Section 47",
    "ICON", "The Myth of Invisible Men", "Child Safeguarding Practice Review Panel",
    "Arthur Labinjo-Hughes", "Star Hobson", "Detective Sergeant", "MAPPA", "ViSOR",
    "Sarah's Law", "Clare's Law", "Christmas Eve", "Easter Monday",
    "Staffordshire Bull Terrier", "Calpol", "WhatsApp", "Personal Adviser",
    "Children and Social Work Act 2017", "Graded Care Profile 2", "NSPCC",
    "Edinburgh Postnatal Depression Scale", "Glasgow Coma Scale", "Year 11",
    "Lullaby Trust", "NHS 111", "CT scan", "subdural haematoma",
    "Family Hubs and Start for Life", "Sure Start", "OFFICIAL-SENSITIVE", "Universal Credit",
    "MASH", "Staying Put", "Early Help Assessment",
]

INVOLVEMENT = [
    "Rosie-Mae Threlkeld (Child V) was born on 28 September 2023 at Royal Derby Hospital to "
    "Kerensa Hope, then 19, and Ciarán Threlkeld, then 21. Both parents are care leavers: "
    "Kerensa had lived with foster carer Glenys Hatherall from the age of nine until a "
    "Staying Put arrangement ended when she was 19, and Ciaran had been in residential care "
    "after leaving his father's home. Each still had a Personal Adviser from the Leaving Care "
    "Service under the Children and Social Work Act 2017; Kerensa's adviser was Femi Adeyemi.",
    "The family lived at Flat 4, 17 Tanyard Close, Heanor, DE75 7QJ, a one-bedroom flat let "
    "by Bentinck Housing Group in March 2023. The housing officer recorded that Ms Hope left "
    "school in Year 11 with no qualifications, was on Universal Credit, and had a "
    "Staffordshire Bull Terrier that a neighbour, Lorraine Pashley, complained about twice. "
    "Lorraine later told the review that she heard 'a lot of shouting' through the wall on "
    "Christmas Eve 2023 but did not report it in the hope that things would settle.",
    "Health visitor Ruth Pendleton completed the antenatal contact and the new birth visit. "
    "She recorded that Kez had developed Bell's palsy late in pregnancy, which had resolved, "
    "and that the Edinburgh Postnatal Depression Scale score at six weeks was raised. She "
    "gave ICON information and Lullaby Trust safe sleep advice to the mother only; Mr "
    "Threlkeld was recorded as 'at work' at both visits. The Ages and Stages review due at "
    "four months was not booked. Mundy Street Surgery saw RMT for her immunisations and "
    "recorded no concerns, and the practice note for KH said 'coping well'; the surgery held the mobile number 07700 900417 for both parents.",
    "Langley Mill Family Hub (formerly Langley Mill Sure Start Children's Centre) offered the "
    "family a place on its baby massage group and a Family Hubs and Start for Life peer "
    "support session. Family hub practitioner Kirsty Oldknow opened an Early Help Assessment "
    "in November 2023 after Kerensa said money was tight. Kirsty messaged the mother by "
    "WhatsApp and by email at kez.hope04@example.org; the hub's own line, 01632 960582, was "
    "not answered on three occasions. The Sure Start history of the building meant Kerensa "
    "remembered it from her own childhood and trusted it more than other services.",
    "Ciarán's father, Barrington Threlkeld (known as Barry or Baz), was released on licence "
    "in October 2023 after a sentence for sexual offences against a child and was managed "
    "under MAPPA at level 1 and recorded on ViSOR. His probation officer, Declan Bell, "
    "approved his address at 9 Furnace Row, Loscoe, DE75 7LP, less than two miles from the "
    "flat. Mr Bell asked whether Barry's son had children and was told 'no'; this was not "
    "checked with Children's Social Care. The MAPPA minutes were marked OFFICIAL-SENSITIVE "
    "and were not shared with health visiting.",
    "In January 2024 Kerensa posted photographs on her Instagram account @kezzahope_04 "
    "showing Rosie-Mae being held by 'Grandad Barry'. Glenys Hatherall saw them and rang "
    "the MASH. A Detective Sergeant and social worker Olamide Faulkner held a strategy "
    "discussion; a Section 47 enquiry under the Children Act 1989 was not started because "
    "the parents agreed that B.T. would not be left alone with the baby. No application "
    "under the Child Sex Offender Disclosure Scheme (Sarah's Law) or Clare's Law was made, "
    "and no one asked the parents who else cared for the child.",
    "On Easter Monday, 1 April 2024, Kerensa called NHS 111 at 06:10 saying Rosie had been "
    "'floppy' since the night before and that she had given Calpol. Ciaran said the baby "
    "had been left with his friend Jayden Orme for an hour the previous evening. Rosie-Mae "
    "was taken to Royal Derby Hospital and transferred to Queen's Medical Centre. A CT scan "
    "showed a subdural haematoma; her score on the Glasgow Coma Scale on arrival was 11. "
    "Her date of birth, 28/09/2023, was confirmed at both hospitals. "
    "Derbyshire Constabulary opened a crime, reference DY/24/11872, and her NHS number "
    "485 777 3456 was flagged. Jayden has since been interviewed; no one has been charged.",
]

ANALYSIS = [
    "Both parents were care leavers, and the corporate parent knew more about them than any "
    "other agency. Yet no one brought together what Femi Adeyemi knew of Kerensa's history, "
    "what Mr Bell knew of Barry's offences, and what Ruth Pendleton saw in Tanyard Close. "
    "Working Together to Safeguard Children 2023 expects agencies to think about the whole "
    "household; here the household had in practice widened to include a grandfather "
    "managed under MAPPA.",
    "The father was largely invisible to services, as the Child Safeguarding Practice Review "
    "Panel described in The Myth of Invisible Men. Ciarán Threlkeld was not seen by the "
    "health visitor, was not given ICON advice, and was not asked about his own father. The "
    "review heard that he feared that mentioning Baz would lead to Rosie-Mae being removed, "
    "as he had been removed himself.",
    "The strategy discussion relied on a written agreement from K.H. and C.T. that was never "
    "tested. The learning from the national reviews into the deaths of Arthur Labinjo-Hughes "
    "and Star Hobson, about the weight given to parents' reassurances, applies here. Neither "
    "the Graded Care Profile 2 nor an NSPCC tool for assessing risk from a relative with a "
    "conviction was used, and the Early Help Assessment at Langley Mill Family Hub was not "
    "updated after the MASH contact.",
    "Bentinck Housing Group knew of the noise complaints from Lorraine Pashley but had no "
    "route for sharing them. The housing officer visited Flat 4, 17 Tanyard Close only about "
    "the dog, and its tenancy file spelt the tenant's name as Kerenza. Kirsty Oldknow was the practitioner Kerensa trusted most, but she was not "
    "invited to the strategy discussion.",
]

LEARNING = [
    "When parents are care leavers, their Personal Adviser is often the professional who "
    "knows the wider family best. In this case Kerensa Hope's adviser and Ciaran's adviser "
    "were not told about the birth of Rosie-Mae in Heanor, and the Leaving Care Service did "
    "not attend the strategy discussion, although the Leaving Care record (date of birth "
    "14-02-2004) was open. The Staying Put ending and Kerensa's raised score "
    "on the Edinburgh Postnatal Depression Scale should have prompted an offer of extra "
    "support, in the hope that she would accept it from someone she knew.",
    "Probation must check with Children's Social Care, not only with the person on licence, "
    "whether a man managed under MAPPA has contact with children. Declan Bell accepted Barry "
    "Threlkeld's word that his son had no children, though an address check of Furnace Row, "
    "Loscoe and DE75 7QJ would have shown that R-M.T. lived two miles away. Disclosure under "
    "Sarah's Law and Clare's Law should be considered whenever a parent says a relative with "
    "a conviction will not be left alone with a baby. ICON advice and information from the "
    "Lullaby Trust must be given to fathers as well as mothers.",
    "Messages on WhatsApp and posts on social media such as those seen by Auntie Glenys are "
    "often how a family's wider network shows itself; the MASH should ask who the adults "
    "in the photographs are and check them on ViSOR. A Detective Sergeant chairing a strategy "
    "discussion about a child under one should consider whether a Section 47 enquiry is "
    "needed even when the parents agree to a plan.",
    "Families like the Threlkheld household move between universal services such as the "
    "family hub, the GP at Mundy Street and the health visitor without any one of them "
    "holding the whole picture. A baby presenting on Easter Monday through NHS 111 with a "
    "subdural haematoma found on a CT scan, after being seen as 'floppy', is the outcome the "
    "Family Hubs and Start for Life programme is meant to help prevent.",
]

RECOMMENDATIONS = [
    ("The Probation Service should confirm with Children's Social Care whether any person "
     "managed under MAPPA has contact with children, as it should have done for Barry "
     "Threlkeld, and record this on ViSOR",
     "Revise the address check procedure and audit 20 cases", "Head of Probation Delivery",
     "30-09-2024"),
    ("The Leaving Care Service should tell a care leaver's Personal Adviser of every birth "
     "and every Section 47 enquiry, so that advisers like those of Kerensa and Ciarán "
     "Threlkeld are part of the plan under Working Together to Safeguard Children 2023",
     "Add a notification step to the MASH process", "Service Manager, Leaving Care",
     "31-10-2024"),
    ("Health visiting and the family hub should give ICON advice to fathers in person and "
     "record who else cares for the baby, as the learning from The Myth of Invisible Men "
     "and from Rosie-Mae's review shows",
     "Change the new birth visit template and train staff", "Head of Children's Services, DCHS",
     "31-12-2024"),
]

CASE = HeldOut(
    "DSCP-2024-06", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="Rosie-Mae Threlkeld (RMT) - Derbyshire Constabulary crime DY/24/11872",
    footer="Kerensa Hope, DOB 14-02-2004, and Ciarán Threlkeld, DOB 22.07.2002, of Tanyard Close",
    comment="Check with Kirsty at Langley Mill whether Kez gave the hub 07700 900417 or another number.",
    footnote="Barrington Threlkeld (Baz), 9 Furnace Row, Loscoe, DE75 7LP; DOB of the baby 28/09/2023.",
)
