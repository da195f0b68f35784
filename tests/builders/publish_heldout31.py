"""Held-back publication case 31, written blind (without seeing the anonymiser): an
unaccompanied asylum-seeking child in a Midlands city; every name, place, number and
date in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "WSCP-CSPR-2024-02"

CASE_TOML = '''reference = "WSCP-CSPR-2024-02"
review = "Local Child Safeguarding Practice Review"
subject = "Child T"
period = { from = "14-08-2023", to = "30-04-2024" }
board = "Wednesmere Safeguarding Children Partnership"
notification = "23-04-2024"
decision = "14-05-2024"

[[agencies]]
name = "East Mercia Police"
aliases = ["EMP", "Police", "East Mercia Constabulary"]
chronology_due = "14-06-2024"
report_due = "26-07-2024"

[[agencies]]
name = "Wednesmere Children's Services"
aliases = ["Children's Social Care", "CSC", "UASC Team"]
chronology_due = "14-06-2024"
report_due = "26-07-2024"

[[agencies]]
name = "Wednesmere Health Visiting and School Nursing Service"
aliases = ["Health Visiting", "School Nursing", "Looked After Children Health Team"]
chronology_due = "14-06-2024"
report_due = "26-07-2024"

[[agencies]]
name = "Brindlecote College"
aliases = ["Brindlecote College ESOL Department", "Brindlecote"]
published_as = "the further education college"
chronology_due = "14-06-2024"

[[agencies]]
name = "Saltmarket Medical Centre"
aliases = ["Saltmarket Surgery", "GP"]
chronology_due = "14-06-2024"

[[agencies]]
name = "Harbour Lights Supported Lodgings"
aliases = ["Harbour Lights", "HLSL"]
published_as = "the supported lodgings provider"
chronology_due = "14-06-2024"
report_due = "26-07-2024"

[[people]]
name = "Mehari Kidane"
aliases = ["Mehari", "Mehary", "MK"]
role = "Child"
pseudonym = "Child T"
born = "14-03-2007"
address = "9 Larkspur Close, Hatherington, WM12 3EX"

[[people]]
name = "Letemariam Ghebrehiwet"
aliases = ["Letemariam"]
role = "Mother"
pseudonym = "Mother"
address = "Adi Quala, Eritrea"

[[people]]
name = "Kidane Woldu"
aliases = ["Kidane"]
role = "Father"
pseudonym = "Father"

[[people]]
name = "Saba Kidane"
aliases = ["Saba"]
role = "Sibling"
pseudonym = "Sibling"
born = "02-06-2011"
address = "Adi Quala, Eritrea"

[[people]]
name = "Yemane Berhe"
aliases = ["Yemane", "Wedi Asmara"]
role = "Adult of concern"
pseudonym = "Adult A"

[[people]]
name = "Tesfay Gebru"
aliases = ["Tesfay"]
role = "Claimed uncle"
pseudonym = "Adult B"

[[staff]]
name = "Gareth Hope"
code = "SW1"
role = "Social Worker, UASC Team"
agency = "Wednesmere Children's Services"

[[staff]]
name = "Nadia Church"
code = "PC1"
role = "Police Constable"
agency = "East Mercia Police"

[[staff]]
name = "Joanna Easter"
code = "ESOL1"
role = "ESOL Tutor"
agency = "Brindlecote College"

[[staff]]
name = "Precious Mabuza"
code = "LACN1"
role = "Looked After Children Nurse"
agency = "Wednesmere Health Visiting and School Nursing Service"

[[staff]]
name = "Sheila Brannigan"
code = "SLH1"
role = "Supported Lodgings Host"
agency = "Harbour Lights Supported Lodgings"
'''

IDENTIFIERS = {
    "key_name": ["Mehari Kidane", "Mehari", "Mehari's", "Kidane", "Kidane Woldu", "Woldu",
                 "Letemariam Ghebrehiwet", "Letemariam", "Letemariam’s", "Ghebrehiwet",
                 "Saba", "Yemane Berhe", "Yemane", "Yemane's", "Berhe", "Mr Berhe",
                 "Tesfay Gebru", "Tesfay", "Gebru"],
    "misspelling": ["Mehary", "Meheri"],
    "nickname": ["Meho", "Wedi Asmara", "Uncle Tesfay"],
    "initials": ["MK", "M.K.", "YB"],
    "non_ascii": ["መሓሪ ኪዳነ", "Halina Wróbel", "Mrs Wróbel", "Wróbel"],
    "not_in_key": ["Halina Wrobel", "Mrs Wrobel", "Wrobel", "Halina", "Filmon Araya",
                   "Filmon", "Robel Tsegay"],
    "staff": ["Gareth Hope", "Mr Hope", "Nadia Church", "PC Church", "Joanna Easter",
              "Ms Easter", "Precious Mabuza", "Ms Mabuza", "Sheila Brannigan",
              "Mrs Brannigan"],
    "address": ["Quayside Lodge Hotel", "Quayside Lodge", "Canal Basin Road",
                "9 Larkspur Close", "Larkspur Close", "Hatherington", "Foundry Street",
                "Flat 3, 27 Gillroyd Terrace", "Gillroyd Terrace", "Adi Quala"],
    "postcode": ["WM4 7QJ", "WM4", "7QJ", "WM12 3EX", "WM12", "3EX"],
    "agency_place": ["Brindlecote College", "Brindlecote", "Fenwick Street",
                     "Saltmarket Medical Centre", "Saltmarket",
                     "Harbour Lights Supported Lodgings", "Harbour Lights",
                     "St Aldhelm's Church", "St Aldhelm's", "Sparkle Hand Car Wash"],
    "number": ["07700 900417", "07700 900862", "01632 960351", "999 264 3187", "K2231904",
               "FY19 KXT", "Room 214"],
    "date_of_birth": ["14/03/2007", "14 March 2007", "14-03-2007", "01/01/2005",
                      "1 January 2005"],
    "social_media": ["@meho_eri07", "meho.kidane07@example.org"],
}

ORDINARY = [
    "National Referral Mechanism", "Single Competent Authority", "Modern Slavery Act 2015",
    "Independent Child Trafficking Guardian", "Hope for Justice",
    "Merton-compliant age assessment", "Home Office", "National Transfer Scheme",
    "Kent Intake Unit", "Western Jet Foil", "Tigrinya", "Eritrean Orthodox Tewahedo Church",
    "Orthodox Easter", "Khartoum", "Libya", "Deliveroo", "WhatsApp",
    "Osgood-Schlatter disease", "Glasgow Coma Scale", "Strengths and Difficulties Questionnaire",
    "Children Act 1989", "Working Together to Safeguard Children 2023", "Victoria Climbié",
    "Lord Laming", "Refugee Council", "Barnardo's", "Migrant Help", "Bradford Royal Infirmary",
    "Staffordshire bull terrier", "Aspen card", "Nationality and Borders Act 2022",
    "Detective Sergeant", "CAMHS", "UASC", "Year 11", "Boxing Day", "HIGH RISK",
    "Entry Level 2", "Toyota Prius", "Eritrea",
]

INVOLVEMENT = [
    "Mehari Kidane (Child T) arrived at Dover by small boat on 14 August 2023 and was processed at Western Jet Foil. He told officers, through a Tigrinya interpreter on the telephone, that he was 16 and that his date of birth was 14/03/2007. Two officers at the Kent Intake Unit decided on his appearance and demeanour that he was an adult. The Home Office recorded him as KIDANE, Mehary, gave him the date of birth 01/01/2005 and the reference K2231904, and, under the process for adults that followed the Nationality and Borders Act 2022, sent him to the Quayside Lodge Hotel, Canal Basin Road, WM4 7QJ, a hotel used for adult asylum seekers. He shared Room 214 with three adult men. No referral was made to the National Transfer Scheme or to children's services.",
    "Mehari told the review, through his Independent Child Trafficking Guardian, that he left Adi Quala in Eritrea in 2021 to avoid national service, after his father, Kidane Woldu, was taken into the army and not heard of again. His mother, Letemariam Ghebrehiwet, and his sister Saba still live in Adi Quala; Letemariam’s only contact with him is a weekly call. He crossed Sudan, stayed for months in Khartoum, and was held in a warehouse in Libya until a man he called Uncle Tesfay, who he believed lived in London, paid the smugglers. He arrived owing about £3,000. The hotel staff knew none of this and knew him only as 'Meho'. On his first form at the hotel he wrote his name in Ge'ez script as መሓሪ ኪዳነ and the hotel copied it as 'Mehari K'.",
    "On Sunday 10 September 2023 Mehari went with his friend Filmon Araya, also living at the hotel, to St Aldhelm's Church, where the Eritrean Orthodox Tewahedo Church congregation meets. Halina Wróbel, a volunteer who runs the church's drop-in, thought he looked 'no older than my grandson, who is in Year 11'. She telephoned the Refugee Council, which helped him ask for an age assessment, and on 19 September 2023 she rang the MASH herself. The MASH record spells her name Halina Wrobel and gives Mehari's mobile as 07700 900417. The contact went to the UASC Team, which saw him at the hotel on 26 September 2023 with an interpreter. Filmon, who is 17, was not seen.",
    "Social Worker Gareth Hope of the UASC Team accepted that Mehari might be a child. On 2 October 2023 he was accommodated under section 20 of the Children Act 1989 pending a Merton-compliant age assessment, and placed through Harbour Lights Supported Lodgings with a host, Sheila Brannigan, at 9 Larkspur Close, Hatherington, WM12 3EX (telephone 01632 960351). Mrs Brannigan's Staffordshire bull terrier frightened him at first, and she noted that he slept with his phone and his old Aspen card under his pillow. He was registered with Saltmarket Medical Centre and was seen there twice with knee pain, diagnosed as Osgood-Schlatter disease; his NHS number is 999 264 3187.",
    "A paediatrician completed the Initial Health Assessment in October 2023 and the Looked After Children nurse, Precious Mabuza, followed it up. Ms Mabuza found his Strengths and Difficulties Questionnaire score in the high range and referred him to CAMHS, which declined the referral because he was 'not yet settled in placement'. Mehari had missed the September intake at college, and the city's schools said he was too old for a Year 11 place, so in November 2023 he began ESOL at Entry Level 2 at Brindlecote College's Fenwick Street campus, twelve hours a week. The college register listed him as 'Meheri Kidane'. His tutor, Joanna Easter, found him bright and keen. The age assessment, completed on 8 December 2023 by two social workers, found him to be 16 and accepted his date of birth of 14 March 2007 (14-03-2007 on the case record); the Home Office was told, but its records still showed 1 January 2005 in April 2024.",
    "Mehari went missing on Boxing Day 2023 and came back to Larkspur Close the next evening with a new phone and trainers. At the return home interview he said he had been with 'a brother from church'. This was later understood to be Yemane Berhe (Adult A), known as 'Wedi Asmara', a man in his thirties whom he had met at the Quayside Lodge. In January 2024 Ms Easter recorded that M.K. was falling asleep in class and had said he washed cars at the Sparkle Hand Car Wash on Foundry Street; the college made a safeguarding referral the same day. PC Nadia Church and a PCSO visited the car wash on 24 January 2024 and saw a young man of Mehari's description leave by a back gate. He was also seen riding a bicycle with a Deliveroo bag; the account was registered to a Robel Tsegay. Yemane's messages to him on WhatsApp and his TikTok account @meho_eri07 were not looked at, and nobody wrote to his email, meho.kidane07@example.org.",
    "A strategy meeting on 1 February 2024 agreed that MK was at risk of criminal exploitation, but the referral to the National Referral Mechanism was not made until 11 March 2024, when Mr Hope acted as First Responder. The Single Competent Authority made a positive reasonable grounds decision on 15 March 2024, and an Independent Child Trafficking Guardian from Barnardo's was allocated on 9 April 2024. On 28 March 2024 Mehari went missing again and the episode was graded HIGH RISK; a Detective Sergeant reviewed it, and a silver Toyota Prius, FY19 KXT, linked to Mr Berhe (YB on the police briefing) was circulated. On 19 April 2024 West Yorkshire Police entered Flat 3, 27 Gillroyd Terrace, Bradford, where cannabis was being grown. Mehari fell from a first-floor window and was taken to Bradford Royal Infirmary with a Glasgow Coma Scale of 9 and fractures of the pelvis and arm. He was arrested first and treated as a victim only the next day.",
]

ANALYSIS = [
    "The decision at the Kent Intake Unit that Mehari was an adult rested on appearance alone. The guidance says that a young person whose age is in doubt is to be treated as a child until a Merton-compliant age assessment is done. For seven weeks a 16-year-old shared Room 214 at the Quayside Lodge Hotel with adult men, and it was there that Adult A first approached him. Hotel staff had no route for raising a concern that a resident was a child other than through Migrant Help, and nobody used it; it took a church volunteer, Mrs Wróbel, to notice him.",
    "Once accommodated, Mehari was treated as a young person who needed a roof and a college place rather than as a child who had been trafficked. His account of the debt in Libya, of Uncle Tesfay paying it, and of being told he must 'work for the uncle's friends' was recorded by Mr Hope at the first visit, but was not recognised as an indicator under the Modern Slavery Act 2015. The claimed uncle, Tesfay Gebru, was never checked, though his number, 07700 900862, was in the case record and was the number later linked to Mr Berhe. As Lord Laming found in his inquiry into the death of Victoria Climbié, a claimed relative who has not been checked is a risk, not a safeguard.",
    "Supported lodgings suited a 16-year-old who was independent in many ways, but Mrs Brannigan was not told that he was at risk of exploitation and was not invited to the strategy meeting. When he came home on 27 December 2023 with a new phone she wrote in her log 'Meho says a church brother gave it him' and sent it to Harbour Lights; the log reached children's services only after the incident. The college's referral in January 2024 was clear and timely and named the car wash on Foundry Street: this was good practice. The visit by PC Church did not lead to a welfare check of the young people seen there.",
    "The delay of 39 days in the National Referral Mechanism referral, and the later allocation of the Independent Child Trafficking Guardian, meant that nobody independent of the local authority was speaking for Mehari when he went missing in March 2024. The Strengths and Difficulties Questionnaire and the declined CAMHS referral showed a traumatised boy. His faith was a real support: he told Mrs Wrobel that he hoped to be baptised at Orthodox Easter in May 2024, yet nobody asked him about it in care planning. The Detective Sergeant's review of the HIGH RISK episode was thorough, but it did not link the Toyota Prius FY19 KXT to the sighting at the car wash.",
]

LEARNING = [
    "A child whose age is disputed must be treated as a child until a Merton-compliant age assessment says otherwise. Mehari Kidane spent seven weeks in an adult hotel because a visual assessment at the Kent Intake Unit gave him the date of birth 01/01/2005; his own date of birth, 14/03/2007, was accepted in December 2023, but the Home Office record in the name of Mehary Kidane was never corrected. Working Together to Safeguard Children 2023 and the Children Act 1989 leave no doubt about where the duty lay. Agencies in the city need a shared way of hearing concerns about UASC in hotels like the Quayside Lodge, Canal Basin Road, and of using the National Transfer Scheme, so that the next child does not depend on a volunteer such as Halina Wróbel noticing him.",
    "Unaccompanied children who arrive owing a debt should be thought of as trafficked until it is shown otherwise. MK told his social worker at the first visit about the debt in Libya and about 'Uncle Tesfay'; the signs were there for the National Referral Mechanism from September 2023, not March 2024. Agencies should use the Modern Slavery Act 2015 guidance, seek advice from Hope for Justice or Barnardo's, and refer to the Single Competent Authority without waiting for certainty. Mehari's messages on WhatsApp with Wedi Asmara, the Deliveroo account in another man's name and his work at the Sparkle Hand Car Wash were exploitation, and his ESOL tutor, Ms Easter, saw it first.",
    "Faith communities see what professionals do not. The Eritrean Orthodox Tewahedo Church congregation at St Aldhelm's knew Meho as a boy, spoke with him in Tigrinya and knew about his debt. They did not know how to tell the UASC Team what they had seen, and no professional asked them. Mrs Wróbel's call to the MASH was the turning point of the case, and it should not have rested on one person.",
    "Carers, colleges and health staff are part of the safety plan. Mrs Brannigan at Larkspur Close, Ms Easter at Brindlecote College and Ms Mabuza all held pieces of what was happening to Mehari; none was at the strategy meeting on 1 February 2024. A young person who is learning English at Entry Level 2 needs to be spoken to with an interpreter he trusts, and about the things that matter to him: his mother Letemariam, his sister Saba, his faith and Orthodox Easter, and his fear of Adult A.",
]

RECOMMENDATIONS = [
    ("The Partnership should make sure that every age-disputed young person placed by the Home Office in a hotel in the city, as Mehari Kidane was at the Quayside Lodge Hotel, is referred to the MASH and treated as a child under the Children Act 1989 until a Merton-compliant age assessment is complete",
     "Agree a protocol with the Home Office, Migrant Help and the Refugee Council; audit six age-disputed cases",
     "Head of Service, UASC Team", "31-03-2025"),
    ("Children's Services should refer every unaccompanied child who reports a debt, as MK did about Uncle Tesfay, to the National Referral Mechanism within five working days, and ask for an Independent Child Trafficking Guardian at the same time",
     "Change the UASC assessment template; report monthly to the Partnership on referrals to the Single Competent Authority",
     "Service Manager, Exploitation and Missing", "31-01-2025"),
    ("Every strategy meeting about the exploitation of a child in supported lodgings or at college should invite the host and the college, as Mrs Brannigan of Harbour Lights and Ms Easter of Brindlecote College should have been for Meho, and should look at the child's WhatsApp and Deliveroo activity",
     "Amend the strategy meeting procedure; train hosts and ESOL tutors with Hope for Justice",
     "Designated Safeguarding Leads, Brindlecote College and Harbour Lights", "30-06-2025"),
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
    header="RESTRICTED - Child T (Mehari KIDANE, Home Office reference K2231904) - agency report",
    footer="Placement: 9 Larkspur Close, Hatherington WM12 3EX; host Mrs Brannigan, 01632 960351",
    comment="Author: check with PC Church whether Wedi Asmara (Yemane Berhe, 07700 900862) is the same man as Uncle Tesfay.",
    footnote="NHS number 999 264 3187; date of birth claimed 14-03-2007, assigned by the Home Office as 1 January 2005; email meho.kidane07@example.org; TikTok @meho_eri07.",
)
