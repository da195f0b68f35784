"""The publication gate's finders of named places: capitalised words before a street,
place or institution word, firms and places seen elsewhere in the document, and the
public bodies, legislation and tools whose names are public. Numbers, codes and dates
of birth are in gatenumbers.py."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.anonymise.gatespan import STOP, WORD, GateSpan, at_start, covered, words_of
from pipeline.anonymise.wordlists import TITLES, dictionary_word, fold, is_name, uk_places, zipf

PLACE_TYPES = frozenset("""Road Street Avenue Close Lane Drive Way Crescent Court Gardens
Place Terrace Grove Walk Rise Row Square Mews Parade Green Park Estate Heights Vale Croft
Meadow Meadows Hill Wharf Yard Cottages Cottage Bungalow Barn Mill Farmhouse Grange Flats
Tower Towers Lodge Manor House Farm Village Fold Chase Hollow Orchard Fields Gate View End
Mansions Buildings Rd Ave Ln Cl Cres Gdns Sq Ct Tce Pl School Academy Nursery Pre-School
Preschool Surgery Centre College Church Chapel Mosque Temple Gurdwara Playgroup
Practice Hub Club Clinic Refuge Hostel Library Arms Inn Tavern Assembly Tabernacle
Synagogue Fellowship Ministries""".split())
# Written in lower case after a name too ('the Lakes estate', 'Fenny road').
LOWER_TYPES = frozenset("estate road street lane avenue crescent terrace mews flats".split())
# The kinds of place that are institutions: the words before them may say only what kind
# ('Community Health Centre'); before a street word, every word names it ('Mill Walk').
INSTITUTIONS = frozenset("""School Academy Nursery Pre-School Preschool Surgery Centre
College Church Chapel Mosque Temple Gurdwara Playgroup Practice Hub Club Clinic Refuge Hostel
Library Assembly Tabernacle Synagogue Fellowship Ministries""".split())
# A local firm by the words of its trade ('Baltic Star Recruitment', 'Delfwick Produce'):
# where a parent works, or is placed by an agency, locates the family. National firms are
# on the lists (brands.txt, shops.txt).
# Not the words of a trade that name a service or a subject too ('Supported Employment',
# 'Fair Trading', 'New Construction', 'Military Personnel', 'Physical Properties').
BUSINESSES = frozenset("""Recruitment Recruiting Staffing Logistics Produce Packing Packers
Foods Haulage Taxis Cabs Cars Motors Builders Lettings Nails Salon Barbers Hairdressers
Valeting Carwash Takeaway Ltd Limited LLP Plc plc
Enterprises""".split())
# Trades that also name a subject ('Risk Management', 'Offender Management'): a firm's
# name only after three capitalised words or more ('Elite Pathway Sports Management').
TRADES = frozenset("Management Consultancy Consultants Associates Solutions Holdings".split())
TRADE_NAME_WORDS = 3
# A firm's field before its trade, left out of its short name ('Elite Pathway' of 'Elite
# Pathway Sports Management').
FIELDS = frozenset("Sports Sport Football Talent Property Events Security Media".split())
BUSINESS = "a local firm: where someone works"
NAMED_PLACE = "a named place"
# A named place's last word this common is no short name for it ('the Hill', 'the Star').
SHORT_NAME_BELOW = 4.5
# A congregation names its place of worship with 'of' inside ('Mountain of Mercy Assembly').
FAITH_PLACES = frozenset("Assembly Tabernacle Church Chapel Ministries Fellowship".split())
# A parish named by its dedication ('Our Lady of the Marshes', 'Our Lady and St Joseph'),
# with the school or church after it: where the family worships, as 'St Bede's Church' is.
DEDICATION = re.compile(r"\bOur[ \u00a0]+Lady[ \u00a0]+(?:of|and)(?:[ \u00a0]+(?:the|St\.?))?"
                        r"(?:[ \u00a0]+[A-Z][\w'’-]*)+")
PLACE_QUALIFIERS = frozenset("""Primary Junior Infant Infants Secondary High First Middle General
Upper Lower Community Medical Health Children's Family Day Pre Sixth Form Church CE RC
Catholic Methodist Baptist Free Special Grammar Group Village Leisure Urgent Treatment
Walk-in Walk-In Sexual Assault Referral Child Development Contact Youth Job Resource
Assessment Respite Mental Dental Maternity Birth Birthing Diagnostic Rehabilitation
Support Advice Drop-in Drop-In Sure Start Early Years Help Learning Central Women's Boxing
Football Sports Social""".split())


# An NHS body by its published name ('Milton Keynes University Hospital', 'Oxford Health
# NHS Foundation Trust', 'South Central Ambulance Service', a Welsh 'University Health
# Board', an 'Integrated Care Board'): a public service any family
# in a wide area may use, no more identifying than 'the hospital'.
_BODY_HEAD = (r"(?:Hospitals?|Infirmary|Hospice|NHS[ \u00a0]+(?:Foundation[ \u00a0]+)?Trust|"
              r"Ambulance[ \u00a0]+Services?|(?:University[ \u00a0]+|Teaching[ \u00a0]+)*"
              r"Health[ \u00a0]+Board|Integrated[ \u00a0]+Care[ \u00a0]+(?:Board|System)|"
              r"Clinical[ \u00a0]+Commissioning[ \u00a0]+Group)")
PUBLIC_BODY = re.compile(rf"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \u00a0]+(?:[A-Z][\w'’-]*|and|of|"
                         rf"for|&))*?[ \u00a0]+{_BODY_HEAD}(?:[ \u00a0]+NHS[ \u00a0]+"
                         rf"(?:Foundation[ \u00a0]+)?Trust)?(?:['’]s)?(?![\w'’-])")


# A tool or model by its published name ('Brook Traffic Light Tool', 'Common Assessment
# Framework'): capitalised words before one of these.
NAMED_TOOL = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \u00a0]+(?:[A-Z][\w'’-]*|and|of|"
                        r"for))+?[ \u00a0]+(?:Tool|Toolkit|Scale|Questionnaire|Framework|"
                        r"Matrix|Model|Approach|Profile|Inventory|Checklist|Pathway|"
                        r"Programme|Protocol)(?![\w'’-])")


# A law by its title and year ('Homelessness Reduction Act 2017', 'Family Procedure Rules
# 2010').
LEGISLATION = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:,?[ \u00a0]+(?:[A-Z][\w'’-]*|and|of|"
                         r"for|the|to|in|on|&|\([A-Z][\w'’-]*(?:[ \u00a0]+(?:[A-Z][\w'’-]*|and|"
                         r"of|for|the))*\)))*?[ \u00a0]+(?:Act|Regulations|Rules)[ \u00a0]+"
                         r"(?:1[89]|20)\d\d\b")
# A hospital's unit or a service's team of everyday words ('Paediatric Intensive Care
# Unit'), a condition by its description ('Postural Tachycardia Syndrome'), and an
# occasion ('Pancake Day', "St Patrick's Day", 'Sports Day').
_DEPARTMENT = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \u00a0]+(?:[A-Z][\w'’-]*|and|of|"
                         r"for|&))*?[ \u00a0]+(?:Unit|Ward|Department|Suite|Clinic|"
                         r"(?:Syndrome|Disease|Disorder)(?![ \u00a0]+[A-Z]))(?![\w'’-])")
_OCCASION = re.compile(r"(?<![\w'’-])(?:St\.?[ \u00a0]+[A-Z][a-z]+['’]s|[A-Z][\w'’-]*)"
                       r"(?:[ \u00a0]+[A-Z][\w'’-]*)?[ \u00a0]+(?:Day|Night|Eve|Week)(?![\w'’-])")
# A word at least this common in English that is on no list of names is an everyday
# word; strictly (before 'Ward'), one of no dictionary must be this common ('Puffin Ward';
# not 'Lem Ward', a boater called Lem: 'lem' is as common as 'puffin', but no English word).
_EVERYDAY = 2.0
_EVERYDAY_OUTSIDE_THE_DICTIONARY = 3.5
_PERSONAL_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})


_TITLED_PERSON = re.compile(r"(?:[A-Z][\w'’-]*[ \u00a0]+)*?(?P<title>[A-Z][a-z]*)[ \u00a0]+"
                            r"(?:[A-Z][\w'’-]*[ \u00a0]+)*?(?:of|for|and|&)[ \u00a0]+")


# Words that say a family lived somewhere, before the place ('a women's refuge in Wrexham',
# 'moved from Rhyl to Wrexham', 'the moves between Rhyl, Birkenhead and Wrexham'), and a
# council or service after it ('Wrexham County Borough Council').
_LIVED_BEFORE = re.compile(
    r"(?i:\b(?P<cue>lived|living|lives|resided|residing|housed|rehoused|moved|moves|moving|"
    r"relocated|settled|stayed|staying|returned|fled|grew[ \u00a0]+up|accommodat\w*|refuge|"
    r"hostel|flat|house|home|address|schools?|nursery|practitioners|agencies)\b)"
    r"(?:[ \u00a0]+[\w'’-]+){0,3}?[ \u00a0]+(?i:in|to|from|at|near|between)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:[A-Z][\w'’-]*(?:,|[ \u00a0]+and)?[ \u00a0]+)*$")
_COUNCIL_AFTER = re.compile(r"[ \u00a0]+(?:(?:County[ \u00a0]+Borough|Borough|City|County|"
                            r"Town|District)[ \u00a0]+)?Council\b|[ \u00a0]+Children['’]s"
                            r"[ \u00a0]+Services\b")


def lived_in(text: str) -> set[str]:
    """The folded words of the large places of data/uk_places.txt that `text` says a
    family lived in (or whose council or children's services it names): a large town is
    no one's alone, but not where the documents place the family."""
    found = set()
    for match in uk_places().finditer(text):
        lived = _LIVED_BEFORE.search(text, max(0, match.start() - 90), match.start())
        if lived and lived["cue"][:1].isupper() and not at_start(text, lived.start("cue")):
            lived = None        # 'at Lunar House in Croydon': a building's name, no home
        if lived or _COUNCIL_AFTER.match(text, match.end()):
            found |= {fold(w) for w in re.findall(r"[^\W\d_]+", match[0])
                      if w[:1].isupper() and len(w) >= 3}
    return found


def nhs_bodies(text: str) -> list[tuple[int, int]]:
    """(start, end) of each NHS body by its published name ('James Cook University
    Hospital'); a person named before it is not of it ('Mrs Jane Holloway of Holloway
    Hospital' holds 'Holloway Hospital')."""
    found = []
    for match in PUBLIC_BODY.finditer(text):
        start = match.start()
        while (person := _TITLED_PERSON.match(text, start, match.end())) and \
                person["title"] in TITLES:
            start = person.end()
        found.append((start, match.end()))
    return found


def public_bodies(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, its words) of each public name in `text` by its shape: an NHS body;
    a law and its year; a tool, a unit or an occasion whose words are everyday words but
    at most one ('Brook' of 'Brook Traffic Light Tool'; not 'Gemma Lund Tool'), or a
    saint's day. The caller still refuses any that holds a word of the key."""
    found = [(start, end, [w[0] for w in words_of(text[start:end])])
             for start, end in nhs_bodies(text)]
    found += [(m.start(), m.end(), [w[0] for w in words_of(m[0])])
              for pattern in (LEGISLATION, uk_places()) for m in pattern.finditer(text)]
    for match in NAMED_TOOL.finditer(text):
        words = [w[0] for w in words_of(match[0])]
        if sum(1 for w in words[:-1] if zipf(w.lower()) < 4.0) <= 1:
            found.append((match.start(), match.end(), words))
    for pattern in (_DEPARTMENT, _OCCASION):
        for match in pattern.finditer(text):
            words = [w[0] for w in words_of(match[0])]
            saint = words[0] == "St"
            # 'the Orchard Clinic' is named after its street, not its work.
            # 'Ward' is a surname too: before it, a word of no dictionary is a first name
            # ('Lem Ward', a boater), where 'Postural Tachycardia Syndrome' is medicine.
            strict = words[-1] == "Ward"
            if all(_everyday(w, strict) and not (pattern is _DEPARTMENT and w in PLACE_TYPES)
                   for w in words[2 if saint else 0:-1]):
                found.append((match.start(), match.end(), words))
    return found


def _everyday(word: str, strict: bool = False) -> bool:
    bare = re.sub(r"['’]s$", "", word)
    often = zipf(bare.lower())
    if bare in _PERSONAL_TITLES:
        return False            # 'Mr Ward' is a man, not a hospital's ward
    return not is_name(fold(bare)) and often >= _EVERYDAY and (
        not strict or often >= _EVERYDAY_OUTSIDE_THE_DICTIONARY
        or dictionary_word(bare.lower()))


# With 'the' and no name, a street every town has ('the Market Square').
GENERIC_STREETS = frozenset("High Main Market Church Station Town Village The".split())


def _the_before(text: str, start: int) -> bool:
    return bool(re.search(r"(?<!\w)[Tt]he[\s\u00a0]+$", text[max(0, start - 6):start]))


def firm_names(firm: str) -> set[str]:
    """What a local firm's name is written as alone ('Baltic Star' of 'Baltic Star
    Recruitment', 'Beacon' of 'Beacon Cars'), to look for elsewhere: its words before its
    trade and field, as one phrase in lower case (a suspect wherever it stands with
    capitals: gate.seen_firms finds a phrase, word_suspects a word)."""
    words = WORD.findall(firm)
    while words and words[-1] in BUSINESSES | TRADES | FIELDS:
        words.pop()
    if len(words) == 1 and zipf(words[0].lower()) >= SHORT_NAME_BELOW:
        return set()            # 'Star' of 'Star Taxis' is too common to look for alone
    return {" ".join(words).lower()} if words else set()


def short_names(place: str) -> set[str]:
    """What a named place or firm is called for short ('the Comrades' of 'Whinnyburn
    Comrades Club'): 'the' and the last word of its name before its kind, unless that
    word is a kind of place or a common word ('the Hill' of 'Castle Hill Surgery'), to
    look for elsewhere (gate.seen_firms finds it)."""
    words = WORD.findall(place)
    while words and words[-1] in PLACE_TYPES | INSTITUTIONS | BUSINESSES:
        words.pop()
    if len(words) < 2 or not words[-1][:1].isupper():
        return set()
    last = words[-1]
    if last in PLACE_QUALIFIERS | GENERIC_STREETS or zipf(last.lower()) >= SHORT_NAME_BELOW:
        return set()
    return {f"the {last.lower()}"}


@lru_cache(maxsize=8)
def _seen_patterns(seen_names: frozenset[str]) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """Each seen name of several words as a pattern (compiled once for the document's
    every paragraph), and whether it is a short name ('the Comrades')."""
    return tuple((re.compile(r"(?<![\w'’-])" + r"[ \u00a0]+".join(map(re.escape, p.split()))
                             + r"(?![\w-])", re.I), p.startswith("the "))
                 for p in sorted(seen_names) if " " in p)


def seen_firms(text: str, seen_names: frozenset[str]) -> list[GateSpan]:
    """The names of firms and places seen elsewhere in the document (firm_names,
    short_names), where `text` writes them with capitals ('the' apart)."""
    found = []
    for pattern, short in _seen_patterns(seen_names):
        for match in pattern.finditer(text):
            start = match.start() + (len(match[0]) - len(match[0].split()[-1]) if short else 0)
            if text[start].isupper():
                found.append(GateSpan(start, match.end(), "place", "a firm's or place's name "
                                      "seen elsewhere in the document"))
    return found


def places(text: str, allowed: list[tuple[int, int]]) -> list[GateSpan]:
    """Capitalised words before a place word ('Castle Hill Surgery', 'Juniper Walk'),
    joined with any suspect they hold into one place."""
    found = []
    words = words_of(text)
    for index, match in enumerate(words):
        business = match[0] in BUSINESSES or match[0] in TRADES
        if match[0] not in PLACE_TYPES and match[0] not in LOWER_TYPES and not business:
            continue
        first = index
        while first > 0:
            previous = words[first - 1]
            gap = text[previous.end():words[first].start()]
            if previous[0] == "of" and match[0] in FAITH_PLACES and first > 1 and \
                    first < index and words[first - 2][0][:1].isupper() and \
                    re.fullmatch(r"[\s\u00a0]+", gap):
                first -= 1              # 'Mountain of Mercy Assembly': over the 'of'
                continue
            if (not previous[0][:1].isupper() or previous[0].lower() in STOP
                    or not re.fullmatch(r"[\s\u00a0]+", gap)):
                break
            first -= 1
        # Before an institution a street's word names it too ('Park Surgery', 'the
        # Orchard Clinic'); only a word saying its kind does not ('Community Health').
        generic = ({"The"} if business
                   else PLACE_QUALIFIERS | INSTITUTIONS if match[0] in INSTITUTIONS
                   else GENERIC_STREETS if _the_before(text, words[first].start())
                   else {"High", "Main", "The"})
        named = [w for w in words[first:index] if w[0] not in generic]
        if not named or (match[0] in TRADES and len(named) < TRADE_NAME_WORDS):
            continue
        # 'the Lakes estate' keeps its word 'estate': only the name is the place.
        start = named[0].start()
        end = match.end() if match[0] in PLACE_TYPES or business else words[index - 1].end()
        if covered(allowed, start, end):
            continue
        found.append(GateSpan(start, end, "place", BUSINESS if business else NAMED_PLACE))
    return found + [GateSpan(m.start(), m.end(), "place", NAMED_PLACE) for m in
                    DEDICATION.finditer(text) if not covered(allowed, m.start(), m.end())]
