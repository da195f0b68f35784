"""CaseRun: which findings are still to act on decides the exit status."""

from pathlib import Path

from pipeline.model import CaseRun, Finding, Return, Severity


def test_errors_of_a_superseded_return_do_not_decide_the_exit_status():
    old = Return(path=Path("old.docx"), file="old.docx", sha256="")
    run = CaseRun(case=None, outputs_dir=Path("out"))
    run.superseded = [old]
    run.findings = [Finding("month_first", Severity.ERROR, "Row 3 ...", file="old.docx"),
                    Finding("superseded_return", Severity.WARNING, "replaced", file="old.docx")]
    assert not run.has_errors
    assert [f.code for f in run.current_findings] == ["superseded_return"]
    run.findings.append(Finding("month_first", Severity.ERROR, "Row 3 ...", file="new.docx"))
    assert run.has_errors
