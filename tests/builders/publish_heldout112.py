# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 112): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "HSCP-CSPR-2024-03"

CASE_TOML = """\
reference = "HSCP-CSPR-2024-03"
review = "Child Safeguarding Practice Review"
subject = "Child D"
board = "Haringey Safeguarding Children Partnership"
period = { from = "01-03-2022", to = "24-05-2024" }
decision = "10-06-2024"
notification = "22-05-2024"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["Metropolitan Police", "the Met", "MPS", "Police"]

[[agencies]]
name = "Haringey Children's Services"
aliases = ["Children's Services", "Children's Social Care", "CSC"]

[[agencies]]
name = "Whittington Health NHS Trust"
aliases = ["Whittington Health", "Health Visiting Service", "HV"]

[[agencies]]
name = "Ferncliffe Green Nursery"
aliases = ["Ferncliffe Green"]
published_as = "the nursery"

[[agencies]]
name = "Harrowvale Medical Practice"
aliases = ["Harrowvale Surgery"]
published_as = "the GP practice"

[[agencies]]
name = "Lordsmead Children's Centre"
published_as = "the children's centre"

[[people]]
name = "Berfîn Çelikdağ"
aliases = ["Berfin", "Berfin Celikdag", "Berfo"]
role = "Child"
pseudonym = "Child D"
born = "14-02-2021"
address = "Flat 1, 212 Wexbury Road, London N17 6WZ"

[[people]]
name = "Rewşen Dağtekin"
aliases = ["Rewşen", "Rewsen Dagtekin", "Rewşen Çelikdağ", "Mrs Celikdag"]
role = "Mother"
pseudonym = "Mother"
born = "09-07-1998"
address = "Flat 1, 212 Wexbury Road, London N17 6WZ"

[[people]]
name = "Serhat Çelikdağ"
aliases = ["Serhat", "Serhat Celikdag", "Mr Celikdag"]
role = "Father"
pseudonym = "Father"
born = "03-11-1990"
address = "Flat 1, 212 Wexbury Road, London N17 6WZ"

[[people]]
name = "Mehmet Ali Çelikdağ"
aliases = ["Mehmet Ali", "Memo", "Mehmet Ali Celikdag"]
role = "Paternal uncle"
pseudonym = "Paternal Uncle"
born = "22-04-1986"
address = "23 Felbridge House, Aldermoor Estate, London N15 4XJ"

[[people]]
name = "Hatice Çelikdağ"
aliases = ["Hatice"]
role = "Paternal grandmother"
pseudonym = "Paternal Grandmother"
born = "01-07-1952"
address = "Kevirbirî, Pazarcık, Kahramanmaraş, Turkey"

[[people]]
name = "Gulîzar Avcı"
aliases = ["Gulizar Avci"]
role = "Paternal aunt"
pseudonym = "Paternal Aunt"
born = "15-03-1984"
address = "Brennerkampstraße 41, 47169 Duisburg, Germany"

[[staff]]
name = "Charlotte Ojukwu-Reid"
role = "Health Visitor"
agency = "Whittington Health NHS Trust"

[[staff]]
name = "Tomasz Wierzbicki"
role = "Social Worker"
agency = "Haringey Children's Services"

[[staff]]
name = "Anjali Raghunathan"
role = "General Practitioner"
agency = "Harrowvale Medical Practice"

[[staff]]
name = "Liam Fairclough"
role = "Police Constable"
agency = "Metropolitan Police Service"

[[staff]]
name = "Niamh Gallagher-Boyce"
role = "Nursery Manager and Designated Safeguarding Lead"
agency = "Ferncliffe Green Nursery"
"""

IDENTIFIERS = {
    "key_name": [
        "Berfîn Çelikdağ", "Berfîn", "Berfin", "Çelikdağ", "Celikdag", "ÇELİKDAĞ", "BERFİN",
        "Çelikdag", "Chelikdag", "CELIKDAG", "Rewşen Dağtekin", "Rewşen", "Rewsen", "Revşen",
        "Rewshen", "Dağtekin", "Dagtekin", "Serhat Çelikdağ", "Serhat", "Serhad",
        "Mehmet Ali Çelikdağ", "Mehmet Ali", "Mehmet-Ali", "Hatice Çelikdağ", "Hatice",
        "Gulîzar Avcı", "Gulîzar", "Gülizar", "Avcı", "Avci", "Charlotte Ojukwu-Reid",
        "Ojukwu-Reid", "Tomasz Wierzbicki", "Wierzbicki", "Anjali Raghunathan", "Raghunathan",
        "Liam Fairclough", "Fairclough", "Niamh Gallagher-Boyce", "Gallagher-Boyce",
    ],
    "nickname": ["Berfo", "Rosie", "Rewo", "Sero", "Memo", "Gulê"],
    "initials": ["B.Ç.", "BÇ", "R.D.", "RD", "S.Ç.", "M-A", "MAÇ", "CO-R"],
    "not_in_key": [
        "Baran Dağtekin", "Baran", "Fadime", "Rênas", "Lorraine Agyeman-Birch", "Agyeman-Birch",
        "Melek Sarıgül", "Sarıgül", "Sarigul", "Nazlı Ekinci", "Nazlı", "Nazli", "Ekinci",
        "Kenan Yavuz", "Kenan", "Precious Mensah", "Mensah", "Karakuş", "Harkness",
    ],
    "address": [
        "Flat 1, 212 Wexbury Road", "212 Wexbury Road", "Wexbury Road", "Wexbury Rd",
        "1/212 Wexbury Rd", "23 Felbridge House", "Felbridge House", "Aldermoor Estate",
        "27b Lorimer Gardens", "Lorimer Gardens", "West Green", "3 Brackenholt Mews",
        "Brackenholt Mews", "Brennerkampstraße 41", "Kevirbirî",
    ],
    "postcode": ["N17 6WZ", "N176WZ", "N17", "6WZ", "N15 4XJ", "4XJ", "N9 8XR", "47169"],
    "agency_place": [
        "Ferncliffe Green Nursery", "Ferncliffe Green", "Ferncliffe", "Harrowvale Medical Practice",
        "Harrowvale Surgery", "Harrowvale", "Lordsmead Children's Centre", "Lordsmead",
    ],
    "number": [
        "07700 900614", "07700900614", "+44 7700 900287", "020 7946 0318", "07700 900935",
        "07700 900452", "618 442 9073", "6184429073", "487 120 5536", "QQ 48 27 93 B",
        "QQ713904D", "rewsen.dagtekin98@example.com", "zeytunkitchen.n17@example.co.uk",
        "t.wierzbicki@example.gov.uk", "@zeytunkitchen_n17", "@sero.celikdag46",
        "facebook.com/serhat.celikdag.46", "LK19 VXP", "GWF058813462", "CRIS 4219934/24",
    ],
    "date_of_birth": [
        "14-02-2021", "14/02/2021", "14.02.21", "14th February 2021", "February 14, 2021",
        "09/07/1998", "9 July 1998", "1990-11-03", "03.11.90", "22/04/1986", "01.07.1952",
    ],
    "other": [
        "Zeytûn Kitchen", "Zeytun Kitchen", "Zeytûn Café", "Celikdag Brothers Ltd",
        "Çelikdağ Brothers", "Dengê Jinan", "Şêrîn",
    ],
}

ORDINARY = [
    "Children Act 1989", "Section 17", "Section 47", "Domestic Abuse Act 2021",
    "Serious Crime Act 2015", "Working Together to Safeguard Children",
    "Child Safeguarding Practice Review Panel", "Haringey Safeguarding Children Partnership",
    "Victoria Climbié", "Lord Laming", "Peter Connelly", "Whittington Health",
    "North Middlesex University Hospital", "Home Office", "UK Visas and Immigration",
    "Migrant Victims of Domestic Abuse Concession", "No Recourse to Public Funds", "NRPF",
    "NHS charging", "Southall Black Sisters", "Solace Women's Aid",
    "National Domestic Abuse Helpline", "Citizens Advice", "Ofsted", "Language Line",
    "Kurmanji", "Turkish", "Newroz", "Kurban Bayramı", "Jin, jiyan, azadî", "namûs", "şerm",
    "dapîr", "xalo", "imam nikahı", "sertraline", "Calpol", "postnatal depression", "eczema",
    "non-fatal strangulation", "Clare's Law", "All Ports Warning", "DASH risk checklist",
    "MARAC", "IDVA", "MASH", "Merlin", "ASQ-3", "Early Help", "strategy discussion",
    "initial child protection conference", "Robin Room", "PC", "DC", "Detective Sergeant",
    "INTERPRETER MUST SPEAK KURMANJI NOT TURKISH.", "in March 2023", "Saturday",
]

INVOLVEMENT = [
    "Berfîn Çelikdağ (Child D) was born on 14 February 2021 at North Middlesex University Hospital, the only child of Rewşen Dağtekin and Serhat Çelikdağ. Both parents are Kurds from the same district of Kahramanmaraş province in southern Turkey, which the family call Maraş. Rewşen's first language is Kurmanji; she speaks some Turkish and, during the period under review, very little English. Serhat came to the United Kingdom in 2007, was granted refugee status and later naturalised, so that Berfîn is a British citizen. Rewşen arrived in June 2019 on a six-month visit visa and did not leave. The couple were married by an imam at a gathering in north London in August 2019, an imam nikahı which has no standing in English law, and no application was ever made for her to remain. The trust later sent Rewşen a bill of £6,870 under the NHS charging regulations for the birth; the review was told that her husband kept it pinned to the kitchen wall. Before the birth the couple rented a room at 27b Lorimer Gardens, West Green. Throughout the period under review they lived at Flat 1, 212 Wexbury Road, London N17 6WZ, above Zeytûn Kitchen, the café Serhat runs with his older brother, Mehmet Ali Çelikdağ, through a company, Celikdag Brothers Ltd. Mehmet Ali lives with his wife Fadime and their three children at 23 Felbridge House on the Aldermoor Estate, N15 4XJ.",
    "On 11 April 2022, two months late, Charlotte Ojukwu-Reid, a health visitor with Whittington Health, carried out Berfîn's one-year review at the flat. The appointment had been rebooked twice because the number on the record, 07700 900614, rang unanswered. Mr Çelikdağ let her in, stayed for the whole visit and interpreted in Turkish; Ms Ojukwu-Reid recorded 'Mum's English limited, Dad interpreted, Mum appeared shy'. The ASQ-3 was completed with Serhat answering the questions. Berfîn, whom both parents called Berfo, was walking, babbling 'in two languages' and had dry patches of eczema on both forearms, for which an emollient was advised. The health visitor noted a canary called Şêrîn in a cage by the window and a strong smell of frying from the café below. She also noticed a yellowing bruise on the inside of Rewşen's left wrist and wrote it down, but did not ask about it because, she told the review, she was never alone with the mother and had no Kurmanji interpreter. Routine enquiry about domestic abuse was marked 'not asked - partner present'. The record gives Berfîn's NHS number as 618 442 9073 and her date of birth as 14/02/2021; the mother is entered as 'Revşen Dagtekin', following the spelling on her Turkish identity card.",
    "Rewşen registered with Harrowvale Medical Practice on 2 August 2022 after a neighbour told her that she would not be asked for a visa to see a GP. On 23 August 2022 she saw Dr Anjali Raghunathan about low mood, poor sleep and headaches. A Turkish interpreter joined by telephone through Language Line, and Serhat waited in the consulting room with Berfîn on his knee. Dr Raghunathan recorded 'ongoing postnatal depression? 18/12 post partum, tearful, poor sleep, husband v supportive', prescribed sertraline 50mg and asked Rewşen to return in four weeks. The interpreter, a Mr Karakuş, told the doctor afterwards that the patient spoke 'village Turkish' and had answered some questions in Kurdish, which he did not speak; this was not written in the notes. The practice recorded the mother's mobile as 07700900614, her NHS number as 487 120 5536, her date of birth as 9 July 1998 and her address as 1/212 Wexbury Rd. She did not come back for review. Two text reminders went to the mobile number, which the review now knows was kept by her husband, and a letter went to the flat.",
    "Berfîn started at Ferncliffe Green Nursery on 3 October 2022 for three mornings a week, paid for privately by the café. Serhat completed the admission form. He gave his own mobile, +44 7700 900287, the café landline, 020 7946 0318, and the business email, zeytunkitchen.n17@example.co.uk, signed consent for Calpol to be given for a temperature, and named Mehmet Ali and 'Fadime Çelikdağ (aunty)' as emergency contacts, with Mehmet Ali's mobile, 07700 900935. The form gave the child's name as Berfin Celikdag, born 14.02.21, and her languages as 'Turkish and English'; the nursery learned only the following summer that she spoke Kurmanji at home. The nursery manager and Designated Safeguarding Lead, Niamh Gallagher-Boyce, described Berfîn to the review as 'a quiet, watchful little girl who lit up with the other children'. Her keyworker noted that she was collected most days by her uncle or by a young café worker, Kenan Yavuz, and that her mother came into the nursery only twice before Christmas. The nursery, which Ofsted had rated good, held nothing about the mother's place in the household or her circumstances, and did not ask.",
    "The earthquakes of 6 February 2023 devastated the family's home district. Serhat's paternal uncle and two cousins died in Kevirbirî, the village near Pazarcık that the Çelikdağ family come from, and his mother, Hatice Çelikdağ, lost her house. Her date of birth is recorded as 01.07.1952, which the family said was 'the date the village clerk gave everyone'. Serhat flew to Turkey on 8 February and stayed for five weeks; the nursery wrote that Berfîn's 'daddy has gone to Turkey because of the earthquake' and offered the family time. In his absence Rewşen brought Berfîn to nursery herself, stayed to talk and asked a Turkish-speaking practitioner whether there were any Kurdish women's groups nearby. She was pointed to Lordsmead Children's Centre, where a Kurmanji-speaking women's group, Dengê Jinan ('Women's Voice'), met on Thursday mornings, and there she met Nazlı Ekinci, who became her closest friend. Serhat came back in March 2023 with his mother, who had been given a six-month visit visa and who lived in the flat until October. Hatice, whom Berfîn called dapîr, spoke only Kurmanji and worked most days in the café kitchen.",
    "On 21 March 2023 Rewşen and Berfîn went with Nazlı to a Newroz celebration in a community hall in the borough. Nazlı told the review that Rewşen danced for the first time since they had met and bought a badge reading 'Jin, jiyan, azadî'. On Sunday 9 April 2023 at 23:40 a neighbour in the adjoining house, Mrs Lorraine Agyeman-Birch, rang 999 to report a woman screaming and a child crying in the flat above the café. PC Liam Fairclough and a colleague attended at 00:15. Serhat answered the door and said that his wife had had a nightmare. Mehmet Ali ('Memo'), who had been cashing up downstairs, came up and interpreted, and Rewşen, on the sofa with Berfîn, said through him that there was 'no problem'. PC Fairclough recorded a red mark on her cheek and that she 'would not make eye contact'. The DASH risk checklist was completed with Mehmet Ali interpreting, every question was answered 'no', and the risk was graded standard. A Merlin was created for Berfîn and shared with the MASH. It named the father as 'Serhad Chelikdag', date of birth 03.11.90, the child as 'Berfin Chelikdag' and the venue as 'Zeytun Kitchen, N176WZ'. The MASH took no further action and wrote to the parents at the flat.",
    "In the week after Kurban Bayramı, which the family marked on 28 June 2023 by closing the café for the day, Berfîn's keyworker noticed that she hid under the table in the home corner whenever a man raised his voice in the lobby, had begun to hit other children and had twice said 'bavo, na' ('daddy, no'). The nursery's incident log, which refers to her throughout as BÇ, records three such episodes in a fortnight. On Tuesday 4 July 2023 Rewşen came into the nursery alone, in tears, with bruising to her upper arm. Speaking to a Turkish-speaking practitioner, she said that Serhat had pushed her against the café fridge and had told her that if she went to the police the Home Office would send her back to Turkey and Berfîn would stay with him. She asked that no one be told, because of the şerm it would bring on her own family and because, in her words, 'his namûs is his whole life'. Ms Gallagher-Boyce rang the MASH that afternoon. The referral named the mother as 'Rosie (Rewşen) Dagtekin', noted that 'mum is known as Rosie at the café', gave her mobile as 07700 900614 and added 'dad may have the phone'.",
    "The referral was allocated on 11 July 2023 to Tomasz Wierzbicki, a social worker in the assessment service, for a Child and Family assessment under Section 17 of the Children Act 1989. Mr Wierzbicki booked a Turkish interpreter for a first visit on 18 July 2023, of which the parents were told in advance by letter. Serhat was at home and Hatice sat with Berfîn in the kitchen; Rewşen said through the interpreter that she had slipped in the café storeroom and that everything was fine. At the second visit, on 8 August 2023, Mr Wierzbicki saw Rewşen alone in the café after closing, but the interpreter, again a Turkish speaker, recorded that she answered 'mostly in Kurdish' and that much was lost. Afterwards Mr Wierzbicki wrote at the top of the front sheet of the electronic file: INTERPRETER MUST SPEAK KURMANJI NOT TURKISH. He asked about Rewşen's immigration status, and she said that her husband 'has the papers'. He then contacted the council's NRPF team, which advised that support under Section 17 could be assessed only if mother and child left the household, and that she should get independent immigration advice.",
    "Berfîn moved up to the nursery's Robin Room in September 2023, where she was described as settled but 'very quiet at home-time'. The assessment was completed on 14 September 2023. It recorded that Rewşen had 'denied domestic abuse at two visits', that the father was 'a hard-working man grieving after the earthquake' and that the paternal grandmother 'provides good support'. The outcome was a step-down to Early Help, with a recommendation that the mother be referred to Citizens Advice and to the Dengê Jinan group, which she already attended. The Early Help worker, who did not speak Kurmanji and did not see the note on the front sheet, made three visits between October and December 2023. Her notes call the family 'Mr and Mrs Celikdag', record that the mother 'prefers to be called Rewo', and show that Serhat, or Sero as his brother called him, was present each time; at the second visit Mehmet Ali's son Rênas, aged twelve, interpreted. The referral to Citizens Advice was not made because the worker was told that the family had 'a private lawyer'. Hatice went back to Turkey in October 2023.",
    "On 21 November 2023 Rewşen came to Harrowvale Surgery alone with a swollen and bent right little finger, which she said she had caught in the café shutter. For the first time she saw Dr Raghunathan without her husband, and the practice, prompted by an alert added after the August consultation, booked a Kurmanji interpreter by telephone. Through the interpreter Rewşen said that Serhat had bent her finger back during an argument about money, that he had hit her many times since 2020, that he kept her passport and that he had once put his hands round her neck until she could not breathe. Dr Raghunathan referred her to the fracture clinic, completed the DASH risk checklist, which scored 17, and referred her to the MARAC and to the borough's IDVA service, run by Solace Women's Aid. She wrote the number of the National Domestic Abuse Helpline on a card and suggested it be kept in Berfîn's nursery bag rather than in Rewşen's purse. The practice did not tell the nursery or Children's Services directly. Its MARAC referral gave the child's date of birth as February 14, 2021 and the family name as Çelikdag, and so was not matched to the open Early Help episode.",
    "The MARAC heard the case on 7 December 2023. Children's Services sent a written update from the Early Help worker; the nursery was not invited. The IDVA, Precious Mensah, rang 07700 900614 four times, and on the fourth call a man answered, said he was the husband and asked who was calling. Ms Mensah gave a cover story and ended the call, and then reached Rewşen through Nazli, whose number the GP had been given as a safe contact. At a meeting at Lordsmead on 19 December 2023 Rewşen told Ms Mensah that Serhat's sister, Gulîzar Avcı, who lives at Brennerkampstraße 41, 47169 Duisburg, had told her on the telephone that Serhat beat his first wife in Germany before he came to England. Ms Mensah explained Clare's Law, but the police told the MARAC that they held no record of offending abroad and had nothing to disclose. No enquiry was made of the German authorities. The MARAC actions were a flag on the address, a referral to Southall Black Sisters for immigration advice, and a request that Children's Services 'consider re-referral'. No re-referral was made, and the Early Help episode closed on 22 December 2023.",
    "On 16 January 2024 Rewşen met an adviser from Southall Black Sisters. The adviser explained that she could not use the Migrant Victims of Domestic Abuse Concession, because she had not come to the United Kingdom on a partner visa, but that she might be able to apply to UK Visas and Immigration as the parent of a British child. The adviser needed Berfîn's birth certificate and passport, which were in a locked drawer in the café office. Rewşen's earlier visit visa application, reference GWF058813462, was found in the inbox of rewsen.dagtekin98@example.com, an account her husband also used. Berfîn's third birthday was marked at the nursery on 14 February 2024. That evening Serhat posted a video of a party in the café on the business Instagram account, @zeytunkitchen_n17, and on his own TikTok, @sero.celikdag46, with the caption 'Keça min, ronahiya çavên min' ('my daughter, light of my eyes'). Nazlı told the review that Rewşen watched the video many times and said she could not take a child from a father who loved her so much. In February Rewşen took the passport from the drawer while Serhat was at the cash and carry and gave it to Ms Mensah to keep.",
    "On Thursday 21 March 2024 Rewşen took Berfîn to the Newroz celebration that Dengê Jinan held at the children's centre. At about 3pm Serhat arrived, pulled Rewşen by the hair into the car park in front of other mothers, and put Berfîn into his van, a grey Ford Transit Custom, LK19 VXP. Nazlı rang 999. Officers stopped the van on Wexbury Road twenty minutes later and returned Berfîn to her mother. Serhat was arrested for assault by beating (CRIS 4219934/24) and bailed not to contact Rewşen or go to the flat, and he moved to his brother's home at Felbridge House. A strategy discussion on 26 March 2024, attended by Detective Sergeant Harkness, agreed that Section 47 enquiries should begin. The initial child protection conference on 16 April 2024 made Berfîn the subject of a Child Protection Plan under the category of emotional abuse, with Mr Wierzbicki again the allocated social worker. Rewşen told the conference through a Kurmanji interpreter that she wanted to stay in the flat because it was the only home Berfîn knew. The minutes record the child as B.Ç., her mother as 'R.D. (mother, also known as Rewşen Çelikdağ)', the father as 'S.Ç.', and Mehmet Ali, who came with his brother, as M-A.",
    "After the conference Rewşen stayed at the flat, which Çelikdağ Brothers rents with the café. Her food and bills were still paid from the till, and Mehmet Ali, who held a set of keys, came up most days. Serhat had by then begun a relationship with Melek Sarıgül, who lives in Edmonton and whose name appears in a later police record as 'Melek Sarigul', and told the social worker he 'had moved on'. On 2 May 2024 the NRPF team agreed to provide Section 17 accommodation for Rewşen and Berfîn at 3 Brackenholt Mews, Edmonton, N9 8XR, from 20 May. On 9 May Ms Gallagher-Boyce told Mr Wierzbicki that Berfîn had said her dapîr was 'waiting in Germany', and that a woman giving her name as Gülizar Avci had rung the nursery to ask when the summer holidays began. Rewşen told Mr Wierzbicki that Serhat planned to take Berfîn 'to Gulê', as the family call his sister, for the summer, and that Berfîn's xalo in Cologne, her own brother Baran Dağtekin, had heard that the plan was to go on to Turkey. Mr Wierzbicki discussed an All Ports Warning with his manager; they decided there was no immediate risk because the passport was with the IDVA. The move date was not shared with the police or the nursery, and a letter about the accommodation, addressed to 'Mrs R. Celikdag', was delivered to the café.",
    "In the early hours of Saturday 18 May 2024 Serhat let himself into the flat with his brother's keys; the police later found that he had seen the accommodation letter. He strangled Rewşen in the bedroom until she lost consciousness. Berfîn, who had been asleep in the same bed, ran to the top of the stairs down to the café and fell the full flight. Kenan, who slept in a room behind the café, heard the fall and rang 999 at 03:12. Berfîn was taken to North Middlesex University Hospital with a fractured collarbone, a head injury and bruising to her face, and Rewşen was treated there for non-fatal strangulation. Serhat was arrested at the Aldermoor Estate at 06:40 and has since been charged with intentional strangulation under the Serious Crime Act 2015, as amended by the Domestic Abuse Act 2021, and with breach of bail. The investigating DC recorded the child as 'BERFİN ÇELİKDAĞ, DOB 14-02-2021, NHS 6184429073'; Mehmet Ali Çelikdağ (date of birth 22/04/1986, NI number QQ713904D) was interviewed as a witness. Rewşen and Berfîn went to a refuge outside London on 24 May 2024. The criminal proceedings continue, and this review makes no finding of fact about that night.",
]

ANALYSIS = [
    "Language was the thread running through every missed opportunity. Rewşen's first language is Kurmanji, but at almost every contact before November 2023 she was offered Turkish, the language of the state she grew up in, or was interpreted for by the man she was afraid of and by members of his family. The health visitor was interpreted for by Serhat, the police by Mehmet Ali, and the Early Help worker at one visit by a twelve-year-old cousin. Working Together to Safeguard Children and local procedures are plain that family members, and above all children, should not interpret in safeguarding work. Kurmanji interpreters were available through Language Line throughout the period, and when one was booked, on 21 November 2023, Rewşen spoke freely within minutes. The social worker's capitalised note on the front sheet was the right instinct, but a note on one agency's file did not travel, and the Early Help worker never saw it.",
    "Rewşen's immigration status was used against her. Serhat told her, falsely, that the Home Office would deport her and keep Berfîn in England, and because she had no status she had No Recourse to Public Funds, no income of her own, and no way to leave without losing her home, her food and, as she saw it, her child. Professionals were hesitant to ask about status, some for fear of seeming to act for the immigration authorities, and when they did ask they accepted that 'her husband has the papers'. None of them understood the gap she fell into: the Migrant Victims of Domestic Abuse Concession is open only to people who came on a partner visa, and Rewşen had come as a visitor and married only by religious ceremony. Her NHS bill, her phone and her email were all, in practice, in her husband's hands. Practitioners told the review that they saw her immigration status as 'a housing problem for later'; it was in fact the main means of control.",
    "The café was the family's home, business, employer and landlord at once. Rewşen worked in its kitchen unpaid, slept above it, and depended on its till for food; every adult she saw each day, from Mehmet Ali with his keys to Kenan Yavuz at the counter, was connected to her husband. Professionals read the household as 'a close, supportive extended family' and the grandmother's presence as a protective factor. The review does not doubt that Hatice loved her granddaughter, but practitioners did not ask what the family's ideas of namûs and şerm might mean for a young wife who wanted to speak out, nor whose side each relative would take. The relatives in Germany were both a source of warning and a route of risk: Gulîzar told Rewşen about Serhat's first marriage, and a few months later asked the nursery about the holidays. No agency looked at the family abroad as part of the assessment.",
    "The family's names were recorded in at least eleven ways, and this alone kept the records apart. Çelikdağ became Celikdag, Çelikdag, Chelikdag and, on the hospital wristband, ÇELİKDAĞ; Rewşen was Rewsen, Revşen, Rewshen, Rosie, Rewo, Dagtekin and Mrs Celikdag; Serhat was Serhad, and the father's date of birth was held as 03.11.90 by the police and as 1990-11-03 by the Home Office. Initials added to the confusion: the nursery log's BÇ, the conference's R.D. and S.Ç., and RD and MAÇ on the MARAC spreadsheet. The April 2023 Merlin was not linked to the July 2023 nursery referral, and the MARAC referral was not linked to the open Early Help episode, because the MASH searched the exact spelling it was given. Lord Laming's report into the death of Victoria Climbié, another child known to agencies in this borough, described the same failure more than twenty years ago.",
    "Berfîn was three. She could not tell anyone in words what she saw, but she showed the nursery: hiding under the table when men shouted, hitting out, saying 'bavo, na'. The nursery knew her better than any other agency, yet it was not invited to the MARAC, was not told of the conference's plan to move her, and was not asked what it had seen when the assessment closed in September 2023. The Child Safeguarding Practice Review Panel's national review of multi-agency safeguarding and domestic abuse found that children are too often seen as witnesses to abuse rather than as victims of it in their own right, as the Domestic Abuse Act 2021 now recognises. The lessons from the death of Peter Connelly, in this borough, include that a child's own behaviour is evidence; here it was recorded three times in a fortnight and read as a behaviour problem.",
]

LEARNING = [
    "Agencies must ask and record each adult's first language and dialect, not assume it from nationality. For Kurds from Turkey the answer may be Kurmanji, Zazaki or Turkish, and a woman who speaks Turkish to a stranger may not be able to tell her story in it. Interpreters should be booked for the language recorded, and the record should travel with the referral. Family members and children must never interpret in safeguarding contacts, including in an emergency, when a telephone interpreter should be used instead.",
    "Immigration status is a safeguarding matter, not a housing detail for later. Practitioners should ask about it safely, record what is known and what is not, and understand that a parent with No Recourse to Public Funds may be unable to leave an abuser. They should know the limits of the Migrant Victims of Domestic Abuse Concession and where to refer for specialist advice, and should be clear with the parent that Children's Services can provide support under Section 17 whatever her status. Rewşen believed for four years that speaking out meant losing Berfîn.",
    "Where a family's home, work and money are bound up in one business, practitioners should see the mother alone, away from it, and should not send letters, texts or calls to an address or phone the abuser controls. The accommodation letter delivered to the café on Wexbury Road, and the IDVA's calls to a phone held by the father, show how ordinary administration can tell an abuser what a victim is planning. Safe contact arrangements agreed with the mother should be recorded on every agency's file.",
    "Nurseries hold some of the best information about very young children living with domestic abuse and should be part of MARAC and child protection planning. A GP who refers a parent to MARAC should also tell Children's Services and the child's nursery. Searches in the MASH should use date of birth, postcode and every known spelling, including the form without Turkish or Kurdish letters.",
    "Where relatives live abroad and there are threats or signs of removal, the risk of abduction should be assessed explicitly, and an All Ports Warning considered with the police rather than ruled out because a parent holds the passport. Practitioners should know that Clare's Law disclosures depend on what UK police hold, and that information about offending abroad may have to be sought through the police from the other country.",
]

RECOMMENDATIONS = [
    ("The Haringey Safeguarding Children Partnership should make sure that every agency records the first language and dialect of each adult in a household, books interpreters in that language, and never uses family members such as Mehmet Ali or a child cousin to interpret",
     "Issue partnership interpreting guidance covering Kurmanji and other community languages; audit interpreter use in twenty domestic abuse cases", "Partnership Business Manager", "31-12-2024"),
    ("Children's Services and the NRPF team should offer Section 17 support and specialist immigration advice to a parent with No Recourse to Public Funds while she is still in the household, as Rewşen Dağtekin was, and should agree safe contact arrangements before any letter is sent",
     "Revise the NRPF protocol and the accommodation letter process; brief all social workers", "Head of Service, Children's Services", "31-10-2024"),
    ("The MARAC and the MASH should invite the child's nursery to MARAC, tell it of any plan to move the child, and search every spelling of a name such as Çelikdağ, Celikdag and Chelikdag with date of birth and postcode",
     "Amend the MARAC operating protocol and the MASH search standard; train MASH staff", "Detective Inspector, MASH", "30-09-2024"),
    ("The Metropolitan Police and Children's Services should assess abduction risk where family abroad, as in Germany here, are involved, and should not rule out an All Ports Warning because a parent holds the passport",
     "Add abduction risk prompts to strategy discussion and conference templates", "Borough Detective Superintendent", "31-01-2025"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | HSCP-CSPR-2024-03 | Child D: Berfîn ÇELİKDAĞ ('Berfo'), DOB 14th February 2021, Flat 1, 212 Wexbury Road, London N17 6WZ | Draft v4",
    footer="Children's Services agency report, author T. Wierzbicki's team manager, t.wierzbicki@example.gov.uk | Family: Çelikdağ / Dağtekin, Zeytûn Café, 020 7946 0318 | Not for circulation",
    comment="CO-R: Rewşen (Rosie) told me Baran has offered her a room with him in Cologne - keep out of the shared version. Nazlı Ekinci's number is 07700 900452, safe to call after 7pm; Serhat's Facebook is facebook.com/serhat.celikdag.46.",
    footnote="Home Office record held as CELIKDAG, Serhat, DOB 1990-11-03, NI QQ 48 27 93 B; mother Rewşen Dagtekin, DOB 09/07/1998, visit visa GWF058813462; Mehmet-Ali's wife Fadime also holds keys to 1/212 Wexbury Rd.",
)
