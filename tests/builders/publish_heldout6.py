"""A sixth held-back case, written independently of the anonymiser's code and of the
other held-back cases: its figures are run once, at the end, and never tuned on. Every
name, place and number is invented."""

from __future__ import annotations

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "HB-2019-02"
review = "Child Safeguarding Practice Review"
subject = "Child P"
period = { from = "01-04-2016", to = "31-10-2018" }
board = "Kennetside Safeguarding Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police", "TVP"]

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC"]

[[agencies]]
name = "Health Visiting Service"
aliases = ["HV"]

[[agencies]]
name = "Saxon Mill Surgery"
published_as = "the GP practice"

[[agencies]]
name = "Foxmoor Primary School"

[[people]]
name = "Kacey-Jo Pellowe"
role = "Child"
pseudonym = "Child P"
born = "17-05-2016"
address = "Flat 7, 22 Teasel Close, Tilehurst, RG30 4PW"

[[people]]
name = "Shannon Pellowe"
aliases = ["Shan"]
role = "Mother"
pseudonym = "Mother"
born = "02-03-1994"
address = "Flat 7, 22 Teasel Close, Tilehurst, RG30 4PW"

[[people]]
name = "Mihály Szűcs"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Nathan Oakes"
role = "Mother's partner"
pseudonym = "Mother's partner"

[[people]]
name = "May Pellowe"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"

[[people]]
name = "Ivy Pellowe"
role = "Sibling"
pseudonym = "Sibling 1"

[[staff]]
name = "Nadia Green"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Diane Carter"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Tom Fisher"
role = "Family Support Worker"
agency = "Children's Social Care"

[[staff]]
name = "Rhodri Baptiste"
role = "GP"
agency = "Saxon Mill Surgery"
"""

IDENTIFIERS = {
    "key_name": ["Kacey-Jo", "Pellowe", "Shannon", "Shan", "Mihály", "Mihaly", "Szűcs", "Szucs",
                 "Nathan", "Oakes", "May said", "Nanna May", "Ivy said", "Ivy's",
                 "Nadia", "Diane", "Rhodri", "Baptiste", "Pellow"],
    "nickname": ["Shazza", "Nate", "Chopper", "Misi", "Bubba"],
    "initials": ["K-J", "K.J.P.", "KJP", "N.O.", "S.P."],
    "not_in_key": ["Kerensa", "Doreen", "Ashworth-Kaye", "Precious", "Adeyemi",
                   "Haddad", "Siân", "Llewelyn", "Marchetti", "Jowan"],
    "address": ["Teasel Close", "Tilehurst", "Quarry Terrace", "Calcot",
                "Marlstone Mews", "Saltash"],
    "postcode": ["RG30 4PW", "RG30", "4PW", "RG31 6DY"],
    "agency_place": ["Saxon Mill", "Foxmoor", "Pipkins", "Kingsmead"],
    "number": ["0118 945 3621", "07700 900 842", "943 476 5919",
               "shan.pellowe94@example.co.uk", "PY 61 48 27 C"],
    "date_of_birth": ["17 May 2016", "02.03.1994"],
}
# Ordinary phrases the published documents must keep.
ORDINARY = [
    "in May 2017", "may not have", "NO LONE VISITS", "DC", "Fisher-Price", "rated green",
    "overgrown with ivy", "Victoria Climbié", "Star Hobson", "Children Act 1989",
    "Section 17", "Section 47", "Initial Child Protection Conference", "core group",
    "strategy meeting", "MARAC", "DASH", "CAMHS", "Early Help", "NSPCC", "Calpol",
    "WhatsApp", "Diwali", "Bonfire Night", "Royal Berkshire Hospital", "Prospect Park",
    "Public Law Outline", "Working Together to Safeguard Children",
    "Signs of Safety", "October 2018",
]

INVOLVEMENT = [
    "Shannon Pellowe registered Kacey-Jo at Saxon Mill Surgery in June 2016, three weeks "
    "after the birth at the Royal Berkshire Hospital. She gave her address as Flat 7, "
    "22 Teasel Close, Tilehurst, RG30 4PW, and said she had moved there from 5 Quarry "
    "Terrace, Calcot, to be nearer her sister Kerensa.",
    "Nadia Green, the health visitor, completed the new birth visit. She noted that the "
    "back garden was overgrown with ivy and strewn with broken glass, and that the baby "
    "slept in a Fisher-Price bouncer. Nadia discussed safe sleep with the mother, who "
    "said she was 'managing fine'.",
    "Nathan Oakes, known to everyone on the estate as 'Chopper', moved in during the "
    "autumn. He told the health visitor he was only 'Nate, a friend of Shan's', "
    "and gave his address as 11 Marlstone Mews, RG31 6DY. His mobile number, "
    "07700 900 842, was later found on the police system linked to a MARAC referral "
    "from a previous relationship.",
    "On Bonfire Night a neighbour, Mrs Doreen Ashworth-Kaye, rang 0118 945 3621 to "
    "report shouting and a baby screaming. She said it was 'not the first time'. "
    "A DC from the Child Abuse Investigation Unit and PC Marchetti attended; the DASH "
    "risk assessment was scored as standard.",
    "Mihály Szűcs, the father, lived in Reading and had little contact. He appears on "
    "the Police system as Mihaly SZUCS; his brother called "
    "him Misi. He was never invited to the Initial Child Protection Conference.",
    "Diane Carter, the allocated social worker, visited on 14 November 2016. The duty "
    "log carried the warning NO LONE VISITS after Mr Oakes threatened a previous worker. "
    "She saw K-J asleep and did not ask to see her undressed; the strategy meeting "
    "was not reconvened.",
    "Ivy Pellowe, the older sister, attended Foxmoor Primary School. Ivy said to her "
    "teacher that 'Chopper shouts at Bubba', the family's name for the baby. Ivy's "
    "class teacher passed this to the designated safeguarding lead, who emailed CSC.",
    "Shannon's mother, May Pellowe, lives in Saltash and rang the duty team in May 2017. "
    "May said she had seen bruises on the baby's ear over WhatsApp video. Nanna May, as "
    "the children called her, offered to have both girls to stay at Diwali.",
    "The GP, Dr Rhodri Baptiste, saw Kacey-Jo with a cold and advised Calpol. The "
    "practice record gives the date of birth as 17 May 2016, the NHS number as "
    "943 476 5919, and the mother's date of birth as 02.03.1994, with her NI number "
    "PY 61 48 27 C and email shan.pellowe94@example.co.uk.",
    "K.J.P. attended Pipkins Day Nursery two mornings a week from March 2018, and the "
    "family were also seen at Kingsmead Children's Centre. A friend of the mother, "
    "Precious Adeyemi, sometimes collected her; the landlord, Mr Haddad, had reported "
    "damp in the flat.",
]
ANALYSIS = [
    "Professionals took S.P. at her word. Shazza, as her friends knew her, presented "
    "well, and her account may not have been tested against what Ivy said at school. "
    "The risk was rated green at the Early Help panel.",
    "The role of N.O. was never explored. As the Victoria Climbié inquiry and the review "
    "into the death of Star Hobson both found, the adult who is 'only a friend' is "
    "often the one who matters. Ms Pellow, as one record spells it, was not asked.",
    "Siân Llewelyn, the nursery key worker, noticed a bruise in October 2018 and "
    "recorded it, but KJP's bruise was not referred under Section 47 until the aunt's "
    "partner, Jowan, rang the NSPCC helpline.",
]
LEARNING = [
    "Learning: staff at the surgery did not ask Shannon who else lived at Teasel "
    "Close, and the core group did not include Foxmoor, the nursery or the father, "
    "Mihály Szűcs.",
    "Practitioners should follow Working Together to Safeguard Children and use Signs "
    "of Safety mapping with the whole household: Nathan Oakes was never seen by CAMHS "
    "or the adult services that knew him, and no Section 17 assessment of Kacey-Jo was "
    "completed before the Public Law Outline was considered under the Children Act "
    "1989.",
    "A walk with both girls in Prospect Park, which Tom Fisher arranged, was the "
    "only time a worker saw the children away from Tilehurst.",
]
RECOMMENDATIONS = [
    ("Saxon Mill Surgery and Pipkins Day Nursery must record every adult in the household, "
     "such as Mr Oakes, and share it with the health visitor",
     "Add a household question to registration and admission forms", "Practice Manager",
     "31-03-2019"),
    ("CSC must search the Police system for every spelling of a parent's name, as with "
     "Szűcs and Szucs",
     "Brief duty staff on name searches", "Head of Service", "30-06-2019"),
]

SIXTH = HeldOut(
    "HB-2019-02", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report: Kacey-Jo Pellowe, RG30 4PW",
    footer="Queries to the author: nadia.green@example.org",
    comment="Ask Shan whether Chopper still stays at Marlstone Mews",
    footnote="Nanna May's account, given by phone from Saltash.")
