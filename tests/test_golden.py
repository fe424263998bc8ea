"""Golden files: tests/golden/<CODE>/<case>.in.txt repaired with only that
normalizer selected must equal <case>.out.txt; a case without .out.txt is a
negative case and must come out unchanged. Options for a case can be set in
tests/golden/<CODE>/<case>.options.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textrepair import apply_edits, repair

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*/*.in.txt"))


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.name[:-7]}")
def test_golden(path: Path) -> None:
    code = path.parent.name
    stem = path.name[: -len(".in.txt")]
    out = path.with_name(f"{stem}.out.txt")
    opts_file = path.with_name(f"{stem}.options.json")
    options = json.loads(opts_file.read_text("utf-8")) if opts_file.exists() else {}
    text = _read(path)
    want = _read(out) if out.exists() else text
    result = repair(text, select=[code], **options)
    assert result.text == want
    assert apply_edits(text, result.edits) == result.text
    assert all(e.rule.startswith(code) or any(s.rule.startswith(code) for s in e.steps) for e in result.edits)


def test_every_normalizer_has_golden_cases() -> None:
    from textrepair.registry import builtin

    for cls in builtin():
        folder = GOLDEN / cls.code
        assert list(folder.glob("*.in.txt")), f"{cls.code} has no golden cases"
        assert any(not p.with_name(p.name.replace(".in.", ".out.")).exists() for p in folder.glob("*.in.txt")), (
            f"{cls.code} has no negative (must-not-change) case"
        )
