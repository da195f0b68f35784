"""merged_chronology.xlsx, opened as written: sheets, filters, frozen header, long text."""

import datetime as dt

from openpyxl import load_workbook

from pipeline.assemble import chronology_xlsx
from pipeline.assemble.chronology_xlsx import CELL_LIMIT
from tests.builders.chronology_rows import chronology, day, month, run_for, unknown
from tests.builders.runs import merge_stage, validate_stage, write_outputs

POLICE, CSC = "Thames Valley Police", "Children's Social Care"
LONG = "".join(f"word{i} " for i in range(20_000))        # about 150,000 characters


def written(tmp_path, rows_police=None):
    police = chronology(POLICE, rows_police or [
        (day(2014, 4, 3, 15), "Strategy meeting at MASH, agreed joint s47 with CSC"),
        (day(2014, 4, 4), "=HYPERLINK(\"http://example.invalid\")")])
    csc = chronology(CSC, [(day(2014, 4, 3), "Strategy meeting held, s47 with police"),
                           (month(2014, 7), "Visits during July"), (unknown(), "Not known")])
    run = run_for(tmp_path, [police, csc])
    validate_stage(run)
    merge_stage(run)
    write_outputs(run, chronology_xlsx.NAME)
    return run, load_workbook(run.outputs_dir / "merged_chronology.xlsx")


def test_sheets_for_all_rows_findings_gaps_and_each_agency(tmp_path):
    run, book = written(tmp_path)
    assert book.sheetnames == ["Chronology", "Findings", "Gaps", POLICE, CSC]
    chronology = book["Chronology"]
    assert chronology.max_row == 1 + len(run.merged)
    assert book[POLICE].max_row == 3 and book[CSC].max_row == 4
    gaps = list(book["Gaps"].iter_rows(min_row=2, values_only=True))
    assert len(gaps) == len(run.gaps) > 0
    assert gaps[0][0] == POLICE and gaps[0][1] == dt.datetime(2014, 1, 1)


def test_filters_frozen_header_widths_and_wrap(tmp_path):
    _, book = written(tmp_path)
    for name in ("Chronology", POLICE, "Findings", "Gaps"):
        sheet = book[name]
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
    sheet = book["Chronology"]
    headings = [c.value for c in sheet[1]]
    assert headings[:4] == ["Date", "Time", "Age", "Agency"]
    assert sheet.column_dimensions["E"].width == 40          # 51 characters: wraps at 40
    assert sheet.column_dimensions["B"].width == 7           # "15:00" and a margin
    assert sheet.column_dimensions["D"].width == len(POLICE) + 2
    assert sheet.cell(2, 5).alignment.wrap_text
    assert sheet.cell(2, 1).number_format.lower() == "dd-mm-yyyy"


def test_rows_dates_and_text_stay_as_written(tmp_path):
    run, book = written(tmp_path)
    values = list(book["Chronology"].iter_rows(min_row=2, values_only=True))
    first = values[0]
    assert first[0] == dt.datetime(2014, 4, 3) and first[3] == CSC
    july = next(v for v in values if v[4] == "Visits during July")
    assert july[0] is None and july[10] == "July 2014" and july[11] == "month"
    formula = next(v for v in values if v[4] and v[4].startswith("=HYPERLINK"))
    assert formula[4] == "=HYPERLINK(\"http://example.invalid\")"   # text, not a formula
    assert [v[4] for v in values] == [r.child for r in run.merged]


def test_text_over_the_cell_limit_is_split_without_losing_any(tmp_path):
    run, book = written(tmp_path, [(day(2014, 4, 4), LONG)])
    sheet = book["Chronology"]
    headings = [c.value for c in sheet[1]]
    assert headings[-1].startswith("Continued")
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[3] == POLICE)
    first = row[4]
    continued = [p for p in row[headings.index("Continued 1"):] if p]
    assert all(len(p) <= CELL_LIMIT for p in [first, *continued])
    rebuilt = first + "".join(p.split("] ", 1)[1] for p in continued)
    assert rebuilt == LONG and len(continued) >= 4
    notes = [r for r in book["Findings"].iter_rows(values_only=True) if r[1] == "cell_split"]
    assert len(notes) == 1 and "Continued" in notes[0][7]


def test_findings_sheet_lists_every_finding(tmp_path):
    run, book = written(tmp_path, [(day(2014, 4, 4), "Seen"), (day(2014, 4, 4), "Seen")])
    rows = list(book["Findings"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[5]) for r in rows] == [
        (f.severity.value, f.code, f.row) for f in run.all_findings]
    assert "exact_duplicate" in [r[1] for r in rows]



def test_marks_column_as_the_word_chronology_and_every_flag_beside_it(tmp_path):
    """Marks holds what the panel's pages mark; Flags keeps every code, to filter on."""
    police = chronology(POLICE, [(day(2014, 4, 3, 15), "Strategy meeting")])
    csc = chronology(CSC, [(day(2014, 4, 3), "Strategy meeting with police"),
                           (month(2014, 7), "Visits during July")])
    run = run_for(tmp_path, [police, csc])
    merge_stage(run)
    for row in run.merged:
        row.flags = ["two_digit_year", "time_12h", *row.flags]
    write_outputs(run, chronology_xlsx.NAME)
    sheet = load_workbook(run.outputs_dir / "merged_chronology.xlsx")["Chronology"]
    headings = [c.value for c in sheet[1]]
    rows = [dict(zip(headings, r, strict=True))
            for r in sheet.iter_rows(min_row=2, values_only=True)]
    july = next(r for r in rows if r["Contact with child"] == "Visits during July")
    assert july["Marks"] == "! period"
    assert july["Flags"].split(";") == ["two_digit_year", "time_12h", "period"]
    linked = [r for r in rows if r["Event"]]
    assert len(linked) == 2 and all(r["Marks"] == r["Event"] for r in linked)
    assert not any("two digit year" in (r["Marks"] or "") for r in rows)
