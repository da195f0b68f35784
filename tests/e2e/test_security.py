"""Hostile and broken returns beside good ones: each reported by name with the fix, the
rest merged, exit status 1, memory and time bounded, nothing read from where an entity
points, no personal data in what is printed or logged.

One case of every hostile kind is run once through the command line in a child process
(so its peak memory is its own); per-file checks then read that run's report.
"""

from __future__ import annotations

import html
import json
import os
import re
import socket
import subprocess
import sys
import time
import tracemalloc
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from pipeline.case import load_case
from pipeline.errors import IngestError
from pipeline.ingest import read_file
from pipeline.ooxml.package import open_return
from tests.builders import hostile, hostile_folder
from tests.builders.runs import case_run, ingest_stage

REPO = Path(__file__).resolve().parents[2]
MEMORY_LIMIT_MB = 1536
TIME_LIMIT_S = 60
HOSTILE = sorted(name for name, words in hostile_folder.EXPECTED_REPORTS.items() if words)
GOOD = sorted(name for name, words in hostile_folder.EXPECTED_REPORTS.items() if not words)


@dataclass
class HostileRun:
    case_dir: Path
    outputs: Path
    secret_file: Path
    exit_status: int
    stdout: str
    stderr: str
    peak_rss_mb: float
    seconds: float
    manifest: dict
    listener: socket.socket


@dataclass
class DemoRun:
    exit_status: int
    printed: str
    outputs: Path


# A process forked from this one counts this one's memory as its own (ru_maxrss) even
# after it starts another program, and a test worker may hold a gigabyte: a launcher of a
# few megabytes starts the run, waits for it and writes down the run's own peak and CPU.
_LAUNCHER = ("import os, subprocess, sys\n"
             "run = subprocess.Popen(sys.argv[2:])\n"
             "_, status, usage = os.wait4(run.pid, 0)\n"
             "with open(sys.argv[1], 'w') as out:\n"
             "    out.write(f'{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}')\n"
             "sys.exit(os.waitstatus_to_exitcode(status))\n")


@dataclass
class Child:
    """A `python -m pipeline` run in its own process, its output kept in files."""

    process: subprocess.Popen
    stdout: Path
    stderr: Path
    started: float
    usage: Path

    @classmethod
    def start(cls, folder: Path, arguments: list[str]) -> Child:
        stdout, stderr = folder / "stdout.txt", folder / "stderr.txt"
        temporary = folder / "tmp"          # its own temporary folder, checked afterwards
        temporary.mkdir()
        environment = {**os.environ, "CASE_PASSWORD": "", "TMPDIR": str(temporary)}
        usage = folder / "usage.txt"
        with stdout.open("wb") as out, stderr.open("wb") as err:
            process = subprocess.Popen(
                [sys.executable, "-c", _LAUNCHER, str(usage), sys.executable, "-m",
                 "pipeline", *arguments], cwd=REPO, stdout=out, stderr=err, env=environment)
        return cls(process, stdout, stderr, time.monotonic(), usage)

    def wait(self) -> tuple[int, float, float]:
        """Exit status, peak memory of the run alone (MB), and its CPU seconds (wall
        time depends on what else the machine runs; CPU time is the run's own work)."""
        status = self.process.wait()
        peak_kb, seconds = self.usage.read_text(encoding="utf-8").split()
        return status, int(peak_kb) / 1024, float(seconds)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict:
    """The hostile case and the demo case, each run once with -vv, one after the other."""
    root = tmp_path_factory.mktemp("hostile")
    secret_dir = root / "elsewhere"
    secret_dir.mkdir()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.setblocking(False)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/entity"
    hostile_folder.hostile_case(root / "inputs" / "hostile", secret_dir / "secret.txt", url)
    hostile_child = Child.start(root, ["-vv", "merge", "hostile", "--inputs",
                                       str(root / "inputs"), "--outputs",
                                       str(root / "outputs"), "--no-protect"])
    status, peak, seconds = hostile_child.wait()
    demo_folder = tmp_path_factory.mktemp("demo")
    demo_child = Child.start(demo_folder, ["-vv", "merge", "demo", "--inputs",
                                           str(REPO / "inputs"), "--outputs",
                                           str(demo_folder / "outputs")])
    outputs = root / "outputs" / "hostile"
    manifest_path = outputs / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    demo_status, _, _ = demo_child.wait()
    yield {
        "hostile": HostileRun(root / "inputs" / "hostile", outputs, secret_dir / "secret.txt",
                              status, hostile_child.stdout.read_text(),
                              hostile_child.stderr.read_text(), peak, seconds, manifest,
                              listener),
        "demo": DemoRun(demo_status, demo_child.stdout.read_text()
                        + demo_child.stderr.read_text(), demo_folder / "outputs" / "demo"),
    }
    listener.close()


@pytest.fixture
def hostile_run(runs) -> HostileRun:
    return runs["hostile"]


@pytest.fixture
def demo_run(runs) -> DemoRun:
    return runs["demo"]


def test_exit_status_is_1_outputs_written(hostile_run: HostileRun) -> None:
    assert hostile_run.exit_status == 1, hostile_run.stderr[-2000:]
    assert hostile_run.manifest, "manifest.json was not written"


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_file_reported_by_name_with_reason_and_fix(hostile_run: HostileRun,
                                                           name: str) -> None:
    # A file that opens but holds no return is a notice, not a problem.
    label = "notice" if name in hostile_folder.NOT_RETURNS else "problem"
    lines = [line for line in hostile_run.stdout.splitlines()
             if line.strip().startswith(f"{label}: {name} ")]
    assert len(lines) == 1, f"{name} not reported once in the summary"
    assert hostile_folder.EXPECTED_REPORTS[name] in lines[0]
    assert any(word in lines[0] for word in ("ask the agency", "Ask the agency", "open it",
                                             "Copy the return", "check it is"))
    if name in hostile_folder.NOT_RETURNS:
        assert name in hostile_run.manifest["not_returns"]
    else:
        unreadable = {entry["file"] for entry in hostile_run.manifest["unreadable_files"]}
        assert name in unreadable


@pytest.mark.parametrize("name", GOOD)
def test_good_returns_merged_beside_hostile_ones(hostile_run: HostileRun, name: str) -> None:
    accounts = {entry["file"]: entry for entry in hostile_run.manifest["returns"]}
    account = accounts[name]
    assert account["rows_read"] > 0 and account["accounted"]
    assert account["rows_merged"] == account["rows_read"] - account["rows_rejected"]
    assert account["rows_superseded"] == 0


def test_cell_of_megabytes_merged_whole(hostile_run: HostileRun) -> None:
    accounts = {entry["file"]: entry for entry in hostile_run.manifest["returns"]}
    account = accounts["big_cell.xlsx"]
    assert account["rows_rejected"] == 0 and account["rows_merged"] == account["rows_read"]


def test_memory_and_time_bounded(hostile_run: HostileRun) -> None:
    assert hostile_run.peak_rss_mb < MEMORY_LIMIT_MB
    assert hostile_run.seconds < TIME_LIMIT_S


def test_no_temporary_file_left_behind(hostile_run: HostileRun, demo_run: DemoRun) -> None:
    for folder in (hostile_run.case_dir.parents[1], demo_run.outputs.parents[1]):
        assert sorted(p.name for p in (folder / "tmp").rglob("*")) == []
    for outputs in (hostile_run.outputs, demo_run.outputs):
        leftovers = [p.name for p in outputs.rglob("*") if p.name.endswith(".part")
                     or p.name == ".staging"]
        assert leftovers == []


def _output_texts(folder: Path):
    """(name, bytes) of every output file, and of every part inside Office outputs."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        yield path.name, data
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    yield f"{path.name}:{info.filename}", archive.read(info)


def test_nothing_read_from_where_entities_point(hostile_run: HostileRun) -> None:
    marker = hostile.SECRET_MARKER.encode()
    found = [name for name, data in _output_texts(hostile_run.outputs) if marker in data]
    assert found == []
    assert hostile.SECRET_MARKER not in hostile_run.stdout + hostile_run.stderr
    with pytest.raises(BlockingIOError):
        hostile_run.listener.accept()          # no connection to the network entity
    assert hostile_run.secret_file.read_text() == hostile.SECRET_MARKER


def test_no_return_text_becomes_a_formula_in_any_workbook(hostile_run: HostileRun) -> None:
    workbooks = sorted(hostile_run.outputs.rglob("*.xlsx"))
    assert any(path.name == "merged_chronology.xlsx" for path in workbooks)
    formulas = []
    for path in workbooks:
        workbook = openpyxl.load_workbook(path)
        for sheet in workbook.worksheets:
            formulas += [f"{path.name}!{cell.coordinate}" for row in sheet.iter_rows()
                         for cell in row if cell.data_type == "f"]
    assert formulas == []
    merged = openpyxl.load_workbook(hostile_run.outputs / "merged_chronology.xlsx")
    texts = {cell.value for sheet in merged.worksheets for row in sheet.iter_rows()
             for cell in row}
    assert hostile.FORMULA_TEXT in texts              # kept as the agency wrote it


def key_words(case) -> set[str]:
    """Every name, alias, address and longer name part of the case key's people and staff."""
    words = set()
    for person in case.people:
        words |= {person.name, *person.aliases}
        words |= {part for part in person.name.split() if len(part) > 3}
        if person.address:
            words.add(person.address)
    for member in case.staff:
        words.add(member.name)
    return {word for word in words if len(word) > 2}


def printed_words(words: set[str], printed: str) -> list[str]:
    return sorted(w for w in words
                  if re.search(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])", printed, re.I))


def test_no_case_key_name_or_cell_text_printed_or_logged(hostile_run: HostileRun) -> None:
    printed = hostile_run.stdout + hostile_run.stderr
    assert "DEBUG" in hostile_run.stderr          # the run really logged at debug level
    words = key_words(load_case(hostile_run.case_dir)) | set(hostile.KEY_NAMES)
    cell_texts = {str(cell) for entry in hostile.GOOD_ENTRIES for cell in entry
                  if isinstance(cell, str) and len(cell) > 6}
    cell_texts |= {"Lorem ipsum", "seen at home", "interviewed"}
    assert printed_words(words | cell_texts, printed) == []


def test_demo_case_at_debug_level_prints_no_key_name_nor_cell_text(demo_run: DemoRun) -> None:

    assert demo_run.exit_status in (0, 1), demo_run.printed[-3000:]
    assert "DEBUG" in demo_run.printed
    case = load_case(REPO / "inputs" / "demo")
    assert printed_words(key_words(case), demo_run.printed) == []
    run = case_run(case, demo_run.outputs)
    ingest_stage(run)
    texts = {line.strip() for ret in run.returns for row in ret.rows
             for text in (row.date_as_written, *row.content()) for line in text.splitlines()
             if len(line.strip()) >= 12}
    texts |= {paragraph.strip()[:60] for report in run.reports
              for paragraphs in report.sections.values() for paragraph in paragraphs
              if len(paragraph.strip()) >= 12}
    assert len(texts) > 50                          # the demo's returns were really read
    assert sorted(text for text in texts if text in demo_run.printed) == []


@pytest.mark.parametrize("name", HOSTILE)
def test_each_hostile_file_refused_alone(hostile_run: HostileRun, name: str) -> None:
    """The reader alone refuses it with the same reason (no other file involved)."""
    case = load_case(hostile_run.case_dir)
    with pytest.raises(IngestError) as refused:
        read_file(hostile_run.case_dir / name, case)
    assert hostile_folder.EXPECTED_REPORTS[name] in str(refused.value)
    assert hostile.SECRET_MARKER not in str(refused.value)


PACKAGE_REFUSALS = [name for name, words in hostile_folder.EXPECTED_REPORTS.items()
                    if words in ("zip bomb", "damaged", "DTD", "million XML tags")]


@pytest.mark.parametrize("name", PACKAGE_REFUSALS)
def test_refused_by_the_package_checks_before_any_reader(hostile_run: HostileRun,
                                                         name: str) -> None:
    """Bombs, DTDs and damaged zips never reach a reader (ours or openpyxl), and refusing
    them takes little memory: nothing is inflated past what the file declares."""
    tracemalloc.start()
    try:
        with pytest.raises(IngestError, match=hostile_folder.EXPECTED_REPORTS[name]):
            open_return(hostile_run.case_dir / name, "HOSTILE-01")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20, f"{peak / 2**20:.0f} MB to refuse {name}"


def test_macro_file_read_never_run_and_said_so(hostile_run: HostileRun) -> None:
    accounts = {entry["file"]: entry for entry in hostile_run.manifest["returns"]}
    assert "macros" in accounts["macros_gp.xlsm"]["file_flags"]
    assert accounts["macros_gp.xlsm"]["rows_merged"] == len(hostile.GOOD_ENTRIES)
    report = html.unescape((hostile_run.outputs / "validation_report.html").read_text())
    said = [line for line in report.splitlines() if "macros_gp.xlsm" in line
            and "macros, which were not run" in line]
    assert said, "no warning about the macros in the validation report"
