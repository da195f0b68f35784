"""A held-back publication case (number 42), written blind to the anonymiser: a family on a
narrowboat whose youngest child's faltering growth was lost when the boat moved; every name,
place, number and handle in it is invented."""
# ruff: noqa: E501

from tests.builders.publish_heldout import HeldOut

_CASE_TOML = """\
reference = "PK-CSPR-2023-07"
review = "Child Safeguarding Practice Review"
subject = "Child K"
period = { from = "14-03-2021", to = "31-05-2023" }
board = "Penkshire Safeguarding Children Partnership"

[[agencies]]
name = "Penkshire Police"
aliases = ["Police", "PKP"]
report_due = "15-09-2023"

[[agencies]]
name = "Penkshire Children's Social Care"
aliases = ["Children's Social Care", "CSC", "Children's Services"]

[[agencies]]
name = "Penkshire Health Visiting Service"
aliases = ["Health Visiting", "0-19 Service", "HV Service"]

[[agencies]]
name = "Ellerbrook Surgery"
aliases = ["Ellerbrook GP", "the surgery"]

[[agencies]]
name = "Brindlecote Children's Centre"
aliases = ["Brindlecote CC"]
published_as = "the children's centre"

[[agencies]]
name = "Wetherstone CE Primary School"
aliases = ["Wetherstone Primary"]
published_as = "the primary school"

[[agencies]]
name = "The Probation Service (Penkshire and Tame)"
aliases = ["Probation", "Probation Service"]

[[people]]
name = "Marnie-Jo Tiller"
aliases = ["Marnie-Jo", "Marnie", "Marnie-Joe", "MJ", "M-J", "Moo"]
role = "Child"
pseudonym = "Child K"
born = "14-03-2021"
address = "NB Saffron Heron, continuous cruiser; post to 7 Quarry Fold, Wetherstone, WS15 7QD"

[[people]]
name = "Kester Tiller"
aliases = ["Kester", "Kes", "K.T."]
role = "Sibling"
pseudonym = "Sibling 1"
born = "02-09-2016"
address = "NB Saffron Heron, continuous cruiser; post to 7 Quarry Fold, Wetherstone, WS15 7QD"

[[people]]
name = "Jodie-Ann Tiller"
aliases = ["Jodie-Ann", "Jodie", "Jody-Ann", "Ms Tiller", "JAT", "J-A.T."]
role = "Mother"
pseudonym = "Parent 1"
born = "22-11-1997"
address = "NB Saffron Heron, continuous cruiser; post to 7 Quarry Fold, Wetherstone, WS15 7QD"

[[people]]
name = "Radosław Kępa"
aliases = ["Radoslaw Kepa", "Radek", "Mr Kępa", "Mr Kepa", "RK"]
role = "Mother's partner"
pseudonym = "Adult B"
born = "09-06-1989"
address = "NB Saffron Heron, continuous cruiser"

[[people]]
name = "Liam Cattermole"
aliases = ["Mr Cattermole"]
role = "Father of Child K"
pseudonym = "Parent 2"
born = "17-01-1995"

[[staff]]
name = "Philippa Gaunt"
code = "HV1"
role = "Health Visitor"
agency = "Penkshire Health Visiting Service"

[[staff]]
name = "April Dunmore"
code = "SW1"
role = "Social Worker"
agency = "Penkshire Children's Social Care"

[[staff]]
name = "Tobiah Ferrand"
code = "GP1"
role = "General Practitioner"
agency = "Ellerbrook Surgery"

[[staff]]
name = "Hollis Mabbott"
code = "PO1"
role = "Probation Officer"
agency = "The Probation Service (Penkshire and Tame)"

[[staff]]
name = "Ffion Aspley"
code = "FSW1"
role = "Family Support Worker"
agency = "Brindlecote Children's Centre"
"""

_IDENTIFIERS = {
    "key_name": ["Marnie-Jo Tiller", "Marnie-Jo", "Marnie", "Kester Tiller", "Kester",
                 "Jodie-Ann Tiller", "Jodie-Ann", "Jodie", "Ms Tiller", "Radosław Kępa",
                 "Radoslaw Kepa", "Mr Kępa", "Mr Kepa", "Liam Cattermole",
                 "Mr Cattermole"],
    "misspelling": ["Marnie-Joe Tiller", "Marnie-Joe", "Jody-Ann"],
    "nickname": ["Moo", "Kes", "Radek", "Nan Mo"],
    "initials": ["MJ", "M-J", "K.T.", "JAT", "J-A.T.", "RK"],
    "not_in_key": ["Maureen Haycock", "Mrs Haycock", "Maureen", "Siân Ferriday",
                   "Sian Ferriday", "Siân", "Kerry Dabbs", "Big Al"],
    "staff_name": ["Philippa Gaunt", "Ms Gaunt", "April Dunmore", "Ms Dunmore",
                   "Tobiah Ferrand", "Dr Ferrand", "Hollis Mabbott", "Mr Mabbott",
                   "Ffion Aspley"],
    "boat_name": ["Saffron Heron", "NB Saffron Heron"],
    "pet_name": ["Brutus"],
    "address": ["7 Quarry Fold", "Quarry Fold", "Wetherstone", "Coldhurst Wharf",
                "Slatebrook Junction", "Slatebrook", "Haddesley Arm"],
    "postcode": ["WS15 7QD", "WS15"],
    "what3words": ["///velvet.ladder.pebbles"],
    "agency_place": ["Ellerbrook Surgery", "Ellerbrook GP", "Ellerbrook",
                     "Brindlecote Children's Centre", "Brindlecote",
                     "Wetherstone CE Primary School"],
    "number": ["07700 900418", "01632 960527", "527318", "PK-22-118457", "999 406 2185"],
    "date_of_birth": ["14-03-2021", "14th March 2021", "22/11/1997", "09.06.1989",
                      "02-09-2016"],
    "social_media": ["@saffronheron_cruising", "@jodieann_boatmum"],
    "email": ["jodieann.tiller@example.org"],
}

_ORDINARY = [
    "at the tiller", "pale and gaunt", "April 2022", "Christmas Eve", "Bonfire Night",
    "Tuesday", "Birmingham Children's Hospital", "NSPCC", "Canal & River Trust",
    "Waterways Chaplaincy", "Milton Keynes", "Children Act 1989", "section 47",
    "Working Together to Safeguard Children 2018", "Clare's Law", "MAPPA", "OASys",
    "DASH risk checklist", "Detective Sergeant", "Graded Care Profile 2",
    "UK-WHO growth chart", "0.4th centile", "Victoria Climbié", "Lord Laming",
    "Arthur Labinjo-Hughes", "Star Hobson", "NO ACCESS", "WAS NOT BROUGHT", "Poland",
    "ACRO", "WhatsApp", "Cow & Gate", "what3words", "Staffordshire Bull Terrier",
    "Jack Russell", "Crohn's disease", "Hirschsprung's disease", "Year 2", "CPOMS",
    "red diesel",
]

_INVOLVEMENT = [
    "The health visiting service first knew the family when Jodie-Ann Tiller registered her daughter Marnie-Jo (date of birth 14-03-2021) at the Ellerbrook Surgery while the narrowboat Saffron Heron was moored at Coldhurst Wharf. The new birth visit took place on board on a Tuesday in April 2021. Philippa Gaunt recorded that the boat was warm and tidy, that Ms Tiller was breastfeeding, and that Kester, then in Reception, was 'chatty and proud of his sister'. The family gave their postal address as 7 Quarry Fold, Wetherstone, WS15 7QD, the home of the maternal grandmother, Maureen Haycock, whom both children call Nan Mo. Marnie-Jo's father, Liam Cattermole, has had no contact with her since before her birth; her red book gives her date of birth as 14th March 2021.",
    "At the 9-12 month review in April 2022, held at Brindlecote Children's Centre rather than at home, Marnie's weight had fallen from the 25th centile at birth to below the 2nd centile on the UK-WHO growth chart. Ms Gaunt wrote that MJ looked 'pale and gaunt', was still taking Cow & Gate follow-on milk from a bottle and ate little solid food; she planned a review weight in four weeks. Jodie said the family were continuous cruisers and would be 'up the Haddesley Arm' for the summer. The next two clinic appointments were recorded as WAS NOT BROUGHT and a home visit on 05-05-2022 as NO ACCESS: the Saffron Heron was no longer at Coldhurst Wharf, nobody asked the Canal & River Trust where it had gone, and the record was closed to the universal service as 'moved out of area'.",
    "Police records show that Radosław Kępa (entered on one log as Radoslaw Kepa, date of birth 09.06.1989) had moved on board by June 2022. Mr Kępa, known to the family as Radek, was on licence after a conviction for assault occasioning actual bodily harm against a former partner, Kerry Dabbs, and was managed at MAPPA level 1 with an OASys assessment of medium risk to known adults. On Bonfire Night 2022 a boater moored alongside at Slatebrook Junction, Siân Ferriday (spelt Sian Ferriday in the call record), rang 999 after hearing shouting and a child screaming on the boat. Officers found Ms Tiller (date of birth 22/11/1997) tearful, Mr Kepa 'calm and polite' and M-J asleep in her cot; the DASH risk checklist was graded standard under occurrence PK-22-118457. The Detective Sergeant who reviewed the log the next morning did not know about the child's growth and no Clare's Law disclosure was considered. Siân told the review that she had heard shouting on the boat 'most nights' that autumn.",
    "The probation officer, Hollis Mabbott, recorded in supervision that 'RK lives on a boat with his girlfriend JAT and her two kids', and gave the address as 'NB Saffron Heron, no fixed mooring'. The police notified the Probation Service of the Bonfire Night call eight days later by email; Mr Mabbott discussed it with Radek, who said it had been 'a row about red diesel and money', and recorded no further action. Mr Kępa told him that he had no convictions in Poland, and no request was made to ACRO to check. The licence ended in January 2023 and the probation case closed without any contact with children's social care.",
    "Children's social care received the police notification through the front door on 14-11-2022. Screening noted from the school that Kester Tiller's attendance had fallen to 71% and, from the health record, 'growth worries' about his sister, but the health visitor named on that record had already closed the case. April Dunmore, the social worker, completed a Child and Family Assessment and visited once, on Christmas Eve 2022, when the boat was moored by the bottom lock at Slatebrook. She recorded that 'Marnie is tiny for her age but smiley; Mum says she is a fussy eater and takes after Nan Mo', and that Radek was at the tiller and 'friendly'. Ms Dunmore did not see the child undressed or weighed, did not use the Graded Care Profile 2, and closed the case with advice to register with a GP. The numbers on the assessment were 07700 900418 for the mother and 01632 960527 for Mrs Haycock.",
    "Wetherstone CE Primary School knew K.T. (date of birth 02-09-2016) as a polite boy in Year 2 whose attendance fell as the boat moved further away; on several Mondays his grandmother Maureen drove him in late. His class teacher logged on CPOMS in February 2023 that Kes had said 'Moo doesn't eat her tea' and that there was 'no food on the boat except the dog's', meaning Brutus, the family's Staffordshire Bull Terrier. The designated safeguarding lead read the entry as a figure of speech and made no referral. A volunteer lock keeper known as Big Al, whose Jack Russell the children played with, told the school in March 2023 that 'the little one never seems to grow'.",
    "Marnie-Jo was never registered with a new practice. The Ellerbrook GP record holds one temporary-resident consultation with Dr Tobiah Ferrand in February 2023 for a chest infection, at which her weight was not taken and the form was completed as 'Marnie-Joe Tiller', mother 'Jody-Ann'; her NHS number, 999 406 2185, was recorded correctly. On Tuesday 09-05-2023 Jodie-Ann brought Marnie-Jo to a stay-and-play session at Brindlecote; the family support worker, Ffion Aspley, was alarmed by her size and by bruising to both shins and, with the mother's agreement (the consent form is signed 'J-A.T.'), arranged an urgent paediatric review the same day. Child K was admitted to Birmingham Children's Hospital weighing 7.9kg, well below the 0.4th centile. Coeliac screening was negative, Hirschsprung's disease was excluded, and she gained weight quickly on a ward diet, the pattern of faltering growth caused by neglect. A section 47 enquiry and an initial child protection conference followed.",
]

_ANALYSIS = [
    "The central failure is that the child became invisible when the boat moved. Every agency's systems assumed a house with a postcode: when the Saffron Heron left Coldhurst Wharf the health record fell back on the WS15 address at Quarry Fold, and then on 'moved out of area'. No one asked the Canal & River Trust, whose licensing team in Milton Keynes holds the boat's index number, 527318, or the Waterways Chaplaincy, whose chaplains knew Jodie-Ann well, where the family were mooring. The mother posted their location almost daily on Instagram as @saffronheron_cruising and on TikTok as @jodieann_boatmum, often with a what3words address such as ///velvet.ladder.pebbles, and her email, jodieann.tiller@example.org, was on the children's centre's register.",
    "Faltering growth was seen and written down but never treated as a trend shared between agencies. Ms Gaunt's plotting on the UK-WHO growth chart was good practice; what was missing was escalation once two appointments were WAS NOT BROUGHT and a visit NO ACCESS. Lord Laming's inquiry into the death of Victoria Climbié, and the national review after the murders of Arthur Labinjo-Hughes and Star Hobson, both warn that a child who is not seen is not safeguarded; Marnie-Jo was seen by four agencies and weighed by none of them for a year. Neglect tools such as the Graded Care Profile 2, promoted by the NSPCC, were available to every practitioner and were not used.",
    "What was known about Mr Kępa stayed with the agency that held it. The Probation Service knew that he lived with two young children; the police knew about the Bonfire Night call; children's social care knew about the child's growth only second-hand; no one held the whole picture. Working Together to Safeguard Children 2018 expects agencies to share information about a person who poses a risk and the children they live with, and MAPPA level 1 management does not remove that duty. Practitioners also accepted the family's life on the canals as the explanation for everything: the cold (red diesel was short), the missed appointments and a thin, quiet toddler. No one asked Ms Tiller about her own Crohn's disease and how it affected her eating and the way she fed her daughter, and Mr Cattermole was never asked what he knew of the family.",
]

_LEARNING = [
    "Children of boating families need a named lead professional and a way to be found. Had the health visitor for Marnie-Jo Tiller (Child K) checked the Canal & River Trust licence record for the Saffron Heron, or messaged Ms Tiller on WhatsApp at 07700 900418 as the mother preferred, the gap from April 2022 to May 2023 would have been weeks rather than more than a year. A NO ACCESS visit should start a search, not close a record: the boat was never more than a day's cruise from Ellerbrook or Brindlecote, and Nan Mo at Wetherstone (WS15 7QD) always knew where Jodie and the children were. Dr Ferrand's temporary-resident consultation at the Ellerbrook Surgery in February 2023 was the last chance to weigh her before she was admitted.",
    "The risk a new partner brings must be asked about directly and every time. Radek's licence, his MAPPA management, his claim to have no convictions in Poland and the Bonfire Night call from Siân Ferriday were each known to one agency. A question to the mother on Christmas Eve, or a Clare's Law disclosure, would have linked them. The Children Act 1989 puts the child's daily experience at the centre of an assessment; a brightly painted boat, a Staffordshire Bull Terrier on the roof, a partner at the tiller and a smiling toddler are not evidence that a child is fed, and MJ needed to be weighed.",
    "Schools hear what children say. Kester's words to his Year 2 teacher were a disclosure about his sister; CPOMS held them, but no one read them as a child's account of neglect. The voice of an older sibling, and of neighbours on the towpath such as Big Al, is part of the evidence about a younger child who cannot speak for herself.",
    "Universal services closed their records when they lost sight of a family. A single Tuesday stay-and-play session at the children's centre, and Ffion Aspley's persistence, did what a year of appointments had not. Early help offered where families actually are, on the towpath and at the water points, reaches children whom clinic letters to a postal address do not.",
]

_RECOMMENDATIONS = [
    ("Health visiting to trace any child of a boating family who is WAS NOT BROUGHT or NO ACCESS, as Marnie-Jo was after leaving Coldhurst Wharf, through the Canal & River Trust and the Waterways Chaplaincy before a record is closed",
     "Write a continuous cruiser protocol; audit every closure as moved out of area",
     "Head of Health Visiting", "31-03-2024"),
    ("The Probation Service to tell children's social care within five working days when a person on licence, such as Mr Kępa, is found to live with children, and to consider a Clare's Law referral",
     "Amend the home circumstances check; brief all probation officers",
     "Head of Probation Delivery Unit", "30-06-2024"),
    ("Children's social care to weigh and plot every child on the UK-WHO growth chart, and to complete the Graded Care Profile 2, in each neglect assessment such as that of Child K on the Saffron Heron",
     "Add both to the assessment template; multi-agency training with the NSPCC",
     "Principal Social Worker", "30-09-2024"),
]

CASE = HeldOut(
    reference="PK-CSPR-2023-07",
    case_toml=_CASE_TOML,
    identifiers=_IDENTIFIERS,
    ordinary=_ORDINARY,
    involvement=_INVOLVEMENT,
    analysis=_ANALYSIS,
    learning=_LEARNING,
    recommendations=_RECOMMENDATIONS,
    header="RESTRICTED: CSPR Child K (Marnie-Jo Tiller, NB Saffron Heron)",
    footer="Author's draft for Ms Tiller's review file; contact Mrs Haycock on 01632 960527",
    comment="Check with Philippa Gaunt whether Quarry Fold, WS15 7QD, was ever entered as the child's address, and ask Radek's probation officer for the licence dates.",
    footnote="Occurrence PK-22-118457; Radoslaw Kepa (09.06.1989) was on licence until January 2023. Caller: Sian Ferriday.",
)
