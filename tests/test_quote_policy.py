"""The quote style per use: one style everywhere for the library, each file's own for the command line."""

from __future__ import annotations

from pathlib import Path

from textrepair import repair
from textrepair.cli import main
from textrepair.markup import protected_spans

CURLY_FILE = "\u201cIt\u2019s late,\u201d she said.\n"
MIXED_FILE = '\u201cIt\u2019s late,\u201d she said. "Go," he said.\n'


def _document(text: str, **options: object) -> str:
    return repair(text, select=["QUO"], quote_style="document", **options).text


def test_the_library_straightens_by_default() -> None:
    assert repair(CURLY_FILE, select=["QUO"]).text == '"It\'s late," she said.\n'


def test_a_document_in_one_style_is_left_alone() -> None:
    assert _document(CURLY_FILE) == CURLY_FILE
    assert _document('"It\'s late," she said.\n') == '"It\'s late," she said.\n'
    assert _document("\u201eGuten Tag\u201c and 5'10\" are fine.") == "\u201eGuten Tag\u201c and 5'10\" are fine."


def test_a_mixed_document_takes_its_majority_style_and_a_tie_goes_straight() -> None:
    assert _document(MIXED_FILE) == "\u201cIt\u2019s late,\u201d she said. \u201cGo,\u201d he said.\n"
    assert _document('\u201cYes\u201d and "no"') == '"Yes" and "no"'
    # Primes and lone quotes stay straight in either style: they do not vote.
    assert _document("\u201cHi\u201d from 5'10\" and ' here") == "\u201cHi\u201d from 5'10\" and ' here"


def test_quotes_in_protected_text_neither_change_nor_vote() -> None:
    text = 'He said \u201chi\u201d and `print("a", "b", "c")` ran.\n'
    spans = protected_spans(text, "markdown")
    result = repair(text, select=["QUO"], quote_style="document", protected=spans, markup="markdown")
    assert result.text == text


def test_repair_is_idempotent_under_the_document_style() -> None:
    once = _document(MIXED_FILE)
    assert _document(once) == once


def test_files_keep_their_style_unless_settings_name_one(tree: Path) -> None:
    (tree / "curly.md").write_text(CURLY_FILE)
    (tree / "mixed.md").write_text(MIXED_FILE)
    assert main(["fix", "-q", "curly.md", "mixed.md"]) == 0
    assert (tree / "curly.md").read_text() == CURLY_FILE
    assert (tree / "mixed.md").read_text() == "\u201cIt\u2019s late,\u201d she said. \u201cGo,\u201d he said.\n"
    # A profile or the configuration that names a style wins over the default for files.
    assert main(["fix", "-q", "--quote-style", "straight", "curly.md"]) == 0
    assert (tree / "curly.md").read_text() == '"It\'s late," she said.\n'
    assert main(["fix", "-q", "--profile", "typography", "curly.md"]) == 0
    assert (tree / "curly.md").read_text() == CURLY_FILE
    (tree / "sub").mkdir()  # configuration is looked up once per folder and run
    (tree / "sub" / "textrepair.toml").write_text('quote-style = "straight"\n')
    (tree / "sub" / "mixed.md").write_text(MIXED_FILE)
    assert main(["fix", "-q", "sub/mixed.md"]) == 0
    assert (tree / "sub" / "mixed.md").read_text() == '"It\'s late," she said. "Go," he said.\n'
