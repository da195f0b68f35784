"""The XML namespaces of Office Open XML, each defined once, and `qn` to name elements.

As in python-docx's oxml/ns.py: code writes `qn("w:p")` and never spells a namespace URI.
"""

from __future__ import annotations

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xml": "http://www.w3.org/XML/1998/namespace",
}

# Word's and Excel's "Strict Open XML" files name the same things in other namespaces:
# (strict, transitional) pairs, as bytes, for mapping a strict part before it is read.
STRICT_TO_TRANSITIONAL = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", NAMESPACES["w"].encode()),
    (b"http://purl.oclc.org/ooxml/spreadsheetml/main", NAMESPACES["x"].encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", NAMESPACES["r"].encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
     NAMESPACES["ep"].encode()),
    (b"http://purl.oclc.org/ooxml/drawingml/main", NAMESPACES["a"].encode()),
)


def qn(tag: str) -> str:
    """The Clark name of a prefixed tag: qn("w:p") is "{http://...wordprocessingml...}p"."""
    prefix, local = tag.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


def nsdecls(*prefixes: str) -> str:
    """The xmlns declarations of `prefixes`, for XML written as text."""
    return " ".join(f'xmlns:{p}="{NAMESPACES[p]}"' for p in prefixes)
