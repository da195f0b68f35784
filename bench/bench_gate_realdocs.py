"""The publication gate on prose nobody here wrote: the paragraphs of the real Word files
in ../shared/realdocs (other projects' test files), with the demo case's key. A gate that
denies by default flags much of it (Latin filler, Arabic, code words): what matters is
which suspects are said to come from the case key, since no officer's decision may
restore those. Prints counts and the most frequent suspects; nothing is asserted.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.lexicon import Lexicon
from pipeline.case import load_case
from pipeline.ooxml.ns import qn
from pipeline.ooxml.parser import SAFE_XML

ROOT = Path(__file__).resolve().parents[1]
REALDOCS = ROOT.parent / "shared" / "realdocs"
PARAGRAPHS_PER_FILE = 40


def _prose(path: Path) -> list[str]:
    """The file's paragraphs of six words or more that are mostly letters."""
    try:
        root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"), SAFE_XML)
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return []
    texts = ("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in root.iter(qn("w:p")))
    return [t for t in texts
            if len(t.split()) >= 6 and sum(c.isalpha() for c in t) > 0.6 * len(t)]


def main() -> None:
    if not REALDOCS.is_dir():
        print(f"no {REALDOCS}: nothing to sweep")
        return
    lexicon = Lexicon.for_case(load_case(ROOT / "inputs" / "demo"))
    files = words = 0
    kinds: Counter[str] = Counter()
    from_key: Counter[str] = Counter()
    for path in sorted(REALDOCS.rglob("*.docx")):
        prose = _prose(path)[:PARAGRAPHS_PER_FILE]
        files += bool(prose)
        for text in prose:
            words += len(text.split())
            for suspect in suspects_in(text, lexicon):
                kinds[suspect.kind] += 1
                if suspect.from_key:
                    from_key[text[suspect.start:suspect.end]] += 1
    total = sum(kinds.values())
    print(f"{files} real Word files, {words:,} words of prose: {total:,} suspects "
          f"({total / max(words, 1) * 1000:.0f} per 1,000 words) {dict(kinds.most_common())}")
    print(f"said to come from the case key: {sum(from_key.values())} "
          f"{from_key.most_common(15)}")
