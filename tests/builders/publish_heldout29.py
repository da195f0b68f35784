"""Held-back publication case 29, written blind (without sight of the anonymiser): a family
that moved between three areas and two countries, and a child whose records did not follow
her. Every person, home, school, surgery, refuge, number and account in it is invented."""
# ruff: noqa: E501 - the texts are kept as the writer wrote them, run once as they stand

from tests.builders.publish_heldout import HeldOut

REFERENCE = "CWAC-CSPR-2024-02"

CASE_TOML = '''reference = "CWAC-CSPR-2024-02"
review = "Local Child Safeguarding Practice Review"
subject = "Child H"
period = { from = "01-01-2022", to = "30-11-2023" }
board = "Cheshire West and Chester Safeguarding Children Partnership"
decision = "04-12-2023"

[[agencies]]
name = "Cheshire Constabulary"
aliases = ["Cheshire Police", "Police"]

[[agencies]]
name = "Merseyside Police"
aliases = ["MerPol"]

[[agencies]]
name = "Cheshire West and Chester Children's Services"
aliases = ["Children's Services", "Children's Social Care", "CSC"]

[[agencies]]
name = "Health Visiting Service"
aliases = ["Health Visiting", "HV"]

[[agencies]]
name = "Grange Brook Primary School"
aliases = ["Grange Brook", "GBPS"]
published_as = "School D"

[[agencies]]
name = "Stanney Mill Medical Centre"
aliases = ["Stanney Mill", "GP"]

[[agencies]]
name = "Housing Options Service"
aliases = ["Housing Options", "Housing"]

[[people]]
name = "Lyla-Rae Banks"
aliases = ["Lyla-Rae", "Lyla", "LRB"]
role = "Child"
pseudonym = "Child H"
born = "14-02-2018"
address = "Flat 3, Kestrel Court, 41 Glynne Street, Ellesmere Port, CH65 4WQ"

[[people]]
name = "Siân Prydderch"
aliases = ["Siân", "Sian Prydderch", "Ms Prydderch", "SP"]
role = "Mother"
pseudonym = "Mother"
born = "03-11-1996"
address = "Flat 3, Kestrel Court, 41 Glynne Street, Ellesmere Port, CH65 4WQ"

[[people]]
name = "Brody Banks"
aliases = ["Brody"]
role = "Sibling"
pseudonym = "Sibling"
born = "05-06-2021"
address = "Flat 3, Kestrel Court, 41 Glynne Street, Ellesmere Port, CH65 4WQ"

[[people]]
name = "Reece Banks"
aliases = ["Reece", "Mr Banks"]
role = "Father"
pseudonym = "Father"
born = "19-07-1994"

[[people]]
name = "Kyle Tennant"
aliases = ["Kyle", "Mr Tennant"]
role = "Mother's former partner"
pseudonym = "Adult Male"
born = "27-01-1991"
address = "18 Fernhill Crescent, Birkenhead, CH41 8LU"

[[people]]
name = "Dilys Prydderch"
aliases = ["Nain Dilys"]
role = "Maternal grandmother"
pseudonym = "Maternal Grandmother"
born = "12-05-1969"
address = "9 Lôn Helyg, Rhyl, LL18 4TN"

[[staff]]
name = "Lowri March"
code = "HV1"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Tomasz Wiśniewski"
code = "SW1"
role = "Social Worker"
agency = "Cheshire West and Chester Children's Services"

[[staff]]
name = "Janine Caddick"
code = "HO1"
role = "Housing Options Officer"
agency = "Housing Options Service"

[[staff]]
name = "Gareth Orme"
code = "PC1"
role = "Police Constable"
agency = "Cheshire Constabulary"

[[staff]]
name = "Rhian Hollingworth"
code = "DSL1"
role = "Designated Safeguarding Lead"
agency = "Grange Brook Primary School"
'''

IDENTIFIERS = {
    "key_name": [
        "Lyla-Rae Banks", "Lyla-Rae", "Lyla-Rae's", "Lyla", "Siân Prydderch", "Siân", "Siân's",
        "Sian Prydderch", "Sian", "Ms Prydderch", "Prydderch", "Brody Banks", "Brody",
        "Reece Banks", "Reece", "Mr Banks", "Banks family", "Kyle Tennant", "Kyle", "Kyle's",
        "Mr Tennant", "Tennant", "Dilys Prydderch", "Dilys",
    ],
    "nickname": ["Lyla-Loo", "Reecey", "Nain Dilys", "Shan", "Tenny"],
    "misspelling": ["Lila-Rae", "Brodie", "Pryddech", "Tennent"],
    "initials": ["LRB", "L.R.B.", "L-RB", "SP", "S.P.", "KT", "RB"],
    "staff_name": [
        "Lowri March", "Ms March", "Lowri", "Tomasz Wiśniewski", "Tomasz Wisniewski",
        "Mr Wiśniewski", "Tomasz", "Janine Caddick", "Ms Caddick", "Janine", "Gareth Orme",
        "PC Orme", "Rhian Hollingworth", "Mrs Hollingworth",
    ],
    "not_in_key": [
        "Bernadette Quayle", "Mrs Quayle", "Bernie Quayle", "Bernie", "Nanna Pauline",
        "Pauline Banks", "Pauline", "Chantelle Ridings", "Chantelle", "Eirlys Bevan",
        "Mrs Bevan",
    ],
    "address": [
        "9 Lôn Helyg", "Lôn Helyg", "9 Lon Helyg", "Lon Helyg", "Flat 3, Kestrel Court",
        "Kestrel Court", "41 Glynne Street", "Glynne Street", "18 Fernhill Crescent",
        "Fernhill Crescent", "Larkhill House",
    ],
    "town": ["Rhyl", "Birkenhead", "Wrexham", "Ellesmere Port"],
    "area": ["Wirral", "Denbighshire"],
    "postcode": ["LL18 4TN", "LL18", "4TN", "CH65 4WQ", "CH65", "4WQ", "CH41 8LU", "CH41", "8LU"],
    "agency_place": [
        "Grange Brook Primary School", "Grange Brook", "Stanney Mill Medical Centre",
        "Stanney Mill", "Claughton Fold Primary School", "Claughton Fold",
        "Ysgol Gynradd Bryn Eithin", "Ysgol Bryn Eithin", "Bryn Eithin",
        "Ysgol Maes-y-Dderwen", "Maes-y-Dderwen", "Maes y Dderwen",
    ],
    "number": ["943 476 5919", "07700 900417", "01632 960283", "01632 960551", "MP/22/118842"],
    "date_of_birth": ["14/02/2018", "14.02.2018", "03/11/1996", "05/06/2021"],
    "social_media": ["@shan.prydd96", "Shan Prydd"],
    "email": ["shan.prydderch96@example.org"],
}

ORDINARY = [
    "food banks",
    "late March",
    "sole tenant",
    "women's refuge",
    "housing options officer",
    "Alder Hey Children's Hospital",
    "Victoria Climbié",
    "Lord Laming",
    "Khyra Ishaq",
    "Arthur Labinjo-Hughes",
    "Keeping Children Safe in Education",
    "Common Transfer File",
    "children missing education",
    "Working Together to Safeguard Children 2018",
    "Wales Safeguarding Procedures",
    "Part 7 of the Housing Act 1996",
    "Housing (Wales) Act 2014",
    "Domestic Abuse Act 2021",
    "MARAC",
    "DASH risk checklist",
    "IDVA",
    "CP-IS",
    "GP2GP",
    "Red Book",
    "Flying Start programme",
    "Betsi Cadwaladr University Health Board",
    "Mallorca",
    "Andorra",
    "Snap Map",
    "XL Bully",
    "Staffordshire bull terrier",
    "von Willebrand disease",
    "Year 1",
    "Reception class",
    "St David's Day",
    "Boxing Day",
    "DO NOT DISCLOSE ADDRESS",
    "Detective Sergeant",
    "Live Fear Free helpline",
    "Universal Credit",
]

INVOLVEMENT = [
    "Lyla-Rae Banks (DOB 14/02/2018, NHS number 943 476 5919) is the child at the centre of "
    "this review; her family called her Lyla-Loo. At the start of the review period she lived "
    "with her mother, Siân Prydderch (DOB 03/11/1996), and her brother, Brody Banks (DOB "
    "05/06/2021), at the home of her maternal grandmother, known to the children as Nain Dilys, "
    "at 9 Lôn Helyg, Rhyl, LL18 4TN. Lyla-Rae attended the nursery class at Ysgol Gynradd Bryn "
    "Eithin, and Brody was seen under the Flying Start programme by a health visitor employed by "
    "Betsi Cadwaladr University Health Board. The children's father, Reece Banks, known to "
    "everyone as Reecey, worked seasonal contracts abroad: bar work in Mallorca each summer and "
    "chalet work in Andorra each winter. He was rarely in the United Kingdom for more than a few "
    "weeks at a time, and no agency in this review ever spoke to him.",

    "In late March 2022 Ms Prydderch moved with both children to live with her new partner, Kyle "
    "Tennant, at 18 Fernhill Crescent, Birkenhead, CH41 8LU. Denbighshire County Council was not "
    "told of the move, and the Welsh health visiting record stayed where it was for five months. "
    "The family did not register with a GP in Wirral until August 2022, so no GP2GP transfer was "
    "requested; the Red Book travelled with Siân but was not seen by a professional. In September "
    "2022 Lyla-Rae started in the Reception class at Claughton Fold Primary School. Her class "
    "teacher recorded that Sian had asked that 'nobody from Rhyl' be given the new address, that "
    "Lyla came to school in the same clothes most days and was often hungry, and that the "
    "family were relying on food banks while Universal Credit was moved from the Welsh address.",

    "On Boxing Day 2022 Merseyside Police attended Fernhill Crescent (crime reference "
    "MP/22/118842) after a neighbour, Mrs Bernadette Quayle, rang 999 to say that she could hear a "
    "woman screaming and a child crying. Officers found Siân with a cut lip, and Lyla-Rae and "
    "Brody shut in a bedroom with Kyle's XL Bully. A DASH risk checklist was completed and graded "
    "high risk; Mr Tennant, who his friends call Tenny, was arrested and released under "
    "investigation, and the case was listed for the Wirral MARAC on 05/01/2023. By then the "
    "family had gone: on 29/12/2022 the Live Fear Free helpline found them a place at Larkhill "
    "House, a women's refuge in Wrexham, and the IDVA allocated in Wirral closed the case after "
    "three calls to 07700 900417 went unanswered. Mrs Quayle, whom the officers knew as Bernie Quayle, told them that KT had "
    "'been at the little girl before', but this was not in the police referral to Wirral "
    "Children's Services.",

    "In January 2023 Lyla-Rae moved to her third school, Ysgol Maes-y-Dderwen. The refuge's "
    "letter to the school was headed DO NOT DISCLOSE ADDRESS, and the school rightly kept the "
    "refuge's location off every form. The child protection file from Claughton Fold was posted "
    "to the school's former site and was never receipted; the Common Transfer File arrived but "
    "carried no safeguarding flag. Wrexham County Borough Council received the MARAC minutes and "
    "recorded the family as 'transient, no further action' because their stay at the refuge was "
    "expected to be short. On 16/02/2023 Siân left Larkhill House after telling refuge staff "
    "that Kyle had found them through Snap Map, from photographs on her TikTok account "
    "@shan.prydd96 and her Facebook profile, Shan Prydd; she had given the same email address, "
    "shan.prydderch96@example.org, to every agency.",

    "On 20/02/2023 Siân presented as homeless to the Housing Options Service in Cheshire West, "
    "giving the address of her friend Chantelle Ridings in Ellesmere Port as her local "
    "connection. Janine Caddick, the housing options officer, accepted a duty under Part 7 of "
    "the Housing Act 1996 and placed the family in temporary accommodation at Flat 3, Kestrel "
    "Court, 41 Glynne Street, Ellesmere Port, CH65 4WQ. Ms Caddick recorded the domestic abuse, "
    "and that Siân had never been a sole tenant, but did not record the children's schools, GP "
    "or health visitor, and did not refer to Children's Services because she understood that "
    "Wrexham 'already had it'. Her notes call the mother SP throughout and give the previous "
    "address as 9 Lon Helyg, under the name Sian Prydderch. Lyla-Rae was out of school for two "
    "weeks, and started at Grange Brook Primary School, her fourth school, on 06/03/2023. The family registered with Stanney "
    "Mill Medical Centre a week later; the new patient check spelt the child's name Lila-Rae and "
    "the mother's surname Pryddech, and CP-IS was not checked.",

    "In June 2023, after a dispute with a neighbour at Kestrel Court, the family went back to "
    "Rhyl to stay with Dilys Prydderch, and Lyla-Rae spent the last four weeks of the summer "
    "term at Ysgol Bryn Eithin again. On 04/07/2023 her teacher there, Mrs Eirlys Bevan, saw a "
    "bruise on her upper arm; Lyla said that 'Kyle did it'. Mrs Bevan telephoned Nain Dilys on "
    "01632 960283; the grandmother said that Siân's partner was 'nothing to do with the Banks family', and "
    "no referral was made because the school understood that the family were leaving. In September 2023 the family were offered a second placement at Kestrel Court and "
    "Lyla-Rae returned to Grange Brook in Year 1; the note of the bruise did not follow her. "
    "Health visitor Lowri March visited on 19/09/2023 for Brodie's two-year review. She saw a "
    "Staffordshire bull terrier, and a larger dog that Siân called an XL Bully and said "
    "belonged to a friend, and recorded a man's coat and work boots in the hallway. Ms March did "
    "not ask whose they were.",

    "On 14/11/2023 Rhian Hollingworth, the Designated Safeguarding Lead at Grange Brook, saw "
    "bruising to both of Lyla-Rae's ears and a swollen wrist, and referred to Children's "
    "Services. The social worker, Tomasz Wiśniewski, held a strategy discussion the same day "
    "with PC Gareth Orme and a Detective Sergeant from the Child Abuse Investigation Unit, and a "
    "section 47 enquiry began. Lyla-Rae was examined at Alder Hey Children's Hospital on "
    "15/11/2023: a skeletal survey found a healing fracture of the left forearm, and blood tests "
    "excluded von Willebrand disease and other causes of easy bruising. Kyle Tennant was "
    "arrested at Kestrel Court on 16/11/2023 and has since been charged. Mr Banks was reached in "
    "Andorra by WhatsApp and said that he had no idea Kyle had been living with the children. "
    "His mother, Pauline Banks, known to the children as Nanna Pauline, offered to care for "
    "both children at her home in Birkenhead.",
]

ANALYSIS = [
    "Records did not follow Lyla-Rae. In twenty months she lived at five addresses in three "
    "local authority areas and two countries, and changed schools four times. Each move was "
    "known to at least one agency, but none held the whole picture, and each record that was "
    "sent (the child protection file from Claughton Fold, labelled only 'L-RB, Reception', the "
    "Common Transfer File from Ysgol "
    "Maes-y-Dderwen, the bruising note from Ysgol Bryn Eithin) went to an address that no "
    "longer applied, arrived without its safeguarding content, or never left the school that "
    "wrote it. The English admissions system "
    "held the Wrexham school as 'Ysgol Maes y Dderwen', so even a search by Grange Brook would "
    "have failed. More than twenty years after the Victoria Climbié Inquiry, in which Lord "
    "Laming described a child lost between the records of the authorities she passed through, "
    "the same pattern is visible here.",

    "The border between England and Wales mattered. Practitioners in Rhyl and Wrexham worked "
    "to the Wales Safeguarding Procedures and the Housing (Wales) Act 2014; those in Birkenhead "
    "and Ellesmere Port worked to Working Together to Safeguard Children 2018 and Part 7 of the "
    "Housing Act 1996. CP-IS did not show the family because no child protection plan was ever "
    "made, and the misspellings (Lila-Rae, Pryddech, Tennent) meant that the police, health and "
    "school records of the same family were not linked. The police log recorded the social "
    "worker as Tomasz Wisniewski and the mother as S.P. of no fixed abode, and the surgery held "
    "the child as L.R.B., born 14.02.2018, under the misspelt name. Neither Mr Wiśniewski nor PC "
    "Orme learned of the Wirral MARAC until after Lyla-Rae's admission.",

    "Agencies did not think about the men in the children's lives. Kyle Tennant was assessed "
    "as high risk in December 2022, but when a man's coat and boots appeared at Kestrel Court, "
    "and when Lyla-Rae named Kyle to Mrs Bevan, nobody connected them with the MARAC. Reece Banks "
    "was treated as absent rather than as a father who could be reached: RB had a mobile "
    "number, a WhatsApp account and a mother in Birkenhead, and nobody asked Pauline or him "
    "what they knew. The national review into the murders of Arthur Labinjo-Hughes and Star "
    "Hobson found the same failure to seek out, and to test, what fathers and new partners "
    "could tell professionals.",

    "Lyla-Rae was a child missing education at least twice: for two weeks between Larkhill "
    "House and Grange Brook, which included her school's St David's Day eisteddfod, and for "
    "the first nine days of the autumn term in Year 1. Neither absence was reported under the "
    "children missing education guidance, because each school believed the next school had the "
    "child. The serious case review about Khyra Ishaq showed how quickly a child can disappear "
    "from view when school is the only agency that sees her every day; Keeping Children Safe in "
    "Education expects the designated safeguarding lead to ensure that the child protection "
    "file is transferred and received.",
]

LEARNING = [
    "A child's safeguarding history must travel with her. Lyla-Rae Banks attended Ysgol Gynradd "
    "Bryn Eithin in Rhyl, Claughton Fold Primary School in Birkenhead, Ysgol Maes-y-Dderwen in "
    "Wrexham and Grange Brook Primary School in Ellesmere Port, moving from the Reception class "
    "to Year 1 with four changes of school, and at no point did the receiving school hold the "
    "full record. The Common Transfer File is not a child protection file, and Keeping Children "
    "Safe in Education requires the designated safeguarding lead to send the file separately "
    "and confirm its receipt. A DO NOT DISCLOSE ADDRESS marker, which protected Siân and her "
    "children from Kyle Tennant after he traced them through Snap Map, should have made the "
    "schools more careful with the file, not less; it was instead a reason to send nothing. "
    "Mrs Hollingworth did not know, until November, that LRB had ever been discussed at a MARAC. "
    "Children missing education between schools, as Lyla was twice, must be reported, and the "
    "lessons of Victoria Climbié and Khyra Ishaq apply across the border as much as within one "
    "authority.",

    "Families who flee domestic abuse are among the most mobile, and the help they receive is "
    "built around the adult. Ms Prydderch received good help from the Live Fear Free helpline and "
    "from the women's refuge at Larkhill House, and the housing options officer, Janine Caddick, "
    "acted quickly under Part 7 of the Housing Act 1996 when Siân, who had never been a sole "
    "tenant, presented in Ellesmere Port. But the placement at Flat 3, Kestrel Court, 41 Glynne "
    "Street, CH65 4WQ was made without a word about Lyla-Rae or Brody Banks, and the DASH risk "
    "checklist and MARAC information about Kyle stayed in Wirral. The Domestic Abuse Act 2021 "
    "recognises children as victims of domestic abuse in their own right; an IDVA, a refuge and "
    "a housing officer who all knew the risk posed by Mr Tennant did not pass it to anyone "
    "responsible for the children. The family lived on Universal Credit and food banks, and "
    "money, not safety, shaped several of the moves between Rhyl, Birkenhead, Wrexham and "
    "Ellesmere Port; the Housing (Wales) Act 2014 and the English duty met at the border and "
    "neither carried the children across it.",

    "Health records did not follow the children either. No GP2GP request was made when the "
    "family moved to Birkenhead; the Red Book was never looked at; and the health visiting "
    "record held by Betsi Cadwaladr University Health Board, including Brody's involvement with "
    "the Flying Start programme, reached the Health Visiting Service only after Lowri March had "
    "visited. Stanney Mill Medical Centre registered the children under misspelt names, so "
    "CP-IS and the local record could not have matched. Health practitioners should treat a "
    "child arriving from another country of the United Kingdom as a transfer-in that needs "
    "active follow-up, not as a new registration.",

    "Practitioners need the confidence to ask about the men in a child's life. Ms March saw "
    "a Staffordshire bull terrier, an XL Bully and a man's boots, and did not ask whose they "
    "were; Mrs Eirlys Bevan heard a five-year-old name Kyle and spoke only to her grandmother. "
    "Reece Banks, working in Mallorca and Andorra, was never asked what he knew or whether he "
    "could offer the children a home, and Nanna Pauline, who in the end did, was unknown to "
    "every agency until after Lyla-Rae was seen at Alder Hey Children's Hospital, where von "
    "Willebrand disease was excluded and the injuries were found to be inflicted.",
]

RECOMMENDATIONS = [
    (
        "The Cheshire West and Chester Safeguarding Children Partnership should seek assurance "
        "that when a child such as Lyla-Rae moves school, including across the border between "
        "England and Wales as she did from Claughton Fold Primary School and Ysgol Maes-y-Dderwen "
        "to Grange Brook Primary School, the child protection file is sent separately from the "
        "Common Transfer File, receipted and followed up as Keeping Children Safe in Education "
        "requires, and that a child out of school between moves is reported under the children "
        "missing education guidance",
        "Audit every in-year admission to Grange Brook and the other schools in the review since "
        "late March 2023; agree a cross-border file transfer protocol with Denbighshire and "
        "Wrexham education services",
        "Head of Education Access, with the Designated Safeguarding Lead of Grange Brook Primary "
        "School",
        "30-09-2024",
    ),
    (
        "The Housing Options Service should refer to Children's Services every family placed in "
        "temporary accommodation after fleeing domestic abuse, as Siân Prydderch and her "
        "children were at Kestrel Court, record the children's schools, GP practice and health "
        "visitor, and share any DO NOT DISCLOSE ADDRESS marker with those services, so that "
        "every housing options officer treats the children as well as the adult as the people "
        "owed a duty under Part 7 of the Housing Act 1996 and the Domestic Abuse Act 2021",
        "Revise the temporary accommodation placement checklist; train all officers, including "
        "Ms Caddick's team; audit ten placements each quarter",
        "Service Manager, Housing Options",
        "31-12-2024",
    ),
    (
        "Health visiting services and GP practices should check CP-IS, request the GP2GP record "
        "and ask to see the Red Book whenever a child arrives from Betsi Cadwaladr University "
        "Health Board or elsewhere outside England, and every agency should try to reach a "
        "father working abroad, as Reece Banks was in Mallorca and Andorra, and ask who else "
        "lives in or visits the home, as Kyle Tennant did",
        "Add a transfer-in check to the health visiting standard and to new patient "
        "registration at Stanney Mill Medical Centre and every practice; a briefing for "
        "practitioners on fathers and men in the household",
        "Named Nurse for Safeguarding Children, Health Visiting Service; Designated GP",
        "31-03-2025",
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
    header="OFFICIAL-SENSITIVE | CWAC-CSPR-2024-02 | Lyla-Rae Banks (L.R.B.), DOB 14.02.2018",
    footer="Draft for the panel only: Rhian Hollingworth, Grange Brook Primary School, "
           "01632 960551",
    comment="Tomasz to confirm whether Nanna Pauline's address in Birkenhead can go to the "
            "panel, and whether Mr Banks (Reecey) has seen this draft. Check L-RB is Lyla-Rae "
            "throughout.",
    footnote="Ms Prydderch (SP) gave the refuge at Larkhill House her TikTok account "
             "@shan.prydd96 and her email, shan.prydderch96@example.org, on 29/12/2022; she "
             "signs her messages Shan.",
)
