"""Editing a Word package's parts in place: tracked changes accepted, text composed,
comments and endnotes cut out, body blocks dropped. Every part is parsed with the safe
parser."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable

from lxml import etree

from pipeline.ooxml import wordread
from pipeline.ooxml.ns import qn
from pipeline.ooxml.parser import SAFE_XML, serialize

# Tracked changes are accepted before anything is searched: deleted text goes, inserted
# text stays. A published document carries no revision history.
_REMOVED = [qn(f"w:{tag}") for tag in ("del", "moveFrom", "commentRangeStart",
                                        "commentRangeEnd", "rPrChange", "pPrChange",
                                        "sectPrChange", "tblPrChange", "trPrChange",
                                        "tcPrChange", "numberingChange")]
_UNWRAPPED = [qn(f"w:{tag}") for tag in ("ins", "moveTo")]
_REFERENCES = [qn(f"w:{tag}") for tag in ("commentRangeStart", "commentRangeEnd",
                                          "commentReference", "endnoteReference")]
_SECTION_PROPERTIES = qn("w:sectPr")


def accept_changes(root: etree._Element) -> None:
    """Accept every tracked change in a part: drop deletions, keep insertions."""
    for element in list(root.iter(*_REMOVED)):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    for element in list(root.iter(*_UNWRAPPED)):
        parent = element.getparent()
        if parent is None:
            continue
        index = parent.index(element)
        for child in list(element):
            parent.insert(index, child)
            index += 1
        parent.remove(element)


def compose_text(root: etree._Element) -> None:
    """Every text and attribute of a part in composed form (NFC): a name pasted from a
    system that writes accents as separate marks ('Ro\u0301isi\u0301n') reads as the same
    letters typed ('Róisín'), which is how the case key and every word list hold them."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in ("text", "tail"):
            value = getattr(element, attribute)
            if value and not unicodedata.is_normalized("NFC", value):
                setattr(element, attribute, unicodedata.normalize("NFC", value))
        for name, value in element.attrib.items():
            if not unicodedata.is_normalized("NFC", value):
                element.set(name, unicodedata.normalize("NFC", value))


def clean_for_compose(data: bytes) -> bytes:
    """A .docx made safe to append with docxcompose: tracked changes accepted; comments
    and endnotes removed with their references (docxcompose corrupts comments and fails
    on endnotes), and their parts dropped. Footnotes are kept: docxcompose copies them."""
    source = zipfile.ZipFile(io.BytesIO(data))
    dropped = {n for n in source.namelist()
               if re.match(r"word/(comments\w*|endnotes|people)\.xml$", n)
               or n.startswith("customXml/") or n == "docProps/custom.xml"}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in dropped:
                continue
            content = source.read(info)
            if info.filename == "word/document.xml":
                content = _strip_references(content)
            elif info.filename.endswith(".rels") or info.filename == "[Content_Types].xml":
                content = _drop_references_to(content, dropped)
            target.writestr(info, content)
    return out.getvalue()


def keep_body_blocks(data: bytes, keep: Callable[[etree._Element], bool]) -> bytes:
    """The .docx with only the body blocks (w:p, w:tbl, in order) for which `keep` is
    True; the section properties always stay. `data` itself when `keep` keeps none, so
    nothing is silently emptied. `keep` is called once per block, in reading order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(source.read("word/document.xml"), SAFE_XML)
    body = wordread.body(root)
    removed, kept = [], 0
    for child in list(body):
        if child.tag == _SECTION_PROPERTIES:
            continue
        if keep(child):
            kept += 1
        else:
            removed.append(child)
    if kept == 0:
        return data
    for child in removed:
        body.remove(child)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml":
                content = serialize(root)
            target.writestr(info, content)
    return out.getvalue()


def _strip_references(content: bytes) -> bytes:
    root = etree.fromstring(content, SAFE_XML)
    accept_changes(root)
    for element in list(root.iter(*_REFERENCES)):
        element.getparent().remove(element)
    return serialize(root)


def _drop_references_to(content: bytes, dropped: set[str]) -> bytes:
    root = etree.fromstring(content, SAFE_XML)
    names = {n.rsplit("/", 1)[-1] for n in dropped}
    for element in list(root):
        target = element.get("Target") or element.get("PartName") or ""
        if target.rsplit("/", 1)[-1] in names:
            root.remove(element)
    return serialize(root)
