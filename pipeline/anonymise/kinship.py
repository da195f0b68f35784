"""The words families use for a relative as if it were a name ('Nain', 'Dadi', 'Hooyo'):
a relation, not a person, which the publication gate keeps where nothing beside it makes
it one (data/kin_words.txt says which words and why)."""

from __future__ import annotations

import re

from pipeline.anonymise.wordlists import TITLES, fold, is_name, is_ordinary, kin_words

_S = r"[\s\u00a0]+"
_POSSESSIVE_END = re.compile(r"['’]s?$")
# 'his Nani', "Rayhan's Nani", 'their own Dadi'.
_POSSESSIVE_BEFORE = re.compile(rf"(?:\b(?i:his|her|their|my|our|your)|[\w\]]['’]s?)"
                                rf"(?:{_S}own)?{_S}$")
# Another word beside it in a list: 'Amma, Abba and Nani', 'his father and Nain'.
_LISTED_BEFORE = re.compile(rf"([\w’']+)(?:,|,?{_S}(?:and|or|&)){_S}$")
_LISTED_AFTER = re.compile(rf"(?:,|,?{_S}(?:and|or|&)){_S}([\w’']+)")
_CAPITALISED_AFTER = re.compile(rf"{_S}([A-Z][\w’'-]*)")
# A capitalised word straight before ('Mrs', 'Rokeya'), not a sentence's last ('Sylhet.').
_NAMED_BEFORE = re.compile(rf"([A-Z][\w’'-]*)(\.?){_S}$")
# English words for relatives, beside which a kin word is a relative too.
_RELATIVES = frozenset("""mother father mum dad mam mummy daddy brother sister son
    daughter aunt auntie aunty uncle cousin grandmother grandfather grandma grandad
    granddad grandpa gran granny nanny grandparents parents siblings""".split())


def _folded(word: str) -> str:
    """`word` folded, without its possessive ("Nani's", "the twins'")."""
    return fold(_POSSESSIVE_END.sub("", word))


def _kin(word: str) -> bool:
    return _folded(word) in kin_words()


def kin_word_in_use(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]`, capitalised, is a kin word standing for a relative:
    no title or first name before it ('Mrs Dadi', 'Rokeya Bibi'; "Rayhan's Dadi" is his)
    and no surname after ('Nana Osei'); a kin word that is also a given name only after
    a possessive, or listed beside another relative ('Amma, Abba and Nani')."""
    word = text[start:end]
    if not word[:1].isupper() or not _kin(word):
        return False
    before = text[max(0, start - 40):start]
    named = _NAMED_BEFORE.search(before)
    if named and (named[1] in TITLES or not (named[2] or _POSSESSIVE_END.search(named[1])
                                             or is_ordinary(named[1], at_start=True)
                                             or _kin(named[1]))):
        return False
    after = _CAPITALISED_AFTER.match(text, end)
    if after and not (is_ordinary(after[1], at_start=False) or _kin(after[1])):
        return False
    if not is_name(_folded(word)):
        return True
    # Not after 'known as' or 'called': 'known in the family as Bibi' is a nickname.
    return bool(_POSSESSIVE_BEFORE.search(before) or _beside_a_relative(text, start, end))


def _beside_a_relative(text: str, start: int, end: int) -> bool:
    before = _LISTED_BEFORE.search(text[max(0, start - 30):start])
    after = _LISTED_AFTER.match(text, end)
    return any(m and (_kin(m[1]) or m[1].lower() in _RELATIVES) for m in (before, after))
