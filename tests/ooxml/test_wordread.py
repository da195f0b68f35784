"""The Word reading sweep (pipeline/ooxml/wordread.py) on hand-written XML: what the
builder cannot make."""

from __future__ import annotations

from lxml.etree import fromstring as parsed

from pipeline.ooxml import wordread

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def test_text_box_stored_twice_is_read_once_and_special_characters_mapped():
    p = parsed(f"""<w:p {_W} {_MC}><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>
      </w:pPr><w:r><w:t>A</w:t><w:noBreakHyphen/><w:t>B</w:t><w:tab/><w:cr/><w:ptab/></w:r>
      <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>
        <w:p><w:r><w:t>BOX</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
        <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>BOX</w:t></w:r></w:p>
        </w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>
      <w:customXml><w:r><w:t>C</w:t></w:r></w:customXml></w:p>""")
    assert wordread.paragraph_text(p) == "A-B\t\n\tBOXC"


def test_has_tracked_changes_only_for_insertions_deletions_and_moves():
    plain = parsed(f"<w:body {_W}><w:p><w:r><w:t>a</w:t></w:r></w:p></w:body>")
    changed = parsed(f"<w:body {_W}><w:p><w:ins><w:r><w:t>a</w:t></w:r></w:ins></w:p></w:body>")
    assert not wordread.has_tracked_changes(plain)
    assert wordread.has_tracked_changes(changed)
