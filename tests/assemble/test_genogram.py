"""The genogram from case.toml's relations, the relations' parsing, and the relatives
the returns name who are not in the family key."""

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from pipeline.assemble import genogram
from pipeline.case import CaseError, load_case
from pipeline.case_panel import sex_of
from pipeline.drawing import genogram as drawing
from pipeline.merge import relatives
from tests.builders.cases import DEMO, write_case_toml
from tests.builders.chronology_rows import chronology, day, run_for
from tests.builders.runs import case_run, write_outputs

FAMILY = [
    {"name": "Amy Jones", "role": "Child", "pseudonym": "Child X"},
    {"name": "Beth Jones", "role": "Mother", "pseudonym": "Mother",
     "mother_of": ["Amy Jones", "Cal"],
     "partner_of": [{"name": "Dan Ray", "from": "01-01-2012", "to": "30-06-2014"}, "Ed Lee"],
     "lives_with": ["Child X", "Ed Lee"]},
    {"name": "Cal Jones", "aliases": ["Cal"], "role": "Brother", "pseudonym": "Sibling 1",
     "sibling_of": ["Child X"]},
    {"name": "Dan Ray", "role": "Father", "pseudonym": "Father", "father_of": ["Amy Jones"]},
    {"name": "Ed Lee", "role": "Mother's partner", "pseudonym": "Adult Male 1", "sex": "male"},
]


def case_with(tmp_path: Path, people: list[dict]):
    """The demo case with `people` as its family key (and no staff or recommendations)."""
    return load_case(write_case_toml(tmp_path / "case", people=people, staff=None,
                                     recommendations=None))


def test_relations_are_read_by_any_name_of_the_key(tmp_path):
    case = case_with(tmp_path, FAMILY)
    mother = case.people[1]
    assert [(r.kind, r.other) for r in mother.relations] == [
        ("mother_of", "Amy Jones"), ("mother_of", "Cal Jones"), ("partner_of", "Dan Ray"),
        ("partner_of", "Ed Lee"), ("lives_with", "Amy Jones"), ("lives_with", "Ed Lee")]
    ended = mother.relations[2]
    assert (ended.start.year, ended.end.month) == (2012, 6)
    assert [sex_of(p) for p in case.people] == ["", "female", "male", "male", "male"]


@pytest.mark.parametrize("bad, field", [
    ({"mother_of": ["Nobody"]}, "people[1].mother_of"),
    ({"partner_of": [{"name": "Beth Jones", "from": "2014"}]}, "people[1].partner_of.from"),
    ({"sex": "f"}, "people[1].sex"),
    ({"lives_with": "Beth Jones"}, "people[1].lives_with")])
def test_a_wrong_relation_names_the_field(tmp_path, bad, field):
    people = [{**FAMILY[0], **bad}, *FAMILY[1:]]
    with pytest.raises(CaseError, match=field.replace(".", r"\.").replace("[", r"\[")):
        case_with(tmp_path, people)


def test_layout_puts_parents_above_children_and_partners_side_by_side(tmp_path):
    case = case_with(tmp_path, FAMILY)
    places = drawing.layout(case.people)
    assert places["Beth Jones"][1] == places["Dan Ray"][1] == places["Ed Lee"][1]
    assert places["Amy Jones"][1] == places["Cal Jones"][1] < places["Beth Jones"][1]
    assert len(set(places.values())) == 5


def test_genogram_png_with_names_and_with_pseudonyms(tmp_path):
    case = case_with(tmp_path, FAMILY)
    run = case_run(case, tmp_path / "out")
    named, anonymous = genogram.build(run), genogram.build(run, pseudonyms=True)
    for picture in (named, anonymous):
        image = Image.open(io.BytesIO(picture))
        assert image.format == "PNG" and image.width > 600 and image.height > 300
    assert named != anonymous
    write_outputs(run, genogram.NAME)
    assert (run.outputs_dir / genogram.NAME).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_demo_genogram_is_drawn(tmp_path):
    shutil.copytree(DEMO, tmp_path / "demo", ignore=shutil.ignore_patterns("*.docx", "*.xlsx"))
    case = load_case(tmp_path / "demo")
    assert sum(len(p.relations) for p in case.people) >= 5
    assert case.recommendations and case.recommendations[0].number == "MA1"


def test_relatives_not_in_the_key_are_listed_without_names(tmp_path):
    rows = [(day(2015, 3, 1), "Seen with maternal grandmother at home."),
            (day(2015, 3, 2), "Mum and her brother visited."),
            (day(2015, 3, 3), "Nan collected the children from school.")]
    run = run_for(tmp_path, [chronology("General Practice", rows)])
    found = {f.message.split("'")[1]: f for f in relatives.not_in_key(run.case,
                                                                      run.returns[0].rows)}
    # The test key holds only the child: a mother, a brother and a grandmother are not in it.
    assert set(found) == {"maternal grandmother", "mum", "brother", "nan"}
    assert "General Practice.docx row 2" in found["maternal grandmother"].message
    assert all(f.agency == "" and f.file == "" for f in found.values())  # not an agency's
