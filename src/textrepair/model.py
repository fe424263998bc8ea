"""The data every normalizer and front end shares: edits, options, results."""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, islice
from typing import Any, overload

#: Version of the JSON schema written by :meth:`Result.to_dict`.
SCHEMA_VERSION = 1

#: Stands in for protected characters (code, URLs, allow-listed words) while
#: normalizers run: same length, so offsets hold; no edit may touch it.
MASK = "\ue000"


@dataclass(frozen=True, slots=True)
class Edit:
    """One replacement: ``text[start:end] == before`` becomes ``after``.

    Offsets count code points. Inside a stage they index the text that stage
    received; in :attr:`Result.edits` and :attr:`Result.suggestions` they index
    the original text. ``steps`` holds the stage edits an edit was merged from
    when two stages changed the same characters (mojibake, then its quote).
    """

    start: int
    end: int
    before: str
    after: str
    rule: str
    normalizer: str
    message: str
    confidence: float = 1.0
    safe: bool = True
    source: str = ""
    steps: tuple[Edit, ...] = ()

    @property
    def growth(self) -> int:
        """How much longer the edit makes the text (negative: shorter)."""
        return len(self.after) - (self.end - self.start)

    def shifted(self, delta: int) -> Edit:
        e = self
        return Edit(
            e.start + delta,
            e.end + delta,
            e.before,
            e.after,
            e.rule,
            e.normalizer,
            e.message,
            e.confidence,
            e.safe,
            e.source,
            e.steps,
        )

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "rule": self.rule,
            "normalizer": self.normalizer,
            "message": self.message,
            "confidence": round(self.confidence, 4),
            "safe": self.safe,
            "source": self.source,
        }
        if self.steps:
            d["steps"] = [s.to_dict() for s in self.steps]
        return d


#: The next wider typecode of a column: lengths and kinds start at one byte
#: (an edit's length and its kind's number are nearly always below 256) and
#: widen when a value does not fit. 10 MB of "word , " holds 1.4 million
#: edits: 17 MB of columns at four bytes each, 8.6 MB so.
_WIDER = {"B": "H", "H": "I", "I": "Q"}


def _appended(column: array[int], value: int) -> array[int]:
    """``column`` with ``value`` appended: itself, or a wider copy if the value does not fit."""
    try:
        column.append(value)
    except OverflowError:
        return _widened(column, value)
    return column


def _widened(column: array[int], value: int) -> array[int]:
    """``column`` with ``value`` appended, copied to wider typecodes until it fits."""
    while True:
        column = array(_WIDER[column.typecode], column)
        try:
            column.append(value)
        except OverflowError:
            continue
        return column


class _Offsets(Sequence[int]):
    """Offsets in order (the starts of a table's edits), at about a byte each.

    Each is kept as its step from the one before, in a byte; a step too large
    for one (a stretch of 255 characters with no edit) is kept aside, and
    every :data:`_BLOCK`-th offset in full, so that reading one adds up at
    most a block of steps. A text dense with edits has one every few
    characters: four bytes a start were two thirds of its table (10 MB of
    ``word , ``: 5.7 of 8.6 MB). Offsets that go back (a table built from
    edits out of order) are kept in full from then on.

    >>> o = _Offsets()
    >>> for v in (3, 10, 400, 401):
    ...     o.append(v)
    >>> list(o), o[2], len(o)
    ([3, 10, 400, 401], 400, 4)
    """

    __slots__ = ("_big", "_full", "_last", "_marks", "_steps")

    def __init__(self) -> None:
        self._steps = array("B")  # each offset less the one before; _ESCAPE where the step is kept in _big
        self._big: dict[int, int] = {}  # index -> step, for steps of _ESCAPE and more
        self._marks = array("q")  # the offset at every index that is a multiple of _BLOCK
        self._last = 0
        self._full: array[int] | None = None  # every offset, once one went back

    def append(self, value: int) -> None:
        if self._full is not None:
            self._full.append(value)
            return
        step = value - self._last
        if step < 0:
            self._full = array("q", self)
            self._full.append(value)
            return
        n = len(self._steps)
        if not n & _BLOCK_MASK:
            self._marks.append(value)
        if step >= _ESCAPE:
            self._big[n] = step
            step = _ESCAPE
        self._steps.append(step)
        self._last = value

    def __len__(self) -> int:
        return len(self._full) if self._full is not None else len(self._steps)

    def nbytes(self) -> int:
        """Bytes its columns take (the steps kept aside at 8 each, not their dict's own cost)."""
        if self._full is not None:
            return self._full.buffer_info()[1] * self._full.itemsize
        return sum(a.buffer_info()[1] * a.itemsize for a in (self._steps, self._marks)) + 8 * len(self._big)

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i: int | slice) -> int | list[int]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if self._full is not None:
            return self._full[i]
        if i < 0:
            i += len(self._steps)
        if not 0 <= i < len(self._steps):
            raise IndexError("offset index out of range")
        first = i & ~_BLOCK_MASK
        value = self._marks[i >> _BLOCK_BITS]
        if first < i:
            steps = self._steps[first + 1 : i + 1]
            value += sum(steps)
            if self._big and steps.count(_ESCAPE):
                value += sum(self._big[k] - _ESCAPE for k in range(first + 1, i + 1) if k in self._big)
        return value

    def __iter__(self) -> Iterator[int]:
        if self._full is not None:
            return iter(self._full)
        if not self._big:
            return accumulate(self._steps)
        return self._escaped()

    def _escaped(self) -> Iterator[int]:
        # Runs of small steps are added up in C; only the steps kept aside are read one by one.
        steps, value, at = self._steps, 0, 0
        for k, step in self._big.items():  # in the order of their indices: appended so
            if at < k:
                yield from islice(accumulate(steps[at:k], initial=value), 1, None)
                value += sum(steps[at:k])
            value += step
            yield value
            at = k + 1
        if at < len(steps):
            yield from islice(accumulate(steps[at:], initial=value), 1, None)


#: Offsets a :class:`_Offsets` keeps in full: one in this many; reading any other adds up the steps since.
_BLOCK_BITS = 6
_BLOCK = 1 << _BLOCK_BITS
_BLOCK_MASK = _BLOCK - 1
#: The byte that marks a step kept aside (255 or more characters).
_ESCAPE = 255


# What an edit says besides where it is: after, rule, normalizer, message, confidence, safe, source.
_Kind = tuple[str, str, str, str, float, bool, str]
# What a step (a stage's edit inside a merged one) says besides where it is: before too.
_StepKind = tuple[str, str, str, str, str, float, bool, str]


class _Steps:
    """The steps of an :class:`EditTable`'s merged edits, as columns too.

    A text dense with damage two stages repair (mojibake whose quote is then
    straightened) merges nearly every edit: as objects, their steps cost
    more than the text. A step's ``before`` is not the original's (it is what
    the stage saw), so it is part of the step's kind.
    """

    __slots__ = ("_edges", "_first", "_index", "_kinds", "_lengths", "_rows", "_starts")

    def __init__(self) -> None:
        # Each column as narrow as its values let it be (see _WIDER).
        self._edges = array("I")  # the edits that have steps, in order
        self._first = array("I")  # where each one's steps start in the columns below
        self._starts = array("I")
        self._lengths = array("B")
        self._kinds = array("B")
        self._rows: list[_StepKind] = []
        self._index: dict[_StepKind, int] = {}

    def add(self, edit: int, steps: tuple[Edit, ...]) -> None:
        self._edges = _appended(self._edges, edit)
        self._first = _appended(self._first, len(self._starts))
        # Appended in place, a column widened only when a value does not fit: a text
        # dense with merged edits adds steps for most of them (no call a value).
        starts, lengths, kinds, index, rows = self._starts, self._lengths, self._kinds, self._index, self._rows
        for s in steps:
            kind = (s.before, s.after, s.rule, s.normalizer, s.message, s.confidence, s.safe, s.source)
            k = index.get(kind)
            if k is None:
                k = index[kind] = len(rows)
                rows.append(kind)
            try:
                starts.append(s.start)
            except OverflowError:
                starts = self._starts = _widened(starts, s.start)
            try:
                lengths.append(s.end - s.start)
            except OverflowError:
                lengths = self._lengths = _widened(lengths, s.end - s.start)
            try:
                kinds.append(k)
            except OverflowError:
                kinds = self._kinds = _widened(kinds, k)

    def get(self, edit: int) -> tuple[Edit, ...]:
        k = bisect.bisect_left(self._edges, edit)
        if k == len(self._edges) or self._edges[k] != edit:
            return ()
        stop = self._first[k + 1] if k + 1 < len(self._first) else len(self._starts)
        out = []
        for j in range(self._first[k], stop):
            start = self._starts[j]
            before, after, rule, normalizer, message, confidence, safe, source = self._rows[self._kinds[j]]
            out.append(
                Edit(
                    start, start + self._lengths[j], before, after, rule, normalizer, message, confidence, safe, source
                )
            )
        return tuple(out)

    def __bool__(self) -> bool:
        return bool(self._edges)


class EditTable(Sequence[Edit]):
    """The edits of one text, stored as columns: a few bytes an edit, not an object.

    A result may hold millions of edits (a file whose every quote is curly).
    As objects they cost about 300 bytes each, more than the text; here an
    edit is its start and length and the index of its *kind* (what it
    writes, its rule, message, confidence, safe and source), shared by every
    edit alike: about 3 bytes (see :class:`_Offsets`). ``before`` is read from
    the text; the few merged edits' ``steps`` are kept aside. Reading an item
    makes the :class:`Edit`.
    It compares equal to any sequence of the same edits.

    >>> t = EditTable("a“b", [Edit(1, 2, "“", '"', "QUO001", "quotes", '“ → "')])
    >>> t[0].before, t[0].after, len(t), t == (t[0],)
    ('“', '"', 1, True)
    """

    __slots__ = ("_index", "_kinds", "_lengths", "_rows", "_starts", "_steps", "_text")

    def __init__(self, text: str, edits: Iterable[Edit] = ()) -> None:
        self._text = text
        self._starts = _Offsets()  # about a byte an edit
        self._lengths = array("B")  # widened as needed (see _WIDER)
        self._kinds = array("B")
        self._rows: list[_Kind] = []
        self._steps = _Steps()
        self._index: dict[_Kind, int] | None = {}
        self.extend(edits)
        self._index = None  # built: the table no longer changes

    def append(self, e: Edit, shift: int = 0) -> None:
        """Add ``e``, moved ``shift`` characters on, after the edits so far: only while the table is built."""
        self.extend((e,), shift)

    def extend(self, edits: Iterable[Edit], shift: int = 0) -> None:
        """:meth:`append` each of ``edits``."""
        index = self._index
        if index is None:
            raise TypeError("an EditTable is built once; it is not changed afterwards")
        text, rows, starts, lengths, kinds = self._text, self._rows, self._starts, self._lengths, self._kinds
        for e in edits:
            start = e.start + shift
            end = e.end + shift
            if text[start:end] != e.before:
                raise ValueError(f"edit does not fit the text: {e!r}")
            kind = (e.after, e.rule, e.normalizer, e.message, e.confidence, e.safe, e.source)
            k = index.get(kind)
            if k is None:
                k = index[kind] = len(rows)
                rows.append(kind)
            if e.steps:
                self._steps.add(len(starts), e.steps)
            starts.append(start)
            try:
                lengths.append(end - start)
            except OverflowError:
                lengths = self._lengths = _widened(lengths, end - start)
            try:
                kinds.append(k)
            except OverflowError:
                kinds = self._kinds = _widened(kinds, k)

    @classmethod
    def building(cls, text: str) -> EditTable:
        """An empty table of ``text`` to :meth:`append` to, then :meth:`done`."""
        table = cls(text)
        table._index = {}
        return table

    def done(self) -> EditTable:
        """The table, built: :meth:`append` refuses from now on."""
        self._index = None
        return self

    @property
    def text(self) -> str:
        """The text the edits index."""
        return self._text

    def __len__(self) -> int:
        return len(self._starts)

    def _edit(self, i: int) -> Edit:
        start = self._starts[i]
        end = start + self._lengths[i]
        after, rule, normalizer, message, confidence, safe, source = self._rows[self._kinds[i]]
        steps = self._steps.get(i) if self._steps else ()
        return Edit(
            start, end, self._text[start:end], after, rule, normalizer, message, confidence, safe, source, steps
        )

    def places(self) -> Iterator[tuple[int, int, int]]:
        """Each edit's start, end and growth (``len(after) - len(before)``), in order, without making an Edit."""
        sizes = [len(row[0]) for row in self._rows]
        for start, length, k in zip(self._starts, self._lengths, self._kinds, strict=True):
            yield start, start + length, sizes[k] - length

    @overload
    def __getitem__(self, i: int) -> Edit: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[Edit, ...]: ...

    def __getitem__(self, i: int | slice) -> Edit | tuple[Edit, ...]:
        if isinstance(i, slice):
            return tuple(self._edit(j) for j in range(*i.indices(len(self))))
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("edit index out of range")
        return self._edit(i)

    def __iter__(self) -> Iterator[Edit]:
        text, rows, steps = self._text, self._rows, self._steps
        for i, (start, length, k) in enumerate(zip(self._starts, self._lengths, self._kinds, strict=True)):
            after, rule, normalizer, message, confidence, safe, source = rows[k]
            end = start + length
            yield Edit(
                start,
                end,
                text[start:end],
                after,
                rule,
                normalizer,
                message,
                confidence,
                safe,
                source,
                steps.get(i) if steps else (),
            )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: Sequence[Edit]) -> tuple[Edit, ...]:
        return (*self, *other)

    def __radd__(self, other: Sequence[Edit]) -> tuple[Edit, ...]:
        return (*other, *self)

    def __repr__(self) -> str:
        return f"EditTable({list(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (EditTable, (self._text, tuple(self)))


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply sorted, non-overlapping edits to ``text``.

    >>> e = Edit(0, 3, "don", "do", "X001", "x", "demo")
    >>> apply_edits("don't", [e])
    "do't"
    """
    out: list[str] = []
    pos = 0
    for e in edits:
        if e.start < pos or text[e.start : e.end] != e.before:
            raise ValueError(f"edit does not fit the text: {e!r}")
        out.append(text[pos : e.start])
        out.append(e.after)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


#: Edits below this confidence are only suggested, unless the user lowers it.
DEFAULT_THRESHOLD = 0.5


class Confidence:
    """Named confidence levels, read against the threshold.

    A level says what a rule knows when it makes an edit; the threshold
    (:data:`DEFAULT_THRESHOLD`, 0.5 by default; 0.3 in the ``strict``
    profile) says which are applied. Everything from :attr:`WEAK` up is
    applied by default; :attr:`DOUBTFUL` and :attr:`AMBIGUOUS` are shown as
    suggestions, and applied only when the user asks for ``strict``.

    >>> Confidence.LIKELY > DEFAULT_THRESHOLD > Confidence.DOUBTFUL
    True
    """

    #: What the user asked for by name: a style variant when its style is on.
    CERTAIN = 1.0
    #: One reading only, listed: a known misspelling of a name ("Phillipines").
    KNOWN = 0.95
    #: A rule that matched its whole pattern, with nothing else in the text against it.
    STRONG = 0.9
    #: A match that needs one piece of context, and has it ("World Heath Organization").
    FIRM = 0.85
    #: An inference with evidence: one edit from a famous name, rare as a word.
    LIKELY = 0.8
    #: A likely inference with one reason for doubt (a two-letter slip in a short name).
    PROBABLE = 0.75
    #: A slip of the fingers of a much more frequent name, itself in use.
    FAIR = 0.7
    #: Two edits from a name, or a first name fixed beside a common surname.
    PLAUSIBLE = 0.65
    #: Applied, barely: the word is itself a name of another kind ("Georgia Meloni").
    WEAK = 0.6
    #: Evidence both ways: shown as a suggestion, never applied at the default threshold.
    DOUBTFUL = 0.4
    #: Two or more corrections fit about equally: a suggestion that names them.
    AMBIGUOUS = 0.3


@dataclass(frozen=True)
class Options:
    """Settings shared by the normalizers; every field has a safe default.

    The fields are the library's defaults of the settings of the same name
    (kebab-case in :data:`textrepair.settings.SETTINGS`, which says what each
    takes and documents it). ``extra`` carries the settings normalizers
    declare (``Normalizer.settings``), by name with underscores; build options
    with :func:`textrepair.settings.options_from` to have every key and value checked.
    """

    quote_style: str = "straight"
    threshold: float = DEFAULT_THRESHOLD
    unsafe_fixes: bool = False
    styles: frozenset[str] = frozenset()
    html_entities: bool = True
    normalization: str | None = None
    allow: frozenset[str] = frozenset()
    lexicons: tuple[str, ...] = ()
    markup: str = "text"
    extra: Mapping[str, Any] = field(default_factory=dict)

    def get(self, name: str, default: Any = None) -> Any:
        return self.extra.get(name, default)

    def applies(self, e: Edit) -> bool:
        """Is ``e`` applied under these options, rather than shown as a suggestion?"""
        return (e.safe or self.unsafe_fixes) and e.confidence >= self.threshold


@dataclass(frozen=True)
class StageResult:
    """What one normalizer saw and did, in its own coordinates (replayable)."""

    normalizer: str
    input: str
    edits: tuple[Edit, ...]
    suggestions: tuple[Edit, ...]


@dataclass(frozen=True)
class Result:
    """The repaired text with every edit that produced it."""

    original: str
    text: str
    #: Stored as an :class:`EditTable` of ``original`` whatever sequence is given.
    #: Edits and suggestions are each in order of place (start, then end).
    edits: Sequence[Edit]
    suggestions: Sequence[Edit] = ()
    #: Each normalizer's input and edits, in order; a second round (rare: see
    #: ``Normalizer.context_sensitive``) appends its stages after the first's.
    #: Empty for a text repaired in pieces (:mod:`textrepair.pieces`): they
    #: would hold each piece's text at each stage.
    stages: tuple[StageResult, ...] = ()
    signals: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("edits", "suggestions"):
            value = getattr(self, name)
            if not (isinstance(value, EditTable) and value.text is self.original):
                object.__setattr__(self, name, EditTable(self.original, value))

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def diff(self, name: str = "text", context: int = 3) -> str:
        """Unified diff from the original to the repaired text."""
        import difflib

        lines = difflib.unified_diff(
            self.original.splitlines(keepends=True),
            self.text.splitlines(keepends=True),
            f"a/{name.lstrip('/')}",
            f"b/{name.lstrip('/')}",
            n=context,
        )
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)

    def word_diff(self) -> str:
        """The repaired text with changes marked ``[-old-]{+new+}`` (git's style)."""
        out: list[str] = []
        pos = 0
        for e in self.edits:
            out.append(self.original[pos : e.start])
            if e.before:
                out.append(f"[-{e.before}-]")
            if e.after:
                out.append(f"{{+{e.after}+}}")
            pos = e.end
        out.append(self.original[pos:])
        return "".join(out)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; the schema is documented in docs/json-schema.md."""
        return {
            "schema": SCHEMA_VERSION,
            "changed": self.changed,
            "text": self.text,
            "edits": [e.to_dict() for e in self.edits],
            "suggestions": [e.to_dict() for e in self.suggestions],
            "signals": dict(self.signals),
        }
