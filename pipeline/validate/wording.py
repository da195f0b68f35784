"""The fields a finding's sentence is filled with: where the row is and what it says.

Texts as written are quoted shortened; they go into the protected reports only.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.model import DateReading, Precision, Return, Row

QUOTE_LIMIT = 80
_MONTH_FIRST = re.compile(r"^\D*?(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b")
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


def strict_day(text: str) -> DateReading:
    """'15-02-2016' or '15/02/2016' as a day; anything else unreadable (no guessing)."""
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return DateReading(text, Precision.DAY, date=dt.date(year, month, day))
        except ValueError:
            pass
    return DateReading(text, Precision.UNREADABLE, reason="not a day-month-year date")


def dmy(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"


def where(row: Row, tables: set[str]) -> str:
    """'Row 14', or with the table when the return has several: 'Table 2, row 14'
    (Word) or "Sheet 'Contacts', row 14" (Excel)."""
    table = row.provenance.table
    if len(tables) <= 1 or not table:
        return f"Row {row.provenance.row}"
    if table.isdigit():
        return f"Table {table}, row {row.provenance.row}"
    return f"Sheet '{table}', row {row.provenance.row}"


def read_as(reading: DateReading | None) -> str:
    """The reading in day-month-year: a day, or a period's first and last day."""
    if reading is None:
        return ""
    if reading.date:
        return dmy(reading.date)
    if reading.start and reading.end and reading.end != reading.start:
        return f"{dmy(reading.start)} to {dmy(reading.end)}"
    return dmy(reading.start)


def day_first(text: str) -> str:
    """How a month-first date reads day first ('04/13/2015' -> '13-04-2015'), or a plain
    instruction when the text is not a clear month-first date."""
    match = _MONTH_FIRST.match(text)
    if match:
        month, day, year = (int(g) for g in match.groups())
        try:
            return dmy(dt.date(year, month, day))
        except ValueError:
            pass
    return "the day first, as dd-mm-yyyy"


def row_fields(row: Row, tables: set[str]) -> dict[str, object]:
    """Fields about one row for a sentence (see pipeline.findings.FIELDS)."""
    reading = row.reading
    reason = reading.reason.strip().rstrip(".") if reading and reading.reason else ""
    return {
        "where": where(row, tables),
        "date": shorten(row.date_as_written),
        "when": shorten(row.written_when),
        "time": shorten(row.time_as_written),
        "time24": reading.time_text if reading else "",
        "read_as": read_as(reading),
        "suggestion": day_first(row.date_as_written),
        "reason": f" ({reason})" if reason else "",
        "staff": shorten(row.staff),
        "file": row.provenance.file,
        "agency": row.agency,
    }


def return_fields(ret: Return, completed: dt.date | None, due: dt.date | None
                  ) -> dict[str, object]:
    """Fields about one returned file for a sentence."""
    return {
        "file": ret.file,
        "agency": ret.agency,
        "date_completed": shorten(ret.date_completed),
        "completed_on": dmy(completed),
        "due": dmy(due),
    }
