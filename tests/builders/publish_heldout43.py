"""Held-back publication case 43, written blind (without sight of the anonymiser): a
15-year-old girl in a Kent seaside town exploited sexually and criminally. Every name of a
person, street, town, business and local service in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "KSCMP-CSPR-2023-04"

CASE_TOML = """\
reference = "KSCMP-CSPR-2023-04"
review = "Child Safeguarding Practice Review"
subject = "Child S"
period = { from = "01-01-2022", to = "31-05-2023" }
board = "Kent Safeguarding Children Multi-Agency Partnership"

[[agencies]]
name = "Kent Police"
aliases = ["Police", "KP", "Missing and Child Exploitation Team"]
report_due = "29-09-2023"

[[agencies]]
name = "Kent County Council Integrated Children's Services"
aliases = ["Children's Social Care", "CSC", "ICS", "Front Door"]
report_due = "29-09-2023"

[[agencies]]
name = "Kent Community Health NHS Foundation Trust"
aliases = ["KCHFT", "Health Visiting", "School Nursing"]
report_due = "29-09-2023"

[[agencies]]
name = "Hernsgate Coast Academy"
aliases = ["HCA", "Hernsgate Coast"]
published_as = "the secondary academy"

[[agencies]]
name = "Sandpiper House Pupil Referral Unit"
aliases = ["Sandpiper House", "Sandpiper PRU"]
published_as = "the pupil referral unit"

[[agencies]]
name = "Gullstone Medical Practice"
aliases = ["Gullstone Surgery"]

[[people]]
name = "Kacey-Mae Treloar"
aliases = ["Kacey-Mae", "Kacey Mae", "Kacey", "Kaycee-Mae", "Kiki", "KMT", "K-M"]
role = "Child"
pseudonym = "Child S"
sex = "female"
born = "22-07-2007"
address = "Flat 4, Cormorant Court, Tollgate Road, Hernsgate, CT9 7ZQ"
sibling_of = ["Tomasz Wójcik"]
lives_with = ["Jolene Treloar", "Dariusz Wójcik", "Tomasz Wójcik"]

[[people]]
name = "Jolene Treloar"
aliases = ["Jolene", "Ms Treloar", "JT"]
role = "Mother"
pseudonym = "Mother"
sex = "female"
born = "03-02-1986"
address = "Flat 4, Cormorant Court, Tollgate Road, Hernsgate, CT9 7ZQ"
mother_of = ["Kacey-Mae Treloar", "Tomasz Wójcik"]
partner_of = [{ name = "Dariusz Wójcik", from = "01-06-2014" }]
lives_with = ["Dariusz Wójcik"]

[[people]]
name = "Dariusz Wójcik"
aliases = ["Dariusz Wojcik", "Darek", "Mr Wójcik", "Mr Wojcik", "DW"]
role = "Mother's partner"
pseudonym = "Mother's partner"
sex = "male"
born = "17-10-1983"
address = "Flat 4, Cormorant Court, Tollgate Road, Hernsgate, CT9 7ZQ"
father_of = ["Tomasz Wójcik"]

[[people]]
name = "Tomasz Wójcik"
aliases = ["Tomasz", "Tomek", "Tomasz Wojcik"]
role = "Half-brother"
pseudonym = "Sibling 1"
sex = "male"
born = "05-06-2016"
address = "Flat 4, Cormorant Court, Tollgate Road, Hernsgate, CT9 7ZQ"

[[people]]
name = "Lee Christmas"
aliases = ["Mr Christmas"]
role = "Father"
pseudonym = "Father"
sex = "male"
born = "28-12-1984"
address = "9 Quayside Mews, Stourhithe, ME9 3RT"
father_of = ["Kacey-Mae Treloar"]

[[people]]
name = "Patricia Treloar"
aliases = ["Nan Pat", "Nanna Pat", "Pat"]
role = "Maternal grandmother"
pseudonym = "Grandmother"
sex = "female"
born = "11-04-1961"
address = "31 Gorse Hill Avenue, Hernsgate, CT9 4NW"
mother_of = ["Jolene Treloar", "Natasha Colquhoun"]

[[people]]
name = "Natasha Colquhoun"
aliases = ["Tash", "Ms Colquhoun", "Natasha Calhoun", "Tash Colquhoun"]
role = "Maternal aunt"
pseudonym = "Aunt"
sex = "female"
born = "19-09-1989"
address = "Polished by Tash, 6 Harbour Arcade, Hernsgate, CT9 1DS"

[[staff]]
name = "Sunday Okonjo"
code = "SW1"
role = "Social Worker"
agency = "Kent County Council Integrated Children's Services"

[[staff]]
name = "Amber Thwaite"
code = "DC1"
role = "Detective Constable"
agency = "Kent Police"

[[staff]]
name = "Rosalind Pettigrew"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Hernsgate Coast Academy"

[[staff]]
name = "Tobias Vane"
code = "KW1"
role = "Key Worker"
agency = "Sandpiper House Pupil Referral Unit"

[[staff]]
name = "Gwenllian Rees-Mabey"
code = "SN1"
role = "School Nurse"
agency = "Kent Community Health NHS Foundation Trust"
"""

IDENTIFIERS = {
    "key_name": [
        "Kacey-Mae Treloar", "Kacey-Mae", "Kacey-Mae's", "Kacey Mae", "Kaycee-Mae", "Kacey",
        "Treloar", "Jolene Treloar", "Jolene", "Ms Treloar", "Dariusz Wójcik", "Dariusz Wojcik",
        "Mr Wójcik", "Mr Wojcik", "Wójcik", "Tomasz Wójcik", "Tomasz", "Lee Christmas",
        "Mr Christmas", "Patricia Treloar", "Natasha Colquhoun", "Ms Colquhoun", "Natasha Calhoun",
    ],
    "nickname": [
        "Kiki", "Tomek", "Darek", "Nan Pat", "Nanna Pat", "Tash", "Tash's",
    ],
    "initials": [
        "KMT", "K.M.T.", "K-M", "JT", "J.T.", "DW",
    ],
    "not_in_key": [
        "Connor Medhurst", "Medhurst", "Ghost", "Sparks", "Reece Tolhurst", "R. Tolhurst",
        "Lacey Fagg", "Lacey", "Gary Pilcher", "Mrs Hollands",
    ],
    "staff": [
        "Sunday Okonjo", "Ms Okonjo", "Amber Thwaite", "DC Thwaite", "Rosalind Pettigrew",
        "Mrs Pettigrew", "Tobias Vane", "Mr Vane", "Gwenllian Rees-Mabey", "Ms Rees-Mabey",
    ],
    "address": [
        "Flat 4, Cormorant Court", "Cormorant Court", "Tollgate Road", "31 Gorse Hill Avenue",
        "Gorse Hill Avenue", "6 Harbour Arcade", "Harbour Arcade", "Quayside Mews", "Sandholme",
    ],
    "town": [
        "Hernsgate", "Stourhithe",
    ],
    "postcode": [
        "CT9 7ZQ", "CT9", "7ZQ", "CT9 4NW",
    ],
    "agency_place": [
        "Hernsgate Coast Academy", "HCA", "Sandpiper House", "Sandpiper PRU",
        "Gullstone Medical Practice", "Gullstone Surgery", "Stayrest Hernsgate Seafront",
        "Hernsgate Star Cars", "Star Cars", "Polished by Tash",
    ],
    "number": [
        "07700 900417", "07700 900862", "01632 960553", "999 042 7731", "46/48213/23", "YK67 ZTN",
        "PH/0412",
    ],
    "date_of_birth": [
        "22/07/2007", "22-07-2007", "22nd July 2007", "03/02/1986",
    ],
    "social_media": [
        "@kiki.mae07", "jolene.treloar86@example.org",
    ],
}

ORDINARY = [
    "Working Together to Safeguard Children 2018", "Children Act 1989", "section 47 enquiry",
    "Modern Slavery Act 2015", "National Referral Mechanism", "Single Competent Authority",
    "section 45 defence", "Independent Child Trafficking Guardian", "Barnardo's", "NSPCC", "CEOP",
    "Snapchat", "McDonald's", "Audi A3", "Staffordshire Bull Terrier",
    "Independent Inquiry into Child Sexual Abuse", "Professor Alexis Jay", "Victoria Climbié",
    "Arthur Labinjo-Hughes and Star Hobson", "Child Safeguarding Practice Review Panel",
    "It was hard to escape", "Operation Makesafe", "Operation Encompass", "Sarah's Law",
    "Philomena Protocol", "Crohn's disease", "Birmingham New Street", "British Transport Police",
    "Birmingham Children's Hospital", "Mothering Sunday", "Christmas Eve", "Bonfire Night",
    "rated amber", "pat-down search", "Polish", "Year 10", "Detective Sergeant",
    "OFFICIAL-SENSITIVE", "AssetPlus", "Child Abduction Warning Notice",
]

INVOLVEMENT = [
    "Kacey-Mae Treloar (KMT, date of birth 22/07/2007) is White British and lived throughout the "
    "review period with her mother, Jolene Treloar (J.T., born 03/02/1986), her mother's partner "
    "Dariusz Wójcik (DW), who is Polish, and her half-brother Tomasz Wójcik, known as Tomek, at "
    "Flat 4, Cormorant Court, Tollgate Road, Hernsgate CT9 7ZQ, on the Sandholme estate. The "
    "family kept a Staffordshire Bull Terrier. Ms Treloar has Crohn's disease and was admitted to "
    "hospital several times; Kacey Mae then stayed with her grandmother, Patricia Treloar (Nan "
    "Pat), at 31 Gorse Hill Avenue, Hernsgate CT9 4NW. Her father, Lee Christmas, lives at "
    "Quayside Mews in Stourhithe; Mr Christmas saw his daughter on Christmas Eve and for a week "
    "each August. The family was registered with the Gullstone Medical Practice (NHS number 999 "
    "042 7731), and the health visiting record closed when Kacey-Mae started school.",

    "In January 2022 Kacey-Mae was in Year 10 at Hernsgate Coast Academy (HCA). On 10/02/2022 the "
    "Designated Safeguarding Lead, Rosalind Pettigrew, recorded that a friend, Lacey Fagg, had "
    "said Kacey-Mae had an older boyfriend called 'Ghost' who drove a black Audi A3 (registration "
    "YK67 ZTN) and bought her food at McDonald's after school. Mrs Pettigrew completed the county "
    "exploitation screening tool, which rated amber, and referred to the Front Door; the contact "
    "was stepped down to Early Help the same day because Ms Treloar 'was engaging'. Lacey later "
    "told staff that Ghost was Connor Medhurst, aged 19, and that girls were taken to parties in "
    "cars from Hernsgate Star Cars.",

    "Kacey-Mae was reported missing seven times between March and July 2022. Each episode was "
    "graded MEDIUM by the police control room and closed when she came home or was found. On "
    "Mothering Sunday, 27-03-2022, she was found at 01:40 hrs at Nan Pat's house after Mrs "
    "Hollands, a neighbour, saw her getting out of a Star Cars taxi. On 18-05-2022 officers found "
    "her in room 214 of the Stayrest Hernsgate Seafront, which Reece Tolhurst had booked and paid "
    "for in cash; a pat-down search by a Detective Sergeant found a second phone (07700 900417) "
    "and a hotel key card. Return home interviews, commissioned from Barnardo's, were offered "
    "after five episodes; two took place, one by telephone with Ms Treloar in the room, and Kacey "
    "told the worker 'I was just at a mate's'. The Philomena Protocol was not used because the "
    "force applied it only to children in care.",

    "A strategy meeting on 24-05-2022 agreed a section 47 enquiry under the Children Act 1989, "
    "and the case was allocated to the social worker Sunday Okonjo. Ms Okonjo saw Kacey-Mae alone "
    "three times; K-M would not talk about Medhurst. Ms Treloar asked Kent Police under Sarah's "
    "Law whether he posed a risk to her daughter; DC Amber Thwaite recorded that there was "
    "nothing to disclose, and on 14-09-2022 a Child Abduction Warning Notice was served on Connor "
    "Medhurst instead. The enquiry ended with a Child in Need plan. On 21-10-2022 police attended "
    "a domestic incident between Ms Treloar and Mr Wójcik (Darek), recorded under the spelling "
    "Dariusz Wojcik, and the academy received an Operation Encompass notification the next "
    "morning. No interpreter was booked for Mr Wojcik, whose first language is Polish, at any "
    "meeting.",

    "Kacey-Mae, by then in Year 11, was seen with older males setting off fireworks on Bonfire "
    "Night and was found with a lock knife in her bag at school on 07-11-2022; HCA excluded her "
    "permanently. She started at Sandpiper House Pupil Referral Unit (Sandpiper PRU) on "
    "28-11-2022, where her key worker was Tobias Vane. The transfer sheet from the academy did "
    "not mention Ghost, the hotel or the screening tool. Mr Vane noted that Kacey-Mae worked "
    "after school, cash in hand, at her aunt's nail bar, Polished by Tash, 6 Harbour Arcade, "
    "Hernsgate, and talked about gel polish and 'making my own money'. Her aunt, Natasha "
    "Colquhoun (Tash), rang the PRU from the salon on 01632 960553 in December 2022 to say that "
    "'men in an Audi' waited outside for Kacey and had given Kacey-Mae's friends a phone for her; "
    "the PRU log recorded the caller as Natasha Calhoun.",

    "Kacey-Mae was missing from 30-01-2023 to 07-02-2023. British Transport Police found her at "
    "Birmingham New Street with wraps of heroin and crack cocaine, £340 in cash and a phone, "
    "07700 900862, which officers identified as the 'Sparks' county line run from London into "
    "Hernsgate. The custody record spelt her name Kaycee-Mae and gave her date of birth as 22nd "
    "July 2007. She had a deep cut to her hand and was taken to Birmingham Children's Hospital. "
    "Kent Police, as first responder, referred her into the National Referral Mechanism on "
    "09-02-2023; the Single Competent Authority made a positive reasonable grounds decision on "
    "15-02-2023 and an Independent Child Trafficking Guardian was allocated. She was nonetheless "
    "charged with possession with intent to supply; her solicitor raised the section 45 defence "
    "under the Modern Slavery Act 2015, and the youth justice AssetPlus assessment described her "
    "as 'streetwise'.",

    "In March 2023 Ms Treloar found sexual images of her daughter on Snapchat, sent from the "
    "account @kiki.mae07, and reported them to CEOP and to the NSPCC helpline from "
    "jolene.treloar86@example.org; she was told to contact Kent Police and did so on 13-03-2023. "
    "The school nurse, Gwenllian Rees-Mabey, saw Kacey-Mae at the PRU for sexual health advice on "
    "20-03-2023 and recorded that 'Kiki is her name on the street'. On 29-04-2023 Kacey-Mae "
    "(22-07-2007) was found unconscious in a room at the Stayrest Hernsgate Seafront booked in "
    "the name of R. Tolhurst; Gary Pilcher, a driver for Hernsgate Star Cars (private hire "
    "licence PH/0412), had driven her there. She disclosed that she had been raped. The crime was "
    "recorded as 46/48213/23, and a rapid review was held under Working Together to Safeguard "
    "Children 2018.",
]

ANALYSIS = [
    "Practitioners saw Kacey-Mae's missing episodes one at a time. Seven episodes in five months, "
    "two of them ending at the Stayrest Hernsgate Seafront, were never put beside the screening "
    "tool that rated amber, Lacey Fagg's account of Ghost or the Star Cars taxis. Records "
    "described a child of 14 as 'putting herself at risk' and making a 'lifestyle choice', the "
    "language that the Independent Inquiry into Child Sexual Abuse, chaired by Professor Alexis "
    "Jay, showed leaves children unprotected. JT told the review that she 'rang everyone and "
    "nobody joined it up'.",

    "The return home interviews were the main chance to hear Kacey-Mae alone, and they mostly did "
    "not happen. The police missing reports, marked OFFICIAL-SENSITIVE, were not shared with "
    "Barnardo's, so the worker knew nothing of the hotel, the Audi or Medhurst, and the one "
    "telephone interview was held with Jolene listening. DC Thwaite's decision under Sarah's Law "
    "was correct in law, but no one told Ms Treloar what else could be done, and the Child "
    "Abduction Warning Notice was not shared with the academy or with Sandpiper House.",

    "The move from Hernsgate Coast Academy to Sandpiper House cut the thread of what was known. "
    "Mrs Pettigrew's concerns did not travel with Kacey-Mae, and Mr Vane heard about the nail bar "
    "without knowing its history. A 15-year-old working cash in hand at Polished by Tash was not "
    "checked against the rules on child employment, and Tash's calls about the men outside "
    "Harbour Arcade were logged but not passed to the police. Ms Colquhoun said that she 'thought "
    "telling the school was telling everyone'.",

    "The National Referral Mechanism referral and the criminal case pulled in different "
    "directions: the Single Competent Authority's decision was not shared with the Crown "
    "Prosecution Service for six weeks. Since the Victoria Climbié Inquiry, reviews have asked "
    "agencies to know the men around a child; here Mr Wójcik, Mr Christmas and the men in the "
    "Audi were barely recorded, no interpreter was offered, and Nanna Pat, whom Kacey-Mae "
    "trusted, was never invited to a Child in Need meeting. Ms Okonjo and Ms Rees-Mabey both said "
    "their caseloads in the CT9 area were above the agreed limits.",
]

LEARNING = [
    "Exploitation of Kacey-Mae (Child S) was visible in fragments in every agency: in the "
    "screening tool that rated amber, in seven missing episodes, in two rooms at the Stayrest "
    "Hernsgate Seafront and in the Hernsgate Star Cars taxis. As the Child Safeguarding Practice "
    "Review Panel found in 'It was hard to escape' (2020), and as Professor Alexis Jay's work for "
    "the Independent Inquiry into Child Sexual Abuse showed, children like K.M.T. are harmed when "
    "each agency holds one piece. Hotels and taxi firms in Hernsgate had never been offered "
    "Operation Makesafe training, and no one told the hotel chain that a 14-year-old had been "
    "found in one of its rooms with a Detective Sergeant's pat-down search turning up a second "
    "phone.",

    "The National Referral Mechanism decision of the Single Competent Authority and the "
    "Independent Child Trafficking Guardian from Barnardo's came only after Kacey was found at "
    "Birmingham New Street by British Transport Police, eleven months after the first missing "
    "episode from the Sandholme estate. The section 45 defence under the Modern Slavery Act 2015 "
    "was raised by her solicitor, not by any agency. Jolene Treloar and Nan Pat asked for help, "
    "through Sarah's Law and through a call on Mothering Sunday, and were treated as witnesses "
    "rather than partners; Mr Wójcik, who is Polish, was never offered an interpreter. Kiki's "
    "Snapchat account @kiki.mae07 and the phone 07700 900862 were known to the PRU in December "
    "2022 and reached the police only in February 2023.",

    "A child exploited outside the home who is moved to alternative provision needs a full "
    "handover: Sandpiper House received a transfer sheet, not a history. Like the relatives in "
    "the national review into the murders of Arthur Labinjo-Hughes and Star Hobson, Ms Colquhoun "
    "raised concerns that were heard as gossip. An Operation Encompass notification reached HCA "
    "in October 2022 and stopped there.",

    "The Gullstone Surgery knew of Ms Treloar's Crohn's disease admissions and that Kacey-Mae was "
    "then left with her grandmother, and it was never invited to the Child in Need meetings. "
    "Health partners are expected to take part under Working Together to Safeguard Children 2018 "
    "and the Children Act 1989; the AssetPlus assessment and the medical record at Birmingham "
    "Children's Hospital were never read together.",
]

RECOMMENDATIONS = [
    ("Kent Police should review every missing episode of a child like Kacey-Mae (KMT) against "
     "earlier episodes, return home interviews by Barnardo's and any screening tool that rated "
     "amber, extending the Philomena Protocol to children living at home",
     "Joint audit of 30 missing children's records, including those found at the Stayrest "
     "Hernsgate Seafront",
     "Detective Inspector, Missing and Child Exploitation Team",
     "31-03-2024"),
    ("The partnership should offer Operation Makesafe training to every hotel and private hire "
     "firm in the district, starting with the Stayrest Hernsgate Seafront and Hernsgate Star Cars",
     "Licensing conditions to require staff to report a child booked into a room",
     "Licensing Manager, district council",
     "30-06-2024"),
    ("Children's social care should make a National Referral Mechanism referral as soon as a "
     "child such as Kiki is found with drugs away from Hernsgate, and share the Single Competent "
     "Authority decision with Sandpiper House",
     "Guidance and a dip sample of referrals made under the Modern Slavery Act 2015",
     "Head of Adolescent Services",
     "31-01-2024"),
]

HEADER = ("OFFICIAL-SENSITIVE | KSCMP CSPR | Child S (Kacey-Mae Treloar, KMT), Cormorant Court, "
          "Hernsgate")
FOOTER = ("Working copy: return to DC Amber Thwaite, Kent Police; family contact 07700 900417, "
          "jolene.treloar86@example.org")
COMMENT = ("Check with Nan Pat and Tash whether the Snapchat @kiki.mae07 is still live; DW says "
           "Polished by Tash closed in March.")
FOOTNOTE = ("Ms Treloar (J.T.) confirmed Kacey-Mae's date of birth (22-07-2007) and the address "
            "CT9 7ZQ to Sunday Okonjo on 02-06-2023.")

CASE = HeldOut(REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
               RECOMMENDATIONS, header=HEADER, footer=FOOTER, comment=COMMENT,
               footnote=FOOTNOTE)
