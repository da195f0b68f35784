"""A panel member's annotated copy of the demo's merged chronology workbook (fictional).

The demo's returns are merged (unprotected, into a temporary folder), and the workbook is
marked as a panel member would mark it in Excel: a Panel mark chosen from the drop-down
and a note typed beside it, on the rows `MARKED` finds by their words; the document's
"last modified by" names the member. It is saved protected with the case password, as the
panel receives it, into inputs/demo/panel/.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import tempfile
from pathlib import Path

from openpyxl import load_workbook

PANEL_COPY = "panel/Chronology - Designated Nurse's marks.xlsx"
MEMBER = "Dr Helen Ward (Designated Nurse)"
# A merge day fixed for the copy, so a rebuild makes the same workbook.
BUILT_ON = dt.date(2016, 3, 1)

# (agency, date as written, words of the entry, Panel mark, Panel note)
MARKED = (
    ("Thames Valley Police", "05/02/2015", "no further action on the ABH", "Decision point",
     "NFA once Donna withdrew support: was a victimless prosecution considered?"),
    ("Oakfield Primary School", "last week", "Jayden told TA1", "Query for agency",
     "Ask the school on which day TA1 heard this, and why it reached the DSL a week late."),
    ("Oakfield Primary School", "14/05/2015", "Referral to CSC by the DSL", "Good practice",
     "Same-day referral with the child's own words."),
    ("Children's Social Care", "24.06.2015", "plans ended, children stepped down",
     "Decision point",
     "Plans ended on the parents' account alone; the school's worry was not escalated."),
    ("Acute Hospital Trust", "28/11/2015", "CT head: thin subdural haematoma", "Key episode",
     "Injuries not consistent with the explanation; referral within the hour."),
    ("Oakfield Primary School", "02/12/2015", "Strategy meeting attended", "Inconsistency",
     "The school dates the strategy meeting a day after everyone else."),
)


def panel_copy(case_folder: Path) -> bytes:
    """The annotated copy (unprotected .xlsx bytes) for the case in `case_folder`."""
    from pipeline.run import run_case

    with tempfile.TemporaryDirectory() as scratch:
        # The returns alone: an earlier copy's marks must not carry into this one.
        case = Path(scratch) / case_folder.name
        shutil.copytree(case_folder, case, ignore=shutil.ignore_patterns("panel"))
        run = run_case(case, Path(scratch) / "outputs", protect=False, today=BUILT_ON)
        data = (run.outputs_dir / "merged_chronology.xlsx").read_bytes()
    book = load_workbook(io.BytesIO(data))
    sheet = book["Chronology"]
    headings = [cell.value for cell in sheet[1]]
    column = {name: headings.index(name) + 1 for name in headings if name}
    texts = ("Contact with child", "Contact with parents/carers and family",
             "Inter/intra-agency communication")
    for agency, when, words, mark, note in MARKED:
        for row in range(2, sheet.max_row + 1):
            if sheet.cell(row, column["Agency"]).value != agency or not str(
                    sheet.cell(row, column["Date as written"]).value or "").startswith(when):
                continue
            written = " ".join(str(sheet.cell(row, column[t]).value or "") for t in texts)
            if words in written:
                sheet.cell(row, column["Panel mark"]).value = mark
                sheet.cell(row, column["Panel note"]).value = note
                break
        else:
            raise ValueError(f"no {agency} entry with {words!r} to mark")
    book.properties.lastModifiedBy = MEMBER
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
