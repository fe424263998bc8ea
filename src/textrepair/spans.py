"""Sets of character spans kept as machine integers: protected text, read-only context, text already written.

A list of ``(start, end)`` tuples costs some 120 bytes a span (the tuple,
two int objects, a pointer). A Markdown file of short code spans, a reST
file of substitutions or a page of e-mail addresses has a span every few
characters: 10 MB of ``"` "`` held 440 MB of such lists. Here a span costs
8 bytes (two four-byte offsets) while a text's offsets fit, 16 past that.

- :class:`SpanBuffer` collects spans as scanners find them, joining each
  to the last one while they come in order.
- :class:`Spans` is the result: sorted, disjoint spans, read as a sequence
  of tuples, searched by bisection (:meth:`Spans.touches`).
"""

from __future__ import annotations

import bisect
import heapq
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import Protocol, overload

Span = tuple[int, int]

#: Largest offset an array of typecode "i" (4 bytes) holds; past it offsets take 8.
INT32_MAX = 2**31 - 1

__all__ = ["Span", "SpanBuffer", "Spans", "symmetric_difference"]


#: A dense run of markup: this many spans in a row, each at most :data:`DENSE_GAP`
#: characters after the one before. From there on, a buffer that ``bridges``
#: joins each further close span to the last, the characters between them
#: included. A stretch where markup comes every few characters is not prose:
#: no rule finds a word to repair in one or two characters between two code
#: spans, roles or addresses, and a span each cost 8 bytes for every 3 or 4
#: characters (10 MB of "` " in Markdown held 20 MB of spans, and 30 MB of
#: records before them). Table rows (" | " between cells) and real prose between
#: markup are further apart; the first spans of a run stay apart.
DENSE_RUN = 64
#: Characters between two spans that still count as close (see :data:`DENSE_RUN`).
DENSE_GAP = 2


class SpanBuffer:
    """Spans kept in two arrays of machine integers, joined as they come when they arrive in order.

    A span costs 8 bytes, and one that overlaps or touches the last one added
    and does not start before it costs none. :meth:`merged` makes the
    :class:`Spans` of the union. With ``bridge``, the spans of protected text
    are collected: a dense run of them (:data:`DENSE_RUN`) becomes one span.
    """

    __slots__ = ("bridge", "close", "ends", "ordered", "starts")

    def __init__(self, spans: Iterable[Span] = (), *, bridge: bool = False) -> None:
        self.starts = array("i")
        self.ends = array("i")
        self.ordered = True  # each span starts at or after the one before: the arrays are merged already
        self.bridge = bridge
        self.close = 0  # spans in a row, so far, each close to the one before
        self.extend(spans)

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[Span]:
        """The spans as kept: in order and merged only if :attr:`ordered`."""
        return zip(self.starts, self.ends, strict=True)

    def append(self, span: Span) -> None:
        self.extend((span,))

    def add(self, start: int, end: int) -> None:
        """Add ``(start, end)``; an empty span is dropped."""
        ends = self.ends
        if ends and self.starts[-1] <= start <= ends[-1] and end <= INT32_MAX:  # joins the last: the usual case
            if end > ends[-1]:
                ends[-1] = end
            return
        self.extend(((start, end),))

    def extend(self, spans: Iterable[Span]) -> None:
        """Add each span; written out, as a call a span took most of the time of ":a: " files."""
        starts, ends = self.starts, self.ends
        push_start, push_end = starts.append, ends.append
        limit = INT32_MAX if starts.typecode == "i" else sys.maxsize
        # With nothing added yet, the last end is far enough back that the first span is not close.
        last_start, last_end = (starts[-1], ends[-1]) if starts else (-1, -DENSE_GAP - 2)
        bridge, close = self.bridge, self.close
        for start, end in spans:
            if end <= start:
                continue
            if end > limit:  # a text past 2 GB: eight-byte offsets from here on
                self.starts = starts = array("q", starts)
                self.ends = ends = array("q", ends)
                push_start, push_end = starts.append, ends.append
                limit = sys.maxsize
            if start >= last_start:
                if start <= last_end:
                    if end > last_end:
                        ends[-1] = last_end = end
                    continue
                if bridge:
                    close = close + 1 if start - last_end <= DENSE_GAP else 0
                    if close >= DENSE_RUN:
                        ends[-1] = last_end = end
                        continue
            else:
                self.ordered = False
                close = 0
            push_start(start)
            push_end(end)
            last_start, last_end = start, end
        self.close = close

    def merged(self) -> Spans:
        """The union of the spans added, sorted and disjoint.

        Out of order, the union is read from the starts and the ends sorted
        apart: between the k-th smallest end and the next start there is a
        gap exactly when that start is past that end (at every point the
        spans covering it number the starts at or before it less the ends).
        """
        if self.ordered:
            return Spans.from_arrays(self.starts, self.ends)
        starts = array(self.starts.typecode, sorted(self.starts))
        ends = array(self.ends.typecode, sorted(self.ends))
        out = SpanBuffer(bridge=self.bridge)
        first = 0
        for k in range(len(starts) - 1):
            if starts[k + 1] > ends[k]:
                out.add(starts[first], ends[k])
                first = k + 1
        if starts:
            out.add(starts[first], ends[-1])
        return out.merged()


class _Spanned(Protocol):
    """Anything with a ``start`` and an ``end`` (an edit)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class Spans(Sequence[Span]):
    """Sorted, disjoint, non-empty spans in two arrays; read as a sequence of ``(start, end)`` tuples.

    Built from any spans (overlapping and touching ones are joined), searched
    by bisection, so a check costs a logarithm, not a pass over the spans.

    >>> spans = Spans([(4, 8), (2, 5), (9, 9), (10, 12)])
    >>> list(spans), spans == [(2, 8), (10, 12)]
    ([(2, 8), (10, 12)], True)
    >>> spans.touches(0, 2), spans.touches(7, 9), spans.touches(5, 5), spans.touches(8, 8)
    (False, True, True, False)
    """

    __slots__ = ("ends", "starts")
    starts: array[int]
    ends: array[int]

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        if isinstance(spans, Spans):  # already sorted and disjoint; the arrays are never changed
            self.starts, self.ends = spans.starts, spans.ends
        else:
            merged = SpanBuffer(spans).merged()
            self.starts, self.ends = merged.starts, merged.ends

    @classmethod
    def from_arrays(cls, starts: array[int], ends: array[int]) -> Spans:
        """Spans over ``starts`` and ``ends``, which must be sorted, disjoint and not touching (not copied)."""
        out = cls.__new__(cls)
        out.starts, out.ends = starts, ends
        return out

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Span: ...

    @overload
    def __getitem__(self, index: slice) -> Spans: ...

    def __getitem__(self, index: int | slice) -> Span | Spans:
        if isinstance(index, slice):
            return Spans.from_arrays(self.starts[index], self.ends[index])
        return self.starts[index], self.ends[index]

    def __iter__(self) -> Iterator[Span]:
        return zip(self.starts, self.ends, strict=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spans):
            return self.starts == other.starts and self.ends == other.ends
        if isinstance(other, Sequence):
            return len(other) == len(self) and all(a == tuple(b) for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to a list of the same spans, which is unhashable

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"

    def hits(self, e: _Spanned) -> bool:
        """Does the edit (anything with a start and an end) touch a span? See :meth:`touches`."""
        return self.touches(e.start, e.end)

    def touches(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` overlap a span (an insertion: lie strictly inside one)?"""
        k = bisect.bisect_right(self.starts, start) - 1  # the last span starting at or before ``start``
        if start == end:  # an insertion: only strictly inside a span
            return k >= 0 and self.starts[k] < start < self.ends[k]
        if k >= 0 and start < self.ends[k]:
            return True
        return k + 1 < len(self.starts) and self.starts[k + 1] < end

    def within(self, lo: int, hi: int) -> Spans:
        """The spans' parts inside ``[lo, hi)``, in offsets from ``lo`` (a piece of the text).

        >>> Spans([(2, 5), (8, 12)]).within(4, 10)
        Spans([(0, 1), (4, 6)])
        """
        first, stop = bisect.bisect_right(self.ends, lo), bisect.bisect_left(self.starts, hi)
        starts = array(self.starts.typecode, (s - lo for s in self.starts[first:stop]))
        ends = array(self.ends.typecode, (e - lo for e in self.ends[first:stop]))
        if starts:
            starts[0] = max(starts[0], 0)
            ends[-1] = min(ends[-1], hi - lo)
        return Spans.from_arrays(starts, ends)

    def union(self, *others: Iterable[Span]) -> Spans:
        """These spans and ``others``'."""
        return self if not any(others) else Spans(chain(self, *others))


def _bounds(spans: Spans) -> Iterator[int]:
    """Each span's start then end: a strictly rising sequence, since the spans neither overlap nor touch."""
    for start, end in spans:
        yield start
        yield end


def symmetric_difference(a: Spans, b: Spans) -> Spans:
    """The characters in exactly one of ``a`` and ``b``.

    Being in ``a`` flips at each of its bounds, and likewise for ``b``; being
    in one but not both flips at every bound of either, except where both
    flip at once. So the bounds of both, in order, with shared ones dropped,
    pair up into the answer, in one pass and without a list of spans.

    >>> symmetric_difference(Spans([(0, 4), (6, 8)]), Spans([(2, 4), (6, 9)]))
    Spans([(0, 2), (8, 9)])
    """
    flips = _flips(a, b)
    out = SpanBuffer(zip(flips, flips, strict=True))  # consecutive flips: into a span, out of it
    return out.merged()


def _flips(a: Spans, b: Spans) -> Iterator[int]:
    """Where being in exactly one of ``a`` and ``b`` changes: the bounds of both, those they share dropped."""
    held: int | None = None
    for bound in heapq.merge(_bounds(a), _bounds(b)):
        if held is None:
            held = bound
        elif bound == held:  # both flip here: no flip at all
            held = None
        else:
            yield held
            held = bound
    if held is not None:
        yield held
