"""Anonymisation of the overview draft and executive summary (issue 7, SPEC.md).

`Anonymiser.for_case` expands the case key; `anonymise_docx` rewrites every part of a
finished .docx; `leak_check` re-reads it and returns what is left (part and kind only).
"""

from pipeline.anonymise.docxparts import Leak, Replacement, anonymise_docx, leak_check
from pipeline.anonymise.text import Anonymiser, staff_labels

__all__ = ["Anonymiser", "Leak", "Replacement", "anonymise_docx",
           "leak_check", "staff_labels"]
