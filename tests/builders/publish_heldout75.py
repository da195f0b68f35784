# ruff: noqa: E501
"""A held-back publication case, written blind without sight of the anonymiser: a family
who came from Hong Kong to a new-build estate near Reading. Every name, street, postcode,
number and date of birth in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "BWSCP-CSPR-2024-11"

CASE_TOML = '''reference = "BWSCP-CSPR-2024-11"
review = "Child Safeguarding Practice Review"
subject = "Child K"
period = { from = "01-08-2022", to = "31-12-2023" }
board = "Berkshire West Safeguarding Children Partnership"

[[agencies]]
name = "Thames Valley Police"
aliases = ["TVP", "Police", "CAIU"]
report_due = "30-04-2024"

[[agencies]]
name = "Wokingham Borough Council Children's Services"
aliases = ["Children's Social Care", "CSC", "WBC Children's Services"]
report_due = "30-04-2024"

[[agencies]]
name = "Berkshire Healthcare NHS Foundation Trust"
aliases = ["BHFT", "Health Visiting Service", "Health Visiting"]
report_due = "30-04-2024"

[[agencies]]
name = "Royal Berkshire NHS Foundation Trust"
aliases = ["RBFT", "Royal Berks"]
report_due = "30-04-2024"

[[agencies]]
name = "Loddon Brook Surgery"
aliases = ["LBS", "Loddon Brook"]
report_due = "30-04-2024"

[[agencies]]
name = "Kennetmere Primary School"
aliases = ["KPS", "Kennetmere Primary"]
published_as = "the primary school"
report_due = "30-04-2024"

[[people]]
name = "Szeto Chun-him"
aliases = ["Chun-him", "Chun Him", "Jasper Szeto", "Jasper", "Him Him", "CHS"]
role = "Child"
pseudonym = "Child K"
born = "09-03-2023"
address = "17 Pennyroyal Drift, Kennetmere, Shinbury, RG2 9YQ"

[[people]]
name = "Szeto Tsz-ching"
aliases = ["Tsz-ching", "Tiffany Szeto", "Tiffany", "Tiffanie", "Ching Ching", "Ah Ching", "T.S."]
role = "Sibling"
pseudonym = "Sibling L"
born = "22-11-2013"
address = "17 Pennyroyal Drift, Kennetmere, Shinbury, RG2 9YQ"

[[people]]
name = "Au-Yeung Hoi-yan"
aliases = ["Hoi-yan", "Hoi Yan", "Cherry Au-Yeung", "Cherry", "Ms Au-Yeung", "Ms Auyeung", "Mrs Au Yeung", "HYAY"]
role = "Mother"
pseudonym = "Mother"
born = "17-06-1987"
address = "17 Pennyroyal Drift, Kennetmere, Shinbury, RG2 9YQ"

[[people]]
name = "Szeto Ka-lok"
aliases = ["Ka-lok", "Alvin Szeto", "Alvin", "Mr Szeto", "Mr Seto", "KLS"]
role = "Father"
pseudonym = "Father"
born = "03-01-1984"
address = "17 Pennyroyal Drift, Kennetmere, Shinbury, RG2 9YQ"

[[people]]
name = "Leung Siu-wah"
aliases = ["Siu-wah", "Por Por"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "28-02-1958"
address = "Flat 21B, Kam Fung Court, Hong Kong"

[[staff]]
name = "Philippa Church"
code = "HV1"
role = "Health Visitor"
agency = "Berkshire Healthcare NHS Foundation Trust"

[[staff]]
name = "Zoë Marchbank"
code = "SW1"
role = "Social Worker"
agency = "Wokingham Borough Council Children's Services"

[[staff]]
name = "Declan Furlong"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Kennetmere Primary School"

[[staff]]
name = "Anjali Down"
code = "GP1"
role = "General Practitioner"
agency = "Loddon Brook Surgery"

[[staff]]
name = "Owain Pryce"
code = "DC1"
role = "Detective Constable"
agency = "Thames Valley Police"
'''

INVOLVEMENT = [
    "The family arrived at Heathrow on 14th August 2022 on the British National (Overseas) route "
    "(Home Office reference GWF071234567) and stayed for six weeks with a church friend, Winnie Mak, "
    "known to the children as Auntie Winnie, before renting 17 Pennyroyal Drift, a three-bedroom "
    "house on the new-build Kennetmere estate at Shinbury, RG2 9YQ. Mr Szeto (Szeto Ka-lok, who "
    "uses the English name Alvin) found work in the kitchen of Kam Ho Kitchen on Tollgreave Parade "
    "(01632 960582), owned by Lui Wai-keung, whom the family call Uncle Keung; his shifts ran from "
    "4pm until after midnight, seven days a week. Both parents' residence permits carried the "
    "condition NO RECOURSE TO PUBLIC FUNDS, which no agency asked about until after the incident.",

    "Ms Au-Yeung (Au-Yeung Hoi-yan, 歐陽凱欣 on the interpreter booking, known as Cherry, born "
    "17-06-1987) was about eight weeks pregnant on arrival. She registered with Loddon Brook "
    "Surgery in September 2022 and gave her mobile as 07700 900417 and her email as "
    "cherry.ay87@example.org. The maternity booking system requested a Mandarin interpreter; none "
    "was found in Cantonese, and Tiffany, then in Year 4 at Kennetmere Primary School, interpreted "
    "for her mother at two appointments. Antenatal screening for Down syndrome was recorded as low "
    "chance. Asked in English about her mental health, Hoi Yan answered 'no problem'; the record "
    "from Hong Kong describing postnatal depression after Tiffany's birth was never requested.",

    "Chun-him (Child K, 司徒俊謙, entered in the Red Book as Jasper Szeto and on the NHS record as "
    "SZETO Chun Him, NHS number 999 028 7715) was born at the Royal Berkshire Hospital on 9th March "
    "2023. At the new birth visit on 21-03-2023 the health visitor, Philippa Church, recorded "
    "Mongolian blue spots over the lower back and buttocks on a body map in the Red Book, which was "
    "good practice. Auntie Winnie interpreted. The Edinburgh Postnatal Depression Scale was "
    "completed through Google Translate on Ms Church's phone and scored 9. ICON information was "
    "given in English only, with no copy in Traditional Chinese. Cherry's account was that she "
    "rocked the baby for hours to settle him and that he was called Him Him at home. Ms Church noted "
    "a Pomeranian brought from Hong Kong and that Mr Szeto's shift had ended at 2am; she did not meet "
    "him.",

    "The family worshipped at Harbour Light Cantonese Church, which met on Sunday afternoons in a "
    "Church of England parish hall. On Easter Sunday 2023 the pastor, Joaquim Leitão, dedicated the "
    "baby. Pastor Leitão told the review that Cherry Au-Yeung had seemed 'lost' since Lunar New "
    "Year, and that by the Mid-Autumn Festival she was selling mooncakes through her Instagram "
    "account @hoiyan_homebake and the Kennetmere HK Mums WhatsApp group to meet the rent. He did not "
    "share this with any agency because he did not know whom to tell.",

    "On 12-10-2023 Ms Auyeung took Child K, then seven months old and not yet crawling, to Loddon "
    "Brook with a cough. Dr Anjali Down noted 'bluish mark L ear ?Mongolian blue spot' and did not "
    "look at the body map or treat the mark as a bruise on a non-mobile baby. The health visiting "
    "9-12 month review was offered by letter in English, addressed to Mrs Szeto at 17 Pennyroyal "
    "Drive, and recorded as Was Not Brought. Tsz-ching's follow-up for Kawasaki disease, which she "
    "had in Hong Kong aged four, was missed twice at the Royal Berkshire Hospital cardiology clinic "
    "in the same month.",

    "Tiffanie (the spelling on the school's admission form) moved into Year 5 in September 2023. Her "
    "class teacher noticed that she fell asleep in guided reading and was anxious about Key Stage 2 "
    "tests; she explained that she had lessons on Zoom with a tutor in Hong Kong, Miss Fanny Kwok "
    "(Kwok Lai-fan), at 6am three days a week. On 7th November 2023 Ching Ching told the designated "
    "safeguarding lead, Declan Furlong, that 'Daddy uses the stick' when she got answers wrong, and "
    "showed linear marks on the back of her thighs. Mr Furlong referred to the MASH the same day. "
    "She had already sent Miss Fanny a WhatsApp message saying the same; the tutor told her mother, "
    "not any agency.",

    "The social worker, Zoë Marchbank, visited on 09-11-2023 with Mrs Winnie Mak interpreting at "
    "the family's request. Mr Szeto said that caning with a rattan was usual where he grew up, that "
    "he had stopped, and that rent, long hours and NO RECOURSE TO PUBLIC FUNDS were the cause of the "
    "stress. No strategy discussion was held; DC Owain Pryce, a Detective Constable in the child "
    "abuse investigation unit, was told by telephone and agreed no further police action (URN "
    "43230187654). The assessment closed on 04-12-2023 with advice on the law on physical "
    "chastisement and a signpost to Citizens Advice about a change of conditions. A neighbour at "
    "number 19, Mrs Tilda Prothero, had called 101 in October 2023 about a baby crying and a man "
    "shouting late at night; the call was logged against the RG2 area and not linked to the family.",

    "On Boxing Day 2023, after fourteen-hour shifts over Christmas covering Just Eat orders, Mr "
    "Ka-lok (as the ambulance record named him) was caring for Child K alone while Cherry helped at "
    "the church lunch. He called 999 at 15:40; Him Him was taken to the Royal Berkshire Hospital "
    "and transferred to the John Radcliffe Hospital with a skull fracture and subdural "
    "haemorrhages. Detective Constable Pryce led the criminal investigation and both parents were "
    "arrested. The maternal grandmother, Leung Siu-wah (Por Por to the children), flew from Hong "
    "Kong in January 2024 and is being assessed as a kinship carer.",
]

ANALYSIS = [
    "Every agency relied at some point on a child or a friend to interpret: Tiffany at the "
    "antenatal booking, Auntie Winnie at the new birth visit and Winnie Mak again at the social work "
    "visit, where she was also close to Uncle Keung, Mr Szeto's employer. Letters to 'Mrs Szeto' "
    "were set aside by Ms Au-Yeung, who did not recognise the name as hers, since women from Hong "
    "Kong usually keep their own surname. The learning from the review after the death of Daniel "
    "Pelka, and from the inquiry into the death of Victoria Climbié, is that a family member cannot "
    "be an independent interpreter, and that a language (Cantonese, not Mandarin) must be asked, "
    "not assumed.",

    "The social worker accepted the father's account that physical chastisement was normal where "
    "he grew up. Culture can explain a parent's beliefs but never makes marks on a child acceptable. "
    "The disclosure by T.S. (Szeto Tsz-ching) gave reasonable cause to suspect significant harm under section 47 of "
    "the Children Act 1989, and Working Together to Safeguard Children 2023 required a strategy "
    "discussion with the police; as the national review after the deaths of Star Hobson and Arthur "
    "Labinjo-Hughes found, a single telephone call is not one. KLS was never seen alone and the "
    "Graded Care Profile 2 was not used, though the home was cold and the rent unpaid.",

    "Mongolian blue spots were recorded well at birth, but the later mark on Jasper's left ear was "
    "not where the Red Book map showed any, and a mark on a baby who does not yet crawl needs a "
    "referral whatever its likely cause. Dr Down could not see the health visitor's body map, and "
    "Ms Church did not know of the surgery visit. The 101 call from Mrs Prothero and the school's "
    "referral about Ching Ching's marks were held in different systems and never joined, so nobody "
    "saw that both children in the house at Pennyroyal Drift were at risk.",

    "The condition NO RECOURSE TO PUBLIC FUNDS shaped the whole family's life: no one asked how "
    "rent of £1,450 at Kennetmere was paid, or who cared for the children while Mr Seto worked "
    "nights at the takeaway. The online tutor in Hong Kong, the church and the takeaway owner each "
    "held part of the picture and none were reached by local procedures. Keeping Children Safe in "
    "Education applies to schools, not to a private tutor abroad, and Pastor Jo had never had "
    "safeguarding training.",
]

LEARNING = [
    "Practitioners must book an independent interpreter in the right language, Cantonese and not "
    "Mandarin, and must never use a child: Tiffany Szeto, aged nine and in Year 4, interpreted for "
    "her mother, Au-Yeung Hoi-yan, about her mother's own pregnancy at Loddon Brook Surgery. Written "
    "information such as ICON and the Red Book should be offered in Traditional Chinese to families "
    "arriving from Hong Kong on the British National (Overseas) route. Letters to Mrs Au Yeung at 17 "
    "Pennyroyal Drift, Shinbury, were addressed to 'Mrs Szeto' and went unread. The lessons from "
    "Daniel Pelka and Victoria Climbié are not new, and this review found them again.",

    "A disclosure by a child in Year 5 of being hit with an implement, with visible marks, needs a "
    "strategy discussion under Working Together to Safeguard Children 2023 whatever the family's "
    "culture; the explanation of SZETO Ka-lok, as the police record spelt him, should have been "
    "tested, not accepted. Any mark on a non-mobile baby such as Him Him must be referred even where "
    "Mongolian blue spots are recorded; Dr Down and Ms Church held no shared record of the body map. "
    "Schools should know that Keeping Children Safe in Education does not reach a tutor on Zoom in "
    "Hong Kong such as Miss Fanny, and should tell children about Childline and the NSPCC: Ah Ching "
    "had never heard of either.",

    "Families with NO RECOURSE TO PUBLIC FUNDS are often hidden from view. The father's hours at Kam "
    "Ho Kitchen, the mother's mooncake sales on @hoiyan_homebake and the help of Citizens Advice "
    "with a change of conditions were known only to friends. Agencies should ask every family from "
    "Hong Kong about their visa conditions, rent and childcare, as they would ask about a "
    "Pomeranian in the home.",

    "Faith groups are part of the safety net around children. Harbour Light Cantonese Church saw "
    "Cherry's low mood from Lunar New Year onwards and Pastor Leitao had no route to share it. "
    "The partnership has met the congregation, which still meets in a Church of England hall, "
    "and has offered training in Cantonese. The Child Safeguarding Practice Review Panel has been "
    "sent this review because the themes are national.",
]

RECOMMENDATIONS = [
    ("Berkshire West Safeguarding Children Partnership to make sure that no child interprets for a "
     "parent, as Tiffany did for Ms Au-Yeung, and that a Cantonese interpreter is booked for every "
     "family arriving from Hong Kong on the British National (Overseas) route",
     "Interpreting standard agreed by all partners; audit of 20 records of families whose first "
     "language is Cantonese",
     "Designated Nurse for Safeguarding", "30-09-2024"),
    ("Every partner to apply the bruising protocol to any mark on a non-mobile baby, including marks "
     "thought to be Mongolian blue spots such as those seen on Child K (Jasper) at 17 Pennyroyal "
     "Drift, Kennetmere, with the Red Book body map checked at every contact",
     "Briefing to GP practices and the health visiting service; audit of referrals after six months",
     "Named GP for Safeguarding", "31-07-2024"),
    ("Children's social care and Thames Valley Police to hold a strategy discussion whenever a child "
     "such as Ching Ching at Kennetmere Primary School discloses being hit with an implement, and to "
     "offer faith groups such as Harbour Light Cantonese Church training in Working Together to "
     "Safeguard Children 2023",
     "Strategy discussion guidance reissued; two training sessions for faith and community groups",
     "Head of Service, Children's Social Care", "31-10-2024"),
]

HEADER = "RESTRICTED – BWSCP-CSPR-2024-11 – Child K (Szeto Chun-him), 17 Pennyroyal Drift, RG2 9YQ"
FOOTER = "Working copy for the panel only – queries to Zoë Marchbank on 01632 960582 or Zoe Marchbank by email"
COMMENT = ("Check with Ms Auyeung whether Por Por is how she wants her mother named, and whether "
           "Alvin Szeto has seen the draft before the practitioner event.")
FOOTNOTE = ("Tiffany's date of birth is 22.11.2013 in the school record and 22/11/2013 on the GP "
            "record; Chun-him's is 09/03/2023. The family's previous address was Flat 21B, Kam Fung "
            "Court. Her teacher, Mr Furlong, and the social worker, Ms Marchbank, agree the spelling.")

IDENTIFIERS = {
    "key_name": ["Szeto Chun-him", "SZETO Chun Him", "Jasper Szeto", "Szeto Tsz-ching",
                 "Tiffany Szeto", "Au-Yeung Hoi-yan", "Cherry Au-Yeung", "Szeto Ka-lok",
                 "SZETO Ka-lok", "Alvin Szeto", "Leung Siu-wah"],
    "first_name": ["Chun-him", "Jasper", "Jasper's", "Tsz-ching", "Tsz-ching's", "Tiffany",
                   "Tiffany's", "Tiffanie", "Hoi-yan", "Hoi Yan", "Cherry", "Cherry's",
                   "Ka-lok", "Alvin"],
    "surname": ["Mr Szeto", "Mr Szeto's", "Mrs Szeto", "Ms Au-Yeung", "Ms Auyeung",
                "Mrs Au Yeung", "Mr Seto", "Mr Ka-lok"],
    "nickname": ["Him Him", "Ching Ching", "Ching Ching's", "Ah Ching", "Por Por"],
    "chinese_script": ["歐陽凱欣", "司徒俊謙"],
    "initials": ["T.S.", "KLS"],
    "not_in_key": ["Winnie Mak", "Mrs Winnie Mak", "Auntie Winnie", "Lui Wai-keung", "Uncle Keung",
                   "Joaquim Leitão", "Pastor Leitão", "Pastor Leitao", "Pastor Jo", "Miss Fanny Kwok",
                   "Miss Fanny", "Kwok Lai-fan", "Mrs Tilda Prothero", "Mrs Prothero"],
    "staff": ["Philippa Church", "Ms Church", "Ms Church's", "Zoë Marchbank", "Zoe Marchbank",
              "Ms Marchbank", "Declan Furlong", "Mr Furlong", "Dr Anjali Down", "Dr Down",
              "DC Owain Pryce", "Detective Constable Pryce"],
    "address": ["17 Pennyroyal Drift", "Pennyroyal Drift", "17 Pennyroyal Drive", "Kennetmere",
                "Shinbury", "Tollgreave Parade", "Flat 21B, Kam Fung Court", "Kam Fung Court"],
    "postcode": ["RG2 9YQ", "RG2", "9YQ"],
    "agency_place": ["Kennetmere Primary School", "Loddon Brook Surgery", "Loddon Brook",
                     "Harbour Light Cantonese Church", "Kam Ho Kitchen", "Kam Ho"],
    "number": ["07700 900417", "01632 960582", "999 028 7715", "GWF071234567", "43230187654"],
    "email": ["cherry.ay87@example.org"],
    "date_of_birth": ["9th March 2023", "09/03/2023", "22.11.2013", "22/11/2013", "17-06-1987"],
    "social_media": ["@hoiyan_homebake", "Kennetmere HK Mums"],
}

ORDINARY = [
    "Detective Constable", "MASH", "NO RECOURSE TO PUBLIC FUNDS", "British National (Overseas)",
    "Hong Kong", "Lunar New Year", "Mid-Autumn Festival", "Boxing Day", "Easter Sunday",
    "John Radcliffe Hospital", "Royal Berkshire Hospital", "NSPCC", "Childline", "Citizens Advice",
    "Children Act 1989", "Working Together to Safeguard Children 2023",
    "Keeping Children Safe in Education", "Victoria Climbié", "Daniel Pelka", "Star Hobson",
    "Graded Care Profile 2", "Edinburgh Postnatal Depression Scale", "ICON",
    "Mongolian blue spots", "Kawasaki disease", "Down syndrome", "WhatsApp", "Zoom",
    "Google Translate", "Just Eat", "Pomeranian", "Year 5", "Key Stage 2", "guided reading",
    "Red Book", "Was Not Brought", "Church of England", "Cantonese", "settle him",
    "Traditional Chinese",
]

CASE = HeldOut(REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
               RECOMMENDATIONS, header=HEADER, footer=FOOTER, comment=COMMENT, footnote=FOOTNOTE)
