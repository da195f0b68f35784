"""A document as the run's finish makes it, for the publication tests and the accuracy
bench: anonymised, then through the publication gate."""

from __future__ import annotations

import datetime as dt

from pipeline.anonymise import Anonymiser, anonymise_docx
from pipeline.anonymise.publication import gate_document


def publish(item, mode: str):
    """The item's document (an adversarial corpus item: `case`, `data`) anonymised, and
    the gate's verdict on it in `mode` ("replace" as for the summary, "mark" as for the
    overview draft)."""
    anonymiser = Anonymiser.for_case(item.case, dt.date(2026, 1, 1))
    anonymised, _ = anonymise_docx(item.data, anonymiser, document="doc", title="t",
                                   when=dt.datetime(2026, 1, 1))
    return anonymised, gate_document(anonymised, item.case, document="doc", mode=mode)
