"""Finding lexicon files (shipped inside the package, or beside it in a checkout) and checking users' own."""

from __future__ import annotations

from functools import cache
from pathlib import Path


class LexiconError(ValueError):
    """A lexicon file (names or spinner phrases) that cannot be read; the message names the file and line."""


@cache
def lexicon_root() -> Path:
    """The folder holding the shipped lexicons.

    In a wheel they live at ``textrepair/lexicons``; in an editable install
    of a checkout, at ``lexicons/`` in the repository root.
    """
    shipped = Path(__file__).resolve().parent / "lexicons"  # not importlib.resources: it costs start-up
    if shipped.is_dir():
        return shipped
    checkout = Path(__file__).resolve().parents[2] / "lexicons"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("textrepair's lexicons are missing from this installation")


def lexicon_path(*parts: str) -> Path:
    """Path of a shipped lexicon file, e.g. ``lexicon_path("spinner", "news.tsv")``."""
    return lexicon_root().joinpath(*parts)
