"""An ordered, selectable chain of normalizers, run in rounds until stable.

Each stage sees the text the previous stage produced and returns edits against
it. The pipeline folds them (with :mod:`textrepair.edits`) into one list of
non-overlapping edits against the *original* text, merging edits of different
stages that touch the same characters, so that
``apply_edits(original, result.edits) == result.text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .edits import EditState, apply_edits, coalesce, mask, until_stable, validated
from .gcpause import gc_paused
from .heap import lean
from .model import MASK, Edit, Options, Result, StageResult
from .normalizer import Document, Normalizer
from .pieces import Repaired, in_pieces, run_in_pieces
from .profiles import profiles as profiles  # also read from here by process.py and repair()
from .registry import all_normalizers, builtin
from .settings import options_from, profile_settings
from .spans import Spans

#: Rounds of the whole pipeline at most; a second one runs only when a
#: context-sensitive normalizer would still change the repaired text
#: (:func:`~textrepair.edits.until_stable` says why there is a cap).
MAX_ROUNDS = 3


def _matches(rule: str, name: str, selector: str) -> bool:
    return selector == "ALL" or rule.startswith(selector) or selector == name


@dataclass
class _Round:
    """What one round of every active stage leaves behind."""

    work: str  # the text after the round
    #: The round's suggestions, in the original's offsets: the last round's describe the final text.
    suggestions: list[Edit] = field(default_factory=list)
    suggested_by: dict[str, bool] = field(default_factory=dict)  # by normalizer name: did it suggest anything
    changed: bool = False


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
            options = options_from(profile_settings(profile))
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
        self, cls: type[Normalizer], found: Iterable[Edit], work: str, state: EditState, guard: Spans | None
    ) -> tuple[list[Edit], list[Edit]]:
        """A stage's edits: (to apply, to suggest); disabled rules and protected text are left out."""
        apply: list[Edit] = []
        suggest: list[Edit] = []
        options = self.options
        enabled: dict[str, bool] = {}  # by rule: a stage may return many edits of a few rules
        for e in validated(found, work, cls.name):
            on = enabled.get(e.rule)
            if on is None:
                on = enabled[e.rule] = self.enabled(e.rule, cls.name)
            if not on or MASK in e.before or MASK in e.after:
                continue
            if guard is not None and guard.touches(*state.span_to_original(e.start, e.end)):
                continue  # touches protected white space
            if options.applies(e):
                apply.append(e)
            else:
                suggest.append(e)
        return apply, suggest

    def _unsettled(
        self, active: list[type[Normalizer]], work: str, doc: Document, state: EditState, guard: Spans | None
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
        self, active: list[type[Normalizer]], work: str, state: EditState, guard: Spans | None
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

    def _round(
        self,
        active: list[type[Normalizer]],
        work: str,
        doc: Document,
        state: EditState,
        guard: Spans | None,
        stages: list[StageResult],
    ) -> _Round:
        """Every stage in turn on ``work``, the edits applied folded into ``state``.

        Each stage's run is added to ``stages``.
        """
        done = _Round(work)
        for cls in active:
            apply, suggest = self._split(cls, cls(self.options).find(done.work, doc), done.work, state, guard)
            stages.append(StageResult(cls.name, done.work, tuple(apply), tuple(suggest)))
            done.suggestions.extend(state.to_original(e) for e in suggest)
            done.suggested_by[cls.name] = bool(suggest)
            if apply:
                state.fold(apply, done.work)
                done.work = apply_edits(done.work, apply)
                done.changed = True
        return done

    def run(self, text: str, protected: Sequence[tuple[int, int]] = ()) -> Result:
        """Repair ``text``; characters in ``protected`` spans are never edited.

        A text longer than :data:`~textrepair.pieces.PIECE_CHARS` is repaired
        in pieces, in memory bounded by the piece size (:mod:`textrepair.pieces`).
        """
        if in_pieces(text):
            with lean():  # what grows with the text is mapped, not cut from the heap (heap.py)
                return run_in_pieces(self._repair, text, protected, self._surveys)
        return self._repair(text, protected).result()

    def _surveys(self, parts: Callable[[], Iterator[str]]) -> dict[str, Any]:
        """What the active normalizers must know of the whole of a text repaired in pieces (``Normalizer.survey``)."""
        found = {cls.name: cls(self.options).survey(parts()) for cls in self.active()}
        return {name: value for name, value in found.items() if value is not None}

    # A repair dense with edits spent a quarter of its time collecting (gcpause.py); paused
    # for a piece at a time, so that cycles a long text's pieces leave are collected between them.
    @gc_paused
    def _repair(
        self,
        text: str,
        protected: Sequence[tuple[int, int]] = (),
        read_only: Sequence[tuple[int, int]] = (),
        surveys: Mapping[str, Any] | None = None,
    ) -> Repaired:
        """The whole of ``text`` repaired at once: what :class:`Result` is made of.

        ``read_only`` spans are read as they are but never edited (a piece's
        context); ``surveys`` are the whole text's, when ``text`` is a piece of it.
        """
        options = self.options
        spans = Spans(protected)
        if options.allow:
            spans = spans.union(_allowed_spans(text, options.allow))
        guard = spans.union(read_only) if spans or read_only else None
        work = mask(text, spans) if spans else text
        state = EditState(text)
        doc = Document(text, options, to_original=state.span_to_original, surveys=surveys or {})
        stages: list[StageResult] = []
        active = self.active()

        def step(previous: _Round) -> tuple[_Round, bool]:
            done = self._round(active, previous.work, doc, state, guard, stages)
            return done, done.changed and self._unsettled(active, done.work, doc, state, guard)

        last = until_stable(step, _Round(work), MAX_ROUNDS)
        work, suggestions = last.work, last.suggestions
        if last.changed:
            # Only a stage whose suggestions weigh evidence the repairs may have removed is asked again.
            again = [c for c in active if c.suggestions_weigh_document and last.suggested_by.get(c.name)]
            if again:
                codes = tuple(c.code for c in again)
                suggestions = [e for e in suggestions if not e.rule.startswith(codes)]
                suggestions += self._suggestions_on(again, work, state, guard)
        final = apply_edits(text, state.edits) if spans else work
        suggestions.sort(key=lambda e: (e.start, e.end))
        return Repaired(text, final, coalesce(state.edits), suggestions, tuple(stages), doc.signals)


def _allowed_spans(text: str, allow: Iterable[str]) -> list[tuple[int, int]]:
    words = sorted((w for w in allow if w), key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    return [m.span() for m in pattern.finditer(text)]
