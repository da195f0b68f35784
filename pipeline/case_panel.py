"""What case.toml tells the panel's outputs: the family's relations (for the genogram) and
the panel's own multi-agency recommendations (for the action plan register).

Relations are written on a person of the family key, naming the other person by the
name, an alias or the pseudonym the key gives them:

    [[people]]
    name = "Donna Smith"
    sex = "female"                              # optional; else read from the role
    mother_of = ["Kayla Smith", "Jayden Smith"]
    partner_of = [{ name = "Ryan Carter", from = "01-09-2014" }]
    lives_with = ["Kayla", "Jayden"]

`mother_of`, `father_of`, `partner_of` (with `from` and `to` dates, day-month-year, both
optional), `lives_with` and `sibling_of`; each a list of names, or of tables with `name`
(and dates). A recommendation is a `[[recommendations]]` section with `number` and `text`,
and optionally `action`, `lead`, `timescale`, `outcome`, `evidence`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.case import Person

RELATION_KINDS = ("mother_of", "father_of", "partner_of", "lives_with", "sibling_of")
PANEL_AGENCY = "Multi-agency (panel)"
_FEMALE = re.compile(r"\b(mother|mum|grandmother|sister|daughter|aunt|girl|woman|female|"
                     r"stepmother|niece|wife|girlfriend)\b", re.I)
_MALE = re.compile(r"\b(father|dad|grandfather|brother|son|uncle|boy|man|male|stepfather|"
                   r"nephew|husband|boyfriend)\b", re.I)


@dataclass(frozen=True)
class Relation:
    """`kind` (one of RELATION_KINDS) of the person named `other` (their key name)."""

    kind: str
    other: str
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class PanelRecommendation:
    number: str
    text: str
    action: str = ""
    lead: str = ""
    timescale: str = ""
    outcome: str = ""
    evidence: str = ""


def sex_of(person: Person) -> str:
    """"female", "male" or "" (not known): case.toml's `sex`, else the role's words."""
    if person.sex in ("female", "male"):
        return person.sex
    role = re.split(r"'s\s+", person.role)[-1]     # "Mother's partner": a partner
    if _FEMALE.search(role):
        return "female"
    if _MALE.search(role):
        return "male"
    return ""


def with_relations(people: list[Person], entries: list[dict]) -> list[Person]:
    """`people` with the sex and relations their case.toml sections give. Raises
    CaseError naming the field when a relation names nobody in the key."""
    from pipeline.case import CaseError, parse_dmy

    names = {}
    for person in people:
        for form in (person.name, person.pseudonym, *person.aliases):
            names.setdefault(form.strip().lower(), person.name)
    result = []
    for index, (person, entry) in enumerate(zip(people, entries, strict=True), start=1):
        where = f"people[{index}]."
        sex = str(entry.get("sex", "")).strip().lower()
        if sex not in ("", "female", "male"):
            raise CaseError(f"{where}sex: write \"female\" or \"male\", or leave it out.")
        relations = []
        for kind in RELATION_KINDS:
            value = entry.get(kind, [])
            if not isinstance(value, list):
                raise CaseError(f"{where}{kind}: must be a list, like {kind} = [\"Name\"].")
            for item in value:
                named = item.get("name", "") if isinstance(item, dict) else item
                other = names.get(str(named).strip().lower())
                if other is None or other == person.name:
                    raise CaseError(f"{where}{kind}: '{named}' is not another person of the "
                                    "family key; use the name, an alias or the pseudonym "
                                    "of a [[people]] section.")
                dates = item if isinstance(item, dict) else {}
                relations.append(Relation(
                    kind, other,
                    parse_dmy(dates["from"], f"{where}{kind}.from") if "from" in dates else None,
                    parse_dmy(dates["to"], f"{where}{kind}.to") if "to" in dates else None))
        result.append(replace(person, sex=sex, relations=tuple(relations)))
    return result


def recommendations(entries: list[dict]) -> list[PanelRecommendation]:
    """The panel's `[[recommendations]]`; raises CaseError for one without a number or
    text."""
    from pipeline.case import CaseError

    found = []
    for index, entry in enumerate(entries, start=1):
        values = {key: str(entry.get(key, "")).strip() for key in
                  ("number", "text", "action", "lead", "timescale", "outcome", "evidence")}
        for key in ("number", "text"):
            if not values[key]:
                raise CaseError(f"recommendations[{index}].{key} is missing; add {key} = "
                                "\"...\" to that [[recommendations]] section.")
        found.append(PanelRecommendation(**values))
    return found
