"""Held-back publication case 54, written blind (without sight of the anonymiser): a
Welsh-medium secondary pupil in a valleys town harmed by her mother's partner, with coercive
control of the mother, in bilingual agency reports. Every name, place and number is invented.
"""

from tests.builders.publish_heldout import HeldOut

_CASE_TOML = """\
reference = "MRSB-CPR-2024-03"
review = "Child Practice Review"
subject = "Child H"
period = { from = "01-09-2022", to = "31-03-2024" }
board = "Morlais Regional Safeguarding Board"
decision = "11-03-2024"

[[agencies]]
name = "Morlais Police"
aliases = ["Heddlu Morlais", "Police", "Public Protection Unit"]

[[agencies]]
name = "Morlais County Borough Council Children's Services"
aliases = ["Gwasanaethau Plant Morlais", "Children's Services", "CSC"]

[[agencies]]
name = "Bryniau University Health Board Health Visiting Service"
aliases = ["Health Visiting", "Bwrdd Iechyd Prifysgol Bryniau", "HV"]

[[agencies]]
name = "Ysgol Gyfun Cwm Rhedyn"
aliases = ["YGCR", "Cwm Rhedyn School"]
published_as = "the secondary school"

[[agencies]]
name = "Meddygfa Tŷ Derwen"
aliases = ["Tŷ Derwen Surgery", "Ty Derwen Surgery", "Meddygfa Ty Derwen"]

[[agencies]]
name = "Flying Start Nantyrhedyn"
aliases = ["Cylch Meithrin Cwtsh Bach"]
published_as = "the Flying Start setting"

[[agencies]]
name = "Cysgod Domestic Abuse Service"
aliases = ["Cysgod IDVA Service", "Cysgod"]

[[people]]
name = "Efa Gwenllian Prosser"
aliases = ["Efa", "Efs", "EGP", "E.G.P.", "Efa Prosser", "Eva Prosser"]
role = "Child"
pseudonym = "Child H"
sex = "female"
born = "14-03-2010"
address = "27 Teras Bryn Hyfryd, Nantyrhedyn, CF49 7QX"
lives_with = ["Siân Elisabeth Prosser", "Osian Dale Turberville"]

[[people]]
name = "Siân Elisabeth Prosser"
aliases = ["Siân", "Sian", "Siân Prosser", "Sian Prosser", "S.E.P."]
role = "Mother"
pseudonym = "Mother"
sex = "female"
born = "02-11-1988"
address = "27 Teras Bryn Hyfryd, Nantyrhedyn, CF49 7QX"
mother_of = ["Efa Gwenllian Prosser", "Osian Dale Turberville"]
partner_of = [{ name = "Ashley Kristian Turberville", from = "01-06-2019" }]
lives_with = ["Efa Gwenllian Prosser", "Osian Dale Turberville"]

[[people]]
name = "Ashley Kristian Turberville"
aliases = ["Ashley", "Ash", "Turbs", "Mr Turberville", "AKT", "Ashley Turbeville"]
role = "Mother's partner"
pseudonym = "Partner"
sex = "male"
born = "23-08-1986"
address = "9 Clos Tŷ Gwyn, Abercarnedd, CF49 3HW"
father_of = ["Osian Dale Turberville"]

[[people]]
name = "Osian Dale Turberville"
aliases = ["Osian", "Osh", "ODT", "Osian Turberville"]
role = "Sibling"
pseudonym = "Sibling"
sex = "male"
born = "19-07-2021"
address = "27 Teras Bryn Hyfryd, Nantyrhedyn, CF49 7QX"

[[people]]
name = "Geraint Mathias"
aliases = ["Mr Mathias"]
role = "Father"
pseudonym = "Father"
sex = "male"
born = "30-04-1985"
father_of = ["Efa Gwenllian Prosser"]

[[staff]]
name = "Rhiannon Pennant"
code = "SW1"
role = "Social Worker"
agency = "Morlais County Borough Council Children's Services"

[[staff]]
name = "Nerys Cadwaladr-Hughes"
code = "HV1"
role = "Flying Start Health Visitor"
agency = "Bryniau University Health Board Health Visiting Service"

[[staff]]
name = "Lleucu Young"
code = "GP1"
role = "General Practitioner"
agency = "Meddygfa Tŷ Derwen"

[[staff]]
name = "Tomos Ellery"
code = "DC1"
role = "Detective Constable"
agency = "Morlais Police"

[[staff]]
name = "Iestyn Beynon"
code = "DSP1"
role = "Designated Safeguarding Person"
agency = "Ysgol Gyfun Cwm Rhedyn"
"""

_IDENTIFIERS = {
    "key_name": [
        "Efa Gwenllian Prosser", "Efa Prosser", "Efa", "Efa's", "Eva Prosser",
        "Siân Elisabeth Prosser", "Siân Prosser", "Siân Prosser's", "Sian Prosser", "Siân",
        "Siân's", "Sian", "Ashley Kristian Turberville", "Ashley Turbeville", "Ashley",
        "Mr Turberville", "Mr Turberville's", "Osian Turberville", "Osian", "Osian's",
        "Geraint Mathias",
    ],
    "nickname": ["Efs", "Ash", "Turbs", "Osh"],
    "initials": ["E.G.P.", "EGP", "E.P.", "S.E.P.", "AKT", "ODT"],
    "staff_name": [
        "Rhiannon Pennant", "Ms Pennant", "Nerys Cadwaladr-Hughes", "Nerys",
        "Dr Lleucu Young", "Dr Young", "Dr Young's", "DC Tomos Ellery", "DC Ellery",
        "DC Ellery's", "Iestyn Beynon", "Mr Beynon",
    ],
    "staff_initials": ["RP", "NC-H"],
    "not_in_key": [
        "Mamgu Glenys", "Glenys Bowen", "Glenys", "Meinir Vaughan", "Mrs Vaughan",
        "Miss Ffion Daniel", "Miss Daniel", "Ffion", "Zoë Okafor-Reece", "Zoe Okafor-Reece",
        "Zoë", "Cadi Lloyd-Jenkins", "Cadi", "Mrs Lloyd-Jenkins", "Jordan Turberville",
        "Bleddyn Holt", "DS Holt", "DS Holt's",
    ],
    "address": [
        "27 Teras Bryn Hyfryd", "Teras Bryn Hyfryd", "Bryn Hyfryd Terrace",
        "9 Clos Tŷ Gwyn", "Clos Ty Gwyn",
    ],
    "town": ["Nantyrhedyn", "Nant-yr-Hedyn", "Abercarnedd", "Cwm Rhedyn"],
    "postcode": ["CF49 7QX", "CF49 3HW", "CF49", "7QX", "3HW"],
    "agency_place": [
        "Ysgol Gyfun Cwm Rhedyn", "YGCR", "Meddygfa Tŷ Derwen", "Meddygfa Ty Derwen",
        "Tŷ Derwen Surgery", "Ysgol Gynradd Glan Hedyn", "Cylch Meithrin Cwtsh Bach",
        "Cwtsh Bach", "Flying Start Nantyrhedyn",
    ],
    "local_place": ["Colliers Arms"],
    "number": ["07700 900417", "01632 960582", "62/11874/22", "999 047 2281"],
    "date_of_birth": ["14/03/2010", "02/11/1988", "23/08/1986", "19.07.2021"],
    "email": ["siansprosser88@example.org"],
    "social_media": ["@efa.rhosyn10", "turbs_86"],
}

_ORDINARY = [
    "Child Practice Review", "All Wales Child Protection Procedures",
    "Wales Safeguarding Procedures", "Social Services and Well-being (Wales) Act 2014",
    "Serious Crime Act 2015", "Clare's Law", "Operation Encompass", "MARAC", "IDVA",
    "SafeLives DASH", "Ask and Act", "Flying Start", "Mudiad Meithrin", "Urdd Eisteddfod",
    "Mwy na geiriau", "Active Offer", "Achieving Best Evidence", "Care Inspectorate Wales",
    "Estyn", "Children's Commissioner for Wales", "Welsh Women's Aid", "Live Fear Free",
    "NSPCC Cymru", "Meic", "Noah's Ark Children's Hospital for Wales", "Logan Mwangi",
    "Daniel Pelka", "Clywch", "Life360", "Snapchat", "XL Bully", "Osgood-Schlatter disease",
    "young carers", "Dydd Gŵyl Dewi", "Santes Dwynwen", "Year 9", "Detective Sergeant",
    "OFFICIAL-SENSITIVE", "Tenerife", "999 call",
]

_INVOLVEMENT = [
    "Efa Gwenllian Prosser (E.G.P.), born 14/03/2010, lived with her mother Siân Elisabeth "
    "Prosser (S.E.P., born 02/11/1988), her mother's partner Ashley Kristian Turberville "
    "(AKT, born 23/08/1986) and her half-brother Osian Turberville (ODT, born 19.07.2021) at "
    "27 Teras Bryn Hyfryd, Nantyrhedyn, CF49 7QX. Efa was a Year 9 pupil at Ysgol Gyfun Cwm "
    "Rhedyn, having moved up from Ysgol Gynradd Glan Hedyn. Cymraeg is the language of her "
    "mother's family, and Efa spoke Welsh with her grandmother, Mamgu Glenys (Glenys Bowen), "
    "who lives in the upper part of Nant-yr-Hedyn and is not in the family key. Efa's "
    "father, Geraint Mathias, has had no contact since 2016. The household was registered at "
    "Meddygfa Tŷ Derwen, and from September 2023 Osian had a Flying Start childcare place at "
    "Cylch Meithrin Cwtsh Bach, a setting affiliated to Mudiad Meithrin.",

    "On 14/10/2022 at 23:40 a neighbour, Mrs Meinir Vaughan, made a 999 call after hearing "
    "shouting and a door slam at Bryn Hyfryd Terrace. DC Tomos Ellery attended with a "
    "colleague. Siân told officers in Welsh 'dim byd, dim ond dadl' (nothing, only an "
    "argument), and the colleague, who does not speak Welsh, recorded 'no issues'. The "
    "SafeLives DASH was asked with Mr Turberville in the room and scored 6, standard risk. "
    "Ashley Turbeville (as the log spells him), known locally as Ash or Turbs, was described "
    "as 'calm and polite'. Crime reference 62/11874/22 was later linked to this call. An "
    "Operation Encompass notice went to Ysgol Gyfun Cwm Rhedyn the next morning, but to a "
    "general inbox, and Mr Iestyn Beynon, the Designated Safeguarding Person, read it on the "
    "following Wednesday.",

    "On 09/01/2023 Efa attended Meddygfa Ty Derwen with her mother because of knee pain after "
    "netball. Dr Lleucu Young diagnosed Osgood-Schlatter disease and recorded 'yellowing "
    "bruise L upper arm, Mum says netball'; Efa was not seen alone and was not asked about "
    "it. On 26/01/2023 Sian Prosser saw Dr Young about low mood and poor sleep. She said her "
    "partner 'sorts the money', likes to know where she is through Life360 and had taken her "
    "bank card 'to help'. Dr Young prescribed sertraline and handed over the Live Fear Free "
    "leaflet but did not ask directly about abuse; the practice had not yet taken up Ask and "
    "Act training. The surgery (01632 960582) added a safeguarding alert to Efa's record, "
    "NHS number 999 047 2281, only in February 2024.",

    "Nerys Cadwaladr-Hughes (NC-H), the Flying Start health visitor, saw Osian at home on "
    "03/03/2023 for his developmental review. Mr Turberville answered each question while an "
    "XL Bully, shut in the kitchen, barked throughout. Siân had missed the Flying Start "
    "Nantyrhedyn group's Dydd Gŵyl Dewi session because, she said, 'Ash had the car'. Nerys "
    "recorded 'Mam anxious, partner present throughout, routine enquiry not possible' and "
    "planned a clinic appointment that was never offered. In November 2023 Nerys noted that "
    "Efa, not her mother, collected Osh from Cwtsh Bach most days and that Efs 'does bath and "
    "bed'. The school was not told, and no young carers assessment was offered.",

    "In April 2023 Mamgu Glenys made a Clare's Law 'right to ask' application, and on "
    "12/05/2023 a disclosure was made to Siân at the police station: Mr Turberville had a "
    "caution for assaulting a previous partner. Siân stayed in the relationship. Soon "
    "afterwards Mr Turberville booked Tenerife for the week of the Urdd Eisteddfod, for which "
    "Efa had qualified in solo recitation. On the last day of term Efa told her form tutor, "
    "Miss Ffion Daniel, 'Dw i ddim eisiau mynd adre' (I don't want to go home), and Miss "
    "Daniel wrote 'upset about missing the Eisteddfod' in the pastoral log under E.P. In "
    "June 2023 Glenys Bowen told the school office that she was no longer allowed to see the "
    "children.",

    "On 25/01/2024, the night of Santes Dwynwen, Mrs Vaughan called the police again after Mr "
    "Turberville came home from the Colliers Arms. Officers found Siân with marks to her "
    "neck; she said he had held her against the wall after finding a message on her phone. "
    "He was arrested. The DASH, asked this time away from him, was high risk, and the case "
    "was heard at the MARAC on 08/02/2024. Zoë Okafor-Reece, IDVA with the domestic abuse "
    "service, was allocated; she could reach Siân only on 07700 900417 while Mr Turberville "
    "was at work, because he read every email sent to siansprosser88@example.org. He was "
    "bailed to 9 Clos Tŷ Gwyn, Abercarnedd, CF49 3HW, the home of his brother Jordan "
    "Turberville. The MARAC minutes, marked OFFICIAL-SENSITIVE, set an action for the Flying "
    "Start health visitor but none for the school, which was not invited; nobody at the MARAC "
    "asked about Efa.",

    "On Monday 19/02/2024, after half term, Efa showed Miss Daniel fingertip bruising on her "
    "forearm and said in Welsh 'Mae e'n brifo fi a Mam' (he hurts me and Mam). She said Turbs "
    "had come back to the house at night, in breach of his bail to Clos Ty Gwyn, and grabbed "
    "her when she tried to stop him taking Mam's phone, and that he messaged her on Snapchat "
    "from turbs_86 to her account @efa.rhosyn10. Mr Beynon rang Children's Services at 10:15. "
    "The social worker, Rhiannon Pennant (RP), held a strategy discussion that afternoon with "
    "Detective Sergeant Bleddyn Holt under the All Wales Child Protection Procedures, as now "
    "set out in the Wales Safeguarding Procedures. Efa's Achieving Best Evidence interview was "
    "held in English because no Welsh-speaking interviewer was free, and DS Holt's note calls "
    "her account 'brief'. A child protection medical at the Noah's Ark Children's Hospital "
    "for Wales found bruising consistent with what she said. Efa and Osian went to stay with "
    "Glenys. Her friend Cadi Lloyd-Jenkins had already told her own mother, Mrs "
    "Lloyd-Jenkins, that Efa was frightened to go home.",
]

_ANALYSIS = [
    "Across the review period each agency saw part of what section 76 of the Serious Crime "
    "Act 2015 calls controlling or coercive behaviour: Mr Turberville's hold over the money, "
    "the car, Siân's phone through Life360, her mother's visits and Efa's Eisteddfod. No "
    "agency put the parts together. The October 2022 DASH was asked in front of him; the GP "
    "and the Flying Start health visitor each saw that Siân was anxious and never alone, and "
    "each meant to ask later. Welsh Women's Aid has long warned that a standard-risk score "
    "taken with the abuser in the room tells practitioners very little.",

    "Efa's voice was heard late, and in the wrong language. She told Miss Ffion Daniel twice, "
    "in Welsh, that home was not safe; the first time it was logged as upset about a trip. "
    "Her ABE interview was in English. Mwy na geiriau, the Welsh Government's framework for "
    "the Welsh language in health and social care, and the Active Offer expect a child to be "
    "offered a service in Welsh without having to ask for it. The Clywch inquiry by the "
    "Children's Commissioner for Wales called for adults in schools who listen; the Child "
    "Practice Review after the death of Logan Mwangi, like the review into the death of "
    "Daniel Pelka in England, found that a child's own words were not sought.",

    "Information about domestic abuse reached the school late or not at all. The Operation "
    "Encompass notice of October 2022 sat in a general inbox for days. The MARAC of February "
    "2024 did not invite Ysgol Gyfun Cwm Rhedyn although it knew that a Year 9 girl lived in "
    "the house, and its only action for a child was for Osian's health visitor; the school's "
    "file for EGP was not asked for. Had YGCR been present, Mr Beynon could have told the "
    "meeting that Efa was caring for her brother and that Mamgu Glenys had been stopped from "
    "visiting. The IDVA's own notes (Zoe Okafor-Reece) record that she asked for the school "
    "to be invited and was told it was not the practice.",

    "Efa was a young carer in all but name. Nerys Cadwaladr-Hughes saw it in November 2023, "
    "and Dr Young saw a girl of twelve brought by her mother with an unexplained bruise; "
    "neither saw Efa alone. The October 2022 police referral to Children's Services was "
    "closed with no further action, and the screening did not weigh the XL Bully kept in "
    "the kitchen, which Efa later said Mr Turberville used to frighten her mother.",
]

_LEARNING = [
    "Beth ddysgon ni / What we learnt. First, coercive control of a mother is harm to her "
    "children. Had the agencies shared what each knew about Siân Prosser and Mr Turberville, "
    "the risk to Efa Prosser and Osian at 27 Teras Bryn Hyfryd, Nantyrhedyn, would have been "
    "seen by the spring of 2023, when the Clare's Law disclosure was made. The Social "
    "Services and Well-being (Wales) Act 2014 and the All Wales Child Protection Procedures "
    "ask every practitioner to report a child at risk, not only the one who sees an injury. "
    "The IDVA, Zoë, knew a thirteen-year-old lived in the house; Meddygfa Tŷ Derwen knew "
    "about the bruise; the Flying Start team knew who did bath and bed.",

    "Second, a Welsh-speaking child must be able to tell us in Welsh. Efa, 'Efs' to her "
    "friends, said what was happening twice in Cymraeg at Ysgol Gyfun Cwm Rhedyn and once to "
    "Cadi, and each time an adult wrote it down in English and it lost its weight. Estyn and "
    "Care Inspectorate Wales both expect the Active Offer to reach safeguarding, not only "
    "lessons. Third, Ask and Act: routine enquiry must be made with the woman alone, and the "
    "Live Fear Free helpline and NSPCC Cymru offered only where it is safe. Eva Prosser, as "
    "one school record spells her, should not have had to show her bruises to be believed.",

    "The school's Designated Safeguarding Person now checks the Operation Encompass inbox "
    "before registration, and Year 9 tutors have been reminded that Meic and Childline are "
    "there for pupils in Welsh and in English. Mr Beynon and Ms Pennant presented the case "
    "at the regional Child Practice Review learning event.",

    "For health, Tŷ Derwen Surgery now offers every child over twelve time alone at each "
    "appointment, a change Dr Young's partners agreed in March 2024. DC Ellery's force has "
    "changed its guidance so that the SafeLives DASH is asked only when the suspect is out of "
    "the room, as Welsh Women's Aid advised after the Santes Dwynwen incident.",
]

_RECOMMENDATIONS = [
    ("Ysgol Gyfun Cwm Rhedyn reads every Operation Encompass notice before 09:00 on the next "
     "school day, so that no child such as E.G.P. waits days for help",
     "The Designated Safeguarding Person or deputy checks the secure inbox daily; the log is "
     "audited each term", "Headteacher", "31-07-2024"),
    ("Meddygfa Tŷ Derwen trains every clinician in Ask and Act, so that a patient in Siân "
     "Prosser's position is asked about abuse alone and offered Live Fear Free",
     "Whole-practice Ask and Act training; audit of twenty records", "Practice Manager",
     "30-09-2024"),
    ("The MARAC invites the school of every child in the household, as it did not for Efa "
     "in Nantyrhedyn, with an IDVA who speaks Welsh offered under the Active Offer",
     "MARAC referral form amended; a Welsh-speaking IDVA recruited", "MARAC Chair",
     "31-10-2024"),
]

CASE = HeldOut(
    "MRSB-CPR-2024-03",
    _CASE_TOML,
    _IDENTIFIERS,
    _ORDINARY,
    _INVOLVEMENT,
    _ANALYSIS,
    _LEARNING,
    _RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | Child Practice Review | Efa Prosser (EGP), Ysgol Gyfun Cwm "
           "Rhedyn",
    footer="Panel draft only. Family address: 27 Teras Bryn Hyfryd, Nantyrhedyn, CF49 7QX; "
           "tel 07700 900417",
    comment="RP to confirm with Mamgu Glenys whether Osh was at Cwtsh Bach on 19/02/2024",
    footnote="From DC Ellery's statement (crime reference 62/11874/22) and the Tŷ Derwen "
             "Surgery record of 09/01/2023.",
)
