"""The edit algebra: applying, checking, composing and guarding edits.

## What it does
An :class:`~textrepair.model.Edit` replaces ``before`` at ``[start, end)`` of
a text with ``after``. This module holds what every stage that edits text
needs besides the edit itself:

- :func:`apply_edits`: a text with sorted, non-overlapping edits applied;
- :func:`validated`: a normalizer's edits sorted and checked against its text;
- :class:`EditState` and :func:`compose_edits`: edits of later rounds, made
  against the text earlier rounds produced, expressed against the original,
  where edits that touch become one edit listing its ``steps``;
- :func:`mask`: text no edit may touch hidden from the rules (:class:`~textrepair.spans.Spans` holds it);
- :func:`until_stable`: repeating a step until it stops changing anything.

## Why
The pipeline folds stage after stage into edits against the original, and a
normalizer that looks twice (spacing, spinner swaps) folds its own second
look the same way. One implementation keeps ``apply_edits(original,
result.edits) == result.text`` true however an edit came to be. It depends
only on :mod:`textrepair.model`, so normalizers import it without importing
the pipeline that runs them.

## Example
>>> from textrepair.model import Edit
>>> text = "a  b ."
>>> first = [Edit(1, 3, "  ", " ", "SPC002", "spacing", "doubled space")]
>>> middle = apply_edits(text, first)
>>> second = [Edit(3, 4, " ", "", "SPC001", "spacing", "space before '.'")]
>>> composed = compose_edits(text, first, second)
>>> [(e.start, e.end, e.after) for e in composed]
[(1, 3, ' '), (4, 5, '')]
>>> apply_edits(text, composed) == apply_edits(middle, second) == "a b."
True
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

from .model import MASK, Edit, apply_edits
from .spans import Spans

__all__ = [
    "EditState",
    "apply_edits",
    "compose_edits",
    "mask",
    "until_stable",
    "validated",
]

_Value = TypeVar("_Value")

#: Which side of a fold an item comes from: an edit already folded (its span is
#: that of its output in the current text) or one of the stage being folded in.
_OLD = 0
_NEW = 1
#: (start, end) in the current text, side (``_OLD``/``_NEW``), the edit.
_Item = tuple[int, int, int, Edit]

_ORDER = operator.itemgetter(0, 1, 2)  # never compares the edits themselves
_SPAN = operator.attrgetter("start", "end")


def until_stable(step: Callable[[_Value], tuple[_Value, bool]], value: _Value, max_rounds: int) -> _Value:
    """Apply ``step`` to ``value`` until it says another round would change nothing.

    ``step`` returns the new value and whether to go on. The cap is what keeps
    a repair finite: two rules that undo each other's edits, or a verdict that
    flips with its neighbours, would otherwise alternate for ever; the last
    value is kept, and a repair of it finds the rest.

    >>> until_stable(lambda n: (n // 2, n // 2 > 1), 100, 3)
    12
    >>> until_stable(lambda n: (n // 2, n // 2 > 1), 10, 3)
    1

    The pipeline's rounds use it (``pipeline.MAX_ROUNDS``), and so do the
    spacing normalizer's second look (``normalizers/spacing.py``,
    ``_MAX_LOOKS``) and :func:`settle`, which the spinner's and the proper-noun
    rule's looks at their own repairs use. One loop does the same by hand:
    the encoding repair's re-decoding (``_MAX_ROUNDS`` in
    ``normalizers/encoding.py``), which works on ftfy's verdicts per line.
    """
    for _ in range(max_rounds):
        value, again = step(value)
        if not again:
            break
    return value


def settle(
    text: str,
    first: list[Edit],
    find: Callable[[str], list[Edit]],
    applies: Callable[[Edit], bool],
    max_looks: int,
    worth: Callable[[list[Edit]], bool] = bool,
) -> list[Edit]:
    """A normalizer's edits of ``text`` after looking again at what its applied ones make of it.

    ``first`` are the edits of the first look; ``find`` looks at a text;
    ``applies`` says which edits the pipeline applies. While ``worth`` the
    applied edits (by default: while there are any), the repaired text is
    looked at again and what applies there is composed with them, for at
    most ``max_looks`` looks in all: one fix can be the evidence the next
    needs, and a repair must not change its own output. Suggestions of the
    first look stay, unless an applied edit covers them.

    >>> def find(t):  # one "aa" to "a" a look
    ...     i = t.find("aa")
    ...     return [] if i < 0 else [Edit(i, i + 2, "aa", "a", "R", "n", "")]
    >>> apply_edits("aaaa", settle("aaaa", find("aaaa"), find, lambda e: True, 3))
    'a'
    >>> apply_edits("aaaa", settle("aaaa", find("aaaa"), find, lambda e: True, 2))
    'aa'
    """

    def look(edits: list[Edit]) -> tuple[list[Edit], bool]:
        applied = [e for e in edits if applies(e)]
        if not worth(applied):
            return edits, False
        more = [e for e in find(apply_edits(text, applied)) if applies(e)]
        if not more:
            return edits, False
        merged = compose_edits(text, applied, more)
        written = Spans((e.start, e.end) for e in merged)
        kept = [e for e in edits if not applies(e) and not written.hits(e)]
        return sorted(merged + kept, key=lambda e: (e.start, -e.end)), True

    return until_stable(look, first, max_looks - 1)


def compose_edits(text: str, *rounds: Sequence[Edit]) -> list[Edit]:
    """Edits against ``text`` equal to applying each round of edits in turn.

    Each round is sorted and non-overlapping against the text the previous
    rounds produced; where a later edit touches an earlier one's output, the
    two become one edit (with ``steps``), as between pipeline stages.
    """
    state = EditState(text)
    current = text
    for edits in rounds:
        state.fold(list(edits), current)
        current = apply_edits(current, edits)
    return state.edits


#: A coalesced edit lists at most this many distinct messages of the edits it joins, then how many more.
MAX_JOINED_MESSAGES = 3


def coalesce(edits: Sequence[Edit]) -> list[Edit]:
    """``edits`` (sorted, against one text) with each run of touching edits of one rule made one edit.

    A text dense with one kind of damage ("“”“”…", "&amp;&amp;…") makes an
    edit of every few characters; reported one by one they say nothing more
    than one edit of the run says, and they cost memory the text does not.
    Edits merged from several stages (with ``steps``) stay as they are.

    >>> a = Edit(0, 1, "“", '"', "QUO001", "quotes", '“ → "')
    >>> b = Edit(1, 2, "”", '"', "QUO001", "quotes", '” → "')
    >>> [(e.before, e.after, e.message) for e in coalesce([a, b])]
    [('“”', '""', '“ → "; ” → "')]
    """
    out: list[Edit] = []
    run: list[Edit] = []
    for e in edits:
        if run and not (e.start == run[-1].end and _joinable(run[-1], e)):
            out.append(_joined(run))
            run = []
        run.append(e)
    if run:
        out.append(_joined(run))
    return out


def joined_message(messages: Iterable[str]) -> str:
    """The message of one edit made of several: their distinct messages, the first few of them.

    >>> joined_message(["a", "b", "a", "c", "d", "e"])
    'a; b; c; and 2 more'
    """
    distinct = list(dict.fromkeys(messages))
    if len(distinct) > MAX_JOINED_MESSAGES:
        distinct[MAX_JOINED_MESSAGES:] = [f"and {len(distinct) - MAX_JOINED_MESSAGES} more"]
    return "; ".join(distinct)


def _joinable(a: Edit, b: Edit) -> bool:
    return (
        a.rule == b.rule
        and a.normalizer == b.normalizer
        and a.safe == b.safe
        and a.source == b.source
        and not a.steps
        and not b.steps
        and a.start < a.end
        and b.start < b.end
    )


def _joined(run: list[Edit]) -> Edit:
    if len(run) == 1:
        return run[0]
    first = run[0]
    return Edit(
        first.start,
        run[-1].end,
        "".join(e.before for e in run),
        "".join(e.after for e in run),
        first.rule,
        first.normalizer,
        joined_message(e.message for e in run),
        min(e.confidence for e in run),
        first.safe,
        first.source,
    )


def validated(edits: Iterable[Edit], text: str, name: str) -> list[Edit]:
    """``edits`` sorted, without those that change nothing.

    Raises ``RuntimeError`` naming the normalizer ``name`` if one does not fit ``text``.
    """
    out: list[Edit] = []
    pos = 0
    for e in sorted(edits, key=_SPAN):
        if e.before == e.after:
            continue
        if e.start < pos or e.end > len(text) or text[e.start : e.end] != e.before:
            raise RuntimeError(f"normalizer {name!r} returned an edit that does not fit its text: {e!r}")
        out.append(e)
        pos = e.end
    return out


#: What protection hides: everything but white space (the same test as ``str.isspace``).
_NON_SPACE = re.compile(r"\S")
#: Slices :func:`mask` gathers before joining them into one string.
_MASK_JOIN = 8_192


def mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with protected characters as MASK, but white space kept.

    Normalizers need the word, line and paragraph structure around code and
    markup (``# `` before a heading's first word, the line break that ends
    it), so white space stays; :class:`Spans` keeps edits off it by position.

    >>> mask("a `x y` b", [(2, 7)]) == "a " + MASK * 2 + " " + MASK * 2 + " b"
    True
    """
    guard = Spans(spans)
    done: list[str] = []
    pieces: list[str] = []
    pos = 0
    # Built from slices, not a list of characters: a list costs 8 bytes a character
    # more. Joined every few thousand spans: a text with a span every few characters
    # would otherwise hold two small strings (some 100 bytes) for each.
    for start, end in zip(guard.starts, guard.ends, strict=True):
        pieces += (text[pos:start], _NON_SPACE.sub(MASK, text[start:end]))
        pos = end
        if len(pieces) >= _MASK_JOIN:
            done.append("".join(pieces))
            pieces.clear()
    pieces.append(text[pos:])
    done.append("".join(pieces))
    return "".join(done)


class EditState:
    """Edits so far against the original, and where each sits in the current text."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.edits: list[Edit] = []
        self.cstarts: list[int] = []  # start of each edit's output in the current text

    def _shift_before(self, index: int) -> int:
        """Length change caused by the edits before ``index``."""
        if index == 0:
            return 0
        e = self.edits[index - 1]
        return self.cstarts[index - 1] + len(e.after) - e.end

    def to_original(self, e: Edit) -> Edit:
        """Map an edit against the current text to original offsets."""
        start, end = self.span_to_original(e.start, e.end)
        return replace(e, start=start, end=end, before=self.original[start:end])

    def span_to_original(self, cstart: int, cend: int) -> tuple[int, int]:
        """Map a span of the current text to the original: a span inside an edit's output grows to that edit."""
        i = bisect.bisect_right(self.cstarts, cstart) - 1
        start = cstart - self._shift_before(i + 1)
        if i >= 0 and cstart < self.cstarts[i] + len(self.edits[i].after):
            start = self.edits[i].start  # inside an earlier edit's output
        j = bisect.bisect_left(self.cstarts, cend)
        end = cend - self._shift_before(j)
        if j > 0 and cend > self.cstarts[j - 1] and cend <= self.cstarts[j - 1] + len(self.edits[j - 1].after):
            end = self.edits[j - 1].end
        return start, max(end, start)

    def fold(self, new: list[Edit], current: str) -> None:
        """Merge a stage's edits against ``current`` (sorted) into the state."""
        if not new:
            return  # most stages change nothing: the state stands
        if not self.edits:  # the first stage to change anything: its edits stand as they are
            self.edits, self.cstarts = list(new), []
            shift = 0
            for e in new:
                self.cstarts.append(e.start + shift)
                shift += len(e.after) - (e.end - e.start)
            return
        items: list[_Item] = [
            (cs, cs + len(old.after), _OLD, old) for cs, old in zip(self.cstarts, self.edits, strict=True)
        ]
        items.extend((e.start, e.end, _NEW, e) for e in new)
        items.sort(key=_ORDER)
        edits: list[Edit] = []
        cstarts: list[int] = []
        shift_old = 0  # length change of old edits before the current point
        shift_new = 0  # length change of new edits before the current point
        for group in _group(items):
            if len(group) == 1:  # the common case, an edit that touches no other: no list building
                olds, news = ([], [group[0][3]]) if group[0][2] == _NEW else ([group[0][3]], [])
            else:
                olds = [e for _, _, side, e in group if side == _OLD]
                news = [e for _, _, side, e in group if side == _NEW]
            if not olds:  # a new edit of untouched text: only its offsets move
                new_edit = news[0]
                edits.append(new_edit.shifted(-shift_old) if shift_old else new_edit)  # frozen: shared as is
                cstarts.append(new_edit.start + shift_new)
                shift_new += len(new_edit.after) - (new_edit.end - new_edit.start)
                continue
            if not news:  # untouched earlier edit, only moved
                moved = olds[0]
                edits.append(moved)
                cstarts.append(moved.start + shift_old + shift_new)
                shift_old += len(moved.after) - (moved.end - moved.start)
                continue
            gs = group[0][0]  # sorted by start
            ge = max([t[1] for t in group])
            o_start = gs - shift_old
            for e in olds:  # the length change, inline: a fold of a dense line merges tens of thousands of groups
                shift_old += len(e.after) - (e.end - e.start)
            o_end = ge - shift_old
            cstart = gs + shift_new
            for e in news:
                shift_new += len(e.after) - (e.end - e.start)
            merged = _merge(self.original[o_start:o_end], o_start, o_end, current[gs:ge], gs, olds, news)
            if merged is not None:
                edits.append(merged)
                cstarts.append(cstart)
        self.edits, self.cstarts = edits, cstarts


def _merge(
    before: str, o_start: int, o_end: int, segment: str, offset: int, olds: list[Edit], news: list[Edit]
) -> Edit | None:
    """One edit of ``before`` (at ``o_start``) for earlier edits ``olds`` and later ``news`` that touch.

    ``segment`` is the current text the group covers, from ``offset``. None
    when the later edits undid the earlier ones.
    """
    # apply_edits(segment, [e.shifted(-offset) for e in news]), without an
    # Edit made per news edit: a line dense with damage merges groups of 64.
    pieces: list[str] = []
    pos = 0
    for e in news:
        start, end = e.start - offset, e.end - offset
        if start < pos or segment[start:end] != e.before:
            raise ValueError(f"edit does not fit the text: {e.shifted(-offset)!r}")
        pieces += (segment[pos:start], e.after)
        pos = end
    pieces.append(segment[pos:])
    after = "".join(pieces)
    if before == after:
        return None
    steps = [s for o in olds for s in (o.steps or (o,))]
    steps.extend(news)
    first = steps[0]
    if len(steps) == 2:  # one edit over another (a decoding, then its quote): no generator or dict for two
        second = steps[1]
        message = first.message if first.message == second.message else f"{first.message}; {second.message}"
        sources = [s for s in (first.source, second.source) if s]
        source = sources[0] if len(sources) == 1 or (sources and sources[0] == sources[1]) else ", ".join(sources)
        confidence = min(first.confidence, second.confidence)
        safe = bool(first.safe and second.safe)  # as all() gives it
    else:
        message = "; ".join(dict.fromkeys(s.message for s in steps))
        source = ", ".join(dict.fromkeys(s.source for s in steps if s.source))
        confidence = min(s.confidence for s in steps)
        safe = all(s.safe for s in steps)
    return Edit(
        o_start,
        o_end,
        before,
        after,
        first.rule,
        first.normalizer,
        message,
        confidence,
        safe,
        source,
        tuple(steps) if len(steps) > 1 else (),
    )


def _group(items: list[_Item]) -> list[list[_Item]]:
    """Split items sorted by (start, end, side) into runs that touch.

    An item joins the last group when it touches any member: it overlaps one,
    or it and a member of the other side (old or new) meet at a seam where one
    of them is an insertion or deletion (order would be ambiguous). As members
    start at or before the item, a few running maxima over the group answer
    that in constant time, so folding is linear in the number of edits.
    """
    groups: list[list[_Item]] = []
    reach = -1  # the furthest end in the last group: an item starting past it cannot touch the group
    last_start = -1  # the start of the group's last member
    reach_before = -1  # the furthest end of members starting before ``last_start``
    reach_side = [-1, -1]  # the furthest end of members of each side
    empty_at = [-1, -1]  # the furthest position of an empty member (cstart == cend) of each side
    for item in items:
        s, e, side, _ = item
        if groups and s <= reach:
            if s < e:
                # overlap: a member ending past s (it starts at or before s < e);
                # seam: an empty member of the other side at s
                joins = reach > s or empty_at[1 - side] >= s
            else:
                # overlap: a member strictly around s; seam: one of the other side reaching s
                joins = (reach if last_start < s else reach_before) > s or reach_side[1 - side] >= s
        else:
            joins = False
        if joins:
            groups[-1].append(item)
            if s > last_start:
                reach_before = reach
                last_start = s
            if e > reach:  # max() by hand: three calls an edit were a tenth of a fold
                reach = e
        else:
            groups.append([item])
            reach = e
            last_start = s
            reach_before = -1
            reach_side = [-1, -1]
            empty_at = [-1, -1]
        if e > reach_side[side]:
            reach_side[side] = e
        if s == e and s > empty_at[side]:
            empty_at[side] = s
    return groups
