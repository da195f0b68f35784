"""merged_chronology.csv (only with --csv): the merged rows for other tools.

UTF-8, model.CSV_COLUMNS in SPEC.md's order. Not encrypted (CSV cannot be): the SPEC
accepts this because the administrator asks for it explicitly.
"""

from __future__ import annotations

import csv
import io
import logging

from pipeline.assemble._render import Built, Rendered
from pipeline.model import CSV_COLUMNS, CaseRun, Precision, Row

log = logging.getLogger(__name__)

NAME = "merged_chronology.csv"


def csv_values(row: Row) -> dict[str, str]:
    """One merged row as the CSV's canonical columns."""
    reading = row.reading
    is_day = reading is not None and reading.precision is Precision.DAY and reading.date
    return {
        "date": reading.date_text if is_day else "",
        "time": reading.time_text if reading is not None else "",
        "agency": row.agency,
        "child": row.child, "family": row.family, "communication": row.communication,
        "source": row.source, "staff": row.staff, "comment": row.comment,
        "date_as_written": row.date_as_written,
        "precision": reading.precision.value if reading else "",
        "flags": ";".join(dict.fromkeys(row.flags)),
        "event": row.event,
        "file": row.provenance.file,
        "table": row.provenance.table,
        "row": str(row.provenance.row),
    }


def build(run: CaseRun) -> bytes:
    """The CSV as UTF-8 bytes, header first, one line per merged row."""
    text = io.StringIO(newline="")
    writer = csv.DictWriter(text, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(csv_values(row) for row in run.merged)
    return text.getvalue().encode("utf-8")


def render(run: CaseRun, built: Built) -> Rendered:
    """merged_chronology.csv when the run asks for it."""
    return Rendered({NAME: build(run)}) if run.write_csv else Rendered()
