"""The header block above a chronology (Appendix 4): the subject, agency, Date completed
and Name of person completing, in every layout returns use.

The toolkit prints the labels side by side in one table row ("Chronology Template in
respect of:", then "Agency: | Date completed: | Name of person completing chronology:")
with the values in the row below; other returns write "Label: value" paragraphs, a
two-column table, or the value on the line after its label. `label_rows_to_lines` turns
a row of labels over a row of values into "Label: value" lines, so one reading
(`read_header_block`) serves Word, Excel and CSV.
"""

from __future__ import annotations

import re

# A label ends at a colon, a tab, a spaced dash or the end of the line (its value then
# sits in the next line or cell), so a title such as "Agency chronology for the review"
# is not read as a label.
_LABEL_END = r"\s*(?::|\t|\s[-\u2013]\s|$)\s*"
HEADER_LABELS = {
    "in_respect_of": re.compile(
        r"^\s*(chronology( template)? )?(in respect of|re|subject|name of (the )?child|"
        r"child'?s name|child)" + _LABEL_END, re.I),
    "agency": re.compile(
        r"^\s*(name of )?(the )?(agency|organi[sz]ation)( name)?"
        r"( completing( (the|this))?( chronology| return)?)?" + _LABEL_END, re.I),
    "date_completed": re.compile(
        r"^\s*date( chronology| return)? (completed|of completion|submitted|returned|"
        r"prepared|compiled)" + _LABEL_END, re.I),
    "completed_by": re.compile(
        r"^\s*((name|signature)( and (role|designation|job title))? of )?(the )?"
        r"(person|author|officer)? ?(completing|completed by|who completed|compiling)"
        r"( (the |this )?(chronology|return))?" + _LABEL_END
        + r"|^\s*(completed|prepared|compiled|submitted) by" + _LABEL_END
        + r"|^\s*(author|compiled by)" + _LABEL_END, re.I),
}


HEADER_ROWS = 100         # the header block is at the top; rows further down are not read
MAX_LABEL_CELL = 500      # a cell holding a label and its value is short


def label_of(text: str) -> tuple[str, str] | None:
    """(key, value written after the label) when `text` opens with a header label."""
    for key, label in HEADER_LABELS.items():
        match = label.match(text)
        if match and match.group(0).strip():
            return key, text[match.end():].strip()
    return None


def label_rows_to_lines(rows: list[list[str]]) -> list[str]:
    """The text of rows in reading order, with a row of bare labels over a row of values
    read as "Label: value" lines, cell by cell (an empty value stays empty).

    "Agency: | Date completed: | Name of person completing chronology:" over
    "Thames Valley Police | 12/02/2016 | DC X" gives "Agency: Thames Valley Police" ...
    """
    lines: list[str] = []
    index = 0
    rows = rows[:HEADER_ROWS]
    while index < len(rows):
        cells = [c.strip() for c in rows[index]]
        below = [c.strip() for c in rows[index + 1]] if index + 1 < len(rows) else []
        labels = [label_of(c) for c in cells if c]
        if (len(labels) >= 2 and all(lab is not None and not lab[1] for lab in labels)
                and any(below) and not any(label_of(c) for c in below if c)):
            for position, cell in enumerate(cells):
                if cell:
                    value = below[position] if position < len(below) else ""
                    lines.append(f"{cell.rstrip(':').strip()}: {value}".rstrip())
            index += 2
            continue
        # A long cell is no label: kept whole, not split (it may hold megabytes).
        lines.extend(line.strip() for cell in cells
                     for line in (cell.split("\n") if len(cell) <= MAX_LABEL_CELL else [cell])
                     if line.strip())
        index += 1
    return lines


def read_header_block(lines: list[str]) -> dict[str, str]:
    """The header block's values by key ("agency", "date_completed", "completed_by",
    "in_respect_of") from the text before the table.

    `lines` are paragraphs and table cells in reading order; a label's value follows it on
    its line (after a colon, tab or dash) or sits in the next line/cell.
    """
    found: dict[str, str] = {}
    for index, line in enumerate(lines):
        labelled = label_of(line)
        if labelled is None or labelled[0] in found:
            continue
        key, value = labelled
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if not value and label_of(following) is None and not following.endswith(":"):
            value = following     # a line ending in a colon is another label ("Role:")
        if value:
            found[key] = value
    return found
