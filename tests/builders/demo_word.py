"""The demo case's Word returns from `demo_story`: each entry's markup as docx_builder
pieces (tracked changes, controls, links, fields), year headings, a table split in two,
a deleted and inserted rows, the heading row pasted in again, the staff key."""

from __future__ import annotations

import re

from tests.builders import demo_entries, demo_health
from tests.builders import demo_story as story
from tests.builders.demo_files import fixed_properties, landscape
from tests.builders.docx_builder import ChronologyDocx
from tests.builders.docx_pieces import (
    MERGED,
    ComplexField,
    Control,
    Deleted,
    Hyperlink,
    Inserted,
    Row,
    Section,
)

# Markup in the story's cell text -> docx_builder pieces (see demo_entries.as_read).
_PIECE = re.compile(r"\[\+(.*?)\+\]|\[-(.*?)-\]|<<(.*?)>>|\{\{(.*?)\|([^}]*)\}\}|\(\((.*?)\)\)",
                    re.S)


def pieces(text: str) -> str | list:
    """A cell's text as docx_builder pieces: plain text stays a str."""
    if not demo_entries.has_markup(text):
        return text
    found: list = []
    position = 0
    for match in _PIECE.finditer(text):
        if match.start() > position:
            found.append(text[position:match.start()])
        inserted, deleted, control, link_text, url, field_result = match.groups()
        if inserted is not None:
            found.append(Inserted(inserted))
        elif deleted is not None:
            found.append(Deleted(deleted))
        elif control is not None:
            found.append(Control(control, tag="category"))
        elif link_text is not None:
            found.append(Hyperlink(link_text, url))
        else:
            found.append(ComplexField(field_result, " REF appendix_2 \\h "))
        position = match.end()
    if position < len(text):
        found.append(text[position:])
    return found


# --- Word returns -----------------------------------------------------------------------

_INSTRUCTIONS = (
    "Record any occasion there was direct or indirect contact with the child",
    "Record any occasion there was direct or indirect contact with the family members - "
    "individually or as a unit",
    "Include exact dates: day-month-year, if not known, state 'not known' do not include "
    "periods of time",
    "Record times in 24-hour format",
)

# The staff ID table's headings as each agency wrote them.
_STAFF_HEADINGS = {
    "police": ("Initials", "Name and role"),
    "csc": ("ID", "Role"),
    "hv-first": ("Code", "Designation"),
    "hv": ("Code", "Designation"),
    "housing": ("Initials", "Job title"),
    "school": ("Staff initials", "Role"),
}

# Whole rows changed with track changes on. A deleted row is shown struck through in Word
# and is not an entry; inserted rows are entries (the amended return's additions).
_DELETED_ROW = {
    "csc": ["16.04.2014", "", "", "Duplicate contact record - see above.", "Contact record",
            "MASH1", ""],
}
_INSERTED_ROWS = {"hv": demo_health.HV_ADDED}   # rows the amended return adds, tracked


def _entry_row(ret: story.ChronologyReturn, entry: story.Entry) -> list | Row:
    date_cell: object = entry.when
    if entry.quirk == "date_merged":
        date_cell = MERGED
    cells = [date_cell, *(pieces(text) for text in entry.cells())]
    if entry.when in _INSERTED_ROWS.get(ret.key, ()):
        return Row(cells, inserted=True)
    return cells


def _year_of(entry: story.Entry) -> str:
    match = re.search(r"(?:19|20)\d\d", entry.when)
    if match:
        return match.group(0)
    two_digit = re.search(r"/(\d\d)\b", entry.when)
    return f"20{two_digit.group(1)}" if two_digit else ""


def _with_year_rows(ret: story.ChronologyReturn, entries: list[story.Entry]) -> list:
    """Rows of a table, a year heading (one cell across the table) before each new year."""
    rows: list = []
    year = ""
    for entry in entries:
        entry_year = _year_of(entry) or year
        if ret.year_rows and entry_year != year:
            rows.append(Section(entry_year))
        year = entry_year
        rows.append(_entry_row(ret, entry))
    return rows


def word_return(ret: story.ChronologyReturn) -> bytes:
    """The return as a .docx (not yet protected)."""
    doc = ChronologyDocx()
    fixed_properties(doc.document.core_properties, ret.completed_by, "Chronology", ret.file_time)
    landscape(doc.document.sections[0])
    doc.paragraph(f"Chronology Template in respect of: Kayla Smith (DOB 14/03/2013) - "
                  f"{story.REFERENCE}")
    doc.header_block(agency=ret.agency_written, date_completed=ret.date_completed,
                     completed_by=ret.completed_by, as_table=ret.header_as_table,
                     labels=story.HEADER_LABELS[ret.key])
    for line in _INSTRUCTIONS:
        doc.paragraph(f"- {line}")
    entries = list(ret.entries)
    if ret.split_by_year:
        # Two tables, as a return pasted together from two files: 2013-14 and 2015-16.
        first = [e for e in entries if _year_of(e) in ("2013", "2014")]
        second = entries[len(first):]
        doc.add_table(list(ret.headings), _with_year_rows(ret, first))
        doc.paragraph("Chronology continued")
        doc.add_table(list(ret.headings), _with_year_rows(ret, second))
    else:
        rows = _with_year_rows(ret, entries)
        if ret.key in _DELETED_ROW:
            rows.insert(2, Row(_DELETED_ROW[ret.key], deleted=True))
        if ret.key == "school":
            # The heading row copied in again halfway down, as when pages are pasted.
            rows.insert(len(rows) // 2, list(ret.headings))
        doc.add_table(list(ret.headings), rows, control=ret.key == "csc")
    if ret.key in _STAFF_HEADINGS:
        doc.add_staff_table(list(ret.staff_key), _STAFF_HEADINGS[ret.key])
    else:
        doc.paragraph("Staff: " + "; ".join(f"{code} = {role}" for code, role in
                                           ret.staff_key))
    return doc.to_bytes()
