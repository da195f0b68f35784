"""The publication gate's finders of words: the key's names in any spelling (fuzzy,
phonetic, without accents, in capitals, as a plural), short capitals as initials
(gateinitials.py decides), nicknames in quotes, and every capitalised or unknown word
nothing explains where it stands."""

from __future__ import annotations

import re
from functools import lru_cache

import jellyfish
from rapidfuzz import fuzz, process

from pipeline.anonymise.context import (
    calendar_in_use,
    city_in_use,
    service_in_use,
    shop_in_use,
)
from pipeline.anonymise.gateinitials import STAFF_BEFORE, initials_suspect, shouting
from pipeline.anonymise.gatespan import (
    KEY_WHY,
    GateSpan,
    at_start,
    covered,
    word_before,
)
from pipeline.anonymise.kinship import kin_word_in_use
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import (
    POLICE_RANKS,
    TITLES,
    WORD_NAMES,
    dictionary_word,
    fixed_phrases_in,
    fold,
    home_words,
    is_name,
    is_ordinary,
    is_ordinary_in_capitals,
    name_lists,
    shipped_terms,
    uk_places,
    zipf,
)

ALIAS_CUE = re.compile(r"(?:known(?:\s+\w+){0,3}\s+as|a\.?k\.?a\.?|called(?:\s+(?:her|him))?|"
                       r"nicknamed|nickname|goes\s+by|went\s+by|named)[\s\u00a0]*[:,]?"
                       r"[\s\u00a0]*['\"‘“]?$", re.IGNORECASE)
# "Mai, as the family called her": the word before is what someone was called.
CALLED_AFTER = re.compile(r",?[\s\u00a0]+as[\s\u00a0]+(?:[\w'’]+[\s\u00a0]+){0,3}(?:called|"
                          r"calls|knew|knows|call)[\s\u00a0]+(?:her|him|them)\b", re.IGNORECASE)
QUOTED_AFTER_NAME = re.compile(r"^[\s\u00a0]*[(,]?[\s\u00a0]*['\"‘“]$")
# A word straight after one of these names a person or a pet, whatever else it means
# ('maternal aunt Precious', 'the dog Tyson').
RELATION_BEFORE = re.compile(
    r"\b(?i:aunt|auntie|aunty|uncle|cousin|nan|nana|nanny|nanna|gran|granny|grandma|"
    r"grandad|granddad|grandpa|grandmother|grandfather|brother|sister|niece|nephew|son|"
    r"daughter|friend|neighbour|boyfriend|girlfriend|partner|husband|wife|fiancée?|lodger|"
    r"landlord|landlady|babysitter|childminder|step-?(?:father|mother|dad|mum)|godmother|"
    r"godfather|dog|puppy|cat|kitten|pet|rabbit|hamster|pony|horse|parrot|snake|staffie|"
    r"staffy|terrier|bulldog|husky|lurcher|collie|spaniel)"
    r",?[\s\u00a0]+$")
SPEECH_AFTER = re.compile(r"[\s\u00a0]+(?:said|says|told|tells|reported|stated|explained|"
                          r"disclosed|denied|admitted|agreed|asked|alleged|claimed|rang|"
                          r"phoned|called|visited|attended|arrived|refused)\b")
RAG = frozenset({"red", "amber", "green"})
# A capitalised word before one of these names a condition, sign or test after a person
# long dead ("Crohn's disease", 'Ehlers-Danlos syndrome', 'Mongolian spots').
CONDITION_AFTER = re.compile(r"(?:['’]s?)?[\s\u00a0]+(?:disease|syndrome|disorder|palsy|"
                             r"sarcoma|lymphoma|tumou?r|anomaly|sign|phenomenon|reflex|"
                             r"fracture|ulcer|spots?|criteria|procedure|manoeuvre|virus|"
                             r"infection|vaccine)\b")
OFFICE_AFTER = re.compile(r"[\s\u00a0]+(?:\d|of[\s\u00a0]+[A-Z\[])")
RAG_CONTEXT = re.compile(r"(?:\b(?:rated|graded|flagged)(?:[\s\u00a0]+(?!by\b)[a-z]+){1,2}|"
                         r"(?i:rated|rating|rag|status|risk|as|flagged|graded)"
                         r"(?:[\s\u00a0]+(?:of|at))?|(?i:moved|"
                         r"escalated|raised|lowered|changed|downgraded|upgraded|went|back)"
                         r"(?:[\s\u00a0]+(?:up|down|back))?(?:[\s\u00a0]+(?:from|to))?)"
                         r"[\s\u00a0]+$")
RAG_AFTER = re.compile(r"(?:[\s\u00a0]*/|[\s\u00a0]+(?i:ratings?|risk|rag|status|flag|scores?|"
                       r"levels?|category|categories|grade)\b)")
# 'from Amber to Red', 'Red or Amber', 'Amber-Red': a colour beside another is a rating.
_OTHER_COLOUR = r"(?:Red|Amber|Green|RED|AMBER|GREEN)"
_JOIN = r"(?:[\s\u00a0]*[/–-][\s\u00a0]*|,?[\s\u00a0]+(?:to|or|then)[\s\u00a0]+)"
# 'the Summer term', 'Easter holidays': a season or festival naming a time of year.
RAG_NEXT = re.compile(rf"{_JOIN}{_OTHER_COLOUR}\b")
RAG_PREVIOUS = re.compile(rf"\b{_OTHER_COLOUR}{_JOIN}$")
_CAPITAL_AFTER = re.compile(r"[\s\u00a0]+[A-Z][a-z]")
# A word this common with a possessive is a place or an institution ('England's'), not
# a nickname.
POSSESSIVE_ORDINARY = 4.0
# A placeholder standing for a person ('[name]', '[family member]', '[Detective
# Constable]'); those of a place, date, number or contact say nothing of the words beside
# them ('[place] Primary School').
_PLACEHOLDER = (r"\[(?!(?:date|number|phone|email|link|postcode|place|street|address|handle|"
                r"vehicle)\b)[^\[\]\n]{1,40}\]")
_PLACEHOLDER_AFTER = re.compile(rf"[ \u00a0]{_PLACEHOLDER}")
_PLACEHOLDER_BEFORE = re.compile(rf"{_PLACEHOLDER}[ \u00a0]$")


def beside_placeholder(text: str, start: int, end: int) -> bool:
    """True when a word stands straight before or after a name's placeholder: 'Greg
    [name]', '[name] Junior' are the rest of a name the anonymiser did not know."""
    return bool(_PLACEHOLDER_AFTER.match(text, end)
                or _PLACEHOLDER_BEFORE.search(text[max(0, start - 44):start]))


@lru_cache(maxsize=64)
def phonetic(lexicon: Lexicon) -> dict[str, str]:
    return {jellyfish.metaphone(w): w for w in lexicon.key_words if len(w) >= 4}


def rag_colour(word: str, text: str, start: int, end: int) -> bool:
    """'rated Amber', 'Red/Amber', 'Amber rating': a RAG status, not a person."""
    if word.lower() not in RAG:
        return False
    if RAG_AFTER.match(text, end) or RAG_NEXT.match(text, end):
        return True
    if _CAPITAL_AFTER.match(text, end):
        return False            # 'such as Amber Coast Recruitment': a name's first word
    before = text[max(0, start - 24):start]
    return bool(RAG_CONTEXT.search(before) or RAG_PREVIOUS.search(before))


def _key_parts(word: str) -> tuple[str, list[str]]:
    folded = re.sub(r"['’]s$", "", fold(word))
    return folded, [p for p in re.split(r"[-‐‑'’]", folded) if len(p) >= 2]


def _everyday(word: str) -> bool:
    """True when a key name is an everyday word too ('hope', 'bell', 'ward'), not only a
    name that English text happens to hold often ('tyler', 'tia', 'mae')."""
    parts = [p for p in re.split(r"[-‐‑'’]", word) if p]
    if len(parts) > 1:
        return all(_everyday(p) for p in parts)
    if word in WORD_NAMES:
        return True
    if word in name_lists():
        return False
    frequency = zipf(word)
    return frequency >= 4.0 or (frequency >= 3.0 and not is_name(word)) or (
        dictionary_word(word) and not is_name(word))


def key_match(word: str, text: str, start: int, end: int, lexicon: Lexicon) -> str | None:
    """Why `word` is a key name in some spelling, or None."""
    folded, parts = _key_parts(word)
    capitalised = word[:1].isupper()
    plural = [folded[:-1]] if capitalised and folded.endswith("s") and len(folded) > 4 else []
    for part in [folded, *parts, *plural]:
        if part not in lexicon.key_words:
            continue
        if not capitalised and dictionary_word(part):
            return None             # 'a foster placement' with a Mr Foster: the word
        if _everyday(part):         # also an ordinary word: only where it names the person
            if not capitalised or calendar_in_use(text, start, end):
                return None
            if word.isupper() and len(word) <= 4:
                return None
        return KEY_WHY
    if not capitalised or len(folded) < 4 or is_ordinary(word, at_start=False) or \
            calendar_in_use(text, start, end):
        return None             # nor a festival spelt like a key name ('over Newroz')
    best = process.extractOne(folded, lexicon.key_words, scorer=fuzz.ratio, score_cutoff=84)
    if best and len(best[0]) >= 4:
        return "spelt like a name in the case key"
    if len(folded) >= 5 and jellyfish.metaphone(folded) in phonetic(lexicon):
        return "sounds like a name in the case key"
    return None


ADDRESS_WORD = "a word of the key's addresses"
# The reason that is no evidence of a name, only that English does not know the word.
NOT_ENGLISH = "not an English word"
# A capitalised word after 'a' or 'an' in lower case, before another or at a clause's end,
# is a thing ('a Ford Fiesta'), not the key's person (still a suspect if nothing explains
# it).
A_THING_BEFORE = re.compile(r"(?<![\w.])an?[ \u00a0]+$")
A_THING_AFTER = re.compile(r"[ \u00a0]+[A-Z]|[ \u00a0]*(?:[.,;:!?)]|$)")
# After these a word that is on a list of names names a person, whatever else it is.
PERSONAL_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})
# The capitalised word after a key surname in a fixed name ('Black History Month').
_FIXED_AFTER = re.compile(r"[ \u00a0]([A-Z][a-z]{2,})(?![\w'’-])")
_FUNCTION_WORDS = frozenset("""and or but nor the a an of to in on at by for from with was
were is are has had have said says told saw seen also then when who not did does will
would could should may might must can""".split())
_NAMED_BEFORE = re.compile(r"([A-Z][\w'’.-]*|\])[\s\u00a0]+$")


def in_a_fixed_name(word: str, text: str, start: int, end: int, surnames: frozenset[str]
                    ) -> bool:
    """True when a surname that is an everyday word ('Black', 'Green') begins a fixed
    name ('Black History Month', 'the Green Book'): the capitalised word after it is an
    everyday word on no list of names and no verb, and nothing before it names a person
    (a title, a rank, a first name, a placeholder; a sentence's ordinary first word may)."""
    folded = fold(word)
    if folded not in surnames or word.isupper() or not _everyday(folded):
        return False
    if re.search(r"['’]s?$", word) or re.match(r"['’]", text[end:end + 1]):
        return False            # "the Gannet's Rest": a name or a place, not 'Black History'
    after = _FIXED_AFTER.match(text, end)
    if not after or SPEECH_AFTER.match(text, end):
        return False
    before = _NAMED_BEFORE.search(text[max(0, start - 44):start])
    if before and not (before[1] not in TITLES and at_start(text, start - len(before[0]))
                       and is_ordinary(before[1], at_start=True)):
        return False
    following = after[1].lower()
    return (following not in _FUNCTION_WORDS and following not in WORD_NAMES
            and not following.endswith("ed") and not is_name(fold(following))
            and zipf(following) >= 4.0)


def _glued_to_digit(text: str, start: int, end: int) -> bool:
    """'HV2', 'KS2', '9.3kg', 'ASQ-3', 'GAD-7': a code, not a name or initials."""
    return bool(re.search(r"\d-?$", text[max(0, start - 2):start])
                or re.match(r"-?\d", text[end:end + 2]))


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    return frozenset(shipped_terms())


def _vocabulary_compound(word: str) -> bool:
    """'MARAC-style', 'CAMHS-led', 'Ofsted-registered': a term of the vocabulary joined by
    a hyphen to an everyday word in lower case."""
    head, dash, tail = word.rpartition("-")
    return bool(dash) and tail.islower() and dictionary_word(tail) and head in _vocabulary()


def word_suspects(text: str, words: list[re.Match[str]], lexicon: Lexicon,
                  allowed: list[tuple[int, int]], multiword: list[tuple[int, int]],
                  seen_names: frozenset[str]) -> list[GateSpan]:
    """Key names in any spelling, and capitalised or unknown words nothing explains."""
    found: list[GateSpan] = []
    fixed = fixed_phrases_in(text, lexicon.key_words)
    # Surnames, of the key or seen in the document, that may begin a fixed name.
    surnames = lexicon.key_surnames | (seen_names - lexicon.key_words)
    for index, match in enumerate(words):
        word, start, end = match[0], match.start(), match.end()
        if rag_colour(word, text, start, end) or covered(fixed, start, end) or (
                _everyday(fold(word)) and OFFICE_AFTER.match(text, end)) or \
                service_in_use(text, start, end) or shop_in_use(text, start, end) or \
                in_a_fixed_name(word, text, start, end, surnames):
            continue            # 'rated Amber', 'Robin Hood', 'Ward 12', 'referred to
            #                     Brook', 'Black History Month': no one
        if not covered(multiword, start, end) and not (A_THING_BEFORE.search(
                text, max(0, start - 4), start) and A_THING_AFTER.match(text, end)):
            why = key_match(word, text, start, end, lexicon)
            if why and (why == KEY_WHY or not covered(allowed, start, end)):
                found.append(GateSpan(start, end, "key_name", why, from_key=why == KEY_WHY))
                continue
        bare = re.sub(r"['’]s$", "", word)
        if word[:1].isupper() and fold(bare) in lexicon.key_places and not \
                dictionary_word(bare.lower()) and not covered(multiword, start, end):
            found.append(GateSpan(start, end, "place", ADDRESS_WORD, from_key=True))
            continue            # 'the Labrador estate' of '9 Labrador Close', whatever
            #                     a list of breeds allows (not 'Gate', not 'Traveller')
        if bare in TITLES and _CAPITAL_AFTER.match(text, end):
            continue            # 'Qeshi Tewolde', 'Thầy Quảng': a title, before a name
        if word_before(text, start) in PERSONAL_TITLES and word[:1].isupper() and \
                bare not in TITLES and not covered(multiword, start, end):
            found.append(GateSpan(start, end, "name", "after a title"))
            continue            # 'Mr French', 'Mrs Christmas': a surname, whatever a list
            #                     allows the word for ('French' a language, 'Christmas')
        if covered(allowed, start, end) or _glued_to_digit(text, start, end) or \
                _vocabulary_compound(bare) or city_in_use(text, start, end) or \
                calendar_in_use(text, start, end) or kin_word_in_use(text, start, end):
            continue            # explained, a code ('HV2', 'KS2'), 'MARAC-style',
            #                     'flew to Amritsar', 'over Newroz' or 'his Nani'
        if word[:1].isupper() and fold(bare) in seen_names:
            found.append(GateSpan(start, end, "place", "a town the documents place the family "
                                  "in") if uk_places().fullmatch(bare) else
                         GateSpan(start, end, "name", "a name seen elsewhere in the document"))
            continue
        if word[:1].isupper() and CONDITION_AFTER.match(text, end):
            continue            # "Crohn's disease", 'Ehlers-Danlos syndrome': an eponym
        kind = _unexplained(bare, text, start, words, index, lexicon) or \
            _everyday_place(text, words, index, allowed)
        if kind:
            found.append(GateSpan(start, end, *kind))
    return found


def _unexplained(word: str, text: str, start: int, words: list[re.Match[str]], index: int,
                 lexicon: Lexicon) -> tuple[str, str] | None:
    """(kind, why) when nothing explains `word` where it stands, else None."""
    before = text[max(0, start - 40):start]
    if not word[:1].isupper():
        if len(word) >= 3 and zipf(word) == 0 and fold(word) not in home_words():
            return "not_english", NOT_ENGLISH     # not 'clarty', 'medaase'
        if RELATION_BEFORE.search(before) and is_name(fold(word)) and not \
                is_ordinary(word.capitalize(), at_start=True) and not dictionary_word(word):
            return "name", "a given name after a relation word"    # not 'her husband rang'
        return None
    initials = initials_suspect(word, text, start, words, index, lexicon)
    if initials is not None:
        return initials or None
    if word_before(text, start) in TITLES and word not in POLICE_RANKS:
        return "name", "after a title"
    if word.isupper() and shouting(words, index) and is_ordinary_in_capitals(word):
        return None             # a sentence in capitals: no cue beside it says 'name'
        #                         ('NOT TO BE COLLECTED BY [name]', 'NOT NAMED ON THE PLAN')
    if beside_placeholder(text, start, start + len(word)) and word not in TITLES | \
            STAFF_BEFORE and not (at_start(text, start) and is_ordinary(word, at_start=True)):
        return "name", "a capitalised word beside a name's placeholder"
    if ALIAS_CUE.search(text[:start]) or CALLED_AFTER.match(text, start + len(word)):
        return "alias", "after 'known as' or 'called'"
    if RELATION_BEFORE.search(before) and word not in TITLES:
        return "name", "after a relation word"
    first = at_start(text, start)
    if not first and re.match(r"['’]s\b", text[start + len(word):]) and zipf(
            word.lower()) < POSSESSIVE_ORDINARY:
        return "name", "a capitalised word with a possessive: a name or a place"
    if word.isupper() and shouting(words, index):
        return None if is_ordinary_in_capitals(word) or word in lexicon.defined else (
            "name", "not an ordinary word")
    # 'Parents said' is many people; 'Homs told the school' is one ('Homs' is no plural).
    plural = word.endswith("s") and dictionary_word(word.lower())   # the forms dictionary
    if first and SPEECH_AFTER.match(text, start + len(word)) and not plural \
            and not is_ordinary(word, at_start=False):
        return "name", "a capitalised word before 'said' or the like"
    if is_ordinary(word, at_start=first):
        return None
    return "name", "a capitalised word no list explains"


# Words before a place's name ('a flat in Four Oaks', 'stayed at Ty Draw').
_LOCATIVE = frozenset({"in", "at", "near", "around", "outside", "towards", "into"})
_TITLE_CASE = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*")
# Numbers in words, which end a school year or a key stage ('in Key Stage Two').
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve
    thirteen first second third fourth fifth sixth seventh eighth ninth tenth""".split())


def _everyday_place(text: str, words: list[re.Match[str]], index: int,
                    allowed: list[tuple[int, int]]) -> tuple[str, str] | None:
    """('place', why) for a word of a run of two or more capitalised everyday words right
    after 'in', 'at' or 'near' that no list explains, none of its words: a district, a
    farm or a house named in ordinary words. Each word alone passes as English."""
    first = last = index
    while first > 0 and _run_joins(text, words[first - 1], words[first]):
        first -= 1
    while last + 1 < len(words) and _run_joins(text, words[last], words[last + 1]):
        last += 1
    run = words[first:last + 1]
    if len(run) < 2 or first == 0 or words[first - 1][0] not in _LOCATIVE or \
            text[words[first - 1].end():run[0].start()] not in (" ", "\u00a0") or (
            first > 1 and _TITLE_CASE.fullmatch(words[first - 2][0])):
        return None             # not inside a title ('Bruising in Non-Mobile Infants')
    if run[-1][0].lower() in _NUMBER_WORDS or re.match(r"[ \u00a0]*\d", text[run[-1].end():]):
        return None             # 'in Year Six', 'in Meeting Room 2': numbered, no place
    for word in run:
        if covered(allowed, word.start(), word.end()) or word[0] in TITLES or \
                calendar_in_use(text, word.start(), word.end()):
            return None
    return "place", "capitalised everyday words after 'in', 'at' or 'near': a place's name"


def _run_joins(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    """Whether two words stand side by side in one run of capitalised words."""
    return bool(_TITLE_CASE.fullmatch(before[0]) and _TITLE_CASE.fullmatch(after[0])) and \
        text[before.end():after.start()] in (" ", "\u00a0")


def aliases(text: str, found: list[GateSpan], allowed: list[tuple[int, int]]
            ) -> list[GateSpan]:
    """A quoted word straight after a suspect name ("Callum ('Tank')"), a single
    capitalised word in quotes or brackets inside a sentence ("and 'Bear' to his
    friends", "Olek (Smiler) Nowak"): that is how nicknames are written; a kin word alone
    ("pressed 'Dadi'") is the relative."""
    spans = []
    for match in re.finditer(r"(?<!\w)['\"‘“(]([^\W\d_][^'\"’”()\n]{0,30})['\"’”)](?!\w)",
                             text):
        word = match[1]
        bracket = match[0][0] == "("
        beside = any(0 <= match.start() - s.end <= 3 and QUOTED_AFTER_NAME.search(
            text[s.end:match.start() + 1]) for s in found
            if s.kind in ("name", "key_name", "alias"))
        nickname = (re.fullmatch(r"[^\W\d_][\w'’-]*", word) and word[:1].isupper()
                    and not at_start(text, match.start()) and zipf(word.lower()) < 5.0
                    and not covered(allowed, match.start(1), match.end(1))
                    and not kin_word_in_use(text, match.start(1), match.end(1)))
        if bracket and nickname:
            nickname = not is_ordinary(word, at_start=False) and not word.isupper()
        if beside or nickname:
            spans.append(GateSpan(match.start(1), match.end(1), "alias",
                                  "a nickname beside a name" if beside else
                                  "a capitalised word in quotes, as nicknames are written"))
    return spans
