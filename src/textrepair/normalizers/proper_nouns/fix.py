"""What the proper-noun rule finds: a word's place in the text and the fix proposed for it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple


class Token(NamedTuple):
    """A word (or a name of several words) and where it stands in the text."""

    start: int
    end: int
    word: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A correction and the reasons for it, before it becomes an edit."""

    after: str
    rule: str
    message: str
    confidence: float
    source: str
    safe: bool = True

    def doubted(self, why: str, confidence: float) -> Fix:
        """The same fix, only suggested, with the reason against it added to its message."""
        return replace(self, message=f"{self.message}; {why}", confidence=confidence, safe=False)


def quote(word: str) -> str:
    """A word in quotes, for messages.

    >>> quote("Kyiv")
    "'Kyiv'"
    """
    return f"'{word}'"


def cased(word: str, like: str) -> str:
    """``word`` in the letter case of ``like`` (all capitals stay capitals).

    >>> cased("Kyiv", "KIEV"), cased("Kyiv", "Kiev"), cased("Kyiv", "K")
    ('KYIV', 'Kyiv', 'Kyiv')
    """
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word


def edit_count(distance: int) -> str:
    """A distance in words, for messages.

    >>> edit_count(1), edit_count(2)
    ('1 edit', '2 edits')
    """
    return "1 edit" if distance == 1 else f"{distance} edits"
