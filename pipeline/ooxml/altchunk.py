"""The tables of a Word document's altChunks: content another program put in whole (a web
page as HTML or MHT) that Word merges into the document only when it opens the file.

An HTML or MHT chunk is read with lxml's HTML parser (no network, no DTD, no entities;
`inspect_zip` has refused any entity declaration in every part); every other kind (RTF,
a Word document, plain text) is counted as unread, so the reader can say to open the
file in Word and save it again.
"""

from __future__ import annotations

import email
import email.policy
import posixpath
from dataclasses import dataclass, field

from lxml import etree, html

from pipeline.ooxml.ns import NAMESPACES
from pipeline.ooxml.package import read_part
from pipeline.ooxml.parser import parse_xml

_ALT_CHUNK = f"{{{NAMESPACES['w']}}}altChunk"
_ID = f"{{{NAMESPACES['r']}}}id"
_REL = f"{{{NAMESPACES['pr']}}}Relationship"
_HTML_PARSER = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
_ROWS = "./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"


@dataclass
class Chunks:
    """The tables read from the document's chunks (rows of cell texts), and how many
    chunks could not be read."""

    tables: list[list[list[str]]] = field(default_factory=list)
    unread: int = 0


def read_chunks(data: bytes, root: etree._Element) -> Chunks:
    """The tables of every altChunk in the document whose root is `root`."""
    chunks = Chunks()
    ids = [chunk.get(_ID) for chunk in root.iter(_ALT_CHUNK)]
    if not ids:
        return chunks
    targets = _targets(data)
    for rel_id in ids:
        target = targets.get(rel_id or "")
        content = read_part(data, target) if target else None
        page = _page(target or "", content) if content is not None else None
        if page is None:
            chunks.unread += 1
        else:
            chunks.tables.extend(_tables(page))
    return chunks


def _targets(data: bytes) -> dict[str, str]:
    """Relationship id -> part name, from the main document's relationships."""
    rels = read_part(data, "word/_rels/document.xml.rels")
    if rels is None:
        return {}
    return {rel.get("Id", ""): posixpath.normpath(posixpath.join("word", rel.get("Target", "")))
            .lstrip("/") for rel in parse_xml(rels).iter(_REL)
            if rel.get("TargetMode") != "External"}


def _page(name: str, content: bytes) -> etree._Element | None:
    """The HTML of an HTML or MHT chunk, parsed; None for any other kind."""
    lowered = name.lower()
    if lowered.endswith((".mht", ".mhtml")) or content.lstrip()[:12].lower().startswith(
            b"mime-version"):
        message = email.message_from_bytes(content, policy=email.policy.default)
        part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
        if part is None:
            return None
        content = part.get_payload(decode=True) or b""
    elif not lowered.endswith((".htm", ".html", ".xhtml")):
        return None
    try:
        return html.document_fromstring(content, parser=_HTML_PARSER)
    except (etree.ParserError, ValueError):
        return None


def _tables(page: etree._Element) -> list[list[list[str]]]:
    """Each table that is not inside another, as rows of cell texts; a cell spanning
    columns is followed by empty cells, so the columns stay in line."""
    found = []
    for table in page.iter("table"):
        if any(parent.tag == "table" for parent in table.iterancestors()):
            continue
        rows = []
        for tr in table.xpath(_ROWS):
            cells: list[str] = []
            for cell in tr.xpath("./td | ./th"):
                for br in cell.iter("br"):
                    br.tail = "\n" + (br.tail or "")
                cells.append("\n".join(line.strip() for line in cell.text_content().split("\n")
                                       if line.strip()))
                span = cell.get("colspan", "1")
                cells.extend([""] * (int(span) - 1 if span.isdigit() and int(span) < 50 else 0))
            rows.append(cells)
        found.append(rows)
    return found
