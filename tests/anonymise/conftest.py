"""The publication gate's tests share one case: gate_case's lexicon, made once. A module
with a case of its own defines its own `lexicon`."""

from __future__ import annotations

import pytest

from pipeline.anonymise.lexicon import Lexicon
from tests.builders.cases import gate_case


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon.for_case(gate_case())
