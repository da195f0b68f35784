# ruff: noqa: E501
"""A blind, fictional held-back case: a football academy boy billeted away from home and an unregistered agent."""

from tests.builders.publish_heldout import HeldOut

reference = "SSCP-CSPR-2024-03"

case_toml = '''reference = "SSCP-CSPR-2024-03"
review = "Child Safeguarding Practice Review"
subject = "Child R"
period = { from = "01-07-2023", to = "31-03-2024" }
board = "Salford Safeguarding Children Partnership"

[[agencies]]
name = "Ashworth Town Football Club Academy"
aliases = ["ATFC Academy", "Ashworth Town FC", "ATFC", "the Academy"]
published_as = "the football club academy"

[[agencies]]
name = "Mere Brook High School"
aliases = ["Mere Brook", "MBHS"]

[[agencies]]
name = "Little Puddles Day Nursery"
aliases = ["Little Puddles"]

[[agencies]]
name = "Salford City Council Children's Services"
aliases = ["Salford CSC", "Salford MASH"]

[[agencies]]
name = "Knowsley Council Children's Services"
aliases = ["Knowsley CSC"]

[[agencies]]
name = "Greater Manchester Police"
aliases = ["GMP"]

[[people]]
name = "Reece Attwater"
aliases = ["Reece", "Attwater", "Reecey", "Atty", "RA", "R.A."]
role = "Child"
pseudonym = "Child R"
born = "09-06-2009"
address = "27 Thornlea Drive, Walkden, M28 7TW"

[[people]]
name = "Donna Attwater"
aliases = ["Donna", "Mrs Attwater", "Ms Attwater", "DA", "D.A."]
role = "Mother"
pseudonym = "Parent 1"
born = "14-04-1988"
address = "9 Cherryfield Walk, Huyton, L36 4QJ"

[[people]]
name = "Lee Mahon"
aliases = ["Lee", "Mr Mahon", "LM"]
role = "Father"
pseudonym = "Parent 2"
address = "Bootle"

[[people]]
name = "Kaydee-Mae Attwater"
aliases = ["Kaydee-Mae", "Kaydee", "KMA", "K-M.A."]
role = "Sibling"
pseudonym = "Child S"
born = "22-01-2020"
address = "9 Cherryfield Walk, Huyton, L36 4QJ"

[[people]]
name = "Alan Pendlebury"
aliases = ["Alan", "Mr Pendlebury", "AP"]
role = "Host carer"
pseudonym = "Host Carer 1"
address = "27 Thornlea Drive, Walkden, M28 7TW"

[[people]]
name = "Sheila Pendlebury"
aliases = ["Sheila", "Mrs Pendlebury", "SP"]
role = "Host carer"
pseudonym = "Host Carer 2"
address = "27 Thornlea Drive, Walkden, M28 7TW"

[[people]]
name = "Dean Fairclough"
aliases = ["Dean", "Deano", "Mr Fairclough", "DF", "D.F."]
role = "Unregistered intermediary"
pseudonym = "Adult A"

[[staff]]
name = "Steve Kavanagh"
code = "ACA1"
role = "Under 15 Lead Coach"
agency = "Ashworth Town Football Club Academy"

[[staff]]
name = "Rachel Umeh"
code = "ACA2"
role = "Head of Player Care"
agency = "Ashworth Town Football Club Academy"

[[staff]]
name = "Liam Hesketh"
code = "ACA3"
role = "Academy Physiotherapist"
agency = "Ashworth Town Football Club Academy"

[[staff]]
name = "Paul Brindle"
code = "SCH1"
role = "Head of Year 10"
agency = "Mere Brook High School"

[[staff]]
name = "Hannah Crewe"
code = "SCH2"
role = "Designated Safeguarding Lead"
agency = "Mere Brook High School"

[[staff]]
name = "Joanne Tiplady"
code = "NUR1"
role = "Nursery Manager"
agency = "Little Puddles Day Nursery"

[[staff]]
name = "Priya Sandhu"
code = "SW1"
role = "Social Worker"
agency = "Salford City Council Children's Services"

[[staff]]
name = "Sinead Corrigan"
code = "SW2"
role = "Social Worker"
agency = "Knowsley Council Children's Services"

[[staff]]
name = "Ian Bostock"
code = "POL1"
role = "Detective Constable"
agency = "Greater Manchester Police"
'''

identifiers = {
    "child": ["Reece Attwater", "Reece", "Reece's", "Attwater", "Reecey", "Atty", "Attwater R"],
    "family": ["Donna Attwater", "Donna", "Donna's", "Mrs Attwater", "Ms Attwater",
               "Lee Mahon", "Lee", "Mr Mahon", "Mahon", "Kaydee-Mae Attwater", "Kaydee-Mae",
               "Kaydee-Mae's", "Kaydee", "Patricia Gill", "Nanna Pat", "Tony Mahon", "Uncle Tony"],
    "host family": ["Alan Pendlebury", "Sheila Pendlebury", "Pendlebury", "Pendleburys",
                    "Pendleburys'", "Mr Pendlebury", "Mrs Pendlebury", "Alan", "Sheila",
                    "Sheila's", "Jordan Pendlebury", "Jordan"],
    "agent": ["Dean Fairclough", "Fairclough", "Mr Fairclough", "Dean", "Deano",
              "Marcus Lyle", "Marcus"],
    "teammates": ["Kobi Wainwright", "Kobi", "Kobi's", "Wainy", "Tayo Adeyemi", "Tayo", "Taz",
                  "Harvey Lund", "Harvey", "Lundy"],
    "initials": ["RA", "R.A.", "DA", "D.A.", "KMA", "K-M.A.", "LM", "AP", "SP", "DF", "D.F.",
                 "SK", "RU", "JT", "PB", "HC"],
    "staff": ["Steve Kavanagh", "Steve", "Steve's", "Mr Kavanagh", "Kavanagh", "Kav",
              "Rachel Umeh", "Rachel", "Umeh", "Ms Umeh", "Liam Hesketh", "Liam", "Hesketh",
              "Paul Brindle", "Mr Brindle", "Brindle", "Hannah Crewe", "Mrs Crewe", "Crewe",
              "Joanne Tiplady", "Jo Tiplady", "Mrs Tiplady", "Tiplady", "Priya Sandhu",
              "Ms Sandhu", "Sandhu", "Sinead Corrigan", "Mrs Corrigan", "Corrigan",
              "DC Ian Bostock", "Ian Bostock", "DC Bostock", "Bostock"],
    "streets and estates": ["27 Thornlea Drive", "Thornlea Drive", "9 Cherryfield Walk",
                            "Cherryfield Walk", "Brookhey estate", "Brookhey",
                            "Lavender Parade"],
    "towns": ["Walkden", "Huyton", "Bootle"],
    "postcodes": ["M28 7TW", "M28", "7TW", "L36 4QJ", "L36", "4QJ"],
    "numbers": ["07700 900417", "07700900417", "01632 960285", "07700 900863",
                "999 421 7730", "9994217730", "JK 48 21 93 C", "FAN 64019237", "FD19 XKR"],
    "online": ["@DF_ElitePathway", "@elitepathway_mgmt", "deano.scouts", "@reece_atty9",
               "donna.attwater@example.org", "d.fairclough@example.org"],
    "dates of birth": ["09-06-2009", "09/06/2009", "9th June 2009", "9 June 2009", "09.06.09",
                       "22-01-2020", "22/01/2020", "22nd January 2020", "14-04-1988",
                       "14/04/1988"],
    "club, school, nursery and kit": [
        "Ashworth Town Football Club", "Ashworth Town FC", "Ashworth Town", "Ashworth Town's",
        "Ashworth", "ATFC", "Spinners", "Cheetham Fold", "Loomline", "ATTWATER 9",
        "Mere Brook High School", "Mere Brook", "MBHS", "Little Puddles Day Nursery",
        "Little Puddles", "Roby Dene Juniors", "Roby Dene",
        "Elite Pathway Sports Management", "Elite Pathway", "Parkgate Lodge Hotel"],
}

ordinary = [
    "Sheldon Review", "Independent Inquiry into Child Sexual Abuse", "Victoria Climbié Inquiry",
    "Arthur Labinjo-Hughes", "Children Act 1989", "Working Together to Safeguard Children 2023",
    "Children (Private Arrangements for Fostering) Regulations 2005",
    "Keeping Children Safe in Education", "Elite Player Performance Plan", "Premier League",
    "Football Association", "FIFA Football Agent Regulations", "NSPCC", "Childline", "CEOP",
    "Ofsted", "Royal Manchester Children's Hospital", "Osgood-Schlatter disease", "ibuprofen",
    "melatonin", "asthma", "Bonfire Night", "Christmas", "Boxing Day", "Instagram",
    "Snapchat", "WhatsApp", "PlayStation", "Nike", "Facebook", "Audi", "May", "frank",
    "Early Help", "private fostering", "Section 47", "strategy discussion",
    "Designated Safeguarding Lead", "Local Authority Designated Officer", "Player Care",
    "host family", "NO FURTHER ACTION", "sexual exploitation", "grooming",
]

involvement = [
    "Reece Attwater (Child R, born 09-06-2009) joined the Ashworth Town Football Club Academy at Under 12 from Roby Dene Juniors, the grassroots club in Huyton where he had played since he was seven. He was registered as an Academy player under the Elite Player Performance Plan and, until the summer of 2023, travelled to Cheetham Fold for training three evenings a week with his mother, Donna Attwater, or his grandmother, Patricia Gill (known to the family and to staff as 'Nanna Pat').",
    "On 03-07-2023 the Head of Player Care, Rachel Umeh, met Ms Attwater and Reece at the family home, 9 Cherryfield Walk, Huyton, L36 4QJ, to discuss a move into a host family for the 2023/24 season so that Reece could attend the Academy's partner school, Mere Brook High School, on the full-time programme. Mrs Attwater told Ms Umeh that she could not manage the daily drive 'with the little one at Little Puddles and no car half the time'. The record reads: 'Mum fully supportive, Dad (Lee Mahon, Bootle) has PR but not involved day to day, LM to be sent host family pack by RU.' There is no evidence that the pack was ever sent to Mr Mahon.",
    "Reece moved to the home of Alan and Sheila Pendlebury at 27 Thornlea Drive, Walkden, M28 7TW on 28-08-2023. The Pendleburys have hosted Academy players since 2017 and were approved by the club's own host family panel in May 2022; their son Jordan Pendlebury (17) also lives at the address. The arrangement was to last for the school year, with Reece going home to Cherryfield Walk every other weekend. It is now clear that this was a private fostering arrangement within the meaning of the Children Act 1989 and the Children (Private Arrangements for Fostering) Regulations 2005, and that neither ATFC nor the Pendleburys notified the local authority. The author found the words 'NOT PRIVATE FOSTERING - club accomodation, AP/SP signed' written in capitals on the host family checklist, with no name or date.",
    "Reece started Year 10 at Mere Brook on 05-09-2023. His Head of Year, Paul Brindle, recorded that he was 'polite, a bit homesick, misses his baby sister'. The school holds his date of birth as 9th June 2009 and, until January 2024, held only the Walkden address (postcode M28 7TW, entered on the form as 'M28' with the rest left blank); the Huyton address and Ms Attwater's mobile (07700 900417) were added later. MBHS had no copy of the host family agreement and Mr Brindle told the author that he 'assumed the club had all that side of it covered'. His entries are initialled PB.",
    "Kaydee-Mae Attwater (born 22-01-2020) attended Little Puddles Day Nursery, on the edge of the Brookhey estate, three days a week. On 12-09-2023 the nursery manager, Joanne Tiplady, recorded a conversation at collection: 'DA tearful, says our Reece has gone to Manchester to be a footballer and the house is too quiet, Kaydee keeps asking for him.' Mrs Tiplady (JT) offered Early Help information, which Donna declined. The nursery's registration form gives Kaydee-Mae's date of birth as 22/01/2020, the mother's date of birth as 14/04/1988 and the mother's number written as 07700900417, and notes 'K-M.A. may be collected by Nanna Pat or brother when home'.",
    "From September 2023 Reece trained with the Under 15s under the lead coach, Steve Kavanagh. Mr Kavanagh's session notes (initialled SK) describe Reece as 'technically the best in the group, goes into his shell off the pitch'. In the squad he was known as 'Atty' and, at the host family, as 'Reecey'. The notes also record low-level banter between Reece and three teammates, Kobi Wainwright ('Wainy'), Tayo Adeyemi ('Taz') and Harvey Lund ('Lundy'), which Kav described to the author as 'normal changing room stuff'. The boys trained in the Academy's Loomline kit, with the club's nickname, the Spinners, printed across the back of the training tops.",
    "The first contact from the unregistered agent is dated 19-10-2023. Reece's phone download (obtained by Greater Manchester Police in March 2024) shows an Instagram message from the account @DF_ElitePathway: 'Big fan of ur game lad, Ive placed lads at Premier League clubs, dont tell ur coaches yet theyll only hold u back.' The account belonged to Dean Fairclough, who described himself as the director of Elite Pathway Sports Management. Mr Fairclough was not registered under the FIFA Football Agent Regulations and held no authorisation from the Football Association. He used a second account, @elitepathway_mgmt, and later a Snapchat account, deano.scouts. The profile he kept on Reece in his notes app reads 'R.A. - DOB 09.06.09 - Ashworth Town U15 - left foot - mum keen'.",
    "Reece went home for the weekend of Bonfire Night (04-11-2023 to 05-11-2023). On Monday 06-11-2023 Donna Attwater told Little Puddles staff that 'a proper agent, Deano, has been in touch with Reece and reckons he can get him a trial at a bigger club'. The entry, written by a room leader, reads 'mum v. excited re Reece's football - agent involved ?? no concerns for KMA'. It was not shared with anyone outside the nursery.",
    "On 14-11-2023 the Designated Safeguarding Lead at Mere Brook High School, Hannah Crewe, logged that Reece had new Nike boots, an iPhone and a designer coat, and that when asked he said 'my agent sorted it, hes not from round here'. Mrs Crewe (HC) spoke to the Academy's education officer by phone; the call note says 'club aware, RA has agent contact via parent, parent happy'. No one checked with Ms Attwater or with the Academy Safeguarding Officer.",
    "On 22-11-2023 the Academy physiotherapist, Liam Hesketh, saw Reece for knee pain and diagnosed Osgood-Schlatter disease. He advised rest and ibuprofen. Liam recorded that Reece said 'Deano says Im wasted at Ashworth and the Spinners dont rate me' and that he 'seemed to want me to agree'. Hesketh did not recognise the name and did not pass it on.",
    "On 08-12-2023 Sheila Pendlebury rang Player Care to say that Reece had been collected from outside the shops on Lavender Parade by a man in a grey Audi, registration FD19 XKR, and brought back after 22:00. She described the man as 'forties, tracksuit, very friendly, said he was Reece's agent and had cleared it with his mum'. Rachel rang Mrs Attwater, who said that she knew Mr Fairclough 'from Facebook' and had spoken to him on the phone. The Player Care log reads: 'Mum consents to contact. NO FURTHER ACTION - parent aware. Reminded host carers re curfew.' No referral was made. Sheila's call was the first time anyone at Ashworth Town had heard the name Dean Fairclough.",
    "Reece spent Christmas and Boxing Day with his mother, Kaydee-Mae and Nanna Pat in Huyton. Mr Mahon collected him on 27-12-2023 for a day in Bootle with his uncle, Tony Mahon ('Uncle Tony'). On his return to Walkden on 02-01-2024 Alan Pendlebury noted that Reece had a PlayStation 5 and £200 in cash, which Reece said were from 'Dean, for Christmas'. Mr Pendlebury told the author that he 'thought it was a bit much' but assumed the family knew. Jordan later told police that the agent had messaged him too, asking whether 'Atty's host parents are strict'.",
    "On 09-01-2024 Ms Attwater emailed the Academy from donna.attwater@example.org to ask when 'the agent whos getting Reece a trial at a Premier League club' could come and watch him train. The Head of Academy Recruitment replied the same day that ATFC 'does not deal with intermediaries for players of this age', but did not ask who the agent was or tell Player Care; the reply was signed 'Recruitment Dept, Ashworth Town FC'. The email gives Reece's date of birth as '09/06/2009' and his FA registration number (FAN 64019237).",
    "On 23-01-2024 Kobi told Steve Kavanagh after training that 'Atty is sending pics to his agent on Snap and the agents mate Marcus is in on it'. Steve told Rachel Umeh the same evening and on 25-01-2024 the Academy made its first referral, to the Salford MASH. The referral gives Reece's address as Thornlea Drive and his mother's as Cherryfield Walk, L36. The social worker, Priya Sandhu, held a strategy discussion by telephone with Greater Manchester Police and the Academy on 26-01-2024. The police view was that there was no evidence of an offence without the images, and a Section 47 enquiry was not started. Ms Sandhu passed the referral to Knowsley as the 'home authority'.",
    "Sinead Corrigan, a Knowsley social worker, visited Donna and Kaydee-Mae at home on the Brookhey on 31-01-2024. The Knowsley record gives Reece's date of birth as 9 June 2009, Kaydee-Mae's as 22nd January 2020 and the mother's as 14-04-1988, and holds her National Insurance number, JK 48 21 93 C, from an earlier benefits check. Mrs Corrigan recorded: 'mum adamant the agent is legit, D.A. says Reece lives in Salford anyway, father LM not contacted.' The contact was closed as NFA. Nobody spoke to Reece.",
    "Through February 2024 Reece's attendance at Mere Brook fell to 81%. Mr Brindle recorded that he was 'tired, on his phone all through form'. The GP practice where Reece was registered as a temporary resident prescribed melatonin for sleep on 15-02-2024 and reviewed his asthma. Reece told the GP that he was 'stressed about getting released'. No safeguarding concern was recorded.",
    "On 02-03-2024 Mr Fairclough emailed the host family from d.fairclough@example.org, and rang their landline (01632 960285) from 07700 900863, asking to take Reece 'to a trial in Cheshire on Sunday 17th'. Mrs Pendlebury refused and rang the Academy. The message was left on the Player Care duty phone but was not listened to until 18-03-2024.",
    "On 16-03-2024, after an Under 15 fixture at Cheetham Fold, Reece did not return to 27 Thornlea Drive. Alan reported him missing at 21:40. He was found by Greater Manchester Police at 03:15 on 17-03-2024 at the Parkgate Lodge Hotel with Dean Fairclough, who was arrested; a second man, Marcus Lyle, was later interviewed. DC Ian Bostock took an initial account in which Reece said 'Deano said this is what happens if you want to make it.' His phone was seized and a referral was made to CEOP. His Snapchat (@reece_atty9) and Instagram accounts were preserved.",
    "On 19-03-2024 Reece took an overdose of ibuprofen at the Pendleburys' house and was admitted to the Royal Manchester Children's Hospital (NHS number 999 421 7730; the discharge letter gives it as 9994217730). A multi-agency strategy discussion on 21-03-2024 agreed a Section 47 enquiry, and Reece returned to live with his mother at 9 Cherryfield Walk. Little Puddles shared its notes on 22-03-2024 at the request of DC Bostock; the nursery's entry of 06-11-2023 was the first written record of the name 'Deano' held by any agency.",
]

analysis = [
    "The central finding of this report is that Ashworth Town treated the host family placement as club accommodation rather than as private fostering. Reece was 14, living for more than 28 days with adults who were not relatives, and his parents remained in Huyton and Bootle. Under the Children Act 1989 the Academy, Mere Brook High School and the Pendleburys each had reason to notify the local authority. Had they done so, a social worker would have visited Thornlea Drive, seen Reece alone and asked about his contacts. Ofsted's reports on private fostering, and the Sheldon Review's account of how boys in football were isolated from their families, both describe this gap.",
    "The agent's approach followed the pattern of grooming that the Sheldon Review and the Independent Inquiry into Child Sexual Abuse describe: flattery of the boy's ability ('ur wasted at ashworth'), the promise of a Premier League trial, gifts (the Nike boots, the PlayStation, cash), secrecy from coaches, and the recruitment of the parent as an ally. Mr Fairclough's contact with Donna gave each professional who heard of him the reassurance they wanted: 'parent aware'. No one asked whether Elite Pathway or D.F. was registered, which a check of the Football Association's public list would have answered in minutes. DF was in fact known to another club's academy, which had banned him from its training ground in 2022.",
    "Information about 'Deano' was held in five places before 16-03-2024: the Little Puddles log (06-11-2023), Mrs Crewe's record at MBHS (14-11-2023), Liam Hesketh's physio notes (22-11-2023), the Player Care log of Sheila's call (08-12-2023) and Steve's report of Kobi's disclosure (23-01-2024). No agency put these together. The nursery's entry shows how a setting for a younger sibling, 40 miles from where the child lived, held a piece of the picture; Kaydee-Mae's nursery had no reason to think it mattered because nobody had told it that Reece lived away from home.",
    "The strategy discussion of 26-01-2024 was framed by whether an offence could be proven rather than whether R.A. was at risk of sexual exploitation. Working Together to Safeguard Children 2023 is clear that a strategy discussion should consider the child's welfare and not only the evidential threshold. The transfer to Knowsley on the basis that Reece was 'a Knowsley child' left the authority where he actually lived, and where the agent was meeting him, with no open involvement. The lessons of the Victoria Climbié Inquiry about children who move between authorities, and of the national review following the death of Arthur Labinjo-Hughes about sharing information when a child moves between households, apply here.",
    "Reece's own voice is largely absent from the records. When he was seen he was asked about football, his knee and his schoolwork. The only records of his words about Dean are the physio's and the police account. Reecey, as the Pendleburys called him, was described by Alan Pendlebury as 'a lovely lad who'd never say boo'. A child who is homesick, a long way from his mum and his sister, and whose future depends on being liked by adults, is unlikely to volunteer worries; staff needed to ask directly and see him alone. The Academy's only Player Care review with Reece, on 13-12-2023, took place in the host family kitchen with Mrs Pendlebury present.",
    "The Academy's systems held Reece's details in several forms (REECE ATTWATER on the registration, 'Attwater R' on the medical system, 'Atty' on the squad WhatsApp group), and the host family record gave the Walkden postcode but not the family home, so searches for earlier concerns returned nothing. The kit room issued Reece with the Loomline training kit with ATTWATER 9 on the back in August 2023, and it was a photograph of him in this kit at Cheetham Fold, posted on Ashworth Town's own Instagram account, that first brought him to Mr Fairclough's attention.",
    "The disclosure by Kobi Wainwright was brave and Mr Kavanagh acted on it within a day; it is to the coach's credit that he did not dismiss it as banter. However, Tayo and Harvey both told the author that 'everyone knew' that Atty had an agent who bought him things, and that Deano had messaged Taz as well in November. Boys of this age in an academy see agents as a route to success, and the Academy had not given the Under 15 group any session on approaches by intermediaries since the 2021/22 season. Lundy said: 'We thought he was lucky.'",
]

learning = [
    "Host family placements of Academy players under 16 are private fostering arrangements unless a parent lives with the child. ATFC must notify the local authority where the host family lives (for Reece, the authority covering Walkden) at least six weeks before a placement begins, and must tell the authority where the family lives and the child's school. The host family agreement for 27 Thornlea Drive contained none of this, and the Pendleburys' own copy had never been signed by Lee.",
    "A parent's consent to an adult's contact with a child is not a safeguard in itself. The phrase 'parent aware' appears four times in the records about Reece and each time it ended enquiry. Staff at the Academy, at Mere Brook High School and at Little Puddles Day Nursery should be helped, in line with Keeping Children Safe in Education, to see a parent's enthusiasm for an unregistered agent as a possible sign that the family is being groomed, not as reassurance, and to have a frank conversation with the parent about it.",
    "Settings that work with a sibling hold information about the whole family. Little Puddles had Donna's account of 'Deano' four months before Reece went missing; Jo Tiplady told the author that 'we just thought it was good news for the family'. Nurseries, schools and clubs need to know when a child in the family lives away from home, and the Early Help offer made by the nursery to Ms Attwater in September 2023 was a missed chance to ask about Reece.",
    "Children living away from home need to be seen alone, in a private place, by someone independent of the club's football staff. The NSPCC's guidance for sport, the Childline number in the host family welcome pack and the CEOP button on the Academy's app are no substitute for a trusted adult who asks the right question. Reece told the author's colleague in April 2024: 'No one ever asked me if anyone was messaging me. If Mr Kavanagh had asked I would have told him.'",
    "Records that name a child in different ways (Reece, Reecey, Atty, R.A., RA) must be linked. The Academy's Player Care log, medical notes and coaching notes are separate systems; the kit room knew Reece's squad number, the physio knew about Deano, and Player Care knew about the car FD19 XKR, but none of them could see what the others held.",
    "Professionals must check an agent's status. The Football Association publishes the list of registered agents; an unregistered intermediary approaching a 14-year-old, offering money and trials and asking for secrecy, should lead to a referral to the Local Authority Designated Officer where the adult works with children, and otherwise to children's social care and the police, whatever the parent says. Elite Pathway Sports Management had approached at least two other boys in the Under 15s and a boy at Roby Dene.",
]

recommendations = [
    ("Ashworth Town Football Club Academy to treat every host family placement of a player under 16 as a private fostering arrangement and notify the local authority before it begins",
     "Revise the host family policy and agreement; notify all current placements; audit after one season",
     "Head of Academy Safeguarding", "30-09-2024"),
    ("All agencies to record and share any report of an unregistered agent or intermediary contacting a child, whatever a parent's view",
     "Briefing for Academy staff, the partner secondary school and early years settings; add intermediaries to the Player Care checklist",
     "Safeguarding Partnership Business Manager", "31-12-2024"),
    ("Children living away from home for football to be seen alone each half term by a named adult independent of the coaching staff and asked directly about online contact",
     "Named Player Care worker for each boarded player; termly record checked by the Academy Safeguarding Officer",
     "Academy Manager", "31-01-2025"),
]

CASE = HeldOut(
    reference, case_toml, identifiers, ordinary, involvement, analysis, learning, recommendations,
    header="RESTRICTED - Agency Report - Child R (Reece Attwater, DOB 09/06/2009) - Ashworth Town FC Academy",
    footer="Host family: Mr and Mrs Pendlebury, 27 Thornlea Drive, Walkden M28 7TW - not for circulation",
    comment="Check with Joanne Tiplady whether Kaydee-Mae is still at Little Puddles before this goes to panel - Donna's new number?",
    footnote="Donna Attwater confirmed by telephone (07700 900417) that Dean Fairclough first contacted her through Facebook.",
)
