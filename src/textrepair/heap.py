"""Large blocks kept out of the C heap while a long text is repaired (glibc).

What it does
    :func:`lean` fixes glibc's mmap threshold at :data:`MAPPED_FROM` bytes
    for the length of a long repair: every block that large is then mapped
    on its own, not cut from the heap. :func:`scratch` lifts it for a call
    that allocates and frees one large buffer again and again.

Why
    What a long repair keeps grows as its pieces are done: the output text
    and the edit columns are reallocated over and over. glibc's threshold
    rises to the size of any mapped block freed (up to 32 MiB), so after the
    first piece those blocks live in the heap. There a block that cannot grow
    in place is copied, old and new alive at once, and leaves a hole the next
    piece's working data is cut from. A mapped block grows by ``mremap``,
    without a copy. Measured with ``benchmarks/adversarial.py --sizes 1 10``
    (memory each further MB of a file added): ``word , `` repeated, 4.7 to
    2.8 MB per MB through ``repair()``, 5.6 to 2.8 through ``check`` on
    ``.md``; mojibake on every line, 5.3 to 3.5 through ``repair()`` (2.6 per
    MB of the text in memory, which takes two bytes a character).

    rapidfuzz's alignment allocates a 2 MB matrix for each window of a long
    damaged line. Mapped, each is fresh memory the kernel must fault in:
    mojibake on one line went from 0.98 to 1.26 CPU s/MB (with 8 MB windows
    then). :func:`scratch` keeps that buffer in the heap, where the next
    window reuses it.

    On leaving, the threshold is fixed at glibc's own ceiling, where a
    process's dynamic threshold ends up once it has freed a large block, and
    the trim threshold at twice that. Elsewhere than glibc both are no-ops.

Example
    >>> with lean():
    ...     with scratch():
    ...         pass
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache

#: mallopt(3) parameters (glibc's malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: Blocks of this many bytes and more are mapped while a long text is repaired:
#: glibc's own starting threshold, which it raises as a process runs.
MAPPED_FROM = 128 * 1024
#: glibc's ceiling for its dynamic threshold on 64-bit systems: the threshold
#: left after a long repair, and the one a scratch buffer is allocated under.
DYNAMIC_CEILING = 32 * 1024 * 1024
#: The heap's free top is given back to the system past this size while a long
#: text is repaired: a scratch buffer freed at the top is then reused, not
#: given back and faulted in again for the next window.
TRIM_FROM = DYNAMIC_CEILING

_lock = threading.Lock()
_depth = 0  # lean() calls under way, in any thread: the threshold is the process's


@cache
def _mallopt() -> Callable[[int, int], int] | None:
    """glibc's mallopt(3), or None elsewhere; looked up at the first long text, not at import."""
    import platform  # 1.3 ms: not for every short run

    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    import ctypes

    try:
        call: Callable[[int, int], int] = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return None
    return call


@contextmanager
def lean() -> Iterator[None]:
    """Large blocks mapped, not cut from the heap, for the length of the block."""
    global _depth
    set_ = _mallopt()
    if set_ is None:
        yield
        return
    with _lock:
        _depth += 1
        if _depth == 1:
            set_(_M_TRIM_THRESHOLD, TRIM_FROM)
            set_(_M_MMAP_THRESHOLD, MAPPED_FROM)
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                set_(_M_MMAP_THRESHOLD, DYNAMIC_CEILING)
                set_(_M_TRIM_THRESHOLD, 2 * DYNAMIC_CEILING)


@contextmanager
def scratch() -> Iterator[None]:
    """A large buffer allocated and freed inside the block comes from the heap, even under :func:`lean`."""
    if not _depth:  # no long repair under way (and so mallopt found, if _depth ever rose)
        yield
        return
    set_ = _mallopt()
    assert set_ is not None
    set_(_M_MMAP_THRESHOLD, DYNAMIC_CEILING)
    try:
        yield
    finally:
        if _depth:
            set_(_M_MMAP_THRESHOLD, MAPPED_FROM)
