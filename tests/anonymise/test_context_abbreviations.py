"""Abbreviations a document defines ('the Joint Triage Team (JTT)') are its vocabulary, not
initials; a name in brackets defines none ('Amira Mahfouz (AM)'); the field's own
abbreviations stay abbreviations though they are a child's initials ('an EP assessment')."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.gate import suspects_in
from pipeline.anonymise.gatedocx import defined_abbreviations
from pipeline.anonymise.lexicon import Lexicon
from pipeline.case import Case, Person
from tests.builders.adversarial import document_text
from tests.builders.gate_probe import paragraphs_docx, service_case
from tests.builders.publishing import publish


def test_a_built_report_keeps_the_abbreviations_it_defines():
    paragraphs = [
        "The referral went to the Joint Triage Team (JTT) and then to the Vulnerable "
        "Adolescents Panel (VAP); Amira Mahfouz (AM) and Gemma Lund (GL) were not told.",
        "The JTT met twice and the VAP once. AM said she was never asked; GL agreed.",
        "The family came from Mongolia; a Mongolian interpreter and Mr French attended.",
    ]
    item = SimpleNamespace(case=service_case(), data=paragraphs_docx(paragraphs))
    for mode in ("replace", "mark"):
        _, verdict = publish(item, mode)
        text = document_text(verdict.data)
        for kept in ("Joint Triage Team (JTT)", "Vulnerable Adolescents Panel (VAP)",
                     "The JTT met twice and the VAP once", "from Mongolia; a Mongolian"):
            assert kept in text
        assert not re.search(r"\b(?:AM|GL|Gemma|Lund|Amira|French)\b", text)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(["Joint", "Triage", "Team", "Family", "Support",
                                       "Hub", "Vulnerable", "Adolescents", "Panel",
                                       "Early", "Help", "Service", "Risk", "Board"]),
                      min_size=2, max_size=5, unique=True))
def test_an_abbreviation_a_document_defines_is_its_vocabulary(words):
    letters = "".join(w[0] for w in words)
    case = service_case()
    lexicon = defined_abbreviations([f"The {' '.join(words)} ({letters}) met."],
                                    Lexicon.for_case(case))
    assert letters in lexicon.defined
    assert not [s for s in suspects_in(f"Later the {letters} met again.", lexicon)
                if s.kind == "initials"]


@pytest.mark.parametrize("definition", ["Amira Mahfouz (AM)", "Gemma Lund (GL)",
                                        "Amra Mahfouz Team (AMT)", "Lorna Black (LB)"])
def test_a_name_in_brackets_defines_no_abbreviation(definition):
    lexicon = defined_abbreviations([f"Then {definition} spoke."], Lexicon.for_case(service_case()))
    assert lexicon.defined == frozenset()


def test_an_abbreviation_is_defined_in_quotes_or_with_another_name_too():
    texts = ["It keeps your protected health information (“PHI”) safe.",
             "Congress passed the Radiation Exposure Compensation Act (RECA or the Act)."]
    assert defined_abbreviations(texts, Lexicon.for_case(service_case())).defined == {"PHI", "RECA"}


@pytest.mark.parametrize("text", ["An EP assessment was requested for her reading.",
                                  "The DSP and the YJS met; a CIC review followed."])
def test_the_fields_abbreviations_that_are_a_childs_initials_stay_abbreviations(text):
    case = Case(root=Path("."), reference="C-8", review="Child Safeguarding Practice Review",
                subject="Child R", period_from=dt.date(2023, 1, 1),
                period_to=dt.date(2024, 12, 31),
                people=[Person("Eliska Pavlova", "Child R", "Child"),
                        Person("Dominik Sykora-Pavel", "Father", "Father"),
                        Person("Celina Ines Cerna", "Sibling", "Sibling")])
    anonymiser = Anonymiser.for_case(case, dt.date(2026, 1, 1))
    assert anonymiser.anonymise(text)[0] == text
    assert suspects_in(text, Lexicon.for_case(case)) == []
    said = "E.P. said she could not read it."
    assert anonymiser.anonymise(said)[0] == "Child R said she could not read it."
