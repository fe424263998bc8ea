"""Memos kept with a lexicon: derived indexes, and bounded caches of answers.

A corpus repeats its words, so answers about a word (is it a misspelt name?
what is near it?) are worth keeping across documents; they belong to the
lexicon that gave them, not to the process, so that two lexicons (the
shipped one and one extended by user files) never share or mix them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar, cast

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
T = TypeVar("T")
L = TypeVar("L")

#: Entries a cache of per-word answers holds before it starts again: about a
#: hundred megabytes at most, more distinct words than a book collection has.
WORDS_KEPT = 500_000


class BoundedCache(dict[K, V], Generic[K, V]):
    """A dict that empties itself when full: a memo that never grows without bound.

    >>> cache: BoundedCache[str, int] = BoundedCache(2)
    >>> cache.remember("a", 1), cache.remember("b", 2), cache.remember("c", 3)
    (1, 2, 3)
    >>> sorted(cache)
    ['c']
    """

    def __init__(self, limit: int = WORDS_KEPT) -> None:
        super().__init__()
        self.limit = limit

    def remember(self, key: K, value: V) -> V:
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value


class Derived(Generic[L]):
    """Values built from one owner by a function, each once, keyed by that function.

    >>> store: Derived[str] = Derived()
    >>> def size(word: str) -> int:
    ...     return len(word)
    >>> store.get("abc", size), store.get("other", size)
    (3, 3)
    >>> store.clear()
    >>> store.get("other", size)
    5
    """

    def __init__(self) -> None:
        self._values: dict[Callable[[Any], Any], Any] = {}

    def get(self, owner: L, build: Callable[[L], T]) -> T:
        try:
            return cast(T, self._values[build])
        except KeyError:
            value = self._values[build] = build(owner)
            return value

    def clear(self) -> None:
        self._values.clear()
