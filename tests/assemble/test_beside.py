"""Outputs rendered by a second process (pipeline/assemble/_beside.py) are the same
outputs, published, protected and listed like the rest; when that process fails, this one
renders them.

The test session runs threads (pytest-xdist), so the pipeline would not fork here on its
own (_beside.can_fork); these tests let it.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import stat
from pathlib import Path

import openpyxl
import pytest

from pipeline import assemble
from pipeline import run as run_module
from pipeline.assemble import (
    Output,
    _beside,
    chronology_xlsx,
    feedback,
    single,
    validation_report,
)
from pipeline.protect import decrypt_output
from pipeline.run import run_case
from tests.builders import hostile
from tests.builders.runs import small_case


def sheets(path: Path, password: str) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(io.BytesIO(decrypt_output(path.read_bytes(), password)))
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}


def merged(tmp_path: Path, monkeypatch, fork: bool):
    monkeypatch.setattr(_beside, "can_fork", lambda: fork)
    # The suites run in this process: the forks counted are assemble's.
    monkeypatch.setattr(run_module, "_suites_beside", contextlib.nullcontext)
    folder = small_case(tmp_path)
    (folder / "gp.xlsx").write_bytes(hostile.good_xlsx("General Practice"))
    return run_case(folder, tmp_path / "outputs", protect=True)


@pytest.fixture
def here(tmp_path, monkeypatch):
    return merged(tmp_path / "here", monkeypatch, fork=False)


def test_outputs_written_beside_are_the_same_and_published(tmp_path, monkeypatch, here):
    forked = []
    real_fork = os.fork

    def fork():
        forked.append(True)
        return real_fork()

    monkeypatch.setattr(_beside.os, "fork", fork)
    run = merged(tmp_path / "beside", monkeypatch, fork=True)
    assert forked == [True]
    assert set(run.outputs) == set(here.outputs)
    password = run.case.password
    for name in (chronology_xlsx.NAME, validation_report.XLSX_NAME):
        assert sheets(run.outputs_dir / name, password) == sheets(here.outputs_dir / name,
                                                                  password)
    html = (run.outputs_dir / validation_report.HTML_NAME).read_bytes()
    assert html == (here.outputs_dir / validation_report.HTML_NAME).read_bytes()
    # Listed in the manifest with the hash of what was published, owner-only.
    manifest = json.loads((run.outputs_dir / "manifest.json").read_text())
    hashes = manifest["outputs"]
    for name in (chronology_xlsx.NAME, validation_report.XLSX_NAME,
                 validation_report.HTML_NAME):
        assert hashes[name] == run.outputs[name]
        assert stat.S_IMODE((run.outputs_dir / name).stat().st_mode) == 0o600
    assert [f.code for f in run.all_findings] == [f.code for f in here.all_findings]


def test_when_the_second_process_fails_this_one_writes_its_outputs(tmp_path, monkeypatch,
                                                                  caplog, here):
    parent = os.getpid()

    def fails_in_the_child(run):
        if os.getpid() != parent:
            raise MemoryError("the child ran out of memory")
        return chronology_xlsx.build(run)

    failing = Output(chronology_xlsx.NAME, single(chronology_xlsx.NAME, fails_in_the_child))
    monkeypatch.setattr(assemble, "OUTPUTS", tuple(
        failing if output.name == chronology_xlsx.NAME else output
        for output in assemble.OUTPUTS))
    with caplog.at_level(logging.WARNING):
        run = merged(tmp_path / "beside", monkeypatch, fork=True)
    assert (f"did not render {chronology_xlsx.NAME} (MemoryError); rendering it here"
            in caplog.text)
    assert (f"did not render {validation_report.NAME} (MemoryError); rendering it here"
            in caplog.text)
    assert set(run.outputs) == set(here.outputs)
    assert (run.outputs_dir / chronology_xlsx.NAME).is_file()


def test_what_the_child_sent_before_it_failed_is_kept(tmp_path, monkeypatch, caplog, here):
    parent, made_here = os.getpid(), []

    def workbook(run):
        if os.getpid() == parent:
            made_here.append(chronology_xlsx.NAME)
        return chronology_xlsx.build(run)

    def report(run, built):
        if os.getpid() != parent:
            raise MemoryError("the child ran out of memory")
        made_here.append(validation_report.NAME)
        return validation_report.render(run, built)

    replaced = {chronology_xlsx.NAME: single(chronology_xlsx.NAME, workbook),
                validation_report.NAME: report}
    monkeypatch.setattr(assemble, "OUTPUTS", tuple(
        Output(output.name, replaced[output.name]) if output.name in replaced else output
        for output in assemble.OUTPUTS))
    with caplog.at_level(logging.WARNING):
        run = merged(tmp_path / "beside", monkeypatch, fork=True)
    assert made_here == [validation_report.NAME]      # the workbook came from the child
    assert sheets(run.outputs_dir / chronology_xlsx.NAME, run.case.password) == sheets(
        here.outputs_dir / chronology_xlsx.NAME, run.case.password)
    assert set(run.outputs) == set(here.outputs)


def test_the_letters_are_made_here_while_the_child_renders_its_outputs(tmp_path,
                                                                      monkeypatch):
    happened = []
    start = _beside.start

    def started(built, names):
        collect = start(built, names)

        def collected(name):
            happened.append(f"collected {name}")
            return collect(name)
        return collected

    def letters(run, built):
        happened.append("letters")
        return feedback.render(run, built)

    monkeypatch.setattr(_beside, "start", started)
    monkeypatch.setattr(assemble, "OUTPUTS", tuple(
        Output(feedback.NAME, letters) if output.name == feedback.NAME else output
        for output in assemble.OUTPUTS))
    run = merged(tmp_path, monkeypatch, fork=True)
    assert happened == ["letters", f"collected {chronology_xlsx.NAME}",
                        f"collected {validation_report.NAME}"]
    assert any(name.startswith(f"{feedback.FOLDER}/") for name in run.outputs)


def test_no_fork_while_another_thread_runs():
    import threading

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not _beside.can_fork()
    finally:
        stop.set()
        thread.join()
