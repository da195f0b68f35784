"""The publication gate's named places (pipeline/anonymise/gateshapes.py): streets,
firms, congregations and places seen elsewhere, and the public names that are kept."""

from __future__ import annotations

import pytest

from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gateshapes import firm_names, lived_in, short_names
from tests.builders.gate_probe import suspect_texts


@pytest.mark.parametrize(("text", "expected"), [
    ("She washed up at events of the Mountain of Mercy Assembly, a Pentecostal church.",
     ["Mountain of Mercy Assembly"]),
    ("The family worshipped with the Hope Fellowship and at Grace Ministries.",
     ["Hope Fellowship", "Grace Ministries"]),
    # A congregation's kind, a nation's assembly, the United Nations': no place.
    ("The pupils met in the school assembly; the General Assembly adopted the convention.",
     []),
])
def test_a_named_congregation_is_a_place(lexicon, text, expected):
    """A church names its place of worship with 'of' inside: where the family worships
    locates it, as its school does."""
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Both worked at Delfwick Produce, placed there by Baltic Star Recruitment.",
     ["Delfwick Produce", "Baltic Star Recruitment"]),
    ("The van belonged to Moor Lane Haulage Ltd.", ["Moor Lane Haulage Ltd"]),
    # The trade alone, or a national firm's name on the lists: nobody's workplace.
    ("She was on a zero-hours contract through a recruitment agency.", []),
])
def test_a_local_firm_named_by_its_trade_is_a_place(lexicon, text, expected):
    """Where a parent works, or is placed by a labour agency, locates the family."""
    assert suspect_texts(text, lexicon) == expected


def test_a_firms_name_seen_elsewhere_is_a_suspect_where_it_stands_alone(lexicon):
    assert firm_names("Baltic Star Recruitment Ltd") == {"baltic star"}
    assert firm_names("Delfwick Produce") == {"delfwick"}   # one uncommon word, alone
    text = "Baltic Star would not release her holiday pay; the star chart was kept."
    assert suspect_texts(text, lexicon) == []                 # ordinary words, unseen
    found = suspects_in(text, lexicon, seen_names=frozenset({"baltic star"}))
    assert [text[s.start:s.end] for s in found] == ["Baltic Star"]


def test_a_named_places_short_name_is_a_suspect_where_the_document_names_the_place(lexicon):
    # 'the Comrades' of 'Whinnyburn Comrades Club': seen there, it is the club here.
    assert short_names("Whinnyburn Comrades Club") == {"the comrades"}
    assert short_names("Castle Hill Surgery") == set()            # 'the Hill': too common
    assert short_names("Larkspur Primary School") == set()        # one word names it
    text = "She drank at the Comrades most nights; the comrades of the band came too."
    found = suspects_in(text, lexicon, frozenset(), frozenset({"the comrades"}))
    assert [text[s.start:s.end] for s in found] == ["Comrades"]
    assert "Comrades" not in suspect_texts(text, lexicon)              # unseen: an English word


@pytest.mark.parametrize("text", [
    "She was admitted to Puffin Ward on the Friday.",
    "She has Postural Tachycardia Syndrome and Ehlers-Danlos syndrome.",
    "He was seen by the Sleep Disorder Clinic.",
])
def test_a_ward_and_a_condition_of_everyday_or_medical_words_pass(lexicon, text):
    assert suspect_texts(text, lexicon) == []


def test_a_building_in_a_large_town_does_not_place_the_family_there():
    # 'at Lunar House in Croydon' (the Home Office's): the cue must be a home, not a name.
    assert lived_in("The screening interview took place at Lunar House in Croydon.") == set()
    assert lived_in("The house in Croydon was cold.") == {"croydon"}
    assert lived_in("Lived in Croydon until 2019.") == {"croydon"}


@pytest.mark.parametrize(("text", "expected"), [
    ("He was director of Elite Pathway Sports Management at the time.",
     ["Elite Pathway Sports Management"]),
    ("Multi-Agency Risk Management and Integrated Offender Management met.", []),
])
def test_a_firm_before_a_trade_of_several_senses_needs_three_words(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


def test_a_firm_before_such_a_trade_is_known_by_its_words_before_its_field():
    assert firm_names("Elite Pathway Sports Management") == {"elite pathway"}


@pytest.mark.parametrize(("text", "expected"), [
    ("She returned in a Beacon Cars taxi.", ["Beacon Cars"]),
    ("He had worked at Crystal Nails in the town.", ["Crystal Nails"]),
])
def test_a_taxi_firm_or_a_nail_bar_is_a_local_firm(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


def test_a_firm_of_one_uncommon_word_is_known_by_it_alone():
    assert firm_names("Beacon Cars") == {"beacon"}
    assert firm_names("Star Taxis") == set()         # too common to look for alone


def test_an_act_with_a_bracketed_part_is_legislation(lexicon):
    text = "It was suspended under the Local Government (Miscellaneous Provisions) Act 1976."
    assert suspect_texts(text, lexicon) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("She made her First Holy Communion at Our Lady of the Marshes in the town.",
     ["Our Lady of the Marshes"]),
    ("He was a pupil at Our Lady and St Joseph Catholic Primary School.",
     ["Our Lady and St Joseph Catholic Primary School"]),
    # The Virgin Mary, and a hospital the lists name: no parish of the family's.
    ("Her grandmother prayed to Our Lady every night.", []),
    ("She was treated at Our Lady's Children's Hospital Crumlin.", []),
])
def test_a_parish_named_by_its_dedication_is_a_place(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected
