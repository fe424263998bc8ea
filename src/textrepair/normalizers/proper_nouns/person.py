"""PRN003 beside a name: a word of a person's (or a famous place's) name corrected from the word beside it.

"Volodomyr Zelenskyy", "Donal Trump", "Kamala Haris", "Ursula von der
Leyden", "San Fransisco". A first name gives way to the surname beside it; a
surname only to the famous first name, and only for a typist's slip.
"""

from __future__ import annotations

from typing import NamedTuple

from ...names.fuzzy import distance, may_be_within, skeleton
from ...names.lexicon import NameLexicon
from .context import PARTICLES, name_before, titled
from .fix import Fix, Token, cased, edit_count, quote
from .scan import Scan
from .spelling import derived, doubled, ending_only, slip, transposed
from .tuning import (
    AFTER_OFFICE,
    BESIDE_COMMON_NAME,
    BESIDE_NAME,
    BESIDE_NAME_OWN_WORD,
    BESIDE_NAME_PLACE_WORD,
    BESIDE_NAME_TWO_EDITS,
    COMMON_NAME,
    FAMOUS,
    FAMOUS_BY_FIRST_NAME,
    FREQUENT,
    FREQUENT_FIRST_NAME,
    MAX_EDITS_BESIDE_NAME,
    MIN_MINOR_SPELLING_LEN,
    MIN_PERSON_WORD_LEN,
    MIN_TWO_EDITS_LEN,
    NAME_BEFORE,
    RARE_FIRST_NAME,
)

#: Where a word of a name stands in it: (entry in ``NameLexicon.people``, spelling, position).
Place = tuple[int, int, int]


class _Expected(NamedTuple):
    """A name word expected beside a neighbour that belongs to a famous name."""

    display: str
    neighbour: str  # the name word(s) beside it, as the message shows them
    weight: float
    first: int  # the word's position in a person's name, -1 for a place
    weak: bool  # the neighbour is a common name: only suggested
    before: int  # words of the name standing right before the word
    common: bool  # the neighbour is a frequent word or name
    rare_first: bool  # the neighbour is a rare first name of one famous person
    source: str


class _Slot(NamedTuple):
    """The token's place in a name the neighbour belongs to."""

    pid: int  # the entry in ``NameLexicon.people``
    words: tuple[str, ...]  # the spelling of the name the neighbour matches
    pos: int  # the neighbour's position in it
    mine: int  # the token's
    step: int  # 1: the neighbour stands before the token; -1: after it


def people_words(lex: NameLexicon) -> dict[str, list[Place]]:
    """The words of people's names, as ``person_words`` has them, without places and organisations.

    A word of a place's or an organisation's name of several words is
    decided by the rest of that name (:mod:`.inside`); reading every
    university beside "University" as a person would cost a look-up per
    name for nothing.
    """
    return lex.derived(_people_words)


def _people_words(lex: NameLexicon) -> dict[str, list[Place]]:
    people = lex.people
    out: dict[str, list[Place]] = {}
    for word, entries in lex.person_words.items():
        kept = [e for e in entries if people[e[0]].kind == "person"]
        if kept:
            out[word] = kept
    return out


def particle(scan: Scan, a: Token, b: Token) -> Token | None:
    """The last of the lower-case words linking two words of a name ("von der"), if it is a name word."""
    between = scan.text[a.end : b.start]
    if not PARTICLES.fullmatch(between):
        return None
    word = between.split()[-1]
    if word not in scan.lex.person_words:
        return None
    return Token(b.start - 1 - len(word), b.start - 1, word)


def person_fix(scan: Scan, tok: Token, prev: Token | None, nxt: Token | None) -> Fix | None:
    """Correct a word of a person's name from the matching word beside it."""
    lex = scan.lex
    key = tok.word.casefold()
    expected = _expected_names(scan, tok, prev, nxt)
    if not expected or key in expected:
        return None
    shape = skeleton(key)
    if any(skeleton(c) == shape for c in expected):
        return None  # another romanisation of the same name
    known = lex.knows(key)
    zipf = lex.zipf(key)
    if known and zipf >= FREQUENT_FIRST_NAME:
        return None
    real = known or zipf >= FREQUENT
    if real:
        expected = _giving_way(lex, key, zipf, expected)
    best = _closest(key, expected, real=real)
    if best is None:
        return None
    d, exp = best
    placed = lex.target(key)
    place_word = known and placed is not None and placed.kind != "person"
    return _beside_fix(scan, tok, prev, d, exp, _confidence(d, own_word=real or exp.common, place_word=place_word))


def _expected_names(scan: Scan, tok: Token, prev: Token | None, nxt: Token | None) -> dict[str, _Expected]:
    """The name words the neighbours expect in the token's place, by casefolded word, the most famous kept."""
    expected: dict[str, _Expected] = {}
    for neighbour, step in ((prev, 1), (nxt, -1)):
        if neighbour is not None:
            _expect_beside(scan, tok, neighbour, step, expected)
    return expected


def _expect_beside(scan: Scan, tok: Token, neighbour: Token, step: int, expected: dict[str, _Expected]) -> None:
    """Add the words that ``neighbour``'s names have ``step`` after it (1) or before it (-1)."""
    lex = scan.lex
    common = lex.zipf(neighbour.word.casefold()) >= COMMON_NAME
    for pid, form, pos in people_words(lex).get(neighbour.word.casefold(), ()):
        entry = lex.people[pid]
        words = entry.forms[form]
        mine = pos + step
        if not 0 <= mine < len(words):
            continue
        weak = False
        # beside a frequent surname that names one famous person, only that person's own first name
        if entry.kind == "person" and common and (form or not _distinctive(lex, neighbour.word, pid, pos)):
            # "Mark Johnson" is not a misspelt "Mike Johnson", nor "Frank Walked" "Frank-Walter";
            # "Joe Bien" may be "Joe Biden", but "Joe" is too common a name to say so
            if mine != len(words) - 1 or not _distinctive(lex, words[mine], pid, mine):
                continue
            weak = True
        best = expected.get(words[mine].casefold())
        if best is None or best.weight < entry.weight:
            slot = _Slot(pid, words, pos, mine, step)
            expected[words[mine].casefold()] = _expectation(scan, tok, neighbour, slot, weak=weak, common=common)


def _expectation(scan: Scan, tok: Token, neighbour: Token, slot: _Slot, *, weak: bool, common: bool) -> _Expected:
    """What the neighbour's name expects in the token's place."""
    lex = scan.lex
    entry = lex.people[slot.pid]
    words, mine = slot.words, slot.mine
    # only a person's first name may give way to the name beside it
    first = mine if entry.kind == "person" else -1
    before = name_before(scan.text, tok, words[:mine]) if slot.step == 1 and mine >= NAME_BEFORE else 0
    rare = slot.step == 1 and slot.pos == 0 and not common and _distinctive_first(lex, neighbour.word, slot.pid)
    beside = " ".join(words[:mine]) if before >= NAME_BEFORE else neighbour.word
    return _Expected(words[mine], beside, entry.weight, first, weak, before, common, rare, entry.source)


def _giving_way(lex: NameLexicon, key: str, zipf: float, expected: dict[str, _Expected]) -> dict[str, _Expected]:
    """The expected names a known name or an English word gives way to.

    A first name gives way beside a surname that names one famous person
    ("Donal Trump", "Anthony Blinken"); a surname only beside the famous
    first name, to its twin with two letters swapped or one letter doubled
    ("Angela Merkle", "Kamala Haris"), or one left out when the first name
    is rare and names one person ("Jacinda Arden"), or beside all the rest
    of the name ("Ursula von der Leyden"); never otherwise ("Boris
    Johnston", "Ralph Merkle"). A word of a famous place's name changes
    beside the others when it is no name of note of its own, only a minor
    spelling ("Los Angelos", "San Fransisco").
    """
    minor = (
        zipf < FREQUENT and len(key) >= MIN_MINOR_SPELLING_LEN and key not in lex.display and lex.target(key) is None
    )
    return {
        k: v
        for k, v in expected.items()
        if v.first == 0
        or v.weak
        or v.before >= NAME_BEFORE
        or transposed(key, k)
        or doubled(key, k)
        or (v.first < 0 and minor)
        or (v.rare_first and slip(key, k))
    }


def _closest(key: str, expected: dict[str, _Expected], *, real: bool) -> tuple[int, _Expected] | None:
    """The expected name nearest ``key`` and its distance; None when none is near or two people fit equally."""
    found: list[tuple[int, _Expected]] = []
    for cand, exp in expected.items():
        if min(len(cand), len(key)) < MIN_PERSON_WORD_LEN or cand[0] != key[0]:
            continue  # a wrong first letter is rarely a typo
        place = exp.first < 0  # a word of a place's name: one edit, no other endings ("Indian Oceans")
        one = place or real or exp.weak or len(cand) < MIN_TWO_EDITS_LEN
        limit = 1 if one else MAX_EDITS_BESIDE_NAME
        if cand == key or not may_be_within(key, cand, limit):
            continue
        if place and (derived(key, cand) or (ending_only(key, cand) and not transposed(key, cand))):
            continue
        d = distance(key, cand)
        if 0 < d <= limit:
            found.append((d, exp))
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1].weak, -f[1].weight))
    d, exp = found[0]
    if len(found) > 1 and found[1][0] == d and found[1][1].display != exp.display:
        return None  # two people fit equally well
    return d, exp


def _confidence(d: int, *, own_word: bool, place_word: bool) -> float:
    """How sure a fix beside a matching name is: one decision, the strongest doubt first.

    >>> _confidence(1, own_word=False, place_word=False), _confidence(2, own_word=False, place_word=False)
    (0.9, 0.75)
    >>> _confidence(1, own_word=True, place_word=False), _confidence(1, own_word=True, place_word=True)
    (0.7, 0.6)
    """
    if place_word:
        return BESIDE_NAME_PLACE_WORD  # "Georgia Meloni": a place name standing for a first name
    if own_word:
        return BESIDE_NAME_OWN_WORD  # the word itself is a real name or word, or the name beside it is common
    return BESIDE_NAME if d == 1 else BESIDE_NAME_TWO_EDITS


def _beside_fix(scan: Scan, tok: Token, prev: Token | None, d: int, exp: _Expected, confidence: float) -> Fix:
    """The fix and its message: after an office, beside a common name (a suggestion), or beside a matching name."""
    key = tok.word.casefold()
    after = cased(exp.display, tok.word)
    edits = edit_count(d)
    name = exp.display.casefold()
    office = prev is not None and prev.word == exp.neighbour and titled(scan.text, prev)
    if exp.weak and office and prev is not None and (doubled(key, name) or transposed(key, name)):
        # An office before the first name says which person, and a doubled or swapped
        # letter is a typist's slip: "President Joe Bidden".
        message = f"{quote(tok.word)} → {quote(after)} ({edits}, {quote(prev.word)} after an office)"
        return Fix(after, "PRN003", message, AFTER_OFFICE, exp.source)
    if exp.weak:
        beside = quote(exp.neighbour)
        message = f"{quote(tok.word)} may be a misspelling of {quote(after)} ({edits}, beside {beside})"
        return Fix(after, "PRN003", message, BESIDE_COMMON_NAME, exp.source, safe=False)
    if exp.before >= NAME_BEFORE:
        matches = f"names {quote(exp.neighbour)} before it match"
    else:
        matches = f"name {quote(exp.neighbour)} beside it matches"
    message = f"{quote(tok.word)} → {quote(after)} ({edits}, {matches})"
    return Fix(after, "PRN003", message, confidence, exp.source)


def _distinctive(lex: NameLexicon, word: str, pid: int, pos: int) -> bool:
    """Is ``word`` the surname of one famous person and nobody else in the lexicons ("Obama", "Zelensky")?

    Such a surname is evidence for the first name beside it even when
    fame makes it frequent in English; "Johnson" and "Harris" name
    several people and are not.
    """
    entry = lex.people[pid]
    if entry.kind != "person" or entry.weight < FAMOUS or pos == 0:
        return False
    people = lex.people
    return all(
        p == pid and pos_ == len(people[p].forms[f]) - 1
        for p, f, pos_ in lex.person_words[word.casefold()]
        if people[p].kind == "person"  # "Clinton Township" is another matter
    )


def _distinctive_first(lex: NameLexicon, word: str, pid: int) -> bool:
    """Is ``word`` a rare first name that only one famous person in the lexicons has ("Jacinda", "Kamala")?"""
    if lex.people[pid].weight < FAMOUS_BY_FIRST_NAME or lex.zipf(word.casefold()) >= RARE_FIRST_NAME:
        return False
    people = lex.people
    return all(p == pid and pos == 0 for p, _, pos in lex.person_words[word.casefold()] if people[p].kind == "person")
