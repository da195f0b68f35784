# ruff: noqa: E501
"""A held-back publication case, written blind (without sight of the anonymiser) to be run
once, untuned: every name, place, business, number and account in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "SSCP-CSPR-2024-07"

CASE_TOML = """\
reference = "SSCP-CSPR-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child R"
board = "Sandwell Safeguarding Children Partnership"
period = { from = "01-09-2022", to = "31-08-2024" }
notification = "11-06-2024"
decision = "15-07-2024"

[[agencies]]
name = "West Midlands Police"
aliases = ["WMP", "Police"]
report_due = "30-11-2024"

[[agencies]]
name = "Sandwell Children's Trust"
aliases = ["SCT", "Children's Social Care", "CSC"]
report_due = "30-11-2024"

[[agencies]]
name = "Sandwell Health Visiting Service"
aliases = ["Health Visiting", "HV"]

[[agencies]]
name = "Bearwood Crest Academy"
aliases = ["Bearwood Crest", "BCA"]
published_as = "the secondary school"

[[agencies]]
name = "Uplands Brook Surgery"
aliases = ["Uplands Brook"]
published_as = "the GP practice"

[[agencies]]
name = "Brasshouse Children's Centre"
aliases = ["Brasshouse"]

[[people]]
name = "Navroop Kaur Rehal"
aliases = ["Navroop", "Roopi", "NKR"]
role = "Child"
pseudonym = "Child R"
born = "14-09-2007"
address = "41 Pilkington Rise, Smethwick, B66 4QT"

[[people]]
name = "Sukhwinder Kaur Rehal"
aliases = ["Sukhwinder", "Sukhi", "Mrs Rehal"]
role = "Mother"
pseudonym = "Mother"
born = "03-02-1982"
address = "41 Pilkington Rise, Smethwick, B66 4QT"

[[people]]
name = "Balkar Singh Rehal"
aliases = ["Balkar", "Mr Rehal"]
role = "Father"
pseudonym = "Father"
born = "22-11-1978"
address = "41 Pilkington Rise, Smethwick, B66 4QT"

[[people]]
name = "Tejbir Singh Rehal"
aliases = ["Tejbir", "Teji"]
role = "Brother"
pseudonym = "Sibling 1"
born = "30-06-2004"
address = "41 Pilkington Rise, Smethwick, B66 4QT"

[[people]]
name = "Ekamjot Kaur Rehal"
aliases = ["Ekamjot"]
role = "Sister"
pseudonym = "Sibling 2"
born = "11-01-2023"
address = "41 Pilkington Rise, Smethwick, B66 4QT"

[[people]]
name = "Amrit Kaur Rehal"
aliases = ["Biji Amrit"]
role = "Paternal grandmother"
pseudonym = "Grandmother"
address = "41 Pilkington Rise, Smethwick, B66 4QT"

[[staff]]
name = "Carys Hope"
code = "SW1"
role = "Social Worker"
agency = "Sandwell Children's Trust"

[[staff]]
name = "Bethan Christmas"
code = "HV1"
role = "Health Visitor"
agency = "Sandwell Health Visiting Service"

[[staff]]
name = "Lorna Whitlock"
code = "DC1"
role = "Detective Constable"
agency = "West Midlands Police"

[[staff]]
name = "Gareth Tandey"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Bearwood Crest Academy"

[[staff]]
name = "Anjali Mistry"
code = "GP1"
role = "General Practitioner"
agency = "Uplands Brook Surgery"
"""

IDENTIFIERS = {
    "key_name": ["Navroop Kaur Rehal", "Navroop", "Navroop's", "Sukhwinder Kaur Rehal",
                 "Sukhwinder", "Balkar Singh Rehal", "Balkar", "Balkar's",
                 "Tejbir Singh Rehal", "Tejbir", "Ekamjot Kaur Rehal", "Ekamjot",
                 "Amrit Kaur Rehal", "Rehal", "Rehals", "Mrs Rehal", "Mr Rehal",
                 "Mrs Kaur", "Mr B.S. Rehal"],
    "nickname": ["Roopi", "Navi", "Sukhi", "Bally", "Teji", "Ekam", "Biji Amrit"],
    "misspelling": ["Navrup", "Rehaal", "Sukhvinder"],
    "initials": ["NKR", "N.K.R.", "S.K.R.", "BSR", "TSR"],
    "not_in_key": ["Harjot", "Harjot Singh Gill", "Zoë Batham", "Zoe Batham", "Zoë",
                   "Jasvir", "Chacha Jasvir", "Mrs Ghuman", "Giani Sarwan Singh",
                   "Sheru", "Kot Sadhana"],
    "address": ["41 Pilkington Rise", "Pilkington Rise", "Smethwick", "B66 4QT", "B66",
                "4QT", "57 Ettingshall Parade", "Ettingshall Parade", "Wolverhampton",
                "WV4 6QZ", "Cape Hill", "Bearwood"],
    "agency_place": ["Bearwood Crest Academy", "Bearwood Crest", "Brasshouse Children's Centre",
                     "Brasshouse", "Uplands Brook Surgery", "Uplands Brook",
                     "Gurdwara Sahib Sach Khand Darbar", "Sach Khand Darbar"],
    "business": ["Kesar Mithai House", "Kesar Mithai"],
    "number": ["07700 900417", "01632 960283", "20WM/46213R/23", "999 041 7726"],
    "date_of_birth": ["14/09/2007", "14 September 2007", "03/02/1982", "11/01/2023"],
    "email": ["bally.rehal@example.org", "kesarmithai@example.org"],
    "social_media": ["roopi.rehal07", "@roopi_rehal07"],
    "staff_name": ["Carys Hope", "Ms Hope", "Bethan Christmas", "Ms Christmas",
                   "Lorna Whitlock", "DC Whitlock", "Gareth Tandey", "Mr Tandey",
                   "Dr Anjali Mistry", "Dr Mistry"],
}

ORDINARY = [
    "gurdwara", "langar", "Vaisakhi", "Guru Gobind Singh", "Amrit Sanchar",
    "Punjabi interpreter", "Forced Marriage Unit", "Forced Marriage Protection Order",
    "Forced Marriage (Civil Protection) Act 2007",
    "Marriage and Civil Partnership (Minimum Age) Act 2022", "Karma Nirvana",
    "Sikh Women's Aid", "Working Together to Safeguard Children 2023", "section 47",
    "Children Act 1989", "DASH risk checklist", "Victoria Climbié", "Shafilea Ahmed",
    "Lord Laming", "Birmingham Children's Hospital", "Crohn's disease",
    "Staffordshire Bull Terrier", "WhatsApp", "Snapchat", "Air India", "Birmingham Airport",
    "Amritsar", "British High Commission in New Delhi", "Year 11", "GCSE", "Christmas Day",
    "Monday", "in the hope that", "Detective Sergeant", "Designated Safeguarding Lead",
    "CAMHS", "Edinburgh Postnatal Depression Scale", "DO NOT SHARE WITH FAMILY",
    "boxes of mithai", "one chance rule",
]

INVOLVEMENT = [
    "Navroop Kaur Rehal (known at home as Roopi) was born on 14/09/2007 and lived at 41 Pilkington "
    "Rise, Smethwick, B66 4QT with her mother Sukhwinder Kaur Rehal, her father Balkar Singh Rehal, "
    "her brother Tejbir and, from 11/01/2023, her baby sister Ekamjot Kaur Rehal. Her paternal "
    "grandmother, Amrit Kaur Rehal (Biji Amrit), joined the household after Vaisakhi in April 2023, "
    "travelling from the family's village of Kot Sadhana in the Punjab. The family is Punjabi Sikh and "
    "worships at the Gurdwara Sahib Sach Khand Darbar on Cape Hill, where Mr Rehal, who took part in "
    "Amrit Sanchar in 2015, served langar most Sundays and at the Gurpurab of Guru Gobind Singh. Mr "
    "Rehal and his brother Jasvir, who lives in India, own Kesar Mithai House at 57 Ettingshall "
    "Parade, Wolverhampton, WV4 6QZ, where Navroop and Tejbir worked at weekends.",

    "On 19/01/2023 the health visitor, Bethan Christmas, completed the new birth visit for Ekamjot. "
    "Mrs Rehal (recorded as S.K.R.) speaks mainly Punjabi; no Punjabi interpreter was booked and "
    "Navroop, then in Year 10, was kept off school to interpret, including for the Edinburgh Postnatal "
    "Depression Scale, which scored 4. Ms Christmas noted that Navroop looked tired and that she had "
    "Crohn's disease, followed up at Birmingham Children's Hospital. The family dog, a Staffordshire "
    "Bull Terrier called Sheru, was recorded as a home safety point. At the six to eight week review on "
    "06/03/2023 Sukhi, as she asked to be called, said through her daughter that 'everything is fine'. "
    "Neither visit was shared with the GP, Dr Anjali Mistry at Uplands Brook Surgery.",

    "Navroop started Year 11 at Bearwood Crest Academy in September 2023. On Monday 2 October 2023 her "
    "friend Zoë Batham told the Designated Safeguarding Lead, Gareth Tandey, that Navroop had been sent "
    "a photograph of a man called Harjot on WhatsApp and told that a rishta had been agreed by Chacha "
    "Jasvir for when her GCSE examinations finished. Mr Tandey telephoned Mrs Rehal on the shop's "
    "number, 01632 960283, the same afternoon to ask whether there were 'any worries at home'; the "
    "school's entry is headed DO NOT SHARE WITH FAMILY, but it was written after the call. Navroop was "
    "absent for the next four days and her attendance for the autumn term fell to 81%.",

    "The school's referral reached the Multi-Agency Safeguarding Hub on 05/10/2023. No strategy "
    "discussion was held; the social worker, Carys Hope, visited 41 Pilkington Rise on 12/10/2023. Mr "
    "Rehal and Tejbir (Teji) were present throughout and Teji interpreted for his mother and for Biji "
    "Amrit. Navroop, seen in the front room with her father in the doorway, said the man was 'just a "
    "cousin of a cousin' and that nobody was forcing her. Ms Hope closed the assessment on 20/10/2023 "
    "with no further action, in the hope that the school would 'keep an eye'. The record holds the "
    "child as Navrup Rehaal, so a later check found no history, although the family had lived at two "
    "other addresses in B66.",

    "On Christmas Day 2023 at 22:40 police were called by a neighbour, Mrs Ghuman, to shouting at the "
    "house. Officers found Navroop with a cut lip; she said that Tejbir Singh Rehal (TSR) had pushed "
    "her after finding messages from Zoë on her phone. DC Lorna Whitlock completed a DASH risk "
    "checklist, graded it standard and recorded the incident under crime reference 20WM/46213R/23; the "
    "log names the father as BSR. Navroop's phone had been taken by her father. DC Whitlock viewed her "
    "Snapchat account, roopi.rehal07, and an Instagram account, @roopi_rehal07, on 27/12/2023, but the "
    "notification to children's social care did not mention marriage. A Detective Sergeant reviewed "
    "the log and finalised it as a family argument.",

    "On 08/02/2024 Mr B.S. Rehal asked Uplands Brook for travel vaccinations for NKR and a letter "
    "saying that her Crohn's disease would not stop her flying to India in July; the practice holds "
    "her mother as Sukhvinder Kaur and the father's email as bally.rehal@example.org. Dr Mistry saw "
    "Navroop alone for two minutes; she was tearful and asked whether 'a doctor can say I am not well "
    "enough to go'. The consultation was coded as low mood and a CAMHS referral was made, but the "
    "question about travel was not shared. On 14/03/2024, at a stay and play session with Ekam at the "
    "Brasshouse Children's Centre, Sukhwinder told a Punjabi-speaking family support worker that "
    "'Balkar's family have already given their word', and that boxes of mithai had been handed round "
    "at a roka led by Giani Sarwan Singh at the gurdwara. The worker recorded 'family matter, mum not "
    "asking for help'.",

    "In May 2024 Navroop missed two GCSE papers. On 03/06/2024 she rang Karma Nirvana from a school "
    "computer and said that flights with Air India from Birmingham Airport to Amritsar had been booked "
    "for 19/07/2024 through the shop's account, kesarmithai@example.org. Karma Nirvana contacted the "
    "Forced Marriage Unit, which alerted the British High Commission in New Delhi and the police. On "
    "09/06/2024 Navroop was admitted to hospital after a serious overdose. A section 47 enquiry under "
    "the Children Act 1989 began the same day, a Forced Marriage Protection Order under the Forced "
    "Marriage (Civil Protection) Act 2007 was made on 14/06/2024, and the passports of Navroop, Tejbir "
    "and Mr Rehal were surrendered. She is now supported by Sikh Women's Aid; her mobile, 07700 "
    "900417, is held by her carer.",
]

ANALYSIS = [
    "Every agency that met the Rehal family met it through someone else's voice. Navroop interpreted "
    "for her mother at the new birth visit; Teji interpreted for the social worker; Balkar answered "
    "for his daughter at the surgery. None of the practitioners asked for a Punjabi interpreter "
    "independent of the family and its community, although the multi-agency statutory guidance on "
    "forced marriage says that family members must never interpret. Some staff told the review they "
    "feared a professional interpreter might worship at the same gurdwara; that is a reason to use a "
    "telephone service from elsewhere in England, not a reason to use the child.",

    "The call from Mr Tandey to Sukhwinder Kaur Rehal on Monday 2 October 2023 is the single most "
    "important moment in this review. The one chance rule exists because approaching the family can "
    "lead to a child being taken abroad sooner, or harmed; the policy of Bearwood Crest Academy "
    "repeated the guidance, but its Designated Safeguarding Lead had not been trained since 2019. After "
    "the call Navroop's phone, and her friendship with Zoë Batham, were taken from her. The name "
    "Harjot Singh Gill, which Zoë gave, was never checked with the Forced Marriage Unit.",

    "The assessment by children's social care was closed after one visit in which Navroop was never "
    "seen alone. Practitioners recorded that the Rehals were 'respected at the gurdwara' and 'run a "
    "successful business in Wolverhampton', as if standing in the community protected the child. Since "
    "the Marriage and Civil Partnership (Minimum Age) Act 2022, any conduct meant to cause a child "
    "under 18 to marry is an offence, wherever the wedding takes place; no agency recorded that the "
    "planned wedding in India would be a crime. Because the record spelt her Navrup Rehaal, the CAMHS "
    "referral in February 2024 was not matched to the October referral.",

    "The police response on Christmas Day saw an assault on a child by her adult brother and treated "
    "it as a family argument. The DASH risk checklist was built for adult intimate partner abuse and "
    "asks nothing about planned travel or honour; the Detective Sergeant did not read what Navroop had "
    "told officers about the messages. The lessons of the murder of Shafilea Ahmed, and of Lord "
    "Laming's inquiry into the death of Victoria Climbié, about hearing the child directly, were cited "
    "by every agency at the practitioner event and applied by none in this case.",
]

LEARNING = [
    "Learning 1: when a child such as Navroop (NKR) speaks about a marriage, the one chance rule "
    "applies. The call from Bearwood Crest to Mrs Rehal, and the visit to Pilkington Rise with Mr Rehal "
    "and Teji in the room, show that practitioners did not treat a forced-marriage concern as a child "
    "protection matter needing a strategy discussion and a section 47 enquiry. Working Together to "
    "Safeguard Children 2023 and the multi-agency statutory guidance are clear: do not approach the "
    "family, see the child alone, consult the Forced Marriage Unit and Karma Nirvana the same day, and "
    "consider a Forced Marriage Protection Order long before flights are booked with Air India from "
    "Birmingham Airport to Amritsar, as they were for Roopi and her father.",

    "Learning 2: a family member must never be the interpreter. Ekamjot's health visitor, Ms "
    "Christmas, used Navroop, then aged 15, to interpret the Edinburgh Postnatal Depression Scale for "
    "Sukhwinder; Tejbir interpreted for Biji Amrit; Balkar spoke for his daughter at Uplands Brook "
    "Surgery. An independent Punjabi interpreter, from outside the community of the Sach Khand Darbar "
    "gurdwara and Kesar Mithai House, must be booked for every contact where a child may be at risk. "
    "Staff told the review they had been reluctant to ask personal questions around Vaisakhi and before "
    "Christmas Day; respect for faith and festivals is never a reason to wait, and Karma Nirvana and "
    "Sikh Women's Aid both offer advice to professionals.",

    "Learning 3: records must carry the child's name as the family spells it and every other spelling. "
    "Navroop appeared as Navrup Rehaal in social care, as the daughter of Mrs Kaur on the GP system and "
    "as N.K.R. in the police log, and the Multi-Agency Safeguarding Hub could not join them up. "
    "Agencies should record known aliases, nicknames such as Roopi and Navi, and family members abroad "
    "such as Chacha Jasvir in Kot Sadhana, and share the screenshots Zoë gave of messages from Harjot.",

    "Learning 4: a child's long-term condition can be used to control her. Navroop's Crohn's disease "
    "and her appointments at Birmingham Children's Hospital explained away her absences from Year 11, "
    "and nobody asked whether the request from Mr Rehal for a fit-to-fly letter in February 2024 was "
    "linked to the October concern. A request for a travel letter about a child already the subject "
    "of a forced-marriage concern should be shared with the Designated Safeguarding Lead and children's "
    "social care the same day.",
]

RECOMMENDATIONS = [
    ("The Partnership should make sure every school, surgery and children's centre, including "
     "Bearwood Crest Academy, Uplands Brook Surgery and Brasshouse, knows the one chance rule and never "
     "contacts the family of a child like Navroop Rehal when a forced marriage is suspected",
     "Multi-agency briefing with Karma Nirvana and Sikh Women's Aid; audit of Designated Safeguarding "
     "Lead training in every secondary school",
     "Partnership Business Manager", "31-03-2025"),
    ("All agencies should book an independent Punjabi interpreter, never a relative such as Tejbir or "
     "Navroop's mother or a worshipper from the Cape Hill gurdwara, for any contact where a child may "
     "be at risk, and record the reason for any exception",
     "Interpreting policy revised; spot audit of 20 records per agency",
     "Designated Nurse for Safeguarding Children", "30-06-2025"),
    ("West Midlands Police and Sandwell Children's Trust should hold a strategy discussion and consult "
     "the Forced Marriage Unit on every forced-marriage concern, which did not happen after Christmas "
     "Day 2023 at 41 Pilkington Rise, and should apply the Marriage and Civil Partnership (Minimum Age) "
     "Act 2022 to planned weddings abroad",
     "Revise the MASH forced marriage pathway; add travel and honour questions to the DASH risk "
     "checklist supplement",
     "Detective Superintendent, Public Protection", "30-09-2025"),
]

CASE = HeldOut(
    REFERENCE,
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="RESTRICTED - SSCP-CSPR-2024-07 - Navroop Rehal - Bearwood Crest Academy agency report",
    footer="Author: Gareth Tandey, DSL. Family address 41 Pilkington Rise, Smethwick B66 4QT; "
           "shop Kesar Mithai House, WV4 6QZ",
    comment="Ms Hope to confirm whether Bally booked the flights from bally.rehal@example.org, and "
            "whether Harjot lives in Canada or India.",
    footnote="Dates of birth from the school record: Navroop 14 September 2007, Sukhwinder "
             "03/02/1982; NHS number 999 041 7726. The statement of Zoe Batham was taken by DC Whitlock.",
)
