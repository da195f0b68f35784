"""The held-back cases' scorer (tests/builders/adversarial.part_texts) reads every word a
reader could find in a .docx, but the names of fonts and languages, the hex bytes of
colours and the styles' sort order, which are no one's."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.oxml import parse_xml

from tests.builders.adversarial import Planted, left_in, part_texts

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document_with(attribute_text: str) -> bytes:
    """A .docx whose body names a person in a bookmark's name (an attribute), whose run
    sets its languages, and whose settings name the theme's East Asian language."""
    document = Document()
    paragraph = document.add_paragraph("Seen at home.")
    paragraph._p.append(parse_xml(f'<w:bookmarkStart {_W} w:id="9" w:name="{attribute_text}"/>'))
    paragraph.runs[0]._r.get_or_add_rPr().append(
        parse_xml(f'<w:lang {_W} w:val="en-GB" w:eastAsia="ja-JP" w:bidi="ar-SA"/>'))
    settings = document.settings.element
    settings.append(parse_xml(f'<w:themeFontLang {_W} w:val="en-GB" w:eastAsia="ja-JP"/>'))
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def test_language_tags_are_not_initials_but_other_attributes_are_read():
    data = _document_with("Jade Ashby")
    text = "\n".join(part_texts(data).values())
    planted = [Planted("JA", "initials", ""), Planted("Jade Ashby", "key_name", ""),
               Planted("SA", "initials", "")]
    assert [p.text for p in left_in(text, planted)] == ["Jade Ashby"]


def test_fonts_are_not_names():
    data = _document_with("Seen")
    text = "\n".join(part_texts(data).values())
    # Word's default theme names a font for each script, among them Euphemia.
    assert left_in(text, [Planted("Euphemia", "key_name", ""),
                          Planted("Calibri", "key_name", "")]) == []


def test_colours_tints_and_shades_are_not_initials():
    # python-docx's default styles shade and tint theme colours with hex bytes ('CC').
    data = _document_with("Seen")
    text = "\n".join(part_texts(data).values())
    assert 'w:themeShade="CC"' in _styles_xml(data)
    planted = [Planted("CC", "initials", ""), Planted("BF", "initials", "")]
    assert left_in(text, planted) == []


def _styles_xml(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode()


def test_a_theme_fonts_script_code_is_no_name():
    # Word's theme names a font per script: script="Hang" (Hangul) is no one's 'Hang'.
    data = _document_with("Seen")
    text = "\n".join(part_texts(data).values())
    theme = zipfile.ZipFile(io.BytesIO(data)).read("word/theme/theme1.xml").decode()
    assert 'script="Hang"' in theme
    assert left_in(text, [Planted("Hang", "key_name", "")]) == []


def test_a_styles_sort_order_is_no_house_number_but_a_number_in_the_body_is():
    # Word's latent styles carry w:uiPriority="62"; a case may plant '62' as a house number.
    data = _document_with("Seen")
    assert 'w:uiPriority="62"' in _styles_xml(data)
    assert left_in("\n".join(part_texts(data).values()),
                   [Planted("62", "house_numbers", "")]) == []
    data = _document_with("62")
    assert [p.text for p in left_in("\n".join(part_texts(data).values()),
                                    [Planted("62", "house_numbers", "")])] == ["62"]
