"""ENC's alignment of a line whose repair only took characters out: known without computing it."""

from __future__ import annotations

import random

import pytest

from textrepair.normalizers import encoding

DELETED = ["\x00", "\x01", "\x1f", "\x7f", "\x85", "\x9d", "\u00ad", "\u200b", "\u200e", "\u2060", "\ufeff"]
KEPT = ["a", "b", " ", "\u00e9", "\ufffd", "\u201c", ".", "\t"]


@pytest.mark.parametrize("seed", range(4))
def test_deletions_are_the_alignment_rapidfuzz_finds(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(1500):
        pieces = [rng.choice(DELETED if rng.random() < 0.3 else KEPT) for _ in range(rng.randint(1, 40))]
        a = "".join(pieces)
        b = "".join(p for p in pieces if p not in DELETED)
        if a == b:
            continue
        assert encoding._only_deleted(a, b), a
        aligned = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in encoding._opcodes(a, b) if tag != "equal"]
        assert list(encoding._deletions(a)) == aligned, a
        assert encoding._char_diff(a, b) == [(i1, i2, "") for i1, i2, _, _ in aligned]


def test_a_repair_that_writes_anything_is_aligned() -> None:
    assert not encoding._only_deleted("caf\u00c3\u00a9\x00", "caf\u00e9")  # decoded, not only taken out
    assert not encoding._only_deleted("a\x00b", "a\x00b")  # nothing taken out
    assert not encoding._only_deleted("a\x00\x01b", "a\x01b")  # what is left holds a deleted character
