# ruff: noqa: E501
"""A held-back publication case written blind, for one untuned run: a Welsh-speaking family in a
Gwynedd slate-quarry village, reviewed as a Child Practice Review; every person, address, farm,
chapel, school, surgery, number and date of birth in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "NWSB-CPR-2024-03"

CASE_TOML = """\
reference = "NWSB-CPR-2024-03"
review = "Extended Child Practice Review"
subject = "Child M"
period = { from = "01-09-2022", to = "10-12-2023" }
board = "North Wales Safeguarding Board"

[[agencies]]
name = "North Wales Police"
aliases = ["NWP", "Heddlu Gogledd Cymru", "Police"]

[[agencies]]
name = "Cyngor Gwynedd Children and Supporting Families"
aliases = ["Gwynedd Children's Services", "Plant a Chefnogi Teuluoedd", "Children's Social Services"]

[[agencies]]
name = "Betsi Cadwaladr University Health Board Health Visiting Service"
aliases = ["BCUHB Health Visiting", "Health Visiting", "Ymwelwyr Iechyd"]

[[agencies]]
name = "Ysgol Gynradd Cefn Llechen"
aliases = ["Ysgol Cefn Llechen", "Cefn Llechen Primary School"]

[[agencies]]
name = "Cylch Meithrin Cefn Llechen"
aliases = ["the Cylch"]
published_as = "the Welsh-medium nursery"

[[agencies]]
name = "Canolfan Iechyd Dyffryn Llechen"
aliases = ["Dyffryn Llechen Health Centre"]
published_as = "the GP practice"

[[people]]
name = "Gwenllïan Eira Rhydderch"
aliases = ["Gwenllïan Rhydderch", "Gwenllian Rhydderch", "Gwenllïan", "Gwenllian", "Gwenno", "G.R."]
role = "Child"
pseudonym = "Child M"
born = "14-08-2021"
address = "3 Tai'r Chwarel, Cefn Llechen, Caernarfon, LL54 6PW"

[[people]]
name = "Peredur Llywelyn Rhydderch"
aliases = ["Peredur Rhydderch", "Peredur", "Peri", "P.Ll.R."]
role = "Sibling"
pseudonym = "Sibling"
born = "01-03-2015"
address = "3 Tai'r Chwarel, Cefn Llechen, Caernarfon, LL54 6PW"

[[people]]
name = "Glesni Siân Rhydderch"
aliases = ["Glesni Rhydderch", "Glesni Sian Rhydderch", "Glesni", "Ms Rhydderch", "GSR"]
role = "Mother"
pseudonym = "Mother"
born = "22-11-1996"
address = "3 Tai'r Chwarel, Cefn Llechen, Caernarfon, LL54 6PW"

[[people]]
name = "Shaun Pickavance"
aliases = ["Mr Pickavance", "Pickavance", "Picka", "Dadi Shaun", "S.P."]
role = "Mother's partner"
pseudonym = "Mother's partner"
born = "09-06-1991"
address = "Flat 2, 17 Hollowbrook Close, Kirkby, L32 4TX"

[[people]]
name = "Llŷr Bowen"
aliases = ["Llyr Bowen", "Llŷr", "Llyr", "Mr Bowen"]
role = "Father"
pseudonym = "Father"
born = "30-04-1993"

[[people]]
name = "Elisabeth Rhydderch"
aliases = ["Nain Betsi", "Mrs Rhydderch"]
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"
address = "Bryn Awelon, Lôn Ganol, Cefn Llechen, LL54 6RB"

[[people]]
name = "Owen Rhydderch"
aliases = ["Taid Now"]
role = "Maternal grandfather"
pseudonym = "Maternal grandfather"
address = "Bryn Awelon, Lôn Ganol, Cefn Llechen, LL54 6RB"

[[staff]]
name = "Ffion Clwyd"
code = "SW1"
role = "Social Worker"
agency = "Cyngor Gwynedd Children and Supporting Families"

[[staff]]
name = "Awen Puw"
code = "HV1"
role = "Health Visitor"
agency = "Betsi Cadwaladr University Health Board Health Visiting Service"

[[staff]]
name = "Rhun Dafis"
code = "PC1187"
role = "Police Constable"
agency = "North Wales Police"

[[staff]]
name = "Einir Bodfan"
code = "HT1"
role = "Headteacher"
agency = "Ysgol Gynradd Cefn Llechen"
"""

IDENTIFIERS = {
    "key_name": [
        "Gwenllïan Eira Rhydderch", "Gwenllïan Rhydderch", "Gwenllian Rhydderch", "Gwenllïan",
        "Gwenllïan's", "Gwenllian", "Gwenlian", "Peredur Llywelyn Rhydderch", "Peredur Rhydderch",
        "Peredur", "Peredur's", "Glesni Siân Rhydderch", "Glesni Sian Rhydderch", "Glesni Rhydderch",
        "Glesni", "Ms Rhydderch", "Rhydderch", "Shaun Pickavance", "Mr Pickavance",
        "Mr Pickavance's", "Pickavance", "Pickavence", "Llŷr Bowen", "Llyr Bowen", "Llŷr", "Mr Bowen",
        "Elisabeth Rhydderch", "Mrs Rhydderch", "Owen Rhydderch",
    ],
    "nickname": ["Gwenno", "Gwenno's", "Peri", "Picka", "Dadi Shaun", "Nain Betsi", "Taid Now"],
    "mutated_name": ["Wenllïan", "Wenllian", "Wenno", "Beredur", "Daid Now", "Lŷr", "Lesni"],
    "initials": ["G.R.", "GR", "P.Ll.R.", "PLlR", "S.P.", "GSR"],
    "not_in_key": [
        "Ceinwen Pritchard", "Mrs Pritchard", "Anti Ceinwen", "Arwel Gruffydd", "Mr Gruffydd",
        "Arwel", "Jodie Brannigan", "Ms Brannigan", "Gwawr Rhydderch", "Anti Gwawr",
    ],
    "staff": [
        "Ffion Clwyd", "Ms Clwyd", "Awen Puw", "Awen Pugh", "Mrs Puw", "Rhun Dafis", "PC Dafis",
        "Einir Bodfan", "Mrs Bodfan",
    ],
    "address": [
        "3 Tai'r Chwarel", "4 Tai'r Chwarel", "Tai'r Chwarel", "Cefn Llechen", "Caernarfon",
        "Bryn Awelon", "Lôn Ganol", "Lon Ganol", "Fferm Hafod Ddu", "Hafod Ddu",
        "17 Hollowbrook Close", "Hollowbrook Close", "Kirkby",
    ],
    "postcode": ["LL54 6PW", "LL54", "6PW", "LL54 6RB", "6RB", "L32 4TX"],
    "agency_place": [
        "Ysgol Gynradd Cefn Llechen", "Ysgol Cefn Llechen", "Cylch Meithrin Cefn Llechen",
        "Canolfan Iechyd Dyffryn Llechen", "Dyffryn Llechen Health Centre", "Dyffryn Llechen",
        "Capel Moriah", "Moriah",
    ],
    "number": [
        "999 041 7352", "07700 900418", "01632 960731", "01632 960227", "RC/23/118406", "4471908",
        "PC 1187",
    ],
    "date_of_birth": [
        "14-08-2021", "14 August 2021", "01/03/2015", "22-11-1996", "09/06/1991", "06/09/1991",
    ],
    "email": ["glesni.rhydderch@example.org", "ffion.clwyd@example.org"],
    "social_media": ["@picka_kirkby_lad", "Glesni Rhyds"],
}

ORDINARY = [
    "Child Practice Review",
    "Wales Safeguarding Procedures",
    "Social Services and Well-being (Wales) Act 2014",
    "North Wales Safeguarding Board",
    "Betsi Cadwaladr University Health Board",
    "Healthy Child Wales Programme",
    "Flying Start",
    "Urdd Eisteddfod",
    "Mudiad Meithrin",
    "Ti a Fi",
    "Ysgol Sul",
    "Dydd Gŵyl Dewi",
    "Santes Dwynwen",
    "Dŵr Cymru",
    "Theatr Clwyd",
    "Alder Hey Children's Hospital",
    "Ysbyty Gwynedd",
    "Logan Mwangi",
    "Victoria Climbié",
    "Lost in Care",
    "Live Fear Free",
    "ICON",
    "Detective Sergeant",
    "Niche",
    "WCCIS",
    "More than just words",
    "Active Offer",
    "Welsh-medium",
    "Year 4",
    "Staffordshire Bull Terrier",
    "Mongolian blue spots",
    "Parkinson's disease",
    "Clare's Law",
    "Child Protection Register",
    "Nain and Taid",
    "from now on",
    "Shaun the Sheep",
    "Llanymddyfri",
    "ASQ-3",
    "Saturday",
]

INVOLVEMENT = [
    # 0: health visiting, the household
    "Gwenllïan Eira Rhydderch (born 14-08-2021, NHS number 999 041 7352) lived with her mother, "
    "Glesni Siân Rhydderch (born 22-11-1996), and her brother, Peredur Llywelyn Rhydderch (born "
    "01/03/2015), at 3 Tai'r Chwarel, Cefn Llechen, Caernarfon LL54 6PW, one of a terrace of "
    "former quarrymen's cottages let by Grŵp Cynefin. Welsh is the family's first language. Nain "
    "and Taid, Elisabeth Rhydderch and Owen Rhydderch, live five minutes' walk away at Bryn Awelon, Lôn "
    "Ganol (LL54 6RB); the children call them Nain Betsi and Taid Now. The health visitor, Awen "
    "Puw, delivered the Healthy Child Wales Programme contacts on time and in Welsh, as the Active "
    "Offer requires. At the 15-month contact in November 2022 Ms Rhydderch said that the children's "
    "father, Llŷr Bowen, had moved away for work and that \"mae'r plant yn mynd at Lŷr dros y "
    "Nadolig\" (the children go to Llŷr over Christmas). The electronic record spells him Llyr "
    "Bowen throughout, and one entry reads \"Mr Bowen (Gwenno's dad)\".",
    # 1: police, February 2023
    "At 23:40 on Saturday 11-02-2023 North Wales Police attended 3 Tai'r Chwarel after the "
    "neighbour at 4 Tai'r Chwarel, Mrs Ceinwen Pritchard, rang 999 about shouting through the "
    "wall. PC Rhun Dafis (PC 1187) spoke to Glesni and to her partner, Shaun Pickavance, who had "
    "moved to the village from Kirkby on Merseyside in December 2022. Glesni said it was only "
    "words. The DASH was graded standard. A Niche search on Pickavance found nothing: Merseyside "
    "Police held him at 17 Hollowbrook Close, Kirkby L32 4TX, with his date of birth as "
    "06/09/1991 rather than 09/06/1991, and the officer did not learn of two call-outs for "
    "domestic abuse against a former partner, Jodie Brannigan; PC Dafis did not ask Ms "
    "Brannigan's force for her account. Peredur, then in Year 3, was "
    "asleep upstairs. The occurrence, RC/23/118406, was not shared with Ysgol Cefn Llechen until "
    "the following Tuesday, and not with the health visitor at all.",
    # 2: cylch meithrin and health visiting, spring 2023
    "Gwenllian started at Cylch Meithrin Cefn Llechen in April 2023, two mornings a week; the "
    "family had also attended the Ti a Fi group that Mudiad Meithrin runs in the vestry of Capel "
    "Moriah, and Ms Rhydderch's last session there was the Santes Dwynwen coffee morning in "
    "January 2023. Cylch staff saw bruising to the child's left upper arm on 24-04-2023; her mother "
    "said Gwenno had fallen against the crate of the family's Staffordshire Bull Terrier. Staff "
    "also noted the Mongolian blue spots on her lower back that had been recorded at the 8-week "
    "check; the Cylch's register lists the child as GR and its forms abbreviate her mother to "
    "GSR. The Cylch gave the health visitor the mother's contacts (07700 900418, "
    "glesni.rhydderch@example.org). Awen Pugh, as the Cylch's form spells her, saw G.R. at home "
    "on 02-05-2023 and completed an ASQ-3, which placed her communication below the expected range "
    "in both Welsh and English. Mr Pickavance, who speaks no Welsh and is known in the village as "
    "Picka, answered most questions in English, called himself \"Dadi Shaun\" and held Gwenllïan on his knee with a Shaun the Sheep "
    "toy. Mrs Puw did not speak to the mother alone.",
    # 3: school, spring and summer 2023
    "Peredur had been a confident pupil at Ysgol Gynradd Cefn Llechen, a Welsh-medium school, and "
    "recited for the school at the Urdd Eisteddfod. On Dydd Gŵyl Dewi, his eighth birthday, he came "
    "to school without the costume his class had made. In May 2023 he qualified for the national "
    "round at Llanymddyfri but did not go; he told his teacher \"dwi isio mynd at Daid Now\". The "
    "headteacher, Mrs Einir Bodfan, recorded that P.Ll.R. (the school writes PLlR on its own "
    "forms) was tired and hungry and that his attendance had fallen to 86%. Peredur's class "
    "teacher noticed in June that Peri flinched when a visitor raised her voice, and that he "
    "stopped going to the Ysgol Sul at Moriah, where he had sung since he was four.",
    # 4: police and social services, July 2023
    "On 16-07-2023 Nain Betsi telephoned the police from Bryn Awelon (recorded as "
    "\"Lon Ganol\", 01632 960731) to ask under "
    "Clare's Law about her daughter's partner. The request was taken in English and recorded "
    "under \"Shaun Pickavence\"; the Detective Sergeant who reviewed it found no trace and closed "
    "it without speaking to Mrs Rhydderch again. On 29-07-2023 officers returned to 3 Tai'r "
    "Chwarel after Mr Pickavance threw a mug that cut Glesni's hand; Mr Pickavance's account, "
    "that she had dropped it, was accepted. A referral reached Cyngor "
    "Gwynedd Children and Supporting Families the next day and the social worker, Ffion Clwyd, "
    "assessed the family under the Social Services and Well-being (Wales) Act 2014. She saw "
    "Gwenllïan and Peredur together, in English because Mr Pickavance was present, and concluded "
    "that the family's needs could be met with advice: Ms Rhydderch was given the Live Fear Free "
    "number, Ms Clwyd left her own (01632 960227, ffion.clwyd@example.org), and the case was "
    "closed on 25-08-2023. Ms Clwyd did not see a WhatsApp message that "
    "Nain had sent to the school office: \"Dwi'n poeni am Wenllïan. Mae gan Beredur ofn.\" (I am "
    "worried about Gwenllïan. Peredur is frightened.)",
    # 5: autumn 2023, the farm and the neighbours
    "Over the Calan Gaeaf half-term Mr Pickavance worked shifts at Fferm Hafod Ddu for the farmer, "
    "Arwel Gruffydd, and sometimes took Gwenllïan with him. Mr Gruffydd later told the police that "
    "he had seen him shake her in the yard at Hafod Ddu and that he had spoken to her mother "
    "(\"mi ddudis i wrth Lesni\"); he had also asked Anti Ceinwen, as the children call Mrs "
    "Pritchard, to keep an eye on them. Arwel did not contact any agency. Glesni's sister, Gwawr "
    "Rhydderch, told the review that Anti Gwawr was no longer allowed in the house. The family "
    "fell into arrears with Dŵr Cymru, and a post by @picka_kirkby_lad, shared by Glesni Rhyds on "
    "Facebook, complained about \"nosy Welsh neighbours\". Peredur, now in Year 4, did not go on "
    "the school trip to the Theatr Clwyd pantomime on 06-12-2023.",
    # 6: the incident, December 2023
    "At 07:12 on 08-12-2023 Peredur rang 999 and said, in Welsh, \"mae o wedi gweiddi ar Wenno a "
    "dydi hi ddim yn deffro\" (he shouted at Gwenno and she isn't waking up). The call handler "
    "did not speak Welsh and a Welsh-speaking colleague took over after four minutes. The log "
    "recorded the child as \"Wenllian Rhydderch\" and the caller as \"Beredur\", so Niche did not "
    "link the call to the earlier occurrences. Gwenllïan was taken by ambulance to Ysbyty Gwynedd "
    "and transferred to Alder Hey Children's Hospital, where a subdural haemorrhage, retinal "
    "haemorrhages and healing rib fractures were found. Mr Pickavance said she had fallen on the "
    "stairs. Peredur went to stay with Nain and Taid. Both children were later placed on the Child "
    "Protection Register, and the Canolfan Iechyd Dyffryn Llechen records were secured the same "
    "morning.",
]

ANALYSIS = [
    "The records hold the family's names in at least ten forms. Gwenllïan appears as Gwenllian, "
    "Gwenlian and Gwenno, and, after the soft mutation in what her brother and her grandmother "
    "said, as Wenllïan, Wenllian and Wenno; Peredur Rhydderch appears as Beredur, his mother as Lesni, "
    "Taid Now as Daid Now. Niche, WCCIS and the system at Dyffryn Llechen Health Centre each treat "
    "the diaeresis differently: a WCCIS search for \"Gwenllian Rhydderch\" did not return "
    "\"Gwenllïan Rhydderch\" (WCCIS ID 4471908), and the surgery registered her mother as \"Glesni "
    "Sian Rhydderch\". None of these systems was built for a language in which a name changes with "
    "the word before it.",
    "Agencies knew almost nothing about Mr Pickavance. Nobody asked Merseyside Police what they held, "
    "the Clare's Law request from Mrs Rhydderch failed on a misspelling, and the assessment by Ms "
    "Clwyd took his account of himself as given. The Child Practice Review into the death of Logan "
    "Mwangi found the same fixed gaze on the mother and the same absence of curiosity about a new "
    "man in the household. S.P. was described by the Cylch as \"helpful\" and by the school as "
    "\"the dad\"; neither was told of the February or July occurrences.",
    "Bruising in a child not yet three was explained and accepted. The Wales Safeguarding "
    "Procedures practice guide on bruising was not followed by the Cylch or by Mrs Puw, and the "
    "Mongolian blue spots already on record were allowed to blur a new injury. The ICON message "
    "had been given to Glesni Rhydderch after Gwenllïan's birth on 14 August 2021, but not to Mr Pickavance, who "
    "joined the household later. Cefn Llechen is not in a Flying Start area, so the additional "
    "health visiting that would have followed elsewhere was not available.",
    "Those closest to the children saw most. Nain and Taid, Mrs Pritchard, Mr Gruffydd and the "
    "chapel at Capel Moriah each held part of the picture; only Nain Betsi acted, and her request "
    "was lost. Taid Now has Parkinson's disease and Nain Betsi is his carer, which the social "
    "worker took to mean that the grandparents could not help, without asking them.",
]

LEARNING = [
    # Carried into the executive summary.
    "Welsh names must be recognised in every form they take. Because the 999 log recorded "
    "\"Wenllian\" and \"Beredur\" rather than Gwenllïan Rhydderch and Peredur, the call handler "
    "did not know of the July occurrence, of the Clare's Law request made by Nain Betsi, or that "
    "a social worker had closed the case three months before. The Active Offer in More than just "
    "words is not a courtesy: Peredur, eight years old and in Year 4, asked for help in Welsh, and "
    "the Victoria Climbié inquiry found long ago that a child who is not heard in her own language "
    "is not heard at all. From now on the Wales Safeguarding Procedures should be read as "
    "requiring a search under the mutated and unaccented forms of a child's name (Wenno, "
    "Gwenllian) before a record is found to be empty.",
    "Every adult in the household must be known, not only the parent. Nobody asked who Mr "
    "Pickavance was, where he had lived before he left 17 Hollowbrook Close, or why Jodie "
    "Brannigan had called the police in Kirkby. The Detective Sergeant, Ms Clwyd and Mrs Puw each "
    "saw \"Dadi Shaun\" as a helpful presence; the Logan Mwangi review and this Child Practice "
    "Review show how quickly that becomes the only account. Clare's Law and the Live Fear Free "
    "helpline were offered to the women in the family, but the man was never asked about himself. "
    "Neighbours such as Ceinwen Pritchard at 4 Tai'r Chwarel, and Arwel Gruffydd at Fferm Hafod "
    "Ddu, are part of the safety of a small village and need to know where to go.",
    "A Welsh-medium setting is only as safe as the adults who speak to the child in Welsh. The "
    "Cylch, Mrs Bodfan's staff and the health visitor all spoke to Gwenno or Peri in English when "
    "Mr Pickavance was in the room; the ASQ-3 result was read as a language delay rather than a "
    "sign of a frightened child. Mudiad Meithrin and the Betsi Cadwaladr University Health Board "
    "have both accepted that the Healthy Child Wales Programme contacts must include time alone "
    "with the mother.",
    "The wider family and the community were a resource that no agency used. Nain and Taid were "
    "seen as too frail because of Taid Now's Parkinson's disease, the chapel was never asked, and "
    "the Ysgol Sul noticed that Peredur had stopped coming. The Lost in Care report, written about "
    "children in North Wales a generation ago, made the same point about listening to those who "
    "know a child best.",
]

RECOMMENDATIONS = [
    (
        "North Wales Police and the Betsi Cadwaladr University Health Board to make Niche and WCCIS "
        "searches find Welsh names with and without accents and in their mutated forms (Gwenllïan, "
        "Gwenllian, Wenllian, Beredur), so that from now on a 999 call is linked to every earlier "
        "record of the child",
        "Name-matching rules agreed and tested with the North Wales Safeguarding Board; call "
        "handlers trained in Welsh mutation and the Active Offer",
        "Head of Force Communications, North Wales Police",
        "31-10-2024",
    ),
    (
        "Cyngor Gwynedd Children and Supporting Families to check every adult in a household, "
        "including a partner such as Mr Pickavance who has moved from England, with the police of "
        "the area he came from, before an assessment under the Social Services and Well-being "
        "(Wales) Act 2014 is closed; and to ask Nain and Taid what they know",
        "Assessment template amended; audit of twenty closed assessments against the Wales "
        "Safeguarding Procedures",
        "Head of Children and Supporting Families",
        "31-01-2025",
    ),
    (
        "Ysgol Gynradd Cefn Llechen, Cylch Meithrin Cefn Llechen and the health visiting service to "
        "speak with a child such as Peredur or Gwenno alone and in Welsh when there is a concern, "
        "and to share with each other what a Welsh-medium setting hears",
        "Joint briefing for the school, the Cylch and health visitors, with the ICON programme "
        "and the bruising protocol",
        "Designated Nurse, Safeguarding Children",
        "28-02-2025",
    ),
]

CASE = HeldOut(
    REFERENCE,
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | NWSB-CPR-2024-03 | Rhydderch family, 3 Tai'r Chwarel, Cefn Llechen",
    footer="Panel draft: queries to Ffion Clwyd, 01632 960227, ffion.clwyd@example.org",
    comment="Gwenllïan or Gwenllian? Nain Betsi spells it with the diaeresis; the 999 log has Wenllian and the Cylch has GSR for the mother.",
    footnote="Statement of Ceinwen Pritchard, 4 Tai'r Chwarel, LL54 6PW, to PC Dafis on 09-12-2023; she calls the child Gwenno.",
)
