"""The tables the suites run on: one row a chronology entry, a return, or a case agency.

Made here as plain columns and records, and made into frames (pandas) where the suites
run (dataframes.py, in the suites' process): this process never needs pandas. Each row of
a table has a stable `row_id` (its position in the list returned beside it), so a failing
row is traced back to its Row, Return or agency. Empty cells are null (None), because the
suites ask "is it filled?" with Great Expectations' null checks. The columns are described
in each suite's meta.notes (expectations/*.json).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import numpy as np

from pipeline.case import Case
from pipeline.model import CONTENT_COLUMNS, DateReading, Return, Row

# Staff cells list initials separated by commas, slashes, ampersands, 'and', new lines.
_STAFF_SPLIT = re.compile(r"\s*(?:[,;/&+\n]|\band\b)\s*", re.I)
# "HV1 (Health Visitor)": what is in brackets explains, it is not more initials.
_BRACKETED = re.compile(r"\([^)]*\)|\[[^]]*\]")
# A staff cell saying "none" in other words: "-", "n/a", "N/K", "not known".
_NO_STAFF = re.compile(r"^[\s\-\u2013\u2014/.?]*$|^\s*(n/?a|n/?k|none|not known|unknown)\s*$",
                       re.I)

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_FIRST_NS, _LAST_NS = dt.date(1678, 1, 1).toordinal(), dt.date(2261, 12, 31).toordinal()
# The returns' and agencies' tables: their columns, in order; the dated ones.
RETURN_COLUMNS = ("row_id", "file", "entries", "agency", "agency_as_written",
                  "date_completed", "completed_by", "date_completed_precision",
                  "completed_on", "due", "tracked_changes", "macros", "hidden_sheet",
                  "single_contact_column", "staff_id_list")
AGENCY_COLUMNS = ("row_id", "agency", "returns_received", "due")
DATED = ("completed_on", "due")


@dataclass
class Tables:
    """The three tables: the rows' columns (name -> a value per row), and one record
    (a tuple in RETURN_COLUMNS or AGENCY_COLUMNS order) per return and per agency."""

    rows: dict[str, object]
    returns: list[tuple]
    agencies: list[tuple]

    def return_record(self, row_id: int) -> dict[str, object]:
        return dict(zip(RETURN_COLUMNS, self.returns[row_id], strict=True))

    def agency_record(self, row_id: int) -> dict[str, object]:
        return dict(zip(AGENCY_COLUMNS, self.agencies[row_id], strict=True))


def tables(case: Case, returns: list[Return]) -> tuple[Tables, list[Row]]:
    """The suites' three tables, and the Rows in row_id order."""
    row_columns, rows = rows_table(case, returns)
    return Tables(row_columns, returns_table(case, returns), agencies_table(case, returns)), rows


def _blank_to_none(text: str) -> str | None:
    stripped = text.strip()
    return stripped or None


def date_bounds(reading: DateReading | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a reading may mean: the day itself, or a period's bounds."""
    if reading is None:
        return None, None
    if reading.date is not None:
        return reading.date, reading.date
    return reading.start, reading.end or reading.start


@functools.lru_cache(maxsize=4096)
def staff_initials(cell: str) -> tuple[str, ...]:
    """The initials a staff cell lists, in order, without explanations in brackets."""
    return tuple(part.strip(" .") for part in _STAFF_SPLIT.split(_BRACKETED.sub(" ", cell))
                 if part.strip(" ."))


def known_initials(ret: Return, case_codes: dict[str, set[str]]) -> set[str]:
    """Initials the return explains: its own staff ID list plus case.toml's staff codes."""
    listed = {code.strip().upper() for code in ret.staff_key}
    return listed | case_codes.get(ret.agency, set())


def unlisted_initials(cell: str, known: set[str]) -> str | None:
    """Initials in `cell` that `known` does not explain, joined; None when all are."""
    missing = [i for i in staff_initials(cell) if i.upper() not in known]
    return ", ".join(missing) or None


def days_column(values: list[dt.date | None]) -> np.ndarray:
    """Dates as a datetime64 column (NaT where None), without a Timestamp per value."""
    # Clamped to what datetime64[ns] holds (a typed year 2999 must not wrap round); a
    # clamped day is still outside the period and after today, as the day itself is.
    ordinals = np.array([min(max(d.toordinal(), _FIRST_NS), _LAST_NS) if d is not None
                         else 0 for d in values], dtype="int64")
    # Nanoseconds: Great Expectations compares only datetime64[ns] columns vectorised.
    days = (ordinals - _EPOCH_ORDINAL).astype("datetime64[D]").astype("datetime64[ns]")
    days[ordinals == 0] = np.datetime64("NaT")
    return days


def _where_earlier(earlier: Row) -> str:
    """'8 of table 2' (Word), "8 of sheet 'Contacts'" (Excel), '8' (CSV)."""
    table = earlier.provenance.table
    if not table:
        return str(earlier.provenance.row)
    where = f"table {table}" if table.isdigit() else f"sheet '{table}'"
    return f"{earlier.provenance.row} of {where}"


def rows_table(case: Case, returns: list[Return]) -> tuple[dict[str, object], list[Row]]:
    """A row per chronology entry of every return, column by column, and the Rows in
    row_id order.

    `repeats_row` holds, for a row that repeats an earlier row of its return word for
    word, where that earlier row is ("8 of table 1").
    """
    case_codes: dict[str, set[str]] = {}
    for member in case.staff:
        if member.code:
            case_codes.setdefault(member.agency, set()).add(member.code.strip().upper())
    rows: list[Row] = [row for ret in returns for row in ret.rows]
    unlisted: list[str | None] = []
    repeats_row: list[str | None] = []
    for ret in returns:
        # The ID-list rule applies where a list was returned (Appendix 4 asks for one;
        # its absence is one finding for the return, not one a row).
        known = known_initials(ret, case_codes) if ret.staff_key else None
        first_seen: dict[tuple[str, ...], Row] = {}
        for row in ret.rows:
            earlier = first_seen.setdefault(row.content(), row)
            repeats_row.append(None if earlier is row else _where_earlier(earlier))
            unlisted.append(unlisted_initials(row.staff, known)
                            if known is not None and not _NO_STAFF.match(row.staff) else None)
    bounds = [date_bounds(row.reading) for row in rows]
    columns: dict[str, object] = {
        "row_id": np.arange(len(rows), dtype="int64"),
        "agency": [row.agency for row in rows],
        "file": [row.provenance.file for row in rows],
        "table": [row.provenance.table for row in rows],
        "row": [row.provenance.row for row in rows],
        "date_as_written": [row.date_as_written.strip() or None for row in rows],
        "time_as_written": [row.time_as_written.strip() or None for row in rows],
    }
    for name in CONTENT_COLUMNS:
        columns[name] = [getattr(row, name).strip() or None for row in rows]
    columns["staff"] = [None if _NO_STAFF.match(row.staff) else row.staff.strip()
                        for row in rows]
    columns["contact"] = [_blank_to_none(" ".join((row.child, row.family,
                                                    row.communication))) for row in rows]
    columns["staff_unlisted"] = unlisted
    columns["precision"] = [row.reading.precision.value if row.reading else None
                            for row in rows]
    columns["date_first"] = days_column([first for first, _ in bounds])
    columns["date_last"] = days_column([last for _, last in bounds])
    columns["repeats_row"] = repeats_row
    return columns, rows


def completed_on(ret: Return) -> tuple[str | None, dt.date | None]:
    """The precision of 'Date completed' as ingest read it (None when empty) and the day
    the return counts as completed: Date completed when it reads as a day, else the day
    it was received (never the file's time on disk, which a copy or a clone resets)."""
    precision = ret.completed.precision.value if ret.completed else None
    return precision, ret.completed_day or ret.received


def returns_table(case: Case, returns: list[Return]) -> list[tuple]:
    """One record per returned chronology file, row_id its place in `returns`."""
    due_of = {agency.name: agency.chronology_due for agency in case.agencies}
    records = []
    for index, ret in enumerate(returns):
        precision, completed = completed_on(ret)
        names_staff = any(not _NO_STAFF.match(row.staff) for row in ret.rows)
        records.append((
            index, ret.file, len(ret.rows), ret.agency, _blank_to_none(ret.agency_as_written),
            _blank_to_none(ret.date_completed), _blank_to_none(ret.completed_by), precision,
            completed, due_of.get(ret.agency),
            "tracked_changes" in ret.file_flags, "macros" in ret.file_flags,
            "hidden_sheet" in ret.file_flags, "single_contact_column" in ret.file_flags,
            bool(ret.staff_key) if names_staff else None,
        ))
    return records


def agencies_table(case: Case, returns: list[Return]) -> list[tuple]:
    """One record per agency of case.toml, with how many returns name it."""
    received: dict[str, int] = {}
    for ret in returns:
        received[ret.agency] = received.get(ret.agency, 0) + 1
    return [(index, agency.name, received.get(agency.name, 0), agency.chronology_due)
            for index, agency in enumerate(case.agencies)]
