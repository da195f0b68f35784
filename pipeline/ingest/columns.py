"""Finding the Appendix 4 columns by the meaning of their headings.

Boards word the template differently. Wordings seen in published chronology templates
(MKSCB Appendix 4; LSCB/SILP, IMR and CSPR chronology pro formas; Chronolator's import):

  date:          "DATE & TIME", "Date/Time", "Date", "Date of contact", "Date and time of
                 event", "When", "Logged on" -- never a second date: "Follow-up date",
                 "Next review due", "Date of birth" are kept as extra columns
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
                 involved", "Initials", "Name and role", "OIC", "DSL"
  comment:       "COMMENT", "Action taken/Comment", "Comments/analysis", "Author's comment",
                 "Outcome", "Analysis", "Notes", "Significance"
  narrative:     "Event", "Details of contact", "Description", "Summary of contact",
                 "What happened", "Concern / Incident" -- one column instead of the
                 template's three contact columns.

The heading only proposes: pipeline/ingest/meaning.py decides with the column's cells
(codes and Yes/No are never contacts; the narrative is the column of long free text).
"""

from __future__ import annotations

import re

# A date column named by what happened on it: "Logged on", "Seen on", "Received on".
_DATED_ON = r"\b(logged|recorded|seen|reported|received|entered|created|opened|made) on\b"
# A second date of an entry, never its own: when it is next due, to be followed up or
# reviewed, a deadline, a date of birth. Such a column is kept as an extra column.
_SECONDARY_DATE = re.compile(
    r"\b(follow ?up|next|review|due|deadline|target|planned|expiry|birth)\b.*\b(date|when)\b|"
    r"\b(date|when)\b.*\b(next|follow ?up|review|due|deadline|birth)\b|^d ?o ?b$|"
    r"^(next|follow ?up|review)\b.*\bdue\b")


def is_secondary_date(heading: str) -> bool:
    """Whether a heading names a date other than the entry's: "Follow-up date", "Next
    review due", "Date of birth", "DOB"."""
    return bool(_SECONDARY_DATE.search(simplify(heading)))


# Tried in this order on a heading's title (the words before any bracket): the more
# specific meanings first, so "Source of information" is a source, not a communication.
_MEANINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern)) for name, pattern in (
        ("date", r"\bdate|\bwhen\b|\bd ?/ ?t\b|" + _DATED_ON),
        ("time", r"^(time|times|time of contact|time \d+ ?h\w*|time 24 ?h\w*)$|^time\b"),
        ("source", r"\bsource|\bwhere\b.*\brecorded|\brecord(s|ed)? (ref|type|source)|"
                   r"^records?( consulted| used| checked)?$|^reference$|\bdocument|"
                   r"\brecorded in\b|\bsystem\b"),
        # Before staff: "Practitioner comment" is a comment, not a practitioner.
        # A concern or issue named with an incident or event is the entry itself.
        ("narrative", r"^(concerns?|issues?)\b.*\b(incidents?|events?)\b|"
                      r"^(incidents?|events?)\b.*\b(concerns?|issues?)\b"),
        ("comment", r"\bcomment|\banalysis|\baction|\boutcome|\bnotes?\b|\bremarks?\b|"
                    r"\bsignificance|\breflection|\bissues?\b|\bconcerns?\b|\bresponse|"
                    r"\bdecisions?\b|\blearning|\bimpact\b"),
        ("staff", r"\bstaff|\bpractitioner|\bworker|\bprofessionals? (involved|name)|"
                  r"^professionals?$|\bpersonnel|\binitials?\b|\bname (and|&) role|"
                  # Roles by their initials: officer in case or in charge, senior
                  # investigating officer, designated safeguarding lead, key worker.
                  r"\bofficer|\b(oic|sio|dsl|kw|hcp|pcso)\b|^who\b(?!.*\bseen\b)|"
                  r"\b(recorded|seen|entered|completed|written|added|logged|undertaken|"
                  r"carried out) by\b|^by( whom)?$|^authors?\b|"
                  r"\bclinicians?\b|"
                  r"\bdoctor\b|\bnurse\b|\bcase ?worker|"
                  # A heading that is only a role names who acted: "GP", "Midwife".
                  r"^(gp|midwife|midwives|health visitor|hv|therapist|consultant|teacher|"
                  r"paediatrician|social worker|sw|paramedic|crew|dsl|lead professional)s?$|"
                  r"\b(offender|case|care) managers?\b|\bcrew (members?|ids?|names?)\b"),
        ("communication", r"\bagenc|\bcommunicat|\binformation shar|\bliaison|\breferrals?\b|"
                          r"\bmulti ?agency|\bprofessionals\b"),
        ("family", r"\bparent|\bcarer|\bfamily|\bmother|\bfather|\bsibling|\bhousehold|"
                   r"\bmum\b|\bdad\b"),
        ("child", r"\bchild|\byoung person|\bcyp\b|\bpupil|\bpatient|\bbaby|\binfant|\bsubject|"
                  r"\badult\b"),
        ("narrative", r"\bevent|\bdetail|\bdescription|\bsummary|\bcontact|\bwhat happened|"
                      r"\bentry|\bincident|\binformation\b"),
    )
)

# Headings of a separate staff ID table ("Initials | Name | Role").
_STAFF_KEY_CODE = re.compile(r"\binitials?\b|\bid\b|\bcode\b|\babbreviation")
_STAFF_KEY_ROLE = re.compile(r"\brole|\bdesignation|\bjob|\btitle|\bname|\bposition")


_TITLE_END = re.compile(r"[(\n]")
_NOT_WORD = re.compile(r"[^a-z0-9'&/]+")


def simplify(text: str) -> str:
    """Lower case, brackets dropped, punctuation to spaces: the heading's meaning words."""
    text = text[:200]   # a heading is short; a cell of megabytes must not cost seconds
    text = text.lower().replace("\u2019", "'")
    title = _TITLE_END.split(text, maxsplit=1)[0]
    return _NOT_WORD.sub(" ", title).strip()


def meaning_of(heading: str, first_words: int | None = None) -> str | None:
    """The canonical column a heading names, or None.

    Read widest last: the title's first line ("INTER-AGENCY COMMUNICATION" over a line of
    guidance), then the whole title ("CONTACT WITH\\nCHILD"), then the brackets too
    ("Clinician (initials)" is the staff column). With `first_words`, each reading is cut
    to that many words.
    """
    lowered = heading.lower().replace("\u2019", "'")
    title = lowered.split("(", 1)[0]
    candidates = (title.split("\n", 1)[0], title, lowered)
    vague = None      # "Contact with" alone is a narrative; the next line may say whose
    readings = (" ".join(_NOT_WORD.sub(" ", c).split()[:first_words]) for c in candidates)
    for words in dict.fromkeys(readings):
        if not words:
            continue
        if _SECONDARY_DATE.search(words):
            return vague     # "Follow-up date": kept as an extra column, never the date
        name = next((name for name, pattern in _MEANINGS if pattern.search(words)), None)
        if name == "narrative":
            vague = vague or name
        elif name is not None:
            return name
    return vague


# A value a heading never holds: a day, a year, "3rd April". An entry row whose cells
# happen to hold heading words ("Date not known | Child seen | Mother present") is not
# taken for a heading when it holds one of these, so it is never lost.
_DATE_VALUE = re.compile(
    r"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\b|\b(19|20)\d\d\b|\b\d{1,2}(st|nd|rd|th)?\s+"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
MAX_HEADING_CHARS = 200   # a heading cell with its guidance in brackets; entries run longer
# The words that name a column come first: "STAFF INVOLVED List initial of those involved
# and provide a separate ID list" (the board's own template). A word further in belongs to
# a sentence: "Donna told HV that her mother sometimes babysits" names no column.
HEADING_WORDS = 6
_SENTENCE = re.compile(r"\w\s+\w+\s+\w+.*[a-z]{2}\.\s*$", re.S)   # "... in the notes."


def _could_be_heading(cells: list[str]) -> bool:
    """False when a cell holds what headings never do: a date value or long text."""
    return all(len(c) <= MAX_HEADING_CHARS and not _DATE_VALUE.search(c)
               for c in cells if c.strip())


def heading_meaning(cell: str) -> str | None:
    """The column a heading cell names, read from its first words; None for a sentence."""
    title = _TITLE_END.split(cell, maxsplit=1)[0]
    if _SENTENCE.search(title):
        return None
    return meaning_of(cell, first_words=HEADING_WORDS)


# A chronology records contacts: its heading names at least one contact column.
CONTACT_MEANINGS = frozenset({"child", "family", "communication", "narrative"})
_ACTION_PLAN = re.compile(r"\brecommendations?\b|\btimescales?\b|\bprogress\b|"
                          r"\bkey actions?\b|\bsmart\b")
# A RAG column alone does not make an action plan (a record rates each entry Red, Amber or
# Green too); beside an action, its lead or its target it does.
_RAG = re.compile(r"^rag\b")
_PLAN_COLUMN = re.compile(r"^actions?$|^lead( officer| agency| person)?$|^owner|\btarget|"
                          r"\bby when\b|\bdeadline")


def _action_plan(cells: list[str]) -> bool:
    """Whether a heading row is an action plan's (Appendix 6)."""
    words = [simplify(c) for c in cells if c.strip()]
    return any(_ACTION_PLAN.search(w) for w in words) or (
        any(_RAG.search(w) for w in words) and any(_PLAN_COLUMN.search(w) for w in words))


def match_header(cells: list[str]) -> dict[int, str] | None:
    """Column index -> canonical name, if `cells` is a chronology heading row; else None.

    A heading row names a date column, a contact column and at least one other template
    column, holds no date value nor long text, and is not an action plan's. A meaning
    already taken keeps its first column; a second narrative column joins the comment.
    """
    mapping = _meanings(cells)
    if mapping is None:
        return None
    taken = set(mapping.values())
    if len(taken) < 3 or not taken & CONTACT_MEANINGS:
        return None
    if "narrative" in taken:
        index = next(i for i, m in mapping.items() if m == "narrative")
        mapping[index] = "child" if "child" not in taken else "comment"
        if mapping[index] == "comment" and "comment" in taken:
            del mapping[index]
    return mapping


def loose_header(cells: list[str]) -> dict[int, str] | None:
    """Column index -> canonical name, if `cells` may head a chronology whose columns are
    not the template's: two headings or more, none of them a value. Only the cells below
    can tell, and find the Date column if no heading names it (pipeline/ingest/meaning.py
    `heads_by_content`)."""
    if sum(1 for c in cells if c.strip()) < 2:
        return None
    return _meanings(cells, need_date=False)


def _meanings(cells: list[str], need_date: bool = True) -> dict[int, str] | None:
    """Column index -> the meaning its heading names, the first column keeping a meaning,
    if `cells` could be a heading row (with a Date column, if `need_date`) that is not an
    action plan's."""
    if not _could_be_heading(cells):
        return None
    if need_date and not any(_MAY_NAME_DATE.search(c[:MAX_HEADING_CHARS]) for c in cells):
        return None        # most rows of a large sheet: no cell could name the Date column
    mapping: dict[int, str] = {}
    for index, cell in enumerate(cells):
        meaning = heading_meaning(cell)
        if meaning is None or meaning in mapping.values():
            continue
        if meaning == "date" and len(simplify(cell)) > 40:
            continue   # a long sentence that mentions a date is not a heading
        mapping[index] = meaning
    if need_date and "date" not in mapping.values():
        return None
    if _action_plan(cells):
        return None        # Appendix 6's "Recommendation | Action | Lead | Target date"
    return mapping


# Text any heading naming the Date column holds (the "date" pattern of _MEANINGS, before
# its words are simplified).
_MAY_NAME_DATE = re.compile(r"date|when|d\s*/\s*t|" + _DATED_ON, re.I)


def holds_date(text: str) -> bool:
    """Whether a cell holds a day, a year or "3rd April": what a heading never holds."""
    return bool(_DATE_VALUE.search(text[:200]))


_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A cell that is a date and nothing else: "03/04/2014", "3.4.14 14:30", "3rd April 2014",
# "April 2014" - not a number, a phone number, a section number or a year alone.
_DATE_CELL = re.compile(
    rf"^\s*(\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*(\d{{2}}|\d{{4}})|"
    rf"(\d{{1,2}}(st|nd|rd|th)?\s+)?{_MONTH}\s+(\d{{2}}|\d{{4}})|"
    rf"(19|20)\d\d\s*[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*\d{{1,2}})"
    r"(\s*(at\s*)?\d{1,2}[:.]\d{2}(\s*[ap]m)?)?\s*$", re.I)


def is_date_cell(text: str) -> bool:
    """Whether a cell holds a date alone (with its time, if any)."""
    return bool(_DATE_CELL.match(text[:60]))


def refine_with_subheading(mapping: dict[int, str], cells: list[str]) -> dict[int, str] | None:
    """The mapping a second heading row makes more exact, or None if `cells` is not one.

    Some boards head the contact columns in two rows ("Contact" over "Child | Family |
    Other agencies"). A row right below the heading row is a sub-heading when every filled
    cell has a meaning and none holds a date value or sits in the date column.
    """
    filled = {i: c for i, c in enumerate(cells) if c.strip()}
    if not filled or not _could_be_heading(cells):
        return None
    meanings = {i: heading_meaning(c) for i, c in filled.items()}
    if any(m is None or m == "narrative" for m in meanings.values()):
        return None
    if any(mapping.get(i) == "date" and meanings[i] not in ("date", "time") for i in filled):
        return None
    refined = {i: m for i, m in mapping.items() if m not in meanings.values()}
    refined.update(meanings)
    return refined


def match_staff_key(cells: list[str]) -> tuple[int, int] | None:
    """(code column, description column) if `cells` heads a staff ID list; else None.

    Only a narrow table with short headings is a staff list, so a chronology table whose
    first entry mentions an "ID" and a "name" is never read as one.
    """
    filled = [c for c in cells if c.strip()]
    if len(filled) > 4 or any(len(c) > 40 or _DATE_VALUE.search(c) for c in filled):
        return None
    words = [simplify(c) for c in cells]
    code = next((i for i, w in enumerate(words) if _STAFF_KEY_CODE.search(w)), None)
    if code is None:
        return None
    role = next((i for i, w in enumerate(words) if i != code and _STAFF_KEY_ROLE.search(w)),
                None)
    return None if role is None else (code, role)


def same_heading(cells: list[str], header: list[str]) -> bool:
    """A heading row repeated (on each page, or at the top of a split table)."""
    filled = [c for c in cells if c.strip()]
    wanted = [h for h in header if h.strip()]
    # Cell by cell, so an entry row (different from its first cell) costs one comparison.
    return len(filled) == len(wanted) and all(
        simplify(c) == simplify(h) for c, h in zip(filled, wanted, strict=True))
