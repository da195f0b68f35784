"""Stage 5: the documents. One module per output; `OUTPUTS` lists them in writing order.

timeline.png comes before the documents that embed it; the finding lists after every
writer that may add a finding; the manifest is written last, so
it holds the hash of every other output.
"""

from __future__ import annotations

from pipeline.assemble import (
    action_plan,
    chronology_csv,
    chronology_docx,
    chronology_xlsx,
    executive_summary,
    feedback,
    manifest,
    overview,
    timeline,
    validation_report,
)
from pipeline.model import CaseRun

OUTPUTS = (
    timeline.write,
    action_plan.write,
    overview.write,            # anonymised; also writes anonymisation_report.xlsx
    executive_summary.write,   # anonymised and leak-checked
    # These list findings, so they follow every writer that may add one (a report section
    # missing, a leak found).
    chronology_docx.write,
    chronology_xlsx.write,
    chronology_csv.write,
    validation_report.write,
    feedback.write,
    manifest.write,
)


def assemble(run: CaseRun) -> None:
    for write in OUTPUTS:
        write(run)
