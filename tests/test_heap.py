"""Long repairs map their large blocks; scratch buffers and later work use the heap (textrepair.heap)."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest

from textrepair import heap

#: Larger than any free chunk a test process's heap holds, smaller than glibc's ceiling.
BLOCK = 16 * 1024 * 1024

pytestmark = pytest.mark.skipif(heap._mallopt() is None, reason="needs glibc's mallopt")


def in_heap(block: bytearray) -> bool:
    """Is ``block``'s buffer cut from the process's heap (``[heap]`` in /proc/self/maps), not mapped on its own?"""
    address = ctypes.addressof(ctypes.c_char.from_buffer(block))
    for line in Path("/proc/self/maps").read_text().splitlines():
        bounds, *rest = line.split()
        low, high = (int(x, 16) for x in bounds.split("-"))
        if low <= address < high:
            return rest[-1] == "[heap]"
    raise AssertionError("the block is in no mapping")


def test_a_long_repair_maps_large_blocks_and_leaves_the_heap_to_the_rest() -> None:
    with heap.lean():
        assert not in_heap(bytearray(BLOCK))
        with heap.lean():  # nested: the outer one still holds on leaving
            pass
        assert not in_heap(bytearray(BLOCK))
        with heap.scratch():  # rapidfuzz's matrix
            assert in_heap(bytearray(BLOCK))
        # Freed at the heap's top, it is kept (not trimmed) for the next window to reuse.
        assert in_heap(bytearray(BLOCK))
    assert in_heap(bytearray(BLOCK))  # afterwards, glibc's ceiling: the heap again


def test_scratch_outside_a_long_repair_changes_nothing() -> None:
    with heap.scratch():
        assert in_heap(bytearray(BLOCK))
    assert heap._depth == 0


def test_a_long_text_is_repaired_lean() -> None:
    from textrepair import repair
    from textrepair.pieces import PIECE_CHARS

    seen: list[int] = []
    real = heap.scratch

    def spy() -> object:
        seen.append(heap._depth)
        return real()

    text = "caf\u00c3\u00a9 " * (PIECE_CHARS // 3)  # one long damaged line: aligned with rapidfuzz
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("textrepair.normalizers.encoding.scratch", spy)
        assert "caf\u00e9 caf\u00e9" in repair(text).text
    assert seen and all(depth == 1 for depth in seen)
    assert heap._depth == 0
