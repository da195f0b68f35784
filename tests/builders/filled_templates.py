"""Fill the templates `start` writes as an agency does in Word: open with the case
password, type into the header block, the table and the staff list, save protected again.

    python -m tests.builders.filled_templates OUTPUTS_CASE_FOLDER CASE_FOLDER PASSWORD

fills Thames Valley Police's chronology and Health Visiting Service's agency report into
the case folder (what the README's session and the closing note show).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import docx

from pipeline.protect import decrypt_output, encrypt_office

ENTRIES = [("03-04-2015 14:30", "Seen at home with Mother.", "", "", "Case notes", "PC1", ""),
           ("04-04-2015", "", "Mother phoned.", "", "Call log", "PC1", ""),
           ("not known", "", "", "Referral to CSC.", "Referral form", "PC2", "Late")]
STAFF = [("PC1", "Police Constable"), ("PC2", "Police Sergeant")]


def opened(path: Path, password: str):
    data = path.read_bytes()
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        data = decrypt_output(data, password)
    return docx.Document(io.BytesIO(data))


def save(document, target: Path, password: str | None) -> Path:
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(encrypt_office(data, password) if password else data)
    return target


def fill_chronology(template: Path, target: Path, password: str, *, protect: bool = False,
                    agency: str | None = None, entries=ENTRIES, staff=STAFF,
                    completed: str = "12-02-2016") -> Path:
    """The header block, the entries and the staff ID list filled in."""
    document = opened(template, password)
    header, table, staff_table = document.tables
    if agency is not None:
        header.rows[1].cells[0].text = agency
    header.rows[1].cells[1].text = completed
    header.rows[1].cells[2].text = "DC Example, Detective Constable"
    while len(table.rows) <= len(entries):
        table.add_row()
    for row, values in zip(table.rows[1:], entries, strict=False):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    for row, (code, role) in zip(staff_table.rows[1:], staff, strict=False):
        row.cells[0].text, row.cells[2].text = code, role
    return save(document, target, password if protect else None)


def fill_report(template: Path, target: Path, password: str, *, submitted: str,
                protect: bool = False) -> Path:
    """The date of first submission, a recommendation and its action."""
    document = opened(template, password)
    for paragraph in document.paragraphs:
        if paragraph.text.startswith("Date of first submission"):
            paragraph.text += f" {submitted}"
    plan = document.tables[-1]
    plan.rows[1].cells[1].text = "Train staff in recording the child's voice."
    plan.rows[1].cells[2].text = "Briefing for all practitioners."
    return save(document, target, password if protect else None)


def main(argv: list[str]) -> int:
    outputs, case, password = Path(argv[0]), Path(argv[1]), argv[2]
    police = outputs / "to_agencies" / "Thames Valley Police"
    health = outputs / "to_agencies" / "Health Visiting Service"
    entries = [(date.replace("2015", "2025"), *rest) for date, *rest in ENTRIES]
    print(fill_chronology(police / "chronology_template.docx",
                          case / "Police" / "TVP chronology.docx", password, protect=True,
                          entries=entries, completed="30-11-2026"))
    print(fill_report(health / "agency_report_template.docx",
                      case / "Health" / "HV agency report.docx", password,
                      submitted="30-11-2026", protect=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
