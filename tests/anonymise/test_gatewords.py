"""Words that look like names but are not, for the anonymiser and the publication gate
alike: the field's abbreviations ('MARAC', 'a DA notification'), police ranks before any
name, RAG ratings whoever in the key shares a colour's name, and the word after a
possessive. Each rule holds whatever the key holds; the initials and names it stands
beside are still found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.context import acronyms
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import POLICE_RANKS
from pipeline.case import Agency, Case, Person, StaffMember
from tests.builders.gate_probe import suspect_texts

COLOURS = ["Red", "Amber", "Green"]
RANKS = sorted(r for r in POLICE_RANKS if r not in ("ACC", "CC"))


def _case(*people: Person, staff: tuple[StaffMember, ...] = ()) -> Case:
    return Case(root=Path("."), reference="W-7", review="Child Safeguarding Practice Review",
                subject="Child N", period_from=dt.date(2019, 1, 1),
                period_to=dt.date(2020, 12, 31), agencies=[Agency("Avon Police")],
                people=list(people), staff=list(staff))


@pytest.fixture(scope="module")
def case() -> Case:
    return _case(Person("Amber Nightingale", "Child N", "Child"),
                 Person("Dionne Adebayo", "Mother", "Mother"),
                 Person("Gemma Pritchard", "Sibling", "Sibling"),
                 Person("Mark Ellison", "Father", "Father"),
                 staff=(StaffMember("Colin Frayne", role="Detective Constable"),))


@pytest.fixture(scope="module")
def anonymiser(case) -> Anonymiser:
    return Anonymiser.for_case(case, dt.date(2026, 1, 1))


@pytest.fixture(scope="module")
def lexicon(case) -> Lexicon:
    return Lexicon.for_case(case)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(acronyms())))
def test_no_abbreviation_of_the_vocabulary_is_a_suspect_where_no_initials_match(acronym):
    lexicon = Lexicon.for_case(_case(Person("Mark Marrack", "Father", "Father")))
    text = f"The concern was discussed at {acronym} the following week."
    assert acronym not in suspect_texts(text, lexicon)


@pytest.mark.parametrize("text", [
    "No DA notification was sent.", "A DA referral followed.", "She saw the GP twice.",
    "The GP practice wrote to her.", "Her GP letter was lost.",
    "The allocated GP, a locum, wrote to her.", "Their usual GP said so.",
])
def test_an_abbreviation_in_use_is_kept_though_it_is_the_key_initials(anonymiser, lexicon,
                                                                      text):
    assert anonymiser.anonymise(text)[0] == text
    assert suspect_texts(text, lexicon) == []


@pytest.mark.parametrize(("text", "initials"), [
    ("DA said she had fallen.", "DA"), ("Later D.A. said so.", "D.A."),
    ("Later D. A. said so.", "D. A."), ("GP told her class teacher.", "GP"),
    ("The mother and GP went home.", "GP"),
])
def test_initials_standing_for_a_person_are_still_found(anonymiser, lexicon, text, initials):
    assert initials not in anonymiser.anonymise(text)[0]
    assert initials in suspect_texts(text, lexicon)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(RANKS), st.sampled_from(["Frayne", "Colin Frayne", "Okonjo",
                                                "Whitlock", "Ng"]))
def test_a_rank_before_any_name_survives(anonymiser, lexicon, rank, name):
    text = f"Later {rank} {name} attended the flat."
    published = anonymiser.anonymise(text)[0]
    assert published.startswith(f"Later {rank} ")
    assert name.split()[-1] not in published or name == "Ng"
    assert rank not in suspect_texts(text, lexicon)


def test_a_ranked_staff_member_is_replaced_by_the_role_in_brackets(anonymiser, lexicon):
    published = anonymiser.anonymise("DC Frayne viewed it; DC Frayne's log says so.")[0]
    assert published == ("DC [Detective Constable] viewed it; DC [Detective Constable]'s "
                         "log says so.")
    assert suspect_texts(published, lexicon) == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(COLOURS), st.sampled_from(COLOURS),
       st.sampled_from(["The risk moved from {a} to {b} that month.",
                        "It was rated the concern {a} by March.",
                        "The rating went {a}/{b} after the visit.",
                        "It was escalated to {a} and later {b} or {a}.",
                        "The case was rated {a}.",
                        "The tool gave a RAG rating of {a}; the status at {b} stayed."]),
       st.sampled_from(["Child", "Mother", "Health Visitor"]))
def test_a_rag_colour_in_a_rating_phrase_is_never_replaced(first, second, template, role):
    people = [Person(f"{c} Halloran", role if c == first else f"Relative {c}", "Relative")
              for c in COLOURS]
    case = _case(*people)
    text = template.format(a=first, b=second)
    assert Anonymiser.for_case(case, dt.date(2026, 1, 1)).anonymise(text)[0] == text
    assert not set(suspect_texts(text, Lexicon.for_case(case))) & set(COLOURS)


@pytest.mark.parametrize("text", ["Amber said she was hungry.", "A call from Amber came.",
                                  "It was rated by Amber as low."])
def test_the_child_called_amber_is_still_replaced(anonymiser, lexicon, text):
    assert "Amber" not in anonymiser.anonymise(text)[0]
    assert "Amber" in " ".join(suspect_texts(text, lexicon))


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["D’Souza", "O'Hare", "Kowalczyk", "Ellison"]),
       st.sampled_from(["’s", "'s"]),
       st.sampled_from(["Ring doorbell", "Garden gate", "Xbox console"]))
def test_a_possessive_ends_a_name(anonymiser, lexicon, surname, possessive, thing):
    text = f"Footage from Mr {surname}{possessive} {thing} was seen."
    word = thing.split()[0]
    assert word in anonymiser.anonymise(text)[0]
    assert all(word not in found for found in suspect_texts(text, lexicon))
    assert any(surname in found for found in suspect_texts(text, lexicon))


@pytest.mark.parametrize("text", ["School closed for the Summer term.",
                                  "Over the Easter holidays she stayed with her nan.",
                                  "The risk was rated Red, then Amber, then Green."])
def test_a_season_or_a_list_of_ratings_is_kept_though_the_key_holds_its_word(text):
    case = _case(Person("Summer Easter", "Mother", "Mother"),
                 Person("Amber Green", "Child", "Child"))
    assert Anonymiser.for_case(case, dt.date(2026, 1, 1)).anonymise(text)[0] == text
    assert suspect_texts(text, Lexicon.for_case(case)) == []


def test_a_season_that_names_the_person_is_still_replaced():
    case = _case(Person("Summer Easter", "Mother", "Mother"))
    text = "Summer said the Summer visit was late; Easter told her."
    assert Anonymiser.for_case(case, dt.date(2026, 1, 1)).anonymise(text)[0] == (
        "Mother said the Mother visit was late; Mother told her.")
    assert len(suspect_texts(text, Lexicon.for_case(case))) == 3


PLACEHOLDERS = ["[name]", "[family member]", "[Detective Constable]"]
_NICKNAMES = st.sampled_from(["Greg", "Bazza", "Wojtek", "Junior", "Senior", "Tazz", "Kev"])


@settings(max_examples=40, deadline=None)
@given(_NICKNAMES, st.sampled_from(PLACEHOLDERS), st.booleans())
def test_a_capitalised_word_beside_a_placeholder_is_a_name(word, placeholder, before):
    """Whatever the word and whichever side: 'Greg [name]', '[name] Junior'."""
    lexicon = Lexicon.for_case(_case(Person("Ada Quist", "Child A", "Child")))
    pair = f"{word} {placeholder}" if before else f"{placeholder} {word}"
    text = f"The police record named him as {pair} in 2018."
    assert word in suspect_texts(text, lexicon)


@pytest.mark.parametrize("text", [
    "On that day Dr [name] and DC [name] visited.",
    "When [name] arrived the Health Visitor weighed her.",
    "It was seen on [date] Monday and again on [date] Friday.",
    "She rang [number] Police then.",
])
def test_a_title_role_or_date_beside_a_placeholder_is_not(text):
    lexicon = Lexicon.for_case(_case(Person("Ada Quist", "Child A", "Child"),
                                     staff=(StaffMember("Lyn Orme", role="Health Visitor"),)))
    assert suspect_texts(text, lexicon) == []


_EVERYDAY_SURNAMES = st.sampled_from(["Christmas", "Easter", "French", "Summer", "Monday",
                                      "Amber", "Wales", "Labrador", "Nurse", "Brook"])


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Mr", "Mrs", "Ms", "Miss", "Dr"]), _EVERYDAY_SURNAMES)
def test_any_capitalised_word_after_a_personal_title_is_a_surname(title, surname):
    """Whatever a list allows the word for: 'Mrs Christmas' rang on Christmas Day."""
    lexicon = Lexicon.for_case(_case(Person("Ada Quist", "Child A", "Child")))
    text = f"A neighbour, {title} {surname}, rang the police that night."
    assert surname in suspect_texts(text, lexicon)


@pytest.mark.parametrize(("text", "expected"), [
    ("Labour agencies such as Amber Coast Recruitment place families.",
     ["Amber Coast Recruitment"]),
    ("The case was rated as Amber. The panel moved it to Red.", []),
    ("The risk stayed Amber Risk level for a year.", []),
])
def test_a_rag_colour_before_a_capitalised_word_begins_a_name(text, expected):
    lexicon = Lexicon.for_case(_case(Person("Ada Quist", "Child A", "Child")))
    assert suspect_texts(text, lexicon) == expected


def test_a_key_name_with_combining_accents_is_found_by_the_gate():
    """The gate reads a word's letters with the accents written as marks of their own."""
    lexicon = Lexicon.for_case(_case(Person("Róisín Ward", "Mother", "Mother")))
    text = "Ro\u0301isi\u0301n's baby was seen."
    assert suspect_texts(text, lexicon) == ["Ro\u0301isi\u0301n's"]


def test_the_crowns_hm_is_no_ones_initials():
    """A counsellor called Helen March is 'HM'; 'HM Senior Coroner' is the Crown's."""
    case = _case(Person("Ada Quist", "Child A", "Child"),
                 staff=(StaffMember("Helen March", role="School Counsellor"),))
    text = "HM Senior Coroner for Tyneside opened the inquest; HM Prison Service wrote."
    assert Anonymiser.for_case(case, dt.date(2026, 1, 1)).anonymise(text)[0] == text
    assert suspect_texts(text, Lexicon.for_case(case)) == []
    assert "HM" not in Anonymiser.for_case(case, dt.date(2026, 1, 1)).anonymise(
        "Later HM said she was worried.")[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("After viewing a flat in Four Oaks, the family rented a house.", ["Four", "Oaks"]),
    ("The children stayed at Ty Draw over the summer.", ["Ty", "Draw"]),
    ("He said he felt safe at Harbour Light, the youth project.", ["Harbour", "Light"]),
    # Explained by a list, in a title, a school year: no place.
    ("She was seen in Early Help and at the Child Protection Conference.", []),
    ("Staff did not follow the Safeguarding in Faith Settings guidance.", []),
    ("She was in Year Six, then in Key Stage Two.", []),
    ("The family moved in March. They met in Great Ormond Street Hospital.", []),
])
def test_everyday_words_capitalised_after_in_or_at_name_a_place(text, expected):
    """Each word alone is English ('Four', 'Oaks'), so only their run in capitals after
    'in' or 'at' says that they name a district, a farm or a house."""
    lexicon = Lexicon.for_case(_case(Person("Ada Quist", "Child A", "Child")))
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize("degree", ["Master's degree", "Bachelor’s degree", "Master of Arts"])
def test_a_degree_keeps_a_word_that_is_a_key_surname(degree):
    """A mother née Master: her health visitor's Master's degree is a degree, and the
    mother's name is still hers."""
    case = _case(Person("Bhavika Master", "Mother", "Mother"))
    surname = degree.split()[0].rstrip("'’s")
    case.people.append(Person(f"Sneha {surname}", "Maternal cousin", "Cousin"))
    text = f"The health visitor holds a {degree}. Sneha {surname} was not seen."
    assert suspect_texts(text, Lexicon.for_case(case)) == [f"Sneha {surname}"]
    published = Anonymiser.for_case(case, dt.date(2026, 12, 1)).anonymise(text)[0]
    assert degree in published and f"Sneha {surname}" not in published


def _suspected(text: str, case: Case) -> list[str]:
    return suspect_texts(text, Lexicon.for_case(case))


@pytest.mark.parametrize("name", ["Hugh", "Marcus", "Phil", "Jim", "Nancy", "Walter"])
def test_a_common_given_name_english_text_holds_often_is_a_suspect(name):
    # The name dictionary counted them as words: English text holds them that often.
    text = f"The family stayed with {name} over the summer."
    assert _suspected(text, _case(Person("Tia Ellery", "Child N", "Child"))) == [name]


@pytest.mark.parametrize("name", ["Jay-Jay", "Mary-Kate", "Lily-Rose"])
def test_names_joined_by_a_hyphen_are_a_suspect(name):
    text = f"Her teacher said that {name} was often late."
    assert _suspected(text, _case(Person("Tia Ellery", "Child N", "Child"))) == [name]


def test_words_joined_by_a_hyphen_are_no_name():
    text = "A Follow-Up visit made Long-Term plans with the Anglo-Saxon heritage group."
    assert _suspected(text, _case(Person("Tia Ellery", "Child N", "Child"))) == []


@pytest.mark.parametrize("note", ["TE concerned re KA, seen briefly",
                                  "Child N concerned re KA, seen briefly"])
def test_capitals_beside_a_key_name_initials_or_pseudonym_are_initials(note):
    # 'KA' is common in English text ('ka'); among a note's initials it is someone's.
    text = f"The teacher wrote '{note}' and did not pass it on."
    found = _suspected(text, _case(Person("Tia Ellery", "Child N", "Child")))
    assert "KA" in found


def test_a_verb_after_a_relation_word_is_no_name():
    text = "Her husband rang from home and her brother ahmed came later."
    assert _suspected(text, _case(Person("Tia Ellery", "Child N", "Child"))) == ["ahmed"]


def test_dotted_initials_of_a_mc_surname_are_initials():
    text = "The note was logged as C.McA. and emailed to the health visitor."
    assert _suspected(text, _case(Person("Tia Ellery", "Child N", "Child"))) == ["C.McA."]


def test_a_sentence_in_capitals_holds_no_alias_cue_and_no_name_beside_a_placeholder():
    case = _case(Person("Tia Ellery", "Child N", "Child"))
    assert _suspected("NOT TO BE COLLECTED BY ANYONE NOT NAMED ON THE PLAN.", case) == []
    assert _suspected("NOT TO BE COLLECTED BY [name] AT ALL.", case) == []
    assert _suspected("NOT TO BE COLLECTED BY DAVID [name] AT ALL.", case) == ["DAVID"]
