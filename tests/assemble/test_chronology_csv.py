"""merged_chronology.csv: canonical columns in order, UTF-8, only with --csv."""

import csv
import io

from pipeline.assemble import chronology_csv
from pipeline.model import CSV_COLUMNS
from tests.builders.chronology_rows import chronology, day, month, run_for
from tests.builders.runs import merge_stage, write_outputs

POLICE = "Thames Valley Police"


def test_written_only_when_asked(tmp_path):
    run = run_for(tmp_path, [chronology(POLICE, [(day(2014, 1, 2), "Seen")])])
    merge_stage(run)
    write_outputs(run, chronology_csv.NAME)
    assert not (run.outputs_dir / "merged_chronology.csv").exists()
    run.write_csv = True
    write_outputs(run, chronology_csv.NAME)
    assert (run.outputs_dir / "merged_chronology.csv").exists()


def test_canonical_columns_and_values(tmp_path):
    police = chronology(POLICE, [(day(2014, 1, 2, 14, 30), "Seen by PC, café, «quotes»\nline 2"),
                                 (month(2014, 3), "Visits")], file="sub/police.docx")
    police.rows[0].flags.append("time_12h")
    run = run_for(tmp_path, [police])
    run.write_csv = True
    merge_stage(run)
    write_outputs(run, chronology_csv.NAME)
    content = (run.outputs_dir / "merged_chronology.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(content.decode("utf-8"), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    first = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    assert first["date"] == "02-01-2014" and first["time"] == "14:30"
    assert first["agency"] == POLICE
    assert first["child"] == "Seen by PC, café, «quotes»\nline 2"
    assert first["flags"] == "time_12h"
    assert (first["file"], first["table"], first["row"]) == ("sub/police.docx", "1", "2")
    second = dict(zip(CSV_COLUMNS, rows[2], strict=True))
    assert second["date"] == "" and second["date_as_written"] == "March 2014"
    assert second["precision"] == "month" and second["flags"] == "period"
