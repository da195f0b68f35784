"""An agency report's sections placed under the overview's own structure.

The overview numbers its sections itself ("5. Agency involvement and analysis", "5.1
Thames Valley Police"), so a report's own numbers ("7.", "7.1") would read as a second,
clashing numbering. Each section heading the reader recognises becomes the overview's
heading, in the overview's heading style, with the overview's words; headings under it
keep their words without their numbers; paragraphs numbered in the section's scheme
("7.2 On 12 April...") lose the number too.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

from lxml import etree

from pipeline.ingest import report as reader
from pipeline.ooxml import wordread
from pipeline.ooxml.ns import nsdecls, qn
from pipeline.ooxml.parser import SAFE_XML, serialize

# A section number at the start of a heading: "7.", "7.1", "Section 7", "7)", "7 " (parts
# of one or two digits, so "12.04.2006 23:03" is a date, not a number).
_HEADING_NUMBER = re.compile(r"^\s*(?:section\s+)?(\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(?=\S)",
                             re.IGNORECASE)


def place_sections(data: bytes, titles: dict[str, str], level: int) -> bytes:
    """`data` (a .docx) with its section headings made the overview's: the first heading
    of each key in `titles` becomes that title at heading `level`; other headings keep
    their words, without their numbers, one level below. Paragraphs numbered in a
    section's own scheme lose the number. A package that cannot be read is given back
    as it is: appending it then fails with its own message."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        root = etree.fromstring(source.read("word/document.xml"), SAFE_XML)
        contents = {info.filename: source.read(info) for info in source.infolist()}
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        return data
    styles = reader.heading_styles(data)
    placed: set[str] = set()
    number = ""                        # the current section's own number, as written
    for p in list(wordread.body(root)):
        if p.tag != wordread.P:
            continue
        text = wordread.paragraph_text(p).strip()
        if not text:
            continue
        key = reader.heading_key(p, text, styles)
        if key or _is_subheading(p, styles):
            found = _numbered(_HEADING_NUMBER.match(text), text)
            number = found.group(1) if found and key else number
            words = text[found.end():].strip() if found else text
            if key in titles and key not in placed:
                placed.add(key)
                p.getparent().replace(p, heading(titles[key], level))
            else:
                p.getparent().replace(p, heading(words, level + 1))
        elif number:
            own = _numbered(re.match(rf"{re.escape(number)}\.\d+(?:\.\d+)*\.?\s+", text),
                            text)
            if own:
                drop_number(p, own.group(0).strip())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = contents[info.filename]
            if info.filename == "word/document.xml":
                content = serialize(root)
            target.writestr(info, content)
    return out.getvalue()


def heading(text: str, level: int) -> etree._Element:
    """A paragraph in the overview's heading style (python-docx's 'Heading N', which the
    appended document maps to the overview's own), with no formatting of its own."""
    return etree.fromstring(
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="Heading{level}"/></w:pPr>'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')


def drop_number(p: etree._Element, number: str) -> None:
    """Remove a paragraph's leading number (`number`, its characters as written) and the
    spaces or tabs after it, across the paragraph's runs."""
    left = len(number)
    for node in list(p.iter(qn("w:t"), qn("w:tab"))):
        if node.tag == qn("w:tab"):
            if left <= 0:
                node.getparent().remove(node)
            continue
        text = (node.text or "").lstrip() if left == len(number) else node.text or ""
        text, left = text[max(left, 0):], left - len(text)
        if left <= 0:
            node.text = text.lstrip()
            if node.text:
                return
        else:
            node.text = ""


def _numbered(found: re.Match | None, text: str) -> re.Match | None:
    """`found` when what follows the number starts a sentence or a heading (a capital, a
    digit, a quote or a bracket): '3.5 hours later' starts with a measure, not a number."""
    if found is None or found.end() >= len(text):
        return None
    after = text[found.end()]
    return found if after.isupper() or after.isdigit() or after in "\"'‘“([" else None


def _is_subheading(p: etree._Element, styles: set[str]) -> bool:
    """A heading by its style or outline level (not a bold line, which may be a lead-in)."""
    style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    style_id = style.get(qn("w:val"), "") if style is not None else ""
    if style_id.upper().startswith("TOC"):
        return False
    return (style_id in styles or re.match(r"(?i)heading\d", style_id) is not None
            or p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}") is not None)
