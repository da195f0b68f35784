"""The whole run of a large case vs "the straightforward way", and writing 40,000 rows.

1. A case of 20 Word returns of 1,000 rows each (tests/builders/docx_builder.py):
   our whole run as a user starts it (a fresh process, from its start to its exit, every
   output written and protected), the time of each stage against its floor here, and the
   peak memory of all its processes together; against the straightforward way as a
   competent user writes it (python-docx reading cell by cell, dateparser with
   languages=["en"] and day-month order, python-docx add_row, openpyxl), timed in the
   same run on all 20 returns. BENCH_QUICK=1 times SAMPLE_FILES of them and scales:
   quicker, but it understates the straightforward way, whose row-by-row writing slows
   as the table grows.
2. Writing a 40,000-row merged chronology: our table XML (chronology_docx.build) against
   python-docx add_row, timed on 2,000 rows and scaled to 40,000 (printed as such; an
   understatement for the same reason).

`python -m bench merge` prints the figures; nothing is asserted.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AGENCIES = 20
ROWS_PER_RETURN = 1_000
SAMPLE_FILES = 4
WRITE_ROWS = 40_000
ADD_ROW_SAMPLE = 2_000
# Our whole run is timed this many times, and the median reported (our_whole_run).
TIMED_RUNS = 3
PHRASES = (
    "Home visit. Child seen and weighed; mother says all is well.",
    "Strategy meeting held with police and health; s47 agreed.",
    "Telephone call from school: child arrived late and hungry.",
    "GP appointment for a cough. No concerns. Follow up in 2 weeks.",
    "Referral received from the Emergency Department after a fall at home.",
    "Letter sent to the family inviting them to a review meeting.",
    "Core group meeting; plan reviewed, actions agreed.",
)
CASE_TOML = """reference = "BENCH-2016-01"
review = "Serious Case Review"
subject = "Child X"
period = {{ from = "01-01-2014", to = "31-12-2015" }}
{agencies}
[[people]]
name = "Fictional Child"
role = "Child"
pseudonym = "Child X"
born = "14-03-2013"
"""


def _when(rng: random.Random) -> str:
    day = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(730))
    style = rng.randrange(4)
    if style == 0:
        return f"{day:%d/%m/%Y} {rng.randrange(8, 18):02d}:{rng.choice((0, 15, 30, 45)):02d}"
    if style == 1:
        return f"{day:%d.%m.%y}"
    if style == 2:
        return f"{day.day} {day:%B %Y}"
    return f"{day:%d/%m/%Y}"


def build_case(folder: Path) -> Path:
    """The case folder: case.toml and 20 Word returns of 1,000 rows each."""
    from tests.builders.docx_builder import TEMPLATE_HEADINGS, ChronologyDocx

    case = folder / "BENCH"
    case.mkdir()
    names = [f"Agency {number:02d}" for number in range(1, AGENCIES + 1)]
    (case / "case.toml").write_text(CASE_TOML.format(
        agencies="".join(f'\n[[agencies]]\nname = "{n}"\n' for n in names)))
    rng = random.Random(11)
    for name in names:
        rows = [[_when(rng), rng.choice(PHRASES), rng.choice(PHRASES), "", "Case record",
                 f"SW{rng.randrange(1, 9)}", f"Entry {number}"]
                for number in range(ROWS_PER_RETURN)]
        doc = ChronologyDocx()
        doc.header_block(agency=name, date_completed="12/02/2016", completed_by="A Author")
        doc.add_table(TEMPLATE_HEADINGS, rows)
        doc.save(case / f"{name}.docx")
    return case


def our_whole_run(case: Path, outputs: Path) -> dict:
    """Our run as a user starts it: a fresh process, timed from its start to its exit
    (every output written and protected), alone on the machine as the straightforward way
    is, TIMED_RUNS times: the median run is the one reported (a run of five seconds on two
    cores moves by a second with whatever else the machine does; the straightforward
    way's fifty seconds on one core average that out themselves). Then run again while
    the memory of its processes is sampled every 0.05 s (all of them together (PSS), and
    each one's peak: the run, its suites' process, a process assemble forks). Reading the
    memory of three processes twenty times a second takes CPU from a run that uses both
    cores, so that run is not timed."""
    runs = sorted((_whole_run(case, outputs / f"timed{n}", sample=False)
                   for n in range(TIMED_RUNS)), key=lambda run: run["seconds"])
    sampled = _whole_run(case, outputs / "sampled", sample=True)
    return {**runs[len(runs) // 2],
            **{key: sampled[key] for key in ("together_mb", "run_mb", "others_mb")},
            "sampled_seconds": sampled["seconds"], "all_seconds": [r["seconds"] for r in runs]}


def _whole_run(case: Path, outputs: Path, *, sample: bool) -> dict:
    began = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "bench.whole_run", str(case), str(outputs)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             cwd=Path(__file__).resolve().parents[1])
    together, each = 0.0, {}
    while sample and child.poll() is None:
        sizes = process_pss_mb(child.pid)
        together = max(together, sum(sizes.values()))
        for pid, size in sizes.items():
            each[pid] = max(each.get(pid, 0.0), size)
        time.sleep(0.05)
    output = child.communicate()[0]
    seconds = time.perf_counter() - began
    result = json.loads(output.decode().strip().splitlines()[-1])
    others = sorted((size for pid, size in each.items() if pid != child.pid), reverse=True)
    return {**result, "seconds": seconds, "together_mb": together,
            "run_mb": each.get(child.pid, 0.0), "others_mb": others}


def process_pss_mb(root: int) -> dict[int, float]:
    """The proportional set size of `root` and of each process under it, in MB (Linux
    /proc): summed, the memory the run's processes use together, shared pages counted
    once."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    sizes = {}
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    sizes[pid] = int(line.split()[1]) / 1024
                    break
        except (OSError, ValueError):
            continue
    return sizes


def straightforward(files: list[Path], out: Path) -> tuple[float, int]:
    """As a competent user writes it: python-docx cell by cell, dateparser per date cell
    with its documented setting for speed (languages=["en"]) and day-month order, the
    merged table written with python-docx add_row, the workbook with openpyxl. Timed from
    the import of those libraries to the files saved."""
    start = time.perf_counter()
    import dateparser
    import openpyxl
    from docx import Document
    from docx.enum.section import WD_ORIENT

    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
    entries = []
    for path in files:
        document = Document(path)
        for table in document.tables:
            for number, row in enumerate(table.rows):
                texts = [cell.text for cell in row.cells]
                if number == 0:
                    continue
                when = dateparser.parse(texts[0], languages=["en"], settings=settings)
                entries.append((when or dt.datetime.max, path.stem, number, texts))
    entries.sort(key=lambda entry: entry[:3])
    merged = Document()
    merged.sections[0].orientation = WD_ORIENT.LANDSCAPE
    table = merged.add_table(rows=1, cols=9)
    for cell, heading in zip(table.rows[0].cells, ("Date", "Time", "Agency", "Child",
                                                   "Family", "Communication", "Source",
                                                   "Staff", "Comment"), strict=True):
        cell.text = heading
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Date", "Time", "Agency", "Child", "Family", "Communication", "Source",
                  "Staff", "Comment"])
    for when, agency, _, texts in entries:
        cells = table.add_row().cells
        values = [when.strftime("%d-%m-%Y") if when != dt.datetime.max else texts[0],
                  when.strftime("%H:%M") if when != dt.datetime.max else "", agency, *texts[1:]]
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
        sheet.append(values)
    merged.save(out)
    book.save(out.with_suffix(".xlsx"))
    return time.perf_counter() - start, len(entries)


def _big_run(rows: int):
    """A merged run of `rows` rows in memory (no files), for the writing comparison."""
    from pipeline.merge.order import sort_rows
    from tests.builders.chronology_rows import AGENCIES as NAMES
    from tests.builders.chronology_rows import day, entry, run_for

    folder = Path(tempfile.mkdtemp(prefix="bench_merge_"))
    run = run_for(folder, [])
    rng = random.Random(5)
    merged = []
    for number in range(rows):
        when = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(730))
        merged.append(entry(NAMES[number % len(NAMES)],
                            day(when.year, when.month, when.day, rng.choice((None, 10))),
                            rng.choice(PHRASES), family=rng.choice(PHRASES),
                            source="Case record", staff="SW1", comment=f"Entry {number}",
                            order=number))
    run.merged = sort_rows(merged, run.case)
    return run


def python_docx_add_row(run, rows: int) -> float:
    from docx import Document

    start = time.perf_counter()
    document = Document()
    table = document.add_table(rows=1, cols=11)
    for row in run.merged[:rows]:
        cells = table.add_row().cells
        values = ["", row.reading.date_text, row.reading.time_text, "", row.agency,
                  row.child, row.family, row.communication, row.source, row.staff,
                  row.comment]
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    document.save(io.BytesIO())
    return time.perf_counter() - start


def floors(case: Path) -> dict[str, float]:
    """What each stage cannot go below here: lxml reading every return's text, the
    normalise fast path's regular expression on every date, a sort of the rows, the
    import of Great Expectations alone (a fresh process), the XML text of the merged
    table written and zipped."""
    import re
    import zipfile

    from lxml import etree

    found: dict[str, float] = {}
    began = time.perf_counter()
    texts = []
    for path in sorted(case.glob("*.docx")):
        root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        texts.extend("".join(t.text or "" for t in tc.iter("{*}t"))
                     for tc in root.iter("{*}tc"))
    found["ingest"] = time.perf_counter() - began
    dates = texts[::7]
    began = time.perf_counter()
    pattern = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})")
    readings = [pattern.match(text) for text in dates]
    found["normalise"] = time.perf_counter() - began
    began = time.perf_counter()
    sorted(zip(dates, range(len(dates)), strict=True))
    found["merge"] = time.perf_counter() - began
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import great_expectations"], check=True,
                   env={**os.environ, "GX_ANALYTICS_ENABLED": "False"})
    found["validate"] = time.perf_counter() - began
    began = time.perf_counter()
    xml = "".join(f"<w:tr><w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc></w:tr>"
                  for t in texts)
    with zipfile.ZipFile(io.BytesIO(), "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        out.writestr("word/document.xml", xml)
    found["assemble"] = time.perf_counter() - began
    del readings
    return found


def _our_lines(ours: dict, floor: dict[str, float]) -> list[str]:
    """Our run in words: its whole time, each stage in the order they ran (what overlaps
    said), each stage against its floor, and its memory."""
    stages = ours["stages"]
    ready = ours["import"] + sum(seconds for name, seconds in stages.items()
                                 if name not in ("findings", "pictures", "assemble"))
    validate = stages["validate"] + stages["findings"]
    others = ", ".join(f"{size:.0f}" for size in ours["others_mb"]) or "none"
    return [
        f"ours, whole run from process start to exit, all {len(ours['outputs'])} outputs "
        f"written and protected: {ours['seconds']:.2f} s, the median of {TIMED_RUNS} runs "
        f"({', '.join(f'{t:.2f}' for t in ours['all_seconds'])} s); {ours['rows']:,} rows "
        "merged; the median run:",
        f"  in order: imports {ours['import']:.2f} s, ingest {stages['ingest']:.2f} s, "
        f"normalise {stages['normalise']:.2f} s, validate's frames {stages['validate']:.2f} s, "
        f"merge {stages['merge']:.2f} s (the suites running meanwhile in the second "
        f"process, started before the imports: Great Expectations imported there by "
        f"{ours.get('suites_ready', 0):.2f} s, the suites answered by "
        f"{ours.get('suites_answered', 0):.2f} s), waiting for the suites "
        f"{stages['suites']:.2f} s (their results taken at {ready:.2f} s), validate's "
        f"findings {stages['findings']:.2f} s, waiting for the pictures drawn there "
        f"{stages.get('pictures', 0):.2f} s (the last drawn by {ours.get('drawn', 0):.2f} s), "
        f"assemble {stages['assemble']:.2f} s; "
        f"interpreter start and exit {ours['seconds'] - ours['in_process']:.2f} s",
        f"  each stage against its floor here: ingest {stages['ingest']:.2f} s vs "
        f"{floor['ingest']:.2f} s, normalise {stages['normalise']:.2f} s vs "
        f"{floor['normalise']:.2f} s, validate {validate:.2f} s here with its suites' "
        f"results in by {ready:.2f} s from the start vs {floor['validate']:.2f} s to import "
        f"Great Expectations alone, merge {stages['merge']:.2f} s vs {floor['merge']:.2f} s, "
        f"assemble {stages['assemble']:.2f} s vs {floor['assemble']:.2f} s",
        f"  peak memory (PSS) of all its processes together: {ours['together_mb']:.0f} MB "
        f"(each one's peak: the run {ours['run_mb']:.0f} MB, the others {others} MB), in a "
        f"second run while sampled ({ours['sampled_seconds']:.2f} s)",
    ]


def main() -> None:
    full = os.environ.get("BENCH_QUICK") != "1"
    with tempfile.TemporaryDirectory(prefix="bench_merge_") as folder:
        folder = Path(folder)
        began = time.perf_counter()
        case = build_case(folder)
        print(f"built {AGENCIES} Word returns x {ROWS_PER_RETURN:,} rows in "
              f"{time.perf_counter() - began:.1f} s", flush=True)
        ours = our_whole_run(case, folder / "out")
        for line in _our_lines(ours, floors(case)):
            print(line, flush=True)
        files = sorted(case.glob("*.docx"))
        sample = files if full else files[:SAMPLE_FILES]
        plain_seconds, entries = straightforward(sample, folder / "plain.docx")
        scale = len(files) / len(sample)
        estimate = plain_seconds * scale
        how = "all files" if full else f"{len(sample)} of {len(files)} files, scaled x{scale:g}"
        print(f"straightforward way ({how}; python-docx, dateparser languages=['en'] DMY, "
              f"add_row, openpyxl): {plain_seconds:.1f} s for {entries:,} rows -> "
              f"{estimate:.1f} s for the case", flush=True)
        print(f"speed-up, whole run (ours also validates and writes every other output): "
              f"{estimate:.1f} s / {ours['seconds']:.2f} s = {estimate / ours['seconds']:.1f}x",
              flush=True)

    from pipeline.assemble import chronology_docx, timeline

    run = _big_run(WRITE_ROWS)
    began = time.perf_counter()
    picture = timeline.build(run)
    document = chronology_docx.build(run, picture)
    mine = time.perf_counter() - began
    sample_seconds = python_docx_add_row(run, ADD_ROW_SAMPLE)
    scaled = sample_seconds * WRITE_ROWS / ADD_ROW_SAMPLE
    print(f"writing {WRITE_ROWS:,} rows: ours {mine:.1f} s ({len(document) / 1e6:.1f} MB "
          f".docx, timeline and key included); python-docx add_row "
          f"{sample_seconds:.2f} s for {ADD_ROW_SAMPLE:,} rows -> {scaled:.1f} s scaled "
          f"({scaled / mine:.1f}x)", flush=True)


if __name__ == "__main__":
    main()
