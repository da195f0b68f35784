"""Held-back publication case 34, written blind (without reading the anonymiser or the other
held-back cases): a baby injured by her mother's partner in a south Shropshire village, her
mother a 17-year-old care leaver. Every person, address, number and local
service is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "SSCP-CSPR-2024-07"

CASE_TOML = """\
reference = "SSCP-CSPR-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-04-2023", to = "31-01-2024" }
board = "Shropshire Safeguarding Community Partnership"

[[agencies]]
name = "West Mercia Police"
aliases = ["WMP", "Police", "West Mercia"]

[[agencies]]
name = "Shropshire Council Children's Social Care"
aliases = ["CSC", "Children's Social Care", "Children's Services"]

[[agencies]]
name = "Shropshire Council Leaving Care Service"
aliases = ["Leaving Care Team", "LCT", "Care Leavers Service"]

[[agencies]]
name = "Church Stretton 0-19 Team (Shropshire Community Health NHS Trust)"
aliases = ["Church Stretton 0-19 Team", "Stretton HV team", "Health Visiting"]
published_as = "the health visiting service"

[[agencies]]
name = "Shropshire Family Nurse Partnership"
aliases = ["FNP"]

[[agencies]]
name = "Burway Surgery"
aliases = ["Burway", "Burway Surgery, Church Stretton"]
published_as = "the GP practice"

[[agencies]]
name = "Shrewsbury and Telford Hospital NHS Trust"
aliases = ["SaTH", "Maternity", "Community Midwifery"]

[[people]]
name = "Ffion Mottram"
aliases = ["Ffion", "Ffi", "FM"]
role = "Child"
pseudonym = "Child R"
born = "28-10-2023"
address = "Flat 3, Kestrel House, Ragleth Road, Hope Edworth, Church Stretton, SY6 7QN"

[[people]]
name = "Kacie-Leigh Mottram"
aliases = ["Kacie-Leigh", "Kacie", "KM"]
role = "Mother"
pseudonym = "Mother"
born = "19-05-2006"
address = "Flat 3, Kestrel House, Ragleth Road, Hope Edworth, Church Stretton, SY6 7QN"

[[people]]
name = "Corey Tranter"
aliases = ["Corey", "Coz", "CT"]
role = "Mother's partner"
pseudonym = "Adult B"
born = "02-03-2000"
address = "2 Quarry Cottages, Hope Edworth, Church Stretton, SY6 7RB"

[[people]]
name = "Jake Lamb"
aliases = ["Jake"]
role = "Father"
pseudonym = "Father"
born = "11-12-2004"

[[staff]]
name = "Gail Shepherd"
code = "HV1"
role = "Health Visitor"
agency = "Church Stretton 0-19 Team (Shropshire Community Health NHS Trust)"

[[staff]]
name = "Helen Frost"
code = "GP1"
role = "General Practitioner"
agency = "Burway Surgery"

[[staff]]
name = "Carys Meredith"
code = "MW1"
role = "Community Midwife"
agency = "Shrewsbury and Telford Hospital NHS Trust"

[[staff]]
name = "Tomasz Wiśniewski"
code = "PA1"
role = "Personal Adviser"
agency = "Shropshire Council Leaving Care Service"

[[staff]]
name = "Niamh O'Callaghan"
code = "FN1"
role = "Family Nurse"
agency = "Shropshire Family Nurse Partnership"
"""

IDENTIFIERS = {
    "key_name": [
        "Ffion Mottram", "Ffion", "Ffion's", "Kacie-Leigh Mottram", "Kacie-Leigh",
        "Kacie-Leigh’s", "Kacie", "Kacie's", "Ms Mottram", "Mottram", "Corey Tranter", "Corey",
        "Corey's", "Mr Tranter", "Tranter", "Jake Lamb", "Mr Lamb", "Jake",
    ],
    "nickname": ["Ffi", "Fifi", "Coz"],
    "misspelling": ["Kacey", "Fion", "Corey Trantor"],
    "initials": ["K.M.", "KM", "C.T.", "F.M."],
    "not_in_key": [
        "Nan Bev", "Bev", "Beverley Mottram", "Sandra Tranter", "Sandra", "Siân Prosser",
        "Siân", "Sian", "Mr Gittins", "Gittins", "Lacey", "Rhys Bebb", "Bebb",
    ],
    "staff_name": [
        "Gail Shepherd", "Gail", "Ms Shepherd", "Dr Helen Frost", "Helen Frost", "Dr Frost",
        "Carys Meredith", "Carys", "Ms Meredith", "Tomasz Wiśniewski", "Tomasz", "Wiśniewski",
        "Mr Wisniewski", "Wisniewski", "Niamh O'Callaghan", "Niamh", "Ms O’Callaghan",
        "O'Callaghan's",
    ],
    "address": [
        "Flat 3, Kestrel House", "Kestrel House", "Ragleth Road", "2 Quarry Cottages",
        "Quarry Cottages",
    ],
    "place": ["Hope Edworth", "Church Stretton", "Stretton"],
    "postcode": ["SY6 7QN", "SY6 7RB", "SY6", "SY67QN"],
    "agency_place": ["Burway Surgery", "Burway", "Church Stretton 0-19 Team"],
    "number": [
        "07700 900417", "01632 960518", "999 271 4480", "WU16 HKE", "22/04471/24",
    ],
    "email": ["kacieleigh06@example.org"],
    "social_media": ["@coz_tranter23", "coz_tranter23"],
    "date_of_birth": [
        "28/10/2023", "28 October 2023", "19/05/2006", "19.05.2006", "02-03-2000",
    ],
}

ORDINARY = [
    "German Shepherd", "overnight frost", "CT scan", "lambing season", "in the hope that",
    "Church of England", "Birmingham Children's Hospital", "Royal Shrewsbury Hospital",
    "Princess Royal Hospital", "Working Together to Safeguard Children 2023",
    "Children (Leaving Care) Act 2000", "section 47", "Family Nurse Partnership", "ICON",
    "The Lullaby Trust", "Christmas Eve", "Boxing Day", "The Myth of Invisible Men",
    "Child Safeguarding Practice Review Panel", "Police Scotland", "DASH risk checklist",
    "MASH", "Edinburgh Postnatal Depression Scale", "Ehlers-Danlos syndrome",
    "Menkes disease", "Calpol", "Snapchat", "WhatsApp", "Year 11", "West Mercia Police",
    "Universal Credit", "Care Leaver Covenant", "Staying Put", "Pathway Plan",
    "Arthur Labinjo-Hughes", "Star Hobson", "NHS 111", "999 call", "NO FURTHER ACTION",
    "Bruising in Non-Mobile Infants",
]

INVOLVEMENT = [
    "Kacie-Leigh Mottram (date of birth 19/05/2006) booked with the community midwife, Carys "
    "Meredith, at Burway Surgery on 18/04/2023, at eleven weeks of pregnancy. She was 16 and a "
    "looked after child; she had left school at the end of Year 11 and in March 2023 had moved "
    "from her foster placement with Siân Prosser to a semi-independent flat at Flat 3, Kestrel "
    "House, Ragleth Road, Hope Edworth, Church Stretton SY6 7QN. She named the baby's father as "
    "Jake Lamb, then 18, and said that the relationship was over and Mr Lamb had moved away. Ms "
    "Meredith asked the routine enquiry questions about domestic abuse while Kacie was alone and "
    "recorded no concerns. She referred Kacie-Leigh to the Family Nurse Partnership the same day "
    "and gave her the ICON leaflet and safe sleep advice from The Lullaby Trust.",

    "Family nurse Niamh O'Callaghan first visited on 09/05/2023 and then fortnightly. In August "
    "2023 Kacie told her about a new boyfriend, Corey Tranter (date of birth 02-03-2000), whom "
    "she had met on Snapchat, where he used the name @coz_tranter23 (coz_tranter23 on his other accounts). He was 23, lived with his "
    "mother Sandra Tranter at 2 Quarry Cottages, Hope Edworth (SY6 7RB) and worked on a sheep "
    "farm in the valley, where he said he had been kept busy through the lambing season. Ms "
    "O’Callaghan saw Corey twice at the flat; each time he stayed in the kitchen with his German "
    "Shepherd and took no part in the visit. His date of birth and his place in the household were "
    "not recorded in the FNP record and no checks were asked for. The Edinburgh Postnatal "
    "Depression Scale completed at 36 weeks scored 11 and Niamh planned to repeat it after the "
    "birth.",

    "Kacie-Leigh’s personal adviser in the Leaving Care Team, Tomasz Wiśniewski, reviewed her "
    "Pathway Plan on 21/09/2023. He recorded that 'Coz' was staying most nights at Kestrel House, "
    "which the licence for the flat did not allow, and that Kacie's Universal Credit had been "
    "sanctioned after a missed appointment. Kacie asked whether she could go back to Siân under a "
    "Staying Put arrangement once the baby was born; Mr Wisniewski explained that Staying Put is "
    "for young people who remain with their foster carer after they turn 18, and that Sian had "
    "taken another placement. Under the Children (Leaving Care) Act 2000 Kacie was a relevant "
    "child. The plan described Corey as 'supportive', nobody spoke to him, and Tomasz's note was "
    "not shared with the family nurse or the midwife. The email address the team held for "
    "Kacie-Leigh, kacieleigh06@example.org, was also given to the FNP.",

    "Ffion Mottram (Child R) was born at the Princess Royal Hospital on 28/10/2023 at 39 weeks. "
    "The discharge summary to Burway gave her NHS number as 999 271 4480 and her address as "
    "Kestrel House (written SY67QN). Ms O'Callaghan made the new birth visit on 09/11/2023; Corey "
    "held Ffion while the nurse talked to Kacie about crying, but the ICON messages were not "
    "discussed with him. On 20/11/2023 Kacie's mother, Beverley Mottram, whom the family calls "
    "Nan Bev, telephoned the Leaving Care Team from 01632 960518 to say that 'Corey has a temper "
    "and Kacie is too frightened to say so'. A duty worker logged the call and passed it to "
    "Tomasz, who was on leave; nobody rang Bev back.",

    "On 12/12/2023 Dr Helen Frost saw Ffion at Burway Surgery for her six to eight week check. She "
    "recorded a 1cm bruise behind the left ear; Kacie said that Fifi had caught it on the buckle "
    "of her car seat in Corey's Vauxhall Corsa (WU16 HKE). The surgery's record spells the "
    "mother's name Kacey and the baby's Fion. Dr Frost did not follow the Bruising in Non-Mobile "
    "Infants protocol, did not refer to the MASH and did not tell the health visiting service. "
    "The family nurse had begun sick leave on 04/12/2023 and the family was covered by health "
    "visitor Gail Shepherd of the Church Stretton 0-19 Team, who had not met them.",

    "On Christmas Eve Tomasz visited the flat with a hamper funded through the Care Leaver "
    "Covenant. He recorded that Ffion cried throughout, that K.M. looked exhausted and that C.T. "
    "said 'she never stops, she does it on purpose'. On Boxing Day Kacie rang NHS 111 because Ffi "
    "had vomited twice after a feed; she was told to give Calpol only for a temperature and to see "
    "the GP if the vomiting went on. Gail arranged a home visit for 03/01/2024, which was "
    "cancelled when an overnight frost left the lane up to Hope Edworth impassable; she rearranged "
    "it for 16/01/2024 by WhatsApp message to 07700 900417. The message was read but not "
    "answered.",

    "At 06:40 on 14/01/2024 Corey made a 999 call to say that Ffion was floppy and not breathing "
    "properly. She was taken to the Royal Shrewsbury Hospital, where a CT scan showed bilateral "
    "subdural haematomas, and was transferred to Birmingham Children's Hospital, where retinal "
    "haemorrhages and healing fractures of two posterior ribs were found. A strategy discussion "
    "was held that afternoon and section 47 enquiries began. DC Rhys Bebb of West Mercia Police "
    "arrested Mr Tranter at Kestrel House under crime reference 22/04471/24; his account was that "
    "Ffion had choked on her bottle. A neighbour, Mr Gittins, told DC Bebb that he had heard a man "
    "shouting through the wall at night since November, and Kacie's friend Lacey said that Coz "
    "would not let anyone else hold the baby. Ehlers-Danlos syndrome, Menkes disease and other "
    "medical causes were excluded by the child protection medical.",
]

ANALYSIS = [
    "No agency treated Corey Tranter as one of Ffion's carers, although he stayed at Kestrel House "
    "most nights from August 2023 and was there at the new birth visit. This is the pattern the "
    "Child Safeguarding Practice Review Panel described in The Myth of Invisible Men: the man in "
    "the household is seen but not assessed, and his history is never asked for. Nobody asked "
    "West Mercia Police or Police Scotland about him before the injury; after it, Police "
    "Scotland disclosed that Mr Tranter had been the subject of a DASH risk checklist, graded "
    "medium, after an incident with a former partner in 2021, recorded as NO FURTHER ACTION.",

    "Each agency held part of the picture and none held all of it. The Leaving Care Team knew "
    "from September that Corey was living at the flat and, from Nan Bev's call, that Kacie-Leigh "
    "was frightened of his temper; the FNP knew he was present but not who he was; the midwife, "
    "whose notes call the mother only KM, had only asked about Jake. Working Together to Safeguard Children 2023 expects agencies to "
    "share such information without waiting to be asked, and the national review of the murders "
    "of Arthur Labinjo-Hughes and Star Hobson found the same failure to put together what "
    "relatives and professionals each knew.",

    "The bruise that Dr Frost saw on 12/12/2023 was a sentinel injury. Ffion was six weeks old and "
    "not mobile; the Bruising in Non-Mobile Infants protocol requires a same-day referral to the "
    "MASH and a paediatric assessment, whatever explanation is given. Dr Helen Frost told the "
    "author that the explanation of the car seat buckle seemed plausible and that Ms Mottram "
    "seemed devoted to Fifi. Had the protocol been followed, the skeletal survey that later "
    "found healing rib fractures would probably have been done a month earlier.",

    "Rural isolation and staffing shaped what happened over Christmas. The family nurse's sick "
    "leave was covered by a health visitor who had never met the family; the only visit planned "
    "before the injury fell to an overnight frost; and Ms Shepherd sent a WhatsApp message in the "
    "hope that Kacie would reply, rather than asking the personal adviser, who had seen the "
    "family on Christmas Eve, to visit again. Kacie had told the FNP that she wanted Ffion "
    "christened in the Church of England and had asked the vicar at Hope Edworth for help with "
    "baby clothes, but no professional asked who else she could turn to.",
]

LEARNING = [
    "Men who live in or stay at a baby's home must be seen, named and assessed. Corey Tranter "
    "held Ffion at the new birth visit, kept his German Shepherd at Kestrel House and drove "
    "Kacie-Leigh and Ffion to appointments in his Vauxhall Corsa, yet no health record gave his "
    "date of birth (02-03-2000) or asked what he did when the baby cried. The Family Nurse "
    "Partnership delivers ICON to mothers; Coz, who had spent the lambing season working long "
    "nights on a farm, was never given it. The lesson of The Myth of Invisible Men, and of the "
    "review of Arthur Labinjo-Hughes and Star Hobson, applies to partners who are not the "
    "baby's father as much as to fathers such as Mr Lamb.",

    "A care leaver who becomes a mother at 17 still has a corporate parent. Kacie-Leigh Mottram's "
    "Pathway Plan did not mention her baby's safety, and the concern that Nan Bev raised on "
    "20/11/2023 was never shared with the FNP, the GP or health visiting. The Children (Leaving "
    "Care) Act 2000, the Care Leaver Covenant and Working Together to Safeguard Children 2023 all "
    "expect the leaving care service to act as a good parent would: Tomasz Wiśniewski knew that "
    "Kacie was isolated, that her Universal Credit had been stopped and that she could not go back "
    "to Siân Prosser under Staying Put, and her call to NHS 111 on Boxing Day showed how few "
    "people she could ask for help.",

    "A bruise on a baby who is not yet mobile is never ordinary. The GP practice now has the "
    "Bruising in Non-Mobile Infants protocol as an alert on its clinical system; the learning for "
    "Dr Frost and her colleagues is that a plausible account from a tired mother does not replace a "
    "referral, and that the baby's whole household, not only the parent in the room, must be "
    "considered. The CT scan and skeletal survey in January showed that F.M. had been hurt "
    "before 12/12/2023.",

    "Plans that rely on one visit in winter are fragile in a village such as Hope Edworth. When "
    "the visit of 03/01/2024 was lost to an overnight frost, the health visitor relied on "
    "WhatsApp; a telephone call to Kacie, to the personal adviser or to the FNP's manager might "
    "have brought Ffion to a professional's notice before 14/01/2024. The neighbour Mr Gittins and "
    "Kacie's friend Lacey both knew more than any agency did, and the message that "
    "anyone may ring with a worry had never reached them.",
]

RECOMMENDATIONS = [
    ("The Family Nurse Partnership and the Church Stretton 0-19 Team should record the name, date "
     "of birth and role of every adult who lives in or often stays at a baby's home, as Corey "
     "Tranter did at Kestrel House, and should give the ICON programme to fathers and partners as "
     "well as to mothers",
     "Amend the FNP and health visiting record templates; audit twenty records of new births for "
     "partners' details and ICON",
     "Head of Children's Community Nursing", "30-09-2024"),
    ("The Leaving Care Service should share with health visiting, the FNP and the GP practice "
     "what it knows about a partner who stays with a care leaver who is a parent, as Tomasz "
     "Wiśniewski knew about C.T. from September 2023, and should review the Pathway Plan of every "
     "young parent within 28 days of the birth",
     "Add a parenting and household section to the Pathway Plan; briefing for all personal advisers",
     "Service Manager, Leaving Care", "31-07-2024"),
    ("Burway Surgery should make sure that every GP and practice nurse follows the Bruising in "
     "Non-Mobile Infants protocol, so that a bruise such as the one Dr Helen Frost saw on Ffion "
     "leads to a referral to the MASH on the same day",
     "Practice learning session; protocol alert on the clinical system; audit of referrals",
     "Named GP for Safeguarding", "31-05-2024"),
]

CASE = HeldOut(
    REFERENCE,
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="Agency Report: Ffion Mottram (Child R), Kestrel House, SY6 7QN. RESTRICTED",
    footer="Author's copy for Gail Shepherd and Dr Frost, Burway Surgery. 01632 960518",
    comment="Check with Tomasz whether Corey Trantor (sic) had his own key to the flat at "
            "Ragleth Road, and whether Sandra knew he was staying there.",
    footnote="K.M. was born on 19.05.2006; Ffion was born on 28 October 2023 (NHS number "
             "999 271 4480). Contact through Niamh O'Callaghan's caseload.",
)
