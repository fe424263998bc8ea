"""The compiled-lexicon cache: built once, read after, never trusted blindly."""

from __future__ import annotations

from pathlib import Path

import pytest

from textrepair import cache


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TEXTREPAIR_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("TEXTREPAIR_NO_CACHE", raising=False)
    return tmp_path


def test_built_once_then_read(folder: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"a": 1}

    assert cache.cached("demo", ("k",), build) == {"a": 1}
    assert cache.cached("demo", ("k",), build) == {"a": 1}
    assert len(calls) == 1
    assert cache.cached("demo", ("other",), build) == {"a": 1}
    assert len(calls) == 2  # another key, another entry


def test_damaged_entry_is_rebuilt(folder: Path) -> None:
    cache.cached("demo", ("k",), lambda: [1, 2])
    (entry,) = folder.glob("demo-*.cache")
    entry.write_bytes(b"not an entry")
    assert cache.cached("demo", ("k",), lambda: [3]) == [3]


def test_turned_off(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTREPAIR_NO_CACHE", "1")
    cache.cached("demo", ("k",), lambda: 1)
    assert list(folder.iterdir()) == []


def test_pruning_keeps_other_kinds(folder: Path) -> None:
    cache.cached("demo-extra", ("x",), lambda: 0)
    for n in range(cache.KEEP + 3):
        cache.cached("demo", (n,), lambda n=n: n)
    assert len(list(folder.glob("demo-" + "?" * 16 + ".cache"))) == cache.KEEP
    assert len(list(folder.glob("demo-extra-*.cache"))) == 1


def test_files_key_changes_with_content(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.tsv"
    path.write_text("a\tb\tfix\tx\n")
    before = cache.files_key([path])
    path.write_text("a\tb\tfix\tx\nc\td\tfix\tx\n")
    assert cache.files_key([path]) != before


def test_a_file_holding_another_key_is_rebuilt(folder: Path) -> None:
    # As if two keys shared a checksum: the stored key decides, not the file name.
    assert cache.cached("demo", ("a",), lambda: "built for a") == "built for a"
    (path,) = folder.glob("demo-*.cache")
    path.write_bytes(path.read_bytes().replace(b"'a'", b"'b'"))
    assert cache.cached("demo", ("a",), lambda: "built again") == "built again"


def test_source_checksum_follows_the_compilers_code(tmp_path: Path) -> None:
    from textrepair.cache import source_checksum

    anchor = tmp_path / "compiler.py"
    anchor.write_text("VERSION = 1\n")
    (tmp_path / "helper.py").write_text("def f(): ...\n")
    first = source_checksum(str(anchor), "compiler.py", "helper.py")
    source_checksum.cache_clear()  # a process reads the sources once; a new one sees the change
    (tmp_path / "helper.py").write_text("def f(): return 1\n")
    assert source_checksum(str(anchor), "compiler.py", "helper.py") != first
    assert source_checksum(str(anchor), "compiler.py", "missing.py") == "no-source"
