"""An adversarial corpus for anonymisation, built by code: families (all invented) named
every way real reports name people and places (and, in adversarial_kinds.py, the ways
the held-back cases did not hold), in every part of a Word document (body, table, text
box, header, footer, comment, properties, alt text, hyperlink), beside ordinary phrases
that must survive. `build_corpus` returns each family's case and document with what it planted.

    corpus = build_corpus(seed=3, families=8)
    for item in corpus: item.case, item.data, item.planted, item.ordinary
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from lxml import etree

from pipeline.case import Agency, Case, Person, StaffMember
from pipeline.ooxml.ns import qn
from pipeline.ooxml.parser import SAFE_XML
from tests.builders.adversarial_kinds import (
    ORDINARY as MORE_ORDINARY,
)
from tests.builders.adversarial_kinds import (
    ORDINARY_SURNAMES,
    add_hyperlink,
    add_picture_with_alt_text,
    add_text_box,
    more_fields,
    more_sentences,
)

FIRST = ["Kayleigh", "Jordan", "Tia-Mae", "Brandon", "Shannon", "Declan", "Chantelle",
         "Tyler", "Aaliyah", "Kacper", "Zofia", "Oluwaseun", "Précieuse", "Ryan", "Demi",
         "Jayden", "Leighton", "Kerry-Ann", "Mason", "Siân"]
SURNAMES = ["Pickersgill", "Okonjo", "Wiśniewska", "Thwaite", "Ferreira", "MacAulay",
            "Hennessy", "Quayle", "Brannigan", "Oyelaran", "Szymańska", "Tolputt",
            "Rowbotham", "Kowalczyk", "Ó Briain", "Dunmore"]
WORD_NAMES = ["June", "April", "May", "Hope", "Grace", "Mark", "Will", "Dawn", "Amber"]
NICKNAMES = ["Spider", "Tank", "Bubbles", "Moose", "Dex", "Tiny", "Ziggy", "Shorty"]
OUTSIDERS = ["Gwenllian Probyn", "Marek Zieliński", "Dolores Featherstone",
             "Ifeanyi Chukwu", "Rosalind Quartermaine", "Bartholomew Skene"]
STREETS = ["Heron Court", "Mill Walk", "Hatters Row", "Tanners Mews", "Orchard Close",
           "Sandpiper Way", "Kestrel Rise", "Cobbler's Yard"]
TOWNS = ["Wolverton", "Bletchley", "Stony Stratford", "Newport Pagnell"]
PLACES = ["Larkspur Primary School", "Little Acorns Nursery", "Castle Hill Surgery",
          "Brookside Children's Centre"]
ORDINARY = [
    "In {month} 2016 the core group met.", "DO NOT DISCLOSE THE ADDRESS TO ANY CALLER.",
    "DS and DC officers attended with a PC.", "The dog was a Jack Russell.",
    "The Victoria Climbié inquiry and Lord Laming's report were cited.",
    "The Crown Court heard the case.", "There was little hope of change.",
    "A bruise mark was seen on the arm.", "Working Together to Safeguard Children applies.",
    "A Section 47 enquiry began after the Child Protection Conference.",
    "The family spent Christmas with friends.", "The referral went to the MASH.",
]


@dataclass
class Planted:
    """One identifier as written, its kind and the part it was written in."""

    text: str
    kind: str
    part: str


@dataclass
class CorpusItem:
    case: Case
    data: bytes
    planted: list[Planted] = field(default_factory=list)
    ordinary: list[str] = field(default_factory=list)


def _family(rng: random.Random, number: int) -> dict[str, str]:
    first = rng.sample(FIRST, 4)
    surname, other = rng.sample(SURNAMES, 2)
    more = more_fields(rng, number)
    return {**more, "child": f"{first[0]} {surname}",
            "mother": f"{rng.choice(WORD_NAMES)} {surname}", "father": f"{first[1]} {other}",
            "partner": f"{first[2]} {more['ordinary_surname']}",
            "nickname": rng.choice(NICKNAMES), "outsider": rng.choice(OUTSIDERS),
            "street": rng.choice(STREETS), "town": rng.choice(TOWNS),
            "house": str(rng.randrange(2, 90)), "flat": str(rng.randrange(1, 9)),
            "postcode": f"MK{rng.randrange(1, 19)} {rng.randrange(1, 9)}"
                        f"{rng.choice('ABDEHJLNPQRSTUWXYZ')}{rng.choice('ABDEHJLNPQRSTUWXYZ')}",
            "place": rng.choice(PLACES), "staff": f"{first[3]} {rng.choice(SURNAMES)}",
            "phone": f"07700 9{rng.randrange(10000, 99999)}",
            "nhs": f"{rng.randrange(400, 999)} {rng.randrange(100, 999)} "
                   f"{rng.randrange(1000, 9999)}",
            "email": f"{first[1].lower()}{number}@example.net",
            "born": f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 12):02d}/2013"}


def _case(f: dict[str, str]) -> Case:
    address = f"Flat {f['flat']}, {f['house']} {f['street']}, {f['town']}, {f['postcode']}"
    born = dt.datetime.strptime(f["born"], "%d/%m/%Y").date()
    return Case(
        root=Path("."), reference="ADV-1", review="Serious Case Review", subject="Child A",
        period_from=dt.date(2015, 1, 1), period_to=dt.date(2016, 12, 31),
        agencies=[Agency("Thames Valley Police", ("Police",)),
                  Agency("Children's Social Care", ("CSC",)), Agency(f["place"])],
        people=[Person(f["child"], "Child A", "Child", born=born, address=address),
                Person(f["mother"], "Mother", "Mother", address=address),
                Person(f["father"], "Father", "Father"),
                Person(f["partner"], "Mother's partner", "Mother's partner")],
        staff=[StaffMember(f["staff"], role="Social Worker")])


def _initials(name: str) -> str:
    first, last = name.split()[0], name.split()[-1]
    parts = re.split("-", first)
    return ("-".join(p[0] for p in parts) if len(parts) > 1 else first[0]) + (
        "" if len(parts) > 1 else last[0])


def _sentences(f: dict[str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(sentence, [(identifier, kind)]) naming the family every way."""
    child_first, child_last = f["child"].split()[0], f["child"].split(" ", 1)[1]
    mother_first = f["mother"].split()[0]
    father_first, father_last = f["father"].split()[0], f["father"].split(" ", 1)[1]
    out_first, out_last = f["outsider"].split()
    plain = unicodedata.normalize("NFKD", father_last).encode("ascii", "ignore").decode()
    return [
        (f"{f['father']} ('{f['nickname']}') moved in; {f['nickname']} was not checked.",
         [(f["father"], "key_name"), (f["nickname"], "nickname")]),
        (f"{father_first} was known locally as '{f['nickname']}'.",
         [(father_first, "key_name"), (f["nickname"], "nickname")]),
        (f"Mrs {f['outsider']}, a neighbour, rang. {out_first} said she heard shouting.",
         [(f["outsider"], "not_in_key"), (out_first, "not_in_key")]),
        (f"{_initials(f['child'])} was seen alone; {child_first}'s room was cold.",
         [(_initials(f["child"]), "initials"), (child_first, "key_name")]),
        (f"{child_last.upper()}, {child_first} was registered by {mother_first}.",
         [(child_last, "key_name"), (child_first, "key_name"), (mother_first, "key_name")]),
        (f"The family lived at Flat {f['flat']}, {f['house']} {f['street']}, "
         f"{f['town']}, {f['postcode']}.",
         [(f["street"], "address"), (f["town"], "address"), (f["postcode"], "postcode")]),
        (f"Letters to {f['postcode'].split()[0]} were returned; {f['street']} was empty.",
         [(f["postcode"].split()[0], "postcode"), (f["street"], "address")]),
        (f"{f['place']} raised concerns about {child_first}.",
         [(f["place"], "agency_place"), (child_first, "key_name")]),
        (f"Mr {father_last} gave {f['phone']} and {f['email']}; NHS no. {f['nhs']}.",
         [(father_last, "key_name"), (f["phone"], "number"), (f["email"], "number"),
          (f["nhs"], "number")]),
        (f"DOB {f['born']}; {plain} (without accents) was on the police system.",
         [(f["born"], "date_of_birth"), (plain, "key_name")]),
        (f"{f['staff']} visited; {f['staff'].split()[0]} noted the smell of cannabis.",
         [(f["staff"], "key_name"), (f["staff"].split()[0], "key_name")]),
        (f"The mother's friend {out_last} and cousin Oksana stayed over.",
         [(out_last, "not_in_key"), ("Oksana", "not_in_key")]),
    ]


def _document(f: dict[str, str], rng: random.Random) -> tuple[bytes, list[Planted],
                                                                 list[str]]:
    document = Document()
    planted: list[Planted] = []
    sentences = _sentences(f) + more_sentences(f)
    ordinary = [o.format(month=f["mother"].split()[0] if f["mother"].split()[0] in
                         ("June", "April", "May") else "June") for o in ORDINARY]
    ordinary += [*MORE_ORDINARY, ORDINARY_SURNAMES[f["ordinary_surname"]]]
    for sentence, identifiers in sentences:
        document.add_paragraph(sentence)
        planted += [Planted(t, k, "word/document.xml") for t, k in identifiers]
    for text in ordinary[:-1]:
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Person", "Contact"
    table.cell(1, 0).text = f["partner"]
    table.cell(1, 1).text = f["phone"]
    planted += [Planted(f["partner"], "key_name", "word/document.xml")]
    split = document.add_paragraph("The worker met ")
    name = f["child"].split()[0]
    split.add_run(name[:3]).bold = True
    split.add_run(name[3:] + " at home.")
    planted.append(Planted(name, "key_name", "word/document.xml"))
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Report about {f['child']}"
    section.footer.paragraphs[0].text = f"Address: {f['house']} {f['street']}"
    planted += [Planted(f["child"], "key_name", "word/header1.xml"),
                Planted(f["street"], "address", "word/footer1.xml")]
    document.add_comment(split.runs[1], text=f"Ask {f['outsider']}", author=f["staff"],
                         initials="XX")
    planted += [Planted(f["outsider"], "not_in_key", "word/comments.xml"),
                Planted(f["staff"], "key_name", "word/comments.xml")]
    document.core_properties.title = f"About {f['mother']}"
    document.core_properties.author = f["staff"]
    planted += [Planted(f["mother"], "key_name", "docProps/core.xml")]
    add_text_box(document, f"Boxed note: {f['child']} at {f['house_name']}")
    planted += [Planted(f["child"], "key_name", "word/document.xml"),
                Planted(f["house_name"], "address", "word/document.xml")]
    with tempfile.TemporaryDirectory() as folder:
        add_picture_with_alt_text(document, Path(folder) / "p.png", f"Photo of {f['mother']}")
    planted.append(Planted(f["mother"], "key_name", "word/document.xml"))
    surname = f["partner"].split()[-1]
    add_hyperlink(document, "profile", f"https://example.com/{surname.lower()}.{rng.randrange(9)}")
    planted.append(Planted(surname.lower(), "url", "word/_rels/document.xml.rels"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), planted, ordinary


def build_corpus(seed: int = 1, families: int = 8) -> list[CorpusItem]:
    """`families` invented families, each with its case key and a document naming it."""
    rng = random.Random(seed)
    corpus = []
    for number in range(families):
        family = _family(rng, number)
        data, planted, ordinary = _document(family, rng)
        corpus.append(CorpusItem(_case(family), data, planted, ordinary))
    return corpus


def _pattern(text: str) -> re.Pattern[str]:
    """The identifier as written, or in capitals ('Hope', 'HOPE'; not 'little hope')."""
    return re.compile(rf"(?<![\w])(?:{re.escape(text)}|{re.escape(text.upper())})(?![\w])")


def left_in(text: str, planted: list[Planted], ordinary: list[str] = ()) -> list[Planted]:
    """The planted identifiers still written in `text`, outside the `ordinary` phrases
    ('In June 2016' keeps a month, not the mother June)."""
    for phrase in ordinary:
        text = text.replace(phrase, "")
    return [p for p in planted if _pattern(p.text).search(text)]


def lost_from(text: str, ordinary: list[str]) -> list[str]:
    """The ordinary phrases no longer in `text`."""
    return [o for o in ordinary if o not in text]


def part_texts(data: bytes) -> dict[str, str]:
    """Every word a reader of the .docx could find, by part: each paragraph's runs
    joined, every other element's text and every attribute, in every XML part, but the
    names of fonts and languages: the theme Word ships names a font for each script
    ('Euphemia', for Canadian syllabics) and its settings the East Asian language ('ja-JP'),
    which are no one's name or initials whoever the key holds; nor are the theme's script
    codes (script="Hang", Hangul), nor the hex bytes of colours, tints and shades
    (w:themeShade="CC"), nor the styles' sort order (w:uiPriority="62": a house number
    written alone is no one's address there)."""
    pieces: dict[str, list[str]] = {}
    archive = zipfile.ZipFile(io.BytesIO(data))
    for name in archive.namelist():
        if not name.endswith((".xml", ".rels")):
            continue
        root = etree.fromstring(archive.read(name), SAFE_XML)
        found = pieces.setdefault(name, [])
        for p in root.iter(qn("w:p")):
            found.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
        for element in root.iter():
            if isinstance(element.tag, str) and element.tag != qn("w:t") and element.text:
                found.append(element.text)
            if isinstance(element.tag, str):
                found += [value for name, value in element.attrib.items()
                          if not _font_language_or_colour(element, name)]
    return {name: "\n".join(found) for name, found in pieces.items()}


def _font_language_or_colour(element: etree._Element, attribute: str) -> bool:
    """A theme's typeface, a run's fonts, the font table's names; a run's languages and
    the theme's (w:lang, w:themeFontLang: 'en-GB', 'ja-JP')."""
    tag, name = etree.QName(element).localname, etree.QName(attribute).localname
    return name in _COLOURS or name in ("typeface", "uiPriority") or tag in (
        "rFonts", "lang", "themeFontLang", "uiPriority") or (
        tag == "font" and name in ("name", "script"))


# The attributes of WordprocessingML that hold a colour or its tint or shade, in hex.
_COLOURS = frozenset({"color", "fill", "themeTint", "themeShade", "themeFillTint",
                      "themeFillShade"})


def document_text(data: bytes) -> str:
    """Every part's text (part_texts) in one."""
    return "\n".join(part_texts(data).values())
