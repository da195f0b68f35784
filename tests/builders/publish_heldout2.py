"""A second held-back case, written after the first had been run once and before any
change made since: its figures are run once, at the end, and never tuned on. Every
name, place and number is invented."""

from __future__ import annotations

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "HB-2018-09"
review = "Child Safeguarding Practice Review"
subject = "Child W"
period = { from = "01-06-2015", to = "31-12-2016" }
board = "Ashcombe Safeguarding Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police", "TVP"]

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC"]

[[agencies]]
name = "Health Visiting Service"

[[agencies]]
name = "Whitehouse Health Centre"

[[agencies]]
name = "Rainbow Tots Nursery"
published_as = "the day nursery"

[[agencies]]
name = "St Brendan's Catholic Primary School"
aliases = ["St Brendan's"]

[[people]]
name = "Amber-Jade Whitfield"
role = "Child"
pseudonym = "Child W"
born = "04-08-2014"
address = "Flat 11, 3 Pennycress Row, Fenny Stratford, MK2 9TL"

[[people]]
name = "Kerry Whitfield"
aliases = ["Kez"]
role = "Mother"
pseudonym = "Mother"
born = "19-02-1995"

[[people]]
name = "Ionuț Bălănescu"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Gareth Lyall"
role = "Mother's partner"
pseudonym = "Mother's partner"

[[people]]
name = "Dawn Whitfield"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"

[[staff]]
name = "Sarah Bell"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Dean Stone"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Peter Crane"
role = "GP"
agency = "Whitehouse Health Centre"
"""

IDENTIFIERS = {
    "key_name": ["Amber-Jade", "Whitfield", "Kerry", "Kez", "Ionuț", "Bălănescu",
                 "Balanescu", "Gareth", "Lyall", "Whitfeild", "Crane"],
    "nickname": ["Bear", "Kezzie", "Gaz"],
    "initials": ["A-J", "A.J.", "AJW", "K.W."],
    "not_in_key": ["Achterberg", "Desmond", "Željko", "Horvat", "Fenella", "Ridgeway",
                   "Okoro"],
    "address": ["Pennycress Row", "Fenny Stratford", "Magpie Court", "Linnet Walk",
                "Old Tannery Way"],
    "postcode": ["MK2 9TL", "9TL", "MK2", "MK14 6ZY"],
    "agency_place": ["Whitehouse", "Rainbow Tots", "St Brendan's"],
    "number": ["+44 7700 900 571", "(01908) 667 201", "401 023 2137", "JR 43 21 09 B",
               "kez.w@example.com", "instagram.com/bear_w"],
    "date_of_birth": ["4th August 2014", "19-02-1995"],
}
ORDINARY = [
    "at dawn", "in August 2015", "DO NOT LEAVE THE CHILD ALONE", "Baby P", "Ofsted",
    "Easter", "Common Assessment Framework", "core group", "Sudden Infant Death",
    "rated Amber", "a bell", "Strategy Discussion", "November 2016",
]

INVOLVEMENT = [
    "Kerry Whitfield (Kezzie) rang the health visitor from +44 7700 900 571 when "
    "Amber-Jade was four months old; Kerry said she was coping.",
    "The family moved from 27 Old Tannery Way to Flat 11, 3 Pennycress Row, Fenny "
    "Stratford, MK2 9TL; post for Gareth Lyall went to 8 Magpie Court, MK14 6ZY.",
    "Gareth Lyall, known as \"Gaz\" to the family and 'Bear' to his friends, was not "
    "checked. Mr Lyall's Instagram (instagram.com/bear_w) showed the flat.",
    "A neighbour, Mr Desmond Achterberg, called the police at dawn. Desmond said A-J "
    "had been crying for an hour; his lodger Željko Horvat heard it too.",
    "Ionuț Bălănescu (the father) was on the system as Balanescu and as BĂLĂNESCU.",
    "DS Ridgeway noted DO NOT LEAVE THE CHILD ALONE on the file; PC Ridgeway is a "
    "different officer.",
    "Sarah Bell (Health Visitor) saw A.J. at Rainbow Tots on 3 November 2016; a bell "
    "was ringing and the Strategy Discussion had not happened.",
    "AJW was born on 4th August 2014; K.W. gave her own date of birth as 19-02-1995, "
    "NHS number 401 023 2137, NI JR 43 21 09 B, email kez.w@example.com, "
    "phone (01908) 667 201.",
    "Fenella, a family friend, and Mrs Okoro from Linnet Walk both raised concerns at "
    "Easter.",
]
ANALYSIS = [
    "Staff relied on what Kez told them and did not ask St Brendan's Catholic Primary "
    "School, where Amber-Jade's cousin was a pupil. The risk was rated Amber.",
    "As in the Baby P review, nobody saw the whole picture. Ms Whitfeild was seen "
    "in August 2015 only; Ofsted later found the same gap.",
]
LEARNING = [
    "Learning: Whitehouse Health Centre did not tell the health visitor that Gareth "
    "Lyall had moved in, and the Common Assessment Framework was not used before "
    "Easter.",
    "Practitioners did not speak to Kerry Whitfield alone; Dean Stone did not convene "
    "a core group after Gaz arrived, and safe sleep advice about Sudden Infant Death "
    "was not repeated in November 2016.",
]
RECOMMENDATIONS = [
    ("Rainbow Tots Nursery must record every adult who collects a child, such as Mr Lyall",
     "Add a collection log", "Manager", "31-03-2017"),
    ("GPs at Whitehouse must search both spellings of a name, as with Bălănescu",
     "Brief practice staff on name searches", "Practice Manager", "30-06-2017"),
]

SECOND = HeldOut(
    "HB-2018-09", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report: Amber-Jade Whitfield (MK2 9TL)",
    footer="Contact the author: sarah.bell@example.org",
    comment="Check with Kez about Bear", footnote="Dawn Whitfield's account, via Fenella.")
