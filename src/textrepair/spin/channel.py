"""The swap channel: what a spinner may have written for a word, and how likely.

What it does
    :class:`Channel` answers two questions about a word or phrase ``s`` seen
    in text:

    - :meth:`Channel.candidates`: the originals ``o`` a spinner may have
      swapped into ``s``, each with ``ln q(s | o)``, the chance that a spinner
      that swaps ``o`` writes ``s``;
    - :meth:`Channel.llr`: how much likelier a single word is in spun text
      than in clean text (a log-likelihood ratio, for the paragraph prior).

    Two sources feed it. The *thesaurus* (``lexicons/channel/thesaurus.tsv``,
    WordNet's synonyms by sense, built by ``scripts/build_channel.py``) gives
    thesaurus spinners' swaps: ``q`` spreads over an original's synonyms,
    earlier senses weighing more (:data:`RANK_DECAY`), and each part of
    speech by how often the original is used as it (:func:`pos_shares`,
    from WordNet's tagged corpus: "read" is almost never a noun). The *curated* spinner
    lexicons (``lexicons/spinner/*.tsv``) give the fixed swaps of dictionary
    spinners at :data:`CURATED_Q`. Inflection is handled here, once: entries
    are lemmas, and a spun "alluded" finds ``allude -> refer`` and proposes
    "referred" (both the past and the participle where they differ).

Why
    The curated lists hold what was seen; a thesaurus holds what a thesaurus
    spinner *can* write. Giving every pair a probability lets the language
    model and the paragraph's evidence decide, instead of a list's kind column.

Example
    >>> ch = Channel.from_rows([("allude", "refer", "v", 0, 1, "synonym")], {})
    >>> [c.original for c in ch.candidates("alluded")]
    ['referred']
    >>> [c.original for c in ch.candidates("alludes")]
    ['refers']
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..sortedtable import SortedTable
from . import inflect

#: The weight of a thesaurus synonym in its original's sense ``k`` (0-based) is
#: ``RANK_DECAY ** k``: thesaurus spinners and their users favour the first,
#: most common sense, yet real spun text shows later senses too ("Walk 13" for
#: March 13). 0.6 puts 40 % of the mass on the first sense of a word with many.
RANK_DECAY = 0.6
#: q(s | o) of a curated spinner-lexicon pair: dictionary spinners swap a word
#: for the same phrase each time, though many originals have two or three
#: spun forms across spinner families.
CURATED_Q = 0.5
#: Swaps per swappable word in spun text (the paragraph likelihood ratio's rate):
#: on the development set, spinners changed a quarter to a half of the words
#: they could change; 0.3 is the middle of that.
SPUN_RATE = 0.3
#: A word wordfreq has never seen is given this frequency (one in 10^8 words).
FREQUENCY_FLOOR = 1e-8
#: Ratios closer to 0 than this (natural log) are not stored: they move nothing.
LLR_EPSILON = 0.01
#: No single word moves the paragraph odds by more than this (natural log):
#: one rare word ("iotas") is a hint, never a verdict.
LLR_CAP = 3.0


@dataclass(frozen=True, slots=True)
class Candidate:
    """An original that a spinner may have turned into the spun phrase."""

    original: str
    logq: float
    source: str
    pos: str = "x"  # the sense's part of speech: n v a r, or x (curated, any)


#: How a thesaurus row's weight is scaled by the relation it came from: a plain
#: synonym of the original, a broader ("generic") or related ("similar") term
#: listed under it, or a narrower term whose own entry lists the original
#: ("depiction" under "description"): spinners pick from the first kind most.
RELATION_WEIGHT = {"synonym": 1.0, "generic": 0.6, "similar": 0.6, "reverse": 0.4}
#: Uses added to each part of speech of an original when weighing its senses by how often the
#: word is that part of speech (``lexicons/channel/pos-counts.tsv``, SemCor's tagged uses):
#: a word never tagged as a noun there keeps a small share for its noun senses ("read": 1 in
#: 172), and a word SemCor did not tag at all shares evenly among the parts the thesaurus lists.
POS_SMOOTHING = 1.0

# Rows as read from the thesaurus: spun lemma, original lemma, pos (n v a r), rank, senses, relation.
Row = tuple[str, str, str, int, int, str]


def pos_shares(
    senses: Iterable[tuple[str, str]], counts: Mapping[str, Mapping[str, int]]
) -> dict[tuple[str, str], float]:
    """P(part of speech | original) for each ``(original, pos)`` the thesaurus lists, smoothed.

    A spinner that swaps a word picks among all its senses, so ``q(s | o)``
    is the share of ``o``'s uses in the part of speech ``s`` belongs to,
    times ``s``'s weight among that part's swaps.

    >>> shares = pos_shares([("read", "n"), ("read", "v")], {"read": {"n": 0, "v": 169, "a": 1}})
    >>> round(shares[("read", "n")], 4), round(shares[("read", "v")], 3)
    (0.0058, 0.994)
    """
    poses: dict[str, list[str]] = defaultdict(list)
    for original, pos in senses:
        poses[original].append(pos)
    out: dict[tuple[str, str], float] = {}
    for original, listed in poses.items():
        uses = counts.get(original, {})
        total = sum(uses.get(p, 0) for p in listed) + POS_SMOOTHING * len(listed)
        for pos in listed:
            out[(original, pos)] = (uses.get(pos, 0) + POS_SMOOTHING) / total
    return out


def read_pos_counts(path: Path) -> dict[str, dict[str, int]]:
    """``lexicons/channel/pos-counts.tsv``: lemma -> uses as n, v, a, r (nothing if the file is missing)."""
    out: dict[str, dict[str, int]] = {}
    try:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                lemma, *uses = line.rstrip("\n").split("\t")
                out[lemma] = dict(zip("nvar", map(int, uses), strict=True))
    except FileNotFoundError:
        return {}
    return out


class Channel:
    """Candidates and word likelihood ratios from thesaurus rows and curated pairs.

    Both tables are :class:`~textrepair.sortedtable.SortedTable`: a run opens
    them in a millisecond and decodes only the entries of the words it meets.
    """

    def __init__(self, lemmas: SortedTable, llr: SortedTable, starts: SortedTable) -> None:
        # spun lemma (or curated surface form, pos "x") -> encoded [(original, pos, ln q, source)]
        self._lemmas = lemmas
        self._llr = llr
        # first words of phrases of several words, in all their forms: most
        # words start none, and a phrase look-up costs an inflection analysis
        self._starts = starts
        self._seen: dict[str, list[Candidate]] = {}

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[Row],
        curated: Mapping[str, str],
        frequency: Mapping[str, float] | None = None,
        pos_counts: Mapping[str, Mapping[str, int]] | None = None,
    ) -> Channel:
        """Build from thesaurus rows and curated ``{spun form: original}`` pairs (forms already inflected).

        ``frequency`` maps surface words to their frequency in English (for
        :meth:`llr`); without it every ratio is 0. ``pos_counts`` maps an
        original to its uses by part of speech (see :func:`pos_shares`);
        without it every part of speech an original has counts alike.
        """
        weights: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
        for spun, original, pos, rank, _senses, relation in rows:
            w = RANK_DECAY**rank * RELATION_WEIGHT.get(relation, 1.0)
            if weights[(original, pos)].get(spun, 0.0) < w:
                weights[(original, pos)][spun] = w
        shares = pos_shares(weights, pos_counts or {})
        lemmas: dict[str, list[tuple[str, str, float, str]]] = defaultdict(list)
        for (original, pos), syns in weights.items():
            total = sum(syns.values())
            share = math.log(shares[(original, pos)])
            for spun, w in syns.items():
                lemmas[spun].append((original, pos, math.log(w / total) + share, "thesaurus"))
        for spun, original in curated.items():
            lemmas[spun].append((original, "x", math.log(CURATED_Q), "curated"))
        llr = _likelihood_ratios(lemmas, frequency) if frequency is not None else {}
        encoded = {
            spun: "\n".join(f"{o}\t{p}\t{q:.4f}\t{src}" for o, p, q, src in sorted(items, key=lambda r: -r[2])).encode()
            for spun, items in lemmas.items()
            if "\n" not in spun
        }
        starts: set[str] = set()
        for spun in encoded:
            first, sep, _ = spun.partition(" ")
            if sep:
                starts.add(first)
                starts.update(inflect.verb_forms(first).values())
        return cls(SortedTable(encoded), SortedTable(llr), SortedTable(starts))

    def state(self) -> tuple[Any, Any, Any]:
        """Flat data for the cache (see :meth:`from_state`)."""
        return self._lemmas.state(), self._llr.state(), self._starts.state()

    @classmethod
    def from_state(cls, state: tuple[Any, Any, Any]) -> Channel:
        return cls(*(SortedTable.from_state(part) for part in state))

    def starts_phrase(self, word: str) -> bool:
        """Can a spun phrase of several words start with ``word``?"""
        return word in self._starts

    def llr(self, word: str) -> float:
        """ln P(word | spun text) / P(word | clean text), 0 for words the channel does not know."""
        value: float = self._llr.get(word, 0.0)
        return value

    def _rows(self, lemma: str) -> list[tuple[str, str, float, str]]:
        raw: bytes | None = self._lemmas.get(lemma)
        if not raw:
            return []
        out = []
        for line in raw.decode().split("\n"):
            original, pos, logq, source = line.split("\t")
            out.append((original, pos, float(logq), source))
        return out

    def candidates(self, spun: str, limit: int = 0) -> list[Candidate]:
        """Originals for the folded phrase ``spun`` (lower case, single spaces), best first.

        ``limit``: at most this many (0: all); the rest are not inflected at all.
        """
        key = f"{limit} {spun}"
        seen = self._seen.get(key)
        if seen is not None:
            return seen
        rows: list[tuple[float, str, str, str, Callable[[str], list[str]]]] = []
        for lemma, pos_wanted, to_original in analyses(spun):
            for original, pos, logq, source in self._rows(lemma):
                if pos_wanted != "*" and pos not in (pos_wanted, "x"):
                    continue
                if pos == "x" and lemma != spun:
                    continue  # curated pairs are listed with their inflections already
                rows.append((logq, original, source, pos, to_original))
        rows.sort(key=lambda r: -r[0])
        out: dict[str, Candidate] = {}
        for logq, original, source, pos, to_original in rows:
            for surface in to_original(original):
                if surface != spun and surface and surface not in out:
                    out[surface] = Candidate(surface, logq, source, pos)
            if limit and len(out) >= limit:
                break
        found = list(out.values())[: limit or None]
        if len(self._seen) > _SEEN_LIMIT:
            self._seen.clear()
        self._seen[key] = found
        return found


#: Phrases whose candidates are remembered (words repeat: a book meets "said" thousands of times).
_SEEN_LIMIT = 50_000


def _likelihood_ratios(
    lemmas: Mapping[str, list[tuple[str, str, float, str]]], frequency: Mapping[str, float]
) -> dict[str, float]:
    """:meth:`Channel.llr` for single surface words (lemmas and their inflections).

    Under the spun model a word ``w`` keeps its clean frequency ``f(w)`` except
    that a share :data:`SPUN_RATE` of it is swapped away when ``w`` itself has
    synonyms, and it gains ``SPUN_RATE * f(o) * q(w | o)`` from every original
    ``o`` swapped into it.
    """
    gained: dict[str, float] = defaultdict(float)
    swappable: set[str] = set()
    for spun, rows in lemmas.items():
        if " " in spun:
            continue
        for original, pos, logq, _ in rows:
            if " " in original:
                continue
            pairs = [(spun, original)]
            if pos == "n":
                pairs.append((inflect.plural(spun), inflect.plural(original)))
            elif pos == "v":
                fs, fo = inflect.verb_forms(spun), inflect.verb_forms(original)
                pairs += [(fs[k], fo[k]) for k in inflect.VERB_FORMS[1:]]
            for s, o in pairs:
                gained[s] += math.exp(logq) * frequency.get(o, FREQUENCY_FLOOR)
                swappable.add(o)
    out: dict[str, float] = {}
    for word in set(gained) | swappable:
        f = max(frequency.get(word, FREQUENCY_FLOOR), FREQUENCY_FLOOR)
        kept = 1.0 - SPUN_RATE if word in swappable else 1.0
        ratio = kept + SPUN_RATE * gained.get(word, 0.0) / f
        value = min(LLR_CAP, math.log(ratio))
        if abs(value) >= LLR_EPSILON:
            out[word] = round(value, 3)
    return out


# -- inflection -------------------------------------------------------------------------------------------------


@functools.cache
def _irregular_bases() -> dict[str, list[tuple[str, str, str]]]:
    """Irregular form -> [(lemma, pos, form name)]."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for lemma in inflect._verbs():
        for name, form in inflect.verb_forms(lemma).items():
            if name != "base" and form != lemma:
                out[form].append((lemma, "v", name))
    for lemma, forms in inflect._nouns().items():
        if forms[0] != lemma:
            out[forms[0]].append((lemma, "n", "pl"))
    return dict(out)


_SUFFIXES = (("s", ""), ("es", ""), ("ies", "y"), ("d", ""), ("ed", ""), ("ied", "y"), ("ing", ""), ("ing", "e"))


def _base_guesses(word: str) -> set[str]:
    guesses = set()
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            guesses.add(word[: -len(suffix)] + replacement)
    for suffix in ("ed", "ing"):  # a doubled consonant: "stopped", "stopping"
        n = len(suffix)
        if word.endswith(suffix) and len(word) > n + 3 and word[-n - 1] == word[-n - 2]:
            guesses.add(word[: -n - 1])
    if word.endswith("ying"):
        guesses.add(word[:-4] + "ie")
    return guesses


def word_analyses(word: str) -> list[tuple[str, str, str]]:
    """(lemma, pos, form) readings of one word: itself (pos ``*``), and noun or verb inflections.

    Readings are guesses by spelling; one that is no word ("allud") finds
    nothing in the channel.

    >>> sorted(r for r in word_analyses("alluded") if r[0] != "allud")
    [('allude', 'v', 'past'), ('allude', 'v', 'pp'), ('alluded', '*', 'base')]
    """
    out = [(word, "*", "base")]
    for lemma, pos, name in _irregular_bases().get(word, ()):
        out.append((lemma, pos, name))
    for lemma in _base_guesses(word):
        if inflect.plural(lemma) == word:
            out.append((lemma, "n", "pl"))
        for name, form in inflect.verb_forms(lemma).items():
            if name != "base" and form == word:
                out.append((lemma, "v", name))
    return out


def _reinflect(pos: str, name: str, first: bool) -> Callable[[str], list[str]]:
    return functools.partial(_apply_form, pos, name, first)


def _apply_form(pos: str, name: str, first: bool, original: str) -> list[str]:
    words = original.split(" ")
    i = 0 if first else len(words) - 1
    if pos == "n":
        words[i] = inflect.plural(words[i])
        return [" ".join(words)]
    forms = inflect.verb_forms(words[i])
    out = []
    names = ("past", "pp") if name in ("past", "pp") else (name,)
    for n in names:
        words[i] = forms[n]
        out.append(" ".join(words))
    return out


def _same(original: str) -> list[str]:
    return [original]


def analyses(spun: str) -> list[tuple[str, str, Callable[[str], list[str]]]]:
    """(lemma key, pos wanted, original -> surface forms) readings of a folded spun phrase.

    Verbs inflect their first word ("alluded to"), nouns their last ("bits").
    """
    out: list[tuple[str, str, Callable[[str], list[str]]]] = [(spun, "*", _same)]
    words = spun.split(" ")
    for lemma, pos, name in word_analyses(words[0]):
        if pos == "v":
            out.append((" ".join([lemma, *words[1:]]), "v", _reinflect("v", name, first=True)))
    for lemma, pos, name in word_analyses(words[-1]):
        if pos == "n":
            out.append((" ".join([*words[:-1], lemma]), "n", _reinflect("n", name, first=False)))
    return out


def read_rows(path: Path) -> list[Row]:
    """The thesaurus rows of ``path`` (see ``lexicons/channel/README.md``)."""
    rows: list[Row] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            spun, original, pos, rank, senses, *more = line.rstrip("\n").split("\t")
            rows.append((spun, original, pos, int(rank), int(senses), more[0] if more else "synonym"))
    return rows
