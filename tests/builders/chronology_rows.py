"""In-memory returns and rows for the merge and chronology output tests (fictional).

`day(...)`, `month(...)`, `unknown()` make date readings as pipeline.dates gives them;
`entry(...)` one row; `chronology(...)` a Return of rows; `case_for(...)` a Case;
`run_for(...)` a run of returns (runs.case_run). `clean_row(...)` and
`written_return(...)` make a return as written, before normalise reads its dates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.case import Agency, Case, Person
from pipeline.ingest import completed_reading
from pipeline.model import CaseRun, DateReading, Precision, Provenance, Return, Row
from tests.builders.runs import case_run

AGENCIES = ("Thames Valley Police", "Children's Social Care", "Health Visiting Service",
            "General Practice")
TODAY = dt.date(2016, 3, 1)


def day(year: int, month_: int, day_: int, hour: int | None = None, minute: int = 0,
        flags: tuple[str, ...] = ()) -> DateReading:
    date = dt.date(year, month_, day_)
    time = dt.time(hour, minute) if hour is not None else None
    text = date.strftime("%d/%m/%Y") + (f" {hour:02d}:{minute:02d}" if time else "")
    return DateReading(text, Precision.DAY, date=date, time=time, flags=flags)


def month(year: int, month_: int) -> DateReading:
    start = dt.date(year, month_, 1)
    end = (dt.date(year + month_ // 12, month_ % 12 + 1, 1) - dt.timedelta(days=1))
    return DateReading(start.strftime("%B %Y"), Precision.MONTH, start=start, end=end,
                       flags=("period",))


def unknown() -> DateReading:
    return DateReading("not known", Precision.UNKNOWN)


def entry(agency: str, reading: DateReading | None, child: str = "", *, file: str = "",
          order: int = 0, family: str = "", communication: str = "", source: str = "",
          staff: str = "", comment: str = "", table: str = "1") -> Row:
    file = file or f"{agency}.docx"
    text = reading.text if reading else ""
    return Row(Provenance(file, table, order + 2), agency, text, "", child, family,
               communication, source, staff, comment, reading=reading,
               flags=list(reading.flags) if reading else [], order=order)


def chronology(agency: str, rows: list[tuple[DateReading | None, str]], *, file: str = "",
               completed: str = "12/02/2016", received: dt.date | None = None) -> Return:
    """A return of `agency` with one row per (reading, child text), in that order."""
    file = file or f"{agency}.docx"
    ret = Return(path=Path("/nonexistent") / file, file=file, sha256="0" * 64, agency=agency,
                 agency_as_written=agency, agency_matched=True, date_completed=completed,
                 completed=completed_reading(completed, TODAY),
                 received=received)
    ret.rows = [entry(agency, reading, text, file=file, order=i)
                for i, (reading, text) in enumerate(rows)]
    ret.rows_read = len(ret.rows)
    return ret


def case_for(root: Path, agencies: tuple[str, ...] = AGENCIES, *, gap_days: int = 90,
             born: dt.date | None = dt.date(2013, 3, 14)) -> Case:
    people = [Person("Fictional Child", "Child X", "Child", born=born)] if born else []
    return Case(root=root, reference="TEST-2016-01", review="Serious Case Review",
                subject="Child X", period_from=dt.date(2014, 1, 1),
                period_to=dt.date(2015, 12, 31), agencies=[Agency(a) for a in agencies],
                people=people, gap_days=gap_days)


def run_for(tmp_path: Path, returns: list[Return], **case_options) -> CaseRun:
    """A run of `returns` whose outputs go to tmp_path/outputs, unprotected."""
    case = case_for(tmp_path, **case_options)
    outputs_dir = tmp_path / "outputs" / "TEST"
    outputs_dir.mkdir(parents=True, exist_ok=True)
    return case_run(case, outputs_dir, returns=returns, today=TODAY)


def clean_row(label: int, date: str = "03/04/2015 14:30", **cells: object) -> dict:
    """Cells of a row that follows every rule, with `cells` replacing some (`number`:
    the row number, `table`: its table)."""
    return {"date": date, "time": "", "child": "Seen at home with mother",
            "family": "", "communication": "", "source": "Crime record", "staff": "PC1",
            "comment": f"entry {label}", **cells}


def written_return(agency: str, rows: list[dict], *, file: str = "", staff_key=None,
                   **fields) -> Return:
    """A return of `agency` whose rows are `rows`' cells as written, not yet read (for
    normalise and validate); `fields` set the return's other fields."""
    file = file or f"{agency}.docx"
    ret = Return(path=Path("/nonexistent") / file, file=file, sha256="0" * 64,
                 agency=agency, agency_as_written=agency, agency_matched=True,
                 date_completed="12/02/2016", completed_by="A Author",
                 staff_key={"PC1": "Police Constable"} if staff_key is None else staff_key,
                 received=dt.date(2016, 2, 12))
    for key, value in fields.items():
        setattr(ret, key, value)
    ret.completed = completed_reading(ret.date_completed, TODAY)   # as ingest reads it
    for index, cells in enumerate(rows):
        table = cells.pop("table", "1")
        number = cells.pop("number", index + 2)
        ret.rows.append(Row(Provenance(file, table, number), agency, cells["date"],
                            cells["time"], cells["child"], cells["family"],
                            cells["communication"], cells["source"], cells["staff"],
                            cells["comment"], order=index))
    ret.rows_read = len(ret.rows)
    return ret
