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
from pipeline.anonymise.lexicon import (
    DATA,
    Lexicon,
    _english_given_names,
    fold,
    is_name,
    name_lists,
)
from pipeline.case import Agency, Case, Person

TODAY = dt.date(2026, 1, 1)


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
