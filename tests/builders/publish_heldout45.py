"""A held-back publication case, written blind (without sight of the anonymiser): a disabled,
gastrostomy-fed child electively home-educated in rural Cornwall. Every name, address and
number in it is invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "WPSCP-2023-04"
review = "Child Safeguarding Practice Review"
subject = "Child R"
board = "West Peninsula Safeguarding Children Partnership"
period = { from = "01-06-2020", to = "31-10-2022" }
notification = "11-10-2022"
decision = "14-11-2022"

[[agencies]]
name = "Devon and Cornwall Police"
aliases = ["D&C Police", "Police"]

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC", "Cornwall Council Children's Social Care"]

[[agencies]]
name = "Health Visiting and School Nursing Service"
aliases = ["Health Visiting", "0-19 Service"]

[[agencies]]
name = "Community Children's Nursing Team"
aliases = ["CCNT", "CCN Team"]

[[agencies]]
name = "Trevessa Vale School"
aliases = ["Trevessa Vale", "TVS"]
published_as = "the special school"

[[agencies]]
name = "Carnmenna Surgery"
aliases = ["Carnmenna"]

[[agencies]]
name = "Morvoren House Children's Hospice"
aliases = ["Morvoren House"]
published_as = "the children's hospice"

[[people]]
name = "Elowen Penhallow"
aliases = ["Elowen", "Ellie", "EP"]
role = "Child"
pseudonym = "Child R"
born = "14-03-2012"
address = "Chy-an-Gwel, Bal Lane, Trenwheal, TR27 6ZQ"
sex = "female"

[[people]]
name = "Kerensa Penhallow"
aliases = ["Kerensa", "Kez", "Ms Penhallow"]
role = "Mother"
pseudonym = "Parent 1"
born = "22-07-1986"
address = "Chy-an-Gwel, Bal Lane, Trenwheal, TR27 6ZQ"
sex = "female"

[[people]]
name = "Locryn Trezise"
aliases = ["Mr Trezise"]
role = "Father"
pseudonym = "Parent 2"
born = "03-11-1981"
address = "Flat 3, 12 Ferryman's Row, PL12 6ZR"
sex = "male"

[[people]]
name = "Jory Penhallow"
aliases = ["Jory"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "30-01-2009"
address = "Chy-an-Gwel, Bal Lane, Trenwheal, TR27 6ZQ"
sex = "male"

[[people]]
name = "Łukasz Wójcik"
aliases = ["Łukasz", "Mr Wójcik"]
role = "Mother's partner"
pseudonym = "Adult L"
born = "19-08-1983"
sex = "male"

[[people]]
name = "Loveday Penhallow"
aliases = ["Nan Loveday"]
role = "Maternal grandmother"
pseudonym = "Adult G"
born = "05-05-1958"
sex = "female"

[[staff]]
name = "Gwen May"
code = "CCN1"
role = "Community Children's Nurse"
agency = "Community Children's Nursing Team"

[[staff]]
name = "Ruan Spargo"
code = "GP1"
role = "General Practitioner"
agency = "Carnmenna Surgery"

[[staff]]
name = "Ysella Hope"
code = "HT1"
role = "Headteacher"
agency = "Trevessa Vale School"

[[staff]]
name = "Senara Tonkin"
code = "SW1"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Daniel Hext"
code = "PC1"
role = "Police Constable"
agency = "Devon and Cornwall Police"
"""

IDENTIFIERS = {
    "key_name": ["Elowen Penhallow", "Elowen", "Kerensa Penhallow", "Kerensa", "Ms Penhallow",
                 "Penhallow", "Penhallows", "Jory Penhallow", "Jory", "Loveday Penhallow",
                 "Locryn Trezise", "Locryn", "Mr Trezise", "Łukasz Wójcik", "Łukasz",
                 "Mr Wójcik"],
    "nickname": ["Ellie", "Lowi", "Kez", "Nan Loveday", "Loveday", "Luke"],
    "misspelling": ["Ellowen", "Penhallo", "Kerenza", "Trezize"],
    "ascii_spelling": ["Lukasz Wojcik"],
    "initials": ["EP", "E.P.", "KP", "K.P."],
    "not_in_key": ["Hedra Chenoweth", "Mrs Chenoweth", "Tamsyn Rowse", "Auntie Tam",
                   "Dr Idris Fenwick", "Dr Fenwick"],
    "staff_name": ["Ysella Hope", "Mrs Hope", "Gwen May", "Nurse May", "Dr Ruan Spargo",
                   "Dr Spargo", "Senara Tonkin", "PC Daniel Hext", "PC Hext"],
    "address": ["Chy-an-Gwel", "Bal Lane", "Trenwheal", "Ferryman's Row"],
    "postcode": ["TR27 6ZQ", "TR27", "6ZQ"],
    "agency_place": ["Trevessa Vale School", "Trevessa Vale", "Carnmenna Surgery", "Carnmenna",
                     "Morvoren House"],
    "number": ["999 041 7762", "07700 900417", "01632 960284", "CR/22/0448"],
    "email": ["kez.penhallow@example.org"],
    "social_media": ["Elowen's Journey", "@lowis_journey"],
    "date_of_birth": ["14/03/2012", "14th March 2012", "22/07/1986"],
}

ORDINARY = [
    "Working Together to Safeguard Children 2018",
    "Children Act 1989",
    "section 47",
    "Education Act 1996",
    "elective home education",
    "Perplexing Presentations",
    "Royal College of Paediatrics and Child Health",
    "Dravet syndrome",
    "buccal midazolam",
    "Royal Cornwall Hospital",
    "Bristol Royal Hospital for Children",
    "Together for Short Lives",
    "Victoria Climbié",
    "Khyra Ishaq",
    "Dylan Seabridge",
    "Lord Laming",
    "Child Safeguarding Practice Review Panel",
    "WAS NOT BROUGHT",
    "MASH",
    "Flora Day",
    "St Piran's Day",
    "May half-term",
    "Graded Care Profile 2",
    "Education, Health and Care plan",
    "Signs of Safety",
    "Department for Education",
    "WhatsApp",
    "GoFundMe",
    "Nutricia Homeward",
    "Jack Russell",
    "Year 5",
    "Detective Sergeant",
    "South Western Ambulance Service",
    "in the hope that",
    "personal health budget",
    "SUDEP",
    "PEG",
    "Makaton",
    "COVID-19",
    "Devon and Cornwall Police",
]

INVOLVEMENT = [
    "Elowen Penhallow (Child R, born 14/03/2012) is the younger of two children of Kerensa "
    "Penhallow (born 22/07/1986). Through the review period she lived with her mother and her "
    "half-brother, Jory Penhallow, at Chy-an-Gwel, Bal Lane, Trenwheal, a cottage at the end of "
    "an unadopted track in the TR27 area, some forty minutes by car from the Royal Cornwall "
    "Hospital. Elowen has Dravet syndrome, a severe genetic epilepsy, with a profound learning "
    "disability and no speech; she uses a few Makaton signs and has been fed through a PEG since "
    "she was four. Ms Penhallow was her main carer and, from 2019, was also paid as her carer "
    "from a personal health budget. Elowen's father, Locryn Trezise, lives in a flat on "
    "Ferryman's Row and had fortnightly contact until the first national lockdown for COVID-19.",

    "Elowen was on the roll of Trevessa Vale School, a special school for pupils aged two to "
    "nineteen, from Reception, and was in Year 5 when schools closed in March 2020. She was on "
    "the shielding list as clinically extremely vulnerable and did not return in September "
    "2020. The headteacher, Ysella Hope, offered a phased return with the school nurse from the "
    "Health Visiting and School Nursing Service in the room, in the hope that Elowen would be "
    "back by Christmas. On 11 January 2021 Kerensa emailed the school from "
    "kez.penhallow@example.org to say that she was taking 'Ellie' off roll to educate her at "
    "home. Trevessa Vale removed E.P. from its roll that day and told the elective home "
    "education team; nobody sought the consent the local authority must give before a child at "
    "a special school leaves its roll, and her Education, Health and Care plan was not "
    "reviewed. The school's record gives her father's name as 'Mr Trezize'.",

    "Elowen's epilepsy was managed by Dr Idris Fenwick, consultant paediatric neurologist at "
    "the Bristol Royal Hospital for Children, with dietetic and gastrostomy clinics at the "
    "Royal Cornwall Hospital. Between February 2021 and August 2022 she WAS NOT BROUGHT to "
    "eleven of fourteen appointments. Each was coded 'did not attend' and followed by a letter "
    "to the family and to Carnmenna Surgery, several of them addressed to 'Ellowen Penhallo'. "
    "The GP, Dr Ruan Spargo, did not see the letters as a pattern and no one at the surgery "
    "spoke to Ms Penhallow about them. Repeat prescriptions of buccal midazolam and of feed "
    "went on being issued and were collected, more than once, by a neighbour, Hedra Chenoweth. "
    "Nutricia Homeward went on delivering feed to Chy-an-Gwel, TR27 6ZQ, although its nurse had "
    "not seen Elowen since 2020; the delivery notes for 2022 give the postcode only as 6ZQ.",

    "The Community Children's Nursing Team planned monthly home visits to change Elowen's "
    "balloon gastrostomy and to weigh her. Nurse Gwen May visited on 20 April 2021 and found "
    "the stoma red and leaking and E.P. weighing 19.2 kg, below the second centile. Of the next "
    "twelve planned visits, nine were cancelled by WhatsApp messages from 07700 900417, the "
    "mother's mobile, giving Lowi's seizures, Jory's exams or a cold in the house as the "
    "reason; at two more nobody came to the door and a Jack Russell barked inside. When Nurse "
    "May did see her, in May half-term 2022, Elowen was in bed and K.P. said she had just had a "
    "seizure and should not be moved; the nurse recorded that the room was cold and that there "
    "was no seizure diary. The team's notes use 'KP' and 'EP' throughout.",

    "Morvoren House, the children's hospice, had offered Elowen short breaks of eight nights a "
    "year and a named family support worker since 2018; staff remember her at Flora Day in "
    "2019, dancing in her wheelchair at the hospice's stall. The family used the hospice until "
    "December 2020. From then on Ms Penhallow declined every stay, saying she would not risk "
    "Elowen catching COVID-19 and that Nan Loveday, the maternal grandmother Loveday Penhallow, "
    "was helping her. The support worker kept in touch on 01632 960284, the family's landline, "
    "and saw Elowen only on video calls, in which she always seemed to be asleep. In June 2022 a "
    "family friend, Tamsyn Rowse, whom Elowen knew as Auntie Tam, told the hospice that Kez was "
    "'not coping' and that the feeds were being watered down to make them last. The hospice "
    "passed this to the community nurses but made no referral to children's social care.",

    "On 27 June 2022 Mrs Chenoweth rang the MASH to say that she had not seen the girl outside "
    "for months. A social worker, Senara Tonkin, visited the next day with PC Daniel Hext of "
    "Devon and Cornwall Police, who logged the welfare check as CR/22/0448 with the mother's "
    "name as 'Kerenza Penhallow'. The door was opened by the mother's partner, Łukasz Wójcik, "
    "whom the police log spells Lukasz Wojcik and the school knew as Luke. Elowen was seen in "
    "her bed for two minutes; she was not woken, weighed or undressed. PC Hext noted that the "
    "family ran a Facebook page, Elowen's Journey, which on St Piran's Day had shown her wrapped "
    "in the black and white flag, and an Instagram account, @lowis_journey, with a GoFundMe for "
    "a specialist buggy. The assessment was closed after 21 days as 'mother coping with support "
    "of partner'; Graded Care Profile 2 was not used and no strategy discussion was held. The "
    "Signs of Safety mapping recorded 'Mum is Elowen's expert' as a strength.",

    "On 9 October 2022 Mr Wójcik rang 999 when Elowen had been fitting for more than forty "
    "minutes. The South Western Ambulance Service crew gave buccal midazolam, which the family "
    "had not given, and took her to the Royal Cornwall Hospital, from where she was moved to "
    "the paediatric intensive care unit of the Bristol Royal Hospital for Children. She weighed "
    "15.8 kg and had grade 3 pressure ulcers, an infected gastrostomy site and contractures. A "
    "strategy discussion was held the next day and a Detective Sergeant led a joint section 47 "
    "enquiry under the Children Act 1989. Elowen, the Penhallow family's younger child, now "
    "lives with foster carers trained in her care; her father, Mr Trezise, and her brother see "
    "her every week.",
]

ANALYSIS = [
    "Elowen was unseen for most of the review period, and each agency took comfort from "
    "another. Trevessa Vale School assumed the health services were seeing her; the community "
    "nurses assumed the hospice was; the hospice assumed the school or the GP was. Mrs Hope "
    "told the review that she had 'handed Elowen over to health'. The Child Safeguarding "
    "Practice Review Panel has warned that disabled children are among the least visible, and "
    "the reviews after the deaths of Khyra Ishaq and Dylan Seabridge both found that elective "
    "home education, lawful in itself, took away the one professional who saw the child every "
    "day. For a child who cannot speak, and whose Makaton signs only her mother fully knew, "
    "being seen means being examined, weighed and spoken to alone, not a glimpse from the "
    "bedroom door.",

    "Missed appointments were treated as the family's choice rather than as Elowen's loss. The "
    "Royal College of Paediatrics and Child Health and many trusts now write WAS NOT BROUGHT to "
    "make plain that a child cannot bring herself; at the Royal Cornwall Hospital and at "
    "Carnmenna Surgery the old coding stayed. Dr Spargo told the review that he read each "
    "letter on its own; the Penhallows' record held no alert that Elowen had a life-limiting "
    "condition. The risk of SUDEP in Dravet syndrome made every missed neurology review more "
    "serious, and the steady supply of buccal midazolam was taken as a sign that her seizures "
    "were being managed.",

    "Ms Penhallow's two roles, as mother and as the carer paid from Elowen's personal health "
    "budget, were never looked at together. The budget was reviewed on paper twice; the "
    "timesheets K.P. returned claimed sixty hours of care a week in months when no professional "
    "saw Elowen. Practitioners spoke warmly of Kerensa's devotion, and several accepted "
    "cancellations in the hope that things would settle. The panel considered fabricated or "
    "induced illness and agreed, with the Perplexing Presentations guidance, that this was not "
    "such a case: the harm was neglect of care by a mother who was isolated, unwell and, the "
    "review learnt, drinking heavily after Łukasz lost his job at the end of the daffodil "
    "season.",

    "The call from Hedra Chenoweth was the clearest chance to act. Lord Laming's report on the "
    "death of Victoria Climbié set out, twenty years ago, that a child must be seen and spoken "
    "with; the visit by Senara Tonkin and PC Hext saw Elowen but did not look at her. No one "
    "asked the Community Children's Nursing Team, the hospice or Dr Fenwick what they knew, and "
    "what Tamsyn Rowse had told Morvoren House a fortnight earlier stayed there. Working "
    "Together to Safeguard Children 2018 expects a strategy discussion whenever there is "
    "reasonable cause to suspect significant harm; a disabled child, missed health care and a "
    "neighbour's worry together met that threshold.",
]

LEARNING = [
    "Elective home education of a child with complex health needs must not mean that she is "
    "seen by no one. Elowen Penhallow left Trevessa Vale School in Year 5, lawfully under the "
    "Education Act 1996, but without the consent the local authority should have given and "
    "without a review of her Education, Health and Care plan. The Department for Education's "
    "guidance on elective home education says little about children whose needs are mainly "
    "medical, and the reviews about Khyra Ishaq and Dylan Seabridge show what that silence "
    "costs. When a child like E.P. comes off roll, the school, the GP at Carnmenna Surgery and "
    "the community nurses should meet Ms Penhallow within a month, and Nurse May's weight "
    "record, not a parent's account, should decide whether the child is thriving.",

    "A child who WAS NOT BROUGHT to eleven of fourteen appointments is a child at risk, "
    "whoever holds the letters. The Bristol Royal Hospital for Children and the Royal Cornwall "
    "Hospital wrote to Carnmenna and to Chy-an-Gwel, Bal Lane, Trenwheal; Dr Spargo and Gwen "
    "May each saw part of the picture, while Kerensa's WhatsApp messages cancelled visits by "
    "the dozen. Where a parent such as Kez is also the paid carer from a personal health "
    "budget, its reviews must see the child, and the guidance of the Royal College of "
    "Paediatrics and Child Health on missed care should be followed by every health provider, "
    "as the Child Safeguarding Practice Review Panel has urged nationally. Elowen's Journey "
    "showed the public more of Ellie than any professional saw in 2022.",

    "Professional optimism held the case together for two years. Morvoren House, the "
    "Community Children's Nursing Team and children's social care each recorded Kerensa "
    "Penhallow as devoted and coping, and Signs of Safety mapping put her strengths first. "
    "Graded Care Profile 2, used with the health records, would have shown a child losing "
    "weight, missing care and seen by no professional for months on end.",

    "What people outside the family key told agencies, the neighbour and the friend, was the "
    "most accurate information they had and the least used. Mrs Chenoweth's call and Auntie "
    "Tam's warning to the hospice were not shared; agencies should treat such information as "
    "they would a professional's referral and pass it to the MASH the same day. The work of "
    "Together for Short Lives on families caring at home for children with life-limiting "
    "conditions should shape how the hospice responds when a family declines short breaks.",
]

RECOMMENDATIONS = [
    ("The elective home education team and Trevessa Vale School should agree that no child "
     "with an Education, Health and Care plan, as Elowen had, leaves a special school roll "
     "without local authority consent and a multi-agency meeting within 20 school days, as "
     "the Education Act 1996 and its regulations require",
     "Revise the off-rolling and elective home education protocol; audit every child with a "
     "plan who left a school roll since March 2020",
     "Head of Inclusion", "31-03-2024"),
    ("Carnmenna Surgery, the Royal Cornwall Hospital and the Community Children's Nursing Team "
     "should adopt a WAS NOT BROUGHT policy, so that missed care for a child like E.P. (NHS "
     "number 999 041 7762) with Dravet syndrome is reviewed by the named GP, Dr Spargo, and "
     "the named nurse",
     "Code every missed appointment of a child with a life-limiting condition; audit the "
     "coding each quarter and report to the partnership",
     "Designated Doctor for Safeguarding Children", "30-06-2024"),
    ("Where a parent such as Ms Penhallow is also paid as the carer from a personal health "
     "budget, Morvoren House, children's social care and Devon and Cornwall Police should see "
     "the child at every review and use Graded Care Profile 2 when care is declined, as Lord "
     "Laming urged after the death of Victoria Climbié",
     "Add a seen-the-child step to personal health budget reviews; train hospice, nursing and "
     "social care staff in Graded Care Profile 2",
     "Head of Children's Continuing Care, Integrated Care Board", "30-09-2024"),
]

CASE = HeldOut(
    reference="WPSCP-2023-04",
    case_toml=CASE_TOML,
    identifiers=IDENTIFIERS,
    ordinary=ORDINARY,
    involvement=INVOLVEMENT,
    analysis=ANALYSIS,
    learning=LEARNING,
    recommendations=RECOMMENDATIONS,
    header="RESTRICTED: Child R (Elowen Penhallow), Chy-an-Gwel, TR27 6ZQ",
    footer="Agency report on E.P., born 14th March 2012, of Trenwheal; not for circulation",
    comment="Ask Nurse May whether Kez's WhatsApp messages from 07700 900417 were kept.",
    footnote="Locryn (Mr Trezise) lives on Ferryman's Row; Loveday told him of the admission.",
)
