"""The one layer that knows Office Open XML; ingest, assemble and anonymise use only it.

- `ns`: the namespaces, once, and `qn("w:p")` to name an element;
- `parser`: the one safe XML parser (no DTD, no entity, nothing fetched) and `parse_xml`;
- `package`: opening a returned file safely (what it is, decrypted, zip bombs and DTDs
  refused, every part's size bounded) and reading one part;
- `wordread`: the text Word shows and table grids, read by one sweep of the tree;
- `wordwrite`: big Word tables written as XML text;
- `wordedit`: a Word package's parts edited (changes accepted, comments cut, blocks kept);
- `sheetread` and `sheetwrite`: Excel sheets read as the text shown, and written fast.
"""
