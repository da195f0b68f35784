"""A tuning case in the held-back cases' shape (tests/builders/publish_heldout.py's
HeldOut), run through the whole merge by `python -m tests.publish_figures
tests/builders/adversarial_case.py`. Unlike the held-back cases it IS tuned on: it names
the family the ways neither held-back case did (surnames that are ordinary words used
alone, capitals and lower case, nicknames in brackets without a cue, apostrophes,
double-barrelled names, house names, postcodes without a space, places not in case.toml,
numbers in every spacing, dates of birth every way, handles, pets, cars, relatives not in
the key, names from many languages). Every name, place and number is invented."""

from __future__ import annotations

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "ADV-2019-02"
review = "Child Safeguarding Practice Review"
subject = "Child K"
period = { from = "01-01-2016", to = "31-12-2017" }
board = "Marlcombe Safeguarding Children Partnership"

[[agencies]]
name = "Bedfordshire Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC"]

[[agencies]]
name = "Health Visiting Service"

[[agencies]]
name = "Riverside Medical Practice"

[[agencies]]
name = "Meadowbank Primary School"

[[people]]
name = "Kayden Brown"
role = "Child"
pseudonym = "Child K"
born = "14-05-2013"
address = "Rose Cottage, 14 Brook Lane, Eaton Socon, PE19 8QT"

[[people]]
name = "Grace Brown"
aliases = ["Gracie"]
role = "Mother"
pseudonym = "Mother"
born = "02-03-1994"
address = "Rose Cottage, 14 Brook Lane, Eaton Socon, PE19 8QT"

[[people]]
name = "Aleksander Nowak"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Liam Hughes-Pryce"
role = "Mother's partner"
pseudonym = "Mother's partner"

[[people]]
name = "Siobhan O'Neill"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"

[[staff]]
name = "Tom Baker"
code = "TB"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Priya Ramanathan"
code = "PR"
role = "Social Worker"
agency = "Children's Social Care"
"""

IDENTIFIERS = {
    "key_name": ["Kayden", "Brown", "Grace", "Gracie", "Aleksander", "Nowak", "Hughes-Pryce",
                 "Liam", "O'Neill", "Siobhan", "Ramanathan", "Kaydens", "Nowakowi"],
    "nickname": ["Olek", "Smiler", "Kaydz"],
    "initials": ["K.B.", "KB", "L H-P", "G.B"],
    "not_in_key": ["Sharon", "Tony", "D'Souza", "Wojciech", "Kamiński", "Popescu",
                   "Hodan", "Warsame", "Nusrat", "Bibi", "Thirumalai", "Selvam", "HOLLIS",
                   "Précieuse"],
    "address": ["Rose Cottage", "Brook Lane", "Eaton Socon", "Tavistock Road",
                "Beechwood House"],
    "postcode": ["PE198QT", "PE19", "8QT", "LU4 0HF"],
    "place": ["Oakridge Academy", "Priory Lane Surgery", "Hazelwood Children's Centre",
              "St Aidan's", "Riverside", "Meadowbank"],
    "number": ["07700900123", "07700 900 124", "+44 (0)7700 900125", "01480-123-456",
               "4857773459", "QQ 12 34 56 C", "grace.b94@example.co.uk",
               "www.example.com/gracie.brown.77", "@kaydz_13", "KX65 ABC"],
    "date_of_birth": ["14.5.13", "May 14th, 2013", "2013-05-14", "2nd March 1994"],
    "pet": ["Tyson", "Smudge"],
}
ORDINARY = [
    "a wood", "in May 2017", "NOT TO BE SHARED", "Ofsted",
    "Serious Case Review", "DC", "rated Amber", "Ramadan", "Polish", "Calpol",
    "Child in Need", "Eid", "the Children Act 1989",
]

INVOLVEMENT = [
    "KAYDEN BROWN was registered in 2016; kayden was seen at home. Brown said she would "
    "attend; Brown's friend drove her. GRACE and her son lived at Rose Cottage, 14 Brook "
    "Lane, Eaton Socon (PE198QT, post went to PE19 and 8QT).",
    "Aleksander (Olek) Nowak said the boy was 'Smiler' at home. Kayden's nickname online "
    "was Kaydz and his mother posted as @kaydz_13. Mr Nowak's car, a silver Corsa KX65 "
    "ABC, was seen at Tavistock Road.",
    "Liam Hughes-Pryce (L H-P) moved in; Hughes-Pryce's brother had convictions. Mrs "
    "O'Neill, the maternal grandmother Siobhan, said Liam was kind. maternal aunt Sharon "
    "and Uncle Tony visited; a lodger called D'Souza stayed at Beechwood House, LU4 0HF.",
    "K.B. was seen by DC Jones. KB's weight was recorded. G.B gave her date of birth as "
    "2nd March 1994 and his as 14.5.13 (also written May 14th, 2013 and 2013-05-14).",
    "Phones: 07700900123, 07700 900 124, +44 (0)7700 900125 and 01480-123-456; NHS "
    "number 4857773459; NI QQ 12 34 56 C; email grace.b94@example.co.uk; page "
    "www.example.com/gracie.brown.77.",
    "Neighbours Wojciech Kamiński and Florin Popescu, and a friend, Hodan Warsame, raised "
    "concerns, as did Nusrat Bibi and Thirumalai Selvam; MR HOLLIS, the landlord, did not.",
    "Kayden's sister attended Oakridge Academy; his cousin went to St Aidan's. Kayden was "
    "registered at Priory Lane Surgery and Hazelwood Children's Centre; the dog Tyson and "
    "a cat called Smudge were in the flat. Calpol was given. Précieuse, a friend, helped.",
]
ANALYSIS = [
    "Staff at Riverside did not tell Meadowbank that the family had moved; the risk was "
    "rated Amber in May 2017.",
    "Tom Baker (TB) and PR both relied on Gracie. Ofsted and the Serious Case Review on "
    "another child found that drift was often allowed in Child in Need plans.",
]
LEARNING = [
    "Learning: staff did not ask Grace Brown who else lived at Brook Lane, and Nowakowi "
    "(as the Polish interpreter wrote it) was not asked about Kaydens school during "
    "Ramadan or Eid.",
    "The note NOT TO BE SHARED was missed; Ramanathan did not see the boy alone, and the "
    "Children Act 1989 duty was not discussed. Kayden played in a wood.",
]
RECOMMENDATIONS = [
    ("Meadowbank Primary School must record who collects Kayden's classmates",
     "Add a collection log", "Head teacher", "31-03-2018"),
    ("Riverside Medical Practice must search names such as O'Neill in every spelling",
     "Brief practice staff", "Practice Manager", "30-06-2018"),
]

TUNING = HeldOut(
    "ADV-2019-02", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report on KAYDEN BROWN, PE19 8QT",
    footer="Author: tom.baker@example.org", comment="Ask Gracie about Olek",
    footnote="Sharon D'Souza's account, via Siobhan.")
