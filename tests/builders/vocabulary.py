"""For the tests of the shipped vocabulary's lists (tests/anonymise/test_lexicon_*.py): a
list file's entries, whether a word is someone's name, a case to judge entries in, and the
checks every list must pass."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gatespan import WORD
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import (
    DATA,
    WORD_NAMES,
    _english_given_names,
    fold,
    is_name,
    name_lists,
)
from pipeline.case import Agency, Case, Person

TODAY = dt.date(2026, 1, 1)
# The sentences a key person's name stands alone in, for the tests that it is replaced.
KEY_WORDINGS = ("{} said she would come back later.", "The nurse spoke to {} alone.",
                "Later {}'s brother rang the school.", "Then Ms {} rang the office.")
# Data files a list entry may repeat: the names, and the fixed phrases, which keep a key
# word inside them ('Master's degree' of a mother née Master) where a list entry does not.
_NOT_REPEATS = ("first_names.txt", "surnames.txt", "name_equivalents.txt", "fixed_phrases.txt")


def entries(name: str) -> list[str]:
    """The terms of data/`name`, as written (comments and blank lines left out)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [t.strip() for t in lines if t.strip() and not t.startswith("#")]


def one_word(terms: list[str]) -> list[str]:
    """The terms the gate reads as a single word."""
    return sorted({t for t in terms if len(WORD.findall(t)) == 1})


def bare(word: str) -> str:
    """`word` without a possessive."""
    return re.sub(r"['’]s$", "", word)


def a_name(word: str) -> bool:
    """True when `word` (a possessive dropped) is on a shipped list of names, the English
    given names or the name dictionary."""
    folded = fold(bare(word))
    return folded in name_lists() or folded in _english_given_names() or is_name(folded)


def names_among(one_word_terms: list[str]) -> list[str]:
    """The terms that are someone's name; a hyphenated word only when every part of two
    letters or more is one ('Team-Teach' is not)."""
    return [t for t in one_word_terms
            if all(a_name(p) for p in re.split(r"[-‐‑]", bare(WORD.findall(t)[0]))
                   if len(p) >= 2)]


def named_words(terms: list[str]) -> list[tuple[str, str]]:
    """Each term of several words with a word that is someone's name ('Bevan' of 'Aneurin
    Bevan UHB', 'Palin' of 'Michael Palin Centre'), and that word."""
    return sorted({(t, bare(w)) for t in terms for w in WORD.findall(t)
                   if len(WORD.findall(t)) > 1 and w[:1].isupper() and not w.isupper()
                   and "-" not in w and len(bare(w)) >= 3 and a_name(bare(w))
                   and fold(bare(w)) not in WORD_NAMES})


def full_names(terms: list[str], kinds: tuple[str, ...] = ()) -> list[str]:
    """The terms that are a given name and one or two surnames alone ('Gordon Moody'),
    but those whose last word is one of `kinds` ('Day', 'House'): a phrase of the
    vocabulary is kept whoever the key holds, so it would keep a person of that name."""
    given_names = _english_given_names()
    found = []
    for term in terms:
        words = [bare(w) for w in WORD.findall(term)]
        if len(words) in (2, 3) and all(w[:1].isupper() for w in words) and \
                fold(words[0]) in given_names and words[-1] not in kinds and \
                all(a_name(w) or fold(w) in WORD_NAMES for w in words[1:]):
            found.append(term)
    return found


def held_elsewhere(lists: tuple[str, ...]) -> dict[str, set[str]]:
    """Each entry of the data files `lists` that another data file also holds, in any
    case (a phrase is matched in any case: a second spelling is a second place to edit),
    with those files; a file of `lists` counts for the others."""
    files: dict[str, set[str]] = {}
    for path in sorted(DATA.glob("*.txt")):
        if path.name not in _NOT_REPEATS:
            for entry in entries(path.name):
                files.setdefault(entry.casefold(), set()).add(path.name)
    return {entry: others for name in lists for entry in entries(name)
            if (others := files[entry.casefold()] - {name})}


def vocabulary_case(*people: Person) -> Case:
    return Case(root=Path("."), reference="L-5", review="Child Safeguarding Practice Review",
                subject="Child R", period_from=dt.date(2019, 1, 1),
                period_to=dt.date(2020, 12, 31), agencies=[Agency("Wessex Police")],
                people=list(people) or [Person("Tamsin Gowan", "Mother", "Mother")])


def neutral_judges() -> tuple[Anonymiser, Lexicon]:
    """The anonymiser and the gate's lexicon of a case whose key holds no list word."""
    case = vocabulary_case()
    return Anonymiser.for_case(case, TODAY), Lexicon.for_case(case)


def changed_in_a_sentence(terms: list[str], anonymiser: Anonymiser, lexicon: Lexicon
                          ) -> list[str]:
    """The sentences holding a term that the anonymiser changes or the gate suspects."""
    changed = []
    for term in terms:
        for text in (f"The notes record {term} as discussed.", f"{term} was noted then."):
            if anonymiser.anonymise(text)[0] != text or suspects_in(text, lexicon):
                changed.append(text)
    return changed


def assert_key_surname_replaced(surname: str) -> None:
    """A key person called `surname` is replaced by the anonymiser and found twice by the
    gate, whatever a list holds."""
    case = vocabulary_case(Person(f"Tamsin {surname}", "Mother", "Mother"))
    text = f"Then Ms {surname} said Tamsin {surname} was tired."
    assert surname not in Anonymiser.for_case(case, TODAY).anonymise(text)[0]
    found = " ".join(text[s.start:s.end] for s in suspects_in(text, Lexicon.for_case(case)))
    assert found.count(surname) == 2


def assert_entry_kept_and_word_alone_replaced(entry: str, word: str, text: str
                                              ) -> list[tuple[int, int]]:
    """`text` holds `entry` once and, twice outside it, `word`, the surname of a key
    person (Tamsin `word`): the entry survives whole, and `word` where it stands alone is
    replaced by the anonymiser and within a suspect of the gate. Returns the suspects."""
    case = vocabulary_case(Person(f"Tamsin {word}", "Mother", "Mother"))
    published = Anonymiser.for_case(case, TODAY).anonymise(text)[0]
    assert entry in published, published
    assert published.count(word) == entry.count(word), published
    found = [(s.start, s.end) for s in suspects_in(text, Lexicon.for_case(case))]
    inside = range(text.index(entry), text.index(entry) + len(entry))
    alone = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
             if m.start() not in inside]
    assert len(alone) == 2
    assert all(any(s <= a and b <= e for s, e in found) for a, b in alone), (text, found)
    return found


def assert_key_person_named_like_replaced(word: str, wording: str) -> None:
    """A mother and a father named with `word` (a word a list holds back): in `wording`
    the anonymiser replaces it and the gate suspects it."""
    case = vocabulary_case(Person(f"Kerry {word}", "Mother", "Mother"),
                           Person(f"{word} Ashdown", "Father", "Father"))
    text = wording.format(word)
    assert word not in Anonymiser.for_case(case, TODAY).anonymise(text)[0]
    assert any(word in text[s.start:s.end] for s in suspects_in(text, Lexicon.for_case(case)))
