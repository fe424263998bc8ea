"""A disk cache for compiled lexicons, so that a one-file run starts fast.

Compiled data lives in ``$TEXTREPAIR_CACHE_DIR``, else
``$XDG_CACHE_HOME/textrepair`` or ``~/.cache/textrepair``;
``TEXTREPAIR_NO_CACHE=1`` turns it off. Entries are keyed by what they were
built from (file paths, sizes and modification times), textrepair's version
and Python's, written atomically, and any problem reading or writing one only
costs the time to build again.

A cache is not trusted (docs/security.md):

- Entries hold plain values only (``marshal``: numbers, strings, bytes,
  tuples, lists, dicts, sets). Reading one builds values and never calls a
  function or imports a module, unlike ``pickle``; each kind's ``dump`` and
  ``load`` turn its object into such values and back.
- The folder must belong to the current user and be writable by nobody else
  (it is created 0700, entries 0600 under unpredictable temporary names);
  otherwise the cache is not used, with a warning. Another user who could
  write entries could otherwise steer every later repair.
- Each entry carries its key and a checksum of its content, both checked
  before the content is decoded: a truncated or damaged entry is rebuilt and
  replaced, never used.
"""

from __future__ import annotations

import functools
import marshal
import os
import stat
import sys
import warnings
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
#: Cache files kept per kind; older ones are removed.
KEEP = 4
#: First line of every entry; bump the number when the layout changes.
MAGIC = b"textrepair-cache 2\n"
#: File name ending of entries (earlier releases wrote pickles: ``.pickle``).
SUFFIX = ".cache"
#: Permission bits that let someone other than the owner change a folder or file.
_FOREIGN_WRITE = stat.S_IWGRP | stat.S_IWOTH
#: The cache folder is private: other users could plant entries or learn which files were read.
FOLDER_MODE = 0o700
_HEX = 8  # digits of a CRC-32


class CacheWarning(UserWarning):
    """The cache folder cannot be trusted, so it is not used."""


def folder() -> Path | None:
    if os.environ.get("TEXTREPAIR_NO_CACHE"):
        return None
    base = os.environ.get("TEXTREPAIR_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg or Path.home() / ".cache") / "textrepair"


def untrusted(info: os.stat_result) -> str | None:
    """Why a cache folder or entry with this ``lstat`` cannot be trusted, or None.

    Without POSIX owners (Windows) the folder's access control list decides, as for any file of the user's.
    """
    if not hasattr(os, "getuid"):
        return None
    if info.st_uid != os.getuid():
        return f"owned by uid {info.st_uid}, not by the current user"
    if info.st_mode & _FOREIGN_WRITE:
        return f"writable by others (mode {stat.S_IMODE(info.st_mode):04o})"
    return None


def _trusted_folder(where: Path, *, create: bool) -> bool:
    """Is ``where`` a private folder of the current user (made so when ``create``)?"""
    try:
        info = os.lstat(where)
    except FileNotFoundError:
        if not create:
            return False
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            where.mkdir(mode=FOLDER_MODE)  # the umask may only remove bits
            info = os.lstat(where)
        except OSError:  # read-only home, or another process made it first: judged next run
            return False
    except OSError:
        return False
    why = "a symbolic link or not a folder" if not stat.S_ISDIR(info.st_mode) else untrusted(info)
    if why is not None:
        _warn(f"cache folder {where} not used: {why}")
        return False
    return True


_WARNED: set[str] = set()


def _warn(message: str) -> None:
    if message not in _WARNED:  # once per process, not once per lexicon
        _WARNED.add(message)
        warnings.warn(message, CacheWarning, stacklevel=4)


@functools.cache
def source_checksum(anchor: str, *modules: str) -> str:
    """A checksum of the source of ``modules`` (paths relative to the file ``anchor``).

    Part of the key of every entry that code compiles, so that a changed
    compiler rebuilds its entries without anyone bumping a version by hand.
    Without the sources (a build that ships bytecode only) textrepair's
    version, in every key, stands alone.
    """
    here = Path(anchor).resolve().parent
    crc = 0
    for name in modules:
        try:
            crc = zlib.crc32((here / name).read_bytes(), crc)
        except OSError:
            return "no-source"
    return f"{crc:08x}"


def files_key(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    """What identifies the contents of ``paths`` cheaply: name, size, mtime.

    Order is kept (later lexicons override earlier ones); a missing file
    counts as (-1, -1), so that it is read, and reported, when built.
    """
    out = []
    for p in paths:
        try:
            st = os.stat(p)
            out.append((str(p), st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((str(p), -1, -1))
    return tuple(out)


def encode_entry(full_key: bytes, data: Any) -> bytes:
    """An entry: magic line, checksum line, key line, then ``data`` as plain values.

    Raises ValueError when ``data`` holds anything but plain values.
    """
    payload = marshal.dumps(data)
    check = zlib.crc32(payload, zlib.crc32(full_key))
    return b"".join((MAGIC, b"%08x %d\n" % (check, len(payload)), full_key, b"\n", payload))


def decode_entry(raw: bytes, full_key: bytes) -> Any:
    """The data of entry ``raw`` if it was written for ``full_key`` and is intact; raise ValueError if not.

    The key and the checksum are compared before anything is decoded.
    """
    if not raw.startswith(MAGIC):
        raise ValueError("not a cache entry of this version")
    header_end = raw.find(b"\n", len(MAGIC))
    key_end = header_end + 1 + len(full_key)
    if header_end < 0 or raw[header_end + 1 : key_end + 1] != full_key + b"\n":
        raise ValueError("an entry for another key")
    check_hex, _, length = raw[len(MAGIC) : header_end].partition(b" ")
    payload = raw[key_end + 1 :]
    if len(check_hex) != _HEX or not length.isdigit() or int(length) != len(payload):
        raise ValueError("truncated entry")
    if int(check_hex, 16) != zlib.crc32(payload, zlib.crc32(full_key)):
        raise ValueError("damaged entry (checksum)")
    return marshal.loads(payload)


def cached(
    kind: str,
    key: Any,
    build: Callable[[], T],
    *,
    dump: Callable[[T], Any] = lambda obj: obj,
    load: Callable[[Any], T] = lambda data: data,
    worth_it: Callable[[T], bool] = lambda obj: True,
) -> T:
    """``build()``'s result, from the cache when it holds a sound entry for ``key``.

    ``dump`` turns the result into plain values (numbers, strings, bytes,
    tuples, lists, dicts, sets) and ``load`` back; ``load`` may raise on
    data it does not expect, which then counts as a damaged entry.
    """
    from ._version import __version__

    where = folder()
    # The file name is a checksum of the key and the file holds the key itself,
    # so that a checksum collision costs a rebuild, never wrong data. (zlib
    # imports in a fraction of a millisecond, hashlib through OpenSSL in several.)
    full_key = repr((kind, key, __version__, sys.version_info[:2])).encode()
    digest = f"{zlib.crc32(full_key):08x}{zlib.adler32(full_key):08x}"
    path = where / f"{kind}-{digest}{SUFFIX}" if where is not None else None
    if path is not None and where is not None and _trusted_folder(where, create=False):
        raw = _read_private(path)
        if raw is not None:
            try:
                return load(decode_entry(raw, full_key))
            except Exception:  # stale, damaged or of an unexpected shape: build again
                pass
    obj = build()
    if path is not None and where is not None and worth_it(obj) and _trusted_folder(where, create=True):
        try:
            entry = encode_entry(full_key, dump(obj))
        except ValueError:  # not plain values: a programming error, but only speed is lost
            return obj
        _save(path, kind, entry)
    return obj


def _read_private(path: Path) -> bytes | None:
    """The bytes of entry ``path`` when it is a regular file of the current user's that no one else may write."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        why = untrusted(info)
        if why is not None:
            _warn(f"cache entry {path} not used: {why}")
            return None
        with os.fdopen(os.dup(fd), "rb") as fh:
            return fh.read()
    except OSError:
        return None
    finally:
        os.close(fd)


def _save(path: Path, kind: str, payload: bytes) -> None:
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-", suffix=".tmp")  # 0600, unpredictable name
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
        mine = path.parent.glob(f"{kind}-{'?' * len(path.stem.rsplit('-', 1)[1])}{SUFFIX}")  # not "{kind}-other-..."
        old = sorted(mine, key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]
        for stale in [*old, *path.parent.glob(f"{kind}-*.pickle")]:  # earlier releases' pickles are never read
            stale.unlink(missing_ok=True)
    except OSError:  # read-only home, full disk, a race with another process: only speed is lost
        pass
