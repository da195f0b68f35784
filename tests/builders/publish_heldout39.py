"""Held-back publication case 39, written blind: a child sexual abuse review with every
name, address, number and place invented for the test; the anonymiser was not read."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "OSCP-CSPR-2022-039"

CASE_TOML = '''reference = "OSCP-CSPR-2022-039"
review = "Child Safeguarding Practice Review"
subject = "Child W"
board = "Oxfordshire Safeguarding Children Partnership"
period = { from = "01-09-2020", to = "30-11-2021" }

[[agencies]]
name = "Thames Valley Police"
aliases = ["TVP", "Child Abuse Investigation Unit", "CAIU"]

[[agencies]]
name = "Oxfordshire County Council Children's Social Care"
aliases = ["Children's Social Care", "CSC", "Children's Services"]

[[agencies]]
name = "Oxford Health NHS Foundation Trust"
aliases = ["Health Visiting Service", "School Health Nursing", "CAMHS"]

[[agencies]]
name = "St Brannoc's CE Primary School"
aliases = ["St Brannoc's", "St Brannocs Primary"]
published_as = "the primary school"

[[agencies]]
name = "Segsbury Lane Surgery"
aliases = ["Segsbury Lane"]

[[agencies]]
name = "Wantage Athletic Juniors"
aliases = ["WAJ", "Wantage Athletic"]
published_as = "the sports club"

[[people]]
name = "Ottilie Rennard"
aliases = ["Tilly", "Otti", "Ottilie"]
role = "child"
pseudonym = "Child W"
born = "14-03-2012"
address = "14 Kestrelmead Close, Wantage, OX12 7QZ"

[[people]]
name = "Cerys Rennard"
aliases = ["Cerys Pellow", "Cerys"]
role = "mother"
pseudonym = "Mother"
born = "02-11-1988"
address = "14 Kestrelmead Close, Wantage, OX12 7QZ"

[[people]]
name = "Dariusz Wróblewski"
aliases = ["Dariusz Wroblewski", "Dariusz"]
role = "mother's partner"
pseudonym = "Mr P"
born = "27-06-1985"
address = "14 Kestrelmead Close, Wantage, OX12 7QZ"

[[people]]
name = "Finnan Rennard"
aliases = ["Finn", "Finnan"]
role = "sibling"
pseudonym = "Sibling"
born = "19-08-2015"
address = "14 Kestrelmead Close, Wantage, OX12 7QZ"

[[people]]
name = "Bronwen Pellow"
aliases = ["Nan Bron"]
role = "maternal grandmother"
pseudonym = "Grandmother"
born = "05-01-1961"

[[people]]
name = "Dean Garner"
aliases = ["Gaz", "Garner"]
role = "family friend and coach"
pseudonym = "Adult M"
born = "11-04-1979"
address = "3 Tansy Lane, Faringdon, SN7 8PL"

[[staff]]
name = "Amara Reading"
role = "Detective Constable"
agency = "Thames Valley Police"

[[staff]]
name = "Tobias Achterberg"
role = "Social Worker"
agency = "Oxfordshire County Council Children's Social Care"

[[staff]]
name = "Leontyne Brisco"
role = "CAMHS Therapist"
agency = "Oxford Health NHS Foundation Trust"

[[staff]]
name = "Wren Castellanos"
role = "Independent Sexual Violence Adviser"
agency = "Thames Valley Police"
'''

IDENTIFIERS = {
    "key_name": ["Ottilie Rennard", "Ottilie", "Ottilie's", "Cerys Rennard", "Cerys", "Ms Rennard",
                 "Rennard", "Rennards", "Dariusz Wróblewski", "Dariusz", "Mr Wróblewski",
                 "Wróblewski", "Finnan Rennard", "Finnan", "Bronwen Pellow", "Bronwen",
                 "Dean Garner", "Mr Garner", "Garner", "Garner's"],
    "maiden_name": ["Cerys Pellow", "Pellow"],
    "ascii_spelling": ["Dariusz Wroblewski", "Wroblewski"],
    "misspelling": ["Otilie", "Renard", "Wroblewksi"],
    "nickname": ["Tilly", "Otti", "Finn", "Nan Bron", "Gaz"],
    "initials": ["O.R.", "DG", "D-W", "C.R."],
    "not_in_key": ["Kerensa Garner", "Kerensa", "Saffi Threlkeld", "Mrs Threlkeld", "Threlkeld",
                   "Jonty Marwood", "Jonty", "Marguerite Fenwick-Adeyemi", "Mrs Fenwick-Adeyemi"],
    "staff": ["Amara Reading", "DC Reading", "Tobias Achterberg", "Mr Achterberg",
              "Leontyne Brisco", "Ms Brisco", "Wren Castellanos", "Ms Castellanos",
              "Dr Priyanka Olowe-Hart", "Dr Olowe-Hart"],
    "address": ["14 Kestrelmead Close", "Kestrelmead Close", "Kestrelmead", "3 Tansy Lane",
                "Tansy Lane", "Wantage", "Faringdon"],
    "postcode": ["OX12 7QZ", "OX12", "7QZ", "SN7 8PL"],
    "agency_place": ["St Brannoc's CE Primary School", "St Brannoc's", "St Brannocs",
                     "Segsbury Lane Surgery", "Segsbury Lane", "Wantage Athletic Juniors",
                     "Wantage Athletic", "St Perran's Church", "St Perran's", "Perran Youth"],
    "number": ["07700 900417", "07700900417", "01632 960288", "43210987654", "999 042 7716"],
    "email": ["cerys.rennard@example.org"],
    "date_of_birth": ["14-03-2012", "14/03/2012", "14 March 2012", "19-08-2015"],
    "social_media": ["@tillybop12", "tillybop12", "GazCoachesU10s"],
}

ORDINARY = [
    "Rural Dean",
    "reading age",
    "Detective Sergeant",
    "CAMHS",
    "ISVA",
    "SARC",
    "NSPCC",
    "Childline",
    "Lucy Faithfull Foundation",
    "Stop It Now",
    "Thirtyone:eight",
    "Church of England",
    "Child Protection in Sport Unit",
    "Working Together to Safeguard Children 2018",
    "Children Act 1989",
    "section 47",
    "Sexual Offences Act 2003",
    "Achieving Best Evidence",
    "Independent Inquiry into Child Sexual Abuse",
    "Alexis Jay",
    "Victoria Climbié",
    "Daniel Pelka",
    "Mothering Sunday",
    "Christmas Eve",
    "half-term",
    "Year 5",
    "Key Stage 2",
    "DBS check",
    "LADO",
    "Brook Traffic Light Tool",
    "Strengths and Difficulties Questionnaire",
    "Designated Safeguarding Lead",
    "Osgood-Schlatter disease",
    "Great Ormond Street Hospital",
    "Cocker Spaniel",
    "Pokémon",
    "Snapchat",
    "WhatsApp",
    "Portugal",
    "OUR SECRET",
]

INVOLVEMENT = [
    "Ottilie Rennard (Tilly to her family, Otti to her friends) was born on 14 March 2012 and lived at 14 Kestrelmead Close, Wantage, OX12 7QZ with her mother Cerys Rennard, her mother's partner Dariusz Wróblewski and her brother Finnan Rennard (Finn, born 19-08-2015). She was in Year 5 at St Brannoc's CE Primary School and was registered at Segsbury Lane Surgery, where Ms Rennard's mobile number was recorded as 07700 900417. Her maternal grandmother Bronwen Pellow, known to the children as Nan Bron, lived nearby and collected the children from school on a Wednesday.",
    "Dean Garner, a friend of the family for many years, was the under-10s coach at Wantage Athletic Juniors and a volunteer helper with Perran Youth, the Friday youth group at St Perran's Church. His DBS check had been carried out by the club in 2016 and was not renewed. Mr Garner and his wife Kerensa Garner offered to take Ottilie to training and to away fixtures when Cerys was working, and from the October half-term of 2020 Ottilie stayed overnight at 3 Tansy Lane, Faringdon, SN7 8PL on several occasions. The family took a holiday in Portugal with the Garners in the summer of 2021.",
    "In September 2020 the GP saw Ottilie with knee pain and diagnosed Osgood-Schlatter disease; no safeguarding concern was noted. The school recorded that her reading age had dropped by over a year across Key Stage 2 assessments and that she had become withdrawn. The Designated Safeguarding Lead logged two low-level concerns: Ottilie said she had 'a boyfriend who is a grown-up' and a classmate reported that Gaz sent her Pokémon cards and messages on Snapchat, where her username was @tillybop12. Neither concern was shared with Children's Social Care.",
    "On Mothering Sunday 2021 Ottilie told Saffi Threlkeld, the mother of a school friend, that Mr Garner touched her in the car and that it was 'OUR SECRET'. Mrs Threlkeld told Jonty Marwood, the youth group leader, who contacted the Rural Dean rather than the police. The parish safeguarding officer sought advice from Thirtyone:eight and made a referral to the MASH four days later. A neighbour, Marguerite Fenwick-Adeyemi, had also phoned Childline and the NSPCC helpline earlier that month after seeing Ottilie upset on the doorstep.",
    "A strategy discussion was held and a section 47 enquiry started under the Children Act 1989. Tobias Achterberg was the allocated social worker. The Child Abuse Investigation Unit opened crime reference 43210987654; DC Amara Reading and a Detective Sergeant conducted an Achieving Best Evidence interview. DC Reading recorded Ms Rennard's landline as 01632 960288 and her email as cerys.rennard@example.org. The Otilie Renard named on one police record and the Wroblewksi on another were the same child and the same adult as in the family's records.",
    "Ottilie was examined at the paediatric SARC by Dr Priyanka Olowe-Hart, who referred her to an ISVA, Wren Castellanos, and to CAMHS, with advice from Great Ormond Street Hospital. Dr Olowe-Hart's letter gave Ottilie's date of birth as 14/03/2012 and her NHS number as 999 042 7716. Ms Castellanos supported O.R. and her mother through the investigation and the charge of Mr Garner under the Sexual Offences Act 2003, but the letter to the GP copied the account of DG to Mr Wroblewski by name, at the wrong address.",
    "The CAMHS therapist, Leontyne Brisco, used the Strengths and Difficulties Questionnaire and saw Ottilie weekly from June 2021. Ms Brisco noted that Finnan, then in the infant class, was also afraid of the Cocker Spaniel at the Garner's house, and that D-W (Dariusz) felt the family was blamed. Mr Achterberg closed the case on Christmas Eve 2021 without a further conversation with C.R., though Kerensa still ran the club's WhatsApp group and Garner's coaching page, GazCoachesU10s, remained online.",
]

ANALYSIS = [
    "Agencies held pieces of the picture of Ottilie's life but no one put them together. The school saw the fall in her reading age and her withdrawal; the GP saw a child in pain; the church saw a family it knew well. None of them asked whether a trusted adult outside the household could be harming her. The Brook Traffic Light Tool would have placed her comments about a 'grown-up boyfriend' firmly in the red.",
    "The response to the disclosure was delayed because Jonty Marwood and the parish followed the Church of England's internal route before contacting the police or the MASH. Working Together to Safeguard Children 2018 is clear that anyone with a concern should refer directly. The review also found that Wantage Athletic Juniors had no safeguarding lead trained by the Child Protection in Sport Unit, and that the LADO was not told that Mr Garner volunteered with children in two settings.",
    "The police investigation was thorough once started. DC Reading ensured that Ottilie Rennard was interviewed within days, and the ISVA kept Cerys informed. However, the SARC letter and the misspelt records show how easily details of the Rennards travelled to people who should not have received them, and how a child can be lost between records in the name of Otilie Renard.",
    "Ms Rennard told the review that she trusted Dean Garner because he was 'like family' and that nobody explained grooming to her. The Lucy Faithfull Foundation and Stop It Now offer material for parents which none of the agencies shared with her or with Nan Bron.",
]

LEARNING = [
    "Learning 1: Low-level concerns about a child must be recorded, shared and considered together. The concerns raised at St Brannoc's about Tilly's comments, her contact with Gaz on Snapchat and the fall in her reading age each looked minor on their own. As in the cases of Victoria Climbié and Daniel Pelka, the pattern was visible only when the records were brought together, and the Designated Safeguarding Lead at St Brannoc's CE Primary School did not have the training to see it.",
    "Learning 2: Faith and sports settings must refer directly to the police or Children's Social Care. Mrs Threlkeld did the right thing by speaking up, but the route through the Rural Dean and Thirtyone:eight added four days. The Independent Inquiry into Child Sexual Abuse, chaired by Professor Alexis Jay, found the same delay in religious organisations. Wantage Athletic Juniors and Perran Youth at St Perran's Church both relied on a single DBS check made years earlier for Dean Garner of Tansy Lane, Faringdon.",
    "Learning 3: Professionals should help families to understand grooming by a trusted family friend. The NSPCC and Childline materials were not offered to Cerys Rennard or Dariusz Wróblewski, and the family did not know that a coach giving gifts, lifts and overnight stays was a warning sign. Mr Wróblewski said the same, and Mrs Fenwick-Adeyemi told the review that she had not known where to turn.",
    "Learning 4: Letters from the SARC and health services must be checked before they are sent. The letter that went to the wrong address at Kestrelmead Close named the child, her brother Finnan and Mr Garner in full.",
]

RECOMMENDATIONS = [
    ("The partnership should ensure that schools such as St Brannoc's record and share low-level concerns about children like Ottilie, using the Brook Traffic Light Tool, so that concerns about contact with adults such as Mr Garner on Snapchat or WhatsApp are seen together",
     "Deliver training to every Designated Safeguarding Lead in Key Stage 2 settings and audit records after each half-term",
     "Education Safeguarding Lead", "31-03-2023"),
    ("Faith groups and sports clubs in Wantage and Faringdon, including Wantage Athletic Juniors and St Perran's, should refer concerns directly to the MASH or the police, in line with Working Together to Safeguard Children 2018, with advice from the Child Protection in Sport Unit and Thirtyone:eight",
     "Agree a protocol with the Church of England diocese and local clubs; confirm every volunteer has a current DBS check; notify the LADO of all volunteers subject to concerns",
     "Partnership Business Manager", "30-06-2023"),
    ("Health and police agencies should check that letters and records about the Rennard family and other children seen at the SARC carry the correct name, date of birth (14-03-2012) and address, and are sent only to those entitled to them",
     "Introduce a second check on all SARC and CAMHS correspondence and an audit of misspelt records",
     "Designated Nurse", "30-09-2023"),
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
    header="Child Safeguarding Practice Review: Ottilie Rennard (O.R.), 14 Kestrelmead Close, OX12 7QZ",
    footer="Prepared by Thames Valley Police for the review of Tilly Rennard, DOB 14-03-2012. Contact 07700900417",
    comment="Check with DC Reading whether Cerys Pellow is still the name on the crime report, and whether Finn attends St Brannocs Primary.",
    footnote="Dariusz Wroblewski and Bronwen gave their accounts to Tobias Achterberg at Segsbury Lane; postcode halves OX12 and 7QZ confirmed; Kerensa Garner was not spoken to.",
)
