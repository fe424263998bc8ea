"""The seed documents: real damaged news articles and their expected repairs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from textrepair import repair

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CASES = sorted(SEEDS.glob("*.txt"))
TOKEN = re.compile(r"\w+(?:'\w+)*|[^\w\s]")


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def _distance(a: list[str], b: list[str]) -> int:
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def _expected(path: Path) -> str:
    return (SEEDS / "expected" / path.name).read_text("utf-8")


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name[:3])
def test_expected_text_is_left_alone(path: Path) -> None:
    gold = _expected(path)
    assert repair(gold).text == gold


@pytest.mark.parametrize("path", [p for p in CASES if not p.name.startswith("004")], ids=lambda p: p.name[:3])
def test_seed_comes_out_exactly(path: Path) -> None:
    assert repair(path.read_text("utf-8")).text == _expected(path)


def test_spun_seed_error_reduction() -> None:
    (path,) = [p for p in CASES if p.name.startswith("004")]
    text, gold = path.read_text("utf-8"), _expected(path)
    out = repair(text).text
    before = _distance(_tokens(text.replace("’", "'")), _tokens(gold))
    after = _distance(_tokens(out), _tokens(gold))
    assert 1 - after / before >= 0.8, f"error reduction {1 - after / before:.2f}"
