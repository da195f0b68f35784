# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 98): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "WFSP-2024-038"

CASE_TOML = """\
reference = "WFSP-2024-038"
review = "Child Safeguarding Practice Review"
subject = "Child X"
board = "Westmorland and Furness Safeguarding Children Partnership"
period = { from = "01-09-2023", to = "12-05-2024" }
decision = "04-06-2024"
notification = "14-05-2024"

[[agencies]]
name = "Cumbria Constabulary"
aliases = ["Police", "the Constabulary"]

[[agencies]]
name = "Westmorland and Furness Children's Social Care"
aliases = ["Children's Social Care", "CSC", "Early Help Service"]

[[agencies]]
name = "North Cumbria Integrated Care NHS Foundation Trust"
aliases = ["NCIC", "School Nursing Service"]

[[agencies]]
name = "Kirkgarth Surgery"
aliases = ["Kirkgarth Medical Practice", "Kirkgarth"]
published_as = "the GP practice"

[[agencies]]
name = "Thrangarth CE Primary School"
aliases = ["Thrangarth School", "Thrangarth C of E Primary"]
published_as = "the primary school"

[[people]]
name = "Jessie-Lou Teasdale"
aliases = ["Jessie-Lou", "Jessie Lou", "Jessie", "Lulu", "Titch", "J-L", "JLT", "J.L.T.", "Teasedale"]
role = "child"
pseudonym = "Child X"
born = "27-08-2016"
address = "Birkett Scar Farm, Thrangarth, Appleby-in-Westmorland CA16 6WJ"

[[people]]
name = "Siân Teasdale"
aliases = ["Siân", "Sian", "Siân Pryce", "Pryce", "Mrs Teasdale", "S.T."]
role = "mother"
pseudonym = "Mother"
born = "03-11-1991"
address = "Flat 3, 27 Tarnside Avenue, Carrowgill Park, Penrith CA11 8QX"

[[people]]
name = "Robert Teasdale"
aliases = ["Robert", "Robbie", "Mr Teasdale", "R.T."]
role = "father"
pseudonym = "Father"
born = "12-06-1986"
address = "Birkett Scar Farm, Thrangarth, Appleby-in-Westmorland CA16 6WJ"

[[people]]
name = "Owen Teasdale"
aliases = ["Owen", "Oz"]
role = "sibling"
pseudonym = "Sibling 1"
born = "09-04-2012"
address = "Birkett Scar Farm, Thrangarth, Appleby-in-Westmorland CA16 6WJ"

[[people]]
name = "Nell Teasdale"
aliases = ["Nell"]
role = "sibling"
pseudonym = "Sibling 2"
born = "02-02-2022"
address = "Flat 3, 27 Tarnside Avenue, Carrowgill Park, Penrith CA11 8QX"

[[people]]
name = "Wilfred Teasdale"
aliases = ["Wilfred", "Wilf", "Grandad Wilf"]
role = "paternal grandfather"
pseudonym = "Paternal Grandfather"
address = "Birkett Scar Farm, Thrangarth, Appleby-in-Westmorland CA16 6WJ"

[[people]]
name = "Margaret Teasdale"
aliases = ["Margaret", "Peggy", "Nan Teasdale"]
role = "paternal grandmother"
pseudonym = "Paternal Grandmother"
address = "Birkett Scar Farm, Thrangarth, Appleby-in-Westmorland CA16 6WJ"

[[staff]]
name = "Carol Nattrass"
code = "DSL1"
role = "Headteacher and Designated Safeguarding Lead"
agency = "Thrangarth CE Primary School"

[[staff]]
name = "Anjali Sethi"
code = "GP1"
role = "GP"
agency = "Kirkgarth Surgery"

[[staff]]
name = "Fiona Relph"
code = "SN1"
role = "School Nurse"
agency = "North Cumbria Integrated Care NHS Foundation Trust"

[[staff]]
name = "Ian Stobart"
code = "POL1"
role = "Police Constable"
agency = "Cumbria Constabulary"

[[staff]]
name = "Gareth Musgrave"
code = "SW1"
role = "Social Worker"
agency = "Westmorland and Furness Children's Social Care"

[[staff]]
name = "Lorna Bainbridge"
code = "EHW1"
role = "Early Help Worker"
agency = "Westmorland and Furness Children's Social Care"
"""

IDENTIFIERS = {
    "names": ["Jessie-Lou Teasdale", "Jessie-Lou", "Jessie Lou", "Jessie", "Teasdale", "Teasdales",
              "Siân", "Sian", "Siân Pryce", "Pryce", "Robert Teasdale", "Robert", "Owen", "Nell",
              "Wilfred", "Margaret", "Teasedale"],
    "nicknames": ["Lulu", "Titch", "Robbie", "Wilf", "Peggy", "Oz", "Kitch"],
    "initials": ["J-L", "J.L.T.", "JLT", "S.T.", "R.T."],
    "people_not_in_key": ["Craig", "Paweł Wróbel", "Paweł", "Wróbel", "Pawel", "Hilda Dobinson",
                          "Dobinson", "Pattinson", "Kerry Hebson", "Hebson", "Liam Kitching", "Kitching"],
    "staff": ["Carol Nattrass", "Nattrass", "Sethi", "Fiona Relph", "Relph", "Stobart",
              "Gareth Musgrave", "Musgrave", "Lorna Bainbridge", "Bainbridge"],
    "streets": ["Tarnside Avenue", "Tarnside Ave", "Mill Rigg Road", "Mill Rigg Rd"],
    "estates": ["Carrowgill Park", "Carrowgill"],
    "house_numbers": ["Flat 3, 27 Tarnside Avenue", "14 Mill Rigg Rd"],
    "places": ["Thrangarth", "Birkett Scar Farm", "Birkett Scar", "High Birkett", "Eden Valley",
               "Penrith", "Appleby", "Appleby-in-Westmorland"],
    "postcodes": ["CA16 6WJ", "CA16", "6WJ", "CA11 8QX", "CA11", "8QX"],
    "locating_agencies": ["Thrangarth CE Primary School", "Thrangarth School", "Kirkgarth Surgery",
                          "Kirkgarth Medical Practice", "Kirkgarth", "Thrangarth Young Farmers' Club",
                          "Black Tup Inn", "Eden Fellside Auction Mart", "Thrangarth Methodist Chapel"],
    "phones": ["01632 960417", "07700 900582", "+44 7700 900263", "07700900739", "01632 960288"],
    "nhs_ni": ["999 041 7723", "9990562198", "QQ 12 34 56 C", "QQ654321A"],
    "emails": ["sian.teasdale91@example.com", "birkettscarfarm@example.org"],
    "social": ["@birkettscar_lamb", "facebook.com/robbie.teasdale.farm", "@jesslou_farmlass"],
    "dates_of_birth": ["27-08-2016", "27/08/2016", "27.08.16", "27th August 2016", "August 27, 2016",
                       "03/11/1991", "12.06.86", "9th April 2012", "2 February 2022"],
    "other": ["PN19 KXT", "PX66 RFB", "Teasdale Fencing & Contracting", "Smudge", "Tess",
              "08/347/0012", "UK 512847"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children",
    "Keeping Children Safe in Education", "Child Safeguarding Practice Review Panel", "Ofsted",
    "NSPCC", "Health and Safety Executive", "National Farmers' Union", "Farming Community Network",
    "Rural Payments Agency", "Great North Children's Hospital", "air ambulance", "Victoria Climbié",
    "Lord Laming", "Arthur Labinjo-Hughes", "Star Hobson", "postnatal depression", "sertraline",
    "Calpol", "bluetongue", "Honda", "Land Rover", "Snapchat", "Christmas", "St David's Day",
    "Bonfire Night", "lambing", "tupping", "laal", "marra", "clarty", "yow", "heft", "bait",
    "lonning", "in March 2024", "Tuesday", "May", "Hope", "Grace", "Dawn", "Mark", "DS", "PC",
    "Section 47", "Early Help", "strategy discussion", "Child in Need", "MARAC",
    "DOGS LOOSE IN YARD RING AHEAD",
]

INVOLVEMENT = [
    "On 4 September 2023 Jessie-Lou Teasdale returned to Year 3 at Thrangarth CE Primary School, a village primary school of thirty-eight pupils that serves the hill farms on the eastern side of the Eden Valley. On the first Tuesday of term her class teacher noted that Jessie-Lou, whom the family and most of the school call 'Lulu' (her grandfather calls her 'Titch' because she is the smallest in the class), arrived on the school minibus in a clarty jumper with no bait box, and said she had been up since before dawn helping her dad and Grandad Wilf bring the yows down off the fell. The headteacher and Designated Safeguarding Lead, Mrs Carol Nattrass (DSL1), logged this as a low-level concern. The school's admission form gave the family's home as Birkett Scar Farm, Thrangarth, Appleby-in-Westmorland CA16 6WJ, the farm landline as 01632 960417 and a mobile for the mother, Siân Teasdale, of 07700 900582.",
    "On 19 September 2023 Mrs Teasdale saw Dr Anjali Sethi (GP1) at Kirkgarth Surgery. She described low mood since the birth of her youngest child, Nell, on 2 February 2022, and Dr Sethi recorded a continuing diagnosis of postnatal depression and increased her sertraline. Siân told Dr Sethi that Robbie was 'drinking most nights at the Black Tup Inn', that the farm was under bluetongue movement restrictions and that they had been unable to sell the store lambs at Eden Fellside Auction Mart. The record, headed 'S.T., DOB 03/11/1991, NHS 999 041 7723', does not show that anyone asked who looked after the three children while she was unwell, or whether there were worries at home.",
    "On 6 October 2023, after a request from Mrs Nattrass about tiredness and weight, the school nurse Fiona Relph (SN1) of the School Nursing Service met Jessie at Thrangarth School. The child told her, quite cheerfully, that 'me and Oz go up the lonning on the big Honda on us own' to check the heft, and that Tess, the collie, rides on the back. Ms Relph weighed and measured her, recorded her date of birth as 27/08/2016 and her NHS number as 9990562198, and left a message for Siân on 07700 900582 asking her to ring back on 01632 960288. No call was returned and the school nurse did not follow it up before the half-term holiday.",
    "On Bonfire Night, 5 November 2023, at 22:40, Cumbria Constabulary received a 999 call from the farm landline. Mrs Teasdale said that Robert Teasdale had come back from the Black Tup Inn, thrown a plate at her and pushed her against the range. PC Ian Stobart (POL1) attended with a colleague and found the Land Rover, PN19 KXT, in the yard with a warm engine; Mr Teasdale, date of birth 12.06.86, admitted driving home but was not breath-tested because by then more than an hour had passed. Owen and Jessie-Lou were sitting on the stairs and Nell was asleep. The DASH risk assessment was graded medium. PC Stobart entered the family's surname as TEASEDALE, and because of that misspelling the system did not link the call to an earlier incident recorded under the correct spelling.",
    "On 7 November 2023 the Public Protection Notice reached Westmorland and Furness Children's Social Care. The duty social worker, Gareth Musgrave (SW1), searched for 'Teasedale' and found no previous record. He telephoned Mrs Teasdale, who said 'it were nowt, he's under a lot of pressure with the tupping and the restrictions', and that her husband's brother Craig was helping out on the farm. Mr Musgrave did not speak to Mr Teasdale or to the children. The contact was closed to social care with a step-down to Early Help and a note that the family were 'a hard-working farming family, well known in the village'.",
    "On 14 November 2023 the Early Help worker, Lorna Bainbridge (EHW1), drove up the three-mile lonning to Birkett Scar. The gate carried a hand-painted board reading DOGS LOOSE IN YARD RING AHEAD, and she waited in her car until Nan Teasdale came out to meet her. Margaret Teasdale, known to everyone as 'Peggy', and her husband Wilfred live in the older house across the yard. Ms Bainbridge met Siân and Nell in the farmhouse kitchen and saw the children's pony, Smudge, and the quad bikes in the open barn. Robert was out on the fell. The farm's email address, birkettscarfarm@example.org, was used for all later Early Help letters, which Mrs Teasdale later said she rarely read.",
    "On 30 November 2023 a Team Around the Child plan was agreed by telephone between Ms Bainbridge, Mrs Nattrass and Siân Teasdale. It set goals about school attendance, a regular bed-time and Siân's mental health. It did not mention domestic abuse, alcohol or the children's use of the quads. The plan recorded the child as 'Jessie Lou Teasdale (J-L), Year 3' and the mother's preferred contact as the mobile. Mr Teasdale was sent a copy by post and did not reply.",
    "In the week before Christmas, on 18 December 2023, a teaching assistant noticed a mark on Jessie-Lou's left cheek during the nativity rehearsal. Asked about it, JLT said that Tess had jumped up at her in the yard, and then that 'Daddy was shouting at Mam and Mam says we're gaan to live in Penrith after Christmas'. Mrs Nattrass rang the duty line of Children's Social Care and was told that, as an open Early Help case, the information would be passed to Ms Bainbridge. No strategy discussion was considered. The school did not ask to see the mark again after the holiday.",
    "On 8 January 2024 Siân moved with Nell to Flat 3, 27 Tarnside Avenue, on the Carrowgill Park estate, Penrith CA11 8QX, a flat her friend Kerry Hebson had found for her. She told Kirkgarth Medical Practice that she would stay registered there because the children's school was in Thrangarth. It was agreed within the family that Jessie-Lou and Owen would stay at the farm from Monday to Friday so as not to change school, and spend weekends with their mother in Penrith. Siân gave Early Help a new email address, sian.teasdale91@example.com, and a Universal Credit claim was made using her National Insurance number, QQ654321A.",
    "On 23 January 2024 a review of the Team Around the Child plan was held at Thrangarth School. Mrs Nattrass, Ms Bainbridge and Ms Relph attended; Robert Teasdale did not. Wilf Teasdale came instead and told the meeting that 'she's a farm bairn, she's been on a quad since she could walk, like all of us'. The road-registered Honda quad, PX66 RFB, was described in the notes only as 'the farm bike'. Nobody at the meeting referred to the Health and Safety Executive's guidance that children under thirteen should not ride or drive adult quad bikes. The plan continued unchanged, with a note that Mr Teasdale's father could be contacted on 07700900739.",
    "On 9 February 2024 Siân reported to the police that Robert had sent her forty-two abusive messages in one evening, and had posted about her and her new partner, Liam Kitching, on his public page, facebook.com/robbie.teasdale.farm. Mr Kitching, known as 'Kitch', lives at 14 Mill Rigg Rd, Penrith; the police system held a second address for him on Mill Rigg Road with no house number. A DS in the Public Protection Unit reviewed the record, this time under the correct spelling, identified the Bonfire Night incident, re-graded the risk as high and referred Mrs Teasdale to MARAC. The referral form gave the children's names and her maiden name, Siân Pryce, but did not give the farm as the place where two of the children were living during the week.",
    "On 1 March 2024, St David's Day, Jessie-Lou came to school wearing a paper daffodil because, she said, her Mam was Welsh and 'Mam's marra Kitch is taking us to the seaside'. She was late for the third time that week and fell asleep in the afternoon; her brother said she had been given Calpol for a headache that morning. Mrs Nattrass recorded that Jessie-Lou had said Owen made the tea most nights because Dad 'sleeps in the lambing shed'. The school's safeguarding record for J.L.T. shows that this was shared with Early Help by email; the email was sent to the farm address rather than to Ms Bainbridge's.",
    "The MARAC met on 12 March 2024. Its minutes record Ms Pryce (Teasdale) as the victim, Robert Teasdale as the perpetrator, and the children as living with their mother at Tarnside Ave. Because of this error the actions about the children were sent to Penrith agencies only, and the school and the GP practice were not told. Children's Social Care took the case back from Early Help in March 2024 and Mr Musgrave began a Child in Need assessment. He recorded the mother's mobile number and the father's, +44 7700 900263.",
    "Mr Musgrave visited Birkett Scar Farm on 21 March 2024, in the middle of lambing. He found Robert in the lambing shed, where he said he had slept most nights for three weeks. A seasonal worker, Paweł Wróbel, was living in a caravan by the shed; Mr Musgrave's notes spell him 'Pawel Wrobel'. Owen, then eleven (date of birth 9th April 2012), was making tea for himself and Jessie-Lou in the house. Mr Teasdale, a former chairman of Thrangarth Young Farmers' Club, said that the farm was in debt, that the Rural Payments Agency had held back a payment, and that his contracting sideline, Teasdale Fencing & Contracting, had lost its main customer. Mr Musgrave's assessment concluded that the children were 'loved and well cared for by the wider family'.",
    "On 3 April 2024 Robert Teasdale saw Dr Sethi at Kirkgarth. The GP note, headed 'R.T.', records poor sleep, drinking 'a bottle of whisky over two nights' and thoughts that the family 'would be better off with the insurance'. Dr Sethi gave him the number of the Farming Community Network and referred him to talking therapies. The note does not record that he had children or that there was an open social care assessment, and the practice did not contact Children's Social Care. The farm's holding number, CPH 08/347/0012, appears in the record because Mr Teasdale had asked for a letter to support a hardship application to the National Farmers' Union welfare fund.",
    "On 14 April 2024, in the Easter holidays, a neighbour, Mrs Hilda Dobinson of High Birkett, rang the police to say that she had seen 'the laal lass' riding the big quad alone up the fell track at dusk with the dog on the back. PC Stobart telephoned Mr Teasdale, who said that Jessie had only been 'taking it up to the gate'. The incident was closed as a 'farming matter' with words of advice; no notification was made to Children's Social Care. Mrs Dobinson also told the officer that Reverend Pattinson had been worried about the children.",
    "On 23 April 2024 the Child in Need meeting was held at the school. Mrs Nattrass raised two accounts on social media. The first, @birkettscar_lamb, was the farm's page advertising lamb boxes. The second, @jesslou_farmlass, was run by Siân and showed videos of Jessie-Lou driving the quad across a field, one filmed in March 2024, with several thousand followers; some of the comments were from adults unknown to the family, and Jessie-Lou told staff she had her own Snapchat as well. The Reverend Alison Pattinson of Thrangarth Methodist Chapel, where the children went to a Sunday club, told the school that the children had seemed 'frightened of going home' since Christmas. The meeting agreed that Siân would take the videos down.",
    "On Saturday 11 May 2024, at about 18:30, Paweł found Jessie-Lou lying unconscious beside the beck below the intake wall, under the overturned Honda. Robert had been at the Black Tup Inn since the middle of the afternoon, and Wilfred said he had told her to take the quad up to check on a yow that had twin lambs. Mr Wróbel called 999 and the air ambulance took Jessie-Lou to the Great North Children's Hospital with a serious head injury and a fractured pelvis. The ambulance record gave her date of birth as August 27, 2016 and the hospital's as 27.08.16.",
    "On 12 May 2024 a strategy discussion was held and a Section 47 enquiry began for all three children. Owen was placed with his Nan and Grandad under a safety plan, and Nell stayed with her mother in Penrith. Cumbria Constabulary opened an investigation; a search of the Rural Payments Agency records linked the farm to its flock mark, UK 512847, and confirmed that the quad was owned by the farm business. The police record for the Teasdales noted that the Health and Safety Executive had been told.",
    "On 14 May 2024 the partnership notified the Child Safeguarding Practice Review Panel. The rapid review received agency chronologies in which the child's date of birth appears as 27-08-2016, 27th August 2016 and 27/08/2016, and in which her mother's name is written as Siân, Sian and Mrs Teasdale. The National Insurance number QQ 12 34 56 C, which is Robert's, was recorded in one chronology as the mother's. On 4 June 2024 the partnership decided that a local child safeguarding practice review should be held.",
]

ANALYSIS = [
    "The review found that every agency saw a part of Jessie-Lou's life and none saw the whole of it. Thrangarth CE Primary School knew that she was tired, late and hungry; Kirkgarth Surgery knew that both parents were struggling; the police knew about domestic abuse and about the quads; Children's Social Care and Early Help knew about all of these things at different times but never together. The family lived at the end of a long lonning in an isolated part of the Eden Valley, and practitioners often took the view that a farm family was self-sufficient and that the wider family would step in.",
    "Practitioners gave great weight to the idea that 'all farm children ride quads'. The Health and Safety Executive is clear that children under thirteen should not ride adult quad bikes, and the National Farmers' Union and the Farming Community Network have repeated that message. Nobody asked whether a seven-year-old driving a Honda quad alone at dusk was an ordinary part of farm life or a sign that adult supervision had broken down. Mrs Dobinson's call, the TikTok videos and the child's own words to Ms Relph in October were each treated alone.",
    "The misspelling 'Teasedale' meant that the police and Children's Social Care did not link the Bonfire Night call to earlier information, and the MARAC's mistake about where the children lived meant that the school and the GP practice were left out. Lord Laming's report into the death of Victoria Climbié, and the national review following the deaths of Arthur Labinjo-Hughes and Star Hobson, both show how small recording errors can hide a pattern. There is little hope of finding a pattern when each agency holds its own version of a family's names and addresses.",
    "Robbie Teasdale's drinking, debt and low mood were known to the GP and to the social worker, but his role as a father was hardly discussed. Neither Dr Sethi nor Mr Musgrave asked who was caring for the children while he slept in the lambing shed, and nobody considered that Owen, aged eleven, was caring for his sister in the evenings. The Children Act 1989 places the welfare of the child first; here, sympathy for a hard-pressed farmer seems to have shaped the assessment.",
    "Siân's postnatal depression, her move to Penrith and her new relationship were all known, but the arrangement under which two of her children stayed at Birkett Scar during the week was not written into any plan. Agencies accepted with good grace the family's assurance that Nan Teasdale and Wilfred were looking after the children, without speaking to Margaret Teasdale herself, who later told the review that she had 'not been well enough to run after a laal one since Christmas'.",
    "The Team Around the Child plan, the MARAC minutes and the Child in Need assessment all described the family in positive terms: hard-working, loving and well known in Thrangarth. Practitioners found it hard to hold that picture alongside the evidence of neglect. Working Together to Safeguard Children asks practitioners to keep an open mind and to be ready to challenge what they are told; in this case there was not enough professional curiosity, and no agency escalated its worries. Ofsted's thematic work on neglect and the NSPCC's learning from case reviews both describe the same pattern in rural families.",
    "Finally, the review notes that the child's voice was clear throughout. Lulu told the school nurse about the quads, told the school about the shouting at home and about being tired, and showed on social media what she was doing on the farm. What she said was written down but not acted on. Keeping Children Safe in Education expects schools to act when a child's words show a concern, and Mrs Nattrass did pass them on; but the concerns went into an Early Help system that was not looking for risk.",
]

LEARNING = [
    "Learning 1: Rural isolation is not a reason to visit less. Practitioners should see children at home, including on farms at the end of a long lonning, and should speak to every adult who cares for them. At Birkett Scar Farm the father, the grandparents and the farm worker were never all seen, and Jessie-Lou was never seen alone at home.",
    "Learning 2: Farm safety is a safeguarding issue. When a child is said to be riding or driving a quad, practitioners should treat it as a matter of supervision and risk, using the Health and Safety Executive guidance, and should not accept 'she's a farm bairn' as an answer. The school nurse, the police and the school all had information about the quads before May 2024.",
    "Learning 3: Names and addresses must be checked. The 'Teasedale' misspelling, the MARAC's error over Tarnside Avenue and a National Insurance number given to the wrong parent all weakened the response. Agencies should search for other spellings and confirm with the family where each child lives during the week.",
    "Learning 4: A parent's mental health and drinking affect the children. GPs who see a parent who is depressed, drinking or thinking of suicide should ask about children, as Dr Sethi did not when she saw R.T. in April, and should share worries with Children's Social Care.",
    "Learning 5: Early Help must step back up when risk grows. Domestic abuse, a high-risk MARAC and a child's disclosures at school are reasons to return a case to social care quickly; in the Teasdale family's case this took four months, and the Child in Need assessment then relied on what Robert and Wilf said.",
]

RECOMMENDATIONS = [
    ("Cumbria Constabulary and Children's Social Care should make sure that searches use other spellings of a family name, as the 'Teasedale' record showed was needed",
     "Introduce a rule that name searches use the fuzzy search and that staff are trained in it", "Head of Public Protection", "30-11-2024"),
    ("All partner agencies should treat a child of primary school age riding or driving a quad bike as a safeguarding concern, following the case of Jessie-Lou",
     "Issue a short practice note with the Health and Safety Executive guidance and a farm safety checklist", "Partnership Business Manager", "31-01-2025"),
    ("GP practices, including Kirkgarth Surgery, should record whether a parent who presents with depression, alcohol misuse or suicidal thoughts has children in their care",
     "Add a prompt to the practice template and audit its use", "Designated Doctor for Safeguarding", "31-03-2025"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="CONFIDENTIAL - Jessie-Lou TEASDALE, DOB 27/08/2016, Birkett Scar Farm, Thrangarth, Appleby-in-Westmorland CA16 6WJ",
    footer="Author: Fiona Relph (SN1), School Nursing Service, 01632 960288",
    comment="Check with Nan Teasdale whether Wilf told Jessie-Lou to take the quad up - Hilda Dobinson says so",
    footnote="Mrs Teasdale (Siân Pryce) confirmed the move to Tarnside Avenue, Carrowgill Park, in a call on 07700 900582.",
)
