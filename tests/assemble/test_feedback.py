"""feedback/<agency>.docx: one letter a current return with findings, ready to send."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.assemble import feedback
from pipeline.case import DEFAULT_BOARD
from pipeline.model import CaseRun, Finding, Return, Severity
from pipeline.protect import decrypt_output, is_protected_package
from tests.builders.cases import CSC, POLICE
from tests.builders.runs import feedback_run, write_outputs


def letter(run: CaseRun, name: str) -> Document:
    data = (run.outputs_dir / name).read_bytes()
    if is_protected_package(data):
        data = decrypt_output(data, run.case.password)
    return Document(io.BytesIO(data))


def test_one_letter_a_current_return_with_findings(tmp_path):
    run = feedback_run(tmp_path)
    write_outputs(run, feedback.NAME)
    # Police: only its superseded return has findings; HV: none; CSC: one letter.
    assert sorted(run.outputs) == ["feedback/Childrens Social Care.docx"]


def paragraphs(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_the_letter_says_each_point_once_errors_first(tmp_path):
    run = feedback_run(tmp_path)
    write_outputs(run, feedback.NAME)
    document = letter(run, "feedback/Childrens Social Care.docx")
    text = "\n".join(paragraphs(document))
    for words in ("Case reference: TEST-2016-01 (Serious Case Review)",
                  f"Agency: {CSC}", "Return file: returns/csc.docx",
                  "Date completed: 12/02/2016", "Date of this letter: 01-03-2016",
                  "Dear A Author,", "1 point that must be corrected and 2 to check",
                  "Tracked changes. The document holds tracked changes"):
        assert words in text, words
    assert "returns/csc.docx: the document" not in text     # the file is named once, above
    lines = paragraphs(document)
    order = [lines.index(words) for words in (
        "To correct",
        "Date written month first. Row 2: '04/13/2015' is written month first; please "
        "write 13-04-2015.",
        "To check",
        "Tracked changes. The document holds tracked changes; please accept or reject all "
        "changes.",
        "No staff initials. Table 2, row 7: no staff initials are given.")]
    assert order == sorted(order)
    assert document.tables == []                 # the validation report keeps row detail


def same_kind_run(tmp_path: Path, rows: list[tuple[str, int]], code: str = "two_digit_year"
                  ) -> CaseRun:
    """A run whose CSC return has one finding of `code` on each (table, row)."""
    run = feedback_run(tmp_path)
    run.findings = [Finding(code, Severity.WARNING,
                            f"Row {row}: '{row:02d}/03/14' has a two-digit year (read as "
                            f"{row:02d}-03-2014); please write the year in full.",
                            "returns/csc.docx", table, row, CSC, f"{row:02d}/03/14")
                    for table, row in rows]
    return run


def test_forty_findings_of_one_kind_are_one_sentence_with_one_example(tmp_path):
    run = same_kind_run(tmp_path, [("1", n) for n in [3, 5, *range(9, 47)]])
    write_outputs(run, feedback.NAME)
    document = letter(run, "feedback/Childrens Social Care.docx")
    text = "\n".join(paragraphs(document))
    point = [line for line in paragraphs(document) if "two-digit year" in line.lower()]
    assert point == ["Two-digit year, rows 3, 5 and 9 to 46 (40 rows). For example, row 3: "
                     "'03/03/14' has a two-digit year (read as 03-03-2014); please write the "
                     "year in full."]
    assert "'05/03/14'" not in text and "'46/03/14'" not in text    # one example only
    runs = next(p for p in document.paragraphs if p.text.startswith("Two-digit")).runs
    assert [(r.text, bool(r.bold)) for r in runs][0] == ("Two-digit year", True)
    assert not any(r.bold for r in runs[1:])                 # the row list is plain
    assert "Nothing must be corrected; we found 1 point to check." in text
    asks = text.split("What the template asks", 1)[1]
    assert "Exact dates" in asks and "24-hour" not in asks and "staff" not in asks


def test_rows_of_several_tables_are_listed_table_by_table(tmp_path):
    run = same_kind_run(tmp_path, [("1", 2), ("1", 3), ("2", 7), ("2", 8), ("2", 9)])
    write_outputs(run, feedback.NAME)
    lines = paragraphs(letter(run, "feedback/Childrens Social Care.docx"))
    assert any(line.startswith("Two-digit year, table 1, rows 2 and 3; table 2, rows 7 to 9 "
                               "(5 rows). For example, row 2:") for line in lines)


def test_rows_are_listed_compactly():
    assert feedback.compact([5]) == "5"
    assert feedback.compact([3, 4]) == "3 and 4"
    assert feedback.compact([40, 3, 5, *range(9, 40), 9]) == "3, 5 and 9 to 40"
    assert feedback.compact([1, 2, 3, 7, 8, 10]) == "1 to 3, 7, 8 and 10"


# Sets of up to 400 numbers are slow to draw on a loaded machine: no health check on it.
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.sets(st.integers(1, 400), min_size=1))
def test_compact_rows_name_exactly_the_rows_given(numbers):
    named = set()
    for part in feedback.compact(list(numbers)).replace(" and ", ", ").split(", "):
        first, _, last = part.partition(" to ")
        named |= set(range(int(first), int(last or first) + 1))
    assert named == numbers


def test_a_boards_own_rule_is_named_by_its_meaning(tmp_path):
    assert feedback.title("two_digit_year") == "Two-digit year"
    assert feedback.title("board_rule_x").startswith("The board's own rule")


def test_document_properties_name_the_board_not_python_docx(tmp_path):
    run = feedback_run(tmp_path)
    write_outputs(run, feedback.NAME)
    props = letter(run, "feedback/Childrens Social Care.docx").core_properties
    assert props.author == DEFAULT_BOARD == props.last_modified_by
    assert props.title == f"Chronology feedback: {CSC} - TEST-2016-01"
    assert "python-docx" not in f"{props.comments} {props.author} {props.title}"
    assert props.created.date() == dt.date(2016, 3, 1)


def test_the_board_named_in_case_toml_signs_the_letter(tmp_path):
    run = feedback_run(tmp_path)
    run.case.board = "Fictional Safeguarding Children Partnership"
    write_outputs(run, feedback.NAME)
    document = letter(run, "feedback/Childrens Social Care.docx")
    assert document.core_properties.author == run.case.board
    assert document.paragraphs[-1].text == run.case.board


def test_letters_are_protected_with_the_case_password(tmp_path):
    run = feedback_run(tmp_path, protect=True)
    write_outputs(run, feedback.NAME)
    data = (run.outputs_dir / "feedback/Childrens Social Care.docx").read_bytes()
    assert is_protected_package(data)
    assert "To correct" in paragraphs(letter(run, "feedback/Childrens Social Care.docx"))


def test_two_current_returns_of_one_agency_get_a_letter_each(tmp_path):
    run = feedback_run(tmp_path)
    run.superseded = []
    run.findings.append(Finding("period", Severity.WARNING, "Row 4: 'May 2014' is a period.",
                                "tvp_v2.docx", "1", 4, POLICE, "May 2014"))
    write_outputs(run, feedback.NAME)
    assert {"feedback/Thames Valley Police - tvp_v1.docx",
            "feedback/Thames Valley Police - tvp_v2.docx"} <= set(run.outputs)


def test_file_names_are_safe():
    ret = Return(path=Path("/x"), file="a/b.docx", sha256="")
    assert feedback.file_name("../../etc/Agency: A*B?", ret, False) == (
        "feedback/etc Agency AB.docx")
    assert feedback.file_name("GP", ret, True) == "feedback/GP - b.docx"


def test_every_catalogued_kind_has_a_short_name_in_a_letter():
    from pipeline.findings import CATALOGUE

    for code in CATALOGUE:
        name = feedback.title(code)
        assert name and name[0].isupper() and len(name) <= 60, (code, name)
