"""The rule pages agree with the registry, and ``textrepair rule`` prints what the pages say about fix safety."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from textrepair.cli import main
from textrepair.normalizer import Normalizer
from textrepair.registry import builtin, fix_safety

ROOT = Path(__file__).resolve().parents[1]


def _build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_rule_docs", ROOT / "scripts" / "build_rule_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_rule_docs"] = module
    spec.loader.exec_module(module)
    return module


def _section(page: str, heading: str) -> str:
    found = re.search(rf"^## {heading}\n(.*?)(?=^## |\Z)", page, re.M | re.S)
    assert found is not None, f"no '## {heading}' section"
    return found[1]


def test_pages_and_the_safety_file_are_up_to_date() -> None:
    assert _build().main(["--check"]) == 0, "run: python scripts/build_rule_docs.py"


@pytest.mark.parametrize("cls", builtin(), ids=lambda c: c.code)
def test_every_rule_has_its_summary_on_its_page(cls: type[Normalizer]) -> None:
    page = (ROOT / "docs" / "rules" / f"{cls.code}.md").read_text("utf-8")
    rows = dict(re.findall(r"^\| `([A-Z]{3}\d{3})` \| (.+) \|$", _section(page, "Rules"), re.M))
    assert rows == dict(cls.rules)


@pytest.mark.parametrize("cls", builtin(), ids=lambda c: c.code)
def test_every_family_says_what_its_confidences_mean(cls: type[Normalizer]) -> None:
    page = (ROOT / "docs" / "rules" / f"{cls.code}.md").read_text("utf-8")
    safety = _section(page, "Fix safety").strip()
    assert "threshold" in safety
    assert fix_safety(cls.code) == safety


def test_a_stale_summary_is_found() -> None:
    build = _build()
    rules = {"XYZ001": "new summary"}
    page = f"# XYZ\n\n## Rules\n\n{build.BEGIN}\n| `XYZ001` | old summary |\n{build.END}\n"
    assert "| `XYZ001` | new summary |" in build.render_page(page, rules, "XYZ.md")


def test_the_rule_command_prints_the_fix_safety_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "SPN002"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("SPN002: context-dependent spinner phrase (with evidence)\n")
    safety = fix_safety("SPN")
    assert safety is not None and out.endswith(f"\nfix safety:\n{safety}\n")
