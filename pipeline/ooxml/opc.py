"""Packages as OPC (ECMA-376 Part 2) defines them, laid out as the readers expect.

Part names are compared without regard to letter case (Part 2, 9.1.1.1.2), and some
writers store them with backslashes or a leading slash; the main part is the target of
the package relationship of type officeDocument, whatever its name ("word/document2.xml"
from Word Online, "document.xml" at the package root). `canonical` rewrites such a
package once, at opening, into the names Word and Excel themselves write (the main part
at word/document.xml or xl/workbook.xml, every part under the name its relationships
give it), so every reader, ours and openpyxl, finds its parts. A package already laid
out so is returned as it is, not copied. `inspect_zip` has checked every part first.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from urllib.parse import unquote

from pipeline.ooxml.ns import NAMESPACES
from pipeline.ooxml.parser import parse_xml, serialize

MAIN_PARTS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
CONTENT_TYPES = "[Content_Types].xml"
_PACKAGE_RELS = "_rels/.rels"
# The main part's content type names its kind (document, macro-enabled, template).
_KINDS = (("wordprocessingml", "docx"), ("ms-word", "docx"), ("spreadsheetml", "xlsx"),
          ("ms-excel", "xlsx"))
_REL = f"{{{NAMESPACES['pr']}}}Relationship"
_OVERRIDE = f"{{{NAMESPACES['ct']}}}Override"
_DEFAULT = f"{{{NAMESPACES['ct']}}}Default"


def _clean(name: str) -> str:
    return name.replace("\\", "/").lstrip("/")


def _key(name: str) -> str:
    """A part name as OPC compares it: forward slashes, no leading slash, any case."""
    return unquote(_clean(name)).lower()


def _source_of(rels_name: str) -> str:
    """The part a relationships part belongs to ("" for the package itself)."""
    folder, file = posixpath.split(_clean(rels_name))
    return posixpath.join(posixpath.dirname(folder), file[: -len(".rels")]).lstrip("/")


def _rels_of(part: str) -> str:
    folder, file = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{file}.rels")


def _resolve(base_part: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(_clean(unquote(target)))
    joined = posixpath.join(posixpath.dirname(base_part), unquote(target).replace("\\", "/"))
    return posixpath.normpath(joined).lstrip("/")


class _Parts:
    """The package's parts by OPC key, and its relationships parts parsed."""

    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        self.actual: dict[str, str] = {}
        for info in archive.infolist():
            if not info.is_dir():
                self.actual.setdefault(_key(info.filename), info.filename)
        self.rels = {key: parse_xml(archive.read(name)) for key, name in self.actual.items()
                     if key.endswith(".rels") and "_rels/" in f"/{key}"}

    def internal(self, rels_key: str):
        """(element, source part, resolved target) of each internal relationship."""
        source = _source_of(self.actual[rels_key])
        for rel in self.rels[rels_key].iter(_REL):
            if rel.get("TargetMode") != "External" and rel.get("Target"):
                yield rel, source, _resolve(source, rel.get("Target"))

    def main_part(self) -> str | None:
        """The target of the package's officeDocument relationship, as written."""
        if _PACKAGE_RELS not in self.rels:
            return None
        return next((target for rel, _, target in self.internal(_PACKAGE_RELS)
                     if rel.get("Type", "").endswith("/officeDocument")
                     and _key(target) in self.actual), None)

    def content_type(self, part_key: str) -> str:
        root = parse_xml(self.archive.read(self.actual[_key(CONTENT_TYPES)])) \
            if _key(CONTENT_TYPES) in self.actual else None
        if root is None:
            return ""
        for override in root.iter(_OVERRIDE):
            if _key(override.get("PartName", "")) == part_key:
                return override.get("ContentType", "")
        extension = part_key.rsplit(".", 1)[-1]
        return next((d.get("ContentType", "") for d in root.iter(_DEFAULT)
                     if d.get("Extension", "").lower() == extension), "")


def kind_and_layout(data: bytes) -> tuple[str, bytes]:
    """("docx" or "xlsx", the package laid out as the readers expect), or ("", data) when
    the package relationships name no Word or Excel main part."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    parts = _Parts(archive)
    main = parts.main_part()
    if main is None:      # no package relationships: the usual names, any case or slash
        main = next((parts.actual[k] for k in MAIN_PARTS.values() if k in parts.actual), None)
        if main is None:
            return "", data
    content_type = parts.content_type(_key(main)).lower()
    kind = next((k for word, k in _KINDS if word in content_type), "") or next(
        (k for k, standard in MAIN_PARTS.items() if _key(main) == standard), "")
    if not kind:
        return "", data
    names = _new_names(parts, _key(main), MAIN_PARTS[kind])
    if all(names[key] == actual for key, actual in parts.actual.items()):
        return kind, data
    return kind, _rewrite(parts, names)


def _new_names(parts: _Parts, main_key: str, standard: str) -> dict[str, str]:
    """Part key -> the name it gets: the main part (and its relationships) the standard
    name; any other part the name a relationship gives it, else its own, cleaned."""
    names = {key: _clean(actual) for key, actual in parts.actual.items()}
    for rels_key in parts.rels:
        for _, _, target in parts.internal(rels_key):
            if _key(target) in names and _key(target) != main_key:
                names[_key(target)] = target
    main_rels = _key(_rels_of(parts.actual[main_key]))
    names[main_key] = standard
    if main_rels in names:
        names[main_rels] = _rels_of(standard)
    return names


def _rewrite(parts: _Parts, names: dict[str, str]) -> bytes:
    """The package under its new names; relationship targets and content types follow."""
    for rels_key in parts.rels:
        new_source = names.get(_key(_source_of(parts.actual[rels_key])), "")
        for rel, _, target in list(parts.internal(rels_key)):
            moved = names.get(_key(target), target)
            base = posixpath.dirname(new_source) if new_source else ""
            rel.set("Target", posixpath.relpath(moved, base or ".") if base else moved)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for key, actual in parts.actual.items():
            content = serialize(parts.rels[key]) if key in parts.rels else \
                parts.archive.read(actual)
            if key == _key(CONTENT_TYPES):
                content = _content_types(content, names)
            target.writestr(names[key], content)
    return out.getvalue()


def _content_types(content: bytes, names: dict[str, str]) -> bytes:
    root = parse_xml(content)
    for override in root.iter(_OVERRIDE):
        key = _key(override.get("PartName", ""))
        if key in names:
            override.set("PartName", "/" + names[key])
    return serialize(root)
