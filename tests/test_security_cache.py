"""The compiled-lexicon cache under attack and accident, in a temporary folder.

An attacker who can write to the cache folder plants entries; a crash or a bad
disk truncates or flips bits. Neither may run code, change a repair, or stop
later runs from rebuilding the entry.
"""

from __future__ import annotations

import os
import pickle
import stat
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from textrepair import cache

#: A text whose repair reads the shipped name and spinner lexicons through the cache.
TEXT = "A refreshing breeze blew over new york and kiev.\n"
REPAIR_SCRIPT = "import sys, textrepair; sys.stdout.write(textrepair.repair(sys.stdin.read()).text)"


class _Plant:
    """Unpickling this creates ``path``: the proof that a load ran code."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.path), "w"))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("TEXTREPAIR_CACHE_DIR", str(where))
    monkeypatch.delenv("TEXTREPAIR_NO_CACHE", raising=False)
    return where


def _repair_in_subprocess(folder: Path) -> str:
    env = {**os.environ, "TEXTREPAIR_CACHE_DIR": str(folder)}
    env.pop("TEXTREPAIR_NO_CACHE", None)
    done = subprocess.run(
        [sys.executable, "-c", REPAIR_SCRIPT], input=TEXT, capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_planted_pickle_never_runs(folder: Path, tmp_path: Path) -> None:
    expected = _repair_in_subprocess(folder)
    entries = list(folder.iterdir())
    assert entries, "the run wrote no cache entries"
    marker = tmp_path / "ran"
    for entry in entries:  # every entry, and each old-style pickle name beside it
        evil = pickle.dumps((b"any key", _Plant(marker)))
        entry.write_bytes(evil)
        entry.with_suffix(".pickle").write_bytes(evil)
    assert _repair_in_subprocess(folder) == expected
    assert not marker.exists()
    assert not list(folder.glob("*.pickle"))  # the planted files of the old format are removed


def test_a_cache_folder_others_may_write_is_not_used(folder: Path) -> None:
    folder.mkdir(mode=0o700)
    cache.cached("demo", ("k",), lambda: "first")
    folder.chmod(0o777)
    (entry,) = folder.glob("demo-*.cache")
    with pytest.warns(cache.CacheWarning, match="writable by others"):
        assert cache.cached("demo", ("k",), lambda: "built, not read") == "built, not read"
    assert entry.exists()  # and nothing written into the shared folder either
    assert len(list(folder.iterdir())) == 1


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a folder away needs root")
def test_a_cache_folder_of_another_user_is_not_used(folder: Path) -> None:
    folder.mkdir(mode=0o700)
    cache.cached("demo", ("k",), lambda: "first")
    other = 54321
    os.chown(folder, other, other)
    with pytest.warns(cache.CacheWarning, match="owned by uid 54321"):
        assert cache.cached("demo", ("k",), lambda: "built") == "built"
    os.chown(folder, 0, 0)
    for entry in folder.glob("demo-*.cache"):  # a foreign entry in one's own folder: not read either
        os.chown(entry, other, other)
    with warnings.catch_warnings(record=True):
        assert cache.cached("demo", ("k",), lambda: "built again") == "built again"


def test_an_entry_others_may_write_or_a_symlink_is_not_read(folder: Path, tmp_path: Path) -> None:
    cache.cached("demo", ("k",), lambda: "first")
    (entry,) = folder.glob("demo-*.cache")
    entry.chmod(0o666)
    with warnings.catch_warnings(record=True):
        assert cache.cached("demo", ("k",), lambda: "second") == "second"
    outside = tmp_path / "elsewhere"
    outside.write_bytes(entry.read_bytes())
    entry.unlink()
    entry.symlink_to(outside)
    assert cache.cached("demo", ("k",), lambda: "third") == "third"


def test_created_private_whatever_the_umask(folder: Path) -> None:
    old = os.umask(0)
    try:
        cache.cached("demo", ("k",), lambda: [1, 2])
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == cache.FOLDER_MODE
    (entry,) = folder.glob("demo-*.cache")
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert cache.cached("demo", ("k",), lambda: pytest.fail("not read back")) == [1, 2]


def test_the_key_is_checked_before_decoding() -> None:
    entry = cache.encode_entry(b"('demo', 1)", {"a": 1})
    with pytest.raises(ValueError, match="another key"):
        cache.decode_entry(entry, b"('demo', 2)")
    assert cache.decode_entry(entry, b"('demo', 1)") == {"a": 1}


def test_objects_that_are_not_plain_values_are_not_cached(folder: Path) -> None:
    assert cache.cached("demo", ("k",), lambda: _Plant(folder / "x")).path == folder / "x"
    assert not list(folder.glob("demo-*"))


def _damaged(raw: bytes) -> list[bytes]:
    """Truncations and single-bit flips across the entry, header and payload alike."""
    out = [raw[:cut] for cut in (0, 5, len(raw) // 3, len(raw) - 1)]
    step = max(1, len(raw) // 40)
    for offset in range(0, len(raw), step):
        flipped = bytearray(raw)
        flipped[offset] ^= 1 << (offset % 8)
        out.append(bytes(flipped))
    return out


def test_every_damaged_entry_is_rebuilt_and_replaced(folder: Path) -> None:
    value = {"refreshing breeze": ("xbox series s", 1.5), "words": ["a", "b"] * 50}
    cache.cached("demo", ("k",), lambda: value)
    (entry,) = folder.glob("demo-*.cache")
    good = entry.read_bytes()
    for bad in _damaged(good):
        entry.write_bytes(bad)
        assert cache.cached("demo", ("k",), lambda: value) == value
        assert entry.read_bytes() == good  # rebuilt and written back, not left to fail again
        assert cache.cached("demo", ("k",), lambda: pytest.fail("the rebuilt entry was not used")) == value


def test_damaged_lexicon_entries_never_change_a_repair(folder: Path) -> None:
    expected = _repair_in_subprocess(folder)
    for entry in sorted(folder.iterdir()):
        good = entry.read_bytes()
        for bad in (good[: len(good) // 2], good[:-7] + bytes([good[-7] ^ 0x10]) + good[-6:]):
            entry.write_bytes(bad)
            assert _repair_in_subprocess(folder) == expected, entry.name
            assert entry.read_bytes() == good
