"""The suites' tables made into frames, and the case's values into the parameters the
suites compare with: pandas, where the suites run (the suites' process; this process only
when that one cannot answer). Nothing else of a run needs pandas.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from pipeline.validate.frames import (
    AGENCY_COLUMNS,
    DATED,
    RETURN_COLUMNS,
    Tables,
    days_column,
)

# A bound far before any chronology, for "born" when case.toml does not give it.
NO_BIRTH_DATE = pd.Timestamp("1800-01-01")
DATES = ("period_from", "period_to", "today")


def frames(tables: Tables) -> dict[str, pd.DataFrame]:
    """Each table as a frame indexed by its row_id: a named index lets Great Expectations
    list failing row_ids without a lookup per row. Dates are datetime64[ns] (the only
    dates Great Expectations compares vectorised), clamped to what they hold, as the
    rows' are: a typed year 2916 is still after the period and after today."""
    return {"rows": pd.DataFrame(tables.rows).set_index("row_id"),
            "returns": _frame(tables.returns, RETURN_COLUMNS),
            "agencies": _frame(tables.agencies, AGENCY_COLUMNS)}


def _frame(records: list[tuple], columns: tuple[str, ...]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(records, columns=list(columns))
    for name in DATED:
        if name in columns:
            at = columns.index(name)
            frame[name] = days_column([record[at] for record in records])
    if "staff_id_list" in frame:
        frame["staff_id_list"] = frame["staff_id_list"].astype(object)
    return frame.set_index("row_id")


def parameters(values: dict[str, object]) -> dict[str, object]:
    """The case's values (validate.parameters) as the suites compare them: timestamps."""
    born = values["born"]
    return {**{name: pd.Timestamp(values[name]) for name in DATES},
            "born": pd.Timestamp(born) if isinstance(born, dt.date) else NO_BIRTH_DATE,
            "agencies": values["agencies"]}
