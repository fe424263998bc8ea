"""Checking a user's own lexicon files before a run reads them: what kind each is, and that it parses.

What it does
    :func:`check_user_lexicon` reads a file named in the settings (only a
    regular file, at most :data:`MAX_LEXICON_BYTES`), decides whether it is a
    proper-noun table or a spinner lexicon, parses it with that normalizer's
    own parser and reports the first problem as :class:`LexiconFileError`.

Why
    A bad line should stop a run with one clear message naming the file and
    line, before any text is touched; and a path to a FIFO or a device must
    not hang it.

Example
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "mine.tsv").write_text("gathering\\tmeeting\\tcontext\\tn\\n", encoding="utf-8")
    >>> check_user_lexicon(folder / "mine.tsv").kind
    'spinner'
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .lexicon import LexiconError

#: Lexicon files larger than this are refused: the largest shipped one is
#: 12 MB, and a path to something like a disk image must not fill memory.
MAX_LEXICON_BYTES = 64 * 1024 * 1024
#: File names that mark a proper-noun table (``lexicons/names/README.md``).
NAME_TABLE_SUFFIXES = (".names.tsv", ".errors.tsv", ".styles.tsv", ".words.txt")
#: What a user lexicon file may be: either kind, or one in particular.
ROLES = ("any", "spinner", "names")


class LexiconFileError(Exception):
    """A user lexicon file that cannot be used; the message says why, without the path."""


@dataclass(frozen=True)
class UserLexicon:
    """A checked user lexicon file: which normalizer reads it, and the spelling styles it names."""

    kind: str  # "spinner" or "names"
    styles: frozenset[str] = frozenset()


def check_user_lexicon(path: Path, role: str = "any") -> UserLexicon:
    """Check that ``path`` is a readable lexicon of ``role`` and parse it.

    Only regular files of at most :data:`MAX_LEXICON_BYTES` are opened (a FIFO
    or a device would hang or exhaust memory); the text must be UTF-8; every
    row must parse, so that a typo is reported with its line rather than the
    file being dropped or read as the wrong kind. Results are kept per file
    version, so checking the same settings again costs one ``stat``.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise LexiconFileError("no such file") from None
    except OSError as exc:
        raise LexiconFileError(f"cannot read: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise LexiconFileError("is a folder, not a lexicon file")
    if not stat.S_ISREG(info.st_mode):
        raise LexiconFileError("is not a regular file (a FIFO, socket or device); refused")
    if info.st_size > MAX_LEXICON_BYTES:
        limit = MAX_LEXICON_BYTES // (1024 * 1024)
        raise LexiconFileError(f"is {info.st_size / (1024 * 1024):.0f} MB; lexicon files over {limit} MB are refused")
    return _checked(str(path), role, info.st_size, info.st_mtime_ns, info.st_ino)


@cache
def _checked(name: str, role: str, size: int, mtime_ns: int, inode: int) -> UserLexicon:
    path = Path(name)
    text = _read_regular(path, size)
    is_names = name.endswith(NAME_TABLE_SUFFIXES) or _declares_table(text)
    if role == "names" or (role == "any" and is_names):
        return _check_names(path, text)
    if role == "any" and path.suffix.lower() != ".tsv":
        raise LexiconFileError(
            "cannot tell which lexicon this is: name a spinner lexicon *.tsv, or declare a name table "
            "with a '# table: names|errors|styles|words' line or a .names.tsv-style suffix"
        )
    return _check_spinner(path, text)


def _read_regular(path: Path, size: int) -> str:
    """The UTF-8 text of a regular file, opened without blocking and read at most ``size`` bytes far."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else since the check
            raise LexiconFileError("is not a regular file (a FIFO, socket or device); refused")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(size + 1)
    finally:
        os.close(fd)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconFileError(f"not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})") from None


def _declares_table(text: str) -> bool:
    from .names.lexicon import HEADER

    for line in text[:4000].splitlines()[:20]:
        if not line.startswith("#"):
            return False
        if HEADER.match(line):
            return True
    return False


def _check_names(path: Path, text: str) -> UserLexicon:
    from .names.lexicon import NameLexicon, table_of

    try:
        table = table_of(path, text)
        scratch = NameLexicon()
        if table != "words":
            scratch.add_file(path, user=True)
    except LexiconError as exc:
        raise LexiconFileError(_without_name(str(exc), path)) from None
    styles = frozenset(r.style for r in scratch.styles.values()) if table == "styles" else frozenset()
    return UserLexicon("names", styles)


def _check_spinner(path: Path, text: str) -> UserLexicon:
    from .spin.lexicon import parse_lines

    try:
        for _ in parse_lines(text.splitlines(), path.name):
            pass
    except LexiconError as exc:
        raise LexiconFileError(_without_name(str(exc), path)) from None
    return UserLexicon("spinner")


def _without_name(message: str, path: Path) -> str:
    """A parser's message without its leading file name (the caller names the file); ``12:`` becomes ``line 12:``."""
    rest = message.removeprefix(f"{path.name}:").lstrip(" ")
    number, colon, problem = rest.partition(":")
    return f"line {number}:{problem}" if colon and number.isdigit() else rest
