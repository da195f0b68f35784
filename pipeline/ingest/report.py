"""Agency reports (toolkit Appendix 5) with their action plans (Appendix 6), and terms of
reference, read from Word files that hold no chronology table.

Sections are found by meaning: a heading is a paragraph in a heading style, all bold, or
numbered, whose words name an Appendix 5 section in any of the wordings boards and IMR
templates use. A report missing a section is still read; the keys not found are listed in
`AgencyReport.missing_sections` for the overview to report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from lxml import etree

from pipeline.case import Case
from pipeline.model import ActionItem, AgencyReport
from pipeline.ooxml import wordread
from pipeline.ooxml.ns import NAMESPACES
from pipeline.ooxml.package import Package, read_part
from pipeline.ooxml.parser import parse_xml

W = NAMESPACES["w"]
REQUIRED_SECTIONS = ("introduction", "author", "agency_background", "background", "family",
                     "methodology", "involvement", "analysis", "learning", "recommendations")
SECTION_TITLES = {
    "introduction": "Introduction", "author": "Author's background",
    "agency_background": "Agency background", "background": "Background",
    "family": "Family composition", "methodology": "Methodology",
    "involvement": "Agency involvement", "analysis": "Analysis of involvement",
    "learning": "What we learnt", "good_practice": "Good practice",
    "recommendations": "Recommendations", "action_plan": "Action plan",
    "terms_of_reference": "Terms of reference", "panel": "Review panel", "other": "Other",
}
# Order matters: the first rule that fits names the section ('Analysis of involvement' is
# analysis, not involvement; 'Agency background' is not the case background).
_RULES = [
    ("contents", r"^(?:table\s+of\s+)?contents?(?:\s+page)?$"),
    ("action_plan", r"action\s+plan"),
    ("recommendations", r"recommendation"),
    ("good_practice", r"good\s+practice|effective\s+practice|what\s+worked\s+well|strengths"),
    ("learning", r"\blearn|lessons?|key\s+(?:issues|findings)|findings|conclusions?"),
    ("analysis", r"analys"),
    ("author", r"author|reviewer'?s?\s+(?:background|independence)|independence"),
    ("agency_background", r"agency\s+(?:background|information|context|profile|overview)|"
                          r"(?:about|context\s+of)\s+(?:the|our|this)\s+(?:agency|service|"
                          r"organisation|trust)|organisational\s+context|the\s+service$"),
    ("involvement", r"involvement|contact\s+with|summary\s+of\s+(?:contact|events|"
                    r"services)|narrative|chronolog"),
    ("family", r"family|genogram|household"),
    ("methodology", r"method|process\s+of\s+(?:the\s+)?review|how\s+(?:this|the)\s+"
                    r"(?:report|review)|sources\s+of\s+information"),
    ("introduction", r"introduc|purpose\s+of\s+(?:this|the)\s+report"),
    ("terms_of_reference", r"terms\s+of\s+reference|scope"),
    ("background", r"background|circumstances|summary\s+of\s+(?:the\s+)?case"),
    ("other", r"^appendix|^annex|timeline|glossary|references$|signature"),
]
_COMPILED = [(key, re.compile(pattern, re.IGNORECASE)) for key, pattern in _RULES]
_NUMBERED = re.compile(r"^\s*(?:(?:section\s+)?\d+(?:\.\d+)*\.?|[IVX]+\.|[A-H][.)])\s+(?=\S)",
                       re.IGNORECASE)
_REPORT_TITLE = re.compile(r"agency\s+report|individual\s+management\s+review|\bIMR\b|"
                           r"agency\s+review|single\s+agency|internal\s+management\s+review",
                           re.IGNORECASE)
_PANEL_HEADING = re.compile(r"\bpanel\b|reference\s+group|membership", re.IGNORECASE)
_TOR_TITLE = re.compile(r"terms\s+of\s+reference", re.IGNORECASE)
_AGENCY_LINE = re.compile(r"^\s*(?:name\s+of\s+)?(?:agency|organisation)(?:\s+name)?\s*[:\-–]\s*"
                          r"(?P<name>.+)$", re.IGNORECASE)
_COLUMNS = [
    ("rag", r"\brag\b"),
    ("recommendation", r"recommendation"),
    ("action", r"action"),
    ("lead", r"lead|responsib|owner|by\s+whom"),
    ("timescale", r"timescale|target|by\s+when|deadline|date"),
    ("outcome", r"outcome|success|measure|impact"),
    ("progress", r"progress|update|status"),
    ("evidence", r"evidence"),
    ("number", r"^(?:no\.?|#|number|ref\.?|item)$"),
]


def classify_heading(text: str) -> str | None:
    """The Appendix 5 section key a heading's words name, or None."""
    words = _NUMBERED.sub("", text).strip(" :?.\t")
    if not words or len(words) > 120 or len(words.split()) > 14:
        return None
    for key, pattern in _COMPILED:
        if pattern.search(words):
            return key
    return None


def heading_styles(data: bytes) -> set[str]:
    """Style ids of the document's heading styles (by name or outline level)."""
    content = read_part(data, "word/styles.xml")
    if content is None:
        return set()
    ids = set()
    for style in parse_xml(content).iter(f"{{{W}}}style"):
        style_id = style.get(f"{{{W}}}styleId", "")
        name_element = style.find(f"{{{W}}}name")
        name = (name_element.get(f"{{{W}}}val", "") if name_element is not None else "").lower()
        outline = style.find(f"{{{W}}}pPr/{{{W}}}outlineLvl")
        if name.startswith(("heading", "title", "subtitle")) or outline is not None:
            ids.add(style_id)
    return ids


def _style_id(p: etree._Element) -> str:
    style = p.find(f"{{{W}}}pPr/{{{W}}}pStyle")
    return style.get(f"{{{W}}}val", "") if style is not None else ""


def _all_bold(p: etree._Element) -> bool:
    """True when every run with text in the paragraph is bold."""
    seen = False
    for run in p.iter(f"{{{W}}}r"):
        if not "".join(t.text or "" for t in run.iter(f"{{{W}}}t")).strip():
            continue
        bold = run.find(f"{{{W}}}rPr/{{{W}}}b")
        if bold is None or bold.get(f"{{{W}}}val", "true") in ("0", "false", "off"):
            return False
        seen = True
    return seen


def _looks_like_heading(p: etree._Element, text: str, heading_styles: set[str]) -> bool:
    style = _style_id(p)
    if style.upper().startswith("TOC"):
        return False
    if style in heading_styles or re.match(r"(?i)heading\d|title", style):
        return True
    if p.find(f"{{{W}}}pPr/{{{W}}}outlineLvl") is not None:
        return True
    short = len(text.split()) <= 14 and not text.rstrip().endswith((".", ";", ","))
    numbered = _NUMBERED.match(text) is not None or p.find(f"{{{W}}}pPr/{{{W}}}numPr") is not None
    capitals = text.isupper() and len(text.strip()) > 3
    return short and (_all_bold(p) or numbered or capitals)


def heading_key(p: etree._Element, text: str, styles: set[str]) -> str | None:
    """The section key when paragraph `p` (its text `text`) is a section heading."""
    return classify_heading(text) if _looks_like_heading(p, text, styles) else None


def _table_rows(tbl: etree._Element) -> list[list[str]]:
    return [[wordread.cell_text(tc).strip() for tc in wordread.iter_cells(tr)]
            for tr in wordread.iter_rows(tbl)]


def _column_map(header: list[str]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for index, cell in enumerate(header):
        for key, pattern in _COLUMNS:
            if key not in mapping.values() and re.search(pattern, cell, re.IGNORECASE):
                mapping[index] = key
                break
    if 0 not in mapping and header and not header[0].strip():
        mapping[0] = "number"
    return mapping


def _action_header(rows: list[list[str]]) -> tuple[int, dict[int, str]] | None:
    """The position and column map of an action plan's header row (in the first four)."""
    for position, header in enumerate(rows[:4]):
        mapping = _column_map(header)
        if "recommendation" in mapping.values() and "action" in mapping.values():
            return position, mapping
    return None


def read_actions(rows: list[list[str]], agency: str) -> list[ActionItem] | None:
    """The Appendix 6 rows of a table, or None when the table is not an action plan."""
    header = _action_header(rows)
    if header is None:
        return None
    position, mapping = header
    items = []
    for row in rows[position + 1:]:
        values = {key: row[i].strip() for i, key in mapping.items() if i < len(row)}
        if not any(v for k, v in values.items() if k != "number"):
            continue
        if _column_map(row) == mapping:          # the header repeated on a new page
            continue
        items.append(ActionItem(agency=agency, **values))
    for index, item in enumerate(items, start=1):
        if not item.number:
            item.number = str(index)
    return items


_SUBMITTED = re.compile(r"^\s*date\s+of\s+(?P<which>final\s+submission|revision|first\s+"
                        r"submission|submission)[^:]*:\s*(?P<date>\S.*)$", re.IGNORECASE)
_SUBMISSION_ORDER = ("final", "revision", "submission", "first")


def _date_submitted(title_lines: list[str]) -> str:
    """The latest submission date the title page gives (final, revision, first), as written."""
    found: dict[str, str] = {}
    for line in title_lines:
        match = _SUBMITTED.match(line)
        if match:
            found.setdefault(match["which"].split()[0].lower(), match["date"].strip())
    return next((found[key] for key in _SUBMISSION_ORDER if key in found), "")


def _agency_of(title_lines: list[str], file: str, case: Case) -> str:
    """The agency named on the title page, else in the file name, else the file name."""
    for line in title_lines:
        found = _AGENCY_LINE.match(line)
        if found:
            agency = case.match_agency(found["name"])
            return agency.name if agency else found["name"].strip()
    for line in title_lines:
        if len(line.split()) <= 14:
            agency = case.match_agency(line)
            if agency:
                return agency.name
    stem = PurePath(file).stem.replace("_", " ")
    agency = case.match_agency(stem)
    return agency.name if agency else stem


# Words only an agency report's headings use (Appendix 5, IMR templates): a paper or an
# article has an introduction, methods and analysis too, never these.
_REPORT_WORDS = re.compile(r"\binvolvement\b|\bauthor(?:'?s)?\b|\bagency\b|\bfamily\b|\bgenogram|"
                           r"\brecommendations?\b|\blessons?\s+learn|what\s+(?:have\s+)?we\s+"
                           r"learn|\bchild\b|\bpractitioners?\b", re.IGNORECASE)
# The title page of Appendix 5: submission dates, signatures, the author's independence.
_TITLE_PAGE = re.compile(r"date\s+of\s+(?:first|final)\s+submission|author\s+signature|"
                         r"senior\s+manager\s+signature|never\s+been\s+directly\s+involved",
                         re.IGNORECASE)
# Headings of a paper or an article, which no agency report has.
PAPER_HEADINGS = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:abstract|references|bibliography|"
                            r"literature\s+review|results|discussion|acknowledg\w*|keywords)"
                            r"\s*:?$", re.IGNORECASE)


def names_report(line: str) -> bool:
    """Whether a title line names an agency report or terms of reference."""
    return bool(_REPORT_TITLE.search(line) or _TOR_TITLE.search(line))


def is_agency_report(title_text: str, title_lines: list[str], headings: list[str],
                     known: set[str], lines: list[str]) -> bool:
    """Whether a document with these headings is an agency report, by content.

    It is when its title names one (and it has a section); else it needs three Appendix 5
    sections and Appendix 5's title page or two headings in words only reports use; and
    never when it has a paper's headings (abstract, references, results) without the title.
    """
    titled = bool(_REPORT_TITLE.search(title_text))
    if titled and known:
        return True
    if any(PAPER_HEADINGS.match(line.strip()) for line in lines if len(line.split()) <= 4):
        return False
    title_page = any(_TITLE_PAGE.search(line) for line in title_lines)
    specific = {match.group(0).lower() for h in headings for match in [_REPORT_WORDS.search(h)]
                if match}
    return len(known) >= 3 and (title_page or len(specific) >= 2)


@dataclass
class _Walk:
    """What one pass over the body finds: text by section, the title lines above the
    first section, every heading, the review panel's lines and the action plan tables."""

    styles: dict
    sections: dict[str, list[str]] = field(default_factory=dict)
    title_lines: list[str] = field(default_factory=list)
    current: str | None = None
    action_tables: list[list[list[str]]] = field(default_factory=list)
    headings_seen: list[str] = field(default_factory=list)  # every heading, named or not
    opening: list[str] = field(default_factory=list)   # the first lines: the title
    every_line: list[str] = field(default_factory=list)   # all text, headings included
    panel: list[str] = field(default_factory=list)     # lines under a panel heading
    in_panel: bool = False

    def table(self, block) -> None:
        rows = _table_rows(block)
        if read_actions(rows, "") is not None:
            self.action_tables.append(rows)
            return
        lines = [line for line in (" | ".join(c for c in row if c) for row in rows) if line]
        self.every_line.extend(lines)
        if self.in_panel:
            self.panel.extend(lines)
        target = self.sections.setdefault(self.current, []) if self.current \
            else self.title_lines
        target.extend(lines)

    def paragraph(self, block) -> None:
        text = wordread.paragraph_text(block).strip()
        if not text:
            return
        if len(self.opening) < 6:
            self.opening.append(text)
        self.every_line.append(text)
        if _looks_like_heading(block, text, self.styles):
            self.in_panel = _PANEL_HEADING.search(text) is not None
            self.headings_seen.append(text)
        elif self.in_panel:
            self.panel.append(text)
        key = heading_key(block, text, self.styles)
        if key == "contents":
            self.current = "contents"
        elif key:
            self.current = key
            self.sections.setdefault(key, [])
        elif self.current is None:
            self.title_lines.append(text)
        elif self.current != "contents":
            self.sections[self.current].append(text)


def read(package: Package, source, case: Case) -> AgencyReport | None:
    """The AgencyReport this Word file holds, or None if it is not an agency report
    nor terms of reference."""
    root = wordread.load_document(package.data)
    walk = _Walk(heading_styles(package.data))
    for block in wordread.iter_blocks(wordread.body(root)):
        (walk.table if block.tag == wordread.TBL else walk.paragraph)(block)
    # The title is the first opening line that names the document; terms of reference
    # often mention 'agency reports' further down, so only that line decides the kind.
    title = next((line for line in walk.opening if _REPORT_TITLE.search(line)
                  or _TOR_TITLE.search(line)), walk.opening[0] if walk.opening else "")
    found = {key for key, paragraphs in walk.sections.items() if paragraphs}
    agency = _agency_of(walk.title_lines, source.file, case)
    report = AgencyReport(path=source.path, file=source.file, sha256=source.sha256,
                          agency=agency, title=title,
                          date_submitted=_date_submitted(walk.title_lines),
                          content=package.data)
    if _TOR_TITLE.search(title) and not _REPORT_TITLE.search(title):
        report.kind = "terms_of_reference"
        report.agency = ""
        report.sections = {"terms_of_reference": [line for line in walk.every_line
                                                  if line != title]}
        if walk.panel:
            report.sections["panel"] = walk.panel
        return report
    if not is_agency_report(" ".join(walk.opening), walk.title_lines, walk.headings_seen,
                            found & set(REQUIRED_SECTIONS), walk.every_line):
        return None
    report.sections = {key: walk.sections[key] for key in walk.sections if key != "contents"}
    report.actions = [item for rows in walk.action_tables
                      for item in read_actions(rows, agency) or []]
    report.missing_sections = [key for key in REQUIRED_SECTIONS if key not in found]
    return report
