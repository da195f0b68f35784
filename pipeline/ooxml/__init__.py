"""The one layer that knows Office Open XML; ingest, assemble and anonymise use only it.

- `ns`: the namespaces, once, and `qn("w:p")` to name an element;
- `parser`: the one safe XML parser (no DTD, no entity, nothing fetched) and `parse_xml`;
- `package`: opening a returned file safely (what it is, decrypted, zip bombs and DTDs
  refused, every part's size bounded) and reading one part;
- `wordread`: the text Word shows, read by one sweep of the tree;
- `wordgrid`: Word tables laid on their grid (spans and merges), by a walk or one sweep;
- `wordwrite`: big Word tables written as XML text;
- `wordedit`: a Word package's parts edited (changes accepted, comments cut, blocks kept);
- `sheetread` and `sheetwrite`: Excel sheets read as the text shown, and written fast.
"""

import docx.oxml.ns
import docxcompose.utils  # noqa: F401  (imported for its side effect, undone just below)

from pipeline.ooxml.ns import NAMESPACES

# docxcompose (also imported by docxtpl) rebinds python-docx's "cp" prefix to the custom
# properties namespace when it is first imported, and python-docx then writes every
# document's lastModifiedBy in that namespace, where Word and LibreOffice do not read it.
# The prefix is put back once, here, before any document is written; docxcompose names
# its own custom-properties elements through its own map, so nothing of it is lost.
docx.oxml.ns.nsmap["cp"] = NAMESPACES["cp"]
