"""A held-back case for the documents' readers: built here, never used to tune the letters
or the marks. Twelve agencies whose returns mix every common quirk at their own rates
(two-digit years, am/pm times, periods, month-first and impossible dates, relative dates,
empty date cells, missing initials and sources, several tables), seeded so figures repeat.

    python -m tests.heldout_audiences /tmp/heldout     # merge it, render it, print figures

Prints, for each agency's letter, its pages and kinds of finding; and the words found in
the rendered merged chronology's marks column that are not the panel's.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path

from tests import render

CASE_TOML = """reference = "HELD-2017-02"
review = "Serious Case Review"
subject = "Child Y"
period = {{ from = "01-06-2014", to = "31-05-2016" }}
{agencies}
[[people]]
name = "Fictional Child"
role = "Child"
pseudonym = "Child Y"
born = "02-02-2014"
"""
PHRASES = ("Home visit; child seen asleep.", "Mother rang about rent arrears.",
           "Referral to early help declined.", "Child brought to clinic, weight checked.",
           "Strategy discussion with police.", "Letter to family about a missed appointment.")


def date_cell(rng: random.Random, rates: dict[str, float]) -> str:
    """One date cell, with a quirk at the agency's rate for it."""
    day = dt.date(2014, 6, 1) + dt.timedelta(days=rng.randrange(700))
    hour, minute = rng.randrange(1, 12), rng.choice((0, 30))
    roll = rng.random()
    for quirk, rate in rates.items():
        if roll < rate:
            return {
                "two_digit": f"{day:%d/%m/%y}",
                "am_pm": f"{day.day} {day:%B %Y} {hour}.{minute:02d}pm",
                "period": f"{day:%B %Y}",
                "month_first": f"{day.month:02d}/{max(day.day, 13)}/{day.year}",
                "impossible": f"31/{rng.choice((2, 4, 6, 9, 11)):02d}/{day.year}",
                "relative": rng.choice(("the next day", "two weeks later", "last week")),
                "empty": "",
                "approximate": f"approx. {day:%d/%m/%Y}",
            }[quirk]
        roll -= rate
    return f"{day:%d/%m/%Y}"


def build(folder: Path, seed: int = 2017) -> Path:
    from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx

    rng = random.Random(seed)
    case = folder / "HELD"
    case.mkdir(parents=True)
    names = [f"Held Agency {n:02d}" for n in range(1, 13)]
    (case / "case.toml").write_text(CASE_TOML.format(
        agencies="".join(f'\n[[agencies]]\nname = "{n}"\n' for n in names)))
    quirks = ("two_digit", "am_pm", "period", "month_first", "impossible", "relative",
              "empty", "approximate")
    for name in names:
        rates = {q: rng.choice((0, 0, 0.02, 0.1, 0.6)) / 2 for q in quirks}
        doc = ChronologyDocx()
        doc.header_block(agency=name, date_completed=rng.choice(("12/02/2017", "")),
                         completed_by=rng.choice(("A Author", "")))
        for _ in range(rng.choice((1, 1, 2, 3))):
            rows = [[date_cell(rng, rates), rng.choice(PHRASES), rng.choice(PHRASES), "",
                     "" if rng.random() < 0.05 else "Case record",
                     "" if rng.random() < 0.05 else f"SW{rng.randrange(1, 9)}", ""]
                    for _ in range(rng.randrange(20, 160))]
            doc.add_table(TEMPLATE_HEADINGS, rows)
        doc.save(case / f"{name}.docx")
    return case


PANEL_WORDS = re.compile(r"Marks|NEW|CHG|[EI]\d{3,}|!|,|period|approximate|not|exact|"
                         r"date|month|first|impossible|relative|no|year|several|dates|"
                         r"unreadable|missing|weekday|mismatch|future|time|ambiguous|"
                         r"conflict|carried|near|duplicate|on|template|inconsistency|changed|"
                         r"since|marked|Panel:|note|Key|episode|Decision|point|Good|"
                         r"practice|Inconsistency|Query|for|agency|redacted")


def main(folder: Path) -> None:
    from pipeline.assemble import feedback
    from pipeline.run import run_case

    run = run_case(build(folder), folder / "out", protect=False)
    names = [n for n in run.outputs if n.endswith(".docx")]
    pdfs = render.to_pdf([run.outputs_dir / n for n in names], folder / "pdf")
    kinds = {ret.agency: len(feedback.points(found)) for ret, found in feedback.letters(run)}
    findings = {ret.agency: len(found) for ret, found in feedback.letters(run)}
    for name in sorted(n for n in names if n.startswith("feedback/")):
        agency = Path(name).stem
        print(f"{name}: {render.pages(pdfs[run.outputs_dir / name])} page(s), "
              f"{kinds.get(agency, '?')} kinds, {findings.get(agency, '?')} findings")
    words = []
    for page in render.text(pdfs[run.outputs_dir / "merged_chronology.docx"],
                            box=(28, 40, 66, 520)):
        tokens = page.split()
        words += tokens[tokens.index("Marks"):] if "Marks" in tokens else []
    strays = sorted({w for w in words if not PANEL_WORDS.fullmatch(w.rstrip(","))})
    print(f"merged chronology: {len(run.merged)} rows, "
          f"{render.pages(pdfs[run.outputs_dir / 'merged_chronology.docx'])} pages, "
          f"{len(words)} words in the marks column, not the panel's: {strays or 'none'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
