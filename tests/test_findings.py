"""The findings catalogue: every code has a severity, a meaning and a sentence that fills."""

from __future__ import annotations

import re
import string

from hypothesis import given
from hypothesis import strategies as st

from pipeline.findings import (
    CATALOGUE,
    FIELDS,
    Fields,
    kind_of,
    markdown_table,
    sentence,
)
from pipeline.model import Severity

# The codes pipeline/dates and pipeline/normalise document that they give a row.
NORMALISE_CODES = {
    "period", "approximate", "two_digit_year", "time_12h", "time_ambiguous",
    "time_unreadable", "time_conflict", "weekday_mismatch", "month_first",
    "impossible_date", "relative_date", "no_year", "several_dates", "unreadable",
    "date_carried", "missing_date", "future_date", "outside_period", "before_birth",
}


def template_fields(template: str) -> set[str]:
    """The field names a sentence template uses (read by the standard library's parser,
    not by the code that fills them)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def documented_codes(module_doc: str) -> set[str]:
    """Codes listed one a line ('  code   meaning') in a module docstring."""
    return set(re.findall(r"^\s{2}([a-z][a-z0-9_]+)\s{2,}", module_doc, re.M))


def test_every_code_the_date_stages_document_is_catalogued():
    import pipeline.dates
    import pipeline.normalise

    documented = documented_codes(pipeline.dates.__doc__) | documented_codes(
        pipeline.normalise.__doc__)
    assert len(documented) >= 15                 # the docstrings still list their codes
    assert documented - set(CATALOGUE) == set()
    assert NORMALISE_CODES - set(CATALOGUE) == set()


def test_every_kind_is_an_error_or_a_warning_with_words():
    for code, kind in CATALOGUE.items():
        assert kind.code == code
        assert kind.severity in (Severity.ERROR, Severity.WARNING)
        assert kind.explanation.endswith(".") and len(kind.explanation) > 20
        assert kind.scope in {"row", "return", "agency", "file"}


def test_templates_use_only_known_fields():
    for kind in CATALOGUE.values():
        assert template_fields(kind.template) <= FIELDS, kind.code
        if kind.scope == "row":
            assert kind.template.startswith("{where}"), kind.code


def test_sentence_fills_and_blanks_what_is_not_given():
    kind = CATALOGUE["month_first"]
    assert sentence(kind, {"where": "Row 14", "date": "04/13/2015",
                           "suggestion": "13-04-2015"}) == (
        "Row 14: '04/13/2015' is written month first; please write 13-04-2015.")
    assert sentence(kind, {}) == ": '' is written month first; please write ."


@given(st.dictionaries(st.sampled_from(sorted(FIELDS)), st.text(max_size=30)))
def test_any_field_values_fill_every_template(values):
    # Cell text (braces included) goes in as written and is never read as a template.
    for kind in CATALOGUE.values():
        text = sentence(kind, Fields(values))
        for name in template_fields(kind.template):
            assert values.get(name, "") in text


def test_an_uncatalogued_code_becomes_a_finding_kind():
    own = kind_of("comment_missing", "critical", "{where}: add a comment.")
    assert own.severity is Severity.ERROR
    assert sentence(own, {"where": "Row 3"}) == "Row 3: add a comment."
    plain = kind_of("board_rule", "info", scope="return")
    assert plain.severity is Severity.WARNING
    assert sentence(plain, {"file": "a.docx"}) == (
        "a.docx: breaks the board's rule 'board_rule'; please check it.")


def test_markdown_table_lists_every_code_errors_first():
    table = markdown_table().splitlines()
    assert table[0] == "| code | severity | meaning |"
    assert len(table) == 2 + len(CATALOGUE)
    severities = [line.split("|")[2].strip() for line in table[2:]]
    assert severities == sorted(severities)        # "error" before "warning"
    for code in CATALOGUE:
        assert any(line.startswith(f"| `{code}` |") for line in table)


def test_every_code_the_pipeline_or_the_suites_report_is_catalogued():
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    used: set[str] = set()
    for source in (root / "pipeline").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        used |= set(re.findall(r'Finding\(\s*"([a-z_]+)"', text))
        used |= set(re.findall(r'Finding\.at\(\s*\w+,\s*"([a-z_]+)"', text))
    for suite in (root / "expectations").glob("*.json"):
        used |= {e["meta"]["code"] for e in json.loads(suite.read_text())["expectations"]}
    assert {"unreadable_file", "exact_duplicate", "staff_missing", "return_missing"} <= used
    assert used - set(CATALOGUE) == set()
