"""A column's meaning from its heading AND what its cells hold, decided once per heading
row, after every entry under it is read, for Word, Excel and CSV alike.

The heading proposes (`columns.match_header`); the cells decide:

- A column whose cells are Yes/No, Y/N, reference numbers or short codes, or a few labels
  repeated ("Face to face", "Domestic"), is never a contact column, whatever its heading
  says; nor is a column headed as a question or an attribute ("Was the child seen?",
  "Parent informed? (Y/N)", "Type of contact", "Occurrence No.", "Event Ref") unless its
  cells are free text.
- Where no template contact column (child, family, communication) is left, the narrative
  is the column of long free text, whatever its heading ("Narrative", "Clinical notes",
  or none); it is read into the child column and the return is flagged
  `single_contact_column` (not on the template).
- A heading row that names a Date column but no contact column still heads a chronology
  when the cells below it are dated and one column is long free text
  (`content_heading`): the heading words alone never decide that a table is not one.
- "Start Date"/"End Date" and "Start Time"/"End Time" are read as one date or time, a
  range where the end differs ("03/04/2014 - 05/04/2014"), wherever the heading names the
  start or end ("Call end date", "Date visit finished"). A second date of an entry
  ("Follow-up date", "Next review due") is neither the date nor the end of a range.
- Where no heading names the staff, a column of officers by rank and number ("PC 2231",
  "DC 1187") is the staff column.
- Every other column is kept, never dropped: its text joins the comment as
  "Heading: value".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from pipeline.ingest import columns

CONTACTS = frozenset({"child", "family", "communication"})

# Headings that name an attribute of an entry, not its text.
_YES_NO = re.compile(r"\by\s*/\s*n\b|\byes\s*/\s*no\b", re.I)
_ATTRIBUTE = re.compile(
    r"^type of\b|\btype\s*$|\b(ref|no|number|id|code|"
    r"category|method|mode|setting|location|venue)\.?\s*$|^(agency|organi[sz]ation|service|"
    r"team|department)( name)?\s*$", re.I)
# A part of a range: its end named anywhere in the heading ("End date", "Call end time",
# "Date ended", "Time to"), its start likewise; "from"/"to" only beside the date or time
# word ("Date of referral to CSC" is no end).
_RANGE_END = re.compile(r"\b(end(ed|s|ing)?|until|till|finish(ed|es|ing)?|stop(ped|s)?)\b|"
                        r"\bto (date|time)\b|\b(date|time) to$")
_RANGE_START = re.compile(r"\b(start(ed|s|ing)?|begin\w*|began|commenc\w*)\b|"
                          r"\bfrom (date|time)\b|\b(date|time) from$")
_RANGE_WORD = re.compile(r"\b(date|time)s?\b")

_FLAG_VALUES = frozenset({"yes", "no", "y", "n", "n/a", "na", "nk", "n/k", "not known",
                          "unknown", "true", "false", "\u2713", "\u2714", "tbc"})
# "1", "12a", "CR/123/14", "43140001234", "LOG-0412", "E1": a reference, not an entry.
# "28+3" (weeks and days of a pregnancy) is a code too.
_REFERENCE = re.compile(r"^[#A-Za-z]{0,6}[\-/:#.]?\d[\w\-/.:#+]{0,24}$")
# A police officer by rank and collar number ("PC 2231", "DC 1187", "Sgt 409", "PCSO 77"),
# maybe with a name after: the staff column whatever its heading.
_RANKED = re.compile(r"^(p\.?c|d\.?c|p\.?s|d\.?s|sgt|d ?sgt|insp|d\.?i|d\.?c\.?i|t ?d\.?c|pcso)"
                     r"\.?\s*\d{1,6}\b", re.I)
STAFF_BY_CELLS_SHARE = 0.8
SHORT_LABEL_CHARS = 30        # "Concern for welfare", "Face to face"
FREE_TEXT_CHARS = 40          # a sentence: what an entry's narrative is
# Words a staff or source cell never averages ("Jane Smith, Health Visitor, 0-19 team").
PROSE_WORDS = 8
SENTENCE_LOWER = 0.5


@dataclass
class Resolved:
    """The meaning of each column of one heading row, decided with its cells.

    `mapping` column -> canonical name (or "end_date"/"end_time"); a column not in it is
    kept in the comment under its title in `titles` ("" for a column with no heading);
    `narrative` True when the contacts come from one narrative column.
    """

    mapping: dict[int, str]
    titles: dict[int, str] = field(default_factory=dict)
    narrative: bool = False


class Shape(NamedTuple):
    """What a column's cells look like: "categorical", "labels", "text" or "empty", their
    mean length in characters and in words."""

    kind: str
    mean: float
    words: float = 0.0
    lower: float = 0.0     # the share of its words in lower case: sentences, not names


def profile(values: list[str]) -> Shape:
    """The shape of a column's cells."""
    # A cell's first characters say what it is; a cell of megabytes is not copied.
    filled: list[str] = []
    length = 0
    for value in values:
        start = value[:200].strip() if value else ""
        if start:
            filled.append(start)
            length += len(value)
    if not filled:
        return Shape("empty", 0.0)
    initials = [word[0] for start in filled for word in start.split()]
    lettered = "".join(filter(str.isalpha, initials))
    lower = sum(map(str.islower, lettered)) / len(lettered) if lettered else 0.0
    shape = Shape("text", length / len(filled), len(initials) / len(filled), lower)
    if _mostly_coded(filled):
        return shape._replace(kind="categorical")
    short = all(len(v) <= SHORT_LABEL_CHARS and len(v.split()) <= 4 for v in filled)
    if short and len(filled) >= 2 and len(set(map(str.lower, filled))) < len(filled):
        return shape._replace(kind="labels")
    return shape


def _mostly_coded(filled: list[str]) -> bool:
    """Whether at least 8 in 10 cells (and one) are flags or references; the count stops
    once too many are not."""
    may_miss = len(filled) - max(1, 0.8 * len(filled))
    missed = 0
    for value in filled:
        if value.lower().rstrip(".") not in _FLAG_VALUES and not _REFERENCE.match(value):
            missed += 1
            if missed > may_miss:
                return False
    return True


def _title(heading: str) -> str:
    """The heading as the comment names it: its first line, brackets dropped."""
    first = heading.strip().split("\n", 1)[0]
    return first.split("(", 1)[0].strip().rstrip(":?").strip() or first.strip()


def _is_attribute(cell: str) -> bool:
    return "?" in cell or bool(_YES_NO.search(cell) or _ATTRIBUTE.search(columns.simplify(cell)))


def _proposed(heading: list[str], mapping: dict[int, str]) -> dict[int, str]:
    """Column -> what the heading alone says: the mapping's names, "narrative" where the
    heading names a narrative, the parts of a range, "attribute" for an attribute."""
    proposed: dict[int, str] = {}
    for index, cell in enumerate(heading):
        name = mapping.get(index)
        said = columns.heading_meaning(cell) if cell.strip() else None
        if name is None and said in ("staff", "source"):
            name = said                  # a second one, if the first holds sentences
        if said == "narrative":
            name = "narrative"           # whatever column the heading alone was given
        part = _range_part(cell)
        if part:
            name = part
        elif name in (*CONTACTS, "narrative", None) and cell.strip() and _is_attribute(cell):
            name = "attribute"
        if name is not None:
            proposed[index] = name
    return proposed


def _range_part(cell: str) -> str | None:
    """"date"/"time" for a range's start, "end_date"/"end_time" for its end, else None; a
    second date of the entry ("Follow-up date") is neither."""
    words = columns.simplify(cell)
    kind = _RANGE_WORD.search(words)
    if kind is None or columns.is_secondary_date(cell):
        return None
    if _RANGE_END.search(words):
        return f"end_{kind.group(1)}"
    return kind.group(1) if _RANGE_START.search(words) else None


def resolve(heading: list[str], mapping: dict[int, str],
            entries: list[list[str | None]]) -> Resolved:
    """The meaning of every column of `heading`, from `mapping` and the `entries` under it."""
    width = max([len(heading), *(len(e) for e in entries)], default=0)
    shapes = {i: profile([(e[i] or "") if i < len(e) else "" for e in entries])
              for i in range(width)}
    proposed = _proposed(heading, mapping)
    final: dict[int, str] = {}
    candidates: list[int] = []          # columns whose heading names the narrative
    for index in range(width):
        name = proposed.get(index)
        shape, mean = shapes[index].kind, shapes[index].mean
        if name in ("staff", "source") and _prose(shapes[index]):
            name = "narrative"           # "Practitioner's account": sentences, not a name
        if name in (*CONTACTS, "narrative", "attribute"):
            if shape == "categorical":
                continue                 # codes and flags: kept as an extra column
            if name == "attribute" and (shape != "text" or mean < FREE_TEXT_CHARS):
                continue
            if shape == "labels" and name in ("communication", "narrative"):
                continue                 # "Agency", "Type of contact" by another name
            if name in ("narrative", "attribute"):
                candidates.append(index)
                continue
        if name is not None and name not in final.values():
            final[index] = name
    ranked = _ranked_column(final, entries, width)
    if ranked is not None:
        final[ranked] = "staff"
    chosen = _narrative(final, candidates, shapes)
    if chosen is not None:
        final[chosen] = "child"
    if "date" not in final.values() and "end_date" in final.values():
        end = next(i for i, n in final.items() if n == "end_date")
        final[end] = "date"
    titles = {i: _title(heading[i]) if i < len(heading) else "" for i in range(width)}
    return Resolved(final, titles, chosen is not None)


def _ranked_column(final: dict[int, str], entries: list[list[str | None]],
                   width: int) -> int | None:
    """Where no column is the staff, the first column left whose cells are mostly officers
    by rank and number, or None."""
    if "staff" in final.values():
        return None
    for index in (i for i in range(width) if i not in final):
        filled = [c.strip() for e in entries if index < len(e) and (c := e[index] or "").strip()]
        if filled and _share(filled, _RANKED.match) >= STAFF_BY_CELLS_SHARE:
            return index
    return None


# Columns whose meaning no narrative takes over.
_NOT_NARRATIVE = frozenset({"date", "time", "end_date", "end_time", "source", "staff"})


def _narrative(final: dict[int, str], candidates: list[int],
               shapes: dict[int, Shape]) -> int | None:
    """The column read as the contact with the child where no contact column is left, or
    None. The narrative is the column of long free text: one headed as a narrative first,
    unless its cells are labels' length; else whatever its heading (a "Comments" or an
    unnamed column); else the longest free text, however short, for it is the entries'
    only text. With a family or communication column there, only a column headed as a
    narrative is taken."""
    if "child" in final.values():
        return None
    ranked = sorted(candidates, key=lambda i: -shapes[i].mean)
    if not CONTACTS & set(final.values()):
        # Free text under any other heading ("Comments", "Notes", none): long text first,
        # then short, which is still the entry's only text.
        unnamed = sorted((i for i in shapes if i not in candidates
                          and final.get(i) not in _NOT_NARRATIVE and shapes[i].kind == "text"),
                         key=lambda i: -shapes[i].mean)
        ranked = ([i for i in ranked if shapes[i].mean > SHORT_LABEL_CHARS]
                  + [i for i in unnamed if _long_text(shapes[i])]
                  + [i for i in ranked if shapes[i].mean <= SHORT_LABEL_CHARS]
                  + [i for i in unnamed if not _long_text(shapes[i])])
    return ranked[0] if ranked else None


def _long_text(shape: Shape) -> bool:
    return shape.kind == "text" and shape.mean >= FREE_TEXT_CHARS


def _prose(shape: Shape) -> bool:
    return _long_text(shape) and shape.words >= PROSE_WORDS


def _sentences(shape: Shape) -> bool:
    """Long free text written as sentences: most words in lower case (an address, a list
    of names or a product line is not)."""
    return _long_text(shape) and shape.lower >= SENTENCE_LOWER


# How far down a table a heading row is looked for (below a title and the header block,
# as an Excel return puts them), and how many entries below it tell.
HEADING_SEARCH_ROWS = 12
SAMPLE_ROWS = 40


def content_heading(rows: list[list[str | None]]) -> tuple[int, dict[int, str]] | None:
    """(index, column meanings) of the row heading a chronology not on the template, or
    None: found by its headings and the cells below (`heads_by_content`), near the top."""
    for index, cells in enumerate(rows[:HEADING_SEARCH_ROWS]):
        mapping = heads_by_content([c or "" for c in cells],
                                   rows[index + 1:index + 1 + SAMPLE_ROWS])
        if mapping is not None:
            return index, mapping
    return None


# Of the entries, the share whose cell in the Date column holds a date: half when its
# heading names a date, most when only the cells say it is the date column.
DATED_SHARE, DATED_BY_CELLS_SHARE = 0.5, 0.8


def heads_by_content(cells: list[str], below: list[list[str | None]]
                     ) -> dict[int, str] | None:
    """The column meanings if `cells` heads the entries `below` although it names no
    contact column, else None. It needs a Date column whose cells are mostly dates (if
    no heading names a date: the first column of cells that are dates alone, not headed
    as a second date ("Next visit due"), with another heading naming a template column)
    and a column of long free text written as sentences (the narrative, whatever its
    heading) that is not the date, time, source or staff."""
    mapping = columns.loose_header(cells)
    entries = [[c or "" for c in row] for row in below if any((c or "").strip() for c in row)]
    if mapping is None or not entries:
        return None
    values = {i: [row[i] if i < len(row) else "" for row in entries] for i in range(len(cells))}
    date = next((i for i, name in mapping.items() if name == "date"), None)
    if date is None:
        date = next((i for i, column in values.items() if mapping.get(i) != "time"
                     and not columns.is_secondary_date(cells[i])
                     and _share(column, columns.is_date_cell) >= DATED_BY_CELLS_SHARE), None)
        if date is None or not set(mapping) - {date}:
            return None
        mapping = {**{i: n for i, n in mapping.items() if i != date}, date: "date"}
    elif _share(values[date], columns.holds_date) < DATED_SHARE:
        return None
    for index, column in values.items():
        if index == date or mapping.get(index) in ("time", "end_date", "end_time"):
            continue
        shape = profile(column)
        if _sentences(shape) and (mapping.get(index) not in _NOT_NARRATIVE or _prose(shape)):
            return mapping
    return None


def _share(column: list[str], test) -> float:
    return sum(1 for value in column if test(value)) / len(column)
