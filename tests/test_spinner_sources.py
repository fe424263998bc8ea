"""The source data of the generated spinner lexicon lines (lexicons/spinner/sources/) and the build."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
sys.path.insert(0, str(SCRIPTS))
build = importlib.import_module("build_spinner_lexicon")

SOURCES = build.SOURCES_DIR


def test_sources_parse() -> None:
    data = build.read_sources(SOURCES)
    assert len(data.swaps) > 300
    assert list(data.domains)[:2] == ["news", "business"]
    assert all(len(collocs) > 50 for collocs in data.domains.values())
    assert len(data.direct) > 1000
    assert {"excessive demand"} <= data.drop
    assert "years in the past" in data.context_overrides


def test_sources_are_sorted_and_have_headers() -> None:
    assert build.source_problems(SOURCES) == []
    for path in sorted(SOURCES.rglob("*")):
        if path.is_file():
            assert path.read_text(encoding="utf-8").startswith("# "), f"{path.name}: no '#' header"


def test_committed_lexicons_are_up_to_date() -> None:
    """Rebuilding in memory from the sources reproduces lexicons/spinner/*.tsv exactly."""
    stale = build.stale(build.build())
    assert not stale, f"run python scripts/build_spinner_lexicon.py: {[p.name for p in stale]} would change"


def _copy(tmp_path: Path) -> tuple[Path, Path]:
    lexicons = tmp_path / "spinner"
    shutil.copytree(build.LEXICON_DIR, lexicons)
    return lexicons, lexicons / "sources"


def test_check_notices_a_changed_source(tmp_path: Path) -> None:
    lexicons, sources = _copy(tmp_path)
    assert build.stale(build.build(lexicons, sources)) == []
    path = sources / "drop.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line for line in lines if line != "excessive demand") + "\n", encoding="utf-8")
    assert [p.name for p in build.stale(build.build(lexicons, sources))] == ["general.tsv"]


def test_check_notices_an_edited_generated_line(tmp_path: Path) -> None:
    lexicons, sources = _copy(tmp_path)
    path = lexicons / "news.tsv"
    text = path.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.endswith("\tgenerated"))
    path.write_text(text.replace(line + "\n", ""), encoding="utf-8")
    assert build.stale(build.build(lexicons, sources)) == [path]


def test_source_problems_flag_unsorted_and_repeated_lines(tmp_path: Path) -> None:
    _, sources = _copy(tmp_path)
    drop = sources / "drop.txt"
    drop.write_text(drop.read_text(encoding="utf-8") + "aaa\nzzz\nzzz\n", encoding="utf-8")
    assert build.source_problems(sources) == [
        "drop.txt: lines are not sorted",
        "drop.txt: a key is listed more than once",
    ]


def test_malformed_source_line_is_an_error(tmp_path: Path) -> None:
    _, sources = _copy(tmp_path)
    path = sources / "direct" / "news.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "only two\tcolumns\n", encoding="utf-8")
    with pytest.raises(ValueError, match="columns"):
        build.read_sources(sources)


def test_check_flag_exit_code() -> None:
    assert build.main(["--check"]) == 0
