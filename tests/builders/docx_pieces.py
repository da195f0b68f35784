"""The pieces a built Word return's paragraphs, cells and rows are written as
(docx_builder.py's docstring says how each is written): tracked changes, controls, fields,
spans, merges, nested tables, row-level quirks."""

from __future__ import annotations

from dataclasses import dataclass

# ---- pieces of a paragraph ----------------------------------------------------------


@dataclass
class Inserted:
    """Text inserted with track changes on (w:ins): read."""

    text: str


@dataclass
class Deleted:
    """Text deleted with track changes on (w:del/w:delText): not read."""

    text: str


@dataclass
class MovedTo:
    """Text moved here with track changes on (w:moveTo): read."""

    text: str


@dataclass
class MovedFrom:
    """Text moved away with track changes on (w:moveFrom): not read."""

    text: str


@dataclass
class Control:
    """An inline content control (w:sdt inside the paragraph) holding pieces."""

    content: str | list = ""
    tag: str = "field"
    placeholder: bool = False     # showing its placeholder text: nothing was entered


class _DeletedMark:
    def __repr__(self) -> str:
        return "DELETED_MARK"


# Put in a paragraph's pieces: the paragraph mark is a tracked deletion, so Word shows the
# paragraph joined to the next one.
DELETED_MARK = _DeletedMark()


@dataclass
class Hyperlink:
    text: str
    url: str = "https://example.org/record"


@dataclass
class SimpleField:
    """A simple field (w:fldSimple); `result` is the text Word shows."""

    result: str
    instruction: str = " DATE \\@ \"dd/MM/yyyy\" "


@dataclass
class ComplexField:
    """A complex field (w:fldChar begin/separate/end); the instruction is not text."""

    result: str
    instruction: str = " REF record_1 \\h "


@dataclass
class SmartTag:
    """Word 2003's smart tag around a date, name or place."""

    text: str
    element: str = "date"


# ---- cells and rows -----------------------------------------------------------------


class Paragraphs:
    """Several paragraphs in one cell."""

    def __init__(self, *paragraphs: str | list):
        self.paragraphs = paragraphs


@dataclass
class Span:
    """A cell merged across `columns` grid columns (w:gridSpan)."""

    content: object
    columns: int = 2


class _Merged:
    def __repr__(self) -> str:
        return "MERGED"


MERGED = _Merged()   # the cell continues the cell above (vertical merge)


@dataclass
class CellControl:
    """A cell wrapped in a cell-level content control (w:tr/w:sdt/w:sdtContent/w:tc)."""

    content: object
    placeholder: bool = False     # showing its placeholder text: nothing was entered


@dataclass
class Nested:
    """A table inside a cell: rows of plain strings."""

    rows: list[list[str]]


@dataclass
class Row:
    """A table row with row-level quirks."""

    cells: list
    control: bool = False         # wrapped in a row-level content control
    deleted: bool = False         # the whole row deleted with track changes on
    inserted: bool = False        # the whole row inserted with track changes on
    grid_before: int = 0          # empty grid columns before the first cell (w:gridBefore)
    header: bool = False          # repeated at the top of each page (w:tblHeader)


@dataclass
class Section:
    """A row that only separates sections: one cell across the whole table."""

    text: str
