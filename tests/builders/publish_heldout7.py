"""A seventh held-back case, written without sight of the other held-back cases or the
anonymiser's code: its figures are run once, at the end, and never tuned on. Every
name, place and number is invented."""

from __future__ import annotations

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "HB-2018-11"
review = "Child Safeguarding Practice Review"
subject = "Child P"
period = { from = "01-02-2016", to = "31-01-2018" }
board = "Ashdown Safeguarding Children Partnership"

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
name = "Ravensmere Medical Practice"
published_as = "the GP practice"

[[agencies]]
name = "Bluebell Wood Nursery"

[[people]]
name = "Poppy-Mae Gorringe"
role = "Child"
pseudonym = "Child P"
born = "17-01-2016"
address = "Flat 6, 21 Sorrel Mews, Castlemere, MK17 8QP"

[[people]]
name = "Rhiannon Gorringe"
aliases = ["Rhi"]
role = "Mother"
pseudonym = "Mother"
born = "02-05-1997"
address = "Flat 6, 21 Sorrel Mews, Castlemere, MK17 8QP"

[[people]]
name = "Radek Šťastný"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Wayne Tolley"
role = "Mother's partner"
pseudonym = "Mother's partner"
address = "2 Kiln Rise, MK16 0ZD"

[[people]]
name = "Rose Gorringe"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"

[[people]]
name = "Faith Gorringe"
role = "Sibling"
pseudonym = "Sibling 1"

[[people]]
name = "May Tolley"
role = "Partner's mother"
pseudonym = "Partner's mother"

[[staff]]
name = "Claire Shepherd"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Nadia Brook"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Karen Black"
role = "Detective Sergeant"
agency = "Thames Valley Police"

[[staff]]
name = "Daniel Church"
role = "GP"
agency = "Ravensmere Medical Practice"
"""

IDENTIFIERS = {
    "key_name": ["Poppy-Mae", "Gorringe", "Goringe", "Rhiannon", "Rhi", "Radek",
                 "Šťastný", "Stastny", "Šťastná", "Wayne", "Tolley", "Nanny Rose",
                 "Rose said", "Faith's", "May Tolley", "Claire", "Nadia", "Karen"],
    "nickname": ["Spanner", "Tolls", "Pip"],
    "initials": ["P-M", "P.M.G.", "R.G.", "RG"],
    "not_in_key": ["Terence", "Oyelaran", "Pask", "Deano", "Jiřina", "Shireen", "Qureshi",
                   "Bethany", "Osei"],
    "address": ["Sorrel Mews", "Cobbler's Yard", "Kiln Rise", "Wychwood Parade",
                "Castlemere"],
    "postcode": ["MK17 8QP", "MK17", "8QP", "MK16 0ZD"],
    "agency_place": ["Ravensmere", "Bluebell Wood", "Coldharbour", "Millhaven"],
    "number": ["07700 900 846", "01908 553 219", "485 204 7716", "PR 71 44 09 A",
               "rhi.gorringe97@example.co.uk", "tiktok.com/@spanner_wt"],
    "date_of_birth": ["2nd May 1997", "17/01/2016"],
}
ORDINARY = [
    "in May 2017", "may not have", "attendance rose", "in good faith",
    "Black History Month", "referred to Brook", "church toddler group", "winter of 2017",
    "DC", "DO NOT ATTEND ALONE AFTER 6 PM", "German Shepherd", "Child in Need",
    "Section 17", "Initial Child Protection Conference", "Team Around the Family",
    "MARAC", "Peter Connelly", "Khyra Ishaq", "Serious Crime Act 2015", "Sure Start",
    "CAMHS", "Universal Credit", "Citizens Advice", "Bonfire Night",
    "Milton Keynes University Hospital", "A&E", "Signs of Safety",
    "Working Together to Safeguard Children 2015", "Ages and Stages Questionnaire",
    "TikTok", "Czech Republic", "Boxing Day", "Year 2", "September 2017",
]

INVOLVEMENT = [
    "The health visitor first saw Rhiannon Gorringe and Poppy-Mae at the new birth visit "
    "to Flat 6, 21 Sorrel Mews, Castlemere, MK17 8QP in February 2016. She said she "
    "had left 14 Cobbler's Yard after a dispute with her landlord.",
    "Claire Shepherd (Health Visitor) completed the Ages and Stages Questionnaire when "
    "P-M was ten months old. Rhi, as she asked to be called, said the baby's father, "
    "Radek Šťastný, had gone back to the Czech Republic and sent money when he could.",
    "Wayne moved into the flat in May 2017. His friends knew him as 'Spanner' and "
    "Rhiannon called him Tolls; he kept his tenancy at 2 Kiln Rise, MK16 0ZD, and gave "
    "his mobile as 07700 900 846. He also kept a German Shepherd at the flat.",
    "On Bonfire Night a neighbour, Mr Terence Oyelaran, rang the duty line on "
    "01908 553 219. Oyelaran said he had heard Pip, as the family called the little "
    "girl, screaming, and that he had seen Wayne's friend Dean 'Deano' Pask leave late.",
    "DC Osei attended with DS Karen Black the next morning. The marker on the address "
    "read DO NOT ATTEND ALONE AFTER 6 PM, which had been added because of Mr Pask.",
    "The father was never contacted. Children's Social Care held him as Radek Stastny, "
    "and his sister, Jiřina Šťastná, was recorded as next of kin on an old referral.",
    "Rose Gorringe, the maternal grandmother, lived at Flat 3, 7 Wychwood Parade, and "
    "Nanny Rose often had both girls at weekends. Rose said she did not trust him.",
    "Faith Gorringe was in Year 2 at Coldharbour Infant School. Faith's attendance rose "
    "after the Team Around the Family meeting, and her class teacher acted in good faith "
    "when she shared what Faith had said about shouting at home.",
    "Poppy-Mae started at Bluebell Wood Nursery in September 2017, where staff also knew "
    "her as Pip. In October, during Black History Month, her key worker noted a bruise "
    "to her shin; RG said she had fallen on the stairs.",
    "R.G. gave her own date of birth as 2nd May 1997 and the child's as 17/01/2016, the "
    "child's NHS number as 485 204 7716 and her email as rhi.gorringe97@example.co.uk. "
    "Her partner's NI number, PR 71 44 09 A, was on the tenancy, and his TikTok page, "
    "tiktok.com/@spanner_wt, showed the child in the bath.",
    "May Tolley, Wayne's mother, told Nadia Brook (Social Worker) that her son may not "
    "have meant any harm. She also lived nearby and had the girls on Saturdays while "
    "their mother worked.",
    "Shireen Qureshi, a friend from the church toddler group at Millhaven Children's "
    "Centre, told the mother's sister, Bethany, that P.M.G. was frightened of Spanner.",
    "Dr Daniel Church at Ravensmere Medical Practice saw the child with a chest infection "
    "in the winter of 2017 and signposted her mother to Citizens Advice about her "
    "Universal Credit; the notes showed Rhiannon had been referred to Brook as a teenager.",
]
ANALYSIS = [
    "The risk Mr Tolley posed was never assessed as coercive control under the "
    "Serious Crime Act 2015, although Mr Oyelaran's calls described it. The mother may "
    "not have felt able to speak while Tolls was in the flat.",
    "As in the reviews of Peter Connelly and Khyra Ishaq, the new man in the household "
    "stayed invisible. Nobody asked the infant school or the nursery about the two "
    "sisters together, and no Child in Need plan under Section 17 was opened before the "
    "MARAC referral.",
    "On Boxing Day Ms Goringe took her younger daughter to A&E at Milton Keynes "
    "University Hospital; because the letter misspelt the surname, the practice did not "
    "link it to her record.",
]
LEARNING = [
    "Learning: the GP practice did not ask who else lived at Sorrel Mews, and Nadia Brook "
    "did not see P-M alone before the Initial Child Protection Conference; CAMHS were "
    "never asked about Faith's nightmares.",
    "Practitioners should follow Working Together to Safeguard Children 2015 and use "
    "Signs of Safety: Wayne Tolley ('Spanner') was never seen by Children's Social Care, "
    "and the Sure Start worker at Millhaven was not invited to the core group.",
]
RECOMMENDATIONS = [
    ("Bluebell Wood Nursery must record every adult who collects a child, as Mr Tolley's "
     "mother did", "Add a collection log", "Manager", "31-05-2018"),
    ("Duty staff must search every spelling of a name, as with Šťastný and Stastny",
     "Brief duty staff on name searches", "Head of Service", "30-06-2018"),
]

SEVENTH = HeldOut(
    "HB-2018-11", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report: Poppy-Mae Gorringe, MK17 8QP",
    footer="Author: claire.shepherd@example.org",
    comment="Ask Rhi about Spanner and Deano",
    footnote="Nanny Rose's account, given via Bethany.")
