"""How the C allocator places large blocks, set for the command line's long texts.

What it does: on Linux with glibc, fixes the size from which ``malloc`` gives
a block a mapping of its own (``mallopt(M_MMAP_THRESHOLD)``) at glibc's
initial 128 KiB, once, before the first text long enough to be repaired in
pieces (:mod:`textrepair.pieces`). Elsewhere it does nothing.

Why: glibc raises that size each time a mapped block is freed, up to 32 MiB.
A long text's pieces come with working blocks of a few hundred kilobytes
that are freed piece after piece, so the size soon passes them; from then
on they and the result that grows all along (the repaired text, the edits'
columns) share the heap, where a block freed below a live one is not given
back and a block that grows is copied. 10 MB of ``word , `` checked as a
file added 4.4 MB a MB where the objects alive held 2.6; with the size
fixed, 2.6, at the same CPU time (measured on it, on mojibake on every line
and on the corpus's prose). It is set by ``textrepair``'s own runs, the
command line and its worker processes, not by ``repair()``: a library does
not change its host's allocator.

Example::

    >>> from textrepair.allocator import map_large_blocks
    >>> map_large_blocks() in (True, False)
    True
"""

from __future__ import annotations

import os
import sys

#: ``M_MMAP_THRESHOLD`` in glibc's ``<malloc.h>``.
M_MMAP_THRESHOLD = -3
#: Blocks from this size on get a mapping of their own: glibc's initial value, kept.
LARGE_BLOCK = 128 * 1024

_done: list[bool] = []  # the answer, once asked


def map_large_blocks() -> bool:
    """Fix glibc's threshold for mapped blocks (see the module); whether it is fixed. Asked once a process."""
    if not _done:
        _done.append(_set_threshold())
    return _done[0]


def _set_threshold() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return False  # musl and others: no mallopt of this meaning
    except (ValueError, OSError):
        return False
    import ctypes  # only here: its import costs the command line's start-up 3 ms

    try:
        return bool(ctypes.CDLL(None).mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK))
    except (OSError, AttributeError):
        return False
