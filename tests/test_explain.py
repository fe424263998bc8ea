"""``textrepair check --explain``: the spin evidence behind the spinner's edits, per paragraph."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from textrepair.cli import main

#: A listed spinner phrase ("international locations") marks the document spun, so the language
#: model weighs the other swaps ("mentioned" for "said").
SPUN = (
    "NATO international locations pledged more help. Police mentioned the suspect was arrested on the scene. "
    "Officers mentioned he had been carrying a knife and was taken to a close-by hospital.\n"
)
CLEAN = "The committee met on Tuesday and said the report would be published next month.\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # the configuration search stops here
    (tmp_path / "spun.txt").write_text(SPUN, "utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, "utf-8")
    return tmp_path


def explain(path: str, capsys: pytest.CaptureFixture[str], select: str = "SPN") -> list[str]:
    main(["check", "--explain", "--select", select, path])
    return [line for line in capsys.readouterr().out.splitlines() if not re.match(r"\S+:\d+:\d+: ", line)]


def test_a_spun_document_shows_its_score_fingerprints_and_the_model_swaps(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = explain("spun.txt", capsys)
    assert lines[0] == "spun.txt: no configuration file (defaults)"
    assert re.fullmatch(r"spun\.txt: document spin score \d\.\d\d", lines[1])
    assert re.fullmatch(r"  line 1: spin \d\.\d\d: 'NATO international locations'→'NATO countries', .+", lines[2])
    assert re.fullmatch(r"  line 1: language model read \d+ phrases, paragraph spun posterior \d\.\d\d", lines[3])
    swaps = [line for line in lines if line.startswith("    ")]
    assert swaps and all(
        re.fullmatch(r"    '.+' → '.+' posterior \d\.\d\d \(weighed: '.+' [+-]\d+\.\d.*\)", s) for s in swaps
    )
    assert any(s.startswith("    'Police mentioned' → 'police said' ") for s in swaps)


def test_a_clean_document_has_a_score_and_nothing_else(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert explain("clean.txt", capsys) == [
        "clean.txt: no configuration file (defaults)",
        "clean.txt: document spin score 0.00",
    ]


def test_without_the_spinner_there_is_no_evidence(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert explain("spun.txt", capsys, select="QUO") == [
        "spun.txt: no configuration file (defaults)",
        "spun.txt: no spin evidence",
    ]
