"""The publication gate on prose nobody here wrote: the paragraphs of the real Word files
in ../shared/realdocs (other projects' test files), with the demo case's key. A gate that
denies by default flags much of it (Latin filler, Arabic, code words): what matters is
which suspects are said to come from the case key, since no officer's decision may
restore those. Prints counts, the suspects from the key and the names, places and
initials most often suspected in the English paragraphs (where a lost ordinary phrase
would show); nothing is asserted.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gatedocx import defined_abbreviations
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import zipf
from pipeline.case import load_case
from pipeline.ooxml.ns import qn
from pipeline.ooxml.parser import SAFE_XML

ROOT = Path(__file__).resolve().parents[1]
REALDOCS = ROOT.parent / "shared" / "realdocs"
PARAGRAPHS_PER_FILE = 40
# A paragraph is English prose when this share of its words is common English.
ENGLISH_SHARE = 0.6


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
    english_names: Counter[str] = Counter()
    for path in sorted(REALDOCS.rglob("*.docx")):
        prose = _prose(path)[:PARAGRAPHS_PER_FILE]
        files += bool(prose)
        # As over a whole document: the abbreviations the file defines are its own words.
        known = defined_abbreviations(prose, lexicon)
        for text in prose:
            words += len(text.split())
            english = _english(text)
            for suspect in suspects_in(text, known):
                kinds[suspect.kind] += 1
                if suspect.from_key:
                    from_key[text[suspect.start:suspect.end]] += 1
                if english and suspect.kind in ("name", "place", "initials", "alias"):
                    english_names[text[suspect.start:suspect.end]] += 1
    total = sum(kinds.values())
    print(f"{files} real Word files, {words:,} words of prose: {total:,} suspects "
          f"({total / max(words, 1) * 1000:.0f} per 1,000 words) {dict(kinds.most_common())}")
    print(f"said to come from the case key: {sum(from_key.values())} "
          f"{from_key.most_common(15)}")
    print(f"names, places and initials in English prose: {sum(english_names.values())}, "
          f"most often {english_names.most_common(20)}")


def _english(text: str) -> bool:
    """True when most of the paragraph's words are English words (not filler or code)."""
    words = re.findall(r"[^\W\d_]+", text)
    return sum(zipf(w.lower()) >= 3.0 for w in words) >= ENGLISH_SHARE * max(len(words), 1)
