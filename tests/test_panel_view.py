"""The one list of what the panel's documents mark on a row."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from hypothesis import given
from hypothesis import strategies as st

from pipeline import panel_view
from pipeline.assemble import chronology_docx, timeline
from pipeline.findings import CATALOGUE
from tests.builders.chronology_rows import chronology, day, run_for
from tests.builders.runs import merge_stage
from tests.builders.written import W, body_table, cell_texts

# The issue's list, in its words: what changes how a row is read.
ISSUE_LIST = ["uncertain or period date", "carried date", "near-duplicate or linked event",
              "new or changed", "not on the template", "inconsistency",
              "the panel's own mark"]
TEMPLATE_CODES = sorted(set(CATALOGUE) - set(panel_view.PANEL_FLAGS))


def test_the_kinds_are_the_issues_list():
    assert [kind.name for kind in panel_view.KINDS] == ISSUE_LIST
    for code in ("two_digit_year", "time_12h", "staff_missing", "source_missing",
                 "outside_period", "before_birth", "staff_not_in_id_list"):
        assert code not in panel_view.PANEL_FLAGS, code


@given(st.lists(st.sampled_from(sorted(CATALOGUE)), max_size=12))
def test_no_template_code_reaches_a_rows_marks(codes):
    police = chronology("Thames Valley Police", [(day(2014, 4, 3), "Seen")])
    row = police.rows[0]
    row.flags = list(codes)
    shown = " ".join(panel_view.row_marks(row))
    for code in TEMPLATE_CODES:
        assert panel_view.flag_words(code) not in shown
    for code in codes:
        if code in panel_view.PANEL_FLAGS:
            assert panel_view.flag_words(code) in shown


def test_rows_of_a_return_off_the_template_are_marked_so(tmp_path):
    police = chronology("Thames Valley Police", [(day(2014, 4, 3), "Seen"),
                                                 (day(2014, 4, 9), "Seen again")])
    police.file_flags.append("single_contact_column")
    school = chronology("Oakfield Primary School", [(day(2014, 4, 5), "In class")])
    run = run_for(tmp_path, [police, school])
    merge_stage(run)
    data = chronology_docx.build(run, timeline.build(run))
    rows = [cell_texts(tr) for tr in body_table(
        zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")).findall(f"{W}tr")[1:]]
    marks = {r[5]: r[0] for r in rows}
    assert marks == {"Seen": "! not on template", "Seen again": "! not on template",
                     "In class": ""}
    legend = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    assert "! Not on the template (what the template has no place for): not on template = " \
        "the return is not on the template" in legend


def test_the_panels_marks_and_inconsistencies_are_on_its_page(tmp_path):
    from pipeline.model import Inconsistency

    police = chronology("Thames Valley Police", [(day(2014, 4, 3), "Strategy meeting held"),
                                                 (day(2014, 4, 9), "Seen again")])
    school = chronology("Oakfield Primary School", [(day(2014, 4, 4), "Strategy meeting")])
    run = run_for(tmp_path, [police, school])
    merge_stage(run)
    by_text = {row.child: row for row in run.merged}
    marked, other = by_text["Strategy meeting held"], by_text["Seen again"]
    marked.panel_marks, marked.marked_text_changed = ["Key episode", "Decision point"], True
    other.panel_notes = ["[Chair] Ask the police who visited."]
    run.inconsistencies = [Inconsistency("I001", "day", (marked, by_text["Strategy meeting"]),
                                         "The same event seems recorded on different days: "
                                         "Which date is right?")]
    for row in run.inconsistencies[0].rows:
        row.inconsistencies = ["I001"]
    data = chronology_docx.build(run, timeline.build(run))
    rows = [cell_texts(tr) for tr in body_table(
        zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")).findall(f"{W}tr")[1:]]
    marks = {r[5]: r[0] for r in rows}
    assert marks["Strategy meeting held"] == ("I001\nPanel: Key episode; Decision point"
                                              "\nchanged since marked")
    assert marks["Strategy meeting"] == "I001"
    assert marks["Seen again"] == ""                # a note stays in the workbook
    texts = [p.text for p in Document(io.BytesIO(data)).paragraphs]
    at = texts.index("Inconsistencies between agencies")
    assert texts[at + 1].startswith("I001: The same event seems recorded on different days")
    text = "\n".join(texts)
    assert "I001 = an inconsistency between agencies" in text
    assert "Panel: = the panel's own marks" in text
    assert "Ask the police" not in text
