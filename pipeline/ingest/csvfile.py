"""CSV reader: encodings, the delimiter, the heading row by meaning.

A CSV return is one table: RawTable name "" and RawRow.number the line on which the
record starts in the file (a quoted cell may run over several lines).
"""

from __future__ import annotations

import csv
import io
import logging

from pipeline.case import Case
from pipeline.errors import IngestError
from pipeline.ingest import columns, notice, tables
from pipeline.ingest.header import label_rows_to_lines
from pipeline.ingest.tables import RawRow, RawTable
from pipeline.ingest.xlsx import MAX_COLUMNS, MAX_ROWS
from pipeline.model import Return
from pipeline.ooxml.package import Package

log = logging.getLogger(__name__)

DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 30
_SNIFF_CHARS = 256 * 1024      # the first lines only: never split a whole large file


def read(package: Package, source, case: Case) -> list[Return]:
    """The file's one chronology return. Raises IngestError if it holds none."""
    text, encoding = decode(package.data)
    delimiter = sniff_delimiter(text)
    table = RawTable(name="", rows=list(records(text, delimiter)))
    above: list[list[str]] = []
    number, _ = tables.content_heading_row(table) or (None, None)
    for raw in table.rows:
        cells = [c or "" for c in raw.cells]
        if raw.number == number or columns.match_header(cells) is not None:
            break
        above.append(cells)
    header_lines = label_rows_to_lines(above)
    try:
        ret = tables.build_return(source, case, header_lines, [table])
    except tables.NoChronologyTable:
        raise notice.table_notice("a CSV file", [table]) from None
    log.debug("%s: %s, delimiter %r, %d rows read", source.file, encoding, delimiter,
              ret.rows_read)
    return [ret]


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read with: UTF-8 (BOM or not), else
    Windows-1252 (Excel's "CSV" on a UK Windows PC), else Latin-1, which reads any byte."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of cells.

    csv.Sniffer guesses from character frequencies and is fooled by commas inside the
    text; parsing a sample with each candidate and preferring consistent widths is not.
    """
    sample = "\n".join(text[:_SNIFF_CHARS].splitlines()[:_SNIFF_LINES])
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter)
                      if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def records(text: str, delimiter: str):
    """RawRows of the records holding text, numbered by the line each starts on."""
    previous_limit = csv.field_size_limit()
    # A cell of megabytes must be read (then rejected with its reason), not stop the file.
    csv.field_size_limit(max(previous_limit, len(text) + 1))
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        start = 1
        count = 0
        for cells in reader:
            number, start = start, reader.line_num + 1
            cells = [c.replace("\r\n", "\n").replace("\r", "\n") for c in cells]
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > MAX_COLUMNS:
                raise IngestError(f"has {len(cells)} cells on line {number}; a chronology has "
                                  "about seven columns. Check it is the right file.")
            count += 1
            if count > MAX_ROWS:
                raise IngestError(f"holds more than {MAX_ROWS:,} rows; it is not a chronology "
                                  "return. Check it is the right file.")
            yield RawRow(number=number, cells=list(cells))
    except csv.Error as exc:
        raise IngestError(f"is a CSV file that cannot be read past line {reader.line_num} "
                          f"({exc}); open it in Excel and save it again as CSV UTF-8.") from None
    finally:
        csv.field_size_limit(previous_limit)
