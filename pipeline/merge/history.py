"""Changes since the last merge of the same case.

The previous run's merged rows are kept in outputs/<CASE>/.previous_merge.json as
SHA-256 hashes of each row's agency and text as written: enough to tell a row seen
before from a new one, and no personal data. The record is read before merging and
written with the outputs (assemble), so a run that fails leaves it as it was.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from pathlib import Path

from pipeline.model import Row

log = logging.getLogger(__name__)

PREVIOUS_MERGE = ".previous_merge.json"


def row_identity(row: Row) -> str:
    """A hash of the row's agency and text as written; equal rows hash alike."""
    text = "\x1f".join((row.agency, *row.content()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_previous(outputs_dir: Path) -> Counter[str] | None:
    """The previous merge's row identities, or None on a first merge (or an unreadable
    record, which is logged and treated as a first merge rather than marking all new)."""
    path = outputs_dir / PREVIOUS_MERGE
    if not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        return Counter(record["rows"])
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("%s could not be read; treating this run as a first merge", path.name)
        return None


def mark_new(merged: list[Row], previous: Counter[str] | None) -> tuple[list[str], int]:
    """Mark merged rows not in the previous merge `is_new`; (this merge's row
    identities, how many rows are new). On a first merge no row is marked."""
    identities = [row_identity(row) for row in merged]
    if previous is None:
        log.info("first merge of this case: no rows marked new")
        return identities, 0
    previous = Counter(previous)
    for row, identity in zip(merged, identities, strict=True):
        if previous[identity] > 0:
            previous[identity] -= 1
        else:
            row.is_new = True
    return identities, sum(row.is_new for row in merged)


def record(reference: str, identities: list[str]) -> bytes:
    """The .previous_merge.json of a merge: the case and its rows' identities, sorted."""
    return json.dumps({"case": reference, "rows": sorted(identities)}).encode("utf-8")
