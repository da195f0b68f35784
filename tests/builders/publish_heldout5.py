"""A fifth held-back case, written independently of the other held-back cases and of
any change made to the pipeline: its figures are run once, at the end, and never tuned
on. Every name, place and number is invented."""

from __future__ import annotations

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "HB-2019-03"
review = "Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-09-2016", to = "31-08-2018" }
board = "Harnwood Safeguarding Children Partnership"

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
name = "Orchard Lea Medical Practice"
published_as = "the GP practice"

[[agencies]]
name = "St Oswin's CE Primary School"
aliases = ["St Oswin's"]

[[people]]
name = "Tiegan-Lily Pennock"
role = "Child"
pseudonym = "Child T"
born = "17-05-2015"
address = "Flat 7, 22 Sorrel Mews, Kempston, MK42 8RW"

[[people]]
name = "Shannon Pennock"
aliases = ["Shan"]
role = "Mother"
pseudonym = "Mother"
born = "02-01-1993"
address = "Flat 7, 22 Sorrel Mews, Kempston, MK42 8RW"

[[people]]
name = "Grzegorz Wójcik"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Kyle Gorringe"
role = "Mother's partner"
pseudonym = "Mother's partner"

[[people]]
name = "May Cartwright"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"
address = "58 Cauldwell Terrace, Kempston, MK42 7PJ"

[[people]]
name = "Faith Pennock"
role = "Sibling"
pseudonym = "Sibling 1"

[[staff]]
name = "Naomi Fisher"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Owen Cook"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Simon Green"
role = "GP"
agency = "Orchard Lea Medical Practice"
"""

IDENTIFIERS = {
    "key_name": ["Tiegan-Lily", "Pennock", "Shannon", "Shan", "Grzegorz", "Wójcik",
                 "Wojcik", "Kyle", "Gorringe", "May told", "May said", "Cartwright",
                 "Faith said", "Faith had said", "Naomi", "Owen", "Ms Fisher", "Mr Cook",
                 "Dr Green", "Pennick"],
    "nickname": ["Tilly", "Moose", "Gorry", "Greg"],
    "initials": ["T-L", "T.L.P.", "TLP", "S.P.", "K.G."],
    "not_in_key": ["Bernadette", "O'Shaughnessy", "Zoë", "Rickards", "Prendergast",
                   "Nwachukwu", "Paweł", "Dwayne"],
    "address": ["Sorrel Mews", "Kempston", "Pargeter Close", "Elstow",
                "Cauldwell Terrace", "Harpur Parade"],
    "postcode": ["MK42 8RW", "MK42", "8RW", "MK40 1TY", "MK40", "1TY"],
    "agency_place": ["Orchard Lea", "St Oswin's", "Bumblebees", "Hazeldene"],
    "number": ["07700 900 462", "01234 358 117", "612 448 3905",
               "shanpennock93@example.co.uk"],
    "date_of_birth": ["17/05/2015", "2nd January 1993"],
}
ORDINARY = [
    "in May 2017", "may have", "May half-term", "in good faith", "Fisher-Price",
    "Green Book", "Red Book", "cook a meal", "DC", "PC", "Bonfire Night", "Christmas",
    "Operation Encompass", "Initial Child Protection Conference", "strategy meeting",
    "Child in Need plan", "Section 17", "Children Act 1989", "Calpol",
    "Victoria Climbié Inquiry", "Peter Connelly", "MARAC", "DASH", "Signs of Safety",
    "Working Together to Safeguard Children", "MASH", "9.1 kg", "January 2018",
    "Early Help", "999", "Addenbrooke's", "in December 2017",
]

INVOLVEMENT = [
    "Shannon Pennock ('Shan') registered Tiegan-Lily at Orchard Lea Medical Practice in "
    "October 2016, shortly after the family moved from 41 Pargeter Close, Elstow. She "
    "gave her own date of birth as 2nd January 1993 and the child's as 17/05/2015.",
    "The household lived at Flat 7, 22 Sorrel Mews, Kempston, MK42 8RW. Ms Pennock's "
    "mother, May Cartwright, lived a few streets away at 58 Cauldwell Terrace and often "
    "had the girls overnight; May told Ms Fisher that she was worried about money.",
    "Naomi Fisher, the health visitor, saw Tiegan-Lily (known at home as 'Tilly') at the "
    "Hazeldene Children's Centre clinic on 14 February 2017. T-L weighed 9.1 kg and her "
    "Red Book showed two missed immunisations against the Green Book schedule; an Early "
    "Help assessment was offered and declined.",
    "Kyle Gorringe moved into the flat in May 2017. Kyle, known to his friends as "
    "'Moose' and to Shannon as 'Gorry', had a history of violence towards a previous "
    "partner. He gave his mobile number as 07700 900 462.",
    "On Bonfire Night 2017 a neighbour, Mrs Bernadette O'Shaughnessy, rang 999 after "
    "hearing shouting. DC Prendergast attended with PC Nwachukwu; Bernadette told the "
    "officers that the little girl was 'always crying' and that her lodger, Zoë "
    "Rickards, had heard it too.",
    "The police notified St Oswin's CE Primary School under Operation Encompass the next "
    "morning, as Faith Pennock, then seven, was a pupil there. Faith said to her teacher "
    "that Moose shouted at Mummy when he had been drinking.",
    "Grzegorz Wójcik, Tiegan-Lily's father, lived in Poland for most of the period and "
    "was not invited to the Initial Child Protection Conference. He appears on the "
    "police system as WÓJCIK and, on one record, as Greg Wojcik; his brother "
    "Paweł was the only relative who asked how the girls were.",
    "S.P. gave the child's NHS number as 612 448 3905 and her own email address as "
    "shanpennock93@example.co.uk; the landline at the flat was 01234 358 117.",
    "Kyle was bailed to Room 3, 9 Harpur Parade, Bedford, MK40 1TY, with a condition not "
    "to contact her. K.G. was seen collecting Tilly from Bumblebees Pre-School two "
    "weeks later; staff there did not know of the condition.",
    "Owen Cook, the allocated social worker, held a strategy meeting in December 2017 "
    "and opened a Child in Need plan under Section 17 of the Children Act 1989. Mr Cook "
    "did not speak to Mrs Cartwright, although the girls stayed with her and her son "
    "Dwayne over Christmas.",
    "In January 2018 Dr Green saw TLP with a bruised cheek and advised Calpol; Shan said "
    "Tilly had fallen against the Fisher-Price baby walker. He did not refer her "
    "to the paediatric team at Addenbrooke's.",
]
ANALYSIS = [
    "Practitioners accepted Shan's explanations and acted in good faith, but nobody "
    "asked the school what Faith had said, or checked whether her partner was "
    "still coming to the flat. Ms Pennick's account was recorded without challenge.",
    "The lessons of the Victoria Climbié Inquiry and of the review into the death of "
    "Peter Connelly apply here: the bruise may have been explained away because the "
    "mother was liked and seemed to be trying. A MARAC referral, using the DASH "
    "checklist, should have followed the call in November.",
    "Nobody used Signs of Safety mapping with May Cartwright, who had seen him kick "
    "the dog; May said afterwards that she had not wanted to make things worse.",
]
LEARNING = [
    "Learning: the children's centre and Bumblebees did not share what they knew, and "
    "the health visitor was not told when Mr Gorringe was bailed.",
    "Practitioners should follow Working Together to Safeguard Children: the father "
    "was never contacted, T.L.P. was not seen alone after the May "
    "half-term, and the mother's low mood (she said that some days she could not "
    "cook a meal) was not linked to the risk from 'Gorry'.",
]
RECOMMENDATIONS = [
    ("Bumblebees Pre-School and the GP practice must be told of bail conditions such as "
     "those placed on Mr Gorringe", "Agree a notification route with the police",
     "Manager", "31-07-2018"),
    ("The MASH must search for Wójcik and Wojcik alike, and for every adult in the "
     "household", "Brief MASH staff on name searches", "Head of Service", "30-09-2018"),
]

FIFTH = HeldOut(
    "HB-2019-03", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Agency report: Tiegan-Lily Pennock, 22 Sorrel Mews, MK42 8RW",
    footer="Author: naomi.fisher@example.org, 01234 358 117",
    comment="Ask Shan whether Moose is back at the flat",
    footnote="Confirmed by her uncle Dwayne Cartwright by phone.")
