"""The gate's verdict on a finished document: suspects replaced (in the overview draft,
what replaced them is highlighted for the author, and a word no list knows is highlighted
instead), the officer's decisions applied, and what still stops the document being
written."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from pipeline.anonymise.decisions import GATE, REPLACE, RESTORE, Decisions
from pipeline.anonymise.gatedocx import LEFT, Suspect, check_docx, publish_docx
from pipeline.anonymise.lexicon import Lexicon
from pipeline.case import Case

RESTORED = "restored by decision"
STILL_FOUND = "still found once the rest was replaced: the document is not written"


@dataclass
class Verdict:
    """`data` as the gate left it; `suspects` each with what was done (for the report);
    `blocking` what the gate still finds there, which stops publication (listed too)."""

    data: bytes
    suspects: list[Suspect] = field(default_factory=list)
    blocking: list[Suspect] = field(default_factory=list)


def gate_document(data: bytes, case: Case, *, document: str, mode: str,
                  decisions: Decisions | None = None, sources: list[str] = ()) -> Verdict:
    """Run the gate on a finished (plain) .docx in `mode` ("replace" or "mark"),
    then check the result again: anything found then, other than words the officer
    restored, is blocking. `sources` are the texts the document was made from."""
    lexicon = Lexicon.for_case(case)

    def decide(suspect: Suspect) -> tuple[str, str] | None:
        if decisions is None:
            return None
        decision = decisions.get(document, GATE, suspect.part, suspect.text, suspect.context)
        if decision is None or decision.choice not in (RESTORE, REPLACE):
            return (decision.choice, "") if decision else None
        return decision.choice, decision.text

    published, suspects = publish_docx(data, lexicon, mode=mode, decide=decide,
                                       sources=sources)
    suspects = [replace(s, document=document) for s in suspects]
    blocking = [replace(s, document=document, action=STILL_FOUND)
                for s in still_found(published, case, suspects, sources)]
    return Verdict(published, suspects, blocking)


def still_found(data: bytes, case: Case, suspects: list[Suspect], sources: list[str] = ()
                ) -> list[Suspect]:
    """What the gate finds in `data` that the officer did not restore by decision, nor
    the gate leave highlighted for the officer."""
    allowed = {(s.part, s.text) for s in suspects
               if s.action in (RESTORED, LEFT) and not s.from_key}
    return [s for s in check_docx(data, Lexicon.for_case(case), sources)
            if (s.part, s.text) not in allowed or s.from_key]
