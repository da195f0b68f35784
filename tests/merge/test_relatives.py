"""relatives: the words of kinship found in any text are those the plain pattern finds
(the quick pattern only skips positions where no word can start)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pipeline.merge import relatives

# The pattern as it reads without the skip, spelled out here from KIN_GROUPS.
PLAIN = re.compile(r"\b((?:maternal|paternal|great[- ])\s*)?(" + "|".join(
    sorted((re.escape(w) for group in relatives.KIN_GROUPS for w in group), key=len,
           reverse=True)) + r")\b", re.I)

PIECES = st.sampled_from([w for group in relatives.KIN_GROUPS for w in group]
                         + ["maternal ", "Paternal ", "great-", "great ", "GREAT ", " ", "-",
                            ".", "s", "'s", "x", "MUM", "Nan", "e", "\n", "step", "half"])


@given(st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=12).map("".join))
def test_the_same_words_of_kinship_as_the_plain_pattern(text):
    found = [(m.start(), m[0], m[1], m[2]) for m in relatives._QUALIFIED.finditer(text)]
    assert found == [(m.start(), m[0], m[1], m[2]) for m in PLAIN.finditer(text)]


@given(st.lists(st.one_of(PIECES, st.text(alphabet=st.characters(max_codepoint=127),
                                           max_size=4)), max_size=12).map("".join))
def test_ascii_text_gives_the_same_matches_in_lower_case(text):
    found = [(m.start(), m[0], m[1], m[2]) for m in relatives.kinship(text)]
    assert found == [(m.start(), m[0].lower(), m[1] and m[1].lower(), m[2].lower())
                     for m in relatives._QUALIFIED.finditer(text)]


def test_a_qualified_relative_is_found_whole():
    found = [m[0] for m in relatives._QUALIFIED.finditer(
        "Seen with Maternal Grandmother and her great-uncle; mum at work.")]
    assert found == ["Maternal Grandmother", "great-uncle", "mum"]
