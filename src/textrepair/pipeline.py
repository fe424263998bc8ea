"""An ordered, selectable chain of normalizers and the bookkeeping of edits.

Each stage sees the text the previous stage produced and returns edits against
it. The pipeline folds them into one list of non-overlapping edits against the
*original* text, merging edits of different stages that touch the same
characters, so that ``apply_edits(original, result.edits) == result.text``.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from .model import MASK, Edit, Options, Result, StageResult, apply_edits
from .normalizer import Document, Normalizer
from .registry import all_normalizers, builtin


@cache
def profiles() -> dict[str, dict[str, Any]]:
    """Presets: named selections and options, from ``profiles.json``.

    Keys other than ``description``, ``select`` and ``ignore`` are options.
    """
    import json
    from pathlib import Path

    data: dict[str, dict[str, Any]] = json.loads((Path(__file__).parent / "profiles.json").read_text("utf-8"))
    return data


_NOT_OPTIONS = ("description", "select", "ignore")


def _matches(rule: str, name: str, selector: str) -> bool:
    return selector == "ALL" or rule.startswith(selector) or selector == name


@dataclass(frozen=True)
class Pipeline:
    """Normalizers to run, which of their rules are on, and the options.

    >>> p = Pipeline.from_profile("default").select(["QUO"])
    >>> p.run("“Hi”").text
    '"Hi"'
    """

    classes: tuple[type[Normalizer], ...]
    options: Options = field(default_factory=Options)
    selected: tuple[str, ...] = ("ALL",)
    ignored: tuple[str, ...] = ()

    @classmethod
    def from_profile(cls, name: str = "default", options: Options | None = None) -> Pipeline:
        try:
            profile = profiles()[name]
        except KeyError:
            raise ValueError(f"unknown profile {name!r}; known: {', '.join(sorted(profiles()))}") from None
        select = tuple(profile.get("select", ["ALL"]))
        ignore = tuple(profile.get("ignore", []))
        if options is None:
            options = Options.from_mapping({k: v for k, v in profile.items() if k not in _NOT_OPTIONS})
        return cls(builtin(), options).select(select).ignore(ignore)

    def _check(self, selectors: Iterable[str]) -> tuple[str, ...]:
        selectors = tuple(selectors)
        unknown = [s for s in selectors if not any(self._known(s, c) for c in self.classes)]
        if unknown:
            # A plugin's code: bring plugins in, then look again.
            classes = all_normalizers()
            still = [s for s in unknown if not any(self._known(s, c) for c in classes)]
            if still:
                raise ValueError(f"unknown rule or normalizer: {', '.join(still)} (see `textrepair rules`)")
            object.__setattr__(self, "classes", classes)
        return selectors

    @staticmethod
    def _known(selector: str, cls: type[Normalizer]) -> bool:
        return any(_matches(r, cls.name, selector) for r in cls.rules)

    def select(self, selectors: Iterable[str]) -> Pipeline:
        """Only the rules matching these codes, prefixes or names (``ALL``)."""
        sel = self._check(selectors)
        return replace(self, selected=sel) if sel else self

    def ignore(self, selectors: Iterable[str]) -> Pipeline:
        return replace(self, ignored=self.ignored + self._check(selectors))

    def with_options(self, options: Options) -> Pipeline:
        return replace(self, options=options)

    def enabled(self, rule: str, name: str) -> bool:
        if any(_matches(rule, name, s) for s in self.ignored):
            return False
        return any(_matches(rule, name, s) for s in self.selected)

    def active(self) -> list[type[Normalizer]]:
        """Normalizers with at least one enabled rule, in order.

        Plugins are only in ``classes`` once a selector named them.
        """
        return [c for c in self.classes if any(self.enabled(r, c.name) for r in c.rules)]

    def _split(
        self, cls: type[Normalizer], found: Iterable[Edit], work: str, state: _State, guard: SpanGuard | None
    ) -> tuple[list[Edit], list[Edit]]:
        """A stage's edits: (to apply, to suggest); disabled rules and protected text are left out."""
        apply: list[Edit] = []
        suggest: list[Edit] = []
        options = self.options
        enabled: dict[str, bool] = {}  # by rule: a stage may return many edits of a few rules
        for e in _validated(found, work, cls.name):
            on = enabled.get(e.rule)
            if on is None:
                on = enabled[e.rule] = self.enabled(e.rule, cls.name)
            if not on or MASK in e.before or MASK in e.after:
                continue
            if guard is not None and guard.hits(state.to_original(e)):
                continue  # touches protected white space
            if (e.safe or options.unsafe_fixes) and e.confidence >= options.threshold:
                apply.append(e)
            else:
                suggest.append(e)
        return apply, suggest

    def _unsettled(
        self, active: list[type[Normalizer]], work: str, doc: Document, state: _State, guard: SpanGuard | None
    ) -> bool:
        """Would a normalizer whose verdicts hang on neighbouring text change the repaired text?

        ftfy judges a line as a whole: a quote another rule changed can turn
        its verdict on a sequence beside it. Another round then keeps repair
        idempotent; clean text never pays for the look.
        """
        for cls in active:
            if cls.context_sensitive and self._split(cls, cls(self.options).find(work, doc), work, state, guard)[0]:
                return True
        return False

    def _suggestions_on(
        self, active: list[type[Normalizer]], work: str, state: _State, guard: SpanGuard | None
    ) -> list[Edit]:
        """The suggestions the stages ``active`` make on the repaired text ``work``, in the original's offsets.

        A suggestion found in a round that also applied edits was weighed
        beside evidence those edits then removed (a spun phrase beside the
        fingerprints just repaired): reporting it would make the next run,
        on the fixed file, silently drop it. Reporting what the repaired text
        itself shows keeps ``check`` after ``fix`` saying the same thing.
        Signals stay those of the run (a scratch document takes these).
        """
        doc = Document(work, self.options)
        out: list[Edit] = []
        for cls in active:
            _, suggest = self._split(cls, cls(self.options).find(work, doc), work, state, guard)
            out.extend(state.to_original(e) for e in suggest)
        return out

    def run(self, text: str, protected: Sequence[tuple[int, int]] = ()) -> Result:
        """Repair ``text``; characters in ``protected`` spans are never edited."""
        options = self.options
        spans = list(protected)
        if options.allow:
            spans += _allowed_spans(text, options.allow)
        guard = SpanGuard(spans) if spans else None
        work = _mask(text, spans) if spans else text
        doc = Document(text, options)
        state = _State(text)
        stages: list[StageResult] = []
        active = self.active()
        for _ in range(MAX_ROUNDS):
            suggestions: list[Edit] = []  # the last round's: they describe the final text
            suggested_by: dict[str, bool] = {}
            changed = False
            for cls in active:
                apply, suggest = self._split(cls, cls(options).find(work, doc), work, state, guard)
                stages.append(StageResult(cls.name, work, tuple(apply), tuple(suggest)))
                suggestions.extend(state.to_original(e) for e in suggest)
                suggested_by[cls.name] = bool(suggest)
                if apply:
                    state.fold(apply, work)
                    work = apply_edits(work, apply)
                    changed = True
            if not changed or not self._unsettled(active, work, doc, state, guard):
                break
        if changed:
            # Only a stage whose suggestions weigh evidence the repairs may have removed is asked again.
            again = [c for c in active if c.suggestions_weigh_document and suggested_by.get(c.name)]
            if again:
                codes = tuple(c.code for c in again)
                suggestions = [e for e in suggestions if not e.rule.startswith(codes)]
                suggestions += self._suggestions_on(again, work, state, guard)
        final = apply_edits(text, state.edits) if spans else work
        suggestions.sort(key=lambda e: (e.start, e.end))
        return Result(text, final, tuple(state.edits), tuple(suggestions), tuple(stages), doc.signals)


def compose_edits(text: str, *rounds: Sequence[Edit]) -> list[Edit]:
    """Edits against ``text`` equal to applying each round of edits in turn.

    Each round is sorted and non-overlapping against the text the previous
    rounds produced; where a later edit touches an earlier one's output, the
    two become one edit (with ``steps``), as between pipeline stages.
    """
    state = _State(text)
    current = text
    for edits in rounds:
        state.fold(list(edits), current)
        current = apply_edits(current, edits)
    return state.edits


def _validated(edits: Iterable[Edit], text: str, name: str) -> list[Edit]:
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


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with protected characters as MASK, but white space kept.

    Normalizers need the word, line and paragraph structure around code and
    markup (``# `` before a heading's first word, the line break that ends
    it), so white space stays; :class:`SpanGuard` keeps edits off it by position.
    """
    chars = list(text)
    for start, end in spans:
        chars[start:end] = [c if c.isspace() else MASK for c in text[start:end]]
    return "".join(chars)


class SpanGuard:
    """Whether an edit touches any of a set of spans (protected text, text already written).

    Spans are merged and searched by bisection, so a check costs a logarithm,
    not a pass over the spans.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            elif start < end:
                merged.append([start, end])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def hits(self, e: Edit) -> bool:
        return self.touches(e.start, e.end)

    def touches(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` overlap a span (an insertion: lie strictly inside one)?"""
        k = bisect.bisect_right(self.starts, start) - 1  # the last span starting at or before ``start``
        if start == end:  # an insertion: only strictly inside a span
            return k >= 0 and self.starts[k] < start < self.ends[k]
        if k >= 0 and start < self.ends[k]:
            return True
        return k + 1 < len(self.starts) and self.starts[k + 1] < end


def _allowed_spans(text: str, allow: Iterable[str]) -> list[tuple[int, int]]:
    words = sorted((w for w in allow if w), key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    return [m.span() for m in pattern.finditer(text)]


class _State:
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
        i = bisect.bisect_right(self.cstarts, e.start) - 1
        start = e.start - self._shift_before(i + 1)
        if i >= 0 and e.start < self.cstarts[i] + len(self.edits[i].after):
            start = self.edits[i].start  # inside an earlier edit's output
        j = bisect.bisect_left(self.cstarts, e.end)
        end = e.end - self._shift_before(j)
        if j > 0 and e.end > self.cstarts[j - 1] and e.end <= self.cstarts[j - 1] + len(self.edits[j - 1].after):
            end = self.edits[j - 1].end
        end = max(end, start)
        return replace(e, start=start, end=end, before=self.original[start:end])

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
        items: list[tuple[int, int, int, object]] = []  # (cstart, cend, kind, payload); kind 0 old, 1 new
        for cs, old in zip(self.cstarts, self.edits, strict=True):
            items.append((cs, cs + len(old.after), 0, old))
        for e in new:
            items.append((e.start, e.end, 1, e))
        items.sort(key=_ORDER)
        groups = _group(items)

        edits: list[Edit] = []
        cstarts: list[int] = []
        shift_old = 0  # length change of old edits before the current point
        shift_new = 0  # length change of new edits before the current point
        for group in groups:
            if len(group) == 1:  # the common case, an edit that touches no other: no list building
                olds, news = ([], [group[0][3]]) if group[0][2] else ([group[0][3]], [])
            else:
                olds = [p for _, _, k, p in group if k == 0]
                news = [p for _, _, k, p in group if k == 1]
            if not olds:  # a new edit of untouched text: only its offsets move
                new_edit = news[0]
                assert isinstance(new_edit, Edit)
                edits.append(new_edit.shifted(-shift_old))
                cstarts.append(new_edit.start + shift_new)
                shift_new += len(new_edit.after) - (new_edit.end - new_edit.start)
                continue
            if not news:  # untouched earlier edit, only moved
                moved = olds[0]
                assert isinstance(moved, Edit)
                edits.append(moved)
                cstarts.append(moved.start + shift_old + shift_new)
                shift_old += len(moved.after) - (moved.end - moved.start)
                continue
            gs = min(t[0] for t in group)
            ge = max(t[1] for t in group)
            o_start = gs - shift_old
            o_end = ge - shift_old - sum(len(o.after) - (o.end - o.start) for o in olds if isinstance(o, Edit))
            segment = _apply_local(current[gs:ge], gs, news)
            steps: list[Edit] = []
            for o in olds:
                assert isinstance(o, Edit)
                steps.extend(o.steps or (o,))
            steps.extend(n for n in news if isinstance(n, Edit))
            shift_old += sum(len(o.after) - (o.end - o.start) for o in olds if isinstance(o, Edit))
            cstart = gs + shift_new
            shift_new += sum(len(n.after) - (n.end - n.start) for n in news if isinstance(n, Edit))
            before = self.original[o_start:o_end]
            if before == segment:
                continue  # a later stage undid an earlier one
            first = steps[0]
            edits.append(
                Edit(
                    o_start,
                    o_end,
                    before,
                    segment,
                    first.rule,
                    first.normalizer,
                    "; ".join(dict.fromkeys(s.message for s in steps)),
                    min(s.confidence for s in steps),
                    all(s.safe for s in steps),
                    ", ".join(dict.fromkeys(s.source for s in steps if s.source)),
                    tuple(steps) if len(steps) > 1 else (),
                )
            )
            cstarts.append(cstart)
        self.edits, self.cstarts = edits, cstarts


_ORDER = operator.itemgetter(0, 1, 2)
_SPAN = operator.attrgetter("start", "end")
#: Rounds of the whole pipeline at most; a second one runs only when a
#: context-sensitive normalizer would still change the repaired text.
MAX_ROUNDS = 3


def _group(items: list[tuple[int, int, int, object]]) -> list[list[tuple[int, int, int, object]]]:
    """Split items sorted by (start, end, kind) into runs that touch.

    An item joins the last group when it touches any member: it overlaps one,
    or it and a member of the other kind (old or new) meet at a seam where one
    of them is an insertion or deletion (order would be ambiguous). As members
    start at or before the item, a few running maxima over the group answer
    that in constant time, so folding is linear in the number of edits.
    """
    groups: list[list[tuple[int, int, int, object]]] = []
    reach = -1  # the furthest end in the last group: an item starting past it cannot touch the group
    last_start = -1  # the start of the group's last member
    reach_before = -1  # the furthest end of members starting before ``last_start``
    reach_kind = [-1, -1]  # the furthest end of members of each kind
    empty_at = [-1, -1]  # the furthest position of an empty member (cstart == cend) of each kind
    for item in items:
        s, e, kind, _ = item
        if groups and s <= reach:
            if s < e:
                # overlap: a member ending past s (it starts at or before s < e);
                # seam: an empty member of the other kind at s
                joins = reach > s or empty_at[1 - kind] >= s
            else:
                # overlap: a member strictly around s; seam: one of the other kind reaching s
                joins = (reach if last_start < s else reach_before) > s or reach_kind[1 - kind] >= s
        else:
            joins = False
        if joins:
            groups[-1].append(item)
            if s > last_start:
                reach_before = reach
                last_start = s
            reach = max(reach, e)
        else:
            groups.append([item])
            reach = e
            last_start = s
            reach_before = -1
            reach_kind = [-1, -1]
            empty_at = [-1, -1]
        reach_kind[kind] = max(reach_kind[kind], e)
        if s == e:
            empty_at[kind] = max(empty_at[kind], s)
    return groups


def _apply_local(segment: str, offset: int, edits: list[object]) -> str:
    local = [e.shifted(-offset) for e in edits if isinstance(e, Edit)]
    return apply_edits(segment, local)
