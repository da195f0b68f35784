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

# A heading naming the review panel; the terms of reference's own title.
_PANEL = re.compile(r"\bpanel\b|reference\s+group|membership", re.IGNORECASE)
_TITLE = re.compile(r"terms\s+of\s+reference", re.IGNORECASE)
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
    return _edited(data, lambda body, styles: _place(body, styles, titles, level, True))


def terms_for_overview(data: bytes, pointer: str, level: int) -> bytes:
    """The terms of reference as the overview's introduction shows them: without their
    title, their panel list (its heading and what is under it) replaced by the paragraph
    `pointer`, headings (by their style, or short bold lines) at heading `level` without
    their numbers."""
    def edit(body: etree._Element, styles: set[str]) -> None:
        _drop_title_and_panel(body, styles, pointer)
        _place(body, styles, {}, level - 1, False)

    return _edited(data, edit)


def _edited(data: bytes, edit) -> bytes:
    """`data` with `edit(body, heading style ids)` applied to its document body."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        root = etree.fromstring(source.read("word/document.xml"), SAFE_XML)
        contents = {info.filename: source.read(info) for info in source.infolist()}
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        return data
    edit(wordread.body(root), reader.heading_styles(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = contents[info.filename]
            if info.filename == "word/document.xml":
                content = serialize(root)
            target.writestr(info, content)
    return out.getvalue()


def _place(body: etree._Element, styles: set[str], titles: dict[str, str], level: int,
           by_key: bool) -> None:
    """Headings made the overview's (see place_sections); `by_key` also takes a line the
    report reader names a section by for a heading (an agency report's bold or numbered
    headings), else only headings by their style or a short bold line."""
    placed: set[str] = set()
    number = ""                        # the current section's own number, as written
    outline = ""                       # the list its heading is numbered by, if any
    for p in list(body):
        if p.tag != wordread.P:
            continue
        text = wordread.paragraph_text(p).strip()
        if not text:
            continue
        key = reader.heading_key(p, text, styles) if by_key else None
        if key or (_is_subheading(p, styles) if by_key else _is_heading(p, text, styles)):
            found = _numbered(_HEADING_NUMBER.match(text), text)
            number = found.group(1) if found and key else number
            outline = _list_of(p) or outline if key else outline
            words = text[found.end():].strip() if found else text
            if key in titles and key not in placed:
                placed.add(key)
                p.getparent().replace(p, heading(titles[key], level))
            else:
                p.getparent().replace(p, heading(words, level + 1))
        elif outline and _list_of(p) == outline:
            # Numbered by the heading's own outline list ("7.1" by Word, not typed).
            numbering = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            numbering.getparent().remove(numbering)
        elif number:
            own = _numbered(re.match(rf"{re.escape(number)}\.\d+(?:\.\d+)*\.?\s+", text),
                            text)
            if own:
                drop_number(p, own.group(0).strip())


def _drop_title_and_panel(body: etree._Element, styles: set[str], pointer: str) -> None:
    """Remove the document's title (a first line in a title or heading style) and the
    blocks from a heading naming the panel to the next heading, leaving `pointer`."""
    blocks = [b for b in body if b.tag in (wordread.P, wordread.TBL)]
    texts = [wordread.paragraph_text(b).strip() if b.tag == wordread.P else "" for b in blocks]
    headings = [b.tag == wordread.P and bool(t) and _is_heading(b, t, styles)
                for b, t in zip(blocks, texts, strict=True)]
    first = next((i for i, t in enumerate(texts) if t), None)
    if first is not None and headings[first] and _TITLE.search(texts[first]):
        body.remove(blocks[first])
    start = next((i for i, (t, h) in enumerate(zip(texts, headings, strict=True))
                  if h and _PANEL.search(t)), None)
    if start is None:
        return
    end = next((i for i in range(start + 1, len(blocks)) if headings[i]), len(blocks))
    blocks[start].addprevious(etree.fromstring(
        f'<w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">{escape(pointer)}</w:t>'
        "</w:r></w:p>"))
    for block in blocks[start:end]:
        body.remove(block)


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


def _list_of(p: etree._Element) -> str:
    """The numbering list (w:numId) a paragraph is numbered by, '' for none."""
    found = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    value = found.get(qn("w:val"), "") if found is not None else ""
    return "" if value == "0" else value


def _is_heading(p: etree._Element, text: str, styles: set[str]) -> bool:
    """A heading by its style, or a short line in bold (as terms of reference often are)."""
    if _is_subheading(p, styles):
        return True
    runs = [r for r in p.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t")))
            .strip()]
    bold = [r.find(f"{qn('w:rPr')}/{qn('w:b')}") for r in runs]
    return (len(text.split()) <= 12 and not text.endswith((".", ";", ",", "?")) and bool(runs)
            and all(b is not None and b.get(qn("w:val"), "true") not in ("0", "false")
                    for b in bold))


def _is_subheading(p: etree._Element, styles: set[str]) -> bool:
    """A heading by its style or outline level (not a bold line, which may be a lead-in)."""
    style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    style_id = style.get(qn("w:val"), "") if style is not None else ""
    if style_id.upper().startswith("TOC"):
        return False
    return (style_id in styles or re.match(r"(?i)heading\d", style_id) is not None
            or p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}") is not None)
