"""PRN003 for four-letter names: two neighbouring letters swapped in a big place's name ("Iarn", "Cuab", "Ohoi")."""

from __future__ import annotations

import functools

from ...names.lexicon import NameLexicon, Target
from .fix import Fix, Token, cased, quote
from .scan import Scan
from .tuning import ENGLISH_WORD, SEEN, SHORT_NAME_LEN, SHORT_NAME_WEIGHT, SHORT_TRANSPOSED, SLIP_RATIO


def short_fix(scan: Scan, tok: Token, key: str) -> Fix | None:
    """The fix of a four-letter capitalised word that is a big place's name with two letters swapped."""
    word = tok.word
    if len(key) != SHORT_NAME_LEN or not word[1:].islower():
        return None
    short = short_transpositions(scan.lex).get(key)
    if short is None or not short_slip(key, short.word.casefold()):
        return None
    after = cased(short.word, word)
    message = f"{quote(word)} → {quote(after)} (two letters of the {short.kind} {quote(short.word)} swapped)"
    return scan.with_context(tok, Fix(after, "PRN003", message, SHORT_TRANSPOSED, short.source))


def short_transpositions(lex: NameLexicon) -> dict[str, Target]:
    """Four-letter names with two neighbouring letters swapped ("Iarn", "Cuab"), per lexicon.

    Only of names of weight :data:`.SHORT_NAME_WEIGHT`, and only swaps that
    are no name or word themselves (a slip in use on the web, a hundred
    times rarer than the name, is kept) and that no other such name shares.
    """
    return lex.derived(_short_transpositions)


def _short_transpositions(lex: NameLexicon) -> dict[str, Target]:
    found: dict[str, Target] = {}
    shared: set[str] = set()
    for key, target in lex.display.items():
        if len(key) != SHORT_NAME_LEN or not key.isalpha() or target.weight < SHORT_NAME_WEIGHT or target.person >= 0:
            continue
        for i in range(SHORT_NAME_LEN - 1):
            swapped = key[:i] + key[i + 1] + key[i] + key[i + 2 :]
            if swapped != key:
                if swapped in found and found[swapped].word != target.word:
                    shared.add(swapped)
                found[swapped] = target
    return {k: t for k, t in found.items() if k not in shared and k not in lex.display and not lex.knows(k)}


@functools.lru_cache(maxsize=4096)
def short_slip(word: str, name: str) -> bool:
    """Is the four-letter ``word`` no English word, or a slip a hundred times rarer than ``name`` ("Olso")?

    Asked only of the few words :func:`short_transpositions` lists, so that
    wordfreq (whose table the shipped one leaves words this short out of) is
    loaded only when one is met.
    """
    from wordfreq import zipf_frequency

    zipf = zipf_frequency(word, "en")
    return zipf < SEEN or (zipf < ENGLISH_WORD and zipf_frequency(name, "en") - zipf >= SLIP_RATIO)
