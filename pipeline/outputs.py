"""Writing outputs whole or not at all: staged, optionally encrypted, published together.

`case_lock` holds the case's outputs folder for a whole run and hands the run one
`Staging`: every output is written through it, so protection, owner-only permissions,
hashing and atomic replacement are enforced in one place. Outputs are written to a
staging folder and only moved into place when the run ends without an error: a run that
fails part way leaves every previous output as it was (and the record of the previous
merge with them). An output can be withdrawn before then (a leak found in it).

Each file is on disk (fsync) before it takes its name. The syncs, a few milliseconds
each and dozens a run, are waited for by one thread beside the run, so the run renders
its next output meanwhile; reading a file back, withdrawing it and publishing wait for
its sync first.
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
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from pipeline.protect import decrypt_office, encrypt_office

log = logging.getLogger(__name__)

PROTECTABLE = {".docx", ".xlsx"}
STAGING = ".staging"              # this run's outputs until it ends well
LOCK = ".lock"
FILE_MODE, FOLDER_MODE = 0o600, 0o700


class CaseLocked(Exception):
    """Another run of the same case is writing its outputs."""


class Staging:
    """The outputs of one run, in outputs/<CASE>/.staging until `publish` moves them into
    place. `password` protects Word and Excel outputs; None writes them plain."""

    def __init__(self, outputs_dir: Path, password: str | None):
        self.outputs_dir = outputs_dir
        self.folder = outputs_dir / STAGING
        self.password = password
        self.written: dict[str, str] = {}     # output name -> sha256, in writing order
        self._syncs: dict[str, Future] = {}   # output name -> its file synced and named
        self._syncer: ThreadPoolExecutor | None = None

    def write(self, relative: str, content: bytes) -> str:
        """Stage `content` as outputs/<CASE>/<relative>, protected when it is a Word or
        Excel file and the run is protected; its sha256 as written."""
        if Path(relative).is_absolute() or ".." in Path(relative).parts:
            raise ValueError(f"output name {relative!r} must stay inside the outputs folder")
        if self.password is not None and Path(relative).suffix.lower() in PROTECTABLE:
            content = encrypt_office(content, self.password)
        target = self.folder / relative
        _make_folder(target.parent, stop=self.outputs_dir)
        self.settle(relative)                 # an earlier file of that name named first
        stream, temporary = _write_unsynced(target, content)
        if self._syncer is None:
            self._syncer = ThreadPoolExecutor(1, thread_name_prefix="staging-sync")
        self._syncs[relative] = self._syncer.submit(_sync_and_name, stream, temporary,
                                                    target)
        self.written[relative] = sha256 = hashlib.sha256(content).hexdigest()
        log.debug("wrote %s (%d bytes)", relative, len(content))
        return sha256

    def keep(self, relative: str) -> str | None:
        """Leave the published output as it is (open in another program, where replacing
        it would lose what a person is typing); its sha256, None when there is none."""
        final = self.outputs_dir / relative
        if not final.is_file():
            return None
        log.info("%s left as it is: it is open in another program", relative)
        return hashlib.sha256(final.read_bytes()).hexdigest()

    def settle(self, relative: str | None = None) -> None:
        """Wait until the file `relative` (by default every file written) is synced and
        named; raises what stopped it."""
        names = [relative] if relative is not None else list(self._syncs)
        for name in names:
            sync = self._syncs.pop(name, None)
            if sync is not None:
                sync.result()

    def close(self) -> None:
        """Every file settled, and the thread that syncs them gone."""
        try:
            self.settle()
        finally:
            if self._syncer is not None:
                self._syncer.shutdown()
                self._syncer = None

    def read_back(self, relative: str) -> bytes:
        """A staged output as a reader will open it: read from disk, decrypted."""
        self.settle(relative)
        content = (self.folder / relative).read_bytes()
        if self.password is not None and Path(relative).suffix.lower() in PROTECTABLE:
            content = decrypt_office(content, self.password)
        return content

    def withdraw(self, relative: str) -> None:
        """Take a staged output out of this run: it is not published."""
        self.written.pop(relative, None)
        self.settle(relative)
        with contextlib.suppress(FileNotFoundError):
            (self.folder / relative).unlink()

    def publish(self) -> None:
        """Move the staged outputs into place, in the order written (the manifest last)."""
        self.close()
        for relative in self.written:
            final = self.outputs_dir / relative
            _make_folder(final.parent, stop=self.outputs_dir)
            os.replace(self.folder / relative, final)
        _sync_folder(self.outputs_dir)
        shutil.rmtree(self.folder, ignore_errors=True)


def _write_unsynced(target: Path, content: bytes) -> tuple[BinaryIO, str]:
    """`content` in a temporary file beside `target`, owner-only, not yet synced: the
    open file and its name."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
    stream = os.fdopen(handle, "wb")
    try:
        os.fchmod(stream.fileno(), FILE_MODE)
        stream.write(content)
        stream.flush()
    except BaseException:
        _discard(stream, temporary)
        raise
    return stream, temporary


def _sync_and_name(stream: BinaryIO, temporary: str, target: Path) -> None:
    """The temporary file on disk, closed, then renamed over `target` (atomically)."""
    try:
        os.fsync(stream.fileno())
        stream.close()
        os.replace(temporary, target)
    except BaseException:
        _discard(stream, temporary)
        raise


def _discard(stream: BinaryIO, temporary: str) -> None:
    stream.close()
    with contextlib.suppress(FileNotFoundError):
        os.unlink(temporary)


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
def case_lock(outputs_dir: Path, password: str | None) -> Iterator[Staging]:
    """Hold an exclusive lock on the case's outputs folder for the whole run, and give
    the run its Staging (`password` None: outputs unprotected).

    A second run of the same case raises CaseLocked at once. The staged outputs are
    published when the block ends without an error, and thrown away (the previous
    outputs untouched) when it raises.
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
        try:
            if remove_leftovers(outputs_dir):
                log.info("removed temporary files left by an interrupted run")
            staging = Staging(outputs_dir, password)
            _make_folder(staging.folder, stop=outputs_dir)
            try:
                yield staging
                staging.close()       # every file on disk and named, or the run fails
            except BaseException:
                with contextlib.suppress(Exception):     # the run's own error is raised
                    staging.close()
                shutil.rmtree(staging.folder, ignore_errors=True)
                log.warning("run failed; the previous outputs were left as they were")
                raise
            staging.publish()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
