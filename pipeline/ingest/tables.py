"""From a reader's plain tables to a `Return`: headings found, entries kept, the rest skipped.

Readers (Word, Excel, CSV) only turn their format into `RawTable`s; everything about the
template's meaning (heading rows, repeated headings, section rows, merged cells, the
staff ID list, the header block) is decided here, once, for every format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.case import Case
from pipeline.errors import IngestError
from pipeline.ingest import columns, meaning, staff_key
from pipeline.ingest.header import HEADER_LABELS, read_header_block
from pipeline.model import Provenance, Return, Row

# A vertically merged cell continues the one above. For these columns the entry below
# shares the value ("a date cell merged down over two entries gives both that date");
# narrative columns are not copied, so no text is written twice.
FILL_DOWN = {"date", "time", "end_date", "end_time", "source", "staff"}
MAX_CELL_CHARS = 32_767   # Excel's own limit for one cell; a longer one is continued

MAX_TITLE_CHARS = 80   # a title line that may name the agency ("Thames Valley Police")
TITLE_LINES = 3        # how many first lines are the document's title


# A line above the chronology (or the file name) saying the return is a new version.
_VERSION = re.compile(r"\b(version|ver\.?|v)\s*[2-9]\d*(\.\d+)?\b|\brevised\b|\bre-?submi|"
                      r"\bupdated (return|chronology|version)|\bamended\b|\breplaces\b|"
                      r"\bsupersedes\b", re.I)
_PART = re.compile(r"\bpart\s*\d|\b(team|section)\b", re.I)


def version_note(header_lines: list[str], file_stem: str) -> str:
    """The first short line above the chronology, or the file name, that calls the return a
    new version ("Version 2", "Revised chronology"); "" if none does, or if it says part."""
    for line in (*header_lines[:40], file_stem.replace("_", " ")):
        if len(line) <= MAX_TITLE_CHARS and _VERSION.search(line) and not _PART.search(line):
            return line.strip()
    return ""


class NoChronologyTable(IngestError):
    """No table of the file has a chronology heading row; the reader says what it is."""


@dataclass
class RawRow:
    """One table row as the reader saw it. A cell is None where a merge continues it."""

    number: int                       # as a person counts it (1-based, header included)
    cells: list[str | None]
    spans_all: bool = False           # one cell across the whole row (a section heading)


@dataclass
class RawTable:
    name: str                         # "1", "2"... in Word; the sheet name in Excel
    rows: list[RawRow] = field(default_factory=list)


def build_return(source, case: Case, header_lines: list[str], tables: list[RawTable],
                 file_flags: list[str] | None = None) -> Return:
    """The return these tables hold. Raises IngestError if none is a chronology."""
    ret = Return(path=source.path, file=source.file, sha256=source.sha256,
                 file_flags=list(file_flags or []))
    layout = _Layout()
    sign_off_lines: list[str] = []
    for table in tables:
        if staff_key.read_table(table, ret):
            continue
        if layout.mapping is not None and _is_sign_off(table):
            sign_off_lines += [(c or "").strip() for r in table.rows for c in r.cells
                               if (c or "").strip()]
            continue
        layout.read_table(table)
        if layout.staff_rows is not None:
            staff_key.read_rows(*layout.staff_rows, ret)
            layout.staff_rows = None
    if layout.mapping is None:
        raise NoChronologyTable("holds no chronology table (no table has a Date column and "
                                "the template's other headings); check it is the chronology "
                                "return, on the Appendix 4 template.")
    layout.finish(ret)
    ret.rows_read = len(ret.rows)
    flag_long_cells(ret)
    # The header block is read before the chronology; a sign-off table after it fills gaps.
    header_block = {**read_header_block(sign_off_lines), **read_header_block(header_lines)}
    ret.date_completed = header_block.get("date_completed", "")
    ret.completed_by = header_block.get("completed_by", "")
    ret.in_respect_of = header_block.get("in_respect_of", "")
    ret.version_note = version_note(header_lines, source.path.stem)
    _name_agency(ret, case, header_block.get("agency", ""), header_lines, source.path.stem)
    return ret


@dataclass
class _Heading:
    """One heading row and the entries read under it (in every table it heads)."""

    cells: list[str]
    mapping: dict[int, str]
    entries: list[RawRow] = field(default_factory=list)


@dataclass
class _Layout:
    """The chronology's column headings as known so far; they carry over split tables.

    Entries are only collected here; `finish` decides each column's meaning from its
    heading and its cells (pipeline/ingest/meaning.py) and makes the rows.
    """

    current: _Heading | None = None
    headings: list[_Heading] = field(default_factory=list)
    # Every entry in reading order: (its heading, the row, table name, fill-down group).
    pending: list[tuple[_Heading, RawRow, str, int]] = field(default_factory=list)
    group: int = 0
    staff_rows: tuple[RawTable, int] | None = None   # a staff list's title inside a table

    @property
    def mapping(self) -> dict[int, str] | None:
        return None if self.current is None else self.current.mapping

    def read_table(self, table: RawTable) -> None:
        """Collect the table's entries; heading, sub-heading and section rows skipped."""
        self.group += 1                   # merged cells never continue across tables
        after_heading = False
        first_in_table = True
        number, by_content = content_heading_row(table) or (None, None)
        for raw in table.rows:
            texts = [c or "" for c in raw.cells]
            if not any(t.strip() for t in texts):
                continue
            if raw.number == number or self._is_new_heading(texts, first_in_table):
                self._start_heading(texts, by_content if raw.number == number else None)
                after_heading, first_in_table = True, False
                continue
            first_in_table = False
            if self.current is None:
                continue           # text above the chronology: the header block, notes
            if after_heading and self._refine(texts):
                after_heading = False
                continue
            after_heading = False
            if staff_key.is_title(texts):     # the staff list at the foot of the table
                self.staff_rows = (table, raw.number)
                return
            if columns.same_heading(texts, self.current.cells) or _is_section(raw, texts):
                continue
            if raw.spans_all:      # a note written across the whole table: kept, not lost
                # Its text goes past the last column, so it joins the comment.
                note = "\n".join(t for t in texts if t.strip())
                raw = RawRow(raw.number, [""] * (max(self.current.mapping) + 1) + [note])
            self.current.entries.append(raw)
            self.pending.append((self.current, raw, table.name, self.group))

    def _start_heading(self, texts: list[str], by_content: dict[int, str] | None) -> None:
        """A heading row (its meanings `by_content` when only its cells below make it
        one); one repeated (each page, a split table) keeps its entries together, so its
        columns' meaning is decided on all of them."""
        self.group += 1
        for known in self.headings:
            if columns.same_heading(texts, known.cells):
                self.current = known
                return
        self.current = _Heading(texts, by_content or columns.match_header(texts))
        self.headings.append(self.current)

    def _is_new_heading(self, texts: list[str], first_in_table: bool) -> bool:
        found = columns.match_header(texts)
        if found is None:
            return False
        # Inside a table, a heading row repeated by hand keeps the date column: an entry
        # that happens to hold heading words elsewhere is not taken for one.
        return (self.current is None or first_in_table
                or _date_column(found) == _date_column(self.current.mapping))

    def _refine(self, texts: list[str]) -> bool:
        """Take a second heading row ("Child | Family | Other agencies") into the mapping."""
        refined = columns.refine_with_subheading(self.current.mapping, texts)
        if refined is None:
            return False
        self.current.mapping = refined
        self.current.cells = [" ".join(filter(None, (h.strip(), t.strip())))
                              for h, t in zip(self.current.cells, texts, strict=False)]
        return True

    def finish(self, ret: Return) -> None:
        """Decide every heading's columns on its entries and append the rows to `ret`."""
        resolved = {id(h): meaning.resolve(h.cells, h.mapping, [r.cells for r in h.entries])
                    for h in self.headings}
        if any(r.narrative for r in resolved.values()):
            ret.file_flags.append("single_contact_column")
        previous: dict[str, str] = {}     # the entry above, for vertically merged cells
        group = None
        for heading, raw, table_name, row_group in self.pending:
            if row_group != group:
                previous, group = {}, row_group
            ret.rows.append(_entry(raw, resolved[id(heading)], previous, table_name, ret))


def _entry(raw: RawRow, resolved: meaning.Resolved, previous: dict[str, str], table: str,
           ret: Return) -> Row:
    """The entry of one row; `previous` (the entry above) fills vertically merged cells."""
    joined: dict[str, str] = {}       # each column's cells, the filled ones on lines
    for index, name in resolved.mapping.items():
        cell = raw.cells[index] if index < len(raw.cells) else ""
        if cell is None:
            cell = previous.get(name, "") if name in FILL_DOWN else ""
        if name not in joined:
            joined[name] = cell
        elif cell:
            joined[name] = f"{joined[name]}\n{cell}" if joined[name] else cell
    previous.clear()
    previous.update(joined)
    # A column with no template meaning is kept in the comment under its heading.
    kept = [f"{resolved.titles.get(i, '')}: {c}" if resolved.titles.get(i) else c
            for i, c in enumerate(raw.cells)
            if i not in resolved.mapping and c and c.strip()]
    date, time = _range(joined, "date", kept, resolved), _range(joined, "time", kept, resolved)
    return Row(
        provenance=Provenance(ret.file, table, raw.number),
        agency="",
        date_as_written=date.strip(),
        time_as_written=time.strip(),
        child=joined.get("child", ""),
        family=joined.get("family", ""),
        communication=joined.get("communication", ""),
        source=joined.get("source", ""),
        staff=joined.get("staff", ""),
        comment="\n".join(filter(None, [joined.get("comment", ""), *kept])),
        order=len(ret.rows),
    )


def _range(joined: dict[str, str], kind: str, kept: list[str],
           resolved: meaning.Resolved) -> str:
    """The start (date or time) as written, with its end where an End column gives a
    different one ("03/04/2014 - 05/04/2014"); an end with no start joins the comment."""
    start, end = joined.get(kind, "").strip(), joined.get(f"end_{kind}", "").strip()
    if not end or end == start:
        return start
    if start:
        return f"{start} - {end}"
    title = next((resolved.titles[i] for i, n in resolved.mapping.items()
                  if n == f"end_{kind}"), f"End {kind}")
    kept.append(f"{title}: {end}")
    return ""


def content_heading_row(table: RawTable) -> tuple[int, dict[int, str]] | None:
    """(row number, column meanings) of the row heading a chronology not on the template
    (no contact column named, but dated entries and a column of long free text below), if
    the table's first rows hold no template heading row; else None."""
    rows = [r for r in table.rows if any((c or "").strip() for c in r.cells)]
    if any(columns.match_header([c or "" for c in r.cells]) is not None
           for r in rows[:meaning.HEADING_SEARCH_ROWS]):
        return None
    found = meaning.content_heading([r.cells for r in rows])
    return None if found is None else (rows[found[0]].number, found[1])


def _date_column(mapping: dict[int, str]) -> int:
    return next(index for index, name in mapping.items() if name == "date")


_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_SECTION = re.compile(
    rf"^\s*((19|20)\d\d|{_MONTHS},? (19|20)\d\d|"
    r"(part|section|period|phase|stage) [\w.]+(\s*[:\-\u2013].{0,50})?)\s*$", re.I)
# A day in the text ("03/04/2015", "3rd April") makes a line across the table an entry.
_DAY = re.compile(
    rf"\b\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}\b|\b\d{{1,2}}(st|nd|rd|th)?\s+{_MONTHS}", re.I)
MAX_SECTION_CHARS = 60   # "2015", "Before the review period" - longer text is a note


def _is_section(raw: RawRow, texts: list[str]) -> bool:
    """A row that only separates sections: a year or heading, not an entry.

    Either one short line without a day across the whole table (a merged row), or a
    year/section text repeated in every cell (a merged row read cell by cell) or alone in
    a row whose other cells are empty.
    """
    filled = [t.strip() for t in texts if t.strip()]
    if len(set(filled)) != 1:
        return False
    text = filled[0]
    if raw.spans_all:
        return len(text) <= MAX_SECTION_CHARS and "\n" not in text and not _DAY.search(text)
    return bool(_SECTION.match(text)) and len(filled) in (1, len(texts))


_SIGN_OFF_LABEL = re.compile(
    r"^\s*(signed|signature|designation|job title|role|position|date|telephone|tel|email|"
    r"e-mail|contact details|name)\b[^:]{0,30}(:|$)", re.I)


def _is_sign_off(table: RawTable) -> bool:
    """A table after the chronology that only holds labelled details ("Completed by: ...").

    Every filled row starts with a header-block or sign-off label; such a table is read for
    the header block, and its rows are not entries.
    """
    filled = [[c.strip() for c in r.cells if c and c.strip()] for r in table.rows]
    filled = [cells for cells in filled if cells]
    if not filled or any(len(cells) > 4 or max(map(len, cells)) > 100 for cells in filled):
        return False       # entries: many columns, or long text
    firsts = [cells[0] for cells in filled]
    return all(
        not _DAY.search(f) and (_SIGN_OFF_LABEL.match(f) or any(
            label.match(f) for label in HEADER_LABELS.values())) for f in firsts)


def _name_agency(ret: Return, case: Case, written: str, header_lines: list[str],
                 file_stem: str) -> None:
    """Agency from the header block's label, else a title line, else the file name, else
    any other short line before the chronology (the page header included).

    Matched to case.toml's names and aliases; a return that matches none keeps the name
    it gives (or its file name) and `agency_matched` stays False.
    """
    ret.agency_as_written = written
    titles = [line for line in header_lines if len(line) <= MAX_TITLE_CHARS]
    # A file name uses short aliases ("GP_chronology_v2"): each of its words is tried too.
    file_words = re.sub(r"[_\-.]+", " ", file_stem)
    # The document's first lines (its title) outrank the file name; lines further down
    # may be guidance that names agencies in general ("e.g. police, health").
    for candidate in (written, *titles[:TITLE_LINES], file_words, *file_words.split(),
                      *titles[TITLE_LINES:]):
        agency = case.match_agency(candidate)
        if agency is not None:
            ret.agency, ret.agency_matched = agency.name, True
            break
    else:
        ret.agency = written or file_stem
    for row in ret.rows:
        row.agency = ret.agency


def flag_long_cells(ret: Return) -> None:
    """Flag `long_cell` on rows with a cell longer than one Excel cell holds.

    The row is kept whole: the Word chronology and the CSV hold any length, and the
    workbook continues the text in further cells. The flag becomes a warning naming the row.
    """
    for row in ret.rows:
        if max(map(len, row.content())) > MAX_CELL_CHARS and "long_cell" not in row.flags:
            row.flags.append("long_cell")
