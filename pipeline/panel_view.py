"""What the panel's documents mark on a row: only what changes how the row is read.

The panel reads the merged chronology for key issues, decision points and
inconsistencies. A date that is not a sure day, a date carried from the row above, an
entry that nearly repeats or matches another, what is new since the panel last read it,
what the template had no place for, an inconsistency, and the panel's own marks all
change how a row is read. Template rules (a two-digit year, a 12-hour time, missing
staff initials...) do not: they go to the agency's letter and the validation report.

This module is the one list of those marks: the Word chronology's marks column and its
legend, the workbook's Marks column and key episodes all take them from here. The
workbook keeps every finding code beside them, in a column the panel can filter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pipeline.model import CaseRun, Row


@dataclass(frozen=True)
class MarkKind:
    """One kind of mark the panel sees, as the legend explains it."""

    name: str
    meaning: str


UNCERTAIN_DATE = MarkKind("uncertain or period date",
                          "the date is not a sure day: shown as the agency wrote it")
CARRIED_DATE = MarkKind("carried date", "a date the agency did not write")
DUPLICATE_OR_LINKED = MarkKind("near-duplicate or linked event",
                               "entries that may record one contact or one event")
NEW_OR_CHANGED = MarkKind("new or changed", "not in the previous merge of this case, or new "
                          "or changed in an agency's resubmitted return")
NOT_ON_TEMPLATE = MarkKind("not on the template", "what the template has no place for")
INCONSISTENCY = MarkKind("inconsistency", "entries of different agencies that seem to "
                         "record one event disagree on its day or time")
PANEL_MARK = MarkKind("the panel's own mark", "a mark or note the panel added to the "
                      "workbook's Panel mark and Panel note columns")

KINDS = (UNCERTAIN_DATE, CARRIED_DATE, DUPLICATE_OR_LINKED, NEW_OR_CHANGED, NOT_ON_TEMPLATE,
         INCONSISTENCY, PANEL_MARK)

# The finding codes shown on the panel's pages, each with its kind and what it says about
# the row. Every other code is left to the agency's letter and the validation report.
PANEL_FLAGS: dict[str, tuple[MarkKind, str]] = {
    "period": (UNCERTAIN_DATE, "a period, not a day"),
    "approximate": (UNCERTAIN_DATE, "the agency wrote that the date is approximate"),
    "not_exact_date": (UNCERTAIN_DATE, "not an exact date"),
    "month_first": (UNCERTAIN_DATE, "written month first: day and month not swapped"),
    "impossible_date": (UNCERTAIN_DATE, "a date that does not exist"),
    "relative_date": (UNCERTAIN_DATE, "a date relative to another ('last week')"),
    "no_year": (UNCERTAIN_DATE, "a date without a year"),
    "several_dates": (UNCERTAIN_DATE, "more than one date in one row"),
    "unreadable": (UNCERTAIN_DATE, "a date that could not be read"),
    "missing_date": (UNCERTAIN_DATE, "no date"),
    "weekday_mismatch": (UNCERTAIN_DATE, "the weekday written does not fall on the date"),
    "future_date": (UNCERTAIN_DATE, "a date after the merge"),
    "time_ambiguous": (UNCERTAIN_DATE, "a time without am/pm: shown as written"),
    "time_conflict": (UNCERTAIN_DATE, "two different times: not shown"),
    "time_unreadable": (UNCERTAIN_DATE, "a time that is no real time: not shown"),
    "redacted": (UNCERTAIN_DATE, "parts of the date hidden by redaction: only the parts "
                 "written in full were read"),
    "date_carried": (CARRIED_DATE, "no date written: the date of the row above was used"),
    "near_duplicate": (DUPLICATE_OR_LINKED, "nearly the same as another entry of the "
                       "agency that day"),
    "not_on_template": (NOT_ON_TEMPLATE, "the return is not on the template: its one "
                        "narrative column is shown as the contact with the child"),
    "inconsistency": (INCONSISTENCY, "does not agree with another entry"),
}

# The marks that are not finding codes, with the legend's words.
NEW = ("NEW", "not in the previous merge of this case (the panel has not seen it)")
CHANGED = ("CHG", "new or changed in an agency's resubmitted return")
EVENT = ("E001", "one event recorded by several agencies; their entries are shown together")
FLAGGED = ("!", "what makes the entry read differently (see below); the agency has been "
                "asked to check")
INCONSISTENT = ("I001", "an inconsistency between agencies the merge found: one event on "
                "different days or at different times (listed under the key)")
PANEL = ("Panel:", "the panel's own marks from the workbook's Panel mark column (its notes "
         "are in the workbook and key_episodes.docx); 'changed since marked' = the agency "
         "changed the entry after the panel marked it")


# Findings about a whole return that change how each of its rows reads: the panel sees
# them on every row, as the code given here.
RETURN_FLAGS = {"single_contact_column": "not_on_template"}


def off_template(run: CaseRun) -> dict[str, list[str]]:
    """The panel flags each return's file gives all its rows (file -> codes)."""
    given = {}
    for ret in run.returns:
        codes = [RETURN_FLAGS[flag] for flag in ret.file_flags if flag in RETURN_FLAGS]
        if codes:
            given[ret.file] = codes
    return given


def panel_flags(row: Row, by_file: Mapping[str, list[str]] | None = None) -> list[str]:
    """The row's finding codes the panel sees, once each, in the row's order; then those
    its return gives every row (`by_file`, from `off_template`)."""
    codes = [code for code in row.flags if code in PANEL_FLAGS]
    codes += (by_file or {}).get(row.provenance.file, [])
    return list(dict.fromkeys(codes))


def flag_words(code: str) -> str:
    """A finding code as the panel's pages show it ("date carried")."""
    return code.replace("_", " ")


def row_marks(row: Row, by_file: Mapping[str, list[str]] | None = None) -> list[str]:
    """The row's marks, as the panel's documents show them: NEW, CHG, its event id, its
    inconsistencies' ids, the panel's own marks, and '! ' with the panel flags' words
    (`by_file` as for `panel_flags`)."""
    marks = []
    if row.is_new:
        marks.append(NEW[0])
    if row.is_changed:
        marks.append(CHANGED[0])
    if row.event:
        marks.append(row.event)
    marks += row.inconsistencies
    if row.panel_marks:
        marks.append(f"{PANEL[0]} {'; '.join(row.panel_marks)}")
    if row.marked_text_changed and (row.panel_marks or row.panel_notes):
        marks.append("changed since marked")
    flags = panel_flags(row, by_file)
    if flags:
        marks.append("! " + ", ".join(flag_words(code) for code in flags))
    return marks


def legend(codes: set[str]) -> list[tuple[MarkKind, list[tuple[str, str]]]]:
    """The panel flags in `codes` by kind, in the list's order: (kind, [(words,
    meaning)])."""
    grouped = []
    for kind in KINDS:
        flags = [(flag_words(code), meaning) for code, (of, meaning) in PANEL_FLAGS.items()
                 if of is kind and code in codes]
        if flags:
            grouped.append((kind, flags))
    return grouped
