"""A return not on the template, through a whole run: its narrative is under Contact with
child in the merged chronology, each of its entries is marked, and the legend says how."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from openpyxl import load_workbook

from pipeline.run import run_case
from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx

NARRATIVE = "Call from the mother reporting that her partner had thrown a plate at the wall."


def _case(case_dir):
    police = ChronologyDocx().header_block(agency="Thames Valley Police",
                                           date_completed="12/02/2016", completed_by="DC X")
    police.add_table(["Occurrence date", "Log no.", "Write-up", "Attending officer"],
                     [["03/04/2014", "LOG-0412", NARRATIVE, "PC3"],
                      ["19/04/2014", "LOG-0588", "Partner found at the address in breach of "
                                                 "his bail conditions.", "PC3"]])
    police.save(case_dir / "police.docx")
    hv = ChronologyDocx().header_block(agency="Health Visiting Service",
                                       date_completed="12/02/2016", completed_by="HV1")
    hv.add_table(TEMPLATE_HEADINGS, [["05/04/2014", "Child X seen at home", "", "", "Record",
                                      "HV1", ""]])
    hv.save(case_dir / "hv.docx")


def test_the_narrative_return_is_shown_marked_and_explained(case_dir, tmp_path):
    _case(case_dir)
    run_case(case_dir, tmp_path / "out", protect=False, today=dt.date(2016, 3, 1))
    folder = tmp_path / "out" / case_dir.name
    document = Document(io.BytesIO((folder / "merged_chronology.docx").read_bytes()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "A return not on the template (one narrative column instead of the three " \
           "contact columns) has its narrative shown under Contact with child" in text
    assert "In this case: Thames Valley Police." in text
    chronology = document.tables[-1]
    headings = [c.text for c in chronology.rows[0].cells]
    child, marks = headings.index("Contact with child"), headings.index("Marks")
    police = [r for r in chronology.rows if NARRATIVE in r.cells[child].text]
    assert len(police) == 1 and "not on template" in police[0].cells[marks].text
    sheet = load_workbook(folder / "merged_chronology.xlsx", read_only=True)["Findings"]
    assert any(row[1] == "single_contact_column" and row[3] == "police.docx"
               for row in sheet.iter_rows(values_only=True))
