"""Span arithmetic and line offsets shared by the markup scanners."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator

from ..spans import INT32_MAX, Span, SpanBuffer, Spans

__all__ = ["INT32_MAX", "Lines", "Span", "SpanBuffer", "Spans", "complement", "joined", "merge"]
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


def joined(spans: Iterable[Span], *, bridge: bool = False) -> Spans:
    """Spans given in the order of their starts, those that overlap or touch joined as they come.

    What :func:`merge` makes of them, without holding the spans before they
    are joined: a run of adjacent matches (``&amp;&amp;...``, ``a@b.a@b.``)
    is one span, not one a match. With ``bridge``, so is a dense run of
    them (:data:`~textrepair.spans.DENSE_RUN`).

    >>> list(joined([(0, 2), (2, 4), (3, 5), (7, 7), (8, 9)]))
    [(0, 5), (8, 9)]
    """
    return SpanBuffer(spans, bridge=bridge).merged()


def complement(spans: Iterable[Span], length: int) -> Iterator[Span]:
    """The parts of ``range(length)`` that no span covers, in order."""
    pos = 0
    for start, end in Spans(spans):
        if start > pos:
            yield (pos, start)
        pos = end
    if pos < length:
        yield (pos, length)


class Lines:
    """Start and end (before the line break) offset of every line of a text."""

    def __init__(self, text: str) -> None:
        # Machine integers, not a list of int objects: a file of a million
        # short lines would hold 72 MB of offsets instead of 4; 4-byte ones
        # while the text's offsets fit. The starts only, taken in C: a
        # line's end is read from the next one's start (a file of "-" lines
        # held 8 bytes a line for both, 4 bytes a character).
        typecode = "i" if len(text) <= INT32_MAX else "q"
        starts = array(typecode, [0])
        starts.extend(map(re.Match.end, _EOL.finditer(text)))
        self.text = text
        self.starts = starts

    def __len__(self) -> int:
        return len(self.starts)

    def line(self, n: int) -> str:
        return self.text[self.starts[n] : self.end(n)]

    def start(self, n: int) -> int:
        """Offset where line ``n`` starts (the text's length past the last line)."""
        return self.starts[n] if n < len(self.starts) else len(self.text)

    def end(self, n: int) -> int:
        """Offset where line ``n``'s break starts (the text's length past the last line).

        >>> lines = Lines("a\\r\\nb\\rc\\n")
        >>> [lines.end(n) for n in range(len(lines))], lines.line(1)
        ([1, 4, 6, 7], 'b')
        """
        if n + 1 >= len(self.starts):
            return len(self.text)
        after = self.starts[n + 1]  # after the break: "\r\n" is one, the others a character
        return after - 2 if self.text.startswith("\r\n", after - 2) and after - 2 >= self.starts[n] else after - 1
