"""Sheets written as XML read back in openpyxl as the cells given: text escaped,
characters XML cannot hold dropped, dates, numbers; rows from a generator."""

import datetime as dt
import io
import re

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ooxml import sheetwrite
from pipeline.ooxml.sheetwrite import DATE, WRAP, Sheet

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
TEXT = st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=8)
                | st.sampled_from(["&", "<b>", "]]>", "\x00", "\x07", "\n", "\t", "'\""]),
                max_size=5).map("".join)
VALUE = (TEXT | st.integers(-10**9, 10**9) | st.dates(dt.date(1900, 3, 1), dt.date(9999, 1, 1))
         | st.none() | st.booleans())
ROWS = st.lists(st.lists(VALUE, min_size=1, max_size=6), min_size=1, max_size=12)


def _expected(value):
    if isinstance(value, bool):
        return "yes" if value else None
    if isinstance(value, str):
        # An XML reader reads a line break written \r or \r\n as \n.
        text = _NOT_XML.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
        return text if value else None
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return value


def _read(sheets: list[Sheet]) -> openpyxl.Workbook:
    data = sheetwrite.workbook(sheets, ["FFEEDD"], header_fill="DDDDDD", title="T",
                               author="A", when=dt.datetime(2016, 3, 1))
    return openpyxl.load_workbook(io.BytesIO(data))


@settings(max_examples=60, deadline=None)
@given(ROWS)
def test_cells_read_back_as_written(rows):
    cells = [[(v, DATE if isinstance(v, dt.date) else WRAP) for v in r] for r in rows]
    book = _read([sheetwrite.sheet("Rows", [10] * 6, cells)])
    read = [list(r) for r in book["Rows"].iter_rows(values_only=True)]
    width = max(map(len, rows))
    assert read == [[_expected(v) for v in r] + [None] * (width - len(r)) for r in rows]


def test_rows_from_a_generator_and_their_count():
    def rows():
        yield sheetwrite.cells_xml([("Name", 0), ("Number", 0)])
        for n in range(1, 600):        # more than one part of rows
            yield sheetwrite.cells_xml([(f"row {n}", WRAP), (n, WRAP)])

    book = _read([Sheet("Many", [10, 10], rows(), 600, 2)])
    sheet = book["Many"]
    assert sheet.max_row == 600 and sheet.auto_filter.ref == "A1:B600"
    assert [c.value for c in sheet[600]] == ["row 599", 599]
