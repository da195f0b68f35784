# ruff: noqa: E501
"""A held-back publication case written blind (without sight of the anonymiser): a Romany
Gypsy and Irish Traveller family moving between sites in Kent and Essex; every name, site,
number and date of birth is invented."""

from tests.builders.publish_heldout import HeldOut

CASE_TOML = """\
reference = "KMSCP-CSPR-24-11"
review = "Local Child Safeguarding Practice Review"
subject = "Child V"
period = { from = "01-09-2022", to = "31-08-2024" }
board = "Kent and Medway Safeguarding Children Partnership"
decision = "07-10-2024"

[[agencies]]
name = "Kent Police"
aliases = ["KP", "Kent Constabulary"]

[[agencies]]
name = "Kent County Council Children's Social Care"
aliases = ["KCC CSC", "Children's Social Care", "Kent Children's Services"]

[[agencies]]
name = "Kent Community Health NHS Foundation Trust"
aliases = ["KCHFT", "Health Visiting Service", "0-19 Service"]

[[agencies]]
name = "Essex Traveller Education Service"
aliases = ["TES", "ETES"]

[[agencies]]
name = "St Aldhelm's Catholic Primary School, Wealdstock"
aliases = ["St Aldhelm's", "St Aldhelms RC Primary"]
published_as = "the primary school"

[[agencies]]
name = "Brookmoor Surgery"
aliases = ["Brookmoor Medical Practice"]

[[agencies]]
name = "Kent County Council Gypsy and Traveller Unit"
aliases = ["GTU", "Site Management"]
published_as = "the county council's site management service"

[[people]]
name = "Kezzabel Mulvarra"
aliases = ["Kezzie", "Kez", "Kezzabelle", "KM"]
role = "Child"
pseudonym = "Child V"
born = "14-08-2021"
address = "Plot 7, Sumpter's Lane Traveller Site, Wealdstock, ME17 9QZ"

[[people]]
name = "Silvanus Mulvarra"
aliases = ["Silvy"]
role = "Sibling"
pseudonym = "Child W"
born = "02-05-2016"
address = "Plot 7, Sumpter's Lane Traveller Site, Wealdstock, ME17 9QZ"

[[people]]
name = "Lurena Bosvile"
aliases = ["Lurena", "Rena", "Lurena Mulvarra"]
role = "Mother"
pseudonym = "Mother"
born = "23-11-1997"
address = "Pitch 14, Cobbins Hard Transit Site, Lower Dunnow, SS17 4XJ"

[[people]]
name = "Dónal Mulvarra"
aliases = ["Donal Mulvarra", "Donie"]
role = "Father"
pseudonym = "Father"
born = "09-06-1994"

[[people]]
name = "Amos Greyling"
aliases = ["Amo"]
role = "Mother's partner"
pseudonym = "Mr A"
born = "30-01-1990"
address = "Pitch 14, Cobbins Hard Transit Site, Lower Dunnow, SS17 4XJ"

[[people]]
name = "Sinfie Bosvile"
aliases = ["Nanny Sinfie", "Nan Sinfie"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "11-03-1963"
address = "Plot 7, Sumpter's Lane Traveller Site, Wealdstock, ME17 9QZ"

[[staff]]
name = "Jo Christmas"
code = "SW1"
role = "Social Worker"
agency = "Kent County Council Children's Social Care"

[[staff]]
name = "Oonagh Tapsell"
code = "HV1"
role = "Health Visitor"
agency = "Kent Community Health NHS Foundation Trust"

[[staff]]
name = "Ysanne Threlfall"
code = "TES1"
role = "Advisory Teacher"
agency = "Essex Traveller Education Service"

[[staff]]
name = "Kit Marchbanks"
code = "DS1"
role = "Detective Sergeant"
agency = "Kent Police"
"""

IDENTIFIERS = {
    "key_name": ["Kezzabel Mulvarra", "Kezzabel", "Kezzabel's", "Silvanus Mulvarra", "Silvanus",
                 "Lurena Bosvile", "Lurena", "Lurena's", "Lurena Mulvarra", "Dónal Mulvarra",
                 "Dónal", "Donal", "Dónal's", "Amos Greyling", "Amos", "Amos's",
                 "Sinfie Bosvile", "Mulvarra", "Mr Mulvarra", "Mulvarras", "Bosvile",
                 "Ms Bosvile", "Greyling", "Mr Greyling"],
    "nickname": ["Kezzie", "Kezzie's", "Kez", "Silvy", "Rena", "Donie", "Amo",
                 "Nanny Sinfie", "Nan Sinfie", "Sinfie"],
    "misspelling": ["Kezzabelle", "Lurina", "Mulvara", "Bosvill"],
    "initials": ["K.M.", "KM", "L-B", "LB", "D.M.", "AG"],
    "not_in_key": ["Thirza Lamburn", "Thirza", "Mrs Lamburn", "Vesty Coombar", "Vesty",
                   "Nóirín", "Noirin", "Auntie Nóirín", "Wilf Scrivenor", "Mr Scrivenor"],
    "staff": ["Jo Christmas", "Ms Christmas", "Oonagh Tapsell", "Ms Tapsell",
              "Ysanne Threlfall", "Ysanne", "Ms Threlfall", "Kit Marchbanks", "DS Marchbanks"],
    "address": ["Plot 7", "Sumpter's Lane Traveller Site", "Sumpter's Lane", "Sumpters Lane",
                "Wealdstock", "Pitch 14", "Cobbins Hard Transit Site", "Cobbins Hard",
                "Lower Dunnow", "Crowpits Lane", "Nettlebourne", "Ickleden Green"],
    "postcode": ["ME17 9QZ", "ME179QZ", "ME17", "9QZ", "SS17 4XJ", "SS17", "4XJ"],
    "agency_place": ["St Aldhelm's Catholic Primary School", "St Aldhelm's", "St Aldhelms",
                     "Brookmoor Surgery", "Brookmoor"],
    "number": ["07700 900417", "07700900417", "01632 960582", "999 041 7723", "46/118270/22"],
    "date_of_birth": ["14/08/2021", "14-08-2021", "14th August 2021", "02-05-2016",
                      "23/11/1997", "09-06-1994"],
    "email": ["rena.b97@example.org"],
    "social_media": ["@renarose_b97"],
}

ORDINARY = [
    "Romany Gypsy", "Irish Traveller", "Gypsy, Roma and Traveller History Month",
    "Appleby Horse Fair", "Ballinasloe", "Friends, Families and Travellers",
    "Traveller Movement", "Christmas Day", "St Patrick's Day", "First Holy Communion",
    "Light and Life", "Operation Encompass", "Multi-Agency Safeguarding Hub", "MARAC", "DASH",
    "Police, Crime, Sentencing and Courts Act 2022",
    "Criminal Justice and Public Order Act 1994", "section 47", "Children Act 1989",
    "Working Together to Safeguard Children 2023", "Arthur Labinjo-Hughes and Star Hobson",
    "Victoria Climbié", "King's College Hospital", "Broomfield Hospital", "NHS 111", "NSPCC",
    "Graded Care Profile 2", "Ages and Stages Questionnaire", "Mongolian blue spots",
    "Staffordshire bull terrier", "lurcher", "Gypsy Cob", "WhatsApp", "Calor gas", "Year 3",
    "Detective Sergeant", "NO FURTHER ACTION", "Was Not Brought", "Essex Police", "Shelta",
]

INVOLVEMENT = [
    "At the start of the review period Kezzabel Mulvarra (Child V, known to the family as "
    "Kezzie or Kez, date of birth 14/08/2021) lived with her mother, Lurena Bosvile, her "
    "father, Dónal Mulvarra, and her brother Silvanus (Child W, born 02-05-2016) in a touring "
    "trailer pulled onto Plot 7 of the Sumpter's Lane Traveller Site, Wealdstock ME17 9QZ. The "
    "plot is licensed to Kezzie's maternal grandmother, Sinfie Bosvile, known to everyone as "
    "Nanny Sinfie. Lurena is a Romany Gypsy from a family that has travelled the county for "
    "generations; Dónal is an Irish Traveller who speaks Shelta at home with his sister. The "
    "health visiting record held the address as 'Plot 7, Sumpters Lane, ME179QZ' and a mobile "
    "number, 07700 900417, that Lurena changed twice during the review period.",

    "The health visitor, Oonagh Tapsell, completed Kezzie's one-year review late, at thirteen "
    "months, in the site office, because the site warden, Wilf Scrivenor, told her that a "
    "second trailer on Plot 7 was 'nothing to do with the council'. The Ages and Stages "
    "Questionnaire was within the expected range. Ms Tapsell recorded that Lurena 'does not "
    "read well' and gave spoken advice about the Calor gas heater and the lurcher chained by "
    "the trailer steps; the Red Book was not seen. Kezzie's NHS number (999 041 7723) was "
    "correct, but her registration at Brookmoor Surgery was temporary, and two immunisation "
    "appointments in November 2022 were coded as 'DNA' rather than as Was Not Brought.",

    "On Christmas Day 2022 Kent Police attended Sumpter's Lane after Nanny Sinfie rang 999 to "
    "say that Dónal had smashed the trailer windows and thrown a mug at Lurena while she held "
    "Kezzie (crime reference 46/118270/22; the log reads 'D.M. arrested, LB and KM present'). "
    "The DASH risk assessment was graded standard because Lurena said it was 'the drink and "
    "the time of year'. The Operation Encompass notification reached St Aldhelm's Catholic "
    "Primary School eleven days later, on the first school day of January. The neighbour on "
    "the next plot, Thirza Lamburn, told the attending officer that 'the little one is always "
    "being shouted at', but her account went no further than the officer's notebook.",

    "In February 2023 Dónal went back to Ireland for work, and by the family's account to the "
    "October fair at Ballinasloe; Mr Mulvarra ('Donie' to the family) has not lived with the children since, although "
    "he rang them on St Patrick's Day. Lurena's new partner, Amos Greyling ('Amo'), a horse "
    "dealer from an Essex Romany family, moved the family around Easter to Pitch 14 at the "
    "Cobbins Hard Transit Site, Lower Dunnow SS17 4XJ. The advisory teacher from the Essex "
    "Traveller Education Service, Ysanne Threlfall, found them through Dónal's sister, Auntie "
    "Nóirín, who sent the new number by WhatsApp, and Silvy made his First Holy Communion that "
    "summer with his Bosvile cousins. Essex Police held intelligence that Mr Greyling had "
    "assaulted a former partner and had told a friend, Vesty Coombar, that 'the babby needs "
    "sorting out'; none of this was known to agencies in Kent.",

    "After Appleby Horse Fair in June 2023 the family did not go back to Cobbins Hard but "
    "pulled onto the verge of Crowpits Lane, Nettlebourne, with two other trailers and Amos's "
    "Gypsy Cob mares. Kent Police served a notice under section 61 of the Criminal Justice and "
    "Public Order Act 1994 and, when the group returned in September, used the new powers in "
    "the Police, Crime, Sentencing and Courts Act 2022 and seized one trailer. During the "
    "eviction a PCSO noticed bruising to Kezzabel's cheek and upper arm; Lurena said she had "
    "fallen against the tow hitch. The Multi-Agency Safeguarding Hub received the notification "
    "the next day, by which time the roadside camp had gone, and the contact was closed as "
    "'NO FURTHER ACTION – family moved on, no fixed abode'.",

    "In October 2023 Ms Threlfall made a referral after Silvanus, then in Year 3, told her that "
    "Amos 'puts Kez in the horsebox when she cries'. The social worker, Jo Christmas, visited "
    "the roadside camp at Crowpits Lane once. She saw bluish marks on Kezzie's lower back which "
    "Lurena and Nan Sinfie described as Mongolian blue spots 'she was born with'. No strategy "
    "discussion was held, no section 47 enquiry was opened, no child protection medical was "
    "arranged and the Red Book, which would have recorded any birthmarks, was not asked for. "
    "Ms Christmas closed the assessment with signposting to Friends, Families and Travellers "
    "and the Traveller Movement; the Graded Care Profile 2 was not used and the health visitor "
    "was not told.",

    "In May 2024, at the Ickleden Green horse fair, Amos and Vesty fought over a Staffordshire "
    "bull terrier and Essex Police arrested Mr Greyling (the custody record names him 'AG, of "
    "no fixed abode'). Officers saw Kezzie in the trailer with a burn to her hand, which Lurena "
    "said came from the Calor gas heater; she rang NHS 111 but did not take Kezzie to be seen. "
    "The receptionist at Brookmoor recorded the call as 'K.M. – temp res – Travellers', under "
    "the mother's name 'Lurena Mulvarra' (a later letter was addressed to 'Lurina'), and the practice removed Kezzie from its list in "
    "June 2024 when a letter came back unopened.",

    "On 18-08-2024 Lurena carried Kezzie, limp and vomiting, to the road at Crowpits Lane and "
    "flagged down an ambulance. Kezzie was taken to King's College Hospital, where a subdural "
    "haemorrhage and healing rib fractures were found; the burn to her hand was later reviewed "
    "at Broomfield Hospital. Detective Sergeant Kit Marchbanks of the Child Abuse Investigation "
    "Team led the police investigation; Mr Greyling was arrested and Lurena and Nanny Sinfie "
    "were interviewed as witnesses. Silvanus Mulvarra went to live with his grandmother at "
    "Sumpter's Lane, and Kezzie, on discharge, with foster carers under the Children Act 1989.",
]

ANALYSIS = [
    "Each time the family moved between Sumpter's Lane, Cobbins Hard and the roadside, the "
    "record stopped at the county boundary. The health visiting service in Kent closed "
    "Kezzie's record as 'moved out of area' without telling the Essex service, the GP list "
    "fell away when post went unanswered, and St Aldhelms RC Primary kept Silvy on roll with Traveller "
    "absence codes but heard nothing of his sister. Only Ms Threlfall, who kept in touch with "
    "Ms Bosvile ('Rena' in her own texts) by text and WhatsApp, followed the Mulvarras across Kent and Essex, and her concern "
    "was treated as a single-agency referral rather than as the only continuous view of the "
    "children.",

    "Practitioners explained what they saw by the family's culture rather than by the child's "
    "experience. The bruising at Crowpits Lane was accepted as a fall against a tow hitch, the "
    "marks seen by Ms Christmas as Mongolian blue spots, and missed appointments as 'the "
    "travelling life'. The lesson of the inquiry into the death of Victoria Climbié, that "
    "assumptions about culture must never stand in for seeing and speaking to the child, "
    "applies directly. Nobody asked Kezzabel's grandmother, who had raised eleven children on "
    "the Sumpter's Lane site, what she had seen; the review heard that Nanny Sinfie had been "
    "worried about Amos since the spring of 2023.",

    "The men in Kezzie's life were hardly seen. Dónal's violence on Christmas Day was assessed "
    "with DASH as standard risk and never went to MARAC; Mr Greyling's history was held only by "
    "Essex Police, and no agency in Kent asked for it. The national review into the murders of "
    "Arthur Labinjo-Hughes and Star Hobson found the same gap: the risk posed by a new partner "
    "was not assessed because nobody asked who was living in the household. On a roadside camp "
    "the household changes with every move, and so did the men around Kezzie.",

    "Health practitioners relied on the family coming to them. The Ages and Stages "
    "Questionnaire at thirteen months was the last developmental check Kezzie had. Brookmoor "
    "Surgery's removal of a three-year-old from its list, without a call to the health visitor "
    "or to Ms Tapsell's successor, is contrary to the practice's own Was Not Brought policy and "
    "to Working Together to Safeguard Children 2023.",
]

LEARNING = [
    "Children who live on the roadside are moved on faster than a referral can follow them. "
    "The Crowpits Lane eviction under the Police, Crime, Sentencing and Courts Act 2022 ended "
    "the only sighting of Kezzie's bruises by a professional, and the Multi-Agency Safeguarding "
    "Hub closed the contact as NO FURTHER ACTION because the family had gone, not because "
    "Kezzabel was safe. When Kent Police or Essex Police move a Romany Gypsy or Irish Traveller "
    "family on, the children's welfare must be checked before the eviction and passed on "
    "after it: Operation Encompass reached St Aldhelm's eleven days late, and no agency told "
    "the transit site at Cobbins Hard or the warden at Sumpter's Lane, Mr Scrivenor, that "
    "Kezzie and Silvanus had been seen with injuries. Lurena's mobile number (07700900417) and "
    "her email, rena.b97@example.org, were in three agencies' records; Appleby Horse Fair and "
    "the Ickleden Green fair were known dates on which the family could have been found.",

    "Culture was used to explain harm. Ms Christmas accepted 'Mongolian blue spots' from "
    "Lurena and Nan Sinfie without a medical opinion or a look at the Red Book, and the "
    "Graded Care Profile 2 was not used because a trailer 'does not fit the form'. Practice "
    "with Gypsy, Roma and Traveller families is strongest when it is curious and respectful: "
    "the family's church, the Light and Life mission where Silvy made his First Holy "
    "Communion, Thirza Lamburn on the next plot, Auntie Nóirín on WhatsApp and Mr Mulvarra "
    "himself all knew more than the records did. Friends, Families and Travellers, the "
    "Traveller Movement and the NSPCC all offer training, and the partnership already marks "
    "Gypsy, Roma and Traveller History Month each June; the learning is to use them for "
    "safeguarding as well as for celebration. The records called Kezzie 'KM', 'Kezzabelle "
    "Mulvara', 'the Bosvill child' and 'L-B's youngest', so no search found her history.",

    "Information about men in the household must be sought and shared across force and county "
    "boundaries. Essex Police knew of Mr Greyling's violence; Kent agencies did not ask. The "
    "DASH assessment after Christmas Day should have recorded the children's presence, and "
    "a second incident in a year should prompt a referral to MARAC wherever the family is "
    "then living. The review noted that the children's Irish relatives in Galway and the "
    "Ballinasloe fair were never considered as a source of information about Donal.",

    "Health services must hold on to children who move. A temporary registration at Brookmoor "
    "Surgery, an NHS number that never changed, and a call to NHS 111 about a burn should have "
    "been enough to keep Kezzie's record alive; instead the child's health history was lost "
    "each time the family moved, and she reached King's College Hospital with nothing on file "
    "since the age of thirteen months.",
]

RECOMMENDATIONS = [
    ("Kent County Council Children's Social Care to ensure that bruising seen on a pre-school "
     "child on a roadside camp such as Crowpits Lane, as with Kezzie's bruises in September "
     "2023, leads to a strategy discussion under section 47 of the Children Act 1989 and a "
     "child protection medical, and is never closed as NO FURTHER ACTION because the family "
     "has moved on",
     "Amend the MASH screening guidance; audit all contacts about Gypsy and Traveller children "
     "closed as 'moved on' in the last twelve months",
     "Head of Service, Front Door", "31-03-2025"),
    ("Kent Community Health NHS Foundation Trust and Brookmoor Surgery to ensure that the "
     "health record of a child who moves between Sumpter's Lane, Cobbins Hard or the roadside "
     "follows her, that a child is not removed from a GP list without a Was Not Brought "
     "discussion with the health visitor, and that children in households like Lurena's and Amos's are "
     "never again recorded only as 'K.M. – temp res'",
     "Joint transfer-in and transfer-out protocol with Essex health visiting; GP list removal "
     "checklist",
     "Named Nurse for Safeguarding Children", "30-06-2025"),
    ("The partnership to commission training with Friends, Families and Travellers for "
     "Gypsy, Roma and Traveller History Month, using this review of Child V (Kezzabel "
     "Mulvarra) and Ms Threlfall's referral, on how explanations such as Mongolian blue spots "
     "or 'the travelling life' can hide harm, and on the use of the Graded Care Profile 2 on "
     "sites and roadside camps",
     "Design and deliver multi-agency sessions; evaluate practitioner confidence before and "
     "after",
     "Partnership Business Manager", "30-06-2025"),
]

CASE = HeldOut(
    "KMSCP-CSPR-24-11",
    CASE_TOML,
    IDENTIFIERS,
    ORDINARY,
    INVOLVEMENT,
    ANALYSIS,
    LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE – CSPR Child V (Kezzabel Mulvarra, DOB 14th August 2021), "
           "Plot 7 Sumpter's Lane",
    footer="S:\\Safeguarding\\CSPR\\Mulvarra K (Child V)\\agency report v3.docx – Cobbins "
           "Hard SS17 4XJ – DOBs 23/11/1997 and 09-06-1994",
    comment="Ysanne – please check with Nanny Sinfie whether Kezzie's Red Book was left on "
            "Plot 7 or in Amos's horsebox; Noirin says she has a copy. Site office 01632 960582.",
    footnote="The family's TikTok account (@renarose_b97) and Lurena's email were used by the "
             "Traveller Education Service to keep in touch; see also Mrs Lamburn's statement "
             "and the note by DS Marchbanks of Kezzie's date of birth, 14-08-2021.",
)
