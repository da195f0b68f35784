"""A third held-back case for the published documents, written by someone who does not
tune, after the first two were run and before the lead's final run: its figures are run
once, at the end, and never tuned on. Every name, place and number is invented.

It names the family the ways real reports do: a double-barrelled surname with letters
beyond ASCII, nicknames in brackets and quotes, 'known as', first names and surnames
alone, possessives with straight and curly apostrophes, initials dotted, hyphenated,
spaced and run together, misspellings, relatives and professionals not in the key, a
house name and a block name before the street, street types in full and abbreviated,
postcodes whole, unspaced and in halves, the nursery, school and surgery (agencies in
case.toml, one with `published_as`) and a children's centre and a former surgery named
only in the text, numbers of every shape, handles and URLs. Its ordinary phrases sit
beside key names that are also words (May, Grace, Mark, Green, Church, Crown, Victoria)
and derived initials that are also ranks or abbreviations (DS, DC, PC, GP, DA).
"""

from __future__ import annotations

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "HB-2022-03"
review = "Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "01-09-2020", to = "31-03-2022" }
board = "Kingsmere Safeguarding Children Partnership"

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
name = "Brambleside Medical Practice"
published_as = "the GP practice"

[[agencies]]
name = "Little Acorns Nursery"

[[agencies]]
name = "Ferncliffe Primary School"
aliases = ["Ferncliffe"]

[[people]]
name = "Tayla-Mae Ashdown-Szczęsny"
role = "Child"
pseudonym = "Child T"
born = "12-02-2019"
address = "Flat 3, Kestrel House, 41 Tanners Lane, Marlcombe, OX4 6JB"

[[people]]
name = "Danielle Ashdown"
aliases = ["Dani"]
role = "Mother"
pseudonym = "Mother"
born = "27-06-1996"
address = "Flat 3, Kestrel House, 41 Tanners Lane, Marlcombe, OX4 6JB"

[[people]]
name = "Dawid Szczęsny"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Darren Cole"
role = "Mother's partner"
pseudonym = "Mother's partner"

[[people]]
name = "May Ashdown"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"
address = "Rosemary Cottage, Chapel Row, Nether Wyecombe, OX7 3PL"

[[people]]
name = "Grace Pryce"
role = "Sibling"
pseudonym = "Sibling 1"
born = "05-10-2013"

[[staff]]
name = "Ruth Green"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Victoria Hale"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Oliver Church"
role = "GP"
agency = "Brambleside Medical Practice"

[[staff]]
name = "Mark Devlin"
role = "Detective Constable"
agency = "Thames Valley Police"

[[staff]]
name = "Paula Carver"
role = "Police Constable"
agency = "Thames Valley Police"

[[staff]]
name = "Hannah Crown"
role = "Nursery Manager"
agency = "Little Acorns Nursery"
"""

# Each identifier as planted, with its kind; its tokens are what must not survive. Key
# names that are also ordinary words (May, Grace, Victoria, Green, Church, Crown)
# are planted as the phrase in which they name the person.
IDENTIFIERS = {
    "key_name": ["Tayla-Mae", "had Tayla most", "Ashdown", "Szczęsny", "Szczesny",
                 "Danielle", "Dani", "Dawid", "Darren", "Cole", "Pryce", "Nanny May",
                 "Grace told", "Grace's", "and Grace with", "Ruth", "Green (Health Visitor)",
                 "Hale", "Victoria visited", "Oliver", "Dr Church", "Church saw", "Devlin",
                 "Carver", "Hannah", "Mrs Crown", "Crown, manager"],
    "misspelling": ["Sczesny", "Ashdowne", "Tayler-Mae"],
    "nickname": ["Tay", "Dave", "Smudge", "Daz", "Shaz"],
    "initials": ["T-M", "T.M.A.S.", "TMAS", "D.A.", "D. A.", "D.C."],
    "not_in_key": ["Paweł", "Sharon", "Pike", "Anil", "D'Souza", "D’Souza", "Renée",
                   "Fauchon-Blake", "Okafor", "Farrow", "Pauline", "Tregarthen",
                   "Chantelle", "Wray", "Kieran", "O'Donnell", "O’Donnell"],
    "address": ["Kestrel House", "Tanners Lane", "Tanners Ln", "Marlcombe",
                "Wisteria Crescent", "Hollinsbrook", "Rosemary Cottage", "Chapel Row",
                "Nether Wyecombe", "Foxglove Mews", "Ellerby Gardens", "Hinksworth"],
    "postcode": ["OX4 6JB", "OX46JB", "OX4", "6JB", "OX3 9RW", "9RW", "OX7 3PL", "3PL",
                 "OX4 2DX", "2DX"],
    "agency_place": ["Brambleside", "Little Acorns", "Ferncliffe"],
    "text_place": ["Orchard Vale", "Penhallow"],
    "phone": ["07700 900 482", "07700900615", "01865 496 013", "+44 (0)7700 900 731"],
    "nhs_number": ["485 771 2032", "4018825145", "612-093-3751"],
    "ni_number": ["JT 48 92 17 A", "PR649301B"],
    "email": ["dani.ashdown96@example.co.uk", "d.cole1988@example.net"],
    "url": ["facebook.com/darren.cole.7788", "www.orchardvale-cc.example.org.uk"],
    "handle": ["@smudge_cole88", "dani_ash96"],
    "date_of_birth": ["12/02/2019", "12.02.19", "12th February 2019", "27 June 1996",
                      "14/08/1988", "03/11/1990", "05/10/2013"],
}
# Ordinary phrases the published documents must keep.
ORDINARY = [
    "in May 2021", "Friday 7 May", "may not have", "with good grace", "a mark on her cheek",
    "rated Green", "from Amber to Red", "DS", "DC", "PC", "DCI", "GP TO BE INFORMED",
    "a DA notification", "Victoria Climbié", "Lord Laming", "Peter Connelly",
    "Arthur Labinjo-Hughes", "Star Hobson", "Church of England", "Crown Prosecution Service",
    "German Shepherd", "XL Bully", "Calpol", "PlayStation", "Ring doorbell",
    "Designated Safeguarding Lead", "Multi-Agency Safeguarding Hub", "Operation Encompass",
    "Team Around the Family", "Boxing Day", "Accident and Emergency", "Child in Need",
    "Working Together to Safeguard Children", "Independent Domestic Violence Advisor",
    "Police National Computer", "in June 2021", "Children's Front Door", "MARAC", "TikTok",
    "Snapchat", "phoned 101", "DO NOT RELEASE TO", "in April 2021",
]

INVOLVEMENT = [
    "Tayla-Mae Ashdown-Szczęsny (known in the family as 'Tay') was born on 12/02/2019. She "
    "lived with her mother Danielle Ashdown ('Dani') and her half-sister Grace Pryce "
    "(DOB 05/10/2013) at Flat 3, Kestrel House, 41 Tanners Lane, Marlcombe, OX4 6JB.",
    "The child's father, Dawid Szczęsny (who calls himself \"Dave\"), returned to Poland "
    "in 2020. Police records hold him as SZCZESNY and as Sczesny; his brother Paweł was "
    "never contacted by any agency.",
    "On 14 September 2020 the mother registered T-M and Grace with Brambleside Medical "
    "Practice, having moved from 14 Wisteria Crescent, Hollinsbrook, OX3 9RW. Dr Oliver "
    "Church saw T.M.A.S. for a chest infection and advised Calpol; Dr Church did not ask "
    "who else lived at the flat. The family had been registered at Penhallow Surgery.",
    "The maternal grandmother ('Nanny May') lives at Rosemary Cottage, Chapel Row, Nether "
    "Wyecombe, OX7 3PL and had Tayla most weekends. Nanny May told Ruth Green (Health "
    "Visitor) on Friday 7 May that her daughter was 'not herself'; the family may not "
    "have told her about the new partner.",
    "Darren Cole (DOB 14/08/1988, known locally as 'Smudge', and to the mother as Daz) "
    "moved into the flat (OX46JB on the police system) in late 2020 with a German Shepherd "
    "and an XL Bully. His previous partner, Chantelle Wray, had been discussed at MARAC; "
    "his history was not checked on the Police National Computer.",
    "On Boxing Day 2020 a neighbour, Mr Anil D'Souza of 39 Tanners Lane, phoned 101 from "
    "07700 900 482 to report shouting. DS Okafor attended with PC Carver; the partner was "
    "not spoken to separately and no DA notification was made. D.C. was described as calm.",
    "Footage from Mr D’Souza’s Ring doorbell showed Daz carrying the child out of the "
    "block at 02:10. DC Devlin viewed it on 2 January 2021; his log reads FLAG ON ADDRESS "
    "- GP TO BE INFORMED, which did not happen.",
    "Victoria Hale (Social Worker) opened a Child in Need plan in February 2021. Victoria "
    "visited on 19 February 2021 and saw a mark on her cheek, which Ms Ashdowne said came "
    "from the dog; the child was not seen alone. The risk moved from Amber to Red that "
    "month, yet the case was rated Green again by March.",
    "Hannah Crown, manager of Little Acorns Nursery, told the Designated Safeguarding "
    "Lead at Ferncliffe Primary School, Mrs Pauline Tregarthen, that TMAS had bruising "
    "to both arms; the nursery form gave her date of birth as 12th February 2019. Mrs "
    "Crown also noted that Smudge collected her twice without being named on the form, "
    "and in April 2021 the nursery's alert was changed to DO NOT RELEASE TO DARREN COLE.",
    "Grace told her class teacher that Mr Cole played PlayStation all night and that she "
    "had given her sister Calpol herself; her attendance fell to 81% in the spring term.",
    "The family used Orchard Vale Children's Centre (www.orchardvale-cc.example.org.uk) "
    "until March 2021. Its family worker, Renée Fauchon-Blake, had the mother's email "
    "dani.ashdown96@example.co.uk and mobile 07700900615; D.A. also used the Snapchat "
    "name dani_ash96.",
    "The mother's sister Sharon Pike ('Shaz', DOB 03/11/1990) of 7 Ellerby Gardens, "
    "Hinksworth, rang the Children's Front Door on 01865 496 013 in May 2021, saying the "
    "partner had 'a temper' and that her sister was frightened of him.",
    "On 23 March 2021 the child (recorded as Tayler-Mae, date of birth 12.02.19) was taken "
    "to Accident and Emergency with a fractured arm. D. A. said she had fallen from the "
    "sofa. DCI Farrow chaired the strategy discussion; Szczesny's family were not told.",
    "The referral gave the child's NHS number as 485 771 2032, the mother's as 4018825145 "
    "(with her date of birth, 27 June 1996) and the sibling's as 612-093-3751. The "
    "mother's National Insurance number JT 48 92 17 A was on a benefits letter; the "
    "partner's was PR649301B.",
    "The partner posted photographs of the flat on TikTok as @smudge_cole88 and on "
    "Facebook (https://www.facebook.com/darren.cole.7788); his email was "
    "d.cole1988@example.net and his other phone +44 (0)7700 900 731.",
    "Kieran O'Donnell, a friend of the partner, told police he 'never touched the kids'. "
    "Mr O’Donnell had stayed with him at 22 Foxglove Mews, OX4 2DX, which the mother gave "
    "as a safe address; the Crown Prosecution Service decided in June 2021 not to charge.",
]
ANALYSIS = [
    "Practitioners took Danielle's account at face value and did not test it with the "
    "school or Little Acorns. The Ashdown household was never seen together, and nobody "
    "asked who 'Smudge' was. The Independent Domestic Violence Advisor was not told that "
    "the partner's former partner had been a MARAC case.",
    "Lord Laming's inquiry into the death of Victoria Climbié, the review about Peter "
    "Connelly, and the national review about Arthur Labinjo-Hughes and Star Hobson all "
    "warn that a new adult in the household must be known. The move to Tanners Ln was "
    "recorded, but not who moved in.",
    "The mother took the child to a Church of England toddler group on Wednesdays, whose "
    "leader saw the bruising in May 2021; she accepted the advice to refer with good "
    "grace, but the referral was sent to the wrong inbox.",
]
LEARNING = [
    "Learning: when Dani said that 'Daz' was only a friend, nobody linked him to Darren "
    "Cole or checked the Police National Computer, and the MARAC record about Ms Wray was "
    "not shared with the practice.",
    "Practitioners must see a child alone: Tayla-Mae was seen fourteen times and never "
    "alone, including by Victoria Hale at Kestrel House; Working Together to Safeguard "
    "Children is clear on this, and the Team Around the Family met only once.",
    "An Operation Encompass notification after Boxing Day would have told Ferncliffe that "
    "Grace's home was unsafe; Grace told staff in May 2021 and the Designated "
    "Safeguarding Lead rated the concern Green instead of from Amber to Red.",
]
RECOMMENDATIONS = [
    ("Little Acorns Nursery must check every adult who collects a child against the form, "
     "as Mr Cole ('Smudge') collected the child twice without being named",
     "Add a named-collector check and review T-M's file", "Nursery Manager",
     "31-07-2022"),
    ("Brambleside Medical Practice must link the records of every child in a household, "
     "as Grace Pryce's and her sister's records were never linked",
     "Audit household linking at Brambleside", "Practice Manager", "30-09-2022"),
    ("The Multi-Agency Safeguarding Hub must send each Operation Encompass notification to "
     "the Designated Safeguarding Lead by 9am, and a DA notification to the GP",
     "Agree the protocol with schools and practices", "Head of Service", "31-10-2022"),
]

THIRD = HeldOut(
    "HB-2022-03", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="RESTRICTED - Tayla-Mae Ashdown-Szczęsny (DOB 12/02/2019), OX4 6JB",
    footer="Author: DS Okafor, Thames Valley Police, 01865 496 013",
    comment="Ask Dani whether Smudge still has the dogs at Foxglove Mews",
    footnote="Information from Sharon Pike ('Shaz'), maternal aunt, on 07700900615.")
