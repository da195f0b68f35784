"""Cities abroad (data/world_cities.txt) are kept where a place stands ('Flights to
Plovdiv'), and are the person where a name stands ('Mr Mendoza', 'Kawasaki told the
school'); a key name that sounds like a city, or is one, is still found."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.anonymise.context import city_in_use, world_cities
from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import fold, is_name, is_ordinary, shipped_terms, uk_places
from tests.builders.gate_probe import anonymised, case_suspects, service_case

CITIES = sorted(world_cities())
WHERE = ["Flights to {c} were booked for the summer.", "A labour provider in {c} arranged it.",
         "The family came from {c} in 2019.", "Her grandparents live near {c}."]


def test_the_cities_abroad_of_one_word_are_no_names_and_no_uk_towns():
    # tools/world_cities.py leaves them out; this checks the file as shipped.
    assert len(CITIES) > 1000 and {"Amritsar", "Plovdiv"} <= set(CITIES)
    assert not [c for c in CITIES if is_name(fold(c)) or uk_places().fullmatch(c)]
    assert not set(CITIES) & set(shipped_terms())      # kept only where a place stands


@settings(max_examples=80, deadline=None)
@given(city=st.sampled_from(CITIES), where=st.sampled_from(WHERE))
def test_a_city_abroad_after_in_from_or_to_passes_the_gate(city, where):
    text = where.format(c=city)
    # A city that sounds like a key name stays a suspect: the key outranks the list.
    assert not [s for s in suspects_in(text, Lexicon.for_case(service_case()))
                if s.why != "sounds like a name in the case key"]


def test_a_city_that_sounds_like_a_key_name_stays_a_suspect():
    # 'Maroua' sounds like the key's 'Marie' (of Pippa-Marie; metaphone MR).
    text = "Flights to Maroua were booked for the summer."
    assert case_suspects(text, service_case()) == ["Maroua"]
    assert case_suspects("Flights to Plovdiv were booked for the summer.", service_case()) == []


@settings(max_examples=60, deadline=None)
@given(city=st.sampled_from(CITIES),
       person=st.sampled_from(["The neighbour said {c} had been at the flat.",
                               "{c} told the school he would collect her.",
                               "She stayed in {c}'s flat that night.",
                               "She went to Mr {c} for advice.",
                               "She was in Ravi {c}'s car."]))
def test_a_city_that_is_also_someones_name_is_a_suspect_where_it_names_them(city, person):
    # A city's name is often a surname ('Kawasaki', 'Mendoza'): only the place is kept.
    # (One English text uses as often as an everyday word, 'Tampa', the gate reads as one
    # wherever it stands, list or no list.)
    assume(not is_ordinary(city, at_start=False))
    text = person.format(c=city)
    assert any(city in s for s in case_suspects(text, service_case()))
    assert not city_in_use(text, text.index(city), text.index(city) + len(city))


@settings(max_examples=40, deadline=None)
@given(city=st.sampled_from(CITIES), where=st.sampled_from(WHERE))
def test_a_key_surname_that_is_a_city_abroad_is_replaced_even_after_in(city, where):
    case = service_case(staff_surname=city)
    text = where.format(c=city)
    assert city not in anonymised(text, case)
    assert city in case_suspects(text, case)


@pytest.mark.parametrize("text, kept, person", [
    ("Over Newroz and Eid the centre was closed.", "Newroz", "Newroz said she was fine."),
    ("They were placed by Mears in a hotel.", "Mears", "She told Mr Mears about it."),
])
def test_a_festival_and_a_housing_provider_in_use_pass_and_the_person_does_not(text, kept,
                                                                             person):
    # 'Newroz' is a given name too, 'Mears' a surname: each is kept only where it stands
    # as the festival or the firm.
    assert kept not in " ".join(case_suspects(text, service_case()))
    assert kept in " ".join(case_suspects(person, service_case()))
