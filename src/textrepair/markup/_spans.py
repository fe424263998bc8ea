"""Span arithmetic and line offsets shared by the markup scanners."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable

Span = tuple[int, int]

# The line breaks markdown-it and docutils count: \r\n, \r and \n.
_EOL = re.compile(r"\r\n?|\n")


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sort spans and join those that overlap or touch; drop empty ones."""
    out: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def complement(spans: Iterable[Span], length: int) -> list[Span]:
    """The parts of ``range(length)`` that no span covers."""
    out: list[Span] = []
    pos = 0
    for start, end in merge(spans):
        if start > pos:
            out.append((pos, start))
        pos = max(pos, end)
    if pos < length:
        out.append((pos, length))
    return out


class Lines:
    """Start and end (before the line break) offset of every line of a text."""

    def __init__(self, text: str) -> None:
        # Machine integers, not a list of int objects: a file of a million
        # short lines would hold 72 MB of offsets instead of 16.
        starts = array("q", [0])
        ends = array("q")
        for m in _EOL.finditer(text):
            ends.append(m.start())
            starts.append(m.end())
        ends.append(len(text))
        self.text = text
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    def line(self, n: int) -> str:
        return self.text[self.starts[n] : self.ends[n]]

    def start(self, n: int) -> int:
        """Offset where line ``n`` starts (the text's length past the last line)."""
        return self.starts[n] if n < len(self.starts) else len(self.text)

    def end(self, n: int) -> int:
        """Offset where line ``n``'s break starts."""
        return self.ends[n] if n < len(self.ends) else len(self.text)
