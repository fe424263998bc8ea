"""Reading and writing files without ever losing data.

A file is decoded with its BOM's encoding (UTF-8, UTF-16, UTF-32) or the
configured one (UTF-8 by default), with line endings kept as they are.
Binary files (NUL bytes) are skipped; undecodable files are refused. Only
regular files are read (a FIFO or a device is skipped), up to
:data:`MAX_FILE_BYTES`.

Writes go to a temporary file in the same directory, which then replaces the
original in one rename: a crash leaves the old file or the new one, never
half of either. A file is left untouched, with a message, when the rename
could lose something:

- it changed on disk since it was read (checked again just before the rename);
- decoding and encoding its untouched text does not give its bytes back;
- it is read-only, or has hard links (a rename would split them);
- its owner, group or mode (setuid and setgid included) cannot be kept.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import hashlib
import os
import secrets
import stat
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import InitVar, dataclass, field
from itertools import chain
from pathlib import Path

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Larger files are skipped: prose this long is data, and reading a runaway
#: file (a log, a dump) whole would only exhaust memory.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Bytes read, compared or encoded at a time, so that checking and writing a large file never copy it whole.
CHUNK_BYTES = 1 << 20
#: The digest that stands for a file's bytes while it is repaired (to see a change on disk).
_DIGEST = hashlib.blake2b
#: Ending of the temporary files a write creates beside the file
#: (``.NAME.PID-RANDOM.textrepair``): the process id tells a later run which are stale.
TEMP_SUFFIX = ".textrepair"
#: Bytes every configured encoding must give back unchanged through decoding
#: and encoding: ASCII text with the characters escaping codecs rewrite
#: (``unicode_escape`` turns ``\x41`` into ``A``, ``utf-7`` ``\`` into ``+AFw-``).
_ENCODING_PROBE = bytes(range(0x20, 0x7F)) + b"\t\n\r\\x41 \\u0041 \\n +AFw- ~"
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)  # a FIFO must not block


class SkipFile(Exception):
    """Not a file to repair (binary, special, too large); not an error."""


class FileError(Exception):
    """The file cannot be read or written safely; it is left untouched."""


@dataclass(frozen=True)
class TextFile:
    """A file read as text, and what a rewrite must know of its bytes.

    The bytes themselves are not kept (a large file would be held twice):
    their size and digest, to see whether the file changed on disk before it
    is replaced, and whether the text, encoded again, gives them back.
    """

    path: Path
    text: str
    encoding: str
    bom: bytes
    raw: InitVar[bytes]
    size: int = field(init=False)
    digest: bytes = field(init=False)
    #: Decoding and encoding again gives the bytes back: a rewrite changes only what the repair changed.
    round_trips: bool = field(init=False)

    def __post_init__(self, raw: bytes) -> None:
        try:
            same = _same(chain((self.bom,), _encoded(self.path, self.text, self.encoding)), raw)
        except FileError:
            same = False
        object.__setattr__(self, "size", len(raw))
        object.__setattr__(self, "digest", _DIGEST(raw).digest())
        object.__setattr__(self, "round_trips", same)


def check_encoding(name: str) -> str | None:
    """Why ``name`` cannot be a file encoding, or None.

    Repairs are written back in the file's encoding, so it must give any
    ASCII text back byte for byte and add nothing (no BOM): a codec that
    interprets escapes would rewrite every backslash of an untouched line.

    >>> check_encoding("latin-1") is None, check_encoding("cp1252") is None
    (True, True)
    >>> check_encoding("unicode_escape")
    "'unicode_escape' does not give text back byte for byte (it rewrites escapes or adds a BOM)"
    """
    try:
        info = codecs.lookup(name)
    except LookupError:
        return f"unknown encoding {name!r}"
    if not getattr(info, "_is_text_encoding", True):
        return f"{name!r} is not a text encoding"
    try:
        with warnings.catch_warnings():  # escaping codecs warn about the probe's escapes
            warnings.simplefilter("ignore")
            ok = _ENCODING_PROBE.decode(name).encode(name) == _ENCODING_PROBE and not "".encode(name)
    except (UnicodeError, ValueError, TypeError):
        ok = False
    if not ok:
        return f"{name!r} does not give text back byte for byte (it rewrites escapes or adds a BOM)"
    return None


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


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))
    for test, kind in kinds:
        if test(mode):
            return kind
    return "a socket" if stat.S_ISSOCK(mode) else "not a regular file"


def _read_fd(fd: int, limit: int, size: int = 0) -> bytes:
    """Up to ``limit`` bytes from the start of ``fd``, whose size is likely ``size``.

    One read of the likely size (plus one byte, to see a file that grew)
    makes one buffer: reading in parts and joining them held the file twice.
    """
    os.lseek(fd, 0, os.SEEK_SET)
    first = os.read(fd, min(limit, size + 1)) if size else b""
    if size and len(first) <= size:  # the whole file, as its size said
        return first
    parts, got = [first], len(first)
    while got < limit:
        part = os.read(fd, min(CHUNK_BYTES, limit - got))
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def _holds(fd: int, size: int, digest: bytes) -> bool:
    """Does ``fd`` hold ``size`` bytes of this digest? Read a chunk at a time, never whole."""
    os.lseek(fd, 0, os.SEEK_SET)
    seen, got = _DIGEST(), 0
    while part := os.read(fd, CHUNK_BYTES):
        seen.update(part)
        got += len(part)
        if got > size:
            return False
    return got == size and seen.digest() == digest


def _encoded(name: Path, text: str, encoding: str) -> Iterator[bytes]:
    """``text`` in ``encoding``, a chunk at a time (an incremental encoder carries state across chunks)."""
    encoder = codecs.getincrementalencoder(encoding)()
    step = CHUNK_BYTES // 4  # characters: a chunk's bytes stay near CHUNK_BYTES
    for start in range(0, len(text), step):
        piece = text[start : start + step]
        try:
            yield encoder.encode(piece)
        except UnicodeEncodeError as exc:
            raise FileError(
                f"{name}: the repair needs {piece[exc.start : exc.end]!r}, which {encoding} cannot hold; left untouched"
            ) from None
    tail = encoder.encode("", final=True)
    if tail:
        yield tail


def _same(chunks: Iterable[bytes], raw: bytes) -> bool:
    """Are ``chunks``, joined, ``raw``? Without joining them."""
    view, pos = memoryview(raw), 0
    for chunk in chunks:
        if view[pos : pos + len(chunk)] != chunk:
            return False
        pos += len(chunk)
    return pos == len(raw)


def read(path: Path, encoding: str = "utf-8") -> TextFile:
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SkipFile(f"{path}: symbolic link loop, skipped") from None
        raise FileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SkipFile(f"{path}: {_kind(info.st_mode)}, not a regular file; skipped")
        raw = _read_fd(fd, MAX_FILE_BYTES + 1, info.st_size)
    except OSError as exc:
        raise FileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(raw) > MAX_FILE_BYTES:
        raise SkipFile(f"{path}: larger than {MAX_FILE_BYTES // (1 << 20)} MiB, skipped")
    text, enc, bom = decode(raw, encoding, str(path))
    return TextFile(path, text, enc, bom, raw)


def write(original: TextFile, text: str, *, read_only: bool = False) -> list[str]:
    """Atomically replace the file with ``text`` in its own encoding and BOM; return notes for the user.

    ``read_only``: write files whose write permission bits are all off too.
    Raises FileError, the file untouched, when it cannot be done safely.
    """
    name = original.path
    if not original.round_trips:
        raise FileError(
            f"{name}: decoding and encoding it as {original.encoding} does not give its bytes back, so a rewrite "
            "would change lines the repair did not touch; left untouched (check the `encoding` setting)"
        )
    target = Path(os.path.realpath(name))  # write through symlinks, never replace them
    try:
        fd = os.open(target, _OPEN_FLAGS)
    except OSError as exc:
        raise FileError(f"{name}: cannot write: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        _check_writable(name, target, info, read_only=read_only)
        if not _holds(fd, original.size, original.digest):
            raise FileError(f"{name}: changed on disk while being repaired; left untouched")
        notes = stale_temp_files(target)
        # Encoded as it is written: the new bytes are never all in memory.
        new = chain((original.bom,), _encoded(name, text, original.encoding))
        _replace(name, target, fd, info, new, original)
    finally:
        os.close(fd)
    return notes


def _check_writable(name: Path, target: Path, info: os.stat_result, *, read_only: bool) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise FileError(f"{name}: {_kind(info.st_mode)}, not a regular file; left untouched")
    if info.st_nlink > 1:
        raise FileError(
            f"{name}: has {info.st_nlink} hard links; replacing it would leave the other names with the old "
            "text, so it is left untouched (repair it through a copy, or break the links)"
        )
    writable_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    if not read_only and not info.st_mode & writable_bits:
        raise FileError(f"{name}: read-only (mode {stat.S_IMODE(info.st_mode):04o}); not written")
    if not read_only and not os.access(target, os.W_OK):
        raise FileError(f"{name}: not writable by the current user; not written")


#: Temporary files being written by this process, for :func:`abandon_writes`.
_PENDING: set[Path] = set()


def abandon_writes() -> None:
    """Remove the temporary files of writes under way: the process is about to end, their originals stay."""
    for tmp in list(_PENDING):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    _PENDING.clear()


def _replace(
    name: Path, target: Path, fd: int, info: os.stat_result, data: Iterable[bytes], original: TextFile
) -> None:
    """Write ``data`` (chunks) beside ``target`` and rename it over, if ``fd`` (target, open) still holds ``original``.

    A chunk that cannot be made (a character the encoding cannot hold) ends
    the write with the temporary file removed and ``target`` untouched.
    """
    tmp = target.parent / f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
    _PENDING.add(tmp)
    try:
        out = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError as exc:
        _PENDING.discard(tmp)
        raise FileError(f"{name}: cannot write: {exc.strerror or exc}") from None
    try:
        try:
            with os.fdopen(out, "wb", closefd=False) as fh:
                for chunk in data:
                    fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            _keep_owner_and_mode(name, out, info, fd)
        finally:
            os.close(out)
        # The slow part (writing, syncing) is over: check again, as late as
        # possible, that nobody changed the file meanwhile (an editor's save,
        # a line appended), by its metadata and by its bytes.
        now = os.fstat(fd)
        moved = os.stat(target)
        if (
            (now.st_size, now.st_mtime_ns, now.st_ino) != (info.st_size, info.st_mtime_ns, info.st_ino)
            or (moved.st_dev, moved.st_ino) != (info.st_dev, info.st_ino)
            or not _holds(fd, original.size, original.digest)
        ):
            raise FileError(f"{name}: changed on disk while being repaired; left untouched (run again)")
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise FileError(f"{name}: cannot write: {exc.strerror or exc}") from None
        raise
    finally:
        _PENDING.discard(tmp)


def _keep_owner_and_mode(name: Path, fd: int, info: os.stat_result, source: int) -> None:
    """Give the new file ``info``'s owner, group, extended attributes and mode exactly, or raise FileError.

    ``source`` is the original file, open: its extended attributes (POSIX
    ACLs, user attributes, security labels) are copied after the owner, which
    an ACL names, and before the mode, whose group bits are the ACL's mask.
    """
    mine = os.fstat(fd)
    uid = info.st_uid if info.st_uid != mine.st_uid else -1
    gid = info.st_gid if info.st_gid != mine.st_gid else -1
    if (uid != -1 or gid != -1) and hasattr(os, "fchown"):  # no owners to keep where there is no chown
        try:
            os.fchown(fd, uid, gid)
        except OSError:
            raise FileError(
                f"{name}: owned by uid {info.st_uid}, gid {info.st_gid}, which a rewritten file could not keep; "
                "left untouched"
            ) from None
    _keep_extended_attributes(name, source, fd)
    if not hasattr(os, "fchmod"):  # Windows: a read-only bit, which a repaired file need not copy
        return
    os.fchmod(fd, stat.S_IMODE(info.st_mode))  # after chown, which clears setuid and setgid
    got = os.fstat(fd)
    if (got.st_uid, got.st_gid, stat.S_IMODE(got.st_mode)) != (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)):
        raise FileError(f"{name}: its mode {stat.S_IMODE(info.st_mode):04o} could not be kept; left untouched")


def _xattrs(fd: int) -> dict[str, bytes]:
    """The extended attributes of the open file ``fd``; none where the system or file system has none."""
    if not hasattr(os, "listxattr"):
        return {}
    try:
        return {key: os.getxattr(fd, key) for key in os.listxattr(fd)}
    except OSError as exc:
        if exc.errno in (errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS):
            return {}
        raise


def _keep_extended_attributes(name: Path, source: int, fd: int) -> None:
    """Copy ``source``'s extended attributes onto ``fd`` or raise FileError.

    A file system may give the new file some on its own (a default ACL of the
    folder, a security label); what counts is that in the end every attribute
    of the original is there with its value and none is extra.
    """
    want = _xattrs(source)
    if not want and not _xattrs(fd):
        return
    for key, value in want.items():
        with contextlib.suppress(OSError):  # judged by the comparison below
            os.setxattr(fd, key, value)
    for key in set(_xattrs(fd)) - set(want):
        with contextlib.suppress(OSError):
            os.removexattr(fd, key)
    if _xattrs(fd) != want:
        raise FileError(
            f"{name}: its extended attributes ({', '.join(sorted(want)) or 'none'}) could not be kept; left untouched"
        )


def stale_temp_files(target: Path) -> list[str]:
    """Remove temporary files an interrupted run left beside ``target``; say what was done.

    A temporary file names its writer's process id: one whose process is
    gone is removed; others (a run in progress, another user's) are left.
    """
    notes = []
    prefix = f".{target.name}."
    try:
        names = [n for n in os.listdir(target.parent) if n.startswith(prefix) and n.endswith(TEMP_SUFFIX)]
    except OSError:
        return []
    for found in names:
        pid, _, token = found[len(prefix) : -len(TEMP_SUFFIX)].partition("-")
        if not (pid.isdigit() and token):  # an earlier release's name: whose it is cannot be told
            notes.append(f"{target.parent / found}: probably left by an interrupted run; remove it if none is running")
            continue
        if _alive(int(pid)):
            continue
        try:
            os.unlink(target.parent / found)
            notes.append(f"{target.parent / found}: removed, a temporary file left by an interrupted run")
        except OSError as exc:
            notes.append(f"{target.parent / found}: a temporary file left by an interrupted run ({exc.strerror})")
    return notes


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, another user's
        return True
    return True
