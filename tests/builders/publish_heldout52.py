"""Held-back publication case 52, written blind (without sight of the anonymiser): the sudden
unexpected death of a three-month-old baby while co-sleeping on a sofa, in an Irish Traveller
family on a council Traveller site in Bedfordshire. Every name, place, number and date in it is
invented."""

from tests.builders.publish_heldout import HeldOut

_CASE_TOML = """\
reference = "LCSPR-2025-11"
review = "Local Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-07-2024", to = "31-05-2025" }
board = "Bedfordshire Safeguarding Children Partnership"

[[agencies]]
name = "Bedfordshire Police"
aliases = ["Police", "Beds Police", "BP"]

[[agencies]]
name = "Central Bedfordshire Council Children's Services"
aliases = ["Children's Social Care", "CSC", "Children's Services"]

[[agencies]]
name = "Bedfordshire 0-19 Healthy Child Service"
aliases = ["Health Visiting", "HV", "0-19 Service"]

[[agencies]]
name = "Bedfordshire Hospitals NHS Foundation Trust"
aliases = ["Maternity Service", "BHFT", "Midwifery"]

[[agencies]]
name = "Kingfisher Mead Surgery"
aliases = ["Kingfisher Mead", "GP"]

[[agencies]]
name = "Harlingford Riverside Children's Centre"
aliases = ["Riverside Children's Centre", "Riverside CC"]
published_as = "the children's centre"

[[agencies]]
name = "Central Bedfordshire Council Gypsy and Traveller Service"
aliases = ["Traveller Service", "GTLO", "Site Management"]
published_as = "the council's Gypsy and Traveller service"

[[people]]
name = "Kathleen Róisín Ward"
aliases = ["Róisín", "Roisin", "Róisín Ward", "Rosie", "KRW"]
role = "Child"
pseudonym = "Child T"
born = "09-02-2025"
address = "Pitch 6, Furzebrook Lane Traveller Site, Harlingford, MK44 9XJ"

[[people]]
name = "Nóra Lanigan-Ward"
aliases = ["Nóra", "Nóra Ward", "Mrs Ward"]
role = "Mother"
pseudonym = "Mother"
born = "23-07-2004"
address = "Pitch 6, Furzebrook Lane Traveller Site, Harlingford, MK44 9XJ"

[[people]]
name = "Francis Ward"
aliases = ["Frankie", "Mr Ward"]
role = "Father"
pseudonym = "Father"
born = "14-11-2001"
address = "Pitch 6, Furzebrook Lane Traveller Site, Harlingford, MK44 9XJ"

[[people]]
name = "Bridget Ward"
aliases = ["Bridgie"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "30-04-2023"
address = "Pitch 6, Furzebrook Lane Traveller Site, Harlingford, MK44 9XJ"

[[people]]
name = "Margaret Lanigan"
aliases = ["Peg", "Nan Peg"]
role = "Maternal Grandmother"
pseudonym = "Maternal Grandmother"
born = "11-03-1969"
address = "Pitch 2, Furzebrook Lane Traveller Site, Harlingford, MK44 9XJ"

[[staff]]
name = "Ruth Ormond"
code = "HV1"
role = "Health Visitor"
agency = "Bedfordshire 0-19 Healthy Child Service"

[[staff]]
name = "Oonagh Treacy"
code = "MW1"
role = "Community Midwife"
agency = "Bedfordshire Hospitals NHS Foundation Trust"

[[staff]]
name = "Declan Fahy"
code = "GTLO1"
role = "Gypsy and Traveller Liaison Officer"
agency = "Central Bedfordshire Council Gypsy and Traveller Service"

[[staff]]
name = "Kerry Russell"
code = "DS1"
role = "Detective Sergeant"
agency = "Bedfordshire Police"

[[staff]]
name = "Priya Mandalia"
code = "SW1"
role = "Social Worker"
agency = "Central Bedfordshire Council Children's Services"
"""

# One occurrence of the baby's name below is written decomposed (o + combining acute), as
# text pasted from some case systems is: "Ro\u0301isi\u0301n".
_DECOMPOSED = "Ro\u0301isi\u0301n"

_INVOLVEMENT = [
    "Nóra Lanigan-Ward (Mother, DOB 23/07/2004) booked with the maternity service at 14 weeks "
    "on 22/08/2024. She and Francis Ward (Father, DOB 14/11/2001) were then living in a touring "
    "trailer on Pitch 6, Furzebrook Lane Traveller Site, Harlingford, MK44 9XJ, a council site "
    "of fourteen pitches known locally as the Brickfields. The community midwife, Oonagh "
    "Treacy (MW1), recorded that Nóra is an Irish Traveller, that she left school in Year 9 "
    "and that she asked for information to be explained to her rather than given as leaflets. "
    "Nóra's mother, Margaret Lanigan, known on the site as Nan Peg, lived on Pitch 2 and was "
    "named as her main support. The booking notes give the father as 'Frankie Ward', who was "
    "away working in the Republic of Ireland for much of the pregnancy, and one mobile number, "
    "07700 900417, for both parents; the maternity portal account set up for her "
    "(nora.laniganward@example.org) was never activated.",

    "Because of her age Nóra was offered the Family Nurse Partnership; she declined, saying "
    "she had 'Mammy and the women on the site'. At 36 weeks MW1 completed the Edinburgh "
    "Postnatal Depression Scale, which scored 11; this was discussed with Nóra but no referral "
    "was made and the score was not passed to the health visitor. Kathleen Róisín Ward was "
    "born at Bedford Hospital on 9th February 2025 at 38+4 weeks, with Apgar scores of 9 and "
    "10. Mrs Ward and Róisín spent two nights on the postnatal ward. The discharge checklist "
    "records safer sleep as 'discussed' and The Lullaby Trust leaflet as 'given'; there is no "
    "record of whether Norah (as the checklist spells her name) could read it, and no record "
    "that sleeping on a sofa, alcohol or smoking was spoken about. MW1 took the Guthrie card "
    "at home on day 5 and recorded that Bridgie, aged almost two, was 'into everything'.",

    "Ruth Ormond (HV1) completed the new birth visit in the trailer on Friday 21/02/2025. She "
    "recorded a Moses basket at the foot of the parents' bed, the family's Jack Russell under "
    "the table, Bridget Ward (Sibling 1, DOB 30/04/2023) present, and that the father, known "
    "to everyone as Sonny, was working away. The Graded Care Profile 2 was not used. Ms Ormond "
    "gave the 'ABC' safer sleep message and noted that the trailer was 'cramped but warm' and "
    "that Rosie sometimes 'drops off on Mammy on the settee' in the evenings; the risk of "
    "falling asleep with a baby on a sofa was not explored with either parent. HV1 could not "
    "reach Nóra on 07700 900417 for the 6-8 week review, and the appointment letter sent to "
    "Pitch 6 was returned by the site office (01632 960588) because post for the pitch went to "
    "Nan Peg; the review took place late, on Thursday 10/04/2025, at Kingfisher Mead Surgery.",

    "Róisín was registered at Kingfisher Mead on 25/02/2025 with NHS number 999 041 7733 and "
    "date of birth 09/02/2025. The receptionist first entered her as 'Rosheen Ward' and a "
    "second record, under Kathleen Ward (KRW), was found and merged only after her death. On "
    "Easter Monday, 21/04/2025, Nóra phoned NHS 111 about Róisín's cold (the call is logged "
    "under 'Roisin Ward, mother Nora Ward') and was told to see the GP; Dr Velji saw mother and "
    "baby the next morning, advised Calpol and fluids, and recorded 'mum smokes, advised'. "
    "Neither the practice nor the health visitor had recorded who else lived in the trailer, "
    "and in the GP record the father appears only as 'FW, works away'.",

    "The Gypsy and Traveller liaison officer, Declan Fahy (GTLO1), visited the site every "
    "week and knew the Ward family well. On Friday 02/05/2025, a visit brought forward because "
    "of the early May bank holiday, he helped Mrs Ward complete the form to move into a larger "
    "static caravan on Pitch 9. His note records that the trailer had been damp all winter, "
    "that Francis was home again, and that Frankie had been 'sleeping on the sofa with the "
    "baby to give Nóra a rest'. This was not shared with the 0-19 service or the surgery. Mr "
    "Fahy told the review that he had not thought of it as a safeguarding matter and that, in "
    "any case, he did not know whom he would have told.",

    "Harlingford Riverside Children's Centre had offered Bridgie a funded place at its "
    "stay-and-play, and ran a WhatsApp group for mothers on the site. During Safer Sleep Week, "
    "on 12/03/2025, the centre held a session at the site's community cabin: Nóra attended "
    "with Nan Peg and her cousin Josie McInerney, who read the leaflet aloud to her. The staff "
    "of the Riverside Children's Centre, who knew her as Nóra Ward, recorded the family's "
    "attendance as 'N.L-W. + baby + MGM' but did not record what was discussed, and the "
    "centre did not know that a health visitor was involved.",

    "On the night of Friday 16/05/2025, after a family engagement party at which both parents "
    "had been drinking, Mr Ward fell asleep on the sofa of the new static with Róisín on his "
    "chest. At about 04:40 Nóra found her unresponsive. A neighbour, Tommy Gaffney of Pitch 5, "
    "dialled 999 and began CPR; the ambulance crew took Róisín to Bedford Hospital, where she "
    "was declared dead at 05:52. The Joint Agency Response was started: Detective Sergeant "
    "Kerry Russell (DS1) and the on-call paediatrician, Dr Hesketh, visited the home together "
    "at 09:30. The police log BP-250517-0213, marked OFFICIAL-SENSITIVE, gives the address as "
    "'Pitch 6, Furzebrook Lane, MK449XJ' and the baby as 'Rosheen Ward (K.R.W.), 3 months'. "
    "DS Russell later confirmed the timeline from the mother's Facebook account, Nóra "
    "Lanigan Ward, from a video posted at 01:12 by the father's TikTok account "
    "@sonnyward_01, and from the memorial page Róisín's Angel Wings; the father's account to "
    "DS1 is filed under 'F.W.', and the ambulance crew's record spells the baby's name "
    "'Roisin', without its accents.",

    "Children's social care (Priya Mandalia, SW1) undertook a Section 47 enquiry in respect of "
    "Bridgie; the Multi-Agency Safeguarding Hub had no earlier record of the family, and the "
    "enquiry ended on 30/05/2025 with no further action. The Wards' parish priest, Fr "
    "Keaveney, and Nóra's uncle, Dinny Lanigan, asked the police on the family's behalf why "
    "the funeral could not be held within days; nobody had explained that the post-mortem "
    "examination would take place at Great Ormond Street Hospital. Mr Fahy passed on the "
    "number of The Lullaby Trust bereavement support line, and Uncle Dinny told the review "
    "that this was the first time anyone had explained to " + _DECOMPOSED + "'s parents what "
    "would happen next.",
]

_ANALYSIS = [
    "Safer sleep advice was given to the family but never tailored to them. The national "
    "Child Safeguarding Practice Review Panel's report Out of routine (2020) found that in "
    "most SUDI deaths parents had been told the advice and that what was missing was a plan "
    "for the nights when the usual routine breaks down: a party, alcohol, a parent who has "
    "been away. For Nóra and Francis Ward the 'Back to Sleep' message had been heard, but the "
    "danger of a sofa had not, and nobody asked where Róisín slept when the Moses basket was "
    "out of reach in a trailer of one room.",

    "Practitioners wrote about the Ward family as 'hard to reach' when the liaison officer saw "
    "them every week and the grandmother lived two pitches away. The duties of the council "
    "under the Caravan Sites Act 1968 and the Mobile Homes Act 1983 meant that Mr Fahy and the "
    "site office knew of the damp, the move to Pitch 9 and the post that never reached Pitch "
    "6. Guidance from Friends, Families and Travellers, the national charity based in "
    "Brighton, and the duty to make reasonable adjustments under the Equality Act 2010 both "
    "point to spoken information, repeated, and given by someone the family trusts.",

    "Information was held in four places and joined up in none. The EPDS score of 11, Nan "
    "Peg's role, the father's return and the sofa sleeping were each known to one agency. The "
    "lessons of the Victoria Climbié inquiry about small pieces of information held apart, "
    "and Working Together to Safeguard Children 2023, apply to universal services as much as "
    "to child protection; the Gypsy and Traveller liaison officer was not seen by anyone, "
    "himself included, as part of the network around a new baby. The father, Mr Ward, was "
    "never spoken to directly by any health professional.",

    "The response after the death was prompt and sensitive in most respects. The Joint Agency "
    "Response followed the Child Death Review: Statutory and Operational Guidance, DS Russell "
    "and Dr Hesketh visited together, and the notification reached CDOP within two working "
    "days. What went less well was explanation: the family, Fr Keaveney and Uncle Dinny heard "
    "about the post-mortem and its timing from one another rather than from a key worker.",
]

_LEARNING = [
    "Safer sleep advice to Nóra and Francis Ward was a leaflet and a tick box. For a mother "
    "who left school in Year 9 and found reading hard, The Lullaby Trust leaflet handed over "
    "on the postnatal ward meant little on its own. What would have helped was a conversation "
    "in the trailer on Pitch 6, with Frankie and Nan Peg present, about where Róisín really "
    "slept in the evenings and what the family would do on a night like the one after the "
    "party. The Back to Sleep message has been heard; the message about sofas, alcohol and "
    "smoking, which the Child Safeguarding Practice Review Panel set out in Out of routine, "
    "had not been, and the ICON programme's 'Babies cry, you can cope' was never mentioned. "
    "SUDI prevention must be a conversation with both parents, not a document.",

    "The Gypsy and Traveller liaison officer knew more about the Ward family's nights than any "
    "health professional did. Mr Fahy's note that Frankie slept on the sofa with the baby, "
    "made on the Friday before the early May bank holiday, never reached HV1 or Kingfisher "
    "Mead Surgery. Everyone who works on the Furzebrook Lane site should see the liaison "
    "officer as part of the network around a new baby, with a known route to the health "
    "visitor. Friends, Families and Travellers and the Equality Act 2010 both make the point "
    "that information must come in the way a family can use it: spoken, repeated, and from "
    "someone trusted, whether that is Nan Peg or the WhatsApp group the Riverside Children's "
    "Centre already ran for mothers in Harlingford.",

    "The Edinburgh Postnatal Depression Scale score and the Graded Care Profile 2 are tools, "
    "not outcomes: a score of 11 that stayed in the maternity notes, and a neglect tool never "
    "opened in a damp trailer, told nobody anything. The Family Nurse Partnership refusal, the "
    "returned letter and the two GP records for Kathleen Ward were each a small sign that the "
    "family's details were not where services expected them to be.",

    "Bereaved parents need one person to explain the child death review process. The "
    "National Child Mortality Database at the University of Bristol will receive the CDOP "
    "findings, but the Lanigan-Ward and Ward families, Fr Keaveney and Tommy Gaffney, who "
    "tried to save Róisín, needed someone to tell them in person why the post-mortem at Great "
    "Ormond Street Hospital took time, and to offer the bereavement support of The Lullaby "
    "Trust before it was passed on second-hand.",
]

_RECOMMENDATIONS = [
    ("The maternity service and the 0-19 service to replace the safer sleep tick box with a "
     "recorded safer sleep conversation held at home with both parents, covering sofas, "
     "alcohol, smoking and nights out of routine, and adapted for parents who do not read, as "
     "Nóra and Francis Ward needed; using The Lullaby Trust's resources and the ICON programme",
     "Revise the discharge checklist and the new birth visit template; audit 30 records",
     "Head of Midwifery and 0-19 Service Lead", "31-03-2026"),
    ("The council's Gypsy and Traveller Service to agree with the 0-19 service a written route "
     "by which the Gypsy and Traveller liaison officer shares concerns about babies on "
     "Furzebrook Lane Traveller Site and the other council sites with the health visitor, in "
     "line with Working Together to Safeguard Children 2023 and the advice of Friends, "
     "Families and Travellers",
     "Information-sharing protocol and joint briefing for site staff and health visitors",
     "Gypsy and Traveller Service Manager", "28-02-2026"),
    ("CDOP to make sure that bereaved families such as the Ward family are offered a named key "
     "worker and The Lullaby Trust's bereavement support within 48 hours, and that the Joint "
     "Agency Response explains the timing of a post-mortem in person",
     "Key worker standard added to the Joint Agency Response procedure",
     "Designated Doctor for Child Deaths", "31-01-2026"),
]

CASE = HeldOut(
    reference="LCSPR-2025-11",
    case_toml=_CASE_TOML,
    identifiers={
        "key_name": [
            "Kathleen Róisín Ward", "Róisín Ward", "Kathleen Ward", "Róisín", "Róisín's",
            "Nóra Lanigan-Ward", "Nóra Ward", "Nóra", "Nóra's", "Mrs Ward", "Lanigan-Ward",
            "Francis Ward", "Frankie Ward", "Francis", "Mr Ward", "Bridget Ward",
            "Margaret Lanigan", "Ward family", "Wards'",
        ],
        "ascii_spelling": ["Roisin Ward", "Roisin", "Nora Ward", "Nora"],
        "misspelling": ["Rosheen Ward", "Rosheen", "Norah"],
        "nickname": ["Rosie", "Frankie", "Sonny", "Bridgie", "Nan Peg", "Peg"],
        "initials": ["KRW", "K.R.W.", "N.L-W.", "FW", "F.W."],
        "not_in_key": [
            "Tommy Gaffney", "Josie McInerney", "Fr Keaveney", "Uncle Dinny", "Dinny Lanigan",
            "Dr Velji", "Dr Hesketh",
        ],
        "staff": [
            "Ruth Ormond", "Ms Ormond", "Oonagh Treacy", "Declan Fahy", "Mr Fahy",
            "Kerry Russell", "DS Russell", "Priya Mandalia",
        ],
        "address": [
            "Pitch 6", "Pitch 2", "Pitch 5", "Pitch 9", "Furzebrook Lane Traveller Site",
            "Furzebrook Lane", "Furzebrook", "Harlingford", "the Brickfields",
        ],
        "postcode": ["MK44 9XJ", "MK44", "9XJ", "MK449XJ"],
        "agency_place": [
            "Kingfisher Mead Surgery", "Kingfisher Mead",
            "Harlingford Riverside Children's Centre", "Riverside Children's Centre",
        ],
        "number": ["07700 900417", "01632 960588", "999 041 7733", "BP-250517-0213"],
        "email": ["nora.laniganward@example.org"],
        "date_of_birth": [
            "9th February 2025", "09/02/2025", "23/07/2004", "14/11/2001", "30/04/2023",
        ],
        "social_media": ["@sonnyward_01", "Róisín's Angel Wings", "Nóra Lanigan Ward"],
    },
    ordinary=[
        "The Lullaby Trust", "Out of routine", "Child Safeguarding Practice Review Panel",
        "Working Together to Safeguard Children 2023",
        "Child Death Review: Statutory and Operational Guidance", "Joint Agency Response",
        "SUDI", "CDOP", "Detective Sergeant", "Gypsy and Traveller liaison officer",
        "Friends, Families and Travellers", "Brighton", "Caravan Sites Act 1968",
        "Mobile Homes Act 1983", "Equality Act 2010", "Victoria Climbié",
        "Great Ormond Street Hospital", "Jack Russell", "Moses basket", "Back to Sleep",
        "postnatal ward", "Easter Monday", "early May bank holiday",
        "Edinburgh Postnatal Depression Scale", "Graded Care Profile 2", "Apgar",
        "Guthrie card", "Calpol", "WhatsApp", "TikTok", "Year 9", "OFFICIAL-SENSITIVE",
        "Family Nurse Partnership", "National Child Mortality Database", "Bristol", "NHS 111",
        "Republic of Ireland", "ICON", "Section 47", "Safer Sleep Week",
    ],
    involvement=_INVOLVEMENT,
    analysis=_ANALYSIS,
    learning=_LEARNING,
    recommendations=_RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | LCSPR-2025-11 | Róisín Ward (K.R.W.), DOB 09/02/2025",
    footer="Pitch 6, Furzebrook Lane Traveller Site, Harlingford MK44 9XJ | site office "
           "01632 960588",
    comment="Declan Fahy to confirm whether Nan Peg and Uncle Dinny still live on the "
            "Brickfields site before this is circulated.",
    footnote="Timeline confirmed by DS Russell on 19/05/2025 from Nóra Lanigan Ward's "
             "Facebook account and the page Róisín's Angel Wings.",
)
