# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 115): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "SSP-2024-017"

CASE_TOML = """\
reference = "SSP-2024-017"
review = "Child Safeguarding Practice Review"
subject = "Child X"
board = "Swindon Safeguarding Partnership"
period = { from = "01-04-2022", to = "14-11-2024" }
decision = "12-12-2024"
notification = "15-11-2024"

[[agencies]]
name = "Wiltshire Police"
aliases = ["Police"]

[[agencies]]
name = "Swindon Borough Council Children's Services"
aliases = ["Children's Services", "SBC Children's Services", "CSC"]

[[agencies]]
name = "Great Western Hospitals NHS Foundation Trust"
aliases = ["Great Western Hospital", "GWH", "Paediatric Diabetes Team"]

[[agencies]]
name = "Our Lady of Ferncombe Catholic Primary School"
aliases = ["Our Lady of Ferncombe", "OLF"]
published_as = "the primary school"

[[agencies]]
name = "Brackenhurst Surgery"
aliases = ["Brackenhurst Medical Centre"]
published_as = "the GP practice"

[[people]]
name = "Ana Sofia Colaço"
aliases = ["Ana Sofia", "Sofia", "Sofi", "Sofia Colaco", "Ana Colaco"]
role = "child"
pseudonym = "Child X"
born = "17-08-2014"
address = "47 Hallowfield Road, Kestrel Park, Swindon SN2 9FQ"

[[people]]
name = "Rosalina Maria Colaço"
aliases = ["Rosalina", "Rosie", "Rosalina Colaco", "Mrs Colaco", "Rosalina Fernandes"]
role = "mother"
pseudonym = "Mother"
born = "03-02-1983"
address = "47 Hallowfield Road, Kestrel Park, Swindon SN2 9FQ"

[[people]]
name = "Agnelo Francisco Colaço"
aliases = ["Agnelo", "Agnelo Colaco", "Mr Colaco"]
role = "father"
pseudonym = "Father"
born = "19-10-1979"
address = "47 Hallowfield Road, Kestrel Park, Swindon SN2 9FQ"

[[people]]
name = "Joel Colaço"
aliases = ["Joel", "Joel Colaco"]
role = "sibling"
pseudonym = "Sibling"
born = "22-05-2009"
address = "47 Hallowfield Road, Kestrel Park, Swindon SN2 9FQ"

[[people]]
name = "Filomena Fernandes"
aliases = ["Filomena", "Mrs Fernandes"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "12-12-1951"
address = "47 Hallowfield Road, Kestrel Park, Swindon SN2 9FQ"

[[staff]]
name = "Bethan Lockyer"
role = "Paediatric Diabetes Specialist Nurse"
agency = "Great Western Hospitals NHS Foundation Trust"

[[staff]]
name = "Tomasz Wrona"
role = "Social Worker"
agency = "Swindon Borough Council Children's Services"

[[staff]]
name = "Fiona Trevelyan"
role = "General Practitioner"
agency = "Brackenhurst Surgery"

[[staff]]
name = "Maureen Kealy"
role = "Designated Safeguarding Lead"
agency = "Our Lady of Ferncombe Catholic Primary School"

[[staff]]
name = "Lewis Parfitt"
role = "Detective Constable"
agency = "Wiltshire Police"
"""

IDENTIFIERS = {
    "key_name": [
        "Ana Sofia Colaço", "Ana Sofia", "Ana-Sofia", "Sofia", "Colaço", "Colaco", "Collaco",
        "Colasso", "Kolaso", "Sophia", "Rosalina", "Rozalina", "Agnelo", "Agnel", "Filomena",
        "Philomena", "Fernandes", "Fernandez", "Joel", "Bethan Lockyer", "Lockyer",
        "Tomasz Wrona", "Wrona", "Fiona Trevelyan", "Trevelyan", "Maureen Kealy", "Kealy",
        "Lewis Parfitt", "Parfitt",
    ],
    "nickname": ["Sofi", "Bebé", "Rosie", "Nelo", "Jojo", "Mena"],
    "initials": ["A-S", "A.S.C.", "ASC", "R.M.C.", "F.F.", "J.C."],
    "not_in_key": [
        "Conceição Mascarenhas", "Conceição", "Conceicao", "Mascarenhas", "Melwyn Pinto",
        "Melwyn", "Pinto", "Carol Hembury", "Hembury", "Kimberley Shand", "Shand",
        "Anselm Noronha", "Noronha", "Shirley Batten", "Batten", "Naomi Harwood", "Harwood",
    ],
    "address": [
        "47 Hallowfield Road", "Hallowfield Road", "Hallowfield Rd", "Kestrel Park",
        "Flat 3, 12 Wetherell Street", "Wetherell Street", "Ladyfield Lane", "Cardozim",
    ],
    "postcode": ["SN2 9FQ", "SN29FQ", "SN2", "9FQ", "SN1 5JD"],
    "agency_place": [
        "Our Lady of Ferncombe Catholic Primary School", "Our Lady of Ferncombe", "Ferncombe",
        "Brackenhurst Surgery", "Brackenhurst",
    ],
    "number": [
        "07700 900627", "07700900627", "+44 7700 900641", "01632 960384", "738 216 4409",
        "7382164409", "451 902 6637", "QQ 41 27 83 B", "QQ902215D", "CB482917",
        "rosie.colaco83@example.com", "@sofi.bebe.2014", "@jojo_colaco",
        "facebook.com/rosalina.colaco.83", "WU16 KZE",
    ],
    "date_of_birth": [
        "17/08/2014", "17.08.14", "17th August 2014", "August 17, 2014", "2014-08-17",
        "03/02/1983", "3 February 1983", "22.05.2009", "12/12/1951", "19/10/79",
    ],
    "other": [
        "Wickfield Court Care Home", "Wickfield Court", "MV Coral Meridian", "Coral Meridian",
        "Rosie's Goan Kitchen", "Amchem Goenkar Swindon", "St Remigius", "Bolinha",
    ],
}

ORDINARY = [
    "Children Act 1989", "Children and Families Act 2014", "Section 47", "Section 17",
    "Working Together to Safeguard Children 2023",
    "Supporting pupils at school with medical conditions",
    "Child Safeguarding Practice Review Panel", "Victoria Climbié", "Lord Laming", "NICE",
    "Diabetes UK", "type 1 diabetes", "diabetic ketoacidosis", "DKA", "HbA1c", "NovoRapid",
    "Levemir", "FreeStyle Libre 2", "Glucogel", "Lucozade", "cerebral oedema",
    "Was Not Brought", "Individual Healthcare Plan", "Early Help", "Child in Need",
    "strategy discussion", "MASH", "Public Protection Notice", "Graded Care Profile 2",
    "Language Line", "EU Settlement Scheme", "South Western Ambulance Service",
    "John Radcliffe Hospital", "Great Western Hospital", "young carer", "Stella Maris",
    "Konkani", "Portuguese", "Goa", "Christmas", "Easter", "First Holy Communion",
    "São João", "kuswar", "bebinca", "ladainha", "Mai", "Avó", "Tia", "susegad",
    "Dev borem korum", "karatem", "cheddum", "Grace", "Faith", "in June 2023", "PC", "DS",
    "NEVER SEND A CHILD WHO IS HYPO TO THE OFFICE ALONE",
]

INVOLVEMENT = [
    "Ana Sofia Colaço (Child X, date of birth 17/08/2014) was diagnosed with type 1 diabetes in March 2021, at the age of six, when she was admitted to the Great Western Hospital in diabetic ketoacidosis (DKA). At the start of the review period in April 2022 she lived at 47 Hallowfield Road, Kestrel Park, Swindon SN2 9FQ, a three-bedroomed housing association house, with her mother Rosalina Maria Colaço, her brother Joel Colaço and her maternal grandmother Filomena Fernandes, who is known in the parish as Mena. The family are Goan Catholics who came to England from Goa by way of Lisbon in 2017, travelling on Portuguese passports; they lived first at Flat 3, 12 Wetherell Street, Swindon SN1 5JD, and all four hold settled status under the EU Settlement Scheme. Sofia's father, Agnelo Francisco Colaço, is a seafarer who works as a cabin steward on the cruise ship MV Coral Meridian on contracts of seven to nine months, and he was at sea for most of the period under review. The family speak Konkani at home; Mrs Fernandes also speaks Portuguese, which she learned at school in Goa, and understands little English. Sofia, who is called Sofi by everyone and Bebé by her grandmother, is a bright, funny and sociable girl who had attended Our Lady of Ferncombe Catholic Primary School since Reception.",
    "On 26 April 2022 Sofi was seen in the paediatric diabetes clinic at the Great Western Hospital by Bethan Lockyer, Paediatric Diabetes Specialist Nurse. Her HbA1c was 64 mmol/mol, above the NICE target of 48 mmol/mol but improving. She was on multiple daily injections, NovoRapid with meals and Levemir at night, and wore a FreeStyle Libre 2 sensor which her mother scanned with the app on her phone. Mrs Colaço, who asked to be called Rosie, told Ms Lockyer that she worked four or five nights a week as a senior care assistant at Wickfield Court Care Home, Ladyfield Lane, from 8pm to 8am, and that her mother gave the evening Levemir and checked Sofi's levels during the night. Ms Lockyer recorded 'Grandma (Avó) manages overnight - speaks Konkani/Portuguese, brother interprets'. Joel, then twelve, was in the room and translated the advice on treating a hypo for his grandmother. The clinic letter, addressed to 'Rosalina Colaco' at 47 Hallowfield Rd and copied to Brackenhurst Surgery, gave the mother's mobile as 07700 900627, her date of birth as 03/02/1983 and recorded no concerns.",
    "On 9 June 2022 Maureen Kealy, the deputy head and Designated Safeguarding Lead at Our Lady of Ferncombe, held a meeting to review Sofi's Individual Healthcare Plan, as the statutory guidance Supporting pupils at school with medical conditions requires. Ms Lockyer joined by video and Mrs Colaço came straight from a night shift, still in her uniform. The plan set out carbohydrate counting at lunch, a blood glucose check before PE and a hypo box, containing Glucogel, glucose tablets and a carton of juice, to be kept in the classroom cupboard and replenished by the family. The front page of the plan ended in capitals: NEVER SEND A CHILD WHO IS HYPO TO THE OFFICE ALONE. Ms Kealy recorded that Mrs Colaço was 'exhausted but committed', that Sofi's godmother, whom the children call Tia Conceição (Tia, aunt, is what Goan children call any older woman close to the family), would collect her two afternoons a week, and that the emergency contacts were the mother's mobile and the home landline, 01632 960384. The school was not told, and did not ask, who gave Sofi her insulin on the nights her mother was at work.",
    "Sofi was not brought to her diabetes clinic appointments on 13 September and 25 October 2022. On each occasion the hospital sent a standard Was Not Brought letter to the home address and to the GP. The records at Brackenhurst show that the repeat prescription for Libre sensors was not requested between August and November 2022, and that pen needles were last collected on 2 August. On 7 November 2022 Dr Fiona Trevelyan, the family's GP, telephoned Mrs Colaço on 07700900627 and left a message; she wrote in the notes 'Mum works nights, difficult to reach - ?sleeping in day. Sofia Collaco, NHS 738 216 4409, for review by diabetes team.' The practice had registered Sofi in 2019 under the surname Collaco, and her mother as Rosalina Fernandes, while the hospital held them as Colaço, with the cedilla, and the two systems did not match them automatically. Dr Trevelyan did not consider the missed appointments under the practice's own Was Not Brought policy, which treats two missed appointments for a child with a long-term condition as a possible safeguarding concern.",
    "On 28 December 2022, three days after Christmas, Sofi was taken by ambulance to the Great Western Hospital in moderate DKA, with a blood ketone level of 4.8 mmol/L. The South Western Ambulance Service crew recorded that she had been vomiting since the early hours and that 'grandmother F.F.' had given her bitter gourd juice, which Mrs Fernandes called karatem, and holy water from the Church of St Remigius, where the family worship. Mrs Colaço arrived from work at 8.15am. She told the ward that the family had been visiting relatives over Christmas, that there had been a great deal of kuswar in the house, including the bebinca her mother makes every year, and that Sofi had 'missed one or two' doses of Levemir while she stayed with her godmother, Conceição Mascarenhas. The ward registered her as 'Ana Sofia Fernandes Colaço', following the order of names in her Portuguese passport (number CB482917), and so created a second hospital record, shown on the ward board simply as ASC; her diagnosis admission sat under 'Ana Colaco'. She was discharged on 30 December 2022 with a referral back to the diabetes team. No safeguarding referral was made, and the discharge summary gave her date of birth as 2014-08-17 and her NHS number as 7382164409.",
    "In February and March 2023 the school recorded eleven hypos, three of them below 3.0 mmol/L, and on 2 March 2023 a supply teacher sent Sofi to the office on her own with a reading of 2.6; she was found sitting on the corridor floor by the school business manager. When staff went to the classroom cupboard the hypo box was empty. Ms Kealy emailed Mrs Colaço at rosie.colaco83@example.com asking for fresh supplies and a meeting, and rang her at 11am, when Mrs Colaço was asleep after a night shift. Joel, by then at secondary school, brought in a bag of jelly babies and a bottle of Lucozade the next morning. In a conversation with her class teacher, A.S.C. said that she did her own injections 'because Mai is sleeping and Avó can't see the numbers'; Mrs Fernandes had cataracts and was waiting for surgery. The teacher wrote this down word for word. Ms Kealy added it to the school's safeguarding log under 'medical' rather than 'welfare', with the note 'A-S very grown up about her diabetes'.",
    "In May 2023 Sofi made her First Holy Communion at St Remigius, Ferncombe, where her grandmother leads the ladainha, the litany to Our Lady that Goan families sing together at the wayside cross through the month of May. Her father came home on leave for the occasion. On 22 May 2023 Ms Kealy made an Early Help referral with the family's consent, noting 'possible missed insulin, mum on nights, dad at sea, grandmother limited English and poor eyesight'. An Early Help practitioner visited 47 Hallowfield Road twice in June 2023. She met Agnelo Colaço ('Nelo'), who told her that 'in Goa the whole family looks after the child' and that they were managing; she also met Melwyn Pinto, a friend from Goa who rented the box room and worked nights at a warehouse, and whom the practitioner understood to be an uncle. Her notes refer to the parents as 'R.M.C. and Agnel'. On 24 June the family took Sofi to the São João celebration run by Amchem Goenkar Swindon, where, the father said proudly, she jumped into the paddling pool with the other children. The plan focused on a rota for the hypo box and a place on a Diabetes UK family day. When Mr Colaço returned to the ship on 10 July 2023 the plan was closed because the family 'no longer wished to engage'. Sofi's HbA1c at the clinic in June 2023 had been 89 mmol/mol.",
    "At 23:40 on Saturday 16 September 2023 a neighbour, Mrs Carol Hembury, rang Wiltshire Police on 101 to say that a young girl was crying in the front garden of number 47, that the family's dog, Bolinha, would not stop barking, and that an older woman was shouting in a language she did not understand. PC Kimberley Shand and a colleague attended and found Sofi in her pyjamas, pale and shaking, while her grandmother tried to make her drink a glass of sugared water. Joel, then fourteen and known to the family as Jojo, was out with friends, and his mobile, +44 7700 900641, went to voicemail; Mrs Colaço was at work. The officers could not understand Mrs Fernandes, who spoke to them first in Konkani and then in Portuguese, and PC Shand used a translation app on her phone; Sofi told them that she was 'low' and that her phone 'kept beeping'. The ambulance crew treated a hypo of 2.1 mmol/L at the house, and Mrs Colaço came home from Wickfield Court in her car, WU16 KZE. A Public Protection Notice submitted the next morning named the child as 'Sophia Colasso', the mother as 'Rozalina Colasso', the grandmother as 'Philomena Fernandez', date of birth 12/12/1951, and the brother as 'J.C.', and recorded the address as 47 Hallowfield Road, SN29FQ. The MASH screened the notice on 19 September 2023 and closed it with advice, because the names did not match any record held by Children's Services.",
    "On 21 November 2023 Sofi was admitted to the Great Western Hospital for the second time in the period in DKA, after her sensor had come off and had not been replaced for four days. The hospital safeguarding team made a referral to Swindon Borough Council Children's Services, and on 24 November the case was allocated to Tomasz Wrona, a social worker in the assessment team, for a Child and Family assessment under Section 17 of the Children Act 1989. Mr Wrona visited the home on 30 November and 12 December 2023. On the first visit Joel interpreted for his grandmother; on the second Mr Wrona booked a Portuguese interpreter through Language Line, because no Konkani interpreter could be found. Mrs Fernandes told the interpreter that she 'understood Portuguese from school, but her heart speaks Konkani', and several of her answers were recorded as 'unclear'. At the end of each visit she said 'Dev borem korum', which Mr Wrona recorded as 'grandmother agrees with plan'. He noted a shelf of diabetes supplies that were 'in date and well organised' and a family that was 'full of love'. He did not see the Libre data, which was on Mrs Colaço's phone, and did not ask who was awake with Sofi at night. The assessment, which gave the mother's date of birth as 3 February 1983 and Joel's as 22.05.2009, concluded on 9 January 2024 that Sofi was a Child in Need.",
    "A Child in Need plan was agreed on 16 January 2024. It said that Mrs Colaço would ask her employer for fewer night shifts, that Joel would 'help with night-time checks', that Ms Lockyer would send the Libre data to the social worker each month, and that the family would attend every clinic. Mrs Colaço told the first meeting that she could not afford to give up nights, which paid a premium, and that she sent money each month to Cardozim for her husband's parents. The manager of Wickfield Court Care Home, Ms Shirley Batten, agreed that she could work three nights instead of five for eight weeks, and Mrs Colaço began selling bebinca and kuswar through a Facebook page, Rosie's Goan Kitchen, linked from facebook.com/rosalina.colaco.83, to make up the difference. At the second meeting, on 27 February 2024, during Lent, the family's parish priest, Father Anselm Noronha, attended at Mrs Colaço's request and told the meeting that the family's faith was a great strength to them. Ms Lockyer's data was sent once, in February, and showed Sofi's glucose above 14 mmol/L for 61 per cent of the time; it was uploaded to the social care record but not discussed. Sofi was not seen alone at either meeting.",
    "At the third Child in Need review on 16 April 2024, shortly after Easter, the plan was closed. Sofi's HbA1c had come down to 71 mmol/mol, and Mr Wrona recorded that the family were 'working openly with professionals'. Mrs Colaço went back to five nights a week at the end of April. In June 2024 the class teacher noticed that Sofi was often tired in the mornings, had lost weight and had twice asked to go home with a stomach ache. On 19 June 2024 a classmate's mother showed Ms Kealy a video posted on TikTok from the account @sofi.bebe.2014, in which Sofi, then nine, filmed herself injecting in the bathroom and said in English, 'Mai says I'm a big cheddum now, so I do it myself.' Ms Kealy logged the video and rang the diabetes team. Ms Lockyer told her that the next clinic had been brought forward, but Sofi was not brought to the appointment on 2 July 2024, the third missed appointment in the period.",
    "From 20 July to 1 September 2024 the family were in Goa for the feast of the village chapel at Cardozim and to see Mr Colaço's parents, and Mr Colaço joined them there on shore leave. They had collected two months' insulin before they left. Mrs Colaço told the review that the Libre sensors ran out in the third week, that Sofi went back to finger-prick tests 'when we remembered', and that the Levemir was kept in a hot room because the house had no fridge that worked during the power cuts. Joel posted photographs of the trip on Instagram from the account @jojo_colaco, which show Sofi at the feast and at a cousin's wedding. The school's attendance officer, checking the absence, found that the Portuguese passport copy on the school file gave Sofi's date of birth as August 17, 2014, and her father's as 19/10/79, and that Sofi had been entered on the school system as Ana-Sofia, with a hyphen, when she joined. Sofi began Year 6 on 4 September 2024.",
    "Between 4 September and 31 October 2024 Our Lady of Ferncombe Catholic Primary School recorded that Sofi's readings on the school's reader showed 'HI', above the top of the scale, on fourteen school days, that she had missed ten days of school and that the hypo box had again not been refilled. On 10 September Ms Kealy rang the MASH for advice, giving Sofi's date of birth as 17.08.14 and her address as Hallowfield Road, Kestrel Park, SN2; she was told to make a written referral, and sent it on 8 October 2024. It was passed to the Early Help hub, which wrote to the family offering a service. A blood test at Brackenhurst on 3 October showed an HbA1c of 108 mmol/mol. Ms Lockyer sent a third Was Not Brought letter on 15 October and on 22 October discussed Sofi with the hospital's named nurse for safeguarding, who advised a referral; it was drafted but had not been sent by 14 November. On 29 October Dr Trevelyan saw Mrs Colaço for her own health, recording her NHS number as 451 902 6637, and noted that she was 'low in mood, working nights, husband at sea till March'; Sofi was not discussed.",
    "At 7.05am on Thursday 14 November 2024 Joel found his sister unresponsive in bed and rang 999. Mrs Colaço was on the last of four nights in a row at Wickfield Court, and Mrs Fernandes had been in the Great Western Hospital with a chest infection since 11 November, so that Joel, aged fifteen, had been looking after Sofi alone each night, with Mr Pinto asleep in the box room after his own shifts. The ambulance crew found Sofi in severe DKA. She was taken to the Great Western Hospital and then, when she developed signs of cerebral oedema, to the paediatric intensive care unit at the John Radcliffe Hospital in Oxford. A strategy discussion was held that afternoon between Children's Services, Wiltshire Police and health, chaired by a team manager with DS Naomi Harwood of the Public Protection Department, and Section 47 enquiries began. DC Lewis Parfitt was allocated. At the house he found four unopened NovoRapid pens in the fridge, and the app on Mrs Colaço's phone showed no scans for the previous 52 hours. Joel told him that Sofi had said she had 'done her injection' and that he had not checked, because 'she always does it'. The John Radcliffe recorded her as ANA SOFIA COLAÇO, 17th August 2014, and only then were her records linked with those held as 'Ana Colaco', 'Sofia Collaco' and 'Sophia Colasso'. Sofi recovered and was discharged at the end of November 2024 to the care of her godmother under a safety plan, and her father flew home from the ship. The police investigation has ended with no further action, and this review makes no finding against any member of the family.",
]

ANALYSIS = [
    "Sofi's diabetes is a condition in which the care a child needs is known, measurable and recorded: every scan of her sensor, every HbA1c result and every prescription collected or not collected. Over the review period her HbA1c rose from 64 to 108 mmol/mol, she was not brought to three clinic appointments, she was admitted twice in DKA and the police found her in a severe hypo in the garden at night. Each agency held part of that picture; none put it together, and no one used the word neglect until 14 November 2024. Practitioners told the review that they saw a loving family struggling with a demanding condition, and that was true. But Working Together to Safeguard Children 2023 is clear that neglect includes a failure to ensure access to appropriate medical care or treatment, whatever the reason for it, and that good intentions do not change what the child lives through. No agency used the Graded Care Profile 2, which the partnership recommends where neglect is a possibility, and no one asked for a strategy discussion before the night Sofi was found unresponsive.",
    "Mrs Colaço worked nights because nights paid more and because, as she told the review, she could then 'be a mother in the day'. She slept from about 9am until 3pm. Almost every professional contact with her, including Ms Kealy's calls, the GP's message and the Early Help visits, was arranged within those hours, and her failure to answer was recorded as a failure to engage. None of the assessments asked the one question that mattered for a child on insulin: who is awake with her at night? The answer changed over the period, from Avó, whose eyesight was failing, to Joel, a boy of thirteen, fourteen and then fifteen, and in the last week to Joel alone. Joel was a young carer in every sense the Children and Families Act 2014 intends, but he was never offered a young carer's assessment, and the Child in Need plan gave him a task rather than support. The father's long contracts at sea were noted but not explored; no one asked whether Stella Maris, the Catholic charity for seafarers and their families, or the shipping company's welfare officer could help.",
    "Language was treated as a practical obstacle rather than as part of the assessment. Konkani is the language of the home, and Mrs Fernandes, who gave most of the night-time care until 2023, could not speak to any professional in it. A Portuguese interpreter was booked once; Joel interpreted at least five times, including at his sister's clinic and at the social worker's first visit, and was asked to explain his own caring role. When Mrs Fernandes said 'Dev borem korum', a Konkani blessing that she uses as others say thank you, it was recorded as her agreement to a plan she may not have understood. The review heard from a Konkani-speaking member of the Goan community that there are several interpreters in the south of England who could have been booked privately, and that the Catholic chaplaincy could have helped to find one. Practitioners were not wrong to trust the family, but they trusted what they were told through a child.",
    "Several records describe the family as 'very Catholic' and 'a close Goan family', and one calls Mrs Colaço 'typically susegad', a word for an easy-going, unhurried attitude that she told the review she found hurtful. Faith, for this family, was a source of strength and routine: Grace was said before every meal, the rosary every evening and the ladainha in May, and Father Noronha knew them well. None of this was a risk in itself. The review found no evidence that the family believed prayer, holy water or karatem could replace insulin; Mrs Fernandes told the review, through an interpreter, that she gave the juice 'as well as, never instead of'. What was missing was any conversation about how the family's food and festivals, kuswar at Christmas, sweets at the feast and at weddings, and fasting in Lent, could be planned for with the diabetes team, rather than simply noted afterwards as the reason for an admission.",
    "The family's names were written in at least seven ways: Colaço, Colaco, Collaco, Colasso and, on a Konkani parish card, Kolaso; Ana Sofia, Ana-Sofia, Sofia, Sophia and Sofi; and Rosalina, Rozalina on a police log, Rosalina Fernandes at the GP and R.M.C. in the Early Help notes. Portuguese naming, in which a child carries her mother's surname before her father's, meant that the hospital filed Sofi under Fernandes Colaço while the GP filed her under Collaco, and the police under Colasso. The Victoria Climbié inquiry, chaired by Lord Laming, described this failure more than twenty years ago. A search by date of birth (17/08/2014, once written 17.08.14) and postcode (SN2 9FQ, written once as SN29FQ and once simply as SN2) would have linked every record, and would have shown the MASH in September 2023 that the girl found in the garden was the same child who had been admitted in DKA at Christmas.",
    "Sofi's own voice was heard, and written down, and not acted on. At eight she told her teacher that she did her own injections because her mother was sleeping and her grandmother could not see the numbers; at nine she filmed herself doing so and called herself 'a big cheddum'. These were a child's way of saying that the adults who should have been doing this were not able to, and each time they were read as a sign of maturity. Children with type 1 diabetes take on more of their own care as they grow, but national guidance and the diabetes team's own standards are clear that a child of Sofi's age needs an adult to check every dose. The review considered whether Sofi had been missing insulin on purpose and found nothing to suggest it; she missed doses because no adult was there to see that she had them. She was never seen alone by any practitioner, and the review spoke to her, with her godmother, in December 2024: she said she wanted 'someone to be awake with me, not just Joel'.",
]

LEARNING = [
    "For a child with type 1 diabetes, missed appointments, uncollected prescriptions, a rising HbA1c and repeated DKA are each possible signs of neglect, and together they are a pattern that should lead to a strategy discussion. The Was Not Brought policies of the hospital and the GP practice were sound, but neither was applied, and neither agency knew what the other was seeing. The Child Safeguarding Practice Review Panel has made the same point in earlier national reviews about children with long-term conditions. Diabetes device data should be shared with the social worker and read with the family, not filed.",
    "Every assessment of a child who needs care through the night should record who provides it, what they can do and whether they can do it safely, with the same care as an assessment of who is at home in the day. Where a parent works nights, professionals should arrange contact to fit her working pattern, and should not record a missed call at 11am as non-engagement. Where a brother or sister is doing the caring, they are entitled to a young carer's assessment under the Children Act 1989 as amended by the Children and Families Act 2014, and their role should be supported, not written into a plan as a solution.",
    "A child must not interpret for her or his family in any health or safeguarding conversation, and a Portuguese interpreter is not a substitute for a Konkani one. Agencies should record the first language of every adult in the household and how each prefers to be spoken to. The partnership should work with Language Line and with the local Goan Catholic community to identify Konkani interpreters, and should remind practitioners that a phrase of thanks or blessing, such as Dev borem korum, is not a sign of agreement.",
    "Records should hold names as the family and their passports write them, including the cedilla in Colaço and the order of Portuguese surnames, and searches should use date of birth and postcode as well as every known spelling. The MASH should not close a Public Protection Notice about a child with a medical condition because the name does not match without first searching by date of birth and address.",
    "Faith and culture are part of a family's life and strengths, and should be part of the assessment, not a reason to stop asking. Practitioners should ask families about festivals, fasting and food, including Christmas and Easter, São João and the village feasts in Goa, and plan for them with the diabetes team. The parish and community associations the family trusts, and charities for seafarers' families such as Stella Maris, can be partners in a plan when the family agrees. Practitioners should also ask whether words used about a family, such as susegad, describe the family or a stereotype.",
]

RECOMMENDATIONS = [
    ("Great Western Hospitals NHS Foundation Trust and Brackenhurst Surgery should make sure that two missed diabetes appointments, a DKA admission or a rising HbA1c in a child such as Sofi Colaço lead to a safeguarding discussion between the diabetes team, the GP and the school",
     "Amend the joint Was Not Brought pathway for children with type 1 diabetes and audit its use across the paediatric diabetes caseload", "Named Nurse for Safeguarding Children, GWH", "30-06-2025"),
    ("Swindon Borough Council Children's Services should make sure that every assessment of a child with a long-term condition records who provides care at night, includes the child's device data and offers a young carer's assessment to any sibling, as Joel should have been offered",
     "Add a night-time care section to the assessment template and train the assessment teams", "Head of Service, Children's Services", "31-05-2025"),
    ("The partnership should make sure that Konkani interpreters can be booked, that children such as Joel are never used to interpret, and that the language each adult in the household speaks is recorded",
     "Agree a Konkani interpreting arrangement with Language Line and the local Goan community and publish a briefing for practitioners", "Partnership Business Manager", "31-07-2025"),
    ("Wiltshire Police and the MASH should search every spelling of a name, with and without letters such as the cedilla, together with date of birth and postcode, so that records held as Colaço, Colaco, Collaco and Colasso are linked",
     "Update the MASH search protocol and brief all MASH staff and screening officers", "Detective Inspector, MASH", "31-03-2025"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | SSP-2024-017 | Ana Sofia COLAÇO ('Sofi'), DOB 17/08/2014, 47 Hallowfield Road, Kestrel Park, Swindon SN2 9FQ",
    footer="Draft 2 for panel, B. Lockyer (PDSN) and M. Kealy (DSL) | Family: the Colaço household, 47 Hallowfield Rd, 9FQ | mother 07700 900627",
    comment="MK: Jojo says Mena (Avó) was in hospital from 11/11 and Melwyn was 'in charge' at night - check with DC Parfitt; also does Tia Conceicao still have the spare Libre reader?",
    footnote="Passport spelling ANA SOFIA FERNANDES COLAÇO (Portuguese passport CB482917); GP records hold 'Sofia Collaco', NHS number 738 216 4409; mother Rosalina Maria Colaço, NHS number 451 902 6637, NI number QQ 41 27 83 B; father's NI number QQ902215D.",
)
