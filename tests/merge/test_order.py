"""The merge's bringing together of an event's entries asks whether entries can wait for a
later one without an entry of their own return passing them: the quick answer (each
row's next of its return) is the answer of looking at every row of the return."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.merge.order import _Waiting
from tests.builders.chronology_rows import day, entry

# The returns of a merged order, one letter each: "abba..." is a's row, b's, b's, a's...
orders = st.text(alphabet="abc", min_size=1, max_size=30)


def every_row_looked_at(ordered, rows, anchor) -> bool:
    position = {id(row): index for index, row in enumerate(ordered)}
    end = position[id(anchor)]
    return all(not any(position[id(row)] < position[id(other)] < end
                       for other in ordered if other.provenance.file == row.provenance.file)
               for row in rows)


@settings(max_examples=200, deadline=None)
@given(orders, st.data())
def test_can_wait_is_what_looking_at_every_row_of_the_return_says(letters, data):
    ordered = [entry("Health", day(2014, 1, 1), f"Entry {n}", file=f"{letter}.docx", order=n)
               for n, letter in enumerate(letters)]
    position = {id(row): index for index, row in enumerate(ordered)}
    anchor = data.draw(st.sampled_from(ordered))
    rows = data.draw(st.lists(st.sampled_from(ordered[:position[id(anchor)] + 1]),
                              min_size=1, max_size=3))
    assert _Waiting(ordered).can_wait(rows, anchor, position) == \
        every_row_looked_at(ordered, rows, anchor)
