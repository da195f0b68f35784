# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 110): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "SCSP-2024-007"

CASE_TOML = """\
reference = "SCSP-2024-007"
review = "Child Safeguarding Practice Review"
subject = "Child S"
board = "Sheffield Children Safeguarding Partnership"
period = { from = "01-09-2022", to = "06-11-2023" }
decision = "14-12-2023"
notification = "09-11-2023"

[[agencies]]
name = "South Yorkshire Police"
aliases = ["SYP", "Police"]

[[agencies]]
name = "Sheffield Children's Services"
aliases = ["Children's Social Care", "CSC"]

[[agencies]]
name = "Sheffield Children's NHS Foundation Trust"
aliases = ["Health Visiting Service", "0-19 Service"]

[[agencies]]
name = "Ellerdyke Primary School"
aliases = ["Ellerdyke Primary"]
published_as = "the primary school"

[[agencies]]
name = "Crowfold Medical Centre"
aliases = ["Crowfold Surgery"]
published_as = "the GP practice"

[[people]]
name = "Samuel Ferko"
aliases = ["Samuel", "Samuel-Dominik Ferko", "Samuel Dominik Ferko", "Samko"]
role = "child"
pseudonym = "Child S"
born = "03-02-2023"
address = "Flat 2, 118 Marbury Street, Sheffield S5 9WJ"

[[people]]
name = "Viera Ferková"
aliases = ["Viera", "Vierka", "Viera Gažiová", "Vera Ferkova", "Mrs Ferkova"]
role = "mother"
pseudonym = "Mother"
born = "22-07-2000"
address = "Flat 2, 118 Marbury Street, Sheffield S5 9WJ"

[[people]]
name = "Róbert Ferko"
aliases = ["Róbert", "Robert Ferko", "Robo", "Mr Ferko"]
role = "father"
pseudonym = "Father"
born = "11-05-1998"
address = "Flat 2, 118 Marbury Street, Sheffield S5 9WJ"

[[people]]
name = "Nikola Ferková"
aliases = ["Nikola", "Niki"]
role = "sibling"
pseudonym = "Sibling 1"
born = "19-03-2017"
address = "Flat 2, 118 Marbury Street, Sheffield S5 9WJ"

[[people]]
name = "Dávid Ferko"
aliases = ["Dávid", "David Ferko"]
role = "sibling"
pseudonym = "Sibling 2"
born = "08-09-2020"
address = "Flat 2, 118 Marbury Street, Sheffield S5 9WJ"

[[people]]
name = "Helena Ferková"
aliases = ["Helena", "Hela", "Helena Ferkova"]
role = "paternal grandmother"
pseudonym = "Paternal Grandmother"
born = "30-04-1977"
address = "47 Threlkeld Road, Page Hall, Sheffield S4 8QZ"

[[people]]
name = "Dezider Ferko"
aliases = ["Dežo"]
role = "paternal grandfather"
pseudonym = "Paternal Grandfather"
address = "47 Threlkeld Road, Page Hall, Sheffield S4 8QZ"

[[people]]
name = "Marek Ferko"
aliases = ["Marek"]
role = "paternal uncle"
pseudonym = "Paternal Uncle"
born = "02-12-2001"
address = "47 Threlkeld Road, Page Hall, Sheffield S4 8QZ"

[[staff]]
name = "Rachel Outram"
role = "Health Visitor"
agency = "Sheffield Children's NHS Foundation Trust"

[[staff]]
name = "Kelly Hinchliffe"
role = "Social Worker"
agency = "Sheffield Children's Services"

[[staff]]
name = "Owen Pryce"
role = "General Practitioner"
agency = "Crowfold Medical Centre"

[[staff]]
name = "Janet Cutts"
role = "Designated Safeguarding Lead"
agency = "Ellerdyke Primary School"

[[staff]]
name = "Lee Bramall"
role = "Detective Constable"
agency = "South Yorkshire Police"
"""

IDENTIFIERS = {
    "key_name": [
        "Samuel Ferko", "Samuel-Dominik", "Samuel", "Ferko", "FERKO", "Ferco", "Viera Ferková",
        "Viera", "Ferková", "FERKOVÁ", "Ferkova", "Ferkowa", "Vera Ferkova", "Gažiová", "GAŽIOVÁ",
        "Gaziova", "Róbert Ferko", "Róbert", "Robert Ferco", "Nikola Ferková", "Nikola",
        "Dávid", "Helena Ferková", "Helena", "Dezider", "Marek Ferko", "Marek",
        "Rachel Outram", "Outram", "Kelly Hinchliffe", "Hinchliffe", "Owen Pryce", "Pryce",
        "Janet Cutts", "Cutts", "Lee Bramall", "Bramall",
    ],
    "nickname": ["Samko", "Samuelko", "Vierka", "Robo", "Robi", "Hela", "Dežo", "Dezo", "Niki", "Dávidko", "Laco"],
    "initials": ["S-D", "S.D.F.", "SDF", "V.F.", "VF", "R.F.", "H.F.", "MF"],
    "not_in_key": [
        "Monika Balogová", "Balogová", "Balogova", "Nasreen Akhtar", "Akhtar",
        "Shafiq Hussain", "Hussain", "Ladislav Oláh", "Oláh", "Olah",
        "Renáta Lakatošová", "Lakatošová", "Lakatosova", "Žaneta Gažiová", "Žaneta",
        "Erik Kotlár", "Kotlár", "Brennan", "Ashworth",
    ],
    "address": [
        "47 Threlkeld Road", "Threlkeld Road", "Threlkeld Rd", "Flat 2, 118 Marbury Street",
        "118 Marbury Street", "Marbury Street", "Marbury St", "19 Cottam Terrace", "Cottam Terrace",
        "Page Hall", "Ondavské Lúčky", "Ondavske Lucky", "Hlavná 212",
    ],
    "postcode": ["S4 8QZ", "S48QZ", "S4", "8QZ", "S5 9WJ", "S5", "9WJ", "094 31"],
    "agency_place": [
        "Ellerdyke Primary School", "Ellerdyke Primary", "Ellerdyke", "Crowfold Medical Centre",
        "Crowfold Surgery", "Crowfold",
    ],
    "number": [
        "07700 900614", "07700900287", "+44 7700 900351", "01632 960448", "01632 960719",
        "483 926 1175", "4839261175", "612 774 3908", "QQ 48 21 73 B", "QQ302915C",
        "230203/4416", "vierka.ferkova00@example.com", "diamantcarwash@example.co.uk",
        "facebook.com/robo.ferko.98", "@vierka_ferkova_", "@samko.ferko", "YD16 RWN", "TV-519BH",
    ],
    "date_of_birth": [
        "03-02-2023", "03/02/2023", "3rd February 2023", "3. 2. 2023", "03.02.2023", "02/03/2023",
        "22/07/2000", "22.7.2000", "11 May 1998", "11.05.98", "19/03/2017", "8 September 2020",
        "30.04.1977",
    ],
    "other": [
        "Diamant Hand Car Wash", "Diamant", "Betánia Roma Church", "Betánia", "Eurotrans Kandráč",
        "Kandráč", "Romano Jilo Project", "Romano Jilo", "Bobík",
    ],
}

ORDINARY = [
    "Children Act 1989", "Working Together to Safeguard Children 2023",
    "Child Safeguarding Practice Review Panel", "The Myth of Invisible Men",
    "Arthur Labinjo-Hughes", "Star Hobson", "Victoria Climbié", "Lord Laming", "NSPCC", "ICON",
    "Sheffield Children's Hospital", "Jessop Wing", "Language Line", "EU Settlement Scheme",
    "pre-settled status", "Universal Credit", "Healthy Start", "Red Book", "ASQ-3",
    "Edinburgh Postnatal Depression Scale", "vitamin D", "Infacol", "Calpol",
    "osteogenesis imperfecta", "skeletal survey", "classic metaphyseal lesion",
    "Bruising in Non-Mobile Infants", "DASH", "Section 47", "strategy discussion", "Early Help",
    "Was Not Brought", "CPOMS", "Romani", "Slovak", "Roma", "Gypsy, Roma and Traveller",
    "gadže", "bori", "mami", "osada", "Dušičky", "All Saints' Day", "Easter Saturday", "Christmas",
    "rodné číslo", "tehotenská knižka", "in June 2023", "in the hope that",
    "Faith and community groups", "Frank conversations", "DS", "PC", "A&E", "Pentecostal",
    "ACRO Criminal Records Office", "Home Office",
    "MUM SPEAKS ROMANI - A SLOVAK INTERPRETER IS NOT ENOUGH",
]

INVOLVEMENT = [
    "At the start of the review period, in September 2022, Róbert Ferko (born 11 May 1998) and Viera Ferková, née Gažiová, lived with their daughter Nikola Ferková (born 19/03/2017) and their son Dávid Ferko (born 8 September 2020) at 47 Threlkeld Road, Page Hall, Sheffield S4 8QZ, a three-bedroomed terraced house rented from a private landlord, Mr Shafiq Hussain. The house was also home to Róbert's parents, Helena Ferková and Dezider Ferko (known as Dežo), his younger brother Marek Ferko, Marek's partner Monika Balogová and their two children: eleven people in all, twelve when Samuel was born. The family are Slovak Roma from Ondavské Lúčky, a small town in eastern Slovakia, where Helena still owns a house at Hlavná 212, 094 31, close to the osada where the extended family grew up. Romani is the language of the home. Viera speaks Slovak as a second language, learnt at school, and little English; Róbert and Marek speak English well enough for work at the Diamant Hand Car Wash on the edge of Page Hall. Both parents hold pre-settled status under the EU Settlement Scheme, granted by the Home Office in 2020.",
    "Nikola was in Year 1 at Ellerdyke Primary School, where about a third of pupils are Roma and where the school employs a Slovak-speaking teaching assistant, Mrs Renáta Lakatošová. On 10 October 2022 Helena told the school office that Nikola would be 'going home for Dušičky', the Slovak festival of the dead around All Saints' Day, when families return to tend their graves. The family travelled on 14 October 2022 by minibus with Eurotrans Kandráč, which runs a weekly service between Page Hall and eastern Slovakia, and Nikola did not return until 28 November 2022. The designated safeguarding lead, Mrs Janet Cutts, rang the mother's mobile, 07700900287, and the grandmother's, +44 7700 900351, without reply and made a Children Missing Education referral on 7 November 2022. The referral gave Nikola's surname as Ferkova and the home as 47 Threlkeld Rd; the school recorded that the family 'come and go a lot' and that attendance had been 81 per cent in the previous year.",
    "On 2 December 2022 Viera booked for antenatal care at the Jessop Wing at 27 weeks of pregnancy. She brought her tehotenská knižka, the Slovak pregnancy booklet, which showed that she had been seen twice by an obstetrician in Slovakia. A Slovak interpreter was provided by Language Line. The midwife noted that Viera 'understood some of the questions', that her answers about her mood were short, and that the Edinburgh Postnatal Depression Scale was not completed 'due to language'. Viera gave her date of birth as 22/07/2000 and her email as vierka.ferkova00@example.com, and was recorded on the maternity system as Vera Ferkova, maiden name Gaziova, NHS number 612 774 3908. The booking notes list her partner as 'Robert Ferco, works at car wash, 07700 900614' and record that Viera said she felt safe at home.",
    "On 12 January 2023 the health visitor, Rachel Outram, made an antenatal visit to 47 Threlkeld Road. The door was answered by Helena, whom the children call mami, the Romani word for grandmother; she said that 'Vierka' was at the shops and invited Ms Outram in. Ms Outram counted eleven people in the house, including Monika Balogová, who was feeding a baby of her own, and a Staffordshire-cross dog, Bobík, in the yard. She left a Healthy Start leaflet and arranged to return. At the second visit on 26 January 2023 Viera was present and Marek interpreted, Ms Outram having been unable to book a Romani interpreter. Ms Outram wrote on the front of the electronic record, in capitals, MUM SPEAKS ROMANI - A SLOVAK INTERPRETER IS NOT ENOUGH, and recorded that Viera was 'very quiet and looked to H.F. before answering'. She did not ask who the father's brother was or why he was interpreting.",
    "Samuel was born at the Jessop Wing on 3rd February 2023, at 37 weeks, weighing 2.6 kg. His parents gave him two names, and the GP registration at Crowfold Medical Centre, made on 9 February 2023 by Róbert, recorded him as Samuel-Dominik FERKO, date of birth 03/02/2023, NHS number 483 926 1175. Within the family he was Samko, and Viera called him Samuelko. Ms Outram made the new birth visit on 16 February 2023. Samuel was asleep in a pram in the front room, where eight adults and children were watching television; Ms Outram gave safe sleep advice and the ICON leaflet, 'Babies cry, you can cope', in English, there being no Romani version. She recorded that the father was at work and that Viera was 'tired, shares a double bed with the baby and Dávid'. The Red Book was completed with vitamin D drops advised, and Ms Outram noted S-D as 'a healthy baby, feeding well'.",
    "On 21 March 2023 Dr Owen Pryce saw Samuel for his eight-week check at Crowfold Surgery. Viera came with Monika Balogová, who interpreted and was recorded as 'Monika Balogova (friend)', and the consultation was recorded under the name 'Samuel Dominik FERKO (S.D.F.)'. Dr Pryce found no abnormality. Viera said, through Monika, that the baby 'cries all night' and that 'Robo gets angry because he has work'; Dr Pryce recorded 'colic - Infacol, reassure' and advised Calpol for the immunisations. The mother's postnatal check, carried out at the same appointment, recorded her mood as 'OK per friend'. Dr Pryce told the review that he had assumed Monika was a sister. The practice record gives the mother's date of birth as 22.7.2000, taken from her Slovak identity card, and her number as 07700900287.",
    "On Easter Saturday, 8 April 2023, a neighbour, Mrs Nasreen Akhtar, rang South Yorkshire Police at 23:10 to report shouting and a woman screaming at 47 Threlkeld Road. PC Brennan and a colleague attended. Róbert and Marek had argued in the yard, and Viera had a red mark on her left cheek which she said, with Róbert interpreting, was from a door. Samuel, then nine weeks old, was asleep upstairs with his grandmother. A DASH risk assessment was completed with Viera in English and graded standard; she answered 'no' to every question. The officers recorded Róbert as 'FERKO Robert, DOB 11.05.98, mob 07700 900614' and his car, a silver Ford Focus, as YD16 RWN. A child-present notification was sent to the Sheffield Safeguarding Hub naming the children as 'Samuel Ferco', 'Nikola Ferkowa' and 'David Ferko', which did not match the health or school records.",
    "The Safeguarding Hub triaged the notification on 12 April 2023 and passed it to Early Help. The Early Help worker tried to contact the family twice by telephone and once by letter to 47 Threlkeld Road, and on 3 May 2023 a cousin told her at the door that 'they are in Slovakia'. The family had travelled on 22 April 2023 after Dezider's mother fell ill, with Erik Kotlár, a family friend, driving Róbert's car; Samuel's 12-week immunisations were missed. The case was closed on 10 May 2023 as 'no engagement, family abroad'. Helena later told the review, through an interpreter, that in Ondavské Lúčky Viera and the children stayed with her own sister and that Samuel was seen by a Slovak paediatrician who gave him his injections; no Slovak health record was brought back. The health visiting service recorded the family as 'abroad' and did not complete the three-to-four month contact. Nikola was taken off the school roll in June 2023 after twenty days' unexplained absence, and was re-admitted when the family returned.",
    "The family came back to Sheffield on 9 July 2023. Mr Hussain had by then given notice on the Threlkeld Road house after complaints about overcrowding, and Róbert, Viera and the three children moved into Flat 2, 118 Marbury Street, Sheffield S5 9WJ, about half a mile away. Helena, Dezider, Marek and Monika moved to 19 Cottam Terrace, a house found for them by Ladislav Oláh, known to everyone as Laco, a volunteer with the Romano Jilo Project and a member of the Betánia Roma Church, a Pentecostal congregation which the family attend. Laco told the review that Helena still spent most days at the flat and that Marek often slept there when he had been drinking. The school updated Nikola's address to 118 Marbury Street; the GP practice and the health visiting service were not told and continued to write to S4 8QZ. The landlord's letting agent, on 01632 960448, gave the new tenancy as beginning on 12 July 2023.",
    "On 19 August 2023 Viera took Samuel, then six and a half months old, to the emergency department at Sheffield Children's Hospital with a bruise above his right eye. She said through a Language Line interpreter that he had rolled off the sofa onto the laminate floor. The doctor recorded that Samuel 'can roll both ways' and was 'not yet sitting', and did not follow the Bruising in Non-Mobile Infants protocol because a baby who rolls was thought of as mobile. There was no referral to Children's Social Care. The hospital, unable to find Samuel on the system under 'Samuel Ferko', created a temporary record giving his date of birth as 02/03/2023, the day and month having been transposed from his Slovak passport, where it appears as 03.02.2023. The discharge summary went to Crowfold Medical Centre, which filed it to the correct record a week later, and to the health visiting liaison service, which sent it to the team covering Threlkeld Road.",
    "In September 2023 Nikola, known at school as Niki, began Year 2. On 21 September 2023 Mrs Lakatošová heard Nikola tell a friend in Romani that 'Samko cries and Dad shouts at Mum', and that 'Marek hit the dog'. Mrs Lakatošová logged this on CPOMS, where her entries are signed 'R. Lakatosova', and Mrs Cutts spoke to Viera at the school gate the next day, with Mrs Lakatošová interpreting in Slovak. Viera said that the family had no money because Róbert had lost his job at the car wash, that Universal Credit had been stopped while they were in Slovakia and that the flat was cold. Mrs Cutts gave her a food bank voucher and recorded 'no disclosure from mum, will monitor, in the hope that things improve now the family are settled'. No referral was made. The CPOMS entry recorded Samuel as 'baby brother Samko (SDF?)' and the mother's new number, which was the same as before.",
    "On 3 October 2023 Ms Outram, having traced the family through the school, saw Samuel at Marbury Street for his nine-to-twelve month review, a month early because of the gap since birth. Laco interpreted, Viera having asked for him. Samuel weighed 7.1 kg, a fall from the 9th to below the 2nd centile, and he cried sharply when his legs were moved during a nappy change; Ms Outram recorded '? nappy rash, mum says sore bottom'. The ASQ-3 was not completed because the questionnaire could not be explained. Ms Outram noticed the bruise recorded in August only when she read the liaison note on her return to the office. She arranged a GP weight review for 12 October 2023 and wrote to the GP that 'V.F. is struggling, large family, limited English, dad R.F. not seen'.",
    "Samuel was not brought to the GP appointment on 12 October 2023, which the practice coded as Was Not Brought and rebooked for 2 November 2023; he was not brought to that one either. At the end of October Helena and Dezider went back to Slovakia for Dušičky, taking Nikola's cousins, while Marek stayed at the flat. On 30 October 2023 Viera posted a photograph of Samuel on her Instagram account, @vierka_ferkova_, showing him propped on cushions with a plaster on his forehead, and a video of him was posted on a TikTok account, @samko.ferko, run by Monika. Róbert's Facebook page, facebook.com/robo.ferko.98, showed him back at work and advertised the car wash's number, 01632 960719, and its email, diamantcarwash@example.co.uk.",
    "On 6 November 2023 Viera brought Samuel to the emergency department at Sheffield Children's Hospital because his left thigh was swollen and he screamed when it was touched. An X-ray showed a spiral fracture of the left femur. The skeletal survey on 7 November 2023 found a classic metaphyseal lesion of the right distal tibia and a healing fracture of a posterior rib, estimated to be two to four weeks old. Viera said, through a Slovak interpreter, that Samuel had fallen from the double bed while she was in the kitchen, and that Marek and Robi were asleep. Blood tests showed low vitamin D but no evidence of rickets, and genetic testing for osteogenesis imperfecta was sent. A strategy discussion was held on 7 November 2023, chaired by the Safeguarding Hub team manager with DS Ashworth of South Yorkshire Police and the named doctor, and Section 47 enquiries under the Children Act 1989 began. Ms Kelly Hinchliffe was allocated as social worker and DC Lee Bramall as the investigating officer.",
    "The hospital's child protection medical recorded Samuel as FERKO Samuel-Dominik, 3. 2. 2023, with the NHS number 4839261175, and the police checks then linked the records held under 'Ferco', 'Ferkova' and 'Ferkowa'. Checks through the ACRO Criminal Records Office showed that Marek had a conviction in Slovakia in 2019 for an assault on a former partner, and that his Slovak car, TV-519BH, had been registered at the same address in Ondavské Lúčky, written on the ACRO reply as Ondavske Lucky. Samuel's Slovak passport gave his rodné číslo, the Slovak birth number, as 230203/4416. Róbert (NI number QQ 48 21 73 B) and Viera (NI number QQ302915C) were interviewed under caution with Romani interpreters. Nikola and Dávid went to stay with Viera's sister, Žaneta Gažiová, under a safety plan, and Samuel was discharged to foster carers on 14 November 2023. The police investigation continues, and this review makes no finding about how Samuel was injured.",
]

ANALYSIS = [
    "The family were almost never heard in their own language. Viera's first language is Romani and her Slovak is a school language; Language Line provided Slovak interpreters, and at every other contact the interpreter was a relative or friend: Marek, Monika, Róbert, Laco and, at the school gate, a teaching assistant. Ms Outram saw the problem clearly and wrote MUM SPEAKS ROMANI - A SLOVAK INTERPRETER IS NOT ENOUGH on the record in January 2023, but the warning did not travel to the GP practice, the police or the hospital. Each of those who interpreted had a stake in what was said. Viera was a young bori, a daughter-in-law living in her husband's family's house, and several practitioners noted that she looked to Helena or Róbert before she answered. Working Together to Safeguard Children 2023 is clear that family members should not interpret in safeguarding matters.",
    "Practitioners knew the family as the Ferkos of Page Hall but held them under a dozen names. Slovak surnames change with gender, so that the mother and daughter are Ferková and the father and sons Ferko; systems built for English names treated FERKOVÁ, Ferkova, Ferkowa and Ferco as four families, and Viera also appeared under her maiden name, GAŽIOVÁ, and as Vera. Samuel's two given names were hyphenated by one system and not by another, and his date of birth was written in the Slovak way, 03.02.2023, and then transposed. None of this is unusual for Gypsy, Roma and Traveller families who move between countries, and it is the same failure of information sharing that the Victoria Climbié inquiry, chaired by Lord Laming, described more than twenty years ago. A search on the NHS number or the address would have brought the August bruise, the April incident and the school's concerns together.",
    "The bruise in August 2023 was the point at which Samuel could have been protected. The Bruising in Non-Mobile Infants protocol applies to babies who are not yet crawling or pulling to stand, and a baby who can roll is not mobile for its purposes. The national review by the Child Safeguarding Practice Review Panel following the deaths of Arthur Labinjo-Hughes and Star Hobson warned against accepting explanations for injuries without testing them, and the explanation of a fall from the sofa was not tested. The later signs, a fall in weight, pain when his legs were moved and a plaster on his forehead on social media, were each seen by one agency only. The skeletal survey found a rib fracture weeks old, and it is likely that Samuel had been injured before he was seen on 3 October 2023.",
    "The men in the household were largely invisible. Róbert was 'at work' at every health visit, Marek was seen only as an interpreter and Dezider not at all. The Panel's report The Myth of Invisible Men found that men in a baby's life are often unknown to services even when they live in the home, and that was true here: no agency asked who was living at Marbury Street, and the health visiting record never named Marek, though he slept there several nights a week and had a conviction for violence in Slovakia that could have been found. The police knew of the argument between the brothers on Easter Saturday but did not tell health or school, and the child-present notification went no further than Early Help.",
    "Practitioners were anxious not to appear prejudiced and were told by the family, more than once, that 'gadže do not understand us', gadže being the Romani word for people who are not Roma. Several told the review that frequent travel for Dušičky, Christmas and family illness was 'how Roma families are' and that chasing the family felt like discrimination. Travel was a real part of the family's life, but it was allowed to explain away missed immunisations, a closed Early Help referral and a three-to-four month review that never happened. Poverty mattered too: eleven people in a three-bedroomed house, work at a car wash that could stop at a day's notice, and Universal Credit suspended while the family were abroad. Respect for the family's way of life should have included asking them, in Romani and on their own, how they were managing with a new baby.",
]

LEARNING = [
    "Interpreters must speak the language of the person, not the language of their passport. For many Slovak Roma families that language is Romani, and a Slovak interpreter is not enough for a parent who learnt Slovak only at school. Agencies should record the first language of each adult, in the words the family use, and should book Romani interpreters through Language Line or the local interpreting service, including for health visits and A&E. Family members and friends, however willing, must not interpret in safeguarding matters, and a note such as the one Ms Outram made should appear on every agency's record.",
    "Names and dates must be searched in all the forms a family's language gives them. Agencies should search on the NHS number and address as well as the name, should know that Slovak surnames take the ending -ová for women and girls, and should record the rodné číslo, given names in full and the date of birth from the passport. The Safeguarding Hub should add known alternative spellings to the record whenever a notification is received, so that a child-present notification for 'Samuel Ferco' finds Samuel Ferko.",
    "A bruise on a baby who is not yet crawling is a safeguarding concern whatever the explanation. The Bruising in Non-Mobile Infants protocol should be read so that rolling does not count as mobility, and emergency departments should check with the health visiting service before discharge. Every baby with a bruise should be discussed with the named doctor, and the NSPCC ICON programme should be offered in Romani and Slovak, in writing and in person, to both parents and to the other adults who care for the baby.",
    "Agencies must find out who lives in the home and who cares for the baby, especially where a large extended household moves between addresses and between countries. Frank conversations about who sleeps where, who looks after the baby when the mother is out, and whether anyone in the household has a history of violence, here or abroad, should be part of every health visit. The Myth of Invisible Men applies with particular force where men are at work during the day and practitioners visit only in office hours.",
    "Faith and community groups are part of the safeguarding system. The Betánia Roma Church and the Romano Jilo Project knew the family better than any agency did, and Laco, who interpreted at the October visit, told the review that he had been worried about Samuel for weeks but 'did not know who to tell'. The partnership should work with Roma churches and community projects to make sure that their members know how to raise a concern, and that when a family is abroad for weeks at a time, a named practitioner keeps the case open and checks on the children when they return.",
]

RECOMMENDATIONS = [
    ("Sheffield Children's NHS Foundation Trust, Crowfold Medical Centre and South Yorkshire Police should record the first language of each adult and use a professional Romani interpreter, not Marek Ferko or other relatives, in every safeguarding contact",
     "Amend the health visiting and GP templates to record first language and interpreter used; audit twenty Roma families' records", "Head of Health Visiting, Sheffield Children's NHS Foundation Trust", "30-09-2024"),
    ("The Sheffield Safeguarding Hub should search every spelling of a child's name, including the -ová form, with the NHS number and both addresses, so that records held as Ferco, Ferkowa and Vera Ferkova are linked",
     "Update the Hub's search protocol and train all Hub staff in Slovak and Romani naming", "Service Manager, Sheffield Safeguarding Hub", "31-07-2024"),
    ("Sheffield Children's Hospital should apply the Bruising in Non-Mobile Infants protocol to every baby who is not yet crawling, as Samuel was in August 2023",
     "Revise the protocol to state that rolling is not mobility and audit emergency department referrals", "Named Doctor for Safeguarding", "31-05-2024"),
    ("Ellerdyke Primary School and the health visiting service should share what they know when a family with a baby returns from a long stay abroad",
     "Agree a return-from-abroad check between the school, the GP practice and health visiting", "Designated Safeguarding Lead", "31-12-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | SCSP-2024-007 | Samuel-Dominik FERKO ('Samko'), DOB 03-02-2023, Flat 2, 118 Marbury St, Sheffield S5 9WJ",
    footer="Author: Kelly Hinchliffe, Sheffield Children's Services | Family: FERKO / FERKOVÁ, formerly 47 Threlkeld Road, S48QZ | Draft 2",
    comment="KH: Laco (Ladislav Olah) says Dezo and Hela were in Slovakia from 27/10 and Marek (MF on the police log) was at the flat every night - check with DC Bramall before panel. Helena DOB 30.04.1977.",
    footnote="Slovak passport: FERKO Samuel Dominik, rodné číslo 230203/4416; mother GAŽIOVÁ Viera, VF on the maternity system; Dávidko is Dávid's home name; 9WJ is the flat's postcode unit.",
)
