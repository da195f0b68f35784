"""Hostile and broken returns beside good ones: each reported by name with the fix, the
rest merged, exit status 1, memory and time bounded, nothing read from where an entity
points, no personal data in what is printed or logged.

One case of every hostile kind is run once through the command line in a child process
(so its peak memory is its own); per-file checks then read that run's report.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.case import load_case
from pipeline.ingest import read_file
from pipeline.ingest.errors import IngestError
from tests.builders import hostile

REPO = Path(__file__).resolve().parents[1]
MEMORY_LIMIT_MB = 1536
TIME_LIMIT_S = 60
HOSTILE = sorted(name for name, words in hostile.EXPECTED_REPORTS.items() if words)
GOOD = sorted(name for name, words in hostile.EXPECTED_REPORTS.items() if not words)


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


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory) -> HostileRun:
    root = tmp_path_factory.mktemp("hostile")
    secret_dir = root / "elsewhere"
    secret_dir.mkdir()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.setblocking(False)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/entity"
    hostile.hostile_case(root / "inputs" / "hostile", secret_dir / "secret.txt", url)
    stdout_path, stderr_path = root / "stdout.txt", root / "stderr.txt"
    started = time.monotonic()
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        child = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "-vv", "merge", "hostile", "--inputs",
             str(root / "inputs"), "--outputs", str(root / "outputs"), "--no-protect"],
            cwd=REPO, stdout=out, stderr=err, env={**os.environ, "CASE_PASSWORD": ""})
        _, status, usage = os.wait4(child.pid, 0)     # this child's own peak memory
        child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - started
    outputs = root / "outputs" / "hostile"
    manifest_path = outputs / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    yield HostileRun(root / "inputs" / "hostile", outputs, secret_dir / "secret.txt",
                     child.returncode, stdout_path.read_text(), stderr_path.read_text(),
                     usage.ru_maxrss / 1024, seconds, manifest, listener)
    listener.close()


def test_exit_status_is_1_outputs_written(hostile_run: HostileRun) -> None:
    assert hostile_run.exit_status == 1, hostile_run.stderr[-2000:]
    assert hostile_run.manifest, "manifest.json was not written"


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_file_reported_by_name_with_reason_and_fix(hostile_run: HostileRun,
                                                           name: str) -> None:
    lines = [line for line in hostile_run.stdout.splitlines()
             if line.strip().startswith(f"problem: {name} ")]
    assert len(lines) == 1, f"{name} not reported once in the summary"
    assert hostile.EXPECTED_REPORTS[name] in lines[0]
    assert any(word in lines[0] for word in ("ask the agency", "Ask the agency", "open it",
                                             "Copy the return", "check it is"))
    unreadable = {entry["file"] for entry in hostile_run.manifest["unreadable_files"]}
    assert name in unreadable


@pytest.mark.parametrize("name", GOOD)
def test_good_returns_merged_beside_hostile_ones(hostile_run: HostileRun, name: str) -> None:
    accounts = {entry["file"]: entry for entry in hostile_run.manifest["returns"]}
    account = accounts[name]
    assert account["rows_read"] > 0 and account["accounted"]
    assert account["rows_merged"] == account["rows_read"] - account["rows_rejected"]
    assert account["rows_superseded"] == 0


def test_cell_of_megabytes_rejected_with_its_reason(hostile_run: HostileRun) -> None:
    accounts = {entry["file"]: entry for entry in hostile_run.manifest["returns"]}
    rejected = accounts["big_cell.xlsx"]["rejected"]
    assert len(rejected) == 1 and "characters" in rejected[0]["reason"]


def test_memory_and_time_bounded(hostile_run: HostileRun) -> None:
    assert hostile_run.peak_rss_mb < MEMORY_LIMIT_MB
    assert hostile_run.seconds < TIME_LIMIT_S


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


def test_no_case_key_name_or_cell_text_printed_or_logged(hostile_run: HostileRun) -> None:
    printed = hostile_run.stdout + hostile_run.stderr
    assert "DEBUG" in hostile_run.stderr          # the run really logged at debug level
    case = load_case(hostile_run.case_dir)
    names = {person.name for person in case.people} | {
        alias for person in case.people for alias in person.aliases}
    names |= {person.address for person in case.people if person.address}
    names |= {part for name in list(names) for part in name.split() if len(part) > 3}
    names |= set(hostile.KEY_NAMES)
    cell_texts = {str(cell) for entry in hostile.GOOD_ENTRIES for cell in entry
                  if isinstance(cell, str) and len(cell) > 6}
    cell_texts |= {"Lorem ipsum", "seen at home", "interviewed"}
    leaked = sorted(text for text in names | cell_texts if text.lower() in printed.lower())
    assert leaked == []


@pytest.mark.parametrize("name", HOSTILE)
def test_each_hostile_file_refused_alone(hostile_run: HostileRun, name: str) -> None:
    """The reader alone refuses it with the same reason (no other file involved)."""
    case = load_case(hostile_run.case_dir)
    with pytest.raises(IngestError) as refused:
        read_file(hostile_run.case_dir / name, case)
    assert hostile.EXPECTED_REPORTS[name] in str(refused.value)
    assert hostile.SECRET_MARKER not in str(refused.value)


def test_macro_file_read_never_run_and_said_so(tmp_path: Path) -> None:
    from pipeline import ingest, validate
    from pipeline.model import CaseRun, Severity

    folder = tmp_path / "macro_case"
    folder.mkdir()
    (folder / "case.toml").write_text(hostile.CASE_TOML)
    (folder / "gp.xlsm").write_bytes(hostile.macro_xlsm())
    run = CaseRun(case=load_case(folder), outputs_dir=tmp_path / "out")
    ingest.ingest(run)
    validate.validate(run)
    (ret,) = run.returns
    assert ret.rows_read == len(hostile.GOOD_ENTRIES) and "macros" in ret.file_flags
    warnings = [f for f in run.all_findings if f.file == "gp.xlsm" and "macro" in f.message
                and f.severity is Severity.WARNING]
    assert warnings and "not run" in warnings[0].message
