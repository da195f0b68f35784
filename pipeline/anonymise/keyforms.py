"""The case key expanded to every form a name takes in a report, as regular expressions.

Each person of case.toml (people and staff) gives: full name, aliases, first name,
surname, hyphenated parts, title and surname, initials ('K.S.', 'K S', 'KS', 'K. Smith',
'Smith, K'), each with an optional title before it and an optional possessive after it,
straight or curly apostrophes, any dash, any spacing. Every form of one person maps to
that person's pseudonym (staff to their role); a surname shared by several people maps
to a neutral placeholder, because it cannot say who is meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wordfreq import zipf_frequency

from pipeline.anonymise.context import (
    acronym_in_use,
    calendar_in_use,
    rank_in_use,
    service_in_use,
    shop_in_use,
    time_of_day,
)
from pipeline.anonymise.spans import KEY, Span
from pipeline.anonymise.suspects import first_names
from pipeline.anonymise.wordlists import (
    WORD_NAMES,
    dictionary_word,
    fold,
    is_name,
    name_equivalents,
)

TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Master|Dr|Doctor|(?-i:PC|DC|DS|DI|DCI|PS|Sgt))\.?"
APOSTROPHE = "['’‘`´]"
DASH = "[-‐‑‒–—]"
POSSESSIVE = rf"(?P<poss>{APOSTROPHE}s|s{APOSTROPHE}|{APOSTROPHE}(?!\w))?"
# A possessive typed without its apostrophe ('Kaylas toy'), for forms long enough that an
# added 's' cannot make another word.
BARE_POSSESSIVE = rf"(?P<poss>{APOSTROPHE}s|s{APOSTROPHE}|{APOSTROPHE}(?!\w)|s)?"
# Names that are also everyday English words, for learn.py: a first or last name of one
# of these, seen in a full name, is not learnt to be replaced alone. Matching a key name
# goes by lexicon.WORD_NAMES, the gate's list, which holds these and more: 'frost', 'moss'.
COMMON_WORDS = frozenset("""
will mark rose grace may june april august hope faith joy dawn amber summer bill pat sue
don ray art rob bob frank grant gene holly ivy jade ruby pearl lily daisy violet heather
robin eve sky rich chase hunter carter brown white green black young king wood hill baker
cook long short page bishop mason taylor wells price reed rice bell ball lane hall
""".split())
SHARED_SURNAME = "[family member]"
EVERYDAY_ZIPF = 4.0     # wordfreq: a word this frequent is everyday English, name or not
POLICE_RANKS = frozenset({"PC", "DC", "DS", "DI", "DCI", "DCS", "PS", "DSU"})
# A name after 'a' or 'an' in lower case, before a capitalised word or at a clause's end,
# is a thing, never the person ('a Ford Fiesta', 'drove a Ford.').
_A_THING_BEFORE = re.compile(r"(?<![\w.])an?[\s\u00a0]+$")
_A_THING_AFTER = re.compile(r"[\s\u00a0]+[A-Z]|[\s\u00a0]*(?:[.,;:!?)]|$)")
# A name that is also a word is not a name when it starts a question or a command.
_VERB_AFTER = re.compile(r"[\s\u00a0]+(?:I|we|you|he|she|it|they|the|a|an|this|that|be|"
                         r"have|not)\b")
# 'Ward 12', 'the Bishop of Oxford': an everyday word before these names a place or an
# office, not a person.
_NUMBER_AFTER = re.compile(r"[\s\u00a0]+(?:\d|of[\s\u00a0]+[A-Z\[])")
PLACE_WORDS = re.compile(r"[\s\u00a0]+(?:Surgery|School|Academy|Nursery|Centre|Road|Street|"
                         r"Lane|Avenue|Close|Drive|Court|Walk|Row|Park|Practice|Hospital|"
                         r"House|Way|Green|Estate|Farm|Primary|Medical|Health|Children's)\b")
TITLE_BEFORE = re.compile(rf"(?<![\w])(?:{TITLES})[\s\u00a0]+$", re.IGNORECASE)
# 'rated Amber', 'a rating of Amber', 'Red/Amber', 'an Amber rating': a RAG status,
# not a person.
RAG_COLOURS = frozenset({"red", "amber", "green"})
_RAG_BEFORE = re.compile(r"(?:(?i:rated|rating|rag|status|risk|as|flagged|graded)"
                         r"(?:[\s\u00a0]+(?:of|at))?[\s\u00a0]+|"
                         r"/[\s\u00a0]*)$")
RAG_NOUNS = r"(?i:ratings?|risk|rag|status|flag|scores?|levels?|category|categories|grade)"
_RAG_AFTER = re.compile(rf"(?:[\s\u00a0]*/|[\s\u00a0]+{RAG_NOUNS}\b|"
                        r"[\s\u00a0]*[–-][\s\u00a0]*(?:Red|Amber|Green)\b|"
                        r",?[\s\u00a0]+(?:to|or|then)[\s\u00a0]+(?:Red|Amber|Green)\b)")
# 'a' or 'i' in lower case without a dot is a word, never an initial ('a Green rating'
# is not 'A. Green').
_LOWER_INITIAL = re.compile(r"(?<![^\W\d_])[ai](?![^\W\d_]|\.)")
# 'moved from Amber', 'escalated to Red', 'Green to Amber', 'rated the concern Green': a
# rating given or changing.
_RAG_CHANGE = re.compile(r"(?:\b(?i:(?:rated|graded|flagged)(?:[\s\u00a0]+(?!by\b)[a-z]+)"
                         r"{1,2}|moved|escalated|raised|lowered|changed|downgraded|"
                         r"upgraded|went|back)(?:[\s\u00a0]+(?:up|down|back))?"
                         r"(?:[\s\u00a0]+(?:from|to))?|\b(?:Red|Amber|Green)[\s\u00a0]*"
                         r"(?:[/–-]|,?[\s\u00a0](?:to|or|then)))[\s\u00a0]+$")
# 'the Summer term', 'Easter holidays': a season or festival naming a time of year.
# A police rank before a staff member's name stays: 'DC Devlin' -> 'DC [Detective
# Constable]', so the published text still says a detective constable acted.
_RANK_BEFORE = re.compile(r"(?<![\w])(?:PC|DC|DS|DI|DCI|DCS|DSU|PS|PCSO|Sgt|Insp|Supt)\.?"
                          r"[\s\u00a0]+$")


@dataclass(frozen=True)
class KeyForm:
    """One way of writing one person's name, compiled; `rank` 0 is a form the key gives."""

    pattern: re.Pattern[str]
    replacement: str
    owner: str
    rank: int
    anchor: str = ""    # a lower-case piece every match contains: a fast test to skip it


def _token_regex(token: str) -> str:
    """One written token as a regex tolerant of apostrophe and dash variants."""
    out = []
    for char in token:
        if char in "'’‘`´":
            out.append(f"{APOSTROPHE}?")
        elif char in "-‐‑‒–—":
            out.append(rf"(?:{DASH}|\s)?")
        elif char == ".":
            out.append(r"\.?")
        else:
            out.append(re.escape(char))
    return "".join(out)


def form_regex(form: str) -> str:
    """The regex body of a multi-word form: tokens joined by any run of spaces. An initial
    is a capital in any case of the rest: 'Jordan A.' is not 'Jordan as' or 'Jordan a'."""
    tokens = form.split()
    return r"[\s\u00a0]+".join(f"(?-i:{_token_regex(t)})" if _INITIAL.fullmatch(t)
                                 else _token_regex(t) for t in tokens)


_INITIAL = re.compile(r"[^\W\d_]\.?")


def _is_initials(form: str) -> bool:
    letters = re.sub(rf"[\s.]|{DASH}", "", form)
    return len(letters) <= 4 and letters.isupper() and letters.isalpha()


@lru_cache(maxsize=4096)
def _everyday(form: str) -> bool:
    """A name that is also an everyday word ('Ward', 'Reed', 'Gaunt' of 'looked gaunt',
    'Carol' of 'the carol service'): matched only capitalised. A given name common as a
    name alone ('Tyler': wordfreq counts its uses as a name) is matched in any case."""
    lowered = form.lower()
    return lowered in WORD_NAMES or (" " not in form and (dictionary_word(lowered) or (
        lowered not in first_names() and zipf_frequency(lowered, "en") >= EVERYDAY_ZIPF)))


def _compile(form: str) -> re.Pattern[str]:
    body = form_regex(form)
    if _is_initials(form):
        # Initials only in capitals, and never glued to a digit ('KS2' is Key Stage 2).
        letters = [c for c in form if c.isalpha()]
        body = rf"(?:\.?[\s\u00a0]?|{DASH})".join(re.escape(c) for c in letters) + r"\.?"
        return re.compile(rf"(?<![\w.-]){body}(?![\w-])")
    # The title is looked for before each match (TITLE_BEFORE), not inside the regex: an
    # optional group in front would stop the engine skipping ahead to the name's letters.
    title = ""
    flags = 0 if _everyday(form) or len(form) <= 2 else re.IGNORECASE
    if flags == 0:
        body = f"(?:{body}|{form_regex(form.upper())})"
    possessive = BARE_POSSESSIVE if len(form) >= 4 else POSSESSIVE
    return re.compile(rf"(?<![\w]){title}{body}{possessive}(?![\w])", flags)


def _name_forms(name: str) -> list[str]:
    """Derived forms of one full name: parts, title-free initials and short forms."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    forms: list[str] = []
    if not words:
        return forms
    first, last = words[0], words[-1]
    forms.append(first)
    forms.extend(name_equivalents(name))
    if len(words) > 1:
        forms.append(last)
        for word in words:
            forms.extend(part for part in re.split(DASH, word) if len(part) > 1)
        forms.append(f"{first[0]}. {last}")
        forms.append(f"{first[0]} {last}")
        forms.append(f"{last}, {first[0]}")
        forms.append(f"{first} {last[0]}.")
        forms.append(first[0] + last[0])
        if len(words) > 2:
            forms.append(f"{first} {last}")
            forms.append("".join(w[0] for w in words))
    # A hyphenated given name has initials of its own: 'T-M' and 'TME' for Tia-Mae Ellery.
    parts = [p for p in re.split(DASH, first) if p]
    if len(parts) > 1:
        forms.append("-".join(p[0] for p in parts))
        if len(words) > 1:
            forms.append("".join(p[0] for p in parts) + last[0])
    # Police ranks are never taken for initials ('DS Jones' is a sergeant).
    return [f for f in dict.fromkeys(forms)
            if f and f != name and re.sub(rf"\W|{DASH}", "", f) not in POLICE_RANKS]


@dataclass(frozen=True)
class KeyPerson:
    """A person of the key: every name they go by and what replaces it."""

    name: str
    aliases: tuple[str, ...]
    replacement: str


def build_forms(people: list[KeyPerson]) -> list[KeyForm]:
    """Every form of every person, compiled; longer forms first."""
    given: dict[str, tuple[str, int]] = {}
    derived: dict[str, set[str]] = {}
    for person in people:
        for form in (person.name, *person.aliases):
            given.setdefault(form.lower(), (person.replacement, 0))
        for form in _name_forms(person.name):
            derived.setdefault(form, set()).add(person.replacement)
    forms: dict[str, tuple[str, str, int]] = {}
    originals = {p.name.lower(): p.name for p in people}
    originals.update({a.lower(): a for p in people for a in p.aliases})
    for lowered, (replacement, rank) in given.items():
        forms[lowered] = (originals[lowered], replacement, rank)
    for form, owners in derived.items():
        if form.lower() in forms:
            continue
        replacement = next(iter(owners)) if len(owners) == 1 else SHARED_SURNAME
        forms[form.lower()] = (form, replacement, 1 if len(owners) == 1 else 2)
    compiled = []
    for written, replacement, rank in sorted(forms.values(), key=lambda f: -len(f[0])):
        pieces = re.findall(r"[^\W_]+", written.lower())
        anchor = "" if _is_initials(written) else max(pieces, key=len, default="")
        compiled.append(KeyForm(_compile(written), replacement, written, rank,
                                anchor))
    return compiled


def _absorb_role_before(text: str, start: int, replacement: str) -> int:
    """Where the span starts once the role words written before the name that the
    pseudonym repeats are taken in: 'Health Visitor Jane Brown', 'Child KS'."""
    before = text[max(0, start - 60):start]
    stripped = before.rstrip().lower()
    if len(stripped) == len(before):          # no space before the name: nothing to take
        return start
    for lead, pattern in _leads(replacement):
        if stripped.endswith(lead):
            found = pattern.search(before)
            if found:
                return max(0, start - 60) + found.start()
    return start


@lru_cache(maxsize=256)
def _leads(replacement: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The pseudonym's leading words, longest first, with a regex for each."""
    words = replacement.split()
    leads = []
    for count in range(len(words), 0, -1):
        lead = " ".join(words[:count])
        if lead[0].isalpha():
            body = r"[\s\u00a0]+".join(re.escape(w) for w in lead.split())
            leads.append((lead.lower(), re.compile(rf"(?<![\w]){body}[\s\u00a0]+$",
                                                   re.IGNORECASE)))
    return tuple(leads)


def find_key_names(text: str, forms: list[KeyForm]) -> list[Span]:
    """Every occurrence of a key form, with the possessive carried onto the pseudonym."""
    spans = []
    lowered = text.lower()
    for form in forms:
        # Most forms cannot match: a substring test is far cheaper than the regex scan.
        if form.anchor and form.anchor not in lowered:
            continue
        for match in form.pattern.finditer(text):
            if not _names_the_person(text, match, form):
                continue
            possessive = match.groupdict().get("poss")
            replacement = form.replacement
            if possessive and _closing_quote(match):
                replacement += possessive
            elif possessive:
                replacement += "'" if replacement.endswith("s") else "'s"
            start = match.start()
            title = TITLE_BEFORE.search(text, max(0, start - 12), start)
            if _is_initials(form.owner):
                title = None
            if title and _RANK_BEFORE.search(text, max(0, start - 12), start):
                replacement = f"[{form.replacement}]{replacement[len(form.replacement):]}"
            elif title:
                start = title.start()
            # 'Child KS' -> 'Child X', not 'Child Child X': a word before the name that
            # the pseudonym already starts with is taken into the span.
            start = _absorb_role_before(text, start, form.replacement)
            spans.append(Span(start, match.end(), replacement, "key_name", KEY,
                              rank=form.rank))
    return spans


def _closing_quote(match: re.Match[str]) -> bool:
    """True when the apostrophe after a name closes a quote ("'Frosty' and 'Jordy'"): only
    a name ending in s, x or z takes a bare apostrophe as its possessive ('James'')."""
    name = match.string[match.start():match.start("poss")]
    return re.fullmatch(APOSTROPHE, match["poss"]) is not None and name[-1:].lower() \
        not in ("s", "x", "z")


def _names_the_person(text: str, match: re.Match[str], form: KeyForm) -> bool:
    """False where a key form reads as something else: a month ('in June 2016', '5 June'),
    a RAG status ('rated Amber'), a verb ('May I'), initials inside a sentence written in
    capitals ('DO NOT DISCLOSE') or after a clock time ('6 PM'), a word inside a place's
    name ('Castle Hill Surgery'), a national service ('referred to Brook')."""
    written = match[0]
    if _is_initials(form.owner):
        # The words beside, past a number between ('AFTER 6 PM'): capitals around say
        # the sentence is written in capitals.
        before = re.search(r"([A-Za-z]+)[\s\u00a0]+(?:[\d.:]+[\s\u00a0]*)?$",
                           text[max(0, match.start() - 40):match.start()])
        after = re.match(r"[\s\u00a0]+(?:[\d.:]+[\s\u00a0]+)?([A-Za-z]+)", text[match.end():])
        if written.isalpha() and (acronym_in_use(text, match.start(), match.end())
                                  or rank_in_use(text, match.start(), match.end())):
            return False        # 'a DA notification', 'the GP', 'the PC': the abbreviation
        if time_of_day(text, match.start(), match.end()):
            return False        # 'after 6 PM': the time
        shouted = any(m and len(m[1]) >= 2 and m[1].isupper() for m in (before, after))
        # In a sentence written in capitals a word ('DO NOT') is the word; letters that
        # are no word ('NOT AGREED - KS TOLD') are still the initials.
        return not shouted or not dictionary_word(re.sub(r"\W", "", written).lower())
    if service_in_use(text, match.start(), match.end()) or shop_in_use(
            text, match.start(), match.end()):
        return False            # 'referred to Brook', 'worked at Morrisons': not a person
    if " " not in form.owner and _A_THING_BEFORE.search(text, max(0, match.start() - 4),
                                                        match.start()) \
            and _A_THING_AFTER.match(text, match.end()):
        return False            # 'a Ford Fiesta', 'drove a Ford.': a thing, not the person
    lowered = written.lower()
    if " " not in written and calendar_in_use(text, match.start(), match.end()):
        return False            # 'the end of May', 'a Sunday afternoon', 'Easter holidays'
    if _LOWER_INITIAL.search(written):
        return False
    before = text[max(0, match.start() - 24):match.start()]
    if lowered in RAG_COLOURS and (_RAG_BEFORE.search(before[-12:]) or _RAG_CHANGE.search(
            before) or _RAG_AFTER.match(text, match.end())):
        return False
    if _everyday(written) and _NUMBER_AFTER.match(text, match.end()):
        return False
    if _everyday(written) and _in_fixed_name(text, match, before):
        return False
    if lowered in WORD_NAMES:
        if _VERB_AFTER.match(text, match.end()) and not text[:match.start()].strip(" \t"):
            return False
        if PLACE_WORDS.match(text, match.end()):
            return False
    return True


# 'Fisher-Tree', 'the Green Book': an everyday word joined by a hyphen to, or followed
# by, another capitalised everyday word that is no name.
_FIXED_NEXT = re.compile(rf"(?:{DASH}|[ \u00a0])([A-Z][a-z]{{2,}})(?![\w'’-])")
# Words of a sentence written in title case ('Seen By Green And Cook'), never of a name.
_NOT_A_NOUN = frozenset("""and or but nor the a an of to in on at by for from with was were
is are has had have said says told saw seen also then when who not did does""".split())
_CAPITAL_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*|\])[\s\u00a0]+$")
# A sentence's first word, written with a capital only because it starts the sentence.
_SENTENCE_WORD_BEFORE = re.compile(r"(?:^|[.!?:;•\n][\s\u00a0]*)([A-Z][a-z]+)[\s\u00a0]+$")


def _named_before(before: str) -> bool:
    """True when a capitalised word or a placeholder stands before, other than an
    everyday word starting the sentence ('During Black History Month')."""
    if not _CAPITAL_BEFORE.search(before):
        return False
    first = _SENTENCE_WORD_BEFORE.search(before)
    return not (first and not is_name(fold(first[1]))
                and zipf_frequency(first[1].lower(), "en") >= EVERYDAY_ZIPF)


def _in_fixed_name(text: str, match: re.Match[str], before: str) -> bool:
    """True when an everyday surname of the key is a word of a fixed name, not the
    person: nothing that names a person stands before it (a title, a first name), and
    the capitalised word after it is an everyday word, not a name."""
    after = _FIXED_NEXT.match(text, match.end())
    if not after or match.groupdict().get("poss"):
        return False
    if TITLE_BEFORE.search(before) or _named_before(before):
        return False
    following = after[1].lower()
    return (following not in _NOT_A_NOUN and not is_name(fold(following))
            and zipf_frequency(following, "en") >= EVERYDAY_ZIPF)

