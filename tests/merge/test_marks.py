"""The panel's marks and notes survive every merge (pipeline/merge/marks.py): read back
from the previous workbook and from annotated copies, onto the same rows."""

import datetime as dt
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from pipeline.assemble import chronology_xlsx
from pipeline.merge.history import PREVIOUS_MERGE
from pipeline.merge.marks import (
    CHANGED,
    GONE_SHEET,
    PANEL_MARKS,
    parse_marks,
    parse_notes,
)
from pipeline.protect import decrypt_output, encrypt_office
from tests.builders.chronology_rows import AGENCIES, chronology, day, run_for
from tests.builders.runs import merge_stage, write_outputs

POLICE, CSC = AGENCIES[0], AGENCIES[1]


def text(n: int) -> str:
    return f"Entry {n}: home visit by the practitioner; mother and child seen at home."


def on(days: int):
    """The reading of the day `days` after 30-04-2014 (1 is 1 May)."""
    date = dt.date(2014, 4, 30) + dt.timedelta(days=days)
    return day(date.year, date.month, date.day)


def police_return(version: int, rows: list[tuple[int, str]]):
    """Police return `version` (completed later each time) with (day, text) rows; day 1
    is 1 May 2014."""
    return chronology(POLICE, [(on(d), t) for d, t in rows],
                      file=f"police-v{version}.docx", completed=f"{version:02d}/02/2016")


def write_workbook(run) -> Path:
    path = run.outputs_dir / chronology_xlsx.NAME
    content = chronology_xlsx.build(run)
    path.write_bytes(encrypt_office(content, run.case.password) if run.protect else content)
    return path


def mark(path: Path, marks: dict[str, tuple[str, str]], *, password: str | None = None,
         author: str = "", save_to: Path | None = None, add: bool = False) -> None:
    """Type marks into the Chronology sheet: child text -> (Panel mark, Panel note); with
    `add`, the mark is added to those the cell holds."""
    data = path.read_bytes()
    if password:
        data = decrypt_output(data, password)
    book = load_workbook(io.BytesIO(data))
    sheet = book["Chronology"]
    headings = [c.value for c in sheet[1]]
    child, mark_col, note_col = (headings.index(h) + 1 for h in
                                 ("Contact with child", "Panel mark", "Panel note"))
    for row in range(2, sheet.max_row + 1):
        wanted = marks.get(sheet.cell(row, child).value)
        if wanted:
            held = sheet.cell(row, mark_col).value
            sheet.cell(row, mark_col).value = f"{held}; {wanted[0]}" if add and held else \
                wanted[0]
            sheet.cell(row, note_col).value = wanted[1]
    if author:
        book.properties.lastModifiedBy = author
    out = io.BytesIO()
    book.save(out)
    data = out.getvalue()
    (save_to or path).parent.mkdir(parents=True, exist_ok=True)
    (save_to or path).write_bytes(encrypt_office(data, password) if password else data)


def rerun(tmp_path, returns, protect=False):
    """A merge as pipeline/run.py makes it: merged, the marks carried, and this merge's
    fingerprints recorded for the next (as assemble writes .previous_merge.json)."""
    run = run_for(tmp_path, returns)
    run.protect = protect
    merge_stage(run)
    write_outputs(run, PREVIOUS_MERGE)          # as a run writes it with the outputs
    return run


def by_text(run):
    return {row.child: row for row in run.merged}


def test_marks_survive_resorting_resubmission_and_new_rows(tmp_path):
    first = police_return(1, [(1, text(1)), (2, text(2)), (3, text(3))])
    run = rerun(tmp_path, [first], protect=True)
    path = write_workbook(run)
    mark(path, {text(2): ("Key episode", "Seen alone?"), text(3): ("decision point", None)},
         password=run.case.password, author="Dr A Chair")
    # Resubmitted: a row added before the others, the rest in another order.
    second = police_return(2, [(4, text(3)), (1, text(1)), (2, text(2)), (1, text(9))][::-1])
    second.rows[0].reading = day(2014, 4, 30)
    run = rerun(tmp_path, [first, second], protect=True)
    rows = by_text(run)
    assert rows[text(2)].panel_marks == ["Key episode"]
    assert rows[text(2)].panel_notes == ["[Dr A Chair] Seen alone?"]
    assert not rows[text(2)].marked_text_changed
    assert rows[text(1)].panel_marks == [] and rows[text(9)].panel_marks == []
    # text(3) moved to another day: the same text, its date changed.
    assert rows[text(3)].panel_marks == ["Decision point"]
    assert rows[text(3)].marked_text_changed
    assert run.panel_sources == {"merged_chronology.xlsx": 2}


def test_changed_text_keeps_its_marks_flagged_and_the_flag_is_kept(tmp_path):
    run = rerun(tmp_path, [police_return(1, [(1, text(1)), (2, text(2))])])
    mark(write_workbook(run), {text(1): ("Good practice", "Prompt visit")})
    corrected = text(1) + " Corrected."
    run = rerun(tmp_path, [police_return(2, [(1, corrected), (2, text(2))])])
    row = by_text(run)[corrected]
    assert row.panel_marks == ["Good practice"] and row.marked_text_changed
    path = write_workbook(run)
    sheet = load_workbook(path)["Chronology"]
    headings = [c.value for c in sheet[1]]
    values = {h: sheet.cell(2, headings.index(h) + 1).value for h in headings}
    assert values["Mark check"] == CHANGED and values["Panel mark"] == "Good practice"
    # Unchanged next time, the flag stays until the panel clears it.
    run = rerun(tmp_path, [police_return(2, [(1, corrected), (2, text(2))])])
    assert by_text(run)[corrected].marked_text_changed
    write_workbook(run)
    book = load_workbook(path)
    book["Chronology"].cell(2, headings.index("Mark check") + 1).value = None
    book.save(path)
    run = rerun(tmp_path, [police_return(2, [(1, corrected), (2, text(2))])])
    assert not by_text(run)[corrected].marked_text_changed
    assert by_text(run)[corrected].panel_marks == ["Good practice"]


def test_marks_on_a_row_gone_are_listed_and_come_back_with_it(tmp_path):
    run = rerun(tmp_path, [police_return(1, [(1, text(1)), (2, text(2))])])
    mark(write_workbook(run), {text(2): ("Inconsistency", "Date?")})
    run = rerun(tmp_path, [police_return(2, [(1, text(1))])])
    [gone] = run.gone_marks
    assert (gone.marks, gone.agency, gone.text["Contact with child"]) == \
        (["Inconsistency"], POLICE, text(2))
    path = write_workbook(run)
    assert GONE_SHEET in load_workbook(path).sheetnames
    run = rerun(tmp_path, [police_return(3, [(1, text(1))])])     # still gone: still kept
    assert [g.marks for g in run.gone_marks] == [["Inconsistency"]]
    write_workbook(run)
    run = rerun(tmp_path, [police_return(4, [(1, text(1)), (2, text(2))])])  # back again
    assert by_text(run)[text(2)].panel_marks == ["Inconsistency"] and not run.gone_marks


def test_annotated_copies_are_joined_and_notes_keep_their_authors(tmp_path):
    returns = [police_return(1, [(1, text(1)), (2, text(2))]),
               chronology(CSC, [(day(2014, 5, 2), text(5))], file="csc.docx")]
    run = rerun(tmp_path, returns)
    path = write_workbook(run)
    mark(path, {text(1): ("Key episode", "Chair's view")}, author="Panel Chair")
    mark(path, {text(1): ("Query for agency", "Ask TVP why"), text(5): (None, "Check")},
         author="Dr B Nurse", save_to=tmp_path / "panel" / "nurse.xlsx")
    mark(path, {text(1): ("Key episode", None)}, author="",
         save_to=tmp_path / "panel" / "sub" / "DI Police copy.xlsx")
    run = rerun(tmp_path, returns)
    rows = by_text(run)
    assert rows[text(1)].panel_marks == ["Key episode", "Query for agency"]
    assert rows[text(1)].panel_notes == ["[Panel Chair] Chair's view",
                                         "[Dr B Nurse] Ask TVP why"]
    assert rows[text(5)].panel_notes == ["[Dr B Nurse] Check"]
    assert set(run.panel_sources) == {"merged_chronology.xlsx", "panel/nurse.xlsx",
                                      "panel/sub/DI Police copy.xlsx"}
    # Written and read back again: each note once, with its author.
    write_workbook(run)
    run = rerun(tmp_path, returns)
    assert by_text(run)[text(1)].panel_notes == ["[Panel Chair] Chair's view",
                                                 "[Dr B Nurse] Ask TVP why"]


def test_unreadable_copy_is_a_problem_and_the_rest_is_read(tmp_path):
    returns = [police_return(1, [(1, text(1))])]
    run = rerun(tmp_path, returns)
    path = write_workbook(run)
    mark(path, {text(1): ("Key episode", None)})
    (tmp_path / "panel").mkdir()
    (tmp_path / "panel" / "notes.docx").write_bytes(b"not a workbook")
    run = rerun(tmp_path, returns)
    assert by_text(run)[text(1)].panel_marks == ["Key episode"]
    assert [p.code for p in run.problems] == ["edits_unreadable"]
    assert "panel/notes.docx" in run.problems[0].message


def test_parse_marks_and_notes():
    assert parse_marks("key episode; Good practice;\nsomething else; Key Episode") == \
        ["Key episode", "Good practice", "something else"]
    assert parse_notes("[A] one\n[B] two\nlines", "C") == ["[A] one", "[B] two\nlines"]
    assert parse_notes("typed here\nover two lines", "Dr C") == \
        ["[Dr C] typed here\nover two lines"]
    assert parse_notes("", "C") == []


# --- the property: marks survive any sequence of merges with resubmissions -------------

steps = st.lists(st.tuples(
    st.sampled_from(["change", "delete", "add", "redate", "same"]),
    st.integers(0, 20),                                # which row
    st.sampled_from(PANEL_MARKS),
    st.sampled_from(["workbook", "copy", "none"])),    # where the panel marks one
    min_size=1, max_size=6)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps)
def test_marks_survive_any_sequence_of_merges_with_resubmissions(tmp_path_factory, plan):
    tmp_path = tmp_path_factory.mktemp("case")
    # Each row: [day, text, alive]; marks made: (mark, row index, text when marked). The
    # panel adds marks (in the workbook, or in a copy it returns); it never removes one.
    rows = [[n + 1, text(n), True] for n in range(4)]
    made: list[tuple[str, int, str]] = []
    changed_since: set[int] = set()
    returns = []
    for version, (action, which, panel_mark, where) in enumerate(plan, start=1):
        live = [i for i, r in enumerate(rows) if r[2]]
        target = live[which % len(live)] if live else None
        if action == "add" or target is None:
            rows.append([100 + len(rows), text(len(rows)), True])
        elif action == "change":
            rows[target][1] += " Corrected."
        elif action == "delete" and len(live) > 1:
            rows[target][2] = False
        elif action == "redate":
            rows[target][0] += 14
        if target is not None and action in ("change", "redate"):
            changed_since |= {i for _, i, _ in made if i == target}
        returns.append(police_return(version, [(d, t) for d, t, alive in rows if alive]))
        run = rerun(tmp_path, list(returns))
        current = by_text(run)
        for mark_made, index, _ in made:
            day_, now, alive = rows[index]
            if alive:
                assert mark_made in current[now].panel_marks
                assert current[now].marked_text_changed == (index in changed_since)
            else:
                assert any(mark_made in g.marks for g in run.gone_marks)
        path = write_workbook(run)
        live = [i for i, r in enumerate(rows) if r[2]]
        chosen = live[(which * 7) % len(live)]
        if where != "none":
            copy = tmp_path / "panel" / f"copy{version}.xlsx" if where == "copy" else None
            mark(path, {rows[chosen][1]: (panel_mark, None)}, author=f"Member {version}",
                 save_to=copy, add=True)
            made.append((panel_mark, chosen, rows[chosen][1]))
