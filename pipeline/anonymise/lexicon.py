"""What the publication gate allows and denies for one case, built from sources other than
the anonymiser's: the shipped knowledge of English, names and public life (wordlists.py),
the case's agencies as published, board, roles and pseudonyms; and the case key's names,
initials, birth dates and postcodes, which it denies in every spelling."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.anonymise.wordlists import (
    DAYS,
    GENERIC_PLACE_WORDS,
    MONTHS,
    ORDINARY_INSIDE,
    POLICE_RANKS,
    TITLES,
    countries,
    dictionary_word,
    fold,
    name_equivalents,
    shipped_terms,
    uk_places,
    zipf,
)
from pipeline.case import Agency, Case

# Titles a person of the key may be written with ('Lord Laming', 'Sir Keir Starmer'):
# no part of a name. 'Prince' and 'King' may be ('Prince Okafor', 'Charles King').
_HONORIFICS = frozenset(fold(t) for t in TITLES)


def names_the_key(phrase: str, people: tuple[frozenset[str], ...]) -> bool:
    """True when a public phrase of several words may be a person of the key (`people`:
    each person's folded names), whose name then wins: two of its names are one person's
    ('Molly Russell' with a mother so called), or all of them are ('Lord Laming' with a
    Mr Laming). Names of two people are no one ('Lance Corporal' with a Ms Lance and a
    'Corporal Haigh'), and one name of the key inside it is the phrase's ('Victoria
    Climbié' with a Victoria in the case, 'Prince Harry' with a Harry)."""
    names = set(_names_in(phrase))
    for person in people:
        shared = len(names & person)
        if shared >= 2 or (shared and shared == len(names)):
            return True
    return False


def holds_an_address_word(phrase: str, towns: frozenset[str]) -> bool:
    """True when a public phrase holds a word of the towns of the key's addresses (`towns`,
    `address_towns`): 'HMP Styal', 'Holyhead ferry port' or 'Leicester Royal Infirmary'
    for a family living there places the family, so the phrase is no allowance and its
    words are judged alone, as a large place's are (text._large_places)."""
    return bool(towns) and any(fold(w) in towns for w in re.findall(r"[^\W\d_]+", phrase))


def names_of_people(people: list[list[str]]) -> tuple[frozenset[str], ...]:
    """Each person's names and aliases as one set of folded words ('molly', 'russell')."""
    return tuple(frozenset(w for n in names for w in (fold(w) for w in
                                                      re.findall(r"[^\W\d_]+", n))
                           if len(w) >= 2) for names in people)


@lru_cache(maxsize=50_000)
def _names_in(phrase: str) -> tuple[str, ...]:
    """The folded words of a phrase of several words less its honorifics; none for a
    phrase of one word (the gate judges a key name in one wherever it stands)."""
    if not re.search(r"\s", phrase.strip()):
        return ()
    return tuple(w for w in (fold(w) for w in re.findall(r"[^\W\d_]+", phrase))
                 if len(w) >= 2 and w not in _HONORIFICS)


def without_title(name: str) -> str:
    """`name` without the titles before it ('Ms Smith' -> 'Smith', 'Dr. A Khan' -> 'A
    Khan'); a name that is a title alone stays as it is."""
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".") in TITLES:
        words.pop(0)
    return " ".join(words)

def initials_of(name: str) -> set[str]:
    """Initials a name may be written as: first and last ('MQ'), every word ('MRQ'),
    hyphenated parts counted ('Maisie-Rae' gives M and R)."""
    words = [w for w in re.split(r"\s+", name) if w]
    parts = [p for w in words for p in re.split(r"[-‐‑–—]", w) if p]
    found = set()
    if len(words) >= 2:
        found.add((words[0][0] + words[-1][0]).upper())
    if len(parts) >= 2:
        found.add("".join(p[0] for p in parts).upper())
        found.add("".join(p[0] for p in parts[:-1]).upper())    # 'M-R' for Maisie-Rae
    return {i for i in found if len(i) >= 2}


def _own_words(name: str) -> list[str]:
    """The words of an agency's name that are not its kind ('Oakfield' of 'Oakfield
    Primary School')."""
    return [w for w in re.findall(r"[^\W\d_][\w'’-]*", name)
            if w.lower() not in GENERIC_PLACE_WORDS]


def locating_names(agency: Agency) -> tuple[str, ...]:
    """The names that say where an agency is: its name, each alias with a word of its
    own ('Oakfield', not 'School'), and its name without its kind ('Castle Hill' of
    'Castle Hill Surgery') unless that is one ordinary word ('Park')."""
    names = [agency.name] + [a for a in agency.aliases if _own_words(a)]
    own = _own_words(agency.name)
    if own and own != agency.name.split() and (
            len(own) > 1 or zipf(own[0].lower()) < ORDINARY_INSIDE):
        names.append(" ".join(own))
    return tuple(dict.fromkeys(names))


def surnames(names: list[str]) -> frozenset[str]:
    """The folded words after the first of each name ('black' of 'Karen Black', 'mae'
    is not one of 'Poppy-Mae Gorringe'), less any that is a first name in the key."""
    given = {fold(p) for n in names for w in n.split()[:1] for p in re.split(r"[-‐‑]", w)}
    later = {fold(p) for n in names for w in n.split()[1:] for p in re.split(r"[-‐‑]", w)}
    return frozenset(w for w in later - given if len(w) >= 2)


# An address's words this common in English ('Flat', 'Road', 'House') locate no one.
_ADDRESS_WORD_BELOW = 4.5
# ...but a town of the key's addresses is the family's whatever English makes of it
# ('Boston' of 'Boston PE21 8XQ'), unless it is one of the places too large to locate
# anyone ('London', uk_places.txt) or a word of every sentence ('The' of 'The Willows').
_TOWN_WORD_BELOW = 6.0
_POSTCODE = re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b")


def address_words(case: Case) -> frozenset[str]:
    """The folded words of the key's addresses that could locate the family ('sorrel',
    'mews', 'castlemere', 'boston'), not numbers, postcodes, everyday words ('flat',
    'road') or countries ('lithuania')."""
    words = {fold(w) for p in case.people
             for w in re.findall(r"[^\W\d_]{3,}", _POSTCODE.sub(" ", p.address))}
    towns = {fold(w) for p in case.people for part in _POSTCODE.sub(" ", p.address).split(",")
             if part.strip() and not re.search(r"\d", part)
             and not uk_places().fullmatch(part.strip()) and fold(part.strip()) not in
             countries() and fold(part.split()[-1]) not in _STREET_ENDS
             for w in re.findall(r"[^\W\d_]{3,}", part)
             if zipf(fold(w)) < _TOWN_WORD_BELOW and not dictionary_word(w.lower())
             and not uk_places().fullmatch(w)}
    return frozenset(w for w in words if (zipf(w) < _ADDRESS_WORD_BELOW or w in towns)
                     and w not in countries())


# The last words of an address's street or house ('Labrador Close', 'Rose Cottage').
_STREET_ENDS = frozenset("""road street avenue close lane drive way crescent court gardens
place terrace grove walk rise row square mews parade green park estate heights vale croft
meadow meadows hill wharf yard cottage cottages farm house lodge barn mill flats""".split())


def address_towns(case: Case) -> frozenset[str]:
    """The words of `address_words` that name the town, village or district of an address
    ('styal' of '4 Mill Lane, Styal'): a part with no number that is no street, house,
    country or city abroad ('Hong Kong'), and no English word ('Traveller' of 'Hollin Gate
    Traveller Site', judged as a word by the gate wherever it stands). A street's word
    inside a public phrase is the phrase's ('Labrador Retriever' beside '9 Labrador
    Close'); a town's places the family ('HMP Styal')."""
    parts = [part.split() for p in case.people for part in p.address.split(",")
             if part.strip() and not re.search(r"\d", part)
             and fold(part.strip()) not in countries()]
    words = {fold(w) for part in parts if fold(part[-1]) not in _STREET_ENDS
             for w in re.findall(r"[^\W\d_]{3,}", " ".join(part))
             if not dictionary_word(w.lower())}
    return address_words(case) & frozenset(words)


def _key_names(case: Case) -> list[list[str]]:
    """Each of the key's people's and staff's names and aliases, and the forms their first
    names go by. An alias such as 'Ms Smith' names the person by 'Smith': its title is no
    key word (else every 'Ms' in a document is the key's) and gives no initials ('MS')."""
    people = [[*(without_title(n) for n in (p.name, *p.aliases)), *name_equivalents(p.name)]
              for p in case.people]
    return people + [[without_title(s.name), *name_equivalents(s.name)] for s in case.staff]


@dataclass(frozen=True)
class Lexicon:
    """One case's allow-list and key, for the publication gate."""

    allowed_phrases: tuple[str, ...]    # longest first
    denied_phrases: tuple[str, ...]     # agencies' real names that locate the family
    denied_words: frozenset[str]        # ...their own ordinary words, denied capitalised
    key_words: frozenset[str]           # folded words of key names and aliases
    key_initials: frozenset[str]
    births: frozenset[dt.date]
    key_postcodes: frozenset[str]       # upper case, no spaces, and their halves
    period_from: dt.date
    key_surnames: frozenset[str] = frozenset()  # folded, never a key given name too
    key_places: frozenset[str] = frozenset()    # folded words of the key's addresses
    defined: frozenset[str] = frozenset()       # abbreviations a document defines
    board_words: frozenset[str] = frozenset()   # folded words of the board's name
    pseudonyms: tuple[str, ...] = ()            # 'Child R', 'Parent 2': not 'Mother'

    @classmethod
    def for_case(cls, case: Case) -> Lexicon:
        by_person = _key_names(case)
        key_names = [n for names in by_person for n in names]
        key_words = {fold(w) for n in key_names
                     for w in re.findall(r"[^\W\d_]+(?:[-‐‑'’][^\W\d_]+)*|[^\W\d_]+", n)
                     + re.findall(r"[^\W\d_]+", n) if len(w) >= 2}
        # A public name that may be a person of the key is not allowed: the key wins.
        people = names_of_people(by_person)
        places = address_words(case)
        towns = address_towns(case)
        shipped = [t for t in shipped_terms() if not names_the_key(t, people)
                   and not holds_an_address_word(t, towns)]
        allowed = [*shipped, *MONTHS, *DAYS, case.board, case.review, case.subject,
                   case.reference]
        denied = []
        for agency in case.agencies:
            if not agency.locates:
                # An agency named after the family's own town or street is no allowance
                # for that word: 'Glanmorlais' of 'Glanmorlais Youth Club' is judged alone.
                allowed.extend(n for n in agency.names
                               if not {fold(w) for w in re.findall(r"[^\W\d_]+", n)} & places)
                continue
            allowed.append(agency.published)
            denied.extend(locating_names(agency))
            allowed.extend(a for a in agency.aliases if a not in locating_names(agency))
        for person in case.people:
            allowed += [person.pseudonym, person.role]
        for member in case.staff:
            allowed += [member.role, member.code]
        allowed += [m.role for m in case.panel] + [m.agency for m in case.panel]
        initials = {i for n in key_names for i in initials_of(n)}
        initials |= {a for n in key_names for a in n.split() if a.isupper() and len(a) <= 4}
        # A rank's letters are someone's initials only where the key gives them so.
        given_ranks = {a for p in case.people for a in p.aliases if a in POLICE_RANKS}
        postcodes = set()
        for person in case.people:
            for code in re.findall(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b",
                                   person.address.upper()):
                code = code.replace(" ", "")
                postcodes |= {code, code[:-3], code[-3:]}
        phrases = {p.strip() for p in allowed if p and p.strip()}
        # An agency that locates the family is never allowed by another phrase, nor is an
        # abbreviation that is also the key's initials ('DA'): there it is the initials,
        # unless it stands as a word (`acronym_in_use`).
        phrases -= set(denied) | initials
        return cls(tuple(sorted(phrases, key=len, reverse=True)),
                   tuple(sorted(set(denied), key=len, reverse=True)),
                   frozenset(own[0] for a in case.agencies if a.locates
                             for own in [_own_words(a.name)]
                             if len(own) == 1 and zipf(own[0].lower()) >= ORDINARY_INSIDE),
                   frozenset(key_words), frozenset(initials - (POLICE_RANKS - given_ranks)),
                   frozenset(p.born for p in case.people if p.born),
                   frozenset(postcodes), case.period_from, surnames(key_names),
                   address_words(case), board_words=frozenset(
                       fold(w) for w in re.findall(r"[^\W\d_]+", case.board)),
                   pseudonyms=tuple(p.pseudonym for p in case.people
                                    if len(p.pseudonym.split()) > 1))
