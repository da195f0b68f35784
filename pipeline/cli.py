"""Command line: parse arguments, call one library function, map errors to exit codes.

Exit status: 0 no errors; 1 outputs written but error findings exist; 2 the case could
not be processed.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path

from pipeline.case import CaseError
from pipeline.model import CaseRun, Severity
from pipeline.outputs import CaseLocked

EXIT_OK, EXIT_FINDINGS, EXIT_FAILED = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Merge agency chronologies and reports for a safeguarding case review.")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more log lines (file names and counts only, never case text)")
    commands = parser.add_subparsers(dest="command", required=True)

    merge = commands.add_parser("merge", help="merge one case folder into its outputs")
    merge.add_argument("case", help="the case folder's name under --inputs, e.g. demo")
    merge.add_argument("--inputs", default="inputs", type=Path,
                       help="folder holding case folders (default: inputs)")
    merge.add_argument("--outputs", default="outputs", type=Path,
                       help="folder for the outputs of each case (default: outputs)")
    merge.add_argument("--csv", action="store_true",
                       help="also write merged_chronology.csv with the canonical columns")
    merge.add_argument("--no-protect", action="store_true",
                       help="do not password-protect the Word and Excel outputs")

    commands.add_parser("dates", help="read date texts from standard input, one a line; "
                        "write one JSON reading a line")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    level = logging.WARNING - 10 * args.verbose
    logging.basicConfig(level=max(level, logging.DEBUG), format="%(levelname)s %(message)s")
    if args.command == "dates":
        from pipeline.dates import dates_command

        return dates_command(sys.stdin, sys.stdout)
    return merge_command(args)


def merge_command(args: argparse.Namespace) -> int:
    from pipeline.run import run_case

    case_dir = args.inputs / args.case
    try:
        run = run_case(case_dir, args.outputs, write_csv=args.csv, protect=not args.no_protect)
    except (CaseError, CaseLocked) as exc:
        print(f"Case {args.case} could not be processed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(summary(run))
    return EXIT_FINDINGS if run.has_errors else EXIT_OK


def summary(run: CaseRun) -> str:
    """The end-of-run summary: counts, problem files, where the outputs are. No case text."""
    severities = Counter(f.severity for f in run.current_findings)
    lines = [
        f"Case {run.case.reference}: {len(run.returns)} chronology returns, "
        f"{len(run.reports)} agency reports read.",
        f"Rows: {sum(r.rows_read for r in run.returns)} read, {len(run.merged)} merged, "
        f"{len(run.duplicates_dropped)} exact duplicates dropped, "
        f"{sum(r.rows_read - len(r.rejected) for r in run.superseded)} in superseded returns, "
        f"{sum(len(r.rejected) for r in run.returns)} rejected.",
        f"Findings: {severities[Severity.ERROR]} errors, {severities[Severity.WARNING]} warnings.",
    ]
    if run.new_since_last:
        lines.append(f"New since the last merge: {run.new_since_last} rows.")
    for ret in run.superseded:
        lines.append(f"  superseded: {ret.file} (a later return from the same agency replaces it)")
    per_agency = Counter((f.agency, f.severity) for f in run.current_findings
                         if f.agency and f not in run.problems)
    for agency in sorted({a for a, _ in per_agency}):
        lines.append(f"  {agency}: {per_agency[(agency, Severity.ERROR)]} errors, "
                     f"{per_agency[(agency, Severity.WARNING)]} warnings")
    for problem in run.problems:
        lines.append(f"  problem: {problem.message}")
    lines.append(f"Outputs: {run.outputs_dir}/")
    return "\n".join(lines)
