"""An agency report's sections placed under the overview's headings, numbers dropped."""

from __future__ import annotations

import io

from docx import Document

from pipeline.assemble._placed import place_sections

TITLES = {"involvement": "Involvement with the child and family",
          "analysis": "Analysis of involvement"}


def report(build) -> bytes:
    document = Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def placed(data: bytes) -> list[tuple[str, str]]:
    document = Document(io.BytesIO(place_sections(data, TITLES, level=3)))
    return [(p.text, p.style.name) for p in document.paragraphs]


def test_numbered_headings_and_paragraphs_lose_the_reports_own_numbers():
    def build(document):
        heading = document.add_paragraph()
        heading.add_run("7. Health Visiting ").bold = True
        heading.add_run("Involvement with the Family").bold = True
        document.add_paragraph("7.1 Health Visitor saw the child at home.")
        tabbed = document.add_paragraph()
        tabbed.add_run("7.2")
        tabbed.add_run().add_tab()
        tabbed.add_run("Seen again in March.")
        document.add_heading("7.3 Contact in 2015", level=2)
        document.add_paragraph("15.05.2015 a visit was missed.")
        document.add_paragraph("2.30pm was the time of the call.")
        document.add_paragraph("8. ANALYSIS OF INVOLVEMENT")
        document.add_paragraph("8.1. The caseload was not reallocated.")

    assert placed(report(build)) == [
        ("Involvement with the child and family", "Heading 3"),
        ("Health Visitor saw the child at home.", "Normal"),
        ("Seen again in March.", "Normal"),
        ("Contact in 2015", "Heading 4"),
        ("15.05.2015 a visit was missed.", "Normal"),       # a date, not a number
        ("2.30pm was the time of the call.", "Normal"),
        ("Analysis of involvement", "Heading 3"),
        ("The caseload was not reallocated.", "Normal"),
    ]


def test_a_heading_in_the_reports_own_style_takes_the_overviews():
    def build(document):
        heading = document.add_heading("", level=1)
        run = heading.add_run("Narrative Chronology of Contact")
        run.font.all_caps, run.font.size = True, 200000
        document.add_paragraph("After the first incident the MASH gave advice.")
        document.add_heading("Summary of contact", level=1)      # a second 'involvement'
        document.add_paragraph("More contact.")

    document = Document(io.BytesIO(place_sections(report(build), TITLES, level=3)))
    first = document.paragraphs[0]
    assert (first.text, first.style.name) == ("Involvement with the child and family",
                                              "Heading 3")
    assert all(run.font.size is None and not run.font.all_caps for run in first.runs)
    assert [(p.text, p.style.name) for p in document.paragraphs[1:]] == [
        ("After the first incident the MASH gave advice.", "Normal"),
        ("Summary of contact", "Heading 4"), ("More contact.", "Normal")]


def test_measures_and_dates_keep_their_numbers():
    def build(document):
        document.add_heading("3. Agency involvement", level=1)
        document.add_paragraph("3.5 hours later the police arrived.")
        document.add_heading("12.04.2015 14:30", level=2)
        document.add_paragraph("3.2 The ambulance came.")

    assert placed(report(build)) == [
        ("Involvement with the child and family", "Heading 3"),
        ("3.5 hours later the police arrived.", "Normal"),
        ("12.04.2015 14:30", "Heading 4"),
        ("The ambulance came.", "Normal")]


def test_a_damaged_package_is_given_back_as_it_is():
    assert place_sections(b"PK\x03\x04 not a zip", TITLES, level=3) == b"PK\x03\x04 not a zip"


def test_terms_of_reference_without_title_or_panel_list_under_the_overviews_headings():
    from pipeline.assemble._placed import terms_for_overview

    def build(document):
        document.add_heading("Serious Case Review: Terms of Reference", level=0)
        document.add_heading("1. Scope", level=1)
        document.add_paragraph("The review covers 2014 and 2015.")
        bold = document.add_paragraph()
        bold.add_run("Key lines of enquiry").bold = True
        document.add_paragraph("1. How well did agencies share information about the "
                               "household?")
        document.add_heading("Review panel", level=1)
        document.add_paragraph("Independent chair; Designated Nurse.")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(1, 0).text = "Role", "Named GP"
        document.add_heading("Timescales", level=1)
        document.add_paragraph("Agency reports by 15 March 2016.")

    data = terms_for_overview(report(build), "The panel: see section 2.", level=3)
    document = Document(io.BytesIO(data))
    assert [(p.text, p.style.name) for p in document.paragraphs] == [
        ("Scope", "Heading 3"), ("The review covers 2014 and 2015.", "Normal"),
        ("Key lines of enquiry", "Heading 3"),
        ("1. How well did agencies share information about the household?", "Normal"),
        ("The panel: see section 2.", "Normal"),
        ("Timescales", "Heading 3"), ("Agency reports by 15 March 2016.", "Normal")]
    assert document.tables == []                        # the panel's table went with it


def test_paragraphs_word_numbers_by_the_headings_outline_lose_the_number():
    """Real reports number '7.' and '7.1' with one outline list: the heading's list goes
    from its paragraphs; a bulleted list (another list) stays."""
    from docx.oxml import parse_xml

    def numbered(paragraph, list_id: str, level: int) -> None:
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:ilvl w:val="{level}"/><w:numId w:val="{list_id}"/></w:numPr>'))

    def build(document):
        numbered(document.add_heading("Agency involvement", level=1), "5", 0)
        numbered(document.add_paragraph("Health Visitor saw the child."), "5", 1)
        numbered(document.add_paragraph("A bullet of another list."), "9", 0)

    document = Document(io.BytesIO(place_sections(report(build), TITLES, level=3)))
    lists = [p._p.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
                       "numId") for p in document.paragraphs]
    assert [None if n is None else n.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
        for n in lists] == [None, None, "9"]
