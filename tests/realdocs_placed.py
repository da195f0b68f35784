"""Agency-report sections placed under the overview's headings, swept over real Word files
from other projects' test suites (/work/shared/realdocs by default): what changed in them.

    python -m tests.realdocs_placed [FOLDER]

Every paragraph must survive; a changed one must be a heading turned into the overview's,
or a paragraph that lost its own section number and nothing else. Prints the counts and
each other change.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

from docx import Document
from lxml import etree

from pipeline.assemble._placed import place_sections
from pipeline.ooxml import wordread

TITLES = {"involvement": "Involvement with the child and family",
          "analysis": "Analysis of involvement"}
_NUMBER = re.compile(r"\s*(section\s+)?\d+(\.\d+)*[.)]?\s*", re.IGNORECASE)


def paragraphs(data: bytes) -> list[str]:
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return [wordread.paragraph_text(p).strip() for p in wordread.body(root)
            if p.tag == wordread.P]


def sweep(folder: Path) -> tuple[Counter, list[str]]:
    counts, others = Counter(), []
    for path in sorted(folder.rglob("*.docx")):
        data = path.read_bytes()
        try:
            before = paragraphs(data)
            Document(io.BytesIO(data))
        except Exception:  # a file python-docx cannot open never reaches the overview
            counts["not a Word document python-docx opens"] += 1
            continue
        counts["documents"] += 1
        after = paragraphs(place_sections(data, TITLES, level=3))
        if len(after) != len(before):
            others.append(f"{path.name}: {len(before)} paragraphs became {len(after)}")
            continue
        counts["paragraphs"] += len(before)
        for old, new in zip(before, after, strict=True):
            if old == new:
                continue
            if new in TITLES.values():
                counts["headings made the overview's"] += 1
            elif old.endswith(new) and _NUMBER.fullmatch(old[:len(old) - len(new)]):
                counts["section numbers dropped"] += 1
            else:
                others.append(f"{path.name}: {old[:60]!r} became {new[:60]!r}")
    return counts, others


if __name__ == "__main__":
    found, changed = sweep(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/realdocs"))
    print(dict(found))
    print(f"other changes: {len(changed)}")
    for line in changed:
        print(" ", line)
