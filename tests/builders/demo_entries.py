"""The demo story's entries and returns as data (Entry, ChronologyReturn), the markup its
cell texts carry for the Word builder (`as_read` gives what a correct reader sees), and the
seeded weave of each agency's routine contacts between its key entries."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

SEED = 2016

# Markup in cell text, for the Word builder (none of it occurs in ordinary text):
#   [+text+]   a tracked insertion (read)          [-text-]   a tracked deletion (not read)
#   <<text>>   text inside a content control       {{text|url}}  a hyperlink
#   ((text))   the shown result of a field (REF)
_MARKUP = re.compile(r"\[\+(.*?)\+\]|\[-(.*?)-\]|<<(.*?)>>|\{\{(.*?)\|[^}]*\}\}|\(\((.*?)\)\)",
                     re.S)


def as_read(text: str) -> str:
    """The text a correct reader sees: insertions, controls, links and fields kept as
    their text, deletions dropped."""
    def keep(match: re.Match[str]) -> str:
        inserted, deleted, control, link, field_result = match.groups()
        if deleted is not None:
            return ""
        return next(g for g in (inserted, control, link, field_result) if g is not None)
    return _MARKUP.sub(keep, text)


def has_markup(text: str) -> bool:
    return bool(_MARKUP.search(text))


@dataclass(frozen=True)
class Entry:
    """One chronology entry as the agency wrote it.

    `when` is the date cell exactly as written (Word returns: date and time together, as the
    template's "DATE & TIME" column asks; Excel: the date, written as a real date cell
    where it is a plain dd/mm/yyyy day). `time` is a separate time cell (Excel only).
    `quirk` tells the builder how to write the row: "date_merged" (the date cell is merged
    down from the entry above: `when` repeats it), "date_empty" (the cell is left empty
    under a dated row: `when` is ""), "exact_duplicate" (a copy of the entry above,
    pasted twice by the agency; written as it stands). `expect` holds the finding codes
    SPEC.md's rules give the entry, or the precision ("unknown", "unreadable") of its date.
    """

    when: str
    child: str = ""
    family: str = ""
    communication: str = ""
    source: str = ""
    staff: str = ""
    comment: str = ""
    time: str = ""
    event: str = ""
    quirk: str = ""
    expect: tuple[str, ...] = ()

    def cells(self) -> tuple[str, str, str, str, str, str]:
        """The six content cells in template order, as marked up for the builder."""
        return (self.child, self.family, self.communication, self.source, self.staff,
                self.comment)


@dataclass(frozen=True)
class ChronologyReturn:
    """One returned chronology file: what its header block and tables say."""

    key: str                          # short id used by the builder and the tests
    file: str                         # path under the case folder, as it was saved
    agency_written: str               # the header block's "Agency"
    date_completed: str               # "" when the header block leaves it out
    completed_by: str
    headings: tuple[str, ...]         # the heading row's wording (date first)
    entries: tuple[Entry, ...]
    staff_key: tuple[tuple[str, str], ...] = ()
    fmt: str = "docx"                 # "docx" or "xlsx"
    protected: bool = False
    split_by_year: bool = False       # one table a year, the heading repeated
    year_rows: bool = False           # a year heading row spanning all columns
    header_as_table: bool = False     # the header block in a small table, not paragraphs
    file_time: dt.datetime = dt.datetime(2016, 2, 15, 9, 0)
    quirks: tuple[str, ...] = ()      # what this file shows a reader, for the README/report

    def rows_expected(self) -> int:
        """Entry rows a reader must find: every entry, a pasted copy included."""
        return len(self.entries)


# Appendix 4's headings as the board's Word template has them: the column's name in
# capitals, its guidance on the next line of the same cell.
TEMPLATE_HEADINGS = (
    "DATE & TIME",
    "CONTACT WITH CHILD\n(inc direct contact, medical information, reports, observations)",
    "CONTACT WITH PARENTS/CARERS and other family members",
    "INTER/INTRA-AGENCY COMMUNICATION\n(internal/ inter-agency phone calls. Letters, etc)",
    "INFORMATION SOURCE",
    "STAFF INVOLVED\nList initial of those involved and provide a separate ID list",
    "COMMENT\nOpportunity for the agency author to clarify or explain information/raise "
    "queries/highlight good practice/raise concerns",
)


def E(when: str, child: str = "", family: str = "", comm: str = "", source: str = "",
      staff: str = "", comment: str = "", **extra: object) -> Entry:
    """Shorthand for an entry, columns in template order."""
    return Entry(when, child, family, comm, source, staff, comment, **extra)  # type: ignore[arg-type]


# --- routine contacts ---------------------------------------------------------------
# Between the key events each agency records ordinary contacts. They are drawn from a bank
# with a fixed seed, on days that avoid the agency's key entries and its silences (so the
# gaps the panel must see stay gaps).

_HOLIDAYS = {(12, 25), (12, 26), (1, 1)}   # no routine contact is recorded on these days


@dataclass(frozen=True)
class Routine:
    windows: tuple[tuple[dt.date, dt.date], ...]
    count: int
    bank: tuple[tuple[str, str, str, str, str, str], ...]
    weekdays_only: bool = True


def _routine(routine: Routine, taken: set[dt.date], rng: random.Random,
             write_date: Callable[[dt.date, random.Random], tuple[str, str]]) -> list[
                 tuple[dt.date, Entry]]:
    days = [d for start, end in routine.windows
            for d in (start + dt.timedelta(n) for n in range((end - start).days + 1))
            if d not in taken and (not routine.weekdays_only or d.weekday() < 5)
            and (d.month, d.day) not in _HOLIDAYS]
    chosen = sorted(rng.sample(days, routine.count))
    entries = []
    for index, day in enumerate(chosen):
        child, family, comm, source, staff, comment = routine.bank[index % len(routine.bank)]
        when, time = write_date(day, rng)
        entries.append((day, Entry(when, child, family, comm, source, staff, comment,
                                   time=time)))
    return entries


def _day_of(entry: Entry) -> dt.date | None:
    """The day a plainly written entry is on (dd/mm/yyyy or dd.mm.yyyy), for ordering."""
    match = re.search(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})", entry.when)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    year += 2000 if year < 100 else 0
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weave(key: list[Entry], routines: tuple[Routine, ...], seed: int,
           write_date: Callable[[dt.date, random.Random], tuple[str, str]]) -> tuple[Entry, ...]:
    """Key entries and routine ones in date order, as an agency lists its record.

    Key entries whose date cannot be read plainly stay right after the entry before them
    (where the agency put them); routine entries never land between a key entry and one
    merged onto or copied under it.
    """
    rng = random.Random(seed)
    taken = {d for d in map(_day_of, key) if d}
    extra: list[tuple[dt.date, Entry]] = []
    for routine in routines:
        found = _routine(routine, taken, rng, write_date)
        taken.update(day for day, _ in found)
        extra.extend(found)
    woven: list[Entry] = []
    pending = sorted(extra, key=lambda pair: pair[0])
    for entry in key:
        day = _day_of(entry)
        if day is not None and entry.quirk not in ("date_merged", "date_empty"):
            while pending and pending[0][0] < day:
                woven.append(pending.pop(0)[1])
        woven.append(entry)
    woven.extend(entry for _, entry in pending)
    return tuple(woven)


def slash_date(day: dt.date, rng: random.Random, times: bool = True) -> tuple[str, str]:
    text = day.strftime("%d/%m/%Y")
    if times and rng.random() < 0.6:
        text += f" {rng.randint(8, 17):02d}:{rng.choice((0, 10, 15, 20, 30, 40, 45, 50)):02d}"
    return text, ""


def dot_date(day: dt.date, rng: random.Random) -> tuple[str, str]:
    return day.strftime("%d.%m.%Y"), ""


def excel_date(day: dt.date, rng: random.Random) -> tuple[str, str]:
    return day.strftime("%d/%m/%Y"), f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def period(start: str, end: str) -> tuple[dt.date, dt.date]:
    return dt.date.fromisoformat(start), dt.date.fromisoformat(end)
