"""Writing outputs whole or not at all: temporary file, optional encryption, rename.

Every output goes through `write_output`, so protection, owner-only permissions, hashing
and atomic replacement are enforced in one place.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pipeline.model import CaseRun
from pipeline.protect import encrypt_office

PROTECTABLE = {".docx", ".xlsx"}


class CaseLocked(Exception):
    """Another run of the same case is writing its outputs."""


def write_output(run: CaseRun, relative: str, content: bytes) -> Path:
    """Write `content` to outputs/<CASE>/<relative> atomically; encrypt Office files."""
    target = run.outputs_dir / relative
    if run.protect and target.suffix.lower() in PROTECTABLE:
        content = encrypt_office(content, run.case.password)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    run.outputs[relative] = hashlib.sha256(content).hexdigest()
    return target


@contextlib.contextmanager
def case_lock(outputs_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on the case's outputs folder for the whole run."""
    outputs_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(outputs_dir, 0o700)
    lock_path = outputs_dir / ".lock"
    with open(lock_path, "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CaseLocked(f"another run of this case is writing {outputs_dir}; wait for it "
                             "to finish, then run again.") from None
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
