"""textrepair's own runs fix glibc's threshold for mapped blocks before a long file (textrepair.allocator)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from textrepair import allocator, process
from textrepair.pieces import PIECE_CHARS


def _glibc() -> bool:
    try:
        return sys.platform.startswith("linux") and bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (ValueError, OSError):
        return False


@pytest.mark.skipif(not _glibc(), reason="glibc's mallopt only")
def test_the_threshold_is_fixed_once() -> None:
    assert allocator.map_large_blocks() is True
    assert allocator.map_large_blocks() is True and allocator._done == [True]


def test_a_long_file_fixes_it_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(process, "map_large_blocks", lambda: calls.append("fixed") or True)
    short, long = tmp_path / "short.txt", tmp_path / "long.txt"
    short.write_text("a short text .\n", encoding="utf-8")
    long.write_text("word , " * (PIECE_CHARS // 7 + 10), encoding="utf-8")
    process.process_file(str(short), "check", {})
    assert calls == []
    process.process_file(str(long), "check", {})
    assert calls and calls[0] == "fixed"
