"""Reading back what people typed into earlier outputs: the one way every stage does it.

A run rebuilds every output from the returns, so whatever a person added to the last
one (the panel's marks, the board's RAG status, the data protection officer's decisions)
is read from it first, matched by the caller on its key columns, and written again.

`read_edits` reads one workbook sheet, protected with the case password or not, as
written by us, saved again by Excel or by LibreOffice: the rows in which any edit column
is filled, each with its key columns, plus the file's author and any problem in plain
words. `read_previous_output` does this for a file in outputs/<CASE>/ and also says when a
file the previous run wrote has gone (its manifest lists it).

A workbook open in another program (its lock file is beside it) may hold edits not yet
saved. What was saved is read; the run then does not replace that output (`keep_output`,
honoured by pipeline.assemble's writer), so when the person saves, nothing they typed
is lost; an error finding names the file and the fix, and the next run, with the file
closed, reads everything.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook

from pipeline.errors import IngestError
from pipeline.model import CaseRun, Finding, Severity
from pipeline.ooxml.package import MAX_MARKUP, MAX_OUTPUT_MARKUP, open_return

log = logging.getLogger(__name__)

LOCKED, MISSING, UNREADABLE = "output_locked", "output_missing", "edits_unreadable"


@dataclass
class EditedRow:
    """One sheet row a person edited: `values` maps each key, edit and context column's
    heading (as the caller named it) to its text ("" when empty); `sheet_row` is Excel's
    row number on `sheet`."""

    sheet_row: int
    values: dict[str, str]
    sheet: str = ""

    def __getitem__(self, heading: str) -> str:
        return self.values.get(heading, "")


@dataclass
class EditsRead:
    """What `read_edits` found in one file.

    `exists` is False when there is no file (nothing to read). `locked` is True when a
    program has the file open: `rows` are then what was last saved. `author` is who last
    saved the file (its document properties), else who created it, else "".
    `problems` are findings in plain words, naming the file and the fix.
    """

    path: Path
    exists: bool = True
    locked: bool = False
    author: str = ""
    rows: list[EditedRow] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)   # the sheet's header row as found

    @property
    def readable(self) -> bool:
        """True when the sheet was read (even if no row held an edit)."""
        return self.exists and not any(p.code == UNREADABLE for p in self.problems)


def read_edits(path: Path, password: str, sheet: str, key_columns: tuple[str, ...],
               edit_columns: tuple[str, ...], *, context_columns: tuple[str, ...] = (),
               optional_sheets: tuple[str, ...] = (), shown_as: str = "",
               output: bool = False) -> EditsRead:
    """The rows of `sheet` in the workbook at `path` in which any of `edit_columns` is
    filled, with `key_columns` beside them. Headings are matched ignoring case and spaces
    around them; a missing edit or context column reads as empty, a missing key column is
    a problem. Sheets in `optional_sheets` are read the same way when the file has them.
    `shown_as` is how messages name the file (default: its name); `output` says it is one
    of our outputs (which a locked file's message says was not replaced). Never raises for
    a bad file: the problem is in `problems`.
    """
    shown = shown_as or path.name
    result = EditsRead(path)
    if not path.is_file():
        result.exists = False
        return result
    result.locked = lock_file_of(path) is not None
    try:
        package = open_return(path, password, MAX_OUTPUT_MARKUP if output else MAX_MARKUP)
        if package.kind != "xlsx":
            raise IngestError("is not an Excel workbook")
        workbook = load_workbook(io.BytesIO(package.data), read_only=True, data_only=True)
    except IngestError as exc:
        result.problems.append(_unreadable(shown, str(exc).rstrip("."), output))
        return result
    except PermissionError:
        result.locked = True
        result.problems.append(_locked(shown, path, False, output))
        return result
    except Exception as exc:     # a damaged workbook must not stop the run
        result.problems.append(_unreadable(shown, f"is damaged ({type(exc).__name__})",
                                           output))
        return result
    try:
        result.author = _author(workbook)
        for name in (sheet, *optional_sheets):
            worksheet = _sheet_named(workbook, name)
            if worksheet is not None:
                _read_sheet(worksheet, key_columns, edit_columns, context_columns, shown,
                            result, output)
            elif name == sheet:
                result.problems.append(_unreadable(shown, f"has no sheet named '{sheet}'",
                                                   output))
    finally:
        workbook.close()
    if result.locked:
        result.problems.append(_locked(shown, path, True, output))
    return result


def read_previous_output(run: CaseRun, name: str, sheet: str, key_columns: tuple[str, ...],
                         edit_columns: tuple[str, ...], **options) -> EditsRead:
    """`read_edits` on outputs/<CASE>/`name` (`options` as read_edits takes them). A file
    the previous run wrote (its manifest lists it) that is no longer there is a warning,
    said plainly; a locked one is left as it is by this run."""
    path = run.outputs_dir / name
    shown = f"{run.outputs_dir.name}/{name}"
    edits = read_edits(path, run.case.password, sheet, key_columns, edit_columns,
                       shown_as=shown, output=True, **options)
    if not edits.exists and name in previous_outputs(run.outputs_dir):
        edits.problems.append(Finding(
            MISSING, Severity.WARNING,
            f"{shown} was written by the previous merge but is no longer there (deleted or "
            "moved), so nothing typed into it could be read back; this run writes it afresh. "
            "If it was moved, put it back (or a copy in the case's panel folder, for the "
            "chronology) and run the merge again.", file=shown))
    if edits.locked or (edits.exists and not edits.readable):
        keep_output(run, name)          # what was typed into it is not lost
    for problem in edits.problems:
        log.warning("%s: %s", name, problem.code)
    return edits


def keep_output(run: CaseRun, name: str) -> None:
    """Leave outputs/<CASE>/`name` as it is this run (it is open elsewhere)."""
    run.outputs_kept.add(name)


def previous_outputs(outputs_dir: Path) -> set[str]:
    """The outputs the previous run's manifest.json lists (empty when there is none)."""
    try:
        manifest = json.loads((outputs_dir / "manifest.json").read_text(encoding="utf-8"))
        return set(manifest.get("outputs", {}))
    except (OSError, ValueError, AttributeError):
        return set()


def lock_file_of(path: Path) -> Path | None:
    """The lock file a program keeps beside `path` while it has it open, if any:
    LibreOffice's `.~lock.<name>#`, Excel's `~$<name>`, Word's `~$` over the first two
    characters of a long name."""
    names = [f".~lock.{path.name}#", f"~${path.name}"]
    if len(path.stem) > 7:
        names.append(f"~${path.name[2:]}")
    for name in names:
        candidate = path.with_name(name)
        if candidate.exists():
            return candidate
    if os.name == "nt":          # Windows refuses to open a file Excel holds for writing
        try:
            with path.open("r+b"):
                pass
        except PermissionError:
            return path
    return None


def _read_sheet(worksheet, key_columns: tuple[str, ...], edit_columns: tuple[str, ...],
                context_columns: tuple[str, ...], shown: str, result: EditsRead,
                output: bool) -> None:
    sheet = worksheet.title
    rows = worksheet.iter_rows(values_only=True)
    headings = [_text(value) for value in next(rows, None) or ()]
    result.headings = result.headings or headings
    where = {heading.lower(): index for index, heading in
             reversed(list(enumerate(headings))) if heading}
    missing = [name for name in key_columns if name.lower() not in where]
    if missing:
        result.problems.append(_unreadable(
            shown, f"has no column headed {', '.join(repr(m) for m in missing)} on its "
            f"'{sheet}' sheet (it may have been deleted or renamed)", output))
        return
    wanted = [(name, where.get(name.lower()))
              for name in (*key_columns, *edit_columns, *context_columns)]
    edit_indexes = [where[n.lower()] for n in edit_columns if n.lower() in where]
    for number, values in enumerate(rows, start=2):
        if not any(index < len(values) and _text(values[index]) for index in edit_indexes):
            continue
        result.rows.append(EditedRow(number, {
            name: _text(values[index]) if index is not None and index < len(values) else ""
            for name, index in wanted}, sheet))


def _sheet_named(workbook, sheet: str):
    for worksheet in workbook.worksheets:
        if worksheet.title.strip().lower() == sheet.strip().lower():
            return worksheet
    return None


def _text(value: object) -> str:
    """A cell as text: dates day-month-year, whole numbers without '.0', trimmed."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.strftime("%d-%m-%Y")
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _author(workbook) -> str:
    properties = workbook.properties
    return (properties.lastModifiedBy or properties.creator or "").strip()


def _unreadable(shown: str, reason: str, output: bool = False) -> Finding:
    kept = ("; this run did not replace it, so nothing typed into it is lost, and wrote no "
            "new version of it" if output else "")
    return Finding(UNREADABLE, Severity.WARNING,
                   f"{shown} {reason}, so what people typed into it could not be read "
                   f"back{kept}. Open it in Excel or LibreOffice and save it again as an "
                   "Excel workbook (.xlsx), protected with the case password or not, then run "
                   "the merge again; until then its edits are not in this run's outputs.",
                   file=shown)


def _locked(shown: str, path: Path, saved_read: bool, output: bool) -> Finding:
    lock = lock_file_of(path)
    hint = f" (the lock file {lock.name} is beside it)" if lock and lock != path else ""
    read = "What was last saved in it was read" if saved_read else "It could not be read"
    kept = ("; this run did not replace it, so nothing typed into it is lost" if output else
            "; what is typed into it after that is read by the next run")
    return Finding(LOCKED, Severity.ERROR if output else Severity.WARNING,
                   f"{shown} is open in another program{hint}, which may hold changes not "
                   f"yet saved. {read}{kept}. Save it and close it there, then run the merge "
                   "again. If no program has it open, delete the lock file and run again.",
                   file=shown)
