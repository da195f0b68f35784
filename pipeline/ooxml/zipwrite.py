"""Writing the zip packages of our Word and Excel outputs, deflated by ISA-L.

A busy case's workbook holds 150 MB of sheet XML and its chronology 40 MB of document
XML; zlib deflates them at its fastest level in a third of a second, ISA-L's deflate
(isal) in a quarter of that and a little smaller. Python's zipfile compresses only with
zlib, so the container is written here: a plain zip (no Zip64: an Office part of 4 GB is
not written), every entry deflated except pictures, stored as they are (compressed
already). Each entry's time is 1980-01-01, zip's first day, so a package's bytes depend
on its parts alone. The API is the part of zipfile's that the writers use: `writestr`,
`open(name, "w")` and the context manager.
"""

from __future__ import annotations

import contextlib
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from isal import isal_zlib

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_VERSION = 20                        # 2.0: deflate
_MADE_BY = (3 << 8) | _VERSION       # Unix, as zipfile writes it here
_UTF8_NAME = 0x800
_DEFLATED, _STORED = 8, 0
_FIRST_DAY = (0, (1980 - 1980) << 9 | 1 << 5 | 1)   # dos time, dos date of 1980-01-01
_FILE_MODE = 0o600 << 16             # as zipfile's writestr gives a part named by text
_LIMIT = 0xFFFFFFFF
_PICTURES = (".png", ".jpeg", ".jpg", ".gif")
_SIZE_CHECK = "too large for an Office package without Zip64"


@dataclass
class _Entry:
    name: bytes
    flags: int
    method: int
    offset: int
    crc: int = 0
    compressed: int = 0
    size: int = 0


class PackageZip:
    """A zip written to `output` (seekable, e.g. io.BytesIO) entry by entry; closed at
    the end of its `with` block."""

    def __init__(self, output: BinaryIO):
        self.output = output
        self.entries: list[_Entry] = []

    def __enter__(self) -> PackageZip:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def writestr(self, name: str, data: bytes | str) -> None:
        """One whole entry."""
        with self.open(name) as part:
            part.write(data.encode("utf-8") if isinstance(data, str) else data)

    @contextlib.contextmanager
    def open(self, name: str, mode: str = "w") -> Iterator[_PartStream]:
        """An entry written as it comes: its header is completed when the block ends."""
        if mode != "w":
            raise ValueError("a PackageZip only writes")
        entry = self._start(name)
        stream = _PartStream(entry, self.output, entry.method == _STORED)
        yield stream
        stream.finish()
        self._complete(entry)

    def close(self) -> None:
        """The central directory and its end record."""
        start = self.output.tell()
        for entry in self.entries:
            self.output.write(_CENTRAL.pack(
                0x02014B50, _MADE_BY, _VERSION, entry.flags, entry.method, *_FIRST_DAY,
                entry.crc, entry.compressed, entry.size, len(entry.name), 0, 0, 0, 0,
                _FILE_MODE, entry.offset) + entry.name)
        size = self.output.tell() - start
        if len(self.entries) > 0xFFFF or start > _LIMIT:
            raise ValueError(f"the package is {_SIZE_CHECK}")
        self.output.write(_END.pack(0x06054B50, 0, 0, len(self.entries), len(self.entries),
                                    size, start, 0))

    def _start(self, name: str) -> _Entry:
        encoded = name.encode("utf-8")
        flags = 0 if encoded.isascii() else _UTF8_NAME
        method = _STORED if name.lower().endswith(_PICTURES) else _DEFLATED
        entry = _Entry(encoded, flags, method, self.output.tell())
        self.output.write(_local_header(entry))
        return entry

    def _complete(self, entry: _Entry) -> None:
        """The entry's header rewritten with its checksum and sizes, now known."""
        if max(entry.compressed, entry.size, entry.offset) > _LIMIT:
            raise ValueError(f"{entry.name.decode()} is {_SIZE_CHECK}")
        end = self.output.tell()
        self.output.seek(entry.offset)
        self.output.write(_local_header(entry))
        self.output.seek(end)
        self.entries.append(entry)


def _local_header(entry: _Entry) -> bytes:
    return _LOCAL.pack(0x04034B50, _VERSION, entry.flags, entry.method, *_FIRST_DAY,
                       entry.crc, entry.compressed, entry.size, len(entry.name),
                       0) + entry.name


class _PartStream:
    """One entry's bytes as they are written: checksummed, deflated (or stored) and
    written after its header."""

    def __init__(self, entry: _Entry, output: BinaryIO, stored: bool):
        self.entry = entry
        self.output = output
        self.compressor = None if stored else isal_zlib.compressobj(1, isal_zlib.DEFLATED,
                                                                     -15)

    def write(self, data: bytes) -> None:
        self.entry.crc = isal_zlib.crc32(data, self.entry.crc)
        self.entry.size += len(data)
        self._put(self.compressor.compress(data) if self.compressor else data)

    def finish(self) -> None:
        if self.compressor is not None:
            self._put(self.compressor.flush())

    def _put(self, piece: bytes) -> None:
        self.output.write(piece)
        self.entry.compressed += len(piece)
