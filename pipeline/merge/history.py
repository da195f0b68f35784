"""Changes since the last merge of the same case.

The previous run's merged rows are kept in outputs/<CASE>/.previous_merge.json as
SHA-256 hashes of each row's agency and text as written: enough to tell a row seen
before from a new one, and no personal data.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter

from pipeline.model import CaseRun, Row
from pipeline.outputs import write_output

log = logging.getLogger(__name__)

PREVIOUS_MERGE = ".previous_merge.json"


def row_identity(row: Row) -> str:
    """A hash of the row's agency and text as written; equal rows hash alike."""
    text = "\x1f".join((row.agency, *row.content()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_previous(run: CaseRun) -> Counter[str] | None:
    """The previous merge's row identities, or None on a first merge (or an unreadable
    record, which is logged and treated as a first merge rather than marking all new)."""
    path = run.outputs_dir / PREVIOUS_MERGE
    if not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        return Counter(record["rows"])
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("%s could not be read; treating this run as a first merge", path.name)
        return None


def mark_new(run: CaseRun) -> bool:
    """Mark merged rows not in the previous merge `is_new`, set run.new_since_last and
    record this merge for the next run. Returns True on a first merge."""
    previous = load_previous(run)
    identities = [row_identity(row) for row in run.merged]
    if previous is None:
        run.new_since_last = 0
        log.info("first merge of this case: no rows marked new")
    else:
        for row, identity in zip(run.merged, identities, strict=True):
            if previous[identity] > 0:
                previous[identity] -= 1
            else:
                row.is_new = True
        run.new_since_last = sum(row.is_new for row in run.merged)
    record = {"case": run.case.reference, "rows": sorted(identities)}
    write_output(run, PREVIOUS_MERGE, json.dumps(record).encode("utf-8"))
    return previous is None
