"""case.toml -> a typed `Case`; a wrong or missing field raises `CaseError` naming it."""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import case_panel

CASE_FILE = "case.toml"
# Panel members' annotated copies of the chronology workbook: read back, never returns.
PANEL_FOLDER = "panel"
DEFAULT_GAP_DAYS = 90   # see README: a quarter with no contact is worth the panel's question
DEFAULT_BOARD = "Local Safeguarding Children Board"   # when case.toml names no board
_DMY = re.compile(r"^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$")


class CaseError(Exception):
    """case.toml cannot be used; the message names the field and the fix."""


@dataclass(frozen=True)
class Agency:
    name: str
    aliases: tuple[str, ...] = ()
    chronology_due: dt.date | None = None
    report_due: dt.date | None = None
    published_as: str = ""     # its name in published documents (case.toml)
    received: dt.date | None = None          # the office's own record of the chronology
    report_received: dt.date | None = None   # ... and of the agency report
    due_notes: tuple[str, ...] = ()          # how due dates not in case.toml were derived

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def locates(self) -> bool:
        """True when the agency's name says where the family lives (a school, nursery,
        surgery or children's centre, in English or Welsh; a service of one site: a
        clinic, a hub, a youth or community centre, a refuge, a hostel, a children's
        home): published documents then name it by its kind."""
        return bool(self.published_as) or _kind_of_place(self.name) is not None

    @property
    def published(self) -> str:
        """How published documents name the agency: `published_as`, else its kind when
        its name locates the family ('the primary school'), else its name."""
        return self.published_as or _kind_of_place(self.name) or self.name


# Agencies whose names locate a family, and the kind that names them instead; the first
# that fits wins ('Oakfield Primary Academy' is a primary school).
_PLACE_KINDS = (
    # Welsh names first: 'Ysgol Gynradd' is a primary school, 'Cylch Meithrin' a nursery.
    (r"\bysgol\s+gynradd\b", "the primary school"),
    (r"\bysgol\s+uwchradd\b", "the secondary school"),
    (r"\b(?:cylch\s+meithrin|meithrinfa|ysgol\s+feithrin)\b", "the nursery"),
    (r"\bmeddygfa\b", "the GP practice"),
    (r"\bysgol\b", "the school"),
    (r"\bflying\s+start\b", "the Flying Start centre"),
    (r"\b(?:primary|junior|infants?|first)\b(?!\s+(?:care|mental|health|response))",
     "the primary school"),         # not a 'Primary Care Network', a 'First Response' team
    (r"\bcollege\b", "the college"),
    (r"\b(?:secondary|high\s+school|grammar|upper\s+school|academy)\b",
     "the secondary school"),
    (r"\b(?:nursery|pre-?school|playgroup|kindergarten|day\s+care)\b", "the nursery"),
    (r"\bchildren'?s\s+centre|family\s+centre\b", "the children's centre"),
    (r"\b(?:surgery|medical\s+(?:centre|practice)|health\s+centre|group\s+practice)\b",
     "the GP practice"),
    # A service for schools is no school: 'Health Visiting and School Nursing Service'.
    (r"\bschool\b(?!\s+(?:nurs\w*|health|age|readiness|admissions|transport|improvement))",
     "the school"),
    # Services of one site, named after their street or estate as often as not.
    (r"\bchildren'?s\s+home\b", "the children's home"),
    (r"\S\s+refuge\b|\brefuge\s+\S", "the refuge"),   # not 'Refuge', the national charity
    (r"\bhostel\b", "the hostel"),
    (r"\bclinic\b", "the clinic"),
    (r"\byouth\s+(?:hub|centre|club|project)\b", "the youth centre"),
    (r"\bcommunity\s+(?:hub|centre)\b", "the community centre"),
    (r"\bhub\b", "the hub"),
)


def _kind_of_place(name: str) -> str | None:
    for pattern, kind in _PLACE_KINDS:
        if re.search(pattern, name, re.IGNORECASE):
            return kind
    return None


@dataclass(frozen=True)
class Person:
    name: str
    pseudonym: str
    role: str = ""
    aliases: tuple[str, ...] = ()
    born: dt.date | None = None
    address: str = ""
    sex: str = ""                     # "female", "male" or "" (pipeline/case_panel.py)
    relations: tuple = ()             # case_panel.Relation: mother of, partner of...


@dataclass(frozen=True)
class StaffMember:
    name: str
    code: str = ""
    role: str = ""
    agency: str = ""


@dataclass(frozen=True)
class PanelMember:
    role: str
    agency: str = ""


@dataclass
class Case:
    root: Path
    reference: str
    review: str
    subject: str
    period_from: dt.date
    period_to: dt.date
    agencies: list[Agency] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    staff: list[StaffMember] = field(default_factory=list)
    gap_days: int = DEFAULT_GAP_DAYS
    password_in_file: str = ""
    board: str = DEFAULT_BOARD        # the board's name, for letters and document authors
    summary_dates: str = "month"      # "month": exact dates generalised in the summary
    panel: list[PanelMember] = field(default_factory=list)
    decision: dt.date | None = None       # the decision to hold the review
    notification: dt.date | None = None   # the serious incident notification
    chronology_due: dt.date | None = None   # for every agency without its own
    report_due: dt.date | None = None
    recommendations: list = field(default_factory=list)   # case_panel.PanelRecommendation

    @property
    def password(self) -> str:
        """case.toml's password, else $CASE_PASSWORD, else the reference (SPEC.md)."""
        return self.password_in_file or os.environ.get("CASE_PASSWORD") or self.reference

    @property
    def subject_born(self) -> dt.date | None:
        for person in self.people:
            if person.pseudonym == self.subject or person.role.lower() == "child":
                return person.born
        return None

    def agency_order(self, name: str) -> int:
        """Position of an agency in case.toml; unknown agencies sort after all known ones."""
        for index, agency in enumerate(self.agencies):
            if agency.name == name:
                return index
        return len(self.agencies)

    def match_agency(self, written: str) -> Agency | None:
        """The case agency a return's own wording names, or None."""
        wanted = _simplify(written)
        if not wanted:
            return None
        for agency in self.agencies:
            if any(_simplify(n) == wanted for n in agency.names):
                return agency
        # "Thames Valley Police - Child Abuse Investigation Unit" still names the police.
        for agency in sorted(self.agencies, key=lambda a: -max(len(n) for n in a.names)):
            for name in sorted(agency.names, key=len, reverse=True):
                simple = _simplify(name)
                if len(simple) >= 3 and re.search(rf"\b{re.escape(simple)}\b", wanted):
                    return agency
        return None


def _simplify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def parse_dmy(value: object, field_name: str) -> dt.date:
    """A case.toml date written day-month-year ('15-02-2016')."""
    if isinstance(value, dt.date):
        return value
    match = _DMY.match(str(value)) if isinstance(value, str) else None
    if not match:
        raise CaseError(f"{field_name}: '{value}' is not a date written day-month-year; "
                        f"write it like \"15-02-2016\".")
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CaseError(f"{field_name}: '{value}' is not a real date; check the day and "
                        f"month (day first: \"15-02-2016\").") from None


def load_case(case_dir: Path) -> Case:
    """Read `case_dir/case.toml`. Raises CaseError with one clear message."""
    path = case_dir / CASE_FILE
    if not case_dir.is_dir():
        raise CaseError(f"No case folder {case_dir}; create it and put case.toml and the "
                        f"returned files in it.")
    if not path.is_file():
        raise CaseError(f"{path} is missing; copy inputs/demo/case.toml into the case folder "
                        f"and fill in the reference, period and agencies.")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CaseError(f"{path} is not valid TOML ({exc}); compare it with "
                        f"inputs/demo/case.toml.") from None
    return _case_from(data, case_dir)


def _text(data: dict, key: str, where: str, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise CaseError(f"{where}{key}: must be text in quotes, like {key} = \"...\".")
    if required and not value.strip():
        raise CaseError(f"{where}{key} is missing; add {key} = \"...\" to case.toml.")
    return value.strip()


def _aliases(data: dict, where: str) -> tuple[str, ...]:
    value = data.get("aliases", [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CaseError(f"{where}aliases: must be a list of names, like aliases = [\"A\", \"B\"].")
    return tuple(v.strip() for v in value if v.strip())


def _optional_date(data: dict, key: str, where: str) -> dt.date | None:
    return parse_dmy(data[key], f"{where}{key}") if key in data else None


def _tables(data: dict, key: str) -> list[dict]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise CaseError(f"{key}: write each one as a [[{key}]] section.")
    return value


def _period(data: dict) -> tuple[dt.date, dt.date]:
    period = data.get("period")
    if not isinstance(period, dict) or "from" not in period or "to" not in period:
        raise CaseError('period is missing; add period = { from = "01-01-2014", '
                        'to = "31-12-2015" } to case.toml.')
    period_from = parse_dmy(period["from"], "period.from")
    period_to = parse_dmy(period["to"], "period.to")
    if period_to < period_from:
        raise CaseError("period: 'to' is before 'from'; swap them.")
    return period_from, period_to


def _agencies(data: dict) -> list[Agency]:
    agencies = []
    for i, entry in enumerate(_tables(data, "agencies"), start=1):
        where = f"agencies[{i}]."
        agencies.append(Agency(
            name=_text(entry, "name", where),
            aliases=_aliases(entry, where),
            chronology_due=_optional_date(entry, "chronology_due", where),
            report_due=_optional_date(entry, "report_due", where),
            published_as=_text(entry, "published_as", where, required=False),
            received=_optional_date(entry, "received", where),
            report_received=_optional_date(entry, "report_received", where),
        ))
    if not agencies:
        raise CaseError("agencies: none listed; add one [[agencies]] section with name = "
                        "\"...\" for each agency asked for a return.")
    return agencies


def _people(data: dict) -> list[Person]:
    people = []
    for i, entry in enumerate(_tables(data, "people"), start=1):
        where = f"people[{i}]."
        people.append(Person(
            name=_text(entry, "name", where),
            pseudonym=_text(entry, "pseudonym", where),
            role=_text(entry, "role", where, required=False),
            aliases=_aliases(entry, where),
            born=_optional_date(entry, "born", where),
            address=_text(entry, "address", where, required=False),
        ))
    return people


def _staff(data: dict) -> list[StaffMember]:
    staff = []
    for i, entry in enumerate(_tables(data, "staff"), start=1):
        where = f"staff[{i}]."
        staff.append(StaffMember(
            name=_text(entry, "name", where),
            code=_text(entry, "code", where, required=False),
            role=_text(entry, "role", where, required=False),
            agency=_text(entry, "agency", where, required=False),
        ))
    return staff


def _summary_dates(data: dict) -> str:
    summary_dates = _text(data, "summary_dates", "", required=False) or "month"
    if summary_dates not in ("month", "exact"):
        raise CaseError('summary_dates: must be "month" (dates in the executive summary '
                        'shown as month and year) or "exact".')
    return summary_dates


def _gap_days(data: dict) -> int:
    gap_days = data.get("gap_days", DEFAULT_GAP_DAYS)
    if not isinstance(gap_days, int) or isinstance(gap_days, bool) or gap_days < 1:
        raise CaseError("gap_days: must be a whole number of days, like gap_days = 90.")
    return gap_days


def _case_from(data: dict, root: Path) -> Case:
    reference = _text(data, "reference", "")
    period_from, period_to = _period(data)
    agencies = _agencies(data)
    people = case_panel.with_relations(_people(data), _tables(data, "people"))
    staff = _staff(data)
    panel = [PanelMember(role=_text(entry, "role", f"panel[{i}]."),
                         agency=_text(entry, "agency", f"panel[{i}].", required=False))
             for i, entry in enumerate(_tables(data, "panel"), start=1)]
    summary_dates = _summary_dates(data)
    gap_days = _gap_days(data)
    case = Case(
        root=root,
        reference=reference,
        review=_text(data, "review", "", required=False) or "Serious Case Review",
        subject=_text(data, "subject", "", required=False) or "Child X",
        period_from=period_from,
        period_to=period_to,
        agencies=agencies,
        people=people,
        staff=staff,
        gap_days=gap_days,
        password_in_file=_text(data, "password", "", required=False),
        board=_text(data, "board", "", required=False) or DEFAULT_BOARD,
        summary_dates=summary_dates,
        panel=panel,
        decision=_optional_date(data, "decision", ""),
        notification=_optional_date(data, "notification", ""),
        chronology_due=_optional_date(data, "chronology_due", ""),
        report_due=_optional_date(data, "report_due", ""),
        recommendations=case_panel.recommendations(_tables(data, "recommendations")),
    )
    from pipeline.lifecycle.clock import fill_due_dates

    fill_due_dates(case)
    return case
