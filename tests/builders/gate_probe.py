"""What the anonymiser and the publication gate make of a text, as their tests compare it,
and the case the tests of ordinary uses start from."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx import Document

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.lexicon import Lexicon
from pipeline.case import Agency, Case, Person, StaffMember


def suspect_texts(text: str, lexicon: Lexicon) -> list[str]:
    """The words of each suspect the gate finds in `text`, in order."""
    return [text[s.start:s.end] for s in suspects_in(text, lexicon)]


def case_suspects(text: str, case: Case) -> list[str]:
    """The words of each suspect the gate finds in `text` for `case`."""
    return suspect_texts(text, Lexicon.for_case(case))


def anonymised(text: str, case: Case) -> str:
    """`text` as the anonymiser publishes it for `case`."""
    return Anonymiser.for_case(case, dt.date(2026, 1, 1)).anonymise(text)[0]


def service_case(staff_surname: str = "Black", service: str = "Brook") -> Case:
    """A child at a flat on Tansy Walk, a detective sergeant whose surname may be an
    everyday word ('Black'), a social worker named like a national service ('Brook')."""
    return Case(root=Path("."), reference="C-7", review="Child Safeguarding Practice Review",
                subject="Child P", period_from=dt.date(2019, 1, 1),
                period_to=dt.date(2020, 12, 31), agencies=[Agency("Avon Police")],
                people=[Person("Pippa-Marie Quennell", "Child P", "Child",
                               address="Flat 2, 9 Tansy Walk, Orrinford, BS7 9QT"),
                        Person("Amira Mahfouz", "Mother", "Mother")],
                staff=[StaffMember(f"Lorna {staff_surname}", role="Detective Sergeant"),
                       StaffMember(f"Nadia {service}", role="Social Worker")])


def paragraphs_docx(paragraphs: list[str]) -> bytes:
    """A Word file of `paragraphs`, the first also in a table's cell."""
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = paragraphs[0]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
