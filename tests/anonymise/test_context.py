"""Ordinary uses of a key name's letters or words, kept by the anonymiser and the
publication gate alike, in built documents and for all inputs: a clock time ('6 PM',
where PM are the child's initials), a national service referred to ('referred to Brook',
where Brook is a social worker), a fixed name a surname begins ('Black History Month'),
an NHS body by its published name. Each counter-test shows the person (or the family's
place) is still found where a title, a first name or a person's verb says so."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.anonymise.context import (
    calendar_in_use,
    national_services,
    service_in_use,
    shops,
    time_of_day,
)
from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gatewords import key_match
from pipeline.anonymise.lexicon import Lexicon
from pipeline.anonymise.wordlists import (
    fixed_phrases_in,
    shipped_terms,
)
from pipeline.case import Agency, Case, Person, StaffMember
from tests.builders.adversarial import document_text
from tests.builders.gate_probe import anonymised, case_suspects, paragraphs_docx, service_case
from tests.builders.publishing import publish

# Those that could be someone's surname too ('Brook', 'Relate'; not 'CEOP', 'Catch22').
SERVICES = sorted(s for s in national_services() if s.isalpha() and s[1:].islower())
EVERYDAY_SURNAMES = ["Black", "White", "Brown", "Church", "Wood", "Bell", "Young"]


KEPT = ["SEEN ONLY WITH A COLLEAGUE BEFORE 9 AM OR AFTER 7.30 PM",
        "the visit at 4 p.m.", "was signposted to Brook", "a Brook clinic",
        "in Black History Month", "the Black Country", "Great Western Hospital",
        "Royal Berkshire NHS Foundation Trust", "South Central Ambulance Service"]
FOUND = ["PM", "P.M.", "Lorna", "Black", "Brook", "Quennell", "Orrinford", "Tansy"]


def test_a_built_report_keeps_the_ordinary_uses_and_loses_the_people():
    paragraphs = [
        "The flag read SEEN ONLY WITH A COLLEAGUE BEFORE 9 AM OR AFTER 7.30 PM, and PM was "
        "not seen after the visit at 4 p.m.",
        "She was signposted to Brook and went to a Brook clinic; Brook said she would "
        "follow it up, and Ms Brook did.",
        "The school marked the month in Black History Month, and the family came from the "
        "Black Country; DS Black and Lorna Black attended, and Black told the mother.",
        "P.M. was taken to Great Western Hospital (Royal Berkshire NHS Foundation Trust "
        "took the transfer), by South Central Ambulance Service; the mother refused "
        "Orrinford General Hospital and Quennell Hospital was never named.",
        "The family lived in Tansy Walk.",
    ]
    item = SimpleNamespace(case=service_case(), data=paragraphs_docx(paragraphs))
    for mode in ("replace", "mark"):
        _, verdict = publish(item, mode)
        text = document_text(verdict.data)
        assert [k for k in KEPT if k not in text] == []
        rest = text
        for kept in KEPT:
            rest = rest.replace(kept, " ")
        assert [f for f in FOUND if re.search(rf"(?<![\w.]){re.escape(f)}(?!\w)", rest)] == []
        assert "Orrinford" not in text and "Quennell" not in text
        assert not verdict.blocking


@settings(max_examples=80, deadline=None)
@given(hour=st.integers(1, 12), minutes=st.sampled_from(["", ".30", ":15", ".05"]),
       space=st.sampled_from(["", " ", "\u00a0"]),
       letters=st.sampled_from(["PM", "AM", "P.M.", "A.M.", "pm", "p.m."]),
       shout=st.booleans())
def test_a_clock_time_is_never_initials(hour, minutes, space, letters, shout):
    case = Case(root=Path("."), reference="T-1", review="Review", subject="Child P",
                period_from=dt.date(2019, 1, 1), period_to=dt.date(2020, 1, 1),
                agencies=[Agency("Avon Police")],
                people=[Person("Pippa Mace", "Child P", "Child"),
                        Person("Ali Morgan", "Father", "Father")])
    time = f"{hour}{minutes}{space}{letters}"
    text = (f"DO NOT VISIT AFTER {time} WITHOUT POLICE." if shout else
            f"The nurse called at {time} and the father was out.")
    assert time_of_day(text, text.index(time) + len(f"{hour}{minutes}{space}"),
                       text.index(time) + len(time))
    assert anonymised(text, case) == text
    assert case_suspects(text, case) == []
    # The same letters standing for the child are still her initials.
    named = f"At {time} the nurse saw PM with AM there."
    assert anonymised(named, case).endswith("saw Child P with Father there.")
    assert case_suspects(named, case)[-2:] == ["PM", "AM"]


CONTEXTS = ["The mother was referred to {s} for advice.", "She was signposted to {s}.",
            "Staff signposted her to {s} last year.", "She attended {s} twice.",
            "She went to a {s} clinic.", "The {s} worker rang the school."]


@settings(max_examples=80, deadline=None)
@given(service=st.sampled_from(SERVICES), context=st.sampled_from(CONTEXTS))
def test_a_national_service_is_kept_whoever_in_the_key_shares_its_name(service, context):
    case = service_case(service=service)
    text = context.format(s=service)
    assert anonymised(text, case) == text
    assert case_suspects(text, case) == []


@settings(max_examples=60, deadline=None)
@given(service=st.sampled_from(SERVICES),
       person=st.sampled_from(["She was referred to Ms {s}.", "She was referred to Nadia {s}.",
                               "{s} said the mother was referred to {s}'s team.",
                               "She attended, and {s} told her."]))
def test_the_social_worker_of_the_services_name_is_still_found(service, person):
    case = service_case(service=service)
    text = person.format(s=service)
    assert service not in anonymised(text, case).replace("Social Worker", "")
    assert any(service in s for s in case_suspects(text, case))
    assert not service_in_use(text, text.rindex(service), text.rindex(service) + len(service))


NOUN_PHRASES = ["History Month", "Book", "Paper", "Country", "Friday", "Belt", "Box",
                "Tea Party", "History Week", "Power Campaign"]


@settings(max_examples=80, deadline=None)
@given(surname=st.sampled_from(EVERYDAY_SURNAMES), phrase=st.sampled_from(NOUN_PHRASES),
       lead=st.sampled_from(["During", "The school marked", "It was", "In"]))
def test_an_everyday_surname_beginning_a_fixed_name_is_kept(surname, phrase, lead):
    case = service_case(staff_surname=surname)
    text = f"{lead} {surname} {phrase} that year."
    assert anonymised(text, case) == text
    assert case_suspects(text, case) == []


@settings(max_examples=60, deadline=None)
@given(surname=st.sampled_from(EVERYDAY_SURNAMES), phrase=st.sampled_from(NOUN_PHRASES),
       before=st.sampled_from(["DS", "Ms", "Lorna", "Detective Sergeant"]))
def test_the_surname_after_a_title_or_first_name_is_still_the_person(surname, phrase,
                                                                      before):
    assume(not fixed_phrases_in(f"{surname} {phrase}", frozenset())
           and f"{surname} {phrase}" not in shipped_terms())    # 'White Paper': public
    case = service_case(staff_surname=surname)
    text = f"It was {before} {surname} {phrase} who came."
    assert f" {surname} " not in anonymised(text, case)
    assert any(surname in s for s in case_suspects(text, case))


@settings(max_examples=60, deadline=None)
@given(surname=st.sampled_from(EVERYDAY_SURNAMES), phrase=st.sampled_from(NOUN_PHRASES))
def test_an_everyday_surname_with_a_possessive_begins_no_fixed_name(surname, phrase):
    # "the Black's Book", "the Gannet's Rest": a person's, or a place named after one.
    case = service_case(staff_surname=surname)
    text = f"She worked at the {surname}'s {phrase} that year."
    assert f"{surname}'s" in case_suspects(text, case)


def test_a_name_seen_in_the_document_with_a_possessive_stays_a_suspect():
    # 'Gannet' is an everyday word; seen as a name elsewhere, 'the Gannet's Rest' (a café)
    # is no fixed name like 'Black History Month'.
    text = "She worked at the Gannet's Rest until midnight."
    lexicon = Lexicon.for_case(service_case())
    found = suspects_in(text, lexicon, frozenset(), frozenset({"gannet's", "gannet"}))
    assert "Gannet's" in [text[s.start:s.end] for s in found]


HEADS = ["Hospital", "University Hospital", "General Hospital", "Infirmary",
         "Hospitals NHS Foundation Trust", "NHS Trust", "Community Hospital"]


@settings(max_examples=80, deadline=None)
@given(town=st.from_regex(r"[A-Z][a-z]{3,9}( [A-Z][a-z]{3,9})?", fullmatch=True),
       head=st.sampled_from(HEADS))
def test_an_nhs_body_by_its_published_name_passes_the_gate(town, head):
    case = service_case()
    text = f"She was taken to {town} {head} by ambulance."
    lexicon = Lexicon.for_case(case)
    assume(not any(key_match(w, text, 0, 0, lexicon) for w in town.split()))   # 'Amrra'
    assert case_suspects(text, case) == []


@pytest.mark.parametrize("body", ["Orrinford General Hospital", "Quennell Hospital",
                                  "Tansy Infirmary", "Quenell Memorial Hospital"])
def test_an_nhs_body_named_after_the_family_or_their_street_is_a_suspect(body):
    text = f"She was taken to {body} by ambulance."
    assert case_suspects(text, service_case())


def test_a_given_name_before_and_is_no_word_of_the_hospital():
    text = "Bethany and Milton Keynes University Hospital staff disagreed."
    assert case_suspects(text, service_case()) == ["Bethany"]


REVIEW_WORDS = ["Crohn's disease", "Ehlers-Danlos syndrome", "Asperger's", "ASQ-3",
                "GAD-7", "Brook Traffic Light Tool", "Common Assessment Framework",
                "a DM on Instagram", "Bell's palsy"]


def test_a_built_report_keeps_eponyms_tools_and_codes_and_loses_the_people():
    paragraphs = [
        "The mother had Crohn's disease and Ehlers-Danlos syndrome; the child was assessed "
        "for Asperger's, with the ASQ-3 and a GAD-7 for the mother.",
        "Staff used the Brook Traffic Light Tool and the Common Assessment Framework; "
        "the Lorna Black Tool was never used.",
        "Amira Mahfouz sent him a DM on Instagram, and AM said so; her father had Bell's "
        "palsy, and Quennell's disease was ruled out.",
    ]
    item = SimpleNamespace(case=service_case(staff_surname="Black"),
                           data=paragraphs_docx(paragraphs))
    for mode in ("replace", "mark"):
        _, verdict = publish(item, mode)
        text = document_text(verdict.data)
        assert [k for k in REVIEW_WORDS if k not in text] == []
        rest = text
        for kept in REVIEW_WORDS:
            rest = rest.replace(kept, " ")
        assert [f for f in ("Lorna", "Black", "Amira", "AM", "Quennell")
                if re.search(rf"(?<!\w){f}(?!\w)", rest)] == []
        assert not verdict.blocking


@settings(max_examples=80, deadline=None)
@given(eponym=st.from_regex(r"[A-Z][a-z]{3,9}(-[A-Z][a-z]{3,9})?", fullmatch=True),
       possessive=st.sampled_from(["", "'s", "’s"]),
       noun=st.sampled_from(["disease", "syndrome", "palsy", "sign", "fracture"]))
def test_a_condition_named_after_someone_passes_the_gate(eponym, possessive, noun):
    case = service_case()
    text = f"The child was assessed for {eponym}{possessive} {noun} at the clinic."
    lexicon = Lexicon.for_case(case)
    # Neither the eponym nor a part of it may sound like the key ('Paaa-Paaa' does).
    assume(not any(key_match(w, text, 0, 0, lexicon) for w in [eponym, *eponym.split("-")]))
    assert case_suspects(text, case) == []
    # A name of the key before the same noun is still the person.
    named = f"The child was assessed for Quennell{possessive} {noun} at the clinic."
    assert case_suspects(named, case)


def _family_case() -> Case:
    return Case(root=Path("."), reference="C-8", review="Child Safeguarding Practice Review",
                subject="Child P", period_from=dt.date(2021, 1, 1),
                period_to=dt.date(2022, 12, 31), agencies=[Agency("Avon Police")],
                people=[Person("Paige Ellis", "Child P", "Child"),
                        Person("Iris Ellis", "Maternal grandmother", "Maternal grandmother"),
                        Person("Storm Ellis", "Sibling 1", "Sibling"),
                        Person("Dean Morrison", "Father", "Father")],
                staff=[StaffMember("Emma Ford", role="Social Worker"),
                       StaffMember("Tom Warren", role="Detective Constable")])


SHAPES_KEPT = ["the iris", "a rabbit warren", "Storm Arwen", "Homelessness Reduction Act 2017",
               "Paediatric Intensive Care Unit", "Pancake Day", "St Patrick's Day",
               "a Ford Fiesta", "worked at Morrisons", "a Morrisons voucher", "in PE",
               "PE lessons", "HHJ", "Caesarean section", "Epstein-Barr virus", "Paw Patrol"]


def test_a_built_report_keeps_public_names_by_their_shape_and_loses_the_family():
    paragraphs = [
        "During Storm Arwen the nurse looked at the iris of the eye; the flat was a rabbit "
        "warren. Iris said the girls were safe, and Storm said so too.",
        "The mother was helped under the Homelessness Reduction Act 2017; the Ellis Act 2017 "
        "was never passed. Paige went to the Paediatric Intensive Care Unit, not the Ellis "
        "Unit, on Pancake Day and was home by St Patrick's Day, not on Paige Day.",
        "Emma Ford noted a Ford Fiesta; the mother worked at Morrisons and had a Morrisons "
        "voucher, and the car was Mr Morrison's. Morrisons said nothing.",
        "Paige was in PE and missed PE lessons; PE said she fell. HHJ Pryce heard it. The "
        "birth was by Caesarean section; the Epstein-Barr virus test was positive. Paige "
        "watched Paw Patrol.",
    ]
    item = SimpleNamespace(case=_family_case(), data=paragraphs_docx(paragraphs))
    for mode in ("replace", "mark"):
        _, verdict = publish(item, mode)
        text = document_text(verdict.data)
        assert [k for k in SHAPES_KEPT if k not in text] == []
        rest = text
        for kept in SHAPES_KEPT:
            rest = rest.replace(kept, " ")
        assert [f for f in ("Iris", "Storm", "Ellis", "Paige", "Emma", "Morrison", "PE",
                            "Pryce") if re.search(rf"(?<!\w){f}(?!\w)", rest)] == []
        assert not verdict.blocking


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(["Homelessness", "Reduction", "Children", "Social",
                                       "Work", "Families", "Protection", "Freedoms",
                                       "Modern", "Slavery", "Domestic", "Abuse"]),
                      min_size=1, max_size=4, unique=True),
       year=st.integers(1900, 2029), head=st.sampled_from(["Act", "Regulations", "Rules"]))
def test_a_law_by_its_title_and_year_passes_the_gate(words, year, head):
    text = f"She was helped under the {' '.join(words)} {head} {year} that year."
    assert case_suspects(text, _family_case()) == []
    named = f"Under the Ellis {' '.join(words)} {head} {year}."
    assert any("Ellis" in s for s in case_suspects(named, _family_case()))


@pytest.mark.parametrize("category", ["Mixed White and Black Caribbean", "Black African",
                                      "White and Asian", "Gypsy or Irish Traveller"])
def test_an_ethnicity_recorded_is_kept_whoever_in_the_key_shares_a_word(category):
    case = service_case(staff_surname="Black")
    text = f"Her ethnicity was recorded as {category} by the school."
    assert anonymised(text, case) == text
    assert case_suspects(text, case) == []


@pytest.mark.parametrize("text, name", [
    ("Shannon Day said she had seen it.", "Shannon"),
    ("Tyrone Ward was the lodger.", "Tyrone"),
    ("They met on Paige Day.", "Paige"),
    ("She stayed at Morrisons that night.", "Morrisons"),
    ("Morrisons said he would come.", "Morrisons"),
    ("She was seen by Ms Ford.", "Ford"),
])
def test_the_shapes_do_not_hide_a_person(text, name):
    assert any(name in s for s in case_suspects(text, _family_case()))


@settings(max_examples=60, deadline=None)
@given(shop=st.sampled_from(sorted(shops())), context=st.sampled_from(
    ["The mother worked at {s} for a year.", "She had a {s} voucher.",
     "He bought it from {s}."]))
def test_a_shop_named_like_the_family_is_the_shop_where_it_stands_as_one(shop, context):
    surname = re.sub(r"['’]s$|s$", "", shop)
    case = Case(root=Path("."), reference="S-1", review="Review", subject="Child Q",
                period_from=dt.date(2021, 1, 1), period_to=dt.date(2022, 1, 1),
                agencies=[Agency("Avon Police")],
                people=[Person(f"Quinn {surname}", "Child Q", "Child"),
                        Person(f"Dean {surname}", "Father", "Father")])
    text = context.format(s=shop)
    assert anonymised(text, case) == text
    assert case_suspects(text, case) == []


@pytest.mark.parametrize("text, suspects", [
    ("She went to the Urgent Treatment Centre and the Child Development Centre.", []),
    ("She was seen at the Sexual Assault Referral Centre that night.", []),
    ("She went to the Oakwood Youth Centre.", ["Oakwood Youth Centre"]),
    ("Mum told the nurse that Dad and Grandad helped, and Aunty did not.", []),
    ("Aunty Shireen and Uncle Bob came.", ["Shireen", "Bob"]),
])
def test_kinds_of_service_and_family_words_are_no_one(text, suspects):
    assert case_suspects(text, service_case()) == suspects


@pytest.mark.parametrize(("text", "word", "in_use"), [
    ("During Ramadan in 2023 they went to classes.", "Ramadan", True),
    ("It was closed in Lent and over Christmas.", "Lent", True),
    ("It was closed in Lent and over Christmas.", "Christmas", True),
    ("They met again at Eid 2023.", "Eid", True),
    ("At a Newroz celebration in the hall she danced.", "Newroz", True),
    ("Before Pesach the house was cleaned.", "Pesach", True),
    # The staff member or family member of that name.
    ("It was sent to DC Ramadan on Monday.", "Ramadan", False),
    ("Ramadan's notes were not read.", "Ramadan", False),
    ("Pesach said she would come.", "Pesach", False),
])
def test_a_festival_after_during_in_over_or_before_its_year_is_the_festival(text, word,
                                                                          in_use):
    start = text.index(word)
    assert calendar_in_use(text, start, start + len(word)) is in_use
