# ruff: noqa: E501
"""A held-back publication case written blind, without sight of the anonymiser: a farming
family in the Lincolnshire Fens with seasonal workers. Every name, place, number and date in it is
invented; any likeness to a real family, farm or village is chance."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = '''\
reference = "CSPR-2023-11"
review = "Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-04-2021", to = "31-08-2023" }
board = "Lincolnshire Safeguarding Children Partnership"

[[agencies]]
name = "Lincolnshire Police"
aliases = ["Lincs Police", "Police", "Public Protection Unit"]

[[agencies]]
name = "Lincolnshire Children's Services"
aliases = ["Children's Social Care", "CSC", "LCC Children's Services"]

[[agencies]]
name = "Lincolnshire 0-19 Health Visiting Service"
aliases = ["Health Visiting", "0-19 Service", "HV Team"]

[[agencies]]
name = "Hurnby Fen St Guthlac's Church of England Primary School"
aliases = ["St Guthlac's CE Primary", "St Guthlac's", "Hurnby Fen Primary"]
published_as = "the village primary school"

[[agencies]]
name = "Sedgeholme Marsh Lane Surgery"
aliases = ["Marsh Lane Surgery", "Marsh Lane"]

[[agencies]]
name = "United Lincolnshire Hospitals NHS Trust"
aliases = ["ULHT"]

[[people]]
name = "Gabija Stennard"
aliases = ["Gabija", "Gabby", "GS"]
role = "Child"
pseudonym = "Child T"
born = "09-06-2021"
address = "Caravan 6, Ravendyke Farm, Gull Hurn Drove, Hurnby Fen, PE12 7ZW"

[[people]]
name = "Dovydas Vaitkus"
aliases = ["Dovydas", "Dovis"]
role = "Half-sibling"
pseudonym = "Sibling 1"
born = "17-01-2015"
address = "Flat 2, 17 Ostler's Yard, Sedgeholme, PE11 3TG"

[[people]]
name = "Rūta Vaitkienė"
aliases = ["Rūta", "Ruta", "Ruta Vaitkiene"]
role = "Mother"
pseudonym = "Mother"
born = "22-11-1996"
address = "Flat 2, 17 Ostler's Yard, Sedgeholme, PE11 3TG"

[[people]]
name = "Liam Stennard"
aliases = ["Liam"]
role = "Father"
pseudonym = "Father"
born = "03-02-1994"
address = "Caravan 6, Ravendyke Farm, Gull Hurn Drove, Hurnby Fen, PE12 7ZW"

[[people]]
name = "Keith Stennard"
role = "Paternal grandfather"
pseudonym = "Paternal Grandfather"
born = "11-09-1961"
address = "Ravendyke House, Gull Hurn Drove, Hurnby Fen, PE12 7ZW"

[[people]]
name = "Tsvetan Iliev"
aliases = ["Tsvetan", "Tsetso"]
role = "Mother's partner"
pseudonym = "Adult B"
born = "28-04-1989"
address = "Flat 2, 17 Ostler's Yard, Sedgeholme, PE11 3TG"

[[staff]]
name = "Hollie Reeve"
code = "HV1"
role = "Health Visitor"
agency = "Lincolnshire 0-19 Health Visiting Service"

[[staff]]
name = "Precious Banks"
code = "SW1"
role = "Social Worker"
agency = "Lincolnshire Children's Services"

[[staff]]
name = "Owen Lent"
code = "DC1"
role = "Detective Constable"
agency = "Lincolnshire Police"

[[staff]]
name = "Ann Easter"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Hurnby Fen St Guthlac's Church of England Primary School"

[[staff]]
name = "Tobias Down"
code = "GP1"
role = "General Practitioner"
agency = "Sedgeholme Marsh Lane Surgery"
'''

INVOLVEMENT = [
    "Gabija Stennard (Child T) was born on 9 June 2021 at Pilgrim Hospital, the second child of "
    "Rūta Vaitkienė and the first of her partner Liam Stennard. Rūta came from Kaunas in 2017 to "
    "pick and pack at Fenmarrow Fresh Produce, the packhouse on the edge of Sedgeholme, and was "
    "granted pre-settled status under the EU Settlement Scheme in 2020. Her son Dovydas Vaitkus "
    "(born 17.01.2015), whose father Mindaugas stayed in Lithuania, joined her in 2019 after two "
    "years with his grandmother. From 2020 the family lived in Caravan 6, Ravendyke Farm, Gull Hurn "
    "Drove, Hurnby Fen, PE12 7ZW, one of eleven static caravans that Liam's father Keith Stennard "
    "lets to seasonal workers; most of them that summer were Bulgarian, recruited on the Seasonal "
    "Worker visa through a labour provider in Plovdiv.",

    "The health visitor, Hollie Reeve (HV1), completed the new birth visit at the caravan on 23 "
    "June 2021. Liam interpreted for Rūta, and the Edinburgh Postnatal Depression Scale was worked "
    "through on his phone with Google Translate; Language Line was not offered. The record reads "
    "'mum Ruta very quiet, dad says she is just tired', and notes two dogs (a lurcher that Liam "
    "uses for hare coursing and a Staffordshire bull terrier) and an open dyke about twenty metres "
    "from the caravan step. At the twelve-month review the Ages and Stages Questionnaire was not "
    "completed because Gabby 'would not settle'. Ms Reeve planned to return, but her caseload was "
    "reallocated and the visit did not take place. Rūta later told the GP that she had declined "
    "antenatal screening for Down syndrome because the leaflet and the telephone call were both in "
    "English.",

    "On 19 March 2022 Lincolnshire Police were called by a neighbour, Daiva Jankauskienė, to a "
    "disturbance at Ravendyke Farm. Officers found Rūta with a cut lip; she said that Liam had "
    "pushed her against the caravan door after a day of drinking. The DASH risk checklist was "
    "completed in English with Keith Stennard translating the questions, was scored as standard "
    "risk, and the crime was filed NO FURTHER ACTION when Rūta declined to support a prosecution. "
    "DC Owen Lent recorded that 'the victim is Catholic and has given up alcohol during Lent, so "
    "the drinking is his not hers'. Gabija, then nine months old, was asleep in the caravan; a "
    "notification went to the MASH, but Dovydas was not spoken to. Daiva told officers that she "
    "minded Gabija 'most days when Ruta is on shift at Fenmarrow'.",

    "Dovydas joined Hurnby Fen St Guthlac's CE Primary in Reception, where staff called him David "
    "because 'he preferred it'. In Year 3 his attendance fell to 81% and he came in hungry on "
    "Mondays. The school's record of the family's move held only 'Sedgeholme PE11'. On 1 March 2023 "
    "he wore a red and white martenitsa for Baba Marta, given to him by Svetla, the sister of his "
    "mother's new partner; in December he had drawn the Kūčios table 'at Daiva's caravan' and "
    "written 'Gabyte' beside the smallest chair. After the Easter holidays he told the Designated "
    "Safeguarding Lead, Mrs Ann Easter, that 'Tsetso shouts and Mama cries' and that Gabytė slept "
    "in the van when Mama worked nights. Mrs Easter rang the MASH on 28 April 2023 and sent a copy "
    "of the referral to the email address the family had given the school, ruta.v96@example.org.",

    "By October 2022 Rūta had left Liam and moved with both children to Flat 2, 17 Ostler's Yard, "
    "Sedgeholme, PE11 3TG, a flat rented by Tsvetan Iliev (Цветан Илиев), a Bulgarian team leader "
    "at Fenmarrow who drove workers to the packhouse in his Ford Transit, FY67 WDK. Most agencies "
    "knew him only as 'Tsetso' or as 'Rūta's friend'. In February 2023 the Gangmasters and Labour "
    "Abuse Authority visited Fenmarrow Fresh Produce about deductions from workers' wages for the "
    "caravans and for transport, and a Bulgarian worker was referred to the National Referral "
    "Mechanism under the Modern Slavery Act 2015; the GLAA record names the driver as 'Tzvetan "
    "Iliyev'. None of this was shared with the health visitor or the school.",

    "Children's social care accepted the school's referral for a Child and Family Assessment under "
    "section 17 of the Children Act 1989. The social worker, Precious Banks, visited Ostler's Yard "
    "twice with a Lithuanian interpreter booked through Language Line and saw Gabija and Dovydas "
    "together, never alone. Mr Iliev was 'at work' on both visits and was not seen; his sister "
    "Svetla Koleva (recorded as Mrs Kolev) answered the door once and said that she looked after "
    "the children. Ms Banks recorded that Gabija spent alternate weekends at Ravendyke Farm with "
    "Liam and his mother, Maureen Stennard, known to the children as Nanna Mo, and that 'Mr "
    "Stennard's drinking is historic'. The assessment closed on 21 June 2023 with a step-down to "
    "Early Help; the Graded Care Profile 2 was not used.",

    "Dr Tobias Down at Marsh Lane Surgery saw Rūta three times in 2023 with low mood and poor "
    "sleep, and prescribed sertraline in May. She brought Gabija to each appointment, but the "
    "child's record at the practice was in the name STENNARD, Gabia, so the record for NHS number "
    "999 041 2287 was not linked to the mother's consultations. Dr Down wrote 'partner "
    "controlling? did not ask, partner in waiting room'. The practice held the mother's mobile, "
    "07700 900417, and the farm landline, 01632 960238, but neither was used when she missed her "
    "review in July.",

    "On Sunday 13 August 2023, at the height of the harvest, Gabija was at Ravendyke Farm for the "
    "weekend. Liam was driving the John Deere combine and Nanna Mo was on a shift at the packhouse. "
    "At about 16:40 Wilf Halgarth, a weed-cutting operative of the Hurnby Fen Internal Drainage "
    "Board, saw Gabija face down in Scaldgate Drain below the DANGER DEEP WATER sign, where the "
    "steep banks had been cut that morning. Mr Halgarth pulled her out and began CPR. She was taken "
    "by the Lincs & Notts Air Ambulance to Pilgrim Hospital and transferred that night to the "
    "paediatric intensive care unit at Addenbrooke's Hospital, where she survived with a hypoxic "
    "brain injury. A Detective Sergeant from the Public Protection Unit led the investigation; "
    "Liam told officers that he had left his daughter 'with the Bulgarian lads in caravan 9'.",
]

ANALYSIS = [
    "Before April 2023 no agency spoke to Rūta in Lithuanian through a qualified interpreter. Liam, "
    "Keith Stennard, a telephone app and, at school, an eight-year-old boy interpreted for her. "
    "The Coventry review after the death of Daniel Pelka warned that a child whose carers control "
    "what professionals hear can go unseen in plain sight; Dovydas was that child at St Guthlac's, "
    "where he was David, and Gabija was too young to be heard at all. No one asked the State "
    "Child Rights Protection and Adoption Service in Vilnius what was known of Dovydas's "
    "early years with his grandmother.",

    "Two men were central to Gabija's life and neither was assessed. Liam's drinking was known to "
    "the police and to the family's neighbours on the Ravendyke caravans, and Mr Iliev was never "
    "seen by any professional; his name was written as Tsvetan, Tzvetan and Цветан Илиев in four "
    "records, so no check across agencies linked him to the GLAA visit. The national review that "
    "followed the deaths of Arthur Labinjo-Hughes and Star Hobson asked practitioners to find out "
    "who the adults in a child's household are; here the answer was in the records of three "
    "agencies.",

    "Ravendyke Farm was at once Gabija's home, her father's workplace and a caravan site. Open water "
    "lay within reach of every caravan door. The Internal Drainage Board maintains Scaldgate Drain "
    "and put up the DANGER DEEP WATER sign, but it is not a safeguarding partner and its staff had "
    "never been told that a toddler lived at Gull Hurn Drove. No assessment asked who watched "
    "Gabija at harvest, when her father worked sixteen-hour days and the women of the family worked "
    "shifts at Fenmarrow.",

    "The Child and Family Assessment saw the children together, with Svetla present, and closed to "
    "Early Help in June, just before the harvest began. Lord Laming's report into the death of "
    "Victoria Climbié set out why a child must be seen and spoken with alone. Practitioners at "
    "Ostler's Yard were thoughtful and kind, but they accepted an account of the household that "
    "no one had tested with Mr Stennard, with Tsvetan or with Nanna Mo.",
]

LEARNING = [
    "Families who work on the land come and go with the seasons, and Gabija's care followed the "
    "Fenmarrow shift pattern and the harvest at Ravendyke Farm. In summer Rūta worked nights, Liam "
    "drove the John Deere until dark, and the children were minded by whoever was in the next "
    "caravan: Daiva, Svetla or Nanna Mo. Professionals saw none of this because they visited in "
    "office hours and did not ask. The agencies also used different initials for the same people "
    "(G.S., GS, L.S. and R.V.), which hid that the police, the GP and the 0-19 service knew the "
    "same family. Practitioners should ask at every contact who looks after the child while each "
    "carer works, including adults known only by a first name such as Tsetso, and whether a worker "
    "on the Seasonal Worker visa or the EU Settlement Scheme is living in the same caravan.",

    "Rūta Vaitkienė's voice reached agencies through Liam, through Keith Stennard, through Google "
    "Translate and through her son. A partner, a grandparent or a child is never an interpreter; "
    "Language Line was available to every agency and was used once. Cultural knowledge that was in "
    "the records (Baba Marta, the Kūčios supper on Christmas Eve, the family's Catholic faith and "
    "Rūta giving up alcohol during Lent) was treated as colour, not as a way into a conversation "
    "with Dovydas about home. The lessons of Daniel Pelka and of Victoria Climbié were known and "
    "not applied in Hurnby Fen. Dr Down at Marsh Lane Surgery and staff at the school recorded Mr Iliev's "
    "presence without asking who he was.",

    "Drowning is a leading cause of accidental death in children under five, and the Fens have "
    "miles of open drains with steep banks beside homes, farmyards and caravans. Water safety was "
    "not part of any contact with the family, although the health visitor had noted the dyke by "
    "the caravan step and the farm lies between Scaldgate Drain and the Hurnby pumping station. The "
    "Royal Life Saving Society and the NSPCC publish advice for parents that was not offered in "
    "Lithuanian.",

    "Information about exploitation at Fenmarrow Fresh Produce held by the Gangmasters and Labour "
    "Abuse Authority and by the police was not connected with what the school knew about Tsetso. "
    "Concerns raised through the National Referral Mechanism should prompt a question about the "
    "children living with the adults named, as the Child Safeguarding Practice Review Panel and "
    "Working Together to Safeguard Children 2018 both expect.",
]

RECOMMENDATIONS = [
    ("The 0-19 service should use Language Line for every contact with a parent whose first "
     "language is not English, never a partner such as Liam Stennard or a child such as Dovydas, "
     "and should complete the Edinburgh Postnatal Depression Scale in the parent's own language",
     "Practice standard reissued; audit of 40 records of families speaking Lithuanian or "
     "Bulgarian at six months",
     "Head of the 0-19 Service", "31-03-2024"),
    ("The partnership should agree with the Internal Drainage Board, the Gangmasters and Labour "
     "Abuse Authority and farms with caravan sites such as Ravendyke Farm a water safety check for "
     "every caravan where a child under five lives, so that no child is left beside open water as "
     "Gabija was at Hurnby Fen",
     "Joint protocol with the drainage boards and the GLAA; leaflet in Lithuanian and Bulgarian; "
     "checks logged by the Early Help team",
     "Partnership Business Manager", "30-06-2024"),
    ("Children's social care should complete the Graded Care Profile 2 and see each child alone "
     "in any assessment where a new partner, such as Tsvetan Iliev at Ostler's Yard, has not been "
     "seen, and should record the DASH risk checklist history of every adult in the household",
     "Practice standard issued; dip sample of Child and Family Assessments each quarter",
     "Head of Service, Assessment", "31-01-2024"),
]

HEADER = ("RESTRICTED: CSPR-2023-11, Child T (Gabija STENNARD, born 09/06/2021), agency report "
          "draft for the Sedgeholme practitioner event")

FOOTER = ("Family key: Caravan 6, Ravendyke Farm, PE12 7ZW; mother's mobile 07700 900417; "
          "farm landline 01632 960238; Dovis and Gabby to be anonymised")

COMMENT = ("Check with Mrs Easter: the school roll still says David Vaitkus. The mother's "
           "Facebook name is 'Rūtelė Vaitk' and Mr Iliev posts as @tsetso_fenboy. She signs "
           "as Ru\u0304ta on her phone (Ruta Vaitkiene in the police system); her friend "
           "Jankauskiene has left for Kaunas.")

FOOTNOTE = ("Police reference LP-22-0319-0417. Dates of birth from the key: mother 22.11.1996, "
            "father 03-02-1994. The GP record spells the child 'Gabia Stenard'; Tsvetan's sister "
            "also appears as Svetla Ilieva, and neither she nor Wilf Halgarth is in the key. "
            "Keith's wife Maureen is 'Nanna Mo' throughout; the Stennards farm about 400 acres; "
            "T.I. and D.V. are the initials used in the school chronology.")

IDENTIFIERS = {
    "key_name": ["Gabija Stennard", "Gabija", "Gabija's", "Rūta Vaitkienė", "Rūta", "Rūta's",
                 "Vaitkienė", "Liam Stennard", "Liam", "Liam's", "Stennard", "Stennard's",
                 "Stennards", "Keith Stennard", "Keith", "Keith's", "Dovydas Vaitkus",
                 "Dovydas", "Vaitkus", "Tsvetan Iliev", "Tsvetan", "Tsvetan's", "Iliev",
                 "Mr Iliev's"],
    "ascii_spelling": ["Ruta", "Ruta Vaitkiene", "Gabyte"],
    "misspelling": ["Gabia", "Gabia Stenard", "Stenard", "Tzvetan", "Iliyev", "Mrs Kolev"],
    "gendered_surname": ["Ilieva"],
    "nickname": ["Gabby", "Gabytė", "Rūtelė", "Dovis", "David", "David Vaitkus", "Tsetso",
                 "Nanna Mo"],
    "foreign_script": ["Цветан Илиев", "Цветан"],
    "initials": ["G.S.", "GS", "L.S.", "R.V.", "T.I.", "D.V."],
    "not_in_key": ["Maureen Stennard", "Maureen", "Daiva Jankauskienė", "Jankauskiene", "Daiva",
                   "Daiva's", "Mindaugas", "Svetla Koleva", "Svetla", "Wilf Halgarth",
                   "Mr Halgarth"],
    "staff_name": ["Hollie Reeve", "Ms Reeve", "Precious Banks", "Ms Banks", "Owen Lent",
                   "DC Owen Lent", "Ann Easter", "Mrs Easter", "Tobias Down", "Dr Down"],
    "address": ["Caravan 6, Ravendyke Farm", "Ravendyke Farm", "Ravendyke", "Gull Hurn Drove",
                "Flat 2, 17 Ostler's Yard", "Ostler's Yard"],
    "place": ["Hurnby Fen", "Hurnby", "Sedgeholme", "Scaldgate Drain", "Scaldgate"],
    "postcode": ["PE12 7ZW", "PE11 3TG", "PE11"],
    "agency_place": ["Hurnby Fen St Guthlac's CE Primary", "St Guthlac's", "Marsh Lane Surgery",
                     "Fenmarrow Fresh Produce", "Fenmarrow"],
    "number": ["07700 900417", "01632 960238", "999 041 2287", "LP-22-0319-0417"],
    "vehicle": ["FY67 WDK"],
    "date_of_birth": ["9 June 2021", "09/06/2021", "17.01.2015", "22.11.1996", "03-02-1994"],
    "online": ["ruta.v96@example.org", "@tsetso_fenboy", "Rūtelė Vaitk"],
}

ORDINARY = [
    "during Lent", "Easter holidays", "Down syndrome", "steep banks", "Baba Marta", "Kūčios",
    "Addenbrooke's Hospital", "Pilgrim Hospital", "NSPCC", "Lincs & Notts Air Ambulance",
    "Royal Life Saving Society", "Children Act 1989", "Modern Slavery Act 2015",
    "Working Together to Safeguard Children 2018", "Victoria Climbié", "Daniel Pelka",
    "Star Hobson", "Lord Laming", "Graded Care Profile 2", "DASH risk checklist",
    "Edinburgh Postnatal Depression Scale", "Vilnius", "Plovdiv", "Google Translate",
    "John Deere", "Language Line", "lurcher", "Staffordshire bull terrier", "Year 3",
    "Gangmasters and Labour Abuse Authority", "National Referral Mechanism",
    "EU Settlement Scheme", "Seasonal Worker visa", "Internal Drainage Board",
    "DANGER DEEP WATER", "NO FURTHER ACTION", "Designated Safeguarding Lead",
    "Detective Sergeant", "Christmas Eve", "Child Safeguarding Practice Review Panel",
]

CASE = HeldOut(
    "CSPR-2023-11", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header=HEADER, footer=FOOTER, comment=COMMENT, footnote=FOOTNOTE,
)
