"""Held-back publication case 49, written blind (without reading the anonymiser): chronic
neglect of three children whose parents both have learning disabilities. Every name of a
person, street, town, school, surgery, hub, housing association and borough is invented."""
# ruff: noqa: E501

from tests.builders.publish_heldout import HeldOut

REFERENCE = "BSCP-LCSPR-2024-02"

CASE_TOML = '''reference = "BSCP-LCSPR-2024-02"
review = "Local Child Safeguarding Practice Review"
subject = "Child L"
period = { from = "01-06-2021", to = "29-02-2024" }
board = "Brackenshaw Safeguarding Children Partnership"

[[agencies]]
name = "Greater Manchester Police"
aliases = ["GMP", "Police"]

[[agencies]]
name = "Brackenshaw Council Children's Social Care"
aliases = ["CSC", "Children's Social Care", "Children's Services"]

[[agencies]]
name = "Southmoor Community Health NHS Foundation Trust"
aliases = ["0-19 Service", "Health Visiting", "SCHFT"]

[[agencies]]
name = "Ravensclough Medical Practice"
aliases = ["Ravensclough Surgery", "GP"]

[[agencies]]
name = "St Aidan's CE Primary School"
aliases = ["St Aidan's", "School"]
published_as = "the primary school"

[[agencies]]
name = "Tanpits Family Hub"
aliases = ["Tanpits", "Family Hub"]
published_as = "the family hub"

[[agencies]]
name = "Brindlow Homes"
aliases = ["Brindlow", "Housing Association"]

[[people]]
name = "Zoë Grindrod"
aliases = ["Zoë", "Zoe", "ZG"]
role = "Child"
pseudonym = "Child L"
born = "11-01-2022"
address = "23 Scowcroft Street, Hollinfold, OL16 9ZW"

[[people]]
name = "Tayla-Mae Grindrod"
aliases = ["Tayla-Mae", "TMG"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "03-09-2014"
address = "23 Scowcroft Street, Hollinfold, OL16 9ZW"

[[people]]
name = "Brody Grindrod"
aliases = ["Brody"]
role = "Sibling"
pseudonym = "Sibling 2"
born = "21-11-2018"
address = "23 Scowcroft Street, Hollinfold, OL16 9ZW"

[[people]]
name = "Renée Tordoff"
aliases = ["Renée", "Renee", "Nay", "Ms Tordoff", "RT"]
role = "Mother"
pseudonym = "Mother"
born = "14-07-1993"
address = "23 Scowcroft Street, Hollinfold, OL16 9ZW"

[[people]]
name = "Lyle Grindrod"
aliases = ["Lyle", "Mr Grindrod", "LG"]
role = "Father"
pseudonym = "Father"
born = "02-04-1989"
address = "23 Scowcroft Street, Hollinfold, OL16 9ZW"

[[staff]]
name = "Joel Easter"
code = "SW1"
role = "Social Worker"
agency = "Brackenshaw Council Children's Social Care"

[[staff]]
name = "Ffion Gatenby"
code = "HV1"
role = "Health Visitor"
agency = "Southmoor Community Health NHS Foundation Trust"

[[staff]]
name = "Tamsin Oyelaran"
code = "SLT1"
role = "Speech and Language Therapist"
agency = "Southmoor Community Health NHS Foundation Trust"

[[staff]]
name = "Nadia Brereton"
code = "DC1"
role = "Detective Constable"
agency = "Greater Manchester Police"

[[staff]]
name = "Chantelle Hesketh"
code = "FSW1"
role = "Family Support Worker"
agency = "Tanpits Family Hub"
'''

IDENTIFIERS = {
    "key_name": [
        "Renée Tordoff", "Renee Tordoff", "Renée", "Renee", "Renée's", "Renay", "Ms Tordoff",
        "Tordoff", "Tordof", "Lyle Grindrod", "Lyle", "Lyle's", "Mr Grindrod", "Grindrod",
        "Grindrods", "Tordoff-Grindrod", "Tayla-Mae", "Tayla Mae", "Tayla-Mae's",
        "Tayla-Mae Grindrod", "Brody", "Brody's", "Brodie", "Zoë", "Zoe", "Zoë's",
        "Zoë Grindrod", "Zoe Grindrod",
    ],
    "nickname": ["Nay", "Zo-Zo"],
    "initials": ["R.T.", "LG", "TMG", "B.G.", "ZG"],
    "not_in_key": [
        "Gwendoline Tordoff", "Nan Gwen", "Gwen", "Bev Sutcliffe", "Mrs Sutcliffe",
        "Darren Kenworthy", "Dazza", "Dazza's", "Morwenna Stych", "Morwenna", "Dr Achterberg",
        "Mrs Sagar",
    ],
    "staff_name": [
        "Ffion Gatenby", "Ffion", "Joel Easter", "Joel", "Mr Easter", "Mr Easter's",
        "Tamsin Oyelaran", "Ms Oyelaran", "Nadia Brereton", "DC Nadia Brereton",
        "DC Brereton", "Chantelle Hesketh", "Chantelle",
    ],
    "address": ["23 Scowcroft Street", "21 Scowcroft Street", "Scowcroft Street",
                "Scowcroft St", "Tenterfield Court"],
    "town": ["Hollinfold"],
    "postcode": ["OL16 9ZW", "OL16", "9ZW", "OL16 3JT", "3JT"],
    "agency_place": [
        "St Aidan's CE Primary School", "St Aidan's", "Ravensclough Medical Practice",
        "Ravensclough", "Tanpits Family Hub", "Tanpits", "St Oswin's",
        "Hollinfold People First",
    ],
    "number": ["07700 900417", "01632 960233", "999 047 1283", "CRI/11HH/0418/23"],
    "date_of_birth": ["14-07-1993", "02-04-1989", "03/09/2014", "21/11/2018", "11/01/2022",
                      "11th January 2022"],
    "email": ["naynay.tordoff@example.org"],
    "social_media": ["@naynay_93"],
}

ORDINARY = [
    "Greater Manchester Police", "Detective Sergeant", "Makaton", "easy-read", "Widgit",
    "Graded Care Profile 2", "PAMS", "Care Act 2014", "Children Act 1989",
    "Mental Capacity Act 2005", "Equality Act 2010", "Working Together to Safeguard Children",
    "Victoria Climbié", "Arthur Labinjo-Hughes", "Star Hobson",
    "Child Safeguarding Practice Review Panel", "NSPCC", "MMR", "6-in-1", "Red Book",
    "Healthy Child Programme", "Royal Manchester Children's Hospital", "Trussell Trust",
    "Universal Credit", "Start for Life", "Easter holidays", "Boxing Day",
    "October half-term", "Jack Russell", "Staffordshire Bull Terrier", "Williams syndrome",
    "WhatsApp", "WellComm", "Year 4", "Reception class", "WAS NOT BROUGHT",
    "UK Health Security Agency", "Norah Fry", "Northern Ireland",
]

INVOLVEMENT = [
    "Renée Tordoff (Mother, born 14-07-1993) and Lyle Grindrod (Father, born 02-04-1989) have lived together since 2019 at 23 Scowcroft Street, Hollinfold, OL16 9ZW, a two-bedroom Brindlow Homes terrace, after Ms Tordoff left her mother's flat at Tenterfield Court, OL16 3JT. Both parents have learning disabilities. Ms Tordoff, known to everyone as Nay, went to a special school and reads at about the level of a child in Year 4; Mr Grindrod has Williams syndrome, cannot read letters and relies on his partner to manage money and appointments. They have three children: Tayla-Mae (born 03/09/2014), Brody (born 21/11/2018) and Zoë, the subject of this review, referred to as Child L, born at term on 11/01/2022. Tayla-Mae moved into Year 4 at St Aidan's CE Primary School in September 2023 and Brody started in the Reception class there at the same time. The maternal grandmother, Gwendoline Tordoff, known to the children as Nan Gwen, still lives at Tenterfield Court and was the family's main support; Lyle's own mother moved to Northern Ireland in 2017 and has had little contact since.",
    "The health visitor, Ffion Gatenby (HV1), completed the new birth visit on 24/01/2022. She recorded that the house was cold, that the family's two dogs, a Staffordshire Bull Terrier and a Jack Russell, were fouling the back bedroom, and that Renée was making up feeds by eye. Ffion completed the Graded Care Profile 2 in March 2022 and scored physical care at level 4; she shared the result with the GP but did not refer to children's social care because the parents were 'warm and engaged'. The Red Book was lost twice. Zoë's 6-in-1 immunisations at eight, twelve and sixteen weeks were never given. Ravensclough Medical Practice sent three standard invitation letters to Scowcroft Street, addressed to 'Renay Tordof', and two text messages to 07700 900417, a number Ms Tordoff had stopped using after Darren Kenworthy broke her phone. The practice nurse coded each missed appointment as DNA rather than WAS NOT BROUGHT, and Dr Achterberg, who saw ZG for a chest infection in November 2022, did not notice that she was unimmunised. Zoë's NHS number, 999 047 1283, was correct on every letter; none of the letters was in easy-read form and neither parent could read them.",
    "On Boxing Day 2022 Greater Manchester Police were called by a neighbour, Bev Sutcliffe of 21 Scowcroft Street, who said the children had been crying for hours and the dogs had been shut in the yard since Christmas Eve. Officers found Tayla Mae, then eight, minding Brodie and Zoe while Mr Grindrod slept; there was no food in the house and the boiler had failed. They also found Darren Kenworthy, known locally as Dazza, who had been staying at the house for several weeks and was believed to be dealing cannabis from the back bedroom. DC Nadia Brereton (DC1) recognised the signs of cuckooing, recorded it under crime reference CRI/11HH/0418/23 and submitted a public protection notification naming the adults as R.T. and LG. A Detective Sergeant reviewed it the next day and graded it amber. No one asked whether Lyle understood that he could tell Dazza to leave, or whether Renee Tordoff knew she could ask the housing association to help exclude him. Mrs Sutcliffe called again on 14/01/2023, and that call was not linked to the first.",
    "Children's social care held a strategy discussion on 16/01/2023 under section 47 of the Children Act 1989, and the three Grindrod children were made subject to child protection plans under the category of neglect on 07/02/2023. The allocated social worker, Joel Easter (SW1), completed a parenting assessment using PAMS between March and June 2023, adapted with easy-read material, Widgit symbols, shorter sessions and the Makaton signs Ms Tordoff had learned at school. Mr Easter arranged an independent advocate, Morwenna Stych of Hollinfold People First, to support both parents under the Care Act 2014, and Morwenna sat in on every session and every conference. The assessment concluded that with daily practical help the parents could meet the children's basic needs, but that help was not in place when the assessment ended. Joel left the team at the end of July 2023 and the case was held by a team manager for seven weeks; the parents' messages to Mr Easter's work WhatsApp went unanswered in that time. The legal planning meeting in September 2023 considered the Public Law Outline but decided to continue under the child protection plan.",
    "Tanpits Family Hub offered the family its Start for Life programme from the spring of 2022. The family support worker, Chantelle Hesketh (FSW1), ran the 'Little Talkers' group Brody attended, went shopping with Renée, and issued eleven vouchers for the food bank at St Oswin's church, a Trussell Trust partner, after a Universal Credit sanction in August 2022 left the family with £48 a fortnight. During the Easter holidays of 2023 Chantelle booked Tayla-Mae onto the holiday activities and food programme, but nobody took her. Brindlow Homes records show the broken boiler and the black mould in the children's bedroom reported eleven times between October 2021 and November 2023; a repairs operative called during the October half-term of 2023, found no one in and closed the job as 'no access'. The housing association's tenancy sustainment officer did not know that both tenants had learning disabilities, although Ms Tordoff had told the call centre so in July 2022.",
    "Brody was referred to speech and language therapy after a WellComm screen at the hub placed him in the red section at three years and four months. The therapist, Tamsin Oyelaran (SLT1), saw him four times at Tanpits and once at home. Ms Oyelaran used Makaton with Brody, modelled it for his mother, and wrote her own easy-read summary of his targets with photographs; her notes refer to him as B.G. She noted that Brody's lunchbox was empty and that he ate four biscuits in one session and asked to take more home; she shared this with Chantelle but not with the health visitor or the school. At St Aidan's, Tayla-Mae's attendance was 81% in 2022-23; she often arrived without a coat, was seen taking food from other children's lunchboxes and told her teacher that she 'does the bottles for Zo-Zo'. Mrs Sagar, the designated safeguarding lead, logged these concerns under TMG and raised them at core group meetings, but the school was never told about the cuckooing.",
    "In January 2024 the UK Health Security Agency reported an outbreak of measles across Greater Manchester, and the surgery sent one more letter about the MMR to 23 Scowcroft Street. On 06/02/2024 Zoë was admitted to the Royal Manchester Children's Hospital with measles and pneumonia. She weighed 8.1 kg, below the 0.4th centile, had severe nappy dermatitis and had received none of her routine immunisations. Nan Gwen told ward staff, by phone from 01632 960233, that she had been 'telling them for months'. Renée had posted about Zoë's rash on her Facebook account @naynay_93 four days before the admission, and a friend replied advising Calpol and a cool bath. A further strategy discussion was held on 08/02/2024 and the local authority applied for an interim care order for Zoë Grindrod and her brother and sister.",
]

ANALYSIS = [
    "Practitioners saw how much Renée and Lyle loved their children and were reluctant to call what the children were living with neglect. The Graded Care Profile 2 completed in March 2022 should have led to a referral; instead the chronic, low-level harm to Tayla-Mae, Brody and Zoë drifted for nine months until Greater Manchester Police found the children without food on Boxing Day. This is the pattern the Child Safeguarding Practice Review Panel described in its national review after the murders of Arthur Labinjo-Hughes and Star Hobson: each agency held part of the picture and no one put it together.",
    "Both parents were entitled to reasonable adjustments under the Equality Act 2010, and the good practice guidance on working with parents with a learning disability, updated in 2021 by the Working Together with Parents Network at the Norah Fry Centre for Disability Studies, University of Bristol, expects long-term practical support rather than a time-limited assessment. In Renée's own words, 'they kept testing us and then they left'. The PAMS assessment by Mr Easter was well adapted, with easy-read material, Makaton and an advocate from Hollinfold People First, but it tested whether Ms Tordoff and Mr Grindrod could learn rather than what help would have to stay in place for the Tordoff-Grindrod household to keep the children safe. No one considered the parents' capacity under the Mental Capacity Act 2005 to understand the child protection plan; it was assumed, and it was also assumed that agreeing meant understanding.",
    "Health services treated the missed immunisations as a parental choice. The letters from Ravensclough, the Healthy Child Programme reviews and the DNA codes all put the responsibility on parents who could not read; recording that Zoë WAS NOT BROUGHT would have kept the child, not the appointment, in view. The Red Book, in which Ffion could have recorded each missed 6-in-1 dose in pictures, was never replaced after it was lost the second time. Zoë's admission with measles was the first time her immunisation status was treated as a safeguarding matter.",
    "The police recognised the cuckooing of two adults with learning disabilities quickly; what was missing was any link between DC Brereton's notification, the housing association's tenancy team and the child protection plan. Dazza's presence at Scowcroft St was known to the police and to Bev Sutcliffe but not to the school or to Ms Oyelaran. The optimism about the parents' engagement repeats what the inquiry into the death of Victoria Climbié found: professionals accepted what they were told and did not look at the child in front of them.",
]

LEARNING = [
    "Renée Tordoff and Lyle Grindrod did not fail to engage: they were sent letters they could not read, given appointments at Ravensclough Medical Practice and at Tanpits Family Hub on the same morning, and handed a child protection plan written in professional language. The plan for the Grindrods' children was put into easy-read with Widgit symbols only after Morwenna from Hollinfold People First asked for it. A parent such as Nay should be given one key worker, appointments by phone or WhatsApp, Makaton where it helps and information in easy-read form from the first contact, as the Care Act 2014 and the Equality Act 2010 require, and the PAMS assessment should end with a support plan, not a report.",
    "Missed health appointments for Zoë (Child L, born 11th January 2022) were seen one at a time. The surgery wrote to 23 Scowcroft Street, Hollinfold; Ffion Gatenby knew the 6-in-1 and the MMR had not been given; the family hub knew the Red Book was lost; no one put these together until Zoe Grindrod was admitted to the Royal Manchester Children's Hospital with measles during an outbreak the UK Health Security Agency had warned of. A young child who WAS NOT BROUGHT to immunisations should be treated as a possible sign of neglect, the Graded Care Profile 2 used to look at the whole of her care, and the lead professional told, as the Healthy Child Programme and Working Together to Safeguard Children expect. The NSPCC's learning from neglect reviews says the same.",
    "The repairs record of Brindlow Homes, the eleven food bank vouchers from St Oswin's and the Universal Credit sanction were evidence that part of the neglect had causes outside the parents' control. Mr Grindrod told the review through his advocate that 'nobody fixed the boiler, so the kids were cold, and then they said we didn't keep them warm'. Poverty and housing conditions should be recorded in the child protection plan and acted on by the agency that owns them, in the same way as the Trussell Trust referral and the Start for Life offer were.",
    "Tayla-Mae Grindrod was a young carer at the age of eight. Her teacher at St Aidan's heard what she said about bottles for Zo-Zo and wrote it down, which was good practice, but it was not shared beyond the core group. The children's own voices, including Brody's, expressed through Makaton with Tamsin Oyelaran, should be recorded and brought to every review conference. Ms Tordoff asked in 2023 for letters to be emailed to naynay.tordoff@example.org; the request was recorded by Joel Easter but never acted on.",
]

RECOMMENDATIONS = [
    ("Every agency working with parents with a learning disability, as Renée Tordoff and Lyle Grindrod in Hollinfold were, offers easy-read letters, Makaton or Widgit support and an advocate from the first contact, as the Care Act 2014 and the Equality Act 2010 require",
     "Adopt a partnership standard for reasonable adjustments; train front-line staff in easy-read and Makaton; audit ten cases of parents with a learning disability",
     "Head of Service, Children's Social Care", "31-10-2024"),
    ("When a child such as Zoë Grindrod (NHS number 999 047 1283) misses two immunisations, the GP practice records that she WAS NOT BROUGHT, tells the health visitor and checks the Red Book, so that the 6-in-1 and MMR are not missed again",
     "Change the practice recall protocol; add a Was Not Brought code; share missed immunisations each month with the 0-19 service",
     "Designated Nurse for Safeguarding Children", "31-12-2024"),
    ("Reports by Greater Manchester Police of cuckooing at a home where children live, such as 23 Scowcroft Street, OL16 9ZW, reach the housing association, the school and the lead professional within one working day, in line with Working Together to Safeguard Children",
     "Amend the public protection notification process; include the housing association in MASH information sharing; test by a dip sample of twenty notifications",
     "Detective Chief Inspector, Public Protection", "28-02-2025"),
]

CASE = HeldOut(
    REFERENCE, CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS,
    header="RESTRICTED: agency report on the Tordoff-Grindrod children, 23 Scowcroft Street, Hollinfold",
    footer="Draft 2; author's queries to Ffion Gatenby (HV1); mother's mobile 07700 900417",
    comment="Check with Mrs Sagar at St Aidan's whether Tayla-Mae is still on the young carers' list; Nan Gwen says she is.",
    footnote="Bev Sutcliffe gave this account to DC Brereton on 14/01/2023; Dazza had left by then.",
)
