"""One pass over the text for every lexicon form: an Aho-Corasick automaton.

The automaton runs over a folded copy of the text of the same length (lower
case, ’ as ', any whitespace character as a space), so match offsets are
offsets in the text. Matches must start and end at word boundaries; among
overlapping matches the longest wins.

Building the forms and the automaton for thousands of entries takes tens of
milliseconds, so :func:`load_or_build` keeps a compiled copy in
:mod:`textrepair.cache`: the forms as strings and integers (``marshal``) and
the automaton pickled (pyahocorasick's own loader is slower than building).
"""

from __future__ import annotations

import marshal
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass
from typing import Any

import ahocorasick

from .lexicon import Entry, Form, forms

#: Bump when the compiled layout or the form generation changes.
CACHE_VERSION = 1
#: Below this many forms building is faster than reading a cache file.
CACHE_MIN_FORMS = 1500

_SPACES = ("\n", "\r", "\t", "\u00a0", "\u202f", "\u2009")

# A row per form: key, after, after_pp, generated, entry index.
Row = tuple[str, str, str, bool, int]


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    form: Form


def fold_text(text: str) -> str:
    """``text`` lower-cased without changing its length, ’ as ', spaces as ' '."""
    low = text.lower()
    if len(low) != len(text):  # "İ" and a few others grow when lower-cased
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    low = low.replace("\u2019", "'")
    for space in _SPACES:
        if space in low:
            low = low.replace(space, " ")
    return low


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def at_boundaries(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a whole phrase, not part of a longer word?

    A hyphen after the phrase makes a compound modifier ("army-backed"); one
    before it does not ("25-years outdated" is still "years outdated"). An
    apostrophe inside a word ("o'clock") is no boundary; a possessive "'s"
    after the phrase is.
    """
    if start > 0:
        c = text[start - 1]
        if _is_word(c):
            return False
        if c in "'\u2019" and start > 1 and _is_word(text[start - 2]):
            return False
    if end < len(text):
        c = text[end]
        if _is_word(c):
            return False
        if c == "-" and end + 1 < len(text) and _is_word(text[end + 1]):
            return False
    return True


def _outranks(form: Form, user: bool, old: Form, old_user: bool) -> bool:
    """Should ``form`` replace ``old`` for the same key? Written forms beat generated ones; users beat shipped."""
    if form.generated != old.generated:
        return not form.generated
    return user and not old_user


def compile_rows(entries: Sequence[tuple[Entry, bool]]) -> list[Row]:
    """One row per distinct key over all entries' forms, the best-ranked form winning."""
    table: dict[str, tuple[Form, bool, int]] = {}
    for index, (entry, user) in enumerate(entries):
        for form in forms(entry):
            old = table.get(form.key)
            if old is None or _outranks(form, user, old[0], old[1]):
                table[form.key] = (form, user, index)
    return [(k, f.after, f.after_pp, f.generated, i) for k, (f, _, i) in table.items()]


def _automaton(rows: Sequence[Row]) -> Any:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for i, row in enumerate(rows):
        automaton.add_word(row[0], i)
    if rows:
        automaton.make_automaton()
    return automaton


class PhraseMatcher:
    """All lexicon forms in one automaton; build once, match many texts."""

    def __init__(self, entries: Sequence[Entry | tuple[str, ...]], rows: Sequence[Row], automaton: Any = None) -> None:
        """``entries`` may be plain tuples (from the cache); they become :class:`Entry` when matched."""
        self.entries = list(entries)
        self.rows = rows
        self._automaton = automaton if automaton is not None else _automaton(rows)

    @classmethod
    def build(cls, entries: Iterable[tuple[Entry, bool]]) -> PhraseMatcher:
        """From (entry, from_user_file) pairs; user entries override shipped ones."""
        pairs = list(entries)
        return cls([e for e, _ in pairs], compile_rows(pairs))

    def __len__(self) -> int:
        return len(self.rows)

    def form(self, index: int) -> Form:
        key, after, after_pp, generated, number = self.rows[index]
        entry = self.entries[number]
        if not isinstance(entry, Entry):
            entry = self.entries[number] = Entry(*entry)
        return Form(key, after, entry, generated, after_pp)

    def find(self, text: str, folded: str | None = None) -> list[Match]:
        """Non-overlapping whole-phrase matches in ``text``, longest first on overlap."""
        if not self.rows:
            return []
        folded = fold_text(text) if folded is None else folded
        rows = self.rows
        found: list[tuple[int, int, int]] = []
        for last, index in self._automaton.iter(folded):
            start, end = last + 1 - len(rows[index][0]), last + 1
            if at_boundaries(folded, start, end):
                found.append((start, end, index))
        if len(found) > 1:
            found.sort(key=lambda m: (m[0] - m[1], m[0]))
            taken: list[tuple[int, int, int]] = []
            used: set[int] = set()
            for m in found:
                span = range(m[0], m[1])
                if used.isdisjoint(span):
                    taken.append(m)
                    used.update(span)
            found = sorted(taken)
        return [Match(s, e, self.form(i)) for s, e, i in found]


def _dump(matcher: PhraseMatcher) -> tuple[bytes, Any]:
    # marshal reads plain tuples faster than pickle; the automaton pickles itself.
    entries = [(*astuple(e)[:4], "", *astuple(e)[5:]) if isinstance(e, Entry) else e for e in matcher.entries]
    return marshal.dumps((entries, list(matcher.rows))), matcher._automaton


def _load(data: tuple[bytes, Any]) -> PhraseMatcher:
    entries, rows = marshal.loads(data[0])
    return PhraseMatcher(entries, rows, data[1])


def load_or_build(key: tuple[Any, ...], load_entries: Any) -> PhraseMatcher:
    """The matcher for lexicon files identified by ``key``; ``load_entries()`` reads them if needed."""
    from ..cache import cached

    return cached(
        "spinner",
        (CACHE_VERSION, key),
        lambda: PhraseMatcher.build(load_entries()),
        dump=_dump,
        load=_load,
        worth_it=lambda m: len(m) >= CACHE_MIN_FORMS,
    )
