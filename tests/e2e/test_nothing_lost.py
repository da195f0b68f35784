"""Nothing lost, as a property: for any set of returns, every row read is merged, dropped
as an exact duplicate, in a superseded return, or rejected with its reason, and
manifest.json's counts add up.

Returns are generated (several agencies, Word, Excel and CSV, random rows with exact
duplicates, a resubmission, an unreadable file) and run through `run_case`. Validation is
left out of these runs to keep each example fast: it only adds findings, never moves a
row (test_security runs the full pipeline and checks the same accounts).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import assemble, validate
from pipeline import run as run_module
from pipeline.assemble import Output, manifest
from pipeline.run import run_case
from tests.builders import hostile
from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx
from tests.builders.xlsx_builder import EXCEL_HEADINGS, XlsxReturn

AGENCIES = ["Thames Valley Police", "Health Visiting Service", "General Practice",
            "Hilltop Primary School"]
DATES = st.sampled_from(["03/04/2015", "3rd April 2015 2.30pm", "March 2015", "2014",
                         "not known", "", "04/13/2015", "12.03.14 1430hrs",
                         "23/10/2015 - 25/10/2015", "Spring 2014"])
WORDS = st.sampled_from(["Home visit", "Phone call", "Strategy meeting", "Child seen",
                         "Mother seen", "Referral", "School report", "GP appointment"])


@dataclass
class Written:
    """One generated return file: what was written in it."""

    name: str
    agency: str
    date_completed: str
    rows: list[tuple[str, ...]]          # (date, child, family, staff, comment) per entry


ROW = st.tuples(DATES, WORDS, st.sampled_from(["", "Father present"]),
                st.sampled_from(["PC1", "HV1", ""]), st.sampled_from(["", "No concerns"]))


@st.composite
def returns(draw) -> list[Written]:
    agencies = draw(st.lists(st.sampled_from(AGENCIES), min_size=1, max_size=4, unique=True))
    written = []
    for index, agency in enumerate(agencies):
        rows = draw(st.lists(ROW, min_size=1, max_size=12))
        repeats = draw(st.lists(st.integers(0, len(rows) - 1), max_size=3))
        rows = rows + [rows[i] for i in repeats]          # exact duplicates in one return
        rows[0] = ("01/01/2015", *rows[0][1:])            # a dated first row
        kind = draw(st.sampled_from(["xlsx", "csv", "docx"]))
        written.append(Written(f"return_{index}.{kind}", agency, "01/02/2016", rows))
        if draw(st.booleans()):                           # a resubmission, later
            later = draw(st.lists(ROW, min_size=1, max_size=6))
            later[0] = ("02/01/2015", *later[0][1:])
            written.append(Written(f"return_{index}_v2.{kind}", agency, "15/02/2016",
                                   rows[: len(rows) // 2] + later))
    return written


def write_return(folder: Path, ret: Written) -> None:
    cells = [[date, "", child, family, "", "Record", staff, comment]
             for date, child, family, staff, comment in ret.rows]
    header = [["Agency:", ret.agency], ["Date completed:", ret.date_completed]]
    path = folder / ret.name
    if path.suffix == ".xlsx":
        book = XlsxReturn()
        sheet = book.sheet("Chronology")
        for line in header:
            sheet.entry(*line)
        sheet.headings(EXCEL_HEADINGS)
        for row in cells:
            sheet.entry(*row)
        book.save(path)
    elif path.suffix == ".csv":
        stream = io.StringIO(newline="")
        csv.writer(stream).writerows([*header, EXCEL_HEADINGS, *cells])
        path.write_text(stream.getvalue(), encoding="utf-8")
    else:
        doc = ChronologyDocx()
        doc.header_block(agency=ret.agency, date_completed=ret.date_completed)
        doc.add_table(TEMPLATE_HEADINGS, [[row[0], row[2], row[3], "", row[5], row[6], row[7]]
                                          for row in cells])
        doc.save(path)


def expected_duplicates(ret: Written) -> int:
    """Rows of one return identical in every column to an earlier row of it."""
    return len(ret.rows) - len(set(ret.rows))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(written=returns(), broken=st.booleans())
def test_every_row_read_is_accounted_for(written: list[Written], broken: bool) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        folder = root / "inputs" / "prop"
        folder.mkdir(parents=True)
        (folder / "case.toml").write_text(hostile.CASE_TOML)
        for ret in written:
            write_return(folder, ret)
        if broken:
            (folder / "broken.docx").write_bytes(b"")
        only_manifest = (Output(manifest.NAME, manifest.render),)
        with mock.patch.object(run_module, "_suites_beside", contextlib.nullcontext), \
                mock.patch.object(validate, "validate", lambda *_, **__: []), \
                mock.patch.object(assemble, "OUTPUTS", only_manifest):
            run_case(folder, root / "outputs", protect=False)
        record = json.loads((root / "outputs" / "prop" / "manifest.json").read_text())

        accounts = {account["file"]: account for account in record["returns"]}
        assert sorted(accounts) == sorted(ret.name for ret in written)
        latest = {}
        for ret in written:                  # by date completed: the later one wins
            if ret.agency not in latest or ret.date_completed > latest[ret.agency].date_completed:
                latest[ret.agency] = ret
        for ret in written:
            account = accounts[ret.name]
            assert account["rows_read"] == len(ret.rows), ret.name        # nothing lost
            assert account["accounted"], account
            assert account["rows_read"] == (account["rows_merged"]
                                             + account["exact_duplicates_dropped"]
                                             + account["rows_superseded"]
                                             + account["rows_rejected"])
            assert account["sha256"] == hashlib.sha256(
                (folder / ret.name).read_bytes()).hexdigest()
            if latest[ret.agency] is ret:
                assert account["rows_superseded"] == 0
                assert account["exact_duplicates_dropped"] == expected_duplicates(ret)
                assert len(account["dropped"]) == account["exact_duplicates_dropped"]
            else:
                assert account["rows_superseded"] == account["rows_read"]
                assert account["rows_merged"] == 0
                assert ret.name in record["superseded_returns"]
        totals = record["totals"]
        assert totals["rows_read"] == sum(len(ret.rows) for ret in written)
        assert totals["rows_read"] == (totals["rows_merged"] + totals["exact_duplicates_dropped"]
                                       + totals["rows_superseded"] + totals["rows_rejected"])
        assert totals["rows_merged"] == sum(a["rows_merged"] for a in accounts.values())
        unreadable = Counter(entry["file"] for entry in record["unreadable_files"])
        assert unreadable == (Counter({"broken.docx": 1}) if broken else Counter())
