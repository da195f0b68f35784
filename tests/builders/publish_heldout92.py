# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 92): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CHSCP-2023-092"

CASE_TOML = """\
reference = "CHSCP-2023-092"
review = "Child Safeguarding Practice Review"
subject = "Child R"
board = "City and Hackney Safeguarding Children Partnership"
period = { from = "01-09-2021", to = "28-02-2023" }
decision = "20-03-2023"
notification = "14-02-2023"

[[agencies]]
name = "Hackney Children and Families Service"
aliases = ["CFS", "Children's Social Care", "Hackney CFS"]

[[agencies]]
name = "Homerton Healthcare NHS Foundation Trust"
aliases = ["Health Visiting Service", "Homerton Healthcare"]

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["MPS", "Central East BCU"]

[[agencies]]
name = "Wadeson Green Surgery"
aliases = ["Wadeson Green", "Wadeson Green Medical Practice"]

[[agencies]]
name = "Beis Tova Girls' School"
aliases = ["Beis Tova", "BTGS", "Beis Tova Girls School"]
published_as = "the girls' school"

[[people]]
name = "Devorah Lowinger"
aliases = ["Devorah", "Deborah Lowinger", "Devory", "Devoiry", "D.L."]
role = "child"
pseudonym = "Child R"
born = "14-03-2019"
address = "Flat 3, 27 Leweston Grove, London N16 6QX"

[[people]]
name = "Chaya Lowinger"
aliases = ["Chaya", "Helen Lowinger", "Mrs Lowinger", "Chaya Halpern", "C.L."]
role = "mother"
pseudonym = "Mother"
born = "02-11-1989"
address = "Flat 3, 27 Leweston Grove, London N16 6QX"

[[people]]
name = "Yisroel Meir Lowinger"
aliases = ["Yisroel", "Yisroel Meir", "Israel Lowinger", "Srulik", "Mr Lowinger"]
role = "father"
pseudonym = "Father"
born = "19-06-1987"
address = "Flat 3, 27 Leweston Grove, London N16 6QX"

[[people]]
name = "Shloime Lowinger"
aliases = ["Shloime", "Shloimy", "Solomon Lowinger", "Shlomo"]
role = "sibling"
pseudonym = "Sibling 1"
born = "05-08-2010"

[[people]]
name = "Bluma Lowinger"
aliases = ["Bluma", "Blimi", "Blanche Lowinger"]
role = "sibling"
pseudonym = "Sibling 2"
born = "22-01-2012"

[[people]]
name = "Menachem Mendel Lowinger"
aliases = ["Menachem Mendel", "Mendel", "Mendy", "Max Lowinger"]
role = "sibling"
pseudonym = "Sibling 3"
born = "30-09-2015"

[[people]]
name = "Yitzchok Lowinger"
aliases = ["Yitzchok", "Itzy", "Isaac Lowinger"]
role = "sibling"
pseudonym = "Sibling 4"
born = "11-12-2021"

[[staff]]
name = "Bronwen Tate"
code = "HV1"
role = "Health Visitor"
agency = "Homerton Healthcare NHS Foundation Trust"

[[staff]]
name = "Anil Ramsden"
code = "GP1"
role = "General Practitioner"
agency = "Wadeson Green Surgery"

[[staff]]
name = "Keisha Oduya"
code = "SW1"
role = "Social Worker"
agency = "Hackney Children and Families Service"

[[staff]]
name = "Esther Kahan"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Beis Tova Girls' School"

[[staff]]
name = "Daniel Marsh"
code = "PC1"
role = "Police Constable"
agency = "Metropolitan Police Service"
"""

IDENTIFIERS = {
    "names": [
        "Devorah Lowinger", "Devorah", "Devorah's", "Deborah Lowinger", "Deborah",
        "Chaya Lowinger", "Chaya", "Chaya's", "Helen Lowinger", "Chaya Halpern",
        "Yisroel Meir Lowinger", "Yisroel Meir", "Yisroel", "Yisroel's", "Israel Lowinger",
        "Shloime Lowinger", "Shloime", "Solomon Lowinger", "Shlomo",
        "Bluma Lowinger", "Bluma", "Blanche Lowinger",
        "Menachem Mendel Lowinger", "Menachem Mendel", "Mendel", "Max Lowinger",
        "Yitzchok Lowinger", "Yitzchok", "Isaac Lowinger",
        "Lowinger", "Lowinger's", "Lowingers", "Lowenger", "Devoiry Lowenger", "Mrs Lowinger", "Mr Lowinger", "Mr. Lowinger",
        "MRS LOWINGER", "Halpern",
    ],
    "nicknames": ["Devory", "Devoiry", "Srulik", "Shloimy", "Blimi", "Mendy", "Itzy"],
    "initials": ["C.L.", "CL", "C-L", "D.L.", "DL", "Y.M.L.", "YML", "Y-M L", "C. Lowinger"],
    "people_not_in_key": [
        "Frimet Halpern", "Bubbe Halpern", "Gitty Rosenzweig", "Mrs Rosenzweig",
        "Rabbi Yehuda Tessler", "Rabbi Tessler", "Zalman Lowinger", "Zalman",
    ],
    "staff": [
        "Bronwen Tate", "Bronwen", "Ms Tate", "Anil Ramsden", "Dr Ramsden", "Dr. Ramsden",
        "Keisha Oduya", "Keisha", "Ms Oduya", "Esther Kahan", "Mrs Kahan",
        "Daniel Marsh", "PC Marsh",
    ],
    "streets": ["Leweston Grove", "Leweston Gdns", "27 Leweston Gdns", "Ravenscroft Yard", "Castlewood Parade"],
    "estates": ["Tynedale Mansions", "Lindfield Estate"],
    "house_numbers": ["Flat 3", "27 Leweston Grove", "27A Ravenscroft Yard", "14 Castlewood Parade"],
    "places": ["Stamford Hill", "Clapton Common", "Springfield Park", "Canvey Island"],
    "postcodes": ["N16 6QX", "N166QX", "N16", "6QX", "E5 9TL", "E5", "9TL"],
    "locating_agencies": [
        "Beis Tova Girls' School", "Beis Tova Girls School", "Beis Tova", "BTGS",
        "Wadeson Green Surgery", "Wadeson Green",
        "Kollel Beis Aharon", "Yeshivas Ohel Yitzchok", "Talmud Torah Nachlas Moshe",
        "Nachlas Moshe", "Yad Beracha", "Shalom Link", "Beis Medrash Imrei Shefer",
    ],
    "phones": ["07700 900412", "07700900412", "+44 7700 900412", "01632 960718"],
    "nhs_ni": ["485 777 3456", "4857773456", "QQ 12 34 56 C", "QQ123456C"],
    "emails": ["chaya.lowinger@example.org", "referrals.yadberacha@example.org"],
    "social": ["@chayas_challah_n16", "chayas_challah_n16"],
    "dates_of_birth": [
        "14-03-2019", "14/03/2019", "14.03.19", "14th March 2019", "14 March 2019",
        "March 14, 2019", "7 Adar II 5779", "02/11/1989", "11.12.2021",
    ],
    "other": ["LR19 KXT", "LR19KXT", "Shaindy's Sheitels"],
}

ORDINARY = [
    "Working Together to Safeguard Children",
    "Children Act 1989",
    "Education Act 1996",
    "section 47",
    "Ofsted",
    "Department for Education",
    "Child Safeguarding Practice Review Panel",
    "Independent Inquiry into Child Sexual Abuse",
    "Victoria Climbié",
    "Laming",
    "Great Ormond Street Hospital",
    "Chelsea and Westminster Hospital",
    "London Ambulance Service",
    "NSPCC",
    "Norwood",
    "Community Security Trust",
    "Board of Deputies of British Jews",
    "Royal College of Paediatrics and Child Health",
    "Healthy Child Programme",
    "Calpol",
    "amoxicillin",
    "Gaviscon",
    "bronchiolitis",
    "iron deficiency anaemia",
    "postnatal depression",
    "Shabbat",
    "Pesach",
    "Sukkot",
    "Yom Kippur",
    "Rosh Hashanah",
    "Chanukah",
    "Purim",
    "Tesco",
    "Ford Galaxy",
    "May",
    "Hope",
    "Faith",
    "Early Help",
    "Team Around the Family",
    "Multi-Agency Safeguarding Hub",
    "Initial Child Protection Conference",
    "Elective Home Education",
    "unregistered school",
    "WAS NOT BROUGHT",
]

INVOLVEMENT = [
    "On 06-09-2021 Bluma Lowinger (known to everyone at school as Blimi) started Year 5 at Beis Tova Girls' School. Her admission form gave the family address as Flat 3, 27 Leweston Grove, London N16 6QX, the home telephone as 01632 960718 and her mother's mobile as 07700 900412. Eight children were listed under 'siblings', the youngest of them Devorah (date of birth 14/03/2019), and the form recorded that Mr Lowinger was 'learning full time' at Kollel Beis Aharon.",
    "The family had moved to Leweston Grove in the summer of 2021 from Tynedale Mansions, a block on the Lindfield Estate at the Clapton Common end of Stamford Hill. Chaya Lowinger told the school that the move had been arranged through Yad Beracha, the community's own welfare organisation, which paid part of the rent. Yisroel Meir Lowinger received a small stipend from the kollel and the household's other income was Chaya's part-time work at Shaindy's Sheitels, 14 Castlewood Parade.",
    "Baby Yitzchok was born at the Royal London Hospital on Shabbat, 11.12.2021. The new birth visit was completed by Health Visitor Bronwen Tate (HV1) on 23-12-2021. Ms Tate recorded that the home was 'crowded but warm and clean', that Devorah's red book showed her 12 month immunisations had not been given, and that Mrs Lowinger's first language was Yiddish. Bronwen noted 'Mum declined interpreter, says her English is fine, Dad did most of the talking'. The EPDS was not completed because Chaya said she had to get to the shops before the children came home.",
    "On 18-01-2022 Devorah was seen at Wadeson Green Surgery by Dr Anil Ramsden (GP1) with a cough and a temperature. Dr Ramsden diagnosed bronchiolitis and advised Calpol and fluids. He recorded her weight on the 2nd centile and wrote 'weight ? faltering, Mum says she is a fussy eater, review 2/52'. The review appointment WAS NOT BROUGHT. The surgery's system lists the child as 'Deborah Lowinger' with NHS number 485 777 3456, the English form of her name given when she was registered, and this is why a later search for 'Devorah' found no record.",
    "Around Purim (17-03-2022) the neighbour downstairs, Mrs Gitty Rosenzweig, who had first called the NSPCC helpline, rang the police non-emergency line to say that small children were 'screaming for hours' in the flat above and that she had seen a little girl on the stairwell of 27 Leweston Grove at 10pm in her nightclothes. PC Daniel Marsh attended the next day and spoke to Mr. Lowinger on the doorstep. PC Marsh recorded: 'Father states it was Purim, the house was full of guests, the child had gone to find her bubbe. Children seen, appeared well.' A MERLIN was submitted but the address was recorded as '27 Leweston Gdns' and it did not link to the existing record for the family.",
    "In the week before Pesach (first Seder 15-04-2022) Blimi came to school with a burn on her forearm. She told her teacher it happened 'koshering the kitchen' and that her mother was 'too tired to get up'. The Designated Safeguarding Lead, Mrs Esther Kahan (DSL1), phoned Mrs Lowinger, who said the burn was an accident with the kettle and that 'Blimi does everything for me since the baby'. Mrs Kahan did not refer; her note reads 'Mum v. overwhelmed, suggest Yad Beracha mothers' help, no concerns re. parenting.'",
    "On 21-04-2022, during Chol Hamoed Pesach, Chaya attended Wadeson Green with Itzy, then four months old, who had reflux. Dr. Ramsden prescribed Gaviscon. The record reads 'C.L. tearful ++, reports not sleeping, husband at kollel 7am-10pm, \"I have no one, my mother is in Canvey Island\". Discussed postnatal depression, offered talking therapies, declined.' No PHQ-9 was done and the health visiting service was not informed. Her own record at the practice (DOB 02/11/1989) was flagged 'C. Lowinger - interpreter not needed'.",
    "On 07-07-2022 Mrs Lowinger phoned Wadeson Green from +44 7700 900412 to say that Itzy had an ear infection and she could not bring him in 'because Yisroel's at the kollel with the car'. Dr Ramsden prescribed amoxicillin by telephone. The prescription was issued to 'Isaac Lowinger', the name on the NHS spine, and collected from the pharmacy in Tesco by the neighbour; the pharmacy label was later found in the flat with the name Yitzchok Lowinger written over it in Hebrew letters. That week the school log records, under CL, 'C-L phoned, Blimi off to mind baby'.",
    "On 10-05-2022 the unregistered settings team of the local authority, working with Ofsted, visited premises at 27A Ravenscroft Yard, London E5 9TL, where about 40 boys aged 5 to 13 were being taught full time. This was Talmud Torah Nachlas Moshe, and Menachem Mendel Lowinger (Mendy) was on its register. The menahel, Rabbi Yehuda Tessler, said the boys were 'electively home educated and come to us for religious studies only'. The family's Elective Home Education notification for Mendel had been made by Yisroel Lowinger by email from chaya.lowinger@example.org in September 2021 and had never been followed up.",
    "The older brother, Shloime Lowinger (Shloimy), aged 11, was a boarder from Sunday to Friday at Yeshivas Ohel Yitzchok and was home only for Shabbat. He was not seen by any agency during the period. His mother told Ms Tate in June 2022 that 'Shloime is the one who helps when he is home, he bathes the little ones Friday afternoon'.",
    "On 14-06-2022 HV1 tried to complete Devorah's 2-2.5 year review (overdue) at home. No one answered. Bronwen Tate left a card and sent a text to 07700900412. Two further appointments, on 08-07-2022 and after the summer, were not kept. The Healthy Child Programme pathway was followed as far as a letter to the GP; the letter was scanned at Wadeson Green Surgery and coded 'information only'. The letter's heading, in capitals, reads 'DEVORAH LOWINGER - 2 YEAR REVIEW - CHILD NOT SEEN - MRS LOWINGER NOT AT HOME'. The service's note describes the family as 'hard to engage, large Orthodox family, cultural barriers'.",
    "In August 2022 the family spent three weeks with Frimet Halpern (the maternal grandmother, 'Bubbe Halpern') in Canvey Island. On their return Mrs Kahan noticed that Blimi had lost weight and asked her about home. Blimi said 'Devory doesn't eat, Mummy cries in the bedroom, Tatty is in the kollel'. This was written in the BTGS safeguarding log on 06-09-2022 with the comment 'Father learning full time, no other income, discuss with Shalom Link'.",
    "Shalom Link, a Stamford Hill community liaison service, contacted the Multi-Agency Safeguarding Hub on 28-09-2022, the day after Rosh Hashanah, on behalf of the school. The referral was made by phone and not in writing; the MASH record names the child as 'Devoiry Lowenger' and the mother as 'Helen Lowinger', taken from the school's English-language admission list. The referral was screened as Early Help and passed to a Team Around the Family worker, who tried to phone the home on 05-10-2022. That was Yom Kippur and the call was not answered; no further attempt was made until after Sukkot.",
    "On Shabbat 15-10-2022, during Sukkot, Hatzola attended the flat after Devorah fell from the family's sukkah, built on the balcony at Leweston Grove. The volunteer found a cut to the chin and a bruise on the upper arm and advised the family to see their GP after Yom Tov. There is no record that the child was taken to a hospital or to Wadeson Green. Hatzola records are held by the organisation and were shared with the review by agreement with the family's rabbi.",
    "On 03-11-2022 a Team Around the Family meeting was held at Beis Tova. Present were Mrs Kahan, a worker from Yad Beracha and Chaya Lowinger; Yisroel Meir did not attend because 'he cannot miss seder in the kollel'. The plan was for a Tesco delivery each week paid by the welfare organisation, a mothers' help three mornings a week, a referral to perinatal mental health, and for Mr Lowinger to take Devorah to the GP for a weight check. Minutes were typed on 22-11-2022 and sent to referrals.yadberacha@example.org and to the family; they were not sent to the health visitor or the GP.",
    "Keisha Oduya (SW1) of Hackney Children and Families Service was allocated on 20-12-2022, during Chanukah, after the Team Around the Family worker escalated a second report from Mrs Rosenzweig that the children were left alone while the parents were at a wedding. Ms Oduya visited on 13-01-2023, a Friday afternoon. Keisha recorded: 'Visit too close to Shabbos, Mum asked me to come back, house full of preparation, Father not home. Saw Devorah briefly in a high chair, very small for age, did not undress.' A further visit was booked for 24-01-2023 and took place; Ms Oduya saw the children but not the parents together. The father's car, a grey Ford Galaxy LR19 KXT, was used to take the children to school by Zalman Lowinger, his brother, who was said to be 'at the house a lot'.",
    "Devorah's mother set up an Instagram account, @chayas_challah_n16, in January 2023 to sell challah on Fridays, with orders collected at the door. The account was found by the review; it shows the flat's kitchen and, in two posts, Devorah. It was not known to any agency at the time.",
    "On Shabbat 11-02-2023 at about 13:40 Devorah was scalded when the Shabbat urn in the kitchen was pulled over. The family called Hatzola rather than 999. Hatzola gave first aid and called the London Ambulance Service at 14:05; the child was taken to Chelsea and Westminster Hospital with scalds to 9% of her body. A skeletal survey found two healing rib fractures of different ages, and bloods showed iron deficiency anaemia. Her weight was below the 0.4th centile. The hospital's referral named her as 'Devorah Lowinger, DOB 14 March 2019 (7 Adar II 5779 per father)'.",
    "Strategy discussion was held on 13-02-2023 and a section 47 enquiry begun. PC Marsh and Ms Oduya visited on 14-02-2023; the other seven children were placed with Frimet Halpern under a safety plan. Mr Lowinger's statement gives his National Insurance number as QQ 12 34 56 C and says 'I was at shul, at Beis Medrash Imrei Shefer, I came home and the child was screaming, my wife says she was in the bedroom with the baby.' Checks on 13-02-2023 ran on NHS number 4857773456 and on Y.M.L.'s NI number QQ123456C; the red book, found in the flat, gave Devorah's birth as '14.03.19' and had no entries after her first birthday. An Initial Child Protection Conference was held on 20-02-2023.",
    "For the police record the father gave the children's English names, so that the Lowingers appear on the crime report as Solomon Lowinger (known as Shlomo), Blanche Lowinger, Max Lowinger and Isaac Lowinger, with the subject as Deborah Lowinger, 14th March 2019; the EHE form gives her sister's school as Beis Tova Girls School and Devorah's birthday in the American way, March 14, 2019. The hospital system holds the postcode as N166QX and the date of birth as 14-03-2019. ANPR showed LR19KXT at Springfield Park at 13:10 on the day of the scald, which Mr Lowinger (YML on the police briefing, Y-M L in the conference minutes) said was his brother Zalman taking the older children to the park. Rabbi Tessler confirmed to the police that Mendy had been at the talmud torah that week. The consultant's notes refer to the child as D.L. throughout and the skeletal survey request as 'DL, female, 3y'. Devorah was later transferred to Great Ormond Street Hospital for investigation of her bones and growth.",
]

ANALYSIS = [
    "The Lowinger family were known to at least seven agencies and community organisations, but no single agency had the whole picture. The girls' school knew about Blimi's burden of care; the GP knew about Chaya's low mood and Devorah's faltering weight; the health visitor knew that reviews were missed; the police knew about a child on the stairwell at night. Each piece was held in the language of its own service and under a different version of the family's names.",
    "Names mattered in this case. Devorah was registered at Wadeson Green Surgery as Deborah, and the MASH referral spelt her Devoiry and her surname Lowenger; her mother appears as Chaya, as Helen and, in the grandmother's paperwork, as Chaya Halpern. Yisroel Meir was recorded as Israel Lowinger by the police and as Srulik in the school log. The author found five spellings of the child's name across records. Electronic searches did not link these, and practitioners did not ask the family for the English and Hebrew forms of each child's name. This is a known risk in Charedi families and is described in guidance from the Child Safeguarding Practice Review Panel on names and identity.",
    "Practitioners made assumptions about culture which stopped them asking questions. 'Large Orthodox family, cultural barriers' (HV1) and 'Father learning full time' (BTGS) were recorded as explanations rather than as facts to be assessed. Full-time learning at Kollel Beis Aharon meant that Mr Lowinger was out of the home from early morning until late at night; with eight children, a baby with reflux and postnatal depression untreated, Chaya Lowinger was caring alone. Faith was a source of support to the family, but it was not a reason for Children's Social Care to accept an answer without seeing the children.",
    "The timing of visits and calls around Shabbat and the festivals repeatedly prevented contact: the TAF call on Yom Kippur, the Friday afternoon visit before Shabbos, the appointments offered in the weeks of Pesach and Sukkot. A calendar of the Jewish year is easy to find, and Shalom Link and Yad Beracha offered to advise. NO AGENCY checked the date of a visit against the festival calendar before booking it.",
    "Reliance on community organisations without shared information was a theme. Yad Beracha provided practical help and Hatzola provided first aid after the fall from the sukkah, but neither was asked for information by statutory agencies, and Hatzola's advice to 'see the GP after Yom Tov' was not followed up by anyone. The community's organisations are a strength in Stamford Hill and their place in a safeguarding partnership should be made formal, as the Community Security Trust has done with the police.",
    "Mendy's education at Talmud Torah Nachlas Moshe, an unregistered school, meant that a school-age child in the Lowinger household was seen by no registered setting. The Education Act 1996 duty to ensure that a child receives a suitable education was not exercised for Menachem Mendel, and the EHE notice was never checked. The Department for Education and Ofsted have both described this pattern in north London. Had the unregistered settings team shared the register with the MASH, the family would have been known to have a second child 'out of sight'.",
    "Hope and urgency both appear in the records: the TAF plan of 03-11-2022 was hopeful, but nobody was named to check that Devorah was taken to Wadeson Green Surgery for her weight, and the plan did not reach Bronwen Tate or Dr Ramsden. From May 2022 onwards, when the worry about the child's weight was first shared across agencies, the threshold for a section 47 enquiry under the Children Act 1989 was arguably met. Since the Laming report into the death of Victoria Climbié, agencies have been told that no one agency holds the whole picture; the Independent Inquiry into Child Sexual Abuse made the same point about religious settings.",
]

LEARNING = [
    "Agencies must record the Hebrew, Yiddish and English forms of each child's name, and search on all of them. In this case the family of Devorah Lowinger were known under at least five spellings, and a search for 'Devorah' at the GP found nothing.",
    "When a father is studying full time (as Yisroel Lowinger was at Kollel Beis Aharon) practitioners should assess who cares for the children during the day and at night, and not assume that the extended family or the community fills the gap. Both parents should be seen; the father should be invited and the meeting arranged around his learning if need be.",
    "Children who are not brought to appointments should be seen as children at risk of neglect, in line with Working Together to Safeguard Children and the guidance of the Royal College of Paediatrics and Child Health. Devorah's 2-2.5 year review and her GP weight review were both WAS NOT BROUGHT, and no one followed up.",
    "Visits, calls and meetings should be booked with the Jewish calendar in mind: not on Shabbat, not on a Friday afternoon in winter, and not during Pesach, Sukkot or Yom Kippur. A missed contact on a festival is not disengagement.",
    "Community organisations such as Yad Beracha, Shalom Link and Hatzola hold safeguarding information. The partnership should agree with them how referrals are made in writing, how they are told the outcome, and how their records can be shared, as the Board of Deputies of British Jews and Norwood have recommended in their work with statutory services.",
    "Older siblings who care for younger ones, like Blimi and Shloime in the Lowinger household, are young carers. Beis Tova Girls' School identified Blimi's role but did not treat it as a safeguarding concern; schools should use the young carers pathway and refer when a child's caring is a sign that the parents cannot meet the needs of the younger children.",
]

RECOMMENDATIONS = [
    (
        "Beis Tova Girls' School and all Stamford Hill girls' schools should refer to the MASH in writing when a pupil is caring for younger siblings because a parent is unwell",
        "Safeguarding training for designated safeguarding leads in Charedi schools, with a written referral template",
        "Designated Safeguarding Lead, Beis Tova Girls' School",
        "31-10-2023",
    ),
    (
        "All partner agencies should record and search every form of a child's name (Hebrew, Yiddish and English) and link records where the Lowinger family's experience shows they were split",
        "Audit of record-matching in the MASH, GP practices and health visiting",
        "Head of MASH, Hackney Children and Families Service",
        "31-01-2024",
    ),
    (
        "The partnership should agree a protocol with community welfare and ambulance organisations, including Yad Beracha, for written referrals and feedback",
        "Protocol drafted with community organisations and signed by the partnership",
        "Partnership Business Manager",
        "29-02-2024",
    ),
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
    header="CONFIDENTIAL - Devorah Lowinger (DOB 14.03.19) - Flat 3, 27 Leweston Grove N16 6QX",
    footer="Agency report re: the Lowinger children - author Bronwen Tate's team - do not share with MRS LOWINGER",
    comment="Check with Mrs Kahan whether Blimi's log entry of 06-09-2022 was shared with Shalom Link; also Y.M.L. statement (NI QQ123456C).",
    footnote="Registered at Wadeson Green Surgery as Deborah Lowinger, NHS 4857773456; mother Chaya Lowinger, 07700 900412, chaya.lowinger@example.org.",
)
