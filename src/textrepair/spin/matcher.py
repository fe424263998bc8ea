"""One pass over the text for every lexicon form: an Aho-Corasick automaton.

The automaton runs over a folded copy of the text of the same length (lower
case, ’ as ', any whitespace character as a space), so match offsets are
offsets in the text. Matches must start and end at word boundaries; among
overlapping matches the longest wins.

Building the forms and the automaton for thousands of entries takes tens of
milliseconds, so :func:`load_or_build` keeps a compiled copy in
:mod:`textrepair.cache`: the forms as strings and integers (``marshal``) and
the automaton built from them when a long text needs it.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import astuple, dataclass
from typing import Any

import ahocorasick

from ..sortedtable import SortedTable
from .lexicon import Entry, Form, forms

#: The modules whose code decides what a compiled matcher holds (its cache key has their checksum).
_COMPILER = ("matcher.py", "lexicon.py", "inflect.py", "../sortedtable.py")
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


#: The first this many characters a matcher sees are scanned word by word
#: through an index of the forms' first words, so that a one-file run never
#: loads the automaton; past that the automaton (far faster per character)
#: pays for its loading.
SMALL_TEXT = 20_000
_WORD_RUN = re.compile(r"\w+")


class PhraseMatcher:
    """All lexicon forms in one automaton; build once, match many texts."""

    def __init__(
        self,
        entries: Sequence[Entry | tuple[str, ...]],
        rows: Sequence[Row],
        automaton: Any = None,
        first_words: dict[str, list[int]] | None = None,
    ) -> None:
        """``entries`` may be plain tuples (from the cache); they become :class:`Entry` when matched.

        The automaton is built (or read, see :func:`load_or_build`) on first need.
        """
        self._entries = list(entries)
        self._entry_blobs: list[bytes] | None = None  # from the cache: each entry marshalled on its own
        self._entry_memo: dict[int, Entry] = {}
        self._rows: Sequence[Row] | None = rows
        self._rows_blob: bytes | None = None
        self._count = len(rows)
        self._built = automaton
        self._first = first_words
        # From the cache: first word -> that word's (index, row) pairs, marshalled,
        # so that a short text unmarshals only the rows of its own words.
        self._first_index: SortedTable | None = None
        self._scanned = 0  # characters matched through the word index so far
        self.load_automaton: Callable[[], Any] = lambda: _automaton(self.rows)

    @property
    def rows(self) -> Sequence[Row]:
        if self._rows is None:
            self._rows = marshal.loads(self._rows_blob or marshal.dumps([]))
            self._rows_blob = None
        return self._rows

    @property
    def entries(self) -> list[Entry | tuple[str, ...]]:
        if self._entry_blobs is not None:
            self._entries = [marshal.loads(b) for b in self._entry_blobs]
            self._entry_blobs = None
        return self._entries

    def entry(self, number: int) -> Entry:
        """Entry ``number``, read from its cached form on first use."""
        if self._entry_blobs is not None:
            found = self._entry_memo.get(number)
            if found is None:
                found = self._entry_memo[number] = Entry(*marshal.loads(self._entry_blobs[number]))
            return found
        entry = self._entries[number]
        if not isinstance(entry, Entry):
            entry = self._entries[number] = Entry(*entry)
        return entry

    @property
    def _automaton(self) -> Any:
        if self._built is None:
            self._built = self.load_automaton()
        return self._built

    def _first_words(self) -> dict[str, list[int]]:
        """Row indexes by the first word of their form ("p" for "p.c.", "know" for "know-how")."""
        if self._first is None:
            first: dict[str, list[int]] = {}
            for i, row in enumerate(self.rows):
                m = _WORD_RUN.match(row[0])
                if m is not None:
                    first.setdefault(m.group(), []).append(i)
            self._first = first
        return self._first

    @classmethod
    def build(cls, entries: Iterable[tuple[Entry, bool]]) -> PhraseMatcher:
        """From (entry, from_user_file) pairs; user entries override shipped ones."""
        pairs = list(entries)
        return cls([e for e, _ in pairs], compile_rows(pairs))

    def __len__(self) -> int:
        return self._count

    def _starting(self, word: str) -> Sequence[tuple[int, Row]]:
        """(index, row) of the forms whose first word is ``word``."""
        if self._first_index is not None and self._rows is None:
            blob = self._first_index.get(word)
            return marshal.loads(blob) if blob else ()
        rows = self.rows
        return [(i, rows[i]) for i in self._first_words().get(word, ())]

    def form(self, index: int, row: Row | None = None) -> Form:
        key, after, after_pp, generated, number = self.rows[index] if row is None else row
        entry = self.entry(number)
        return Form(key, after, entry, generated, after_pp)

    def find(self, text: str, folded: str | None = None) -> list[Match]:
        """Non-overlapping whole-phrase matches in ``text``, longest first on overlap."""
        if not self._count:
            return []
        folded = fold_text(text) if folded is None else folded
        found: list[tuple[int, int, int, Row]] = []
        if self._built is None and self._scanned + len(folded) <= SMALL_TEXT:
            self._scanned += len(folded)
            # Every form starts with a word character, so it can only start
            # where a run of them does: the same matches as the automaton's.
            seen: dict[str, Sequence[tuple[int, Row]]] = {}
            for m in _WORD_RUN.finditer(folded):
                word = m.group()
                starting = seen.get(word)
                if starting is None:
                    starting = seen[word] = self._starting(word)
                for index, row in starting:
                    start = m.start()
                    end = start + len(row[0])
                    if folded.startswith(row[0], start) and at_boundaries(folded, start, end):
                        found.append((start, end, index, row))
        else:
            rows = self.rows
            for last, index in self._automaton.iter(folded):
                start, end = last + 1 - len(rows[index][0]), last + 1
                if at_boundaries(folded, start, end):
                    found.append((start, end, index, rows[index]))
        if len(found) > 1:
            found.sort(key=lambda m: (m[0] - m[1], m[0]))
            taken: list[tuple[int, int, int, Row]] = []
            used: set[int] = set()
            for hit in found:
                span = range(hit[0], hit[1])
                if used.isdisjoint(span):
                    taken.append(hit)
                    used.update(span)
            found = sorted(taken)
        return [Match(s, e, self.form(i, row)) for s, e, i, row in found]


def _dump(matcher: PhraseMatcher) -> tuple[int, Any, bytes, bytes]:
    # marshal reads plain tuples faster than pickle. Each part is read only
    # when needed: a first word's rows when a short text has the word, all the
    # rows for the automaton, the entries when a text matches one.
    entries = [(*astuple(e)[:4], "", *astuple(e)[5:]) if isinstance(e, Entry) else e for e in matcher.entries]
    rows = matcher.rows
    index = {w: marshal.dumps([(i, rows[i]) for i in found]) for w, found in matcher._first_words().items()}
    return (
        len(rows),
        SortedTable(index).state(),
        marshal.dumps(list(rows)),
        marshal.dumps(list(map(marshal.dumps, entries))),
    )


def _load(data: tuple[int, Any, bytes, bytes]) -> PhraseMatcher:
    count, index, rows, entries = data
    if not (isinstance(count, int) and isinstance(rows, bytes) and isinstance(entries, bytes)):
        raise ValueError("not a compiled spinner lexicon")
    matcher = PhraseMatcher((), ())
    matcher._count = count
    matcher._rows = None
    matcher._rows_blob = rows
    matcher._first_index = SortedTable.from_state(index)
    matcher._entry_blobs = marshal.loads(entries)
    return matcher


def load_or_build(key: tuple[Any, ...], load_entries: Any) -> PhraseMatcher:
    """The matcher for lexicon files identified by ``key``; ``load_entries()`` reads them if needed.

    The automaton is not cached: a pyahocorasick object has no plain-values
    form, and it builds from the rows in about twice the time reading it took
    (20 ms); short texts, the one-file case, never need it.
    """
    from ..cache import cached, source_checksum

    matcher = cached(
        "spinner",
        (source_checksum(__file__, *_COMPILER), key),
        lambda: PhraseMatcher.build(load_entries()),
        dump=_dump,
        load=_load,
        worth_it=lambda m: len(m) >= CACHE_MIN_FORMS,
    )
    return matcher
