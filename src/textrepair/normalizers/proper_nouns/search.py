"""PRN003 for a capitalised word alone: a famous name one or two edits away, with evidence for it.

A word is searched only when it is in no lexicon and rare in English. A
surname needs a transposition or its first name in the text; a place needs
fame that grows with the shortness of the word, or its country named in the
text. Two names equally near make the fix a suggestion that names both.
"""

from __future__ import annotations

from typing import NamedTuple

from ...names.fuzzy import max_distance, near, skeleton
from ...names.lexicon import NameLexicon, Target
from ...names.memo import BoundedCache
from .fix import Fix, Token, cased, edit_count, quote
from .scan import Scan
from .spelling import derived, doubled, ending_only, slip, transposed
from .tuning import (
    AMBIGUOUS,
    ENGLISH_WORD,
    FAME_OVER_WORD,
    FAR_RARER_SLIP,
    FREQUENT,
    IN_USE,
    LONG_PLACE_WEIGHTS,
    LONG_PLACE_WORD_LEN,
    LONGEST_PLACE_WEIGHT,
    MENTIONED_PLACE_WEIGHT,
    MENTIONED_PLACE_WORD_LEN,
    MENTIONED_SHORT_PLACE_WEIGHT,
    MIN_SURNAME_LEN,
    ONE_EDIT,
    RIVAL_MARGIN,
    SEEN,
    SLIP_RATIO,
    TRANSPOSED_MENTIONED_PLACE_WEIGHT,
    TRANSPOSED_PLACE_WEIGHT,
    TWO_EDITS,
    TWO_EDITS_NAME_LEN,
    TWO_EDITS_PLACE_WEIGHT,
    TWO_EDITS_WORD_LEN,
)

#: Searches remembered per lexicon (a word and an edit limit each) before the memo starts again.
NEAR_KEPT = 200_000


class _Candidate(NamedTuple):
    """A name near the word, and the evidence that it is meant."""

    distance: int
    weight: float
    target: Target
    why: str
    slip: bool  # a slip of a name far more frequent than the word, itself in use


def near_targets(lex: NameLexicon, key: str, limit: int) -> list[tuple[str, int]]:
    """Targets within ``limit`` edits of ``key``; remembered with the lexicon (a corpus repeats its words)."""
    memo = lex.derived(_near_memo)
    found = memo.get((key, limit))
    if found is None:
        buckets = lex.buckets()
        choices: list[str] = []
        for n in range(len(key) - limit, len(key) + limit + 1):
            choices.extend(buckets.get((key[0], n), ()))
        found = memo.remember((key, limit), near(key, choices, limit))
    return found


def _near_memo(lex: NameLexicon) -> BoundedCache[tuple[str, int], list[tuple[str, int]]]:
    return BoundedCache(NEAR_KEPT)


def _settled_words(lex: NameLexicon) -> BoundedCache[str, bool]:
    """Per lexicon: words with nothing to correct to, whatever the document (a word, a name, nothing near)."""
    return BoundedCache()


def search_fix(scan: Scan, tok: Token) -> Fix | None:
    """The fix of a lone capitalised word as a misspelt famous name, weighed by the text."""
    key = tok.word.casefold()
    if key in scan.searched:
        earlier = scan.searched[key]
        return None if earlier is None else scan.with_context(tok, earlier)
    settled = scan.lex.derived(_settled_words)
    if tok.word in settled:
        return None
    fix, everywhere = _search(scan, tok.word, key)
    scan.searched[key] = fix
    if fix is None:
        if everywhere:
            settled.remember(tok.word, True)
        return None
    return scan.with_context(tok, fix)


def _search(scan: Scan, word: str, key: str) -> tuple[Fix | None, bool]:
    """The fix found for ``word``, and whether no fix found holds for every document."""
    lex = scan.lex
    limit = 1 if word.isupper() else max_distance(key)  # headlines: one edit only
    if not limit:
        return None, False
    zipf = lex.zipf(key)
    if zipf >= ENGLISH_WORD or lex.knows(key):
        return None, True  # an English word or a known name: checked before any search
    found = near_targets(lex, key, limit)
    if not found:
        return None, True
    # From here on the answer depends on the document (the names it mentions).
    ranked = _ranked(scan, key, zipf, found)
    return (_choose(word, zipf, ranked) if ranked else None), False


def _ranked(scan: Scan, key: str, zipf: float, found: list[tuple[str, int]]) -> list[_Candidate]:
    """The names near ``key`` with evidence for them, best first; none for a romanisation of a known name."""
    lex = scan.lex
    ranked: list[_Candidate] = []
    for cand, d in found:
        target = lex.targets[cand]  # buckets() has read every target
        if skeleton(cand) == skeleton(key):
            return []  # a romanisation variant of a known name
        # A typo of a famous name is in use on the web too ("Pheonix",
        # "Brazillian"); a slip of the fingers a hundred times rarer than
        # the name is still a slip.
        far_rarer = zipf >= SEEN and slip(key, cand) and lex.zipf(cand) - zipf >= SLIP_RATIO
        if zipf >= FREQUENT and not far_rarer:
            continue
        if derived(key, cand) or target.weight < zipf + FAME_OVER_WORD:
            continue  # "Floridas", "Salamancan"; or the name is no more common than the word
        if ending_only(key, cand) and not transposed(key, cand):
            continue  # "Italiam", "Toulousan": another language's ending, not a typo
        evidence = _surname_evidence if target.person >= 0 else _place_evidence
        why = evidence(scan, target, key, d)
        if why:
            ranked.append(_Candidate(d, target.weight, target, why, far_rarer))
    ranked.sort(key=lambda c: (c.distance, -c.weight))
    return ranked


def _choose(word: str, zipf: float, ranked: list[_Candidate]) -> Fix:
    """The fix for the best candidate: ambiguous, a slip, in use, or rare as a word."""
    best = ranked[0]
    target = best.target
    after = cased(target.word, word)
    edits = edit_count(best.distance)
    rivals = [c for c in ranked[1:] if c.distance == best.distance and c.target.word != target.word]
    if rivals and best.weight - rivals[0].weight < RIVAL_MARGIN:
        names = ", ".join(quote(c.target.word) for c in [best, *rivals[:2]])
        message = f"{quote(word)} may be a misspelling of {names} ({edits}); ambiguous, not changed"
        return Fix(after, "PRN003", message, AMBIGUOUS, target.source, safe=False)
    if best.slip:
        message = f"{quote(word)} → {quote(after)} ({edits} from {best.why}; a slip, far rarer than the name)"
        return Fix(after, "PRN003", message, FAR_RARER_SLIP, target.source)
    if zipf >= SEEN:
        message = f"{quote(word)} may be a misspelling of {quote(after)} ({edits} from {best.why}; but in use)"
        return Fix(after, "PRN003", message, IN_USE, target.source, safe=False)
    message = f"{quote(word)} → {quote(after)} ({edits} from {best.why}; rare as a word)"
    return Fix(after, "PRN003", message, ONE_EDIT if best.distance == 1 else TWO_EDITS, target.source)


def _surname_evidence(scan: Scan, target: Target, key: str, d: int) -> str:
    """A surname alone: a transposition, or one edit when the person is named elsewhere."""
    person = scan.lex.people[target.person]
    what = f"the surname of {quote(' '.join(person.forms[0]))}"
    if d != 1 or len(key) < MIN_SURNAME_LEN:
        return ""
    if transposed(key, target.word.casefold()):
        return what
    first = {w.casefold() for form in person.forms for w in form[:-1]} - {key}
    if any(k in first for k in scan.keys):
        return what + ", whose first name is in the text"
    return ""


def _place_evidence(scan: Scan, target: Target, key: str, d: int) -> str:
    """Why a place is a likely correction, or "" when the evidence is too weak.

    The bigger the place and the longer the word, the fewer other
    readings there are; the text naming the place's country (or a
    demonym or city of it) counts as evidence.
    """
    mentioned = bool(target.where) and target.where in scan.mentioned()
    what = f"the {target.kind} {quote(target.word)}"
    if mentioned:
        what += f" ({target.where}, named in the text)"
    name = target.word.casefold()
    if d == 1 or doubled(key, name):
        backed = _one_slip_backed(key, name, target.weight, mentioned=mentioned)
    else:
        backed = _two_edits_backed(key, target, mentioned=mentioned)
    return what if backed else ""


def _one_slip_backed(key: str, name: str, weight: float, *, mentioned: bool) -> bool:
    """Is a place this famous enough for one slip in a word this long?"""
    n = len(key)
    if transposed(key, name):
        return weight >= (TRANSPOSED_MENTIONED_PLACE_WEIGHT if mentioned else TRANSPOSED_PLACE_WEIGHT)
    if n >= LONG_PLACE_WORD_LEN and weight >= _long_word_weight(n):
        return True  # the longer the word, the fewer names it could be
    if not mentioned or n < MENTIONED_PLACE_WORD_LEN:
        return False
    return weight >= (MENTIONED_PLACE_WEIGHT if n >= LONG_PLACE_WORD_LEN else MENTIONED_SHORT_PLACE_WEIGHT)


def _long_word_weight(n: int) -> float:
    """The weight a place needs for one edit in a word of ``n`` letters (seven or more).

    >>> _long_word_weight(7), _long_word_weight(10), _long_word_weight(14)
    (7.0, 6.5, 6.0)
    """
    for below, weight in LONG_PLACE_WEIGHTS:
        if n < below:
            return weight
    return LONGEST_PLACE_WEIGHT


def _two_edits_backed(key: str, target: Target, *, mentioned: bool) -> bool:
    """Two edits: long words of equal length or nearly, and the text naming the place's country."""
    n = len(key)
    if n < TWO_EDITS_WORD_LEN or len(target.word) < TWO_EDITS_NAME_LEN or abs(n - len(target.word)) > 1:
        return False
    return mentioned and target.weight >= TWO_EDITS_PLACE_WEIGHT
