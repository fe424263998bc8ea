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
    """Every built-in normalizer's module documents itself with a runnable example (read from the registry)."""
    from textrepair.registry import builtin

    for cls in builtin():
        module = importlib.import_module(cls.__module__)
        assert module.__name__ in MODULES
        assert doctest.DocTestFinder().find(module), f"{module.__name__} has no docstring example"
