"""Finding the Appendix 4 columns by the meaning of their headings.

Boards word the template differently. Wordings seen in published chronology templates
(MKSCB Appendix 4; LSCB/SILP, IMR and CSPR chronology pro formas; Chronolator's import):

  date:          "DATE & TIME", "Date/Time", "Date", "Date of contact", "Date and time of
                 event", "When"
  time:          "Time", "Time (24hr)"  (a separate column, mostly in Excel returns)
  child:         "CONTACT WITH CHILD (inc direct contact, ...)", "Direct contact with child",
                 "Contact with the young person", "Child seen"
  family:        "CONTACT WITH PARENTS/CARERS and other family members", "Contact with
                 family", "Parent/carer contact", "Contact with mother/father"
  communication: "INTER/INTRA-AGENCY COMMUNICATION", "Multi-agency communication",
                 "Information sharing", "Liaison with other agencies", "Referrals"
  source:        "INFORMATION SOURCE", "Source of information", "Source", "Record",
                 "Where recorded", "Document/Reference"
  staff:         "STAFF INVOLVED", "Practitioner", "Staff", "Worker", "Professional(s)
                 involved", "Initials", "Name and role"
  comment:       "COMMENT", "Action taken/Comment", "Comments/analysis", "Author's comment",
                 "Outcome", "Analysis", "Notes", "Significance"
  narrative:     "Event", "Details of contact", "Description", "Summary of contact",
                 "What happened" -- one column instead of the template's three contact
                 columns; read into `child` and the return is flagged `single_contact_column`.
"""

from __future__ import annotations

import re

# Tried in this order on a heading's title (the words before any bracket): the more
# specific meanings first, so "Source of information" is a source, not a communication.
_MEANINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern)) for name, pattern in (
        ("date", r"\bdate|\bwhen\b|\bd ?/ ?t\b"),
        ("time", r"^(time|times|time of contact|time \d+ ?h\w*|time 24 ?h\w*)$|^time\b"),
        ("source", r"\bsource|\bwhere recorded|\brecord(s|ed)? (ref|type|source)|"
                   r"^record$|^reference$|\bdocument"),
        ("staff", r"\bstaff|\bpractitioner|\bworker|\bprofessionals? (involved|name)|"
                  r"\binitials?\b|\bname (and|&) role|\bofficer|\bwho\b"),
        ("comment", r"\bcomment|\banalysis|\baction taken|\boutcome|\bnotes?\b|\bremarks?\b|"
                    r"\bsignificance|\breflection|\bissues?\b|\bconcerns?\b"),
        ("communication", r"\bagency|\bcommunicat|\binformation shar|\bliaison|\breferrals?\b|"
                          r"\bmulti ?agency|\bprofessionals\b"),
        ("family", r"\bparent|\bcarer|\bfamily|\bmother|\bfather|\bsibling|\bhousehold"),
        ("child", r"\bchild|\byoung person|\bpupil|\bpatient|\bbaby|\binfant|\bsubject"),
        ("narrative", r"\bevent|\bdetail|\bdescription|\bsummary|\bcontact|\bwhat happened|"
                      r"\bentry|\bincident|\binformation\b"),
    )
)

# Headings of a separate staff ID table ("Initials | Name | Role").
_STAFF_KEY_CODE = re.compile(r"\binitials?\b|\bid\b|\bcode\b|\babbreviation")
_STAFF_KEY_ROLE = re.compile(r"\brole|\bdesignation|\bjob|\btitle|\bname|\bposition")


def simplify(text: str) -> str:
    """Lower case, brackets dropped, punctuation to spaces: the heading's meaning words."""
    text = text.lower().replace("\u2019", "'")
    title = re.split(r"[(\n]", text, maxsplit=1)[0]
    return re.sub(r"[^a-z0-9'&/]+", " ", title).strip()


def meaning_of(heading: str) -> str | None:
    words = simplify(heading)
    if not words:
        return None
    for name, pattern in _MEANINGS:
        if pattern.search(words):
            return name
    return None


def match_header(cells: list[str]) -> dict[int, str] | None:
    """Column index -> canonical name, if `cells` is a chronology heading row; else None.

    A heading row names a date column and at least two other template columns. A meaning
    already taken keeps its first column; a second narrative column joins the comment.
    """
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, cell in enumerate(cells):
        meaning = meaning_of(cell)
        if meaning is None or meaning in taken:
            continue
        if meaning == "date" and len(simplify(cell)) > 40:
            continue   # a long sentence that mentions a date is not a heading
        mapping[index] = meaning
        taken.add(meaning)
    if "date" not in taken or len(taken) < 3:
        return None
    if "narrative" in taken:
        index = next(i for i, m in mapping.items() if m == "narrative")
        mapping[index] = "child" if "child" not in taken else "comment"
        if mapping[index] == "comment" and "comment" in taken:
            del mapping[index]
    return mapping


def is_single_contact_column(mapping: dict[int, str], cells: list[str]) -> bool:
    """True when the heading row has one narrative column instead of the three contacts."""
    return any(meaning_of(cells[i]) == "narrative" for i in mapping)


def match_staff_key(cells: list[str]) -> tuple[int, int] | None:
    """(code column, description column) if `cells` heads a staff ID list; else None."""
    words = [simplify(c) for c in cells]
    code = next((i for i, w in enumerate(words) if _STAFF_KEY_CODE.search(w)), None)
    if code is None:
        return None
    role = next((i for i, w in enumerate(words) if i != code and _STAFF_KEY_ROLE.search(w)),
                None)
    return None if role is None else (code, role)


def same_heading(cells: list[str], header: list[str]) -> bool:
    """A heading row repeated (on each page, or at the top of a split table)."""
    return [simplify(c) for c in cells if c.strip()] == [simplify(h) for h in header if h.strip()]
