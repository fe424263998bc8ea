"""Lookups derived from the name tables: built on first need, rebuilt when files are added.

The tables (:mod:`.tables`) say what the files hold; the index answers the
questions the proper-noun rule asks of every text: which lower-case words
may be names (an Aho-Corasick automaton), which multi-word names end in a
word, which targets are near a word (buckets by first letter and length).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .memo import Derived
from .tables import CASING_WEIGHT, NameTables, Target

T = TypeVar("T")
#: Shortest lower-case word capitalised as a name ("nato"; not "uk", "eu").
MIN_CASED_LEN = 4

#: A multi-word name's last word -> (the name in lower case, its entry), longest first.
PhraseEnds = dict[str, list[tuple[str, Target]]]


class _Empty:
    """Stands in for an automaton with no words."""

    def iter(self, text: str) -> list[tuple[int, str]]:
        return []


class NameIndex:
    """The lookups over one set of tables; ``common_words`` says which words are English."""

    def __init__(self, tables: NameTables, common_words: Callable[[], set[str]]) -> None:
        self.tables = tables
        self.common_words = common_words
        self._buckets: dict[tuple[str, int], list[str]] | None = None
        self._phrase_ends: PhraseEnds | None = None
        self._automaton: Any = None
        self.derived: Derived[Any] = Derived()  # what callers build from the lexicon (see NameLexicon.derived)

    def reset(self) -> None:
        """Forget everything derived: the tables have changed."""
        self._buckets = None
        self._phrase_ends = None
        self._automaton = None
        self.derived.clear()

    def targets_changed(self) -> None:
        """Targets were added (rows kept for later were read): the search space is rebuilt."""
        self._buckets = None

    def casing_entry(self, lower: str) -> Target | None:
        """The entry a lower-case word capitalises to, if it safely does."""
        entry = self.tables.display.get(lower)
        if entry is None or lower in self.common_words():
            return None
        need = CASING_WEIGHT.get(entry.kind)
        if need is None or entry.weight < need:
            return None
        return entry

    @property
    def phrase_ends(self) -> PhraseEnds:
        """Multi-word names safe to capitalise, by their last word (lower case)."""
        if self._phrase_ends is None:
            self._phrase_ends = self._build_phrase_ends()
        return self._phrase_ends

    def _build_phrase_ends(self) -> PhraseEnds:
        common = self.common_words()
        out: PhraseEnds = {}
        for phrase, entry in self.tables.phrases.items():
            words = phrase.split()
            need = CASING_WEIGHT.get(entry.kind)
            if need is None or entry.weight < need or all(w in common for w in words):
                continue
            if entry.kind == "org" and not entry.word.isupper():
                continue  # brands and institutions in lower case may be meant so, as single words are
            if len(words) != len(entry.word.split()):
                continue  # hyphens or apostrophes: keep it simple
            out.setdefault(words[-1], []).append((phrase, entry))
        for items in out.values():
            items.sort(key=lambda item: -len(item[0]))
        return out

    def lowercase_automaton(self) -> Any:
        """An Aho-Corasick automaton of the lower-case words PRN002 may capitalise."""
        if self._automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for key in self.tables.display:
                entry = self.casing_entry(key)
                if len(key) >= MIN_CASED_LEN and entry is not None and (entry.kind != "org" or entry.word.isupper()):
                    automaton.add_word(key, key)  # PRN002 leaves brands in lower case alone
            for key in self.phrase_ends:
                automaton.add_word(key, key)
            if len(automaton):
                automaton.make_automaton()
            self._automaton = _Empty() if not len(automaton) else automaton
        return self._automaton

    def buckets(self) -> dict[tuple[str, int], list[str]]:
        """Targets grouped by first letter and length: the fuzzy search space."""
        if self._buckets is None:
            out: dict[tuple[str, int], list[str]] = {}
            for key in self.tables.targets:
                out.setdefault((key[0], len(key)), []).append(key)
            self._buckets = out
        return self._buckets

    def state(self) -> dict[str, Any]:
        """Plain values for the cache: the phrase ends when built (the automaton is rebuilt, in a millisecond)."""
        ends = self._phrase_ends
        return {"phrase_ends": None if ends is None else {k: [(w, tuple(t)) for w, t in v] for k, v in ends.items()}}

    def load_state(self, state: dict[str, Any]) -> None:
        """Take back what :meth:`state` kept."""
        ends = state["phrase_ends"]
        self._phrase_ends = None if ends is None else {k: [(w, Target(*t)) for w, t in v] for k, v in ends.items()}
