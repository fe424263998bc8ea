"""The examples in docstrings run against the installed package, as users see it."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import textrepair

MODULES = sorted(m.name for m in pkgutil.walk_packages(textrepair.__path__, "textrepair."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def test_examples_exist() -> None:
    """Every normalizer documents itself with a runnable example."""
    counts = {name: len(doctest.DocTestFinder().find(importlib.import_module(name))) for name in MODULES}
    normalizers = ("encoding", "quotes", "spacing", "spinner", "proper_nouns")
    assert all(counts[f"textrepair.normalizers.{n}"] for n in normalizers)
