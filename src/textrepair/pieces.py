"""Repairing a long text piece by piece, in memory bounded by the piece size.

What it does
    Cuts a text longer than :data:`PIECE_CHARS` into pieces at blank lines
    (else line breaks, else single spaces between words), repairs each piece
    with a little of the text on either side as read-only context, and joins
    the results: edits and suggestions in the original's offsets, signals
    merged, one output text.

Why
    Every normalizer builds per-text working data (folded copies, word
    lists, span tables) several times the size of what it reads, and an
    edit-dense line once cost gigabytes. Repaired whole, a 100 MB file needed
    2 GB; in pieces, the working data is that of one piece, and what grows
    with the input is the input, the output and the edits. Document-level
    evidence (the spinner's document score, a name's capitalisation counts)
    is then that of the piece: a piece is a long article's worth of text, so
    only texts longer than a piece see any difference.

    Where a piece starts or ends a line, whole lines around it are read-only
    context: no edit touches them, but rules that read neighbours see them,
    such as the spacing rule that keeps a doubled space lined up with the row
    below. A line too long for one piece (data, not prose) is cut before a
    space between words, so that the piece's end is no "trailing white
    space"; each part of it is judged on its own, as ftfy judges a line
    longer than its own limit in parts.

Example
    >>> text = "A  line.\\n\\n" * 5
    >>> cut_points(text, 20)
    [0, 20, 40, 50]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import pairwise
from typing import Any, NamedTuple

from .edits import mask
from .model import Edit, EditTable, Result, StageResult
from .normalizer import map_offsets
from .spans import Spans

#: Texts longer than this many characters are repaired in pieces of at most
#: this size (about 45,000 words of prose). Measured on the 58 books of the
#: corpus: at 2^18 every book gets the same edits as repaired whole (only
#: 72 of the names rule's wrong suggestions drop); at 2^16 the names rule
#: lost document evidence and applied 9 wrong fixes ("Urganda" -> "Uganda").
#: The working data of a piece, on 3 MB of the densest damage of
#: ``benchmarks/adversarial.py``: 61-100 MB at 2^18, 150-346 MB at 2^20,
#: the same CPU time.
PIECE_CHARS = 1 << 18
#: A cut is looked for in the last this fraction of a piece: a blank line
#: first, then a line break, then a space between words; past that, the piece
#: is cut at its full size (a line of that length without a space is data).
SEARCH_FRACTION = 0.5
#: Characters of read-only context on each side of a piece, in whole lines: a
#: few lines, for the rules that read the line above or below (columns).
CONTEXT_CHARS = 2_000
#: How far back, in characters, one search for a space between words reads.
_WORD_GAP_WINDOW = 4_096
_WORD_GAP = re.compile(r"(?<=[^\s]) (?=[^\s])")  # one space between two words: cut before it


class Repaired(NamedTuple):
    """A repair before it is a :class:`Result`: plain lists, which the pieces' runs hand over cheaply."""

    original: str
    text: str
    edits: list[Edit]
    suggestions: list[Edit]
    stages: tuple[StageResult, ...]
    signals: dict[str, Any]

    def result(self) -> Result:
        return Result(self.original, self.text, self.edits, self.suggestions, self.stages, self.signals)


Run = Callable[[str, Sequence[tuple[int, int]], Sequence[tuple[int, int]], Mapping[str, Any]], Repaired]
#: Reads the whole text, given a way to go over its (masked) pieces, and returns what each piece's run needs.
Survey = Callable[[Callable[[], Iterator[str]]], Mapping[str, Any]]


def in_pieces(text: str) -> bool:
    """Is ``text`` long enough to be repaired in pieces?"""
    return len(text) > PIECE_CHARS


def cut_points(text: str, size: int | None = None) -> list[int]:
    """Where the pieces of ``text`` start, then its length: each piece is at most ``size`` (PIECE_CHARS) long."""
    size = PIECE_CHARS if size is None else size
    points = [0]
    n = len(text)
    while n - points[-1] > size:
        start = points[-1]
        points.append(_cut(text, start + int(size * (1 - SEARCH_FRACTION)), start + size))
    points.append(n)
    return points


def _cut(text: str, low: int, high: int) -> int:
    """The best cut in ``text[low:high]``: after a blank line, after a line break, before a space between words."""
    for blank in ("\n\n", "\n\r\n"):
        at = text.rfind(blank, low, high)
        if at != -1:
            return at + len(blank)
    at = text.rfind("\n", low, high)
    if at != -1:
        return at + 1
    end = high
    while end > low:
        start = max(low, end - _WORD_GAP_WINDOW)
        gaps = [m.start() for m in _WORD_GAP.finditer(text, start, end)]
        if gaps:
            return gaps[-1]
        end = start
    return high


def _context(text: str, a: int, b: int) -> tuple[int, int]:
    """The text to read around the piece ``[a, b)``: whole lines, where the piece starts or ends a line."""
    lo = hi = a
    if a and text[a - 1] == "\n":
        first = text.find("\n", max(0, a - CONTEXT_CHARS), a - 1)
        lo = first + 1 if first != -1 else a
    hi = b
    if b < len(text) and text[b - 1] == "\n":
        last = text.rfind("\n", b, min(len(text), b + CONTEXT_CHARS))
        hi = last + 1 if last != -1 else b
    return lo, hi


def run_in_pieces(run: Run, text: str, protected: Sequence[tuple[int, int]], survey: Survey | None = None) -> Result:
    """``run`` (a whole-text repair: text, protected spans, read-only spans, surveys) over the pieces of ``text``.

    ``protected`` spans are kept wherever they fall. ``survey`` reads the
    whole text first (the pieces in order, protected text masked, as often
    as it asks) and what it returns reaches every piece's run. Stages are not
    kept: they would hold each piece's text at each stage.
    """
    points = cut_points(text)
    merged = Spans(protected)  # sorted and disjoint: each piece finds its own by bisection

    def parts() -> Iterator[str]:
        # A piece at a time: a masked copy of the whole would be as large as the text.
        for a, b in pairwise(points):
            yield mask(text[a:b], merged.within(a, b))

    surveys = survey(parts) if survey is not None else {}
    # Filled as the pieces are repaired: the pieces' Edit objects never all live at once.
    edits, suggestions = EditTable.building(text), EditTable.building(text)
    output: str | None = None  # the repaired text so far, from the first piece a repair changed
    signals: list[tuple[dict[str, Any], int, int]] = []
    for a, b in pairwise(points):
        lo, hi = _context(text, a, b)
        context = [s for s in ((0, a - lo), (b - lo, hi - lo)) if s[0] < s[1]]
        result = run(text[lo:hi], merged.within(lo, hi), context, surveys)
        last = b == len(text)
        owned = _owned(result.edits, lo, a, b, last)
        edits.extend(owned, lo)
        suggestions.extend(_owned(result.suggestions, lo, a, b, last), lo)
        if owned:  # the run's output is the context around the piece's output
            start = a - lo + sum(e.growth for e in result.edits if e.start + lo < a)
            piece = result.text[start : start + b - a + sum(e.growth for e in owned)]
            if output is None:
                output = text[:a]
            output += piece
        elif output is not None:
            output += text[a:b]
        signals.append((map_offsets(dict(result.signals), _Shift(lo)), a, b))
        del result, owned
    # ``output += ...`` above: CPython grows a string only this function holds in place
    # (realloc), so the output is built without a list of pieces beside it.
    return Result(
        text, text if output is None else output, edits.done(), suggestions.done(), (), merge_signals(signals)
    )


class _Shift:
    """Offsets of a piece's run moved to the text's: a signal's ``start``/``end`` pairs."""

    def __init__(self, by: int) -> None:
        self.by = by

    def __call__(self, start: int, end: int) -> tuple[int, int]:
        return start + self.by, end + self.by


def _owned(found: Sequence[Edit], shift: int, a: int, b: int, last: bool) -> list[Edit]:
    """The edits of a piece's run that are the piece's (in the run's offsets).

    An insertion where two pieces meet is made by both runs: the piece after owns it.
    """
    return [e for e in found if a <= e.start + shift < b or (last and e.start + shift == b)]


def merge_signals(parts: Sequence[tuple[dict[str, Any], int, int]]) -> dict[str, Any]:
    """The pieces' signals as one: listed items of each piece's own text, the highest score.

    A piece's signal may list items of its context (a paragraph of the
    piece before): only those starting inside the piece are kept.
    """
    merged: dict[str, Any] = {}
    for signals, a, b in parts:
        for key, value in signals.items():
            merged[key] = _merge(merged[key], value, a, b) if key in merged else _inside(value, a, b)
    return merged


def _inside(value: Any, a: int, b: int) -> Any:
    if isinstance(value, list):
        return [v for v in value if not isinstance(v, dict) or a <= v.get("start", a) < b]
    if isinstance(value, dict):
        return {k: _inside(v, a, b) for k, v in value.items()}
    return value


def _merge(old: Any, new: Any, a: int, b: int) -> Any:
    new = _inside(new, a, b)
    if isinstance(old, list) and isinstance(new, list):
        return old + new
    if isinstance(old, dict) and isinstance(new, dict):
        return {k: _merge(old[k], v, a, b) if k in old else v for k, v in new.items()} | {
            k: v for k, v in old.items() if k not in new
        }
    if isinstance(old, int | float) and isinstance(new, int | float) and not isinstance(old, bool):
        return max(old, new)
    return old
