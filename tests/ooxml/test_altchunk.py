"""altChunks: a web page pasted into Word whole; its table is read where that is safe."""

from __future__ import annotations

import io
import zipfile

import pytest

from pipeline.case import load_case
from pipeline.errors import IngestError, NotAReturn
from pipeline.ingest import read_file
from tests.builders.docx_builder import ChronologyDocx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CHUNK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Chronology</title></head><body>
<table border="1">
<tr><th>Date</th><th>Contact with child</th><th>Contact with family</th>
<th>Inter-agency communication</th><th>Source</th><th>Staff</th><th>Comment</th></tr>
<tr><td>03/04/2014</td><td>Seen at home<br>weighed</td><td></td><td></td><td>Record</td>
<td>HV1</td><td></td></tr>
<tr><td>04/04/2014</td><td colspan="2">Seen with mother at clinic</td><td></td>
<td>Record</td><td>HV1</td><td>Caf&eacute; visit</td></tr>
</table></body></html>"""

MHT = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n"
       "--b1\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
       "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
       + PAGE.replace("=", "=3D") + "\r\n--b1--\r\n")


def with_chunk(name: str, content: bytes, extension: str, content_type: str) -> bytes:
    doc = ChronologyDocx().header_block(agency="Health Visiting Service",
                                        date_completed="12/02/2016", completed_by="HV X")
    source = zipfile.ZipFile(io.BytesIO(doc.to_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:sectPr", f'<w:altChunk xmlns:r="{R}" '
                                    'r:id="rIdChunk1"/><w:sectPr'.encode(), 1)
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", f'<Relationship Id="rIdChunk1" '
                                    f'Type="{CHUNK_TYPE}" Target="{name}"/></Relationships>'
                                    .encode())
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", f'<Default Extension="{extension}" '
                                    f'ContentType="{content_type}"/></Types>'.encode())
            target.writestr(info, data)
        target.writestr(f"word/{name}", content)
    return out.getvalue()


@pytest.mark.parametrize(("name", "content", "extension", "content_type"), [
    ("afchunk.htm", PAGE.encode(), "htm", "text/html"),
    ("afchunk.mht", MHT.encode(), "mht", "message/rfc822"),
])
def test_the_table_of_an_html_or_mht_chunk_is_read(case_dir, name, content, extension,
                                                    content_type):
    path = case_dir / "hv.docx"
    path.write_bytes(with_chunk(name, content, extension, content_type))
    [ret] = read_file(path, load_case(case_dir))
    assert [(r.date_as_written, r.child, r.staff, r.comment) for r in ret.rows] == [
        ("03/04/2014", "Seen at home\nweighed", "HV1", ""),
        ("04/04/2014", "Seen with mother at clinic", "HV1", "Caf\u00e9 visit")]
    assert ret.agency == "Health Visiting Service"


def test_a_chunk_that_cannot_be_read_says_to_save_the_file_again(case_dir):
    path = case_dir / "hv.docx"
    path.write_bytes(with_chunk("afchunk.rtf", b"{\\rtf1 hello}", "rtf", "application/rtf"))
    with pytest.raises(IngestError, match="open the file in Word, save it again") as caught:
        read_file(path, load_case(case_dir))
    assert "crafted" not in str(caught.value) and not isinstance(caught.value, NotAReturn)


def test_entities_in_a_chunk_are_still_refused(case_dir):
    page = PAGE.replace("<!DOCTYPE html>", '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
    path = case_dir / "hv.docx"
    path.write_bytes(with_chunk("afchunk.htm", page.encode(), "htm", "text/html"))
    with pytest.raises(IngestError, match="document type declaration"):
        read_file(path, load_case(case_dir))
