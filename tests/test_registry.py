"""Every normalizer is registered, documented and keeps its codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textrepair.registry import all_normalizers, builtin

ROOT = Path(__file__).resolve().parents[1]
PINNED = json.loads((Path(__file__).parent / "registry.json").read_text("utf-8"))


def test_codes_are_pinned() -> None:
    """Codes are never renumbered or reused: a change here is a breaking change."""
    current = {cls.code: {"name": cls.name, "rules": sorted(cls.rules)} for cls in builtin()}
    for code, entry in PINNED.items():
        assert code in current, f"{code} was removed"
        assert current[code]["name"] == entry["name"]
        assert set(entry["rules"]) <= set(current[code]["rules"]), f"rules of {code} were removed"


def test_codes_and_names_are_unique() -> None:
    classes = all_normalizers()
    assert len({c.code for c in classes}) == len(classes)
    assert len({c.name for c in classes}) == len(classes)
    for cls in classes:
        assert all(rule.startswith(cls.code) for rule in cls.rules)


@pytest.mark.parametrize("cls", builtin(), ids=lambda c: c.code)
def test_documented(cls: type) -> None:
    doc = cls.__doc__ or ""
    for section in ("## What it does", "## Why", "## Example", ">>> "):
        assert section in doc, f"{cls.__name__} docstring lacks {section!r}"
    page = ROOT / "docs" / "rules" / f"{cls.code}.md"
    assert page.exists(), f"no {page}"
    text = page.read_text("utf-8")
    for rule in cls.rules:
        assert rule in text, f"{rule} is not described in {page.name}"
    assert cls.code in (ROOT / "README.md").read_text("utf-8")


#: Built-in normalizers the default profile leaves out on purpose, each with why (README says so too).
OPT_IN = {"GRM": "needs a LanguageTool server; a default run never starts one"}


def test_the_default_profile_runs_every_built_in_normalizer() -> None:
    """Forget to select a new rule in profiles.json and it would silently never run."""
    profiles = json.loads((ROOT / "src" / "textrepair" / "profiles.json").read_text("utf-8"))
    selected = set(profiles["default"]["select"])
    for cls in builtin():
        assert cls.code in selected or cls.code in OPT_IN, f"{cls.code} is not in the default profile's select"
    for code in OPT_IN:
        assert code not in selected
        assert code in profiles["default"]["description"], f"the default profile should say it leaves {code} out"
