"""Reading and writing files without ever losing data.

A file is decoded with its BOM's encoding (UTF-8, UTF-16, UTF-32) or the
configured one (UTF-8 by default), with line endings kept as they are.
Binary files (NUL bytes) are skipped; undecodable files are refused. Writes
go to a temporary file in the same directory, which then replaces the
original in one rename, with its permissions: a crash leaves the old file or
the new one, never half of either.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class SkipFile(Exception):
    """Not a file to repair (binary); not an error."""


class FileError(Exception):
    """The file cannot be read or written safely; it is left untouched."""


@dataclass(frozen=True)
class TextFile:
    path: Path
    text: str
    encoding: str
    bom: bytes
    raw: bytes


def decode(raw: bytes, encoding: str = "utf-8", name: str = "<stdin>") -> tuple[str, str, bytes]:
    """Decode ``raw`` as (text, encoding, bom); raise SkipFile or FileError."""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(enc), enc, bom
            except UnicodeDecodeError as exc:
                raise FileError(f"{name}: not valid {enc} at byte {exc.start + len(bom)}; left untouched") from None
    if b"\0" in raw:
        raise SkipFile(f"{name}: binary file (NUL bytes), skipped")
    try:
        return raw.decode(encoding), encoding, b""
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1].hex()
        raise FileError(
            f"{name}: not valid {encoding} (byte 0x{bad} at offset {exc.start}); left untouched "
            "(set `encoding` in the configuration if the file uses another one)"
        ) from None
    except LookupError:
        raise FileError(f"{name}: unknown encoding {encoding!r}") from None


def read(path: Path, encoding: str = "utf-8") -> TextFile:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    text, enc, bom = decode(raw, encoding, str(path))
    return TextFile(path, text, enc, bom, raw)


def write(original: TextFile, text: str) -> None:
    """Atomically replace the file with ``text`` in its own encoding and BOM."""
    try:
        data = original.bom + text.encode(original.encoding)
    except UnicodeEncodeError as exc:
        raise FileError(
            f"{original.path}: the repair needs {text[exc.start : exc.end]!r}, which {original.encoding} cannot hold; "
            "left untouched"
        ) from None
    import tempfile

    target = Path(os.path.realpath(original.path))  # write through symlinks, never replace them
    try:
        info = target.stat()
        if target.read_bytes() != original.raw:
            raise FileError(f"{original.path}: changed on disk while being repaired; left untouched")
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".textrepair")
    except OSError as exc:
        raise FileError(f"{original.path}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(info.st_mode))
        with contextlib.suppress(OSError):  # only root may give a file away
            os.chown(tmp, info.st_uid, info.st_gid)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise FileError(f"{original.path}: cannot write: {exc.strerror or exc}") from None
        raise
