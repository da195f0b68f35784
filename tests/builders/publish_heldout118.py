# ruff: noqa: E501
"""A blind, fictional held-back publication case (case 118): every name, place and number in it is invented."""

from tests.builders.publish_heldout import HeldOut

REFERENCE = "ESCP-CSPR-2024-02"

CASE_TOML = """\
reference = "ESCP-CSPR-2024-02"
review = "Child Safeguarding Practice Review"
subject = "Child X"
board = "Ealing Safeguarding Children Partnership"
period = { from = "01-06-2022", to = "03-12-2023" }
decision = "21-12-2023"
notification = "05-12-2023"

[[agencies]]
name = "Metropolitan Police Service"
aliases = ["Metropolitan Police", "MPS", "the Met", "Police"]

[[agencies]]
name = "Ealing Children's Services"
aliases = ["Children's Services", "Ealing Children's Social Care"]

[[agencies]]
name = "London North West University Healthcare NHS Trust"
aliases = ["LNWH", "London North West"]

[[agencies]]
name = "Marlcroft Primary School"
aliases = ["Marlcroft Primary"]
published_as = "the primary school"

[[agencies]]
name = "Cressfield Medical Centre"
aliases = ["Cressfield Surgery"]
published_as = "the GP practice"

[[people]]
name = "Gurtej Singh Atwal"
aliases = ["Gurtej", "Gurtej Atwal", "Gurtej Singh", "G.S.A."]
role = "child"
pseudonym = "Child X"
born = "17-02-2014"
address = "Flat A, 64 Kelmscott Road, Southall UB2 5QX"

[[people]]
name = "Manpreet Kaur Atwal"
aliases = ["Manpreet", "Manpreet Kaur", "Manpreet Sahota", "Mrs Atwal", "MKA"]
role = "mother"
pseudonym = "Mother"
born = "09-08-1989"
address = "Flat A, 64 Kelmscott Road, Southall UB2 5QX"

[[people]]
name = "Jaswinder Singh Atwal"
aliases = ["Jaswinder", "Jassi", "Mr Atwal"]
role = "father"
pseudonym = "Father"
born = "23-05-1985"
address = "Flat A, 64 Kelmscott Road, Southall UB2 5QX"

[[people]]
name = "Jasleen Kaur Atwal"
aliases = ["Jasleen"]
role = "sibling"
pseudonym = "Sibling"
born = "30-10-2018"
address = "Flat A, 64 Kelmscott Road, Southall UB2 5QX"

[[people]]
name = "Surjit Kaur Atwal"
aliases = ["Surjit", "Surjit Kaur"]
role = "paternal grandmother"
pseudonym = "Paternal Grandmother"
born = "03-04-1961"
address = "27 Pendlebury Gardens, Southall UB1 3ZN"

[[people]]
name = "Kuldip Singh Atwal"
aliases = ["Kuldip", "Kuldeep"]
role = "paternal grandfather"
pseudonym = "Paternal Grandfather"
address = "27 Pendlebury Gardens, Southall UB1 3ZN"

[[people]]
name = "Harvinder Singh Atwal"
aliases = ["Harvinder", "Harvinder Atwal"]
role = "paternal uncle"
pseudonym = "Paternal Uncle"
born = "11-01-1988"
address = "27 Pendlebury Gardens, Southall UB1 3ZN"

[[people]]
name = "Amandeep Singh Sahota"
aliases = ["Amandeep"]
role = "maternal uncle"
pseudonym = "Maternal Uncle"
address = "Dhandowal Khurd, District Jalandhar, Punjab, India"

[[staff]]
name = "Niamh Corrigan"
role = "Social Worker"
agency = "Ealing Children's Services"

[[staff]]
name = "Anjali Varma"
role = "General Practitioner"
agency = "Cressfield Medical Centre"

[[staff]]
name = "Owen Pritchard"
role = "Deputy Headteacher and Designated Safeguarding Lead"
agency = "Marlcroft Primary School"

[[staff]]
name = "Kirsty Maddox"
role = "Detective Constable"
agency = "Metropolitan Police Service"

[[staff]]
name = "Joanne Ferrante"
role = "Paediatric Emergency Department Sister"
agency = "London North West University Healthcare NHS Trust"
"""

IDENTIFIERS = {
    "key_name": [
        "Gurtej", "Atwal", "ATWAL", "Athwal", "Gurtaj", "Manpreet", "Manprit", "ਮਨਪ੍ਰੀਤ ਕੌਰ",
        "Sahota", "SAHOTA", "Jaswinder", "Jasvinder", "Jassi", "Jasleen", "Surjit", "Kuldip",
        "Harvinder", "Amandeep", "Niamh Corrigan", "Corrigan", "Anjali Varma", "Varma",
        "Owen Pritchard", "Pritchard", "Kirsty Maddox", "Maddox", "Joanne Ferrante", "Ferrante",
    ],
    "nickname": ["Teji", "Bittu", "Gudiya", "Preeti", "Bindy", "Raji"],
    "initials": ["GSA", "G.S.A.", "M-K", "MKA", "H.S.A."],
    "not_in_key": [
        "Rajwinder", "Balvinder", "Grewal", "Daniel Okafor", "Okafor", "Pauline Hennessy",
        "Hennessy", "Nowicki", "Kulwant", "Bassi", "Harbhajan", "Shereen Lall", "Lall",
        "Gemma Rowntree", "Rowntree", "Kellaway",
    ],
    "address": [
        "Kelmscott Road", "Kelmscott Rd", "Flat A, 64 Kelmscott Road", "71 Kelmscott Rd",
        "Pendlebury Gardens", "27 Pendlebury Gardens", "Pendlebury Gdns", "Willowmere Estate",
        "Willowmere", "15 Orchard House", "Tenterden Road", "Dhandowal Khurd",
    ],
    "postcode": ["UB2 5QX", "UB25QX", "UB2", "5QX", "UB1 3ZN", "3ZN"],
    "agency_place": [
        "Marlcroft Primary School", "Marlcroft Primary", "Marlcroft", "Cressfield Medical Centre",
        "Cressfield",
    ],
    "number": [
        "07700 900417", "07700900862", "+44 7700 900593", "020 7946 0731", "712 348 9055",
        "7123489055", "498 602 7719", "QQ 48 27 19 B", "QQ739204D",
        "manpreet.atwal89@example.com", "atwalfoodandwine@example.co.uk", "@bittu_atwal88",
        "facebook.com/manpreet.sahota.1989", "LR68 XJD", "YE17 KPA", "MOS-1187342",
        "CAD 7741/31OCT22",
    ],
    "date_of_birth": [
        "17/02/2014", "17.02.14", "17th February 2014", "February 17, 2014", "09/08/1989",
        "9 August 1989", "23.05.85", "30/10/2018", "11/01/88",
    ],
    "other": [
        "Atwal Food & Wine", "Lyndhurst Pharmacy", "Gurdwara Guru Angad Dev Sabha",
        "Guru Angad Dev Sabha", "Kesar Travels", "Mithu",
    ],
}

ORDINARY = [
    "Children Act 1989", "Domestic Abuse Act 2021", "Working Together to Safeguard Children 2023",
    "Child Safeguarding Practice Review Panel", "Banaz Mahmod", "The depths of dishonour",
    "HMICFRS", "Forced Marriage Unit", "Forced Marriage Protection Order", "one chance rule",
    "transnational marriage abandonment", "Karma Nirvana", "Southall Black Sisters", "Refuge",
    "Operation Encompass", "MARAC", "IDVA", "DASH risk checklist", "MASH", "Section 47",
    "Section 17", "Early Help", "Child in Need", "strategy discussion", "Language Line", "CPOMS",
    "sertraline", "desmopressin", "nocturnal enuresis", "depressed skull fracture",
    "St Mary's Hospital", "Ealing Hospital", "London Ambulance Service", "Heathrow",
    "British Deputy High Commission", "Vaisakhi", "Bandi Chhor Divas", "Lohri", "Gurpurab",
    "izzat", "sharam", "pind", "langar", "patka", "kara", "sewa", "granthi", "Gurmukhi",
    "Singh and Kaur", "Dadi", "Chacha", "Biji", "bachao", "Summer term",
    "DO NOT CONTACT MOTHER VIA FAMILY MEMBERS", "DC", "PC", "DS", "in March 2023",
    "Universal Credit",
]

INVOLVEMENT = [
    "In June 2022 Gurtej Singh Atwal (Child X), then eight, was in Year 3 at Marlcroft Primary School. The admission form gave his name as Gurtej Singh ATWAL, his date of birth as 17/02/2014 and his NHS number as 712 348 9055, and the class register carried the note 'known as Teji - prefers Teji'. Gurtej wore a patka and a kara, and the school had agreed with his father that the kara could stay on for PE with a sweatband over it. He lived with his father, Jaswinder Singh Atwal, his mother, Manpreet Kaur Atwal, and his younger sister Jasleen (called 'Gudiya' at home), who was in the school's nursery class, at Flat A, 64 Kelmscott Road, Southall UB2 5QX, above the family shop, Atwal Food & Wine. Until the spring of 2022 the family had lived with Gurtej's paternal grandparents, Surjit Kaur Atwal and Kuldip Singh Atwal, at 27 Pendlebury Gardens, UB1 3ZN, where the paternal uncle, Harvinder Singh Atwal, and his wife Rajwinder still lived. Kuldip spent each winter at the family's house in the village of Dhandowal Khurd, near Jalandhar in the Punjab, where Manpreet had grown up and where her parents and her brother still live. Manpreet had come to England on a spouse visa in 2012 after an arranged marriage and held indefinite leave to remain.",
    "On 14 July 2022 Manpreet saw Dr Anjali Varma at Cressfield Medical Centre with low mood and poor sleep. The practice had registered her as 'Manpreet KAUR', with Kaur recorded as her surname, and held her NHS number as 498 602 7719 and her date of birth as 09/08/1989. Her mother-in-law, Surjit Kaur Atwal, whom the children call Dadi and whom Manpreet addressed as Biji, came into the consultation and answered most of the questions. The record reads 'MIL present throughout, interpreting. Pt quiet, tearful. Says no problems at home. ?adjustment to move to flat.' Dr Varma started sertraline 50 mg and asked Manpreet to come back alone in two weeks. The follow-up appointment was arranged through the only number the practice had for her, the shop's landline, 020 7946 0731, and she did not attend. Nobody asked about domestic abuse at either contact, and nobody asked why a woman who had lived in England for ten years, and who worked three mornings a week on the counter at Lyndhurst Pharmacy, needed her mother-in-law to interpret for her.",
    "On Tuesday 20 September 2022, in the first weeks of Year 4, Teji told his class teacher during circle time that 'Mummy hasn't got a phone any more because Chacha took it, because she talks to men at work'. Mr Owen Pritchard, the Deputy Headteacher and Designated Safeguarding Lead, logged the comment on CPOMS under 'Gurtej ATWAL (GSA)' and spoke to Mr Atwal at collection time. Jaswinder laughed and said that the phone had been dropped, and that his brother Harvinder, whom the whole family called Bittu, was 'always teasing the kids'. Mr Pritchard rang the mother's mobile number on the school system, 07700 900417, which was switched off, and then the father's, 07700900862, and left a message thanking him. He did not seek advice from the MASH. The entry was closed the same day with the words 'Dad explained - no further concerns'. It was the first of eleven entries about Gurtej on CPOMS over the following fourteen months, and the school wrote to the family throughout at the shop's address, with letters headed 'Mr J and Mrs M-K Atwal'.",
    "Late on Monday 31 October 2022, a week after Diwali and Bandi Chhor Divas, Mrs Pauline Hennessy, who lives opposite the shop at 71 Kelmscott Rd, rang 999 to report a woman screaming 'bachao, bachao' and the sound of something being thrown. PC Dominik Nowicki and a colleague attended under CAD 7741/31OCT22 and were let into the flat by Harvinder Singh Atwal, who said that he had come up after closing the shop and that his sister-in-law had 'had a panic'. He interpreted for her. The officers saw Manpreet in the kitchen with a red mark on her left cheek, and she said, through Harvinder, that she had slipped. PC Nowicki completed the DASH risk checklist in the kitchen with both brothers in the room; it was graded standard, with most questions marked 'declined to answer'. The crime report recorded the victim as 'Manpreet SAHOTA', the name on her Indian passport, the uncle as 'H.S.A., 11/01/88', and the children as 'Gurtaj Atwal, approx 8' and 'Jasleen, approx 4'. An Operation Encompass notification was generated the next morning, but because no pupil called Gurtaj Atwal could be found it did not reach Marlcroft until 15 November 2022, and by then the school read it as a historic matter.",
    "Manpreet's friend Balvinder Kaur Grewal ('Bindy'), whom she knew from the gurdwara and who lives at 15 Orchard House on the Willowmere Estate, told the review that by Lohri in January 2023 Manpreet, whom she calls Preeti, was frightened to go home after her shifts. Her in-laws had accused her of bringing sharam on the family by 'laughing with' one of the pharmacists, Daniel Okafor, and said that she had destroyed the family's izzat. Bindy had kept in touch with her through an old profile, facebook.com/manpreet.sahota.1989, which the family did not know about. On Monday 16 January 2023 Bindy took Manpreet to Cressfield without telling anyone. Manpreet told Dr Varma, in English, that her husband and his brother kept her passport and her bank card in the shop safe, that Harvinder had slapped her on 31 October, and that the family had said that she would be 'sent back to the pind' and that the children would stay in London if she did not give up her job. Dr Varma completed a DASH with her, which scored 16, and that afternoon referred her to the MARAC and to the Ealing MASH. The referral gave a pay-as-you-go number that Bindy had bought for her, +44 7700 900593, and asked in capitals: DO NOT CONTACT MOTHER VIA FAMILY MEMBERS.",
    "The MASH received the referral on 17 January 2023. A MASH social worker rang the new mobile twice without reply and then, working from the child's record, rang the shop's landline and spoke to a man who said he was Gurtej's uncle; she told him only that she was calling from Children's Services about Gurtej and would write. A letter addressed to 'Mr and Mrs Atwal, Flat A 64 Kelmscott Road, UB25QX' followed on 19 January. Manpreet told the review that after that call the second phone was found and broken and she was not allowed back to the pharmacy for five months. The case was allocated for a Child and Family assessment under Section 17 of the Children Act 1989 to Niamh Corrigan, a social worker in her second year of practice, whose Mosaic reference for the family was MOS-1187342. Ms Corrigan arranged the first home visit, on Thursday 2 February 2023, by telephoning Mr Atwal. She met Jaswinder, Manpreet, Mrs Surjit Kaur Atwal and both children together in the living room. A Punjabi interpreter could not be booked through Language Line at short notice, and when the grandmother offered to interpret Ms Corrigan accepted. Gurtej was seen in his bedroom with Bittu standing in the doorway; he showed Ms Corrigan his parakeet, Mithu, and said that everyone at home was 'happy'.",
    "The MARAC heard Manpreet's case on 9 February 2023. The IDVA, Gemma Rowntree, had not been able to reach her. The minutes describe the risk as 'domestic abuse by husband and wider family - possible honour element' and set three actions: a police marker on Flat A, 64 Kelmscott Road and on 27 Pendlebury Gdns reading 'DO NOT CONTACT MOTHER VIA FAMILY MEMBERS - HBA RISK'; the school to be told that the mother should only be spoken to alone; and Ms Corrigan to see Manpreet on her own with a female interpreter. The marker was placed. The school was never told, because Marlcroft Primary was not represented at the MARAC and the minutes were sent only to the agencies that were. The MASH record, which held the father as 'Jasvinder Athwal', was not linked to the police call of 31 October 2022. Nobody at the meeting asked whether Manpreet might be taken abroad and left there, although the threat to send her to the pind was in the GP's referral, and the Forced Marriage Unit was not consulted.",
    "Gurtej's attendance fell to 86 per cent in March 2023 and he was often late and tired. On 7 March he told a teaching assistant that he had 'a job' at home: Chacha had given him an old phone and he was to 'watch Mummy' and tell Dadi if she spoke to anyone on the stairs or in the shop. On 14 March he wet himself in class for the first time. Mr Pritchard logged both entries, under 'Teji Atwal', and emailed Ms Corrigan, who had by then seen Manpreet once more, on 10 March, at the flat, with Jaswinder present and a Language Line interpreter on speakerphone. At that visit Manpreet said that she had 'made a mistake' at the doctor's, that she and her husband had sorted out their problems and that she did not want help. Ms Corrigan's team manager agreed on 21 March 2023 that the assessment should close with a step-down to Early Help, recording that the 'mother has withdrawn allegations and there is no evidence of direct harm to the children'. The school's two entries were mentioned in the closing summary, but the words 'watch Mummy' were not.",
    "At Vaisakhi, on Friday 14 April 2023, the family joined the Nagar Kirtan and did sewa in the langar at the Gurdwara Guru Angad Dev Sabha on Tenterden Road, where Gurtej had gone to Punjabi and gatka classes every Sunday since he was five. Manpreet went to a volunteer who ran the gurdwara's Sunday advice table, Mrs Kulwant Kaur Bassi, and asked her in Punjabi what would happen to her children if she left her husband. Mrs Bassi gave her the numbers of Southall Black Sisters and Karma Nirvana, writing them in Gurmukhi on the back of a langar rota so that they would not stand out, under the heading ਮਨਪ੍ਰੀਤ ਕੌਰ. Later, worried about her, Mrs Bassi mentioned the conversation to the granthi, Giani Harbhajan Singh, who, meaning to help, spoke to Kuldip about 'trouble in the house'. Mrs Bassi told the review that she had never had any training on domestic abuse or honour-based abuse, and that the Guru Angad Dev Sabha had no named safeguarding lead. No agency involved with the family had ever been in touch with the gurdwara.",
    "The Early Help practitioner, Shereen Lall, visited four times between 26 April and 30 June 2023. Her plan dealt with Gurtej's bedwetting, bedtimes and homework, and all four visits took place after school, when Jaswinder or his mother was at home; Ms Lall did not know of the MARAC. On Thursday 11 May 2023 Dr Varma saw Gurtej, with his father, for nocturnal enuresis and prescribed desmopressin. The record gives Gurtej's date of birth as 17.02.14 and the father's as 23.05.85, is headed 'G.S.A. (son)' in the practice summary, and makes no reference to the mother's DASH referral four months earlier, because her record was held under the surname KAUR and the children's under ATWAL and the practice system did not link them as one household. Jassi told Dr Varma that Teji was 'soft, like his mother'. In July 2023 the Summer term report described Gurtej as 'a kind and thoughtful boy who seems to carry a lot on his shoulders', and a teaching assistant wrote that she hoped the holiday would give him a rest; the report was posted to the shop.",
    "On Monday 19 June 2023 Manpreet, who had been allowed back to work at the pharmacy, rang Karma Nirvana from the pharmacy's phone and agreed that her details could be passed to the police. The next day DC Kirsty Maddox of the Metropolitan Police's public protection team met her alone, in the pharmacy's consultation room, with a female Punjabi interpreter from outside London whom Manpreet did not know. Manpreet said that Jaswinder and Harvinder had assaulted her several times since 2021, that her passport was still in the shop safe, that flights to Amritsar had been booked for the summer through Kesar Travels, and that her mother-in-law had said in front of the children, 'She will stay in the pind and the children will come home with us.' DC Maddox recorded an honour-based abuse flag, graded the risk as high and referred to the MASH, giving manpreet.atwal89@example.com as the only safe means of contact. A strategy discussion was held on 22 June 2023 between the police, Children's Services and the IDVA; neither the school nor the GP was invited. It was agreed that the threshold for Section 47 enquiries was not met, as there was 'no direct harm to the children', and that the case would be reopened as Child in Need. Manpreet turned down a refuge place because she would not leave without Teji and Jasleen.",
    "The family flew from Heathrow on Monday 24 July 2023. The school had been told that the children would be back for the start of term, and the Child in Need plan, which had not yet been written, said nothing about travel. On 21 July DC Maddox had discussed the case with the Forced Marriage Unit, which advised that it deals with transnational marriage abandonment as well as forced marriage, that a Forced Marriage Protection Order could be considered if there was evidence that Manpreet would be kept abroad against her will, and that she should be given the FMU's number and the details of the British Deputy High Commission in Chandigarh. DC Maddox emailed them to her. In August 2023 Manpreet was left at her parents' house in Dhandowal Khurd while Jaswinder and the children stayed at the Atwal house in the same village. With the help of her brother, Amandeep Singh Sahota, she rang the FMU, which worked with DC Maddox and the consular team, and she flew back to London with both children on Saturday 9 September 2023, a week into the autumn term. Marlcroft had begun its Children Missing Education procedure on 6 September; its referral gave Gurtej's date of birth as February 17, 2014, copied from the travel booking, and Jasleen's as 30/10/2018. Jaswinder came back on 20 September 2023.",
    "A Child in Need plan was agreed on Tuesday 3 October 2023. Ms Corrigan chaired three meetings, on 3 October, 31 October and 21 November 2023. Mr Atwal attended each of them, and at the first his brother came too and was allowed to stay. The interpreter booked through Language Line for the October meetings spoke Punjabi but was, Manpreet later said, a member of the same gurdwara, and after recognising her Manpreet said almost nothing. At school Gurtej had become quiet and watchful. He told the school's emotional literacy support assistant that 'Mummy is bad for our family's name' and that 'if Mummy runs away Chacha will find her'. On Wednesday 8 November 2023, in the run-up to Bandi Chhor Divas, he drew an aeroplane in the sky with a woman left standing on the ground, and Mr Pritchard logged the drawing under 'GSA - Y5'. The school still did not know of the MARAC or of the honour-based abuse flag. It went on ringing the home number and sending letters to the father, and its newsletter went to the shop's email, atwalfoodandwine@example.co.uk.",
    "By Gurpurab, on 27 November 2023, Manpreet had agreed with the IDVA and with Southall Black Sisters that she would leave with both children on Tuesday 5 December 2023 for a refuge run by Refuge outside London. The IDVA emailed Ms Corrigan on Friday 1 December asking that the school be told to keep the children until they were collected; the email was not opened before the weekend. On the evening of Sunday 3 December 2023, after the family came back from the gurdwara, Harvinder found messages about the plan on the phone that Gurtej had been told to check each night. Gurtej told the police afterwards that he had 'only done my job'. Harvinder and Jaswinder took Manpreet's passport and the children's passports from a drawer and told her that she would be on a flight within the week. When Manpreet tried to leave the flat with Jasleen, Gurtej stood on the stairs to stop his uncle following her and was pushed; he fell the length of the stairs to the shop's back door. Manpreet called 999 from Mrs Hennessy's flat. The London Ambulance Service took Gurtej to Ealing Hospital, where Sister Joanne Ferrante recorded him as 'Gurtej Singh Atwal, DOB 17th February 2014, known as Teji, NHS no. 7123489055', with a fractured left forearm and a head injury. A CT scan showed a depressed skull fracture and he was transferred to St Mary's Hospital that night.",
    "A strategy discussion was held at 09:30 on Monday 4 December 2023, chaired by the MASH team manager with DS Martin Kellaway of the Met, and Section 47 enquiries began. The partnership notified the Child Safeguarding Practice Review Panel the following day. Manpreet and Jasleen were moved to a refuge together that afternoon, and the refuge helped Manpreet to claim Universal Credit using her NI number, QQ 48 27 19 B. Harvinder was arrested at 27 Pendlebury Gardens and Jaswinder (NI number QQ739204D) at the shop; both were released under investigation. A search of the flat found an e-ticket issued by Kesar Travels in Manpreet's name for a one-way flight to Amritsar on 12 December 2023, and the family car, LR68 XJD, and the shop's van, YE17 KPA, were seized. Harvinder's Instagram account, @bittu_atwal88, had posted a video of Gurtej at gatka practice on 26 November 2023 captioned 'our little lion, our izzat'. Rajwinder, known in the family as Raji, told officers that she had been afraid to speak to anyone. Gurtej was discharged from St Mary's Hospital on Friday 15 December 2023 to his mother's care at the refuge. The police investigation continues, and this review makes no finding about how Gurtej came to fall beyond what all agencies recorded at the time.",
]

ANALYSIS = [
    "Manpreet was seen alone by a professional three times in seventeen months: by Dr Varma on 16 January 2023, when her friend brought her; by DC Maddox on 20 June 2023; and by the consular team in Punjab in August 2023. Each time she disclosed abuse. At every other contact a member of her husband's family was present and usually interpreted: her mother-in-law at the GP in July 2022 and at the home visit in February 2023, Harvinder for the police in October 2022 and Jaswinder in March 2023. Working Together to Safeguard Children 2023 and the statutory guidance under the Domestic Abuse Act 2021 are clear that family members should not interpret, and that a victim of honour-based abuse may face several perpetrators at once. Practitioners told the review that Punjabi interpreters are easy to find in Southall; what none of them asked for was an interpreter who was not known to the family's own sangat. The shop's landline and address, the obvious ways to reach the Atwals, were the routes most certain to reach the people Manpreet feared, and the MARAC marker was never shared with the one agency that wrote to the family every week.",
    "The words that would have told practitioners what kind of abuse this was were in their own records. The GP's referral quoted Manpreet as saying that she had brought sharam on the family and damaged its izzat, and that she would be sent to the pind; the school recorded a nine-year-old saying that his mother was 'bad for our family's name'. None of these was recognised as a marker of honour-based abuse until June 2023. HMICFRS, in its inspection The depths of dishonour, and the review that followed the murder of Banaz Mahmod both found that honour-based abuse was treated as ordinary domestic abuse within a couple, and that the part played by the wider family was missed. Here the DASH risk checklist was first completed with two alleged perpetrators in the room, and the MARAC considered only the husband. The one chance rule in the statutory guidance on forced marriage, that a professional may have only one chance to speak to a victim, applies with equal force to the threat of transnational marriage abandonment, and Manpreet's one chance at the GP was followed within a day by a telephone call to the family shop.",
    "Gurtej was a victim in his own right, as the Domestic Abuse Act 2021 now makes explicit. He heard his mother called a disgrace, was given a phone and told to watch her, wet himself at school, and came to believe that it was his 'job' to report her. Every agency decision that closed or stepped down the case said that there was 'no direct harm to the children'. That phrase misread both the Children Act 1989, under which harm includes the impairment a child suffers from seeing or hearing the ill-treatment of another, and the facts: being made to police his own mother was itself harm. The Section 47 threshold was considered once, in June 2023, and then without the school, which held eleven entries on CPOMS that nobody at the strategy discussion had read. Gurtej's words were carefully written down by the school each time; they were simply never put together with what the police, the GP and the MARAC knew.",
    "The family's names were recorded in at least nine ways. Many Sikh families use Singh and Kaur as middle names with a family name such as Atwal as the surname, while others use Singh and Kaur as the surname itself, and this family's records did both. Manpreet was Manpreet KAUR at the GP, Mrs Atwal at school, Manpreet SAHOTA on the police system, 'Manprit Atwal' on a hospital letter and ਮਨਪ੍ਰੀਤ ਕੌਰ on Mrs Bassi's card; Gurtej was Gurtej ATWAL, Teji Atwal, 'Gurtaj' and 'G. Athwal'; Jaswinder was 'Jasvinder' on the MASH record and MKA stood, on the CPOMS chronology, for the mother. Her date of birth was 09/08/1989 at the practice and 9 August 1989 on the police system, and both agencies held the postcode UB2 5QX, yet the records were never matched. The Operation Encompass notification took a fortnight to reach Marlcroft, the GP did not connect the mother's DASH with the son's enuresis, and the MASH did not find the police call of October 2022 when it screened the GP's referral.",
    "Practitioners were anxious not to stereotype a Sikh Punjabi family, and several told the review that they had not wanted to 'make it about culture'. Honour-based abuse is not a teaching of the Sikh faith, which holds women and men to be equal before the Guru Granth Sahib, and the review heard from Southall Black Sisters and from members of the sangat that it is strongly opposed within the community. But respect for a family's faith and culture is not the same as leaving its language unexamined. The volunteer at the gurdwara did more to help Manpreet than most professionals did, and she had no training, no safeguarding lead to go to and no link with any agency; her well-meant conversation with the granthi reached the very family Manpreet needed protection from. The gurdwara was the centre of the family's life, where Gurtej learned gatka and Punjabi every Sunday and where the family did sewa, and it was invisible to every agency that worked with them.",
]

LEARNING = [
    "Victims of honour-based abuse must be seen alone and contacted only by the safe means they choose. Where a family member is present, interprets or answers the telephone, professionals should assume that anything said may reach the people the victim fears. A safe number or email, such as the one DC Maddox recorded, should be marked on every agency's system, and the family's home, shop or business numbers should not be used. The MARAC marker DO NOT CONTACT MOTHER VIA FAMILY MEMBERS was the right action; it failed because it was not shared with the school, the GP practice or the Early Help service.",
    "Practitioners should recognise the language of honour. Words such as izzat (honour) and sharam (shame), threats to send a woman back to the pind, the confiscation of passports and the booking of one-way flights are markers of honour-based abuse and of the risk of abandonment overseas, and should lead to a DASH completed alone, a referral that names the wider family, and early advice from the Forced Marriage Unit. Karma Nirvana and Southall Black Sisters both offered training to partners during this review, and the partnership has accepted.",
    "Children who live with honour-based abuse are victims too, and may be drawn into it. Gurtej was made to monitor his mother and report on her to his Dadi and Chacha, and the school recorded this in March 2023. A child who says that he has to watch a parent, or that a parent is bad for the family's name, should prompt a referral and a strategy discussion that includes the school. Stepping down a case because there is 'no direct harm to the children' should never be recorded where a child has described being used to control a parent.",
    "Agencies must record Sikh and Punjabi names consistently and search them in every form. Forenames such as Gurtej and Manpreet are often spelled in more than one way, Singh and Kaur may be recorded as middle names or as surnames, and a married woman may appear under her own family name, her husband's, or Kaur alone. The MASH, the police and the GP practice should search by date of birth, NHS number and postcode as well as by name, and should record the name a person uses, the name on their passport and any name used at home, such as Teji.",
    "Faith and community settings are part of the safeguarding system. Volunteers at gurdwaras, including those who run langar rotas and advice tables, are often the first people a woman turns to, and they need training, a named safeguarding lead and a way of seeking advice that does not pass through the family. The partnership's work with places of worship should include every gurdwara in the borough, and should be planned with Sikh women's organisations and the sangat themselves, so that respect for the faith goes together with protection for women and children within it.",
]

RECOMMENDATIONS = [
    ("The Ealing Safeguarding Children Partnership should publish practice guidance on honour-based abuse requiring that victims are seen alone, that family members, and in particular relatives such as Harvinder Atwal and Surjit Kaur Atwal, are never used as interpreters, and that the one chance rule is applied to the risk of transnational marriage abandonment",
     "Issue joint guidance with the Forced Marriage Unit, Karma Nirvana and Southall Black Sisters, and audit twenty domestic abuse cases for interpreter use and safe contact", "Partnership Business Manager", "30-06-2024"),
    ("The MASH and the Metropolitan Police should search every spelling and form of a name, including Singh and Kaur as surnames and a woman's family name before marriage, together with date of birth and postcode, so that records held as Manpreet Kaur, Manpreet Sahota and Manprit Atwal are linked",
     "Revise the MASH search protocol and train MASH staff and police researchers in Sikh and Punjabi naming conventions", "Detective Inspector, Ealing MASH", "31-05-2024"),
    ("The MARAC should invite the school's Designated Safeguarding Lead whenever a child lives in the household, and Operation Encompass notifications should be matched on date of birth and address, so that a school such as Marlcroft Primary School is never left to write to the father at the family shop",
     "Amend the MARAC operating protocol and the Operation Encompass matching procedure; report compliance quarterly", "MARAC Coordinator", "31-03-2024"),
    ("Ealing Children's Services and the partnership's faith engagement lead should offer safeguarding training and a named contact to every gurdwara in the borough, beginning with the Gurdwara Guru Angad Dev Sabha, and include faith settings in assessments with the family's knowledge",
     "Deliver a programme of training on domestic abuse and honour-based abuse for gurdwara volunteers and granthis, planned with Sikh women's groups", "Head of Safeguarding Partnerships", "30-09-2024"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="OFFICIAL-SENSITIVE | ESCP-CSPR-2024-02 | Gurtej Singh ATWAL ('Teji'), DOB 17/02/2014, Flat A, 64 Kelmscott Road, UB2 5QX | Draft v4",
    footer="Prepared by Niamh Corrigan, Ealing Children's Services | Mosaic MOS-1187342 | Safe contact for mother only: manpreet.atwal89@example.com",
    comment="OP: Bindy (Balvinder Grewal) says Bittu made Teji check Preeti's phone every night - confirm with DC Maddox before panel, and do NOT send this draft to Kelmscott Rd or Pendlebury Gardens.",
    footnote="The hospital letter of 04/12/2023 spells the mother 'Manprit Atwal' and gives Gurtej's NHS number as 7123489055; the police hold her as Manpreet SAHOTA, NI QQ 48 27 19 B, mobile 07700 900417.",
)
