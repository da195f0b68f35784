"""What a file that holds no return looks like, in the words of a notice.

A case folder also holds covering letters, papers and other people's spreadsheets; such a
file is a notice (`NotAReturn`, a warning), never an error. A file with a table of dated
rows whose headings were not understood may be a return, so it stays an error that asks
for the template: a return is never set aside as "not a return".
"""

from __future__ import annotations

import re

from pipeline.errors import IngestError, NotAReturn
from pipeline.ingest.columns import _DATE_VALUE
from pipeline.ingest.report import PAPER_HEADINGS
from pipeline.ingest.tables import RawTable

DATED_ROWS = 3      # rows holding a date in one table: it may be a chronology
_LETTER = re.compile(r"^\s*dear\b|\byours\s+(sincerely|faithfully)\b|\bkind\s+regards\b|"
                     r"\bbest\s+wishes\b|\bplease\s+find\s+(attached|enclosed)\b", re.I)
_NOT_READ = ("it was not read. Remove it from the case folder if it does not belong to the "
             "review; if it should be a return, ask the agency for it on the template.")


def dated_rows(tables: list[RawTable]) -> int:
    """The most rows of one table that hold a date value in one of their first cells."""
    return max((sum(1 for raw in table.rows
                    if any(c and len(c) <= 40 and _DATE_VALUE.search(c)
                           for c in raw.cells[:3]))
                for table in tables), default=0)


def _unread_chronology(kind: str) -> IngestError:
    return IngestError(f"is {kind} with a table of dated entries, but no heading row names the "
                       "chronology's columns (a Date column and the contact columns); it was "
                       "not read. Ask the agency to use the Appendix 4 headings, or rename "
                       "the headings and put the file back.")


def word_notice(lines: list[str], tables: list[RawTable]) -> IngestError:
    """The notice for a Word file that is neither a chronology nor a report."""
    text = [line for line in lines if line.strip()]
    # A paper's headings (abstract, results, references) are in no return, whatever
    # tables of dates it holds.
    if any(PAPER_HEADINGS.match(line) for line in text if len(line.split()) <= 4):
        return NotAReturn("looks like a paper or an article (it has an abstract, results or "
                          "references), not an agency report; " + _NOT_READ)
    if dated_rows(tables) >= DATED_ROWS:
        return _unread_chronology("a Word document")
    if not text and not tables:
        return NotAReturn("is an empty Word document; " + _NOT_READ)
    if any(_LETTER.search(line) for line in text[:8] + text[-8:]):
        return NotAReturn("looks like a letter (a covering letter?), not a chronology or an "
                          "agency report; " + _NOT_READ)
    return NotAReturn(f"is a Word document ({len(text)} paragraphs, {len(tables)} tables) "
                      "with no chronology table and no agency report sections; " + _NOT_READ)


def table_notice(kind: str, tables: list[RawTable]) -> IngestError:
    """The notice for a workbook or CSV file that holds no chronology table."""
    if dated_rows(tables) >= DATED_ROWS:
        return _unread_chronology(kind)
    if not any(raw.cells for table in tables for raw in table.rows):
        return NotAReturn(f"is {kind} with nothing in it; " + _NOT_READ)
    return NotAReturn(f"is {kind} with no chronology table (no table in it has a Date column "
                      "and the template's other headings); it looks like other data, and "
                      + _NOT_READ)
