"""The anonymiser learns from the document, leaves ordinary words alone, and names
agencies that locate the family by their kind. Every name here is invented."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document

from pipeline.anonymise import Anonymiser, anonymise_docx
from pipeline.case import Agency, CaseError, load_case
from tests.builders.cases import gate_case, write_case_toml


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser.for_case(gate_case(), dt.date(2026, 1, 1))


def _document(*paragraphs: str) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _anonymised(anonymiser: Anonymiser, *paragraphs: str) -> list[str]:
    data, _ = anonymise_docx(_document(*paragraphs), anonymiser, document="d", title="t",
                             when=dt.datetime(2026, 1, 1))
    return [p.text for p in Document(io.BytesIO(data)).paragraphs]


def test_a_nickname_beside_a_key_name_is_learnt(anonymiser):
    text = _anonymised(anonymiser, "Jason Maddox ('Bubba') moved in.", "Bubba was not checked.")
    assert text == ["Father moved in.", "Father was not checked."]


@pytest.mark.parametrize(("written", "expected"), [
    # 'Called' after a name is the verb: what follows is no nickname of that person.
    (["Jason Maddox called NHS 111 at dawn.", "NHS 111 gave advice."],
     ["Father called NHS 111 at dawn.", "NHS 111 gave advice."]),
    (["June Ellery called Gary from the car park.", "Dawn Smith saw Jason."],
     ["Mother called Health Visitor from the car park.", "Detective Sergeant saw Father."]),
    # With quotes it names him, and so does a field's abbreviation never.
    (["Jason Maddox, called 'Bubba' by his friends, moved in.", "Bubba left."],
     ["Father, called 'Father' by his friends, moved in.", "Father left."]),
    (["Jason Maddox (MASH) was checked.", "The MASH met."],
     ["Father (MASH) was checked.", "The MASH met."]),
])
def test_a_verb_or_an_abbreviation_after_a_key_name_is_no_nickname(anonymiser, written,
                                                                     expected):
    assert _anonymised(anonymiser, *written) == expected


def test_a_name_seen_in_full_is_removed_alone(anonymiser):
    text = _anonymised(anonymiser, "Mrs Pam Kettleby rang.", "Pam told the health visitor.")
    assert "Pam" not in " ".join(text) and "Kettleby" not in " ".join(text)


def test_a_word_of_a_public_name_after_a_relation_word_is_not_learnt(anonymiser):
    # 'Infant' is a relation word ('Infant Kettleby'), but the syndrome names no one.
    text = _anonymised(anonymiser, "It was consistent with Sudden Infant Death Syndrome.",
                       "The Child Death Overview Panel will meet.", "Infant Kettleby slept.",
                       "Kettleby was seen.")
    assert text[:2] == ["It was consistent with Sudden Infant Death Syndrome.",
                        "The Child Death Overview Panel will meet."]
    assert "Kettleby" not in " ".join(text[2:])


def test_a_name_known_from_another_report_is_removed(anonymiser):
    data, _ = anonymise_docx(_document("Tank was never seen."), anonymiser, document="d",
                             title="t", when=dt.datetime(2026, 1, 1),
                             learn_from=["Jason Maddox ('Tank') moved in."])
    assert Document(io.BytesIO(data)).paragraphs[0].text == "Father was never seen."


@pytest.mark.parametrize(("written", "expected"), [
    ("T-M was seen; T.M. was happy; TME slept.", "Child T was seen; Child T was happy; "
                                                 "Child T slept."),
    ("The family lived at Flat 4, 22 Heron Court, Bletchley, MK3 4HN.",
     "The family lived at [address]."),
    ("Post for Heron Court went to MK3 4HN, not MK3.", "Post for [address] went to [address], "
                                                       "not [address]."),
    ("Łucja Dąbrowska called; Dąbrowska was upset.", "Neighbour called; Neighbour was upset."),
    ("Tomasz Wiśniewski, a neighbour, called.", "[name], a neighbour, called."),
    ("They moved to Sandpiper Walk, then Tanners Row.", "They moved to [street], then [street]."),
    ("See https://www.facebook.com/jase.maddox.7 for it.", "See [link] for it."),
])
def test_the_forms_the_key_did_not_list(anonymiser, written, expected):
    assert anonymiser.anonymise(written)[0] == expected


@pytest.mark.parametrize("text", [
    "In June 2016 the plan ended; on 5 June it was reviewed.",
    "DO NOT DISCLOSE THE ADDRESS.",
    "Police DS and DC officers attended.",
    "The family had a Jack Russell.",
    "The Victoria Climbié inquiry and Lord Laming's report were cited.",
    "The Crown Court heard the case.",
])
def test_ordinary_words_that_are_names_are_kept(anonymiser, text):
    assert anonymiser.anonymise(text)[0] == text


def test_a_police_rank_before_a_staff_name_stays_and_the_name_becomes_the_role(anonymiser):
    assert anonymiser.anonymise("DS Smith attended.")[0] == "DS [Detective Sergeant] attended."
    assert anonymiser.anonymise("Mr Smith attended.")[0] == "Detective Sergeant attended."


def test_agencies_that_locate_the_family_are_named_by_their_kind(anonymiser):
    assert anonymiser.anonymise("Larkspur Primary School raised it; staff at Larkspur "
                                "agreed.")[0] == ("The primary school raised it; staff at the "
                                                  "primary school agreed.")
    assert anonymiser.anonymise("Castle Hill Surgery's nurse")[0] == "The GP practice's nurse"


@pytest.mark.parametrize(("name", "kind"), [
    ("Oakfield Primary School", "the primary school"), ("Wren Hollow Nursery", "the nursery"),
    ("Stantonbury Park Surgery", "the GP practice"), ("Fernhill Children's Centre",
                                                        "the children's centre"),
    ("Ashby High School", "the secondary school"), ("Thames Valley Police", None),
    ("Ysgol Gynradd Glanmorlais", "the primary school"), ("Cylch Meithrin Brynteg",
                                                           "the nursery"),
    ("Meddygfa Tŷ Isaf", "the GP practice"), ("Flying Start Glanmorlais",
                                              "the Flying Start centre"),
    ("The Orchard Clinic", "the clinic"), ("Kestrel Youth Hub", "the youth centre"),
    ("Larkhill House Refuge", "the refuge"), ("Refuge", None),
    ("Brambles Children's Home", "the children's home"), ("Ridgeway Hub", "the hub"),
    ("Children's Social Care", None), ("Health Visiting Service", None),
    ("Health Visiting and School Nursing Service", None), ("School Health Team", None),
    ("Wexfield Primary Care Network", None), ("St Anne's School", "the school"),
])
def test_the_safe_default_for_a_place(name, kind):
    agency = Agency(name)
    assert agency.locates is (kind is not None)
    assert agency.published == (kind or name)


def test_published_as_in_case_toml(tmp_path):
    root = write_case_toml(tmp_path / "case", agencies=[
        {"name": "Hilltop Pre-School", "published_as": "the pre-school"}])
    agency = load_case(root).agencies[0]
    assert agency.published == "the pre-school" and agency.locates
    write_case_toml(root, agencies=[{"name": "Hilltop", "published_as": 3}])
    with pytest.raises(CaseError, match="published_as"):
        load_case(root)


def test_a_nickname_after_a_key_name_in_a_clause_is_not_that_persons(anonymiser):
    text = _anonymised(anonymiser, "Jason Maddox, whom June called Bubba, moved in.",
                       "Bubba was not checked.")
    assert "Mother" not in text[0].replace("Mother called", "") and "Bubba" not in text[0]
    assert text[1] == "[name] was not checked."


def test_a_street_inside_a_place_of_the_uk_is_the_place(anonymiser):
    assert _anonymised(anonymiser, "He was found at Birmingham New Street; June Ellery lived "
                                   "on Acacia Avenue.") == [
        "He was found at Birmingham New Street; Mother lived on [street]."]


def test_initials_that_are_no_word_are_found_in_a_sentence_in_capitals(anonymiser):
    """'DO NOT DISCLOSE' keeps its word DO; 'NOT AGREED - JM TOLD' loses Jason Maddox."""
    published = anonymiser.anonymise("STAYING PUT - NOT AGREED - JM TOLD.")[0]
    assert "JM" not in published and published.startswith("STAYING PUT - NOT AGREED - ")
    assert anonymiser.anonymise("DO NOT DISCLOSE THE ADDRESS.")[0] == (
        "DO NOT DISCLOSE THE ADDRESS.")
