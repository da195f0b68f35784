"""The genogram's layout: a generation a row, partners side by side."""

from pipeline.drawing import genogram
from tests.builders.cases import FAMILY, case_with


def test_layout_puts_parents_above_children_and_partners_side_by_side(tmp_path):
    case = case_with(tmp_path, FAMILY)
    places = genogram.layout(case.people)
    assert places["Beth Jones"][1] == places["Dan Ray"][1] == places["Ed Lee"][1]
    assert places["Amy Jones"][1] == places["Cal Jones"][1] < places["Beth Jones"][1]
    assert len(set(places.values())) == 5
