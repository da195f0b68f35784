# ruff: noqa: E501
"""A held-back publication case, written blind (without sight of the anonymiser); every
name, address, number and place-name in it that could locate the family is invented."""

from tests.builders.publish_heldout import HeldOut

_TOML = """\
reference = "SSCP-CSPR-2019-11"
review = "Local Child Safeguarding Practice Review"
subject = "Child X"
period = { from = "01-03-2018", to = "31-12-2019" }
board = "South London Safeguarding Children Partnership"
decision = "14-01-2020"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["MPS", "Met Police", "Police"]

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC", "Children's Services"]

[[agencies]]
name = "Evelina London Community Health Visiting"
aliases = ["Health Visiting", "HV"]

[[agencies]]
name = "Choumert Rise Primary School"
aliases = ["Choumert Rise", "CRPS"]
published_as = "the primary school"

[[agencies]]
name = "Bellenden Green Medical Practice"
aliases = ["Bellenden Green"]

[[agencies]]
name = "Southmere Children's Centre"
aliases = ["Southmere"]
published_as = "the children's centre"

[[people]]
name = "Ayọ̀ká Ọ̀ṣìnúbì"
aliases = ["Ayoka Osinubi", "Ayọ̀ká", "Ayoka", "Kaka", "A.O."]
role = "Child"
pseudonym = "Child X"
born = "14-09-2012"
address = "Flat 14, Ketterby House, Cronin Walk, Peckham, London SE15 4PX"

[[people]]
name = "Ìbùkún Ọ̀ṣìnúbì"
aliases = ["Ibukun Osinubi", "Bukky", "Mummy Seun", "I.O."]
role = "Mother"
pseudonym = "Parent 1"
born = "22-06-1985"
address = "Flat 14, Ketterby House, Cronin Walk, Peckham, London SE15 4PX"

[[people]]
name = "Adébáyọ̀ Ọ̀ṣìnúbì"
aliases = ["Bayo", "Mr Osinubi"]
role = "Father"
pseudonym = "Parent 2"
born = "11-11-1979"
address = "14 Adélékè Street, Surulere, Lagos"

[[people]]
name = "Olúwaṣeun Ọ̀ṣìnúbì"
aliases = ["Oluwaseun Osinubi", "Seun"]
role = "Sibling"
pseudonym = "Child Y"
born = "03-02-2006"

[[people]]
name = "Tọ́lání Ọ̀ṣìnúbì"
aliases = ["Tolani"]
role = "Sibling"
pseudonym = "Child Z"
born = "19-05-2018"

[[people]]
name = "Patience Olúwọlé"
aliases = ["Patience Oluwole", "Mrs Oluwole", "Aunty Patience", "Mama P"]
role = "Private foster carer"
pseudonym = "Adult A"
born = "05-04-1961"
address = "27 Wrenmoor Crescent, Thamesmead, London SE28 8QJ"

[[people]]
name = "Mojisola Ọ̀ṣìnúbì"
aliases = ["Moji", "Grandma Ibadan"]
role = "Paternal grandmother"
pseudonym = "Adult B"
address = "Oluyole Estate, Ibadan"

[[staff]]
name = "Gwendolyn Bishop"
code = "HV1"
role = "Health Visitor"
agency = "Evelina London Community Health Visiting"

[[staff]]
name = "Marcus Easter"
code = "GP1"
role = "General Practitioner"
agency = "Bellenden Green Medical Practice"

[[staff]]
name = "Callum Ashdown-Reyes"
code = "SW1"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Idris Fenwick"
code = "DC1"
role = "Detective Constable"
agency = "Metropolitan Police Service"
"""

_INVOLVEMENT = [
    "Ayọ̀ká Ọ̀ṣìnúbì (Child X, known at home as Kaka, date of birth 14/09/2012) lived with her mother, Ìbùkún Ọ̀ṣìnúbì, at Flat 14, Ketterby House, Cronin Walk, Peckham SE15 4PX, and attended Choumert Rise Primary School, where she was in Year 2 in March 2018. Her brother Olúwaṣeun (Seun) was in Year 9. Ms Osinubi worked night shifts as a care assistant and was in receipt of Universal Credit; church members called her Mummy Seun, after her eldest child, as is usual in Yoruba families.",
    "The health visitor, Gwendolyn Bishop, completed the new birth visit for Tọ́lání on 02/06/2018 and recorded the baby's Mongolian blue spots in the Red Book. When Ms Bishop asked where Ayoka was, Ms Ọ̀ṣìnúbì said she was \"staying with Aunty Patience in Thamesmead for the school holidays\". The same answer was given at the 6 to 8 week review, when the Ages and Stages Questionnaire was completed for Tolani. No one asked who Aunty Patience was, or how long the arrangement would last.",
    "In September 2018 Seun was sent to board at Ìmọ́lẹ̀ Heights College, near his paternal grandmother (Grandma Ibadan, Mojisola Ọ̀ṣìnúbì, of Oluyole Estate). His father, Adébáyọ̀ Ọ̀ṣìnúbì (Bayo), lived at 14 Adélékè Street (written Adeleke Street in the school file), Surulere, and paid the fees. The school recorded a Children Missing Education referral; the mother said on WhatsApp that he had flown from Heathrow to Nigeria and the referral was closed. No one told the Nigerian High Commission or asked the father how the child was doing.",
    "From October 2018 Ayoka lived full time with Patience Olúwọlé (Mama P) at 27 Wrenmoor Crescent, Thamesmead, SE28 8QJ, a member of the Fountain of Restoration Ministries International, where the presiding bishop and Pastor Ezekiel Adéyẹmí (Pastor Zeke) led the Sunday service. The arrangement was a private fostering arrangement within the Children Act 1989; it was never notified to Children's Social Care under the Children (Private Arrangements for Fostering) Regulations 2005. Ayoka travelled across London each day on an Oyster card, often late, and her attendance fell to 81 per cent.",
    "Southmere Children's Centre knew Mrs Oluwole, who brought a grandchild to stay and play sessions, and Ayọ̀ká came with them during the Easter holidays. Staff noted that A.O. ate quickly, hid bread in her coat and flinched when a neighbour's Staffordshire bull terrier barked. A neighbour, Mr Sunday Okoro, told the centre worker that the girl was \"kept in the back room\" and was taken to church on Watch Night for \"deliverance\". The worker wrote \"possible PRIVATE FOSTERING - check\" in the diary but did not make a referral.",
    "Dr Marcus Easter at Bellenden Green Medical Practice saw Ayoka on 23/04/2019 with a limp, which was diagnosed as Perthes disease and referred to Evelina London Children's Hospital. Mrs Olúwọlé brought her and gave her own mobile number, 07700 900614, which was added to the record. Dr Easter did not ask why the child was brought by someone who was not her parent, or whether the parent knew. The NHS number 999 472 1185 was later found on two records with different addresses.",
    "On Christmas Eve 2019 Ayọ̀ká was brought to Queen Elizabeth Hospital with scalds to her feet and linear marks on her back. The Met Police Child Abuse Investigation Team were informed; DC Idris Fenwick and a Detective Sergeant attended, and a strategy meeting held through the MASH on Boxing Day agreed a section 47 enquiry, led by Callum Ashdown-Reyes. The case was discussed with Project Violet. Mrs Oluwole said the child had been \"troublesome since she came from Peckham\"; Ms Osinubi was reached on 01632 960271 and at ibukun.osinubi@example.org.",
]

_ANALYSIS = [
    "The central fact of this review is that a child of six was looked after for more than a year by a woman who was not a close relative, and no professional recognised it as private fostering. The health visitor, the school, the GP practice and the children's centre each held a piece of it. Ms Bishop heard \"Aunty Patience\", which in Nigerian families can mean any older woman of the church; Choumert Rise (CRPS on the admissions form) recorded \"lives with aunt\"; Bellenden Green recorded Mrs Oluwole's number; Southmere heard Mr Okoro's worry. None of them asked the question that would have made the arrangement visible.",
    "Practitioners were uncertain about faith and culture and said so. The children's centre worker said she did not want to \"offend the church\" by asking about Watch Night deliverance; the school had thought Ayoka's tiredness was due to the long journey from Thamesmead. AFRUCA and the NSPCC both publish guidance on child abuse linked to faith or belief, and the Met Police's Project Violet was available for advice, but none of the agencies used it before Christmas Eve 2019.",
    "Seun's departure to Ìmọ́lẹ̀ Heights College was treated as a closed matter once the mother said he had left from Heathrow. The review heard that sending a child to school abroad is common and often positive; here it came weeks after his mother was warned about his behaviour, and it removed a second child from view. Grandma Ibadan was never contacted, and nor was Bayo, although his number was in the school's file.",
    "The records of Ayọ̀ká Ọ̀ṣìnúbì were split across two addresses, SE15 and SE28, and two spellings (Ayokah Osinubbi on the children's centre register and Oluwolle for her carer). A search on either would not have found the other. The Graded Care Profile 2 was not used, although the neglect indicators (hunger, poor attendance, untreated injury) were present from the spring of 2019.",
]

_LEARNING = [
    "Learning point 1: private fostering is hidden in plain sight. Ayoka Osinubi (A.O.) lived with Aunty Patience at Wrenmoor Crescent, Thamesmead, for fourteen months while four agencies knew she was not at home in Cronin Walk, Peckham. Her mother, I.O., signed the school form herself. Since Victoria Climbié, whose great-aunt was also a private foster carer, and Lord Laming's report, every agency has had a duty to notify; Working Together to Safeguard Children 2018 repeats it. Practitioners who hear \"she is with her aunty\" must ask who, where, and for how long, with patience and persistence, and notify Children's Social Care when the answer is 28 days or more.",
    "Learning point 2: a family's names and ties travel. The mother was known as Ìbùkún, Bukky, Ms Ọ̀ṣìnúbì and Mummy Seun; the child as Ayọ̀ká, Ayoka and Kaka; the carer as Mrs Olúwọlé and Mama P. Records at Choumert Rise Primary School, Bellenden Green and Southmere Children's Centre used different spellings (Ayokah, Osinubbi) and dates of birth written 14 September 2012 and 14/09/2012, so no search joined them. The mother's own date of birth, 22.06.1985, appeared on the Ofsted-registered holiday club form and the Home Office letter alike. Agencies should record every name a child is known by, including Yoruba names with their accents and the ASCII spelling.",
    "Learning point 3: when a child is sent to school abroad, the question is not only where but why, and who will see them. Seun (Oluwaseun Osinubi) went to Imole Heights College in Nigeria after the school raised concerns; the referral was closed on a WhatsApp message. The Child Safeguarding Practice Review Panel's reports, and the Child Q review, show the value of asking children themselves.",
    "Learning point 4: faith communities are partners, and they can also be places of risk. The Fountain of Restoration Ministries International (FORMI) had no safeguarding lead; Pastor Adeyemi told the review he had thought the arrangement was \"a blessing for everybody\". The presiding bishop has since asked for training from AFRUCA.",
]

_RECOMMENDATIONS = [
    ("Children's Social Care should run a PRIVATE FOSTERING awareness campaign each Easter Sunday and Watch Night season with Pentecostal churches, including the Fountain of Restoration Ministries International, so that arrangements such as the one made for Ayọ̀ká with Mrs Olúwọlé in Thamesmead are notified under the Children Act 1989",
     "Leaflets in English and Yoruba; a named lead for each faith setting", "Head of Service, Children's Social Care", "31-03-2021"),
    ("The health visiting service, Choumert Rise Primary School and Bellenden Green Medical Practice should ask, at every contact where a child is not living with a parent, who the carer is and for how long, record all names (Ayoka, Kaka, A.O.) and both spellings, and use the Signs of Safety framework and the Graded Care Profile 2 with the family",
     "Audit of 20 records; training for Ms Bishop's team and for Dr Easter's practice", "Designated Nurse", "30-09-2021"),
    ("The Metropolitan Police Service should ensure every Detective Sergeant in the Child Abuse Investigation Team knows how to refer to Project Violet and the MASH when a child such as Seun is sent abroad, drawing on the Victoria Climbié inquiry and the learning from the Queen Elizabeth Hospital and King's College Hospital safeguarding teams",
     "Briefing and a flag on CRIS records", "Detective Superintendent, Public Protection", "31-12-2021"),
]

CASE = HeldOut(
    reference="SSCP-CSPR-2019-11",
    case_toml=_TOML,
    identifiers={
        "key_name": ["Ayọ̀ká Ọ̀ṣìnúbì", "Ayoka Osinubi", "Ayọ̀ká", "Ayoka", "Ayoka's",
                     "Ìbùkún Ọ̀ṣìnúbì", "Ìbùkún", "Ms Osinubi", "Ms Ọ̀ṣìnúbì",
                     "Adébáyọ̀ Ọ̀ṣìnúbì", "Olúwaṣeun", "Oluwaseun Osinubi", "Seun",
                     "Seun's", "Tọ́lání", "Tolani", "Patience Olúwọlé", "Mrs Oluwole",
                     "Mrs Olúwọlé", "Mrs Oluwole's", "Mojisola Ọ̀ṣìnúbì"],
        "nickname": ["Kaka", "Mummy Seun", "Bukky", "Bayo", "Aunty Patience", "Mama P",
                     "Grandma Ibadan"],
        "misspelling": ["Ayokah", "Osinubbi", "Oluwolle", "Ayokah Osinubbi"],
        "initials": ["A.O.", "I.O."],
        "not_in_key": ["Sunday Okoro", "Mr Okoro", "Mr Okoro's", "Pastor Ezekiel Adéyẹmí",
                       "Pastor Zeke", "Pastor Adeyemi", "Folasade Idowu", "Aunty Sade"],
        "staff_name": ["Gwendolyn Bishop", "Ms Bishop", "Ms Bishop's", "Dr Marcus Easter",
                       "Dr Easter", "Dr Easter's", "Callum Ashdown-Reyes", "DC Idris Fenwick"],
        "address": ["Ketterby House", "Cronin Walk", "Wrenmoor Crescent", "27 Wrenmoor Crescent",
                    "Adélékè Street", "Adeleke Street", "Surulere", "Oluyole Estate",
                    "Peckham", "Thamesmead"],
        "postcode": ["SE15 4PX", "SE15", "4PX", "SE28 8QJ", "SE28", "8QJ"],
        "agency_place": ["Choumert Rise Primary School", "Choumert Rise", "CRPS",
                         "Bellenden Green Medical Practice", "Bellenden Green",
                         "Southmere Children's Centre", "Southmere"],
        "community_place": ["Fountain of Restoration Ministries International", "FORMI",
                            "Ìmọ́lẹ̀ Heights College", "Imole Heights College"],
        "number": ["07700 900614", "01632 960271", "999 472 1185",
                   "ibukun.osinubi@example.org", "5504187/18"],
        "date_of_birth": ["14/09/2012", "14 September 2012", "22.06.1985"],
        "social_media": ["@kakas_world12", "@mummyseun_kitchen"],
    },
    ordinary=[
        "Victoria Climbié", "Lord Laming", "Children Act 1989",
        "Children (Private Arrangements for Fostering) Regulations 2005",
        "Working Together to Safeguard Children 2018", "Project Violet", "AFRUCA", "NSPCC",
        "Evelina London Children's Hospital", "Queen Elizabeth Hospital",
        "King's College Hospital", "MASH", "Detective Sergeant", "section 47",
        "Easter Sunday", "Easter holidays", "presiding bishop", "Sunday service", "Watch Night",
        "Christmas Eve", "Boxing Day", "Year 2", "Year 9", "WhatsApp", "Oyster card",
        "Staffordshire bull terrier", "Perthes disease", "Mongolian blue spots",
        "Graded Care Profile 2", "Signs of Safety", "Ages and Stages Questionnaire",
        "Nigeria", "Heathrow", "Nigerian High Commission", "Ofsted",
        "PRIVATE FOSTERING", "Child Q", "Red Book",
        "patience and persistence", "Child Safeguarding Practice Review Panel",
    ],
    involvement=_INVOLVEMENT,
    analysis=_ANALYSIS,
    learning=_LEARNING,
    recommendations=_RECOMMENDATIONS,
    header="RESTRICTED - SSCP-CSPR-2019-11 - Ayoka Osinubi (A.O.), Cronin Walk, SE15 4PX",
    footer="Prepared for the panel; copy to Ms Bishop and DC Idris Fenwick; CRIS 5504187/18",
    comment="Check with Aunty Sade (Folasade Idowu) whether Bukky's Instagram @mummyseun_kitchen and Kaka's @kakas_world12 show Ayọ̀ká at Southmere.",
    footnote="Mrs Olúwọlé's address, 27 Wrenmoor Crescent, Thamesmead SE28 8QJ, is taken from the record made by Callum Ashdown-Reyes; Ìbùkún's date of birth is 22.06.1985.",
)
