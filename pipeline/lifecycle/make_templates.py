"""Build the Word templates shipped in pipeline/lifecycle/templates/ (docxtpl tags inside).

    python -m pipeline.lifecycle.make_templates       (what `make templates` runs)

The board may edit the shipped files in Word instead: keep the {{ ... }} and {%p ... %}
tags whole (type each one in one go, so Word keeps it in one run). Their wording is the
toolkit's (Appendices 3 to 6), with the case's details as tags. Rebuilding overwrites a
board's edits; it exists so the repository can make the files it ships.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.shared import Mm, Pt

TEMPLATES = Path(__file__).resolve().parent / "templates"

# Appendix 4 as the toolkit writes it: the header block's labels, guidance and headings.
HEADER_LABELS = ("Agency:", "Date completed:", "Name of person completing chronology:")
GUIDANCE = (
    "Record any occasion there was direct or indirect contact with the child",
    "Record any occasion there was direct or indirect contact with the family members - "
    "individually or as a unit",
    "Record if the child was seen alone and if they had an opportunity to express their "
    "wishes and feelings",
    "Record any referral to other agencies or information sharing",
    "Include exact dates: day-month-year, if not known, state 'not known' do not include "
    "periods of time",
    "Record times in 24-hour format",
    "Please consider good practice in addition to concerns or learning identified.",
)
HEADINGS = (
    "DATE & TIME",
    "CONTACT WITH CHILD (inc direct contact, medical information, reports, observations)",
    "CONTACT WITH PARENTS/CARERS and other family members",
    "INTER/INTRA-AGENCY COMMUNICATION (internal/ inter-agency phone calls. Letters, etc)",
    "INFORMATION SOURCE",
    "STAFF INVOLVED List initial of those involved and provide a separate ID list",
    "COMMENT Opportunity for the agency author to clarify or explain information/raise "
    "queries/highlight good practice/raise concerns",
)
ENTRY_ROWS = 8
BUILT = dt.datetime(2026, 1, 1)      # a fixed date, so a rebuild changes no property
ACTION_HEADINGS = ("", "Recommendation (*SMART)", "Action", "Lead", "Timescale", "Outcome",
                   "Progress", "Evidence")
ACTION_ROWS = 5


def _document(landscape: bool = False):
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Mm(18))
    document.styles["Normal"].font.size = Pt(11)
    # RESTRICTED goes in the footer: a return's page header is read with its header block.
    section.footer.paragraphs[0].text = "RESTRICTED - {{ reference }}"
    properties = document.core_properties       # the case's board is set when filled in
    properties.author = properties.last_modified_by = ""
    properties.comments = properties.keywords = properties.subject = ""
    properties.created = properties.modified = BUILT
    properties.revision = 1
    return document


def _table(document, rows: list[tuple[str, ...]], bold_first: bool = True):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text
    if bold_first:
        for cell in table.rows[0].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
    return table


def _repeat_on_every_page(row) -> None:
    """The heading row repeated at the top of each page, as Word's 'Repeat header row'."""
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:tblHeader"))


def notification_letter():
    """Appendix 3 (ii): the letter to each agency, with the request for its returns."""
    d = _document()
    d.add_paragraph("RESTRICTED")
    d.add_paragraph("{{ letter_date }}")
    d.add_paragraph("To whom it may concern, {{ agency }}")
    d.add_paragraph("Re: {{ subject }} (case reference {{ reference }})").runs[0].bold = True
    d.add_paragraph("I am writing to inform you that {{ board }} has agreed to commission a "
                    "{{ review }} in respect of {{ subject }}.")
    d.add_paragraph("I understand that your agency, {{ agency }}, has had some involvement or "
                    "contact with the child or their family.")
    d.add_paragraph("Please complete the enclosed chronology (Appendix 4) from your agency's "
                    "records for the period {{ period }} and return it by "
                    "{{ chronology_due }}. The chronology will need to be returned first, so "
                    "that the merged chronology can be created as soon as possible.")
    d.add_paragraph("{%p if report_due %}")
    d.add_paragraph("Please also identify an author for your agency report, who has had no "
                    "direct involvement with the case, and return the agency report "
                    "(Appendix 5) with its recommendations and action plan (Appendix 6) by "
                    "{{ report_due }}.")
    d.add_paragraph("{%p endif %}")
    d.add_paragraph("{%p if review_deadline %}")
    d.add_paragraph("{{ review_deadline }}")
    d.add_paragraph("{%p endif %}")
    d.add_paragraph("Compliance with these timescales is important: each agency will be "
                    "monitored on them and this will be reported on in the Overview Report. "
                    "Please raise any difficulty in meeting them as early as possible.")
    d.add_paragraph("Please protect every file you return with the case password, the same "
                    "password that opened this letter: in Word or Excel choose File, Info, "
                    "Protect Document (Protect Workbook), Encrypt with Password. Keep the "
                    "templates' headings and the header block as they are, and do not send "
                    "the password in the same email as the files.")
    d.add_paragraph("Can I also take this opportunity to remind you that any records in "
                    "relation to {{ subject }} or their family need to be made secure from the "
                    "date of receipt of this letter.")
    d.add_paragraph("Further information regarding reviews can be found in Working Together "
                    "to Safeguard Children. Should you have any queries about the process, "
                    "please contact the {{ board }} office.")
    d.add_paragraph("Yours sincerely")
    d.add_paragraph("{{ board }}")
    d.add_paragraph("ENC: {{ enclosures }}")
    return d


def chronology_template():
    """Appendix 4, the header block's labels and the table's headings and guidance."""
    d = _document(landscape=True)
    d.add_paragraph("Chronology Template in respect of: {{ subject }}").runs[0].bold = True
    d.add_paragraph("Case reference: {{ reference }} - {{ review }} - {{ board }}")
    # The guidance comes before the header block (the toolkit has it after) so that a
    # label left empty is never followed by a line a reader could take for its value.
    for line in GUIDANCE:
        d.add_paragraph(line, style="List Bullet")
    # As the toolkit prints it: the labels side by side over a row for their values.
    _table(d, [HEADER_LABELS, ("{{ agency }}", "", "")])
    d.add_paragraph()
    entries = _table(d, [HEADINGS] + [("",) * len(HEADINGS)] * ENTRY_ROWS)
    _repeat_on_every_page(entries.rows[0])
    d.add_paragraph()
    d.add_paragraph("Staff ID list").runs[0].bold = True
    _table(d, [("Initials", "Name", "Role")] + [("", "", "")] * 4)
    return d


def agency_report_template():
    """Appendix 5 with the case's details; Appendix 6's plan at the end of the report."""
    d = _document()
    d.add_paragraph("Agency Report", style="Title")
    d.add_paragraph("Agency: {{ agency }}")
    d.add_paragraph("Subject: {{ subject }}")
    d.add_paragraph("Case reference: {{ reference }}")
    for label in ("Date of first submission to the review panel:", "Date of Revision:",
                  "Date of final submission:", "Author:", "Author signature:", "Job title:",
                  "Date:"):
        d.add_paragraph(label)
    d.add_paragraph("As the author of this report, I can confirm that I have never been "
                    "directly involved with or directly managed any staff involved in this "
                    "case, and had no involvement in the subsequent investigation.")
    for label in ("Name of Agency Senior Manager:", "Senior manager signature:", "Date:"):
        d.add_paragraph(label)
    d.add_paragraph("Confidential. Not to be disclosed to any other party without the "
                    "express permission of {{ agency }}.")
    for heading, guidance in REPORT_SECTIONS:
        d.add_heading(heading, level=1)
        for line in guidance:
            d.add_paragraph(line)
    d.add_heading("Action plan (Appendix 6)", level=1)
    _action_table(d)
    d.add_heading("Appendix 2: Scope and Terms of Reference", level=1)
    d.add_paragraph("{%p for line in terms %}")
    d.add_paragraph("{{ line }}")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("{%p if not terms %}")
    d.add_paragraph("Please refer to the Terms of Reference throughout the agency report.")
    d.add_paragraph("{%p endif %}")
    return d


REPORT_SECTIONS = (
    ("Introduction", ("This agency report arises from a {{ review }} commissioned by "
                      "{{ board }} to look at the circumstances surrounding {{ subject }}, "
                      "and the response of the various agencies involved, including "
                      "{{ agency }}.",)),
    ("Author's Background", ("The author of this report is (please include the author's job "
                             "role, and a brief summary of their background and "
                             "experience).",)),
    ("Agency Background Information", ("Please provide a brief summary of the agency.",)),
    ("Background", ("Describe the circumstances that led to the event involving the child, "
                    "and the Scope and Terms of Reference for the review (Appendix 2).",)),
    ("Family Composition and Brief History of the Family",
     ("Provide a key to family and staff involvement as the report must be anonymised.",)),
    ("Methodology", ("The methodology used for this review has been (insert approach).",)),
    ("Agency Involvement with this Child and Family",
     ("From the chronology, detail the involvement with this child and family over the "
      "period set out in the Terms of Reference.",)),
    ("Analysis of Involvement", ("Consider the events that occurred, the decisions made and "
                                 "the actions taken or not taken.",)),
    ("What We Learnt from this Case", ("Are there lessons from this case for the way in "
                                       "which this organisation works to safeguard and "
                                       "promote the welfare of children?",)),
    ("Recommendations for Action", ("Recommendations should be Specific, Measurable, "
                                    "Achievable, Realistic and Timely (SMART), and be "
                                    "incorporated into the action plan below.",)),
)


def _action_table(d) -> None:
    rows = [ACTION_HEADINGS] + [(str(n),) + ("",) * (len(ACTION_HEADINGS) - 1)
                                for n in range(1, ACTION_ROWS + 1)]
    _table(d, rows)


def action_plan_template():
    """Appendix 6 on its own, for agencies that keep their plan apart from the report."""
    d = _document(landscape=True)
    d.add_paragraph("AGENCY REPORT ACTION PLAN FOR {{ subject }}").runs[0].bold = True
    d.add_paragraph("{{ agency }}: RECOMMENDATIONS FROM THE AGENCY REPORT")
    d.add_paragraph("Case reference: {{ reference }}")
    _action_table(d)
    return d


def chase_letter():
    """The letter `status --letters` writes for a return that is overdue."""
    d = _document()
    d.add_paragraph("RESTRICTED")
    d.add_paragraph("{{ letter_date }}")
    d.add_paragraph("To whom it may concern, {{ agency }}")
    d.add_paragraph("Re: {{ subject }} (case reference {{ reference }})").runs[0].bold = True
    d.add_paragraph("We wrote to you about the {{ review }} in respect of {{ subject }}. "
                    "We have not yet received the following from {{ agency }}:")
    d.add_paragraph("{%p for item in overdue %}")
    d.add_paragraph("{{ item }}", style="List Bullet")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("Delays in submission have an impact on the review's timescales, and "
                    "will be reported on in the Overview Report. Please send what is "
                    "outstanding as soon as possible, protected with the case password, or "
                    "tell us when it will come.")
    d.add_paragraph("Yours sincerely")
    d.add_paragraph("{{ board }}")
    return d


BUILDERS = {
    "notification_letter.docx": notification_letter,
    "chronology_template.docx": chronology_template,
    "agency_report_template.docx": agency_report_template,
    "action_plan_template.docx": action_plan_template,
    "chase_letter.docx": chase_letter,
}


def main(argv: list[str] | None = None) -> int:
    folder = Path(argv[0]) if argv else TEMPLATES
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        build().save(folder / name)
        print(f"wrote {folder / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
