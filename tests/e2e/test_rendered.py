"""Each Word output as its reader sees it: the demo case's outputs made into PDF by
LibreOffice and read back from the pages (skipped where LibreOffice or poppler is absent).

The checks are made on the rendered pages, not on the document model that wrote them:
page budgets, the words in the chronology's marks column, the overview's panel list.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pipeline.assemble import feedback
from pipeline.merge.marks import PANEL_MARKS
from pipeline.model import Finding, Severity
from pipeline.run import run_case
from tests import render
from tests.builders.cases import CSC, DEMO
from tests.builders.runs import feedback_run

pytestmark = pytest.mark.skipif(not render.available(),
                                reason="needs LibreOffice (soffice) and poppler-utils")

# Landscape A4 with 1.27 cm margins: the marks column is the table's first, 65 points wide;
# the box leaves out the page's header and footer.
MARKS_BOX = (28, 40, 66, 520)
# What the panel may see in the marks column (the list, written out here rather
# than taken from the code that writes the column): new or changed, a linked event, and
# an inconsistency (I001), the panel's own marks, and '!' with an uncertain or period date,
# a carried date, a near-duplicate, something not on the template or a marked entry that
# changed.
PANEL_WORDS = {
    "Marks", "NEW", "CHG", "!", "period", "approximate", "not", "exact", "date", "month",
    "first", "impossible", "relative", "no", "year", "several", "dates", "unreadable",
    "missing", "weekday", "mismatch", "future", "time", "ambiguous", "conflict", "carried",
    "near", "duplicate", "on", "template", "inconsistency", "redacted",
    # the panel's own marks (pipeline/merge/marks.py) and their flag
    "Panel:", *" ".join(PANEL_MARKS).split(), "changed", "since", "marked",
}
TEMPLATE_POINTS = ("two digit year", "time 12h", "staff missing", "outside period",
                   "source missing", "time not 24h", "staff not in id list", "before birth")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, Path]:
    """The demo case merged today without protection; each Word output's PDF by its
    output name ('feedback/General Practice.docx')."""
    work = tmp_path_factory.mktemp("rendered")
    shutil.copytree(DEMO, work / "demo")
    run = run_case(work / "demo", work / "out", protect=False)
    words = [name for name in run.outputs if name.endswith(".docx")]
    pdfs = render.to_pdf([run.outputs_dir / name for name in words], work / "pdf")
    return {name: pdfs[run.outputs_dir / name] for name in words}


def flat(pages: list[str]) -> str:
    return " ".join(" ".join(page.split()) for page in pages)


def test_every_feedback_letter_is_one_page_the_gp_letter_too(rendered):
    letters = {name: render.pages(pdf) for name, pdf in rendered.items()
               if name.startswith("feedback/")}
    assert "feedback/General Practice.docx" in letters and len(letters) >= 5
    assert letters == dict.fromkeys(letters, 1)
    gp = flat(render.text(rendered["feedback/General Practice.docx"]))
    assert "Two-digit year, rows" in gp and gp.count("two-digit year") == 1


def test_a_letter_for_forty_findings_of_one_kind_fits_on_one_page(tmp_path):
    run = feedback_run(tmp_path)
    ret = next(r for r in run.returns if r.agency == CSC)
    findings = [Finding("two_digit_year", Severity.WARNING,
                        f"Row {n}: '{n % 28 + 1:02d}/03/14' has a two-digit year (read as "
                        f"{n % 28 + 1:02d}-03-2014); please write the year in full "
                        "(dd-mm-yyyy).", ret.file, "1", n, CSC, f"{n % 28 + 1:02d}/03/14")
                for n in range(2, 82, 2)]
    letter = tmp_path / "letter.docx"
    letter.write_bytes(feedback.build(run, ret, findings))
    pdf = render.to_pdf([letter], tmp_path / "pdf")[letter]
    assert render.pages(pdf) == 1
    assert "rows 2, 4, 6" in flat(render.text(pdf))


def test_a_letter_with_every_kind_of_finding_stays_within_three_pages(tmp_path):
    from pipeline.findings import CATALOGUE

    run = feedback_run(tmp_path)
    ret = next(r for r in run.returns if r.agency == CSC)
    findings = []
    for kind in CATALOGUE.values():
        if kind.scope == "return":
            findings.append(Finding(kind.code, kind.severity, f"{ret.file}: "
                                    f"{kind.explanation}", ret.file, agency=CSC))
        elif kind.scope == "row":
            findings += [Finding(kind.code, kind.severity, f"Row {n}: {kind.explanation}",
                                 ret.file, "1", n, CSC, "03/04/15") for n in range(2, 30)]
    letter = tmp_path / "every.docx"
    letter.write_bytes(feedback.build(run, ret, findings))
    pdf = render.to_pdf([letter], tmp_path / "pdf")[letter]
    assert render.pages(pdf) <= 3


def marks_column(pdf: Path) -> list[str]:
    """The words in the chronology table's first column, page by page, below its heading."""
    words = []
    for page in render.text(pdf, box=MARKS_BOX):
        tokens = page.split()
        if "Marks" in tokens:
            words += tokens[tokens.index("Marks"):]
    return words


def test_the_chronologys_marks_column_holds_only_what_the_panel_reads(rendered):
    words = marks_column(rendered["merged_chronology.docx"])
    marks = " ".join(words)
    assert "! period" in marks and "! date carried" in marks       # the check sees marks
    assert re.search(r"\bE0\d\d\b", marks)
    assert {w for w in words if not re.fullmatch(r"[EI]\d{3,};?|[!,]", w)} - PANEL_WORDS \
        == set()
    text = flat(render.text(rendered["merged_chronology.docx"])).lower()
    for point in TEMPLATE_POINTS:
        assert point not in text, point


def test_no_template_point_on_any_page_but_the_agencies_letters(rendered):
    """The panel's documents (and the author's, and the board's) carry no template
    point; only an agency's own letter does."""
    others = [name for name in rendered if not name.startswith("feedback/")]
    assert "merged_chronology.docx" in others and "overview_draft.docx" in others
    for name in others:
        text = flat(render.text(rendered[name])).lower()
        assert render.pages(rendered[name]) >= 1
        for point in TEMPLATE_POINTS:
            assert point not in text, (name, point)


def test_no_template_point_on_the_overviews_chronology_pages(rendered):
    pages = render.text(rendered["overview_draft.docx"])
    appendix = flat(pages[next(n for n, page in enumerate(pages)
                               if "Appendix: the merged chronology" in page):]).lower()
    assert "! period" in appendix
    for point in TEMPLATE_POINTS:
        assert point not in appendix, point


def test_the_overview_shows_one_panel_list_and_no_seams(rendered):
    pages = render.text(rendered["overview_draft.docx"], layout=True)
    text = flat(pages)
    assert text.count("Designated Nurse") == 1              # in case.toml and the terms
    assert "Detective Superintendent" not in text           # only the terms' list has it
    assert "recorded it in this review's settings." in text
    assert "toml" not in text                     # no file name the author cannot act on
    assert not re.search(r"\b1 (days|entries|agencies|rows)\b", text)
    lines = [line.strip() for page in pages for line in page.splitlines()]
    section = lines[lines.index("5. Agency involvement and analysis"):
                    lines.index("6. Lessons learnt")]
    numbered = [line for line in section if re.match(r"\d+\.(\d+\.?)*\s", line)]
    assert numbered == ["5. Agency involvement and analysis"] + [
        line for line in numbered if re.match(r"5\.\d+ ", line)]
    assert len(numbered) == 5


# The pages each document may take for the demo case (302 entries, 4 agency reports): a
# document that grows past its budget has changed how it reads.
BUDGETS = {"merged_chronology.docx": 24, "overview_draft.docx": 40,
           "executive_summary.docx": 5}


def test_documents_within_their_page_budgets(rendered):
    found = {name: render.pages(rendered[name]) for name in BUDGETS}
    assert {name: pages <= BUDGETS[name] for name, pages in found.items()} == dict.fromkeys(
        BUDGETS, True), found



def test_the_held_back_case_letters_within_two_pages_and_marks_the_panels(tmp_path):
    """The held-back case (tests/heldout_audiences.py, never used to tune): twelve
    agencies, 3 to 13 kinds and up to 400 findings a letter."""
    from tests import heldout_audiences

    run = run_case(heldout_audiences.build(tmp_path), tmp_path / "out", protect=False)
    names = sorted(n for n in run.outputs if n.endswith(".docx"))
    pdfs = render.to_pdf([run.outputs_dir / n for n in names], tmp_path / "pdf")
    pages = {n: render.pages(pdfs[run.outputs_dir / n]) for n in names
             if n.startswith("feedback/")}
    assert len(pages) == 12 and max(pages.values()) <= 2, pages
    words = marks_column(pdfs[run.outputs_dir / "merged_chronology.docx"])
    assert len(words) > 1000
    assert {w for w in words
            if not heldout_audiences.PANEL_WORDS.fullmatch(w.rstrip(","))} == set()
