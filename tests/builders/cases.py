"""In-memory cases for tests (fictional): the demo case's folder, and the Cases the
validation and publication-gate tests start from (the merge tests' is
chronology_rows.case_for)."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path

from pipeline.case import Agency, Case, Person, StaffMember, load_case

DEMO = Path(__file__).resolve().parents[2] / "inputs" / "demo"
POLICE, CSC, HV = "Thames Valley Police", "Children's Social Care", "Health Visiting Service"
# The office's record of the day each return came (case_toml(drop=OFFICE_RECORD): none).
OFFICE_RECORD = ("received", "report_received")


def validation_case(root: Path, agencies: tuple[str, ...] = (POLICE,),
                    due: dt.date | None = dt.date(2016, 2, 15)) -> Case:
    """The validation tests' case: each agency's chronology due on `due`, a police
    officer in the case's staff list."""
    return Case(root=root, reference="TEST-2016-01", review="Serious Case Review",
                subject="Child X", period_from=dt.date(2014, 1, 1),
                period_to=dt.date(2015, 12, 31),
                agencies=[Agency(a, chronology_due=due) for a in agencies],
                people=[Person("Fictional Child", "Child X", "Child",
                               born=dt.date(2013, 9, 1))],
                staff=[StaffMember("Fictional Officer", "PC9", "Police Constable", POLICE)])


def gate_case() -> Case:
    """The publication gate's case: a family, a neighbour with a Polish name, agencies
    known by short names and one published under another."""
    return Case(
        root=Path("."), reference="G-1", review="Serious Case Review", subject="Child T",
        period_from=dt.date(2015, 1, 1), period_to=dt.date(2016, 12, 31),
        board="Wexfield Safeguarding Children Board",
        agencies=[Agency("Thames Valley Police", ("Police",)),
                  Agency("Larkspur Primary School", ("Larkspur", "School")),
                  Agency("Castle Hill Surgery", published_as="the GP practice")],
        people=[Person("Tia-Mae Ellery", "Child T", "Child", born=dt.date(2014, 5, 1),
                       address="Flat 4, 22 Heron Court, Bletchley, MK3 4HN"),
                Person("June Ellery", "Mother", "Mother"),
                Person("Jason Maddox", "Father", "Father", aliases=("Jase",)),
                Person("Łucja Dąbrowska", "Neighbour", "Neighbour")],
        staff=[StaffMember("Dawn Smith", role="Detective Sergeant"),
               StaffMember("Gary Hill", role="Health Visitor")])


def case_toml(*, agencies: list | None = None, agency_changes: dict | None = None,
              drop: tuple[str, ...] = (), **fields) -> str:
    """A case.toml's text: the demo's, changed by the keywords. `fields` replace top-level
    keys or whole lists of tables (people=[...], staff=[], panel=...), None leaving a key
    out; `agencies` replaces the agencies (a name alone or a table each);
    `drop` leaves these keys out everywhere (drop=("received",): no office record of any
    return); then `agency_changes` changes named agencies' keys ("name" renames one)."""
    data = tomllib.loads((DEMO / "case.toml").read_text(encoding="utf-8"))
    data.update(fields)
    if agencies is not None:
        data["agencies"] = [{"name": a} if isinstance(a, str) else a for a in agencies]
    data = _without(data, set(drop))
    for name, changes in (agency_changes or {}).items():
        (agency,) = [a for a in data["agencies"] if a["name"] == name]
        agency.update(changes)
    data = _without(data, set())
    scalars = {k: v for k, v in data.items() if not _is_tables(v)}
    lines = [f"{key} = {_toml(value)}" for key, value in scalars.items()]
    for key, tables in data.items():
        for table in tables if _is_tables(tables) else ():
            lines += ["", f"[[{key}]]"] + [f"{k} = {_toml(v)}" for k, v in table.items()]
    return "\n".join(lines) + "\n"


def write_case_toml(folder: Path, **changes) -> Path:
    """`folder` (made if need be) with a case.toml of case_toml(**changes) in it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "case.toml").write_text(case_toml(**changes), encoding="utf-8")
    return folder


def _is_tables(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _without(value: object, drop: set[str]) -> object:
    if isinstance(value, dict):
        return {k: _without(v, drop) for k, v in value.items()
                if k not in drop and v is not None}
    if isinstance(value, list):
        return [_without(v, drop) for v in value]
    return value


def _toml(value: object) -> str:
    """One TOML value: a string, number, boolean, list or inline table."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f'{_key(k)} = {_toml(v)}' for k, v in value.items()) + " }"
    raise TypeError(f"no TOML form for {value!r}")


def _key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() else json.dumps(key)


# A family key with every relation the genogram draws.
FAMILY = [
    {"name": "Amy Jones", "role": "Child", "pseudonym": "Child X"},
    {"name": "Beth Jones", "role": "Mother", "pseudonym": "Mother",
     "mother_of": ["Amy Jones", "Cal"],
     "partner_of": [{"name": "Dan Ray", "from": "01-01-2012", "to": "30-06-2014"}, "Ed Lee"],
     "lives_with": ["Child X", "Ed Lee"]},
    {"name": "Cal Jones", "aliases": ["Cal"], "role": "Brother", "pseudonym": "Sibling 1",
     "sibling_of": ["Child X"]},
    {"name": "Dan Ray", "role": "Father", "pseudonym": "Father", "father_of": ["Amy Jones"]},
    {"name": "Ed Lee", "role": "Mother's partner", "pseudonym": "Adult Male 1", "sex": "male"},
]


def case_with(tmp_path: Path, people: list[dict]) -> Case:
    """The demo case with `people` as its family key (and no staff or recommendations)."""
    return load_case(write_case_toml(tmp_path / "case", people=people, staff=None,
                                     recommendations=None))
