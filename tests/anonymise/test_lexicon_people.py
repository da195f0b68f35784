"""The public people the publication gate reads (data/public_people.txt: the subjects,
chairs and authors of public inquiries, reviews and inquests, the campaigns and laws named
after them, and the household names of public life): the list loads, every entry is a
name of several words and passes the anonymiser and the gate in a sentence, no "well
known" entry is only a common given name and a common surname, and the key always wins:
a person of the key who holds an entry's full name is replaced and a suspect wherever the
name is written, and one whose surname is a word of an entry is so where it stands alone."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gatespan import WORD
from pipeline.anonymise.lexicon import Lexicon, names_the_key
from pipeline.anonymise.wordlists import DATA, DAYS, MONTHS, _words_file, fold, shipped_terms
from pipeline.case import Person
from tests.builders.vocabulary import (
    assert_entry_kept_and_word_alone_replaced,
    bare,
    changed_in_a_sentence,
    entries,
    neutral_judges,
    vocabulary_case,
)

FILE = "public_people.txt"
ENTRIES = entries(FILE)
TODAY = dt.date(2026, 1, 1)
HONORIFICS = {"Sir", "Dame", "Lord", "Lady", "Baroness", "Professor", "Dr", "Prince",
              "Princess", "King", "Queen", "Captain", "Judge", "HHJ", "PC", "Pope", "Bishop",
              "Justice"}


def _sections() -> dict[str, list[str]]:
    """The entries under the "Public record" and the "Well known" headings."""
    found: dict[str, list[str]] = {"Public record": [], "Well known": []}
    heading = None
    for line in (DATA / FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading = next((h for h in found if line.startswith(f"# {h}: ")), heading)
        elif line.strip():
            assert heading, f"{line!r} stands under no heading"
            found[heading].append(line.strip())
    return found


# Entries that are a given name and a surname and nothing else ('Awaab Ishak'); not a
# day or a month ('Wednesday Addams'), which the gate judges by the calendar's rules.
FULL_NAMES = sorted(e for e in ENTRIES if len(e.split()) == 2 and e.split()[0] not in
                    HONORIFICS and all(re.fullmatch(r"[^\W\d_][\w'’-]+", w) for w in e.split())
                    and not e.split()[1][:1].islower() and not set(e.split()) & {*MONTHS, *DAYS})


@pytest.fixture(scope="module")
def neutral():
    return neutral_judges()


def test_the_list_loads_into_the_shipped_terms():
    terms = set(shipped_terms())
    assert set(ENTRIES) <= terms
    assert len(ENTRIES) == len(set(ENTRIES)), "an entry is repeated"
    sections = _sections()
    assert len(sections["Public record"]) >= 300
    assert len(sections["Well known"]) >= 500
    assert {"Molly Russell", "Awaab Ishak", "Jaden Moodie", "Breck Bednar", "Daksha Emson",
            "Child Q", "Breck Foundation", "Awaab's Law", "Professor Eileen Munro",
            "Harry Kane", "Bukayo Saka", "Taylor Swift", "Kylian Mbappé", "Kylian Mbappe",
            "Prince Harry", "Rishi Sunak", "Jimmy Donaldson"} <= terms


def test_every_entry_is_a_name_of_several_words():
    single = [e for e in ENTRIES if len(e.split()) < 2 or len(WORD.findall(e)) < 2]
    assert single == []


def test_no_entry_is_a_title_before_one_name():
    # 'Mr Bean', 'Mrs Hinch': a key person or a neighbour may be called so. A phrase is
    # matched in any case: 'MS Dhoni' would allow a Ms Dhoni.
    titled = [e for e in ENTRIES
              if re.fullmatch(r"(?i:Mr|Mrs|Ms|Miss|Mx|Dr)\.? \S+", e)]
    assert titled == []


def test_no_well_known_entry_is_only_a_common_given_name_and_surname():
    # 'Kyle Walker', 'Luke Shaw': someone outside the key may be called so.
    given, family = _words_file("first_names.txt"), _words_file("surnames.txt")
    common = [e for e in _sections()["Well known"] if len(e.split()) == 2
              and fold(e.split()[0]) in given and fold(bare(e.split()[1])) in family]
    assert common == []


def test_an_accented_entry_is_listed_without_its_accents_too():
    # Reports write 'Mbappe' as often as 'Mbappé'; the gate matches phrases as written.
    def plain(text: str) -> str:
        text = text.translate(str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L"}))
        return "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))
    terms = {t.casefold() for t in shipped_terms()}
    missing = [e for e in ENTRIES if not e.isascii() and plain(e).casefold() not in terms]
    assert missing == []


def test_every_entry_passes_the_anonymiser_and_the_gate_in_a_sentence(neutral):
    assert changed_in_a_sentence(ENTRIES, *neutral) == []


@pytest.mark.parametrize(("phrase", "people", "names_the_key_person"), [
    ("Molly Russell", [{"molly", "russell"}], True),
    ("Lord Laming", [{"ian", "laming"}], True),
    ("Sir Keir Starmer", [{"keir", "starmer"}], True),
    ("Victoria Climbié", [{"victoria", "smith"}], False),
    ("Harry Kane", [{"tamsin", "kane"}], False),
    ("Prince Harry", [{"harry", "okafor"}], False),     # 'Prince' may be a name, no title
    ("King Charles", [{"charles", "king"}], True),
    ("Laming", [{"laming"}], False),                    # one word: the gate judges it alone
    ("Aggie Beever-Jones", [{"tamsin", "beever", "jones"}], True),
    # Two people's names are no one: a Ms Lance and a father known as 'Corporal Haigh'.
    ("Lance Corporal", [{"morwenna", "lance"}, {"ben", "haigh", "corporal"}], False),
    ("Jack Russell", [{"jack", "smith"}, {"ann", "russell"}], False),
])
def test_a_public_name_names_the_key_when_all_or_two_of_its_names_are_one_persons(
        phrase, people, names_the_key_person):
    people = tuple(frozenset(p) for p in people)
    assert names_the_key(phrase, people) is names_the_key_person


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(FULL_NAMES))
def test_a_key_person_with_an_entrys_full_name_is_replaced_and_a_suspect(entry):
    # A mother called Molly Russell: the inquest's Molly Russell is written with her name,
    # so it is hers too; the board loses the phrase, never the name.
    case = vocabulary_case(Person(entry, "Mother", "Mother"))
    text = f"The report on {entry} was read, and later {entry} said she was tired."
    published = Anonymiser.for_case(case, TODAY).anonymise(text)[0]
    assert entry not in published, published
    found = [(s.start, s.end) for s in suspects_in(text, Lexicon.for_case(case))]
    words = [(m.start(), m.end()) for m in WORD.finditer(text)
             if any(a <= m.start() < b for a, b in _spots(entry, text))]
    assert all(any(s <= a and b <= e for s, e in found) for a, b in words), (text, found)


def _spots(entry: str, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(entry), text)]


def test_a_key_surname_after_a_title_in_an_entry_is_the_key_persons():
    # 'Lord Laming' with a father called Ian Laming: every name of the phrase is his.
    case = vocabulary_case(Person("Ian Laming", "Father", "Father"))
    text = "The father said Lord Laming had written the report."
    assert "Laming" not in Anonymiser.for_case(case, TODAY).anonymise(text)[0]
    assert any("Laming" in text[s.start:s.end] for s in suspects_in(text, Lexicon.for_case(case)))


@settings(max_examples=120, deadline=None)
@given(st.sampled_from([e for e in FULL_NAMES if not re.search(r"[-'’]", e.split()[1])]))
def test_a_key_surname_that_is_a_word_of_an_entry_is_replaced_where_it_stands_alone(entry):
    # 'Harry Kane' with a mother called Tamsin Kane: the footballer stays, Ms Kane goes.
    # (A key surname of two parts, 'Beever-Jones', is two of the key's names: an entry
    # that holds it is the key's, as test_a_public_name_names_the_key_when... says.)
    word = bare(entry.split()[1])
    text = f"Then Ms {word} said the boy loved {entry}, and {word} left."
    found = assert_entry_kept_and_word_alone_replaced(entry, word, text)
    start = text.index(entry)
    assert not any(s <= start < e for s, e in found), (text, found)
