"""One pass of the proper-noun rule over a text: which words to look at, and which decision answers each.

Lower-case names first (PRN002), then each capitalised word: a style
variant (PRN004), a known misspelling (PRN001), a word of a person's name
beside the rest of it, a four-letter swap, a lone word near a famous name
(PRN003); then words inside names of several words, and lower-case slips.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...names.lexicon import MIN_FUZZY_LEN, NameLexicon, Replacement
from ...names.memo import BoundedCache
from .context import adjacent, near_words, technical
from .fix import Fix, Token, cased, quote
from .inside import inside_names
from .lowercase import lowercase_misspelt, lowercase_names
from .person import particle, people_words, person_fix
from .scan import Scan
from .search import search_fix
from .short import short_fix, short_transpositions
from .tuning import ENGLISH_WORD, KNOWN_ERROR, MIN_CAPITALS_LEN, SHORT_NAME_LEN, STYLE


def fixes(scan: Scan) -> Iterator[tuple[Token, Fix]]:
    """Every fix the rule finds in the text, by kind (overlaps are settled by the caller)."""
    yield from lowercase_names(scan)
    fixed: set[int] = set()
    yield from _capitalised_words(scan, fixed)
    yield from inside_names(scan, fixed)
    yield from lowercase_misspelt(scan)


def _capitalised_words(scan: Scan, fixed: set[int]) -> Iterator[tuple[Token, Fix]]:
    """Each capitalised word that is not plainly correct, with the name words beside it."""
    lex, keys = scan.lex, scan.keys
    people = people_words(lex)
    alone = lex.derived(_quiet_alone)
    last = len(keys) - 1
    for i, key in enumerate(keys):
        quiet = alone.get(key)
        if quiet is None:
            quiet = alone.remember(key, _is_quiet_alone(lex, key))
        after_name = i > 0 and keys[i - 1] in people
        before_name = i < last and keys[i + 1] in people
        if quiet and not after_name and not before_name:
            continue  # the common case: a correct name, a common or a short word, alone
        tok = scan.token(i)
        prev = _left(scan, i, tok) if after_name else None
        nxt = _right(scan, i, tok) if before_name else None
        if quiet and prev is None and nxt is None:
            continue
        fix = _capitalised(scan, tok, key, prev, nxt)
        if fix and not technical(scan.text, tok):
            fixed.add(tok.start)
            yield tok, fix


def _left(scan: Scan, i: int, tok: Token) -> Token | None:
    """The name word right before the ``i``-th capitalised word, or the particle between them ("von der")."""
    left = scan.token(i - 1)
    return left if adjacent(scan.text, left, tok) else particle(scan, left, tok)


def _right(scan: Scan, i: int, tok: Token) -> Token | None:
    right = scan.token(i + 1)
    return right if adjacent(scan.text, tok, right) else None


def _quiet_alone(lex: NameLexicon) -> BoundedCache[str, bool]:
    """Per lexicon: which capitalised words, with no name beside them, need no look at all."""
    return BoundedCache()


def _is_quiet_alone(lex: NameLexicon, key: str) -> bool:
    """A correct name, a short word or a common English word ("However"), and no known error or style variant.

    :func:`_capitalised` would find nothing for it: the fuzzy search never
    corrects a word this common or this short.
    """
    if key in lex.errors or key in lex.styles or (len(key) == SHORT_NAME_LEN and key in short_transpositions(lex)):
        return False
    return key in lex.known or len(key) < MIN_FUZZY_LEN or lex.zipf(key) >= ENGLISH_WORD


def _capitalised(scan: Scan, tok: Token, key: str, prev: Token | None, nxt: Token | None) -> Fix | None:
    """The fix of a capitalised word: a style, a known error, a person's name, a short swap, a search."""
    lex = scan.lex
    style = lex.styles.get(key)
    if style is not None:
        return _style(scan, tok, style)
    error = lex.errors.get(key)
    if error is not None:
        after = cased(error.after, tok.word)
        return Fix(
            after, "PRN001", f"{quote(tok.word)} → {quote(after)} (known misspelling)", KNOWN_ERROR, error.source
        )
    person = person_fix(scan, tok, prev, nxt)
    if person is not None and person.safe:
        return person
    short = short_fix(scan, tok, key)
    if short is not None:
        return short
    if not _searched(tok.word, key):
        return person  # short words and acronyms; "EuroAsia", "McConnel": spelt with care
    found = search_fix(scan, tok)
    return found if found is not None and (found.safe or person is None) else person


def _searched(word: str, key: str) -> bool:
    """Is a capitalised word one the fuzzy search looks at: long enough, letters only, cased plainly?

    >>> _searched("Bydgoscz", "bydgoscz"), _searched("NATO", "nato"), _searched("McConnel", "mcconnel")
    (True, False, False)
    """
    if len(key) < MIN_FUZZY_LEN or (word.isupper() and len(word) < MIN_CAPITALS_LEN) or not key.isalpha():
        return False
    return word.isupper() or word[1:].islower()


def _style(scan: Scan, tok: Token, style: Replacement) -> Fix | None:
    if style.style not in scan.styles:
        return None
    if style.not_near and near_words(scan.text, tok) & style.not_near:
        return None
    after = cased(style.after, tok.word)
    message = f"{quote(tok.word)} → {quote(after)} (style {style.style!r})"
    return Fix(after, "PRN004", message, STYLE, style.source)
