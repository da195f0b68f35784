"""Office password protection: decrypting returns and encrypting outputs (msoffcrypto-tool).

The password is the case password (case.toml, else $CASE_PASSWORD, else the reference);
it is passed in, never stored, printed or logged, and no error message here contains it.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
from collections.abc import Iterator

import msoffcrypto
import olefile
from msoffcrypto.exceptions import InvalidKeyError
from msoffcrypto.method.ecma376_agile import ECMA376Agile

from pipeline.errors import IngestError

# Office protects with 100,000 rounds of SHA-512 (0.1 s here); the format allows ten
# million (a dozen seconds each, in msoffcrypto's pure Python). More than ten times
# Office's own is refused, so a handful of crafted files cannot hold a case for minutes.
MAX_SPIN_COUNT = 1_000_000

_LEGACY = ("is an old Word 97-2003 (.doc) or Excel 97-2003 (.xls) file, or another kind of "
           "file with an Office name; open it in Word or Excel and save it as .docx or .xlsx.")


def is_protected_package(data: bytes) -> bool:
    """True if `data` is an OLE container holding an encrypted Word/Excel (OOXML) package."""
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:    # olefile raises many kinds on a damaged container
        return False
    try:
        return ole.exists("EncryptionInfo") and ole.exists("EncryptedPackage")
    finally:
        ole.close()


def decrypt_office(data: bytes, password: str) -> bytes:
    """The plain package inside a password-protected Word or Excel file.

    Raises IngestError for a legacy (.doc/.xls) or damaged container and for a password
    other than the case password. Legacy formats are refused before msoffcrypto parses them.
    """
    if not is_protected_package(data):
        raise IngestError(_LEGACY)
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        spin_count = (getattr(office, "info", None) or {}).get("spinValue", 0)
        if spin_count > MAX_SPIN_COUNT:
            raise IngestError(f"is protected with {spin_count:,} rounds of key hashing, far "
                              "more than Word or Excel use; opening it would take minutes. "
                              "Ask the agency to protect it again from Word or Excel.")
        with _derived_once():
            office.load_key(password=password, verify_password=True)
        plain = io.BytesIO()
        office.decrypt(plain, verify_integrity=True)
    except IngestError:
        raise
    except InvalidKeyError:
        raise IngestError("is password-protected with a password other than the case "
                          "password; ask the agency to protect it with the case reference, "
                          "or set password in case.toml.") from None
    except Exception:     # a damaged or crafted container: never let it stop the case
        raise IngestError("could not be decrypted: its encryption is damaged or not the "
                          "kind Word and Excel write; ask the agency to save it again as "
                          ".docx or .xlsx, protected with the case password.") from None
    return plain.getvalue()


# One salt for the password in every output of this process. The 100,000-round key
# derivation then runs once per run instead of once per file (0.1 s each, dozens of files
# a run); every file still gets its own random document key, IV and verifier. All outputs
# share the case password, so a shared salt gives an attacker nothing a single file does
# not: cracking one file's password cracks them all either way.
_OUTPUT_SALT = os.urandom(16)
_DERIVE = ECMA376Agile._derive_iterated_hash_from_password


@functools.lru_cache(maxsize=4)
def _password_hash(password: str, salt: bytes, hash_name: str, spin_count: int) -> bytes:
    return _DERIVE(password, salt, hash_name, spin_count).digest()


def encrypt_office(data: bytes, password: str) -> bytes:
    """`data` (a .docx or .xlsx) protected with `password`, as Word and Excel open it
    (ECMA-376 Agile: AES-256, SHA-512, 100,000 rounds, as msoffcrypto-tool writes it)."""
    with _derived_once():
        encrypted = ECMA376Agile.encrypt(password, io.BytesIO(data), salt_value=_OUTPUT_SALT)
    if not olefile.isOleFile(encrypted):
        raise ValueError("encryption produced no Office container")
    return encrypted


@contextlib.contextmanager
def _derived_once() -> Iterator[None]:
    """msoffcrypto derives the password key inside encrypt() and load_key() (twice there,
    to verify it); for the length of the block it gets the derivation from the cache
    above, a pure function of its arguments: once a run for the outputs' salt, once a
    file for a return's."""
    ECMA376Agile._derive_iterated_hash_from_password = staticmethod(
        lambda key, salt, name, spins: _Digest(_password_hash(key, salt, name, spins)))
    try:
        yield
    finally:
        ECMA376Agile._derive_iterated_hash_from_password = staticmethod(_DERIVE)


class _Digest:
    """What msoffcrypto expects back from its key derivation: an object with digest()."""

    def __init__(self, value: bytes):
        self._value = value

    def digest(self) -> bytes:
        return self._value


def decrypt_output(data: bytes, password: str) -> bytes:
    """A protected output's plain bytes (for checks and tests). Raises InvalidKeyError."""
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    office.load_key(password=password, verify_password=True)
    plain = io.BytesIO()
    office.decrypt(plain, verify_integrity=True)
    return plain.getvalue()
