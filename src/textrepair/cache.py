"""A disk cache for compiled lexicons, so that a one-file run starts fast.

Compiled data lives in ``$TEXTREPAIR_CACHE_DIR``, else
``$XDG_CACHE_HOME/textrepair`` or ``~/.cache/textrepair`` (the user's own
folder, like any cache of compiled code); ``TEXTREPAIR_NO_CACHE=1`` turns it
off. Entries are keyed by what they were built from (file paths, sizes and
modification times), textrepair's version and Python's, written atomically,
and any problem reading or writing one only costs the time to build again.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
#: Cache files kept per kind; older ones are removed.
KEEP = 4


def folder() -> Path | None:
    if os.environ.get("TEXTREPAIR_NO_CACHE"):
        return None
    base = os.environ.get("TEXTREPAIR_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg or Path.home() / ".cache") / "textrepair"


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


def cached(
    kind: str,
    key: Any,
    build: Callable[[], T],
    *,
    dump: Callable[[T], Any] = lambda obj: obj,
    load: Callable[[Any], T] = lambda data: data,
    worth_it: Callable[[T], bool] = lambda obj: True,
) -> T:
    """``build()``'s result, from the cache when it holds one for ``key``.

    ``dump`` turns the result into something picklable (and ``load`` back),
    for objects that pickle slowly or not at all.
    """
    from . import __version__

    where = folder()
    # The file name is a checksum of the key and the file holds the key itself,
    # so that a checksum collision costs a rebuild, never wrong data. (zlib
    # imports in a fraction of a millisecond, hashlib through OpenSSL in several.)
    full_key = repr((kind, key, __version__, sys.version_info[:2])).encode()
    digest = f"{zlib.crc32(full_key):08x}{zlib.adler32(full_key):08x}"
    path = where / f"{kind}-{digest}.pickle" if where else None
    if path is not None:
        try:
            stored_key, data = pickle.loads(path.read_bytes())
            if stored_key == full_key:
                return load(data)
        except Exception:  # missing, stale or damaged: build again
            pass
    obj = build()
    if path is not None and worth_it(obj):
        _save(path, kind, pickle.dumps((full_key, dump(obj)), protocol=pickle.HIGHEST_PROTOCOL))
    return obj


def _save(path: Path, kind: str, payload: bytes) -> None:
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
        mine = path.parent.glob(f"{kind}-{'?' * len(path.stem.rsplit('-', 1)[1])}.pickle")  # not "{kind}-other-..."
        old = sorted(mine, key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]
        for stale in old:
            stale.unlink(missing_ok=True)
    except OSError:  # read-only home, full disk, a race with another process: only speed is lost
        pass
