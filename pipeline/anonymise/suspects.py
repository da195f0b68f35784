"""Names not in the case key: after a title ('Dr Patel'), after a relation ('grandmother
Mary Jones', 'uncle Steve'), after 'called' or 'named', common given names, and likely
misspellings of key names. When unsure the word is removed and listed for review."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from pipeline.anonymise.spans import SUSPECT, Span
from pipeline.anonymise.wordlists import fold, is_name, kin_words, zipf

NAME_PLACEHOLDER = "[name]"
# A word this frequent in English that is on no list of names is an everyday word.
EVERYDAY_NOUN = 4.0
# Any letter, not only ASCII: 'Wiśniewski' is one name, never '[name]śniewski'.
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_NAME_WORD = rf"[{UPPER}][^\W\d_A-Z]+(?:['’-][^\W\d_]+)?"
# A possessive ends a name: 'Mr D’Souza’s Ring doorbell' names Mr D’Souza only.
_NAME = rf"{_NAME_WORD}(?<!['’]s)(?:[\s\u00a0]+(?:[A-Z]\.?[\s\u00a0]+)?{_NAME_WORD})?"
_TITLE = (r"Mr|Mrs|Ms|Miss|Mx|Master|Dr|Doctor|Prof|Professor|Nurse|Sister|Matron|Midwife|"
          r"PC|DC|DS|DI|DCI|DCS|DSU|PS|PCSO|Sgt|SGT|Insp|Supt|Sergeant|Constable|Inspector|"
          r"Superintendent|Officer|Cllr|Councillor|"
          r"Rev|Reverend|Judge|HHJ|Sir|Dame|Lady|Lord|"
          # Faith leaders' titles ('Pastor Everton Samuels', 'Imam Hassan')
          r"Pastor|Imam|Rabbi|Bishop|Canon|Vicar|Deacon|Elder|Apostle|Evangelist|Prophet|"
          r"Sheikh|Maulana|Swami|Giani")
_QUOTE = "['\"‘“]?"
# 'PC 1234 Jones': a collar number may come between the title and the name.
TITLED = re.compile(rf"\b(?P<lead>(?:{_TITLE})\.?)[\s\u00a0]+(?:\d{{2,6}}[\s\u00a0]+)?"
                    rf"{_QUOTE}(?P<name>{_NAME})")
_RELATION = (r"grand(?:mother|father|ma|pa|dad|parents?)|granny|gran|nan|nana|nanny|great[\s-]"
             r"(?:grand)?(?:mother|father|aunt|uncle)|uncle|aunt|auntie|aunty|cousin|"
             r"(?:half|step)[\s-]?(?:brother|sister|father|mother|son|daughter)|brother|sister|"
             r"father|mother|dad|daddy|mum|mummy|mom|(?:ex[\s-]?)?(?:partner|boyfriend|"
             r"girlfriend|husband|wife)|friend|neighbour|son|daughter|niece|nephew|"
             r"god(?:mother|father|parent)|carer|childminder|lodger|sibling|baby|infant|"
             r"(?:maternal|paternal)[\s-](?:grand)?(?:mother|father|aunt|uncle)")
# The relation in any case, the name after it only with a capital ('uncle Steve', not
# 'uncle visited').
RELATED = re.compile(rf"\b(?P<lead>(?i:{_RELATION}))(?:,|\s*\(|:)?[\s\u00a0]+"
                     rf"(?:(?:called|named)[\s\u00a0]+)?{_QUOTE}(?P<name>{_NAME})")
CALLED = re.compile(rf"\b(?P<lead>(?:called|named|known\s+as|aka|a\.k\.a\.))[\s\u00a0]+"
                    rf"{_QUOTE}(?P<name>{_NAME})")
CAPITALISED = re.compile(rf"(?<![\w'’-])({_NAME_WORD})(?![\w'’-])")
# 'Mai, as the family called her'; 'Siobhán Ní Bhriain, a family support worker'.
CALLED_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME_WORD}),?[\s\u00a0]+as[\s\u00a0]+"
                           rf"(?:[\w'’]+[\s\u00a0]+){{0,3}}(?:called|calls|knew|knows)"
                           rf"[\s\u00a0]+(?:her|him|them)\b")
_PERSON = (r"worker|neighbour|friend|officer|nurse|teacher|landlord|landlady|relative|cousin|"
           r"aunt|uncle|partner|boyfriend|girlfriend|lodger|carer|childminder|volunteer|"
           r"assistant|practitioner|visitor|doctor|midwife|mentor|tenant|man|woman|sister|"
           r"brother|grandmother|grandfather|acquaintance|associate|colleague")
APPOSITION = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?:[\s\u00a0]+{_NAME_WORD}){{0,2}}),"
                        rf"[\s\u00a0]+(?:a|an|the|her|his|their)[\s\u00a0]+(?:[\w'’-]+"
                        rf"[\s\u00a0]+){{0,3}}?(?:{_PERSON})s?\b")

# Capitalised words that are not names in these reports; pseudonyms, roles and agency
# names of the case are added to this per case.
STOPWORDS = frozenset("""
The A An This That These Those He She They His Her Hers Their It Its We Our I You And But Or
On In At Was Were Had Has Have Is Are Be Been Who When Where What Why How Then Than To For Of
With From By As After Before During Following Further However Although Because Since While
Child Children Adult Adults Sibling Siblings Mother Father Parent Parents Family Baby Infant
Health Social Police Hospital School Care Services Service Board Agency Agencies Team Unit
Council Trust Department Practice Surgery Visitor Visiting Worker Officer Manager Nurse Doctor
General Practitioner Midwife Midwifery Safeguarding Review Serious Case Report Overview
Executive Summary Panel Author Appendix Section Chronology Recommendation Recommendations Action
Actions Lead Timescale Outcome Progress Evidence Status Red Amber Green Blue Complete Draft
Restricted Confidential Introduction Background Methodology Analysis Involvement Learning
Lessons Terms Reference Good Mr Mrs Ms Miss Dr Name Names Not Known None No Yes Date Dates
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Spring Summer Autumn Winter
Emergency Department Accident Early Help Housing Education Multi Strategy Meeting Conference
Child Protection Plan Initial Assessment Referral Contact Home Visit Office Court England
Partner Grandmother Grandfather Uncle Aunt Cousin Brother Sister Neighbour Friend Key Issues
Police Constable Sergeant Detective Inspector Staff Primary Secondary Nursery Academy High
Clinic Centre Ward Paediatric Paediatrician Consultant Registrar Duty Specialist Senior Adviser
Named Designated Local Authority National There Here All Some Any Each Every One Two Three
Also Only Both Neither Either So Yet Still Later Earlier Around About Approximately Unknown
Carer Carers Crown Court Prosecution Magistrates Family Judge Jan Feb Mar Apr Jun Jul Aug Sep
Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun Please Insert Complete Completed Draft
""".split())
NAMES_FILE = Path(__file__).parent / "data" / "first_names.txt"


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The shipped list of common given names, lower-cased."""
    words = []
    for line in NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.extend(w.lower() for w in line.split())
    return frozenset(words)


def _name_span(match: re.Match[str], allowed: frozenset[str], note: str) -> Span | None:
    """The name part of a title/relation match, unless every word of it is allowed."""
    name = match["name"]
    words = re.findall(r"[^\W\d_'’-][^\W\d_]*(?:['’-][^\W\d_]+)*", name)
    kept = []
    for word in words:
        if word in allowed or word in STOPWORDS:
            break
        kept.append(word)
    if not kept:
        return None
    # Keep only the leading name words; an allowed word ends the name ('Dr Patel Health').
    end = match.start("name")
    for word in kept:
        end = match.string.index(word, end) + len(word)
    return Span(match.start("name"), end, NAME_PLACEHOLDER, "suspected_name", SUSPECT,
                suspected=True, note=note)


def find_suspected_names(text: str, allowed: frozenset[str],
                         key_tokens: dict[str, str]) -> list[Span]:
    """Spans of names the key does not hold; `key_tokens` maps key name words (lower) to
    the pseudonym, for misspellings."""
    spans: list[Span] = []
    for pattern, note in ((TITLED, "after a title"), (RELATED, "after a relation"),
                          (CALLED, "after 'called' or 'named'"),
                          (CALLED_BEFORE, "after 'called' or 'named'"),
                          (APPOSITION, "after a relation")):
        for match in pattern.finditer(text):
            if pattern is APPOSITION and _ends_in_a_noun(match["name"]):
                continue        # 'during Black History Month, her key worker noted'
            if _kin_word(match["name"]):
                continue        # 'her grandmother Abaye', 'her brother Hawey': what the
                #                 family calls a relative (data/kin_words.txt), no name
            span = _name_span(match, allowed, note)
            if span:
                spans.append(span)
                # The first word alone as well: if the second word is a key name, the key
                # span wins there and this one still removes the first ('Dr Patel Kayla').
                first = re.match(r"[^\s\u00a0]+", text[span.start:span.end])
                if first and first.end() < span.length:
                    spans.append(Span(span.start, span.start + first.end(), NAME_PLACEHOLDER,
                                      "suspected_name", SUSPECT, rank=2, suspected=True,
                                      note=note))
    names = first_names()
    for match in CAPITALISED.finditer(text):
        word = match[1]
        if word in allowed or word in STOPWORDS:
            continue
        lowered = word.lower()
        if lowered in names:
            end = _surname_end(text, match.end(), allowed)
            spans.append(Span(match.start(), end, NAME_PLACEHOLDER, "suspected_name",
                              SUSPECT, rank=1, suspected=True, note="a common given name"))
            continue
        # A key word itself ('Domino's', 'Clarks' of Mr Clark), left by the key's own
        # rules, is no misspelling of it.
        bare = re.sub(r"['’]?s$", "", lowered)
        if len(word) >= 4 and lowered not in key_tokens and bare not in key_tokens \
                and not _everyday(lowered) \
                and _near_key(lowered, key_tokens):
            spans.append(Span(match.start(), match.end(), NAME_PLACEHOLDER,
                              "misspelt_key_name", SUSPECT, rank=1, suspected=True,
                              note="looks like a misspelling of a name in the case key"))
    return spans


def _kin_word(words: str) -> bool:
    """True when `words` is one family's word for a relative that is no given name."""
    folded = fold(re.sub(r"['’]s?$", "", words))
    return folded in kin_words() and not is_name(folded)


def _everyday(lowered: str) -> bool:
    """An everyday word on no list of names ('book', not a misspelling of Brook)."""
    return not is_name(fold(lowered)) and zipf(lowered) >= EVERYDAY_NOUN


def _ends_in_a_noun(words: str) -> bool:
    """True when capitalised words end in an everyday English word that is no name
    ('Black History Month'): the name of a thing, not of the person a comma describes."""
    return len(words.split()) > 1 and _everyday(words.split()[-1].lower())


_FOLLOWING = re.compile(rf"[\s\u00a0]+({_NAME_WORD})(?![\w'’-])")


def _surname_end(text: str, end: int, allowed: frozenset[str]) -> int:
    """Where a given name ends when a capitalised surname follows it ('Mary Jones')."""
    following = _FOLLOWING.match(text, end)
    if following and following[1] not in allowed and following[1] not in STOPWORDS:
        return following.end()
    return end


def _near_key(word: str, key_tokens: dict[str, str]) -> bool:
    """True when `word` is one or two letters away from a key name ('Kaila', 'Smyth').

    A different first letter needs a closer match, so 'Crown' is not taken for 'Brown'.
    """
    for token in key_tokens:
        score = fuzz.ratio(word, token)
        if score >= 88 or (score >= 80 and word[0] == token[0]):
            return True
    return False
