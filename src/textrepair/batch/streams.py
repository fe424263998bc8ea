"""Byte-stream helpers of the batch readers and writers.

A byte order mark read off the front of an input, standard input made
peekable, how far a (maybe compressed) input has been read, files synced and
reopened for appending, and chunks as gzip members.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from typing import IO, Any

#: gzip level of each committed chunk of a ``.gz`` output: zlib's default, most
#: of level 9's gain at a fraction of its time.
GZIP_LEVEL = 6


def read_bom(source: Any) -> bytes:
    """A UTF-8 byte order mark at the start of ``source``, read (it is no part of the first record), or nothing."""
    from ..formats import UTF8_BOM

    if source.peek(len(UTF8_BOM))[: len(UTF8_BOM)] == UTF8_BOM:
        return bytes(source.read(len(UTF8_BOM)))
    return b""


def sync(stream: IO[Any]) -> None:
    """Flush ``stream`` to disk, so that what the journal then says is done survives a lost machine too."""
    stream.flush()
    os.fsync(stream.fileno())


def reopen(path: str, size: int) -> IO[bytes]:
    """``path`` for appending after its first ``size`` bytes (a chunk written after the last checkpoint goes)."""
    stream = open(path, "r+b" if size else "wb")  # noqa: SIM115
    stream.truncate(size)
    stream.seek(size)
    return stream


def gzip_member(data: bytes) -> bytes:
    """``data`` as one gzip member; members one after another make one valid gzip file."""
    import gzip

    return gzip.compress(data, GZIP_LEVEL, mtime=0)


def peekable(stream: Any) -> Any:
    """``stream`` with ``peek``: standard input is buffered already, a replaced one may not be."""
    return stream if hasattr(stream, "peek") else io.BufferedReader(stream)


def position(stream: IO[bytes]) -> float:
    """Bytes of the input file read so far; for gzip, of the compressed file, as its size is."""
    raw = getattr(stream, "fileobj", None) or stream
    try:
        return float(raw.tell())
    except (OSError, ValueError):
        return 0.0


def numbered_chunks(chunks: Iterator[list[bytes]], number: int = 1) -> Iterator[tuple[int, list[bytes]]]:
    """Chunks with the line number of their first line."""
    for chunk in chunks:
        yield number, chunk
        number += len(chunk)
