"""merged_chronology.docx: the chronology the panel reads.

Landscape; RESTRICTED and the case reference in the header, 'Page N of M' in the footer;
the timeline on the first page, then the agency colour key, the legend of marks and the
gaps; then one table with a header row repeated on every page. The table's rows are
written as XML (pipeline.ooxml.wordwrite), because python-docx takes about a
millisecond a row.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections import Counter
from collections.abc import Iterator

from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

from pipeline import panel_view
from pipeline.assemble import timeline
from pipeline.assemble._colours import HEADER_FILL, agency_colours, tint
from pipeline.assemble._docprops import set_properties
from pipeline.assemble._render import Built, Rendered
from pipeline.assemble.validation_report import plural
from pipeline.dates import shown_time
from pipeline.model import CaseRun, Inconsistency, Precision, Row
from pipeline.ooxml import wordwrite
from pipeline.ooxml.ns import nsdecls
from pipeline.ooxml.wordwrite import Cell, CellTuple, append_paragraphs

log = logging.getLogger(__name__)

NAME = "merged_chronology.docx"
# The Word documents list this many inconsistencies, then say how many more there are:
# a list of thousands (routine entries in the same words on many days) cannot be read,
# and the workbook's Inconsistencies sheet, which filters and sorts, holds every one.
LISTED = 200


# Width in twentieths of a point (567 = 1 cm); a landscape A4 page with 1.27 cm margins
# holds 15,398.
COLUMNS = (("Marks", 1300), ("Date", 1140), ("Time", 620), ("Age", 820), ("Agency", 1400),
           ("Contact with child", 2400), ("Contact with parents/carers and family", 2400),
           ("Inter/intra-agency communication", 2400), ("Source", 1200), ("Staff", 800),
           ("Comment", 1700))
AGE_WIDTH = 820

# The marks column, explained in the legend under the key: only what changes how a row
# is read (pipeline.panel_view).
MARKS = (panel_view.NEW, panel_view.CHANGED, panel_view.EVENT, panel_view.INCONSISTENT,
         panel_view.PANEL, panel_view.FLAGGED)


def age_at(born: dt.date | None, on: dt.date | None) -> str:
    """The child's age on a day as '2y 3m', 'unborn' before birth, '' if unknown."""
    if born is None or on is None:
        return ""
    if on < born:
        return "unborn"
    months = (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)
    return f"{months // 12}y {months % 12}m"


def shown_date(row: Row) -> tuple[str, str]:
    """(date, time) as the document shows them: dd-mm-yyyy and HH:MM for a day (a time
    that may be am or pm as written); the text as written otherwise, since a period or
    unknown date must not look like a day."""
    reading = row.reading
    if reading is not None and reading.precision is Precision.DAY and reading.date:
        time = shown_time(reading, row.time_as_written)
        if "date_with_text" in reading.flags:   # the words after the day are not lost
            return f"{reading.date_text}\n{row.date_as_written}", time
        return reading.date_text, time
    return row.date_as_written, row.time_as_written


def marks(row: Row, by_file: dict[str, list[str]] | None = None) -> str:
    """The row's marks cell: one mark a line (spaces, not underscores, so a narrow
    column wraps between words); `by_file` as panel_view.panel_flags takes it."""
    return "\n".join(panel_view.row_marks(row, by_file))


def columns(run: CaseRun) -> list[tuple[str, int]]:
    """The table's (heading, width); Age only where the child's date of birth is known,
    its width then given to the comment."""
    if run.case.subject_born is not None:
        return list(COLUMNS)
    return [(name, width + AGE_WIDTH if name == "Comment" else width)
            for name, width in COLUMNS if name != "Age"]


def table_rows(run: CaseRun) -> Iterator[list[CellTuple]]:
    """Every merged row as (text, fill, bold) cells, shaded by agency (made as the table
    is written)."""
    colours = agency_colours(run)
    tints = {agency: tint(colour) for agency, colour in colours.items()}
    born = run.case.subject_born
    by_file = panel_view.off_template(run)
    for row in run.merged:
        full, light = colours[row.agency], tints[row.agency]
        date, time = shown_date(row)
        reading = row.reading
        cells = [(marks(row, by_file), full, True), (date, light, False),
                 (time, light, False)]
        if born is not None:
            exact = reading.date if reading and reading.precision is Precision.DAY else None
            cells.append((age_at(born, exact), light, False))
        cells += [(row.agency, full, False), (row.child, light, False),
                  (row.family, light, False), (row.communication, light, False),
                  (row.source, light, False), (row.staff, light, False),
                  (row.comment, light, False)]
        yield cells


def build(run: CaseRun, picture: bytes) -> bytes:
    """The merged chronology as an unprotected .docx, `picture` (timeline.png) on its
    first page."""
    document = wordwrite.blank_document()
    _page_setup(document, run)
    set_properties(document, run, title=f"Merged chronology {run.case.reference}",
                   subject=run.case.review)
    case = run.case
    heading = wordwrite.add_heading(
        document, f"Merged chronology: {case.review} {case.reference}", 1)
    heading.paragraph_format.space_after = Pt(2)
    document.add_paragraph(_summary_line(run)).runs[0].font.size = Pt(9)
    document.add_picture(io.BytesIO(picture), width=Cm(23))
    key = _key(document, run)
    _legend(document, run)
    _gaps(document, run)
    _inconsistencies(document, run)
    document.add_paragraph(wordwrite.marker("chronology"))
    plain = wordwrite.docx_bytes(document)
    widths = [w for _, w in columns(run)]
    header = [Cell(name, HEADER_FILL, bold=True) for name, _ in columns(run)]
    chronology = wordwrite.table(widths, header, table_rows(run))
    return wordwrite.replace_markers(plain, {"key": key, "chronology": chronology})


def render(run: CaseRun, built: Built) -> Rendered:
    return Rendered({NAME: build(run, built.file(timeline.NAME))})


def _summary_line(run: CaseRun) -> str:
    case = run.case
    new = run.new_since_last
    changes = ("First merge of this case: no rows are marked NEW." if run.first_merge
               else f"{plural(new, 'row')} {'is' if new == 1 else 'are'} new since the last "
                    "merge (marked NEW).")
    agencies = len({r.agency for r in run.merged})
    return (f"RESTRICTED. {case.subject}; review period {case.period_from:%d-%m-%Y} to "
            f"{case.period_to:%d-%m-%Y}. {plural(len(run.merged), 'entry', 'entries')} from "
            f"{plural(agencies, 'agency', 'agencies')}, merged {run.today:%d-%m-%Y}. "
            f"{changes} {plural(len(run.superseded), 'superseded return')} left out; "
            f"{plural(len(run.duplicates_dropped), 'exact duplicate')} left out.")


def _page_setup(document, run: CaseRun) -> None:
    normal = document.styles["Normal"]
    normal.font.size = Pt(8)
    normal.font.name = "Arial"
    normal.paragraph_format.space_after = Pt(0)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.27))
    section.header_distance = section.footer_distance = Cm(0.6)
    header = section.header.paragraphs[0]
    run_ = header.add_run(f"RESTRICTED    {run.case.reference}    Merged chronology")
    run_.bold = True
    footer = section.footer.paragraphs[0]
    footer.add_run("RESTRICTED    Page ").bold = True
    footer._p.append(_field("PAGE"))
    footer.add_run(" of ").bold = True
    footer._p.append(_field("NUMPAGES"))


def _field(instruction: str):
    return parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} \\* MERGEFORMAT ">'
        "<w:r><w:rPr><w:b/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>")


def _key(document, run: CaseRun) -> Iterator[str]:
    """Adds the key's title and marker; returns the key table's XML."""
    present = {row.agency for row in run.merged}
    colours = {name: colour for name, colour in agency_colours(run).items()
               if name in present}
    document.add_paragraph().add_run("Agency colours").bold = True
    entries = Counter(row.agency for row in run.merged)
    key_rows = [[Cell(name, colour), Cell(f"{entries[name]} entries", tint(colour))]
                for name, colour in colours.items()]
    document.add_paragraph(wordwrite.marker("key"))
    return wordwrite.table(
        [4000, 1600], [Cell("Agency", HEADER_FILL, True), Cell("Entries", HEADER_FILL, True)],
        key_rows)


def _legend(document, run: CaseRun) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run("Marks: ").bold = True
    paragraph.add_run("; ".join(f"{mark} = {words}" for mark, words in MARKS) + ".")
    by_file = panel_view.off_template(run)
    codes = {code for row in run.merged for code in panel_view.panel_flags(row, by_file)}
    for kind, flags in panel_view.legend(codes):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"! {kind.name.capitalize()}").bold = True
        paragraph.add_run(f" ({kind.meaning}): ")
        paragraph.add_run("; ".join(f"{words} = {meaning}" for words, meaning in flags) + ".")
    paragraph = document.add_paragraph(
        "Dates are day-month-year and times 24-hour. Age is the child's age in years (y) "
        "and months (m) on the day of the entry. Entries are in date order (entries with no "
        "time first on their day); entries with no date known follow all dated ones. "
        + _off_template_words(run))


def _off_template_words(run: CaseRun) -> str:
    """The legend's sentence on returns not on the template, naming this case's."""
    words = ("A return not on the template (one narrative column instead of the three "
             "contact columns) has its narrative shown under Contact with child, and each of "
             "its entries is marked \"! not on template\".")
    agencies = sorted({ret.agency for ret in run.returns
                       if ret.file in panel_view.off_template(run)})
    return words + (f" In this case: {', '.join(agencies)}." if agencies else "")


def _gaps(document, run: CaseRun) -> None:
    document.add_paragraph().add_run(
        f"Periods with no recorded contact (longer than {plural(run.case.gap_days, 'day')})"
    ).bold = True
    if not run.gaps:
        document.add_paragraph("None.")
        return
    text = "; ".join(f"{g.agency}: {g.start:%d-%m-%Y} to {g.end:%d-%m-%Y} ({g.days} days)"
                     for g in run.gaps)
    document.add_paragraph(text + ".")


def listed(run: CaseRun) -> tuple[list[Inconsistency], str]:
    """The inconsistencies a Word document lists (the first LISTED), and the line that
    says where the rest are ("" when there are no more)."""
    more = len(run.inconsistencies) - LISTED
    if more <= 0:
        return run.inconsistencies, ""
    return run.inconsistencies[:LISTED], (
        f"And {more:,} more (of {len(run.inconsistencies):,}): see the Inconsistencies sheet "
        "of merged_chronology.xlsx, which lists every one.")


def _inconsistencies(document, run: CaseRun) -> None:
    """The inconsistencies between agencies, for the panel to look at (marked I001...)."""
    if not run.inconsistencies:
        return
    document.add_paragraph().add_run("Inconsistencies between agencies").bold = True
    shown, more = listed(run)
    append_paragraphs(document, [f"{found.id}: {found.explanation}" for found in shown]
                      + ([more] if more else []))
