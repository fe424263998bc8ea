"""Corpus formats for ``textrepair batch``: JSON Lines, CSV and Parquet.

Each format reads its input in chunks (bounded memory whatever the size) and
writes the repaired chunks in input order. Only the text field and the added
metadata change; everything else is carried through as it came:

* JSON Lines: a record's line is edited by splicing. The text value's bytes
  are replaced only when the text changed, the metadata object is inserted
  after the last member, and every other byte of the line (numbers such as
  ``1e5``, escapes, ``NaN``, key order, spacing, line ending) stays as it was.
  Blank lines stay where they were, so record N is line N of both files.
* CSV: every cell's value is kept; cells are re-quoted the csv module's
  minimal way. The standard library reads it, so no dependency is needed.
* Parquet (``textrepair[parquet]``, through pyarrow): the other columns'
  arrays are written back untouched, schema metadata included.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import IO, Any

#: Formats by file name ending; ``--format`` overrides. Not ``.json``: that is
#: as often one JSON array, which read line by line would be all malformed.
SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson.gz": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
FORMATS = ("jsonl", "csv", "parquet")
#: JSON Lines and CSV are read in chunks of about this many bytes: big enough
#: that handing a chunk to a worker costs little next to repairing it (a fifth
#: of a second of work on news paragraphs, against about a millisecond to
#: pass it over), small enough that the last chunks of a run keep every worker
#: busy and a few chunks per worker in flight keep memory flat.
CHUNK_BYTES = 1 << 18
#: ... and of at most this many records (Parquet: rows per record batch).
CHUNK_RECORDS = 1000
UTF8_BOM = b"\xef\xbb\xbf"

_WHITESPACE_CHARS = " \t\n\r"
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_SPACED = json.JSONEncoder(ensure_ascii=False)


class MalformedRecord(ValueError):
    """A record textrepair cannot repair; it is reported, never guessed at."""


def format_for(path: str, explicit: str | None) -> str | None:
    """The format named by ``--format``, else by the file name's ending."""
    if explicit:
        return explicit
    name = path.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIXES[suffix]
    return None


def is_gzip(path: str) -> bool:
    return path.lower().endswith(".gz")


# -- JSON Lines: splicing one field of a record ------------------------------


@dataclass(frozen=True, slots=True)
class ObjectLayout:
    """Where a JSON object's members sit in its line."""

    #: Key → (start, end) of its value; a repeated key keeps its last value, as ``json.loads`` does.
    values: dict[str, tuple[int, int]]
    #: Where a new member goes: after the last value, or after the opening brace when empty.
    insert_at: int
    #: The separators the line itself uses between members and after keys.
    item_separator: str
    key_separator: str


def _skip(line: str, pos: int) -> int:
    if pos >= len(line) or line[pos] not in _WHITESPACE_CHARS:
        return pos  # most JSON Lines are written without optional whitespace: no match needed
    match = _WHITESPACE.match(line, pos)
    assert match is not None  # the pattern matches the empty string
    return match.end()


def _error(message: str, line: str, pos: int) -> json.JSONDecodeError:
    return json.JSONDecodeError(message, line, pos)


def scan_object(line: str) -> ObjectLayout:
    """Locate the top-level members of the JSON object on ``line``.

    Raises :class:`json.JSONDecodeError` for text that is not JSON and
    :class:`MalformedRecord` for JSON that is not an object.

    >>> layout = scan_object('{"id": 1e5, "text": "a  b"}')
    >>> layout.values["text"], layout.insert_at
    ((20, 26), 26)
    """
    pos = _skip(line, 0)
    if line[pos : pos + 1] != "{":
        _DECODER.decode(line)  # raises for what is not JSON at all
        raise MalformedRecord("a JSON value that is not an object")
    pos = _skip(line, pos + 1)
    values: dict[str, tuple[int, int]] = {}
    insert_at = pos
    item_sep, key_sep = ", ", ": "
    if line[pos : pos + 1] == "}":
        end = pos + 1
    else:
        while True:
            if line[pos : pos + 1] != '"':
                raise _error("Expecting property name enclosed in double quotes", line, pos)
            key, pos = scanstring(line, pos + 1)
            colon = _skip(line, pos)
            if line[colon : colon + 1] != ":":
                raise _error("Expecting ':' delimiter", line, colon)
            start = _skip(line, colon + 1)
            if not values:
                key_sep = line[pos:start]
            _, value_end = _DECODER.raw_decode(line, start)
            values[key] = (start, value_end)
            insert_at = value_end
            pos = _skip(line, value_end)
            mark = line[pos : pos + 1]
            if mark == "}":
                end = pos + 1
                break
            if mark != ",":
                raise _error("Expecting ',' delimiter", line, pos)
            after = _skip(line, pos + 1)
            if len(values) == 1:
                item_sep = line[value_end:after]
            pos = after
    if _skip(line, end) != len(line):
        raise _error("Extra data", line, end)
    if len(values) <= 1 and key_sep == ":":
        item_sep = ","  # at most one member, written compactly: the new members follow suit
    return ObjectLayout(values, insert_at, item_sep, key_sep)


def encode_string(text: str, like: str) -> str:
    """``text`` as a JSON string, escaped like the value ``like`` was.

    A producer that escaped all non-ASCII (Python's default) keeps that form.
    """
    escaped = like.isascii() and "\\u" in like
    return json.dumps(text, ensure_ascii=escaped)


def splice(line: str, layout: ObjectLayout, replacements: dict[str, str], added: dict[str, Any]) -> str:
    """``line`` with some members' raw values replaced and new members added at the end."""
    out: list[str] = []
    pos = 0
    for start, end, raw in sorted((*layout.values[key], raw) for key, raw in replacements.items()):
        out.append(line[pos:start])
        out.append(raw)
        pos = end
    insert_at = layout.insert_at
    out.append(line[pos:insert_at])
    separator = layout.item_separator if layout.values else ""
    encoder = _COMPACT if layout.key_separator == ":" else _SPACED
    for key, value in added.items():
        member = json.dumps(key) + layout.key_separator + encoder.encode(value)
        out.append(separator + member)
        separator = layout.item_separator
    out.append(line[insert_at:])
    return "".join(out)


def split_terminator(raw: bytes) -> tuple[bytes, bytes]:
    """A line and its ending (``\\r\\n``, ``\\n`` or none, on the last line)."""
    if raw.endswith(b"\r\n"):
        return raw[:-2], b"\r\n"
    if raw.endswith(b"\n"):
        return raw[:-1], b"\n"
    return raw, b""


def line_chunks(stream: IO[bytes], records: int | None = None) -> Iterator[list[bytes]]:
    """The lines of ``stream``, with their endings, in chunks (of at most ``records`` lines, if given)."""
    most = records or CHUNK_RECORDS
    chunk: list[bytes] = []
    size = 0
    for line in stream:
        chunk.append(line)
        size += len(line)
        if size >= CHUNK_BYTES or len(chunk) >= most:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


# -- files -----------------------------------------------------------------


def open_binary(path: str, mode: str, compressed: bool) -> IO[bytes]:
    """``path`` opened for bytes, through gzip if ``compressed``."""
    if compressed:
        import gzip

        return gzip.open(path, mode)  # type: ignore[return-value]
    return open(path, mode)


def umask_mode() -> int:
    """The permissions a newly created file gets (temporary files get 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


class AtomicOutput:
    """A file written beside its target and renamed over it only when complete.

    A run that is killed or fails leaves the target as it was (or absent),
    never a half-written corpus.
    """

    def __init__(self, path: str) -> None:
        import tempfile

        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        base = os.path.basename(path)
        try:
            fd, self.tmp = tempfile.mkstemp(dir=folder, prefix=f".{base}.", suffix=".textrepair-tmp")
        except OSError as exc:  # name the file the user asked for, not the temporary one
            raise OSError(exc.errno, exc.strerror, path) from None
        os.close(fd)

    def commit(self) -> None:
        os.chmod(self.tmp, umask_mode())
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.tmp)


def require_pyarrow() -> Any:
    """pyarrow, or a clear message on how to get it."""
    import importlib

    try:
        pyarrow = importlib.import_module("pyarrow")
        importlib.import_module("pyarrow.parquet")  # a submodule: imported on its own
    except ImportError:
        raise ImportError("Parquet needs pyarrow: pip install 'textrepair[parquet]'") from None
    return pyarrow
