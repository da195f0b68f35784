"""The one XML parser every part is read with: no DTD, no entity, nothing fetched.

A return cannot make us read a local file or a network address (XXE), nor expand a
billion laughs; `package.inspect_zip` has already refused any part that declares a DTD.
"""

from __future__ import annotations

from lxml import etree

from pipeline.errors import IngestError

SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=True, remove_comments=False)


def parse_xml(content: bytes) -> etree._Element:
    """The root element of a part; IngestError (naming the fix) if it is broken XML."""
    try:
        return etree.fromstring(content, SAFE_XML)
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"holds broken XML ({exc.msg}); open it in Word or Excel, save it "
                          "again as .docx or .xlsx, and put it back.") from None


def serialize(root: etree._Element) -> bytes:
    """A part's bytes as Office writes them: UTF-8 with a standalone declaration."""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
