"""CSV returns: encodings, delimiters, the heading row by meaning, rows by their line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.case import load_case
from pipeline.errors import IngestError
from pipeline.ingest import columns, read_file
from pipeline.ingest.csvfile import decode, sniff_delimiter
from tests.builders import hostile
from tests.builders.xlsx_builder import EXCEL_HEADINGS


def csv_bytes(rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    stream = io.StringIO(newline="")
    csv.writer(stream, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return stream.getvalue().encode(encoding)


def read_one(path: Path):
    (ret,) = read_file(path, load_case(path.parent))
    return ret


RETURN_ROWS = [
    ["Chronology for the Serious Case Review"],
    ["Agency:", "Health Visiting Service"],
    ["Date completed:", "12/02/2016"],
    [],
    EXCEL_HEADINGS,
    ["03/04/2015", "14:30", "Seen at home; café visit \u2019ok\u2019", "", "", "Record", "HV1",
     "Weighed, well"],
    ["", "", "", "", "", "", "", ""],
    ["04/04/2015", "", "First line\r\nsecond line", "Mother, father", "", "", "HV2", ""],
    ["05/04/2015", "", "Last", "", "", "", "HV1", ""],
]


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", ","), ("cp1252", "\t"), ("utf-8", "|"),
    ("utf-16", ","),
])
def test_encodings_and_delimiters(case_dir: Path, encoding: str, delimiter: str) -> None:
    path = case_dir / "hv.csv"
    path.write_bytes(csv_bytes(RETURN_ROWS, delimiter, encoding))
    ret = read_one(path)
    assert ret.agency == "Health Visiting Service" and ret.date_completed == "12/02/2016"
    assert [(r.provenance.table, r.provenance.row) for r in ret.rows] == [
        ("", 6), ("", 8), ("", 10)]               # line 8's cell runs on to line 9
    first, second, _ = ret.rows
    assert first.child == "Seen at home; café visit \u2019ok\u2019"
    assert (first.date_as_written, first.time_as_written) == ("03/04/2015", "14:30")
    assert second.child == "First line\nsecond line" and second.family == "Mother, father"


def test_decode_prefers_utf8_then_windows_1252() -> None:
    assert decode("\ufeffcafé".encode()) == ("café", "utf-8-sig")
    assert decode("café \u2019".encode("cp1252")) == ("café \u2019", "cp1252")
    assert decode(b"\x81\x8d") == ("\x81\x8d", "latin-1")   # bytes cp1252 leaves undefined


def test_delimiter_not_fooled_by_commas_in_text() -> None:
    text = "Date;Event;Staff\n03/04/2015;Seen, weighed, well, happy;HV1\n04/04/2015;Call;HV2\n"
    assert sniff_delimiter(text) == ";"


def test_cell_of_megabytes_kept_whole_and_flagged(case_dir: Path) -> None:
    path = case_dir / "big.csv"
    path.write_bytes(hostile.big_cell_csv(megabytes=3))
    ret = read_one(path)
    assert ret.rows_read == 2 and len(ret.rows) == 2 and ret.rejected == []
    assert ret.rows[1].provenance.row == 4 and ret.rows[1].flags == ["long_cell"]
    assert len(ret.rows[1].comment) == 3 * hostile.MB
    assert csv.field_size_limit() == 131072     # the process-wide limit is put back


def test_csv_without_chronology_is_reported(case_dir: Path) -> None:
    path = case_dir / "notes.csv"
    path.write_bytes(b"Nothing,to,report\n1,2,3\n")
    with pytest.raises(IngestError, match="no chronology"):
        read_one(path)


TEXT = st.text(alphabet=st.characters(codec="cp1252", exclude_categories=("Cs", "Cc")),
               max_size=25).filter(lambda text: columns.meaning_of(text) is None)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(rows=st.lists(st.lists(TEXT, min_size=7, max_size=7), min_size=1, max_size=10),
       delimiter=st.sampled_from([",", ";", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
       newlines=st.lists(st.booleans(), min_size=10, max_size=10))
def test_every_row_read_as_written_at_its_line(case_dir: Path, rows, delimiter, encoding,
                                               newlines) -> None:
    """Property: whatever the encoding and delimiter, each entry's cells come back as
    written, numbered by the line the record starts on."""
    entries = []
    for cells, newline in zip(rows, newlines, strict=False):
        child = cells[1] + ("\nmore" if newline else "")
        entries.append(["01/02/2015", "", child, *cells[2:], cells[0]][:8])
    table = [["Agency:", "Thames Valley Police"], EXCEL_HEADINGS, *entries]
    data = csv_bytes(table, delimiter, encoding)
    path = case_dir / "prop.csv"
    path.write_bytes(data)
    ret = read_one(path)
    assert len(ret.rows) == len(entries)
    line = 3
    for row, cells in zip(ret.rows, entries, strict=True):
        assert row.provenance.row == line
        assert row.staff == cells[6]
        # Unless every child cell is a code (a number), a column never taken for contacts
        # and kept in the comment under its heading.
        assert row.child == cells[2] or (not row.child and (
            not cells[2].strip() or f"{EXCEL_HEADINGS[2]}: {cells[2]}" in row.comment))
        line += 1 + cells[2].count("\n")
