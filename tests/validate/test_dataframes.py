"""The suites' tables made into pandas frames where the suites run: indexed by row_id,
dates as datetime64[ns] (clamped to what it holds), nulls where cells are empty."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from pipeline.validate import dataframes, frames, parameters
from tests.builders.cases import CSC, POLICE
from tests.builders.chronology_rows import clean_row, written_return
from tests.builders.runs import normalised_run


def test_the_frames_hold_the_tables_as_the_suites_read_them(tmp_path):
    returns = [written_return(POLICE, [clean_row(2), clean_row(3, staff="")], file="a.docx"),
               written_return(POLICE, [clean_row(2)], file="typo.docx",
                              date_completed="12/02/2916")]
    run = normalised_run(tmp_path, returns, agencies=(POLICE, CSC))
    tables, rows = frames.tables(run.case, run.returns)
    made = dataframes.frames(tables)
    assert [len(made[name]) for name in ("rows", "returns", "agencies")] == [3, 2, 2]
    for frame in made.values():
        assert frame.index.name == "row_id"
    assert made["rows"]["date_first"].dtype == np.dtype("datetime64[ns]")
    assert made["rows"]["staff"].isna().tolist() == [False, True, False]
    assert made["rows"]["staff"].iloc[0] == rows[0].staff
    returned = made["returns"]
    assert returned["completed_on"].dtype == returned["due"].dtype == np.dtype("datetime64[ns]")
    assert returned["completed_on"].iloc[1] == pd.Timestamp("2261-12-31")   # 2916, clamped
    assert returned["staff_id_list"].dtype == object
    assert made["agencies"]["agency"].tolist() == [POLICE, CSC]
    assert made["agencies"]["returns_received"].tolist() == [2, 0]
    # The findings read the day as typed, from the tables, not from the frames.
    assert tables.return_record(1)["completed_on"] == dt.date(2916, 2, 12)


def test_the_parameters_are_timestamps_and_born_has_a_far_bound(tmp_path):
    run = normalised_run(tmp_path, [], agencies=(POLICE,))
    values = parameters(run.case, dt.date(2016, 3, 1))
    made = dataframes.parameters({**values, "born": None})
    assert made["today"] == pd.Timestamp("2016-03-01")
    assert made["born"] == dataframes.NO_BIRTH_DATE
    assert made["agencies"] == [POLICE]
