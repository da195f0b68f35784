"""A held-back case written by the engineer tuning the loss side, BEFORE its text was run
through the anonymiser or the gate: the ordinary phrases a real published review carries
(NHS bodies, national services, legislation and guidance, reviews of named children,
assessment tools, brands and apps, festivals, breeds, eponymous conditions, ranks and
acronyms, alerts in capitals, school years, clock times) beside a family whose names and
initials collide with them. Its first run is reported as it came; it is tuning material
after that. Every name, place and number is invented."""

from __future__ import annotations

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "SH-2023-05"
review = "Child Safeguarding Practice Review"
subject = "Child L"
period = { from = "01-03-2021", to = "28-02-2023" }
board = "Fellbeck Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC"]

[[agencies]]
name = "Health Visiting Service"
aliases = ["HV"]

[[agencies]]
name = "Thornbury Road Surgery"
published_as = "the GP practice"

[[agencies]]
name = "St Aidan's CE Primary School"

[[people]]
name = "Lily-Rose Hargreaves"
role = "Child"
pseudonym = "Child L"
born = "09-08-2020"
address = "14 Tarnside Close, Fellbeck, LA9 7RW"

[[people]]
name = "Kelly Hargreaves"
aliases = ["Kel"]
role = "Mother"
pseudonym = "Mother"
born = "21-11-1998"
address = "14 Tarnside Close, Fellbeck, LA9 7RW"

[[people]]
name = "Darren Mills"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Jordan Price"
role = "Mother's partner"
pseudonym = "Mother's partner"
address = "Flat 3, Ghyll House, Sedgemoor Lane, LA9 4DP"

[[people]]
name = "Pearl Hargreaves"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"

[[people]]
name = "Summer Mills"
role = "Sibling"
pseudonym = "Sibling 1"

[[staff]]
name = "Hannah Wood"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Claire Bishop"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Andrew Fox"
role = "Police Sergeant"
agency = "Thames Valley Police"

[[staff]]
name = "Imran Patel"
role = "GP"
agency = "Thornbury Road Surgery"

[[staff]]
name = "Sarah King"
role = "Designated Safeguarding Lead"
agency = "St Aidan's CE Primary School"
"""

IDENTIFIERS = {
    "key_name": ["Lily-Rose", "Hargreaves", "Kelly", "Kel", "Darren", "Jordan", "Pearl",
                 "Summer Mills", "Summer said", "Hannah", "Claire", "Imran", "Patel",
                 "Sarah", "Hargreave's", "Jordan's"],
    "nickname": ["Lils", "Jojo"],
    "initials": ["LRH", "L-R", "K.H.", "DM said"],
    "not_in_key": ["Tyrone", "Okafor", "Gemma Lund", "Brannigan", "Wiktoria", "Zielińska"],
    # Not the town, Fellbeck: the board is named after it, on every page it publishes.
    "address": ["Tarnside Close", "Ghyll House", "Sedgemoor Lane", "Beckside Rise"],
    "postcode": ["LA9 7RW", "LA9 4DP", "7RW"],
    "agency_place": ["Thornbury Road", "St Aidan's", "Brackenfield"],
    "number": ["07700 900 361", "612 448 9075", "kelly.h98@example.com", "lils_rose20"],
    "date_of_birth": ["21/11/1998", "9th August 2020"],
}

ORDINARY = [
    # NHS bodies and hospitals by their published names
    "Royal Lancaster Infirmary", "University Hospitals of Morecambe Bay NHS Foundation Trust",
    "North West Ambulance Service", "Royal Manchester Children's Hospital",
    "Alder Hey", "NHS 111",
    # national services and charities
    "Home-Start", "Women's Aid", "Citizens Advice", "the NSPCC", "Childline",
    "referred to Relate", "Young Carers",
    # legislation and guidance
    "Section 47 of the Children Act 1989", "Domestic Abuse Act 2021",
    "Working Together to Safeguard Children 2018", "Keeping Children Safe in Education",
    # reviews and the children they are named after
    "Arthur Labinjo-Hughes", "Star Hobson", "The Myth of Invisible Men",
    "Child Safeguarding Practice Review Panel",
    # assessment tools
    "Graded Care Profile 2", "DASH risk assessment", "Edinburgh Postnatal Depression Scale",
    "Brook Traffic Light Tool", "ASQ-3",
    # brands and apps
    "Snapchat", "WhatsApp", "PlayStation", "Calpol", "Aldi", "Ring doorbell",
    # festivals and days
    "Christmas Eve", "New Year's Day", "Eid al-Fitr", "Mother's Day", "Halloween",
    # breeds
    "Staffordshire Bull Terrier", "XL Bully",
    # eponymous conditions
    "Down syndrome", "Crohn's disease", "Ehlers-Danlos syndrome", "Apgar score",
    # ranks and acronyms
    "Sgt", "DCI", "PCSO", "MASH", "LADO", "SENCO", "IDVA", "EHCP", "a DM on Instagram",
    # alerts in capitals
    "NO LONE WORKING AT THIS ADDRESS", "DO NOT DISCHARGE WITHOUT SOCIAL CARE",
    "WAS NOT BROUGHT",
    # school years, times and ordinary words the key's names share
    "Year 1", "Reception class", "Key Stage 1", "at 7.45 PM", "11:30pm",
    "the summer holidays", "a frank discussion", "the price of gas", "pearl earrings",
]

INVOLVEMENT = [
    "Hannah Wood (Health Visitor) first saw Kelly Hargreaves and Lily-Rose at 14 Tarnside "
    "Close, Fellbeck, LA9 7RW when the baby was eleven days old. Kelly scored 16 on the "
    "Edinburgh Postnatal Depression Scale and was given the number for NHS 111 and "
    "Home-Start. Lily-Rose had been born at the Royal Lancaster Infirmary with a good "
    "Apgar score.",
    "Kelly, known to her friends as Kel, told the health visitor that the baby's father, "
    "Darren Mills, had left in the summer holidays and that money was short; she was "
    "referred to Citizens Advice and, at her own request, referred to Relate with Darren. "
    "The ASQ-3 at nine months was within range.",
    "Jordan Price, whom Kelly called Jojo, moved in before Christmas Eve 2021. He kept a "
    "flat at Flat 3, Ghyll House, Sedgemoor Lane, LA9 4DP, and an XL Bully and a "
    "Staffordshire Bull Terrier at the house. His mobile was 07700 900 361.",
    "On New Year's Day a neighbour, Mr Tyrone Okafor, called the police. Sgt Andrew Fox "
    "and a PCSO attended at 7.45 PM; Jordan's Ring doorbell showed him pushing Kelly. "
    "The DASH risk assessment was scored as high and the address was flagged NO LONE "
    "WORKING AT THIS ADDRESS. A referral to Women's Aid and an IDVA followed.",
    "Claire Bishop (Social Worker) held a strategy discussion under Section 47 of the "
    "Children Act 1989 after the MASH received the police notification. K.H. said she "
    "had ended the relationship; the Graded Care Profile 2 was not completed.",
    "Pearl Hargreaves, the maternal grandmother, wore the pearl earrings her late husband "
    "gave her and told the social worker she had Lily-Rose most weekends. Summer Mills, "
    "Darren's older daughter, was a young carer for him and had been referred to Young "
    "Carers; Summer said her dad had Crohn's disease.",
    "Lily-Rose, whom the family called Lils, started in the Reception class at St Aidan's "
    "CE Primary School a year early for her nursery place. Sarah King, the designated "
    "safeguarding lead, noted that LRH was often late and hungry and that the price of "
    "gas was a worry at home. Her cousin in Year 1 was on an EHCP and the SENCO knew "
    "the family.",
    "Kelly's friend Gemma Lund, who lived at Beckside Rise, told the school that Jordan had "
    "sent Kelly a DM on Instagram and that L-R had shown her a video on Snapchat. The "
    "school passed this to the LADO, as Jordan worked at the Aldi depot where the "
    "manager, Mr Brannigan, ran a youth football team. The child's account was "
    "snapchat: lils_rose20.",
    "Dr Imran Patel at Thornbury Road Surgery saw Lily-Rose with a burn on Halloween. "
    "Kelly said she had pulled a mug of tea over; he advised Calpol, and his letter "
    "to the health visitor went to the wrong Brackenfield practice. Patel said he had "
    "not been told of the police call-out.",
    "On Mother's Day 2022 the North West Ambulance Service took Lily-Rose to the Royal "
    "Lancaster Infirmary and she was transferred to the Royal Manchester Children's "
    "Hospital, where a fracture was found. The ward alert read DO NOT DISCHARGE WITHOUT "
    "SOCIAL CARE. The DCI in charge, and a Polish interpreter, Wiktoria Zielińska, were "
    "present when Kelly was told at 11:30pm.",
    "Kelly's NHS number was 612 448 9075 and her email kelly.h98@example.com; her date "
    "of birth was given as 21/11/1998 and the child's as 9th August 2020. DM said he "
    "had not seen his daughter since Eid al-Fitr, when he took Summer and Lily-Rose to a "
    "friend's house with a PlayStation.",
]
ANALYSIS = [
    "As in the national reviews of Arthur Labinjo-Hughes and Star Hobson, the adult who "
    "had most care of the child was the one least seen. The Child Safeguarding Practice "
    "Review Panel's report The Myth of Invisible Men describes this pattern: Jordan "
    "Price was never spoken to by health, and Hargreave's partner was recorded only as "
    "'partner'.",
    "Three appointments at the community paediatric clinic were recorded as WAS NOT "
    "BROUGHT. A frank discussion with Kelly about neglect, using the Brook Traffic Light "
    "Tool for the older girl's online contact, might have led to a referral to the NSPCC "
    "or Childline advice for Summer.",
    "The mother had Ehlers-Danlos syndrome and her sister's child has Down syndrome; "
    "the panel heard that professionals too readily explained bruises by these "
    "conditions. University Hospitals of Morecambe Bay NHS Foundation Trust has since "
    "changed its bruising protocol; Alder Hey advised on the fracture.",
]
LEARNING = [
    "Learning: practitioners must apply the Domestic Abuse Act 2021 and ask about "
    "every adult in the household, as Hannah Wood did not ask about Jordan; the WhatsApp "
    "messages between Claire and the school were never put on the record.",
    "Schools must follow Keeping Children Safe in Education and Working Together to "
    "Safeguard Children 2018: the Key Stage 1 staff knew Lily-Rose was hungry, and the "
    "DSL did not escalate to CSC.",
]
RECOMMENDATIONS = [
    ("St Aidan's CE Primary School must record every late arrival and its reason, as it "
     "did not for Lily-Rose", "Audit late-arrival records", "Headteacher", "31-07-2023"),
    ("The police must tell health within 24 hours of a call-out such as the one to Tarnside "
     "Close", "Agree a notification protocol", "DCI, Public Protection", "30-09-2023"),
]

SELF_HELD = HeldOut(
    "SH-2023-05", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report: Lily-Rose Hargreaves, LA9 7RW",
    footer="Author: hannah.wood@example.org",
    comment="Ask Kel about Jojo and Gemma Lund",
    footnote="Pearl Hargreaves's account, given at Beckside Rise.")
