"""A second held-back case of my own for the loss side, written after the first was tuned
on and BEFORE this text was run through the anonymiser or the gate: other kinds of the
ordinary phrases a published review carries (courts and orders, police schemes, housing
and benefits, schools and exams, children's television and games, shops named after
people, named storms, saints' days, eponymous procedures, hospitals named otherwise than
'Hospital') beside a family whose names and initials collide with them ('PE' lessons for
Paige Ellis, Morrisons for a Mr Morrison, a Ford Fiesta for a social worker called Ford).
Its first run is reported as it came; it is tuning material after that. Every name,
place and number is invented."""

from __future__ import annotations

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "SH-2024-02"
review = "Child Safeguarding Practice Review"
subject = "Child P"
period = { from = "01-09-2021", to = "31-08-2023" }
board = "Harrowdene Children's Safeguarding Partnership"

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
name = "Ashcombe Vale Academy"

[[people]]
name = "Paige Ellis"
role = "Child"
pseudonym = "Child P"
born = "03-02-2014"
address = "27 Quarrington Drive, Wenlow, NG23 6TY"

[[people]]
name = "Grace Ellis"
role = "Mother"
pseudonym = "Mother"
born = "15-07-1991"
address = "27 Quarrington Drive, Wenlow, NG23 6TY"

[[people]]
name = "Dean Morrison"
aliases = ["Deano"]
role = "Father"
pseudonym = "Father"
address = "Flat 12, Larchfield Court, Wenlow, NG23 2QB"

[[people]]
name = "Ryan Walsh"
role = "Mother's partner"
pseudonym = "Mother's partner"

[[people]]
name = "Iris Ellis"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"

[[people]]
name = "Storm Ellis"
role = "Sibling"
pseudonym = "Sibling 1"

[[staff]]
name = "Emma Ford"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Lucy Hall"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Tom Warren"
role = "Detective Constable"
agency = "Thames Valley Police"

[[staff]]
name = "Sunil Shah"
role = "GP"
agency = "Health Visiting Service"
"""

IDENTIFIERS = {
    "key_name": ["Paige", "Ellis", "Grace Ellis", "Grace said", "Dean", "Morrison",
                 "Ryan", "Walsh", "Iris", "Storm said", "Storm Ellis", "Emma",
                 "Lucy", "Sunil", "Shah", "Mr Morrison's"],
    "nickname": ["Pidge", "Walshy"],
    "initials": ["P.E.", "GE", "RW"],
    "not_in_key": ["Shannon Kerr", "Kerr", "Bogdan", "Olawale", "Fenella", "Pryce"],
    "address": ["Quarrington Drive", "Larchfield Court", "Wenlow", "Tollgate Row"],
    "postcode": ["NG23 6TY", "NG23 2QB", "6TY"],
    "agency_place": ["Ashcombe Vale", "Ashcombe"],
    "number": ["07700 900 752", "01636 552 904", "452 109 3386", "grace.ellis91@example.net",
               "AB 12 34 56 C", "KX19 ODL"],
    "date_of_birth": ["15/07/1991", "3rd February 2014"],
}

ORDINARY = [
    # courts, orders and the law
    "Family Court", "Magistrates' Court", "Public Law Outline",
    "Section 20 of the Children Act 1989", "Non-Molestation Order", "Cafcass",
    "Homelessness Reduction Act 2017", "No Recourse to Public Funds",
    # police schemes and records
    "Operation Encompass", "Clare's Law", "Police National Computer", "Body Worn Video",
    "a 999 call", "MAPPA", "Crown Prosecution Service",
    # housing, benefits and help
    "Housing Association", "Universal Credit", "Personal Independence Payment",
    "Jobcentre Plus", "food bank", "Trussell Trust",
    # schools and exams
    "Ofsted", "Pupil Referral Unit", "Elective Home Education", "Free School Meals",
    "Year 9", "hated PE", "SATs", "Key Stage 2",
    # health
    "Queen's Medical Centre", "Paediatric Intensive Care Unit",
    "Child and Adolescent Mental Health Services", "Family Nurse Partnership",
    "Caesarean section", "Heimlich manoeuvre", "Epstein-Barr virus", "MMR",
    # television, games, shops and brands
    "Peppa Pig", "Paw Patrol", "Fortnite", "Roblox", "Netflix", "Morrisons",
    "McDonald's", "Greggs", "Primark", "Sainsbury's", "a Ford Fiesta", "Aptamil",
    # days, storms and events
    "Storm Arwen", "St Patrick's Day", "Pancake Day", "the COVID-19 pandemic",
    "The first lockdown",
    # ordinary words the key's names share
    "by the grace of", "a rabbit warren", "the village hall", "the iris",
    # ranks, acronyms, alerts and times
    "DC", "HHJ", "IRO", "LAC", "SGO", "KEEP DOOR LOCKED AT ALL TIMES", "at 07:30",
    "half past six",
]

INVOLVEMENT = [
    "Lucy Hall (Health Visitor) knew the family from Storm's birth. Grace Ellis told her in "
    "2021 that she had left Dean Morrison, the girls' father, after he was arrested; he "
    "had been held on the Police National Computer for assault since 2015. Lucy noted "
    "that Paige, whom her sister called Pidge, was not in school.",
    "Paige had been taken out of Ashcombe Vale Academy for Elective Home Education in "
    "Year 9. Her mother said Paige hated PE and that the school had not stopped the "
    "bullying. The academy's last Ofsted report had been good; Paige had been on Free "
    "School Meals and her Key Stage 2 SATs were average.",
    "On 4 December 2021, during Storm Arwen, a 999 call was made from 27 Quarrington Drive, "
    "Wenlow, NG23 6TY. DC Tom Warren attended with Body Worn Video running; Ryan Walsh, "
    "known as Walshy, had left. Grace said Ryan had pushed her into the door. The "
    "police sent an Operation Encompass notice to the school and a MAPPA check was made.",
    "Emma Ford (Social Worker) visited on Pancake Day. She noted a Ford Fiesta, KX19 ODL, "
    "outside and a sign on the door: KEEP DOOR LOCKED AT ALL TIMES. Grace said the car was "
    "Ryan's and that he stayed at Tollgate Row. Her mobile was 07700 900 752.",
    "A disclosure under Clare's Law was made in January 2022. The mother applied to the "
    "Family Court for a Non-Molestation Order, and the Magistrates' Court later heard "
    "the assault charge; the Crown Prosecution Service did not proceed. HHJ Pryce "
    "asked Cafcass for a report.",
    "Iris Ellis, the maternal grandmother, cared for both girls at weekends and took "
    "them to the village hall for the Peppa Pig party on St Patrick's Day. She told the "
    "social worker, 'by the grace of God they are safe with me', and that the flat was a "
    "rabbit warren of other men's things.",
    "Storm said Ryan played Fortnite and Roblox all night and that Paige watched Netflix "
    "and Paw Patrol with her. Storm Ellis was seen at McDonald's and Greggs by a neighbour, "
    "Shannon Kerr, who said Kerr's own daughter had seen bruises on Paige.",
    "Dr Sunil Shah saw Paige in March 2022 with glandular fever; the Epstein-Barr virus "
    "test was positive. Shah noted that her MMR was never given and referred her to Child "
    "and Adolescent Mental Health Services. His letter to 01636 552 904 went unanswered.",
    "Grace worked at Morrisons and later at Primark; she claimed Universal Credit and "
    "Personal Independence Payment and was referred to Jobcentre Plus and the Trussell "
    "Trust food bank. She had been in Housing Association property since her Caesarean "
    "section in 2014. Her NHS number was 452 109 3386 and her NI number AB 12 34 56 C.",
    "Mr Morrison's new partner, Fenella Olawale, had No Recourse to Public Funds and the "
    "council helped her under the Homelessness Reduction Act 2017. Bogdan, a lodger, was "
    "said to sell Aptamil stolen from Sainsbury's.",
    "Paige collapsed at 07:30 on 9 May 2022. Her grandmother used the Heimlich manoeuvre "
    "before the ambulance came at half past six in the evening, having been called too "
    "late; she was taken to Queen's Medical Centre and then the Paediatric Intensive Care "
    "Unit. The email on file was grace.ellis91@example.net; her date of birth was "
    "15/07/1991 and Paige's 3rd February 2014.",
]
ANALYSIS = [
    "The first lockdown of the COVID-19 pandemic kept Paige out of sight. No IRO "
    "was involved, as she was never LAC, and no SGO was considered for Iris. Under the "
    "Public Law Outline a Section 20 of the Children Act 1989 agreement was discussed but "
    "never signed; the Pupil Referral Unit was offered and refused.",
    "Professionals were told that RW had left, and GE said so at every visit; nobody "
    "checked with Dean, who lived at Flat 12, Larchfield Court, Wenlow, NG23 2QB. P.E. "
    "was not asked. The Family Nurse Partnership had closed the case in 2015.",
    "When the health visitor examined the iris of the child's eye after the fall she found "
    "a bleed; the DC was not told.",
]
LEARNING = [
    "Learning: every child removed from school for Elective Home Education must be seen "
    "alone, as Paige was not, and Ofsted's guidance followed; Emma Ford did not see the "
    "girls apart.",
    "Police notifications under Operation Encompass must reach the school by the next "
    "morning, and Clare's Law disclosures must be shared with health: Lucy Hall was never "
    "told of Ryan Walsh's history.",
]
RECOMMENDATIONS = [
    ("Ashcombe Vale Academy must see a child alone before agreeing to Elective Home "
     "Education, as it did not for Paige", "Change the EHE procedure", "Headteacher",
     "31-03-2024"),
    ("The police must record who owns a car seen at a visit, such as the one at Quarrington "
     "Drive", "Brief response officers", "Detective Inspector", "30-06-2024"),
]

SELF_HELD_2 = HeldOut(
    "SH-2024-02", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report: Paige Ellis, NG23 6TY",
    footer="Author: lucy.hall@example.org",
    comment="Ask Grace about Walshy and Bogdan",
    footnote="Iris Ellis's account, given at Tollgate Row.")
