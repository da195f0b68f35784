"""Reading back what the pipeline wrote, for tests: each XML part's text, the last table
of a Word body and its cells' texts (as a reader sees them, breaks and tabs included)."""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def part_texts(data: bytes) -> dict[str, str]:
    """Each XML part's text: w:t joined per paragraph, plus the raw XML without tags."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    texts = {}
    for name in archive.namelist():
        if name.endswith((".xml", ".rels")):
            xml = archive.read(name).decode("utf-8")
            joined = "\n".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
                               for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S))
            texts[name] = joined + "\n" + re.sub(r"<[^>]+>", " ", xml) + "\n" + xml
    return texts


def body_table(document_xml: bytes):
    """The chronology's table of a Word body (the key comes first, the chronology last)."""
    root = etree.fromstring(document_xml)
    tables = root.findall(f".//{W}tbl")
    return tables[-1]


def cell_texts(tr) -> list[str]:
    """The texts of a table row's cells, a break as a newline and a tab as a tab."""
    texts = []
    for tc in tr.findall(f"{W}tc"):
        parts = []
        for node in tc.iter(f"{W}t", f"{W}br", f"{W}tab"):
            parts.append({f"{W}br": "\n", f"{W}tab": "\t"}.get(node.tag, node.text or ""))
        texts.append("".join(parts))
    return texts
