"""What a document teaches the anonymiser about itself before it is anonymised: the
nicknames written beside a key name ("Jason Maddox ('Jase')", "known as 'Spider'"),
and the first and last names of people not in the key once seen in a full name
('Mrs Pam Ellery', then 'Pam told...')."""

from __future__ import annotations

import re

from pipeline.anonymise.context import acronyms
from pipeline.anonymise.keyforms import (
    COMMON_WORDS,
    KeyForm,
    KeyPerson,
    build_forms,
    find_key_names,
)
from pipeline.anonymise.spans import KEY, SUSPECT, Span
from pipeline.anonymise.suspects import NAME_PLACEHOLDER, STOPWORDS, find_suspected_names

_QUOTED = r"['\"‘“]"
_UNQUOTED = r"['\"’”]"
_ALIAS = r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)?"
_CUE = (r"(?:also[\s\u00a0]+)?(?:known(?:[\s\u00a0]+\w+){0,3}[\s\u00a0]+as|aka|a\.k\.a\.|"
        r"nicknamed)")
# Straight after a key name: " ('Jase')", " (Jase)", ", known as 'Jase'", " aka Jase",
# " called 'Jase'". 'Called' names only with the quotes: unquoted after a name it is the
# verb ('Ms Ormerod called NHS 111', 'Mum called Dad').
BESIDE = re.compile(
    rf"[\s\u00a0]*(?:\([\s\u00a0]*(?:(?:{_CUE}|called)[\s\u00a0]+)?{_QUOTED}?"
    rf"(?P<inside>{_ALIAS}){_UNQUOTED}?[\s\u00a0]*\)|,?[\s\u00a0]+(?:{_CUE}[\s\u00a0]+"
    rf"{_QUOTED}?|called[\s\u00a0]+{_QUOTED})(?P<after>{_ALIAS}))")
# 'whom Kelly called Jojo', 'as Kelly called him': the name is who calls, not who is called.
_SUBJECT_OF_A_CLAUSE = re.compile(r"\b(?i:whom|who|as|that)[\s\u00a0]+$")
SURE_NOTES = ("after a title", "after a relation", "after 'called' or 'named'")


def aliases_beside_key_names(text: str, forms: list[KeyForm]) -> list[KeyPerson]:
    """Each nickname written beside a key name, as a person of the key to add."""
    found = []
    for span in find_key_names(text, forms):
        if _SUBJECT_OF_A_CLAUSE.search(text[max(0, span.start - 8):span.start]):
            continue            # 'Jordan, whom Kelly called Jojo': Jordan's, not Kelly's
        match = BESIDE.match(text, span.end)
        alias = (match["inside"] or match["after"]) if match else ""
        if alias and _nickname(alias) and alias not in STOPWORDS:
            replacement = re.sub(r"['’]s?$", "", span.replacement)
            found.append(KeyPerson(alias, (), replacement))
    return found


def _nickname(word: str) -> bool:
    """A capitalised word that may be a nickname: an abbreviation of the field ('NHS',
    'MASH') is none, however placed."""
    return word[:1].isupper() and word not in acronyms()


def names_in_full_names(text: str, allowed: frozenset[str], key_tokens: dict[str, str],
                        public: list[tuple[int, int]] = ()) -> set[str]:
    """Words of names not in the key that the text shows are names: after a title or a
    relation, or after 'called' ('Mrs Pam Ellery' gives Pam and Ellery). Not inside a
    public name (`public`: 'Sudden Infant Death Syndrome' is no infant called Death)."""
    words = set()
    for span in find_suspected_names(text, allowed, key_tokens):
        if span.note not in SURE_NOTES or any(a <= span.start and span.end <= b
                                              for a, b in public):
            continue
        words |= {w for w in re.findall(r"[^\W\d_][^\W\d_'’-]+", text[span.start:span.end])
                  if w[:1].isupper() and w not in STOPWORDS and w not in allowed
                  and w.lower() not in COMMON_WORDS and w.lower() not in key_tokens}
    return words


def learned_forms(people: list[KeyPerson]) -> list[KeyForm]:
    """The nicknames' forms (each only as written, with its possessive)."""
    return [f for f in build_forms(people) if f.owner in {p.name for p in people}]


def learned_spans(text: str, names: frozenset[str], aliases: list[KeyForm]) -> list[Span]:
    """A learned name wherever it stands capitalised; a nickname's brackets beside the key
    name go with it ('Father', not "Father ('Father')")."""
    spans = []
    if names:
        pattern = re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, sorted(names)))})"
                             rf"(?:['’]s)?(?![\w'’-])")
        spans += [Span(m.start(), m.end(), NAME_PLACEHOLDER, "suspected_name", SUSPECT,
                       rank=1, suspected=True, note="seen in a full name elsewhere")
                  for m in pattern.finditer(text)]
    for span in find_key_names(text, aliases):
        spans.append(span)
    return spans


def bracketed_aliases(text: str, key_spans: list[Span]) -> list[Span]:
    """The bracket with a nickname straight after a key name, removed."""
    spans = []
    for span in key_spans:
        match = BESIDE.match(text, span.end)
        if match and match["inside"] and _nickname(match["inside"]):
            spans.append(Span(span.end, match.end(), "", "key_name", KEY, rank=0))
    return spans
