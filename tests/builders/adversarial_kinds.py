"""More of the adversarial corpus (tests/builders/adversarial.py): the ways of naming a
family that the held-back cases did not happen to hold, each sentence with what it
plants and its kind, and the parts of a document python-docx does not write (a text
box, a picture's alt text, a hyperlink's target). Every name, place and number is
invented."""

from __future__ import annotations

import random
import struct
import zlib

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu

ORDINARY_SURNAMES = {"Brown": "brown bread", "Wood": "a wood fire", "Baker": "a baker's shop",
                     "Hill": "up the hill", "Young": "young people", "Price": "the price of food",
                     "Rose": "a rose bush"}
BRACKET_NICKNAMES = ["Smiler", "Kaydz", "Bazza", "Chaz", "Tigger", "Olek"]
APOSTROPHE_NAMES = ["Siobhán O'Neill", "Francis D'Souza", "Aoife O’Connor", "Ciarán D'Arcy"]
RELATIVES = ["Sharon", "Precious", "Destiny", "Blessing", "Tracey", "Bernadette"]
FOREIGN = ["Wojciech Kamiński", "Florin Popescu", "Hodan Warsame", "Nusrat Bibi",
           "Thirumalai Selvam", "Abdirahman Farah", "Ionela Dumitrescu", "Tariq Mahmood"]
HOUSES = ["Rose Cottage", "Ivy House", "Beechwood Lodge", "Old Forge Cottage"]
OTHER_STREETS = ["Tavistock Road", "Bramble Close", "Station Rd", "Kingfisher Ave"]
OTHER_PLACES = ["Oakridge Academy", "St Aidan's CE Infant School", "Priory Lane Surgery",
                "Hazelwood Children's Centre", "Rainbow Tots Pre-School"]
PETS = ["Tyson", "Bruno", "Smudge", "Luna", "Rocky"]
ORDINARY = ["The plan was rated Amber at the review.", "Calpol and Sertraline were noted.",
            "Staff said the home was warm.", "Red/Amber/Green ratings were used."]


def _png() -> bytes:
    """A one-pixel PNG, written out chunk by chunk."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def more_fields(rng: random.Random, number: int) -> dict[str, str]:
    """The family's extra details for the sentences below."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    return {"ordinary_surname": rng.choice(sorted(ORDINARY_SURNAMES)),
            "bracket": rng.choice(BRACKET_NICKNAMES), "apostrophe": rng.choice(APOSTROPHE_NAMES),
            "relative": rng.choice(RELATIVES), "foreign": rng.choice(FOREIGN),
            "foreign2": rng.choice(FOREIGN), "house_name": rng.choice(HOUSES),
            "other_street": rng.choice(OTHER_STREETS), "other_place": rng.choice(OTHER_PLACES),
            "pet": rng.choice(PETS), "handle": f"@kid_{number}{rng.randrange(10, 99)}",
            "vehicle": f"{rng.choice(letters)}{rng.choice(letters)}{rng.randrange(10, 70)} "
                       + "".join(rng.choice(letters) for _ in range(3)),
            "mobile": f"+44 7700 9{rng.randrange(10000, 99999)}",
            "landline": f"(01908) 6{rng.randrange(10000, 99999)}",
            "nhs_plain": f"{rng.randrange(400, 999)}{rng.randrange(100, 999)}"
                         f"{rng.randrange(1000, 9999)}",
            "ni": f"Q{rng.choice('ABCEGHJ')} {rng.randrange(10, 99)} {rng.randrange(10, 99)} "
                  f"{rng.randrange(10, 99)} {rng.choice('ABCD')}",
            "reference": f"RX{rng.randrange(1000000, 9999999)}"}


def _dates_of(born: str) -> list[str]:
    day, month, year = (int(p) for p in born.split("/"))
    names = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
    return [f"{day}.{month}.{year % 100}", f"{names[month - 1]} {day}th, {year}",
            f"{year}-{month:02d}-{day:02d}", f"{day}th of {names[month - 1]} {year}"]


def more_sentences(f: dict[str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(sentence, [(identifier, kind)]) for the ways the first sentences do not cover."""
    child_first, child_last = f["child"].split()[0], f["child"].split(" ", 1)[1]
    partner_first = f["partner"].split()[0]
    surname = f["partner"].split()[-1]
    father_first, father_last = f["father"].split()[0], f["father"].split(" ", 1)[1]
    foreign_first = f["foreign2"].split()[0]
    initials = child_first[0] + child_last[0]
    dates = _dates_of(f["born"])
    postcode = f["postcode"]
    return [
        (f"{surname} said he would attend; {surname}'s van was outside. There was "
         f"{ORDINARY_SURNAMES[surname]} nearby.",
         [(surname, "ordinary_surname")]),
        (f"{child_first.upper()} {child_last.upper()} WAS NOT SEEN; {child_first.lower()} "
         f"was quiet.", [(child_first, "capitals"), (child_first.lower(), "lower_case")]),
        (f"{father_first} ({f['bracket']}) {father_last} and the {child_last}s moved.",
         [(f["bracket"], "nickname"), (father_first, "key_name")]),
        (f"{initials[0]} {initials[1]} and {initials[0]}.{initials[1]} are the child.",
         [(f"{initials[0]} {initials[1]}", "initials"),
          (f"{initials[0]}.{initials[1]}", "initials")]),
        (f"Her maternal aunt {f['relative']} and {f['apostrophe']} visited.",
         [(f["relative"], "relative"), (f["apostrophe"].split()[-1], "apostrophe")]),
        (f"{f['foreign']} and {f['foreign2']} raised concerns. {foreign_first} said so.",
         [(f["foreign"].split()[0], "foreign"), (f["foreign"].split()[-1], "foreign"),
          (f["foreign2"].split()[-1], "foreign"), (foreign_first, "foreign")]),
        (f"They moved to {f['house_name']}, then the flat above the chip shop on "
         f"{f['other_street']} ({postcode.replace(' ', '')}, {postcode.split()[1]}).",
         [(f["house_name"], "address"), (f["other_street"], "address"),
          (postcode.replace(" ", ""), "postcode"), (postcode.split()[1], "postcode")]),
        (f"{child_first}'s sister attended {f['other_place']}.",
         [(f["other_place"], "place")]),
        (f"Phones {f['mobile']} and {f['landline']}; NHS {f['nhs_plain']}; NI {f['ni']}; "
         f"hospital number {f['reference']}.",
         [(f[k], "number") for k in ("mobile", "landline", "nhs_plain", "ni", "reference")]),
        (f"Born {dates[0]} (also {dates[1]}, {dates[2]} and the {dates[3]}).",
         [(d, "date_of_birth") for d in dates]),
        (f"{partner_first} posted as {f['handle']}; his car, {f['vehicle']}, was seen. The "
         f"dog, {f['pet']}, barked.",
         [(f["handle"], "handle"), (f["vehicle"], "vehicle"), (f["pet"], "pet")]),
    ]


def add_text_box(document, text: str) -> None:
    """A VML text box holding `text`, anchored in a new paragraph."""
    box = parse_xml(
        f'<w:r {nsdecls("w", "v")}><w:pict><v:shape style="width:200pt;height:40pt">'
        f'<v:textbox><w:txbxContent><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
        f'</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    document.add_paragraph()._p.append(box)


def add_picture_with_alt_text(document, path, alt: str) -> None:
    """A one-pixel picture whose alt text is `alt`."""
    path.write_bytes(_png())
    document.add_picture(str(path), width=Emu(9525))
    properties = document.inline_shapes[-1]._inline.find(qn("wp:docPr"))
    properties.set("descr", alt)


def add_hyperlink(document, text: str, url: str) -> None:
    """A paragraph with a hyperlink to the external `url`."""
    paragraph = document.add_paragraph()
    rel = paragraph.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/"
                                   "2006/relationships/hyperlink", is_external=True)
    link = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel}"><w:r><w:t>{text}</w:t>'
                     f'</w:r></w:hyperlink>')
    paragraph._p.append(link)
