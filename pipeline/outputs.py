"""Writing outputs whole or not at all: staged, optionally encrypted, published together.

Every output goes through `write_output`, so protection, owner-only permissions, hashing
and atomic replacement are enforced in one place. Inside `case_lock` (the whole run),
outputs are written to a staging folder and only moved into place when the run ends
without an error: a run that fails part way leaves every previous output as it was (and
the record of the previous merge with them). Outside a run, each file is replaced
atomically on its own.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pipeline.model import CaseRun
from pipeline.protect import encrypt_office

log = logging.getLogger(__name__)

PROTECTABLE = {".docx", ".xlsx"}
STAGING = ".staging"              # this run's outputs until it ends well
LOCK = ".lock"
FILE_MODE, FOLDER_MODE = 0o600, 0o700

# outputs folder -> the files staged by the run holding its lock, in writing order
_STAGED: dict[Path, list[str]] = {}


class CaseLocked(Exception):
    """Another run of the same case is writing its outputs."""


def write_output(run: CaseRun, relative: str, content: bytes) -> Path:
    """Write `content` as outputs/<CASE>/<relative>; Word and Excel files encrypted with
    the case password unless the run is unprotected. Returns the path written: the staged
    copy during a run (moved into place when the run ends well), else the file itself.
    An output in run.outputs_kept (open in another program) is left as it is."""
    if Path(relative).is_absolute() or ".." in Path(relative).parts:
        raise ValueError(f"output name {relative!r} must stay inside the outputs folder")
    final = run.outputs_dir / relative
    if relative in run.outputs_kept and final.is_file():
        run.outputs[relative] = hashlib.sha256(final.read_bytes()).hexdigest()
        log.info("%s left as it is: it is open in another program", relative)
        return final
    if run.protect and final.suffix.lower() in PROTECTABLE:
        content = encrypt_office(content, run.case.password)
    staged = _STAGED.get(_key(run.outputs_dir))
    target = final if staged is None else run.outputs_dir / STAGING / relative
    _make_folder(target.parent, stop=run.outputs_dir)
    _write_atomically(target, content)
    if staged is not None and relative not in staged:
        staged.append(relative)
    run.outputs[relative] = hashlib.sha256(content).hexdigest()
    log.debug("wrote %s (%d bytes)", relative, len(content))
    return target


def adopt_output(run: CaseRun, relative: str, sha256: str) -> None:
    """Record an output that another process of this run wrote with write_output
    (pipeline/assemble/_beside.py), so it is published and listed like the others."""
    staged = _STAGED.get(_key(run.outputs_dir))
    if staged is not None and relative not in staged:
        staged.append(relative)
    run.outputs[relative] = sha256


def _write_atomically(target: Path, content: bytes) -> None:
    """Temporary file beside `target`, owner-only, synced, then renamed over it."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), FILE_MODE)
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _make_folder(folder: Path, stop: Path) -> None:
    """Create `folder` (and parents up to `stop`) readable by the owner only; the folders
    above `stop` (the outputs root) are created with the usual permissions."""
    stop.parent.mkdir(parents=True, exist_ok=True)
    missing = []
    current = folder
    while not current.exists() and current != stop.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=FOLDER_MODE, exist_ok=True)
        os.chmod(path, FOLDER_MODE)


def _key(outputs_dir: Path) -> Path:
    return outputs_dir.resolve()


def publish(outputs_dir: Path, relatives: list[str]) -> None:
    """Move the staged outputs into place, in the order written (the manifest last)."""
    staging = outputs_dir / STAGING
    for relative in relatives:
        final = outputs_dir / relative
        _make_folder(final.parent, stop=outputs_dir)
        os.replace(staging / relative, final)
    _sync_folder(outputs_dir)
    shutil.rmtree(staging, ignore_errors=True)


def _sync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_leftovers(outputs_dir: Path) -> int:
    """Delete what a killed run left behind (staging folder, temporaries); how many."""
    removed = 0
    staging = outputs_dir / STAGING
    if staging.exists():
        shutil.rmtree(staging, ignore_errors=True)
        removed += 1
    for temporary in outputs_dir.rglob(".*.part"):
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
            removed += 1
    return removed


@contextlib.contextmanager
def case_lock(outputs_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on the case's outputs folder for the whole run.

    A second run of the same case raises CaseLocked at once. While held, outputs are
    staged; they are published when the block ends without an error, and thrown away
    (the previous outputs untouched) when it raises.
    """
    _make_folder(outputs_dir, stop=outputs_dir)
    os.chmod(outputs_dir, FOLDER_MODE)
    descriptor = os.open(outputs_dir / LOCK, os.O_RDWR | os.O_CREAT, FILE_MODE)
    with os.fdopen(descriptor, "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CaseLocked(f"another run of this case is writing {outputs_dir}; wait for it "
                             "to finish, then run again.") from None
        key = _key(outputs_dir)
        try:
            if remove_leftovers(outputs_dir):
                log.info("removed temporary files left by an interrupted run")
            _make_folder(outputs_dir / STAGING, stop=outputs_dir)
            _STAGED[key] = []
            try:
                yield
            except BaseException:
                shutil.rmtree(outputs_dir / STAGING, ignore_errors=True)
                log.warning("run failed; the previous outputs were left as they were")
                raise
            publish(outputs_dir, _STAGED[key])
        finally:
            _STAGED.pop(key, None)
            fcntl.flock(lock, fcntl.LOCK_UN)
