"""Anonymising, leak-checking and passing through the publication gate a large document:
a merged chronology appendix of 2,000 rows x 7 cells in chronology wording, against the
baseline of only reading its text.

`python -m bench anonymise` prints the figures; nothing is asserted.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import time
import zipfile
from pathlib import Path

from docx import Document
from lxml import etree

from pipeline.anonymise import Anonymiser, anonymise_docx, leak_check
from pipeline.anonymise.gatedocx import publish_docx
from pipeline.anonymise.lexicon import Lexicon
from pipeline.case import load_case

ROWS = 2_000
DEMO = Path(__file__).resolve().parent.parent / "inputs" / "demo"
PHRASES = (
    "Home visit by HV1. Kayla seen asleep in her cot; Ms Smith said Ryan had moved out.",
    "Strategy meeting held with police and health; decision to proceed to section 47.",
    "Telephone call from school: Jayden arrived late and hungry for the third time.",
    "GP appointment for Kayla's cough. Mother reported no concerns. Follow up in 2 weeks.",
    "Referral received from the Emergency Department after a fall at home on 03/04/2015.",
    "Letter sent to the family at their address inviting them to a review meeting.",
    "No contact this month.",
)


def _document(rows: int) -> bytes:
    rng = random.Random(7)
    document = Document()
    table = document.add_table(rows=rows, cols=7)
    for number, row in enumerate(table.rows):
        cells = row.cells
        cells[0].text = f"{rng.randrange(1, 28):02d}-{rng.randrange(1, 13):02d}-2015"
        for column, cell in enumerate(cells[1:]):
            # every cell's text is different, as in a real chronology (no cache hits)
            cell.text = f"{rng.choice(PHRASES)} Entry {number}.{column}."
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _read_only(data: bytes) -> int:
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return sum(len("".join(t.text or "" for t in p.iter(f"{w}t"))) for p in root.iter(f"{w}p"))


def _timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main() -> None:
    case = load_case(DEMO)
    anonymiser = Anonymiser.for_case(case, dt.date(2026, 1, 1))
    data = _document(ROWS)
    paragraphs = ROWS * 7
    baseline, _ = _timed(lambda: _read_only(data))
    seconds, (result, replacements) = _timed(lambda: anonymise_docx(
        data, anonymiser, document="bench", title="bench", when=dt.datetime(2026, 1, 1)))
    check, leaks = _timed(lambda: leak_check(result, anonymiser))
    lexicon = Lexicon.for_case(case)
    gate, (_, suspects) = _timed(lambda: publish_docx(result, lexicon, mode="mark"))
    print(f"document: {ROWS} rows x 7 cells = {paragraphs} paragraphs, {len(data)} bytes")
    print(f"baseline (read text only): {baseline:.2f} s")
    print(f"anonymise_docx: {seconds:.2f} s ({paragraphs / seconds:,.0f} paragraphs/s), "
          f"{len(replacements)} replacements")
    print(f"leak_check: {check:.2f} s, {len(leaks)} leaks")
    print(f"publication gate (mark): {gate:.2f} s ({paragraphs / gate:,.0f} "
          f"paragraphs/s), {len(suspects)} suspects")


if __name__ == "__main__":
    main()
