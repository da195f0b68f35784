"""The two broad public lists of the Celtic nations and of qualifications the publication
gate reads (data/celtic_public.txt: the bodies, laws, programmes, charities, festivals and
Welsh-, Gaelic-, Irish-, Cornish- and Manx-language names of Wales, Scotland, Northern
Ireland, Ireland, Cornwall and the Isle of Man; data/qualifications.txt: degrees, school,
vocational and professional qualifications, registrations, post-nominals and the names
of school years and exams): they load, every entry passes both the anonymiser and the
gate in a sentence, no entry the gate reads as one word is someone's name, none is a
full name, a town or a county that may be the family's address, none lets a letter or a
glued letter run through alone, and a key person whose name is a word of an entry ('Ms
Bevan' beside 'Aneurin Bevan UHB', a father called Meic beside the 'Meic helpline') is
still replaced and still a suspect wherever the name stands alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gatespan import WORD
from pipeline.anonymise.wordlists import shipped_terms
from tests.builders.vocabulary import (
    KEY_WORDINGS,
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
)

LISTS = ("celtic_public.txt", "qualifications.txt")
# Held back alone (the comments at the top of the files give the reasons): given names
# and surnames, Welsh house and street names, towns, and the regions that may stand in
# the family's address. Each stands, if at all, only in a longer form ('Meic helpline',
# 'Seren Network', 'Hywel Dda UHB', "Master's degree", 'Erasmus programme').
HELD_BACK = ["Meic", "Seren", "Dewi", "Alba", "Glyn", "Bryn", "Mari", "Hywel", "Aneurin",
             "Betsi", "Ifan", "Tai", "Mannin", "Munster", "Pieta", "Garda", "CHAS", "TESS",
             "SUSI", "SENO", "Hafan", "Cartref", "Nyth", "Cysur", "Croeso", "Llys", "Tarian",
             "Tŷ Hafan", "Tŷ Gobaith", "RISCA", "INIS", "Masters", "Erasmus", "EdD", "MEng",
             "Nat 5", "DELTA", "TY", "PIP 1", "Kernow", "County Tyrone", "Co Antrim",
             "Scottish Borders", "NHS Orkney", "Flora Day", "Golowan"]
# Held back, yet read as ordinary by the gate's other rules whatever the lists say; and
# 'Ifan', which data/national_names.txt's 'IFAN' allows in any case.
ORDINARY_ELSEWHERE = {"Masters", "Scottish Borders", "DELTA", "TY", "Ifan"}

ENTRIES = [e for name in LISTS for e in entries(name)]
ONE_WORD = one_word(ENTRIES)

NAMED_WORDS = named_words(ENTRIES)


@pytest.fixture(scope="module")
def neutral():
    return neutral_judges()


def test_the_two_lists_load_into_the_shipped_terms():
    terms = set(shipped_terms())
    for name in LISTS:
        terms_of = entries(name)
        assert len(terms_of) >= 1000, name
        assert set(terms_of) <= terms, name
        assert len(terms_of) == len(set(terms_of)), f"{name} repeats an entry"
    assert {"Mudiad Meithrin", "Cylch Meithrin", "Arolygiaeth Gofal Cymru",
            "Comisiynydd Plant Cymru", "Meic helpline", "Mwy na geiriau", "Clywch",
            "Getting it right for every child", "GIRFEC", "Children's Hearing", "Tusla",
            "Gaelscoil", "Tynwald", "Kernewek", "Betsi Cadwaladr UHB",
            "Social Services and Well-being (Wales) Act 2014",
            "BA (Hons)", "Master's degree", "NVQ Level 3", "PGCE", "DipSW", "RGN",
            "Leaving Certificate", "National 5", "Year 6", "Primary 7"} <= terms


def test_no_data_file_repeats_a_term_of_the_lists_in_any_case():
    assert held_elsewhere(LISTS) == {}


def test_every_entry_passes_the_anonymiser_and_the_gate_in_a_sentence(neutral):
    assert changed_in_a_sentence(ENTRIES, *neutral) == []


def test_no_one_word_entry_is_a_given_name_or_surname():
    # Every entry the gate reads as one word, in either list. A hyphenated word is a
    # name only when every part is one ('Sgoil-àraich' is not).
    assert len(ONE_WORD) >= 400
    assert names_among(ONE_WORD) == []


def test_no_entry_is_read_as_a_letter_or_as_letters_a_number_is_glued_to():
    # 'KS2' and 'P7' are read as 'KS' and 'P': allowed alone, they would let initials
    # through. Words such as '1st' and '22s' are no one's initials.
    single = [e for e in ENTRIES if all(len(w) == 1 for w in WORD.findall(e))]
    glued = [e for e in ENTRIES if re.search(r"(?<![\d])[A-Za-z]{1,6}\d", e)
             and not re.search(r"\d(?:st|s|ST)\b", e) and e != "Start360"]
    assert single == [] and glued == []


def test_no_entry_is_a_full_name_alone():
    # 'Betsi Cadwaladr' alone would keep a Betsi Cadwaladr of the key whole: the health
    # board's noun after the name makes it the board ('Betsi Cadwaladr UHB').
    assert full_names(ENTRIES) == []


def test_no_entry_is_a_place_a_family_could_live_in_or_a_held_back_word():
    places = set(entries("uk_places.txt"))
    assert not places & set(ENTRIES)
    assert not set(HELD_BACK) & set(ENTRIES)
    counties = [e for e in ENTRIES if re.fullmatch(r"(?:County|Co\.?) \w+", e)]
    assert counties == []


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(NAMED_WORDS))
def test_a_key_surname_inside_an_entry_is_replaced_where_it_stands_alone(named):
    # 'Ms Bevan' beside 'Aneurin Bevan UHB', 'Mr Simon' beside the 'Simon Community': the
    # entry whole is the public name; the word alone is the person.
    entry, word = named
    assert_entry_kept_and_word_alone_replaced(
        entry, word, f"Then Ms {word} said the {entry} was read, and {word} left.")


def test_the_named_words_cover_the_health_boards_and_services():
    words = {w for _, w in NAMED_WORDS}
    assert {"Bevan", "Cadwaladr", "Hywel", "Seren", "Simon"} <= words


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["Meic", "Seren", "Hywel", "Bevan", "Cadwaladr", "Masters", "Muir",
                        "Quarrier", "Mari", "Erasmus"]),
       st.sampled_from(KEY_WORDINGS))
def test_a_key_person_named_like_a_held_back_word_is_replaced_and_a_suspect(word, wording):
    assert_key_person_named_like_replaced(word, wording)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(set(HELD_BACK) - ORDINARY_ELSEWHERE)))
def test_a_held_back_word_not_in_the_key_is_still_a_suspect(neutral, word):
    # Nothing explains it: someone outside the key may be called Meic or Seren, a house
    # may be called Cartref, and the family may live in County Tyrone.
    # An abbreviation held back ('TESS', 'DELTA') is written as a name would be.
    _, lexicon = neutral
    word = word.capitalize() if word.isupper() else word
    text = f"The neighbour said {word} had been at the flat."
    start = text.index(word)
    assert any(s.start < start + len(word) and start < s.end
               for s in suspects_in(text, lexicon)), word


@settings(max_examples=120, deadline=None)
@given(st.sampled_from([e for e in ONE_WORD if e[:1].isupper() and not e.isupper()
                        and not re.search(r"['’]\w", bare(e))]))
def test_a_key_surname_that_is_a_one_word_entry_is_still_replaced(entry):
    # 'Ms Heddlu', 'Mr Tynwald': a list word that is the key's is the person's.
    surname = bare(WORD.findall(entry)[0])
    assert_key_surname_replaced(surname)
