"""Ordinary phrases that hold a key name are kept by the anonymiser and passed by the gate
(a RAG colour before 'score' or 'category', a month before 'half term', a street every
town has, a fixed name such as 'Robin Hood', a rank after a determiner), and the person is
still found wherever the word names them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gatedocx import publish_docx
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import fixed_phrases_in, shipped_terms
from pipeline.case import Agency, Case, Person, StaffMember
from tests.builders.adversarial import document_text
from tests.builders.gate_probe import paragraphs_docx, suspect_texts

MONTHS = ["January", "March", "April", "May", "June", "July", "August", "October"]
DAYS = ["Sunday", "Tuesday", "Friday"]      # given names too ('Sunday Okafor')
FIXED = ["Peter Pan", "Florence Nightingale", "Father Christmas", "Grace Darling",
         "Jack Frost", "Tom Thumb"]


def _case() -> Case:
    people = [Person(f"{m} Pellow", f"Relative {i}", "Relative", address="")
              for i, m in enumerate(MONTHS + DAYS, 1)]
    people += [Person(f"{fixed.split()[0]} Quennell", f"Sibling {i}", "Sibling")
               for i, fixed in enumerate(FIXED, 1)]
    people += [Person("Dwayne Corliss", "Uncle", "Uncle", aliases=("DC",)),
               Person("Tamsin Gowan", "Mother", "Mother",
                      address="14 Market Street, Fenwick, ZZ9 4QT")]
    return Case(root=Path("."), reference="L-3", review="Child Safeguarding Practice Review",
                subject="Child Q", period_from=dt.date(2019, 1, 1),
                period_to=dt.date(2020, 12, 31), agencies=[Agency("Wessex Police")],
                people=people,
                staff=[StaffMember("Hollis Amber", role="School Nurse"),
                       StaffMember("Priya Coombe", role="Health Visitor")])


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser.for_case(_case(), dt.date(2026, 1, 1))


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.for_case(_case())


def _kept(text: str, anonymiser: Anonymiser, lexicon: Lexicon) -> bool:
    return anonymiser.anonymise(text)[0] == text and suspects_in(text, lexicon) == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(MONTHS), st.sampled_from(["half term", "half-term", "term",
                                                 "bank holiday", "Half Term"]))
def test_a_month_before_a_break_is_the_month(anonymiser, lexicon, month, what):
    assert _kept(f"They went away over the {month} {what} that year.", anonymiser, lexicon)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(MONTHS), st.sampled_from([
    "The referral was still awaited at the end of {}.", "Until {} the plan stood.",
    "From early {} the visits stopped.", "In mid-{} the HV called.",
    "The case was open since {} and closed at the start of the {} half term."]))
def test_a_month_in_the_calendar_is_the_month(anonymiser, lexicon, month, sentence):
    assert _kept(sentence.format(month, month), anonymiser, lexicon)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(DAYS), st.sampled_from([
    "The nurse visited on a {} afternoon.", "On {} 10 November 2024 the police came.",
    "Visits were made every day of the week, {} included.", "Every {} the HV called.",
    "He went to the {} club and came home on {}."]))
def test_a_day_of_the_week_in_the_calendar_is_the_day(anonymiser, lexicon, day, sentence):
    assert _kept(sentence.format(day, day), anonymiser, lexicon)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(MONTHS + DAYS), st.sampled_from([
    "Later {} said she had looked after the children.", "Her sister {} was there.",
    "{}'s flat was cold."]))
def test_a_month_or_day_that_names_the_relative_is_still_replaced(anonymiser, lexicon, name,
                                                                  sentence):
    text = sentence.format(name)
    assert name not in anonymiser.anonymise(text)[0]
    assert any(text[s.start:s.end].startswith(name) for s in suspects_in(text, lexicon))


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["an", "the", "a"]), st.sampled_from(
    ["rating", "score", "level", "category", "status", "grade"]))
def test_a_staff_surname_that_is_a_colour_before_a_rating_word_is_kept(
        anonymiser, lexicon, determiner, noun):
    text = f"By then the case had {determiner} Amber {noun} on the tracker."
    assert _kept(text, anonymiser, lexicon)


def test_a_lower_case_article_is_never_an_initial(anonymiser):
    # The surname alone is still hers; the article before it is not taken as 'H. Amber'.
    assert anonymiser.anonymise("She had a Amber day.")[0] == "She had a School Nurse day."
    assert "Amber" not in anonymiser.anonymise("Nurse H Amber saw her; H. Amber wrote.")[0]


@pytest.mark.parametrize("street", ["High Street", "Main Road", "Market Square",
                                    "Church Street", "Station Road"])
def test_a_street_every_town_has_is_no_address_after_the(anonymiser, lexicon, street):
    assert _kept(f"She was seen on the {street} with the children.", anonymiser, lexicon)


@pytest.mark.parametrize("text", ["She lives at 12 High Street, Oxtown.",
                                  "They moved to Juniper Street last year.",
                                  "The flat on the Juniper Road was cold."])
def test_a_numbered_or_named_street_is_still_an_address(anonymiser, text):
    assert "Street" not in anonymiser.anonymise(text)[0].replace("[street]", "")
    assert "Road" not in anonymiser.anonymise(text)[0].replace("[street]", "")


def test_the_familys_own_generic_street_is_still_removed(anonymiser):
    assert "Market Street" not in anonymiser.anonymise("She went back to Market Street.")[0]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(FIXED), st.sampled_from(["pantomime", "story", "costume"]))
def test_a_key_first_name_inside_a_fixed_name_is_the_phrase(anonymiser, lexicon, fixed,
                                                            what):
    assert _kept(f"The school's {fixed} {what} was in December.", anonymiser, lexicon)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(FIXED))
def test_the_person_is_still_found_beside_a_fixed_name(anonymiser, lexicon, fixed):
    first = fixed.split()[0]
    text = f"{first} said the {fixed} play was fun; {first} Quennell cried."
    published = anonymiser.anonymise(text)[0]
    assert fixed in published and "Quennell" not in published
    assert published.count(first) == fixed.count(first)
    assert len(suspects_in(text, lexicon)) >= 2


def test_a_fixed_name_that_is_the_persons_whole_name_is_not_kept():
    assert fixed_phrases_in("Peter Pan said so.", frozenset({"peter", "pan"})) == []
    assert fixed_phrases_in("Peter Pan said so.", frozenset({"peter"})) == [(0, 9)]


@pytest.mark.parametrize("text", ["Mrs Ivey said the DC who attended did not go in.",
                                  "A DC and a PC went to the flat.",
                                  "DC Frome and DC 4417 Hale went to the flat."])
def test_a_rank_after_a_determiner_or_before_a_name_is_the_rank(anonymiser, lexicon,
                                                                  text):
    published = anonymiser.anonymise(text)[0]
    assert published.count("DC") == text.count("DC")
    assert "DC" not in suspect_texts(text, lexicon)


def test_a_rank_the_key_gives_as_someones_initials_is_still_that_person(anonymiser,
                                                                        lexicon):
    text = "Then DC said he would take the children."
    assert "DC" not in anonymiser.anonymise(text)[0]
    assert "DC" in suspect_texts(text, lexicon)


def test_a_well_known_hospital_is_a_public_service():
    """'Addenbrooke's' and 'Great Ormond Street' are public: kept by both sides."""
    from pipeline.anonymise.gate import suspects_in
    from pipeline.anonymise.lexicon import Lexicon
    from tests.builders.cases import gate_case

    text = "She was sent on to Addenbrooke's, then to Great Ormond Street Hospital."
    assert suspects_in(text, Lexicon.for_case(gate_case())) == []


def test_a_hyphenated_fixed_name_is_read_and_holds_one_key_word_at_most():
    from pipeline.anonymise.wordlists import fixed_phrases_in

    text = "a Fisher‑Price walker and a Fisher-Price toy"
    assert len(fixed_phrases_in(text, frozenset({"fisher"}))) == 2
    assert fixed_phrases_in(text, frozenset({"fisher", "price"})) == []


# Everyday words that gender-guesser also lists as given names of some country ('Lone' is
# Danish): in a run of capitals the capitals say nothing, so they read as English words.
CAPITALS_WORDS = ["LONE", "WILL", "ROSE", "MANOR", "WANDER", "MERGE"]
# Given names in English use, and names that travel between languages: still suspects in
# capitals when the key does not hold them.
CAPITALS_NAMES = ["DAVID", "SHARON", "PEDRO", "WANG", "KUMAR", "FELIX", "MOHAMED", "SOFIA",
                  "CLAIRE", "OMAR"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(CAPITALS_WORDS), st.sampled_from(["the warning {} VISITS AFTER DARK "
                                                        "was on the file.",
                                                        "A note read NO {} CONTACT TODAY."]))
def test_an_everyday_word_in_a_run_of_capitals_is_kept(anonymiser, lexicon, word, wording):
    assert _kept(wording.format(word), anonymiser, lexicon)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(CAPITALS_NAMES))
def test_a_given_name_in_a_run_of_capitals_is_still_a_suspect(lexicon, name):
    text = f"The file was marked DO NOT RELEASE TO {name} in red."
    assert name in {text[s.start:s.end] for s in suspects_in(text, lexicon)}


def test_a_key_name_in_a_run_of_capitals_is_still_replaced(anonymiser):
    # 'Tamsin' is the mother's name in the key; 'LONE' beside it stays a word.
    out = anonymiser.anonymise("The sign said NO LONE VISITS BY TAMSIN GOWAN.")[0]
    assert "TAMSIN" not in out and "GOWAN" not in out and "LONE" in out


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Mr", "Mrs", "Ms", "Miss", "Dr", "Dr.", "Nurse", "Cllr", "DS"]))
def test_a_title_in_an_alias_is_no_key_word_and_gives_no_initials(title):
    # An alias written with a title ('Ms Smith', as case.toml keys often give them):
    # found by its name, never by the title, which stands before anyone's name.
    person = Person("Zoe Farrant", "Mother", "Mother", aliases=(f"{title} Farrant",))
    case = Case(root=Path("."), reference="L-4", review="Child Safeguarding Practice Review",
                subject="Child Q", period_from=dt.date(2019, 1, 1),
                period_to=dt.date(2020, 12, 31), agencies=[Agency("Wessex Police")],
                people=[person])
    lexicon = Lexicon.for_case(case)
    bare = title.rstrip(".").lower()
    assert bare not in lexicon.key_words and "farrant" in lexicon.key_words
    assert f"{title.rstrip('.')[0]}F".upper() not in lexicon.key_initials
    text = f"{title} Okafor rang the office."
    assert all(not s.from_key for s in suspects_in(text, lexicon))
    named = f"{title} Farrant rang the office."
    found = [(named[s.start:s.end], s.from_key) for s in suspects_in(named, lexicon)]
    assert ("Farrant", True) in found, found


def test_no_term_is_shipped_twice():
    """Each term of the vocabulary stands in one data file, once: a second copy is a
    second place to edit."""
    terms = shipped_terms()
    assert len(terms) == len(set(terms))


def _cross_family(address: str = "") -> Case:
    return Case(root=Path("."), reference="L-4", review="Child Safeguarding Practice Review",
                subject="Child M", period_from=dt.date(2022, 1, 1),
                period_to=dt.date(2023, 12, 31),
                people=[Person("Danielle Cross", "Mother", "Mother", address=address),
                        Person("Remy Cross", "Child M", "Child")],
                staff=[StaffMember("Owen Dee", role="Police Officer"),
                       StaffMember("Rachel Dale", role="Health Visitor")])


@pytest.mark.parametrize("text", [
    "He travelled between King's Cross and Liverpool Street.",
    "They had moved from a caravan near the River Dee.",
    "The family walked in the Yorkshire Dales.",
])
def test_a_place_too_large_to_locate_anyone_keeps_one_word_of_the_keys_names(text):
    case = _cross_family()
    assert _kept(text, Anonymiser.for_case(case, dt.date(2026, 1, 1)), Lexicon.for_case(case))


def test_the_key_name_alone_or_beside_the_place_is_still_the_person():
    case = _cross_family()
    anonymiser, lexicon = Anonymiser.for_case(case, dt.date(2026, 1, 1)), Lexicon.for_case(case)
    text = "Ms Cross went to King's Cross; Cross told PC Dee about the River Dee."
    assert anonymiser.anonymise(text)[0] == ("[family member] went to King's Cross; [family "
                                             "member] told PC [Police Officer] about the River "
                                             "Dee.")
    assert suspect_texts(text, lexicon) == ["Cross", "Cross",
                                                                         "Dee"]


def test_a_large_place_that_holds_a_word_of_the_keys_addresses_stays_a_suspect():
    case = _cross_family(address="4 Dee Court, Saltney, ZZ1 2AB")
    text = "They had moved from a caravan near the River Dee."
    assert "Dee" in suspect_texts(text, Lexicon.for_case(case))


def test_an_nhs_body_named_after_a_person_is_the_body():
    case = _cross_family()
    anonymiser, lexicon = Anonymiser.for_case(case, dt.date(2026, 1, 1)), Lexicon.for_case(case)
    assert _kept("A paediatric review at James Cook University Hospital followed.",
                 anonymiser, lexicon)
    text = "James Cook told the nurse."
    assert anonymiser.anonymise(text)[0] == "[name] told the nurse."


@pytest.mark.parametrize(("text", "person"), [
    ("Mrs Jane Holloway of Holloway Hospital said so.", "Jane Holloway"),
    ("Dr Priya Nair and Dr Tom Bell of Milton Keynes University Hospital met.", "Tom Bell"),
])
def test_a_person_named_before_an_nhs_body_is_not_of_its_name(text, person):
    case = _cross_family()
    anonymiser, lexicon = Anonymiser.for_case(case, dt.date(2026, 1, 1)), Lexicon.for_case(case)
    assert person not in anonymiser.anonymise(text)[0]
    assert person in suspect_texts(text, lexicon)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Lithuania", "Latvia", "Romania", "Nigeria", "Poland", "Jamaica",
                        "Pakistan", "Eritrea"]))
def test_a_country_of_a_home_abroad_locates_no_one(country):
    """The key's address abroad ('Jonava, Lithuania') is the family's; its country alone
    is shared by millions, and kept by the anonymiser and the gate."""
    case = Case(root=Path("."), reference="L-9", review="Child Safeguarding Practice Review",
                subject="Child K", period_from=dt.date(2018, 1, 1),
                period_to=dt.date(2019, 12, 31),
                people=[Person("Rimvydas Aukstikalnis", "Father", "Father",
                               address=f"Jonava, {country}")])
    text = f"He stayed in {country} and was born in Jonava, {country}."
    published = Anonymiser.for_case(case, dt.date(2026, 1, 1)).anonymise(text)[0]
    assert published.startswith(f"He stayed in {country} and")
    assert "Jonava" not in published
    assert suspect_texts(text, Lexicon.for_case(case)) == [
        "Jonava"]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Lagos", "Kabul", "Karachi", "Bucharest", "Lahore"]))
def test_a_large_city_of_a_home_abroad_locates_no_one(city):
    """'Ikorodu, Lagos State, Nigeria': the district is the family's; its city or state
    of millions is kept where it stands alone."""
    case = Case(root=Path("."), reference="L-9", review="Child Safeguarding Practice Review",
                subject="Child K", period_from=dt.date(2018, 1, 1),
                period_to=dt.date(2019, 12, 31),
                people=[Person("Adebisi Ogunwale", "Mother", "Mother",
                               address=f"Ikorodu, {city} State, Nigeria")])
    text = f"She had spoken to her mother in {city} twice; the family came from Ikorodu."
    published = Anonymiser.for_case(case, dt.date(2026, 1, 1)).anonymise(text)[0]
    assert published.startswith(f"She had spoken to her mother in {city} twice")
    assert "Ikorodu" not in published
    assert suspect_texts(text, Lexicon.for_case(case)) == [
        "Ikorodu"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A Merton-compliant age assessment followed R (B) v London Borough of Merton.", []),
    ("He reported at Lunar House in Croydon.", []),      # the Home Office's building
    ("Mr Merton and Ms Sutton visited.", ["Merton", "Sutton"]),
])
def test_a_london_borough_is_too_large_to_locate_anyone(text, expected):
    case = Case(root=Path("."), reference="L-10", review="Child Safeguarding Practice Review",
                subject="Child K", period_from=dt.date(2018, 1, 1),
                period_to=dt.date(2019, 12, 31),
                people=[Person("Ada Quist", "Child K", "Child", address="4 Eel Lane, Worthing")])
    assert suspect_texts(text, Lexicon.for_case(case)) == expected


def _lives_at(address: str) -> Case:
    return Case(root=Path("."), reference="L-4", review="Child Safeguarding Practice Review",
                subject="Child R", period_from=dt.date(2021, 1, 1),
                period_to=dt.date(2022, 12, 31),
                people=[Person("Rūta Vaitkutė", "Mother", "Mother", address=address)])


@pytest.mark.parametrize(("address", "town", "kept"), [
    # English text names Boston (Massachusetts) often; this family's Boston is theirs.
    ("Room 4, 23 Quillfen Street, Boston PE21 8XQ", "Boston", True),
    ("Flat 2, 9 Tansy Walk, Wisbech, PE13 1AB", "Wisbech", True),
    # A city too large to locate anyone, and a word of every sentence, are not the family's.
    ("Flat 9, Tolhurst House, east London", "London", False),
    ("The Willows, 4 Mill Lane, Styal SK9 4AB", "The", False),
])
def test_the_town_of_an_address_is_the_familys_however_often_english_names_it(address, town,
                                                                             kept):
    """The gate finds it, so the summary is never written with it (the anonymiser may
    leave it: the gate is the check that does not depend on the anonymiser)."""
    lexicon = Lexicon.for_case(_lives_at(address))
    text = f"Practitioners in {town} did not know the family had moved."
    assert (town in suspect_texts(text, lexicon)) is kept
    published, _ = publish_docx(paragraphs_docx([text]), lexicon, mode="replace")
    assert (town not in document_text(published)) is kept
