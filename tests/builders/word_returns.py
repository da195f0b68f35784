"""Word returns built and read back as the pipeline reads them, for the ingest tests."""

from __future__ import annotations

from pathlib import Path

from pipeline.case import load_case
from pipeline.ingest import read_file
from pipeline.model import Return
from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx

FIELDS = ("date_as_written", "child", "family", "communication", "source", "staff", "comment")


def read(doc: ChronologyDocx, case_dir: Path, name: str = "police.docx") -> Return:
    """Save `doc` into the case folder and read it as the pipeline does."""
    path = doc.save(case_dir / name)
    items = read_file(path, load_case(case_dir))
    assert len(items) == 1 and isinstance(items[0], Return)
    return items[0]


def values(ret: Return) -> list[tuple[str, ...]]:
    return [tuple(getattr(row, name) for name in FIELDS) for row in ret.rows]


def police_return(rows: list, **table_options) -> ChronologyDocx:
    doc = ChronologyDocx()
    doc.header_block(agency="Thames Valley Police", date_completed="12/02/2016",
                     completed_by="DC Example")
    doc.heading("Chronology of agency involvement")
    doc.add_table(TEMPLATE_HEADINGS, rows, **table_options)
    return doc


def entry(date: str, child: str = "", family: str = "", comm: str = "", source: str = "",
          staff: str = "", comment: str = "") -> list:
    return [date, child, family, comm, source, staff, comment]
