"""``textrepair fix`` over real documentation trees changes real damage and nothing else.

The project's small copies in tests/docs_trees (sources and licences in its
README) run every time: exactly these files change, exactly so. The whole
trees in ../shared/corpus/docs run when they are there.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from textrepair.cli import main
from textrepair.markup import kind_for_path, protected_spans

TREES = Path(__file__).parent / "docs_trees"
SHARED_DOCS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs"

#: Every line ``fix`` changes in the small copies: path -> [(before, after)], in order.
EXPECTED_LINES = {
    "rust-book/src/ch14-01-release-profiles.md": [
        (
            "Cargo has default settings for each of the profiles that apply when you haven't",
            "Cargo has default settings for each of the profiles that apply when you haven\u2019t",
        ),
    ],
    "flask-docs/docs/design.rst": [
        (
            "\u201cMicro\u201d does not mean that your whole web application has to fit into a single",
            '"Micro" does not mean that your whole web application has to fit into a single',
        ),
    ],
    "flask-docs/docs/signals.rst": [
        (
            "(:meth:`~blinker.base.Signal.connected_to`)  that allows you to",
            "(:meth:`~blinker.base.Signal.connected_to`) that allows you to",
        ),
    ],
    "site/content/release.md": [
        (
            'description: "Themes load from the ./themes directory again , and faster"',
            'description: "Themes load from the ./themes directory again, and faster"',
        ),
        (
            "The loader reads the ./themes directory again .  Mirrors in kyiv serve it.",
            "The loader reads the ./themes directory again.  Mirrors in Kyiv serve it.",
        ),
        (
            '\u201cFast\u201d is the word: it\u2019s twice as fast, and "fast" is what users asked for.',
            "\u201cFast\u201d is the word: it\u2019s twice as fast, and \u201cfast\u201d is what users asked for.",
        ),
    ],
}

#: The files ``fix`` changes in the whole trees: a straight apostrophe in a
#: chapter written in curly quotes, a trailing space; curly quotes in pages
#: written in straight ones, a doubled space. Everything else stays.
EXPECTED_SHARED = {
    "rust-book": {
        "src/ch02-00-guessing-game-tutorial.md",
        "src/ch03-02-data-types.md",
        "src/ch13-01-closures.md",
        "src/ch14-01-release-profiles.md",
        "src/ch14-02-publishing-to-crates-io.md",
        "src/ch14-03-cargo-workspaces.md",
        "src/ch18-03-oo-design-patterns.md",
    },
    "flask-docs": {"docs/config.rst", "docs/design.rst", "docs/signals.rst"},
}


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _protected(name: str, data: bytes) -> list[str]:
    kind = kind_for_path(name)
    if kind == "text":
        return []
    text = data.decode("utf-8")
    return [text[a:b] for a, b in protected_spans(text, kind)]


def _fix(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The files of ``root`` before and after ``textrepair fix``; a second run must find nothing."""
    before = _files(root)
    assert main(["fix", "-q", "-j", "1", str(root)]) == 0, capsys.readouterr().err
    after = _files(root)
    assert main(["check", "-q", "-j", "1", str(root)]) == 0, "a second run would change the files again"
    for name, data in before.items():
        assert _protected(name, after[name]) == _protected(name, data), f"protected text changed in {name}"
    return before, after


def _changed_lines(before: bytes, after: bytes) -> list[tuple[str, str]]:
    old, new = before.decode("utf-8").splitlines(), after.decode("utf-8").splitlines()
    assert len(old) == len(new), "fix never adds or removes lines here"
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


@pytest.mark.skipif(not TREES.is_dir(), reason="tests/docs_trees is not in this copy of the project")
def test_small_copies_change_exactly_as_expected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "docs"
    # copyfile: the copies are the user's working files, writable whatever the source's mode.
    shutil.copytree(TREES, root, ignore=shutil.ignore_patterns("README.md"), copy_function=shutil.copyfile)
    before, after = _fix(root, capsys)
    changed = {name: _changed_lines(before[name], after[name]) for name in before if before[name] != after[name]}
    assert changed == EXPECTED_LINES


@pytest.mark.parametrize("tree", sorted(EXPECTED_SHARED))
def test_shared_trees_change_only_the_expected_files(
    tree: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = SHARED_DOCS / tree
    if not source.is_dir():
        pytest.skip(f"{source} is not here")
    root = tmp_path / tree
    shutil.copytree(source, root, copy_function=shutil.copyfile)  # the shared trees are read-only
    before, after = _fix(root, capsys)
    assert {name for name in before if before[name] != after[name]} == EXPECTED_SHARED[tree]
