"""The name tables as data: the entries a lexicon's files hold, keyed by casefolded word.

Plain values only (sets, dicts, lists of named tuples), so that the compiled
copy in the cache (:mod:`textrepair.cache`) is data that ``marshal`` reads
back without running code. Reading files is :mod:`.loader`'s job; what is
derived for lookups, :mod:`.index`'s.
"""

from __future__ import annotations

import marshal
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

TABLES = ("names", "errors", "styles", "words")
HEADER = re.compile(r"#\s*table:\s*(\w+)")
#: A word of a name as the normalizer tokenises text: letters, with inner
#: apostrophes ("O'Brien") but not a possessive "'s".
WORD = re.compile(r"[^\W\d_]+(?:['\u2019](?![sS]\b)[^\W\d_]+)*")

#: Entries at least this famous are fuzzy-correction targets.
TARGET_WEIGHT = 5.0
#: Shortest word that is corrected by edit distance (one edit; shorter ones are other words and names).
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
#: The weight no entry reaches: a kind never capitalised from lower case.
NEVER = 99.0


# Plain named tuples rather than dataclasses: thousands of them are read from
# the compiled-lexicon cache at start-up, with C's tuple.__new__ (see as_tuples).
class Target(NamedTuple):
    """A word that a misspelling may be corrected to."""

    word: str  # display form, e.g. "Kremenchuk"
    weight: float
    kind: str
    source: str  # "places.names.tsv:1234"
    person: int = -1  # index into NameTables.people when it is a person's word
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


def _reduce(self: tuple[Any, ...]) -> tuple[Any, ...]:
    """Rebuild with C's tuple.__new__ rather than the generated Python __new__ (copies and worker processes)."""
    return tuple.__new__, (type(self), tuple(self))


for _tuple in (Target, Person, Replacement):
    _tuple.__reduce__ = _reduce  # type: ignore[assignment,method-assign]


def as_tuples(kind: Any, rows: dict[str, tuple[Any, ...]]) -> dict[str, Any]:
    """``rows`` as named tuples of ``kind`` (with C's tuple.__new__: thousands are read at start-up)."""
    new = tuple.__new__
    return {k: new(kind, v) for k, v in rows.items()}


#: Where a word stands in a name: (entry in ``people``, spelling, position).
NamePlace = tuple[int, int, int]


@dataclass
class NameTables:
    """Everything the name files say, keyed by casefolded word."""

    known: set[str] = field(default_factory=set)  # every correct name word
    display: dict[str, Target] = field(default_factory=dict)  # lower-case form -> best entry (for casing)
    phrases: dict[str, Target] = field(default_factory=dict)  # "south korea" -> entry (multi-word casing)
    people: list[Person] = field(default_factory=list)
    person_words: dict[str, list[NamePlace]] = field(default_factory=dict)  # word -> (person, form, pos)
    errors: dict[str, Replacement] = field(default_factory=dict)
    styles: dict[str, Replacement] = field(default_factory=dict)
    # The fuzzy targets and the countries are kept marshalled apart in the
    # compiled copy: only a word that may be misspelt needs them, and they
    # are half the time to open it. Read through ``targets``/``countries``.
    _targets: dict[str, Target] = field(default_factory=dict)
    _countries: dict[str, str] = field(default_factory=dict)
    _search_blob: bytes | None = None

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
        targets, self._countries = marshal.loads(self._search_blob or marshal.dumps(({}, {})))
        self._targets = as_tuples(Target, targets)
        self._search_blob = None

    def copy(self) -> NameTables:
        """A copy that more files may be added to without changing this one."""
        return NameTables(
            known=set(self.known),
            display=dict(self.display),
            phrases=dict(self.phrases),
            people=list(self.people),
            person_words={k: list(v) for k, v in self.person_words.items()},
            errors=dict(self.errors),
            styles=dict(self.styles),
            _targets=dict(self.targets),
            _countries=dict(self.countries),
        )

    def state(self) -> dict[str, Any]:
        """Plain values for the cache; :meth:`from_state` reads them back."""
        out: dict[str, Any] = {name: {k: tuple(v) for k, v in getattr(self, name).items()} for name in _TUPLE_TABLES}
        out["known"] = self.known
        out["person_words"] = self.person_words
        out["people"] = [tuple(p) for p in self.people]
        out["search"] = self._search_blob or marshal.dumps(
            ({k: tuple(v) for k, v in self.targets.items()}, self.countries)
        )
        return out

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> NameTables:
        """The tables :meth:`state` described; raises on anything else."""
        return cls(
            known=state["known"],
            display=as_tuples(Target, state["display"]),
            phrases=as_tuples(Target, state["phrases"]),
            people=[tuple.__new__(Person, p) for p in state["people"]],
            person_words=state["person_words"],
            errors=as_tuples(Replacement, state["errors"]),
            styles=as_tuples(Replacement, state["styles"]),
            _search_blob=state["search"],
        )


#: Tables of named tuples, stored as plain tuples.
_TUPLE_TABLES = ("display", "phrases", "errors", "styles")
