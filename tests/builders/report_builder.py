"""Fictional agency reports (toolkit Appendix 5) with action plans (Appendix 6), and terms
of reference, as .docx files with the variations real ones have.

Every name, number and address here is invented. `build_agency_report` names the family
the way real reports do (full names, first names, 'Ms Smith', "Kayla's", initials, dates
of birth, addresses, phone numbers) and can plant identifiers in every part of the file
(body, table, header, footer, comment, document properties, a name split across runs).
It returns the strings it planted, by kind, so a test can look for every one of them.

    report = ReportSpec(agency="Thames Valley Police", heading="bold")
    planted = build_agency_report(tmp_path / "police_report.docx", report)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt, RGBColor

HEADINGS = {
    # toolkit Appendix 5 wording
    "toolkit": {
        "introduction": "Introduction", "author": "Author's Background",
        "agency_background": "Agency Background Information", "background": "Background",
        "family": "Family Composition and Brief History of Family",
        "methodology": "Methodology",
        "involvement": "{agency} Involvement with this Child and Family",
        "analysis": "Analysis of Involvement", "learning": "What Have We Learnt?",
        "recommendations": "Recommendations for Action",
    },
    # an Individual Management Review template's wording
    "imr": {
        "introduction": "Purpose of this Report", "author": "Independence of the Reviewer",
        "agency_background": "Context of the Organisation", "background": "Summary of the Case",
        "family": "Genogram and Household", "methodology": "Sources of Information",
        "involvement": "Narrative Chronology of Contact",
        "analysis": "Critical Analysis", "learning": "Lessons Learned",
        "recommendations": "Single Agency Recommendations",
    },
}
SECTION_ORDER = ("introduction", "author", "agency_background", "background", "family",
                 "methodology", "involvement", "analysis", "learning", "recommendations")


@dataclass
class Family:
    """The names a report uses: the case key's people and staff, and people not in it."""

    child: str = "Kayla Smith"
    child_born: str = "14/03/2013"
    mother: str = "Donna Smith"
    mother_born: str = "2nd July 1994"
    partner: str = "Ryan Carter"
    sibling: str = "Jayden Smith"
    address: str = "12 Acacia Avenue, Milton Keynes MK6 3AB"
    phone: str = "07700 900123"
    email: str = "donna.smith77@example.com"
    nhs_number: str = "943 476 5919"
    ni_number: str = "QQ 12 34 56 C"
    staff: str = "Jane Brown"
    outsiders: tuple[str, ...] = ("grandmother Maureen Fletcher", "uncle Steve", "Dr Patel")


@dataclass
class ReportSpec:
    """What one built report holds. `heading` is style, bold, numbered or capitals."""

    agency: str
    heading: str = "style"
    wording: str = "toolkit"
    family: Family = field(default_factory=Family)
    sections: tuple[str, ...] = SECTION_ORDER
    plant_everywhere: bool = True
    submitted: str = "10/03/2016"     # 'Date of first submission to SCR Panel'
    learning: str = ("practitioners did not see the child on her own, so her experience of "
                     "the home was not known")
    good_practice: str = "the duty team shared the referral with health on the same day"
    recommendations: tuple[tuple[str, str, str, str], ...] = (
        ("Staff must see and speak to the child alone at every home visit",
         "Update the home visit procedure", "Head of Service", "31-12-2016"),
        ("Supervision must review every open case where a new adult joins the household",
         "Add a household change prompt to supervision records", "Team Manager",
         "31-03-2017"),
    )


def _paragraphs(section: str, spec: ReportSpec) -> list[str]:
    """The text of one section, naming the family as real reports do."""
    f = spec.family
    child_first, child_surname = f.child.split()[0], f.child.split()[-1]
    mother_first = f.mother.split()[0]
    partner_surname = f.partner.split()[-1]
    outsiders = ", ".join(f.outsiders)
    return {
        "introduction": [
            f"This agency report was written for the serious case review about {f.child} "
            f"by {spec.agency}."],
        "author": ["The author is a senior manager with no involvement in the case."],
        "agency_background": [f"{spec.agency} provides services across the county."],
        "background": [
            f"{child_first} ({f.child_born}) lived with her mother at {f.address}. "
            f"{child_first}'s brother {f.sibling.split()[0]} also lived there."],
        "family": [
            f"Child: {f.child}, date of birth {f.child_born}",
            f"Mother: {f.mother}, DOB {f.mother_born}",
            f"Mother's partner: {f.partner}; sibling: {f.sibling}",
            f"Other family members: {outsiders}."],
        "methodology": ["The author read the records and met the practitioners."],
        "involvement": [
            f"On 3rd April 2015 Ms {child_surname} telephoned from {f.phone} to say that "
            f"Mr {partner_surname} had moved in. {mother_first}'s email was {f.email}.",
            f"{f.staff} visited K.S. at home; {child_first}’s NHS number {f.nhs_number} was "
            f"checked and her mother's NI number {f.ni_number} was recorded.",
            f"The {child_surname} family's {f.outsiders[0]} said {f.child.upper()} was "
            "often left with neighbours."],
        "analysis": [
            f"Practitioners accepted what {mother_first} said without checking it. "
            f"The {spec.agency} response to {child_first}'s injuries was slow."],
        "learning": [f"Learning: {spec.learning}.",
                     f"Good practice: {spec.good_practice}."],
        "recommendations": [f"{i}. {rec[0]}." for i, rec in enumerate(spec.recommendations, 1)],
    }[section]


def _heading(document, text: str, number: int, style: str) -> None:
    if style == "style":
        document.add_heading(text, level=1)
    elif style == "bold":
        document.add_paragraph().add_run(text).bold = True
    elif style == "numbered":
        document.add_paragraph(f"{number}. {text}")
    else:
        document.add_paragraph(text.upper())


def build_agency_report(path: Path, spec: ReportSpec) -> dict[str, list[str]]:
    """Write an agency report to `path`; the identifiers it planted, by kind."""
    f = spec.family
    document = Document()
    title_page = document.add_paragraph()
    title_page.add_run("Agency Report").bold = True
    document.add_paragraph(f"Name of Agency: {spec.agency}")
    document.add_paragraph(f"Subject: Child {f.child[0]}{f.child.split()[-1][0]}")
    document.add_paragraph(f"Date of first submission to SCR Panel: {spec.submitted}")
    document.add_paragraph("Author: Senior Safeguarding Manager")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Contents")
    for key in spec.sections:
        document.add_paragraph(HEADINGS[spec.wording][key].format(agency=spec.agency))
    for number, key in enumerate(spec.sections, start=1):
        _heading(document, HEADINGS[spec.wording][key].format(agency=spec.agency), number,
                 spec.heading)
        for text in _paragraphs(key, spec):
            document.add_paragraph(text)
    _action_plan(document, spec)
    planted = {
        "name": [f.child, f.mother, f.partner, f.sibling, f.staff, f.child.split()[0],
                 f.mother.split()[0]],
        "date_of_birth": [f.child_born, f.mother_born],
        "address": [f.address.split(",")[0], f.address.split()[-2] + " " + f.address.split()[-1]],
        "phone": [f.phone], "email": [f.email], "nhs_number": [f.nhs_number],
        "ni_number": [f.ni_number],
        "outsider": [o.split(" ", 1)[1] for o in f.outsiders],
    }
    if spec.plant_everywhere:
        _plant_everywhere(document, spec)
    document.save(path)
    return planted


def _action_plan(document, spec: ReportSpec) -> None:
    document.add_paragraph(f"{spec.agency} Recommendations from the Agency Report")
    table = document.add_table(rows=1, cols=8)
    headers = ("", "Recommendation (*SMART)", "Action", "Lead", "Timescale", "Outcome",
               "Progress", "Evidence")
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
    for number, (recommendation, action, lead, timescale) in enumerate(
            spec.recommendations, start=1):
        values = (str(number), recommendation, action, lead, timescale,
                  "Children are seen alone", "Not started", "Audit of case records")
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text


def _plant_everywhere(document, spec: ReportSpec) -> None:
    """Identifiers in the header, footer, a table, a comment, the properties, and a name
    split over runs with different formatting."""
    f = spec.family
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Agency report: {f.child} (DOB {f.child_born})"
    section.footer.paragraphs[0].text = f"Family address: {f.address}"
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Person"
    table.cell(0, 1).text = "Contact"
    table.cell(1, 0).text = f.mother
    table.cell(1, 1).text = f"{f.phone}, {f.email}"
    split = document.add_paragraph("The health visitor met ")
    first = f.child.split()[0]
    half = len(first) // 2
    split.add_run(first[:half]).bold = True
    run = split.add_run(first[half:])
    run.italic = True
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    run.font.size = Pt(13)
    split.add_run(" at nursery.")
    document.add_comment(split.runs[1], text=f"Check with {f.mother} ({f.phone})",
                         author=f.staff, initials="".join(w[0] for w in f.staff.split()))
    properties = document.core_properties
    properties.title = f"Agency report about {f.child}"
    properties.author = f.staff
    properties.subject = f.mother
    properties.keywords = f.address
    properties.comments = f"NHS {f.nhs_number}"
    properties.last_modified_by = f.staff


def build_terms_of_reference(path: Path, *, review: str = "Serious Case Review",
                             child: str = "Kayla Smith") -> Path:
    """Write a terms of reference document (it names the child, as drafts often do)."""
    document = Document()
    document.add_heading(f"{review}: Terms of Reference", level=0)
    document.add_heading("Scope", level=1)
    document.add_paragraph(f"The review covers the agencies' contact with {child} from "
                           "1 January 2014 to 31 December 2015.")
    document.add_heading("Key lines of enquiry", level=1)
    document.add_paragraph("How well did agencies share information about new adults in "
                           "the household?")
    document.add_paragraph("Was the child seen and heard?")
    document.add_heading("Review panel", level=1)
    document.add_paragraph("Independent chair; Designated Nurse; Detective Inspector.")
    document.add_heading("Timescales", level=1)
    document.add_paragraph("Agency reports by 15 March 2016.")
    document.save(path)
    return path


DEMO_REPORTS = (("Thames Valley Police", "style", "toolkit", "10/03/2016"),
                ("Children's Social Care", "bold", "imr", "15/03/2016"),
                ("Health Visiting Service", "numbered", "toolkit", "20/03/2016"))


def build_report_folder(folder: Path, reports=DEMO_REPORTS, *, terms: bool = True
                        ) -> dict[str, dict[str, list[str]]]:
    """Agency reports for several agencies (and terms of reference) in `folder`; what each
    planted, by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    planted = {}
    for agency, heading, wording, submitted in reports:
        name = "".join(c for c in agency.lower() if c.isalnum() or c == " ").replace(" ", "_")
        path = folder / f"{name}_agency_report.docx"
        planted[path.name] = build_agency_report(
            path, ReportSpec(agency=agency, heading=heading, wording=wording,
                             submitted=submitted))
    if terms:
        build_terms_of_reference(folder / "terms_of_reference.docx")
    return planted


_FOOTNOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>
</w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t>
</w:r></w:p></w:footnote>
</w:footnotes>"""


def add_footnote(path: Path, after: str, text: str) -> None:
    """Give the paragraph holding `after` a footnote reading `text` (python-docx cannot
    write footnotes, so the parts are added to the package directly)."""
    import re
    import zipfile
    from xml.sax.saxutils import escape

    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    document = parts["word/document.xml"].decode("utf-8")
    reference = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                 '<w:footnoteReference w:id="1"/></w:r>')
    index = document.index(escape(after))
    close = document.index("</w:p>", index)
    parts["word/document.xml"] = (document[:close] + reference + document[close:]).encode()
    parts["word/footnotes.xml"] = _FOOTNOTES.format(text=escape(text)).encode()
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    parts["word/_rels/document.xml.rels"] = re.sub(
        "</Relationships>", '<Relationship Id="rIdFootnotes1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
        'Target="footnotes.xml"/></Relationships>', rels).encode()
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts.items():
            target.writestr(name, content)
