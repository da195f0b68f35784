# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 94): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "ESCB-2024-094"

CASE_TOML = """\
reference = "ESCB-2024-094"
review = "Child Safeguarding Practice Review"
subject = "Child X"
board = "Essex Safeguarding Children Board"
period = { from = "01-09-2021", to = "29-02-2024" }
decision = "05-03-2024"
notification = "14-02-2024"

[[agencies]]
name = "Essex Police"
aliases = ["Police", "the police"]

[[agencies]]
name = "Essex County Council Children and Families"
aliases = ["Children's Social Care", "CSC", "ECC Children and Families"]

[[agencies]]
name = "Essex Child and Family Wellbeing Service"
aliases = ["ECFWS", "Health Visiting Service", "the health visiting service"]

[[agencies]]
name = "Whitmore Dene Surgery"
aliases = ["Whitmore Dene", "the surgery"]
published_as = "the GP practice"

[[agencies]]
name = "Larchmere Primary School"
aliases = ["Larchmere", "Larchmere Primary"]
published_as = "the primary school"

[[agencies]]
name = "Essex Countywide Traveller Unit"
aliases = ["ECTU", "the Traveller Unit"]

[[people]]
name = "Máirín Gorevan"
aliases = ["Mairin Gorevan", "Máirín Bridget Gorevan", "Maureen Gorevan", "Dolly", "M.B.G.", "MBG", "Goravan"]
role = "child"
pseudonym = "Child X"
born = "22-10-2015"
address = "Pitch 7, Hawkswick Park, Fenbridge Lane, Wickford SS11 8ZW"

[[people]]
name = "Siobhán Gorevan"
aliases = ["Siobhan Gorevan", "Shiv", "Shivaun", "Siobhán McInerney", "S.G."]
role = "mother"
pseudonym = "Mother"
born = "02-11-1991"
address = "Pitch 7, Hawkswick Park, Fenbridge Lane, Wickford SS11 8ZW"

[[people]]
name = "Pádraig Gorevan"
aliases = ["Padraig Gorevan", "Patsy", "Patsy Gorevan", "P-G"]
role = "father"
pseudonym = "Father"
born = "19-07-1988"
address = "Pitch 7, Hawkswick Park, Fenbridge Lane, Wickford SS11 8ZW"

[[people]]
name = "Tadhg Gorevan"
aliases = ["Taigy", "T.G"]
role = "sibling"
pseudonym = "Sibling 1"
born = "03-02-2013"
address = "Pitch 7, Hawkswick Park, Fenbridge Lane, Wickford SS11 8ZW"

[[people]]
name = "Éabha Gorevan"
aliases = ["Eabha Gorevan", "Evie"]
role = "sibling"
pseudonym = "Sibling 2"
born = "27-09-2021"
address = "Pitch 7, Hawkswick Park, Fenbridge Lane, Wickford SS11 8ZW"

[[people]]
name = "Bridget McInerney"
aliases = ["Nan Biddy", "Biddy", "Mrs McInerney"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "08-04-1966"
address = "14 Sedgemoor Close, Holloway Mead, Basildon SS14 3ZN"

[[staff]]
name = "Rachel Penhallow"
code = "HV1"
role = "Health Visitor"
agency = "Essex Child and Family Wellbeing Service"

[[staff]]
name = "Kirsty Vanstone"
code = "SW1"
role = "Social Worker"
agency = "Essex County Council Children and Families"

[[staff]]
name = "Gareth Pomfrey"
code = "DSL1"
role = "Deputy Headteacher and Designated Safeguarding Lead"
agency = "Larchmere Primary School"

[[staff]]
name = "Anjali Tremayne"
code = "GP1"
role = "GP"
agency = "Whitmore Dene Surgery"

[[staff]]
name = "Nathan Scurfield"
code = "POL1"
role = "Police Constable"
agency = "Essex Police"

[[staff]]
name = "Colm Hetherington"
code = "TU1"
role = "Traveller Liaison Officer"
agency = "Essex Countywide Traveller Unit"
"""

IDENTIFIERS = {
    "names": ["Máirín", "Mairin", "Maureen", "Gorevan", "Gorevans", "Goravan", "Siobhán",
              "Siobhan", "Shivaun", "McInerney", "Pádraig", "Padraig", "Tadhg", "Éabha",
              "Eabha", "Bridget"],
    "nicknames": ["Dolly", "Shiv", "Patsy", "Taigy", "Biddy", "Evie"],
    "initials": ["M.B.G.", "MBG", "S.G.", "T.G", "P-G"],
    "people_not_in_key": ["Winnie Lawrence", "Lawrence", "Christy", "Dessie", "Carmody",
                          "Ciarán", "Dubhghaill"],
    "staff": ["Rachel Penhallow", "Penhallow", "Kirsty Vanstone", "Vanstone", "Pomfrey",
              "Tremayne", "Scurfield", "Hetherington"],
    "streets": ["Fenbridge Lane", "Fenbridge Ln", "Sedgemoor Close", "Sedgemoor Cl",
                "Mudlark Lane", "Saltcote Road", "Saltcote Rd"],
    "estates": ["Hawkswick Park", "Hawkswick", "Holloway Mead"],
    "house_numbers": ["Pitch 7", "Pitch 12", "14 Sedgemoor Close", "No. 14"],
    "places": ["Wickford", "Basildon", "Battlesbridge", "South Woodham Ferrers", "Runwell"],
    "postcodes": ["SS11 8ZW", "SS11", "8ZW", "SS14 3ZN", "CM3 5XQ"],
    "locating_agencies": ["Larchmere Primary School", "Larchmere", "Whitmore Dene Surgery",
                          "Whitmore Dene", "Our Lady of the Marshes", "Saltings Boxing Club"],
    "phones": ["07700 900417", "07700900582", "+44 7700 900239", "01632 960711"],
    "nhs_ni": ["943 476 5919", "9434765927", "485 203 1762", "QQ 48 21 73 B", "QQ910652D"],
    "emails": ["shiv.gorevan91@example.com", "gorevan.driveways@example.org"],
    "social": ["@ShivGorevan91", "facebook.com/gorevandriveways", "tiktok.com/@dessiecarmody88"],
    "dates_of_birth": ["22/10/2015", "22-10-2015", "22.10.15", "22nd October 2015",
                       "October 22, 2015", "2nd November 1991", "02/11/1991", "19.07.88",
                       "27.09.21", "03/02/2013"],
    "other": ["EX19 KZV", "LK17 WJP", "Gorevan & Sons Driveways", "Sully", "Dandy"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children", "Equality Act 2010",
    "Education Act 1996", "Police, Crime, Sentencing and Courts Act 2022", "Section 47",
    "Section 17", "Child in Need", "Elective Home Education", "Children Missing Education",
    "MASH", "Early Help", "Strategy Discussion", "Ofsted",
    "Child Safeguarding Practice Review Panel", "Friends, Families and Travellers",
    "Traveller Movement", "Irish Chaplaincy", "NSPCC", "Great Ormond Street Hospital",
    "Victoria Climbié", "Arthur Labinjo-Hughes", "Star Hobson", "Lord Laming", "asthma", "salbutamol",
    "Calpol", "head lice", "Ford Transit", "St Patrick's Day", "First Holy Communion",
    "Appleby Horse Fair", "Christmas", "Mincéir", "Shelta", "buffer", "beor", "lackeen",
    "gloke", "shades", "craic", "a stór", "mo chroí", "Grace", "Hope", "Dawn", "Mark",
    "May", "Monday", "DS", "PC", "GRT", "Irish Traveller", "Gypsy, Roma and Traveller",
    "THE CHILD MUST BE SEEN ALONE ON EVERY VISIT",
]

INVOLVEMENT = [
    "On 6 September 2021 Máirín Gorevan, then aged five, started in Year 1 at Larchmere Primary School in Wickford, having come from a pitch on a site in Kent. Her mother, Mrs Siobhán Gorevan, gave the family's address as Pitch 7, Hawkswick Park, Fenbridge Lane, Wickford SS11 8ZW, and the child's date of birth as 22/10/2015. The admission form recorded Máirín's ethnicity as Irish Traveller and noted that the family speak Shelta at home, which they call Cant or Gammon, alongside English; Siobhán described the family as Mincéir and said that school staff were 'buffers, but good ones'.",
    "On 14 September 2021 the Deputy Headteacher and Designated Safeguarding Lead, Mr Gareth Pomfrey (DSL1), met Siobhan and her own mother, Mrs Bridget McInerney, who is known to the whole family as 'Nan Biddy'. Nan Biddy lives in a council house at 14 Sedgemoor Close, Holloway Mead, Basildon SS14 3ZN, and it was agreed that she would collect Máirín every Monday. Mrs McInerney gave her mobile number as 07700 900417 and said she had 'come off the road' twenty years before; she called Máirín 'a stór' throughout the meeting.",
    "Rachel Penhallow (HV1) of the Essex Child and Family Wellbeing Service carried out a new birth visit to the trailer on 4 October 2021 after Éabha Gorevan was born on 27.09.21. HV1 recorded that Máirín, whom the family call 'Dolly', was wheezy, that the trailer was heated by a gas bottle, and that the family's lurcher, Sully, slept inside with the children. Siobhán, who asked to be called Shiv, said there was 'great craic' on Hawkswick and that she had no worries. Mrs Penhallow recorded Máirín's NHS number as 943 476 5919 and Éabha's as 9434765927.",
    "On 2 November 2021 Máirín was seen at Whitmore Dene Surgery by Dr Anjali Tremayne (GP1) with a chest infection and poorly controlled asthma; salbutamol was prescribed by inhaler and spacer and Calpol was advised for her temperature. The surgery held two addresses for the family, Pitch 7 and an older one at Pitch 12 on the same site, and two mobile numbers, 07700900582 and +44 7700 900239. Dr Tremayne noted that the mother said 'the buffer doctors never listen to us'. The surgery's record spelt the surname as Goravan, so later hospital letters were not matched to the child.",
    "At about 23:40 on 20 December 2021 Essex Police attended Hawkswick Park after a neighbour on the site, Mrs Winnie Lawrence, rang 999 to report screaming from the Gorevans' trailer. PC Nathan Scurfield (POL1) spoke to Pádraig Gorevan, known as 'Patsy', who said it was 'just the drink at Christmas' and that 'the shades have no business here'. Mr Gorevan's white Ford Transit, registration EX19 KZV, was parked across the pitch. PC Scurfield recorded that the children were asleep and did not see them; the DASH risk assessment was graded standard and no notification was sent to school. The police log spelt the names of the mother and child as 'Shivaun' and 'Mairin'.",
    "In January 2022 Larchmere recorded that Máirín had head lice for the third time that term and that her attendance had fallen to 81 per cent. Mr Pomfrey wrote to 'MR AND MRS GOREVAN' at Fenbridge Ln, Wickford, and emailed shiv.gorevan91@example.com; no reply is recorded. The school's chronology from this point refers to the child as MBG and to her mother as S.G. Colm Hetherington (TU1), the liaison officer for the Essex Countywide Traveller Unit, told school that Patsy's tarmac business, Gorevan & Sons Driveways, had been working away and that the family would travel for work in the summer.",
    "On 17 March 2022, St Patrick's Day, M.B.G. told her class teacher that 'Daddy hit Mammy with the kettle' and that the shades had come 'in the night'. She said she was 'a big lackeen now' and had looked after the baby. Mr Pomfrey made a referral to the MASH the same day. The referral gave the child's date of birth as 22nd October 2015, the mother's as 2nd November 1991 and the father's as 19.07.88, and named Tadhg Gorevan ('Taigy'), aged nine, born 03/02/2013, as a pupil at the same school.",
    "On 21 March 2022 Essex County Council Children and Families held a Strategy Discussion with Essex Police and school. A DS from the Child Abuse Investigation Team advised that the threshold for Section 47 enquiries was not met because there was no injury, and the case was allocated for a Child and Family Assessment under Section 17 of the Children Act 1989. The team manager's note on the file reads: THE CHILD MUST BE SEEN ALONE ON EVERY VISIT. The social worker, Kirsty Vanstone (SW1), visited on 29 March 2022 and saw Máirín with her mother present.",
    "Ms Vanstone's assessment, completed on 10 May 2022, recorded that Siobhán had said Patsy 'was a good gloke when he was off the drink' and that she would not go to a refuge because she would be shamed in front of her people. Nan Biddy told the social worker that 'a beor stands by her man'. The mother's National Insurance number, QQ 48 21 73 B, was recorded for a benefits check, and the father's, QQ910652D, was taken from a letter on the trailer table. Siobhán's NHS number, 485 203 1762, was added to the safety plan so that maternity services could flag it.",
    "Siobhán declined a referral to Friends, Families and Travellers and to the Traveller Movement, but accepted a visit from Father Ciarán Ó Dubhghaill of the Irish Chaplaincy, who had known the McInerney family in Ireland. On 22 May 2022 Máirín made her First Holy Communion at Our Lady of the Marshes in Wickford; Nan Biddy paid for the dress. Mrs Lawrence later told police that Pádraig had 'thrown a party for the whole site' that night.",
    "The Child in Need plan was closed on 28 July 2022 on the grounds that Padraig Gorevan had agreed to attend a perpetrator programme and that the family were 'travelling for the summer'. The family went to Appleby Horse Fair in June 2022 with their piebald cob, Dandy, and returned to Hawkswick Park in August. No one checked whether the programme was attended; it was not.",
    "By September 2022 Mr Gorevan's brother, Christy, had moved onto the pitch in a touring caravan towed by a silver pick-up, registration LK17 WJP. Tadhg was attending Saltings Boxing Club on Tuesday evenings, and the coach told Mr Pomfrey in October that the boy had 'a mark on his neck' that he said came from sparring. School recorded this as a low-level concern and did not share it.",
    "On 9 November 2022 the Essex Countywide Traveller Unit served notice to quit on Pitch 7 for rent arrears and after a fight between Christy and another resident. Mr Hetherington allowed a month's grace for the arrears to be paid and recorded that Shiv 'didn't want the shades involved'. ECTU told Children's Social Care by email on 11 November 2022; the email was logged as information only.",
    "On 5 December 2022 Siobhán Gorevan texted the school office from 07700900582 to say that she was taking Máirín and Tadhg out of school for Elective Home Education because 'the other children call them names'. Larchmere Primary removed both children from roll on 12 December 2022 and notified the Elective Home Education team. Neither school nor the local authority considered whether the children were Children Missing Education, and no EHE visit took place before the family left the site.",
    "On 3 January 2023 the family left Hawkswick Park and pulled onto a lay-by on Mudlark Lane, near Battlesbridge, with two trailers, the van and the dog. Essex Police attended on 6 January 2023 and warned Mr Gorevan of the new offence under the Police, Crime, Sentencing and Courts Act 2022; the family moved to a verge off Saltcote Road, South Woodham Ferrers, CM3 5XQ, and within a week were back on Mudlark Lane. Photographs on facebook.com/gorevandriveways showed the trailers at the roadside and the van advertising 'driveways, patios, block paving'.",
    "HV1 tried to carry out Éabha's review on 18 January 2023 but could not find the family. Rachel Penhallow then found a public post by @ShivGorevan91 showing Eabha Gorevan and the dog at 'our new spot', and rang Nan Biddy's landline, 01632 960711, to ask where the family were. Mrs McInerney said they were 'out Runwell way' and would 'come in to the surgery when the baby needs it'. The health visitor closed Éabha to the universal service in March 2023 as 'moved out of area'.",
    "In February 2023 Siobhán told the Traveller Unit that she had separated from Pádraig and that a new partner, Dessie Carmody, was living with her and the children on the lay-by. Mr Carmody had convictions for violence that were not known to any agency at the time. His public videos at tiktok.com/@dessiecarmody88 showed Máirín, in one clip riding Dandy along the verge, in another with 'mo chroí' written across the screen. Patsy moved back to his brother's pitch at Hawkswick.",
    "On 14 May 2023 Máirín was taken by ambulance to hospital with a severe asthma attack. She was registered under her 'English name', Maureen Gorevan, with her date of birth written as October 22, 2015 and an address of 'No. 14' at Nan Biddy's house in Sedgemoor Cl; the ambulance crew's record gave 22.10.15. The discharge letter was sent to Whitmore Dene, where it could not be matched to the misspelt record, and the follow-up appointment was missed. Siobhan later said she had given her mother's address 'so they would not think we were tinkers'.",
    "Between June and October 2023 the family moved between the lay-by on Mudlark Lane, the verge on Saltcote Rd and a field near Wickford. In August 2023 Mr Hetherington offered an Early Help referral; Siobhán accepted help for Éabha ('Evie'), then aged nearly two, but said that Máirín was 'grand' and 'learning at home'. The form gave the child's date of birth as 22-10-2015 and the mother's as 02/11/1991. Early Help tried twice to visit and closed the case on 30 October 2023 with no contact; gorevan.driveways@example.org was the only contact address given.",
    "Before dawn on 11 February 2024 Dessie Carmody rang 999 from Mudlark Lane to say that Máirín 'wasn't breathing right'. She was found in a trailer heated by a generator, with an empty inhaler and burns to her forearm, and was ventilated before transfer to Great Ormond Street Hospital. Her last prescription for salbutamol had been issued in May 2023. On 14 February 2024 the Essex Safeguarding Children Board notified the Child Safeguarding Practice Review Panel, and Section 47 enquiries were opened for all three children, now including T.G and Éabha, with the father recorded on the strategy minute as P-G.",
]

ANALYSIS = [
    "Máirín was a primary school child who, from the age of seven, was not seen by any professional who was looking at her. Each agency held a piece of what was happening on Hawkswick Park and later on the roadside, but nobody held the whole picture. Working Together to Safeguard Children expects agencies to share information about a child's lived experience; in this case the police call at Christmas 2021, the boxing coach's concern, the notice to quit and the hospital admission were never brought together.",
    "The family's identity as Irish Traveller, Mincéir, was recorded but not understood. Practitioners used the family's mobility to explain away missing appointments ('travelling for the summer', 'moved out of area') rather than asking where the children were. The Equality Act 2010 requires services to make reasonable adjustments, but the surgery, the health visiting service and Early Help all closed cases when letters came back unanswered. Gypsy, Roma and Traveller families are known nationally to face barriers to health care, and this knowledge was not applied to the Gorevans.",
    "Language mattered. Máirín's disclosure that the shades had come in the night was recorded by school, but nobody at the Strategy Discussion knew that the Cant word meant the police, and the link to the December 2021 call-out was missed. Workers who hear words such as 'gloke', 'beor' or 'lackeen' should ask what they mean and record the answer. Mr Pomfrey told the review that he 'had no hope of understanding half of what the family said', but he did not ask for help from the Traveller Unit.",
    "The closure of the Child in Need plan in July 2022 relied on Pádraig's agreement to attend a programme, not on any change seen in the children's lives. Domestic abuse in the trailer was accepted as 'the drink', and the DASH assessment was graded standard because the officer did not see the children. Lord Laming's warning, after the death of Victoria Climbié, that professionals must see and speak to the child was written on Ms Vanstone's file in capitals and still not followed.",
    "The move to Elective Home Education in December 2022 came days after the notice to quit and at a time of open domestic abuse concerns. The Education Act 1996 puts the duty on parents, but the local authority should have considered whether Máirín and Tadhg were Children Missing Education once they left Hawkswick. The national review of the deaths of Arthur Labinjo-Hughes and Star Hobson found the same pattern of children disappearing from view after removal from school.",
    "Names and records failed this child. The surgery's misspelling of Gorevan as Goravan, the use of her English name Maureen at hospital and Nan Biddy's address in Basildon meant that the May 2023 asthma admission never reached anyone who knew her. Siobhan's fear of being called 'tinkers' explains why she gave the house address; it should have prompted the hospital to ask where the child actually slept.",
    "Dessie Carmody's arrival on the roadside was known to the Traveller Unit from February 2023 and was visible on social media, yet no one checked his history or his relationship to the children. Practitioners told the review that there was an unspoken period of grace given to roadside families before anyone visited, partly because of fear of confrontation on lay-bys. That fear was never raised with managers, and there was no plan for how to see children living at Mudlark Lane.",
]

LEARNING = [
    "Learning 1: A family's mobility is not a reason to close a case. When an Irish Traveller family moves from a council site such as Hawkswick Park to the roadside, the risk to children can rise, and agencies must agree who will find and see the children. The Essex Countywide Traveller Unit knows where families are pulled in and should be asked.",
    "Learning 2: Practitioners should learn the basic words of Shelta used by families they work with, and check the meaning of any unfamiliar word used by a child. Máirín's words about the shades were a disclosure of domestic abuse and should have been treated as one. The health visiting service, school and police should each have access to advice from a GRT specialist.",
    "Learning 3: Records must follow the child, not the spelling. Whitmore Dene Surgery and the hospital held Máirín under different names and addresses; an NHS number such as 943 476 5919 should be used to match every letter, and surgeries should ask about English names and the names used at Nan's house.",
    "Learning 4: Removal from roll for Elective Home Education during open safeguarding concerns must trigger a multi-agency discussion, as happened too late for Máirín and Tadhg. Larchmere had the knowledge and relationships to raise this, and its Designated Safeguarding Lead should have been asked for his view before the children left.",
    "Learning 5: A new adult in the household must be identified and checked, whether the family live on Hawkswick or on a lay-by. Dessie Carmody lived with the children for a year and no agency asked who he was. Early Help workers should be confident in visiting roadside families, with a second worker where needed, and should not close after two attempts. This review is shared with Ofsted and the NSPCC as part of the Board's learning programme.",
]

RECOMMENDATIONS = [
    ("The Essex Countywide Traveller Unit and Children's Social Care should agree a protocol so that any child known to services who leaves Hawkswick Park or another council site for the roadside, as the Gorevan children did, is located and seen within ten working days",
     "Write and publish a joint protocol; audit the first twelve cases", "Head of Service, Children and Families", "30-09-2024"),
    ("Whitmore Dene Surgery and the hospital trust should match every letter by NHS number, so that a misspelling such as Goravan or an English name such as Maureen does not stop a discharge letter reaching the GP",
     "Add NHS-number matching to the surgery's document workflow; brief reception staff", "Practice Manager", "31-07-2024"),
    ("Larchmere Primary School and all Essex schools should hold a multi-agency meeting before removing from roll any child subject to a Child in Need or Section 47 plan whose parents choose Elective Home Education",
     "Update the removal-from-roll guidance and train Designated Safeguarding Leads", "Head of Education Access", "31-12-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="ESCB-2024-094 | Máirín GOREVAN (DOB 22/10/2015) | Pitch 7, Hawkswick Park, Fenbridge Lane, Wickford SS11 8ZW | OFFICIAL-SENSITIVE",
    footer="Author: Rachel Penhallow (HV1), rachel.penhallow@example.org, 01632 960358 | NHS 943 476 5919",
    comment="Check with Shiv whether Dessie Carmody is still on the Mudlark Lane lay-by - Tadhg told the coach at Saltings Boxing Club he was.",
    footnote="Nan Biddy (Bridget McInerney, 14 Sedgemoor Close, Basildon) confirmed these dates by phone on 07700 900417.",
)
