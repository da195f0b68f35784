# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 97): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "SCSP-2023-097"

CASE_TOML = """\
reference = "SCSP-2023-097"
review = "Child Safeguarding Practice Review"
subject = "Child T"
board = "Sheffield Children Safeguarding Partnership"
period = { from = "12-09-2022", to = "13-11-2023" }
decision = "08-12-2023"
notification = "17-11-2023"

[[agencies]]
name = "South Yorkshire Police"
aliases = ["SYP", "the police"]

[[agencies]]
name = "Sheffield Children's Social Care"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "0-19 Health Visiting Service"
aliases = ["the health visiting service", "0-19 service"]

[[agencies]]
name = "Holm Brook Medical Practice"
aliases = ["Holm Brook surgery", "Holm Brook"]
published_as = "the GP practice"

[[agencies]]
name = "Kestrel Mill Nursery"
aliases = ["Kestrel Mill"]
published_as = "the nursery"

[[agencies]]
name = "Drumul Nou Roma Community Project"
aliases = ["Drumul Nou", "the community project"]
published_as = "the community project"

[[people]]
name = "Lăcrămioara-Maria Boldișor"
aliases = ["Lăcrămioara", "Lăcri", "Lara", "Maria", "Lacramioara", "Lacrimioara", "L-M", "L.M.B.", "LMB"]
role = "child"
pseudonym = "Child T"
born = "17-06-2019"
address = "58 Brindlecote Road, Sheffield S4 8ZW"

[[people]]
name = "Florica Boldișor"
aliases = ["Flori", "Florica Căldăraru", "Florence Caldararu", "F.B."]
role = "mother"
pseudonym = "Mother"
born = "03-02-1998"
address = "58 Brindlecote Road, Sheffield S4 8ZW"

[[people]]
name = "Marian Boldișor"
aliases = ["Bebe", "Marian Boldisor", "M.B."]
role = "father"
pseudonym = "Father"
born = "22-11-1990"
address = "58 Brindlecote Road, Sheffield S4 8ZW"

[[people]]
name = "Ștefan Boldișor"
aliases = ["Stefan", "Fănel"]
role = "sibling"
pseudonym = "Sibling 1"
born = "09-10-2015"
address = "58 Brindlecote Road, Sheffield S4 8ZW"

[[people]]
name = "Denisa Boldișor"
aliases = ["Deni"]
role = "sibling"
pseudonym = "Sibling 2"
born = "02-08-2022"
address = "58 Brindlecote Road, Sheffield S4 8ZW"

[[people]]
name = "Elisabeta Căldăraru"
aliases = ["Veta", "Mrs Caldararu"]
role = "grandmother"
pseudonym = "Maternal Grandmother"
born = "14-05-1969"
address = "Flat 3, 11 Quernmoor Street, Sheffield S5 7ZQ"

[[staff]]
name = "Joanne Halliwell"
code = "HV1"
role = "Health Visitor"
agency = "0-19 Health Visiting Service"

[[staff]]
name = "Kwame Asante-Boateng"
code = "SW1"
role = "Social Worker"
agency = "Sheffield Children's Social Care"

[[staff]]
name = "Dr Priyanka Venkatesh"
code = "GP1"
role = "GP"
agency = "Holm Brook Medical Practice"

[[staff]]
name = "Lindsey Pashley"
code = "NUR1"
role = "Nursery Key Person"
agency = "Kestrel Mill Nursery"

[[staff]]
name = "Gabriela Rostaș"
code = "COW1"
role = "Community Outreach Worker"
agency = "Drumul Nou Roma Community Project"

[[staff]]
name = "Darren Welbourne"
code = "PC1"
role = "Police Constable"
agency = "South Yorkshire Police"
"""

IDENTIFIERS = {
    "names": ["Lăcrămioara-Maria Boldișor", "Lăcrămioara", "Maria", "Boldișor", "Boldișors",
              "Florica", "Căldăraru", "Marian", "Ștefan", "Stefan", "Denisa", "Elisabeta",
              "Boldisor", "Lacramioara", "Lacrimioara", "Caldararu", "Florence"],
    "nicknames": ["Lăcri", "Lara", "Flori", "Bebe", "Veta", "Fănel", "Deni"],
    "initials": ["L-M", "L.M.B.", "LMB", "F.B.", "M.B."],
    "people_not_in_key": ["Nicușor", "Nicu", "Mirela", "Sorin Albu", "Albu", "Ramona Ciobanu",
                          "Ciobanu", "Brenda Staniforth", "Staniforth", "Arshad Mirza", "Mirza",
                          "Viorel Tănase", "Tănase", "Tanase"],
    "staff": ["Joanne Halliwell", "Joanne", "Halliwell", "Kwame Asante-Boateng", "Kwame",
              "Asante-Boateng", "Priyanka Venkatesh", "Venkatesh", "Lindsey Pashley", "Pashley",
              "Gabriela Rostaș", "Gabriela", "Rostaș", "Rostas", "Darren Welbourne",
              "Welbourne", "Karen Oxley", "Oxley"],
    "streets": ["Brindlecote Road", "Brindlecote Rd", "Quernmoor Street", "Quernmoor St"],
    "estates": ["Tenterfold"],
    "house_numbers": ["58 Brindlecote Road", "Flat 3, 11 Quernmoor Street", "Flat 3"],
    "places": ["Page Hall", "Fir Vale", "Tândărei", "Tandarei", "Ialomița", "Slobozia"],
    "postcodes": ["S4 8ZW", "S4", "8ZW", "S5 7ZQ"],
    "locating_agencies": ["Holm Brook Medical Practice", "Holm Brook", "Kestrel Mill Nursery",
                          "Kestrel Mill", "Drumul Nou", "Haverleigh Primary School", "Haverleigh",
                          "Betania"],
    "phones": ["07700 900417", "+44 7700 900863", "01632 960295", "07700900512"],
    "nhs_ni": ["999 012 3456", "9990234567", "QQ 12 34 56 C", "QQ654321A"],
    "emails": ["flori.boldisor@example.com", "bebe.marian90@example.org"],
    "social": ["facebook.com/marian.boldisor.77", "@flori_caldararu98"],
    "dates_of_birth": ["17-06-2019", "17/06/2019", "17.06.19", "17th June 2019", "June 17, 2019",
                       "03/02/1998", "22.11.1990", "9th October 2015"],
    "other": ["YR16 KXF", "IL 21 BOL", "Azorel", "Sclipici Hand Car Wash", "Sclipici",
              "Mirza Lettings"],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children", "Section 47", "Section 17",
    "Child in Need", "Child Protection Plan", "initial child protection conference",
    "strategy discussion", "Early Help", "MASH", "Graded Care Profile 2", "Was Not Brought",
    "Housing Act 2004", "category 1 hazard", "EU Settlement Scheme", "pre-settled status",
    "Home Office", "Universal Credit", "NSPCC", "Child Safeguarding Practice Review Panel",
    "Sheffield Children's Hospital", "Roma Support Group", "Victoria Climbié", "Lord Laming",
    "Star Hobson", "iron deficiency anaemia", "carbon monoxide", "MMR", "Calpol", "WhatsApp",
    "LanguageLine", "Paște", "Crăciun", "International Roma Day", "gaje", "romanipen",
    "mulțumesc", "Romani", "May", "Hope", "Grace", "Mark", "Dawn", "Monday", "DS", "PC",
    "professional curiosity", "Ofsted",
    "DO NOT RELY ON FAMILY MEMBERS TO INTERPRET",
]

INVOLVEMENT = [
    "On Monday 12 September 2022 Florica Boldișor (née Căldăraru), then aged 24, arrived in Sheffield by coach from Tândărei in Ialomița county, Romania, with her partner Marian Boldișor and their three children: Ștefan (born 9th October 2015), Lăcrămioara-Maria (born 17th June 2019) and the baby Denisa, who had been born in Slobozia six weeks earlier. The family moved straight into the home of Florica's mother, Elisabeta Căldăraru, at Flat 3, 11 Quernmoor Street on the Tenterfold estate in Fir Vale, Sheffield S5 7ZQ, a two-bedroom flat that Mrs Căldăraru already shared with her adult son and his wife. Elisabeta, who is known to everyone in the family as 'Veta', had lived in Sheffield since 2021 and held pre-settled status under the EU Settlement Scheme.",
    "On 26 September 2022 Gabriela Rostaș (COW1), the community outreach worker at the Drumul Nou Roma Community Project, met the family at the project's Wednesday drop-in. Gabriela speaks Romanian and some Romani and recorded that Florica, who said she preferred to be called Flori, spoke Romani as her first language and read very little Romanian. Ms Rostaș helped the family to begin applications to the Home Office as joining family members under the EU Settlement Scheme and to claim Universal Credit. Her notes give Flori's mobile as 07700 900417 and Marian's as +44 7700 900863, and an email address, flori.boldisor@example.com, which a cousin, Mirela, had set up for her. Drumul Nou's records spell the surname both BOLDIȘOR and Boldisor, and the project's own staff list gives the worker's name without the diacritic, as Gabriela Rostas.",
    "On 4 October 2022 the family registered with Holm Brook Medical Practice. The registration forms were completed at the reception desk with the help of the cousin Mirela and no interpreter was booked. The mother was registered as 'Florence Caldararu', the English name she had used on an earlier work visit, with a date of birth of 03/02/1998, and the child was registered as 'Lacrimioara Boldisor', a misspelling that stayed on the practice record for the whole review period. The child's NHS number was later recorded as 999 012 3456 on the practice system and as 9990234567 on the 0-19 Health Visiting Service record; the child's date of birth was written as 17/06/2019 on one form and as 17.06.19 on another.",
    "Joanne Halliwell (HV1), health visitor, completed a transfer-in contact at Quernmoor Street on 18 October 2022 for the baby Denisa and used a Romanian telephone interpreter from LanguageLine. Ms Halliwell recorded that the flat was crowded, that eight people were sleeping in two rooms and that the children slept on a mattress on the floor. Flori answered most questions with 'da' or 'mulțumesc' and Joanne later told the review she was not sure how much had been understood. The Graded Care Profile 2 was not used. Lăcrămioara, whom the family called 'Lăcri', was seen playing with a tablet; she had no red book and no record of an MMR vaccination.",
    "On 22 November 2022 Lăcrămioara-Maria was recorded as Was Not Brought to a catch-up immunisation appointment at Holm Brook. A second letter, in English, was posted to the Quernmoor St address. Dr Priyanka Venkatesh (GP1) told the review that the practice did not then have a process for translating letters for families who did not read English, and that text reminders were sent to 07700900512, an old number belonging to Mr Boldișor's brother.",
    "At 01:40 on 17 December 2022 South Yorkshire Police were called to the flat by a neighbour, Mrs Brenda Staniforth, who reported shouting and a child screaming. PC Darren Welbourne (PC1) attended and found that Marian, known in the family as 'Bebe', had argued with his brother Nicușor ('Nicu') about money. No interpreter was used: PC Welbourne asked Ștefan, then aged seven, to interpret for his parents. A public protection notice was submitted recording the children as present and giving Mr Boldișor's date of birth as 22.11.1990. The notice was screened by the MASH and closed with no further action; Mrs Staniforth was not spoken to again.",
    "In January 2023 the Boldișors moved to 58 Brindlecote Road, Page Hall, Sheffield S4 8ZW, a privately rented two-up two-down terraced house let through Mirza Lettings. The landlord, Mr Arshad Mirza, took a cash deposit and no written tenancy was given. The family's dog, a small terrier called Azorel, went with them. Ștefan, whom his mother calls 'Fănel', started at Haverleigh Primary School on 16 January 2023. The school recorded that Stefan's English was good and that he often spoke for his mother at the gate.",
    "On 7 February 2023 Joanne Halliwell visited Brindlecote Road and recorded black mould on the bedroom walls, a broken window in the back bedroom and a gas boiler that the family said 'works some days'. She advised Florica Boldișor to speak to the landlord and gave her a leaflet in English about damp. Ms Halliwell did not make a referral to the council's private housing standards team, which could have inspected the house under the Housing Act 2004; at the review she said she had not known that a category 1 hazard could be enforced against a private landlord.",
    "On 14 March 2023 Dr Venkatesh saw L-M with Flori and a Romanian telephone interpreter. The child was pale and tired and blood tests showed iron deficiency anaemia. Lăcrămioara was referred to the paediatric clinic at Sheffield Children's Hospital, but the family Was Not Brought to the appointments on 11 April and 9 May 2023. The hospital letters were sent to the old Quernmoor Street address, which the practice had not updated. Dr Venkatesh wrote in the notes 'Mum says child eats only bread and tea ? neglect ? poverty'; no safeguarding referral was made.",
    "On Saturday 8 April 2023 Drumul Nou held an International Roma Day event at the Betania Roma Pentecostal Church, where the family worshipped. Gabriela Rostaș saw Lăcri there and noticed that she was thin, that she was coughing and that she wore summer sandals in the rain. The pastor, Viorel Tănase, told Gabriela that Marian had lost his work at the Sclipici Hand Car Wash and that the family had been sending money home to Tândărei. Pastor Tanase, as the church newsletter spells his name, offered food parcels, which the family accepted, and said he had known the Căldăraru family in Tandarei. Gabriela recorded her worry but did not pass it on, because the project had no agreed route for sharing concerns with Children's Social Care and because she feared losing the family's trust.",
    "On 3 May 2023 Joanne Halliwell made a referral to the MASH about the housing conditions, the anaemia and the missed hospital appointments. The referral gave the child's name as 'Lacramioara Boldisor', her date of birth as June 17, 2019, and the address as 58 Brindlecote Road. The MASH decided the case did not meet the threshold for a Child in Need assessment under Section 17 of the Children Act 1989 and passed it to Early Help. The Early Help worker wrote two letters in English to Brindlecote Rd and closed the case on 30 May 2023 when the family did not reply.",
    "From 5 June 2023 Lăcrămioara attended Kestrel Mill Nursery for fifteen funded hours a week; she turned four on 17 June and the nursery held a small party for her. Her key person, Lindsey Pashley (NUR1), recorded that the staff called her 'Lara' because 'the children find her name hard', and that she told them her name was Maria. Ms Pashley noted that L.M.B. arrived hungry on most mornings and ate two breakfasts. Her attendance in June was 58 per cent. Kestrel Mill used the mother's cousin Mirela, who worked at the nursery as a lunchtime assistant, to pass messages to the family.",
    "On 6 July 2023 Haverleigh made a referral to the MASH after Ștefan said at school that there was no electricity at home and that his baby sister Deni had been 'cold all night'. This time the MASH accepted the referral and allocated Kwame Asante-Boateng (SW1), social worker, to complete a Child in Need assessment. Mr Asante-Boateng visited on 17 July 2023 with a Romanian interpreter, Mr Sorin Albu. Florica's answers were short. Mr Albu told Kwame after the visit that he thought Florica had not understood much, that her first language was Romani and that a Romani speaker would be better.",
    "A second visit took place on 2 August 2023 with a Romani interpreter, Mrs Ramona Ciobanu. Through Mrs Ciobanu, Flori said that the boiler had not worked properly since the spring, that the landlord would not answer his phone, and that Marian was working cash-in-hand and was often away. She said the family were afraid that if they complained the landlord would evict them and that 'the gaje take children'. The assessment recorded that the children were 'loved and well cared for within the family's culture', noted F.B.'s fear of authorities, and recommended a Child in Need plan.",
    "The first Child in Need meeting was held on 24 August 2023 at Brindlecote Road. Mrs Ciobanu was not available and Ms Ciobanu's agency sent a Romanian interpreter instead. Gabriela Rostaș was not invited because Children's Social Care did not know that the family used Drumul Nou. The plan required the family to register Denisa for her checks, to take Lăcrămioara to the hospital clinic and to 'report housing disrepair to the landlord'. The social worker wrote to Mr Mirza at an address given by the family; no reply was received. The landlord's number was recorded as 01632 960295.",
    "On 19 September 2023 Lindsey Pashley saw a burn, about the size of a coin, on the back of Lăcrămioara's hand. Flori told the nursery, through the cousin Mirela, that the child had touched the heater. Kestrel Mill Nursery recorded this as an accident and did not tell the social worker. The review found that a portable bottled-gas heater was being used in the children's bedroom at the time because the boiler had stopped working. A photograph on Marian Boldișor's Facebook page, facebook.com/marian.boldisor.77, posted that week showed the heater next to the children's mattress.",
    "In October 2023 the family's silver car, registration YR16 KXF, was stopped by South Yorkshire Police on the A61 and found to have no insurance; a second car kept at the house still carried Romanian plates, IL 21 BOL. Marian gave his email as bebe.marian90@example.org and his National Insurance number as QQ 12 34 56 C; the mother's number was later found to be QQ654321A. On 12 October 2023 Dr Venkatesh saw the child with a cough and headaches and advised Calpol. The GP did not ask how the home was heated.",
    "The second Child in Need meeting on 26 October 2023 was held at the civic offices without an interpreter, and neither parent attended. The social worker noted that the nursery attendance of LMB had fallen to 41 per cent, that the hospital appointments had still not been kept and that the family 'do not engage'. Mr Asante-Boateng planned a visit for 9 November 2023, which did not take place because he was off sick. A message was sent to Flori on WhatsApp and to an Instagram account, @flori_caldararu98, that Mirela had given the nursery.",
    "Early on Monday 13 November 2023 Mrs Căldăraru found Lăcrămioara-Maria Boldișor, aged four, and Denisa drowsy and vomiting at Brindlecote Road. An ambulance took both girls to Sheffield Children's Hospital, where they were treated for carbon monoxide poisoning. Lăcrămioara needed intensive care for five days. The portable heater and a blocked flue were found in the house. A strategy discussion was held the same afternoon; DS Karen Oxley led the police enquiries and Section 47 enquiries began. DS Oxley recorded the child's date of birth as 17-06-2019.",
    "An initial child protection conference on 28 November 2023 placed all three children on a Child Protection Plan under the category of neglect. The family was moved to temporary accommodation outside Page Hall. The partnership notified the Child Safeguarding Practice Review Panel on 17 November 2023, and the Ofsted notification was made the same day. The dog Azorel was taken in by Pastor Tănase.",
]

ANALYSIS = [
    "Every agency knew part of the picture and none knew all of it. The health visitor knew about the mould and the boiler; the GP knew about the anaemia and the cough; Kestrel Mill knew about the hunger and the burn; Haverleigh Primary School knew about the cold; Drumul Nou knew about the lost work and the thin child in sandals. There was little hope that the family would put the picture together for us, because Florica Boldișor did not read English, did not read much Romanian and had learnt in Romania that telling officials about a problem could mean losing her children.",
    "The use of interpreters was the thread running through the whole case. Romanian interpreters were booked for a mother whose first language was Romani, children were used to interpret (Ștefan at the police call-out, the cousin Mirela at the GP and the nursery), and when a Romani interpreter was used, in August 2023, the picture changed at once. The review has been told by the Roma Support Group that this is a common experience for Romanian Roma families. The instruction that should have been on every file was simple: DO NOT RELY ON FAMILY MEMBERS TO INTERPRET.",
    "The spelling of the family's names created a second barrier. The child was Lacrimioara at the GP practice, Lacramioara on the MASH referral, Lara and Maria at the nursery and Lăcrămioara-Maria Boldișor on her Romanian birth certificate. The mother was Florence Caldararu at the GP and Florica Boldișor everywhere else. Searches for the Boldișors on agency systems therefore missed earlier contacts, and the MASH did not link the December 2022 police notice to the May 2023 referral.",
    "Practitioners explained the family's situation by culture rather than by need. The assessment that the children were 'well cared for within the family's culture' drew on a general idea of romanipen and family loyalty and did not ask what the house was like at night. Writing 'the family do not engage' after letters in English and a meeting without an interpreter put the responsibility on Flori and Bebe for what the agencies had not done. Lessons from the Victoria Climbié inquiry, Lord Laming's report and the review of Star Hobson about professional curiosity, and about seeing the child's daily life, apply here.",
    "Housing was the direct cause of the harm. The house at 58 Brindlecote Road had mould, a broken window and an unsafe boiler from at least February 2023. The council has powers under the Housing Act 2004 to inspect and to act on a category 1 hazard, but no practitioner made that referral, and the Child in Need plan asked the family to do what Mr Mirza had already refused to do. There was no grace period in the law for a landlord who lets an unsafe gas appliance; what was missing was anyone who knew to ask.",
    "Community and faith organisations were outside the system. Gabriela Rostaș and Pastor Tănase saw the family more often than any professional and spoke their language, but Drumul Nou had never been told how to raise a concern, and Children's Social Care did not know the project existed. Festivals such as Paște and Crăciun, and the International Roma Day event, were times when the family were seen by many people; the review heard that the family's trust in Gabriela was the strongest relationship any of them had with a helping adult in Sheffield.",
    "The signs of neglect were cumulative. A child who is hungry at nursery, who is pale and anaemic, who has a burn from a heater and who is repeatedly Was Not Brought to hospital does not need a single dramatic event to meet the threshold for a Child in Need or Child Protection response. The Graded Care Profile 2 was never used, although it is available in Sheffield and guidance in Working Together to Safeguard Children expects agencies to look at cumulative harm. The review also notes that the NSPCC has published learning on neglect in families living in poor private rented housing, which none of the practitioners interviewed had read.",
]

LEARNING = [
    "Agencies must book an interpreter in the family's first language, which for many Romanian Roma families is Romani and not Romanian, and must record which language was used. The review heard from Mrs Ramona Ciobanu and Mr Sorin Albu that they are often booked for the wrong language. Children such as Fănel, and relatives such as the cousin Mirela, must not interpret for safeguarding conversations.",
    "Practitioners who see damp, mould, broken heating or the use of portable gas heaters in private rented housing should refer to the council's private housing standards team, and should consider carbon monoxide risk in any home where a child has headaches, vomiting or drowsiness. The cough at dawn and the morning headaches that Kestrel Mill Nursery and the GP recorded in October 2023 may have been early signs; practitioners should mark such symptoms and ask how the home is heated.",
    "Names must be recorded as the family spell them, with diacritics where the system allows, and agencies should search for every known spelling, such as Boldișor, BOLDIȘOR and Boldisor, and for English names such as Florence, before deciding that a family is not known. The child's NHS number should be used on every referral.",
    "Community organisations such as Drumul Nou, and the faith leaders who support Roma families in Page Hall and Fir Vale, need a clear and simple route to share worries with the MASH, and need to be invited to Child in Need meetings where the family agree. Gabriela's knowledge of the family would have changed the assessment.",
    "Letters in English are not a way of engaging a family who do not read English. Before a case is closed for 'non-engagement' after Early Help or health letters, a practitioner should check that the family received and understood the letter, by a visit with an interpreter if necessary. Veta, the maternal grandmother, told the review that she had put several letters aside in May because no one in the house could read them.",
]

RECOMMENDATIONS = [
    ("All partner agencies, including Holm Brook Medical Practice and Kestrel Mill Nursery, should record each family member's first language and book Romani interpreters where it is needed, as it was for the Boldișor family",
     "Audit interpreter bookings for Roma families across health, nursery and social care records", "Partnership Business Manager", "31-05-2024"),
    ("The MASH should agree a route for community groups such as Drumul Nou to share concerns, and invite them to Child in Need meetings",
     "Publish a referral guide with the community project and train outreach workers", "Head of the MASH", "30-04-2024"),
    ("Health visitors, GPs and social workers should refer unsafe private rented housing to the council's private housing standards team",
     "Add a housing hazard prompt to health and social care assessments", "Designated Nurse for Safeguarding", "30-06-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="CONFIDENTIAL - Agency report re: Lăcrămioara-Maria BOLDIȘOR (Lăcri), DOB 17/06/2019, 58 Brindlecote Road, Sheffield S4 8ZW",
    footer="Author: Joanne Halliwell, 0-19 Health Visiting Service, Holm Brook base - 01632 960295 - NHS no. 999 012 3456",
    comment="Check with Gabriela whether Flori's interpreter on 2 Aug was Ramona Ciobanu (Romani) or Sorin Albu - and ask Bebe about the Sclipici job.",
    footnote="Pastor Viorel Tănase confirmed that Veta and the Boldișors attended the Betania church near Quernmoor St from autumn 2022.",
)
