"""The catalogue of finding codes: severity, what each means, and the sentence an agency reads.

Every stage that reports a problem uses a code from `CATALOGUE`; the validation report,
the feedback letters and the README all take their words from here. A code that is not
catalogued (a board's own rule added to a suite) still becomes a finding through
`kind_of`, with the severity and sentence the suite gives it.

Sentences are `str.format` templates over the fields in `FIELDS`; `sentence` fills them.
They may quote the text as written, so they go into the reports and letters only, never
into logs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pipeline.model import Finding, Severity

E, W = Severity.ERROR, Severity.WARNING

# The fields a sentence template may use. Row findings: where ("Row 14", "Table 2, row
# 14"), date (the date cell as written), when (date and time as written), time (the
# separate time cell), time24 (the time read, HH:MM), read_as (the reading, dd-mm-yyyy),
# suggestion (a day-first rewrite), reason (": why" or ""), staff, unlisted,
# repeats_row. Return findings: file, agency, date_completed, completed_on, completed
# ("completed on ..." or "received on ..."), due, due_note (" (due 15-02-2016)" or "").
# Case: period_from, period_to, today.
FIELDS = frozenset({
    "where", "date", "when", "time", "time24", "read_as", "suggestion", "reason",
    "staff", "unlisted", "repeats_row", "file", "agency", "date_completed",
    "completed_on", "completed", "due", "due_note", "period_from", "period_to", "today",
})


@dataclass(frozen=True)
class Kind:
    """One finding code: how serious, what it means, and the sentence an agency can act on.

    `scope` is where it applies: "row", "return" (a returned file), "agency" (the case's
    list of agencies) or "file" (any input file). `column` names the cell a row finding
    quotes as written ("date", "time", "staff", or "" for none). A row finding is not
    reported when the row also has one of the codes in `unless` (a more exact code
    already says it). A row with an `alone` code gets that finding only (a repeated row
    is deleted, so what else is wrong with it does not matter).
    """

    code: str
    severity: Severity
    explanation: str
    template: str
    scope: str = "row"
    column: str = "date"
    unless: tuple[str, ...] = ()
    alone: bool = False


# The codes normalise (pipeline/dates.py, pipeline/normalise.py) gives a row's date.
DATE_SPECIFIC = ("period", "month_first", "impossible_date", "relative_date", "no_year",
                 "several_dates", "unreadable", "missing_date", "redacted")

_KINDS = (
    # -- dates and times, from the normalise stage -------------------------------------
    Kind("missing_date", E, "The date cell is empty and no dated row above it in the same table "
         "could be carried down.",
         "{where}: the date is missing; please write the date as dd-mm-yyyy, or "
         "'not known'."),
    Kind("unreadable", E, "The date cannot be read safely; the reason is given.",
         "{where}: '{date}' cannot be read as a date{reason}; please write it as dd-mm-yyyy, "
         "or 'not known'.", unless=("month_first", "impossible_date", "relative_date",
                                    "no_year", "several_dates")),
    Kind("month_first", E, "The date is written month first (04/13/2015); the template asks "
         "for day-month-year and the day and month are never swapped silently.",
         "{where}: '{date}' is written month first; please write {suggestion}."),
    Kind("impossible_date", E, "The date does not exist (31/02/2015).",
         "{where}: '{date}' is not a real date{reason}; please check it and write it as "
         "dd-mm-yyyy."),
    Kind("relative_date", E, "The date is relative ('last week', 'four days later'), so it "
         "cannot be placed in the chronology.",
         "{where}: '{date}' is not a date but relative to something else; please write the "
         "exact date as dd-mm-yyyy, or 'not known'."),
    Kind("no_year", E, "The date has no year ('5th May').",
         "{where}: '{date}' has no year; please write the full date as dd-mm-yyyy."),
    Kind("several_dates", E, "The date cell holds more than one date ('12th & 13th July "
         "2011'); each contact needs its own row.",
         "{where}: '{date}' holds more than one date; please give each contact its own row "
         "with its date as dd-mm-yyyy."),
    Kind("time_unreadable", E, "A time is written but it is no real time ('25:00'); no time "
         "was kept.",
         "{where}: the time in '{when}' is not a real time; please write it in 24-hour "
         "form, e.g. 14:30.", column="time"),
    Kind("time_conflict", E, "Two different times are given (in the date cell and the time "
         "cell, or two in one cell); no time was kept.",
         "{where}: '{when}' gives two different times; please write the one time of the "
         "contact in 24-hour form.", column="time"),
    Kind("weekday_mismatch", E, "The weekday written does not fall on the date written "
         "('Wednesday 5th May 2015'), so one of them is wrong.",
         "{where}: in '{date}' the weekday does not fall on that date; please check which is "
         "right and write the date as dd-mm-yyyy."),
    Kind("time_ambiguous", E, "The time has no am/pm and could be morning or afternoon "
         "('2.30').",
         "{where}: the time in '{when}' could be morning or afternoon; please write it in "
         "24-hour form, e.g. 14:30.", column="time"),
    Kind("future_date", E, "The date is after the day the pipeline ran.",
         "{where}: '{date}' is after today ({today}); please check the date."),
    Kind("period", W, "A period (month, year, season, or from one day to another) is "
         "given instead of a day; the template asks for exact dates. It is sorted at its "
         "start; no day is invented.",
         "{where}: '{date}' is a period, not a day; please give the exact date of each "
         "contact as dd-mm-yyyy, or write 'not known'."),
    Kind("date_carried", W, "The date cell is empty; the date of the row above in the same "
         "table was used.",
         "{where}: the date cell is empty, so the date of the row above ({read_as}) was "
         "used; please write the date in every row."),
    Kind("time_12h", W, "The time is written with am/pm; it was converted, but the template "
         "asks for 24-hour times.",
         "{where}: '{when}' gives the time with am/pm; please write it in 24-hour form "
         "({time24}).", column="time"),
    Kind("two_digit_year", W, "The year has two digits; it was read in the century ending "
         "this year.",
         "{where}: '{date}' has a two-digit year (read as {read_as}); please write the year "
         "in full (dd-mm-yyyy)."),
    Kind("outside_period", W, "The date lies outside the review period in case.toml (for a "
         "period: the whole period does).",
         "{where}: '{date}' is outside the review period ({period_from} to {period_to}); "
         "please check the date, or remove the row if it is not part of the review."),
    Kind("before_birth", W, "The date is before the subject's date of birth (case.toml). "
         "Entries from pregnancy may be right; the agency should say so.",
         "{where}: '{date}' is before the child was born; please check the date, and say "
         "in the comment if the entry is about the pregnancy."),
    Kind("approximate", W, "The date is marked approximate ('approx.', 'circa', 'mid-June').",
         "{where}: '{date}' is approximate; please give the exact date if it is known, or "
         "write 'not known'."),
    # -- Appendix 4 rules checked by the suites (expectations/) ------------------------
    Kind("not_exact_date", E, "The date is not an exact day-month-year and not 'not known' "
         "(Appendix 4: 'Include exact dates ... do not include periods of time').",
         "{where}: '{date}' is not an exact date; please write it as dd-mm-yyyy, or "
         "'not known'.", unless=DATE_SPECIFIC),
    Kind("time_not_24h", W, "The separate time cell is not a 24-hour time (Appendix 4: "
         "'Record times in 24-hour format').",
         "{where}: the time '{time}' is not in 24-hour form; please write it as HH:MM, "
         "e.g. 14:30.", column="time", unless=("time_12h", "time_ambiguous", "time_unreadable",
                                               "time_conflict")),
    Kind("contact_missing", E, "None of the three contact columns (child; parents/carers "
         "and family; inter/intra-agency communication) is filled.",
         "{where}: none of the contact columns (child; parents/carers and family; "
         "inter/intra-agency communication) is filled; please describe the contact.",
         column=""),
    Kind("source_missing", W, "The information source column is empty.",
         "{where}: the information source is not given; please say where the information "
         "comes from (for example the case file or the GP record).", column=""),
    Kind("staff_missing", W, "No staff initials are given (Appendix 4: 'List initial of "
         "those involved').",
         "{where}: no staff initials are given; please add the initials of those involved.",
         column=""),
    Kind("staff_not_in_id_list", W, "Staff initials are not explained by the staff ID list "
         "the agency returned (nor by case.toml's staff for that agency).",
         "{where}: the initials {unlisted} are not in your staff ID list; please add them to "
         "the list with the person's role.", column="staff"),
    Kind("exact_duplicate", W, "The row repeats an earlier row of the same return word for "
         "word; the repeat is left out of the merged chronology.",
         "{where} repeats row {repeats_row} word for word; the repeat was left out of the "
         "merged chronology. Delete it from the return.", alone=True),
    # -- the return as a whole ---------------------------------------------------------
    Kind("return_empty", E, "The return's chronology table holds no entries.",
         "{file}: the chronology table holds no entries; please fill in the template and "
         "send it again.", scope="return", column=""),
    Kind("header_agency_missing", W, "The 'Agency' field of the template's header block is "
         "empty (the agency was taken from the file name).",
         "{file}: the 'Agency' field at the top of the template is empty; please fill it in.",
         scope="return", column=""),
    Kind("header_date_missing", W, "The 'Date completed' field of the header block is empty.",
         "{file}: 'Date completed' at the top of the template is empty; please fill it in "
         "as dd-mm-yyyy.", scope="return", column=""),
    Kind("header_date_unreadable", W, "'Date completed' is not an exact date.",
         "{file}: 'Date completed' ('{date_completed}') is not an exact date; please write "
         "it as dd-mm-yyyy.", scope="return", column=""),
    Kind("header_person_missing", W, "The 'Name of person completing chronology' field is "
         "empty.",
         "{file}: 'Name of person completing chronology' at the top of the template is "
         "empty; please fill it in.", scope="return", column=""),
    Kind("staff_id_list_missing", W, "Staff initials are used but no separate staff ID list "
         "was returned (Appendix 4: 'provide a separate ID list').",
         "{file}: staff are named by initials but no staff ID list was returned; please add "
         "a table giving each set of initials with the person's role.",
         scope="return", column=""),
    Kind("agency_unmatched", W, "The return's agency is not one of case.toml's agencies or "
         "aliases; its rows are merged under the name as written.",
         "{file}: the agency '{agency}' is not one of this review's agencies; add it (or an "
         "alias) to case.toml if it belongs to the review.", scope="return", column=""),
    Kind("return_late", W, "The return was completed after the chronology due date in "
         "case.toml (Date completed as written, else the day it was received).",
         "{file}: {completed}, after the due date of {due}.",
         scope="return", column=""),
    Kind("tracked_changes", W, "The Word file holds tracked changes: insertions were read, "
         "deletions were not.",
         "{file}: the document holds tracked changes (insertions were read, deletions were "
         "not); please accept or reject all changes and send the return again.",
         scope="return", column=""),
    Kind("macros", W, "The file contains macros; they were never run.",
         "{file}: the file contains macros, which were not run; please save it as a plain "
         ".docx or .xlsx and send it again.", scope="return", column=""),
    Kind("hidden_sheet", W, "Chronology rows were read from an Excel sheet that is hidden; "
         "they are merged, but the agency may not have meant to send them.",
         "{file}: chronology rows are on a hidden sheet; please unhide it and check the "
         "rows belong in the return, or delete them.", scope="return", column=""),
    Kind("single_contact_column", W, "The return is not on the template: it has one "
         "narrative column instead of the template's three contact columns; its text is "
         "shown in the first contact column (child) of the merged chronology.",
         "{file}: the contacts are in one column instead of the template's three (child; "
         "parents/carers and family; inter/intra-agency communication); please use the "
         "Appendix 4 columns.", scope="return", column=""),
    Kind("return_missing", E, "No chronology has been received from an agency listed in "
         "case.toml.",
         "No chronology has been received from {agency}{due_note}; please chase the return.",
         scope="agency", column=""),
    # -- reported by other stages; listed so the README explains every code -------------
    Kind("unreadable_file", E, "A file in the case folder could not be read (wrong format, "
         "wrong password, damaged); the message names the fix.",
         "{file} could not be read.", scope="file", column=""),
    Kind("near_duplicate", W, "Two entries of one agency on one day are nearly the same; "
         "both are kept for the agency to confirm.",
         "{where} is nearly the same as another entry on the same day; please confirm "
         "whether they are one contact or two.", column=""),
    Kind("report_missing", W, "No agency report (Appendix 5) has been received from an "
         "agency whose report is due in case.toml.",
         "No agency report has been received from {agency}{due_note}.", scope="agency",
         column=""),
    Kind("report_section_missing", W, "An agency report lacks one of the Appendix 5 "
         "sections.", "{file}: a section of the agency report is missing.", scope="file",
         column=""),
    Kind("anonymisation_leak", E, "The overview draft or executive summary was not written: "
         "the leak check found an identifier from the case key in it, or the publication "
         "gate still found a word nothing explains (see anonymisation_report.xlsx).",
         "{file} was not written: the leak check found identifiers.", scope="file",
         column=""),
    Kind("decision_unreadable", W, "A line of anonymisation_report.xlsx has a Decision the "
         "merge cannot read; write keep redacted, restore, or replace with text.",
         "{file}: a Decision could not be read.", scope="file", column=""),
    Kind("overview_failed", E, "The overview draft could not be assembled from the agency "
         "reports.", "{file} could not be assembled.", scope="file", column=""),
    Kind("summary_failed", E, "The executive summary could not be assembled.",
         "{file} could not be assembled.", scope="file", column=""),
    Kind("output_locked", E, "An output holding what people typed (panel marks, RAG status, "
         "decisions) is open in another program; what was saved was read and the output "
         "was not replaced. Close it and run again.",
         "{file} is open in another program and was not replaced.", scope="file",
         column=""),
    Kind("output_missing", W, "An output the previous merge wrote is gone (deleted or "
         "moved), so what people typed into it could not be read back.",
         "{file} is missing; nothing typed into it could be read back.", scope="file",
         column=""),
    Kind("edits_unreadable", W, "A workbook people type into (an earlier output, a panel "
         "member's annotated copy) could not be read (wrong password, damaged, a key column "
         "deleted); save it again as .xlsx and run again.",
         "{file} could not be read back.", scope="file", column=""),
    Kind("relative_not_in_key", W, "The returns name a relative ('maternal grandmother') "
         "whom case.toml's family key has no one for; add them to the key if they belong to "
         "the family (anonymisation, genogram).",
         "A relative named in the returns is not in the family key.", scope="file",
         column=""),
    Kind("superseded_return", W, "A later return from the same agency replaces this one; "
         "its rows are not merged.",
         "{file} is replaced by a later return from {agency}.", scope="return", column=""),
    Kind("redacted", W, "The date has redaction marks in place of digits ('20xx', "
         "'**/03/2014'): only the parts written in full were read (a hidden day leaves the "
         "month, a hidden year leaves the date not known); a mark is never read as a digit.",
         "{where}: '{date}' has parts hidden by redaction marks; only the parts written in "
         "full were read. If the return was redacted by mistake, please send the dates in "
         "full (dd-mm-yyyy)."),
    # -- reading returns (ingest, merge/resubmit) -----------------------------------
    Kind("long_cell", W, "A cell holds more than one Excel cell can (32,767 characters); "
         "the entry is kept whole in the Word chronology and the CSV, and continued in "
         "further cells of the workbook.",
         "{where}: a cell holds more text than one spreadsheet cell can (32,767 characters); "
         "it is kept whole, but please check the entry and give each contact its own row.",
         column=""),
    Kind("not_a_return", W, "A file in the case folder holds no return (a covering letter, a "
         "paper, other data): a notice, not an error; it was not read, and the notice says "
         "what it looks like.",
         "{file} is not a return and was not read.", scope="file", column=""),
    Kind("two_returns", W, "Two returns from one agency hold different rows (parts of one "
         "return, or different teams), so both are merged; a later return replaces an "
         "earlier one only when it is its resubmission (it holds most of its rows, or says "
         "it is a new version).",
         "{file} and another return from {agency} hold different rows; both are merged. "
         "If one replaces the other, please say so ('Version 2') or withdraw the earlier.",
         scope="return", column=""),
    Kind("date_with_text", W, "The date cell holds a sentence that opens with the day ('On "
         "5.11.03 the evening before ...'): the day was read, the rest is kept as written "
         "and shown with it.",
         "{where}: the date cell '{date}' holds words as well as the date; please keep the "
         "date cell to the date (dd-mm-yyyy) and put the words in a contact column."),
)

CATALOGUE: dict[str, Kind] = {kind.code: kind for kind in _KINDS}

# The expectation severities of Great Expectations, for a board's own uncatalogued rule.
_GX_SEVERITY = {"critical": E, "warning": W, "info": W}


def kind_of(code: str, severity: str = "", template: str = "", explanation: str = "",
            scope: str = "row") -> Kind:
    """The catalogued kind of `code`; else one built from a suite's own words.

    `severity` ("critical"/"warning"/"info", as Great Expectations writes it), `template`
    and `explanation` come from the expectation's meta; a missing template gets a plain
    sentence naming the rule.
    """
    if code in CATALOGUE:
        return CATALOGUE[code]
    subject = {"row": "{where}", "agency": "{agency}"}.get(scope, "{file}")
    generic = subject + ": breaks the board's rule '" + code.replace("{", "").replace(
        "}", "") + "'; please check it."
    return Kind(code, _GX_SEVERITY.get(severity.lower(), W),
                explanation or f"The board's own rule '{code}' (see expectations/).",
                template or generic, scope=scope, column="" if scope != "row" else "date")


class Fields(dict):
    """Sentence fields; a field a template names but nobody gave reads as empty text.

    A subclass may compute a field on first use in `__missing__`.
    """

    def __missing__(self, key: str) -> object:
        return ""


def sentence(kind: Kind, fields: Mapping[str, object]) -> str:
    """The kind's sentence with `fields` filled in; unknown or missing fields are blank."""
    return kind.template.format_map(fields if isinstance(fields, Fields) else Fields(fields))


def markdown_table() -> str:
    """Every catalogued code as a Markdown table (code, severity, meaning) for the README."""
    lines = ["| code | severity | meaning |", "|---|---|---|"]
    for kind in sorted(_KINDS, key=lambda k: (k.severity is not E, k.scope, k.code)):
        meaning = kind.explanation.replace("|", "\\|")
        lines.append(f"| `{kind.code}` | {kind.severity.value} | {meaning} |")
    return "\n".join(lines)


class FindingOrder:
    """The one order of a run's findings, whichever stage made them.

    By input file, in the order the files were read; in a file, findings about the file
    as a whole first, then by table (in reading order) and row; in a row, in catalogue
    order. Findings about an agency and none of its files follow, in case.toml order,
    then those about outputs. Findings with the same key keep the order they came in.
    """

    def __init__(self, files: list[str], tables: list[tuple[str, str]], agencies: list[str]):
        self._files = {name: rank for rank, name in enumerate(dict.fromkeys(files))}
        self._tables = {where: rank for rank, where in enumerate(dict.fromkeys(tables))}
        self._agencies = {name: rank for rank, name in enumerate(agencies)}
        self._codes = {code: rank for rank, code in enumerate(CATALOGUE)}

    def key(self, finding: Finding) -> tuple[int, int, int, int, int]:
        code = self._codes.get(finding.code, len(self._codes))
        if finding.file in self._files:
            table = self._tables.get((finding.file, finding.table), -1)
            row = -1 if finding.row is None else finding.row
            return 0, self._files[finding.file], table, row, code
        if not finding.file:
            return 1, self._agencies.get(finding.agency, len(self._agencies)), 0, 0, code
        return 2, 0, 0, 0, code

    def sorted(self, findings: list[Finding]) -> list[Finding]:
        return sorted(findings, key=self.key)
