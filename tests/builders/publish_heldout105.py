# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 105): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "NWSB-2023-014"

CASE_TOML = """\
reference = "NWSB-2023-014"
review = "Child Safeguarding Practice Review"
subject = "Child X"
board = "North Wales Safeguarding Board"
period = { from = "01-09-2021", to = "28-02-2023" }
decision = "15-03-2023"
notification = "10-02-2023"

[[agencies]]
name = "North Wales Police"
aliases = ["NWP", "Heddlu Gogledd Cymru", "the Police"]

[[agencies]]
name = "Gwynedd Council Children and Supporting Families Department"
aliases = ["Children's Services", "Gwynedd Children's Services", "Cyngor Gwynedd"]

[[agencies]]
name = "Betsi Cadwaladr University Health Board"
aliases = ["BCUHB", "the Health Board", "Health Visiting Service"]

[[agencies]]
name = "Meddygfa Bryn Eithin"
aliases = ["Bryn Eithin Surgery", "Bryn Eithin"]
published_as = "the GP surgery"

[[agencies]]
name = "Ysgol Pant-y-Wennol"
aliases = ["Ysgol Pant y Wennol", "Pant-y-Wennol"]
published_as = "the primary school"

[[agencies]]
name = "Cylch Meithrin Llanddwyfach"
aliases = ["the Cylch", "Llanddwyfach Cylch"]
published_as = "the nursery"

[[people]]
name = "Llŷr Tomos Gwilym"
aliases = ["Llŷr", "Llyr Gwilym", "Cochyn", "L.T.G.", "LTG"]
role = "child"
pseudonym = "Child X"
born = "17-06-2019"
address = "Tyddyn Gwŷdd, Ffordd Cae'r Ŵyn, Llanddwyfach, Pwllheli LL53 9QX"

[[people]]
name = "Heledd Tomos-Gwilym"
aliases = ["Heledd Gwilym", "Hel", "Heledd Tomos", "Heledd Thomas", "H.T-G."]
role = "mother"
pseudonym = "Mother"
born = "03-07-1993"
address = "Tyddyn Gwŷdd, Ffordd Cae'r Ŵyn, Llanddwyfach, Pwllheli LL53 9QX"

[[people]]
name = "Emyr Gwilym"
aliases = ["Emyr Tyddyn", "Emyr Gwillim", "Mr Gwilym"]
role = "father"
pseudonym = "Father"
born = "22-11-1988"
address = "Tyddyn Gwŷdd, Ffordd Cae'r Ŵyn, Llanddwyfach, Pwllheli LL53 9QX"

[[people]]
name = "Siôn Gwilym"
aliases = ["Sion Gwilym", "Shaun Gwilym", "Sionyn", "S.G."]
role = "sibling"
pseudonym = "Sibling 1"
born = "09-05-2012"
address = "Tyddyn Gwŷdd, Ffordd Cae'r Ŵyn, Llanddwyfach, Pwllheli LL53 9QX"

[[people]]
name = "Gwenllïan Gwilym"
aliases = ["Gwenllian Gwilym", "Gwenno"]
role = "sibling"
pseudonym = "Sibling 2"
born = "30-09-2015"
address = "Tyddyn Gwŷdd, Ffordd Cae'r Ŵyn, Llanddwyfach, Pwllheli LL53 9QX"

[[people]]
name = "Ceridwen Gwilym"
aliases = ["Ceri", "C.G.", "Mrs Gwilym senior"]
role = "paternal grandmother"
pseudonym = "Paternal Grandmother"
born = "02-08-1957"
address = "5 Heol y Ffynnon Goch, Llanddwyfach, Pwllheli LL53 9QX"

[[people]]
name = "Idwal Gwilym"
aliases = ["Idwal"]
role = "paternal grandfather"
pseudonym = "Paternal Grandfather"

[[staff]]
name = "Catrin Llewelyn-Hopkins"
code = "HV1"
role = "Health Visitor"
agency = "Betsi Cadwaladr University Health Board"

[[staff]]
name = "Rhodri Emanuel"
code = "SW1"
role = "Social Worker"
agency = "Gwynedd Council Children and Supporting Families Department"

[[staff]]
name = "Anwen Pugh-Davies"
code = "GP1"
role = "GP"
agency = "Meddygfa Bryn Eithin"

[[staff]]
name = "Morfudd Caerwyn"
code = "DSP1"
role = "Headteacher and Designated Safeguarding Person"
agency = "Ysgol Pant-y-Wennol"

[[staff]]
name = "Gethin Marsden"
code = "PC1"
role = "Police Constable"
agency = "North Wales Police"

[[staff]]
name = "Lowri Mererid"
code = "NL1"
role = "Cylch Meithrin Leader"
agency = "Cylch Meithrin Llanddwyfach"
"""

IDENTIFIERS = {
    "names": ["Llŷr", "Llyr", "Gwilym", "Gwilyms", "Gwillim", "Heledd", "Tomos-Gwilym",
              "Tomos", "Thomas", "Emyr", "Siôn", "Sion", "Shaun", "Gwenllïan", "Gwenllian",
              "Ceridwen", "Idwal"],
    "nicknames": ["Cochyn", "Hel", "Emyr Tyddyn", "Sionyn", "Gwenno", "Ceri"],
    "initials": ["L.T.G.", "LTG", "H.T-G.", "S.G.", "C.G."],
    "people_not_in_key": ["Giles Penhaligon", "Penhaligon", "Harriet", "Gwynfor",
                          "Dilwyn Jarman", "Dilwyn", "Jarman", "Elfed Garmon", "Garmon",
                          "Kieran Ashworth", "Kieran", "Ashworth"],
    "staff": ["Catrin Llewelyn-Hopkins", "Llewelyn-Hopkins", "Catrin", "Rhodri Emanuel",
              "Emanuel", "Rhodri", "Anwen Pugh-Davies", "Pugh-Davies", "Anwen",
              "Morfudd Caerwyn", "Caerwyn", "Morfudd", "Gethin Marsden", "Marsden", "Gethin",
              "Lowri Mererid", "Mererid", "Lowri"],
    "streets": ["Lôn Gwenyn Gwyllt", "Lon Gwenyn Gwyllt", "Ffordd Cae'r Ŵyn",
                "Ffordd Cae'r Wyn", "Heol y Ffynnon Goch", "Cilgwyndaf Crescent",
                "Cilgwyndaf Cres"],
    "estates": ["Bro Dwyfach"],
    "house_numbers": ["27 Lôn Gwenyn Gwyllt", "5 Heol y Ffynnon Goch", "12 Cilgwyndaf Crescent"],
    "places": ["Llanddwyfach", "Pwllheli", "Cefn Eithinog", "Caernarfon", "Llŷn"],
    "postcodes": ["LL53 9QX", "LL53", "9QX", "LL53 5TN", "5TN", "LL55 2RJ"],
    "locating_agencies": ["Meddygfa Bryn Eithin", "Bryn Eithin Surgery", "Bryn Eithin",
                          "Ysgol Pant-y-Wennol", "Pant-y-Wennol", "Pant y Wennol",
                          "Cylch Meithrin Llanddwyfach", "Capel Tabor Newydd", "Tabor Newydd"],
    "phones": ["07700 900417", "01632 960528", "+44 7700 900863", "07700-900-291"],
    "nhs_ni": ["943 476 5919", "9434765870", "QQ 48 27 19 B", "QQ604417D"],
    "emails": ["heledd.tomosgwilym@example.com", "tyddyngwydd@example.org",
               "bookings.hafodlwyd@example.com"],
    "social": ["@hel_tyddyngwydd", "facebook.com/emyr.gwilym.73", "@HafodLwydHolidays"],
    "dates_of_birth": ["17-06-2019", "17/06/2019", "17.06.19", "17th June 2019",
                       "June 17, 2019", "03/07/1993", "22-11-1988", "9th May 2012",
                       "30.09.15", "02/08/1957"],
    "other": ["Tyddyn Gwŷdd", "Tyddyn Gwydd", "Hafod Lwyd", "Hafod Lwyd Holiday Cottages",
              "CE68 KFD", "CN17 PYW", "Pero", "49/318/0072"],
}

ORDINARY = [
    "Children Act 1989", "Social Services and Well-being (Wales) Act 2014",
    "Wales Safeguarding Procedures", "Working Together to Safeguard Children",
    "Welsh Government", "Care Inspectorate Wales", "Estyn", "Mudiad Meithrin",
    "Urdd Gobaith Cymru", "Urdd Eisteddfod", "Ysbyty Gwynedd",
    "Alder Hey Children's Hospital", "Welsh Ambulance Service", "DPJ Foundation", "NSPCC",
    "Farmers' Union of Wales", "Animal and Plant Health Agency", "Waterhouse inquiry",
    "Lost in Care", "Victoria Climbié", "Lord Laming", "bovine TB", "postnatal depression",
    "sertraline", "Calpol", "Land Rover Defender", "John Deere", "Dydd Gŵyl Dewi",
    "Dydd Santes Dwynwen", "Calan Gaeaf", "Nadolig", "Plygain", "cariad", "pwt",
    "boi bach", "Nain", "Taid", "Mam", "Mwy na Geiriau", "Active Offer", "DS", "PC",
    "Section 47", "strategy discussion", "Child Protection Register",
    "care and support plan", "MARAC", "Team Around the Family", "Child Practice Review",
    "hope", "grace", "dawn", "May 2022", "Wednesday",
    "DOGS LOOSE IN THE YARD - DO NOT LEAVE YOUR CAR",
]

INVOLVEMENT = [
    "On 6 September 2021 Llŷr Tomos Gwilym, then aged two, started at Cylch Meithrin Llanddwyfach, which meets three mornings a week in the vestry of Capel Tabor Newydd. The registration form, completed in Welsh by his mother, Heledd Tomos-Gwilym, gave his date of birth as 17/06/2019 and the family's address as Tyddyn Gwŷdd, Ffordd Cae'r Ŵyn, Llanddwyfach, Pwllheli LL53 9QX, with a mobile number of 07700 900417 and the farm landline 01632 960528. The Cylch Meithrin Leader, Lowri Mererid (NL1), recorded that Llŷr spoke only Welsh at home and that everyone in the village called him 'Cochyn' because of his red hair. The Cylch is a member of Mudiad Meithrin and had been inspected jointly by Care Inspectorate Wales and Estyn in the previous year, with no safeguarding recommendations.",
    "On 14 October 2021 the Health Visitor, Catrin Llewelyn-Hopkins (HV1), completed Llŷr's overdue 27-month developmental review at the farmhouse. A handwritten sign cable-tied to the yard gate read DOGS LOOSE IN THE YARD - DO NOT LEAVE YOUR CAR, and HV1 waited in her car for ten minutes until Mr Gwilym called the sheepdog, Pero, back to the sheds. HV1 noted that Mrs Tomos-Gwilym ('Hel' to her family) appeared flat and tired, and the health visiting record showed a history of postnatal depression after the birth of her daughter. The review was carried out in English. No Active Offer of a Welsh-speaking practitioner was made, although Heledd answered several questions in Welsh first and then translated them for Catrin.",
    "On 2 November 2021 Heledd saw Dr Anwen Pugh-Davies (GP1) at Meddygfa Bryn Eithin, saying that she was 'not sleeping, and crying in the milking parlour before anyone is up'. Dr Pugh-Davies restarted sertraline at 50mg and recorded that Heledd (DOB 03/07/1993) lived at the farm with her husband Emyr and their three children, and that Emyr's mother, Ceridwen Gwilym (DOB 02/08/1957), lived in the village at 5 Heol y Ffynnon Goch and helped with childcare. The GP record holds Llŷr's NHS number as 943 476 5919. Anwen made a referral to the primary care mental health team in English, although Heledd had asked to be seen in Welsh, and Heledd did not attend the appointment offered in Caernarfon, an hour away by bus.",
    "On 30 November 2021 the Animal and Plant Health Agency confirmed a bovine TB breakdown in the dairy herd at Tyddyn Gwŷdd (CPH 49/318/0072), and the holding was placed under movement restrictions. Emyr Gwilym, known locally as 'Emyr Tyddyn' after the farm, as is still common in Pen Llŷn, told the Farmers' Union of Wales county officer that he could not sell stock and feared losing the farm that his father, Idwal Gwilym (Taid to the children), had built up before his death in 2020. The union officer gave him a leaflet for the DPJ Foundation. None of the agencies in this review knew of the breakdown at the time, and the GP was not told of the financial pressure on the household.",
    "At 23:40 on 26 December 2021, the day after Nadolig, Giles Penhaligon, the neighbour who runs Hafod Lwyd Holiday Cottages from the converted barns below the farm, rang North Wales Police to report a man shouting and a woman screaming in the yard at Tyddyn Gwydd. PC Gethin Marsden (PC1) attended and found Emyr Gwilym intoxicated and Heledd with a red mark to the side of her neck; she declined to make a statement and said in Welsh that it was 'nothing, just the TB'. The three children were asleep upstairs. PC Marsden completed a DASH risk assessment, graded standard, and recorded the father's name as 'Emyr GWILLIM' and the eldest child as 'Shaun'. Nain, Ceridwen Gwilym, drove up from the village and took the children to her house overnight. Gethin did not record whether the children had been spoken to.",
    "On 25 January 2022, Dydd Santes Dwynwen, Heledd told Lowri Mererid at collection time that Emyr had 'pushed her into the range' during an argument about money and that she was frightened of what he would do if the herd had to be culled. Lowri completed the Cylch's concern form, using the initials H.T-G. and L.T.G. as the Cylch's policy required, and gave Llŷr's date of birth as 17.06.19. She did not pass the concern to Children's Services because Heledd begged her not to and because, in Lowri's words to the review, 'everyone knows everyone in Llanddwyfach, and the Gwilym family have farmed there for four generations'.",
    "On 1 March 2022, Dydd Gŵyl Dewi, the Headteacher and Designated Safeguarding Person at Ysgol Pant-y-Wennol, Mrs Morfudd Caerwyn (DSP1), noticed finger-shaped bruising on the upper arm of Siôn Gwilym ('Sionyn'), then in Year 5, as he changed for the school's St David's Day concert. S.G. said that he had been caught by a gate while helping his father with the ewes. Mrs Caerwyn telephoned the farm on 01632 960528 and spoke to Ceridwen, who said that 'the boy is always in the wars'. Siôn's sister, Gwenllïan Gwilym ('Gwenno'), then in Year 1, told her teacher that Dad 'shouts at Mam in the night'. Morfudd made a referral to Children's Services that afternoon, giving Siôn's date of birth as 9th May 2012 and his NHS number as 9434765870, and Gwenllian's date of birth as 30.09.15.",
    "On 3 March 2022 a strategy discussion was held under the Wales Safeguarding Procedures between Children's Services, North Wales Police and the Health Board, and the social worker Rhodri Emanuel (SW1) was allocated. It was agreed that the threshold for a Section 47 enquiry under the Children Act 1989 was not met and that an assessment of care and support needs under the Social Services and Well-being (Wales) Act 2014 would be completed. Mr Emanuel visited the farm on 10 March 2022, in the middle of lambing; Mr Gwilym spoke to him in the lambing shed and Mrs Gwilym in the kitchen with Ceridwen present. Rhodri recorded that 'the Gwilyms are a hard-working family under strain'. The assessment was written in English, and LTG's own views and experiences were not recorded.",
    "On Wednesday 6 April 2022 the family were offered support through Team Around the Family. Heledd attended one meeting at the family centre in Pwllheli. She gave her personal email as heledd.tomosgwilym@example.com and asked that nothing be sent to the farm's shared account, tyddyngwydd@example.org, because Emyr and his mother both read it. The Team Around the Family worker closed the offer after two missed sessions, recording that the family had 'disengaged', without speaking to the school or the Cylch and without asking Heledd why she had not come.",
    "In late April 2022 Giles Penhaligon emailed North Wales Police from bookings.hafodlwyd@example.com, attaching a video that his wife, Harriet, had filmed from the holiday cottages' car park. It showed Emyr riding a quad bike down Ffordd Cae'r Wyn with Llŷr sitting in front of him without a helmet, and Pero running alongside. Mr Penhaligon also posted the clip on the business's Instagram account, @HafodLwydHolidays, with the comment that 'some farmers round here think the law doesn't apply to them'. The post drew a series of abusive replies from Emyr's Facebook account, facebook.com/emyr.gwilym.73. The long-running boundary dispute between the farm and Hafod Lwyd was known to PC Marsden, who logged the report as a road safety matter and part of that dispute.",
    "Siôn sang for the school at the Urdd Eisteddfod at the end of May 2022, and he and his sister were members of the local branch of Urdd Gobaith Cymru. Several practitioners saw the family together at the Eisteddfod field. Mrs Caerwyn told the review that it was one of the few times she had seen Mrs Gwilym smile that year, and there was hope among the school staff that the summer, with the herd restrictions lifted, would be easier for the family.",
    "On 19 June 2022 Heledd left the farm with Llŷr and Gwenllïan and moved to a housing association flat at Flat 3, 27 Lôn Gwenyn Gwyllt, on the Bro Dwyfach estate, Pwllheli LL53 5TN. Siôn chose to stay at Tyddyn Gwŷdd with his father and Nain. Heledd remained registered with Meddygfa Bryn Eithin, which covers both the village and the town, and her National Insurance number, QQ604417D, appears on the housing benefit claim she made that week. She took cleaning work at the holiday cottages, and her Instagram account, @hel_tyddyngwydd, still carried the farm's name.",
    "On 12 July 2022 HV1 visited the flat at Lon Gwenyn Gwyllt shortly after Llŷr's third birthday (he was born on June 17, 2019). A man who introduced himself as Kieran, a friend from Heledd's work at the holiday cottages, was in the kitchen and left when HV1 arrived. Catrin did not ask his surname or whether he stayed at the flat; it later emerged that he was Kieran Ashworth, who had a police caution for assaulting a former partner in Cheshire. The child health system still showed the farm address, and the postcode LL53 9QX had not been changed to the new one, ending 5TN, so letters for the three-year review went to the farm.",
    "From August 2022 Llŷr spent alternate weekends at the farm. Ceridwen Gwilym, known to everyone at chapel as Ceri, told the school that she 'had the boy' on those weekends at her own house at 5 Heol y Ffynnon Goch, and that the farm was 'no place for a small one during silage'. Nain calls Llŷr 'cariad', 'pwt' and 'boi bach', and the records quote her in English with her own words left in: 'I told him, cariad, you stay by Nain'. In practice, according to the farmhand Dilwyn Jarman, Llŷr was often in the yard with his father from dawn, including around the John Deere tractor and the slurry lagoon. Mr Jarman's later statement refers to the grandmother as C.G. throughout.",
    "On 31 October 2022, Calan Gaeaf, Heledd took the two younger children to stay with her brother, Gwynfor Tomos, at 12 Cilgwyndaf Crescent, Caernarfon LL55 2RJ, after Emyr arrived at the flat in his Land Rover Defender, registration CE68 KFD, and kicked in the driver's door of her car, CN17 PYW. Gwynfor rang the police from 07700-900-291. PC Marsden recorded the incident under Heledd's maiden name, anglicised as 'Heledd Thomas', and it was not linked to the incident of December 2021. A DS in the Public Protection Unit reviewed the DASH the following day, regraded it as high risk and referred the case to MARAC.",
    "The MARAC met on 16 November 2022. The police research gave Emyr Gwilym's date of birth as 22-11-1988, his National Insurance number as QQ 48 27 19 B and his mobile as +44 7700 900863. The Health Board representative did not have access to the health visiting record, and no one attended from Ysgol Pant y Wennol or from the Cylch. The action plan did not consider Siôn, who was still living at the farm, or Llŷr's weekends there. The MARAC record named the children's school as Pant-y-Wennol but listed the girl under the spelling 'Gwenllian Gwilym' and the boy as 'Sion', so the health search on the accented names returned nothing.",
    "In December 2022 the minister of Capel Tabor Newydd, the Reverend Elfed Garmon, spoke to Mrs Caerwyn after the children's Plygain service. He said that Siôn had said grace at the chapel supper 'as if he were frightened of getting a word wrong', and that Emyr had told Mr Garmon that Heledd 'would be home by Nadolig or not at all'. Mrs Caerwyn noted the conversation in her safeguarding log but treated it as pastoral information and did not share it with Children's Services, which had by then started a second assessment.",
    "On 9 January 2023 Heledd and the younger children returned to Tyddyn Gwŷdd. She told SW1 by phone that she and Emyr were 'working it out' and that Kieran Ashworth was 'nothing to do with anything'. Mr Emanuel closed the case on 20 January 2023, recording that the children were not on the Child Protection Register, that no care and support plan was needed and that Mrs Gwilym was a protective parent. The Cylch was not told of the closure; from that week Lowri recorded L.T.G. as absent on eleven of the next fourteen sessions and telephoned 07700 900417 twice without an answer.",
    "At dawn on Wednesday 8 February 2023 Emyr found Llŷr lying in the yard beside the steps of the John Deere, unresponsive and cold. Heledd gave him Calpol and rang Ceridwen before the Welsh Ambulance Service was called at 07:12 from the farm landline. LLŶR GWILYM was taken to Ysbyty Gwynedd and transferred that afternoon to Alder Hey Children's Hospital with a skull fracture and bruising of different ages to his back and upper arms. The paediatric consultant recorded his date of birth as 17th June 2019 on the admission note and as 17-06-2019 on the transfer form.",
    "On 9 February 2023 a strategy discussion agreed a Section 47 enquiry and a joint police and social care investigation. Siôn and Gwenllïan went to their uncle Gwynfor in Caernarfon under a safety plan, and all three children were placed on the Child Protection Register on 24 February 2023. Emyr and Heledd were both arrested and released under investigation. Mr Penhaligon and Dilwyn gave statements. The North Wales Safeguarding Board was notified, and the Review Sub-Group recommended that a Child Practice Review be commissioned.",
]

ANALYSIS = [
    "The family's first language was Welsh, and the Welsh Government's strategic framework Mwy na Geiriau (More than just words) expects the Active Offer to be made without the family having to ask. Almost all of the professional contact with Heledd, Emyr and Ceridwen was in English. Neither HV1 nor SW1 speaks Welsh; Catrin Llewelyn-Hopkins told the review she had 'assumed the family were fine in English because they answered'. Heledd told the lead reviewer, in Welsh, that she 'could not explain the fear in English'. Llŷr, a Welsh-only speaker of three, was never spoken to by any professional other than Lowri and the Cylch staff.",
    "Tyddyn Gwŷdd lies at the end of a single-track lane above Cefn Eithinog, two miles from Llanddwyfach and nine from Pwllheli. The farm was both the family's home and a dangerous workplace, and agencies did not think of it as either. The bovine TB breakdown, the debts and Emyr's drinking were known to the union officer and to neighbours but not to the agencies, and nobody asked the Gwilyms what the restrictions meant for them. The quad bike video, the loose dogs and the slurry lagoon were each seen as farming matters rather than as information about supervision.",
    "In a small Welsh-speaking community the Cylch leader, the minister and the neighbour each held part of the picture. Lowri did not refer because 'everyone knows everyone'; Elfed Garmon treated what he heard as pastoral; and Giles Penhaligon's reports were discounted because of his dispute with the farm and his posts on @HafodLwydHolidays. The Waterhouse inquiry, whose report Lost in Care described how concerns about children in North Wales went unheard, found that a culture of not speaking out can protect adults at the expense of children. The same reluctance was present here, among kind people who knew the family well.",
    "The family were recorded under at least nine forms of their names: Llŷr and Llyr, Siôn, Sion and Shaun, Gwenllïan and Gwenllian, Gwilym and Gwillim, and Heledd Tomos-Gwilym, Heledd Tomos and Heledd Thomas. The police and health systems treat the circumflex and diaeresis as different characters, so searches missed earlier records. The second domestic incident was not linked to the first, and the MARAC did not see Siôn at all. Gwynfor's address was also entered as Cilgwyndaf Cres., so the police system did not connect it to the Caernarfon safety plan in February.",
    "Fathers and other men in the household were barely seen. Emyr Gwilym was spoken to once, in the lambing shed, and never on his own about the incidents. Kieran Ashworth was in the flat but no one asked who he was. Lord Laming, in his report after the death of Victoria Climbié, urged practitioners to show respectful uncertainty; in this case the accounts given by Heledd, and later by Emyr, were accepted as they were given.",
    "Nain was seen by all the agencies as the protective adult. Ceridwen is a respected figure in the chapel, and her phrases ('cariad', 'pwt', 'boi bach') appear in the records as evidence of warmth, which they were. But she was also loyal to her son, had lost her husband, Taid, only two years before, and at sixty-five could not have supervised a three-year-old in a working yard while also helping with the milking. No one asked her what she actually saw on the weekends, or whether Llŷr stayed with her at all.",
    "The closure in January 2023 rested on Heledd's account that the couple were 'working it out'. It was made without speaking to the Cylch, the school, the GP at Bryn Eithin Surgery or the police, and without considering that the family had just returned to the place where the earlier incidents happened. The Cylch's absence records for L.T.G. would have shown a sharp change in attendance within a fortnight of the return.",
]

LEARNING = [
    "Learning 1: The Active Offer is a safeguarding matter, not a courtesy. When Heledd, Emyr and Ceridwen were spoken to in English, their accounts were shorter and flatter, and Llŷr could not be spoken to at all. Practitioners should record the language a family member chose, and arrange a Welsh-speaking colleague or interpreter when a child's voice is needed.",
    "Learning 2: Welsh names must be searched in every form. Records for Llŷr, Siôn and Gwenllïan were missed because of accents, anglicised spellings, a maiden name and the farm name by which Emyr was known. Agencies should search with and without diacritics, by farm name and by former names.",
    "Learning 3: A farm is a workplace and a home. Quad bikes, tractors, slurry, dogs and the pressure of a bovine TB breakdown should be part of any assessment of a farming family, and agencies such as the Farmers' Union of Wales, the DPJ Foundation and the NSPCC can help practitioners understand the rural context.",
    "Learning 4: Informal disclosures in small communities must still be referred. The Cylch leader, the school, the chapel minister and the neighbour each held information that, put together, showed a pattern of domestic abuse and poor supervision. The Wales Safeguarding Procedures apply to everyone who works or volunteers with children, and practitioners who trained in England and rely on Working Together to Safeguard Children should be reminded that the Welsh procedures govern their practice here.",
    "Learning 5: Closing a case when a family reunites needs the views of every agency that knows the children. The closure of 20 January 2023 was made on the parents' account alone, and Llŷr's attendance at the Cylch fell away within a week.",
]

RECOMMENDATIONS = [
    ("Meddygfa Bryn Eithin, the Health Board and Children's Services should make the Active Offer to every Welsh-speaking family, as Heledd asked in 2021",
     "Record each family member's preferred language on first contact and audit compliance quarterly",
     "Welsh Language Lead, Betsi Cadwaladr University Health Board", "31-12-2023"),
    ("North Wales Police and Children's Services should search records with and without accents and by farm name, as the records for Llŷr and Siôn show",
     "Change search guidance and system settings for diacritics and alternative names",
     "Head of Public Protection, North Wales Police", "30-09-2023"),
    ("Cylch Meithrin Llanddwyfach and Ysgol Pant-y-Wennol should refer parents' disclosures of domestic abuse to Children's Services on the same day",
     "Deliver refresher training on the Wales Safeguarding Procedures to Cylch and school staff",
     "Safeguarding Lead, Mudiad Meithrin", "31-10-2023"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="CONFIDENTIAL - Child Practice Review NWSB-2023-014 - Llŷr Tomos Gwilym (DOB 17/06/2019), Tyddyn Gwŷdd, Llanddwyfach LL53 9QX",
    footer="Author: Catrin Llewelyn-Hopkins (HV1), Betsi Cadwaladr University Health Board - Gwilym family - tel 01632 960528",
    comment="Check with Nain whether Cochyn was at Hafod Lwyd that weekend - Giles Penhaligon says he saw Emyr Tyddyn on the quad with him.",
    footnote="Heledd's brother Gwynfor Tomos, of 12 Cilgwyndaf Crescent, Caernarfon, confirmed this by phone from 07700-900-291.",
)
