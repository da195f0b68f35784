# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 111): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "GSCP-2023-04"

CASE_TOML = """\
reference = "GSCP-2023-04"
review = "Child Safeguarding Practice Review"
subject = "Child X"
board = "Gateshead Safeguarding Children Partnership"
period = { from = "01-09-2022", to = "10-11-2023" }
decision = "22-11-2023"
notification = "08-11-2023"

[[agencies]]
name = "Northumbria Police"
aliases = ["Police"]

[[agencies]]
name = "Gateshead Council Children's Social Care"
aliases = ["Children's Social Care", "CSC", "MASH"]

[[agencies]]
name = "Gateshead Council Education Inclusion Service"
aliases = ["EHE team", "Elective Home Education team", "Children Missing Education officer"]

[[agencies]]
name = "Gateshead Health NHS Foundation Trust"
aliases = ["Gateshead Health", "0-19 service", "Emergency Department"]

[[agencies]]
name = "Talmud Torah Beis Efrayim"
aliases = ["Beis Efrayim"]
published_as = "the independent school"

[[agencies]]
name = "Whitbeck Medical Centre"
aliases = ["Whitbeck Surgery"]
published_as = "the GP practice"

[[people]]
name = "Yehuda Leib Halpern"
aliases = ["Yehuda", "Leibish", "Judah Halpern", "Y.L.H."]
role = "child"
pseudonym = "Child X"
born = "09-02-2011"
address = "41 Ellerbeck Terrace, Bensham, Gateshead NE8 4ZQ"

[[people]]
name = "Rivka Halpern"
aliases = ["Rivky", "Rebecca Halpern", "Rivka Grünfeld", "Mrs Halpern"]
role = "mother"
pseudonym = "Mother"
born = "14-06-1985"
address = "41 Ellerbeck Terrace, Bensham, Gateshead NE8 4ZQ"

[[people]]
name = "Chaim Dovid Halpern"
aliases = ["Chaim Dovid", "Hyman David Halpern", "Mr Halpern"]
role = "father"
pseudonym = "Father"
born = "03-11-1982"
address = "41 Ellerbeck Terrace, Bensham, Gateshead NE8 4ZQ"

[[people]]
name = "Mordechai Halpern"
aliases = ["Motty"]
role = "sibling"
pseudonym = "Sibling 1"
born = "21-01-2006"
address = "41 Ellerbeck Terrace, Bensham, Gateshead NE8 4ZQ"

[[people]]
name = "Perel Grünfeld"
aliases = ["Perel"]
role = "maternal grandmother"
pseudonym = "Maternal Grandmother"
address = "Pelgrimsdwarsstraat 22, 2018 Antwerpen, Belgium"

[[people]]
name = "Zalman Halpern"
role = "paternal grandfather"
pseudonym = "Paternal Grandfather"
address = "63 Dunmore Grove, Stamford Hill, London N16 5QU"

[[staff]]
name = "Ellen Craggs"
role = "Social Worker"
agency = "Gateshead Council Children's Social Care"

[[staff]]
name = "Bethany Pattinson"
role = "Health Visitor"
agency = "Gateshead Health NHS Foundation Trust"

[[staff]]
name = "Stephen Hedley"
role = "Detective Constable"
agency = "Northumbria Police"

[[staff]]
name = "Rachel Oyelaran"
role = "General Practitioner"
agency = "Whitbeck Medical Centre"

[[staff]]
name = "Avrohom Tennenbaum"
role = "Designated Safeguarding Lead"
agency = "Talmud Torah Beis Efrayim"
"""

IDENTIFIERS = {
    "key_name": [
        "Yehuda Leib Halpern", "Yehuda Leib", "Yehuda", "Yehudah", "Judah Halpern", "Judah",
        "Halpern", "HALPERN", "Halperns", "Halperin", "Halpren", "יהודה לייב הלפרין",
        "Rivka Halpern", "Rivka", "Rebecca Halpern", "Rebecca", "רבקה הלפרין", "Grünfeld",
        "GRÜNFELD", "Grunfeld", "Gruenfeld", "Chaim Dovid Halpern", "Chaim Dovid", "Chaim",
        "Haim", "Hyman David Halpern", "Hyman", "Mordechai Halpern", "Mordechai",
        "Perel Grünfeld", "Perel", "Zalman Halpern", "Zalman",
        "Ellen Craggs", "Craggs", "Bethany Pattinson", "Bethany", "Pattinson", "Stephen Hedley", "Hedley",
        "Rachel Oyelaran", "Oyelaran", "Avrohom Tennenbaum", "Tennenbaum", "Tenenbaum",
    ],
    "nickname": ["Leibish", "Leibi", "Leibesh", "Rivky", "Motty", "Motti"],
    "initials": ["Y-L", "Y.L.H.", "YLH", "C.D.H.", "CDH", "R.H."],
    "not_in_key": [
        "Pauline Dodds", "Dodds", "Zundel Kestenbaum", "Kestenbaum", "Shmuel Brodetsky",
        "Brodetsky", "Yossi Lipschitz", "Lipschitz", "Lipshitz", "Esther Weisz", "Weisz",
        "Gitty", "Shloimy", "Chaya Sura", "Blimy", "Mendel", "Shaindel", "Keith Robson",
        "Robson", "Ridley", "Aldred", "Moskovits",
    ],
    "address": [
        "41 Ellerbeck Terrace", "Ellerbeck Terrace", "Ellerbeck Tce", "Bensham",
        "18 Marleyhurst Road", "Marleyhurst Road", "Marleyhurst Rd",
        "Flat 2, 7 Larchfield Gardens", "Larchfield Gardens", "Pelgrimsdwarsstraat 22",
        "Pelgrimsdwarsstraat", "63 Dunmore Grove", "Dunmore Grove", "Stamford Hill",
        "Tillotson Avenue", "Broughton Park",
    ],
    "postcode": ["NE8 4ZQ", "NE84ZQ", "NE8", "4ZQ", "NE9 6WX", "N16 5QU"],
    "agency_place": [
        "Beis Efrayim", "TTBE", "Whitbeck Medical Centre", "Whitbeck Surgery", "Whitbeck",
        "Ohr Hatzafon", "Bnos Chedva", "Nachlas Yaakov",
    ],
    "number": [
        "07700 900614", "07700900271", "01632 960452", "020 7946 0318", "0161 496 0233",
        "01632 960919", "472 918 3304", "4729183304", "603 154 7724", "QQ 48 21 73 B",
        "rivky.halpern@example.com", "ohrhatzafon.office@example.org",
        "ellen.craggs@example.org", "charidy.com/ohrhatzafon", "NK15 WJP", "ND68 FXU",
    ],
    "date_of_birth": [
        "09-02-2011", "09/02/2011", "9th February 2011", "9.2.11", "5 Adar I 5771",
        "14/06/1985", "14.06.85", "3 November 1982", "21/01/2006",
    ],
    "other": ["Shefa Provisions", "Vaad Chinuch Tzafon", "Rivky's Sheitels"],
}

ORDINARY = [
    "Children Act 1989", "section 58 of the Children Act 2004", "Education Act 1996",
    "section 437", "Education and Skills Act 2008", "Working Together to Safeguard Children",
    "Keeping Children Safe in Education", "Child Safeguarding Practice Review Panel", "Ofsted",
    "Department for Education", "Victoria Climbié", "Lord Laming",
    "Independent Inquiry into Child Sexual Abuse", "NSPCC", "Norwood", "Jewish Women's Aid",
    "salbutamol", "sertraline", "ibuprofen", "asthma", "postnatal depression", "body map",
    "Edinburgh Postnatal Depression Scale", "Achieving Best Evidence", "Yiddish",
    "Loshon Kodesh", "mesivta", "kollel", "Shabbos", "Yom Tov", "Pesach", "Succos",
    "Chanukah", "Rosh Hashanah", "Tatty", "Mammy", "Bubby", "Zeidy", "rebbe", "potch",
    "Gemara", "Chumash", "heimish", "frum", "bochur", "askan", "shul", "kosher phone",
    "Elective Home Education", "Children Missing Education", "Child in Need", "MASH", "LADO",
    "Section 47", "strategy discussion", "DC", "PC", "Detective Sergeant", "in the hope that",
    "NO VISITS OR CALLS FROM FRIDAY AFTERNOON TO SATURDAY NIGHT",
]

INVOLVEMENT = [
    "Yehuda Leib Halpern (Child X), known at home and in the community as Leibish, was born on 9th February 2011, the fifth of nine children of Chaim Dovid Halpern and Rivka Halpern. The family belong to the strictly Orthodox (Haredi) Jewish community and lived throughout the review period at 41 Ellerbeck Terrace, Bensham, Gateshead NE8 4ZQ, a four-bedroomed terraced house. Leibish attended Talmud Torah Beis Efrayim, a registered independent boys' school of about ninety pupils, from the age of three until the end of Year 6 in July 2022. The mornings were given to Chumash and Mishnayos, taught in Yiddish and Loshon Kodesh; secular studies, taught in English, ran from 2pm to 4.30pm. On Wednesday 14 September 2022 the school's Designated Safeguarding Lead, Avrohom Tennenbaum, told the local authority's Children Missing Education officer that Y.L.H. had not returned for the new term and that his parents had said he would 'go on to mesivta', which is usual for boys of his age in the community. The school's leaving form gave his name as JUDAH HALPERN, his date of birth as 09/02/2011 and his NHS number as 472 918 3304, and listed only the mother's mobile, 07700 900614, as a contact.",
    "On 3 October 2022 the Elective Home Education team received an email from rivky.halpern@example.com stating that the parents had 'decided to educate Yehuda at home' and that he would 'also attend shiurim'. Mrs Halpern signed the attached letter in English and in Hebrew script as רבקה הלפרין. The EHE adviser, Keith Robson, offered a visit, which the family asked to defer until after Succos. When Mr Robson called at Ellerbeck Terrace at 11am on Thursday 20 October 2022, Mr Halpern came to the door and said that his son was 'learning with his rebbe' and was not at home; he would not say where. Mr Robson was shown a workbook with a few pages of English comprehension and long division completed, and left a copy of the Department for Education's guidance for parents. Mr Halpern learns in kollel in the mornings and works in the afternoons at Shefa Provisions, a kosher grocer. He spoke fluent English but used Yiddish with the younger children in the hall, and gave his number as 07700900271, a kosher phone without internet access, so that anything in writing had to go through his wife. The family's record carried an alert, added at the parents' request some years earlier, which read in capitals: NO VISITS OR CALLS FROM FRIDAY AFTERNOON TO SATURDAY NIGHT.",
    "On Thursday 27 October 2022 Bethany Pattinson, a health visitor in the Gateshead Health NHS Foundation Trust 0-19 service, carried out the eight-week review of the youngest child, Shaindel, who had been born in August 2022. Ms Pattinson recorded ten people living in the house: both parents and eight of the nine children. The eldest, Mordechai Halpern ('Motty', DOB 21/01/2006), boarded at a yeshiva in Manchester and came home for Yom Tov. Leibish was at home at 10am on a weekday, reading Gemara at the kitchen table with his younger brother Shloimy; Mrs Halpern said that he had a cold and that his asthma was bad. Ms Pattinson completed the Edinburgh Postnatal Depression Scale with Mrs Halpern, who scored 15, and advised her to see her GP. Mrs Halpern, who is known to everyone as Rivky, told Ms Pattinson that she also ran a small wig-styling business from the front room, Rivky's Sheitels, and that she was 'never off her feet'. The record notes that Leibish 'should be at school - mum says mesivta, not registered?', but the question was not passed to anyone, because Leibish was not on the health visitor's caseload and there was no school nurse for a child on no school roll.",
    "On Tuesday 15 November 2022 Dr Rachel Oyelaran at Whitbeck Medical Centre saw Mrs Halpern, who is registered with the practice as Rebecca Halpern, and diagnosed postnatal depression. Sertraline was started and a referral was offered to the perinatal mental health service, which Mrs Halpern declined because she did not want a mental health record that might become known when her daughters came to be married. At the same appointment Dr Oyelaran reviewed Leibish's asthma. He is registered as Judah Halpern, and his salbutamol inhaler had not been collected since July. Dr Oyelaran noted 'attends yeshiva, not at school, mum says home educated' and recorded his weight on the 9th centile. She did not speak to Leibish alone; he waited in the corridor with his sister Gitty, who was fourteen. The practice did not share what it had heard about his education with anyone, and it had no reason under its own procedures to think that it should.",
    "On Tuesday 24 January 2023 inspectors from Ofsted's unregistered schools team, with two officers from the council, visited premises behind 18 Marleyhurst Road, Gateshead NE9 6WX, a former joinery workshop at the back of a private house. They found twenty-three boys aged eleven to fifteen studying Gemara in Yiddish from 8am until 7pm, five days a week, with shorter sessions on Friday mornings and on Sundays. The setting called itself Mesivta Ohr Hatzafon and raised funds through an appeal page at charidy.com/ohrhatzafon. There was no secular curriculum, no fire risk assessment and no record of checks on staff; the only safeguarding document was a one-page policy in Hebrew. A grey people carrier, ND68 FXU, registered to Mr Halpern, was among the cars dropping boys off. The boys' rebbe, Reb Zundel Kestenbaum, who spoke for the proprietors, told inspectors that the mesivta taught 'only religious studies' and was therefore not a school within the meaning of the Education Act 1996. Ofsted issued a warning notice under the Education and Skills Act 2008 and gave the council a handwritten register of the boys; it listed 'Leibesh Halperin', with his name also in Hebrew as יהודה לייב הלפרין and a date of birth of 5 Adar I 5771. Because the EHE register held him as Yehuda Halpern, born 09-02-2011, the two records were not matched until March 2023.",
    "On Tuesday 28 February 2023, shortly after Leibish's twelfth birthday, the EHE team sent Mr and Mrs Halpern a preliminary notice under section 437 of the Education Act 1996, asking them to satisfy the authority within fifteen days that he was receiving a suitable education. The reply came not from the parents but from Mr Shmuel Brodetsky of the Vaad Chinuch Tzafon, a community body that represents a number of families in their dealings with the council about education. Mr Brodetsky is well regarded as an askan, and council officers had worked with him before. His letter, sent from ohrhatzafon.office@example.org and asking for any reply by telephone to the Vaad's number, 01632 960919, or to the family's landline, 01632 960452, said that 'Y-L learns English and arithmetic with a tutor for forty-five minutes a day' and attached a timetable. No tutor was named. The EHE adviser accepted the reply as sufficient 'for now', in the hope that a visit after Pesach would give a clearer picture. Nobody asked to see Leibish, and the question of whether the Marleyhurst Rd premises ought to be registered was left with the Department for Education.",
    "On Wednesday 12 April 2023, during Pesach, Ms Pattinson made a home visit to review Mrs Halpern's mood and to weigh Shaindel. The older children were home for Yom Tov, and Mr Halpern's father, Zalman Halpern, had travelled up from 63 Dunmore Grove, Stamford Hill, London N16 5QU for the festival; his number, 020 7946 0318, was written on the fridge as the family's emergency contact. Ms Pattinson saw Leibish in the kitchen with a yellowing bruise across his left cheekbone and a healing cut to his lip. Mrs Halpern said that he had fallen off his bicycle in the back lane behind Ellerbeck Tce. Ms Pattinson asked Leibish herself, in English; he looked at his Zeidy, said 'I fell', and left the room. Her note ends: 'Mum's mood improved, sertraline helping. Y.L.H. bruise - explanation consistent. No concerns.' No body map was completed and the GP was not told. Ms Pattinson told the review that, because Leibish was not her patient, she did not think the bruise was hers to follow up.",
    "On Thursday 18 May 2023 at 21:40 Mrs Pauline Dodds, who lives next door, rang Northumbria Police to report a boy screaming and a man shouting 'in a foreign language' at number 41, and what she described as 'a slapping noise, like a belt or a slipper'. PC Ridley and a colleague attended at 22:05. Mr Halpern told them that Leibish had run away from the mesivta that afternoon and had been brought back by a family friend, Yossi Lipschitz, who had found him at the Metro station; he had 'given him a potch' and the boy had 'made a fuss'. The officers saw Leibish in the front room in his pyjamas, with his father present throughout, and saw reddening to the backs of both legs. Mr Halpern said that a father was entitled to smack his own son, and PC Ridley recorded 'reasonable chastisement - no offence disclosed'. A child concern notification was sent to the MASH naming the child as 'Yehudah Halpren', with no date of birth, and the father as 'Haim Halpren'. The MASH did not find the EHE record or the Ofsted register, sent the family a letter about positive parenting, and closed the contact.",
    "On Wednesday 21 June 2023 a bus driver noticed Leibish alone on a bus bound for Newcastle with a carrier bag of clothes, and asked where he was going. Leibish said that he was going to Manchester, to 'Motti', his brother. Police collected him, and in the police car he told PC Ridley that the rebbe at Ohr Hatzafon hit the boys with a ruler when they did not know their Gemara, and that when the rebbe rang home, 'Tatty gives it me again'. The officer wrote down his words and that he was 'very frightened of going home'. This time the notification was linked to the May contact, and a strategy discussion was held by telephone on 22 June 2023 between the MASH team manager and Detective Sergeant Aldred of Northumbria Police. It was agreed that the threshold for Section 47 enquiries was not met because no injury had been seen, and that a Child and Family assessment should be completed under section 17 of the Children Act 1989. No referral was made to the LADO about the rebbe, because the mesivta was 'not a school' and Mr Kestenbaum was thought to be outside the LADO's remit.",
    "Ellen Craggs, a social worker in Gateshead Council Children's Social Care, completed the assessment between 26 June and 13 July 2023. She visited twice; the first visit had to be rearranged because it had been booked for a Friday afternoon. Both parents were present. Mrs Halpern interpreted for her husband when he chose to speak Yiddish, and Gitty, then fourteen, was asked to 'help Leibi with the English words'. Ms Craggs spoke with Leibish alone for about ten minutes in the front room, with the door open and his father in the hall. He said that everything was fine, that he loved learning and that he wanted to be 'a good bochur'. The parents told Ms Craggs that in a frum family a potch was normal and that they never hit 'to hurt'. Ms Craggs explained the law on reasonable punishment and left leaflets from the NSPCC. The assessment found Leibish to be a Child in Need because of the size of the family, his mother's postnatal depression and the doubt about his education, and proposed a referral to Norwood for parenting support. The parents declined Norwood as 'not heimish' and said they would instead take advice from the Rav of the Nachlas Yaakov shul. The plan was closed at their request on 31 August 2023.",
    "In May and again over the summer Leibish was sent to stay with his maternal grandmother, Perel Grünfeld, at Pelgrimsdwarsstraat 22 in Antwerp; his mother said that he was 'calmer with his Bubby'. He came home on 3 September 2023. On Tuesday 5 September 2023 the EHE team wrote to the parents again under section 437. The letter was addressed to the father as Hyman David Halpern, the name on his passport, and the parents told the review that for some weeks they thought it concerned a different matter. After Succos, on Tuesday 10 October 2023, a School Attendance Order was issued naming a local secondary academy. Mr Brodetsky asked for a meeting, which was fixed for 14 November. Beis Efrayim (recorded by the EHE team as TTBE) was not consulted at any stage, although its safeguarding log for Leibish recorded marks on his upper arms in Year 4 and again in Year 5, each explained by his father as 'a potch for chutzpah', and neither referred to the local authority.",
    "On Monday 6 November 2023 at 13:20 Leibish was brought to the Emergency Department at the Queen Elizabeth Hospital by his father and by Mr Lipschitz, who drove them in his car, NK15 WJP. His left forearm was swollen and painful. Mr Halpern said that he had fallen down the stairs on Shabbos, two days before, and that they had given him ibuprofen and hoped it would settle. An X-ray showed a fracture of the shaft of the left ulna, an injury the paediatric registrar described as typical of a forearm raised to protect the head. Leibish was quiet and answered in Yiddish. He was admitted, and a child protection medical the next morning, recorded on a body map, found linear bruising of different ages across his back, his buttocks and the backs of both thighs. The hospital record gave his name as Judah HALPERN, his date of birth as 9.2.11 and his NHS number as 4729183304, recorded his mother's NHS number as 603 154 7724 and her date of birth as 14.06.85, and named his practice as Whitbeck Surgery.",
    "A strategy discussion was held on Tuesday 7 November 2023 and Section 47 enquiries began. DC Stephen Hedley of Northumbria Police was allocated. Leibish asked to speak in Yiddish, and an interpreter was booked through a national agency; the interpreter who arrived, a Mr Moskovits, said that he knew the Halperns 'from Stamford Hill' and was stood down, which delayed the Achieving Best Evidence interview by two days. Through a second interpreter, by video, Leibish told DC Hedley that his father hit him with a belt 'when the rebbe rings', and that on the Saturday night, after Shabbos, his father had beaten him because the rebbe had found him with a smartphone lent by a boy from Broughton Park. He said: 'Mammy cries but she says Tatty knows best.' Chaim Dovid Halpern (born 3 November 1982, NI number QQ 48 21 73 B) was arrested on 9 November 2023 on suspicion of assault occasioning actual bodily harm and released under investigation. Reb Zundel Kestenbaum was referred to the LADO on 10 November 2023.",
    "Leibish was discharged on 10 November 2023 to the care of his maternal aunt, Mrs Esther Weisz, and her husband at their home in Tillotson Avenue, Broughton Park, Salford, under a safety plan agreed by both parents; the Weisz landline, 0161 496 0233, was shared with the Salford out-of-hours team. His mother and the other children moved for the time being to Flat 2, 7 Larchfield Gardens, a flat owned by the Lipschitz family, and Mr Halpern went to stay with his father in London. The younger children, Shloimy, Blimy, Chaya Sura and Mendel, were seen by social workers at school, the girls at Bnos Chedva, and none made any disclosure. The local authority notified the Child Safeguarding Practice Review Panel on 8 November 2023. At the rapid review on 22 November 2023 the partnership agreed that the criteria for a local child safeguarding practice review were met. The police investigation continues, and this review makes no finding about who caused Leibish's injuries.",
]

ANALYSIS = [
    "For fourteen months no professional saw Leibish in any setting where he could be watched over by someone outside his family and his community. When he left Beis Efrayim he left the only place that had a Designated Safeguarding Lead, a safeguarding log and a duty under Keeping Children Safe in Education. The local authority has a duty under section 436A of the Education Act 1996 to identify children who are not receiving a suitable education, and its officers acted within the procedures they had: a Children Missing Education notification, an Elective Home Education letter, a visit, a section 437 notice and, eventually, a School Attendance Order. Each step was taken on paper, through the parents or through the Vaad, and none of them involved seeing Leibish. The Independent Inquiry into Child Sexual Abuse, in its report on religious organisations and settings, described how settings that teach only religious subjects can fall outside the regulation that applies to schools; Ohr Hatzafon was such a setting, and the review heard that the boys there spent more hours a week in it than any pupil spends in a registered school.",
    "Physical chastisement was seen, heard about or recorded on at least six occasions: twice at Beis Efrayim, by the health visitor at Pesach, by the police in May and June, and in Leibish's own words to PC Ridley. Each time it was understood as a matter of culture: 'a potch', 'normal in a frum family', 'reasonable chastisement'. The law in England does not give a police officer at a front door a role in deciding what is reasonable. Under section 58 of the Children Act 2004 the defence of reasonable punishment is not available where the child suffers actual bodily harm, and reddening to the backs of a boy's legs after a neighbour has heard a belt is a reason for a strategy discussion, not for a leaflet. The Victoria Climbié inquiry, chaired by Lord Laming, was clear that a child's safety cannot be measured against a different standard because of the family's culture or faith. Practitioners told the review that they had been anxious not to seem to judge a community whose customs they did not understand. That anxiety was real and understandable, but it meant that the boy was judged by a lower standard than his neighbours' children.",
    "Leibish's records were held in at least eight names. He was Yehuda Leib Halpern to the local authority, Judah Halpern to the GP and the hospital, JUDAH HALPERN on his school leaving form, Leibish to his family and 'Leibesh Halperin' on the mesivta's register, with his name also in Hebrew and his date of birth in the Hebrew calendar, 5 Adar I 5771. The police recorded 'Yehudah Halpren'. His father was Chaim Dovid to the community, Hyman David Halpern on his passport, Haim on the police system and C.D.H. in the EHE notes. His mother was Rivka, Rivky or Rebecca, and her maiden name, GRÜNFELD, was written as Grunfeld and Gruenfeld in different records; R.H. in one set of notes and 'Mrs H.' in another. One police record gave the postcode as NE84ZQ. The school's DSL was recorded in the MASH log as Mr Tenenbaum. Searching on date of birth and postcode, and asking the family for every name by which each child is known, would have brought these records together by the autumn of 2022.",
    "Leibish's voice was heard only once before he was injured, in a police car on 21 June 2023, and what he said then was not acted on. At every other contact he was seen with a parent, a grandparent or a sister present, or spoken to for a few minutes in a room with the door open. His sister Gitty was asked to help him with English words, and his mother interpreted for his father. The parents' dealings with the council about his education were conducted by an askan, Mr Brodetsky, whom officers respected and trusted. Community intermediaries can do a great deal of good, and the Vaad has helped many families, but the review found that professionals came to speak to Mr Brodetsky about Leibish instead of speaking to Leibish. When an interpreter was finally needed, the first one knew the family. The Orthodox Jewish community is close-knit across the country, and practitioners need to assume that a Yiddish interpreter may know the family unless they have checked.",
    "Mrs Halpern was caring for nine children, the youngest a baby, with postnatal depression, a business run from her front room and a husband who could only be reached by a kosher phone. She declined perinatal mental health support because she feared the effect of a record on her daughters' prospects of marriage, and the review accepts that the fear was sincere. No practitioner asked her on her own what happened when Leibish came home late from the mesivta, or whether she felt able to disagree with her husband; nor was she told about Jewish Women's Aid, which offers a confidential service to Jewish women. Her son's words, 'Mammy cries but she says Tatty knows best', suggest that she was not able to protect him, and that nobody had given her the chance to say so. The alert on the family's record, NO VISITS OR CALLS FROM FRIDAY AFTERNOON TO SATURDAY NIGHT, was respected scrupulously; it would have been just as easy to arrange a visit on a Sunday, when the mesivta was closed in the afternoon and Leibish was at home.",
]

LEARNING = [
    "A child of compulsory school age who is 'learning with a rebbe', 'at mesivta' or 'home educated' is a child whom no school is watching. Any practitioner who hears this should check whether the child is known to the Elective Home Education and Children Missing Education teams and should tell them what they have seen. Health services should treat a child on no school roll as a child without a school nurse, and should consider whether someone else needs to see him. A child's absence from school on a weekday morning, as when the health visitor found Leibish at home in October 2022, is information to be shared, not only recorded.",
    "Physical chastisement must be assessed in the same way in every family. Practitioners should not accept that a smack, a 'potch' or a belt is acceptable because it is said to be normal in a community, and should remember that the law draws the line at actual bodily harm and that the question of reasonableness is for the courts, not for the practitioner at the door. Any bruise on a child who is not their patient should still be recorded on a body map and passed on. The LADO's remit covers anyone who works with children, whether or not the setting in which they work is registered, and concerns about a rebbe in an unregistered mesivta should be referred in the same way as concerns about a teacher.",
    "Names must be searched in all their forms. Many Haredi children have a Hebrew name, a Yiddish name used at home and an English name on official records, and many adults have a passport name that is not the name they use. Agencies should ask for and record all of these, together with any Hebrew-calendar date of birth that appears on community documents, and the MASH should search on date of birth and postcode as well as on name. Working Together to Safeguard Children expects agencies to share information and to build a single picture of the child; in this case the pieces existed by November 2022 but were never put together.",
    "Children must be seen and heard alone, in a language they are comfortable using, and siblings and parents must not interpret. Yiddish interpreters are scarce, and those available may know the family: agencies should check for conflicts before an interpreter meets the child and should be ready to use remote interpreting from outside the community. Trusted community intermediaries such as an askan or a Vaad should be welcomed as a route to the family, but they should not become the route to the child.",
    "Faith and custom should shape how practitioners work with a family, not whether they see the child. Visits can be planned around Shabbos, Yom Tov, Pesach, Succos, Rosh Hashanah and Chanukah without losing weeks at a time, and a family's request not to be contacted on Shabbos is a reason to arrange a Sunday visit, not a reason to put one off. Practitioners should also know which charities the community trusts, including Norwood and Jewish Women's Aid, and should offer them as real options rather than as a leaflet left on the table.",
]

RECOMMENDATIONS = [
    ("Gateshead Council's Elective Home Education and Children Missing Education teams should see every child who is withdrawn from a registered school to be educated at home or in a religious setting, as Leibish Halpern was when he left Beis Efrayim, and should share what they know with health and the MASH",
     "Revise the EHE procedure so that the child is seen within twenty school days of withdrawal, and audit the cases of all boys withdrawn from Talmud Torah Beis Efrayim and similar schools in the last two years", "Head of Education Inclusion, Gateshead Council", "30-06-2024"),
    ("Northumbria Police, Children's Social Care and the 0-19 service should treat any report or sign of physical chastisement that leaves a mark as a safeguarding concern needing a strategy discussion, whatever explanation is given by reference to the family's culture or faith",
     "Issue a joint practice briefing on section 58 of the Children Act 2004 and reasonable punishment, with a case study drawn from this review, and include it in front-line police training", "Detective Superintendent, Safeguarding, Northumbria Police", "30-09-2024"),
    ("The MASH should search every known spelling of a child's names, including Hebrew and Yiddish names and passport names, together with date of birth and postcode, so that records such as Yehudah Halpren and Judah HALPERN are linked",
     "Update the MASH search protocol and add a 'names known by' field to the Children's Social Care contact form", "MASH Team Manager", "31-05-2024"),
    ("The partnership should agree with the Department for Education, Ofsted and community representatives how children attending unregistered settings such as Ohr Hatzafon are identified and seen, and should make sure that Yiddish interpreters are checked for conflicts before they meet a child",
     "Convene a task and finish group with the Vaad Chinuch Tzafon and the Department for Education; publish interpreter guidance", "Partnership Business Manager", "31-12-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | GSCP-2023-04 DRAFT | Child X: Yehuda Leib HALPERN ('Leibish'), DOB 09-02-2011, 41 Ellerbeck Terrace, Bensham, Gateshead NE8 4ZQ",
    footer="Author: Ellen Craggs, ellen.craggs@example.org | YLH chronology v4 for panel | Halpern family, Ellerbeck Tce",
    comment="EC: DC Hedley says Lipschitz (NK15 WJP) drove them on 6/11 but Rivky told Bethany it was Motty - confirm before panel. CDH still only on 07700900271, so go via R.H.",
    footnote="Ohr Hatzafon register: 'Leibesh Halperin'; Whitbeck record JUDAH HALPERN, 9.2.11, NHS 472 918 3304; mother Rebecca Halpern (née Gruenfeld), DOB 14/06/1985; friend's name also spelt Lipshitz.",
)
