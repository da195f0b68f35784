"""Held-back publication case 44, written blind (without sight of the anonymiser): a
seven-week-old baby with a non-accidental head injury in a garrison town. Every name of a
person, street, estate, town, unit, school or service site in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "NYSCP-LCSPR-2026-01"

CASE_TOML = """\
reference = "NYSCP-LCSPR-2026-01"
review = "Child Safeguarding Practice Review"
subject = "Baby R"
board = "North Yorkshire Safeguarding Children Partnership"
period = { from = "03-04-2025", to = "29-11-2025" }
notification = "01-12-2025"
decision = "19-12-2025"
chronology_due = "06-02-2026"
report_due = "20-03-2026"

[[agencies]]
name = "North Yorkshire Police"
aliases = ["NYP", "Police"]

[[agencies]]
name = "North Yorkshire Children and Families Service"
aliases = ["Children and Families Service", "Children's Social Care", "CSC"]

[[agencies]]
name = "Healthy Child Programme 0-19 Service"
aliases = ["0-19 Service", "Health Visiting", "Health Visiting Service"]

[[agencies]]
name = "Harrowdale Hospitals NHS Foundation Trust"
aliases = ["Harrowdale Hospitals", "HHFT", "Maternity Unit"]
published_as = "the maternity unit"

[[agencies]]
name = "Kelderby Garrison Medical Centre"
aliases = ["Defence Primary Healthcare", "DPHC", "KGMC"]
published_as = "the military medical centre"

[[agencies]]
name = "Army Welfare Service"
aliases = ["AWS"]

[[agencies]]
name = "Bourlon Lines Children's Centre"
aliases = ["BLCC", "the children's centre"]

[[people]]
name = "Esmé-Lou Askwith"
aliases = ["Esmé-Lou", "Esme-Lou", "Esme-Lou Askwith", "Esmé", "E-LA"]
role = "Child"
pseudonym = "Baby R"
born = "11-10-2025"
address = "14 Havrincourt Close, Bourlon Lines, Kelderby Garrison, DL9 7ZX"

[[people]]
name = "Tayla Brennick"
aliases = ["Tayla", "Tay", "T.B.", "Tayler Brenick", "Tayla Bee"]
role = "Mother"
pseudonym = "Mother"
born = "14-03-2005"
address = "14 Havrincourt Close, Bourlon Lines, Kelderby Garrison, DL9 7ZX"

[[people]]
name = "Jordan Askwith"
aliases = ["Jordan", "Asky", "JA", "LCpl Askwith", "Jordan Askwyth"]
role = "Father"
pseudonym = "Father"
born = "02-09-2000"
address = "14 Havrincourt Close, Bourlon Lines, Kelderby Garrison, DL9 7ZX"

[[people]]
name = "Kaiden Brennick"
aliases = ["Kaiden"]
role = "Half-sibling"
pseudonym = "Sibling"
born = "06-01-2022"
address = "14 Havrincourt Close, Bourlon Lines, Kelderby Garrison, DL9 7ZX"

[[staff]]
name = "Siân Treharne"
code = "HV1"
role = "Health Visitor"
agency = "Healthy Child Programme 0-19 Service"

[[staff]]
name = "Callum Winter"
code = "SW1"
role = "Social Worker"
agency = "North Yorkshire Children and Families Service"

[[staff]]
name = "Dorcas Ingleby"
code = "AWW1"
role = "Army Welfare Worker"
agency = "Army Welfare Service"

[[staff]]
name = "Imogen Thwaite"
code = "DC1"
role = "Detective Constable"
agency = "North Yorkshire Police"

[[staff]]
name = "Priya Castell"
code = "CMP1"
role = "Civilian Medical Practitioner"
agency = "Kelderby Garrison Medical Centre"
"""

IDENTIFIERS = {
    "key_name": [
        "Esmé-Lou Askwith", "Esme-Lou Askwith", "Esmé-Lou", "Esmé-Lou's", "Esme-Lou", "Esmé",
        "Tayla Brennick", "Tayla", "Tayla's", "Ms Brennick", "Brennick", "Tayler Brenick",
        "Jordan Askwith", "Jordan", "Jordan's", "Lance Corporal Askwith", "LCpl Askwith",
        "Mr Askwith", "Askwith", "Jordan Askwyth", "Kaiden Brennick", "Kaiden",
    ],
    "nickname": ["Tay", "Asky", "Moxy", "Nana Bev", "Bev"],
    "initials": ["E-LA", "T.B.", "JA"],
    "staff_name": [
        "Siân Treharne", "Sian Treharne", "Siân", "Sian", "Ms Treharne", "Callum Winter",
        "Mr Winter", "Dorcas Ingleby", "Ms Ingleby", "Dr Priya Castell", "Dr Castell",
        "DC Imogen Thwaite", "Imogen Thwaite",
    ],
    "not_in_key": [
        "Rosalind Pym", "Reece Gilling", "Shannon Kettlewell", "Private Dale Moxon",
        "Dale Moxon", "Major Barnaby Fenwick", "Beverley Brennick",
    ],
    "address": [
        "14 Havrincourt Close", "Havrincourt Close", "Bourlon Lines", "Kelderby Garrison",
        "Kelderby", "Larchfield House", "Eskholme",
    ],
    "postcode": ["DL9 7ZX", "DL9", "7ZX"],
    "agency_place": [
        "Bourlon Lines Children's Centre", "Kelderby Garrison Medical Centre",
        "Harrowdale Hospitals NHS Foundation Trust", "Harrowdale",
    ],
    "military_unit": ["3rd Battalion The Cleveland Rifles"],
    "number": [
        "999 041 2276", "30219874", "07700 900417", "01632 960582", "NYP-25-211873",
        "YK19 XVB",
    ],
    "date_of_birth": ["14/03/2005", "02-09-2000", "11.10.2025", "11 October 2025"],
    "social_media": ["Tayla Bee", "@taylabee_x"],
    "email": ["taylabee05@example.org"],
}

ORDINARY = [
    "ICON programme", "Babies Cry, You Can Cope", "Lance Corporal", "Defence Medical Services",
    "Unit Welfare Officer", "SSAFA", "JSP 834", "Operation Cabrit", "Estonia",
    "Salisbury Plain", "Remembrance Sunday", "Bonfire Night", "Saturday",
    "Armed Forces Covenant", "Children Act 1989", "Working Together to Safeguard Children 2023",
    "The Myth of Invisible Men", "Child Safeguarding Practice Review Panel", "Victoria Climbié",
    "Lord Laming", "Star Hobson", "Arthur Labinjo-Hughes", "Leeds General Infirmary",
    "Glasgow Coma Scale", "Edinburgh Postnatal Depression Scale", "Whooley questions",
    "Apgar scores", "WhatsApp", "Calpol", "Staffordshire Bull Terrier", "NSPCC", "Home-Start",
    "OFFICIAL-SENSITIVE", "Year 11", "Personal Adviser", "Family Nurse Partnership", "TRiM",
    "DCMH", "the winter months", "MASH",
]

INVOLVEMENT = [
    "Tayla Brennick (date of birth 14/03/2005) booked her pregnancy with Harrowdale Hospitals "
    "NHS Foundation Trust on Thursday 3 April 2025, at eleven weeks. She told the community "
    "midwife, Rosalind Pym, that she had been looked after from the age of nine, had lived at "
    "Larchfield House until she was in Year 11 and still saw her Personal Adviser every eight "
    "weeks. Her first child, Kaiden Brennick, was then three; his father, Reece Gilling, had "
    "been violent towards her. The Edinburgh Postnatal Depression Scale and the Whooley "
    "questions were completed and she scored 11, which was recorded but not shared with "
    "Kelderby Garrison Medical Centre, where she and Kaiden were registered as dependants. "
    "Having had the Family Nurse Partnership with Kaiden, she was not eligible for it again. "
    "The booking record spells her 'Tayler Brenick', with NHS number 999 041 2276 and mobile "
    "07700 900417.",
    "The father, Lance Corporal Jordan Askwith (service number 30219874, born 02-09-2000), of "
    "the 3rd Battalion The Cleveland Rifles, was in Estonia on Operation Cabrit from February "
    "to August 2025. In May the couple were allocated Service Family Accommodation at 14 "
    "Havrincourt Close, Bourlon Lines, Kelderby Garrison DL9 7ZX, as a soldier in an "
    "established long-term relationship; the Unit Welfare Officer arranged the move and no "
    "agency asked who else would be living there. Siân Treharne, health visitor, made the "
    "antenatal contact on Tuesday 15 July 2025 and found Tayla alone with Kaiden and a "
    "Staffordshire Bull Terrier puppy; she referred her to Bourlon Lines Children's Centre "
    "and to Home-Start, and gave her a SSAFA leaflet. Tayla's Facebook profile, 'Tayla Bee', "
    "was counting the days until 'Asky' came home.",
    "On his return on Thursday 14 August 2025 LCpl Askwith had a post-operational TRiM "
    "assessment in his unit; the record, marked OFFICIAL-SENSITIVE, notes poor sleep, "
    "irritability and drinking 'most nights with the lads'. He was referred to the DCMH but "
    "did not attend on 2 September, and the Defence Medical Services record shows no "
    "follow-up. In September a neighbour, Shannon Kettlewell, told the Unit Welfare Officer "
    "about shouting at the house. Dorcas Ingleby, Army Welfare Worker, saw Tayla at the "
    "children's centre and recorded 'Tay says Jordan is stressed after tour, no concerns for "
    "the children'; Ms Ingleby closed the referral without telling Ms Treharne.",
    "Esmé-Lou Askwith was born at the maternity unit on Saturday 11 October 2025 at 38 weeks; "
    "her Apgar scores were 8 and 9. Jordan was on exercise on Salisbury Plain and did not "
    "arrive until the next day, after the midwife had delivered the ICON programme (Babies "
    "Cry, You Can Cope) to Tayla alone: 'ICON discussed with mum, dad not present, leaflet "
    "given'. Nobody went back over the message with him. The birth was notified to the "
    "health visiting service as 'Esme-Lou Askwith', without the accent, with the date of "
    "birth 11.10.2025 and the wrong house number.",
    "Siân made the new birth visit on Friday 24 October 2025. Jordan stayed in the kitchen "
    "('Dad around, declined to join') and ICON was not revisited. Over the next fortnight "
    "Tayla sent Ms Treharne eleven WhatsApp messages, one at 02:40 saying 'E-LA screams all "
    "night and JA can't cope with the crying, he's going to lose it'. The reply, sent the "
    "next morning, advised Calpol, a warm bath and NHS 111 if Esmé had a temperature. At "
    "the children's centre's baby massage group, where the register reads 'T.B. + baby', "
    "staff noted that the mother seemed flat and that Mr Askwith waited outside in a grey "
    "car, YK19 XVB.",
    "On Bonfire Night, Wednesday 5 November 2025, Shannon Kettlewell rang North Yorkshire "
    "Police (reference NYP-25-211873) to say a man at number 14 was shouting and a baby was "
    "screaming. Officers found Jordan Askwyth, as the log spells him, drinking with his "
    "friend Private Dale Moxon ('Moxy'); Tayla said they had argued about the baby's crying. "
    "A risk assessment was graded standard and a notification went to the MASH. Callum "
    "Winter, social worker, screened it the next day as 'advice and guidance; father a "
    "serving soldier, chain of command aware'. The chain of command was not told: Major "
    "Barnaby Fenwick, his Officer Commanding, first heard of it after the injury. Mr Winter "
    "spoke to neither parent.",
    "Jordan marched with his battalion on Remembrance Sunday. On Monday 17 November he saw "
    "Dr Priya Castell at the medical centre about his sleep and was not asked about the "
    "baby. On Thursday 20 November Dr Castell carried out Esmé-Lou's six to eight week "
    "check and recorded 'small mark left cheek, ?dummy clip, mum not concerned'. The "
    "protocol on bruising in non-mobile babies was not followed. Nana Bev (Beverley "
    "Brennick), visiting from Eskholme, later told police she had seen marks on the baby's "
    "arm and was told they came from a tight babygro.",
    "On Saturday 29 November 2025, while Tayla was at work, Jordan rang 999 to say the baby "
    "had gone floppy after a feed. Her Glasgow Coma Scale was 8 on arrival and she was "
    "transferred to Leeds General Infirmary, where scans showed subdural and retinal "
    "haemorrhages and healing fractures of three ribs. DC Imogen Thwaite led the joint "
    "investigation under section 47 of the Children Act 1989; Mr Askwith was arrested and "
    "Kaiden went to stay with Nana Bev in Eskholme. Esmé-Lou survived with a brain injury "
    "whose effects are not yet known.",
]

ANALYSIS = [
    "The father was, in the words of the Child Safeguarding Practice Review Panel, an "
    "invisible man. The Myth of Invisible Men found that men caring for babies are too often "
    "unseen by the services around them, and this case repeats its findings: the ICON "
    "programme reached Tayla but never Jordan; the new birth visit recorded 'Dad around'; "
    "the TRiM assessment, the missed DCMH appointment and his poor sleep were known only "
    "inside the Defence Medical Services. No practitioner assessed Lance Corporal Askwith as "
    "the father of a crying newborn, or asked what a Lance Corporal back from a six-month "
    "tour needed in order to care for one.",
    "Information did not cross from the military to the civilian agencies or back. JSP 834 "
    "sets out how Defence safeguards the children of service families and the Armed Forces "
    "Covenant promises that they will not be disadvantaged, yet Ms Ingleby closed her "
    "referral without asking the health visitor, Mr Winter assumed the chain of command "
    "knew, and Dr Castell did not know that police had been called to Havrincourt Close "
    "fifteen days before she saw the mark on Esmé-Lou's cheek.",
    "A mark on the face of a seven-week-old baby is a sentinel injury. The national review "
    "after the deaths of Star Hobson and Arthur Labinjo-Hughes asked every agency to act on "
    "the early signs of harm, and the local protocol requires a same-day referral to the "
    "MASH for any bruise on a non-mobile baby. Over twenty years ago, in the Victoria Climbié "
    "inquiry, Lord Laming found injuries seen by professionals and explained away; the "
    "lesson holds for a garrison medical centre as for any GP practice.",
    "Tayla's own history mattered. A care leaver with a Personal Adviser, a previous "
    "abusive partner and a raised score on the Edinburgh Postnatal Depression Scale, she was "
    "isolated on an estate where families move every two years and the father was often "
    "away in Estonia or on Salisbury Plain. Her WhatsApp messages about the crying were read "
    "as a tired mother's complaint, not as a warning about Jordan's state of mind.",
]

LEARNING = [
    "Babies are most at risk of abusive head trauma when crying peaks, in the first weeks of "
    "life and in the winter months when families are indoors, and the ICON programme works "
    "only if both parents hear it. When Esmé-Lou was born the message, Babies Cry, You Can "
    "Cope, was given to Tayla Brennick alone and never repeated to Jordan Askwith, though he "
    "was caring for her alone on the Saturday she was injured. The maternity unit, the "
    "health visitor Siân Treharne and Bourlon Lines Children's Centre each had a chance to "
    "speak to him; his absences on Operation Cabrit and on Salisbury Plain were treated as a "
    "reason not to, rather than as a risk.",
    "What the Defence Medical Services knew about LCpl Askwith (the TRiM assessment marked "
    "OFFICIAL-SENSITIVE, the missed DCMH appointment) and what North Yorkshire Police knew "
    "from Bonfire Night at 14 Havrincourt Close never reached Dr Castell before she examined "
    "Baby R. JSP 834 and the Armed Forces Covenant should make the military and civilian "
    "services one system around a child; in Kelderby Garrison they worked as two. The Unit "
    "Welfare Officer, Dorcas Ingleby of the Army Welfare Service and Callum Winter each "
    "believed someone else held the whole picture. A WhatsApp message at 02:40 saying 'he's "
    "going to lose it' is a referral, not a request for advice about Calpol.",
    "Care leavers who become parents need their Personal Adviser, the health visitor and "
    "the children's centre to work as one. Ms Brennick had left Larchfield House in Year 11 "
    "and her history was known to the leaving care service but not to the practitioners on "
    "the estate. The Family Nurse Partnership does not take second-time mothers and nothing "
    "replaced it; Home-Start, SSAFA and the NSPCC offered help she was never referred to.",
    "Bruising in a non-mobile baby is never minor. Working Together to Safeguard Children "
    "2023 gives every practitioner who sees a baby, civilian or military, the same duty to "
    "refer. The Glasgow Coma Scale of 8 recorded at Leeds General Infirmary may have been "
    "the end of a sequence that began with the mark on Esmé-Lou's cheek.",
]

RECOMMENDATIONS = [
    ("Kelderby Garrison Medical Centre and the health visiting service should give the ICON "
     "programme to both parents, including fathers serving with the 3rd Battalion The "
     "Cleveland Rifles, at the new birth visit and at the six to eight week check",
     "Add a father's ICON contact to the new birth visit record and to the Defence Medical "
     "Services template; audit 30 records",
     "Designated Nurse, Safeguarding Children", "29-05-2026"),
    ("The Army Welfare Service, the Unit Welfare Officer and the MASH should share every "
     "police notification about a soldier's household at Bourlon Lines within one working "
     "day, as JSP 834 and the Armed Forces Covenant expect",
     "Agree an information-sharing protocol between North Yorkshire Police, the MASH and "
     "the garrison; test it with soldiers returning from Estonia",
     "Head of Army Welfare Service (North)", "30-06-2026"),
    ("Practitioners who see any bruise on a non-mobile baby, as Dr Castell saw on Esmé-Lou, "
     "should refer to the MASH the same day under Working Together to Safeguard Children "
     "2023",
     "Re-issue the bruising protocol to military and civilian practices with the Glasgow "
     "Coma Scale learning; include it in induction for every Civilian Medical Practitioner",
     "Named GP, Defence Primary Healthcare", "31-03-2026"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE - Baby R (Esmé-Lou Askwith) - Kelderby Garrison",
    footer="Draft 3 - family at 14 Havrincourt Close, DL9 7ZX - author's copy",
    comment="Check with Sian Treharne whether Jordan's mobile, 01632 960582, was ever "
            "recorded by the 0-19 service.",
    footnote="AWS note by Dorcas Ingleby; Tayla gave taylabee05@example.org and Instagram "
             "@taylabee_x as her contacts.",
)
