"""The fields a finding's sentence is filled with: where the row is and what it says.

Texts as written are quoted, shortened; they go into the reports and letters, never logs.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.findings import Fields
from pipeline.model import DateReading, Return, Row

QUOTE_LIMIT = 80
_MONTH_FIRST = re.compile(r"^\D*?(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b")


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


class RowFields(Fields):
    """Sentence fields about one row (see pipeline.findings.FIELDS), each worked out only
    when a sentence uses it: most rows need two or three of them."""

    def __init__(self, row: Row, tables: set[str], given: dict[str, object]):
        super().__init__(given)
        self.row, self.tables = row, tables

    def __missing__(self, key: str) -> object:
        row, reading = self.row, self.row.reading
        if key == "where":
            value: object = where(row, self.tables)
        elif key in ("date", "when", "time", "staff"):
            value = shorten({"date": row.date_as_written, "when": row.written_when,
                             "time": row.time_as_written, "staff": row.staff}[key])
        elif key == "time24":
            value = reading.time_text if reading else ""
        elif key == "read_as":
            value = read_as(reading)
        elif key == "suggestion":
            value = day_first(row.date_as_written)
        elif key == "reason":
            reason = reading.reason.strip().rstrip(".") if reading and reading.reason else ""
            value = f": {reason}" if reason else ""
        elif key == "file":
            value = row.provenance.file
        elif key == "agency":
            value = row.agency
        else:
            return ""
        self[key] = value
        return value


def return_fields(ret: Return, completed: dt.date | None, due: dt.date | None,
                  as_written: bool = True) -> dict[str, object]:
    """Fields about one returned file for a sentence; `as_written` says `completed` is the
    Date completed the agency wrote, not the day the return was received."""
    return {
        "file": ret.file,
        "agency": ret.agency,
        "date_completed": shorten(ret.date_completed),
        "completed_on": dmy(completed),
        "completed": (f"completed on {dmy(completed)}" if as_written else
                      f"received on {dmy(completed)} (no exact Date completed)"),
        "due": dmy(due),
    }
