"""Span arithmetic and line offsets shared by the markup scanners."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator

Span = tuple[int, int]

#: Largest offset an array of typecode "i" (4 bytes) holds.
_INT32_MAX = 2**31 - 1
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


def joined(spans: Iterable[Span]) -> list[Span]:
    """Spans given in the order of their starts, those that overlap or touch joined as they come.

    What :func:`merge` makes of them, without holding the spans before they
    are joined: a run of adjacent matches (``&amp;&amp;...``, ``a@b.a@b.``)
    is one span, not one a match.

    >>> joined([(0, 2), (2, 4), (3, 5), (7, 7), (8, 9)])
    [(0, 5), (8, 9)]
    """
    out: list[Span] = []
    last_end = -1
    for span in spans:
        start, end = span
        if start <= last_end:
            if end > last_end:
                out[-1] = (out[-1][0], end)
                last_end = end
        elif end > start:
            out.append(span)
            last_end = end
    return out


class SpanBuffer:
    """Spans kept in two arrays of machine integers, joined as they come when they arrive in order.

    A list of ``(start, end)`` tuples costs some 120 bytes a span (the tuple,
    two int objects, a pointer); a file of short code spans or entities has
    one every few characters, and the scanners held several such lists
    before merging them. Here a span costs 16 bytes, and one that overlaps
    or touches the last one added and does not start before it costs none.
    """

    __slots__ = ("ends", "ordered", "starts")

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.ordered = True  # each span starts at or after the one before: the arrays are merged already
        self.extend(spans)

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[Span]:
        """The spans as kept: in order and merged only if :attr:`ordered`."""
        return zip(self.starts, self.ends, strict=True)

    def append(self, span: Span) -> None:
        self.add(span[0], span[1])

    def add(self, start: int, end: int) -> None:
        """Add ``(start, end)``; an empty span is dropped."""
        if end <= start:
            return
        ends = self.ends
        if ends:
            if start >= self.starts[-1]:
                if start <= ends[-1]:
                    if end > ends[-1]:
                        ends[-1] = end
                    return
            else:
                self.ordered = False
        self.starts.append(start)
        ends.append(end)

    def extend(self, spans: Iterable[Span]) -> None:
        """:meth:`add` each span; written out, as a call a span took most of the time of ":a: " files."""
        starts, ends = self.starts, self.ends
        push_start, push_end = starts.append, ends.append
        last_start, last_end = (starts[-1], ends[-1]) if starts else (-1, -1)
        for start, end in spans:
            if end <= start:
                continue
            if start >= last_start:
                if start <= last_end:
                    if end > last_end:
                        ends[-1] = last_end = end
                    continue
            else:
                self.ordered = False
            push_start(start)
            push_end(end)
            last_start, last_end = start, end

    def merged(self) -> list[Span]:
        """What :func:`merge` makes of the spans added.

        Out of order, the union is read from the starts and the ends sorted
        apart: between the k-th smallest end and the next start there is a
        gap exactly when that start is past that end (at every point the
        spans covering it number the starts at or before it less the ends).
        """
        if self.ordered:
            return list(zip(self.starts, self.ends, strict=True))
        starts = array("q", sorted(self.starts))
        ends = array("q", sorted(self.ends))
        out: list[Span] = []
        first = 0
        for k in range(len(starts) - 1):
            if starts[k + 1] > ends[k]:
                out.append((starts[first], ends[k]))
                first = k + 1
        if starts:
            out.append((starts[first], ends[-1]))
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
        # short lines would hold 72 MB of offsets instead of 8; 4-byte ones
        # while the text's offsets fit. Two searches with the offsets taken
        # in C, not a Python loop over the lines.
        typecode = "i" if len(text) <= _INT32_MAX else "q"
        starts = array(typecode, [0])
        starts.extend(map(re.Match.end, _EOL.finditer(text)))
        ends = array(typecode, map(re.Match.start, _EOL.finditer(text)))
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
