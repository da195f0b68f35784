"""A held-back case for the published documents: written before the gate and the
anonymiser's changes were tuned, and never used to tune them. Its figures (identifiers
left in executive_summary.docx and overview_draft.docx, ordinary phrases lost) are the
ones reported; tests/e2e/test_publish_heldout.py only checks them against the thresholds.

Every name, place and number is invented. The family is named the ways real reports
name people: nicknames in quotes, 'known as', a first name alone after the full name,
initials with hyphens and dots, letters beyond ASCII, a flat number before the street,
street types in full, the school, nursery and surgery (which are also agencies), people
not in the case key, a misspelling, numbers of every shape, in body, tables, headers,
footers, footnotes, comments and properties.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from docx import Document

from tests.builders.report_builder import HEADINGS, add_footnote

CASE_TOML = """\
# A fictional case: every name, place and number here is invented.
reference = "HB-2017-04"
review = "Serious Case Review"
subject = "Child M"
period = { from = "01-03-2015", to = "30-06-2016" }
board = "Wexcombe Safeguarding Children Board"

[[agencies]]
name = "Thames Valley Police"
aliases = ["Police"]

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC"]

[[agencies]]
name = "Health Visiting Service"
aliases = ["HV"]

[[agencies]]
name = "Stantonbury Park Surgery"
published_as = "the GP practice"

[[agencies]]
name = "Wren Hollow Nursery"

[[agencies]]
name = "Greenleys Junior School"

[[people]]
name = "Maisie-Rae Quilliam"
role = "Child"
pseudonym = "Child M"
born = "23-09-2014"
address = "Flat 2, 9 Juniper Walk, Wolverton, MK12 5HX"

[[people]]
name = "Bronwen Quilliam"
aliases = ["Bron"]
role = "Mother"
pseudonym = "Mother"
born = "11-11-1990"
address = "Flat 2, 9 Juniper Walk, Wolverton, MK12 5HX"

[[people]]
name = "Łukasz Dąbrowski"
role = "Father"
pseudonym = "Father"

[[people]]
name = "Callum Ferriday"
role = "Mother's partner"
pseudonym = "Mother's partner"

[[people]]
name = "April Quilliam"
role = "Maternal grandmother"
pseudonym = "Maternal grandmother"

[[people]]
name = "Hope Quilliam"
role = "Sibling"
pseudonym = "Sibling 1"

[[staff]]
name = "Imogen Marsh"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Dev Sandhu"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Peter Wood"
role = "GP"
agency = "Stantonbury Park Surgery"
"""

# Each identifier as planted, with its kind; its tokens are what must not survive.
IDENTIFIERS = {
    "key_name": ["Maisie-Rae", "Quilliam", "Bronwen", "Bron", "Łukasz", "Dąbrowski",
                 "Dabrowski", "Callum", "Ferriday", "Imogen", "Sandhu", "Quillam"],
    "nickname": ["Tank", "Cal", "Mai"],
    "initials": ["M-R", "B.Q.", "M.R.Q."],
    "not_in_key": ["Probert", "Gwen", "Tyrese", "Okonkwo", "Siobhán", "Bhriain", "Hartley"],
    "address": ["Juniper Walk", "Hollybush Row", "Wolverton", "Carrick Court"],
    "postcode": ["MK12 5HX", "MK12", "5HX", "MK13 7QD"],
    "agency_place": ["Stantonbury", "Wren Hollow", "Greenleys"],
    "number": ["01908 612447", "07700-900-318", "485 777 3459", "AB123456C",
               "bronq88@example.net", "facebook.com/callum.ferriday.7"],
    "date_of_birth": ["23.09.2014", "11/11/1990"],
}
# Ordinary phrases the published documents must keep.
ORDINARY = [
    "in April 2016", "DO NOT VISIT ALONE", "DS", "Daniel Pelka", "Lord Laming",
    "Working Together to Safeguard Children", "Staffordshire bull terrier", "Christmas",
    "Early Help", "Graded Care Profile", "little hope", "Section 47", "MASH",
    "Child Protection conference", "May 2016", "December 2015",
]

INVOLVEMENT = [
    "Bronwen Quilliam ('Bron') registered Maisie-Rae with the practice in March 2015; "
    "Bronwen said the family had moved from 34 Hollybush Row, Bletchley.",
    "The family lived at Flat 2, 9 Juniper Walk, Wolverton, MK12 5HX. Post was also "
    "sent to 5 Carrick Court, MK13 7QD.",
    "Callum Ferriday, known to friends as 'Tank', moved in during May 2016. Callum was "
    "not asked about his history. Mr Ferriday's mobile was 07700-900-318.",
    "A neighbour, Mrs Gwen Probert, phoned the duty desk on 01908 612447. Probert said "
    "that M-R was crying every night; a friend called Tyrese had also heard it.",
    "Łukasz Dąbrowski, the father, was not told of the Child Protection conference. "
    "DABROWSKI appears on the police system with the spelling Dabrowski.",
    "DS Hartley recorded the household's history; the note on the file read DO NOT VISIT "
    "ALONE. Mr Okonkwo, the landlord, had a Staffordshire bull terrier at the flat.",
    "Imogen Marsh (HV) saw Mai, as the family called her, at Wren Hollow Nursery on "
    "4 December 2015; the Graded Care Profile was not used.",
    "B.Q. gave the child's date of birth as 23.09.2014 and her own as 11/11/1990; "
    "NHS number 485 777 3459, NI number AB123456C, email bronq88@example.net.",
    "Siobhán Ní Bhriain, a family support worker, found Cal's page at "
    "https://www.facebook.com/callum.ferriday.7 showing the flat.",
]
ANALYSIS = [
    "Practitioners accepted Bron's account without checking it with Greenleys Junior "
    "School, where Hope Quilliam was a pupil. There was little hope that the move alone "
    "would help.",
    "The Daniel Pelka review and Lord Laming's report both warn against this. "
    "Ms Quillam's account was taken at face value in April 2016.",
]
LEARNING = [
    "Learning: staff at Stantonbury Park Surgery did not ask Bronwen Quilliam who else "
    "lived at Juniper Walk, and Dev Sandhu did not see M.R.Q. alone before Christmas.",
    "Practitioners should follow Working Together to Safeguard Children: Callum Ferriday "
    "('Cal') was never seen, and an Early Help assessment for Maisie-Rae was not offered "
    "after Tank's arrival; Section 47 enquiries began only in May 2016.",
]
RECOMMENDATIONS = [
    ("Staff at Wren Hollow Nursery must ask about new adults such as Mr Ferriday",
     "Add a household question to the nursery's admission form", "Manager", "31-12-2016"),
    ("The MASH must check both spellings of a name, as with Dabrowski and Dąbrowski",
     "Brief MASH staff on name searches", "Head of Service", "31-03-2017"),
]
AGENCIES = ("Thames Valley Police", "Children's Social Care", "Health Visiting Service")


@dataclass(frozen=True)
class HeldOut:
    """One held-back case: its key, what it plants and what it must keep."""

    reference: str
    case_toml: str
    identifiers: dict[str, list[str]]
    ordinary: list[str]
    involvement: list[str]
    analysis: list[str]
    learning: list[str]
    recommendations: list[tuple[str, str, str, str]]
    header: str
    footer: str
    comment: str
    footnote: str


def _report(path: Path, agency: str, case: HeldOut, with_parts: bool) -> None:
    heading = HEADINGS["toolkit"]
    document = Document()
    document.add_paragraph().add_run("Agency Report").bold = True
    document.add_paragraph(f"Name of Agency: {agency}")
    sections = {"introduction": [f"This report was written by {agency} for the review."],
                "author": ["The author had no part in the case."],
                "agency_background": [f"{agency} works across the county."],
                "background": ["The review concerns a young child and her family."],
                "family": ["The child lived with her mother and a sibling."],
                "methodology": ["The author read the records and met staff."],
                "involvement": case.involvement, "analysis": case.analysis,
                "learning": case.learning,
                "recommendations": [f"{i}. {r[0]}." for i, r in
                                    enumerate(case.recommendations, 1)]}
    for key, paragraphs in sections.items():
        document.add_heading(heading[key].format(agency=agency), level=1)
        for text in paragraphs:
            document.add_paragraph(text)
    document.add_paragraph(f"{agency} Recommendations from the Agency Report")
    table = document.add_table(rows=1, cols=8)
    for cell, text in zip(table.rows[0].cells, ("", "Recommendation (*SMART)", "Action",
                                                 "Lead", "Timescale", "Outcome", "Progress",
                                                 "Evidence"), strict=True):
        cell.text = text
    for number, (recommendation, action, lead, due) in enumerate(case.recommendations, 1):
        values = (str(number), recommendation, action, lead, due, "Children are seen",
                  "Not started", "Audit")
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    if with_parts:
        section = document.sections[0]
        section.header.paragraphs[0].text = case.header
        section.footer.paragraphs[0].text = case.footer
        note = document.paragraphs[-1]
        document.add_comment(note.runs[0] if note.runs else note.add_run("x"),
                             text=case.comment, author="Case Author", initials="CA")
        properties = document.core_properties
        properties.title = case.header
        properties.keywords = case.footer
    document.save(path)
    if with_parts:
        add_footnote(path, case.involvement[0][:40], case.footnote)


def build_heldout_case(folder: Path, case: HeldOut | None = None) -> Path:
    """Write a held-back case (case.toml and three agency reports) into `folder`."""
    case = case or FIRST
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "case.toml").write_text(case.case_toml, encoding="utf-8")
    for number, agency in enumerate(AGENCIES):
        _report(folder / f"report_{number}.docx", agency, case, with_parts=number == 0)
    return folder


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _pattern(identifier: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(_normal(identifier))}(?![\w])", re.IGNORECASE)


def planted_count(case: HeldOut | None = None) -> int:
    """Occurrences of the identifiers in the sections the overview draft carries, in each
    of the three reports."""
    case = case or FIRST
    text = "\n".join(case.involvement + case.analysis + case.learning
                     + [r[0] for r in case.recommendations])
    return len(AGENCIES) * sum(len(_pattern(i).findall(_normal(text)))
                               for ids in case.identifiers.values() for i in ids)


def occurrences(identifier: str, text: str) -> int:
    """How often `identifier` is written in `text` as a whole word, in any case."""
    return len(_pattern(identifier).findall(_normal(text)))


def identifiers_left(text: str, case: HeldOut | None = None) -> dict[str, int]:
    """Occurrences of planted identifiers in `text` (an output's text), by kind."""
    case = case or FIRST
    text = _normal(text)
    left = {}
    for kind, identifiers in case.identifiers.items():
        count = sum(len(_pattern(i).findall(text)) for i in identifiers)
        if count:
            left[kind] = count
    return left


def ordinary_lost(text: str, case: HeldOut | None = None) -> list[str]:
    """The ordinary phrases not found in `text`."""
    case = case or FIRST
    text = _normal(text)
    return [p for p in case.ordinary if not _pattern(p).search(text)]


FIRST = HeldOut(
    "HB-2017-04", CASE_TOML, IDENTIFIERS, ORDINARY, INVOLVEMENT, ANALYSIS, LEARNING,
    RECOMMENDATIONS, header="Report on Maisie-Rae Quilliam, MK12 5HX",
    footer="Author's contact: imogen.marsh@example.org", comment="Ask Bron about Tank",
    footnote="Bron's sister Gwen Probert confirmed this.")
