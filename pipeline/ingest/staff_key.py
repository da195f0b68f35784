"""A return's staff ID list ("Initials | Name/Role"): its own table, or rows at the foot of
the chronology under a title ("Staff ID list"), read into the return's staff key."""

from __future__ import annotations

import re

from pipeline.ingest import columns, meaning
from pipeline.model import Return

# A title over a staff list: "Staff ID list", "Key to staff initials", "Staff key".
_STAFF_KEY_TITLE = re.compile(
    r"^\s*(key to )?(staff|practitioners?)( id| initials)?( key| list| id list| identification)"
    r"\b|^\s*key to (staff )?initials\b|^\s*staff (involved|id)\s*:?\s*$", re.I)


def read_table(table, ret: Return) -> bool:
    """Read a separate staff ID table ("Initials | Name/Role") into the return's key.

    The table starts with its heading row, or with a title ("Staff ID list") above the
    heading row or straight above the codes.
    """
    rows = [[c or "" for c in r.cells] for r in table.rows
            if any((c or "").strip() for c in r.cells)]
    if not rows or columns.match_header(rows[0]) is not None:
        return False
    if meaning.content_heading(rows) is not None:
        return False               # a chronology not on the template
    titled = is_title(rows[0])
    if titled:
        rows = rows[1:]
    found = columns.match_staff_key(rows[0]) if rows else None
    if found is not None:
        rows = rows[1:]
    elif titled:
        found = (0, 1)             # no heading row: the codes come first
    else:
        return False
    _add(rows, *found, ret)
    return True


def read_rows(table, title_row: int, ret: Return) -> None:
    """The staff list below its title row inside the chronology table."""
    rows = [[c or "" for c in r.cells] for r in table.rows
            if r.number > title_row and any((c or "").strip() for c in r.cells)]
    found = columns.match_staff_key(rows[0]) if rows else None
    if found is not None:
        rows = rows[1:]
    _add(rows, *(found or (0, 1)), ret)


def is_title(cells: list[str]) -> bool:
    filled = {c.strip() for c in cells if c.strip()}
    return len(filled) == 1 and bool(_STAFF_KEY_TITLE.match(filled.pop()))


def _add(rows: list[list[str]], code: int, role: int, ret: Return) -> None:
    """Each row's code -> the rest of the row (name, role...), joined."""
    for cells in rows:
        filled = [c for c in cells if c.strip()]
        if code < len(cells) and cells[code].strip():
            rest = [c.strip() for i, c in enumerate(cells) if i != code and c.strip()]
            ret.staff_key[cells[code].strip()] = " - ".join(rest) or cells[role].strip()
        elif len(filled) >= 2:     # the code shifted by a merge: the first filled cell
            ret.staff_key[filled[0].strip()] = " - ".join(c.strip() for c in filled[1:])
