"""The genogram from case.toml's relations, the relations' parsing, and the relatives
the returns name who are not in the family key."""

import io
import shutil

import pytest
from PIL import Image

from pipeline.assemble import genogram
from pipeline.case import CaseError, load_case
from pipeline.case_panel import sex_of
from pipeline.merge import relatives
from tests.builders.cases import DEMO, FAMILY, case_with
from tests.builders.chronology_rows import chronology, day, run_for
from tests.builders.runs import case_run, write_outputs


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
