"""A case folder of hostile and broken returns beside good ones (hostile.py builds each),
and what the report must say about each file."""

from __future__ import annotations

from pathlib import Path

from pipeline.protect import encrypt_office
from tests.builders.hostile import (
    BILLION_LAUGHS,
    CASE_TOML,
    PDF_BYTES,
    SECRET_MARKER,
    TEXT_BYTES,
    big_cell_docx,
    big_cell_xlsx,
    corrupt,
    docx_without_chronology,
    external_entity_dtd,
    good_docx,
    good_xlsx,
    legacy_doc,
    lying_zip_bomb,
    macro_xlsm,
    many_tags_xlsx,
    odt,
    quiet_zip_bomb,
    renamed_sheet_with_dtd,
    truncated,
    with_dtd,
    zip_bomb,
)

# What the report must say of each file (words in its message); "" = read and merged.
EXPECTED_REPORTS = {
    "good_health_visiting.xlsx": "",
    "good_police.docx": "",
    "macros_gp.xlsm": "",
    "big_cell.xlsx": "",
    "big_cell.docx": "",
    "bomb.xlsx": "zip bomb",
    "bomb_lying.docx": "damaged",
    "bomb_quiet.xlsx": "zip bomb",
    "many_tags.xlsx": "million XML tags",
    "xxe_sheet.xlsx": "DTD",
    "xxe_document.docx": "DTD",
    "xxe_styles.docx": "DTD",
    "xxe_props.xlsx": "DTD",
    "xxe_network.xlsx": "DTD",
    "xxe_utf16.xlsx": "DTD",
    "laughs.xlsx": "DTD",
    "xxe_renamed_part.xlsx": "DTD",
    "laughs_rels.docx": "DTD",
    "truncated.xlsx": "damaged",
    "corrupt.docx": "damaged",
    "empty.docx": "empty",
    "letter.docx": "not a Word",
    "scan.docx": "PDF",
    "old.doc": "97-2003",
    "old_named_new.docx": "97-2003",
    "minutes.odt": "OpenDocument",
    "other_password.xlsx": "password other than the case password",
    "no_chronology.docx": "no chronology",
    "link_outside.docx": "outside the case folder",
    "linked_folder": "outside the case folder",
}
# Files that open but hold no return: reported as a notice, not an error.
NOT_RETURNS = {"no_chronology.docx"}


def hostile_case(folder: Path, secret_file: Path, network_url: str) -> dict[str, str]:
    """Write a case folder of good and hostile returns; file -> words its report must hold.

    Good files map to "" (they must be read). `secret_file` is what the external
    entities name (it holds SECRET_MARKER); `network_url` what a network entity names.
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "case.toml").write_text(CASE_TOML)
    secret_file.write_text(SECRET_MARKER)
    xlsx, docx = good_xlsx(), good_docx()
    xxe = external_entity_dtd(secret_file.as_uri())
    files: dict[str, bytes] = {
        "good_health_visiting.xlsx": xlsx,
        "good_police.docx": docx,
        "macros_gp.xlsm": macro_xlsm(),
        "big_cell.xlsx": big_cell_xlsx(),
        "big_cell.docx": big_cell_docx(),
        "bomb.xlsx": zip_bomb(),
        "bomb_lying.docx": lying_zip_bomb(),
        "bomb_quiet.xlsx": quiet_zip_bomb(),
        "many_tags.xlsx": many_tags_xlsx(),
        "xxe_sheet.xlsx": with_dtd(xlsx, "xl/sharedStrings.xml", xxe, marker=b"Home visit"),
        "xxe_document.docx": with_dtd(docx, "word/document.xml", xxe, marker=b"Jolene"),
        "xxe_styles.docx": with_dtd(docx, "word/styles.xml", xxe),
        "xxe_props.xlsx": with_dtd(xlsx, "docProps/core.xml", xxe),
        "xxe_network.xlsx": with_dtd(xlsx, "xl/workbook.xml", external_entity_dtd(network_url)),
        "xxe_utf16.xlsx": with_dtd(xlsx, "xl/worksheets/sheet1.xml", xxe, utf16=True),
        "xxe_renamed_part.xlsx": renamed_sheet_with_dtd(xlsx, xxe),
        "laughs.xlsx": with_dtd(xlsx, "xl/sharedStrings.xml", BILLION_LAUGHS,
                                reference=b"&lol9;", marker=b"Home visit"),
        "laughs_rels.docx": with_dtd(docx, "_rels/.rels", BILLION_LAUGHS, reference=b""),
        "truncated.xlsx": truncated(xlsx),
        "corrupt.docx": corrupt(docx),
        "empty.docx": b"",
        "letter.docx": TEXT_BYTES,
        "scan.docx": PDF_BYTES,
        "old.doc": legacy_doc(),
        "old_named_new.docx": legacy_doc(),
        "minutes.odt": odt(),
        "other_password.xlsx": encrypt_office(good_xlsx("General Practice"), "not-the-case"),
        "no_chronology.docx": docx_without_chronology(),
    }
    for name, content in files.items():
        (folder / name).write_bytes(content)
    (folder / "link_outside.docx").symlink_to(secret_file)
    (folder / "linked_folder").symlink_to(secret_file.parent, target_is_directory=True)
    assert set(EXPECTED_REPORTS) == {*files, "link_outside.docx", "linked_folder"}
    return dict(EXPECTED_REPORTS)
