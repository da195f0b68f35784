"""The panel's marks and notes, read back onto the rows they were made on.

They are read (pipeline/readback.py) from the previous merged_chronology.xlsx in
outputs/<CASE>/ (its Chronology sheet and its sheet of marks on rows gone), then from each
annotated copy panel members returned into inputs/<CASE>/panel/. Marks are joined; each
note keeps its author ("[Dr A Jones] ..."), taken from the file that holds it.

A row is found again by its Row ID: the fingerprint of its agency and text as written
that .previous_merge.json keeps (merge/history.py), so re-sorting, and a resubmission
that repeats the row, leave it the same. A row whose text changed (a corrected
resubmission) is found by its agency and nearly the same text: it keeps its marks,
flagged "changed since marked" until the panel clears the Mark check cell. Marks whose
row is gone are kept in run.gone_marks: the workbook lists them and the next run reads
them back, so they come back if the row does.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from pipeline.case import PANEL_FOLDER
from pipeline.dates import read_date
from pipeline.merge.history import row_identity
from pipeline.model import CaseRun, GoneMark, Row
from pipeline.readback import EditsRead, read_edits, read_previous_output

log = logging.getLogger(__name__)

WORKBOOK = "merged_chronology.xlsx"
SHEET, GONE_SHEET = "Chronology", "Marks on rows gone"
PANEL_MARKS = ("Key episode", "Decision point", "Good practice", "Inconsistency",
               "Query for agency")
MARK, NOTE, CHECK, ROW_ID, FROM = "Panel mark", "Panel note", "Mark check", "Row ID", "From"
CHANGED = "changed since marked"
# The workbook's columns that say which entry a row is (headings as chronology_xlsx
# writes them): what a changed row is recognised by.
TEXT_COLUMNS = ("Agency", "Date as written", "Contact with child",
                "Contact with parents/carers and family", "Inter/intra-agency communication",
                "Source", "Staff", "Comment")
_CONTENT = TEXT_COLUMNS[2:]
# rapidfuzz ratio (0-100) of the entry's text (without its date) a changed row needs on
# the same day (a corrected entry may be reworded). On another day (a corrected date) the
# words must be the same, and long enough not to be a routine phrase ("Home visit"), of
# which an agency writes many that differ by a word.
SAME_DAY_TEXT, OTHER_DAY_LENGTH = 75.0, 30
_AUTHORED = re.compile(r"\[([^\]\n]{1,80})\]\s?(.*)", re.S)
_NOTE_START = re.compile(r"\n(?=\[[^\]\n]{1,80}\] )")


@dataclass
class _Entry:
    """One marked row as one file holds it."""

    row_id: str
    agency: str
    when: str
    text: dict[str, str]
    marks: list[str]
    notes: list[str]
    flagged: bool                 # the file says "changed since marked"
    source: str
    from_output: bool
    fuzzy: bool = False
    matched: int | None = None


def assign_row_ids(rows: list[Row]) -> None:
    """Each row's Row ID: its fingerprint, numbered when an agency repeats a row."""
    seen: Counter[str] = Counter()
    for row in rows:
        base = row_identity(row)[:16]
        seen[base] += 1
        row.row_id = base if seen[base] == 1 else f"{base}-{seen[base]}"


def carry(run: CaseRun) -> None:
    """Row IDs on run.merged, the panel's marks and notes onto their rows, the rest into
    run.gone_marks; read problems join run.problems."""
    assign_row_ids(run.merged)
    run.gone_marks, run.panel_sources = [], {}
    entries = _read_all(run)
    if not entries:
        return
    _match(entries, run.merged, run.today)
    by_row: dict[int, list[_Entry]] = defaultdict(list)
    for entry in entries:
        if entry.matched is not None:
            by_row[entry.matched].append(entry)
    for index, found in by_row.items():
        _apply(run.merged[index], found)
    left = [e for e in entries if e.matched is None and not _carried(e, run.merged, run.today)]
    run.gone_marks = _gone(left)
    log.info("panel: %d marked rows read, %d rows carry marks, %d marked rows gone",
             len(entries), len(by_row), len(run.gone_marks))


def parse_marks(cell: str) -> list[str]:
    """The marks in a Panel mark cell, as the drop-down names them where they are its
    values (any case), else as written; several are joined by ';'."""
    marks: list[str] = []
    for part in re.split(r"[;\n]+", cell):
        written = part.strip()
        if written:
            mark = next((m for m in PANEL_MARKS if m.lower() == written.lower()), written)
            if mark not in marks:
                marks.append(mark)
    return marks


def parse_notes(cell: str, author: str) -> list[str]:
    """A Panel note cell as "[author] text" notes; text typed without an author is the
    file's author's."""
    notes = []
    for chunk in _NOTE_START.split(cell.strip()):
        chunk = chunk.strip()
        match = _AUTHORED.fullmatch(chunk)
        if match and match[2].strip():
            notes.append(f"[{match[1].strip()}] {match[2].strip()}")
        elif chunk and not match:
            notes.append(f"[{author}] {chunk}")
    return notes


def _read_all(run: CaseRun) -> list[_Entry]:
    options = {"context_columns": (CHECK, FROM, *TEXT_COLUMNS),
               "optional_sheets": (GONE_SHEET,)}
    previous = read_previous_output(run, WORKBOOK, SHEET, (ROW_ID,), (MARK, NOTE), **options)
    sources: list[tuple[str, EditsRead, bool]] = [(WORKBOOK, previous, True)]
    folder = run.case.root / PANEL_FOLDER
    copies = sorted(p for p in folder.rglob("*") if p.is_file()
                    and not p.name.startswith((".", "~$"))) if folder.is_dir() else []
    for path in copies:
        shown = path.relative_to(run.case.root).as_posix()
        sources.append((shown, read_edits(path, run.case.password, SHEET, (ROW_ID,),
                                          (MARK, NOTE), shown_as=shown, **options), False))
    entries = []
    for shown, edits, from_output in sources:
        run.problems.extend(edits.problems)
        author = edits.author if edits.author and edits.author != run.case.board else \
            shown.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        for row in edits.rows:
            entries.append(_Entry(
                row["Row ID"], row["Agency"], row["Date as written"],
                {name: row[name] for name in _CONTENT}, parse_marks(row[MARK]),
                parse_notes(row[NOTE], author), CHANGED in row[CHECK].lower(),
                row[FROM] if row.sheet == GONE_SHEET and row[FROM] else shown, from_output))
        if edits.rows:
            run.panel_sources[shown] = len(edits.rows)
    return [e for e in entries if e.row_id and (e.marks or e.notes)]


def _match(entries: list[_Entry], rows: list[Row], today: dt.date) -> None:
    """Each entry's row: the row with its Row ID; else a row of its agency whose text is
    nearly the same (`fuzzy`), first among rows new since the previous merge (a changed
    row is new), then among the others on the same day; one to one within a file."""
    by_id = {row.row_id: index for index, row in enumerate(rows)}
    taken: dict[str, set[int]] = defaultdict(set)      # source -> rows it already marks
    for entry in entries:
        if entry.row_id in by_id:
            entry.matched = by_id[entry.row_id]
            taken[entry.source].add(entry.matched)
    new_rows: dict[str, list[int]] = defaultdict(list)
    old_rows: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        (new_rows if row.is_new or row.is_changed else old_rows)[row.agency].append(index)
    for pool, other_days in ((new_rows, True), (old_rows, False)):
        for entry in entries:
            if entry.matched is None:
                candidates = [i for i in pool.get(entry.agency, ())
                              if i not in taken[entry.source]]
                entry.matched = _closest(entry, rows, candidates, today, other_days)
                if entry.matched is not None:
                    entry.fuzzy = True
                    taken[entry.source].add(entry.matched)


def _carried(entry: _Entry, rows: list[Row], today: dt.date) -> bool:
    """True when a row of the entry's agency with nearly the same text already carries
    all its marks and notes: an old copy's marks on a row whose change was taken in by an
    earlier run."""
    holding = [i for i, row in enumerate(rows) if row.agency == entry.agency
               and set(entry.marks) <= set(row.panel_marks)
               and all(any(n.startswith(note) for n in row.panel_notes) for note in entry.notes)]
    return _closest(entry, rows, holding, today) is not None


def _closest(entry: _Entry, rows: list[Row], candidates: list[int], today: dt.date,
             other_days: bool = True) -> int | None:
    """The candidate whose text is nearest the entry's: reworded on the same day, or (when
    `other_days`) the same words on another day (a corrected date); None when none is
    near enough."""
    text = _words(*(entry.text[name] for name in _CONTENT))
    best, best_score = None, 0.0
    for index in candidates:
        row = rows[index]
        other = _words(row.child, row.family, row.communication, row.source, row.staff,
                       row.comment)
        if _same_day(entry.when, row, today):
            score = fuzz.ratio(text, other, score_cutoff=SAME_DAY_TEXT)
            score += 1 if score else 0      # a same-day match beats another day's
        elif other_days:
            score = 1.0 if text == other and len(text) >= OTHER_DAY_LENGTH else 0.0
        else:
            score = 0.0
        if score > best_score:
            best, best_score = index, score
    return best


def _same_day(when: str, row: Row, today: dt.date) -> bool:
    if when.strip() == row.written_when.strip():
        return True
    reading = read_date(when.strip(), today=today)
    mine = reading.date or reading.start
    theirs = row.reading and (row.reading.date or row.reading.start)
    return mine is not None and mine == theirs


def _words(*parts: str) -> str:
    return " ".join(" ".join(parts).split()).lower()


def _apply(row: Row, entries: list[_Entry]) -> None:
    """Join the entries' marks and notes onto `row`. Those the previous workbook already
    held come first; a copy adds what it holds beyond them."""
    entries = sorted(entries, key=lambda e: not e.from_output)
    held_marks = {m for e in entries if e.from_output for m in e.marks}
    held_notes = {n for e in entries if e.from_output for n in e.notes}
    for entry in entries:
        adds = [m for m in entry.marks if m not in row.panel_marks]
        new_notes = [n for n in entry.notes if n not in row.panel_notes]
        row.panel_marks += adds
        row.panel_notes = _join_notes(row.panel_notes, new_notes)
        adds_beyond = set(entry.marks) - held_marks or set(entry.notes) - held_notes
        if entry.flagged or (entry.fuzzy and (entry.from_output or adds_beyond)):
            row.marked_text_changed = True


def _join_notes(notes: list[str], more: list[str]) -> list[str]:
    """`notes` then `more`, a note dropped when another of its author begins with it (it
    was added to since)."""
    joined = notes + more
    return [n for n in joined if not any(o != n and o.startswith(n) for o in joined)]


def _gone(entries: list[_Entry]) -> list[GoneMark]:
    by_id: dict[str, GoneMark] = {}
    for entry in entries:
        gone = by_id.get(entry.row_id)
        if gone is None:
            by_id[entry.row_id] = GoneMark(entry.row_id, entry.agency, entry.when,
                                           dict(entry.text), list(entry.marks),
                                           list(entry.notes), entry.source)
            continue
        gone.marks += [m for m in entry.marks if m not in gone.marks]
        gone.notes = _join_notes(gone.notes, [n for n in entry.notes if n not in gone.notes])
        if entry.source not in gone.source.split("; "):
            gone.source += f"; {entry.source}"
    return list(by_id.values())
