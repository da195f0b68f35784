# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 120): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "BSCP-CSPR-2024-07"

CASE_TOML = """\
reference = "BSCP-CSPR-2024-07"
review = "Child Safeguarding Practice Review"
subject = "Child X"
board = "Birmingham Safeguarding Children Partnership"
period = { from = "01-09-2022", to = "14-03-2024" }
decision = "05-04-2024"
notification = "15-03-2024"

[[agencies]]
name = "West Midlands Police"
aliases = ["WMP", "Police"]

[[agencies]]
name = "Birmingham Children's Trust"
aliases = ["the Trust", "BCT", "Children's Social Care"]

[[agencies]]
name = "Birmingham Community Healthcare NHS Foundation Trust"
aliases = ["BCHC", "School Nursing Service"]

[[agencies]]
name = "Calverley Rise Academy"
aliases = ["Calverley Rise", "CRA"]
published_as = "the secondary school"

[[agencies]]
name = "Brackenfold Medical Centre"
aliases = ["Brackenfold Surgery"]
published_as = "the GP practice"

[[people]]
name = "Jahmari Levi Brissett"
aliases = ["Jahmari", "Jahmari Brissett", "Jamari", "Jammy", "J.B."]
role = "child"
pseudonym = "Child X"
born = "17-05-2008"
address = "Flat 6, Denholme House, Tenbury Walk, Handsworth, Birmingham B21 9QX"

[[people]]
name = "Shereen Antoinette Brissett"
aliases = ["Shereen", "Reenie", "Ms Brissett"]
role = "mother"
pseudonym = "Mother"
born = "03-02-1984"
address = "Flat 6, Denholme House, Tenbury Walk, Handsworth, Birmingham B21 9QX"

[[people]]
name = "Marlon Delroy Ashby"
aliases = ["Marlon", "Mr Ashby"]
role = "father"
pseudonym = "Father"
born = "12-08-1981"
address = "Kingston, Jamaica"

[[people]]
name = "Hyacinth Euphemia Brissett"
aliases = ["Hyacinth", "Mrs Brissett", "Miss Hyacinth"]
role = "maternal grandmother"
pseudonym = "Grandmother"
born = "21-11-1953"
address = "42 Albury Grove, Handsworth, Birmingham B20 3LT"

[[people]]
name = "Renée Amaya Campbell"
aliases = ["Renée", "Amaya"]
role = "half-sibling"
pseudonym = "Sibling"
born = "08-10-2016"
address = "Flat 6, Denholme House, Tenbury Walk, Handsworth, Birmingham B21 9QX"

[[staff]]
name = "Bethany Kerrigan"
role = "Social Worker"
agency = "Birmingham Children's Trust"

[[staff]]
name = "Daljit Rai"
role = "Designated Safeguarding Lead"
agency = "Calverley Rise Academy"

[[staff]]
name = "Fiona Tennant"
role = "General Practitioner"
agency = "Brackenfold Medical Centre"

[[staff]]
name = "Sean McAvoy"
role = "Detective Constable"
agency = "West Midlands Police"

[[staff]]
name = "Natasha Greenidge"
role = "School Nurse"
agency = "Birmingham Community Healthcare NHS Foundation Trust"
"""

IDENTIFIERS = {
    "key_name": [
        "Jahmari Levi Brissett", "Jahmari", "Brissett", "BRISSETT", "Jamari", "Jahmarie",
        "Brisset", "Brissette", "Shereen", "Sherene", "Hyacinth Euphemia Brissett", "Hyacinth",
        "Hyacynth", "Euphemia", "Marlon Delroy Ashby", "Marlon", "Ashby", "Renée Amaya Campbell",
        "Renée", "Renee", "Amaya", "Bethany Kerrigan", "Kerrigan", "Daljit Rai", "Daljit",
        "Fiona Tennant", "Tennant", "Sean McAvoy", "McAvoy", "Natasha Greenidge", "Greenidge",
    ],
    "nickname": ["Jammy", "J-Mar", "Lil Bizzy", "Reenie", "Mama B", "Nay-Nay", "Sticks", "T-Bone", "Bigga"],
    "initials": ["J-L.B.", "J.B.", "JLB", "H.B.", "S.A.B."],
    "not_in_key": [
        "Tremaine Hinds", "Tremaine", "Hinds", "Kofi Mensah-Boateng", "Kofi", "Mensah-Boateng",
        "Winston Samuels", "Samuels", "Gloria Facey", "Facey", "Errol Whitfield", "Whitfield",
        "Parminder Sahota", "Sahota", "Andre Campbell", "Clive Brissett", "Clive", "Merline",
        "Dwayne Lindo", "Lindo",
    ],
    "address": [
        "Flat 6, Denholme House", "Denholme House", "Tenbury Walk", "Kelsall Fold", "42 Albury Grove",
        "Albury Grove", "Albery Grove", "Marchmont Road", "Marchmont Rd", "Flat 2, 31 Corve Terrace",
        "Corve Terrace", "Ludbury", "Wenlow Road", "Handsworth", "Harcourt Crescent",
    ],
    "postcode": ["B21 9QX", "B21", "9QX", "B20 3LT", "B203LT", "B20", "3LT", "SY9 7WQ", "SY9"],
    "agency_place": [
        "Calverley Rise Academy", "Calverley Rise", "Calverley", "Brackenfold Medical Centre",
        "Brackenfold", "Hollins Lea Academy", "Hollins Lea",
    ],
    "number": [
        "07700 900614", "07700900627", "+44 7700 900 638", "01632 960472", "612 448 3904",
        "6124483904", "485 720 1933", "7381052644", "QQ 41 27 83 B", "mamab.brissett@example.com",
        "reenieb84@example.net", "@lilbizzy.b21", "instagram.com/jammy_b21", "BX17 RTE", "KN65 WJD",
        "20/41877/23",
    ],
    "date_of_birth": [
        "17-05-2008", "17/05/2008", "17.05.08", "17th May 2008", "May 17, 2008", "03/02/1984",
        "3rd February 1984", "21.11.1953", "21 November 1953", "08/10/2016", "12-08-1981",
    ],
    "other": [
        "Shiloh Fire Apostolic Church", "Shiloh Fire", "Peppapot Jerk Shack", "Bigga's Hand Car Wash",
        "Rising Lions Mentoring", "Zeus", "KFB", "Kelsall Fold Boys", "Tenbury Ting",
    ],
}

ORDINARY = [
    "Children Act 1989", "Modern Slavery Act 2015", "Mental Health Act 1983",
    "Working Together to Safeguard Children", "National Referral Mechanism",
    "Child Safeguarding Practice Review Panel", "It was hard to escape",
    "Timpson Review of School Exclusion", "Jaden Moodie", "Child Q", "Windrush",
    "West Mercia Police", "Birmingham Children's Hospital", "Forward Thinking Birmingham",
    "St Giles Trust", "Childline", "Fearless", "methylphenidate", "lithium", "metformin",
    "ADHD", "bipolar disorder", "sickle cell trait", "type 2 diabetes", "Signs of Safety",
    "Pentecostal", "Watchnight service", "Nine Night", "Independence Day", "Christmas",
    "pickney", "bredren", "Mi cyaan manage", "back a yard", "Patois", "Amazing Grace",
    "Hope", "in May 2023", "August", "PC", "DC", "DS", "PCSO", "IC3", "CASS", "NRM", "MACE",
    "PRU", "DSL", "Section 47", "strategy discussion", "Osman warning", "XL Bully",
    "adultification", "county lines", "reasonable grounds",
    "DO NOT SEND HOME ALONE - YOUNG PERSON AT RISK OF EXPLOITATION",
]

INVOLVEMENT = [
    "In September 2022 Jahmari Levi Brissett (Child X, born 17-05-2008) started Year 10 at Calverley Rise Academy, a mixed secondary academy of about 1,400 pupils. He was registered at his mother's address, Flat 6, Denholme House, Tenbury Walk, on the Kelsall Fold estate in Handsworth, Birmingham B21 9QX, where Shereen Brissett lived with his half-sister, Renée Amaya Campbell, then five. In practice Jahmari spent most nights with his maternal grandmother, Hyacinth Euphemia Brissett, at 42 Albury Grove, B20 3LT, the terraced house less than a mile away in which Shereen had grown up. Mrs Brissett came to England from Jamaica in 1962 as a child of the Windrush generation and worked for thirty-four years as an auxiliary nurse. Her husband died in January 2021 and the family held a Nine Night for him at the house; the school's pastoral notes record that Jahmari 'took it hard' and that his behaviour changed from that point. Everyone in the family, and most of the congregation at the Shiloh Fire Apostolic Church on Wenlow Road, called her Mama B. Jahmari had been diagnosed with ADHD in 2019 and was prescribed methylphenidate, which his grandmother said he 'nuh like fi tek' at weekends. His school file lists him as 'Jahmari (Jammy) Brissett', his friends called him J-Mar, and his Year 9 report describes him as bright, funny and 'a natural leader among his peers'.",
    "Between 3 October and 25 November 2022 Jahmari received three fixed-term suspensions from Calverley Rise: for refusing to hand over a phone, for leaving site at lunchtime to go to the shops on Marchmont Road, and for a fight on the school field. Each was logged by the Designated Safeguarding Lead, Daljit Rai, who also recorded that Jahmari had twice been collected at the gate by young men in a grey Audi, registration BX17 RTE, and that a Year 11 friend, Kofi Mensah-Boateng, had told a teaching assistant that Jammy was 'linked with T-Bone now'. Mrs Brissett attended every reintegration meeting; Shereen attended none. The Head of Year wrote down the grandmother's words as she spoke them: 'Mi cyaan manage him nuh more when him lef mi yard. Him a good bwoy, a di bad company dem a lead him.' The same note describes Mrs Brissett as 'loud and quite aggressive in the meeting, raising her voice at staff'. The DSL placed a flag on the school system reading DO NOT SEND HOME ALONE - YOUNG PERSON AT RISK OF EXPLOITATION, but made no referral to CASS, the Trust's front door, because 'the concerns were behavioural and gran is very involved'. The behaviour system, which had been migrated that summer, held a second pupil record under the spelling 'Jahmarie Brisset', to which two of the incidents were attached.",
    "On 14 November 2022 Mrs Brissett saw Dr Fiona Tennant at Brackenfold Medical Centre for a review of her type 2 diabetes and hypertension. Dr Tennant recorded: 'Pt v tired, says \"mi cyaan sleep fi worry bout di bwoy\" - grandson out late most nights, ?gang involvement. Advised to speak to school.' Her metformin was increased. The practice also holds Jahmari's own record, under NHS number 612 448 3904, which shows that his methylphenidate had not been reviewed for fourteen months and that Forward Thinking Birmingham had discharged him from its ADHD clinic after two missed appointments, the letters having been sent to Tenbury Walk rather than to his grandmother. The record notes sickle cell trait, identified at birth, and gives his date of birth in the old format as 17.05.08. Mrs Brissett's own NHS number is 485 720 1933 and her date of birth is recorded as 21.11.1953. Dr Tennant told the review that she had not thought of the grandmother's remark as a safeguarding disclosure about another patient, and that there was nothing in either record linking the two. No information was shared with the school or with the Trust.",
    "On Friday 13 January 2023 at 21:40 two PCs on patrol stopped the grey Audi, BX17 RTE, on Marchmont Rd outside the Peppapot Jerk Shack. The driver was Tremaine Hinds, then nineteen, known locally as 'T-Bone', who had a conviction for possession with intent to supply. Jahmari was in the back seat with two mobile phones and £340 in cash. Nothing unlawful was found. The stop and search record describes Jahmari as 'IC3 male, approx 18 yrs', and he was searched and questioned as an adult before he gave his age; the officers then took him home. A child concern form was submitted three days later under crime reference 20/41877/23. It named him as 'Jamari BRISSET', gave his date of birth correctly as 17/05/2008, gave his address as 'Albery Grove' and described his grandmother as 'Hyacynth, who was abusive to officers at the door'. The body-worn video, which the review has seen, shows Mrs Brissett distressed and saying, 'Unu fi lock up dem big man deh, nuh mi pickney.' The form reached CASS and was closed after a telephone call to Shereen, who said that Jahmari was 'just chilling with his bredren' and that she would speak to him. The call was made to the number on the school's records, 07700 900614, which was in fact the grandmother's mobile.",
    "On 9 February 2023 Mrs Brissett rang West Midlands Police from her landline, 01632 960472, to report that Jahmari had not come home for two nights. She told the call handler, 'Dem tek him. Dem a use him, mi know it', which the log records as 'gran states they have taken him and using him - unclear who'. He was graded as medium risk. On 11 February 2023 West Mercia Police found him at Flat 2, 31 Corve Terrace, Ludbury, Shropshire SY9 7WQ, the home of a 54-year-old man with a heroin addiction whose address had been taken over by a Birmingham line; the reviewer understands this to be a classic case of cuckooing. No drugs were found on Jahmari, but his phone was receiving bulk messages advertising 'Bizzy' and the Snapchat account @lilbizzy.b21 was open on it. A PCSO drove him back to Albury Grove. A return home interview was offered by the commissioned provider eleven days later and was declined by text. Mrs Brissett told the review that nobody asked her where he had gone or who had taken him, and that she had found a train ticket to Ludbury in his jacket pocket the week before and had taken it to the church, 'because mi never know who else fi tell'.",
    "On 2 March 2023 a lock knife was found in Jahmari's bag during a search at the school gate. He told staff, 'Mi haffi protect myself, yuh nuh see it? Dem man deh will wet me up.' The headteacher excluded him permanently on 6 March 2023, and the governors' panel upheld the decision on 22 March. Mrs Brissett attended the panel with her pastor, Winston Samuels, who spoke about Jahmari's years in the church's youth choir and asked the governors to consider an alternative to exclusion. The minutes note that 'Grandmother's Patois was at times difficult for the panel to follow' and that no interpreter or family advocate was offered. By that date the DSL had logged eleven concerns about Jahmari, including the Audi, the missing episode and the friend's remark, but none of them was put before the panel, and the school's written case referred only to the knife and to his 'pattern of defiance'. Jahmari was not referred to the Trust before the exclusion. On 27 March 2023 he was placed at Hollins Lea Academy, a PRU on the other side of the city, and was given a bus pass for a journey that took him through two areas where, police intelligence later showed, the older males he was working for were known to operate.",
    "The police referral about the knife led to a strategy discussion on 5 April 2023, chaired by a team manager from Birmingham Children's Trust with a DS from the West Midlands Police exploitation team and the DSL from Calverley Rise. Section 47 enquiries were agreed and Bethany Kerrigan was allocated as Jahmari's social worker. A referral to the National Referral Mechanism was submitted on 19 April 2023 and a reasonable grounds decision was made on 24 April. Ms Kerrigan visited Tenbury Walk twice. She found Shereen, known to her friends as Reenie, low and withdrawn, taking lithium for bipolar disorder and caring for Renée largely alone since the end of her relationship with Dwayne Lindo in the new year. Ms Kerrigan saw Jahmari alone once, in a fast-food restaurant, where he told her, 'I ain't no victim, I'm just getting my bread, innit.' She recorded this in quotation marks and then summarised it as 'J.B. does not see himself as exploited and is making choices'. She did not visit Albury Grove during the enquiry, although Jahmari slept there most nights, because the case was held under his mother's address and Shereen had parental responsibility.",
    "A MACE meeting considered Jahmari on 10 May 2023. The minutes list Tremaine Hinds, two other named males and the 'KFB' (the Kelsall Fold Boys) as being of concern, and record police intelligence that a drill video titled 'Tenbury Ting' had been uploaded in March with a masked performer credited as Lil Bizzy. Mrs Brissett was not invited and was not told that the meeting had taken place. Jahmari turned fifteen on 17 May 2023; his family held a party for him in the church hall, where the church mother, Gloria Facey, led the singing of Amazing Grace and he was presented with a Bible by the youth pastor. At a Child in Need meeting in May 2023 Mrs Brissett said she wanted to send Jahmari 'back a yard' for a year to live with her sister Merline in Jamaica, 'far from dem wicked man'. Ms Kerrigan recorded: 'Gran threatening to send J abroad against his wishes - consider risk of harm.' The plan was that Jahmari would attend sessions with Errol Whitfield, a mentor from Rising Lions Mentoring, a small community interest company that had worked with the church. He went to four of the first five sessions.",
    "On 8 June 2023 Natasha Greenidge, the school nurse for the PRU, saw Jahmari at Hollins Lea for a health review. He completed a Strengths and Difficulties Questionnaire, told her that he slept 'about four hours' and was 'on the ends' most nights, and asked her whether a cut on his hand needed stitches; she dressed it, recorded that he said he had caught it on a fence, and gave him leaflets about Childline and the Fearless website. His attendance at the PRU was 38 per cent. On 19 July 2023 Shereen was detained under section 2 of the Mental Health Act 1983 after a manic episode in which she was found on the roof of Denholme House. Renée, whose name the Trust's system spells Renee, went to stay with her father, Andre Campbell, and his family, and was known there as Nay-Nay. Jahmari moved full-time to his grandmother's house. The Trust's records continued to give his address as Flat 6, Denholme House for a further four months. Ms Brissett's NHS number, 7381052644, and her date of birth, 03/02/1984, appear on the mental health referral, which also lists 'Clive Brissett (brother, known as Bigga)' as next of kin; Clive runs Bigga's Hand Car Wash on Marchmont Road, where the review understands Jahmari first met Tremaine Hinds in 2022.",
    "On Sunday 6 August 2023, Jamaican Independence Day, when the family expected him at a church celebration, Jahmari was arrested by West Mercia Police at Ludbury railway station with 31 wraps of crack cocaine and heroin concealed in his clothing and a phone, 07700900627, that held the 'Bizzy' line. He had been dropped at the station by a silver Vauxhall, registration KN65 WJD, which was not stopped. The custody record gives his date of birth as May 17, 2008 and his home address as Tenbury Walk. He was interviewed in the presence of an appropriate adult, and his solicitor raised the defence under section 45 of the Modern Slavery Act 2015. He was released under investigation and returned to Birmingham the following afternoon. No one told Mrs Brissett for eleven hours where he was; she rang the police control room three times, the last time from a friend's phone, +44 7700 900 638. Her words to the call handler were recorded as 'caller is shouting and swearing, states police do nothing for black boys'. The August arrest was not discussed at the Child in Need meeting later that month, which was held at Tenbury Walk while Shereen was still in hospital and which Mrs Brissett was not told about.",
    "An initial Child Protection conference on 14 September 2023 made Jahmari subject to a Child Protection Plan under the category of neglect, the chair noting that the categories do not include exploitation. The conference named Mrs Brissett as his main carer and recorded her strengths in a Signs of Safety framework as 'love, faith, boundaries'. Her own health was not discussed, although she had been seen at Brackenfold in September with a transient ischaemic attack. In October 2023 Jahmari brought an XL Bully puppy called Zeus home to Albury Grove; he told his grandmother that it was a present from 'the olders'. Mrs Brissett refused to have the dog in the house and it was taken away again the same evening. Her neighbour, Mrs Parminder Sahota, told the review that by the autumn the grandmother was 'frightened in her own home' and that young men she did not recognise were sitting in cars outside at night. Mrs Brissett's email address, mamab.brissett@example.com, was added to the Trust's record in October, but the minutes of the core group meetings continued to be posted to Shereen at the flat and sent to reenieb84@example.net, which Shereen said she no longer used.",
    "At 23:05 on 18 November 2023 two masked males kicked the front door of 42 Albury Grove and shouted that Jahmari owed £2,000 for the drugs seized in August. Mrs Brissett rang 999 from her mobile, 07700 900614. DC Sean McAvoy was allocated the investigation and, on 21 November 2023, an Osman warning was delivered to the family because of intelligence that Jahmari's life was at risk. The Trust and the police discussed relocation that week. Mrs Brissett refused to leave: 'Mi nah lef mi yard fi nobody. A here so mi bury mi husband from, a here so mi a go dead.' She asked instead for CCTV and a video doorbell, which were fitted by the housing association in January. A request for an emergency placement for Jahmari was made on 22 November, and the placements team found no bed for a fifteen-year-old boy at risk of exploitation within sixty miles. DC McAvoy told the review that Jahmari 'wouldn't give us anything', and that he had been seen by his grandmother as the officer 'who brought trouble to the door'. Jahmari was recorded on the police system at this time as both 'Jahmari BRISSETT' and 'Jamari Brissette', with a note that the two records were 'probably the same person'.",
    "Over Christmas 2023 Jahmari stayed with his grandmother and went with her to church. On 31 December he attended the Watchnight service at Shiloh Fire, where Pastor Samuels prayed over him in front of the congregation; Mrs Brissett told the review that it was 'the last time mi see him look like a pickney'. He went missing in the early hours of 1 January 2024 and was found six days later by West Mercia Police in Ludbury, at an address on Harcourt Crescent, with a fresh injury to his forearm that he refused to explain. A return home interview was completed this time, by a worker from St Giles Trust, who recorded that Jahmari said 'if mi stop, dem come fi Granny' and that the Instagram account instagram.com/jammy_b21 was being used by others to post pictures of him holding cash. The worker shared the interview with the social worker the same day. It was discussed at a MACE meeting on 17 January 2024, which recommended an application for secure accommodation under section 25 of the Children Act 1989. The application was not made, because the legal advice was that the criteria were not met while he was living at home and not absconding from a placement.",
    "In January and February 2024 the Trust continued to search for a placement away from Birmingham. Shereen was discharged from hospital on 23 January 2024 and went to stay with a friend. On 9 February a residential placement in the East Midlands was offered, with a move planned for the following week. Jahmari refused to go, and Mrs Brissett said that she could not make him: 'Dem tek him fadda from mi already, now dem wan tek di bwoy.' Jahmari's father, Marlon Delroy Ashby (known as Sticks), was born on 12-08-1981 and was deported to Jamaica in 2019; he had had no contact with Jahmari since then, and neither the Trust nor the police tried to reach him, although Mr Ashby's sister was a member of the same church. The conclusive grounds decision on the NRM referral was still awaited, and the criminal investigation arising from the August arrest remained open. The Youth Justice Service had begun a pre-court assessment. On 1 March 2024 Ms Kerrigan recorded that Jahmari was 'doing a bit better' because he had attended the PRU on four days that week.",
    "At about 01:20 on 14 March 2024 Jahmari was found with stab wounds to his thigh and back in an alleyway off Corve Terrace, Ludbury. He was flown by air ambulance to Birmingham Children's Hospital, where he underwent emergency surgery, and he has survived with injuries that are expected to affect him for the rest of his life. The hospital initially registered him as 'Unknown Male, approx 17', then as JLB under the date of birth 17th May 2008 once his grandmother arrived with his birth certificate. Tremaine Hinds and two other men were later arrested. The Birmingham Safeguarding Children Partnership was notified on 15 March 2024 and a rapid review was held on 5 April 2024, at which the partners agreed that the case met the criteria for a Child Safeguarding Practice Review. Mrs Brissett, Shereen and, through an advocate, Jahmari himself have contributed to the review. Mrs Brissett asked that it should record one thing above all: 'Mi did tell dem from di start. Mi did tell everybody.'",
]

ANALYSIS = [
    "From his first contact with the police Jahmari was seen as older, and more responsible for what was happening to him, than he was. He was described as 'approx 18' at fourteen, searched and questioned as an adult, and recorded as 'making choices' when he told a social worker that he was not a victim. The review considers this to be adultification, the process by which Black children in particular are perceived as less innocent and less in need of protection than their white peers. The local review of Child Q in Hackney and the national review It was hard to escape both describe it, and the Child Safeguarding Practice Review Panel has asked partnerships to look for it in their own practice. In this case it meant that a fourteen-year-old boy in a car with a nineteen-year-old dealer at night was treated as a suspect rather than as a child at risk of county lines exploitation. Practitioners who spoke to the review were shocked to see their own records read back to them in this light, and several said that they would not have written the same words about a white boy from another part of the city.",
    "The permanent exclusion in March 2023 was the point at which Jahmari's exploitation accelerated. Within five months he had moved from carrying phones to carrying drugs across county boundaries. The Timpson Review of School Exclusion and the national review It was hard to escape both identify exclusion as a trigger point, and the review of the death of Jaden Moodie described the same pattern of exclusion, a long journey to alternative provision and rapid criminal involvement. Calverley Rise held eleven recorded concerns about Jahmari, and its DSL had placed a flag on his record saying that he was at risk of exploitation, but the exclusion was decided as a behaviour matter. The knife was treated as a reason to remove him from school rather than as evidence that he was frightened. Nobody asked, before the exclusion, what the PRU journey would mean for a boy whose exploiters were known to operate along it. Hope that the PRU would provide 'a fresh start' was recorded in the Trust's notes, but there was no plan to make it so.",
    "Mrs Brissett was the most consistent protective adult in Jahmari's life, and she told professionals, repeatedly and from the beginning, that he was being used. She said it to the school in October 2022, to her GP in November, to police officers at her door in January and on the telephone in February. Each time her words were recorded, and each time they were recorded as something other than information: as aggression, as abuse of officers, as a threat to send him abroad. Her Patois was written down faithfully by some practitioners and paraphrased by others, and the review was struck that the clearest statements of risk in the records are in her voice. 'Dem a use him' is not difficult to understand. The review heard that some practitioners found her direct manner intimidating; the review found a grandmother in her seventies, recently bereaved and in poor health, who was doing what she had always done and being treated as a difficulty. She was never assessed as a carer, never invited to a MACE meeting, and not told about the August arrest for eleven hours.",
    "The family's names, addresses and telephone numbers were recorded inconsistently across and within agencies. Jahmari appears as Jahmari, Jamari and Jahmarie, and as Brissett, Brisset and Brissette; the school held two pupil records; his grandmother's road was recorded as Albery Grove; her first name was spelt Hyacynth; her mobile was recorded as his mother's. The case was held at his mother's address, Tenbury Walk, for four months after he had moved full-time to Albury Grove, and the minutes of core group meetings went to an email address that his mother no longer used. Searching by date of birth, 17/05/2008, would have found every record. None of these errors was decisive alone, but together they meant that the person who knew most about Jahmari, Mrs Brissett, was invisible to the system that was meant to be protecting him.",
    "The Shiloh Fire Apostolic Church was at the centre of the family's life. Its pastor attended the exclusion panel, its church mother led the singing at Jahmari's fifteenth birthday, Mrs Brissett took the train ticket she found to the church because she 'never know who else fi tell', and Jahmari's father's sister worshipped there. No agency contacted the church, and the church did not contact any agency. Pastor Samuels told the review that the congregation had 'prayed and prayed' for Jahmari, and that he had not known how to raise a concern about a child who was already known to the Trust. The Pentecostal churches of the city have long experience of supporting young Black men and their families, and the Watchnight service and the youth choir were among the few places where Jahmari was still seen as a child. The review found a missed opportunity to work with the church as a partner in a safety plan, and to hear from the church about what it knew of the older males who were exploiting him.",
]

LEARNING = [
    "Children who are criminally exploited must be treated as victims first, whatever they say about themselves. When a child says, as Jahmari did, that he is not a victim, that is evidence of the hold his exploiters have over him, not of a free choice. The Modern Slavery Act 2015 and Working Together to Safeguard Children both recognise that children cannot consent to their own exploitation. Practitioners should record a child's words in full, and should be careful that their own summary does not turn a child at risk into a child making choices. Police officers, in particular, should establish a child's age before a search, and should ask themselves whether they would describe a white child in the same way.",
    "An exclusion is a safeguarding decision as well as a behaviour decision. No child known to be at risk of exploitation should be permanently excluded without a multi-agency discussion beforehand, at which the DSL's concerns, the police intelligence and the practical effect of the alternative placement, including the journey to it, are considered. The governors' panel should see every safeguarding concern the school holds, and families should be offered an advocate. Schools should understand that the knife in a frightened child's bag is often a sign of the exploitation rather than the end of the matter.",
    "Grandparents and other kinship carers who are providing day-to-day care must be treated as carers, not as visitors to the case. They should be invited to strategy meetings and MACE meetings, told about arrests and missing episodes straight away, and assessed and supported in their own right, including their health. When a grandmother speaks in Patois or in any other language or dialect, practitioners should write down what she says and what it means, and should check their understanding with her rather than treating the way she speaks as hostility. The review heard the phrase 'Mi cyaan manage' read aloud to practitioners; several said that they had understood it at the time as a complaint rather than a request for help.",
    "Agencies should search their records by date of birth and address as well as by name, and should keep a child's recorded address and contact numbers up to date when the child moves, even informally, to live with a relative. Where a family's names are likely to be spelt in more than one way, practitioners should ask the family how they are spelt and record any nicknames and street names the child is known by, because exploiters, friends and online accounts will use them.",
    "Faith communities are part of a child's network and should be part of the plan. Where a family's church is central to its life, as it was here, practitioners should ask the family whether the church can be involved, and should help faith leaders to understand how to share a concern. The partnership's existing work with faith settings should reach the Pentecostal churches in the north and west of the city, many of which have youth provision of their own and long-standing links with families of Caribbean heritage, including the Windrush generation and their grandchildren.",
]

RECOMMENDATIONS = [
    ("Calverley Rise Academy and every school in the partnership should hold a multi-agency meeting before permanently excluding a child known to be at risk of exploitation, as Jahmari Brissett was, and governors' panels should see every safeguarding concern the school holds",
     "Amend the partnership's exclusion protocol; audit all permanent exclusions of children open to the Trust in 2024-25", "Director of Education and Skills", "31-12-2024"),
    ("Birmingham Children's Trust should assess and support kinship carers such as Hyacinth Brissett as carers, invite them to strategy discussion and MACE meetings, and tell them about arrests and missing episodes without delay",
     "Issue practice guidance on involving kinship carers in exploitation cases and add a carer field to the MACE referral form", "Assistant Director, Birmingham Children's Trust", "30-09-2024"),
    ("West Midlands Police and the Trust should search records by date of birth and address as well as name, so that records held as Jamari Brisset, Jahmarie and Brissette are linked, and officers should establish a child's age before any stop and search",
     "Update the CASS search protocol; brief all response officers on adultification and age checks", "Detective Inspector, Exploitation and Missing Team", "31-10-2024"),
    ("The partnership should work with the Pentecostal churches of the city so that faith leaders such as Pastor Samuels know how to share a concern about a child",
     "Hold a joint safeguarding event with faith leaders and publish a short guide on raising concerns", "Partnership Business Manager", "31-03-2025"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | BSCP-CSPR-2024-07 | Jahmari BRISSETT ('Jammy', J-L.B.), DOB 17/05/2008, c/o 42 Albury Grove, Handsworth B203LT",
    footer="Draft v4 - author B. Kerrigan for panel | family: H.B. (grandmother, 07700 900614), S.A.B. (mother, Tenbury Walk, B21) | not for circulation",
    comment="DR: check with Daljit whether Kofi's statement about T-Bone was ever passed to WMP - and Sherene's NI number QQ 41 27 83 B is on the MH referral, take it out of the appendix.",
    footnote="Hospital records: JAHMARI L BRISSETT, NHS 6124483904, DOB 17-05-2008; grandmother Hyacinth Brissett, born 21 November 1953, Euphemia on her passport; mother born 3rd February 1984; sister Renée born 08/10/2016.",
)
