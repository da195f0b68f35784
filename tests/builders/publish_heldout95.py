# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 95): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "WSVP-2023-095"

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "WSVP-2023-095"
review = "Child Safeguarding Practice Review"
subject = "Child T"
board = "Wiltshire Safeguarding Vulnerable People Partnership"
period = { from = "15-11-2021", to = "14-03-2023" }
decision = "12-04-2023"
notification = "16-03-2023"

[[agencies]]
name = "Wiltshire Police"
aliases = ["Police", "the police"]

[[agencies]]
name = "Wiltshire Council Children's Services"
aliases = ["Children's Social Care", "CSC", "Families and Children's Services"]

[[agencies]]
name = "Wiltshire Children's Community Health Services"
aliases = ["Health Visiting Service", "HV service", "health visiting"]

[[agencies]]
name = "Brackenmoor Surgery"
aliases = ["Brackenmoor Medical Practice", "the surgery"]
published_as = "the GP practice"

[[agencies]]
name = "Army Welfare Service"
aliases = ["AWS"]

[[agencies]]
name = "Hollowfield Primary School"
aliases = ["Hollowfield Primary", "Hollowfield School"]
published_as = "the primary school"

[[people]]
name = "Tevita-James Vunidakua"
aliases = ["TJ", "Tevita", "T-J", "T.J.V.", "TJV"]
role = "child"
pseudonym = "Child T"
born = "11-08-2022"
address = "14 Quarrendon Crescent, Tidworth SP9 7ZX"

[[people]]
name = "Zoë Vunidakua"
aliases = ["Zoe Vunidakua", "Zoë Pelling", "Zo", "Zoey", "Mrs V", "Z.V."]
role = "mother"
pseudonym = "Mother"
born = "03-02-1999"
address = "14 Quarrendon Crescent, Tidworth SP9 7ZX"

[[people]]
name = "Seremaia Vunidakua"
aliases = ["Sere", "Jerry", "LCpl Vunidakua", "S.V."]
role = "father"
pseudonym = "Father"
born = "19-10-1995"
address = "14 Quarrendon Crescent, Tidworth SP9 7ZX"

[[people]]
name = "Paige Pelling"
aliases = ["Paigey", "P.P."]
role = "sibling"
pseudonym = "Sibling 1"
born = "27-05-2017"
address = "14 Quarrendon Crescent, Tidworth SP9 7ZX"

[[people]]
name = "Renée Pelling"
aliases = ["Renee Pelling", "Nanna Ren", "Nan Renée"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "22-06-1971"
address = "Flat 6, Coldharbour House, 31 Pemberley Road, Swindon SN3 9QJ"

[[people]]
name = "Litia Vunidakua"
aliases = ["Bu Litia"]
role = "paternal grandmother"
pseudonym = "Paternal Grandmother"

[[people]]
name = "Kyle Brannock"
aliases = ["Brannock"]
role = "sibling's father"
pseudonym = "Sibling 1's Father"

[[staff]]
name = "Harriet Oldroyd"
code = "HV1"
role = "Health Visitor"
agency = "Wiltshire Children's Community Health Services"

[[staff]]
name = "Nadia Ferrante"
code = "SW1"
role = "Social Worker"
agency = "Wiltshire Council Children's Services"

[[staff]]
name = "Owain Treloar"
code = "GP1"
role = "GP"
agency = "Brackenmoor Surgery"

[[staff]]
name = "Craig Penhaligon"
code = "AWS1"
role = "Army Welfare Worker"
agency = "Army Welfare Service"

[[staff]]
name = "Sian Garroway"
code = "PO1"
role = "Detective Constable"
agency = "Wiltshire Police"

[[staff]]
name = "Alison Quayle"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Hollowfield Primary School"
"""

IDENTIFIERS = {
    "names": ["Tevita-James", "Tevita", "Vunidakua", "Vunidakuas", "VUNIDAKUA", "Zoë", "Zoe",
              "Seremaia", "Paige", "Pelling", "Pellings", "Renée", "Renee", "Litia",
              "Kyle Brannock", "Brannock", "Vunidakoa", "Serimaia", "Zoey"],
    "nicknames": ["TJ", "Zo", "Sere", "Jerry", "Paigey", "Nanna Ren", "Bu Litia", "Kez"],
    "initials": ["T-J", "T.J.V.", "TJV", "Z.V.", "ZV", "S.V.", "P.P."],
    "people_not_in_key": ["Kerry-Ann Doughty", "Doughty", "Dean Hollis", "Hollis",
                          "Apisai", "Sitiveni Qalo", "Qalo", "Wyndham-Hale", "Gareth", "Jory"],
    "staff": ["Harriet Oldroyd", "Oldroyd", "Harriet", "Nadia Ferrante", "Ferrante",
              "Owain Treloar", "Treloar", "Craig Penhaligon", "Penhaligon",
              "Sian Garroway", "Garroway", "Alison Quayle", "Quayle"],
    "streets": ["Quarrendon Crescent", "Quarrendon Cres", "Quarrendon", "Pemberley Road",
                "Pemberley Rd", "Coldharbour House", "Sedgecombe Lane"],
    "estates": ["Hartsdown", "Hartsdown patch"],
    "house_numbers": ["14 Quarrendon Crescent", "No. 14", "Flat 6", "31 Pemberley Road",
                      "number 9 Sedgecombe Lane"],
    "places": ["Tidworth", "Perham Down", "Ludgershall", "Swindon", "Nausori", "Catterick"],
    "postcodes": ["SP9 7ZX", "SP9", "7ZX", "SN3 9QJ", "SN3"],
    "locating_agencies": ["Brackenmoor Surgery", "Brackenmoor", "Hollowfield Primary School",
                          "Hollowfield", "Larkspur Children's Centre", "Larkspur",
                          "Tidworth Fijian Fellowship", "Hartsdown Community Café",
                          "Sarum Fusiliers", "1 SARUM"],
    "phones": ["07700 900417", "+44 7700 900582", "01632 960733", "07700900264"],
    "nhs_ni": ["685 539 7417", "6758531848", "689 492 1008", "QQ 12 34 56 C", "QQ654321A"],
    "emails": ["zoe.vunidakua99@example.com", "sere.v@example.org", "nanren71@example.com"],
    "social": ["@zozo_and_tj", "facebook.com/zoe.pelling.9", "@sere_vuni_1sf"],
    "dates_of_birth": ["11-08-2022", "11/08/2022", "11.08.22", "11th August 2022",
                       "August 11, 2022", "03/02/1999", "19.10.95", "27th May 2017",
                       "22-06-1971"],
    "other": ["WU19 KXD", "Rocco", "ZoZo Bakes", "30482917", "C Company"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children", "Armed Forces Covenant",
    "SSAFA", "Army Families Federation", "Royal Military Police", "Defence Infrastructure Organisation",
    "Lance Corporal", "Staff Sergeant", "Bombardier", "Unit Welfare Officer",
    "Commanding Officer", "chain of command", "Service Families Accommodation",
    "Estonia", "Salisbury Plain", "Great Ormond Street Hospital", "NSPCC", "ICON",
    "Victoria Climbié", "Lord Laming", "Star Hobson", "Arthur Labinjo-Hughes",
    "subdural haematoma", "postnatal depression", "Sertraline", "Gaviscon Infant", "Aptamil",
    "Calpol", "bruising in non-mobile babies", "Fiji Day", "Christmas", "Remembrance Sunday",
    "bula", "vinaka", "kava", "in good faith", "a small mark", "at dawn", "in the hope",
    "May 2022", "Tuesday", "DS", "PC", "Section 47", "strategy discussion", "MASH",
    "Early Help", "Child Protection Plan", "professional curiosity", "Was Not Brought",
    "EPDS", "HIVE", "BABY NOT TO BE LEFT WITH UNKNOWN ADULTS",
]

INVOLVEMENT = [
    "On 15 November 2021 Zoë Vunidakua (née Pelling) registered at Brackenmoor Surgery with her daughter Paige Pelling, having moved to Service Families Accommodation at 14 Quarrendon Crescent, Tidworth SP9 7ZX on the Hartsdown patch after her husband Lance Corporal Seremaia Vunidakua was posted from Catterick to C Company, 1st Battalion the Sarum Fusiliers (1 SARUM). Mrs Vunidakua was eleven weeks pregnant. The new patient questionnaire recorded her date of birth as 03/02/1999, her mobile as 07700 900417, her email as zoe.vunidakua99@example.com and her NHS number as 6758531848. The family's previous GP records from Catterick did not arrive until April 2022 and no one at the surgery followed them up.",
    "Harriet Oldroyd (HV1) made the antenatal contact on 7 January 2022 at No. 14. She recorded that Zoë had no family nearby other than her own mother, Renée Pelling, who lived at Flat 6, Coldharbour House, 31 Pemberley Road, Swindon SN3 9QJ and worked shifts. Zoe told HV1 that her husband, known in the battalion as 'Jerry' because the soldiers could not say Seremaia, was often away on exercise on Salisbury Plain and had been to Kenya twice in the previous year. Ms Oldroyd noted 'low support network, husband frequently absent, SFA patch quiet in the day' but no Early Help assessment was offered.",
    "On 9 February 2022 Mrs V self-referred to the Army Welfare Service through the HIVE, saying she felt isolated on the Hartsdown patch and did not know anyone in Tidworth. Craig Penhaligon (AWS1) saw her on Tuesday 15 February 2022. Mr Penhaligon's record describes Zoë as 'tearful, anxious about the birth, worried about money'; she had started a small home baking business called ZoZo Bakes which she advertised on Instagram as @zozo_and_tj after the baby was born. AWS1 signposted her to SSAFA and to the Army Families Federation and gave her the number of the Unit Welfare Officer, Captain Gareth Wyndham-Hale. He did not share the contact with the health visitor because Zoë had not consented.",
    "At 23:40 on 19 March 2022 a neighbour, Mrs Kerry-Ann Doughty ('Kez') of number 9 Sedgecombe Lane, rang 999 to report shouting and a banging door at 14 Quarrendon Cres. Wiltshire Police and the Royal Military Police attended together. PC Jory's body-worn video shows LCpl VUNIDAKUA had been drinking after returning from an exercise on Salisbury Plain; Sere said the couple had argued about money. Zoë (recorded on the police system as 'Zoey Vunidakoa') said she was fine and declined a DASH risk assessment. A PC noted the car on the drive as WU19 KXD. The incident was graded standard and a notification was sent to the MASH, where it was closed with no further action. The Unit Welfare Officer was told the next morning through the chain of command.",
    "Alison Quayle (DSL1), the Designated Safeguarding Lead at Hollowfield Primary School, first recorded a concern on 4 April 2022, when Paige (known at school as 'Paigey') told a teaching assistant that 'Daddy Sere shouted at Mummy and the door broke'. Mrs Quayle phoned the mother on 07700 900417 and was told that everything was sorted. The school's record gives Paige's date of birth as 27th May 2017 and her NHS number as 689 492 1008. Paige's birth father, Kyle Brannock, who lives in Swindon, had no contact. Hollowfield did not share the disclosure with the health visitor or with the AWS.",
    "Through May 2022 Zoë attended the Bump to Baby group at Larkspur Children's Centre on the edge of Perham Down. The children's centre worker recorded that 'Zo', as she asked to be called, had made a friend, Kerry-Ann, and had been to a Fiji Day planning meeting with the Tidworth Fijian Fellowship, where the minister, the Reverend Sitiveni Qalo, had welcomed her. Mrs Vunidakua said that the Fijian families greeted her with 'bula' and that she felt, for the first time, that she belonged. Attendance at Larkspur fell away after June 2022.",
    "Tevita-James Vunidakua was born at term on 11th August 2022, weighing 3.4kg. The red book gives his date of birth as 11/08/2022 and his NHS number as 685 539 7417. His father was present at the birth and was granted two weeks' paternity leave. The discharge letter to Brackenmoor Surgery records the baby as 'Tevita' and the mother's address as 14 Quarrendon Crescent, SP9 7ZX; a second letter gave only the district, SP9, and the inward code 7ZX was typed on a separate line.",
    "HV1 made the new birth visit on 24 August 2022. TJ, as the family called him from the first day, was feeding on Aptamil and had reflux; the GP later prescribed Gaviscon Infant. Ms Oldroyd gave the ICON programme leaflet and discussed the risks of crying and shaking. The father was not at home and so did not hear the ICON message. HV1 recorded the family dog, a Staffordshire cross called Rocco, and advised that it should not be left with T-J. Harriet wrote in the record that Zoë looked 'exhausted but coping'.",
    "On 19 September 2022 LCpl Vunidakua deployed with C Company to Estonia for six months. The AWS record shows that the Unit Welfare Officer, Captain Wyndham-Hale, held a families' briefing on 12 September 2022 which Zoë did not attend. Her email address for the deployment welfare list was given as zoe.vunidakua99@example.com and the father's as sere.v@example.org; his service number, 30482917, appears on the form. Welfare packs were posted to the house. No one checked whether Zoë had any help with a five-year-old and a six-week-old baby.",
    "Dr Owain Treloar (GP1) saw Zoë on 6 October 2022 for the six-week postnatal check, which was late. Her EPDS score was 17. Dr Treloar diagnosed postnatal depression, prescribed Sertraline 50mg and recorded 'husband deployed Estonia, mother in Swindon, says she has friends at church'. GP1 did not ask who else was in the household and did not tell the health visitor. The baby's check was done in the same appointment; the baby's date of birth was written as 11.08.22 and August 11, 2022 in two parts of the same record.",
    "On Fiji Day, 10 October 2022, the Tidworth Fijian Fellowship held a lovo and kava evening at the Hartsdown Community Café. Zoë later told the review that she had gone with the baby and that she had met Bombardier Dean Hollis there, a friend of Seremaia's brother Apisai. Mr Hollis began staying at the house at weekends. No agency knew of this until March 2023.",
    "Ms Oldroyd visited on 2 November 2022 for a weight check. She recorded a small mark on TJ's left ear, about the size of a fingertip, and was told that Paige had caught him with a toy. The baby was not mobile. The Wiltshire protocol on bruising in non-mobile babies was not followed: there was no referral to the MASH and no medical assessment. HV1 noted a man's boots in the hall and a second mug but did not ask about them. She accepted the explanation in good faith.",
    "On Remembrance Sunday, 13 November 2022, Zoë took both children to the service on the garrison and then to her mother's flat at 31 Pemberley Rd. Renee Pelling told the review that TJ screamed whenever he was put down and that her daughter had been giving him Calpol 'to settle him'; Zoë said she had read NSPCC advice and a Great Ormond Street Hospital leaflet on reflux. On 16 November 2022 the baby was not taken to his immunisation appointment at the Ludgershall branch of the surgery and was coded Was Not Brought; the letter went to 'Z.V.' at the Tidworth address. The same week a repair request for a broken internal door at the house was logged with the Defence Infrastructure Organisation in the name of the tenant, S.V., with ZV as the contact, and a Staff Sergeant from the Sarum Fusiliers' families office chased it. The school register lists P.P. as absent on the Monday. The deployment form held by the welfare office gives the father's date of birth as 19.10.95 and TJ's as 11-08-2022.",
    "On 21 November 2022 Renée Pelling ('Nanna Ren') phoned the surgery on 01632 960733 to say that she was worried about her daughter and about 'a man who is there when Sere is away'. The receptionist passed a message to GP1, who rang Zoë; she said her mother did not like army life and was interfering. Mrs Pelling's email, nanren71@example.com, and her date of birth, 22-06-1971, are in the record because she had once been registered at the practice herself. No safeguarding concern was recorded.",
    "Over Christmas 2022 Paige stayed with Nan Renée in Swindon. On her return to Hollowfield Primary School on 4 January 2023 she told Mrs Quayle that 'Dean shouts at TJ when he cries' and that Dean 'drives the blue car'. Mrs Quayle made a referral to the MASH the same day, giving the family's names as Zoe and Seremaia Vunidakua, the address as Quarrendon Crescent, Tidworth, and the mother's National Insurance number, QQ 12 34 56 C, which was on the free school meals form. She did not know the surname of 'Dean'.",
    "Nadia Ferrante (SW1) completed a single assessment between 6 and 27 January 2023. She visited twice by appointment. On both visits the house was tidy and no other adult was present. Ms Ferrante spoke to Paige alone at school, where Paige did not repeat what she had said. SW1 spoke to the AWS and to the Unit Welfare Officer but not to the father, who was in Estonia, and not to the GP. Her case note, written in capitals and copied to the file, read: BABY NOT TO BE LEFT WITH UNKNOWN ADULTS. The assessment was closed on 27 January 2023 with a referral to Early Help and to SSAFA's Forces Additional Needs and Disability support, which did not apply.",
    "Mr Penhaligon saw Zoë on 8 February 2023. He recorded that she posted often on Facebook at facebook.com/zoe.pelling.9 and that one photograph showed TJV asleep on the chest of an adult man in uniform. AWS1 assumed that this was the father. The father's own account, @sere_vuni_1sf, showed that he was in Estonia at the time. This was not checked.",
    "Seremaia came home on rest and recuperation on 17 February 2023. On 22 February 2023 Wiltshire Police received a second 999 call from Mrs Doughty, who said that she had heard a man shouting 'whose is this?' and a baby screaming at dawn. PC Jory and a colleague attended; Sere said he had found another man's clothes in the house. He gave his mobile as +44 7700 900582. He was referred through the chain of command to the Commanding Officer. The police record names the household as 'the Vunidakuas' and the Pellings as the mother's family; a DASH assessment scored medium. A notification to the MASH was sent on 24 February 2023 but was not linked to the January referral because the surname was spelt Vunidakoa.",
    "The father returned to Estonia on 3 March 2023. On 13 March 2023 the mother rang 111 and then 999, calling from 07700900264, to say that the baby was floppy and would not feed. Tevita-James was taken to hospital and transferred to a paediatric intensive care unit, where a CT scan showed a subdural haematoma and retinal haemorrhages. A strategy discussion was held on 14 March 2023 and Section 47 enquiries began. DC Sian Garroway (PO1) was allocated under the supervision of a DS. Zoë's second NI number on a bank form, QQ654321A, was found later to be a typing error.",
    "DC Garroway interviewed Zoë on 15 March 2023. She said that Dean Hollis had been caring for T.J.V. on the evening of 12 March while she was at work, and that he was 'good with babies'. Mr Hollis said that the baby had rolled off the sofa. Both Paige and TJ were placed with Renée Pelling under a Child Protection Plan, first at Flat 6 and later at a larger property in SN3. Paige moved from Hollowfield to a school in Swindon.",
    "The paternal grandmother, Litia Vunidakua ('Bu Litia'), who lives in Nausori, was told of the injury by her son and telephoned the Reverend Qalo, who contacted the Unit Welfare Officer. The review notes that the extended Fijian family, the Fellowship and the battalion knew more about the household than any statutory agency did.",
]

ANALYSIS = [
    "The family lived in Service Families Accommodation, on a patch where the people most likely to see what was happening were neighbours, the Fellowship and the battalion. Information about the household was held by the Army Welfare Service, the Unit Welfare Officer, Brackenmoor Surgery, the health visitor and Hollowfield Primary School, but it was never put together. The Armed Forces Covenant asks agencies to make sure that service families are not disadvantaged; for Tevita-James the disadvantage was that each agency assumed that 'the army' was looking after the family.",
    "Practitioners repeatedly accepted Zoë's account. When HV1 saw a small mark on the ear of a baby of twelve weeks, the protocol on bruising in non-mobile babies should have led to a referral and a paediatric assessment. The review has read the national reports on Star Hobson and Arthur Labinjo-Hughes, and the Child Safeguarding Practice Review Panel's work on men in the lives of babies; all of them describe professionals accepting a parent's explanation in the hope that it was true.",
    "Deployment was not treated as a risk factor. The father was away for most of the baby's first seven months, the mother had postnatal depression and was taking Sertraline, and she was caring alone for Paige and a baby with reflux. No one asked Mrs Vunidakua who was helping her. Professional curiosity about Dean Hollis would have shown that a man unrelated to the baby was caring for him; the note BABY NOT TO BE LEFT WITH UNKNOWN ADULTS was written but never acted on.",
    "The ICON message about infant crying was given to the mother but never to Seremaia or to any other man in the household. Lance Corporal Vunidakua told the review that the first time he heard about ICON was in hospital. The Royal Military Police and Wiltshire Police attended two incidents at Quarrendon Crescent and neither resulted in a referral that named the children.",
    "Records did not link because names were spelt in different ways: Vunidakua, VUNIDAKUA and Vunidakoa; Zoë, Zoe and Zoey; Seremaia and Serimaia. The MASH searched on one spelling only. Lord Laming's report after the death of Victoria Climbié described exactly this failure more than twenty years ago.",
    "The school acted on what Paige told Mrs Quayle, and the referral was good, but the single assessment relied on announced visits. The social worker did not speak to the father, to Nanna Ren or to Brackenmoor, and the case was closed to Early Help. Under the Children Act 1989 and Working Together to Safeguard Children a single assessment should take account of every adult in the household.",
    "The review also heard that Fijian families on the Hartsdown patch offered the mother warmth and practical help; 'vinaka' and 'bula' were words she said she learned in her first month. Agencies did not see the Fellowship or the Reverend Qalo as a source of information or of support, and did not think about how cultural expectations of respect for elders and for the chain of command might make it hard for Zoë or Sere to raise concerns.",
]

LEARNING = [
    "Learning 1: a deployment is a change in the household. When a serving parent is deployed, health visitors, GPs and schools should ask who else is in the home and who is helping, as they would after any change of partner. This applies to Seremaia's deployment to Estonia just as it applies to a civilian parent working away.",
    "Learning 2: any bruise or small mark on a baby who is not yet mobile must be referred under the protocol on bruising in non-mobile babies, whatever the explanation and however plausible the parent. HV1's acceptance of the explanation in good faith was understandable but it was not safe.",
    "Learning 3: the Army Welfare Service, the Unit Welfare Officer and civilian agencies need a shared way of exchanging safeguarding information about families such as the Vunidakuas. Consent should not be a barrier where a baby may be at risk; Mr Penhaligon and Captain Wyndham-Hale both held information that the MASH did not.",
    "Learning 4: searches must allow for misspelt and anglicised names. Vunidakoa, Zoey and 'Jerry' all referred to this family, and the police and MASH systems treated them as different people.",
    "Learning 5: the ICON message should reach every adult caring for a baby, including fathers who are away on exercise or deployed, and men such as Dean Hollis who are not the baby's parents. On a Tuesday evening in May 2022 nobody thought to ask whether the father had heard it.",
]

RECOMMENDATIONS = [
    ("The Partnership should agree with the Army Welfare Service and the Sarum Fusiliers chain of command a protocol for sharing safeguarding information about families in Service Families Accommodation",
     "Draft and sign an information-sharing protocol with the garrison and the AWS", "Partnership Business Manager", "30-09-2023"),
    ("Health visitors and GPs must ask every mother whose partner is deployed who else is living at or staying in the home, as they should have asked Zoë Vunidakua",
     "Add a household question to the health visiting and postnatal check templates", "Designated Nurse for Safeguarding", "31-07-2023"),
    ("The MASH must search every spelling of a family's name, as with Vunidakua and Vunidakoa, before closing a notification",
     "Brief MASH staff and audit name searches", "Head of MASH", "30-06-2023"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="CSPR WSVP-2023-095 - Tevita-James VUNIDAKUA, DOB 11/08/2022, 14 Quarrendon Crescent, Tidworth SP9 7ZX - OFFICIAL-SENSITIVE",
    footer="Author: Harriet Oldroyd (HV1), 01632 960733, harriet.oldroyd@example.org - draft v3",
    comment="Check with Kez Doughty whether Dean Hollis was at No. 14 before Fiji Day - and is Zo's car WU19 KXD?",
    footnote="Nanna Ren (Renée Pelling, Flat 6, 31 Pemberley Road, SN3 9QJ) confirmed this to SW1 Nadia Ferrante.",
)
