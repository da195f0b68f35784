"""manifest.json: per input file, where every row went; hashes of inputs and outputs."""

from __future__ import annotations

import json
import platform
from collections import Counter
from importlib import metadata

from pipeline import __version__
from pipeline.assemble._render import Built, Rendered
from pipeline.model import CaseRun

NAME = "manifest.json"

LIBRARIES = ("pandas", "openpyxl", "python-docx", "docxcompose", "dateparser",
             "great-expectations", "msoffcrypto-tool", "lxml", "rapidfuzz")


def row_accounts(run: CaseRun) -> list[dict]:
    """For every return: rows read = merged + duplicates dropped + superseded + rejected."""
    merged = Counter(row.provenance.file for row in run.merged)
    dropped = Counter(row.provenance.file for row in run.duplicates_dropped)
    superseded = {ret.file for ret in run.superseded}
    accounts = []
    for ret in run.returns:
        # a superseded return's rejected rows are counted as rejected, not twice
        rows_superseded = ret.rows_read - len(ret.rejected) if ret.file in superseded else 0
        account = {
            "file": ret.file,
            "sha256": ret.sha256,
            "agency": ret.agency,
            "date_completed": ret.date_completed,
            "received": ret.received.strftime("%d-%m-%Y") if ret.received else None,
            "rows_read": ret.rows_read,
            "rows_merged": merged[ret.file],
            "exact_duplicates_dropped": dropped[ret.file],
            "rows_superseded": rows_superseded,
            "rows_rejected": len(ret.rejected),
            "rejected": [{"table": r.provenance.table, "row": r.provenance.row, "reason": why}
                         for r, why in ret.rejected],
            "dropped": [{"table": r.provenance.table, "row": r.provenance.row,
                         "reason": "exact duplicate of an earlier row in the same return"}
                        for r in run.duplicates_dropped if r.provenance.file == ret.file],
            "file_flags": ret.file_flags,
        }
        account["accounted"] = ret.rows_read == (
            account["rows_merged"] + account["exact_duplicates_dropped"]
            + rows_superseded + account["rows_rejected"])
        accounts.append(account)
    return accounts


def build(run: CaseRun) -> dict:
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "case": run.case.reference,
        "run_date": run.today.strftime("%d-%m-%Y"),
        "pipeline_version": __version__,
        "python": platform.python_version(),
        "libraries": versions,
        "protected": run.protect,
        "returns": row_accounts(run),
        "superseded_returns": [ret.file for ret in run.superseded],
        "agency_reports": [{"file": r.file, "sha256": r.sha256, "agency": r.agency,
                            "received": r.received.strftime("%d-%m-%Y") if r.received
                            else None} for r in run.reports],
        "unreadable_files": [{"file": p.file, "code": p.code} for p in run.problems
                             if p.code == "unreadable_file"],
        "not_returns": [p.file for p in run.problems if p.code == "not_a_return"],
        "totals": {
            "rows_read": sum(r.rows_read for r in run.returns),
            "rows_merged": len(run.merged),
            "exact_duplicates_dropped": len(run.duplicates_dropped),
            "near_duplicates_flagged": len(run.near_duplicates),
            "rows_superseded": sum(r.rows_read - len(r.rejected) for r in run.superseded),
            "rows_rejected": sum(len(r.rejected) for r in run.returns),
            "new_since_last_merge": run.new_since_last,
            "gaps": len(run.gaps),
            "findings": Counter(f.severity.value for f in run.all_findings),
        },
        "outputs": dict(sorted(run.outputs.items())),
    }


def render(run: CaseRun, built: Built) -> Rendered:
    """manifest.json, from everything written before it."""
    return Rendered({NAME: json.dumps(build(run), indent=2, ensure_ascii=False).encode()})
