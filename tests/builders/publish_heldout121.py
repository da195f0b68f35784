# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 121): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "LSCP-2024-017"

CASE_TOML = """\
reference = "LSCP-2024-017"
review = "Child Safeguarding Practice Review"
subject = "Child K"
board = "Lewisham Safeguarding Children Partnership"
period = { from = "01-01-2022", to = "24-01-2024" }
decision = "20-02-2024"
notification = "04-01-2024"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["Met Police", "MPS", "Police"]

[[agencies]]
name = "Lewisham Children's Social Care"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "Lewisham and Greenwich NHS Trust"
aliases = ["LGT", "Health Visiting Service"]

[[agencies]]
name = "Brackenhurst Primary School"
aliases = ["Brackenhurst"]
published_as = "the primary school"

[[agencies]]
name = "Marlowe Green Medical Centre"
aliases = ["Marlowe Green"]
published_as = "the GP practice"

[[agencies]]
name = "Pippin Lane Nursery"
aliases = ["Pippin Lane"]
published_as = "the nursery"

[[people]]
name = "Nguyễn Minh Khôi"
aliases = ["Nguyen Minh Khoi", "Khôi", "Khoi", "Koi", "Bin", "N.M.K.", "NMK"]
role = "child"
pseudonym = "Child K"
born = "09-05-2018"
address = "Flat 7, Fennimore Court, 41 Amberwell Road, Catford, London SE6 4ZQ"

[[people]]
name = "Trần Thị Thu Hằng"
aliases = ["Tran Thi Thu Hang", "Thu Hằng", "Hằng", "Hang", "Ms Trần", "Mrs Tran", "Mrs Nguyen", "Helen", "T.T.T.H.", "TTTH", "T-H"]
role = "mother"
pseudonym = "Mother"
born = "14-02-1990"
address = "Flat 7, Fennimore Court, 41 Amberwell Road, Catford, London SE6 4ZQ"

[[people]]
name = "Nguyễn Văn Đức"
aliases = ["Nguyen Van Duc", "Đức", "Duc", "Mr Duc", "Mr Nguyễn", "Tony"]
role = "father"
pseudonym = "Father"
born = "03-11-1988"
address = "Flat 7, Fennimore Court, 41 Amberwell Road, Catford, London SE6 4ZQ"

[[people]]
name = "Nguyễn Ngọc Trâm"
aliases = ["Ngọc Trâm", "Trâm", "Tram", "Bống", "Bong", "N.N.T."]
role = "sibling"
pseudonym = "Sibling 1"
born = "21-07-2015"
address = "Flat 7, Fennimore Court, 41 Amberwell Road, Catford, London SE6 4ZQ"

[[people]]
name = "Phạm Thị Lan"
aliases = ["Pham Thi Lan", "Mrs Lan"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "02-02-1962"
address = "Flat 7, Fennimore Court, 41 Amberwell Road, Catford, London SE6 4ZQ"

[[staff]]
name = "Bethany Okafor-Lane"
code = "SW1"
role = "Social Worker"
agency = "Lewisham Children's Social Care"

[[staff]]
name = "Gemma Crosthwaite"
code = "HV1"
role = "Health Visitor"
agency = "Lewisham and Greenwich NHS Trust"

[[staff]]
name = "Sunil Varatharajah"
code = "GP1"
role = "General Practitioner"
agency = "Marlowe Green Medical Centre"

[[staff]]
name = "Fiona Halloran"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Brackenhurst Primary School"

[[staff]]
name = "Marisol Quintero"
code = "NM1"
role = "Nursery Manager"
agency = "Pippin Lane Nursery"

[[staff]]
name = "Owen Petheridge"
code = "DC1"
role = "Detective Constable"
agency = "Metropolitan Police Service"
"""

IDENTIFIERS = {
    "names": [
        "Nguyễn Minh Khôi", "Nguyen Minh Khoi", "Khôi", "Khoi", "Koi", "Nguyễn", "Nguyen",
        "Ngyuen", "Trần Thị Thu Hằng", "Tran Thi Thu Hang", "Thu Hằng", "Hằng", "Hang", "Trần",
        "Tran", "Nguyễn Văn Đức", "Nguyen Van Duc", "Đức", "Duc", "Nguyễn Ngọc Trâm",
        "Ngọc Trâm", "Trâm", "Tram", "Phạm Thị Lan", "Pham Thi Lan", "Mrs Lan",
    ],
    "nicknames": ["Bin", "Bống", "Bong", "Helen", "Tony"],
    "initials": ["N.M.K.", "NMK", "T.T.T.H.", "TTTH", "T-H", "N.N.T."],
    "people_not_in_key": [
        "Pauline Ashdown", "Ashdown", "Kenwright", "Đỗ Văn Tuấn", "Do Van Tuan", "Tuấn", "Tuan",
        "Đỗ", "Võ Thị Kim Loan", "Kim Loan", "Loan", "Gerald Faircloth", "Faircloth",
        "Thích Quảng Đạo", "Quảng Đạo",
    ],
    "staff": [
        "Bethany Okafor-Lane", "Okafor-Lane", "Gemma Crosthwaite", "Crosthwaite",
        "Sunil Varatharajah", "Varatharajah", "Fiona Halloran", "Halloran", "Marisol Quintero",
        "Quintero", "Owen Petheridge", "Petheridge",
    ],
    "streets": ["Amberwell Road", "Amberwell Rd", "Fennimore Court", "Heathbrook Parade", "Saltcote Close"],
    "estates": ["Thornleigh Estate", "Thornleigh"],
    "house_numbers": [
        "Flat 7, Fennimore Court", "41 Amberwell Road", "41 Amberwell Rd", "3 Heathbrook Parade",
        "12 Saltcote Close",
    ],
    "places": ["Catford", "Hither Green", "Deptford", "Cần Thơ", "Can Tho", "Ninh Kiều"],
    "postcodes": ["SE6 4ZQ", "SE64ZQ", "SE6", "4ZQ", "SE13 7XW", "SE8 4QJ"],
    "locating_agencies": [
        "Brackenhurst Primary School", "Brackenhurst", "Marlowe Green Medical Centre",
        "Marlowe Green", "Pippin Lane Nursery", "Pippin Lane", "Thiện Tâm", "Thien Tam Pagoda",
        "Hậu Giang Elders Club", "Hậu Giang",
    ],
    "phones": ["07700 900627", "+44 7700 900628", "07700900641", "01632 960384", "01632 960719"],
    "nhs_ni": ["612 845 3097", "6128453097", "734 219 8856", "QQ 23 45 67 B", "QQ789012D"],
    "emails": ["thuhang.tran90@example.com", "kimngannails@example.org", "b.okaforlane@example.org"],
    "social": ["@kimngan.nails.se6", "facebook.com/tony.duc.nguyen88", "@thuhang.nails90"],
    "dates_of_birth": [
        "09-05-2018", "09/05/2018", "9.5.18", "9th May 2018", "May 9, 2018", "14/02/1990",
        "03.11.88", "21/07/2015", "2 February 1962",
    ],
    "other": [
        "Kim Ngân Nails", "Kim Ngan Nails & Beauty", "Kim Ngân", "LB68 TXN", "LK19 WZP",
    ],
}

ORDINARY = [
    "Children Act 1989", "Modern Slavery Act 2015", "Working Together to Safeguard Children",
    "National Referral Mechanism", "NRM", "Home Office", "HMRC",
    "Gangmasters and Labour Abuse Authority", "University Hospital Lewisham",
    "Evelina London Children's Hospital", "Victoria Climbié", "Lord Laming", "Calpol",
    "ibuprofen", "dầu gió", "Tiger Balm", "Zalo", "OPI", "Language Line", "Tết", "Tet",
    "Tết Nguyên Đán", "Tết Trung Thu", "lì xì", "bánh chưng", "phở", "cơm tấm", "bánh mì",
    "nước mắm", "cạo gió", "bàn thờ", "Bà", "Ông", "Má", "Ba", "Anh", "Chị", "Chú", "Dì",
    "Bà Ngoại", "Ông Ngoại", "chùa", "Thầy", "Buddhist", "Vietnamese",
    "thương cho roi cho vọt", "skint", "knackered", "MASH", "Section 47",
    "strategy discussion", "Early Help", "body map", "Mongolian blue spots",
    "congenital dermal melanocytosis", "skeletal survey", "Initial Child Protection Conference",
    "private fostering", "Reception", "Year 3", "DSL", "PC", "DC",
    "NO INTERPRETER NEEDED - DAUGHTER INTERPRETS", "in May 2023",
]

INVOLVEMENT = [
    "Nguyễn Minh Khôi (Child K), known at home as 'Bin', was born at University Hospital Lewisham on 09-05-2018. He lived with his mother Trần Thị Thu Hằng, his father Nguyễn Văn Đức and his older sister Nguyễn Ngọc Trâm at Flat 7, Fennimore Court, 41 Amberwell Road, Catford SE6 4ZQ, on the Thornleigh Estate. Both parents grew up in Ninh Kiều, Cần Thơ. The children called their parents Má and Ba, and their grandmother Bà Ngoại.",
    "On 7 February 2022, the week after Tết Nguyên Đán, staff at Pippin Lane Nursery saw parallel red streaks across Khoi's back. Through Trâm, then six, his mother said that Bà had done cạo gió with a coin and dầu gió because he had a cold. The manager, Marisol Quintero (NM1), accepted this as a traditional remedy. No body map was drawn, and the register recorded the child as 'Koi Nguyen', date of birth 09/05/2018.",
    "On 21 April 2022 Dr Sunil Varatharajah (GP1) at Marlowe Green Medical Centre saw Khôi for a cough and advised Calpol and ibuprofen. He noted 'Mongolian blue spots' over the lower back and upper arm but did not measure or draw them, although the practice's guidance uses the term congenital dermal melanocytosis and asks for a body map. The practice holds NHS number 612 845 3097 for the child and 734 219 8856 for his mother, at 41 Amberwell Rd.",
    "On 9 June 2022 Gemma Crosthwaite (HV1), the health visitor, visited. Phạm Thị Lan, the maternal grandmother, had arrived from Can Tho on a visitor visa, issued as Pham Thi Lan, date of birth 2 February 1962, to mind the children while both parents worked at Kim Ngân Nails, 3 Heathbrook Parade, until 8pm six days a week. Ms Crosthwaite recorded her as 'Mrs Lan', noted a bàn thờ with a photograph of Ông Ngoại, and took the mother's mobile, 07700 900627.",
    "Khôi started Reception at Brackenhurst Primary School in September 2022; Ngọc Trâm, known as 'Bống', was in Year 3. The DSL, Mrs Fiona Halloran (DSL1), entered the mother as 'Mrs Nguyen' and, on a second form, as Tran Thi Thu Hang, with the landline 01632 960384 and the email thuhang.tran90@example.com. Trâm's date of birth was given as 21/07/2015. Bong told her teacher that she translated for Má at the doctor's, the bank and the salon, and that Khôi brought bánh mì for lunch.",
    "On 19 November 2022 a neighbour, Mrs Pauline Ashdown, rang the police about a child screaming and a man shouting in the flat above hers. PC Kenwright attended and spoke to Nguyen Van Duc, who gave his name as Tony and said that his son had been naughty. A youth asleep on the sofa, Đỗ Văn Tuấn, said he was sixteen and a cousin. The record spelled the family name 'Ngyuen', so no earlier contact was found. Ashdown later told the review she had rung before.",
    "Tết fell on 22 January 2023, and the school newsletter wished families a happy Tet. The family spent the holiday at Chùa Thiện Tâm, a Buddhist pagoda in Deptford, SE8 4QJ, where the children were given lì xì and bánh chưng. On 25 January Khôi arrived at school with a bruise on his left cheek and told a teaching assistant 'Ba smack, Ba angry'. Mrs Halloran referred to the MASH. Mr Duc said by telephone that Khoi had fallen on the pagoda steps; Ngọc Trâm interpreted, and no strategy discussion was held.",
    "Between 6 March and 28 April 2023 an Early Help practitioner met the family four times. Interpreting was done by a friend from the salon, Võ Thị Kim Loan, whom the children called Dì Loan. Mr Đức said, in words Kim Loan translated, 'thương cho roi cho vọt': a parent who loves a child does not spare the cane. The practitioner recorded this as a saying. Hằng said they were skint and Đức was knackered, and the plan closed in May 2023 without the parenting course.",
    "On 14 June 2023 officers from the Metropolitan Police and the Gangmasters and Labour Abuse Authority visited Kim Ngan Nails & Beauty after a tip-off to the Home Office. They found Tuấn, who called the owner Chú, working at a station stocked with OPI polish, with no payslips and no schooling. He was referred into the National Referral Mechanism under the Modern Slavery Act 2015 and placed with foster carers. His NRM form gave his address as Flat 7, Fennimore Court; nobody told Children's Social Care that he had lived with Khôi.",
    "The officers recorded the salon's landline, 01632 960719, its email, kimngannails@example.org, and its Instagram account, @kimngan.nails.se6, where Khôi appeared in videos sitting at the reception desk. The owner was listed as Nguyễn Văn Đức; the father's own page, facebook.com/tony.duc.nguyen88, showed the salon van, LK19 WZP, outside the shop. Customers knew the mother as Helen, and her TikTok account, @thuhang.nails90, named her T.T.T.H. in its profile. HMRC was told; Children's Social Care was not.",
    "Do Van Tuan went missing from his placement on 2 August 2023, and Bà Ngoại flew back to Vietnam later that month. On 29 September 2023, at a Tết Trung Thu lantern evening at the pagoda, Thầy Thích Quảng Đạo, the abbot, saw Tuan carrying Khôi and heard the boy call him Anh Tuấn. The grandmother's lunch club, the Hậu Giang Elders Club, had noted that she was 'worried about the children'. The family later said Tuấn collected the children and cooked them phở or cơm tấm with nước mắm.",
    "Khôi's attendance fell to 71 per cent in the autumn term. Mrs Halloran rang 07700 900627, the father's number +44 7700 900628 and 07700900641 without reply; a Vietnamese-speaking parent volunteer messaged Thu Hằng on Zalo, and Hằng replied that Khôi had a fever and was taking Calpol. On 16 November 2023 a teacher saw him in a grey car, LB68 TXN, outside the salon at 9:30am. The landlord, Mr Gerald Faircloth, told the review that five or six people were then living in the flat.",
    "On 3 January 2024 Hằng brought Khôi to University Hospital Lewisham, drowsy and vomiting. A scan showed a subdural haemorrhage and he was transferred to Evelina London Children's Hospital, where a skeletal survey found two healing rib fractures. The parents said he had fallen from a bunk bed while Tuấn was minding him. A strategy discussion was held the same day, Section 47 enquiries began, and DC Owen Petheridge (DC1) was allocated. The hospital recorded the child as Nguyen Minh Khoi, 9th May 2018, NHS number 6128453097.",
    "At the Initial Child Protection Conference on 24 January 2024, held with a Language Line interpreter, both children were made subject to child protection plans. Bethany Okafor-Lane (SW1, b.okaforlane@example.org) placed Khôi with foster carers; Trâm stayed with Mrs Loan at 12 Saltcote Close, Hither Green SE13 7XW, under private fostering arrangements. Mr Nguyễn (NI number QQ 23 45 67 B) and Mr Đỗ were interviewed under caution by DC Petheridge; Ms Trần (NI number QQ789012D) was seen as a witness. The investigation continues.",
]

ANALYSIS = [
    "Each injury to Khôi was explained by something practitioners took to be Vietnamese culture: coin rubbing, Mongolian blue spots, a fall at the chùa, a proverb about discipline. Cạo gió with dầu gió or Tiger Balm leaves linear marks on the back, not bruises on a cheek, and congenital dermal melanocytosis does not come and go. Ms Quintero and Dr Varatharajah were anxious not to seem disrespectful, but respect and curiosity are not opposites, as the Victoria Climbié inquiry under Lord Laming made plain.",
    "Ngọc Trâm, aged between six and eight, interpreted at the nursery, on the MASH telephone call and at the school gate, and a friend from the salon interpreted for the Early Help practitioner. Working Together to Safeguard Children is clear that children and family members should not interpret. No one asked either parent, in Vietnamese, what 'Ba smack' meant, and Bà Ngoại, who did most of the childcare in 2022, was never seen alone. The school's system carried the alert NO INTERPRETER NEEDED - DAUGHTER INTERPRETS.",
    "The family's names defeated the records. Vietnamese names put the family name first and women keep their own, yet Trần Thị Thu Hằng was recorded as Mrs Nguyen, Mrs Tran, Ms Hang, Helen and T-H, and as TTTH on the housing system. Khôi was Khoi, Koi, Bin, N.M.K. and NMK; his sister was Trâm, Tram and N.N.T.; and the police wrote Ngyuen. A search on the family name alone returns hundreds of records in the borough, and none of these was linked until January 2024.",
    "The nail bar shaped the household. Both parents worked at Kim Ngân until 8pm, six days a week, and Khôi's care passed from Bà Ngoại to a sixteen-year-old who was himself a suspected victim of modern slavery. When Tuấn was referred into the NRM, no one asked where he had lived or which children he had minded, and when he went missing from care no one looked for him at the salon or asked Mr Faircloth who was living in the flat.",
]

LEARNING = [
    "Cultural practices such as cạo gió, and skin findings such as Mongolian blue spots, must be recorded on a body map and checked, not used to close an enquiry. Practitioners should ask, through a professional interpreter, what was done, by whom and when. A father who quotes 'thương cho roi cho vọt' is not explaining an injury; he is telling professionals how his child is disciplined, and the Children Act 1989 requires them to ask more.",
    "Children must never interpret in safeguarding work. Agencies should book a Vietnamese interpreter through Language Line or a face-to-face service, and should record whether adults speak a southern dialect, calling their parents Má and Ba, or a northern one. Khôi's carers included his Bà Ngoại, his Chị and a lodger he called Anh, and each should have been seen in their own language. At Tết and Tết Trung Thu, when households gather and routines change, professionals should ask who is minding the child.",
    "Names must be searched in every order and spelling, together with date of birth and postcode. Khôi's date of birth was written 09-05-2018, 9.5.18 and May 9, 2018, and the postcode as SE64ZQ on one system and as SE6 and 4ZQ in separate fields on another; the father's date of birth appeared as 03.11.88 and the mother's as 14/02/1990. The MASH should hold the family name, the given name and the name used at home, such as Bin or Bống, as separate fields.",
    "A young person found working in a family business should lead agencies to ask about the children in that family. When the police or the Gangmasters and Labour Abuse Authority refer a child into the National Referral Mechanism, Children's Social Care should check every address he gives. Thầy Quảng Đạo saw Tuấn with Khôi at Thien Tam Pagoda after he went missing, but did not know whom to tell; faith settings in Catford and Deptford need that knowledge.",
]

RECOMMENDATIONS = [
    ("Lewisham Children's Social Care, Pippin Lane Nursery and Brackenhurst Primary School should treat cạo gió marks and Mongolian blue spots as findings to record on a body map and explain, not as reasons to close a referral about a child such as Khôi",
     "Issue a practice note on skin findings in East and South-East Asian children, including congenital dermal melanocytosis, and audit twenty MASH referrals", "Head of Service, Children's Social Care", "30-06-2024"),
    ("All agencies must stop using children such as Ngọc Trâm as interpreters and must book a Vietnamese interpreter through Language Line for every safeguarding contact, including at Tết and other festivals",
     "Remove the alert NO INTERPRETER NEEDED - DAUGHTER INTERPRETS from the school system and audit interpreter use across agencies", "Partnership Business Manager", "30-09-2024"),
    ("The MASH and the Metropolitan Police should link any child referred into the NRM under the Modern Slavery Act 2015 with the households he lived in, as Tuấn lived with the Nguyễn family at Fennimore Court",
     "Add an address check to the National Referral Mechanism pathway and brief MASH staff", "Detective Inspector, MASH", "31-12-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | LSCP-2024-017 | NGUYEN Minh Khoi ('Bin'), DOB 09/05/2018, Flat 7, Fennimore Court, Catford SE6 4ZQ",
    footer="Author: Bethany Okafor-Lane (SW1), b.okaforlane@example.org | Family: the Nguyễns, 41 Amberwell Road | Draft 2",
    comment="BOL: Bống says Anh Tuấn was minding Khôi on 2 January - check with DC Petheridge before panel. Kim Loan interpreted on the ward on 04/01, should not have.",
    footnote="Visa record spells PHAM THI LAN; Marlowe Green holds 'Koi Nguyen' under NHS number 6128453097; mother Trần Thị Thu Hằng, NHS number 7342198856.",
)
