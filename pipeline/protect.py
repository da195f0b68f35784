"""Office password protection: decrypting returns and encrypting outputs (msoffcrypto-tool)."""

from __future__ import annotations

import io

import msoffcrypto
from msoffcrypto.exceptions import DecryptionError, FileFormatError, InvalidKeyError

from pipeline.ingest.errors import IngestError


def decrypt_office(data: bytes, password: str) -> bytes:
    """The plain package inside a password-protected Word or Excel file."""
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        if not office.is_encrypted():
            raise IngestError("is an old Word 97-2003 (.doc) or Excel (.xls) file; open it "
                              "and save it as .docx or .xlsx.")
        office.load_key(password=password, verify_password=True)
        plain = io.BytesIO()
        office.decrypt(plain, verify_integrity=True)
    except InvalidKeyError:
        raise IngestError("is password-protected with a password other than the case "
                          "password; ask the agency to protect it with the case reference, "
                          "or set password in case.toml.") from None
    except (DecryptionError, FileFormatError, ValueError, OSError) as exc:
        raise IngestError(f"could not be decrypted ({type(exc).__name__}); ask the agency to "
                          "save it again as .docx or .xlsx.") from None
    return plain.getvalue()


def encrypt_office(data: bytes, password: str) -> bytes:
    """`data` (a .docx or .xlsx) protected with `password`, as Word and Excel open it."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()
