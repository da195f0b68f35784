"""Held-back publication case 11, written blind (without sight of the anonymiser); every
person, family, agency, street and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "DYF-CPR-2023-02"
review = "Child Practice Review"
subject = "Child T"
period = { from = "01-09-2021", to = "28-02-2023" }
board = "Dyfnant Regional Safeguarding Children Board"

[[agencies]]
name = "Dyfnant Police"
aliases = ["Dyfnant Police Service", "Police", "Thames Valley Police"]

[[agencies]]
name = "Children's Social Care"
aliases = ["Dyfnant Children's Services", "CSC"]

[[agencies]]
name = "Health Visiting Service"
aliases = ["Health Visiting", "Dyfnant Community Health Visiting"]

[[agencies]]
name = "Ysgol Uwchradd Bryn Eithin"
aliases = ["Bryn Eithin High School", "YUBE"]
published_as = "the secondary school"

[[agencies]]
name = "Ponciau Road Surgery"
aliases = ["Ponciau Surgery"]

[[agencies]]
name = "Rhos Flying Start Children's Centre"
aliases = ["Rhos Flying Start"]
published_as = "the children's centre"

[[people]]
name = "Caelan Marsh-Oduya"
aliases = ["Caelan", "Cae", "CMO", "Caelan Marsh"]
role = "Child"
pseudonym = "Child T"
born = "03-09-2008"
address = "7 Heol Bryn Eithin, Rhosllanerchrugog, LL14 6XQ"

[[people]]
name = "Ffion Marsh"
aliases = ["Ffion", "Ms Marsh", "FM"]
role = "Mother"
pseudonym = "Mother"
born = "17-02-1987"
address = "7 Heol Bryn Eithin, Rhosllanerchrugog, LL14 6XQ"

[[people]]
name = "Tobenna Oduya"
aliases = ["Tobi", "Mr Oduya"]
role = "Father"
pseudonym = "Father"
born = "22-11-1984"
address = "14 Tanyard Close, Ellesmere Port, CH65 9TQ"

[[people]]
name = "Dylan Pryce"
aliases = ["Dylan", "D.P."]
role = "Mother's partner"
pseudonym = "Adult Male A"
born = "09-06-1990"
address = "7 Heol Bryn Eithin, Rhosllanerchrugog, LL14 6XQ"

[[people]]
name = "Nel Pryce"
aliases = ["Nel"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "14-04-2022"
address = "7 Heol Bryn Eithin, Rhosllanerchrugog, LL14 6XQ"

[[people]]
name = "Gwenllïan Marsh"
aliases = ["Gwenllian Marsh", "Nain Gwen"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "30-01-1963"

[[staff]]
name = "Bethan Hope"
code = "HV1"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Rhodri Sankey"
code = "DC1"
role = "Detective Constable"
agency = "Dyfnant Police"

[[staff]]
name = "Marta Wiśniewska"
code = "SW1"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Gareth Penhallow"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Ysgol Uwchradd Bryn Eithin"
"""

IDENTIFIERS = {
    "key_name": ["Caelan Marsh-Oduya", "Caelan", "Caelan's", "Caelan Marsh", "Ffion Marsh",
                 "Ffion", "Ms Marsh", "Tobenna Oduya", "Mr Oduya", "Dylan Pryce", "Dylan",
                 "Nel Pryce", "Nel", "Gwenllïan Marsh", "Gwenllian Marsh"],
    "nickname": ["Cae", "Tobi", "Nain Gwen"],
    "misspelling": ["Kaelan", "Caelen", "Oduyah"],
    "initials": ["CMO", "C.M-O.", "FM", "D.P."],
    "not_in_key": ["Kieron Lomax", "Spud", "Ceridwen Bowditch", "Mrs Bowditch",
                   "Jaydn Ferrie", "Jaydn"],
    "staff": ["Bethan Hope", "HV Hope", "Rhodri Sankey", "DC Sankey", "Marta Wiśniewska",
              "Marta Wisniewska", "Gareth Penhallow", "Mr Penhallow", "Dr Anwen Biddle",
              "Hughes-Lloyd"],
    "address": ["7 Heol Bryn Eithin", "Heol Bryn Eithin", "Rhosllanerchrugog", "Rhos",
                "14 Tanyard Close", "Ellesmere Port"],
    "postcode": ["LL14 6XQ", "LL14", "6XQ", "CH65 9TQ"],
    "agency_place": ["Ysgol Uwchradd Bryn Eithin", "Bryn Eithin High School", "Bryn Eithin",
                     "Ponciau Road Surgery", "Ponciau",
                     "Rhos Flying Start Children's Centre"],
    "number": ["07700 900417", "07700900417", "01632 960288", "ffion.marsh87@example.org",
               "948 201 7735", "DP/22/014583", "CX19 KVD", "A823456789012",
               "CP-2022-0419", "LCS 300144"],
    "date_of_birth": ["03.09.2008", "3rd September 2008", "17/02/1987", "14-04-2022",
                      "03/09/08"],
    "social_media": ["@cae_mrsh08", "tobi.oduya84"],
}

ORDINARY = [
    "in the hope that", "salt marsh", "Snapchat", "WhatsApp", "PlayStation",
    "National Referral Mechanism", "Single Competent Authority",
    "Social Services and Well-being (Wales) Act 2014", "Wales Safeguarding Procedures",
    "Working Together to Safeguard Children 2023", "Children Act 1989",
    "Police and Criminal Evidence Act 1984", "Appropriate Adult", "Detective Sergeant",
    "PCSO", "Estyn", "Christmas Eve", "St David's Day",
    "Wednesday", "Year 9", "Year 10", "Alder Hey Children's Hospital",
    "Wrexham Maelor Hospital", "Childline", "NSPCC",
    "Arthur Labinjo-Hughes", "Star Hobson", "Victoria Climbié", "AssetPlus",
    "Youth Justice Service", "Strengths and Difficulties Questionnaire", "ASQ-3",
    "Staffordshire Bull Terrier", "Osgood-Schlatter disease", "Blackpool", "Liverpool",
    "OFFICIAL-SENSITIVE", "CAMHS", "Flying Start", "Welsh Government",
]

INVOLVEMENT = [
    "Caelan Marsh-Oduya (DOB 03.09.2008) lived at 7 Heol Bryn Eithin, Rhosllanerchrugog, "
    "LL14 6XQ with his mother Ffion Marsh, her partner Dylan Pryce and, from April 2022, "
    "his half-sister Nel Pryce (born 14-04-2022). The household kept a Staffordshire Bull "
    "Terrier. Caelan was in Year 9 at Ysgol Uwchradd Bryn Eithin when the review period "
    "began and was registered with Ponciau Road Surgery.",
    "On a Wednesday in October 2021 PCSO Hughes-Lloyd stopped Cae outside the chip shop on "
    "the main road in Rhos with an older youth, Kieron Lomax, known locally as \"Spud\". "
    "Police crime reference DP/22/014583 was later linked to the same vehicle, CX19 KVD. "
    "DC Sankey recorded that Kaelan (sic) gave a false date of birth and a mobile number, "
    "07700 900417, that was registered to Ms Marsh.",
    "Health Visitor Bethan Hope completed the new birth visit for Nel in April 2022 and an "
    "ASQ-3 at nine months. HV Hope noted that Caelan's bedroom door had a padlock and that "
    "Ffion said he was \"always on his PlayStation or Snapchat\". The visit took place in "
    "the hope that mother would take up Flying Start groups at Rhos Flying Start "
    "Children's Centre; she attended twice.",
    "Children's Social Care opened case CP-2022-0419 after a referral from the school on "
    "St David's Day 2022. Social worker Marta Wiśniewska (recorded on the police system as "
    "Marta Wisniewska) completed an assessment under the Social Services and Well-being "
    "(Wales) Act 2014. She phoned the landline, 01632 960288, and e-mailed "
    "ffion.marsh87@example.org; neither was answered for eleven days.",
    "Caelan's father, Tobenna Oduya, lived at 14 Tanyard Close, Ellesmere Port, CH65 9TQ. "
    "Mr Oduya told the social worker that \"Tobi\" was the only name his son used for him "
    "on WhatsApp and that he had seen photographs posted by @cae_mrsh08 showing cash and a "
    "knife. His own profile, tobi.oduya84, was not checked by any agency.",
    "Over the summer of 2022 Caelen was reported missing nine times. He was twice found in "
    "Blackpool and once in Liverpool, and a Detective Sergeant made a referral to the "
    "National Referral Mechanism. The Single Competent Authority made a positive "
    "reasonable grounds decision. A neighbour, Mrs Ceridwen Bowditch, told police that a "
    "friend, Jaydn Ferrie, collected Caelan most evenings in a grey car; Mrs Bowditch "
    "later withdrew her statement.",
    "On Christmas Eve 2022 Caelan was found with a stab wound on the salt marsh by the "
    "estuary and was taken to Wrexham Maelor Hospital and then to Alder Hey Children's "
    "Hospital. His grandmother Gwenllïan Marsh (\"Nain Gwen\") stayed with him. His NHS "
    "number, 948 201 7735, was recorded with a transposed digit in the transfer letter, "
    "and the surgery record (LCS 300144) still spelt his surname Oduyah.",
]

ANALYSIS = [
    "Agencies saw CMO as a Year 10 boy who was \"choosing\" to go missing rather than as a "
    "child being exploited. This is the pattern the Child Practice Review guidance and the "
    "Wales Safeguarding Procedures warn against, and which the national reviews following "
    "the deaths of Arthur Labinjo-Hughes and Star Hobson, and long before them Victoria "
    "Climbié, describe: professionals accepting an adult's account of a child's life.",
    "When Caelan was interviewed under the Police and Criminal Evidence Act 1984 his "
    "Appropriate Adult was Dylan Pryce, who was himself of interest to the investigation. "
    "D.P. should not have been asked. No Section 47 enquiry under the Children Act 1989 "
    "followed the second Blackpool episode, although Ffion Marsh asked for one.",
    "The Youth Justice Service completed AssetPlus but did not share it with CAMHS, and the "
    "Strengths and Difficulties Questionnaire sent by Mr Penhallow was never returned. Dr "
    "Anwen Biddle at Ponciau Road Surgery treated Osgood-Schlatter disease and noted bruising, "
    "but no one asked FM how Caelan had got the injuries.",
    "Estyn and Care Inspectorate Wales had each recently praised the local arrangements; the "
    "review found that praise did not reach practice on Heol Bryn Eithin. The school's "
    "electronic record used the unique pupil number A823456789012 and the spelling "
    "\"Caelan Marsh\", so the MASH-equivalent search by Rhodri Sankey missed earlier records.",
]

LEARNING = [
    "Professionals must recognise criminal exploitation when a child such as Caelan "
    "Marsh-Oduya is repeatedly found far from home in Blackpool or Liverpool. Gareth "
    "Penhallow of Bryn Eithin High School raised the concern in Year 9; he was right, and "
    "the learning is that such concerns should be escalated, in the hope that a joint plan "
    "follows, rather than left with the Designated Safeguarding Lead. Childline, the NSPCC "
    "and Crimestoppers materials were given to Ms Marsh but not to Caelan's father.",
    "Records must carry every spelling of a name: Caelen, Kaelan and Caelan; Oduya and "
    "Oduyah; C.M-O. and CMO. A search on 3rd September 2008 as the date of birth found "
    "nothing because one record held 17/02/1987, his mother's, in the child's field. The "
    "Single Competent Authority, the National Referral Mechanism and the Welsh Government's "
    "Flying Start programme all depend on accurate identity data. Bethan Hope and Marta "
    "Wisniewska each had a different mobile number, 07700900417, for Ffion.",
    "Fathers living outside Wales, like Tobenna Oduya in Ellesmere Port, must be included; "
    "Working Together to Safeguard Children 2023 says the same of fathers in England.",
    "Social media such as Snapchat and WhatsApp is now where exploitation is visible; "
    "agencies should be able to look at an account like @cae_mrsh08 lawfully.",
]

RECOMMENDATIONS = [
    ("The Board should ensure that when a child like Caelan (Child T, of Rhosllanerchrugog) "
     "is found in Blackpool or Liverpool a referral to the National Referral Mechanism is "
     "considered within 24 hours, as the Wales Safeguarding Procedures require",
     "Audit missing episodes and NRM referrals", "Detective Sergeant, Exploitation Hub",
     "30-09-2023"),
    ("Ysgol Uwchradd Bryn Eithin and Ponciau Road Surgery should record all spellings of a "
     "child's name (as with Caelan, Caelen and Kaelan) and share them with CAMHS and the "
     "Youth Justice Service on the first Wednesday of each month",
     "Agree a name-variant field", "Head of Safeguarding", "31-12-2023"),
    ("Children's Social Care should never use a household member such as Dylan as an "
     "Appropriate Adult and should check every father, as Mr Oduya was not checked, under "
     "the Social Services and Well-being (Wales) Act 2014",
     "Brief custody staff and social workers", "Head of Service", "31-03-2024"),
]

CASE = HeldOut(
    "DYF-CPR-2023-02", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE - Child Practice Review: Caelan Marsh-Oduya, LL14 6XQ",
    footer="Draft for panel only; family address 7 Heol Bryn Eithin, Rhosllanerchrugog",
    comment="Check with Nain Gwen (Gwenllian Marsh) whether Tobi has been told of the 03/09/08 "
            "birthday entry; DC Sankey to confirm crime ref DP/22/014583.",
    footnote="Per HV Hope's record of 14-04-2022 and the GP note at Ponciau, Nel Pryce was "
             "seen with Ffion on Christmas Eve.",
)
