"""The publication gate's initials (pipeline/anonymise/gateinitials.py): the key's
initials after 'that' begin a clause ('recorded that JP had'), where 'that GP' or 'that DA
referral' still points at the abbreviation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.anonymise.lexicon import Lexicon
from pipeline.case import Case, Person
from tests.builders.gate_probe import suspect_texts


def _lexicon() -> Lexicon:
    return Lexicon.for_case(Case(
        root=Path("."), reference="I-1", review="Child Safeguarding Practice Review",
        subject="Child L", period_from=dt.date(2021, 1, 1), period_to=dt.date(2022, 12, 31),
        people=[Person("Jorge Paiva Bastos", "Stepfather", "Stepfather",
                       aliases=("JP", "Dale Amos")),
                Person("Lia Bastos", "Child L", "Child")]))


@pytest.mark.parametrize("text", [
    "The assessment recorded that JP had agreed not to smack her.",
    "The GP's note said that JP shouted when he drank.",
    "Staff heard that JP was out most evenings.",
])
def test_the_keys_initials_after_that_are_the_person(text):
    assert suspect_texts(text, _lexicon()) == ["JP"]


@pytest.mark.parametrize("text", [
    "The nursery wrote to the GP; that GP had not seen her since May.",
    "She asked for a JP to sign the warrant.",
    "That DA referral was never sent.",
])
def test_an_abbreviation_after_that_or_a_determiner_is_still_the_abbreviation(text):
    assert suspect_texts(text, _lexicon()) == []
