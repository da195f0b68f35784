"""The publication gate over a whole .docx: every part as written (body, tables, headers,
footers, footnotes, endnotes, comments, text boxes, properties), text joined across runs
in each paragraph, every other element's text and every attribute that holds words.

The abbreviations a document defines ('the Joint Triage Team (JTT)') are its own words
there (`defined_abbreviations`). `check_docx` lists the suspects; `publish_docx` replaces
them, honours the data protection officer's decisions and says what it did with each.

In the overview draft ("mark") what replaced a suspect is highlighted, and a suspect whose
only evidence is that English does not know a word written in lower case ('canjeero') is
highlighted where it stands instead: the draft is read in the office before anything
leaves it, the officer decides each in the anonymisation report, and a draft that loses
the family's own words misreports what the agencies knew. A capital, or any sign of a
name (the key, a title, a cue, the word seen as a name), still replaces it; a town abroad,
which the gate allows, is highlighted there too: it may be the family's home town. The
summary, published, has every suspect replaced ("replace")."""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from lxml import etree

from pipeline.anonymise.context import places_abroad
from pipeline.anonymise.gate import WORD, GateSpan, postcodes_in, suspects_in
from pipeline.anonymise.gateshapes import (
    BUSINESS,
    FAITH_PLACES,
    NAMED_PLACE,
    firm_names,
    lived_in,
    places,
    short_names,
)
from pipeline.anonymise.gatespan import overlaps
from pipeline.anonymise.gatewords import NOT_ENGLISH, key_match
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import fold, is_name, is_ordinary
from pipeline.ooxml.ns import qn
from pipeline.ooxml.parser import SAFE_XML

P, R, T, RPR = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:rPr")
# A congregation's abbreviation ('GDBC') stands for its place of worship: never vocabulary.
WORSHIP = FAITH_PLACES | {"Mosque", "Temple", "Gurdwara", "Synagogue"}
TEXT_TAGS = {qn("w:t"), qn("w:delText"), qn("w:instrText")}
HIGHLIGHT = qn("w:highlight")
HIGHLIGHT_COLOUR = "magenta"     # the author's placeholders are yellow; the gate's stand apart
LEFT_COLOUR = "cyan"             # a word left for the officer to decide
# rPr children that come after w:highlight in the schema (Word rejects them out of order).
_AFTER_HIGHLIGHT = {qn(f"w:{tag}") for tag in (
    "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
    "eastAsianLayout", "specVanish", "oMath")}
_FORMAT_PARTS = ("word/styles.xml", "word/stylesWithEffects.xml", "word/numbering.xml",
                 "word/fontTable.xml", "word/settings.xml", "word/webSettings.xml")
# docProps/app.xml: only these hold words a person wrote (the rest name the program).
_APP_WORDS = {"Company", "Manager", "lpstr", "HyperlinkBase"}
_WORD_ATTRIBUTES = {"descr", "title", "author", "initials", "lastModifiedBy", "creator",
                    "alias", "tag", "Target"}
CONTEXT_WIDTH = 40
RESTORE, REPLACE, KEEP = "restore", "replace", "keep redacted"
MODES = ("replace", "mark", "check")
LEFT = "highlighted, not replaced: decide it here"
ABROAD = "a town abroad: too large to locate anyone, unless it is the family's home town"


@dataclass(frozen=True)
class Suspect:
    """One occurrence the gate could not explain. `text` and `context` are for the
    anonymisation report only, never for logs or findings (which say part and kind)."""

    part: str
    kind: str
    text: str
    context: str
    why: str
    from_key: bool
    action: str = ""            # what publish_docx did: replaced, restored...
    replacement: str = ""
    document: str = ""


# A decision for one suspect: (RESTORE, "") or (REPLACE, text) or (KEEP, ""), or None.
Decide = Callable[[Suspect], tuple[str, str] | None]


@dataclass
class _Unit:
    """One piece of searchable text in a part: a paragraph's runs, an element's text or
    an attribute's value."""

    text: str
    nodes: list[etree._Element] | None = None
    element: etree._Element | None = None
    attribute: str = ""


def _is_searched(name: str) -> bool:
    return (name.endswith((".xml", ".rels")) and not name.startswith("word/theme/")
            and name not in _FORMAT_PARTS)


def _units(root: etree._Element) -> Iterator[_Unit]:
    for p in root.iter(P):
        for tag in TEXT_TAGS:
            nodes = [n for n in p.iter(tag) if next(n.iterancestors(P), None) is p]
            if nodes:
                yield _Unit("".join(n.text or "" for n in nodes), nodes=nodes)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag not in TEXT_TAGS and element.text and element.text.strip():
            yield _Unit(element.text, element=element)
        for attribute, value in element.attrib.items():
            local = attribute.rsplit("}", 1)[-1]
            if local in _WORD_ATTRIBUTES and value.strip():
                if local == "Target" and element.get("TargetMode") != "External":
                    continue
                yield _Unit(value, element=element, attribute=attribute)


def _units_of(part: str, root: etree._Element) -> list[_Unit]:
    units = list(_units(root))
    if part == "docProps/app.xml":
        units = [u for u in units if etree.QName(u.element).localname in _APP_WORDS]
    return units


def _parts(data: bytes) -> Iterator[tuple[zipfile.ZipInfo, bytes, etree._Element | None]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    for info in archive.infolist():
        content = archive.read(info)
        root = etree.fromstring(content, SAFE_XML) if _is_searched(info.filename) else None
        yield info, content, root


def _context(text: str, span: GateSpan) -> str:
    start, end = max(0, span.start - CONTEXT_WIDTH), min(len(text), span.end + CONTEXT_WIDTH)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _seen(texts: list[str], lexicon: Lexicon) -> tuple[frozenset, frozenset, frozenset]:
    """Postcode halves, name words and the large towns the family lived in that `texts`
    show anywhere: a first pass, so a first name used alone after the full name, or a
    town once written as where the family lived, is a suspect wherever it stands; and
    every word of a suspect written with a capital, folded ('the haverlea estate' of a
    Haverlea seen elsewhere is no word of the family's language)."""
    postcodes: set[str] = set()
    names: set[str] = set()
    capitalised: set[str] = set()
    for text in texts:
        postcodes |= postcodes_in(text)
        # Then a suspect wherever it stands; but not the board's own county or town
        # ('Norfolk' of Norfolk Safeguarding Children Partnership): its name is published.
        names |= lived_in(text) - lexicon.board_words
        for span in suspects_in(text, lexicon):
            capitalised |= {fold(w) for w in WORD.findall(text[span.start:span.end])
                            if not w.islower()}
            if span.kind in ("name", "key_name", "alias"):
                names |= _name_words(text[span.start:span.end], span)
            elif span.why == BUSINESS:        # 'Baltic Star' of 'Baltic Star Recruitment'
                names |= firm_names(text[span.start:span.end]) | \
                    short_names(text[span.start:span.end])
            elif span.why == NAMED_PLACE:     # 'the Comrades' of 'Whinnyburn Comrades Club'
                names |= short_names(text[span.start:span.end])
    return frozenset(postcodes), frozenset(names), frozenset(capitalised)


def _name_words(words: str, span: GateSpan) -> set[str]:
    """The words of a name suspect worth looking for alone: all of them after a title,
    a cue or from the key; else only those that are no ordinary word anywhere."""
    sure = span.kind in ("key_name", "alias") or span.why == "after a title"
    return {fold(w) for w in WORD.findall(words)
            if len(w) >= 3 and w[:1].isupper() and (sure or not is_ordinary(w, at_start=True))}


def check_docx(data: bytes, lexicon: Lexicon, sources: list[str] = ()) -> list[Suspect]:
    """Every suspect in every part of the (plain) .docx `data`, in part order."""
    return publish_docx(data, lexicon, mode="check", sources=sources)[1]


def publish_docx(data: bytes, lexicon: Lexicon, *, mode: str, decide: Decide | None = None,
                 sources: list[str] = ()) -> tuple[bytes, list[Suspect]]:
    """`data` with each suspect replaced ("replace"; "mark" highlights what replaced it
    and leaves an unknown word highlighted, for the office), or untouched ("check"); and
    the suspects, each with what was done. A decision may restore a suspect or give its
    replacement, but never restores what the case key holds. `sources` are the texts the
    document was made from: a name they show is a suspect here too, even where the
    document shows it only once."""
    if mode not in MODES:
        raise ValueError(f"publish_docx mode must be one of {MODES}, not {mode!r}")
    parts = list(_parts(data))
    texts = [u.text for i, _, root in parts if root is not None
             for u in _units_of(i.filename, root)]
    seen = _seen([*texts, *sources], lexicon)
    lexicon = defined_abbreviations([*texts, *sources], lexicon)
    suspects: list[Suspect] = []
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info, content, root in parts:
            if root is not None:
                changed = False
                for unit in _units_of(info.filename, root):
                    done = _unit_suspects(info.filename, unit, lexicon, seen, mode, decide)
                    suspects.extend(s for s, _ in done)
                    changed |= _apply(unit, done, mode)
                if changed:
                    content = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                             standalone=True)
            target.writestr(info, content)
    return (out.getvalue() if mode != "check" else data), suspects


def _unit_suspects(part: str, unit: _Unit, lexicon: Lexicon, seen: tuple, mode: str,
                   decide: Decide | None) -> list[tuple[Suspect, GateSpan]]:
    done = []
    spans = suspects_in(unit.text, lexicon, *seen[:2])
    if mode == "mark" and unit.nodes is not None:
        taken = [(s.start, s.end) for s in spans]
        spans = sorted(spans + [GateSpan(start, end, "place", ABROAD)
                                for start, end in places_abroad(unit.text)
                                if not overlaps(taken, start, end)], key=lambda s: s.start)
    for span in spans:
        suspect = Suspect(part, span.kind, unit.text[span.start:span.end],
                          _context(unit.text, span), span.why, span.from_key)
        decision = decide(suspect) if decide else None
        if decision and decision[0] == RESTORE and not span.from_key:
            suspect = replace(suspect, action="restored by decision")
        elif decision and decision[0] == REPLACE and decision[1].strip():
            suspect = replace(suspect, action="replaced with the decision's text",
                              replacement=decision[1].strip())
        elif mode == "check":
            suspect = replace(suspect, action="found")
        elif mode == "mark" and not decision and unit.nodes is not None and (
                span.why == ABROAD or only_unknown(suspect, span, seen[2])):
            suspect = replace(suspect, action=LEFT, replacement=suspect.text)
        else:
            refused = decision and decision[0] == RESTORE
            suspect = replace(suspect, replacement=span.placeholder + _possessive(suspect),
                              action="replaced (it names someone in the case key, so it "
                                     "cannot be restored)" if refused else "replaced")
        done.append((suspect, span))
    return done


def only_unknown(suspect: Suspect, span: GateSpan, capitalised: frozenset[str]) -> bool:
    """True when only English not knowing it makes `suspect` one: one word, not the key's,
    all in lower case in a script with capitals ('canjeero'), nowhere else written with a
    capital in a suspect (`capitalised`: 'the haverlea estate'). A capitalised unknown
    word is as often a nickname ('Daz'), one in a script without capitals a name ('መሓሪ')."""
    word = suspect.text
    return (span.why == NOT_ENGLISH and not span.from_key and word.islower()
            and WORD.fullmatch(word) is not None and fold(word) not in capitalised)


def _possessive(suspect: Suspect) -> str:
    """A possessive the replaced words carried, kept on the placeholder: 'Mr [name]'s Ring
    doorbell' still says whose, and 'Ring' is not taken for the rest of the name."""
    found = re.search(r"['’]s?$", suspect.text)
    return found[0] if found else ""


def _apply(unit: _Unit, done: list[tuple[Suspect, GateSpan]], mode: str) -> bool:
    """Write the unit's replacements back; True if anything changed."""
    edits = [(span, s.replacement, _colour(s, mode)) for s, span in done if s.replacement]
    if mode == "check" or not edits:
        return False
    if unit.nodes is None:
        text = unit.text
        for span, replacement, _ in sorted(edits, key=lambda e: -e[0].start):
            text = text[:span.start] + replacement + text[span.end:]
        if unit.attribute:
            unit.element.set(unit.attribute, text)
        else:
            unit.element.text = text
        return True
    _rewrite_runs(unit.nodes, edits)
    return True


def _colour(suspect: Suspect, mode: str) -> str:
    """The highlight of what now stands for `suspect` ("" for none)."""
    if suspect.action == LEFT:
        return LEFT_COLOUR
    return HIGHLIGHT_COLOUR if mode == "mark" else ""


def _rewrite_runs(nodes: list[etree._Element], edits: list[tuple[GateSpan, str, str]]
                  ) -> None:
    """Each replacement written into the node where its span starts (the rest of the
    span cut from the nodes after it), in a highlighted run of its own where it has a
    colour."""
    position = 0
    for node in nodes:
        text = node.text or ""
        start, end = position, position + len(text)
        position = end
        pieces: list[tuple[str, str]] = []
        cursor = start
        for span, replacement, colour in sorted(edits, key=lambda e: e[0].start):
            if span.end <= start or span.start >= end:
                continue
            if span.start >= start:
                pieces.append((text[cursor - start:span.start - start], ""))
                pieces.append((replacement, colour))
            cursor = max(cursor, min(span.end, end))
        pieces.append((text[cursor - start:], ""))
        if all(not lit for _, lit in pieces):
            new = "".join(p for p, _ in pieces)
            if new != text:
                node.text = new
                node.set(qn("xml:space"), "preserve")
            continue
        _split_run(node, pieces)


def _split_run(node: etree._Element, pieces: list[tuple[str, str]]) -> None:
    """Replace the text node's run by one run a piece, highlighted in its colour."""
    run = node.getparent()
    if run is None or run.tag != R:
        node.text = "".join(p for p, _ in pieces)
        return
    for text, colour in pieces:
        if not text:
            continue
        piece = copy.deepcopy(run)
        for child in list(piece):
            if child.tag != RPR:
                piece.remove(child)
        t = etree.SubElement(piece, T)
        t.text = text
        t.set(qn("xml:space"), "preserve")
        if colour:
            _highlight(piece, colour)
        run.addprevious(piece)
    run.remove(node)
    if not any(child.tag != RPR for child in run):
        run.getparent().remove(run)


def _highlight(run: etree._Element, colour: str) -> None:
    properties = run.find(RPR)
    if properties is None:
        properties = etree.Element(RPR)
        run.insert(0, properties)
    for old in properties.findall(HIGHLIGHT):
        properties.remove(old)
    mark = etree.Element(HIGHLIGHT)
    mark.set(qn("w:val"), colour)
    after = next((c for c in properties if c.tag in _AFTER_HIGHLIGHT), None)
    if after is None:
        properties.append(mark)
    else:
        after.addprevious(mark)


# 'the Joint Triage Team (JTT)', 'domestic abuse (DA)', 'health information ("PHI")',
# 'the Exposure Act (EA or the Act)': words, then their initials in brackets.
_DEFINED = re.compile(r"((?:[^\W\d_][\w'’-]*[ \u00a0]+){1,8}?)\([\"“'‘]?([A-Z]{2,6})[\"”'’]?"
                      r"(?:[,;][^()]*|[ \u00a0]+or[ \u00a0][^()]*)?\)")
_SMALL_WORDS = frozenset("of the and for to in on at a an with by".split())


def defined_abbreviations(texts: list[str], lexicon: Lexicon) -> Lexicon:
    """`lexicon` knowing the abbreviations `texts` define by writing them in brackets after
    the words whose initials they are ('Joint Triage Team (JTT)', 'Multi-Agency
    Safeguarding Hub (MASH)'), where none of those words is the key's or a name ('Gemma
    Lund (GL)' defines nothing) and they name no place of worship no list explains
    ('Glorious Dominion Bible Church (GDBC)'): the document's own vocabulary, the abbreviation and
    the words it stands for, wherever they are used."""
    defined, phrases = set(), set()
    for text in texts:
        for match in _DEFINED.finditer(text):
            letters = match[2]
            words = [w for w in re.findall(r"[^\W\d_]+", match[1])
                     if w.lower() not in _SMALL_WORDS]
            if len(words) < len(letters):
                continue
            expansion = words[-len(letters):]
            if "".join(w[0] for w in expansion).upper() == letters and not any(
                    key_match(w, w, 0, len(w), lexicon) or is_name(fold(w))
                    for w in expansion):
                written = match[1][match[1].index(expansion[0]):].strip()
                written = re.sub(r"^(?i:the|a|an)[ \u00a0]+", "", written)
                if written.split()[-1] in WORSHIP and places(written, []) and \
                        written not in lexicon.allowed_phrases:
                    continue    # 'Glorious Dominion Bible Church (GDBC)': a place still
                defined.add(letters)
                phrases.add(written)
    if not defined:
        return lexicon
    allowed = tuple(sorted({*lexicon.allowed_phrases, *phrases}, key=len, reverse=True))
    return replace(lexicon, defined=frozenset(defined), allowed_phrases=allowed)
