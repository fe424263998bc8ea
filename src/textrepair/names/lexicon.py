"""The name lexicon the proper-noun rule reads: tables, index and word lists behind one interface.

:mod:`.tables` holds what the files say, :mod:`.loader` reads them,
:mod:`.index` derives the lookups; :class:`NameLexicon` puts them together
with the English word lists (common words, frequencies) read on first need,
and :func:`shipped` keeps a compiled copy in the cache (:mod:`textrepair.cache`),
keyed by the files it reads and by the source of the modules that compile it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from ..lexicon import LexiconError, lexicon_path
from ..sortedtable import SortedTable
from .index import NameIndex, PhraseEnds
from .loader import TableReader, read_frequencies, read_known, read_words, table_of, word_table
from .tables import (
    HEADER,
    MIN_FUZZY_LEN,
    TABLES,
    WORD,
    NamePlace,
    NameTables,
    Person,
    Replacement,
    Target,
)

__all__ = [
    "HEADER",
    "MIN_FUZZY_LEN",
    "TABLES",
    "WORD",
    "LexiconError",
    "NameLexicon",
    "Person",
    "Replacement",
    "Target",
    "shipped",
    "table_of",
    "with_user_files",
]

T = TypeVar("T")


class NameLexicon:
    """Everything the proper-noun normalizer looks up, keyed by casefolded word."""

    def __init__(
        self,
        *,
        common_words_file: Path | None = None,
        frequencies_file: Path | None = None,
        tables: NameTables | None = None,
    ) -> None:
        self.tables = tables if tables is not None else NameTables()
        self.common_words_file = common_words_file
        self.frequencies_file = frequencies_file
        self._common: set[str] | None = None
        self._zipf: SortedTable | None = None
        self._known_more: list[SortedTable] | None = []  # the word lists' words; None: not read yet
        self.reader = TableReader(self.tables, lambda: self.common_words)
        self.index = NameIndex(self.tables, lambda: self.common_words)

    # -- the tables -------------------------------------------------------------

    @property
    def known(self) -> set[str]:
        """Every correct name word (the word lists aside: see :meth:`knows`)."""
        return self.tables.known

    @property
    def display(self) -> dict[str, Target]:
        """Lower-case form -> best entry (for casing)."""
        return self.tables.display

    @property
    def phrases(self) -> dict[str, Target]:
        return self.tables.phrases

    @property
    def targets(self) -> dict[str, Target]:
        """Fuzzy-correction targets by casefolded word."""
        return self.tables.targets

    @property
    def countries(self) -> dict[str, str]:
        return self.tables.countries

    @property
    def people(self) -> list[Person]:
        return self.tables.people

    @property
    def person_words(self) -> dict[str, list[NamePlace]]:
        return self.tables.person_words

    @property
    def errors(self) -> dict[str, Replacement]:
        return self.tables.errors

    @property
    def styles(self) -> dict[str, Replacement]:
        return self.tables.styles

    @property
    def user_targets(self) -> bool:
        """Are there targets from user files (not covered by the frequency table)?"""
        return self.reader.user_targets

    # -- reading ----------------------------------------------------------------

    def add_file(self, path: Path, *, user: bool = False) -> None:
        lists = len(self.reader.word_lists)
        self.reader.add_file(path, user=user)
        if len(self.reader.word_lists) != lists:
            self._known_more = None
        self.index.reset()

    def ready(self) -> None:
        """Read the rows kept for later (small cities), before a search needs them."""
        if self.reader.deferred and self.reader.read_deferred():
            self.index.targets_changed()

    def copy(self) -> NameLexicon:
        """A copy that more files may be added to, the English word lists read again on first need."""
        lex = NameLexicon(
            common_words_file=self.common_words_file,
            frequencies_file=self.frequencies_file,
            tables=self.tables.copy(),
        )
        lex.reader.deferred = list(self.reader.deferred)
        lex.reader.word_lists = list(self.reader.word_lists)
        lex._known_more = None
        return lex

    # -- English words ----------------------------------------------------------

    @property
    def common_words(self) -> set[str]:
        """Lower-case forms of name words that are English words ("china")."""
        if self._common is None:
            self._common = read_words(self.common_words_file) if self.common_words_file else set()
        return self._common

    @property
    def frequencies(self) -> SortedTable:
        """English Zipf frequencies of real words near a target, of people's names and of common words."""
        if self._zipf is None:
            path = self.frequencies_file
            if path is None:
                self._zipf = SortedTable()
            else:
                self._zipf = word_table("names-zipf", path, lambda: read_frequencies(path), compiler_version())
        return self._zipf

    def zipf(self, word: str) -> float:
        """English frequency of a lower-case word on the Zipf scale (0 when rare).

        The shipped table covers every English word within reach of a shipped
        target and people's names; user targets fall back to wordfreq.
        """
        value = self.frequencies.get(word)
        if value is not None:
            return float(value)
        if self.user_targets:
            from wordfreq import zipf_frequency

            return float(zipf_frequency(word, "en"))
        return 0.0

    # -- lookups ------------------------------------------------------------------

    def target(self, word: str) -> Target | None:
        """The correction target spelt ``word`` (casefolded), if any."""
        self.ready()
        return self.targets.get(word)

    def mentions(self, word: str) -> str:
        """The country code of a country, demonym or city (casefolded), or ""."""
        self.ready()
        return self.countries.get(word, "")

    def knows(self, word: str) -> bool:
        """Is this (casefolded) word part of a correct name, an error or a style variant?"""
        if word in self.known or word in self.errors or word in self.styles:
            return True
        return any(word in table for table in self._word_lists())

    def _word_lists(self) -> list[SortedTable]:
        if self._known_more is None:
            self.ready()
            version = compiler_version()
            self._known_more = [
                word_table("names-words", p, functools.partial(read_known, p), version) for p in self.reader.word_lists
            ]
        return self._known_more

    def casing_entry(self, lower: str) -> Target | None:
        """The entry a lower-case word capitalises to, if it safely does."""
        return self.index.casing_entry(lower)

    @property
    def phrase_ends(self) -> PhraseEnds:
        """Multi-word names safe to capitalise, by their last word (lower case)."""
        return self.index.phrase_ends

    def lowercase_automaton(self) -> Any:
        """An Aho-Corasick automaton of the lower-case words PRN002 may capitalise."""
        return self.index.lowercase_automaton()

    def buckets(self) -> dict[tuple[str, int], list[str]]:
        """Targets grouped by first letter and length: the fuzzy search space."""
        self.ready()
        return self.index.buckets()

    def derived(self, build: Callable[[NameLexicon], T]) -> T:
        """What ``build`` makes of this lexicon (an index, a memo), built once and kept with it."""
        return self.index.derived.get(self, build)

    # -- the compiled copy ----------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Plain values for the cache (see :mod:`textrepair.cache`); :meth:`from_state` reads them back."""
        reader = self.reader
        return {
            "tables": self.tables.state(),
            "index": self.index.state(),
            "deferred": reader.deferred,
            "word_lists": [str(p) for p in reader.word_lists],
            "user_targets": reader.user_targets,
            "common_words_file": None if self.common_words_file is None else str(self.common_words_file),
            "frequencies_file": None if self.frequencies_file is None else str(self.frequencies_file),
            "common": self._common,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> NameLexicon:
        """The lexicon :meth:`state` described; raises on anything else."""
        common, frequencies = state["common_words_file"], state["frequencies_file"]
        lex = cls(
            common_words_file=None if common is None else Path(common),
            frequencies_file=None if frequencies is None else Path(frequencies),
            tables=NameTables.from_state(state["tables"]),
        )
        lex.index.load_state(state["index"])
        lex.reader.deferred = state["deferred"]
        lex.reader.word_lists = [Path(p) for p in state["word_lists"]]
        lex.reader.user_targets = state["user_targets"]
        lex._common = state["common"]
        lex._known_more = None
        return lex


#: The modules whose code decides what a compiled lexicon holds.
_COMPILER = ("tables.py", "loader.py", "index.py", "lexicon.py", "../sortedtable.py")


def compiler_version() -> str:
    """A checksum of the source of the modules that compile a lexicon: a changed compiler rebuilds the cache."""
    from ..cache import source_checksum

    return source_checksum(__file__, *_COMPILER)


@cache
def shipped() -> NameLexicon:
    """The lexicons that ship with textrepair (read once, on first use; compiled copy cached)."""
    from ..cache import cached, files_key

    folder = lexicon_path("names")
    paths = sorted(p for p in [*folder.glob("*.tsv"), *folder.glob("*.words.txt")] if p.name != "word-frequencies.tsv")

    def build() -> NameLexicon:
        lex = NameLexicon(
            common_words_file=folder / "common-words.txt", frequencies_file=folder / "word-frequencies.tsv"
        )
        for path in paths:
            lex.add_file(path)
        # The cached copy has the deferred rows read; the big word list stays
        # out (a cache of its own, read on the first unknown word).
        lex.ready()
        lex.lowercase_automaton()  # built once; the phrase ends it reads are kept in the cached copy
        return lex

    # Every file the build reads is in the key: a changed word list or frequency table rebuilds it too.
    key = (compiler_version(), files_key([*paths, folder / "common-words.txt", folder / "word-frequencies.tsv"]))
    return cached("names", key, build, dump=NameLexicon.state, load=NameLexicon.from_state)


_USER: dict[tuple[tuple[str, float], ...], NameLexicon] = {}


def with_user_files(paths: Iterable[str]) -> NameLexicon:
    """The shipped lexicon extended by user files (cached by path and mtime)."""
    files = tuple(sorted({(str(Path(p)), Path(p).stat().st_mtime) for p in paths}))
    if not files:
        return shipped()
    lex = _USER.get(files)
    if lex is None:
        lex = shipped().copy()
        for name, _ in files:
            lex.add_file(Path(name), user=True)
        _USER[files] = lex
    return lex
