"""Outputs written whole or not at all, owner-only, protected, one run at a time."""

from __future__ import annotations

import contextlib
import io
import json
import stat
import threading
import zipfile
from pathlib import Path

import docx as python_docx
import openpyxl
import pytest

from pipeline import assemble, outputs, validate
from pipeline import run as run_module
from pipeline.anonymise import Leak
from pipeline.assemble import Output, _published, single
from pipeline.case import load_case
from pipeline.cli import main
from pipeline.model import CaseRun
from pipeline.outputs import STAGING, case_lock
from pipeline.protect import decrypt_output
from pipeline.run import run_case
from tests.builders import hostile, report_builder
from tests.builders.runs import case_run, small_case


@pytest.fixture
def without_suites(monkeypatch) -> None:
    """Runs without validation: it is not what these tests are about, and without it the
    runs take a second."""
    monkeypatch.setattr(run_module, "_suites_beside", contextlib.nullcontext)
    monkeypatch.setattr(validate, "validate", lambda *_, **__: [])


def write_output(run: CaseRun, relative: str, content: bytes) -> Path:
    """One output written as a run writes it (staged, protected, published); its path."""
    with case_lock(run.outputs_dir, run.case.password if run.protect else None) as staging:
        staging.write(relative, content)
    return run.outputs_dir / relative


def a_run(tmp_path: Path, protect: bool = True) -> CaseRun:
    folder = tmp_path / "case"
    folder.mkdir(exist_ok=True)
    (folder / "case.toml").write_text(hostile.CASE_TOML)
    return case_run(load_case(folder), tmp_path / "out" / "case",
                    protect=protect)


def docx_bytes(text: str) -> bytes:
    document = python_docx.Document()
    document.add_paragraph(text)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_office_outputs_need_the_case_password(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("CASE_PASSWORD", raising=False)
    run = a_run(tmp_path)
    plain = docx_bytes("Merged chronology")
    path = write_output(run, "merged_chronology.docx", plain)
    stored = path.read_bytes()
    assert stored.startswith(b"\xd0\xcf\x11\xe0") and b"Merged chronology" not in stored
    assert decrypt_output(stored, "HOSTILE-01") == plain      # the reference by default
    with pytest.raises(Exception):                            # noqa: B017 - any refusal
        python_docx.Document(io.BytesIO(stored))
    with pytest.raises(Exception):                            # noqa: B017
        decrypt_output(stored, "wrong")


def test_no_protect_writes_plain_files_and_json_is_never_encrypted(tmp_path: Path) -> None:
    run = a_run(tmp_path, protect=False)
    workbook = openpyxl.Workbook()
    stream = io.BytesIO()
    workbook.save(stream)
    path = write_output(run, "merged_chronology.xlsx", stream.getvalue())
    openpyxl.load_workbook(path)
    run.protect = True
    assert write_output(run, "manifest.json", b"{}").read_bytes() == b"{}"


def test_outputs_and_folders_owner_only(tmp_path: Path) -> None:
    run = a_run(tmp_path, protect=False)
    with case_lock(run.outputs_dir, None) as staging:
        staging.write("feedback/Thames Valley Police.docx", docx_bytes("x"))
        staging.write("manifest.json", b"{}")
    assert mode(run.outputs_dir) == 0o700
    assert mode(run.outputs_dir / "feedback") == 0o700
    for path in run.outputs_dir.rglob("*"):
        if path.is_file():
            assert mode(path) == 0o600, path.name
    assert not (run.outputs_dir / STAGING).exists()
    assert not list(run.outputs_dir.rglob("*.part"))


def test_failed_write_leaves_previous_file_and_no_temporary(tmp_path: Path,
                                                            monkeypatch) -> None:
    run = a_run(tmp_path, protect=False)
    write_output(run, "manifest.json", b"previous")

    def failing_replace(source, target):
        raise OSError("disk full")

    monkeypatch.setattr("pipeline.outputs.os.replace", failing_replace)
    with pytest.raises(OSError):
        write_output(run, "manifest.json", b"new")
    assert (run.outputs_dir / "manifest.json").read_bytes() == b"previous"
    assert sorted(p.name for p in run.outputs_dir.iterdir()) == [".lock", "manifest.json"]


def test_each_file_is_on_disk_before_it_is_named_and_the_run_does_not_wait(
        tmp_path: Path, monkeypatch) -> None:
    run = a_run(tmp_path, protect=False)
    happened, may_sync = [], threading.Event()
    real_fsync, real_replace = outputs.os.fsync, outputs.os.replace

    def fsync(descriptor):
        assert may_sync.wait(10)
        happened.append("synced")
        real_fsync(descriptor)

    def replace(source, target):
        happened.append(f"named {Path(target).name}")
        real_replace(source, target)

    monkeypatch.setattr(outputs.os, "fsync", fsync)
    monkeypatch.setattr(outputs.os, "replace", replace)
    with case_lock(run.outputs_dir, None) as staging:
        staging.write("timeline.png", b"picture")
        staging.write("manifest.json", b"{}")
        assert happened == []            # both written; neither synced nor named yet
        may_sync.set()
        assert staging.read_back("timeline.png") == b"picture"
    assert happened[:4] == ["synced", "named timeline.png", "synced", "named manifest.json"]
    assert (run.outputs_dir / "manifest.json").read_bytes() == b"{}"


def test_run_failing_part_way_leaves_every_previous_output(tmp_path: Path, monkeypatch,
                                                          without_suites) -> None:
    folder = small_case(tmp_path)
    outputs_root = tmp_path / "outputs"
    first = run_case(folder, outputs_root, protect=False)
    written = {path: path.read_bytes() for path in first.outputs_dir.rglob("*")
               if path.is_file() and path.name != ".lock"}
    assert any(path.name == "manifest.json" for path in written)

    (folder / "gp.xlsx").write_bytes(hostile.good_xlsx("General Practice"))   # new rows

    def broken(run):
        raise RuntimeError("a later output fails")

    outputs = list(assemble.OUTPUTS)
    outputs.insert(len(outputs) - 1, Output("broken.json", single("broken.json", broken)))
    monkeypatch.setattr(assemble, "OUTPUTS", tuple(outputs))
    with pytest.raises(RuntimeError):
        run_case(folder, outputs_root, protect=False)
    after = {path: path.read_bytes() for path in first.outputs_dir.rglob("*")
             if path.is_file() and path.name != ".lock"}
    assert after == written                        # byte for byte, nothing added
    assert not (first.outputs_dir / STAGING).exists()


def test_leftovers_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    run = a_run(tmp_path, protect=False)
    run.outputs_dir.mkdir(parents=True)
    (run.outputs_dir / ".merged_chronology.docx.abc.part").write_bytes(b"half")
    (run.outputs_dir / STAGING).mkdir()
    (run.outputs_dir / STAGING / "manifest.json").write_bytes(b"half")
    with case_lock(run.outputs_dir, None):
        pass
    assert sorted(p.name for p in run.outputs_dir.iterdir()) == [".lock"]


def test_second_run_of_same_case_refused_with_exit_2(tmp_path: Path, capsys) -> None:
    small_case(tmp_path)
    outputs_dir = tmp_path / "outputs" / "small"
    holding, release = threading.Event(), threading.Event()

    def first_run() -> None:
        with case_lock(outputs_dir, None):
            holding.set()
            release.wait(30)

    thread = threading.Thread(target=first_run)
    thread.start()
    try:
        assert holding.wait(10)
        status = main(["merge", "small", "--inputs", str(tmp_path / "inputs"),
                       "--outputs", str(tmp_path / "outputs")])
    finally:
        release.set()
        thread.join()
    assert status == 2
    assert "another run of this case" in capsys.readouterr().err
    assert not (outputs_dir / "manifest.json").exists()


def test_output_names_cannot_leave_the_outputs_folder(tmp_path: Path) -> None:
    run = a_run(tmp_path, protect=False)
    with pytest.raises(ValueError):
        write_output(run, "../elsewhere.json", b"{}")


def test_every_office_output_of_a_run_is_protected(tmp_path: Path, monkeypatch,
                                                   without_suites) -> None:
    monkeypatch.delenv("CASE_PASSWORD", raising=False)
    run = run_case(small_case(tmp_path), tmp_path / "outputs", protect=True)
    office = sorted(path for path in run.outputs_dir.rglob("*")
                    if path.suffix in (".docx", ".xlsx"))
    assert {"merged_chronology.docx", "merged_chronology.xlsx"} <= {p.name for p in office}
    for path in office:
        stored = path.read_bytes()
        assert stored.startswith(b"\xd0\xcf\x11\xe0"), path.name
        plain = decrypt_output(stored, "HOSTILE-01")
        if path.suffix == ".docx":
            python_docx.Document(io.BytesIO(plain))
        else:
            openpyxl.load_workbook(io.BytesIO(plain))
        with pytest.raises(Exception):                # noqa: B017 - any refusal
            decrypt_output(stored, "HOSTILE-02")
    assert b"HOSTILE-01" not in b"".join(p.read_bytes() for p in office)


def test_a_leak_found_once_written_withdraws_that_document_only(tmp_path: Path, monkeypatch,
                                                                without_suites) -> None:
    """The final check reads each anonymised document back as written; when it finds an
    identifier there (and the check before writing did not), that one document is
    withdrawn: the run ends with every other output and an error finding."""
    folder = small_case(tmp_path)
    report_builder.build_report_folder(folder / "reports")
    checked: dict[str, int] = {}
    real_check = _published.leak_check

    def leaks_once_written(data, anonymiser):
        found = real_check(data, anonymiser)
        name = "overview" if b"Overview report" in _body(data) else "other"
        checked[name] = checked.get(name, 0) + 1
        if name == "overview" and checked[name] == 2:       # the file as read back
            return [Leak("word/document.xml", "key_name")]
        return found

    monkeypatch.setattr(_published, "leak_check", leaks_once_written)
    run = run_case(folder, tmp_path / "outputs", protect=True)
    assert checked["overview"] == 2
    assert not (run.outputs_dir / "overview_draft.docx").exists()
    assert "overview_draft.docx" not in run.outputs
    leak = next(f for f in run.findings if f.code == "anonymisation_leak")
    assert leak.file == "overview_draft.docx" and "word/document.xml" in leak.message
    assert run.has_errors
    for name in ("executive_summary.docx", "merged_chronology.docx", "manifest.json",
                 "validation_report.xlsx", "anonymisation_report.xlsx"):
        assert (run.outputs_dir / name).is_file(), name
    manifest = json.loads((run.outputs_dir / "manifest.json").read_text())
    assert "overview_draft.docx" not in manifest["outputs"]
    assert not (run.outputs_dir / STAGING).exists()


def _body(docx: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml")
