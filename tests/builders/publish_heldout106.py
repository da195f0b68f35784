# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 106): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "KSCP-2024-007"

CASE_TOML = """\
reference = "KSCP-2024-007"
review = "Child Safeguarding Practice Review"
subject = "Child F"
board = "Kent Safeguarding Children Multi-Agency Partnership"
period = { from = "01-03-2022", to = "12-01-2024" }
decision = "02-02-2024"
notification = "15-01-2024"

[[agencies]]
name = "Kent Police"
aliases = ["Police", "KP"]

[[agencies]]
name = "Kent County Council Children's Services"
aliases = ["Children's Services", "Children's Social Care", "CSC", "Front Door"]

[[agencies]]
name = "Kent Community Health NHS Foundation Trust"
aliases = ["KCHFT", "Health Visiting Service", "health visiting"]

[[agencies]]
name = "Medlar House Surgery"
aliases = ["Medlar House", "the surgery"]
published_as = "the GP practice"

[[agencies]]
name = "St Fiacre's Catholic Primary School"
aliases = ["St Fiacre's", "the school"]
published_as = "the primary school"

[[people]]
name = "Francis John Cawley"
aliases = ["Francie", "Frankie", "Francie Cawley", "F.J.C.", "FJC", "F-J"]
role = "child"
pseudonym = "Child F"
born = "22-07-2018"
address = "Pitch 7, Gorse Hollow Transit Site, Gorse Hollow Lane, Aylesford ME20 6ZQ"

[[people]]
name = "Bríd Cawley"
aliases = ["Bridgie", "Bridget Cawley", "Brid Cawley", "Bríd Mongan", "Bridget Corley", "B.C."]
role = "mother"
pseudonym = "Mother"
born = "09-02-1997"
address = "Pitch 7, Gorse Hollow Transit Site, Gorse Hollow Lane, Aylesford ME20 6ZQ"

[[people]]
name = "Éamonn Cawley"
aliases = ["Eamonn Cawley", "Eamon Cawley", "Bomber", "E.C."]
role = "father"
pseudonym = "Father"
born = "30-10-1993"
address = "Pitch 7, Gorse Hollow Transit Site, Gorse Hollow Lane, Aylesford ME20 6ZQ"

[[people]]
name = "Nóra Cawley"
aliases = ["Nora Cawley", "Nonie"]
role = "sibling"
pseudonym = "Sibling 1"
born = "14-03-2015"
address = "Pitch 7, Gorse Hollow Transit Site, Gorse Hollow Lane, Aylesford ME20 6ZQ"

[[people]]
name = "Michael Cawley"
aliases = ["Mikey", "Baby Mikey"]
role = "sibling"
pseudonym = "Sibling 2"
born = "05-01-2022"
address = "Pitch 7, Gorse Hollow Transit Site, Gorse Hollow Lane, Aylesford ME20 6ZQ"

[[people]]
name = "Winifred Mongan"
aliases = ["Nanny Winnie", "Nan Winnie", "Winnie", "Mrs Mongan"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "12-06-1969"
address = "The Paddocks, 12 Pellow's Drove, Headcorn TN27 9ZX"

[[people]]
name = "Thomas Cawley"
aliases = ["Tom Cawley", "Old Tom"]
role = "paternal grandfather"
pseudonym = "Paternal Grandfather"
born = "03-04-1958"
address = "Unit 4, Tallowfield Lane, Swanley BR8 7ZW"

[[staff]]
name = "Rachel Penhaligon"
code = "HV1"
role = "Health Visitor"
agency = "Kent Community Health NHS Foundation Trust"

[[staff]]
name = "Tendai Murambiwa"
code = "SW1"
role = "Social Worker"
agency = "Kent County Council Children's Services"

[[staff]]
name = "Niamh Considine"
code = "FSW1"
role = "Family Support Worker"
agency = "Kent County Council Children's Services"

[[staff]]
name = "Harriet Lomax"
code = "GP1"
role = "General Practitioner"
agency = "Medlar House Surgery"

[[staff]]
name = "Gillian Threlfall"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "St Fiacre's Catholic Primary School"

[[staff]]
name = "Lewis Marchbank"
code = "PC1"
role = "Police Constable"
agency = "Kent Police"
"""

IDENTIFIERS = {
    "names": ["Francis John Cawley", "Francis", "Cawley", "Cawleys", "Bríd Cawley", "Bríd", "Brid",
              "Bridget Cawley", "Bríd Mongan", "Mongan", "Mongans", "Éamonn Cawley", "Éamonn",
              "Eamonn", "Eamon", "Nóra Cawley", "Nóra", "Nora", "Michael Cawley", "Winifred Mongan",
              "Winifred", "Thomas Cawley", "Tom Cawley", "Corley"],
    "nicknames": ["Francie", "Frankie", "Bridgie", "Bomber", "Nonie", "Mikey", "Nanny Winnie",
                  "Nan Winnie", "Winnie", "Old Tom"],
    "initials": ["F.J.C.", "FJC", "F-J", "B.C.", "E.C."],
    "people_not_in_key": ["Declan Ó Murchú", "Ó Murchú", "O'Murchu", "Father Declan", "Johnny Mongan",
                          "Sadie Delaney", "Delaney", "Keith Hollis", "Hollis", "Shane Joyce", "Shane",
                          "Joyce", "Big Shane"],
    "staff": ["Rachel Penhaligon", "Penhaligon", "Tendai Murambiwa", "Murambiwa", "Tendai",
              "Harriet Lomax", "Lomax", "Gillian Threlfall", "Threlfall", "Lewis Marchbank",
              "Marchbank", "Niamh Considine", "Considine", "Niamh"],
    "streets": ["Gorse Hollow Lane", "Gorse Hollow Ln", "Pellow's Drove", "Tallowfield Lane",
                "Tallowfield Ln", "Coppice View Road", "Coppice View Rd"],
    "estates": ["Gorse Hollow", "Gorse Hollow Transit Site", "Larchfield Park", "Brookmead",
                "Brookmead estate"],
    "house_numbers": ["Pitch 7", "Pitch 11", "12 Pellow's Drove", "Unit 4, Tallowfield Lane",
                      "27 Coppice View Road"],
    "places": ["Aylesford", "Headcorn", "Swanley", "Tuam", "Kitsbury", "Harrow Cross", "Snodland"],
    "postcodes": ["ME20 6ZQ", "ME20", "6ZQ", "TN27 9ZX", "TN27", "BR8 7ZW", "H54 Y2X9"],
    "locating_agencies": ["Medlar House Surgery", "Medlar House", "St Fiacre's Catholic Primary School",
                          "St Fiacre's", "St Brochan's", "Kitsbury Amateur Boxing Club",
                          "Harrow Cross Saddlery", "Gorse Hollow Homework Club"],
    "phones": ["07700 900263", "07700900263", "+44 7700 900581", "01632 960417", "07700 900714"],
    "nhs_ni": ["485 331 7702", "4853317702", "612 904 3387", "QQ 12 34 56 C", "QQ123456C",
               "QQ 58 20 14 B"],
    "emails": ["bridgie.cawley97@example.com", "cawleysurfacing@example.com",
               "r.penhaligon@example.org"],
    "social": ["@bomber_cawley", "facebook.com/CawleyDriveways", "@bridgie.c97"],
    "dates_of_birth": ["22-07-2018", "22/07/2018", "22.07.18", "22nd July 2018", "July 22, 2018",
                       "09/02/1997", "9th February 1997", "14.03.15", "5 January 2022", "30-10-1993"],
    "other": ["KX68 WDR", "KX68WDR", "GN17 OPL", "T. Cawley & Sons Surfacing", "Cawley Driveways",
              "Rusty", "Blossom"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children",
    "Child Safeguarding Practice Review Panel", "Ofsted", "NSPCC", "Traveller Movement",
    "Friends, Families and Travellers", "Great Ormond Street Hospital", "Evelina London",
    "Victoria Climbié", "Arthur Labinjo-Hughes", "Star Hobson", "Lord Laming",
    "Appleby Horse Fair", "Ballinasloe Horse Fair", "First Holy Communion", "St Patrick's Day",
    "Christmas", "Cemetery Sunday", "Gypsy, Roma and Traveller History Month", "buffers", "beor",
    "lackeen", "gloke", "kena", "muskers", "feen", "Gammon", "Shelta", "Pavee", "Calpol",
    "salbutamol", "bronchiolitis", "cocaine", "Ford Transit", "in May 2023", "little hope",
    "said grace", "at dawn", "a red mark", "PC", "DS", "Section 47", "Child Protection Plan",
    "Early Help", "strategy discussion", "Child in Need", "Elective Home Education",
    "was not brought", "NO VISITS TO THE SITE AFTER DARK WITHOUT A COLLEAGUE", "Tuesday",
    "Gypsy and Traveller Unit", "MMR", "Irish Traveller", "Mass",
]

INVOLVEMENT = [
    "In March 2022 the family were living on Pitch 7, Gorse Hollow Transit Site, Gorse Hollow Lane, Aylesford ME20 6ZQ, a council transit site managed by the Gypsy and Traveller Unit. The household comprised Bríd Cawley (née Mongan, known to the family as 'Bridgie'), her husband Éamonn Cawley, their children Nóra (born 14.03.15) and Francis John Cawley, known to everyone as Francie, and the baby, Michael Cawley ('Mikey'), born 5 January 2022. The site warden, Mr Keith Hollis, told the review that the Cawleys had pulled on to Gorse Hollow in the late winter with two trailers, a Ford Transit tipper registered KX68 WDR and a flatbed lorry, GN17 OPL, and that they kept themselves to themselves.",
    "On 14 March 2022 Rachel Penhaligon (HV1), Health Visitor, Kent Community Health NHS Foundation Trust, completed a late new birth visit for Mikey at the trailer. Mrs Cawley gave her own date of birth as 09/02/1997 and Francie's as 22/07/2018, her National Insurance number as QQ 12 34 56 C, and the family's contact number as 07700 900263. Ms Penhaligon noted that Bríd had no GP in Kent and that the children's red books had been left at her mother's yard, The Paddocks, 12 Pellow's Drove, Headcorn TN27 9ZX. She advised registration with Medlar House Surgery on the Brookmead estate, which accepts patients from the transit site without proof of a fixed address.",
    "On 22 March 2022 the receptionist at Medlar House Surgery registered the family as temporary residents. The forms spell the surname 'Corley' and give the mother's name as 'Bridget Corley'; the error was not corrected until August 2023, and for seventeen months two records existed, one for Bridget Cawley and one for Brid Corley. Francie's NHS number, 485 331 7702, was on the correct record only. Bríd's own NHS number, 612 904 3387, was written on the back of an appointment card that the review has seen but was never entered on either record.",
    "On 3 April 2022 Kent Police attended Gorse Hollow after a call from a neighbour on Pitch 11, Mrs Sadie Delaney, reporting shouting and a woman screaming. PC Lewis Marchbank (PC1) spoke to Bríd, who said that Éamonn 'had drink taken' after a christening in Swanley and had broken a window of the trailer; she declined to make a statement and the log refers to her only as 'B.C.'. Mr Cawley had left in the Transit before officers arrived. A DASH risk assessment was completed at standard risk. PC Marchbank recorded that Francie, then three, was 'hiding under the bunk with the lurcher, Rusty', and a Public Protection Notice was sent to the Front Door.",
    "On 5 April 2022 the Front Door screened the notification. The record gives the father's name as 'Eamon Cawley', with no date of birth; a search against 'Eamonn' or against his correct date of birth, 30-10-1993, would have found three earlier domestic abuse notifications from another force area and a request for information from the Garda relating to an address near Tuam. The contact was closed with a letter to the site, which the family say they never received because post for Gorse Hollow Ln is left in a box at the warden's office. The family were signposted to Early Help but no Early Help worker was allocated.",
    "In late April 2022, when their permitted stay on the transit site ended, the family pulled on to the yard of Francie's paternal grandfather, Thomas Cawley ('Old Tom'), at Unit 4, Tallowfield Lane, Swanley BR8 7ZW, where the family tarmac business, T. Cawley & Sons Surfacing, keeps its rollers and chip spreader. The business also trades as Cawley Driveways, advertises on facebook.com/CawleyDriveways and on TikTok as @bomber_cawley, using the father's nickname, and its listed number is 01632 960417. The Health Visiting Service sent a transfer-in alert to the local team, but it was addressed to Gorse Hollow Lane and was returned unopened.",
    "From late May to early July 2022 the family travelled to the Appleby Horse Fair, where Éamonn and his brothers sold horses, and then on to Ireland for a family wedding near Tuam (Eircode H54 Y2X9, the address of Bríd's aunt). Nanny Winnie, Winifred Mongan, told the review that the children stayed with her for the rest of the summer and went to Sunday Mass at St Brochan's, the Catholic parish church in Kitsbury, where Father Declan Ó Murchú has long known the Mongans. Father Declan told the review that he had prepared Nóra for her First Holy Communion and that she had 'missed more school than she had sat in'.",
    "On 12 September 2022 Francie started in Reception at St Fiacre's Catholic Primary School, Kitsbury, travelling in each day from Nanny Winnie's yard; his sister is on the register as Nora Cawley. The admission form gave his date of birth as 22nd July 2018, his address as 'The Paddocks, 12 Pellow's Drove' and his mother's email as bridgie.cawley97@example.com. Mrs Gillian Threlfall (DSL1), Designated Safeguarding Lead, recorded that his speech was limited for his age, that he used Cant words the staff did not recognise, such as 'kena' for home and 'gloke' for a man, and that he became very distressed when a male teacher raised his voice. The class log for that week refers to him as 'FJC'.",
    "In October 2022 the family left for the Ballinasloe Horse Fair and Francie was absent for nine school days. The school recorded the absence under the code for Traveller absence, which the Gypsy and Traveller Unit had advised is correct only where the family are travelling for work. On their return Bríd told Mrs Threlfall that 'the buffers don't understand we have to go where the work is'. The school made no referral, and there was no conversation with the family about Elective Home Education, although Éamonn had said at the gate that Francie 'would be better off on the tarmac with his father'.",
    "On 17 November 2022 Francie was brought to Medlar House Surgery by his grandmother with a wheeze and a cough. Dr Harriet Lomax (GP1) diagnosed a viral-induced wheeze and prescribed salbutamol with a spacer; she noted a healed burn on the back of his left hand, which Mrs Mongan said had happened on the stove in the trailer 'in the summer'. No explanation was sought from either parent. Dr Lomax's note gives the child's date of birth as 22.07.18 and his address as Pitch 7; the surgery did not know the family had left the transit site.",
    "Over Christmas 2022 the family returned to Gorse Hollow Transit Site on an emergency stopping arrangement after Tom Cawley's yard was served with an enforcement notice. On 28 December 2022 Kent Police were called again, this time by Bríd herself from 07700 900714, a phone she later said belonged to her brother, Johnny Mongan. She reported that Éamonn had pushed her against the trailer door and that his cousin, Shane Joyce ('Big Shane'), who worked for the firm, had threatened her. Officers found a red mark on her neck and the children asleep in the second trailer. The DASH was graded high risk and the case was referred to MARAC.",
    "On 4 January 2023 a strategy discussion was held between Kent Police, Kent County Council Children's Services and the Health Visiting Service, which agreed Section 47 enquiries for Nóra Cawley, Francie and Mikey. Tendai Murambiwa (SW1), Social Worker, saw the children at the trailer on 6 January 2023 with Niamh Considine (FSW1), Family Support Worker. Ms Murambiwa's note records that Francie was 'quiet, watchful, clings to Mam, calls the police the muskers'. Mr Cawley was not seen; he was said to be on a job in Snodland with Shane. The father's National Insurance number, QQ 58 20 14 B, was taken from a previous benefit claim and used to trace him.",
    "An initial child protection conference on 25 January 2023 made Nóra, Francie and Mikey subject to a Child Protection Plan under the category of emotional abuse. Éamonn Cawley did not attend; Bríd (9th February 1997) attended with Nan Winnie and Father Declan, who spoke for the family. The conference was told that the mother's mobile was 07700900263 and that Mr Cawley could be reached on +44 7700 900581. The minutes refer to the children throughout as 'the Mongan children' and to the father as 'E.C.', and give Francie's date of birth as July 22, 2018.",
    "Between February and May 2023 the core group met four times. Ms Considine visited Gorse Hollow weekly and took Bríd to a mother-and-toddler session in Kitsbury and to the Gorse Hollow Homework Club, run by volunteers from St Brochan's. Bríd told her that Éamonn had stopped using cocaine since Christmas and that he was now 'off the drink and going to Mass'. A case note on 14 February 2023 records, in the worker's capitals: NO VISITS TO THE SITE AFTER DARK WITHOUT A COLLEAGUE. This followed an incident in which Big Shane drove the Transit, KX68WDR, at speed across the pitch while Ms Considine was talking to the children.",
    "On St Patrick's Day, 17 March 2023, the school recorded that Francie had arrived without breakfast, in the same clothes for the third day, and with a bruise to his right cheek. He told his teacher that 'Daddy's feen hit me', which Mrs Threlfall understood to mean a man working for his father. She telephoned the Front Door; Ms Murambiwa was on leave and the duty worker spoke to Bríd by phone, who said Francie had fallen off Blossom, the children's piebald cob, at Nanny Winnie's. The explanation was accepted without a visit and without speaking to the child. The school's record still showed him living at 12 Pellow's Drove.",
    "On Tuesday 9 May 2023 Francie was not brought to an asthma review at Medlar House. Dr Lomax's letter went to the duplicate record, addressed to Brid Corley at 27 Coppice View Road, Kitsbury, a council house the family had been offered in 2021 and gave up after six weeks. A second appointment later in May 2023 was also missed. The surgery coded both as 'DNA' rather than 'was not brought', and the health visitor was not told.",
    "In June 2023 the family went to Appleby again and on to relatives' yards in Ireland. The core group was stood down because the social worker could not locate the children; the plan was not ended, but the children were not seen for ten weeks. Posts by Bríd on Instagram as @bridgie.c97 showed Francie at a horse fair with his father and with Shane Joyce. Tendai Murambiwa emailed cawleysurfacing@example.com to ask where the family were; no reply was received.",
    "On 21 August 2023 the family came back to Kent and pulled on to the verge near Tallowfield Ln, as Old Tom's yard remained under enforcement. A review child protection conference on 30 August 2023 went ahead without the family. The chair noted that the plan had 'little hope' of success unless the father engaged. Ms Penhaligon (r.penhaligon@example.org) sent a health report giving Francie's NHS number as 4853317702 and noting that the family had applied for a permanent pitch at Larchfield Park but were fourteenth on the waiting list.",
    "In September 2023 Francie returned to St Fiacre's for Year 1. His attendance in the autumn term was 61 per cent. Mrs Threlfall recorded in November 2023 that he had started at the Kitsbury Amateur Boxing Club with his cousins and that his father was seen collecting him at dawn from the trailer to take him out on jobs. Police later learned that in December 2023 the family had been staying in the yard behind Harrow Cross Saddlery, whose owner is a relative by marriage, and not on the transit site as every agency believed.",
    "On 11 January 2024 Francie, then five, was brought by ambulance to the emergency department in severe respiratory distress after three days of worsening asthma, and was transferred to Evelina London for paediatric intensive care; the ambulance record gives his date of birth as 22-07-2018. He had not had salbutamol for several weeks and the spacer had been left at Nanny Winnie's. Staff found bruising of different ages to his back and upper arms. Bríd told the registrar that she had been giving him Calpol and that 'we don't run to the doctor for every cough'. Kent Police arrested Éamonn Cawley and Shane Joyce on 12 January 2024; the custody record shows QQ123456C, which is Bríd's number, against the father. A DS from the Public Protection Unit led the investigation, and the partnership notified the Child Safeguarding Practice Review Panel on 15 January 2024.",
]

ANALYSIS = [
    "Throughout the period the agencies held the family at five addresses and under three spellings. The Front Door system held the postcode as ME20 in one field and 6ZQ in another, so a search for the full postcode returned nothing; the GP held a second record under 'Corley' at Coppice View Rd; the school held Pellow's Drove with a TN27 postcode; and the police held Pitch 7 and later the Swanley yard. No agency held all of them. For an Irish Traveller family moving between a transit site and relatives' yards this was predictable, and Working Together to Safeguard Children is clear that agencies must share information to build a single picture of the child's world. No-one asked the Cawleys where they expected to be in a month's time.",
    "Francie's voice is largely absent from the records. When he did speak, about the muskers, about 'Daddy's feen', about a gloke who shouted at his Mam, staff either did not understand the words or did not record what they meant. Cant, which the family call Gammon and which linguists call Shelta, was treated as a speech delay. A Traveller liaison worker, or the family's own explanation, would have shown that F-J (as the Reception staff wrote on his peg) was telling them who frightened him. The lessons of Victoria Climbié and Lord Laming's inquiry, and more recently of Arthur Labinjo-Hughes and Star Hobson, all concern the failure to hear the child directly.",
    "The domestic abuse was known from April 2022. Éamonn's history would have been visible had the Front Door searched for Eamonn rather than Eamon, or used his date of birth. The father was never seen by Children's Services, and 'Bomber', the name by which the site, the business's TikTok and his own cousins knew him, appears in no agency record until the police investigation. Practitioners accepted that Mr Cawley was 'away on a job' without asking where, although tarmac work in Swanley and Snodland was within an hour's drive. The Children Act 1989 places the duty to make enquiries on the local authority, and that includes the adults who have care of the child.",
    "The family's culture was respected but not understood. Staff knew that the Cawleys went to Appleby and to Ballinasloe, and that First Holy Communion and Cemetery Sunday mattered to Nanny Winnie, but the absences from St Fiacre's were never discussed as a question about Francie's education. Bríd's remark about the buffers was recorded as hostility; she told the review that she meant settled professionals who 'write things down and never come back'. The family's faith was a protective factor: Father Declan O'Murchu saw the children weekly, said grace with them at the parish breakfast club, and could have been part of the safety plan, but he was never invited to a core group.",
    "Health follow-up depended on addresses. Francie's asthma began with a viral wheeze in November 2022 and was never reviewed; Mikey was treated for bronchiolitis in February 2023 by the out-of-hours service and his MMR was not given. Bríd had been told by a relative that children with bad chests 'get sent up to Great Ormond Street Hospital and kept', and she feared that. Letters went to Pitch 7 after the family had left it, to 27 Coppice View Road where they had not lived for two years, and to the Headcorn yard when Winnie was in Ireland. The duplicate record for Brid Corley meant that Dr Lomax never saw the health visitor's concerns.",
    "The plan was sound on paper but could not follow the family. When the Cawleys left for Appleby in June 2023 the Child Protection Plan was in effect suspended, and the children were not seen for ten weeks. No procedure told the social worker how to share a plan with another authority, or with services in Ireland, when a family travels, and a Child in Need plan would have been no better. Agencies should have agreed with Bríd, before the summer, a phone number and a yard where the children could be seen; she told the review that she would have given her mother's address at Headcorn and her own number if she had been asked.",
    "The bruising found in January 2024 and the burn seen in November 2022 were never connected. The explanation in March 2023 that Francie had fallen from Blossom was accepted by phone without seeing him. The review considers that had F.J.C. been seen alone that day he might have said what he later told the play specialist: that Big Shane hurt him 'when Daddy was gone'. Shane Joyce was not known to any agency as a carer; he moved on and off Gorse Hollow with his own trailer, and the police held his name only in connection with a stolen roller.",
]

LEARNING = [
    "Learning point 1: for families who move between a transit site and relatives' yards, the address is not a reliable key. Agencies must record every address where the child stays, every spelling of the family name (Cawley, Corley, CAWLEY on the custody record, the Mongan name used at conference, and letters from the school addressed to Bríd Mongan) and a date of birth, and must search on all of them. The Front Door held 'FRANCIE CAWLEY' and 'Frankie Cawley' as two separate children.",
    "Learning point 2: practitioners should learn the words children use. Cant or Gammon words such as beor (woman), lackeen (girl), gloke (man) and muskers (police) are part of everyday speech for many Irish Traveller children, and Pavee children may have no English words for the people who frighten them. Material from the Traveller Movement and from Friends, Families and Travellers, and events during Gypsy, Roma and Traveller History Month, can help staff. Nóra, known as Nonie, told the review that she had 'done the talking for Francie since he was a babby'.",
    "Learning point 3: the men around the child must be seen. Mr Cawley, his cousin Shane and Old Tom all had care of Francie on Tallowfield Lane, and none of them was seen by a social worker. The NSPCC's work on men in children's lives, and the Child Safeguarding Practice Review Panel's national review of harm caused by men in the household, apply directly here.",
    "Learning point 4: health services must treat 'was not brought' as a safeguarding signal, not an administrative one. Neither Dr Lomax nor Ms Penhaligon knew that Francie's NHS number 485 331 7702 sat on one record and his mother's details on another. The surgery has since merged the records, and Ofsted's inspection of local authority children's services noted the same weakness in sharing health information with the Front Door.",
    "Learning point 5: the faith community and the wider family are resources, not obstacles. Winifred Mongan, Father Declan and the volunteers at the homework club saw Francie more often than any professional. Early Help offered through St Brochan's or the Kitsbury Amateur Boxing Club would have been trusted in a way that letters to Gorse Hollow Lane were not.",
]

RECOMMENDATIONS = [
    ("Kent County Council Children's Services should ensure the Front Door searches every known spelling, date of birth and address of a child, as with Cawley and Corley, before a contact is closed",
     "Add an alias and address search step to the Front Door screening procedure and audit it", "Head of Front Door Service", "30-09-2024"),
    ("Kent Community Health NHS Foundation Trust and Medlar House Surgery should agree a shared process for children from Gorse Hollow Transit Site who are not brought to appointments",
     "Write a joint was-not-brought pathway for families living on transit sites and yards", "Named Nurse for Safeguarding", "31-10-2024"),
    ("The partnership should train practitioners in the Cant words Irish Traveller children use and invite faith leaders such as Father Declan to core groups where the family agrees",
     "Commission training with a national Traveller charity and add family and faith contacts to the core group template", "Partnership Business Manager", "31-12-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="CONFIDENTIAL – Agency Report re Francie CAWLEY (Francis John Cawley), DOB 22/07/2018, Pitch 7, Gorse Hollow Transit Site, Gorse Hollow Lane, Aylesford ME20 6ZQ",
    footer="KSCP-2024-007 | Author: Rachel Penhaligon, r.penhaligon@example.org | Mother (Bridgie) 07700 900263",
    comment="Check with Nanny Winnie where Bomber is staying – Sadie Delaney on Pitch 11 says he is back at Old Tom's yard in Swanley.",
    footnote="Bríd's NI number is QQ 12 34 56 C; the custody record shows it against Éamonn. Father Declan Ó Murchú of St Brochan's confirmed the family's movements.",
)
