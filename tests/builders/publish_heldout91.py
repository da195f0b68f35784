# ruff: noqa: E501
"""A blind, fictional held-back publication case: every name, place and number is invented."""

from tests.builders.publish_heldout import HeldOut

reference = "NSCP-2022-11"

case_toml = """reference = "NSCP-2022-11"
review = "Local Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-03-2021", to = "31-10-2022" }
board = "Northmoor Safeguarding Children Partnership"

[[agencies]]
name = "Northmoor Police"
aliases = ["Police", "NP"]

[[agencies]]
name = "Calderbrook Metropolitan Borough Council Children's Services"
aliases = ["Calderbrook Children's Services", "Calderbrook MBC", "Calderbrook CSC"]
published_as = "the placing authority"

[[agencies]]
name = "Northmoor Council Children's Services"
aliases = ["Northmoor CSC"]

[[agencies]]
name = "Harbourlight Care Ltd - Gullrock House Children's Home"
aliases = ["Gullrock House", "Harbourlight Care", "Harbourlight"]
published_as = "the children's home"

[[agencies]]
name = "Kittiwake Centre Pupil Referral Unit"
aliases = ["Kittiwake Centre", "Kittiwake PRU"]
published_as = "the pupil referral unit"

[[agencies]]
name = "Tidewell Medical Centre"
aliases = ["Tidewell Surgery"]

[[agencies]]
name = "Northmoor Council Licensing Service"
aliases = ["Taxi Licensing"]

[[people]]
name = "Jodie-Rae Halloran"
aliases = ["Jodie-Rae", "Jodie", "JRH", "Jodes"]
role = "Child"
pseudonym = "Child R"
born = "09-11-2006"
address = "Gullrock House, 17 Tidewell Road, Cleyburn, YO28 3WQ"

[[people]]
name = "Leanne Halloran"
aliases = ["Leanne", "Ms Halloran", "LH"]
role = "Mother"
pseudonym = "Mother"
born = "22-07-1987"
address = "Flat 6, Ingram Court, Calderbrook, HX9 4TJ"

[[people]]
name = "Darren Halloran"
aliases = ["Darren", "Mr Halloran"]
role = "Father"
pseudonym = "Father"
born = "03-02-1984"

[[staff]]
name = "Bernadette Quayle"
code = "RM1"
role = "Registered Manager"
agency = "Harbourlight Care Ltd - Gullrock House Children's Home"

[[staff]]
name = "Kyle Ostler"
code = "RSW1"
role = "Residential Support Worker"
agency = "Harbourlight Care Ltd - Gullrock House Children's Home"

[[staff]]
name = "Precious Mbatha"
code = "RSW2"
role = "Residential Support Worker"
agency = "Harbourlight Care Ltd - Gullrock House Children's Home"

[[staff]]
name = "Gemma Harrop"
code = "SW1"
role = "Social Worker"
agency = "Calderbrook Metropolitan Borough Council Children's Services"

[[staff]]
name = "Alan Feather"
code = "TM1"
role = "Team Manager"
agency = "Calderbrook Metropolitan Borough Council Children's Services"

[[staff]]
name = "Martin Sedgwick"
code = "IRO1"
role = "Independent Reviewing Officer"
agency = "Calderbrook Metropolitan Borough Council Children's Services"

[[staff]]
name = "Rachel Ambler"
code = "DC1"
role = "Detective Constable"
agency = "Northmoor Police"

[[staff]]
name = "Liam Howarth"
code = "PC1"
role = "Police Constable"
agency = "Northmoor Police"

[[staff]]
name = "Imelda Cragg"
code = "PRU1"
role = "Head of Centre"
agency = "Kittiwake Centre Pupil Referral Unit"

[[staff]]
name = "Nadia Farouk"
code = "GP1"
role = "General Practitioner"
agency = "Tidewell Medical Centre"
"""

identifiers = {
    "key_names": [
        "Jodie-Rae Halloran", "Jodie-Rae", "Jodie-Rae's", "Jodie", "Jodie's", "Halloran",
        "Halloran's", "Leanne Halloran", "Leanne", "Leanne's", "Ms Halloran",
        "Darren Halloran", "Darren", "Mr Halloran",
    ],
    "nicknames": ["Rae", "JoJo", "Jodes", "Smokey", "Smokie", "Smokey's", "Nana Mo"],
    "initials": ["JRH", "J.R.H.", "J-R.H.", "LH", "L.H.", "RA", "BQ"],
    "people_not_in_key": [
        "Reece Aldridge", "Reece", "Aldridge", "Aldridge's", "Craig Lumsden", "Craig",
        "Lumsden", "Dean Pybus", "Dean", "Pybus", "Kelsey Tranter", "Kelsey", "Tranter",
        "Maureen Duxbury", "Maureen", "Mrs Duxbury", "Duxbury", "Lee Atack", "Atack",
        "Atack's",
    ],
    "staff": [
        "Bernadette Quayle", "Bernadette", "Quayle", "Ms Quayle", "Kyle Ostler", "Kyle",
        "Ostler", "Precious Mbatha", "Precious", "Mbatha", "Gemma Harrop", "Gemma",
        "Harrop", "Alan Feather", "Alan", "Mr Feather", "Feather", "Imelda Cragg", "Imelda",
        "Mrs Cragg", "Cragg", "Nadia Farouk", "Dr Farouk", "Farouk", "Martin Sedgwick",
        "Mr Sedgwick", "Sedgwick", "Rachel Ambler", "DC Ambler", "Ambler", "Liam Howarth",
        "PC Howarth", "Howarth",
    ],
    "streets_estates": [
        "17 Tidewell Road", "Tidewell Road", "Tidewell Rd", "Tidewell", "14 Cobbett Walk",
        "Cobbett Walk", "Haverlea estate", "Haverlea", "Flat 6, Ingram Court", "Ingram Court",
        "8 Belvedere Crescent", "Belvedere Crescent",
    ],
    "towns": ["Cleyburn", "Cleyburn-on-Sea", "Calderbrook", "Ulverby"],
    "postcodes": ["YO28 3WQ", "YO28", "3WQ", "HX9 4TJ", "HX9", "4TJ"],
    "locating_agencies": [
        "Gullrock House Children's Home", "Gullrock House", "Gullrock", "Harbourlight Care Ltd",
        "Harbourlight Care", "Harbourlight", "Kittiwake Centre", "Kittiwake PRU", "Kittiwake",
        "Tidewell Medical Centre", "Tidewell Surgery",
        "Calderbrook Metropolitan Borough Council", "Calderbrook Children's Services",
    ],
    "businesses": [
        "Beacon Cars", "Beacon", "Goldmine Amusements", "Goldmine", "Sandpiper Lodge Hotel",
        "Sandpiper Lodge", "Ricky line",
    ],
    "numbers": [
        "07700 900412", "07700900412", "07700 900877", "01632 960233", "07700 900159",
        "07700900159", "401 023 7786", "4010237786", "JT 40 61 27 C", "JT406127C",
    ],
    "emails": [
        "jodierae.h06@example.org", "smokey.ra99@example.org", "gullrock.manager@example.org",
    ],
    "handles": ["@jrae_x06", "@smokey_ra99", "lil.smokey99"],
    "dates_of_birth": [
        "09/11/2006", "09-11-2006", "9th November 2006", "9 November 2006", "9.11.06",
        "22/07/1987", "22nd July 1987",
    ],
    "vehicles_and_badges": ["YC67 WRM", "YC67WRM", "YF19 LZP", "PH0417"],
}

ordinary = [
    "Children Act 1989", "Children's Homes (England) Regulations 2015",
    "Working Together to Safeguard Children", "Ofsted",
    "Independent Inquiry into Child Sexual Abuse", "Rotherham", "Professor Alexis Jay",
    "Modern Slavery Act 2015", "National Referral Mechanism", "CEOP",
    "National Crime Agency", "Barnardo's", "The Children's Society", "Missing People",
    "Sexual Assault Referral Centre", "Manchester Royal Infirmary",
    "Greater Manchester Police", "British Transport Police",
    "Local Government (Miscellaneous Provisions) Act 1976",
    "Disclosure and Barring Service", "Philomena Protocol",
    "Child Abduction Warning Notice", "Operation Makesafe", "levonorgestrel", "sertraline",
    "melatonin", "Microgynon", "chlamydia", "ADHD", "attachment disorder", "Halloween",
    "Bonfire Night", "Valentine's Day", "Christmas", "Snapchat", "Airbnb", "Booking.com",
    "May", "Patience", "Poppy Appeal", "return home interview", "contextual safeguarding",
    "Regulation 40", "HIGH RISK OF EXPLOITATION", "Education, Health and Care Plan",
]

involvement = [
    "Jodie-Rae Halloran (DOB 09/11/2006) was placed at Gullrock House, 17 Tidewell Road, Cleyburn YO28 3WQ on 15/03/2021 under an interim care order made under the Children Act 1989. Gullrock House is a four-bed home run by Harbourlight Care Ltd and is registered with Ofsted under the Children's Homes (England) Regulations 2015. The placing authority is Calderbrook Metropolitan Borough Council. Jodie-Rae's mother, Leanne Halloran (DOB 22/07/1987), lives at Flat 6, Ingram Court, Calderbrook HX9 4TJ, about ninety miles away and in another county.",
    "The referral form from Calderbrook Children's Services (Gemma Harrop, social worker, 11/03/2021) described JRH as 'a bright lass who runs when she is frightened'. It listed ADHD, a possible attachment disorder (queried, not diagnosed), and melatonin at night. Her date of birth is given on the Harbourlight admission form as 09-11-2006 and on the Calderbrook form as '9th November 2006'. Jodie registered at Tidewell Medical Centre on 22/03/2021 with Dr Nadia Farouk; NHS number 401 023 7786 (written 4010237786 on the Harbourlight health plan).",
    "On 02/05/2021 at 23:40 Kyle Ostler (residential support worker) reported Jodie missing to Northmoor Police under the Philomena Protocol after she did not come back from Goldmine Amusements on the seafront at Cleyburn-on-Sea. She returned at 03:15 in a Beacon Cars taxi which staff had not booked. Jodie told Kyle 'my mate paid for it, chill out'. The driver would not give a name and the log records only private hire badge PH0417.",
    "Between May and August 2021 the home recorded eleven missing episodes. The return home interview after the episode of 19/06/2021 was done by Precious Mbatha, who is her keyworker, and not by an independent worker as the statutory guidance expects. Precious wrote: 'JoJo says she was at a party on the haverlea estate with older lads, wont say who. Says a lad called Smokey looks after her and buys her vapes'.",
    "On 07/07/2021 Ms Halloran rang the home landline (01632 960233) to say Jodie had sent her a Snapchat photo from a car 'with some bloke with a beard'. Leanne said: 'She's my baby, why are you letting her out with grown men?' The log entry reads 'LH rang, v upset, BQ informed'. Bernadette Quayle, the registered manager, made a Regulation 40 notification to Ofsted and emailed Calderbrook from gullrock.manager@example.org the next day.",
    "A strategy meeting was chaired by Northmoor Council Children's Services on 13/07/2021 (DC Rachel Ambler, Ms Quayle, Gemma by Teams, and Imelda Cragg from the Kittiwake Centre). The minutes record 'HIGH RISK OF EXPLOITATION' and name the 'boyfriend' as Reece Aldridge, 22, known as 'Smokey' or 'Smokie', of 14 Cobbett Walk, Haverlea. DC Ambler said that Aldridge was linked to the Ricky line, a county line running from Calderbrook to Cleyburn, and that the deal line was 07700 900877. Section 47 enquiries were agreed. The police intelligence note of the same day reads 'RA seen with J-R.H. on tidewell rd in grey audi YC67WRM, L.H. to be told'.",
    "Jodie-Rae started at the Kittiwake Centre on 06/09/2021 because Calderbrook could not find a mainstream place within travelling distance. Mrs Cragg recorded that she attended 54% of sessions in the autumn term and was 'often dropped at the gate by a Beacon taxi at 10ish, not the contracted firm'. The PRU enrolment sheet gives her date of birth as 9 November 2006. An Education, Health and Care Plan assessment was requested by Imelda on 11/10/2021 and had not been completed when the review period ended.",
    "On 31/10/2021 (Halloween) Jodie and another resident, Kelsey Tranter (15), were missing for 41 hours. British Transport Police found them on a train heading south. Kelsey told PC Liam Howarth that 'Smokey's mate Craig' had driven them in a grey Audi, registration YC67 WRM, to a flat in Ulverby. Jodie would not speak to PC Howarth. A Child Abduction Warning Notice was served on Reece Aldridge on 05/11/2021, and Bonfire Night at the home was cancelled for all the children.",
    "At the looked after review on 18/11/2021 the Independent Reviewing Officer, Martin Sedgwick, recorded Jodie-Rae's view: 'Reece is my boyfriend, he is not a nonce, hes 19' (police records show Aldridge was born in 1999). Mr Sedgwick noted that the placement plan allowed 'free time in Cleyburn until 21:00' and asked for it to be looked at again. It was not changed until March 2022. In the same month Jodie helped the home's staff sell badges for the Poppy Appeal, which Kyle recorded as 'a really good day, JRH laughing'.",
    "Dr Farouk saw Jodie at Tidewell Surgery on 14/12/2021 with Precious. She asked for emergency contraception and levonorgestrel was given; a chlamydia test was positive and she was started on Microgynon. The GP record reads 'pt 15 (dob 9.11.06), older partner?? - d/w safeguarding lead'. No referral was made to Northmoor Council Children's Services until 04/01/2022, after Christmas.",
    "Over Christmas 2021 Jodie stayed two nights in Calderbrook with her maternal grandmother, Maureen Duxbury ('Nana Mo'). Mrs Duxbury told Gemma Harrop by phone that 'a taxi from the coast' had come for Jodie on Boxing Day and that the driver 'knew her by name'. Ms Harrop's team manager, Alan Feather, recorded 'grandmother anxious, no action needed'. Neither Mr Feather nor Gemma passed this to Northmoor Police.",
    "On 14/02/2022 (Valentine's Day) staff found Jodie in room 6 of the Sandpiper Lodge Hotel, 8 Belvedere Crescent, Cleyburn, with Craig Lumsden (38) and a second man later identified as Dean Pybus. The room had been booked on Booking.com the night before using the email smokey.ra99@example.org. Ms Quayle wrote in the log: 'JRH very drunk, refusing to leave, LUMSDEN saying he is her uncle'. Police attended; Lumsden and Pybus were spoken to and not arrested.",
    "Jodie-Rae was seen at the Sexual Assault Referral Centre on 15/02/2022. She agreed to a health check and declined a forensic examination. DC Ambler referred her to the National Referral Mechanism on 21/02/2022 as a possible victim of trafficking under the Modern Slavery Act 2015. The police record lists her as 'J.R.H., Gullrock, missing x 19' and her mother's NI number as JT 40 61 27 C (JT406127C on the referral form), with her mother's date of birth as 22nd July 1987.",
    "On 09/03/2022 Harbourlight Care closed its account with Beacon Cars after Kyle Ostler found that drivers had taken Jodie to Cobbett Walk on the home's account at least six times. On 16/03/2022 Bernadette told the Northmoor Council Licensing Service of badge PH0417 and the driver, Lee Atack, whose own car (YF19 LZP) had also been seen outside Gullrock House. Atack's licence was suspended on 12/05/2022 under the Local Government (Miscellaneous Provisions) Act 1976.",
    "Between April and July 2022 Jodie used an Airbnb flat in Ulverby and at least three hotel rooms booked online in Cleyburn and in Manchester. Her Snapchat handle @jrae_x06 and the address jodierae.h06@example.org were on two of the bookings. Reece Aldridge's Instagram accounts, @smokey_ra99 and lil.smokey99, posted photographs of her in the rooms. DC Ambler told CEOP and the National Crime Agency on 23/06/2022.",
    "On 03/09/2022 Jodie-Rae left the Kittiwake Centre at lunchtime and did not come back. Her phone, 07700 900412 (07700900412 on the missing person form), was last traced to Manchester. Greater Manchester Police found her at 04:10 on 05/09/2022 in a hotel room booked in the name of 'C. Lumsden' and took her to Manchester Royal Infirmary, where she was treated for an overdose of sertraline belonging to one of the men. She told a nurse: 'Smokey said I owe him for the rooms'. This is the incident which led to the review.",
    "Leanne Halloran travelled to Manchester on 05/09/2022 and told hospital staff that 'nobody in Cleyburn ever rings me back'. Her mobile is on the Gullrock contact sheet as '07700900159 - mum (Leanne), no calls after 9pm' and on the Calderbrook file as 07700 900159. Darren Halloran, the father, is in custody; Mr Halloran has had no contact with Jodes since 2019 and was told of the incident by the prison chaplain.",
]

analysis = [
    "For many months staff at GULLROCK HOUSE saw Jodie-Rae's missing episodes as 'normal teenage stuff'. Patience was shown to her by Kyle and Precious, and Jodie later said they were 'the only ones who got me', but there is no sign of contextual safeguarding in the home's records until after the strategy meeting. The learning of the inquiry into Rotherham led by Professor Alexis Jay, and of the Independent Inquiry into Child Sexual Abuse, was known to Bernadette Quayle, who had attended Barnardo's training in May 2021.",
    "The taxi firm is the clearest example of a risk hidden in plain sight. Beacon Cars held the home's account from 2019, none of its drivers had been checked against the home's own safer recruitment standard, and Harbourlight did not ask whether the Disclosure and Barring Service checks done by the Licensing Service covered work with looked after children. Drivers knew Jodie, Kelsey and 'Rae from Gullrock' by name.",
    "Information about Jodie was held in two counties and was never put together. Calderbrook knew from Mrs Duxbury about the Boxing Day taxi; Northmoor Police knew about Smokey, the Ricky line and the Haverlea flat; Gullrock House knew about the hotel. Leanne's calls to the home were logged as 'mum ringing again' and not treated as information. Ms Halloran was never invited to a strategy meeting, although she asked to attend three times, and Ms Halloran's own account of the Ricky line was not recorded at all.",
    "The Kittiwake Centre saw Jodie-Rae more than any other agency in the autumn of 2021. Mrs Cragg's staff noticed the taxis, the new phones and the older men waiting on the corner, and recorded them well, but the PRU did not know that a strategy meeting had been held because Calderbrook's invitation went to the wrong email.",
    "No agency used the hotel checks of Operation Makesafe in Cleyburn. The Sandpiper Lodge took a booking on Booking.com for a man it did not see and a girl of 15 who gave her date of birth at reception as '09/11/2006'. Staff at the Sandpiper Lodge Hotel told DC Ambler they 'had no reason to ask'.",
    "The GP practice's response to the chlamydia result was clinically good but Dr Farouk's safeguarding concern waited three weeks over Christmas. The referral, when it came, did not mention Reece or the earlier strategy meeting, because Tidewell Medical Centre had not been told of it.",
    "Jodie's own words were recorded often. She called Aldridge her 'boyfriend' and Lumsden 'Smokey's uncle'. The adults around her at times repeated those words, and the word 'boyfriend' appears in eleven Gullrock logs between June 2021 and February 2022, including one signed 'K. Ostler' which reads 'JoJo out with bf (Smokie)'.",
]

learning = [
    "A return home interview must be offered by someone independent of the home. Where a keyworker such as Precious knows the child best, the independent worker should plan with her, as the guidance from the Children's Society and Missing People suggests, but should not be replaced by her.",
    "A children's home's taxi account is a safeguarding arrangement and not only a contract. Harbourlight Care and the Licensing Service should share a list of drivers used by each home; the case of Lee Atack shows how a driver can carry a child from Gullrock House Children's Home to an exploiter on the home's own account.",
    "When a child is placed ninety miles from home, as Jodie-Rae was, the parent becomes the weakest link in information sharing. Leanne Halloran and Maureen Duxbury both held information which would have changed the risk assessment. Working Together to Safeguard Children expects families to be part of the plan.",
    "Online booking of hotel rooms and Airbnb flats makes exploitation harder to see. Police and the host authority should agree a short check for hotels in Cleyburn with the hotel trade, using Operation Makesafe, so that rooms booked under names such as Lumsden or Aldridge for a girl are questioned at reception.",
    "The pupil referral unit is part of the safety plan. The Kittiwake Centre (the Kittiwake PRU in police records) should be invited to every strategy meeting for a looked after child on its roll, and Mrs Cragg's staff should know who may collect a child at the gate.",
    "The language of the placement plan matters. The plan written after the hotel episode said 'NO CONTACT WITH SMOKEY OR CRAIG', but it did not say what staff should do when Jodie came back in a car driven by an adult the home did not know.",
]

recommendations = [
    ("Harbourlight Care will ensure that each return home interview for a child at Gullrock House is offered by an independent worker within 72 hours",
     "Commission independent interviews; audit a sample every quarter", "Responsible Individual, Harbourlight Care Ltd", "31-03-2023"),
    ("Northmoor Police will share hotel, taxi or vehicle intelligence about an exploited looked after child with the placing authority within one working day",
     "Update the missing and exploitation procedure; brief all sergeants", "Detective Inspector, Missing and Exploitation Team", "30-04-2023"),
    ("The Licensing Service will check every private hire operator holding a children's home account under the Local Government (Miscellaneous Provisions) Act 1976",
     "Write to operators; record the homes each operator serves", "Head of Licensing", "31-05-2023"),
]

CASE = HeldOut(
    reference, case_toml, identifiers, ordinary, involvement, analysis, learning,
    recommendations,
    header="RESTRICTED - Agency Report - Jodie-Rae HALLORAN (JRH), Gullrock House, Cleyburn",
    footer="Child: Jodie-Rae Halloran DOB 09/11/2006 - Mother: Leanne Halloran, Calderbrook HX9 4TJ",
    comment="Check with Bernadette Quayle whether 'Smokey' is confirmed as Reece Aldridge before the final draft.",
    footnote="Placement address from the Calderbrook referral: 17 Tidewell Road, Cleyburn YO28 3WQ (tel 01632 960233).",
)
