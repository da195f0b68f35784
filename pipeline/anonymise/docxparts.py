"""Anonymising a finished .docx in every part, and the leak check that re-reads it.

Text is joined across runs within each paragraph before it is searched, so a name split
over formatting runs ('Kay' + 'la') is found; the replacement is written into the first
run the name touches and the rest of the name is cut from the runs after it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, replace

from lxml import etree

from pipeline.anonymise.decisions import ANONYMISER, KEY_KINDS, REPLACE, RESTORE, Decisions
from pipeline.anonymise.spans import Span, apply
from pipeline.anonymise.text import Anonymiser
from pipeline.ooxml.ns import NAMESPACES, qn
from pipeline.ooxml.parser import SAFE_XML
from pipeline.ooxml.wordedit import accept_changes, compose_text

P, T = qn("w:p"), qn("w:t")
DEL_TEXT, INSTR_TEXT = qn("w:delText"), qn("w:instrText")
XML_SPACE = qn("xml:space")
# Parts that hold only formatting: never searched for text, never rewritten.
_FORMAT_PARTS = ("word/styles.xml", "word/stylesWithEffects.xml", "word/numbering.xml",
                 "word/fontTable.xml", "word/settings.xml", "word/webSettings.xml")
CORE = "docProps/core.xml"
MAX_PASSES = 3


@dataclass(frozen=True)
class Replacement:
    """One identifier replaced: for the anonymisation report only, never for logs."""

    document: str
    part: str
    original: str
    replacement: str
    kind: str
    suspected: bool
    note: str = ""
    context: str = ""    # the words around it as written, so a reviewer can find it
    restored: bool = False   # left as written by the officer's decision


@dataclass(frozen=True)
class Leak:
    """An identifier found by the leak check: the part and the kind, never the text."""

    part: str
    kind: str


def _context(text: str, span: Span, width: int = 40) -> str:
    start, end = max(0, span.start - width), min(len(text), span.end + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _is_text_part(name: str) -> bool:
    return (name.endswith((".xml", ".rels")) and not name.startswith("word/theme/")
            and name not in _FORMAT_PARTS)


def _own_text_nodes(p: etree._Element, tags: tuple[str, ...]) -> list[etree._Element]:
    """The text elements whose nearest paragraph is `p` (not a nested text box's)."""
    nodes = []
    for node in p.iter(*tags):
        if next(node.iterancestors(P), None) is p:
            nodes.append(node)
    return nodes


def _rewrite_runs(nodes: list[etree._Element], text: str, spans: list[Span]) -> None:
    """Write the replaced text back: each replacement into the node where its span starts."""
    position = 0
    for node in nodes:
        start, end = position, position + len(node.text or "")
        position = end
        pieces, cursor = [], start
        for span in spans:
            if span.end <= start or span.start >= end:
                continue
            if span.start >= start:
                pieces.append(text[cursor:span.start])
                pieces.append(span.replacement)
            cursor = max(cursor, min(span.end, end))
        if cursor == start and not pieces:
            continue
        pieces.append(text[cursor:end])
        node.text = "".join(pieces)
        node.set(XML_SPACE, "preserve")


RESTORED_NOTE = "restored by the data protection officer's decision"


@dataclass
class _Decide:
    """The officer's decisions for one part of one document, applied to found spans."""

    decisions: Decisions | None
    document: str
    part: str

    def spans(self, text: str, spans: list[Span], restored: set[str],
              log: list[tuple[str, Span]]) -> list[Span]:
        """`spans` less those restored (logged as such), with decided replacements. A
        span the case key gives is never restored. `restored` carries the words restored
        in earlier passes over the same text, whose context has since changed."""
        if not self.decisions:
            return spans
        kept = []
        for span in spans:
            original = text[span.start:span.end]
            decision = self.decisions.get(self.document, ANONYMISER, self.part, original,
                                          _context(text, span))
            if span.kind not in KEY_KINDS and (
                    original in restored or (decision and decision.choice == RESTORE)):
                if original not in restored:
                    restored.add(original)
                    log.append((text, replace(span, replacement=original,
                                              note=RESTORED_NOTE)))
                continue
            if decision and decision.choice == REPLACE:
                span = replace(span, replacement=decision.text)
            kept.append(span)
        return kept


def _anonymise_tree(root: etree._Element, anonymiser: Anonymiser,
                    log: list[tuple[str, Span]], decide: _Decide) -> None:
    """Anonymise one part in place; append (the text searched, span) for each replacement."""
    for p in list(root.iter(P)):
        nodes = _own_text_nodes(p, (T,))
        restored: set[str] = set()
        # A replacement can bring words together that read as a new identifier; search
        # the rewritten text again until nothing is found (the leak check does the same).
        for _ in range(MAX_PASSES):
            text = "".join(node.text or "" for node in nodes)
            spans = decide.spans(text, anonymiser.spans(text), restored, log)
            if not spans:
                break
            _rewrite_runs(nodes, text, spans)
            log.extend((text, s) for s in spans)
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag == T:
            continue
        if element.text and element.text.strip():
            new = _replaced(element.text, anonymiser, log, decide)
            if new != element.text:
                element.text = new
        for attribute, value in element.attrib.items():
            if _searchable_attribute(attribute) and value.strip():
                new = _replaced(value, anonymiser, log, decide)
                if new != value:
                    element.set(attribute, new)


def _replaced(text: str, anonymiser: Anonymiser, log: list[tuple[str, Span]],
              decide: _Decide) -> str:
    """`text` anonymised pass by pass, each replacement logged with its original."""
    restored: set[str] = set()
    for _ in range(MAX_PASSES):
        spans = decide.spans(text, anonymiser.spans(text), restored, log)
        if not spans:
            break
        log.extend((text, s) for s in spans)
        text = apply(text, spans)
    return text


_TEXT_ATTRIBUTES = {"descr", "title", "name", "author", "initials", "Target", "instr",
                    "val", "lastModifiedBy", "creator"}


def _searchable_attribute(attribute: str) -> bool:
    local = attribute.rsplit("}", 1)[-1]
    return local in _TEXT_ATTRIBUTES


def core_properties(title: str, author: str, when: dt.datetime) -> bytes:
    """docProps/core.xml holding only the title, the board as author and the times."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    cp = NAMESPACES["cp"]
    root = etree.Element(qn("cp:coreProperties"), nsmap={
        prefix: NAMESPACES[prefix] for prefix in ("cp", "dc", "dcterms", "xsi")})
    dc, dcterms = f"{{{NAMESPACES['dc']}}}", f"{{{NAMESPACES['dcterms']}}}"
    xsi_type = qn("xsi:type")
    for tag, value in ((f"{dc}title", title), (f"{dc}creator", author),
                       (f"{{{cp}}}lastModifiedBy", author), (f"{{{cp}}}revision", "1")):
        etree.SubElement(root, tag).text = value
    for tag in ("created", "modified"):
        element = etree.SubElement(root, f"{dcterms}{tag}")
        element.set(xsi_type, "dcterms:W3CDTF")
        element.text = stamp
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


APP = "docProps/app.xml"
THUMBNAIL = "docProps/thumbnail.jpeg"
_APP_NS = f"{{{NAMESPACES['ep']}}}"


def app_properties(content: bytes, title: str, author: str) -> bytes:
    """docProps/app.xml with the board as company, no manager, the title as the part's."""
    root = etree.fromstring(content, SAFE_XML)
    for tag, value in (("Company", author), ("Manager", "")):
        element = root.find(f"{_APP_NS}{tag}")
        if element is not None:
            element.text = value
    for name in root.iter(qn("vt:lpstr")):
        if name.getparent().getparent().tag == f"{_APP_NS}TitlesOfParts":
            name.text = title
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _without_thumbnail(content: bytes) -> bytes:
    root = etree.fromstring(content, SAFE_XML)
    for relationship in list(root):
        if relationship.get("Target", "").endswith("thumbnail.jpeg"):
            root.remove(relationship)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _paragraph_texts(source: zipfile.ZipFile) -> list[str]:
    """Every paragraph's text in every part, for the anonymiser to learn from first."""
    texts = []
    for name in source.namelist():
        if _is_text_part(name) and name.startswith("word/"):
            root = etree.fromstring(source.read(name), SAFE_XML)
            compose_text(root)
            texts += ["".join(n.text or "" for n in _own_text_nodes(p, (T,)))
                      for p in root.iter(P)]
    return texts


def anonymise_docx(data: bytes, anonymiser: Anonymiser, *, document: str, title: str,
                   when: dt.datetime, decisions: Decisions | None = None,
                   learn_from: list[str] = ()) -> tuple[bytes, list[Replacement]]:
    """The .docx with every part anonymised and its properties set, and what was replaced
    (and restored: `decisions` are the data protection officer's, read back). The
    anonymiser first learns from the document and from `learn_from` (the texts it was
    made from: a nickname introduced in one agency report is known in the summary)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    anonymiser = anonymiser.learned_from([*_paragraph_texts(source), *learn_from])
    out = io.BytesIO()
    replacements: list[Replacement] = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == THUMBNAIL:      # a picture of page one: never published
                continue
            content = source.read(info)
            if info.filename == CORE:
                content = core_properties(title, anonymiser.board, when)
            elif _is_text_part(info.filename):
                if info.filename == APP:
                    content = app_properties(content, title, anonymiser.board)
                elif info.filename == "_rels/.rels":
                    content = _without_thumbnail(content)
                root = etree.fromstring(content, SAFE_XML)
                accept_changes(root)
                compose_text(root)
                found: list[tuple[str, Span]] = []
                _anonymise_tree(root, anonymiser, found,
                                _Decide(decisions, document, info.filename))
                replacements.extend(
                    Replacement(document, info.filename, text[span.start:span.end],
                                span.replacement, span.kind, span.suspected, span.note,
                                _context(text, span), restored=span.note == RESTORED_NOTE)
                    for text, span in found)
                content = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                         standalone=True)
            target.writestr(info, content)
    return out.getvalue(), replacements


def leak_check(data: bytes, anonymiser: Anonymiser) -> list[Leak]:
    """Identifiers left in any part of a finished (plain) .docx: text joined across runs
    in each paragraph (deleted and field text included), every other text and attribute."""
    leaks: list[Leak] = []
    archive = zipfile.ZipFile(io.BytesIO(data))
    for name in archive.namelist():
        if not _is_text_part(name) and name != CORE:
            continue
        root = etree.fromstring(archive.read(name), SAFE_XML)
        kinds: set[str] = set()
        for p in root.iter(P):
            for tags in ((T,), (DEL_TEXT,), (INSTR_TEXT,)):
                text = "".join(n.text or "" for n in _own_text_nodes(p, tags))
                kinds.update(s.kind for s in anonymiser.spans(text))
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag not in (T, DEL_TEXT, INSTR_TEXT) and element.text:
                kinds.update(s.kind for s in anonymiser.spans(element.text))
            for attribute, value in element.attrib.items():
                if _searchable_attribute(attribute):
                    kinds.update(s.kind for s in anonymiser.spans(value))
        leaks.extend(Leak(name, kind) for kind in sorted(kinds))
    return leaks
