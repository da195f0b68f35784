# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 107): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "SSCP-2022-017"

CASE_TOML = """\
reference = "SSCP-2022-017"
review = "Child Safeguarding Practice Review"
subject = "Child T"
board = "Southwark Safeguarding Children Partnership"
period = { from = "01-09-2020", to = "28-02-2022" }
decision = "25-03-2022"
notification = "04-03-2022"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["the Met", "MPS", "Police"]

[[agencies]]
name = "Southwark Children's Social Care"
aliases = ["Children's Social Care", "CSC", "Southwark CSC"]

[[agencies]]
name = "King's College Hospital NHS Foundation Trust"
aliases = ["King's College Hospital", "King's", "KCH"]

[[agencies]]
name = "Guy's and St Thomas' NHS Foundation Trust"
aliases = ["GSTT", "School Nursing Service"]

[[agencies]]
name = "Tallisford Medical Practice"
aliases = ["Tallisford", "Tallisford Surgery"]
published_as = "the GP practice"

[[agencies]]
name = "Marlowe Fields Primary School"
aliases = ["Marlowe Fields", "MFPS"]
published_as = "the primary school"

[[people]]
name = "Fọláṣadé Ògúnṣọlá"
aliases = ["Folasade Ogunsola", "Sade", "Fola", "Shay", "Sarah Ogunsola", "Folashade", "F.O.", "FO"]
role = "child"
pseudonym = "Child T"
born = "14-03-2012"
address = "Flat 9, 112 Osgodby Road, Peckham, London SE15 4QX"

[[people]]
name = "Abímbọ́lá Ògúnṣọlá"
aliases = ["Abimbola Ogunsola", "Bola", "Mrs Ogunsola", "Abímbọ́lá Adéyẹmí", "Mummy Sade", "A.O."]
role = "mother"
pseudonym = "Mother"
born = "27-07-1986"
address = "Flat 9, 112 Osgodby Road, Peckham, London SE15 4QX"

[[people]]
name = "Olúwaṣẹ́gun Ògúnṣọlá"
aliases = ["Oluwasegun Ogunsola", "Segun", "Mr Ogunsola"]
role = "father"
pseudonym = "Father"
born = "15-01-1982"
address = "Lekki, Lagos, Nigeria"

[[people]]
name = "Ayọ̀mídé Ògúnṣọlá"
aliases = ["Ayomide Ogunsola", "Ayo", "Mide"]
role = "sibling"
pseudonym = "Sibling 1"
born = "02-11-2015"
address = "Flat 9, 112 Osgodby Road, Peckham, London SE15 4QX"

[[people]]
name = "Mọ́rẹ́niké Adéyẹmí"
aliases = ["Morenike Adeyemi", "Mrs Adeyemi", "Mummy Ibadan"]
role = "grandmother"
pseudonym = "Maternal Grandmother"
born = "12-06-1958"
address = "Ibadan, Oyo State, Nigeria"

[[people]]
name = "Yétúndé Bákàrè"
aliases = ["Yetunde Bakare", "Aunty Yetty", "Mrs Bakare", "Mrs Y. Bakari", "Y.B.", "YB", "Y-B"]
role = "private foster carer"
pseudonym = "Private Foster Carer"
born = "09-05-1969"
address = "41 Wennington Grove, Nunhead, London SE15 3PW"

[[people]]
name = "Kọ́láwọlé Bákàrè"
aliases = ["Kolawole Bakare", "Kola", "Mr Bakare", "K.B."]
role = "private foster carer's husband"
pseudonym = "Private Foster Carer's Husband"
born = "20-08-1965"
address = "41 Wennington Grove, Nunhead, London SE15 3PW"

[[staff]]
name = "Gemma Thistlewood"
code = "SN1"
role = "School Nurse"
agency = "Guy's and St Thomas' NHS Foundation Trust"

[[staff]]
name = "Kofi Mensah-Bright"
code = "SW1"
role = "Social Worker"
agency = "Southwark Children's Social Care"

[[staff]]
name = "Marcia Greenidge"
code = "SW2"
role = "Private Fostering Social Worker"
agency = "Southwark Children's Social Care"

[[staff]]
name = "Priyanka Venkataraman"
code = "GP1"
role = "General Practitioner"
agency = "Tallisford Medical Practice"

[[staff]]
name = "Lauren Featherstone"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Marlowe Fields Primary School"

[[staff]]
name = "Owen Ashworth-Bell"
code = "POL1"
role = "Police Constable"
agency = "Metropolitan Police Service"
"""

IDENTIFIERS = {
    "names": [
        "Fọláṣadé Ògúnṣọlá", "Fọláṣadé", "Ògúnṣọlá", "ÒGÚNṢỌLÁ", "Folasade", "Ogunsola",
        "Ogunsolas", "Ogunshola", "Folashade", "Sarah", "Abímbọ́lá", "Abimbola", "Adéyẹmí",
        "Adeyemi", "Olúwaṣẹ́gun", "Oluwasegun", "Ayọ̀mídé", "Ayomide", "Mọ́rẹ́niké",
        "Morenike", "Yétúndé Bákàrè", "Yétúndé", "Yetunde", "Bákàrè", "Bakare", "Bakares",
        "Bakari", "Kọ́láwọlé", "Kolawole",
    ],
    "nicknames": [
        "Sade", "Fola", "Shay", "Bola", "Mummy Sade", "Segun", "Ayo", "Mide", "Mummy Ibadan",
        "Aunty Yetty", "Kola", "Kay",
    ],
    "initials": ["F.O.", "FO", "A.O.", "Y.B.", "YB", "Y-B", "K.B.", "T.L."],
    "people_not_in_key": [
        "Kàyọ̀dé", "Kayode", "Dèlé Akínwùmí", "Akínwùmí", "Akinwumi", "Akinwunmi", "Pastor Dele",
        "Dele", "Tobi Lawal", "Tobi", "Láwàl", "Lawal", "Jídé", "Jide", "Gloria Pennant",
        "Pennant",
    ],
    "staff": [
        "Gemma Thistlewood", "Gemma", "Thistlewood", "Kofi Mensah-Bright", "Kofi",
        "Mensah-Bright", "Marcia Greenidge", "Marcia", "Greenidge", "Priyanka Venkataraman",
        "Priyanka", "Venkataraman", "Lauren Featherstone", "Lauren", "Featherstone",
        "Owen Ashworth-Bell", "Owen", "Ashworth-Bell",
    ],
    "streets": [
        "Osgodby Road", "Osgodby Rd", "Wennington Grove", "Wennington Gr", "Copperdale Parade",
        "Copperdale Pde",
    ],
    "estates": [
        "Kestwell Estate", "Kestwell", "Harbridge House", "Quarley Wharf Business Park",
        "Quarley Wharf",
    ],
    "house_numbers": [
        "Flat 9", "112 Osgodby Road", "31 Harbridge House", "41 Wennington Grove",
        "6 Copperdale Parade", "Unit 4, Quarley Wharf",
    ],
    "places": ["Peckham", "Nunhead", "Camberwell", "Thamesmead", "Ibadan", "Lagos", "Lekki", "Old Kent Road"],
    "postcodes": ["SE15 4QX", "SE15", "4QX", "SE15 3PW", "3PW", "SE15 5RL"],
    "locating_agencies": [
        "Marlowe Fields Primary School", "Marlowe Fields", "Tallisford Medical Practice",
        "Tallisford", "Mount Ebenezer Fire Revival Ministries", "Mount Ebenezer", "MEFRM",
    ],
    "phones": ["07700 900412", "07700900412", "+44 7700 900873", "07700 900265", "01632 960734"],
    "nhs_ni": ["999 041 7736", "9990417736", "999 052 8814", "QQ 48 21 09 B", "QQ730615D"],
    "emails": [
        "bola.ogunsola@example.com", "bookings.ewa@example.com", "yetty.bakare@example.org",
        "kofi.mensah-bright@example.org",
    ],
    "social": ["@ewacrownhair", "facebook.com/bola.ogunsola.77", "@shay.fola12"],
    "dates_of_birth": [
        "14-03-2012", "14/03/2012", "14.03.12", "14th March 2012", "March 14, 2012",
        "02/11/2015", "2nd November 2015", "27.07.1986", "09/05/1969",
    ],
    "other": ["Ẹwà Crown Hair Studio", "Ẹwà Crown", "Ewa Crown Hair Studio", "LK17 WZP", "Zeus"],
}

ORDINARY = [
    "Children Act 1989", "Children Act 2004", "Working Together to Safeguard Children",
    "Children (Private Arrangements for Fostering) Regulations 2005", "Victoria Climbié",
    "Lord Laming", "Kristy Bamu", "NSPCC", "Ofsted", "AFRUCA", "Sickle Cell Society",
    "Great Ormond Street Hospital", "Charity Commission", "Redeemed Christian Church of God",
    "sickle cell disease", "hydroxycarbamide", "acute chest syndrome", "penicillin V",
    "folic acid", "Calpol", "WhatsApp", "TikTok", "Dark and Lovely", "CPOMS", "Merlin",
    "Christmas", "Easter Sunday", "Nigerian Independence Day", "crossover night", "owambe",
    "jollof", "aṣọ ẹbí", "oríkì", "gèlè", "koboko", "àṣẹ", "aunty", "Grace", "Hope",
    "Favour", "Faith", "May", "Wednesday", "DS", "PC", "DC", "Section 47",
    "strategy discussion", "private fostering", "MASH", "Early Help", "LADO",
    "THE ARRANGEMENT MUST BE NOTIFIED TO THE LOCAL AUTHORITY", "October 2021",
]

INVOLVEMENT = [
    "Fọláṣadé Ògúnṣọlá (Child T), known at home as 'Sade' and to her grandmother as 'Fola', "
    "was born on 14th March 2012 at King's College Hospital and was diagnosed with sickle cell "
    "disease (HbSS) through newborn screening. Her NHS number is recorded on the Trust's system "
    "as 999 041 7736 and on the GP record, without spaces, as 9990417736. From infancy she was "
    "prescribed penicillin V and folic acid, and from 2018 hydroxycarbamide, and she was reviewed "
    "every three months by the paediatric haematology team, with a second opinion from Great "
    "Ormond Street Hospital in 2019.",

    "In 2019 the family moved from 31 Harbridge House on the Kestwell Estate to a two-bedroom "
    "housing association flat at Flat 9, 112 Osgodby Road, Peckham, London SE15 4QX. Mrs "
    "Abímbọ́lá Ògúnṣọlá (née Adéyẹmí), known to everyone as 'Bola', lived there with Fọláṣadé "
    "and her younger brother Ayọ̀mídé ('Ayo', or 'Mide' to his sister), born 2nd November 2015. "
    "Letters from the housing officer were addressed to 'A.O., Osgodby Rd'; the police later "
    "recorded the postcode in two halves, SE15 and 4QX, in separate fields of the address screen.",

    "Mr Olúwaṣẹ́gun Ògúnṣọlá ('Segun'), the children's father, returned to Nigeria in 2018 and "
    "lives in Lekki, Lagos, where he works in logistics. He stayed in contact with the children "
    "by WhatsApp video calls on +44 7700 900873, a UK number he kept, and sent money for school "
    "uniform and for Sade's birthday each March. No agency had contact with Mr Ogunsola during "
    "the period under review, and the school's records list him only as 'Oluwasegun Ogunsola, "
    "Lagos, no contact details'. He holds parental responsibility for both children.",

    "Mrs Ogunsola runs a family hair salon, Ẹwà Crown Hair Studio, at 6 Copperdale Parade, "
    "Nunhead, London SE15 5RL, which her mother, Mrs Mọ́rẹ́niké Adéyẹmí, helped her to open in "
    "2014. The salon's landline is 01632 960734 and bookings are taken at "
    "bookings.ewa@example.com and through its Instagram account, @ewacrownhair. Its customers "
    "are largely Nigerian women from the church and the wider community, and the salon stocks "
    "relaxers such as Dark and Lovely as well as braiding hair. During the first national "
    "lockdown the salon was closed for months and Mrs Ogunsola fell into rent arrears.",

    "The family have worshipped since 2016 at Mount Ebenezer Fire Revival Ministries (MEFRM), a "
    "Pentecostal church which meets in Unit 4, Quarley Wharf Business Park, off the Old Kent "
    "Road. The senior pastor, Pastor Dèlé Akínwùmí, is called 'Daddy' by members, and the "
    "congregation answers 'àṣẹ' to each prayer. Mount Ebenezer is registered with the Charity "
    "Commission and has a written safeguarding policy, but it had no named safeguarding lead "
    "during the review period. It is not part of the Redeemed Christian Church of God or any "
    "other denomination, and its services are held at Quarley Wharf on Sundays and on Wednesday "
    "evenings.",

    "On Sunday 6 September 2020, after a Wednesday deliverance meeting at which Pastor Dele had "
    "described Sade as 'stubborn' and 'under attack', Mrs Ogunsola agreed that Sade would go to "
    "live with Mrs Yétúndé Bákàrè, a deaconess at the church whom the children called 'Aunty "
    "Yetty'. Mrs Bakare is not related to the family. She lives with her husband, Mr Kọ́láwọlé "
    "Bákàrè ('Kola'), and their adult son Kàyọ̀dé ('Kay'), then aged eighteen, at 41 Wennington "
    "Grove, Nunhead, London SE15 3PW. Mrs Ogunsola told this review that she saw the move as a "
    "favour from a senior woman in the church, and that in Yoruba families an aunty is any "
    "respected older woman. The arrangement lasted about eighteen months and was private "
    "fostering within the meaning of the Children Act 1989; nobody notified Children's Social "
    "Care.",

    "Fọláṣadé started Year 5 at Marlowe Fields Primary School on 7 September 2020. She had been "
    "registered in Reception under the English name 'Sarah Ogunsola', which she chose to use at "
    "school, and her first name was misspelt on the class list as 'Folashade'. On 14 September "
    "2020 Mrs Bakare telephoned the school office from 07700 900265 to say that Sarah would be "
    "'staying with aunty for a while' and asked that letters be sent to Wennington Grove. The "
    "office changed the correspondence address and added Mrs Bakare as first contact. The "
    "Designated Safeguarding Lead, Ms Lauren Featherstone (DSL1), was not told, and the change "
    "was not recognised as private fostering.",

    "On 22 October 2020 the school nurse, Gemma Thistlewood (SN1), of Guy's and St Thomas' NHS "
    "Foundation Trust, reviewed Sade's individual health care plan at Marlowe Fields. Mrs Bakare "
    "attended and introduced herself as Sade's aunty. Ms Thistlewood recorded 'aunt (Y.B.) "
    "attended, mum working at salon' and updated the plan to show that Y.B. held the "
    "hydroxycarbamide and the Calpol. She did not ask how long Sade had lived at 41 Wennington "
    "Grove or whether her mother had agreed the arrangement in writing. Ms Thistlewood told the "
    "review she had assumed Mrs Bakare was a maternal aunt.",

    "On 11 November 2020 Mrs Bakare collected a repeat prescription for Fọláṣadé from Tallisford "
    "Medical Practice and asked for the child's registered address to be changed. Reception "
    "staff refused because Mrs Bakare was not the parent and asked her to bring Mrs Ogunsola. "
    "The request was not passed to the GP, Dr Priyanka Venkataraman (GP1), and the record "
    "continued to show Osgodby Road. Mrs Ogunsola's mobile number on the Tallisford record was "
    "07700 900412.",

    "Sade was not brought to haematology appointments at King's College Hospital on 8 December "
    "2020 and 19 January 2021. Letters were sent to Flat 9, 112 Osgodby Road and to the GP. "
    "Under the Trust's was-not-brought policy the clinical nurse specialist telephoned 07700 "
    "900412 and spoke to Mrs Ogunsola, who said the family had been shielding and would come in "
    "the spring. No referral was made to the MASH. Dr Venkataraman received the clinic letter "
    "on 27 January 2021 and filed it without action.",

    "On 3 March 2021 Sade was brought to the Emergency Department at King's College Hospital in "
    "Camberwell by Mrs Bakare and Kàyọ̀dé Bákàrè with a painful vaso-occlusive crisis in her legs "
    "and back, and was admitted for two nights. The ward nurse noted that Sade was 'quiet and "
    "withdrawn', that she had not taken hydroxycarbamide 'for weeks', and that she had a healing "
    "linear mark on her left upper arm which Sade said came from falling on the stairs. The "
    "nurse recorded 'aunty, lives with (YB)' and the telephone number 07700 900265. The "
    "hospital safeguarding team was not consulted, and Sade was discharged on 5 March 2021 to "
    "41 Wennington Grove.",

    "After the Easter holiday, on Tuesday 13 April 2021, Sade told her class teacher that at "
    "church on Easter Sunday the pastor had 'prayed the witch out' of her and that she had been "
    "made to kneel and fast 'until the spirit left'. The teacher recorded this on CPOMS and "
    "alerted Ms Featherstone, who had seen Mrs Ogunsola at a parents' evening in gèlè and aṣọ ẹbí "
    "on her way to a family owambe, and who judged the comment to be about ordinary Pentecostal "
    "prayer. She did not speak to Sade alone and recorded 'NFA, faith practice, no harm "
    "disclosed'.",

    "On 10 May 2021 a lunchtime supervisor reported that Sade had been seen taking food from the "
    "bins and had told another child that she was 'not allowed jollof' at aunty's house because "
    "she was fasting. Ms Featherstone made a referral to the MASH the same day. The MASH social "
    "worker telephoned Mrs Ogunsola on 07700900412, the number held by the school, and Mrs "
    "Ogunsola said that Sade lived with her at Osgodby Road and only went to 'Aunty Yetty' after "
    "school while the salon was open. The MASH recorded 'mother protective, child attends "
    "church, no concerns re Ayomide (DOB 02/11/2015)', and the contact was closed with advice "
    "about Early Help. Nobody asked the school where Sade slept or who collected her.",

    "On the evening of 19 June 2021 a neighbour, Mrs Gloria Pennant, rang the police to report "
    "'a child screaming and a man shouting' at 41 Wennington Grove. PC Owen Ashworth-Bell (POL1) "
    "of the Metropolitan Police Service attended at 22:40. Kàyọ̀dé Bákàrè answered the door while "
    "a Rottweiler named Zeus barked in the hallway, and Kay said that his 'little cousin' had had "
    "a nightmare. PC Ashworth-Bell saw Sade briefly on the stairs, recorded her as 'Folasade "
    "BAKARE, DOB unknown, 9 yrs', noted a silver people carrier, registration LK17 WZP, on the "
    "drive, and closed the call as 'no offences disclosed'. No Merlin report was submitted.",

    "In the same month a parent at the school showed staff a video posted on TikTok by the "
    "account @shay.fola12, in which Sade, calling herself 'Shay', was crying and saying that "
    "nobody at aunty's house loved her. The video had been shared in the Kestwell mums' WhatsApp "
    "group. The school spoke to Mrs Ogunsola, who said the account was not allowed and that she "
    "had taken Sade's phone away; the school did not keep the video or tell the MASH. Mrs "
    "Ogunsola's own page, facebook.com/bola.ogunsola.77, on which friends knew her as 'Mummy "
    "Sade', carried posts from the salon and from church but nothing about where Sade lived.",

    "Mrs Mọ́rẹ́niké Adéyẹmí, the maternal grandmother, whom the children call 'Mummy Ibadan', "
    "travelled from Ibadan in July 2021 and stayed until September with her son, the children's "
    "Uncle Jídé (Jide Adeyemi), in Thamesmead. The school recorded her as 'Grandma Morenike'. "
    "Sade spent most of the summer holiday with her grandmother, who told this review that she "
    "saw 'old marks like a koboko' on Sade's back and confronted her daughter, who said they were "
    "from a fall. Mrs Adeyemi spoke to Pastor Akinwunmi after a Sunday service and was told that "
    "Sade's behaviour was 'improving with prayer' and that she should not bring trouble on the "
    "family. She contacted no agency and flew back to Ibadan on 4 September 2021.",

    "Sade started Year 6 in September 2021. Her attendance fell to 81 per cent by half term, and "
    "staff noted weight loss and that she was often collected late by Kay. On Friday 1 October "
    "2021 the school held a Nigerian Independence Day celebration at which children read out "
    "their oríkì; Sade refused to take part and told a teaching assistant that 'my mummy gave "
    "me away'. On 6 October 2021 Ms Featherstone made a second referral to the MASH, stating "
    "this time that Sade had lived with 'Mrs Y. Bakari, a family friend, not a relative' for "
    "over a year.",

    "The referral was accepted for a Child and Family Assessment under section 17 and allocated "
    "on 12 October 2021 to Kofi Mensah-Bright (SW1). Mr Mensah-Bright visited Mrs Ogunsola "
    "(DOB 27.07.1986) at the salon on Copperdale Pde on 15 October 2021, where she confirmed "
    "that Sade had lived at 41 Wennington Gr. since September 2020. He recognised the "
    "arrangement as private fostering and emailed the private fostering team from "
    "kofi.mensah-bright@example.org with the subject line 'F.O., possible PF'. Mrs Ogunsola gave "
    "her email as bola.ogunsola@example.com and her National Insurance number as QQ 48 21 09 B "
    "for a housing benefit query. Kofi did not speak to Mr Ogunsola or see Sade alone.",

    "The private fostering social worker, Marcia Greenidge (SW2), made an announced visit to 41 "
    "Wennington Grove on 24 November 2021. Mrs Bakare gave her date of birth as 09/05/1969, her "
    "National Insurance number as QQ730615D and her email as yetty.bakare@example.org, and said "
    "that her husband Kola worked nights. Ms Greenidge left DBS forms for every adult in the "
    "household, including one for K.B. and one for Kàyọ̀dé, and a leaflet which said, in capitals, "
    "THE ARRANGEMENT MUST BE NOTIFIED TO THE LOCAL AUTHORITY. She saw Sade's bed in a shared box "
    "room, but saw Sade only with Mrs Bakare present. The forms were not returned, and the "
    "assessment under the Children (Private Arrangements for Fostering) Regulations 2005 was "
    "not finished by Christmas; Marcia's December visit was cancelled because of staff sickness.",

    "On Monday 21 February 2022 Sade was taken by ambulance to King's College Hospital with acute "
    "chest syndrome. Clinicians found multiple linear and looped marks on her back, buttocks and "
    "legs, some of them fresh. Sade told a play specialist that Kay had beaten her with a koboko "
    "'to drive out the witch', and that at Mount Ebenezer she had been made to stand and pray "
    "all night at the crossover night service. A strategy discussion chaired by a DS from the "
    "Child Abuse Investigation Team was held the next day and Section 47 enquiries began; a DC "
    "arrested Kàyọ̀dé Bákàrè on 23 February 2022. Ayọ̀mídé (NHS 999 052 8814) was seen at school "
    "the same day, and a LADO referral was made because Mrs Bakare taught in the church's Sunday "
    "school. Sade was placed with local authority foster carers with her mother's agreement.",
]

ANALYSIS = [
    "Private fostering was not recognised for fourteen months. At least five practitioners in "
    "four agencies met Mrs Bakare in a caring role (the school office, the school nurse, the "
    "Tallisford reception team, the ward nurse and PC Ashworth-Bell), and each took the word "
    "aunty at face value. In many Nigerian and wider West African families 'aunty' and 'uncle' "
    "are terms of respect for older adults who are not relatives, and AFRUCA told the review this "
    "is one of the commonest reasons private fostering goes unnoticed. The lesson of Victoria "
    "Climbié, whose death led to Lord Laming's inquiry and to the Children Act 2004, is that an "
    "adult's account of the relationship must be checked, not assumed.",

    "Practitioners were reluctant to ask about the church. Ms Featherstone told the review that "
    "she did not want to seem disrespectful of the family's faith, and that fasting and all-night "
    "prayer at crossover night seemed to her ordinary Pentecostal practice. Faith is a protective "
    "factor for many children, and the church gave the Ogunsolas a community, a Sunday school for "
    "Ayo and, by the grace of God as Mrs Ogunsola put it, help with the salon during lockdown. "
    "But Sade's words about a witch and a spirit were an indicator of abuse linked to faith or "
    "belief of the kind seen in the Kristy Bamu case, and needed to be explored with her alone.",

    "Sade's sickle cell disease should have made her more visible, not less. Missed "
    "hydroxycarbamide, two was-not-brought episodes, a painful crisis and an unexplained linear "
    "mark in a nine-year-old are each a reason for professional curiosity. The haematology team "
    "relied on one telephone call with Mrs Ogunsola; Dr Venkataraman filed the clinic letter; "
    "and the GP record still showed Flat 9 at Osgodby Road a year after Sade had moved. The Sickle "
    "Cell Society's guidance for schools and the school nurse's care plan both assumed that a "
    "parent held the child's medicines.",

    "The MASH decision in May 2021 rested on a single telephone call to the mother. Her account, "
    "that Sade only went to 'Aunty Yetty' after school, was not tested against the school's "
    "address record, which had shown 41 Wennington Grove since September 2020, or against the "
    "health and police records. Had the MASH looked, it would have found that the school, the "
    "school nurse and the hospital all listed Mrs Bakare, and that the GP held a different "
    "address. There was little hope of an accurate picture from one source. The MASH also "
    "accepted that there were no concerns about Ayomide without asking his school.",

    "PC Ashworth-Bell's attendance was brief and was dominated by the dog Zeus and by an adult son "
    "who answered for the household. He recorded Sade under the Bakares' surname and without a "
    "date of birth, so the later search for Ogunsola did not link the call to her. A Merlin "
    "report should be submitted for every child seen at a disturbance. Mrs Pennant told the "
    "review she had heard 'beating and crying' on several nights that spring and did not call "
    "again because 'the police came and nothing happened'.",

    "Once identified, the arrangement was assessed slowly. Between October 2021 and February 2022 "
    "Ms Greenidge made one visit; DBS checks on Kàyọ̀dé and Mr Kolawole Bakare were never "
    "completed; and Sade was never seen alone. Under the Children Act 1989 and the 2005 "
    "Regulations the local authority must visit a privately fostered child at least every six "
    "weeks in the first year and speak to the child alone unless that is inappropriate. Staff "
    "said that private fostering was held by one part-time post and waited behind child "
    "protection work.",

    "The review has considered why Mrs Ogunsola made and kept the arrangement. She was raising "
    "two children alone while Mr Ogunsola was in Lagos, the rent on Ewa Crown Hair Studio was in "
    "arrears, and her partner, Mr Tobi Lawal, did not want Sade at Osgodby Road. Mr Láwàl, "
    "recorded by the MASH only as 'T.L., mother's boyfriend, no checks', declined to meet the "
    "review, and Tobi's own history is unknown. Mrs Ogunsola trusted Pastor Akínwùmí and Mrs "
    "Bakare, who were senior in a church that had supported her. Nobody asked Mr Ogunsola whether "
    "he agreed; he told the review from Lekki that he had been told Sade was on a church "
    "boarding programme.",
]

LEARNING = [
    "Every agency should ask who a child lives with, and since when, whenever an adult who is not "
    "a parent attends with the child, and should not stop at the word aunty. Working Together to "
    "Safeguard Children expects all practitioners, including school office and GP reception "
    "staff, to notify the local authority of a possible private fostering arrangement. The "
    "NSPCC's guidance and Ofsted's recent inspection both found that awareness of private "
    "fostering among front-line staff in the borough was low.",

    "Practitioners need confidence to talk with families and faith leaders about belief. The "
    "partnership should work with AFRUCA and local Pentecostal churches, Mount Ebenezer among "
    "them, so that deliverance, fasting and beliefs about witchcraft are understood, and so that "
    "children such as Fọláṣadé are heard. The church has since appointed a safeguarding lead, and "
    "Pastor Dele Akínwùmí (spelt Akinwumi in the police record) has stepped down while the police "
    "investigation continues.",

    "Records must be searchable across spellings and names. The child appeared in agency systems "
    "as Fọláṣadé Ògúnṣọlá, Folasade Ogunsola, Folashade, 'Sarah Ogunsola', Folasade BAKARE, "
    "ÒGÚNṢỌLÁ on the police printout, 'OGUNSOLA FO' on a CP-IS flag and, once, Ogunshola; her "
    "mother as Abimbola Ogunsola; her carer as Yetunde Bakare, Mrs Y. Bakari and Y-B; and the son "
    "as Kayode. The MASH searched only for Ogunsola with the date of birth 14/03/2012, while the "
    "hospital discharge letter gave 14.03.12, the CP-IS record 14-03-2012 and a church form March "
    "14, 2012. Systems should hold a child's Yoruba name with its tone marks, the English short "
    "forms the family uses, and any school name.",

    "Children with long-term conditions whose appointments are missed should be treated as not "
    "brought, and the clinic letter should go to the school nurse as well as the GP. Had the "
    "letters about Sade been shared with Gemma Thistlewood, she would have known that the child "
    "on her health care plan was not living at the address the hospital held. Mrs Morenike "
    "Adeyemi said she would have spoken up had anyone from an agency asked her.",

    "The school's CPOMS entries, the nurse's care plan, the ward record and the police call each "
    "held part of the picture, and none of them reached the MASH together until October 2021. "
    "Neighbours, relatives and church members also held information: Mrs Pennant, Uncle Jide and "
    "the grandmother all had concerns. The partnership's Early Help offer should be promoted "
    "through churches and local businesses, such as the hair salons the family used, as well as "
    "through schools.",
]

RECOMMENDATIONS = [
    ("The partnership should run a private fostering awareness campaign with Pentecostal churches, "
     "including Mount Ebenezer Fire Revival Ministries, and with businesses such as Ẹwà Crown Hair "
     "Studio, explaining that an aunty who cares for a child for 28 days or more must be notified",
     "Co-produce materials with AFRUCA and faith leaders; brief all school office and GP reception staff",
     "Partnership Business Manager", "30-09-2022"),
    ("Children's Social Care should ensure that every privately fostered child, including any "
     "child placed as Sade was at Wennington Grove, is visited within seven days of notification "
     "and seen alone at every visit",
     "Increase private fostering capacity and audit visits quarterly",
     "Head of Service, Fostering", "31-12-2022"),
    ("The MASH should search agency records for every spelling of a child's name, including Yoruba "
     "names with tone marks such as Ògúnṣọlá and English forms such as Ogunsola, before closing "
     "a contact",
     "Update the MASH search protocol and test it with partner agencies",
     "MASH Manager", "31-10-2022"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="CONFIDENTIAL: Child T, Fọláṣadé ÒGÚNṢỌLÁ ('Sade'), DOB 14/03/2012, Flat 9, 112 Osgodby Road, London SE15 4QX",
    footer="Author: Kofi Mensah-Bright (SW1), Southwark Children's Social Care, kofi.mensah-bright@example.org",
    comment="KMB: check with Aunty Yetty whether Kay and the dog Zeus are still at 41 Wennington Grove; is Bola's number still 07700 900412?",
    footnote="Mrs Mọ́rẹ́niké Adéyẹmí ('Mummy Ibadan') gave her account by WhatsApp from Ibadan; Pastor Akinwumi declined to be interviewed.",
)
