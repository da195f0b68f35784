"""The broad public lists of journeys and institutions the publication gate reads
(data/transport.txt: train, bus, coach and ferry operators, airlines, stations, airports and
ports; data/justice_estate.txt: the prisons, young offender institutions, secure training
centres, secure schools and secure children's homes of the four nations) and the sections
appended to data/hospitals.txt (national and regional specialist hospitals) and
data/breeds.txt (livestock): they load, every entry passes both the anonymiser and the gate
in a sentence, no one-word entry is someone's name, no entry is a full name or a place
alone, a key person whose name is a word of an entry ('Ms Garth' beside 'HMP Garth') is
still replaced wherever the name stands alone, and an entry holding the town of the key's
addresses ('HMP Styal' for a family in Styal) is no allowance in that case."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gatespan import WORD
from pipeline.anonymise.lexicon import Lexicon, address_towns
from pipeline.anonymise.wordlists import (
    DATA,
    countries,
    dictionary_word,
    fold,
    shipped_terms,
    uk_places,
    zipf,
)
from pipeline.case import Person
from tests.builders.vocabulary import (
    KEY_WORDINGS,
    TODAY,
    assert_entry_kept_and_word_alone_replaced,
    assert_key_person_named_like_replaced,
    assert_key_surname_replaced,
    bare,
    changed_in_a_sentence,
    entries,
    full_names,
    held_elsewhere,
    named_words,
    names_among,
    neutral_judges,
    one_word,
    vocabulary_case,
)

LISTS = ("transport.txt", "justice_estate.txt")
# The first comment line of each appended section.
APPENDED = {"hospitals.txt": "# National and regional specialist",
            "breeds.txt": "# More of the livestock"}
# The places the establishments, stations and breeds are named after, held back from the
# lists alone: each stands only with its prefix or the word of its kind ('HMYOI Feltham',
# 'Swaledale tup', 'Holyhead ferry port').
HELD_BACK = ["Feltham", "Styal", "Barlinnie", "Maghaberry", "Magilligan", "Belmarsh",
             "Polmont", "Werrington", "Swaledale", "Connemara", "Lleyn", "Holyhead",
             "Cairnryan", "Rampton", "Carstairs", "Oakhill", "Rainsbrook", "Aycliffe",
             "Harmondsworth", "Dungavel", "Kyloe"]


def _section(name: str, marker: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(marker))
    return [t.strip() for t in lines[start:] if t.strip() and not t.startswith("#")]


NEW = {name: entries(name) for name in LISTS} | {
    name: _section(name, marker) for name, marker in APPENDED.items()}
ENTRIES = [e for terms in NEW.values() for e in terms]
ONE_WORD = one_word(ENTRIES)
NAMED_WORDS = named_words(ENTRIES)
# The rare words of the entries that could be a family's town ('Styal', 'Holyhead'); a
# country, a large city abroad ('Malta' of 'Air Malta') or a county ('Essex'), which the
# anonymiser keeps alone too, locates no one.
# Not a town the case's agencies are named after ('Wessex' of 'Wessex Police'): public.
_AGENCY_WORDS = {fold(w) for a in vocabulary_case().agencies for w in WORD.findall(a.name)}
TOWNISH = sorted({(e, w) for e in ENTRIES for w in WORD.findall(e)
                  if len(WORD.findall(e)) > 1 and w[:1].isupper() and not w.isupper()
                  and re.fullmatch(r"[^\W\d_]{4,}", w) and not dictionary_word(w.lower())
                  and zipf(w.lower()) < 4.5 and fold(w) not in countries()
                  and not uk_places().fullmatch(w) and fold(w) not in _AGENCY_WORDS})


@pytest.fixture(scope="module")
def neutral():
    return neutral_judges()


def test_the_lists_load_into_the_shipped_terms():
    terms = set(shipped_terms())
    for name, least in (("transport.txt", 700), ("justice_estate.txt", 800),
                        ("hospitals.txt", 300), ("breeds.txt", 450)):
        assert len(NEW[name]) >= least, name
        assert set(NEW[name]) <= terms, name
        assert len(entries(name)) == len({e.casefold() for e in entries(name)}), name
    assert {"Stena Line", "London Liverpool Street", "Port of Dover", "Aer Lingus",
            "HMP Maghaberry", "HMP & YOI Doncaster", "HMYOI Feltham",
            "Oakhill Secure Training Centre", "The Walton Centre", "Rampton Hospital",
            "Royal National Orthopaedic Hospital", "Rough Fell ewes", "Swaledale tup",
            "Irish Draught cross"} <= terms


def test_no_data_file_repeats_a_term_of_the_lists_in_any_case():
    repeated = held_elsewhere((*LISTS, *APPENDED))
    assert {e: f for e, f in repeated.items() if e in {t.casefold() for t in ENTRIES}} == {}


def test_every_entry_passes_the_anonymiser_and_the_gate_in_a_sentence(neutral):
    assert changed_in_a_sentence(ENTRIES, *neutral) == []


def test_no_one_word_entry_is_a_given_name_or_surname():
    assert names_among(ONE_WORD) == []


def test_no_entry_is_a_full_name_alone():
    # 'Addison Lee', 'Arnold Lodge' and 'Angus bull' stand only in longer forms; a
    # children's hospice named 'Naomi House' is the house's.
    assert full_names(ENTRIES, ("House",)) == []


def test_no_entry_is_a_uk_place_or_a_held_back_place_alone():
    alone = {bare(e) for e in ONE_WORD}
    assert not set(entries("uk_places.txt")) & set(ENTRIES)
    assert not set(HELD_BACK) & alone


def test_every_establishment_carries_its_prefix_or_its_kind():
    # The names that are no place (a barge, a site's own name) stand as written.
    kinds = re.compile(r"\b(?:HMP|HMYOI|HM|YOI|YOC|HMYOC|IRC|STC|Prisons?|Gaol|Jail|Centres?|"
                       r"Institution|Institute|Homes?|House|Units?|Lodge|Schools?|College|"
                       r"Campus|estate|Services?|Trust|Team|Network|Coalition|facility|"
                       r"Barracks|site|accommodation|custody|bed|open)\b", re.IGNORECASE)
    as_written = {"St Mary's Kenmure", "Oasis Restore Secure School", "Long Kesh",
                  "Yarl's Wood", "Bibby Stockholm", "Western Jet Foil", "Maze and Long Kesh"}
    assert [e for e in NEW["justice_estate.txt"]
            if not kinds.search(e) and e not in as_written] == []


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(NAMED_WORDS))
def test_a_key_surname_inside_an_entry_is_replaced_where_it_stands_alone(named):
    # 'Ms Garth' beside 'HMP Garth', 'Mr Walton' beside 'The Walton Centre'.
    entry, word = named
    assert_entry_kept_and_word_alone_replaced(
        entry, word, f"Then Ms {word} said the {entry} was far, and {word} left.")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Garth", "Walton", "Rampton", "Feltham", "Stena", "Ford"]),
       st.sampled_from(KEY_WORDINGS))
def test_a_key_person_named_like_a_word_of_an_entry_is_replaced_and_a_suspect(word, wording):
    assert_key_person_named_like_replaced(word, wording)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(HELD_BACK))
def test_a_held_back_place_alone_is_still_a_suspect(neutral, word):
    _, lexicon = neutral
    text = f"The neighbour said they had moved to {word} that spring."
    assert word in " ".join(text[s.start:s.end] for s in suspects_in(text, lexicon))


@settings(max_examples=120, deadline=None)
@given(st.sampled_from([e for e in ONE_WORD if e[:1].isupper() and not e.isupper()
                        and re.fullmatch(r"[^\W\d_]+(?:['’]s)?", e)]))
def test_a_key_surname_that_is_a_one_word_entry_is_still_replaced(entry):
    assert_key_surname_replaced(bare(entry))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(TOWNISH))
def test_an_entry_holding_the_town_of_the_keys_addresses_is_no_allowance(town_in):
    # A family living in Styal: 'HMP Styal' would say where; the town is replaced in it
    # by the anonymiser and is a suspect of the gate, as it is alone.
    entry, town = town_in
    case = vocabulary_case(Person("Tamsin Gowan", "Mother", "Mother",
                                  address=f"4 Ashdown Lane, {town}, ZZ1 2AB"))
    assert fold(town) in address_towns(case)
    text = f"In May she went to {entry} with the children."
    assert town not in Anonymiser.for_case(case, TODAY).anonymise(text)[0]
    found = " ".join(text[s.start:s.end] for s in suspects_in(text, Lexicon.for_case(case)))
    assert town in found


def test_a_streets_word_inside_an_entry_is_the_entrys():
    # '9 Swanwick Close': 'Swanwick Lodge Secure Children's Home' is the home, not the street.
    case = vocabulary_case(Person("Tamsin Gowan", "Mother", "Mother",
                                  address="9 Swanwick Close, Castlemere, ZZ1 2AB"))
    assert address_towns(case) == {"castlemere"}
    text = "He was placed at Swanwick Lodge Secure Children's Home in May."
    assert Anonymiser.for_case(case, TODAY).anonymise(text)[0] == text
    assert suspects_in(text, Lexicon.for_case(case)) == []


def test_a_city_abroad_in_the_keys_addresses_is_no_town():
    # 'Flat 18C, Kwun Fai Court, Hong Kong': 'Hong Kong' stays the public name it is.
    case = vocabulary_case(Person("Tamsin Gowan", "Mother", "Mother",
                                  address="Flat 18C, Kwun Fai Court, Hong Kong"))
    assert address_towns(case) == frozenset()
    text = "She flew from Hong Kong International Airport in May."
    assert Anonymiser.for_case(case, TODAY).anonymise(text)[0] == text
