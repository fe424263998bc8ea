"""Repair that keeps what is markup: a repair must not make prose into markup, or markup into prose.

Markup is found once, on the text as it comes, and repair leaves it alone.
But a repair can move the line between the two: a curly quote straightened
makes ``<a n=”">`` an HTML tag, a space removed makes ``:word :`` a reST
role, a control decoded as a letter after ````lit```` ends no inline literal.
The next repair of the output would then protect other spans than the first
did, and change its own output. :func:`repair_settled` looks at the markup of
the repaired text; where it differs from the markup the repair kept, and
a repair of the repaired text would change it, the repair is done again
with the lines holding that region (where the change that moved it sits)
protected as well: the edits that would move markup are left out, and the
text around them is repaired as the next run would see it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from ..model import Edit, EditTable, Result
from ..spans import Spans, symmetric_difference
from ._spans import Span, merge

#: Rounds of protecting more: the lines that hold each moved region (and the
#: characters on either side); then the paragraphs (an edit elsewhere in the
#: block may be what moved it: a control removed between two backtick runs
#: makes a code fence); then, should markup still move, the whole text. Real
#: text never needs a second round: its markup does not move.
MAX_ROUNDS = 3
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def repair_settled(text: str, protect: Callable[[str], Spans], run: Callable[[str, Spans], Result]) -> Result:
    """``run(text, protect(text))``, repeated with more protected where the output's markup moved.

    ``protect`` finds the markup spans of a text, ``run`` repairs a text
    with spans protected.

    >>> from textrepair import repair
    >>> from textrepair.markup import protected_spans
    >>> def run(text, spans):
    ...     return repair(text, protected=spans, markup="markdown", profile="safe")
    >>> run('<L n=”"> :', protected_spans('<L n=”"> :', "markdown")).text
    '<L n=""> :'
    >>> repair_settled('<L n=”"> :', lambda t: protected_spans(t, "markdown"), run).text
    '<L n=”"> :'
    """
    spans = protect(text)
    result = run(text, spans)
    extra: list[Span] = []
    for round_ in range(MAX_ROUNDS):
        if not any(_may_move(text, e) for e in result.edits):
            return result
        found = protect(result.text)
        moved = _moved(result, spans, found)
        if not moved or not run(result.text, found).edits:
            return result  # the markup stays, or it moved and the next run finds nothing to repair
        if round_ == MAX_ROUNDS - 1:
            return run(text, Spans([(0, len(text))]))
        extra = merge(extra + _widen(text, moved, paragraphs=round_ > 0))
        result = run(text, spans.union(extra))
    return result


def _may_move(text: str, e: Edit) -> bool:
    """Could an edit move markup? Not when it only drops the blanks that end a line: no markup kind reads them."""
    return not (e.before.strip(" \t") == "" and not e.after and text[e.end : e.end + 1] in ("", "\n", "\r"))


def _moved(result: Result, kept: Spans, found: Spans) -> list[Span]:
    """Regions, in the original's offsets, that are markup in the repaired text or in the original but not both."""
    if not kept and not found:
        return []  # no markup before or after: nothing moved, and no offsets to map
    mapped = Spans(_forward(_places(result.edits), kept))
    if mapped == found:
        return []
    return merge(_back(_places(result.edits), symmetric_difference(mapped, found)))


def _widen(text: str, moved: list[Span], *, paragraphs: bool) -> list[Span]:
    """The regions to protect for ``moved``: the lines that hold them and a character on each side, or their paragraphs.

    Whole lines: a line is the context of most verdicts (ftfy judges a line
    as a whole; a NEL is a line break or "…" by the other controls beside it),
    and a repair left half done would read otherwise on the next run.
    """
    if not paragraphs:
        out = []
        for start, end in moved:
            last = text.find("\n", min(len(text), end + 1))
            out.append((text.rfind("\n", 0, max(0, start - 1)) + 1, len(text) if last < 0 else last))
        return out
    blanks = [m.span() for m in _BLANK_LINE.finditer(text)]
    ends = [b for _, b in blanks]
    out = []
    for start, end in moved:
        k = bisect.bisect_right(ends, start)  # blank lines that end at or before ``start``
        first = ends[k - 1] if k else 0
        while k < len(blanks) and blanks[k][0] < end:
            k += 1
        out.append((first, blanks[k][0] if k < len(blanks) else len(text)))
    return out


def _places(edits: Sequence[Edit]) -> Iterator[tuple[int, int, int]]:
    """Each edit's start, end and growth, in order."""
    if isinstance(edits, EditTable):
        return edits.places()
    return ((e.start, e.end, e.growth) for e in edits)


# The offsets between an original and its repair are read by walking the edits
# beside sorted spans, once: a table of every edit's offsets, to bisect, cost
# 20 bytes an edit (16 MB on 8 MB of mojibake, the peak of a Markdown check).


def _forward(places: Iterator[tuple[int, int, int]], spans: Iterable[Span]) -> Iterator[Span]:
    """Where each of ``spans`` (sorted, disjoint, outside every edit: kept markup) lands in the repaired text."""
    delta = 0  # growth of the edits that end at or before the span
    after = next(places, None)
    for start, end in spans:
        while after is not None and after[1] <= start:
            delta += after[2]
            after = next(places, None)
        yield start + delta, end + delta


def _back(places: Iterator[tuple[int, int, int]], spans: Iterable[Span]) -> Iterator[Span]:
    """The original offsets of ``spans`` (sorted, disjoint, in the repaired text's offsets).

    An offset inside an edit's new text goes to that edit's start (a span's
    start) or end (a span's end).
    """
    delta = 0  # growth of the edits passed: those starting at or before the offset in the repaired text
    last: tuple[int, int, int] | None = None  # the last of them: its start, its end, its end in the repair
    after = next(places, None)

    def back(pos: int, is_start: bool) -> int:
        nonlocal delta, last, after
        while after is not None and after[0] + delta <= pos:
            start, end, growth = after
            delta += growth
            last = (start, end, end + delta)
            after = next(places, None)
        if last is None:
            return pos
        if pos < last[2]:  # inside its new text (a deletion's place needs no case: pos - delta is its end)
            return last[0] if is_start else last[1]
        return pos - delta

    for start, end in spans:
        yield back(start, True), back(end, False)
