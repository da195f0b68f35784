"""Command line: parse arguments, call one library function, map errors to exit codes.

Exit status: 0 no errors; 1 outputs written but error findings exist; 2 the case could
not be processed.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pipeline import second_process
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
    # -v is also taken after the command ("merge demo -v"); SUPPRESS keeps a -v given
    # before the command from being reset by the subcommand's default.
    verbose = argparse.ArgumentParser(add_help=False)
    verbose.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS,
                         help="more log lines (file names and counts only)")
    commands = parser.add_subparsers(dest="command", required=True)
    folders = argparse.ArgumentParser(add_help=False)
    folders.add_argument("case", help="the case folder's name under --inputs, e.g. demo")
    folders.add_argument("--inputs", default="inputs", type=Path,
                         help="folder holding case folders (default: inputs)")
    folders.add_argument("--outputs", default="outputs", type=Path,
                         help="folder for the outputs of each case (default: outputs)")

    merge = commands.add_parser("merge", parents=[verbose],
                                help="merge one case folder into its outputs")
    merge.add_argument("case", help="the case folder's name under --inputs, e.g. demo")
    merge.add_argument("--inputs", default="inputs", type=Path,
                       help="folder holding case folders (default: inputs)")
    merge.add_argument("--outputs", default="outputs", type=Path,
                       help="folder for the outputs of each case (default: outputs)")
    merge.add_argument("--csv", action="store_true",
                       help="also write merged_chronology.csv with the canonical columns")
    merge.add_argument("--no-protect", action="store_true",
                       help="do not password-protect the Word and Excel outputs")

    start = commands.add_parser("start", parents=[verbose, folders],
                                help="write each agency's notification letter and templates "
                                "into outputs/<CASE>/to_agencies/")
    start.add_argument("--again", action="store_true",
                       help="write again the letters and templates already written "
                       "(each one replaced is named)")
    start.add_argument("--no-protect", action="store_true",
                       help="do not password-protect the letters and templates")
    status = commands.add_parser("status", parents=[verbose, folders],
                                 help="show what each agency has returned, what is due and "
                                 "the working days left or overdue")
    status.add_argument("--letters", action="store_true",
                        help="also write a chase letter to each agency with something "
                        "overdue")
    status.add_argument("--no-protect", action="store_true",
                        help="do not password-protect the chase letters")

    commands.add_parser("dates", parents=[verbose],
                        help="read date texts from standard input, one a line; write one "
                        "JSON reading a line")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    level = logging.WARNING - 10 * args.verbose
    logging.basicConfig(level=max(level, logging.DEBUG), format="%(levelname)s %(message)s")
    if args.command == "dates":
        from pipeline.dates import dates_command

        return dates_command(sys.stdin, sys.stdout)
    if args.command in ("start", "status"):
        return lifecycle_command(args)
    return merge_command(args)


def lifecycle_command(args: argparse.Namespace) -> int:
    """start and status: print what was done or found; 0, or 2 when the case cannot be
    read (an overdue return is the point of status, not a failure)."""
    from pipeline.lifecycle import start, status

    case_dir = args.inputs / args.case
    try:
        if args.command == "start":
            print(start.summary(start.start_case(case_dir, args.outputs,
                                                 protect=not args.no_protect,
                                                 again=args.again)))
        else:
            print(status.report(status.case_status(case_dir, args.outputs,
                                                   write_letters=args.letters,
                                                   protect=not args.no_protect)))
    except (CaseError, CaseLocked) as exc:
        print(f"Case {args.case} could not be processed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def merge_command(args: argparse.Namespace) -> int:
    # The suites' process first, then the stages' modules: its import of Great
    # Expectations (two seconds) goes on while this process imports them and reads the case.
    with second_process.started() as second:
        run_case = import_stages()
        case_dir = args.inputs / args.case
        try:
            run = run_case(case_dir, args.outputs, write_csv=args.csv,
                           protect=not args.no_protect, second=second)
        except (CaseError, CaseLocked) as exc:
            print(f"Case {args.case} could not be processed: {exc}", file=sys.stderr)
            return EXIT_FAILED
    print(summary(run))
    return EXIT_FINDINGS if run.has_errors else EXIT_OK


def import_stages() -> Callable[..., CaseRun]:
    """pipeline.run's run_case, imported now, with the garbage collector off meanwhile:
    the stages' modules make some 140,000 objects that live as long as the process, and
    the collector would scan them over and over while they are made (a fifth of the
    import's time). The run keeps them out of its collections afterwards (run.py)."""
    gc.disable()
    try:
        from pipeline.run import run_case
    finally:
        gc.enable()
    return run_case


def summary(run: CaseRun) -> str:
    """The end-of-run summary: counts, problem files, where the outputs are. No case text."""
    # Imported with the stages (merge_command), not when the command line starts.
    from pipeline.assemble.manifest import row_accounts

    severities = Counter(f.severity for f in run.current_findings)
    agency_reports = [r for r in run.reports if r.kind == "agency_report"]
    read = [f"{_count(len(run.returns), 'chronology return')}",
            f"{_count(len(agency_reports), 'agency report')}"]
    if len(agency_reports) < len(run.reports):
        read.append("the terms of reference")
    unreadable = [p for p in run.problems if p.code == "unreadable_file"]
    accounts = row_accounts(run)
    unaccounted = [a["file"] for a in accounts if not a["accounted"]]
    lines = [
        f"Case {run.case.reference}: {', '.join(read[:-1])} and {read[-1]} read"
        + (f"; {_count(len(unreadable), 'file')} could not be read." if unreadable else "."),
        f"Rows: {sum(r.rows_read for r in run.returns)} read, {len(run.merged)} merged, "
        f"{_count(len(run.duplicates_dropped), 'exact duplicate')} dropped, "
        f"{sum(a['rows_superseded'] for a in accounts)} in superseded returns, "
        f"{sum(a['rows_rejected'] for a in accounts)} rejected"
        + (" (every row accounted for in manifest.json)." if not unaccounted else
           f". ROWS NOT ACCOUNTED FOR in {', '.join(unaccounted)}: please report this."),
        f"Findings: {_count(severities[Severity.ERROR], 'error')}, "
        f"{_count(severities[Severity.WARNING], 'warning')} (validation_report.html; a "
        "letter for each agency with findings in feedback/).",
    ]
    if run.first_merge:
        lines.append("First merge of this case: next time, rows new since now are marked.")
    else:
        lines.append(f"New since the last merge: {_count(run.new_since_last, 'row')}.")
    lines += _panel_lines(run)
    for ret in run.superseded:
        lines.append(f"  superseded: {ret.file} (a later return from the same agency replaces it)")
    per_agency = Counter((f.agency, f.severity) for f in run.current_findings
                         if f.agency and f.code != "unreadable_file")
    for agency in sorted({a for a, _ in per_agency},
                         key=lambda name: (run.case.agency_order(name), name)):
        lines.append(f"  {agency}: {_count(per_agency[(agency, Severity.ERROR)], 'error')}, "
                     f"{_count(per_agency[(agency, Severity.WARNING)], 'warning')}")
    for problem in run.problems:
        label = "notice" if problem.code == "not_a_return" else "problem"
        lines.append(f"  {label}: {problem.message}")
    lines.append(f"Outputs: {run.outputs_dir}/")
    return "\n".join(lines)


def _panel_lines(run: CaseRun) -> list[str]:
    """What of the panel's work was read back (counts and file names only)."""
    marked = sum(1 for row in run.merged if row.panel_marks or row.panel_notes)
    if not (marked or run.gone_marks or run.inconsistencies):
        return []
    sources = ", ".join(run.panel_sources) or "no file"
    line = f"Panel: {_count(marked, 'row')} marked (read from {sources})"
    if run.gone_marks:
        line += (f"; marks on {_count(len(run.gone_marks), 'row')} no longer in the "
                 "chronology kept on the workbook's 'Marks on rows gone' sheet")
    found = len(run.inconsistencies)
    line += (f"; {found} {'inconsistency' if found == 1 else 'inconsistencies'} between "
             "agencies found (key_episodes.docx).")
    return [line]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
