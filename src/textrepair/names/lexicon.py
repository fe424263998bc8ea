"""Name lexicons: reading the three tables and indexing them for lookups.

A lexicon file is UTF-8 text, one entry a line, columns separated by tabs,
``#`` starting a comment line. Its table is declared by a header line
``# table: names`` (or ``errors``, ``styles``) among the leading comment
lines, or else by the file name: ``*.names.tsv``, ``*.errors.tsv``,
``*.styles.tsv``. The format is documented for users in
``lexicons/names/README.md``.

- names: ``name [kind [weight [also [where]]]]``: a correct spelling;
  ``kind`` is person, city, country, demonym, org, ... (default ``name``);
  ``weight`` is its fame, roughly log10 of a population or readership
  (default 0: known, never a correction target); ``also`` lists other
  correct spellings separated by ``|``; ``where`` is the ISO country code of
  a place, country or demonym.
- words: one or more correct words a line, nothing else (known only).
- errors: ``wrong right``: a misspelling fixed on sight.
- styles: ``variant canonical style [not-near]``: applied only when the style
  is on; ``not-near`` lists words (``|``) whose presence beside the variant
  marks another meaning ("Chicken Kiev").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from ..lexicon import lexicon_path
from ..sortedtable import SortedTable
from .memo import Derived

T = TypeVar("T")

TABLES = ("names", "errors", "styles", "words")
HEADER = re.compile(r"#\s*table:\s*(\w+)")
# Characters that separate the words of a name (the tokeniser's view).
_SEPARATORS = re.compile(r"[^\w\s'\u2019]+|[\d_]+")
#: A word of a name as the normalizer tokenises text: letters, with inner
#: apostrophes ("O'Brien") but not a possessive "'s".
WORD = re.compile(r"[^\W\d_]+(?:['\u2019](?![sS]\b)[^\W\d_]+)*")

#: Entries at least this famous are fuzzy-correction targets.
TARGET_WEIGHT = 5.0
#: Shortest word that is corrected by edit distance.
MIN_FUZZY_LEN = 5
#: Kinds whose lower-case form is capitalised, and how famous they must be.
CASING_WEIGHT = {
    "country": 5.0,
    "demonym": 0.0,
    "language": 0.0,
    "state": 0.0,
    "capital": 0.0,
    "city": 6.0,
    "person": 6.0,
    "org": 6.0,
    "continent": 0.0,
    "sea": 0.0,
    "region": 6.0,
}


class _Empty:
    """Stands in for an automaton with no words."""

    def iter(self, text: str) -> list[tuple[int, str]]:
        return []


def _as(kind: Any, rows: dict[str, tuple[Any, ...]]) -> dict[str, Any]:
    """``rows`` as named tuples of ``kind`` (with C's tuple.__new__: thousands are read at start-up)."""
    new = tuple.__new__
    return {k: new(kind, v) for k, v in rows.items()}


class LexiconError(ValueError):
    """A lexicon file that cannot be read as its table."""


# Plain named tuples rather than dataclasses: thousands of them are read from
# the compiled-lexicon cache at start-up, and tuples unpickle several times faster.
# Their __reduce__ rebuilds them with C's tuple.__new__ rather than the
# generated Python __new__: a third of the time to open the cached lexicon.
def _reduce(self: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple.__new__, (type(self), tuple(self))


class Target(NamedTuple):
    """A word that a misspelling may be corrected to."""

    word: str  # display form, e.g. "Kremenchuk"
    weight: float
    kind: str
    source: str  # "places.names.tsv:1234"
    person: int = -1  # index into NameLexicon.people when it is a person's word
    where: str = ""  # ISO country code of a place, country or demonym ("UA")


class Person(NamedTuple):
    """A person's name (or a place's of several words) and its correct spellings."""

    forms: tuple[tuple[str, ...], ...]  # words of each full-name spelling; forms[0] is canonical
    weight: float
    source: str
    kind: str = "person"


class Replacement(NamedTuple):
    after: str
    source: str
    style: str = ""
    not_near: frozenset[str] = frozenset()


for _tuple in (Target, Person, Replacement):
    _tuple.__reduce__ = _reduce  # type: ignore[assignment,method-assign]


@dataclass
class NameLexicon:
    """Everything the proper-noun normalizer looks up, keyed by casefolded word."""

    known: set[str] = field(default_factory=set)  # every correct name word
    display: dict[str, Target] = field(default_factory=dict)  # lower-case form -> best entry (for casing)
    phrases: dict[str, Target] = field(default_factory=dict)  # "south korea" -> entry (multi-word casing)
    _targets: dict[str, Target] = field(default_factory=dict)  # fuzzy targets
    people: list[Person] = field(default_factory=list)
    _countries: dict[str, str] = field(default_factory=dict)  # country, demonym, capital or city -> ISO code
    person_words: dict[str, list[tuple[int, int, int]]] = field(default_factory=dict)  # word -> (person, form, pos)
    errors: dict[str, Replacement] = field(default_factory=dict)
    styles: dict[str, Replacement] = field(default_factory=dict)
    common_words_file: Path | None = None
    frequencies_file: Path | None = None
    user_targets: bool = False  # targets from user files (not covered by the frequency table)
    _buckets: dict[tuple[str, int], list[str]] | None = None
    _phrase_ends: dict[str, list[tuple[str, Target]]] | None = None
    _lazy: list[Path] = field(default_factory=list)  # "known-only" files, read on first need
    _lazy_loaded: bool = True
    _known_more: list[SortedTable] = field(default_factory=list)  # words of the "known-only" files, once read
    _deferred: list[tuple[list[str], str, int]] = field(default_factory=list)  # rows read on first search
    _common: set[str] | None = None
    _automaton: Any = None
    _zipf: SortedTable | None = None
    # The cached copy keeps the targets and countries pickled apart: only a
    # word that may be misspelt needs them, and they are half the opening time.
    _search_blob: bytes | None = None
    _derived: Derived[NameLexicon] = field(default_factory=Derived, repr=False, compare=False)

    def derived(self, build: Callable[[NameLexicon], T]) -> T:
        """What ``build`` makes of this lexicon (an index, a memo), built once and kept with it."""
        return self._derived.get(self, build)

    @property
    def targets(self) -> dict[str, Target]:
        """Fuzzy-correction targets by casefolded word."""
        if self._search_blob is not None:
            self._open_search()
        return self._targets

    @property
    def countries(self) -> dict[str, str]:
        """Country, demonym, capital or city (casefolded) -> ISO code."""
        if self._search_blob is not None:
            self._open_search()
        return self._countries

    def _open_search(self) -> None:
        import marshal

        targets, self._countries = marshal.loads(self._search_blob or marshal.dumps(({}, {})))
        self._targets = _as(Target, targets)
        self._search_blob = None

    def state(self) -> dict[str, Any]:
        """Plain values for the cache (see :mod:`textrepair.cache`); :meth:`from_state` reads them back.

        The targets and countries are marshalled apart, read on first need.
        """
        import marshal

        paths = ("common_words_file", "frequencies_file")
        out: dict[str, Any] = {}
        for name in _PLAIN_FIELDS:
            value = getattr(self, name)
            out[name] = str(value) if name in paths and value is not None else value
        out["_search_blob"] = self._search_blob or marshal.dumps(
            ({k: tuple(v) for k, v in self.targets.items()}, self.countries)
        )
        out["_lazy"] = [str(p) for p in self._lazy]
        out["_known_more"] = [t.state() for t in self._known_more]
        out["_zipf"] = self._zipf.state() if self._zipf is not None else None
        ends = self._phrase_ends
        out["_phrase_ends"] = None if ends is None else {k: [(w, tuple(t)) for w, t in v] for k, v in ends.items()}
        for name in ("display", "phrases", "errors", "styles"):
            out[name] = {k: tuple(v) for k, v in getattr(self, name).items()}
        out["people"] = [tuple(p) for p in self.people]
        return out

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> NameLexicon:
        """The lexicon :meth:`state` described; raises on anything else."""
        lex = cls()
        for name in _PLAIN_FIELDS:
            setattr(lex, name, state[name])
        for name in ("common_words_file", "frequencies_file"):
            setattr(lex, name, None if state[name] is None else Path(state[name]))
        lex._search_blob = state["_search_blob"]
        lex._targets, lex._countries = {}, {}
        lex._lazy = [Path(p) for p in state["_lazy"]]
        lex._known_more = [SortedTable.from_state(t) for t in state["_known_more"]]
        lex._zipf = None if state["_zipf"] is None else SortedTable.from_state(state["_zipf"])
        ends = state["_phrase_ends"]
        lex._phrase_ends = None if ends is None else {k: [(w, Target(*t)) for w, t in v] for k, v in ends.items()}
        lex.display, lex.phrases = _as(Target, state["display"]), _as(Target, state["phrases"])
        lex.errors, lex.styles = _as(Replacement, state["errors"]), _as(Replacement, state["styles"])
        lex.people = [tuple.__new__(Person, p) for p in state["people"]]
        return lex

    @property
    def common_words(self) -> set[str]:
        """Lower-case forms of name words that are English words ("china")."""
        if self._common is None:
            self._common = _read_words(self.common_words_file) if self.common_words_file else set()
        return self._common

    @property
    def frequencies(self) -> SortedTable:
        """English Zipf frequencies of real words near a target, of people's names and of common words."""
        if self._zipf is None:
            path = self.frequencies_file
            self._zipf = _table("names-zipf", path, lambda: _read_frequencies(path)) if path else SortedTable()
        return self._zipf

    # -- building -----------------------------------------------------------

    def add_file(self, path: Path, *, user: bool = False) -> None:
        if path.name.endswith(".words.txt"):  # read on first need, unopened until then
            self._lazy.append(path)
            self._lazy_loaded = False
            return
        text = path.read_text("utf-8")
        table = table_of(path, text)
        if table == "words":
            self._lazy.append(path)
            self._lazy_loaded = False
            return
        label = path.name
        for lineno, line in enumerate(text.split("\n"), 1):
            if not line or line[0] == "#" or line.isspace():
                continue
            cols = line.rstrip("\r").split("\t")
            if table == "names":
                if len(cols) > 2 and cols[1] == "city" and _below(cols[2], CASING_WEIGHT["city"]):
                    # Only a target: indexed on first search, but known at once,
                    # so that a correct small town is never searched for.
                    self._deferred.append((cols, label, lineno))
                    self.known.update(w.casefold() for w in WORD.findall(cols[0]))
                    if len(cols) > 3:
                        self.known.update(w.casefold() for w in WORD.findall(cols[3]))
                else:
                    self._add_name(cols, label, lineno)
                continue
            cols = [c.strip() for c in cols]
            source = f"{label}:{lineno}"
            if table == "errors":
                if len(cols) < 2 or not cols[0] or not cols[1]:
                    raise LexiconError(f"{source}: an errors line is 'wrong<TAB>right'")
                self.errors[cols[0].casefold()] = Replacement(cols[1], source)
            else:
                if len(cols) < 3 or not all(cols[:3]):
                    raise LexiconError(f"{source}: a styles line is 'variant<TAB>canonical<TAB>style'")
                near = frozenset(w for w in (cols[3].split("|") if len(cols) > 3 else []) if w)
                self.styles[cols[0].casefold()] = Replacement(cols[1], source, cols[2], near)
        if user and table == "names":
            self.user_targets = True
        self._buckets = None
        self._phrase_ends = None
        self._automaton = None
        self._derived.clear()

    def _add_name(self, cols: list[str], label: str, lineno: int) -> None:
        name = cols[0].strip()
        kind = cols[1].strip() if len(cols) > 1 and cols[1].strip() else "name"
        try:
            weight = float(cols[2]) if len(cols) > 2 and cols[2].strip() else 0.0
        except ValueError:
            raise LexiconError(f"{label}:{lineno}: weight {cols[2]!r} is not a number") from None
        also = [a.strip() for a in cols[3].split("|") if a.strip()] if len(cols) > 3 else []
        words = [name] if name.isalpha() else WORD.findall(name)
        known = self.known
        for w in words:
            known.add(w.casefold())
        for a in also:
            known.update(w.casefold() for w in WORD.findall(a))
        need = CASING_WEIGHT.get(kind, 99.0)
        if kind != "person" and weight < TARGET_WEIGHT and weight < need:
            return  # known only: the common case, kept cheap
        source = f"{label}:{lineno}"
        where = cols[4].strip() if len(cols) > 4 else ""
        if where and len(words) == 1:
            self.countries.setdefault(name.casefold(), where)
        person = -1
        if kind == "person":
            forms = tuple(tuple(WORD.findall(s)) for s in [name, *also])
            person = len(self.people)
            self.people.append(Person(forms, weight, source))
            for f, form in enumerate(forms):
                for pos, w in enumerate(form):
                    self.person_words.setdefault(w.casefold(), []).append((person, f, pos))
                if f and form:
                    self.display.setdefault(form[-1].casefold(), Target(form[-1], weight, kind, source, person))
        # Targets: single-word names and surnames; first names change only
        # beside a surname, and words of longer names ("Press", "Golden")
        # only as part of them.
        target_words = words[-1:] if kind == "person" or len(words) == 1 else []
        for i, w in enumerate(words):
            entry = Target(w, weight, kind, source, person, where)
            key = w.casefold()
            if weight >= need and (len(words) == 1 or (kind == "person" and i == len(words) - 1)):
                old = self.display.get(key)
                if old is None or old.weight < weight:
                    self.display[key] = entry
            if weight >= TARGET_WEIGHT and w in target_words and len(w) >= MIN_FUZZY_LEN and w[0].isupper():
                old = self.targets.get(key)
                if old is None or old.weight < weight:
                    self.targets[key] = entry
        if len(words) > 1 and kind != "person" and weight >= need:
            self.phrases.setdefault(" ".join(words).casefold(), Target(name, weight, kind, source))
        if len(words) > 1 and kind != "person" and weight >= TARGET_WEIGHT:
            self._add_pattern(words, weight, source, kind)

    def _add_pattern(self, words: list[str], weight: float, source: str, kind: str) -> None:
        """Index a famous name of several words so that a misspelt word is fixed beside the others.

        "San Fransisco" -> "San Francisco". English words ("New", "City") are
        not indexed: they say too little about the word beside them.
        """
        index = len(self.people)
        self.people.append(Person((tuple(words),), weight, source, kind))
        common = self.common_words
        for pos, w in enumerate(words):
            key = w.casefold()
            if w[:1].isupper() and key not in common and len(key) > 2:
                self.person_words.setdefault(key, []).append((index, 0, pos))

    def _load_deferred(self) -> None:
        deferred, self._deferred = self._deferred, []
        for cols, label, lineno in deferred:
            self._add_name(cols, label, lineno)
        self._buckets = None

    def ready(self) -> None:
        """Read the rows kept for later (small cities), before a search needs them."""
        if self._deferred:
            self._load_deferred()

    def target(self, word: str) -> Target | None:
        """The correction target spelt ``word`` (casefolded), if any."""
        if self._deferred:
            self._load_deferred()
        return self.targets.get(word)

    def mentions(self, word: str) -> str:
        """The country code of a country, demonym or city (casefolded), or ""."""
        if self._deferred:
            self._load_deferred()
        return self.countries.get(word, "")

    def _load_lazy(self) -> None:
        if self._deferred:
            self._load_deferred()
        self._known_more = [_table("names-words", p, functools.partial(_read_known, p)) for p in self._lazy]
        self._lazy_loaded = True

    def knows(self, word: str) -> bool:
        """Is this (casefolded) word part of a correct name, an error or a style variant?"""
        if word in self.known or word in self.errors or word in self.styles:
            return True
        if not self._lazy_loaded:
            self._load_lazy()
        return any(word in table for table in self._known_more)

    # -- lookups ------------------------------------------------------------

    def casing_entry(self, lower: str) -> Target | None:
        """The entry a lower-case word capitalises to, if it safely does."""
        entry = self.display.get(lower)
        if entry is None or lower in self.common_words:
            return None
        need = CASING_WEIGHT.get(entry.kind)
        if need is None or entry.weight < need:
            return None
        return entry

    @property
    def phrase_ends(self) -> dict[str, list[tuple[str, Target]]]:
        """Multi-word names safe to capitalise, by their last word (lower case)."""
        if self._phrase_ends is None:
            out: dict[str, list[tuple[str, Target]]] = {}
            for phrase, entry in self.phrases.items():
                words = phrase.split()
                need = CASING_WEIGHT.get(entry.kind)
                if need is None or entry.weight < need or all(w in self.common_words for w in words):
                    continue
                if entry.kind == "org" and not entry.word.isupper():
                    continue  # brands and institutions in lower case may be meant so, as single words are
                if len(words) != len(entry.word.split()):
                    continue  # hyphens or apostrophes: keep it simple
                out.setdefault(words[-1], []).append((phrase, entry))
            for items in out.values():
                items.sort(key=lambda item: -len(item[0]))
            self._phrase_ends = out
        return self._phrase_ends

    def lowercase_automaton(self) -> Any:
        """An Aho-Corasick automaton of the lower-case words PRN002 may capitalise."""
        if self._automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for key in self.display:
                entry = self.casing_entry(key)
                if len(key) >= 4 and entry is not None and (entry.kind != "org" or entry.word.isupper()):
                    automaton.add_word(key, key)  # PRN002 leaves brands in lower case alone
            for key in self.phrase_ends:
                automaton.add_word(key, key)
            if len(automaton):
                automaton.make_automaton()
            self._automaton = _Empty() if not len(automaton) else automaton
        return self._automaton

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

    def buckets(self) -> dict[tuple[str, int], list[str]]:
        """Targets grouped by first letter and length: the fuzzy search space."""
        if self._deferred:
            self._load_deferred()
        if self._buckets is None:
            out: dict[tuple[str, int], list[str]] = {}
            for key in self.targets:
                out.setdefault((key[0], len(key)), []).append(key)
            self._buckets = out
        return self._buckets


def _below(weight: str, limit: float) -> bool:
    try:
        return float(weight) < limit
    except ValueError:
        return False  # reported when the row is read


def table_of(path: Path, text: str) -> str:
    """The table a file declares by header line or, failing that, by name."""
    for line in text[:4000].splitlines()[:20]:
        if not line.startswith("#"):
            break
        m = HEADER.match(line)
        if m:
            if m[1] not in TABLES:
                raise LexiconError(f"{path.name}: unknown table {m[1]!r} (names, errors or styles)")
            return m[1]
    for table in TABLES:
        if path.name.endswith((f".{table}.tsv", f".{table}.txt")):
            return table
    raise LexiconError(f"{path.name}: declare the table with '# table: names|errors|styles' or a .names.tsv name")


#: Fields of :class:`NameLexicon` that are plain values as they are (the rest
#: are converted by :meth:`NameLexicon.state`; the automaton is rebuilt, in a millisecond).
_PLAIN_FIELDS = (
    "known",
    "person_words",
    "user_targets",
    "_buckets",
    "_lazy_loaded",
    "_deferred",
    "_common",
    "common_words_file",
    "frequencies_file",
)


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("#"))


def _read_words(path: Path) -> set[str]:
    return {w for w in _strip_comments(path.read_text("utf-8")).split() if w}


def _read_frequencies(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in _strip_comments(path.read_text("utf-8")).splitlines():
        word, _, zipf = line.partition("\t")
        if word:
            out[word] = float(zipf or 0)
    return out


def _table(kind: str, path: Path, read: Callable[[], Any]) -> SortedTable:
    """A word list or frequency table from ``path``, opened from its compiled copy when there is one."""
    from ..cache import cached, files_key

    return cached(
        kind,
        (CACHE_VERSION, files_key([path])),
        lambda: SortedTable(read()),
        dump=SortedTable.state,
        load=SortedTable.from_state,
    )


def _read_known(path: Path) -> frozenset[str]:
    text = path.read_text("utf-8")
    if text.startswith("# table: words\n"):  # shipped: casefolded words after the header
        while text.startswith("#"):
            text = text[text.find("\n") + 1 :]
    else:  # a user's list: any case, any separators
        text = _SEPARATORS.sub(" ", _strip_comments(text).casefold())
    return frozenset(text.split())


#: Bump when what a compiled lexicon holds changes.
CACHE_VERSION = 11


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
        lex.lowercase_automaton()  # built once, kept in the cached copy
        lex.phrase_ends  # noqa: B018 (the same)
        return lex

    # Every file the build reads is in the key: a changed word list or frequency table rebuilds it too.
    key = (CACHE_VERSION, files_key([*paths, folder / "common-words.txt", folder / "word-frequencies.tsv"]))
    return cached("names", key, build, dump=NameLexicon.state, load=NameLexicon.from_state)


_USER: dict[tuple[tuple[str, float], ...], NameLexicon] = {}


def with_user_files(paths: Iterable[str]) -> NameLexicon:
    """The shipped lexicon extended by user files (cached by path and mtime)."""
    files = tuple(sorted({(str(Path(p)), Path(p).stat().st_mtime) for p in paths}))
    if not files:
        return shipped()
    lex = _USER.get(files)
    if lex is None:
        base = shipped()
        lex = NameLexicon(
            known=set(base.known),
            display=dict(base.display),
            phrases=dict(base.phrases),
            _targets=dict(base.targets),
            people=list(base.people),
            _countries=dict(base.countries),
            person_words={k: list(v) for k, v in base.person_words.items()},
            errors=dict(base.errors),
            styles=dict(base.styles),
            common_words_file=base.common_words_file,
            frequencies_file=base.frequencies_file,
            _lazy=list(base._lazy),
            _lazy_loaded=False,
            _deferred=list(base._deferred),
        )
        for name, _ in files:
            lex.add_file(Path(name), user=True)
        _USER[files] = lex
    return lex
