# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 100): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CVSB-2023-014"

CASE_TOML = """\
reference = "CVSB-2023-014"
review = "Child Practice Review"
subject = "Child S"
board = "Cardiff and Vale Regional Safeguarding Board"
period = { from = "01-04-2022", to = "18-09-2023" }
decision = "09-11-2023"
notification = "22-09-2023"

[[agencies]]
name = "South Wales Police"
aliases = ["SWP", "Police"]

[[agencies]]
name = "Cardiff Council Children's Services"
aliases = ["Children's Services", "CCCS"]

[[agencies]]
name = "Cardiff and Vale University Health Board"
aliases = ["CAVUHB", "the Health Board", "Health Visiting Service"]

[[agencies]]
name = "Gwaun Hir Surgery"
aliases = ["Gwaun Hir"]
published_as = "the GP practice"

[[agencies]]
name = "Heol Iris Primary School"
aliases = ["Heol Iris"]
published_as = "the primary school"

[[agencies]]
name = "Tŷ Gwenyn Day Nursery"
aliases = ["Tŷ Gwenyn", "Ty Gwenyn"]
published_as = "the nursery"

[[people]]
name = "Rozhîn Shwani"
aliases = ["Rozhîn", "Rozhin", "Rojin", "Rozhi", "R.K.S.", "RKS"]
role = "child"
pseudonym = "Child S"
born = "06-02-2020"
address = "Flat 3, 27 Carreg Wen Terrace, Adamsdown, Cardiff CF24 0QX"

[[people]]
name = "Shno Mahmood"
aliases = ["Shno", "Shno Mahmood-Shwani", "Mrs Shwani", "Ms Mahmood", "S.M-S."]
role = "mother"
pseudonym = "Mother"
born = "02-09-1994"
address = "Flat 3, 27 Carreg Wen Terrace, Adamsdown, Cardiff CF24 0QX"

[[people]]
name = "Karwan Rasul Shwani"
aliases = ["Karwan", "Karo", "Mr Shwani", "Karwan Shwany", "K.S."]
role = "father"
pseudonym = "Father"
born = "21-11-1989"
address = "Flat 3, 27 Carreg Wen Terrace, Adamsdown, Cardiff CF24 0QX"

[[people]]
name = "Aram Shwani"
aliases = ["Aram", "Aro", "A.S."]
role = "sibling"
pseudonym = "Sibling 1"
born = "07-06-2012"
address = "Flat 3, 27 Carreg Wen Terrace, Adamsdown, Cardiff CF24 0QX"

[[people]]
name = "Lana Shwani"
aliases = ["Lana", "Lulu"]
role = "sibling"
pseudonym = "Sibling 2"
born = "15-10-2016"
address = "Flat 3, 27 Carreg Wen Terrace, Adamsdown, Cardiff CF24 0QX"

[[people]]
name = "Galawêj Hama Amin"
aliases = ["Galawêj", "Galawej", "Nan Galawêj"]
role = "paternal grandmother"
pseudonym = "Paternal Grandmother"
born = "01-07-1961"

[[people]]
name = "Hemin Mahmood"
aliases = ["Hemin"]
role = "maternal uncle"
pseudonym = "Maternal Uncle"
address = "9 Cae Pwll Close, Trem y Môr, Tremorfa, Cardiff CF24 2JN"

[[staff]]
name = "Ffion Treharne"
code = "HV1"
role = "Health Visitor"
agency = "Cardiff and Vale University Health Board"

[[staff]]
name = "Rhodri Beynon"
code = "SW1"
role = "Social Worker"
agency = "Cardiff Council Children's Services"

[[staff]]
name = "Meleri Howells"
code = "GP1"
role = "General Practitioner"
agency = "Gwaun Hir Surgery"

[[staff]]
name = "Owain Tudball"
code = "PC1"
role = "Police Constable"
agency = "South Wales Police"

[[staff]]
name = "Siân Lloyd-Price"
code = "DSP1"
role = "Designated Safeguarding Person"
agency = "Heol Iris Primary School"

[[staff]]
name = "Leanne Gatehouse"
code = "NKW1"
role = "Nursery Key Worker"
agency = "Tŷ Gwenyn Day Nursery"
"""

IDENTIFIERS = {
    "names": ["Rozhîn Shwani", "Rozhîn", "Rozhin", "Rojin", "Shwani", "Shwanis", "Shwany",
              "Karwan", "Rasul", "Shno", "Mahmood", "Mahmood-Shwani", "Aram", "Lana",
              "Galawêj", "Galawej", "Hama Amin", "Hemin"],
    "nicknames": ["Rozhi", "Karo", "Aro", "Lulu"],
    "initials": ["R.K.S.", "RKS", "K.S.", "S.M-S.", "A.S."],
    "people_not_in_key": ["Glenys Prydderch", "Prydderch", "Glenys", "Bakhtiyar Faraj",
                          "Bakhtiyar", "Faraj", "Rêbwar Qadir", "Rêbwar", "Rebwar", "Qadir",
                          "Sardar Hawezi", "Hawezi", "Awaz Salih", "Awaz", "Sozan"],
    "staff": ["Ffion Treharne", "Ffion", "Treharne", "Rhodri Beynon", "Beynon",
              "Meleri Howells", "Howells", "Owain Tudball", "Tudball", "Siân Lloyd-Price",
              "Lloyd-Price", "Leanne Gatehouse", "Gatehouse"],
    "streets": ["Carreg Wen Terrace", "Carreg Wen Tce", "Carreg Wen", "Brynheulog Street",
                "Brynheulog St", "Cae Pwll Close", "Ffordd Lleucu"],
    "estates": ["Llys Dderwen", "Trem y Môr", "Trem y Mor"],
    "house_numbers": ["Flat 3, 27 Carreg Wen Terrace", "27 Carreg Wen Tce",
                      "12 Brynheulog Street", "9 Cae Pwll Close", "Unit 6, Ffordd Lleucu"],
    "places": ["Adamsdown", "Grangetown", "Tremorfa", "Qaladize", "Pishdar"],
    "postcodes": ["CF24 0QX", "CF24", "0QX", "CF11 7LP", "CF24 2JN"],
    "locating_agencies": ["Gwaun Hir Surgery", "Gwaun Hir", "Heol Iris Primary School",
                          "Heol Iris", "Tŷ Gwenyn Day Nursery", "Tŷ Gwenyn", "Ty Gwenyn",
                          "Hawre Kurdish Community Association", "Hawre", "Sarchinar Mosque",
                          "St Cynfelin's Food Bank"],
    "phones": ["07700 900417", "07700900417", "+44 7700 900862", "01632 960235",
               "07700 900193"],
    "nhs_ni": ["472 915 3386", "4729153386", "618 204 7753", "QQ 48 73 21 B", "QQ487321B"],
    "emails": ["shno.mahmood94@example.com", "karwan.shwani@example.org",
               "ffion.treharne@example.org"],
    "social": ["facebook.com/karwan.shwani.89", "@shno_rozhi_94", "@karo.carwash.cdf"],
    "dates_of_birth": ["06-02-2020", "06/02/2020", "06.02.20", "6th February 2020",
                       "February 6, 2020", "02/09/1994", "2nd September 1994", "21.11.1989",
                       "7 June 2012", "15/10/2016"],
    "other": ["Shinewell Hand Car Wash", "Shinewell", "CU19 KWZ", "CU19KWZ", "Bafrîn",
              "Bafrin", "ZX7310482"],
}

ORDINARY = [
    "Social Services and Well-being (Wales) Act 2014", "Wales Safeguarding Procedures",
    "Children Act 1989",
    "Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015",
    "Ask and Act", "Healthy Child Wales Programme", "Flying Start", "Families First",
    "Team Around the Family", "Welsh Government", "Home Office", "British Red Cross",
    "Language Line", "WhatsApp", "Calpol", "Lidl", "sertraline", "iron deficiency anaemia",
    "postnatal depression", "PTSD", "Noah's Ark Children's Hospital for Wales",
    "University Hospital of Wales", "NSPCC", "Welsh Women's Aid", "Victoria Climbié",
    "Lord Laming", "Arthur Labinjo-Hughes", "Newroz", "Ramadan", "Eid al-Fitr", "Sorani",
    "Arabic", "mamosta", "kaka", "dapîr", "dolma", "in May 2023", "Wednesday", "dawn",
    "Mark", "good grace", "faith leader", "DS", "PC", "MARAC", "Section 47",
    "Strategy Discussion", "Child Protection Register", "Was Not Brought", "section 130",
    "INTERPRETER NEEDED: SORANI, NOT ARABIC", "Universal Credit", "refugee status",
]

INVOLVEMENT = [
    # 1
    "Background: the Shwani family came to the United Kingdom in 2018 from Qaladize in the "
    "Pishdar district of the Kurdistan Region of Iraq and claimed asylum. They were first "
    "housed by the Home Office at 12 Brynheulog Street, Grangetown, Cardiff CF11 7LP. Mr and "
    "Mrs Shwani were granted refugee status in 2019 and Rozhîn Shwani was born at the "
    "University Hospital of Wales on 6th February 2020. The family's first language is "
    "Sorani Kurdish; none of the adults reads English, and Mr Shwani's spoken English is "
    "better than his wife's. Biometric residence permit ZX7310482 was seen for Mr Shwani.",
    # 2
    "In January 2022 the family were allocated a council flat at Flat 3, 27 Carreg Wen "
    "Terrace, Adamsdown, Cardiff CF24 0QX, a second-floor flat on the Llys Dderwen estate. "
    "Several records give the address as 27 Carreg Wen Tce and one Health Board letter "
    "gives the postcode only as CF24, with the second half (0QX) left off, so that it was "
    "returned undelivered. The household was Mr Karwan Rasul Shwani (DOB 21.11.1989), his "
    "wife Shno Mahmood (DOB 02/09/1994), Aram Shwani (born 7 June 2012), Lana Shwani "
    "(DOB 15/10/2016) and Rozhîn (DOB 06/02/2020). The family also kept a cat called "
    "Bafrîn, which the children loved.",
    # 3
    "On Wednesday 11 May 2022 Health Visitor Ffion Treharne (HV1) completed the 27-month "
    "contact of the Healthy Child Wales Programme at home. A Language Line telephone "
    "interpreter was booked but spoke Arabic, not Sorani, and Mrs Shwani did not understand "
    "him. Aram, then nine, interpreted for his mother for most of the visit. HV1 added an "
    "alert to the child health record reading INTERPRETER NEEDED: SORANI, NOT ARABIC. "
    "Rozhîn ('Rozhi' to the family) had few words in either language and HV1 noted a "
    "possible speech delay. Ms Treharne recorded that Shno appeared flat and tearful and "
    "said she was 'always tired'; HV1 suggested she see her GP.",
    # 4
    "On 23 May 2022 Shno Mahmood-Shwani, as she is registered at Gwaun Hir Surgery, saw "
    "Dr Meleri Howells (GP1). Karwan attended with her and answered most questions for her. "
    "Dr Howells recorded low mood, poor sleep and flashbacks to the journey from Iraq, "
    "considered postnatal depression or PTSD, and prescribed sertraline. No interpreter was "
    "used because Mr Shwani said he was happy to translate. The patient's NHS number is "
    "recorded as 618 204 7753. GP1 did not ask to see Mrs Shwani alone.",
    # 5
    "In June 2022 HV1 referred Rozhîn to Flying Start for funded childcare and speech and "
    "language support. The referral form gave the mother's mobile as 07700 900417 and her "
    "email as shno.mahmood94@example.com; HV1 also copied in her own address, "
    "ffion.treharne@example.org. The form recorded the child's NHS number as 472 915 3386 "
    "and her date of birth as 06-02-2020. A second copy of the form, typed by an "
    "administrator, spells the child's name Rozhin and gives her NHS number as 4729153386.",
    # 6
    "On 14 July 2022 Mrs Siân Lloyd-Price (DSP1), the Designated Safeguarding Person at "
    "Heol Iris Primary School, recorded that Aram ('Aro' to his friends) had fallen asleep "
    "in class three times that week. Aro told his teacher that his dad 'shouts at Dayka' "
    "(his name for his mother) when he comes home late from work. Mrs Lloyd-Price spoke to "
    "Mr Shwani at the gate; he said with good grace that the flat was small and the children "
    "went to bed late in the summer. No referral was made and the note was filed under A.S. "
    "on the school system.",
    # 7
    "Rozhîn started at Tŷ Gwenyn Day Nursery, the Flying Start setting on Carreg Wen "
    "Terrace, on 5 September 2022. Her key worker was Leanne Gatehouse (NKW1). The "
    "registration form gives her date of birth as 06.02.20 and, in the box for the father's "
    "employer, 'Shinewell Hand Car Wash, Unit 6, Ffordd Lleucu, Tremorfa', with a work "
    "number of 01632 960235. Her attendance in the first half term was 54%; on eleven "
    "sessions she Was Not Brought and the nursery could not reach anyone on 07700900417.",
    # 8
    "On 3 October 2022 Ms Gatehouse noted a mark on Rozhîn's left cheek, about two "
    "centimetres long. Lana, collecting her sister with a family friend, Mrs Awaz Salih, "
    "said through Mrs Salih that Rozhi had fallen on the stairs of the flats. A body map was "
    "completed at Ty Gwenyn and the manager was told, but the Wales Safeguarding Procedures "
    "on bruising in children who are not independently mobile were not thought to apply "
    "because Rozhîn was walking. No call was made to Children's Services.",
    # 9
    "On 17 November 2022 at 23:40 a neighbour, Mrs Glenys Prydderch, rang South Wales "
    "Police to report screaming and banging from the flat above hers. PC Owain Tudball "
    "(PC1) attended. The police record names the father as SHWANI, Karwan, and elsewhere as "
    "Karwan Shwany, with a date of birth of 21.11.1989 and a mobile of +44 7700 900862. "
    "Mr Shwani said his wife had been upset by a telephone call from home. PC Tudball "
    "completed the DASH questions with Mrs Shwani in the kitchen while Mr Shwani stood in "
    "the doorway and translated; the answers gave a standard risk. Glenys told PC1 that "
    "she heard shouting 'most weeks'. PC Tudball did not see the children, who were said "
    "to be asleep.",
    # 10
    "The Public Protection Notice reached Cardiff Council Children's Services on "
    "21 November 2022. Social Worker Rhodri Beynon (SW1) reviewed it on the duty desk, "
    "checked that there were no previous referrals and sent the family a letter, in "
    "English, about domestic abuse support services, including Welsh Women's Aid. The "
    "matter was closed with no further action. Mrs Prydderch was not contacted. The letter "
    "was addressed to 'Mr and Mrs Shwany'.",
    # 11
    "In December 2022 Mr Shwani's Universal Credit was reduced after a change in his hours "
    "at the car wash, where the men called him 'kaka' (brother) and his manager knew him "
    "as Karo. The family were referred by the Hawre Kurdish Community Association to St "
    "Cynfelin's Food Bank and were given Lidl vouchers. A volunteer at Hawre, Sozan, told "
    "the author that Shno came alone to the women's group twice and 'did not want to go "
    "home'. The British Red Cross had earlier helped the family with their refugee status "
    "papers.",
    # 12
    "On 16 January 2023 Dr Howells saw Rozhîn with a cough and pallor; blood tests showed "
    "iron deficiency anaemia. Follow-up appointments at Gwaun Hir on 2 February and "
    "1 March 2023 were missed and were coded as 'did not attend' rather than Was Not "
    "Brought. A text to the number on file, 07700 900417, was not answered. GP1 wrote to "
    "the family at Flat 3, 27 Carreg Wen Terrace in English.",
    # 13
    "The family celebrated Newroz on 21 March 2023 with other Kurdish families at a picnic "
    "organised by the Hawre Kurdish Community Association; photographs from the day were "
    "later found on Mrs Shwani's Instagram account, @shno_rozhi_94, and on Mr Shwani's "
    "Facebook page, facebook.com/karwan.shwani.89. The Ramadan fast began two days "
    "later. On 27 March 2023 Aram told Mrs Lloyd-Price that after the Newroz picnic his "
    "father pushed his mother against the wall and that Rozhîn, who was in her arms, hit "
    "her head. Siân Lloyd-Price made a referral to Children's Services the same day, as "
    "the duty to report under section 130 of the Social Services and Well-being (Wales) "
    "Act 2014 requires.",
    # 14
    "A Strategy Discussion was held on 28 March 2023 between SW1, a DS from the Public "
    "Protection Unit, HV1 and Heol Iris Primary School. It was agreed that a single-agency "
    "Section 47 enquiry under the Children Act 1989 would be led by Children's Services. "
    "Mr Beynon and PC Tudball visited on 29 March 2023. No Sorani interpreter could be "
    "found at short notice, and Mr Sardar Hawezi, who was at the flat, interpreted; he was "
    "described as a family friend. Mrs Shwani denied that she had been pushed and said "
    "Aram had 'a big imagination'. Rozhîn was seen briefly on her mother's lap. The "
    "children were not spoken to alone.",
    # 15
    "As part of the enquiry SW1 telephoned the father's employer, Mr Bakhtiyar Faraj, "
    "who owns Shinewell Hand Car Wash. Mr Faraj said that Karwan worked from seven in the "
    "morning until after eight at night, six days a week, and was 'a good worker who never "
    "complains'. The car wash's TikTok account, @karo.carwash.cdf, is run by Mr Shwani. "
    "Mr Shwani's car, a grey estate, registration CU19 KWZ, was recorded by the police as "
    "CU19KWZ. His National Insurance number, QQ 48 73 21 B, was taken from his Universal "
    "Credit claim and entered on the police system as QQ487321B.",
    # 16
    "The Section 47 enquiry concluded on 13 April 2023 that the threshold for an initial "
    "child protection conference was not met and that the family should have a care and "
    "support assessment. Mr Shwani was told of the outcome by telephone in English. Eid "
    "al-Fitr fell on 21 April 2023 and the family visited Mrs Shwani's brother, Hemin "
    "Mahmood, at 9 Cae Pwll Close, Tremorfa, CF24 2JN, on the Trem y Môr estate (spelt "
    "Trem y Mor in the council's housing records), where they ate dolma.",
    # 17
    "In May 2023 the father's mother, Galawêj Hama Amin, arrived from Qaladize on a visitor "
    "visa and stayed in the flat. The children called her dapîr; the nursery recorded her "
    "as 'Nan Galawej'. When HV1 visited on 17 May 2023 she counted six people and the cat, "
    "Bafrin, in two bedrooms, with black mould in the children's room. Rozhîn was sleeping "
    "in her parents' bed. Galawêj told HV1, through a Language Line Sorani interpreter, "
    "that 'a wife must be patient'. The HV record of that visit uses the initials R.K.S. "
    "throughout and the child's name is misspelt Rojin in the summary.",
    # 18
    "On 6 June 2023 the care and support assessment recommended a step-down to Families "
    "First and a Team Around the Family. Mr Shwani declined on the family's behalf, "
    "saying in a WhatsApp message that they had help from the "
    "mosque. The mamosta at the Sarchinar "
    "Mosque, Mr Rêbwar Qadir, told the author that the family were regular at Friday "
    "prayers and that he had not known of any difficulty; Rebwar said he would have helped "
    "if asked, as a faith leader often does. The case was closed by Children's Services on "
    "20 June 2023.",
    # 19
    "On 8 July 2023 Mrs Shwani attended the Emergency Unit at the University Hospital of "
    "Wales with a swollen wrist, saying she had slipped on a wet floor. She came with Mr "
    "Shwani, who gave the history. The Ask and Act routine enquiry required by the "
    "Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015 was not "
    "made. The hospital record lists her as Shno Mahmood-Shwani (S.M-S.) with the "
    "husband's email, karwan.shwani@example.org, as the contact. On 2 August 2023 Hemin "
    "rang the Health Visiting Service from 07700 900193 to say he was worried that his "
    "sister 'is not allowed out'; the message was passed to HV1, who was on leave.",
    # 20
    "Rozhîn returned to Tŷ Gwenyn Day Nursery on 5 September 2023 after the summer. NKW1 "
    "noted that she had lost weight, flinched when an adult raised a hand near her, and had "
    "a fresh mark on her wrist; she said 'Baba angry'. On 18 September 2023 Mr Shwani brought her to "
    "the Emergency Unit at dawn with scalds to both feet, saying she had climbed into a hot "
    "bath two days earlier and had been given Calpol. She was transferred to Noah's Ark "
    "Children's Hospital for Wales, where a skeletal survey found a healing fracture of "
    "the left forearm. A Strategy Discussion was held the same day and RKS was placed on "
    "the Child Protection Register in October 2023. K.S. was arrested and later released "
    "on bail.",
]

ANALYSIS = [
    "Language was the thread running through this case. Mrs Shwani, born 2nd September 1994 and only "
    "five years in Wales, was almost never heard in her own words: she was interpreted by a child (Aram, aged nine), by her husband, by "
    "a family friend and by an Arabic interpreter she could not understand. The alert "
    "INTERPRETER NEEDED: SORANI, NOT ARABIC sat on the child health record but was not "
    "shared with Gwaun Hir Surgery, South Wales Police or Children's Services, and Welsh "
    "Government guidance on interpreting was not followed. The review heard that Language Line does offer Sorani but that it must be booked by dialect, and "
    "that staff did not know this. When Sardar Hawezi interpreted on 29 March 2023, no one "
    "asked who he was; he was later found to be a close friend of Karwan from work.",
    "Practitioners saw each event on its own. The mark on Rozhîn's cheek at Ty Gwenyn, "
    "Aro's disclosure at Heol Iris Primary School, Mrs Prydderch's call, the missed blood "
    "tests and Shno's wrist injury were known to five different agencies, and no single "
    "practitioner held all of them. The Wales Safeguarding Procedures expect agencies to "
    "share information when they have concerns, and the review found that staff were "
    "uncertain whether a 'low-level' concern met the duty under section 130.",
    "The father's long hours at Shinewell were understood as a sign of a hard-working "
    "family rather than of a household under strain. Mr Faraj's account of Karo as 'a good "
    "worker' was accepted as evidence of a stable home. Similarly the Shwanis' ties to the "
    "Sarchinar Mosque and the Hawre association were seen as protective, though no one "
    "asked those contacts what they knew. The faith leader, the food bank and the women's "
    "group at Hawre each held part of the picture.",
    "The Ask and Act duty was not used at the GP practice, at the Emergency Unit or by "
    "police. On each occasion Karwan Rasul Shwani was present and spoke for his wife. The "
    "review heard from Welsh Women's Aid that women who have recently arrived and do not "
    "speak English are at particular risk of coercive control, and that the presence of a "
    "husband as interpreter should itself prompt a private conversation. The DASH completed "
    "by PC1 in the doorway at Carreg Wen was not a safe basis for a standard risk grading, "
    "and the case was never discussed at MARAC.",
    "Missed health appointments were coded as 'did not attend'. For a child of two, that "
    "is a Was Not Brought episode and a safeguarding question, not an administrative one. "
    "The GP record still held the Home Office address, 12 Brynheulog St, beside the new one, "
    "and a date of birth entered as February 6, 2020 in an American-format field. "
    "Letters sent in English to Flat 3, 27 Carreg Wen Terrace and one returned for want of "
    "the full postcode (CF24 0QX) were treated as proof that the family had been told.",
    "The Section 47 enquiry did not see the children alone, did not speak to Heol Iris "
    "about Aram's wider presentation, and did not check with Tŷ Gwenyn about the October "
    "mark. The review recognises that national reviews after the deaths of Victoria "
    "Climbié and Arthur Labinjo-Hughes, and Lord Laming's report, have made the same "
    "point: the child must be seen and heard. It was not only Rozhîn who was unseen; Lana "
    "('Lulu' at home) was not mentioned in any agency record after October 2022.",
    "The family's culture was sometimes used as an explanation rather than explored. "
    "Galawêj's remark that 'a wife must be patient' was recorded but not discussed with "
    "Mrs Shwani. Practitioners told the review they were anxious not to seem to judge a "
    "Kurdish family, and that this made them slower to ask direct questions. The review "
    "found no evidence that Newroz, Ramadan or Eid al-Fitr were in any way linked to the "
    "harm; they are noted only because they fix the dates of Aram's account.",
]

LEARNING = [
    "Learning 1: a professional interpreter in the right language and dialect must be "
    "used for every assessment, including DASH, Ask and Act and any Section 47 visit. "
    "Family members, friends such as Mr Hawezi and children such as Aram Shwani must never "
    "interpret. The Sorani alert raised by Ffion Treharne should have travelled with the "
    "family to every agency.",
    "Learning 2: minor injuries to a pre-school child, such as the mark seen by Leanne "
    "Gatehouse at Tŷ Gwenyn Day Nursery, should be shared with the health visitor and, "
    "where the explanation is given through a third party, discussed with Children's "
    "Services. NSPCC guidance and the Wales Safeguarding Procedures both support this.",
    "Learning 3: where a father is the only adult who speaks English, practitioners should "
    "make a deliberate plan to see the mother alone with an interpreter. Mr Shwani's "
    "presence at Gwaun Hir, at the Emergency Unit and at the door of the flat in Adamsdown "
    "should have been a prompt, not a convenience.",
    "Learning 4: community and faith organisations hold knowledge that agencies need. The "
    "women's group at the Hawre Kurdish Community Association and the food bank saw Shno "
    "Mahmood more often than any health professional, and the mamosta at the Sarchinar "
    "Mosque had regular contact with the father.",
    "Learning 5: a concern should not be closed on the basis of a letter. Rhodri Beynon "
    "closed the November 2022 notice after writing to the family in English. A "
    "practitioner who reads the whole history - the neighbour Glenys Prydderch, the "
    "school, the nursery and the GP - would have seen a pattern.",
]

RECOMMENDATIONS = [
    ("Cardiff and Vale University Health Board, South Wales Police and Cardiff Council "
     "Children's Services should ensure that a language and dialect alert such as the one "
     "raised for Rozhîn Shwani is shared across agencies and that family members never "
     "interpret",
     "Audit interpreter use in assessments and add a dialect field to referral forms",
     "Head of Safeguarding, Cardiff and Vale University Health Board", "31-05-2024"),
    ("Flying Start settings, including Tŷ Gwenyn Day Nursery, should refer unexplained "
     "marks on a pre-school child to the health visitor and seek advice from Children's "
     "Services",
     "Brief all Flying Start staff on the Wales Safeguarding Procedures for bruising",
     "Flying Start Manager", "31-03-2024"),
    ("All agencies should make a routine Ask and Act enquiry with the mother alone, with a "
     "professional interpreter, where a partner such as Mr Shwani speaks for her",
     "Include Ask and Act with interpreters in regional multi-agency training",
     "Regional Safeguarding Board Business Manager", "30-06-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="CONFIDENTIAL - Rozhîn SHWANI (Rozhi), DOB 06/02/2020, Flat 3, 27 Carreg Wen Terrace, Adamsdown CF24 0QX - NHS No 472 915 3386",
    footer="Author: Ffion Treharne (HV1), Cardiff and Vale University Health Board - ffion.treharne@example.org - CVSB-2023-014",
    comment="Check with Rhodri whether anyone spoke to Bakhtiyar at Shinewell before closing - and was Sardar Hawezi really just a friend of Karo's?",
    footnote="Hemin Mahmood (07700 900193) says Shno was not allowed to attend the Hawre women's group after Newroz 2023.",
)
