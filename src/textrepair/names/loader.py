"""Reading name lexicon files into :class:`.NameTables`.

A lexicon file is UTF-8 text, one entry a line, columns separated by tabs,
``#`` starting a comment line. Its table is declared by a header line
``# table: names`` (or ``errors``, ``styles``, ``words``) among the leading
comment lines, or else by the file name: ``*.names.tsv``, ``*.errors.tsv``,
``*.styles.tsv``, ``*.words.txt``. The format is documented for users in
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

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from ..lexicon import LexiconError
from ..sortedtable import SortedTable
from .tables import (
    CASING_WEIGHT,
    HEADER,
    MIN_FUZZY_LEN,
    NEVER,
    TABLES,
    TARGET_WEIGHT,
    WORD,
    NameTables,
    Person,
    Replacement,
    Target,
)

# Columns of a names row.
_NAME, _KIND, _WEIGHT, _ALSO, _WHERE = range(5)
# Columns of an errors row (wrong, right) and of a styles row (variant, canonical, style, not-near).
_ERROR_COLUMNS = 2
_STYLE_COLUMNS = 3
_NOT_NEAR = 3
#: Shortest word of a name of several words that decides the word beside it ("of", "de" say nothing).
_MIN_PATTERN_WORD_LEN = 3
#: Characters and lines of a file read for its header.
_HEADER_CHARS = 4000
_HEADER_LINES = 20
#: Characters that separate the words of a name (the tokeniser's view).
_SEPARATORS = re.compile(r"[^\w\s'\u2019]+|[\d_]+")

#: A row of a names table, kept as read until it is needed (a small town).
Row = tuple[list[str], str, int]


class _Name(NamedTuple):
    """A names row, parsed."""

    name: str
    kind: str
    weight: float
    also: list[str]
    words: list[str]  # the words of the name as text is tokenised
    where: str
    source: str


def table_of(path: Path, text: str) -> str:
    """The table a file declares by header line or, failing that, by name."""
    for line in text[:_HEADER_CHARS].splitlines()[:_HEADER_LINES]:
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


class TableReader:
    """Adds the rows of lexicon files to a set of tables.

    Small towns are only correction targets: their rows are kept as read and
    indexed on the first search (:meth:`read_deferred`), but their words are
    known at once, so that a correct small town is never searched for. Word
    lists ("known only") are not opened until a word needs them.
    """

    def __init__(self, tables: NameTables, common_words: Callable[[], set[str]] = set) -> None:
        self.tables = tables
        self.common_words = common_words  # English words among name words, not indexed in patterns
        self.deferred: list[Row] = []
        self.word_lists: list[Path] = []  # "known-only" files, read on first need
        self.user_targets = False  # targets from user files (not covered by the frequency table)

    def add_file(self, path: Path, *, user: bool = False) -> None:
        if path.name.endswith(".words.txt"):  # read on first need, unopened until then
            self.word_lists.append(path)
            return
        text = path.read_text("utf-8")
        table = table_of(path, text)
        if table == "words":
            self.word_lists.append(path)
            return
        read_row = {"names": self._names_row, "errors": self._errors_row, "styles": self._styles_row}[table]
        for lineno, line in enumerate(text.split("\n"), 1):
            if line and line[0] != "#" and not line.isspace():
                read_row(line.rstrip("\r").split("\t"), path.name, lineno)
        if user and table == "names":
            self.user_targets = True

    def read_deferred(self) -> bool:
        """Index the rows kept for later; has anything been read?"""
        deferred, self.deferred = self.deferred, []
        for cols, label, lineno in deferred:
            self.add_name(cols, label, lineno)
        return bool(deferred)

    def _names_row(self, cols: list[str], label: str, lineno: int) -> None:
        if len(cols) > _WEIGHT and cols[_KIND] == "city" and _below(cols[_WEIGHT], CASING_WEIGHT["city"]):
            self.deferred.append((cols, label, lineno))
            known = self.tables.known
            known.update(w.casefold() for w in WORD.findall(cols[_NAME]))
            if len(cols) > _ALSO:
                known.update(w.casefold() for w in WORD.findall(cols[_ALSO]))
        else:
            self.add_name(cols, label, lineno)

    def _errors_row(self, cols: list[str], label: str, lineno: int) -> None:
        cols = [c.strip() for c in cols]
        source = f"{label}:{lineno}"
        if len(cols) < _ERROR_COLUMNS or not cols[0] or not cols[1]:
            raise LexiconError(f"{source}: an errors line is 'wrong<TAB>right'")
        self.tables.errors[cols[0].casefold()] = Replacement(cols[1], source)

    def _styles_row(self, cols: list[str], label: str, lineno: int) -> None:
        cols = [c.strip() for c in cols]
        source = f"{label}:{lineno}"
        if len(cols) < _STYLE_COLUMNS or not all(cols[:_STYLE_COLUMNS]):
            raise LexiconError(f"{source}: a styles line is 'variant<TAB>canonical<TAB>style'")
        near = frozenset(w for w in (cols[_NOT_NEAR].split("|") if len(cols) > _NOT_NEAR else []) if w)
        self.tables.styles[cols[0].casefold()] = Replacement(cols[1], source, cols[2], near)

    def add_name(self, cols: list[str], label: str, lineno: int) -> None:
        """Add a names row: its words are known; a famous one is also indexed for casing and correction."""
        row = _parse_name(cols, label, lineno)
        tables = self.tables
        tables.known.update(w.casefold() for w in row.words)
        for a in row.also:
            tables.known.update(w.casefold() for w in WORD.findall(a))
        need = CASING_WEIGHT.get(row.kind, NEVER)
        if row.kind != "person" and row.weight < TARGET_WEIGHT and row.weight < need:
            return  # known only: the common case, kept cheap
        if row.where and len(row.words) == 1:
            tables.countries.setdefault(row.name.casefold(), row.where)
        person = self._add_person(row) if row.kind == "person" else -1
        self._add_words(row, person, need)
        if len(row.words) > 1 and row.kind != "person":
            if row.weight >= need:
                tables.phrases.setdefault(
                    " ".join(row.words).casefold(), Target(row.name, row.weight, row.kind, row.source)
                )
            if row.weight >= TARGET_WEIGHT:
                self._add_pattern(row)

    def _add_person(self, row: _Name) -> int:
        """Index a person's spellings by each of their words; return the person's number."""
        tables = self.tables
        forms = tuple(tuple(WORD.findall(s)) for s in [row.name, *row.also])
        person = len(tables.people)
        tables.people.append(Person(forms, row.weight, row.source))
        for f, form in enumerate(forms):
            for pos, w in enumerate(form):
                tables.person_words.setdefault(w.casefold(), []).append((person, f, pos))
            if f and form:
                target = Target(form[-1], row.weight, row.kind, row.source, person)
                tables.display.setdefault(form[-1].casefold(), target)
        return person

    def _add_words(self, row: _Name, person: int, need: float) -> None:
        """Index the words for casing (whole names, surnames) and as correction targets.

        Targets: single-word names and surnames; first names change only
        beside a surname, and words of longer names ("Press", "Golden") only
        as part of them.
        """
        tables, words = self.tables, row.words
        last = len(words) - 1
        target_words = words[-1:] if row.kind == "person" or len(words) == 1 else []
        for i, w in enumerate(words):
            entry = Target(w, row.weight, row.kind, row.source, person, row.where)
            key = w.casefold()
            if row.weight >= need and (not last or (row.kind == "person" and i == last)):
                _keep_heaviest(tables.display, key, entry)
            if row.weight >= TARGET_WEIGHT and w in target_words and len(w) >= MIN_FUZZY_LEN and w[0].isupper():
                _keep_heaviest(tables.targets, key, entry)

    def _add_pattern(self, row: _Name) -> None:
        """Index a famous name of several words so that a misspelt word is fixed beside the others.

        "San Fransisco" -> "San Francisco". English words ("New", "City") are
        not indexed: they say too little about the word beside them.
        """
        tables = self.tables
        index = len(tables.people)
        tables.people.append(Person((tuple(row.words),), row.weight, row.source, row.kind))
        common = self.common_words()
        for pos, w in enumerate(row.words):
            key = w.casefold()
            if w[:1].isupper() and key not in common and len(key) >= _MIN_PATTERN_WORD_LEN:
                tables.person_words.setdefault(key, []).append((index, 0, pos))


def _parse_name(cols: list[str], label: str, lineno: int) -> _Name:
    def col(i: int) -> str:
        return cols[i].strip() if len(cols) > i else ""

    try:
        weight = float(cols[_WEIGHT]) if col(_WEIGHT) else 0.0
    except ValueError:
        raise LexiconError(f"{label}:{lineno}: weight {cols[_WEIGHT]!r} is not a number") from None
    name = col(_NAME)
    also = [a.strip() for a in cols[_ALSO].split("|") if a.strip()] if len(cols) > _ALSO else []
    words = [name] if name.isalpha() else WORD.findall(name)
    return _Name(name, col(_KIND) or "name", weight, also, words, col(_WHERE), f"{label}:{lineno}")


def _keep_heaviest(index: dict[str, Target], key: str, entry: Target) -> None:
    old = index.get(key)
    if old is None or old.weight < entry.weight:
        index[key] = entry


def _below(weight: str, limit: float) -> bool:
    try:
        return float(weight) < limit
    except ValueError:
        return False  # reported when the row is read


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("#"))


def read_words(path: Path) -> set[str]:
    """The words of a plain word list (the common words)."""
    return {w for w in _strip_comments(path.read_text("utf-8")).split() if w}


def read_frequencies(path: Path) -> dict[str, float]:
    """A ``word<TAB>zipf`` table."""
    out: dict[str, float] = {}
    for line in _strip_comments(path.read_text("utf-8")).splitlines():
        word, _, zipf = line.partition("\t")
        if word:
            out[word] = float(zipf or 0)
    return out


def read_known(path: Path) -> frozenset[str]:
    """The words of a "words" table: shipped ones casefolded after the header, a user's any way."""
    text = path.read_text("utf-8")
    if text.startswith("# table: words\n"):  # shipped: casefolded words after the header
        while text.startswith("#"):
            text = text[text.find("\n") + 1 :]
    else:  # a user's list: any case, any separators
        text = _SEPARATORS.sub(" ", _strip_comments(text).casefold())
    return frozenset(text.split())


def word_table(kind: str, path: Path, read: Callable[[], Any], version: str) -> SortedTable:
    """A word list or frequency table from ``path``, opened from its compiled copy when there is one."""
    from ..cache import cached, files_key

    return cached(
        kind,
        (version, files_key([path])),
        lambda: SortedTable(read()),
        dump=SortedTable.state,
        load=SortedTable.from_state,
    )
