"""genogram.png drawn from the family key: who is who in the family.

The usual symbols: a square for a male, a circle for a female, a diamond when case.toml
does not say; the subject child drawn with a double outline; a line below two partners
(with its dates; crossed by two strokes once it ended); a line from parents (or one
parent) down to their children; a dashed box round each household (people who live
with each other).
"""

from __future__ import annotations

import io
from collections import defaultdict

from pipeline.case import Person
from pipeline.case_panel import sex_of
from pipeline.drawing import matplotlib_parts

SIZE, GAP, LEVEL = 0.8, 3.4, 2.6       # symbol size, space between people, generation


def draw(family: list[Person], subject: str, title: str, pseudonyms: bool) -> bytes:
    """The genogram of `family` as PNG bytes, `subject` (a name) drawn as the subject
    child; with `pseudonyms`, nobody's name is on it."""
    parts = matplotlib_parts()
    people = {p.name: p for p in family}
    places = layout(family)
    figure = parts.Figure(figsize=(max(6.0, 2.0 * _width(places)), 1.6 + 1.8 * _depth(places)),
                    dpi=150)
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_aspect("equal")
    _households(axes, family, places, parts.patches)
    _partnerships(axes, family, places)
    _children(axes, family, places)
    for name, (x, y) in places.items():
        person = people[name]
        _symbol(axes, parts.patches, sex_of(person), x, y, subject=name == subject)
        axes.text(x + SIZE * 0.7, y, _label(person, pseudonyms), ha="left",
                  va="center", fontsize=7)
    xs = [x for x, _ in places.values()] or [0.0]
    ys = [y for _, y in places.values()] or [0.0]
    axes.set_xlim(min(xs) - 1.2, max(xs) + GAP)
    axes.set_ylim(min(ys) - 1.4, max(ys) + 1.2)
    axes.set_title(title, fontsize=10)
    axes.text(min(xs) - 1.0, min(ys) - 1.3, "Square male, circle female, diamond not "
              "known; double outline: the subject child.\nLine below two people: a "
              "partnership (// ended), with its dates; lines down from it: their children; "
              "dashed box: a household.", fontsize=6, va="top")
    out = io.BytesIO()
    figure.savefig(out, format="png", bbox_inches="tight")
    return out.getvalue()


def layout(people: list[Person]) -> dict[str, tuple[float, float]]:
    """name -> (x, y): a generation a row (parents above children, partners and siblings
    side by side), children under their parents."""
    generation = _generations(people)
    partners = _pairs(people, "partner_of")
    parents = _parents_of(people)
    rows: dict[int, list[str]] = defaultdict(list)
    for person in people:
        rows[generation[person.name]].append(person.name)
    places: dict[str, tuple[float, float]] = {}
    for level in sorted(rows):
        def above(name: str) -> float:
            xs = [places[p][0] for p in parents.get(name, ()) if p in places]
            mine = [places[q][0] for q in partners.get(name, ()) if q in places]
            return sum(xs) / len(xs) if xs else (sum(mine) / len(mine) if mine else 1e9)
        order: list[str] = []
        for name in sorted(rows[level], key=lambda n: (above(n), rows[level].index(n))):
            if name in order:
                continue
            order.append(name)
            order += [q for q in partners.get(name, ()) if q in rows[level] and q not in order]
        for index, name in enumerate(order):
            places[name] = (index * GAP, -level * LEVEL)
    return places


def _generations(people: list[Person]) -> dict[str, int]:
    generation = {p.name: 0 for p in people}
    parents = _parents_of(people)
    for _ in range(len(people) + 1):          # relax until nothing moves
        moved = False
        for person in people:
            for parent in parents.get(person.name, ()):
                if generation[person.name] < generation[parent] + 1:
                    generation[person.name], moved = generation[parent] + 1, True
            for kind in ("partner_of", "sibling_of"):
                for relation in person.relations:
                    if relation.kind == kind:
                        level = max(generation[person.name], generation[relation.other])
                        if generation[person.name] != level or \
                                generation[relation.other] != level:
                            generation[person.name] = generation[relation.other] = level
                            moved = True
        if not moved:
            break
    return generation


def _parents_of(people: list[Person]) -> dict[str, list[str]]:
    parents: dict[str, list[str]] = defaultdict(list)
    for person in people:
        for relation in person.relations:
            if relation.kind in ("mother_of", "father_of"):
                parents[relation.other].append(person.name)
    return parents


def _pairs(people: list[Person], kind: str) -> dict[str, list[str]]:
    """Each person's others by a symmetric relation (partner of, lives with)."""
    pairs: dict[str, list[str]] = defaultdict(list)
    for person in people:
        for relation in person.relations:
            if relation.kind == kind:
                for a, b in ((person.name, relation.other), (relation.other, person.name)):
                    if b not in pairs[a]:
                        pairs[a].append(b)
    return pairs


def _symbol(axes, patches, sex: str, x: float, y: float, *, subject: bool) -> None:
    half = SIZE / 2
    for scale in ((1.0, 0.78) if subject else (1.0,)):
        h = half * scale
        if sex == "male":
            shape = patches.Rectangle((x - h, y - h), 2 * h, 2 * h)
        elif sex == "female":
            shape = patches.Circle((x, y), h)
        else:
            shape = patches.Polygon([(x, y + h), (x + h, y), (x, y - h), (x - h, y)])
        shape.set(facecolor="white", edgecolor="black", linewidth=2.0 if subject else 1.2,
                  zorder=3)
        axes.add_patch(shape)


def _partnerships(axes, people: list[Person], places) -> None:
    drawn = set()
    for person in people:
        for relation in person.relations:
            pair = frozenset((person.name, relation.other))
            if relation.kind != "partner_of" or pair in drawn:
                continue
            drawn.add(pair)
            (x1, y1), (x2, _) = places[person.name], places[relation.other]
            low = y1 - SIZE / 2 - 0.35
            axes.plot([x1, x1, x2, x2], [y1 - SIZE / 2, low, low, y1 - SIZE / 2],
                      color="black", linewidth=1.2, zorder=1)
            middle = (x1 + x2) / 2
            if relation.end is not None:
                for dx in (-0.08, 0.08):
                    axes.plot([middle + dx - 0.1, middle + dx + 0.1], [low - 0.15, low + 0.15],
                              color="black", linewidth=1.2)
            when = " ".join(f"{word} {d:%m-%Y}" for word, d in
                            (("from", relation.start), ("to", relation.end)) if d is not None)
            if when:
                axes.text(middle, low + 0.08, when, ha="center", va="bottom", fontsize=6)


def _children(axes, people: list[Person], places) -> None:
    """A line from each set of parents (the middle of their partnership) to a bar over
    their children, and down to each child."""
    by_parents: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for child, parents in _parents_of(people).items():
        by_parents[tuple(sorted(parents))].append(child)
    for parents, children in by_parents.items():
        xs = [places[p][0] for p in parents]
        top = places[parents[0]][1] - SIZE / 2 - (0.35 if len(parents) > 1 else 0.0)
        x = sum(xs) / len(xs)
        bar = places[children[0]][1] + SIZE / 2 + 0.5
        child_xs = [places[c][0] for c in children]
        axes.plot([x, x], [top, bar], color="black", linewidth=1.2, zorder=1)
        axes.plot([min(child_xs + [x]), max(child_xs + [x])], [bar, bar], color="black",
                  linewidth=1.2, zorder=1)
        for cx in child_xs:
            axes.plot([cx, cx], [bar, bar - 0.5], color="black", linewidth=1.2, zorder=1)


def _households(axes, people: list[Person], places, patches) -> None:
    """A dashed box round each group of people who live with each other."""
    together = _pairs(people, "lives_with")
    seen: set[str] = set()
    for start in together:
        if start in seen:
            continue
        group, todo = set(), [start]
        while todo:
            name = todo.pop()
            if name not in group:
                group.add(name)
                todo += together[name]
        seen |= group
        xs = [places[n][0] for n in group]
        ys = [places[n][1] for n in group]
        axes.add_patch(patches.FancyBboxPatch(
            (min(xs) - 0.8, min(ys) - 0.8), max(xs) - min(xs) + 2.9, max(ys) - min(ys) + 1.7,
            boxstyle="round,pad=0.1", fill=False, linestyle="--", edgecolor="#3366AA",
            linewidth=1.0, zorder=0))
        axes.text(min(xs) - 0.75, max(ys) + 0.6, "household", fontsize=6, color="#3366AA")


def _label(person: Person, pseudonyms: bool) -> str:
    lines = [person.pseudonym if pseudonyms else person.name]
    if person.role and person.role != lines[0]:
        lines.append(person.role)
    if person.born and not pseudonyms:
        lines.append(f"b. {person.born:%d-%m-%Y}")
    return "\n".join(lines)


def _width(places) -> float:
    xs = [x for x, _ in places.values()] or [0.0]
    return (max(xs) - min(xs)) / GAP + 1


def _depth(places) -> float:
    ys = [y for _, y in places.values()] or [0.0]
    return (max(ys) - min(ys)) / LEVEL + 1
