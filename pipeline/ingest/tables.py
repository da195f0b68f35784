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
from pipeline.ingest import columns
from pipeline.model import Provenance, Return, Row

# A vertically merged cell continues the one above. For these columns the entry below
# shares the value ("a date cell merged down over two entries gives both that date");
# narrative columns are not copied, so no text is written twice.
FILL_DOWN = {"date", "time", "source", "staff"}
MAX_CELL_CHARS = 32_767   # Excel's own limit for one cell; a longer one is not an entry

# The header block's labels. A label ends at a colon, a tab, a spaced dash or the end of
# the line (its value then sits in the next line or cell), so a title such as "Agency
# chronology for the review" is not read as a label.
_LABEL_END = r"\s*(?::|\t|\s[-\u2013]\s|$)\s*"
HEADER_LABELS = {
    "agency": re.compile(
        r"^\s*(name of )?(the )?(agency|organi[sz]ation)( name)?"
        r"( completing( (the|this))?( chronology| return)?)?" + _LABEL_END, re.I),
    "date_completed": re.compile(
        r"^\s*date( chronology| return)? (completed|of completion|submitted|returned|"
        r"prepared|compiled)" + _LABEL_END, re.I),
    "completed_by": re.compile(
        r"^\s*((name|signature)( and (role|designation|job title))? of )?(the )?"
        r"(person|author|officer)? ?(completing|completed by|who completed|compiling)"
        r"( (the|this) (chronology|return))?" + _LABEL_END
        + r"|^\s*(completed|prepared|compiled|submitted) by" + _LABEL_END
        + r"|^\s*(author|compiled by)" + _LABEL_END, re.I),
}
MAX_TITLE_CHARS = 80   # a title line that may name the agency ("Thames Valley Police")
TITLE_LINES = 3        # how many first lines are the document's title


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


def read_header_block(lines: list[str]) -> dict[str, str]:
    """Agency, Date completed and Name of person completing, from text before the table.

    `lines` are paragraphs and table cells in reading order; a label's value follows its
    colon or sits in the next line/cell.
    """
    found: dict[str, str] = {}
    for index, line in enumerate(lines):
        for key, label in HEADER_LABELS.items():
            if key in found:
                continue
            match = label.match(line)
            if not match or not match.group(0).strip():
                continue
            value = line[match.end():].strip()
            if not value and index + 1 < len(lines):
                following = lines[index + 1].strip()
                if not any(lab.match(following) and lab.match(following).group(0).strip()
                           for lab in HEADER_LABELS.values()):
                    value = following
            if value:
                found[key] = value
            break
    return found


def build_return(source, case: Case, header_lines: list[str], tables: list[RawTable],
                 file_flags: list[str] | None = None) -> Return:
    """The return these tables hold. Raises IngestError if none is a chronology."""
    ret = Return(path=source.path, file=source.file, sha256=source.sha256,
                 modified=source.modified, file_flags=list(file_flags or []))
    layout = _Layout()
    sign_off_lines: list[str] = []
    for table in tables:
        if _read_staff_key(table, ret):
            continue
        if layout.mapping is not None and _is_sign_off(table):
            sign_off_lines += [(c or "").strip() for r in table.rows for c in r.cells
                               if (c or "").strip()]
            continue
        layout.read_table(table, ret)
    if layout.mapping is None:
        raise IngestError("holds no chronology table (no table has a Date column and the "
                          "template's other headings); check it is the chronology return, "
                          "on the Appendix 4 template.")
    ret.rows_read = len(ret.rows)
    reject_oversized(ret)
    # The header block is read before the chronology; a sign-off table after it fills gaps.
    header_block = {**read_header_block(sign_off_lines), **read_header_block(header_lines)}
    ret.date_completed = header_block.get("date_completed", "")
    ret.completed_by = header_block.get("completed_by", "")
    _name_agency(ret, case, header_block.get("agency", ""), header_lines, source.path.stem)
    return ret


@dataclass
class _Layout:
    """The chronology's column headings as known so far; they carry over split tables."""

    mapping: dict[int, str] | None = None     # column index -> canonical name
    heading: list[str] = field(default_factory=list)

    def read_table(self, table: RawTable, ret: Return) -> None:
        """Append the table's entries to `ret`; heading, sub-heading and section rows skipped."""
        previous: dict[str, str] = {}     # the entry above, for vertically merged cells
        after_heading = False
        first_in_table = True
        for raw in table.rows:
            texts = [c or "" for c in raw.cells]
            if not any(t.strip() for t in texts):
                continue
            if self._is_new_heading(texts, first_in_table):
                if self.mapping is None and columns.is_single_contact_column(
                        columns.match_header(texts), texts):
                    ret.file_flags.append("single_contact_column")
                self.mapping, self.heading = columns.match_header(texts), texts
                previous, after_heading, first_in_table = {}, True, False
                continue
            first_in_table = False
            if self.mapping is None:
                continue           # text above the chronology: the header block, notes
            if after_heading and self._refine(texts):
                after_heading = False
                continue
            after_heading = False
            if _is_staff_key_title(texts):     # the staff list at the foot of the table
                _read_staff_rows(table, raw.number, ret)
                return
            if columns.same_heading(texts, self.heading) or _is_section(raw, texts):
                continue
            if raw.spans_all:      # a note written across the whole table: kept, not lost
                # Its text goes past the last column, so it joins the comment.
                note = "\n".join(t for t in texts if t.strip())
                raw = RawRow(raw.number, [""] * (max(self.mapping) + 1) + [note])
            ret.rows.append(_entry(raw, self.mapping, previous, table.name, ret))

    def _is_new_heading(self, texts: list[str], first_in_table: bool) -> bool:
        found = columns.match_header(texts)
        if found is None:
            return False
        # Inside a table, a heading row repeated by hand keeps the date column: an entry
        # that happens to hold heading words elsewhere is not taken for one.
        return (self.mapping is None or first_in_table
                or _date_column(found) == _date_column(self.mapping))

    def _refine(self, texts: list[str]) -> bool:
        """Take a second heading row ("Child | Family | Other agencies") into the mapping."""
        refined = columns.refine_with_subheading(self.mapping, texts)
        if refined is None:
            return False
        self.mapping = refined
        self.heading = [" ".join(filter(None, (h.strip(), t.strip())))
                        for h, t in zip(self.heading, texts, strict=False)]
        return True


def _entry(raw: RawRow, mapping: dict[int, str], previous: dict[str, str], table: str,
           ret: Return) -> Row:
    """The entry of one row; `previous` (the entry above) fills vertically merged cells."""
    values: dict[str, list[str]] = {}
    for index, name in mapping.items():
        cell = raw.cells[index] if index < len(raw.cells) else ""
        if cell is None:
            cell = previous.get(name, "") if name in FILL_DOWN else ""
        values.setdefault(name, []).append(cell)
    # Text in a column with no heading is kept: it joins the comment rather than vanish.
    extra = [c for i, c in enumerate(raw.cells) if i not in mapping and c and c.strip()]
    joined = {name: "\n".join(v for v in parts if v) for name, parts in values.items()}
    if extra:
        joined["comment"] = "\n".join(filter(None, [joined.get("comment", ""), *extra]))
    previous.clear()
    previous.update(joined)
    return Row(
        provenance=Provenance(ret.file, table, raw.number),
        agency="",
        date_as_written=joined.get("date", "").strip(),
        time_as_written=joined.get("time", "").strip(),
        child=joined.get("child", ""),
        family=joined.get("family", ""),
        communication=joined.get("communication", ""),
        source=joined.get("source", ""),
        staff=joined.get("staff", ""),
        comment=joined.get("comment", ""),
        order=len(ret.rows),
    )


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


# A title over a staff list: "Staff ID list", "Key to staff initials", "Staff key".
_STAFF_KEY_TITLE = re.compile(
    r"^\s*(key to )?(staff|practitioners?)( id| initials)?( key| list| id list| identification)"
    r"\b|^\s*key to (staff )?initials\b|^\s*staff (involved|id)\s*:?\s*$", re.I)


def _read_staff_key(table: RawTable, ret: Return) -> bool:
    """Read a separate staff ID table ("Initials | Name/Role") into the return's key.

    The table starts with its heading row, or with a title ("Staff ID list") above the
    heading row or straight above the codes.
    """
    rows = [[c or "" for c in r.cells] for r in table.rows
            if any((c or "").strip() for c in r.cells)]
    if not rows or columns.match_header(rows[0]) is not None:
        return False
    titled = _is_staff_key_title(rows[0])
    if titled:
        rows = rows[1:]
    found = columns.match_staff_key(rows[0]) if rows else None
    if found is not None:
        rows = rows[1:]
    elif titled:
        found = (0, 1)             # no heading row: the codes come first
    else:
        return False
    _add_staff(rows, *found, ret)
    return True


def _read_staff_rows(table: RawTable, title_row: int, ret: Return) -> None:
    """The staff list below its title row inside the chronology table."""
    rows = [[c or "" for c in r.cells] for r in table.rows
            if r.number > title_row and any((c or "").strip() for c in r.cells)]
    found = columns.match_staff_key(rows[0]) if rows else None
    if found is not None:
        rows = rows[1:]
    _add_staff(rows, *(found or (0, 1)), ret)


def _is_staff_key_title(cells: list[str]) -> bool:
    filled = {c.strip() for c in cells if c.strip()}
    return len(filled) == 1 and bool(_STAFF_KEY_TITLE.match(filled.pop()))


def _add_staff(rows: list[list[str]], code: int, role: int, ret: Return) -> None:
    """Each row's code -> the rest of the row (name, role...), joined."""
    for cells in rows:
        filled = [c for c in cells if c.strip()]
        if code < len(cells) and cells[code].strip():
            rest = [c.strip() for i, c in enumerate(cells) if i != code and c.strip()]
            ret.staff_key[cells[code].strip()] = " - ".join(rest) or cells[role].strip()
        elif len(filled) >= 2:     # the code shifted by a merge: the first filled cell
            ret.staff_key[filled[0].strip()] = " - ".join(c.strip() for c in filled[1:])


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


def reject_oversized(ret: Return) -> None:
    """Move rows with a cell longer than any real cell into `ret.rejected`, with why.

    A cell of megabytes is not an entry a person wrote; passing it on would make later
    stages (near-duplicate matching, Word output) slow. It stays accounted for.
    """
    kept = []
    for row in ret.rows:
        longest = max(map(len, row.content()))   # content() includes date and time
        if longest > MAX_CELL_CHARS:
            ret.rejected.append((row, f"a cell holds {longest:,} characters, more than a "
                                      f"spreadsheet cell can ({MAX_CELL_CHARS:,}); check the "
                                      "row in the return and split or shorten it."))
        else:
            kept.append(row)
    ret.rows = kept
