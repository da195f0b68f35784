# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 93): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "BDCP-2024-093"

CASE_TOML = """\
reference = "BDCP-2024-093"
review = "Child Safeguarding Practice Review"
subject = "Child X"
board = "Bradford District Safeguarding Children Partnership"
period = { from = "17-11-2022", to = "30-09-2024" }
decision = "24-10-2024"
notification = "02-10-2024"

[[agencies]]
name = "West Yorkshire Police"
aliases = ["WYP", "Police"]

[[agencies]]
name = "Bradford Children and Families Trust"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "Bradford District Care NHS Foundation Trust"
aliases = ["0-19 Children's Public Health Service", "Health Visiting Service", "BDCFT"]

[[agencies]]
name = "Sandholme Vale Surgery"
aliases = ["Sandholme Vale Medical Practice", "Sandholme Vale"]
published_as = "the GP practice"

[[agencies]]
name = "Tinkerbrook Day Nursery"
aliases = ["Tinkerbrook Nursery", "Tinkerbrook"]
published_as = "the nursery"

[[agencies]]
name = "Holmroyd Primary School"
aliases = ["Holmroyd Primary", "Holmroyd"]
published_as = "the primary school"

[[people]]
name = "Muhammad Ayaan Zafar"
aliases = ["Ayaan", "Ayan Zaffar", "Chotu", "M.A.Z.", "MAZ"]
role = "child"
pseudonym = "Child X"
born = "17-11-2022"
address = "187 Colvend Road, Heaton, Bradford BD9 4XJ"

[[people]]
name = "Saima Zafar"
aliases = ["Saima Akhtar", "Saima", "Sai", "S-Z"]
role = "mother"
pseudonym = "Mother"
born = "03-06-1994"
address = "187 Colvend Road, Heaton, Bradford BD9 4XJ"

[[people]]
name = "Tariq Mahmood Zafar"
aliases = ["Tariq Zafar", "Tariq", "Terry Zafar", "T.Z."]
role = "father"
pseudonym = "Father"
born = "09-02-1990"
address = "187 Colvend Road, Heaton, Bradford BD9 4XJ"

[[people]]
name = "Eshal Zafar"
aliases = ["Eshal", "Eshi"]
role = "sibling"
pseudonym = "Sibling 1"
born = "22-04-2019"
address = "187 Colvend Road, Heaton, Bradford BD9 4XJ"

[[people]]
name = "Nasreen Begum Zafar"
aliases = ["Nasreen Zafar", "Nasreen"]
role = "grandmother"
pseudonym = "Paternal Grandmother"
address = "187 Colvend Road, Heaton, Bradford BD9 4XJ"

[[people]]
name = "Ghulam Rasool Zafar"
aliases = ["Ghulam Rasool", "Rasool", "Pappu"]
role = "grandfather"
pseudonym = "Paternal Grandfather"
address = "187 Colvend Road, Heaton, Bradford BD9 4XJ"

[[people]]
name = "Imran Zafar"
aliases = ["Imran", "Immy"]
role = "uncle"
pseudonym = "Paternal Uncle"
address = "187 Colvend Road, Heaton, Bradford BD9 4XJ"

[[staff]]
name = "Joanne Priestley"
code = "HV1"
role = "Health Visitor"
agency = "Bradford District Care NHS Foundation Trust"

[[staff]]
name = "Oliver Hepworth"
code = "GP1"
role = "GP"
agency = "Sandholme Vale Surgery"

[[staff]]
name = "Liam Sutcliffe"
code = "PC1"
role = "Police Constable"
agency = "West Yorkshire Police"

[[staff]]
name = "Bushra Iqbal"
code = "NUR1"
role = "Nursery Key Worker"
agency = "Tinkerbrook Day Nursery"

[[staff]]
name = "Shazia Latif"
code = "EH1"
role = "Early Help Practitioner"
agency = "Bradford Children and Families Trust"

[[staff]]
name = "Kirsty Holdsworth"
code = "SW1"
role = "Social Worker"
agency = "Bradford Children and Families Trust"
"""

IDENTIFIERS = {
    "names": ["Muhammad Ayaan Zafar", "Ayaan", "Zafar", "Zafars", "Saima", "Akhtar",
              "Tariq", "Tariq Mahmood Zafar", "Eshal", "Nasreen", "Nasreen Begum Zafar",
              "Ghulam Rasool", "Rasool", "Imran", "Ayan", "Zaffar"],
    "nicknames": ["Chotu", "Terry", "Sai", "Pappu", "Immy", "Eshi"],
    "initials": ["M.A.Z.", "MAZ", "S-Z", "T.Z."],
    "people_not_in_key": ["Doreen Ackroyd", "Ackroyd", "Ján Kováč", "Kováč", "Kovac",
                          "Mushtaq Dar", "Dar", "Rubina", "Kelly Dobson", "Dobson"],
    "staff": ["Joanne Priestley", "Priestley", "Oliver Hepworth", "Hepworth",
              "Liam Sutcliffe", "Sutcliffe", "Bushra Iqbal", "Iqbal", "Shazia Latif",
              "Latif", "Kirsty Holdsworth", "Holdsworth", "Helen Brearley", "Brearley",
              "Mirza"],
    "streets": ["Thornbeck Terrace", "Thornbeck Ter", "Colvend Road", "Colvend Rd",
                "Wharnby Street", "Wharnby St"],
    "estates": ["Marlcliffe"],
    "house_numbers": ["Flat 3", "63", "187", "Unit 4"],
    "places": ["Manningham", "Heaton", "Girlington", "Dadyal"],
    "postcodes": ["BD8 7QW", "BD8", "7QW", "BD9 4XJ", "BD9", "4XJ"],
    "locating_agencies": ["Sandholme Vale Surgery", "Sandholme Vale", "Tinkerbrook Day Nursery",
                          "Tinkerbrook", "Holmroyd Primary School", "Holmroyd",
                          "Al-Nazeer Islamic Centre", "Chandni Women's Circle"],
    "phones": ["07700 900417", "01632 960283", "+44 7700 900862", "07700900155"],
    "nhs_ni": ["401 023 7756", "4010237764", "QQ 12 34 56 C", "QQ654321A"],
    "emails": ["saima.zafar94@example.com", "chamanfabrics@example.org"],
    "social": ["@chaman_bridal_bfd", "@saima_ki_duniya", "facebook.com/tariq.zafar.5071"],
    "dates_of_birth": ["17th November 2022", "17/11/2022", "17-11-2022", "17.11.22",
                       "November 17, 2022", "03/06/1994", "3rd June 1994", "9th February 1990",
                       "09.02.1990", "22.04.19"],
    "other": ["Chaman Fabrics & Bridal", "Chaman Fabrics", "YH68 WKD", "Mithu"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children", "Section 47", "Section 17",
    "Child Safeguarding Practice Review Panel", "NSPCC", "Ofsted", "Leeds General Infirmary",
    "Pinderfields Hospital", "Star Hobson", "Arthur Labinjo-Hughes", "Victoria Climbié",
    "Hamzah Khan", "Lord Laming", "Calpol", "vitamin D", "iron deficiency anaemia",
    "sertraline", "faltering growth", "Cow & Gate", "Eid ul-Fitr", "Ramadan", "Eid al-Adha",
    "Chand Raat", "sehri", "biradari", "izzat", "dadi", "chacha", "roti", "ghee", "Urdu",
    "Punjabi", "Language Line", "in May 2024", "Friday", "hope", "grace", "dawn", "DS", "PC",
    "MASH", "Early Help", "strategy discussion", "Graded Care Profile 2", "was not brought",
    "professional curiosity", "DASH", "Child Protection Plan", "TikTok",
    "DO NOT RELY ON FAMILY MEMBERS TO INTERPRET",
]

INVOLVEMENT = [
    "On 17th November 2022 Muhammad Ayaan Zafar was born at term, the second child of Saima Zafar (née Akhtar) and Tariq Mahmood Zafar. The Zafars were then living at Flat 3, 63 Thornbeck Terrace, Manningham, BD8 7QW, a first-floor flat on the Marlcliffe estate let to them by a private landlord, Mr Ján Kováč. The birth notification gave the child's date of birth as 17/11/2022 and his NHS number as 401 023 7756. The midwife recorded the mother's first language as Urdu and noted that she spoke Punjabi with her husband's family; Saima's spoken English was good, but she said she preferred written information in Urdu.",
    "On 29-11-2022 the Health Visitor, Joanne Priestley (HV1), completed the new birth visit at Thornbeck Terrace. Present were Mrs Zafar, Ayaan, his sister Eshal Zafar (date of birth 22.04.19) and the paternal grandmother, Nasreen Begum Zafar, whom the children called dadi. HV1 recorded that Nasreen answered most of the questions put to Saima and that no interpreter was used because Mrs Zafar said she did not need one. Ayaan was mixed fed with breast milk and Cow & Gate formula. HV1 gave safe sleep advice and noted that the flat was warm and tidy. The record gives the mother's mobile number as 07700 900417 and her own date of birth as 03/06/1994.",
    "On 12-01-2023 Dr Oliver Hepworth (GP1) saw Ayaan at Sandholme Vale Surgery for his eight-week check. The baby had been registered at the practice as 'Ayan Zaffar', a spelling error made when the temporary registration form was typed, and a second record was later created under his correct name when the immunisation invitations were sent. Dr Hepworth recorded that the baby was well and that his weight was on the 25th centile. The two records were not merged until August 2023, and during those months the first immunisations, booked on the correct record, showed on the misspelt one as 'was not brought'.",
    "On Friday 24-03-2023, the second night of Ramadan, West Yorkshire Police received a call from a neighbour, Mrs Doreen Ackroyd, who reported shouting and a door slamming at the flat on Thornbeck Ter shortly before midnight; she had first rung the NSPCC helpline, which advised her to call the police. PC Liam Sutcliffe (PC1) attended with a colleague. He spoke to Tariq, who gave his name as 'Terry Zafar', the English name he used with customers, and to Saima, who said through her husband that there had been an argument about money and the shop. No one was arrested. PC Sutcliffe completed a DASH risk assessment, graded standard risk; the children were said to be asleep and were not seen. The police system already held a record for T.Z. under his full name, but the two were not linked.",
    "On 27-03-2023 the MASH screened the police notification. The MASH record notes that the family were known to the 0-19 service only, that Ayaan was four months old and that the father's business, Chaman Fabrics & Bridal, traded from Unit 4, Wharnby Street, Girlington. The outcome was a letter to the parents and information shared with the health visitor and with Holmroyd Primary School, where Eshal attended the Nursery class. The letter to the parents was written in English and posted to 63 Thornbeck Terrace. Tinkerbrook and the GP practice were not told.",
    "On 04-04-2023 the Designated Safeguarding Lead at Holmroyd, Mrs Helen Brearley, spoke to Saima at the school gate after receiving the MASH information. Mrs Brearley recorded that Mrs Zafar seemed embarrassed, that she spoke of 'izzat' and said she did not want the wider biradari to hear that police had been called to the flat. The DSL offered an introduction to the Chandni Women's Circle, a group for South Asian mothers which meets on a Tuesday morning at the Al-Nazeer Islamic Centre, and Saima took the leaflet with good grace. Eshi, as the Nursery staff called Eshal, was described as a happy, chatty child whose attendance was good.",
    "On 18-04-2023 HV1 telephoned 07700 900417 to arrange the developmental review. The call was answered by the paternal grandmother, who said in Punjabi that the family were fasting, that Saima was resting after sehri at dawn and that they would call back after Eid ul-Fitr. HV1 recorded the call but did not use Language Line and did not ask to speak to the mother at another time. No further contact was made by the 0-19 service until August.",
    "On 13-06-2023 Saima brought Ayaan, then nearly seven months old, to Sandholme Vale with a cough and a temperature. Dr Hepworth recorded that the child was 'a little pale' and that his weight had fallen from the 25th centile to below the 9th. He asked Mrs Zafar about feeding; she said Ayaan would only take bottles and that Nasreen gave him roti softened in warm milk and ghee. The GP advised Calpol for the temperature and booked a weight check with the practice nurse for 29-06-2023. That day was Eid al-Adha; Ayaan was not brought, and the practice's reminder text went to a number that was by then out of use.",
    "On 19-06-2023 the family left the flat on the Marlcliffe estate and moved into the paternal grandparents' house at 187 Colvend Road, Heaton, BD9 4XJ. Ghulam Rasool Zafar, the paternal grandfather, known to customers in Girlington as 'Pappu', owns the house and the shop. Living at Colvend Rd were Mr Rasool Zafar and his wife Nasreen, Tariq, Saima and their two children, Tariq's younger brother Imran Zafar ('Immy') and, for part of the year, Imran's wife Rubina. The new address was given to the GP practice but not to the 0-19 service, and Holmroyd Primary School learned of the move only when its letters were returned from the BD8 flat.",
    "On 15-08-2023 HV1 attempted a home visit at Thornbeck Terrace and found the flat empty. Mr Kovac, as HV1 spelled the landlord's name, told her that the family had moved to 'the grandfather's house in Heaton' and gave her the shop's landline, 01632 960283. HV1 rang the shop and spoke to Imran, who said that Saima was busy with wedding season orders and that the health visitor could come on a Sunday. HV1 recorded 'family hard to engage' and, after a second letter to the old address, closed the contact as no access. In the same month the GP's secretary noticed the two spellings and merged the practice records.",
    "From September 2023 Ayaan attended Tinkerbrook Day Nursery, a setting rated good by Ofsted, two mornings a week, paid for by the family, and Eshal started in Reception at Holmroyd. On 26-09-2023 the key worker, Bushra Iqbal (NUR1), recorded that Ayaan arrived hungry and in a heavy nappy, and that his mother said he was usually with his dadi in the back room of the shop while she and Tariq worked. The nursery's registration form, on which the child appears as MAZ in the register, gave his date of birth as 17.11.22, the mother's email as saima.zafar94@example.com and an emergency contact of 'Immy (chacha)' on +44 7700 900862. Miss Iqbal spoke with Saima in Urdu, which Saima said was a relief.",
    "On 14-11-2023 Miss Iqbal noticed a small burn, about the size of a fingertip, on the back of Ayaan's left hand. Mrs Zafar said that 'Chotu', the family's name for Ayaan, had touched the garment steamer in the back room of the shop. The nursery manager recorded the explanation as consistent with the injury, completed a body map and made no referral. Tinkerbrook did not know about the police call in March, because the MASH information had been sent to the school and the health visitor only. Three days later the nursery marked the child's first birthday; its records give the date as November 17, 2022.",
    "On 05-01-2024 Dr Hepworth saw Ayaan for a cold. His weight was now on the 2nd centile. The GP recorded 'faltering growth, ?iron deficiency anaemia' and arranged a blood test, which confirmed iron deficiency anaemia and low vitamin D. He prescribed iron and vitamin D drops and wrote to the 0-19 service asking for a health visitor to support feeding. The letter was sent to the Manningham team because the child's health visiting record was still linked to Flat 3, and it was forwarded to HV1 only on 22-01-2024.",
    "On 30-01-2024 HV1 visited 187 Colvend Road. She met Saima, Ayaan, Nasreen and Mr Ghulam Rasool Zafar, who spoke for the family throughout; HV1 noted 'grandfather dominant, mother quiet'. She completed a Graded Care Profile 2 assessment, which scored the household at level 3 for nutrition and for supervision. HV1 recorded that Ayaan, now fourteen months old, spent most days in a buggy in the back room of the shop, where a parrot called Mithu was kept in a cage above the steam press. She added an alert to the electronic record: DO NOT RELY ON FAMILY MEMBERS TO INTERPRET.",
    "On 08-02-2024 HV1 made a referral, with the mother's consent, to Bradford Children and Families Trust. The referral named the child as M.A.Z., gave his date of birth as 17-11-2022 and his NHS number without spaces as 4010237764, which was in fact his sister's number; it gave the father's date of birth as 9th February 1990 and his National Insurance number as QQ 12 34 56 C, copied from a benefits letter the family showed HV1. The Front Door considered whether a child in need assessment under Section 17 of the Children Act 1989 was needed, decided that it was not, and passed the referral to Early Help.",
    "On 27-02-2024 the Early Help practitioner, Shazia Latif (EH1), met Saima at the Chandni Women's Circle, because Mrs Zafar had asked not to be visited at home. Saima, 'Sai' to the other women in the group, told EH1 that her mother-in-law looked after Ayaan while she worked in the shop from ten until eight, six days a week, and that Tariq drove the van, YH68 WKD, to wholesalers in Manchester and to brides' families across the north. She said she was tired all the time and had not seen her own mother in Dadyal since her marriage. EH1 agreed a family plan covering feeding, nursery attendance and a referral to perinatal mental health services.",
    "Chand Raat fell on 09-04-2024, the busiest night of the shop's year, and Ayaan was at Chaman Fabrics until after midnight. EH1 learned after the incident that a shop assistant, Kelly Dobson, who was not known to any agency, had looked after Ayaan and Eshal in the back room while the family served customers. The shop's Instagram account, @chaman_bridal_bfd, posted a video at 00:40 showing both children asleep among bolts of cloth. Miss Dobson later told the police that this happened 'most Saturdays in the wedding season'.",
    "The Early Help plan was reviewed in May 2024, on 23-05-2024. Ayaan's nursery attendance had fallen to under half of his sessions, and Miss Iqbal had recorded two further marks: a bruise to the left cheek on 02-05-2024, explained as a fall from the shop counter, and a graze to the forehead on 16-05-2024. Tinkerbrook had not shared these with EH1 before the meeting, and no one considered whether they called for a strategy discussion. Tariq attended the review; he gave his email as chamanfabrics@example.org and said the family would rather 'sort things ourselves'. The plan was continued for three months.",
    "On 03-07-2024 Miss Iqbal showed EH1 a post on Saima's TikTok account, @saima_ki_duniya, in which Saima said in Urdu that she was 'finished' and that no one in the house listened to her. EH1 saw S-Z alone at the Al-Nazeer Islamic Centre the next day, and Saima agreed to see her GP. Dr Hepworth saw her on 09-07-2024 and started sertraline. On 19-07-2024 Mushtaq Dar, who teaches the children's Qur'an class at the centre, told Mrs Brearley that Eshal had said her little brother 'cries in the back room and nobody comes'. Mrs Brearley passed this to the MASH, which sent it to EH1 because the case was open to Early Help.",
    "During August 2024 the grandparents took Eshal to Pakistan for three weeks and the shop stayed open, run by Tariq and Imran. EH1 was on leave for part of the month and her caseload was not covered. The Early Help plan reached its review date on 23-08-2024 and was not reviewed. Tariq's Facebook page, facebook.com/tariq.zafar.5071, shows Ayaan in the shop on several days that month.",
    "On Friday 27-09-2024, at about half past three in the afternoon, Ayaan, then 22 months old, pulled a garment steamer onto himself in the back room of the shop at Unit 4, Wharnby St. Imran rang for an ambulance from 07700900155. Ayaan was taken to hospital and transferred that evening to the regional burns centre at Pinderfields Hospital with scalds to his chest and arm. A skeletal survey on 30-09-2024, reported by a paediatric radiologist at Leeds General Infirmary, found healing fractures of two ribs and of the left forearm, thought to be between three and six weeks old. A strategy discussion was held on 01-10-2024, chaired by the Social Worker, Kirsty Holdsworth (SW1), with DS Mirza of West Yorkshire Police, and Section 47 enquiries began.",
    "On 02-10-2024 Ms Holdsworth and DS Mirza visited 187 Colvend Road. Nasreen was spoken to through a Language Line interpreter; Saima, Tariq and Imran gave differing accounts of who had cared for Ayaan in August. Tariq's second National Insurance number, QQ654321A, came to light from his private hire licence. The nursery's records gave the mother's date of birth as 3rd June 1994 and the father's as 09.02.1990. At an initial child protection conference on 22-10-2024 both children became subject to a Child Protection Plan, and the partnership notified the Child Safeguarding Practice Review Panel.",
]

ANALYSIS = [
    "Saima's voice is largely missing from the records. At almost every contact another member of the family spoke for her: Nasreen at the new birth visit, Tariq when the police attended, Imran on the shop telephone, Mr Ghulam Rasool Zafar at the home visit in January 2024. Practitioners described the Zafars as a close family and saw the grandparents' involvement as support. Few asked what it meant for a young mother to live in her in-laws' house and work in their business, or what izzat and the expectations of the biradari might make it hard for her to say. The national review of the murders of Star Hobson and Arthur Labinjo-Hughes, and Lord Laming's inquiry into the death of Victoria Climbié, both warn against hearing only the loudest adult in the household.",
    "The family's language was treated as a convenience rather than a right. Mrs Zafar's good spoken English led HV1 to decide that no interpreter was needed, but the person who answered most questions, her mother-in-law, spoke Punjabi and little English. Family members were used to interpret on at least four occasions before HV1 added her alert. Using Language Line is not a courtesy: it is the only way to be sure that the adult who holds the information is the one being heard. Miss Iqbal's conversations with Saima in Urdu were among the most open the mother had with any practitioner.",
    "Ayaan existed twice in the GP's system, as Ayaan Zafar and as 'Ayan Zaffar', and for a year the health visiting record still placed him at Thornbeck Terrace after the family had moved to Colvend Road. Letters went to an empty flat, a 'was not brought' was recorded against a record no one was looking at, and the GP's letter about faltering growth took seventeen days to reach the health visitor. None of this was anyone's single failure, but together it meant that no agency had an accurate picture of where the child lived. The Bradford review of Hamzah Khan found the same pattern of missed health contacts being read as a family's choice rather than a sign about the child.",
    "The Graded Care Profile 2 completed by HV1 was good practice and identified the right concerns: nutrition and supervision. It did not lead to a change in the level of support. The Early Help plan that followed relied on the mother's engagement in a group away from the house, which Saima valued, but it did not include the adults who actually looked after Ayaan during the day. Neither the grandmother nor the grandfather was part of the plan, and the shop, where the child spent most of his waking hours, was never visited.",
    "Three injuries to a mobile toddler were seen at Tinkerbrook between November 2023 and May 2024: a burn, a bruise to the cheek and a graze. Each had an explanation that was plausible on its own. None was shared with the health visitor or with EH1 when it was seen, and no one put the three together with the weight loss, the anaemia and the police call. The local bruising and injury guidance applies to all young children, not only to babies who are not yet mobile, and a pattern of minor injuries in a child with faltering growth should have prompted a conversation with the MASH and, in all likelihood, a strategy discussion.",
    "The family business shaped every part of Ayaan's life, and agencies saw it only at its edges. The shop was where he spent his days, where the steamer and the press were, where adults who were not known to any agency looked after him, and where, on Chand Raat, he stayed until after midnight. The Instagram and TikTok posts that came to light after the incident show more about the child's daily life than any record made before it. Professional curiosity about a family business as a place where a child is cared for is not intrusion: it is the question Working Together to Safeguard Children asks practitioners to ask about every setting where a child spends time.",
    "Early Help drifted in the summer of 2024. The disclosure passed on by Mr Dar in July was the clearest statement any child in the family made, and it was routed to an Early Help practitioner because the case was already open, not assessed against the threshold for Section 47 enquiries. When EH1 went on leave there was no cover, and the plan's review date passed without comment. There was hope among practitioners that the mother's treatment and the nursery place would be enough; that hope was never tested against what the grandparents' absence in August would mean for the care of a small child in the shop.",
]

LEARNING = [
    "Learning 1: Practitioners should see a mother alone, with an independent interpreter where any adult in the household needs one, at least once in every assessment. The alert HV1 added in January 2024 should be the starting point for every agency, not the end of a year of contacts. Where a grandmother such as Nasreen Begum Zafar is the main carer, she must be heard in her own language too.",
    "Learning 2: When a family runs a small business, the business may be where the child spends the day. Practitioners should ask where the child is between breakfast and bedtime, who looks after them there and what the hazards are, and should visit the premises when the answer is a shop, a takeaway or a workshop. Had anyone visited Chaman Fabrics & Bridal, the steamer and the adults caring for Ayaan would have been seen.",
    "Learning 3: Minor injuries in a toddler are not minor when they repeat. Settings such as Tinkerbrook Day Nursery should share every injury to a child who is known to Early Help with the lead practitioner on the day it is seen, and should ask whether a pattern is forming. A burn, a bruise and a graze in a child with faltering growth is a pattern.",
    "Learning 4: One child must have one record. A misspelt name such as 'Ayan Zaffar', an English name such as 'Terry', or an old address on the Marlcliffe estate should prompt a search for linked records, and a change of address should be sent to every agency the family is known to on the day it is learned. Names transliterated from Urdu will often be spelled more than one way, and systems should be searched for each.",
    "Learning 5: Cultural knowledge should inform curiosity, not replace it. Understanding Ramadan, Eid ul-Fitr and Eid al-Adha, the obligations of the biradari and the weight of izzat helped practitioners make sense of this family, but it was sometimes used to explain away missed appointments and silence. On a Friday or at any other time, the question remains what the child's day is like.",
]

RECOMMENDATIONS = [
    ("Sandholme Vale Surgery and the 0-19 service should agree how a change of address, such as the family's move from Thornbeck Terrace to Colvend Road, is shared between them within one working day",
     "Write a joint address-change protocol and audit twenty records after six months",
     "Named Nurse for Safeguarding", "31-03-2025"),
    ("Early years settings, including Tinkerbrook, should share any injury to a child open to Early Help with the lead practitioner on the same day",
     "Add a same-day sharing step to the setting's injury procedure and the Early Help handbook",
     "Head of Early Years", "30-04-2025"),
    ("The partnership should issue practice guidance on children cared for in family businesses, drawing on what was missed at the shop on Wharnby Street",
     "Publish a seven-minute briefing and include family businesses in multi-agency training",
     "Partnership Business Manager", "30-06-2025"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="CSPR BDCP-2024-093 | Agency Report re: Muhammad Ayaan ZAFAR, DOB 17/11/2022, 187 Colvend Road, Heaton, BD9 4XJ",
    footer="OFFICIAL-SENSITIVE | Author: Joanne Priestley, HV1 | joanne.priestley@example.org | 01632 960283",
    comment="Check with Bushra Iqbal whether Chotu was at Tinkerbrook on Friday 27-09-2024, and whether Kelly Dobson has been spoken to.",
    footnote="Mrs Nasreen Zafar confirmed through the interpreter that Ayaan spent most days at Chaman Fabrics, Unit 4, Wharnby Street, with the parrot Mithu.",
)
