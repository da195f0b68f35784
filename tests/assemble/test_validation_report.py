"""validation_report.html and .xlsx: by agency, counts first, escaped, filters on, protected.

The HTML is also opened in headless Chromium (Debian package `chromium`) when it is
installed: its DOM and a screenshot are checked; the test is skipped without it.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.assemble import validation_report
from pipeline.case import Agency, Case
from pipeline.model import CaseRun, Finding, Provenance, Return, Row, Severity
from pipeline.protect import decrypt_output, is_protected_package
from tests.builders.runs import case_run, write_outputs

POLICE, CSC, HV = "Thames Valley Police", "Children's Social Care", "Health Visiting Service"
HOSTILE = "<script>alert('x')</script> =SUM(A1:A9)"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium"
                                         if Path("/usr/bin/chromium").exists() else None)


def make_run(tmp_path: Path, protect: bool = False) -> CaseRun:
    case = Case(root=tmp_path, reference="TEST-2016-01", review="Serious Case Review",
                subject="Child X", period_from=dt.date(2014, 1, 1),
                period_to=dt.date(2015, 12, 31), agencies=[Agency(POLICE), Agency(CSC),
                                                           Agency(HV)])
    run = case_run(case, tmp_path / "out", protect=protect,
                   today=dt.date(2016, 3, 1))
    ret = Return(path=tmp_path / "csc.docx", file="csc.docx", sha256="0" * 64, agency=CSC)
    ret.rows = [Row(Provenance("csc.docx", "1", n), CSC, "x") for n in (2, 3)]
    run.returns = [ret, Return(path=tmp_path / "tvp.docx", file="tvp.docx", sha256="0" * 64,
                               agency=POLICE)]
    run.findings = [
        Finding("staff_missing", Severity.WARNING, "Row 3: no staff initials are given; "
                "please add the initials of those involved.", "csc.docx", "1", 3, CSC),
        Finding("month_first", Severity.ERROR, "Row 2: '04/13/2015' is written month first; "
                "please write 13-04-2015.", "csc.docx", "1", 2, CSC, "04/13/2015"),
        Finding("tracked_changes", Severity.WARNING, "csc.docx: the document holds tracked "
                "changes.", "csc.docx", agency=CSC),
        Finding("period", Severity.WARNING, f"Row 5: '{HOSTILE}' is a period.", "tvp.docx",
                "1", 5, POLICE, HOSTILE),
        Finding("return_missing", Severity.ERROR, "No chronology has been received from "
                "Health Visiting Service; please chase the return.", agency=HV),
    ]
    # The same repeated row reported by validate and by merge is listed once.
    run.findings.append(Finding("exact_duplicate", Severity.WARNING, "Row 9 repeats row 8.",
                                "tvp.docx", "1", 9, POLICE))
    run.findings.append(Finding("exact_duplicate", Severity.WARNING, "Row 9 repeats row 8 "
                                "(merge).", "tvp.docx", "1", 9, POLICE))
    run.problems = [Finding("unreadable_file", Severity.ERROR, "notes.pdf is a PDF; ask for "
                            "the Word file.", file="notes.pdf")]
    return run


def test_groups_follow_case_order_and_each_lists_return_findings_first(tmp_path):
    groups = validation_report.by_agency(make_run(tmp_path))
    assert [name for name, _ in groups] == [POLICE, CSC, HV, validation_report.NO_AGENCY]
    csc = dict(groups)[CSC]
    assert [(f.code, f.row) for f in csc] == [("tracked_changes", None), ("month_first", 2),
                                             ("staff_missing", 3)]
    assert len(dict(groups)[POLICE]) == 2             # the duplicate report is listed once


def test_html_counts_come_first_and_every_text_is_escaped(tmp_path):
    page = validation_report.build_html(make_run(tmp_path)).decode("utf-8")
    assert page.index('id="counts"') < page.index(f">{POLICE}</h2>")
    assert "3 errors and 4 warnings in 2 chronology returns" in page
    assert "<h3>csc.docx: 1 error, 2 warnings</h3>" in page
    assert "<script" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    # Nothing is fetched: no links out, no images, no scripts.
    for outside in ("http://", "https://", "src=", "<link", "@import"):
        assert outside not in page


def test_reports_are_written_through_write_output_and_the_workbook_is_protected(tmp_path):
    run = make_run(tmp_path, protect=True)
    write_outputs(run, validation_report.NAME)
    assert set(run.outputs) == {"validation_report.html", "validation_report.xlsx"}
    data = (run.outputs_dir / "validation_report.xlsx").read_bytes()
    assert is_protected_package(data)
    book = load_workbook(io.BytesIO(decrypt_output(data, run.case.password)))
    assert book["Findings"].max_row == 1 + 7


def test_workbook_one_row_a_finding_filters_on_header_frozen(tmp_path):
    book = load_workbook(io.BytesIO(validation_report.build_xlsx(make_run(tmp_path))))
    sheet = book["Findings"]
    assert [c.value for c in sheet[1]] == [title for title, _ in
                                          validation_report.XLSX_COLUMNS]
    assert sheet.auto_filter.ref == "A1:H8" and sheet.freeze_panes == "A2"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert rows[0][:6] == [POLICE, "tvp.docx", "1", 5, "Warning", "period"]
    hostile = sheet.cell(row=2, column=7)
    assert hostile.value == HOSTILE and hostile.data_type == "s"   # text, never a formula
    assert rows[-1][0] == validation_report.NO_AGENCY
    assert "month_first" in [c.value for c in book["Codes"]["A"]]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt package "
                    "'chromium'; in Debian-based CI: apt-get install -y chromium)")
def test_chromium_renders_the_report(tmp_path):
    run = make_run(tmp_path)
    write_outputs(run, validation_report.NAME)
    page = run.outputs_dir / "validation_report.html"
    common = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
              f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,900"]
    dom = subprocess.run([*common, "--dump-dom", page.as_uri()], capture_output=True,
                         text=True, timeout=120, check=True).stdout
    assert "Validation report: TEST-2016-01" in dom and f">{CSC}</a>" in dom
    assert "<script>" not in dom            # the hostile text stayed text
    shot = tmp_path / "report.png"
    subprocess.run([*common, f"--screenshot={shot}", page.as_uri()], capture_output=True,
                   timeout=120, check=True)
    import matplotlib.image

    pixels = matplotlib.image.imread(shot)
    assert pixels.shape[:2] == (900, 1200)
    # Text and tables were drawn: a good share of the page is not background white.
    assert (pixels[:, :, :3].mean(axis=2) < 0.8).mean() > 0.01


def test_a_superseded_return_is_marked_as_replaced(tmp_path):
    run = make_run(tmp_path)
    run.superseded = [run.returns[1]]
    page = validation_report.build_html(run).decode("utf-8")
    assert "<h3>tvp.docx (replaced by a later return; no feedback letter): 0 errors, " \
           "2 warnings</h3>" in page
