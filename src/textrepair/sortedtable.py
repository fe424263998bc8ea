"""Sorted string tables: big word lists that open in a millisecond.

A set or dict of 100,000 words takes tens of milliseconds to rebuild from any
serialised form, one object per word, while a one-file run looks up a few
dozen words. So the words are kept as one sorted string with an array of
offsets and found by bisection: opening costs one read, a lookup a few
microseconds (and is remembered). Values are floats, or byte strings (kept
in one blob) for anything bigger: a caller unmarshals only what it looks up.

>>> t = SortedTable({"kyiv": 4.1, "lviv": 3.2, "odesa": 3.5})
>>> "lviv" in t, "kiev" in t, t.get("odesa"), t.get("rivne", 0.0), len(t)
(True, False, 3.5, 0.0, 3)
>>> SortedTable.from_state(t.state()).get("kyiv")
4.1
>>> SortedTable.from_state(SortedTable({"a": b"xy", "b": b""}).state()).get("a")
b'xy'
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from typing import Any

_MEMO_LIMIT = 200_000
#: Value arrays a table may hold: offsets into the blob, or floats.
_TYPECODES = ("I", "d")
_STATE_TYPES = (str, bytes, str, bytes, bytes)


class SortedTable:
    """A read-only map from words (no newlines) to floats or bytes, or a set of words."""

    __slots__ = ("_blob", "_keys", "_memo", "_starts", "_values")

    def __init__(self, items: Mapping[str, float] | Mapping[str, bytes] | Iterable[str] = ()) -> None:
        self._blob = b""
        values: array[Any]
        if isinstance(items, Mapping):
            keys = sorted(items)
            if keys and isinstance(items[keys[0]], bytes):
                parts: list[bytes] = [items[k] for k in keys]  # type: ignore[misc]
                self._blob = b"".join(parts)
                values = array("I", [0])
                for part in parts:
                    values.append(values[-1] + len(part))
            else:
                values = array("d", (float(items[k]) for k in keys))
        else:
            keys = sorted(set(items))
            values = array("d")
        if any("\n" in k for k in keys):
            raise ValueError("a SortedTable key cannot hold a newline")
        starts = array("I", [0])
        for k in keys:
            starts.append(starts[-1] + len(k) + 1)
        self._keys = "\n".join(keys) + "\n" if keys else ""
        self._starts = starts
        self._values: array[Any] = values
        self._memo: dict[str, int] = {}

    # -- the cached form -----------------------------------------------------

    def state(self) -> tuple[str, bytes, str, bytes, bytes]:
        """Flat plain values only: they are written and read at the speed of a copy (:mod:`textrepair.cache`)."""
        return self._keys, self._starts.tobytes(), self._values.typecode, self._values.tobytes(), self._blob

    @classmethod
    def from_state(cls, state: tuple[str, bytes, str, bytes, bytes]) -> SortedTable:
        """The table :meth:`state` described; raises ValueError on anything else (a damaged cache entry)."""
        table = cls.__new__(cls)
        table._keys, starts, typecode, values, table._blob = state
        if typecode not in _TYPECODES or not all(isinstance(x, t) for x, t in zip(state, _STATE_TYPES, strict=True)):
            raise ValueError("not a SortedTable state")
        table._starts = array("I")
        table._starts.frombytes(starts)
        table._values = array(typecode)
        table._values.frombytes(values)
        table._memo = {}
        if len(table._starts) > 1 and table._starts[-1] != len(table._keys):
            raise ValueError("SortedTable offsets do not fit its keys")
        return table

    # -- lookups --------------------------------------------------------------

    def _index(self, key: str) -> int:
        """Position of ``key``, or -1."""
        found = self._memo.get(key)
        if found is not None:
            return found
        keys, starts = self._keys, self._starts
        n = len(starts) - 1
        i = bisect_left(range(n), key, key=lambda j: keys[starts[j] : starts[j + 1] - 1])
        found = i if i < n and keys[starts[i] : starts[i + 1] - 1] == key else -1
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[key] = found
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._index(key) >= 0

    def get(self, key: str, default: Any = None) -> Any:
        i = self._index(key)
        if i < 0:
            return default
        if self._values.typecode == "I":
            return self._blob[self._values[i] : self._values[i + 1]]
        return self._values[i] if self._values else True

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __iter__(self) -> Any:
        return iter(self._keys.split("\n")[:-1])
