"""What the publication gate knows without the case: ordinary English (wordfreq's
frequency lists, lemminflect's dictionary of word forms), given names of many countries
(gender-guesser's name dictionary, with the shipped name lists), which are never ordinary
words inside a sentence, months and days, titles and ranks, and the shipped lists of
public names and vocabulary (data/*.txt). lexicon.py makes one case's allow-list and key
from them."""

from __future__ import annotations

import gzip
import importlib.util
import re
import statistics
import unicodedata
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

DATA = Path(__file__).parent / "data"
MONTHS = ("January February March April May June July August September October November "
          "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
DAYS = ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur "
        "Thurs Fri Sat Sun").split()
# A word this frequent in English is ordinary at the start of a sentence; written with a
# capital inside one it must be more frequent still, because names are frequent words too.
ORDINARY_AT_START = 2.5
ORDINARY_INSIDE = 3.5
# Endings taken off before a word is looked up ('Caseloads', 'Rebooked'): wordfreq lists
# word forms, and a rarer form of a common word is still ordinary.
_ENDINGS = ("'s", "’s", "s", "es", "ed", "ing", "ly")
# Clinical words ('Bronchiolitis', 'Haematoma', 'Rotavirus'): rare in English, never names.
CLINICAL = re.compile(r"(?:itis|oma|omas|osis|aemia|emia|algia|pathy|ectomy|otomy|ology|"
                      r"virus|viruses|coccus|cocci|rrhage|rrhages)$")
# Names on the names lists that are also everyday words: ordinary at a sentence's start.
WORD_NAMES = frozenset("""
will mark rose grace may june april august hope faith joy dawn amber summer bill pat sue
don ray art rob bob frank grant gene holly ivy jade ruby pearl lily daisy violet heather
robin eve sky rich chase hunter carter brown white green black young king wood hill baker
cook long short page bishop mason taylor wells price reed rice bell ball lane hall day
rose stone cross hunt bird field little bull hope fox ford west banks hart grey gray read
miles frost mann dale sharp hardy moss page wood woods marsh walker turner potter fisher
shepherd porter gardener gardner butler parsons noble cole lucas norman stanley dean
ward iris warren storm rain river autumn winter spring star crystal coral hazel fern willow
olive poppy jasmine clover blossom ginger honey candy sandy rusty dusty penny sunny misty
angel blessing precious destiny harmony melody serenity trinity liberty charity mercy
patience prudence felicity constance honour honor chance cash sterling major noble earl
duke prince knight bishop pope marshal sparrow finch wren swan lamb wolf bear buck hawk
raven crow drake heath glen glenn cliff rock rocky forest brook rush ash oak bay law gold
silver golden bond waters rivers pool booth house street snow gale hale lord young small
strong wise merry good chip chuck buddy sonny nick cherry peach sugar
""".split())
# A word of a name dictionary this frequent in English is an ordinary word too ('Will',
# 'Hope'): the dictionary alone does not make it a name.
NAME_DICTIONARY_BELOW = 4.0
# A word in capitals is English rather than a name when its frequency in English is this
# far (zipf) above its median in these languages: 'lone' 1.1; 'pedro', 'wang', 'kumar' 0.8
# or less.
ENGLISH_ABOVE_ELSEWHERE = 1.0
_OTHER_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da")
# Words an agency's name may hold without saying where it is.
GENERIC_PLACE_WORDS = frozenset("""school schools primary junior infant infants secondary
high academy nursery preschool pre-school playgroup surgery practice gp medical health
centre children's childrens family education college the of and c e ce rc""".split())
POLICE_RANKS = frozenset({"PC", "DC", "DS", "DI", "DCI", "DCS", "DSU", "PS", "PCSO", "SGT",
                          "Sgt", "Insp", "Supt", "ACC", "CC"})
TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Master", "Dr", "Doctor", "Prof",
                    "Professor", "Nurse", "Sister", "Cllr", "Councillor", "Rev", "Reverend",
                    "Judge", "HHJ", "Sir", "Dame", "Lady", "Lord", "Pastor", "Imam",
                    "Rabbi", "Bishop", "Canon", "Vicar", "Deacon", "Elder", "Apostle",
                    "Evangelist", "Prophet", "Sheikh", "Maulana", "Swami", "Giani",
                    "Qeshi", "Kesis", "Abuna", "Thầy",
                    *POLICE_RANKS})


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case without accents: 'Wiśniewski' and 'Wisniewski' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ł", "l")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """How common `word` is in English (wordfreq's Zipf scale: 0 unknown, 7 'the')."""
    return zipf_frequency(word, "en")


def _words_file(name: str) -> frozenset[str]:
    words = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.extend(fold(w) for w in line.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def name_dictionary() -> frozenset[str]:
    """gender-guesser's given names of many countries ('Wojciech', 'Nusrat', 'Florin'),
    folded."""
    # Only its data file (GNU Free Documentation License) is read, none of its code.
    spec = importlib.util.find_spec("gender_guesser")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line[:1] in "#=" or len(line) < 30:
            continue
        for name in line[3:29].strip().replace("-", "").split("+"):
            folded = name.lower() if name.isascii() else fold(name)
            if len(folded) >= 3 and folded.isalpha():
                names.add(folded)
    return frozenset(names)


@lru_cache(maxsize=1)
def _english_given_names() -> frozenset[str]:
    """The name dictionary's given names in use in Great Britain, Ireland or the U.S.A.
    (its first three frequency columns) and the shipped given names, folded."""
    spec = importlib.util.find_spec("gender_guesser")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    names = set(_words_file("first_names.txt"))
    for line in path.read_text(encoding="utf-8").splitlines():
        if line[:1] in "#=" or len(line) < 33 or not line[30:33].strip():
            continue
        for name in line[3:29].strip().replace("-", "").split("+"):
            names.add(name.lower() if name.isascii() else fold(name))
    return frozenset(names)


def given_name_in_english_use(folded: str) -> bool:
    return folded in _english_given_names()


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The English word forms of lemminflect's lexicon: nouns, verbs, adjectives and
    adverbs in lower case, no proper nouns ('gaunt', 'frost', 'smith'; not 'sadiq',
    'jones'). Only its data file is read: importing lemminflect imports spaCy when that
    is installed, a second's cost for a word list."""
    spec = importlib.util.find_spec("lemminflect")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lemma_lu.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return frozenset(line.split(",", 1)[0] for line in lines)


def dictionary_word(lowered: str) -> bool:
    """True when `lowered` is an English word of the dictionary, not only a name that
    English text holds often (wordfreq counts 'sadiq' and 'gaunt' alike)."""
    return lowered in _dictionary()


@lru_cache(maxsize=1)
def home_words() -> frozenset[str]:
    """The words of dialects and home languages English does not know ('clarty',
    'medaase', 'stór'), folded: data/home_words.txt."""
    return _words_file("home_words.txt")


@lru_cache(maxsize=1)
def kin_words() -> frozenset[str]:
    """The words families use for a relative as if it were a name ('Nain', 'Dadi'),
    folded: data/kin_words.txt (kinship.py says where the gate keeps them)."""
    return _words_file("kin_words.txt")


@lru_cache(maxsize=1)
def name_lists() -> frozenset[str]:
    """The shipped lists of common given names and surnames, folded."""
    return _words_file("first_names.txt") | _words_file("surnames.txt")


@lru_cache(maxsize=200_000)
def is_name(folded: str) -> bool:
    """True when the folded word is a given name or surname: on the shipped lists, or in
    the name dictionary and not an everyday English word too ('Will', 'Hope')."""
    return folded in name_lists() or (folded in name_dictionary()
                                       and zipf(folded) < NAME_DICTIONARY_BELOW)


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """data/nationalities.txt's, cities.txt's and world_cities.txt's entries folded
    ('lithuania', 'south sudan', 'lagos'): a country, a nationality, a language or a large
    city abroad is shared by millions, so even in the key's addresses (a family's home
    abroad) it locates no one; so is its state or province ('Lagos State')."""
    lines = [line for name in ("nationalities.txt", "cities.txt", "world_cities.txt")
             for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    names = {fold(line.strip()) for line in lines if line.strip() and not line.startswith("#")}
    return frozenset(names | {f"{n} {kind}" for n in names
                              for kind in ("state", "province", "oblast", "region")})


@lru_cache(maxsize=1)
def shipped_terms() -> tuple[str, ...]:
    """The safeguarding vocabulary, inquiries, everyday capitalised terms, medicines,
    well-known hospitals (public services, as identifying as 'the hospital'), named
    conditions of child health, nationalities, countries and languages, capitals and
    large cities abroad, animal breeds, brands and products, the national names of
    public life (charities, reviews, systems, bodies, universities), the calendar's
    events, the named tools, devices and teams of child health and social work, the
    armed forces' ranks, units and bases abroad, the hymns, programmes, books and
    household names of everyday life, the UK's public bodies of a county or the nation
    (emergency services, regulators, helplines, charities, faith and youth bodies), the
    festivals and customs of the communities families come from, the people of the public
    record and public life (inquiries' subjects and chairs, sportspeople, musicians,
    royals, ministers), the programmes, interventions, assessment tools, helplines and
    charities of safeguarding, health, education and youth justice, the public names of
    Wales, Scotland, Ireland, Cornwall and Man in their languages, qualifications, the
    world's peoples, languages, faiths and regions, the transport operators, stations,
    airports and ports of the UK and Ireland, the secure estate (prisons, YOIs, secure
    children's homes), vehicles and machinery (farm, garden, workshop, vans, lorries,
    caravans, boats), the customs of Eastern Europe to Central Asia, and national services
    of several words."""
    lines = [line for name in ("safeguarding_terms.txt", "medicines.txt", "hospitals.txt",
                               "conditions.txt", "nationalities.txt", "cities.txt",
                               "breeds.txt", "brands.txt", "national_names.txt", "events.txt",
                               "clinical.txt", "military.txt", "culture.txt",
                               "uk_bodies.txt", "world_festivals.txt", "public_people.txt",
                               "celtic_public.txt", "qualifications.txt",
                               "interventions.txt", "peoples.txt", "transport.txt",
                               "justice_estate.txt", "machinery.txt",
                               "eastern_festivals.txt")
             for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    # A service of one word ('Brook') is kept only where it stands as the service
    # (context.service_in_use): allowed everywhere, it would hide a Ms Brook.
    # Nor a city abroad of one word ('Kawasaki', a surname too): context.city_in_use.
    lines += [line for name in ("national_services.txt", "world_cities.txt")
              for line in (DATA / name).read_text(encoding="utf-8").splitlines()
              if " " in line.strip()]
    return tuple(t.strip() for t in lines if t.strip() and not t.startswith("#"))


@lru_cache(maxsize=1)
def uk_places() -> re.Pattern[str]:
    """data/uk_places.txt as one regex, longest first; a one-word place that is also a
    name ('Preston') is left out."""
    lines = (DATA / "uk_places.txt").read_text(encoding="utf-8").splitlines()
    places = sorted({p.strip() for p in lines if p.strip() and not p.startswith("#")
                     and (" " in p.strip() or "-" in p or not is_name(fold(p.strip())))},
                    key=len, reverse=True)
    bodies = (r"[ \u00a0]+".join(re.escape(w) for w in p.split()) for p in places)
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(bodies)})(?:['’]s)?(?![\w'’-])")


@lru_cache(maxsize=1)
def _equivalents() -> dict[str, tuple[str, ...]]:
    """data/name_equivalents.txt: each given name, folded, with the forms it goes by."""
    table: dict[str, tuple[str, ...]] = {}
    for line in (DATA / "name_equivalents.txt").read_text(encoding="utf-8").splitlines():
        name, _, forms = line.partition(":")
        if forms and not line.startswith("#"):
            table[fold(name.strip())] = tuple(f.strip() for f in forms.split(",") if f.strip())
    return table


def name_equivalents(name: str) -> tuple[str, ...]:
    """The short forms and equivalents a full name's first name goes by ('Greg' for
    Grzegorz Wójcik), however it is accented."""
    words = name.split()
    return _equivalents().get(fold(words[0]), ()) if words else ()


_DASHED = re.compile(r"\\-")     # a hyphen as re.escape writes it: any dash matches


@lru_cache(maxsize=1)
def _fixed_phrases() -> re.Pattern[str]:
    """data/fixed_phrases.txt as one regex, longest first, capitals as written."""
    lines = (DATA / "fixed_phrases.txt").read_text(encoding="utf-8").splitlines()
    phrases = sorted({t.strip() for t in lines if len(re.split(r"[\s-]+", t.strip())) >= 2
                      and not t.startswith("#")}, key=len, reverse=True)
    bodies = (r"[\s\u00a0]+".join(_DASHED.sub(r"[-‐‑–—]", re.escape(w)) for w in p.split())
              for p in phrases)
    return re.compile(rf"(?<!\w)(?:{'|'.join(bodies)})(?:['’]s)?(?!\w)")


def fixed_phrases_in(text: str, key_words: frozenset[str]) -> list[tuple[int, int]]:
    """Where `text` holds a well-known fixed name ('Robin Hood', 'Peter Pan') with at most
    one word of the key in it: there a key first name is the phrase, not the person."""
    found = []
    for match in _fixed_phrases().finditer(text):
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", match[0])]
        if sum(w in key_words for w in words) <= 1:
            found.append((match.start(), match.end()))
    return found


def is_ordinary(word: str, *, at_start: bool) -> bool:
    """True when a capitalised `word` reads as an ordinary English word where it stands."""
    folded = fold(word)
    if is_name(folded):
        return at_start and folded in WORD_NAMES
    parts = word.split("-")
    if len(parts) > 1 and all(p[:1].isupper() and is_name(fold(p)) for p in parts):
        return False            # 'Mary-Kate', 'Jay-Jay': names joined, however common
    lowered = word.lower()
    forms = [lowered] + [lowered[:-len(e)] for e in _ENDINGS
                         if lowered.endswith(e) and len(lowered) - len(e) >= 4]
    if lowered.startswith("re") and len(lowered) >= 7:      # 'Rebooked', 'Reassessed'
        forms.append(lowered[2:])
    if len(lowered) >= 7 and CLINICAL.search(lowered) and zipf(lowered) >= 1.5:
        return True
    return max(zipf(f) for f in forms) >= (ORDINARY_AT_START if at_start else ORDINARY_INSIDE)


def is_ordinary_in_capitals(word: str) -> bool:
    """True when `word`, written in a run of capitals ('NO LONE VISITS'), reads as an
    ordinary word. Capitals say nothing there, so a word of the name dictionary is ordinary
    when it is frequent in English, not a given name in English use ('DAVID', 'SHARON'),
    and far more frequent in English than elsewhere: names travel between languages
    ('PEDRO', 'WANG'), English words do not ('LONE')."""
    if is_ordinary(word, at_start=True):
        return True
    folded = fold(word)
    if folded in _english_given_names() or zipf(folded) < ORDINARY_INSIDE:
        return False
    elsewhere = statistics.median(zipf_frequency(folded, lang) for lang in _OTHER_LANGUAGES)
    return zipf(folded) - elsewhere >= ENGLISH_ABOVE_ELSEWHERE
