"""A fourth held-back case, written by someone who did not tune the gate or the
anonymiser, independently of the third, and never run before the lead runs it once
against the final code. Every name, place and number is invented.

What it tries: a grandmother called May beside the months; a sibling called Robin
beside Robin Hood; a GP called Green beside a Green rating; a health visitor whose
initials are PC beside a PC; a social worker whose initials are CP beside a CP plan; a
mother whose initials are ST beside St John Ambulance; a father (MY) and partner (DO)
inside a sentence in capitals; a health visitor called Cross beside the British Red
Cross; a Turkish dotless i (Python's case-blind match takes 'Yıldırım' for 'Yildirim'
and 'YILDIRIM', so one entry stands for all three); apostrophes straight and curly
('Driscoll' stands for O'Driscoll, O’Driscoll and O'DRISCOLL, and catches a name cut
after the apostrophe); a postcode without its space; 'Gdns'; a school, nursery and
surgery that are agencies and a children's centre and infant school that are not."""

from __future__ import annotations

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "HB-2021-03"
review = "Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-09-2018", to = "31-03-2020" }
board = "Eastmarch Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police", "TVP"]

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC", "Children's Services"]

[[agencies]]
name = "Health Visiting Service"
aliases = ["HV"]

[[agencies]]
name = "Pinfold Medical Centre"

[[agencies]]
name = "Bumblebee Corner Nursery"
published_as = "the early years setting"

[[agencies]]
name = "Harrowden Vale Primary School"
aliases = ["Harrowden Vale"]

[[people]]
name = "Kacey-Leigh Treharne"
role = "Child"
pseudonym = "Child T"
born = "17-01-2016"
address = "Flat 6, 41 Wagtail Gardens, Sallowfield, Tollbridge, MK17 8GF"

[[people]]
name = "Siân Treharne"
aliases = ["Sian"]
role = "Mother"
pseudonym = "Mother"
born = "03-06-1993"
address = "Flat 6, 41 Wagtail Gardens, Sallowfield, Tollbridge, MK17 8GF"

[[people]]
name = "Mehmet Yıldırım"
role = "Father"
pseudonym = "Father"
address = "Flat B, 3 Quarry Rise, Tollbridge, MK17 2JN"

[[people]]
name = "Declan O'Driscoll"
role = "Mother's partner"
pseudonym = "Mother's partner"
born = "12-11-1989"

[[people]]
name = "May Treharne"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"
address = "27 Haddon Parade, Tollbridge, MK17 5TS"

[[people]]
name = "Robin Treharne"
role = "Sibling"
pseudonym = "Sibling 1"
born = "29-02-2012"

[[staff]]
name = "Pauline Cross"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Clare Parry"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Anjali Green"
role = "GP"
agency = "Pinfold Medical Centre"
"""

# Each identifier as planted, with its kind. A key name that is an ordinary word
# (Robin, May, Green) is planted as the phrase where it names the person.
IDENTIFIERS = {
    "key_name": ["Kacey-Leigh", "Treharne", "Trehearne", "Siân", "Sian", "Mehmet",
                 "Yıldırım", "Declan", "Driscoll", "Robin said", "Robin had", "May said",
                 "Nanna May", "Pauline", "Parry", "Anjali", "Dr Green"],
    "nickname": ["Shani", "Dex", "Memo", "Kiki"],
    "initials": ["K-L", "K.L.", "KLT", "K.L.T.", "S.T.", "M.Y.", "R.T."],
    "not_in_key": ["Ayşe", "Marisa", "Souza", "Oyelaran", "Mallinson", "Farrant",
                   "Toni-Ann", "Gathercole", "Eleri", "Prosser", "Trevor", "Pugh"],
    "address": ["Wagtail Gardens", "Wagtail Gdns", "Sallowfield", "Tollbridge",
                "Teasel Mews", "Quarry Rise", "Haddon Parade"],
    "postcode": ["MK17 8GF", "MK17", "8GF", "MK178GF", "MK19 6EU", "MK17 5TS"],
    "agency_place": ["Pinfold", "Bumblebee Corner", "Harrowden", "Foxcote",
                     "St Aldhelm's"],
    "number": ["07700 900 482", "01908 496 172", "+44 (0)7700 900613", "550 221 0934",
               "4829105736", "PZ 56 12 94 A", "sian.treharne93@example.co.uk",
               "pauline.cross@example.org", "facebook.com/dex.odriscoll.7",
               "tiktok.com/@shanimum93", "@dexo_89", "@SianT_1993"],
    "date_of_birth": ["17/01/2016", "17.01.16", "29/02/2012", "3rd June 1993",
                      "12-Nov-1989"],
}
# Ordinary phrases the published documents must keep.
ORDINARY = [
    "in May 2019", "the May half term", "May 2020", "every Sunday", "Amber on the RAG",
    "RAG rated Red", "a Green rating", "DCI", "Sgt", "PC", "DC", "LADO", "ICPC", "CAMHS",
    "IDVA", "PLO", "EHCP", "SENCo", "a CP plan", "PLEASE DO NOT SHARE MY NUMBER",
    "Victoria Climbié", "Arthur Labinjo-Hughes", "Star Hobson", "Munro Review", "Calpol",
    "Xbox", "Tesco Express", "German Shepherd", "XL Bully", "Eid", "Bonfire Night",
    "Halloween", "the High Street", "Accident and Emergency",
    "Designated Safeguarding Lead", "Family Nurse Partnership",
    "Named Nurse for Safeguarding", "British Red Cross", "St John Ambulance",
    "Robin Hood",
]

INVOLVEMENT = [
    "Siân Treharne, known to her friends as 'Shani', registered Kacey-Leigh and Robin "
    "Treharne with Pinfold Medical Centre in September 2018, giving her address as Flat "
    "6, 41 Wagtail Gardens, Sallowfield, Tollbridge, MK17 8GF. Siân said the family had "
    "left 12 Teasel Mews, MK19 6EU after a fire.",
    "Declan O'Driscoll, who calls himself \"Dex\", moved into the flat in May 2019. "
    "Declan worked nights at a Tesco Express and gave his mobile as 07700 900 482. Mr "
    "O’Driscoll's Instagram account, @dexo_89, showed the flat and an XL Bully on a "
    "chain; the police system holds him as O'DRISCOLL, born 12-Nov-1989.",
    "Mehmet Yıldırım, the children's father, lived at Flat B, 3 Quarry Rise, Tollbridge. "
    "Mehmet (\"Memo\" to his family) saw the children every Sunday at the home of his "
    "sister, Ayşe, and they spent Eid with her. DC Oyelaran found M.Y. on the system "
    "as YILDIRIM and as Yildirim.",
    "A neighbour, Mrs Marisa D'Souza, rang the duty desk on 01908 496 172 to say that "
    "K-L had been screaming for an hour and that her German Shepherd would not settle. "
    "Mrs D'Souza said the PC who attended did not go into the flat; Sgt Mallinson "
    "reviewed the log the next day.",
    "Pauline Cross (HV) saw Kacey-Leigh (\"Kiki\") at Bumblebee Corner Nursery before "
    "the May half term. Kiki had a scald on her arm; Sian said it came from a mug of "
    "tea and that she had given Calpol. The case was Amber on the RAG, and no referral "
    "to the Family Nurse Partnership was made.",
    "Robin said that Dex shouted at Nanna May and shut him in his room with the Xbox. "
    "Robin had moved from St Aldhelm's Church of England Infant School to Harrowden Vale "
    "Primary School, whose Designated Safeguarding Lead sent his account to the LADO "
    "in error.",
    "May Treharne, the maternal grandmother, lives at 27 Haddon Parade, MK17 5TS. At the "
    "ICPC May said that the children had stayed with her over Halloween and Bonfire "
    "Night, when a St John Ambulance volunteer treated K.L. for a cut; the children's "
    "grandfather, Trevor Pugh, drove them home.",
    "K.L.T. was born on 17/01/2016 (written 17.01.16 on the nursery form) and R.T. on "
    "29/02/2012. S.T. gave her date of birth as 3rd June 1993, her NHS number as "
    "550 221 0934 and KLT's as 4829105736, her NI number as PZ 56 12 94 A and her email "
    "as sian.treharne93@example.co.uk, and wrote PLEASE DO NOT SHARE MY NUMBER across "
    "the top of the form; her second mobile was +44 (0)7700 900613.",
    "Declan's former partner, Toni-Ann Gathercole, told DCI Farrant that Dex had posted "
    "threats at https://www.facebook.com/dex.odriscoll.7, and Ms Trehearne's videos at "
    "tiktok.com/@shanimum93 and on X as @SianT_1993 showed the front door at Wagtail "
    "Gdns. Post for the family was also addressed to MK178GF.",
]
ANALYSIS = [
    "Practitioners relied on what Shani told them and did not ask Harrowden Vale whether "
    "Robin had said anything at school; the SENCo had started an EHCP request and "
    "CAMHS had closed the referral. The risk was RAG rated Red only after Ayşe took "
    "Kacey-Leigh to Accident and Emergency in January 2020, after Dr Anjali Green had "
    "seen her twice.",
    "The Victoria Climbié inquiry, the Munro Review and the national review after the "
    "deaths of Arthur Labinjo-Hughes and Star Hobson all warn against accepting a "
    "parent's account. The IDVA, Eleri Prosser, was never told that Mr Yıldırım feared "
    "for the children, and Memo was not invited to the ICPC.",
]
LEARNING = [
    "Learning: Pinfold Medical Centre did not tell the health visitor that Declan "
    "O'Driscoll had moved in, and Dr Green saw Kacey-Leigh at Foxcote Children's Centre "
    "without asking who lived at Wagtail Gardens. By May 2020 the family still had a "
    "Green rating, though Robin said nobody had asked him.",
    "Practitioners should not rely on one parent: Clare Parry did not seek legal advice "
    "under the PLO, a CP plan was not considered until the second strategy meeting, and "
    "the help Siân had from the British Red Cross and the Named Nurse for Safeguarding "
    "was not shared. Staff who met Siân with the children on the High Street never asked "
    "about Dex, and when Robin Treharne was upset before the school's Robin Hood "
    "pantomime nobody asked him why.",
]
RECOMMENDATIONS = [
    ("Bumblebee Corner Nursery must record every adult who collects a child, such as "
     "Mr O'Driscoll", "Add a collection log", "Nursery Manager", "31-03-2021"),
    ("Children's Social Care must search every spelling of a name, as with Yıldırım, "
     "before an ICPC", "Brief duty staff on name searches", "Head of Service",
     "30-06-2021"),
    ("Harrowden Vale Primary School must send concerns about Robin Treharne to the right "
     "team, not the LADO", "Train the school's safeguarding staff", "Head Teacher",
     "31-07-2021"),
]

FOURTH = HeldOut(
    "HB-2021-03", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report: Kacey-Leigh Treharne, Wagtail Gardens MK17 8GF",
    footer="Author: Pauline Cross, pauline.cross@example.org, +44 (0)7700 900613",
    comment="Ask Shani whether Dex still keeps the XL Bully at Sallowfield",
    footnote="Confirmed by Trevor Pugh and Nanna May to DC Oyelaran.")
