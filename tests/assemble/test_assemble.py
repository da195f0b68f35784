"""The registry of outputs (pipeline/assemble/__init__.py): the anonymised documents are
named there without importing their modules, which a case without reports never needs."""

from __future__ import annotations

import importlib
import logging
import subprocess
import sys

from pipeline import assemble
from pipeline.case import load_case
from tests.builders.cases import DEMO
from tests.builders.runs import case_run


def test_each_anonymised_output_is_registered_by_its_modules_name():
    for name, module in assemble.PUBLISHED.items():
        assert importlib.import_module(module).NAME == name
        assert name in [output.name for output in assemble.OUTPUTS]


def test_the_stages_import_no_anonymiser_until_a_report_is_published():
    """The import a chronology-only case pays: the anonymiser and its word lists
    (wordfreq) come with the first agency report, not with the stages."""
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, pipeline.run; print(sorted(m for m in "
         "('pipeline.anonymise', 'wordfreq', 'pipeline.assemble.overview') "
         "if m in sys.modules))"], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_a_case_without_agency_reports_writes_no_anonymised_output(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    run = case_run(load_case(DEMO), tmp_path)
    built = assemble.Built(run, assemble.OUTPUTS)
    for name in assemble.PUBLISHED:
        assert built.rendered(name).files == {}
    assert "no agency reports: overview_draft.docx not written" in caplog.text
