"""The whole run of a large case vs "the straightforward way", and writing 40,000 rows.

1. A case of 20 Word returns of 1,000 rows each (tests/builders/docx_builder.py):
   our whole run (ingest, normalise, validate, merge, assemble: every output written and
   protected) in a child process, with its peak memory; against the straightforward way
   (python-docx reading cell by cell, dateparser on every date cell, a python-docx table
   written row by row), timed in the same run on all 20 returns (about 3 minutes).
   BENCH_QUICK=1 times SAMPLE_FILES of them and scales: quicker, but it understates the
   straightforward way, whose row-by-row writing slows as the table grows (measured:
   192 s for all 20 files against 93 to 154 s scaled from 4).
2. Writing a 40,000-row merged chronology: our table XML (chronology_docx.build) against
   python-docx add_row, timed on 2,000 rows and scaled to 40,000 (printed as such; an
   understatement for the same reason).

`python -m bench merge` prints the figures; nothing is asserted.
"""

from __future__ import annotations

import datetime as dt
import io
import multiprocessing
import os
import random
import resource
import tempfile
import time
from pathlib import Path

AGENCIES = 20
ROWS_PER_RETURN = 1_000
SAMPLE_FILES = 4
WRITE_ROWS = 40_000
ADD_ROW_SAMPLE = 2_000
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


def _our_run(case: Path, outputs: Path, queue) -> None:
    import logging

    from pipeline import assemble
    from pipeline.case import load_case
    from pipeline.model import CaseRun
    from pipeline.run import run_stages

    os.environ["TQDM_DISABLE"] = "1"
    run = CaseRun(case=load_case(case), outputs_dir=outputs / case.name, protect=True)
    stages: dict[str, float] = {}
    writers: dict[str, float] = {}

    class WriterTimes(logging.Handler):
        """Keeps the time of each writer from assemble's debug lines; nothing else."""

        def emit(self, record: logging.LogRecord) -> None:
            if record.msg == assemble.WRITER_TIME:
                name, seconds = record.args
                writers[name] = seconds

    # Silent but for assemble's debug lines (writers run in the second process leave
    # theirs there, so they are not reported).
    logging.getLogger().addHandler(logging.NullHandler())
    timed = logging.getLogger(assemble.__name__)
    timed.setLevel(logging.DEBUG)
    timed.addHandler(WriterTimes())
    timed.propagate = False
    start = time.perf_counter()
    run_stages(run, stages)
    total = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The suite worker (pipeline/validate/worker.py), closed and waited for by now.
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    queue.put((total, stages, writers, peak_mb, worker_mb, len(run.merged),
               sorted(run.outputs)))


def our_whole_run(case: Path, outputs: Path) -> tuple:
    """(seconds, seconds per stage and per writer, peak MB of the run and of its suite
    worker, peak MB of all its processes together, rows merged, outputs) of a fresh
    process."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_our_run, args=(case, outputs, queue))
    child.start()
    together = 0.0
    while queue.empty():
        together = max(together, tree_pss_mb(child.pid))
        time.sleep(0.1)
    result = queue.get()
    child.join()
    return (*result[:5], together, *result[5:])


def tree_pss_mb(root: int) -> float:
    """The proportional set size of `root` and every process under it, in MB: memory
    the run's processes use together, shared pages counted once (Linux /proc)."""
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
    total_kb = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kb += int(line.split()[1])
                    break
        except (OSError, ValueError):
            continue
    return total_kb / 1024


def straightforward(files: list[Path], out: Path) -> tuple[float, int]:
    """python-docx cell by cell, dateparser per date cell, python-docx rows one by one."""
    import dateparser
    from docx import Document
    from docx.enum.section import WD_ORIENT

    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                "REQUIRE_PARTS": ["day", "month", "year"]}
    start = time.perf_counter()
    entries = []
    for path in files:
        document = Document(path)
        for table in document.tables:
            for number, row in enumerate(table.rows):
                texts = [cell.text for cell in row.cells]
                if number == 0:
                    continue
                when = dateparser.parse(texts[0], settings=settings)
                entries.append((when or dt.datetime.max, path.stem, number, texts))
    entries.sort(key=lambda entry: entry[:3])
    merged = Document()
    merged.sections[0].orientation = WD_ORIENT.LANDSCAPE
    table = merged.add_table(rows=1, cols=9)
    for cell, heading in zip(table.rows[0].cells, ("Date", "Time", "Agency", "Child",
                                                   "Family", "Communication", "Source",
                                                   "Staff", "Comment"), strict=True):
        cell.text = heading
    for when, agency, _, texts in entries:
        cells = table.add_row().cells
        values = [when.strftime("%d-%m-%Y") if when != dt.datetime.max else texts[0],
                  when.strftime("%H:%M") if when != dt.datetime.max else "", agency, *texts[1:]]
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    merged.save(out)
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


def main() -> None:
    from pipeline.assemble import BESIDE, chronology_docx, timeline

    full = os.environ.get("BENCH_QUICK") != "1"
    with tempfile.TemporaryDirectory(prefix="bench_merge_") as folder:
        folder = Path(folder)
        began = time.perf_counter()
        case = build_case(folder)
        print(f"built {AGENCIES} Word returns x {ROWS_PER_RETURN:,} rows in "
              f"{time.perf_counter() - began:.1f} s", flush=True)

        (seconds, stages, writers, peak_mb, worker_mb, together_mb, merged,
         outputs) = our_whole_run(case, folder / "out")
        per_stage = ", ".join(f"{name} {value:.1f} s" for name, value in stages.items())
        per_writer = ", ".join(f"{name} {value:.1f} s" for name, value in writers.items())
        print(f"ours, whole run, all {len(outputs)} outputs written and protected: "
              f"{seconds:.1f} s ({per_stage}); {merged:,} rows merged; "
              f"peak memory of its processes together {together_mb:.0f} MB (PSS sampled every "
              f"0.1 s; peak RSS of the main process {peak_mb:.0f} MB, of the suite worker "
              f"{worker_mb:.0f} MB)", flush=True)
        beside = ", ".join(write.__module__.rsplit(".", 1)[-1] for write in BESIDE)
        print(f"  assemble by output, in the main process: {per_writer} ({beside} are "
              "written meanwhile by a second process)", flush=True)
        # The straightforward way below reads, dates, sorts and writes one Word document;
        # the same work in our run is ingest + normalise + merge + the Word chronology.
        same_work = (stages["ingest"] + stages["normalise"] + stages["merge"]
                     + writers["chronology_docx"])

        files = sorted(case.glob("*.docx"))
        sample = files if full else files[:SAMPLE_FILES]
        plain_seconds, entries = straightforward(sample, folder / "plain.docx")
        scale = len(files) / len(sample)
        estimate = plain_seconds * scale
        how = "all files" if full else f"{len(sample)} of {len(files)} files, scaled x{scale:g}"
        print(f"straightforward way ({how}): {plain_seconds:.1f} s for {entries:,} rows -> "
              f"{estimate:.1f} s for the case", flush=True)
        print(f"speed-up, whole run (ours also validates and writes 26 more outputs): "
              f"{estimate / seconds:.1f}x", flush=True)
        print(f"speed-up, the same work (read, date, merge, write the Word chronology: "
              f"ours {same_work:.1f} s): {estimate / same_work:.1f}x", flush=True)

    run = _big_run(WRITE_ROWS)
    began = time.perf_counter()
    document = chronology_docx.build(run, timeline.build(run))
    ours = time.perf_counter() - began
    sample_seconds = python_docx_add_row(run, ADD_ROW_SAMPLE)
    scaled = sample_seconds * WRITE_ROWS / ADD_ROW_SAMPLE
    print(f"writing {WRITE_ROWS:,} rows: ours {ours:.1f} s ({len(document) / 1e6:.1f} MB "
          f".docx, timeline and key included); python-docx add_row "
          f"{sample_seconds:.2f} s for {ADD_ROW_SAMPLE:,} rows -> {scaled:.1f} s scaled "
          f"({scaled / ours:.1f}x)", flush=True)


if __name__ == "__main__":
    main()
