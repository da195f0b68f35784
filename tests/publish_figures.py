"""The published documents' figures on one held-back case, run through the whole merge:

    python -m tests.publish_figures tests/builders/publish_heldout2.py

The module given holds one or more `HeldOut` cases (tests/builders/publish_heldout.py);
a module may also define `build_case(folder, case)` to write its own agency reports. For
each case it prints the identifiers left in each part of executive_summary.docx; those
left in overview_draft.docx (count, share of those planted, and whether each is listed
as a suspect in anonymisation_report.xlsx), outside the ordinary phrases the case keeps;
and the ordinary phrases lost. It asserts nothing: the thresholds are in
tests/e2e/test_publish_heldout.py.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from dataclasses import fields
from pathlib import Path

from openpyxl import load_workbook

from pipeline.assemble import anonymisation_report
from pipeline.assemble.executive_summary import KEY_ISSUES_PER_AGENCY
from pipeline.run import run_case
from tests.builders.adversarial import document_text, part_texts
from tests.builders.publish_heldout import (
    HeldOut,
    build_heldout_case,
    identifiers_left,
    occurrences,
    ordinary_lost,
    planted_count,
)

SUMMARY, OVERVIEW = "executive_summary.docx", "overview_draft.docx"
REFUSED = "publish_refused.txt"     # beside the outputs: why a document was not written


def load_cases(path: Path) -> tuple[list[HeldOut], object]:
    """The HeldOut cases a module defines, and the module (imported by its dotted name
    when it lies inside this repository, so it shares this HeldOut class)."""
    if not path.is_file() or path.suffix != ".py":
        raise SystemExit(f"{path} is not a Python file: give the path of a .py module")
    root = Path.cwd().resolve()
    resolved = path.resolve()
    if resolved.is_relative_to(root):
        module = importlib.import_module(".".join(resolved.relative_to(root)
                                                  .with_suffix("").parts))
    else:
        spec = importlib.util.spec_from_file_location(f"heldout_{path.stem}", resolved)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    cases = [v for v in vars(module).values() if _is_case(v)]
    if not cases:
        raise SystemExit(f"{path} defines no HeldOut case (see tests/builders/"
                         "publish_heldout.py)")
    return cases, module


def _is_case(value: object) -> bool:
    """A HeldOut, or an object of another class with the same fields."""
    return isinstance(value, HeldOut) or (not isinstance(value, type) and all(
        hasattr(value, f.name) for f in fields(HeldOut)))


def _own_builder(module: object):
    """The module's own `build_case` (or `build_heldout_case` defined there), if any."""
    for name in ("build_case", "build_heldout_case"):
        found = getattr(module, name, None)
        if callable(found) and getattr(found, "__module__", "") == getattr(
                module, "__name__", None):
            return found
    return None


def run_heldout(case: HeldOut, root: Path, module: object = None) -> Path:
    """The case built under `root` and merged; its outputs folder."""
    folder = root / "inputs" / case.reference
    build = _own_builder(module)
    if build is not None:
        build(folder, case)
    else:
        build_heldout_case(folder, case)
    run = run_case(folder, root / "outputs", protect=False)
    outputs = root / "outputs" / case.reference
    refused = [f.message for f in run.findings if f.code == "anonymisation_leak"]
    (outputs / REFUSED).write_text("\n".join(refused), encoding="utf-8")
    return outputs


def gate_listed(outputs: Path, document: str, by: str | None = "publication gate"
                ) -> list[str]:
    """The words listed for `document` in the anonymisation report: those the
    publication gate found, or (`by=None`) every replacement and suspect."""
    path = outputs / anonymisation_report.NAME
    if not path.exists():
        return []
    sheet = load_workbook(path)[anonymisation_report.SHEET]
    header = [c.value for c in sheet[1]]
    return [str(row[header.index("Original")]) for row in
            sheet.iter_rows(min_row=2, values_only=True)
            if (by is None or row[header.index("Found by")] == by)
            and row[header.index("Document")] == document]


def not_listed(outputs: Path, document: str, names: tuple[str, ...]) -> list[str]:
    """The `names` the anonymisation report lists nowhere for `document`, neither as a
    replacement nor as a suspect."""
    listed = " ".join(gate_listed(outputs, document, by=None))
    return [name for name in names if not occurrences(name, listed)]


def phrases_suspected(outputs: Path, document: str, phrases: list[str]) -> list[str]:
    """The ordinary `phrases` the publication gate listed as suspects in `document`."""
    suspected = " ".join(gate_listed(outputs, document))
    return [phrase for phrase in phrases if occurrences(phrase, suspected)]


def summary_left(outputs: Path, case: HeldOut) -> dict[str, dict[str, int]]:
    """The planted identifiers left in each part of the summary, outside the ordinary
    phrases the case keeps (only the parts that hold any)."""
    parts = part_texts((outputs / SUMMARY).read_bytes())
    return {part: left for part, text in parts.items()
            if (left := identifiers_left(without_ordinary(text, case), case))}


def without_ordinary(text: str, case: HeldOut) -> str:
    """`text` less the ordinary phrases the case must keep, as written: 'a price rise' is
    no leak of Mr Price."""
    for phrase in sorted(case.ordinary, key=len, reverse=True):
        text = text.replace(phrase, " ")
    return text


def overview_left(outputs: Path, case: HeldOut) -> list[tuple[str, str, int, bool]]:
    """(kind, identifier, times left, listed as a suspect) for each identifier left."""
    text = without_ordinary(document_text((outputs / OVERVIEW).read_bytes()), case)
    listed = " \n ".join(gate_listed(outputs, OVERVIEW))
    left = []
    for kind, identifiers in case.identifiers.items():
        for identifier in identifiers:
            count = occurrences(identifier, text)
            if count:
                left.append((kind, identifier, count, occurrences(identifier, listed) > 0))
    return left


def phrases_lost(outputs: Path, case: HeldOut) -> set[str]:
    """Ordinary phrases lost from the overview where it carries them (the reports'
    sections), or from the summary where it carries them (its learning and
    recommendations)."""
    return set().union(*phrases_lost_from(outputs, case).values())


def phrases_lost_from(outputs: Path, case: HeldOut) -> dict[str, set[str]]:
    """`phrases_lost`, by the document that lost each."""
    overview = document_text((outputs / OVERVIEW).read_bytes())
    # The overview carries each report's sections, not its header, footer, comments or
    # footnotes: a phrase written only there is not in it to lose.
    sections = " ".join(case.involvement + case.analysis + case.learning
                        + [r[0] for r in case.recommendations])
    lost = {OVERVIEW: {p for p in ordinary_lost(overview, case) if occurrences(p, sections)}}
    summary_path = outputs / SUMMARY
    if summary_path.exists():
        summary = document_text(summary_path.read_bytes())
        # The summary carries the first paragraphs of each agency's learning, by design; a
        # phrase counts there only where it stands as a word ("PC", not inside "ICPC").
        carried = " ".join(case.learning[:KEY_ISSUES_PER_AGENCY]
                           + [r[0] for r in case.recommendations])
        lost[SUMMARY] = {p for p in ordinary_lost(summary, case) if occurrences(p, carried)}
    return lost


def _findings(outputs: Path) -> list[str]:
    path = outputs / REFUSED
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def report(case: HeldOut, outputs: Path) -> None:
    print(f"== {case.reference}")
    for name in (SUMMARY, OVERVIEW):
        if not (outputs / name).exists():
            refused = [line for line in _findings(outputs) if name in line]
            print(f"{name} was NOT written: {refused or 'see validation_report.xlsx'}")
    if (outputs / SUMMARY).exists():
        per_part = summary_left(outputs, case)
        total = sum(sum(left.values()) for left in per_part.values())
        print(f"summary: {total} identifiers left")
        for part, left in per_part.items():
            print(f"  {part}: {left}")
    if (outputs / OVERVIEW).exists():
        left = overview_left(outputs, case)
        count, planted = sum(n for *_, n, _ in left), planted_count(case)
        unlisted = sum(n for *_, n, listed in left if not listed)
        print(f"overview: {count} of {planted} planted identifiers left "
              f"({100 * count / planted:.1f}%); not listed as a suspect: {unlisted}")
        for kind, identifier, times, listed in left:
            print(f"  {kind}: {identifier!r} x{times} "
                  f"{'listed' if listed else 'NOT LISTED'}")
    if (outputs / OVERVIEW).exists():
        by_document = phrases_lost_from(outputs, case)
        lost = set().union(*by_document.values())
        print(f"ordinary phrases lost: {len(lost)} {sorted(lost) if lost else ''}")
        for document, phrases in by_document.items():
            print(f"  from {document}: {sorted(phrases)}")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip())
        return 2
    cases, module = load_cases(Path(argv[0]))
    for case in cases:
        with tempfile.TemporaryDirectory() as root:
            report(case, run_heldout(case, Path(root), module))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
